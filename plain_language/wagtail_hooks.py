from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.reports import register_report

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
register_report(PlainLanguageReportView)
