## Sprawdzanie tekstów: miejsce pracy ekspertów przez doświadczenie.

workplace-review = Sprawdzaj teksty
review-title = Sprawdzaj teksty
review-lead = Tu są wszystkie teksty, które rodziny czytają w Helder. Czytaj je tak, jak przeczytałaby je rodzina. Zapisz, co może być lepsze, zaproponuj inne słowa i powiedz, czy tekst jest dobry.
review-welcome = Witaj. Możesz teraz sprawdzać teksty.
review-sections = Części tej strony
review-back-workspace = Wróć do wszystkich tekstów

## Zobacz na stronie (widok przykładowy)

review-in-context-title = Zobacz na stronie
review-in-context-lead = Otwórz Helder tak, jak widzi go ktoś z rodziny. Ta rodzina jest zmyślona: nigdy nie widzisz danych prawdziwych rodzin. Kliknij tekst, żeby go sprawdzić.
review-in-context-as = Zobacz Helder jako
review-in-context-open = Otwórz strony
review-person-parent = { $name }, rodzic ({ $municipality })
review-person-child = { $name }, { $age } lat ({ $municipality })
review-person-professional = { $name }, { $organisation }
review-bar-label = Przykład.
review-bar-text = Widzisz Helder tak, jak widzi go { $name }. Ta rodzina jest zmyślona. Kliknij tekst, żeby go sprawdzić.
review-bar-end = Zakończ
review-texts-title = Teksty na tej stronie
review-texts-lead = Wybierz tekst, żeby go sprawdzić.

## Lista tekstów

review-list-title = Wszystkie teksty
review-filter-language = Język
review-filter-status = Status
review-filter-status-all = Wszystkie
review-filter-page = Strona
review-filter-page-all = Wszystkie strony
review-filter-reader = Czytelnik
review-filter-reader-all = Wszyscy czytelnicy
review-filter-b1 = Tylko teksty, które nie spełniają B1
review-filter-submit = Pokaż teksty
review-count = { $count ->
    [one] 1 tekst, język: { $language }.
    [few] { $count } teksty, język: { $language }.
   *[other] { $count } tekstów, język: { $language }.
}
review-more = Następne teksty
review-open = Zobacz tekst { $id }
review-open-short = Zobacz
review-b1-fails = Nie B1
review-open-suggestions = { $count ->
    [one] 1 propozycja
    [few] { $count } propozycje
   *[other] { $count } propozycji
}
review-remarks = { $count ->
    [one] 1 uwaga
    [few] { $count } uwagi
   *[other] { $count } uwag
}
review-status-new = Nowy
review-status-needs-change = Do zmiany
review-status-approved = Zatwierdzony
review-status-changed = Zmieniony po zatwierdzeniu

review-reader-parent = Rodzic
review-reader-child = Dziecko poniżej 12 lat
review-reader-youth = Młoda osoba od 12 do 16 lat
review-reader-youth16 = Młoda osoba w wieku 16 lub 17 lat
review-reader-professional = Specjalista
review-reader-anyone = Każdy, bez logowania

review-page-every-page = Na każdej stronie
review-page-home = Strona główna
review-page-thread = Rozmowa
review-page-unsafe = Nie czuję się bezpiecznie
review-page-decision-input = Moje zdanie o decyzji
review-page-document = Dokument
review-page-letter = List z kodem aktywacyjnym
review-page-glossary = Wyjaśnienie słów
review-page-settings = Ustawienia
review-page-sign-in = Logowanie
review-page-activate = Aktywacja
review-page-notice = Komunikat
review-page-work = Moje rodziny
review-page-console = Rodzina (specjalista)
review-page-absence = Zgłoś nieobecność
review-page-new-case = Nowa rodzina
review-page-other = Inne strony
review-page-file-common = Inne teksty: ogólne
review-page-file-domain = Inne teksty: słowa z ochrony dzieci
review-page-file-pages = Inne teksty: strony
review-page-file-errors = Inne teksty: komunikaty o błędach
review-page-file-powers = Inne teksty: kto co robi
review-page-file-rights = Inne teksty: prawa
review-page-file-journey = Inne teksty: droga, spotkania i dokumenty
review-page-file-account = Inne teksty: logowanie i ustawienia
review-page-file-messages = Inne teksty: wiadomości
review-page-file-console = Inne teksty: dla specjalistów i zarządzania
review-page-file-integration = Inne teksty: połączenie z systemami
review-page-file-review = Inne teksty: sprawdzanie tekstów

## Ile sprawdzono

review-coverage-title = Ile sprawdzono
review-coverage-lead = Tekst się liczy, gdy został zatwierdzony i od tego czasu się nie zmienił.
review-coverage-languages = Według języka
review-coverage-pages = Według strony, język: { $language }
review-coverage-readers = Według czytelnika, język: { $language }
review-coverage-approved = Zatwierdzone
review-coverage-share = { $approved } z { $total } ({ $percent }%)

## Jeden tekst

review-message-title = Tekst { $id }
review-message-heading = Tekst
review-back = Wróć do tekstów, język: { $language }
review-back-to-page = Wróć do strony
review-message-meta = { $language } · w { $file }
review-note-label = Wyjaśnienie dla autora tekstu:
review-accepted-note = Ten tekst został już zmieniony w Helder na podstawie propozycji. Nie ma go jeszcze w plikach następnej wersji.
review-forms-title = Tak ktoś czyta to w języku: { $language }
review-dutch-title = Tak jest po niderlandzku
review-form-single = Dla wszystkich
review-form-audience-child = Dla dziecka poniżej 12 lat
review-form-audience-youth = Dla młodej osoby od 12 do 16 lat
review-form-audience-youth16 = Dla młodej osoby w wieku 16 lub 17 lat
review-form-audience-parent = Dla rodzica
review-form-audience-adult = Dla młodego dorosłego
review-form-audience-other = Dla rodzica i innych
review-form-audience-professional = Dla specjalisty
review-form-choice = Gdy { $name } to { $value }
review-where-title = Gdzie jest ten tekst?
review-where-none = Tego tekstu nie ma na stronach przykładowych. Widzisz go na przykład, gdy coś się nie udaje.

