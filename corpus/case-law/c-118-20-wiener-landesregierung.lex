# Case C-118/20 JY v Wiener Landesregierung (2022): a citizen who gave up her
# only Member State nationality to naturalise in another Member State, on that
# State's assurance, is within Union law; revoking the assurance, which makes
# the loss of Union citizenship permanent, must be proportionate.

instrument WIENER-LANDESREGIERUNG "Judgment of the Court (Grand Chamber) of 18 January 2022, JY v Wiener Landesregierung" {
  kind judgment
  court court-of-justice
  case "C-118/20"
  ecli "ECLI:EU:C:2022:34"
  decided 2022-01-18
  celex "62020CJ0118"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62020CJ0118"
  journal "OJ C 119, 14.3.2022, p. 7"
  note "Reference for a preliminary ruling (Verwaltungsgerichtshof, Austria). A national of one Member State who renounced that nationality on Austria's assurance of naturalisation; Austria then revoked the assurance for road traffic offences, leaving her stateless. Date, ECLI and OJ notice as on EUR-Lex (62020CA0118) and the Cambridge case note."
}

paragraph WIENER-LANDESREGIERUNG operative "Operative part" {
  source "Official Journal notice of the judgment, EUR-Lex 62020CA0118 (stored copy): only the opening words of point 1 were seen; the rest is summarised"
  url "https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A62020CA0118"
  text-status missing
  paragraph 1 {
    text-status missing
    note "Opening words seen: \"The situation of a person who, having the nationality of one Member State only, renounces that nationality and loses, as a result, his or her status of citizen of the Union, with a [view to obtaining the nationality of another Member State ...]\". Summary: that situation falls, by reason of its nature and its consequences, within the scope of Union law (curia summary: paragraphs 39-44, operative part 1)."
  }
  paragraph 2 {
    text-status missing
    note "Summary, from memory, not verified: the authorities and courts of the host Member State must ascertain whether revoking the assurance of naturalisation, which makes the loss of Union citizenship permanent, is compatible with the principle of proportionality in the light of its consequences for the person; that is not the case where the revocation rests on road traffic offences punishable by a mere fine."
    limits member-state to withdraw status [union-citizen] from any person requires [individual-proportionality]
  }
}
