# More articles of the Charter of Fundamental Rights (2016 text): the rights
# the powers and limits of the corpus meet (private and family life, the
# child, good administration, the citizens' rights of Title V) and the
# Charter's field of application (Art. 51). The reference texts hold none of
# them: the wording is from the same third-party copy of the OJ C 202 (2016)
# text as Arts 39, 40 and 45, named with its address so that it is not taken
# for a reference text.

article CFR 7 "Respect for private and family life" {
  source "Third-party copy of the OJ C 202 (2016) text: GitHub repository pantrypoints/sp, content/en/research/constitutions/eu/part-2/title-2.md (commit c8896622feb1926c73224de2a24bc273f1d6977e)"
  url "https://github.com/pantrypoints/sp/blob/c8896622feb1926c73224de2a24bc273f1d6977e/content/en/research/constitutions/eu/part-2/title-2.md"
  celex "12016P007"
  text-status third-party

  text """
    Everyone has the right to respect for his or her private and family life, home and communications.
  """
  confers private-and-family-life on persons-within-union-law
  note "It corresponds to Art. 8 ECHR (Art. 52(3) CFR). Decisions ending a Union citizen's or a family member's residence must respect it: it is weighed in the proportionality of an expulsion (Directive 2004/38/EC, Art. 28(1))."
}

article CFR 24 "The rights of the child" {
  source "Third-party copy of the OJ C 202 (2016) text: GitHub repository pantrypoints/sp, content/en/research/constitutions/eu/part-2/title-3.md (commit c8896622feb1926c73224de2a24bc273f1d6977e)"
  url "https://github.com/pantrypoints/sp/blob/c8896622feb1926c73224de2a24bc273f1d6977e/content/en/research/constitutions/eu/part-2/title-3.md"
  celex "12016P024"
  text-status third-party

  paragraph 1 {
    text """
      Children shall have the right to such protection and care as is necessary for their well-being. They may express their views freely. Such views shall be taken into consideration on matters which concern them in accordance with their age and maturity.
    """
  }
  paragraph 2 {
    text """
      In all actions relating to children, whether taken by public authorities or private institutions, the child's best interests must be a primary consideration.
    """
    confers child-best-interests on persons-within-union-law where is-child
  }
  paragraph 3 {
    text """
      Every child shall have the right to maintain on a regular basis a personal relationship and direct contact with both his or her parents, unless that is contrary to his or her interests.
    """
  }
}

article CFR 41 "Right to good administration" {
  source "Third-party copy of the OJ C 202 (2016) text: GitHub repository pantrypoints/sp, content/en/research/constitutions/eu/part-2/title-5.md (commit c8896622feb1926c73224de2a24bc273f1d6977e); the page furniture of the OJ (\"C 202/402 ... 7.6.2016\") in the middle of paragraph 2 is left out"
  url "https://github.com/pantrypoints/sp/blob/c8896622feb1926c73224de2a24bc273f1d6977e/content/en/research/constitutions/eu/part-2/title-5.md"
  journal "OJ C 202, 7.6.2016, p. 401-402"
  celex "12016P041"
  text-status third-party

  paragraph 1 {
    text """
      Every person has the right to have his or her affairs handled impartially, fairly and within a reasonable time by the institutions, bodies, offices and agencies of the Union.
    """
    confers good-administration on persons-within-union-law
    note "Addressed to the Union's institutions, bodies, offices and agencies only; national authorities are bound by the general principle of good administration, not by this article."
  }
  paragraph 2 {
    text """
      This right includes:
      (a) the right of every person to be heard, before any individual measure which would affect him or her adversely is taken;
      (b) the right of every person to have access to his or her file, while respecting the legitimate interests of confidentiality and of professional and business secrecy;
      (c) the obligation of the administration to give reasons for its decisions.
    """
  }
  paragraph 3 {
    text """
      Every person has the right to have the Union make good any damage caused by its institutions or by its servants in the performance of their duties, in accordance with the general principles common to the laws of the Member States.
    """
  }
  paragraph 4 {
    text """
      Every person may write to the institutions of the Union in one of the languages of the Treaties and must have an answer in the same language.
    """
  }
}

