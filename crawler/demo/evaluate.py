"""How well a crawl of the fixture portals matches their gold: recall, precision and text token F1.

`python -m govnews.crawler.demo.evaluate [--portal ID ...]` serves the portals (all, or the ones named), crawls
them into a temporary archive and prints a line per portal: recall and precision of on-topic articles, body token
F1, publication dates right, and leak rows (archived bodies holding a paragraph that is not the article's, such as
a 'Lượt xem' line or a related-news heading). Holdout portals (templates nobody tuned on) are marked, and the
measuring stick as such.
"""

import argparse
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from govnews.crawler.demo.run import crawl_into
from govnews.text import nfc

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(nfc(text).lower())


def token_f1(got: str, gold: str) -> float:
    """Bag-of-words F1 between an extracted body and its gold body."""
    a, b = Counter(tokens(got)), Counter(tokens(gold))
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


@dataclass
class PortalScore:
    portal: str
    holdout: bool
    gold_on_topic: int
    found: int
    extra_rows: int
    offtopic_rows: int
    mean_f1: float
    min_f1: float
    dates_right: int = 0
    leak_rows: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold_on_topic if self.gold_on_topic else 1.0

    @property
    def dates(self) -> float:
        return self.dates_right / self.found if self.found else 1.0

    @property
    def precision(self) -> float:
        rows = self.found + self.extra_rows + self.offtopic_rows
        return self.found / rows if rows else 1.0


def score_portal(db: sqlite_utils.Database, portal_id: str, holdout: bool, gold: list) -> PortalScore:
    rows = {r["url"]: r for r in db["articles"].rows_where("source_id = ?", [portal_id])}
    on_topic = [g for g in gold if g.on_topic]
    off_urls = {g.url for g in gold if not g.on_topic}
    found = [g for g in on_topic if g.url in rows]
    f1s = [token_f1(rows[g.url]["text"], g.text) for g in found]
    return PortalScore(
        portal=portal_id,
        holdout=holdout,
        gold_on_topic=len(on_topic),
        found=len(f1s),
        extra_rows=len(set(rows) - {g.url for g in gold}),
        offtopic_rows=len(set(rows) & off_urls),
        mean_f1=sum(f1s) / len(f1s) if f1s else 0.0,
        min_f1=min(f1s) if f1s else 0.0,
        dates_right=sum((rows[g.url]["published"] or "")[:10] == g.published[:10] for g in found),
        leak_rows=sum(bool(leaks(rows[g.url]["text"] or "", g.text)) for g in found),
    )


def leaks(got: str, gold: str) -> list[str]:
    """Paragraphs of an archived body that are not the article's: some of their words are not in its gold body."""
    words = set(tokens(gold))
    return [line for line in got.split("\n") if line.strip() and not set(tokens(line)) <= words]


def main() -> None:
    from govnews.crawler.demo.server import PortalServer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--portal", action="append", help="a portal id to serve and score (default: every portal)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, PortalServer(portals=args.portal) as server:
        sources, db_path = Path(tmp) / "sources.yml", Path(tmp) / "archive.db"
        server.write_sources(sources)
        result = crawl_into(sources, db_path)
        if result.returncode != 0:
            sys.exit(f"crawl failed: {result.stderr.strip().splitlines()[-1:]}")
        db = sqlite_utils.Database(db_path)
        print(
            f"{'portal':22} {'holdout':7} {'gold':>4} {'found':>5} {'recall':>6} {'prec':>5} "
            f"{'meanF1':>6} {'minF1':>5} {'extra':>5} {'offtop':>6} {'dates':>5} {'leaks':>5}"
        )
        for portal in server.portals:
            s = score_portal(db, portal.id, portal.holdout, server.gold(portal.id))
            mark = "stick" if portal.stick else "yes" if s.holdout else ""
            print(
                f"{s.portal:22} {mark:7} {s.gold_on_topic:4} {s.found:5} {s.recall:6.2f} "
                f"{s.precision:5.2f} {s.mean_f1:6.3f} {s.min_f1:5.3f} {s.extra_rows:5} {s.offtopic_rows:6} "
                f"{s.dates:5.2f} {s.leak_rows:5}"
            )


if __name__ == "__main__":
    main()
