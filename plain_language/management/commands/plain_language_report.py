import csv
import json

from django.core.management.base import BaseCommand, CommandError

from plain_language.readability import SUPPORTED_LANGUAGES
from plain_language.scores import page_scores
from privacy.spreadsheets import neutralise_row

FIELDS = ["score", "band", "threshold", "passes", "locale", "section", "title", "url", "top_issues"]


class Command(BaseCommand):
    help = "Score every live page for plain language; with --fail-under, exit 1 when a page scores lower."

    def add_arguments(self, parser):
        parser.add_argument("--locale", choices=SUPPORTED_LANGUAGES, help="Only pages in this language.")
        parser.add_argument("--format", choices=["text", "json", "csv"], default="text")
        parser.add_argument(
            "--fail-under",
            type=float,
            metavar="N",
            help="Exit with status 1 when a live page scores under N (0-100).",
        )
        parser.add_argument(
            "--fail-under-threshold",
            action="store_true",
            help="Exit with status 1 when a live page scores under its language's threshold "
            "(PLAIN_LANGUAGE_THRESHOLDS).",
        )

    def handle(self, *args, **options):
        rows = [score.as_row() for score in page_scores(locale=options["locale"])]
        getattr(self, f"write_{options['format']}")(rows)
        limit = options["fail_under"]
        if limit is not None:
            failing = [row for row in rows if row["score"] < limit]
            if failing:
                names = ", ".join(f"{row['url']} ({row['score']:.0f})" for row in failing)
                raise CommandError(f"{len(failing)} live pages score under {limit:g}: {names}")
            self.stderr.write(f"All {len(rows)} live pages score {limit:g} or more.")
        if options["fail_under_threshold"]:
            failing = [row for row in rows if not row["passes"]]
            if failing:
                names = ", ".join(
                    f"{row['url']} ({row['score']:.0f} < {row['threshold']})" for row in failing
                )
                raise CommandError(
                    f"{len(failing)} live pages score under their language's threshold: {names}"
                )
            self.stderr.write(f"All {len(rows)} live pages meet their language's threshold.")

    def write_text(self, rows):
        for row in rows:
            mark = "ok " if row["passes"] else "LOW"
            self.stdout.write(f"{mark} {row['score']:5.1f} {row['label']:<10} {row['url']}")
        if rows:
            average = sum(row["score"] for row in rows) / len(rows)
            self.stdout.write(f"{len(rows)} pages, average score {average:.1f}")

    def write_json(self, rows):
        self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))

    def write_csv(self, rows):
        writer = csv.DictWriter(self.stdout, fieldnames=FIELDS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(neutralise_row({**row, "top_issues": " | ".join(row["top_issues"])}))
