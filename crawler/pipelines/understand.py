"""Stage 2: Vietnamese page understanding: publication date, title, author, province, cited documents."""

from crawler.items import PageItem
from crawler.understand import bylines, dates, documents, provinces


class UnderstandPipeline:
    def process_item(self, item: PageItem) -> PageItem:
        article = item.article
        if item.kind != "article" or article is None:
            return item
        parsed = item.parsed_page()
        article["title"] = bylines.clean_title(article["title"] or "", item.site_name)
        author, text = bylines.author_of(parsed, article["text"])
        article["author"] = author
        article["text"] = text
        published = dates.publication_date(parsed, item.url)
        article["published"] = published
        article["year"] = int(published[:4]) if published else None
        province = item.source_province or provinces.detect(article["title"], text)
        article["province"] = province
        article["province_2025"] = provinces.unit_2025(province) if province else None
        item.documents = documents.find_documents(text)
        return item
