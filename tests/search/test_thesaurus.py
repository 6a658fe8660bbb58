"""The shipped thesaurus is data loaded on every deploy, and editors' changes always win."""

from django.core.management import call_command

from search import thesaurus
from search.models import Synonym


def write(folder, *groups, language="ca"):
    (folder / f"{language}.txt").write_text("# a comment\n" + "\n".join(groups) + "\n", encoding="utf-8")
    return folder


def test_the_shipped_files_are_all_in_a_new_database_and_loading_again_changes_nothing(db):
    shipped = thesaurus.read_groups(thesaurus.DATA_DIR / "es.txt")
    assert set(shipped) <= set(Synonym.objects.filter(language="es").values_list("terms", flat=True))
    again = thesaurus.load()
    assert (again.added, again.updated, again.kept) == ([], [], [])


def test_a_shipped_group_is_updated_only_while_editors_have_not_changed_it(db, tmp_path):
    thesaurus.load(write(tmp_path, "cotxe, automòbil", "bicicleta, bici"))
    edited = Synonym.objects.get(language="ca", terms="bicicleta, bici")
    edited.terms = "bicicleta, bici, bicing"  # an editor's change
    edited.save()

    result = thesaurus.load(write(tmp_path, "cotxe, automòbil, turisme", "bicicleta, bici, velocípede"))

    assert result.updated == ["ca: cotxe, automòbil, turisme"]
    assert result.kept == ["ca: bicicleta, bici, bicing"]
    assert Synonym.objects.filter(language="ca", terms="cotxe, automòbil, turisme").count() == 1
    edited.refresh_from_db()
    assert edited.terms == "bicicleta, bici, bicing"
    assert not Synonym.objects.filter(terms__contains="velocípede").exists()


def test_groups_seeded_before_the_shipped_text_was_remembered_are_adopted_not_duplicated(db, tmp_path):
    Synonym.objects.create(language="ca", terms="tramvia, tram")  # as the old migrations left it
    Synonym.objects.create(language="ca", terms="metro, suburbà, ferrocarril")  # changed by an editor

    result = thesaurus.load(write(tmp_path, "tramvia, tram", "metro, suburbà"))

    assert (result.added, result.updated) == ([], [])
    assert result.kept == ["ca: metro, suburbà, ferrocarril"]
    assert Synonym.objects.filter(language="ca", terms__startswith="metro").count() == 1
    assert Synonym.objects.get(language="ca", terms="tramvia, tram").shipped_terms == "tramvia, tram"


def test_a_dry_run_says_what_would_change_and_changes_nothing(db, tmp_path, capsys):
    write(tmp_path, "patinet, patinet elèctric")
    call_command("load_synonyms", "--data-dir", str(tmp_path), "--dry-run")
    assert "Would have: 1 groups added" in capsys.readouterr().out
    assert not Synonym.objects.filter(terms__startswith="patinet").exists()
