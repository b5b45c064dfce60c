"""Twin City & Lakes Sentinel (invented small-town weekly covering Leominster, Fitchburg, Webster, Auburn and
Shrewsbury): community news, teaser description and HTML in content:encoded. Hand-labelled."""

FEED = "sentinel"
ITEMS = [
dict(guid="wor_sentinel-2026-0215-organ", pub="2026-02-15T07:00:00-05:00", title="Gloria Dei dedicates restored Hook & Hastings organ",
body="""WORCESTER - Gloria Dei Lutheran Church dedicated its restored 1908 Hook & Hastings pipe organ on Sunday with a hymn festival that filled the sanctuary.

The $380,000 restoration was paid for by a three-year campaign. Leading donors listed in the dedication program included the Lindahl family, Ingrid Sjoberg, Erik and Carol Lundgren, the Swedish Cultural Society of Worcester and the Norton Company Retirees Association.

"The organ was built for this room," said organist David Nyquist. "Now it sounds like it again.\"""",
gold=[]),   # donor list: nothing for WOR012 or WOR013

dict(guid="wor_sentinel-2026-0322-umpire", pub="2026-03-22T07:00:00-04:00", title="Fifty seasons behind the plate: McNamara honored by Fitchburg Little League",
body="""FITCHBURG - When the Fitchburg Little League opens its season in April, Jim McNamara will be behind home plate for the 50th straight year.

The league will honor McNamara, 70, at its opening-day ceremony at Coolidge Park and name the field's umpire room after him. He has called an estimated 3,000 games and says he has never once been asked to check the replay.

"Jim taught half this city what a strike zone is," league president Denis Thibault said.""",
gold=[("WOR020", "subject")]),   # Denis Thibault (WOR017, do_not_contact) quoted: nothing

dict(guid="wor_sentinel-2026-0405-engage", pub="2026-04-05T07:00:00-04:00", title="Engagement: Nguyen - Halvorsen",
body="""Minh and Lan Nguyen of Worcester announce the engagement of their daughter, Vy Nguyen, to Eric Halvorsen, son of Bjorn and Karen Halvorsen of Holden.

The bride-to-be is a graduate of Worcester Polytechnic Institute and a software engineer at a Boston robotics firm. Her fiance is a physical therapist at Saint Vincent Hospital. A September wedding is planned at the Tower Hill Botanic Garden in Boylston.""",
gold=[("WOR010", "parent_of_subject"), ("WOR011", "parent_of_subject")]),

dict(guid="wor_sentinel-2026-0426-tirana", pub="2026-04-26T07:00:00-04:00", title="Tirana Grill wins Readers' Choice for best Mediterranean",
body="""WORCESTER - Tirana Grill on Shrewsbury Street has been voted the best Mediterranean restaurant in the Sentinel's annual Readers' Choice poll, its third win in five years.

Owners Gjergj "George" Kola and Drita Kola opened the restaurant in 2003 after twenty years of cooking for church suppers at St. Mary's Albanian Orthodox Cathedral. Drita Kola's byrek and the family's tavë kosi are the most ordered dishes.

"Our customers are our family," George Kola said. "Some of them have been coming since their children were in high chairs, and now their children bring the grandchildren.\"""",
gold=[("WOR006", "subject"), ("WOR007", "subject")]),

dict(guid="wor_sentinel-2026-0503-auburn", pub="2026-05-03T07:00:00-04:00", title="Auburn library breaks ground on children's wing",
body="""AUBURN - Town officials and a crowd of preschoolers with plastic shovels broke ground Saturday on a 6,000-square-foot children's wing at the Auburn Public Library.

The $4.1 million project is funded by a state grant and a town meeting appropriation. Library director Carla Pinto said the wing will open in the fall of 2027. Volunteers from the Friends of the Library, including Mary Beth Donnelly, Joan Sweeney and Tom Rocheleau, served lemonade after the ceremony.""",
gold=[]),   # Mary Beth Donnelly (WOR018) in a volunteer list: nothing
]
