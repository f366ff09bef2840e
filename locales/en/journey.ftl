## My journey, What is coming, Meetings, Documents, Help and complaints, Changes.

nav-label = About your family
nav-overview = Overview
nav-powers = Who does what
nav-timeline = My journey
nav-rights = Rights
nav-decisions = What is coming
nav-meetings = Meetings
nav-documents = Documents
nav-help = Help and complaints
nav-changes = Changes
nav-glossary = Words explained

timeline-title = My journey
timeline-lead = All steps in a row: what has happened, where you are now and what is likely to come.
timeline-state-done = Done
timeline-state-current = Now
timeline-state-expected = Expected
timeline-on = on { $date }
timeline-around = around { $date }
step-melding = Report to Veilig Thuis
step-veilig-thuis = Veilig Thuis looks at safety
step-wijkteam = Help from the neighbourhood team
step-jeugdbeschermingstafel = Meeting at the Jeugdbeschermingstafel
step-raadsonderzoek = Investigation by the Child Protection Council
step-verzoek = Request to the juvenile judge
step-zitting = Hearing at the juvenile court
step-maatregel = Measure ordered by the juvenile judge
step-evaluatie = Review of the measure

decisions-title = What is coming
decisions-lead = Here you first see which decisions are coming, and then what has already been decided. You see who decides, when, and what you can do.
decisions-none = No decisions are coming right now.
decisions-who = Who decides?
decisions-when = When?
decisions-by = By { $date } at the latest
decisions-expected = Expected around { $date }
decisions-unknown-date = The date is not known yet.
decisions-before = What can you do before the decision?
decisions-after = What can you do after the decision?
decisions-after-deadline = { $audience ->
    [child] Your parents have until { $date } for that ({ $deadline }).
    [professional] The family has until { $date } for that ({ $deadline }).
   *[other] You have until { $date } for that ({ $deadline }).
}
decisions-taken = Decided on { $date }
decisions-reasons = Why was this decided?
decision-veilig-thuis-triage = What Veilig Thuis will do after the report
decision-jeugdhulp = Which help your family gets
decision-onderzoek-start = Whether the Council starts an investigation
decision-raadsbesluit = Whether the Council asks the juvenile judge for a measure
decision-ots = Whether there will be a supervision order (OTS)
decision-uithuisplaatsing = Whether a child will (for a while) live somewhere else
decision-verlenging = Whether the measure lasts longer or ends
decision-plan-van-aanpak = The plan van aanpak
decision-schriftelijke-aanwijzing = A written instruction (schriftelijke aanwijzing)
decision-omgang = The arrangements for contact between parent and child
maker-gemeente = The municipality
maker-raad = The Child Protection Council
maker-kinderrechter = The juvenile judge
maker-gi = The child protection worker
maker-family-and-professionals = You together with the professionals
maker-veilig-thuis = Veilig Thuis
step-action-give-view = { $audience ->
    [child] Tell your parents or the professional what you think. You may also make a drawing.
   *[other] Say what you think, in a conversation or on paper.
}
step-action-be-heard = { $audience ->
    [child] Sometimes the juvenile judge wants to talk with you. You may also send a letter or a drawing.
   *[other] Tell the juvenile judge at the hearing what you think.
}
step-action-bring-vertrouwenspersoon = { $audience ->
    [child] A confidential adviser of Jeugdstem can help you. It is free.
   *[other] Bring a confidential adviser. It is free.
}
step-action-get-lawyer = { $audience ->
    [child] Your parents can get a lawyer, who helps them in court.
   *[other] Get a lawyer. Sometimes it is free.
}
step-action-read-documents = { $audience ->
    [child] Your parents read the papers. Ask them what is in them if you want to know.
   *[other] Read the papers and the report before it is decided.
}
step-action-make-own-plan = { $audience ->
    [child] Your parents make a plan with family and friends. You may say what matters to you.
   *[other] Make your own plan with family and friends.
}
step-action-bezwaar = { $audience ->
    [child] Do your parents disagree? Then they can object to the municipality.
   *[other] Object to the municipality.
}
step-action-hoger-beroep = { $audience ->
    [child] Do your parents disagree? Then they can go to another judge with a lawyer.
   *[other] Appeal to the court of appeal, through a lawyer.
}
step-action-annul-aanwijzing = { $audience ->
    [child] Your parents can ask the juvenile judge to annul the instruction.
   *[other] Ask the juvenile judge to annul the instruction.
}
step-action-ask-gi-to-reconsider = { $audience ->
    [child] Your parents can ask the youth protection worker to change it. You may also say what you think.
   *[other] Ask the youth protection worker to change it.
}
step-action-complain = { $audience ->
    [child] Were you not treated well? Tell your parents or call Jeugdstem.
   *[other] File a complaint if you were not treated well.
}
deadline-bezwaar = 6-week objection period
deadline-hoger-beroep = 3-month appeal period
deadline-aanwijzing-vervallen = 2-week period
deadline-spoed-verhoor = 2 weeks
deadline-veiligheidsbeoordeling = 5 working days
deadline-veilig-thuis-onderzoek = 10 weeks
deadline-hulpverleningsplan = 6 weeks
deadline-uithuisplaatsing-uitvoeren = 3 months
deadline-geen-verlenging-melden = 2 months before the end

