# Statements added to articles declared in tfeu.lex, kept here where the
# lines they would sit beside are being changed on another branch.

extend article TFEU 23 {
  empowers council by council-consultation to facilitate [consular-protection] to [union-citizen]
  note "Second paragraph: the Council adopts directives on coordination and cooperation by a special legislative procedure after consulting the Parliament, by qualified majority (no unanimity is prescribed); Directive (EU) 2015/637 was adopted on it. It eases the exercise of the right, and gives it to nobody new."
}
