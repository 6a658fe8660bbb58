"""The embedded engine: the full-text index of the project's own database.

Documents are analysed in Python (`search.analysis`: folding, stop words, Snowball stems)
and stored in `IndexedDocument`; the database indexes the analysed columns. SQLite ranks
with FTS5's BM25; PostgreSQL with `ts_rank` per clause, weighted by how rare the clause's
terms are (an IDF, which `ts_rank` alone lacks). The database ranks the matches and hands back
the best thousand: the page of results and the facet counts come from those. Matches are
counted up to COUNTED (a thousand) and no further. A broad query, one with more matches than
that, is ranked on its title and summary matches only, which both weightings put first anyway.
Typo tolerance uses a vocabulary of the indexed words, kept per process and topped up with what
was indexed since it was built.
"""

import re
import threading
import time
from collections import Counter
from math import log

from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from ..analysis import content_words, fold, is_stopword, stem, terms, words
from ..documents import FACETS
from ..models import IndexedDocument
from ..spelling import Vocabulary, correctable, deadline, past
from .base import COUNTED, EngineResult, Hit, SearchEngine

FACET_COLUMNS = ("kind", "organisation", "administration", "channels", "life_events")
# BM25 column weights: title, summary and keywords, body; title words and facets do not rank.
SQLITE_WEIGHTS = "10.0, 4.0, 1.0, 0.0, 0.0"
BATCH = 500
# Matches are ranked by the database and the best ones read: pages and facet counts come from
# these, so past this many the facets count the best ones only.
RANKED = 1000
# Past this many matches, a query is broad: see DatabaseEngine._match_sqlite. Matches are only
# counted up to COUNTED, so a query cannot be known to be broader than that.
BROAD = COUNTED
# How often a process looks for newly indexed words (one cheap query) for its spelling vocabulary.
VOCABULARY_CHECK_SECONDS = 1.0
NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
FACET_PREFIXES = {"kind": "k", "administration": "a", "channel": "c", "life_event": "l", "organisation": "o"}


def _delimited(values):
    return "|" + "|".join(values) + "|" if values else ""


def _split(delimited):
    return [value for value in delimited.strip("|").split("|") if value]


def _safe(word):
    """Only letters and digits reach the full-text syntax, whatever was typed."""
    return NOT_ALPHANUMERIC.sub("", fold(word))


def facet_term(facet, value):
    return FACET_PREFIXES[facet] + _safe(value)


def prefixed(language, tokens):
    """'ca', ['jubil', 'pensi'] -> 'cajubil capensi'."""
    return language + f" {language}".join(tokens) if tokens else ""


def to_row(document):
    language = document.language
    facets = [
        facet_term(facet, value)
        for facet in FACET_PREFIXES
        for value in document.facet_values(facet)
        if _safe(value)
    ]
    text = f"{document.title} {document.summary} {document.keywords} {document.body}"
    return dict(
        key=document.key,
        group=document.group,
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
        title_terms=prefixed(language, terms(document.title, language)),
        summary_terms=prefixed(
            language, terms(f"{document.summary}\n{document.keywords}\n{document.organisation}", language)
        ),
        body_terms=prefixed(language, terms(document.body, language)),
        # Autocomplete completes meaningful words: "par" should offer "paro", not every "para".
        title_words=prefixed(language, content_words(document.title, language)),
        facet_terms=" ".join(facets),
        words=" ".join(sorted(set(_surface_words(text)))),
    )


def _row(document):
    """The row of a document; an error names the document, so an operator can find it."""
    try:
        return to_row(document)
    except (TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"the document {document.key!r} cannot be indexed: {error}") from error


ROW_COLUMNS = (
    "key", "group", "language", "kind", "title", "url", "summary", "body", "organisation",
    "administration", "channels", "life_events", "title_terms", "summary_terms", "body_terms",
    "title_words", "facet_terms", "words",
)  # fmt: skip


def _surface_words(text):
    """Lower-case words as written (accents kept), for spelling suggestions."""
    return [word for word in text.casefold().replace("’", " ").replace("'", " ").split() if word.isalpha()]


