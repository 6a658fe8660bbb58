"""The optional engine: Elasticsearch 8, chosen when `ELASTICSEARCH_URL` is set.

One index per language ("<prefix>-ca", "<prefix>-es", ...), each with its language's analysis,
so the server stems and drops stop words as the embedded engine does in Python. The language
analyzers are the built-in ones rebuilt as custom analyzers (elision, lowercase, stop, stemmer)
with `asciifolding` added before the stemmer: the query parser hands us folded words
("jubilacio"), so the index must fold too to meet them. Aranese has no built-in analyzer: it
gets its own, with Catalan's stemmer. Besides the language fields, `title.autocomplete` holds
edge n-grams for typing ahead, and `words` (every word of the text as written, lower-cased,
never stemmed) feeds the term suggester that corrects spelling.

A search is one request: each clause of the parsed query may match (a `should`), by the best
of its alternatives (a `dis_max`); single words match fuzzily, phrases as phrases. Filters
narrow the matches before the terms aggregations count the facets, as the embedded engine
counts them over every filtered match. The server highlights the passage that matched.

Each language's index name is an alias of a versioned index (see `aliases`): a rebuild fills
new versions beside the live ones and swaps every alias at once.

The client connects lazily: building the engine never touches the server. Any call that
cannot reach it raises `EngineUnavailable` with a message an operator can act on. Timeouts are
short (a citizen waits for a search; 2 s to connect, 3 s to answer by default) and a circuit
breaker (`breaker.py`) makes calls fail at once while the server keeps failing, so a hung
cluster costs each worker a few seconds, not every request its full timeout.
"""

import functools
import re
import time
from urllib.parse import urlsplit, urlunsplit

import urllib3
from django.conf import settings
from django.utils.safestring import mark_safe
from elastic_transport import Urllib3HttpNode
from elasticsearch import Elasticsearch, helpers
from elasticsearch import exceptions as es_errors
from elasticsearch.dsl import Index, Keyword, Mapping, Q, Search, Text, analyzer, char_filter, token_filter

from ..documents import FACETS
from ..spelling import correctable
from . import aliases
from .base import COUNTED, EngineResult, Hit, SearchEngine
from .base import EngineUnavailable as BaseEngineUnavailable
from .breaker import CircuitBreaker, CircuitOpen

# Facet name -> keyword field.
FACET_FIELDS = {facet: facet for facet in FACETS} | {"life_event": "life_events", "channel": "channels"}
SEARCH_FIELDS = ["title^10", "keywords^6", "summary^4", "body"]
STEMMED_FIELDS = ["title", "keywords", "summary", "body"]
HIT_TEXT_FIELDS = "key group language kind title url summary body organisation administration".split()
DOCUMENT_FIELDS = (*HIT_TEXT_FIELDS, "keywords", "channels", "life_events")
FACET_SIZE = 50
BULK_CHUNK = 500

# Analysis ---------------------------------------------------------------------------------

# "col·legi" is one word: the ela geminada becomes "ll", as search.analysis.fold() does.
GEMINATE = char_filter("geminate_l", "pattern_replace", pattern="(?i)(l)·(l)", replacement="$1$2")
# For plain words, apostrophes split ("l'atur" -> "l", "atur") as search.analysis.words() does.
APOSTROPHES = char_filter("apostrophes", "pattern_replace", pattern="['’]", replacement=" ")
# Folded, unstemmed words: the search side of autocomplete.
FOLDED_WORDS = analyzer(
    "folded_words",
    tokenizer="standard",
    char_filter=[APOSTROPHES, GEMINATE],
    filter=["lowercase", "asciifolding"],
)
# Words as written, lower-cased but with their accents: what the spelling suggester proposes
# ("jubilació", not "jubilacio"), as the embedded engine's vocabulary does.
SURFACE_WORDS = analyzer(
    "surface_words", tokenizer="standard", char_filter=[APOSTROPHES], filter=["lowercase"]
)
AUTOCOMPLETE = analyzer(
    "autocomplete",
    tokenizer="standard",
    char_filter=[APOSTROPHES, GEMINATE],
    filter=[
        "lowercase",
        "asciifolding",
        # preserve_original keeps words longer than max_gram findable when typed in full.
        token_filter("autocomplete_edge", "edge_ngram", min_gram=1, max_gram=20, preserve_original=True),
    ],
)


def _stemmer(name, language):
    return token_filter(name, "stemmer", language=language)


def _stop(name, stopwords):
    return token_filter(name, "stop", stopwords=stopwords)


