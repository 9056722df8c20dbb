# The Treaty on the Functioning of the European Union (consolidated 2016).
# Wording from the reference text tfeu-2016.txt, which names the source of
# every article. No change to these articles between the 2008, 2012 and 2016
# consolidations is known; where a source is an earlier consolidation, the
# article says so.

instrument TFEU "Treaty on the Functioning of the European Union" {
  kind treaty
  journal "OJ C 202, 7.6.2016, p. 47"
  celex "12016E/TXT"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12016E%2FTXT"
  signed 2007-12-13
  in-force 2009-12-01
}

# ─── Part Two: Non-discrimination and citizenship of the Union ─────────────

article TFEU 18 "Non-discrimination on grounds of nationality" {
  source "EUR-Lex 12008E018 (EN), OJ C 115, 9.5.2008, p. 56"
  journal "OJ C 115, 9.5.2008, p. 56"
  celex "12008E018"
  url "https://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=CELEX:12008E018:EN:HTML"
  text-status official
  succeeds EC-1997 12

  text """
    Within the scope of application of the Treaties, and without prejudice to any special provisions contained therein, any discrimination on grounds of nationality shall be prohibited.
    The European Parliament and the Council, acting in accordance with the ordinary legislative procedure, may adopt rules designed to prohibit such discrimination.
  """
  confers equal-treatment-nationality on union-citizen where in-cross-border-situation
  empowers parliament-and-council by ordinary-legislation to facilitate [equal-treatment-nationality] to [union-citizen]
  note "\"Within the scope of application of the Treaties\": the prohibition does not reach situations confined in all respects within one Member State, so a national in his or her own State cannot rely on it (C-64/96 Uecker and Jacquet; holders are nationals of Member States, C-22/08 Vatsouras) (audit M10)."
}

article TFEU 20 "Citizenship of the Union" {
  source "20(1) to 20(2)(b): scribd \"Articles 18-23 TFEU\" (third-party upload of the official text); points (a)-(d): nationalityandcitizenshiplaw.com (third-party); the closing sentence written from memory"
  celex "12016E020"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12016E020"
  text-status partly-verified
  succeeds EC-1997 17
  equivalent TEU 9

  paragraph 1 {
    text-status third-party
    text """
      Citizenship of the Union is hereby established. Every person holding the nationality of a Member State shall be a citizen of the Union. Citizenship of the Union shall be additional to and not replace national citizenship.
    """
    defines union-citizen as holds-nationality(member-state)
    defines third-country-national as not union-citizen
    note "A third-country national is whoever is not a citizen of the Union within the meaning of this paragraph: Title V (Art. 67(2) TFEU: \"third-country nationals\", with stateless persons treated as such) uses the term as the complement of citizenship, and the acts adopted under it define it so (Directive 2003/109, Art. 2(a)). Attached here, where citizenship is defined (issue 14, item 6)."
  }
  paragraph 2 {
    text-status third-party
    text """
      Citizens of the Union shall enjoy the rights and be subject to the duties provided for in the Treaties. They shall have, inter alia:
    """
    point a {
      text """
        the right to move and reside freely within the territory of the Member States;
      """
      confers move-and-reside on union-citizen
    }
    point b {
      text """
        the right to vote and to stand as candidates in elections to the European Parliament and in municipal elections in their Member State of residence, under the same conditions as nationals of that State;
      """
      confers [vote-ep, vote-municipal] on union-citizen where resides-in(other-member-state)
    }
    point c {
      text """
        the right to enjoy, in the territory of a third country in which the Member State of which they are nationals is not represented, the protection of the diplomatic and consular authorities of any Member State on the same conditions as the nationals of that State;
      """
      confers consular-protection on union-citizen where unrepresented-in-third-country
      note "Only in a third country where the citizen's own Member State is not represented (audit M3)."
    }
    point d {
      text """
        the right to petition the European Parliament, to apply to the European Ombudsman, and to address the institutions and advisory bodies of the Union in any of the Treaty languages and to obtain a reply in the same language.
      """
      confers [petition-ep, apply-ombudsman, address-institutions] on union-citizen
    }
    subparagraph 2 {
      text-status unverified
      text """
        These rights shall be exercised in accordance with the conditions and limits defined by the Treaties and by the measures adopted thereunder.
      """
    }
  }
}

