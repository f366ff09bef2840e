## Inloggen, activeren en instellingen. Taalniveau B1: korte zinnen, gewone woorden.

sign-in-link = Inloggen
settings-link = Instellingen
sign-in-title = Inloggen
sign-in-lead = Je logt in met je passkey. Dat is een veilige sleutel op je telefoon of computer. Je ontgrendelt hem zoals je je telefoon ontgrendelt: met je vinger, je gezicht of je pincode.
sign-in-button = Inloggen met je passkey
sign-in-busy = Even wachten…
sign-in-first-time-heading = De eerste keer
sign-in-first-time-text = Heb je een brief met een activatiecode gekregen? Dan maak je daarmee eerst je passkey.
sign-in-code-link = Ik heb een activatiecode
sign-in-lost-heading = Telefoon kwijt of nieuw?
sign-in-lost-text = Bel je vaste professional. Die controleert wie je bent en geeft je een nieuwe code. Je oude passkeys werken dan niet meer.

activate-title = Activeren met je code
activate-lead = Typ de code uit de brief van je vaste professional. Daarna maak je je passkey.
activate-code-label = Activatiecode
activate-code-hint = 16 tekens, bijvoorbeeld K7QM-3XRT-9PDW-H2FN. Streepjes en hoofdletters maken niet uit.
activate-submit = Code controleren
activate-no-code = Geen code, of werkt je code niet? Vraag je vaste professional om een nieuwe code.
activate-passkey-title = Maak je passkey
activate-passkey-lead = Hallo { $name }. Je code is goed.
activate-passkey-what = Maak nu je passkey op dit apparaat. Je telefoon of computer vraagt je om je vinger, je gezicht of je pincode. Daarna ben je ingelogd. Je code werkt dan niet meer.
activate-passkey-button = Passkey maken
activate-passkey-no-code = Typ eerst de code uit je brief.

passkey-busy = Even wachten…
passkey-name-label = Naam van dit apparaat (mag je leeg laten)
passkey-name-hint = Zo herken je het later, bijvoorbeeld: mijn telefoon. Hoogstens 60 tekens.
passkey-needs-javascript = De knop werkt als de pagina helemaal geladen is. Daarvoor moet JavaScript aan staan in je browser.
passkey-unsupported = Deze browser kan geen passkeys gebruiken. Probeer een nieuwere browser, of een ander apparaat.
passkey-cancelled = Het is gestopt. Er is niets veranderd. Probeer het opnieuw als je wilt.
passkey-exists = Op dit apparaat staat al een passkey voor jou. Je kunt die gebruiken om in te loggen.
passkey-name-invalid = Deze naam kunnen we niet gebruiken. Gebruik hoogstens 60 gewone tekens.
passkey-failed = Dat lukte niet. Er is niets veranderd. Probeer het opnieuw.

settings-title = Instellingen
settings-passkeys-heading = Je passkeys
settings-passkeys-lead = Met deze passkeys kun je inloggen.
settings-passkey-unnamed = Passkey zonder naam
settings-passkey-added = Toegevoegd op { $date }
settings-passkey-used = laatst gebruikt op { $date }
settings-passkey-never-used = nog niet gebruikt om in te loggen
settings-passkey-revoke = Intrekken
settings-passkey-revoke-label = Passkey { $device } intrekken
settings-passkey-last = Dit is je enige passkey. Die kun je niet intrekken, anders kun je niet meer inloggen.
settings-add-heading = Nog een apparaat toevoegen
settings-add-text = Doe dit op het nieuwe apparaat, als je daar bent ingelogd. Of maak hier een passkey die je met je telefoon deelt.
settings-add-button = Passkey toevoegen
settings-notice-label = Melding over je account
settings-notice-passkey-added = Er is een passkey toegevoegd op { $date } om { $time }: { $device ->
        [none] zonder naam
       *[other] { $device }
    }.
settings-notice-passkeys-reset = Op { $date } om { $time } heeft je vaste professional een nieuwe activatiecode gemaakt. Je oude passkeys werken niet meer.
settings-notice-not-you = Was jij dit niet? Bel dan meteen je vaste professional.
settings-notice-seen = Gezien
settings-sessions-heading = Waar je bent ingelogd
settings-sessions-lead = Zie je een apparaat dat je niet kent? Meld het af en bel je vaste professional.
settings-session-device = { $browser } op { $system }
settings-session-since = Ingelogd op { $date } om { $time }
settings-session-current = Dit apparaat
settings-session-end = Afmelden
settings-end-others = Overal anders afmelden

browser-chrome = Chrome
browser-firefox = Firefox
browser-safari = Safari
browser-edge = Edge
browser-other = een browser
system-android = Android
system-ios = iPhone of iPad
system-windows = Windows
system-macos = Mac
system-linux = Linux
system-other = een onbekend apparaat

