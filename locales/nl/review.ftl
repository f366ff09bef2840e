## Teksten nakijken: de werkruimte van ervaringsdeskundigen. Taalniveau B1.

workplace-review = Teksten nakijken
review-title = Teksten nakijken
review-lead = Hier staan alle teksten die gezinnen in Helder lezen. Lees ze zoals een gezin ze leest. Schrijf op wat beter kan, stel andere woorden voor en geef aan of een tekst goed is.
review-welcome = Welkom. Je kunt nu teksten nakijken.
review-sections = Onderdelen van deze pagina
review-back-workspace = Terug naar alle teksten

## Bekijk in de pagina (voorbeeldweergave)

review-in-context-title = Bekijk in de pagina
review-in-context-lead = Open Helder zoals iemand uit een gezin het ziet. Het gezin is verzonnen: je ziet nooit gegevens van echte gezinnen. Klik op een tekst om hem na te kijken.
review-in-context-as = Bekijk Helder als
review-in-context-open = Open de pagina's
review-person-parent = { $name }, ouder ({ $municipality })
review-person-child = { $name }, { $age } jaar ({ $municipality })
review-person-professional = { $name }, { $organisation }
review-bar-label = Voorbeeld.
review-bar-text = Je ziet Helder zoals { $name } het ziet. Dit gezin is verzonnen. Klik op een tekst om hem na te kijken.
review-bar-end = Stoppen
review-texts-title = Teksten op deze pagina
review-texts-lead = Kies een tekst om hem na te kijken.

## De lijst met teksten

review-list-title = Alle teksten
review-filter-language = Taal
review-filter-status = Status
review-filter-status-all = Alle
review-filter-page = Pagina
review-filter-page-all = Alle pagina's
review-filter-reader = Lezer
review-filter-reader-all = Alle lezers
review-filter-b1 = Alleen teksten die niet aan B1 voldoen
review-filter-submit = Toon de teksten
review-count = { $count ->
    [one] 1 tekst in het { $language }.
   *[other] { $count } teksten in het { $language }.
}
review-more = Volgende teksten
review-open = Bekijk tekst { $id }
review-open-short = Bekijk
review-b1-fails = Niet B1
review-open-suggestions = { $count ->
    [one] 1 voorstel
   *[other] { $count } voorstellen
}
review-remarks = { $count ->
    [one] 1 opmerking
   *[other] { $count } opmerkingen
}
review-status-new = Nieuw
review-status-needs-change = Moet anders
review-status-approved = Goedgekeurd
review-status-changed = Veranderd na goedkeuring

review-reader-parent = Ouder
review-reader-child = Kind onder 12
review-reader-youth = Jongere van 12 tot 16
review-reader-youth16 = Jongere van 16 of 17
review-reader-professional = Professional
review-reader-anyone = Iedereen, niet ingelogd

review-page-every-page = Op elke pagina
review-page-home = Startpagina
review-page-thread = Een gesprek
review-page-unsafe = Ik voel me niet veilig
review-page-decision-input = Mijn inbreng op een besluit
review-page-document = Een document
review-page-letter = Brief met activatiecode
review-page-glossary = Begrippen
review-page-settings = Instellingen
review-page-sign-in = Inloggen
review-page-activate = Activeren
review-page-notice = Melding
review-page-work = Mijn gezinnen
review-page-console = Een gezin (professional)
review-page-absence = Afwezig melden
review-page-new-case = Nieuw gezin
review-page-other = Andere pagina's
review-page-file-common = Andere teksten: algemeen
review-page-file-domain = Andere teksten: woorden uit de jeugdbescherming
review-page-file-pages = Andere teksten: pagina's
review-page-file-errors = Andere teksten: foutmeldingen
review-page-file-powers = Andere teksten: wie doet wat
review-page-file-rights = Andere teksten: rechten
review-page-file-journey = Andere teksten: traject, afspraken en documenten
review-page-file-account = Andere teksten: inloggen en instellingen
review-page-file-messages = Andere teksten: berichten
review-page-file-console = Andere teksten: voor professionals en beheer
review-page-file-integration = Andere teksten: de koppeling met systemen
review-page-file-review = Andere teksten: teksten nakijken

## Hoeveel is nagekeken

review-coverage-title = Hoeveel is nagekeken
review-coverage-lead = Een tekst telt mee als hij is goedgekeurd en daarna niet meer is veranderd.
review-coverage-languages = Per taal
review-coverage-pages = Per pagina, in het { $language }
review-coverage-readers = Per lezer, in het { $language }
review-coverage-approved = Goedgekeurd
review-coverage-share = { $approved } van { $total } ({ $percent }%)

## Eén tekst

review-message-title = Tekst { $id }
review-message-heading = Tekst
review-back = Terug naar de teksten in het { $language }
review-back-to-page = Terug naar de pagina
review-message-meta = { $language } · in { $file }
review-note-label = Uitleg voor wie de tekst schrijft:
review-accepted-note = Deze tekst is in Helder al aangepast met een voorstel. Hij staat nog niet in de bestanden van de volgende versie.
review-forms-title = Zo leest iemand dit in het { $language }
review-dutch-title = Zo staat het in het Nederlands
review-form-single = Voor iedereen
review-form-audience-child = Voor een kind onder 12
review-form-audience-youth = Voor een jongere van 12 tot 16
review-form-audience-youth16 = Voor een jongere van 16 of 17
review-form-audience-parent = Voor een ouder
review-form-audience-adult = Voor een jongvolwassene
review-form-audience-other = Voor een ouder en anderen
review-form-audience-professional = Voor een professional
review-form-choice = Als { $name } { $value } is
review-where-title = Waar staat deze tekst?
review-where-none = Deze tekst staat niet op de voorbeeldpagina's. Je ziet hem bijvoorbeeld als iets niet lukt.

