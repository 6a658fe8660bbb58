"""Logs never hold personal data: request logs, the development server's lines, production's
console, gunicorn-style access lines and tracebacks are scrubbed before they are written."""

import importlib
import io
import logging
import sys

import pytest
from django.conf import settings
from django.utils.log import configure_logging

from privacy.log_filters import ScrubPersonalData, scrub_log_text

DNI = "12345678Z"


@pytest.mark.django_db
def test_a_not_found_path_with_a_dni_is_logged_without_it(client, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get(f"/ca/tramits/{DNI}/", {"q": DNI})
    assert response.status_code == 404
    [record] = [record for record in caplog.records if record.name == "django.request"]
    assert record.getMessage() == "Not Found: /ca/tramits/[id]/"
    assert DNI not in caplog.text


@pytest.mark.django_db
def test_a_not_found_path_with_an_email_is_logged_without_it(client, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get("/ca/contacte/joan@example.cat/")
    assert response.status_code == 404
    assert "joan@example.cat" not in caplog.text
    assert "Not Found: /ca/contacte/[email]/" in caplog.text


def test_the_development_servers_request_line_is_logged_with_its_query_scrubbed(caplog):
    from django.core.servers.basehttp import WSGIRequestHandler

    handler = WSGIRequestHandler.__new__(WSGIRequestHandler)
    handler.request = None
    server_logger = logging.getLogger("django.server")
    server_logger.addHandler(caplog.handler)  # it does not propagate to the root
    try:
        handler.log_message('"%s" %s %s', f"GET /ca/search/?q={DNI}&lang=ca HTTP/1.1", "200", "5120")
    finally:
        server_logger.removeHandler(caplog.handler)
    assert caplog.records[-1].getMessage() == '"GET /ca/search/?q=[id]&lang=ca HTTP/1.1" 200 5120'


@pytest.fixture
def production_console(monkeypatch):
    """What production's console handler writes; Django's test configuration again afterwards."""
    for name, value in {
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": "sqlite://",
    }.items():
        monkeypatch.setenv(name, value)
    production = importlib.import_module("portal.settings.production")
    try:
        configure_logging(settings.LOGGING_CONFIG, production.LOGGING)
        [console] = [
            handler for handler in logging.getLogger().handlers if type(handler) is logging.StreamHandler
        ]
        console.setStream(io.StringIO())
        yield console.stream
    finally:
        sys.modules.pop("portal.settings.production", None)
        configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)


def test_in_production_every_logger_writes_scrubbed_lines(production_console):
    logging.getLogger("search.searching").warning("Search for %s failed", "joan@example.cat")
    logging.getLogger("django.request").warning("Not Found: %s", f"/ca/{DNI}/")
    logging.getLogger("gunicorn.access").warning(
        '%(h)s "%(r)s" %(s)s',
        {"h": "10.0.0.1", "r": "GET /ca/search/?q=612%20345%20678 HTTP/1.1", "s": "200"},
    )
    assert production_console.getvalue().splitlines() == [
        "Search for [email] failed",
        "Not Found: /ca/[id]/",
        '10.0.0.1 "GET /ca/search/?q=[phone] HTTP/1.1" 200',
    ]


def record(msg, *args, exc_info=None):
    return logging.LogRecord("test", logging.ERROR, __file__, 1, msg, args or None, exc_info)


def test_a_traceback_is_scrubbed_too():
    try:
        raise ValueError(f"No account for {DNI}")
    except ValueError:
        entry = record("Could not save", exc_info=sys.exc_info())
    ScrubPersonalData().filter(entry)
    assert "ValueError: No account for [id]" in entry.exc_text
    assert DNI not in logging.Formatter().format(entry)


def test_arguments_that_do_not_fit_the_message_are_kept_scrubbed():
    entry = record("Searched %s and %s", DNI)
    assert ScrubPersonalData().filter(entry)
    assert entry.getMessage() == "Searched %s and %s ('[id]',)"


@pytest.mark.parametrize(
    ("line", "scrubbed"),
    [
        ("GET /ca/search/?q=joan%40example.cat HTTP/1.1", "GET /ca/search/?q=[email] HTTP/1.1"),
        ("GET /es/search/?q=mi+dni+es+12345678Z&page=2", "GET /es/search/?q=mi%20dni%20es%20[id]&page=2"),
        (
            "GET /api/search/?lang=ca&q=ES91%202100%200418%204502%200005%201332",
            "GET /api/search/?lang=ca&q=[iban]",
        ),
        (
            '"https://portal/ca/search/?q=%2B34612345678" "Mozilla/5.0"',
            '"https://portal/ca/search/?q=[phone]" "Mozilla/5.0"',
        ),
        ("GET /ca/search/?q=jubilaci%C3%B3 HTTP/1.1", "GET /ca/search/?q=jubilaci%C3%B3 HTTP/1.1"),
        ("What? Nothing to scrub here, 2024.", "What? Nothing to scrub here, 2024."),
    ],
)
def test_query_strings_are_decoded_before_they_are_scrubbed(line, scrubbed):
    assert scrub_log_text(line) == scrubbed
