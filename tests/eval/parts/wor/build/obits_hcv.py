"""Heart of the Commonwealth Community Voice (invented multicultural community weekly, Worcester): "In Memoriam"
notices sent in by families and congregations (Albanian Orthodox, Ghanaian, Vietnamese, Brazilian, Swedish
Lutheran), plain text. Hand-labelled."""

FEED = "hcv"
ITEMS = [
dict(guid="wor_hcv-memoriam-2026-014", pub="2026-01-29T08:00:00-05:00", title="Vasil Kola, 89: a founder of the St. Mary's choir",
body="""Vasil Kola, 89, of Worcester, fell asleep in the Lord on January 24, 2026, at Jewish Healthcare Center, Worcester. Memory eternal.

Born in Korça, Albania, he came to Worcester in 1972 by way of a refugee camp in Italy and worked for twenty-five years at the Wyman-Gordon forge in Grafton. For more than four decades he sang in the choir of St. Mary's Albanian Orthodox Cathedral, where he was known for a bass voice that made the windows hum at Pascha.

He is survived by his son, Gjergj (George) Kola and his wife Drita of Worcester; his daughter, Eleni Shehu and her husband Ilir of Shrewsbury; and five grandchildren. He was predeceased by his wife, Vasilika, in 2019.

A Trisagion service will be held Thursday evening at St. Mary's, with the funeral service Friday at 10 a.m. Makaria will follow in the church hall.""",
gold=[("WOR006", "survivor"), ("WOR007", "survivor")]),

dict(guid="wor_hcv-memoriam-2026-022", pub="2026-02-19T08:00:00-05:00", title="Celebration of life for Opanyin Kwaku Mensah",
body="""The family of the late Opanyin Kwaku Agyei Mensah, 84, of Kumasi, Ghana, who was called home on January 30, 2026, announces a one-week observance and celebration of life for the Worcester community.

Opanyin Mensah was a retired headmaster of Prempeh College and a church elder of the Methodist Church Ghana. He visited Worcester many times to see his children and grandchildren and was a familiar figure at the Ghanaian Association of Central Massachusetts picnic in Elm Park, where he insisted on judging the jollof.

Chief mourners: Kwabena "Kobby" Mensah and his wife Akosua of Worcester; Yaw Mensah of Columbus, Ohio; Abena Mensah-Boakye of London; and his niece, Ama Asante of Worcester.

The observance will be held Saturday from 2 p.m. at Wesley United Methodist Church, Worcester. The final funeral rites will be held in Kumasi in April. Dress code: black and red.""",
gold=[("WOR008", "survivor"), ("WOR009", "survivor")]),

dict(guid="wor_hcv-memoriam-2026-031", pub="2026-03-12T08:00:00-04:00", title="Cụ Bà Phạm Thị Hoa (1935 - 2026)",
body="""Phạm Thị Hoa, 90, of Worcester, passed away peacefully on March 6, 2026, at her daughter's home. She was born in Nam Định, moved south in 1954 and came to Worcester in 1991 under the Orderly Departure Program.

Bà Hoa sold bánh cuốn from her kitchen to half of the Vietnamese families on Main South in the 1990s and prayed every morning at the Vietnamese Martyrs Parish.

She is survived by her daughter Lan Nguyen and son-in-law Minh Nguyen of Worcester; her son Pham Van Duc of San Jose, Calif.; eight grandchildren and three great-grandchildren.

Visitation will be held Sunday from 1 to 5 p.m. at the family home. A funeral Mass will be celebrated Monday at 10 a.m. at Our Lady of Vietnam Church, Worcester, followed by burial at Notre Dame Cemetery.""",
gold=[("WOR011", "survivor"), ("WOR010", "survivor")]),

dict(guid="wor_hcv-memoriam-2026-038", pub="2026-04-02T08:00:00-04:00", title="Maria das Graças Ferreira, 74",
body="""Maria das Graças Ferreira, 74, of Framingham, formerly of Governador Valadares, Minas Gerais, Brazil, died March 28, 2026, at MetroWest Medical Center.

Dona Graça came to Framingham in 2001 and for twenty years cooked for the Saturday feijoada at the Assembleia de Deus on Concord Street. She taught her grandchildren to dance forró and her neighbors to make pão de queijo.

She leaves her daughter, Ana Paula (Rogério) da Silva of Framingham; her son, Wellington Ferreira of Governador Valadares; her sister, Aparecida Souza of Marlborough; and four grandchildren.

A viewing will be held Tuesday from 5 to 8 p.m. at the Concord Street church, and a service Wednesday at 11 a.m. Burial at Edgell Grove Cemetery, Framingham.""",
gold=[("WOR014", "survivor")]),

dict(guid="wor_hcv-memoriam-2026-041", pub="2026-04-16T08:00:00-04:00", title="Astrid Elvira Lindahl, 95, Gloria Dei Lutheran",
body="""Astrid Elvira Lindahl, 95, of Holden, entered eternal rest on April 11, 2026, at Holden Rehabilitation.

Astrid was born in Worcester's Quinsigamond Village to Swedish immigrants, Nils and Hulda Lindahl, and was confirmed at Gloria Dei Lutheran Church, where she kept the Lucia festival going for sixty years. She was a bookkeeper at the Norton Company until her retirement.

She is survived by her sister, Ingrid Sjöberg of Shrewsbury; her nephews, Lars Sjöberg of Minneapolis and Per Sjöberg of Shrewsbury; and many cousins in Sweden. Her brother, Gustav Lindahl, died in 2015.

A service of witness to the resurrection will be held Saturday at 11 a.m. at Gloria Dei Lutheran Church, Worcester, the Rev. Karin Ekstrom presiding. Memorial gifts may be made to the church's music fund.""",
gold=[("WOR012", "survivor")]),

dict(guid="wor_hcv-memoriam-2026-047", pub="2026-05-07T08:00:00-04:00", title="Marcos Oliveira Santos, 38",
body="""Marcos Oliveira Santos, 38, died April 29, 2026, in a motorcycle accident in Governador Valadares, Minas Gerais, Brazil, where he lived and worked as a mechanic.

He leaves his wife, Jéssica; his two young sons; his parents, Antônio and Lúcia Santos, of Governador Valadares; and his brother, Thiago Santos of Marlborough, who asks the Framingham and Marlborough community to keep the family in prayer. A Mass of the seventh day was celebrated in Brazil; a Mass will also be offered May 10 at St. Tarcisius Church, Framingham.""",
gold=[]),   # namesake abroad, 38 (WOR015 lives in Framingham; no birth date on the roster): nothing
]
