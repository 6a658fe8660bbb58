"""Views, link clicks and search clicks, counted without cookies and without personal data."""

import datetime
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.utils import timezone

from feedback.counting import counter_cache, counter_key, flush_page_views_now
from feedback.models import LinkClickDay, PageViewDay, SearchClickDay
from search.indexing import rebuild
from tests.hostile_links import hostile_links

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"
ONLINE = "https://seu.example.cat/tramit"


def test_a_view_is_counted_in_the_cache_and_writes_nothing_to_the_database(
    site_tree, client, django_assert_num_queries
):
    client.get(site_tree.birth.url, HTTP_USER_AGENT=BROWSER)
    assert counter_cache().get(counter_key(site_tree.birth.pk, timezone.localdate())) == 1
    assert not PageViewDay.objects.exists()


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "curl/8.5.0",
        "python-requests/2.32",
        "HeadlessChrome/120",
    ],
)
def test_robots_and_scripts_are_not_counted(site_tree, client, agent):
    client.get(site_tree.birth.url, HTTP_USER_AGENT=agent)
    assert not counter_cache().get(counter_key(site_tree.birth.pk, timezone.localdate()))


def test_the_flush_adds_the_counters_to_the_daily_table_and_empties_them(site_tree, client):
    for _ in range(3):
        client.get(site_tree.birth.url, HTTP_USER_AGENT=BROWSER)
    client.get(site_tree.life_event.url, HTTP_USER_AGENT=BROWSER)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    counter_cache().set(counter_key(site_tree.birth.pk, yesterday), 5)
    assert flush_page_views_now() == 9
    views = {(row.page_id, row.date): row.views for row in PageViewDay.objects.all()}
    today = timezone.localdate()
    assert views == {
        (site_tree.birth.pk, today): 3,
        (site_tree.life_event.pk, today): 1,
        (site_tree.birth.pk, yesterday): 5,
    }
    # A second flush adds nothing; views counted after the first add to the same row.
    assert flush_page_views_now() == 0
    client.get(site_tree.birth.url, HTTP_USER_AGENT=BROWSER)
    call_command("flush_page_views")
    assert PageViewDay.objects.get(page=site_tree.birth, date=today).views == 4


def go(client, page, to, **headers):
    return client.get("/feedback/go/?" + urlencode({"page": page.pk, "to": to}), **headers)


@pytest.fixture
def procedure(site_tree):
    """The birth procedure, whose online channel is ONLINE."""
    page = site_tree.birth
    channels = page.channels.get_prep_value()
    for channel in channels:
        if channel["type"] == "online":
            channel["value"]["url"] = ONLINE
    page.channels = channels
    page.save_revision().publish()
    return page


def test_start_now_goes_through_the_counter_to_the_published_link(procedure, client):
    html = client.get(procedure.url).content.decode()
    assert "/feedback/go/?page=" in html
    response = go(client, procedure, ONLINE, HTTP_USER_AGENT=BROWSER)
    assert (response.status_code, response["Location"]) == (302, ONLINE)
    click = LinkClickDay.objects.get()
    assert (click.page_id, click.url, click.start_now, click.clicks) == (procedure.pk, ONLINE, True, 1)
    go(client, procedure, ONLINE, HTTP_USER_AGENT=BROWSER)
    assert LinkClickDay.objects.get().clicks == 2


def test_a_link_only_in_a_draft_is_not_followed(procedure, client):
    channels = procedure.channels.get_prep_value()
    channels[0]["value"]["url"] = "https://draft.example.cat/"
    procedure.channels = channels
    procedure.save_revision()  # not published
    assert go(client, procedure, "https://draft.example.cat/").status_code == 404


def test_unknown_and_hostile_links_are_refused_never_redirected(procedure, site_tree, client):
    refused = [
        "https://evil.example/",
        ONLINE + "/../evil",
        ONLINE.upper(),
        "//evil.example",
        "",
        *hostile_links(seed=19, count=40),
    ]
    for to in refused:
        response = go(client, procedure, to)
        assert response.status_code == 404, to
    # The right link with a page it is not on, or no page at all.
    assert go(client, site_tree.content_page, ONLINE).status_code == 404
    assert client.get("/feedback/go/?" + urlencode({"to": ONLINE})).status_code == 404
    assert client.get("/feedback/go/?" + urlencode({"page": "x", "to": ONLINE})).status_code == 404
    assert not LinkClickDay.objects.exists()


@pytest.fixture
def indexed(site_tree):
    rebuild()
    return site_tree


def test_a_search_click_stores_the_scrubbed_query_the_result_and_its_position(indexed, client):
    html = client.get("/ca/search/", {"q": "naixement 12345678Z"}).content.decode()
    assert "/feedback/result/?key=page" in html
    params = {"key": f"page:{indexed.birth.pk}", "position": 2, "q": "naixement 12345678Z", "lang": "ca"}
    response = client.get("/feedback/result/", params, HTTP_USER_AGENT=BROWSER)
    assert response["Location"] == indexed.birth.url
    click = SearchClickDay.objects.get()
    assert (click.query, click.page_id, click.position, click.clicks) == (
        "naixement [id]",
        indexed.birth.pk,
        2,
        1,
    )


@pytest.mark.parametrize(
    "params",
    [
        {"key": "page:999999", "position": "1"},
        {"key": "page:1", "position": "1"},
        {"key": "service:999:ca", "position": "1"},
        {"key": "https://evil.example", "position": "1"},
        {"key": "PAGE", "position": "0"},
        {"key": "PAGE", "position": "-1"},
        {"key": "PAGE", "position": "x"},
        {"key": "PAGE", "position": "100000"},
    ],
)
def test_a_search_click_on_anything_but_a_result_is_refused(indexed, client, params):
    params = {
        key: (f"page:{indexed.birth.pk}" if value == "PAGE" else value) for key, value in params.items()
    }
    assert client.get("/feedback/result/", {**params, "q": "naixement"}).status_code == 404
    assert not SearchClickDay.objects.exists()
