## Woorden uit de jeugdbescherming: fases, rollen, organisaties.
## "-now" zegt in één zin wat er in deze fase gebeurt.

phase-melding = Melding
phase-melding-now = Iemand heeft zorgen over de veiligheid in jullie gezin gemeld bij Veilig Thuis.
phase-veilig-thuis = Veilig Thuis kijkt mee
phase-veilig-thuis-now = Veilig Thuis kijkt of iedereen in jullie gezin veilig is en wat er nodig is.
phase-vrijwillige-hulp = Hulp van het wijkteam
phase-vrijwillige-hulp-now = Jullie krijgen hulp van het wijkteam. Jullie maken samen een plan.
phase-jeugdbeschermingstafel = Jeugdbeschermingstafel
phase-jeugdbeschermingstafel-now = Er is een gesprek aan de Jeugdbeschermingstafel. Daar wordt besproken of de hulp genoeg is.
phase-raadsonderzoek = Onderzoek door de Raad
phase-raadsonderzoek-now = De Raad voor de Kinderbescherming doet een raadsonderzoek. De Raad kijkt of de kinderen in jullie gezin veilig opgroeien en wat zij nodig hebben.
phase-kinderrechter = Bij de kinderrechter
phase-kinderrechter-now = De kinderrechter gaat beslissen. Eerst is er een zitting waar jullie je mening kunnen geven.
phase-maatregel = Maatregel
phase-maatregel-now = De kinderrechter heeft een maatregel uitgesproken. Een jeugdbeschermer gaat jullie helpen.
phase-uitvoering = Jeugdbescherming
phase-uitvoering-now = Een jeugdbeschermer werkt met jullie aan de afspraken uit het plan van aanpak.
phase-evaluatie = Evaluatie
phase-evaluatie-now = Er wordt gekeken hoe het gaat en of de maatregel kan stoppen of langer moet duren.
phase-afgesloten = Afgesloten
phase-afgesloten-now = De hulp of de maatregel is gestopt.

role-wijkteammedewerker = Medewerker wijkteam
role-wijkteammedewerker-does = Helpt jullie gezin en maakt samen met jullie een plan.
role-veilig-thuis-medewerker = Medewerker Veilig Thuis
role-veilig-thuis-medewerker-does = Kijkt na een melding of iedereen in het gezin veilig is.
role-veiligheidsteamlid = Lid van het veiligheidsteam
role-veiligheidsteamlid-does = Denkt mee over de veiligheid van de kinderen en helpt als het wijkteam dat vraagt.
role-raadsonderzoeker = Raadsonderzoeker
role-raadsonderzoeker-does = Onderzoekt voor de Raad voor de Kinderbescherming wat de kinderen nodig hebben en praat daarvoor met iedereen.
role-jeugdbeschermer = Jeugdbeschermer
role-jeugdbeschermer-does = Zorgt dat de afspraken van de kinderrechter worden uitgevoerd en regelt de hulp die nodig is.
role-voogd = Voogd
role-voogd-does = Neemt de beslissingen over het kind die anders de ouders nemen.
role-kinderrechter = Kinderrechter
role-kinderrechter-does = Beslist over maatregelen zoals een ondertoezichtstelling. Luistert eerst naar ouders en kinderen.
role-vertrouwenspersoon = Vertrouwenspersoon
role-vertrouwenspersoon-does = Staat naast jou, helpt je met vragen en klachten en beslist niets. Het is gratis.

organisation-kind-veilig-thuis = Veilig Thuis
organisation-kind-wijkteam = Wijkteam
organisation-kind-raad = Raad voor de Kinderbescherming
organisation-kind-gi = Jeugdbescherming (gecertificeerde instelling)
organisation-kind-rechtbank = Rechtbank
organisation-kind-jeugdstem = Jeugdstem
organisation-kind-other = Andere organisatie