def _elision(name, articles):
    return token_filter(name, "elision", articles=articles, articles_case=True)


# The built-in analyzers as Elasticsearch documents them, rebuilt (without keyword_marker, as we
# protect no words from stemming). The stop filters run before folding: their lists are
# accented ("però", "está"). Folding runs before the stemmer, so "jubilació" and the
# "jubilacio" the parser sends reach the same stem.
LANGUAGE_FILTERS = {
    "ca": [
        _elision("catalan_elision", ["d", "l", "m", "n", "s", "t"]),
        "lowercase",
        _stop("catalan_stop", "_catalan_"),
        "asciifolding",
        _stemmer("catalan_stemmer", "catalan"),
    ],
    "es": [
        "lowercase",
        _stop("spanish_stop", "_spanish_"),
        "asciifolding",
        _stemmer("spanish_stemmer", "light_spanish"),
    ],
    "en": [
        _stemmer("english_possessive_stemmer", "possessive_english"),
        "lowercase",
        _stop("english_stop", "_english_"),
        "asciifolding",
        _stemmer("english_stemmer", "english"),
    ],
    # Aranese: articles and prepositions elide as in Catalan, plus "qu'" ("qu'ei"). Our stop
    # list is written folded and runs after asciifolding, so "entà" and "enta" both stop.
    # Stemmer: Catalan's Snowball rather than light_french. Aranese spelling and endings
    # (plurals in -s/-es, -cion/-ció, verb endings in -ar/-ir) are far closer to Catalan's
    # than to French's, and it is the stemmer the embedded engine and the query parser use for
    # Aranese (search.analysis), so both engines find the same documents.
    "oc": [
        _elision("aranese_elision", ["l", "d", "s", "n", "m", "t", "qu"]),
        "lowercase",
        "asciifolding",
        _stop(
            "aranese_stop",
            "eth era es eres deth dera des ath ara as e o en de a que un ua per enta damb".split(),
        ),
        _stemmer("aranese_stemmer", "catalan"),
    ],
}


def language_analyzer(language):
    filters = LANGUAGE_FILTERS[language]
    return analyzer(f"folded_{language}", tokenizer="standard", char_filter=[GEMINATE], filter=filters)


def index_definition(name, *, language, client):
    """The index of one language: its settings, analysis and mapping (no server call)."""
    text = functools.partial(Text, analyzer=language_analyzer(language), copy_to="words")
    mapping = Mapping()
    mapping.meta("dynamic", "strict")
    mapping.field(
        "title", text(fields={"autocomplete": Text(analyzer=AUTOCOMPLETE, search_analyzer=FOLDED_WORDS)})
    )
    mapping.field("keywords", text())
    # Stored offsets let the highlighter skip re-analysing long bodies.
    mapping.field("summary", text(index_options="offsets"))
    mapping.field("body", text(index_options="offsets"))
    mapping.field("words", Text(analyzer=SURFACE_WORDS))
    for keyword in ("key", "group", "language", "kind", "url", *FACET_FIELDS.values()):
        mapping.field(keyword, Keyword())
    index = Index(name, using=client)
    # One shard: a small corpus, and exact term statistics for scoring and the suggester.
    index.settings(number_of_shards=1)
    index.mapping(mapping)
    return index


# Errors ---------------------------------------------------------------------------------------

ERRNO = re.compile(r"^\[Errno -?\d+\]\s*")
SERVER_DOWN = (502, 503, 504)


class EngineUnavailable(BaseEngineUnavailable):
    """Elasticsearch cannot be reached or refuses us: the message says where, and what to check."""


def unusable(error):
    """Why the server cannot be used, or None for an error that is ours (a bad request, say)."""
    check = "check that the server is running and that ELASTICSEARCH_URL points to it"
    if isinstance(error, es_errors.AuthenticationException):
        return "it refused the credentials (HTTP 401); check the user and password in ELASTICSEARCH_URL"
    if isinstance(error, es_errors.AuthorizationException):
        return "the user may not use these indices (HTTP 403); check its roles"
    if isinstance(error, es_errors.ApiError) and not isinstance(error, es_errors.UnsupportedProductError):
        body = error.body if isinstance(error.body, dict) else {}
        if error.status_code in SERVER_DOWN:
            detail = f" ({error.error})" if body else ""
            return f"it answered HTTP {error.status_code}{detail}; {check}"
        if "x-elastic-product" in error.meta.headers or "error" in body:
            return None  # Elasticsearch answered: an error of ours to see, not an unusable server
    if isinstance(error, es_errors.ApiError):
        return "the server at that address is not Elasticsearch; check ELASTICSEARCH_URL"
    if isinstance(error, es_errors.ConnectionTimeout):
        return f"the connection timed out; {check}"
    # The innermost cause says it plainly: "[Errno 111] Connection refused".
    seen = set()
    while id(error) not in seen and (error.__cause__ or error.__context__):
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    reason = ERRNO.sub("", str(error)).strip() or type(error).__name__
    return f"{reason[0].lower()}{reason[1:]}; {check}"


