"""Translations are moderated like any page: a new one is a draft that goes through the workflow,
and syncing publishes only for the people who may publish."""

import io

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from directory.models import HelpChannel, Organisation
from life_events.demo_translations import save_and_publish
from life_events.management.commands.load_demo_content import Command as LoadDemoContent
from life_events.models import ProcedurePage
from tests.conftest import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_users(db):
    """The demo's accounts, made as `load_demo_content --with-demo-users` makes them."""
    LoadDemoContent(stdout=io.StringIO(), stderr=io.StringIO()).create_demo_users("secret")
    return {user.username: user for user in get_user_model().objects.all()}


def translate_as(client, user, page, locales, django_capture_on_commit_callbacks):
    """Press "Translate this page" as `user`; wagtail-localize publishes on commit, so commit."""
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk for locale in locales]}
        )
    assert response.status_code == 302, response.content.decode()[:3000]


def translation_of(page, locale):
    return ProcedurePage.objects.get(translation_key=page.translation_key, locale=locale)


def test_translating_a_live_page_makes_drafts_in_every_language(
    client, site_tree, locales, demo_users, django_capture_on_commit_callbacks
):
    targets = [locales[code] for code in ("es", "oc", "en")]
    translate_as(client, demo_users["editor"], site_tree.birth, targets, django_capture_on_commit_callbacks)

    for locale in targets:
        translated = translation_of(site_tree.birth, locale)
        assert not translated.live, locale.language_code
        assert client.get(translated.url).status_code == 404
        organisation = Organisation.objects.get(
            translation_key=site_tree.state.translation_key, locale=locale
        )
        assert not organisation.live, "the organisation it points to is translated as a draft too"


def test_a_new_translation_goes_through_the_workflow_like_any_page(
    client, site_tree, locales, demo_users, django_capture_on_commit_callbacks
):
    translate_as(
        client, demo_users["editor"], site_tree.birth, [locales["es"]], django_capture_on_commit_callbacks
    )
    spanish = translation_of(site_tree.birth, locales["es"])
    submit_url = f"/admin/translation/submit/{spanish.pk}/"
    assert client.get(submit_url).status_code == 200

    assert client.post(submit_url).status_code == 302

    spanish.refresh_from_db()
    state = spanish.current_workflow_state
    assert (state.status, state.requested_by) == (WorkflowState.STATUS_IN_PROGRESS, demo_users["editor"])
    assert not spanish.live
    with django_capture_on_commit_callbacks(execute=True):
        spanish.current_workflow_task_state.approve(user=demo_users["moderator"])
    spanish.refresh_from_db()
    assert spanish.live
    assert client.get(spanish.url).status_code == 200


def test_a_translation_sent_back_for_changes_is_submitted_again(
    client, site_tree, locales, demo_users, django_capture_on_commit_callbacks
):
    translate_as(
        client, demo_users["editor"], site_tree.birth, [locales["es"]], django_capture_on_commit_callbacks
    )
    spanish = translation_of(site_tree.birth, locales["es"])
    submit_url = f"/admin/translation/submit/{spanish.pk}/"
    client.post(submit_url)
    spanish.current_workflow_task_state.reject(user=demo_users["moderator"])
    assert spanish.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    assert client.post(submit_url).status_code == 302

    state = spanish.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert spanish.workflow_states.count() == 1, "the same workflow goes on"


def test_the_page_explorer_offers_a_new_translation_for_moderation(
    client, site_tree, locales, demo_users, django_capture_on_commit_callbacks
):
    translate_as(
        client, demo_users["editor"], site_tree.birth, [locales["es"]], django_capture_on_commit_callbacks
    )
    spanish = translation_of(site_tree.birth, locales["es"])
    explorer = client.get(f"/admin/pages/{spanish.get_parent().pk}/").content.decode()
    assert f"/admin/translation/submit/{spanish.pk}/" in explorer
    explorer = client.get(f"/admin/pages/{site_tree.procedure_index.pk}/").content.decode()
    assert "/admin/translation/submit/" not in explorer, "the Catalan pages are no translations"


