"""Plain vs bureaucratic twins, written for these tests in the style of the shared dev pairs
(/work/shared/plain-language/pairs-dev.jsonl): the same information, once in plain language and
once in administrative style. The plain text must score higher, by a wide margin.

The ``held_out`` pairs were written before the weights were calibrated and were not looked at while
calibrating: they check that the scoring generalises beyond the texts it was tuned on.
"""

from typing import NamedTuple


class Pair(NamedTuple):
    lang: str
    plain: str
    complex: str
    held_out: bool = False


CATALAN = [
    Pair(
        "ca",
        "Pots demanar la targeta sanitària al teu CAP. Porta el DNI i un certificat d'empadronament. "
        "Te la donen el mateix dia.",
        "La sol·licitud de la targeta sanitària individual s'haurà de formalitzar presencialment al centre "
        "d'atenció primària corresponent al domicili de la persona interessada, que haurà d'aportar la "
        "documentació acreditativa de la seva identitat i del seu empadronament en el municipi.",
    ),
    Pair(
        "ca",
        "Si canvies de casa, ves a l'ajuntament i digues la nova adreça. És gratuït i no cal cita prèvia.",
        "En cas de modificació del domicili habitual, les persones interessades estan obligades a comunicar "
        "aquesta circumstància a l'ajuntament del municipi de residència als efectes de l'actualització de "
        "les dades que consten en el padró municipal d'habitants, la qual es tramitarà sense cap cost.",
    ),
    Pair(
        "ca",
        "La beca és per a estudiants amb pocs ingressos. Demana-la per internet abans del 15 d'octubre. "
        "Et direm si te la donem al desembre.",
        "Les persones sol·licitants de les beques de caràcter general hauran d'acreditar el compliment dels "
        "requisits econòmics establerts a la convocatòria, i la resolució de concessió o denegació serà "
        "notificada a les persones interessades dins del termini màxim de sis mesos a comptar des de la "
        "finalització del període de presentació de sol·licituds.",
    ),
    Pair(
        "ca",
        "Quan mor un familiar, cal inscriure la defunció al Registre Civil. Normalment ho fa la funerària per "
        "tu. Després et donen el certificat.",
        "La inscripció de la defunció en el Registre Civil competent es practicarà en virtut de la declaració "
        "efectuada per les persones obligades legalment a aquest efecte, o per l'empresa de serveis funeraris "
        "en la seva representació, prèvia presentació del certificat mèdic de defunció, amb caràcter previ a "
        "l'expedició de la llicència d'enterrament.",
    ),
    Pair(
        "ca",
        "Per tenir el carnet de conduir, has d'aprovar dos exàmens. Primer fas el de teoria i després el de "
        "pràctiques. Pots triar l'autoescola que vulguis.",
        "L'obtenció del permís de conducció està condicionada a la superació de les proves d'aptitud "
        "teòriques i pràctiques que determina la normativa reguladora, la realització de les quals requereix "
        "la inscripció prèvia de la persona aspirant a través d'un centre de formació de conductors "
        "degudament autoritzat.",
    ),
    Pair(
        "ca",
        "Si tens més de 65 anys, pots viatjar més barat en transport públic. Demana la targeta rosa a "
        "l'ajuntament. Només cal el DNI.",
        "Les persones que hagin assolit l'edat de seixanta-cinc anys podran ser beneficiàries de la tarifa "
        "bonificada del transport públic col·lectiu, l'obtenció de la qual queda supeditada a la presentació "
        "de la corresponent sol·licitud davant l'ajuntament del municipi de residència, acompanyada de la "
        "documentació identificativa.",
    ),
    Pair(
        "ca",
        "Pots apuntar el teu fill a la llar d'infants del barri. Omple la preinscripció al maig. Si hi ha més "
        "nens que places, es fa un sorteig.",
        "El procediment d'admissió de l'alumnat en els centres d'educació infantil de primer cicle s'iniciarà "
        "amb la presentació de la sol·licitud de preinscripció en el període establert a l'efecte, i en el "
        "supòsit que la demanda superi l'oferta de places disponibles s'aplicaran els criteris de prioritat "
        "i, si escau, el sorteig públic previst a la normativa.",
    ),
    Pair(
        "ca",
        "Si ets autònom, has de pagar la quota cada mes. L'import depèn del que guanyes. Si guanyes menys, "
        "pagues menys.",
        "Les persones treballadores per compte propi incloses en el règim especial estan obligades a la "
        "cotització mensual a la Seguretat Social, la quantia de la qual es determinarà en funció dels "
        "rendiments nets obtinguts en l'exercici de la seva activitat econòmica, d'acord amb la taula de "
        "bases de cotització vigent.",
        held_out=True,
    ),
    Pair(
        "ca",
        "Tens dret a un metge de capçalera. Si no t'agrada el teu, el pots canviar. Fes-ho a La Meva Salut o "
        "al teu CAP.",
        "La lliure elecció de professional de medicina de família constitueix un dret de les persones "
        "usuàries del sistema sanitari públic, l'exercici del qual podrà efectuar-se mitjançant la "
        "presentació de la sol·licitud de canvi a través dels canals telemàtics habilitats o de manera "
        "presencial en el centre d'atenció primària d'adscripció.",
        held_out=True,
    ),
    Pair(
        "ca",
        "El curs de català és gratuït. Hi ha classes al matí i a la tarda. Apunta't a l'oficina del CPNL més "
        "propera.",
        "La participació en les activitats formatives de llengua catalana organitzades pel Consorci per a la "
        "Normalització Lingüística no comporta cap contraprestació econòmica. La formalització de la "
        "inscripció s'efectuarà en el centre o servei territorial corresponent al lloc de residència de la "
        "persona interessada.",
        held_out=True,
    ),
    Pair(
        "ca",
        "Si no pots pagar el lloguer, demana ajuda a l'Agència de l'Habitatge. Et poden donar un ajut "
        "d'urgència. Truca al 012 per saber com fer-ho.",
        "Les persones arrendatàries que es trobin en situació de risc d'exclusió residencial derivada de la "
        "impossibilitat de fer front al pagament de la renda de l'habitatge habitual podran sol·licitar les "
        "prestacions econòmiques d'especial urgència que gestiona l'Agència de l'Habitatge de Catalunya, "
        "sempre que reuneixin els requisits establerts.",
        held_out=True,
    ),
]

