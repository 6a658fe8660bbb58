"""Translating a page or a snippet makes drafts, and touches only what was not translated yet.

With WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE off, wagtail-localize saves every new
translation as a draft. It also saves again, as a draft, the existing translation of everything
the page points to (its organisation, its offices): that would take a published organisation off
the site in that language. The views here, served at wagtail-localize's addresses (see
wagtail_hooks.py), translate the same way but leave existing translations as they are; "Sync
translated pages" is the way to bring those up to date.
"""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from wagtail.models import Page
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.tasks import background
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView


def translated_locale_ids(instance):
    translations = instance.get_translations(inclusive=True)
    if isinstance(instance, Page):
        # wagtail-localize turns aliases into real translations: they do not count as translated.
        translations = translations.exclude(alias_of__isnull=False)
    return set(translations.values_list("locale_id", flat=True))


class DraftTranslationCreator(TranslationCreator):
    """wagtail-localize's creator, for the locales each object is not translated into yet."""

    def __init__(self, user, target_locales):
        super().__init__(user, target_locales)
        self.every_locale = list(target_locales)

    def create_translations(self, instance, include_related_objects=True):
        # The creator reads self.target_locales for this object after visiting the related ones.
        outer = self.target_locales
        translated = translated_locale_ids(instance)
        self.target_locales = [locale for locale in self.every_locale if locale.pk not in translated]
        try:
            super().create_translations(instance, include_related_objects)
        finally:
            self.target_locales = outer


def translate_subtree_as_drafts(page_id, locales, components, user):
    """wagtail-localize's translate_page_subtree, with the creator above (depth first, as it does)."""
    creator = DraftTranslationCreator(user, locales)
    for page in Page.objects.get(id=page_id).get_descendants().order_by("path"):
        creator.create_translations(page)
    if components is not None:
        components.save(creator, sources_and_translations=creator.mappings)


class DraftTranslationMixin:
    """Replaces the submit views' form_valid; the rest (form, permission, messages) is theirs."""

    @transaction.atomic
    def form_valid(self, form):
        locales = form.cleaned_data["locales"]
        creator = DraftTranslationCreator(self.request.user, locales)
        creator.create_translations(self.object)
        self.components.save(creator, sources_and_translations=creator.mappings)
        if isinstance(self.object, Page) and form.cleaned_data["include_subtree"]:
            arguments = [self.object.id, locales, self.components, self.request.user]
            background.enqueue(translate_subtree_as_drafts, arguments, {})
        return self.done(locales)

    def done(self, locales):
        # As wagtail-localize does: one language leads to its translation, several to the listing.
        translated = self.object.get_translation(locales[0]) if len(locales) == 1 else None
        names = ", ".join(locale.get_display_name() for locale in locales)
        messages.success(self.request, self.get_success_message(names))
        return redirect(self.get_success_url() or self.get_default_success_url(translated))


class DraftPageTranslationView(DraftTranslationMixin, SubmitPageTranslationView):
    pass


class DraftSnippetTranslationView(DraftTranslationMixin, SubmitSnippetTranslationView):
    pass
