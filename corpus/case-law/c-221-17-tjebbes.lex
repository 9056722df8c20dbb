# Case C-221/17 Tjebbes (2019): a Member State may provide for the loss of
# its nationality by operation of law where the genuine link is durably
# interrupted, even though Union citizenship is lost with it, provided the
# consequences can be examined individually for proportionality and the
# nationality recovered ex tunc.

instrument TJEBBES "Judgment of the Court (Grand Chamber) of 12 March 2019, M.G. Tjebbes and Others v Minister van Buitenlandse Zaken" {
  kind judgment
  court court-of-justice
  case "C-221/17"
  ecli "ECLI:EU:C:2019:189"
  decided 2019-03-12
  celex "62017CJ0221"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A62017CJ0221"
  note "Reference for a preliminary ruling (Raad van State, Netherlands). Dual Netherlands and third-country nationals who lost Netherlands nationality by operation of law after ten years' residence outside the Netherlands and the Union, and minor children who lost it with their parent."
}

paragraph TJEBBES summary "Summary of the Judgment: keywords (prepared by the Court's services, not the Court's own words)" {
  source "curia.europa.eu, summary page of the judgment (docid 219411), keyword heading 2 (stored copy)"
  url "https://curia.europa.eu/juris/document/document.jsf;jsessionid=903E54C548F7F428BAB6B212B8F0B1C1?text=&docid=219411&pageIndex=0&doclang=EN&mode=req&dir=&occ=first&part=1&cid=5958983"
  text-status third-party
  text """
    Citizenship of the Union — Provisions of the Treaty — Nationality of a Member State — Loss, by operation of law, of that nationality because of the absence of a genuine link with that Member State — Loss of citizenship of the Union — Lawfulness — Conditions — Possibility for the national authorities and courts to examine the consequences of the loss of that nationality and to have the persons concerned recover it ex tunc – Observance of the principle of proportionality
  """
  note "The keywords refer to paragraphs 35, 39, 40, 42, 44-48 and the operative part."
}

paragraph TJEBBES operative "Operative part" {
  source "Written from memory; its structure checked against the Spanish text of the operative part quoted on tfextranjeria.es"
  text-status unverified
  text """
    Article 20 TFEU, read in the light of Articles 7 and 24 of the Charter of Fundamental Rights of the European Union, must be interpreted as not precluding legislation of a Member State, such as that at issue in the main proceedings, which provides under certain conditions for the loss, by operation of law, of the nationality of that Member State, which entails, in the case of persons who are not also nationals of another Member State, the loss of their citizenship of the European Union and the rights attaching thereto, in so far as the competent national authorities, including national courts where appropriate, are in a position to examine, as an ancillary issue, the consequences of that loss of nationality and, where appropriate, to have the persons concerned recover their nationality ex tunc in the context of an application by those persons for a travel document or any other document showing their nationality. As part of that examination, the authorities and the courts must determine whether the loss of the nationality of the Member State concerned, when it entails the loss of citizenship of the Union and the rights attaching thereto, has due regard to the principle of proportionality so far as concerns the consequences of that loss for the situation of each person concerned and, if relevant, for that of the members of his or her family, from the point of view of EU law.
  """
  note "From memory: never to be quoted as verbatim. The Spanish text seen (\"siempre que las autoridades nacionales competentes ... estén en condiciones de examinar, con carácter incidental, las consecuencias de tal pérdida de nacionalidad y, eventualmente, de arbitrar el mecanismo adecuado para que las personas afectadas recuperen ex tunc la nacionalidad\") matches this reading."
  limits member-state to withdraw nationality from union-citizen requires [individual-proportionality]
}
