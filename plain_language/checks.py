"""Every language of the site can be scored: a readability analyser and a publishing threshold."""

from django.conf import settings
from django.core import checks

from portal.languages import missing_from

from .readability.languages import ANALYSERS


@checks.register(checks.Tags.translation)
def check_plain_language_languages(app_configs=None, **kwargs):
    return [
        *missing_from(
            ANALYSERS,
            "readability analyser",
            "plain_language.E001",
            hint="Write one in plain_language/readability/languages.py.",
        ),
        *missing_from(
            settings.PLAIN_LANGUAGE_THRESHOLDS,
            "plain-language threshold",
            "plain_language.E002",
            hint="Add it to PLAIN_LANGUAGE_THRESHOLDS in the settings.",
        ),
    ]
