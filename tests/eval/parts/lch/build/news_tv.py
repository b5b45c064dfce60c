"""KLCX 7 News (Lake Charles TV station) local web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="lch_klcx7_20260126_ortego-rescue", pub="2026-01-26T18:20:00-06:00",
     title="Sulphur firefighter honored for pulling driver from burning truck",
body="""SULPHUR, La. (KLCX) - A Sulphur firefighter who was off duty when he came upon a burning pickup on Interstate 10 received the department's Medal of Valor on Monday.

Ryan Ortego, 37, broke the driver's window with a tire iron and pulled the unconscious man out moments before the cab filled with flames in November. The driver, a Vinton man, has recovered.

"Anybody would have stopped," Ortego said at the ceremony at Sulphur City Hall. Fire Chief Dale Benoit disagreed: "Not everybody would have gone in." """,
gold=[("LCH019", "subject")]),

dict(guid="lch_klcx7_20260223_deshotel-fire", pub="2026-02-23T06:45:00-06:00",
     title="Fire destroys south Lake Charles home; owner and dog escape",
body="""LAKE CHARLES, La. (KLCX) - A Lake Charles man and his dog got out safely early Monday when fire destroyed their home on Lake Street.

Hollis "Hoss" Deshotel, 64, said the smoke alarm woke him at about 2:30 a.m. He grabbed his Catahoula, Boudin, and ran out the back door. Lake Charles firefighters had the blaze under control within 40 minutes, but the house is a total loss.

The fire marshal's office believes the fire started in an extension cord in the garage. The Red Cross is assisting Deshotel.""",
gold=[("LCH022", "subject")]),

dict(guid="lch_klcx7_20260310_principal-of-year", pub="2026-03-10T17:05:00-05:00",
     title="Lake Charles principal named Louisiana Principal of the Year",
body="""LAKE CHARLES, La. (KLCX) - The principal who brought a failing north Lake Charles middle school to a B rating in four years is the state's Principal of the Year.

Andre Fontenette, principal of Ward Heights Middle School, received the award Tuesday in Baton Rouge from the state superintendent. Fontenette grew up three blocks from the school and taught math there for nine years before becoming principal.

His parents, Lucien and Odile Fontenette of Lake Charles, both retired Calcasieu Parish teachers, were in the audience. "They taught me the job," he said.""",
gold=[("LCH007", "parent_of_subject"), ("LCH008", "parent_of_subject")]),

dict(guid="lch_klcx7_20260414_tornado-cleanup", pub="2026-04-14T19:40:00-05:00",
     title="Sulphur and Westlake clean up after early-morning tornado",
body="""SULPHUR, La. (KLCX) - Residents of Sulphur and Westlake spent Tuesday cutting up trees and tarping roofs after a tornado touched down before dawn.

The National Weather Service in Lake Charles confirmed an EF-1 tornado with peak winds of 100 mph along a nine-mile path from Carlyss to the Westlake city limits. No injuries were reported.

"You could hear the transformers popping one after another," said Thaddeus Hardey, who drove over from Moss Bluff with a chainsaw to help his sister-in-law. Sulphur Fire Capt. Ryan Ortego said crews checked more than 200 homes by noon.""",
gold=[]),  # bystanders: Hardey (helper from Moss Bluff), Ortego (official quoted); the storm outreach comes from the NWS alert

dict(guid="lch_klcx7_20260605_cameron-flood", pub="2026-06-05T18:10:00-05:00",
     title="Cameron Parish mops up after coastal flooding",
body="""CAMERON, La. (KLCX) - Tidal water that pushed over Highway 82 Thursday night had mostly drained by Friday afternoon, but parts of the road remained closed east of Cameron.

Parish officials said about 40 homes took water. The Cameron Parish Police Jury opened a debris drop-off site at the old courthouse.""",
gold=[]),

dict(guid="lch_klcx7_20260919_tarpon-record", pub="2026-09-19T21:30:00-05:00",
     title="Port Arthur man reels in record tarpon at Cameron rodeo",
body="""CAMERON, La. (KLCX) - A Port Arthur, Texas, angler set a tournament record at the Cameron Fishing Rodeo on Saturday with a 183-pound tarpon.

Hollis Deshotel of Port Arthur fought the fish for almost two hours off the Cameron jetties. Rodeo chairman Tave Guillotte, who has run the weigh-in for 25 years, said nobody had brought in a bigger one since 1991.""",
gold=[]),  # namesake from Port Arthur (LCH022 lives in Lake Charles); Tave Guillotte (LCH021) is the quoted chairman
]
