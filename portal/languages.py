"""The portal's languages: declared once, in `settings.LANGUAGES`, and read from here by every app.

Each app keeps what it knows about a language where that knowledge lives (search its stemmers
and stop words, plain language its readability formulas and thresholds, translation its
Apertium routes) in a table keyed by language code, and registers a system check built with
`missing_from()`. A language added to the settings without what an app needs then stops
`manage.py check` with a message naming the language and the missing piece, instead of
being served silently with another language's rules.
"""

from django.conf import settings
from django.core import checks


def codes():
    """Every language code of the site, the source language first."""
    return tuple(code for code, _name in settings.LANGUAGES)


def source():
    """The language content is written in and translated from."""
    return settings.LANGUAGE_CODE


def targets():
    """The languages content is translated into."""
    return tuple(code for code in codes() if code != source())


def name(code):
    """The language's name in the active language ("Aranese", "aranès"...)."""
    return str(dict(settings.LANGUAGES)[code])


def autonym(code):
    """The language's name in itself, as a language switcher shows it ("Aranés")."""
    return settings.LANGUAGE_AUTONYMS[code]


def missing_from(table, what, check_id, hint=""):
    """A system check error for each configured language that `table` has no entry for."""
    return [
        checks.Error(f"The language '{code}' has no {what}.", hint=hint or None, id=check_id)
        for code in codes()
        if code not in table
    ]


@checks.register(checks.Tags.translation)
def check_languages(app_configs=None, **kwargs):
    errors = missing_from(
        settings.LANGUAGE_AUTONYMS,
        "name in its own language",
        "portal.E001",
        hint="Add it to LANGUAGE_AUTONYMS in the settings.",
    )
    if source() not in codes():
        errors.append(checks.Error(f"LANGUAGE_CODE '{source()}' is not in LANGUAGES.", id="portal.E002"))
    return errors
