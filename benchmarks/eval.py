"""`make eval`: score extraction and answers on every corpus the project has, in one table.

Every corpus is scored through the command-line contract by the shared scorers
(`../shared/tools/score_corpus.py`, `score_excerpts.py`), as the product is judged:

- seeds: the five seed articles (`../shared/corpus`), a development set;
- heldout, dev2, dev3: team-written articles (`tests/corpus/`);
- fakes, fakes_test: real Syrian-war articles from FA-KES, gold in `tests/corpus/`, texts read
  from `../shared/datasets/fakes/FA-KES-dev.csv` by `unit_id` (never copied into the project);
  `fakes` is tuned on, `fakes_test` is held out;
- real_news, real_reports: real articles and agency reports found with the search tool; gold and a
  manifest (url, sha256) in `tests/corpus/`, texts kept outside the repository in
  `$IMPACTBOT_TEXTS/<corpus>/` (default `../corpus-cache`); skipped when absent;
- idmc: IDMC's labelled displacement excerpts, pasted without a headline.

Usage: python benchmarks/eval.py [--cmd PATH_TO_IMPACTBOT] [--only NAME ...] [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = ROOT / "tests" / "corpus"
FAKES_CSV = SHARED / "datasets" / "fakes" / "FA-KES-dev.csv"
IDMC = SHARED / "datasets" / "idmc" / "idmc_fully_labelled.jsonl"


def fakes_texts(meta: Path, dest: Path) -> Path | None:
    """Write each FA-KES article listed in `meta` (by unit_id) to dest/<article>.txt."""
    if not FAKES_CSV.is_file():
        return None
    wanted = {m["unit_id"]: m["article"] for m in map(json.loads, meta.read_text().splitlines()) if m.get("unit_id")}
    csv.field_size_limit(10_000_000)
    with FAKES_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["unit_id"] in wanted:
                (dest / f"{wanted[row['unit_id']]}.txt").write_text(row["article_content"].strip() + "\n", encoding="utf-8")
    return dest


def cached_texts(name: str, dest: Path) -> Path | None:
    """Copy the texts of a search-found corpus from the cache outside the repository, checking each hash."""
    cache = Path(os.environ.get("IMPACTBOT_TEXTS", ROOT.parent / "corpus-cache")) / name
    manifest = CORPORA / name / "manifest.jsonl"
    if not cache.is_dir() or not manifest.is_file():
        return None
    for entry in map(json.loads, manifest.read_text().splitlines()):
        src = cache / f"{entry['article']}.txt"
        if not src.is_file() or hashlib.sha256(src.read_bytes()).hexdigest() != entry["sha256"]:
            return None
        (dest / src.name).write_bytes(src.read_bytes())
    return dest


def corpora(tmp: Path) -> list[dict]:
    """Each corpus: its name, articles folder, meta, gold and questions (None where absent)."""
    out = []
    seeds = SHARED / "corpus"
    if (seeds / "seeds").is_dir():
        out.append(dict(name="seeds", articles=seeds / "seeds", meta=seeds / "seeds.meta.jsonl",
                        gold=seeds / "seeds.gold.jsonl", questions=seeds / "seeds.questions.jsonl"))
    for name in ("heldout", "dev2", "dev3", "fakes", "fakes_test", "real_news", "real_reports"):
        folder = CORPORA / name
        if not (folder / "gold.jsonl").is_file():
            continue
        if name.startswith("fakes"):
            articles = fakes_texts(folder / "meta.jsonl", _mkdir(tmp / name))
        elif (folder / "manifest.jsonl").is_file():
            articles = cached_texts(name, _mkdir(tmp / name))
        else:
            articles = folder
        if articles is None:
            continue
        q = folder / "questions.jsonl"
        out.append(dict(name=name, articles=articles, meta=folder / "meta.jsonl", gold=folder / "gold.jsonl",
                        questions=q if q.is_file() else None))
    return out


def _mkdir(p: Path) -> Path:
    p.mkdir(parents=True, exist_ok=True)
    return p


def _tool(name: str):
    """A scorer from ../shared/tools, imported so that its matching rules are used as they are."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, SHARED / "tools" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def lenient(sc, ex, gold_name, got_name) -> bool:
    """Names compared leniently, as the hidden sets are scored: equal after folding case, accents,
    'al-', doubled letters and words such as governorate or city; one naming the other inside it; or
    aliases of one agency."""
    if sc.same(gold_name, got_name):
        return True
    if gold_name is None or got_name is None:
        return False
    if ex.same_place(gold_name, got_name):
        return True
    g, e = sc.norm(gold_name), sc.norm(got_name)
    return any(g in names and any(n == e or n in e for n in names) for names in (
        [k, *v] for k, v in sc.AGENCY_ALIASES.items()))


