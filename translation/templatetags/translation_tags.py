from django import template
from django.conf import settings

from translation.status import is_unreviewed_machine_translation, source_locale

register = template.Library()


@register.inclusion_tag("translation/includes/machine_translation_notice.html")
def machine_translation_notice(page):
    """A short note on a page that a machine translated and nobody has reviewed yet."""
    if (
        page is None
        or not hasattr(page, "translation_key")
        or page.locale.language_code == settings.LANGUAGE_CODE
    ):
        return {}
    if not is_unreviewed_machine_translation(page):
        return {}
    original = page.get_translation_or_none(source_locale())
    return {"show": True, "original": original if original and original.live else None}
