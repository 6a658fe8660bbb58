"""The search pipeline above the engine: words from another language, best bets, no-result logging."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.engines.database import DatabaseEngine
from search.models import Synonym
from search.query import parse
from search.searching import run_search

from .test_engine_contract import doc


@pytest.fixture
def engine(db):
    Synonym.objects.all().delete()
    engine = DatabaseEngine()
    engine.clear()
    engine.index(
        [
            doc("bo-ca", "ca", "Bo social elèctric", "Descompte en la factura de la llum.", group="g1"),
            doc("bo-es", "es", "Bono social de la luz", "Descuento en la factura de la luz.", group="g1"),
            doc("llum-ca", "ca", "Alta de la llum en un pis nou", "Contracta la llum i el gas.", group="g2"),
            doc("social-ca", "ca", "Serveis socials", "Ajuda social del teu municipi.", group="g3"),
        ]
    )
    return engine


def test_words_of_another_language_find_this_languages_page(engine):
    results = run_search("bono social luz", "ca", engine=engine, record=False)
    assert results.hits[0].key == "bo-ca"  # found through Spanish, shown in Catalan
    assert results.suggestion == ""  # "luz" is Spanish, not a typo to correct
    assert not results.fallback


def test_a_query_in_this_language_borrows_nothing(engine):
    results = run_search("llum", "ca", engine=engine, record=False)
    assert {hit.key for hit in results.hits} == {"bo-ca", "llum-ca"}


def test_best_bets_come_first_in_the_searchers_language(engine, site_tree, translate):
    spanish = translate(site_tree.health_card, "es", title="Tarjeta sanitaria")
    SearchPromotion.objects.create(query=Query.get("tsi"), page=site_tree.health_card, sort_order=0)
    SearchPromotion.objects.create(
        query=Query.get("tsi"),
        external_link_url="https://catsalut.gencat.cat/",
        external_link_text="CatSalut",
        sort_order=1,
    )
    catalan = run_search("TSI", "ca", engine=engine, record=False)
    assert [bet.title for bet in catalan.best_bets] == ["Targeta sanitària", "CatSalut"]
    assert run_search("tsi", "es", engine=engine, record=False).best_bets[0].url == spanish.url


@pytest.mark.parametrize(
    ("language", "everyday", "formal"),
    [
        ("ca", "minusvalia", "discapacitat"),
        ("es", "guardería", "escuela infantil"),
        ("en", "newborn", "baby"),
        ("es", "ha fallecido", "defunción"),
        ("ca", "m'han despatxat", "acomiadament"),
        ("oc", "guarderia", "escòla bressol"),
        ("en", "passed away", "death"),
        ("en", "council housing", "subsidised housing"),
        ("ca", "em mudo de pis", "mudança"),
    ],
)
def test_the_starter_thesaurus_gives_everyday_words_their_formal_wording(db, language, everyday, formal):
    """The shipped thesaurus (search/data/synonyms/) gives everyday words editors can then change;
    a search for the everyday word also looks for the wording the pages use."""
    parsed = parse(everyday, language)
    wordings = {
        alternative.text.casefold() for clause in parsed.clauses for alternative in clause.alternatives
    }
    assert formal in wordings


def test_the_starter_thesaurus_leaves_common_words_alone(db):
    """'will' and 'pensioners' would drag unrelated groups into everyday English searches."""
    parsed = parse("how much will my pension be", "en")
    wordings = {
        alternative.text.casefold() for clause in parsed.clauses for alternative in clause.alternatives
    }
    assert wordings == {"much", "pension"}


def test_a_short_stem_does_not_pull_in_a_synonym_group_it_only_shares_letters_with(db):
    """Spanish "casa" (home) and "casarse" (to marry) both stem to "casa": help at home is not
    a wedding."""
    parsed = parse("ayuda en casa", "es")
    wordings = {alternative.text for clause in parsed.clauses for alternative in clause.alternatives}
    assert "boda" not in wordings and "casa" in wordings
    assert "boda" in {alternative.text for alternative in parse("casarse", "es").clauses[0].alternatives}


def test_with_nothing_here_other_languages_get_only_the_meaningful_words_uncorrected(engine):
    """ "la" and "ha" are Catalan function words but English words; and a word unknown everywhere
    is not "corrected" into some short word of a language the person did not write in."""
    engine.index([doc("la-en", "en", "LA bus pass", "Travel in Los Angeles (LA).")])
    results = run_search("ens ha nascut la nena", "ca", engine=engine, record=False)
    assert results.total == 0 and not results.hits
    assert run_search("bus pass", "ca", engine=engine, record=False).hits[0].key == "la-en"


def test_a_title_with_every_idea_outranks_a_rare_word_repeated_in_a_short_summary(engine):
    """Engines weigh each word alone: "subvenció" twice in a short summary outscored a title
    holding both ideas. The second look puts the title first."""
    engine.index(
        [
            doc("cert-ca", "ca", "Certificat d'estar al corrent", "El demana tota subvenció."),
            doc("rent-ca", "ca", "Ajuts per pagar el lloguer", "Diners per al lloguer del pis on vius."),
            # "lloguer" and "ajut" are common words of housing pages; "subvenció" is rare.
            *(
                doc(
                    f"home-{n}-ca",
                    "ca",
                    f"Habitatge {n}",
                    "Un ajut per a l'habitatge.",
                    "El lloguer del pis.",
                )
                for n in range(6)
            ),
            *(
                doc(f"other-{n}-ca", "ca", f"Tràmit {n}", "Un altre tràmit de la Generalitat.")
                for n in range(20)
            ),
        ]
    )
    Synonym.objects.create(language="ca", terms="ajut, subvenció")
    results = run_search("ajut lloguer", "ca", engine=engine, record=False)
    assert results.hits[0].key == "rent-ca"
    second = run_search("ajut lloguer", "ca", page=2, per_page=1, engine=engine, record=False)
    assert second.hits[0].key == results.hits[1].key  # pages follow the same order


def test_when_a_synonym_phrase_finds_nothing_its_words_are_looked_for_one_by_one(engine):
    """ "degree recognition" is a phrase of the group; no page has its words side by side."""
    Synonym.objects.create(language="en", terms="recognition of qualifications, degree recognition")
    engine.index(
        [doc("degree-en", "en", "Recognition of foreign qualifications", "Have your degree recognised.")]
    )
    results = run_search("degree recognition", "en", engine=engine, record=False)
    assert [hit.key for hit in results.hits] == ["degree-en"]
    assert not results.fallback


def test_aranese_modal_verbs_are_not_corrected_into_other_words(db):
    parsed = parse("quan me pòdi jubilar", "oc")
    assert [clause.words for clause in parsed.clauses] == [["jubilar"]]
