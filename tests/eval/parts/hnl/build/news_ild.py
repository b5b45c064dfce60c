"""Honolulu Island Ledger - Hawaii News (metro daily), plain text with bylines. Hand-labelled."""

FEED = "ildnews"
ITEMS = [
dict(guid="hnl_ild_news_2026_0126", pub="2026-01-26T06:00:00-10:00",
title="Kalihi's newest manapua shop draws lines on opening day",
body="""By Joy Pascua, Island Ledger

The line outside Ah Sing Bake Shop on North King Street stretched past the bus stop by 6 a.m. Saturday, an hour before the doors opened.

Owner Wendell Ah Sing, 65, spent 38 years as a baker at hotels in Waikiki before deciding to open his own shop in the Kalihi neighborhood where he grew up. He makes baked and steamed manapua, half-moons and his grandmother's gau recipe, and sold out of char siu manapua by 10 a.m.

"My popo always said, make it like you're feeding family," Ah Sing said. "So that's what we do."

The shop is open 6 a.m. to 2 p.m. Tuesday through Sunday.""",
gold=[("HNL016", "subject")]),

dict(guid="hnl_ild_news_2026_0224", pub="2026-02-24T06:00:00-10:00",
title="Kumu hula Pualani Kamakau named a Living Treasure of Hawaii",
body="""By Kalena Hiapo, Island Ledger

Kumu hula Pualani "Pua" Kamakau of Kaneohe, who has taught hula and oli to three generations of windward Oahu dancers, is among five people named Living Treasures of Hawaii this year by the Honpa Hongwanji Mission of Hawaii.

Kamakau, 68, founded Halau Na Pua o Haiku in 1984 in a Kaneohe garage. Her dancers have won the Merrie Monarch Festival's kahiko division three times. She also taught Hawaiian language at Castle High School for 25 years.

The honorees were chosen by a selection committee of community leaders that included Noelani Kahananui, Rev. Ryoshin Sato and Dr. Harold Fong. They will be honored at a luncheon on March 14.""",
gold=[("HNL015", "subject")]),

dict(guid="hnl_ild_news_2026_0317", pub="2026-03-17T06:00:00-10:00",
title="Kalihi bakery burglarized; police seek two suspects",
body="""By Island Ledger staff

Honolulu police are looking for two men who broke into a Kalihi bakery early Monday and took a cash register and a commercial mixer.

Officers responded to Ah Sing Bake Shop on North King Street at about 3:40 a.m. after an alarm. Owner Wendell Ah Sing told police the men pried open the back door. Surveillance video shows two men loading equipment into a silver pickup.

Anyone with information is asked to call CrimeStoppers at 955-8300.""",
gold=[]),

dict(guid="hnl_ild_news_2026_0408", pub="2026-04-08T06:00:00-10:00",
title="Kalihi Kai cafeteria manager retires after 31 years of 'auntie' lunches",
body="""By Joy Pascua, Island Ledger

When Maria Luz "Auntie Luz" Cabanilla started in the Kalihi Kai Elementary School cafeteria in 1995, she was making chili-and-rice for 600 students. On Friday the school sent her into retirement with a lei line that went around the campus twice.

Cabanilla, 59, managed the cafeteria for 22 of her 31 years there. Principal Danette Yamane said generations of students remember her pancit on Filipino Fiesta Day. "She knew every child's name and which ones forgot their lunch money," Yamane said.

Cabanilla said she plans to travel to Vintar, Ilocos Norte, her late mother's hometown, and then "learn to sleep past 4 a.m." """,
gold=[("HNL010", "subject")]),

dict(guid="hnl_ild_news_2026_0520", pub="2026-05-20T06:00:00-10:00",
title="Ohana Pacific Federal Credit Union names new chief financial officer",
body="""By Island Ledger staff

Ohana Pacific Federal Credit Union has promoted Calvin Pyun to chief financial officer, the Honolulu-based credit union announced Tuesday.

Pyun, 46, joined the credit union in 2011 as a financial analyst and has been its controller since 2019. He is a graduate of Punahou School and the University of Hawaii's Shidler College of Business and a certified public accountant. He succeeds Lynette Ching, who retired in April after 27 years.

Ohana Pacific has 14 branches on Oahu, Maui and Hawaii Island and about $1.9 billion in assets.""",
gold=[("HNL018", "subject")]),
dict(guid="hnl_ild_news_2026_0612", pub="2026-06-12T06:00:00-10:00",
title="Mililani teacher wins state's top teaching award",
body="""By Island Ledger staff

Karen Nakasato-Wong, who teaches sixth-grade science at Mililani Middle School, has been named the 2027 Hawaii State Teacher of the Year by the Department of Education.

Nakasato-Wong, 49, started the school's solar-car club and a stream-monitoring project on Kipapa Stream that has produced data used by the state Commission on Water Resource Management.

She credits her parents, Amy Nakasato and the late Clyde Nakasato of Kaimuki, a retired Kaimuki Middle School industrial arts teacher. "Dad let me take apart every radio in the house," she said. "Mom made me put them back together." She will represent Hawaii in the national competition.""",
gold=[("HNL022", "parent_of_subject")]),
]
