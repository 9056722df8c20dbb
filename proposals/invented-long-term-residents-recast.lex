# An invented proposal, for testing `enacts`: a recast of a directive the
# corpus has must be judged without it, not supported by itself.

proposal long-term-residents-recast "Recast of the long-term residents directive (2022)" {
  source "Invented for lexcompat's tests"
  date 2022-04-27
  proposed-by "lexcompat's test suite"
  addressed-to parliament-and-council
  by union
  enacts DIR-2003-109
  invented "Checks that a proposal which is an instrument of the corpus is judged by the law without that instrument"
  note "What the law gives: secondary-legislation. The proposal re-enacts, as a recast, the equal treatment of long-term residents that Directive 2003/109/EC gives (Art. 11). Judged with the Directive it would count as existing law supporting itself (compatible); judged without it, as `enacts` requires, equal treatment at work and in social assistance for third-country nationals residing legally is for the Union to lay down by the ordinary legislative procedure (Art. 79(2)(b) TFEU)."

  group long-term-residents "third-country nationals who have resided legally and continuously for five years in a Member State" where third-country-national, resided-legally-five-years, resides-legally-in(member-state), resides-in(member-state)
    note "invented: \"third-country nationals who have resided legally and continuously within its territory for five years\""

  grants [equal-treatment-work, social-assistance] to long-term-residents as equal-treatment
    note "invented: \"long-term residents shall enjoy equal treatment with nationals as regards access to employment, conditions of work, and social assistance\""
}
