## Logowanie, aktywacja i ustawienia.

sign-in-link = Zaloguj się
settings-link = Ustawienia
sign-in-title = Zaloguj się
sign-in-lead = Logujesz się swoim kluczem dostępu (passkey). To bezpieczny klucz na twoim telefonie albo komputerze. Otwierasz go tak, jak odblokowujesz telefon: palcem, twarzą albo kodem PIN.
sign-in-button = Zaloguj się kluczem dostępu
sign-in-busy = Proszę czekać…
sign-in-first-time-heading = Pierwszy raz
sign-in-first-time-text = Dostałeś(-aś) list z kodem aktywacyjnym? Wtedy najpierw utwórz nim swój klucz dostępu.
sign-in-code-link = Mam kod aktywacyjny
sign-in-lost-heading = Zgubiony telefon albo nowy telefon?
sign-in-lost-text = Zadzwoń do swojej stałej osoby kontaktowej. Sprawdzi, kim jesteś, i da ci nowy kod. Twoje stare klucze dostępu przestaną wtedy działać.

activate-title = Aktywuj kodem
activate-lead = Wpisz kod z listu od twojej stałej osoby kontaktowej. Potem utworzysz swój klucz dostępu.
activate-code-label = Kod aktywacyjny
activate-code-hint = 16 znaków, na przykład K7QM-3XRT-9PDW-H2FN. Myślniki i wielkie litery nie mają znaczenia.
activate-submit = Sprawdź kod
activate-no-code = Nie masz kodu albo kod nie działa? Poproś swoją stałą osobę kontaktową o nowy kod.
activate-passkey-title = Utwórz klucz dostępu
activate-passkey-lead = Cześć { $name }. Twój kod jest dobry.
activate-passkey-what = Teraz utwórz klucz dostępu na tym urządzeniu. Telefon albo komputer poprosi o palec, twarz albo kod PIN. Potem jesteś zalogowany(-a). Twój kod przestaje wtedy działać.
activate-passkey-button = Utwórz klucz dostępu
activate-passkey-no-code = Najpierw wpisz kod z listu.

passkey-busy = Proszę czekać…
passkey-name-label = Nazwa tego urządzenia (możesz zostawić puste)
passkey-name-hint = Żeby rozpoznać je później, na przykład: mój telefon. Najwyżej 60 znaków.
passkey-needs-javascript = Przycisk działa, gdy strona całkiem się załaduje. Do tego w przeglądarce musi być włączony JavaScript.
passkey-unsupported = Ta przeglądarka nie może używać kluczy dostępu. Spróbuj nowszej przeglądarki albo innego urządzenia.
passkey-cancelled = Przerwano. Nic się nie zmieniło. Spróbuj ponownie, jeśli chcesz.
passkey-exists = To urządzenie ma już dla ciebie klucz dostępu. Możesz nim się zalogować.
passkey-name-invalid = Nie możemy użyć tej nazwy. Użyj najwyżej 60 zwykłych znaków.
passkey-failed = To się nie udało. Nic się nie zmieniło. Spróbuj ponownie.

settings-title = Ustawienia
settings-passkeys-heading = Twoje klucze dostępu
settings-passkeys-lead = Tymi kluczami dostępu możesz się logować.
settings-passkey-unnamed = Klucz dostępu bez nazwy
settings-passkey-added = Dodano { $date }
settings-passkey-used = ostatnio użyto { $date }
settings-passkey-never-used = jeszcze nie użyto do logowania
settings-passkey-revoke = Wycofaj
settings-passkey-revoke-label = Wycofaj klucz dostępu { $device }
settings-passkey-last = To twój jedyny klucz dostępu. Nie możesz go wycofać, bo wtedy nie mógłbyś (nie mogłabyś) się już logować.
settings-add-heading = Dodaj inne urządzenie
settings-add-text = Zrób to na nowym urządzeniu, gdy się na nim zalogujesz. Albo utwórz tutaj klucz dostępu, który dzielisz z telefonem.
settings-add-button = Dodaj klucz dostępu
settings-notice-label = Informacja o twoim koncie
settings-notice-passkey-added = { $date } o { $time } dodano klucz dostępu: { $device ->
        [none] bez nazwy
       *[other] { $device }
    }.
settings-notice-passkeys-reset = { $date } o { $time } twoja stała osoba kontaktowa utworzyła nowy kod aktywacyjny. Twoje stare klucze dostępu już nie działają.
settings-notice-not-you = To nie ty? Zadzwoń od razu do swojej stałej osoby kontaktowej.
settings-notice-seen = Widziałem(-am)
settings-sessions-heading = Gdzie jesteś zalogowany(-a)
settings-sessions-lead = Widzisz urządzenie, którego nie znasz? Wyloguj je i zadzwoń do swojej stałej osoby kontaktowej.
settings-session-device = { $browser } na { $system }
settings-session-since = Zalogowano { $date } o { $time }
settings-session-current = To urządzenie
settings-session-end = Wyloguj
settings-end-others = Wyloguj wszędzie indziej

browser-chrome = Chrome
browser-firefox = Firefox
browser-safari = Safari
browser-edge = Edge
browser-other = przeglądarka
system-android = Android
system-ios = iPhone albo iPad
system-windows = Windows
system-macos = Mac
system-linux = Linux
system-other = nieznane urządzenie

