"""The directory in templates: the help channels, and the plain names of its kinds."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from directory.models import Administration, ChannelKind, HelpChannel

register = template.Library()


@register.simple_tag
def help_channels():
    """The live help channels, each in the current language or, until it is published there, in the
    source language (the template marks the language of those)."""
    language = get_language() or settings.LANGUAGE_CODE
    channels = HelpChannel.objects.live().filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
    chosen = {}
    for channel in channels.select_related("locale"):
        if channel.translation_key not in chosen or channel.locale.language_code == language:
            chosen[channel.translation_key] = channel
    return sorted(chosen.values(), key=lambda channel: (channel.sort_order, channel.title))


def label_of(choices, value):
    try:
        return choices(value).label
    except ValueError:
        return ""


@register.filter
def channel_name(kind):
    """The plain name of a channel kind ("in_person" -> "In person"); empty when unknown."""
    return label_of(ChannelKind, kind)


@register.filter
def administration_name(value):
    """The plain name of an administration ("state" -> "Spanish State"); empty when unknown."""
    return label_of(Administration, value)


@register.filter
def is_other_administration(value):
    """True for services and procedures that another administration runs."""
    return bool(value) and value != Administration.GENERALITAT
