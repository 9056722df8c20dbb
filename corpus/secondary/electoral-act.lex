# The Act of 20 September 1976 concerning the election of the members of the
# European Parliament by direct universal suffrage, annexed to Decision
# 76/787/ECSC, EEC, Euratom. Not in the reference texts.

instrument ACT-1976 "Act concerning the election of the representatives of the Assembly by direct universal suffrage (now: of the members of the European Parliament)" {
  kind act
  journal "OJ L 278, 8.10.1976, p. 5"
  celex "41976X1008(01)"
  url "https://eur-lex.europa.eu/eli/dec/1976/787(2)/2002-09-23/eng"
  signed 1976-09-20
  in-force 1978-07-01
  note "Adopted by the representatives of the Member States in the Council under Art. 138(3) EEC (no `based-on`: the corpus holds only the Maastricht wording of that paragraph, in force from 1993) and recommended to the Member States for adoption under their constitutional requirements. OJ reference and date of effect (1 July 1978) as given by EUR-Lex records (dataverse.harvard.edu copy; bzxx.org.cn copy of the EUR-Lex notice). Amended by Decision 2002/772/EC, Euratom (from 1 April 2004, when the article on national electoral procedure became Art. 8) and by Decision (EU, Euratom) 2018/994."
}

article ACT-1976 8 "National electoral procedure" {
  source "Written from memory; the substance of the pre-2004 Art. 7(2) is quoted in French and Dutch from the 2002 consolidation (wordscope.be: \"sous réserve des dispositions du présent Acte, la procédure électorale est régie, dans chaque État membre, par les dispositions nationales\")"
  text-status unverified
  in-force 2004-04-01
  note "Before 1 April 2004 the same rule was Art. 7(2), which opened with \"Pending the entry into force of a uniform electoral procedure\"."

  text """
    Subject to the provisions of this Act, the electoral procedure shall be governed in each Member State by its national provisions.
  """
  empowers each-member-state by national-legislation to facilitate [vote-ep] to [union-citizen]
  note "Each Member State organises the election on its territory (registration, constituencies, who of its own nationals abroad may vote), within the Act and Union law (Eman and Sevinger, C-300/04; Delvigne, C-650/13). Who besides citizens may vote is a separate question: see TEU 5(2)."
}