class DatabaseEngine(SearchEngine):
    name = "embedded"
    rolls_back_with_database = True

    def __init__(self, **options):
        self._vocabularies = {}
        self._checked_at = {}
        self._vocabulary_lock = threading.Lock()

    @property
    def vendor(self):
        return connection.vendor

    # Writing -----------------------------------------------------------------------------

    def index(self, documents):
        written = 0
        batch = []
        for document in documents:
            batch.append(_row(document))
            if len(batch) >= BATCH:
                written += self._write(batch)
                batch = []
        if batch:
            written += self._write(batch)
        return written

    def _write(self, rows):
        """Replace the rows with these keys: one DELETE and one INSERT of many rows, without the
        ORM's model instances (a third of the indexing time at 100,000 documents)."""
        now = timezone.now()
        table = IndexedDocument._meta.db_table
        columns = ", ".join(connection.ops.quote_name(column) for column in (*ROW_COLUMNS, "indexed_at"))
        placeholders = ", ".join(["%s"] * (len(ROW_COLUMNS) + 1))
        with transaction.atomic(), connection.cursor() as cursor:
            IndexedDocument.objects.filter(key__in=[row["key"] for row in rows]).delete()
            self._checked_at.clear()  # this process sees its own changes at once
            cursor.executemany(
                f"INSERT INTO {table} ({columns}) VALUES ({placeholders})",  # noqa: S608  (names are ours)
                [(*(row[column] for column in ROW_COLUMNS), now) for row in rows],
            )
        return len(rows)

    def remove(self, keys):
        return IndexedDocument.objects.filter(key__in=list(keys)).delete()[0]

    def clear(self):
        IndexedDocument.objects.all().delete()
        self._vocabularies.clear()
        self._checked_at.clear()

    def rebuild(self, documents):
        # One transaction: other connections read the old rows until it commits (PostgreSQL's
        # MVCC; SQLite's snapshots in the write-ahead-log mode the settings turn on), and an
        # error rolls every row back. DELETE rather than TRUNCATE, whose lock would stop readers.
        with transaction.atomic():
            self.clear()
            return self.index(documents)

    def count(self, language=None):
        documents = IndexedDocument.objects.all()
        return documents.filter(language=language).count() if language else documents.count()

    # Searching ---------------------------------------------------------------------------

    def search(self, query, language, filters=None, offset=0, limit=10):
        terms_query = any_clause(query, language)
        filter_terms = [
            facet_term(facet, value) for facet, value in (filters or {}).items() if facet in FACET_PREFIXES
        ]
        if not terms_query or any(len(term) < 2 for term in filter_terms):
            return EngineResult(0, [], {})
        if self.vendor == "postgresql":
            total, matches = self._match_postgresql(query, language, filter_terms, offset + limit)
        else:
            total, matches = self._match_sqlite(terms_query, filter_terms, offset + limit)
        facets = self._facets(matches)
        page = matches[offset : offset + limit]
        rows = IndexedDocument.objects.in_bulk([match[0] for match in page])
        hits = [self._hit(rows[pk], score) for pk, score, *_facets in page if pk in rows]
        return EngineResult(total=min(total, COUNTED), hits=hits, facets=facets, total_exact=total <= COUNTED)

    def _match_sqlite(self, terms_query, filter_terms, wanted):
        filters = ""
        if filter_terms:
            filters = " AND facet_terms : (" + " AND ".join(f'"{term}"' for term in filter_terms) + ")"
        everywhere = f"{{title_terms summary_terms body_terms}} : ({terms_query}){filters}"
        with connection.cursor() as cursor:
            # Counting stops one past COUNTED: enough to know the query is broader than that.
            cursor.execute(
                f"SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH %s "  # noqa: S608
                f"LIMIT {COUNTED + 1})",
                [everywhere],
            )
            total = cursor.fetchone()[0]
            if total > BROAD:
                # A broad query: BM25 would put title and summary matches first anyway (their
                # weights are 10 and 4 against 1), so rank those and spare scoring the rest.
                matches = self._rank_sqlite(
                    cursor, f"{{title_terms summary_terms}} : ({terms_query}){filters}"
                )
                if len(matches) >= min(wanted, total):
                    return total, matches
            return total, self._rank_sqlite(cursor, everywhere)

    @staticmethod
    def _rank_sqlite(cursor, expression):
        columns = ", ".join(f"d.{column}" for column in FACET_COLUMNS)
        # Rank inside FTS5 and read only the best rows; only constants are formatted in.
        cursor.execute(
            f"SELECT d.id, ranked.score, {columns} FROM ("  # noqa: S608
            f"SELECT rowid, -bm25(search_fts, {SQLITE_WEIGHTS}) AS score FROM search_fts "
            f"WHERE search_fts MATCH %s ORDER BY bm25(search_fts, {SQLITE_WEIGHTS}) LIMIT {RANKED}"
            ") AS ranked JOIN search_indexeddocument d ON d.id = ranked.rowid "
            "ORDER BY ranked.score DESC, d.id",
            [expression],
        )
        return [list(row) for row in cursor.fetchall()]

    def _match_postgresql(self, query, language, filter_terms, wanted):
        clause_queries = [
            text for text in (postgresql_tsquery(clause, language) for clause in query.clauses) if text
        ]
        if not clause_queries:
            return 0, []
        vocabulary = self.vocabulary(language)
        documents = max(1, self.count(language))
        # ts_rank has no IDF: weigh each clause by how rare its terms are.
        weights = [
            log(
                1
                + documents
                / (1 + max((vocabulary.stem_frequency.get(t, 0) for t in clause.terms), default=0))
            )
            for clause in query.clauses
        ]
        where = "{vector} @@ to_tsquery('simple', %s)"
        params = [" | ".join(f"({text})" for text in clause_queries)]
        if filter_terms:
            where += " AND facet_vector @@ to_tsquery('simple', %s)"
            params.append(" & ".join(f"'{term}'" for term in filter_terms))
        ranking = (list(zip(weights, clause_queries, strict=False)), where, params)
        with transaction.atomic(), connection.cursor() as cursor:
            # The planner prices `@@` on a sequential scan as cheap, not knowing each row's vector
            # must be read back from TOAST: for a query matching a fifth of the table it chose a
            # scan of every row (0.9 s at 100,000 documents) over the GIN index (30 ms). The hint
            # is put back afterwards, as SET LOCAL would otherwise outlast the search inside a
            # caller's transaction; on an error, the rollback of this atomic block undoes it.
            cursor.execute("SELECT current_setting('enable_seqscan')")
            previous = cursor.fetchone()[0]
            cursor.execute("SET LOCAL enable_seqscan = off")
            matched = self._count_and_rank_postgresql(cursor, where, params, ranking, wanted)
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [previous])
            return matched

    def _count_and_rank_postgresql(self, cursor, where, params, ranking, wanted):
        # Counting stops one past COUNTED, which spares reading every matching row of a broad query.
        cursor.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM search_indexeddocument "  # noqa: S608
            f"WHERE {where.format(vector='vector')} LIMIT {COUNTED + 1}) AS counted",
            params,
        )
        total = cursor.fetchone()[0]
        if not total:
            return 0, []
        if total > BROAD:
            # A broad query: rank the title and summary matches, which ts_rank's weights put
            # first anyway, on the small `head_vector` (migration 0005).
            matches = self._rank_postgresql(cursor, "head_vector", *ranking)
            if len(matches) >= min(wanted, total):
                return total, matches
        return total, self._rank_postgresql(cursor, "vector", *ranking)

    @staticmethod
    def _rank_postgresql(cursor, vector, weighted_clauses, where, params):
        score = " + ".join(
            f"%s * ts_rank('{{0.1, 0.2, 0.4, 1.0}}', {vector}, to_tsquery('simple', %s))"
            for _clause in weighted_clauses
        )
        score_params = [value for pair in weighted_clauses for value in pair]
        cursor.execute(
            f"SELECT id, {score} AS score, {', '.join(FACET_COLUMNS)} FROM search_indexeddocument "  # noqa: S608
            f"WHERE {where.format(vector=vector)} ORDER BY score DESC, id LIMIT {RANKED}",
            [*score_params, *params],
        )
        return [list(row) for row in cursor.fetchall()]

    @staticmethod
    def _facets(matches):
        """Counts per facet value over the matches (rows of id, score, then FACET_COLUMNS)."""
        columns = list(zip(*matches, strict=True))[2:] if matches else [()] * 5
        kinds, organisations, administrations, channels, life_events = columns
        counters = {
            "kind": Counter(kinds),
            "organisation": Counter(organisations),
            "administration": Counter(administrations),
            # Delimited "|a|b|": every value between bars.
            "channel": Counter("".join(channels).split("|")),
            "life_event": Counter("".join(life_events).split("|")),
        }
        return {
            facet: {value: count for value, count in counters[facet].most_common() if value}
            for facet in FACETS
        }

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
            group=row.group,
        )

    def autocomplete(self, text, language, limit=6):
        typed = [_safe(word) for word in words(text)]
        typed = [word for word in typed if word]
        if not typed:
            return []
        *complete, prefix = typed
        # Titles are indexed without stop words ("Pensió de jubilació": pensio, jubilacio).
        complete = [word for word in complete if not is_stopword(word, language)]
        if self.vendor == "postgresql":
            parts = [f"'{language}{word}'" for word in complete] + [f"'{language}{prefix}':*"]
            sql = (
                "SELECT id FROM search_indexeddocument WHERE title_vector @@ to_tsquery('simple', %s) "
                "ORDER BY length(title), id LIMIT %s"
            )
            params = [" & ".join(parts), limit]
        else:
            parts = [f'"{language}{word}"' for word in complete] + [f'"{language}{prefix}"*']
            sql = (
                "SELECT d.id FROM search_fts JOIN search_indexeddocument d ON d.id = search_fts.rowid "
                "WHERE search_fts MATCH %s ORDER BY length(d.title), d.id LIMIT %s"
            )
            params = [f"title_words : ({' AND '.join(parts)})", limit]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            ids = [row[0] for row in cursor.fetchall()]
        rows = IndexedDocument.objects.in_bulk(ids)
        return [self._hit(rows[pk], 0.0) for pk in ids if pk in rows]

    # Spelling ----------------------------------------------------------------------------

    def unknown(self, typed_words, language):
        vocabulary = self.vocabulary(language)
        return {word for word in typed_words if not _known(word, language, vocabulary)}

    def in_language(self, groups, language):
        rows = IndexedDocument.objects.filter(
            group__in=[group for group in groups if group], language=language
        )
        return {row.group: self._hit(row, 0.0) for row in rows}

    def corrections(self, typed_words, language):
        """Within the correction budget: the words after it is spent are left as typed."""
        vocabulary = self.vocabulary(language)
        until = deadline()
        found = {}
        for word in typed_words:
            if past(until):
                break
            if not correctable(word) or _known(word, language, vocabulary):
                continue
            correction = vocabulary.correct(word, until)
            if correction:
                found[word] = correction
        return found

    def vocabulary(self, language):
        """The language's indexed words, topped up with what was indexed since last asked."""
        now = time.monotonic()
        fresh = now - self._checked_at.get(language, -VOCABULARY_CHECK_SECONDS) < VOCABULARY_CHECK_SECONDS
        if fresh and language in self._vocabularies:
            return self._vocabularies[language]
        self._checked_at[language] = now
        # The newest row of any language: read from the index on indexed_at, so it costs nothing.
        latest = IndexedDocument.objects.aggregate(latest=Max("indexed_at"))["latest"]
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
                columns = new.values_list("words", "title_terms", "summary_terms", "body_terms")
                for text, *stems in columns.iterator(chunk_size=2000):
                    vocabulary.add(text.split(), fold=fold)
                    cut = len(language)
                    vocabulary.stem_frequency.update({term[cut:] for term in " ".join(stems).split()})
                vocabulary.built_until = latest
            return vocabulary


def _known(word, language, vocabulary):
    """Whether the index of `language` knows the word: as written, or by a stem that says enough.

    Short stems say little: Catalan's stemmer cuts Spanish "despido" to "desp", the stem of
    "despeses" (expenses). A stem under five letters only counts when the word itself is known.
    """
    word_stem = stem(word, language)
    return word in vocabulary.frequency or (len(word_stem) >= 5 and word_stem in vocabulary.stem_frequency)


def any_clause(query, language):
    """An FTS5 expression: any clause may match, each clause by any of its alternatives."""
    alternatives = set()
    for clause in query.clauses:
        for alternative in clause.alternatives:
            phrase = " ".join(language + _safe(term) for term in alternative.terms if _safe(term))
            if phrase:
                alternatives.add(f'"{phrase}"')
    return " OR ".join(sorted(alternatives))


def postgresql_tsquery(clause, language):
    parts = []
    for alternative in clause.alternatives:
        phrase = " <-> ".join(f"'{language}{_safe(term)}'" for term in alternative.terms if _safe(term))
        if phrase:
            parts.append(f"({phrase})")
    return " | ".join(sorted(set(parts)))
