"""The Westmoreland Daily Ledger (invented daily newspaper, Greensburg): paid death notices, surname-first
headings, terse plain text, guids lbe_dn_*. Hand-labelled: gold=[(client_id, role)]."""

FEED = "dn"
ITEMS = [
dict(guid="lbe_dn_2026_0114_hornyak", pub="2026-01-14T05:00:00-05:00", title="HORNYAK, Michael J.",
body="""HORNYAK, Michael J., 86, of Hostetter, died Sunday, Jan. 11, 2026, at Latrobe Hospital. Retired Kennametal toolmaker, Army veteran. Survived by wife, Anna (Yurcisin) Hornyak; son, Mark Hornyak of Export; sister, Helen (Eugene) Wasilchak of Crabtree; three grandchildren. Preceded in death by brothers Stephen and Paul. Parastas 7 p.m. Tuesday, Divine Liturgy 10 a.m. Wednesday, St. Mary Byzantine Catholic Church, Latrobe. Arrangements by Fiore & Hartzell Funeral Home, Latrobe.""",
gold=[("LBE021", "survivor"), ("LBE020", "survivor")]),

dict(guid="lbe_dn_2026_0203_sumey", pub="2026-02-03T05:00:00-05:00", title="SUMEY, Evelyn J.",
body="""SUMEY, Evelyn J., 88, of Dunbar, died Saturday, Jan. 31, 2026, at Highlands Hospital, Connellsville. Retired seamstress, member of Dunbar Presbyterian Church. Survived by daughter, Kathleen "Kit" Harkcom of Connellsville; son, Richard Sumey of Dunbar; four grandchildren. Preceded in death by husband, Harold, and son-in-law, Dale Harkcom. Friends received 2-6 p.m. Wednesday, Brooks Funeral Chapel, Dunbar; service 11 a.m. Thursday.""",
gold=[("LBE017", "survivor")]),

dict(guid="lbe_dn_2026_0312_kostelnik", pub="2026-03-12T05:00:00-04:00", title="KOSTELNIK, Stephen",
body="""KOSTELNIK, Stephen, of Greensburg, died Tuesday, March 10, 2026. Arrangements are pending with the Fiore & Hartzell Funeral Home, Greensburg. A complete notice will appear in a later edition.""",
gold=[("LBE003", "possible_deceased_client")]),

dict(guid="lbe_dn_2026_0325_brunazzi", pub="2026-03-25T05:00:00-04:00", title="BRUNAZZI, Anthony V.",
body="""BRUNAZZI, Anthony V., 76, of Wilmington, Del., formerly of Latrobe, died Saturday, March 21, 2026, in Christiana Hospital, Newark, Del. A 1967 graduate of Latrobe High School, he retired from DuPont as a chemical engineer. Survived by his wife of 50 years, Gloria (Santangelo) Brunazzi; daughters Lisa and Nicole; five grandchildren. Mass of Christian Burial 10 a.m. Friday, St. Elizabeth Church, Wilmington. Arrangements by McCrery Funeral Home, Wilmington.""",
gold=[]),

dict(guid="lbe_dn_2026_0416_pribanic", pub="2026-04-16T05:00:00-04:00", title="PRIBANIC, Joseph S.",
body="""PRIBANIC, Joseph S., 94, of Latrobe, died Tuesday, April 14, 2026, at Loyalhanna Care Center. Retired from Latrobe Steel, 60-year member of Holy Family Church. Survived by son, Leonard Pribanic of Latrobe; daughter, JoAnn (Ed) Trzcinski of Jeannette; granddaughter Kristen Trzcinski; sister-in-law Frances Pribanic of Derry. Preceded in death by wife, Sophie (Kuhns) Pribanic. Friends received 2-4 and 6-8 p.m. Friday, Fiore & Hartzell Funeral Home, Latrobe. Mass 10 a.m. Saturday, Holy Family Church.""",
gold=[("LBE010", "survivor"), ("LBE011", "survivor")]),

dict(guid="lbe_dn_2026_0520_scalzitti", pub="2026-05-20T05:00:00-04:00", title="SCALZITTI, Dominic J.",
body="""SCALZITTI, Dominic J., 59, of Youngstown, Ohio, died Sunday, May 17, 2026. Born in Struthers, Ohio; longtime Youngstown State University groundskeeper. Survived by wife, Paula (Rinaldi) Scalzitti; sons Anthony and Joseph; mother, Lucille Scalzitti of Boardman. Mass 10 a.m. Thursday, St. Christine Church, Youngstown. Arrangements by Rossi Funeral Home, Boardman.""",
gold=[]),

dict(guid="lbe_dn_2026_0624_zelenak", pub="2026-06-24T05:00:00-04:00", title="ZELENAK, Frances A. (Hudak)",
body="""ZELENAK, Frances A. (Hudak), 90, of Derry, died Monday, June 22, 2026, at her home. Retired Derry Area School District secretary, member of St. Joseph Church, Derry. Survived by daughters, Mary Beth Pisarcik (Greg) of Derry and Ann Zelenak of Pittsburgh; three grandchildren. Preceded in death by husband, Frank Zelenak. Friends received 3-7 p.m. Thursday, Fiore & Hartzell Funeral Home, Latrobe. Mass 10 a.m. Friday, St. Joseph Church, Derry.""",
gold=[("LBE004", "survivor"), ("LBE005", "survivor")]),

dict(guid="lbe_dn_2026_0909_dzurenda", pub="2026-09-09T05:00:00-04:00", title="DZURENDA, Elaine M.",
body="""DZURENDA, Elaine M., 67, of Hazleton, Luzerne County, died Sunday, Sept. 6, 2026, at Lehigh Valley Hospital-Hazleton. Retired Hazleton Area teacher. Survived by husband, Robert; son, Adam Dzurenda of Wilkes-Barre. Services were held in Hazleton. Published at the request of the family's friends in Greensburg.""",
gold=[]),
]
