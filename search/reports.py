"""Reports > Searches with no results, and Reports > Most searched: what people look for.

Both count the searches of a period (the last 30 days unless dates are chosen) and are for the
people who act on what is missing: the users with any permission on search synonyms. Search
managers add synonyms and best bets from them; editors and moderators, who may only look at the
synonyms (migration 0010), write the pages people did not find. Wagtail's own "Search terms"
report stays for superusers only.
"""

import csv
import datetime
import itertools

import django_filters
from django.conf import settings
from django.db.models import F, Max, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.mixins import Echo
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import QueryDailyHits
from wagtail.permission_policies import ModelPermissionPolicy

from .models import NoResultQuery, Synonym

DEFAULT_DAYS = 30

# Who may read the search reports: whoever may look after the synonyms.
search_report_permission_policy = ModelPermissionPolicy(Synonym)
SEARCH_REPORT_ACTIONS = ["add", "change", "delete", "view"]


def show_date(row):
    return date_format(row["last_searched"]) if row["last_searched"] else ""


def language_name(code):
    return str(dict(settings.LANGUAGES).get(code, code))


class PeriodFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(
        label=_("Searched between"),
        widget=DateRangePickerWidget,
        help_text=_("Leave empty for the last 30 days."),
    )


class NoResultsFilterSet(PeriodFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("Any")
    )

    class Meta:
        model = NoResultQuery
        fields = []


class MostSearchedFilterSet(PeriodFilterSet):
    class Meta:
        model = QueryDailyHits
        fields = []


class PeriodReportView(ReportView):
    """Rows per day (`date`), added up per search over a period, the most frequent first."""

    template_name = "search/admin/search_report.html"
    results_template_name = "search/admin/search_report_results.html"
    permission_policy = search_report_permission_policy
    any_permission_required = SEARCH_REPORT_ACTIONS
    is_searchable = True
    default_ordering = "-times"
    intro = ""

    @cached_property
    def chosen_dates(self):
        """The first and last day chosen in the filter (either may be None)."""
        chosen = None
        if self.filters and self.filters.is_valid():
            chosen = self.filters.form.cleaned_data.get("date")
        start = chosen.start.date() if chosen and chosen.start else None
        end = chosen.stop.date() if chosen and chosen.stop else None
        return start, end

    @cached_property
    def period(self):
        """The first and last day counted: the dates chosen, else the last DEFAULT_DAYS days."""
        if any(self.chosen_dates):
            return self.chosen_dates
        today = timezone.localdate()
        return today - datetime.timedelta(days=DEFAULT_DAYS - 1), today

    def get_base_queryset(self):
        return self.model._default_manager.order_by()

    def in_period(self, queryset):
        start, end = self.period
        if start:
            queryset = queryset.filter(date__gte=start)
        if end:
            queryset = queryset.filter(date__lte=end)
        return queryset

    def aggregate(self, queryset):
        raise NotImplementedError

    def get_queryset(self):
        # Filter and search the daily rows first, then add them up per search.
        rows = self.search_queryset(self.in_period(self.filter_queryset(self.get_base_queryset())))
        return self.order_queryset(self.aggregate(rows))

    def get_filtered_queryset(self):
        return self.get_queryset()

    def order_queryset(self, queryset):
        ordering = self.ordering if isinstance(self.ordering, list | tuple) else [self.ordering]
        return queryset.order_by(*[order for order in ordering if order], "search")

    def next_steps(self):
        """Links to where editors act on what the report shows, those the user may use."""
        user = self.request.user
        steps = []
        if search_report_permission_policy.user_has_permission(user, "add"):
            steps.append(
                {
                    "label": _("Add a search synonym"),
                    "url": reverse(Synonym.snippet_viewset.get_url_name("add")),
                }
            )
        if user.has_perm("wagtailsearchpromotions.add_searchpromotion"):
            steps.append(
                {"label": _("Promote a result for a search"), "url": reverse("wagtailsearchpromotions:add")}
            )
        return steps

    def stream_csv(self, queryset):
        # Wagtail streams the CSV after the view returns, when the user's admin language is no
        # longer active: translate the headings now, in that language.
        headings = {field: self.get_heading(queryset, field) for field in self.list_export}
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
        return itertools.chain(
            [writer.writerow(headings)],
            (self.write_csv_row(writer, self.to_row_dict(row)) for row in queryset),
        )

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.results_only:
            context["next_steps"] = self.next_steps()
        context["period_start"], context["period_end"] = self.period
        context["default_period"] = not any(self.chosen_dates)
        context["default_days"] = DEFAULT_DAYS
        return context