access-link = Toegang tot Helder voor het gezin
access-title = Toegang tot Helder
access-lead = Wie van het gezin { $family } kan inloggen.
access-identity-check = Maak alleen een code als je zeker weet wie je spreekt. Controleer dat eerst, bijvoorbeeld met een legitimatiebewijs.
access-status-none = Kan nog niet inloggen.
access-status-passkeys = { $count ->
        [one] Kan inloggen met 1 passkey.
       *[other] Kan inloggen met { $count } passkeys.
    }
access-status-code = Heeft een code die werkt tot en met { $date }.
access-issue = Nieuwe code maken
access-issue-label = Nieuwe code maken voor { $name }
access-issue-warning = Met een nieuwe code werken de oude passkeys en codes van deze persoon niet meer. Zo doe je het als een telefoon kwijt is.
relation-parent = Ouder
relation-child = Kind

letter-title = Activatiebrief
letter-lead = Deze code zie je maar één keer. Druk de brief af of geef de code door. Wij bewaren de code zelf niet.
letter-back = Terug naar Toegang tot Helder
letter-greeting = Beste { $name },
letter-intro = Met Helder zie je wie er bij jullie gezin betrokken is, wat zij mogen beslissen en wat jouw rechten zijn. Zo log je de eerste keer in:
letter-step-go = Ga naar { $url }.
letter-step-type = Typ de code hieronder.
letter-step-passkey = Maak je passkey met je vinger, je gezicht of je pincode.
letter-code-label = Je code:
letter-valid-until = De code werkt tot en met { $date }, en maar één keer.
letter-secret = Geef deze code aan niemand anders. Met de code kan iemand jouw gegevens zien.
letter-signed = Met vriendelijke groet, { $name }
letter-gone-title = Deze code is niet meer te zien
letter-gone-text = Een code zie je maar één keer. Maak een nieuwe code als dat nodig is.

welcome-new = Welkom! Je passkey is gemaakt en je bent ingelogd.
settings-added = Je passkey is toegevoegd.
settings-revoked = De passkey is ingetrokken.
settings-ended = Het andere apparaat is afgemeld.

session-warning-heading = Ben je er nog?
session-warning-text = Je hebt een tijd niets gedaan. Over { $minutes ->
        [one] 1 minuut
       *[other] { $minutes } minuten
    } word je afgemeld. Zo kan niemand anders op dit apparaat jouw gegevens zien.
session-warning-stay = Ingelogd blijven
session-warning-failed = Dat lukte niet. Je bent misschien al afgemeld. Laad de pagina opnieuw.
sign-in-expired = Je bent afgemeld, omdat je een tijd niets hebt gedaan. Log opnieuw in als je verder wilt.

nav-family = Ons gezin
family-title = Ons gezin
family-lead = Wie er bij jullie gezin horen in deze zaak, en hoe je elkaar kunt bereiken.
family-you = (jij)
family-child-age = Kind, { $age } jaar
family-gezag-yes = heeft gezag
family-gezag-no = heeft geen gezag
family-address = Adres
family-phone = Telefoon
family-email = E-mail
family-protected-note = Is een adres of telefoonnummer afgeschermd, bijvoorbeeld voor iemands veiligheid? Dan zie alleen die persoon het, en de professionals die bij jullie zaak horen.
relation-ex-partner = Ex-partner
access-data-family = jullie gezin en contactgegevens

## Meldingen (Web Push)
settings-push-heading = Meldingen
settings-push-lead = Krijg een melding op je telefoon of computer als er een nieuw bericht voor je is. In de melding staat nooit wat er in het bericht staat of over wie het gaat. Je leest het pas als je bent ingelogd.
settings-push-none = Je krijgt nu nergens meldingen.
settings-push-on = Meldingen aanzetten op dit apparaat
settings-push-off = Meldingen uitzetten op dit apparaat
settings-push-busy = Even wachten…
settings-push-unsupported = Deze browser kan geen meldingen van Helder laten zien.
settings-push-denied = Je browser staat meldingen van Helder niet toe. Dat kun je veranderen in de instellingen van je browser.
settings-push-failed = Meldingen aanzetten is niet gelukt. Probeer het later nog een keer.
settings-push-needs-javascript = Meldingen aanzetten werkt alleen als JavaScript aan staat.
settings-push-since = Meldingen aan sinds { $date }
settings-push-remove = Meldingen uitzetten
settings-push-remove-label = Meldingen uitzetten op { $device }
settings-push-removed = Op dat apparaat krijg je geen meldingen meer.
error-push-subscription = Meldingen aanzetten is niet gelukt op dit apparaat. Probeer het later nog een keer.
error-push-service = Deze browser gebruikt een dienst voor meldingen die Helder niet kent. Meldingen werken hier daarom niet.

## De tekst van een melding. Nooit namen, berichten of andere gegevens uit de zaak.
push-title = Helder
push-new-message = Je hebt een nieuw bericht in Helder.
push-urgent = Er is een dringend bericht in Helder. Kijk zo snel mogelijk.

family-title-professional = Het gezin
family-lead-professional = Wie er bij dit gezin horen in deze zaak, en hoe je ze kunt bereiken.
