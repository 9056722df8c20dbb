# Secondary law on third-country nationals and on the coordination of social
# security. The reference texts hold none of these acts' wording: each article
# is recorded with its number and heading only (text-status missing).

instrument DIR-2003-109 "Council Directive 2003/109/EC concerning the status of third-country nationals who are long-term residents" {
  kind directive
  journal "OJ L 16, 23.1.2004, p. 44"
  celex "32003L0109"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32003L0109"
  in-force 2004-01-23
  based-on EC-1997 63
  note "OJ reference and legal basis (Art. 63, points 3 and 4, EC) as given by EUR-Lex and the Parliament's legislative observatory; the in-force date is from memory."
}

article DIR-2003-109 2 "Definitions" {
  source "No text in the reference texts; point (a) is summarised from the consolidated text on EUR-Lex (02003L0109-20110520)"
  text-status missing
  note "Point (a) defines a third-country national as any person who is not a citizen of the Union within the meaning of Art. 17(1) EC. The definition is stated on the Treaty articles that define citizenship (EC-1992 8(1), EC-1997 17(1), TFEU 20(1)), so that it holds from 1993 and not only from this directive; it is not repeated here, since a status with one definition in force is what a group naming it brings with it (issue 14, item 6)."
}

article DIR-2003-109 4 "Duration of residence" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  defines long-term-resident as third-country-national, resided-legally-five-years
  note "Simplified: the status is granted by decision, on application, to those who have also met the conditions of Art. 5 (stable and regular resources, sickness insurance, possibly integration conditions); the categories excluded by Art. 3(2) (students, persons under temporary protection, refugees before 2011...) are not modelled. A group said to have resided legally for five years is read as holding the status (audit L8)."
}

article DIR-2003-109 11 "Equal treatment" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  confers [equal-treatment-work, social-assistance] on long-term-resident where resides-legally-in(member-state)
  note "The directive does not apply in Denmark, Ireland or the United Kingdom (recitals 25-26): long-term residents there hold none of its rights. The language cannot yet limit a statement to some Member States (audit M7)."
}

article DIR-2003-109 14 "Residence in a second Member State" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  confers reside-in-second-member-state on long-term-resident
  note "Not the citizens' free movement: a conditional right to reside in a second Member State for work, study or other purposes, on which that State may apply a labour-market test (Art. 14(3)), keep quotas (Art. 14(4)) and require resources and sickness insurance (Art. 15); hence a right of its own, not move-and-reside (audit M6). Not in Denmark, Ireland or the United Kingdom (audit M7)."
}

instrument REG-883-2004 "Regulation (EC) No 883/2004 on the coordination of social security systems" {
  kind regulation
  journal "OJ L 166, 30.4.2004, p. 1"
  celex "32004R0883"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32004R0883"
  in-force 2010-05-01
  based-on EC-1997 42
  note "Applies from 1 May 2010 (the date its implementing Regulation 987/2009 took effect). OJ reference from memory, not checked; adopted under Arts 42 and 308 EC."
}

article REG-883-2004 2 "Persons covered" {
  source "No text in the reference texts; content summarised from memory"
  text-status missing
  confers [social-security-coordination, healthcare-cover] on union-citizen where resides-in(member-state), in-cross-border-situation
  note "Coordination does not apply to situations confined in all respects within one Member State, as REG-1231-2010 1 already says (audit L9). Stateless persons and refugees (also covered by Art. 2(1)) and Regulation 1408/71, which applied before 1 May 2010, are not in the corpus."
}

instrument REG-1231-2010 "Regulation (EU) No 1231/2010 extending Regulation (EC) No 883/2004 and Regulation (EC) No 987/2009 to nationals of third countries who are not already covered by these Regulations solely on the ground of their nationality" {
  kind regulation
  journal "OJ L 344, 29.12.2010, p. 1"
  celex "32010R1231"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32010R1231"
  in-force 2011-01-01
  based-on TFEU 79(2)(b)
  note "Legal basis Art. 79(2) TFEU and application from 1 January 2011 as given by the Parliament's legislative observatory and a practitioners' note; the OJ reference is from memory. Denmark and the United Kingdom did not take part."
}

article REG-1231-2010 1 "Extension to third-country nationals" {
  source "No text in the reference texts; content summarised from the Court's reading in C-477/17 Balandin"
  text-status missing
  confers [social-security-coordination, healthcare-cover] on third-country-national where resides-legally-in(member-state), in-cross-border-situation
  note "Denmark (and the United Kingdom) did not take part: the regulation does not apply there. The language cannot yet limit a statement to some Member States (audit M7)."
}