article TFEU 21 "Right to move and reside" {
  source "legislation.gov.uk copy of the EUR-Lex text, revised version dated 01/03/2020 (third-party)"
  celex "12016E021"
  url "https://www.legislation.gov.uk/eut/teec/article/21/2020-03-01"
  text-status third-party
  succeeds EC-1997 18

  paragraph 1 {
    text """
      Every citizen of the Union shall have the right to move and reside freely within the territory of the Member States, subject to the limitations and conditions laid down in the Treaties and by the measures adopted to give them effect.
    """
    confers move-and-reside on union-citizen
  }
  paragraph 2 {
    text """
      If action by the Union should prove necessary to attain this objective and the Treaties have not provided the necessary powers, the European Parliament and the Council, acting in accordance with the ordinary legislative procedure, may adopt provisions with a view to facilitating the exercise of the rights referred to in paragraph 1.
    """
    empowers parliament-and-council by ordinary-legislation to facilitate [move-and-reside] to [union-citizen]
  }
  paragraph 3 {
    text """
      For the same purposes as those referred to in paragraph 1 and if the Treaties have not provided the necessary powers, the Council, acting in accordance with a special legislative procedure, may adopt measures concerning social security or social protection. The Council shall act unanimously after consulting the European Parliament.
    """
    empowers council by council-unanimity to facilitate [social-security-coordination, healthcare-cover, social-assistance] to [union-citizen]
  }
}

article TFEU 22 "Electoral rights" {
  source "22(1): sciencegate.app snippet (third-party, mislabelled \"Article 19 EC\"); 22(2): written from memory, structure checked against the official French text"
  celex "12016E022"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12016E022"
  text-status partly-verified
  succeeds EC-1997 19

  paragraph 1 {
    text-status third-party
    text """
      Every citizen of the Union residing in a Member State of which he is not a national shall have the right to vote and to stand as a candidate at municipal elections in the Member State in which he resides, under the same conditions as nationals of that State. This right shall be exercised subject to detailed arrangements adopted by the Council, acting unanimously in accordance with a special legislative procedure and after consulting the European Parliament; these arrangements may provide for derogations where warranted by problems specific to a Member State.
    """
    confers vote-municipal on union-citizen where resides-in(other-member-state)
    empowers council by council-unanimity to facilitate [vote-municipal] to [union-citizen]
    empowers council by council-unanimity to withhold [vote-municipal] from union-citizen where resides-in(other-member-state), within-electoral-derogation
    note "The derogations \"warranted by problems specific to a Member State\" are the Council's to lay down, in the detailed arrangements (Directive 94/80/EC, Art. 12: a minimum period of residence where non-national citizens exceed 20% of the electorate)."
  }
  paragraph 2 {
    text-status unverified
    text """
      Without prejudice to Article 223(1) and to the provisions adopted for its implementation, every citizen of the Union residing in a Member State of which he is not a national shall have the right to vote and to stand as a candidate in elections to the European Parliament in the Member State in which he resides, under the same conditions as nationals of that State. This right shall be exercised subject to detailed arrangements adopted by the Council, acting unanimously in accordance with a special legislative procedure and after consulting the European Parliament; these arrangements may provide for derogations where warranted by problems specific to a Member State.
    """
    confers vote-ep on union-citizen where resides-in(other-member-state)
    empowers council by council-unanimity to facilitate [vote-ep] to [union-citizen]
    empowers council by council-unanimity to withhold [vote-ep] from union-citizen where resides-in(other-member-state), within-electoral-derogation
    note "The derogations are the Council's to lay down, in the detailed arrangements (Directive 93/109/EC, Art. 14)."
  }
}

article TFEU 23 "Diplomatic and consular protection" {
  source "Written from memory; structure checked against official texts in other languages (IT, HR, CS, DA, NL, RO, PL, HU)"
  celex "12016E023"
  text-status unverified
  succeeds EC-1997 20
  note "Whether the English says \"diplomatic or consular\" or \"diplomatic and consular\" is not settled; the language versions differ. The right holds only in a third country where the citizen's own Member State is not represented (audit M3)."

  text """
    Every citizen of the Union shall, in the territory of a third country in which the Member State of which he is a national is not represented, be entitled to protection by the diplomatic or consular authorities of any Member State, on the same conditions as the nationals of that State. Member States shall adopt the necessary provisions and start the international negotiations required to secure this protection.
    The Council, acting in accordance with a special legislative procedure and after consulting the European Parliament, may adopt directives establishing the coordination and cooperation measures necessary to facilitate such protection.
  """
  confers consular-protection on union-citizen where unrepresented-in-third-country
}

