"""Editor-facing texts: English msgids, translated lazily (``makemessages`` picks up ``gettext_noop``).

``translate(msgid, **params)`` returns a lazy string: it is translated into the active language and
interpolated (``%``) only when rendered, so an analysis can be cached and shown in any language.
Outside a configured Django project (plain Python use) it renders the English msgid.
"""

from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import gettext


def gettext_noop(message):
    """Marks a msgid for ``makemessages`` (like Django's, which needs configured settings)."""
    return message


EASY = gettext_noop("Easy")
ADEQUATE = gettext_noop("Adequate")
HARD = gettext_noop("Difficult")

LONG_SENTENCE = gettext_noop("Divide this sentence of %(words)s words.")
LONG_SENTENCE_TIP = gettext_noop("Keep to one idea per sentence: aim for fewer than %(limit)s words.")
VERY_LONG_WORD = gettext_noop("“%(word)s” is a very long word (%(syllables)s syllables).")
VERY_LONG_WORD_TIP = gettext_noop("Use a shorter, everyday word if there is one.")
PASSIVE = gettext_noop("“%(text)s” is in the passive voice.")
PASSIVE_TIP = gettext_noop("Say who does what: use the active voice.")
NOMINALISATION = gettext_noop("“%(word)s” is a noun made from a verb; this sentence has %(count)s.")
NOMINALISATION_TIP = gettext_noop("Use the verb instead: “you apply” rather than “the application”.")
JARGON = gettext_noop("“%(text)s” is jargon.")
JARGON_TIP = gettext_noop("Write “%(plain)s” instead of “%(term)s”.")
JARGON_TIP_EXPLAINED = gettext_noop("Write “%(plain)s” instead of “%(term)s”. %(explanation)s")
JARGON_TIP_EXPLANATION_ONLY = gettext_noop("Explain “%(term)s”: %(explanation)s")
JARGON_TIP_NO_PLAIN = gettext_noop("Use a plain word instead of “%(term)s”, or explain it.")


def _render(msgid, params):
    template = gettext(msgid) if settings.configured else msgid
    return template % params if params else template


_lazy_render = lazy(_render, str)


def translate(msgid, **params):
    """The lazy, translatable text of ``msgid`` with its ``%(name)s`` placeholders filled in."""
    return _lazy_render(msgid, params)
