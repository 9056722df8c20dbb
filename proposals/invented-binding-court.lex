# An invented proposal, for testing the institutional arrangements of an
# agreement of the Union with a third State, and the autonomy of the Union
# legal order.

proposal binding-court "A joint court of the Union and the United Kingdom with the last word on Union law" {
  source "Invented for lexcompat's tests"
  date 2022-09-01
  proposed-by "lexcompat's test suite"
  addressed-to union
  by union with united-kingdom
  invented "Checks that an agreement whose body would bind the Union on the meaning of Union law is incompatible however it is concluded"
  note "What the law gives: incompatible. An agreement may set up a court of its own, but not one whose rulings bind the Union and its institutions, or its courts, on the interpretation of Union law: that breaches the autonomy of the Union legal order and the Court of Justice's exclusive jurisdiction (Art. 19(1) TEU; Art. 267 and 344 TFEU; Opinion 1/91, EEA I; Opinion 2/13). No procedure of Art. 217-218 TFEU can cure it; only a revision of the Treaties could (Art. 218(11) TFEU). The United Kingdom left the Union on 31 January 2020 and is a third State on the proposal's date."

  arranges [binding-interpretation-of-union-law] as joint-court
    note "invented: \"a joint EU-UK court, whose interpretation of the provisions of Union law the agreement refers to shall bind both Parties and their courts\""
}
