"""Export every figure with its citation (JSONL, CSV, HXL) and import them back.

Import is idempotent (a figure already in the store is skipped) and runs in
one transaction: a malformed line stops it with the line number and leaves
the store unchanged.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import IO, Any, Iterable, Iterator

from .db import Store, StoreError

FORMATS = ("jsonl", "csv", "hxl")

# Flat columns for CSV and HXL, with the HXL hashtag of each.
# HXL: https://hxlstandard.org/standard/1-1final/dictionary/
COLUMNS: list[tuple[str, str]] = [
    ("id", "#meta+id"),
    ("fact_id", "#meta+fact"),
    ("value", "#affected+num"),
    ("low", "#affected+num+min"),
    ("high", "#affected+num+max"),
    ("qualifier", "#affected+qualifier"),
    ("subject", "#affected+type"),
    ("status", "#impact+type"),
    ("kind", "#indicator+kind"),
    ("location", "#loc+name"),
    ("admin1", "#adm1+name"),
    ("country", "#country+name"),
    ("agency", "#org"),
    ("agency_named", "#org+named"),
    ("person", "#contact+name"),
    ("refers_to", "#date"),
    ("quote", "#description+quote"),
    ("review", "#status+review"),
    ("origin", "#meta+origin"),
    ("note", "#description+note"),
    ("article_title", "#meta+source"),
    ("article_outlet", "#meta+source+outlet"),
    ("article_url", "#meta+url"),
    ("article_published", "#date+reported"),
]
INT_FIELDS = ("value", "low", "high")


def flatten(store: Store, fig: dict) -> dict:
    """A figure as one flat row of COLUMNS (the place's governorate and country added)."""
    g = store.gazetteer()
    admin1 = country = None
    place = g.place(fig["location"], fuzzy=False) if fig.get("location") else None
    if place is not None:
        admin1 = next((p.name for p in map(g.place_by_id, [place.id] + g.ancestors(place.id)) if p.kind == "governorate"), None)
        country = getattr(g.country_of(place.id), "name", None)
    art = fig["article"]
    row = {k: fig.get(k) for k, _ in COLUMNS}
    row.update(
        admin1=admin1,
        country=country,
        article_title=art.get("title"),
        article_outlet=art.get("outlet"),
        article_url=art.get("url"),
        article_published=art.get("published"),
    )
    return row


def export_figures(store: Store, fmt: str, out: IO[str], *, include_retracted: bool = True) -> int:
    """Write every figure to out in fmt; returns how many."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; one of: {', '.join(FORMATS)}")
    n = 0
    figures = store.iter_figures(include_retracted=include_retracted)
    if fmt == "jsonl":
        for fig in figures:
            out.write(json.dumps(fig, ensure_ascii=False) + "\n")
            n += 1
        return n
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in COLUMNS])
    if fmt == "hxl":
        writer.writerow([tag for _, tag in COLUMNS])
    for fig in figures:
        row = flatten(store, fig)
        writer.writerow(["" if row[k] is None else row[k] for k, _ in COLUMNS])
        n += 1
    return n


def read_figures(fmt: str, data: str) -> Iterator[tuple[int, dict]]:
    """(line number, figure dict with an `article` citation) for each record of an export file."""
    if fmt == "jsonl":
        for i, line in enumerate(data.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise StoreError(f"line {i}: not valid JSON ({e.msg})") from None
            if not isinstance(obj, dict):
                raise StoreError(f"line {i}: expected a JSON object")
            yield i, obj
        return
    if fmt == "hxl":
        yield from _read_hxl(data)
        return
    reader = csv.DictReader(io.StringIO(data))
    if not reader.fieldnames or "subject" not in reader.fieldnames:
        raise StoreError("line 1: not a figures CSV (no subject column)")
    for i, row in enumerate(reader, start=2):
        if row.get("id", "").startswith("#"):
            continue  # an HXL hashtag row read as CSV
        yield i, _unflatten(row)


def _read_hxl(data: str) -> Iterator[tuple[int, dict]]:
    import hxl  # slow to import (~150 ms): only when an HXL file is imported

    try:
        source = hxl.data(io.BytesIO(data.encode("utf-8")))
        columns = source.columns
    except Exception as e:  # libhxl raises several types for a file with no hashtag row
        raise StoreError(f"not an HXL file: {e}") from None
    by_tag = {c.display_tag: i for i, c in enumerate(columns)}
    missing = [tag for name, tag in COLUMNS if name in ("subject", "status") and tag not in by_tag]
    if missing:
        raise StoreError(f"not a figures HXL file: no {', '.join(missing)} column")
    for i, row in enumerate(source, start=3):
        flat = {name: (row.values[by_tag[tag]] if tag in by_tag and by_tag[tag] < len(row.values) else None) for name, tag in COLUMNS}
        yield i, _unflatten(flat)


def _unflatten(row: dict[str, Any]) -> dict:
    fig = {k: (v if v not in ("", None) else None) for k, v in row.items() if k in {name for name, _ in COLUMNS}}
    fig["article"] = {
        "title": fig.pop("article_title", None),
        "outlet": fig.pop("article_outlet", None),
        "url": fig.pop("article_url", None),
        "published": fig.pop("article_published", None),
    }
    fig.pop("admin1", None)
    fig.pop("country", None)
    return fig


def detect_format(name: str, data: str) -> str:
    """jsonl, csv or hxl from the file name and its first lines."""
    lower = name.lower()
    if lower.endswith((".jsonl", ".json", ".ndjson")) or data.lstrip().startswith("{"):
        return "jsonl"
    lines = data.splitlines()
    if len(lines) > 1 and lines[1].lstrip().startswith("#"):
        return "hxl"
    return "csv"


def _same_figure_exists(store: Store, fig: dict, article_id: int) -> bool:
    g = store.gazetteer()
    place = g.place(fig["location"], fuzzy=False) if fig.get("location") else None
    agency = g.agency(fig["agency"], fuzzy=False) if fig.get("agency") else None
    if (fig.get("location") and place is None) or (fig.get("agency") and agency is None):
        return False
    row = store.conn.execute(
        "select 1 from figures where article_id = ? and subject = ? and status = ? and place_id is ? and agency_id is ? "
        "and value is ? and low is ? and high is ? and quote is ? limit 1",
        (
            article_id,
            fig.get("subject"),
            fig.get("status"),
            place.id if place else None,
            agency.id if agency else None,
            *(None if fig.get(k) in (None, "") else int(str(fig[k]).replace(",", "")) for k in INT_FIELDS),
            fig.get("quote"),
        ),
    ).fetchone()
    return row is not None


def _citation_key(citation: dict) -> tuple:
    return tuple(str(citation.get(k) or "") for k in ("title", "outlet", "url", "published"))


def _article_countries(store: Store, records: list[tuple[int, dict]]) -> dict[tuple, str]:
    """For each article of an import, the country most of its known places lie in ("Kabylie" in a story
    whose other figures are in Algeria is learned inside Algeria, so that questions about Algeria find it)."""
    g = store.gazetteer()
    seen: dict[tuple, Counter] = {}
    for _, fig in records:
        citation = fig.get("article") if isinstance(fig.get("article"), dict) else {}
        place = g.place(str(fig.get("location") or ""), fuzzy=False) if fig.get("location") else None
        country = g.country_of(place.id) if place is not None else None
        if country is not None:
            seen.setdefault(_citation_key(citation), Counter())[country.name] += 1
    homes = {key: counts.most_common(1)[0][0] for key, counts in seen.items()}
    titles = {key: str(c["title"]) for _, fig in records if isinstance(c := fig.get("article"), dict) and c.get("title")
              and (key := _citation_key(c)) not in homes}
    for key, title in titles.items():
        # none of its figures is in a known place ("Fogo Island", "Chã das Caldeiras"): the country its title
        # names ("Cabo Verde: Fogo Volcano - Nov 2014"), read once per article
        country = next((c for m in g.scan_places(title) if (c := g.country_of(m.entity.id)) is not None), None)
        if country is not None:
            homes[key] = country.name
    return homes


def import_figures(store: Store, records: Iterable[tuple[int, dict]], *, actor: str) -> dict:
    """Add the figures not yet in the store, all in one transaction; returns counts."""
    store._writable()
    added = skipped = 0
    records = list(records)
    homes = _article_countries(store, records)
    with store._transaction():  # one transaction for the whole file
        for line, fig in records:
            try:
                citation = fig.get("article") or {}
                if not isinstance(citation, dict):
                    raise StoreError("article must be an object with title, outlet, url, published")
                clean = store.validate(fig)  # first: the duplicate check below reads the values as numbers
                if fig.get("value") in (None, "") and clean["value"] is not None:
                    fig = {**fig, "value": clean["value"]}  # a range written with a null value
                article_id = store.find_or_add_citation(citation, actor=actor)
                if _same_figure_exists(store, fig, article_id):
                    skipped += 1
                    continue
                review = fig.get("review") or "auto"
                fields = {k: fig.get(k) for k in ("value", "low", "high", "qualifier", "subject", "status", "kind", "location", "agency", "agency_named", "person", "refers_to", "quote", "note")}
                # a place no table knows is learned inside the country the article's other figures are in
                fields["location_in"] = fig.get("location_in") or homes.get(_citation_key(citation))
                store._insert_figure(
                    fields,
                    article_id,
                    text=None,
                    origin="import",
                    review=review if review in ("auto", "verified", "retracted") else "auto",
                    actor=actor,
                    create_names=True,
                )
                added += 1
            except StoreError as e:
                raise StoreError(f"line {line}: {e}") from None
    return {"added": added, "skipped": skipped}
