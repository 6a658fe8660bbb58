"""Directory entries in the pages API: as Wagtail's API shows a related object, or null while a draft."""

from rest_framework import serializers


class PublishedEntryField(serializers.Field):
    """Read from a page's `published_*` property, which is None for a draft entry (DRF then says null)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, entry):
        return {"id": entry.pk, "meta": {"type": f"{entry._meta.app_label}.{type(entry).__name__}"}}
