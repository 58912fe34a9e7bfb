"""`make eval`: score extraction and answers on every corpus the project has, in one table.

Every corpus is scored through the command-line contract by the shared scorers
(`../shared/tools/score_corpus.py`, `score_excerpts.py`), as the product is judged:

- seeds: the five seed articles (`../shared/corpus`), a development set;
- heldout, dev2, dev3: team-written articles (`tests/corpus/`);
- fakes, fakes_test: real Syrian-war articles from FA-KES, gold in `tests/corpus/`, texts read
  from `../shared/datasets/fakes/FA-KES-dev.csv` by `unit_id` (never copied into the project);
  `fakes` is tuned on, `fakes_test` is held out;
- real_news, real_reports, real_heldout: real articles and agency reports found with the search tool
  (real_heldout and real_heldout2 were written blind after the others, scored once, then used for
  development; real_heldout3, written last, is the held-out one: only its totals are read); gold and a
  manifest (url, sha256) in `tests/corpus/`, texts kept outside the repository in
  `$IMPACTBOT_TEXTS/<corpus>/` (default `../corpus-cache`); skipped when absent;
- idmc: IDMC's labelled displacement excerpts, pasted without a headline.

Usage: python benchmarks/eval.py [--cmd PATH_TO_IMPACTBOT] [--only NAME ...] [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import texts  # noqa: E402  (benchmarks/texts.py: the cache of the real-text sets)

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


def cached_texts(name: str, dest: Path) -> tuple[Path | None, set[str]]:
    """Copy the texts of a search-found corpus from the cache outside the repository, checking each hash
    (`texts.py` says which are missing and saves them again); with the articles whose text is missing."""
    if not (CORPORA / name / "manifest.jsonl").is_file():
        return None, set()
    entries = texts.manifest(name)
    missing = {e["article"] for e in entries if texts.state(name, e) != "ok"}
    if len(missing) == len(entries):
        return None, missing
    for e in entries:
        if e["article"] not in missing:
            src = texts.cache_dir() / name / f"{e['article']}.txt"
            (dest / src.name).write_bytes(src.read_bytes())
    return dest, missing


def _without(path: Path, articles: set[str], dest: Path) -> Path:
    """A copy of a jsonl file without the lines of these articles."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and json.loads(ln).get("article") not in articles]
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dest


def corpora(tmp: Path) -> list[dict]:
    """Each corpus: its name, articles folder, meta, gold and questions (None where absent)."""
    out = []
    seeds = SHARED / "corpus"
    if (seeds / "seeds").is_dir():
        out.append(dict(name="seeds", articles=seeds / "seeds", meta=seeds / "seeds.meta.jsonl",
                        gold=seeds / "seeds.gold.jsonl", questions=seeds / "seeds.questions.jsonl"))
    for name in ("heldout", "dev2", "dev3", "fakes", "fakes_test", "real_news", "real_reports", "real_heldout", "real_heldout2", "real_heldout3", "real_heldout4", "real_heldout5", "real_heldout6", "real_heldout7", "real_heldout8", "real_heldout9", "real_heldout10", "real_heldout11", "real_heldout12", "real_heldout13", "real_heldout14", "real_heldout15", "real_heldout16", "real_heldout17", "real_heldout18", "real_heldout19", "real_heldout20", "real_heldout21", "real_heldout22", "real_heldout23", "real_heldout24", "real_heldout25", "real_heldout26", "real_heldout27", "real_heldout28", "real_heldout29", "real_heldout30", "real_heldout31", "real_heldout32", "real_heldout33", "real_heldout34", "real_heldout35", "real_heldout36", "real_heldout37", "real_heldout38", "real_heldout39", "real_heldout40", "real_heldout41", "real_heldout42", "real_heldout43", "real_heldout44", "real_heldout45", "real_heldout46", "real_heldout47", "real_heldout48", "real_heldout49", "real_heldout50", "real_heldout51", "real_heldout52", "real_heldout53", "real_heldout54", "real_heldout55", "real_heldout56", "real_heldout57", "real_heldout58", "real_heldout59", "real_heldout60", "real_heldout61", "real_heldout62", "real_heldout63", "real_heldout64", "real_heldout65", "real_heldout66", "real_heldout67", "real_heldout68", "real_heldout69", "real_heldout70", "real_heldout71", "real_heldout72", "real_heldout73", "real_heldout74", "real_heldout75", "real_heldout76", "real_heldout77", "real_heldout78", "real_heldout79", "real_heldout80", "real_heldout81", "real_heldout82", "real_heldout83", "real_heldout84", "real_heldout85", "real_heldout86", "real_heldout87", "real_heldout88", "real_heldout89", "real_heldout90", "real_heldout91", "real_heldout92", "real_heldout93", "real_heldout94", "real_heldout95", "real_heldout96", "real_heldout97", "real_heldout98", "real_heldout99", "real_heldout100", "real_heldout101", "real_heldout102", "real_heldout103", "real_heldout104", "real_heldout105", "real_heldout106", "real_heldout107", "real_heldout108", "real_heldout109", "real_heldout110", "real_heldout111", "real_heldout112", "real_heldout113", "real_heldout114", "real_heldout115", "real_heldout116", "real_heldout117", "real_heldout118", "real_heldout119", "real_heldout120", "real_heldout121", "real_heldout122", "real_heldout123", "real_heldout124", "real_heldout125", "real_heldout126", "real_heldout127", "real_heldout128", "real_heldout129", "real_heldout130", "real_heldout131", "real_heldout132"):
        folder = CORPORA / name
        if not (folder / "gold.jsonl").is_file():
            continue
        missing: set[str] = set()
        if name.startswith("fakes"):
            articles = fakes_texts(folder / "meta.jsonl", _mkdir(tmp / name))
        elif (folder / "manifest.jsonl").is_file():
            articles, missing = cached_texts(name, _mkdir(tmp / name))
        else:
            articles = folder
        if articles is None:
            continue
        q = folder / "questions.jsonl"
        c = dict(name=name, articles=articles, meta=folder / "meta.jsonl", gold=folder / "gold.jsonl",
                 questions=q if q.is_file() else None)
        if missing:
            # A text missing from the cache (not fetched again, or no longer returned as it was saved): the set is
            # scored on the others, and its questions not at all (any of them may be about the missing text); the
            # table marks it with a *
            c.update(name=f"{name}*", questions=None, meta=_without(c["meta"], missing, tmp / f"{name}.meta.jsonl"),
                     gold=_without(c["gold"], missing, tmp / f"{name}.gold.jsonl"), missing=len(missing))
        out.append(c)
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


