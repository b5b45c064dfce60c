"""The Elm City Jewish Chronicle (weekly, Greater New Haven): obituaries in the community paper's style
(Hebrew names, congregation, shiva, "May her memory be a blessing"), plain text. Hand-labelled."""

FEED = "jc"
ITEMS = [
dict(guid="hvn_jc_2026_0012", pub="2026-01-22T08:00:00-05:00", title="Sylvia Garfinkel, 90, teacher and Hadassah leader",
body="""WEST HARTFORD - Sylvia (Sapirstein) Garfinkel, 90, died January 18, 2026, at the Hebrew Home and Hospital. She was the wife of the late Dr. Harold Garfinkel.

Born in New Haven, Sylvia grew up above her father's dry-goods store on Legion Avenue, a street that no longer exists except in the memories of those who grew up on it. She taught English at Hall High School for 30 years and served two terms as president of the Greater Hartford chapter of Hadassah.

She is survived by her sons, Daniel (Rachel) Garfinkel of Newton, Mass., and Jonathan Garfinkel of Manhattan; her sister, Estelle (Myron) Kornbluth of Woodbridge; and five grandchildren. Funeral services were held at Beth El Temple, West Hartford. Shiva will be observed at the home of Daniel Garfinkel. Contributions in her memory may be made to Hadassah. May her memory be a blessing.""",
gold=[("HVN010", "survivor"), ("HVN009", "survivor")]),

dict(guid="hvn_jc_2026_0031", pub="2026-03-12T08:00:00-04:00", title="Myron Kornbluth, 84, Woodbridge pharmacist",
body="""WOODBRIDGE - Myron Kornbluth, 84, died March 9, 2026, at Yale New Haven Hospital. He was the beloved husband of 61 years of Estelle (Sapirstein) Kornbluth.

Born in New Haven on May 17, 1941, the son of the late Abraham and Ruth Kornbluth, Myron graduated from Hillhouse High School and the UConn School of Pharmacy. For 42 years he owned Kornbluth's Pharmacy on Whalley Avenue, where generations of Westville families were told, gently but firmly, to finish the whole course of antibiotics. He was a past president of Congregation B'nai Jacob and chanted Torah there into his eighties.

Besides his wife, he is survived by his children, Dr. Alan Kornbluth (Deborah) of Bethesda, Md., and Naomi Kornbluth Feld (Jeffrey) of Woodbridge; and six grandchildren. He was predeceased by his brother, Herbert.

Funeral services were held Wednesday at Congregation B'nai Jacob, with burial in the B'nai Jacob Cemetery, Whalley Avenue. Shiva will be observed at the Kornbluth home in Woodbridge. Memorial contributions may be made to the Jewish Family Service of Greater New Haven.""",
gold=[("HVN009", "deceased_client"), ("HVN010", "spouse_of_deceased_client")]),

dict(guid="hvn_jc_2026_0044", pub="2026-04-16T08:00:00-04:00", title="Bella Zilberstein, 97, Holocaust survivor who bore witness",
body="""BROOKLYN, N.Y. - Bella Zilberstein, 97, who survived Auschwitz and spent the last forty years of her life telling schoolchildren about it, died April 12, 2026, in Borough Park.

Born Bluma Rosenfeld in Łódź, Poland, she arrived in New York in 1949 with her husband, Chaim, and built a millinery business on Thirteenth Avenue. She spoke to thousands of students in Brooklyn and Connecticut through the Fortunoff Video Archive's programs.

She is survived by her son, Dov Zilberstein of Brooklyn; her granddaughter, Hadassah "Dassi" Zilberstein of Hamden, Conn.; her grandson, Ari Zilberstein of Jerusalem; and seven great-grandchildren. She was predeceased by her husband, Chaim, in 1998. Burial was in Beth David Cemetery, Elmont. May her memory be a blessing.""",
gold=[("HVN011", "survivor")]),  # roster New Haven (Westville) 06515; Hamden is next door and she carries the family name

dict(guid="hvn_jc_2026_0067", pub="2026-06-04T08:00:00-04:00", title="Irving Feldstein, 88, Yale chemist and Westville neighbor",
body="""HAMDEN - Irving Feldstein, 88, professor emeritus of chemistry at Yale, died May 31, 2026, at home. He was the husband of the late Miriam (Katz) Feldstein.

Irving taught physical chemistry at Yale for 41 years, and his lectures on thermodynamics were known as the best-attended 9 a.m. classes on Science Hill. He is survived by his daughters, Leah Feldstein of Hamden and Sarah Feldstein-Obi (Chukwuemeka) of Chicago, and four grandchildren.

Funeral services were held at Congregation Mishkan Israel, Hamden, where his former student and colleague Dr. Tobias Ferencz delivered a eulogy, and Rabbi Ellen Pomerantz officiated. Shiva was observed at the home of Leah Feldstein. Contributions may be made to the Yale Chemistry Department's graduate fellowship fund.""",
gold=[]),  # HVN018 Dr. Tobias Ferencz gives the eulogy -> nothing
]
