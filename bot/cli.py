"""The `impactbot` command line: the contract other tools drive the product through."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from store import Store, StoreError

DEFAULT_DB = os.path.join("data", "impactbot.db")
ACTOR = "cli"
BAR_FILES = 4  # an ingest of this many files shows a progress bar (on a terminal)
BAR_ROWS = 200  # an import of this many rows does


def _db_path(ctx: click.Context) -> str:
    return ctx.obj["db"]


def open_store(ctx: click.Context) -> Store:
    """The store named by --db (opened once per command)."""
    if "store" not in ctx.obj:
        try:
            ctx.obj["store"] = Store.open(_db_path(ctx))
        except StoreError as e:
            raise click.ClickException(str(e)) from None
    return ctx.obj["store"]


class StoreErrors(click.Group):
    """A group that turns StoreError into a one-line error and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StoreError as e:
            raise click.ClickException(str(e)) from None


@click.group(cls=StoreErrors)
@click.version_option(package_name="impactbot")
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    envvar="IMPACTBOT_DB",
    default=DEFAULT_DB,
    show_default=True,
    help="The store file (or set IMPACTBOT_DB).",
)
@click.pass_context
def cli(ctx: click.Context, db: str) -> None:
    """ImpactBot: sourced humanitarian figures, with the agency and article behind every number."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db


# -- store ----------------------------------------------------------------------


@cli.command()
@click.option("--starter", is_flag=True, help="Load the starter dataset (the seed articles' figures) if not yet loaded.")
@click.option("--quiet", is_flag=True, help="Print nothing when all is well.")
@click.pass_context
def init(ctx: click.Context, starter: bool, quiet: bool) -> None:
    """Create (or upgrade) the store; with --starter, load the starter dataset."""
    from store.starter import load_starter

    store = open_store(ctx)
    added = load_starter(store) if starter else 0
    if not quiet:
        stats = store.stats()
        click.echo(f"{_db_path(ctx)}: {stats['figures']} figures, {stats['places']} places, {stats['agencies']} agencies" + (f" ({added} starter figures added)" if added else ""))


# ignore_unknown_options lets a negative VALUE through to validation instead of reading as an option.
@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("value", required=False)
@click.option("--low", help="Lower bound (at least, more than, range, vague).")
@click.option("--high", help="Upper bound (up to, range, vague).")
@click.option("--qualifier", type=click.Choice(["exact", "about", "up_to", "at_least", "more_than", "range", "vague"]), help="How the number was stated.")
@click.option("--subject", required=True, help="Who or what is counted (children, civilians, people...).")
@click.option("--status", required=True, help="What the figure says about them (killed, trapped, displaced...).")
@click.option("--location", required=True, help="Place the figure is about (a known place or alias).")
@click.option("--agency", help="Agency that gave the figure; omit for unattributed.")
@click.option("--person", help="Person quoted.")
@click.option("--refers-to", "refers_to", help="Date the figure refers to (YYYY-MM-DD).")
@click.option("--note", help="A note on where the figure comes from.")
@click.option("--title", help="Article title.")
@click.option("--outlet", help="Article outlet.")
@click.option("--url", help="Article link.")
@click.option("--published", help="Article date (YYYY-MM-DD).")
@click.option("--article-id", type=int, help="Cite an article already in the store instead.")
@click.option("--json", "as_json", is_flag=True, help="Print the stored figure as JSON.")
@click.pass_context
def add(ctx: click.Context, value: str | None, as_json: bool, article_id: int | None, title, outlet, url, published, **fields: Any) -> None:
    """Add one figure by hand, cited to its article (every field is checked)."""
    store = open_store(ctx)
    fig = {"value": value, **fields}
    citation = {"title": title, "outlet": outlet, "url": url, "published": published}
    stored = store.add_figure(fig, citation=None if article_id else citation, article_id=article_id, actor=ACTOR)
    _print_figures([stored], as_json)


@cli.command()
@click.option("--place", help="Only figures about this place (and places inside it).")
@click.option("--agency", help="Only figures from this agency ('unattributed' for none).")
@click.option("--subject", help="Only this subject.")
@click.option("--status", help="Only this status.")
@click.option("--review", type=click.Choice(["auto", "verified", "retracted"]), help="Only this review state.")
@click.option("--all", "include_retracted", is_flag=True, help="Include retracted figures.")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def figures(ctx: click.Context, place, agency, subject, status, review, include_retracted, limit, as_json) -> None:
    """List figures, filtered by place, agency, subject, status or review state."""
    store = open_store(ctx)
    found = store.figures(place=place, agency=agency, subject=subject, status=status, review=review, include_retracted=include_retracted, limit=limit)
    if not found and not as_json:
        click.echo("No figures match.")
    _print_figures(found, as_json)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "hxl"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-", help="File to write (default: standard output).")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: str) -> None:
    """Every figure with its article's citation, as JSONL, CSV or HXL (CSV with a hashtag row)."""
    from store.exchange import export_figures

    store = open_store(ctx)
    if output == "-":
        export_figures(store, fmt, sys.stdout)
        return
    tmp = output + ".part"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        n = export_figures(store, fmt, fh)
    os.replace(tmp, output)
    click.echo(f"{n} figures written to {output}", err=True)


@cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "hxl"]), help="Default: from the file name and contents.")
@click.pass_context
def import_(ctx: click.Context, file: str, fmt: str | None) -> None:
    """Figures from a file of the export formats (idempotent, all or nothing)."""
    from store.exchange import detect_format, import_figures, read_figures

    store = open_store(ctx)
    data = _read_text(file)
    fmt = fmt or detect_format(file, data)
    records = list(read_figures(fmt, data))  # read whole first: the bar needs the count
    bar = _progress_bar(len(records), "Importing", least=BAR_ROWS)
    try:
        result = import_figures(store, _ticking(records, bar), actor=ACTOR)
    finally:
        if bar is not None:
            bar.render_finish()
    click.echo(f"{result['added']} figures added, {result['skipped']} already in the store")


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.pass_context
def backup(ctx: click.Context, file: str) -> None:
    """Copy the store to FILE with SQLite's online backup."""
    open_store(ctx).backup(file)
    click.echo(f"Backed up to {file}")


@cli.command()
@click.argument("figure_id", type=int, required=False)
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def audit(ctx: click.Context, figure_id: int | None, limit: int, as_json: bool) -> None:
    """The audit trail, newest first (of one figure when FIGURE_ID is given)."""
    store = open_store(ctx)
    rows = store.audit(entity="figure" if figure_id else None, entity_id=figure_id, limit=limit)
    for row in rows:
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            target = f"{row['entity']} #{row['entity_id']}" if row["entity_id"] is not None else row["entity"]
            reason = f" ({row['reason']})" if row["reason"] else ""
            click.echo(f"{row['at']}  {row['actor']:<12} {row['action']:<8} {target}{reason}")


@cli.command()
@click.pass_context
def stats(ctx: click.Context) -> None:
    """Counts of figures by review state, articles, places, agencies and admins."""
    for k, v in open_store(ctx).stats().items():
        click.echo(f"{k:<12} {v:,}")


@cli.command()
@click.argument("figure_id", type=int)
@click.pass_context
def verify(ctx: click.Context, figure_id: int) -> None:
    """Mark a figure as verified by a person."""
    _print_figures([open_store(ctx).verify(figure_id, actor=ACTOR)], False)


@cli.command()
@click.argument("figure_id", type=int)
@click.argument("reason", nargs=-1, required=True)
@click.pass_context
def retract(ctx: click.Context, figure_id: int, reason: tuple[str, ...]) -> None:
    """Retract a figure, giving the reason (it stays in the store and the audit trail)."""
    fig = open_store(ctx).retract(figure_id, actor=ACTOR, reason=" ".join(reason))
    click.echo(f"Figure #{fig['id']} retracted: {fig['note']}")


@cli.command()
@click.argument("figure_id", type=int)
@click.argument("changes", nargs=-1, required=True)
@click.option("--reason", help="Why the figure changes.")
@click.pass_context
def edit(ctx: click.Context, figure_id: int, changes: tuple[str, ...], reason: str | None) -> None:
    """Correct a figure: CHANGES are field=value pairs (the old values stay in the audit trail)."""
    parsed = {}
    for change in changes:
        field, sep, value = change.partition("=")
        if not sep:
            raise click.UsageError(f"expected field=value, got {change!r}")
        parsed[field.strip()] = value.strip() or None
    _print_figures([open_store(ctx).edit_figure(figure_id, parsed, actor=ACTOR, reason=reason)], False)


@cli.command()
@click.argument("family", type=click.Choice(["place", "agency"]))
@click.argument("canonical")
@click.argument("alias")
@click.pass_context
def alias(ctx: click.Context, family: str, canonical: str, alias: str) -> None:
    """Teach the store another name for a place or an agency."""
    result = open_store(ctx).add_alias(family, canonical, alias, actor=ACTOR)
    click.echo(f"{result['alias']} = {result['name']}" + ("" if result["new"] else " (already known)"))


@cli.command()
@click.argument("agency")
@click.argument("parent_agency", metavar="PARENT")
@click.pass_context
def parent(ctx: click.Context, agency: str, parent_agency: str) -> None:
    """Put AGENCY under PARENT ("none" for no parent): questions naming the parent find its members' figures."""
    done = open_store(ctx).set_agency_parent(agency, None if parent_agency.lower() == "none" else parent_agency, actor=ACTOR)
    click.echo(f"{done['agency']} is under {done['parent'] or 'no other agency'}")


