# The EEC Treaty as it stood between the Single European Act and Maastricht
# (1 July 1987 to 31 October 1993): the law against which anything decided
# before the Treaty on European Union is judged, Maastricht's own changes
# included.
#
# Where the wording comes from: no English copy of the 1987 consolidated text
# was found in the stored pages. EUR-Lex holds the 1957 wording article by
# article (CELEX 11957Exxx, printed in capitals); the Single European Act's
# amendments were seen only in a Russian translation (docs.cntd.ru). Each
# article says what was read: `third-party` with a `url` is a non-official
# copy of these words that was actually read; `unverified` is written from
# memory and must not be quoted as verbatim until checked against the 1987
# edition "Treaties establishing the European Communities" (Office for
# Official Publications, 1987, brought up to date as at 1 July 1987).
#
# There is no citizenship of the Union before 1 November 1993: the persons
# the Treaty protects are the nationals of the Member States, described by
# the group `member-state-nationals` (holds-nationality(member-state)).
# Nothing in this file defines `union-citizen`.
#
# The Treaty called the Parliament "the Assembly"; the Single European Act
# used "the European Parliament" in the provisions it wrote. The actor is
# `european-parliament` throughout. The Community's external powers are
# written with the actor `union`, as for the later association articles:
# the Union took over the Community's agreements.

instrument EEC "Treaty establishing the European Economic Community (as amended by the Single European Act)" {
  kind treaty
  journal "OJ L 169, 29.6.1987, p. 1 (Single European Act)"
  celex "11957E"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:11957E/TXT"
  signed 1957-03-25
  in-force 1987-07-01 until 1993-10-31
  note "The journal is that of the Single European Act (signed 17 and 28 February 1986, in force 1 July 1987), the last amendment before Maastricht; EUR-Lex says of the EEC Treaty itself \"(EEC Treaty - no official publication available)\" (e.g. at 12002E300). Signed in Rome on 25 March 1957, in force 1 January 1958; this instrument is only its 1987-1993 version. The era ends the day before the EC Treaty as amended at Maastricht (EC-1992) enters into force."
}

# ─── Part One: Principles ──────────────────────────────────────────────────

article EEC 7 "Non-discrimination on grounds of nationality" {
  source "First paragraph: Grahnlaw's quotation of Art. 12 EC (Amsterdam), whose first paragraph kept the 1957 wording (renumbered Art. 6 at Maastricht, Art. G point 8; the Dutch 1957 and 2002 texts on denederlandsegrondwet.nl are identical). Second paragraph: from memory"
  celex "11957E007"
  text-status unverified
  note "The Single European Act (Art. 6(2)) replaced \"after consulting the Assembly\" in the second paragraph by \"in cooperation with the European Parliament\": seen only in a Russian translation (docs.cntd.ru/document/901771690); the English words of the second paragraph are from memory. The French 1957 text (fr.wikisource, Traité instituant la CEE, p. 21) has the same structure."

  subparagraph 1 {
    text-status third-party
    url "https://grahnlaw.blogspot.com/2007/05/discrimination-of-eu-nationals-one-of.html"
    text """
      Within the scope of application of this Treaty, and without prejudice to any special provisions contained therein, any discrimination on grounds of nationality shall be prohibited.
    """
    confers equal-treatment-nationality on member-state-nationals
    note "Within the scope of application of the Treaty only: before Maastricht that scope was the economic Community (workers, establishment, services, and what the Court brought within it, such as vocational training)."
  }
  subparagraph 2 {
    text """
      The Council may, on a proposal from the Commission and in cooperation with the European Parliament, adopt, by a qualified majority, rules designed to prohibit such discrimination.
    """
    empowers council by cooperation-procedure to facilitate [equal-treatment-nationality] to [member-state-nationals]
  }
}

article EEC 8a "The internal market" {
  source "Inserted by the Single European Act (Art. 13, from memory). Read as Art. 7a of the EC Treaty as amended at Maastricht (muqatel.com copy), which renumbered it (GUTENBERG-686, Art. G point 9) and changed its references to Arts 8b and 8c into 7b and 7c"
  celex "11957E008A"
  text-status unverified
  note "No right is attached: the Article sets an objective and a date, and names the legal bases that serve it. Free movement of persons in the internal market is given effect by the measures adopted under those bases."

  subparagraph 1 {
    text """
      The Community shall adopt measures with the aim of progressively establishing the internal market over a period expiring on 31 December 1992, in accordance with the provisions of this Article and of Articles 8b, 8c, 28, 57(2), 59, 70(1), 84, 99, 100a and 100b and without prejudice to the other provisions of this Treaty.
    """
    note "Unverified: the source prints the Maastricht numbers \"7b, 7c\"; \"8b, 8c\" is the compiler's restoration of the pre-Maastricht references."
  }
  subparagraph 2 {
    text-status third-party
    url "http://www.muqatel.com/openshare/Wthaek/Molhak/MalahekEro/EMalahekEroup3_1-6.htm_cvt.htm"
    text """
      The internal market shall comprise an area without internal frontiers in which the free movement of goods, persons, services and capital is ensured in accordance with the provisions of this Treaty.
    """
    note "The source prints \"in. accordance\"; the stray full stop is removed. The subparagraph was left unchanged at Maastricht, which only renumbered the Article."
  }
}

