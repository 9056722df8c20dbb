# Case C-369/90 Micheletti (1992): the competence over nationality is the
# Member States', exercised having due regard to Community law; another
# Member State may not add a condition to the recognition of that nationality.

instrument MICHELETTI "Judgment of the Court of 7 July 1992, Mario Vicente Micheletti and others v Delegación del Gobierno en Cantabria" {
  kind judgment
  court court-of-justice
  case "C-369/90"
  ecli "ECLI:EU:C:1992:295"
  decided 1992-07-07
  celex "61990CJ0369"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61990CJ0369"
  note "Reference for a preliminary ruling (Tribunal Superior de Justicia de Cantabria). Freedom of establishment of a dual Italian-Argentine national in Spain. Decided before Union citizenship existed; the first statement of the limit on national nationality law that Rottmann, Tjebbes and Commission v Malta build on."
}

paragraph MICHELETTI 10 {
  source "wordscope.be, an answer of the Commission to a parliamentary question quoting the judgment, \"item 10\" (third-party); the same words are quoted by S. Peers, EU Law Analysis, reproduced on goodlegaladvice.co.uk"
  url "http://wordscope.be/anglais/francais/our+jurisdiction+must.html"
  text-status third-party
  text """
    Under international law, it is for each Member State, having due regard to Community law, to lay down the conditions for the acquisition and loss of nationality.
  """
  note "The first sentence of paragraph 10 only. The paragraph goes on (written from memory, not verified): it is not permissible for the legislation of a Member State to restrict the effects of the grant of the nationality of another Member State by imposing an additional condition for recognition of that nationality with a view to the exercise of the fundamental freedoms provided for in the Treaty. An Italian summary of the same holding was seen on dirittoue.info/?p=148."
  limits member-state to grant nationality to any person requires [due-regard-to-union-law]
  limits member-state to withdraw nationality from any person requires [due-regard-to-union-law]
  limits member-state to withhold [move-and-reside, reside-in-host-state] from union-citizen requires [recognition-of-member-state-nationality] where holds-nationality(third-country)
}

paragraph MICHELETTI operative "Operative part" {
  source "Written from memory; not checked against the judgment text"
  text-status unverified
  text """
    The provisions of Community law on freedom of establishment preclude a Member State from denying a national of another Member State who possesses at the same time the nationality of a non-member country entitlement to that freedom on the ground that the law of the host State deems him to be a national of the non-member country.
  """
  note "From memory: never to be quoted as verbatim. The holding on recognition is encoded on paragraph 10."
}
