import pytest

from plain_language.readability import analyse, detectors
from plain_language.readability.languages import ANALYSERS
from plain_language.readability.text import split


def passives(text, language):
    analyser = ANALYSERS[language]
    return [
        f"{auxiliary.text} {participle.text}"
        for sentence in split(text, analyser.is_abbreviation, analyser.core)
        for auxiliary, participle in detectors.passive_pairs(sentence, analyser)
    ]


@pytest.mark.parametrize(
    "language,text,expected",
    [
        ("ca", "La sol·licitud serà resolta en un mes.", "serà resolta"),
        ("ca", "Les dades han estat revisades.", "estat revisades"),
        ("ca", "El tràmit va ser aprovat ahir.", "ser aprovat"),
        ("ca", "La resolució serà degudament notificada.", "serà notificada"),
        ("ca", "Els ajuts són concedits per ordre d'arribada.", "són concedits"),
        ("es", "La solicitud será resuelta en un mes.", "será resuelta"),
        ("es", "Ha sido revisada por la oficina.", "sido revisada"),
        ("es", "Los datos son comprobados por la oficina.", "son comprobados"),
        ("en", "The form was sent yesterday.", "was sent"),
        ("en", "Your claim is being processed.", "is processed"),
        ("en", "It has been approved.", "been approved"),
        ("oc", "Era sollicitud serà resolvuda en un mes.", "serà resolvuda"),
        ("oc", "Eth tramit ei aprovat.", "ei aprovat"),
        ("oc", "Es persones son obligades a pagar.", "son obligades"),
    ],
)
def test_passive_voice_is_detected(language, text, expected):
    assert passives(text, language) == [expected]


@pytest.mark.parametrize(
    "language,text",
    [
        ("ca", "És necessari portar el DNI."),
        ("ca", "Aquesta és la Generalitat."),
        ("ca", "Són ajuts per a famílies."),
        ("ca", "És gratuït i el pis és petit."),
        ("ca", "L'Estat ha aprovat la llei."),
        ("ca", "Són certificats oficials."),
        ("es", "Se envía por correo."),
        ("es", "Es rápido y no es nada."),
        ("es", "Es resultado de la ley."),
        ("en", "The car is red."),
        ("en", "She is interested."),
        ("en", "It was a hundred euros."),
        ("oc", "Qu'ei petit."),
        ("oc", "Qu'ei gratuït."),
    ],
)
def test_adjectives_nouns_and_reflexive_se_are_not_passives(language, text):
    assert passives(text, language) == []


def test_passive_issue_spans_the_auxiliary_and_the_participle():
    analysis = analyse("El formulari serà revisat per l'oficina en pocs dies.", "ca")
    [issue] = [issue for issue in analysis.issues if issue.kind == "passive"]
    assert analysis.plain_text[issue.start : issue.end] == issue.text == "serà revisat"
    assert analysis.metrics["passive_count"] == 1


def nominalisations(text, language):
    analyser = ANALYSERS[language]
    sentences = split(text, analyser.is_abbreviation, analyser.core)
    return [word.core for sentence in sentences for word in detectors.nominalisations_in(sentence, analyser)]


def test_nominalisations_are_found_by_suffix_in_each_language():
    assert nominalisations("La tramitació del pagament i la concessió de l'assegurança.", "ca") == [
        "tramitació",
        "pagament",
        "concessió",
        "assegurança",
    ]
    assert nominalisations("La tramitación del procedimiento y la pertinencia.", "es") == [
        "tramitación",
        "procedimiento",
        "pertinencia",
    ]
    assert nominalisations("The submission of the payment and its effectiveness.", "en") == [
        "submission",
        "payment",
        "effectiveness",
    ]
    assert nominalisations("Era tramitacion deth pagament e era esperança.", "oc") == [
        "tramitacion",
        "pagament",
        "esperança",
    ]


def test_common_words_and_adverbs_in_ment_are_not_nominalisations():
    assert nominalisations("Més informació al document de l'ajuntament, en aquest moment.", "ca") == []
    assert nominalisations("Has de pagar prèviament i llegir-ho atentament.", "ca") == []
    assert nominalisations("Paga normalment abans de la data.", "ca") == []
    assert nominalisations("Necesitas información de la ciudad y de tu comunidad.", "es") == []


def test_nominalisations_are_counted_but_only_flagged_in_sentences_with_two_or_more():
    analysis = analyse(
        "Demana la inscripció a l'oficina del teu barri. "
        "La tramitació de la sol·licitud comporta la verificació de la documentació.",
        "ca",
    )
    flagged = [issue.text for issue in analysis.issues if issue.kind == "nominalisation"]
    assert flagged == ["tramitació", "verificació", "documentació"]
    assert analysis.metrics["nominalisation_count"] == 4
    assert analysis.metrics["dense_nominalisation_count"] == 3


def test_nominalisation_issue_highlights_the_word_without_its_elided_article():
    analysis = analyse("Cal l'autorització de residència per arrelament per treballar aquí.", "ca")
    assert [i.text for i in analysis.issues if i.kind == "nominalisation"] == [
        "autorització",
        "residència",
        "arrelament",
    ]
    for issue in analysis.issues:
        assert analysis.plain_text[issue.start : issue.end] == issue.text


def test_long_sentences_over_25_words_get_an_issue_with_the_word_count():
    long = "Paraula " + " ".join(["paraula"] * 25) + "."
    analysis = analyse(f"Frase curta de cinc paraules. {long}", "ca")
    [issue] = [issue for issue in analysis.issues if issue.kind == "long_sentence"]
    assert str(issue.message) == "Divide this sentence of 26 words."
    assert issue.text == long and analysis.metrics["long_sentence_share"] == 0.5


def test_very_long_words_are_flagged_but_not_proper_names():
    analysis = analyse(
        "Cal la documentació d'autoliquidació. La Confederació Hidrogràfica ho revisa avui.", "ca"
    )
    assert [i.text for i in analysis.issues if i.kind == "very_long_word"] == ["autoliquidació"]
