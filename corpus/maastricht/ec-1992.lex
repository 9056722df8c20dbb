# The EC Treaty as amended by the Treaty on European Union (Maastricht).
# Wording from the reference text maastricht-ec-1992.txt, which names the
# source of every article; "GUTENBERG-686" is Project Gutenberg EBook #686, a
# third-party transcription of the TEU as signed (Article G quotes the new EC
# articles in full).

instrument EC-1992 "Treaty establishing the European Community (as amended at Maastricht)" {
  kind treaty
  journal "OJ C 224, 31.8.1992, p. 1"
  celex "11992E"
  url "https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A1199200000000"
  signed 1992-02-07
  in-force 1993-11-01 until 1999-04-30
}

article EC-1992 6 "Non-discrimination on grounds of nationality" {
  source "No text in the reference texts; the number and place are from Article G, point 8, of GUTENBERG-686 (\"Article 7 shall become Article 6\")"
  celex "11992E006"
  text-status missing
  confers equal-treatment-nationality on union-citizen where in-cross-border-situation
  note "Art. 6 EC (Maastricht; Art. 7 EEC before): \"Within the scope of application of this Treaty ... any discrimination on grounds of nationality shall be prohibited\", the same rule as Art. 18 TFEU, with the same scope: not situations confined in all respects within one Member State (C-64/96 Uecker and Jacquet). Its second paragraph (rules under the cooperation procedure of Art. 189c) only facilitates and is not modelled (audit M9)."
}

# ─── Part Two: Citizenship of the Union ────────────────────────────────────

article EC-1992 8 "Citizenship of the Union" {
  source "EUR-Lex 11992E008, codified version, OJ C 224, 31.8.1992, p. 10"
  journal "OJ C 224, 31.8.1992, p. 10"
  celex "11992E008"
  url "https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A11992E008"
  text-status official

  paragraph 1 {
    text """
      Citizenship of the Union is hereby established.
      Every person holding the nationality of a Member State shall be a citizen of the Union.
    """
    defines union-citizen as holds-nationality(member-state)
    defines third-country-national as not union-citizen
    note "A third-country national is whoever is not a citizen of the Union: the Treaties use the term as the complement of citizenship (Title IV EC from Amsterdam, Art. 67(2) TFEU), and Directive 2003/109 (Art. 2(a)) and later acts define it so, by reference to this paragraph and its successors. The definition is attached here, where citizenship is defined, so that it holds from 1993-11-01 and not only from the directive (issue 14, item 6)."
  }
  paragraph 2 {
    text """
      Citizens of the Union shall enjoy the rights conferred by this Treaty and shall be subject to the duties imposed thereby.
    """
  }
}

article EC-1992 8a {
  source "GUTENBERG-686, Article G, point C (third-party transcription of the TEU as signed)"
  celex "11992E008A"
  text-status third-party
  note "Paragraph 2 follows the source, which has no \"and\" before \"after obtaining\"; the official German text has one. Check the English OJ before quoting that phrase."

  paragraph 1 {
    text """
      Every citizen of the Union shall have the right to move and reside freely within the territory of the Member States, subject to the limitations and conditions laid down in this Treaty and by the measures adopted to give it effect.
    """
    confers move-and-reside on union-citizen
  }
  paragraph 2 {
    text """
      The Council may adopt provisions with a view to facilitating the exercise of the rights referred to in paragraph 1; save as otherwise provided in this Treaty, the Council shall act unanimously on a proposal from the Commission after obtaining the assent of the European Parliament.
    """
    empowers council by council-unanimity to facilitate [move-and-reside] to [union-citizen]
  }
}