review-b1-title = Taalniveau B1
review-b1-figures = { $words } woorden, de langste zin heeft { $longest } woorden.
review-b1-score = Leesbaarheid: { $score } (60 of hoger is goed).
review-b1-passes = Deze tekst voldoet aan de B1-toets.
review-b1-rule-long-sentence = Een zin is langer dan 20 woorden.
review-b1-rule-score = De tekst is moeilijk te lezen (leesbaarheid onder 60).
review-b1-rule-long-word = Er staat een heel lang woord in.
review-b1-rule-jargon = Er staat een vakwoord in zonder uitleg.
review-b1-long-words = Lange woorden: { $words }.
review-b1-unlinked = Vakwoorden zonder link naar de uitleg: { $words }.
review-b1-hint-passive = Tip: er staat een lijdende zin in (met ‘wordt’ of ‘worden’). Zeg liever wie iets doet.
review-b1-hint-nominal = Tip: schrijf liever een werkwoord dan { $words }.
review-b1-link = B1-toets van alle teksten
review-b1-report-title = B1-toets
review-b1-report-lead = Deze Nederlandse teksten voldoen niet aan taalniveau B1. Ze zijn gemeten zoals gezinnen ze lezen, met voorbeelden voor namen en datums.
review-b1-report-count = { $failing } van de { $total } teksten voldoen niet.
review-b1-report-hints = Tips: { $passive } teksten met een lijdende zin, { $nominal } teksten met een zelfstandig naamwoord dat een werkwoord kan zijn.

review-status-title = Status
review-status-by = Gezet door { $name } op { $date }.
review-status-legend = Wat vind je van deze tekst?
review-status-submit = Status opslaan
review-status-done = De status is opgeslagen.

review-suggest-title = Stel andere woorden voor
review-suggest-label = Jouw voorstel
review-suggest-hint = Verander de woorden zoals jij wilt. Laat alles tussen {"{"} en {"}"} staan, zoals {"{"} $name {"}"}: daar vult Helder een naam of datum in. Bij een keuze tussen haakjes [ ] schrijf je voor elke lezer een eigen zin.
review-suggest-submit = Voorstel insturen
review-suggest-done = Je voorstel is opgeslagen. Een beheerder kan het nu doorvoeren.

review-comment-title = Schrijf een opmerking
review-comment-label = Jouw opmerking
review-comment-hint = Wat is niet duidelijk? Voor wie? Wat zou beter werken?
review-comment-submit = Opmerking plaatsen
review-comment-done = Je opmerking is geplaatst.

review-history-title = Geschiedenis
review-history-none = Nog niemand heeft iets over deze tekst geschreven.
review-event-comment = { $name } schreef op { $date }:
review-event-suggestion = { $name } stelde op { $date } voor:
review-event-status = { $name } zette de status op { $date } op ‘{ $status }’.
review-event-accepted = { $name } heeft op { $date } deze tekst in Helder gezet:
review-event-was-accepted = Doorgevoerd
review-accept-submit = Dit voorstel doorvoeren
review-accept-done = Het voorstel is doorgevoerd. Gezinnen lezen de nieuwe tekst als ze de pagina opnieuw openen.
review-shipped-label = Zoals de tekst in de bestanden staat:

## Taal, voorlezen

language-menu-label = Taal:
language-unreviewed = { $state ->
    [partly] nog niet alles nagekeken
   *[none] nog niet nagekeken
}
footer-unreviewed = { $state ->
    [partly] Niet alle teksten in deze taal zijn al nagekeken door iemand die de taal goed kent.
   *[none] Deze vertaling is nog niet nagekeken door iemand die de taal goed kent.
}
read-aloud = Voorlezen
read-aloud-stop = Stop met voorlezen

## Meldingen bij een voorstel

error-wording-empty = Schrijf eerst een tekst.
error-wording-too-long = Een tekst mag hoogstens { $max } tekens hebben.
error-wording-control = Er staan tekens in de tekst die je niet ziet. Typ de tekst opnieuw.
error-wording-syntax = De haakjes kloppen niet. Kijk of elke {"{"} een {"}"} heeft en elke keuze een standaard met *. ({ $detail })
error-wording-variable-missing = { $name } ontbreekt. Helder vult daar iets in; laat het in de tekst staan.
error-wording-variable-unknown = { $name } kent Helder hier niet. Gebruik alleen wat in de oude tekst staat.
error-wording-selectors = De keuze tussen lezers of aantallen moet hetzelfde blijven: { $expected }.
error-review-read-only = Dit is een voorbeeld. Hier kun je niets versturen of veranderen.

## Beheer: het recht om voorstellen door te voeren

staff-reviewer-may-accept = Mag voorstellen doorvoeren: gezinnen lezen dan meteen de nieuwe tekst.
staff-reviewer-may-not-accept = Kan teksten nakijken en voorstellen doen. Een beheerder voert ze door.
staff-reviewer-give-right = Recht geven om door te voeren
staff-reviewer-take-right = Recht afnemen om door te voeren
staff-reviewer-right-done = Het recht is aangepast.
