"""South Georgia Business Journal: business news, plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="vld_sgbj_2026_0120_fountain", pub="2026-01-20T07:15:00-05:00", title="Coastal Plain Agricultural College names Fountain dean of business",
body="""TIFTON - Coastal Plain Agricultural College has named Mary Alice Fountain dean of its Stafford School of Agribusiness, effective February 1.

Fountain, who has taught farm management at the college since 1997 and chaired the agricultural economics department since 2018, succeeds Dr. Ronald Pitts, who is returning to the faculty. She led the school's peanut-marketing extension program and its partnership with Tift County's packing sheds.

"Mary Alice knows every grower between here and the Florida line," college President Dr. Evan Whitley said.""",
gold=[("VLD006", "subject")]),

dict(guid="vld_sgbj_2026_0602_guadalupana", pub="2026-06-02T07:15:00-04:00", title="Moultrie's Panadería La Guadalupana opens second location in Tifton",
body="""MOULTRIE - Panadería La Guadalupana, the Moultrie bakery known for its conchas and tres leches cakes, opened a second location on Tifton's South Main Street on Monday.

Owner Lupe Reyes Salgado, who started the bakery in 2009 with two ovens and her mother's recipes, said the Tifton store will employ eight people and will open at 5 a.m. for farmworkers heading to the fields. "My father used to say a town is not a town without a panadería," Reyes Salgado said. Her father, Rigoberto Reyes, died in April.

The Tifton-Tift County Chamber of Commerce held a ribbon cutting Monday afternoon.""",
gold=[("VLD018", "subject")]),

dict(guid="vld_sgbj_2026_0714_mccrary", pub="2026-07-14T07:15:00-04:00", title="Bazemore & Greer names McCrary partner",
body="""VALDOSTA - The Valdosta accounting firm Bazemore & Greer CPAs has named LaTonya McCrary a partner, the first new partner at the 41-year-old firm since 2015.

McCrary, a Valdosta State graduate, joined the firm in 2008 and leads its agribusiness and nonprofit practice. "LaTonya has built half of our farm client list herself," said managing partner Corinne Bazemore-Lott, whose father founded the firm.

The firm has 22 employees in offices in Valdosta and Quitman.""",
gold=[("VLD009", "subject")]),

dict(guid="vld_sgbj_2026_0818_desai", pub="2026-08-18T07:15:00-04:00", title="Desai Hospitality breaks ground on sixth Valdosta hotel",
body="""VALDOSTA - Desai Hospitality Group broke ground Monday on a 96-room extended-stay hotel off Interstate 75 at exit 18, its sixth property in Lowndes County.

Hemant Desai, who founded the company in 1998 with a 24-room motel his parents bought on North Ashley Street, said the $14 million project will open in late 2027 and employ 30 people. "My father taught me you clean every room like the governor is coming," Desai said.""",
gold=[("VLD017", "subject")]),
]
