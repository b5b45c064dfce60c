"""Seven Rivers Business Weekly (La Crosse, Onalaska, Winona and the Coulee Region), plain text.
Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="lse_biz_2026_0114", pub="2026-01-14T06:00:00-06:00", title="Great River Community Credit Union president to retire after 38 years",
body="""LA CROSSE - Declan O'Loughlin, who joined Great River Community Credit Union as a loan officer in 1988 when it had one branch and eleven employees, will retire as its president and chief executive on June 30.

Under O'Loughlin the credit union grew to fourteen branches in Wisconsin and Minnesota and $1.9 billion in assets, and it was among the first in the state to offer home loans to Hmong families through a lending-circle program. The board said a national search for his successor is under way.

"I came over from Limerick for a summer job and stayed for the rest of my life," O'Loughlin said. "This town gave me a career. I intend to spend my retirement giving some of it back, probably from a fishing boat." """,
gold=[("LSE010", "subject")]),

dict(guid="lse_biz_2026_0211", pub="2026-02-11T06:00:00-06:00", title="Bluffside Health names new chief nursing officer",
body="""LA CROSSE - Bluffside Health has named Lucía Villaseñor its chief nursing officer, effective March 2. She will lead more than 2,400 nurses across the system's La Crosse medical center and nine rural clinics in Wisconsin, Minnesota and Iowa.

Villaseñor, who lives in Onalaska, came to La Crosse from Guadalajara in 1998 to study nursing at Viterbo University and has been with Bluffside since 2002, most recently as director of critical care. She led the system's bilingual nurse-residency program, which has placed 140 Spanish-speaking nurses in rural clinics since 2019.

She succeeds Deborah Kjos, who retired in December.""",
gold=[("LSE009", "subject")]),

dict(guid="lse_biz_2026_0311", pub="2026-03-11T06:00:00-05:00", title="Former Heileman brewers open taproom in old Pearl Street warehouse",
body="""LA CROSSE - Three brewers who learned the trade at the old G. Heileman plant have opened Pearl Street Barrelhouse in a 1890s warehouse a block from the river, with eight taps, a pizza oven and a lager they say is brewed to a 1962 recipe.

Partners Rick Danielson, Sharon Weiskopf and Jim Klinkner spent two years and about $1.4 million restoring the building. "We wanted a place where a guy who worked the bottle line in 1975 would feel at home," Klinkner said.

The opening night crowd agreed. "It tastes like my father's refrigerator," said Wendell Kratochwill of Onalaska, a retired Trane engineer and homebrewer, who was first in line. "I mean that as the highest compliment." """,
gold=[]),

dict(guid="lse_biz_2026_0408", pub="2026-04-08T06:00:00-05:00", title="Onalaska coffee roaster opens cafe named for his mother",
body="""ONALASKA - Corliss Van Steenwyk has roasted coffee in a converted greenhouse on French Island for six years, selling beans to restaurants and farmers markets around the Coulee Region. On Saturday he opened his first cafe, Rika's Roastery, on Main Street in Onalaska.

The cafe is named for his mother, Hendrika "Rika" Van Steenwyk, who died in March and who, Van Steenwyk said, "drank her coffee strong enough to stand a spoon in." The 40-seat cafe serves Dutch stroopwafels and speculaas alongside his single-origin roasts.

Van Steenwyk plans to hire twelve people and to roast on site by summer.""",
gold=[("LSE020", "subject")]),

dict(guid="lse_biz_2026_0506", pub="2026-05-06T06:00:00-05:00", title="Rochester bank names Ansel Wuensch president",
body="""ROCHESTER, Minn. - Zumbro Valley Bank has promoted Ansel Wuensch to president, effective June 1. Wuensch, 44, has been the bank's chief credit officer since 2019 and previously worked in agricultural lending in Mankato.

Wuensch, a Rochester native, is a graduate of Minnesota State University, Mankato, and chairs the board of the Rochester Area Habitat for Humanity. He succeeds Gerald Thorson, who is retiring after 22 years.""",
gold=[]),

dict(guid="lse_biz_2026_0617", pub="2026-06-17T06:00:00-05:00", title="Winona retiree gives 240 acres of bluffland to land trust",
body="""WINONA, Minn. - Ambrose Fenske, a retired Winona State University geology professor, has donated 240 acres of goat prairie and oak savanna on the bluffs above Minnesota City to the Mississippi Valley Land Trust, the largest single gift in the trust's thirty-year history.

Fenske bought the land piece by piece over four decades and spent his retirement clearing red cedar from the prairie by hand. "I wanted the rattlesnakes and the pasque flowers to have it after me," he said. "They were there first."

The trust plans to open a trail on the property next spring.""",
gold=[("LSE022", "subject")]),
]
