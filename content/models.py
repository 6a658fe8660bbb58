from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock
from .mixins import ReviewedContentMixin


class ContentPage(ReviewedContentMixin, Page):
    """A guidance page built from the shared blocks."""

    summary = models.CharField(
        _("summary"),
        max_length=255,
        help_text=_("One sentence that says what this page helps people do."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        *ReviewedContentMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("summary"), APIField("body"), APIField("last_reviewed")]

    # Where guidance may sit is said by the pages above it (a home page lists this type among
    # its subpage types), so this app need not know the apps built on it. Only the root is
    # refused: guidance belongs inside a site.
    subpage_types = ["content.ContentPage"]

    class Meta:
        verbose_name = _("guidance page")
        verbose_name_plural = _("guidance pages")

    @classmethod
    def can_exist_under(cls, parent):
        return not parent.is_root() and super().can_exist_under(parent)
