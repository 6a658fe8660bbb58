from django.conf import settings
from django.core.checks import Error, register


@register()
def check_retention_settings(app_configs, **kwargs):
    months = getattr(settings, "ANALYTICS_RETENTION_MONTHS", None)
    if isinstance(months, int) and not isinstance(months, bool) and months >= 1:
        return []
    return [
        Error(
            f"ANALYTICS_RETENTION_MONTHS is {months!r}; it must be a whole number of months, 1 or more.",
            hint="Set it in the settings; 13 keeps the same month of the year before.",
            id="privacy.E001",
        )
    ]
