"""Noticias 47 WQMX (invented Spanish-language TV station), English-language website: short web stories, HTML
descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="mia_tv47_260422_0931", pub="2026-04-22T18:15:00-04:00", title="Miami Edison senior wins full scholarship to Yale",
body="""MIAMI (Noticias 47) - A Miami Edison Senior High School senior who arrived from Port-au-Prince at age nine without speaking English is headed to Yale on a full scholarship.

Widline Desrameaux, 18, learned she had won the QuestBridge National College Match on Tuesday. She is the school's valedictorian, captain of the robotics team and a volunteer tutor at the Little Haiti branch library.

Her parents, Jean-Robert and Marie-Claude Desrameaux, cried in the school's front office when she told them. "My mother was a teacher in Jacmel. She always said that nobody can take what you put in your head," said Marie-Claude Desrameaux. "Widline put a lot in her head." """,
gold=[("MIA009", "parent_of_subject"), ("MIA010", "parent_of_subject")]),

dict(guid="mia_tv47_260618_1107", pub="2026-06-18T20:40:00-04:00", title="Little Haiti barbershop owner bails out after flash flooding",
body="""MIAMI (Noticias 47) - Tuesday's downpour dumped more than seven inches of rain on parts of Little Haiti in three hours, and for Fritzner "Fritz" Vilsaint it meant starting over.

Water rose almost a foot inside Fritz Kreyòl Cuts, the barbershop Vilsaint has run on NE 2nd Avenue for fourteen years. Three barber chairs, the hot-towel cabinet and the sound system were ruined. "I have insurance, but not flood insurance," Vilsaint said, sweeping water out the door Wednesday morning. "Nobody in this block has flood insurance."

City crews said the storm drains on the block were clogged with debris. Neighbors have started an online fundraiser to help the shop reopen.

Reporting by Nadège Thermidor and Luis Cárdenas, Noticias 47.""",
gold=[("MIA011", "subject")]),  # MIA017 as reporter: nothing

dict(guid="mia_tv47_260725_1244", pub="2026-07-25T17:55:00-04:00", title="Miami Beach rabbi completes 500-mile ride for hurricane relief",
body="""MIAMI BEACH (Noticias 47) - Rabbi Ezra Tannenwald of Temple Beth Shalom Ha-Yam rolled into Miami Beach on Friday afternoon after riding his bicycle 500 miles from Tallahassee to raise money for families in the Florida Panhandle still rebuilding after last year's hurricane.

Tannenwald, 50, said the ride raised $212,000. About forty members of his congregation rode the last mile with him down Collins Avenue, where Aaron Feigenblatt, the temple's treasurer, waited at the finish with a check and a cold bottle of water.

"Every mile, somebody in a small town came out and gave me water," Tannenwald said. "That is what this is about." """,
gold=[("MIA016", "subject")]),  # MIA021 at the finish / congregation officer: nothing

dict(guid="mia_tv47_260429_0958", pub="2026-04-29T12:30:00-04:00", title="Hialeah families clean up after severe storm rips off roofs, topples trees",
body="""HIALEAH (Noticias 47) - Hialeah residents spent Wednesday cutting up fallen ficus and mango trees and tarping roofs after a severe thunderstorm with 70 mph gusts tore through the city late Tuesday afternoon.

On West 44th Place, a royal poinciana crashed through the carport and part of the roof of the home of Rigoberto and Maritza Echemendía. The couple was inside but unhurt. "It sounded like a train, then the whole house shook," said Maritza Echemendía, as her husband, Rigo, and their son Daniel dragged branches to the curb. "Thirty years in this house and I never saw anything like it."

Florida Power & Light said about 18,000 customers in Hialeah, Miami Lakes and Miami Springs lost power at the height of the storm.""",
gold=[("MIA001", "subject"), ("MIA002", "subject")]),
]
