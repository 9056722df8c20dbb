# An invented proposal, for testing a bundle of rights granted in one
# measure, to a group with alternatives and family members.

proposal workers-families-package "Residence, work and social security for third-country workers and their families" {
  source "Invented for lexcompat's tests"
  date 2021-03-01
  proposed-by "lexcompat's test suite"
  addressed-to parliament-and-council
  by union
  invented "Checks a bundle: each right gets its own verdict, the bundle the most expensive, over a group with alternatives"
  note "What the law gives. For third-country nationals residing legally in a Member State, the Union may by the ordinary legislative procedure lay down the conditions of entry and residence (Art. 79(2)(a) TFEU) and their rights, equal treatment at work and social security included (Art. 79(2)(b) TFEU); Regulation (EU) No 1231/2010 already extends the coordination of social security to those of them in a cross-border situation. Each right is secondary-legislation; the bundle is secondary-legislation too. The family members are described by their own five years of legal residence: they are long-term residents (Directive 2003/109, Art. 4), to whom Art. 11 of that Directive already gives equal treatment at work and in social assistance, so for them equal treatment at work is existing law; the rest of the group needs the Art. 79(2) act. The split is shown for each right. The vote in municipal elections added to the bundle by a later amendment is reserved by Art. 22(1) TFEU to citizens of the Union; for others it is a matter for each Member State, so the Union cannot give it without a revision of the Treaties: the bundle, and the proposal, are treaty-revision."

  group third-country-workers "nationals of third States working and residing legally in a Member State" where third-country-national, works-in(member-state), resides-legally-in(member-state), resides-in(member-state)
    note "invented: \"workers from outside the Union who are lawfully employed here\""
  group workers-and-families "third-country workers, or third-country nationals who have resided legally for five years, as the families of such workers commonly have" where third-country-workers or third-country-national, resided-legally-five-years, resides-legally-in(member-state), resides-in(member-state)
    note "invented: \"these workers, and the members of their families who have lived here lawfully for five years\" (the bill's family members are described by their own residence: the corpus declares no `family-member-of` condition)"

  grants [reside-in-host-state, equal-treatment-work, social-security-coordination] to workers-and-families as package
    note "invented: \"a single status: the right to reside, equal treatment at work and the coordination of social security\""
  grants [reside-in-host-state, vote-municipal] to workers-and-families as civic-package
    note "invented, a later amendment: \"residence and, after arrival, the vote in municipal elections\""
}