SPANISH = [
    Pair(
        "es",
        "Si tienes un hijo, inscríbelo en el Registro Civil. Tienes 10 días. Puedes hacerlo desde el hospital.",
        "La inscripción del nacimiento en el Registro Civil deberá ser promovida por los progenitores dentro "
        "del plazo de diez días naturales desde el alumbramiento, pudiendo efectuarse la comunicación "
        "directamente desde el centro sanitario en el que se haya producido el parto.",
    ),
    Pair(
        "es",
        "Para pedir la tarjeta sanitaria, ve a tu centro de salud. Lleva tu DNI. Es gratis.",
        "La expedición de la tarjeta sanitaria individual requerirá la previa solicitud de la persona "
        "interesada ante el centro de atención primaria que le corresponda en función de su domicilio, "
        "acompañada de la documentación acreditativa de su identidad, sin que dicha tramitación conlleve "
        "coste alguno.",
    ),
    Pair(
        "es",
        "Si te quedas sin trabajo, apúntate al paro. Hazlo en los 15 días siguientes. Así no pierdes días de "
        "prestación.",
        "La solicitud de la prestación por desempleo deberá presentarse en el plazo de los quince días "
        "hábiles siguientes a la situación legal de desempleo, toda vez que la presentación extemporánea de "
        "la misma determinará la reducción de la duración del derecho en tantos días como medien entre la "
        "fecha de finalización del plazo y la de la solicitud.",
    ),
    Pair(
        "es",
        "Puedes pedir una beca si estudias y tu familia gana poco. Pídela por internet antes de octubre. Te "
        "contestaremos en unos meses.",
        "Podrán ser beneficiarios de las becas de carácter general los estudiantes que acrediten el "
        "cumplimiento de los requisitos académicos y económicos establecidos en la convocatoria, cuya "
        "resolución será notificada a los interesados en el plazo máximo de seis meses desde la finalización "
        "del período de presentación de solicitudes.",
    ),
    Pair(
        "es",
        "Cuando muere un familiar, hay que inscribirlo en el Registro Civil. Normalmente lo hace la "
        "funeraria. Después te dan el certificado.",
        "La inscripción de la defunción en el Registro Civil se practicará en virtud de la declaración "
        "efectuada por las personas obligadas a ello o por la empresa de servicios funerarios en su "
        "representación, previa presentación del correspondiente certificado médico de defunción.",
    ),
    Pair(
        "es",
        "Si tienes más de 65 años, el transporte público te sale más barato. Pide la tarjeta en tu "
        "ayuntamiento. Solo necesitas el DNI.",
        "Las personas que hayan alcanzado la edad de sesenta y cinco años podrán acogerse a la tarifa "
        "bonificada del transporte público colectivo. La obtención de dicha bonificación queda supeditada a "
        "la presentación de la correspondiente solicitud ante el ayuntamiento de residencia.",
    ),
    Pair(
        "es",
        "Tienes derecho a elegir médico de familia. Si no te gusta el tuyo, puedes cambiarlo. Hazlo en La "
        "Meva Salut o en tu centro de salud.",
        "La libre elección de profesional de medicina de familia constituye un derecho de los usuarios del "
        "sistema sanitario público, cuyo ejercicio podrá efectuarse mediante la presentación de la solicitud "
        "de cambio a través de los canales telemáticos habilitados al efecto o de forma presencial.",
    ),
    Pair(
        "es",
        "Si eres autónomo, pagas una cuota cada mes. Depende de lo que ganas. Si ganas menos, pagas menos.",
        "Los trabajadores por cuenta propia incluidos en el régimen especial están obligados a la cotización "
        "mensual a la Seguridad Social, cuya cuantía se determinará en función de los rendimientos netos "
        "obtenidos en el ejercicio de su actividad económica, conforme a la tabla de bases vigente.",
        held_out=True,
    ),
    Pair(
        "es",
        "El curso de catalán es gratis. Hay clases por la mañana y por la tarde. Apúntate en la oficina más "
        "cercana.",
        "La participación en las actividades formativas de lengua catalana organizadas por el Consorcio para "
        "la Normalización Lingüística no comportará contraprestación económica alguna por parte del "
        "alumnado, efectuándose la formalización de la inscripción en el centro territorial correspondiente "
        "al lugar de residencia.",
        held_out=True,
    ),
    Pair(
        "es",
        "Para sacar el carnet de conducir, tienes que aprobar dos exámenes. Primero el teórico y después el "
        "práctico. Puedes elegir la autoescuela.",
        "La obtención del permiso de conducción está condicionada a la superación de las pruebas de aptitud "
        "teóricas y prácticas que determina la normativa reguladora. La realización de dichas pruebas "
        "requiere la inscripción previa del aspirante a través de un centro de formación de conductores "
        "debidamente autorizado.",
        held_out=True,
    ),
    Pair(
        "es",
        "Si no puedes pagar el alquiler, pide ayuda. Puedes recibir una ayuda urgente. Llama al 012 para "
        "saber cómo.",
        "Las personas arrendatarias que se encuentren en situación de riesgo de exclusión residencial "
        "derivada de la imposibilidad de hacer frente al pago de la renta de la vivienda habitual podrán "
        "solicitar las prestaciones económicas de especial urgencia, siempre que reúnan los requisitos "
        "establecidos en la normativa aplicable.",
        held_out=True,
    ),
]

