"""Read and validate a sources file: a top-level ``sources:`` list of portals to crawl."""

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

REQUIRED = ("id", "name", "url")
OPTIONAL = ("province", "kind", "verified", "notes", "max_pages")
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
DEFAULT_REGISTRY = Path(__file__).parent / "registry" / "sources.yml"


class SourcesError(ValueError):
    """A sources file that cannot be used; the message is one line: 'FILE:LINE: reason'."""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    url: str
    province: str | None = None
    kind: str | None = None
    verified: bool = False
    max_pages: int | None = None


def load_sources(path: str | Path) -> list[Source]:
    """Parse ``path`` and return its sources, or raise SourcesError naming the line at fault."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: cannot read: {exc}") from None
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SourcesError(f"{path}{line}: invalid YAML: {problem}") from None
    if root is None or not isinstance(root, yaml.MappingNode):
        raise SourcesError(f"{path}:1: expected a mapping with a top-level 'sources:' list")
    entries = _child(root, "sources")
    if entries is None or not isinstance(entries, yaml.SequenceNode):
        raise SourcesError(f"{path}:{root.start_mark.line + 1}: expected a top-level 'sources:' list")
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for node in entries.value:
        source = _parse_entry(path, node)
        line = node.start_mark.line + 1
        if source.id in seen:
            raise SourcesError(f"{path}:{line}: duplicate source id {source.id!r} (first on line {seen[source.id]})")
        seen[source.id] = line
        sources.append(source)
    if not sources:
        raise SourcesError(f"{path}:{entries.start_mark.line + 1}: the 'sources:' list is empty")
    return sources


def _child(mapping: yaml.MappingNode, key: str) -> yaml.Node | None:
    for key_node, value_node in mapping.value:
        if getattr(key_node, "value", None) == key:
            return value_node
    return None


def _parse_entry(path: Path, node: yaml.Node) -> Source:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise SourcesError(f"{path}:{line}: each source must be a mapping with id, name and url")
    fields: dict[str, object] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        key_line = key_node.start_mark.line + 1
        if key not in REQUIRED + OPTIONAL:
            known = ", ".join(REQUIRED + OPTIONAL)
            raise SourcesError(f"{path}:{key_line}: unknown source field {key!r} (known: {known})")
        if not isinstance(value_node, yaml.ScalarNode):
            raise SourcesError(f"{path}:{key_line}: field {key!r} must be a single value")
        fields[key] = yaml.safe_load(yaml.serialize(value_node))
    for key in REQUIRED:
        if fields.get(key) in (None, ""):
            raise SourcesError(f"{path}:{line}: source without {key}")
    source_id = str(fields["id"])
    if not SLUG.match(source_id):
        raise SourcesError(f"{path}:{line}: id {source_id!r} is not a slug (lower-case letters, digits, - and _)")
    url = str(fields["url"]).strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourcesError(f"{path}:{line}: url {url!r} is not an http(s) address")
    province = fields.get("province")
    if province is not None:
        province = _canonical_province(path, line, str(province))
    elif "province" not in fields:
        # Left out: a provincial portal or one of its departments' sites (sldtbxh.dienbien.gov.vn) is that
        # province's; anything else is national. `province: null` says national whatever the domain.
        province = _province_of_host(parts.hostname)
    max_pages = fields.get("max_pages")
    if max_pages is not None and (not isinstance(max_pages, int) or max_pages < 1):
        raise SourcesError(f"{path}:{line}: max_pages must be a positive whole number")
    return Source(
        id=source_id,
        name=str(fields["name"]),
        url=url,
        province=province,
        kind=None if fields.get("kind") is None else str(fields["kind"]),
        verified=bool(fields.get("verified", False)),
        max_pages=max_pages,
    )


def _province_of_host(host: str) -> str | None:
    from govnews.crawler.understand import provinces

    return provinces.from_domain(host)


def _canonical_province(path: Path, line: int, name: str) -> str:
    from govnews.crawler.understand import provinces

    canonical = provinces.canonical(name)
    if canonical is None:
        raise SourcesError(f"{path}:{line}: unknown province {name!r} (one of the 63 pre-2025 provincial units)")
    return canonical
