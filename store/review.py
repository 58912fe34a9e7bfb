"""Review of stored figures: edits (the old values stay in the audit trail) and the review states
verified, auto and retracted (a retraction is a state, never a deletion).

`ReviewMixin` is part of `Store` (store/db.py).
"""

from __future__ import annotations

from . import vocab
from .figures import FIGURE_FIELDS
from .values import StoreError, now

EDITABLE_FIELDS = ("value", "low", "high", "qualifier", "subject", "status", "location", "agency", "person", "refers_to", "note")


class ReviewMixin:
    """Methods of `Store` that change a stored figure; they use its connection, `_transaction` and `_audit`."""

    def edit_figure(self, figure_id: int, changes: dict, *, actor: str, reason: str | None = None) -> dict:
        """Change some fields of a figure; the old values stay in the audit trail."""
        self._writable()
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise StoreError(f"cannot edit {', '.join(sorted(unknown))}; editable: {', '.join(EDITABLE_FIELDS)}")
        if not changes:
            raise StoreError("nothing to change")
        before_row = self._figure_row(figure_id)
        current = self.figure(figure_id)
        merged = {k: current.get(k) for k in FIGURE_FIELDS}
        merged.update(changes)
        if "subject" in changes or "status" in changes:
            merged["kind"] = None  # recomputed from the new subject and status
        clean = self.validate(merged)
        update = {k: clean[k] for k in ("value", "low", "high", "qualifier", "subject", "status", "kind", "person", "refers_to", "note")}
        update["place_id"] = self._place_id(clean["location"], create=False, actor=actor)
        update["agency_id"] = self._agency_id(clean["agency"], create=False, actor=actor)
        if update["agency_id"] != before_row["agency_id"]:
            update["agency_named"] = None  # another source: the article's wording of the old one no longer applies
        update.update(updated_at=now(), updated_by=actor)
        with self._transaction():
            fact = self._fact_for({**before_row, **update}, exclude=figure_id)
            update["fact_id"] = fact or figure_id
            self.db["figures"].update(figure_id, update)
            self._audit(actor, "edit", "figure", figure_id, before=before_row, after=self._figure_row(figure_id), reason=reason)
        return self.figure(figure_id)

    def set_review(self, figure_id: int, review: str, *, actor: str, reason: str | None = None) -> dict:
        """Move a figure to verified, auto or retracted, with the reason in the audit trail."""
        self._writable()
        if review not in vocab.REVIEW_STATES:
            raise StoreError(f"unknown review state {review!r}")
        before = self._figure_row(figure_id)
        update = {"review": review, "updated_at": now(), "updated_by": actor}
        if reason:
            update["note"] = reason
        with self._transaction():
            self.db["figures"].update(figure_id, update)
            action = {"verified": "verify", "retracted": "retract", "auto": "reopen"}[review]
            self._audit(actor, action, "figure", figure_id, before=before, after=self._figure_row(figure_id), reason=reason)
        return self.figure(figure_id)

    def verify(self, figure_id: int, *, actor: str) -> dict:
        return self.set_review(figure_id, "verified", actor=actor)

    def retract(self, figure_id: int, *, actor: str, reason: str) -> dict:
        if not reason or not reason.strip():
            raise StoreError("a retraction needs a reason")
        return self.set_review(figure_id, "retracted", actor=actor, reason=reason.strip())
