# Directive 2004/38/EC: the conditions of residence (Art. 7), their
# retention (Art. 14), permanent residence (Art. 16), the derogation from
# equal treatment in social assistance (Art. 24(2)) and the limits on
# restrictions on grounds of public policy, public security or public health
# (Arts 27 and 28). The instrument and Arts 7 and 24 are declared in
# free-movement.lex; they are extended here.
# The Directive's rights apply from 30 April 2006, its transposition date
# (Art. 40); the provisions added here carry that date.

extend article DIR-2004-38 7 {
  paragraph 1 {
    in-force 2006-04-30
    note "Not quoted: no copy of the wording was found. In substance: Union citizens have the right of residence in another Member State for longer than three months if they (a) are workers or self-employed persons there; (b) have sufficient resources for themselves and their family members not to become a burden on its social assistance system, and comprehensive sickness insurance cover there; (c) are students with sickness insurance who declare sufficient resources; or (d) are family members of a citizen who meets (a), (b) or (c). The wording of (b) is quoted by a Cambridge University Press chapter abstract (homsy-staging.cambridgecore.org)."
    confers reside-in-host-state on union-citizen where resides-in(other-member-state), economically-active
    confers reside-in-host-state on union-citizen where resides-in(other-member-state), has-sufficient-resources, has-sickness-insurance
    confers reside-in-host-state on family-members-of-citizens where resides-in(other-member-state)
    note "Point (d) and paragraph 2: family members, of any nationality, accompanying or joining a citizen who meets (a), (b) or (c). The corpus does not model that the citizen meets them; the right is derived, and ends with the citizen's (Arts 12-13)."
  }
}

extend article DIR-2004-38 24 {
  paragraph 2 {
    in-force 2006-04-30
    note "Not quoted as a text: the article has no wording in the corpus. A translation-memory copy (wordscope.be, \"Droits de demeurer des travailleurs non salariés\") gives it as: \"By way of derogation from paragraph 1, the host Member State shall not be obliged to confer entitlement to social assistance during the first three months of residence or, where appropriate, the longer period provided for in Article 14(4)(b), nor shall it be obliged, prior to acquisition of the right of permanent residence, to grant maintenance aid for studies, including vocational training, consisting in student grants or student loans to persons other than workers, self-employed persons, persons who retain such status and members of their families.\""
    empowers each-member-state by national-legislation to withhold [social-assistance] from union-citizen where resides-in(other-member-state), not economically-active, not resided-legally-five-years
    note "The host State may refuse social assistance to citizens who are not (or no longer) workers or self-employed: in the first three months and while they seek work (Art. 14(4)(b); García-Nieto, C-299/14; Alimanovic, C-67/14). After three months an inactive citizen without sufficient resources has no right of residence under Art. 7(1)(b) and so no claim to equal treatment (Dano, C-333/13). Once permanent residence is acquired (Art. 16) the derogation ends: the statement excludes those who have resided legally for five years. It reaches every economically inactive citizen, wider than the article's words (the first three months, jobseekers); Dano and Alimanovic (corpus/case-law/) say for whom the refusal is lawful beyond them."
  }
}

article DIR-2004-38 14 "Retention of the right of residence" {
  source "legislation.gov.uk copy of the EUR-Lex text (third-party)"
  url "https://legislation.gov.uk/eudr/2004/38/article/14?view=plain"
  celex "32004L0038"
  text-status third-party
  in-force 2006-04-30

  paragraph 1 {
    text """
      Union citizens and their family members shall have the right of residence provided for in Article 6, as long as they do not become an unreasonable burden on the social assistance system of the host Member State.
    """
  }
  paragraph 2 {
    text """
      Union citizens and their family members shall have the right of residence provided for in Articles 7, 12 and 13 as long as they meet the conditions set out therein.
      In specific cases where there is a reasonable doubt as to whether a Union citizen or his/her family members satisfies the conditions set out in Articles 7, 12 and 13, Member States may verify if these conditions are fulfilled. This verification shall not be carried out systematically.
    """
  }
  paragraph 3 {
    text """
      An expulsion measure shall not be the automatic consequence of a Union citizen's or his or her family member's recourse to the social assistance system of the host Member State.
    """
    limits member-state to withhold [reside-in-host-state] from union-citizen requires [individual-assessment] where has-recourse-to-social-assistance
  }
  paragraph 4 {
    text """
      By way of derogation from paragraphs 1 and 2 and without prejudice to the provisions of Chapter VI, an expulsion measure may in no case be adopted against Union citizens or their family members if:
      (a) the Union citizens are workers or self-employed persons, or
      (b) the Union citizens entered the territory of the host Member State in order to seek employment. In this case, the Union citizens and their family members may not be expelled for as long as the Union citizens can provide evidence that they are continuing to seek employment and that they have a genuine chance of being engaged.
    """
    limits member-state to withhold [reside-in-host-state] from union-citizen requires [public-policy-grounds-only] where resides-in(other-member-state), economically-active
    note "A worker or self-employed person may be expelled only under Chapter VI (public policy, public security, public health), never for lack of resources: written as a limit with that test rather than a prohibition, so that an expulsion on public-policy grounds is judged by Arts 27-28. Job-seekers (point (b)) are protected too; the corpus has no condition for them, so the limit is written for workers and the self-employed only."
  }
}

