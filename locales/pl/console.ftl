# Formularze konsoli i „Zarządzania”: to, co czyta specjalista albo administrator.

form-problems-title = To jeszcze nie jest dobrze
error-email-invalid = To nie jest adres e-mail. Adres e-mail wygląda tak: imie@organizacja.nl.
error-organisation-missing = Wybierz organizację, w której pracuje ta osoba.
error-choose-one = Wybierz jedną z opcji.
error-staff-left = Ta osoba już tu nie pracuje. Jeśli wróci, utwórz nowe konto.
error-leave-confirm = Zaznacz pole, żeby potwierdzić, że ta osoba odchodzi.
error-leave-still-vaste = Ta osoba jest jeszcze stałą osobą kontaktową dla: { $families }. Najpierw wybierz nową stałą osobę kontaktową dla tych rodzin. Dzięki temu rodzina nigdy nie zostaje bez niej.

staff-title = Zarządzanie
staff-lead = Tu dodajesz do Helder organizacje i osoby. Każdy dostaje własny kod aktywacyjny i loguje się kluczem dostępu. Nie widzisz tu danych rodzin.
staff-sections = Części tej strony
staff-added = Zapisano.
staff-left-done = Ta osoba odeszła. Wszystkie jej rodziny, kody, klucze dostępu i sesje zostały zakończone.
staff-people-title = Osoby
staff-people-empty = W Helder nie ma jeszcze osób.
staff-add-person-title = Dodaj osobę
staff-add-person-submit = Dodaj osobę
staff-organisations-title = Organizacje
staff-organisations-empty = W Helder nie ma jeszcze organizacji.
staff-add-organisation-title = Dodaj organizację
staff-add-organisation-submit = Dodaj organizację
staff-kind-professional = Specjalista
staff-kind-reviewer = Ekspert przez doświadczenie (sprawdza teksty)
staff-kind-administrator = Administrator
staff-status-left = Odszedł(-ła) { $date }.
staff-status-code = Ma kod aktywacyjny. Działa do { $date }.
staff-status-none = Nie może się jeszcze logować.
staff-status-passkeys = Może się logować { $count ->
    [one] 1 kluczem dostępu
    [few] { $count } kluczami dostępu
    [many] { $count } kluczami dostępu
   *[other] kluczami dostępu: { $count }
}.
staff-issue = Utwórz nowy kod aktywacyjny
staff-issue-label = Utwórz nowy kod aktywacyjny dla: { $name }
staff-issue-warning = Nowy kod zatrzymuje klucze dostępu, które ta osoba ma teraz. Zrób to, gdy telefon zginął.
staff-leave-open = Zgłoś odejście
staff-leave-explain = Czy { $name } odchodzi z organizacji? Wtedy dzisiaj wszystko się kończy: rodziny, kody, klucze dostępu i sesje osoby { $name }. Nie można tego cofnąć.
staff-leave-confirm = Tak, { $name } już tu nie pracuje
staff-leave-submit = Zgłoś odejście
staff-organisation-none = Bez organizacji (nie dla specjalistów)
staff-organisation-working = { $count ->
    [0] Nikt tu jeszcze nie pracuje.
    [one] Pracuje tu 1 specjalista.
    [few] Pracuje tu { $count } specjalistów.
   *[other] Pracuje tu { $count } specjalistów.
}
staff-field-kind = Co ta osoba robi w Helder?
staff-field-organisation = Organizacja
staff-field-organisation-hint = Wymagane dla specjalisty.
staff-field-given-name = Imię
staff-field-family-name = Nazwisko
staff-field-email = Służbowy adres e-mail
staff-field-email-hint = Rodziny widzą ten adres. Nieobowiązkowe.
staff-field-phone = Służbowy numer telefonu
staff-field-phone-hint = Rodziny widzą ten numer. Nieobowiązkowe.
staff-field-organisation-kind = Rodzaj organizacji
staff-field-organisation-name = Nazwa organizacji
staff-field-organisation-phone-hint = Ogólny numer. Rodziny widzą ten numer.
staff-field-website = Strona internetowa
staff-back = Wróć do Zarządzania
staff-letter-lead = Daj ten list tej osobie osobiście albo wyślij go bezpiecznie. Kod działa jeden raz.
staff-letter-intro-professional = Możesz teraz logować się do Helder w pracy. Tam aktualizujesz dane rodzin, z którymi pracujesz.
staff-letter-intro-reviewer = Możesz teraz logować się do Helder. Tam sprawdzasz teksty, które czytają rodziny.
staff-letter-intro-administrator = Możesz teraz logować się do Helder jako administrator. Tam dodajesz do Helder organizacje i osoby.
workplace-administration = Zarządzanie
staff-welcome = Witaj. Twój klucz dostępu działa. Tu dodajesz do Helder organizacje i osoby.

