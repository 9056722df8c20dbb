# The Charter of Fundamental Rights of the European Union (2016 text).
# Wording from the reference text charter-2016.txt.

instrument CFR "Charter of Fundamental Rights of the European Union" {
  kind charter
  journal "OJ C 202, 7.6.2016, p. 389"
  celex "12016P/TXT"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12016P%2FTXT"
  in-force 2009-12-01
  note "Proclaimed in 2000 and, as adapted, in 2007; legally binding since 1 December 2009 under Art. 6(1) TEU."
}

article CFR 39 "Right to vote and to stand as a candidate at elections to the European Parliament" {
  source "Third-party copy of the OJ C 202 (2016) text: GitHub repository pantrypoints/sp, content/en/research/constitutions/eu/part-2/title-5.md (commit c8896622feb1926c73224de2a24bc273f1d6977e)"
  journal "OJ C 202, 7.6.2016, p. 401"
  celex "12016P039"
  text-status third-party
  equivalent TFEU 22(2)

  paragraph 1 {
    text """
      Every citizen of the Union has the right to vote and to stand as a candidate at elections to the European Parliament in the Member State in which he or she resides, under the same conditions as nationals of that State.
    """
    confers vote-ep on union-citizen where resides-in(other-member-state)
    note "Paragraph 1 corresponds to Art. 22(2) TFEU (Explanations on Art. 39; Art. 52(2)): citizens residing in a Member State of which they are not nationals (audit L4)."
  }
  paragraph 2 {
    text """
      Members of the European Parliament shall be elected by direct universal suffrage in a free and secret ballot.
    """
    confers vote-ep on union-citizen where resides-in(member-state)
    note "The vote of citizens in the Member State of their nationality comes under this paragraph with Art. 14(3) TEU, not paragraph 1 (C-650/13 Delvigne, 2015). The condition can only say \"resides in a Member State\": the language has no words for the citizen's own State (audit L4)."
  }
}

article CFR 40 "Right to vote and to stand as a candidate at municipal elections" {
  source "Third-party copy of the OJ C 202 (2016) text: GitHub repository pantrypoints/sp (commit c8896622feb1926c73224de2a24bc273f1d6977e)"
  journal "OJ C 202, 7.6.2016, p. 401"
  celex "12016P040"
  text-status third-party
  equivalent TFEU 22(1)
  note "No comma before \"under\", as printed in the source. The right applies under the conditions of the Treaties (Art. 52(2); Explanations on Art. 40): to citizens residing in a Member State of which they are not nationals, as Art. 22(1) TFEU says. Union law gives no municipal vote to a national at home (audit M4)."

  text """
    Every citizen of the Union has the right to vote and to stand as a candidate at municipal elections in the Member State in which he or she resides under the same conditions as nationals of that State.
  """
  confers vote-municipal on union-citizen where resides-in(other-member-state)
}

article CFR 45 "Freedom of movement and of residence" {
  source "Third-party copy of the OJ C 202 (2016) text: GitHub repository pantrypoints/sp; identical at europadatenbank.iaaeu.de (legal act 274) and on the Commission's \"Know your rights\" page"
  journal "OJ C 202, 7.6.2016, p. 402"
  celex "12016P045"
  text-status third-party

  paragraph 1 {
    text """
      Every citizen of the Union has the right to move and reside freely within the territory of the Member States.
    """
    confers move-and-reside on union-citizen
    equivalent TFEU 21(1)
  }
  paragraph 2 {
    text """
      Freedom of movement and residence may be granted, in accordance with the Treaties, to nationals of third countries legally resident in the territory of a Member State.
    """
    note "A possibility, not a right: it points to the legal bases of the Treaties, such as Art. 79(2)(b) TFEU."
  }
}
