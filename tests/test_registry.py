from urllib.parse import urlsplit

import yaml

from govnews.crawler.sources import DEFAULT_REGISTRY, load_sources
from govnews.crawler.understand import provinces


def test_registry_loads():
    sources = load_sources(DEFAULT_REGISTRY)
    assert len(sources) >= 63 + 5


def test_ids_are_unique_slugs():
    ids = [source.id for source in load_sources(DEFAULT_REGISTRY)]
    assert len(ids) == len(set(ids))


def test_every_province_has_its_portal_on_its_own_domain():
    portals = [source for source in load_sources(DEFAULT_REGISTRY) if source.kind == "province_portal"]
    assert sorted(source.province for source in portals) == sorted(provinces.all_names())
    for source in portals:
        host = urlsplit(source.url).hostname
        assert provinces.from_domain(host) == source.province, source.id


def test_every_province_is_canonical_and_national_bodies_have_none():
    for source in load_sources(DEFAULT_REGISTRY):
        if source.kind in ("province_portal", "dolisa"):
            assert source.province is not None and provinces.canonical(source.province) == source.province
        if source.kind == "national":
            assert source.province is None
    by_id = {source.id: source for source in load_sources(DEFAULT_REGISTRY)}
    assert by_id["hau-giang-sldtbxh"].province == "Hậu Giang"
    assert {"molisa", "moha", "hoilhpn", "chinhphu", "bvhttdl"} <= set(by_id)


def test_nothing_claims_to_be_verified_and_every_entry_says_why_it_is_there():
    raw = yaml.safe_load(DEFAULT_REGISTRY.read_text(encoding="utf-8"))["sources"]
    assert all(entry["verified"] is False for entry in raw)
    assert all(entry.get("notes") for entry in raw)
    assert all(urlsplit(entry["url"]).scheme == "https" for entry in raw)


def test_a_left_out_province_is_read_from_a_provincial_domain(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text(
        "sources:\n"
        "  - {id: sld, name: Sở LĐTBXH, url: 'https://sldtbxh.dienbien.gov.vn/'}\n"
        "  - {id: molisa, name: Bộ LĐTBXH, url: 'https://www.molisa.gov.vn/'}\n"
        "  - {id: said-national, name: Trang quốc gia, url: 'https://dienbien.gov.vn/tw/', province: null}\n"
        "  - {id: said, name: Sở Nội vụ, url: 'https://snv.dienbien.gov.vn/', province: Lai Châu}\n",
        encoding="utf-8",
    )
    assert {s.id: s.province for s in load_sources(path)} == {
        "sld": "Điện Biên",
        "molisa": None,
        "said-national": None,
        "said": "Lai Châu",
    }
