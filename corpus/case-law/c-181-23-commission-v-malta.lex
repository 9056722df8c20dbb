# Case C-181/23 Commission v Malta (2025): a Member State that grants its
# nationality, and so Union citizenship, through a transactional procedure in
# exchange for predetermined payments or investments fails to fulfil its
# obligations under Article 20 TFEU and Article 4(3) TEU.

instrument COMMISSION-V-MALTA "Judgment of the Court (Grand Chamber) of 29 April 2025, European Commission v Republic of Malta (Citizenship by investment)" {
  kind judgment
  court court-of-justice
  case "C-181/23"
  ecli "ECLI:EU:C:2025:283"
  decided 2025-04-29
  celex "62023CJ0181"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62023CJ0181"
  note "Action for failure to fulfil obligations (Art. 258 TFEU), upheld, against the opinion of Advocate General Collins (4 October 2024). The ECLI is as cited on pedrodemiguelasensio.blogspot.com and the CELEX number follows the EUR-Lex pattern: neither was seen on EUR-Lex itself."
}

paragraph COMMISSION-V-MALTA summary "Subject-matter heading of the judgment (keywords, not the Court's reasoning)" {
  source "BAILII's copy of the judgment, [2024] EUECJ C-181/23 (29 April 2025), the keywords under the title (third-party)"
  url "http://www2.bailii.org/eu/cases/EUECJ/2024/C18123.html"
  text-status third-party
  text """
    Failure of a Member State to fulfil obligations - Article 20 TFEU - Citizenship of the Union - Article 4(3) TEU - Principle of sincere cooperation - Principle of mutual trust between the Member States - Grant of the nationality of a Member State - Special relationship of solidarity and good faith - Operation of an investor citizenship scheme - Naturalisation in exchange for predetermined payments or investments - Transactional nature of the naturalisation scheme, which amounts to the ‘commercialisation’ of Union citizenship
  """
}

paragraph COMMISSION-V-MALTA operative "Operative part" {
  source "Written from memory; its content checked against the Swedish text of the operative part on lifos.migrationsverket.se (document 49135) and against the Court's press release No 52/25 (agenparl.eu)"
  text-status unverified
  paragraph 1 {
    text """
      Declares that, by establishing and operating an investor citizenship scheme, such as the Maltese Citizenship by Naturalisation for Exceptional Services by Direct Investment, based on Article 10(9) of the Maltese Citizenship Act (Chapter 188 of the Laws of Malta), as amended by the Maltese Citizenship (Amendment No. 2) Act (Act XXXVIII of 2020), and on the Granting of citizenship for Exceptional Services Regulations, 2020 (Subsidiary Legislation 188.06 of the Laws of Malta), which establishes a transactional naturalisation procedure in exchange for predetermined payments or investments and thus amounts to the commercialisation of the grant of the nationality of a Member State and, by extension, that of Union citizenship status, the Republic of Malta has failed to fulfil its obligations under Article 20 TFEU and Article 4(3) TEU;
    """
    note "From memory: never to be quoted as verbatim. The Court did not adopt the Commission's \"genuine link\" requirement as such: it held that the bond of nationality rests on a special relationship of solidarity and good faith and the reciprocity of rights and duties, which a transactional naturalisation manifestly infringes (press release; case notes on presset.xyz and lawpluralism.unimib.it). The test encoded is therefore no-transactional-naturalisation, not a genuine-link test."
    limits member-state to grant nationality to any person requires [no-transactional-naturalisation]
  }
}
