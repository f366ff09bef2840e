## Berichten en "Ik voel me niet veilig". Taalniveau B1.

nav-messages = Berichten
messages-title = Berichten
messages-lead = Hier stuur je een bericht aan je vaste professional. Je ziet ook wat er met je bericht gebeurt.
messages-who-reads = { $count ->
    [0] Alleen jij en { $name } lezen deze berichten.
   *[other] Alleen jij, { $name } en { $others } van het veiligheidsteam lezen deze berichten.
}
messages-who-reads-none = Er is nu geen vaste professional. Je bericht wordt gelezen zodra er weer iemand is.
messages-private-youth = Je ouders kunnen jouw berichten niet zien.
messages-reply-by = Je krijgt uiterlijk { $date } antwoord.
messages-none = Er zijn nog geen berichten.
messages-body-label = Je bericht
messages-body-hint = Hoogstens { $max } tekens.
messages-send = Versturen
messages-when = { $date } om { $time }
messages-read = Gelezen door { $name } op { $date } om { $time }
messages-unread = Nog niet gelezen
messages-you = Jij
messages-urgent = Ik voel me niet veilig
thread-title = Berichten van { $name }
thread-back = Terug naar alle berichten
thread-who-reads = { $name } ziet dit gesprek. Andere gezinsleden zien het niet.
thread-reply-by = Beloofd antwoord: uiterlijk { $date }.
thread-overdue = Te laat: het antwoord had er uiterlijk { $date } moeten zijn.
thread-body-label = Je antwoord
team-unread = { $count ->
        [0] niets ongelezen
        [one] 1 ongelezen bericht
       *[other] { $count } ongelezen berichten
    }
team-waiting = Wacht op antwoord sinds { $date }.
team-overdue = Te laat: wacht op antwoord sinds { $date }.
team-open = Gesprek met { $name } openen
team-urgent = Meldt: ik voel me niet veilig

unsafe-button = Ik voel me niet veilig
unsafe-title = Voel je je niet veilig?
unsafe-lead = Ben je nu in gevaar? Bel meteen 112.
unsafe-call-112 = Bel 112
unsafe-112-when = { $audience ->
    [child] Ben je nu in gevaar? Bel dan meteen 112.
   *[other] Politie, ambulance, brandweer. Bij direct gevaar.
}
unsafe-call-vt = Bel Veilig Thuis: 0800-2000
unsafe-vt-when = Gratis, dag en nacht.
unsafe-call-kt = Bel De Kindertelefoon: 0800-0432
unsafe-kt-when = { $audience ->
    [child] Gratis. Je praat met iemand die naar je luistert. Je hoeft je naam niet te zeggen.
   *[other] Gratis en anoniem. Je mag ook chatten op kindertelefoon.nl.
}
unsafe-to = Laat { $name } weten dat je je niet veilig voelt
unsafe-to-team = Laat je professionals weten dat je je niet veilig voelt
unsafe-note-label = Wil je er iets bij zeggen? (mag leeg blijven)
unsafe-note-hint = Een paar woorden is genoeg. Je ouders zien dit niet.
unsafe-send = Stuur mijn melding
unsafe-sent = { $audience ->
    [child] Je melding is verstuurd. Je vaste professional krijgt hem meteen en neemt contact met je op. Moet het nu meteen? Bel 112.
   *[other] Je melding is verstuurd. Je vaste professional krijgt hem meteen. Leest niemand hem binnen een kwartier? Dan krijgt het hele team hem.
}

alerts-heading = Melding: een jongere voelt zich niet veilig
alerts-item = { $name } meldde op { $date } om { $time }: ik voel me niet veilig. Nog niet gelezen.
alerts-open = Open de berichten
alerts-call = Neem meteen contact op met de vaste professional of het veiligheidsteam.
access-data-messages = de berichten
error-message-key-reused = Dit bericht is al eens verstuurd met andere tekst. Laad de pagina opnieuw en verstuur het nog een keer.

