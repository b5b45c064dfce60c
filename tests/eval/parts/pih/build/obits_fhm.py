"""Fort Hall Tribal Messenger (community newsletter of the Fort Hall Reservation): "Walking On" notices, plain
text. Hand-labelled."""

FEED = "fhm"
ITEMS = [
dict(guid="pih_fhm_walkingon_2026_07", pub="2026-02-26T12:00:00-07:00", title="Walking On: Leonard \"Sonny\" Tasiwoo",
body="""Leonard "Sonny" Tasiwoo, 74, of Fort Hall, began his journey on February 22, 2026, at his home in the Bottoms, with his family singing him on.

Sonny was an enrolled member of the Shoshone-Bannock Tribes. He worked for the Tribes' Fish and Wildlife Department for 31 years, counted salmon redds on the Yankee Fork long before anybody else thought to, and taught three generations of nephews to set a net and to respect what came out of it. He was a Vietnam veteran, a traditional dancer and a fixture at every Shoshone-Bannock Indian Festival.

He is survived by his children, Marcus Tasiwoo and Tia (Ray) Broncheau of Fort Hall; his sisters, Dory Tasiwoo of Fort Hall and Glenda Pahvitse of Owyhee, Nevada; and numerous grandchildren, nieces and nephews. He was preceded in death by his wife, Evelyn, and his parents.

An all-night wake will be held Thursday at the family home. Funeral services will be held Friday at 10 a.m. at the Fort Hall Community Center, with burial in the Fort Hall Cemetery.""",
gold=[("PIH009", "survivor")]),

dict(guid="pih_fhm_walkingon_2026_11", pub="2026-04-23T12:00:00-07:00", title="Walking On: Harvey Tindore",
body="""Harvey James Tindore, 68, of Fort Hall, walked on April 19, 2026, at the Portneuf Medical Center.

Harvey served on the Fort Hall Business Council's land use commission for twelve years and drove the school bus on the Gibson route for twenty more. He was famous for his fry bread and his puns.

He is survived by his wife, Louise; his sons, Wade and Eli Tindore of Fort Hall; and eleven grandchildren.

The wake was held Tuesday night and services Wednesday at the Fort Hall Community Center. Elder Dory Tasiwoo led the prayer song at the graveside. The family thanks everyone who brought food.""",
gold=[]),
]
