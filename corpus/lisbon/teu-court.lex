# TEU Article 19: the Court of Justice of the European Union. With Art. 267
# and 344 TFEU (tfeu-institutions.lex) it carries the autonomy of the Union
# legal order: no body outside the Union's courts may bind the Union on the
# meaning of Union law.

article TEU 19 "The Court of Justice of the European Union" {
  source "Written from memory; structure and substance checked against official and third-party texts in other languages (ES EUR-Lex 12008M019, OJ C 115, 9.5.2008, p. 27; IT diritto.it; DE de.frwiki.wiki)"
  celex "12016M019"
  text-status unverified
  note "Only paragraph 1 is recorded."

  paragraph 1 {
    text """
      The Court of Justice of the European Union shall include the Court of Justice, the General Court and specialised courts. It shall ensure that in the interpretation and application of the Treaties the law is observed.
    """
    forbids union to arrange [binding-interpretation-of-union-law]
    note "A reading of the Court, not the words alone: an agreement may set up a court or a body of its own, but not one whose rulings bind the Union and its institutions on the meaning of Union law, nor one that takes over the Court's exclusive jurisdiction; that would breach the autonomy of the Union legal order (Opinion 1/91, EEA I, 14 December 1991; Opinion 1/09, patents court, 8 March 2011; Opinion 2/13, accession to the ECHR, 18 December 2014). A tribunal that does not interpret Union law with binding effect is compatible (Opinion 1/17, CETA, 30 April 2019). The judgments and opinions themselves are recorded as instruments of their own."
    subparagraph 2 {
      text-status third-party
      url "https://www.concurrences.com/en/dictionary/principle-of-effectiveness"
      text """
        Member States shall provide remedies sufficient to ensure effective legal protection in the fields covered by Union law.
      """
      note "Quoted in these words, as the text of Art. 19(1) TEU, by concurrences.com and by the abstract of Craig and de Búrca, EU Law (7th edn), chapter 9 (oxfordlawtrove.com)."
    }
  }
}
