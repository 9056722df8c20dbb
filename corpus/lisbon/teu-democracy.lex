# TEU Article 11: the citizens' initiative. Its procedures and conditions are
# laid down by regulation under Art. 24, first paragraph, TFEU.

article TEU 11 "Participatory democracy" {
  source "Written from memory; substance checked against a European Parliament text quoted at wordscope.be (\"not less than one million citizens who are nationals of a significant number of Member States may take the initiative of inviting the Commission ...\"), which names \"the Commission\" where the Treaty is believed to say \"the European Commission\""
  celex "12016M011"
  text-status unverified
  note "Only paragraph 4 is recorded."

  paragraph 4 {
    text """
      Not less than one million citizens who are nationals of a significant number of Member States may take the initiative of inviting the European Commission, within the framework of its powers, to submit any appropriate proposal on matters where citizens consider that a legal act of the Union is required for the purpose of implementing the Treaties.
      The procedures and conditions required for such a citizens' initiative shall be determined in accordance with the first paragraph of Article 24 of the Treaty on the Functioning of the European Union.
    """
    confers citizens-initiative on union-citizen
  }
}