workplace-console = Moje rodziny
work-title = Moje rodziny
work-welcome = Witaj. Twój klucz dostępu działa. Tu widzisz rodziny, z którymi pracujesz.
work-lead = { $count ->
    [0] Teraz nie pracujesz z żadną rodziną.
    [one] Pracujesz z 1 rodziną.
   *[other] Pracujesz z rodzinami: { $count }.
} { $waiting ->
    [0] Teraz nic na ciebie nie czeka.
    [one] W 1 rodzinie coś na ciebie czeka. Jest na górze.
   *[other] W rodzinach coś na ciebie czeka: { $waiting }. Najpilniejsze jest na górze.
}
work-empty = Gdy kolega lub koleżanka doda cię do sprawy rodziny albo sam(a) otworzysz sprawę po zgłoszeniu, pojawi się tutaj.
work-you-are-vaste = Jesteś stałą osobą kontaktową
work-nothing-waiting = Teraz nic nie czeka.
attention-unsafe = { $name } nie czuje się bezpiecznie (zgłoszono { $date }). Nikt nie przeczytał tego na czas.
attention-overdue = { $name } czeka na odpowiedź od { $date }. Odpowiedź jest spóźniona.
attention-unanswered = { $name } wysłał(a) { $date } wiadomość, która nie została jeszcze przeczytana.
attention-input = { $count ->
    [one] 1 reakcja rodziny czeka
    [few] { $count } reakcje rodziny czekają
   *[other] { $count } reakcji rodziny czeka
} na „przeczytane” (od { $date }).
attention-decision = Decyzja oczekiwana { $date }: { $decision }.
work-attention-deadline = Rodzina ma czas do { $date }: { $deadline }.
error-date-invalid = Wpisz datę, na przykład 15-06-2026.
work-edit = Zaktualizuj rodzinę { $name }
console-title = Zaktualizuj rodzinę { $name }
console-back = Wróć do Moich rodzin
console-saved = Zapisano. Rodzina widzi to teraz w Helder.
console-lead = To, co tu zapiszesz, rodzina od razu widzi na swoich stronach.
console-family-pages = Zobacz strony rodziny
console-phase-title = Etap
console-phase-now = Teraz: { $phase }, od { $date }.
console-field-phase = Nowy etap
console-field-phase-hint = Zmiana pojawia się na drodze rodziny.
console-field-phase-on = Od którego dnia?
console-phase-submit = Zmień etap
console-decisions-title = Decyzje
console-decisions-empty = Nie ma jeszcze decyzji dla tej rodziny.
console-decision-expected = Oczekiwana { $date }.
console-decision-taken = Podjęta { $date }.
console-decision-term = Rodzina ma czas do { $date }: { $deadline }.
console-outcome-open = Zapisz wynik
console-field-decided-on = Którego dnia postanowiono?
console-field-reasons = Co postanowiono i dlaczego
console-field-reasons-hint = Pisz prostymi słowami. Powiedz też, co zrobiono ze zdaniem rodziny. Od dnia decyzji biegnie termin na odwołanie albo apelację; rodzina widzi, ile dni zostało.
console-outcome-submit = Zapisz wynik
work-new-case = Nowa rodzina po zgłoszeniu
new-case-title = Nowa rodzina
new-case-lead = Otwórz sprawę po zgłoszeniu. Od tej chwili jesteś w sprawie tej rodziny. Jesteś w tej roli stałą osobą kontaktową? Wtedy rodzina widzi cię jako swoją stałą osobę kontaktową.
new-case-field-family-name = Nazwisko rodziny
new-case-field-family-name-hint = Tak rodzina nazywa się w Helder: „Rodzina …”.
new-case-field-municipality = Gmina
new-case-field-reported-on = Data zgłoszenia
new-case-field-reported-by = Kto zgłosił?
new-case-field-reported-by-hint = Na przykład: szkoła, lekarz rodzinny, policja, rodzic. Zostaw puste przy zgłoszeniu anonimowym.
new-case-field-phase = Na jakim etapie jest teraz rodzina?
new-case-field-role = Twoja rola w tej rodzinie
new-case-field-role-hint = Tylko role twojej organizacji.
new-case-submit = Otwórz rodzinę
console-family-title = Rodzina
console-family-empty = W tej sprawie nie ma jeszcze członków rodziny.
console-member-gezag = Ma władzę rodzicielską.
console-member-open = Dodaj członka rodziny
console-member-submit = Dodaj członka rodziny
console-field-birth-date = Data urodzenia
console-field-relation = Kim jest ta osoba dla rodziny?
console-field-gezag = Ma władzę rodzicielską nad dziećmi
console-field-address = Adres
console-field-address-protected = Tajny adres: reszta rodziny nie widzi tego adresu
console-field-protected-hint = Zrób to na przykład po przemocy domowej. Były partner nigdy nie widzi adresu ani wiadomości.
console-field-phone = Numer telefonu
console-field-email = Adres e-mail
console-field-contact-protected = Ukryj telefon i e-mail: reszta rodziny ich nie widzi
console-decision-add-title = Dodaj decyzję
console-field-decision-kind = Jaka decyzja nadchodzi?
console-field-started-on = Od kiedy to trwa?
console-field-started-on-hint = Na przykład dzień zgłoszenia albo wniosku. Niektóre decyzje mają termin ustawowy od tego dnia.
console-field-expected-on = Kiedy spodziewasz się decyzji?
console-decision-add-submit = Dodaj decyzję
console-vaste-title = Stała osoba kontaktowa
console-vaste-now = Stałą osobą kontaktową jest teraz { $name }.
console-vaste-none = Ta rodzina nie ma teraz stałej osoby kontaktowej.
console-vaste-nobody = Nikt inny jeszcze nie pracuje z tą rodziną. Najpierw dodaj kolegę lub koleżankę do sprawy.
console-handover-open = Wybierz nową stałą osobę kontaktową
console-field-new-vaste = Kto zostanie nową stałą osobą kontaktową?
console-field-vaste-role = W jakiej roli?
console-field-reason = Dlaczego zmienia się stała osoba kontaktowa?
console-reason-new-job = Stała osoba kontaktowa idzie pracować gdzie indziej
console-reason-phase-change = Jest środek ochrony: przejmuje pracownik ochrony dzieci
console-reason-family-request = Rodzina poprosiła o kogoś innego
console-reason-leave = Stałej osoby kontaktowej długo nie ma
console-field-handover = Przekazanie dla rodziny
console-field-handover-hint = Rodzina to czyta. Napisz prostymi słowami, co nowy specjalista już wie i co dzieje się teraz. Dzięki temu rodzina nie musi opowiadać swojej historii od nowa.
console-field-handover-on = Od którego dnia?
console-handover-submit = Zmień stałą osobę kontaktową
console-is-vaste = Stała osoba kontaktowa
console-assign-open = Dodaj kolegę lub koleżankę do sprawy rodziny
console-field-colleague = Który kolega lub która koleżanka?
console-field-colleague-role = W jakiej roli?
console-field-colleague-role-hint = Tylko rola, która pasuje do organizacji tej osoby.
console-assign-submit = Dodaj do sprawy
work-handed-over = Przekazanie zostało zapisane. Rodzina czyta to, co napisałeś(-aś), w części „Zmiany”. Rodziny nie ma już na twojej liście? Wtedy od dzisiaj nie jesteś już zaangażowany(-a) w tę rodzinę.
console-documents-title = Dokumenty
console-document-reactions = Zobacz reakcje rodziny
console-document-add-title = Dodaj dokument
console-field-document-kind = Jaki to rodzaj dokumentu?
console-field-document-dated = Data dokumentu
console-field-document-status = Czy jest gotowy?
console-field-react-until = Reakcje możliwe do
console-field-react-until-hint = Zostaw puste, jeśli nie ma ostatniego dnia. Rodzina nie może reagować w Helder na decyzję sądu.
console-field-file = Dokument (PDF)
console-field-file-hint = Tylko PDF, najwyżej 10 MB. Rodzina może go otworzyć i pobrać.
console-document-add-submit = Dodaj dokument
preview-label = Podgląd.
preview-text = Widzisz Helder tak, jak widzi go { $name }. Nie możesz niczego zmienić. Rodzina widzi, że zaglądałeś(-aś).
preview-end = Zakończ podgląd
console-preview-title = Zobacz Helder tak, jak widzi go rodzina
console-preview-lead = Wybierz członka rodziny. Zobaczysz wtedy jego strony, ale nie jego własne wiadomości. Rodzina widzi w Helder, że zaglądałeś(-aś).
console-preview-as = Zobacz jako { $name }

