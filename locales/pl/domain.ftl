## Słowa z ochrony dzieci: etapy, role, organizacje. Holenderskie nazwy zostają tam, gdzie
## rodziny zobaczą je w listach.

phase-melding = Zgłoszenie
phase-melding-now = Ktoś zgłosił do Veilig Thuis obawy o bezpieczeństwo w twojej rodzinie.
phase-veilig-thuis = Veilig Thuis to sprawdza
phase-veilig-thuis-now = Veilig Thuis sprawdza, czy wszyscy w twojej rodzinie są bezpieczni i czego potrzeba.
phase-vrijwillige-hulp = Pomoc zespołu dzielnicowego (wijkteam)
phase-vrijwillige-hulp-now = Twoja rodzina dostaje pomoc od zespołu dzielnicowego (wijkteam). Razem robicie plan.
phase-jeugdbeschermingstafel = Spotkanie w sprawie ochrony dziecka
phase-jeugdbeschermingstafel-now = Na spotkaniu Jeugdbeschermingstafel rozmawia się o tym, czy pomoc wystarcza.
phase-raadsonderzoek = Badanie Rady
phase-raadsonderzoek-now = Rada ds. Ochrony Dzieci (Raad voor de Kinderbescherming) prowadzi badanie. Sprawdza, czy dzieci w twojej rodzinie dorastają bezpiecznie i czego potrzebują.
phase-kinderrechter = U sędziego rodzinnego
phase-kinderrechter-now = Sędzia rodzinny podejmie decyzję. Najpierw jest rozprawa, na której możesz powiedzieć, co myślisz.
phase-maatregel = Środek sądowy
phase-maatregel-now = Sędzia rodzinny zarządził środek ochrony. Pracownik ochrony dzieci będzie pomagał twojej rodzinie.
phase-uitvoering = Ochrona dzieci
phase-uitvoering-now = Pracownik ochrony dzieci pracuje z tobą nad ustaleniami z planu.
phase-evaluatie = Ocena
phase-evaluatie-now = Wszyscy sprawdzają, jak idzie i czy środek może się skończyć, czy musi trwać dłużej.
phase-afgesloten = Zakończone
phase-afgesloten-now = Pomoc lub środek się skończyły.

role-wijkteammedewerker = Pracownik zespołu dzielnicowego
role-wijkteammedewerker-does = Pomaga twojej rodzinie i razem z tobą robi plan.
role-veilig-thuis-medewerker = Pracownik Veilig Thuis
role-veilig-thuis-medewerker-does = Po zgłoszeniu sprawdza, czy wszyscy w rodzinie są bezpieczni.
role-veiligheidsteamlid = Członek zespołu ds. bezpieczeństwa
role-veiligheidsteamlid-does = Myśli razem z innymi o bezpieczeństwie dzieci i pomaga, gdy prosi o to zespół dzielnicowy.
role-raadsonderzoeker = Badacz Rady
role-raadsonderzoeker-does = Sprawdza dla Rady ds. Ochrony Dzieci, czego potrzebują dzieci, i rozmawia w tym celu ze wszystkimi.
role-jeugdbeschermer = Pracownik ochrony dzieci
role-jeugdbeschermer-does = Dba o to, by decyzje sędziego były wykonywane, i organizuje potrzebną pomoc.
role-voogd = Opiekun prawny
role-voogd-does = Podejmuje decyzje o dziecku, które normalnie podejmowaliby rodzice.
role-kinderrechter = Sędzia rodzinny
role-kinderrechter-does = Decyduje o środkach, takich jak nadzór (OTS). Najpierw słucha rodziców i dzieci.
role-vertrouwenspersoon = Osoba zaufania (vertrouwenspersoon)
role-vertrouwenspersoon-does = Wspiera cię, pomaga przy pytaniach i skargach i o niczym nie decyduje. To nic nie kosztuje.

organisation-kind-veilig-thuis = Veilig Thuis
organisation-kind-wijkteam = Zespół dzielnicowy (wijkteam)
organisation-kind-raad = Rada ds. Ochrony Dzieci
organisation-kind-gi = Organizacja ochrony dzieci
organisation-kind-rechtbank = Sąd
organisation-kind-jeugdstem = Jeugdstem
organisation-kind-other = Inna organizacja
