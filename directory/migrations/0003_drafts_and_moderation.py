"""Organisations, offices and help channels get drafts, revisions, locks and the moderators' workflow.

Every entry that exists is already public, so each one starts live. Moderators may publish,
lock and unlock entries; editors save drafts and submit them to Wagtail's default "Moderators
approval" workflow, assigned here to the three models (Settings > Workflows can change it).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

MODELS = ("organisation", "office", "helpchannel")
VERBOSE_NAMES = {"organisation": "organisation", "office": "office", "helpchannel": "help channel"}
DEFAULT_WORKFLOW = "Moderators approval"


def moderation_fields():
    """The fields of Wagtail's DraftStateMixin, LockableMixin and RevisionMixin (new instances each call)."""
    revision = dict(
        blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+",
        to="wagtailcore.revision",
    )
    return [
        ("live", models.BooleanField(default=True, editable=False, verbose_name="live")),
        ("has_unpublished_changes", models.BooleanField(default=False, editable=False, verbose_name="has unpublished changes")),
        ("first_published_at", models.DateTimeField(blank=True, db_index=True, null=True, verbose_name="first published at")),
        ("last_published_at", models.DateTimeField(editable=False, null=True, verbose_name="last published at")),
        ("live_revision", models.ForeignKey(verbose_name="live revision", **revision)),
        ("latest_revision", models.ForeignKey(verbose_name="latest revision", **revision)),
        ("go_live_at", models.DateTimeField(blank=True, null=True, verbose_name="go live date/time")),
        ("expire_at", models.DateTimeField(blank=True, null=True, verbose_name="expiry date/time")),
        ("expired", models.BooleanField(default=False, editable=False, verbose_name="expired")),
        ("locked", models.BooleanField(default=False, editable=False, verbose_name="locked")),
        ("locked_at", models.DateTimeField(editable=False, null=True, verbose_name="locked at")),
        (
            "locked_by",
            models.ForeignKey(
                blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL,
                related_name="locked_%(class)ss", to=settings.AUTH_USER_MODEL, verbose_name="locked by",
            ),
        ),
    ]


def publish_existing_entries(apps, schema_editor):
    """The entries citizens already see stay live, and say since when."""
    now = timezone.now()
    for model in MODELS:
        entries = apps.get_model("directory", model).objects.all()
        entries.update(live=True)
        entries.filter(first_published_at__isnull=True).update(first_published_at=now, last_published_at=now)


def directory_content_types(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return {
        model: ContentType.objects.get_or_create(app_label="directory", model=model)[0] for model in MODELS
    }


def grant(apps, group_name, content_type, model, actions):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=group_name).first()
    if group is None:
        return
    for action in actions:
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_{model}",
            defaults={"name": f"Can {action} {VERBOSE_NAMES[model]}"},
        )
        group.permissions.add(permission)


def moderators_publish(apps, schema_editor):
    """Moderators publish, lock and unlock; both groups may look at the entries."""
    for model, content_type in directory_content_types(apps).items():
        grant(apps, "Moderators", content_type, model, ("view", "publish", "lock", "unlock"))
        grant(apps, "Editors", content_type, model, ("view",))


def assign_default_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name=DEFAULT_WORKFLOW, active=True).first()
    if workflow is None:
        return  # removed on this site: editors still cannot publish, and Settings > Workflows can assign one
    for content_type in directory_content_types(apps).values():
        WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})


class Migration(migrations.Migration):

    dependencies = [
        ("directory", "0002_safe_links"),
        # The Editors and Moderators groups, and the default "Moderators approval" workflow.
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        *[
            migrations.AddField(model_name=model, name=name, field=field)
            for model in MODELS
            for name, field in moderation_fields()
        ],
        migrations.RunPython(publish_existing_entries, migrations.RunPython.noop),
        migrations.RunPython(moderators_publish, migrations.RunPython.noop),
        migrations.RunPython(assign_default_workflow, migrations.RunPython.noop),
    ]
