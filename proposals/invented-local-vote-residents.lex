# An invented proposal, for testing a grant made by a Member State for its
# own territory: the municipal vote of resident nationals of third States.

proposal local-vote-residents "The vote in municipal elections for resident nationals of third States (Portugal)" {
  source "Invented for lexcompat's tests"
  date 2021-03-01
  proposed-by "lexcompat's test suite"
  addressed-to each-member-state
  by member-state portugal
  invented "Checks that a Member State acting alone can decide what Union law leaves to it: who, besides Union citizens, votes in its local elections"
  note "What the law gives: national-competence. Art. 22(1) TFEU and Art. 40 of the Charter give the municipal vote, in the Member State of residence, to citizens of the Union only; Directive 94/80/EC lays down the arrangements for them and for no one else. Union law neither confers nor forbids the municipal vote of third-country nationals: competences not conferred on the Union remain with the Member States (Art. 4(1) and 5(2) TEU), and several Member States give it (the Netherlands, Sweden, Denmark, Ireland, and Portugal on a reciprocity basis, in fact). The association clauses of the corpus say so in their notes (TFEU 217: \"for others it is a national matter\"). The Member State acts for its own territory only."

  group resident-third-country-nationals "nationals of third States who have resided legally in Portugal for five years" where third-country-national, resides-legally-in(portugal), resided-legally-five-years
    note "invented: \"foreign residents who are not citizens of the Union, after five years of legal residence\""

  grants vote-municipal to resident-third-country-nationals
    note "invented: \"they shall have the right to vote and to stand as candidates in the elections of the municipal organs\""
}
