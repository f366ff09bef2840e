## Moja droga, Co nadchodzi, Spotkania, Dokumenty, Pomoc i skargi, Zmiany.

nav-label = O twojej rodzinie
nav-overview = Przegląd
nav-powers = Kto co robi
nav-timeline = Moja droga
nav-rights = Prawa
nav-decisions = Co nadchodzi
nav-meetings = Spotkania
nav-documents = Dokumenty
nav-help = Pomoc i skargi
nav-changes = Zmiany
nav-glossary = Wyjaśnienie słów

timeline-title = Moja droga
timeline-lead = Wszystkie kroki po kolei: co się wydarzyło, gdzie teraz jesteś i co prawdopodobnie nastąpi.
timeline-state-done = Zrobione
timeline-state-current = Teraz
timeline-state-expected = Oczekiwane
timeline-on = { $date }
timeline-around = około { $date }
step-melding = Zgłoszenie do Veilig Thuis
step-veilig-thuis = Veilig Thuis sprawdza bezpieczeństwo
step-wijkteam = Pomoc zespołu dzielnicowego
step-jeugdbeschermingstafel = Spotkanie Jeugdbeschermingstafel
step-raadsonderzoek = Badanie Rady ds. Ochrony Dzieci
step-verzoek = Wniosek do sędziego rodzinnego
step-zitting = Rozprawa w sądzie rodzinnym
step-maatregel = Środek zarządzony przez sędziego rodzinnego
step-evaluatie = Ocena środka

