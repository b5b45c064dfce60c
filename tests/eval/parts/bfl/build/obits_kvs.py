"""The Kern Valley Sentinel (Bakersfield daily): obituaries with legacy-style titles
("Name Obituary (1941 - 2026) - Town, CA - The Kern Valley Sentinel"), plain text. Hand-labelled."""

FEED = "kvs"
ITEMS = [
dict(guid="bfl_kvs_obit_2026_01184", pub="2026-01-21T05:30:00-08:00",
title="Theodore Vandersloot Obituary (1937 - 2026) - Shafter, CA - The Kern Valley Sentinel",
body="""SHAFTER - Theodore Hendrik Vandersloot Sr., 88, who milked cows twice a day for sixty-one years and missed, by his own count, four milkings, died January 17, 2026, at his home on the dairy west of Shafter.

Ted was born in Friesland, the Netherlands, on May 2, 1937, and came to the San Joaquin Valley in 1956 with his parents and a cousin who spoke some English. He worked for other dairymen in Artesia and Chino before buying forty acres and sixty head on Lerdo Highway in 1966. He was an elder of the Shafter Christian Reformed Church for thirty years and a founding director of the Kern County Dairy Herd Improvement Association.

He is survived by his son, Ted Vandersloot Jr. (Annelies) of Shafter, who has run the dairy since 1994; his daughter, Geertje "Gerry" Boersma of Hanford; eight grandchildren and eleven great-grandchildren. He was preceded in death by his wife of 57 years, Trijntje, in 2017.

Visitation will be Friday from 5 to 7 p.m. at Shafter Memorial Chapel. The funeral will be held Saturday at 10 a.m. at Shafter Christian Reformed Church, with burial at Shafter Cemetery. Memorial gifts may go to the Shafter Christian School.""",
gold=[("BFL009", "survivor"), ("BFL010", "survivor")]),

dict(guid="bfl_kvs_obit_2026_01347", pub="2026-02-19T05:30:00-08:00",
title="Bautista Iturriria Obituary (1941 - 2026) - Bakersfield, CA - The Kern Valley Sentinel",
body="""Bautista "Tista" Iturriria, 84, a sheepherder who became one of the best-loved cooks on Sumner Street, died peacefully on February 15, 2026, at Mercy Hospital, with his wife holding his hand.

Tista was born August 12, 1941, in Aldudes, in the Basque province of Lower Navarre, the fourth of seven children of Jean and Gracieuse Iturriria. He came to Kern County in 1960 on a three-year herding contract and spent his first summers alone with 1,500 ewes in the Tehachapi Mountains, with a dog, a rifle and a sack of beans. He later cooked for twenty-two years at a Basque boarding house in East Bakersfield, where his oxtail stew and his opinions were equally famous, and he never missed a Kern County Basque Club picnic in fifty-eight years. He was a champion mus player and a terrible loser at it.

He is survived by his wife of 58 years, Maite (Elizalde) Iturriria; his daughter, Arantxa Oyarzabal and her husband, Mikel, of Bakersfield; his granddaughters, Ximena Oyarzabal of Bakersfield and Nerea Oyarzabal of San Luis Obispo; and his brothers, Pierre and Michel, in Aldudes. He was preceded in death by his sisters, Marie, Jeanne and Anna, and his brother Martin.

A Rosary will be recited Thursday at 7 p.m. at San Ignacio de Loyola Church, 2401 Baker Street, and the Funeral Mass will be celebrated there Friday at 10 a.m. Pallbearers will be Mikel Oyarzabal, Jean-Louis Elizalde, Thaddeus Brinkerhoff, Gaizka Urrutia, Pete Etcheverry and Ramon Larralde. Interment at Hillcrest Memorial Park. Donations may be made to the Kern County Basque Club scholarship fund.""",
gold=[("BFL001", "deceased_client"), ("BFL002", "spouse_of_deceased_client"), ("BFL024", "survivor")]),

dict(guid="bfl_kvs_obit_2026_01402", pub="2026-03-06T05:30:00-08:00",
title="Dewayne Kinnamon Obituary (1949 - 2026) - Sallisaw, OK - The Kern Valley Sentinel",
body="""Dewayne Earl Kinnamon, 76, of Sallisaw, Oklahoma, died March 1, 2026, at his home, with his wife and his fiddle nearby.

Dewayne was born in Sequoyah County in 1949, the grandson of Kinnamons who loaded a Model A in 1936 and went west to Weedpatch. His branch of the family came back to Oklahoma after the war; the rest stayed in Kern County, and Dewayne spent most summers of his boyhood picking cotton and cutting grapes with his cousins around Lamont and Oildale. He drove a truck for Sallisaw Feed & Seed for thirty-one years and played fiddle with the Cookson Hills Ramblers until his hands gave out.

He is survived by his wife of 53 years, Norma Kinnamon; his sons, Clay and Travis, both of Sallisaw; five grandchildren; and his cousin and namesake, Dewayne "Dub" Kinnamon (Verla) of Oildale, who visited every fall. He was preceded in death by his parents, Arlis and Opal Kinnamon, and his brother, Lonnie.

Services were held March 4 at First Baptist Church of Sallisaw. The family asked that this notice be printed in Bakersfield for the many cousins in Kern County.""",
gold=[("BFL007", "survivor"), ("BFL008", "survivor")]),

dict(guid="bfl_kvs_obit_2026_01655", pub="2026-06-09T05:30:00-07:00",
title="Royce Pettijohn Obituary (1991 - 2026) - Taft, CA - The Kern Valley Sentinel",
body="""TAFT - Royce Dean Pettijohn Jr., 34, a third-generation oilfield man, died unexpectedly on June 4, 2026, near Fellows.

Royce was born in Taft on February 11, 1991, and graduated from Taft Union High School, where he played nose tackle on the 2008 league champions. He worked in the Midway-Sunset field as a roustabout and later as a pumper, like his father and grandfather before him. He loved dirt bikes, the Oildale speedway and his daughter, in roughly the reverse order.

Royce is survived by his daughter, Kaylee, 9; her mother, Brittany Fenn of Maricopa; his parents, Royce and Darlene Pettijohn of Taft; his sister, Shawna Pettijohn Doss of Bakersfield; and his grandmother, Irma Voss of Taft. He was preceded in death by his grandfather, Dean Pettijohn.

A celebration of life will be held Saturday at 11 a.m. at the Taft Oil Workers Monument park, with a potluck to follow. Arrangements by West Side Chapel.""",
gold=[("BFL020", "survivor"), ("BFL021", "survivor")]),

dict(guid="bfl_kvs_obit_2026_01789", pub="2026-09-15T05:30:00-07:00",
title="Ofelia Tafolla Obituary (1935 - 2026) - Arvin, CA - The Kern Valley Sentinel",
body="""ARVIN - Ofelia Tafolla, 91, who came to Arvin in 1952 to pick cotton and stayed to raise six children, died September 10, 2026, at home surrounded by family.

Ofelia was born in Tangancícuaro, Michoacán, on April 3, 1935. For twenty-five years she worked the packing line at DiGiorgio Farms and later at the grape sheds on Bear Mountain Boulevard; she was a member of the Guadalupanas of St. Thomas the Apostle Church for more than half a century and made tamales for every funeral in Arvin, until now.

She is survived by her children, Ezequiel Tafolla of Arvin, Rosa Tafolla Mejía (Hugo) of Lamont, Graciela Cázares of Delano and Jesús Tafolla of Fresno; 17 grandchildren; and 22 great-grandchildren. She was preceded in death by her husband, Aurelio Tafolla, and her sons Mario and Aurelio Jr.

The family thanks Dr. Obi Nwankwere and the nurses of Optimal Hospice for their kindness in her final months. Rosary Tuesday at 6 p.m. and Funeral Mass Wednesday at 10 a.m., both at St. Thomas the Apostle, Arvin. Burial at Arvin Cemetery.""",
gold=[("BFL016", "survivor")]),

dict(guid="bfl_kvs_obit_2026_01921", pub="2026-11-03T05:30:00-08:00",
title="Thaddeus Brinkerhoff Obituary (1945 - 2026) - Lodi, CA - The Kern Valley Sentinel",
body="""Thaddeus James Brinkerhoff, 81, of Lodi, formerly of Wasco, died October 28, 2026, at Lodi Memorial Hospital.

Born in Wasco on January 9, 1945, Thad farmed potatoes and roses on the family ground north of Wasco until 1988, when he and his wife moved north to grow wine grapes near Lodi. He was a past president of the Wasco Rotary Club and never stopped calling the Wasco Festival of Roses the best parade in California.

He is survived by his wife of 59 years, Ruth; his sons, Dale Brinkerhoff and Kevin Brinkerhoff, both of Lodi; and six grandchildren. He was preceded in death by his sister, Marian Vogt.

Services will be held at First United Methodist Church of Lodi on November 7. A graveside service will follow at Wasco Cemetery on November 8.""",
gold=[]),

dict(guid="bfl_kvs_obit_2026_01968", pub="2026-11-17T05:30:00-08:00",
title="Elvira Montemayor Obituary (1959 - 2026) - Delano, CA - The Kern Valley Sentinel",
body="""DELANO - Elvira Montemayor, 67, a union organizer, school board member and the loudest voice at every Delano High home game for thirty years, died November 12, 2026, after a long illness.

Elvira was born in Delano to farmworker parents and marched with the grape strikers as a girl of six on her father's shoulders. She taught third grade at Albany Park School for 34 years and served two terms on the Delano Joint Union High School District board.

She is survived by her husband, Arturo Montemayor; her daughters, Alma Montemayor Reyes and Celia Montemayor; her son, Andrés; and seven grandchildren, all of Delano.

A Rosary and Mass will be held at Our Lady of Guadalupe Church, Delano. Arrangements by Delano Family Chapel.""",
gold=[]),
]
