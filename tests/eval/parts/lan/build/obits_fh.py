"""Hollinger-Weidman Funeral Home (Lititz, Ephrata and Lancaster chapels): funeral-home site, Lutheran, Church of the
Brethren and Catholic obituaries. Teaser description plus HTML in content:encoded. Hand-labelled."""

FILE = "lan_hollinger_weidman_funeral_home.rss"
TITLE = "Hollinger-Weidman Funeral Home - Obituaries"
LINK = "https://www.hollingerweidman.example/obituaries/"
DESCRIPTION = "Obituaries: Lititz, Ephrata and Lancaster chapels, Lancaster County, Pennsylvania"
CATEGORY = "Obituaries"
STYLE = "teaser_content"
CREATOR = "Hollinger-Weidman Funeral Home"

ITEMS = []
