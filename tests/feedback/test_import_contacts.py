"""`manage.py import_contacts`: the 012 line's, offices' and chat's contacts, all lines or none."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from feedback.models import ContactRecord, PageViewDay

pytestmark = pytest.mark.django_db
HEADER = "date,channel,procedure,count,resolved\n"


def import_text(tmp_path, text, *options):
    path = tmp_path / "contacts.csv"
    path.write_text(text, encoding="utf-8")
    out = StringIO()
    call_command("import_contacts", *options, str(path), stdout=out)
    return out.getvalue()


def test_good_lines_are_imported_and_a_second_import_replaces_them(site_tree, tmp_path):
    text = (
        HEADER + "2026-11-02,phone,inscripcio-naixement,40,yes\n2026-11-02,phone,inscripcio-naixement,10,no\n"
    )
    assert "2 contact counts imported" in import_text(tmp_path, text)
    import_text(tmp_path, HEADER + "2026-11-02,phone,inscripcio-naixement,45,yes\n")
    counts = {(row.resolved, row.count) for row in ContactRecord.objects.filter(procedure=site_tree.birth)}
    assert counts == {(True, 45), (False, 10)}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("2026-13-02,phone,inscripcio-naixement,4,yes", "is not a date"),
        ("yesterday,phone,inscripcio-naixement,4,yes", "is not a date"),
        ("2026-11-02,fax,inscripcio-naixement,4,yes", "channel 'fax'"),
        ("2026-11-02,phone,no-such-procedure,4,yes", "no procedure page has the slug"),
        ("2026-11-02,phone,inscripcio-naixement,-4,yes", "not a whole number"),
        ("2026-11-02,phone,inscripcio-naixement,4.5,yes", "not a whole number"),
        ("2026-11-02,phone,inscripcio-naixement,99999999,yes", "not a whole number"),
        ("2026-11-02,phone,inscripcio-naixement,4,maybe", "resolved must be yes or no"),
        ("2026-11-02,phone,inscripcio-naixement,4", "must have 5 fields"),
        ("2026-11-02,phone,inscripcio-naixement,4,yes,extra", "must have 5 fields"),
        ('=cmd|"/c calc"!A1,phone,inscripcio-naixement,4,yes', "is not a date"),
    ],
)
def test_one_bad_line_is_reported_by_its_number_and_nothing_is_imported(site_tree, tmp_path, line, message):
    text = HEADER + "2026-11-01,phone,inscripcio-naixement,40,yes\n" + line + "\n"
    with pytest.raises(CommandError) as error:
        import_text(tmp_path, text)
    assert "Line 3:" in str(error.value) and message in str(error.value)
    assert "nothing imported" in str(error.value)
    assert not ContactRecord.objects.exists()


@pytest.mark.parametrize(
    "text", ["", "date;channel;procedure;count;resolved\n", "a,b\n1,2\n", "\x00\x01\x02"]
)
def test_a_file_without_the_header_is_refused(site_tree, tmp_path, text):
    with pytest.raises(CommandError, match="Line 1"):
        import_text(tmp_path, text)


def test_a_file_that_is_not_utf8_is_refused(site_tree, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_bytes(HEADER.encode() + b"2026-11-02,phone,\xff\xfe,4,yes\n")
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("import_contacts", str(path), stdout=StringIO())


def test_the_demo_sample_imports_and_moves_to_today(site_tree, tmp_path):
    text = HEADER + "2020-01-01,chat,inscripcio-naixement,3,yes\n2020-01-03,chat,inscripcio-naixement,5,no\n"
    import_text(tmp_path, text, "--move-to-today")
    assert set(ContactRecord.objects.values_list("date", flat=True)) == {
        timezone.localdate(),
        timezone.localdate() - datetime.timedelta(days=2),
    }


def test_the_report_shows_contacts_per_thousand_views_by_channel(site_tree, tmp_path, admin_client):
    today = timezone.localdate().isoformat()
    import_text(
        tmp_path,
        HEADER + f"{today},phone,inscripcio-naixement,25,no\n{today},chat,inscripcio-naixement,5,yes\n",
    )
    PageViewDay.objects.create(page=site_tree.birth, date=timezone.localdate(), views=500)
    html = admin_client.get("/admin/reports/content-data/").content.decode()
    row = next(row for row in html.split("<tr") if "Inscripció del naixement" in row and "50" in row)
    assert "50.0" in row or "50,0" in row  # phone: 25 per 500 views
    assert "10.0" in row or "10,0" in row  # chat
