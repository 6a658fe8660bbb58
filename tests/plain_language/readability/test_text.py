from plain_language.readability import analyse
from plain_language.readability.languages import ANALYSERS
from plain_language.readability.text import split, to_plain_text


def sentences(text, language):
    analyser = ANALYSERS[language]
    return [text[s.start : s.end] for s in split(text, analyser.is_abbreviation, analyser.core)]


def words(text, language):
    analyser = ANALYSERS[language]
    return [w.text for s in split(text, analyser.is_abbreviation, analyser.core) for w in s.words]


def test_catalan_abbreviations_do_not_end_sentences():
    text = "El Sr. Puig viu a la pl. Major, núm. 5. Porta documents, p. ex. el DNI. Vine demà."
    assert sentences(text, "ca") == [
        "El Sr. Puig viu a la pl. Major, núm. 5.",
        "Porta documents, p. ex. el DNI.",
        "Vine demà.",
    ]


def test_etc_ends_a_sentence_only_before_a_capital():
    text = "Porta el DNI, el NIE, etc. Després ves a l'oficina amb les fotos, etc. i el formulari."
    assert sentences(text, "ca") == [
        "Porta el DNI, el NIE, etc.",
        "Després ves a l'oficina amb les fotos, etc. i el formulari.",
    ]


def test_spanish_and_english_abbreviations_and_questions():
    assert sentences("La Sra. García vive en la Avda. Diagonal. ¿Vienes? Sí.", "es") == [
        "La Sra. García vive en la Avda. Diagonal.",
        "¿Vienes?",
        "Sí.",
    ]
    assert sentences("Mr. Smith lives at No. 5 Main St. in London. He said no. See e.g. the form.", "en") == [
        "Mr. Smith lives at No. 5 Main St. in London.",
        "He said no.",
        "See e.g. the form.",
    ]


def test_catalan_apostrophes_hyphens_and_middle_dot_stay_inside_one_word():
    assert words("L'home d'aquí, dóna-m'ho al col·legi o al col.legi.", "ca") == [
        "L'home",
        "d'aquí",
        "dóna-m'ho",
        "al",
        "col·legi",
        "o",
        "al",
        "col.legi",
    ]


def test_core_word_drops_elided_articles_and_enclitics():
    core = ANALYSERS["ca"].core
    assert [core(w) for w in ("l'home", "d'Aquí", "dóna-m'ho", "inscriure's", "n'hi")] == [
        "home",
        "aquí",
        "dóna",
        "inscriure",
        "hi",
    ]
    assert ANALYSERS["oc"].core("qu'ei") == "ei"


def test_html_tags_are_stripped_entities_decoded_and_blocks_end_sentences():
    html = (
        "<h2>Qu&egrave; &eacute;s</h2><p>Pots demanar l&rsquo;ajut <strong>si</strong> tens fills.<br>"
        "Ho pots fer en línia</p><ul><li>Primer pas</li><li>Segon pas</li></ul><script>var x = '<p>';</script>"
    )
    plain = to_plain_text(html)
    assert plain == "Què és\nPots demanar l’ajut si tens fills.\nHo pots fer en línia\nPrimer pas\nSegon pas"
    assert analyse(html, "ca").metrics["sentences"] == 5


def test_plain_text_input_is_kept_and_newlines_end_sentences():
    assert to_plain_text("  Primer pas\nSegon pas  ") == "Primer pas\nSegon pas"
    assert sentences("Primer pas\nSegon pas", "ca") == ["Primer pas", "Segon pas"]


def test_issue_offsets_point_into_the_plain_text_of_html_input():
    html = "<p>Hola.</p><p>Heu de <em>sol·licitar</em> l&#39;ajut dins del <b>termini</b> establert.</p>"
    analysis = analyse(html, "ca", [("sol·licitar", "demanar", ""), ("termini", "temps", "")])
    assert [issue.text for issue in analysis.issues] == ["sol·licitar", "termini"]
    for issue in analysis.issues:
        assert analysis.plain_text[issue.start : issue.end] == issue.text
    assert "<" not in analysis.plain_text and "l'ajut" in analysis.plain_text
