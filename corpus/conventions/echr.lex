# The European Convention on Human Rights, a Council of Europe convention to
# which the Union is to accede (Art. 6(2) TEU). Only the article that opens
# the Convention to the Union is recorded.

instrument ECHR "Convention for the Protection of Human Rights and Fundamental Freedoms" {
  kind convention
  url "https://www.echr.coe.int/documents/d/echr/convention_ENG"
  signed 1950-11-04
  in-force 1953-09-03
  note "Signed in Rome on 4 November 1950 (the date Art. 6 TEU-1997 gives); in force 3 September 1953 (from memory, not checked against a source here). The Union is not a party: accession needs an agreement concluded under Art. 218(6)(a)(ii) and (8) TFEU and ratified by all the Contracting Parties."
}

article ECHR 59 "Signature and ratification" {
  source "The European Court of Human Rights' page \"Accession of the European Union\" (prd-echr.coe.int), which quotes paragraph 2 in lower case within a sentence (third-party)"
  url "https://prd-echr.coe.int/web/echr/accession-of-the-european-union"
  text-status third-party
  note "Only paragraph 2 is recorded. The source quotes it as \"the European Union may accede to this Convention\" inside a sentence; the capital at the start of the paragraph is restored here."

  paragraph 2 {
    in-force 2010-06-01
    text """
      The European Union may accede to this Convention.
    """
    note "Inserted by Protocol No. 14, in force 1 June 2010 (as the source says)."
  }
}
