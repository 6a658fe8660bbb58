from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import HelpChannel, Office, Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    list_display = ["name", "short_name", "administration", "locale"]
    list_filter = ["administration", "locale"]
    search_fields = ["name", "short_name"]


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    list_display = ["name", "organisation", "town", "locale"]
    list_filter = ["organisation", "locale"]
    search_fields = ["name", "town"]


class HelpChannelViewSet(SnippetViewSet):
    model = HelpChannel
    icon = "help"
    list_display = ["title", "kind", "sort_order", "locale"]
    list_filter = ["kind", "locale"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (OrganisationViewSet, OfficeViewSet, HelpChannelViewSet)


register_snippet(DirectoryViewSetGroup)
