"""The Bowie-Cass Citizen & Miller County Weekly: community weekly, teaser in description, HTML in content:encoded.
Milestones, stork report, farm news, business, library, sports. Hand-labelled."""

FEED = "weekly"
ITEMS = [
dict(guid="txk_citizen_2026_0205_stork", pub="2026-02-05T08:00:00-06:00", title="Stork Report: Norwoods welcome daughter",
body="""Jessie and Brianna Norwood of Texarkana, Ark., announce the birth of their daughter, Zoey Mattie Norwood, born Jan. 27, 2026, at Wadley Regional Medical Center. She weighed 7 pounds, 4 ounces.

Zoey's middle name honors her great-great-grandmother, Mattie Norwood. Grandparents are Kevin and LaToya Norwood of Fouke and Denise Carter of Idabel, Okla.""",
gold=[("TXK007", "subject")]),

dict(guid="txk_citizen_2026_0226_pruitt", pub="2026-02-26T08:00:00-06:00", title="Pruitts to celebrate 50th anniversary",
body="""Wendell "Dub" and Glenda Pruitt of Texarkana, Texas, will celebrate their 50th wedding anniversary with a come-and-go reception from 2 to 4 p.m. Saturday, Feb. 28, in the fellowship hall of Beech Street First Baptist Church.

The former Glenda Hargis and Wendell Pruitt Jr. were married Feb. 28, 1976, at Nash First Baptist Church. He retired from Cooper Tire after 38 years; she retired from the Texarkana Independent School District. They have two children and four grandchildren. The family requests no gifts.""",
gold=[("TXK001", "subject"), ("TXK002", "subject")]),

dict(guid="txk_citizen_2026_0305_farmbureau", pub="2026-03-05T08:00:00-06:00", title="Lamb named Bowie County Farm Bureau Farmer of the Year",
body="""The Bowie County Farm Bureau has named Curtis Lamb its 2026 Farmer of the Year.

Lamb runs about 300 head of Angus cattle and grows hay on the Redwater Road place his grandfather bought in 1938. He was recognized for the rotational grazing and pond-restoration work he has opened to 4-H and FFA groups for the last decade. He will be honored at the county Farm Bureau banquet on March 21.""",
gold=[("TXK013", "subject")]),

dict(guid="txk_citizen_2026_0402_panaderia", pub="2026-04-02T08:00:00-05:00", title="De Queen bakery opens second location in Ashdown",
body="""Panadería La Guadalupana, the De Queen bakery known across Sevier County for its conchas and tres leches cakes, opened its second location this week on Main Street in Ashdown.

Owner Lupita Reyes Cárdenas opened the first shop in 2011 with her husband, Javier, in a former filling station next to her father's tienda. "My dad always said Ashdown needed better bread," she said at Monday's ribbon cutting. The Ashdown shop will be open every day but Monday.""",
gold=[("TXK016", "subject")]),

dict(guid="txk_citizen_2026_0430_library", pub="2026-04-30T08:00:00-05:00", title="Friends of the Library thank spring book sale donors",
body="""The Friends of the Texarkana Public Library raised $18,400 at its spring book sale and wishes to thank the businesses and families who donated books, time and money.

Gold donors: State Line Federal Credit Union; Rod and Patrice Bledsoe; Dwayne LaGrone; Imogene Stinnett, in memory of Lloyd Stinnett; Four States Title Co.; and the Texarkana Rotary Club. Volunteers who worked all three days included Loretta Whitfield, Jan Pate and Marisol Ibarra.

The fall sale is set for Oct. 16-18.""",
gold=[]),

dict(guid="txk_citizen_2026_0521_baseball", pub="2026-05-21T08:00:00-05:00", title="Paris pitcher signs with Texas A&M-Commerce",
body="""Paris High School right-hander Tanner Boyette, 18, signed a letter of intent Tuesday to pitch for Texas A&M University-Commerce.

Boyette, the son of Cody and Amber Boyette of Paris, went 9-2 with a 1.84 ERA this season and struck out 14 against Pleasant Grove in the regional quarterfinals.""",
gold=[]),

dict(guid="txk_citizen_2026_0611_goldenapple", pub="2026-06-11T08:00:00-05:00", title="Hope schools give retired teacher lifetime Golden Apple",
body="""The Hope School District has given its first lifetime Golden Apple award to Odessa Fairchild, who taught fifth grade at Beryl Henry Elementary for 38 years and has tutored reading at the Hempstead County Library every week since she retired.

Superintendent Dr. Renee Carter presented the award at the board meeting Monday night. Fairchild, 78, said she accepted it "for every teacher who bought the crayons herself." """,
gold=[("TXK017", "subject")]),
]
