"""`manage.py export_feedback [--since DATE] [--format csv|json]`: what is stored, to standard output.

Each row is one answer: day, page (id, title, address), language, useful, the two comments (as
stored: scrubbed), done. CSV cells that a spreadsheet would run as a formula are neutralised.
"""

import csv
import datetime
import json

from django.core.management.base import BaseCommand, CommandError

from privacy.spreadsheets import neutralise_row

from ...models import PageFeedback

FIELDS = [
    "date",
    "page_id",
    "page_title",
    "page_path",
    "on_search",
    "language",
    "useful",
    "trying",
    "wrong",
    "done",
]


def rows(since=None):
    feedback = PageFeedback.objects.select_related("page").order_by("date", "pk")
    if since:
        feedback = feedback.filter(date__gte=since)
    for item in feedback.iterator(chunk_size=2000):
        yield {
            "date": item.date.isoformat(),
            "page_id": item.page_id,
            "page_title": item.page.title if item.page else "",
            "page_path": item.page.url_path if item.page else "",
            "on_search": item.on_search,
            "language": item.language,
            "useful": "yes" if item.useful else "no",
            "trying": item.trying,
            "wrong": item.wrong,
            "done": item.done,
        }


class Command(BaseCommand):
    help = "Writes the stored page feedback as CSV or JSON to standard output."

    def add_arguments(self, parser):
        parser.add_argument("--since", help="First day to export, YYYY-MM-DD.")
        parser.add_argument("--format", choices=["csv", "json"], default="csv")

    def handle(self, *args, since=None, format="csv", **options):
        if since:
            try:
                since = datetime.date.fromisoformat(since)
            except ValueError as error:
                raise CommandError(f"--since must be a date as YYYY-MM-DD, not {since!r}.") from error
        if format == "json":
            self.stdout.write(json.dumps(list(rows(since)), ensure_ascii=False, indent=1))
            return
        writer = csv.DictWriter(self.stdout, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows(since):
            writer.writerow(neutralise_row(row))
