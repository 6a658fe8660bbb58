import json
import uuid
from pathlib import Path

from django.db import migrations

SEED_DIR = Path(__file__).resolve().parent.parent / "glossary_seed"


def seed_glossary(apps, schema_editor):
    """Load the glossary of administrative jargon shipped in content/glossary_seed/<language>.json.

    Existing terms are left as editors made them; only missing ones are added.
    """
    Locale = apps.get_model("wagtailcore", "Locale")
    GlossaryTerm = apps.get_model("content", "GlossaryTerm")
    for path in sorted(SEED_DIR.glob("*.json")):
        locale, _created = Locale.objects.get_or_create(language_code=path.stem)
        for entry in json.loads(path.read_text(encoding="utf-8")):
            GlossaryTerm.objects.get_or_create(
                locale=locale,
                term=entry["term"],
                defaults={
                    "plain": entry["plain"],
                    "explanation": entry.get("explanation", ""),
                    "translation_key": uuid.uuid4(),
                },
            )


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
        migrations.RunPython(seed_glossary, migrations.RunPython.noop),
        migrations.RunPython(let_editors_keep_the_glossary, migrations.RunPython.noop),
    ]