decisions-title = Co nadchodzi
decisions-lead = Tu widzisz najpierw, jakie decyzje nadchodzą, a potem, co już postanowiono. Widzisz, kto decyduje, kiedy i co możesz zrobić.
decisions-none = Teraz nie nadchodzą żadne decyzje.
decisions-who = Kto decyduje?
decisions-when = Kiedy?
decisions-by = Najpóźniej do { $date }
decisions-expected = Oczekiwana około { $date }
decisions-unknown-date = Data nie jest jeszcze znana.
decisions-before = Co możesz zrobić przed decyzją?
decisions-after = Co możesz zrobić po decyzji?
decisions-after-deadline = { $audience ->
    [child] Twoi rodzice mają na to czas do { $date } ({ $deadline }).
    [professional] Rodzina ma na to czas do { $date } ({ $deadline }).
   *[other] Masz na to czas do { $date } ({ $deadline }).
}
decisions-taken = Postanowiono { $date }
decisions-reasons = Dlaczego tak postanowiono?
decision-veilig-thuis-triage = Co Veilig Thuis zrobi po zgłoszeniu
decision-jeugdhulp = Jaką pomoc dostanie twoja rodzina
decision-onderzoek-start = Czy Rada zacznie badanie
decision-raadsbesluit = Czy Rada poprosi sędziego rodzinnego o środek ochrony
decision-ots = Czy będzie nadzór (OTS)
decision-uithuisplaatsing = Czy dziecko będzie (przez jakiś czas) mieszkać gdzie indziej
decision-verlenging = Czy środek będzie trwał dłużej, czy się skończy
decision-plan-van-aanpak = Plan działania (plan van aanpak)
decision-schriftelijke-aanwijzing = Pisemne polecenie (schriftelijke aanwijzing)
decision-omgang = Ustalenia o kontaktach rodzica z dzieckiem
maker-gemeente = Gmina
maker-raad = Rada ds. Ochrony Dzieci
maker-kinderrechter = Sędzia rodzinny
maker-gi = Pracownik ochrony dzieci
maker-family-and-professionals = Ty razem ze specjalistami
maker-veilig-thuis = Veilig Thuis
step-action-give-view = { $audience ->
    [child] Powiedz rodzicom albo specjaliście, co myślisz. Możesz też coś narysować.
   *[other] Powiedz, co myślisz, w rozmowie albo na piśmie.
}
step-action-be-heard = { $audience ->
    [child] Czasem sędzia rodzinny chce z tobą porozmawiać. Możesz też wysłać list albo rysunek.
   *[other] Powiedz sędziemu rodzinnemu na rozprawie, co myślisz.
}
step-action-bring-vertrouwenspersoon = { $audience ->
    [child] Osoba zaufania z Jeugdstem może ci pomóc. To nic nie kosztuje.
   *[other] Przyjdź z osobą zaufania. To nic nie kosztuje.
}
step-action-get-lawyer = { $audience ->
    [child] Twoi rodzice mogą wziąć adwokata, który pomaga im w sądzie.
   *[other] Weź adwokata. Czasem jest to za darmo.
}
step-action-read-documents = { $audience ->
    [child] Dokumenty czytają twoi rodzice. Jeśli chcesz wiedzieć, co w nich jest, zapytaj ich.
   *[other] Przeczytaj dokumenty i raport, zanim zapadnie decyzja.
}
step-action-make-own-plan = { $audience ->
    [child] Twoi rodzice robią plan z rodziną i przyjaciółmi. Możesz powiedzieć, co jest dla ciebie ważne.
   *[other] Zrób własny plan z rodziną i przyjaciółmi.
}
step-action-bezwaar = { $audience ->
    [child] Twoi rodzice się nie zgadzają? Wtedy mogą odwołać się do gminy.
   *[other] Odwołaj się do gminy.
}
step-action-hoger-beroep = { $audience ->
    [child] Twoi rodzice się nie zgadzają? Wtedy mogą pójść z adwokatem do innego sędziego.
   *[other] Złóż apelację do sądu apelacyjnego przez adwokata.
}
step-action-annul-aanwijzing = { $audience ->
    [child] Twoi rodzice mogą poprosić sędziego rodzinnego o unieważnienie polecenia.
   *[other] Poproś sędziego rodzinnego o unieważnienie polecenia.
}
step-action-ask-gi-to-reconsider = { $audience ->
    [child] Twoi rodzice mogą poprosić pracownika ochrony dzieci o zmianę. Ty też możesz powiedzieć, co myślisz.
   *[other] Poproś pracownika ochrony dzieci o zmianę.
}
step-action-complain = { $audience ->
    [child] Ktoś cię źle potraktował? Powiedz rodzicom albo zadzwoń do Jeugdstem.
   *[other] Złóż skargę, jeśli zostałeś(-aś) źle potraktowany(-a).
}
deadline-bezwaar = 6 tygodni na odwołanie
deadline-hoger-beroep = 3 miesiące na apelację
deadline-aanwijzing-vervallen = 2 tygodnie
deadline-spoed-verhoor = 2 tygodnie
deadline-veiligheidsbeoordeling = 5 dni roboczych
deadline-veilig-thuis-onderzoek = 10 tygodni
deadline-hulpverleningsplan = 6 tygodni
deadline-uithuisplaatsing-uitvoeren = 3 miesiące
deadline-geen-verlenging-melden = 2 miesiące przed końcem

