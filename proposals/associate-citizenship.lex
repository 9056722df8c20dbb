# The seed case: the call of February 2020 for an "associate EU citizenship"
# for UK nationals, as reported by The Guardian. Each claim's note quotes or
# paraphrases the report (shared/seed/associate-citizenship-article.txt).

proposal associate-citizenship "Associate EU citizenship for UK nationals" {
  source "The Guardian, Brussels, February 2020: report of the Mayor of London's visit to Brussels"
  date 2020-02-01
  applies-from 2021-01-01
  proposed-by "Sadiq Khan, Mayor of London, backed by Guy Verhofstadt MEP"
  addressed-to union
  note "The report is of February 2020, just after the United Kingdom left the Union on 31 January 2020; its day is not given, so the first day of February is used. The report itself calls the idea \"unlawful under EU legislation\". The status would give rights after the transition period, which ends on 31 December 2020 (Art. 126 WA): the proposal applies from 1 January 2021, so the transition's own rights (Art. 127 WA) are not existing law for it."

  group uk-nationals-opting-in "UK nationals who opt in" where holds-nationality(united-kingdom), opted-in
    note "the offer is for \"those who wished to retain such rights\" and \"people who want to keep their link with Europe\""
  group residents-opting-in "UK nationals who opt in and reside legally in a Member State" where uk-nationals-opting-in, resides-legally-in(member-state)
    note "welfare protection concerns those who live in the Union: the report speaks of \"protect[ing] rights in ... welfare\""
  group workers-opting-in "UK nationals who opt in and work and reside legally in a Member State" where uk-nationals-opting-in, works-in(member-state), resides-legally-in(member-state)
    note "workplace protection concerns those who work in the Union: \"workplace conditions\""

  creates status associate-citizen "associate citizen of the Union" for uk-nationals-opting-in
    note "\"associate citizenship\", building on \"the concept of 'European citizenship'\" that \"the Maastricht Treaty created\" (Verhofstadt)"

  grants move-and-reside to uk-nationals-opting-in through associate-citizen
    note "\"continued freedom of movement and residence around the bloc\""
  grants healthcare-cover to uk-nationals-opting-in through associate-citizen
    note "the status \"would also protect rights in healthcare\""
  grants social-assistance to residents-opting-in through associate-citizen
    note "the status would protect rights in \"welfare\""
  grants equal-treatment-work to workers-opting-in through associate-citizen
    note "the status would protect rights in \"workplace conditions\""
  grants vote-ep to uk-nationals-opting-in through associate-citizen likely
    note "\"and likely the right to vote in European Parliament elections\""
}
