# Case C-184/99 Grzelczyk (2001): Union citizenship is destined to be the
# fundamental status of nationals of the Member States; a lawfully resident
# citizen may rely on equal treatment for a non-contributory social benefit.

instrument GRZELCZYK "Judgment of the Court of 20 September 2001, Rudy Grzelczyk v Centre public d'aide sociale d'Ottignies-Louvain-la-Neuve" {
  kind judgment
  court court-of-justice
  case "C-184/99"
  ecli "ECLI:EU:C:2001:458"
  decided 2001-09-20
  celex "61999CJ0184"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61999CJ0184"
  note "Reference for a preliminary ruling (Tribunal du travail de Nivelles). A French student in Belgium refused the minimex (a minimum subsistence allowance) granted to Belgian students. The ECLI is as cited by S. Uradnik (cld.bz/HUR0Dy/27)."
}

paragraph GRZELCZYK 31 {
  source "Quoted in two third-party works: S. Uradnik, \"Toothless European Citizenship\" (cld.bz/HUR0Dy/17 and /27, citing paragraph 31, up to \"nationality\"), and a textbook chapter summary on taylorfrancis.com (book 9780203886472, chapter 31: the whole sentence, with an editorial insertion after \"situation\" that is left out here)"
  url "https://cld.bz/HUR0Dy/27"
  text-status third-party
  text """
    Union citizenship is destined to be the fundamental status of nationals of the Member States, enabling those who find themselves in the same situation to enjoy the same treatment in law irrespective of their nationality, subject to such exceptions as are expressly provided for.
  """
  note "Paragraph number as cited by Uradnik and by the Commission's documents quoted on wordscope.be (\"C-184/99, Grzelczyk, point 31\")."
}

paragraph GRZELCZYK operative "Operative part" {
  source "Written from memory; not checked against the judgment text"
  text-status missing
  note "Summary, from memory: Articles 6 and 8 of the EC Treaty (now TFEU 18 and 20) preclude entitlement to a non-contributory social benefit such as the minimex from being made conditional, for nationals of other Member States lawfully resident in the host State, on their falling within the scope of Regulation No 1612/68 when no such condition applies to the host State's nationals. The Court also held (paragraphs 42-44, from memory) that a Member State may end the residence of a citizen who becomes an unreasonable burden on its public finances, but that recourse to social assistance may not automatically lead to that result."
  confers social-assistance on union-citizen where resides-legally-in(other-member-state)
}
