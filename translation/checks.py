"""Every language of the site can be machine-translated from and to the source language."""

from django.core import checks

from portal.languages import source, targets

from .machine_translation import modes_for


def has_route(source_code, target_code):
    try:
        return bool(modes_for(source_code, target_code))
    except ValueError:
        return False


@checks.register(checks.Tags.translation)
def check_translation_languages(app_configs=None, **kwargs):
    return [
        checks.Error(
            f"The language '{code}' has no Apertium route from or to '{source()}'.",
            hint="Add its modes to DIRECT_MODES in translation/machine_translation.py.",
            id="translation.E001",
        )
        for code in targets()
        if not (has_route(source(), code) and has_route(code, source()))
    ]