# ─── Part Two, Title III, Chapter 1: Workers ───────────────────────────────

article EEC 48 "Freedom of movement for workers" {
  source "EUR-Lex 11957E048 (the 1957 wording, unchanged by the Single European Act and at Maastricht), stored in capitals; sentence case put in by the compiler of the reference texts, words and punctuation unchanged"
  celex "11957E048"
  url "https://eur-lex.europa.eu/legal-content/SL/AUTO/?uri=CELEX%3A11957E048"
  text-status derived
  note "The same words as EC-1992 48 (the reference text maastricht-ec-1992.txt). The transitional period ended on 31 December 1969: in 1987-1993 the freedom was in force and directly effective."

  paragraph 1 {
    text """
      Freedom of movement for workers shall be secured within the Community by the end of the transitional period at the latest.
    """
  }
  paragraph 2 {
    text """
      Such freedom of movement shall entail the abolition of any discrimination based on nationality between workers of the Member States as regards employment, remuneration and other conditions of work and employment.
    """
    confers equal-treatment-work on member-state-nationals where works-in(other-member-state)
  }
  paragraph 3 {
    text """
      It shall entail the right, subject to limitations justified on grounds of public policy, public security or public health:
      (a) to accept offers of employment actually made;
      (b) to move freely within the territory of Member States for this purpose;
      (c) to stay in a Member State for the purpose of employment in accordance with the provisions governing the employment of nationals of that State laid down by law, regulation or administrative action;
      (d) to remain in the territory of a Member State after having been employed in that State, subject to conditions which shall be embodied in implementing regulations to be drawn up by the Commission.
    """
    confers move-for-work on member-state-nationals unless employed-in-public-service
  }
  paragraph 4 {
    text """
      The provisions of this Article shall not apply to employment in the public service.
    """
  }
}

article EEC 49 "Measures to bring about freedom of movement for workers" {
  source "The 1957 lead-in is on EUR-Lex 11957E049 (capitals); the words put in by Art. 6(3) of the Single European Act were seen only in a Russian translation (docs.cntd.ru/document/901771692, Art. 49, footnote \"first sentence amended by Art. 6(3) SEA\"); the English below is from memory"
  celex "11957E049"
  text-status unverified
  note "Only the lead-in is in the corpus; points (a) to (d) (cooperation between employment services, abolition of qualifying periods and restrictions, machinery to match offers and applications) are on EUR-Lex 11957E049 in the 1957 wording and were left out. Regulation (EEC) No 1612/68 on freedom of movement for workers was adopted under this Article (its title is in the stored pages; its basis is from memory)."

  text """
    As soon as this Treaty enters into force, the Council shall, acting by a qualified majority on a proposal from the Commission, in cooperation with the European Parliament and after consulting the Economic and Social Committee, issue directives or make regulations setting out the measures required to bring about, by progressive stages, freedom of movement for workers, as defined in Article 48, in particular:
  """
  empowers council by cooperation-procedure to grant [move-for-work, equal-treatment-work] to [member-state-nationals]
  note "A legal basis for the workers' freedom as Art. 48 defines it, and for nothing wider: the grant reaches only the nationals of the Member States and only the rights of workers."
}

article EEC 51 "Social security for migrant workers" {
  source "Written from memory (the 1957 wording, unchanged until Amsterdam); the same words as EC-1992 51. Backed by the third-party copy of Art. 42 TEC on europadatenbank.iaaeu.de (the same words but for the procedure) and by the official Italian and Dutch 1957 texts (EUR-Lex 11957E051 IT; eumonitor.nl)"
  celex "11957E051"
  text-status unverified

  text """
    The Council shall, acting unanimously on a proposal from the Commission, adopt such measures in the field of social security as are necessary to provide freedom of movement for workers; to this end, it shall make arrangements to secure for migrant workers and their dependants:
    (a) aggregation, for the purpose of acquiring and retaining the right to benefit and of calculating the amount of benefit, of all periods taken into account under the laws of the several countries;
    (b) payment of benefits to persons resident in the territories of Member States.
  """
  empowers council by council-unanimity to grant [social-security-coordination, healthcare-cover] to [member-state-nationals] where works-in(other-member-state)
  note "Unlike the council-unanimity procedure's steps, this Article does not require the Parliament to be consulted."
}

