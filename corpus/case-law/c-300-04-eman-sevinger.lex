# Case C-300/04 Eman and Sevinger (2006): a Member State may tie the European
# Parliament franchise to residence, but the criteria must treat comparable
# nationals alike unless a difference is objectively justified (Netherlands
# nationals resident in Aruba excluded while those resident in third
# countries could vote).

instrument EMAN-SEVINGER "Judgment of the Court (Grand Chamber) of 12 September 2006, M. G. Eman and O. B. Sevinger v College van burgemeester en wethouders van Den Haag" {
  kind judgment
  court court-of-justice
  case "C-300/04"
  ecli "ECLI:EU:C:2006:545"
  decided 2006-09-12
  celex "62004CJ0300"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62004CJ0300"
  note "Reference for a preliminary ruling (Raad van State, Netherlands). Delivered on the same day as Spain v United Kingdom (C-145/04). The FRA page gives the decision date as 12/06/2006; the judgment is of 12 September 2006 (EUR-Lex, lexploria)."
}

paragraph EMAN-SEVINGER operative "Operative part" {
  source "The Fundamental Rights Agency's case-law page, \"Outcome of the case\", quoting the operative part (third-party)"
  url "https://fra.europa.eu/en/caselaw-reference/cjeu-case-c-30004-judgment"
  text-status third-party

  paragraph 1 {
    text """
      Persons who possess the nationality of a Member State and who reside or live in a territory which is one of the overseas countries and territories referred to in Article 299(3) EC may rely on the rights conferred on citizens of the Union in Part Two of the EC Treaty.
    """
    note "A Member State national living in an overseas country or territory is a Union citizen with the rights of Part Two. No statement: TFEU 20(1) already makes every national of a Member State a citizen, wherever the person lives."
  }
  paragraph 2 {
    text """
      While, in the current state of Community law, there is nothing which precludes the Member States from defining, in compliance with Community law, the conditions of the right to vote and to stand as a candidate in elections to the European Parliament by reference to the criterion of residence in the territory in which the elections are held, the principle of equal treatment prevents, however, the criteria chosen from resulting in the different treatment of nationals who are in comparable situations, unless that difference in treatment is objectively justified.
    """
    limits member-state to withhold [vote-ep] from union-citizen requires [equal-treatment-comparable-situations]
    empowers each-member-state by national-legislation to withhold [vote-ep] from union-citizen where not resides-in(other-member-state)
    note "The words \"nothing ... precludes the Member States from defining ... the conditions of the right to vote ... by reference to the criterion of residence\": each Member State defines who votes in its own European Parliament elections, residence conditions included, within Union law (the limit above). The permission does not reach citizens of other Member States residing in it, whose vote Art. 22(2) TFEU gives on the same conditions as its nationals."
  }
  paragraph 3 {
    text-status missing
    note "Point 3 (legal redress under national law for a person wrongly excluded from the 2004 elections, and State liability) was seen only in part on the FRA page; not quoted."
  }
}
