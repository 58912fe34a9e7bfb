"""`make bench`: answer latency, ingest throughput, store size and memory at 10k / 100k / 1M figures,
against a full-text-search baseline, plus accuracy on the seed corpus.

Each size is built in one subprocess and measured in a fresh one (so the
memory of building or of a smaller size does not count), everything pinned
to one core. Writes benchmarks/results/latest.json and latest.md and prints
the Markdown table.

    .venv/bin/python benchmarks/run.py [--sizes 10000,100000,1000000] [--questions 2000]
        [--ingest 300] [--out benchmarks/results/latest.json] [--quick]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(HERE)]

SEED = 20240601


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def pin() -> None:
    try:
        os.sched_setaffinity(0, {0})
    except (AttributeError, OSError):
        pass


def machine() -> dict:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "platform": platform.platform()}


def load_cores() -> tuple[object, object, list[str]]:
    """The real answer and ingest cores, or None with the reason (never a stand-in)."""
    missing = []
    ask = ingest_article = None
    try:
        from answer import ask  # noqa: F811
    except Exception as e:  # not landed yet, or mid-edit
        missing.append(f"answer core not available ({type(e).__name__}: {e})")
    try:
        from extract import extract_figures  # noqa: F401  (ingest_article calls it)
        from extract.ingest import ingest_article  # noqa: F811
    except Exception as e:
        missing.append(f"extraction core not available ({type(e).__name__}: {e})")
    return ask, ingest_article, missing


def profile(fn, top: int = 25) -> str:
    """cProfile of fn(): the functions with the most own time and the most cumulative time."""
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    text = out.getvalue().replace(str(REPO) + "/", "").replace(sys.prefix + "/", "")
    return "\n".join(line for line in text.splitlines() if line.strip() and not line.startswith(("   Random listing", "   Ordered by")))


# -- workers (each in its own process) ---------------------------------------------


def worker_build(size: int, db: str) -> dict:
    from store import Store
    from synthetic import build_store

    start = time.perf_counter()
    store = Store.open(db)
    store.conn.execute("pragma cache_size = -262144")  # 256 MB of page cache for this connection's bulk writes

    def progress(written: int) -> None:
        log(f"  {size:,}: {written:,} figures written ({time.perf_counter() - start:.0f} s)")

    info = build_store(store, size, progress=progress)
    store.conn.execute("pragma wal_checkpoint(truncate)")
    seconds = time.perf_counter() - start
    stats = store.stats()
    space = {}
    try:
        for name, nbytes in store.conn.execute("select name, sum(pgsize) from dbstat group by name order by 2 desc limit 8"):
            space[name] = round(nbytes / 1e6, 1)
    except sqlite3.Error:
        pass
    audit_json = store.conn.execute("select coalesce(sum(length(after)), 0) from audit where entity = 'figure'").fetchone()[0]
    store.close()
    db_bytes = os.path.getsize(db)
    wal_bytes = os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0
    return {
        "seconds": round(seconds, 1),
        "figures_per_s": round(info["figures"] / seconds),
        "counts": {k: stats[k] for k in ("figures", "facts", "articles", "places", "agencies", "audit_rows", "auto", "verified", "retracted")},
        "db_mb": round(db_bytes / 1e6, 1),
        "wal_mb": round(wal_bytes / 1e6, 1),
        "store_mb": round((db_bytes + wal_bytes) / 1e6, 1),
        "space": space,
        "figure_audit_json_mb": round(audit_json / 1e6, 1),
    }


def worker_measure(size: int, db: str, n_questions: int, n_ingest: int, profile_misses: bool, baseline_s: float) -> dict:
    from answers import Vocabulary, make_questions, time_calls
    from baseline import search
    from ingest import make_articles, measure_extract, measure_ingest
    from report import TARGETS
    from store import Store

    ask, ingest_article, missing = load_cores()
    out: dict = {"unavailable": missing}
    t0 = time.perf_counter()
    store = Store.open(db)
    questions = make_questions(Vocabulary(store), n_questions, SEED)
    out["question_categories"] = {c: sum(1 for cat, _ in questions if cat == c) for c in sorted({c for c, _ in questions})}
    conn = store.conn

    if ask is not None:
        t1 = time.perf_counter()
        ask(store, "how many children are trapped in Syria?")
        out["startup_ms"] = round((time.perf_counter() - t1) * 1000, 1)
        log(f"  {size:,}: {len(questions):,} questions through answer.ask")
        answered: dict[str, list[bool]] = {}
        overall, by_cat, slowest = time_calls(lambda q: ask(store, q), questions)
        for cat, q in questions[:: max(1, len(questions) // 500)]:  # untimed: what the answers were
            answered.setdefault(cat, []).append(not ask(store, q).none)
        out.update(answers=overall, answers_by_category=by_cat, slowest_answers=slowest)
        out["answered_share"] = {c: round(sum(v) / len(v), 3) for c, v in answered.items()}
        out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    log(f"  {size:,}: the same questions through the FTS5 baseline")
    overall, by_cat, slowest = time_calls(lambda q: search(conn, q), questions, warmup=20, budget_s=baseline_s)
    out.update(baseline=overall, baseline_by_category=by_cat, slowest_baseline=slowest)
    if ask is None:
        out["peak_rss_mb_baseline_only"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    if ask is not None and profile_misses and out["answers"]["p99"] >= TARGETS["answer_p99_ms"]:
        worst = _slow_categories(out["answers_by_category"])
        slow = [s["question"] for s in slowest] + [q for cat, q in questions if cat in worst][:300]
        log(f"  {size:,}: answer p99 {out['answers']['p99']} ms misses the target; profiling {len(slow)} questions of {', '.join(sorted(worst))}")
        out["answer_profile"] = profile(lambda: [ask(store, q) for q in slow])

    if ingest_article is not None and n_ingest:
        warm = 20  # lazy imports and the date-parse cache (weekday x expression) fill on the first articles
        articles = make_articles(store, n_ingest + warm, SEED + size)
        log(f"  {size:,}: ingesting {n_ingest} synthetic articles after {warm} to warm up")
        measure_ingest(store, articles[:warm], ingest_article)
        out["ingest"] = measure_ingest(store, articles[warm:], ingest_article)
        from extract import extract_figures

        fresh = make_articles(store, n_ingest, SEED + size + 2)  # texts no cache has seen
        out["extract"] = measure_extract(fresh, extract_figures, store.gazetteer())
        if profile_misses and out["ingest"]["articles_per_s"] < TARGETS["ingest_articles_per_s"]:
            more = make_articles(store, 60, SEED + size + 1)
            out["ingest_profile"] = profile(lambda: measure_ingest(store, more, ingest_article))
    store.close()
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out


def _slow_categories(by_cat: dict) -> set[str]:
    worst = sorted(by_cat.items(), key=lambda kv: kv[1]["p99"], reverse=True)
    return {c for c, _ in worst[:2]}


def worker_seeds() -> dict:
    import seeds
    from baseline import search

    if not seeds.available():
        return {}
    ask, ingest_article, missing = load_cores()
    if ask is None or ingest_article is None:
        return {"error": "; ".join(missing)}
    return seeds.seed_accuracy(ask, ingest_article, search)


# -- orchestration ---------------------------------------------------------------------


def run_worker(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], stdout=subprocess.PIPE, text=True)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"benchmark worker {' '.join(args)} failed (exit {proc.returncode})")
    return json.loads(lines[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--questions", type=int, default=2000)
    ap.add_argument("--ingest", type=int, default=300, help="articles ingested per size")
    ap.add_argument("--out", default=str(HERE / "results" / "latest.json"))
    ap.add_argument("--quick", action="store_true", help="sizes 1000,10000 and 500 questions: a smoke run")
    ap.add_argument("--no-profile", action="store_true", help="do not profile missed targets")
    ap.add_argument("--baseline-seconds", type=float, default=45.0, help="time budget of the baseline per size (at least 200 questions)")
    ap.add_argument("--workdir", help="where the stores are built (default: a temporary folder)")
    ap.add_argument("--worker", choices=("build", "measure", "seeds"), help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    pin()

    if a.worker:
        if a.worker == "build":
            result = worker_build(a.size, a.db)
        elif a.worker == "measure":
            result = worker_measure(a.size, a.db, a.questions, a.ingest, not a.no_profile, a.baseline_seconds)
        else:
            result = worker_seeds()
        print(json.dumps(result))
        return 0

    from report import markdown, table

    started = time.perf_counter()
    sizes = [1000, 10000] if a.quick else [int(s.replace("_", "")) for s in a.sizes.split(",") if s.strip()]
    n_questions = min(a.questions, 500) if a.quick else a.questions
    n_ingest = min(a.ingest, 100) if a.quick else a.ingest
    workdir = Path(a.workdir) if a.workdir else Path(tempfile.mkdtemp(prefix="impactbot-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine(), "sizes": [], "questions": n_questions, "notes": []}
    log(f"ImpactBot benchmark: sizes {', '.join(f'{s:,}' for s in sizes)}; {n_questions} questions; {n_ingest} articles ingested per size")
    try:
        for size in sizes:
            db = str(workdir / f"bench-{size}.db")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            log(f"[{size:,}] building the store")
            build = run_worker(["--worker", "build", "--size", str(size), "--db", db])
            log(f"[{size:,}] built in {build['seconds']} s, {build['store_mb']} MB; measuring in a fresh process")
            measured = run_worker(["--worker", "measure", "--size", str(size), "--db", db, "--questions", str(n_questions), "--ingest", str(n_ingest), "--baseline-seconds", str(a.baseline_seconds)] + (["--no-profile"] if a.no_profile else []))
            results["sizes"].append({"size": size, "build": build, **measured})
            for msg in measured.get("unavailable", []):
                log(f"[{size:,}] {msg}")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
        log("[seeds] product and baseline on the seed questions")
        results["seeds"] = run_worker(["--worker", "seeds"])
    finally:
        if not a.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    results["total_seconds"] = round(time.perf_counter() - started, 1)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md = markdown(results)
    out.with_suffix(".md").write_text(md, encoding="utf-8")
    print(md)
    print(f"wrote {out} and {out.with_suffix('.md')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
