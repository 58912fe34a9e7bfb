"""The texts of the search-found corpora: which are in the cache, and saving one again.

The real-text sets keep only a manifest in `tests/corpus/<corpus>/manifest.jsonl`
(article, url, query, sha256, chars); their texts live outside the repository in
`$IMPACTBOT_TEXTS/<corpus>/<article>.txt` (default `../corpus-cache`). When the cache
is lost (a new machine), each text is fetched again with the search tool's `pages`
corpus by the manifest's query, picked by its url, and saved with `save`, which checks
the hash so that a text is never silently different from the one the gold was written on.

Usage:
  python benchmarks/texts.py status                  # per corpus: ok, missing, different
  python benchmarks/texts.py missing CORPUS          # the manifest lines still to fetch
  python benchmarks/texts.py save CORPUS ARTICLE < excerpt.json
      # stdin: the excerpt as the tool showed it, a JSON string literal with its quotes
      # (or the raw text); it is decoded, stripped of leading and trailing blank space
      # as every set was saved, and written only if its sha256 matches the manifest.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "tests" / "corpus"


def cache_dir() -> Path:
    return Path(os.environ.get("IMPACTBOT_TEXTS", ROOT.parent / "corpus-cache"))


def manifest(corpus: str) -> list[dict]:
    path = CORPORA / corpus / "manifest.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def state(corpus: str, entry: dict) -> str:
    path = cache_dir() / corpus / f"{entry['article']}.txt"
    if not path.is_file():
        return "missing"
    return "ok" if _sha(path.read_bytes()) == entry["sha256"] else "different"


def candidates(raw: str) -> list[str]:
    """The ways a pasted excerpt may have been saved: decoded or raw, stripped or not."""
    texts = []
    body = raw.strip()
    if body.startswith('"'):
        try:
            texts.append(json.loads(body))
        except json.JSONDecodeError:
            pass
    texts.append(raw)
    out: list[str] = []
    for text in texts:
        for variant in (text.strip(), text, text.strip() + "\n", text.rstrip("\n")):
            if variant not in out:
                out.append(variant)
    return out


def save(corpus: str, article: str, raw: str) -> int:
    entry = next((e for e in manifest(corpus) if e["article"] == article), None)
    if entry is None:
        print(f"{article}: not in {corpus}'s manifest")
        return 2
    for text in candidates(raw):
        data = text.encode("utf-8")
        if _sha(data) == entry["sha256"]:
            dest = cache_dir() / corpus / f"{article}.txt"
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
            print(f"{corpus}/{article}: ok ({len(text)} chars)")
            return 0
    best = candidates(raw)[0]
    print(f"{corpus}/{article}: DIFFERENT - got {len(best)} chars, manifest says {entry.get('chars')}; not saved")
    return 1


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"status", "missing", "save"}:
        print(__doc__)
        return 2
    if argv[0] == "status":
        total = {"ok": 0, "missing": 0, "different": 0}
        for folder in sorted(CORPORA.iterdir()):
            if not (folder / "manifest.jsonl").is_file():
                continue
            counts = {"ok": 0, "missing": 0, "different": 0}
            for entry in manifest(folder.name):
                counts[state(folder.name, entry)] += 1
            for k in total:
                total[k] += counts[k]
            print(f"{folder.name:16} ok {counts['ok']:3}  missing {counts['missing']:3}  different {counts['different']:3}")
        print(f"{'all':16} ok {total['ok']:3}  missing {total['missing']:3}  different {total['different']:3}")
        return 0
    if argv[0] == "missing":
        for entry in manifest(argv[1]):
            if state(argv[1], entry) != "ok":
                print(json.dumps(entry, ensure_ascii=False))
        return 0
    return save(argv[1], argv[2], sys.stdin.read())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
