"""WSGA 6 South Georgia (TV station site, Valdosta/Tifton): short web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="vld_wsga_20260213_0211", pub="2026-02-13T18:20:00-05:00", title="Adel mother, two children escape overnight house fire",
body="""ADEL, Ga. (WSGA) - An Adel mother and her two children got out safely early Friday after fire tore through their home on West 7th Street.

Tomeka Brinson said a smoke alarm installed by the Adel Fire Department last fall woke her just after 2 a.m. "I grabbed the babies and ran. I didn't even get my shoes," Brinson said. The house is a total loss, according to Adel Fire Chief Randy Walden, who said the fire appears to have started in a space heater.

Neighbor Beau Sirmans, who saw the flames from Old Coffee Road, said the family is staying with relatives. "This is a small town. People will show up for her," Sirmans said. The American Red Cross of South Georgia is assisting the family.""",
gold=[("VLD023", "subject")]),

dict(guid="vld_wsga_20260410_0378", pub="2026-04-10T17:45:00-04:00", title="Moultrie neighbors clear debris after Thursday's tornado",
body="""MOULTRIE, Ga. (WSGA) - Chainsaws and tractors were out all day Friday on Moultrie's southwest side, where an EF-1 tornado snapped pines and peeled back roofs Thursday evening.

The National Weather Service in Tallahassee confirmed the tornado touched down near Tallokas Road and traveled about four miles to the northeast. No serious injuries were reported.

"I came down from Valdosta as soon as I heard, because my cousin's got nobody but me," said Clyde Purvis, who spent the morning cutting a fallen oak off a carport on 5th Street Southwest. Colquitt County EMA director Pam Rountree said 23 homes had damage and asked residents to report it online.""",
gold=[]),

dict(guid="vld_wsga_20260508_0421", pub="2026-05-08T19:05:00-04:00", title="Quitman teacher named Brooks County Teacher of the Year",
body="""QUITMAN, Ga. (WSGA) - Quitman Elementary fourth-grade teacher Delia Hammock was named Brooks County Schools' Teacher of the Year on Thursday.

Hammock, a Brooks County High School graduate in her ninth year in the classroom, started the school's "Reading Under the Oaks" program, which moved reading time outdoors and, by the district's count, doubled library checkouts in a year. She now represents Brooks County in the Georgia Teacher of the Year competition.

"She teaches the way she was taught here, with a lot of love and very high expectations," Superintendent Dr. Marcus Hines said.""",
gold=[("VLD022", "subject")]),

dict(guid="vld_wsga_20260522_0455", pub="2026-05-22T18:30:00-04:00", title="Lowndes senior wins state science fair with peanut-shell water filter",
body="""VALDOSTA, Ga. (WSGA) - A Lowndes High School senior who built a water filter from charred peanut shells took first place at the Georgia Science and Engineering Fair.

Kiana McCrary, 17, the daughter of LaTonya and Cedric McCrary of Valdosta, tested her filter on water from the Withlacoochee River for eight months. She will represent Georgia at the international fair this fall and plans to study environmental engineering at Georgia Tech.

"She ran every test three times," her father said. "Our kitchen has been a laboratory since Christmas." """,
gold=[("VLD009", "parent_of_subject"), ("VLD010", "parent_of_subject")]),

dict(guid="vld_wsga_20261017_0612", pub="2026-10-17T20:10:00-04:00", title="Smoke on the Water cook-off raises $41,000 for Valdosta food bank",
body="""VALDOSTA, Ga. (WSGA) - Forty-two barbecue teams filled the James H. Rainwater Conference Center lot on Saturday for the Smoke on the Water cook-off, raising $41,000 for Second Harvest of South Georgia.

The Grand Champion trophy went to Pit Crew 229 of Hahira, led by pitmaster Tony Gaskins. Judges this year included Valdosta restaurateur and hotelier Hemant Desai, VSU chef-in-residence Angela Brooks and Lowndes County Commissioner Scottie Orenstein.

Sponsors included Tuggle's Feed & Seed of Adel, Southern Pine Bank and Wiregrass Ford.""",
gold=[]),
]