meetings-title = Spotkania
meetings-lead = Te spotkania są zaplanowane. Widzisz, kto przyjdzie i czego możesz się spodziewać.
meetings-none = Teraz nie ma zaplanowanych spotkań.
meetings-when = { $date }, godz. { $time }
meetings-where = Gdzie: { $place }
meetings-who = Kto przyjdzie?
meetings-expect = Czego możesz się spodziewać?
meeting-jeugdbeschermingstafel = Jeugdbeschermingstafel
meeting-zitting = Rozprawa w sądzie rodzinnym
meeting-gesprek = Rozmowa
meeting-evaluatie = Ocena
meeting-expect-jeugdbeschermingstafel = { $audience ->
    [child] Dorośli rozmawiają o tym, jak jest w domu i czego potrzeba.
    [youth] Możesz tam być, bo masz 12 lat lub więcej. Każdy mówi, jak idzie. Trwa to 1 do 1,5 godziny. Potem badacz Rady decyduje, czy Rada przeprowadzi badanie.
    [youth16] Możesz tam być. Każdy mówi, jak idzie. Trwa to 1 do 1,5 godziny. Potem badacz Rady decyduje, czy Rada przeprowadzi badanie.
   *[other] Rozmawiasz ze specjalistami o obawach i pomocy. Dzieci od 12 lat mogą tam być. Możesz przyjść z kimś. Trwa to 1 do 1,5 godziny. Potem badacz Rady decyduje, czy Rada przeprowadzi badanie.
}
meeting-expect-zitting = { $audience ->
    [child] Sędzia rodzinny rozmawia z twoimi rodzicami i specjalistami. Czasem sędzia chce porozmawiać też z tobą.
    [youth] Sędzia rodzinny zaprasza cię, żebyś powiedział(a), co myślisz. Może to być osobno, bez rodziców. Twoje zdanie jest ważne, ale to nie jest decyzja: decyduje sędzia.
    [youth16] Sędzia rodzinny zaprasza cię, żebyś powiedział(a), co myślisz. Może to być osobno, bez rodziców. Twoje zdanie jest ważne, ale to nie jest decyzja: decyduje sędzia.
   *[other] Rozprawa odbywa się przy drzwiach zamkniętych. Sędzia rodzinny słucha ciebie, Rady i innych specjalistów. Na końcu sędzia mówi, kiedy będzie decyzja. Możesz przyjść z adwokatem.
}
meeting-expect-gesprek = W tej rozmowie mówisz, jak idzie i co jest dla ciebie ważne. Możesz przyjść z kimś.
meeting-expect-evaluatie = Razem patrzycie, jak idzie plan i czego jeszcze potrzeba.

documents-title = Dokumenty
documents-lead = To są plany i raporty o twojej rodzinie.
documents-none = Nie ma jeszcze dokumentów.
documents-by = Od: { $organisation }
documents-dated = Data: { $date }
documents-status-concept = Wersja robocza: jeszcze niegotowa
documents-status-definitief = Ostateczna wersja
documents-may-react = Możesz dać własną reakcję na ten dokument.
documents-react-closed = Czas na reakcję na ten dokument minął.
documents-react-link = Daj swoją reakcję
documents-open = Otwórz dokument (PDF, { $size } kB)
documents-no-file = Pliku tego dokumentu nie ma w Helder. Poproś swoją stałą osobę kontaktową o kopię. Masz prawo do kopii w ciągu miesiąca.
documents-react-until = Możesz zareagować do { $date }.
document-gezinsplan = Plan rodzinny
document-plan-van-aanpak = Plan działania (plan van aanpak)
document-raadsrapport = Raport Rady (raadsrapport)
document-beschikking = Decyzja sędziego rodzinnego

help-title = Pomoc i skargi
help-lead = Chcesz pomocy albo rady, albo jesteś z czegoś niezadowolony(-a)? Tu znajdziesz, do kogo zadzwonić albo napisać.
help-vertrouwenspersoon-heading = Osoba zaufania z Jeugdstem
help-vertrouwenspersoon-text = Osoba zaufania jest niezależna i nic nie kosztuje. Słucha, wyjaśnia, przychodzi na rozmowy i pomaga przy skardze.
help-complaints-heading = Skarga na organizację
help-complaint-intro = Najpierw porozmawiaj z tą osobą, jeśli możesz. Jeśli to nie pomaga, złóż skargę.
help-urgent-heading = Potrzebujesz pomocy od razu?
help-urgent-112 = W nagłym niebezpieczeństwie: zadzwoń pod 112
help-urgent-veilig-thuis = Veilig Thuis: 0800 2000 (za darmo, w dzień i w nocy)
help-urgent-kindertelefoon = De Kindertelefoon: 0800 0432 (za darmo)
help-website = Strona internetowa: { $organisation }
complaint-how-veilig-thuis = Wyślij skargę do Veilig Thuis. Dalej nie jesteś zadowolony(-a)? Wtedy możesz zwrócić się do Rzecznika Narodowego (Nationale ombudsman).
complaint-how-wijkteam = Złóż skargę w gminie. Gmina musi odpowiedzieć w ciągu 6 tygodni.
complaint-how-raad = Złóż skargę w Radzie ds. Ochrony Dzieci. Potem możesz zwrócić się do Rzecznika Narodowego.
complaint-how-gi = Złóż skargę do komisji skarg organizacji ochrony dzieci. Jej przewodniczący jest niezależny.
complaint-how-rechtbank = Nie możesz złożyć skargi na decyzję sędziego, ale możesz złożyć apelację. Możesz złożyć skargę do sądu na to, jak cię potraktowano.
complaint-how-jeugdstem = Złóż skargę w Jeugdstem.
complaint-how-other = Złóż skargę w samej organizacji. Jeugdstem może ci w tym pomóc.

