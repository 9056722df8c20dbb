# Case C-413/99 Baumbast and R (2002): Article 18(1) EC (now TFEU 21(1)) has
# direct effect; a citizen may reside in the host State by direct application
# of it, and its limitations and conditions are applied proportionately.

instrument BAUMBAST "Judgment of the Court of 17 September 2002, Baumbast and R v Secretary of State for the Home Department" {
  kind judgment
  court court-of-justice
  case "C-413/99"
  ecli "ECLI:EU:C:2002:493"
  decided 2002-09-17
  celex "61999CJ0413"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61999CJ0413"
  note "Reference for a preliminary ruling (Immigration Appeal Tribunal, United Kingdom). A German national, no longer a worker in the United Kingdom, with sufficient resources but sickness insurance that did not cover emergency treatment there. ECLI as shown on the curia page of the judgment."
}

paragraph BAUMBAST 84 {
  source "Written from memory; a blog (london1701.blogspot.com) quotes the paragraph with editorial insertions, so its words were not taken as verbatim"
  text-status unverified
  text """
    Purely as a national of a Member State, and consequently a citizen of the Union, Mr Baumbast therefore has the right to rely on Article 18(1) EC.
  """
  note "From memory: never to be quoted as verbatim. The preceding sentence of the paragraph (the right to reside under Article 18(1) EC is conferred directly on every citizen of the Union by a clear and precise provision of the EC Treaty) was seen only with insertions by the blog's author."
  confers move-and-reside on union-citizen
}

paragraph BAUMBAST 85 {
  source "wikisum.wiki, \"Baumbast and R v SS for the Home Department\", which quotes paragraph 85 (third-party)"
  url "https://wikisum.wiki/wiki/Baumbast_and_R_v_SS_for_the_Home_Department"
  text-status third-party
  text """
    Admittedly, that right for citizens of the Union to reside within the territory of another Member State is conferred subject to the limitations and conditions laid down by the EC Treaty and by the measures adopted to give it effect.
  """
}

paragraph BAUMBAST operative "Operative part" {
  source "Written from memory; not checked against the judgment text"
  text-status unverified
  paragraph 3 {
    text """
      A citizen of the European Union who no longer enjoys a right of residence as a migrant worker in the host Member State can, as a citizen of the Union, enjoy there a right of residence by direct application of Article 18(1) EC. The exercise of that right is subject to the limitations and conditions referred to in that provision, but the competent authorities and, where necessary, the national courts must ensure that those limitations and conditions are applied in compliance with the general principles of Community law and, in particular, the principle of proportionality.
    """
    note "From memory: never to be quoted as verbatim. The point number (3) is also from memory."
    confers move-and-reside on union-citizen
    limits member-state to withhold [move-and-reside, reside-in-host-state] from union-citizen requires [proportionate-limitation]
  }
}
