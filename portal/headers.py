"""Security headers: what a page may load and run (Content-Security-Policy), and which browser
features it may use (Permissions-Policy).

django-csp writes the public site's policy from `CONTENT_SECURITY_POLICY`. The Wagtail admin,
whose templates and widgets still write inline scripts and styles, gets its own looser policy
(`ADMIN_CONTENT_SECURITY_POLICY`) instead of none: it still loads nothing from other sites, is
framed only by the site itself, and never submits a form or sets a base address elsewhere.

Permissions-Policy is one header with no package worth adding (django-permissions-policy writes
the same header for the whole site, and the portal needs to relax it per path: a video call
page will need the camera and microphone on one path only). `PERMISSIONS_POLICY` holds the
site-wide rules ("DEFAULT") and, per path prefix, the features that path gets on top ("PATHS").
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def is_admin_path(path):
    return path.startswith(tuple(settings.ADMIN_CONTENT_SECURITY_POLICY["URL_PREFIXES"]))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy on the admin's paths."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            # No nonce: a nonce in script-src makes browsers ignore the 'unsafe-inline' the admin needs.
            return PolicyParts(config=settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


def permissions_policy(path):
    """The Permissions-Policy header for a path: the defaults, then each matching prefix's."""
    policy = settings.PERMISSIONS_POLICY
    features = dict(policy["DEFAULT"])
    for prefix in sorted(policy.get("PATHS", {}), key=len):
        if path.startswith(prefix):
            features.update(policy["PATHS"][prefix])
    return ", ".join(f"{feature}=({_allowlist(allowed)})" for feature, allowed in features.items())


def _allowlist(allowed):
    """`self` and `*` stay bare, origins are quoted: ("self", "https://x.cat") -> self "https://x.cat"."""
    return " ".join(token if token in ("self", "*") else f'"{token}"' for token in allowed)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", permissions_policy(request.path_info))
        return response