def score(cmd: str, c: dict, verbose: bool) -> dict:
    """score_corpus.py's extraction report, with one ingest call for the whole corpus, plus lenient
    strict-impact F1 and field accuracy; its answers report runs through score_corpus.py itself."""
    sc, ex = _tool("score_corpus"), _tool("score_excerpts")
    meta = sc.load_jsonl(c["meta"])
    gold = sc.load_jsonl(c["gold"])
    with tempfile.TemporaryDirectory(prefix="eval-") as tmp:
        db = os.path.join(tmp, "eval.db")
        extracted, log = {}, []
        for m in meta:  # one article at a time keeps each article's own title and outlet
            args = [cmd, "--db", db, "ingest", str(Path(c["articles"]) / f"{m['article']}.txt"), "--json"]
            for flag in ("title", "outlet", "published", "url"):
                if m.get(flag):
                    args += [f"--{flag}", m[flag]]
            proc = subprocess.run(args, capture_output=True, text=True, timeout=600)
            objs = [json.loads(ln) for ln in proc.stdout.splitlines() if ln.startswith("{")]
            extracted[m["article"]] = [f for o in objs for f in o.get("figures", [])]
    totals = {k: [0, 0, 0] for k in ("impact", "strict", "lenient")}
    fields = {k: [0, 0, 0] for k in ("agency", "location")}
    for m in meta:
        if m.get("duplicate_of"):
            continue
        art = m["article"]
        text = (Path(c["articles"]) / f"{art}.txt").read_text(encoding="utf-8")
        g_all = [g for g in gold if g["article"] == art]
        e_all = extracted.get(art, [])
        pairs = sc.match_article(text, g_all, e_all)
        p_imp = [(g, e) for g, e in pairs if g["kind"] == "impact" and e.get("kind") == "impact"]
        n_pred = sum(e.get("kind") == "impact" for e in e_all)
        n_gold = sum(g["kind"] == "impact" for g in g_all)
        for k in totals:
            totals[k][1] += n_pred
            totals[k][2] += n_gold
        totals["impact"][0] += len(p_imp)
        totals["strict"][0] += sum(sc.same(g["location"], e.get("location")) and sc.same(g["agency"], e.get("agency")) for g, e in p_imp)
        totals["lenient"][0] += sum(
            lenient(sc, ex, g["location"], e.get("location")) and lenient(sc, ex, g["agency"], e.get("agency")) for g, e in p_imp)
        for g, e in pairs:
            for k in fields:
                fields[k][0] += sc.same(g[k], e.get(k))
                fields[k][1] += lenient(sc, ex, g[k], e.get(k))
                fields[k][2] += 1
                if verbose and not lenient(sc, ex, g[k], e.get(k)):
                    log.append(f"{k}: {art} {g['value']} {g['quote'][:50]!r}: gold {g[k]!r} got {e.get(k)!r}")
        if verbose:
            matched = {id(e) for _, e in pairs}
            log += [f"MISSED {art}: {g['value']} {g['subject']} {g['status']} | {g['quote'][:70]}" for g in g_all
                    if id(g) not in {id(x) for x, _ in pairs}]
            log += [f"SPURIOUS {art}: {e.get('value')} {e.get('subject')} {e.get('status')} | {str(e.get('quote'))[:70]}"
                    for e in e_all if id(e) not in matched]
    report = {k: sc.prf(*v) for k, v in totals.items()}
    report["fields"] = {k: (round(v[0] / v[2], 3) if v[2] else 0.0, round(v[1] / v[2], 3) if v[2] else 0.0)
                        for k, v in fields.items()}
    report["gold"] = totals["impact"][2]
    if c["questions"]:
        args = [sys.executable, str(SHARED / "tools" / "score_corpus.py"), "--cmd", cmd, "--articles", str(c["articles"]),
                "--meta", str(c["meta"]), "--gold", str(c["gold"]), "--questions", str(c["questions"])]
        proc = subprocess.run(args, capture_output=True, text=True, timeout=3600)
        log += [ln for ln in proc.stdout.splitlines() if ln.startswith(("  FAIL", "      ->"))]
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
        report["answers"] = json.loads(lines[-1]).get("answers") if lines else None
    if verbose:
        Path(tempfile.gettempdir(), f"eval-{c['name']}.txt").write_text("\n".join(log) + "\n")
    return report


def score_idmc(cmd: str) -> dict:
    proc = subprocess.run([sys.executable, str(SHARED / "tools" / "score_excerpts.py"), "--cmd", cmd, "--data", str(IDMC)],
                          capture_output=True, text=True, timeout=3600)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    return json.loads(lines[-1]) if lines else {"error": proc.stderr[-300:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "impactbot"))
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--verbose", action="store_true", help="keep each scorer's report in the temp folder")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="impactbot-eval-") as tmp:
        todo = [c for c in corpora(Path(tmp)) if not a.only or c["name"] in a.only]
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            results = list(pool.map(lambda c: score(a.cmd, c, a.verbose), todo))
        idmc = score_idmc(a.cmd) if IDMC.is_file() and (not a.only or "idmc" in a.only) else None
    print(f"{'corpus':13s} {'gold':>5s} {'impact P / R / F1':>20s} {'strict F1':>10s} {'lenient':>8s}"
          f" {'agency':>13s} {'place':>13s}  answers (cited / honest none)")
    for c, r in zip(todo, results):
        p, rr, f = r["impact"]
        ans = r.get("answers")
        answers = f"{ans['correct_cited']} / {ans['honest_none']}" if ans else ""
        ag, pl = r["fields"]["agency"], r["fields"]["location"]
        print(f"{c['name']:13s} {r['gold']:5d} {p:6.3f} {rr:6.3f} {f:6.3f} {r['strict'][2]:10.3f} {r['lenient'][2]:8.3f}"
              f" {ag[0]:6.3f}/{ag[1]:.3f} {pl[0]:6.3f}/{pl[1]:.3f}  {answers}")
    print("(strict: value, place and agency named exactly; lenient: names compared as the hidden sets are;"
          " agency and place: share right of matched figures, exact/lenient)")
    if idmc is not None:
        print(f"idmc excerpts ({idmc.get('excerpts')}): value {idmc.get('value')}, +status {idmc.get('value_term')},"
              f" +place {idmc.get('value_term_place')}")


if __name__ == "__main__":
    main()
