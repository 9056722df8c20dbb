# Names for the powers, limits and prohibitions of the corpus (issue 14,
# item 5): the rights, conditions, groups, tests and arrangements that the
# withdrawal, accession, Court, citizens' initiative, free movement and
# electoral provisions use. The names shared with the first model are in
# vocabulary.lex; see docs/language.md.

# ─── Rights ────────────────────────────────────────────────────────────────

right citizens-initiative "to take part in a citizens' initiative inviting the Commission to submit a proposal (Art. 11(4) TEU)"
right permanent-residence "to reside permanently in the host Member State, free of the conditions that govern residence for more than three months"
right short-stay-travel "to travel within the Union for a short period, on a uniform short-stay visa or without one"
right access-to-documents "to have access to the documents of the institutions, bodies, offices and agencies of the Union"
right good-administration "to have one's affairs handled impartially, fairly and within a reasonable time by the institutions, bodies, offices and agencies of the Union"
right private-and-family-life "to respect for private and family life, home and communications"
right child-best-interests "as a child, to protection and care, and to have one's best interests a primary consideration in all actions relating to children"
right municipal-executive-office "to hold the office of elected head, deputy or member of the governing college of the executive of a basic local government unit"

# ─── Conditions ────────────────────────────────────────────────────────────

condition national-of-withdrawing-state "holds the nationality of a Member State that has notified the European Council of its intention to withdraw from the Union (Art. 50(2) TEU), before the Treaties cease to apply to it"
condition resides-in-withdrawing-state "resides in a Member State that has notified the European Council of its intention to withdraw from the Union (Art. 50(2) TEU)"
condition resided-before-withdrawal "resided in the host State in accordance with Union law before the date a withdrawal agreement sets (the withdrawal, or the end of a transition period), and goes on residing there"
condition has-recourse-to-social-assistance "has recourse to the social assistance system of the host Member State"
condition resided-ten-years-host "has resided in the host Member State for the previous ten years"
condition public-policy-grounds "the measure is taken on grounds of public policy, public security or public health"
condition within-electoral-derogation "resides in a Member State where a derogation warranted by problems specific to it applies (more than 20% of the Union citizens of voting age residing there are not its nationals), and has not completed the minimum period of residence the derogation sets"
condition within-scope-of-union-law "is in a situation governed by Union law: an act of the Union's institutions, or of a Member State implementing Union law (Art. 51(1) CFR)"
condition is-child "is a child"

# ─── Groups ────────────────────────────────────────────────────────────────

group persons-within-union-law "any person, in a situation governed by Union law" where within-scope-of-union-law
  note "The holders of the Charter rights that belong to \"everyone\": the Charter binds the Union's institutions, and the Member States only when they implement Union law (Art. 51(1) CFR)."

# ─── Tests: what a restriction or a limit must meet ───────────────────────

test personal-conduct "the measure is based exclusively on the personal conduct of the individual concerned, which represents a genuine, present and sufficiently serious threat affecting one of the fundamental interests of society; previous criminal convictions are not in themselves grounds"
test proportionality "the measure complies with the principle of proportionality"
test personal-circumstances-considered "the host Member State has taken account of how long the person has resided there, their age, state of health, family and economic situation, social and cultural integration and links with the country of origin"
test serious-grounds "the measure is taken on serious grounds of public policy or public security"
test imperative-grounds "the measure is based on imperative grounds of public security, as defined by the Member State"
test public-policy-grounds-only "the measure is taken on grounds of public policy, public security or public health (Chapter VI of Directive 2004/38), not because the person lacks resources or has had recourse to social assistance"
test no-economic-ends "the grounds of public policy, public security or public health are not invoked to serve economic ends"
test individual-assessment "the person's situation is examined individually: the measure is not the automatic consequence of a general rule"

# ─── Arrangements: institutional designs of agreements ───────────────────
# binding-interpretation-of-union-law, disputes-between-member-states-outside-
# union-courts and intra-union-investor-state-arbitration are declared in
# case-law/vocabulary.lex, with economically-active, has-sufficient-resources
# and has-sickness-insurance.
