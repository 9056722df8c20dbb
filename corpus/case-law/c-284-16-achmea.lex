# Case C-284/16 Achmea (2018): an arbitration clause in an agreement between
# Member States, under which an investor of one may sue the other before an
# arbitral tribunal that may have to interpret Union law, is precluded by
# Articles 267 and 344 TFEU: it undermines the autonomy of Union law.

instrument ACHMEA "Judgment of the Court (Grand Chamber) of 6 March 2018, Slowakische Republik v Achmea BV" {
  kind judgment
  court court-of-justice
  case "C-284/16"
  ecli "ECLI:EU:C:2018:158"
  decided 2018-03-06
  celex "62016CJ0284"
  url "https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=CELEX%3A62016CJ0284"
  note "Reference for a preliminary ruling (Bundesgerichtshof, Germany). Article 8 of the 1991 Netherlands-Czechoslovakia bilateral investment treaty, still applicable between the Netherlands and Slovakia."
}

paragraph ACHMEA operative "Operative part" {
  source "Written from memory; not checked against the judgment text (the EUR-Lex summary page, 62016CJ0284_SUM, was seen only up to its keywords)"
  text-status unverified
  text """
    Articles 267 and 344 TFEU must be interpreted as precluding a provision in an international agreement concluded between Member States, such as Article 8 of the Agreement on encouragement and reciprocal protection of investments between the Kingdom of the Netherlands and the Czech and Slovak Federative Republic, under which an investor from one of those Member States may, in the event of a dispute concerning investments in the other Member State, bring proceedings against the latter Member State before an arbitral tribunal whose jurisdiction that Member State has undertaken to accept.
  """
  note "From memory: never to be quoted as verbatim. Seen on EUR-Lex (summary keyword 3): \"Provision enabling an investor from one Contracting Party to bring proceedings before an arbitral tribunal in the event of a dispute with the other Contracting Party—No possibility of making a reference to the Court of Justice for a preliminary ruling on questions of EU law—Not permissible—Adverse effect on the autonomy of EU law\". The holding concerns agreements between Member States; agreements of the Union with third States were considered separately (Opinion 1/17, CETA, not in this corpus)."
  forbids member-state to arrange [intra-union-investor-state-arbitration]
}
