"""The River Cities Herald-Courier (Huntington daily): paid death notices, surname-first headings in capitals,
terse, plain text, towns as the paper writes them ("Huntington, Ind.", "Mesa, Ariz."). Hand-labelled."""

ITEMS = [
dict(guid="hts_rchc-dn-2026-0119", pub="2026-01-20T05:30:00-05:00", title="STONEKING, WENDELL R.",
body="""WENDELL RAY STONEKING, 51, of Mesa, Ariz., a native of Logan County, W.Va., died Jan. 15, 2026, at Banner Desert Medical Center. He retired from the U.S. Air Force as a master sergeant. He is survived by his wife, Carolyn; a son, Tyler of Phoenix; and his mother, Freda Stoneking of Man. Services will be held in Mesa. Arrangements by Desert Sun Mortuary.""",
gold=[]),  # namesake of HTS014 (Lavalette, b. 1974, wife Patricia): different place and a different wife

dict(guid="hts_rchc-dn-2026-0158", pub="2026-02-16T05:30:00-05:00", title="QUEEN, OPAL F.",
body="""OPAL FAYE QUEEN, 91, of Huntington, died Feb. 9, 2026. Survived by daughters Rosalind Plymale and Darlene Queen, son Ricky Queen. Service was held Feb. 13 at Guyan Valley Memorial Chapel.""",
gold=[]),  # a later, shorter copy of hts_gvmc-obit-26-0112: labelled on the first copy only

dict(guid="hts_rchc-dn-2026-0177", pub="2026-03-02T05:30:00-05:00", title="D'ORAZIO, VINCENT \"VINNIE\"",
body="""VINCENT "VINNIE" D'ORAZIO, 88, of Pittsburgh, formerly of Huntington, died Feb. 26, 2026. Born in Huntington to the late Pasquale and Concetta D'Orazio, he graduated from St. Joseph High School in 1955 and spent 40 years with U.S. Steel. Survived by his wife, Rose; his sister, Philomena "Mena" D'Orazio of Huntington; and nieces and nephews. Mass of Christian Burial was celebrated at St. Maria Goretti Parish, Pittsburgh. Memorial Mass 10 a.m. March 7 at St. Joseph Roman Catholic Church, Huntington.""",
gold=[("HTS009", "survivor")]),

dict(guid="hts_rchc-dn-2026-0214", pub="2026-04-13T05:30:00-04:00", title="LOUDERMILK, HAROLD EUGENE",
body="""HAROLD EUGENE LOUDERMILK, 84, of Ceredo, died April 10, 2026. He was a retired Ashland Oil refinery operator and a member of Ceredo Freewill Baptist Church. Preceded in death by his wife, Norma. Survived by daughter Marybeth Loudermilk of Ceredo; son Jeff Loudermilk (Angie) of Kenova; four grandchildren. Funeral 11 a.m. Wednesday at Rollins-Gibson Funeral Home, Kenova. Burial in Ceredo Cemetery.""",
gold=[("HTS006", "survivor")]),

dict(guid="hts_rchc-dn-2026-0239", pub="2026-05-04T05:30:00-04:00", title="PENNINGTON, HAZEL IRENE",
body="""HAZEL IRENE PENNINGTON, 93, of Huntington, died May 1, 2026. She retired from the Cabell County Public Library. Survived by her sister, Mrs. Harold Cremeans of Huntington; nephews Dale and Steven Cremeans. Preceded in death by her husband, Vernon. Graveside service 2 p.m. Tuesday at Woodmere Memorial Park.""",
gold=[("HTS021", "survivor")]),

dict(guid="hts_rchc-dn-2026-0266", pub="2026-06-08T05:30:00-04:00", title="FIZER, IMOGENE",
body="""IMOGENE FIZER, 81, of Huntington, Ind., died June 4, 2026, at Parkview Huntington Hospital. A native of Kenova, she moved to Indiana in 1966 and worked 30 years for the Huntington County Clerk. Survived by her husband of 60 years, Dwight; daughters Karen and Lisa; five grandchildren. Services in Huntington, Ind., at Myers Funeral Home.""",
gold=[]),  # namesake of HTS017 (Huntington, W.Va., widow, b. 1945): Huntington, Indiana, and a living husband

dict(guid="hts_rchc-dn-2026-0305", pub="2026-08-05T05:30:00-04:00", title="BIAS, ORVAL",
body="""ORVAL BIAS, of Milton, died Aug. 3, 2026. Arrangements are pending with Hollister Funeral Home, Milton.""",
gold=[("HTS022", "possible_deceased_client")]),
]
