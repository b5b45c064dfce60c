"""Granite Business Review: a business weekly, plain text, guids mht_gbr_*. Hand-labelled."""

FEED = "gbr"
ITEMS = [
dict(guid="mht_gbr_2026_02_10_sagarmatha", pub="2026-02-10T06:00:00-05:00", title="Sagarmatha Bazaar opens second store, on Manchester's Valley Street",
body="""The Himalayan grocery that started in a former laundromat on Manchester's Lake Avenue has opened a second, much larger store.

Sagarmatha Bazaar owner Suraj Ghimire, who came to Manchester as a teenager from a refugee camp in Nepal in 2008, cut the ribbon Saturday on an 8,000-square-foot store on Valley Street, with a halal butcher counter, a hot-food line serving momo and sel roti, and a money-transfer window. He has hired fourteen employees, most of them from the Bhutanese-Nepali and Congolese communities.

"My mother used to say that a shop is a village," Ghimire said. "Now the village is bigger." The expansion was financed with a loan from the Manchester Development Corporation.""",
gold=[("MHT012", "subject")]),

dict(guid="mht_gbr_2026_03_17_nvmc_nursing", pub="2026-03-17T06:00:00-04:00", title="Nashua Valley Medical Center names new chief nursing officer",
body="""Nashua Valley Medical Center has promoted Carmen Rivera Ortiz to vice president and chief nursing officer, the hospital announced Monday.

Rivera Ortiz, who has led the hospital's emergency department nurses since 2017, began her career there as a bilingual patient-care aide while studying at Rivier University. She succeeds Janet Whitcomb, who retires in April after 31 years.

"Carmen knows every unit in this building because she has worked in most of them," said president and CEO Alan Brewster.""",
gold=[("MHT020", "subject")]),

dict(guid="mht_gbr_2026_04_21_acropolis", pub="2026-04-21T06:00:00-04:00", title="Acropolis Diner marks 60 years on Nashua's Main Street",
body="""Sixty years, three generations and, by the family's count, about four million eggs: the Acropolis Diner on Main Street in Nashua celebrates its anniversary this week.

Owner Nick Kouris, whose grandfather Nikolaos opened the diner in 1966, has kept the counter, the stools and the rice pudding recipe, and added online ordering and a second shift of bakers. He bought the business from his father in 2011.

"My yiayia would not recognize the computer, but she would recognize the pudding," Kouris said. Longtime regulars are loyal: "I have had the same booth since 1974," said Jim Karras of Nashua, who stops in every morning before opening his insurance office. The diner will serve 1966 prices on Saturday.""",
gold=[("MHT008", "subject")]),
# Jim Karras (MHT023) is a quoted regular: nothing.

dict(guid="mht_gbr_2026_05_05_chamber", pub="2026-05-05T06:00:00-04:00", title="Bedford CPA to chair Greater Manchester Chamber",
body="""The Greater Manchester Chamber of Commerce has elected Athena Demopoulos, managing partner of Demopoulos & Lagos CPAs in Bedford, as chair of its board for 2026-27.

Demopoulos, who founded the firm in 1998, is the first accountant to lead the chamber in more than two decades. She said her priorities are child care for working parents and housing that young workers can afford.

"Athena reads a budget the way other people read a novel," said Michelle St. Pierre, the chamber's outgoing treasurer. The board also thanked outgoing chair Robert Levesque.""",
gold=[("MHT009", "subject")]),
# Michelle St. Pierre (MHT024) is quoted: nothing.
]
