"""The retention command and its months: every app's policy, run in a transaction, for cron."""

import io
from datetime import date

import pytest
from django.core.management import call_command
from django.test import override_settings

from privacy.checks import check_retention_settings
from privacy.retention import RetentionPolicy, analytics_cutoff, enforce, months_before, registered_policies
from search.models import Synonym
from search.retention import SearchAnalyticsRetention


@pytest.mark.parametrize(
    ("day", "months", "before"),
    [
        (date(2026, 5, 15), 13, date(2025, 4, 15)),
        (date(2026, 1, 10), 1, date(2025, 12, 10)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2028, 3, 31), 1, date(2028, 2, 29)),
        (date(2026, 12, 31), 12, date(2025, 12, 31)),
        (date(2026, 7, 1), 30, date(2024, 1, 1)),
    ],
)
def test_months_before_is_the_same_day_or_the_last_of_a_shorter_month(day, months, before):
    assert months_before(day, months) == before


def test_analytics_are_kept_thirteen_months_unless_set_otherwise(settings):
    assert analytics_cutoff(date(2026, 5, 15)) == date(2025, 4, 15)
    settings.ANALYTICS_RETENTION_MONTHS = 2
    assert analytics_cutoff(date(2026, 5, 15)) == date(2026, 3, 15)


@pytest.mark.parametrize("months", [0, -1, "13", 1.5, None, True])
def test_a_retention_that_is_not_a_whole_number_of_months_is_an_error(months):
    with override_settings(ANALYTICS_RETENTION_MONTHS=months):
        [error] = check_retention_settings(None)
    assert error.id == "privacy.E001"


def test_the_search_analytics_policy_is_registered(db):
    assert any(isinstance(policy, SearchAnalyticsRetention) for policy in registered_policies())


class DeletesSynonyms(RetentionPolicy):
    name = "Synonyms"

    def enforce(self, today):
        return [f"{Synonym.objects.all().delete()[0]} synonyms deleted."]


def test_a_dry_run_reports_what_a_policy_would_do_and_changes_nothing(db):
    count = Synonym.objects.count()
    assert count
    assert enforce(DeletesSynonyms(), date.today(), dry_run=True) == [f"{count} synonyms deleted."]
    assert Synonym.objects.count() == count
    assert enforce(DeletesSynonyms(), date.today()) == [f"{count} synonyms deleted."]
    assert not Synonym.objects.exists()


def test_the_command_prints_each_policy_and_what_it_did(db):
    out = io.StringIO()
    call_command("privacy_enforce_retention", "--dry-run", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "Dry run: this is what would be done; nothing is changed."
    assert "Search analytics:" in lines
    assert lines[lines.index("Search analytics:") + 1].startswith("  ")