article EC-1992 8b {
  source "GUTENBERG-686, Article G, point C (third-party transcription of the TEU as signed)"
  celex "11992E008B"
  text-status third-party
  note "The source prints \"Article 1 38(3)\"; the stray space is removed."

  paragraph 1 {
    text """
      Every citizen of the Union residing in a Member State of which he is not a national shall have the right to vote and to stand as a candidate at municipal elections in the Member State in which he resides, under the same conditions as nationals of that State. This right shall be exercised subject to detailed arrangements to be adopted before 31 December 1994 by the Council, acting unanimously, on a proposal from the Commission and after consulting the European Parliament; these arrangements may provide for derogations where warranted by problems specific to a Member State.
    """
    confers vote-municipal on union-citizen where resides-in(other-member-state)
    empowers council by council-unanimity to facilitate [vote-municipal] to [union-citizen]
  }
  paragraph 2 {
    text """
      Without prejudice to Article 138(3) and to the provisions adopted for its implementation, every citizen of the Union residing in a Member State of which he is not a national shall have the right to vote and to stand as a candidate in elections to the European Parliament in the Member State in which he resides, under the same conditions as nationals of that State. This right shall be exercised subject to detailed arrangements to be adopted before 31 December 1993 by the Council, acting unanimously on a proposal from the Commission and after consulting the European Parliament; these arrangements may provide for derogations where warranted by problems specific to a Member State.
    """
    confers vote-ep on union-citizen where resides-in(other-member-state)
    empowers council by council-unanimity to facilitate [vote-ep] to [union-citizen]
  }
}

article EC-1992 8c {
  source "GUTENBERG-686, Article G, point C (third-party); the official French text (EUR-Lex 11992E008C, OJ C 224, 31.8.1992, p. 11) has the same structure"
  celex "11992E008C"
  text-status third-party

  text """
    Every citizen of the Union shall, in the territory of a third country in which the Member State of which he is a national is not represented, be entitled to protection by the diplomatic or consular authorities of any Member State, on the same conditions as the nationals of that State. Before 31 December 1993, Member States shall establish the necessary rules among themselves and start the international negotiations required to secure this protection.
  """
  confers consular-protection on union-citizen where unrepresented-in-third-country
  note "Protection is due only \"in the territory of a third country in which the Member State of which he is a national is not represented\" (audit M3)."
}

article EC-1992 8d {
  source "GUTENBERG-686, Article G, point C (third-party); backed by the verified Nice text of Art. 21 TEC"
  celex "11992E008D"
  text-status third-party

  text """
    Every citizen of the Union shall have the right to petition the European Parliament in accordance with Article 138d.
    Every citizen of the Union may apply to the Ombudsman established in accordance with Article 138e.
  """
  confers [petition-ep, apply-ombudsman] on union-citizen
}

article EC-1992 8e {
  source "GUTENBERG-686, Article G, point C (third-party); structure checked against the official Dutch text, OJ C 191, 29.7.1992, p. 7"
  celex "11992E008E"
  text-status third-party

  text """
    The Commission shall report to the European Parliament, to the Council and to the Economic and Social Committee before 31 December 1993 and then every three years on the application of the provisions of this Part. This report shall take account of the development of the Union.
    On this basis, and without prejudice to the other provisions of this Treaty, the Council, acting unanimously on a proposal from the Commission and after consulting the European Parliament, may adopt provisions to strengthen or to add to the rights laid down in this Part, which it shall recommend to the Member States for adoption in accordance with their respective constitutional requirements.
  """
  empowers council by citizenship-rights-procedure-ec to grant any right to [union-citizen]
  note "Unanimity after consulting the Parliament, then adoption by the Member States: the Parliament's consent came only with Art. 25 TFEU (audit M1). \"any right\": the article lets the Council strengthen or add to the rights laid down in this Part, whatever they are, but only for citizens of the Union; it cannot make anyone a citizen."
}

# ─── Part Three: workers ───────────────────────────────────────────────────

article EC-1992 48 "Freedom of movement for workers" {
  source "EUR-Lex 11957E048 (the 1957 wording, left unchanged at Maastricht per GUTENBERG-686), stored in capitals; sentence case put in by the compiler of the reference texts, words and punctuation unchanged"
  celex "11957E048"
  url "https://eur-lex.europa.eu/legal-content/SL/AUTO/?uri=CELEX%3A11957E048"
  text-status derived

  paragraph 1 {
    text """
      Freedom of movement for workers shall be secured within the Community by the end of the transitional period at the latest.
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
      (a) to accept offers of employment actually made;
      (b) to move freely within the territory of Member States for this purpose;
      (c) to stay in a Member State for the purpose of employment in accordance with the provisions governing the employment of nationals of that State laid down by law, regulation or administrative action;
      (d) to remain in the territory of a Member State after having been employed in that State, subject to conditions which shall be embodied in implementing regulations to be drawn up by the Commission.
    """
    confers move-for-work on union-citizen unless employed-in-public-service
  }
  paragraph 4 {
    text """
      The provisions of this Article shall not apply to employment in the public service.
    """
  }
}

