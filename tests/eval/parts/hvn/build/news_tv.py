"""WNHV News 8 (New Haven TV station web site): local news, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="hvn_tv_2026_5102", pub="2026-03-21T18:40:00-04:00", title="Branford man pulls two kayakers from frigid water off Branford Point",
body="""BRANFORD - A Branford man is being called a hero after he pulled two kayakers from the frigid waters of Long Island Sound off Branford Point on Saturday afternoon.

Gerry Dunnigan, 65, was walking his dog when he saw the kayak flip about 100 yards offshore. He launched a neighbor's rowboat and reached the pair, two UConn students, within minutes. Both were treated for hypothermia at Yale New Haven Hospital and released.

"He didn't even stop to take his coat off," said his wife, Mary Beth, who called 911 from the beach. Branford Fire Chief Thomas Celentano said the students were lucky: "Ten more minutes in that water and we'd be having a different conversation." """,
gold=[("HVN014", "subject")]),  # Mary Beth only quoted about her husband's act -> nothing for HVN013

dict(guid="hvn_tv_2026_5137", pub="2026-05-08T22:10:00-04:00", title="Hamden professor wins national prize for work on children's asthma",
body="""HAMDEN - Dr. Tobias Ferencz, a Yale School of Public Health professor who lives in Hamden, has won the American Public Health Association's Rosenau Award for his research linking highway traffic to childhood asthma in New Haven neighborhoods.

Ferencz and his team spent eight years placing air monitors on porches in the Hill and Fair Haven. "The kids who live along I-95 were missing twice as many school days," he said. He will accept the award in Washington in November.""",
gold=[("HVN018", "subject")]),

dict(guid="hvn_tv_2026_5166", pub="2026-06-24T07:30:00-04:00", title="Hamden and North Haven clean up after severe storm topples trees",
body="""HAMDEN - Chainsaws were running before dawn Wednesday on Whitney Avenue and in Montowese after a line of severe thunderstorms brought down dozens of trees and left more than 9,000 United Illuminating customers without power.

On Morse Street, a 90-year-old oak crushed a parked car. "It sounded like a freight train and then it was just quiet," said neighbor Reggie Threadgill, who spent the morning helping clear branches from the street. No injuries were reported. UI said most customers should have power back by Thursday night.""",
gold=[]),  # HVN008 is a quoted neighbor; the storm itself is the weather alert -> nothing here

dict(guid="hvn_tv_2026_5181", pub="2026-07-02T18:15:00-04:00", title="Milford's Ambrose Kilbride honored for 40 years of youth hockey",
body="""MILFORD - The Milford Ice Pavilion will rename its rink-side lounge for Ambrose Kilbride, who has coached and organized youth hockey in the city since 1986. More than 200 former players turned out Tuesday night for the dedication. Kilbride, 76, said he would keep coaching the mites "until they make me stop." """,
gold=[]),  # HVN017 is do_not_contact -> nothing

dict(guid="hvn_tv_2026_5204", pub="2026-08-14T23:05:00-04:00", title="Fire displaces Fair Haven couple; neighbors rally with clothes and food",
body="""NEW HAVEN - A Fair Haven couple lost most of their belongings Friday afternoon when a fire started in the kitchen of their Grand Avenue home.

Millie Irizarry and her husband, Freddy Carrasquillo, were at work when neighbors saw smoke. New Haven firefighters had the fire under control in 20 minutes, but the first floor was heavily damaged. The couple's cat was rescued. The Red Cross is helping them with temporary housing, and St. Francis of Assisi parish is collecting clothing and gift cards.""",
gold=[("HVN005", "subject"), ("HVN006", "subject")]),
]
