# An invented proposal, for testing: only an agreement with the third country
# can deliver it, so it should reach "international-agreement".

proposal neighbour-mobility "Free movement for nationals of a neighbouring third country" {
  source "Invented for lexcompat's tests"
  date 2021-03-01
  proposed-by "lexcompat's test suite"
  addressed-to union
  invented "Reaches persons who do not reside in the Union, whom only an association agreement under Art. 217 TFEU can cover"

  group neighbours "nationals of a third country who do not reside in the Union" where holds-nationality(third-country), not resides-in(member-state)
    note "invented"
  grants move-and-reside to neighbours
    note "invented: free movement and residence in the Union, in exchange for the same in the neighbouring country"
}
