import pytest

from plain_language.readability import syllables
from plain_language.readability.syllables import aranese_nuclei, count, hyphenator

CATALAN = {
    "sol·licitud": 4, "col·legi": 3, "col.legi": 3, "aigua": 2, "història": 4, "informació": 5,
    "Generalitat": 5, "veïna": 3, "país": 2, "creïa": 3, "ciutat": 2, "noia": 2, "guanyar": 2,
    "escriure": 3, "qüestió": 3, "pingüí": 2, "cuina": 2, "diumenge": 3, "aeroport": 4, "teatre": 3,
    "feia": 2, "creuen": 2, "europeu": 3, "oficina": 4, "l'home": 2, "d'aquí": 2, "dóna-m'ho": 3,
    "inscriu-te": 3, "quan": 1, "que": 1, "guerra": 2, "llei": 1, "ahir": 2, "administració": 6,
    "empadronament": 5, "Catalunya": 4, "i": 1,
}  # fmt: skip
SPANISH = {
    "ciudad": 2, "aeropuerto": 5, "huevo": 2, "país": 2, "oía": 3, "reír": 2, "día": 2, "oficina": 4,
    "poeta": 3, "leía": 3, "guion": 1, "ahí": 2, "ahora": 3, "Paraguay": 3, "ley": 1, "leyes": 2, "y": 1,
    "muy": 1, "solicitud": 4, "jubilación": 4, "pingüino": 3, "cigüeña": 3, "que": 1, "estudiáis": 3,
    "administración": 5, "ayuntamiento": 5, "correspondiente": 5, "pídela": 3,
}  # fmt: skip
ENGLISH = {
    "the": 1, "create": 2, "created": 3, "every": 3, "people": 2, "table": 2, "queue": 1, "beautiful": 3,
    "registration": 4, "unemployment": 4, "cities": 2, "walked": 1, "idea": 3, "area": 3, "ocean": 2,
    "science": 2, "being": 2, "you": 1, "apply": 2, "period": 3, "video": 3, "radio": 3, "makes": 1,
    "houses": 2, "judges": 2, "needed": 2, "hoped": 1, "quiet": 2, "someone": 2, "themselves": 2,
    "required": 2, "individuals": 5, "situation": 4, "previously": 4, "statement": 2, "business": 2,
    "entitled": 3, "responsibility": 6, "authority": 4,
}  # fmt: skip
ARANESE = {
    "aranés": 3, "tramit": 2, "administracion": 5, "Generalitat": 5, "qu'ei": 1, "uei": 1, "ieu": 1,
    "Vielha": 2, "sociau": 2, "auem": 2, "país": 2, "aigua": 2, "trabalh": 2, "Catalonha": 4,
    "economica": 5, "desocupacion": 5, "ua": 1, "dues": 1, "lhèu": 1, "veïnat": 3, "Aran": 2,
    "guardar": 2, "uòu": 1, "demandantes": 4, "eth": 1, "era": 2, "hèsta": 2, "legau": 2, "pòs": 1,
}  # fmt: skip


def cases(language, words):
    return [
        pytest.param(language, word, expected, id=f"{language}-{word}") for word, expected in words.items()
    ]


@pytest.mark.parametrize(
    "language,word,expected",
    cases("ca", CATALAN) + cases("es", SPANISH) + cases("en", ENGLISH) + cases("oc", ARANESE),
)
def test_syllable_count_of_known_words(language, word, expected):
    assert count(word, language) == expected


def test_aranese_counter_groups_diphthongs_and_triphthongs_into_one_nucleus():
    assert aranese_nuclei("ieu") == aranese_nuclei("uei") == aranese_nuclei("au") == 1
    assert aranese_nuclei("pais") == 1  # no accent: "ai" is a diphthong
    assert aranese_nuclei("país") == 2  # the accent breaks it
    assert aranese_nuclei("cion") == 1


def test_pyphen_undercount_on_short_words_and_hiatus_is_corrected_by_vowel_nuclei():
    assert syllables.pyphen_count("oía", "es") < count("oía", "es") == 3
    assert syllables.pyphen_count("idea", "en") < count("idea", "en") == 3


def test_pyphen_dictionaries_are_created_once_per_language():
    assert hyphenator("ca") is hyphenator("ca")
    assert hyphenator("es") is not hyphenator("ca")


def test_numbers_count_as_one_syllable():
    assert count("2024", "ca") == count("10", "en") == 1
