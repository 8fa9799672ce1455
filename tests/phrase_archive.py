"""A generated archive whose answers are known without SQL: COUNT articles, most holding the phrase 'Bình Đẳng
Giới', spread over provinces, sources, months and years, for the trend and export tests."""

from pathlib import Path

from govnews.archive.bulk import bulk_load_articles
from govnews.archive.schema import open_archive
from govnews.archive.search import SEARCH_WINDOW
from govnews.archive.store import content_hash
from govnews.text import fold

PROVINCES = ("Đắk Lắk", "Hà Nội", "Điện Biên", None)
# Enough phrase matches to fill the search window, so that counting every match is not the window's count.
COUNT = SEARCH_WINDOW + 600
Q = "binh dang gioi"
PHRASE = "Bình Đẳng Giới"


def article(i: int) -> dict:
    """Article ``i``: every 20th holds the syllables but not the phrase, every 97th is undated."""
    text = "Hội nghị về bình đẳng và giới thiệu mô hình." if i % 20 == 0 else f"Tuyên truyền {PHRASE}, đợt {i}."
    title = f"Bài {i}"
    published = None if i % 97 == 0 else f"{2015 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    return {
        "url": f"https://example.gov.vn/tin/{i}",
        "source_id": f"src{i % 3}",
        "title": title,
        "text": text,
        "published": published,
        "year": int(published[:4]) if published else None,
        "province": PROVINCES[i % len(PROVINCES)],
        "language": "vi",
        "topic_terms": '["bình đẳng giới"]',
        "content_hash": content_hash(title, text),
        "search_folded": f"{fold(title)}\n{fold(text)}",
        "first_seen": "2025-01-01T00:00:00+00:00",
        "last_seen": "2025-01-01T00:00:00+00:00",
    }


ROWS = [article(i) for i in range(COUNT)]  # inserted in this order: rowid i + 1, the last the newest archived


def matching(rows: list[dict], **filters) -> list[dict]:
    """The rows holding the phrase and passing the filters (column = value), in archive order."""
    return [row for row in rows if PHRASE in row["text"] and all(row[k] == v for k, v in filters.items())]


def build(path: Path) -> Path:
    db = open_archive(path)
    bulk_load_articles(db, ROWS)
    db.close()
    return path
