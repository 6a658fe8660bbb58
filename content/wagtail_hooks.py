from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.reports import report_urls

from .glossary import GlossaryTerm
from .translation_report import TranslationReportView, mark_reviewed_view
from .translation_status import REVIEWED_ACTION
from .views import PlainLanguageReportView


@hooks.register("before_serve_page")
def redirect_to_the_language_of_the_page(page, request, serve_args, serve_kwargs):
    """A page asked for in a language it does not exist in yet is shown in its own language.

    Wagtail serves the untranslated page under the requested prefix (/en/...), which would
    mark Catalan text as English. Redirect to the page's own address instead, and tell the
    template which language the person asked for so it can say so in that language.
    """
    requested = get_language()
    if page.locale.language_code != requested:
        return redirect(f"{page.get_url(request)}?{urlencode({'untranslated': requested})}")
    return None


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = _("Glossary")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["term", "plain", "locale"]
    list_filter = ["locale"]
    search_fields = ["term", "plain"]


register_snippet(GlossaryViewSet)


@hooks.register("register_admin_urls")
def register_plain_language_report_urls():
    return report_urls("plain-language", PlainLanguageReportView, "plain_language_report")


@hooks.register("register_reports_menu_item")
def register_plain_language_report_menu_item():
    return MenuItem(
        _("Plain language"),
        reverse("plain_language_report"),
        name="plain-language",
        icon_name="pilcrow",
        order=700,
    )


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        *report_urls("translations", TranslationReportView, "translation_report"),
        path(
            "translations/<int:translation_id>/reviewed/",
            mark_reviewed_view,
            name="translation_mark_reviewed",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return MenuItem(
        _("Translations"), reverse("translation_report"), name="translations", icon_name="globe", order=710
    )


@hooks.register("register_log_actions")
def register_translation_log_actions(actions):
    actions.register_action(
        REVIEWED_ACTION, _("Mark translation as reviewed"), _("Machine translation marked as reviewed")
    )


from . import editor_checks  # noqa: E402, F401  (registers the plain-language editor checks)
