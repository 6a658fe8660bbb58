"""What every admin report of the portal shares: its addresses, its Reports menu entry, its filters.

A report is a Wagtail `ReportView` that also says its address (`report_slug`) and its place in
the Reports menu (`menu_order`); `register_report(view_class)`, called from the app's
wagtail_hooks, gives it `/admin/reports/<slug>/` (and `results/`, which Wagtail's filters load
without a reload of the page) and a Reports menu entry with the view's title and icon, shown
only to the people the view itself lets in: a report's permission is declared once, on its view.
Its URL names are `<slug>_report:index` and `:results` (dashes become underscores).
"""

import django_filters
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Page

SECTION_DEPTH = 3  # the children of a home page: life events, procedures, guidance pages


def user_can_open(view_class, user):
    """Whether `user` passes the permission check `view_class` makes when it is opened."""
    policy = view_class.permission_policy
    if policy is None:
        return True
    if view_class.permission_required:
        return policy.user_has_permission(user, view_class.permission_required)
    if view_class.any_permission_required:
        return policy.user_has_any_permission(user, view_class.any_permission_required)
    return True


class ReportViewSet(ViewSet):
    view_class = None
    slug = ""
    menu_hook = "register_reports_menu_item"

    @cached_property
    def url_prefix(self):
        return f"reports/{self.slug}"

    @cached_property
    def menu_name(self):
        return self.slug

    def get_urlpatterns(self):
        names = {
            "index_url_name": self.get_url_name("index"),
            "index_results_url_name": self.get_url_name("results"),
        }
        return [
            path("", self.view_class.as_view(**names), name="index"),
            path("results/", self.view_class.as_view(results_only=True, **names), name="results"),
        ]

    @cached_property
    def menu_item_class(self):
        view_class = self.view_class

        class ReportMenuItem(MenuItem):
            def is_shown(self, request):
                return user_can_open(view_class, request.user)

        return ReportMenuItem


def register_report(view_class, viewset_class=ReportViewSet):
    slug = view_class.report_slug
    viewset = viewset_class(
        f"{slug.replace('-', '_')}_report",
        slug=slug,
        view_class=view_class,
        menu_label=view_class.page_title,
        icon=view_class.header_icon,
        menu_order=view_class.menu_order,
    )
    hooks.register("register_admin_viewset", lambda: viewset)
    return viewset


def sections():
    """The sections of every site: the pages right under a home page."""
    return Page.objects.filter(depth=SECTION_DEPTH).select_related("locale").order_by("path")


class SectionFilterSet(WagtailFilterSet):
    """Pages under one section of the site."""

    section = django_filters.ModelChoiceFilter(
        label=_("Section"), queryset=lambda request: sections(), method="filter_section"
    )

    class Meta:
        model = Page
        fields = []

    def filter_section(self, queryset, name, value):
        return queryset.descendant_of(value, inclusive=True)
