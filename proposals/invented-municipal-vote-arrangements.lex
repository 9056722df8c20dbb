# An invented proposal, for testing a measure that lays down how an existing
# right is exercised: detailed arrangements for the municipal vote.

proposal municipal-vote-arrangements "New detailed arrangements for the municipal vote of citizens residing in another Member State" {
  source "Invented for lexcompat's tests"
  date 2021-03-01
  proposed-by "lexcompat's test suite"
  addressed-to council
  by union
  invented "Checks an implementing measure: the right exists, so the question is the power to lay down its arrangements, not whether the right is conferred"
  note "What the law gives: secondary-legislation, by the Council acting unanimously. The right to vote and stand in municipal elections in the Member State of residence belongs to every citizen of the Union residing in a Member State of which he or she is not a national (Art. 20(2)(b) and 22(1) TFEU; Art. 40 of the Charter); it is exercised subject to detailed arrangements adopted by the Council, acting unanimously in accordance with a special legislative procedure and after consulting the European Parliament (Art. 22(1) TFEU), as Directive 94/80/EC did. A measure that lays down those arrangements is not compatible merely because the right exists: it needs the Council's unanimous act."

  group resident-citizens "citizens of the Union residing in a Member State of which they are not nationals" where union-citizen, resides-in(other-member-state)
    note "invented: \"citizens of the Union who reside in a Member State other than their own\""

  implements [vote-municipal] for resident-citizens as arrangements
    note "invented: \"registration on the electoral roll shall be automatic on the registration of residence, and the information in a common form\""
}