meetings-title = Meetings
meetings-lead = These meetings are planned. You can see who will be there and what to expect.
meetings-none = No meetings are planned right now.
meetings-when = { $date } at { $time }
meetings-where = Where: { $place }
meetings-who = Who will be there?
meetings-expect = What can you expect?
meeting-jeugdbeschermingstafel = Jeugdbeschermingstafel
meeting-zitting = Hearing at the juvenile court
meeting-gesprek = Conversation
meeting-evaluatie = Review
meeting-expect-jeugdbeschermingstafel = { $audience ->
    [child] The grown-ups talk about how things are at home and what is needed.
    [youth] You may be there, because you are 12 or older. Everyone says how things are going. It takes 1 to 1.5 hours. Afterwards the Council investigator decides whether the Council investigates.
    [youth16] You may be there. Everyone says how things are going. It takes 1 to 1.5 hours. Afterwards the Council investigator decides whether the Council investigates.
   *[other] You talk with the professionals about the worries and the help. Children from 12 may be there. You may bring someone. It takes 1 to 1.5 hours. Afterwards the Council investigator decides whether the Council investigates.
}
meeting-expect-zitting = { $audience ->
    [child] The juvenile judge talks with your parents and the professionals. Sometimes the judge also wants to talk with you.
    [youth] The juvenile judge invites you to say what you think. This can be separate, without your parents. Your view matters, but it is not a decision: the judge decides.
    [youth16] The juvenile judge invites you to say what you think. This can be separate, without your parents. Your view matters, but it is not a decision: the judge decides.
   *[other] The hearing is behind closed doors. The juvenile judge listens to you, the Council and the other professionals. At the end the judge says when the decision will come. You may bring a lawyer.
}
meeting-expect-gesprek = In this conversation you say how things are going and what matters to you. You may bring someone.
meeting-expect-evaluatie = Together you look at how the plan is going and what is still needed.

documents-title = Documents
documents-lead = These are the plans and reports about your family.
documents-none = There are no documents yet.
documents-by = From: { $organisation }
documents-dated = Date: { $date }
documents-status-concept = Draft: not finished yet
documents-status-definitief = Final
documents-may-react = You may give your own reaction to this document.
documents-react-closed = The time to react to this document has passed.
documents-react-link = Give your reaction
documents-open = Open the document (PDF, { $size } kB)
documents-no-file = The file of this document is not in Helder. Ask your steady contact person for a copy. You have the right to a copy within a month.
documents-react-until = You can react until { $date }.
document-gezinsplan = Family plan
document-plan-van-aanpak = Plan van aanpak
document-raadsrapport = Council report (raadsrapport)
document-beschikking = Decision of the juvenile judge

help-title = Help and complaints
help-lead = Do you want help or advice, or are you unhappy about something? Here you find whom to call or write to.
help-vertrouwenspersoon-heading = A confidential adviser from Jeugdstem
help-vertrouwenspersoon-text = A confidential adviser is independent and free. They listen, explain, come along to meetings and help with a complaint.
help-complaints-heading = Complaining about an organisation
help-complaint-intro = First talk with the person, if you can. If that does not work, make a complaint.
help-urgent-heading = Need help right now?
help-urgent-112 = In immediate danger: call 112
help-urgent-veilig-thuis = Veilig Thuis: 0800 2000 (free, day and night)
help-urgent-kindertelefoon = De Kindertelefoon: 0800 0432 (free)
help-website = Website of { $organisation }
complaint-how-veilig-thuis = Send your complaint to Veilig Thuis. Still not satisfied? Then you can go to the National Ombudsman.
complaint-how-wijkteam = Make your complaint to the municipality. It must answer within 6 weeks.
complaint-how-raad = Make your complaint to the Child Protection Council. After that you can go to the National Ombudsman.
complaint-how-gi = Make your complaint to the complaints committee of the child protection organisation. Its chair is independent.
complaint-how-rechtbank = You cannot complain about a judge's decision, but you can appeal. You can complain to the court about how you were treated.
complaint-how-jeugdstem = Make your complaint to Jeugdstem.
complaint-how-other = Make your complaint to the organisation itself. Jeugdstem can help you with it.

