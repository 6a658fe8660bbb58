"""The glossary of jargon ships seeded in every language and editors keep it in the admin."""

import pytest

from plain_language.glossary import GlossaryTerm
from plain_language.readability import analyse

MINIMUM_TERMS = {"ca": 60, "es": 40, "en": 30, "oc": 20}


@pytest.mark.django_db
@pytest.mark.parametrize("language, minimum", MINIMUM_TERMS.items())
def test_glossary_is_seeded_with_real_jargon_in_every_language(language, minimum):
    terms = GlossaryTerm.objects.filter(locale__language_code=language)
    assert terms.count() >= minimum
    assert all(term.plain.strip() for term in terms)


@pytest.mark.django_db
def test_seeded_glossary_flags_catalan_jargon_with_its_plain_alternative():
    glossary = GlossaryTerm.for_language("ca")
    analysis = analyse("Has de sol·licitar la prestació i adjuntar el DNI.", "ca", glossary)
    suggestions = " ".join(str(issue.suggestion) for issue in analysis.issues if issue.kind == "jargon")
    assert "demanar" in suggestions


@pytest.mark.django_db
def test_editors_find_the_glossary_in_the_admin(client, django_user_model):
    editor = django_user_model.objects.create_superuser("editora", "e@example.org", "secret")
    client.force_login(editor)
    response = client.get("/admin/snippets/plain_language/glossaryterm/", {"locale": "ca"})
    assert response.status_code == 200
    assert "acreditar" in response.content.decode()


@pytest.mark.django_db
def test_editors_and_moderators_may_edit_the_glossary(django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("e", "e@example.org", "secret")
    editor.groups.add(Group.objects.get(name="Editors"))
    assert editor.has_perm("plain_language.change_glossaryterm")
    assert editor.has_perm("plain_language.add_glossaryterm")
