"""Hinton-Greer Mortuary Service (Hattiesburg and Laurel): an African American funeral home's site in the homegoing
style ("Sunrise / Sunset", "Celebration of Life", "eulogist", "repast", "a host of"), HTML in content:encoded, a
teaser description, guid not a permalink. Hand-labelled."""

FEED = "hgm"
BASE = "https://www.hintongreermortuary.example/tributes/"
ITEMS = [
dict(guid="pib_hgm_tribute_7731", slug="mother-eula-pickering-granderson", pub="2026-01-22T13:00:00-06:00",
title="Homegoing Celebration for Mother Eula Pickering Granderson",
body="""Sunrise: March 2, 1936. Sunset: January 18, 2026. Mother Eula Pickering Granderson, 89, of Hattiesburg, peacefully answered the Master's call on Sunday morning at her residence on East Sixth Street, with her children at her side.

Mother Granderson was born in the Palmer's Crossing community to the late Deacon Isaac Pickering and Mother Alberta Pickering. She graduated from Royal Street High School and gave thirty-six years to the children of the Hattiesburg Public School District as a cafeteria manager, the last twelve at Eureka. She was a faithful member of Mount Zion Missionary Baptist Church, where she served on the Mothers' Board, sang alto in the Senior Choir and never missed a Wednesday night.

She leaves to cherish her precious memories: two daughters, Zenobia (Reginald) Gaines of Hattiesburg and Felicia Granderson of Memphis, Tenn.; one son, Darnell (Yvette) Granderson of Houston, Texas; one sister, Rosalind Tisdale of Hattiesburg; seven grandchildren; four great-grandchildren; and a host of nieces, nephews, church family and friends.

She was preceded in death by her husband, Deacon Otis Granderson; her parents; and two brothers, Isaac Pickering Jr. and Wendell Pickering.

Celebration of Life: Saturday, January 24, 2026, 11 a.m., Mount Zion Missionary Baptist Church, 715 Mobile Street. Eulogist: Rev. Josiah Pettaway, Pastor. Interment: Highland Cemetery. Repast to follow in the fellowship hall. Professional services entrusted to Hinton-Greer Mortuary Service.""",
# daughter Zenobia (maiden Granderson, husband Reginald: roster PIB015); sister Rosalind (maiden Pickering, PIB005).
# Reginald Gaines is not a client. The eulogist (PIB019) gets nothing.
gold=[("PIB015", "survivor"), ("PIB005", "survivor")]),

dict(guid="pib_hgm_tribute_7785", slug="sister-theodocia-spurlock", pub="2026-03-19T10:30:00-05:00",
title="Celebrating the Life of Sister Theodocia \"Doshie\" Spurlock",
body="""Sunrise: November 9, 1952. Sunset: March 15, 2026. Sister Theodocia "Doshie" Spurlock, 73, of Hattiesburg, received her wings on Sunday, March 15, 2026, at Merit Health Wesley.

Sister Spurlock was a licensed practical nurse for forty years and was known throughout the Mobile Street community for checking the blood pressure of anyone who sat still long enough. She was a member of True Light Missionary Baptist Church, where she served as a nurse's guild leader and on the Culinary Ministry.

She leaves to mourn her passing: her son, Terrence Spurlock of Hattiesburg; her brother, Ellis Spurlock of Gary, Ind.; her cousins, Zenobia Gaines of Atlanta, Ga., and Beatrice Maxie of Chicago; and a host of other relatives and friends.

Service of Celebration: Saturday, March 21, 2026, at 1 p.m., True Light Missionary Baptist Church. Interment: Roseland Park Cemetery. Professional services entrusted to Hinton-Greer Mortuary Service.""",
# "Zenobia Gaines of Atlanta, Ga." is a namesake far from Hattiesburg (PIB015 is a Hattiesburg teacher): nothing
gold=[]),

dict(guid="pib_hgm_tribute_7902", slug="deacon-lucius-fairley", pub="2026-08-04T15:15:00-05:00",
title="Homegoing Celebration for Deacon Lucius Fairley",
body="""Sunrise: May 30, 1942. Sunset: July 31, 2026. Deacon Lucius Fairley, 84, of Laurel, was called to his eternal rest on Friday, July 31, 2026, at South Central Regional Medical Center.

Deacon Fairley was born in Jones County, graduated from Oak Park High School and served his country in the United States Air Force. He owned and operated Fairley's Barber Shop on Ellisville Boulevard for forty-four years, where he cut the hair of three generations of Laurel men and settled most of the city's arguments about football. He served as chairman of the Deacon Board of St. Paul Missionary Baptist Church.

He leaves to cherish his memory his devoted wife of 59 years, Mother Hattie Fairley of Laurel; his son, Dr. Marcellus Fairley (Simone) of Hattiesburg; his daughter, Renita Fairley Whitlock (Carl) of Jackson; five grandchildren, including Ja'Nyah Fairley; his brother, Leon Fairley of Detroit, Mich.; and a host of nieces, nephews and friends.

Homegoing Celebration: Saturday, August 8, 2026, 11 a.m., St. Paul Missionary Baptist Church, Laurel. Interment: Eastview Cemetery with military honors. Professional services entrusted to Hinton-Greer Mortuary Service, Laurel.""",
gold=[("PIB006", "survivor"), ("PIB007", "survivor")]),

dict(guid="pib_hgm_tribute_7966", slug="mrs-odessa-bivens", pub="2026-09-24T11:40:00-05:00",
title="In Loving Memory of Mrs. Odessa Mae Bivens",
body="""Sunrise: June 14, 1930. Sunset: September 20, 2026. Mrs. Odessa Mae Bivens, 96, of the Palmer's Crossing community, went peacefully to her Heavenly Father on Sunday, September 20, 2026.

Mrs. Bivens was a charter member of Greater Bethel A.M.E. Church, a Sunday school teacher for sixty years and a seamstress whose wedding dresses are still handed down in families across Forrest County.

She leaves to cherish her memory two daughters, Ruthie Bivens Lott and Geneva Bivens, both of Hattiesburg; a son, Clarence Bivens of Milwaukee, Wis.; eleven grandchildren; twenty great-grandchildren; and a host of nieces, nephews, church family and friends.

Celebration of Life: Saturday, September 26, 2026, 11 a.m., Greater Bethel A.M.E. Church. Rev. Dr. Lorraine Shelby, Eulogist. Interment: Bivens Family Cemetery. Repast at the church.""",
gold=[]),

dict(guid="pib_hgm_tribute_8037", slug="mother-cleola-pettaway", pub="2026-11-10T12:20:00-06:00",
title="Homegoing Celebration for Mother Cleola Pettaway",
body="""Sunrise: February 21, 1937. Sunset: November 6, 2026. Mother Cleola Pettaway, 89, of Richton, departed this life on Friday, November 6, 2026, at the home of her granddaughter in Petal.

Mother Pettaway was born in Perry County, raised nine children on a farm outside Richton and was a lifelong member of Spring Hill Missionary Baptist Church. She could shell a bushel of peas faster than anyone in Perry County and said her prayers out loud so the Lord could hear her over the tractor.

She leaves to cherish her memory five sons, Rev. Josiah Pettaway (Claudette) of Hattiesburg, Willie Pettaway of Richton, James Earl Pettaway of Mobile, Ala., Andre Pettaway of Atlanta and Curtis Pettaway of Richton; three daughters, Lula Pettaway Harris of Petal, Mae Ola Pettaway of Richton and Bernice Pettaway Cooley of Chicago; thirty-one grandchildren; and a host of great-grandchildren, nieces, nephews and friends.

She was preceded in death by her husband, Deacon Willie Pettaway Sr., and a son, Leroy Pettaway.

Homegoing Celebration: Saturday, November 14, 2026, at 11 a.m., Spring Hill Missionary Baptist Church, Richton. Eulogist: Rev. Josiah Pettaway. Interment: church cemetery.""",
# the client PIB019 is her son (and also the eulogist): survivor
gold=[("PIB019", "survivor")]),
]
