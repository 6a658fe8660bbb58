"""The figures of Reports > Content data: per page and per journey, over a period of days.

Everything is added up in the database from the daily tables (indexed by page and day), so a
page of the report costs a handful of queries whatever the size of the tables.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import ChannelKind
from life_events.models import ProcedurePage
from portal import languages
from search.models import NoResultQuery

from .models import ContactRecord, LinkClickDay, PageFeedback, PageViewDay, SearchClickDay

DEFAULT_DAYS = 30


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date

    @classmethod
    def last_days(cls, days=DEFAULT_DAYS, today=None):
        today = today or timezone.localdate()
        return cls(today - datetime.timedelta(days=days - 1), today)

    @property
    def days(self):
        return [self.start + datetime.timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    def range(self):
        return (self.start, self.end)


def _total(rows, column, **filters):
    return Coalesce(
        Subquery(
            rows.filter(page=OuterRef("pk"), **filters)
            .order_by()
            .values("page")
            .annotate(total=Sum(column))
            .values("total"),
            output_field=IntegerField(),
        ),
        0,
    )


def _count(rows, **filters):
    return Coalesce(
        Subquery(
            rows.filter(page=OuterRef("pk"), **filters)
            .order_by()
            .values("page")
            .annotate(total=Count("pk"))
            .values("total"),
            output_field=IntegerField(),
        ),
        0,
    )


def annotate_pages(pages, period):
    """`pages` with the period's views, answers, open comments and "Start now" clicks."""
    dates = {"date__range": period.range()}
    feedback = PageFeedback.objects.filter(**dates)
    return pages.annotate(
        views=_total(PageViewDay.objects.filter(**dates), "views"),
        answers_yes=_count(feedback, useful=True),
        answers_no=_count(feedback, useful=False),
        open_comments=_count(feedback.exclude(trying="", wrong="").filter(done=False)),
        start_clicks=_total(LinkClickDay.objects.filter(start_now=True, **dates), "clicks"),
    )


def useful_share(yes, no):
    """The share of "yes" answers as a whole percentage, or None without answers."""
    return round(100 * yes / (yes + no)) if yes + no else None


def per_thousand(count, views):
    return round(1000 * count / views, 1) if views else None


@dataclass
class PageData:
    page: object
    period: Period
    views_by_day: list = field(default_factory=list)
    views: int = 0
    answers_yes: int = 0
    answers_no: int = 0
    start_clicks: int = 0
    searches: list = field(default_factory=list)
    contacts: list = field(default_factory=list)

    @property
    def useful_share(self):
        return useful_share(self.answers_yes, self.answers_no)

    @property
    def start_rate(self):
        return round(100 * self.start_clicks / self.views, 1) if self.views else None


def page_data(page, period):
    views = dict(
        PageViewDay.objects.filter(page=page, date__range=period.range()).values_list("date", "views")
    )
    answers = PageFeedback.objects.filter(page=page, date__range=period.range()).aggregate(
        yes=Count("pk", filter=Q(useful=True)), no=Count("pk", filter=Q(useful=False))
    )
    clicks = LinkClickDay.objects.filter(page=page, start_now=True, date__range=period.range())
    data = PageData(
        page=page,
        period=period,
        views_by_day=[(day, views.get(day, 0)) for day in period.days],
        views=sum(views.values()),
        answers_yes=answers["yes"],
        answers_no=answers["no"],
        start_clicks=clicks.aggregate(total=Sum("clicks"))["total"] or 0,
        searches=searches_to(page, period),
    )
    data.contacts = contacts_per_thousand_views(page, period)
    return data


def searches_to(page, period, limit=20):
    """The searches from which people chose this page, the most frequent first."""
    rows = SearchClickDay.objects.filter(page=page, date__range=period.range()).order_by()
    rows = rows.values("query").annotate(clicks=Sum("clicks"))
    return list(rows.order_by("-clicks", "query")[:limit])


