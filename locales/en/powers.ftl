## Who does what: what a professional may decide, and what not.

power-grant-help = Grant or refuse help for your family. This is done in a letter: a beschikking.
power-make-family-plan = Make a plan for the family together with you.
power-ask-raad = Ask the Child Protection Council to investigate.
power-call-table = Arrange a meeting at the Jeugdbeschermingstafel.
power-decide-after-melding = Decide what happens after a report: arrange help, investigate, or stop.
power-advise-on-safety = Think along about the children's safety and take part in conversations.
power-decide-onderzoek-starts = Decide after the Jeugdbeschermingstafel whether the Council starts an investigation.
power-decide-to-ask-court = Decide after the investigation whether the Council asks the juvenile judge for a measure.
power-ask-court-for-measure = Ask the juvenile judge for a measure, such as a supervision order (OTS).
power-impose-measure = Order a measure, such as a supervision order (OTS) or placement outside the home.
power-impose-help = Make help compulsory when you do not want it.
power-place-outside-home = Have a child live outside the home.
power-write-plan-van-aanpak = Write the plan van aanpak: what must change and which help goes with it.
power-give-aanwijzing = Give a schriftelijke aanwijzing: a written instruction you must follow.
power-choose-placement = Choose where a child will live, once the juvenile judge has allowed a placement.
power-limit-contact = Limit contact between parents and child during a placement.
power-ask-extension = Ask the juvenile judge to extend or end a measure.
power-medical-over-objection = Consent to medical treatment when the parents say no.
power-move-from-foster-family = Move a child from a foster family they have lived with for a year or more.
power-decide-omgang = Decide on the contact arrangement between parents and child.
power-annul-aanwijzing = Cancel a schriftelijke aanwijzing when a parent asks.
power-decide-as-guardian = Make the decisions about the child that parents would otherwise make, such as about school and care.
power-choose-foster-family = Choose the foster family or institution.
power-decide-about-family = Decide anything about your family.

decider-kinderrechter = The juvenile judge decides this.
decider-raad = The Child Protection Council does this.
decider-gi = The child protection worker decides this.
decider-gemeente = The municipality decides this.
decider-family-and-professionals = You decide this together with the professionals.

powers-title = Who does what
powers-lead = Here you see who is involved with your family and what each may decide. And what not. First for the phase you are in now.
powers-may = May decide
powers-may-not = May not decide
powers-nothing = Decides nothing themselves.

powers-now-heading = Now
powers-other-phases-heading = In other phases
powers-other-phases-lead = What the same people may decide when your family comes into another phase.
powers-title-professional = Who does what
powers-lead-professional = Who is involved with this family and what each may decide, as the family reads it. First for the phase of now.
