import json
import re
import time

from django.core.management.base import BaseCommand, CommandError

from life_events.demo import DemoContentLoader
from life_events.demo_translations import TRANSLATIONS_DIR, write_translations
from portal import languages
from translation.machine_translation import ApertiumUnavailable, translate_html


class Command(BaseCommand):
    help = (
        "Machine-translate the Catalan demo content with Apertium into PO files under "
        "life_events/demo_content/translations/ (for the people who maintain the demo). "
        "Strings already translated, and the corrections made to them, are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            action="append",
            choices=languages.targets(),
            help="Only this language (repeatable).",
        )

    def handle(self, *args, **options):
        loader = DemoContentLoader(log=lambda *args: None).load()
        for language_code in options["language"] or languages.targets():
            corrections = self.corrections(language_code)
            started = time.perf_counter()

            def translate(texts, target, corrections=corrections):
                return [self.correct(text, corrections) for text in translate_html(texts, "ca", target)]

            try:
                write_translations(loader, language_code, translate, log=self.stdout.write)
            except ApertiumUnavailable as error:
                raise CommandError(str(error)) from error
            self.stdout.write(f"{language_code}: {time.perf_counter() - started:.1f} s")

    @staticmethod
    def corrections(language_code):
        """Fixes for what Apertium gets wrong every time: names of bodies, capitals, glossary terms."""
        path = TRANSLATIONS_DIR / language_code / "corrections.json"
        if not path.exists():
            return []
        with open(path, encoding="utf-8") as handle:
            return [(re.compile(pattern), replacement) for pattern, replacement in json.load(handle)]

    @staticmethod
    def correct(text, corrections):
        for pattern, replacement in corrections:
            text = pattern.sub(replacement, text)
        return text
