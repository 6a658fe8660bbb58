"""Sends a signed-in person who still owes a second step to it, wherever they go.

After the password, someone with two-step verification on is signed in but not verified: every
view asks for the code first, except the few they need to give it or to leave. A superuser who
must turn it on (`ADMIN_REQUIRE_2FA_FOR_SUPERUSERS`) is sent to set it up the same way.
"""

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse

from . import two_factor

# What a person needs while giving the code: signing in and out, and the admin's own assets.
ALWAYS_OPEN = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "accounts_two_factor_verify",
}


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        name = request.resolver_match.url_name
        if name in ALWAYS_OPEN:
            return None
        if two_factor.is_on(user):
            return redirect_to_login(request.get_full_path(), reverse("accounts_two_factor_verify"))
        if name != "accounts_two_factor_enrol" and two_factor.must_turn_on(user):
            return redirect("accounts_two_factor_enrol")
        return None
