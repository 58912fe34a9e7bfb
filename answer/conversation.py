"""One chat's follow-up context: the previous question's parts, kept explicitly."""

from __future__ import annotations

from store import Store

from .parse import Query
from .reply import Answer
from .trend import ask  # a trend question gets a chart; any other the usual answer


class Conversation:
    """Answers the questions of one chat; "and in Jazra?" reuses the previous question.

    The bot keeps one per chat id. The only state is the last Query (a small
    frozen dataclass), so a chat costs a few hundred bytes.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.context: Query | None = None

    def ask(self, question: str) -> Answer:
        answer = ask(self.store, question, self.context)
        if answer.context is not None:
            self.context = answer.context
        return answer
