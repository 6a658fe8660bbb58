"""A procedure says how to do it through each channel that exists for it."""

import pytest
from bs4 import BeautifulSoup

from tests import factories as f


def soup_of(client, page):
    return BeautifulSoup(client.get(page.url).content.decode(), "html.parser")


@pytest.mark.django_db
def test_every_channel_of_a_procedure_is_shown(client, site_tree):
    soup = soup_of(client, site_tree.birth)
    kinds = {section["class"][1] for section in soup.select("section.channel")}
    assert kinds == {
        "channel--online",
        "channel--phone",
        "channel--video-call",
        "channel--in-person",
        "channel--chat",
        "channel--assisted",
    }
    assert soup.select_one(".channel--phone a[href='tel:012']")


@pytest.mark.django_db
def test_online_procedure_has_a_start_now_button_with_what_you_need(client, site_tree):
    soup = soup_of(client, site_tree.birth)
    button = soup.select_one("a.button--start")
    # Through the click counter (feedback.clicks), which leads to the procedure's own address.
    assert client.get(button["href"])["Location"] == "https://example.gencat.cat/tramit"
    assert "idCAT Mòbil" in soup.select_one(".start-now").get_text()


@pytest.mark.django_db
def test_procedure_without_online_channel_has_no_start_button(client, site_tree):
    procedure = f.ProcedurePageFactory(
        parent=site_tree.procedure_index, channels=f.channels("phone", "assisted")
    )
    soup = soup_of(client, procedure)
    assert soup.select_one("a.button--start") is None
    assert soup.select_one("section.channel--assisted")


@pytest.mark.django_db
def test_in_person_channel_lists_offices_with_hours_and_accessibility(client, site_tree):
    office = soup_of(client, site_tree.birth).select_one(".channel--in-person .office")
    text = office.get_text(" ", strip=True)
    assert site_tree.office.name in text
    assert "Carrer Major, 1" in text
    assert "Dijous, de 16 a 18 h" in text
    assert "bucle magnètic" in text


@pytest.mark.django_db
def test_procedure_of_another_administration_says_who_runs_it_and_links_out(client, site_tree):
    soup = soup_of(client, site_tree.birth)
    notice = soup.select_one(".notice--external")
    assert notice and "Registre Civil" in notice.get_text()
    assert site_tree.birth.runs_elsewhere


@pytest.mark.django_db
def test_procedure_of_this_government_has_no_external_notice(client, site_tree):
    assert not site_tree.registration.runs_elsewhere
    assert soup_of(client, site_tree.registration).select_one(".notice--external") is None


@pytest.mark.django_db
def test_life_event_step_lists_the_channels_of_each_procedure(client, site_tree):
    soup = soup_of(client, site_tree.life_event)
    summary = soup.select_one("#pas-1 .procedure-summary")
    assert "Registre Civil" in summary.get_text()
    assert len(summary.select(".meta .inline-list li")) == 6
