"""Apertium machine translation: every pair, markup kept, one batch, clear errors."""

import io
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from translation import machine_translation as mt

needs_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None,
    reason="Debian's apertium is not installed (apt-get install apertium apertium-spa-cat apertium-oc-ca "
    "apertium-eng-cat)",
)
SOURCE = 'Has de demanar la <b>targeta sanitària</b> al <a href="https://catsalut.gencat.cat/">teu CAP</a>.'
EXPECTED_WORD = {"es": "tarjeta", "oc": "carta", "en": "card"}


def test_every_pair_has_a_route_through_catalan():
    assert mt.modes_for("es", "oc") == ["spa-cat", "ca-oc_aran"]
    assert mt.modes_for("en", "oc") == ["eng-cat", "ca-oc_aran"]
    assert mt.modes_for("ca", "en") == ["cat-eng"]
    with pytest.raises(ValueError, match="cannot translate from 'ca' to 'fr'"):
        mt.modes_for("ca", "fr")


@needs_apertium
@pytest.mark.parametrize("target", ["es", "oc", "en"])
def test_catalan_to_each_language_keeps_bold_and_links(target):
    [translated] = mt.translate_html([SOURCE], "ca", target)
    assert EXPECTED_WORD[target] in translated.lower()
    assert translated.count("<b>") == 1 and "</b>" in translated
    assert '<a href="https://catsalut.gencat.cat/">' in translated


@needs_apertium
@pytest.mark.parametrize(
    "source, text",
    [("es", "Necesitas la tarjeta."), ("en", "You need the card."), ("oc", "As de besonh era carta.")],
)
def test_each_language_to_catalan_and_through_catalan(source, text):
    [catalan] = mt.translate_html([text], source, "ca")
    assert catalan.startswith("Necessites")
    other = "es" if source != "es" else "en"
    [pivoted] = mt.translate_html([text], source, other)
    assert pivoted and "*" not in pivoted


@needs_apertium
def test_a_batch_runs_one_process_per_mode_and_keeps_the_order(monkeypatch):
    calls = []
    real_popen = mt.subprocess.Popen

    def counting_popen(command, **kwargs):
        calls.append(command)
        return real_popen(command, **kwargs)

    monkeypatch.setattr(mt.subprocess, "Popen", counting_popen)
    strings = ["Bon dia.", "Demana cita.", "<i>Gràcies</i> per venir."]
    translated = mt.translate_html(strings, "ca", "es")
    assert [command for command in calls if "-f" in command] == [
        [shutil.which("apertium"), "-u", "-f", "html", "cat-spa"]
    ]
    assert translated[0].startswith("Buen") and "<i>" in translated[2]


def test_a_missing_apertium_names_the_package_to_install(monkeypatch):
    monkeypatch.setattr(mt.shutil, "which", lambda name: None)
    with pytest.raises(mt.ApertiumUnavailable, match="apt-get install apertium apertium-eng-cat"):
        mt.translate_html(["Hola"], "ca", "en")


@needs_apertium
def test_a_missing_pair_names_its_package(monkeypatch):
    monkeypatch.setattr(mt, "installed_modes", lambda executable: frozenset({"cat-spa"}))
    with pytest.raises(mt.ApertiumUnavailable, match="'apertium-oc-ca'"):
        mt.translate_html(["Hola"], "ca", "oc")


@needs_apertium
def test_translate_text_command_prints_html_with_its_markup(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(SOURCE))
    out = io.StringIO()
    call_command("translate_text", "--source", "ca", "--target", "es", "-", stdout=out)
    assert "<b>tarjeta sanitaria</b>" in out.getvalue()


def test_translate_text_command_rejects_an_unsupported_pair(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Hola"))
    with pytest.raises(CommandError, match="cannot translate"):
        call_command("translate_text", "--source", "ca", "--target", "fr", stdout=io.StringIO())


@pytest.fixture
def spanish_translation(site_tree, locales):
    site_tree.birth.copy_for_translation(locales["es"], copy_parents=True)
    source, _created = TranslationSource.get_or_create_from_instance(site_tree.birth)
    return Translation.objects.create(source=source, target_locale=locales["es"])


def machine_translate(client, translation):
    url = reverse("wagtail_localize:machine_translate", args=[translation.id])
    return client.post(f"{url}?next=/admin/")


@needs_apertium
@pytest.mark.django_db
def test_wagtail_localize_machine_translates_a_page_with_apertium(admin_client, spanish_translation):
    response = machine_translate(admin_client, spanish_translation)
    assert response.status_code == 302
    translated = StringTranslation.objects.filter(locale=spanish_translation.target_locale)
    assert translated.exists()
    assert any("trámite" in string.data.lower() for string in translated)
    assert {string.translation_type for string in translated} == {StringTranslation.TRANSLATION_TYPE_MACHINE}


@pytest.mark.django_db
def test_the_editor_gets_a_message_not_an_error_when_apertium_is_missing(
    admin_client, spanish_translation, monkeypatch
):
    monkeypatch.setattr(mt.shutil, "which", lambda name: None)
    response = machine_translate(admin_client, spanish_translation)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    message = [str(message) for message in response.wsgi_request._messages]
    assert any("apt-get install apertium apertium-spa-cat" in text for text in message)
    assert not StringTranslation.objects.exists()
