"""The Bayline Herald (invented Miami metro daily): local news, plain text. Hand-labelled."""

FEED = "bhl"
ITEMS = [
dict(guid="mia_bhl_260320_a7c1", pub="2026-03-20T07:45:00-04:00", title="Kitchen fire damages Hialeah home; neighbors pull owner's dog to safety",
body="""HIALEAH - A kitchen fire heavily damaged a one-story home on West 24th Avenue late Thursday, Hialeah Fire Rescue said.

The homeowner, Idalmis Bacallao, 71, was at a neighbor's house when smoke began pouring from the kitchen window at about 10:15 p.m., according to Capt. Yoandy Ferrer. No one was hurt. Firefighters had the blaze out in twenty minutes, but the kitchen and living room were destroyed and the family will stay with relatives.

"We heard the dog barking and barking, and then we saw the smoke," said Reinaldo Sotolongo, who lives across the street and helped another neighbor break a side window to let the dog out. "In this neighborhood everybody knows everybody's dog."

The Red Cross is assisting. Investigators believe a pot left on the stove started the fire.""",
gold=[]),  # MIA013 do_not_contact (subject): nothing; MIA014 quoted neighbor: nothing

dict(guid="mia_bhl_260408_b2d9", pub="2026-04-08T16:20:00-04:00", title="Two charged in $1.2 million cargo theft ring at Medley warehouses",
body="""MEDLEY - Miami-Dade police arrested two men Tuesday in what detectives describe as a ring that stole tractor-trailers loaded with electronics and perfume from warehouses in Medley and Doral.

Lazaro Bergnes, 64, of Miami, and Yosvany Peraza, 38, of Hialeah, face charges of grand theft and dealing in stolen property. Detectives say the pair used cloned gate passes to drive loaded trailers out of at least six warehouses since November.

Both were booked into the Turner Guilford Knight Correctional Center. Bergnes's attorney said his client "looks forward to answering these accusations in court." """,
gold=[]),  # crime rule: nothing (even though name, town and age fit MIA015)

dict(guid="mia_bhl_260516_c4e0", pub="2026-05-16T08:00:00-04:00", title="Fifty years after a Coral Gables wedding, the same church, the same band",
body="""CORAL GABLES - On May 15, 1976, Carlos Manuel "Manny" de la Guardia and Beatriz Ulloa were married at the Church of the Little Flower, and the Conjunto Casino played "Quiéreme Mucho" for their first dance.

On Friday the de la Guardias renewed their vows in the same church, and the grandsons of two of the original musicians played the same bolero. Manny, 75, a retired civil engineer who helped design half the parking garages in downtown Coral Gables, and Betty, 72, a longtime Spanish teacher at Coral Gables Senior High, have three children and seven grandchildren.

"I promised her fifty years ago that I would dance with her every May 15," Manny de la Guardia said. "I have not missed one."

The celebration continued with a dinner for 140 guests at the Biltmore.""",
gold=[("MIA018", "subject"), ("MIA019", "subject")]),

dict(guid="mia_bhl_260602_d118", pub="2026-06-02T07:10:00-04:00", title="Coral Gables Museum gala raises $640,000 for children's architecture camp",
body="""CORAL GABLES - The Coral Gables Museum's spring gala raised $640,000 Saturday night for its summer architecture camp, which brings 300 children from across Miami-Dade to study the city's Mediterranean Revival buildings.

The evening honored preservationist Marta Villalobos. Gala chairs were Elena Suárez and Brian Kessler. Leading donors included the Coral Gables Community Foundation, the Alhambra Circle Neighbors Association, Yamilé and Ernesto Portuondo, Teresita and Jorge Chávez, and the Bayshore Rotary Club.

Museum director Rafael Soto said the money will allow the camp to double its scholarships.""",
gold=[]),  # donor list: nothing for MIA004/MIA005

dict(guid="mia_bhl_260711_e35f", pub="2026-07-11T09:30:00-04:00", title="Orlando middle school teacher named Florida Teacher of the Year",
body="""TALLAHASSEE - An Orlando science teacher who turned a school parking lot into a working wetland was named Florida Teacher of the Year on Thursday.

Shoshana Gutkowicz, 29, teaches seventh-grade science at Lakeview Middle School in Orange County. Her students built the half-acre wetland over three years and now monitor its water quality for the St. Johns River Water Management District.

Gutkowicz, a University of Central Florida graduate, will spend the next year as an ambassador for the Department of Education.""",
gold=[]),  # namesake elsewhere, clearly different age (MIA008 is 56, Miami Beach)

dict(guid="mia_bhl_260814_f20a", pub="2026-08-14T06:50:00-04:00", title="Driver charged with DUI after crash on SW 8th Street injures two",
body="""MIAMI - A 27-year-old driver was charged with DUI with serious bodily injury after his pickup ran a red light and struck a sedan at SW 8th Street and 27th Avenue early Thursday, Miami police said.

Police identified the driver as Kevin Rondón, 27, of Hialeah. The driver of the sedan, Osvaldo Carmenate, 53, of Miami, and his passenger were taken to Jackson Memorial Hospital with injuries that were not life-threatening.

Rondón was booked into the Turner Guilford Knight Correctional Center.""",
gold=[]),  # crime/crash-charge rule: nothing for MIA003 (name, town and age fit)

dict(guid="mia_bhl_260829_g7b3", pub="2026-08-29T08:15:00-04:00", title="At 85, a Miami Beach widow swims her 5,000th mile in the ocean off 46th Street",
body="""MIAMI BEACH - Mimi Blumenkranz celebrated her 85th birthday on Thursday the way she has celebrated most mornings since 1979: with a one-mile swim off the beach at 46th Street.

This one was special. By the count in the spiral notebooks she keeps in her beach bag, it was her 5,000th ocean mile. About thirty members of the Sunrise Swimmers club, some of them in party hats, swam the last stretch beside her.

Blumenkranz, a retired Miami Beach Senior High English teacher, lost her husband, Harvey, in January. "He used to stand on the sand with a towel and a coffee," she said. "This morning I did not need the towel. I had thirty friends." """,
gold=[("MIA006", "subject")]),  # MIA007 named as the late husband: nothing
]
