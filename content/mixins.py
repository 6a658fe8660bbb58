from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from directory.models import published


class ReviewedContentMixin(models.Model):
    """Who keeps a page correct, and when they last checked it."""

    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("The date someone last checked that everything on this page is correct."),
    )
    content_owner = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("content owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The team that keeps this page correct and answers questions about it."),
    )

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("content_owner")],
            heading=_("Review"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def published_content_owner(self):
        """The owner, once that organisation is published: a page may point at a draft one."""
        return published(self.content_owner)
