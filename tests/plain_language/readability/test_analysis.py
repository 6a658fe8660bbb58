import json
import timeit

import pytest
from django.utils.functional import Promise

from plain_language.readability import (
    ADEQUATE_FROM,
    EASY_FROM,
    ISSUE_KINDS,
    SUPPORTED_LANGUAGES,
    Analysis,
    analyse,
    scoring,
)

TEXTS = {
    "ca": "Pots demanar l'ajut si tens fills. La sol·licitud serà revisada per l'oficina en un mes.",
    "es": "Puedes pedir la ayuda si tienes hijos. La solicitud será revisada por la oficina en un mes.",
    "oc": "Pòs demanar er ajut se as hilhs. Era sollicitud serà revisada pera oficina en un mes.",
    "en": "You can ask for the grant if you have children. Your application will be checked in a month.",
}


@pytest.mark.parametrize("language", ["fr", "", "eu", None, "aran-oc"])
def test_unsupported_language_raises_a_clear_value_error(language):
    with pytest.raises(ValueError, match="Unsupported language .* use one of ca, es, oc, en"):
        analyse("Un text qualsevol amb prou paraules.", language)


@pytest.mark.parametrize("language", ["oc_aran", "oc-aran", "OC", "ca-ES", "en_GB"])
def test_language_variants_are_accepted(language):
    assert analyse("Un text qualsevol amb prou paraules.", language).language == language[:2].lower()


@pytest.mark.parametrize("text", ["", "   ", "<p></p>", "Hola", "Demana l'ajut ara"])
def test_texts_under_five_words_score_100_easy_with_zero_metrics_and_no_issues(text):
    analysis = analyse(text, "ca", [("ajut", "ajuda", "")])
    assert (analysis.score, analysis.band, analysis.issues) == (100.0, "easy", [])
    assert analysis.metrics["words"] == 0 and analysis.metrics["readability_value"] == 0
    assert analysis.metrics["readability_formula"] == "fernandez_huerta"


def test_bands_start_at_their_threshold_inclusive():
    assert [
        scoring.band(value)[0]
        for value in (100, EASY_FROM, EASY_FROM - 0.1, ADEQUATE_FROM, ADEQUATE_FROM - 0.1, 0)
    ] == [
        "easy",
        "easy",
        "adequate",
        "adequate",
        "hard",
        "hard",
    ]
    assert [str(scoring.band(value)[1]) for value in (70, 55, 10)] == ["Easy", "Adequate", "Difficult"]


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_short_everyday_sentences_are_easy_in_every_language(language):
    analysis = analyse(TEXTS[language], language)
    assert isinstance(analysis, Analysis) and EASY_FROM <= analysis.score <= 100
    assert (analysis.band, str(analysis.label)) == ("easy", "Easy")
    for key in (
        "words sentences syllables avg_sentence_length long_sentence_share long_word_share "
        "readability_formula readability_value lix passive_count nominalisation_count jargon_count"
    ).split():
        assert key in analysis.metrics
    assert analysis.metrics["passive_count"] == 1
    assert {issue.kind for issue in analysis.issues} <= set(ISSUE_KINDS)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_to_dict_is_json_serialisable_with_messages_as_strings(language):
    analysis = analyse(TEXTS[language], language, [("oficina", "lloc", "")])
    data = json.loads(json.dumps(analysis.to_dict()))
    assert data["label"] in {"Easy", "Adequate", "Difficult"}
    assert data["issues"] and all(isinstance(issue["message"], str) for issue in data["issues"])
    assert data["metrics"]["words"] == analysis.metrics["words"]


def test_messages_labels_and_suggestions_are_lazy_translatable_strings():
    analysis = analyse(TEXTS["ca"], "ca")
    assert isinstance(analysis.label, Promise)
    [issue] = analysis.issues
    assert isinstance(issue.message, Promise) and isinstance(issue.suggestion, Promise)
    assert str(issue.message) == "“serà revisada” is in the passive voice."


def two_thousand_word_page():
    paragraph = (
        "<p>Si et quedes sense feina, inscriu-te al SOC. Després pots demanar l&rsquo;atur, p. ex. en línia. "
        "Les persones treballadores que es trobin en situació legal de desocupació hauran d'efectuar "
        "prèviament la inscripció com a demandants d'ocupació, com a requisit per a la tramitació de la "
        "prestació, que serà notificada per l'oficina.</p><ul><li>El DNI.</li><li>El número de compte.</li></ul>"
    )
    return paragraph * 36  # about 2,000 words


def test_a_2000_word_html_page_is_analysed_quickly():
    page = two_thousand_word_page()
    analysis = analyse(page, "ca", [("sol·licitar", "demanar", ""), ("desocupació", "atur", "")])
    assert 1900 < analysis.metrics["words"] < 2200
    seconds = min(timeit.repeat(lambda: analyse(page, "ca"), number=1, repeat=5))
    assert seconds < 0.2  # about 0.01 s on a laptop; the margin absorbs slow CI machines


def test_a_2000_word_text_on_a_single_line_is_analysed_quickly():
    line = "Pots demanar l'ajut, p. ex. al SOC. Tens deu dies des que neix. Ho pots fer en línia. " * 110
    seconds = min(timeit.repeat(lambda: analyse(line, "ca"), number=1, repeat=3))
    assert seconds < 0.2
