from django.core.management.base import BaseCommand

from search.thesaurus import DATA_DIR, load


class Command(BaseCommand):
    help = (
        "Add the shipped search synonyms (search/data/synonyms/) and update the shipped groups editors "
        "have not changed. Safe to run on every deploy."
    )

    def add_arguments(self, parser):
        parser.add_argument("--data-dir", default=DATA_DIR, help="Another folder of <language>.txt files.")
        parser.add_argument("--dry-run", action="store_true", help="Say what would change; change nothing.")

    def handle(self, *args, **options):
        result = load(options["data_dir"], dry_run=options["dry_run"])
        if options["verbosity"] > 1:
            for label, groups in (
                ("added", result.added),
                ("updated", result.updated),
                ("kept", result.kept),
            ):
                for group in groups:
                    self.stdout.write(f"{label}: {group}")
        prefix = "Would have: " if options["dry_run"] else ""
        self.stdout.write(
            f"{prefix}{len(result.added)} groups added, {len(result.updated)} updated, "
            f"{len(result.kept)} left as editors changed them."
        )
