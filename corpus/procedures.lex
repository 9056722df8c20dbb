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
  veto [european-parliament, council]
  note "Both institutions are veto players: the act is adopted only if the Parliament and the Council, by qualified majority, both approve it (Art. 294(7)-(13) TFEU; Art. 16(3) TEU, Art. 238(3) TFEU). A blocking minority in the Council stops it; no single government can (audit H3)."
}

procedure ordinary-legislation-brake "Ordinary legislative procedure with an emergency brake (Art. 48, second subparagraph, TFEU)" {
  route secondary-legislation
  cost-rank 3
  step "The Commission submits a proposal"
  step "The European Parliament and the Council adopt it jointly, the Council by qualified majority"
  step "A member of the Council may declare that the draft would affect important aspects of its social security system and ask for referral to the European Council; the procedure is suspended"
  step "The European Council, by consensus, refers the draft back to the Council or takes no action, in which case the act is deemed not adopted"
  decides [european-parliament, council]
  voting qualified-majority
  veto [european-parliament, council, member-state-governments]
  described-in TFEU 48
  note "The emergency brake lets any one government stop the act in practice: the European Council acts by consensus (Art. 15(4) TEU), so a referral ends the procedure unless every member agrees to send the draft back. Ranked with the Council acting unanimously for that reason (audit M2)."
}

procedure co-decision-unanimity "Co-decision with the Council acting unanimously throughout (Art. 251 EC)" {
  route secondary-legislation
  cost-rank 3
  step "The Commission submits a proposal"
  step "The European Parliament and the Council adopt it under the co-decision procedure of Art. 251 EC; the Parliament can reject it"
  step "The Council acts unanimously throughout the procedure"
  decides [european-parliament, council]
  voting unanimity
  veto [european-parliament, member-state-governments]
  note "The procedure of Art. 42 EC and Art. 18(2) EC (Amsterdam): co-decision under Art. 251, with the Council unanimous throughout. The Parliament and every government can block (audit L1, L2)."
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

procedure council-consultation "Special legislative procedure: the Council by qualified majority, after consulting the European Parliament" {
  route secondary-legislation
  cost-rank 2
  step "The Commission submits a proposal"
  step "The European Parliament is consulted"
  step "The Council adopts it by qualified majority"
  decides [council]
  voting qualified-majority
  veto [council]
  described-in TFEU 23
  note "The Parliament gives an opinion only: no single government and not the Parliament can block; a blocking minority in the Council can."
}

procedure withdrawal-agreement "The agreement setting out the arrangements for a Member State's withdrawal (Art. 50(2) TEU)" {
  route international-agreement
  cost-rank 4
  step "The withdrawing State notifies the European Council, which provides guidelines"
  step "The Union negotiates the agreement in accordance with Art. 218(3) TFEU"
  step "The European Parliament gives its consent"
  step "The Council concludes the agreement by qualified majority, without the withdrawing State's member (Art. 50(4) TEU)"
  decides [council]
  voting qualified-majority
  consent [european-parliament]
  veto [european-parliament, council]
  described-in TEU 50
  note "The one Union route for the arrangements of a withdrawal, including the rights of the withdrawing State's nationals in the other Member States and of Union citizens in the withdrawing State. It is open only between the notification and the date the Treaties cease to apply to that State; after that, a new agreement with the former Member State is an agreement with a third country (Art. 217 and 218 TFEU). No ratification by the Member States is needed."
}

procedure accession-to-convention "The agreement on the Union's accession to the European Convention on Human Rights (Art. 218(6)(a)(ii) and (8) TFEU)" {
  route international-agreement
  cost-rank 5
  step "The Commission recommends, and the Council authorises the opening of negotiations"
  step "The European Parliament gives its consent (Art. 218(6)(a)(ii) TFEU)"
  step "The Council concludes the agreement unanimously (Art. 218(8), second subparagraph, TFEU)"
  step "The decision concluding it enters into force after approval by every Member State in accordance with its constitutional requirements"
  decides [council]
  voting unanimity
  consent [european-parliament]
  ratified-by [member-states]
  veto [member-state-governments, european-parliament, member-states]
  described-in TFEU 218(8)
  note "Ranked with the special procedure of Art. 25 TFEU: unanimity, the Parliament's consent and approval by every Member State. An agreement the Court finds incompatible with the Treaties (Art. 218(11) TFEU; Opinion 2/13) cannot enter into force unless amended or the Treaties are revised."
}

procedure electoral-procedure "The uniform electoral procedure for the European Parliament (Art. 223(1) TFEU)" {
  route special-procedure
  cost-rank 5
  step "The European Parliament draws up a proposal"
  step "The Council lays down the provisions unanimously, after the consent of the European Parliament, acting by a majority of its component Members"
  step "The provisions enter into force after their approval by the Member States in accordance with their respective constitutional requirements"
  decides [council]
  voting unanimity
  consent [european-parliament]
  ratified-by [member-states]
  veto [member-state-governments, european-parliament, member-states]
  described-in TFEU 223(1)
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
  veto [member-state-governments, european-parliament]
  described-in TFEU 218
  note "An agreement is made between States: it gives rights to a third country's nationals as a class, reciprocally, and cannot be taken up person by person. Ratification by the Member States is needed only for a mixed agreement, one that also covers their competences; the Union may conclude an association agreement alone (the 2020 EU-UK Trade and Cooperation Agreement was), so national ratification is a step, not a requirement of the route, and the Member States are not veto players of it (audit L5)."
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

procedure citizenship-rights-procedure-ec "Strengthening or adding to citizens' rights (Art. 8e EC, Maastricht; Art. 22 EC, Amsterdam and Nice)" {
  route special-procedure
  cost-rank 5
  step "The Commission reports on the application of the citizenship provisions"
  step "The Council adopts provisions unanimously on a proposal from the Commission, after consulting the European Parliament"
  step "The Council recommends the provisions to the Member States, which adopt them in accordance with their constitutional requirements"
  decides [council]
  voting unanimity
  ratified-by [member-states]
  veto [member-state-governments, member-states]
  described-in EC-1992 8e
  note "Before Lisbon the Parliament was only consulted: its consent came with Art. 25 TFEU, so it is no veto player here (audit M1)."
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
