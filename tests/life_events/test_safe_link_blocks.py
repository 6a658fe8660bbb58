"""Every block that holds a link (channels, journey links, contact, start now) refuses script
links, and a page renders no unsafe link stored before the blocks checked them, in its blocks
or in its rich text."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail import blocks
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.fields import StreamField

from content.blocks import SafeURLBlock
from content.models import ContentPage
from content.rich_text import PLAIN_FEATURES
from life_events.blocks import ChannelsBlock, OnlineChannelBlock
from life_events.models import LifeEventPage, ProcedurePage
from tests import factories as f
from tests.hostile_links import good_links, hostile_links

SCRIPT = "javascript:alert(document.cookie)"


def link_blocks(block, path=()):
    """(path, block) for every URL block inside a block definition."""
    if isinstance(block, blocks.URLBlock):
        yield ".".join(path), block
    for name, child in getattr(block, "child_blocks", {}).items():
        yield from link_blocks(child, (*path, name))
    if isinstance(block, blocks.ListBlock):
        yield from link_blocks(block.child_block, path)


def all_link_blocks():
    found = {}
    for model in (ProcedurePage, LifeEventPage, ContentPage):
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                found.update(
                    (f"{model.__name__}.{field.name}.{path}", block)
                    for path, block in link_blocks(field.stream_block)
                )
    return found


def test_every_link_block_of_every_page_follows_the_link_rules():
    found = all_link_blocks()

    assert {path for path, block in found.items() if not isinstance(block, SafeURLBlock)} == set()
    assert {
        "ProcedurePage.channels.online.url",
        "ProcedurePage.channels.video_call.url",
        "ProcedurePage.channels.in_person.appointment_url",
        "ProcedurePage.channels.chat.url",
        "ProcedurePage.channels.assisted.url",
        "LifeEventPage.journey.step.links.url",
        "ContentPage.body.contact.url",
        "ContentPage.body.start_now.url",
    } <= set(found)


@pytest.mark.parametrize("path", sorted(all_link_blocks()))
def test_each_link_block_refuses_generated_hostile_links_and_keeps_good_ones(path):
    block = all_link_blocks()[path]
    for link in hostile_links(path, 60):
        with pytest.raises(Exception) as refused:
            block.clean(link)
        assert "https://" in str(refused.value.messages), repr(link)
    for link in good_links(path, 20):
        assert block.clean(link) == link.strip()


def test_a_channel_with_a_script_link_does_not_validate():
    with pytest.raises(StructBlockValidationError):
        OnlineChannelBlock().clean(OnlineChannelBlock().to_python({"url": SCRIPT, "description": ""}))
    channels = ChannelsBlock()
    with pytest.raises(StreamBlockValidationError):
        channels.clean(channels.to_python([{"type": "chat", "value": {"url": SCRIPT, "hours": ""}}]))


def test_link_blocks_migrate_as_the_url_blocks_they_store_like():
    path, _args, kwargs = SafeURLBlock(required=False, label="Web").deconstruct()
    assert (path, kwargs) == ("wagtail.blocks.URLBlock", {"required": False, "label": "Web"})


def hrefs(client, page):
    document = BeautifulSoup(client.get(page.url).content, "html.parser")
    return [link["href"] for link in document.select("main a[href]")]


def unsafe(values):
    return [value for value in values if "script" in value.lower()]


def test_a_procedure_renders_no_unsafe_link_stored_in_its_channels_or_rich_text(client, site_tree):
    page = site_tree.birth
    for channel in page.channels.raw_data:
        for field in ("url", "appointment_url"):
            if field in channel["value"]:
                channel["value"][field] = SCRIPT
    page.what_it_is = f'<p>Mira <a href="{SCRIPT}">aquí</a> i <a href="https://web.gencat.cat/">aquí</a>.</p>'
    page.who_can_apply = '<p><a href="&#106;avascript:alert(1)">Tothom</a>.</p>'
    page.save_revision().publish()

    links = hrefs(client, page)

    assert unsafe(links) == []
    assert "https://web.gencat.cat/" in links
    assert "tel:012" in links


def test_a_life_event_renders_no_unsafe_link_stored_in_its_steps(client, site_tree):
    page = site_tree.life_event
    step = page.journey.raw_data[0]["value"]
    step["links"] = [
        {"type": "item", "id": "enllac", "value": {"title": "Enllaç", "url": SCRIPT, "organisation": None}}
    ]
    step["body"] = f'<p><a href="{SCRIPT}">Explicació</a></p>'
    page.intro = f'<p><a href=" {SCRIPT}">Introducció</a></p>'
    page.save_revision().publish()

    document = client.get(page.url).content.decode()

    assert "script:" not in document.lower()
    assert "Enllaç" in document and "Explicació" in document and "Introducció" in document


def test_a_guidance_page_renders_no_unsafe_link_stored_in_its_blocks(client, site_tree):
    page = site_tree.content_page
    page.body = [
        {"type": "paragraph", "value": f'<p><a href="{SCRIPT}">Text</a></p>'},
        {
            "type": "callout",
            "value": {"kind": "info", "title": "Avís", "text": f'<p><a href="{SCRIPT}">a</a></p>'},
        },
        {"type": "details", "value": {"summary": "Més", "text": f'<p><a href="{SCRIPT}">b</a></p>'}},
        {"type": "numbered_steps", "value": [{"title": "Pas", "text": f'<p><a href="{SCRIPT}">c</a></p>'}]},
        {
            "type": "contact",
            "value": {"title": "012", "phone": "012", "email": "", "url": SCRIPT, "hours": ""},
        },
        {"type": "start_now", "value": {"label": "Comença", "url": SCRIPT, "note": ""}},
    ]
    page.save_revision().publish()

    links = hrefs(client, page)

    assert unsafe(links) == []
    assert "tel:012" in links


def test_the_rich_text_editor_already_drops_script_links_an_editor_types():
    """Wagtail's Draftail converter checks external links itself; the portal relies on it."""
    converter = ContentstateConverter(PLAIN_FEATURES)
    contentstate = {
        "blocks": [
            {
                "key": "a",
                "type": "unstyled",
                "text": "Fes clic",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 8, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "JaVa\tScript:alert(1)"}}
        },
    }
    stored = converter.to_database_format(json.dumps(contentstate))

    assert "script" not in stored.lower()
    assert "Fes clic" in stored


def test_factories_use_links_the_blocks_accept():
    for channel in f.channels("online", "video_call", "in_person", "chat", "assisted"):
        ChannelsBlock().clean(ChannelsBlock().to_python([channel]))
