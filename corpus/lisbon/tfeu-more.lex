# TFEU: border checks and visas (Art. 77), the flexibility clause (Art. 352)
# and the territorial scope of the Treaties (Art. 355). None of them is in
# the reference texts.

article TFEU 77 "Border checks and visas" {
  source "Written from memory; structure and substance checked against the official Romanian, Spanish, Danish and Estonian texts (EUR-Lex 12016E077, OJ C 202, 7.6.2016, p. 75) and an English quotation of points (b) and (d) (wordscope.be)"
  celex "12016E077"
  text-status unverified
  note "Only paragraph 2 is recorded. Paragraph 3 (passports and identity cards for citizens: the Council unanimously after consulting the Parliament) is left out."

  paragraph 2 {
    text """
      For the purposes of paragraph 1, the European Parliament and the Council, acting in accordance with the ordinary legislative procedure, shall adopt measures concerning:
      (a) the common policy on visas and other short-stay residence permits;
      (b) the checks to which persons crossing external borders are subject;
      (c) the conditions under which nationals of third countries shall have the freedom to travel within the Union for a short period;
      (d) any measure necessary for the gradual establishment of an integrated management system for external borders;
      (e) the absence of any controls on persons, whatever their nationality, when crossing internal borders.
    """
    empowers parliament-and-council by ordinary-legislation to grant [short-stay-travel] to [third-country-national]
    note "Short stays only: residence for longer than three months and work fall under Art. 79. The visa waiver for nationals of a former Member State after its withdrawal (Regulation (EU) 2019/592, for the United Kingdom) was adopted on point (a)."
  }
}

article TFEU 352 "The flexibility clause" {
  source "Paragraph 1: English text paired with the French on wordscope.be, a translation-memory site reproducing Union texts (third-party)"
  url "http://wordscope.be/anglais/francais/measures+should+prove.html"
  celex "12016E352"
  text-status third-party
  succeeds EC-1997 308
  note "Paragraphs 2 to 4 are left out (the national Parliaments are alerted under the subsidiarity procedure; no harmonisation where the Treaties exclude it; not for the common foreign and security policy)."

  paragraph 1 {
    text """
      If action by the Union should prove necessary, within the framework of the policies defined in the Treaties, to attain one of the objectives set out in the Treaties, and the Treaties have not provided the necessary powers, the Council, acting unanimously on a proposal from the Commission and after obtaining the consent of the European Parliament, shall adopt the appropriate measures.
    """
    note "No `empowers` statement, on purpose. The clause fills gaps in the means of attaining objectives the Treaties already set, within policies they already define; it cannot be used to adopt provisions whose effect would be to amend the Treaties (Opinion 2/94, 28 March 1996, paragraph 30: no accession to the ECHR on Art. 235 EC), and it is subsidiary to every specific basis. Written as `empowers council ... to grant any right to any person` it would make every right reachable by a unanimous Council and empty the specific limits of the Treaties: rights of citizens only by the special procedure of Art. 25 with national approval, votes for the representatives of citizens only (Art. 14(2) TEU), admission volumes reserved to the Member States (Art. 79(5)). Where it has been used for persons (with Art. 42 EC, for Regulation (EC) No 883/2004) it supplemented a specific basis; a route of its own would overstate it. A proposal that names it as its basis gets no route from it and is judged on the specific bases."
  }
}

article TFEU 355 "Territorial scope of the Treaties" {
  source "Written from memory; structure and substance checked against the official Portuguese, Swedish and Dutch texts (EUR-Lex 12016E355, OJ C 202, 7.6.2016, p. 197-198; parlementairemonitor.nl) and the German text (aeuv.de)"
  celex "12016E355"
  text-status unverified
  note "Paragraphs 3 to 5(a) are recorded; the outermost regions (1), the overseas countries and territories (2), the Sovereign Base Areas (5(b)) and paragraphs 5(c) and 6 are left out. The territories themselves are recorded as States in facts/territories.lex."

  paragraph 3 {
    text """
      The provisions of the Treaties shall apply to the European territories for whose external relations a Member State is responsible.
    """
    note "In practice Gibraltar (Declaration No 55 to the Lisbon Final Act); with exceptions set in the 1972 Act of Accession (no customs union, common agricultural and fisheries policies or VAT). Applied through the United Kingdom until 31 January 2020."
  }
  paragraph 4 {
    text """
      The provisions of the Treaties shall apply to the Åland Islands in accordance with the provisions set out in Protocol 2 to the Act concerning the conditions of accession of the Republic of Austria, the Republic of Finland and the Kingdom of Sweden.
    """
    note "Protocol No 2 lets Åland keep its regional citizenship (hembygdsrätt) as a condition for acquiring land and exercising a trade: a permitted difference in treatment of Union citizens, including Finnish nationals without it."
  }
  paragraph 5 {
    text """
      Notwithstanding Article 52 of the Treaty on European Union and paragraphs 1 to 4 of this Article:
      (a) the Treaties shall not apply to the Faeroe Islands;
    """
    note "The Faroe Islanders are Danish nationals and so Union citizens, though the Treaties do not apply in the islands. Greenland left the Communities on 1 February 1985 and is an overseas country associated under Part Four (paragraph 2 and Annex II)."
  }
}
