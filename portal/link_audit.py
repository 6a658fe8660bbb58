"""Links stored before the link rules existed, or written by another way than the admin's forms
(a data import, wagtail-localize's link overrides, the shell), that break the rules.

Pages already render such links as text; this finds them so that an editor can fix them. It
reads every model the same way, so a new app's link fields are found without changes here: a
field checked by `validate_safe_link`, any URLField (Wagtail's promoted results among them),
rich text fields, and the link and rich text blocks of StreamFields.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db import models
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

from .links import is_safe_link, unsafe_links_in, validate_safe_link


@dataclass(frozen=True)
class UnsafeLink:
    model: str
    pk: object
    name: str
    field: str
    link: str


def find_unsafe_links():
    for model in apps.get_models():
        fields = [field for field in model._meta.concrete_fields if _holds_links(field)]
        if fields:
            yield from _in_model(model, fields)


def _holds_links(field):
    if isinstance(field, RichTextField | StreamField | models.URLField):
        return True
    return isinstance(field, models.CharField) and validate_safe_link in field.validators


def _in_model(model, fields):
    for instance in model._default_manager.only("pk", *(field.name for field in fields)).iterator():
        for field in fields:
            for link in _in_value(field, getattr(instance, field.name)):
                yield UnsafeLink(model._meta.label, instance.pk, str(instance), field.name, link)


def _in_value(field, value):
    if isinstance(field, StreamField):
        return list(_in_blocks(field.stream_block, value))
    if isinstance(field, RichTextField):
        return unsafe_links_in(value or "")
    return [value] if value and not is_safe_link(value) else []


def _in_blocks(block, value):
    if value in (None, ""):
        return
    if isinstance(block, blocks.URLBlock):
        yield from ([value] if not is_safe_link(value) else [])
    elif isinstance(block, blocks.RichTextBlock):
        yield from unsafe_links_in(value.source)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _in_blocks(child.block, child.value)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _in_blocks(block.child_block, item)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from _in_blocks(child, value.get(name))
