# An invented proposal, for testing accession to an international system
# before the Treaty of Lisbon gave the Union the power to accede.

proposal echr-accession-2005 "Accession of the Community to the European Convention on Human Rights (2005)" {
  source "Invented for lexcompat's tests"
  date 2005-06-01
  proposed-by "lexcompat's test suite"
  addressed-to council
  by union
  invented "Checks that a measure is judged by the law of its date: in 2005 no provision empowered the Community to accede to the ECHR"
  note "What the law gives: treaty-revision. As Community law stood, the Community had no competence to accede to the Convention, and Art. 235 EC (later Art. 308 EC) could not be used to adopt provisions whose effect would amount to an amendment of the Treaty without following the procedure for amendment (Opinion 2/94 of 28 March 1996). Only an amendment of the Treaties (Art. 48 TEU as amended at Amsterdam and Nice) could give the power, which is what the Treaty of Lisbon did (Art. 6(2) TEU, in force 1 December 2009); Protocol No 14 to the Convention opened it to the Union (Art. 59(2) ECHR). See invented-echr-accession-2016.lex for the same measure judged after Lisbon."

  accedes-to ECHR as accession
    note "invented: \"the Community shall accede to the European Convention for the Protection of Human Rights and Fundamental Freedoms\""
}
