"""A synthetic corpus in four languages, for `manage.py benchmark_search`.

The words come from the demo service feeds (real Catalan, Spanish, Aranese and English
administrative text), drawn with a Zipf-like skew so that, as in real text, a few words are
everywhere and most are rare. Deterministic for a given seed.
"""

import json
import random
from pathlib import Path

from directory.models import Administration, ChannelKind
from portal.languages import codes

from .analysis import content_words
from .documents import Kind, SearchDocument

FEEDS = Path(__file__).parent / "demo_services"


def vocabularies():
    """Content words per language from the demo feeds, most frequent first."""
    counts = {language: {} for language in codes()}
    for path in sorted(FEEDS.glob("*.json")):
        for service in json.loads(path.read_text(encoding="utf-8"))["services"]:
            for language in codes():
                text = " ".join(
                    [
                        service.get("title", {}).get(language, ""),
                        service.get("description", {}).get(language, ""),
                        *service.get("keywords", {}).get(language, []),
                    ]
                )
                for word in content_words(text, language):
                    counts[language][word] = counts[language].get(word, 0) + 1
    return {language: sorted(words, key=lambda w: -words[w]) for language, words in counts.items()}


class Corpus:
    def __init__(self, seed=7):
        self.random = random.Random(seed)
        self.words = vocabularies()
        # Zipf-like weights: the word of rank r is drawn in proportion to 1 / (r + 10).
        self.weights = {
            language: [1 / (rank + 10) for rank in range(len(words))]
            for language, words in self.words.items()
        }
        self.life_events = [f"fet-vital-{n}" for n in range(20)]
        self.organisations = [f"Organisme {n}" for n in range(60)]

    def text(self, language, count):
        return " ".join(self.random.choices(self.words[language], self.weights[language], k=count))

    def document(self, number):
        language = codes()[number % len(codes())]
        return SearchDocument(
            key=f"bench:{number}",
            language=language,
            kind=self.random.choice(Kind.ALL),
            title=self.text(language, self.random.randint(4, 8)).capitalize(),
            url=f"https://example.org/{number}",
            summary=self.text(language, self.random.randint(12, 25)),
            keywords=self.text(language, 4),
            body=self.text(language, self.random.randint(60, 140)),
            organisation=self.random.choice(self.organisations),
            administration=self.random.choice(Administration.values),
            channels=self.random.sample(ChannelKind.values, self.random.randint(1, 3)),
            life_events=self.random.sample(self.life_events, self.random.randint(0, 2)),
        )

    def documents(self, count):
        for number in range(count):
            yield self.document(number)

    def queries(self, count):
        """One- to three-word queries, from the commoner half of each language's words."""
        queries = []
        for number in range(count):
            language = codes()[number % len(codes())]
            common = self.words[language][: max(1, len(self.words[language]) // 2)]
            queries.append((language, " ".join(self.random.sample(common, self.random.randint(1, 3)))))
        return queries
