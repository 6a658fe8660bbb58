"""A new translation of a page goes to the moderators through the page's workflow, like any page.

wagtail-localize's translation editor replaces the page editor for a synced translation, and it
has no "Submit for moderation": only people who may publish can do anything with the result.
Here, an editor sends a translation that is not published yet to the workflow: its strings are
saved as the page's latest revision (a draft), and the workflow starts on it. A published
translation is not offered this: wagtail-localize writes a saved translation into the live page
itself, so its changes are published from the translation editor by a person who may publish.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation


def synced_translation(page):
    """The translation wagtail-localize keeps this page in step with, if it is one."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


def can_submit(user, page):
    if page.live:  # first: most pages of a listing are live, and this needs no query
        return False
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() and permissions.can_submit_for_moderation()


def start_or_resume(page, user):
    """As the page editor's submit does: a workflow that asked for changes goes on where it was."""
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        page.get_workflow().start(page, user)


def submit_buttons(page, user, view_name=None, next_url=None):
    """The "Submit for moderation" entry of a translation's menus in the page explorer."""
    if can_submit(user, page) and synced_translation(page):
        url = reverse("translation_submit_for_moderation", args=[page.id])
        yield ListingButton(_("Submit for moderation"), url, priority=61, icon_name="resubmit")


class SubmitTranslationView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translation/admin/submit_for_moderation.html"
    page_title = gettext_lazy("Submit for moderation")
    header_icon = "resubmit"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, id=page_id).specific
        self.translation = synced_translation(self.page)
        if self.translation is None or not can_submit(request.user, self.page):
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(workflow=self.page.get_workflow(), edit_url=self.edit_url())
        return context

    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.id])

    def post(self, request, page_id):
        try:
            with transaction.atomic():
                self.translation.save_target(user=request.user, publish=False)
                start_or_resume(Page.objects.get(pk=self.page.pk).specific, request.user)
        except ValidationError:
            messages.error(
                request, _("The translation could not be saved. Open it and correct what it shows.")
            )
        else:
            messages.success(request, _("The translation is waiting for moderation."))
        return redirect(self.edit_url())
