"""Finding the firm's clients in feed items: roster index, names, places, scoring."""
