## Ogólne: nazwa, nagłówek, stopka, język, daty. Prosty polski.

site-name = Helder
site-description = Helder pokazuje, kto zajmuje się twoją rodziną, o czym te osoby mogą decydować i jakie masz prawa.
skip-to-content = Przejdź do treści
language-name = Polski
footer-text = Helder jest dla rodzin, które mają do czynienia z ochroną dzieci we Flevoland.
signed-in-as = Zalogowano jako
sign-out = Wyloguj się
back-to-start = Przejdź do strony głównej

demo-banner-label = Demo.
demo-banner-text = Zmyślone imiona i dane.

contact-call = Zadzwoń
contact-mail = Napisz e-mail
reach-days = Dostępność: { $days }.
reach-days-hours = Dostępność: { $days }, od { $from } do { $until }.
reach-unknown = Zapytaj sam, kiedy można się z tą osobą skontaktować.
list-and = { $first } i { $last }

date-long = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
quick-exit = Szybkie wyjście
quick-exit-hint = Od razu przejdziesz na inną stronę internetową i zostaniesz wylogowany. Możesz też 3 razy nacisnąć Escape.

card-after-hours = { $audience ->
    [child] Teraz nie można się skontaktować. Chcesz z kimś porozmawiać? Zadzwoń do De Kindertelefoon: 0800 0432, za darmo. Jesteś w niebezpieczeństwie? Zadzwoń pod 112.
    [youth] Teraz nie można się skontaktować. Chcesz z kimś porozmawiać? Zadzwoń do De Kindertelefoon: 0800 0432, za darmo. Chodzi o bezpieczeństwo? Zadzwoń do Veilig Thuis: 0800 2000, w dzień i w nocy. W nagłym niebezpieczeństwie: zadzwoń pod 112.
    [youth16] Teraz nie można się skontaktować. Chcesz z kimś porozmawiać? Zadzwoń do De Kindertelefoon: 0800 0432, za darmo. Chodzi o bezpieczeństwo? Zadzwoń do Veilig Thuis: 0800 2000, w dzień i w nocy. W nagłym niebezpieczeństwie: zadzwoń pod 112.
   *[other] Teraz nie można się skontaktować. Sprawa jest pilna i dotyczy bezpieczeństwa? Zadzwoń do Veilig Thuis: 0800 2000, za darmo, w dzień i w nocy. W nagłym niebezpieczeństwie: zadzwoń pod 112.
}
card-away = Nieobecny(-a) do { $last } włącznie. Wraca { $back }.
card-away-soon = Nieobecny(-a) od { $first } do { $last } włącznie.
card-substitute = W tym czasie zadzwoń lub napisz do: { $name }
card-substitute-none = W tym czasie zadzwoń pod ogólny numer: { $organisation }. Znajdziesz go w części Pomoc i skargi.

# The installed app and the page the service worker shows without internet.
app-name-long = Helder: twój przegląd w ochronie dzieci
offline-title = Jesteś offline
offline-lead = Twój telefon nie ma teraz internetu, więc Helder nie może pokazać tej strony. Gdy internet wróci, spróbuj ponownie.
offline-urgent-text = Możesz dzwonić bez internetu.
offline-retry = Spróbuj ponownie

nav-device = Na tym urządzeniu
nav-device-professional = Na tym urządzeniu
device-title = Zachowaj na tym urządzeniu
device-lead = Możesz zachować krótkie podsumowanie na tym telefonie. Wtedy przeczytasz je także bez internetu.
device-summary-heading = Podsumowanie
device-next-decision = Następna decyzja
device-next-meeting = Następne spotkanie
device-running-term = W tej sprawie możesz jeszcze coś zrobić
device-nothing-planned = Teraz nie jest zaplanowana żadna decyzja ani spotkanie.
device-keep-heading = Zachowywanie
device-keep-how = Helder przechowuje podsumowanie na tym telefonie pod zamknięciem. Helder usuwa je, gdy się wylogujesz, naciśniesz Szybkie wyjście albo długo nic nie robisz. Dzielisz ten telefon z kimś, kto nie może tego widzieć? Wtedy go nie zachowuj.
device-keep-button = Zachowaj na tym urządzeniu
device-forget-button = Nie zachowuj więcej
device-kept = Zachowano na tym urządzeniu: { $time }.
device-not-kept = Teraz nic nie jest zachowane na tym urządzeniu.
device-forgotten = Podsumowanie zostało usunięte z tego urządzenia.
device-failed = W tej przeglądarce nie da się tego zachować. Podsumowanie możesz przeczytać tutaj.
device-needs-script = Zachowywanie działa tylko z włączonym JavaScriptem.
device-saved-heading = Zachowane na tym urządzeniu
device-saved-when = Zachowano: { $time }. W międzyczasie coś mogło się zmienić.
outbox-heading = Jeszcze niewysłane
outbox-lead = Napisano to bez internetu. Helder wyśle to, gdy tylko internet wróci. Nie musisz nic robić.
outbox-written = Napisano: { $time }
outbox-delete = Usuń
outbox-queued = Twój tekst czeka na tym urządzeniu. Helder wyśle go, gdy internet wróci.
outbox-sent = To, co napisano bez internetu, zostało wysłane.
outbox-refused = Coś, co napisano bez internetu, nie zostało wysłane. Zobacz w wiadomości, co jest nie tak.
outbox-expired = Coś, co napisano bez internetu, nie zostało wysłane. Było starsze niż 12 godzin.
outbox-empty = Twój tekst jest pusty albo za długi. Popraw go i spróbuj ponownie.
outbox-deleted = Twój tekst został usunięty z tego urządzenia.
outbox-failed = To się nie udało. Spróbuj ponownie, gdy będziesz mieć internet.
