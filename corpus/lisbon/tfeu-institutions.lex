# TFEU, Part Six (institutional provisions): the European Parliament's
# electoral procedure (Art. 223(1)) and the Court of Justice's jurisdiction
# (Arts 267 and 344). None of them is in the reference texts.

article TFEU 223 "Election of the European Parliament" {
  source "Written from memory; structure and substance checked against the official Danish text (EUR-Lex 12016E223, OJ C 202, 7.6.2016, p. 149) and the EUR-Lex summary of the electoral procedure"
  celex "12016E223"
  text-status unverified
  note "Only paragraph 1 is recorded. Paragraph 1 takes over Art. 190(4) EC (Amsterdam), itself Art. 138(3) EC (Maastricht)."

  paragraph 1 {
    succeeds EC-1997 190
    text """
      The European Parliament shall draw up a proposal to lay down the provisions necessary for the election of its Members by direct universal suffrage in accordance with a uniform procedure in all Member States or in accordance with principles common to all Member States.
      The Council, acting unanimously in accordance with a special legislative procedure and after obtaining the consent of the European Parliament, which shall act by a majority of its component Members, shall lay down the necessary provisions. These provisions shall enter into force following their approval by the Member States in accordance with their respective constitutional requirements.
    """
    empowers council by electoral-procedure to facilitate [vote-ep] to [union-citizen]
    note "The provisions organise the election of the representatives of the Union's citizens (Art. 14(2) TEU); they set how citizens vote, not who else may. The 1976 Act (ACT-1976) is the provision in force; where it is silent, each Member State's law governs (its Art. 8)."
  }
}

article TFEU 267 "Preliminary rulings" {
  source "Third-party quotation of the whole article in a study mind map (goconqr.com); the same wording in a Stuvia student summary"
  url "https://www.goconqr.com/mindmap/769430/preliminary-references-art-267-tfeu"
  celex "12016E267"
  text-status third-party

  text """
    The Court of Justice of the European Union shall have jurisdiction to give preliminary rulings concerning:
    (a) the interpretation of the Treaties;
    (b) the validity and interpretation of acts of the institutions, bodies, offices or agencies of the Union;
    Where such a question is raised before any court or tribunal of a Member State, that court or tribunal may, if it considers that a decision on the question is necessary to enable it to give judgment, request the Court to give a ruling thereon.
    Where any such question is raised in a case pending before a court or tribunal of a Member State against whose decisions there is no judicial remedy under national law, that court or tribunal shall bring the matter before the Court.
    If such a question is raised in a case pending before a court or tribunal of a Member State with regard to a person in custody, the Court of Justice of the European Union shall act with the minimum of delay.
  """
  note "The keystone of the judicial system: a body that applies Union law but cannot refer questions to the Court (it is not \"a court or tribunal of a Member State\") takes Union law out of the Court's reach. That is the reason, with Art. 344, for the prohibition recorded at Art. 344 (Achmea, C-284/16, 6 March 2018)."
}

article TFEU 344 "Exclusive jurisdiction over disputes on the Treaties" {
  source "Written from memory; the substance is given in English by a commentary (th4.ilovetranslation.com copy of an analysis of Opinion 2/13) and the wording in German by the Linde commentary (linda.lindeverlag.at); the quotation at arbitrationlaw.com breaks off after \"Member States undert\""
  celex "12016E344"
  text-status unverified

  text """
    Member States undertake not to submit a dispute concerning the interpretation or application of the Treaties to any method of settlement other than those provided for therein.
  """
  forbids member-state to arrange [disputes-between-member-states-outside-union-courts]
  forbids member-state to arrange [intra-union-investor-state-arbitration]
  forbids union to arrange [binding-interpretation-of-union-law]
  note "The first prohibition is the words. The second is the Court's reading of Arts 267 and 344 together: an investor-State arbitration clause in an agreement between Member States takes disputes that may concern Union law away from the Union's courts and has an adverse effect on the autonomy of Union law (Achmea, C-284/16, 6 March 2018; Komstroy, C-741/19, 2 September 2021, for the Energy Charter Treaty between Member States). It does not reach arbitration between a Member State and an investor of a third country. The third is Opinion 2/13 (18 December 2014), paragraphs 201-214: an agreement the Union concludes must not leave Member States free to bring disputes on Union law before another tribunal, nor let another body bind the Union on the meaning of Union law (see TEU 19(1))."
}
