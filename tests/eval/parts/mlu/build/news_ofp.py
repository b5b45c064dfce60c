"""The Ouachita Free Press (Monroe's African American community weekly): society, church, schools and community
news; teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "ofp"
ITEMS = [
dict(guid="mlu_ofp_2026_01_22_anniv", pub="2026-01-22T08:00:00-06:00",
title="Fontenberrys celebrate 50 years of marriage",
body="""Deacon Cleophas "Cleo" and Mrs. Bernadine Fontenberry of Monroe celebrated their 50th wedding anniversary on Sunday with a renewal of vows at Little Zion Missionary Baptist Church, where they were married on January 17, 1976.

The couple met at Grambling State University. Their children, Cleophas Jr., Marcus and Dr. Renee Fontenberry, hosted a reception in the fellowship hall for 200 guests.""",
gold=[("MLU001", "subject"), ("MLU002", "subject")]),

dict(guid="mlu_ofp_2026_03_12_church", pub="2026-03-12T08:00:00-05:00",
title="Little Zion marks 120th church anniversary",
body="""Little Zion Missionary Baptist Church on Jackson Street celebrated its 120th anniversary Sunday with a morning service and a dinner on the grounds.

Pastor Clarence Fuller preached the anniversary sermon. Deacon Cleophas Fontenberry gave the welcome, Sis. Odessa Kinchen served as mistress of ceremonies, and the Male Chorus sang in memory of Bro. Ezekiel Marchbanks, who died in January. Marchbanks Soul Food & Catering served the dinner.""",
gold=[]),

dict(guid="mlu_ofp_2026_05_28_valedictorian", pub="2026-05-28T08:00:00-05:00",
title="Neville valedictorian Amara Tarver headed to Spelman",
body="""Amara Tarver, the daughter of Desmond Tarver and Dr. LaKeisha Hollins-Tarver of Monroe, graduated first in her class at Neville High School on Friday.

Tarver, who will study biochemistry at Spelman College on a full scholarship, told her classmates to "thank the people who fed you." Her great-grandmother, the late Mother Ollie Mae Hollins, was remembered with an empty chair in the front row.""",
gold=[("MLU017", "parent_of_subject")]),

dict(guid="mlu_ofp_2026_06_25_houston", pub="2026-06-25T08:00:00-05:00",
title="Houston nurse executive Rosalind Gainous to keynote health summit",
body="""Rosalind Gainous of Houston, chief nursing officer of Bayou City Memorial Hospital, will give the keynote address at the Northeast Louisiana Black Health Summit on July 11 at the Monroe Civic Center.

Gainous, a graduate of Southern University, will speak on maternal health in rural parishes. The summit is free; registration is at the Ouachita Free Press office.""",
gold=[]),

dict(guid="mlu_ofp_2026_08_13_scholars", pub="2026-08-13T08:00:00-05:00",
title="Fontenberry memorial scholarship awarded to Carroll High senior",
body="""The first Deacon Cleophas Fontenberry Memorial Scholarship in industrial technology has been awarded to Carroll High School senior Jaylen Pierce, the son of Andre and Tasha Pierce of Monroe.

The $2,000 scholarship was created by Mrs. Bernadine Fontenberry and the Little Zion Missionary Baptist Church men's ministry in memory of her husband, who taught industrial arts for thirty-two years. Mrs. Fontenberry presented the award at Sunday's service.""",
gold=[]),
]
