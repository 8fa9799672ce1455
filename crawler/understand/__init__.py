"""Page understanding: what a body is, article or listing, dates, titles and authors, provinces, language, topic,
cited documents, soft 404s. Imports only the ground floor (govnews.text, govnews.markup)."""
