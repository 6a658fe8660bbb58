"""The embedded engine: the full-text index of the project's own database.

Documents are analysed in Python (`search.analysis`: folding, stop words, Snowball stems)
and stored in `IndexedDocument`; the database indexes the analysed columns. SQLite ranks
with FTS5's BM25; PostgreSQL with `ts_rank` per clause, weighted by how rare the clause's
terms are (an IDF, which `ts_rank` alone lacks). Facets are counted over every match.
Typo tolerance uses a vocabulary of the indexed words, kept per process and topped up
with what was indexed since it was built.
"""

import threading
from collections import Counter
from math import log

from django.db import connection, transaction
from django.db.models import Max

from ..analysis import fold, stem, terms, words
from ..documents import FACETS
from ..models import IndexedDocument
from ..spelling import Vocabulary
from .base import EngineResult, Hit, SearchEngine

FACET_COLUMNS = ("kind", "organisation", "administration", "channels", "life_events")
# BM25 column weights: language (a filter), title, summary and keywords, body, title words.
SQLITE_WEIGHTS = (0.0, 10.0, 4.0, 1.0, 0.0)
BATCH = 500
# Every match is ranked and counted for the facets; past this many, only the best ones.
MAX_MATCHES = 5000


def _delimited(values):
    return "|" + "|".join(values) + "|" if values else ""


def _split(delimited):
    return [value for value in delimited.strip("|").split("|") if value]


def to_row(document):
    language = document.language
    return IndexedDocument(
        key=document.key,
        language=language,
        kind=document.kind,
        title=document.title[:500],
        url=document.url,
        summary=document.summary,
        body=document.body,
        organisation=document.organisation[:255],
        administration=document.administration,
        channels=_delimited(document.channels),
        life_events=_delimited(document.life_events),
        title_terms=" ".join(terms(document.title, language)),
        summary_terms=" ".join(
            terms(f"{document.summary}\n{document.keywords}\n{document.organisation}", language)
        ),
        body_terms=" ".join(terms(document.body, language)),
        title_words=" ".join(words(document.title)),
        words=" ".join(
            sorted(
                set(
                    _surface_words(f"{document.title} {document.summary} {document.keywords} {document.body}")
                )
            )
        ),
    )


def _surface_words(text):
    """Lower-case words as written (accents kept), for spelling suggestions."""
    return [word for word in text.casefold().replace("’", " ").replace("'", " ").split() if word.isalpha()]


