"""Deployment checks for mail: without it, password resets vanish without a word.

Django's defaults send through an SMTP server on localhost from webmaster@localhost, which on
most servers means every message is lost. `manage.py check --deploy` names what to set.
"""

from django.conf import settings
from django.core.checks import Error, Warning, register

SMTP = "django.core.mail.backends.smtp.EmailBackend"
UNDELIVERED = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
}
DJANGO_DEFAULT_SENDERS = {"DEFAULT_FROM_EMAIL": "webmaster@localhost", "SERVER_EMAIL": "root@localhost"}


@register("mail", deploy=True)
def check_mail(app_configs, **kwargs):
    return backend_errors() + sender_warnings()


def backend_errors():
    if settings.EMAIL_BACKEND in UNDELIVERED:
        return [
            Error(
                f"EMAIL_BACKEND is {settings.EMAIL_BACKEND}, which does not deliver mail: "
                "password resets and notifications would never arrive.",
                hint="Use the SMTP backend and set EMAIL_HOST (see the README, 'Environment variables').",
                id="accounts.E001",
            )
        ]
    if settings.EMAIL_BACKEND == SMTP and not settings.EMAIL_HOST:
        return [
            Error(
                "EMAIL_HOST is not set: mail (password resets, notifications) has no server to go to.",
                hint="Set EMAIL_HOST, and EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD and "
                "EMAIL_USE_TLS as the mail server needs.",
                id="accounts.E002",
            )
        ]
    return []


def sender_warnings():
    return [
        Warning(
            f"{name} is Django's default, {default}: mail from it is likely to be refused or marked as spam.",
            hint=f"Set {name} to an address of the portal's domain.",
            id=f"accounts.W00{number}",
        )
        for number, (name, default) in enumerate(DJANGO_DEFAULT_SENDERS.items(), start=1)
        if getattr(settings, name) == default
    ]