review-b1-title = Poziom językowy B1
review-b1-figures = Słowa: { $words }; najdłuższe zdanie ma słów: { $longest }.
review-b1-score = Czytelność: { $score } (60 lub więcej jest dobrze).
review-b1-passes = Ten tekst przechodzi sprawdzenie B1.
review-b1-rule-long-sentence = Zdanie ma więcej niż 20 słów.
review-b1-rule-score = Tekst jest trudny do czytania (czytelność poniżej 60).
review-b1-rule-long-word = Jest w nim bardzo długie słowo.
review-b1-rule-jargon = Jest w nim słowo fachowe bez wyjaśnienia.
review-b1-long-words = Długie słowa: { $words }.
review-b1-unlinked = Słowa fachowe bez linku do wyjaśnienia: { $words }.
review-b1-hint-passive = Wskazówka: jest zdanie w stronie biernej (z ‘wordt’ albo ‘worden’). Lepiej powiedz, kto coś robi.
review-b1-hint-nominal = Wskazówka: zamiast { $words } lepiej użyj czasownika.
review-b1-link = Sprawdzenie B1 wszystkich tekstów
review-b1-report-title = Sprawdzenie B1
review-b1-report-lead = Te niderlandzkie teksty nie spełniają poziomu B1. Zmierzono je tak, jak czytają je rodziny, z przykładami imion i dat.
review-b1-report-count = Nie przechodzi tekstów: { $failing } z { $total }.
review-b1-report-hints = Wskazówki: tekstów ze stroną bierną: { $passive }, tekstów z rzeczownikiem, który mógłby być czasownikiem: { $nominal }.

review-status-title = Status
review-status-by = Ustawione przez { $name } { $date }.
review-status-legend = Co myślisz o tym tekście?
review-status-submit = Zapisz status
review-status-done = Status został zapisany.

review-suggest-title = Zaproponuj inne słowa
review-suggest-label = Twoja propozycja
review-suggest-hint = Zmieniaj słowa, jak chcesz. Zostaw wszystko między {"{"} a {"}"}, na przykład {"{"} $name {"}"}: tam Helder wstawia imię albo datę. Przy wyborze w nawiasach [ ] piszesz osobne zdanie dla każdego czytelnika.
review-suggest-submit = Wyślij propozycję
review-suggest-done = Twoja propozycja została zapisana. Administrator może ją teraz wprowadzić.

review-comment-title = Napisz uwagę
review-comment-label = Twoja uwaga
review-comment-hint = Co nie jest jasne? Dla kogo? Co działałoby lepiej?
review-comment-submit = Dodaj uwagę
review-comment-done = Twoja uwaga została dodana.

review-history-title = Historia
review-history-none = Nikt jeszcze nic nie napisał o tym tekście.
review-event-comment = { $name } napisał(a) { $date }:
review-event-suggestion = { $name } zaproponował(a) { $date }:
review-event-status = { $name } ustawił(a) { $date } status na ‘{ $status }’.
review-event-accepted = { $name } wprowadził(a) { $date } ten tekst do Helder:
review-event-was-accepted = Wprowadzone
review-accept-submit = Wprowadź tę propozycję
review-accept-done = Propozycja została wprowadzona. Rodziny przeczytają nowy tekst, gdy znowu otworzą stronę.
review-shipped-label = Tak tekst jest w plikach:

## Język, czytanie na głos

language-menu-label = Język:
language-unreviewed = { $state ->
    [partly] jeszcze nie wszystko sprawdzone
   *[none] jeszcze niesprawdzone
}
footer-unreviewed = { $state ->
    [partly] Nie wszystkie teksty w tym języku sprawdził już ktoś, kto dobrze zna ten język.
   *[none] Tego tłumaczenia nie sprawdził jeszcze ktoś, kto dobrze zna ten język.
}
read-aloud = Czytaj na głos
read-aloud-stop = Przestań czytać

## Komunikaty przy propozycji

error-wording-empty = Najpierw napisz tekst.
error-wording-too-long = Tekst może mieć najwyżej { $max } znaków.
error-wording-control = W tekście są znaki, których nie widzisz. Wpisz tekst jeszcze raz.
error-wording-syntax = Nawiasy się nie zgadzają. Sprawdź, czy każdy {"{"} ma swój {"}"}, a każdy wybór ma domyślny wariant z *. ({ $detail })
error-wording-variable-missing = Brakuje { $name }. Helder coś tam wstawia; zostaw to w tekście.
error-wording-variable-unknown = Helder nie zna tu { $name }. Używaj tylko tego, co jest w starym tekście.
error-wording-selectors = Wybór między czytelnikami albo liczbami musi zostać taki sam: { $expected }.
error-review-read-only = To jest przykład. Tutaj nie możesz niczego wysłać ani zmienić.

## Zarządzanie: prawo do wprowadzania propozycji

staff-reviewer-may-accept = Może wprowadzać propozycje: rodziny od razu czytają wtedy nowy tekst.
staff-reviewer-may-not-accept = Może sprawdzać teksty i składać propozycje. Wprowadza je administrator.
staff-reviewer-give-right = Daj prawo do wprowadzania
staff-reviewer-take-right = Odbierz prawo do wprowadzania
staff-reviewer-right-done = Prawo zostało zmienione.
