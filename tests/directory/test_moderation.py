"""The directory is moderated like pages: editors write drafts, moderators publish, citizens see what is live."""

import html
import re
from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import WorkflowState

from directory.models import HelpChannel, Office, Organisation
from directory.templatetags.directory_tags import help_channels
from tests import factories as f
from tests.factories import group_member

moderation = import_module("directory.migrations.0003_drafts_and_moderation")

pytestmark = pytest.mark.django_db

CHANNELS = "/admin/snippets/directory/helpchannel/"
NEW_CHANNEL = {
    "kind": "chat",
    "title": "Xat amb el 012",
    "description": "Et responem per escrit.",
    "link_url": "https://xat.gencat.cat/",
    "link_text": "",
    "hours": "",
    "sort_order": "5",
}


@pytest.fixture
def editor(django_user_model):
    return group_member("editora", "Editors")


@pytest.fixture
def moderator(django_user_model):
    return group_member("moderadora", "Moderators")


def add_channel(client, user, **action):
    client.force_login(user)
    response = client.post(f"{CHANNELS}add/?locale=ca", {**NEW_CHANNEL, **action})
    assert response.status_code == 302, response.content.decode()[:2000]
    return HelpChannel.objects.get(title=NEW_CHANNEL["title"])


def text(response):
    return html.unescape(response.content.decode())


def footer(client, site_tree):
    client.logout()
    return client.get(site_tree.home.url).content.decode()


# Drafts, the workflow and publishing


def test_a_help_channel_an_editor_adds_is_a_draft_citizens_do_not_see(client, site_tree, editor):
    channel = add_channel(client, editor)
    assert not channel.live
    assert "Xat amb el 012" not in footer(client, site_tree)


def test_an_editor_cannot_publish_a_help_channel(client, site_tree, editor):
    channel = add_channel(client, editor, **{"action-publish": "action-publish"})
    assert not channel.live
    assert "Xat amb el 012" not in footer(client, site_tree)


def test_an_editor_submits_a_help_channel_to_the_moderators_who_publish_it(
    client, site_tree, editor, moderator
):
    channel = add_channel(client, editor, **{"action-submit": "action-submit"})
    state = channel.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Moderators approval"
    assert "Xat amb el 012" not in footer(client, site_tree)

    channel.current_workflow_task_state.approve(user=moderator)

    channel.refresh_from_db()
    assert channel.live
    assert "Xat amb el 012" in footer(client, site_tree)


def test_a_moderator_publishes_a_help_channel_at_once(client, site_tree, moderator):
    channel = add_channel(client, moderator, **{"action-publish": "action-publish"})
    assert channel.live
    assert "Xat amb el 012" in footer(client, site_tree)


def test_editors_are_offered_to_submit_and_moderators_to_publish(client, site_tree, editor, moderator):
    def actions(user):
        client.force_login(user)
        page = client.get(f"{CHANNELS}edit/{HelpChannel.objects.get().pk}/").content.decode()
        return set(re.findall(r'name="(action-[a-z-]+)"', page))

    assert actions(editor) == {"action-submit"}  # beside "Save draft", the form's own button
    assert actions(moderator) == {"action-submit", "action-publish"}


def test_a_draft_change_to_a_published_channel_leaves_citizens_the_published_text(client, site_tree, editor):
    channel = HelpChannel.objects.get()
    client.force_login(editor)
    edited = {**NEW_CHANNEL, "kind": channel.kind, "title": "Truca'ns quan vulguis"}
    assert client.post(f"{CHANNELS}edit/{channel.pk}/", edited).status_code == 302
    channel.refresh_from_db()
    assert channel.live and channel.has_unpublished_changes
    assert channel.get_latest_revision_as_object().title == "Truca'ns quan vulguis"
    page = footer(client, site_tree)
    assert "Truca al 012" in page and "Truca'ns quan vulguis" not in page


def test_the_preview_of_a_help_channel_shows_the_help_as_it_will_be_once_published(client, site_tree, editor):
    channel = HelpChannel.objects.get()
    f.HelpChannelFactory(kind="in_person", title="Ves a una oficina", sort_order=1)
    client.force_login(editor)
    url = reverse(HelpChannel.snippet_viewset.get_url_name("preview_on_edit"), args=[channel.pk])
    edited = {**NEW_CHANNEL, "kind": channel.kind, "title": "Truca'ns quan vulguis"}
    assert client.post(url, edited).json()["is_valid"]
    page = text(client.get(url))
    assert '<html lang="ca">' in page
    assert "Truca'ns quan vulguis" in page and "Ves a una oficina" in page and "Truca al 012" not in page


def test_editors_may_not_delete_a_published_entry_but_moderators_may(client, site_tree, editor, moderator):
    channel = HelpChannel.objects.get()
    client.force_login(editor)
    assert client.post(f"{CHANNELS}delete/{channel.pk}/").status_code == 302
    assert HelpChannel.objects.filter(pk=channel.pk).exists()
    client.force_login(moderator)
    assert client.post(f"{CHANNELS}delete/{channel.pk}/").status_code == 302
    assert not HelpChannel.objects.filter(pk=channel.pk).exists()


