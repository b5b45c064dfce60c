"""Albuquerque Sun-Tribune, Metro & Region: metro daily local news, plain text. Hand-labelled."""

FEED = "st-news"
ITEMS = [
dict(guid="abq_st_news_2026_0301", pub="2026-03-01T06:00:00-07:00", title="Fire guts South Valley home of longtime Arenal Road couple",
body="""A fire that started in a detached garage early Saturday spread to the home of Eloy and Cipriana Archibeque on Arenal Road SW, leaving the couple, 82 and 79, without a place to live, Albuquerque Fire Rescue said.

The Archibeques escaped unhurt after a neighbor pounded on their door at about 4 a.m. Investigators believe a space heater in the garage was to blame. The house, built by Eloy Archibeque's father in 1952, was heavily damaged.

"They've given everybody on this road tortillas for fifty years," said neighbor Rosemary Baca. "Now it's our turn." Sippy Archibeque's brother, Brosie Gurulé, said the family is staying with relatives while they sort out insurance. A fund for the couple has been set up at Nusenda Credit Union.

By Marcos Villanueva, Sun-Tribune staff""",
gold=[("ABQ001", "subject"), ("ABQ002", "subject")]),

dict(guid="abq_st_news_2026_0415", pub="2026-04-15T06:00:00-06:00", title="Rio Rancho man turns backyard roaster into a chile business on Southern Boulevard",
body="""Benny Sisneros has roasted green chile for his neighbors in Rio Rancho every August for twenty years, out of a propane drum in his driveway. This month he opened Sisneros Chile & Ristras, a storefront on Southern Boulevard, after retiring from Intel.

Sisneros, 67, buys directly from growers in Hatch and San Antonio, N.M., and plans to roast on site from late July. His wife, Angie, keeps the books. "She's the real boss," he said.

Customer Darrell Yellowhorse, who stopped in on opening day for a ristra, said he has been buying Sisneros' chile out of the driveway for years. "Same chile, better parking," he said.""",
gold=[("ABQ004", "subject")]),

dict(guid="abq_st_news_2026_0520", pub="2026-05-20T06:00:00-06:00", title="Man charged after stolen pickup chase ends in Corrales ditch",
body="""A 29-year-old Albuquerque man faces charges of receiving a stolen vehicle and aggravated fleeing after a pursuit that ended Tuesday when the pickup he was driving rolled into an acequia off Corrales Road, Sandoval County deputies said.

The Ford pickup had been reported stolen Monday from a driveway on Camino Arco Iris in Corrales. Its owner, Becky Brackenridge, told deputies she had left the keys inside. No one was hurt. The suspect was booked into the Sandoval County Detention Center.""",
gold=[]),

dict(guid="abq_st_news_2026_0829", pub="2026-08-29T06:00:00-06:00", title="North Valley grower's chile takes top prize at State Fair",
body="""Lino Sedillo Jr. took the blue ribbon and best of show for green chile at the New Mexico State Fair on Friday, beating 140 entries from Hatch to Chimayó.

Sedillo, 74, grows a Sandia-type chile from seed his father saved for seven decades on the family's Griegos Road fields in Albuquerque's North Valley. His father, Lino Sedillo Sr., died in February at 94. "This one's for him," Sedillo said.

His wife, Lola, handled the roasting demonstration for the judges.""",
gold=[("ABQ011", "subject")]),

dict(guid="abq_st_news_2026_0903", pub="2026-09-03T06:00:00-06:00", title="Isleta Pueblo names new fire chief",
body="""Isleta Pueblo has named Tobias "Toby" Jojola chief of the Isleta Fire Department, the pueblo announced Wednesday. Jojola, a 28-year veteran of the department, had served as interim chief since January.

Jojola said his priorities are wildland fire crews along the bosque and a second ambulance for the south end of the reservation.""",
gold=[]),

dict(guid="abq_st_news_2026_0606_wed", pub="2026-06-06T06:00:00-06:00", title="Weddings: Lente - Chavarria",
body="""Kayla Marie Lente and Andrew Chavarria were married May 23 at St. Augustine Church, Isleta Pueblo, with a reception at the Isleta Resort.

The bride is the daughter of Virgil and Tina Lente of Isleta Pueblo and a nurse at UNM Hospital. The groom, son of Frank and Delia Chavarria of Los Lunas, is a lineman for PNM. The couple will live in Bosque Farms.""",
gold=[("ABQ007", "parent_of_subject"), ("ABQ006", "parent_of_subject")]),
]
