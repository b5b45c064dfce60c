"""Local news for the slw part, two sources, hand-labelled (gold=[(client_id, role)])."""

# 1. Delmarva 16 (TV station site): HTML descriptions
TV = [
dict(guid="slw_d16_story_3101", pub="2026-03-03T18:20:00-05:00", title="Crisfield couple escapes house fire on West Main Street",
body="""CRISFIELD, Md. (Delmarva 16) - A Crisfield couple got out safely early Tuesday after fire tore through the back of their home on West Main Street.

Elwood and Norma Dize told Delmarva 16 they woke to the smoke detector just after 4 a.m. The Crisfield Volunteer Fire Department had the fire under control in about half an hour. The State Fire Marshal said the fire started in an enclosed porch and appears accidental; damage is estimated at $90,000.

"We got out with the dog and our shoes, and that's all that matters," Norma Dize said. The Red Cross is helping the couple with temporary housing.""",
gold=[("SLW001", "subject"), ("SLW002", "subject")]),

dict(guid="slw_d16_story_3117", pub="2026-03-24T17:45:00-04:00", title="Salisbury City Council hears from residents on Camden Avenue traffic",
body="""SALISBURY, Md. (Delmarva 16) - More than forty residents packed Monday's Salisbury City Council work session to ask for speed humps on Camden Avenue.

"We have children walking to school on a road people treat like Route 13," said Carolyn Bounds-Insley, who has lived on the avenue for twenty years. Council members asked the Department of Infrastructure and Development for a traffic study by June.""",
gold=[]),

dict(guid="slw_d16_story_3140", pub="2026-04-21T19:05:00-04:00", title="Princess Anne teen hurt in school bus crash on Route 13",
body="""PRINCESS ANNE, Md. (Delmarva 16) - A Washington High School sophomore was flown to Shock Trauma on Tuesday after a pickup truck struck the side of a school bus on Route 13 near Princess Anne.

Maryland State Police identified the student as Jalen Dashiell, 15, of Princess Anne, the son of Lamont and Keisha Dashiell. Troopers said the boy was sitting at the point of impact. Eleven other students were treated for minor injuries.

A family friend has set up a fund at Princess Anne's Bank of Delmarva branch to help the Dashiells with medical costs.""",
gold=[("SLW016", "subject")]),

dict(guid="slw_d16_story_3162", pub="2026-05-26T11:30:00-04:00", title="Ocean City lifeguard and wife welcome Memorial Day baby",
body="""OCEAN CITY, Md. (Delmarva 16) - The Ocean City Beach Patrol got an early recruit this Memorial Day weekend.

Crew chief Travis Laird and his wife, Brianna, welcomed a daughter, Marlee Jean, at 6:12 a.m. Sunday at Atlantic General Hospital in Berlin. She weighed 7 pounds, 9 ounces.

"She already sleeps through the surf report," Laird joked. Mother and baby are doing well.""",
gold=[("SLW019", "subject")]),

dict(guid="slw_d16_story_3175", pub="2026-06-15T16:10:00-04:00", title="Crisfield's crab cook-off crowns a new champion",
body="""CRISFIELD, Md. (Delmarva 16) - A Marion Station grandmother took home the top prize at Saturday's Soft Crab Cook-Off on the Crisfield city dock.

Judges Nadine Abbott of Snow Hill, chef Marco Lindell of Ocean City and Crisfield Mayor Darrell Tull tasted twenty-two entries before naming Becky Sterling's fried soft crab sandwich the winner. "It's all in the flour and the lard," Sterling said.""",
gold=[]),

dict(guid="slw_d16_story_3189", pub="2026-07-08T18:00:00-04:00", title="Dover baker Faye Mezick opens second shop",
body="""DOVER, Del. (Delmarva 16) - Faye Mezick, 34, who started selling cupcakes from a stand at the Dover farmers market in 2021, opened her second bakery on Loockerman Street on Monday.

"I never thought I'd have two," Mezick said. Her Faye's Sweet Spot in Camden-Wyoming remains open.""",
gold=[]),
]

