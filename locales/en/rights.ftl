## My rights. $audience: parent, child (under 12), youth (12 to 16), youth16 (16 or 17), adult.

rights-title = My rights
rights-lead = These are your rights. First the rights that matter now. What runs out first is at the top.
rights-now-heading = Important now
rights-other-phases-heading = Rights in other phases
rights-how = How do you use it?
rights-contact = Who can help?
rights-deadline = By { $date } at the latest.
rights-days-left = { $days ->
    [one] 1 day left.
   *[other] { $days } days left.
}
rights-due-today = Today is the last day.
rights-passed = This deadline has passed. Ask a lawyer or Jeugdstem what you can still do.
rights-deadline-from = The deadline counts from the decision of { $date }.

right-vertrouwenspersoon = Help from a confidential adviser
right-vertrouwenspersoon-how = { $audience ->
    [child] A confidential adviser from Jeugdstem listens to you and helps you. It is free. Ask your parents or call yourself.
   *[other] A confidential adviser from Jeugdstem stands by you, explains what happens and comes along to meetings. It is free and they do not work for youth care.
}
right-information = Clear explanation
right-information-how = { $audience ->
    [child] You may ask what is happening and why. The professionals must explain it so that you understand.
   *[other] You have the right to an explanation you understand: what happens, why, and what you can do. Ask your steady contact person.
}
right-inzage = Read your file
right-inzage-how = You may read what has been written about you and ask for a copy. Ask the organisation that keeps the file. It must answer within a month.
right-own-statement = Add your own story
right-own-statement-how = Do you disagree with what is in your file? Then you may have your own statement added.
right-destruction = Have your file destroyed
right-destruction-how = You may ask for your file to be destroyed. Sometimes this is not allowed, for example when it matters to someone else. The organisation answers within three months.
right-complaint = Make a complaint
right-complaint-how = Are you unhappy with how an organisation treats you? Then you may make a complaint. Jeugdstem helps you with it.
right-veilig-thuis-explains = Explanation from Veilig Thuis
right-veilig-thuis-explains-how = At the first contact Veilig Thuis must explain what will happen, what they do with your details and how you can complain.
right-consent = Consent to help
right-consent-how = { $audience ->
    [child] Your parents give consent for the help. You may always say what you think of it.
    [youth] You and your parents with parental authority must both say yes to the help.
    [youth16] From 16 you decide yourself whether you want help. Your parents do not need to consent.
   *[other] Help needs consent. Under 12 the parents with parental authority consent. From 12 to 16 the child and the parents. From 16 the young person alone.
}
right-familiegroepsplan = Make your own plan
right-familiegroepsplan-how = You may first make your own plan with family and friends: a family group plan. Ask your steady contact person how it works.
right-bezwaar = Object to a decision of the municipality
right-bezwaar-how = Do you disagree with a decision (beschikking) of the municipality about help? Send a letter of objection to the municipality within 6 weeks.
right-bring-someone = Bring someone with you
right-bring-someone-how = You may bring someone to meetings: a friend, relative or confidential adviser.
right-hoor-en-wederhoor = Your side of the story
right-hoor-en-wederhoor-how = The Council investigator must listen to you too. Facts and opinions must be kept apart in the report.
right-reaction-to-report = Respond to the Council's report
right-reaction-to-report-how = You get to read the report before it goes to the juvenile judge. Your response goes to the judge with it.
right-court-documents = Read the documents before the hearing
right-court-documents-how = { $audience ->
    [youth] From 12 you may read the Council's documents before the hearing. Ask the court.
    [youth16] You may read the Council's documents before the hearing. Ask the court.
   *[other] You may read the Council's documents before the hearing. Ask the court.
}
right-be-heard = Tell the juvenile judge what you think
right-be-heard-how = { $audience ->
    [child] Sometimes the judge also wants to talk with younger children. You may also send a letter or a drawing.
    [youth] From 12 the juvenile judge invites you to say what you think. This can be a separate conversation. Your view counts, but the judge decides.
    [youth16] The juvenile judge invites you to say what you think. This can be a separate conversation. Your view counts, but the judge decides.
   *[other] At the hearing you tell the juvenile judge what you think. Children from 12 are invited too.
}
right-contra-expertise = Your own expert
right-contra-expertise-how = You may ask the judge for a separate investigation by another expert. For a supervision order or parental authority, the government pays.
right-lawyer = A lawyer
right-lawyer-how = You may take a lawyer. Sometimes this is free. For an appeal you always need a lawyer.
right-hoger-beroep = Appeal
right-hoger-beroep-how = Do you disagree with the juvenile judge's decision? Then you can appeal to the court of appeal within 3 months. This goes through a lawyer.
right-annul-aanwijzing = Have a written instruction cancelled
right-annul-aanwijzing-how = Do you disagree with a schriftelijke aanwijzing? Ask the juvenile judge within 2 weeks to cancel it.
right-ask-gi-to-reconsider = Ask the child protection worker to change something
right-ask-gi-to-reconsider-how = You may ask the child protection worker to withdraw an instruction or end a placement. They answer within 2 weeks. After that you can go to the juvenile judge.
right-end-or-replace = Ask for the measure to end
right-end-or-replace-how = { $audience ->
    [youth] From 12 you may ask the juvenile judge to end the supervision order or to choose another child protection organisation.
    [youth16] You may ask the juvenile judge to end the supervision order or to choose another child protection organisation.
   *[other] A parent with parental authority may ask the juvenile judge to end the supervision order or to choose another child protection organisation.
}
right-omgang = Change the contact arrangement
right-omgang-how = Do you want to change the arrangements for contact between parent and child? Ask the juvenile judge.

contact-jeugdstem = Jeugdstem, the confidential adviser. It is free.
contact-vaste-professional = Your steady contact person.
contact-organisation-with-file = The organisation that holds the file.
contact-veilig-thuis = Veilig Thuis. Free, day and night.
contact-gemeente = The municipality. Call 14 and then your municipality's area code, for example 14 0320 for Lelystad.
contact-raad = The Raad voor de Kinderbescherming.
contact-rechtbank = The court's registry (griffie). There you ask for the papers and the date of the hearing. The phone number is in the court's letter and on rechtspraak.nl.
contact-gi = The youth protection worker.
contact-lawyer = Het Juridisch Loket helps you find a lawyer for free. You can call 0900 8020, which costs 25 cents a minute. Visiting one of its offices is free: make an appointment on juridischloket.nl.

rights-title-professional = The family's rights
rights-lead-professional = The rights of the family, as parents and children read them. First those of this phase, what runs out first at the top.
contact-jeugdstem-link = Call or e-mail Jeugdstem
contact-vaste-professional-link = Call or e-mail your steady contact person
contact-organisation-with-file-link = The organisations' phone numbers
contact-veilig-thuis-link = Call Veilig Thuis: 0800 2000
contact-gemeente-link = Complain to the municipality
contact-raad-link = The Raad's phone number
contact-rechtbank-link = Go to rechtspraak.nl
contact-gi-link = The youth protection organisation's phone number
contact-lawyer-link = Go to juridischloket.nl
