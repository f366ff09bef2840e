## Wiadomości i „Nie czuję się bezpiecznie”.

nav-messages = Wiadomości
messages-title = Wiadomości
messages-lead = Tu wysyłasz wiadomość do swojej stałej osoby kontaktowej. Widzisz też, co dzieje się z twoją wiadomością.
messages-who-reads = { $count ->
    [0] Te wiadomości czytasz tylko ty i { $name }.
   *[other] Te wiadomości czytasz tylko ty, { $name } i { $others } z zespołu ds. bezpieczeństwa.
}
messages-who-reads-none = Teraz nie ma stałej osoby kontaktowej. Twoja wiadomość zostanie przeczytana, gdy tylko znów ktoś będzie.
messages-private-youth = Twoi rodzice nie widzą twoich wiadomości.
messages-reply-by = Dostaniesz odpowiedź najpóźniej do { $date }.
messages-none = Nie ma jeszcze wiadomości.
messages-body-label = Twoja wiadomość
messages-body-hint = Najwyżej { $max } znaków.
messages-send = Wyślij
messages-when = { $date }, godz. { $time }
messages-read = Przeczytane przez { $name } { $date } o { $time }
messages-unread = Jeszcze nieprzeczytane
messages-you = Ty
messages-urgent = Nie czuję się bezpiecznie
thread-title = Wiadomości od: { $name }
thread-back = Wróć do wszystkich wiadomości
thread-who-reads = { $name } widzi tę rozmowę. Inni członkowie rodziny jej nie widzą.
thread-reply-by = Obiecana odpowiedź: najpóźniej do { $date }.
thread-overdue = Spóźnione: odpowiedź miała być najpóźniej { $date }.
thread-body-label = Twoja odpowiedź
team-unread = { $count ->
        [0] nic nieprzeczytanego
        [one] 1 nieprzeczytana wiadomość
        [few] { $count } nieprzeczytane wiadomości
       *[other] { $count } nieprzeczytanych wiadomości
    }
team-waiting = Czeka na odpowiedź od { $date }.
team-overdue = Spóźnione: czeka na odpowiedź od { $date }.
team-open = Otwórz rozmowę z: { $name }
team-urgent = Zgłasza: nie czuję się bezpiecznie

unsafe-button = Nie czuję się bezpiecznie
unsafe-title = Nie czujesz się bezpiecznie?
unsafe-lead = Jesteś teraz w niebezpieczeństwie? Zadzwoń od razu pod 112.
unsafe-call-112 = Zadzwoń pod 112
unsafe-112-when = { $audience ->
    [child] Jesteś teraz w niebezpieczeństwie? Zadzwoń od razu pod 112.
   *[other] Policja, karetka, straż pożarna. W nagłym niebezpieczeństwie.
}
unsafe-call-vt = Zadzwoń do Veilig Thuis: 0800-2000
unsafe-vt-when = Za darmo, w dzień i w nocy.
unsafe-call-kt = Zadzwoń do De Kindertelefoon: 0800-0432
unsafe-kt-when = { $audience ->
    [child] Za darmo. Rozmawiasz z kimś, kto cię słucha. Nie musisz mówić, jak się nazywasz.
   *[other] Za darmo i anonimowo. Możesz też czatować na kindertelefoon.nl.
}
unsafe-to = Daj znać osobie { $name }, że nie czujesz się bezpiecznie
unsafe-to-team = Daj znać swoim specjalistom, że nie czujesz się bezpiecznie
unsafe-note-label = Chcesz coś dodać? (może zostać puste)
unsafe-note-hint = Wystarczy kilka słów. Twoi rodzice tego nie widzą.
unsafe-send = Wyślij mój alarm
unsafe-sent = { $audience ->
    [child] Twój alarm został wysłany. Twoja stała osoba kontaktowa dostanie go od razu i skontaktuje się z tobą. Jest pilnie teraz? Zadzwoń pod 112.
   *[other] Twój alarm został wysłany. Twoja stała osoba kontaktowa dostanie go od razu. Jeśli nikt go nie przeczyta w ciągu kwadransa, dostanie go cały zespół.
}

alerts-heading = Alarm: młoda osoba nie czuje się bezpiecznie
alerts-item = { $name } zgłosił(a) { $date } o { $time }: Nie czuję się bezpiecznie. Jeszcze nieprzeczytane.
alerts-open = Otwórz wiadomości
alerts-call = Skontaktuj się od razu ze stałą osobą kontaktową albo z zespołem ds. bezpieczeństwa.
access-data-messages = wiadomości
error-message-key-reused = Ta wiadomość była już wysłana z innym tekstem. Załaduj stronę ponownie i wyślij jeszcze raz.

