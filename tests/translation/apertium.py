def apertium_options(settings, **options):
    """Change some of the Apertium translator's OPTIONS for one test (pytest-django restores them)."""
    translator = settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        **translator,
        "OPTIONS": {**translator["OPTIONS"], **options},
    }