article TFEU 24 "Citizens' initiative, petitions, the Ombudsman" {
  source "Written from memory; structure checked against official texts in other languages (CS, SK, HR, BG, SV)"
  celex "12016E024"
  text-status unverified
  succeeds EC-1997 21

  text """
    The European Parliament and the Council, acting by means of regulations in accordance with the ordinary legislative procedure, shall adopt the provisions for the procedures and conditions required for a citizens' initiative within the meaning of Article 11 of the Treaty on European Union, including the minimum number of Member States from which such citizens must come.
    Every citizen of the Union shall have the right to petition the European Parliament in accordance with Article 227.
    Every citizen of the Union may apply to the Ombudsman established in accordance with Article 228.
    Every citizen of the Union may write to any of the institutions or bodies referred to in this Article or in Article 13 of the Treaty on European Union in one of the languages mentioned in Article 55(1) of the Treaty on European Union and have an answer in the same language.
  """
  confers [petition-ep, apply-ombudsman, address-institutions] on union-citizen
  empowers parliament-and-council by ordinary-legislation to facilitate [citizens-initiative] to [union-citizen]
  note "First paragraph: the procedures and conditions of the citizens' initiative of Art. 11(4) TEU, by regulation (Regulation (EU) No 211/2011, replaced by Regulation (EU) 2019/788). They organise the right of citizens; they cannot give it to anyone else."
}

article TFEU 25 "Report, and new rights for citizens" {
  source "Written from memory; structure checked against the official Romanian, Italian and Maltese texts (12016E025, 12012E025, 12008E025)"
  celex "12016E025"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12016E025"
  text-status unverified
  succeeds EC-1997 22

  text """
    The Commission shall report to the European Parliament, to the Council and to the Economic and Social Committee every three years on the application of the provisions of this Part. This report shall take account of the development of the Union.
    On this basis, and without prejudice to the other provisions of the Treaties, the Council, acting unanimously in accordance with a special legislative procedure and after obtaining the consent of the European Parliament, may adopt provisions to strengthen or to add to the rights listed in Article 20(2). These provisions shall enter into force after their approval by the Member States in accordance with their respective constitutional requirements.
  """
  empowers council by citizenship-rights-procedure to grant any right to [union-citizen]
  note "\"any right\": the Council may strengthen or add to the rights of Art. 20(2), whatever they are, but only for citizens of the Union; it cannot make anyone a citizen, and a right for others needs another basis or a revision of the Treaties (issue 14, item 7)."
}

# ─── Part Three: workers and social security ──────────────────────────────

article TFEU 45 "Freedom of movement for workers" {
  source "LawEuro reproduction of the consolidated TFEU, Title IV, Chapter 1 (third-party)"
  celex "12016E045"
  url "https://laweuro.com/?p=8462"
  text-status third-party
  succeeds EC-1997 39

  paragraph 1 {
    text """
      Freedom of movement for workers shall be secured within the Union.
    """
  }
  paragraph 2 {
    text """
      Such freedom of movement shall entail the abolition of any discrimination based on nationality between workers of the Member States as regards employment, remuneration and other conditions of work and employment.
    """
    confers equal-treatment-work on union-citizen where works-in(other-member-state)
  }
  paragraph 3 {
    text """
      It shall entail the right, subject to limitations justified on grounds of public policy, public security or public health:
    """
    point a {
      text """
        to accept offers of employment actually made;
      """
    }
    point b {
      text """
        to move freely within the territory of Member States for this purpose;
      """
      confers move-for-work on union-citizen unless employed-in-public-service
    }
    point c {
      text """
        to stay in a Member State for the purpose of employment in accordance with the provisions governing the employment of nationals of that State laid down by law, regulation or administrative action;
      """
    }
    point d {
      text """
        to remain in the territory of a Member State after having been employed in that State, subject to conditions which shall be embodied in regulations to be drawn up by the Commission.
      """
    }
  }
  paragraph 4 {
    text """
      The provisions of this Article shall not apply to employment in the public service.
    """
  }
}

