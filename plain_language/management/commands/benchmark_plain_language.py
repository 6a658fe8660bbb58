import time

from django.core.management.base import BaseCommand, CommandError

from plain_language.glossary import GlossaryTerm
from plain_language.pages import page_text
from plain_language.readability import analyse
from plain_language.scores import live_pages, page_scores

WORDS = 2000


class Command(BaseCommand):
    help = "Analyses per second for a 2,000-word page and for the whole live site."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=50, help="Analyses of the 2,000-word page.")
        parser.add_argument("--lang", default="ca")

    def handle(self, *args, **options):
        text = self.long_page(options["lang"])
        glossary = GlossaryTerm.for_language(options["lang"])
        words = analyse(text, options["lang"], glossary).metrics["words"]  # also warms the caches
        start = time.perf_counter()
        for _ in range(options["repeat"]):
            analyse(text, options["lang"], glossary)
        elapsed = time.perf_counter() - start
        self.stdout.write(
            f"{words}-word page ({options['lang']}, {len(glossary)} glossary terms): "
            f"{options['repeat'] / elapsed:.1f} analyses/s, {elapsed / options['repeat'] * 1000:.1f} ms each"
        )
        start = time.perf_counter()
        scores = page_scores()
        elapsed = time.perf_counter() - start
        self.stdout.write(
            f"Whole site: {len(scores)} live pages in {elapsed:.2f} s, {len(scores) / elapsed:.1f} pages/s "
            "(text extraction, glossary and analysis)"
        )

    def long_page(self, language):
        """Real page text of that language, repeated until it has 2,000 words."""
        texts = [page_text(page) for page in live_pages(locale=language).specific()[:40]]
        if not texts:
            raise CommandError(f"No live pages in '{language}': load the demo content first.")
        words, parts = 0, []
        while words < WORDS:
            for text in texts:
                parts.append(text)
                words += len(text.split())
                if words >= WORDS:
                    break
        return "".join(parts)
