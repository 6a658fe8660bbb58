"""This migration once loaded a starter thesaurus of everyday words. The thesaurus now lives in
search/data/synonyms/, and `manage.py load_synonyms` loads it on every deploy, leaving the
groups editors changed alone.
Kept, empty, so that databases that ran it and new ones share one history.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0005_postgresql_head_vector")]

    operations = []