article EC-1992 51 "Social security for migrant workers" {
  source "Written from memory (the 1957 EEC text, unchanged at Maastricht); backed by the verified Amsterdam Art. 42 TEC and the official Italian 1957 text"
  celex "11957E051"
  text-status unverified

  text """
    The Council shall, acting unanimously on a proposal from the Commission, adopt such measures in the field of social security as are necessary to provide freedom of movement for workers; to this end, it shall make arrangements to secure for migrant workers and their dependants:
    (a) aggregation, for the purpose of acquiring and retaining the right to benefit and of calculating the amount of benefit, of all periods taken into account under the laws of the several countries;
    (b) payment of benefits to persons resident in the territories of Member States.
  """
  empowers council by council-unanimity to grant [social-security-coordination, healthcare-cover] to [union-citizen] where works-in(other-member-state)
}

# ─── Part Five: the European Parliament ────────────────────────────────────

article EC-1992 138 "The European Parliament: elections" {
  source "Paragraph 3 only: GUTENBERG-686, Article G, point 40 (third-party)"
  text-status third-party
  note "Only paragraph 3, as replaced at Maastricht, is in the corpus. The source doubles \"in accordance\"; written once. \"provision\" (singular) is the source's word and may be a slip: check the OJ before quoting it."

  paragraph 3 {
    text """
      The European Parliament shall draw up proposals for elections by direct universal suffrage in accordance with a uniform procedure in all Member States.
      The Council shall, acting unanimously after obtaining the assent of the European Parliament, which shall act by a majority of its component members, lay down the appropriate provision, which it shall recommend to Member States for adoption in accordance with their respective constitutional requirements.
    """
  }
}

article EC-1992 138d "Right of petition" {
  source "EUR-Lex 11992E138D, OJ C 224, 31.8.1992, p. 56, as quoted in the reference texts under Art. 8d"
  journal "OJ C 224, 31.8.1992, p. 56"
  celex "11992E138D"
  url "https://eur-lex.europa.eu/legal-content/LT/ALL/?uri=CELEX%3A11992E138D"
  text-status official
  note "\"other citizen or persons\" [sic], as printed on the stored EUR-Lex page."

  text """
    Any citizen of the Union, and any natural or legal person residing or having its registered office in a Member State, shall have the right to address, individually or in association with other citizen or persons, a petition to the European Parliament on a matter which comes within the Community's fields of activity and which affects him, her or it directly.
  """
  confers petition-ep on [union-citizen, resident-persons]
}

article EC-1992 138e "The Ombudsman" {
  source "No text in the reference texts; the article is named in Art. 8d"
  celex "11992E138E"
  text-status missing
  confers apply-ombudsman on [union-citizen, resident-persons]
}

# ─── Part Six: agreements ──────────────────────────────────────────────────

