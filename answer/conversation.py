"""One chat's follow-up context: the previous question's parts, kept explicitly."""

from __future__ import annotations

import dataclasses

from store import Store

from .parse import Query
from .reply import Answer
from .trend import ask  # a trend question gets a chart; any other the usual answer

_QUERY_FIELDS = {f.name for f in dataclasses.fields(Query)}


class Conversation:
    """Answers the questions of one chat; "and in Jazra?" reuses the previous question.

    The bot keeps one context per chat and user. The only state is the last Query (a small
    frozen dataclass), so a chat costs a few hundred bytes; `state()` and `from_state()` turn it
    into plain values and back, for a state file that outlives the process.
    """

    def __init__(self, store: Store, context: Query | None = None) -> None:
        self.store = store
        self.context = context

    def ask(self, question: str) -> Answer:
        answer = ask(self.store, question, self.context)
        if answer.context is not None:
            self.context = answer.context
        return answer

    def state(self) -> dict | None:
        """The follow-up context as plain values (strings, tuples, booleans), or None."""
        return dataclasses.asdict(self.context) if self.context is not None else None

    @classmethod
    def from_state(cls, store: Store, state: dict | None) -> "Conversation":
        """A conversation resumed from state(); fields a newer Query lacks are dropped, missing ones take defaults."""
        if not state:
            return cls(store)
        return cls(store, Query(**{k: v for k, v in state.items() if k in _QUERY_FIELDS}))
