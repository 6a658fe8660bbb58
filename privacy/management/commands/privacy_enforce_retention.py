from django.core.management.base import BaseCommand
from django.utils import timezone

from privacy.retention import enforce, registered_policies


class Command(BaseCommand):
    help = (
        "Scrub, add up and delete the personal data kept past its time (search analytics older "
        "than ANALYTICS_RETENTION_MONTHS...). Meant for a daily cron job; safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be done, and change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        if dry_run:
            self.stdout.write("Dry run: this is what would be done; nothing is changed.")
        for policy in registered_policies():
            self.stdout.write(f"{policy.name}:")
            for line in enforce(policy, today, dry_run=dry_run):
                self.stdout.write(f"  {line}")
