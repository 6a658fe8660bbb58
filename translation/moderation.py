"""Translations are moderated like the rest of the site.

wagtail-localize's "Sync translated pages" (and snippets) offers "Publish immediately" to anyone
who may submit translations, editors included, and then publishes every translation without
asking whether that person may publish. The view here offers it only to people who may publish
every translation the sync touches; for the others, a sync updates the strings to translate and
publishes nothing. It is served at wagtail-localize's own address (see wagtail_hooks.py).
"""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.views.update_translations import UpdateTranslationsView


def can_publish(user, instance):
    """Whether `user` may publish `instance`, a page or a snippet, as Wagtail's own editors decide."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    return True  # without a draft state, saving is publishing: the edit permission decides


def translation_target(translation):
    """The translated page or snippet, or its source when the translation has not been made yet."""
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return translation.source.get_source_instance()


class ModeratedUpdateTranslationsView(UpdateTranslationsView):
    def may_publish(self):
        translations = self.object.translations.filter(enabled=True).select_related("source")
        return all(can_publish(self.request.user, translation_target(t)) for t in translations)

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            del form.fields["publish_translations"]
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)
