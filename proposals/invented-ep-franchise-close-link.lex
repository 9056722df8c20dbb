# Invented to test a Member State's competence that rests on a condition the
# group leaves open: the verdict is national competence provided that the
# condition holds, not "no route".

state commonwealth-state "A Commonwealth State that is not a Member State"

proposal invented-ep-franchise-close-link "A Member State gives resident Commonwealth citizens the vote in European Parliament elections" {
  source "Invented for lexcompat's tests"
  date 2007-06-01
  by member-state united-kingdom
  invented "Modelled on the doctrine of C-145/04 Spain v United Kingdom (2006): a Member State may give the vote in European Parliament elections to persons who are not its nationals but have a close link to it."
  note "The law's verdict: national competence, provided that the persons have a close link to the Member State (C-145/04, paragraph 78). Judged in 2004, before the judgment, the corpus has no such holding and the measure has no route open to a Member State: incompatible, as the tool reasons from the law as it stood."

  group commonwealth-residents "Commonwealth citizens resident in the United Kingdom" where holds-nationality(commonwealth-state), resides-in(united-kingdom)
    note "\"qualifying Commonwealth citizens\" resident in the State"
  grants vote-ep to commonwealth-residents
    note "the franchise in European Parliament elections"
}
