import sys

from django.core.management.base import BaseCommand, CommandError

from translation.machine_translation import ApertiumUnavailable, translate_html


class Command(BaseCommand):
    help = "Translate a text or HTML fragment with Apertium (HTML keeps its markup)."

    def add_arguments(self, parser):
        parser.add_argument("--source", required=True, help="ca, es, oc or en")
        parser.add_argument("--target", required=True, help="ca, es, oc or en")
        parser.add_argument("file", nargs="?", default="-", help="A file to read, or - for standard input.")

    def handle(self, *args, **options):
        text = sys.stdin.read() if options["file"] == "-" else self.read(options["file"])
        try:
            [translation] = translate_html([text], options["source"], options["target"])
        except (ValueError, ApertiumUnavailable) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(translation)

    def read(self, path):
        try:
            with open(path, encoding="utf-8") as handle:
                return handle.read()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from error
