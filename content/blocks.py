"""The shared set of blocks for guidance pages. Each block renders semantic HTML."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.links import validate_safe_link

from .rich_text import PLAIN_FEATURES


class SafeURLBlock(blocks.URLBlock):
    """A link an editor types: a web address, mailto:, tel: or a page of this site, never script.

    A URLBlock to everything that reads blocks (wagtail-localize offers its address for each
    translation), with the portal's link rules instead of Django's URL field. It stores the same
    text, so it deconstructs as a URLBlock: migrations record the shape of the data, unchanged.
    """

    def __init__(self, required=True, help_text=None, max_length=None, **kwargs):
        super().__init__(required=required, help_text=help_text, max_length=max_length, **kwargs)
        self.field = forms.CharField(
            required=required,
            help_text=help_text,
            max_length=max_length,
            validators=[validate_safe_link],
        )

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.URLBlock", args, kwargs


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "content/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading. Keep it short and say what the section is about.")
        preview_value = "Què has de fer"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PLAIN_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "content/blocks/paragraph.html"
        label = _("Text")
        description = _("Paragraphs, lists and links.")
        preview_value = "<p>Pots fer aquest tràmit en línia, per telèfon o en una oficina.</p>"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[
            ("info", _("Good to know")),
            ("warning", _("Warning")),
            ("deadline", _("Deadline")),
        ],
        default="info",
        label=_("Kind"),
    )
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.RichTextBlock(features=PLAIN_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        template = "content/blocks/callout.html"
        label = _("Callout")
        description = _("A short message that must not be missed, such as a deadline.")
        preview_value = {
            "kind": "deadline",
            "title": "Tens 10 dies",
            "text": "<p>Inscriu el naixement en els 10 dies després del part.</p>",
        }


class NumberedStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.RichTextBlock(features=PLAIN_FEATURES, required=False, label=_("Explanation"))


class NumberedStepsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(NumberedStepBlock(), **kwargs)

    class Meta:
        icon = "list-ol"
        template = "content/blocks/numbered_steps.html"
        label = _("Numbered steps")
        description = _("Things to do in order.")
        preview_value = [
            {"title": "Prepara el DNI", "text": ""},
            {"title": "Demana cita", "text": "<p>Truca al 012.</p>"},
        ]


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(label=_("Question or title"))
    text = blocks.RichTextBlock(features=PLAIN_FEATURES, label=_("Answer"))

    class Meta:
        icon = "collapse-down"
        template = "content/blocks/details.html"
        label = _("Show and hide")
        description = _("Extra detail that only some people need. It opens when clicked.")
        preview_value = {
            "summary": "I si no tinc DNI?",
            "text": "<p>Pots fer servir el passaport o el NIE.</p>",
        }


class ContactBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Who to contact"))
    phone = blocks.CharBlock(required=False, label=_("Phone"))
    email = blocks.EmailBlock(required=False, label=_("Email"))
    url = SafeURLBlock(required=False, label=_("Web address"))
    hours = blocks.CharBlock(required=False, label=_("When"))

    class Meta:
        icon = "mail"
        template = "content/blocks/contact.html"
        label = _("Contact")
        description = _("How to reach a person who can help.")
        preview_value = {"title": "Atenció ciutadana", "phone": "012", "hours": "Cada dia"}


class StartNowBlock(blocks.StructBlock):
    label = blocks.CharBlock(default=_("Start now"), label=_("Button text"))
    url = SafeURLBlock(label=_("Web address"))
    note = blocks.CharBlock(
        required=False,
        label=_("Note"),
        help_text=_("What people need before they start, such as a digital ID."),
    )

    class Meta:
        icon = "arrow-right"
        template = "content/blocks/start_now.html"
        label = _("Start now button")
        description = _("The main action of the page: a link to an online service.")
        preview_value = {"label": "Comença ara", "url": "https://web.gencat.cat/"}


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    numbered_steps = NumberedStepsBlock()
    details = DetailsBlock()
    contact = ContactBlock()
    start_now = StartNowBlock()
