"""Redwood Coast Catholic Community (St. Joseph, Crescent City; St. Thomas the Apostle Mission, Smith River;
St. Kateri, Klamath): weekly bulletin "Pray for our Faithful Departed" notices, plain text. Hand-labelled."""

FEED = "rcb"
ITEMS = [
dict(guid="cec_rcb_bulletin_2026_03_01", pub="2026-03-01T07:00:00-08:00", title="Eleanor Quigley - Crescent City",
body="""Please keep in your prayers the soul of Eleanor Agnes Quigley, 88, a faithful member of St. Joseph Parish for more than sixty years, who died peacefully at Crescent City Skilled Nursing on Tuesday, February 24. Eleanor served on the Altar Society, ran the parish rummage sale for two decades and taught CCD to half the parish.

She is survived by her daughter, Mrs. Garrett Fenwick (Shawna) of Fort Dick; her sons, Patrick Quigley of Arcata and Michael Quigley of Boise, Idaho; and seven grandchildren. She was preceded in death by her husband, Francis, and her son, Thomas.

The Mass of Christian Burial will be offered Saturday, March 7, at 10 a.m. at St. Joseph Church, Father Tomás Arreola celebrant. Eternal rest grant unto her, O Lord.""",
gold=[("CEC013", "survivor"), ("CEC012", "survivor")]),

dict(guid="cec_rcb_bulletin_2026_04_19", pub="2026-04-19T07:00:00-07:00", title="Evangeline Stroud - Smith River",
body="""Please pray for the repose of the soul of Evangeline Stroud of Smith River, who died on Tuesday, April 14. Funeral arrangements are pending and will be announced in next week's bulletin. Please also remember her family in your prayers.""",
gold=[("CEC019", "possible_deceased_client")]),

dict(guid="cec_rcb_bulletin_2026_06_07", pub="2026-06-07T07:00:00-07:00", title="Ignacio Barragán - Medford, Oregon",
body="""Let us pray for Ignacio Barragán Luna, 70, of Medford, Oregon, brother of our parishioner Guadalupe Barragán de Soto, who died on May 29 after a long illness. His funeral Mass was celebrated at Sacred Heart Church in Medford. Dale, Señor, el descanso eterno, y brille para él la luz perpetua.""",
gold=[]),
]
