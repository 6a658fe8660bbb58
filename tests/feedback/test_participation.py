"""Testing spaces: beta services with a survey, the citizen panel, and the privacy page."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from feedback.models import BetaService, PanelMember, SurveyField, SurveyPage

pytestmark = pytest.mark.django_db
PANEL = "/ca/citizen-panel/"


@pytest.fixture
def survey(site_tree):
    page = SurveyPage(title="Enquesta", slug="enquesta")
    site_tree.home.add_child(instance=page)
    SurveyField.objects.create(
        page=page, label="Què en penses?", field_type="multiline", clean_name="que_en_penses"
    )
    page.save_revision().publish()
    return page


def test_a_beta_page_shows_a_banner_that_leads_to_its_survey(site_tree, survey, client):
    assert "beta-banner" not in client.get(site_tree.birth.url).content.decode()
    BetaService.objects.create(page=site_tree.birth, survey=survey)
    html = client.get(site_tree.birth.url).content.decode()
    assert 'class="beta-banner"' in html and f'href="{survey.url}"' in html


def test_the_banner_goes_when_the_page_is_no_longer_beta(site_tree, survey, client):
    beta = BetaService.objects.create(page=site_tree.birth, survey=survey)
    assert 'class="beta-banner"' in client.get(site_tree.birth.url).content.decode()
    beta.delete()
    assert "beta-banner" not in client.get(site_tree.birth.url).content.decode()


def test_survey_answers_are_stored_scrubbed_of_personal_data(survey, client):
    response = client.post(survey.url, {"que_en_penses": "Molt bé, truqueu-me al 612 34 56 78"})
    assert response.status_code == 200
    assert FormSubmission.objects.get().get_data()["que_en_penses"] == "Molt bé, truqueu-me al [phone]"


def sign_up(client, email="anna@example.cat", **extra):
    return client.post(PANEL, {"email": email, "consent": "on", **extra})


def links_in(message):
    return re.findall(r"http://testserver(/\S+)", message.body)


def test_joining_needs_explicit_consent(site_tree, client):
    response = client.post(PANEL, {"email": "anna@example.cat"})
    assert response.status_code == 400
    assert not PanelMember.objects.exists() and not mail.outbox


def test_a_member_counts_only_after_confirming_by_email_and_a_visit_to_the_link_confirms_nobody(
    site_tree, client
):
    assert sign_up(client).status_code == 200
    member = PanelMember.objects.get()
    assert member.confirmed is None
    confirm_link, leave_link = links_in(mail.outbox[0])
    client.get(confirm_link)  # a mail program checking the link
    member.refresh_from_db()
    assert member.confirmed is None
    client.post(confirm_link)
    member.refresh_from_db()
    assert member.confirmed is not None


def test_the_leave_link_erases_the_member(site_tree, client):
    sign_up(client)
    _confirm, leave_link = links_in(mail.outbox[0])
    client.post(leave_link)
    assert not PanelMember.objects.exists()


@pytest.mark.parametrize("token", ["x", "abc:def", "a" * 300])
def test_forged_links_confirm_and_erase_nobody(site_tree, client, token):
    sign_up(client)
    assert client.post(f"{PANEL}confirm/{token}/").status_code == 404
    assert client.post(f"{PANEL}leave/{token}/").status_code == 404
    assert PanelMember.objects.get().confirmed is None


def test_a_second_sign_up_tells_nothing_about_who_is_in(site_tree, client):
    first = sign_up(client).content
    second = sign_up(client).content
    assert first == second
    assert PanelMember.objects.count() == 1


def test_the_honeypot_keeps_robots_out_of_the_panel(site_tree, client):
    sign_up(client, website="http://spam.example")
    assert not PanelMember.objects.exists() and not mail.outbox


def test_only_people_with_a_permission_on_the_panel_see_it(site_tree, client, django_user_model):
    PanelMember.objects.create(email="anna@example.cat", language="ca")
    editor = django_user_model.objects.create_user("editor-x", password="pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    listing = "/admin/snippets/feedback/panelmember/"
    assert client.get(listing).status_code in (302, 403)
    editor.user_permissions.add(Permission.objects.get(codename="view_panelmember"))
    response = client.get(listing)
    assert response.status_code == 200 and "anna@example.cat" in response.content.decode()
    export = client.get(listing, {"export": "csv"})
    assert "anna@example.cat" in b"".join(export.streaming_content).decode()


def test_every_page_links_to_the_privacy_page_which_says_what_is_kept(site_tree, client):
    html = client.get(site_tree.birth.url).content.decode()
    assert 'href="/ca/privacy/"' in html
    assert client.get("/ca/privacy/").status_code == 200