@cli.command()
@click.pass_context
def learned(ctx: click.Context) -> None:
    """List the places and agencies learned from articles that await review (merge them with `alias`)."""
    rows = open_store(ctx).learned_names()
    for r in rows:
        click.echo(f"{r['family']:7s} {r['name']}")
    if not rows:
        click.echo("No names learned from articles await review.")


@cli.command()
@click.argument("action", type=click.Choice(["add", "remove", "list"]))
@click.argument("user_id", required=False)
@click.pass_context
def admins(ctx: click.Context, action: str, user_id: str | None) -> None:
    """Add, remove or list the Telegram user ids allowed to use admin commands."""
    store = open_store(ctx)
    if action == "list":
        for row in store.admins():
            click.echo(f"{row['user_id']}  added {row['added_at']} by {row['added_by']}")
        return
    if not user_id:
        raise click.UsageError(f"admins {action} needs a USER_ID")
    if action == "add":
        store.add_admin(user_id, actor=ACTOR)
        click.echo(f"{user_id} is an admin")
    elif store.remove_admin(user_id, actor=ACTOR):
        click.echo(f"{user_id} is no longer an admin")
    else:
        click.echo(f"{user_id} was not an admin")


# -- extraction -------------------------------------------------------------------


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--title", help="Article title (default: its first line when that reads as a headline).")
@click.option("--outlet", help="Who published it.")
@click.option("--url", help="Link to the article.")
@click.option("--published", help="Publication date, YYYY-MM-DD (resolves 'on Tuesday').")
@click.option("--json", "as_json", is_flag=True, help='One {"article": ..., "figures": [...]} object per file.')
@click.pass_context
def ingest(ctx: click.Context, files: tuple[str, ...], title, outlet, url, published, as_json: bool) -> None:
    """Store each article and the figures extracted from it (review state: auto)."""
    from extract.ingest import ingest_many

    store = open_store(ctx)
    failed = 0
    counts = {"articles": 0, "figures": 0, "duplicates": 0}
    datas: list = []
    for file in files:
        try:
            datas.append(sys.stdin.buffer.read() if file == "-" else _read_bytes(file))
        except StoreError as e:
            datas.append(e)
    readable = [d for d in datas if not isinstance(d, StoreError)]
    results = iter(ingest_many(store, readable, title=title, outlet=outlet, url=url, published=published, actor=ACTOR))
    bar = _progress_bar(len(files), "Ingesting", least=BAR_FILES)
    for file, data in zip(files, datas):
        result = data if isinstance(data, StoreError) else next(results)
        if bar is not None:
            bar.update(1)
        if isinstance(result, StoreError):
            failed += 1
            click.echo(f"Error: {file}: {result}; nothing stored", err=True)
            continue
        counts["articles"] += 1
        counts["figures"] += len(result.figures)
        counts["duplicates"] += bool(result.duplicate_of)
        if as_json:
            click.echo(json.dumps({"article": result.article, "figures": result.figures}, ensure_ascii=False))
            continue
        art = result.article
        click.echo(f"{file}: article #{art['id']}" + (f" {art['title']!r}" if art["title"] else ""))
        if result.duplicate_of:
            click.echo(f"  repeats article #{result.duplicate_of}: stored as a duplicate, no new figures")
            continue
        if not result.figures:
            click.echo("  no figures found")
        for fig in result.figures:
            click.echo("  " + _figure_line(fig))
            if fig.get("quote"):
                click.echo(f"      \"{fig['quote']}\"")
    if bar is not None:
        bar.render_finish()
    if len(files) > 1 and not as_json:
        click.echo(
            f"{counts['articles']} articles stored ({counts['duplicates']} duplicates), {counts['figures']} figures,"
            f" {failed} failed", err=True,
        )
    if failed:
        ctx.exit(1)


@cli.command()
@click.argument("articles", type=click.Path(exists=True, file_okay=False))
@click.argument("meta", type=click.Path(exists=True, dir_okay=False))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True)
def evaluate(articles: str, meta: str, gold: str, as_json: bool) -> None:
    """Score extraction against an annotated corpus (FORMAT.md layout: ARTICLES folder, META and GOLD jsonl)."""
    from extract.evaluate import evaluate_corpus, format_report

    report = evaluate_corpus(articles, meta, gold)
    click.echo(json.dumps(report) if as_json else format_report(report))


