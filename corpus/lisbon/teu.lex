# The Treaty on European Union (consolidated 2016).
# Wording from the reference text teu-2016.txt, which names the source of
# every article.

instrument TEU "Treaty on European Union" {
  kind treaty
  journal "OJ C 202, 7.6.2016, p. 13"
  celex "12016M/TXT"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12016M%2FTXT"
  signed 2007-12-13
  in-force 2009-12-01
}

article TEU 2 "The Union's values" {
  source "Wikisource reproduction of the EUR-Lex text (third-party)"
  celex "12016M002"
  text-status third-party

  text """
    The Union is founded on the values of respect for human dignity, freedom, democracy, equality, the rule of law and respect for human rights, including the rights of persons belonging to minorities. These values are common to the Member States in a society in which pluralism, non-discrimination, tolerance, justice, solidarity and equality between women and men prevail.
  """
}

article TEU 4 "Relations between the Union and the Member States" {
  source "4(1): studylib lecture slides (third-party); 4(2): a third-party quotation; 4(3): written from memory"
  celex "12016M004"
  text-status partly-verified
  succeeds TEU-1997 6(3)

  paragraph 1 {
    text-status third-party
    text """
      In accordance with Article 5, competences not conferred upon the Union in the Treaties remain with the Member States.
    """
  }
  paragraph 2 {
    text-status third-party
    text """
      The Union shall respect the equality of Member States before the Treaties as well as their national identities, inherent in their fundamental structures, political and constitutional, inclusive of regional and local self-government. It shall respect their essential State functions, including ensuring the territorial integrity of the State, maintaining law and order and safeguarding national security. In particular, national security remains the sole responsibility of each Member State.
    """
  }
  paragraph 3 {
    text-status unverified
    text """
      Pursuant to the principle of sincere cooperation, the Union and the Member States shall, in full mutual respect, assist each other in carrying out tasks which flow from the Treaties.
      The Member States shall take any appropriate measure, general or particular, to ensure fulfilment of the obligations arising out of the Treaties or resulting from the acts of the institutions of the Union.
      The Member States shall facilitate the achievement of the Union's tasks and refrain from any measure which could jeopardise the attainment of the Union's objectives.
    """
  }
}

article TEU 5 "Conferral, subsidiarity and proportionality" {
  source "EUR-Lex 12016M005, OJ C 202, 7.6.2016, p. 18 (paragraphs 1 to 4, first subparagraph); the last subparagraph written from memory"
  journal "OJ C 202, 7.6.2016, p. 18"
  celex "12016M005"
  succeeds EC-1997 5
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12016M005"
  text-status partly-verified

  paragraph 1 {
    text-status official
    text """
      The limits of Union competences are governed by the principle of conferral. The use of Union competences is governed by the principles of subsidiarity and proportionality.
    """
  }
  paragraph 2 {
    text-status official
    text """
      Under the principle of conferral, the Union shall act only within the limits of the competences conferred upon it by the Member States in the Treaties to attain the objectives set out therein. Competences not conferred upon the Union in the Treaties remain with the Member States.
    """
    empowers each-member-state by national-legislation to grant [vote-ep] to any person where resides-in(member-state)
    empowers each-member-state by national-legislation to grant [vote-municipal] to third-country-national where resides-in(member-state)
    note "The franchise of persons who are not Union citizens in municipal elections is not conferred on the Union: each Member State may give it to the third-country nationals residing in it (several do), for its own territory. Art. 22(1) TFEU and Directive 94/80 concern citizens of the Union only."
    note "The Member States keep what the Treaties do not confer on the Union. The Court has held that a Member State may extend the vote in European Parliament elections to persons with a close link to it who are not its nationals (C-145/04 Spain v United Kingdom, 2006); the statement above records that reading, one Member State at a time. Whether Art. 14(2) TEU (the Parliament is composed of representatives of the Union's citizens) narrows it is debated. The judgments (C-145/04, and C-300/04 Eman and Sevinger) date from 2006, under the EC Treaty, but no article of the EC Treaty in the corpus carries the statement, so before 2009-12-01 this route is not shown (audit L10)."
  }
  paragraph 3 {
    text-status official
    text """
      Under the principle of subsidiarity, in areas which do not fall within its exclusive competence, the Union shall act only if and in so far as the objectives of the proposed action cannot be sufficiently achieved by the Member States, either at central level or at regional and local level, but can rather, by reason of the scale or effects of the proposed action, be better achieved at Union level.
      The institutions of the Union shall apply the principle of subsidiarity as laid down in the Protocol on the application of the principles of subsidiarity and proportionality. National Parliaments ensure compliance with the principle of subsidiarity in accordance with the procedure set out in that Protocol.
    """
  }
  paragraph 4 {
    text """
      Under the principle of proportionality, the content and form of Union action shall not exceed what is necessary to achieve the objectives of the Treaties.
    """
    text-status official
    subparagraph 2 {
      text-status unverified
      text """
        The institutions of the Union shall apply the principle of proportionality as laid down in the Protocol on the application of the principles of subsidiarity and proportionality.
      """
    }
  }
}