ENGLISH = [
    Pair(
        "en",
        "You can get a health card at your local clinic. Bring your ID. It is free.",
        "Applications for the issue of an individual health card must be submitted in person at the primary "
        "care centre corresponding to the applicant's place of residence, accompanied by documentation "
        "evidencing the identity of the applicant, and no fee shall be payable in respect thereof.",
    ),
    Pair(
        "en",
        "If you move house, tell your town council. They will update your address. It takes five minutes.",
        "In the event of a change of habitual residence, the individuals concerned are required to notify "
        "the local authority of the municipality of residence of such circumstance for the purposes of the "
        "corresponding update of the municipal register of inhabitants.",
    ),
    Pair(
        "en",
        "You can apply for a grant if your family earns little. Apply online before October. We will tell "
        "you the result within six months.",
        "Eligibility for general grants is conditional upon the applicant's demonstration of compliance with "
        "the academic and financial requirements established in the call, and the resolution shall be "
        "notified to the interested parties within a maximum period of six months from the closing date for "
        "the submission of applications.",
    ),
    Pair(
        "en",
        "When someone dies, the death must be registered. Usually the funeral home does it for you. Then you "
        "get the certificate.",
        "The registration of the death in the competent Civil Registry shall be carried out by virtue of the "
        "declaration made by the persons legally obliged to do so, or by the funeral services provider "
        "acting on their behalf, subject to the prior submission of the medical certificate of death.",
    ),
    Pair(
        "en",
        "To get a driving licence, you need to pass two tests. First the theory test, then the practical "
        "one. You can choose any driving school.",
        "The obtaining of a driving licence is conditional upon the successful completion of the theoretical "
        "and practical aptitude tests determined by the applicable regulations, the performance of which "
        "requires the prior registration of the candidate through a duly authorised driver training centre.",
    ),
    Pair(
        "en",
        "If you are over 65, you pay less on public transport. Ask your town council for the pink card. You "
        "only need your ID.",
        "Persons who have attained the age of sixty-five years shall be entitled to the reduced fare "
        "applicable to public transport services. The granting of such entitlement is subject to the "
        "submission of the relevant application to the municipality of residence.",
    ),
    Pair(
        "en",
        "You can choose your family doctor. If you are not happy with yours, you can change. Do it online or "
        "at your health centre.",
        "The free choice of a family medicine practitioner constitutes a right of users of the public health "
        "system, the exercise of which may be effected through the submission of a request for change via "
        "the enabled electronic channels or in person at the assigned primary care centre.",
    ),
    Pair(
        "en",
        "If you are self-employed, you pay a fee every month. The amount depends on what you earn. If you "
        "earn less, you pay less.",
        "Self-employed workers included in the special scheme are under an obligation to make monthly social "
        "security contributions, the amount of which shall be determined on the basis of the net income "
        "obtained from the performance of their economic activity, in accordance with the applicable "
        "contribution table.",
        held_out=True,
    ),
    Pair(
        "en",
        "Catalan classes are free. There are morning and evening groups. Sign up at your nearest office.",
        "Participation in the Catalan language training activities organised by the Consortium for "
        "Linguistic Normalisation shall not entail any financial consideration on the part of students, and "
        "formal enrolment shall be carried out at the territorial centre corresponding to the place of "
        "residence.",
        held_out=True,
    ),
    Pair(
        "en",
        "If you cannot pay your rent, ask for help. You may get an emergency grant. Call 012 to find out how.",
        "Tenants who find themselves at risk of residential exclusion as a result of their inability to meet "
        "the rent payments of their habitual dwelling may apply for the special urgency financial benefits, "
        "provided that they fulfil the requirements laid down in the applicable legislation.",
        held_out=True,
    ),
    Pair(
        "en",
        "Your child can start nursery school at the age of one. Apply in May. If there are more children than "
        "places, there is a draw.",
        "The admission procedure for pupils in first-cycle early childhood education centres shall commence "
        "with the submission of the pre-enrolment application within the established period. Where demand "
        "exceeds the number of available places, the priority criteria and, where appropriate, a public draw "
        "shall be applied.",
        held_out=True,
    ),
]

