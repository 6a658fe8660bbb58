"""The directory's models came from the life events app: the move must keep what points at them."""

from importlib import import_module

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from directory.models import Organisation
from tests.factories import OrganisationFactory

move = import_module("directory.migrations.0001_moved_from_life_events")


def test_the_move_keeps_each_content_type_so_permissions_still_apply(db):
    content_type = ContentType.objects.get_for_model(Organisation)
    ContentType.objects.filter(pk=content_type.pk).update(app_label="life_events")  # as before the move
    ContentType.objects.clear_cache()

    move.rename_content_types(apps, None)

    moved = ContentType.objects.get(pk=content_type.pk)
    assert (moved.app_label, moved.model) == ("directory", "organisation")
    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(content_type=moved, codename="change_organisation").exists()


def test_the_move_leaves_an_existing_content_type_of_the_new_app_alone(db):
    stale = ContentType.objects.create(app_label="life_events", model="office")
    moved_before = ContentType.objects.get(app_label="directory", model="office")

    move.rename_content_types(apps, None)

    assert ContentType.objects.get(pk=stale.pk).app_label == "life_events"
    assert ContentType.objects.get(app_label="directory", model="office").pk == moved_before.pk
    assert Permission.objects.filter(content_type=moved_before, codename="change_office").exists()


def test_organisations_are_read_from_the_table_the_life_events_app_created(db):
    organisation = OrganisationFactory()
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM life_events_organisation WHERE id = %s", [organisation.pk])
        assert cursor.fetchone() == (organisation.name,)
