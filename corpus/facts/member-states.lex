# The Member States and when they were members. Dates before 1993-11-01 are
# membership of the European Communities, which the Union took over.

state belgium "Belgium" member from 1958-01-01
state france "France" member from 1958-01-01
state germany "Germany" member from 1958-01-01
state italy "Italy" member from 1958-01-01
state luxembourg "Luxembourg" member from 1958-01-01
state netherlands "the Netherlands" member from 1958-01-01
state denmark "Denmark" member from 1973-01-01
state ireland "Ireland" member from 1973-01-01
state united-kingdom "the United Kingdom" member from 1973-01-01 until 2020-01-31
state greece "Greece" member from 1981-01-01
state portugal "Portugal" member from 1986-01-01
state spain "Spain" member from 1986-01-01
state austria "Austria" member from 1995-01-01
state finland "Finland" member from 1995-01-01
state sweden "Sweden" member from 1995-01-01
state cyprus "Cyprus" member from 2004-05-01
state czechia "Czechia" member from 2004-05-01
state estonia "Estonia" member from 2004-05-01
state hungary "Hungary" member from 2004-05-01
state latvia "Latvia" member from 2004-05-01
state lithuania "Lithuania" member from 2004-05-01
state malta "Malta" member from 2004-05-01
state poland "Poland" member from 2004-05-01
state slovakia "Slovakia" member from 2004-05-01
state slovenia "Slovenia" member from 2004-05-01
state bulgaria "Bulgaria" member from 2007-01-01
state romania "Romania" member from 2007-01-01
state croatia "Croatia" member from 2013-07-01
