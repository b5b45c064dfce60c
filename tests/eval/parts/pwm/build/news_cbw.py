"""Casco Business Weekly (Greater Portland and Lewiston-Auburn business news): plain text. Hand-labelled."""

FEED = "cbw"
ITEMS = [
dict(guid="pwm_cbw_2026_0107", pub="2026-01-27T07:00:00-05:00", title="Wescott Boatworks opens second yard on the Falmouth Foreside",
body="""FALMOUTH - Wescott Boatworks, the wooden-boat restoration shop that started in a two-car garage in Yarmouth, opened a second yard on the Falmouth Foreside this month, with a 60-foot shed, a travel lift and room for 40 boats on the hard.

"Every Friendship sloop and Hampton boat in Casco Bay seems to need a new transom at the same time," said owner Caleb Wescott, who founded the company in 2012. The yard will employ nine boatwrights and two apprentices from the Maine Maritime Academy program.

Wescott said the Falmouth yard will focus on winter storage and restoration, while the Yarmouth shop continues to build new lapstrake skiffs.""",
gold=[("PWM013", "subject")]),

dict(guid="pwm_cbw_2026_0131", pub="2026-03-10T07:00:00-04:00", title="Fore River Federal Credit Union names Hinckley president and CEO",
body="""PORTLAND - Fore River Federal Credit Union has named Meg Hinckley its next president and chief executive officer, effective April 1. Hinckley, who has been the credit union's chief lending officer since 2019, succeeds Gary Thibault, who retires after 22 years.

Hinckley, a Portland native and graduate of the University of Southern Maine, led the credit union's expansion into small-business lending on Munjoy Hill and in Westbrook. "Meg knows this membership by name," board chair Stephen Gray said.

Longtime member Nadine St. Pierre of Westbrook, who has banked at the Westbrook branch since 1988, said she was glad to see "a local person" in the job. "She's the one who got my husband his boat loan," she said.""",
gold=[("PWM014", "subject")]),

dict(guid="pwm_cbw_2026_0152", pub="2026-04-14T07:00:00-04:00", title="Lisbon Street halal market opens Auburn location",
body="""AUBURN - Barwaaqo Halal Market, the Lisbon Street grocery that has sold goat meat, sambusa and Somali tea to Lewiston shoppers since 2011, opened a second store on Center Street in Auburn on Saturday.

The market is owned by Hodan Ali and her husband, Abdiwahab Warsame, who came to Lewiston from Atlanta in 2005. Ali runs the stores; Warsame, a former accountant, handles the wholesale side, which now supplies restaurants in Portland and Augusta.

"People told us Auburn was not ready," Ali said. "We sold out of camel milk by noon."

By Kristen Achorn, Casco Business Weekly.""",
gold=[("PWM008", "subject"), ("PWM007", "subject")]),

dict(guid="pwm_cbw_2026_0178", pub="2026-05-26T07:00:00-04:00", title="Portland, Ore., developer buys Old Port building",
body="""PORTLAND - A real-estate company based in Portland, Oregon, has paid $6.4 million for the four-story brick building at 88 Exchange St. in the Old Port, according to Cumberland County deeds.

Pacific Rim Urban, led by managing partner Caleb Wescott of Portland, Ore., plans to keep the ground-floor shops and convert the upper floors to twelve apartments. "Two Portlands, one philosophy," Wescott said.

The seller, Exchange Street Holdings, was represented by broker Dana Littlefield of Boulos Company.""",
gold=[]),
]