def score(cmd: str | None, c: dict, verbose: bool) -> dict:
    """score_corpus.py's report, with its own matching and answer checks, plus lenient names.

    With `cmd` None the core runs in this process (ingest_article, answer.ask: what the CLI calls,
    without loading the parser once per article); with `cmd` every article and question goes through
    that command line, as the shared scorer drives it.
    """
    sc, ex = _tool("score_corpus"), _tool("score_excerpts")
    meta = sc.load_jsonl(c["meta"])
    gold = sc.load_jsonl(c["gold"])
    questions = sc.load_jsonl(c["questions"]) if c["questions"] else []
    log: list[str] = []
    with tempfile.TemporaryDirectory(prefix="eval-") as tmp:
        db = os.path.join(tmp, "eval.db")
        extracted, replies = {}, []
        if cmd is None:
            from answer import ask
            from extract import ingest_article
            from store import Store

            store = Store.open(db)
            for m in meta:
                text = (Path(c["articles"]) / f"{m['article']}.txt").read_text(encoding="utf-8")
                r = ingest_article(store, text, title=m.get("title"), outlet=m.get("outlet"), published=m.get("published"), url=m.get("url"))
                extracted[m["article"]] = r.figures
            replies = [ask(store, q["question"]) for q in questions]
            replies = [{"text": a.text, "none": a.none, "figures": a.figures} for a in replies]
            store.close()
        else:
            for m in meta:
                args = [cmd, "--db", db, "ingest", str(Path(c["articles"]) / f"{m['article']}.txt"), "--json"]
                for flag in ("title", "outlet", "published", "url"):
                    if m.get(flag):
                        args += [f"--{flag}", m[flag]]
                proc = subprocess.run(args, capture_output=True, text=True, timeout=600)
                objs = [json.loads(ln) for ln in proc.stdout.splitlines() if ln.startswith("{")]
                extracted[m["article"]] = [f for o in objs for f in o.get("figures", [])]
            for q in questions:
                proc = subprocess.run([cmd, "--db", db, "ask", q["question"], "--json"], capture_output=True, text=True, timeout=120)
                lines = proc.stdout.strip().splitlines()
                replies.append(json.loads(lines[-1]) if lines else {"text": "", "none": False, "figures": []})
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
    if questions:
        report["answers"] = _answers(sc, meta, gold, questions, replies, log)
        if cmd is None:
            report["answers_gold"] = _answers(sc, meta, gold, questions, _ask_on_gold(meta, gold, questions), log, "GOLD ")
    if verbose:
        Path(tempfile.gettempdir(), f"eval-{c['name'].rstrip('*')}.txt").write_text("\n".join(log) + "\n")
    return report


