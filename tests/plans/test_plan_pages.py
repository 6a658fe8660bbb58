"""The plan page, its form on the life event, its calendar file, in Catalan and translated."""

import re
from datetime import date

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db

ANSWERS = "date=2026-12-22&treballes=yes&fills=1"


def plan_url(page, query=ANSWERS):
    return f"{page.url}plan/?{query}"


def text(response):
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(re.sub(r"<[^>]+>", " ", main).split())


def test_life_event_page_asks_the_questions_in_a_get_form_that_needs_no_javascript(client, plan_tree):
    html = client.get(plan_tree.life_event.url).content.decode()
    start = html.index('<form method="get" action="' + plan_tree.life_event.url)
    form = html[start : html.index("</form>", start)]
    assert 'type="date"' in form and 'name="date"' in form
    assert 'name="treballes" value="yes"' in form
    assert 'type="number"' in form and 'name="fills"' in form


def test_form_shows_the_answers_of_the_address_again(client, plan_tree):
    html = client.get(f"{plan_tree.life_event.url}?{ANSWERS}").content.decode()
    assert 'name="treballes" value="yes" checked' in html
    assert 'value="2026-12-22"' in html


def test_plan_shows_only_the_steps_that_apply_with_their_due_dates(client, plan_tree):
    response = client.get(plan_url(plan_tree.life_event))
    assert response.status_code == 200
    page_text = text(response)
    assert "Inscriu el naixement" in page_text
    assert "dilluns 4 de gener de 2027" in page_text  # 10 days: 1 January, then a weekend
    assert "divendres 15 de gener de 2027" in page_text  # 15 working days
    assert "Demana la prestació" in page_text
    assert "Targeta sanitària" not in page_text  # one child: the health card procedure is left out
    assert response["Cache-Control"] == "private, no-store"


def test_a_step_whose_condition_fails_is_left_out(client, plan_tree):
    page_text = text(client.get(plan_url(plan_tree.life_event, "treballes=no")))
    assert "Demana la prestació" not in page_text


def test_unanswered_questions_show_the_step_with_if(client, plan_tree):
    html = client.get(plan_url(plan_tree.life_event, "")).content.decode()
    assert "Demana la prestació" in html
    assert re.search(r'<p class="plan-step__if">[^<]*“Treballes\?”[^<]*</p>', html)


def test_plan_offers_the_calendar_the_share_link_and_the_steps_checkboxes(client, plan_tree):
    html = client.get(plan_url(plan_tree.life_event)).content.decode()
    assert f"{plan_tree.life_event.url}plan.ics?" in html
    assert 'id="plan-share-link"' in html and "http://testserver" in html
    assert html.count('type="checkbox"') == 4
    assert "plans/plan.js" in html and "<script>" not in html


def test_the_answers_stay_out_of_the_site_search_box(client, plan_tree):
    html = client.get(plan_url(plan_tree.life_event)).content.decode()
    search_box = re.search(r'<input[^>]*id="site-search"[^>]*>', html).group(0)
    assert 'value=""' in search_box
    change_answers = re.search(rf'href="{plan_tree.life_event.url}\?([^"]*)#what-applies"', html).group(1)
    assert "treballes=yes" in change_answers


def test_bad_answers_get_a_400_page_that_says_what_to_change(client, plan_tree):
    response = client.get(plan_url(plan_tree.life_event, "fills=<script>alert(1)</script>"))
    assert response.status_code == 400
    assert "<script>alert" not in response.content.decode()
    assert "fills" in text(response)


