"""What citizens tell and do, kept without knowing who they are.

No model here has an address, a cookie, a user agent or a time of day: feedback and counts are
kept per day, and free text is scrubbed of personal data before it is saved.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from directory.models import ChannelKind

COMMENT_MAX_LENGTH = 500


class PageFeedback(models.Model):
    """One answer to "Is this page useful?", with what went wrong when the answer was no."""

    page = models.ForeignKey(
        Page, verbose_name=_("page"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    on_search = models.BooleanField(_("about the search page"), default=False)
    language = models.CharField(_("language"), max_length=10)
    useful = models.BooleanField(_("useful"))
    trying = models.TextField(_("what they were trying to do"), blank=True, max_length=COMMENT_MAX_LENGTH)
    wrong = models.TextField(_("what went wrong"), blank=True, max_length=COMMENT_MAX_LENGTH)
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    done = models.BooleanField(_("done"), default=False)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        indexes = [models.Index(fields=["page", "date"])]

    def __str__(self):
        return f"{self.date} {self.page_id or 'search'} {'yes' if self.useful else 'no'}"

    @property
    def has_comment(self):
        return bool(self.trying or self.wrong)


class PageViewDay(models.Model):
    """Views of a page on a day, added from the cache counters by `manage.py flush_page_views`."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    date = models.DateField(db_index=True)
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "date"], name="one_view_count_per_page_and_day")
        ]

    def __str__(self):
        return f"{self.date} {self.page_id}: {self.views}"


class LinkClickDay(models.Model):
    """Follows of a link out of a page ("Start now" and the like) on a day."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    url = models.CharField(max_length=1000)
    start_now = models.BooleanField(default=False)
    date = models.DateField(db_index=True)
    clicks = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "url", "date"], name="one_link_count_per_page_and_day")
        ]

    def __str__(self):
        return f"{self.date} {self.page_id} {self.url}: {self.clicks}"


class SearchClickDay(models.Model):
    """A search result chosen: for which search (scrubbed), which page, at which position."""

    query = models.CharField(max_length=255)
    language = models.CharField(max_length=10)
    # The search index's key of the result ("page:12", "service:3:ca"); pages also by their row.
    result = models.CharField(max_length=120)
    page = models.ForeignKey(Page, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField()
    date = models.DateField(db_index=True)
    clicks = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "result", "position", "date"],
                name="one_search_click_count_per_day",
            )
        ]

    def __str__(self):
        return f"{self.date} {self.query!r} → {self.result} #{self.position}: {self.clicks}"


class ContactRecord(models.Model):
    """Contacts on another channel (012, offices, chat) about a procedure on a day."""

    date = models.DateField(_("date"), db_index=True)
    channel = models.CharField(_("channel"), max_length=20, choices=ChannelKind.choices)
    procedure = models.ForeignKey(
        Page, verbose_name=_("procedure"), on_delete=models.CASCADE, related_name="+"
    )
    resolved = models.BooleanField(_("resolved"))
    count = models.PositiveIntegerField(_("contacts"))

    class Meta:
        verbose_name = _("contact record")
        constraints = [
            models.UniqueConstraint(
                fields=["date", "channel", "procedure", "resolved"], name="one_contact_record_per_key"
            )
        ]

    def __str__(self):
        return f"{self.date} {self.channel} {self.procedure_id}: {self.count}"


from .participation import BetaService, PanelMember, SurveyField, SurveyPage  # noqa: E402, F401
