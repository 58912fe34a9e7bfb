"""A trend as a PNG: one line (or set of points) per source, by date. matplotlib's object API on the
Agg canvas, so no GUI backend and no pyplot global state (the bot draws in a worker thread)."""

from __future__ import annotations

import datetime as dt
import io

WIDTH, HEIGHT, DPI = 8, 4.5, 100


def render_png(trend) -> bytes:
    """The chart of an answer.trend.Trend as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    fig = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    for agency, points in trend.series.items():
        dates = [dt.date.fromisoformat(p.date) for p in points]
        values = [p.value if p.value is not None else p.low for p in points]
        line = ax.plot(dates, values, marker="o", linestyle="-" if len(points) > 1 else "none", label=agency)[0]
        # A range or a vague amount ("hundreds") is drawn as its span.
        spans = [(d, p.low, p.high) for d, p in zip(dates, points) if p.low is not None and p.high is not None]
        if spans:
            ax.vlines([s[0] for s in spans], [s[1] for s in spans], [s[2] for s in spans], colors=line.get_color(), alpha=0.5)
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.set_ylim(bottom=0)  # counts from zero: a small change must not look like a large one
    ax.set_title(trend.title)
    ax.grid(alpha=0.3)
    ax.legend(title="Source", fontsize="small")
    fig.text(0.01, 0.01, "Each point is one source's figure; the caption cites its agency and article.", fontsize=7, color="0.4")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
