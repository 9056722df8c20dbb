# An invented proposal, for testing accession to an international system
# after the Treaty of Lisbon gave the Union the power, and the duty, to accede.

proposal echr-accession-2016 "Accession of the Union to the European Convention on Human Rights (2016)" {
  source "Invented for lexcompat's tests"
  date 2016-06-01
  proposed-by "lexcompat's test suite"
  addressed-to council
  by union
  invented "Checks that a measure is judged by the law of its date: since 1 December 2009 Art. 6(2) TEU empowers the Union to accede to the ECHR"
  note "What the law gives: international-agreement. \"The Union shall accede\" to the Convention (Art. 6(2) TEU); the agreement is concluded by the Council unanimously, after the consent of the European Parliament, and enters into force after approval by the Member States (Art. 218(6)(a)(ii) and 218(8) TFEU); Art. 59(2) ECHR allows it. The design of the agreement must preserve the specific characteristics of Union law and the Court's exclusive jurisdiction (Protocol No 8; Opinion 2/13 of 18 December 2014, which found the 2013 draft incompatible): the proposal states accession only, not the draft's arrangements, so no prohibition applies to it. See invented-echr-accession-2005.lex for the same measure judged before Lisbon."

  accedes-to ECHR as accession
    note "invented: \"the Union shall accede to the European Convention for the Protection of Human Rights and Fundamental Freedoms\""
}