# 2. The Shore Weekly Ledger (community weekly and business pages): plain text
WEEKLY = [
dict(guid="slw_swl_2026_0312", pub="2026-03-12T06:00:00-05:00", title="Hurlock native named branch manager at Dorchester bank",
body="""HURLOCK - Kimberly Elzey has been promoted to branch manager of the Hurlock office of Choptank Community Bank, the bank announced this week.

Elzey, a North Dorchester High School graduate, joined the bank as a teller in 2001 and most recently served as assistant manager of the Cambridge branch.""",
gold=[("SLW010", "subject")]),

dict(guid="slw_swl_2026_0402", pub="2026-04-02T06:00:00-04:00", title="Cambridge couple marks 50 years of marriage",
body="""CAMBRIDGE - Alphonso "Fonzie" and Vernell Wongus of Cambridge celebrated their 50th wedding anniversary on March 28 with a dinner at Bethel A.M.E. Church hosted by their children.

The couple were married on March 27, 1976, at St. Luke's A.M.E. Church. Mr. Wongus retired from the Dorchester County Roads Department; Mrs. Wongus, the former Vernell Pinder, taught third grade at Maple Elementary for thirty-three years.""",
gold=[("SLW007", "subject"), ("SLW008", "subject")]),

dict(guid="slw_swl_2026_0416", pub="2026-04-16T06:00:00-04:00", title="Gordy's Marine marks 25 years in Fruitland",
body="""FRUITLAND - When Dwayne Gordy opened Gordy's Marine in a rented pole barn in 2001, he had one outboard on the floor and a borrowed forklift.

Twenty-five years later the business employs fourteen people and sells and services boats from Crisfield to Rehoboth. Gordy and his wife, Tonya, will host an anniversary open house on April 25 with a crab feast for customers.""",
gold=[("SLW011", "subject")]),

dict(guid="slw_swl_2026_0521", pub="2026-05-21T06:00:00-04:00", title="Berlin teacher retires after 40 years",
body="""BERLIN - Jo Ann Parsons taught her last class at Buckingham Elementary School on Friday, ending a forty-year career in Worcester County classrooms.

Parsons, who began teaching in 1986, taught second grade to the children and, lately, the grandchildren of her first students. Colleagues presented her with a quilt made from four decades of class T-shirts.""",
gold=[("SLW015", "subject")]),

dict(guid="slw_swl_2026_0604", pub="2026-06-04T06:00:00-04:00", title="Bennett senior named Maryland Distinguished Scholar",
body="""SALISBURY - Maya Kellam, a senior at James M. Bennett High School, has been named a Maryland Distinguished Scholar, one of 85 in the state.

Maya, the daughter of Roland and Patrice Kellam of Salisbury, plans to study marine biology at the University of Maryland in the fall.""",
gold=[("SLW013", "parent_of_subject"), ("SLW014", "parent_of_subject")]),

dict(guid="slw_swl_2026_0611", pub="2026-06-11T06:00:00-04:00", title="Smith Island cake baker honored by state",
body="""EWELL - The Maryland State Arts Council has named Beulah Tyler of Ewell a Maryland Traditions Heritage Award winner for sixty years of baking the Smith Island cake, the state's official dessert.

Tyler, 90, still bakes ten-layer cakes for church suppers in Ewell and Rhodes Point. "You don't count the layers, you count the people," she said.""",
gold=[("SLW012", "subject")]),

dict(guid="slw_swl_2026_0618", pub="2026-06-18T06:00:00-04:00", title="Harriet Tubman museum fund passes its goal",
body="""CAMBRIDGE - The campaign to expand the Harriet Tubman Museum and Educational Center on Race Street has raised $412,000, passing its goal.

Donors at the leadership level include the Dorchester County Commissioners, Choptank Community Bank, Ardella Cornish, Thaddeus Brohawn, the Rev. Dr. Carl Pinder and the Cambridge Rotary Club.""",
gold=[]),

dict(guid="slw_swl_2026_0625", pub="2026-06-25T06:00:00-04:00", title="Cambridge waterman honored by Coast Guard for rescue",
body="""CAMBRIDGE - The U.S. Coast Guard presented its Public Service Commendation to Thaddeus Brohawn of Cambridge on Saturday for pulling two kayakers from the Choptank River during an April squall.""",
gold=[]),  # do_not_contact client: nothing
]

ALL = TV + WEEKLY
