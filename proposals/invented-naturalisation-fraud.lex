# An invented proposal, for testing withdrawals of nationality and the limits
# Union law lays down on them (Rottmann, Tjebbes, JY, Micheletti). One bill,
# three ways of writing its withdrawal clause.

proposal naturalisation-fraud "Withdrawal of naturalisation obtained by fraud (Germany)" {
  source "Invented for lexcompat's tests"
  date 2023-06-01
  proposed-by "lexcompat's test suite"
  addressed-to each-member-state
  by member-state germany
  invented "Checks a Member State's withdrawal of its nationality: lawful within the limits of Union law when the consequences are assessed individually, incompatible when the bill rules that assessment out, conditional when it is silent"
  note "What the law gives. The conditions for the acquisition and loss of nationality are for each Member State to lay down, having due regard to Union law (Art. 20(1) TFEU; Declaration No 2 annexed to the Treaty on European Union; C-369/90 Micheletti, paragraph 10): a withdrawal by Germany of German nationality is national-competence. Where the person holds no other Member State's nationality, the withdrawal also takes away citizenship of the Union, so it falls within Union law and must respect the principle of proportionality, the consequences for the person and the family being assessed individually (C-135/08 Rottmann, operative part; C-221/17 Tjebbes; C-118/20 JY, operative part, point 2). Hence: `assessed` (an individual proportionality assessment, with due regard to Union law) is national-competence; `automatic` (loss by operation of law, no assessment) is incompatible; `silent` is national-competence provided that the assessment is made. The proposal's verdict is that of its worst measure: incompatible."

  group naturalised-by-fraud "persons naturalised in Germany by fraud, who hold no other nationality" where holds-nationality(germany)
    note "invented: \"persons whose naturalisation was obtained by deception\"; described by German nationality alone, so no other Member State nationality keeps them Union citizens"

  withdraws nationality(germany) from naturalised-by-fraud as assessed meets [individual-proportionality, due-regard-to-union-law]
    note "invented: \"the authority withdraws the naturalisation after weighing, in each case, the consequences for the person and the family, including the loss of the rights of a citizen of the Union, the gravity of the deception, the time elapsed and the possibility of recovering a former nationality\""
  withdraws nationality(germany) from naturalised-by-fraud as automatic fails [individual-proportionality]
    note "invented (alternative draft): \"naturalisation obtained by fraud is void by operation of law; no examination of the person's circumstances takes place\""
  withdraws nationality(germany) from naturalised-by-fraud as silent
    note "invented (second alternative draft): \"naturalisation obtained by fraud shall be withdrawn\", the bill saying nothing of how"
}
