"""Accuracy on the seed corpus: the product's answers beside the baseline's, judged as
`../shared/tools/score_corpus.py` judges them (its own functions are loaded and used).

A correct answer states the expected number, names its agency and cites the
article by title or outlet; a `none` question is answered honestly (marked
none and no number of two or more digits).
"""

from __future__ import annotations

import importlib.util
import re
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
SCORER = SHARED / "tools" / "score_corpus.py"


def available() -> bool:
    return (CORPUS / "seeds").is_dir() and SCORER.is_file()


def _scorer():
    spec = importlib.util.spec_from_file_location("score_corpus", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judge(sc, q: dict, text: str, none: bool, gold: list[dict], titles: dict[str, set]) -> bool:
    """score_corpus.py's judgement of one reply (see its main())."""
    if q.get("none"):
        return bool(none) and not re.search(r"\d{2,}", text)
    for exp in q["expect"]:
        arts = {g["article"] for g in gold if g["value"] == exp["value"] and sc.same(g["agency"], exp["agency"])}
        cites = set().union(*(titles.get(x, set()) for x in arts)) if arts else set()
        if sc.number_in(text, exp["value"]) and (exp["agency"] is None or sc.agency_in(text, exp["agency"])) and any(c.lower() in text.lower() for c in cites):
            return True
    return False


def seed_accuracy(ask, ingest_article, search) -> dict:
    """Ingest the seeds into a fresh store; judge product and baseline on the seed questions."""
    from store import Store

    sc = _scorer()
    meta = sc.load_jsonl(CORPUS / "seeds.meta.jsonl")
    gold = sc.load_jsonl(CORPUS / "seeds.gold.jsonl")
    questions = sc.load_jsonl(CORPUS / "seeds.questions.jsonl")
    titles: dict[str, set] = {}
    for m in meta:
        src = m.get("duplicate_of") or m["article"]
        titles.setdefault(src, set()).update(x for x in (m.get("title"), m.get("outlet")) if x)
    with tempfile.TemporaryDirectory(prefix="impactbot-seeds-") as tmp:
        store = Store.open(Path(tmp) / "seeds.db")
        for m in meta:
            text = (CORPUS / "seeds" / f"{m['article']}.txt").read_text(encoding="utf-8")
            ingest_article(store, text, title=m.get("title"), outlet=m.get("outlet"), url=m.get("url"), published=m.get("published"), actor="bench")
        rows = []
        for q in questions:
            ans = ask(store, q["question"])
            hit = search(store.conn, q["question"])
            rows.append(
                {
                    "question": q["question"],
                    "none": bool(q.get("none")),
                    "product": judge(sc, q, ans.text, ans.none, gold, titles),
                    "baseline": judge(sc, q, hit.text, hit.none, gold, titles),
                    "product_text": ans.text[:200],
                    "baseline_text": hit.text[:200],
                }
            )
        store.close()
    n = len(rows)
    return {
        "questions": n,
        "product_correct": sum(r["product"] for r in rows),
        "baseline_correct": sum(r["baseline"] for r in rows),
        "product_accuracy": round(sum(r["product"] for r in rows) / n, 3) if n else None,
        "baseline_accuracy": round(sum(r["baseline"] for r in rows) / n, 3) if n else None,
        "rows": rows,
    }
