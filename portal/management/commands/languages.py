from django.core.management.base import BaseCommand

from portal.languages import codes


class Command(BaseCommand):
    help = "Print the site's language codes, one per line, the source language first (for scripts)."

    def handle(self, *args, **options):
        self.stdout.write("\n".join(codes()))
