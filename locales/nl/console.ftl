# Forms of the console and "Beheer": what a professional or administrator reads.

form-problems-title = Dit is nog niet goed
error-email-invalid = Dit is geen e-mailadres. Een e-mailadres ziet er zo uit: naam@organisatie.nl.
error-organisation-missing = Kies de organisatie waar deze persoon werkt.
error-choose-one = Kies een van de mogelijkheden.
error-staff-left = Deze persoon werkt hier niet meer. Maak een nieuw account als die terugkomt.
error-leave-confirm = Zet een vinkje om te bevestigen dat deze persoon vertrekt.
error-leave-still-vaste = Deze persoon is nog de vaste professional van: { $families }. Kies eerst een nieuwe vaste professional voor die gezinnen. Zo staat een gezin nooit zonder.

staff-title = Beheer
staff-lead = Hier zet je organisaties en mensen in Helder. Iedereen krijgt een eigen activeringscode en logt in met een passkey. Gezinsgegevens zie je hier niet.
staff-sections = Onderdelen van deze pagina
staff-added = Opgeslagen.
staff-left-done = Deze persoon is uit dienst. Alle gezinnen, codes, passkeys en sessies van deze persoon zijn gestopt.
staff-people-title = Mensen
staff-people-empty = Er staan nog geen mensen in Helder.
staff-add-person-title = Persoon toevoegen
staff-add-person-submit = Persoon toevoegen
staff-organisations-title = Organisaties
staff-organisations-empty = Er staan nog geen organisaties in Helder.
staff-add-organisation-title = Organisatie toevoegen
staff-add-organisation-submit = Organisatie toevoegen
staff-kind-professional = Professional
staff-kind-reviewer = Ervaringsdeskundige (leest teksten mee)
staff-kind-administrator = Beheerder
staff-status-left = Uit dienst sinds { $date }.
staff-status-code = Heeft een activeringscode. Die werkt tot { $date }.
staff-status-none = Kan nog niet inloggen.
staff-status-passkeys = Kan inloggen met { $count ->
    [one] 1 passkey
   *[other] { $count } passkeys
}.
staff-issue = Nieuwe activeringscode maken
staff-issue-label = Nieuwe activeringscode maken voor { $name }
staff-issue-warning = Een nieuwe code stopt de passkeys die deze persoon nu heeft. Doe dit als een telefoon kwijt is.
staff-leave-open = Uit dienst melden
staff-leave-explain = Vertrekt { $name } bij de organisatie? Dan stopt vandaag alles: de gezinnen van { $name }, de codes, de passkeys en de sessies. Dat kun je niet terugdraaien.
staff-leave-confirm = Ja, { $name } werkt hier niet meer
staff-leave-submit = Uit dienst melden
staff-organisation-none = Geen organisatie (niet voor professionals)
staff-organisation-working = { $count ->
    [0] Nog niemand werkt hier.
    [one] 1 professional werkt hier.
   *[other] { $count } professionals werken hier.
}
staff-field-kind = Wat doet deze persoon in Helder?
staff-field-organisation = Organisatie
staff-field-organisation-hint = Verplicht voor een professional.
staff-field-given-name = Voornaam
staff-field-family-name = Achternaam
staff-field-email = E-mailadres voor het werk
staff-field-email-hint = Gezinnen zien dit adres. Niet verplicht.
staff-field-phone = Telefoonnummer voor het werk
staff-field-phone-hint = Gezinnen zien dit nummer. Niet verplicht.
staff-field-organisation-kind = Soort organisatie
staff-field-organisation-name = Naam van de organisatie
staff-field-organisation-phone-hint = Het algemene nummer. Gezinnen zien dit nummer.
staff-field-website = Website
staff-back = Terug naar Beheer
staff-letter-lead = Geef deze brief zelf aan de persoon, of stuur hem veilig. De code werkt één keer.
staff-letter-intro-professional = Je kunt nu inloggen in Helder voor je werk. Daar houd je de gezinnen waar je bij betrokken bent op de hoogte.
staff-letter-intro-reviewer = Je kunt nu inloggen in Helder. Daar lees je mee met de teksten die gezinnen lezen.
staff-letter-intro-administrator = Je kunt nu inloggen in Helder als beheerder. Daar zet je organisaties en mensen in Helder.
workplace-administration = Beheer
staff-welcome = Welkom. Je passkey werkt. Hier zet je organisaties en mensen in Helder.

