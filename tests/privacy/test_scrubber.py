"""The scrubber: generated personal data goes, generated ordinary numbers stay, hostile input
costs linear time."""

import random
import subprocess
import sys
import time

import pytest

from privacy.scrubber import LABELS, MAX_LENGTH, contains_personal_data, normalise, scrub

from . import generated

SAMPLES = 400


@pytest.mark.parametrize("kind", sorted(generated.PERSONAL))
def test_generated_personal_data_in_any_language_becomes_its_label(kind):
    rng = random.Random(f"personal-{kind}")
    for _ in range(SAMPLES):
        value = rng.choice(generated.PERSONAL[kind])(rng)
        template = rng.choice(rng.choice(list(generated.SENTENCES.values())))
        assert scrub(template.format(value)) == template.format(LABELS[kind]), value


def test_generated_ordinary_numbers_survive():
    rng = random.Random("ordinary")
    words = ["El", "termini és", "Plazo:", "Cost", "e", "and", "fins al", "a", "y", "i", "o", "del"]
    for _ in range(SAMPLES * 5):
        text = " ".join(
            f"{rng.choice(words)} {generated.ordinary_number(rng)}" for _ in range(rng.randint(1, 3))
        )
        assert scrub(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "12345678A",  # the DNI letter of 12345678 is Z
        "X1234567A",  # and the NIE's is L
        "ES91 2100 0418 4502 0005 1333",  # IBAN with a wrong check digit
        "4111 1111 1111 1112",  # fails Luhn
        "1234 5678 9012 3456 7",  # not grouped as a card is
        "28/12345678/41",  # Social Security control digits are 40
        "Truca al 012, al 016, al 112 o al 900 900 120",
        "BOE-A-2024-1234 i Llei 39/2015",
        "look at example.com",
        "@fetsvitals",
    ],
)
def test_numbers_with_wrong_check_digits_and_service_lines_survive(text):
    assert scrub(text) == text


def test_several_kinds_in_one_text_each_get_their_label():
    text = (
        "Sóc 12.345.678-Z (NIE antic X-1234567-L), compte ES91 2100 0418 4502 0005 1332, "
        "targeta 4111-1111-1111-1111, mòbil +34 612 34 56 78 i correu joan (at) example.cat."
    )
    assert scrub(text) == (
        "Sóc [id] (NIE antic [id]), compte [iban], targeta [card], mòbil [phone] i correu [email]."
    )


def test_full_width_and_invisible_characters_do_not_hide_a_number():
    assert scrub("ＤＮＩ １２３４５６７８Ｚ") == "DNI [id]"
    assert scrub("612\u200b345\u00ad678") == "[phone]"


def test_scrubbing_twice_changes_nothing_more():
    rng = random.Random("twice")
    for _ in range(SAMPLES):
        kind = rng.choice(sorted(generated.PERSONAL))
        text = f"{generated.ordinary_number(rng)} {rng.choice(generated.PERSONAL[kind])(rng)}"
        once = scrub(text)
        assert scrub(once) == once


def test_what_lies_past_the_bound_is_dropped_with_the_number_it_cuts():
    text = "a " * 45 + "12345678Z and more"
    scrubbed = scrub(text, max_length=95)
    assert scrubbed == "a " * 45
    assert not any(char.isdigit() for char in scrubbed)


def test_normalising_can_lengthen_a_text_but_not_past_the_bound():
    # U+FDFA becomes 18 characters under NFKC.
    assert len(normalise("\ufdfa " * MAX_LENGTH)) <= MAX_LENGTH


def test_contains_personal_data_says_whether_scrub_would_replace_anything():
    assert contains_personal_data("escriu a joan@example.cat")
    assert not contains_personal_data("Tràmits del 2024: 600 euros")


HOSTILE = [
    "a" * MAX_LENGTH,
    "1" * MAX_LENGTH,
    "1 " * (MAX_LENGTH // 2),
    "1-" * (MAX_LENGTH // 2),
    "12 " * (MAX_LENGTH // 3),
    "a@" * (MAX_LENGTH // 2),
    "a." * (MAX_LENGTH // 2) + "@",
    "a" * (MAX_LENGTH - 20) + "@example",
    "a@a." * (MAX_LENGTH // 4),
    "x (at) " * (MAX_LENGTH // 7),
    "+1 " * (MAX_LENGTH // 3),
    "00 " * (MAX_LENGTH // 3),
    "ES91 " * (MAX_LENGTH // 5),
    "X 1 " * (MAX_LENGTH // 4),
    "4111 " * (MAX_LENGTH // 5),
    "12345678Z " * (MAX_LENGTH // 10),
    "(" * MAX_LENGTH,
    "\ufdfa" * MAX_LENGTH,
    "\u200b" * MAX_LENGTH,
]


def seconds_to_scrub(text, max_length=MAX_LENGTH):
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        scrub(text, max_length=max_length)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_of_the_largest_size_is_scrubbed_quickly(text):
    # A backtracking pattern would need minutes here; the measured time is a few tens of ms.
    assert seconds_to_scrub(text) < 1.0


@pytest.mark.parametrize("unit", ["1 ", "a@a.", "12345678Z ", "ab1-", "x.y@"])
def test_the_time_grows_linearly_with_the_text(unit):
    small, large = 4_000, 32_000
    ratio = seconds_to_scrub(unit * (large // len(unit)), large) / seconds_to_scrub(
        unit * (small // len(unit)), small
    )
    assert ratio < 16  # 8 for linear work, 64 for quadratic


def test_the_scrubber_and_the_log_filter_load_without_django():
    code = "import sys, privacy.scrubber, privacy.log_filters; sys.exit('django' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
