"""PostgreSQL: rank broad queries on titles and summaries only, and keep the table's rows narrow.

A query that matches thousands of documents spent its time in `ts_rank` over every match's whole
`vector` (the body's terms too), read back from TOAST. `head_vector` holds the title and summary
terms only, kept in the row (STORAGE MAIN), so ranking a broad query reads small vectors from
pages already in memory (see DatabaseEngine._match_postgresql). `toast_tuple_target` moves the
long columns (body, its terms and vector, the spelling words) out of the row, so counting the
matches visits a quarter of the pages. SQLite needs neither: its FTS5 table ranks by column.
"""

from django.db import migrations

TABLE = "search_indexeddocument"

FORWARD = [
    f"""ALTER TABLE {TABLE} ADD COLUMN head_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_terms), 'A')
        || setweight(to_tsvector('simple', summary_terms), 'B')) STORED""",
    f"ALTER TABLE {TABLE} ALTER COLUMN head_vector SET STORAGE MAIN",
    f"CREATE INDEX search_doc_head_vector ON {TABLE} USING gin (head_vector)",
    f"ALTER TABLE {TABLE} SET (toast_tuple_target = 128)",
]
REVERSE = [
    f"ALTER TABLE {TABLE} RESET (toast_tuple_target)",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS head_vector",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0004_search_permissions")]

    operations = [migrations.RunPython(run(FORWARD), run(REVERSE))]