workplace-console = Mijn gezinnen
work-title = Mijn gezinnen
work-welcome = Welkom. Je passkey werkt. Hier zie je de gezinnen waar je bij betrokken bent.
work-lead = { $count ->
    [0] Je bent nu bij geen enkel gezin betrokken.
    [one] Je bent bij 1 gezin betrokken.
   *[other] Je bent bij { $count } gezinnen betrokken.
} { $waiting ->
    [0] Er wacht nu niets op je.
    [one] Bij 1 gezin wacht iets op je. Dat staat bovenaan.
   *[other] Bij { $waiting } gezinnen wacht iets op je. Wat het meest dringend is, staat bovenaan.
}
work-empty = Als een collega je bij een gezin zet, of als je zelf een gezin opent na een melding, staat het hier.
work-you-are-vaste = Jij bent de vaste professional
work-nothing-waiting = Er wacht nu niets.
attention-unsafe = { $name } voelt zich niet veilig (gemeld op { $date }). Niemand heeft het op tijd gelezen.
attention-overdue = { $name } wacht sinds { $date } op antwoord. Het antwoord is te laat.
attention-unanswered = { $name } stuurde op { $date } een bericht dat nog niet is gelezen.
attention-input = { $count ->
    [one] 1 reactie van het gezin wacht
   *[other] { $count } reacties van het gezin wachten
} op "gelezen" (sinds { $date }).
attention-decision = Besluit verwacht op { $date }: { $decision }.
work-attention-deadline = Het gezin heeft nog tot en met { $date }: { $deadline }.
error-date-invalid = Vul een datum in, bijvoorbeeld 15-06-2026.
work-edit = Gezin { $name } bijwerken
console-title = Gezin { $name } bijwerken
console-back = Terug naar Mijn gezinnen
console-saved = Opgeslagen. Het gezin ziet het nu in Helder.
console-lead = Wat je hier vastlegt, ziet het gezin meteen op zijn eigen pagina's.
console-family-pages = Bekijk de pagina's van het gezin
console-phase-title = Fase
console-phase-now = Nu: { $phase }, sinds { $date }.
console-field-phase = Nieuwe fase
console-field-phase-hint = De wissel komt op het traject van het gezin.
console-field-phase-on = Sinds welke dag?
console-phase-submit = Fase wijzigen
console-decisions-title = Besluiten
console-decisions-empty = Er zijn nog geen besluiten voor dit gezin.
console-decision-expected = Verwacht op { $date }.
console-decision-taken = Genomen op { $date }.
console-decision-term = Het gezin heeft nog tot en met { $date }: { $deadline }.
console-outcome-open = Uitkomst vastleggen
console-field-decided-on = Op welke dag is besloten?
console-field-reasons = Wat is besloten en waarom
console-field-reasons-hint = Schrijf in gewone woorden. Zeg ook wat er met de mening van het gezin is gedaan. Vanaf de dag van het besluit loopt de termijn voor bezwaar of hoger beroep; het gezin ziet hoeveel dagen er nog zijn.
console-outcome-submit = Uitkomst vastleggen
work-new-case = Nieuw gezin na een melding
new-case-title = Nieuw gezin
new-case-lead = Open een zaak na een melding. Jij staat daarna bij dit gezin. Ben je in deze rol de vaste professional? Dan ziet het gezin jou als vaste professional.
new-case-field-family-name = Achternaam van het gezin
new-case-field-family-name-hint = Zo heet het gezin in Helder: "Gezin …".
new-case-field-municipality = Gemeente
new-case-field-reported-on = Datum van de melding
new-case-field-reported-by = Wie deed de melding?
new-case-field-reported-by-hint = Bijvoorbeeld: school, huisarts, politie, een ouder. Laat leeg bij een anonieme melding.
new-case-field-phase = Waar staat het gezin nu?
new-case-field-role = Jouw rol bij dit gezin
new-case-field-role-hint = Alleen de rollen van jouw organisatie.
new-case-submit = Gezin openen
console-family-title = Gezin
console-family-empty = Er staan nog geen gezinsleden bij deze zaak.
console-member-gezag = Heeft gezag.
console-member-open = Gezinslid toevoegen
console-member-submit = Gezinslid toevoegen
console-field-birth-date = Geboortedatum
console-field-relation = Wie is dit voor het gezin?
console-field-gezag = Heeft gezag over de kinderen
console-field-address = Adres
console-field-address-protected = Geheim adres: de rest van het gezin ziet dit adres niet
console-field-protected-hint = Doe dit bijvoorbeeld na huiselijk geweld. Een ex-partner ziet nooit een adres of bericht.
console-field-phone = Telefoonnummer
console-field-email = E-mailadres
console-field-contact-protected = Telefoon en e-mail afschermen: de rest van het gezin ziet ze niet
console-decision-add-title = Besluit toevoegen
console-field-decision-kind = Welk besluit komt eraan?
console-field-started-on = Sinds wanneer loopt het?
console-field-started-on-hint = Bijvoorbeeld de dag van de melding of het verzoek. Sommige besluiten hebben een wettelijke termijn vanaf deze dag.
console-field-expected-on = Wanneer verwacht je het besluit?
console-decision-add-submit = Besluit toevoegen
console-vaste-title = Vaste professional
console-vaste-now = De vaste professional is nu { $name }.
console-vaste-none = Dit gezin heeft nu geen vaste professional.
console-vaste-nobody = Er werkt nog niemand anders met dit gezin. Zet eerst een collega bij het gezin.
console-handover-open = Een nieuwe vaste professional kiezen
console-field-new-vaste = Wie wordt de nieuwe vaste professional?
console-field-vaste-role = In welke rol?
console-field-reason = Waarom wisselt de vaste professional?
console-reason-new-job = De vaste professional gaat ergens anders werken
console-reason-phase-change = Er is een maatregel: de jeugdbeschermer neemt het over
console-reason-family-request = Het gezin vroeg om iemand anders
console-reason-leave = De vaste professional is langere tijd afwezig
console-field-handover = Overdracht voor het gezin
console-field-handover-hint = Het gezin leest dit. Schrijf in gewone woorden wat de nieuwe professional al weet en wat er nu gebeurt. Zo hoeft het gezin het verhaal niet opnieuw te vertellen.
console-field-handover-on = Vanaf welke dag?
console-handover-submit = Vaste professional wisselen
console-is-vaste = Vaste professional
console-assign-open = Een collega bij het gezin zetten
console-field-colleague = Welke collega?
console-field-colleague-role = In welke rol?
console-field-colleague-role-hint = Alleen een rol die bij de organisatie van de collega past.
console-assign-submit = Collega bij het gezin zetten
work-handed-over = De overdracht is bewaard. Het gezin leest wat je schreef bij "Wisselingen". Staat het gezin niet meer in je lijst? Dan ben je vanaf vandaag niet meer bij het gezin betrokken.
console-documents-title = Documenten
console-document-reactions = Reacties van het gezin bekijken
console-document-add-title = Document toevoegen
console-field-document-kind = Wat voor document is het?
console-field-document-dated = Datum van het document
console-field-document-status = Is het klaar?
console-field-react-until = Reageren kan tot
console-field-react-until-hint = Laat leeg als er geen laatste dag is. Bij een beschikking kan het gezin niet in Helder reageren.
console-field-file = Het document (PDF)
console-field-file-hint = Alleen PDF, hoogstens 10 MB. Het gezin kan het openen en downloaden.
console-document-add-submit = Document toevoegen
preview-label = Voorbeeld.
preview-text = Je ziet Helder zoals { $name } het ziet. Je kunt niets veranderen. Het gezin ziet dat je hebt meegekeken.
preview-end = Stop het voorbeeld
console-preview-title = Bekijk Helder zoals het gezin het ziet
console-preview-lead = Kies een gezinslid. Je ziet dan hun pagina's, maar niet hun eigen berichten. Het gezin ziet in Helder dat je hebt meegekeken.
console-preview-as = Bekijk als { $name }

