"""The shipped glossary is data loaded on every deploy; terms editors already have stay theirs."""

import json

from wagtail.models import Locale

from plain_language.glossary import DATA_DIR, GlossaryTerm


def test_every_shipped_term_is_in_a_new_database(db):
    shipped = {entry["term"] for entry in json.loads((DATA_DIR / "ca.json").read_text(encoding="utf-8"))}
    assert shipped <= set(
        GlossaryTerm.objects.filter(locale__language_code="ca").values_list("term", flat=True)
    )
    assert GlossaryTerm.load_shipped() == 0


def test_loading_adds_missing_terms_and_leaves_an_editors_term_alone(db, tmp_path):
    entries = [
        {"term": "terme de prova", "plain": "mot senzill"},
        {"term": "altre terme", "plain": "un altre"},
    ]
    (tmp_path / "ca.json").write_text(json.dumps(entries), encoding="utf-8")
    catalan = Locale.objects.get(language_code="ca")
    GlossaryTerm.objects.create(locale=catalan, term="altre terme", plain="el de l'editora")

    assert GlossaryTerm.load_shipped(tmp_path) == 1
    assert GlossaryTerm.objects.get(locale=catalan, term="altre terme").plain == "el de l'editora"
    assert GlossaryTerm.objects.get(locale=catalan, term="terme de prova").plain == "mot senzill"
