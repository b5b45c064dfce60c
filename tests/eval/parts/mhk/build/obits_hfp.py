"""Holy Family Parish Cluster (St. George, Wamego, St. Marys) weekly bulletin: "Please remember in your prayers".
Plain text. Hand-labelled."""

ITEMS = [
dict(guid="mhk_hfp_bulletin_260301", pub="2026-03-01T07:00:00-06:00", title="Remember in Your Prayers - Alfred Pfannenstiel",
body="""Please remember in your prayers the soul of Alfred Pfannenstiel, 93, of St. George, who died February 24 at the Wamego Health Center. Alfred was a lifelong member of St. George parish, an usher at the 8 o'clock Mass for fifty years and the man who rang the bell by hand before the motor was put in.

He was the brother-in-law of our parishioner Rosie Pfannenstiel, and the uncle of many in our parish family. His funeral Mass was celebrated Saturday at St. George with Father Dominic Essien. The Altar Society thanks all who brought food for the funeral dinner.

Eternal rest grant unto him, O Lord, and let perpetual light shine upon him.""",
gold=[("MHK003", "survivor")]),

dict(guid="mhk_hfp_bulletin_260405", pub="2026-04-05T07:00:00-05:00", title="Remember in Your Prayers - Bernard Umscheid",
body="""Please pray for the repose of the soul of Bernard "Barney" Umscheid, 88, of Wamego, who died March 30. Barney and his wife Margie were married at St. Bernard Church in 1961, and he served on the parish council and as a Knight of Columbus for more than sixty years.

Please keep Margie Umscheid and the Umscheid family in your prayers. A rosary was prayed Thursday evening and the funeral Mass was Friday at St. Bernard, Wamego, with Father Dominic Essien celebrant and Deacon Jerry Wurtz assisting.

Also remember our sick and homebound: Leon Kramer, Agnes Wurtz, Elmer Stuewe and all at the Wamego Health Center.""",
gold=[]),

dict(guid="mhk_hfp_bulletin_260510", pub="2026-05-10T07:00:00-05:00", title="Remember in Your Prayers - Elmer Stuewe",
body="""Please remember in your prayers the soul of Elmer Stuewe, 86, of Wamego, who died May 4 after a long illness. Elmer was a member of St. Bernard parish and farmed near Louisville most of his life.

He is survived by his wife Lucille, his daughter Patty, and his nephew and godson, Kurt Stuewe of Wamego, who cared for his cattle these last two years. The vigil was led by Deacon Jerry Wurtz on Thursday, and his funeral Mass was Friday at St. Bernard.

May his soul and the souls of all the faithful departed, through the mercy of God, rest in peace.""",
gold=[("MHK004", "survivor")]),
]
