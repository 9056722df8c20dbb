# Opinion 2/13 (2014): the draft agreement on the accession of the European
# Union to the ECHR is not compatible with Article 6(2) TEU or with Protocol
# No 8, because, among other things, it would let a body outside the Union's
# courts interpret Union law in ways binding on the Union and would not
# exclude disputes between Member States on Union law from the Strasbourg
# mechanism (Article 344 TFEU).

instrument OPINION-2-13 "Opinion of the Court (Full Court) of 18 December 2014, Opinion 2/13, Accession of the European Union to the European Convention for the Protection of Human Rights and Fundamental Freedoms" {
  kind opinion
  court court-of-justice
  case "Opinion 2/13"
  ecli "ECLI:EU:C:2014:2454"
  decided 2014-12-18
  celex "62013CV0002"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62013CV0002"
  note "Opinion under Article 218(11) TFEU, requested by the Commission. ECLI and CELEX as on EUR-Lex (62013CV0002); one blog (eulitigationblog.com) gives EU:C:2014:2475, which is not the Opinion's ECLI."
}

paragraph OPINION-2-13 operative "Operative part" {
  source "Written from memory; the result is stated in the same terms (\"not compatible with Article 6(2) of the Treaty on EU or Protocol No. 8\") in a Slovenian law review article (dlib.si), and the reasons are summarised on en.wikipedia.org/wiki/Opinion_2/13"
  text-status unverified
  text """
    The agreement on the accession of the European Union to the European Convention for the Protection of Human Rights and Fundamental Freedoms is not compatible with Article 6(2) TEU or with Protocol (No 8) relating to Article 6(2) of the Treaty on European Union on the accession of the Union to the European Convention on the Protection of Human Rights and Fundamental Freedoms.
  """
  note "From memory: never to be quoted as verbatim. Among the Court's reasons: the agreement did not coordinate Article 53 of the Convention with Article 53 of the Charter; it threatened mutual trust between Member States; Protocol No 16 could circumvent the preliminary ruling procedure; it did not exclude applications between Member States, or between Member States and the Union, on Union law (Article 344 TFEU); the co-respondent mechanism and the prior involvement procedure let the Strasbourg court interpret Union law and allocate responsibility; and it gave a non-Union court review of acts in the common foreign and security policy."
  forbids union to arrange [binding-interpretation-of-union-law, disputes-between-member-states-outside-union-courts]
}
