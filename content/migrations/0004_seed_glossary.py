"""Editors and moderators keep the glossary.

This migration also loaded the shipped glossary once; that data now lives in
plain_language/data/glossary/ and `manage.py load_glossary` loads it, on every deploy.
"""

from django.db import migrations


def let_editors_keep_the_glossary(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(app_label="content", model="glossaryterm")
    for action in ("add", "change", "delete"):
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_glossaryterm",
            defaults={"name": f"Can {action} glossary term"},
        )
        for group in Group.objects.filter(name__in=("Editors", "Moderators")):
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0003_glossary"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(let_editors_keep_the_glossary, migrations.RunPython.noop),
    ]
