"""The Northside Herald (Corpus Christi's Black community weekly, Washington-Coles and Hillcrest): "Homegoing"
notices and the church announcements of the week. Teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "hw"
ITEMS = [
dict(guid="crp_hw_homegoing_2026_07", pub="2026-02-19T08:00:00-06:00",
title="Homegoing: Mother Essie Mae Trotter, 96",
body="""Mother Essie Mae Trotter, 96, the oldest member of Mount Zion Missionary Baptist Church, was called home to glory on Sunday, February 15, 2026. She was born August 30, 1929, in Refugio, Texas, and came to Corpus Christi's Northside as a girl.

Mother Trotter cooked at the old Driscoll Hotel for 25 years and ran the church kitchen for another 40. Nobody left her table hungry or unprayed for.

She leaves to cherish her memory her daughter, Loretta Trotter Simms of Corpus Christi; her granddaughter, Keisha Simms of Dallas; her niece, Mrs. Cedric (LaDonna) Merriweather of Corpus Christi; a special friend, Ida Mae Wiggins; and a host of church family.

Homegoing celebration: Saturday, 11 a.m., Mount Zion Missionary Baptist Church, Rev. Dr. Arthur Pleasant, eulogist. Interment: Rose Hill Memorial Park.""",
gold=[("CRP020", "survivor"), ("CRP021", "survivor")]),  # "Mrs. Cedric (LaDonna) Merriweather": niece and her husband

dict(guid="crp_hw_homegoing_2026_22", pub="2026-06-25T08:00:00-05:00",
title="Homegoing: Brother Otis Greenleaf, 74",
body="""Brother Otis Greenleaf, 74, deacon of St. John Baptist Church and a retired longshoreman at the Port of Corpus Christi, transitioned on June 20, 2026. He was born January 14, 1952, in Corpus Christi.

He leaves his wife of 50 years, Carolyn Greenleaf; sons Marcus and Darnell Greenleaf of Corpus Christi; a sister, Bernice Greenleaf Tate of Beaumont; and nine grandchildren.

Homegoing services: Saturday, June 27, 10 a.m., St. John Baptist Church. Officiating: Pastor Leon Whitlock. Words of comfort: Cedric Merriweather, on behalf of the Deacon Board. Pallbearers: Reginald Bluitt Jr., Marcus Greenleaf, Darnell Greenleaf, Tyrone Simms, Kevin Tate and Lamar Griggs. Interment: Rose Hill Memorial Park.""",
gold=[]),  # Cedric Merriweather speaks, Reginald Bluitt Jr. is a pallbearer: nothing
]
