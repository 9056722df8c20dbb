# An invented proposal, for testing: ordinary legislation under a legal basis
# in the corpus can deliver it, so it should reach "secondary-legislation".

proposal resident-workers "Equal treatment at work for third-country nationals residing legally in the Union" {
  source "Invented for lexcompat's tests"
  date 2021-03-01
  proposed-by "lexcompat's test suite"
  addressed-to parliament-and-council
  invented "Needs a Union act under Art. 79(2)(b) TFEU: existing law gives equal treatment at work only to long-term residents"

  group legal-residents "third-country nationals residing legally in a Member State" where third-country-national, resides-legally-in(member-state)
    note "invented"
  grants equal-treatment-work to legal-residents basis TFEU 79(2)(b) by ordinary-legislation
    note "invented: equal treatment as regards conditions of work"
}
