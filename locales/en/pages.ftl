## Pages.

welcome-title = Welcome to Helder
welcome-lead = Helder shows who is involved with your family, what they may decide and what your rights are.
welcome-access = You get access to Helder through your steady contact person.

my-cases-title = My family
my-cases-empty = There is no family you are involved with right now.
family-of = The { $name } family

demo-title = Demo: choose who you are
demo-lead = This is a demo with made-up people. Choose who you want to be. You then see Helder as that person sees it.
demo-family-heading = Family members
demo-professionals-heading = Professionals
demo-sign-in-as = Sign in as
demo-sign-in-link = Demo: choose who you are
demo-family-parent = Parent, { $municipality }
demo-family-child = Child aged { $age }, { $municipality }

overview-title = My overview
overview-greeting-family = Hello { $name }. This is your overview.
overview-greeting-professional = This is the overview as the family sees it: who is involved, who the steady contact person is and where the family stands now.
overview-vaste-heading = Your steady contact person
overview-vaste-heading-professional = This family's steady contact person
overview-vaste-intro = This is the person who keeps helping your family, even when others join in. You can bring all your questions here.
overview-vaste-none = You do not have a steady contact person yet. Call the neighbourhood team of your municipality and ask who it will be.
overview-phase-heading = Where do things stand?
overview-phase-since = Since { $date }
overview-phase-step = step { $step } of { $total }
overview-others-heading = Who else is involved?
overview-others-none = No other professionals are involved right now.

overview-title-professional = The { $family } family
overview-attention-heading = Important now
attention-deadline = { $decision }: do you want to act against it?
attention-unread = { $count ->
    [one] You have 1 new answer. Read it.
   *[other] You have { $count } new answers. Read them.
}
attention-view = Give your view: { $decision }
attention-reaction = React to the document: { $document }

attention-expected = Decision around { $date }.

overview-vaste-intro-professional = The steady contact person keeps helping the family, also when others join. The family can bring every question here.
