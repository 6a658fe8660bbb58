"""Spreadsheet exports that cannot run what people typed as a formula.

A cell that starts with "=", "+", "-" or "@" (or a tab or carriage return, which some programs
skip first) is a formula to Excel and LibreOffice when a CSV file is opened: a search typed as
`=HYPERLINK("http://…", "Click")` would become a link, or worse, in an editor's spreadsheet.
`neutralise_formula` prefixes such a text with a single quote, as OWASP advises
(https://owasp.org/www-community/attacks/CSV_Injection), so it is shown as typed.

Every CSV export of the admin, the portal's reports and Wagtail's own (search terms, form
submissions, listings), is written by Wagtail's `SpreadsheetExportMixin`, which turns formulas
into text in XLSX files but not in CSV files: `neutralise_csv_exports` makes its CSV rows go
through `neutralise_formula` too, once, when the app is ready.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """`value` as a spreadsheet shows it as text, never as a formula; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_row(row):
    """A CSV row (a dict, as csv.DictWriter writes) with every cell neutralised."""
    return {field: neutralise_formula(value) for field, value in row.items()}


def neutralise_csv_exports():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin.preprocess_field_value, "neutralises_formulas", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value

    def preprocess_field_value(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
