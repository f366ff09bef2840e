## Strony.

welcome-title = Witamy w Helder
welcome-lead = Helder pokazuje, kto zajmuje się twoją rodziną, o czym te osoby mogą decydować i jakie masz prawa.
welcome-access = Dostęp do Helder dostajesz przez swoją stałą osobę kontaktową.

my-cases-title = Moja rodzina
my-cases-empty = Teraz nie ma rodziny, z którą jesteś związany(-a).
family-of = Rodzina { $name }

demo-title = Demo: wybierz, kim jesteś
demo-lead = To jest demo ze zmyślonymi osobami. Wybierz, kim chcesz być. Zobaczysz Helder tak, jak widzi go ta osoba.
demo-family-heading = Członkowie rodziny
demo-professionals-heading = Specjaliści
demo-sign-in-as = Zaloguj się jako
demo-sign-in-link = Demo: wybierz, kim jesteś
demo-family-parent = Rodzic, { $municipality }
demo-family-child = Dziecko, { $age } lat, { $municipality }

overview-title = Mój przegląd
overview-greeting-family = Cześć { $name }. To jest wasz przegląd.
overview-greeting-professional = Tak rodzina widzi przegląd: kto jest zaangażowany, kto jest stałą osobą kontaktową i na jakim etapie jest teraz rodzina.
overview-vaste-heading = Twoja stała osoba kontaktowa
overview-vaste-heading-professional = Stała osoba kontaktowa tej rodziny
overview-vaste-intro = To osoba, która dalej pomaga twojej rodzinie, także gdy dołączają inni. Ze wszystkimi pytaniami możesz zwracać się do niej.
overview-vaste-none = Nie macie jeszcze stałej osoby kontaktowej. Zadzwoń do zespołu dzielnicowego (wijkteam) swojej gminy i zapytaj, kto nią będzie.
overview-phase-heading = Na jakim etapie jesteśmy?
overview-phase-since = Od { $date }
overview-phase-step = krok { $step } z { $total }
overview-others-heading = Kto jeszcze jest zaangażowany?
overview-others-none = Teraz nie są zaangażowani inni specjaliści.

overview-title-professional = Rodzina { $family }
overview-attention-heading = Teraz ważne
attention-deadline = { $decision }: czy chcesz coś z tym zrobić?
attention-unread = { $count ->
    [one] Masz 1 nową odpowiedź. Przeczytaj ją.
    [few] Masz { $count } nowe odpowiedzi. Przeczytaj je.
    [many] Masz { $count } nowych odpowiedzi. Przeczytaj je.
   *[other] Masz { $count } nowej odpowiedzi. Przeczytaj ją.
}
attention-view = Powiedz, co myślisz: { $decision }
attention-reaction = Zareaguj na dokument: { $document }

attention-expected = Decyzja około { $date }.

overview-vaste-intro-professional = Stała osoba kontaktowa dalej pomaga rodzinie, także gdy dołączają inni. Rodzina może zwracać się do niej ze wszystkimi pytaniami.