def test_calendar_file_parses_back_with_one_event_and_reminder_per_deadline(client, plan_tree):
    response = client.get(f"{plan_tree.life_event.url}plan.ics?{ANSWERS}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert [event.decoded("dtstart") for event in events] == [date(2027, 1, 4), date(2027, 1, 15)]
    for event in events:
        alarms = event.walk("VALARM")
        assert len(alarms) == 1 and alarms[0].decoded("trigger").days < 0
    assert "Inscriu el naixement" in str(events[0]["summary"])


def test_calendar_file_refuses_a_bad_date(client, plan_tree):
    response = client.get(f"{plan_tree.life_event.url}plan.ics?date=2026-13-01")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")


def test_a_translated_plan_speaks_the_language_of_its_page(client, plan_tree, translate):
    spanish = translate(plan_tree.life_event, "es", title="Tener un hijo")
    response = client.get(f"{spanish.url}plan/?{ANSWERS}")
    assert response.status_code == 200
    page_text = text(response)
    assert "Tener un hijo" in page_text
    assert "lunes 4 de enero de 2027" in page_text
    assert 'lang="es"' in response.content.decode()


def test_plan_of_an_unknown_page_is_a_404(client, plan_tree):
    assert client.get("/ca/no-existeix/plan/").status_code == 404
    assert client.get(f"{plan_tree.content_page.url}plan/").status_code == 404
    assert client.get("/ca/no-existeix/plan.ics").status_code == 404


def test_plan_only_answers_get(client, plan_tree):
    assert client.post(plan_url(plan_tree.life_event)).status_code == 405


def test_plan_query_counts_are_bounded(client, plan_tree, django_assert_max_num_queries):
    client.get(plan_url(plan_tree.life_event))
    # View restrictions, the page, the help channels in the footer.
    with django_assert_max_num_queries(4):
        assert client.get(plan_url(plan_tree.life_event)).status_code == 200
    client.get(f"{plan_tree.life_event.url}plan.ics?{ANSWERS}")
    # Its page and content come from the cache: a warm calendar file reads nothing.
    with django_assert_max_num_queries(0):
        assert client.get(f"{plan_tree.life_event.url}plan.ics?{ANSWERS}").status_code == 200


def test_publishing_a_procedure_shows_its_new_title_in_the_plan(client, plan_tree):
    client.get(plan_url(plan_tree.life_event))
    birth = plan_tree.birth
    birth.title = "Inscripció del naixement al Registre Civil"
    birth.save_revision().publish()
    assert "Inscripció del naixement al Registre Civil" in text(client.get(plan_url(plan_tree.life_event)))


def test_language_switcher_leads_to_the_same_plan_in_the_other_language(client, plan_tree, translate):
    spanish = translate(plan_tree.life_event, "es", title="Tener un hijo")
    html = client.get(plan_url(plan_tree.life_event)).content.decode()
    switcher = html[html.index('class="language-switcher"') : html.index("</nav>")]
    assert f'href="{spanish.url}plan/?treballes=yes&amp;fills=1&amp;date=2026-12-22"' in switcher, switcher


def test_a_private_life_event_has_no_plan(client, plan_tree):
    from wagtail.models import PageViewRestriction

    client.get(f"{plan_tree.life_event.url}plan.ics?{ANSWERS}")
    PageViewRestriction.objects.create(page=plan_tree.life_event, restriction_type="login")
    assert client.get(plan_url(plan_tree.life_event)).status_code in (302, 404)
    assert client.get(f"{plan_tree.life_event.url}plan.ics?{ANSWERS}").status_code == 404


def test_plan_page_and_form_are_good_html(client, plan_tree):
    from tests.html_checks import html_problems

    assert html_problems(client.get(plan_url(plan_tree.life_event)).content.decode()) == []
    assert html_problems(client.get(plan_tree.life_event.url).content.decode()) == []


def test_admin_preview_shows_the_plan_of_a_draft_for_sample_answers(rf, plan_tree):
    from django.contrib.auth.models import AnonymousUser

    page = plan_tree.life_event
    assert "plan" in dict(page.preview_modes)
    page.title = "Tenir un fill (esborrany)"
    request = rf.get("/")
    request.user = AnonymousUser()
    response = page.serve_preview(request, "plan")
    response.render()
    html = response.content.decode()
    assert "Tenir un fill (esborrany)" in html
    assert "Demana la prestació" in html  # sample answers: works, three children
    assert "Targeta sanitària" in html
