# An invented proposal, for testing the EEC era: dated the day the Treaty on
# European Union was signed (7 February 1992), it is judged against the EEC
# Treaty as amended by the Single European Act, the law in force that day;
# Maastricht's changes (citizenship of the Union, EC-1992) are not yet law.
#
# What the law of 1992 gives, and so what lexcompat should find:
#   - equal treatment at work for nationals of a Member State working in
#     another one is already Treaty law (Art. 48(2) EEC, directly effective
#     since the end of the transitional period): "compatible", whatever the
#     Art. 49 basis the proposal claims;
#   - coordination of social security for the same workers needs a Council
#     act under Art. 51 EEC, unanimously: "secondary-legislation"
#     (Regulation (EEC) No 1408/71 existed in fact, but it is not in the
#     corpus, so the corpus finds the legal basis and not the act);
#   - the vote in European Parliament elections in the Member State of
#     residence had no legal basis in the EEC Treaty: only an amendment under
#     Art. 236 EEC could give it - which is what the Treaty on European Union,
#     signed that same day, did (Art. 8b(2) EC, from 1 November 1993):
#     "treaty-revision".

proposal eec-1992-workers "Rights for nationals of the Member States who work in another Member State (1992)" {
  source "Invented for lexcompat's tests"
  date 1992-02-07
  proposed-by "lexcompat's test suite"
  addressed-to council
  invented "Checks that a proposal dated before 1 November 1993 is judged against the EEC Treaty (1987-1993), in which nobody is a citizen of the Union"
  note "Every group is described by nationality, as the EEC Treaty did: citizenship of the Union did not exist yet."

  group cross-border-workers "nationals of a Member State working in another Member State" where holds-nationality(member-state), works-in(other-member-state)
    note "invented: \"workers of the Member States\" employed outside their own State"
  group resident-nationals "nationals of a Member State residing in another Member State" where holds-nationality(member-state), resides-in(other-member-state)
    note "invented: nationals of the Member States living in another Member State"

  grants equal-treatment-work to cross-border-workers basis EEC 49 by cooperation-procedure
    note "invented: a regulation on equal treatment at work, under Art. 49 EEC; expected: already Treaty law under Art. 48(2) EEC"
  grants social-security-coordination to cross-border-workers basis EEC 51 by council-unanimity
    note "invented: aggregation of insurance periods across the Member States; expected: a Council act, unanimously, under Art. 51 EEC"
  grants vote-ep to resident-nationals
    note "invented: the vote in European Parliament elections where one resides; expected: only by amending the Treaty under Art. 236 EEC"
}
