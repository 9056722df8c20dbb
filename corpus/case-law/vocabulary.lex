# The names the case law of the Court of Justice introduces: the tests a
# measure must meet, the institutional arrangements the Court has ruled on,
# and the conditions and rights its holdings speak of. Declared here, not in
# ../vocabulary.lex, so that the case law can be read (and reviewed) as one
# body. See docs/case-law.md.

# ─── Tests: what a measure must meet where Union law limits a competence ───

test due-regard-to-union-law "the competence over nationality is exercised having due regard to Union law (Micheletti)"
test recognition-of-member-state-nationality "the nationality granted by another Member State is recognised as it stands, without an additional condition (such as habitual residence) for the exercise of the freedoms (Micheletti)"
test individual-proportionality "the consequences of the loss of nationality, and with it of Union citizenship, for the person and the family are assessed individually for proportionality, with recovery of the nationality where disproportionate (Rottmann, Tjebbes, JY)"
test proportionate-limitation "the limitations and conditions on the right of residence are applied in compliance with the general principles of Union law, in particular proportionality (Baumbast)"
test genuine-enjoyment "the measure does not deprive Union citizens of the genuine enjoyment of the substance of the rights conferred by virtue of their status (Ruiz Zambrano)"
test equal-treatment-comparable-situations "the criteria chosen do not treat differently nationals who are in comparable situations, unless the difference is objectively justified (Eman and Sevinger)"
test no-transactional-naturalisation "nationality is not granted in direct exchange for predetermined payments or investments by a transactional procedure amounting to the commercialisation of nationality and of Union citizenship (Commission v Malta)"

# ─── Arrangements: institutional designs the Court has ruled on ────────────

arrangement binding-interpretation-of-union-law "a body outside the Union's courts whose rulings bind the Union, or its courts, on the meaning of Union law"
arrangement disputes-between-member-states-outside-union-courts "a mechanism by which disputes between Member States, or between Member States and the Union, on the interpretation or application of the Treaties are decided outside the Union's judicial system (Art. 344 TFEU)"
arrangement intra-union-investor-state-arbitration "an arbitral tribunal, provided for in an agreement between Member States, before which an investor of one Member State may bring proceedings against another Member State in disputes that may concern the interpretation or application of Union law, outside the judicial system of the Union and without the possibility of a reference to the Court of Justice (Arts 267 and 344 TFEU)"

# ─── Conditions ────────────────────────────────────────────────────────────

condition primary-carer-of(status) "is the primary carer of a minor who is a"
condition child-would-have-to-leave-union "has dependent minor children, citizens of the Union, who would have to leave the territory of the Union if the parent were refused"
condition has-sufficient-resources "has sufficient resources not to become a burden on the social assistance system of the host Member State"
condition has-sickness-insurance "has comprehensive sickness insurance cover in the host Member State"
condition economically-active "is a worker or self-employed person"
condition resides-as-jobseeker-only "resides in the host Member State solely on the basis of seeking work"
condition close-link-with(state) "has a close link with"

# ─── Rights ────────────────────────────────────────────────────────────────

right derived-residence "to reside, as a third-country national family member, with the Union citizen from whom the right is derived"
right derived-work-permit "to a work permit, as a third-country national family member, where it is needed for the Union citizen's genuine enjoyment of citizenship"

# Added with Delvigne: a Charter right limited by a Member State.
test charter-limitation "the limitation is provided for by law, respects the essence of the right and is proportionate to an objective of general interest (Art. 52(1) of the Charter; Delvigne)"
