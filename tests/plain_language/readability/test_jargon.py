from types import SimpleNamespace

from plain_language.readability import GlossaryEntry, analyse

GLOSSARY = [
    ("sol·licitar", "demanar", "Vol dir demanar una cosa a l'Administració."),
    GlossaryEntry("termini", "temps"),
    {"term": "unitat familiar", "plain": "família"},
    SimpleNamespace(term="tràmit", plain="gestió", explanation=""),
]


def jargon(text, language="ca", glossary=GLOSSARY):
    analysis = analyse(text, language, glossary)
    found = [issue for issue in analysis.issues if issue.kind == "jargon"]
    for issue in found:
        assert analysis.plain_text[issue.start : issue.end] == issue.text
    return found


def test_verbs_match_their_inflections_and_derived_words_by_stem():
    found = jargon("Sol·liciteu l'ajut. Qui el sol·licita? La sol·licitud és en línia. Cal SOL·LICITAR-HO.")
    assert [issue.text for issue in found] == ["Sol·liciteu", "sol·licita", "sol·licitud", "SOL·LICITAR"]


def test_nouns_match_their_plurals_case_and_accent_insensitively():
    found = jargon("El termini s'acaba. Els terminis són curts. Fes el TRÀMIT i els tramits que calgui.")
    assert [issue.text for issue in found] == ["termini", "terminis", "TRÀMIT", "tramits"]


def test_multi_word_terms_match_across_whitespace_and_with_plurals():
    found = jargon("La unitat  familiar compta.\nLes unitats familiars també, i la unitat\nfamiliar.")
    assert [issue.text for issue in found] == ["unitat  familiar", "unitats familiars", "unitat\nfamiliar"]


def test_terms_never_match_inside_a_longer_word():
    assert jargon("Determini les presol·licituds i els subtràmits del teu barri avui mateix.") == []


def test_jargon_suggestion_names_the_plain_word_and_explanation():
    [issue] = jargon("Has de sol·licitar la beca abans de juny.")
    assert str(issue.message) == "“sol·licitar” is jargon."
    assert str(issue.suggestion) == (
        "Write “demanar” instead of “sol·licitar”. Vol dir demanar una cosa a l'Administració."
    )
    [issue] = jargon("Pots allargar el termini una setmana més.")
    assert str(issue.suggestion) == "Write “temps” instead of “termini”."


def test_longer_terms_win_over_the_terms_they_contain():
    glossary = [("presentar", "donar", ""), ("presentar la sol·licitud", "demanar-ho", "")]
    found = jargon("Heu de presentar la sol·licitud abans de l'estiu.", glossary=glossary)
    assert [issue.text for issue in found] == ["presentar la sol·licitud"]


def test_spanish_and_english_inflections():
    found = jargon("Solicitamos la ayuda. La solicitud se envía.", "es", [("solicitar", "pedir", "")])
    assert [issue.text for issue in found] == ["Solicitamos", "solicitud"]
    found = jargon(
        "You applied and she applies. Commencing today, it commenced.",
        "en",
        [
            ("apply", "ask", ""),
            ("commence", "start", ""),
        ],
    )
    assert [issue.text for issue in found] == ["applied", "applies", "Commencing", "commenced"]


def test_jargon_is_counted_in_metrics_and_lowers_the_score():
    text = "Pots sol·licitar l'ajut durant el termini. Omple el formulari a casa teva."
    assert analyse(text, "ca", GLOSSARY).metrics["jargon_count"] == 2
    assert analyse(text, "ca", GLOSSARY).score < analyse(text, "ca").score


def test_empty_glossary_terms_are_ignored():
    assert jargon("Pots demanar l'ajut a l'oficina del barri.", glossary=[("", "res", "")]) == []
