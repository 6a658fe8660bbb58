import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, TranslationSource

from translation.machine_translation import ApertiumTranslator, ApertiumUnavailable


class Command(BaseCommand):
    help = (
        "Time Apertium to machine-translate the largest live page of the source language into "
        "each other locale, as the editor's 'Machine translate' button does (one batch per page)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--repeat", type=int, default=5, help="Translations per locale (the median is shown)."
        )

    def handle(self, *args, **options):
        source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        page, strings = self.largest_page(source_locale)
        words = sum(len(string.data.split()) for string in strings)
        self.stdout.write(f"Largest page: {page.url_path} ({len(strings)} strings, {words} words)")
        translator = ApertiumTranslator({})
        for locale in Locale.objects.exclude(pk=source_locale.pk).order_by("language_code"):
            timings = []
            for _ in range(max(1, options["repeat"])):
                started = time.perf_counter()
                try:
                    translator.translate(source_locale, locale, strings)
                except ApertiumUnavailable as error:
                    raise CommandError(str(error)) from error
                timings.append(time.perf_counter() - started)
            self.stdout.write(
                f"ca → {locale.language_code}: median {statistics.median(timings) * 1000:.0f} ms, "
                f"slowest {max(timings) * 1000:.0f} ms ({words / statistics.median(timings):.0f} words/s)"
            )

    def largest_page(self, locale):
        best = (None, [])
        for page in Page.objects.live().filter(locale=locale, depth__gt=1).specific():
            source, _created = TranslationSource.get_or_create_from_instance(page)
            strings = [
                s.string.as_value()
                for s in StringSegment.objects.filter(source=source).select_related("string")
            ]
            if sum(len(s.data) for s in strings) > sum(len(s.data) for s in best[1]):
                best = (page, strings)
        if best[0] is None:
            raise CommandError(
                "No live page to translate: load the demo content first (manage.py load_demo_content)."
            )
        return best