work-absence-link = Zgłoś nieobecność
absence-title = Nieobecność
absence-lead = Nie będzie cię przez jakiś czas z powodu urlopu, choroby albo kursu? Wpisz to tutaj. Rodziny, którymi się zajmujesz, zobaczą wtedy, do kiedy cię nie ma i do kogo dzwonić w tym czasie. Widzą to tydzień wcześniej. Nie widzą powodu.
absence-list-heading = Twoje nieobecności
absence-none = Nie zgłosiłeś(-aś) nieobecności.
absence-period = Od { $first } do { $last } włącznie
absence-substitute-is = { $name } przejmuje.
absence-substitute-nobody = Nikt nie przejmuje. Rodziny dzwonią pod ogólny numer twojej organizacji.
absence-withdraw = Wycofaj
absence-new-heading = Zgłoś nieobecność
absence-field-first-day = Pierwszy dzień nieobecności
absence-field-last-day = Ostatni dzień nieobecności
absence-field-last-day-hint = Najwyżej pół roku po pierwszym dniu.
absence-field-reason = Powód
absence-field-reason-hint = Tylko dla ciebie. Rodziny nie widzą powodu.
absence-field-substitute = Kto przejmuje?
absence-field-substitute-hint = Kolega lub koleżanka z twojej organizacji. Rodziny widzą imię, numer telefonu i adres e-mail.
absence-field-substitute-none = Nikt
absence-submit = Zapisz nieobecność
absence-saved = Zapisano. Rodziny widzą teraz, do kiedy cię nie ma i kto przejmuje.
absence-withdrawn = Wycofano. Rodziny znowu widzą, że jesteś dostępny(-a).
absence-reason-holiday = Urlop
absence-reason-illness = Choroba
absence-reason-course = Kurs albo szkolenie
absence-reason-leave = Urlop okolicznościowy
absence-reason-other = Inny powód
