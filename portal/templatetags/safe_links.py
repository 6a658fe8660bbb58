"""Links in templates, checked again as they render: what was stored before the editors' forms
checked links, or came in another way, never reaches a page as a link that runs script."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import richtext

from portal.links import drop_unsafe_links, safe_link_or_empty

register = template.Library()


@register.filter
def safe_href(value):
    """The link when it is safe, else "": `{% with href=x.url|safe_href %}{% if href %}...`."""
    return safe_link_or_empty(value)


@register.filter
def safe_rich_text(value):
    """Rich text (a RichTextField's HTML or a RichTextBlock's value) without unsafe links."""
    # Wagtail's richtext filter makes the HTML; dropping attributes keeps it as safe as it was.
    return mark_safe(drop_unsafe_links(str(richtext(value))))  # noqa: S308
