# Names this branch shares with the case-law branch, declared here word for
# word as that branch declares them (corpus/case-law/vocabulary.lex), so that
# each branch lints on its own. When both are merged, delete this file: the
# case-law file keeps the one declaration of each name.

condition has-sufficient-resources "has sufficient resources not to become a burden on the social assistance system of the host Member State"
condition has-sickness-insurance "has comprehensive sickness insurance cover in the host Member State"
condition economically-active "is a worker or self-employed person"

arrangement binding-interpretation-of-union-law "a body outside the Union's courts whose rulings bind the Union, or its courts, on the meaning of Union law"
arrangement disputes-between-member-states-outside-union-courts "a mechanism by which disputes between Member States, or between Member States and the Union, on the interpretation or application of the Treaties are decided outside the Union's judicial system (Art. 344 TFEU)"
arrangement intra-union-investor-state-arbitration "an arbitral tribunal, provided for in an agreement between Member States, before which an investor of one Member State may bring proceedings against another Member State in disputes that may concern the interpretation or application of Union law, outside the judicial system of the Union and without the possibility of a reference to the Court of Justice (Arts 267 and 344 TFEU)"
