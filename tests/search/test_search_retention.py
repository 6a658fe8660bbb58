"""Search analytics past ANALYTICS_RETENTION_MONTHS become monthly totals without any text; texts
stored before the scrubber are scrubbed. `manage.py privacy_enforce_retention` does both."""

import io
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from privacy.retention import analytics_cutoff
from search.models import NoResultQuery, SearchMonthlyTotal

pytestmark = pytest.mark.django_db


def searched(text, day, hits=1, found_nothing=False, language="ca"):
    QueryDailyHits.objects.create(query=Query.get(text), date=day, hits=hits)
    if found_nothing:
        NoResultQuery.objects.create(query_string=text, language=language, date=day, hits=hits)


def enforce_retention(*options):
    out = io.StringIO()
    call_command("privacy_enforce_retention", *options, stdout=out)
    return out.getvalue()


@pytest.fixture
def cutoff():
    return analytics_cutoff(timezone.localdate())


@pytest.fixture
def old_and_recent(cutoff):
    """Two old months of searches, and searches from the days still kept."""
    month_before = (cutoff.replace(day=1) - timedelta(days=1)).replace(day=10)
    searched("atur", month_before, hits=3)
    searched("padró", month_before, hits=2, found_nothing=True)
    searched("atur", month_before.replace(day=1) - timedelta(days=3), hits=4, found_nothing=True)
    searched("atur", cutoff, hits=5)
    searched("jubilació", cutoff + timedelta(days=2), hits=1, found_nothing=True)
    return month_before.replace(day=1)


def totals():
    return {(row.month, row.searches, row.no_results) for row in SearchMonthlyTotal.objects.all()}


def test_old_days_become_monthly_totals_and_are_deleted(old_and_recent, cutoff):
    month = old_and_recent
    enforce_retention()
    previous = (month - timedelta(days=1)).replace(day=1)
    assert totals() == {(month, 5, 2), (previous, 4, 4)}
    assert set(QueryDailyHits.objects.values_list("date", flat=True)) == {cutoff, cutoff + timedelta(days=2)}
    assert list(NoResultQuery.objects.values_list("query_string", flat=True)) == ["jubilació"]
    # "padró" is counted on no day kept: its text goes too.
    assert set(Query.objects.values_list("query_string", flat=True)) == {"atur", "jubilació"}


def test_a_second_run_changes_nothing(old_and_recent):
    enforce_retention()
    before = (totals(), QueryDailyHits.objects.count(), NoResultQuery.objects.count(), Query.objects.count())
    output = enforce_retention()
    assert (
        totals(),
        QueryDailyHits.objects.count(),
        NoResultQuery.objects.count(),
        Query.objects.count(),
    ) == before
    assert "deleted: 0 of searches, 0 of searches with no results." in output


def test_a_later_run_adds_the_next_days_to_the_months_totals(cutoff):
    searched("atur", cutoff - timedelta(days=1), hits=2)
    enforce_retention()
    searched("atur", cutoff - timedelta(days=1), hits=3)  # as if a later run found more days past
    enforce_retention()
    assert totals() == {((cutoff - timedelta(days=1)).replace(day=1), 5, 0)}


def test_a_dry_run_says_what_it_would_do_and_changes_nothing(old_and_recent, cutoff):
    output = enforce_retention("--dry-run")
    assert (
        f"Daily counts from before {cutoff:%Y-%m-%d} added to the totals of 2 months and deleted: "
        "3 of searches, 2 of searches with no results."
    ) in output
    assert "Searches that no day counts any more, deleted: 1." in output
    assert not SearchMonthlyTotal.objects.exists()
    assert QueryDailyHits.objects.count() == 5


def test_the_retention_follows_the_setting(settings):
    settings.ANALYTICS_RETENTION_MONTHS = 1
    today = timezone.localdate()
    searched("atur", today - timedelta(days=40))
    searched("padró", today - timedelta(days=20))
    enforce_retention()
    assert list(Query.objects.values_list("query_string", flat=True)) == ["padró"]


def test_a_promoted_search_stays_when_its_days_are_deleted(cutoff):
    searched("renda garantida", cutoff - timedelta(days=5))
    SearchPromotion.objects.create(
        query=Query.get("renda garantida"), external_link_url="https://example.org", external_link_text="RGC"
    )
    enforce_retention()
    assert Query.objects.filter(query_string="renda garantida").exists()


def test_searches_stored_before_the_scrubber_are_scrubbed_and_merged(cutoff):
    day = cutoff + timedelta(days=1)
    searched("[id]", day, hits=2, found_nothing=True)
    searched("12345678z", day, hits=1, found_nothing=True)
    searched("x1234567l", day, hits=4, found_nothing=True)
    searched("renda joan@example.cat", day + timedelta(days=1), found_nothing=True, language="es")
    promoted = Query.get("87654321x")
    SearchPromotion.objects.create(
        query=promoted, external_link_url="https://example.org", external_link_text="DNI"
    )
    output = enforce_retention()
    assert "Searches scrubbed of personal data: 4." in output
    assert "Searches with no results scrubbed of personal data: 3." in output
    assert set(Query.objects.values_list("query_string", flat=True)) == {"[id]", "renda [email]"}
    assert Query.get("[id]").hits == 7
    assert SearchPromotion.objects.get().query.query_string == "[id]"
    assert set(NoResultQuery.objects.values_list("query_string", "language", "date", "hits")) == {
        ("[id]", "ca", day, 7),
        ("renda [email]", "es", day + timedelta(days=1), 1),
    }


def test_month_totals_keep_no_text():
    fields = {field.name for field in SearchMonthlyTotal._meta.get_fields()}
    assert fields == {"id", "month", "searches", "no_results"}


def test_the_default_keeps_thirteen_months():
    assert analytics_cutoff(date(2026, 5, 15)) == date(2025, 4, 15)
