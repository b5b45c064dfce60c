"""WRHT Red Hills 11 (Tallahassee TV station): local web stories, HTML descriptions. Hand-labelled."""

FEED = "wrht"
ITEMS = [
dict(guid="tlh_wrht_20260119_0412", pub="2026-01-19T18:30:00-05:00", title="Southside pastor receives city's Drum Major for Justice award",
body="""TALLAHASSEE, Fla. (WRHT) - The pastor who turned an empty Southside laundromat into a tutoring center and a free clinic received the city's Drum Major for Justice Award on Monday.

The Rev. Cleophus Gainous of Greater Mount Pisgah Missionary Baptist Church accepted the award at the King Day celebration at the Tallahassee-Leon County Civic Center. In ten years, the center has tutored more than 3,000 children.

"Dr. King asked what we are doing for others," Gainous said. "This is what we are doing. It is not enough yet." """,
gold=[("TLH011", "subject")]),

dict(guid="tlh_wrht_20260224_0533", pub="2026-02-24T07:15:00-05:00", title="Crawfordville couple escapes early-morning house fire",
body="""CRAWFORDVILLE, Fla. (WRHT) - A Wakulla County couple escaped without injury early Tuesday when fire tore through their home off Mullet Creek Lane.

Dell and Patsy Raulerson told Red Hills 11 that a smoke alarm woke them at about 4 a.m. "We went out the back door in our nightclothes with the dog and the checkbook," Patsy Raulerson said.

Wakulla County Fire Rescue said the fire appears to have started in the kitchen. The house is a total loss. The American Red Cross is helping the couple.""",
gold=[("TLH004", "subject"), ("TLH005", "subject")]),

dict(guid="tlh_wrht_20260421_0618", pub="2026-04-21T12:05:00-04:00", title="Northeast Tallahassee neighbors clean up after tornado warning storm",
body="""TALLAHASSEE, Fla. (WRHT) - Chainsaws were running before sunrise Tuesday in neighborhoods off Kilkenny Court and Thomasville Road, where a storm that prompted a tornado warning brought down dozens of live oaks overnight.

"It sounded like a freight train for about twenty seconds, then it was just rain," said Mary Beth Cauthen, who walked over with a rake to help a neighbor clear the street.

The City of Tallahassee reported about 14,000 customers without power at the peak. Crews expect most service to be restored by Wednesday night.""",
gold=[]),  # TLH009 is a quoted bystander: nothing for the story (weather rows are separate)

dict(guid="tlh_wrht_20260505_0702", pub="2026-05-05T17:40:00-04:00", title="Lincoln High sprinter signs with FAMU",
body="""TALLAHASSEE, Fla. (WRHT) - Lincoln High School senior Amara Tharpe, the state 400-meter champion, signed a track scholarship with Florida A&M on Tuesday in front of a packed school gym.

Tharpe, 18, ran 53.1 seconds at the state meet in Gainesville last spring. She picked FAMU over Florida State and Georgia.

Her parents, Kendrick and Simone Tharpe, both FAMU graduates, wore orange and green. "We told her to choose with her heart," her mother said. "Her heart just happened to be on the Hill." """,
gold=[("TLH020", "parent_of_subject"), ("TLH021", "parent_of_subject")]),

dict(guid="tlh_wrht_20260623_0815", pub="2026-06-23T19:20:00-04:00", title="Wakulla fisherman pulls two kayakers from Ochlockonee Bay",
body="""PANACEA, Fla. (WRHT) - A Crawfordville commercial fisherman is being credited with saving two kayakers whose boats overturned in a squall on Ochlockonee Bay on Sunday afternoon.

Ansel Mashburn, 59, was running crab traps when he saw the overturned kayaks. He pulled a Tallahassee man and his teenage son, both without life jackets, into his boat and carried them to the Mashes Sands ramp, where Wakulla County Fire Rescue was waiting.

"They were getting tired," Mashburn said. "Another ten minutes and I don't like to think about it." The sheriff's office said it will honor him next month.""",
gold=[("TLH022", "subject")]),

dict(guid="tlh_wrht_20260714_0907", pub="2026-07-14T18:10:00-04:00", title="Havana Sunday school teacher honored for 50 years",
body="""HAVANA, Fla. (WRHT) - Ora Lee Tullis has taught the Sunday school class for girls at Mount Olive Primitive Baptist Church since 1976, and on Sunday the church honored her with a plaque and a fellowship dinner.

Tullis, 78, said she has taught the daughters and granddaughters of her first students. Her late husband, Cleveland, died in April. "He would have wanted a second helping of the cake," she said.""",
gold=[("TLH003", "subject")]),
]
