"""This migration once added more everyday words. The thesaurus now lives in
search/data/synonyms/, and `manage.py load_synonyms` loads it on every deploy, leaving the
groups editors changed alone.
Kept, empty, so that databases that ran it and new ones share one history.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0006_everyday_words")]

    operations = []