changes-title = Changes
changes-lead = Here you can see who your steady contact person was and why that changed.
changes-none = Your steady contact person has not changed.
changes-period = From { $from } to { $until }
changes-since = Since { $from }
changes-reason = Why?
changes-handover = What the new professional knows about you
changes-new-heading = You have a new steady contact person
changes-new-text = Since { $date }, { $name } is your steady contact person. This notice stays for { $weeks } weeks, or until you press ‘I have read this’.
changes-read-more = Read why it changed
changes-seen-button = I have read this
change-reason-new-job = The previous professional has a new job.
change-reason-phase-change = There is a court measure. That is why a child protection worker helps you now.
change-reason-family-request = You asked for another professional yourselves.
change-reason-leave = The previous professional is away for a long time.

glossary-title = Words explained
glossary-lead = Words from child protection, explained in plain language.
term-ots = Supervision order (OTS)
term-ots-forms = supervision order, OTS
term-ots-explained = The juvenile judge decides that a child protection worker helps your family and keeps an eye on things. It lasts at most 1 year, but can be extended. The parents keep parental authority.
term-voorlopige-ots = Temporary supervision order
term-voorlopige-ots-forms = temporary supervision order
term-voorlopige-ots-explained = A supervision order the judge gives quickly when things are not safe. It lasts at most 3 months.
term-machtiging-uithuisplaatsing = Placement order (machtiging uithuisplaatsing)
term-machtiging-uithuisplaatsing-forms = placement order, placement outside the home
term-machtiging-uithuisplaatsing-explained = Permission from the juvenile judge for a child to live somewhere else, for example with a foster family. Without it, that is not allowed.
term-raadsonderzoek = Council investigation (raadsonderzoek)
term-raadsonderzoek-forms = Council investigation, raadsonderzoek
term-raadsonderzoek-explained = An investigation by the Child Protection Council. The investigator talks with parents, children and for example the school, and writes down what is needed.
term-raadsrapport = Council report (raadsrapport)
term-raadsrapport-forms = Council report, raadsrapport
term-raadsrapport-explained = The Council's report after the investigation. Your reaction goes to the juvenile judge with it.
term-gezag = Parental authority (gezag)
term-gezag-forms = parental authority
term-gezag-explained = The right and duty to make decisions about a child, for example about school and care. Usually the parents have it.
term-schriftelijke-aanwijzing = Written instruction (schriftelijke aanwijzing)
term-schriftelijke-aanwijzing-forms = written instruction, schriftelijke aanwijzing
term-schriftelijke-aanwijzing-explained = An instruction on paper from the child protection worker that parents must follow. Within 2 weeks you can ask the juvenile judge to cancel it.
term-jeugdbeschermingstafel = Jeugdbeschermingstafel
term-jeugdbeschermingstafel-forms = Jeugdbeschermingstafel
term-jeugdbeschermingstafel-explained = A meeting with parents, children from 12 and the professionals. Afterwards the Council investigator decides whether there will be an investigation.
term-beschikking = Decision (beschikking)
term-beschikking-forms = beschikking
term-beschikking-explained = An official decision on paper, from the municipality or the judge.
term-bezwaar = Objection (bezwaar)
term-bezwaar-forms = objection
term-bezwaar-explained = A letter saying you disagree with a decision of the municipality. You must send it within 6 weeks.
term-hoger-beroep = Appeal (hoger beroep)
term-hoger-beroep-forms = appeal
term-hoger-beroep-explained = Asking another judge, at the court of appeal, to look again at the juvenile judge's decision. You must do this within 3 months, with a lawyer.
term-zitting = Hearing (zitting)
term-zitting-forms = hearing
term-zitting-explained = The moment the juvenile judge talks with everyone before deciding. It is not public.
term-plan-van-aanpak = Plan van aanpak
term-plan-van-aanpak-forms = plan van aanpak
term-plan-van-aanpak-explained = The child protection worker's plan: what must change, which help comes and when things are good enough.
term-familiegroepsplan = Family group plan (familiegroepsplan)
term-familiegroepsplan-forms = family group plan
term-familiegroepsplan-explained = A plan you make yourselves with family, friends and neighbours. You get that chance first.
term-vertrouwenspersoon = Confidential adviser (vertrouwenspersoon)
term-vertrouwenspersoon-forms = confidential adviser
term-vertrouwenspersoon-explained = Someone from Jeugdstem who stands by you, explains and helps. Independent and free.
term-gecertificeerde-instelling = Certified institution (gecertificeerde instelling)
term-gecertificeerde-instelling-forms = certified institution, child protection organisation
term-gecertificeerde-instelling-explained = A child protection organisation, such as SAVE. Child protection workers and guardians work there.

