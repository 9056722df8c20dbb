# The agreement on the withdrawal of the United Kingdom from the Union, Part
# Two (citizens' rights). The reference texts hold none of its wording: each
# article is recorded with its number and heading only.

instrument WA-2020 "Agreement on the withdrawal of the United Kingdom of Great Britain and Northern Ireland from the European Union and the European Atomic Energy Community" {
  kind agreement
  journal "OJ L 29, 31.1.2020, p. 7"
  celex "12020W/TXT"
  in-force 2020-02-01
  based-on TEU 50(2)
  note "OJ reference and CELEX number from memory, not checked. Part Two protects those who resided in a host State under Union law before the end of the transition period (31 December 2020)."
}

article WA-2020 10 "Personal scope" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  defines withdrawal-agreement-beneficiary as holds-nationality(united-kingdom), resided-before-transition-ended
}

article WA-2020 13 "Residence rights" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  confers reside-in-host-state on withdrawal-agreement-beneficiary
}

article WA-2020 23 "Equal treatment" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  confers [social-assistance, equal-treatment-nationality] on withdrawal-agreement-beneficiary
  note "Those covered by Part Two enjoy equal treatment with the host State's nationals, in social assistance as elsewhere, subject to the limits of Art. 24(2) of Directive 2004/38 that Art. 23(2) repeats (audit L11). Frontier workers (Art. 10(1)(c)-(d)) are not modelled."
}

article WA-2020 24 "Rights of employed persons" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  confers equal-treatment-work on withdrawal-agreement-beneficiary
}

article WA-2020 30 "Persons covered by social security coordination" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  confers [social-security-coordination, healthcare-cover] on withdrawal-agreement-beneficiary
}
