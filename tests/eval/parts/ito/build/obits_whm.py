"""Waiakea Hongwanji Mission monthly newsletter ("Kyodan News"), the "Our Deepest Sympathy" column: the style of
East Hawaii Jodo Shinshu temple newsletters, written to the bereaved family ("To Mrs. ... and family, on the
passing of ..."), with the temple's own vocabulary (Fujinkai, Buddhist Women's Association, Hatsubon, koden,
aisatsu, sutra chanting). Plain text, one item per notice. Hand-labelled."""

FEED = "whm"
ITEMS = [
dict(guid="ito_whm_sympathy_2026_04_a", pub="2026-04-01T07:00:00-10:00", title="Our Deepest Sympathy: Mrs. Sumiko Hirayama",
body="""Our deepest sympathy to Mr. Milton Hirayama and family on the passing of his wife, Mrs. Sumiko Hirayama, 88, on March 19 at Life Care Center of Hilo. Mrs. Hirayama was a member of our Fujinkai for more than sixty years and folded the temple's paper lanterns for Obon every summer until last year.

She is survived by her husband, Milton; her daughter, Jean (Norman) Kuwaye of Hilo, our Kyodan treasurer; her son, Calvin Hirayama of San Jose, California; and three grandchildren.

The funeral service was held at the temple on March 28 with Rev. Jiko Nakasone officiating. Namu Amida Butsu.""",
gold=[("ITO011", "survivor"), ("ITO010", "survivor")]),

dict(guid="ito_whm_sympathy_2026_06_a", pub="2026-06-01T07:00:00-10:00", title="Our Deepest Sympathy: Mr. Shigeru Hanzawa",
body="""With deep gratitude for a life of service, we extend our sympathy to Mrs. Haruko Hanzawa and family on the passing of Mr. Shigeru "Shig" Hanzawa, 84, on May 9. Shig served as temple president in 1998 and 1999 and again in 2010, and for thirty years he was the one who climbed the ladder to hang the Obon lanterns.

The funeral service was held at the temple on May 23. We thank the Fujinkai for the refreshments. His Hatsubon will be observed at our Obon service in July; the family invites all members to join them.""",
gold=[]),

dict(guid="ito_whm_sympathy_2026_08_a", pub="2026-08-01T07:00:00-10:00", title="Our Deepest Sympathy: Mrs. Fusae Matsunami",
body="""Our deepest sympathy to the family of Mrs. Fusae Matsunami, 101, who passed away peacefully on July 20 at Hale Anuenue Restorative Care Center. Born in Hakalau in 1925, she was one of the last of our members who remembered the temple's first building on Kilauea Avenue, and she chanted the Shoshinge from memory until her 100th birthday.

She is survived by her sons, Dr. Hideo (Carol) Matsunami of Hilo and Kenneth (Joanne) Matsunami of Torrance, California; five grandchildren; and three great-grandchildren. Her husband, Dr. Tetsuo Matsunami, preceded her in death in 1990.

The funeral service was held at the temple on July 31. The family gratefully declined koden.""",
gold=[("ITO016", "survivor")]),

dict(guid="ito_whm_sympathy_2026_10_a", pub="2026-10-01T07:00:00-10:00", title="Our Deepest Sympathy: Mrs. Tsuruko Ishibashi",
body="""Our deepest sympathy to the family of Mrs. Tsuruko Ishibashi, 95, of Hilo, who passed away on September 12. Mrs. Ishibashi taught Japanese language school at the temple for twenty-five years, and many of our members still bow a little straighter when they remember her.

She is survived by her daughter, Amy (Dennis) Sakoda of Hilo, and by four grandchildren and six great-grandchildren. She was preceded in death by her husband, Yoshio, and her granddaughter, Lorraine.

At the funeral service on September 26, sutra chanting was led by Rev. Jiko Nakasone and the aisatsu on behalf of the family was given by Kyodan treasurer Norman Kuwaye. The Dharma message was read by Lorraine Sakoda, Mrs. Ishibashi's former student and the namesake aunt of her late granddaughter.""",
gold=[]),
]
