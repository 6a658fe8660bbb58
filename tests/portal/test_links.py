"""The link rules every editor and feed link follows: generated hostile links are refused,
good links written any way an editor writes them are kept, and rich text loses only its unsafe
link attributes."""

import html

import pytest
from django.core.exceptions import ValidationError

from portal.links import MAX_LENGTH, drop_unsafe_links, is_safe_link, safe_link_or_empty, validate_safe_link
from tests.hostile_links import GOOD_LINKS, good_links, hostile_links

SAMPLES = 3000


def test_generated_hostile_links_are_all_refused():
    for link in hostile_links("portal-links", SAMPLES):
        assert not is_safe_link(link), repr(link)


def test_generated_hostile_links_fail_validation_with_a_plain_message_that_says_what_to_do():
    for link in hostile_links("portal-validator", 200):
        with pytest.raises(ValidationError) as refused:
            validate_safe_link(link)
        assert refused.value.code == "unsafe_link"
        assert "https://" in refused.value.messages[0], repr(link)


def test_good_links_in_any_case_and_with_whitespace_around_them_are_kept():
    for link in good_links("portal-good", SAMPLES):
        assert is_safe_link(link), repr(link)
        validate_safe_link(link)
        assert safe_link_or_empty(link) == link.strip()


@pytest.mark.parametrize(
    "link",
    [
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        " \x01javascript:alert(1)",
        "\u00a0javascript:alert(1)",
        "&#106;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "/\t/evil.example",
        "https://web.gencat.cat/\\..\\",
        "https://",
        "https:web.gencat.cat",
        "mailto:",
        "www.gencat.cat",
        "",
        "   ",
    ],
)
def test_links_that_only_look_harmless_are_refused(link):
    assert not is_safe_link(link)


def test_an_overlong_link_is_refused_without_work_growing_with_it():
    assert not is_safe_link("https://web.gencat.cat/" + "a" * MAX_LENGTH)


def test_rich_text_loses_unsafe_link_attributes_and_keeps_the_text_and_good_links():
    for link in hostile_links("rich-text", 300):
        fragment = f'<p>Pas 1: <a href="{html.escape(link)}" title="a > b">demana-ho</a> o <a href="https://web.gencat.cat/">web</a></p>'
        cleaned = drop_unsafe_links(fragment)
        assert cleaned.count("href=") == 1, repr(link)
        assert '<a title="a &gt; b">demana-ho</a>' in cleaned
        assert '<a href="https://web.gencat.cat/">web</a>' in cleaned


@pytest.mark.parametrize(
    "fragment",
    [
        "<p><a href=javascript:alert(1)>x</a></p>",
        "<p><a href='javascript:alert(1)'>x</a></p>",
        '<p><a title=">" href="javascript:alert(1)">x</a></p>',
        '<p><a/href="javascript:alert(1)">x</a></p>',
        '<p><a HREF="&#106;avascript:alert(1)">x</a></p>',
        '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
        '<form><button formaction="javascript:alert(1)">x</button></form>',
    ],
)
def test_rich_text_unsafe_links_are_found_however_the_tag_is_written(fragment):
    cleaned = drop_unsafe_links(fragment)
    assert "javascript" not in cleaned
    assert "x" in cleaned


def test_rich_text_with_only_good_links_comes_back_unchanged():
    fragment = "".join(f'<p><a href="{html.escape(link)}">x</a></p>' for link in GOOD_LINKS)
    assert drop_unsafe_links(fragment) == fragment
