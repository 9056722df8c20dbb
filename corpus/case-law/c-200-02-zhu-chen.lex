# Case C-200/02 Zhu and Chen (2004): a minor Union citizen with sickness
# insurance and sufficient resources has a right of residence in the host
# State under Article 18 EC, and the parent who is the child's primary carer
# may reside with the child.

instrument ZHU-CHEN "Judgment of the Court (Full Court) of 19 October 2004, Kunqian Catherine Zhu and Man Lavette Chen v Secretary of State for the Home Department" {
  kind judgment
  court court-of-justice
  case "C-200/02"
  ecli "ECLI:EU:C:2004:639"
  decided 2004-10-19
  celex "62002CJ0200"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62002CJ0200"
  note "Reference for a preliminary ruling (Immigration Appellate Authority, United Kingdom). An Irish child born in Belfast to Chinese parents, living in Wales with her mother."
}

paragraph ZHU-CHEN summary "Summary of the Judgment (prepared by the Court's services, not the Court's own words)" {
  source "EUR-Lex document 62002CJ0200, Summary of the Judgment (stored copy); the same text on the curia page of the judgment (docid 64637)"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62002CJ0200"
  text-status third-party
  text """
    Article 18 EC and Council Directive 90/364 on the right of residence confer on a young minor who is a national of a Member State, is covered by appropriate sickness insurance and is in the care of a parent who is a third-country national having sufficient resources for that minor not to become a burden on the public finances of the host Member State, a right to reside for an indefinite period in that State. In such circumstances, those same provisions allow a parent who is that minor’s primary carer to reside with the child in the host Member State.
  """
  note "The summary is an official EUR-Lex text but not the judgment's own wording; it is marked third-party because it was read in a stored copy. The operative part is said from memory to use nearly the same words, opening \"In circumstances like those of the main proceedings\"."
}

paragraph ZHU-CHEN operative "Operative part" {
  source "Not checked against the judgment text"
  text-status missing
  note "From memory: the operative part states the same holding as the summary above, in nearly the same words."
  confers move-and-reside on union-citizen where has-sickness-insurance, has-sufficient-resources
  confers derived-residence on third-country-national where primary-carer-of(union-citizen), has-sufficient-resources, has-sickness-insurance
}
