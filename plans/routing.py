"""Finding the life event a plan address belongs to, without walking the page tree.

`<life event URL>plan/` and `plan.ics` are Django routes placed before Wagtail's: Wagtail's own
routing walks the tree a query per level, which cost the calendar file most of its time budget.
The site's root paths come from Wagtail's cache; the page is then found by its url_path, and the
calendar file keeps what it needs of the page in the cache until a page changes (`signals`).
"""

import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Site

from life_events.models import LifeEventPage

from .content import TIMEOUT, generation


@dataclass(frozen=True)
class PageRef:
    pk: int
    live_revision_id: int
    slug: str


def root_path(request, language_code):
    roots = [root for root in Site.get_site_root_paths() if root.language_code == language_code]
    host = request.get_host().split(":")[0]
    for root in roots:
        if root.root_url.split("://", 1)[-1].split(":")[0] == host:
            return root.root_path
    return roots[0].root_path if roots else None


def find_life_event(request, path):
    """The live, public life event at `path` (relative to the language's home), or None."""
    root = root_path(request, get_language())
    if root is None:
        return None
    return LifeEventPage.objects.live().public().filter(url_path=root + path).select_related("locale").first()


def find_life_event_ref(request, path):
    """What the calendar file needs of the life event at `path`: cached, so usually no query.

    Only pages that exist are cached: addresses that match nothing cannot fill the cache.
    """
    root = root_path(request, get_language())
    if root is None:
        return None
    url_path = root + path
    key = f"plans:route:{generation()}:{hashlib.sha256(url_path.encode()).hexdigest()}"
    ref = cache.get(key)
    if ref is None:
        page = (
            LifeEventPage.objects.live()
            .public()
            .filter(url_path=url_path)
            .only("id", "slug", "live_revision_id")
            .first()
        )
        if page is None:
            return None
        ref = PageRef(page.pk, page.live_revision_id, page.slug)
        cache.set(key, ref, TIMEOUT)
    return ref