def _reaching_server(method):
    """Turn the client's connection, authentication and server errors into EngineUnavailable.

    The engine's circuit breaker counts them: once open, calls fail here without a request.
    """

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            self.breaker.before_call()
        except CircuitOpen as error:
            raise EngineUnavailable(f"Elasticsearch at {self.public_url} cannot be used: {error}.") from None
        try:
            result = method(self, *args, **kwargs)
        except (es_errors.TransportError, es_errors.ApiError) as error:
            reason = unusable(error)
            if reason is None:  # the server answered: it works, the error is ours
                self.breaker.succeeded()
                raise
            self.breaker.failed()
            raise EngineUnavailable(
                f"Elasticsearch at {self.public_url} cannot be used: {reason}."
            ) from error
        except BaseException:
            self.breaker.succeeded()  # not the server's failure: never leave a probe unanswered
            raise
        self.breaker.succeeded()
        return result

    return wrapper


def node_class(connect_timeout, read_timeout):
    """The client's HTTP node, with a connect timeout of its own (the client has only a total one).

    A server that does not accept connections fails in `connect_timeout`; one that accepts and
    never answers in the read timeout (the client's `request_timeout`).
    """

    class TimedNode(Urllib3HttpNode):
        def __init__(self, config):
            super().__init__(config)
            self.pool.timeout = urllib3.Timeout(connect=connect_timeout, read=read_timeout)

        def perform_request(self, method, target, body=None, headers=None, **options):
            timeout = options.get("request_timeout")
            if isinstance(timeout, int | float):  # a per-call read timeout (bulk writes)
                options["request_timeout"] = urllib3.Timeout(connect=connect_timeout, read=timeout)
            return super().perform_request(method, target, body=body, headers=headers, **options)

    return TimedNode


def _without_credentials(url):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


# The engine -------------------------------------------------------------------------------------


