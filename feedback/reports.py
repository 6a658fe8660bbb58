"""Reports > Content data: what citizens say about each page and what they do on it.

The list: every live page with its views, share of "useful", open comments, "Start now" clicks
and contacts on other channels per 1,000 views over a period (the last 30 days unless dates are
chosen), exportable as CSV or XLSX. Each page opens to its own figures: views per day (a chart
with its table), comments to filter and mark as done, the searches that led to it, its journey
funnel when it is a life event, and its contacts by channel when it is a procedure.
For editors, moderators and whoever may add, change or publish pages.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column, LocaleColumn, NumberColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from life_events.models import LifeEventPage, ProcedurePage
from portal.reports import SectionFilterSet, user_can_open

from . import content_data
from .charts import bar_chart
from .models import PageFeedback

COMMENT_STATES = {"open": {"done": False}, "done": {"done": True}, "all": {}}


class ContentDataFilterSet(SectionFilterSet):
    date = django_filters.DateFromToRangeFilter(
        label=_("Between"),
        widget=DateRangePickerWidget,
        help_text=_("Leave empty for the last 30 days."),
        method="filter_nothing",
    )

    def filter_nothing(self, queryset, name, value):
        # The dates choose the period the figures add up, not the pages listed.
        return queryset


def period_from(filters):
    chosen = filters.form.cleaned_data.get("date") if filters and filters.is_valid() else None
    if chosen and chosen.start and chosen.stop:
        return content_data.Period(chosen.start.date(), chosen.stop.date())
    if chosen and (chosen.start or chosen.stop):
        day = (chosen.start or chosen.stop).date()
        period = content_data.Period.last_days()
        return (
            content_data.Period(day, period.end) if chosen.start else content_data.Period(period.start, day)
        )
    return content_data.Period.last_days()


class ContentDataReportView(ReportView):
    page_title = _("Content data")
    header_icon = "view"
    report_slug = "content-data"
    menu_order = 650
    template_name = "feedback/admin/content_data.html"
    filterset_class = ContentDataFilterSet
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    default_ordering = "-views"
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            get_url=lambda page: reverse("content_data_report:page", args=[page.pk]),
        ),
        LocaleColumn(),
        NumberColumn("views", label=_("Views"), sort_key="views"),
        Column("useful_share", label=_("Useful (%)")),
        NumberColumn("answers", label=_("Answers")),
        NumberColumn("open_comments", label=_("Comments to read"), sort_key="open_comments"),
        NumberColumn("start_clicks", label=_("“Start now” followed"), sort_key="start_clicks"),
    ]
    list_export = [
        "title",
        "url",
        "locale",
        "views",
        "useful_share",
        "answers",
        "open_comments",
        "start_clicks",
    ]
    export_headings = {
        "url": _("Address"),
        "views": _("Views"),
        "useful_share": _("Useful (%)"),
        "answers": _("Answers"),
        "open_comments": _("Comments to read"),
        "start_clicks": _("“Start now” followed"),
    }

    @cached_property
    def period(self):
        return period_from(self.filters)

    def get_queryset(self):
        pages = Page.objects.live().filter(depth__gt=2).select_related("locale")
        return content_data.annotate_pages(pages, self.period)

    def get_filtered_queryset(self):
        ordering = self.request.GET.get("ordering", self.default_ordering)
        if ordering.lstrip("-") not in {"views", "open_comments", "start_clicks"}:
            ordering = self.default_ordering
        return self.filter_queryset(self.get_queryset()).order_by(ordering, "path")

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        for page in pages:
            page.answers = page.answers_yes + page.answers_no
            page.useful_share = content_data.useful_share(page.answers_yes, page.answers_no)
        return pages

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["locale"] = item.locale.language_code
        row["url"] = item.url_path
        return row

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["period"] = self.period
        context["no_result_searches"] = content_data.no_result_searches(self.period, limit=10)
        contacts = content_data.contacts_by_procedure(self.period)
        context["contacts"] = contacts
        context["contact_channels"] = content_data.channel_columns(contacts)
        return context


class PageContentDataView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "feedback/admin/page_content_data.html"
    header_icon = "view"

    def dispatch(self, request, *args, **kwargs):
        if not user_can_open(ContentDataReportView, request.user):
            raise PermissionDenied
        self.page = get_object_or_404(Page.objects.filter(depth__gt=1), pk=kwargs["page_id"]).specific
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Content data: %(title)s") % {"title": self.page.title}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("content_data_report:index"), "label": ContentDataReportView.page_title},
            {"url": "", "label": self.page.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = ContentDataFilterSet(self.request.GET or None, request=self.request)
        period = period_from(filters)
        data = content_data.page_data(self.page, period)
        state = self.request.GET.get("comments", "open")
        state = state if state in COMMENT_STATES else "open"
        comments = PageFeedback.objects.filter(
            page=self.page, date__range=period.range(), **COMMENT_STATES[state]
        )
        comments = comments.exclude(trying="", wrong="").order_by("-date", "-pk")[:200]
        context.update(
            page=self.page,
            period=period,
            data=data,
            views_chart=bar_chart(
                [(day.isoformat(), views) for day, views in data.views_by_day],
                _("Views per day"),
                "views-table",
            ),
            comments=comments,
            comment_state=state,
            comment_states=[("open", _("To read")), ("done", _("Done")), ("all", _("All"))],
            funnel=content_data.journey_funnel(self.page, period)
            if isinstance(self.page, LifeEventPage)
            else None,
            is_procedure=isinstance(self.page, ProcedurePage),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
        )
        return context


@require_POST
def mark_done(request, pk):
    if not user_can_open(ContentDataReportView, request.user):
        raise PermissionDenied
    comment = get_object_or_404(PageFeedback, pk=pk)
    comment.done = request.POST.get("done") != "no"
    comment.save(update_fields=["done"])
    messages.success(
        request, _("Comment marked as done.") if comment.done else _("Comment marked as to read.")
    )
    back = reverse("content_data_report:page", args=[comment.page_id]) if comment.page_id else None
    return redirect(back or reverse("content_data_report:index"))
