"""Synonyms and best bets change what every citizen finds at once: a "Search managers" group keeps them.

They have no draft to moderate, so they are limited to the people in charge of the search, and
Wagtail's history records each change with who made it. Editors and moderators keep reading the
synonyms, which also shows them the search reports (what people look for is theirs to act on by
writing pages), but no longer change synonyms or best bets.
"""

from django.db import migrations

GROUP = "Search managers"
FORMER_GROUPS = ("Editors", "Moderators")
SEARCH_CONFIGURATION = {
    ("search", "synonym"): "search synonym",
    ("wagtailsearchpromotions", "searchpromotion"): "search promotion",
}
ACTIONS = ("add", "change", "delete", "view")
KEPT_BY_FORMER_GROUPS = {"view_synonym"}


def permission(apps, app_label, model, action):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {SEARCH_CONFIGURATION[app_label, model]}"},
    )[0]


def configuration_permissions(apps):
    return [
        permission(apps, app_label, model, action)
        for app_label, model in SEARCH_CONFIGURATION
        for action in ACTIONS
    ]


def admin_access(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    return Permission.objects.get_or_create(
        content_type=content_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )[0]


def create_search_managers(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = configuration_permissions(apps)
    managers, _created = Group.objects.get_or_create(name=GROUP)
    managers.permissions.add(admin_access(apps), *permissions)
    taken = [p for p in permissions if p.codename not in KEPT_BY_FORMER_GROUPS]
    for group in Group.objects.filter(name__in=FORMER_GROUPS):
        group.permissions.remove(*taken)
        group.permissions.add(*[p for p in permissions if p.codename in KEPT_BY_FORMER_GROUPS])


def restore_former_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = configuration_permissions(apps)
    for group in Group.objects.filter(name__in=FORMER_GROUPS):
        group.permissions.add(*[p for p in permissions if p.codename != "view_searchpromotion"])
    Group.objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0009_synonyms_remember_the_shipped_text"),
        ("wagtailsearchpromotions", "0001_initial"),
        # The "access_admin" permission and the Editors and Moderators groups.
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(create_search_managers, restore_former_groups)]
