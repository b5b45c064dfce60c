"""Garden City Business Journal (Missoula business weekly): plain text. Hand-labelled."""

FEED = "gcbj"
ITEMS = [
dict(guid="mso_gcbj_2026_0109", pub="2026-01-09T07:00:00-07:00", title="Tortilleria brings fresh masa to Missoula's Northside",
body="""A new tortilleria on the Northside is selling corn tortillas still warm from the comal, and on its first Saturday it ran out by 11 a.m.

Tortillería La Paloma opened last week in a former laundromat on North Fifth Street West. Owner Guadalupe "Lupe" Carrasco Villalobos grinds nixtamal every morning on a stone mill she had shipped from Guadalajara, and sells tortillas by the kilo, tamales on weekends and champurrado in the cold months.

Carrasco Villalobos, who spent 19 years cooking at Missoula restaurants before opening her own business, financed the mill with a loan from the Montana Community Development Corporation. "My mother made tortillas by hand every day of my childhood," she said. "Missoula deserves to know what that tastes like."

"I drove across town in the snow for these," said customer Rex Stuckenbruck, who was third in line on opening day. "Worth it."
""",
gold=[("MSO006", "subject")]),

dict(guid="mso_gcbj_2026_0226", pub="2026-04-24T07:00:00-06:00", title="Hellgate Valley Credit Union's longtime loan chief retires",
body="""After 31 years of approving tractors, pickups and first homes, Marlys Quisenberry is retiring as vice president of lending at Hellgate Valley Credit Union.

Quisenberry joined the credit union in 1995, when it had two branches and a single loan officer, and built its agricultural and small-business lending from scratch. Colleagues gathered Thursday at the Reserve Street branch for a send-off.

"Marlys knew every borrower by their first name and every one of their dogs," said CEO Tom Arneson. Quisenberry, whose husband, Ev, died in February, said she plans to spend the summer at the family's cabin at Georgetown Lake with her grandchildren.""",
gold=[("MSO002", "subject")]),

dict(guid="mso_gcbj_2026_0312", pub="2026-03-13T07:00:00-06:00", title="Billings equipment dealer names new CFO",
body="""BILLINGS - Yellowstone Ag & Equipment, the Billings-based John Deere dealer with 11 stores in eastern Montana and Wyoming, has named Travis Wendelboe its chief financial officer.

Wendelboe, of Billings, was previously controller of a grain cooperative in Sidney. He succeeds Mark Haugen, who is retiring after 24 years. The company had revenue of $410 million last year.""",
gold=[]),

dict(guid="mso_gcbj_2026_0420", pub="2026-05-01T07:00:00-06:00", title="Missoula timber-frame shop wins national craftsmanship award",
body="""Skovgaard Timber Frames, the Missoula shop that cuts Douglas fir joinery by hand in a pole barn off Miller Creek Road, has won the Timber Framers Guild's national award for craftsmanship for a 1910 barn it restored near Drummond.

The company is owned by Anders and Kirsten Skovgaard, who started it in 1996 with one chisel set and a borrowed truck. Anders learned the trade from his grandfather in Jutland; Kirsten runs the design and the books. They now employ nine.

"We just tried not to ruin what the first builders did right," Anders Skovgaard said.""",
gold=[("MSO021", "subject"), ("MSO022", "subject")]),

dict(guid="mso_gcbj_2026_0514", pub="2026-05-15T07:00:00-06:00", title="Community foundation's spring grants top $1.2 million",
body="""The Missoula Community Foundation awarded $1.2 million in spring grants to 64 nonprofits, the largest round in its history.

The grants were made possible by more than 900 donors. Named funds added this year include those of Colette Birkeland, Rex Stuckenbruck, Tou and Mai Kue, and the Hellgate Rotary Club. The largest single grant, $95,000, went to the Poverello Center for its new winter shelter.""",
gold=[]),
]
