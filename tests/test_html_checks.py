"""The HTML checks themselves must catch what they claim to catch."""

from .html_checks import html_problems

GOOD = """<!doctype html><html lang="ca"><head><title>T</title><meta name="viewport" content="x"></head>
<body><a href="#main">Salta</a><header><nav aria-label="Idioma"><a href="/es/" hreflang="es">Español</a></nav></header>
<main id="main"><h1>Títol</h1><h2>Secció</h2><form><label for="q">Cerca</label><input id="q" name="q"></form></main>
<footer><h2>Ajuda</h2></footer></body></html>"""


def test_a_well_formed_page_has_no_problems():
    assert html_problems(GOOD) == []


def test_two_h1_are_reported():
    assert "2 h1 elements instead of one" in html_problems(
        GOOD.replace("<h2>Secció</h2>", "<h1>Un altre</h1>")
    )


def test_skipped_heading_level_is_reported():
    problems = html_problems(GOOD.replace("<h2>Secció</h2>", "<h3>Secció</h3>"))
    assert any("skips from h1 to h3" in problem for problem in problems)


def test_unlabelled_field_is_reported():
    assert "form field 'q' has no label" in html_problems(GOOD.replace('<label for="q">Cerca</label>', ""))


def test_missing_lang_is_reported():
    assert any("lang" in problem for problem in html_problems(GOOD.replace(' lang="ca"', "")))


def test_empty_link_and_duplicate_id_are_reported():
    problems = html_problems(GOOD.replace("<h2>Secció</h2>", '<a href="/x"></a><p id="q"></p>'))
    assert any(problem.startswith("a without text") for problem in problems)
    assert "duplicate id 'q'" in problems


def test_missing_skip_link_is_reported():
    assert "the first link is not a skip link to #main" in html_problems(
        GOOD.replace('<a href="#main">Salta</a>', "")
    )
