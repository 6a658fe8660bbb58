"""Which links from outside the portal may reach a page: web addresses, and where a field can
hold them, e-mail and phone links.

A link is where script gets into a page (`javascript:`, `data:`, `vbscript:`...), and a browser
reads a link more loosely than it looks: it ignores the case of the scheme, drops tabs and line
breaks anywhere and spaces and control characters around it, and decodes character references
in an attribute, so " JaVa\tscript:", "java&#x09;script:" and "javascript&colon;" all run.
Rather than list what is dangerous (a list that is never complete), a link is accepted only
when, once the spaces around it are trimmed, it starts with an allowed scheme written in plain
letters and a colon: a character reference, a control character or any other character inside
the scheme leaves it without one, so it is refused. Nor may a link hold invisible characters
anywhere (zero-width spaces, direction overrides), which make it read otherwise than it goes.

Here, in `portal`, because every app takes links from outside (feeds, editors, directory
records) and may import this module without depending on another app.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

WEB = ("https", "http")
CONTACT = ("mailto", "tel")
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
PHONE = re.compile(r"\+?[0-9][0-9().-]{2,31}")
# Control, format (zero-width, bidirectional), separator and surrogate characters: what a
# browser strips or ignores, or what makes a link read differently from what it does.
HIDDEN = {"Cc", "Cf", "Cs", "Zl", "Zp", "Zs"}


class UnsafeLink(ValueError):
    """The link is not one the portal will show; the message says why, for the person who sent it."""


def safe_link(value, schemes=WEB):
    """`value` without the spaces around it, when it is a link of one of `schemes`; else UnsafeLink."""
    if not isinstance(value, str):
        raise UnsafeLink("a link must be text")
    link = value.strip()
    if not link:
        raise UnsafeLink("the link is empty")
    if any(unicodedata.category(char) in HIDDEN for char in link):
        raise UnsafeLink("the link holds spaces, control or invisible characters")
    scheme = _scheme(link)
    if scheme not in schemes:
        allowed = " or ".join(f"{name}:" for name in schemes)
        raise UnsafeLink(f"a link must start with {allowed}")
    _check_address(link, scheme)
    return link


def _scheme(link):
    match = SCHEME.match(link)
    return match.group(1).lower() if match else None


def _check_address(link, scheme):
    """What follows the scheme must be an address of that kind."""
    rest = link[len(scheme) + 1 :]
    try:
        if scheme in WEB:
            URLValidator(schemes=list(WEB))(link)
        elif scheme == "mailto":
            EmailValidator()(rest.split("?", 1)[0])
        elif scheme == "tel" and not PHONE.fullmatch(rest):
            raise ValidationError("not a phone number")
    except ValidationError:
        raise UnsafeLink(f"the part after {scheme}: is not a valid address") from None


@deconstructible
class LinkValidator:
    """A field validator: `validators=[LinkValidator()]`, or `LinkValidator(WEB + CONTACT)`."""

    code = "unsafe_link"

    def __init__(self, schemes=WEB):
        self.schemes = tuple(schemes)

    def __call__(self, value):
        try:
            safe_link(value, self.schemes)
        except UnsafeLink:
            raise ValidationError(self.message, code=self.code) from None

    @property
    def message(self):
        if set(self.schemes) <= set(WEB):
            return _("Enter a web address that starts with https://")
        return _("Enter a web address that starts with https://, an e-mail (mailto:) or a phone (tel:) link")

    def __eq__(self, other):
        return isinstance(other, LinkValidator) and self.schemes == other.schemes
