"""Best bets (promoted search results) link only to safe places: the admin refuses script links
and other schemes, and one stored before that is never offered to citizens or other channels."""

import pytest
from bs4 import BeautifulSoup
from django.urls import resolve, reverse
from wagtail.contrib.search_promotions.forms import SearchPromotionForm
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from portal.links import is_safe_link
from search.best_bets import SafeLinkSearchPromotionForm
from tests.hostile_links import hostile_links

SCRIPT = "javascript:alert(document.cookie)"


def promotion_data(link, text="Tràmits en línia"):
    return {
        "query_string": "tramits",
        "editors_picks-TOTAL_FORMS": "1",
        "editors_picks-INITIAL_FORMS": "0",
        "editors_picks-MIN_NUM_FORMS": "0",
        "editors_picks-MAX_NUM_FORMS": "1000",
        "editors_picks-0-page": "",
        "editors_picks-0-external_link_url": link,
        "editors_picks-0-external_link_text": text,
        "editors_picks-0-description": "",
        "editors_picks-0-ORDER": "1",
        "editors_picks-0-DELETE": "",
    }


def test_wagtails_addresses_for_adding_and_editing_best_bets_reach_the_stricter_views():
    assert resolve(reverse("wagtailsearchpromotions:add")).url_name == "search_best_bets_add"
    assert resolve(reverse("wagtailsearchpromotions:edit", args=[1])).url_name == "search_best_bets_edit"


@pytest.mark.parametrize("link", ["ftp://files.example.org/", "http://web.gencat.cat/\\..\\"])
def test_the_admin_refuses_a_best_bet_link_that_django_url_fields_take(admin_client, link):
    assert "external_link_url" not in SearchPromotionForm({"external_link_url": link}).errors

    response = admin_client.post(reverse("wagtailsearchpromotions:add"), promotion_data(link))

    assert response.status_code == 200
    assert "comenci amb https://" in response.content.decode()  # the admin speaks Catalan by default
    assert not SearchPromotion.objects.exists()


def test_the_best_bet_form_refuses_generated_hostile_links_or_keeps_only_a_web_address():
    for link in hostile_links("best-bets", 300):
        form = SafeLinkSearchPromotionForm({"external_link_url": link, "external_link_text": "x"})
        form.is_valid()
        # Django's URL field reads "//host" as "http://host": an ordinary web address.
        kept = form.cleaned_data.get("external_link_url")
        assert "external_link_url" in form.errors or is_safe_link(kept) and kept.startswith("http"), repr(
            link
        )


def test_the_admin_saves_a_best_bet_with_a_web_address(admin_client):
    response = admin_client.post(
        reverse("wagtailsearchpromotions:add"), promotion_data("https://web.gencat.cat/ca/tramits/")
    )

    assert response.status_code == 302
    assert SearchPromotion.objects.get().external_link_url == "https://web.gencat.cat/ca/tramits/"


def test_a_best_bet_stored_with_a_script_link_is_never_offered(client, site_tree):
    query = Query.get("tramits")
    SearchPromotion.objects.create(
        query=query, external_link_url=SCRIPT, external_link_text="Mal", sort_order=0
    )
    SearchPromotion.objects.create(
        query=query, external_link_url="https://web.gencat.cat/", external_link_text="Bé", sort_order=1
    )

    page = client.get("/ca/search/?q=tramits").content.decode()
    api = client.get("/api/search/?q=tramits&lang=ca").json()

    assert "javascript" not in page and "Mal" not in page and "Bé" in page
    assert [bet["url"] for bet in api["best_bets"]] == ["https://web.gencat.cat/"]


def test_a_service_stored_with_a_script_link_is_listed_without_the_link(
    client, site_tree, django_capture_on_commit_callbacks
):
    from search.models import ExternalService

    with django_capture_on_commit_callbacks(execute=True):
        ExternalService.objects.create(
            source="dgt",
            identifier="itv",
            publisher="DGT",
            organisation="Direcció General de Trànsit",
            administration="state",
            url=" JavaScript:alert(document.cookie)",
            title={"ca": "Inspecció tècnica de vehicles"},
        )

    page = BeautifulSoup(client.get("/ca/search/", {"q": "inspecció vehicles"}).content, "html.parser")

    title = page.select_one(".search-result--external .search-result__title a")
    assert "Inspecció tècnica de vehicles" in title.get_text()
    assert not title.has_attr("href")
