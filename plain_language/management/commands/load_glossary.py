from django.core.management.base import BaseCommand

from plain_language.glossary import DATA_DIR, GlossaryTerm


class Command(BaseCommand):
    help = (
        "Add the shipped glossary of administrative jargon (plain_language/data/glossary/) to each "
        "language's glossary, leaving the terms editors already have as they are. "
        "Safe to run on every deploy."
    )

    def add_arguments(self, parser):
        parser.add_argument("--data-dir", default=DATA_DIR, help="Another folder of <language>.json files.")

    def handle(self, *args, **options):
        added = GlossaryTerm.load_shipped(options["data_dir"])
        self.stdout.write(f"{added} glossary terms added.")
