# An invented proposal, for testing a grant of nationality by a Member State
# and the limit the Court laid down in Commission v Malta (C-181/23).

proposal investor-citizenship "Naturalisation of investors (Cyprus, 2025)" {
  source "Invented for lexcompat's tests"
  date 2025-06-02
  proposed-by "lexcompat's test suite"
  addressed-to each-member-state
  by member-state cyprus
  invented "Checks a grant of nationality: national competence, within the limit that forbids a transactional naturalisation in exchange for payments or investments"
  note "What the law gives. The conditions for the acquisition of nationality are for each Member State to lay down, having due regard to Union law (Art. 20(1) TFEU; Declaration No 2; C-369/90 Micheletti, paragraph 10); the person naturalised becomes a citizen of the Union. Since 29 April 2025 a Member State may not grant its nationality through a transactional procedure in exchange for predetermined payments or investments, which amounts to the commercialisation of nationality and of Union citizenship (C-181/23 Commission v Malta, operative part, point 1; Art. 20 TFEU and Art. 4(3) TEU). Hence: `payment-scheme` (nationality for a predetermined investment, without more) is incompatible; `exceptional-merit` (investors naturalised only on the ordinary conditions, residence and integration included, the investment not being the ground of the grant) is national-competence. The proposal is incompatible."

  group foreign-investors "nationals of third States who invest in Cyprus" where holds-nationality(third-country)
    note "invented: \"foreign investors\""

  grants nationality(cyprus) to foreign-investors as payment-scheme fails [no-transactional-naturalisation]
    note "invented: \"an investor who makes a contribution of two million euro to the national development fund shall be granted Cypriot citizenship within six months\""
  grants nationality(cyprus) to foreign-investors as exceptional-merit meets [no-transactional-naturalisation, due-regard-to-union-law]
    note "invented (alternative draft): \"an investor may be naturalised after five years of lawful residence, on the ordinary conditions of integration; the investment is not a ground for naturalisation\""
}
