"""Parish bulletins: St. Patrick's (Bloomington), St. Mary's (Pontiac) and Trinity Lutheran (Normal) -
"Please remember in your prayers" notices, plain text. Hand-labelled."""

FEED = "stp"
ITEMS = [
dict(guid="bmi_stp-bulletin-2026-02-08-1", pub="2026-02-06T12:00:00-06:00",
title="In Our Prayers: Bridget (O'Malley) Hennessy",
body="""Please pray for the repose of the soul of Bridget (O'Malley) Hennessy, 84, who died Jan. 31 in Oak Lawn. Bridget grew up on East Grove Street and was confirmed here at St. Patrick's in 1955. She is the sister of our longtime usher Fran O'Malley of Bloomington and of Sr. Margaret O'Malley, OP, of Springfield, and is survived by her children in the Chicago area. Her funeral Mass was celebrated at St. Gerald Parish, Oak Lawn. Eternal rest grant unto her, O Lord.""",
gold=[("BMI013", "survivor")]),

dict(guid="bmi_stp-bulletin-2026-03-29-1", pub="2026-03-27T12:00:00-05:00",
title="Rest in Peace: Agnes Vericella",
body="""Agnes Vericella, 95, a member of St. Patrick's for 70 years, died March 22. Her funeral Mass was celebrated March 26 by Fr. Daniel Kuhl. Readers were Fran O'Malley and Theresa Kirby; music was led by the Resurrection Choir. Agnes is survived by her nephews, Joe and Anthony Vericella of Chicago. Thank you to the Altar Society, who served the luncheon.""",
gold=[]),   # Fran O'Malley (BMI013) a reader: nothing

dict(guid="bmi_stp-bulletin-2026-05-03-2", pub="2026-05-01T12:00:00-05:00",
title="St. Mary's, Pontiac - Remember in Prayer: Elmer Rademacher",
body="""Please remember in your prayers Elmer J. Rademacher, 86, who died April 27 at OSF St. James Hospital. Elmer was a lifelong member of St. Mary's and an usher at the 8 o'clock Mass for 40 years. He is survived by his wife of 62 years, Rita; his sons, Tom and Mike; and his sister, Mrs. Lyle (Dee) Tjaden of Pontiac. The funeral Mass will be Saturday at 10 a.m., with the Knights of Columbus rosary Friday at 6:30 p.m.""",
gold=[("BMI020", "survivor")]),

dict(guid="bmi_stp-bulletin-2026-09-13-1", pub="2026-09-11T12:00:00-05:00",
title="Trinity Lutheran, Normal - With the Saints: Herbert Wetzel",
body="""Herbert "Herb" Wetzel, 90, was called to his eternal home Sept. 6. Herb served Trinity as council president three times and rang the bell every Easter morning for 30 years. He is survived by his daughter, Roz Wetzel-Harms (Kevin) of Normal, a teacher at Parkside Junior High; his son, Dan Wetzel of St. Louis; and five grandchildren. He was preceded in death by his wife, Ilse. His memorial service will be Saturday, Sept. 19, at 11 a.m. in the sanctuary, Pastor Ruth Oltman presiding. "I am the resurrection and the life." (John 11:25)""",
gold=[("BMI022", "survivor")]),
]
