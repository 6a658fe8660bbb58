"""Organisations, offices and help channels move here from the life events app, tables and all."""

import django.db.models.deletion
import modelsearch.index
import uuid
from django.db import migrations, models

MODELS = ("organisation", "office", "helpchannel")


def rename_content_types(apps, schema_editor, source="life_events", target="directory"):
    """Keep each model's content type, so permissions, revisions and translations still find it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


def restore_content_types(apps, schema_editor):
    rename_content_types(apps, schema_editor, source="directory", target="life_events")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('life_events', '0002_editors_manage_directory'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay where they are: only Django's idea of their owner changes.
            state_operations=[
                migrations.CreateModel(
                    name='Organisation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=255, verbose_name='name')),
                        ('short_name', models.CharField(blank=True, help_text="The name people know, such as 'SEPE' or 'CatSalut'.", max_length=80, verbose_name='short name')),
                        ('administration', models.CharField(choices=[('generalitat', 'Government of Catalonia'), ('state', 'Spanish State'), ('local', 'Town council'), ('other', 'Other body')], default='generalitat', help_text='Procedures of another administration are shown as entry points that link out to its own service.', max_length=20, verbose_name='administration')),
                        ('website', models.URLField(blank=True, verbose_name='website')),
                        ('phone', models.CharField(blank=True, max_length=40, verbose_name='phone')),
                        ('description', models.TextField(blank=True, help_text='One plain sentence.', verbose_name='what it does')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'organisation',
                        'verbose_name_plural': 'organisations',
                        'db_table': 'life_events_organisation',
                        'ordering': ['name'],
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='HelpChannel',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('kind', models.CharField(choices=[('online', 'Online'), ('phone', 'Phone'), ('video_call', 'Video call'), ('in_person', 'In person'), ('chat', 'Chat'), ('assisted', 'Assisted procedure')], max_length=20, verbose_name='kind')),
                        ('title', models.CharField(max_length=120, verbose_name='title')),
                        ('description', models.TextField(help_text='One or two plain sentences.', verbose_name='description')),
                        ('link_url', models.CharField(blank=True, help_text='A web address, or tel:012 for a phone number.', max_length=255, verbose_name='link')),
                        ('link_text', models.CharField(blank=True, max_length=120, verbose_name='link text')),
                        ('hours', models.CharField(blank=True, max_length=255, verbose_name='when')),
                        ('sort_order', models.PositiveSmallIntegerField(default=0, verbose_name='position')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'help channel',
                        'verbose_name_plural': 'help channels',
                        'db_table': 'life_events_helpchannel',
                        'ordering': ['sort_order', 'title'],
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                ),
                migrations.CreateModel(
                    name='Office',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=255, verbose_name='name')),
                        ('address', models.CharField(max_length=255, verbose_name='street address')),
                        ('postcode', models.CharField(blank=True, max_length=10, verbose_name='postcode')),
                        ('town', models.CharField(max_length=100, verbose_name='town')),
                        ('phone', models.CharField(blank=True, max_length=40, verbose_name='phone')),
                        ('opening_hours', models.TextField(blank=True, help_text="One line per period, such as 'Monday to Friday, 9 am to 2 pm'.", verbose_name='opening hours')),
                        ('accessibility', models.TextField(blank=True, help_text='How a person in a wheelchair, with low vision or with a hearing aid gets in and is served.', verbose_name='building accessibility')),
                        ('appointment_url', models.URLField(blank=True, verbose_name='appointment link')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='offices', to='directory.organisation', verbose_name='organisation')),
                    ],
                    options={
                        'verbose_name': 'office',
                        'verbose_name_plural': 'offices',
                        'db_table': 'life_events_office',
                        'ordering': ['town', 'name'],
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
        migrations.RunPython(rename_content_types, restore_content_types),
    ]
