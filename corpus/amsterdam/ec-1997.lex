# The EC Treaty as renumbered at Amsterdam (and amended at Nice): the middle
# link of each succession chain between the Maastricht and Lisbon numbering.
# Wording from the reference text tec-intermediate-1997-2006.txt where it has
# one; the other articles carry their number and heading only, and say so.

instrument EC-1997 "Treaty establishing the European Community (Amsterdam and Nice consolidations)" {
  kind treaty
  journal "OJ C 340, 10.11.1997, p. 173"
  celex "11997E"
  signed 1997-10-02
  in-force 1999-05-01 until 2009-11-30
}

article EC-1997 12 "Non-discrimination on grounds of nationality" {
  source "Renumbering of Maastricht Art. 6 (table of equivalences, see equivalences.txt); no English text in the reference texts"
  celex "11997E012"
  text-status missing
  succeeds EC-1992 6
  confers equal-treatment-nationality on union-citizen where in-cross-border-situation
  empowers parliament-and-council by ordinary-legislation to facilitate [equal-treatment-nationality] to [union-citizen]
  note "Art. 12 EC (ex 6) kept the rule of Art. 6 EC: \"Within the scope of application of this Treaty ... any discrimination on grounds of nationality shall be prohibited\", not reaching situations confined in all respects within one Member State (C-64/96 Uecker and Jacquet); rules to prohibit it under the Art. 251 co-decision procedure, by qualified majority (audit M9, M10)."
}

article EC-1997 17 "Citizenship of the Union" {
  source "EUR-Lex 12006E017, OJ C 321 E, 29.12.2006, p. 49 (2006 consolidation; Amsterdam wording)"
  journal "OJ C 321 E, 29.12.2006, p. 49"
  celex "12006E017"
  url "https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A12006E017"
  text-status official
  succeeds EC-1992 8

  paragraph 1 {
    text """
      Citizenship of the Union is hereby established. Every person holding the nationality of a Member State shall be a citizen of the Union. Citizenship of the Union shall complement and not replace national citizenship.
    """
    defines union-citizen as holds-nationality(member-state)
    defines third-country-national as not union-citizen
    note "A third-country national is whoever is not a citizen of the Union within the meaning of this paragraph: the words of Directive 2003/109, Art. 2(a), and of Title IV EC (Art. 61 to 63) read with it. Attached here so that it holds from 1999-05-01, not only from the directive (issue 14, item 6)."
  }
  paragraph 2 {
    text """
      Citizens of the Union shall enjoy the rights conferred by this Treaty and shall be subject to the duties imposed thereby.
    """
  }
}

article EC-1997 18 "Right to move and reside" {
  source "europadatenbank.iaaeu.de, legal act 20 (English): third-party reproduction of the Amsterdam/Nice text"
  url "https://europadatenbank.iaaeu.de/user/view_legalact.php?id=20&lang=en"
  text-status third-party
  succeeds EC-1992 8a
  note "Nice added a paragraph 3 (from memory, not seen in any source); it is not in the corpus."

  paragraph 1 {
    text """
      Every citizen of the Union shall have the right to move and reside freely within the territory of the Member States, subject to the limitations and conditions laid down in this Treaty and by the measures adopted to give it effect.
    """
    confers move-and-reside on union-citizen
  }
  paragraph 2 {
    text """
      The Council may adopt provisions with a view to facilitating the exercise of the rights referred to in paragraph 1; save as otherwise provided in this Treaty, the Council shall act in accordance with the procedure referred to in Article 251. The Council shall act unanimously throughout this procedure.
    """
    empowers council by co-decision-unanimity to facilitate [move-and-reside] to [union-citizen]
    note "The Art. 251 co-decision procedure with the Council unanimous throughout, as the words say. From 2003-02-01 (Nice) the Council acts by qualified majority and a new paragraph 3 excludes passports, identity cards, residence permits and social security; that wording is not in the reference texts, so the corpus keeps the Amsterdam paragraph (audit L2)."
  }
}

article EC-1997 19 "Electoral rights" {
  source "Renumbering of Maastricht Art. 8b: EUR-Lex 11997E019 (title seen, French); no English text in the reference texts"
  celex "11997E019"
  text-status missing
  succeeds EC-1992 8b
  note "Art. 19(1) and (2) EC kept the municipal and European Parliament vote of Art. 8b(1) and (2) EC word for word; statements are not inherited across succession, so those of Art. 8b are repeated here (audit H1)."

  paragraph 1 {
    confers vote-municipal on union-citizen where resides-in(other-member-state)
    empowers council by council-unanimity to facilitate [vote-municipal] to [union-citizen]
  }
  paragraph 2 {
    confers vote-ep on union-citizen where resides-in(other-member-state)
    empowers council by council-unanimity to facilitate [vote-ep] to [union-citizen]
  }
}

