# Territories that are not Member States but to which the Treaties apply in
# part, or not at all (Art. 355 TFEU). A territory's people hold the
# nationality of the Member State responsible for it, so they are Union
# citizens wherever the Treaties apply to them or not; what differs is where
# the Treaties apply.

# Gibraltar: a European territory for whose external relations the United
# Kingdom was responsible (Art. 355(3) TFEU); the Treaties applied with the
# exceptions of the 1972 Act of Accession (no customs union, common
# agricultural and fisheries policies or VAT). Its residents voted in European
# Parliament elections from 2004, in a United Kingdom constituency (after the
# Matthews v United Kingdom judgment of the European Court of Human Rights,
# 1999; Spain v United Kingdom, C-145/04, 2006). The Treaties stopped applying
# with the United Kingdom's withdrawal.
state gibraltar "Gibraltar" territory-of united-kingdom treaties-apply partly

# The Åland Islands: the Treaties apply under Protocol No 2 to the 1994 Act of
# Accession (Art. 355(4) TFEU), which keeps the regional citizenship as a
# condition for acquiring land and exercising a trade, and leaves Åland out of
# the VAT and excise territory.
state aland-islands "the Åland Islands" territory-of finland treaties-apply partly

# The Faroe Islands: the Treaties do not apply (Art. 355(5)(a) TFEU).
state faroe-islands "the Faroe Islands" territory-of denmark treaties-apply not

# Greenland: left the Communities on 1 February 1985 (Greenland Treaty); an
# overseas country or territory associated under Part Four TFEU (Art. 355(2),
# Annex II), to which the Treaties do not otherwise apply.
state greenland "Greenland" territory-of denmark treaties-apply not
