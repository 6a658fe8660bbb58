"""The thesaurus shipped with the portal: everyday words for what the pages name formally.

`search/data/synonyms/<language>.txt` holds one group a line ("paro, prestación por desempleo,
desempleo"); its first phrase names the group. `load()` brings the database in line with the
files and can run on every deploy: it adds missing groups and updates a shipped group only
while its terms are still the ones it shipped, so a group an editor has changed (or written)
stays theirs. Nothing is ever deleted.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from portal.languages import codes

from .models import Synonym

DATA_DIR = Path(__file__).resolve().parent / "data" / "synonyms"


def read_groups(path):
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def head(terms):
    """The phrase that names a group: its first one, folded for comparison."""
    return terms.split(",", 1)[0].strip().casefold()


@dataclass
class LoadResult:
    added: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    kept: list = field(default_factory=list)  # changed by editors: left as they are


@transaction.atomic
def load(data_dir=DATA_DIR, dry_run=False):
    """Bring the synonyms in line with the shipped files; returns what changed, per group."""
    result = LoadResult()
    for language in codes():
        path = Path(data_dir) / f"{language}.txt"
        if path.exists():
            _load_language(language, read_groups(path), result)
    if dry_run:
        transaction.set_rollback(True)
    return result


def _load_language(language, groups, result):
    rows = Synonym.objects.filter(language=language)
    shipped = {head(row.shipped_terms): row for row in rows if row.shipped_terms}
    unowned = {head(row.terms): row for row in rows if not row.shipped_terms}
    for terms in groups:
        row = shipped.get(head(terms))
        if row is None and (row := unowned.get(head(terms))) is not None:
            # Seeded before the shipped text was remembered: an unchanged copy is the
            # portal's from now on; a changed one is an editor's.
            row.shipped_terms = terms
            row.save(update_fields=["shipped_terms"])
        if row is None:
            Synonym.objects.create(language=language, terms=terms, shipped_terms=terms)
            result.added.append(f"{language}: {terms}")
        elif row.terms != row.shipped_terms:
            result.kept.append(f"{language}: {row.terms}")
        elif row.terms != terms:
            row.terms = row.shipped_terms = terms
            row.save(update_fields=["terms", "shipped_terms"])
            result.updated.append(f"{language}: {terms}")
