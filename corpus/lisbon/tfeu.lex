# The Treaty on the Functioning of the European Union (consolidated 2016).
# Wording from ../shared/reference/treaties/tfeu-2016.txt.

instrument TFEU "Treaty on the Functioning of the European Union" {
  kind treaty
  journal "OJ C 202, 7.6.2016, p. 47"
  celex "12016E/TXT"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12016E%2FTXT"
  signed 2007-12-13
  in-force 2009-12-01
}

article TFEU 20 {
  source "20(1) to 20(2)(b): scribd \"Articles 18-23 TFEU\" (third-party upload of the official text); points (a)-(d): nationalityandcitizenshiplaw.com (third-party)"
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
      confers consular-protection on union-citizen
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

article TFEU 21 {
  source "legislation.gov.uk copy of the EUR-Lex text, revised version dated 01/03/2020"
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
  }
}

article TFEU 22 {
  source "22(1): sciencegate.app snippet (third-party, mislabelled \"Article 19 EC\"); 22(2): written from memory"
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
  }
  paragraph 2 {
    text-status unverified
    text """
      Without prejudice to Article 223(1) and to the provisions adopted for its implementation, every citizen of the Union residing in a Member State of which he is not a national shall have the right to vote and to stand as a candidate in elections to the European Parliament in the Member State in which he resides, under the same conditions as nationals of that State. This right shall be exercised subject to detailed arrangements adopted by the Council, acting unanimously in accordance with a special legislative procedure and after consulting the European Parliament; these arrangements may provide for derogations where warranted by problems specific to a Member State.
    """
    confers vote-ep on union-citizen where resides-in(other-member-state)
  }
}

article TFEU 25 {
  source "Written from memory; structure checked against the official Romanian, Italian and Maltese texts (12016E025, 12012E025, 12008E025)"
  celex "12016E025"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A12016E025"
  text-status unverified

  text """
    The Commission shall report to the European Parliament, to the Council and to the Economic and Social Committee every three years on the application of the provisions of this Part. This report shall take account of the development of the Union.
    On this basis, and without prejudice to the other provisions of the Treaties, the Council, acting unanimously in accordance with a special legislative procedure and after obtaining the consent of the European Parliament, may adopt provisions to strengthen or to add to the rights listed in Article 20(2). These provisions shall enter into force after their approval by the Member States in accordance with their respective constitutional requirements.
  """
  empowers council by citizenship-rights-procedure to grant any right to [union-citizen]
}