def _ask_on_gold(meta, gold, questions) -> list[dict]:
    """The questions asked of a store holding the gold figures themselves (loaded as an import would):
    answers measured apart from extraction."""
    from answer import ask
    from store import Store
    from store.exchange import import_figures

    by_article = {m["article"]: m for m in meta}
    with tempfile.TemporaryDirectory(prefix="eval-gold-") as tmp:
        store = Store.open(os.path.join(tmp, "gold.db"))
        records = []
        for line, g in enumerate(gold, 1):
            m = by_article.get(g["article"], {})
            if m.get("duplicate_of"):
                continue
            fig = {k: g[k] for k in ("value", "low", "high", "qualifier", "subject", "status", "location", "agency", "kind")}
            fig["note"] = g["quote"]
            fig["review"] = "verified"
            fig["article"] = {"title": m.get("title") or g["article"], "outlet": m.get("outlet"), "published": m.get("published")}
            records.append((line, fig))
        # through the import path, as `impactbot import` loads them (places and agencies no table knows learned)
        import_figures(store, records, actor="eval")
        replies = [ask(store, q["question"]) for q in questions]
        out = [{"text": a.text, "none": a.none} for a in replies]
        store.close()
    return out


def _answers(sc, meta, gold, questions, replies, log, tag: str = "") -> dict:
    """score_corpus.py's answer checks: the number, its agency and its article named, or an honest none."""
    titles: dict[str, set] = {}
    for m in meta:
        src = m.get("duplicate_of") or m["article"]
        titles.setdefault(src, set()).update(x for x in (m.get("title"), m.get("outlet")) if x)
    ok = none_ok = none_total = answered = 0
    for q, ans in zip(questions, replies):
        text = ans.get("text", "")
        if q.get("none"):
            none_total += 1
            good = bool(ans.get("none")) and not re.search(r"\d{2,}", text)
            none_ok += good
        else:
            answered += 1
            good = False
            for exp in q["expect"]:
                arts = {g["article"] for g in gold if g["value"] == exp["value"] and sc.same(g["agency"], exp["agency"])}
                cites = set().union(*(titles.get(x, set()) for x in arts)) if arts else set()
                if (sc.number_in(text, exp["value"]) and (exp["agency"] is None or sc.agency_in(text, exp["agency"]))
                        and any(ct.lower() in text.lower() for ct in cites)):
                    good = True
                    break
            ok += good
        if not good:
            log.append(f"{tag}FAIL {q['question']!r}\n      -> {text[:300]!r}")
    return {"correct_cited": f"{ok}/{answered}", "honest_none": f"{none_ok}/{none_total}"}


def score_idmc(cmd: str) -> dict:
    proc = subprocess.run([sys.executable, str(SHARED / "tools" / "score_excerpts.py"), "--cmd", cmd, "--data", str(IDMC)],
                          capture_output=True, text=True, timeout=3600)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    return json.loads(lines[-1]) if lines else {"error": proc.stderr[-300:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cmd", help="score through this impactbot command line (slower: a process per article"
                    " and question); by default the core runs in this process")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--verbose", action="store_true", help="keep each scorer's report in the temp folder")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="impactbot-eval-") as tmp:
        todo = [c for c in corpora(Path(tmp)) if not a.only or c["name"].rstrip("*") in a.only]
        if a.cmd:
            with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
                results = list(pool.map(lambda c: score(a.cmd, c, a.verbose), todo))
        else:
            results = [score(None, c, a.verbose) for c in todo]
        idmc = score_idmc(a.cmd or str(ROOT / ".venv" / "bin" / "impactbot")) if IDMC.is_file() and (not a.only or "idmc" in a.only) else None
    print(f"{'corpus':13s} {'gold':>5s} {'impact P / R / F1':>20s} {'strict F1':>10s} {'lenient':>8s}"
          f" {'agency':>13s} {'place':>13s}  answers (cited / honest none)")
    for c, r in zip(todo, results):
        p, rr, f = r["impact"]
        ans = r.get("answers")
        answers = f"{ans['correct_cited']} / {ans['honest_none']}" if ans else ""
        if r.get("answers_gold"):
            answers += f"; on gold figures {r['answers_gold']['correct_cited']} / {r['answers_gold']['honest_none']}"
        ag, pl = r["fields"]["agency"], r["fields"]["location"]
        print(f"{c['name']:13s} {r['gold']:5d} {p:6.3f} {rr:6.3f} {f:6.3f} {r['strict'][2]:10.3f} {r['lenient'][2]:8.3f}"
              f" {ag[0]:6.3f}/{ag[1]:.3f} {pl[0]:6.3f}/{pl[1]:.3f}  {answers}")
    print("(strict: value, place and agency named exactly; lenient: names compared as the hidden sets are;"
          " agency and place: share right of matched figures, exact/lenient)")
    for c in todo:
        if c.get("missing"):
            print(f"({c['name']} scored without its {c['missing']} text(s) missing from the cache (not fetched again, or no"
                  " longer returned as saved), and without its questions)")
    if idmc is not None:
        print(f"idmc excerpts ({idmc.get('excerpts')}): value {idmc.get('value')}, +status {idmc.get('value_term')},"
              f" +place {idmc.get('value_term_place')}")


if __name__ == "__main__":
    main()
