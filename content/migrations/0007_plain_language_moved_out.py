"""The glossary and the review task now belong to the plain language app; their tables are unchanged."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('content', '0006_content_owner_in_directory'),
        ('plain_language', '0001_moved_from_content'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay where they are: only Django's idea of their owner changes.
            state_operations=[
                migrations.RemoveField(
                    model_name='plainlanguagereviewtask',
                    name='groups',
                ),
                migrations.RemoveField(
                    model_name='plainlanguagereviewtask',
                    name='task_ptr',
                ),
                migrations.DeleteModel(
                    name='GlossaryTerm',
                ),
                migrations.DeleteModel(
                    name='PlainLanguageReviewTask',
                ),
            ],
        ),
    ]
