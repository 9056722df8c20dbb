# Case C-650/13 Delvigne (2015): a Member State defining who may vote in
# European Parliament elections implements Union law, so the Charter applies
# (Art. 39(2)); depriving a person convicted of a serious crime of that vote
# is a limitation that must meet Article 52(1) of the Charter, which the
# French law at issue did.

instrument DELVIGNE "Judgment of the Court (Grand Chamber) of 6 October 2015, Thierry Delvigne v Commune de Lesparre-Médoc and Préfet de la Gironde" {
  kind judgment
  court court-of-justice
  case "C-650/13"
  ecli "ECLI:EU:C:2015:648"
  decided 2015-10-06
  celex "62013CJ0650"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62013CJ0650"
  note "Reference for a preliminary ruling (Tribunal d'instance de Bordeaux, France). A man deprived of his civil rights, including the vote, by operation of law following a conviction for a serious crime in 1988. Date and ECLI as on EUR-Lex and curia."
}

paragraph DELVIGNE summary "Summary of the Judgment: keyword 2 (prepared by the Court's services, not the Court's own words)" {
  source "curia.europa.eu, summary page of the judgment (docid 182493), keyword heading 2 (stored copy)"
  url "http://curia.europa.eu/juris/document/document.jsf;jsessionid=9ea7d2dc30dd9383ff5d0305449988b2bd1d71423f76.e34KaxiLc3qMb40Rch0SaxyNchz0?text=&docid=182493&pageIndex=0&doclang=EN&mode=req&dir=&occ=first&part=1&cid=541748"
  text-status third-party
  text """
    European Parliament — Elections — Right to vote and eligibility — Beneficiaries — Competence of the Member States — Limits
  """
  note "The keyword cites Art. 14 TEU; Arts 22 TFEU and 223(1) TFEU; and Arts 1(3) and 8 of the Act concerning the election of the members of the European Parliament by direct universal suffrage."
}

paragraph DELVIGNE operative "Operative part" {
  source "Not checked against the judgment text"
  text-status missing
  note "Summary, from memory: Article 39(2) of the Charter and the last sentence of Article 49(1) do not preclude legislation of a Member State which excludes, by operation of law, from those entitled to vote in European Parliament elections persons convicted of a serious crime by a final judgment before a more lenient criminal code came into force, where the exclusion is proportionate (here: it took account of the nature and gravity of the offence and of the sentence, and could be lifted on application). The case was summarised in the same sense on charter.humanrights.at."
  limits member-state to withhold [vote-ep] from union-citizen requires [charter-limitation]
}
