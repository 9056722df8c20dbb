# An invented proposal, for testing dates: a Union act agreed while a State
# is still a member, which applies to its nationals only after it has left.

proposal pre-withdrawal-workers "Equal treatment at work for United Kingdom nationals working in the Union after the transition (agreed in 2019)" {
  source "Invented for lexcompat's tests"
  date 2019-06-03
  applies-from 2021-01-01
  proposed-by "lexcompat's test suite"
  addressed-to parliament-and-council
  by union
  invented "Checks that the facts (who is a Member State) are read at the day the act applies, the law at the day it is decided"
  note "What the law gives: secondary-legislation. The act is decided on 3 June 2019, under the Treaties then in force; it applies from 1 January 2021, when the United Kingdom is no longer a Member State (it left on 31 January 2020; the transition period ended on 31 December 2020). Its nationals are then third-country nationals: Art. 45 TFEU no longer gives them equal treatment at work, and the withdrawal-agreement route (Art. 50(2) TEU) reaches only those who resided in a Member State before the end of the transition period, and only while the State is still withdrawing. For third-country nationals residing legally in a Member State, the Union may give equal treatment at work by the ordinary legislative procedure (Art. 79(2)(b) TFEU), as it did for long-term residents (Directive 2003/109, Art. 11). Read with the facts of 2019, the same grant would have been existing law (Art. 45(2) TFEU): the verdict must follow the facts of 2021."

  group uk-workers "United Kingdom nationals residing legally and working in a Member State other than their own" where holds-nationality(united-kingdom), resides-legally-in(other-member-state), resides-in(other-member-state), works-in(other-member-state)
    note "invented: \"British nationals who live and work lawfully in the Union\""

  grants equal-treatment-work to uk-workers as equal-treatment
    note "invented: \"they shall enjoy equal treatment with nationals as regards employment, remuneration and other conditions of work\""
}
