"""The work of a search is bounded whatever is typed or indexed: lengths are checked after
normalisation (and raw input before it), long words are neither corrected nor kept for
correcting, and correcting a query has a time budget."""

import types
import unicodedata

import pytest
from django.utils import translation

from search import analysis, highlight, reranking, spelling
from search.analysis import fold
from search.analysis import terms as terms_of
from search.engines.base import Hit
from search.engines.database import DatabaseEngine
from search.highlight import snippet
from search.hostile import HostileInput, alphabet
from search.models import Synonym
from search.query import MAX_INPUT_LENGTH, MAX_QUERY_LENGTH, MAX_WORDS, QueryError, clean, parse
from search.searching import MAX_FILTER_LENGTH, check_filters, check_query, run_search
from search.spelling import MAX_WORD_LENGTH, Vocabulary

from .test_engine_contract import doc


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def hostile():
    return HostileInput(seed=11)


@pytest.fixture
def longest_deletion(monkeypatch):
    """The longest word `spelling.deletions` has been asked for, while the test runs."""
    seen = [0]
    original = spelling.deletions

    def deletions(word, distance):
        seen[0] = max(seen[0], len(word))
        return original(word, distance)

    monkeypatch.setattr(spelling, "deletions", deletions)
    return seen


@pytest.fixture
def engine(db):
    Synonym.objects.all().delete()
    engine = DatabaseEngine()
    engine.clear()
    engine.index(
        [
            doc("retirement", "ca", "Pensió de jubilació", "Cobrar una pensió quan deixes de treballar."),
            doc("birth", "ca", "Inscripció del naixement", "Inscriu el teu fill al Registre Civil."),
            doc("unemployment", "ca", "Prestació per desocupació", "Un ingrés mentre busques feina."),
        ]
    )
    return engine


# Length, after normalisation and before it ------------------------------------------------


def test_every_character_that_folding_lengthens_counts_at_its_folded_length():
    """Each lengthened character, repeated as often as the raw limit allows, is refused when
    search would work on more than MAX_QUERY_LENGTH characters ("Ⅷ" × 200 is 800 letters)."""
    refused = 0
    for char in alphabet().expanding:
        text = char * MAX_QUERY_LENGTH
        if len(fold(unicodedata.normalize("NFC", text))) > MAX_QUERY_LENGTH:
            with pytest.raises(QueryError, match="too long"):
                check_query(text)
            refused += 1
    assert refused > 1000


def test_a_query_exactly_at_the_limit_once_folded_is_searched(hostile):
    for _example in range(20):
        text = hostile.at_the_limit()
        assert len(fold(text)) == MAX_QUERY_LENGTH
        assert check_query(text) == clean(text)


def test_raw_input_past_its_limit_is_refused_before_it_is_normalised(monkeypatch, hostile):
    normalised = []

    def normalize(form, text):
        normalised.append(len(text))
        return unicodedata.normalize(form, text)

    monkeypatch.setattr("search.query.unicodedata", types.SimpleNamespace(normalize=normalize))
    for _example in range(20):
        text = hostile.oversized()
        with pytest.raises(QueryError, match="too long"):
            check_query(text)
        clean(text)  # what the search page shows in its box
    assert max(normalised) <= MAX_INPUT_LENGTH


def test_the_search_page_refuses_oversized_input_without_normalising_all_of_it(client, db, monkeypatch):
    normalised = []

    def normalize(form, text):
        normalised.append(len(text))
        return unicodedata.normalize(form, text)

    monkeypatch.setattr("search.query.unicodedata", types.SimpleNamespace(normalize=normalize))
    response = client.get("/en/search/", {"q": "Ⅷ" * 20 * MAX_INPUT_LENGTH})
    assert response.status_code == 400
    assert b"too long" in response.content
    assert max(normalised) <= MAX_INPUT_LENGTH