class NoResultsReportView(PeriodReportView):
    page_title = _("Searches with no results")
    header_icon = "search"
    report_slug = "search-no-results"
    menu_order = 730
    model = NoResultQuery
    filterset_class = NoResultsFilterSet
    search_fields = ["query_string"]
    export_filename = "searches-with-no-results"
    intro = _(
        "What people searched for and found nothing, the most frequent first. If the portal has "
        "what they needed under other words, add their words as a search synonym; if it does not, "
        "this is what to write next."
    )
    columns = [
        Column("search", label=_("Search"), sort_key="search"),
        Column("language_name", label=_("Language"), sort_key="language"),
        NumberColumn("times", label=_("Times"), sort_key="times"),
        Column("last_searched", label=_("Last searched"), sort_key="last_searched", accessor=show_date),
    ]
    list_export = ["search", "language", "times", "last_searched"]
    export_headings = {
        "search": _("Search"),
        "language": _("Language"),
        "times": _("Times"),
        "last_searched": _("Last searched"),
    }

    def aggregate(self, queryset):
        return queryset.values("language", search=F("query_string")).annotate(
            times=Sum("hits"), last_searched=Max("date")
        )

    def decorate_paginated_queryset(self, object_list):
        rows = list(object_list)
        for row in rows:
            row["language_name"] = language_name(row["language"])
        return rows


class SearchesPaginator(WagtailPaginator):
    """Counts "searches", not the daily rows of the model they are added up from."""

    verbose_name = _("search")
    verbose_name_plural = _("searches")


class MostSearchedReportView(PeriodReportView):
    page_title = _("Most searched")
    header_icon = "search"
    report_slug = "most-searched"
    menu_order = 740
    model = QueryDailyHits
    filterset_class = MostSearchedFilterSet
    paginator_class = SearchesPaginator
    search_fields = ["query__query_string"]
    export_filename = "most-searched"
    intro = _(
        "What people searched for most, in every language, and how many of those searches found "
        "nothing. Check that the first results answer the frequent searches; where they do not, add "
        "the words people use as a search synonym or promote the right page for the search."
    )
    columns = [
        Column("search", label=_("Search"), sort_key="search"),
        NumberColumn("times", label=_("Times"), sort_key="times"),
        NumberColumn("no_results", label=_("Times with no results")),
        Column("last_searched", label=_("Last searched"), sort_key="last_searched", accessor=show_date),
    ]
    list_export = ["search", "times", "no_results", "last_searched"]
    export_headings = {
        "search": _("Search"),
        "times": _("Times"),
        "no_results": _("Times with no results"),
        "last_searched": _("Last searched"),
    }

    def aggregate(self, queryset):
        return queryset.values(search=F("query__query_string")).annotate(
            times=Sum("hits"), last_searched=Max("date")
        )

    def decorate_paginated_queryset(self, object_list):
        # How many of those searches found nothing (in any language), for the rows shown only.
        rows = list(object_list)
        found_nothing = dict(
            self.in_period(NoResultQuery.objects.filter(query_string__in=[row["search"] for row in rows]))
            .order_by()
            .values("query_string")
            .annotate(times=Sum("hits"))
            .values_list("query_string", "times")
        )
        for row in rows:
            row["no_results"] = found_nothing.get(row["search"], 0)
        return rows
