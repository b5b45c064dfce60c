"""WBXT 34 Action News (Binghamton): local TV station site, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="bgm_wbxt_20260122_regeneron", pub="2026-01-22T18:10:00-05:00", title="Vestal senior named national science finalist",
body="""VESTAL, N.Y. (WBXT) - A Vestal High School senior is one of 40 finalists in the nation's oldest science competition for high schoolers.

Kavya Venkataraman, 17, was chosen for her research on bacteria that break down PFAS in river sediment, work she began in a Binghamton University lab as a sophomore. She will compete in Washington, D.C., in March for prizes of up to $250,000.

Her parents, Srinath and Rukmini Venkataraman, both engineers, said they found out when she screamed from upstairs. "We thought she had seen a spider," her mother said.""",
gold=[("BGM007", "parent_of_subject"), ("BGM006", "parent_of_subject")]),

dict(guid="bgm_wbxt_20260227_jc_fire_captain", pub="2026-02-27T17:45:00-05:00", title="Johnson City fire captain hangs up his helmet after 32 years",
body="""JOHNSON CITY, N.Y. (WBXT) - After 32 years and, by his count, more than 9,000 calls, Johnson City Fire Department Capt. Dermot O'Halloran worked his last shift Friday.

Firefighters lined Harry L Drive and sounded the sirens as O'Halloran drove Engine 2 back to the station one last time. His wife, Patrice, and their three daughters were waiting at the door.

O'Halloran says retirement plans include fishing the Susquehanna and coaching his granddaughter's softball team.""",
gold=[("BGM009", "subject")]),

dict(guid="bgm_wbxt_20260312_judge_fairweather", pub="2026-03-12T18:30:00-04:00", title="Broome County judge receives state bar's highest honor",
body="""BINGHAMTON, N.Y. (WBXT) - Broome County Court Judge Lamont Fairweather has received the New York State Bar Association's award for excellence in the judiciary.

Fairweather, the first Black judge elected in Broome County, started the county's veterans treatment court in 2017. More than 300 veterans have graduated from it. The award was presented in Albany on Wednesday.""",
gold=[("BGM018", "subject")]),

dict(guid="bgm_wbxt_20260618_storm_cleanup", pub="2026-06-18T19:05:00-04:00", title="Cleanup underway after storm topples trees in Johnson City, Binghamton's West Side",
body="""JOHNSON CITY, N.Y. (WBXT) - Crews spent Thursday clearing trees and wires after Wednesday evening's severe thunderstorm brought 70 mph gusts to Johnson City and Binghamton's West Side.

NYSEG said about 11,000 customers lost power at the peak. On Vestal Avenue a maple fell across two parked cars. "It sounded like a freight train, and then the whole street went dark," said Rosalind Pettengill, who watched from her porch.

Everett Quackenbush, a tree contractor from Chenango Forks, said his crew had twenty jobs lined up by noon. No injuries were reported.""",
gold=[]),

dict(guid="bgm_wbxt_20260911_quilt_of_valor", pub="2026-09-11T18:20:00-04:00", title="Conklin Vietnam veteran honored with Quilt of Valor",
body="""CONKLIN, N.Y. (WBXT) - A Conklin man who flew helicopters in Vietnam and served 30 years in the Army was wrapped in a Quilt of Valor on Thursday at the Conklin Town Hall.

Chief Warrant Officer 4 (ret.) Augustin "Gus" Baranyk, 77, flew medevac missions with the 57th Medical Detachment in 1969 and 1970. Volunteers from the Southern Tier Quilters' Guild spent four months on the red, white and blue quilt.

"I've been given medals," Baranyk said. "Nobody ever made me anything by hand." His wife, Irene, held the quilt's corners for the photographs.""",
gold=[("BGM019", "subject")]),
]
