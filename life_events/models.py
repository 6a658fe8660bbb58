from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from content.mixins import ReviewedContentMixin
from content.rich_text import PLAIN_FEATURES
from directory.api import PublishedEntryField
from directory.models import Organisation, published
from portal import languages

from .blocks import ChannelsBlock, JourneyStepBlock, QuestionsBlock
from .journey import Journey, JourneyStep


class HomePage(Page):
    intro = models.CharField(
        _("introduction"),
        max_length=255,
        blank=True,
        help_text=_("One sentence under the main heading."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "life_events.LifeEventIndexPage",
        "life_events.ProcedureIndexPage",
        "content.ContentPage",
        "feedback.SurveyPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["life_events"] = LifeEventPage.objects.live().public().descendant_of(self).order_by("path")
        context["procedure_index"] = ProcedureIndexPage.objects.live().child_of(self).first()
        return context


class LifeEventIndexPage(Page):
    intro = models.CharField(_("introduction"), max_length=255, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["life_events.HomePage"]
    subpage_types = ["life_events.LifeEventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("list of life events")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["life_events"] = LifeEventPage.objects.live().public().child_of(self).order_by("path")
        return context


class ProcedureIndexPage(Page):
    intro = models.CharField(_("introduction"), max_length=255, blank=True)
    per_page = 50

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["life_events.HomePage"]
    subpage_types = ["life_events.ProcedurePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("list of procedures")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        procedures = (
            ProcedurePage.objects.live()
            .public()
            .child_of(self)
            .select_related("organisation")
            .order_by("title")
        )
        context["procedures"] = Paginator(procedures, self.per_page).get_page(request.GET.get("page"))
        return context


class LifeEventPage(ReviewedContentMixin, Page):
    summary = models.CharField(
        _("summary"),
        max_length=255,
        help_text=_("One sentence: what this journey helps with."),
    )
    audience = models.TextField(
        _("who it is for"),
        blank=True,
        help_text=_("One or two sentences about who this is for."),
    )
    intro = RichTextField(_("introduction"), features=PLAIN_FEATURES, blank=True)
    journey = StreamField(
        [("step", JourneyStepBlock())],
        verbose_name=_("steps"),
        help_text=_("The steps in the order people live them."),
    )
    questions = StreamField(
        QuestionsBlock(),
        blank=True,
        verbose_name=_("questions for the personal plan"),
        help_text=_("A few plain questions. Conditions on the steps use their names."),
    )
    related_life_events = StreamField(
        [("life_event", blocks.PageChooserBlock(page_type="life_events.LifeEventPage"))],
        blank=True,
        verbose_name=_("related life events"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("intro"),
        FieldPanel("questions"),
        FieldPanel("journey"),
        FieldPanel("related_life_events"),
        *ReviewedContentMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("audience"),
        index.SearchField("intro"),
        index.SearchField("journey"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("audience"),
        APIField("intro"),
        APIField("questions"),
        APIField("journey"),
        APIField("related_life_events"),
        APIField("last_reviewed"),
        APIField("content_owner", serializer=PublishedEntryField(source="published_content_owner")),
    ]

    parent_page_types = ["life_events.LifeEventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("life event")
        verbose_name_plural = _("life events")

    # Other apps add ways to preview a life event: {mode: (label, view(request, page))}. The
    # personal plan adds the plan for sample answers (plans.apps).
    extra_preview_modes = {}

    @property
    def preview_modes(self):
        return [
            *super().preview_modes,
            *((mode, label) for mode, (label, _view) in self.extra_preview_modes.items()),
        ]

    def serve_preview(self, request, mode_name):
        if mode_name in self.extra_preview_modes:
            return self.extra_preview_modes[mode_name][1](request, self)
        return super().serve_preview(request, mode_name)

    def get_journey(self):
        return Journey.from_raw(self.journey.raw_data)

    def clean(self):
        super().clean()
        problems = condition_problems(self.questions.raw_data, self.journey.raw_data)
        if problems:
            raise ValidationError(problems)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        journey = self.get_journey()
        procedures = localized_pages(
            ProcedurePage.objects.select_related("organisation"), journey.procedure_ids(), self.locale_id
        )
        bound_steps = list(self.journey)
        for step in journey.steps:
            step.value = bound_steps[step.position - 1].value
            step.procedures = [procedures[pk] for pk in step.procedure_ids if pk in procedures]
        context["journey"] = journey
        context["related"] = self.get_related_life_events()
        return context

    def get_related_life_events(self):
        ids = [block["value"] for block in self.related_life_events.raw_data if block.get("value")]
        pages = localized_pages(LifeEventPage.objects.all(), ids, self.locale_id)
        return [pages[pk] for pk in ids if pk in pages]

    def source_slug(self):
        """The slug of this life event in the source language: the same in every translation."""
        source = (
            LifeEventPage.objects.filter(
                translation_key=self.translation_key, locale__language_code=languages.source()
            )
            .values_list("slug", flat=True)
            .first()
        )
        return source or self.slug

    @classmethod
    def slugs_by_procedure(cls):
        """Which life events (by source slug) each procedure's journey step belongs to.

        Keyed by the procedure's translation key, so a translation gets its source's life events.
        """
        source_slugs = dict(
            cls.objects.filter(locale__language_code=languages.source()).values_list(
                "translation_key", "slug"
            )
        )
        procedure_keys = dict(ProcedurePage.objects.values_list("pk", "translation_key"))
        places = {}
        for life_event in cls.objects.live().public():
            slug = source_slugs.get(life_event.translation_key, life_event.slug)
            for procedure_id in life_event.get_journey().procedure_ids():
                if procedure_id in procedure_keys:
                    places.setdefault(procedure_keys[procedure_id], set()).add(slug)
        return {key: sorted(slugs) for key, slugs in places.items()}

    def search_document_fields(self, slugs_by_procedure):
        """What search files this page under, beside its text (see search.documents)."""
        return {"kind": "life_event", "life_events": [self.source_slug()]}


def condition_problems(questions, journey):
    """What is wrong with a life event's questions and the conditions its steps set on them."""
    asked = [block for block in questions if block.get("type") != "event_date"]
    names = [(block.get("value") or {}).get("key") for block in asked]
    problems = [
        _("Two questions have the name '%(name)s': give each its own.") % {"name": name}
        for name in sorted({name for name in names if name and names.count(name) > 1})
    ]
    known = set(names)
    for position, block in enumerate(journey, start=1):
        value = block.get("value") or {}
        conditions = [*value.get("conditions", []), *value.get("procedure_conditions", [])]
        for item in conditions:
            # A ListBlock item is {"type": "item", "value": ...}; older data holds the value itself.
            condition = item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
            condition = condition if isinstance(condition, dict) else {}
            name = condition.get("question")
            if name and name not in known:
                problems.append(
                    _("Step %(number)s has a condition on '%(name)s', but no question has that name.")
                    % {"number": position, "name": name}
                )
    return problems


def localized_pages(queryset, ids, locale_id):
    """The live pages that `ids` point to, each in `locale_id` when it is translated there.

    Page choosers in StreamFields keep pointing at the source page when wagtail-localize
    translates a page (they are overridable, not translated), so a translated journey links
    to the Catalan procedures: show their translations instead, in one query.
    """
    ids = set(ids)
    if not ids:
        return {}
    keys = Page.objects.filter(id__in=ids).values("translation_key")
    pages = list(
        queryset.live().public().filter(Q(id__in=ids) | Q(locale_id=locale_id, translation_key__in=keys))
    )
    here = {page.translation_key: page for page in pages if page.locale_id == locale_id}
    return {page.pk: here.get(page.translation_key, page) for page in pages if page.pk in ids}


@dataclass
class StepPlace:
    step: JourneyStep
    previous: JourneyStep | None
    next: JourneyStep | None


@dataclass
class JourneyPlace:
    """Where a procedure sits in one life event's journey: one or more of its steps."""

    life_event: LifeEventPage
    steps: list[StepPlace]
    total: int


class ProcedurePage(ReviewedContentMixin, Page):
    summary = models.CharField(
        _("summary"),
        max_length=255,
        help_text=_("One sentence: what people get and why."),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("who runs it"),
        null=True,
        on_delete=models.PROTECT,
        related_name="procedures",
        help_text=_("If it is another administration, the page links out to its service."),
    )
    what_it_is = RichTextField(_("what it is"), features=PLAIN_FEATURES)
    who_can_apply = RichTextField(_("who can ask for it"), features=PLAIN_FEATURES, blank=True)
    what_you_need = RichTextField(_("what you need"), features=PLAIN_FEATURES, blank=True)
    cost = models.CharField(_("cost"), max_length=255, blank=True)
    deadline = models.CharField(_("deadline"), max_length=255, blank=True)
    what_happens_next = RichTextField(_("what happens next"), features=PLAIN_FEATURES, blank=True)
    channels = StreamField(
        ChannelsBlock(),
        verbose_name=_("how to do it"),
        help_text=_("Add every channel that exists for this procedure. Always add the assisted one."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [
                FieldPanel("what_it_is"),
                FieldPanel("who_can_apply"),
                FieldPanel("what_you_need"),
                FieldPanel("cost"),
                FieldPanel("deadline"),
                FieldPanel("what_happens_next"),
            ],
            heading=_("About the procedure"),
        ),
        FieldPanel("channels"),
        *ReviewedContentMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("what_it_is"),
        index.SearchField("who_can_apply"),
        index.SearchField("what_you_need"),
        index.RelatedFields("organisation", [index.SearchField("name"), index.SearchField("short_name")]),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("organisation", serializer=PublishedEntryField(source="published_organisation")),
        APIField("what_it_is"),
        APIField("who_can_apply"),
        APIField("what_you_need"),
        APIField("cost"),
        APIField("deadline"),
        APIField("what_happens_next"),
        APIField("channels"),
        APIField("last_reviewed"),
        APIField("content_owner", serializer=PublishedEntryField(source="published_content_owner")),
    ]

    parent_page_types = ["life_events.ProcedureIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("procedure")
        verbose_name_plural = _("procedures")

    @property
    def published_organisation(self):
        """Who runs it, once that organisation is published: a page may point at a draft one."""
        return published(self.organisation)

    @property
    def runs_elsewhere(self):
        organisation = self.published_organisation
        return bool(organisation) and not organisation.is_this_government

    def channel_kinds(self):
        return [block["type"] for block in self.channels.raw_data]

    def search_document_fields(self, slugs_by_procedure):
        """What search files this page under, beside its text (see search.documents)."""
        fields = {
            "kind": "procedure",
            "channels": self.channel_kinds(),
            "life_events": slugs_by_procedure.get(self.translation_key, []),
        }
        organisation = self.published_organisation
        if organisation:
            fields["organisation"] = organisation.display_name
            fields["administration"] = organisation.administration
            fields["keywords"] = " ".join(filter(None, [organisation.name, self.search_description]))
        return fields

    def online_channel(self):
        return next((block["value"] for block in self.channels.raw_data if block["type"] == "online"), None)

    def journey_places(self):
        places = []
        # A translated journey may still point at the procedure in the source language.
        same_page = set(
            Page.objects.filter(translation_key=self.translation_key).values_list("pk", flat=True)
        )
        life_events = LifeEventPage.objects.live().public().filter(locale_id=self.locale_id)
        for life_event in life_events.order_by("path"):
            journey = life_event.get_journey()
            steps = [
                StepPlace(step, *journey.previous_and_next(step)) for step in journey.steps_with(same_page)
            ]
            if steps:
                places.append(JourneyPlace(life_event, steps, journey.total_numbers))
        return places

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["journey_places"] = self.journey_places()
        context["online"] = self.online_channel()
        return context