changes-title = Zmiany
changes-lead = Tu widzisz, kto był twoją stałą osobą kontaktową i dlaczego to się zmieniło.
changes-none = Twoja stała osoba kontaktowa się nie zmieniła.
changes-period = Od { $from } do { $until }
changes-since = Od { $from }
changes-reason = Dlaczego?
changes-handover = Co nowy specjalista wie o tobie
changes-new-heading = Masz nową stałą osobę kontaktową
changes-new-text = Od { $date } twoją stałą osobą kontaktową jest { $name }. Ta informacja zostaje przez { $weeks } tygodni albo do chwili, gdy naciśniesz ‘Przeczytałem(-am) to’.
changes-read-more = Przeczytaj, dlaczego to się zmieniło
changes-seen-button = Przeczytałem(-am) to
change-reason-new-job = Poprzedni specjalista ma nową pracę.
change-reason-phase-change = Jest środek sądowy. Dlatego teraz pomaga wam pracownik ochrony dzieci.
change-reason-family-request = Sami poprosiliście o innego specjalistę.
change-reason-leave = Poprzedniego specjalisty długo nie ma.

glossary-title = Wyjaśnienie słów
glossary-lead = Słowa z ochrony dzieci wyjaśnione prostym językiem.
term-ots = Nadzór (OTS)
term-ots-forms = nadzór, nadzoru, OTS
term-ots-explained = Sędzia rodzinny decyduje, że pracownik ochrony dzieci pomaga twojej rodzinie i pilnuje, jak idzie. Trwa to najwyżej 1 rok, ale można to przedłużyć. Rodzice zachowują władzę rodzicielską.
term-voorlopige-ots = Tymczasowy nadzór (voorlopige OTS)
term-voorlopige-ots-forms = tymczasowy nadzór, voorlopige OTS
term-voorlopige-ots-explained = Nadzór, który sędzia daje szybko, gdy nie jest bezpiecznie. Trwa najwyżej 3 miesiące.
term-machtiging-uithuisplaatsing = Zgoda na umieszczenie (machtiging uithuisplaatsing)
term-machtiging-uithuisplaatsing-forms = zgoda na umieszczenie, umieszczenie poza domem
term-machtiging-uithuisplaatsing-explained = Zgoda sędziego rodzinnego na to, żeby dziecko mieszkało gdzie indziej, na przykład w rodzinie zastępczej. Bez niej to niedozwolone.
term-raadsonderzoek = Badanie Rady (raadsonderzoek)
term-raadsonderzoek-forms = badanie Rady, raadsonderzoek
term-raadsonderzoek-explained = Badanie Rady ds. Ochrony Dzieci. Badacz rozmawia z rodzicami, dziećmi i na przykład ze szkołą i zapisuje, czego potrzeba.
term-raadsrapport = Raport Rady (raadsrapport)
term-raadsrapport-forms = raport Rady, raadsrapport
term-raadsrapport-explained = Raport Rady po badaniu. Twoja reakcja trafia z nim do sędziego rodzinnego.
term-gezag = Władza rodzicielska (gezag)
term-gezag-forms = władza rodzicielska, władzę rodzicielską, władzy rodzicielskiej
term-gezag-explained = Prawo i obowiązek podejmowania decyzji o dziecku, na przykład o szkole i opiece. Zwykle mają ją rodzice.
term-schriftelijke-aanwijzing = Pisemne polecenie (schriftelijke aanwijzing)
term-schriftelijke-aanwijzing-forms = pisemne polecenie, schriftelijke aanwijzing
term-schriftelijke-aanwijzing-explained = Polecenie na piśmie od pracownika ochrony dzieci, które rodzice muszą wykonać. W ciągu 2 tygodni możesz poprosić sędziego rodzinnego o jego unieważnienie.
term-jeugdbeschermingstafel = Jeugdbeschermingstafel
term-jeugdbeschermingstafel-forms = Jeugdbeschermingstafel
term-jeugdbeschermingstafel-explained = Spotkanie rodziców, dzieci od 12 lat i specjalistów. Potem badacz Rady decyduje, czy będzie badanie.
term-beschikking = Decyzja (beschikking)
term-beschikking-forms = beschikking
term-beschikking-explained = Oficjalna decyzja na piśmie od gminy albo od sędziego.
term-bezwaar = Odwołanie (bezwaar)
term-bezwaar-forms = odwołanie, bezwaar
term-bezwaar-explained = Pismo, w którym mówisz, że nie zgadzasz się z decyzją gminy. Musisz je wysłać w ciągu 6 tygodni.
term-hoger-beroep = Apelacja (hoger beroep)
term-hoger-beroep-forms = apelacja, apelację, apelacji
term-hoger-beroep-explained = Prośba do innego sędziego, w sądzie apelacyjnym, żeby jeszcze raz spojrzał na decyzję sędziego rodzinnego. Musisz to zrobić w ciągu 3 miesięcy, z adwokatem.
term-zitting = Rozprawa (zitting)
term-zitting-forms = rozprawa, rozprawie, rozprawą
term-zitting-explained = Chwila, w której sędzia rodzinny rozmawia ze wszystkimi, zanim zdecyduje. Nie jest publiczna.
term-plan-van-aanpak = Plan działania (plan van aanpak)
term-plan-van-aanpak-forms = plan działania, plan van aanpak
term-plan-van-aanpak-explained = Plan pracownika ochrony dzieci: co musi się zmienić, jaka pomoc przyjdzie i kiedy będzie wystarczająco dobrze.
term-familiegroepsplan = Plan grupy rodzinnej (familiegroepsplan)
term-familiegroepsplan-forms = plan grupy rodzinnej, familiegroepsplan
term-familiegroepsplan-explained = Plan, który robicie sami z rodziną, przyjaciółmi i sąsiadami. Tę szansę dostajecie najpierw.
term-vertrouwenspersoon = Osoba zaufania (vertrouwenspersoon)
term-vertrouwenspersoon-forms = osoba zaufania, osobę zaufania, osoby zaufania, osobą zaufania
term-vertrouwenspersoon-explained = Ktoś z Jeugdstem, kto cię wspiera, wyjaśnia i pomaga. Niezależny i za darmo.
term-gecertificeerde-instelling = Certyfikowana instytucja (gecertificeerde instelling)
term-gecertificeerde-instelling-forms = certyfikowana instytucja, organizacja ochrony dzieci
term-gecertificeerde-instelling-explained = Organizacja ochrony dzieci, taka jak SAVE. Pracują tam pracownicy ochrony dzieci i opiekunowie prawni.

