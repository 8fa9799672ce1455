"""The results as a plain-text table, and the issue's done-when targets judged against them."""

from typing import Any

# Issue #7's targets; the sizes they are stated at are the full run's.
TARGET_RATIO_AT = 5000
TARGET_RSS_AT = 20000
TARGET_ARCHIVE = 1_000_000


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with the measured value, whether it is met, and at which size it was measured."""
    found: list[dict[str, Any]] = []
    runs = (results.get("pipeline") or {}).get("runs") or []
    if runs:
        at = min(runs, key=lambda r: abs(r["n"] - TARGET_RATIO_AT))
        found.append(
            _target(
                "pipeline >= 0.8 x extraction-only (1 process)",
                at["ratio_pipeline_to_1proc"],
                at["ratio_pipeline_to_1proc"] >= 0.8,
                f"N={at['n']}",
                f"N={TARGET_RATIO_AT}",
            )
        )
        at = max(runs, key=lambda r: r["n"])
        found.append(
            _target(
                "peak memory < 400 MB (crawl and workers, PSS)",
                at["peak_tree_pss_mb"],
                at["peak_tree_pss_mb"] < 400,
                f"N={at['n']}",
                f"N={TARGET_RSS_AT}",
            )
        )
    recrawl = (results.get("pipeline") or {}).get("recrawl")
    if recrawl:
        found.append(
            _target(
                "no-change recrawl < 15% of first-crawl requests",
                recrawl["requests_share"],
                recrawl["requests_share"] < 0.15,
                f"N={recrawl['first']['requests']} requests",
                "any",
            )
        )
    archive = results.get("archive")
    if archive:
        size = f"{archive['articles']:,} articles"
        wanted = f"{TARGET_ARCHIVE:,} articles"
        p95 = archive["search"]["p95_ms"]
        found.append(_target("search p95 < 150 ms", p95, p95 < 150, size, wanted))
        p95 = archive["facet_pages"]["p95_ms"]
        found.append(_target("facet pages p95 < 500 ms", p95, p95 < 500, size, wanted))
        counts, load = archive.get("counts"), archive.get("load_page_cache") or archive.get("load")
        if counts and counts["again"]:
            p95 = counts["again"]["p95_ms"]
            name = "#16: exact counts and facets, asked again, p95 < 300 ms"
            found.append(_target(name, p95, p95 < 300, size, wanted))
        if counts and counts["until_exact"]:
            p95 = counts["until_exact"]["p95_ms"]
            found.append(_target("#16: exact counts and facets, first time, p95 < 1 s", p95, p95 < 1000, size, wanted))
        if load:
            p95 = load["all"]["p95_ms"]
            met = p95 < 500 and not load["errors"]
            name = f"#16: {load['searchers']} searchers at once (as served: page cache on) p95 < 500 ms, no errors"
            found.append(_target(name, p95, met, size, wanted))
    return found


def _target(name: str, value: float, met: bool, measured_at: str, stated_at: str) -> dict[str, Any]:
    return {"target": name, "value": value, "met": met, "measured_at": measured_at, "stated_at": stated_at}


def table(results: dict[str, Any]) -> str:
    lines = []
    pipe = results.get("pipeline") or {}
    if pipe.get("runs"):
        lines.append("pipeline (crawl + extract + store, one generated portal on 127.0.0.1)")
        lines.append(
            f"{'N':>7} {'pages':>7} {'KB/page':>7} {'wall s':>8} {'pages/s':>8} {'RSS MB':>7} "
            f"{'tree MB':>7} {'server/s':>9} {'extr 1p/s':>9} {'extr np/s':>9} {'pipe/1p':>7} {'pipe/np':>7}"
        )
        for r in pipe["runs"]:
            lines.append(
                f"{r['n']:>7,} {r['pages']:>7,} {r['mean_page_kb']:>7} {r['wall_s']:>8} {r['pages_per_s']:>8} "
                f"{r['peak_rss_mb']:>7} {r['peak_tree_pss_mb']:>7} {r['server_probe']['pages_per_s']:>9.0f} "
                f"{r['extract_1proc_pages_per_s']:>9} {r['extract_nproc_pages_per_s']:>9} "
                f"{r['ratio_pipeline_to_1proc']:>7} {r['ratio_pipeline_to_nproc']:>7}"
            )
        lines.append("(RSS MB: peak RSS of the largest process; tree MB: peak PSS of the crawl and its workers summed)")
    templates = results.get("templates") or {}
    if templates.get("rows"):
        lines.append(f"\n{template_table(templates)}")
    if pipe.get("scaling"):
        lines.append(f"\nscaling with cores (N={pipe['scaling'][0]['n']:,}; page understanding in worker processes)")
        base = pipe["scaling"][0]["pages_per_s"]
        for r in pipe["scaling"]:
            lines.append(
                f"  workers {r['workers']}: {r['pages_per_s']:>6} pages/s ({r['pages_per_s'] / base:.2f} x), "
                f"tree {r['peak_tree_pss_mb']} MB"
            )
    if pipe.get("profile"):
        profile = pipe["profile"]
        lines.append(f"\nwhere crawl time goes (cProfile self time, N={profile['n']:,}, {profile['profiled_s']:.1f} s)")
        for name, part in profile["components"].items():
            lines.append(f"  {part['share']:>6.1%}  {part['s']:>7.1f} s  {name}")
    if pipe.get("recrawl"):
        r = pipe["recrawl"]
        first, second = r["first"], r["second"]
        lines.append(
            f"\nno-change recrawl: {second['requests']:,} of {first['requests']:,} requests "
            f"({r['requests_share']:.1%}), {second['bytes'] / 1e6:.1f} of {first['bytes'] / 1e6:.1f} MB "
            f"({r['bytes_share']:.1%}), {second['not_modified']} answered 304"
        )
    if results.get("attachments"):
        lines.append(f"\n{attachment_table(results['attachments'])}")
    if results.get("distributed"):
        lines.append(f"\n{distributed_table(results['distributed'])}")
    archive = results.get("archive")
    if archive:
        s, f = archive["search"], archive["facet_pages"]
        lines.append(
            f"\narchive: {archive['articles']:,} articles, {archive['db_mb']:,} MB "
            f"({archive['bytes_per_article']:,} B/article), built in {archive['build_s']} s "
            f"(insert {archive['insert_s']} s, FTS index {archive['index_s']} s)"
        )
        lines.append(
            f"  search via Datasette: p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms, p99 {s['p99_ms']} ms "
            f"({s['samples']} requests)"
        )
        if r := archive.get("ranked_search"):
            lines.append(
                f"  ranked search box:    p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, p99 {r['p99_ms']} ms "
                f"({r['samples']} requests)"
            )
        lines.append(
            f"  facet pages:          p50 {f['p50_ms']} ms, p95 {f['p95_ms']} ms, p99 {f['p99_ms']} ms "
            f"({f['samples']} requests); facets timed out: {', '.join(archive['facets_timed_out']) or 'none'}"
        )
        if archive["errors"]:
            lines.append(f"  non-200 answers: {len(archive['errors'])}")
        if c := archive.get("counts"):
            exact, inexact = c["exact_searches"], len(c["not_exact"])
            lines.append(f"  exact counts (/-/trends.json): {exact} searches exact, {inexact} not")
            for name, label in (("first", "first request"), ("until_exact", "until exact"), ("again", "asked again")):
                if p := c[name]:
                    lines.append(f"    {label:<14} p50 {p['p50_ms']} ms, p95 {p['p95_ms']} ms, p99 {p['p99_ms']} ms")
            for check in c["checked"]:
                verdict = "same" if check["same"] else "DIFFERENT"
                lines.append(f"    full scan {verdict}: {check['query']} ({check.get('articles')} articles)")
        for key, label in (("load", "page cache off"), ("load_page_cache", "page cache on")):
            if load := archive.get(key):
                lines.append(_load_line(load, label))
    if results.get("targets"):
        lines.append("\ntargets (issues #7 and #16)")
        for t in results["targets"]:
            lines.append(
                f"  {'met' if t['met'] else 'NOT met':>7}  {t['target']}: {t['value']} "
                f"(measured at {t['measured_at']}; stated at {t['stated_at']})"
            )
    return "\n".join(lines)


def _load_line(load: dict[str, Any], label: str) -> str:
    a = load["all"]
    line = (
        f"  {load['searchers']} searchers at once, {label}: p50 {a['p50_ms']} ms, p95 {a['p95_ms']} ms, "
        f"p99 {a['p99_ms']} ms, {load['requests_per_s']} requests/s, errors {len(load['errors'])}, "
        f"load average {load['load_average_before'][0]:.1f} -> {load['load_average_after'][0]:.1f}"
    )
    if (made := load["made_for_the_request"]) and made["samples"] < a["samples"]:
        line += (
            f"\n    not from the page cache: p50 {made['p50_ms']} ms, p95 {made['p95_ms']} ms, "
            f"p99 {made['p99_ms']} ms ({made['samples']} of {a['samples']})"
        )
    return line


def template_table(templates: dict[str, Any]) -> str:
    """Issue #14's table: each template's crawl against the reference on the same pages, the worst, the goals."""
    lines = [
        f"templates (N={templates['n']:,} articles each; crawl with "
        f"{next(s for s in templates['settings'] if s.startswith('GOVNEWS_WORKERS='))}; reference: "
        "trafilatura.bare_extraction + langdetect.detect, 1 process, the same pages)",
        f"{'template':<11} {'pages':>6} {'KB/page':>7} {'crawl p/s':>9} {'crawl CPU ms/p':>14} "
        f"{'ref p/s':>7} {'ref CPU ms/p':>12} {'CPU ratio':>9} {'p/s ratio':>9}",
    ]
    for r in templates["rows"]:
        crawl, ref = r["crawl"], r["reference"]
        lines.append(
            f"{r['template']:<11} {r['html_pages']:>6,} {r['mean_page_kb']:>7} {crawl['pages_per_s']:>9} "
            f"{crawl['cpu_ms_per_page']:>14} {ref['pages_per_s']:>7} {ref['cpu_ms_per_page']:>12} "
            f"{r['cpu_ratio']:>9} {r['rate_ratio']:>9}"
        )
    rows = {r["template"]: r for r in templates["rows"]}
    cpu, rate = rows[templates["worst_cpu"]], rows[templates["worst_rate"]]
    lines.append(
        f"worst template: {cpu['template']} by CPU per page ({cpu['cpu_ratio']} x the reference's), "
        f"{rate['template']} by pages/s ({rate['rate_ratio']} x the reference's)"
    )
    lines.append(
        "(pages: HTML pages the crawl fetched with status 200, the reference's too; crawl CPU: the crawl process and "
        "its workers, RUSAGE_CHILDREN, start-up included; ratios: crawl / reference)"
    )
    lines.append("targets (issue #14)")
    for t in templates["targets"]:
        lines.append(
            f"  {'met' if t['met'] else 'NOT met':>7}  {t['target']}: {t['value']} "
            f"(measured at {t['measured_at']}; stated at {t['stated_at']})"
        )
    return "\n".join(lines)


