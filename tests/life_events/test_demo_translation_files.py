"""The stored translations of the demo content keep what the page needs to work.

People correct the machine translations by hand in these files; these tests catch a lost
link, a broken tag, an untranslated string or a slug that is no longer a slug.
"""

import re
from collections import Counter

import polib
import pytest

from life_events.demo_translations import TRANSLATIONS_DIR
from portal import languages

TAG = re.compile(r"<(/?)([a-z0-9]+)([^>]*)>")
HREF = re.compile(r'href="([^"]*)"')
SLUG = re.compile(r"^[-a-z0-9]+$")
FILES = sorted(TRANSLATIONS_DIR.glob("*/**/*.po"))


def markup(html):
    return Counter((closing, name) for closing, name, _attrs in TAG.findall(html)), sorted(HREF.findall(html))


def entries(language_code):
    for path in sorted((TRANSLATIONS_DIR / language_code).glob("**/*.po")):
        for entry in polib.pofile(str(path)):
            yield path.relative_to(TRANSLATIONS_DIR), entry


def test_every_target_language_has_the_same_files():
    names = {
        language: {
            p.relative_to(TRANSLATIONS_DIR / language) for p in (TRANSLATIONS_DIR / language).glob("**/*.po")
        }
        for language in languages.targets()
    }
    assert names["es"], "no translation files"
    assert names["es"] == names["oc"] == names["en"]


@pytest.mark.parametrize("language_code", languages.targets())
def test_every_string_is_translated(language_code):
    untranslated = [
        f"{path}: {entry.msgctxt}" for path, entry in entries(language_code) if not entry.msgstr.strip()
    ]
    assert untranslated == []


@pytest.mark.parametrize("language_code", languages.targets())
def test_translations_keep_the_tags_and_links_of_the_catalan(language_code):
    broken = [
        f"{path}: {entry.msgctxt}"
        for path, entry in entries(language_code)
        if markup(entry.msgid) != markup(entry.msgstr)
    ]
    assert broken == []


@pytest.mark.parametrize("language_code", languages.targets())
def test_translated_slugs_are_slugs(language_code):
    bad = [
        f"{path}: {entry.msgstr!r}"
        for path, entry in entries(language_code)
        if entry.msgctxt == "slug" and not SLUG.match(entry.msgstr)
    ]
    assert bad == []
