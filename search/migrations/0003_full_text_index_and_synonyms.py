"""The embedded engine's full-text index, per database, and the first synonyms.

SQLite: an FTS5 table over the analysed columns of search_indexeddocument, kept in step by
triggers (external content, so the text is stored once). PostgreSQL: generated tsvector
columns with GIN indexes; the 'simple' configuration, as the terms arrive already stemmed.
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


SYNONYMS = {
    "ca": [
        "atur, prestació per desocupació, paro, desocupació, subsidi d'atur",
        "selectivitat, PAU, PAP, proves d'accés a la universitat",
        "herència, successions, heretar",
        "acomiadament, fer fora, fet fora, perdre la feina, quedar-se sense feina",
        "empadronament, padró, empadronar",
        "jubilació, pensió de jubilació, retir",
        "targeta sanitària, TSI, targeta de salut",
        "autònom, treball per compte propi, RETA",
        "defunció, mort, morir",
        "NIE, número d'identitat d'estranger",
        "lloguer, arrendament, pis de lloguer",
    ],
    "es": [
        "paro, prestación por desempleo, desempleo, subsidio, atur",
        "selectividad, PAU, EBAU, PAP, pruebas de acceso a la universidad",
        "herencia, sucesiones, heredar",
        "despido, echar del trabajo, quedarse sin trabajo, perder el trabajo",
        "empadronamiento, padrón, empadronarse",
        "jubilación, pensión de jubilación, retiro",
        "tarjeta sanitaria, TSI",
        "autónomo, trabajo por cuenta propia, RETA",
        "defunción, muerte, fallecimiento",
        "alquiler, arrendamiento",
    ],
    "oc": [
        "atur, desocupacion, paro",
        "erétatge, successions, herència",
        "jubilacion, pension de jubilacion, retirada",
    ],
    "en": [
        "unemployment benefit, jobseeker's allowance, dole, out of work, paro",
        "university entrance exams, selectivitat, PAU",
        "inheritance, inheritance tax, succession",
        "register a birth, birth registration",
        "moving house, change of address, moving home",
        "death, died, bereavement",
        "health card, TSI, healthcare card",
        "self-employed, freelance, autonomo",
        "rent, renting, tenancy",
    ],
}


def seed_synonyms(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for language, groups in SYNONYMS.items():
        for terms in groups:
            Synonym.objects.get_or_create(language=language, terms=terms)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_index_synonyms_no_results")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        ),
        migrations.RunPython(seed_synonyms, migrations.RunPython.noop),
    ]
