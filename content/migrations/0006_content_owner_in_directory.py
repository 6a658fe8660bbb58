"""The content owner is an organisation of the directory app now."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('content', '0005_plain_language_review_task'),
        ('directory', '0001_moved_from_life_events'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay where they are: only Django's idea of their owner changes.
            state_operations=[
                migrations.AlterField(
                    model_name='contentpage',
                    name='content_owner',
                    field=models.ForeignKey(blank=True, help_text='The team that keeps this page correct and answers questions about it.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='directory.organisation', verbose_name='content owner'),
                ),
            ],
        ),
    ]
