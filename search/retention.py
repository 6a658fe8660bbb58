"""How long the search analytics are kept (see privacy.retention).

Each search is counted per day with its text, scrubbed of personal data before it is stored
(Wagtail's Query and QueryDailyHits; NoResultQuery for those that found nothing). Editors read
them in the search reports, which look at the last days or weeks; thirteen months, the default
of ANALYTICS_RETENTION_MONTHS, still hold the same month of the year before. Older days are
added up into monthly totals without any text (SearchMonthlyTotal: searches, searches with no
results) and deleted, and so are the searches no day counts any more: the text is what people
typed, and names or addresses in it are beyond what the scrubber recognises.

Each run also scrubs the stored texts again, so searches stored before the scrubber, or before
its rules grew, lose what it now recognises; searches that become the same text are merged.
"""

from django.db.models import F, Sum
from django.db.models.functions import TruncMonth
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from privacy.retention import RetentionPolicy, analytics_cutoff
from privacy.scrubber import scrub

from .models import NoResultQuery, SearchMonthlyTotal


class SearchAnalyticsRetention(RetentionPolicy):
    name = "Search analytics"

    def enforce(self, today):
        cutoff = analytics_cutoff(today)
        return [scrub_searches(), scrub_searches_with_no_results(), *add_up_days_before(cutoff)]


def scrub_searches():
    scrubbed = 0
    for query in Query.objects.only("query_string").order_by("pk").iterator():
        text = normalise_query_string(scrub(query.query_string))
        if text != query.query_string:
            _merge_query(query, Query.get(text))
            scrubbed += 1
    return f"Searches scrubbed of personal data: {scrubbed}."


def _merge_query(query, into):
    for day in query.daily_hits.all():
        _add(QueryDailyHits.objects, {"query": into, "date": day.date}, day.hits)
    # An editor's promoted results for the search follow it.
    query.editors_picks.update(query=into)
    query.delete()


def scrub_searches_with_no_results():
    scrubbed = 0
    for row in NoResultQuery.objects.order_by("pk").iterator():
        text = scrub(row.query_string).casefold()[:255]
        if text != row.query_string:
            key = {"query_string": text, "language": row.language, "date": row.date}
            row.delete()
            _add(NoResultQuery.objects, key, row.hits)
            scrubbed += 1
    return f"Searches with no results scrubbed of personal data: {scrubbed}."


def _add(rows, key, hits):
    if not rows.filter(**key).update(hits=F("hits") + hits):
        rows.create(**key, hits=hits)


def add_up_days_before(cutoff):
    daily = QueryDailyHits.objects.filter(date__lt=cutoff)
    empty = NoResultQuery.objects.filter(date__lt=cutoff)
    months = _add_to_monthly_totals(_per_month(daily), _per_month(empty))
    deleted, deleted_empty = daily.delete()[0], empty.delete()[0]
    forgotten = Query.objects.filter(daily_hits__isnull=True, editors_picks__isnull=True).delete()[0]
    return [
        f"Daily counts from before {cutoff:%Y-%m-%d} added to the totals of {months} months and "
        f"deleted: {deleted} of searches, {deleted_empty} of searches with no results.",
        f"Searches that no day counts any more, deleted: {forgotten}.",
    ]


def _per_month(rows):
    totals = rows.annotate(month=TruncMonth("date")).order_by().values("month").annotate(total=Sum("hits"))
    return {row["month"]: row["total"] for row in totals}


def _add_to_monthly_totals(searches, no_results):
    months = searches.keys() | no_results.keys()
    for month in months:
        SearchMonthlyTotal.objects.get_or_create(month=month)
        SearchMonthlyTotal.objects.filter(month=month).update(
            searches=F("searches") + searches.get(month, 0),
            no_results=F("no_results") + no_results.get(month, 0),
        )
    return len(months)
