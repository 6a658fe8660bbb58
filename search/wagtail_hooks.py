"""The search in the admin: synonyms and best bets search managers keep, the services, two reports.

A "Site search" menu holds the synonyms (kept by the "Search managers" group, and read by editors
and moderators, migration 0010) and the services imported from the catalogue feeds, which can be
listed and inspected only: the next `manage.py import_services` would overwrite any change made
here. Wagtail's history records every change to synonyms and best bets, with who made it.
Reports > Searches with no results and Reports > Most searched are in `search.reports`; how long
their data is kept, in `search.retention`.
"""

import django_filters
from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import DateColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, InspectView, SnippetViewSet, SnippetViewSetGroup

from directory.models import Administration, ChannelKind
from portal.reports import register_report

from . import best_bets
from .models import ExternalService, Synonym
from .reports import MostSearchedReportView, NoResultsReportView
from .retention import SearchAnalyticsRetention


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["terms", "language"]
    list_filter = ["language"]
    search_fields = ["terms"]


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Only 'view': nobody, superusers included, adds, changes or deletes these records here."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return super().users_with_any_permission([]).none()
        return super().users_with_any_permission(["view"])


def source_choices():
    return [
        (source, source)
        for source in ExternalService.objects.order_by("source").distinct().values_list("source", flat=True)
    ]


class ExternalServiceFilterSet(WagtailFilterSet):
    source = django_filters.ChoiceFilter(label=_("Source"), choices=source_choices, empty_label=_("Any"))
    administration = django_filters.ChoiceFilter(
        label=_("Administration"), choices=Administration.choices, empty_label=_("Any")
    )

    class Meta:
        model = ExternalService
        fields = []


class ExternalServiceIndexView(IndexView):
    @property
    def columns(self):
        # No selection checkboxes: there is no bulk action anyone may take on these records.
        columns = [column for column in super().columns if column.name != "bulk_actions"]
        columns[0].label = _("Title")
        return columns


def per_language(values):
    """{"ca": ..., "es": ...} as lines "Català: ...", lists joined with commas."""
    names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    lines = [
        (names.get(code, code), ", ".join(value) if isinstance(value, list) else value)
        for code, value in (values or {}).items()
        if value
    ]
    return format_html_join("", "<p><strong>{}</strong>: {}</p>", lines) or "-"


class ExternalServiceInspectView(InspectView):
    def get_title_display_value(self):
        return per_language(self.object.title)

    def get_description_display_value(self):
        return per_language(self.object.description)

    def get_keywords_display_value(self):
        return per_language(self.object.keywords)

    def get_url_display_value(self):
        return format_html('<a href="{0}" rel="noreferrer">{0}</a>', self.object.url)

    def get_channels_display_value(self):
        labels = dict(ChannelKind.choices)
        return ", ".join(str(labels.get(channel, channel)) for channel in self.object.channels) or "-"

    def get_life_events_display_value(self):
        return ", ".join(self.object.life_events) or "-"


class ExternalServiceViewSet(SnippetViewSet):
    model = ExternalService
    icon = "globe"
    menu_label = _("External services")
    index_view_class = ExternalServiceIndexView
    inspect_view_class = ExternalServiceInspectView
    index_template_name = "search/admin/external_services.html"
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "__str__",
        "organisation",
        "administration",
        "source",
        DateColumn("updated_at", label=_("Updated"), sort_key="updated_at"),
    ]
    filterset_class = ExternalServiceFilterSet
    # The title is a JSON object per language: search each language with the database, not with
    # Wagtail's search backend (the model's search fields are for the stock-search comparison).
    search_backend_name = None
    search_fields = [f"title__{code}" for code, _name in settings.LANGUAGES] + ["organisation"]
    inspect_view_fields = [
        "title",
        "organisation",
        "administration",
        "url",
        "description",
        "keywords",
        "channels",
        "life_events",
        "source",
        "identifier",
        "publisher",
        "updated_at",
    ]

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)

    def get_permissions_to_register(self):
        # Only "view" means anything for these records in the group editor.
        content_type = ContentType.objects.get_for_model(self.model)
        return Permission.objects.filter(
            content_type=content_type, codename=get_permission_codename("view", self.model_opts)
        )


class SearchViewSetGroup(SnippetViewSetGroup):
    # Not just "Search": the sidebar already has the admin's own search at the top.
    menu_label = _("Site search")
    menu_icon = "search"
    menu_order = 270
    items = (SynonymViewSet, ExternalServiceViewSet)


register_snippet(SearchViewSetGroup)


@hooks.register("before_bulk_action")
def refuse_bulk_actions_on_imported_services(request, action_type, objects, action_class_instance):
    """Snippets' bulk delete checks the Django permission only; the feeds own these records."""
    if getattr(action_class_instance, "model", None) is ExternalService:
        messages.error(request, _("Services imported from feeds change only with the next import."))
        return redirect(reverse(ExternalService.snippet_viewset.get_url_name("list")))
    return None


register_report(NoResultsReportView)
register_report(MostSearchedReportView)


@hooks.register("register_retention_policy")
def register_search_analytics_retention():
    return SearchAnalyticsRetention()


# Before Wagtail's own search promotions URLs, so that its addresses reach the stricter views.
@hooks.register("register_admin_urls", order=-1)
def register_best_bets_with_safe_links():
    return best_bets.admin_urls()
