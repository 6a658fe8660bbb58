"""Durations read from the environment: positive numbers, or start-up stops and names the variable."""

import runpy

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings import base


def base_settings(monkeypatch, **env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(base.__file__)


def test_timeouts_have_defaults_below_the_worker_timeout(monkeypatch):
    monkeypatch.delenv("APERTIUM_TIMEOUT", raising=False)
    settings = base_settings(monkeypatch, ELASTICSEARCH_URL="http://es:9200")
    assert settings["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]["OPTIONS"]["TIMEOUT"] == 20.0
    engine = settings["SEARCH_ENGINE"]
    assert (engine["CONNECT_TIMEOUT"], engine["READ_TIMEOUT"]) == (2.0, 3.0)


def test_timeouts_come_from_the_environment(monkeypatch):
    settings = base_settings(
        monkeypatch,
        ELASTICSEARCH_URL="http://es:9200",
        ELASTICSEARCH_CONNECT_TIMEOUT="0.5",
        ELASTICSEARCH_READ_TIMEOUT="4",
        APERTIUM_TIMEOUT="12",
    )
    assert settings["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]["OPTIONS"]["TIMEOUT"] == 12.0
    assert (settings["SEARCH_ENGINE"]["CONNECT_TIMEOUT"], settings["SEARCH_ENGINE"]["READ_TIMEOUT"]) == (
        0.5,
        4.0,
    )


@pytest.mark.parametrize("value", ["abc", "0", "-3", "nan"])
def test_a_duration_that_is_not_a_positive_number_stops_start_up_naming_it(monkeypatch, value):
    with pytest.raises(ImproperlyConfigured, match="APERTIUM_TIMEOUT must be a number of seconds"):
        base_settings(monkeypatch, APERTIUM_TIMEOUT=value)
