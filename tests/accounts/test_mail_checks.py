"""`check --deploy` says by name which mail setting would lose password resets."""

from django.core import checks
from django.test import override_settings

from accounts.checks import check_mail

SMTP = "django.core.mail.backends.smtp.EmailBackend"
CONFIGURED = {
    "EMAIL_BACKEND": SMTP,
    "EMAIL_HOST": "smtp.example.cat",
    "DEFAULT_FROM_EMAIL": "no-reply@fetsvitals.example.cat",
    "SERVER_EMAIL": "errors@fetsvitals.example.cat",
}


def ids(messages):
    return {message.id for message in messages}


@override_settings(**CONFIGURED)
def test_configured_mail_passes():
    assert check_mail(None) == []


@override_settings(**{**CONFIGURED, "EMAIL_HOST": ""})
def test_smtp_without_a_host_is_an_error_naming_email_host():
    [error] = check_mail(None)
    assert error.id == "accounts.E002" and error.level == checks.ERROR
    assert "EMAIL_HOST" in error.msg


@override_settings(**{**CONFIGURED, "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"})
def test_a_backend_that_delivers_nothing_is_an_error():
    [error] = check_mail(None)
    assert error.id == "accounts.E001" and "console" in error.msg


@override_settings(
    **{**CONFIGURED, "DEFAULT_FROM_EMAIL": "webmaster@localhost", "SERVER_EMAIL": "root@localhost"}
)
def test_django_default_senders_are_warnings_naming_the_setting():
    warnings = check_mail(None)
    assert ids(warnings) == {"accounts.W001", "accounts.W002"}
    assert {"DEFAULT_FROM_EMAIL", "SERVER_EMAIL"} == {w.msg.split()[0] for w in warnings}


@override_settings(**{**CONFIGURED, "EMAIL_HOST": ""})
def test_the_mail_check_runs_with_deploy_only():
    assert "accounts.E002" in ids(checks.run_checks(include_deployment_checks=True))
    assert "accounts.E002" not in ids(checks.run_checks(include_deployment_checks=False))
