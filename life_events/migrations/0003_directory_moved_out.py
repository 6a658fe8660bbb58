"""The directory's models now belong to the directory app; their tables are unchanged."""

import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('content', '0006_content_owner_in_directory'),
        ('directory', '0001_moved_from_life_events'),
        ('life_events', '0002_editors_manage_directory'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay where they are: only Django's idea of their owner changes.
            state_operations=[
                migrations.AlterUniqueTogether(
                    name='office',
                    unique_together=None,
                ),
                migrations.RemoveField(
                    model_name='office',
                    name='locale',
                ),
                migrations.RemoveField(
                    model_name='office',
                    name='organisation',
                ),
                migrations.AlterUniqueTogether(
                    name='organisation',
                    unique_together=None,
                ),
                migrations.RemoveField(
                    model_name='organisation',
                    name='locale',
                ),
                migrations.AlterField(
                    model_name='procedurepage',
                    name='content_owner',
                    field=models.ForeignKey(blank=True, help_text='The team that keeps this page correct and answers questions about it.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='directory.organisation', verbose_name='content owner'),
                ),
                migrations.AlterField(
                    model_name='procedurepage',
                    name='organisation',
                    field=models.ForeignKey(help_text='If it is another administration, the page links out to its service.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='procedures', to='directory.organisation', verbose_name='who runs it'),
                ),
                migrations.AlterField(
                    model_name='lifeeventpage',
                    name='content_owner',
                    field=models.ForeignKey(blank=True, help_text='The team that keeps this page correct and answers questions about it.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='directory.organisation', verbose_name='content owner'),
                ),
                migrations.AlterField(
                    model_name='lifeeventpage',
                    name='journey',
                    field=wagtail.fields.StreamField([('step', 13)], block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': "Start with a verb: 'Register the birth'.", 'label': 'Step'}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('', 'Do it after the previous step'), ('and', "Do it at the same time as the previous step ('and')"), ('or', "Do it instead of the previous step ('or')")], 'label': 'How it follows the previous step', 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': "For example: 'In the first 10 days'.", 'label': 'When', 'required': False}), 3: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Only some people need this step.', 'label': 'Optional', 'required': False}), 4: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'link', 'ol', 'ul'], 'label': 'Explanation', 'required': False}), 5: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('all', 'Do all of them'), ('one', 'Choose the one that fits you')], 'label': 'Procedures of this step'}), 6: ('wagtail.blocks.PageChooserBlock', (), {'page_type': ['life_events.ProcedurePage']}), 7: ('wagtail.blocks.ListBlock', (6,), {'default': [], 'label': 'Procedures'}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'Link text'}), 9: ('wagtail.blocks.URLBlock', (), {'label': 'Web address'}), 10: ('wagtail.snippets.blocks.SnippetChooserBlock', ('directory.Organisation',), {'label': 'Who runs it', 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('title', 8), ('url', 9), ('organisation', 10)]], {}), 12: ('wagtail.blocks.ListBlock', (11,), {'default': [], 'label': 'Other links'}), 13: ('wagtail.blocks.StructBlock', [[('title', 0), ('relation', 1), ('timing', 2), ('optional', 3), ('body', 4), ('choice', 5), ('procedures', 7), ('links', 12)]], {})}, help_text='The steps in the order people live them.', verbose_name='steps'),
                ),
                migrations.AlterField(
                    model_name='procedurepage',
                    name='channels',
                    field=wagtail.fields.StreamField([('online', 4), ('phone', 7), ('video_call', 9), ('in_person', 14), ('chat', 16), ('assisted', 19)], block_lookup={0: ('wagtail.blocks.TextBlock', (), {'help_text': 'One or two plain sentences.', 'label': 'Explanation', 'required': False}), 1: ('wagtail.blocks.URLBlock', (), {'label': 'Web address of the online service'}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty for 'Start now'.", 'label': 'Button text', 'required': False}), 3: ('wagtail.blocks.CharBlock', (), {'help_text': 'For example: idCAT Mòbil, Cl@ve or a digital certificate.', 'label': 'Identification you need', 'required': False}), 4: ('wagtail.blocks.StructBlock', [[('description', 0), ('url', 1), ('label', 2), ('identification', 3)]], {}), 5: ('wagtail.blocks.CharBlock', (), {'default': '012', 'label': 'Phone number'}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'When', 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('description', 0), ('number', 5), ('hours', 6)]], {}), 8: ('wagtail.blocks.URLBlock', (), {'label': 'Web address to book the video call'}), 9: ('wagtail.blocks.StructBlock', [[('description', 0), ('url', 8), ('hours', 6)]], {}), 10: ('wagtail.snippets.blocks.SnippetChooserBlock', ('directory.Office',), {}), 11: ('wagtail.blocks.ListBlock', (10,), {'default': [], 'label': 'Offices'}), 12: ('wagtail.blocks.BooleanBlock', (), {'default': True, 'label': 'You need an appointment', 'required': False}), 13: ('wagtail.blocks.URLBlock', (), {'label': 'Web address to book', 'required': False}), 14: ('wagtail.blocks.StructBlock', [[('description', 0), ('offices', 11), ('appointment_required', 12), ('appointment_url', 13)]], {}), 15: ('wagtail.blocks.URLBlock', (), {'label': 'Web address of the chat'}), 16: ('wagtail.blocks.StructBlock', [[('description', 0), ('url', 15), ('hours', 6)]], {}), 17: ('wagtail.blocks.CharBlock', (), {'label': 'Phone to ask for it', 'required': False}), 18: ('wagtail.blocks.URLBlock', (), {'label': 'Web address to ask for it', 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('description', 0), ('phone', 17), ('url', 18)]], {})}, help_text='Add every channel that exists for this procedure. Always add the assisted one.', verbose_name='how to do it'),
                ),
                migrations.DeleteModel(
                    name='HelpChannel',
                ),
                migrations.DeleteModel(
                    name='Office',
                ),
                migrations.DeleteModel(
                    name='Organisation',
                ),
            ],
        ),
    ]
