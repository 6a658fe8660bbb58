"""Which links out of a page may be followed through the click counter.

Only the links that the page's published content holds: the counter can never send anyone to
an address an outsider wrote into its query string (no open redirect). A link is a "Start now"
when it is the page's online channel or a "Start now" block.
"""

from wagtail.fields import StreamField

from portal.links import is_safe_link

START_NOW_BLOCKS = {"start_now", "online"}
# Bounds the walk through a page's content, whatever editors wrote.
MAX_VALUES = 20_000


def published_links(page):
    """{address: is_start_now} for every link in the stream fields of the live `page`."""
    page = page.specific
    found = {}
    budget = [MAX_VALUES]
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            _walk(getattr(page, field.name).get_prep_value(), found, budget, start_now=False)
    return found


def _walk(value, found, budget, start_now):
    budget[0] -= 1
    if budget[0] < 0:
        return
    if isinstance(value, dict):
        start_now = start_now or value.get("type") in START_NOW_BLOCKS
        for item in value.values():
            _walk(item, found, budget, start_now)
    elif isinstance(value, list | tuple):
        for item in value:
            _walk(item, found, budget, start_now)
    elif isinstance(value, str) and value.startswith(("http://", "https://")) and is_safe_link(value):
        found[value] = found.get(value, False) or start_now


def start_now_link(page, url):
    """Whether `url` is in the published content of `page`, and whether it is a "Start now"."""
    links = published_links(page)
    if url not in links:
        return None
    return links[url]
