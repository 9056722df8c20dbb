# Case C-67/14 Alimanovic (2015): a host Member State may exclude from social
# assistance citizens of other Member States whose right of residence rests
# solely on their seeking work (Directive 2004/38, Art. 14(4)(b) and 24(2)),
# without an individual assessment of their situation.

instrument ALIMANOVIC "Judgment of the Court (Grand Chamber) of 15 September 2015, Jobcenter Berlin Neukölln v Nazifa Alimanovic and Others" {
  kind judgment
  court court-of-justice
  case "C-67/14"
  ecli "ECLI:EU:C:2015:597"
  decided 2015-09-15
  celex "62014CJ0067"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62014CJ0067"
  note "Reference for a preliminary ruling (Bundessozialgericht, Germany). Swedish nationals who had worked in Germany for less than a year and then sought work; their subsistence benefits were stopped. Date and ECLI as on the curia page of the judgment; subject-matter heading there: \"Member State nationals who are job-seekers and resident in a different Member State — Excluded — Retention of the status of ‘worker’\"."
}

paragraph ALIMANOVIC operative "Operative part" {
  source "Not checked against the judgment text"
  text-status missing
  note "Summary, from memory: Article 24 of Directive 2004/38 and Article 4 of Regulation No 883/2004 do not preclude legislation of a Member State under which nationals of other Member States who are in the situation referred to in Article 14(4)(b) of the directive (job-seekers) are excluded from certain special non-contributory cash benefits which also constitute social assistance within the meaning of Article 24(2), while those benefits are granted to the host State's nationals in the same situation. In the reasons (from memory) the Court held that no individual assessment of the person's circumstances is needed, the directive's graduated system itself taking account of them; a citizen who retains the status of worker for six months after involuntary unemployment (Art. 7(3)(c)) keeps equal treatment for that period (the blog eulitigationblog.com, 4 October 2015, summarises the facts and question)."
  empowers each-member-state by national-legislation to withhold [social-assistance] from union-citizen where resides-as-jobseeker-only, not resided-legally-five-years
}
