## Child-protection terms: phases, roles, organisations. Dutch names kept where families
## will meet them in letters.

phase-melding = Report
phase-melding-now = Someone reported worries about safety in your family to Veilig Thuis.
phase-veilig-thuis = Veilig Thuis is looking into it
phase-veilig-thuis-now = Veilig Thuis checks whether everyone in your family is safe and what is needed.
phase-vrijwillige-hulp = Help from the neighbourhood team
phase-vrijwillige-hulp-now = Your family gets help from the neighbourhood team (wijkteam). You make a plan together.
phase-jeugdbeschermingstafel = Child protection meeting
phase-jeugdbeschermingstafel-now = There is a meeting at the Jeugdbeschermingstafel to discuss whether the help is enough.
phase-raadsonderzoek = Investigation by the Council
phase-raadsonderzoek-now = The Child Protection Council is doing a Council investigation. It looks into whether the children in your family are growing up safely and what they need.
phase-kinderrechter = At the juvenile court
phase-kinderrechter-now = The juvenile judge will decide. First there is a hearing where you can give your view.
phase-maatregel = Court measure
phase-maatregel-now = The juvenile judge has ordered a measure. A child protection worker will help your family.
phase-uitvoering = Child protection
phase-uitvoering-now = A child protection worker works with you on the agreements in the plan.
phase-evaluatie = Review
phase-evaluatie-now = Everyone looks at how things are going and whether the measure can stop or must last longer.
phase-afgesloten = Closed
phase-afgesloten-now = The help or the measure has ended.

role-wijkteammedewerker = Neighbourhood team worker
role-wijkteammedewerker-does = Helps your family and makes a plan together with you.
role-veilig-thuis-medewerker = Veilig Thuis worker
role-veilig-thuis-medewerker-does = Checks after a report whether everyone in the family is safe.
role-veiligheidsteamlid = Safety team member
role-veiligheidsteamlid-does = Thinks along about the children's safety and helps when the neighbourhood team asks.
role-raadsonderzoeker = Council investigator
role-raadsonderzoeker-does = Finds out for the Child Protection Council what the children need, and talks with everyone to do so.
role-jeugdbeschermer = Child protection worker
role-jeugdbeschermer-does = Makes sure the judge's decisions are carried out and arranges the help that is needed.
role-voogd = Guardian
role-voogd-does = Makes the decisions about the child that parents would otherwise make.
role-kinderrechter = Juvenile judge
role-kinderrechter-does = Decides on measures such as a supervision order. Listens to parents and children first.
role-vertrouwenspersoon = Confidential adviser
role-vertrouwenspersoon-does = Stands by you, helps with questions and complaints, and decides nothing. It is free.

organisation-kind-veilig-thuis = Veilig Thuis
organisation-kind-wijkteam = Neighbourhood team
organisation-kind-raad = Child Protection Council
organisation-kind-gi = Child protection organisation
organisation-kind-rechtbank = Court
organisation-kind-jeugdstem = Jeugdstem
organisation-kind-other = Other organisation
