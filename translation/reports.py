"""The admin report of translations: every page of the source language, its state in each locale."""

import django_filters
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy
from wagtail_localize.models import Translation

from portal.reports import SectionFilterSet

from .status import Status, mark_reviewed, source_locale, translation_states


class TranslationReportFilterSet(SectionFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("State"), choices=Status.choices, method="filter_status", empty_label=_("Any state")
    )

    class Meta(SectionFilterSet.Meta):
        fields = []

    def filter_status(self, queryset, name, value):
        keys = {state.page.pk for state in translation_states(queryset) if state.status == value}
        return queryset.filter(pk__in=keys)


class LocaleStateColumn(Column):
    """The state of the row's page in one locale, with the action that moves it on."""

    cell_template_name = "translation/reports/translation_state_cell.html"

    def __init__(self, locale):
        self.locale = locale
        super().__init__(f"state_{locale.language_code}", label=locale.get_display_name())

    def get_value(self, instance):
        return instance.translation_states.get(self.locale.pk)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["state"] = context["raw_value"]
        context["csrf_token"] = get_token(request) if request else ""
        context["next_url"] = request.get_full_path() if request else ""
        return context


class TranslationReportView(ReportView):
    page_title = _("Translations")
    header_icon = "globe"
    report_slug = "translations"
    menu_order = 710
    filterset_class = TranslationReportFilterSet
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]

    @cached_property
    def target_locales(self):
        order = [code for code, _name in settings.LANGUAGES]
        locales = Locale.objects.exclude(pk=source_locale().pk)
        return sorted(
            locales,
            key=lambda locale: (
                order.index(locale.language_code) if locale.language_code in order else len(order)
            ),
        )

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit"),
            *(LocaleStateColumn(locale) for locale in self.target_locales),
        ]

    @property
    def list_export(self):
        return ["title", "url", *(f"state_{locale.language_code}" for locale in self.target_locales)]

    @property
    def export_headings(self):
        return {
            "url": _("Address"),
            **{f"state_{locale.language_code}": locale.get_display_name() for locale in self.target_locales},
        }

    def get_queryset(self):
        return Page.objects.filter(locale=source_locale(), depth__gt=1).order_by("path")

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        states = translation_states(pages, self.target_locales)
        for page in pages:
            page.translation_states = {s.locale.pk: s for s in states if s.page.pk == page.pk}
            for locale in self.target_locales:
                # What the spreadsheet export shows.
                setattr(
                    page,
                    f"state_{locale.language_code}",
                    str(page.translation_states[locale.pk].status.label),
                )
        return pages


@require_POST
def mark_reviewed_view(request, translation_id):
    translation = get_object_or_404(Translation.objects.select_related("source"), pk=translation_id)
    target = translation.get_target_instance()
    if not isinstance(target, Page) or not target.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    count = mark_reviewed(translation, request.user)
    messages.success(
        request,
        _("'%(title)s' in %(language)s is marked as reviewed (%(count)d strings).")
        % {"title": target.title, "language": translation.target_locale.get_display_name(), "count": count},
    )
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = "translations_report:index"
    return redirect(next_url)