decisions-input-link = Mijn inbreng
decisions-inputs-link = Inbreng bekijken
input-title = Inbreng: { $decision }
input-back = Terug naar Wat komt eraan
input-lead = Wat vind jij van dit besluit? Schrijf het op vóór er beslist wordt. De professional moet laten weten dat je inbreng is ontvangen, en later wat ermee is gedaan.
input-lead-professional = De inbreng van het gezin. Laat weten dat je het hebt ontvangen, en schrijf later op wat ermee is gedaan.
input-sent = Je inbreng is verstuurd.
input-saved = Je concept is bewaard. Alleen jij ziet het.
input-all-heading = Inbreng van het gezin
input-mine-heading = Jouw inbreng
input-none = Er is nog geen inbreng.
input-sent-on = Verstuurd op { $date }
input-outcome-on = Wat ermee is gedaan ({ $date }):
input-acknowledged = Ontvangen door { $name } op { $date }.
input-not-acknowledged = Nog niet bevestigd door de professional.
input-outcome-label = Wat is er gedaan met de inbreng van { $name }?
input-youth = (jongere)
stance-agree = Ik ben het ermee eens
stance-partly = Ik ben het er deels mee eens
stance-disagree = Ik ben het er niet mee eens
input-shared-note = Gedeeld met de ouders.
input-acknowledge = Ontvangen
input-outcome-save = Opslaan
input-give-heading = Geef je inbreng
input-private-youth = Je ouders zien je inbreng niet, behalve als je dat hieronder aanzet.
input-private-parent = De professionals van jullie zaak lezen je inbreng. De andere ouder ziet hem niet.
input-stance-legend = Wat vind je ervan? (mag je overslaan)
input-body-label = Je inbreng
input-share-label = Mijn ouders mogen dit ook lezen
input-send = Versturen
input-save-draft = Bewaar als concept
error-input-decided = Over dit besluit is al beslist. Je kunt nu bezwaar maken of in beroep gaan. Kijk bij Mijn rechten.
access-data-inputs = de inbreng van het gezin

## Live bijwerken (voorgelezen door een schermlezer als er iets nieuws op de pagina staat)
live-updated = Er staat iets nieuws op deze pagina.

# A family's reaction on a plan or report: handled like input on a decision.
reaction-title = Reactie: { $decision }
reaction-back = Terug naar Documenten
reaction-lead = Wat vind jij van dit document? Klopt er iets niet, of mist er iets? Schrijf het hier. De professional laat weten dat je reactie is ontvangen, en later wat ermee is gedaan.
reaction-lead-professional = De reacties van het gezin op dit document. Laat weten dat je ze hebt ontvangen, en schrijf later op wat ermee is gedaan.
reaction-sent = Je reactie is verstuurd.
reaction-saved = Je concept is bewaard. Alleen jij ziet het.
reaction-all-heading = Reacties van het gezin
reaction-mine-heading = Jouw reactie
reaction-none = Er is nog geen reactie.
reaction-give-heading = Geef je reactie
reaction-body-label = Je reactie

messages-title-professional = Berichten
messages-lead-professional = De berichten van de gezinsleden. Alleen de vaste professional en de leden van het veiligheidsteam op deze zaak lezen ze.
thread-no-line = { $name } is jonger dan 12 en heeft geen eigen berichten in Helder. Hier staat alleen de melding van { $name }. Neem zelf contact op: bel of bezoek { $name }. Is het thuis misschien niet veilig? Overleg dan eerst met het veiligheidsteam.
input-lead-heard = { $audience ->
    [child] Wil je iets zeggen over deze beslissing? Vertel het aan je ouders, of aan de professional als die met je praat. Je mag ook een tekening maken of een brief schrijven.
   *[other] Hier kun je nu geen inbreng geven.
}
reaction-lead-heard = { $audience ->
    [child] Wil je iets zeggen over dit document? Vertel het aan je ouders of aan de professional.
   *[other] Hier kun je nu geen reactie geven.
}
