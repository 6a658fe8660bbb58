"""Refusing sign-ins after too many failures, per account and per client (django-axes).

An account is refused after `AXES_FAILURE_LIMIT` failures, from wherever they came, so spreading
guesses over many addresses does not help. A client address is refused after
`AXES_CLIENT_FAILURE_LIMIT` failures across accounts, so one machine cannot try a common
password on every account; that limit is higher because an office shares one address.
Both last `AXES_COOLOFF_TIME` from the last failure.
"""

import ipaddress

from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render


class AccountAndClientHandler(AxesDatabaseHandler):
    """Axes compares one number with one limit: report the client's failures as reaching it."""

    def get_failures(self, request, credentials=None):
        by_account, by_client = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if by_client >= settings.AXES_CLIENT_FAILURE_LIMIT:
            return max(by_account, settings.AXES_FAILURE_LIMIT)
        return by_account


class LockoutBackend(AxesStandaloneBackend):
    """Axes' check, for sign-ins that come with a request: every form on the site passes one.

    Without one (Django's test client `login()`, a shell) there is no client to count and no
    page to show, so the other backends decide alone instead of axes raising an error.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def client_address(request):
    """The address that connected to the outermost of `TRUSTED_PROXY_COUNT` reverse proxies.

    Each proxy appends the address it was reached from to X-Forwarded-For, so the entry that
    many places from the end was written by the first trusted proxy; anything before it came
    from the client and may be invented.
    """
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if count and len(forwarded) >= count and _is_address(forwarded[-count]):
        return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


def _is_address(text):
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def locked_out(request, original_response=None, credentials=None):
    """The page a refused sign-in gets: when to try again and who can help."""
    context = {
        "retry_at": _retry_at(request, credentials),
        "support_email": settings.ADMIN_SUPPORT_EMAIL,
    }
    return render(request, "accounts/locked_out.html", context, status=429)


def _retry_at(request, credentials):
    """The end of the cool-off: the last failure counted against this account or client, plus it."""
    attempts = AccountAndClientHandler().get_user_attempts(request, credentials)
    moments = [found for qs in attempts if (found := qs.aggregate(last=Max("attempt_time"))["last"])]
    return max(moments) + get_cool_off(request) if moments else None
