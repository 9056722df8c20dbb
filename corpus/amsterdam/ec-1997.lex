# The EC Treaty as renumbered at Amsterdam (and amended at Nice): the middle
# link between the Maastricht and Lisbon numbering.
# Wording from ../shared/reference/treaties/tec-intermediate-1997-2006.txt.

instrument EC-1997 "Treaty establishing the European Community (Amsterdam and Nice consolidations)" {
  kind treaty
  journal "OJ C 340, 10.11.1997, p. 173"
  celex "11997E"
  signed 1997-10-02
  in-force 1999-05-01 until 2009-11-30
}

article EC-1997 17 "Citizenship of the Union" {
  source "EUR-Lex 12006E017, OJ C 321 E, 29.12.2006, p. 49 (2006 consolidation; Amsterdam wording)"
  journal "OJ C 321 E, 29.12.2006, p. 49"
  celex "12006E017"
  url "https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A12006E017"
  text-status official
  succeeds EC-1992 8

  paragraph 1 {
    text """
      Citizenship of the Union is hereby established. Every person holding the nationality of a Member State shall be a citizen of the Union. Citizenship of the Union shall complement and not replace national citizenship.
    """
    defines union-citizen as holds-nationality(member-state)
  }
  paragraph 2 {
    text """
      Citizens of the Union shall enjoy the rights conferred by this Treaty and shall be subject to the duties imposed thereby.
    """
  }
}

article EC-1997 18 {
  source "europadatenbank.iaaeu.de, legal act 20 (English): third-party reproduction of the Amsterdam/Nice text"
  url "https://europadatenbank.iaaeu.de/user/view_legalact.php?id=20&lang=en"
  text-status third-party
  succeeds EC-1992 8a

  paragraph 1 {
    text """
      Every citizen of the Union shall have the right to move and reside freely within the territory of the Member States, subject to the limitations and conditions laid down in this Treaty and by the measures adopted to give it effect.
    """
    confers move-and-reside on union-citizen
  }
  paragraph 2 {
    text """
      The Council may adopt provisions with a view to facilitating the exercise of the rights referred to in paragraph 1; save as otherwise provided in this Treaty, the Council shall act in accordance with the procedure referred to in Article 251. The Council shall act unanimously throughout this procedure.
    """
    empowers council by council-unanimity to facilitate [move-and-reside] to [union-citizen]
  }
}

article EC-1997 19 {
  source "Amsterdam numbering of Maastricht Art. 8b: EUR-Lex 11997E019 (title only seen); no English text found"
  celex "11997E019"
  text-status missing
  succeeds EC-1992 8b
}
