# Opinion 1/91 (EEA I, 1991): the system of courts of the draft EEA Agreement,
# whose court would rule on the meaning of rules identical to Community rules
# and bind the Community, is incompatible with the EEC Treaty: an agreement may
# not undermine the autonomy of the Community legal order.

instrument OPINION-1-91 "Opinion of the Court of 14 December 1991, Opinion 1/91, Draft agreement between the Community and the countries of the European Free Trade Association relating to the creation of the European Economic Area" {
  kind opinion
  court court-of-justice
  case "Opinion 1/91"
  ecli "ECLI:EU:C:1991:490"
  decided 1991-12-14
  celex "61991CV0001"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61991CV0001"
  journal "OJ C 110, 1992, p. 1"
  note "Opinion under the second subparagraph of Article 228(1) EEC (later 300(6) EC, now 218(11) TFEU), requested by the Commission. Date and ECLI as on lexploria.com (one vLex page dates it 14 December 1992, wrongly). The OJ reference is as cited in the American Journal of International Law note (\"1992 O.J. (No. C 110) 1\")."
}

paragraph OPINION-1-91 summary "Summary of the Opinion: keywords 2 and 3 (prepared by the Court's services, not the Court's own words)" {
  source "BAILII's copy of the Opinion, [1991] EUECJ C-1/91, as stored from a mirror of bailii.org (third-party)"
  url "https://55923.zqr6mfrgh.asia/eu/cases/EUECJ/1991/C191.html"
  text-status third-party
  paragraph 2 {
    text """
      International agreements - Agreement creating the European Economic Area - System of courts - Jurisdiction of the Court of the European Economic Area to rule on the respective competences of the Community and the Member States - Unacceptable adverse effect on the autonomy of the Community legal system (ECSC Treaty, Art. 87; EEC Treaty, Arts 164 and 219)
    """
  }
  paragraph 3 {
    text """
      International agreements - Agreements concluded by the Community - Agreement creating a judicial institution delivering decisions binding on the Community - Compatibility with Community law - Exception - System of courts provided for in the Agreement creating the European Economic Area - System liable to condition the future interpretation of the Community rules on free movement and competition - Conflict with the foundations of the Community (EEC Treaty, Art. 164)
    """
  }
}

paragraph OPINION-1-91 operative "Operative part" {
  source "Written from memory; not checked against the text of the Opinion"
  text-status unverified
  text """
    The system of courts provided for in the draft agreement is incompatible with the Treaty establishing the European Economic Community.
  """
  note "From memory: never to be quoted as verbatim. The Court accepted in principle that an agreement may set up a court whose decisions bind the Community (keyword 3: \"Compatibility with Community law - Exception\"); what it rejected is a court that rules on the meaning of Community law, or on the division of competences between the Community and the Member States, in a way that binds the Community and its courts."
  forbids union to arrange [binding-interpretation-of-union-law]
}
