"""The relevance evaluation's query files: a bad line is named, not a traceback."""

import pytest

from search.evaluation import read_queries


def test_a_query_file_is_read_as_language_query_and_expected_title_pattern(tmp_path):
    path = tmp_path / "queries.jsonl"
    path.write_text('{"lang": "ca", "q": "atur", "expect": "desocupació|atur"}\n\n', encoding="utf-8")
    assert read_queries(path) == [("ca", "atur", "desocupació|atur")]


@pytest.mark.parametrize(
    "line",
    ['{"lang": "ca", "q": "atur"}', '{"lang": "ca", "q": "nie", "expect": "(NIE"}', "not json"],
)
def test_a_bad_line_names_the_file_and_the_line(tmp_path, line):
    path = tmp_path / "queries.jsonl"
    path.write_text('{"lang": "ca", "q": "atur", "expect": "atur"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"queries\.jsonl, line 2"):
        read_queries(path)
