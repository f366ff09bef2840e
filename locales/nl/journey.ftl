## Mijn traject, Wat komt eraan, Afspraken, Documenten, Hulp en klachten, Wisselingen.

nav-label = Over jullie gezin
nav-overview = Overzicht
nav-powers = Wie doet wat
nav-timeline = Mijn traject
nav-rights = Rechten
nav-decisions = Wat komt eraan
nav-meetings = Afspraken
nav-documents = Documenten
nav-help = Hulp en klachten
nav-changes = Wisselingen
nav-glossary = Begrippen

timeline-title = Mijn traject
timeline-lead = Alle stappen op een rij: wat er al gebeurd is, waar jullie nu zijn en wat er waarschijnlijk komt.
timeline-state-done = Gebeurd
timeline-state-current = Nu
timeline-state-expected = Verwacht
timeline-on = op { $date }
timeline-around = rond { $date }
step-melding = Melding bij Veilig Thuis
step-veilig-thuis = Veilig Thuis kijkt naar de veiligheid
step-wijkteam = Hulp van het wijkteam
step-jeugdbeschermingstafel = Gesprek aan de Jeugdbeschermingstafel
step-raadsonderzoek = Onderzoek door de Raad voor de Kinderbescherming
step-verzoek = Verzoek aan de kinderrechter
step-zitting = Zitting bij de kinderrechter
step-maatregel = Maatregel van de kinderrechter
step-evaluatie = Evaluatie van de maatregel

decisions-title = Wat komt eraan
decisions-lead = Hier zie je eerst welke beslissingen eraan komen, en daarna wat er al besloten is. Je ziet wie beslist, wanneer, en wat jij kunt doen.
decisions-none = Er komen nu geen beslissingen aan.
decisions-who = Wie beslist?
decisions-when = Wanneer?
decisions-by = Uiterlijk { $date }
decisions-expected = Verwacht rond { $date }
decisions-unknown-date = De datum is nog niet bekend.
decisions-before = Wat kun je doen vóór de beslissing?
decisions-after = Wat kun je doen na de beslissing?
decisions-after-deadline = { $audience ->
    [child] Je ouders hebben daarvoor tot { $date } ({ $deadline }).
    [professional] Het gezin heeft daarvoor tot { $date } ({ $deadline }).
   *[other] Daarvoor heb je tot { $date } ({ $deadline }).
}
decisions-taken = Besloten op { $date }
decisions-reasons = Waarom is dit besloten?
decision-veilig-thuis-triage = Wat Veilig Thuis gaat doen na de melding
decision-jeugdhulp = Welke hulp jullie krijgen
decision-onderzoek-start = Of de Raad een onderzoek begint
decision-raadsbesluit = Of de Raad de kinderrechter om een maatregel vraagt
decision-ots = Of er een ondertoezichtstelling (OTS) komt
decision-uithuisplaatsing = Of een kind (tijdelijk) ergens anders gaat wonen
decision-verlenging = Of de maatregel langer duurt of stopt
decision-plan-van-aanpak = Het plan van aanpak
decision-schriftelijke-aanwijzing = Een schriftelijke aanwijzing
decision-omgang = De afspraken over contact tussen ouder en kind
maker-gemeente = De gemeente
maker-raad = De Raad voor de Kinderbescherming
maker-kinderrechter = De kinderrechter
maker-gi = De jeugdbeschermer
maker-family-and-professionals = Jullie samen met de professionals
maker-veilig-thuis = Veilig Thuis
step-action-give-view = { $audience ->
    [child] Vertel wat jij ervan vindt aan je ouders of aan de professional. Je mag ook een tekening maken.
   *[other] Vertel wat jij ervan vindt, in een gesprek of op papier.
}
step-action-be-heard = { $audience ->
    [child] Soms wil de kinderrechter met jou praten. Je mag ook een brief of tekening sturen.
   *[other] Vertel de kinderrechter op de zitting wat jij vindt.
}
step-action-bring-vertrouwenspersoon = { $audience ->
    [child] Een vertrouwenspersoon van Jeugdstem kan je helpen. Dat is gratis.
   *[other] Neem een vertrouwenspersoon mee. Dat is gratis.
}
step-action-get-lawyer = { $audience ->
    [child] Je ouders kunnen een advocaat nemen. Die helpt hen bij de rechter.
   *[other] Neem een advocaat. Soms is dat gratis.
}
step-action-read-documents = { $audience ->
    [child] Je ouders lezen de stukken. Vraag ze wat erin staat als je dat wilt weten.
   *[other] Lees de stukken en het rapport voordat er beslist wordt.
}
step-action-make-own-plan = { $audience ->
    [child] Je ouders maken samen met familie en vrienden een plan. Jij mag zeggen wat jij belangrijk vindt.
   *[other] Maak zelf een plan met familie en vrienden.
}
step-action-bezwaar = { $audience ->
    [child] Zijn je ouders het er niet mee eens? Dan kunnen zij bezwaar maken bij de gemeente.
   *[other] Maak bezwaar bij de gemeente.
}
step-action-hoger-beroep = { $audience ->
    [child] Zijn je ouders het er niet mee eens? Dan kunnen zij met een advocaat naar een andere rechter gaan.
   *[other] Ga in hoger beroep bij het gerechtshof, via een advocaat.
}
step-action-annul-aanwijzing = { $audience ->
    [child] Je ouders kunnen de kinderrechter vragen de aanwijzing te laten vervallen.
   *[other] Vraag de kinderrechter de aanwijzing te laten vervallen.
}
step-action-ask-gi-to-reconsider = { $audience ->
    [child] Je ouders kunnen de jeugdbeschermer vragen om het te veranderen. Jij mag ook zeggen wat je ervan vindt.
   *[other] Vraag de jeugdbeschermer om het te veranderen.
}
step-action-complain = { $audience ->
    [child] Ben je niet goed behandeld? Zeg het tegen je ouders of bel Jeugdstem.
   *[other] Dien een klacht in als je niet goed behandeld bent.
}
deadline-bezwaar = bezwaartermijn van 6 weken
deadline-hoger-beroep = termijn van 3 maanden voor hoger beroep
deadline-aanwijzing-vervallen = termijn van 2 weken
deadline-spoed-verhoor = 2 weken
deadline-veiligheidsbeoordeling = 5 werkdagen
deadline-veilig-thuis-onderzoek = 10 weken
deadline-hulpverleningsplan = 6 weken
deadline-uithuisplaatsing-uitvoeren = 3 maanden
deadline-geen-verlenging-melden = 2 maanden voor het einde

