## Algemeen: naam, kop, voet, taal, datums.
## Bron-taal. Taalniveau B1: korte zinnen, gewone woorden, "je" en "jij".

site-name = Helder
site-description = Helder laat je zien wie er bij jullie gezin betrokken is, wat zij mogen beslissen en wat jouw rechten zijn.
skip-to-content = Naar de inhoud
language-name = Nederlands
footer-text = Helder is voor gezinnen die te maken hebben met jeugdbescherming in Flevoland.
signed-in-as = Je bent aangemeld als
sign-out = Afmelden
back-to-start = Naar de startpagina

demo-banner-label = Demo.
demo-banner-text = Verzonnen namen en gegevens.

contact-call = Bel
contact-mail = Mail naar
reach-days = Bereikbaar op { $days }.
reach-days-hours = Bereikbaar op { $days }, van { $from } tot { $until } uur.
reach-unknown = Vraag zelf wanneer je deze persoon kunt bereiken.
list-and = { $first } en { $last }

date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
quick-exit = Snel weg
quick-exit-hint = Je gaat meteen naar een andere website en je wordt afgemeld. Dit kan ook door 3 keer op Escape te drukken.

card-after-hours = { $audience ->
    [child] Nu niet bereikbaar. Wil je met iemand praten? Bel De Kindertelefoon: 0800 0432, gratis. Ben je in gevaar? Bel 112.
    [youth] Nu niet bereikbaar. Wil je met iemand praten? Bel De Kindertelefoon: 0800 0432, gratis. Gaat het om veiligheid? Bel Veilig Thuis: 0800 2000, dag en nacht. Bij direct gevaar: bel 112.
    [youth16] Nu niet bereikbaar. Wil je met iemand praten? Bel De Kindertelefoon: 0800 0432, gratis. Gaat het om veiligheid? Bel Veilig Thuis: 0800 2000, dag en nacht. Bij direct gevaar: bel 112.
   *[other] Nu niet bereikbaar. Is het dringend en gaat het om veiligheid? Bel Veilig Thuis: 0800 2000, gratis, dag en nacht. Bij direct gevaar: bel 112.
}
card-away = Afwezig tot en met { $last }. Terug op { $back }.
card-away-soon = Afwezig van { $first } tot en met { $last }.
card-substitute = Bel of mail in die tijd { $name }:
card-substitute-none = Bel in die tijd het algemene nummer van { $organisation }. Het staat bij Hulp en klachten.

# The installed app and the page the service worker shows without internet.
app-name-long = Helder: jouw overzicht bij jeugdbescherming
offline-title = Je bent offline
offline-lead = Je telefoon heeft nu geen internet. Daarom kan Helder deze pagina niet laten zien. Heb je weer internet? Probeer het dan opnieuw.
offline-urgent-text = Bellen kan ook zonder internet.
offline-retry = Opnieuw proberen

nav-device = Op dit toestel
nav-device-professional = Op dit toestel
device-title = Bewaren op dit toestel
device-lead = Je kunt een korte samenvatting op deze telefoon bewaren. Dan kun je die ook lezen als je geen internet hebt.
device-summary-heading = Samenvatting
device-next-decision = Volgende beslissing
device-next-meeting = Volgende afspraak
device-running-term = Hier kun je nog iets tegen doen
device-nothing-planned = Er staat nu geen beslissing en geen afspraak gepland.
device-keep-heading = Bewaren
device-keep-how = Helder bewaart de samenvatting op slot op deze telefoon. Helder wist hem als je uitlogt, op Snel weg drukt of lang niets doet. Deel je deze telefoon met iemand die dit niet mag zien? Bewaar hem dan niet.
device-keep-button = Bewaar op dit toestel
device-forget-button = Niet meer bewaren
device-kept = Bewaard op dit toestel op { $time }.
device-not-kept = Er is nu niets bewaard op dit toestel.
device-forgotten = De samenvatting is van dit toestel gewist.
device-failed = Bewaren lukt niet in deze browser. Je kunt de samenvatting wel hier lezen.
device-needs-script = Bewaren werkt alleen als JavaScript aan staat.
device-saved-heading = Bewaard op dit toestel
device-saved-when = Bewaard op { $time }. Er kan intussen iets veranderd zijn.
outbox-heading = Nog niet verzonden
outbox-lead = Dit schreef je zonder internet. Helder verstuurt het zodra er weer internet is. Je hoeft niets te doen.
outbox-written = Geschreven op { $time }
outbox-delete = Verwijder
outbox-queued = Je tekst staat klaar op dit toestel. Helder verstuurt hem als er weer internet is.
outbox-sent = Wat je zonder internet schreef, is nu verstuurd.
outbox-refused = Iets wat je zonder internet schreef, is niet verstuurd. Kijk bij je bericht wat er mis is.
outbox-expired = Iets wat je zonder internet schreef, is niet verstuurd. Het was ouder dan 12 uur.
outbox-empty = Je tekst is leeg of te lang. Pas hem aan en probeer het opnieuw.
outbox-deleted = Je tekst is van dit toestel verwijderd.
outbox-failed = Dit lukte niet. Probeer het opnieuw als je weer internet hebt.