article EC-1997 20 "Diplomatic and consular protection" {
  source "Renumbering of Maastricht Art. 8c (table of equivalences); no English text in the reference texts"
  celex "11997E020"
  text-status missing
  succeeds EC-1992 8c
  confers consular-protection on union-citizen where unrepresented-in-third-country
  note "Art. 20 EC kept the consular protection of Art. 8c EC: protection in a third country where the citizen's own Member State is not represented (audit H1, M3)."
}

article EC-1997 21 "Petitions, the Ombudsman and writing to the institutions" {
  source "esipa.cz copy of EUR-Lex 12002E021, OJ C 325, 24.12.2002, p. 45 (Nice text; third-party copy of the official text)"
  journal "OJ C 325, 24.12.2002, p. 45"
  celex "12002E021"
  text-status third-party
  succeeds EC-1992 8d

  text """
    Every citizen of the Union shall have the right to petition the European Parliament in accordance with Article 194.
    Every citizen of the Union may apply to the Ombudsman established in accordance with Article 195.
    Every citizen of the Union may write to any of the institutions or bodies referred to in this Article or in Article 7 in one of the languages mentioned in Article 314 and have an answer in the same language.
  """
  confers [petition-ep, apply-ombudsman, address-institutions] on union-citizen
}

article EC-1997 22 "Report and new rights" {
  source "Renumbering of Maastricht Art. 8e (table of equivalences); no English text in the reference texts"
  celex "11997E022"
  text-status missing
  succeeds EC-1992 8e
  empowers council by citizenship-rights-procedure-ec to grant any right to [union-citizen]
  note "Art. 22 EC, second paragraph: the Council, acting unanimously on a proposal from the Commission and after consulting the Parliament, may adopt provisions to strengthen or add to the rights of Part Two, which it recommends to the Member States for adoption under their constitutional requirements (audit H2, M1). \"any right\": any right of citizens, for citizens only; it cannot make anyone a citizen."
}

article EC-1997 39 "Freedom of movement for workers" {
  source "europadatenbank.iaaeu.de, legal act 51 (English): third-party reproduction of the Amsterdam/Nice text"
  url "https://europadatenbank.iaaeu.de/user/view_legalact.php?id=51&lang=en"
  text-status third-party
  succeeds EC-1992 48

  paragraph 1 {
    text """
      Freedom of movement for workers shall be secured within the Community.
    """
  }
  paragraph 2 {
    text """
      Such freedom of movement shall entail the abolition of any discrimination based on nationality between workers of the Member States as regards employment, remuneration and other conditions of work and employment.
    """
    confers equal-treatment-work on union-citizen where works-in(other-member-state)
  }
  paragraph 3 {
    text """
      It shall entail the right, subject to limitations justified on grounds of public policy, public security or public health:
      (a) to accept offers of employment actually made;
      (b) to move freely within the territory of Member States for this purpose;
      (c) to stay in a Member State for the purpose of employment in accordance with the provisions governing the employment of nationals of that State laid down by law, regulation or administrative action;
      (d) to remain in the territory of a Member State after having been employed in that State, subject to conditions which shall be embodied in implementing regulations to be drawn up by the Commission.
    """
    confers move-for-work on union-citizen unless employed-in-public-service
  }
  paragraph 4 {
    text """
      The provisions of this Article shall not apply to employment in the public service.
    """
  }
}

article EC-1997 42 "Social security for migrant workers" {
  source "europadatenbank.iaaeu.de, legal act 55 (English): third-party reproduction of the Amsterdam/Nice text"
  url "https://europadatenbank.iaaeu.de/user/view_legalact.php?id=55&lang=en"
  text-status third-party
  succeeds EC-1992 51

  text """
    The Council shall, acting in accordance with the procedure referred to in Article 251, adopt such measures in the field of social security as are necessary to provide freedom of movement for workers; to this end, it shall make arrangements to secure for migrant workers and their dependants:
    (a) aggregation, for the purpose of acquiring and retaining the right to benefit and of calculating the amount of benefit, of all periods taken into account under the laws of the several countries;
    (b) payment of benefits to persons resident in the territories of Member States.
    The Council shall act unanimously throughout the procedure referred to in Article 251.
  """
  empowers council by co-decision-unanimity to grant [social-security-coordination, healthcare-cover] to [union-citizen] where works-in(other-member-state)
  note "Co-decision (Art. 251 EC) with the Council unanimous throughout: the Parliament can reject, and so can any government (audit L1)."
}

