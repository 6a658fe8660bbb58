"""The embedded engine's full-text index, per database.

SQLite: an FTS5 table over the analysed columns of search_indexeddocument, kept in step by
triggers (external content, so the text is stored once). PostgreSQL: generated tsvector
columns with GIN indexes; the 'simple' configuration, as the terms arrive already stemmed.

This migration also seeded the first synonyms; they now live in search/data/synonyms/ and
`manage.py load_synonyms` loads them, on every deploy.
"""

from django.db import migrations

COLUMNS = "title_terms, summary_terms, body_terms, title_words, facet_terms"
TABLE = "search_indexeddocument"

SQLITE = [
    f"""CREATE VIRTUAL TABLE search_fts USING fts5({COLUMNS}, content='{TABLE}', content_rowid='id',
        prefix='2 3 4')""",
    f"""CREATE TRIGGER search_fts_insert AFTER INSERT ON {TABLE} BEGIN
        INSERT INTO search_fts(rowid, {COLUMNS})
        VALUES (new.id, new.title_terms, new.summary_terms, new.body_terms, new.title_words, new.facet_terms);
    END""",
    f"""CREATE TRIGGER search_fts_delete AFTER DELETE ON {TABLE} BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, old.title_terms, old.summary_terms, old.body_terms, old.title_words, old.facet_terms);
    END""",
    f"""CREATE TRIGGER search_fts_update AFTER UPDATE ON {TABLE} BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, old.title_terms, old.summary_terms, old.body_terms, old.title_words, old.facet_terms);
        INSERT INTO search_fts(rowid, {COLUMNS})
        VALUES (new.id, new.title_terms, new.summary_terms, new.body_terms, new.title_words, new.facet_terms);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRESQL = [
    f"""ALTER TABLE {TABLE} ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_terms), 'A')
        || setweight(to_tsvector('simple', summary_terms), 'B')
        || setweight(to_tsvector('simple', body_terms), 'D')) STORED""",
    f"""ALTER TABLE {TABLE} ADD COLUMN title_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', title_words)) STORED""",
    f"""ALTER TABLE {TABLE} ADD COLUMN facet_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', facet_terms)) STORED""",
    f"CREATE INDEX search_doc_vector ON {TABLE} USING gin (vector)",
    f"CREATE INDEX search_doc_facet_vector ON {TABLE} USING gin (facet_vector)",
    f"CREATE INDEX search_doc_title_vector ON {TABLE} USING gin (title_vector)",
]
POSTGRESQL_REVERSE = [
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS facet_vector",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS title_vector",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS vector",
]


def run(statements):
    def operation(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0002_index_synonyms_no_results")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        ),
    ]
