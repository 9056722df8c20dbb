# Secondary law on the free movement of Union citizens and their electoral
# rights. The reference texts hold none of these acts' wording: each article
# is recorded with its number and heading only (text-status missing), and the
# statements say what the act does as a lawyer would summarise it.
# Official Journal references are checked against EUR-Lex records where a
# note says so; otherwise they are from memory.

instrument DIR-2004-38 "Directive 2004/38/EC on the right of citizens of the Union and their family members to move and reside freely within the territory of the Member States" {
  kind directive
  journal "OJ L 158, 30.4.2004, p. 77"
  celex "32004L0038"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32004L0038"
  in-force 2004-04-30
  based-on EC-1997 18(2)
  note "Adopted under Arts 12, 18, 40, 44 and 52 EC (Amsterdam numbering); only Art. 18 is in the corpus. The in-force date and OJ reference are from memory, not checked."
}

article DIR-2004-38 7 "Right of residence for more than three months" {
  source "No text in the reference texts; heading and content summarised from memory"
  text-status missing
  in-force 2006-04-30
  confers move-and-reside on union-citizen
  note "The directive entered into force on 30 April 2004 but its rights apply from the end of the transposition period, 30 April 2006 (Arts 40-41). Art. 7(1) sets conditions (a worker or self-employed person; sufficient resources and comprehensive sickness insurance; a student; a family member): corpus/secondary/free-movement-limits.lex confers the right of residence in the host State on those conditions (audit L7)."
}

article DIR-2004-38 24 "Equal treatment" {
  source "No text in the reference texts; heading and content summarised from memory"
  text-status missing
  in-force 2006-04-30
  confers [social-assistance, equal-treatment-nationality] on union-citizen where resides-legally-in(other-member-state)
  note "Equal treatment is for citizens \"residing on the basis of this Directive\": only a residence that meets the conditions of Art. 7 (or Art. 14(4)(b)) gives equal access to social assistance (C-333/13 Dano, C-67/14 Alimanovic) (audit M5). Paragraph 2 lets the host State refuse social assistance during the first three months of residence and to job-seekers: corpus/secondary/free-movement-limits.lex models it as a permitted restriction. Applies from the end of transposition, 30 April 2006 (audit L7)."
}

instrument DIR-93-109 "Council Directive 93/109/EC laying down detailed arrangements for the exercise of the right to vote and stand as a candidate in elections to the European Parliament for citizens of the Union residing in a Member State of which they are not nationals" {
  kind directive
  journal "OJ L 329, 30.12.1993, p. 34"
  celex "31993L0109"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A31993L0109"
  in-force 1993-12-30
  based-on EC-1992 8b(2)
  note "OJ reference and in-force date from memory, not checked."
}

article DIR-93-109 3 "Voters and candidates" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  confers vote-ep on union-citizen where resides-in(other-member-state)
}
