"""Links in the directory follow the portal's link rules (portal/links.py): never script.

Links stored before are left as they are: pages drop unsafe ones when they render them, and
`manage.py find_unsafe_links` lists them for an editor to fix.
"""

import portal.links
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0001_moved_from_life_events'),
    ]

    operations = [
        migrations.AlterField(
            model_name='helpchannel',
            name='link_url',
            field=models.CharField(blank=True, help_text='A web address that starts with https://, or tel:012 for a phone number.', max_length=255, validators=[portal.links.validate_safe_link], verbose_name='link'),
        ),
        migrations.AlterField(
            model_name='office',
            name='appointment_url',
            field=models.CharField(blank=True, help_text='A web address that starts with https://, or a page of this site that starts with /.', max_length=255, validators=[portal.links.validate_safe_link], verbose_name='appointment link'),
        ),
        migrations.AlterField(
            model_name='organisation',
            name='website',
            field=models.CharField(blank=True, help_text='A web address that starts with https://.', max_length=255, validators=[portal.links.validate_safe_link], verbose_name='website'),
        ),
    ]
