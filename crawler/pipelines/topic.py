"""Stage 4: keep on-topic articles; off-topic ones are recorded in `pages` only."""

from typing import Any

from crawler.items import PageItem
from crawler.understand.topic import TopicModel


class TopicPipeline:
    def __init__(self, model: TopicModel) -> None:
        self.model = model

    @classmethod
    def from_settings(cls, settings: Any) -> "TopicPipeline":
        threshold = settings.get("GOVNEWS_TOPIC_THRESHOLD")
        return cls(TopicModel.load(settings.get("GOVNEWS_TOPIC_FILE"),
                                   threshold=None if threshold is None else float(threshold)))

    def process_item(self, item: PageItem) -> PageItem:
        article = item.article
        if item.kind != "article" or article is None:
            return item
        result = self.model.score(article["title"] or "", article["text"])
        article["topic_score"] = round(result.score, 3)
        article["topic_terms"] = result.terms
        if not result.on_topic:
            item.kind = "offtopic"
            item.reason = f"topic score {result.score:.2f}"
        return item
