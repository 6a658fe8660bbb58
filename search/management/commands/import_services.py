from django.core.management.base import BaseCommand, CommandError

from search.importer import FeedError, import_feed


class Command(BaseCommand):
    help = (
        "Import other administrations' services from catalogue feeds (JSON or CSV, see "
        "search/demo_services/README.md): upsert by source and id, remove the source's records "
        "missing from the feed, report bad records by line and import the rest."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the feeds and report; change nothing."
        )

    def handle(self, *args, files, dry_run, **options):
        bad = 0
        for path in files:
            try:
                result = import_feed(path, dry_run=dry_run)
            except FeedError as error:
                self.stderr.write(f"{path}: nothing imported. {error}")
                bad += 1
                continue
            self.stdout.write(f"{path}: {result.summary()}{' (dry run)' if dry_run else ''}")
            for line, message in result.errors:
                self.stderr.write(f"{path}, line {line}: {message}")
            bad += len(result.errors)
        if bad:
            done = "nothing was changed (dry run)" if dry_run else "everything else was imported"
            raise CommandError(f"{bad} problems in the feeds; {done}.", returncode=1)