meetings-title = Afspraken
meetings-lead = Deze afspraken staan gepland. Je ziet wie er komen en wat je kunt verwachten.
meetings-none = Er staan nu geen afspraken gepland.
meetings-when = { $date } om { $time } uur
meetings-where = Waar: { $place }
meetings-who = Wie zijn er?
meetings-expect = Wat kun je verwachten?
meeting-jeugdbeschermingstafel = Jeugdbeschermingstafel
meeting-zitting = Zitting bij de kinderrechter
meeting-gesprek = Gesprek
meeting-evaluatie = Evaluatie
meeting-expect-jeugdbeschermingstafel = { $audience ->
    [child] De grote mensen praten over hoe het thuis gaat en wat er nodig is.
    [youth] Je mag erbij zijn, want je bent 12 of ouder. Iedereen vertelt hoe het gaat. Het gesprek duurt 1 tot 1,5 uur. Daarna beslist de raadsonderzoeker of de Raad een onderzoek doet.
    [youth16] Je mag erbij zijn. Iedereen vertelt hoe het gaat. Het gesprek duurt 1 tot 1,5 uur. Daarna beslist de raadsonderzoeker of de Raad een onderzoek doet.
   *[other] Jullie praten met de professionals over de zorgen en de hulp. Kinderen vanaf 12 jaar mogen erbij zijn. Je mag iemand meenemen. Het gesprek duurt 1 tot 1,5 uur. Daarna beslist de raadsonderzoeker of de Raad een onderzoek doet.
}
meeting-expect-zitting = { $audience ->
    [child] De kinderrechter praat met je ouders en de professionals. Soms wil de rechter ook met jou praten.
    [youth] De kinderrechter nodigt jou uit om te vertellen wat jij vindt. Dat kan ook apart, zonder je ouders. Jouw mening is belangrijk, maar het is geen beslissing: de rechter beslist.
    [youth16] De kinderrechter nodigt jou uit om te vertellen wat jij vindt. Dat kan ook apart, zonder je ouders. Jouw mening is belangrijk, maar het is geen beslissing: de rechter beslist.
   *[other] De zitting is achter gesloten deuren. De kinderrechter luistert naar jullie, de Raad en de andere professionals. Aan het einde zegt de rechter wanneer de beslissing komt. Je mag een advocaat meenemen.
}
meeting-expect-gesprek = In dit gesprek vertel je hoe het gaat en wat jij belangrijk vindt. Je mag iemand meenemen.
meeting-expect-evaluatie = Samen kijken jullie hoe het gaat met het plan en wat er nog nodig is.

