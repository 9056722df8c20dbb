# An invented proposal, for testing a group described by a list of States,
# one a Member State and one not: the verdict splits.

proposal iberian-mobility "Free movement for nationals of Portugal and of the United Kingdom (2021)" {
  source "Invented for lexcompat's tests"
  date 2021-03-01
  proposed-by "lexcompat's test suite"
  addressed-to union
  by union
  invented "Checks that a group of nationals of several States gets the verdict of its most expensive part, and shows the split"
  note "What the law gives: international-agreement, split by nationality. Nationals of Portugal are citizens of the Union and already have the right to move and reside freely (Art. 20(2)(a) and 21(1) TFEU): compatible. Nationals of the United Kingdom are, since 1 February 2020, third-country nationals; free movement for them as a class, reciprocally, needs an agreement with the United Kingdom (Art. 217 and 218 TFEU), as the Withdrawal Agreement only keeps the residence of those who resided before the end of the transition period. The grant as a whole is international-agreement."

  group portuguese-or-british "nationals of Portugal or of the United Kingdom" where holds-nationality([portugal, united-kingdom])
    note "invented: \"Portuguese and British nationals\""

  grants move-and-reside to portuguese-or-british as free-movement
    note "invented: \"the right to move and reside freely within the territory of the Member States\""
}
