"""Questions to cited figures: parse a chat question, match and rank figures, reply in text and HTML.

Free of Telegram: the CLI, the terminal chat and the bot's handlers all call
`ask` (or keep a `Conversation` per chat for follow-ups).
"""

from .conversation import Conversation
from .parse import Query, parse_question
from .reply import Answer
from .respond import about_place, ask, help_answer, sources

__all__ = ["Answer", "Conversation", "Query", "about_place", "ask", "help_answer", "parse_question", "sources"]
