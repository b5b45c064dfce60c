"""Canyon & Hereford Community News: community weekly, teaser in description, HTML in content:encoded.
Hand-labelled."""

ITEMS = [
dict(guid="ama_chn_2026_0019", pub="2026-02-12T09:00:00-06:00", title="Blankenbakers celebrate 55 years",
body="""Tad and Loretta Blankenbaker of Amarillo will celebrate their 55th wedding anniversary with a come-and-go reception from 2 to 4 p.m. Sunday, Feb. 22, in the fellowship hall of Paramount Baptist Church.

Thaddeus Blankenbaker and Loretta Quisenberry were married Feb. 20, 1971, in Canyon. He retired from Southwestern Public Service after 38 years; she kept the books for the family's hardware store. The family asks that there be no gifts, and notes that this year's celebration will be a quiet one after the recent loss of their grandson.""",
gold=[("AMA001", "subject"), ("AMA002", "subject")]),

dict(guid="ama_chn_2026_0044", pub="2026-04-02T09:00:00-05:00", title="Canyon quilter's 'Dust Bowl Star' chosen for heritage museum show",
body="""Billie Jo Cathey has been quilting since she was nine, and at 82 she has finally been asked to hang one in a museum.

Her "Dust Bowl Star," pieced from feed sacks her mother saved in the 1930s, is one of forty quilts chosen for the Plains Heritage Museum's summer exhibit, "Stitched on the Llano." Cathey, of Canyon, will demonstrate hand quilting at the opening on June 6.""",
gold=[("AMA006", "subject")]),

dict(guid="ama_chn_2026_0061", pub="2026-04-23T09:00:00-05:00", title="Tech cowboy wins saddle bronc at WT college rodeo",
body="""Texas Tech sophomore Wyatt Hollenbeck, 19, of Lubbock, won the saddle bronc riding Saturday at the West Texas A&M college rodeo at the Randall County Event Center with an 81-point ride.

Canyon's Kaylee Hutto placed second in barrel racing, and Hereford's Dominic Tarango was fourth in tie-down roping.""",
gold=[]),

dict(guid="ama_chn_2026_0078", pub="2026-05-28T09:00:00-05:00", title="Mount Zion honors Rev. Pettigrew for 25 years in the pulpit",
body="""Mount Zion Missionary Baptist Church in north Amarillo will celebrate the 25th pastoral anniversary of the Rev. Lucius Pettigrew and First Lady Clarice Pettigrew with a banquet on Saturday, June 13, and a service on Sunday, June 14.

Under Pettigrew's leadership the congregation rebuilt its fellowship hall, opened a weekday food pantry and started a scholarship that has sent 60 North Heights students to college. Speakers at the banquet will include Judge Rosalind Achterberg and City Councilman Otis Frazier.""",
gold=[("AMA007", "subject")]),
]
