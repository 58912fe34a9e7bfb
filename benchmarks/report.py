"""The benchmark's Markdown report and target checks, from the results dict run.py writes as JSON."""

from __future__ import annotations

TARGETS = {
    "answer_p99_ms": 5.0,  # at 1,000,000 figures
    "ingest_articles_per_s": 300.0,
    "extract_articles_per_s": 300.0,  # issue 3: extraction alone
    "store_mb": 1000.0,  # at 1,000,000 figures
    "peak_rss_mb": 300.0,  # while answering
}
TARGET_SIZE = 1_000_000


def _ms(p: dict | None) -> str:
    if not p:
        return "n/a"
    return f"{p['p50']:.2f} / {p['p95']:.2f} / {p['p99']:.2f}"


def table(results: dict) -> str:
    lines = [
        "| figures | answer p50 / p95 / p99 ms | baseline p50 / p95 / p99 ms | ingest articles/s | store MB | peak RSS MB |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["sizes"]:
        ingest = r.get("ingest") or {}
        lines.append(
            f"| {r['size']:,} | {_ms(r.get('answers'))} | {_ms(r.get('baseline'))} | "
            f"{ingest.get('articles_per_s', 'n/a')} | {r['build']['store_mb']:.1f} | {r.get('peak_rss_mb', 'n/a')} |"
        )
    return "\n".join(lines)


def check_targets(results: dict) -> list[dict]:
    """Each target with its measured value at the size it is set for (the largest size run when smaller)."""
    sizes = results["sizes"]
    if not sizes:
        return []
    at = next((r for r in sizes if r["size"] == TARGET_SIZE), sizes[-1])
    rows = []

    def add(name, value, limit, higher_is_better=False, where=None):
        if value is None:
            rows.append({"target": name, "value": None, "limit": limit, "met": None, "at": where})
            return
        met = value >= limit if higher_is_better else value < limit
        rows.append({"target": name, "value": value, "limit": limit, "met": met, "at": where})

    add("answer p99 ms", (at.get("answers") or {}).get("p99"), TARGETS["answer_p99_ms"], where=at["size"])
    worst_ingest = [r["ingest"]["articles_per_s"] for r in sizes if r.get("ingest") and r["ingest"].get("articles_per_s")]
    add("ingest articles/s (slowest size)", min(worst_ingest) if worst_ingest else None, TARGETS["ingest_articles_per_s"], higher_is_better=True, where="all")
    extract = [r["extract"]["articles_per_s"] for r in sizes if r.get("extract") and r["extract"].get("articles_per_s")]
    add("extract articles/s, CPU (slowest size)", min(extract) if extract else None, TARGETS["extract_articles_per_s"], higher_is_better=True, where="all")
    add("store MB", at["build"]["store_mb"], TARGETS["store_mb"], where=at["size"])
    rss = [r["peak_rss_mb"] for r in sizes if r.get("peak_rss_mb") is not None]
    add("peak RSS MB while answering (largest)", max(rss) if rss else None, TARGETS["peak_rss_mb"], where="all")
    return rows


def seed_line(seeds: dict | None) -> str:
    if not seeds:
        return "Seed accuracy: not measured (../shared/corpus absent)."
    if seeds.get("error"):
        return f"Seed accuracy: not measured ({seeds['error']})."
    return (
        f"Seed accuracy ({seeds['questions']} questions, judged as score_corpus.py does): "
        f"product {seeds['product_correct']}/{seeds['questions']} ({seeds['product_accuracy']:.0%}), "
        f"baseline FTS5 bm25 {seeds['baseline_correct']}/{seeds['questions']} ({seeds['baseline_accuracy']:.0%})."
    )


def machine_line(m: dict) -> str:
    return f"Machine: {m['cpu']}, {m['cores']} cores (pinned to core 0), Python {m['python']}, SQLite {m['sqlite']}."


def markdown(results: dict) -> str:
    out = ["# ImpactBot benchmark", "", table(results), "", seed_line(results.get("seeds")), machine_line(results["machine"])]
    out.append(f"Total run time: {results['total_seconds']:.0f} s.")
    for note in results.get("notes", []):
        out.append(f"Note: {note}")
    out += ["", "## Targets", "", "| target | value | limit | met |", "|---|---:|---:|---|"]
    for t in check_targets(results):
        met = "n/a" if t["met"] is None else ("yes" if t["met"] else "**no**")
        out.append(f"| {t['target']} (at {t['at']}) | {t['value'] if t['value'] is not None else 'n/a'} | {t['limit']} | {met} |")
    for r in results["sizes"]:
        out += ["", f"## {r['size']:,} figures", ""]
        b = r["build"]
        out.append(
            f"Built in {b['seconds']:.0f} s: {b['counts']['figures']:,} figures ({b['counts']['facts']:,} facts), {b['counts']['articles']:,} articles, "
            f"{b['counts']['places']:,} places, {b['counts']['agencies']:,} agencies, {b['counts']['audit_rows']:,} audit rows; "
            f"db {b['db_mb']:.1f} MB + wal {b['wal_mb']:.1f} MB."
        )
        if b.get("space"):
            out.append("Space by table/index (MB): " + ", ".join(f"{k} {v}" for k, v in b["space"].items()) + ".")
        if b.get("figure_audit_json_mb"):
            out.append(f"The JSON of the figures' audit rows (`after`) alone: {b['figure_audit_json_mb']} MB.")
        if r.get("startup_ms") is not None:
            out.append(f"Open + first answer (gazetteer build): {r['startup_ms']:.0f} ms.")
        if r.get("answers_by_category"):
            out += ["", "| category | answer p50 / p95 / p99 ms | answered with a figure | baseline p99 ms |", "|---|---:|---:|---:|"]
            for cat, p in r["answers_by_category"].items():
                base = (r.get("baseline_by_category") or {}).get(cat) or {}
                share = (r.get("answered_share") or {}).get(cat)
                out.append(f"| {cat} | {_ms(p)} | {'n/a' if share is None else f'{share:.0%}'} | {base.get('p99', 'n/a')} |")
        base = r.get("baseline") or {}
        if base and base.get("n", 0) < (r.get("answers") or {}).get("n", 0):
            out.append(f"Baseline timed on the first {base['n']:,} of the same (shuffled) questions, within its time budget.")
        if r.get("slowest_answers"):
            out.append("")
            out.append("Slowest answers: " + "; ".join(f"{s['ms']} ms {s['question']!r}" for s in r["slowest_answers"][:5]))
        if r.get("ingest"):
            i = r["ingest"]
            out.append(
                f"Ingest: {i['articles']} articles of ~{i['mean_article_bytes']:,} bytes in {i['seconds']} s = {i['articles_per_s']} articles/s; "
                f"{i['figures_extracted']:,} figures extracted, {i['duplicates_flagged']} flagged as duplicates."
            )
        for label in ("answer_profile", "ingest_profile"):
            if r.get(label):
                out += ["", f"### {label.replace('_', ' ')}", "", "```", r[label], "```"]
        for msg in r.get("unavailable", []):
            out.append(f"Not measured: {msg}")
    return "\n".join(out) + "\n"
