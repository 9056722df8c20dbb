# An invented proposal, for testing a restriction of a right by a host
# Member State, and the provisions that allow it (Directive 2004/38, Dano).

proposal inactive-social-assistance "No social assistance for economically inactive citizens of other Member States without sufficient resources (Austria)" {
  source "Invented for lexcompat's tests"
  date 2016-03-01
  proposed-by "lexcompat's test suite"
  addressed-to each-member-state
  by member-state austria
  invented "Checks a withholding measure: a right the Union confers on some citizens, refused by a host State where a provision of Union law allows it"
  note "What the law gives: national-competence. Union citizens residing lawfully in another Member State are entitled to equal treatment in social assistance (Art. 18 and 21 TFEU; Art. 24(1) of Directive 2004/38; C-184/99 Grzelczyk). But the host State need not confer it on citizens who are not workers or self-employed (Art. 24(2) of the Directive), and a citizen who is economically inactive and lacks sufficient resources has no right of residence under Art. 7(1)(b), so may be refused social assistance granted to the host State's own nationals (C-333/13 Dano, operative part, point 2; C-67/14 Alimanovic for jobseekers). The refusal of a benefit is not an expulsion: Art. 14(3) (no automatic expulsion) and Arts 27-28 (public policy) do not bear on it. The bill refuses the benefit; it does not end residence. So `refusal` is national-competence. Its second clause, `refusal-after-five-years`, reaches citizens who have resided legally for five years: they have the right of permanent residence, free of the conditions of Chapter III, resources included (Art. 16(1)), and the derogation of Art. 24(2) applies only before it is acquired; Dano reaches only those with no right of residence under the Directive. Refusing them a benefit paid to nationals breaches Art. 24(1) of the Directive and Art. 18 TFEU: incompatible. The proposal is therefore incompatible."

  group inactive-without-resources "nationals of other Member States residing in Austria for less than five years who neither work nor have sufficient resources" where union-citizen, resides-in(other-member-state), not economically-active, not has-sufficient-resources, not resided-legally-five-years
    note "invented: \"citizens of other Member States who are not employed or self-employed, who cannot support themselves and who have not acquired the right of permanent residence\""

  group inactive-permanent-residents "nationals of other Member States who have resided legally in Austria for five years and do not work" where union-citizen, resides-legally-in(other-member-state), resides-in(other-member-state), resided-legally-five-years, not economically-active
    note "invented: the bill's second clause extends the refusal to \"all economically inactive foreign citizens of the Union, whatever the length of their residence\""

  withholds [social-assistance] from inactive-without-resources as refusal
    note "invented: \"they shall not be entitled to the minimum income benefit (Mindestsicherung) paid to Austrian nationals\""
  withholds [social-assistance] from inactive-permanent-residents as refusal-after-five-years
    note "invented: \"the same applies to economically inactive citizens of other Member States who have resided in Austria for five years or more\""
}