nav-access-log = Kto zaglądał
access-log-title = Kto zaglądał do moich danych
access-log-lead = Tu widzisz, kiedy specjalista oglądał albo zmieniał dane twojej rodziny. Widzisz jego rolę i organizację.
access-log-none = Żaden specjalista nie oglądał jeszcze twoich danych.
access-log-when = { $date }, godz. { $time }
access-log-read = { $role } z { $organisation } oglądał(a): { $what }.
access-log-changed = { $role } z { $organisation } zmienił(a): { $what }.
access-log-preview = { $role } z { $organisation } oglądał(a): { $what }, tak jak widzi to ktoś z twojej rodziny (podgląd).
access-data-overview = twój przegląd
access-data-powers = kto co robi
access-data-timeline = twoja droga
access-data-rights = twoje prawa
access-data-decisions = nadchodzące decyzje
access-data-meetings = twoje spotkania
access-data-documents = lista dokumentów
access-data-help = pomoc i skargi
access-data-changes = zmiany stałej osoby kontaktowej
access-data-team = kto z wami pracuje
access-data-account = kto z was może się logować, i kod aktywacyjny

nav-more = Więcej
nav-family-access = Dostęp do Helder
nav-overview-professional = Przegląd
nav-messages-professional = Wiadomości
nav-decisions-professional = Decyzje
nav-rights-professional = Prawa rodziny
nav-meetings-professional = Spotkania
nav-powers-professional = Kto co robi
nav-family-professional = Rodzina
nav-timeline-professional = Droga
nav-documents-professional = Dokumenty
nav-help-professional = Pomoc i skargi
nav-changes-professional = Zmiany
nav-access-log-professional = Kto zaglądał
nav-family-access-professional = Dostęp do Helder
timeline-title-professional = Droga
timeline-lead-professional = Wszystkie kroki tej rodziny po kolei, tak jak widzi je rodzina: co się wydarzyło, gdzie rodzina jest teraz i co prawdopodobnie nastąpi.
decisions-title-professional = Decyzje
decisions-lead-professional = Decyzje tak, jak widzi je rodzina: najpierw nadchodzące, potem podjęte. Z tym, co może zrobić rodzic i młoda osoba.
decisions-upcoming-heading = Co nadchodzi
decisions-decided-heading = Co postanowiono
decisions-decided-lead = Te decyzje zapadły. Nie zgadzasz się? Możesz jeszcze coś zrobić, do podanej daty.
decisions-decided-lead-professional = Te decyzje zapadły. Rodzina może jeszcze się odwołać albo złożyć apelację, do podanej daty.
decisions-lasts = Jak długo?
decisions-lasts-until = Najwyżej do { $date }. Dokładnie do kiedy, jest napisane w decyzji sądu.
decisions-before-professional = Co rodzina może zrobić przed decyzją?
decisions-after-professional = Co rodzina może zrobić po decyzji?
decisions-input-link-professional = Zobacz, co powiedziała rodzina
decision-veilig-thuis-triage-decided = Decyzja Veilig Thuis po zgłoszeniu
decision-jeugdhulp-decided = Decyzja o pomocy dla twojej rodziny
decision-onderzoek-start-decided = Decyzja o badaniu Rady
decision-raadsbesluit-decided = Decyzja Rady o wniosku do sędziego rodzinnego
decision-ots-decided = Decyzja o nadzorze (OTS)
decision-uithuisplaatsing-decided = Decyzja o mieszkaniu gdzie indziej (umieszczenie poza domem)
decision-verlenging-decided = Decyzja o dalszym trwaniu albo zakończeniu środka
decision-plan-van-aanpak-decided = Plan działania został ustalony
decision-schriftelijke-aanwijzing-decided = Wydano pisemne polecenie
decision-omgang-decided = Decyzja o kontaktach rodzica z dzieckiem
meetings-title-professional = Spotkania
meetings-lead-professional = Spotkania zaplanowane dla tej rodziny, kto przyjdzie i czego rodzina może się spodziewać.
documents-title-professional = Dokumenty
documents-lead-professional = Plany i raporty o tej rodzinie, tak jak widzi je rodzina.
help-title-professional = Pomoc i skargi
help-lead-professional = Gdzie rodzina znajdzie pomoc i radę i jak może złożyć skargę na każdą organizację w tej sprawie.
changes-title-professional = Zmiany
changes-lead-professional = Kto był stałą osobą kontaktową tej rodziny i dlaczego to się zmieniło, tak jak czyta to rodzina.

nav-label-professional = Strony o tej rodzinie
