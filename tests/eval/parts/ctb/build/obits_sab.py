"""St. Anne of the Plains parish cluster bulletin (Browning and Heart Butte): church-bulletin notices, plain text.
Hand-labelled (gold=...)."""

FEED = "sab"
ITEMS = [
dict(guid="ctb_sab_2026_w07", pub="2026-02-15T07:30:00-07:00", title="Please remember in your prayers: Joe Running Crane",
body="""Please remember in your prayers Joseph "Joe" Running Crane, 67, of Browning, who died Feb. 10. Joe is the brother of our faithful sacristan, Del Running Crane, and he served at the altar here as a boy.

The Rosary was prayed Thursday evening at the Running Crane home and the funeral Mass was celebrated Friday. May he rest in peace, and may Del and all the family be comforted.""",
gold=[("CTB003", "survivor")]),

dict(guid="ctb_sab_2026_w19", pub="2026-05-10T07:30:00-06:00", title="Eternal rest: Agnes Heavy Shield, Heart Butte",
body="""Our parish family at Heart Butte mourns Agnes Heavy Shield, 88, who died May 5 at home. Agnes taught catechism at St. Anne's mission for more than forty years.

She leaves her son, Wendell Heavy Shield of Heart Butte; her daughter, Cecile Heavy Shield Rides At The Door of Browning; her granddaughter, Jolene Kicking Woman of Browning, and many more grandchildren and great-grandchildren. Funeral Mass was offered Saturday at St. Anne's, Heart Butte.""",
gold=[("CTB013", "survivor")]),

dict(guid="ctb_sab_2026_w28", pub="2026-07-12T07:30:00-06:00", title="Thank you from the Bird Rattler family",
body="""The family of the late Lucille Bird Rattler, 93, thanks all who prayed with them at her funeral Mass on July 6. Lucille is survived by her sons Norman and Gilbert and her many grandchildren.

Thank you to Father Dominic Acheampong, who celebrated the Mass; to the pallbearers, Marvin Wolf Plume, Norman Bird Rattler Jr., Troy Bird Rattler, Calvin Fish and Eli Bird Rattler; and to the Altar Society ladies, led by Del Running Crane, who served the meal afterward.""",
gold=[]),

dict(guid="ctb_sab_2026_w44", pub="2026-11-01T07:30:00-07:00", title="Pray for the faithful departed",
body="""Please pray for the repose of the soul of LaVonne Boy Chief of Browning, who died Sunday, Oct. 25. Rosary and funeral arrangements are pending and will be announced at all Masses.

Also pray for the sick of our parish, and for all who travel the roads this winter.""",
gold=[("CTB015", "possible_deceased_client")]),
]
