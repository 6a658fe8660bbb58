"""Finding the life event a plan address belongs to, in one query.

`<life event URL>plan/` and `plan.ics` are Django routes placed before Wagtail's: Wagtail's own
routing walks the tree a query per level, which cost the calendar file most of its time budget.
The site's root paths come from Wagtail's cache; the page is then found by its url_path.
"""

from django.utils.translation import get_language
from wagtail.models import Site

from life_events.models import LifeEventPage


def root_path(request, language_code):
    roots = [root for root in Site.get_site_root_paths() if root.language_code == language_code]
    host = request.get_host().split(":")[0]
    for root in roots:
        if root.root_url.split("://", 1)[-1].split(":")[0] == host:
            return root.root_path
    return roots[0].root_path if roots else None


def find_life_event(request, path, fields=None):
    """The live, public life event at `path` (relative to the language's home), or None."""
    root = root_path(request, get_language())
    if root is None:
        return None
    pages = LifeEventPage.objects.live().public().filter(url_path=root + path)
    if fields:
        pages = pages.only(*fields)
    return pages.first()
