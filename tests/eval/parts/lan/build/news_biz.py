"""Red Rose Business Brief: short business items for Lancaster County. Plain text. Hand-labelled."""

FILE = "lan_red_rose_business_brief.rss"
TITLE = "Red Rose Business Brief"
LINK = "https://www.redrosebizbrief.example/briefs/"
DESCRIPTION = "Openings, promotions, appointments and deals in Lancaster County"
CATEGORY = "Business"
STYLE = "plain"

ITEMS = []
