## Kto co robi: o czym specjalista może decydować, a o czym nie.

power-grant-help = Przyznaje albo odmawia pomocy twojej rodzinie. Dzieje się to w liście: beschikking (decyzja).
power-make-family-plan = Razem z tobą robi plan dla rodziny.
power-ask-raad = Prosi Radę ds. Ochrony Dzieci o badanie.
power-call-table = Organizuje spotkanie w Jeugdbeschermingstafel.
power-decide-after-melding = Decyduje, co dzieje się po zgłoszeniu: zorganizować pomoc, zbadać sprawę albo zakończyć.
power-advise-on-safety = Myśli razem z innymi o bezpieczeństwie dzieci i bierze udział w rozmowach.
power-decide-onderzoek-starts = Po Jeugdbeschermingstafel decyduje, czy Rada zaczyna badanie.
power-decide-to-ask-court = Po badaniu decyduje, czy Rada prosi sędziego rodzinnego o środek ochrony.
power-ask-court-for-measure = Prosi sędziego rodzinnego o środek ochrony, na przykład nadzór (OTS).
power-impose-measure = Zarządza środek ochrony, na przykład nadzór (OTS) albo umieszczenie poza domem.
power-impose-help = Nakazuje pomoc, także gdy jej nie chcesz.
power-place-outside-home = Sprawia, że dziecko mieszka poza domem.
power-write-plan-van-aanpak = Pisze plan działania (plan van aanpak): co musi się zmienić i jaka pomoc temu towarzyszy.
power-give-aanwijzing = Wydaje pisemne polecenie (schriftelijke aanwijzing), które musisz wykonać.
power-choose-placement = Wybiera, gdzie dziecko będzie mieszkać, gdy sędzia rodzinny zgodził się na umieszczenie.
power-limit-contact = Ogranicza kontakt rodziców z dzieckiem w czasie umieszczenia.
power-ask-extension = Prosi sędziego rodzinnego o przedłużenie albo zakończenie środka.
power-medical-over-objection = Zgadza się na leczenie, gdy rodzice mówią nie.
power-move-from-foster-family = Przenosi dziecko z rodziny zastępczej, w której mieszka od roku lub dłużej.
power-decide-omgang = Decyduje o zasadach kontaktów rodziców z dzieckiem.
power-annul-aanwijzing = Unieważnia pisemne polecenie (schriftelijke aanwijzing), gdy rodzic o to prosi.
power-decide-as-guardian = Podejmuje decyzje o dziecku, które normalnie podejmowaliby rodzice, na przykład o szkole i opiece.
power-choose-foster-family = Wybiera rodzinę zastępczą albo placówkę.
power-decide-about-family = Decyduje o czymkolwiek w twojej rodzinie.

decider-kinderrechter = O tym decyduje sędzia rodzinny.
decider-raad = To robi Rada ds. Ochrony Dzieci.
decider-gi = O tym decyduje pracownik ochrony dzieci.
decider-gemeente = O tym decyduje gmina.
decider-family-and-professionals = O tym decydujesz razem ze specjalistami.

powers-title = Kto co robi
powers-lead = Tu widzisz, kto zajmuje się twoją rodziną i o czym każdy może decydować. I o czym nie. Najpierw dla etapu, na którym teraz jesteś.
powers-may = Może decydować
powers-may-not = Nie może decydować
powers-nothing = Sam(a) o niczym nie decyduje.

powers-now-heading = Teraz
powers-other-phases-heading = Na innych etapach
powers-other-phases-lead = O czym te same osoby mogą decydować, gdy twoja rodzina przejdzie na inny etap.
powers-title-professional = Kto co robi
powers-lead-professional = Kto zajmuje się tą rodziną i o czym każdy może decydować, tak jak czyta to rodzina. Najpierw dla obecnego etapu.