ARANESE = [
    Pair(
        "oc",
        "Pòs demanar era targeta sanitària en tòn centre de salut. Pòrta eth DNI. Ei gratuïta.",
        "Era sollicitud dera targeta sanitària individuau s'aurà de formalizar presenciaument en centre "
        "d'atencion primària corresponent ath domicili dera persona interessada, que li calerà apportar era "
        "documentacion acreditativa dera sua identitat e deth sòn empadronament en municipi.",
    ),
    Pair(
        "oc",
        "Se cambies de casa, ditz-o ath ajuntament. Ei gratuït. Non cau demanar cita.",
        "En cas de modificacion deth domicili abituau, es persones interessades son obligades a comunicar "
        "aguesta circonstància ath ajuntament deth municipi de residéncia as efèctes dera actualizacion des "
        "dades que consten en padron municipau d'abitants.",
    ),
    Pair(
        "oc",
        "Era beca ei entà estudiants damb pòques entrades. Demana-la per internet abans deth 15 d'octobre. "
        "Te diderem se te la dam en deseme.",
        "Es persones sollicitantes des beques de caractèr generau les calerà acreditar eth compliment des "
        "requisits economics establits ena convocatòria, e era resolucion de concession o denegacion serà "
        "notificada as persones interessades laguens deth termini maxim de sies mesi a comptar dera "
        "finalizacion deth periòde de presentacion de sollicituds.",
    ),
    Pair(
        "oc",
        "Quan morís un familiar, cau inscríuer era mòrt en Registre Civil. Normaument ac hè era funerària. "
        "Après te dan eth certificat.",
        "Era inscripcion dera defuncion en Registre Civil competent se practicarà en vertut dera declaracion "
        "efectuada per es persones obligades legaument a aguest efècte, o pera empresa de servicis funeraris "
        "ena sua representacion, après era presentacion deth certificat medic de defuncion.",
    ),
    Pair(
        "oc",
        "Se as mès de 65 ans, pòs viatjar mès barat en transpòrt public. Demana era targeta ath tòn "
        "ajuntament. Sonque te cau eth DNI.",
        "Es persones qu'agen arribat ara edat de seishanta-cinc ans poderàn èster beneficiàries dera tarifa "
        "bonificada deth transpòrt public collectiu, era obtencion dera quau demore subordinada ara "
        "presentacion dera sollicitud corresponenta dauant der ajuntament deth municipi de residéncia.",
    ),
    Pair(
        "oc",
        "Pòs inscríuer eth tòn hilh ena escòla bressol. Emplena era preinscripcion en mai. Se i a mès "
        "mainatges que places, se hè un sorteg.",
        "Eth procediment d'admission der alumnat enes centres d'educacion infantila de prumèr cicle "
        "s'iniciarà damb era presentacion dera sollicitud de preinscripcion en periòde establit a aguest "
        "efècte, e en supòsit que era demanda sobrepasse era oferta de places disponibles s'aplicaràn es "
        "critèris de prioritat e eth sorteg public previst ena normativa.",
    ),
    Pair(
        "oc",
        "Tas dret a un mètge de familha. Se non t'agrade eth tòn, lo pòs cambiar. Hè-ac en La Meva Salut o "
        "en tòn centre de salut.",
        "Era liura eleccion de professionau de medecina de familha constituís un dret des persones usuàries "
        "deth sistèma sanitari public, er exercici deth quau se poderà efectuar mejançant era presentacion "
        "dera sollicitud de cambi a trauès des canaus telematics abilitats o de manèra presenciau en centre "
        "d'atencion primària.",
    ),
    Pair(
        "oc",
        "Se ès autonòm, pagues ua quòta cada mes. Depen de çò que guanhes. Se guanhes mens, pagues mens.",
        "Es persones trabalhadores per compde pròpi incorporades en regim especiau son obligades ara "
        "cotizacion mensuau ara Seguretat Sociau, era quantia dera quau se determinarà en foncion des "
        "rendiments nets obtengudi en exercici dera sua activitat economica, d'acòrd damb era taula de bases "
        "de cotizacion vigenta.",
        held_out=True,
    ),
    Pair(
        "oc",
        "Eth cors d'aranés ei gratuït. I a classes peth maitin e pera tarde. Inscriu-te en Conselh Generau "
        "d'Aran.",
        "Era participacion enes activitats formatives de lengua occitana organizades peth Conselh Generau "
        "d'Aran non comportarà cap de contraprestacion economica per part der alumnat, e era formalizacion "
        "dera inscripcion s'efectuarà enes dependéncies administratives competentes en matèria d'educacion.",
        held_out=True,
    ),
    Pair(
        "oc",
        "Se non pòs pagar eth loguèr, demana ajuda. Te pòden dar un ajut d'urgéncia. Cride ath 012 entà saber "
        "com hè-ac.",
        "Es persones arrendatàries que se tròben en situacion de risc d'exclusion residenciau derivada dera "
        "impossibilitat de hèr front ath pagament dera renda der abitatge abituau poderàn sollicitar es "
        "prestacions economiques d'especiau urgéncia, tostemp que complisquen es requisits establits ena "
        "normativa aplicabla.",
        held_out=True,
    ),
    Pair(
        "oc",
        "Entà auer eth permís de condusir, as d'aprovar dus examens. Prumèr hès eth de teoria e dempús eth de "
        "practica. Pòs chausir era auto-escòla.",
        "Era obtencion deth permís de conduccion demore condicionada ara superacion des pròves d'aptitud "
        "teoriques e practiques que determine era normativa reguladora. Era realizacion d'aguestes pròves "
        "requerís era inscripcion prèvia dera persona aspiranta a trauès d'un centre de formacion de "
        "conductors degudament autorizat.",
        held_out=True,
    ),
]

PAIRS = CATALAN + SPANISH + ENGLISH + ARANESE
CALIBRATION_PAIRS = [pair for pair in PAIRS if not pair.held_out]
HELD_OUT_PAIRS = [pair for pair in PAIRS if pair.held_out]
