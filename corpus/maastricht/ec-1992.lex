# The EC Treaty as amended by the Treaty on European Union (Maastricht).
# Wording from ../shared/reference/treaties/maastricht-ec-1992.txt.

instrument EC-1992 "Treaty establishing the European Community (as amended at Maastricht)" {
  kind treaty
  journal "OJ C 224, 31.8.1992, p. 1"
  celex "11992E"
  url "https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A1199200000000"
  signed 1992-02-07
  in-force 1993-11-01 until 1999-04-30
}

article EC-1992 8 "Citizenship of the Union" {
  source "EUR-Lex 11992E008, codified version, OJ C 224, 31.8.1992, p. 10"
  journal "OJ C 224, 31.8.1992, p. 10"
  celex "11992E008"
  url "https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A11992E008"
  text-status official

  paragraph 1 {
    text """
      Citizenship of the Union is hereby established.
      Every person holding the nationality of a Member State shall be a citizen of the Union.
    """
    defines union-citizen as holds-nationality(member-state)
  }
  paragraph 2 {
    text """
      Citizens of the Union shall enjoy the rights conferred by this Treaty and shall be subject to the duties imposed thereby.
    """
  }
}

article EC-1992 8a {
  source "Project Gutenberg EBook #686 (GUTENBERG-686), Article G, point C: third-party transcription of the TEU as signed"
  celex "11992E008A"
  text-status third-party
  note "Paragraph 2 follows the source, which has no \"and\" before \"after obtaining\"; the official German text has one. Check the English OJ before quoting that phrase."

  paragraph 1 {
    text """
      Every citizen of the Union shall have the right to move and reside freely within the territory of the Member States, subject to the limitations and conditions laid down in this Treaty and by the measures adopted to give it effect.
    """
    confers move-and-reside on union-citizen
  }
  paragraph 2 {
    text """
      The Council may adopt provisions with a view to facilitating the exercise of the rights referred to in paragraph 1; save as otherwise provided in this Treaty, the Council shall act unanimously on a proposal from the Commission after obtaining the assent of the European Parliament.
    """
    empowers council by council-unanimity to facilitate [move-and-reside] to [union-citizen]
  }
}

article EC-1992 8b {
  source "Project Gutenberg EBook #686 (GUTENBERG-686), Article G, point C: third-party transcription of the TEU as signed"
  celex "11992E008B"
  text-status third-party
  note "The source prints \"Article 1 38(3)\"; the stray space is removed."

  paragraph 1 {
    text """
      Every citizen of the Union residing in a Member State of which he is not a national shall have the right to vote and to stand as a candidate at municipal elections in the Member State in which he resides, under the same conditions as nationals of that State. This right shall be exercised subject to detailed arrangements to be adopted before 31 December 1994 by the Council, acting unanimously, on a proposal from the Commission and after consulting the European Parliament; these arrangements may provide for derogations where warranted by problems specific to a Member State.
    """
    confers vote-municipal on union-citizen where resides-in(other-member-state)
  }
  paragraph 2 {
    text """
      Without prejudice to Article 138(3) and to the provisions adopted for its implementation, every citizen of the Union residing in a Member State of which he is not a national shall have the right to vote and to stand as a candidate in elections to the European Parliament in the Member State in which he resides, under the same conditions as nationals of that State. This right shall be exercised subject to detailed arrangements to be adopted before 31 December 1993 by the Council, acting unanimously on a proposal from the Commission and after consulting the European Parliament; these arrangements may provide for derogations where warranted by problems specific to a Member State.
    """
    confers vote-ep on union-citizen where resides-in(other-member-state)
  }
}
