"""Links in the directory (help channels, organisations, offices) never run script: the admin
refuses them, and one stored before the check existed is shown as text, never as a link."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse

from directory.models import HelpChannel, Office, Organisation
from tests.factories import HelpChannelFactory, OfficeFactory, OrganisationFactory
from tests.hostile_links import good_links, hostile_links

LINK_FIELDS = [
    (HelpChannelFactory, "link_url"),
    (OrganisationFactory, "website"),
    (OfficeFactory, "appointment_url"),
]


@pytest.mark.parametrize(("factory", "field"), LINK_FIELDS)
def test_model_validation_refuses_generated_hostile_links(db, factory, field):
    instance = factory()
    for link in hostile_links(f"directory-{field}", 150):
        setattr(instance, field, link)
        with pytest.raises(ValidationError) as refused:
            instance.full_clean()
        assert field in refused.value.message_dict, repr(link)


@pytest.mark.parametrize(("factory", "field"), LINK_FIELDS)
def test_model_validation_accepts_good_links_however_they_are_typed(db, factory, field):
    instance = factory()
    for link in good_links(f"directory-good-{field}", 50):
        setattr(instance, field, link)
        instance.full_clean()


def add_help_channel(client, link):
    url = reverse(HelpChannel.snippet_viewset.get_url_name("add")) + "?locale=ca"
    data = {"kind": "chat", "title": "Xat", "description": "Parla amb nosaltres.", "sort_order": "1"}
    return client.post(url, {**data, "link_url": link, "link_text": "Obre el xat", "hours": ""})


def test_the_admin_refuses_a_script_link_for_a_help_channel_and_says_what_to_write(admin_client, locales):
    response = add_help_channel(admin_client, "  JaVa\tScRiPt:alert(document.cookie)")

    assert response.status_code == 200
    assert "comenci amb https://" in response.content.decode()  # the admin speaks Catalan by default
    assert not HelpChannel.objects.filter(title="Xat").exists()


def test_the_admin_saves_a_help_channel_with_a_web_address(admin_client, locales):
    add_help_channel(admin_client, "https://web.gencat.cat/ca/contacte/")

    assert HelpChannel.objects.get(title="Xat").link_url == "https://web.gencat.cat/ca/contacte/"


def footer_links(client):
    page = BeautifulSoup(client.get("/ca/search/?q=").content, "html.parser")
    return [link.get("href") for link in page.select(".help-channel a")]


def test_a_script_link_stored_before_the_check_is_not_rendered_as_a_link(client, site_tree):
    HelpChannel.objects.update(link_url="javascript:alert(document.cookie)")
    HelpChannelFactory(title="Web", link_url="https://web.gencat.cat/")

    hrefs = footer_links(client)

    assert "https://web.gencat.cat/" in hrefs
    assert not any("javascript" in (href or "") for href in hrefs)
    assert "Truca al 012" in client.get("/ca/search/?q=").content.decode()


def test_an_organisation_website_stored_unsafe_is_shown_as_its_name_only(client, site_tree):
    Organisation.objects.filter(pk=site_tree.birth.organisation_id).update(website="vbscript:msgbox(1)")

    page = BeautifulSoup(client.get(site_tree.birth.url).content, "html.parser")

    assert "vbscript" not in str(page)
    assert page.find(string="Registre Civil")


def test_office_appointment_links_take_a_page_of_this_site(db):
    office = OfficeFactory(appointment_url="/ca/cita-previa/")
    office.full_clean()
    assert Office.objects.get(pk=office.pk).appointment_url == "/ca/cita-previa/"
