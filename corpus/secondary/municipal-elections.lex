# Council Directive 94/80/EC: the detailed arrangements for the municipal vote
# of Union citizens residing in a Member State of which they are not
# nationals (Art. 8b(1) EC, now Art. 22(1) TFEU). Not in the reference texts.

instrument DIR-94-80 "Council Directive 94/80/EC laying down detailed arrangements for the exercise of the right to vote and to stand as a candidate in municipal elections by citizens of the Union residing in a Member State of which they are not nationals" {
  kind directive
  journal "OJ L 368, 31.12.1994, p. 38"
  celex "31994L0080"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A31994L0080"
  in-force 1994-12-31
  based-on EC-1992 8b(1)
  note "OJ reference and legal basis (\"Having regard to the Treaty establishing the European Community, and in particular Article 8b (1) thereof\") as printed in the copies at legislation.gov.uk and docslib.org; the in-force date (the day of publication) is from memory. Member States had to comply by 1 January 1996. Amended on the accessions of 2004, 2007 and 2013 (annex of local government units)."
}

article DIR-94-80 3 "Voters and candidates" {
  source "Written from memory; the Directive's scope (Art. 1(1), \"citizens of the Union residing in a Member State of which they are not nationals may exercise the right to vote and to stand as a candidate there in municipal elections\") checked at legislation.gov.uk"
  celex "31994L0080"
  text-status unverified

  text """
    Any person who, on the reference date:
    (a) is a citizen of the Union within the meaning of the second subparagraph of Article 8 (1) of the Treaty, and
    (b) is not a national of the Member State of residence, but satisfies the conditions laid down by that State's law for the right to vote and to stand as a candidate for its nationals,
    shall have the right to vote and to stand as a candidate in municipal elections in the Member State of residence in accordance with this Directive.
  """
  confers vote-municipal on union-citizen where resides-in(other-member-state)
}

article DIR-94-80 5 "Eligibility" {
  source "No English wording found; paragraph 3 summarised from a French and Dutch paraphrase (wordscope.be, \"article 5, § 3, alinéas 1 et 2, de la directive\") and recital text quoted at wordscope.be"
  celex "31994L0080"
  text-status missing

  paragraph 3 {
    note "Member States may provide that only their own nationals are eligible for the office of elected head, deputy or member of the governing college of the executive of a basic local government unit, including holding it temporarily or in an acting capacity. Recital: those duties \"may involve taking part in the exercise of official authority and in the safeguarding of the general interest\", and the measures \"may not restrict more than is necessary for the achievement of that objective the possibility for other Member States' nationals to be elected\"."
    empowers each-member-state by national-legislation to withhold [municipal-executive-office] from union-citizen where resides-in(other-member-state)
  }
}

article DIR-94-80 12 "Derogations" {
  source "Paragraph 1, opening words: English text of the EurLex-2 translation memory shown by glosbe.com (third-party)"
  url "https://app.glosbe.com/tmem/show?id=8903644559566577699"
  celex "31994L0080"
  text-status third-party
  note "Only the opening words of paragraph 1 are quoted. In substance, the State may then reserve the right to vote to citizens who have resided there for a minimum period (not longer than the term of office of the representative council) and the right to stand to those who have resided there for a longer minimum period (not longer than twice that term), and take measures on the composition of lists of candidates; the Commission summary at oeil.secure.europarl.europa.eu names Luxembourg as the State concerned."

  paragraph 1 {
    text """
      Where, on 1 January 1996, in a given Member State, the proportion of citizens of the Union of voting age who reside in it but are not nationals of it exceeds 20 % of the total number of citizens of the Union residing there who are of voting age, that Member State may, by way of derogation from this Directive:
    """
    empowers each-member-state by national-legislation to withhold [vote-municipal] from union-citizen where resides-in(other-member-state), within-electoral-derogation
    note "The derogation \"warranted by problems specific to a Member State\" of Art. 8b(1) EC (Art. 22(1) TFEU), laid down by the Council and used by the Member State."
  }
}
