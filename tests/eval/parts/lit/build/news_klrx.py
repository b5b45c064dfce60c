"""KLRX 9 News (Little Rock TV station site): HTML descriptions, short web-story style. Hand-labelled."""

FEED = "klrx"
ITEMS = [
dict(guid="lit_klrx-story-20260126-0311", pub="2026-01-26T06:15:00-06:00", title="Jacksonville couple escapes early-morning house fire",
body="""JACKSONVILLE, Ark. (KLRX) - A Jacksonville couple escaped without injury early Monday when fire broke out in the kitchen of their home on Marshall Road.

Lavern Hightower, 73, said he woke to the smoke alarm at about 4 a.m., got his wife, Essie, out the front door and then went back for the dog. "The Lord woke me up, and the smoke detector helped," he said.

Jacksonville firefighters kept the fire to the kitchen, but smoke damaged the rest of the house. Members of Second Baptist Church are helping the Hightowers while repairs are made.""",
gold=[("LIT004", "subject"), ("LIT005", "subject")]),

dict(guid="lit_klrx-story-20260212-0456", pub="2026-02-12T17:45:00-06:00", title="Marshallese nurse at UAMS wins national nursing award",
body="""LITTLE ROCK (KLRX) - A nurse who translates for Marshallese patients on her lunch breaks has won one of nursing's best-known honors.

Hemina Jibas, a charge nurse in the UAMS dialysis unit, received a national DAISY Award for Extraordinary Nurses on Thursday. Co-workers say Jibas, who grew up on Arno Atoll and came to Arkansas in 1997, has helped hundreds of Marshallese families understand kidney care in their own language.

"Mina is the reason a lot of our patients keep coming back," unit manager Deborah Stiles said.""",
gold=[("LIT010", "subject")]),

dict(guid="lit_klrx-story-20260305-0521", pub="2026-03-05T18:30:00-06:00", title="Mount Zion food pantry feeds 1,000 families in a day",
body="""LITTLE ROCK (KLRX) - Volunteers at Mount Zion Missionary Baptist Church handed out groceries to more than 1,000 families Saturday in the largest single-day distribution in the pantry's history.

"We started lining up tables at five in the morning," said deacon Odell Starks, who has run the pantry's Saturday crew for twelve years. His wife, Willie Mae Starks, and about sixty other volunteers packed boxes of canned goods, rice and fresh produce from the Arkansas Foodbank.

Clarence "Buddy" Tolbert Jr., who drove the church van back and forth to the food bank four times, said the need has grown every month this year.""",
gold=[]),

dict(guid="lit_klrx-story-20260418-0602", pub="2026-04-18T22:10:00-05:00", title="Bryant soccer standout signs with Central Arkansas",
body="""BRYANT, Ark. (KLRX) - Bryant High School forward Daniela Hernández, the state's leading scorer the last two seasons, signed Friday to play soccer at the University of Central Arkansas.

Hernández, who scored 41 goals as a senior, chose UCA over Arkansas State and Tulsa. She plans to study nursing. Her parents, Rogelio and Lupe Hernández, who came to Bryant from Guanajuato in 1998, watched from the front row of the school's library.

"My dad never missed a game, even when he had to drive straight from work," Daniela said.""",
gold=[("LIT013", "parent_of_subject"), ("LIT012", "parent_of_subject")]),

dict(guid="lit_klrx-story-20260827-0744", pub="2026-08-27T17:20:00-05:00", title="Sherwood council approves new splash pad at Thornhill Park",
body="""SHERWOOD, Ark. (KLRX) - The Sherwood City Council voted 7-1 on Monday to build a $450,000 splash pad at Thornhill Park, with construction to start in the spring.

Several residents spoke in favor. "My grandkids drive to Jacksonville every Saturday in the summer to find a splash pad," said Jerry Tolbert, who has lived near the park for thirty years. Alderman Kevin Lyle cast the only no vote, citing the cost of water.""",
gold=[]),
]
