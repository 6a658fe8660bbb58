"""Blocks of the life-event journey and of a procedure's channels."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from content.blocks import SafeURLBlock
from content.rich_text import PLAIN_FEATURES
from directory.models import ChannelKind, published

# Pages point at organisations and offices that may still be drafts: templates read them through
# these values, which show only what is published.


class ExternalLinkValue(blocks.StructValue):
    def published_organisation(self):
        return published(self.get("organisation"))


class InPersonChannelValue(blocks.StructValue):
    def published_offices(self):
        return [office for office in self.get("offices") or [] if published(office)]


class ExternalLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"))
    url = SafeURLBlock(label=_("Web address"))
    organisation = SnippetChooserBlock("directory.Organisation", required=False, label=_("Who runs it"))

    def get_api_representation(self, value, context=None):
        representation = super().get_api_representation(value, context)
        representation["organisation"] = getattr(value.published_organisation(), "pk", None)
        return representation

    class Meta:
        icon = "link-external"
        label = _("Link to another website")
        value_class = ExternalLinkValue


# Questions a life event asks so that its plan shows only what applies (see the plans app).
# Their keys and the answers' values are names, not text: wagtail-localize keeps them the same in
# every language (a RegexBlock is not translated), so a condition and a shared link work in all.
KEY_PATTERN = r"^[a-z][a-z0-9_]{0,29}$"
VALUE_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,29}$"
DUE_UNITS = [
    ("days", _("calendar days")),
    ("working_days", _("working days")),
    ("months", _("months")),
]
DUE_FROM = [
    ("event", _("after the event")),
    ("previous", _("after the previous step's date")),
    ("before_event", _("before the event")),
]
OPERATORS = [
    ("eq", _("is")),
    ("ne", _("is not")),
    ("gte", _("is at least")),
    ("lte", _("is at most")),
]


def key_block(**kwargs):
    return blocks.RegexBlock(
        regex=KEY_PATTERN,
        error_messages={"invalid": _("Use lower-case letters, digits and '_', starting with a letter.")},
        **kwargs,
    )


def value_block(**kwargs):
    return blocks.RegexBlock(
        regex=VALUE_PATTERN,
        error_messages={"invalid": _("Use lower-case letters, digits, '-' and '_'.")},
        **kwargs,
    )


class QuestionBlock(blocks.StructBlock):
    key = key_block(
        label=_("Name in links"),
        help_text=_("A short name, the same in every language: 'works', 'children'."),
    )
    text = blocks.CharBlock(label=_("Question"), help_text=_("For example: 'Do you work?'"))
    help_text = blocks.CharBlock(required=False, label=_("Help text"))


class ChoiceOptionBlock(blocks.StructBlock):
    value = value_block(label=_("Name in links"))
    label = blocks.CharBlock(label=_("Answer"))


class ChoiceQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(ChoiceOptionBlock(), min_num=2, label=_("Answers"))

    class Meta:
        icon = "list-ul"
        label = _("One of several answers")


class YesNoQuestionBlock(QuestionBlock):
    class Meta:
        icon = "tick"
        label = _("Yes or no")


class NumberQuestionBlock(QuestionBlock):
    min_value = blocks.IntegerBlock(default=0, label=_("Smallest answer"))
    max_value = blocks.IntegerBlock(default=20, label=_("Largest answer"))

    class Meta:
        icon = "order"
        label = _("A number")


class EventDateQuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Question"), help_text=_("For example: 'When was your baby born?'"))
    help_text = blocks.CharBlock(required=False, label=_("Help text"))

    class Meta:
        icon = "date"
        label = _("Date of the event")
        description = _("The date the plan counts its deadlines from.")


class QuestionsBlock(blocks.StreamBlock):
    yes_no = YesNoQuestionBlock()
    choice = ChoiceQuestionBlock()
    number = NumberQuestionBlock()
    event_date = EventDateQuestionBlock()

    class Meta:
        block_counts = {"event_date": {"max_num": 1}}


class ConditionBlock(blocks.StructBlock):
    question = key_block(label=_("Question (its name in links)"))
    operator = blocks.ChoiceBlock(choices=OPERATORS, default="eq", label=_("Answer"))
    value = value_block(label=_("Value"), help_text=_("'yes', 'no', an answer's name or a number."))

    class Meta:
        icon = "help"
        label = _("Condition")


class ProcedureConditionBlock(ConditionBlock):
    procedure = blocks.PageChooserBlock(page_type="life_events.ProcedurePage", label=_("Procedure"))

    class Meta:
        icon = "help"
        label = _("Condition on a procedure")


class JourneyStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), help_text=_("Start with a verb: 'Register the birth'."))
    relation = blocks.ChoiceBlock(
        choices=[
            ("", _("Do it after the previous step")),
            ("and", _("Do it at the same time as the previous step ('and')")),
            ("or", _("Do it instead of the previous step ('or')")),
        ],
        required=False,
        default="",
        label=_("How it follows the previous step"),
    )
    timing = blocks.CharBlock(
        required=False,
        label=_("When"),
        help_text=_("For example: 'In the first 10 days'."),
    )
    due_amount = blocks.IntegerBlock(
        required=False,
        min_value=0,
        label=_("Deadline: how many"),
        help_text=_("Leave empty when the step has no deadline."),
    )
    due_unit = blocks.ChoiceBlock(choices=DUE_UNITS, required=False, label=_("Deadline: unit"))
    due_from = blocks.ChoiceBlock(
        choices=DUE_FROM, default="event", required=False, label=_("Deadline: counted")
    )
    conditions = blocks.ListBlock(
        ConditionBlock(),
        default=[],
        label=_("Show this step only if"),
        help_text=_("Every condition must hold. A question left unanswered never hides the step."),
    )
    optional = blocks.BooleanBlock(
        required=False,
        label=_("Optional"),
        help_text=_("Only some people need this step."),
    )
    body = blocks.RichTextBlock(features=PLAIN_FEATURES, required=False, label=_("Explanation"))
    choice = blocks.ChoiceBlock(
        choices=[("all", _("Do all of them")), ("one", _("Choose the one that fits you"))],
        default="all",
        label=_("Procedures of this step"),
    )
    procedures = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="life_events.ProcedurePage"),
        default=[],
        label=_("Procedures"),
    )
    procedure_conditions = blocks.ListBlock(
        ProcedureConditionBlock(),
        default=[],
        label=_("Show a procedure only if"),
    )
    links = blocks.ListBlock(ExternalLinkBlock(), default=[], label=_("Other links"))

    class Meta:
        icon = "list-ol"
        label = _("Step")
        description = _("One step of the journey, with the procedures it needs.")
        preview_value = {
            "title": "Inscriu el naixement",
            "timing": "En els 10 primers dies",
            "body": "<p>L'hospital t'ajuda a fer-ho.</p>",
        }


class ChannelBlock(blocks.StructBlock):
    """Shared fields of every channel; subclasses add what the channel needs."""

    description = blocks.TextBlock(
        required=False,
        label=_("Explanation"),
        help_text=_("One or two plain sentences."),
    )


class OnlineChannelBlock(ChannelBlock):
    url = SafeURLBlock(label=_("Web address of the online service"))
    label = blocks.CharBlock(
        required=False,
        label=_("Button text"),
        help_text=_("Leave empty for 'Start now'."),
    )
    identification = blocks.CharBlock(
        required=False,
        label=_("Identification you need"),
        help_text=_("For example: idCAT Mòbil, Cl@ve or a digital certificate."),
    )

    class Meta:
        icon = "globe"
        label = _("Online")
        template = "life_events/blocks/channel_online.html"
        description = _("The online service, shown as the 'Start now' button.")


class PhoneChannelBlock(ChannelBlock):
    number = blocks.CharBlock(default="012", label=_("Phone number"))
    hours = blocks.CharBlock(required=False, label=_("When"))

    class Meta:
        icon = "mobile-alt"
        label = _("Phone")
        template = "life_events/blocks/channel_phone.html"
        description = _("A phone line that does the procedure or helps with it.")


class VideoCallChannelBlock(ChannelBlock):
    url = SafeURLBlock(label=_("Web address to book the video call"))
    hours = blocks.CharBlock(required=False, label=_("When"))

    class Meta:
        icon = "media"
        label = _("Video call")
        template = "life_events/blocks/channel_video_call.html"
        description = _("An appointment by video call with a person who helps.")


class InPersonChannelBlock(ChannelBlock):
    offices = blocks.ListBlock(SnippetChooserBlock("directory.Office"), default=[], label=_("Offices"))
    appointment_required = blocks.BooleanBlock(
        required=False, default=True, label=_("You need an appointment")
    )
    appointment_url = SafeURLBlock(required=False, label=_("Web address to book"))

    def get_api_representation(self, value, context=None):
        representation = super().get_api_representation(value, context)
        representation["offices"] = [office.pk for office in value.published_offices()]
        return representation

    class Meta:
        icon = "home"
        label = _("In person")
        template = "life_events/blocks/channel_in_person.html"
        description = _("Offices where people can do the procedure.")
        value_class = InPersonChannelValue


class ChatChannelBlock(ChannelBlock):
    url = SafeURLBlock(label=_("Web address of the chat"))
    hours = blocks.CharBlock(required=False, label=_("When"))

    class Meta:
        icon = "comment"
        label = _("Chat")
        template = "life_events/blocks/channel_chat.html"
        description = _("A written chat with a person.")


class AssistedChannelBlock(ChannelBlock):
    phone = blocks.CharBlock(required=False, label=_("Phone to ask for it"))
    url = SafeURLBlock(required=False, label=_("Web address to ask for it"))

    class Meta:
        icon = "group"
        label = _("Assisted procedure")
        template = "life_events/blocks/channel_assisted.html"
        description = _("Someone does the procedure with the person (tramitació atesa).")


class ChannelsBlock(blocks.StreamBlock):
    online = OnlineChannelBlock()
    phone = PhoneChannelBlock()
    video_call = VideoCallChannelBlock()
    in_person = InPersonChannelBlock()
    chat = ChatChannelBlock()
    assisted = AssistedChannelBlock()

    class Meta:
        block_counts = {kind: {"max_num": 1} for kind in ChannelKind.values}
