## Pagina's.

welcome-title = Welkom bij Helder
welcome-lead = Helder laat zien wie er bij jullie gezin betrokken is, wat zij mogen beslissen en wat jouw rechten zijn.
welcome-access = Je krijgt toegang tot Helder via je vaste professional.

my-cases-title = Mijn gezin
my-cases-empty = Er is nu geen gezin waar jij bij betrokken bent.
family-of = Gezin { $name }

demo-title = Demo: kies wie je bent
demo-lead = Dit is een demo met verzonnen mensen. Kies wie je wilt zijn. Je ziet dan Helder zoals die persoon het ziet.
demo-family-heading = Gezinsleden
demo-professionals-heading = Professionals
demo-sign-in-as = Aanmelden als
demo-sign-in-link = Demo: kies wie je bent
demo-family-parent = Ouder, { $municipality }
demo-family-child = Kind van { $age } jaar, { $municipality }

overview-title = Mijn overzicht
overview-greeting-family = Hallo { $name }. Dit is jullie overzicht.
overview-greeting-professional = Zo ziet het gezin het overzicht: wie er betrokken is, wie de vaste professional is en waar het gezin nu staat.
overview-vaste-heading = Jouw vaste professional
overview-vaste-heading-professional = Vaste professional van dit gezin
overview-vaste-intro = Dit is de persoon die jullie gezin blijft helpen, ook als er anderen bij komen. Met al je vragen kun je hier terecht.
overview-vaste-none = Jullie hebben nog geen vaste professional. Bel het wijkteam van je gemeente en vraag wie dat wordt.
overview-phase-heading = Waar staan we nu?
overview-phase-since = Sinds { $date }
overview-phase-step = stap { $step } van { $total }
overview-others-heading = Wie zijn er nog meer betrokken?
overview-others-none = Er zijn nu geen andere professionals betrokken.

overview-title-professional = Gezin { $family }
overview-attention-heading = Nu belangrijk
attention-deadline = { $decision }: wil je er iets tegen doen?
attention-unread = { $count ->
    [one] Je hebt 1 nieuw antwoord. Lees het.
   *[other] Je hebt { $count } nieuwe antwoorden. Lees ze.
}
attention-view = Geef je mening: { $decision }
attention-reaction = Reageer op het document: { $document }

attention-expected = Beslissing rond { $date }.

overview-vaste-intro-professional = De vaste professional blijft het gezin helpen, ook als er anderen bij komen. Met alle vragen kan het gezin hier terecht.
