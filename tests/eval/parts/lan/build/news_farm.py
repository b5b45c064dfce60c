"""Garden Spot Farm Weekly: farm weekly for Lancaster and neighbouring counties. Plain text. Hand-labelled."""

FILE = "lan_garden_spot_farm_weekly.rss"
TITLE = "Garden Spot Farm Weekly"
LINK = "https://www.gardenspotfarmweekly.example/news/"
DESCRIPTION = "Farm news for Lancaster County and south-central Pennsylvania"
CATEGORY = "Farm News"
STYLE = "plain"

ITEMS = []