# ─── Part Three: approximation of laws ─────────────────────────────────────

article EEC 100 "Approximation of laws" {
  source "Written from memory; structure checked against the French 1957 text (fr.wikisource, Traité instituant la CEE, p. 86) and the Dutch 1957 text (denederlandsegrondwet.nl, Artikel 100)"
  celex "11957E100"
  text-status unverified
  note "No statement is attached: the Article is a legal basis for directives approximating national provisions that directly affect the common market, not for giving rights to a class of persons. The Single European Act added Art. 100a (qualified majority, cooperation procedure) for the internal market, but excluded from it the provisions \"relating to the free movement of persons\" (from memory), which stayed under unanimity."

  subparagraph 1 {
    text """
      The Council shall, acting unanimously on a proposal from the Commission, issue directives for the approximation of such provisions laid down by law, regulation or administrative action in Member States as directly affect the establishment or functioning of the common market.
    """
  }
  subparagraph 2 {
    text """
      The Assembly and the Economic and Social Committee shall be consulted in the case of directives whose implementation would, in one or more Member States, involve the amendment of legislation.
    """
  }
}

# ─── Part Five: the institutions ───────────────────────────────────────────

article EEC 138 "The Assembly: elections" {
  source "Paragraph 3 only, as quoted from \"the founding Treaties\" on wordscope.be (third-party); the Council sentence also matches Art. 21(3) ECSC as replaced in 1957 (muqatel.com copy)"
  celex "11957E138"
  text-status third-party
  url "http://www.wordscope.be/anglais/francais/council+shall+elect.html"
  note "Paragraphs 1 and 2 (delegates designated by the national parliaments; their number) lapsed when the Act of 20 September 1976 on direct elections took effect (from memory) and are left out. No statement is attached: the EEC Treaty gave nobody a right to vote in European Parliament elections in another Member State; who could vote was for national law under the 1976 Act. That right came with citizenship of the Union (EC-1992 8b(2))."

  paragraph 3 {
    text """
      The Assembly shall draw up proposals for elections by direct universal suffrage in accordance with a uniform procedure in all Member States.
      The Council shall, acting unanimously, lay down the appropriate provisions, which it shall recommend to Member States for adoption in accordance with their respective constitutional requirements.
    """
    note "The source quotes the first sentence from \"shall draw up\" after the words \"the Assembly\", and prints \"acting unanimously . lay down\"; the comma is restored from the ECSC text of the same provision. Check against the 1987 edition before quoting."
  }
}

article EEC 164 "The Court of Justice" {
  source "Third-party quotation (studymode.com essay) of Art. 220 EC (Amsterdam), which kept the 1957 wording of Art. 164 unchanged (renumbered only)"
  celex "11957E164"
  url "https://studymode.com/essays/The-European-Court-Of-Justice-And-290371.html"
  text-status third-party
  note "No statement is attached: the language has none for a court's task. The Court's reading of the Treaty binds every route: a measure the Court would hold contrary to the Treaty is not lawful whatever procedure adopts it."

  text """
    The Court of Justice shall ensure that in the interpretation and application of this Treaty the law is observed.
  """
}

# ─── Part Six: general and final provisions ────────────────────────────────

article EEC 219 "Settlement of disputes" {
  source "Written from memory; no copy of the English wording was found"
  celex "11957E219"
  text-status unverified
  note "The predecessor of Art. 292 EC (Amsterdam) and Art. 344 TFEU. No statement is attached: it forbids the Member States to submit disputes on the Treaty to any other method of settlement, a prohibition for a `forbids` statement once the vocabulary has a name for such a method (an arrangement), as for its successor Art. 344 TFEU."

  text """
    Member States undertake not to submit a dispute concerning the interpretation or application of this Treaty to any method of settlement other than those provided for therein.
  """
}

article EEC 228 "Conclusion of agreements" {
  source "Written from memory; structure checked against the official Italian 1957 text (Gazzetta Ufficiale, 23.12.1957, art. 228), the French (fr.wikisource, p. 158) and the Dutch (europa-nu.nl, Artikel 228)"
  celex "11957E228"
  text-status unverified
  note "The 1957 wording, unchanged until Maastricht replaced the Article (GUTENBERG-686, Art. G point 80). The procedure for an association agreement is in Art. 238 itself."

  paragraph 1 {
    text """
      Where this Treaty provides for the conclusion of agreements between the Community and one or more States or an international organisation, such agreements shall be negotiated by the Commission. Subject to the powers vested in the Commission in this field, such agreements shall be concluded by the Council, after consulting the Assembly where required by this Treaty.
      The Council, the Commission or a Member State may obtain beforehand the opinion of the Court of Justice as to whether an agreement envisaged is compatible with the provisions of this Treaty. Where the opinion of the Court of Justice is adverse, the agreement may enter into force only in accordance with Article 236.
    """
  }
  paragraph 2 {
    text """
      Agreements concluded under these conditions shall be binding on the institutions of the Community and on Member States.
    """
  }
}

