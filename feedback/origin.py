"""Whether a POST came from a page of this site, without a per-visitor token.

The public pages are cached and the same for everyone, so they hold no CSRF token. Browsers send
`Origin` with every cross-site POST (and `Referer` unless told not to): a form posted from another
site names that site in them, and is refused. A request that names no origin at all is refused too.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http.request import validate_host


def host_of(url):
    try:
        parts = urlsplit(url)
        return (parts.hostname or "") if parts.scheme in ("http", "https") else ""
    except ValueError:
        return ""


def allowed_hosts(request):
    hosts = [host for host in settings.ALLOWED_HOSTS if host != "*"]
    if len(hosts) < len(settings.ALLOWED_HOSTS) or (settings.DEBUG and not hosts):
        # "Any host" would let any site in: the page must then come from the host asked.
        hosts = [host_of(f"http://{request.get_host()}")]
    return hosts


def from_this_site(request):
    origin = request.META.get("HTTP_ORIGIN", "")
    source = origin if origin and origin != "null" else request.META.get("HTTP_REFERER", "")
    host = host_of(source)
    return bool(host) and validate_host(host, allowed_hosts(request))
