import argparse

from django.core.management.base import BaseCommand, CommandError

from search.importer import FeedError, Pruning, import_feed


def percentage(value):
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 100, not {value!r}")
    return number


class Command(BaseCommand):
    help = (
        "Import other administrations' services from catalogue feeds (JSON or CSV, see "
        "search/demo_services/README.md): upsert them by source and id, and index them. A feed "
        "with any problem is not imported at all; each problem is reported with its line."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the feeds and report; change nothing."
        )
        parser.add_argument(
            "--prune",
            action="store_true",
            help="Remove the source's services that the feed no longer lists (kept without it).",
        )
        parser.add_argument(
            "--prune-limit",
            type=percentage,
            default=Pruning.limit,
            metavar="PERCENT",
            help="With --prune, refuse a feed that would remove more than this share of its source "
            "(default %(default)g).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="With --prune, remove past the limit, and even every service of an empty feed.",
        )

    def handle(self, *args, files, dry_run, prune, prune_limit, force, **options):
        if force and not prune:
            raise CommandError("--force only changes what --prune does: add --prune, or leave --force out.")
        pruning = Pruning(prune=prune, force=force, limit=prune_limit)
        failed = [path for path in files if not self.import_one(path, dry_run, pruning)]
        if failed:
            raise CommandError(
                f"{len(failed)} of {len(files)} feeds not imported ({', '.join(failed)}); "
                "nothing was changed for them.",
                returncode=1,
            )

    def import_one(self, path, dry_run, pruning):
        try:
            result = import_feed(path, dry_run=dry_run, pruning=pruning)
        except FeedError as error:
            for problem in error.problems:
                self.stderr.write(f"{path}, {problem}" if problem.line else f"{path}: {problem}")
            self.stderr.write(f"{path}: nothing imported.")
            return False
        self.stdout.write(f"{path}: {result.summary()}")
        for note in result.notes():
            self.stdout.write(f"{path}: {note}")
        return True
