"""The admin's two-step verification pages: give a code, turn it on, manage it."""

import django_otp
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from . import two_factor
from .forms import CodeForm


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    """The second step of signing in."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    form = CodeForm(
        request.POST or None,
        check=lambda code: two_factor.device_accepting(request.user, code),
        help_text=_("The six digits your authenticator app shows, or one of your backup codes."),
    )
    if form.is_valid():
        django_otp.login(request, form.result)
        return redirect(_safe_next(request))
    context = {"form": form, "next": _safe_next(request)}
    return render(request, "accounts/two_factor_verify.html", context)


@never_cache
@sensitive_post_parameters("code")
def enrol(request):
    """Turn it on: scan the code (or type the key), then prove it with the app's first code."""
    if two_factor.is_on(request.user):
        return redirect("accounts_two_factor")
    device = two_factor.pending_device(request.user)
    form = CodeForm(
        request.POST or None,
        check=lambda code: two_factor.confirm(device, code),
        help_text=_("The six digits your app shows after you add the account."),
    )
    if form.is_valid():
        django_otp.login(request, device)
        return _show_backup_codes(request, form.result)
    context = {
        "form": form,
        "qr_code": two_factor.qr_code_svg(device, _("QR code to add this account to your app")),
        "secret": two_factor.secret(device),
        "required": two_factor.must_turn_on(request.user),
        "page_title": _("Turn on two-step verification"),
        "header_icon": "key",
    }
    return render(request, "accounts/two_factor_enrol.html", context)


@never_cache
def manage(request):
    """Whether it is on; new backup codes; turning it off."""
    if request.method == "POST" and two_factor.is_on(request.user):
        if "turn_off" in request.POST:
            two_factor.turn_off(request.user)
            messages.success(request, _("Two-step verification is off."))
            return redirect("accounts_two_factor")
        return _show_backup_codes(request, two_factor.new_backup_codes(request.user))
    context = {
        "is_on": two_factor.is_on(request.user),
        "page_title": _("Two-step verification"),
        "header_icon": "key",
    }
    return render(request, "accounts/two_factor_manage.html", context)


def _show_backup_codes(request, codes):
    """Shown once, in the answer to the form that made them: they are never shown again."""
    context = {"codes": codes, "page_title": _("Your backup codes"), "header_icon": "key"}
    return render(request, "accounts/two_factor_backup_codes.html", context)


def _safe_next(request):
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")