def contacts_per_thousand_views(page, period):
    """Per channel: contacts about this procedure, unresolved ones, and contacts per 1,000 views.

    Contacts are about the procedure in any language: they are set against the views of the
    page in every language.
    """
    dates = {"date__range": period.range()}
    views = (
        PageViewDay.objects.filter(page__translation_key=page.translation_key, **dates).aggregate(
            total=Sum("views")
        )["total"]
        or 0
    )
    rows = (
        ContactRecord.objects.filter(procedure__translation_key=page.translation_key, **dates)
        .order_by()
        .values("channel")
        .annotate(contacts=Sum("count"), unresolved=Coalesce(Sum("count", filter=Q(resolved=False)), 0))
        .order_by("-contacts")
    )
    return [{**row, "per_thousand": per_thousand(row["contacts"], views)} for row in rows]


def no_result_searches(period, limit=20):
    rows = NoResultQuery.objects.filter(date__range=period.range()).order_by()
    rows = rows.values("query_string", "language").annotate(times=Sum("hits"))
    return list(rows.order_by("-times", "query_string")[:limit])


@dataclass
class FunnelStep:
    label: str
    count: int
    share: int | None = None  # of the step before, as a whole percentage


def journey_funnel(life_event, period):
    """The journey as a whole: views of the life event, of its procedures, and their "Start now"s."""
    procedure_ids = life_event.get_journey().procedure_ids()
    procedures = ProcedurePage.objects.filter(
        translation_key__in=ProcedurePage.objects.filter(pk__in=procedure_ids).values("translation_key"),
        locale=life_event.locale,
    )
    dates = {"date__range": period.range()}
    counts = [
        PageViewDay.objects.filter(page=life_event, **dates).aggregate(total=Sum("views"))["total"],
        PageViewDay.objects.filter(page__in=procedures, **dates).aggregate(total=Sum("views"))["total"],
        LinkClickDay.objects.filter(page__in=procedures, start_now=True, **dates).aggregate(
            total=Sum("clicks")
        )["total"],
    ]
    labels = [_("Views of the life event"), _("Views of its procedures"), _("“Start now” followed")]
    steps, before = [], None
    for label, count in zip(labels, counts, strict=True):
        count = count or 0
        share = round(100 * count / before) if before else None
        steps.append(FunnelStep(str(label), count, share))
        before = count
    return steps


def contacts_by_procedure(period, limit=10):
    """The procedures people contact us most about: contacts per 1,000 views for each channel.

    One row per procedure (its pages in every language together), the most contacted first:
    {"page", "contacts", "views", "channels": {channel: per thousand}}.
    """
    dates = {"date__range": period.range()}
    contacts = (
        ContactRecord.objects.filter(**dates)
        .order_by()
        .values("procedure__translation_key", "channel")
        .annotate(total=Sum("count"))
    )
    by_key = {}
    for row in contacts:
        entry = by_key.setdefault(row["procedure__translation_key"], {"contacts": 0, "channels": {}})
        entry["contacts"] += row["total"]
        entry["channels"][row["channel"]] = row["total"]
    keys = sorted(by_key, key=lambda key: -by_key[key]["contacts"])[:limit]
    views = dict(
        PageViewDay.objects.filter(page__translation_key__in=keys, **dates)
        .order_by()
        .values("page__translation_key")
        .annotate(total=Sum("views"))
        .values_list("page__translation_key", "total")
    )
    pages = {}
    for page in ProcedurePage.objects.filter(translation_key__in=keys).select_related("locale"):
        if page.translation_key not in pages or page.locale.language_code == languages.source():
            pages[page.translation_key] = page
    rows = []
    for key in keys:
        entry, page_views = by_key[key], views.get(key, 0)
        channels = {channel: per_thousand(count, page_views) for channel, count in entry["channels"].items()}
        rows.append(
            {"page": pages.get(key), "contacts": entry["contacts"], "views": page_views, "channels": channels}
        )
    return rows


def channel_columns(rows):
    """The channels that the rows of `contacts_by_procedure` have, in the order of ChannelKind."""
    present = {channel for row in rows for channel in row["channels"]}
    return [(value, label) for value, label in ChannelKind.choices if value in present]
