from django import template

from life_events.snippets import ChannelKind

register = template.Library()


@register.filter
def channel_label(kind):
    """The plain name of a channel kind ("online", "in_person"...)."""
    try:
        return ChannelKind(kind).label
    except ValueError:
        return ""
