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

group uk-nationals-in-transition "nationals of the United Kingdom during the transition period" where holds-nationality(united-kingdom)
  note "Art. 127(1) and (6) WA: during the transition period Union law applies to and in the United Kingdom, and references to Member States include it."

article WA-2020 126 "Transition period" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  in-force 2020-02-01 until 2020-12-31
  note "A transition or implementation period starts on the date of entry into force of the Agreement and ends on 31 December 2020 (audit M11)."
}

article WA-2020 127 "Scope of the transition" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  in-force 2020-02-01 until 2020-12-31
  confers [move-and-reside, move-for-work, equal-treatment-work, equal-treatment-nationality, social-security-coordination, healthcare-cover] on uk-nationals-in-transition
  note "Arts 126-127 WA: Union law, free movement included, applies to and in the United Kingdom until 31 December 2020. The exceptions of Art. 127(1)(b) (Art. 11(4) TEU; Art. 20(2)(b), 22 and 24 first paragraph TFEU; Arts 39-40 CFR) are why no electoral right is listed (audit M11). A measure that applies after the transition period (`applies-from`) cannot rely on it: existing law must still be in force on the day a measure applies."
}