access-link = Dostęp do Helder dla rodziny
access-title = Dostęp do Helder
access-lead = Kto z rodziny { $family } może się logować.
access-identity-check = Twórz kod tylko wtedy, gdy masz pewność, z kim rozmawiasz. Najpierw to sprawdź, na przykład dokumentem tożsamości.
access-status-none = Nie może się jeszcze logować.
access-status-passkeys = { $count ->
        [one] Może się logować 1 kluczem dostępu.
       *[other] Może się logować kluczami dostępu: { $count }.
    }
access-status-code = Ma kod, który działa do { $date }.
access-issue = Utwórz nowy kod
access-issue-label = Utwórz nowy kod dla: { $name }
access-issue-warning = Z nowym kodem stare klucze dostępu i kody tej osoby przestają działać. Robisz to, gdy telefon zginął.
relation-parent = Rodzic
relation-child = Dziecko

letter-title = List aktywacyjny
letter-lead = Ten kod widzisz tylko raz. Wydrukuj list albo przekaż kod. Nie przechowujemy samego kodu.
letter-back = Wróć do Dostępu do Helder
letter-greeting = Drogi/Droga { $name },
letter-intro = Helder pokazuje, kto zajmuje się twoją rodziną, o czym te osoby mogą decydować i jakie masz prawa. Tak logujesz się pierwszy raz:
letter-step-go = Wejdź na { $url }.
letter-step-type = Wpisz kod poniżej.
letter-step-passkey = Utwórz klucz dostępu palcem, twarzą albo kodem PIN.
letter-code-label = Twój kod:
letter-valid-until = Kod działa do { $date } i tylko raz.
letter-secret = Nie dawaj tego kodu nikomu innemu. Z tym kodem ktoś może zobaczyć twoje dane.
letter-signed = Z pozdrowieniami, { $name }
letter-gone-title = Tego kodu nie można już pokazać
letter-gone-text = Kod widzisz tylko raz. W razie potrzeby utwórz nowy kod.

welcome-new = Witaj! Twój klucz dostępu został utworzony i jesteś zalogowany(-a).
settings-added = Twój klucz dostępu został dodany.
settings-revoked = Klucz dostępu został wycofany.
settings-ended = Drugie urządzenie zostało wylogowane.

session-warning-heading = Jesteś jeszcze tutaj?
session-warning-text = Od jakiegoś czasu nic nie robisz. Za { $minutes ->
        [one] 1 minutę
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    } zostaniesz wylogowany(-a). Dzięki temu nikt inny na tym urządzeniu nie zobaczy twoich danych.
session-warning-stay = Zostań zalogowany(-a)
session-warning-failed = To się nie udało. Może już jesteś wylogowany(-a). Załaduj stronę ponownie.
sign-in-expired = Zostałeś(-aś) wylogowany(-a), bo przez jakiś czas nic nie robiłeś(-aś). Zaloguj się ponownie, żeby kontynuować.

nav-family = Nasza rodzina
family-title = Nasza rodzina
family-lead = Kto należy do twojej rodziny w tej sprawie i jak się ze sobą skontaktować.
family-you = (ty)
family-child-age = Dziecko, { $age } lat
family-gezag-yes = ma władzę rodzicielską
family-gezag-no = nie ma władzy rodzicielskiej
family-address = Adres
family-phone = Telefon
family-email = E-mail
family-protected-note = Czy adres albo numer telefonu jest ukryty, na przykład dla czyjegoś bezpieczeństwa? Wtedy widzi go tylko ta osoba i specjaliści w twojej sprawie.
relation-ex-partner = Były partner / była partnerka
access-data-family = twoja rodzina i dane kontaktowe

## Powiadomienia (Web Push)
settings-push-heading = Powiadomienia
settings-push-lead = Dostawaj powiadomienie na telefonie albo komputerze, gdy jest dla ciebie nowa wiadomość. Powiadomienie nigdy nie mówi, co jest w wiadomości ani kogo dotyczy. Przeczytasz ją dopiero po zalogowaniu.
settings-push-none = Teraz nigdzie nie dostajesz powiadomień.
settings-push-on = Włącz powiadomienia na tym urządzeniu
settings-push-off = Wyłącz powiadomienia na tym urządzeniu
settings-push-busy = Chwileczkę…
settings-push-unsupported = Ta przeglądarka nie może pokazywać powiadomień z Helder.
settings-push-denied = Twoja przeglądarka nie pozwala na powiadomienia z Helder. Możesz to zmienić w ustawieniach przeglądarki.
settings-push-failed = Nie udało się włączyć powiadomień. Spróbuj ponownie później.
settings-push-needs-javascript = Włączanie powiadomień działa tylko z włączonym JavaScriptem.
settings-push-since = Powiadomienia włączone od { $date }
settings-push-remove = Wyłącz powiadomienia
settings-push-remove-label = Wyłącz powiadomienia na { $device }
settings-push-removed = To urządzenie nie będzie już dostawać powiadomień.
error-push-subscription = Nie udało się włączyć powiadomień na tym urządzeniu. Spróbuj ponownie później.
error-push-service = Ta przeglądarka używa usługi powiadomień, której Helder nie zna. Powiadomienia tu nie działają.

## Tekst powiadomienia. Nigdy imiona, wiadomości ani inne dane ze sprawy.
push-title = Helder
push-new-message = Masz nową wiadomość w Helder.
push-urgent = W Helder jest pilna wiadomość. Zajrzyj, gdy tylko możesz.

family-title-professional = Rodzina
family-lead-professional = Kto należy do tej rodziny w tej sprawie i jak się z nimi skontaktować.