def attachment_table(attachments: dict[str, Any]) -> str:
    lines = [
        f"attachments (extract_attachment: one child process a file; median of {attachments['repeats']} reads)",
        f"{'kind':<30} {'KB':>7} {'status':>8} {'extractor':>12} {'pages':>5} {'wall ms':>8} {'child CPU':>9} "
        f"{'ms/page':>8}",
    ]
    for r in attachments["rows"]:
        per_page = "" if r["wall_ms_per_page"] is None else r["wall_ms_per_page"]
        lines.append(
            f"{r['kind']:<30} {r['bytes'] / 1024:>7.1f} {r['status']:>8} {r['extractor'] or '-':>12} "
            f"{r['pages'] or '-':>5} {r['wall_ms']:>8} {r['child_cpu_ms']:>9} {per_page:>8}"
        )
    return "\n".join(lines)


def distributed_table(distributed: dict[str, Any]) -> str:
    """Issue #17's figures: the distributed crawl with each count of worker processes against one machine's."""
    single = distributed["single_machine"]
    lines = [
        f"distributed crawl ({distributed['sites']} sites of {distributed['articles_per_site']:,} articles, each on "
        f"its own loopback address; DOWNLOAD_DELAY {distributed['delay_s']} s; one Redis, one writer)",
        f"  one machine's govnews crawl: {single['pages']:,} pages in {single['wall_s']} s, {single['pages_per_s']} "
        f"pages/s; smallest gap {single['min_gap_s']} s ({single['min_gap_over_delay']} x the delay), "
        f"{single['short_gaps']:.2%} of gaps under 0.9 x the delay",
        f"{'workers':>7} {'pages':>6} {'wall s':>7} {'pages/s':>8} {'dup':>4} {'lost':>4} {'min gap s':>9} "
        f"{'gap/delay':>9} {'short':>6} {'lag s':>6} {'backlog':>7} {'drain s':>7} {'Redis MB':>8}",
    ]
    for r in distributed["runs"]:
        lines.append(
            f"{r['workers']:>7} {r['pages']:>6,} {r['wall_s']:>7} {r['pages_per_s']:>8} {r['duplicate_fetches']:>4} "
            f"{r['lost_pages']:>4} {r['min_gap_s']:>9} {r['min_gap_over_delay']:>9} {r['short_gaps']:>6.2%} "
            f"{r['writer_lag_max_s']:>6} {r['writer_backlog_max_pages']:>7} {r['writer_drain_s']:>7} "
            f"{r['redis_peak_mb']:>8}"
        )
    waiting = distributed["waiting_pages"]
    lines.append(
        f"Redis memory per 1,000 queued sites: {distributed['redis_bytes_per_1000_queued_sites'] / 1e3:.0f} KB "
        "(URLs wait in each worker's frontier, not in Redis); per 1,000 pages waiting for the writer: "
        f"{waiting['redis_bytes_per_1000'] / 1e6:.1f} MB ({waiting['pages']} pages of {waiting['mean_body_kb']} KB "
        "mean body)"
    )
    lines.append(
        "(dup/lost: fetches beyond one per URL, URLs of the single crawl never fetched; short: gaps between two "
        "requests to a site under 0.9 x the delay; lag: the oldest page not yet written, backlog: pages waiting at "
        "most; drain: from the last worker's exit to the writer's)"
    )
    return "\n".join(lines)
