# Case C-333/13 Dano (2014): a host Member State may exclude economically
# inactive citizens of other Member States from special non-contributory cash
# benefits (social assistance) where they have no right of residence under
# Directive 2004/38, in particular for want of sufficient resources (Art. 7(1)(b)).

instrument DANO "Judgment of the Court (Grand Chamber) of 11 November 2014, Elisabeta Dano and Florin Dano v Jobcenter Leipzig" {
  kind judgment
  court court-of-justice
  case "C-333/13"
  ecli "ECLI:EU:C:2014:2358"
  decided 2014-11-11
  celex "62013CJ0333"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62013CJ0333"
  note "Reference for a preliminary ruling (Sozialgericht Leipzig, Germany). A Romanian national, not seeking work, living in Germany with her son, refused the basic provision for jobseekers (Grundsicherung). ECLI as shown on the curia page of the judgment."
}

paragraph DANO operative "Operative part" {
  source "Point 2 written from memory around the parts of it quoted in a blog post on blenderlaw.umlaw.net/2014/11/11/rule-of-law-and-politics/ (11 November 2014, third-party); its structure checked against the Portuguese text of the operative part quoted on blogippc.blogspot.com"
  text-status unverified
  paragraph 1 {
    text-status missing
    note "Point 1: special non-contributory cash benefits within the meaning of Articles 3(3) and 70 of Regulation No 883/2004 fall within the scope of its Article 4 (equal treatment). Summarised from the Portuguese text seen on blogippc.blogspot.com."
  }
  paragraph 2 {
    text """
      Article 24(1) of Directive 2004/38/EC of the European Parliament and of the Council of 29 April 2004 on the right of citizens of the Union and their family members to move and reside freely within the territory of the Member States amending Regulation (EEC) No 1612/68 and repealing Directives 64/221/EEC, 68/360/EEC, 72/194/EEC, 73/148/EEC, 75/34/EEC, 75/35/EEC, 90/364/EEC, 90/365/EEC and 93/96/EEC, read in conjunction with Article 7(1)(b) thereof, and Article 4 of Regulation No 883/2004, as amended by Regulation No 1244/2010, must be interpreted as meaning that they do not preclude legislation of a Member State under which nationals of other Member States are excluded from entitlement to certain ‘special non-contributory cash benefits’ within the meaning of Article 70(2) of Regulation No 883/2004, although those benefits are granted to nationals of the host Member State who are in the same situation, in so far as those nationals of other Member States do not have a right of residence under Directive 2004/38 in the host Member State.
    """
    note "Marked unverified because some of its words are from memory. Verified (blenderlaw.umlaw.net): from \"nationals of other Member States\" to \"excluded\", from \"from entitlement to certain ‘special non-contributory cash benefits’\", and from \"although those benefits are granted\" to the end. The rest is from memory, its structure matching the Portuguese text."
    empowers each-member-state by national-legislation to withhold [social-assistance] from union-citizen where not economically-active, not has-sufficient-resources, not resided-legally-five-years
  }
  paragraph 3 {
    text-status missing
    note "Point 3: when Member States lay down the conditions for the grant of such benefits they are not implementing Union law, so the Charter does not apply (summarised; wikisum.wiki)."
  }
}

paragraph DANO 78 {
  source "Written from memory; a summary on pila.ie (19 November 2014) gives the same idea in other words"
  text-status unverified
  text """
    A Member State must therefore have the possibility, pursuant to Article 7 of Directive 2004/38, of refusing to grant social benefits to economically inactive Union citizens who exercise their right to freedom of movement solely in order to obtain another Member State's social assistance although they do not have sufficient resources to claim a right of residence.
  """
  note "From memory: never to be quoted as verbatim. The paragraph number is also from memory."
}
