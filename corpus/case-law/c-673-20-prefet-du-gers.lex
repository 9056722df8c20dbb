# Case C-673/20 Préfet du Gers (2022): since the withdrawal of the United
# Kingdom on 1 February 2020, its nationals, even those who had moved to a
# Member State before the end of the transition period, are no longer Union
# citizens and so have no right to vote and stand in municipal elections in
# their Member State of residence.

instrument PREFET-DU-GERS "Judgment of the Court (Grand Chamber) of 9 June 2022, EP v Préfet du Gers and Institut national de la statistique et des études économiques (INSEE)" {
  kind judgment
  court court-of-justice
  case "C-673/20"
  ecli "ECLI:EU:C:2022:449"
  decided 2022-06-09
  celex "62020CJ0673"
  url "https://eur-lex.europa.eu/legal-content/en/TXT/?uri=CELEX:62020CJ0673"
  note "Reference for a preliminary ruling (Tribunal judiciaire d'Auch, France). A United Kingdom national resident in France since 1984, removed from the electoral roll after 1 February 2020, who had also lost her vote in the United Kingdom under its 15-year rule."
}

paragraph PREFET-DU-GERS summary "Summary of the Judgment: keywords (prepared by the Court's services, not the Court's own words)" {
  source "curia.europa.eu, summary page of the judgment (docid 260525), keyword heading 1 (stored copy)"
  url "https://curia.europa.eu/juris/document/document.jsf;jsessionid=1D47073D72F316BB0B2BD101B853270B?cid=13147676&docid=260525&doclang=EN&mode=req&occ=first&pageIndex=0&part=1"
  text-status third-party
  text """
    Citizenship of the Union – Provisions of the Treaty – Nationality of a Member State – Withdrawal of the United Kingdom from the European Union and Euratom – Consequences – Loss of status as a citizen of the European Union – United Kingdom nationals who exercised their right to reside in a Member State before the end of the transition period – Loss of the right to vote and to stand as a candidate in municipal elections in their Member State of residence – Nationals deprived of the right to vote in the United Kingdom by virtue of the law of that State – Irrelevant
  """
}

paragraph PREFET-DU-GERS operative "Operative part" {
  source "Written from memory; not checked against the judgment text"
  text-status missing
  note "Summary, from memory: Articles 9 and 50 TEU and Articles 20 to 22 TFEU, read with the Withdrawal Agreement, mean that since 1 February 2020 United Kingdom nationals who exercised their right to reside in a Member State before the end of the transition period no longer enjoy the status of citizen of the Union, nor the right to vote and stand in municipal elections in their Member State of residence, even where the law of the United Kingdom has also deprived them of the vote there; and the Council Decision concluding the Withdrawal Agreement is valid. The Court also said (from memory) that the loss of citizenship follows automatically from the withdrawal, a sovereign decision of the withdrawing State, so that no individual proportionality examination of the kind required by Tjebbes is called for."
}
