"""The glossary and the plain-language review task move here from the content app, tables and all."""

import django.db.models.deletion
import modelsearch.index
import uuid
from django.db import migrations, models

MODELS = ("glossaryterm", "plainlanguagereviewtask")


def rename_content_types(apps, schema_editor, source="content", target="plain_language"):
    """Keep each model's content type, so permissions, workflow tasks and translations still find it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


def restore_content_types(apps, schema_editor):
    rename_content_types(apps, schema_editor, source="plain_language", target="content")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('content', '0005_plain_language_review_task'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay where they are: only Django's idea of their owner changes.
            state_operations=[
                migrations.CreateModel(
                    name='PlainLanguageReviewTask',
                    fields=[
                        ('task_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.task')),
                        ('groups', models.ManyToManyField(help_text='Pages/snippets at this step in a workflow will be moderated or approved by these groups of users', to='auth.group', verbose_name='groups')),
                    ],
                    options={
                        'verbose_name': 'Plain-language review',
                        'verbose_name_plural': 'Plain-language reviews',
                        'db_table': 'content_plainlanguagereviewtask',
                    },
                    bases=('wagtailcore.task',),
                ),
                migrations.CreateModel(
                    name='GlossaryTerm',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('term', models.CharField(help_text="The hard word or phrase, in its dictionary form, such as 'sol·licitar'.", max_length=120, verbose_name='jargon')),
                        ('plain', models.CharField(help_text="What to write instead, such as 'demanar'.", max_length=200, verbose_name='plain alternative')),
                        ('explanation', models.TextField(blank=True, help_text='One short sentence for the editor: why or when.', verbose_name='explanation')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'glossary term',
                        'verbose_name_plural': 'glossary',
                        'db_table': 'content_glossaryterm',
                        'ordering': ['term'],
                        'abstract': False,
                        'constraints': [models.UniqueConstraint(fields=('locale', 'term'), name='unique_glossary_term_per_locale')],
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
        migrations.RunPython(rename_content_types, restore_content_types),
    ]
