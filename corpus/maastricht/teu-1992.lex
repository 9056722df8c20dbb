# The Treaty on European Union as signed at Maastricht, and Declaration No 2
# of its Final Act. Wording from the reference text maastricht-teu-1992.txt.

instrument TEU-1992 "Treaty on European Union (as signed at Maastricht)" {
  kind treaty
  journal "OJ C 191, 29.7.1992, p. 1"
  celex "11992M/TXT"
  url "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A11992M%2FTXT"
  signed 1992-02-07
  in-force 1993-11-01 until 1999-04-30
}

article TEU-1992 B "Objectives of the Union" {
  source "discmaster.textfiles.com HISTDOCS.ZIP/TITLE.1 and GUTENBERG-686 (third-party); the last paragraph from GUTENBERG-686 only"
  text-status third-party
  note "\"the condition and the timetable\" [sic] is the source's wording and may be a transcription slip: check OJ C 191 before quoting that word."

  text """
    The Union shall set itself the following objectives:
    - to promote economic and social progress which is balanced and sustainable, in particular through the creation of an area without internal frontiers, through the strengthening of economic and social cohesion and through the establishment of economic and monetary union, ultimately including a single currency in accordance with the provisions of this Treaty;
    - to assert its identity on the international scene, in particular through the implementation of a common foreign and security policy including the eventual framing of a common defence policy, which might in time lead to a common defence;
    - to strengthen the protection of the rights and interests of the nationals of its Member States through the introduction of a citizenship of the Union;
    - to develop close cooperation on justice and home affairs;
    - to maintain in full the "acquis communautaire" and build on it with a view to considering, through the procedure referred to in Article N(2), to what extent the policies and forms of cooperation introduced by this Treaty may need to be revised with the aim of ensuring the effectiveness of the mechanisms and the institutions of the Community.
    The objectives of the Union shall be achieved as provided in this Treaty and in accordance with the condition and the timetable set out therein while respecting the principle of subsidiarity as defined in Article 3b of the Treaty establishing the European Community.
  """
}

article TEU-1992 F "Respect for national identities and fundamental rights" {
  source "paperzz.com document 9193562, a third-party reproduction headed \"Official Journal C 191, 29/07/1992 P. 0001\"; same wording in GUTENBERG-686"
  text-status third-party

  paragraph 1 {
    text """
      The Union shall respect the national identities of its Member States, whose systems of government are founded on the principles of democracy.
    """
  }
  paragraph 2 {
    text """
      The Union shall respect fundamental rights, as guaranteed by the European Convention for the Protection of Human Rights and Fundamental Freedoms signed in Rome on 4 November 1950 and as they result from the constitutional traditions common to the Member States, as general principles of Community law.
    """
  }
  paragraph 3 {
    text """
      The Union shall provide itself with the means necessary to attain its objectives and carry through its policies.
    """
  }
}

article TEU-1992 N "Amendment of the Treaties" {
  source "GUTENBERG-686, Title VII (third-party); structure checked against the official Italian text (Gazzetta Ufficiale, 24.11.1992)"
  text-status third-party

  paragraph 1 {
    text """
      The government of any Member State or the Commission may submit to the Council proposals for the amendment of the Treaties on which the Union is founded.
      If the Council, after consulting the European Parliament and, where appropriate, the Commission, delivers an opinion in favour of calling a conference of representatives of the governments of the Member States, the conference shall be convened by the President of the Council for the purpose of determining by common accord the amendments to be made to those Treaties. The European Central Bank shall also be consulted in the case of institutional changes in the monetary area.
      The amendments shall enter into force after being ratified by all the Member States in accordance with their respective constitutional requirements.
    """
    amends [TEU-1992, EC-1992] by treaty-revision
  }
  paragraph 2 {
    text """
      A conference of representatives of the governments of the Member States shall be convened in 1996 to examine those provisions of this Treaty for which revision is provided, in accordance with the objectives set out in Articles A and B.
    """
  }
}

article TEU-1992 O "Accession" {
  source "GUTENBERG-686, Title VII (third-party)"
  text-status third-party

  text """
    Any European State may apply to become a Member of the Union. It shall address its application to the Council, which shall act unanimously after consulting the Commission and after receiving the assent of the European Parliament, which shall act by an absolute majority of its component members.
    The conditions of admission and the adjustments to the Treaties on which the Union is founded which such admission entails shall be the subject of an agreement between the Member States and the applicant State. This agreement shall be submitted for ratification by all the contracting States in accordance with their respective constitutional requirements.
  """
}

instrument DECL-1992 "Final Act of the Treaty on European Union: Declarations" {
  kind declaration
  journal "OJ C 191, 29.7.1992, p. 98"
  signed 1992-02-07
  in-force 1993-11-01
  note "Declarations are not Treaty articles but guide their reading; Declaration No 2 still states the settled law on nationality."
}

article DECL-1992 2 "Declaration on nationality of a Member State" {
  source "Quoted in full by G.-R. de Groot (2002, 2004); OJ page from a Commission answer to a Parliamentary question"
  journal "OJ C 191, 29.7.1992, p. 98"
  text-status third-party
  note "GUTENBERG-686 has \"by way of declaration\" and \"such declarations\"; the two academic quotations, which agree, are followed here."

  text """
    The Conference declares that, wherever in the Treaty establishing the European Community reference is made to nationals of the Member States, the question whether an individual possesses the nationality of a Member State shall be settled solely by reference to the national law of the Member State concerned. Member States may declare, for information, who are to be considered their nationals for Community purposes by way of a declaration lodged with the Presidency and may amend any such declaration when necessary.
  """
  empowers each-member-state by national-legislation to grant nationality to any person
  empowers each-member-state by national-legislation to withdraw nationality from any person
  note "Who holds a Member State's nationality is for that State alone to settle: granting and withdrawing nationality is left to the Member States. Union citizenship follows from it (TFEU 20(1)), and the Court holds that the competence must be exercised having due regard to Union law (Micheletti, C-369/90; Rottmann, C-135/08): those limits are in corpus/case-law/. The Declaration is annexed to the Final Act of 1992 and is not repealed, so the statements apply from 1993-11-01 on."
}
