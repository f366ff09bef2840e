## Moje prawa. $audience: parent (rodzic), child (poniżej 12), youth (12 do 16), youth16 (16 lub 17), adult.

rights-title = Moje prawa
rights-lead = To są twoje prawa. Najpierw prawa, które są ważne teraz. To, co kończy się najwcześniej, jest na górze.
rights-now-heading = Teraz ważne
rights-other-phases-heading = Prawa na innych etapach
rights-how = Jak z tego skorzystać?
rights-contact = Kto może pomóc?
rights-deadline = Najpóźniej do { $date }.
rights-days-left = { $days ->
    [one] Został 1 dzień.
    [few] Zostały { $days } dni.
    [many] Zostało { $days } dni.
   *[other] Zostało { $days } dnia.
}
rights-due-today = Dzisiaj jest ostatni dzień.
rights-passed = Ten termin minął. Zapytaj prawnika albo Jeugdstem, co jeszcze możesz zrobić.
rights-deadline-from = Termin liczy się od decyzji z { $date }.

right-vertrouwenspersoon = Pomoc osoby zaufania
right-vertrouwenspersoon-how = { $audience ->
    [child] Osoba zaufania z Jeugdstem słucha cię i ci pomaga. To nic nie kosztuje. Zapytaj rodziców albo zadzwoń sam(a).
   *[other] Osoba zaufania z Jeugdstem wspiera cię, wyjaśnia, co się dzieje, i przychodzi z tobą na rozmowy. To nic nie kosztuje i ta osoba nie pracuje dla pomocy młodzieży.
}
right-information = Jasne wyjaśnienie
right-information-how = { $audience ->
    [child] Możesz zapytać, co się dzieje i dlaczego. Specjaliści muszą to wyjaśnić tak, żebyś rozumiał(a).
   *[other] Masz prawo do wyjaśnienia, które rozumiesz: co się dzieje, dlaczego i co możesz zrobić. Zapytaj swoją stałą osobę kontaktową.
}
right-inzage = Przeczytaj swoje akta
right-inzage-how = Możesz przeczytać, co o tobie napisano, i poprosić o kopię. Zapytaj organizację, która prowadzi akta. Musi odpowiedzieć w ciągu miesiąca.
right-own-statement = Dodaj swoją wersję
right-own-statement-how = Nie zgadzasz się z tym, co jest w twoich aktach? Wtedy możesz dodać do nich swoje oświadczenie.
right-destruction = Poproś o zniszczenie akt
right-destruction-how = Możesz poprosić o zniszczenie swoich akt. Czasem nie jest to dozwolone, na przykład gdy są ważne dla kogoś innego. Organizacja odpowiada w ciągu trzech miesięcy.
right-complaint = Złóż skargę
right-complaint-how = Nie jesteś zadowolony(-a) z tego, jak traktuje cię organizacja? Wtedy możesz złożyć skargę. Jeugdstem ci w tym pomoże.
right-veilig-thuis-explains = Wyjaśnienie od Veilig Thuis
right-veilig-thuis-explains-how = Przy pierwszym kontakcie Veilig Thuis musi wyjaśnić, co się stanie, co robi z twoimi danymi i jak możesz złożyć skargę.
right-consent = Zgoda na pomoc
right-consent-how = { $audience ->
    [child] Zgodę na pomoc dają twoi rodzice. Zawsze możesz powiedzieć, co o tym myślisz.
    [youth] Na pomoc musisz się zgodzić ty i twoi rodzice, którzy mają władzę rodzicielską.
    [youth16] Od 16 lat sam(a) decydujesz, czy chcesz pomocy. Twoi rodzice nie muszą się zgadzać.
   *[other] Na pomoc potrzebna jest zgoda. Poniżej 12 lat zgodę dają rodzice z władzą rodzicielską. Od 12 do 16 lat dziecko i rodzice. Od 16 lat sama młoda osoba.
}
right-familiegroepsplan = Zrób własny plan
right-familiegroepsplan-how = Możesz najpierw zrobić własny plan z rodziną i przyjaciółmi: plan grupy rodzinnej (familiegroepsplan). Zapytaj swoją stałą osobę kontaktową, jak to działa.
right-bezwaar = Odwołaj się od decyzji gminy
right-bezwaar-how = Nie zgadzasz się z decyzją (beschikking) gminy o pomocy? Wyślij do gminy pismo z odwołaniem (bezwaar) w ciągu 6 tygodni.
right-bring-someone = Przyjdź z kimś
right-bring-someone-how = Na rozmowy możesz przyjść z kimś: z przyjacielem, krewnym albo osobą zaufania.
right-hoor-en-wederhoor = Twoja strona historii
right-hoor-en-wederhoor-how = Badacz Rady musi wysłuchać także ciebie. W raporcie fakty i opinie muszą być oddzielone.
right-reaction-to-report = Odpowiedz na raport Rady
right-reaction-to-report-how = Możesz przeczytać raport, zanim trafi do sędziego rodzinnego. Twoja odpowiedź trafi razem z nim do sędziego.
right-court-documents = Przeczytaj dokumenty przed rozprawą
right-court-documents-how = { $audience ->
    [youth] Od 12 lat możesz przeczytać dokumenty Rady przed rozprawą. Zapytaj w sądzie.
    [youth16] Możesz przeczytać dokumenty Rady przed rozprawą. Zapytaj w sądzie.
   *[other] Możesz przeczytać dokumenty Rady przed rozprawą. Zapytaj w sądzie.
}
right-be-heard = Powiedz sędziemu rodzinnemu, co myślisz
right-be-heard-how = { $audience ->
    [child] Czasem sędzia chce porozmawiać też z młodszymi dziećmi. Możesz też wysłać list albo rysunek.
    [youth] Od 12 lat sędzia rodzinny zaprasza cię, żebyś powiedział(a), co myślisz. Może to być osobna rozmowa. Twoje zdanie się liczy, ale decyduje sędzia.
    [youth16] Sędzia rodzinny zaprasza cię, żebyś powiedział(a), co myślisz. Może to być osobna rozmowa. Twoje zdanie się liczy, ale decyduje sędzia.
   *[other] Na rozprawie mówisz sędziemu rodzinnemu, co myślisz. Dzieci od 12 lat też są zapraszane.
}
right-contra-expertise = Twój własny ekspert
right-contra-expertise-how = Możesz poprosić sędziego o osobne badanie przez innego eksperta. Przy nadzorze albo władzy rodzicielskiej płaci państwo.
right-lawyer = Adwokat
right-lawyer-how = Możesz wziąć adwokata. Czasem jest to za darmo. Przy apelacji zawsze potrzebujesz adwokata.
right-hoger-beroep = Apelacja (hoger beroep)
right-hoger-beroep-how = Nie zgadzasz się z decyzją sędziego rodzinnego? Wtedy w ciągu 3 miesięcy możesz złożyć apelację do sądu apelacyjnego. Robi się to przez adwokata.
right-annul-aanwijzing = Poproś o unieważnienie pisemnego polecenia
right-annul-aanwijzing-how = Nie zgadzasz się z pisemnym poleceniem (schriftelijke aanwijzing)? W ciągu 2 tygodni poproś sędziego rodzinnego o jego unieważnienie.
right-ask-gi-to-reconsider = Poproś pracownika ochrony dzieci o zmianę
right-ask-gi-to-reconsider-how = Możesz poprosić pracownika ochrony dzieci o wycofanie polecenia albo zakończenie umieszczenia. Odpowiada w ciągu 2 tygodni. Potem możesz pójść do sędziego rodzinnego.
right-end-or-replace = Poproś o zakończenie środka
right-end-or-replace-how = { $audience ->
    [youth] Od 12 lat możesz poprosić sędziego rodzinnego o zakończenie nadzoru albo o wybór innej organizacji ochrony dzieci.
    [youth16] Możesz poprosić sędziego rodzinnego o zakończenie nadzoru albo o wybór innej organizacji ochrony dzieci.
   *[other] Rodzic z władzą rodzicielską może poprosić sędziego rodzinnego o zakończenie nadzoru albo o wybór innej organizacji ochrony dzieci.
}
right-omgang = Zmień zasady kontaktów
right-omgang-how = Chcesz zmienić ustalenia o kontaktach rodzica z dzieckiem? Zapytaj sędziego rodzinnego.

