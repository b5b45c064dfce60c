"""The Maumee Valley Courier (invented Toledo metro daily) - local news, HTML descriptions, bylines in
dc:creator. Hand-labelled."""

FEED = "mvc"
ITEMS = [
dict(guid="tol_mvc_2026_0128_bartfay", pub="2026-01-28T06:30:00-05:00", byline="Ray Lisiecki, Courier staff writer",
title="After 50 years behind the counter, Birmingham butcher hangs up his apron",
body="""For half a century the smell of smoked bacon has drifted out of Bartfay Meats on Consaul Street every Thursday morning. On Saturday, Laszlo "Les" Bartfay will sell his last ring of hurka and hand the keys to his nephew, Attila Bartfay.

Bartfay, 73, bought the shop from its founder in 1976, when Birmingham still had three Hungarian butchers, two bakeries and a church on nearly every corner. He kept the recipes - the paprika bacon, the kolbász, the liver hurka - and added a mail-order business that now ships to Hungarian families in 40 states.

"My father came from Szeged with nothing," Bartfay said. "This shop gave our family everything. It is time somebody younger gets up at 4 a.m."

Customers lined up out the door on Wednesday to say goodbye. "I have bought my bacon here since the day he opened," said Betty Szentgyorgyi, 86, who lives around the corner. "He always put in an extra piece for my sister."

A farewell party, with a csárdás band, is planned for 2 p.m. Saturday at the Hungarian Club.""",
gold=[("TOL006", "subject")]),

dict(guid="tol_mvc_2026_0210_maumeefire", pub="2026-02-10T17:45:00-05:00", byline="Courier staff",
title="Fire guts Maumee home; owner and dog escape",
body="""MAUMEE - A Monday evening fire destroyed the kitchen and much of the first floor of a home in the 600 block of West Dudley Street, leaving homeowner Jerry Mroczkowski and his dog, a 12-year-old collie named Duchess, without a place to live.

Mroczkowski, 70, a retired Maumee schoolteacher, said he smelled smoke while watching the evening news in the den. "I grabbed Duchess and my wallet and that was it," he said. Maumee Fire Division crews had the fire under control in about 25 minutes. No one was hurt.

Fire officials said the fire appears to have started in a kitchen outlet. The Red Cross is assisting Mroczkowski, and neighbors have started a fund through St. Joseph Parish.""",
gold=[("TOL012", "subject")]),

dict(guid="tol_mvc_2026_0303_oregonbreakins", pub="2026-03-03T12:10:00-05:00", byline="Courier staff",
title="Oregon police: string of overnight car break-ins on Pickle Road",
body="""OREGON - Police are investigating at least eight vehicle break-ins reported overnight Sunday along Pickle Road and nearby side streets, and have arrested a 19-year-old Northwood man found with a backpack of stolen items.

Residents reported smashed windows and missing purses, tools and a laptop. "They took my work bag and my late father-in-law's rosary out of the glove box," said Linda Kolodziejczak, whose car was parked in her driveway. "The rosary is the only thing I want back."

The suspect, whose name was not released pending charges, is being held in the Lucas County jail. Police urged residents to lock vehicles and remove valuables.""",
gold=[]),   # crime story: victim quoted -> nothing

dict(guid="tol_mvc_2026_0526_grzelak", pub="2026-05-26T06:00:00-04:00", byline="Courier Milestones desk",
title="Milestones: Grzelaks of Monroe mark 50 years",
body="""MONROE, Mich. - Ted and Bernie Grzelak of Monroe celebrated their 50th wedding anniversary on May 22 with a Mass of thanksgiving at St. Mary Catholic Church and a polka dinner for 200 at the Monroe County Fairgrounds.

Thaddeus Grzelak and Bernadette Sobieralski were married May 22, 1976, at St. Mary's. Ted retired in 2012 after 35 years as an electrician at the Monroe power plant; Bernie taught second grade in the Monroe Public Schools for 31 years. They have three children, Mark, Anne and Joseph, and seven grandchildren.

The couple said the secret of their marriage is simple: "Separate bathrooms and the same bowling team." """,
gold=[("TOL010", "subject"), ("TOL011", "subject")]),

dict(guid="tol_mvc_2026_0617_storm", pub="2026-06-17T07:15:00-04:00", byline="Ray Lisiecki and Courier staff",
title="Straight-line winds topple trees, cut power across East Toledo and Oregon",
body="""Thunderstorms packing 70 mph winds tore through East Toledo, Oregon and Northwood on Tuesday evening, uprooting trees, peeling back roofs and knocking out power to 31,000 Toledo Edison customers.

In the Birmingham neighborhood a 100-year-old silver maple crashed across Paine Avenue, crushing a neighbor's garage and a parked pickup. "It sounded like a freight train, then a bomb," said Ilonka Bakonyi, who watched from her front window. "Thank God nobody was in that truck."

Crews expect to restore most power by Thursday night. The city will collect storm debris placed at the curb through June 30.""",
gold=[]),   # quoted bystander and the reporter byline -> nothing (the weather alert is labelled separately)

dict(guid="tol_mvc_2026_0708_unionhall", pub="2026-07-08T06:45:00-04:00", byline="Courier staff",
title="Retirees' council honors 50-year union members at Maumee Bay picnic",
body="""OREGON - The Maumee Valley Union Retirees Council honored 46 members with 50 or more years of union membership at its annual picnic Sunday at Maumee Bay State Park.

The oldest honoree, retired pipefitter Edwin Kowalczyk, 97, has carried a union card for 79 years. The picnic committee - Joe Kolodziejczak Jr., Sandra Orosz, Dennis Sziraki and Patricia Mazur - served 600 pierogi and 40 pounds of kielbasa. Donations went to the council's scholarship fund.""",
gold=[]),   # committee list -> nothing
]
