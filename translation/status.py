"""Where each page stands in each language: missing, machine-translated, reviewed or out of date.

wagtail-localize already records what we need. A page's translation into a locale is a
`Translation` of the source page's `TranslationSource`; each string of it is a
`StringTranslation` marked "machine" or "manual". So:

- missing: there is no page in that locale;
- out of date: the source page was published after its strings were last synced, or some
  of its current strings have no translation yet;
- machine-translated: some current strings are still the machine's, as nobody reviewed them;
- reviewed: every string was written or checked by a person.

Marking a translation as reviewed turns its machine strings into manual ones in the
reviewer's name, so the state follows edits: strings that a later sync machine-translates
again make the page "machine-translated" again. Pages translated outside wagtail-localize
(a plain copy edited by hand) are reviewed, or out of date when the source was published
after them.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


class Status(models.TextChoices):
    MISSING = "missing", _("Not translated")
    OUTDATED = "outdated", _("Out of date: the original changed")
    MACHINE = "machine", _("Machine translation, not reviewed")
    REVIEWED = "reviewed", _("Reviewed")


# Stored in page histories: the name keeps the app that first wrote it, so older entries still read.
REVIEWED_ACTION = "content.translation_reviewed"


@dataclass
class TranslationState:
    page: Page  # the source page
    locale: Locale
    status: Status
    translated_page: Page | None = None
    translation: Translation | None = None
    total: int = 0
    translated: int = 0
    machine: int = 0


def source_locale():
    return Locale.get_default()


def translation_states(pages, locales=None):
    """The state of every page of `pages` (in the source language) in every other locale."""
    pages = list(pages)
    default = source_locale()
    locales = [locale for locale in (locales or Locale.objects.all()) if locale.pk != default.pk]
    keys = [page.translation_key for page in pages]
    translated_pages = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys, locale__in=locales)
    }
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale=default)
    }
    translations = {
        (translation.source_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(source__in=sources.values(), enabled=True)
    }
    counts = string_counts(sources.values(), locales)

    states = []
    for page in pages:
        source = sources.get(page.translation_key)
        for locale in locales:
            target = translated_pages.get((page.translation_key, locale.pk))
            translation = source and translations.get((source.pk, locale.pk))
            total, translated, machine = counts.get((source and source.pk, locale.pk), (0, 0, 0))
            state = TranslationState(page, locale, Status.REVIEWED, target, translation or None)
            state.total, state.translated, state.machine = total, translated, machine
            state.status = status_of(page, target, source, translation, total, translated, machine)
            states.append(state)
    return states


def status_of(page, target, source, translation, total, translated, machine):
    if target is None:
        return Status.MISSING
    if not translation:
        published_after = page.last_published_at and target.last_published_at
        return (
            Status.OUTDATED
            if published_after and page.last_published_at > target.last_published_at
            else Status.REVIEWED
        )
    if (page.last_published_at and page.last_published_at > source.last_updated_at) or translated < total:
        return Status.OUTDATED
    return Status.MACHINE if machine else Status.REVIEWED


def string_counts(sources, locales):
    """(total, translated, machine) strings of each source in each locale, in two queries."""
    sources = list(sources)
    segments = defaultdict(set)
    for source_id, string_id, context_id in StringSegment.objects.filter(source__in=sources).values_list(
        "source_id", "string_id", "context_id"
    ):
        segments[source_id].add((string_id, context_id))
    kinds = {
        (string_id, context_id, locale_id): kind
        for string_id, context_id, locale_id, kind in StringTranslation.objects.filter(
            context__object_id__in=[source.object_id for source in sources],
            locale__in=locales,
            has_error=False,
        ).values_list("translation_of_id", "context_id", "locale_id", "translation_type")
    }
    counts = {}
    for source in sources:
        for locale in locales:
            found = [
                kinds.get((string_id, context_id, locale.pk)) for string_id, context_id in segments[source.pk]
            ]
            translated = [kind for kind in found if kind]
            machine = sum(kind == StringTranslation.TRANSLATION_TYPE_MACHINE for kind in translated)
            counts[source.pk, locale.pk] = (len(found), len(translated), machine)
    return counts


def machine_strings(translation):
    """The current strings of a translation that are still the machine's."""
    segments = StringSegment.objects.filter(source_id=translation.source_id)
    return StringTranslation.objects.filter(
        locale_id=translation.target_locale_id,
        context__object_id=translation.source.object_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        translation_of_id__in=segments.values("string_id"),
        context_id__in=segments.values("context_id"),
    )


def is_unreviewed_machine_translation(page):
    """True when the page is a translation some of whose strings nobody has reviewed yet."""
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )
    return bool(translation) and machine_strings(translation).exists()


@transaction.atomic
def mark_reviewed(translation, user):
    """A person vouches for the machine translation: its strings count as theirs from now on."""
    reviewed = machine_strings(translation).update(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        tool_name="",
        last_translated_by=user,
        updated_at=timezone.now(),
    )
    target = translation.get_target_instance()
    log(target, REVIEWED_ACTION, user=user, data={"strings": reviewed})
    return reviewed