article TFEU 48 "Social security for migrant workers" {
  source "EUR-Lex 12012E048 (EN), OJ C 326, 26.10.2012, p. 67, up to \"its social security system,\"; the rest written from memory"
  journal "OJ C 326, 26.10.2012, p. 67"
  celex "12012E048"
  url "https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A12012E048"
  text-status partly-verified
  succeeds EC-1997 42

  subparagraph 1 {
    text-status official
    text """
      The European Parliament and the Council shall, acting in accordance with the ordinary legislative procedure, adopt such measures in the field of social security as are necessary to provide freedom of movement for workers; to this end, they shall make arrangements to secure for employed and self-employed migrant workers and their dependants:
      (a) aggregation, for the purpose of acquiring and retaining the right to benefit and of calculating the amount of benefit, of all periods taken into account under the laws of the several countries;
      (b) payment of benefits to persons resident in the territories of Member States.
    """
    empowers parliament-and-council by ordinary-legislation-brake to grant [social-security-coordination, healthcare-cover] to [union-citizen] where works-in(other-member-state)
    note "The ordinary legislative procedure with the emergency brake of the second subparagraph: any member of the Council may have the draft referred to the European Council, which suspends the procedure (audit M2)."
  }
  subparagraph 2 {
    text-status official
    text """
      Where a member of the Council declares that a draft legislative act referred to in the first subparagraph would affect important aspects of its social security system,
    """
    note "Only the verified opening words are in the corpus. The rest of the subparagraph (unverified wording, see the reference texts) lets that member ask for referral to the European Council, which suspends the ordinary legislative procedure; within four months the European Council either refers the draft back to the Council, ending the suspension, or takes no action or asks for a new proposal, and the act is then deemed not adopted."
  }
}

# ─── Part Three: immigration ───────────────────────────────────────────────

article TFEU 79 "Immigration policy" {
  source "Paragraphs 1 and 2(a)-(b): Council doc. 6655/08 as quoted by grahnlaw.blogspot.com (third-party); paragraphs 3 to 5 written from memory"
  celex "12016E079"
  text-status partly-verified
  succeeds EC-1997 63

  paragraph 1 {
    text-status third-party
    text """
      The Union shall develop a common immigration policy aimed at ensuring, at all stages, the efficient management of migration flows, fair treatment of third-country nationals residing legally in Member States, and the prevention of, and enhanced measures to combat, illegal immigration and trafficking in human beings.
    """
  }
  paragraph 2 {
    text-status third-party
    text """
      For the purposes of paragraph 1, the European Parliament and the Council, acting in accordance with the ordinary legislative procedure, shall adopt measures in the following areas:
    """
    point a {
      text """
        the conditions of entry and residence, and standards on the issue by Member States of long-term visas and residence permits, including those for the purpose of family reunification;
      """
      empowers parliament-and-council by ordinary-legislation to grant [reside-in-host-state, admission-for-work] to [third-country-national]
      note "The conditions of entry and residence include those of admission for work: the Single Permit Directive 2011/98/EU, the Seasonal Workers Directive 2014/36/EU and the Blue Card Directive (EU) 2021/1883 were adopted under this point. Paragraph 5 keeps only the volumes of admission with the Member States, so a Union act may set who is admitted and on what terms but not how many (audit M8). Measures under Title V do not bind Denmark (Protocol No 22) nor, unless it opts in, Ireland (Protocol No 21; the United Kingdom too while a Member State): the route reaches third-country nationals in the other Member States only, which the language cannot yet say (audit M7)."
    }
    point b {
      text """
        the definition of the rights of third-country nationals residing legally in a Member State, including the conditions governing freedom of movement and of residence in other Member States;
      """
      empowers parliament-and-council by ordinary-legislation to grant [move-and-reside, reside-in-second-member-state, equal-treatment-work, social-assistance, healthcare-cover, social-security-coordination] to [third-country-national] where resides-legally-in(member-state) excluding [admission-for-work]
      note "Residence in a second Member State, as under Arts 14-15 of Directive 2003/109, is one of the \"conditions governing freedom of movement and of residence in other Member States\" (audit M6). Measures under Title V do not bind Denmark (Protocol No 22) nor, unless it opts in, Ireland (Protocol No 21; the United Kingdom too while a Member State): Regulation 1231/2010 does not apply in Denmark. The route reaches third-country nationals in the other Member States only, which the language cannot yet say (audit M7)."
    }
  }
  paragraph 4 {
    text-status unverified
    text """
      The European Parliament and the Council, acting in accordance with the ordinary legislative procedure, may establish measures to provide incentives and support for the action of Member States with a view to promoting the integration of third-country nationals residing legally in their territories, excluding any harmonisation of the laws and regulations of the Member States.
    """
    note "A supporting competence: incentives and support for national integration policies, no harmonisation. It confers no power to give third-country nationals rights, so it carries no `empowers` statement."
  }
  paragraph 5 {
    text-status unverified
    empowers each-member-state by national-legislation to grant [admission-for-work] to third-country-national
    note "How many third-country nationals a Member State admits from third countries to seek work stays its own decision, one State at a time: the Union may set the conditions of entry and residence (paragraph 2(a)) but not oblige a State to admit."
    text """
      This Article shall not affect the right of Member States to determine volumes of admission of third-country nationals coming from third countries to their territory in order to seek work, whether employed or self-employed.
    """
    note "This is why the legal basis of paragraph 2(b) excludes admission-for-work, and why one under 2(a) may set the conditions of admission for work but not how many are admitted."
  }
}

