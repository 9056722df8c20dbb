# EC Treaty (Maastricht): the flexibility clause, predecessor of Art. 308 EC
# (Amsterdam) and Art. 352 TFEU. Not in the reference texts.

article EC-1992 235 "Action where the Treaty has not provided the necessary powers" {
  source "Written from memory; not in the reference texts nor among Maastricht's amendments in GUTENBERG-686 (Art. 235 was not amended at Maastricht; it keeps the number of Art. 235 EEC)"
  celex "11992E235"
  text-status unverified
  succeeds EEC 235
  note "Whether the 1992 text says \"the European Parliament\" or still \"the Assembly\" is not checked. No `empowers` statement, for the reasons given at TFEU 352(1): the clause could not be used to amend the Treaty; the Court held in Opinion 2/94 (28 March 1996) that it could not found the Community's accession to the ECHR."

  text """
    If action by the Community should prove necessary to attain, in the course of the operation of the common market, one of the objectives of the Community and this Treaty has not provided the necessary powers, the Council shall, acting unanimously on a proposal from the Commission and after consulting the European Parliament, take the appropriate measures.
  """
}
