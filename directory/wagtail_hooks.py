"""The directory in the admin: organisations, offices and help channels, moderated like pages.

Editors save drafts and submit them to the workflow; moderators publish (migration 0003). Taking
a published entry away from citizens is a change they see too: deleting one needs the publish
permission, as deleting a live page does.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.permissions import get_permission_name
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import HelpChannel, ModeratedEntry, Office, Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    list_display = ["name", "short_name", "administration", "locale", LiveStatusTagColumn()]
    list_filter = ["administration", "locale", "live"]
    search_fields = ["name", "short_name"]


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    list_display = ["name", "organisation", "town", "locale", LiveStatusTagColumn()]
    list_filter = ["organisation", "locale", "live"]
    search_fields = ["name", "town"]


class HelpChannelViewSet(SnippetViewSet):
    model = HelpChannel
    icon = "help"
    list_display = ["title", "kind", "sort_order", "locale", LiveStatusTagColumn()]
    list_filter = ["kind", "locale", "live"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (OrganisationViewSet, OfficeViewSet, HelpChannelViewSet)


register_snippet(DirectoryViewSetGroup)


def may_publish(user, entry):
    return user.has_perm(get_permission_name("publish", type(entry)))


@hooks.register("before_delete_snippet")
def keep_published_entries_for_moderators(request, instances):
    """Covers the delete view and the bulk delete of the listings."""
    published = [entry for entry in instances if isinstance(entry, ModeratedEntry) and entry.live]
    if all(may_publish(request.user, entry) for entry in published):
        return None
    messages.error(request, _("Only someone who may publish can delete a published entry: ask a moderator."))
    return redirect(reverse(type(published[0]).snippet_viewset.get_url_name("list")))
