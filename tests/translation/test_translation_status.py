"""Translation states follow the source, a reviewer can vouch for a machine translation, and
citizens are told when a page is an unreviewed machine translation."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, PageLogEntry
from wagtail_localize.models import Translation

from life_events.demo_translations import build_po, save_and_publish, source_segments
from tests.conftest import publish
from translation.status import Status, translation_states

NOTE = "A computer translated this page"


def machine_translate(page, locale, translate=lambda text: f"[es] {text}"):
    """Translate a page the way wagtail-localize's machine translation does, with a stand-in engine."""
    source, segments = source_segments(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    texts = {(s.context.path, s.string.data): translate(s.string.data) for s in segments}
    texts.update(
        {(s.context.path, s.string.data): f"{s.string.data}-es" for s in segments if s.context.path == "slug"}
    )
    translation.import_po(build_po(segments, texts), translation_type="machine", tool_name="Apertium")
    save_and_publish(translation)
    return translation


def state(page, language_code):
    page = Page.objects.get(pk=page.pk)  # as the report reads it, fresh from the database
    [found] = [s for s in translation_states([page]) if s.locale.language_code == language_code]
    return found


@pytest.fixture
def spanish(site_tree, locales):
    for parent in (site_tree.home, site_tree.procedure_index):
        machine_translate(parent, locales["es"])
    return machine_translate(site_tree.birth, locales["es"])


def test_a_page_nobody_translated_is_missing(site_tree):
    assert state(site_tree.birth, "oc").status == Status.MISSING


def test_a_machine_translation_waits_for_review(site_tree, spanish):
    found = state(site_tree.birth, "es")
    assert found.status == Status.MACHINE
    assert found.total == found.translated == found.machine > 0
    assert state(site_tree.birth, "en").status == Status.MISSING


def test_the_citizen_is_told_the_page_is_an_unreviewed_machine_translation(client, site_tree, spanish):
    translated = spanish.get_target_instance()
    html = client.get(translated.url).content.decode()
    assert NOTE in html or "Un ordinador ha tradu" in html or "Un ordenador ha tradu" in html
    assert f'href="{site_tree.birth.url}"' in html, "the note links to the original"
    assert NOTE not in client.get(site_tree.birth.url).content.decode()


def test_marking_as_reviewed_turns_the_strings_into_the_reviewers(
    admin_client, admin_user, site_tree, spanish
):
    response = admin_client.post(
        f"/admin/reports/translations/{spanish.pk}/reviewed/", {"next": "/admin/reports/translations/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/reports/translations/"
    found = state(site_tree.birth, "es")
    assert (found.status, found.machine) == (Status.REVIEWED, 0)
    target = spanish.get_target_instance()
    assert PageLogEntry.objects.filter(
        page=target, action="content.translation_reviewed", user=admin_user
    ).exists()
    html = admin_client.get(target.url).content.decode()
    assert "notice--machine" not in html


def test_only_people_who_can_edit_the_page_mark_it_reviewed(client, site_tree, spanish):
    visitor = get_user_model().objects.create_user("visitor", password="x", is_staff=True)
    client.force_login(visitor)
    assert client.post(f"/admin/reports/translations/{spanish.pk}/reviewed/").status_code in (302, 403)
    assert state(site_tree.birth, "es").status == Status.MACHINE
    assert client.get(f"/admin/reports/translations/{spanish.pk}/reviewed/").status_code in (302, 405)


def test_the_state_follows_edits_of_the_source(admin_client, site_tree, spanish):
    admin_client.post(f"/admin/reports/translations/{spanish.pk}/reviewed/")
    assert state(site_tree.birth, "es").status == Status.REVIEWED

    site_tree.birth.summary = "Un resum nou que encara no té traducció."
    publish(site_tree.birth)
    assert state(site_tree.birth, "es").status == Status.OUTDATED, "published after the last sync"

    spanish.source.update_from_db()
    found = state(site_tree.birth, "es")
    assert found.status == Status.OUTDATED and found.translated == found.total - 1, (
        "one new string to translate"
    )

    machine_translate(site_tree.birth, spanish.target_locale)
    assert state(site_tree.birth, "es").status == Status.MACHINE, "the new string is the machine's"


def test_a_hand_made_copy_is_reviewed_until_the_source_is_published_again(site_tree, translate):
    translate(site_tree.health_card, "en", title="Health card")
    assert state(site_tree.health_card, "en").status == Status.REVIEWED
    publish(site_tree.health_card)
    assert state(site_tree.health_card, "en").status == Status.OUTDATED


def test_the_report_lists_each_page_in_each_language_and_exports_it(admin_client, site_tree, spanish):
    html = admin_client.get("/admin/reports/translations/").content.decode()
    assert site_tree.birth.title in html
    assert f"/admin/reports/translations/{spanish.pk}/reviewed/" in html, (
        "a machine translation offers the review"
    )

    only_machine = admin_client.get("/admin/reports/translations/?status=machine").content.decode()
    assert site_tree.birth.title in only_machine and site_tree.registration.title not in only_machine

    response = admin_client.get("/admin/reports/translations/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    [birth] = [row for row in rows if row[0] == site_tree.birth.title]
    assert len(rows[0]) == 5, "title, address and one column per other language"
    assert len(set(birth[2:])) == 2, "machine-translated in Spanish, missing in the others"