contact-jeugdstem = Jeugdstem, osoba zaufania. To nic nie kosztuje.
contact-vaste-professional = Twoja stała osoba kontaktowa.
contact-organisation-with-file = Organizacja, która ma akta.
contact-veilig-thuis = Veilig Thuis. Za darmo, w dzień i w nocy.
contact-gemeente = Gmina. Zadzwoń pod 14, a potem numer kierunkowy swojej gminy, na przykład 14 0320 dla Lelystad.
contact-raad = Raad voor de Kinderbescherming (Rada ds. Ochrony Dzieci).
contact-rechtbank = Sekretariat sądu (griffie). Tam pytasz o dokumenty i datę rozprawy. Numer telefonu jest w liście z sądu i na rechtspraak.nl.
contact-gi = Pracownik ochrony dzieci.
contact-lawyer = Het Juridisch Loket za darmo pomaga znaleźć adwokata. Możesz zadzwonić pod 0900 8020, to kosztuje 25 centów za minutę. Wizyta w jednym z ich biur jest darmowa: umów się przez juridischloket.nl.

rights-title-professional = Prawa rodziny
rights-lead-professional = Prawa rodziny, tak jak czytają je rodzice i dzieci. Najpierw prawa tego etapu, to, co kończy się najwcześniej, na górze.
contact-jeugdstem-link = Zadzwoń albo napisz do Jeugdstem
contact-vaste-professional-link = Zadzwoń albo napisz do swojej stałej osoby kontaktowej
contact-organisation-with-file-link = Numery telefonów organizacji
contact-veilig-thuis-link = Zadzwoń do Veilig Thuis: 0800 2000
contact-gemeente-link = Złóż skargę do gminy
contact-raad-link = Numer telefonu Rady
contact-rechtbank-link = Przejdź do rechtspraak.nl
contact-gi-link = Numer telefonu organizacji ochrony dzieci
contact-lawyer-link = Przejdź do juridischloket.nl
