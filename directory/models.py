"""The directory: who runs a procedure, where people are served, how to get help.

These tables were created by the life events app; they keep their names (`Meta.db_table`) so
that moving the models here changed no data.

Citizens read every entry here (the footer, procedure pages, search), so entries are moderated
as pages are: editors save drafts and submit them, moderators publish (Wagtail's draft state,
revisions, locking and workflow for snippets). Only live entries are ever shown: read them
through `objects.live()`, or `published()` for an entry a page points at.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from portal.links import validate_safe_link


class Administration(models.TextChoices):
    GENERALITAT = "generalitat", _("Government of Catalonia")
    STATE = "state", _("Spanish State")
    LOCAL = "local", _("Town council")
    OTHER = "other", _("Other body")


class DirectoryQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)


def published(entry):
    """The entry when it is live; None for a draft (a page may point at one before it is published)."""
    return entry if entry is not None and entry.live else None


class ModeratedEntry(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin):
    """Draft, revisions, lock and workflow, in the order Wagtail requires (checks E004 to E006)."""

    objects = DirectoryQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        abstract = True


class Organisation(ModeratedEntry, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"),
        max_length=80,
        blank=True,
        help_text=_("The name people know, such as 'SEPE' or 'CatSalut'."),
    )
    administration = models.CharField(
        _("administration"),
        max_length=20,
        choices=Administration.choices,
        default=Administration.GENERALITAT,
        help_text=_(
            "Procedures of another administration are shown as entry points that link out to its own service."
        ),
    )
    website = models.CharField(
        _("website"),
        max_length=255,
        blank=True,
        validators=[validate_safe_link],
        help_text=_("A web address that starts with https://."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    description = models.TextField(_("what it does"), blank=True, help_text=_("One plain sentence."))

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("short_name")]),
        FieldPanel("administration"),
        FieldRowPanel([FieldPanel("website"), FieldPanel("phone")]),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(ModeratedEntry.Meta):
        db_table = "life_events_organisation"
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        return self.short_name or self.name

    @property
    def is_this_government(self):
        return self.administration == Administration.GENERALITAT


class Office(ModeratedEntry, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="offices",
    )
    address = models.CharField(_("street address"), max_length=255)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    town = models.CharField(_("town"), max_length=100)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_("One line per period, such as 'Monday to Friday, 9 am to 2 pm'."),
    )
    accessibility = models.TextField(
        _("building accessibility"),
        blank=True,
        help_text=_(
            "How a person in a wheelchair, with low vision or with a hearing aid gets in and is served."
        ),
    )
    appointment_url = models.CharField(
        _("appointment link"),
        max_length=255,
        blank=True,
        validators=[validate_safe_link],
        help_text=_("A web address that starts with https://, or a page of this site that starts with /."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("phone"),
            ],
            heading=_("Where it is"),
        ),
        FieldPanel("opening_hours"),
        FieldPanel("accessibility"),
        FieldPanel("appointment_url"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("town"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(ModeratedEntry.Meta):
        db_table = "life_events_office"
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["town", "name"]

    def __str__(self):
        return f"{self.name} ({self.town})"

    def opening_hours_lines(self):
        return [line.strip() for line in self.opening_hours.splitlines() if line.strip()]


class ChannelKind(models.TextChoices):
    ONLINE = "online", _("Online")
    PHONE = "phone", _("Phone")
    VIDEO_CALL = "video_call", _("Video call")
    IN_PERSON = "in_person", _("In person")
    CHAT = "chat", _("Chat")
    ASSISTED = "assisted", _("Assisted procedure")


class HelpChannel(ModeratedEntry, PreviewableMixin, models.Model):
    """A way to get help, shown on the home page and at the foot of every page.

    Its preview shows the help at the foot of a page as it will be once the channel is published.
    """

    kind = models.CharField(_("kind"), max_length=20, choices=ChannelKind.choices)
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), help_text=_("One or two plain sentences."))
    link_url = models.CharField(
        _("link"),
        max_length=255,
        blank=True,
        validators=[validate_safe_link],
        help_text=_("A web address that starts with https://, or tel:012 for a phone number."),
    )
    link_text = models.CharField(_("link text"), max_length=120, blank=True)
    hours = models.CharField(_("when"), max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("sort_order")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("link_url"), FieldPanel("link_text")]),
        FieldPanel("hours"),
    ]

    class Meta(ModeratedEntry.Meta):
        db_table = "life_events_helpchannel"
        verbose_name = _("help channel")
        verbose_name_plural = _("help channels")
        ordering = ["sort_order", "title"]

    def __str__(self):
        return self.title

    def get_preview_template(self, request, mode_name):
        return "directory/previews/help_channel.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "channels": self.beside_the_published()}

    def beside_the_published(self):
        """The published channels of its language, with this one in place of its published version."""
        others = HelpChannel.objects.live().filter(locale_id=self.locale_id).exclude(pk=self.pk)
        return sorted([*others.select_related("locale"), self], key=lambda c: (c.sort_order, c.title))
