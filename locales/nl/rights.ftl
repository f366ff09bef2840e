## Mijn rechten. $audience: parent, child (onder 12), youth (12 tot 16), youth16 (16 of 17), adult.

rights-title = Mijn rechten
rights-lead = Dit zijn jouw rechten. Eerst de rechten die nu belangrijk zijn. Bovenaan staat wat het eerst afloopt.
rights-now-heading = Nu belangrijk
rights-other-phases-heading = Rechten in andere fases
rights-how = Hoe doe je dat?
rights-contact = Wie kan je helpen?
rights-deadline = Uiterlijk { $date }.
rights-days-left = { $days ->
    [one] Nog 1 dag.
   *[other] Nog { $days } dagen.
}
rights-due-today = Vandaag is de laatste dag.
rights-passed = Deze termijn is voorbij. Vraag een advocaat of Jeugdstem wat je nog kunt doen.
rights-deadline-from = De termijn telt vanaf de beslissing van { $date }.

right-vertrouwenspersoon = Hulp van een vertrouwenspersoon
right-vertrouwenspersoon-how = { $audience ->
    [child] Een vertrouwenspersoon van Jeugdstem luistert naar jou en helpt je. Dat is gratis. Vraag je ouders of bel zelf.
   *[other] Een vertrouwenspersoon van Jeugdstem staat naast je, legt uit wat er gebeurt en gaat mee naar gesprekken. Het is gratis en hij of zij werkt niet voor de jeugdzorg.
}
right-information = Duidelijke uitleg
right-information-how = { $audience ->
    [child] Je mag vragen wat er gebeurt en waarom. De professionals moeten het zo uitleggen dat jij het snapt.
   *[other] Je hebt recht op uitleg die je begrijpt: wat er gebeurt, waarom, en wat jij kunt doen. Vraag het je vaste professional.
}
right-inzage = Je dossier lezen
right-inzage-how = Je mag lezen wat er over jou is opgeschreven en je mag een kopie vragen. Vraag het aan de organisatie die het dossier heeft. Die moet binnen een maand antwoorden.
right-own-statement = Je eigen verhaal toevoegen
right-own-statement-how = Ben je het niet eens met wat er in je dossier staat? Dan mag je je eigen verklaring laten toevoegen.
right-destruction = Je dossier laten vernietigen
right-destruction-how = Je mag vragen om je dossier te vernietigen. Soms mag dat niet, bijvoorbeeld als het belangrijk is voor iemand anders. De organisatie antwoordt binnen drie maanden.
right-complaint = Een klacht indienen
right-complaint-how = Ben je niet tevreden over hoe een organisatie met je omgaat? Dan mag je een klacht indienen. Jeugdstem helpt je daarbij.
right-veilig-thuis-explains = Uitleg van Veilig Thuis
right-veilig-thuis-explains-how = Bij het eerste contact moet Veilig Thuis uitleggen wat er gaat gebeuren, wat ze met je gegevens doen en hoe je kunt klagen.
right-consent = Toestemming voor hulp
right-consent-how = { $audience ->
    [child] Je ouders geven toestemming voor de hulp. Je mag wel altijd zeggen wat jij ervan vindt.
    [youth] Jij en je ouders met gezag moeten allebei ja zeggen tegen de hulp.
    [youth16] Vanaf 16 jaar beslis je zelf of je hulp wilt. Je ouders hoeven geen toestemming te geven.
   *[other] Voor hulp is toestemming nodig. Onder 12 jaar geven de ouders met gezag toestemming. Van 12 tot 16 jaar het kind én de ouders. Vanaf 16 jaar de jongere zelf.
}
right-familiegroepsplan = Zelf een plan maken
right-familiegroepsplan-how = Jullie mogen eerst zelf een plan maken, samen met familie en vrienden: een familiegroepsplan. Vraag je vaste professional hoe dat werkt.
right-bezwaar = Bezwaar maken tegen een beslissing van de gemeente
right-bezwaar-how = Ben je het niet eens met een beschikking van de gemeente over hulp? Stuur dan binnen 6 weken een brief met bezwaar naar de gemeente.
right-bring-someone = Iemand meenemen
right-bring-someone-how = Je mag iemand meenemen naar gesprekken: een vriend, familielid of vertrouwenspersoon.
right-hoor-en-wederhoor = Jouw kant van het verhaal
right-hoor-en-wederhoor-how = De raadsonderzoeker moet ook naar jou luisteren. Feiten en meningen moeten apart staan in het rapport.
right-reaction-to-report = Reageren op het raadsrapport
right-reaction-to-report-how = Je krijgt het rapport te lezen voordat het naar de kinderrechter gaat. Jouw reactie gaat mee naar de kinderrechter.
right-court-documents = De stukken lezen voor de zitting
right-court-documents-how = { $audience ->
    [youth] Vanaf 12 jaar mag je de stukken van de Raad lezen voordat de zitting is. Vraag het aan de rechtbank.
    [youth16] Je mag de stukken van de Raad lezen voordat de zitting is. Vraag het aan de rechtbank.
   *[other] Je mag de stukken van de Raad lezen voordat de zitting is. Vraag het aan de rechtbank.
}
right-be-heard = Je mening geven aan de kinderrechter
right-be-heard-how = { $audience ->
    [child] Soms wil de kinderrechter ook met jongere kinderen praten. Je mag ook een brief of tekening sturen.
    [youth] Vanaf 12 jaar nodigt de kinderrechter je uit om te vertellen wat jij vindt. Dat mag in een apart gesprek. Jouw mening telt mee, maar de rechter beslist.
    [youth16] De kinderrechter nodigt je uit om te vertellen wat jij vindt. Dat mag in een apart gesprek. Jouw mening telt mee, maar de rechter beslist.
   *[other] Op de zitting vertel je de kinderrechter wat jij vindt. Kinderen vanaf 12 jaar worden ook uitgenodigd.
}
right-contra-expertise = Een eigen deskundige
right-contra-expertise-how = Je mag de rechter vragen om een eigen onderzoek door een andere deskundige. Bij een ondertoezichtstelling of gezag betaalt de overheid dat.
right-lawyer = Een advocaat
right-lawyer-how = Je mag een advocaat nemen. Soms is die gratis. Voor hoger beroep heb je altijd een advocaat nodig.
right-hoger-beroep = In hoger beroep gaan
right-hoger-beroep-how = Ben je het niet eens met de beslissing van de kinderrechter? Dan kun je binnen 3 maanden in hoger beroep gaan bij het gerechtshof. Dat gaat via een advocaat.
right-annul-aanwijzing = Een schriftelijke aanwijzing laten vervallen
right-annul-aanwijzing-how = Ben je het niet eens met een schriftelijke aanwijzing? Vraag de kinderrechter dan binnen 2 weken om de aanwijzing te laten vervallen.
right-ask-gi-to-reconsider = De jeugdbeschermer vragen iets te veranderen
right-ask-gi-to-reconsider-how = Je mag de jeugdbeschermer vragen een aanwijzing in te trekken of een uithuisplaatsing te stoppen. Die antwoordt binnen 2 weken. Daarna kun je naar de kinderrechter.
right-end-or-replace = Vragen om de maatregel te stoppen
right-end-or-replace-how = { $audience ->
    [youth] Vanaf 12 jaar mag je de kinderrechter vragen de ondertoezichtstelling te stoppen of een andere jeugdbeschermingsorganisatie te nemen.
    [youth16] Je mag de kinderrechter vragen de ondertoezichtstelling te stoppen of een andere jeugdbeschermingsorganisatie te nemen.
   *[other] Een ouder met gezag mag de kinderrechter vragen de ondertoezichtstelling te stoppen of een andere jeugdbeschermingsorganisatie te nemen.
}
right-omgang = De omgang laten veranderen
right-omgang-how = Wil je de afspraken over contact tussen ouder en kind veranderen? Vraag het aan de kinderrechter.

