"""Delete failed sign-ins whose cool-off is over, with the addresses they hold.

Axes deletes them when someone next tries to sign in; this (hourly, from cron) deletes them
even when nobody does, so no address is kept much longer than it counts.
"""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "Delete failed sign-in attempts (account names and addresses) whose cool-off has ended."

    def handle(self, *args, **options):
        threshold = timezone.now() - get_cool_off()
        deleted, _by_model = AccessAttempt.objects.filter(attempt_time__lte=threshold).delete()
        self.stdout.write(f"Deleted {deleted} expired sign-in attempts.")
