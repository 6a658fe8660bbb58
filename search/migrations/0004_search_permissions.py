from django.db import migrations

GROUPS = ("Editors", "Moderators")
# Editors and moderators keep the synonyms (which also shows them the search reports) and may
# look at the services imported from other administrations' feeds, which only the import changes.
# They also pin best bets (Wagtail's promoted search results).
PERMISSIONS = {
    ("search", "synonym"): ("add", "change", "delete", "view"),
    ("search", "externalservice"): ("view",),
    ("wagtailsearchpromotions", "searchpromotion"): ("add", "change", "delete"),
}
NAMES = {"synonym": "search synonym", "externalservice": "external service", "searchpromotion": "search promotion"}


def grant_search_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for (app_label, model), actions in PERMISSIONS.items():
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {NAMES[model]}"},
            )
            for group in Group.objects.filter(name__in=GROUPS):
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_full_text_index_and_synonyms"),
        # Wagtail's initial data creates the Editors and Moderators groups.
        ("wagtailcore", "0002_initial_data"),
        ("wagtailsearchpromotions", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant_search_permissions, migrations.RunPython.noop)]