documents-title = Documenten
documents-lead = Dit zijn de plannen en rapporten over jullie gezin.
documents-none = Er zijn nog geen documenten.
documents-by = Van: { $organisation }
documents-dated = Datum: { $date }
documents-status-concept = Concept: nog niet klaar
documents-status-definitief = Definitief
documents-may-react = Je mag je eigen reactie op dit document geven.
documents-react-closed = De tijd om op dit document te reageren is voorbij.
documents-react-link = Geef je reactie
documents-open = Open het document (PDF, { $size } kB)
documents-no-file = Het bestand van dit document staat niet in Helder. Vraag je vaste professional om een kopie. Je hebt recht op een kopie binnen een maand.
documents-react-until = Reageren kan tot { $date }.
document-gezinsplan = Gezinsplan
document-plan-van-aanpak = Plan van aanpak
document-raadsrapport = Raadsrapport
document-beschikking = Beschikking van de kinderrechter

help-title = Hulp en klachten
help-lead = Wil je hulp, advies of ben je ergens niet tevreden over? Hier vind je wie je kunt bellen of mailen.
help-vertrouwenspersoon-heading = Een vertrouwenspersoon van Jeugdstem
help-vertrouwenspersoon-text = Een vertrouwenspersoon is onafhankelijk en gratis. Hij of zij luistert, legt uit, gaat mee naar gesprekken en helpt bij een klacht.
help-complaints-heading = Klagen over een organisatie
help-complaint-intro = Praat eerst met de persoon zelf als dat kan. Lukt dat niet? Dien dan een klacht in.
help-urgent-heading = Direct hulp nodig?
help-urgent-112 = Bij direct gevaar: bel 112
help-urgent-veilig-thuis = Veilig Thuis: 0800 2000 (gratis, dag en nacht)
help-urgent-kindertelefoon = De Kindertelefoon: 0800 0432 (gratis)
help-website = Website van { $organisation }
complaint-how-veilig-thuis = Stuur je klacht naar Veilig Thuis. Ben je daarna nog niet tevreden? Dan kun je naar de Nationale ombudsman.
complaint-how-wijkteam = Dien je klacht in bij de gemeente. Die moet binnen 6 weken antwoorden.
complaint-how-raad = Dien je klacht in bij de Raad voor de Kinderbescherming. Daarna kun je naar de Nationale ombudsman.
complaint-how-gi = Dien je klacht in bij de klachtencommissie van de jeugdbeschermingsorganisatie. De voorzitter is onafhankelijk.
complaint-how-rechtbank = Over een beslissing van de rechter kun je niet klagen, wel in hoger beroep gaan. Over hoe je behandeld bent kun je klagen bij de rechtbank.
complaint-how-jeugdstem = Dien je klacht in bij Jeugdstem.
complaint-how-other = Dien je klacht in bij de organisatie zelf. Jeugdstem kan je daarbij helpen.

changes-title = Wisselingen
changes-lead = Hier zie je wie jullie vaste professional was en waarom dat veranderde.
changes-none = Jullie vaste professional is niet gewisseld.
changes-period = Van { $from } tot { $until }
changes-since = Sinds { $from }
changes-reason = Waarom?
changes-handover = Wat de nieuwe professional van jullie weet
changes-new-heading = Je hebt een nieuwe vaste professional
changes-new-text = Sinds { $date } is { $name } jullie vaste professional. Dit bericht blijft { $weeks } weken staan, of tot je op ‘Ik heb dit gelezen’ drukt.
changes-read-more = Lees waarom er is gewisseld
changes-seen-button = Ik heb dit gelezen
change-reason-new-job = De vorige professional heeft een andere baan.
change-reason-phase-change = Er is een maatregel. Daarom helpt nu een jeugdbeschermer jullie.
change-reason-family-request = Jullie hebben zelf gevraagd om een andere professional.
change-reason-leave = De vorige professional is langere tijd afwezig.

