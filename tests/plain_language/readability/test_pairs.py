"""Plain texts must score higher than their bureaucratic twins, and the portal's content must pass."""

import json
from pathlib import Path

import pytest

from plain_language.readability import ADEQUATE_FROM, analyse

from .pairs import CALIBRATION_PAIRS, HELD_OUT_PAIRS

DEV_PAIRS = Path("/work/shared/plain-language/pairs-dev.jsonl")
DEMO_PROCEDURES = Path(__file__).resolve().parents[3] / "life_events/demo_content/ca/procedures"
MARGIN = 30  # points between a plain text and its twin


def dev_pairs():
    if not DEV_PAIRS.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{DEV_PAIRS} is missing"))]
    lines = DEV_PAIRS.read_text(encoding="utf-8").splitlines()
    return [
        pytest.param(json.loads(line), id=f"dev{n}-{json.loads(line)['lang']}")
        for n, line in enumerate(lines)
    ]


def assert_plain_wins(lang, plain, complex_):
    plain_score, complex_score = analyse(plain, lang).score, analyse(complex_, lang).score
    assert plain_score >= complex_score + MARGIN, (plain_score, complex_score)
    assert plain_score >= ADEQUATE_FROM > complex_score


@pytest.mark.parametrize("pair", dev_pairs())
def test_plain_text_beats_its_complex_twin_in_the_dev_pairs(pair):
    assert_plain_wins(pair["lang"], pair["plain"], pair["complex"])


@pytest.mark.parametrize("pair", CALIBRATION_PAIRS, ids=lambda p: f"{p.lang}-{p.plain[:20]}")
def test_plain_text_beats_its_complex_twin_in_our_calibration_pairs(pair):
    assert_plain_wins(pair.lang, pair.plain, pair.complex)


@pytest.mark.parametrize("pair", HELD_OUT_PAIRS, ids=lambda p: f"{p.lang}-{p.plain[:20]}")
def test_plain_text_beats_its_complex_twin_in_held_out_pairs(pair):
    assert_plain_wins(pair.lang, pair.plain, pair.complex)


def test_own_pairs_cover_each_language_with_ten_or_more_and_some_held_out():
    for lang in ("ca", "es", "oc", "en"):
        pairs = [pair for pair in CALIBRATION_PAIRS + HELD_OUT_PAIRS if pair.lang == lang]
        assert len(pairs) >= 10 and any(pair.held_out for pair in pairs)


def procedures():
    if not DEMO_PROCEDURES.is_dir():
        pytest.skip(f"{DEMO_PROCEDURES} is missing")
    for path in sorted(DEMO_PROCEDURES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        yield path.stem, [value for key, value in data.items() if key.endswith("_html") and value]


def test_every_demo_procedure_page_in_catalan_is_easy_or_adequate():
    scores = {slug: analyse("".join(fields), "ca").score for slug, fields in procedures()}
    assert scores and min(scores.values()) >= ADEQUATE_FROM, sorted(scores.items(), key=lambda i: i[1])[:5]


def test_nearly_every_demo_procedure_field_in_catalan_is_easy_or_adequate():
    analyses = [analyse(field, "ca") for _slug, fields in procedures() for field in fields]
    measured = [a.score for a in analyses if a.metrics["words"] >= 20]
    passing = sum(score >= ADEQUATE_FROM for score in measured) / len(measured)
    assert passing >= 0.95, passing  # short fields are noisy: a few long words weigh a lot
