# EC Treaty (Amsterdam and Nice numbering): the flexibility clause, Art. 308
# (ex Art. 235), predecessor of Art. 352 TFEU. Not in the reference texts.

article EC-1997 308 "Action where the Treaty has not provided the necessary powers" {
  source "Written from memory; renumbering of Art. 235 by the Treaty of Amsterdam, wording unchanged as far as is known"
  celex "11997E308"
  text-status unverified
  succeeds EC-1992 235
  note "No `empowers` statement, for the reasons given at TFEU 352(1). Before Lisbon the Parliament was only consulted; Lisbon added its consent."

  text """
    If action by the Community should prove necessary to attain, in the course of the operation of the common market, one of the objectives of the Community and this Treaty has not provided the necessary powers, the Council shall, acting unanimously on a proposal from the Commission and after consulting the European Parliament, take the appropriate measures.
  """
}
