"""Links from outside: only web (and, where asked, e-mail and phone) links pass, however disguised.

The disguises are generated: every scheme a browser would run, in any case, with characters a
browser drops or decodes (controls, tabs and line breaks, spaces, character references) put
anywhere in it. And whatever text is offered, a link accepted is one a browser reads as allowed.
"""

import html
import re

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from portal.links import CONTACT, WEB, LinkValidator, UnsafeLink, safe_link

DANGEROUS = [
    "javascript",
    "data",
    "vbscript",
    "file",
    "blob",
    "filesystem",
    "jar",
    "view-source",
    "livescript",
]
# What a browser drops around or inside a link, decodes in an attribute, or what hides in text.
NOISE = [
    "\t",
    "\n",
    "\r",
    "\x00",
    "\x01",
    "\x0b",
    "\x1f",
    "\x7f",
    " ",
    "\xa0",
    "\u200b",
    "\u00ad",
    "\u202e",
    "\ufeff",
]
COLONS = [":", "&#58;", "&#x3a;", "&#X3A;", "&#0000058;", "&colon;", "%3A"]
REFERENCES = ["&#9;", "&#x09;", "&Tab;", "&NewLine;", "&#10;", "&#13;", "&#0;"]


def spelled(word, data):
    """The word in any mix of cases, with a character reference for some of its letters."""
    letters = []
    for letter in word:
        form = data.draw(st.sampled_from(["lower", "upper", "decimal", "hex"]))
        letters.append(
            {
                "lower": letter,
                "upper": letter.upper(),
                "decimal": f"&#{ord(letter)};",
                "hex": f"&#x{ord(letter):x};",
            }[form]
        )
    return "".join(letters)


def with_noise(text, data):
    for _ in range(data.draw(st.integers(0, 3))):
        position = data.draw(st.integers(0, len(text)))
        text = text[:position] + data.draw(st.sampled_from(NOISE + REFERENCES)) + text[position:]
    return text


def as_a_browser_reads(link):
    """The scheme of an href value, as the HTML and URL standards read it."""
    decoded = html.unescape(link).strip("".join(map(chr, range(0x21))))
    decoded = re.sub("[\t\n\r]", "", decoded)
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", decoded)
    return match.group(1).lower() if match else None


@given(data=st.data(), scheme=st.sampled_from(DANGEROUS), allowed=st.sampled_from([WEB, WEB + CONTACT]))
def test_a_dangerous_scheme_is_refused_however_it_is_disguised(data, scheme, allowed):
    prefix = data.draw(st.sampled_from(["", " ", "  \t", "\x00", "\x0c", "\ufeff", "&#32;"]))
    colon = data.draw(st.sampled_from(COLONS))
    rest = data.draw(
        st.sampled_from(["alert(1)", "//exemple.cat/%0Aalert(1)", "text/html;base64,PHNjcmlwdD4="])
    )
    link = with_noise(prefix + spelled(scheme, data) + colon + rest, data)
    with pytest.raises(UnsafeLink):
        safe_link(link, allowed)


@given(data=st.data(), scheme=st.sampled_from(["https", "http", "mailto", "tel", *DANGEROUS]), text=st.text())
def test_any_link_accepted_is_one_a_browser_reads_with_an_allowed_scheme(data, scheme, text):
    link = with_noise(data.draw(st.sampled_from(["", " "])) + spelled(scheme, data) + ":" + text, data)
    allowed = data.draw(st.sampled_from([WEB, WEB + CONTACT]))
    try:
        accepted = safe_link(link, allowed)
    except UnsafeLink:
        return
    assert as_a_browser_reads(accepted) in allowed
    assert as_a_browser_reads(link) in allowed


@pytest.mark.parametrize(
    "link",
    [
        "https://web.gencat.cat/ca/tramits",
        "http://www.example.cat/a?b=1&c=2#d",
        "HTTPS://SEDE.EXAMPLE.GOB.ES/",
        "https://ajuntament.cat/tràmits",
        "https://xn--ajuntment-b4a.cat/",
    ],
)
def test_web_addresses_pass_unchanged(link):
    assert safe_link(link) == link
    assert safe_link(f"  {link}\n") == link  # the spaces around are trimmed


@pytest.mark.parametrize(
    "link",
    [
        "",
        "   ",
        "//exemple.cat/",
        "/ca/tramits",
        "exemple.cat",
        "https:exemple.cat",
        "https://",
        "http://a b.cat/",
    ],
)
def test_relative_empty_or_hostless_links_are_refused(link):
    with pytest.raises(UnsafeLink):
        safe_link(link)


@pytest.mark.parametrize(
    "link",
    [
        "https://exemple.cat/\u202egpj.exe",
        "https://exem\u200bple.cat/",
        "https://exemple.cat/\tx",
        "https://\x00x.cat/",
    ],
)
def test_links_with_invisible_or_control_characters_are_refused(link):
    with pytest.raises(UnsafeLink, match="spaces, control or invisible characters"):
        safe_link(link)


def test_email_and_phone_links_pass_only_where_a_field_allows_them():
    for link in (
        "mailto:oac@gencat.cat",
        "mailto:oac@gencat.cat?subject=Cita",
        "tel:012",
        "tel:+34-935-676-330",
    ):
        assert safe_link(link, WEB + CONTACT) == link
        with pytest.raises(UnsafeLink, match="must start with https: or http:"):
            safe_link(link)
    for link in ("mailto:not an address", "mailto:", "tel:call-me", "tel:+"):
        with pytest.raises(UnsafeLink):
            safe_link(link, WEB + CONTACT)


def test_a_link_that_is_not_text_is_refused():
    for value in (None, 12, ["https://exemple.cat/"], {"url": "https://exemple.cat/"}):
        with pytest.raises(UnsafeLink, match="must be text"):
            safe_link(value)


def test_the_field_validator_says_what_to_do_in_plain_words():
    with pytest.raises(ValidationError) as raised:
        LinkValidator()("javascript:alert(1)")
    assert raised.value.code == "unsafe_link"
    assert "starts with https://" in raised.value.messages[0]
    LinkValidator(WEB + CONTACT)("tel:012")
    with pytest.raises(ValidationError, match="mailto"):
        LinkValidator(WEB + CONTACT)("data:text/html,x")
    assert LinkValidator() == LinkValidator(WEB) != LinkValidator(WEB + CONTACT)