article DIR-2004-38 16 "General rule for Union citizens and their family members" {
  source "Paragraphs 1 to 3 as quoted by immigrationbarrister.co.uk (third-party); paragraph 1 also quoted at askcpag.org.uk"
  url "https://immigrationbarrister.co.uk/the-right-of-permanent-residence/"
  celex "32004L0038"
  text-status third-party
  in-force 2006-04-30
  note "Paragraph 4 (loss only through absence of more than two consecutive years) is left out."

  paragraph 1 {
    text """
      Union citizens who have resided legally for a continuous period of five years in the host Member State shall have the right of permanent residence there. This right shall not be subject to the conditions provided for in Chapter III.
    """
    confers [permanent-residence, reside-in-host-state] on union-citizen where resides-in(other-member-state), resided-legally-five-years
    note "\"Resided legally\": in accordance with the conditions of the Directive, in particular Art. 7(1) (Ziolkowski and Szeja, C-424/10 and C-425/10)."
  }
  paragraph 2 {
    text """
      Paragraph 1 shall apply also to family members who are not nationals of a Member State and have legally resided with the Union citizen in the host Member State for a continuous period of five years.
    """
  }
  paragraph 3 {
    text """
      Continuity of residence shall not be affected by temporary absences not exceeding a total of six months a year, or by absences of a longer duration for compulsory military service, or by one absence of a maximum of twelve consecutive months for important reasons such as pregnancy and childbirth, serious illness, study or vocational training, or a posting in another Member State or a third country.
    """
  }
}

article DIR-2004-38 27 "General principles" {
  source "legislation.gov.uk copy of the EUR-Lex text, point in time 31/12/2020 (third-party)"
  url "https://legislation.gov.uk/eudr/2004/38/article/27/2020-12-31?timeline=false"
  celex "32004L0038"
  text-status third-party
  in-force 2006-04-30
  note "Paragraph 2 is quoted up to the first sentence of its second subparagraph, where the stored copy breaks off; paragraphs 3 and 4 are left out."

  paragraph 1 {
    text """
      Subject to the provisions of this Chapter, Member States may restrict the freedom of movement and residence of Union citizens and their family members, irrespective of nationality, on grounds of public policy, public security or public health. These grounds shall not be invoked to serve economic ends.
    """
    empowers each-member-state by national-legislation to withhold [move-and-reside, reside-in-host-state] from union-citizen where public-policy-grounds
    limits member-state to withhold [move-and-reside, reside-in-host-state] from union-citizen requires [no-economic-ends] where public-policy-grounds
  }
  paragraph 2 {
    text """
      Measures taken on grounds of public policy or public security shall comply with the principle of proportionality and shall be based exclusively on the personal conduct of the individual concerned. Previous criminal convictions shall not in themselves constitute grounds for taking such measures.
    """
    limits member-state to withhold [move-and-reside, reside-in-host-state] from union-citizen requires [personal-conduct, proportionality] where public-policy-grounds
    subparagraph 2 {
      text """
        The personal conduct of the individual concerned must represent a genuine, present and sufficiently serious threat affecting one of the fundamental interests of society.
      """
    }
  }
}

article DIR-2004-38 28 "Protection against expulsion" {
  source "No copy of the English wording was found; content summarised from memory, with a French paraphrase of paragraph 3 (wordscope.be) and the English summaries of paragraph 1 in a European Parliament resolution (wordscope.be)"
  celex "32004L0038"
  text-status missing
  in-force 2006-04-30

  paragraph 1 {
    note "Before an expulsion decision on grounds of public policy or public security, the host State must take account of how long the person has resided there, their age, state of health, family and economic situation, social and cultural integration and the extent of their links with the country of origin."
    limits member-state to withhold [reside-in-host-state] from union-citizen requires [personal-circumstances-considered] where public-policy-grounds
  }
  paragraph 2 {
    note "A citizen (or family member) with the right of permanent residence may be expelled only on serious grounds of public policy or public security."
    limits member-state to withhold [reside-in-host-state, permanent-residence] from union-citizen requires [serious-grounds] where public-policy-grounds, resided-legally-five-years
  }
  paragraph 3 {
    note "A citizen who has resided in the host State for the previous ten years, or a minor, may be expelled only on imperative grounds of public security (save, for a minor, where expulsion is in the child's best interests)."
    limits member-state to withhold [reside-in-host-state, permanent-residence] from union-citizen requires [imperative-grounds] where public-policy-grounds, resided-ten-years-host
  }
}
