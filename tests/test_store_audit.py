"""Every write records who, when, what, before and after; nothing is deleted."""

from conftest import add


def _rows(store, entity=None, entity_id=None):
    return store.audit(entity=entity, entity_id=entity_id, limit=1000)


def test_adding_a_figure_audits_figure_and_article(store):
    fig = add(store, 40000, qualifier="about", actor="alice")
    rows = _rows(store)
    assert {(r["entity"], r["action"], r["actor"]) for r in rows} == {("figure", "add", "alice"), ("article", "add", "alice")}
    fig_row = next(r for r in rows if r["entity"] == "figure")
    assert fig_row["entity_id"] == fig["id"] and fig_row["after"]["value"] == 40000 and fig_row["before"] is None


def test_edit_keeps_the_old_values(store):
    fig = add(store, 100, actor="alice")
    store.edit_figure(fig["id"], {"value": "120", "status": "killed"}, actor="bob", reason="typo in the wire copy")
    edit = _rows(store, "figure", fig["id"])[0]
    assert edit["action"] == "edit" and edit["actor"] == "bob" and edit["reason"] == "typo in the wire copy"
    assert edit["before"]["value"] == 100 and edit["after"]["value"] == 120
    assert edit["before"]["status"] == "trapped" and edit["after"]["status"] == "killed"
    assert store.figure(fig["id"])["updated_by"] == "bob"


def test_retraction_is_a_state_not_a_deletion(store):
    fig = add(store, 7)
    store.retract(fig["id"], actor="carol", reason="the agency withdrew it")
    assert store.count() == 1
    kept = store.figure(fig["id"])
    assert kept["review"] == "retracted" and kept["note"] == "the agency withdrew it"
    assert store.figures() == []
    assert [f["id"] for f in store.figures(include_retracted=True)] == [fig["id"]]
    last = _rows(store, "figure", fig["id"])[0]
    assert (last["action"], last["before"]["review"], last["after"]["review"]) == ("retract", "verified", "retracted")


def test_verify_alias_place_agency_and_admin_writes_are_audited(store):
    fig = add(store, 3, origin="manual")
    store.set_review(fig["id"], "auto", actor="a")
    store.verify(fig["id"], actor="a")
    pid = store.add_place("Test Hamlet", kind="village", parent="Syria", actor="a")
    store.add_alias("place", "Test Hamlet", "Hamlet of Tests", actor="a")
    aid = store.add_agency("Test Relief", kind="ngo", actor="a")
    store.add_alias("agency", "Test Relief", "the relief group", actor="a")
    store.add_admin(42, actor="a")
    store.remove_admin(42, actor="a")
    actions = [(r["entity"], r["action"]) for r in reversed(_rows(store)) if r["actor"] == "a"]
    assert actions == [
        ("figure", "reopen"),
        ("figure", "verify"),
        ("place", "add"),
        ("place", "alias"),
        ("agency", "add"),
        ("agency", "alias"),
        ("admin", "add"),
        ("admin", "remove"),
    ]
    assert store.gazetteer().place("Hamlet of Tests").id == pid
    assert store.gazetteer().agency("the relief group").id == aid
    assert not store.is_admin(42)


def test_a_refused_write_leaves_no_audit_row(store):
    fig = add(store, 3)
    before = len(_rows(store))
    for bad in ({"value": "-1"}, {"subject": "aliens"}, {"colour": "red"}):
        try:
            store.edit_figure(fig["id"], bad, actor="x")
        except Exception:
            pass
    assert len(_rows(store)) == before
    assert store.figure(fig["id"])["value"] == 3
