# Opinion 2/94 (1996): as Community law then stood, the Community had no
# competence to accede to the European Convention on Human Rights; Article 235
# EC could not serve, since accession would be of constitutional significance
# and could be brought about only by Treaty amendment.

instrument OPINION-2-94 "Opinion of the Court of 28 March 1996, Opinion 2/94, Accession by the Community to the European Convention for the Protection of Human Rights and Fundamental Freedoms" {
  kind opinion
  court court-of-justice
  case "Opinion 2/94"
  ecli "ECLI:EU:C:1996:140"
  decided 1996-03-28
  celex "61994CV0002"
  url "https://eur-lex.europa.eu/legal-content/en/TXT/?uri=CELEX%3A61994CV0002"
  note "Opinion under Article 228(6) EC, requested by the Council on 26 April 1994 (EUR-Lex). Superseded in its result by Article 6(2) TEU (Lisbon), which requires the Union to accede."
}

paragraph OPINION-2-94 operative "Operative part" {
  source "Written from memory; not checked against the text of the Opinion"
  text-status unverified
  text """
    As Community law now stands, the Community has no competence to accede to the Convention for the Protection of Human Rights and Fundamental Freedoms.
  """
  note "From memory: never to be quoted as verbatim. No statement: the holding is the absence of a power, which the corpus already expresses by having no provision that empowers the Community to accede before Article 6(2) TEU. It also limits the flexibility clause (Article 235 EC, later 308 EC, now 352 TFEU): it cannot be used to adopt provisions whose effect would in substance amend the Treaty (paragraphs 30 and 35, from memory; the reading is confirmed in other words by a Commission text quoted on wordscope.be/anglais/francais/unless+used.html)."
}
