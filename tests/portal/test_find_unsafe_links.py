"""`manage.py find_unsafe_links` lists every stored link that breaks the link rules, wherever it
is stored, so that editors can fix what pages now show as text."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from directory.models import HelpChannel

SCRIPT = "javascript:alert(1)"


def find():
    output = StringIO()
    try:
        call_command("find_unsafe_links", stdout=output)
    except CommandError as error:
        return error.returncode, output.getvalue() + str(error)
    return 0, output.getvalue()


def test_a_portal_with_safe_links_has_nothing_to_report(site_tree):
    assert find() == (0, "No unsafe links.\n")


def test_each_unsafe_link_is_listed_with_where_it_is(site_tree):
    HelpChannel.objects.update(link_url=SCRIPT)
    page = site_tree.birth
    page.channels.raw_data[0]["value"]["url"] = "//evil.example/"
    page.what_it_is = (
        '<p><a href="&#106;avascript:alert(1)">x</a> <a href="https://web.gencat.cat/">y</a></p>'
    )
    page.save()
    content = site_tree.content_page
    content.body.raw_data[1]["value"] = f'<p><a href="{SCRIPT}">z</a></p>'
    content.save()
    SearchPromotion.objects.create(
        query=Query.get("x"), external_link_url="ftp://files.example.org/", sort_order=0
    )

    status, output = find()

    assert status == 1
    assert "4 unsafe links" not in output and "5 unsafe links" in output
    assert (
        f"directory.HelpChannel {HelpChannel.objects.get().pk} (Truca al 012), link_url: '{SCRIPT}'" in output
    )
    assert (
        f"life_events.ProcedurePage {page.pk} (Inscripció del naixement), channels: '//evil.example/'"
        in output
    )
    assert "what_it_is: 'javascript:alert(1)'" in output  # as a browser reads it
    assert f"content.ContentPage {content.pk} (Com et podem ajudar), body: '{SCRIPT}'" in output
    assert "wagtailsearchpromotions.SearchPromotion" in output and "ftp://" in output


@pytest.mark.parametrize("link", ["https://web.gencat.cat/", "tel:012", "/ca/ajuda/"])
def test_good_links_are_not_reported(site_tree, link):
    HelpChannel.objects.update(link_url=link)
    assert find()[0] == 0