def test_a_facet_filter_longer_than_any_value_once_normalised_is_dropped():
    long_once_folded = "ﷺ" * (MAX_FILTER_LENGTH // 18 + 1)
    assert len(long_once_folded) < MAX_FILTER_LENGTH
    filters = check_filters({"organisation": long_once_folded, "kind": "x" * 10_000, "channel": "online"})
    assert filters == {"channel": "online"}


def test_autocomplete_does_not_look_up_what_normalisation_lengthens_past_the_limit(client, db, monkeypatch):
    asked = []
    engine = types.SimpleNamespace(autocomplete=lambda text, language: asked.append(text) or [])
    monkeypatch.setattr("search.api.get_engine", lambda: engine)
    response = client.get("/api/search/autocomplete/", {"q": "Ⅷ" * (MAX_QUERY_LENGTH // 4 + 1), "lang": "ca"})
    assert response.status_code == 200
    assert response.json()["results"] == []
    assert asked == []
    client.get("/api/search/autocomplete/", {"q": "Ⅷ" * (MAX_QUERY_LENGTH // 4), "lang": "ca"})
    assert len(asked) == 1


def test_only_the_first_max_words_of_a_query_are_searched(engine, hostile):
    text = hostile.many_words()
    assert len(text.split()) > MAX_WORDS
    assert len(parse(text, "ca", engine, synonyms=False).clauses) <= MAX_WORDS


# Spelling ----------------------------------------------------------------------------------


def test_words_past_the_longest_word_are_never_corrected(longest_deletion, hostile):
    vocabulary = Vocabulary()
    vocabulary.add(["jubilació", "naixement"], fold=fold)
    longest_deletion[0] = 0
    for _example in range(20):
        word = fold(hostile.long_word())
        assert vocabulary.correct(word) is None or len(word) <= MAX_WORD_LENGTH
    assert vocabulary.correct("jubilasio" * 4) is None
    assert longest_deletion[0] <= MAX_WORD_LENGTH
    assert vocabulary.correct("jubilasio") == "jubilació"


def test_the_spelling_vocabulary_ignores_tokens_past_the_longest_word(longest_deletion, hostile):
    absurd = [hostile.long_word() for _example in range(20)] + ["ﬃ" * 11, "a" * 700]
    absurd = [token for token in absurd if len(fold(token)) > MAX_WORD_LENGTH]
    vocabulary = Vocabulary()
    vocabulary.add([*absurd, "jubilació"], fold=fold)
    assert list(vocabulary.frequency) == ["jubilacio"]
    assert longest_deletion[0] <= MAX_WORD_LENGTH


def test_a_long_token_in_indexed_text_stays_out_of_the_vocabulary_but_is_found_as_typed(
    engine, longest_deletion
):
    token = "x" * (MAX_QUERY_LENGTH - 1)
    engine.index([doc("feed", "ca", "Servei importat", "Un codi: " + token + " i un " + "a" * 700)])
    found = run_search(token, "ca", engine=engine, record=False)
    assert [hit.key for hit in found.hits] == ["feed"]
    assert token not in engine.vocabulary("ca")
    assert longest_deletion[0] <= MAX_WORD_LENGTH


def test_corrections_stop_when_their_time_budget_is_spent(engine, monkeypatch):
    """Each correction here takes a (simulated) second against a budget of two and a half: the
    first two words are corrected; the third, which would end past the budget, is given up and
    searched as typed."""
    clock = [0.0]
    monkeypatch.setattr(spelling, "monotonic", lambda: clock[0])
    monkeypatch.setattr(spelling, "CORRECTION_BUDGET", 2.5)
    correct = Vocabulary.correct

    def slow_correct(self, word, until=None):
        clock[0] += 1.0
        return correct(self, word, until)

    monkeypatch.setattr(Vocabulary, "correct", slow_correct)
    corrections = engine.corrections(["jubilasio", "naixemnet", "presstacio"], "ca")
    assert corrections == {"jubilasio": "jubilació", "naixemnet": "naixement"}


def test_a_spent_budget_means_no_suggestion_never_a_failed_search(engine, monkeypatch):
    monkeypatch.setattr(spelling, "CORRECTION_BUDGET", -1.0)
    results = run_search("pensió jubilasió", "ca", engine=engine, record=False)
    assert results.suggestion == ""
    assert [hit.key for hit in results.hits] == ["retirement"]


# Snippets of indexed text -------------------------------------------------------------------


@pytest.fixture
def stems_in_snippets(monkeypatch):
    calls = [0]
    original = highlight.stem

    def stem(word, language):
        calls[0] += 1
        return original(word, language)

    monkeypatch.setattr(highlight, "stem", stem)
    return calls


def page_text(hostile, shape):
    """A page body of MAX_CHARACTERS drawn from one generated shape, as an import could hold."""
    text = ""
    while len(text) < highlight.MAX_CHARACTERS:
        text += getattr(hostile, shape)() + " "
    return text


@pytest.mark.parametrize("shape", ["lengthening", "most_lengthening", "many_words", "combining_pile"])
def test_a_snippet_reads_a_bounded_number_of_words_whatever_the_text(hostile, stems_in_snippets, shape):
    terms = set(terms_of("pensió", "ca"))
    for body in (page_text(hostile, shape), "ﷺ" * highlight.MAX_CHARACTERS, "ﷺ " * highlight.MAX_CHARACTERS):
        stems_in_snippets[0] = 0
        passage = snippet(["Una pensió.", body], terms, "ca")
        assert stems_in_snippets[0] <= highlight.MAX_WORDS_READ + highlight.MAX_WORDS_SCANNED + 100
        assert len(passage) <= 2 * highlight.MAX_PASSAGE  # <mark> tags and escaped characters aside


def test_a_page_without_spaces_gives_a_short_passage(hostile):
    body = "".join(hostile.lengthening_word() for _word in range(40))
    passage = snippet([body], set(terms_of("pensió", "ca")), "ca")
    assert len(passage) == highlight.MAX_PASSAGE + 1  # and an ellipsis


def test_the_second_look_at_the_best_hits_reads_a_bounded_head_of_each(db, hostile, monkeypatch):
    calls = [0]
    original = analysis.stem

    def stem(word, language):
        calls[0] += 1
        return original(word, language)

    for module in (analysis, reranking):
        monkeypatch.setattr(module, "stem", stem, raising=False)
    summary = page_text(hostile, "many_words") * 5
    hits = [
        Hit(f"k{n}", "ca", "procedure", "Pensió", "/", summary, "", "", "", [], [], 1.0) for n in range(3)
    ]
    reranking.rerank(hits, parse("pensió jubilació", "ca", synonyms=False))
    assert calls[0] <= 3 * reranking.HEAD_WORDS + 10


# Pages --------------------------------------------------------------------------------------


def test_a_deep_page_reads_its_own_hits_only_and_matches_the_pages_before_it(engine, monkeypatch):
    many = [doc(f"pension-{n}", "ca", f"Pensió {n}", "Una pensió.") for n in range(40)]
    engine.index(many)
    everything = run_search("pensió", "ca", engine=engine, record=False, per_page=50)
    read = []
    search = engine.search
    monkeypatch.setattr(
        engine, "search", lambda *args, **kwargs: read.append(kwargs["limit"]) or search(*args, **kwargs)
    )
    deep = run_search("pensió", "ca", engine=engine, record=False, page=5, per_page=8)
    assert read == [8]
    assert [hit.key for hit in deep.hits] == [hit.key for hit in everything.hits][32:40]
