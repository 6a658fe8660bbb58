"""`manage.py flush_page_views`: the page views counted in the cache, added to the database (cron)."""

from django.core.management.base import BaseCommand

from ...counting import FLUSH_DAYS, flush_page_views_now


class Command(BaseCommand):
    help = "Adds the page views counted in the cache to the daily table."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=FLUSH_DAYS, help="How many days back to look.")

    def handle(self, *args, days=FLUSH_DAYS, **options):
        self.stdout.write(f"Page views added: {flush_page_views_now(days=days)}.")
