"""The Inland Courier (invented Spokane metro daily) - local news, plain text. Hand-labelled."""

FEED = "courier_local"
ITEMS = [
dict(guid="spk_courier_news_2026_1102", pub="2026-03-02T06:15:00-08:00",
title="After 44 years, Hillyard machinist turns off the lathe",
body="""For 44 years, the first sound on Frederick Avenue every weekday morning was the roll-up door at Mittelstaedt Precision, the two-bay machine shop Karl-Heinz "Charlie" Mittelstaedt opened in 1982 after apprenticing in Stuttgart and emigrating to Spokane.

On Friday, Mittelstaedt, 73, ran his last part - a replacement gear for a 1950s grain elevator in Davenport - and handed the keys to his longtime foreman, who will run the shop under a new name.

"I came here with a toolbox and a dictionary," Mittelstaedt said. "Spokane gave me everything else."

Customers lined up for coffee and German pastries at a farewell open house. "If Charlie couldn't make it, it couldn't be made," said Arnie Skjonsberg, a retired cabinetmaker who has brought him broken parts since the 1980s.

Mittelstaedt says he plans to spend his retirement fly-fishing the St. Joe River and restoring a 1961 Mercedes.""",
# Subject: SPK020. Arnie Skjonsberg (SPK001) is a quoted customer -> nothing.
gold=[("SPK020", "subject")]),

dict(guid="spk_courier_news_2026_1187", pub="2026-05-21T06:15:00-07:00",
title="Gonzaga Prep valedictorian headed to MIT on full ride",
body="""Jonah Wojtaszek, the valedictorian of Gonzaga Preparatory School's class of 2026, has accepted a full scholarship to the Massachusetts Institute of Technology, where he plans to study aerospace engineering.

Wojtaszek, 18, the son of Tad and Renee Wojtaszek of north Spokane, led the Bullpups' robotics team to the state championship and spent two summers as an intern at Fairchild Air Force Base.

"He was building rockets out of paper towel tubes in our garage when he was six," his mother said. "We're proud, and we're going to miss him terribly."

Wojtaszek will deliver the valedictory address at commencement on June 5 at the Spokane Arena.""",
gold=[("SPK016", "parent_of_subject"), ("SPK017", "parent_of_subject")]),

dict(guid="spk_courier_news_2026_1215", pub="2026-06-04T06:15:00-07:00",
title="Longtime Ferris High counselor honored with state award",
body="""Mary Clare Hanratty, a counselor at Ferris High School for 31 years, has been named Washington's School Counselor of the Year by the Washington School Counselor Association.

Hanratty, 65, who will retire at the end of this school year, started a peer-mentoring program for ninth-graders that has been copied by a dozen districts across the state. Former students from as far away as Boston wrote letters in support of her nomination.

"She knew every kid's name, and every kid's dog's name," said Principal Dana Whitcomb.

Hanratty will be honored at a banquet in Tacoma on June 20. She said she plans to spend her first retirement summer with her nieces and nephews at a family cabin on Priest Lake.""",
gold=[("SPK005", "subject")]),

dict(guid="spk_courier_news_2026_1240", pub="2026-06-18T06:15:00-07:00",
title="Bloomsday volunteers honored at annual thank-you picnic",
body="""More than 300 volunteers who staffed water stations, finish-line corrals and the shuttle buses for the 50th Lilac Bloomsday Run were thanked Sunday at a picnic in Manito Park.

Race director Carol Dempsey read the names of volunteers with 25 or more years of service, among them Solveig Skjonsberg, Kate Brosnahan, Roger Peltier, Gail Iverson and Denise Amundrud.

"The runners get the T-shirts, but these are the people who make Bloomsday happen," Dempsey said. Next year's race is scheduled for May 2, 2027.""",
# A list of long-serving volunteers: Solveig Skjonsberg (SPK002), Kate Brosnahan (SPK004) -> nothing.
gold=[]),
dict(guid="spk_courier_news_2026_1122", pub="2026-05-15T06:15:00-07:00",
title="Skjonsbergs to lead Syttende Mai parade down Perry Street",
body="""Arnie and Solveig Skjonsberg, who have sewn, mended and pressed the bunads worn by the Sons of Norway Leif Erikson Lodge's folk dancers since 1972, will be grand marshals of Sunday's Syttende Mai parade in Spokane.

The South Hill couple, married 57 years, met at a lodge dance when Solveig Rudstrom was 19. Arnie, a retired cabinetmaker, built the lodge's rosemaling-painted float, which will carry them down Perry Street at 1 p.m. Solveig's late mother, Ragna Rudstrom, was grand marshal in 1988.

The parade is followed by a lutefisk-free smorgasbord at the lodge hall. "We promised the children," Solveig said.""",
gold=[("SPK001", "subject"), ("SPK002", "subject")]),

dict(guid="spk_courier_news_2026_1203", pub="2026-05-28T06:15:00-07:00",
title="St. Aloysius parishioner receives Caritas award for 40 years of food-bank work",
body="""Kate Brosnahan, who organized the first Tuesday-night food pantry in the basement of St. Aloysius Church in 1986, received Catholic Charities Eastern Washington's Caritas Award on Sunday.

Brosnahan, a retired Gonzaga nursing instructor, has since helped start five more pantries in the Logan and Hillyard neighborhoods. Bishop Thomas Daly presented the award at a Mass at the Cathedral of Our Lady of Lourdes.

"Kate has a list of every family, and she knows what each one needs without being told," said pantry volunteer Mary Clare Hanratty.""",
# Subject: SPK004 (nickname Kate). Mary Clare Hanratty (SPK005) is a quoted volunteer -> nothing.
gold=[("SPK004", "subject")]),
dict(guid="spk_courier_news_2026_1266", pub="2026-07-09T06:15:00-07:00",
title="Weddings: Oftedahl - Marchetti",
body="""Annika Solveig Oftedahl and Luca James Marchetti were married June 27, 2026, at Central Lutheran Church in Spokane, with a reception at the Liberty Lake Golf Course clubhouse.

The bride is the daughter of Erik and Birgit Oftedahl of Liberty Lake. She is a graduate of Central Valley High School and Washington State University and teaches fourth grade in the Central Valley School District. The groom is the son of Paul and Teresa Marchetti of Walla Walla and is an engineer with Avista.

The couple will live in Spokane Valley after a honeymoon in Norway.""",
# SPK008 (Birgit) is the bride's mother -> parent_of_subject.
gold=[("SPK008", "parent_of_subject")]),
]
