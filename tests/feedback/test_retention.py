"""What citizens told us is kept for ANALYTICS_RETENTION_MONTHS; the panel keeps nobody unconfirmed."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from feedback.models import PageFeedback, PageViewDay, PanelMember, SearchClickDay

pytestmark = pytest.mark.django_db


def test_old_feedback_and_search_clicks_go_comments_are_scrubbed_again_and_view_counts_stay(site_tree):
    today = timezone.localdate()
    old = today - datetime.timedelta(days=500)
    PageFeedback.objects.create(page=site_tree.birth, language="ca", useful=False, wrong="vell", date=old)
    kept = PageFeedback.objects.create(
        page=site_tree.birth, language="ca", useful=False, wrong="truqueu al 612345678", date=today
    )
    SearchClickDay.objects.create(
        query="x", language="ca", result="page:1", page=site_tree.birth, position=1, date=old, clicks=1
    )
    PageViewDay.objects.create(page=site_tree.birth, date=old, views=10)
    PanelMember.objects.create(
        email="a@example.cat", language="ca", signed_up=today - datetime.timedelta(days=8)
    )
    PanelMember.objects.create(
        email="b@example.cat", language="ca", signed_up=today - datetime.timedelta(days=8), confirmed=today
    )
    call_command("privacy_enforce_retention", stdout=None)
    assert list(PageFeedback.objects.all()) == [kept]
    kept.refresh_from_db()
    assert kept.wrong == "truqueu al [phone]"
    assert not SearchClickDay.objects.exists()
    assert PageViewDay.objects.exists()
    assert list(PanelMember.objects.values_list("email", flat=True)) == ["b@example.cat"]
