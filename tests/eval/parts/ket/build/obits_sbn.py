"""Holy Name & St. Rita Parish (Ketchikan and Prince of Wales, invented) weekly bulletin: prayer notices,
plain text, short. Hand-labelled."""

ITEMS = [
dict(guid="ket_sbn_2026_02_08_repose", pub="2026-02-08T07:00:00-09:00", title="Please pray for the repose of the soul of Paulina Magbanua",
body="""Our pastor, Fr. Lorenzo Magbanua, received word that his mother, Paulina Pacquing Magbanua, 91, died peacefully on February 3 in Dumaguete City, Negros Oriental, after a long illness. Fr. Lorenzo flew home for the funeral and will return February 18. Fr. Dennis Okafor of Juneau will celebrate the weekend Masses in his absence. Cards for Fr. Lorenzo may be left at the parish office. Eternal rest grant unto her, O Lord.""",
gold=[("KET024", "survivor")]),

dict(guid="ket_sbn_2026_03_22_nahkeena", pub="2026-03-22T07:00:00-08:00", title="In our prayers: Leonard Nahkeena",
body="""Please keep in your prayers parishioner Mary Lou Nahkeena, whose brother, Leonard Nahkeena, 79, of Hydaburg, died on March 17. Leonard was a Haida elder, a master of the Kaigani songs, and a longtime skipper of the seiner Kasaan Star. A memorial will be held in Hydaburg on March 28; parishioners traveling on the Inter-Island Ferry are asked to contact the office. May he rest in peace.""",
gold=[("KET009", "survivor")]),

dict(guid="ket_sbn_2026_04_19_sick", pub="2026-04-19T07:00:00-08:00", title="Pray for the sick and the faithful departed",
body="""For the sick: Ben Ocampo, recovering from knee surgery; Eleanor Pratt; baby Theo Lindgren.

For the faithful departed: Oscar Lindvik, 93, of Ward Cove, died April 12, survived by his nephews in Norway; and all who have gone before us marked with the sign of faith. The Knights of Columbus will serve as pall bearers at Mr. Lindvik's funeral Mass on Thursday.""",
gold=[]),
]