nav-access-log = Who looked
access-log-title = Who has looked at my details
access-log-lead = Here you can see when a professional looked at or changed your family's details. You see their role and organisation.
access-log-none = No professional has looked at your details yet.
access-log-when = { $date } at { $time }
access-log-read = { $role } from { $organisation } looked at { $what }.
access-log-changed = { $role } from { $organisation } changed { $what }.
access-log-preview = { $role } from { $organisation } looked at { $what } the way someone in your family sees it (a preview).
access-data-overview = your overview
access-data-powers = who does what
access-data-timeline = your journey
access-data-rights = your rights
access-data-decisions = the decisions that are coming
access-data-meetings = your meetings
access-data-documents = the list of documents
access-data-help = help and complaints
access-data-changes = the changes of steady contact person
access-data-team = who works with you
access-data-account = who of you can sign in, and an activation code

nav-more = More
nav-family-access = Access to Helder
nav-overview-professional = Overview
nav-messages-professional = Messages
nav-decisions-professional = Decisions
nav-rights-professional = The family's rights
nav-meetings-professional = Appointments
nav-powers-professional = Who does what
nav-family-professional = The family
nav-timeline-professional = Journey
nav-documents-professional = Documents
nav-help-professional = Help and complaints
nav-changes-professional = Changes
nav-access-log-professional = Who looked
nav-family-access-professional = Access to Helder
timeline-title-professional = Journey
timeline-lead-professional = All of this family's steps in a row, as the family sees them: what happened, where the family is now and what is likely to come.
decisions-title-professional = Decisions
decisions-lead-professional = The decisions as the family sees them: first what is coming, then what was decided. With what the parent and the youth can do.
decisions-upcoming-heading = What is coming
decisions-decided-heading = What was decided
decisions-decided-lead = These decisions have been taken. Do you disagree? You can still do something, until the date shown.
decisions-decided-lead-professional = These decisions have been taken. The family can still object or appeal, until the date shown.
decisions-lasts = For how long?
decisions-lasts-until = Until { $date } at the most. The court order says exactly until when.
decisions-before-professional = What can the family do before the decision?
decisions-after-professional = What can the family do after the decision?
decisions-input-link-professional = See the family's input
decision-veilig-thuis-triage-decided = Veilig Thuis's decision after the report
decision-jeugdhulp-decided = Decision on the help for your family
decision-onderzoek-start-decided = Decision on an investigation by the Raad
decision-raadsbesluit-decided = The Raad's decision on a request to the juvenile judge
decision-ots-decided = Decision on the supervision order (OTS)
decision-uithuisplaatsing-decided = Decision on living somewhere else (out-of-home placement)
decision-verlenging-decided = Decision on continuing or ending the measure
decision-plan-van-aanpak-decided = The plan of action has been set
decision-schriftelijke-aanwijzing-decided = A written instruction has been given
decision-omgang-decided = Decision on contact between parent and child
meetings-title-professional = Appointments
meetings-lead-professional = The appointments planned for this family, who will be there and what the family can expect.
documents-title-professional = Documents
documents-lead-professional = The plans and reports about this family, as the family sees them.
help-title-professional = Help and complaints
help-lead-professional = Where the family finds help and advice, and how it can complain about each organisation on this case.
changes-title-professional = Changes
changes-lead-professional = Who this family's steady contact person was and why that changed, as the family reads it.

nav-label-professional = Pages about this family
