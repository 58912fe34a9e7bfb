"""The command-line forms of DESIGN.md, driven as other tools drive them: real subprocesses."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, REPO, needs_corpus

IMPACTBOT = [sys.executable, "-m", "bot.cli"]
HELDOUT = REPO / "tests" / "corpus" / "heldout"


def impactbot(db, *args, input=None):
    env = {**os.environ, "IMPACTBOT_ENV_FILE": os.devnull}
    return subprocess.run([*IMPACTBOT, "--db", str(db), *args], capture_output=True, text=True, input=input, cwd=REPO, env=env, timeout=120)


def _meta(folder: Path, name: str) -> list[dict]:
    return [json.loads(l) for l in (folder / name).read_text().splitlines() if l.strip()]


def _ingest_all(db, folder: Path, meta: list[dict]) -> dict[str, list[dict]]:
    out = {}
    for m in meta:
        args = ["ingest", str(folder / f"{m['article']}.txt"), "--json"]
        for flag in ("title", "outlet", "published", "url"):
            if m.get(flag):
                args += [f"--{flag}", m[flag]]
        result = impactbot(db, *args)
        assert result.returncode == 0, result.stderr
        objs = [json.loads(l) for l in result.stdout.splitlines() if l.startswith("{")]
        assert len(objs) == 1 and set(objs[0]) == {"article", "figures"}
        out[m["article"]] = objs
    return out


@needs_corpus
def test_seed_ingest_json_shape_and_duplicate(tmp_path):
    db = tmp_path / "seeds.db"
    meta = _meta(CORPUS, "seeds.meta.jsonl")
    results = _ingest_all(db, CORPUS / "seeds", meta)
    text = {m["article"]: (CORPUS / "seeds" / f"{m['article']}.txt").read_text() for m in meta}
    for m in meta:
        (obj,) = results[m["article"]]
        art = obj["article"]
        assert {"id", "title", "outlet", "url", "published", "duplicate_of"} <= set(art)
        if m["duplicate_of"]:
            assert art["duplicate_of"] and obj["figures"] == []
            continue
        assert art["duplicate_of"] is None and obj["figures"]
        for fig in obj["figures"]:
            assert {"value", "low", "high", "qualifier", "subject", "status", "location", "agency", "kind", "quote", "article"} <= set(fig)
            assert fig["quote"] in text[m["article"]] and fig["review"] == "auto" and fig["origin"] == "extracted"
            assert fig["article"]["id"] == art["id"]


@needs_corpus
def test_ask_json_shape_cites_and_none(tmp_path):
    db = tmp_path / "seeds.db"
    _ingest_all(db, CORPUS / "seeds", _meta(CORPUS, "seeds.meta.jsonl"))
    answered = impactbot(db, "ask", "how many children are trapped in Raqqa?", "--json")
    assert answered.returncode == 0, answered.stderr
    ans = json.loads(answered.stdout.strip().splitlines()[-1])
    assert set(ans) == {"question", "text", "figures", "none"}
    assert ans["none"] is False and "40,000" in ans["text"] and "UNICEF" in ans["text"]
    assert ans["figures"][0]["value"] == 40000 and ans["figures"][0]["agency"] == "UNICEF"
    nothing = json.loads(impactbot(db, "ask", "how many children are trapped in Aleppo?", "--json").stdout.strip().splitlines()[-1])
    assert nothing["none"] is True and nothing["figures"] == [] and not any(c.isdigit() for c in nothing["text"])
    plain = impactbot(db, "ask", "how many children are trapped in Raqqa?")
    assert plain.returncode == 0 and plain.stdout.strip() == ans["text"]


def test_ingest_refuses_bad_files_and_stores_nothing(tmp_path):
    db = tmp_path / "bad.db"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\xe9 attack kills 12 people".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    huge.write_text("Twelve people were killed. " * 60_000)
    for path, message in ((empty, "empty"), (binary, "binary"), (latin, "not UTF-8"), (huge, "too long")):
        result = impactbot(db, "ingest", str(path))
        assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr
    stats = impactbot(db, "stats")
    assert "articles     0" in stats.stdout and "figures      0" in stats.stdout


def test_ingest_plain_output_lists_each_figure_for_review(tmp_path):
    db = tmp_path / "held.db"
    meta = _meta(HELDOUT, "meta.jsonl")[0]
    result = impactbot(db, "ingest", str(HELDOUT / f"{meta['article']}.txt"), "--title", meta["title"], "--published", meta["published"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(str(HELDOUT / f"{meta['article']}.txt") + ": article #1")
    assert "56" in result.stdout and "civilians killed" in result.stdout and "OCHA" in result.stdout
    assert '"At least 56 civilians have been killed in El Fasher' in result.stdout
