"""A terminal chat over stdin/stdout, with the same conversation logic as the bot."""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from answer import Conversation
from answer.trend import write_chart
from store import Store

log = logging.getLogger(__name__)

GREETING = 'ImpactBot: ask how many people are killed, displaced, trapped... and where ("how many children are trapped in Raqqa?"). Type "help" for examples, "quit" to leave.'
APOLOGY = "Sorry, something went wrong with that question. Please try again or rephrase it."
QUIT_WORDS = {"quit", "exit", "bye", "/quit", "/exit", "q"}


def run_chat(store: Store, input_stream: TextIO = sys.stdin, output: TextIO = sys.stdout, prompt: bool = True) -> None:
    """Read questions line by line and answer each; "quit", "exit" or end of input ends the chat."""
    conversation = Conversation(store)
    _say(output, GREETING)
    while True:
        if prompt:
            output.write("> ")
            output.flush()
        try:
            line = input_stream.readline()
        except KeyboardInterrupt:
            break
        except UnicodeDecodeError:
            _say(output, "Sorry, I could not read that line (it is not UTF-8 text).")
            continue
        if not line:  # end of input
            break
        question = line.strip()
        if not question:
            continue
        if question.lower() in QUIT_WORDS:
            break
        try:
            answer = conversation.ask(question)
            text = answer.text
            chart = write_chart(answer)  # a trend question: the chart is a PNG file
            if chart:
                text += f"\nChart: {chart}"
        except KeyboardInterrupt:
            break
        except Exception:  # the chat goes on whatever one question does
            # Kept for the log at debug level only: the chat itself never shows a traceback.
            log.debug("answering %r failed", question[:200], exc_info=True)
            text = APOLOGY
        _say(output, text + "\n")  # a blank line between answers keeps them apart on screen
    _say(output, "Goodbye.")


def _say(output: TextIO, text: str) -> None:
    output.write(text + "\n")
    output.flush()
