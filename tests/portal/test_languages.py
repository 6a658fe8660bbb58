"""A language is declared once: a language added to the settings alone is named by the checks."""

from django.core import checks
from django.test import override_settings

FAKE = ("xx", "Fake language")


def messages_about(code):
    return {f"{message.id}: {message.msg}" for message in checks.run_checks() if f"'{code}'" in message.msg}


def test_a_language_added_only_to_the_settings_is_named_by_every_app_that_lacks_it(settings):
    with override_settings(LANGUAGES=[*settings.LANGUAGES, FAKE]):
        found = messages_about("xx")
    assert found == {
        "portal.E001: The language 'xx' has no name in its own language.",
        "search.E001: The language 'xx' has no search stemmer.",
        "search.E002: The language 'xx' has no search stop words.",
        "search.E003: The language 'xx' has no Elasticsearch analyzer.",
        "plain_language.E001: The language 'xx' has no readability analyser.",
        "plain_language.E002: The language 'xx' has no plain-language threshold.",
        "translation.E001: The language 'xx' has no Apertium route from or to 'ca'.",
        "plans.E001: The language 'xx' has no long date format for plans.",
    }


def test_the_configured_languages_have_everything_they_need():
    assert [message for message in checks.run_checks() if message.level >= checks.ERROR] == []
