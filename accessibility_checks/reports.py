"""Reports > Accessibility: the last stored audit, its trend, and each page's problems."""

import django_filters
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from .findings import IMPACTS
from .history import trend
from .models import AuditedPage, AuditRun


class AuditReportFilterSet(WagtailFilterSet):
    problems = django_filters.ChoiceFilter(
        label=_("Pages"),
        choices=[("yes", _("With problems")), ("no", _("Without problems"))],
        empty_label=_("All pages"),
        method="filter_problems",
    )
    lang = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("Any"))
    impact = django_filters.ChoiceFilter(
        label=_("Impact at least"),
        choices=[(impact, impact) for impact in IMPACTS],
        method="filter_impact",
        empty_label=_("Any"),
    )

    class Meta:
        model = AuditedPage
        fields = []

    def filter_problems(self, queryset, name, value):
        clean = Q(violations=0, error="")
        return queryset.exclude(clean) if value == "yes" else queryset.filter(clean)

    def filter_impact(self, queryset, name, value):
        return queryset.filter(findings__impact__in=IMPACTS[IMPACTS.index(value) :]).distinct()


def page_or_address(audited):
    return audited.page.get_admin_display_title() if audited.page else audited.url


def edit_url(audited):
    return reverse("wagtailadmin_pages:edit", args=[audited.page_id]) if audited.page_id else audited.url


class FindingsColumn(Column):
    cell_template_name = "accessibility_checks/findings_cell.html"


class AuditReportView(ReportView):
    page_title = _("Accessibility")
    header_icon = "glasses"
    report_slug = "accessibility"
    menu_order = 720
    template_name = "accessibility_checks/report.html"
    filterset_class = AuditReportFilterSet
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    columns = [
        TitleColumn("page_or_address", label=_("Page"), accessor=page_or_address, get_url=edit_url),
        Column("lang", label=_("Language")),
        FindingsColumn("found", label=_("Problems found")),
    ]
    list_export = ["url", "title", "lang", "violations", "rules", "error"]
    export_headings = {
        "url": _("Address"),
        "title": _("Title"),
        "lang": _("Language"),
        "violations": _("Problems"),
        "rules": _("Rules"),
        "error": _("Error"),
    }

    @cached_property
    def run(self):
        return AuditRun.objects.first()

    def get_queryset(self):
        if self.run is None:
            return AuditedPage.objects.none()
        return (
            self.run.pages.select_related("page").prefetch_related("findings").order_by("-violations", "url")
        )

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        for page in pages:
            page.found = list(page.findings.all())
            page.rules = ", ".join(f"{finding.rule} ({finding.impact})" for finding in page.found)
        return pages

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["run"] = self.run
        context["runs"] = trend()
        return context
