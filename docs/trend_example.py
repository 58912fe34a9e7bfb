"""Draw docs/trend-example.png, the README's example chart, through the same path as the bot.

The starter dataset cannot show a trend (four of its five articles carry no date), so this example
uses invented figures from two placeholder agencies; no real source said these numbers.
Run from the repository root: python docs/trend_example.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from answer.trend import ask, write_chart
from store import Store

FIGURES = [  # (agency, value, date): invented for the example
    ("Example agency A", 40000, "2017-06-09"),
    ("Example agency A", 32000, "2017-07-14"),
    ("Example agency A", 25000, "2017-08-20"),
    ("Example agency B", 30000, "2017-06-20"),
    ("Example agency B", 20000, "2017-08-01"),
    ("Example agency B", 8000, "2017-09-25"),
]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "example.db")
        for name in sorted({a for a, _, _ in FIGURES}):
            store.add_agency(name, actor="example")
        for i, (agency, value, date) in enumerate(FIGURES):
            store.add_figure(
                {"value": value, "subject": "children", "status": "trapped", "location": "Raqqa", "agency": agency},
                citation={"title": f"Example report {i + 1}", "outlet": "Example Wire", "published": date},
                actor="example",
            )
        result = ask(store, "children trapped in Raqqa over time")
        print(result.text)
        print("Chart:", write_chart(result, str(Path(__file__).with_name("trend-example.png"))))
        store.close()


if __name__ == "__main__":
    main()
