"""Congregation Beth Or (Reform), Charleston: "We Mourn" notices from the congregational e-bulletin. Plain
text. Hand-labelled."""

ITEMS = [
dict(guid="chs_bethor_wemourn_2026-03-27", pub="2026-03-27T12:00:00-04:00", title="We Mourn: Herbert Levy",
body="""The congregation mourns the death of Herbert Levy, 89, of Charleston, who died on March 25, 2026 (7 Nisan 5786). Herb was a past president of Congregation Beth Or, a fourth-generation King Street merchant and for forty years the man who blew the shofar on the High Holy Days.

He is survived by his wife of 64 years, Judith Levy; his daughter, Rachel (Daniel) Solomons of Charleston; his son, Jonathan Levy of Atlanta; and five grandchildren.

Funeral services will be held Friday at 10 a.m. at the Coming Street Cemetery, Rabbi Adina Feld officiating. Shiva will be observed at the Solomons home Sunday through Tuesday evenings, with a minyan at 7 p.m. Contributions may be made to the Beth Or Religious School.""",
gold=[("CHS008", "survivor")]),

dict(guid="chs_bethor_wemourn_2026-06-02", pub="2026-06-02T12:00:00-04:00", title="We Mourn: Sylvia Pinto",
body="""We are saddened to share the passing of Sylvia Pinto, 93, of Mount Pleasant, on May 31, 2026. A member of Beth Or for seventy years, Sylvia taught in the religious school, chaired the Sisterhood's Purim carnival for two decades and never missed a Friday night service until the pandemic.

Sylvia never married; she was the beloved aunt of Sarah Pinto Mordecai and her husband, Ben, of Mount Pleasant, of David Pinto of Richmond, Va., and great-aunt to Noah and Lila Mordecai, who called her Aunt Syl.

Graveside service Thursday at 11 a.m. at the Beth Or Cemetery on Huguenin Avenue. The family will receive visitors at the Mordecai home following the service.""",
gold=[("CHS010", "survivor"), ("CHS009", "survivor")]),

dict(guid="chs_bethor_wemourn_2026-09-14", pub="2026-09-14T12:00:00-04:00", title="We Mourn: Miriam Hirsch",
body="""The Beth Or family mourns Miriam Hirsch, 86, of Charleston, who died September 12, 2026, just before Rosh Hashanah. A retired librarian of the College of Charleston, Miriam led our Torah study group for twenty years. She is survived by her sons, Aaron Hirsch of Chicago and Michael Hirsch of Durham, N.C., and by four grandchildren.

The funeral will be held Wednesday at 2 p.m. in the sanctuary. A minyan will gather at the temple Thursday at 7 p.m.; Ben Mordecai will lead the service, and the Sisterhood asks volunteers for the meal of consolation to call Rachel Solomons.""",
gold=[]),
]