def test_translating_a_help_channel_makes_a_draft(
    client, site_tree, locales, demo_users, django_capture_on_commit_callbacks
):
    channel = HelpChannel.objects.get()
    client.force_login(demo_users["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/localize/submit/snippet/directory/helpchannel/{channel.pk}/",
            {"locales": [locales["es"].pk]},
        )
    assert response.status_code == 302
    assert not HelpChannel.objects.get(translation_key=channel.translation_key, locale=locales["es"]).live


def refused(response):
    """Wagtail's admin answers a permission denied with a redirect to its dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_the_workflow_is_offered_only_for_a_translation_not_yet_published(
    client, site_tree, locales, demo_users
):
    spanish = published_spanish_translation(site_tree, locales).get_target_instance()
    client.force_login(demo_users["editor"])
    assert refused(client.post(f"/admin/translation/submit/{spanish.pk}/"))
    assert not spanish.workflow_states.exists()
    client.force_login(demo_users["admin"])
    assert refused(client.get(f"/admin/translation/submit/{site_tree.birth.pk}/")), "not a translation"


def test_translating_a_section_with_its_subtree_makes_drafts_of_every_page(
    client, site_tree, locales, demo_users, django_capture_on_commit_callbacks
):
    client.force_login(demo_users["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/localize/submit/page/{site_tree.procedure_index.pk}/",
            {"locales": [locales["en"].pk], "include_subtree": "on"},
        )
    assert response.status_code == 302
    procedures = [site_tree.birth, site_tree.registration, site_tree.health_card, site_tree.allowance]
    for procedure in procedures:
        assert not translation_of(procedure, locales["en"]).live, procedure.title


def test_translating_a_page_leaves_the_published_translations_it_points_to_alone(
    client, site_tree, locales, demo_users, django_capture_on_commit_callbacks
):
    spanish_organisation = site_tree.state.copy_for_translation(locales["es"])
    spanish_organisation.name = "Registro Civil"
    spanish_organisation.save()
    translate_as(
        client, demo_users["editor"], site_tree.birth, [locales["es"]], django_capture_on_commit_callbacks
    )
    spanish_organisation.refresh_from_db()
    assert spanish_organisation.live and spanish_organisation.name == "Registro Civil"
    assert not spanish_organisation.has_unpublished_changes


# Sync translated pages


def published_spanish_translation(site_tree, locales):
    source, _created = TranslationSource.get_or_create_from_instance(site_tree.birth)
    translation = Translation.objects.create(source=source, target_locale=locales["es"])
    save_and_publish(translation)
    return translation


def retitle_the_catalan_page(site_tree):
    site_tree.birth.title = "Inscripció del nadó"
    publish(site_tree.birth)


def sync_as(client, user, translation, django_capture_on_commit_callbacks, **data):
    client.force_login(user)
    url = f"/admin/localize/update/{translation.source.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_an_editor_is_not_offered_to_publish_when_syncing(client, site_tree, locales, demo_users):
    translation = published_spanish_translation(site_tree, locales)
    client.force_login(demo_users["editor"])
    page = client.get(f"/admin/localize/update/{translation.source.pk}/").content.decode()
    assert 'name="publish_translations"' not in page
    client.force_login(demo_users["moderator"])
    page = client.get(f"/admin/localize/update/{translation.source.pk}/").content.decode()
    assert 'name="publish_translations"' in page


def test_syncing_as_an_editor_publishes_nothing_even_when_asked(
    client, site_tree, locales, demo_users, django_capture_on_commit_callbacks
):
    translation = published_spanish_translation(site_tree, locales)
    retitle_the_catalan_page(site_tree)
    sync_as(
        client,
        demo_users["editor"],
        translation,
        django_capture_on_commit_callbacks,
        publish_translations="on",
    )
    spanish = translation.get_target_instance()
    spanish.refresh_from_db()
    assert spanish.title == "Inscripció del naixement"
    assert spanish.live_revision.as_object().title == "Inscripció del naixement"


def test_syncing_as_a_moderator_may_publish_at_once(
    client, site_tree, locales, demo_users, django_capture_on_commit_callbacks
):
    translation = published_spanish_translation(site_tree, locales)
    retitle_the_catalan_page(site_tree)
    sync_as(
        client,
        demo_users["moderator"],
        translation,
        django_capture_on_commit_callbacks,
        publish_translations="on",
    )
    spanish = translation.get_target_instance()
    spanish.refresh_from_db()
    assert spanish.live and spanish.title == "Inscripció del nadó"
