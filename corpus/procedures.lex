# The procedures a route can take, in the order of their cost: the cheapest
# first. Cost ranks: 1 a Member State alone, 2 ordinary legislation, 3 the
# Council unanimously, 4 an international agreement, 5 the special procedure
# for citizens' rights, 6 treaty revision. Existing law costs nothing and is
# no procedure.

procedure national-legislation "A Member State legislating for itself" {
  route national-competence
  cost-rank 1
  step "The Member State adopts its own law, for its own territory only"
  decides [each-member-state]
  voting none
  note "Delivers a right in one Member State at a time, never Union-wide."
}

procedure ordinary-legislation "Ordinary legislative procedure" {
  route secondary-legislation
  cost-rank 2
  step "The Commission submits a proposal"
  step "The European Parliament and the Council adopt it jointly, the Council by qualified majority"
  decides [european-parliament, council]
  voting qualified-majority
  veto [european-parliament]
}

procedure council-unanimity "Special legislative procedure: the Council acting unanimously" {
  route secondary-legislation
  cost-rank 3
  step "The Commission submits a proposal"
  step "The European Parliament is consulted"
  step "The Council adopts it unanimously"
  decides [council]
  voting unanimity
  veto [member-state-governments]
}

procedure association-agreement "Association agreement with a third country (Art. 217 and 218 TFEU)" {
  route international-agreement
  cost-rank 4
  step "The Commission recommends, and the Council authorises the opening of negotiations"
  step "The Union negotiator negotiates with the third country"
  step "The European Parliament gives its consent (Art. 218(6)(a)(i) TFEU)"
  step "The Council concludes the agreement unanimously (Art. 218(8) TFEU)"
  step "Where the agreement also covers Member State competences, every Member State ratifies it"
  decides [council]
  voting unanimity
  consent [european-parliament]
  ratified-by [member-states]
  veto [member-state-governments, european-parliament]
  described-in TFEU 218
  note "An agreement is made between States: it gives rights to a third country's nationals as a class, reciprocally, and cannot be taken up person by person."
}

procedure citizenship-rights-procedure "Strengthening or adding to citizens' rights (Art. 25 TFEU)" {
  route special-procedure
  cost-rank 5
  step "The Commission reports on the application of the citizenship provisions"
  step "The Council adopts provisions unanimously after obtaining the consent of the European Parliament"
  step "The provisions enter into force after approval by every Member State in accordance with its constitutional requirements"
  decides [council]
  voting unanimity
  consent [european-parliament]
  ratified-by [member-states]
  veto [member-state-governments, european-parliament, member-states]
  described-in TFEU 25
}

procedure treaty-revision "Ordinary revision procedure (Art. 48(2)-(5) TEU)" {
  route treaty-revision
  cost-rank 6
  step "A government, the European Parliament or the Commission submits proposals to the Council"
  step "The European Council decides to examine them; a Convention or a conference of governments prepares the amendments"
  step "A conference of representatives of the governments determines the amendments by common accord"
  step "Every Member State ratifies in accordance with its constitutional requirements"
  decides [member-state-governments]
  voting common-accord
  ratified-by [member-states]
  veto [member-state-governments, member-states]
  described-in TEU 48
}

procedure cooperation-procedure "Cooperation procedure with the European Parliament (EEC Treaty as amended by the Single European Act)" {
  route secondary-legislation
  cost-rank 2
  step "The Commission submits a proposal; the European Parliament gives an opinion"
  step "The Council adopts a common position by a qualified majority"
  step "Within three months the European Parliament approves, amends or, by an absolute majority of its members, rejects the common position"
  step "The Council adopts the act by a qualified majority; after a rejection, or to depart from the Parliament's amendments as the Commission re-examined them, only unanimously"
  decides [council]
  voting qualified-majority
  note "Art. 149(2) EEC as inserted by Art. 7 of the Single European Act, for acts under Arts 7, 49, 54(2), the second sentence of 56(2), 57 (but for the second sentence of its paragraph 2), 100a, 100b, 118a, 130e and 130q(2) EEC (the list of Art. 6(1) SEA, seen in a Russian translation at docs.cntd.ru; the steps are from memory; Art. 149 is not in the corpus). The Parliament cannot block an act alone: its rejection only raises the Council's threshold to unanimity. In force from 1 July 1987; Maastricht kept it as Art. 189c EC."
}

procedure eec-association-agreement "Association agreement under Art. 238 EEC (as amended by the Single European Act)" {
  route international-agreement
  cost-rank 4
  step "The Commission negotiates the agreement (Art. 228(1) EEC)"
  step "The European Parliament gives its assent by an absolute majority of its component members"
  step "The Council concludes the agreement unanimously"
  step "Where the agreement also covers Member State competences, every Member State ratifies it"
  decides [council]
  voting unanimity
  consent [european-parliament]
  ratified-by [member-states]
  veto [member-state-governments, european-parliament]
  described-in EEC 238
  note "In force from 1 July 1987 to 31 October 1993; before the Single European Act the Parliament was only consulted. An agreement gives rights to a third country's nationals as a class, reciprocally."
}
