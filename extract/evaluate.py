"""Score extract_figures against an annotated corpus in the corpus/FORMAT.md layout.

Matching and metrics are those of the shared scorer (tools/score_corpus.py):
greedy one-to-one matching of gold to extracted figures on value, with
quote-span overlap breaking ties (a vague amount must overlap); precision,
recall and F1 for all figures, impact figures, and impact figures with place
and agency right; field accuracy on matched pairs. Articles marked as
duplicates are skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from store.gazetteer import Gazetteer

from .figures import extract_figures

FIELDS = ("subject", "status", "location", "agency", "qualifier", "kind")


def load_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _norm(s: Any) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(s or "").lower()).strip()


def _same(a: Any, b: Any) -> bool:
    return _norm(a) == _norm(b)


def _span(text: str, quote: str | None) -> tuple[int, int] | None:
    if not quote:
        return None
    i = text.find(quote)
    return (i, i + len(quote)) if i >= 0 else None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _value_matches(g: dict, e: dict) -> bool:
    if g["value"] is None:
        return e.get("value") is None and e.get("qualifier") == "vague"
    return g["value"] in (e.get("value"), e.get("high"), e.get("low"))


def match_article(text: str, gold: list[dict], extracted: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching: value first, quote-span overlap breaks ties."""
    pairs, used = [], set()
    for g in gold:
        gs = _span(text, g["quote"])
        best, best_score = None, -1
        for j, e in enumerate(extracted):
            if j in used or not _value_matches(g, e):
                continue
            es = _span(text, e.get("quote"))
            score = 2 if _overlap(gs, es) else (1 if g["value"] is not None else 0)
            if g["value"] is None and score < 2:
                continue  # a vague amount only counts where it is the same phrase
            if score > best_score:
                best, best_score = j, score
        if best is not None:
            used.add(best)
            pairs.append((g, extracted[best]))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def evaluate_corpus(
    articles_dir: str | Path,
    meta_path: str | Path,
    gold_path: str | Path,
    gazetteer: Gazetteer | None = None,
) -> dict:
    """Scores of extract_figures on a corpus, with the misses and spurious figures listed."""
    gazetteer = gazetteer or Gazetteer.from_data()
    meta = load_jsonl(meta_path)
    gold = load_jsonl(gold_path)
    totals = {k: [0, 0, 0] for k in ("all", "impact", "strict_impact")}
    fields = {k: [0, 0] for k in FIELDS}
    misses, spurious, wrong = [], [], []
    articles = 0
    for m in meta:
        if m.get("duplicate_of"):
            continue
        art = m["article"]
        text = (Path(articles_dir) / f"{art}.txt").read_text(encoding="utf-8")
        published = dt.date.fromisoformat(m["published"]) if m.get("published") else None
        extracted = extract_figures(text, gazetteer=gazetteer, published=published, title=m.get("title"), outlet=m.get("outlet"))
        articles += 1
        g_all = [g for g in gold if g["article"] == art]
        pairs = match_article(text, g_all, extracted)
        matched_e = {id(e) for _, e in pairs}
        matched_g = {id(g) for g, _ in pairs}
        totals["all"][0] += len(pairs)
        totals["all"][1] += len(extracted)
        totals["all"][2] += len(g_all)
        g_imp = [g for g in g_all if g["kind"] == "impact"]
        e_imp = [e for e in extracted if e.get("kind") == "impact"]
        p_imp = [(g, e) for g, e in pairs if g["kind"] == "impact" and e.get("kind") == "impact"]
        strict = [
            (g, e) for g, e in p_imp if _same(g["location"], e.get("location")) and _same(g["agency"], e.get("agency"))
        ]
        for k, tp, n_pred, n_gold in (
            ("impact", len(p_imp), len(e_imp), len(g_imp)),
            ("strict_impact", len(strict), len(e_imp), len(g_imp)),
        ):
            totals[k][0] += tp
            totals[k][1] += n_pred
            totals[k][2] += n_gold
        for g, e in pairs:
            for k in FIELDS:
                fields[k][1] += 1
                if _same(g.get(k), e.get(k)):
                    fields[k][0] += 1
                else:
                    wrong.append({"article": art, "field": k, "gold": g.get(k), "got": e.get(k), "quote": g["quote"]})
        misses += [{"article": art, **g} for g in g_all if id(g) not in matched_g]
        spurious += [{"article": art, **e} for e in extracted if id(e) not in matched_e]

    report: dict[str, Any] = {"articles": articles}
    for k, (tp, n_pred, n_gold) in totals.items():
        p, r, f = _prf(tp, n_pred, n_gold)
        report[k] = {"precision": p, "recall": r, "f1": f, "matched": tp, "extracted": n_pred, "gold": n_gold}
    report["field_accuracy"] = {k: round(c / n, 3) if n else 0.0 for k, (c, n) in fields.items()}
    report["misses"] = misses
    report["spurious"] = spurious
    report["wrong_fields"] = wrong
    return report


def format_report(report: dict, verbose: bool = False) -> str:
    """The report as the shared scorer prints it, plus misses and spurious figures when verbose."""
    lines = [f"extraction ({report['articles']} articles)"]
    for k in ("all", "impact", "strict_impact"):
        r = report[k]
        lines.append(
            f"  {k:14s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}"
            f"  ({r['matched']} matched, {r['extracted']} extracted, {r['gold']} gold)"
        )
    lines.append("  field accuracy on matched: " + json.dumps(report["field_accuracy"]))
    if verbose:
        for w in report["wrong_fields"]:
            lines.append(f"  FIELD    {w['article']} {w['field']}: gold {w['gold']!r} got {w['got']!r} | {w['quote'][:70]}")
        for g in report["misses"]:
            lines.append(f"  MISSED   {g['article']}: {g['value']} {g['subject']} {g['status']} | {g['quote'][:80]}")
        for e in report["spurious"]:
            lines.append(
                f"  SPURIOUS {e['article']}: {e.get('value')} {e.get('subject')} {e.get('status')} | {str(e.get('quote'))[:80]}"
            )
    return "\n".join(lines)
