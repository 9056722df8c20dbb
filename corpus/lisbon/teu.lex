# The Treaty on European Union (consolidated 2016).
# Wording from ../shared/reference/treaties/teu-2016.txt.

instrument TEU "Treaty on European Union" {
  kind treaty
  journal "OJ C 202, 7.6.2016, p. 13"
  celex "12016M/TXT"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12016M%2FTXT"
  signed 2007-12-13
  in-force 2009-12-01
}

article TEU 9 {
  source "europadatenbank.iaaeu.de, legal act 337 (third-party); Springer commentary heading"
  celex "12016M009"
  text-status third-party
  equivalent TFEU 20(1)

  text """
    In all its activities, the Union shall observe the principle of the equality of its citizens, who shall receive equal attention from its institutions, bodies, offices and agencies. Every national of a Member State shall be a citizen of the Union. Citizenship of the Union shall be additional to and not replace national citizenship.
  """
  defines union-citizen as holds-nationality(member-state)
}

article TEU 48 {
  source "Paragraphs 1 to 3 (in part): EUR-Lex 12008M048, OJ C 115, 9.5.2008; the rest written from memory"
  journal "OJ C 115, 9.5.2008, p. 41"
  celex "12016M048"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12008M048"
  text-status partly-verified
  note "Only paragraphs 1, 2 and 4 are given here; the rest of the article is still to be added to the corpus."

  paragraph 1 {
    text-status official
    text """
      The Treaties may be amended in accordance with an ordinary revision procedure. They may also be amended in accordance with simplified revision procedures.
    """
  }
  paragraph 2 {
    text-status official
    text """
      The Government of any Member State, the European Parliament or the Commission may submit to the Council proposals for the amendment of the Treaties. These proposals may, inter alia, serve either to increase or to reduce the competences conferred on the Union in the Treaties. These proposals shall be submitted to the European Council by the Council and the national Parliaments shall be notified.
    """
  }
  paragraph 4 {
    text-status unverified
    text """
      A conference of representatives of the governments of the Member States shall be convened by the President of the Council for the purpose of determining by common accord the amendments to be made to the Treaties.
      The amendments shall enter into force after being ratified by all the Member States in accordance with their respective constitutional requirements.
    """
    amends [TEU, TFEU] by treaty-revision
  }
}