article EC-1997 63 "Immigration policy" {
  source "The predecessor named by EUR-Lex 12008E079 (\"ex Article 63, points 3 and 4, TEC\"); no English text in the reference texts"
  celex "11997E063"
  text-status missing
  note "Directive 2003/109/EC was adopted under this article (points 3 and 4). Point 3(a), conditions of entry and residence, also reaches the conditions of admission for work (the Blue Card Directive 2009/50/EC was adopted under points 3(a) and 4); the Member States keep the volumes of admission, which the corpus does not model as a separate right (audit M8). Point 4 reaches residence in other Member States (Arts 14-15 of Directive 2003/109) (audit M6). Title IV measures do not bind Denmark (Protocol on the position of Denmark) nor, unless they opt in, Ireland and the United Kingdom (Protocol on their position): the route reaches third-country nationals in the other Member States only, which the language cannot yet say (audit M7)."
  empowers council by council-unanimity to grant [equal-treatment-work, social-assistance, move-and-reside, reside-in-second-member-state, admission-for-work] to [third-country-national] where resides-legally-in(member-state)
}

article EC-1997 190 "Elections to the European Parliament" {
  source "Renumbering of Maastricht Art. 138 (sameas.n3 table, see equivalences.txt); no English text in the reference texts"
  celex "11997E190"
  text-status missing
  succeeds EC-1992 138(3)
}

article EC-1997 194 "Right of petition" {
  source "The predecessor named by EUR-Lex 12008E227 (\"ex Article 194 TEC\"); no English text in the reference texts"
  celex "11997E194"
  text-status missing
  succeeds EC-1992 138d
  confers petition-ep on [union-citizen, resident-persons]
}

article EC-1997 195 "The Ombudsman" {
  source "Named by Art. 21 TEC (Nice); no English text in the reference texts"
  celex "11997E195"
  text-status missing
  succeeds EC-1992 138e
  confers apply-ombudsman on [union-citizen, resident-persons]
}

article EC-1997 300 "Conclusion of agreements" {
  source "Paragraph 1 only: EUR-Lex 12002E300, OJ C 325, 24.12.2002, p. 150 (Nice text)"
  journal "OJ C 325, 24.12.2002, p. 150"
  celex "12002E300"
  text-status partly-verified
  succeeds EC-1992 228
  note "Only paragraph 1 is in the corpus."

  paragraph 1 {
    text-status official
    text """
      Where this Treaty provides for the conclusion of agreements between the Community and one or more States or international organisations, the Commission shall make recommendations to the Council, which shall authorise the Commission to open the necessary negotiations. The Commission shall conduct these negotiations in consultation with special committees appointed by the Council to assist it in this task and within the framework of such directives as the Council may issue to it.
      In exercising the powers conferred upon it by this paragraph, the Council shall act by a qualified majority, except in the cases where the first subparagraph of paragraph 2 provides that the Council shall act unanimously.
    """
  }
}

article EC-1997 310 "Association agreements" {
  source "OJ C 321 E, 29.12.2006, p. 179 (2006 consolidation), as quoted by grahnlaw.blogspot.com (third-party)"
  journal "OJ C 321 E, 29.12.2006, p. 179"
  celex "12006E310"
  text-status third-party
  succeeds EC-1992 238

  text """
    The Community may conclude with one or more States or international organisations agreements establishing an association involving reciprocal rights and obligations, common action and special procedure.
  """
  empowers union by association-agreement to grant [move-and-reside, reside-in-host-state, move-for-work, equal-treatment-work, admission-for-work, social-security-coordination, healthcare-cover, equal-treatment-nationality, social-assistance] to [third-country-national]
  note "An association gives a third State's nationals what the Community can give them within its own powers: entry and residence, access to work and equal treatment at work, coordination of social security and equal treatment (the agreements with Turkey, the EEA and Switzerland). It cannot give the rights the Treaty keeps for citizens of the Union (Art. 17 to 22 EC: the European Parliament and municipal vote, consular protection, petition and Ombudsman as citizens); an agreement that needs them must first amend the Treaty (Art. 300(5) EC). The municipal vote of non-citizens is, besides, a national matter (issue 14, item 7)."
}

article EC-1997 5 "Conferral, subsidiarity and proportionality" {
  source "Written from memory: Art. 5 EC (ex Art. 3b), first paragraph, as renumbered by the Treaty of Amsterdam"
  text-status unverified
  succeeds EC-1992 3b
  paragraph 1 {
    text """
      The Community shall act within the limits of the powers conferred upon it by this Treaty and of the objectives assigned to it therein.
    """
    empowers each-member-state by national-legislation to grant [vote-municipal] to third-country-national where resides-in(member-state)
    note "As Art. 3b EC (Maastricht): the municipal franchise of non-citizens stays with the Member States."
  }
}
