# The Treaty on European Union as renumbered at Amsterdam (and amended at
# Nice). Wording from the reference text tec-intermediate-1997-2006.txt where
# it has one.

instrument TEU-1997 "Treaty on European Union (Amsterdam and Nice consolidations)" {
  kind treaty
  journal "OJ C 340, 10.11.1997, p. 145"
  celex "11997M"
  signed 1997-10-02
  in-force 1999-05-01 until 2009-11-30
}

article TEU-1997 6 "Principles of the Union" {
  source "paperzz.com document 9193562, a third-party reproduction headed \"Treaty on European Union (Amstardam) Official Journal C 340, 10/11/1997 P. 0145\""
  journal "OJ C 340, 10.11.1997, p. 145"
  text-status third-party
  succeeds TEU-1992 F

  paragraph 1 {
    text """
      The Union is founded on the principles of liberty, democracy, respect for human rights and fundamental freedoms, and the rule of law, principles which are common to the Member States.
    """
  }
  paragraph 2 {
    text """
      The Union shall respect fundamental rights, as guaranteed by the European Convention for the Protection of Human Rights and Fundamental Freedoms signed in Rome on 4 November 1950 and as they result from the constitutional traditions common to the Member States, as general principles of Community law.
    """
  }
  paragraph 3 {
    text """
      The Union shall respect the national identities of its Member States.
    """
  }
  paragraph 4 {
    text """
      The Union shall provide itself with the means necessary to attain its objectives and carry through its policies.
    """
  }
}

article TEU-1997 48 "Amendment of the Treaties" {
  source "Renumbering of Maastricht Art. N: EUR-Lex 12006M048 (Dutch) lists OJ C 191, 29.7.1992, p. 63; no English text in the reference texts"
  celex "12006M048"
  text-status missing
  succeeds TEU-1992 N
  amends [TEU-1997, EC-1997] by treaty-revision
}

article TEU-1997 49 "Accession" {
  source "Renumbering of Maastricht Art. O: EUR-Lex 12002M049 (German) \"Artikel 49 - Artikel O - EU Vertrag (Maastricht 1992)\"; no English text in the reference texts"
  celex "12002M049"
  text-status missing
  succeeds TEU-1992 O
}
