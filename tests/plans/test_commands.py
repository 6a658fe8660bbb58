"""`due_date` and `import_local_holidays`."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from plans.models import LocalHoliday

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    """The commands speak the active language: these tests read their English messages."""
    with translation.override("en"):
        yield


DEMO_FILE = "plans/demo_data/local_holidays.csv"


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue().strip().splitlines()


def test_due_date_prints_the_iso_date_on_its_last_line():
    assert run("due_date", "--from", "2026-12-22", "--working-days", "10")[-1] == "2027-01-08"
    assert run("due_date", "--from", "2026-01-31", "--months", "1")[-1] == "2026-03-02"


def test_due_date_leaves_out_the_local_holidays_of_the_municipality():
    run("import_local_holidays", DEMO_FILE)
    assert run("due_date", "--from", "2026-09-14", "--days", "10")[-1] == "2026-09-24"
    assert (
        run("due_date", "--from", "2026-09-14", "--days", "10", "--municipality", "08019")[-1] == "2026-09-25"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2026-02-30", "--days", "1"],
        ["--from", "yesterday", "--days", "1"],
        ["--from", "2026-01-01", "--days", "-3"],
        ["--from", "9999-12-30", "--months", "12"],
        ["--from", "2026-01-01", "--days", "1", "--municipality", "Barcelona"],
    ],
)
def test_due_date_refuses_bad_input_with_a_message(args):
    with pytest.raises(CommandError):
        call_command("due_date", *args, stdout=StringIO())


def test_import_loads_the_demo_holidays_and_again_changes_nothing():
    run("import_local_holidays", DEMO_FILE)
    run("import_local_holidays", DEMO_FILE)
    assert list(LocalHoliday.objects.values_list("municipality", "date")) == [
        ("08019", date(2026, 5, 25)),
        ("08019", date(2026, 9, 24)),
    ]


def test_import_is_whole_or_nothing_and_names_each_bad_line(tmp_path):
    path = tmp_path / "holidays.csv"
    path.write_text(
        "municipality,date,name\n"
        "17079,2026-08-29,Festa Major\n"
        "8019,2026-05-25,Too short\n"
        "08019,2026-13-01,Bad month\n"
        "08019,2026-09-24,\n"
        "08019,2026-09-24,La Mercè,extra\n"
        "17079,2026-08-29,Twice\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError) as error:
        call_command("import_local_holidays", str(path), stdout=StringIO())
    message = str(error.value)
    for line in ("line 3", "line 4", "line 5", "line 6", "line 7"):
        assert line in message
    assert "line 2" not in message
    assert not LocalHoliday.objects.exists()


def test_import_refuses_a_file_without_the_header(tmp_path):
    path = tmp_path / "holidays.csv"
    path.write_text("08019,2026-05-25,Segona Pasqua\n", encoding="utf-8")
    with pytest.raises(CommandError, match="header"):
        call_command("import_local_holidays", str(path), stdout=StringIO())


def test_import_refuses_a_missing_or_binary_file(tmp_path):
    with pytest.raises(CommandError):
        call_command("import_local_holidays", str(tmp_path / "none.csv"), stdout=StringIO())
    path = tmp_path / "binary.csv"
    path.write_bytes(b"\xff\xfe\x00\x81garbage")
    with pytest.raises(CommandError):
        call_command("import_local_holidays", str(path), stdout=StringIO())


def test_import_refuses_control_characters_in_names(tmp_path):
    path = tmp_path / "holidays.csv"
    path.write_text("municipality,date,name\n08019,2026-05-25,Bad\x07name\n", encoding="utf-8")
    with pytest.raises(CommandError, match="line 2"):
        call_command("import_local_holidays", str(path), stdout=StringIO())
    assert not LocalHoliday.objects.exists()


def test_local_holidays_are_editable_snippets(admin_client):
    response = admin_client.get("/admin/snippets/plans/localholiday/")
    assert response.status_code == 200