glossary-title = Begrippen
glossary-lead = Woorden uit de jeugdbescherming, in gewone taal uitgelegd.
term-ots = Ondertoezichtstelling (OTS)
term-ots-forms = ondertoezichtstelling, OTS
term-ots-explained = De kinderrechter besluit dat een jeugdbeschermer jullie gezin helpt en meekijkt. Dat duurt maximaal 1 jaar, maar kan verlengd worden. De ouders houden het gezag.
term-voorlopige-ots = Voorlopige ondertoezichtstelling
term-voorlopige-ots-forms = voorlopige ondertoezichtstelling, voorlopige OTS
term-voorlopige-ots-explained = Een OTS die de kinderrechter snel uitspreekt als het niet veilig is. Die duurt maximaal 3 maanden.
term-machtiging-uithuisplaatsing = Machtiging uithuisplaatsing
term-machtiging-uithuisplaatsing-forms = machtiging uithuisplaatsing, uithuisplaatsing
term-machtiging-uithuisplaatsing-explained = Toestemming van de kinderrechter om een kind ergens anders te laten wonen, bijvoorbeeld in een pleeggezin. Zonder deze toestemming mag dat niet.
term-raadsonderzoek = Raadsonderzoek
term-raadsonderzoek-forms = raadsonderzoek, beschermingsonderzoek
term-raadsonderzoek-explained = Een onderzoek van de Raad voor de Kinderbescherming. De raadsonderzoeker praat met ouders, kinderen en bijvoorbeeld school, en schrijft op wat nodig is.
term-raadsrapport = Raadsrapport
term-raadsrapport-forms = raadsrapport
term-raadsrapport-explained = Het rapport van de Raad na het onderzoek. Jouw reactie gaat mee naar de kinderrechter.
term-gezag = Gezag
term-gezag-forms = gezag
term-gezag-explained = Het recht en de plicht om beslissingen over een kind te nemen, bijvoorbeeld over school en zorg. Meestal hebben de ouders het gezag.
term-schriftelijke-aanwijzing = Schriftelijke aanwijzing
term-schriftelijke-aanwijzing-forms = schriftelijke aanwijzing
term-schriftelijke-aanwijzing-explained = Een opdracht op papier van de jeugdbeschermer, die ouders moeten opvolgen. Binnen 2 weken kun je de kinderrechter vragen die te laten vervallen.
term-jeugdbeschermingstafel = Jeugdbeschermingstafel
term-jeugdbeschermingstafel-forms = Jeugdbeschermingstafel
term-jeugdbeschermingstafel-explained = Een gesprek met ouders, kinderen vanaf 12 jaar en de professionals. Daarna besluit de raadsonderzoeker of er een onderzoek komt.
term-beschikking = Beschikking
term-beschikking-forms = beschikking
term-beschikking-explained = Een officiële beslissing op papier, van de gemeente of van de rechter.
term-bezwaar = Bezwaar
term-bezwaar-forms = bezwaar
term-bezwaar-explained = Een brief waarin je zegt dat je het niet eens bent met een beslissing van de gemeente. Dat moet binnen 6 weken.
term-hoger-beroep = Hoger beroep
term-hoger-beroep-forms = hoger beroep
term-hoger-beroep-explained = Een andere rechter, bij het gerechtshof, opnieuw laten kijken naar de beslissing van de kinderrechter. Dat moet binnen 3 maanden, met een advocaat.
term-zitting = Zitting
term-zitting-forms = zitting
term-zitting-explained = Het moment dat de kinderrechter met iedereen praat voordat hij of zij beslist. Dat is niet openbaar.
term-plan-van-aanpak = Plan van aanpak
term-plan-van-aanpak-forms = plan van aanpak
term-plan-van-aanpak-explained = Het plan van de jeugdbeschermer: wat er moet veranderen, welke hulp er komt en wanneer het goed genoeg is.
term-familiegroepsplan = Familiegroepsplan
term-familiegroepsplan-forms = familiegroepsplan
term-familiegroepsplan-explained = Een plan dat jullie zelf maken met familie, vrienden en buren. Jullie krijgen eerst die kans.
term-vertrouwenspersoon = Vertrouwenspersoon
term-vertrouwenspersoon-forms = vertrouwenspersoon
term-vertrouwenspersoon-explained = Iemand van Jeugdstem die naast je staat, uitlegt en helpt. Onafhankelijk en gratis.
term-gecertificeerde-instelling = Gecertificeerde instelling
term-gecertificeerde-instelling-forms = gecertificeerde instelling
term-gecertificeerde-instelling-explained = Een jeugdbeschermingsorganisatie, zoals SAVE. Jeugdbeschermers en voogden werken daar.

