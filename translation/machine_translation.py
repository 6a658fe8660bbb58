"""Machine translation on the server itself with Apertium, for wagtail-localize.

Pairs: ca↔es, ca↔oc (the Aranese modes), ca↔en, and es/en↔oc through Catalan. A page's
strings go to Apertium in one batch (one process per mode, not one per string), in its HTML
format mode so inline markup and links survive, with -u so unknown words are not starred.
With the translator's APY_URL option set, an Apertium APy server does the work instead of the
command line. A translation gets the TIMEOUT option's seconds in all, below the worker timeout:
a hung Apertium is killed (with the processes of its pipeline) and the editor is told, instead
of a 500.
"""

import contextlib
import json
import math
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.parse
import urllib.request
from functools import lru_cache

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

DIRECT_MODES = {
    ("ca", "es"): "cat-spa",
    ("es", "ca"): "spa-cat",
    ("ca", "oc"): "ca-oc_aran",
    ("oc", "ca"): "oc_aran-ca",
    ("ca", "en"): "cat-eng",
    ("en", "ca"): "eng-cat",
}
PACKAGES = {
    "cat-spa": "apertium-spa-cat",
    "spa-cat": "apertium-spa-cat",
    "ca-oc_aran": "apertium-oc-ca",
    "oc_aran-ca": "apertium-oc-ca",
    "cat-eng": "apertium-eng-cat",
    "eng-cat": "apertium-eng-cat",
}
SEPARATOR = '<hr data-apertium-segment="">'
SEPARATOR_RE = re.compile(r"\s*<hr data-apertium-segment(?:=\"\")?\s*/?>\s*")


class ApertiumUnavailable(Exception):
    """Apertium, or the package of a language pair, is not installed: the message says which."""


class ApertiumTimeout(ApertiumUnavailable):
    """Apertium did not finish in time: it was stopped and nothing was translated."""

    def __init__(self):
        seconds = math.ceil(option("TIMEOUT"))
        super().__init__(
            ngettext(
                "Machine translation took longer than %(seconds)s second, so it was stopped and "
                "nothing was translated. Try again in a few minutes. If it happens again, tell the "
                "technical team.",
                "Machine translation took longer than %(seconds)s seconds, so it was stopped and "
                "nothing was translated. Try again in a few minutes. If it happens again, tell the "
                "technical team.",
                seconds,
            )
            % {"seconds": seconds}
        )


def seconds_left(deadline):
    left = deadline - time.monotonic()
    if left <= 0:
        raise ApertiumTimeout()
    return left


def run_apertium(command, text, timeout):
    """Run an Apertium command on `text`; past `timeout`, kill it and the pipeline it started."""
    with subprocess.Popen(  # noqa: S603  (fixed executable and mode, text on stdin)
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: `apertium` is a shell pipeline
    ) as process:
        try:
            stdout, stderr = process.communicate(text, timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise ApertiumTimeout() from None
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def language(locale_or_code):
    code = getattr(locale_or_code, "language_code", locale_or_code)
    return code.split("-")[0].split("_")[0]


def modes_for(source, target):
    """The Apertium modes that take source to target, through Catalan when there is no direct pair."""
    source, target = language(source), language(target)
    if (source, target) in DIRECT_MODES:
        return [DIRECT_MODES[source, target]]
    if (
        source != "ca"
        and target != "ca"
        and (source, "ca") in DIRECT_MODES
        and ("ca", target) in DIRECT_MODES
    ):
        return [DIRECT_MODES[source, "ca"], DIRECT_MODES["ca", target]]
    raise ValueError(f"Apertium cannot translate from '{source}' to '{target}' here.")


class CommandLineEngine:
    def translate(self, html, mode, timeout=None):
        deadline = time.monotonic() + (timeout or option("TIMEOUT"))
        executable = shutil.which("apertium")
        if executable is None:
            raise ApertiumUnavailable(
                "Apertium is not installed on the server. Install the Debian package 'apertium' "
                f"and '{PACKAGES[mode]}' (apt-get install apertium {PACKAGES[mode]})."
            )
        if mode not in installed_modes(executable):
            raise ApertiumUnavailable(
                f"The Apertium language pair '{mode}' is not installed. Install the Debian package "
                f"'{PACKAGES[mode]}' (apt-get install {PACKAGES[mode]})."
            )
        result = run_apertium([executable, "-u", "-f", "html", mode], html, seconds_left(deadline))
        if result.returncode != 0:
            raise ApertiumUnavailable(f"Apertium failed on '{mode}': {result.stderr.strip()[:300]}")
        return result.stdout


@lru_cache(maxsize=4)
def installed_modes(executable):
    return frozenset(run_apertium([executable, "-l"], "", option("TIMEOUT")).stdout.split())


class APyEngine:
    """An Apertium APy server (https://wiki.apertium.org/wiki/APy), e.g. http://apertium:2737."""

    def __init__(self, url):
        self.url = url.rstrip("/")

    def translate(self, html, mode, timeout=None):
        source, target = mode.split("-", 1)
        query = urllib.parse.urlencode(
            {"q": html, "langpair": f"{source}|{target}", "format": "html", "markUnknown": "no"}
        ).encode()
        timeout = timeout or option("TIMEOUT")
        try:
            with urllib.request.urlopen(f"{self.url}/translate", data=query, timeout=timeout) as response:  # noqa: S310
                payload = json.load(response)
        except OSError as error:
            # A timeout reaches us bare (reading) or wrapped in a URLError (connecting).
            if isinstance(error, TimeoutError) or isinstance(getattr(error, "reason", None), TimeoutError):
                raise ApertiumTimeout() from error
            raise ApertiumUnavailable(
                f"The Apertium server at {self.url} does not answer: {error}"
            ) from error
        if payload.get("responseStatus") != 200:
            raise ApertiumUnavailable(
                f"The Apertium server cannot translate '{mode}': {payload.get('responseDetails')}. "
                f"Install '{PACKAGES.get(mode, mode)}' on it."
            )
        return payload["responseData"]["translatedText"]


def option(name):
    """One of the translator's OPTIONS in the settings, which wagtail-localize also hands it."""
    return settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"][name]


def engine():
    url = option("APY_URL")
    return APyEngine(url) if url else CommandLineEngine()


def translate_html(fragments, source, target, using=None):
    """Translate HTML fragments in one batch per Apertium mode; the result keeps their order."""
    fragments = list(fragments)
    if not fragments:
        return []
    using = using or engine()
    document = f"\n{SEPARATOR}\n".join(fragments)
    # One deadline for every step: through Catalan a page takes two, and both must fit.
    deadline = time.monotonic() + option("TIMEOUT")
    for mode in modes_for(source, target):
        document = using.translate(document, mode, timeout=seconds_left(deadline))
    translated = SEPARATOR_RE.split(document.strip())
    if len(translated) != len(fragments):
        raise ApertiumUnavailable("Apertium changed the number of segments; nothing was translated.")
    return [fragment.strip() for fragment in translated]


class ApertiumTranslator(BaseMachineTranslator):
    display_name = _("Apertium (on this server)")

    def can_translate(self, source_locale, target_locale):
        try:
            return bool(modes_for(source_locale, target_locale))
        except ValueError:
            return False

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        translated = translate_html([string.data for string in strings], source_locale, target_locale)
        return {string: StringValue(text) for string, text in zip(strings, translated, strict=True)}
