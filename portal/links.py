"""Which links an editor or a feed may give the portal: none that can run script.

A link is safe when it is a web address (`https:` or `http:`, with a host), an e-mail or phone
link (`mailto:`, `tel:`), a page of this site (a path that starts with one `/`) or a place on
the page (`#...`). Everything else is refused: `javascript:`, `data:`, `vbscript:` and any other
scheme, addresses with no scheme at all, protocol-relative addresses (`//host`, which leave the
site) and backslashes (browsers read `/\\host` as `//host`).

Browsers forgive a lot before they read a scheme: they drop tabs and line breaks anywhere in
an address, spaces and control characters around it, and decode character references such as
`&#106;` when the address sits in an HTML attribute. The check reads the address the way a
browser would, and also refuses any address with a tab, line break or control character inside,
which no real address needs.
"""

import html
import re
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):", re.IGNORECASE | re.ASCII)
# C0 and C1 control characters, DEL, and the invisible marks that can hide them.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
WEB_ADDRESS = URLValidator(schemes=["http", "https"])
# The attributes by which HTML follows a link.
LINK_ATTRIBUTES = ("href", "xlink:href", "action", "formaction")
# Longer than any address a person types; bounds the work for a pasted blob.
MAX_LENGTH = 2048

UNSAFE_LINK_MESSAGE = _(
    "Use a web address that starts with https://, a page of this site that starts with /, "
    "or a link that starts with mailto: or tel:."
)


def is_safe_link(value):
    """True when `value`, read as a browser reads an href, cannot run script or leave by `//`."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_LENGTH:
        return False
    readings = {value.strip(), html.unescape(value).strip()}
    return all(_is_safe_reading(reading) for reading in readings)


def _is_safe_reading(link):
    if CONTROL.search(link) or "\\" in link:
        return False
    if link.startswith("#"):
        return True
    if link.startswith("/"):
        return not link.startswith("//")
    scheme = SCHEME.match(link)
    if not scheme or scheme.group(1).lower() not in SAFE_SCHEMES:
        return False
    return _has_a_target(scheme.group(1).lower(), link[scheme.end() :])


def _has_a_target(scheme, rest):
    if scheme in ("http", "https"):
        try:
            WEB_ADDRESS(f"{scheme}:{rest}")
        except ValidationError:
            return False
        return True
    return bool(rest.strip())


def validate_safe_link(value):
    """Django validator for every link field an editor fills in."""
    if value and not is_safe_link(value):
        raise ValidationError(UNSAFE_LINK_MESSAGE, code="unsafe_link")


def safe_link_or_empty(value):
    """The link when it is safe, else "": for links stored before the validator existed."""
    return value.strip() if is_safe_link(value) else ""


class _UnsafeLinkFinder(HTMLParser):
    """The start tags of an HTML fragment that carry an unsafe link, as they are written."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.unsafe = {}
        self.unsafe_values = []

    def handle_starttag(self, tag, attrs):
        unsafe = [value for name, value in attrs if name in LINK_ATTRIBUTES and not is_safe_link(value or "")]
        if unsafe:
            self.unsafe_values += unsafe
            kept = [(name, value) for name, value in attrs if name not in LINK_ATTRIBUTES]
            self.unsafe[self.get_starttag_text()] = _start_tag(tag, kept)

    handle_startendtag = handle_starttag


def _start_tag(tag, attrs):
    written = "".join(
        f' {name}="{escape(value)}"' if value is not None else f" {name}" for name, value in attrs
    )
    return f"<{tag}{written}>"


def _find_unsafe_links(fragment):
    finder = _UnsafeLinkFinder()
    finder.feed(fragment)
    finder.close()
    return finder


def unsafe_links_in(fragment):
    """The unsafe link attributes' values in an HTML fragment, as a browser reads them."""
    return _find_unsafe_links(fragment).unsafe_values


def drop_unsafe_links(fragment):
    """The HTML with each unsafe link attribute removed (the element and its text stay).

    For rich text stored before the editor checked links, or written by another way than the
    editor; a fragment with no unsafe link comes back unchanged.
    """
    if not any(name in fragment.lower() for name in LINK_ATTRIBUTES):
        return fragment
    for written, rewritten in _find_unsafe_links(fragment).unsafe.items():
        fragment = fragment.replace(written, rewritten)
    return fragment
