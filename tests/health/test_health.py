"""/health/ tells a load balancer whether this server can serve, and nothing more."""

import json
import time

import pytest
from django.db import OperationalError
from django.test import override_settings

from health import checks
from search.engines import get_engine

UNREACHABLE = "127.0.0.1:9"  # the discard port: nothing listens there


@pytest.fixture
def fresh_engine():
    get_engine.cache_clear()
    yield
    get_engine.cache_clear()


def probe(client, **headers):
    response = client.get("/health/", **headers)
    return response, json.loads(response.content)


def test_all_well_is_200_with_every_part_named(client, db):
    response, body = probe(client)
    assert response.status_code == 200
    assert body == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "search": "ok"}}


def test_the_answer_is_never_cached(client, db):
    response, _body = probe(client)
    assert "no-store" in response["Cache-Control"]


class BrokenConnection:
    def cursor(self):
        raise OperationalError("could not connect to server db.internal:5432")


def test_a_database_that_fails_is_503_naming_it_and_nothing_internal(client, db, monkeypatch):
    monkeypatch.setattr(checks, "connection", BrokenConnection())
    response, body = probe(client)
    assert response.status_code == 503
    assert body["checks"] == {"database": "unavailable", "cache": "ok", "search": "ok"}
    assert "db.internal" not in response.content.decode()


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://{UNREACHABLE}/5",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
)
def test_a_cache_that_keeps_nothing_is_503_naming_it(client, db):
    response, body = probe(client)
    assert response.status_code == 503
    assert body["checks"]["cache"] == "unavailable"
    assert body["checks"]["database"] == "ok"


def test_a_search_engine_that_cannot_be_reached_is_503_naming_it(client, db, settings, fresh_engine):
    settings.SEARCH_ENGINE = {
        "ENGINE": "search.engines.elasticsearch.ElasticsearchEngine",
        "URL": f"http://{UNREACHABLE}",
    }
    response, body = probe(client)
    assert response.status_code == 503
    assert body["checks"]["search"] == "unavailable"
    assert UNREACHABLE not in response.content.decode()


def test_a_part_that_hangs_is_503_within_the_timeout(client, db, monkeypatch):
    monkeypatch.setitem(checks.CHECKS, "search", lambda: time.sleep(5))
    monkeypatch.setattr(checks, "TIMEOUT", 0.5)
    started = time.monotonic()
    response, body = probe(client)
    assert time.monotonic() - started < 2
    assert response.status_code == 503 and body["checks"]["search"] == "unavailable"


@override_settings(ALLOWED_HOSTS=["fetsvitals.example.cat"], SECURE_SSL_REDIRECT=True)
def test_a_plain_http_probe_by_address_gets_an_answer_not_a_redirect(client, db):
    response, body = probe(client, HTTP_HOST="10.0.0.12:8000")
    assert response.status_code == 200 and body["status"] == "ok"


def test_it_is_outside_the_language_prefix(client, db):
    response, _body = probe(client, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 200
    assert client.get("/es/health/").status_code == 404