# ─── Part Five: international agreements ───────────────────────────────────

article TFEU 217 "Association agreements" {
  source "ObiterJ blog post of December 2020, quoting the article in full (third-party)"
  celex "12016E217"
  url "https://obiterj.blogspot.com/2020/12/uk-government-reaches-agreement-with-eu.html"
  text-status third-party
  succeeds EC-1997 310

  text """
    The Union may conclude with one or more third countries or international organisations agreements establishing an association involving reciprocal rights and obligations, common action and special procedure.
  """
  empowers union by association-agreement to grant [move-and-reside, reside-in-host-state, move-for-work, equal-treatment-work, admission-for-work, social-security-coordination, healthcare-cover, equal-treatment-nationality, social-assistance] to [third-country-national]
  note "An association confers on a third State's nationals what the Union can give them within its own competences: entry and residence, access to work and equal treatment at work, coordination of social security and equal treatment (the agreements with Turkey, the EEA, Switzerland). The rights of Art. 20(2) TFEU that belong to citizens alone are not among them: the vote in European Parliament elections (the Parliament is composed of representatives of the Union's citizens, Art. 14(2) TEU; Art. 22(2) TFEU), the municipal vote (Art. 22(1) TFEU gives it to citizens only, and for others it is a national matter), consular protection and the citizens' petition and Ombudsman rights. An agreement incompatible with the Treaties may not enter into force unless they are revised (Art. 218(11) TFEU) (issue 14, item 7)."
}

