"""Mobile Bay Courier "Society & Carnival" column: Carnival courts, anniversaries, milestones, weddings;
teaser description + HTML in content:encoded. Hand-labelled."""

FEED = "society"
ITEMS = [
dict(guid="mob_courier_society_20260218_queen", pub="2026-02-18T08:00:00-06:00",
title="Order of the Silver Crescent crowns Queen Juliette",
body="""The Order of the Silver Crescent presented its 2026 court at its Carnival ball Saturday evening at the Mobile Civic Center, where Miss Juliette Fonde Goldthwaite reigned as queen.

Queen Juliette is the daughter of Mr. and Mrs. Hollis Goldthwaite III of Spanish Fort and the granddaughter of Mr. and Mrs. Hollis Goldthwaite Jr. of Spanish Fort and of Mrs. Bernard Fonde and the late Dr. Fonde of Mobile. A senior at UMS-Wright, she wore a gown of ivory silk peau de soie embroidered with silver crescents and pearls, and a train of silver lamé edged in ermine, designed by Mrs. Lucinda Oakes.

The king, whose identity is by tradition not revealed, was attended by the knights of the order. Maids of the court were Miss Ava Sbisa, Miss Madeline Tonsmeire, Miss Caroline Pruett and Miss Ella Kearley.

The ball committee, chaired by Mrs. Wallace Pruett, included Mrs. Alphonse Juzan, Mrs. Henry Tonsmeire, Mrs. Dominic Sbisa and Mrs. Eugenia Marchand. Music was by the Excelsior Band and the Bay City Syncopators.""",
gold=[("MOB008", "parent_of_subject"), ("MOB009", "parent_of_subject")]),

dict(guid="mob_courier_society_20260310_zieman90", pub="2026-03-10T08:00:00-05:00",
title="Tillie Zieman of Daphne celebrates her 90th birthday",
body="""Mrs. Clotilde "Tillie" Zieman of Daphne celebrated her 90th birthday on Sunday, March 8, with a dinner for forty at the Daphne Civic Center given by her nieces and nephews.

Mrs. Zieman, a Daphne native, taught piano to children on the Eastern Shore for more than sixty years from the front room of her house on Dryer Avenue, and still plays the organ for the early Mass at Christ the King on first Sundays. Her late husband, Carl Zieman, ran the hardware store on Main Street.

Asked her secret, she said: "Scales every morning, and never eat supper after seven." """,
gold=[("MOB015", "subject")]),

dict(guid="mob_courier_society_20260426_laurendine50", pub="2026-04-26T08:00:00-05:00",
title="Laurendines mark fifty years",
body="""Mr. and Mrs. Lorenzo Laurendine of Fairhope celebrated their golden wedding anniversary on Friday, April 24, with a Mass of thanksgiving at St. Lawrence Catholic Church and a reception at the Fairhope Yacht Club given by their children.

The former Cecile Dubroca, daughter of the late Mr. and Mrs. Jules Dubroca of Daphne, and Mr. Laurendine were married at St. Brendan's in Mobile on April 24, 1976. Mr. Laurendine retired in 2015 as a harbor pilot on Mobile Bay; Mrs. Laurendine taught French at Fairhope High School for 30 years.

Hosts were their son and daughter-in-law, Marc and Jennifer Laurendine of Mandeville, Louisiana, and their daughter and son-in-law, Dr. Simone and Andrew Hale of Birmingham. Among the guests were the couple's maid of honor, Mrs. Genie Marchand of Point Clear, and Mrs. Laurendine's brother, Tony Dubroca of Daphne.""",
gold=[("MOB001", "subject"), ("MOB002", "subject")]),

dict(guid="mob_courier_society_20261115_kynard", pub="2026-11-15T08:00:00-06:00",
title="Dunning-Kynard vows exchanged at Stone Street Baptist",
body="""Miss Brianna Lanae Dunning and Mr. Terrance Kynard were united in marriage on Saturday, November 7, at Stone Street Baptist Church, the Rev. Dr. Harold Gaines officiating.

The bride is the daughter of Mr. and Mrs. Carl Dunning of Mobile. The groom is the son of the late Louise Ann Kynard, whose photograph stood on a chair in the front row, and of Mr. Reginald Kynard of Birmingham.

The bride, a graduate of Alabama State University, is a second-grade teacher at Dauphin Island Parkway Elementary. The groom, a graduate of the University of South Alabama, is an electrical engineer with Alabama Power. After a wedding trip to Jamaica, the couple will live in west Mobile.""",
gold=[("MOB019", "subject")]),
]
