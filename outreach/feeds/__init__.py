"""Feed fetching (HTTP/file) and parsing into typed FeedItems."""