decisions-input-link = Moje zdanie
decisions-inputs-link = Zobacz zdania
input-title = Zdanie: { $decision }
input-back = Wróć do Co nadchodzi
input-lead = Co myślisz o tej decyzji? Napisz to, zanim zapadnie decyzja. Specjalista musi ci dać znać, że dostał twoje zdanie, a później, co z nim zrobiono.
input-lead-professional = Zdania rodziny. Daj znać, że je dostałeś(-aś), a później napisz, co z nimi zrobiono.
input-sent = Twoje zdanie zostało wysłane.
input-saved = Twój szkic został zapisany. Widzisz go tylko ty.
input-all-heading = Zdania rodziny
input-mine-heading = Twoje zdanie
input-none = Nie ma jeszcze zdań.
input-sent-on = Wysłane { $date }
input-outcome-on = Co z tym zrobiono ({ $date }):
input-acknowledged = Odebrane przez { $name } { $date }.
input-not-acknowledged = Specjalista jeszcze nie potwierdził.
input-outcome-label = Co zrobiono ze zdaniem osoby { $name }?
input-youth = (młoda osoba)
stance-agree = Zgadzam się
stance-partly = Częściowo się zgadzam
stance-disagree = Nie zgadzam się
input-shared-note = Udostępnione rodzicom.
input-acknowledge = Odebrane
input-outcome-save = Zapisz
input-give-heading = Powiedz, co myślisz
input-private-youth = Twoi rodzice nie widzą twojego zdania, chyba że włączysz to poniżej.
input-private-parent = Specjaliści w twojej sprawie czytają twoje zdanie. Drugi rodzic go nie widzi.
input-stance-legend = Co myślisz? (możesz to pominąć)
input-body-label = Twoje zdanie
input-share-label = Moi rodzice też mogą to przeczytać
input-send = Wyślij
input-save-draft = Zapisz jako szkic
error-input-decided = Ta decyzja już zapadła. Teraz możesz się odwołać albo złożyć apelację. Zobacz Moje prawa.
access-data-inputs = zdania rodziny

## Aktualizacje na żywo (czytane przez czytnik ekranu, gdy na stronie pojawia się coś nowego)
live-updated = Na tej stronie pojawiło się coś nowego.

# Reakcja rodziny na plan albo raport: traktowana jak zdanie o decyzji.
reaction-title = Reakcja: { $decision }
reaction-back = Wróć do Dokumentów
reaction-lead = Co myślisz o tym dokumencie? Coś jest nie tak albo czegoś brakuje? Napisz to tutaj. Specjalista da ci znać, że dostał twoją reakcję, a później, co z nią zrobiono.
reaction-lead-professional = Reakcje rodziny na ten dokument. Daj znać, że je dostałeś(-aś), a później napisz, co z nimi zrobiono.
reaction-sent = Twoja reakcja została wysłana.
reaction-saved = Twój szkic został zapisany. Widzisz go tylko ty.
reaction-all-heading = Reakcje rodziny
reaction-mine-heading = Twoja reakcja
reaction-none = Nie ma jeszcze reakcji.
reaction-give-heading = Daj swoją reakcję
reaction-body-label = Twoja reakcja

messages-title-professional = Wiadomości
messages-lead-professional = Wiadomości członków rodziny. Czytają je tylko stała osoba kontaktowa i członkowie zespołu ds. bezpieczeństwa w tej sprawie.
thread-no-line = { $name } ma mniej niż 12 lat i nie ma w Helder własnych wiadomości. Jest tu tylko alarm od: { $name }. Skontaktuj się sam(a): zadzwoń albo odwiedź. Dom może nie być bezpieczny? Najpierw porozmawiaj z zespołem ds. bezpieczeństwa.
input-lead-heard = { $audience ->
    [child] Chcesz coś powiedzieć o tej decyzji? Powiedz rodzicom albo specjaliście, gdy z tobą rozmawia. Możesz też coś narysować albo napisać list.
   *[other] Teraz nie możesz tu dać swojego zdania.
}
reaction-lead-heard = { $audience ->
    [child] Chcesz coś powiedzieć o tym dokumencie? Powiedz rodzicom albo specjaliście.
   *[other] Teraz nie możesz tu zareagować.
}
