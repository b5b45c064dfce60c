"""Allegheny Highlands Business Journal (business weekly, Greenbrier, Monroe and Pocahontas Counties): plain
text. Hand-labelled."""

FEED = "ahbj"
ITEMS = [
dict(guid="lwb_ahbj_2026_0312_bread-and-bean", pub="2026-03-12T06:00:00-04:00", title="Lemasters Bread & Bean opens second shop in Ronceverte",
body="""Lemasters Bread & Bean, the Lewisburg bakery and coffee house known for its salt-rising loaves, opened a second location Monday in the former Greenbrier Pharmacy building on Main Street in Ronceverte.

Owner Mary Beth Lemasters, who started the business in a Washington Street storefront in 2014, said the new shop will add eight jobs. "My father-in-law has been asking me for a Ronceverte shop for ten years," she said.

Regular customer Tad Wickline drove down from Lewisburg for the opening. "I've had the cinnamon roll every Saturday for a decade," Wickline said. "I wanted to make sure they got it right here too." """,
gold=[("LWB007", "subject")]),  # LWB001 Tad Wickline: quoted customer -> nothing

dict(guid="lwb_ahbj_2026_0507_kittle-partner", pub="2026-05-07T06:00:00-04:00", title="Kittle named managing partner at Lewisburg law firm",
body="""Ambrose Kittle III has been named managing partner of Kittle, Boone & Arbogast, the Washington Street law firm his grandfather co-founded in 1961.

Kittle, 46, a Greenbrier East and WVU College of Law graduate, practices real estate and estate law. He succeeds Hollis Arbogast, who will remain of counsel.

"Three generations of Greenbrier County families have trusted this firm," Kittle said.""",
gold=[("LWB019", "subject")]),

dict(guid="lwb_ahbj_2026_0709_hardware", pub="2026-07-09T06:00:00-04:00", title="Court Street hardware store changes hands",
body="""Tuckwiller Hardware, a Court Street fixture in Lewisburg since 1968, has been sold to Brandon and Kayla Lively of Fairlea, who plan to keep the name.

The store was owned for four decades by the late Okey Tuckwiller, who died in May, and since 2008 by his daughter, Karen Tuckwiller Nutter. "We're not changing the nails-by-the-pound," Brandon Lively said.""",
gold=[]),  # no client (Okey Tuckwiller is not one)

dict(guid="lwb_ahbj_2026_0917_gvt-campaign", pub="2026-09-17T06:00:00-04:00", title="Greenbrier Valley Theatre campaign passes $3 million",
body="""Greenbrier Valley Theatre's capital campaign has passed $3 million, enough to begin the renovation of its North Court Street building this winter, managing director Cathy Renshaw announced.

Leading gifts came from the Hollowell Foundation, the City of Lewisburg and more than 400 individual donors. Donors at the Producer level and above include Thaddeus and Loretta Wickline; Dr. Ravi and Lakshmi Venkatraman; Ambrose Kittle III; Robert and Sue Hylton; and Greenbrier Valley National Bank.""",
gold=[]),  # donor list -> nothing

dict(guid="lwb_ahbj_2026_1015_fleshman-conservation", pub="2026-10-15T06:00:00-04:00", title="Renick cattle farm wins Farm Bureau conservation award",
body="""The West Virginia Farm Bureau has named Fleshman Farm of Renick its 2026 Conservation Farm of the Year.

Zeke and Nora Fleshman, who rebuilt their farmhouse after a February fire, fenced their cattle out of Spring Creek, planted 3,000 trees along its banks and installed a rotational grazing system on 240 acres. "The creek was my grandfather's," Nora Fleshman said. "We want it to be our grandchildren's."

The award will be presented at the Farm Bureau's annual meeting in Flatwoods in November.""",
gold=[("LWB008", "subject"), ("LWB009", "subject")]),
]