contact-jeugdstem = Jeugdstem, de vertrouwenspersoon. Dat is gratis.
contact-vaste-professional = Je vaste professional.
contact-organisation-with-file = De organisatie die het dossier heeft.
contact-veilig-thuis = Veilig Thuis. Gratis, dag en nacht.
contact-gemeente = De gemeente. Bel 14 en dan het netnummer van je gemeente, bijvoorbeeld 14 0320 voor Lelystad.
contact-raad = De Raad voor de Kinderbescherming.
contact-rechtbank = De griffie van de rechtbank. Daar vraag je de stukken en de datum van de zitting. Het telefoonnummer staat in de brief van de rechtbank en op rechtspraak.nl.
contact-gi = De jeugdbeschermer.
contact-lawyer = Het Juridisch Loket helpt je gratis een advocaat te vinden. Bellen kan op 0900 8020, dat kost 25 cent per minuut. Langsgaan bij een vestiging is gratis. Maak daarvoor een afspraak op juridischloket.nl.

rights-title-professional = Rechten van het gezin
rights-lead-professional = De rechten van het gezin, zoals ouders en kinderen ze lezen. Eerst die van deze fase, bovenaan wat het eerst afloopt.
contact-jeugdstem-link = Bel of mail Jeugdstem
contact-vaste-professional-link = Bel of mail je vaste professional
contact-organisation-with-file-link = Telefoonnummers van de organisaties
contact-veilig-thuis-link = Bel Veilig Thuis: 0800 2000
contact-gemeente-link = Klagen bij de gemeente
contact-raad-link = Telefoonnummer van de Raad
contact-rechtbank-link = Naar rechtspraak.nl
contact-gi-link = Telefoonnummer van de jeugdbescherming
contact-lawyer-link = Naar juridischloket.nl
