# Case C-34/09 Ruiz Zambrano (2011): Article 20 TFEU precludes national
# measures which deprive Union citizens of the genuine enjoyment of the
# substance of their rights; a third-country national parent of dependent
# minor citizen children may not be refused residence and a work permit in the
# children's own Member State where the children would have to leave the
# territory of the Union.

instrument RUIZ-ZAMBRANO "Judgment of the Court (Grand Chamber) of 8 March 2011, Gerardo Ruiz Zambrano v Office national de l'emploi (ONEm)" {
  kind judgment
  court court-of-justice
  case "C-34/09"
  ecli "ECLI:EU:C:2011:124"
  decided 2011-03-08
  celex "62009CJ0034"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62009CJ0034"
  note "Reference for a preliminary ruling (Tribunal du travail de Bruxelles). A Colombian father of two Belgian children who had never left Belgium. ECLI as shown on lexploria.com."
}

paragraph RUIZ-ZAMBRANO 42 {
  source "Quoted as the Court's holding in \"Revisiting Ruiz Zambrano: A Never Ending Story?\", European Journal of Migration and Law 23(1), p. 1, by two authors of the Ghent European Law Institute, brill.com (third-party); the same words in M. van den Brink's abstract (lsolum.typepad.com); paragraph number from the Italian text of paragraph 42 on dirittoue.info/?p=871"
  url "https://brill.com/abstract/journals/emil/23/1/article-p1_1.xml"
  text-status third-party
  text """
    Article 20 TFEU precludes national measures which have the effect of depriving citizens of the Union of the genuine enjoyment of the substance of the rights conferred by virtue of their status as citizens of the Union.
  """
  note "The paragraph opens with a few linking words (\"In those circumstances,\", from memory) and ends with a reference to Rottmann, paragraph 42; neither is quoted. The limit is encoded for the rights whose loss would force a citizen to leave the territory of the Union (residence), which is how the Court applied it; later case law treats it as exceptional."
  limits member-state to withhold [move-and-reside, reside-in-host-state] from union-citizen requires [genuine-enjoyment]
}

paragraph RUIZ-ZAMBRANO operative "Operative part" {
  source "The curia page of the judgment (docid 124695), Summary of the Judgment, which repeats the ruling (stored copy); the Irish Human Rights and Equality Commission quotes the same words as the Court's ruling, with \"[EU law]\" for \"Article 20 TFEU is to be interpreted as meaning that it\""
  url "http://curia.europa.eu/juris/document/document.jsf?text=&docid=124695&pageIndex=0&doclang=en&mode=req&dir=&occ=first&part=1&cid=256331"
  text-status third-party
  text """
    Article 20 TFEU is to be interpreted as meaning that it precludes a Member State from refusing a third country national upon whom his minor children, who are European Union citizens, are dependent, a right of residence in the Member State of residence and nationality of those children, and from refusing to grant a work permit to that third country national, in so far as such decisions deprive those children of the genuine enjoyment of the substance of the rights attaching to the status of European Union citizen.
  """
  confers [derived-residence, derived-work-permit] on third-country-national where primary-carer-of(union-citizen), child-would-have-to-leave-union
  limits member-state to withhold [derived-residence, derived-work-permit] from third-country-national requires [genuine-enjoyment] where primary-carer-of(union-citizen)
}
