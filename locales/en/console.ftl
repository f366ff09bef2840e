# Forms of the console and "Beheer": what a professional or administrator reads.

form-problems-title = This is not right yet
error-email-invalid = This is not an e-mail address. An e-mail address looks like this: name@organisation.nl.
error-organisation-missing = Choose the organisation this person works for.
error-choose-one = Choose one of the options.
error-staff-left = This person no longer works here. Make a new account if they come back.
error-leave-confirm = Tick the box to confirm that this person is leaving.
error-leave-still-vaste = This person is still the steady professional of: { $families }. First choose a new steady professional for those families. That way a family is never without one.

staff-title = Administration
staff-lead = Here you put organisations and people in Helder. Everyone gets their own activation code and signs in with a passkey. You do not see family data here.
staff-sections = Parts of this page
staff-added = Saved.
staff-left-done = This person has left. All their families, codes, passkeys and sessions have stopped.
staff-people-title = People
staff-people-empty = There are no people in Helder yet.
staff-add-person-title = Add a person
staff-add-person-submit = Add person
staff-organisations-title = Organisations
staff-organisations-empty = There are no organisations in Helder yet.
staff-add-organisation-title = Add an organisation
staff-add-organisation-submit = Add organisation
staff-kind-professional = Professional
staff-kind-reviewer = Expert by experience (reviews texts)
staff-kind-administrator = Administrator
staff-status-left = Left on { $date }.
staff-status-code = Has an activation code. It works until { $date }.
staff-status-none = Cannot sign in yet.
staff-status-passkeys = Can sign in with { $count ->
    [one] 1 passkey
   *[other] { $count } passkeys
}.
staff-issue = Make a new activation code
staff-issue-label = Make a new activation code for { $name }
staff-issue-warning = A new code stops the passkeys this person has now. Do this when a phone is lost.
staff-leave-open = Report leaving
staff-leave-explain = Is { $name } leaving the organisation? Then everything stops today: { $name }'s families, codes, passkeys and sessions. This cannot be undone.
staff-leave-confirm = Yes, { $name } no longer works here
staff-leave-submit = Report leaving
staff-organisation-none = No organisation (not for professionals)
staff-organisation-working = { $count ->
    [0] Nobody works here yet.
    [one] 1 professional works here.
   *[other] { $count } professionals work here.
}
staff-field-kind = What does this person do in Helder?
staff-field-organisation = Organisation
staff-field-organisation-hint = Required for a professional.
staff-field-given-name = First name
staff-field-family-name = Last name
staff-field-email = Work e-mail address
staff-field-email-hint = Families see this address. Optional.
staff-field-phone = Work phone number
staff-field-phone-hint = Families see this number. Optional.
staff-field-organisation-kind = Kind of organisation
staff-field-organisation-name = Name of the organisation
staff-field-organisation-phone-hint = The general number. Families see this number.
staff-field-website = Website
staff-back = Back to Administration
staff-letter-lead = Give this letter to the person yourself, or send it safely. The code works once.
staff-letter-intro-professional = You can now sign in to Helder for your work. There you keep the families you work with up to date.
staff-letter-intro-reviewer = You can now sign in to Helder. There you review the texts families read.
staff-letter-intro-administrator = You can now sign in to Helder as an administrator. There you put organisations and people in Helder.
workplace-administration = Administration
staff-welcome = Welcome. Your passkey works. Here you put organisations and people in Helder.

