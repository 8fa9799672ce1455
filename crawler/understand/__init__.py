"""Page understanding: dates, titles and authors, provinces, topic, cited documents."""