article TEU 6 "Fundamental rights" {
  source "Named as the successor of Art. 6 TEU (Amsterdam) in the legislation.gov.uk TEU contents list (see equivalences.txt); paragraph 2 written from memory, its substance checked against a third-party German text (de.frwiki.wiki, \"Artikel 6 des Vertrags über die Europäische Union\") and against Art. 218(6)(a)(ii) and (8) TFEU"
  celex "12016M006"
  text-status unverified
  succeeds TEU-1997 6
  note "Paragraphs 1 (the Charter) and 3 (fundamental rights as general principles) are left out: no English wording was found."

  paragraph 2 {
    text """
      The Union shall accede to the European Convention for the Protection of Human Rights and Fundamental Freedoms. Such accession shall not affect the Union's competences as defined in the Treaties.
    """
    empowers union by accession-to-convention to accede ECHR
    note "Before 1 December 2009 the Community had no competence to accede (Opinion 2/94 of 28 March 1996); this paragraph gives the Union the power, and the duty. The agreement must preserve the specific characteristics of the Union and of Union law (Protocol No 8) and the Court's exclusive jurisdiction (Art. 344 TFEU); the draft agreement of 2013 did not (Opinion 2/13 of 18 December 2014)."
  }
}

article TEU 9 "Equality and citizenship of the Union" {
  source "europadatenbank.iaaeu.de, legal act 337 (third-party); Springer commentary heading"
  celex "12016M009"
  text-status third-party
  equivalent TFEU 20(1)

  text """
    In all its activities, the Union shall observe the principle of the equality of its citizens, who shall receive equal attention from its institutions, bodies, offices and agencies. Every national of a Member State shall be a citizen of the Union. Citizenship of the Union shall be additional to and not replace national citizenship.
  """
  defines union-citizen as holds-nationality(member-state)
}

article TEU 14 "The European Parliament" {
  source "Written from memory; backed in substance by European Council Decision (EU) 2018/937, recital 1 (a paraphrase)"
  celex "12016M014"
  text-status unverified
  note "Only paragraph 2 is in the corpus."

  paragraph 2 {
    text """
      The European Parliament shall be composed of representatives of the Union's citizens. They shall not exceed seven hundred and fifty in number, plus the President. Representation of citizens shall be degressively proportional, with a minimum threshold of six members per Member State. No Member State shall be allocated more than ninety-six seats.
      The European Council shall adopt by unanimity, on the initiative of the European Parliament and with its consent, a decision establishing the composition of the European Parliament, respecting the principles referred to in the first subparagraph.
    """
    note "Parliament represents the Union's citizens: a Union-wide vote for others changes whom it represents."
  }
}

article TEU 48 "Amendment of the Treaties" {
  source "EUR-Lex 12008M048, OJ C 115, 9.5.2008, up to \"the mone\" in paragraph 3; the rest written from memory"
  journal "OJ C 115, 9.5.2008, p. 41"
  celex "12016M048"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12008M048"
  text-status partly-verified
  succeeds TEU-1997 48
  note "Paragraph 3 is left out: its verified wording breaks off mid-word. The headings \"Ordinary revision procedure\" and \"Simplified revision procedures\" are not part of any paragraph."

  paragraph 1 {
    text-status official
    text """
      The Treaties may be amended in accordance with an ordinary revision procedure. They may also be amended in accordance with simplified revision procedures.
    """
  }
  paragraph 2 {
    text-status official
    text """
      The Government of any Member State, the European Parliament or the Commission may submit to the Council proposals for the amendment of the Treaties. These proposals may, inter alia, serve either to increase or to reduce the competences conferred on the Union in the Treaties. These proposals shall be submitted to the European Council by the Council and the national Parliaments shall be notified.
    """
  }
  paragraph 4 {
    text-status unverified
    text """
      A conference of representatives of the governments of the Member States shall be convened by the President of the Council for the purpose of determining by common accord the amendments to be made to the Treaties.
      The amendments shall enter into force after being ratified by all the Member States in accordance with their respective constitutional requirements.
    """
    amends [TEU, TFEU] by treaty-revision
  }
  paragraph 5 {
    text-status unverified
    text """
      If, two years after the signature of a treaty amending the Treaties, four fifths of the Member States have ratified it and one or more Member States have encountered difficulties in proceeding with ratification, the matter shall be referred to the European Council.
    """
  }
}

