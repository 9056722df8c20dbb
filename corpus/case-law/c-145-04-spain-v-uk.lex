# Case C-145/04 Spain v United Kingdom (2006): who may vote in elections to
# the European Parliament is, in the current state of the law, for each
# Member State to define in compliance with Community law; a Member State may
# extend the franchise to persons with close links to it who are not Union
# citizens (Commonwealth citizens resident in Gibraltar).

instrument SPAIN-V-UK "Judgment of the Court (Grand Chamber) of 12 September 2006, Kingdom of Spain v United Kingdom of Great Britain and Northern Ireland" {
  kind judgment
  court court-of-justice
  case "C-145/04"
  ecli "ECLI:EU:C:2006:543"
  decided 2006-09-12
  celex "62004CJ0145"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62004CJ0145"
  note "Action for failure to fulfil obligations (Art. 227 EC), dismissed. The United Kingdom had given qualifying Commonwealth citizens resident in Gibraltar the vote in European Parliament elections, to comply with the judgment of the European Court of Human Rights in Matthews v United Kingdom. Delivered on the same day as Eman and Sevinger (C-300/04)."
}

paragraph SPAIN-V-UK summary "Summary of the Judgment (prepared by the Court's services, not the Court's own words)" {
  source "EUR-Lex, Summary of the Judgment in Case C-145/04 (stored copy, reached through the ECLI redirect); the same text on lexploria.com and on a EUR-Lex mirror of 62004CJ0145"
  url "http://eur-lex.europa.eu/legal-content/redirect/?urn=ecli:ECLI%3AEU%3AC%3A2006%3A543&lang=EN&format=html&target=CourtTab&anchor="
  text-status third-party
  text """
    In the current state of Community law, the definition of the persons entitled to vote and to stand as a candidate in elections to the European Parliament falls within the competence of each Member State in compliance with Community law. Articles 189 EC, 190 EC, 17 EC and 19 EC do not preclude the Member States from granting that right to vote and to stand as a candidate to certain persons who have close links to them, other than their own nationals or citizens of the Union resident in their territory.
  """
}

paragraph SPAIN-V-UK 78 {
  source "Written from memory around two parts of paragraph 78 quoted on the Fundamental Rights Agency's case-law page, fra.europa.eu/et/caselaw-reference/cjeu-c-14504-judgment (third-party)"
  text-status unverified
  text """
    It follows from all of the foregoing that, in the current state of Community law, the definition of the persons entitled to vote and to stand as a candidate in elections to the European Parliament falls within the competence of each Member State in compliance with Community law, and that Articles 189 EC, 190 EC, 17 EC and 19 EC do not preclude the Member States from granting that right to vote and to stand as a candidate to certain persons who have close links to them, other than their own nationals or citizens of the Union resident in their territory.
  """
  note "Marked unverified because some of its words are from memory (the test of partly-verified wording is the reference texts, which do not hold judgments). Seen on the FRA page: \"the definition of the persons entitled to vote and to stand as a candidate in elections to the European Parliament falls within the competence of each Member State in compliance with Community law\" and \"preclude the Member States from granting that right to vote and to stand as a candidate to certain persons who have close links to them, other than their own nationals or citizens of the Union resident in their territory\". Not verified: the opening words up to \"in the current state of Community law,\" and \"and that Articles 189 EC, 190 EC, 17 EC and 19 EC do not\"."
  empowers each-member-state by national-legislation to grant [vote-ep] to any person where close-link-with(member-state)
}
