# Case C-135/08 Rottmann (2010): a decision withdrawing naturalisation that
# makes a Union citizen lose that status falls within the ambit of Union law;
# withdrawal for deception is lawful on condition that it observes the
# principle of proportionality.

instrument ROTTMANN "Judgment of the Court (Grand Chamber) of 2 March 2010, Janko Rottmann v Freistaat Bayern" {
  kind judgment
  court court-of-justice
  case "C-135/08"
  ecli "ECLI:EU:C:2010:104"
  decided 2010-03-02
  celex "62008CJ0135"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62008CJ0135"
  note "Reference for a preliminary ruling (Bundesverwaltungsgericht, Germany). An Austrian by birth, naturalised in Germany (thereby losing Austrian nationality), whose naturalisation was withdrawn because he had concealed criminal proceedings against him: he faced statelessness and the loss of Union citizenship. EUR-Lex spells the name \"Rottman\" in the title."
}

paragraph ROTTMANN summary "Summary of the Judgment (prepared by the Court's services, not the Court's own words)" {
  source "EUR-Lex document 62008CJ0135, Summary of the Judgment (stored copies of the EN page and of the summary page); the same text on lexploria.com"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62008CJ0135"
  text-status third-party
  paragraph 1 {
    text """
      The situation of a citizen of the European Union who is faced with a decision withdrawing his naturalisation, adopted by the authorities of one Member State, and placing him, after he has lost the nationality of another Member State that he originally possessed, in a position capable of causing him to lose the status conferred by Article 17 EC and the rights attaching thereto falls, by reason of its nature and its consequences, within the ambit of European Union law.
    """
    note "The summary refers to paragraph 42 of the judgment."
  }
  paragraph 2 {
    text """
      It is not contrary to European Union law, in particular to Article 17 EC, for a Member State to withdraw from a citizen of the Union the nationality of that State acquired by naturalisation when that nationality was obtained by deception, on condition that the decision to withdraw observes the principle of proportionality.
    """
  }
}

paragraph ROTTMANN operative "Operative part" {
  source "Not checked against the judgment text"
  text-status missing
  note "From memory: the first point of the operative part states, in nearly the words of point 2 of the summary, that withdrawal of naturalisation obtained by deception is not contrary to Union law on condition that the decision observes the principle of proportionality; the second, that Union law does not require the Member State of origin's nationality to be restored first, but that the national court must consider, under the principle of proportionality, whether the person should be given a reasonable time to try to recover it. The Court named what the proportionality examination weighs (paragraph 56, from memory): the consequences for the person and family of losing the rights of a Union citizen, the gravity of the offence, the time between the naturalisation and its withdrawal, and whether the original nationality can be recovered."
  limits member-state to withdraw nationality from union-citizen requires [individual-proportionality]
}