work-absence-link = Afwezig melden
absence-title = Afwezig
absence-lead = Ben je een tijd weg, door vakantie, ziekte of een cursus? Zet het hier. De gezinnen waar je bij betrokken bent, zien dan tot wanneer je weg bent en wie ze in die tijd kunnen bellen. Een week van tevoren zien ze het al. De reden zien ze niet.
absence-list-heading = Je afwezigheid
absence-none = Je hebt geen afwezigheid gemeld.
absence-period = Van { $first } tot en met { $last }
absence-substitute-is = { $name } neemt het over.
absence-substitute-nobody = Niemand neemt het over. De gezinnen bellen het algemene nummer van je organisatie.
absence-withdraw = Intrekken
absence-new-heading = Afwezigheid melden
absence-field-first-day = Eerste dag dat je weg bent
absence-field-last-day = Laatste dag dat je weg bent
absence-field-last-day-hint = Hoogstens een half jaar na de eerste dag.
absence-field-reason = Reden
absence-field-reason-hint = Alleen voor jou. De gezinnen zien de reden niet.
absence-field-substitute = Wie neemt het over?
absence-field-substitute-hint = Een collega van je eigen organisatie. De gezinnen zien de naam, het telefoonnummer en het e-mailadres.
absence-field-substitute-none = Niemand
absence-submit = Afwezigheid opslaan
absence-saved = Opgeslagen. De gezinnen zien nu tot wanneer je weg bent en wie het overneemt.
absence-withdrawn = Ingetrokken. De gezinnen zien je weer als bereikbaar.
absence-reason-holiday = Vakantie
absence-reason-illness = Ziek
absence-reason-course = Cursus of training
absence-reason-leave = Verlof
absence-reason-other = Andere reden
