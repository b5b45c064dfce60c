"""Rainbow Falls Memorial Chapel (Great Falls, with a Fort Benton branch): funeral-home site, HTML in
content:encoded, a one-sentence plain description. Hand-labelled."""

FEED = "rfmc"
ITEMS = [
dict(guid="gtf_rfmc_obit_0129_perkovich", pub="2026-01-29T10:15:00-07:00",
title="Anton \"Tony\" Perkovich Sr.",
body="""Anton "Tony" Perkovich Sr., 94, of Black Eagle, passed away January 26, 2026, at the Peace Hospice of Montana, surrounded by his family and the sound of a tamburica record he had worn nearly smooth.

Tony was born March 2, 1931, in Black Eagle to Croatian immigrants, Ivan and Marija (Zupan) Perkovich, and went to work at the Anaconda Company smelter at seventeen. He spent 41 years there, the last twenty as a furnace foreman, and was proud that the big stack could be seen from his kitchen window until the day it came down in 1982. He was a founding member of the Black Eagle Community Center, a volunteer fireman for thirty years and a fixture at the Croatian picnic every August, where he ran the lamb roast.

Tony is survived by his son, Tony Perkovich Jr. and his wife, Loretta, of Great Falls; his daughter, Kathy (Dan) Marusich of Helena; five grandchildren, including Nicholas Perkovich of Black Eagle; and eight great-grandchildren. He was preceded in death by his wife of 62 years, Frances, in 2016, and by his brothers, Ivan and Mato.

Vigil and rosary will be held Sunday at 7 p.m. at Holy Family Church, Black Eagle, with a Mass of Christian Burial there Monday at 10 a.m. Interment will follow at Mount Olivet Cemetery. Memorials may be made to the Black Eagle Volunteer Fire Department.""",
gold=[("GTF003", "survivor"), ("GTF004", "survivor")]),

dict(guid="gtf_rfmc_obit_0224_aasheim", pub="2026-02-24T09:40:00-07:00",
title="Clarice Aasheim",
body="""Clarice Evelyn Aasheim, 94, of Choteau, died peacefully on February 21, 2026, at the Teton Medical Center Nursing Home, two days after winning her last game of pinochle.

Clarice was born August 8, 1931, on the Aasheim ranch west of Choteau along the Teton River, the eldest daughter of Ole and Hilda Aasheim. She never married. She taught school in one-room schoolhouses at Bynum and Pendroy, then for thirty years at Choteau Elementary, and she kept the books for the family ranch until she was ninety. She was a member of Choteau Lutheran Church and of the Teton County Cowbelles.

She is survived by her sister, Vonnie Stensrud of Choteau; her nephew, Dalton Stensrud and his wife Kari, also of Choteau; her niece, Gretchen Stensrud Moe of Conrad; and numerous grandnieces and grandnephews. She was preceded in death by her parents, her brother Harald Aasheim, and her brother-in-law, Leif Stensrud.

A funeral service will be held Saturday at 2 p.m. at Choteau Lutheran Church, followed by burial at the Choteau Cemetery and lunch in the church basement.""",
gold=[("GTF011", "survivor"), ("GTF012", "survivor")]),

dict(guid="gtf_rfmc_obit_0422_ruffatto", pub="2026-04-22T11:05:00-06:00",
title="Delbert J. Ruffatto",
body="""Delbert John Ruffatto, 77, of Vaughn, passed away April 18, 2026, at Benefis Hospital in Great Falls.

Del was born July 1, 1948, in Great Falls and grew up in Black Eagle, where his father ran a corner grocery. He farmed barley and hay along the Sun River for more than forty years and served on the Sun River Valley School Board. He loved a good auction, a bad joke and the Montana State Bobcats, in that order.

Survivors include his wife, Janice; his sons, Mark (Tina) Ruffatto of Vaughn and Paul Ruffatto of Kalispell; his daughter, Angela Ruffatto-Hines of Great Falls; and seven grandchildren.

A funeral Mass will be celebrated Tuesday at 11 a.m. at St. Ann's Cathedral. Pallbearers are Mark Ruffatto, Paul Ruffatto, Sterling Mackenroth, Troy Hines, Dan Westby and Jake Ruffatto. Honorary pallbearers are the members of the Sun River Valley Fire Department.""",
gold=[]),

dict(guid="gtf_rfmc_obit_0519_brixius", pub="2026-05-19T10:30:00-06:00",
title="Gerald \"Gerry\" Brixius",
body="""Gerald Francis "Gerry" Brixius, 71, of Great Falls, died Saturday, May 16, 2026, at Benefis Hospital after a two-year fight with pancreatic cancer that he conducted, his family says, like one long fishing trip: patiently, with good snacks, and without complaint.

Gerry was born February 11, 1955, in Great Falls, the son of Frank and Alma Brixius. He graduated from C.M. Russell High School in 1973 and from the College of Great Falls, and spent 33 years as an accountant with the Cascade County Treasurer's office. He married Mary Jo Kessner on August 18, 1979, at Our Lady of Lourdes Church.

Gerry is survived by his wife of 47 years, Mary Jo; his daughters, Leah Brixius of Great Falls and Anne (Kyle) Dorrington of Bozeman; his grandsons, Henry and Sam; and his brother, Tom Brixius of Lewistown. He was preceded in death by his parents and his sister, Rita.

The family thanks the nurses of the Sletten Cancer Institute. Visitation will be Thursday from 5 to 7 p.m. at the chapel, and the funeral Mass Friday at 11 a.m. at Our Lady of Lourdes Church. Burial at Highland Cemetery.""",
gold=[("GTF014", "deceased_client"), ("GTF013", "spouse_of_deceased_client")]),

dict(guid="gtf_rfmc_obit_0616_knutsen", pub="2026-06-16T09:20:00-06:00",
title="Lorraine M. Knutsen",
body="""Lorraine Margaret Knutsen, 95, of Belt, went to be with the Lord on June 12, 2026, at the home of her daughter.

Lorraine was born in Belt on March 4, 1931, the daughter of a coal miner, and married Carl Knutsen in 1950. Together they ran the Belt Valley Cafe for twenty-eight years; her sour cream raisin pie drew truckers off U.S. 87 for three decades. She was a lifelong member of the Belt Valley Bible Church and a Gray Lady volunteer at Malmstrom.

Lorraine is survived by her daughter, Trixie (Roy) Gallimore of Belt, who cared for her in her last years; her son, Carl Jr. "Butch" Knutsen of Great Falls; six grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Carl, in 2001.

The family extends its thanks to Dr. Priyanka Venkataraman and the staff of the Missouri Valley Medical Center heart clinic for years of kind care. A funeral service will be held Friday at 10 a.m. at the Belt Valley Bible Church, with burial at the Belt Cemetery.""",
gold=[("GTF017", "survivor"), ("GTF018", "survivor")]),

dict(guid="gtf_rfmc_obit_0804_quarnstrom", pub="2026-08-04T15:45:00-06:00",
title="Wendell Quarnstrom",
body="""Wendell Quarnstrom of Fort Benton passed away on Sunday, August 2, 2026.

Arrangements are pending with the Fort Benton branch of Rainbow Falls Memorial Chapel. A full obituary will be posted when it is available.""",
gold=[("GTF007", "possible_deceased_client")]),
]