article CFR 42 "Right of access to documents" {
  source "Third-party copy of the OJ C 202 (2016) text: GitHub repository pantrypoints/sp, content/en/research/constitutions/eu/part-2/title-5.md (commit c8896622feb1926c73224de2a24bc273f1d6977e)"
  url "https://github.com/pantrypoints/sp/blob/c8896622feb1926c73224de2a24bc273f1d6977e/content/en/research/constitutions/eu/part-2/title-5.md"
  journal "OJ C 202, 7.6.2016, p. 402"
  celex "12016P042"
  text-status third-party

  text """
    Any citizen of the Union, and any natural or legal person residing or having its registered office in a Member State, has a right of access to documents of the institutions, bodies, offices and agencies of the Union, whatever their medium.
  """
  confers access-to-documents on [union-citizen, resident-persons]
}

article CFR 43 "European Ombudsman" {
  source "Third-party copy of the OJ C 202 (2016) text: GitHub repository pantrypoints/sp, content/en/research/constitutions/eu/part-2/title-5.md (commit c8896622feb1926c73224de2a24bc273f1d6977e)"
  url "https://github.com/pantrypoints/sp/blob/c8896622feb1926c73224de2a24bc273f1d6977e/content/en/research/constitutions/eu/part-2/title-5.md"
  journal "OJ C 202, 7.6.2016, p. 402"
  celex "12016P043"
  text-status third-party
  equivalent TFEU 228

  text """
    Any citizen of the Union and any natural or legal person residing or having its registered office in a Member State has the right to refer to the European Ombudsman cases of maladministration in the activities of the institutions, bodies, offices or agencies of the Union, with the exception of the Court of Justice of the European Union acting in its judicial role.
  """
  confers apply-ombudsman on [union-citizen, resident-persons]
}

article CFR 44 "Right to petition" {
  source "Third-party copy of the OJ C 202 (2016) text: GitHub repository pantrypoints/sp, content/en/research/constitutions/eu/part-2/title-5.md (commit c8896622feb1926c73224de2a24bc273f1d6977e)"
  url "https://github.com/pantrypoints/sp/blob/c8896622feb1926c73224de2a24bc273f1d6977e/content/en/research/constitutions/eu/part-2/title-5.md"
  journal "OJ C 202, 7.6.2016, p. 402"
  celex "12016P044"
  text-status third-party
  equivalent TFEU 227

  text """
    Any citizen of the Union and any natural or legal person residing or having its registered office in a Member State has the right to petition the European Parliament.
  """
  confers petition-ep on [union-citizen, resident-persons]
}

article CFR 51 "Field of application" {
  source "Third-party copy of the OJ C 202 (2016) text: GitHub repository pantrypoints/sp, content/en/research/constitutions/eu/part-2/title-7.md (commit c8896622feb1926c73224de2a24bc273f1d6977e)"
  url "https://github.com/pantrypoints/sp/blob/c8896622feb1926c73224de2a24bc273f1d6977e/content/en/research/constitutions/eu/part-2/title-7.md"
  celex "12016P051"
  text-status third-party
  note "No statement: the scope limit is carried by the group `persons-within-union-law`, the holders of the Charter rights that belong to everyone. A Member State acting outside Union law (deciding volumes of admission, or its own nationality law where Union law is not engaged) is bound by its constitution and the ECHR, not by the Charter."

  paragraph 1 {
    text """
      The provisions of this Charter are addressed to the institutions, bodies, offices and agencies of the Union with due regard for the principle of subsidiarity and to the Member States only when they are implementing Union law.
      They shall therefore respect the rights, observe the principles and promote the application thereof in accordance with their respective powers and respecting the limits of the powers of the Union as conferred on it in the Treaties.
    """
  }
  paragraph 2 {
    text """
      The Charter does not extend the field of application of Union law beyond the powers of the Union or establish any new power or task for the Union, or modify powers and tasks as defined in the Treaties.
    """
    note "The Charter gives the Union no power: no route to a right can rest on it."
  }
}