article EC-1992 228 "Conclusion of agreements" {
  source "GUTENBERG-686, Article G, point 80 (third-party); paragraph 1, first subparagraph, also matches the official Nice Art. 300(1) but for -ize/-ise spellings"
  celex "11992E228"
  text-status third-party

  paragraph 1 {
    text """
      Where this Treaty provides for the conclusion of agreements between the Community and one or more States or international organizations, the Commission shall make recommendations to the Council, which shall authorize the Commission to open the necessary negotiations. The Commission shall conduct these negotiations in consultation with special committees appointed by the Council to assist it in this task and within the framework of such directives as the Council may issue to it.
      In exercising the powers conferred upon it by this paragraph, the Council shall act by a qualified majority, except in the cases provided for in the second sentence of paragraph 2, for which it shall act unanimously.
    """
  }
  paragraph 2 {
    text """
      Subject to the powers vested in the Commission in this field, the agreements shall be concluded by the Council, acting by a qualified majority on a proposal from the Commission. The Council shall act unanimously when the agreement covers a field for which unanimity is required for the adoption of internal rules, and for the agreements referred to in Article 238.
    """
  }
  paragraph 3 {
    text """
      The Council shall conclude agreements after consulting the European Parliament, except for the agreements referred to in Article 113(3), including cases where the agreement covers a field for which the procedure referred to in Article 189b or that referred to in Article 189c is required for the adoption of internal rules. The European Parliament shall deliver its opinion within a time limit which the Council may lay down according to the urgency of the matter. In the absence of an opinion within that time limit, the Council may act.
      By way of derogation from the previous subparagraph, agreements referred to in Article 238, other agreements establishing a specific institutional framework by organizing co-operation procedures, agreements having important budgetary implications for the Community and agreements entailing amendment of an act adopted under the procedure referred to in Article 189b shall be concluded after the assent of the European Parliament has been obtained.
      The Council and the European Parliament may, in an urgent situation, agree upon a time limit for the assent.
    """
  }
  paragraph 4 {
    text """
      When concluding an agreement, the Council may, by way of derogation from paragraph 2, authorize the Commission to approve modifications on behalf of the Community where the agreement provides for them to be adopted by a simplified procedure or by a body set up by the agreement; it may attach specific conditions to such authorization.
    """
  }
  paragraph 5 {
    text """
      When the Council envisages concluding an agreement which calls for amendments to this Treaty, the amendments must first be adopted in accordance with the procedure laid down in Article N of the Treaty on European Union.
    """
  }
  paragraph 6 {
    text """
      The Council, the Commission or a Member State may obtain the opinion of the Court of Justice as to whether an agreement envisaged is compatible with the provisions of this Treaty. Where the opinion of the Court of Justice is adverse, the agreement may enter into force only in accordance with Article N of the Treaty on European Union.
    """
  }
  paragraph 7 {
    text """
      Agreements concluded under the conditions set out in this Article shall be binding on the institutions of the Community and on Member States.
    """
  }
}

article EC-1992 238 "Association agreements" {
  source "GUTENBERG-686, Article G, point 84 (third-party; misprinted there as \"Article 328\")"
  celex "11992E238"
  text-status third-party
  note "\"states\" in lower case and \"special procedures\" in the plural are the source's words; the later Art. 310 TEC has \"States\" and \"special procedure\"."

  text """
    The Community may conclude with one or more states or international organizations agreements establishing an association involving reciprocal rights and obligations, common action and special procedures.
  """
  empowers union by association-agreement to grant [move-and-reside, reside-in-host-state, move-for-work, equal-treatment-work, admission-for-work, social-security-coordination, healthcare-cover, equal-treatment-nationality, social-assistance] to [third-country-national]
  note "An association gives a third State's nationals what the Community can give them within its own powers: entry and residence, access to work and equal treatment at work, coordination of social security and equal treatment (as the agreements with Turkey, the EEA and Switzerland did). It cannot give the rights the Treaty keeps for citizens of the Union: the vote in European Parliament and municipal elections, consular protection, the citizens' petition and Ombudsman rights (Art. 8 to 8e); an agreement that needs them must first amend the Treaty (Art. 228(5)). The municipal vote of non-citizens is, besides, a national matter (issue 14, item 7)."
}

article EC-1992 3b "Conferral, subsidiarity and proportionality" {
  source "Written from memory: the first paragraph of Art. 3b EC as inserted by the Treaty of Maastricht; the reference texts name the article (TEU-1992 B) but do not quote it"
  text-status unverified
  paragraph 1 {
    text """
      The Community shall act within the limits of the powers conferred upon it by this Treaty and of the objectives assigned to it therein.
    """
    empowers each-member-state by national-legislation to grant [vote-municipal] to third-country-national where resides-in(member-state)
    note "What the Treaty does not confer on the Community stays with the Member States: the municipal franchise of persons who are not Union citizens is one such matter (Art. 8b(1) and Directive 94/80 concern citizens only). Succeeded by Art. 5 EC (Amsterdam) and Art. 5(2) TEU."
  }
}
