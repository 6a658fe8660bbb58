"""POST /feedback/: "Is this page useful?" from every public page and the search page."""

import json

import pytest
from django.core.management import call_command
from django.test import override_settings

from feedback.models import PageFeedback
from search.hostile import HostileInput

pytestmark = pytest.mark.django_db


def test_a_yes_is_stored_and_sends_the_visitor_back_to_the_page_with_a_thank_you(
    site_tree, post_feedback, client
):
    page = site_tree.birth
    response = post_feedback({"page": page.pk, "useful": "yes"})
    assert response.status_code == 303
    assert response["Location"] == page.url + "?feedback=thanks#feedback"
    stored = PageFeedback.objects.get()
    assert (stored.page_id, stored.useful, stored.language, stored.trying) == (page.pk, True, "ca", "")
    thanked = client.get(response["Location"])
    assert "Gràcies per la teva opinió" in thanked.content.decode()


def test_a_no_keeps_both_comments_scrubbed_of_personal_data(site_tree, post_feedback):
    post_feedback(
        {
            "page": site_tree.birth.pk,
            "useful": "no",
            "trying": "Inscriure la meva filla, sóc el 12345678Z",
            "wrong": "No trobo el formulari, escriviu a joan.puig@example.cat o al 612 34 56 78",
        }
    )
    stored = PageFeedback.objects.get()
    assert stored.useful is False
    assert stored.trying == "Inscriure la meva filla, sóc el [id]"
    assert stored.wrong == "No trobo el formulari, escriviu a [email] o al [phone]"


def test_nothing_about_the_visitor_is_stored(site_tree, post_feedback):
    post_feedback(
        {"page": site_tree.birth.pk, "useful": "yes"},
        REMOTE_ADDR="203.0.113.9",
        HTTP_USER_AGENT="Mozilla/5.0 Visitor-Browser",
        HTTP_COOKIE="sessionid=abc",
    )
    stored = PageFeedback.objects.values().get()
    text = json.dumps(stored, default=str)
    assert "203.0.113" not in text and "Visitor-Browser" not in text and "abc" not in text
    assert set(stored) == {
        "id",
        "page_id",
        "on_search",
        "language",
        "useful",
        "trying",
        "wrong",
        "date",
        "done",
    }


def test_the_search_page_takes_feedback_and_the_visitor_goes_back_to_it(site_tree, post_feedback):
    response = post_feedback(
        {"page": "search", "useful": "no", "language": "es", "wrong": "No encuentro nada"}
    )
    assert response.status_code == 303
    assert response["Location"] == "/es/search/?feedback=thanks#feedback"
    stored = PageFeedback.objects.get()
    assert (stored.page_id, stored.on_search, stored.language, stored.wrong) == (
        None,
        True,
        "es",
        "No encuentro nada",
    )


def test_the_page_and_the_search_page_show_the_form_without_a_per_visitor_token(site_tree, client):
    for url in (site_tree.birth.url, "/ca/search/"):
        html = client.get(url).content.decode()
        assert 'action="/feedback/"' in html
        assert "Is this page useful?" in html or "Aquesta pàgina" in html
        assert "csrfmiddlewaretoken" not in html


