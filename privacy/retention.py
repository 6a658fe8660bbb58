"""How long the portal keeps what people typed or did, and the command that holds it to that.

An app that stores something about what people do (search analytics today; page feedback,
bookings and the assistant's conversations later) writes a `RetentionPolicy` and registers it
with the `register_retention_policy` hook in its wagtail_hooks.py:

    @hooks.register("register_retention_policy")
    def register_search_analytics_retention():
        return SearchAnalyticsRetention()

`manage.py privacy_enforce_retention`, run daily by cron, enforces every registered policy,
each in its own transaction. Policies are idempotent: a second run the same day finds nothing
left to do.
"""

import calendar

from django.conf import settings
from django.db import transaction


class RetentionPolicy:
    # What the policy keeps, for the command's output: "Search analytics".
    name = ""

    def enforce(self, today):
        """Delete, add up or scrub what is past its time; lines that say what was done."""
        raise NotImplementedError


def registered_policies():
    from wagtail import hooks

    return [register() for register in hooks.get_hooks("register_retention_policy")]


def enforce(policy, today, dry_run=False):
    """Run `policy`; with `dry_run` its changes are rolled back, so its lines say what it would do."""
    with transaction.atomic():
        lines = policy.enforce(today)
        if dry_run:
            transaction.set_rollback(True)
    return lines


def months_before(day, months):
    """The same day `months` months earlier (the last day of that month if it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def analytics_cutoff(today):
    """The first day whose analytics are kept; those of earlier days are past their time."""
    return months_before(today, settings.ANALYTICS_RETENTION_MONTHS)