nav-access-log = Wie keek er
access-log-title = Wie heeft mijn gegevens bekeken
access-log-lead = Hier zie je wanneer een professional de gegevens van jullie gezin heeft bekeken of veranderd. Je ziet de rol en de organisatie.
access-log-none = Er heeft nog geen professional jullie gegevens bekeken.
access-log-when = { $date } om { $time } uur
access-log-read = { $role } van { $organisation } heeft { $what } bekeken.
access-log-changed = { $role } van { $organisation } heeft { $what } veranderd.
access-log-preview = { $role } van { $organisation } heeft { $what } bekeken zoals iemand van jullie gezin het ziet (een voorbeeld).
access-data-overview = jullie overzicht
access-data-powers = wie wat doet
access-data-timeline = jullie traject
access-data-rights = jullie rechten
access-data-decisions = de beslissingen die eraan komen
access-data-meetings = jullie afspraken
access-data-documents = de lijst met documenten
access-data-help = de hulp en klachten
access-data-changes = de wisselingen van vaste professional
access-data-team = wie er met jullie werkt
access-data-account = wie van jullie kan inloggen, en een activatiecode

nav-more = Meer
nav-family-access = Toegang tot Helder
nav-overview-professional = Overzicht
nav-messages-professional = Berichten
nav-decisions-professional = Beslissingen
nav-rights-professional = Rechten van het gezin
nav-meetings-professional = Afspraken
nav-powers-professional = Wie doet wat
nav-family-professional = Het gezin
nav-timeline-professional = Traject
nav-documents-professional = Documenten
nav-help-professional = Hulp en klachten
nav-changes-professional = Wisselingen
nav-access-log-professional = Wie keek er
nav-family-access-professional = Toegang tot Helder
timeline-title-professional = Traject
timeline-lead-professional = Alle stappen van dit gezin op een rij, zoals het gezin ze ziet: wat er gebeurd is, waar het gezin nu is en wat er waarschijnlijk komt.
decisions-title-professional = Beslissingen
decisions-lead-professional = De beslissingen zoals het gezin ze ziet: eerst wat eraan komt, daarna wat besloten is. Met wat de ouder en de jongere kunnen doen.
decisions-upcoming-heading = Wat komt eraan
decisions-decided-heading = Wat is besloten
decisions-decided-lead = Deze besluiten zijn al genomen. Ben je het er niet mee eens? Dan kun je nog iets doen, tot de datum die erbij staat.
decisions-decided-lead-professional = Deze besluiten zijn genomen. Het gezin kan nog bezwaar maken of in hoger beroep gaan, tot de datum die erbij staat.
decisions-lasts = Hoe lang?
decisions-lasts-until = Hoogstens tot { $date }. In de beschikking staat precies tot wanneer.
decisions-before-professional = Wat kan het gezin doen vóór de beslissing?
decisions-after-professional = Wat kan het gezin doen na de beslissing?
decisions-input-link-professional = Bekijk de inbreng van het gezin
decision-veilig-thuis-triage-decided = Besluit van Veilig Thuis na de melding
decision-jeugdhulp-decided = Besluit over de hulp voor jullie gezin
decision-onderzoek-start-decided = Besluit over een onderzoek door de Raad
decision-raadsbesluit-decided = Besluit van de Raad over een verzoek aan de kinderrechter
decision-ots-decided = Besluit over de ondertoezichtstelling (OTS)
decision-uithuisplaatsing-decided = Besluit over wonen op een andere plek (uithuisplaatsing)
decision-verlenging-decided = Besluit over langer doorgaan of stoppen van de maatregel
decision-plan-van-aanpak-decided = Het plan van aanpak is vastgesteld
decision-schriftelijke-aanwijzing-decided = Er is een schriftelijke aanwijzing gegeven
decision-omgang-decided = Besluit over het contact tussen ouder en kind
meetings-title-professional = Afspraken
meetings-lead-professional = De afspraken die voor dit gezin gepland staan, met wie er komen en wat het gezin kan verwachten.
documents-title-professional = Documenten
documents-lead-professional = De plannen en rapporten over dit gezin, zoals het gezin ze ziet.
help-title-professional = Hulp en klachten
help-lead-professional = Waar het gezin hulp en advies vindt, en hoe het kan klagen over elke organisatie op deze zaak.
changes-title-professional = Wisselingen
changes-lead-professional = Wie de vaste professional van dit gezin was en waarom dat veranderde, zoals het gezin het leest.

nav-label-professional = Pagina's over dit gezin
