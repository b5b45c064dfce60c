"""Laurel Valley Community Courier (invented community weekly: Latrobe, Unity, Derry, Jeannette, Mount Pleasant):
teaser in description, HTML in content:encoded, guids lbe_lvc_*. Hand-labelled: gold=[(client_id, role)]."""

FEED = "lvc"
ITEMS = [
dict(guid="lbe_lvc_2026_0122_engagement", pub="2026-01-22T08:00:00-05:00",
title="Engagement: Trzcinski - Mrozek",
body="""JEANNETTE - Mr. and Mrs. Edward Trzcinski of Jeannette announce the engagement of their daughter, Kristen Marie Trzcinski, to Adam Mrozek, son of Walter and Deborah Mrozek of North Huntingdon.

The bride-to-be is a 2018 graduate of Jeannette High School and of Seton Hill University and is a pharmacist in Greensburg. Her fiance is a lineman for West Penn Power. An October wedding is planned at Sacred Heart Church, Jeannette.""",
gold=[("LBE011", "parent_of_subject"), ("LBE010", "parent_of_subject")]),

dict(guid="lbe_lvc_2026_0430_hall", pub="2026-04-30T08:00:00-04:00",
title="Mount Pleasant Area Sports Hall of Fame inducts five",
body="""MOUNT PLEASANT - The Mount Pleasant Area Sports Hall of Fame inducted five members Saturday at its banquet at the Mount Pleasant Moose.

Inducted were the late Vincent "Bud" Ruffner, football coach from 1961 to 1988; 1994 state wrestling runner-up Greg Hixson; softball pitcher Amy Truxal Baker; track coach Linda Sokol; and the 1979 boys basketball team. Accepting the plaque for Coach Ruffner was his niece, Terri Scalzitti, who told the crowd that her uncle "never once let us eat dessert first."

Dominic Scalzitti, a former Vikings wrestler, presented the award to the 1979 team.""",
gold=[]),

dict(guid="lbe_lvc_2026_0611_anniversary", pub="2026-06-11T08:00:00-04:00",
title="Brunazzis mark 50 years of marriage",
body="""LATROBE - Anthony "Tony" and Rosemary Brunazzi of Latrobe celebrated their 50th wedding anniversary on June 6 with a dinner for family and friends at the Sons of Italy hall.

The couple were married June 5, 1976, at Holy Family Church in Latrobe by the late Rev. Leo Fiorentino. Tony retired from Latrobe Steel in 2011; Rosemary, the former Rosemary Mastrorocco of Greensburg, taught second grade at Latrobe Elementary for 33 years. They have two children and four grandchildren, and they still dance the tarantella at every wedding they attend.""",
gold=[("LBE001", "subject"), ("LBE002", "subject")]),

dict(guid="lbe_lvc_2026_0702_market", pub="2026-07-02T08:00:00-04:00",
title="Derry farmers market moves to the railroad park",
body="""DERRY - The Derry Farmers Market opened its season Saturday in a new home, the railroad park on East First Avenue, with 22 vendors and a bluegrass band.

"The old lot had no shade and no parking. This is a real improvement," said shopper Ray Gesalman of Blairsville, who drives down every week for the sweet corn. Market manager Bonnie Kerr said the market will run Saturdays through October.""",
gold=[]),

dict(guid="lbe_lvc_2026_0820_quilts", pub="2026-08-20T08:00:00-04:00",
title="Quilt show ribbons announced at the Glass and Ethnic Festival",
body="""MOUNT PLEASANT - Best of Show at this year's Mount Pleasant Glass and Ethnic Festival quilt show went to Kathleen Harkcom of Morgantown, W.Va., for "Coal Patch Stars," a 96-inch king quilt pieced from her grandfather's work shirts.

Second place went to Doris Yothers of Scottdale and third to the Norvelt Quilting Circle. The show, in its 48th year, drew 140 entries from four states.""",
gold=[]),
]
