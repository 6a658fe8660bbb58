"""Reports > Plain language: every live page with its score and what to improve first."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, LocaleColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from portal.reports import SectionFilterSet

from .scores import live_pages, page_scores


class PlainLanguageReportFilterSet(SectionFilterSet):
    pass


class IssuesColumn(Column):
    cell_template_name = "plain_language/reports/issues_cell.html"


class PlainLanguageReportView(ReportView):
    page_title = _("Plain language")
    header_icon = "pilcrow"
    report_slug = "plain-language"
    menu_order = 700
    filterset_class = PlainLanguageReportFilterSet
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    columns = [
        TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit"),
        LocaleColumn(),
        Column("plain_section", label=_("Section")),
        Column("plain_score", label=_("Score (0-100)")),
        Column("plain_label", label=_("Reading level")),
        IssuesColumn("plain_issues", label=_("What to improve first")),
    ]
    list_export = [
        "title",
        "url",
        "locale",
        "plain_section",
        "plain_score",
        "plain_label",
        "plain_threshold",
        "plain_issues",
    ]
    export_headings = {
        "url": _("Address"),
        "plain_section": _("Section"),
        "plain_score": _("Score (0-100)"),
        "plain_label": _("Reading level"),
        "plain_threshold": _("Threshold"),
        "plain_issues": _("What to improve first"),
    }

    def get_queryset(self):
        return live_pages()

    def decorate_paginated_queryset(self, object_list):
        # Analyse only the pages shown (or exported), not the whole site.
        pages = list(object_list)
        scores = {score.page.pk: score for score in page_scores(page_ids=[page.pk for page in pages])}
        for page in pages:
            score = scores[page.pk]
            page.plain_section = score.section.title if score.section else ""
            page.plain_score = score.analysis.score
            page.plain_label = str(score.analysis.label)
            page.plain_threshold = score.threshold
            page.plain_issues = score.top_issues()
        return pages

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["plain_issues"] = " | ".join(item.plain_issues)
        row["locale"] = item.locale.language_code
        return row