article TEU 49 "Accession" {
  source "First paragraph: Blanke/Mangiameli (eds.), The Treaty on European Union - A Commentary (Springer 2013), chapter heading; second paragraph: sayyes2europe.eu and lisbon-treaty.org (weak witnesses)"
  celex "12016M049"
  text-status third-party
  succeeds TEU-1997 49

  text """
    Any European State which respects the values referred to in Article 2 and is committed to promoting them may apply to become a member of the Union. The European Parliament and national Parliaments shall be notified of this application. The applicant State shall address its application to the Council, which shall act unanimously after consulting the Commission and after receiving the consent of the European Parliament, which shall act by a majority of its component members. The conditions of eligibility agreed upon by the European Council shall be taken into account.
    The conditions of admission and the adjustments to the Treaties on which the Union is founded, which such admission entails, shall be the subject of an agreement between the Member States and the applicant State. This agreement shall be submitted for ratification by all the contracting States in accordance with their respective constitutional requirements.
  """
}

article TEU 50 "Withdrawal from the Union" {
  source "algoodbody.com (a law firm's page quoting \"the exact text\"; third-party); same text at vene.co.za"
  celex "12016M050"
  text-status third-party

  paragraph 1 {
    text """
      Any Member State may decide to withdraw from the Union in accordance with its own constitutional requirements.
    """
  }
  paragraph 2 {
    text """
      A Member State which decides to withdraw shall notify the European Council of its intention. In the light of the guidelines provided by the European Council, the Union shall negotiate and conclude an agreement with that State, setting out the arrangements for its withdrawal, taking account of the framework for its future relationship with the Union. That agreement shall be negotiated in accordance with Article 218(3) of the Treaty on the Functioning of the European Union. It shall be concluded on behalf of the Union by the Council, acting by a qualified majority, after obtaining the consent of the European Parliament.
    """
    empowers union by withdrawal-agreement to grant [reside-in-host-state, permanent-residence, equal-treatment-work, equal-treatment-nationality, social-assistance, social-security-coordination, healthcare-cover] to any person where national-of-withdrawing-state, resided-before-withdrawal
    empowers union by withdrawal-agreement to grant [reside-in-host-state, permanent-residence, equal-treatment-work, equal-treatment-nationality, social-assistance, social-security-coordination, healthcare-cover] to union-citizen where resides-in-withdrawing-state, resided-before-withdrawal
    note "The \"arrangements for its withdrawal\" include the rights of the persons the withdrawal affects: the withdrawing State's nationals who live in another Member State, and Union citizens who live in the withdrawing State, as Part Two of the 2020 agreement with the United Kingdom shows. They keep what they had, where they live; the power does not reach free movement for the future, the vote, or anyone who moves afterwards (a transition period during which Union law goes on applying is a separate arrangement of the agreement). Open only until the Treaties cease to apply to the State (paragraph 3); afterwards only Art. 217 and 218 TFEU remain."
  }
  paragraph 3 {
    text """
      The Treaties shall cease to apply to the State in question from the date of entry into force of the withdrawal agreement or, failing that, two years after the notification referred to in paragraph 2, unless the European Council, in agreement with the Member State concerned, unanimously decides to extend this period.
    """
  }
  paragraph 4 {
    text """
      For the purposes of paragraphs 2 and 3, the member of the European Council or of the Council representing the withdrawing Member State shall not participate in the discussions of the European Council or Council or in decisions concerning it.
      A qualified majority shall be defined in accordance with Article 238(3)(b) of the Treaty on the Functioning of the European Union.
    """
  }
  paragraph 5 {
    text """
      If a State which has withdrawn from the Union asks to rejoin, its request shall be subject to the procedure referred to in Article 49.
    """
  }
}