class DatabaseEngine(SearchEngine):
    name = "embedded"

    def __init__(self, **options):
        self._vocabularies = {}
        self._vocabulary_lock = threading.Lock()

    @property
    def vendor(self):
        return connection.vendor

    # Writing -----------------------------------------------------------------------------

    def index(self, documents):
        written = 0
        batch = []
        for document in documents:
            batch.append(to_row(document))
            if len(batch) >= BATCH:
                written += self._write(batch)
                batch = []
        if batch:
            written += self._write(batch)
        return written

    def _write(self, rows):
        with transaction.atomic():
            IndexedDocument.objects.filter(key__in=[row.key for row in rows]).delete()
            IndexedDocument.objects.bulk_create(rows)
        return len(rows)

    def remove(self, keys):
        return IndexedDocument.objects.filter(key__in=list(keys)).delete()[0]

    def clear(self):
        IndexedDocument.objects.all().delete()
        self._vocabularies.clear()

    def count(self, language=None):
        documents = IndexedDocument.objects.all()
        return documents.filter(language=language).count() if language else documents.count()

    # Searching ---------------------------------------------------------------------------

    def search(self, query, language, filters=None, offset=0, limit=10):
        if not query:
            return EngineResult(0, [], {})
        if self.vendor == "postgresql":
            matches = self._match_postgresql(query, language, filters or {})
        else:
            matches = self._match_sqlite(query, language, filters or {})
        matches.sort(key=lambda match: (-match[1], match[0]))
        facets = self._facets(matches)
        page = matches[offset : offset + limit]
        rows = IndexedDocument.objects.in_bulk([match[0] for match in page])
        hits = [self._hit(rows[pk], score) for pk, score, *_facets in page if pk in rows]
        return EngineResult(total=len(matches), hits=hits, facets=facets)

    def _filter_sql(self, filters, column_prefix=""):
        clauses, params = [], []
        for facet, value in filters.items():
            if not value or facet not in FACETS:
                continue
            if facet in ("channel", "life_event"):
                column = "channels" if facet == "channel" else "life_events"
                clauses.append(f"{column_prefix}{column} LIKE %s")
                params.append(f"%|{value}|%")
            else:
                clauses.append(f"{column_prefix}{facet} = %s")
                params.append(value)
        return "".join(f" AND {clause}" for clause in clauses), params

    def _match_sqlite(self, query, language, filters):
        expression = sqlite_match(query, language)
        where, params = self._filter_sql(filters, "d.")
        weights = ", ".join(str(weight) for weight in SQLITE_WEIGHTS)
        columns = ", ".join(f"d.{column}" for column in FACET_COLUMNS)
        # Only constants and column names are formatted in; every value is a bound parameter.
        sql = (
            f"SELECT d.id, -bm25(search_fts, {weights}) AS score, {columns} "  # noqa: S608
            "FROM search_fts JOIN search_indexeddocument d ON d.id = search_fts.rowid "
            f"WHERE search_fts MATCH %s{where} ORDER BY bm25(search_fts, {weights}) LIMIT {MAX_MATCHES}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [expression, *params])
            return [list(row) for row in cursor.fetchall()]

    def _match_postgresql(self, query, language, filters):
        clause_queries = [postgresql_tsquery(clause) for clause in query.clauses]
        clause_queries = [text for text in clause_queries if text]
        if not clause_queries:
            return []
        vocabulary = self.vocabulary(language)
        documents = max(1, self.count(language))
        weights = [
            log(
                1
                + documents
                / (1 + max((vocabulary.stem_frequency.get(t, 0) for t in clause.terms), default=0))
            )
            for clause in query.clauses
        ]
        ranks = ", ".join(
            "ts_rank('{0.1, 0.2, 0.4, 1.0}', vector, to_tsquery('simple', %s))" for _ in clause_queries
        )
        where, params = self._filter_sql(filters)
        sql = (
            f"SELECT id, {ranks}, {', '.join(FACET_COLUMNS)} FROM search_indexeddocument "  # noqa: S608
            f"WHERE language = %s AND vector @@ to_tsquery('simple', %s){where}"
        )
        either = " | ".join(f"({text})" for text in clause_queries)
        with connection.cursor() as cursor:
            cursor.execute(sql, [*clause_queries, language, either, *params])
            rows = cursor.fetchall()
        clauses = len(clause_queries)
        matches = []
        for row in rows:
            score = sum(weight * rank for weight, rank in zip(weights, row[1 : 1 + clauses], strict=False))
            matches.append([row[0], score, *row[1 + clauses :]])
        matches.sort(key=lambda match: -match[1])
        return matches[:MAX_MATCHES]

    def _facets(self, matches):
        counters = {facet: Counter() for facet in FACETS}
        for _pk, _score, kind, organisation, administration, channels, life_events in matches:
            counters["kind"][kind] += 1
            if organisation:
                counters["organisation"][organisation] += 1
            if administration:
                counters["administration"][administration] += 1
            for channel in _split(channels):
                counters["channel"][channel] += 1
            for life_event in _split(life_events):
                counters["life_event"][life_event] += 1
        return {facet: dict(counter.most_common()) for facet, counter in counters.items()}

    @staticmethod
    def _hit(row, score):
        return Hit(
            key=row.key,
            language=row.language,
            kind=row.kind,
            title=row.title,
            url=row.url,
            summary=row.summary,
            body=row.body,
            organisation=row.organisation,
            administration=row.administration,
            channels=_split(row.channels),
            life_events=_split(row.life_events),
            score=score,
        )

    def autocomplete(self, text, language, limit=6):
        typed = words(text)
        if not typed:
            return []
        *complete, prefix = typed
        if self.vendor == "postgresql":
            parts = [f"{_safe(word)}" for word in complete if _safe(word)] + [f"{_safe(prefix)}:*"]
            sql = (
                "SELECT id FROM search_indexeddocument WHERE language = %s "
                "AND title_vector @@ to_tsquery('simple', %s) ORDER BY length(title), id LIMIT %s"
            )
            params = [language, " & ".join(parts), limit]
        else:
            parts = [f'"{_safe(word)}"' for word in complete if _safe(word)] + [f'"{_safe(prefix)}"*']
            sql = (
                "SELECT d.id FROM search_fts JOIN search_indexeddocument d ON d.id = search_fts.rowid "
                "WHERE search_fts MATCH %s ORDER BY length(d.title), d.id LIMIT %s"
            )
            params = [f'language : "{_safe(language)}" AND title_words : ({" AND ".join(parts)})', limit]
        if not _safe(prefix):
            return []
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            ids = [row[0] for row in cursor.fetchall()]
        rows = IndexedDocument.objects.in_bulk(ids)
        return [self._hit(rows[pk], 0.0) for pk in ids if pk in rows]

    # Spelling ----------------------------------------------------------------------------

    def corrections(self, typed_words, language):
        vocabulary = self.vocabulary(language)
        found = {}
        for word in typed_words:
            if stem(word, language) in vocabulary.stem_frequency:
                continue
            correction = vocabulary.correct(word)
            if correction:
                found[word] = correction
        return found

    def vocabulary(self, language):
        """The language's indexed words, topped up with what was indexed since last asked."""
        latest = IndexedDocument.objects.filter(language=language).aggregate(latest=Max("indexed_at"))[
            "latest"
        ]
        with self._vocabulary_lock:
            vocabulary = self._vocabularies.get(language)
            if vocabulary is None or (latest and vocabulary.built_until and latest < vocabulary.built_until):
                vocabulary = self._vocabularies[language] = Vocabulary()
                vocabulary.stem_frequency = Counter()
                vocabulary.built_until = None
            if latest and (vocabulary.built_until is None or latest > vocabulary.built_until):
                new = IndexedDocument.objects.filter(language=language)
                if vocabulary.built_until:
                    new = new.filter(indexed_at__gt=vocabulary.built_until)
                for text in new.values_list("words", flat=True).iterator(chunk_size=2000):
                    document_words = text.split()
                    vocabulary.add(document_words, fold=fold)
                    vocabulary.stem_frequency.update({stem(fold(word), language) for word in document_words})
                vocabulary.built_until = latest
            return vocabulary


def _safe(word):
    """Only letters and digits reach the full-text syntax, whatever was typed."""
    return "".join(char for char in fold(word) if char.isalnum())


def sqlite_match(query, language):
    """An FTS5 expression: any clause may match, each clause by any of its alternatives."""
    alternatives = []
    for clause in query.clauses:
        for alternative in clause.alternatives:
            phrase = " ".join(_safe(term) for term in alternative.terms if _safe(term))
            if phrase:
                alternatives.append(f'"{phrase}"')
    if not alternatives:
        return 'language : "-"'
    either = " OR ".join(sorted(set(alternatives)))
    return f'language : "{_safe(language)}" AND {{title_terms summary_terms body_terms}} : ({either})'


def postgresql_tsquery(clause):
    parts = []
    for alternative in clause.alternatives:
        phrase = " <-> ".join(f"'{_safe(term)}'" for term in alternative.terms if _safe(term))
        if phrase:
            parts.append(f"({phrase})")
    return " | ".join(sorted(set(parts)))
