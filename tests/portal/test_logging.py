"""A request with a Host header the site does not serve is one line in the log."""

import logging

from django.test import override_settings


@override_settings(ALLOWED_HOSTS=["fetsvitals.example.cat"])
def test_a_bad_host_header_is_logged_as_one_line_without_traceback(client, caplog, db):
    with caplog.at_level(logging.WARNING):
        response = client.get("/ca/", HTTP_HOST="scanner.example.net")
    assert response.status_code == 400
    [record] = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert record.exc_info is None
    line = logging.Formatter().format(record)
    assert "\n" not in line
    assert "scanner.example.net" in line
    assert "Traceback" not in caplog.text