def test_javascript_gets_json_instead_of_a_redirect(site_tree, post_feedback):
    response = post_feedback({"page": site_tree.birth.pk, "useful": "yes"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["message"]


@pytest.mark.parametrize(
    "data",
    [
        {"useful": "yes"},
        {"page": "", "useful": "yes"},
        {"page": "abc", "useful": "yes"},
        {"page": "-1", "useful": "yes"},
        {"page": "99999999", "useful": "yes"},
        {"page": "1", "useful": "yes"},  # the tree's root is not a page people see
        {"page": "12345678901234567890123", "useful": "yes"},
        {"page": "PAGE", "useful": "maybe"},
        {"page": "PAGE"},
        {"page": "PAGE", "useful": "no", "trying": "x" * 501},
        {"page": "PAGE", "useful": "no", "wrong": "a\x00b"},
        {"page": "search", "useful": "yes", "language": "xx"},
    ],
)
def test_bad_input_gets_a_400_with_a_message_and_stores_nothing(site_tree, post_feedback, data):
    data = {key: (site_tree.birth.pk if value == "PAGE" else value) for key, value in data.items()}
    response = post_feedback(data)
    assert response.status_code == 400
    assert "No s’ha enviat la teva opinió" in response.content.decode().replace("&#x27;", "’").replace(
        "'", "’"
    )
    assert not PageFeedback.objects.exists()


def test_a_draft_page_takes_no_feedback(site_tree, post_feedback):
    site_tree.allowance.unpublish()
    assert post_feedback({"page": site_tree.allowance.pk, "useful": "yes"}).status_code == 400


def test_an_oversized_body_is_refused_before_it_is_read_as_a_form(site_tree, post_feedback):
    response = post_feedback({"page": site_tree.birth.pk, "useful": "no", "trying": "é" * 9000})
    assert response.status_code == 400
    assert not PageFeedback.objects.exists()


@override_settings(FEEDBACK_RATE_LIMIT=(1000, 3600))
def test_generated_hostile_comments_are_stored_bounded_or_refused_never_a_500(site_tree, post_feedback):
    texts = HostileInput(seed=19).queries(40)
    for text in texts:
        response = post_feedback(
            {"page": site_tree.birth.pk, "useful": "no", "trying": text[:500], "wrong": text}
        )
        assert response.status_code in (303, 400), text
    for stored in PageFeedback.objects.all():
        assert len(stored.trying) <= 500 and len(stored.wrong) <= 500


def test_the_honeypot_thanks_a_robot_and_stores_nothing(site_tree, post_feedback):
    response = post_feedback({"page": site_tree.birth.pk, "useful": "yes", "website": "http://spam.example"})
    assert response.status_code == 303
    assert not PageFeedback.objects.exists()


def test_the_honeypot_is_labelled_hidden_and_out_of_the_tab_order(site_tree, client):
    html = client.get(site_tree.birth.url).content.decode()
    assert 'aria-hidden="true"' in html
    assert '<label for="feedback-website-question">' in html
    assert 'name="website" value="" tabindex="-1"' in html


@override_settings(ALLOWED_HOSTS=["fetsvitals.example", "testserver"])
@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/page"},
        {"HTTP_ORIGIN": "https://fetsvitals.example.evil.example"},
        {"HTTP_REFERER": "javascript:alert(1)//fetsvitals.example"},
        {},
    ],
)
def test_a_post_from_another_site_or_from_nowhere_is_refused(site_tree, client, headers):
    response = client.post("/feedback/", {"page": site_tree.birth.pk, "useful": "yes"}, **headers)
    assert response.status_code == 403
    assert not PageFeedback.objects.exists()


@override_settings(ALLOWED_HOSTS=["fetsvitals.example", "testserver"])
def test_a_post_from_an_allowed_host_by_its_referer_is_taken(site_tree, client):
    response = client.post(
        "/feedback/",
        {"page": site_tree.birth.pk, "useful": "yes"},
        HTTP_REFERER="https://fetsvitals.example/ca/",
    )
    assert response.status_code == 303


@override_settings(FEEDBACK_RATE_LIMIT=(3, 3600))
def test_a_client_over_the_rate_limit_gets_a_429_and_others_are_not_held_back(site_tree, post_feedback):
    data = {"page": site_tree.birth.pk, "useful": "yes"}
    statuses = [post_feedback(data, REMOTE_ADDR="198.51.100.7").status_code for _ in range(5)]
    assert statuses == [303, 303, 303, 429, 429]
    assert post_feedback(data, REMOTE_ADDR="198.51.100.8").status_code == 303
    assert PageFeedback.objects.count() == 4


def test_get_is_not_allowed(client):
    assert client.get("/feedback/").status_code == 405


def test_export_writes_csv_with_formulas_neutralised_and_json(site_tree, post_feedback, capsys):
    post_feedback({"page": site_tree.birth.pk, "useful": "no", "wrong": '=HYPERLINK("http://x","y")'})
    call_command("export_feedback", "--format", "csv")
    csv_text = capsys.readouterr().out
    assert csv_text.splitlines()[0].startswith("date,page_id")
    assert "'=HYPERLINK" in csv_text
    call_command("export_feedback", "--format", "json", "--since", "2000-01-01")
    exported = json.loads(capsys.readouterr().out)
    assert exported[0]["wrong"] == '=HYPERLINK("http://x","y")'
    call_command("export_feedback", "--format", "json", "--since", "2999-01-01")
    assert json.loads(capsys.readouterr().out) == []