class ElasticsearchEngine(SearchEngine):
    name = "elasticsearch"

    def __init__(
        self,
        url,
        index_prefix="fets-vitals",
        connect_timeout=2.0,
        read_timeout=3.0,
        bulk_timeout=20.0,
        max_retries=1,
        breaker_threshold=3,
        breaker_cool_off=30.0,
        clock=time.monotonic,
        **client_options,
    ):
        urls = [part.strip() for part in url.split(",") if part.strip()]
        self.public_url = ", ".join(_without_credentials(part) for part in urls)
        self.index_prefix = index_prefix
        # Bulk writes (publishing, rebuilding) get a longer read timeout, still below the
        # 30 s after which gunicorn kills a worker that an editor's publication is waiting on.
        self.bulk_timeout = bulk_timeout
        self.breaker = CircuitBreaker(breaker_threshold, breaker_cool_off, clock=clock)
        options = {
            "request_timeout": read_timeout,
            "node_class": node_class(connect_timeout, read_timeout),
            # Connection errors are retried once (another node may answer); timeouts never are.
            "max_retries": max_retries,
            "retry_on_timeout": False,
            **client_options,
        }
        self.client = Elasticsearch(urls, **options)

    def index_name(self, language):
        return f"{self.index_prefix}-{language}"

    def _names(self, language=None):
        if language:
            return [self.index_name(language)]
        return [self.index_name(code) for code, _name in settings.LANGUAGES]

    def _definer(self, language):
        """The elasticsearch.dsl Index of a version of the language's index, by its name."""
        return functools.partial(index_definition, language=language, client=self.client)

    def _ensure_index(self, language):
        alias = self.index_name(language)
        if not self.client.indices.exists(index=alias):
            aliases.create_aliased(self.client, alias, self._definer(language))
        return alias

    # Writing ----------------------------------------------------------------------------------

    @_reaching_server
    def index(self, documents):
        return self._write(documents, self._ensure_index)

    def _write(self, documents, index_for):
        """Bulk-write documents, each to `index_for(language)`; refreshed, so searchable at once."""
        touched = {}

        def actions():
            for document in documents:
                if document.language not in touched:
                    touched[document.language] = index_for(document.language)
                source = {name: getattr(document, name) for name in DOCUMENT_FIELDS}
                yield {"_index": touched[document.language], "_id": document.key, "_source": source}

        client = self.client.options(request_timeout=self.bulk_timeout)
        # A document the server refuses raises BulkIndexError: nothing is skipped in silence.
        written, _failed = helpers.bulk(client, actions(), chunk_size=BULK_CHUNK, stats_only=True)
        if touched:
            self.client.indices.refresh(index=list(touched.values()))
        return written

    @_reaching_server
    def rebuild(self, documents):
        fresh = {}  # alias -> its new version
        try:
            for code in self._languages():
                alias = self.index_name(code)
                fresh[alias] = aliases.create_version(alias, self._definer(code))
            written = self._write(documents, lambda language: fresh[self._known_alias(language)])
            aliases.swap(self.client, fresh)
        except BaseException:
            aliases.discard(self.client, fresh.values())
            raise
        return written

    def _known_alias(self, language):
        if language not in self._languages():
            raise ValueError(f"a document is in {language!r}, which is not a language of the portal")
        return self.index_name(language)

    @staticmethod
    def _languages():
        return [code for code, _name in settings.LANGUAGES]

    @_reaching_server
    def remove(self, keys):
        keys = list(keys)
        names = [name for name in self._names() if self.client.indices.exists(index=name)]
        if not keys or not names:
            return 0
        # A key lives in one language's index: the other indices answer 404, which is fine.
        actions = ({"_op_type": "delete", "_index": name, "_id": key} for name in names for key in keys)
        deleted, _missing = helpers.bulk(self.client, actions, stats_only=True, ignore_status=404)
        self.client.indices.refresh(index=names)
        return deleted

    def clear(self):
        self.rebuild([])

    @_reaching_server
    def drop(self):
        """Delete this engine's indices altogether (a test run's own prefix, a retired one)."""
        names = {
            name
            for alias in self._names()
            for name in (*aliases.resolve(self.client, alias), *aliases.versions(self.client, alias))
        }
        if names:
            self.client.indices.delete(index=sorted(names), ignore_unavailable=True)

    @_reaching_server
    def count(self, language=None):
        return self.client.count(index=self._names(language), ignore_unavailable=True)["count"]

    # Searching --------------------------------------------------------------------------------

    def _search(self, language):
        # A language whose index does not exist yet finds nothing rather than failing.
        return Search(using=self.client, index=self.index_name(language)).params(ignore_unavailable=True)

    @staticmethod
    def _alternative_query(alternative):
        if alternative.is_phrase:
            return Q("multi_match", query=alternative.text, type="phrase", fields=SEARCH_FIELDS)
        # Typos are forgiven (one edit in 3-5 letters, two beyond), but not in the first letter.
        fuzzy = {"fuzziness": "AUTO", "prefix_length": 1}
        return Q("multi_match", query=alternative.text, fields=SEARCH_FIELDS, **fuzzy)

    def build_search(self, query, language, filters=None, offset=0, limit=10):
        """The Search for a ParsedQuery (no server call), or None when it has nothing to search."""
        clauses = []
        for clause in query.clauses:
            alternatives = [self._alternative_query(alt) for alt in clause.alternatives if alt.text.strip()]
            if alternatives:
                clauses.append(Q("dis_max", queries=alternatives))
        if not clauses:
            return None
        narrowing = [
            Q("term", **{FACET_FIELDS[facet]: value})
            for facet, value in (filters or {}).items()
            if value and facet in FACET_FIELDS
        ]
        search = self._search(language).query(
            "bool", should=clauses, minimum_should_match=1, filter=narrowing
        )
        for facet in FACETS:
            search.aggs.bucket(facet, "terms", field=FACET_FIELDS[facet], size=FACET_SIZE)
        search = search.highlight("summary", "body", fragment_size=160, number_of_fragments=1)
        search = search.highlight_options(pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html")
        return search.extra(track_total_hits=COUNTED + 1)[offset : offset + limit]

    @_reaching_server
    def search(self, query, language, filters=None, offset=0, limit=10):
        search = self.build_search(query, language, filters, offset, limit) if query else None
        if search is None:
            return EngineResult(0, [], {})
        response = search.execute().to_dict()
        aggregations = response.get("aggregations", {})
        facets = {
            # Documents without an organisation (the key "") are not counted under one.
            facet: {bucket["key"]: bucket["doc_count"] for bucket in buckets if bucket["key"]}
            for facet in FACETS
            for buckets in [aggregations.get(facet, {}).get("buckets", [])]
        }
        # Counting stops one past COUNTED (track_total_hits), as the embedded engine's does.
        total = response.get("hits", {}).get("total", {}).get("value", 0)
        return EngineResult(
            total=min(total, COUNTED), hits=self._hits(response), facets=facets, total_exact=total <= COUNTED
        )

    @staticmethod
    def _hits(response):
        hits = []
        for found in response.get("hits", {}).get("hits", []):
            source = found["_source"]
            highlight = found.get("highlight", {})
            fragment = (highlight.get("summary") or highlight.get("body") or [""])[0]
            hits.append(
                Hit(
                    **{name: source.get(name, "") for name in HIT_TEXT_FIELDS},
                    channels=list(source.get("channels") or []),
                    life_events=list(source.get("life_events") or []),
                    score=found.get("_score") or 0.0,
                    # Escaped by the server (encoder "html") but for our <mark> tags: safe HTML.
                    snippet=mark_safe(fragment) if fragment else "",  # noqa: S308
                )
            )
        return hits

    def build_autocomplete(self, text, language, limit=6):
        match = {"title.autocomplete": {"query": text[:200], "operator": "and"}}
        return self._search(language).query("match", **match)[:limit]

    @_reaching_server
    def autocomplete(self, text, language, limit=6):
        if not (text or "").strip():
            return []
        return self._hits(self.build_autocomplete(text, language, limit).execute().to_dict())

    # Spelling ---------------------------------------------------------------------------------

    def build_corrections(self, words, language):
        text = " ".join(words)
        term = {"field": "words", "suggest_mode": "missing", "max_edits": 2, "min_word_length": 4}
        search = self._search(language).suggest("spelling", text, term=term).extra(size=0)
        # A word missing as written may be known by its stem ("jubilacions"): like the embedded
        # engine, correct only words that match nothing, counted here in the same request.
        known = {word: Q("multi_match", query=word, fields=STEMMED_FIELDS) for word in words}
        search.aggs.bucket("known", "filters", filters=known)
        return text, search

    @_reaching_server
    def corrections(self, words, language):
        words = [word for word in words if correctable(word.strip())]
        if not words:
            return {}
        text, search = self.build_corrections(words, language)
        response = search.execute().to_dict()
        known = response.get("aggregations", {}).get("known", {}).get("buckets", {})
        found = {}
        for entry in response.get("suggest", {}).get("spelling", []):
            # Each entry is one analysed token; its offset in our text gives back the typed word.
            typed = text[entry["offset"] : entry["offset"] + entry["length"]]
            if entry["options"] and typed in words and not known.get(typed, {}).get("doc_count"):
                found[typed] = entry["options"][0]["text"]
        return found

    @_reaching_server
    def unknown(self, words, language):
        """Words no document of the language matches, even by stem (the embedded engine's rule)."""
        words = sorted({word for word in words if word and word.strip()})
        if not words:
            return set()
        search = self._search(language).extra(size=0)
        search.aggs.bucket(
            "known",
            "filters",
            filters={word: Q("multi_match", query=word, fields=STEMMED_FIELDS) for word in words},
        )
        buckets = search.execute().to_dict().get("aggregations", {}).get("known", {}).get("buckets", {})
        return {word for word in words if not buckets.get(word, {}).get("doc_count")}

    @_reaching_server
    def in_language(self, groups, language):
        groups = [group for group in groups if group]
        if not groups:
            return {}
        search = self._search(language).filter("terms", group=groups)[: len(groups)]
        return {hit.group: hit for hit in self._hits(search.execute().to_dict())}

    # Operators --------------------------------------------------------------------------------

    @_reaching_server
    def _index_count(self, name):
        try:
            return self.client.count(index=name)["count"]
        except es_errors.NotFoundError as error:
            if error.error != "index_not_found_exception":  # a 404 from something else
                raise
            return None

    def status(self):
        try:
            counts = {name: self._index_count(name) for name in self._names()}
        except EngineUnavailable as error:
            return f"{self.name}: {error}"
        except es_errors.ApiError as error:  # the server answered with an error: show it
            return f"{self.name} at {self.public_url}: {error}"
        total = sum(count or 0 for count in counts.values())
        per_index = ", ".join(f"{name} {'not created' if n is None else n}" for name, n in counts.items())
        return f"{self.name} at {self.public_url}: {total} documents ({per_index})"
