"""The Project Valley Voice: weekly paper of the Huntley Project, Shepherd and Worden (4-H, FFA, rodeo, ag,
church and school news). Teaser description + HTML content:encoded. Hand-labelled."""

FEED = "weekly"
ITEMS = [
]