def test_an_editor_may_delete_a_draft(client, site_tree, editor):
    channel = add_channel(client, editor)
    assert client.post(f"{CHANNELS}delete/{channel.pk}/").status_code == 302
    assert not HelpChannel.objects.filter(pk=channel.pk).exists()


def test_an_editor_may_not_bulk_delete_published_entries(client, site_tree, editor):
    channel = HelpChannel.objects.get()
    client.force_login(editor)
    url = f"/admin/bulk/directory/helpchannel/delete/?next={CHANNELS}&id={channel.pk}"
    assert client.post(url).status_code == 302
    assert HelpChannel.objects.filter(pk=channel.pk).exists()


def test_the_listing_says_which_entries_are_drafts(client, site_tree, editor):
    add_channel(client, editor)
    with translation.override("en"):
        page = client.get(CHANNELS, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Xat amb el 012" in page
    assert page.count("w-status--primary") == 1  # the draft; the published channel shows "Live"


# What citizens see


def test_help_channels_are_shown_in_catalan_until_their_translation_is_published(site_tree, locales):
    channel = HelpChannel.objects.get()
    spanish = channel.copy_for_translation(locales["es"])
    spanish.title, spanish.live = "Llama al 012", False
    spanish.save()
    with translation.override("es"):
        assert [c.title for c in help_channels()] == ["Truca al 012"]
        HelpChannel.objects.filter(pk=spanish.pk).update(live=True)
        assert [c.title for c in help_channels()] == ["Llama al 012"]


def test_an_untranslated_channel_is_shown_beside_the_translated_ones(site_tree, locales):
    first = HelpChannel.objects.get()
    spanish = first.copy_for_translation(locales["es"])
    spanish.title = "Llama al 012"
    spanish.save()
    f.HelpChannelFactory(kind="in_person", title="Ves a una oficina", sort_order=1)
    with translation.override("es"):
        channels = help_channels()
    assert [(c.title, c.locale.language_code) for c in channels] == [
        ("Llama al 012", "es"),
        ("Ves a una oficina", "ca"),
    ]


def test_a_procedure_shows_only_a_published_organisation_and_offices(client, site_tree):
    page = text(client.get(site_tree.birth.url))
    assert "Registre Civil" in page and "Oficina d'Atenció Ciutadana" in page
    Organisation.objects.filter(pk=site_tree.state.pk).update(live=False)
    Office.objects.filter(pk=site_tree.office.pk).update(live=False)

    page = text(client.get(site_tree.birth.url))
    assert "Registre Civil" not in page
    assert "Oficina d'Atenció Ciutadana" not in page
    assert "Registre Civil" not in text(client.get(site_tree.life_event.url))


def test_a_draft_content_owner_is_not_named(client, site_tree):
    owner = f.OrganisationFactory(name="Equip de continguts")
    page = site_tree.content_page
    page.content_owner = owner
    page.save_revision().publish()
    assert "Equip de continguts" in client.get(page.url).content.decode()
    Organisation.objects.filter(pk=owner.pk).update(live=False)
    assert "Equip de continguts" not in client.get(page.url).content.decode()


def test_a_link_of_a_journey_step_names_only_a_published_organisation(client, site_tree):
    organisation = f.OrganisationFactory(name="Seguretat Social")
    life_event = site_tree.life_event
    journey = life_event.journey.raw_data
    journey[0]["value"]["links"] = [
        {
            "type": "item",
            "id": "8d8c3c1e-3f7a-4a51-9a0c-3b1f2c6d7e80",
            "value": {"title": "Prestació", "url": "https://seg-social.es/", "organisation": organisation.pk},
        }
    ]
    life_event.journey = journey
    life_event.save_revision().publish()
    assert "Seguretat Social" in client.get(life_event.url).content.decode()
    Organisation.objects.filter(pk=organisation.pk).update(live=False)
    assert "Seguretat Social" not in client.get(life_event.url).content.decode()


# The migration


def test_entries_that_existed_before_moderation_are_published():
    channel = f.HelpChannelFactory()
    HelpChannel.objects.filter(pk=channel.pk).update(live=False, first_published_at=None)
    moderation.publish_existing_entries(apps, None)
    channel.refresh_from_db()
    assert channel.live and channel.first_published_at is not None


def test_moderators_publish_the_directory_and_editors_go_through_the_workflow():
    editors, moderators = Group.objects.get(name="Editors"), Group.objects.get(name="Moderators")
    for model in (Organisation, Office, HelpChannel):
        codename = f"publish_{model._meta.model_name}"
        assert moderators.permissions.filter(codename=codename).exists()
        assert not editors.permissions.filter(codename=codename).exists()
        assert model.get_default_workflow().name == "Moderators approval"
