# An invented proposal, for testing: it restates what existing law already
# gives, so it should reach the verdict "compatible".

proposal citizens-residence "Residence for Union citizens who move to another Member State" {
  source "Invented for lexcompat's tests"
  date 2021-03-01
  proposed-by "lexcompat's test suite"
  addressed-to union
  invented "Restates Art. 21(1) TFEU, to check that a proposal which only repeats existing law gives no conflict"

  group movers "nationals of a Member State who move to another Member State" where holds-nationality(member-state), resides-in(other-member-state)
    note "invented"
  grants move-and-reside to movers
    note "invented: the right to move and reside freely"
}