article TFEU 218 "Procedure for international agreements" {
  source "Paragraphs 1 to 6(a)(v): EUR-Lex 12012E218 (EN), OJ C 326, 26.10.2012 (official); 6(a)(i) to paragraph 8: the World Trade Institute's copy of the TFEU (third-party); paragraph 11: faqs.tips (third-party)"
  celex "12016E218"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:12012E218"
  text-status partly-verified
  succeeds EC-1997 300
  note "Paragraphs 9 and 10 are left out: their wording is mostly unverified. The labels of points in paragraph 6 were lost on the stored EUR-Lex page and confirmed by the WTI copy."

  paragraph 1 {
    text-status official
    text """
      Without prejudice to the specific provisions laid down in Article 207, agreements between the Union and third countries or international organisations shall be negotiated and concluded in accordance with the following procedure.
    """
  }
  paragraph 2 {
    text-status official
    text """
      The Council shall authorise the opening of negotiations, adopt negotiating directives, authorise the signing of agreements and conclude them.
    """
  }
  paragraph 3 {
    text-status official
    text """
      The Commission, or the High Representative of the Union for Foreign Affairs and Security Policy where the agreement envisaged relates exclusively or principally to the common foreign and security policy, shall submit recommendations to the Council, which shall adopt a decision authorising the opening of negotiations and, depending on the subject of the agreement envisaged, nominating the Union negotiator or the head of the Union's negotiating team.
    """
  }
  paragraph 4 {
    text-status official
    text """
      The Council may address directives to the negotiator and designate a special committee in consultation with which the negotiations must be conducted.
    """
  }
  paragraph 5 {
    text-status official
    text """
      The Council, on a proposal by the negotiator, shall adopt a decision authorising the signing of the agreement and, if necessary, its provisional application before entry into force.
    """
  }
  paragraph 6 {
    text-status official
    text """
      The Council, on a proposal by the negotiator, shall adopt a decision concluding the agreement.
      Except where agreements relate exclusively to the common foreign and security policy, the Council shall adopt the decision concluding the agreement:
    """
    point a {
      text """
        after obtaining the consent of the European Parliament in the following cases:
      """
      point i {
        text """
          association agreements;
        """
      }
      point ii {
        text """
          agreement on Union accession to the European Convention for the Protection of Human Rights and Fundamental Freedoms;
        """
        note "The procedure `accession-to-convention` (with paragraph 8, second subparagraph) is the route of Art. 6(2) TEU."
      }
      point iii {
        text """
          agreements establishing a specific institutional framework by organising cooperation procedures;
        """
      }
      point iv {
        text """
          agreements with important budgetary implications for the Union;
        """
      }
      point v {
        text-status third-party
        text """
          agreements covering fields to which either the ordinary legislative procedure applies, or the special legislative procedure where consent by the European Parliament is required.
          The European Parliament and the Council may, in an urgent situation, agree upon a time-limit for consent.
        """
      }
    }
    point b {
      text-status third-party
      text """
        after consulting the European Parliament in other cases. The European Parliament shall deliver its opinion within a time-limit which the Council may set depending on the urgency of the matter. In the absence of an opinion within that time-limit, the Council may act.
      """
    }
  }
  paragraph 7 {
    text-status third-party
    text """
      When concluding an agreement, the Council may, by way of derogation from paragraphs 5, 6 and 9, authorise the negotiator to approve on the Union's behalf modifications to the agreement where it provides for them to be adopted by a simplified procedure or by a body set up by the agreement. The Council may attach specific conditions to such authorisation.
    """
  }
  paragraph 8 {
    text-status third-party
    text """
      The Council shall act by a qualified majority throughout the procedure.
      However, it shall act unanimously when the agreement covers a field for which unanimity is required for the adoption of a Union act as well as for association agreements and the agreements referred to in Article 212 with the States which are candidates for accession. The Council shall also act unanimously for the agreement on accession of the Union to the European Convention for the Protection of Human Rights and Fundamental Freedoms; the decision concluding this agreement shall enter into force after it has been approved by the Member States in accordance with their respective constitutional requirements.
    """
  }
  paragraph 9 {
    text-status unverified
    text """
      The Council, on a proposal from the Commission or the High Representative of the Union for Foreign Affairs and Security Policy, shall adopt a decision suspending application of an agreement and establishing the positions to be adopted on the Union's behalf in a body set up by an agreement, when that body is called upon to adopt acts having legal effects, with the exception of acts supplementing or amending the institutional framework of the agreement.
    """
    note "Only the opening words (\"The Council, on a proposal from the Commission or the High Represent...\") were seen in a source (the WTI copy); the rest is written from memory. Acts of a joint body of an agreement bind the Union through this route, without a new ratification, unless they amend the agreement's institutional framework."
  }
  paragraph 11 {
    text-status third-party
    text """
      A Member State, the European Parliament, the Council or the Commission may obtain the opinion of the Court of Justice as to whether an agreement envisaged is compatible with the Treaties. Where the opinion of the Court is adverse, the agreement envisaged may not enter into force unless it is amended or the Treaties are revised.
    """
  }
}

# ─── Part Six: petitions and the Ombudsman ────────────────────────────────

article TFEU 227 "Right of petition" {
  source "EUR-Lex 12008E227 (EN), OJ C 115, 9.5.2008, p. 150, as quoted in the reference texts under Art. 24"
  journal "OJ C 115, 9.5.2008, p. 150"
  celex "12008E227"
  url "https://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=CELEX:12008E227:EN:HTML"
  text-status official
  succeeds EC-1997 194

  text """
    Any citizen of the Union, and any natural or legal person residing or having its registered office in a Member State, shall have the right to address, individually or in association with other citizens or persons, a petition to the European Parliament on a matter which comes within the Union's fields of activity and which affects him, her or it directly.
  """
  confers petition-ep on [union-citizen, resident-persons]
}

article TFEU 228 "The European Ombudsman" {
  source "No text in the reference texts; the article is named in Art. 24 TFEU"
  celex "12016E228"
  text-status missing
  succeeds EC-1997 195
  confers apply-ombudsman on [union-citizen, resident-persons]
}
