"""The demo content in Spanish, Aranese and English, as wagtail-localize translations.

Each Catalan page and snippet of the demo has one PO file per target language under
`demo_content/translations/<language>/`, holding its strings as wagtail-localize extracts
them (msgctxt is the field path, msgid the Catalan text). `translate_demo_content` writes
them with the Apertium translator; people then correct them in the files. The loader
imports them as machine translations, so the demo needs no Apertium to load, and the
translation status report shows them as machine-translated until an editor reviews them.
"""

from pathlib import Path

import polib
from django.utils.text import slugify
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from directory.models import HelpChannel

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "demo_content" / "translations"
TOOL_NAME = "Apertium"


def demo_objects(loader):
    """(file name, Catalan instance) of every snippet and page of the demo, in the order to translate.

    Snippets come first so that translated pages point at translated snippets; procedures
    come before the life events whose steps link to them.
    """
    for slug, organisation in sorted(loader.organisations.items()):
        yield f"organisations/{slug}", organisation
    for slug, office in sorted(loader.offices.items()):
        yield f"offices/{slug}", office
    for channel in HelpChannel.objects.filter(locale=loader.locale).order_by("sort_order"):
        yield f"help-channels/{channel.kind}", channel
    home = Page.objects.get(pk=loader.home.pk).specific  # as published, not as first saved
    yield "pages/home", home
    for page in home.get_descendants().specific().order_by("path"):
        yield f"pages/{page.url_path.removeprefix(home.url_path).strip('/')}", page


def po_path(language_code, name):
    return TRANSLATIONS_DIR / language_code / f"{name}.po"


def source_segments(instance):
    """The TranslationSource of an instance, brought up to date, and its string segments in order."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = (
        StringSegment.objects.filter(source=source).order_by("order").select_related("string", "context")
    )
    return source, list(segments)


def build_po(segments, translations):
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"MIME-Version": "1.0", "Content-Type": "text/plain; charset=utf-8"}
    for segment in segments:
        po.append(
            polib.POEntry(
                msgctxt=segment.context.path,
                msgid=segment.string.data,
                msgstr=translations.get((segment.context.path, segment.string.data), ""),
            )
        )
    return po


def existing_translations(path):
    if not path.exists():
        return {}
    return {(entry.msgctxt, entry.msgid): entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr}


def write_translations(loader, language_code, translate, log=print):
    """Write the PO file of every demo object; only strings not translated yet go to `translate`.

    `translate(texts, language_code)` returns the translations in order. Corrections people
    made in the files stay: a string is translated again only when its Catalan text changed.
    """
    written = 0
    for name, instance in demo_objects(loader):
        _source, segments = source_segments(instance)
        path = po_path(language_code, name)
        known = existing_translations(path)
        missing = [s for s in segments if (s.context.path, s.string.data) not in known]
        for segment, text in zip(
            missing, translate([s.string.data for s in missing], language_code), strict=True
        ):
            known[segment.context.path, segment.string.data] = text
        title = next(
            (known[s.context.path, s.string.data] for s in segments if s.context.path == "title"), ""
        )
        for segment in missing:
            if segment.context.path == "slug" and title:
                known[segment.context.path, segment.string.data] = slugify(title) or segment.string.data
        path.parent.mkdir(parents=True, exist_ok=True)
        build_po(segments, known).save(str(path))
        written += 1
    log(f"{language_code}: {written} files in {TRANSLATIONS_DIR / language_code}")
    return written


def save_and_publish(translation):
    """Save the translated page or snippet and publish it now: the demo's translations are its own.

    wagtail-localize publishes a translated page or snippet when the transaction commits; inside
    a longer transaction (a test, a loader run in atomic) that would be too late or never.
    """
    translation.save_target(publish=True)
    target = translation.get_target_instance()
    if isinstance(target, DraftStateMixin):
        target.refresh_from_db()
        if not target.live or target.has_unpublished_changes:
            target.get_latest_revision().publish()
    return target


class DemoTranslationLoader:
    """Creates or updates the translated demo pages and snippets from the stored PO files.

    A translation is saved (and its page published) only when it is new, its strings changed
    or its Catalan source changed, so loading again leaves an unchanged site alone.
    """

    def __init__(self, loader, language_code, log=print):
        self.loader = loader
        self.locale = Locale.objects.get(language_code=language_code)
        self.log = log
        self.saved = 0
        self.saved_names = []

    def load(self):
        missing, saved, created_pages = [], {}, False
        for name, instance in demo_objects(self.loader):
            path = po_path(self.locale.language_code, name)
            if not path.exists():
                missing.append(name)
                continue
            created = not instance.has_translation(self.locale)
            translation = self.load_one(instance, polib.pofile(str(path)))
            if translation:
                self.saved_names.append(name)
                saved[name] = (instance, translation)
                created_pages |= created
        # Life events link to each other: when some were new, save the ones that link again,
        # now that every translated page they point to exists.
        if created_pages:
            for instance, translation in saved.values():
                if getattr(instance, "related_life_events", None):
                    self.save(translation)
        if missing:
            more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
            self.log(f"{self.locale.language_code}: no translation file for {', '.join(missing[:5])}{more}")
        return self

    def load_one(self, instance, po):
        previous = (
            TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id)
            .values_list("last_updated_at", flat=True)
            .first()
        )
        source, _segments = source_segments(instance)
        translation, created = Translation.objects.get_or_create(source=source, target_locale=self.locale)
        before = self.stored(translation)
        translation.import_po(po, translation_type="machine", tool_name=TOOL_NAME)
        changed = created or previous != source.last_updated_at or before != self.stored(translation)
        if changed or not instance.has_translation(self.locale):
            self.save(translation)
            return translation
        return None

    def save(self, translation):
        save_and_publish(translation)
        self.saved += 1

    @staticmethod
    def stored(translation):
        segments = StringSegment.objects.filter(source=translation.source)
        return set(
            segments.annotate_translation(translation.target_locale).values_list(
                "context__path", "translation"
            )
        )
