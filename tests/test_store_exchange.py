"""Export in JSONL, CSV and HXL; importing an export gives the same figures, once."""

import io
import json

import hxl
import pytest

from conftest import add, jsonl
from store import Store, StoreError
from store.exchange import export_figures, import_figures, read_figures

COMPARED = ("value", "low", "high", "qualifier", "subject", "status", "kind", "location", "agency", "person", "refers_to", "quote", "review", "note")


def _fill(store):
    add(store, 40000, qualifier="about", agency=None, person="A. Spokesperson", refers_to="2024-01-01")
    add(store, None, qualifier="vague", low=200, high=999, subject="personnel", status="deployed", title="Second, with a comma", outlet="Other Wire")
    fig = add(store, 15, subject="civilians", status="killed", title="Third \"quoted\" title")
    store.retract(fig["id"], actor="test", reason="withdrawn")


def _export(store, fmt):
    out = io.StringIO()
    export_figures(store, fmt, out)
    return out.getvalue()


def _key(fig):
    art = fig["article"]
    return tuple(fig.get(k) for k in COMPARED) + (art["title"], art["outlet"], art["published"])


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "hxl"])
def test_import_of_an_export_gives_the_same_figures(tmp_path, store, fmt):
    _fill(store)
    data = _export(store, fmt)
    other = Store.open(tmp_path / f"other-{fmt}.db")
    result = import_figures(other, read_figures(fmt, data), actor="test")
    assert result == {"added": 3, "skipped": 0}
    mine = sorted((_key(f) for f in store.iter_figures()), key=repr)
    theirs = sorted((_key(f) for f in other.iter_figures()), key=repr)
    assert mine == theirs
    assert all(f["origin"] == "import" for f in other.iter_figures())
    # Idempotent: a second import adds nothing.
    assert import_figures(other, read_figures(fmt, data), actor="test") == {"added": 0, "skipped": 3}
    assert other.count() == 3


def test_hxl_export_has_a_hashtag_row_libhxl_reads(store):
    _fill(store)
    source = hxl.data(io.BytesIO(_export(store, "hxl").encode()))
    tags = [c.display_tag for c in source.columns]
    assert {"#affected+num", "#adm1+name", "#org", "#date+reported", "#meta+source", "#meta+url"} <= set(tags)
    # libhxl's row.get matches tag patterns (+num also matches +num+min), so go by exact column.
    col = tags.index("#affected+num")
    values = sorted(row.values[col] or "" for row in source)
    assert values == ["", "15", "40000"]


def test_jsonl_export_carries_the_citation(store):
    _fill(store)
    rows = jsonl(_export(store, "jsonl"))
    assert rows[0]["article"]["title"] == "Test report" and rows[0]["article"]["outlet"] == "Test Wire"
    assert rows[0]["location"] == "Syria" and rows[0]["agency"] is None


@pytest.mark.parametrize(
    "fmt,data,message",
    [
        ("jsonl", '{"value": 1, "subject": "people", "status": "killed", "location": "Syria", "article": {"title": "t"}}\nnot json\n', "line 2"),
        ("jsonl", '{"value": 1, "subject": "aliens", "status": "killed", "location": "Syria", "article": {"title": "t"}}\n', "unknown subject"),
        ("jsonl", '{"value": 1, "subject": "people", "status": "killed", "location": "Syria"}\n', "needs its article"),
        ("jsonl", '[1, 2]\n', "expected a JSON object"),
        ("jsonl", '{"value": "lots", "subject": "people", "status": "killed", "location": "Syria", "article": {"title": "t"}}\n', "whole number"),
        ("csv", "a,b\n1,2\n", "not a figures CSV"),
        ("hxl", "a,b\n#x,#y\n1,2\n", "not a figures HXL file"),
    ],
)
def test_a_malformed_import_changes_nothing(store, fmt, data, message):
    add(store, 5)
    before = (store.stats(), len(store.audit(limit=1000)))
    with pytest.raises(StoreError, match=message):
        import_figures(store, read_figures(fmt, data), actor="test")
    assert (store.stats(), len(store.audit(limit=1000))) == before


def test_cli_export_and_import_round_trip(tmp_path, run_cli, store):
    _fill(store)
    out = tmp_path / "figures.csv"
    result = run_cli("export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0 and out.read_text().startswith("id,fact_id,value")
    from click.testing import CliRunner
    from bot.cli import cli

    other = tmp_path / "other.db"
    first = CliRunner().invoke(cli, ["--db", str(other), "import", str(out)])
    again = CliRunner().invoke(cli, ["--db", str(other), "import", str(out)])
    assert first.exit_code == 0 and "3 figures added" in first.output
    assert again.exit_code == 0 and "0 figures added, 3 already in the store" in again.output


def test_a_range_written_with_a_null_value_imports_once(run_cli, tmp_path):
    """FORMAT.md writes a range with value null and low/high set: it imports (value = low), and again is skipped."""
    row = {"value": None, "low": 10, "high": 20, "qualifier": "range", "subject": "people", "status": "displaced",
           "location": "Raqqa", "agency": "OCHA", "article": {"title": "Range report", "outlet": "Wire", "published": "2017-06-01"}}
    path = tmp_path / "range.jsonl"
    path.write_text(json.dumps(row) + "\n")
    first = run_cli("import", str(path))
    assert first.exit_code == 0 and "1" in first.output
    again = run_cli("import", str(path))
    assert again.exit_code == 0
    out = jsonl(run_cli("export", "--format", "jsonl").output)
    assert [(f["value"], f["low"], f["high"], f["qualifier"]) for f in out] == [(10, 10, 20, "range")]


def test_an_imported_place_no_table_knows_is_learned_in_its_articles_country(store):
    """A place the tables lack is learned inside the country of its article's other figures, so that a
    question about that country finds it."""
    from answer import ask

    article = {"title": "Algeria wildfire death toll rises", "outlet": "Wire", "published": "2021-08-11"}
    rows = [
        {"value": 65, "qualifier": "exact", "subject": "people", "status": "killed", "location": "Algeria",
         "agency": "Algerian president", "article": article},
        {"value": 25, "qualifier": "exact", "subject": "soldiers", "status": "killed", "location": "Kabylie",
         "agency": "Algerian president", "article": article},
    ]
    import_figures(store, list(enumerate(rows, 1)), actor="test")
    g = store.gazetteer()
    assert g.within(g.place("Kabylie", fuzzy=False).id, g.place("Algeria", fuzzy=False).id)
    a = ask(store, "algeria wildfires how many soldiers died")
    assert not a.none and "25" in a.text and "Kabylie" in a.text


def test_an_imported_article_whose_places_no_table_knows_is_placed_in_the_country_of_its_title(store):
    from answer import ask

    article = {"title": "Cabo Verde: Fogo Volcano - Nov 2014", "outlet": "ReliefWeb", "published": None}
    rows = [{"value": 1076, "qualifier": "exact", "subject": "people", "status": "displaced", "location": "Fogo Island",
             "agency": "IFRC", "article": article}]
    import_figures(store, list(enumerate(rows, 1)), actor="test")
    g = store.gazetteer()
    assert g.within(g.place("Fogo Island", fuzzy=False).id, g.place("Cape Verde", fuzzy=False).id)
    a = ask(store, "fogo volcano cabo verde ppl displaced ifrc")
    assert not a.none and "1,076" in a.text and "IFRC" in a.text
