"""The directory in templates: the help channels, and the plain names of its kinds."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from directory.models import Administration, ChannelKind, HelpChannel

register = template.Library()


@register.simple_tag
def help_channels():
    """The help channels in the current language, or in the source language until they are translated."""
    channels = HelpChannel.objects.select_related("locale")
    local = channels.filter(locale__language_code=get_language())
    return list(local) or list(channels.filter(locale__language_code=settings.LANGUAGE_CODE))


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
