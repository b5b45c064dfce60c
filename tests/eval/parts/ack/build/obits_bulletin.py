"""Parish bulletin of St. Peter the Fisherman (Provincetown) and Our Lady of the Cape Verdes (East Falmouth),
invented: "Pray for the faithful departed" notices, Portuguese and Cape Verdean families, English with Portuguese
lines, plain text. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "bulletin"
ITEMS = [
dict(guid="ack_bulletin-2026-03-29-a", pub="2026-03-26T16:00:00-04:00", title="Filomena Rezendes Fortes - East Falmouth",
body="""Please keep in your prayers Filomena Rezendes Fortes, 88, of East Falmouth, who died March 21 at Falmouth Hospital, strengthened by the sacraments.

Filomena was born in Brava, Cape Verde, and came to Falmouth as a girl in 1949, when her father picked cranberries on the Teaticket bogs. For fifty years she sang in our Portuguese choir and made the sweet bread for the Festa do Espírito Santo. She was the widow of Antonio "Tony" Fortes.

She leaves her sister, Vangie Rezendes of East Falmouth; her sons, Antonio Jr. and David Fortes, both of Teaticket; eight grandchildren and twelve great-grandchildren.

A Mass of Christian Burial will be celebrated here on Saturday, March 28, at 10 a.m. Descanse em paz.""",
gold=[("ACK012", "survivor")]),

dict(guid="ack_bulletin-2026-04-26-a", pub="2026-04-23T16:00:00-04:00", title="Manuel José Avelar - Provincetown",
body="""Our parish family mourns Manuel José Avelar, 23, of Provincetown, who was lost when the fishing vessel Santa Rita went down off Race Point on April 18. Pray for him, and for all who go down to the sea in ships.

Manny Jr., as the wharf called him, was named for his grandfather, and like him fished out of MacMillan Pier from the time he was fourteen. He was an altar server here for eight years and never once on time.

He leaves his parents, Joseph and Cidália Avelar of North Truro; his sister, Ana; his grandparents, Manny and Lurdes Avelar of Provincetown; and his great-grandmother, Maria do Céu Souza. Deixa os pais, a irmã, os avós Manuel e Lurdes e a bisavó.

The Blessing of the Fleet committee will ring the bell at the pier at sunset on Friday. A Mass of Christian Burial will be celebrated here on Saturday, April 25, at 11 a.m.""",
gold=[("ACK009", "survivor"), ("ACK010", "survivor")]),

dict(guid="ack_bulletin-2026-08-09-a", pub="2026-08-06T16:00:00-04:00", title="Joaquim \"Jack\" Medeiros - Falmouth",
body="""Please pray for the repose of the soul of Joaquim "Jack" Medeiros, 79, of Falmouth, who died August 1 at home.

Jack was born in Ponta Delgada, São Miguel, and fished out of Woods Hole for thirty years before opening Medeiros Marine on Scranton Avenue. He was a Knight of Columbus and the loudest voice at every Holy Ghost Feast.

He leaves his wife of 55 years, Conceição Medeiros; his children, Paul Medeiros of Falmouth and Teresa Medeiros Cabral of Fall River; and six grandchildren.

His funeral Mass was celebrated on Wednesday, August 5. Readings were by Manny Avelar, his old crewmate from Provincetown, and the eulogy was given by his son Paul. Descanse em paz.""",
gold=[]),

dict(guid="ack_bulletin-2026-10-11-a", pub="2026-10-08T16:00:00-04:00", title="Maria do Céu Souza - Provincetown",
body="""Please keep in your prayers Maria do Céu Souza, 93, of Provincetown, who died October 3, six months after her great-grandson.

Born in Olhão, Portugal, she came to Provincetown in 1952 with her husband, fisherman Francisco Souza, who died in 1998, and their little daughter. She mended nets on the wharf for decades and made malassadas for every parish fair until she was ninety.

She leaves her daughter, Maria de Lurdes (Manuel) Avelar of Provincetown; her son, Francisco Souza Jr. of New Bedford; four grandchildren, among them Joseph Avelar of North Truro; and several great-grandchildren. She was predeceased by her great-grandson, Manuel José Avelar.

Missa de sétimo dia on Saturday, October 10, at 5 p.m. Descanse em paz.""",
gold=[("ACK010", "survivor"), ("ACK009", "survivor")]),
]