article EEC 235 "Action where the Treaty has not provided the necessary powers" {
  source "Written from memory; structure checked against the Dutch 1957 text (denederlandsegrondwet.nl, Artikel 235) and the Swedish and Portuguese EUR-Lex pages of its successor (11997E308, 12002E308)"
  celex "11957E235"
  text-status unverified
  note "It cannot be used to amend the Treaty: it serves only the Community's objectives \"in the course of the operation of the common market\", and a measure that would change the Treaty needs Art. 236 (the Court said so of its successor, Art. 235 EC, in Opinion 2/94 of 28 March 1996 - from memory). The grant is therefore limited to the economic rights of the nationals of the Member States; the Council directives of 28 June 1990 on the right of residence of students, of retired persons and of persons with sufficient resources (90/364/EEC, 90/365/EEC, 90/366/EEC) were adopted on this basis (from memory; 90/366 was annulled in Case C-295/90 and re-adopted under Art. 7)."

  text """
    If action by the Community should prove necessary to attain, in the course of the operation of the common market, one of the objectives of the Community and this Treaty has not provided the necessary powers, the Council shall, acting unanimously on a proposal from the Commission and after consulting the Assembly, take the appropriate measures.
  """
  empowers council by council-unanimity to grant [move-and-reside, reside-in-host-state] to [member-state-nationals]
}

article EEC 236 "Amendment of the Treaty" {
  source "Written from memory; structure checked against the Dutch 1957 text (europa-nu.nl, Artikel 236) and a written answer in Dáil Éireann, 8 April 1992 (oireachtas.ie), which describes it; the wording is that of Art. N(1) TEU as signed at Maastricht (TEU-1992 N) but for \"this Treaty\" and the sentence on the European Central Bank"
  celex "11957E236"
  text-status unverified
  note "The pre-Maastricht procedure: a proposal from a government or the Commission; the Council, after consulting the Assembly (and where appropriate the Commission), delivers an opinion in favour of a conference; a conference of representatives of the governments determines the amendments by common accord; they enter into force after ratification by all the Member States. There was no European Council or Convention step as in the later Art. 48 TEU: the procedure treaty-revision describes the Lisbon steps, but its route, its common accord and its vetoes (every government and every Member State's ratification) are the same. The Single European Act and the Treaty on European Union were both made under this Article."

  text """
    The Government of any Member State or the Commission may submit to the Council proposals for the amendment of this Treaty.
    If the Council, after consulting the Assembly and, where appropriate, the Commission, delivers an opinion in favour of calling a conference of representatives of the Governments of the Member States, the conference shall be convened by the President of the Council for the purpose of determining by common accord the amendments to be made to this Treaty.
    The amendments shall enter into force after being ratified by all the Member States in accordance with their respective constitutional requirements.
  """
  amends [EEC] by treaty-revision
}

article EEC 238 "Association agreements" {
  source "Written from memory: the first and third paragraphs in the 1957 wording, the second as replaced by Art. 9 of the Single European Act; structure and content checked against a Russian translation of the 1987 text (docs.cntd.ru/document/901771692, Art. 238)"
  celex "11957E238"
  text-status unverified
  note "Before the Single European Act the Council concluded these agreements unanimously after consulting the Assembly; from 1 July 1987 the Parliament's assent was needed. Maastricht replaced the Article with its first paragraph only (\"one or more states or international organizations\") and moved the procedure to Art. 228."

  subparagraph 1 {
    text """
      The Community may conclude with a third State, a union of States or an international organisation agreements establishing an association involving reciprocal rights and obligations, common action and special procedures.
    """
    empowers union by eec-association-agreement to grant [admission-for-work, move-for-work, move-and-reside, reside-in-host-state, equal-treatment-work, equal-treatment-nationality, social-security-coordination, healthcare-cover] to [nationals-of-third-countries]
    note "What an association agreement can give a third country's nationals, as a class and reciprocally: entry, residence, work, equal treatment and social security (from memory: the EEC-Turkey association and its Association Council decisions; the EEA Agreement, signed on 2 May 1992 under this Article, gave EFTA nationals free movement). It cannot give a vote or a nationality: the Treaty has no right to vote to extend, and nationality is for each Member State."
  }
  subparagraph 2 {
    text """
      These agreements shall be concluded by the Council, acting unanimously and after receiving the assent of the European Parliament which shall act by an absolute majority of its component members.
    """
  }
  subparagraph 3 {
    text """
      Where such agreements call for amendments to this Treaty, these amendments shall first be adopted in accordance with the procedure laid down in Article 236.
    """
  }
}
