from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.reports import ReportViewSet

from . import editor_checks  # noqa: F401  (registers the plain-language editor checks)
from .glossary import GlossaryTerm
from .reports import PlainLanguageReportView


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


@hooks.register("register_admin_viewset")
def register_plain_language_report():
    return ReportViewSet(
        "plain_language_report",
        slug="plain-language",
        view_class=PlainLanguageReportView,
        menu_label=_("Plain language"),
        icon="pilcrow",
        menu_order=700,
    )