workplace-console = My families
work-title = My families
work-welcome = Welcome. Your passkey works. Here you see the families you work with.
work-lead = { $count ->
    [0] You are not working with any family now.
    [one] You work with 1 family.
   *[other] You work with { $count } families.
} { $waiting ->
    [0] Nothing is waiting for you now.
    [one] Something is waiting for you at 1 family. It is at the top.
   *[other] Something is waiting for you at { $waiting } families. The most urgent is at the top.
}
work-empty = When a colleague puts you on a family's case, or you open one yourself after a report, it appears here.
work-you-are-vaste = You are the steady professional
work-nothing-waiting = Nothing is waiting now.
attention-unsafe = { $name } does not feel safe (reported on { $date }). Nobody read it in time.
attention-overdue = { $name } has been waiting for an answer since { $date }. The answer is late.
attention-unanswered = { $name } sent a message on { $date } that has not been read yet.
attention-input = { $count ->
    [one] 1 reaction from the family is waiting
   *[other] { $count } reactions from the family are waiting
} for "read" (since { $date }).
attention-decision = Decision expected on { $date }: { $decision }.
work-attention-deadline = The family has until { $date }: { $deadline }.
error-date-invalid = Fill in a date, for example 15-06-2026.
work-edit = Update the { $name } family
console-title = Update the { $name } family
console-back = Back to My families
console-saved = Saved. The family sees it in Helder now.
console-lead = What you record here, the family sees straight away on its own pages.
console-family-pages = See the family's pages
console-phase-title = Phase
console-phase-now = Now: { $phase }, since { $date }.
console-field-phase = New phase
console-field-phase-hint = The change appears on the family's timeline.
console-field-phase-on = Since which day?
console-phase-submit = Change phase
console-decisions-title = Decisions
console-decisions-empty = There are no decisions for this family yet.
console-decision-expected = Expected on { $date }.
console-decision-taken = Taken on { $date }.
console-decision-term = The family has until { $date }: { $deadline }.
console-outcome-open = Record the outcome
console-field-decided-on = On which day was it decided?
console-field-reasons = What was decided and why
console-field-reasons-hint = Write in plain words. Also say what was done with the family's view. From the day of the decision the term for objection or appeal runs; the family sees how many days are left.
console-outcome-submit = Record the outcome
work-new-case = New family after a report
new-case-title = New family
new-case-lead = Open a case after a report. You are on this family's case from then on. Are you the steady professional in this role? Then the family sees you as their steady professional.
new-case-field-family-name = The family's last name
new-case-field-family-name-hint = This is the family's name in Helder: "The … family".
new-case-field-municipality = Municipality
new-case-field-reported-on = Date of the report
new-case-field-reported-by = Who made the report?
new-case-field-reported-by-hint = For example: school, GP, police, a parent. Leave empty for an anonymous report.
new-case-field-phase = Where is the family now?
new-case-field-role = Your role with this family
new-case-field-role-hint = Only the roles of your organisation.
new-case-submit = Open family
console-family-title = Family
console-family-empty = There are no family members on this case yet.
console-member-gezag = Has parental authority.
console-member-open = Add a family member
console-member-submit = Add family member
console-field-birth-date = Date of birth
console-field-relation = Who is this to the family?
console-field-gezag = Has parental authority over the children
console-field-address = Address
console-field-address-protected = Secret address: the rest of the family does not see this address
console-field-protected-hint = Do this for example after domestic violence. An ex-partner never sees an address or message.
console-field-phone = Phone number
console-field-email = E-mail address
console-field-contact-protected = Shield phone and e-mail: the rest of the family does not see them
console-decision-add-title = Add a decision
console-field-decision-kind = Which decision is coming?
console-field-started-on = Since when has it been running?
console-field-started-on-hint = For example the day of the report or request. Some decisions have a legal term from this day.
console-field-expected-on = When do you expect the decision?
console-decision-add-submit = Add decision
console-vaste-title = Steady professional
console-vaste-now = The steady professional is now { $name }.
console-vaste-none = This family has no steady professional now.
console-vaste-nobody = Nobody else works with this family yet. First put a colleague on the case.
console-handover-open = Choose a new steady professional
console-field-new-vaste = Who becomes the new steady professional?
console-field-vaste-role = In which role?
console-field-reason = Why does the steady professional change?
console-reason-new-job = The steady professional is going to work elsewhere
console-reason-phase-change = There is a measure: the child protection worker takes over
console-reason-family-request = The family asked for someone else
console-reason-leave = The steady professional is away for a long time
console-field-handover = Handover for the family
console-field-handover-hint = The family reads this. Write in plain words what the new professional already knows and what happens now. That way the family does not have to tell its story again.
console-field-handover-on = From which day?
console-handover-submit = Change steady professional
console-is-vaste = Steady professional
console-assign-open = Put a colleague on the family's case
console-field-colleague = Which colleague?
console-field-colleague-role = In which role?
console-field-colleague-role-hint = Only a role that fits the colleague's organisation.
console-assign-submit = Put colleague on the case
work-handed-over = The handover was saved. The family reads what you wrote under "Changes". Is the family no longer in your list? Then from today you are no longer involved with the family.
console-documents-title = Documents
console-document-reactions = See the family's reactions
console-document-add-title = Add a document
console-field-document-kind = What kind of document is it?
console-field-document-dated = Date of the document
console-field-document-status = Is it finished?
console-field-react-until = Reactions possible until
console-field-react-until-hint = Leave empty if there is no last day. The family cannot react to a court order in Helder.
console-field-file = The document (PDF)
console-field-file-hint = PDF only, at most 10 MB. The family can open and download it.
console-document-add-submit = Add document
preview-label = Preview.
preview-text = You see Helder the way { $name } sees it. You cannot change anything. The family sees that you looked.
preview-end = Stop the preview
console-preview-title = See Helder the way the family sees it
console-preview-lead = Choose a family member. You then see their pages, but not their own messages. The family sees in Helder that you looked.
console-preview-as = See as { $name }

work-absence-link = Report an absence
absence-title = Away
absence-lead = Are you away for a while, for a holiday, illness or a course? Put it here. The families you are involved with then see until when you are away and whom to call in that time. They see it a week in advance. They do not see the reason.
absence-list-heading = Your absences
absence-none = You have not reported an absence.
absence-period = From { $first } until { $last } inclusive
absence-substitute-is = { $name } takes over.
absence-substitute-nobody = Nobody takes over. The families call your organisation's general number.
absence-withdraw = Withdraw
absence-new-heading = Report an absence
absence-field-first-day = First day you are away
absence-field-last-day = Last day you are away
absence-field-last-day-hint = At most half a year after the first day.
absence-field-reason = Reason
absence-field-reason-hint = Only for you. The families do not see the reason.
absence-field-substitute = Who takes over?
absence-field-substitute-hint = A colleague of your own organisation. The families see the name, phone number and e-mail address.
absence-field-substitute-none = Nobody
absence-submit = Save absence
absence-saved = Saved. The families now see until when you are away and who takes over.
absence-withdrawn = Withdrawn. The families see you as reachable again.
absence-reason-holiday = Holiday
absence-reason-illness = Ill
absence-reason-course = Course or training
absence-reason-leave = Leave
absence-reason-other = Other reason
