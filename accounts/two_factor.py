"""Two-step verification for the admin: an authenticator app's codes, and backup codes.

Built on django-otp's TOTP and static devices. A person turns it on from their account; from
then on a sign-in asks for a code after the password. Superusers can be made to turn it on
before they use the admin (`ADMIN_REQUIRE_2FA_FOR_SUPERUSERS`).
"""

from base64 import b32encode

import django_otp
import segno
from django.conf import settings
from django.db import transaction
from django.utils.safestring import mark_safe
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODES = 10


def is_on(user):
    return django_otp.user_has_device(user, confirmed=True)


def must_turn_on(user):
    return settings.ADMIN_REQUIRE_2FA_FOR_SUPERUSERS and user.is_superuser and not is_on(user)


def pending_device(user):
    """The authenticator being set up: kept until confirmed, so a reload shows the same secret."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def secret(device):
    """The key in groups of four, for typing into an app that cannot scan."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[start : start + 4] for start in range(0, len(key), 4))


def qr_code_svg(device, title):
    """The setup address as an SVG QR code, drawn here: the secret never leaves the server.

    On white, so that it scans in the admin's dark theme too.
    """
    svg = segno.make(device.config_url, error="m").svg_inline(scale=5, title=title, border=2, light="#fff")
    return mark_safe(svg)  # noqa: S308 (segno's own markup; it escapes the title)


@transaction.atomic
def confirm(device, code):
    """Turn the setup on if `code` is the app's current one; returns the new backup codes."""
    if not device.verify_token(code):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_backup_codes(device.user)


@transaction.atomic
def new_backup_codes(user):
    holder, _created = StaticDevice.objects.get_or_create(user=user, name="backup codes")
    holder.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=holder, token=code) for code in codes)
    return codes


def device_accepting(user, code):
    """The device (app or backup codes) that accepts `code`; each checks its own throttling."""
    code = "".join(code.split()).lower()
    for device in django_otp.devices_for_user(user, confirmed=True):
        if django_otp.verify_token(user, device.persistent_id, code):
            return device
    return None


def turn_off(user):
    for device in django_otp.devices_for_user(user, confirmed=None):
        device.delete()
