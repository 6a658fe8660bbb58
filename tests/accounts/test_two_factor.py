"""Two-step verification in the admin: turning it on, signing in with a code, the superuser rule."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import two_factor
from life_events.management.commands.load_demo_content import Command as LoadDemoContent
from portal.settings import dev

PASSWORD = "the-right-password-42"
HOME = "/admin/"


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", PASSWORD)


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def sign_in(client, user):
    response = client.post(reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, "the password step failed"
    return response


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"


def turned_on(user):
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    return device, two_factor.new_backup_codes(user)


def test_turning_it_on_shows_a_local_qr_code_and_the_key_then_backup_codes(client, superuser):
    sign_in(client, superuser)
    page = client.get(reverse("accounts_two_factor_enrol")).content.decode()
    device = TOTPDevice.objects.get(user=superuser, confirmed=False)
    qr_code = page.split("data-qr-code>", 1)[1].split("</svg>", 1)[0]
    assert qr_code.lstrip().startswith("<svg") and "<path" in qr_code
    assert "href" not in qr_code and "src=" not in qr_code  # drawn here, nothing fetched
    assert two_factor.secret(device) in page
    response = client.post(reverse("accounts_two_factor_enrol"), {"code": code_for(device)})
    codes = re.findall(r"<code>([a-z2-7]{8})</code>", response.content.decode())
    assert response.status_code == 200 and len(codes) == 10
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(HOME).status_code == 200


def test_turning_it_on_refuses_a_wrong_code(client, superuser):
    sign_in(client, superuser)
    client.get(reverse("accounts_two_factor_enrol"))
    response = client.post(reverse("accounts_two_factor_enrol"), {"code": "000000"})
    assert response.status_code == 200
    assert "Aquest codi no ha funcionat" in response.content.decode()  # in Catalan, the default
    assert not two_factor.is_on(superuser)


def test_signing_in_asks_for_the_code_before_the_admin(client, editor):
    turned_on(editor)
    sign_in(client, editor)
    response = client.get(HOME)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts_two_factor_verify"))
    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 302


def test_a_wrong_code_keeps_the_admin_closed(client, editor):
    turned_on(editor)
    sign_in(client, editor)
    response = client.post(reverse("accounts_two_factor_verify"), {"code": "123456", "next": HOME})
    assert response.status_code == 200
    assert "Aquest codi no ha funcionat" in response.content.decode()  # in Catalan, the default
    assert client.get(HOME).status_code == 302


def test_the_right_code_opens_the_admin_and_goes_where_the_person_was_going(client, editor):
    device, _codes = turned_on(editor)
    sign_in(client, editor)
    pages = reverse("wagtailadmin_explore_root")
    response = client.post(reverse("accounts_two_factor_verify"), {"code": code_for(device), "next": pages})
    assert response.status_code == 302 and response.url == pages
    assert client.get(HOME).status_code == 200


def test_the_code_step_never_sends_to_another_site(client, editor):
    device, _codes = turned_on(editor)
    sign_in(client, editor)
    data = {"code": code_for(device), "next": "https://evil.example/"}
    response = client.post(reverse("accounts_two_factor_verify"), data)
    assert response.url == HOME


def test_a_backup_code_works_once(client, editor):
    _device, codes = turned_on(editor)
    sign_in(client, editor)
    client.post(reverse("accounts_two_factor_verify"), {"code": codes[0].upper(), "next": HOME})
    assert client.get(HOME).status_code == 200
    client.logout()
    sign_in(client, editor)
    response = client.post(reverse("accounts_two_factor_verify"), {"code": codes[0], "next": HOME})
    assert response.status_code == 200
    assert StaticToken.objects.filter(device__user=editor).count() == 9


def test_half_signed_in_nobody_can_add_another_phone(client, editor):
    turned_on(editor)
    sign_in(client, editor)
    response = client.get(reverse("accounts_two_factor_enrol"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts_two_factor_verify"))
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_turning_it_off_removes_the_app_and_the_backup_codes(client, editor):
    device, _codes = turned_on(editor)
    sign_in(client, editor)
    client.post(reverse("accounts_two_factor_verify"), {"code": code_for(device), "next": HOME})
    client.post(reverse("accounts_two_factor"), {"turn_off": "1"})
    assert not two_factor.is_on(editor)
    assert not StaticToken.objects.filter(device__user=editor).exists()


@override_settings(ADMIN_REQUIRE_2FA_FOR_SUPERUSERS=True)
def test_when_required_a_superuser_must_turn_it_on_before_using_the_admin(client, superuser):
    sign_in(client, superuser)
    response = client.get(HOME)
    assert response.status_code == 302 and response.url == reverse("accounts_two_factor_enrol")
    assert client.get(reverse("accounts_two_factor_enrol")).status_code == 200


@override_settings(ADMIN_REQUIRE_2FA_FOR_SUPERUSERS=True)
def test_when_required_for_superusers_other_editors_may_still_choose(client, editor):
    sign_in(client, editor)
    assert client.get(HOME).status_code == 200


@override_settings(ADMIN_REQUIRE_2FA_FOR_SUPERUSERS=False)
def test_when_not_required_a_superuser_without_it_uses_the_admin(client, superuser):
    sign_in(client, superuser)
    assert client.get(HOME).status_code == 200


def test_development_does_not_require_it_so_the_demo_accounts_sign_in(client, db):
    LoadDemoContent().create_demo_users("fets-vitals-demo")
    assert dev.ADMIN_REQUIRE_2FA_FOR_SUPERUSERS is False
    with override_settings(ADMIN_REQUIRE_2FA_FOR_SUPERUSERS=dev.ADMIN_REQUIRE_2FA_FOR_SUPERUSERS):
        for username in ("admin", "editor"):
            client.logout()
            login = {"username": username, "password": "fets-vitals-demo"}
            assert client.post(reverse("wagtailadmin_login"), login).status_code == 302
            assert client.get(HOME).status_code == 200, username


def test_the_account_page_links_to_it(client, editor):
    sign_in(client, editor)
    page = client.get(reverse("wagtailadmin_account")).content.decode()
    assert reverse("accounts_two_factor") in page


def test_operators_can_turn_it_off_for_someone_who_lost_their_phone(editor):
    turned_on(editor)
    out = StringIO()
    call_command("accounts_turn_off_two_factor", "editor", stdout=out)
    assert not two_factor.is_on(editor)
    assert "off for editor" in out.getvalue()


def test_turning_it_off_for_an_unknown_account_says_so(db):
    with pytest.raises(CommandError, match="no account called 'nobody'"):
        call_command("accounts_turn_off_two_factor", "nobody")
