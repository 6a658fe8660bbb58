"""Too many wrong passwords pause signing in, per account and per client, for a while."""

from datetime import timedelta
from io import StringIO

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import F
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import timezone

from accounts.lockout import client_address

PASSWORD = "the-right-password-42"
OFFICE = "203.0.113.7"
ELSEWHERE = "198.51.100.9"


@pytest.fixture
def people(db):
    User = get_user_model()
    admin = User.objects.create_superuser("admin", "admin@example.org", PASSWORD)
    editor = User.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    return admin, editor


def sign_in(client, username, password=PASSWORD, address=OFFICE):
    return client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(client, username, times, address=OFFICE):
    """Wrong passwords; the one that reaches a limit is itself answered with the pause page."""
    return [sign_in(client, username, "wrong", address).status_code for _ in range(times)]


def test_five_wrong_passwords_refuse_the_account_even_the_right_password(client, people):
    assert fail(client, "admin", 5) == [200, 200, 200, 200, 429]
    response = sign_in(client, "admin")
    assert response.status_code == 429
    assert not signed_in(client)


def test_a_refused_account_is_refused_from_every_client(client, people):
    fail(client, "admin", 5)
    assert sign_in(client, "admin", address=ELSEWHERE).status_code == 429


def test_four_wrong_passwords_still_let_the_right_one_in(client, people):
    fail(client, "admin", 4)
    assert sign_in(client, "admin").status_code == 302
    assert signed_in(client)


def test_another_account_from_the_same_client_signs_in_below_the_client_limit(client, people):
    fail(client, "admin", 5)
    assert sign_in(client, "editor").status_code == 302


@override_settings(AXES_CLIENT_FAILURE_LIMIT=8)
def test_a_client_that_tries_many_accounts_is_refused_for_every_account(client, people):
    for name in ("alice", "bob", "carol", "dave"):
        fail(client, name, 2)
    assert sign_in(client, "editor").status_code == 429
    assert not signed_in(client)
    assert sign_in(client, "editor", address=ELSEWHERE).status_code == 302


@override_settings(AXES_CLIENT_FAILURE_LIMIT=8, TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_each_client_is_counted_on_its_own(client, people):
    proxy = "10.0.0.2"
    for name in ("alice", "bob", "carol", "dave"):
        for _ in range(2):
            client.post(
                reverse("wagtailadmin_login"),
                {"username": name, "password": "wrong"},
                REMOTE_ADDR=proxy,
                HTTP_X_FORWARDED_FOR=OFFICE,
            )
    login = {"username": "editor", "password": PASSWORD}
    url = reverse("wagtailadmin_login")
    assert client.post(url, login, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=OFFICE).status_code == 429
    assert client.post(url, login, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=ELSEWHERE).status_code == 302


def test_the_pause_ends_after_the_cool_off(client, people):
    fail(client, "admin", 5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert sign_in(client, "admin").status_code == 302
    assert signed_in(client)


def test_trying_during_the_pause_does_not_make_it_longer(client, people):
    fail(client, "admin", 5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=10))
    assert sign_in(client, "admin", "wrong").status_code == 429
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=6))
    assert sign_in(client, "admin").status_code == 302


def test_signing_in_clears_the_failures_and_their_addresses(client, people):
    fail(client, "admin", 4)
    assert sign_in(client, "admin").status_code == 302
    assert not AccessAttempt.objects.filter(username="admin").exists()
    client.logout()
    fail(client, "admin", 4)
    assert sign_in(client, "admin").status_code == 302


def test_no_log_of_sign_ins_or_failures_is_kept(client, people):
    fail(client, "admin", 2)
    sign_in(client, "admin")
    assert AccessLog.objects.count() == 0
    assert AccessFailureLog.objects.count() == 0


@override_settings(ADMIN_SUPPORT_EMAIL="suport.portal@example.cat")
def test_the_pause_page_says_when_to_try_again_and_whom_to_ask(client, people):
    fail(client, "admin", 5)
    response = sign_in(client, "admin")
    page = response.content.decode()
    retry_at = timezone.localtime(
        AccessAttempt.objects.get(username="admin").attempt_time + timedelta(minutes=15)
    )
    assert response.status_code == 429
    assert f"Pots tornar-ho a provar després de les {retry_at:%H:%M}" in page  # in Catalan, the default
    assert "mailto:suport.portal@example.cat" in page
    assert "Traceback" not in page


def test_the_pause_page_is_in_the_language_of_the_browser(client, people):
    fail(client, "admin", 5)
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "admin", "password": PASSWORD},
        REMOTE_ADDR=OFFICE,
        HTTP_ACCEPT_LANGUAGE="ca",
    )
    assert response.status_code == 429
    assert 'lang="ca"' in response.content.decode()


def test_the_test_clients_login_still_works_for_other_tests(client, people):
    assert client.login(username="admin", password=PASSWORD)


def request_from(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


def test_the_client_is_the_connecting_address_when_no_proxy_is_trusted():
    assert client_address(request_from("10.0.0.2", "6.6.6.6")) == "10.0.0.2"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_client_is_the_address_it_added():
    assert client_address(request_from("10.0.0.2", "6.6.6.6, 81.0.0.1")) == "81.0.0.1"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_behind_two_proxies_the_client_is_the_address_the_outer_one_added():
    assert client_address(request_from("10.0.0.3", "6.6.6.6, 81.0.0.1, 10.0.0.2")) == "81.0.0.1"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_a_header_too_short_or_not_an_address_falls_back_to_the_connecting_address():
    assert client_address(request_from("10.0.0.2", "81.0.0.1")) == "10.0.0.2"
    assert client_address(request_from("10.0.0.2", "<script>, 10.0.0.9")) == "10.0.0.2"


def test_expired_attempts_and_their_addresses_are_deleted_by_the_cleanup(client, people):
    fail(client, "admin", 2)
    fail(client, "editor", 1, address=ELSEWHERE)
    AccessAttempt.objects.filter(username="admin").update(attempt_time=timezone.now() - timedelta(minutes=16))
    out = StringIO()
    call_command("accounts_clear_expired_attempts", stdout=out)
    assert list(AccessAttempt.objects.values_list("username", "ip_address")) == [("editor", ELSEWHERE)]
    assert "Deleted 1 " in out.getvalue()
