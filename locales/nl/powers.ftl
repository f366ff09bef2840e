## Wie doet wat: wat een professional mag beslissen, en wat niet.
## "power-…" is één korte zin vanuit de professional: "Mag …".

power-grant-help = Hulp voor jullie gezin toekennen of weigeren. Dat gebeurt in een brief: een beschikking.
power-make-family-plan = Samen met jullie een plan maken voor het gezin.
power-ask-raad = De Raad voor de Kinderbescherming vragen om een onderzoek te doen.
power-call-table = Een gesprek aan de Jeugdbeschermingstafel organiseren.
power-decide-after-melding = Na een melding beslissen wat er gebeurt: hulp regelen, zelf onderzoeken of stoppen.
power-advise-on-safety = Meedenken over de veiligheid van de kinderen en meepraten in gesprekken.
power-decide-onderzoek-starts = Na de Jeugdbeschermingstafel beslissen of de Raad een onderzoek begint.
power-decide-to-ask-court = Na het onderzoek beslissen of de Raad de kinderrechter om een maatregel vraagt.
power-ask-court-for-measure = De kinderrechter vragen om een maatregel, zoals een ondertoezichtstelling.
power-impose-measure = Een maatregel opleggen, zoals een ondertoezichtstelling of een uithuisplaatsing.
power-impose-help = Hulp verplicht maken als jullie die niet willen.
power-place-outside-home = Een kind buiten huis laten wonen.
power-write-plan-van-aanpak = Het plan van aanpak maken: wat er moet veranderen en welke hulp daarbij hoort.
power-give-aanwijzing = Een schriftelijke aanwijzing geven: een opdracht op papier die jullie moeten opvolgen.
power-choose-placement = Kiezen waar een kind gaat wonen, als de kinderrechter een uithuisplaatsing heeft toegestaan.
power-limit-contact = Het contact tussen ouders en kind beperken tijdens een uithuisplaatsing.
power-ask-extension = De kinderrechter vragen een maatregel te verlengen of te stoppen.
power-medical-over-objection = Toestemming geven voor een medische behandeling als ouders nee zeggen.
power-move-from-foster-family = Een kind weghalen bij een pleeggezin waar het al een jaar of langer woont.
power-decide-omgang = Beslissen over de omgangsregeling tussen ouders en kind.
power-annul-aanwijzing = Een schriftelijke aanwijzing ongeldig maken als een ouder daarom vraagt.
power-decide-as-guardian = Beslissingen over het kind nemen die anders de ouders nemen, zoals over school en zorg.
power-choose-foster-family = Het pleeggezin of de instelling kiezen.
power-decide-about-family = Iets beslissen over jullie gezin.

decider-kinderrechter = Dat beslist de kinderrechter.
decider-raad = Dat doet de Raad voor de Kinderbescherming.
decider-gi = Dat beslist de jeugdbeschermer.
decider-gemeente = Dat beslist de gemeente.
decider-family-and-professionals = Dat beslissen jullie samen met de professionals.

powers-title = Wie doet wat
powers-lead = Hier zie je wie er bij jullie gezin betrokken is en wat ieder mag beslissen. En wat niet. Eerst voor de fase waarin jullie nu zijn.
powers-may = Mag beslissen
powers-may-not = Mag niet beslissen
powers-nothing = Beslist zelf niets.

powers-now-heading = Nu
powers-other-phases-heading = In andere fases
powers-other-phases-lead = Wat dezelfde mensen mogen beslissen als jullie gezin in een andere fase komt.
powers-title-professional = Wie doet wat
powers-lead-professional = Wie er bij dit gezin betrokken is en wat ieder mag beslissen, zoals het gezin het leest. Eerst voor de fase van nu.
