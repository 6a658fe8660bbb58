"""Generated personal data (valid check digits, written the ways people write them), ordinary
numbers that must survive the scrubber, and sentences in the four languages to hide them in."""

import string

from stdnum import iban, luhn
from stdnum.es import ccc, dni, nie

SENTENCES = {
    "ca": ["El meu número és {} i visc a Girona.", "Truqueu-me al {}, si us plau", "({})", "Dades: {}."],
    "es": ["Mi número es {} y vivo en Lleida.", "Llamadme al {}, por favor", "[{}]", "Datos:{}"],
    "oc": ["Eth mèn numèro ei {} e demori en Vielha.", "Cridatz-me ath {}, se vos platz", "{}"],
    "en": ["My number is {} and I live in Tarragona.", "Call me on {}, please", "'{}'", "ref {}!"],
}


def in_a_sentence(rng, value):
    language = rng.choice(list(SENTENCES))
    return rng.choice(SENTENCES[language]).format(value)


def grouped(rng, digits, sizes, separators=(" ", ".", "-")):
    separator, parts, position = rng.choice(separators), [], 0
    for size in sizes:
        parts.append(digits[position : position + size])
        position += size
    return separator.join(parts)


def digits(rng, count):
    return "".join(rng.choice(string.digits) for _ in range(count))


def dni_number(rng):
    number = digits(rng, 8)
    letter = dni.calc_check_digit(number)
    return rng.choice(
        [
            number + letter,
            number + letter.lower(),
            f"{number}-{letter}",
            f"{number} {letter}",
            f"{number[:2]}.{number[2:5]}.{number[5:]}-{letter}",
        ]
    )


def nie_number(rng):
    prefix, number = rng.choice("XYZ"), digits(rng, 7)
    letter = nie.calc_check_digit(prefix + number)
    return rng.choice(
        [f"{prefix}{number}{letter}", f"{prefix}-{number}-{letter}", f"{prefix} {number} {letter}"]
    )


def spanish_iban(rng):
    account = digits(rng, 8) + "00" + digits(rng, 10)
    account = account[:8] + ccc.calc_check_digits(account) + account[10:]
    return "ES" + iban.calc_check_digits("ES00" + account) + account


def foreign_iban(rng):
    country, bban = rng.choice(
        [
            ("DE", digits(rng, 18)),
            ("GB", "".join(rng.choices(string.ascii_uppercase, k=4)) + digits(rng, 14)),
            ("NL", "".join(rng.choices(string.ascii_uppercase, k=4)) + digits(rng, 10)),
            (
                "FR",
                digits(rng, 10)
                + "".join(rng.choices(string.ascii_uppercase + string.digits, k=11))
                + digits(rng, 2),
            ),
            ("PT", digits(rng, 21)),
        ]
    )
    return country + iban.calc_check_digits(country + "00" + bban) + bban


def iban_number(rng):
    number = spanish_iban(rng) if rng.random() < 0.5 else foreign_iban(rng)
    assert iban.is_valid(number)
    spaced = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return rng.choice([number, spaced, spaced.lower(), number.lower()])


def card_number(rng):
    length = rng.choice([13, 15, 16, 16, 16, 19])
    partial = rng.choice("23456") + digits(rng, length - 2)
    number = partial + luhn.calc_check_digit(partial)
    if length == 15 and rng.random() < 0.5:
        return grouped(rng, number, [4, 6, 5], (" ", "-"))
    sizes = [4] * (length // 4) + ([length % 4] if length % 4 else [])
    return rng.choice([number, grouped(rng, number, sizes, (" ", "-"))])


def spanish_phone(rng):
    first = rng.choice("6789")
    second = rng.choice("1234567" if first in "89" else string.digits)
    number = first + second + digits(rng, 7)
    written = rng.choice(
        [
            number,
            grouped(rng, number, [3, 3, 3]),
            grouped(rng, number, [3, 2, 2, 2]),
            grouped(rng, number, [2, 3, 2, 2]),
        ]
    )
    return rng.choice(["", "", "+34 ", "0034 ", "(+34) ", "+34"]) + written


def international_phone(rng):
    return rng.choice(
        [
            f"+44 20 {digits(rng, 4)} {digits(rng, 4)}",
            f"+33 {rng.choice('123456789')} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
            f"+351 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
            f"0049 30 {digits(rng, 8)}",
            f"+212 6{digits(rng, 8)}",
        ]
    )


def email_address(rng):
    local = rng.choice(["joan", "maria.puig", "j.garcia+portal", "anna_81", "xavier-f"])
    domain = rng.choice(["gmail.com", "example.cat", "correu.gencat.cat", "uni.example.co.uk"])
    at, dot = rng.choice(
        [("@", "."), (" @ ", "."), (" (at) ", "."), ("[at]", "."), (" (arroba) ", " (dot) ")]
    )
    return local + at + domain.replace(".", dot)


def social_security_number(rng):
    province, number = rng.randint(1, 53), rng.randint(0, 99_999_999)
    base = province * 10**8 + number if number >= 10**7 else province * 10**7 + number
    written = f"{province:02d}{number:08d}{base % 97:02d}"
    return rng.choice(
        [
            written,
            f"{written[:2]}/{written[2:10]}/{written[10:]}",
            f"{written[:2]} {written[2:10]} {written[10:]}",
        ]
    )


PERSONAL = {
    "id": [dni_number, nie_number, social_security_number],
    "iban": [iban_number],
    "card": [card_number],
    "phone": [spanish_phone, international_phone],
    "email": [email_address],
}


def ordinary_number(rng):
    """What people write that is no one's personal data."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2030)
    return rng.choice(
        [
            str(year),
            f"{day}/{month:02d}/{year}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day}.{month}.{year}",
            f"{rng.randint(1, 999)} euros",
            f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d} €",
            f"{rng.randint(1, 999)}.{rng.randint(0, 999):03d}.{rng.randint(0, 999):03d} €",
            f"{rng.randint(1, 9999)},{rng.randint(0, 99):02d} €",
            f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}",
            f"{year}/{rng.randint(0, 999_999):06d}",
            f"EXP-{year}-{rng.randint(0, 99_999):05d}",
            f"BOE-A-{year}-{rng.randint(1, 30_000)}",
            f"Llei {rng.randint(1, 60)}/{year}",
            f"{rng.randint(1, 100)} %",
            f"de {rng.randint(8, 10)}.{rng.choice(['00', '30'])} a {rng.randint(13, 20)} h",
            rng.choice(["012", "016", "061", "112", "900 900 120", "902 400 012", "800 123 456"]),
            f"{rng.randint(2, 9)} fills i {rng.randint(1, 9)} néts",
            f"{year}-{year + 1}",
        ]
    )