# -- answers ----------------------------------------------------------------------


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help='Print {"question", "text", "figures", "none"} (and "chart" for a trend).')
@click.option("--chart", "chart_path", type=click.Path(dir_okay=False), help="Where a trend question's chart (PNG) goes (default: a new file in the temp folder).")
@click.pass_context
def ask(ctx: click.Context, question: str, as_json: bool, chart_path: str | None) -> None:
    """Answer a question as the bot would, citing agency and article for every number; a question
    about a figure over time writes a chart and prints its path."""
    from answer.trend import ask as answer_question, write_chart

    result = answer_question(open_store(ctx), question)
    try:
        chart = write_chart(result, chart_path)
    except OSError as e:
        raise click.ClickException(f"cannot write the chart to {chart_path}: {e.strerror}") from None
    if as_json:
        out = {"question": question, "text": result.text, "figures": result.figures, "none": result.none}
        click.echo(json.dumps(out | ({"chart": chart} if chart else {}), ensure_ascii=False))
    else:
        click.echo(result.text)
        if chart:
            click.echo(f"Chart: {chart}")


@cli.command()
@click.argument("figure_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="The figure and its audit rows, oldest first, as one JSON object.")
@click.pass_context
def history(ctx: click.Context, figure_id: int, as_json: bool) -> None:
    """A figure's history: when it was added, verified, edited, retracted, and why."""
    from answer.history import figure_history

    store = open_store(ctx)
    if as_json:
        fig = store.figure(figure_id)  # StoreError "no figure #ID" for an unknown id, as figure_history says it
        rows = list(reversed(store.audit(entity="figure", entity_id=figure_id, limit=1000)))
        click.echo(json.dumps({"figure": fig, "history": rows}, ensure_ascii=False))
    else:
        click.echo(figure_history(store, figure_id).text)


@cli.command()
@click.pass_context
def chat(ctx: click.Context) -> None:
    """A terminal chat with the same conversation logic as the bot (follow-ups included)."""
    from bot.terminal import run_chat

    run_chat(open_store(ctx), prompt=sys.stdin.isatty())


@cli.command()
@click.option("--starter", is_flag=True, help="Load the starter dataset first if the store does not have it yet.")
@click.pass_context
def run(ctx: click.Context, starter: bool) -> None:
    """The Telegram bot when a token is configured, else the terminal chat."""
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as e:
        raise click.ClickException(str(e)) from None
    store = open_store(ctx)
    if starter:
        from store.starter import load_starter

        load_starter(store)
    if not settings.token:
        from bot.terminal import run_chat

        click.echo("No TELEGRAM_BOT_TOKEN configured (see .env.example): starting the terminal chat. Ctrl-D quits.", err=True)
        run_chat(store, prompt=sys.stdin.isatty())
        return
    from bot.app import run_bot

    run_bot(settings, store)


def main() -> None:
    """Console entry point: settings from .env first, so IMPACTBOT_DB there applies to --db."""
    from dotenv import load_dotenv

    load_dotenv(os.environ.get("IMPACTBOT_ENV_FILE", ".env"), override=False)
    cli()


# -- helpers ----------------------------------------------------------------------


def _progress_bar(length: int, label: str, *, least: int):
    """A progress bar on stderr when it is a terminal and there are at least `least` items, else None:
    stdout stays the contract, and a pipe or a log file gets no bar."""
    if length < least or not sys.stderr.isatty():
        return None
    return click.progressbar(length=length, label=label, file=sys.stderr)


def _ticking(items: list, bar) -> Any:
    """The items, moving the bar on by one after each."""
    for item in items:
        yield item
        if bar is not None:
            bar.update(1)


def _read_bytes(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
        from store.db import MAX_ARTICLE_CHARS

        if size > MAX_ARTICLE_CHARS * 4:
            raise StoreError(f"the file is too large ({size:,} bytes)")
        return Path(path).read_bytes()
    except OSError as e:
        raise StoreError(f"cannot read it: {e.strerror}") from None


def _read_text(path: str) -> str:
    data = _read_bytes(path)
    if b"\x00" in data[:4096]:
        raise StoreError(f"{path} is a binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StoreError(f"{path} is not UTF-8 text") from None


def _figure_line(fig: dict) -> str:
    """#12 about 40,000 children trapped in Raqqa (UNICEF; auto): worded as answers word figures."""
    from answer.reply import build, statement

    who = fig["agency"] or "unattributed"
    return f"#{fig['id']} {build([statement(fig, None)]).text} ({who}; {fig['review']})"


def _print_figures(figs: list[dict], as_json: bool) -> None:
    for fig in figs:
        if as_json:
            click.echo(json.dumps(fig, ensure_ascii=False))
        else:
            art = fig["article"]
            cite = ", ".join(x for x in (art.get("title"), art.get("outlet"), art.get("published")) if x)
            click.echo(_figure_line(fig) + (f" - {cite}" if cite else ""))


if __name__ == "__main__":
    main()
