"""Reports > Content data and the editor's side panel: what citizens said and did, per page."""

import datetime
import re

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from feedback.models import ContactRecord, LinkClickDay, PageFeedback, PageViewDay, SearchClickDay
from search.models import NoResultQuery

pytestmark = pytest.mark.django_db
REPORT = "/admin/reports/content-data/"


def text_of(response):
    """The page's HTML with thousands written without separators (the admin speaks Catalan)."""
    return re.sub(r"(?<=\d)[.,\u00a0\u202f](?=\d{3}\b)", "", response.content.decode())


@pytest.fixture
def figures(site_tree):
    today = timezone.localdate()
    birth, event = site_tree.birth, site_tree.life_event
    PageViewDay.objects.create(page=birth, date=today, views=300)
    PageViewDay.objects.create(page=birth, date=today - datetime.timedelta(days=3), views=700)
    PageViewDay.objects.create(page=birth, date=today - datetime.timedelta(days=90), views=5000)
    PageViewDay.objects.create(page=event, date=today, views=2000)
    for useful in (True, True, True, False):
        PageFeedback.objects.create(page=birth, language="ca", useful=useful)
    PageFeedback.objects.create(page=birth, language="ca", useful=False, wrong="No trobo el formulari")
    LinkClickDay.objects.create(page=birth, url="https://x.example/", start_now=True, date=today, clicks=150)
    SearchClickDay.objects.create(
        query="inscriure nadó",
        language="ca",
        result=f"page:{birth.pk}",
        page=birth,
        position=1,
        date=today,
        clicks=7,
    )
    ContactRecord.objects.create(date=today, channel="phone", procedure=birth, resolved=False, count=30)
    ContactRecord.objects.create(date=today, channel="phone", procedure=birth, resolved=True, count=20)
    NoResultQuery.objects.create(query_string="xec nadó", language="ca", date=today, hits=4)
    return site_tree


def test_the_report_lists_pages_with_views_useful_share_comments_and_start_now(admin_client, figures):
    html = text_of(admin_client.get(REPORT))
    # The listing of pages comes last, after the contacts per procedure.
    row = [row for row in html.split("<tr") if "Inscripció del naixement" in row][-1]
    cells = re.findall(r"<td[^>]*>\s*(.*?)\s*</td>", row, re.S)
    assert cells[2:7] == ["1000", "60", "5", "1", "150"]
    assert "xec nadó" in html  # a search with no results


def test_the_report_exports_csv_with_the_figures(admin_client, figures):
    response = admin_client.get(REPORT, {"export": "csv"})
    text = b"".join(response.streaming_content).decode()
    line = next(line for line in text.splitlines() if "Inscripció del naixement" in line)
    assert ",1000,60,5,1,150" in line  # views, useful %, answers, comments to read, start now


def test_the_report_exports_xlsx(admin_client, figures):
    response = admin_client.get(REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_a_page_shows_its_chart_table_comments_searches_and_contacts(admin_client, figures):
    html = text_of(admin_client.get(f"{REPORT}page/{figures.birth.pk}/"))
    assert '<svg class="data-chart" role="img"' in html and 'aria-describedby="views-table"' in html
    assert 'id="views-table"' in html
    assert "No trobo el formulari" in html
    assert "inscriure nadó" in html
    assert "50.0" in html or "50,0" in html  # 50 phone contacts per 1,000 views


def test_a_life_event_shows_its_journey_funnel(admin_client, figures):
    html = text_of(admin_client.get(f"{REPORT}page/{figures.life_event.pk}/"))
    assert "Visites dels seus tràmits" in html
    assert "2000" in html and "1000" in html and "50%" in html


def test_a_comment_is_marked_done_and_leaves_the_comments_to_read(admin_client, figures):
    comment = PageFeedback.objects.exclude(wrong="").get()
    response = admin_client.post(f"{REPORT}comment/{comment.pk}/done/", {"done": "yes"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.done
    page = f"{REPORT}page/{figures.birth.pk}/"
    assert "No trobo el formulari" not in admin_client.get(page).content.decode()
    assert "No trobo el formulari" in admin_client.get(page, {"comments": "done"}).content.decode()


def test_people_without_page_permissions_see_no_content_data(client, django_user_model, figures):
    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(REPORT).status_code in (302, 403)
    # The admin turns a refusal into a redirect to its dashboard with a message.
    assert client.get(f"{REPORT}page/{figures.birth.pk}/").status_code in (302, 403)
    comment = PageFeedback.objects.exclude(wrong="").get()
    assert client.post(f"{REPORT}comment/{comment.pk}/done/").status_code in (302, 403)
    assert not PageFeedback.objects.get(pk=comment.pk).done


def test_the_page_editor_has_a_content_data_side_panel(admin_client, figures):
    html = admin_client.get(f"/admin/pages/{figures.birth.pk}/edit/").content.decode()
    assert 'data-side-panel="content-data"' in html
    assert "No trobo el formulari" in html
