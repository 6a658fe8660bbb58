from django.db import migrations

GROUPS = ("Editors", "Moderators")
MODELS = ("organisation", "office", "helpchannel")
ACTIONS = ("add", "change", "delete")


def grant_directory_permissions(apps, schema_editor):
    """Editors and moderators keep the directory (organisations, offices, help channels)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        content_type, _created = ContentType.objects.get_or_create(app_label="life_events", model=model)
        for action in ACTIONS:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            for group in Group.objects.filter(name__in=GROUPS):
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("life_events", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant_directory_permissions, migrations.RunPython.noop)]
