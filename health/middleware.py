"""Answers /health/ before anything else in the middleware stack.

A load balancer probes each app server by its address, over plain HTTP, with whatever Host
header it likes, and in no language: the host check would answer 400, the HTTPS redirect 301
and the language prefix 302. None of that concerns it, and the answer names no host.
"""

from .views import health

PATH = "/health/"


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == PATH and request.method in ("GET", "HEAD"):
            return health(request)
        return self.get_response(request)
