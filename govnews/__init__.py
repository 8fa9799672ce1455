"""govnews: a crawler and searchable archive of Vietnamese government news portals.

The package maps the repository's folders under one import name (pyproject.toml `package-dir`):
`govnews.crawler`, `govnews.spiders`, `govnews.archive`, `govnews.datasette_config`. The modules directly
in this folder are the ground floor: small helpers that every package may import and that import none of them.
"""
