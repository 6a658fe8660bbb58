"""`/health/` for load balancers: 200 when the portal can serve, 503 naming what cannot."""

from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

from .checks import run_checks


def health(request):
    results = run_checks()
    healthy = all(results.values())
    body = {
        "status": "ok" if healthy else "unavailable",
        "checks": {name: "ok" if passed else "unavailable" for name, passed in results.items()},
    }
    response = JsonResponse(body, status=200 if healthy else 503)
    add_never_cache_headers(response)  # Cache-Control: no-store, so no proxy answers for us
    return response
