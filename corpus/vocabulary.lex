# The names the statements of the corpus use: statuses, rights, conditions,
# actors and procedures. See docs/language.md and docs/corpus-guide.md.

status union-citizen "citizen of the Union"

right move-and-reside "to move and reside freely within the territory of the Member States"
right vote-municipal "to vote and to stand as a candidate at municipal elections in the Member State of residence"
right vote-ep "to vote and to stand as a candidate in elections to the European Parliament in the Member State of residence"
right consular-protection "to protection by the diplomatic or consular authorities of any Member State in a third country"
right petition-ep "to petition the European Parliament"
right apply-ombudsman "to apply to the Ombudsman"
right address-institutions "to address the institutions and advisory bodies of the Union in a Treaty language and to obtain a reply in it"

condition holds-nationality(state) "holds the nationality of"
condition resides-in(state) "resides in"

actor council "the Council"
actor commission "the Commission"
actor european-parliament "the European Parliament"
actor parliament-and-council "the European Parliament and the Council"
actor member-state-governments "the governments of the Member States" one-per-member-state
actor member-states "the Member States, each in accordance with its constitutional requirements" one-per-member-state

procedure ordinary-legislation "Ordinary legislative procedure" {
  route secondary-legislation
  cost-rank 1
  step "The Commission submits a proposal"
  step "The European Parliament and the Council adopt it jointly"
  decides [european-parliament, council]
  voting qualified-majority
  veto [european-parliament]
}

procedure council-unanimity "Special legislative procedure: the Council acting unanimously" {
  route secondary-legislation
  cost-rank 2
  step "The Commission submits a proposal"
  step "The European Parliament is consulted"
  step "The Council adopts it unanimously"
  decides [council]
  voting unanimity
  veto [member-state-governments]
}

procedure citizenship-rights-procedure "Strengthening or adding to citizens' rights (Art. 25 TFEU)" {
  route special-procedure
  cost-rank 4
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
  cost-rank 5
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
