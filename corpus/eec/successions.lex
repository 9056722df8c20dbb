# The Maastricht articles that took over from the EEC Treaty as amended by the
# Single European Act. Written here with `extend article` so that the files of
# the Maastricht era stay as they are; `succeeds` is written on the later
# article only (the EEC article learns its successor from it).
#
# Evidence for each link:
#   EC-1992 6   <- EEC 7    GUTENBERG-686, Art. G point 8 ("Article 7 shall become Article 6");
#                           sameas.n3: 11992E006 = 11957E007 (equivalences.txt)
#   EC-1992 48  <- EEC 48   sameas.n3: 11992E048 = 11957E048; no amending point at Maastricht
#   EC-1992 51  <- EEC 51   no amending point at Maastricht (equivalences.txt, second pass)
#   EC-1992 138 <- EEC 138  Art. G point 40 replaced paragraph 3 (equivalences.txt); same number
#   EC-1992 228 <- EEC 228  EUR-Lex 12002E300 title "Article 300 - Article 228 - EC Treaty
#                           (Maastricht consolidated version) - Article 228 - EEC Treaty"
#   EC-1992 238 <- EEC 238  Art. G point 84 replaced the Article (equivalences.txt); same number
#   TEU-1992 N  <- EEC 236  Maastricht repealed Art. 236 EEC and put the amendment procedure for
#                           all the Treaties in Art. N TEU (from memory; the wording of N(1)
#                           follows Art. 236 but for its last sentence on the ECB)
#
# Not linked, because the later article is not in the corpus: EEC 8a -> EC 7a
# (Art. G point 9), EEC 49 -> EC 49 (Art. G point 10 amended it), EEC 164 ->
# EC 164, EEC 219 -> EC 219, EEC 235 -> EC 235 (EUR-Lex 11997E308 "Artikel
# 308 - Artikel 235 - EG-fördraget - Artikel 235 - EEG-fördraget"), EEC 100
# -> EC 100.

extend article EC-1992 6 {
  succeeds EEC 7
}

extend article EC-1992 48 {
  succeeds EEC 48
}

extend article EC-1992 51 {
  succeeds EEC 51
}

extend article EC-1992 138 {
  paragraph 3 {
    succeeds EEC 138(3)
  }
}

extend article EC-1992 228 {
  succeeds EEC 228
}

extend article EC-1992 238 {
  succeeds EEC 238
}

extend article TEU-1992 N {
  paragraph 1 {
    succeeds EEC 236
  }
}
