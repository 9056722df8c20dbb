# The names the statements of the corpus use: statuses, rights, conditions,
# groups and actors. Procedures are in procedures.lex, the Member States in
# facts/. See docs/language.md and docs/corpus-guide.md.

# ─── Statuses ──────────────────────────────────────────────────────────────

status union-citizen "citizen of the Union"
status third-country-national "national of a third country: a person who is not a citizen of the Union"
status long-term-resident "third-country national with long-term resident status"
status withdrawal-agreement-beneficiary "United Kingdom national covered by Part Two of the Withdrawal Agreement"

# ─── Rights ────────────────────────────────────────────────────────────────

right move-and-reside "to move and reside freely within the territory of the Member States"
right reside-in-host-state "to go on residing in the Member State where one already resides"
right reside-in-second-member-state "to reside in a second Member State, on the conditions that State may set (labour-market test, resources, sickness insurance)"
right move-for-work "to move freely within the territory of the Member States to accept offers of employment and to stay there for employment"
right equal-treatment-work "to equal treatment as regards employment, remuneration and other conditions of work and employment"
right equal-treatment-nationality "not to be discriminated against on grounds of nationality"
right social-assistance "to equal treatment in social assistance and social protection (welfare)"
right healthcare-cover "to healthcare cover when moving between States, under the coordination of social security"
right social-security-coordination "to aggregation of insurance periods and payment of social security benefits across States"
right admission-for-work "to be admitted from a third country to seek work, employed or self-employed"
right vote-municipal "to vote and to stand as a candidate at municipal elections in the Member State of residence"
right vote-ep "to vote and to stand as a candidate in elections to the European Parliament in the Member State of residence"
right consular-protection "to protection by the diplomatic or consular authorities of any Member State in a third country"
right petition-ep "to petition the European Parliament"
right apply-ombudsman "to apply to the Ombudsman"
right address-institutions "to address the institutions and advisory bodies of the Union in a Treaty language and to obtain a reply in it"

# ─── Conditions ────────────────────────────────────────────────────────────

condition holds-nationality(state) "holds the nationality of"
condition resides-in(state) "resides in"
condition resides-legally-in(state) "resides legally in" implies resides-in
condition works-in(state) "works in"
condition resided-legally-five-years "has resided legally and continuously for five years in the Member State"
condition resided-before-transition-ended "resided in the host State in accordance with Union law before the end of the transition period, and goes on residing there"
condition in-cross-border-situation "is in a situation not confined in all respects within a single Member State"
condition employed-in-public-service "is employed in the public service"
condition opted-in "has chosen to take part"
condition family-member-of(status) "is a family member (spouse, registered partner, descendant under 21 or dependant, dependent ascendant, Art. 2(2) Directive 2004/38) of a person who holds"
condition unrepresented-in-third-country "is in the territory of a third country in which the Member State of which he or she is a national is not represented"

# ─── Groups ────────────────────────────────────────────────────────────────

group resident-persons "any natural or legal person residing or having its registered office in a Member State" where resides-in(member-state)
  note "The wider circle of holders of the right to petition and to apply to the Ombudsman (Art. 227 and 228 TFEU)."
group member-state-nationals "nationals of the Member States" where holds-nationality(member-state)
  note "The persons the EEC Treaty protected before citizenship of the Union existed (1 November 1993); used by the EEC articles instead of union-citizen."
group nationals-of-third-countries "nationals of a third country" where holds-nationality(third-country)
  note "Third-country nationals described by their nationality, for eras before third-country-national was defined."

group family-members-of-citizens "family members of a citizen of the Union, whatever their nationality" where family-member-of(union-citizen)
  note "Art. 2(2) and 7(1)(d), 7(2) Directive 2004/38: the family member's right derives from the citizen's; a third-country national holds it as a family member, not in his or her own name."

# ─── Actors ────────────────────────────────────────────────────────────────

actor council "the Council"
actor commission "the Commission"
actor european-council "the European Council"
actor european-parliament "the European Parliament"
actor parliament-and-council "the European Parliament and the Council"
actor union "the Union"
actor member-state-governments "the governments of the Member States" one-per-member-state
actor member-states "the Member States, each in accordance with its constitutional requirements" one-per-member-state
actor each-member-state "a Member State acting on its own"
