"""Question in, Answer out: ask(), about_place(), sources() and the help text."""

from __future__ import annotations

import re
from dataclasses import replace

from store import Store, vocab
from store.gazetteer import JOINT_SPLIT, base_name, many_of, normalize

from . import honesty, match
from .match import Hit
from .parse import Query, parse_question
from .when import counts_back_from
from .reply import (
    Answer,
    Bold,
    Line,
    agency_name,
    build,
    citation,
    counted,
    safe,
    short,
    statement,
    topic,
    what,
)

MAX_OTHERS = 3  # other sources shown under the best figure; the rest are counted
MAX_OTHERS_WHO_SAYS = 8  # "who says what": every source, up to this many
MAX_ALSO_CITED = 2  # other articles named for a corroborated figure
MAX_TOPICS = 15  # lines of /about

EXAMPLES = (
    "how many children are trapped in Raqqa?",
    "death toll in Syria",
    "what does UNICEF say about Raqqa?",
    "and in Jazra? (a follow-up to the previous question)",
)


def ask(store: Store, question: str, context: Query | None = None) -> Answer:
    """Answer one chat question from the store; `context` is the previous answer's `.context`."""
    q = parse_question(question, store.gazetteer(), context)
    if q.kind in ("help", "greeting"):
        return help_answer(store, greeting=q.kind == "greeting", context=context)
    if q.kind == "sources":
        answer = sources(store)
        answer.context = context
        return answer
    if q.other_count and (not q.subjects or vocab.asks_for_cases(q.other_count)):
        return _cases(store, q) or _other_count(store, q)
    if q.unknown_place and not q.place:
        return _unknown_place(store, q)
    if q.kind == "about_place" and q.place:
        answer = about_place(store, q.place)
        answer.context = q
        return answer
    # "ukraine poland border crossings": the question names two places; the figure may be in either.
    asked = [q] + [replace(q, place=other) for other in q.also_places]
    found = [(each, hits) for each in asked if (hits := _told_of(store, q, each, match.find(store, each)))]
    if found and found[0][0] is not q and (by_namesake := _namesake_answer(store, q)) is not None:
        # "blue nile clashes how many ppl fled to sennar": the province the city asked shares its name with,
        # before another place the question names
        return by_namesake
    if found:
        # "kasai crisis how many congolese fled to angola": the place that has the figure asked, before one that
        # has only the closest ("displaced people in Kasai")
        each, hits = next(((e, h) for e, h in found if h[0].status_exact and (not e.subjects or h[0].subject_rank == 0)), found[0])
        lead: list[Line] = []
        where = safe(each.place, "the place you named")
        if q.unknown_place and (elsewhere := _only_elsewhere_in(store, each.place, hits)):
            # "lae morobe flooding how many dead", Lae unknown, the figures only of Kwasong in Morobe: another town's
            # figures answer nothing about Lae (those of Morobe as a whole may, below), so they are named, not shown
            return _unknown_place(store, q, also=[f"For {where} I have {topic(q)} only in {', '.join(elsewhere)}."])
        if q.unknown_place:
            # "cyclone idai manicaland how many missing in rusitu", Rusitu unknown: the known place's figures are only
            # the closest, said to be so
            lead = [[f"I don't know a place called “{safe(q.unknown_place, 'that place')}”; {honesty.CLOSEST} is for {where}:"]]
        elif each is not q and q.place and _contains(store, each.place, q.place):
            # "guangdong rainstorm how many missing in shaoguan", nothing for Shaoguan: the province's figures are only the
            # closest (not "ukraine poland border crossings", two places side by side)
            lead = [[f"Nothing for {topic(q)} in {safe(q.place, 'that place')}; {honesty.CLOSEST} is for {where}:"]]
        return _figures(store, each, hits, lead=lead, tail=_namesake_of_city(store, each, hits))
    for each in asked if counts_back_from(q.time) else ():
        # "last month", "past 24 hours": the store may hold only older figures. They are shown as the
        # closest, under a first line that says none is from that time (staff ask in the present tense
        # about figures reported days or years ago).
        older = match.find(store, replace(each, time=None))
        if older:
            where = f" in {safe(each.place, 'that place')}" if each.place else ""
            lead = [[f"Nothing for {topic(each)}{where} in that time; {honesty.CLOSEST} is older:"]]
            return _figures(store, replace(each, time=None), older, lead=lead, context=each)
    whole = _whole_of(store.gazetteer(), q.place)
    if whole is not None:
        # "east aleppo", "west mosul": a part of a city named by its side; the city's figures, said to be so
        hits = match.find(store, replace(q, place=whole.name))
        if hits:
            lead = [[f"I have no figure for {topic(q)} in {safe(q.place, 'that place')} itself; "
                     f"{honesty.CLOSEST} is for {safe(whole.name, 'the place it is part of')} as a whole:"]]
            return _figures(store, replace(q, place=whole.name), hits, lead=lead, context=q)
    g = store.gazetteer()
    asked_place = g.place(q.place, fuzzy=False) if q.place else None
    by_namesake = _namesake_answer(store, q)
    if by_namesake is not None:
        return by_namesake
    country = g.country_of(asked_place.id) if asked_place is not None and asked_place.kind == "city" else None
    if country is not None:
        # "freetown mudslide how many kids dead": the story's figures were placed in the quarters it names (Regent,
        # Mortema), which the store learned as places of the country, not of the city; those of articles that
        # name the city, in its country, are the closest, said to be so
        # (the country's figures only, whose articles are then read: no search of the whole store; an article that
        # names the city only in passing, "the road linking Kassala with Khartoum", is about another place)
        hits = [h for h in match.find(store, replace(q, place=country.name)) if _learned_in(g, h.place_id, country)]
        said = store.figures_whose_article_says([h.id for h in hits], asked_place.name, as_place=True) if hits else set()
        hits = [h for h in hits if h.id in said]
        if hits:
            lead = [[f"I have no figure placed in {safe(q.place, 'that place')} itself; {honesty.CLOSEST} is from "
                     f"reports that name it, placed elsewhere in {safe(country.name, 'its country')}:"]]
            return _figures(store, replace(q, place=None), hits, lead=lead, context=q)
    if asked_place is not None and asked_place.kind == "country" and q.event_place and not _has_figures_in(store, asked_place.id) and (
        hits := [h for h in match.find(store, replace(q, place=None)) if g.country_of(h.place_id) is None]
    ):
        # "kadovar volcano png how many displaced": nothing is placed in the country (the island's figures were imported
        # with a place no table puts in it); the figures of the reports that name the event, placed in no country, are
        # the closest, said to be so (not another country's: "cyclone freddy mozambique" is not Malawi's toll)
        lead = [[f"I have no figure placed in {safe(q.place, 'that place')}; {honesty.CLOSEST} is from reports that name "
                 f"“{safe(q.event_place, 'the event')}”:"]]
        return _figures(store, replace(q, place=None), hits, lead=lead, context=q)
    reported = _in_reports_on(store, q, q.place) if q.place else None
    if reported is None and q.unknown_place and asked_place is not None and not _has_figures_in(store, asked_place.id):
        # "how many cameroonian refugees in adagom settlement", nothing at all for Cameroon: the place asked is the one
        # the store does not know, not the country the people are from (a known place with figures of its own is
        # still said to have them: "how many injured in chimanimani, manicaland")
        return _unknown_place(store, q)
    return reported or _no_figure(store, q)


def _has_figures_in(store: Store, place_id: int) -> bool:
    """Has the place, or a place inside it, a figure the store has not retracted?"""
    return match.has_figures(store, [place_id, *store.gazetteer().descendants(place_id)])


# The names of a place read for a report that names it (a place has a handful; a few in the tables have dozens)
MAX_NAMES_READ = 8


def _told_of(store: Store, q: Query, each: Query, hits: list[Hit]) -> list[Hit]:
    """The hits for a place holding the one asked ("tempi train crash greece": Greece holds Tempi) are only those of reports
    that name the asked place: a shipwreck off Pylos counts Greece's missing, not the Tempi crash's (a figure of the
    place asked itself, or of a place beside it, is kept)."""
    if each is q or not q.place or not hits or not _contains(store, each.place, q.place):
        return hits
    g = store.gazetteer()
    asked = g.place(q.place, fuzzy=False)
    # (by any of its names: "Kiev" for Kyiv)
    names = _unique([q.place] + (g.names_of_place(asked.id) if asked is not None else []))
    ids = [h.id for h in hits]
    said = set().union(*(store.figures_whose_article_says(ids, name) for name in names[:MAX_NAMES_READ]))
    return [h for h in hits if h.id in said]


def _namesake_answer(store: Store, q: Query) -> Answer | None:
    """"herat earthquake death toll": the city of Herat has no figure, its province Herat has; say which
    (only the namesake's own figures: one for a town inside the province is not the city's either)."""
    g = store.gazetteer()
    asked_place = g.place(q.place, fuzzy=False) if q.place else None
    namesake = _namesake_of(g, asked_place)
    if namesake is None:
        return None
    hits = [h for h in match.find(store, replace(q, place=namesake.name)) if h.place_id == namesake.id]
    if not hits:
        return None
    kind = asked_place.kind if asked_place.kind != "area" else "place"
    lead = [[f"I have no figure for {topic(q)} in the {kind} of {safe(q.place, 'that place')}; "
             f"{honesty.CLOSEST} is for {safe(namesake.name, 'the place of the same name')} ({namesake.kind}):"]]
    return _figures(store, replace(q, place=namesake.name), hits, lead=lead, context=q)


def _learned_in(g, place_id: int | None, country) -> bool:
    """A place an article taught the store right under the country (a town's quarter: "Mortema"), not the
    country itself nor a province or city of the reference tables, which would answer for themselves."""
    e = g.place_by_id(place_id) if place_id is not None else None
    return e is not None and e.parent_id == country.id and e.kind not in ("country", "region", "governorate", "city")


def _namesake_of(g, e):
    """The province a city shares its name with (Herat, Saada, Idlib): asked for the city, a figure for
    the province is the closest, said to be so."""
    if e is None:
        return None
    base = base_name(e.name)
    for other_id in g.ancestors(e.id)[:2]:
        other = g.place_by_id(other_id)
        if other is not None and other.kind != "country" and base_name(other.name) == base:
            return other
    return None  # (asked for the province, a figure for its city is found inside it already)


_SIDE = re.compile(r"(?:east|west|north|south|eastern|western|northern|southern|central)\s+(?P<rest>.+)$", re.I)


def _whole_of(g, place: str | None):
    """The place a side of it is named after: "East Aleppo" -> Aleppo, "West Mosul" -> Mosul (not a
    region's own name: "Eastern Ghouta" is no side of a place called Ghouta that has figures of its own)."""
    side = _SIDE.match(place or "")
    part = g.place(place, fuzzy=False) if side else None
    whole = g.place(side.group("rest"), fuzzy=False) if side else None
    if part is None or whole is None or whole.id == part.id or whole.kind == "country":
        return None
    return whole


# -- a figure and the other sources ------------------------------------------------------


def _metric(subject: str, status: str) -> tuple[str, str]:
    """What a figure measures: "displaced people" displaced are people displaced (an IDP count worded
    either way is another source for the same number)."""
    return ("people", status) if (subject, status) == ("displaced", "displaced") else (subject, status)


def _namesake_of_city(store: Store, q: Query, hits: list[Hit]) -> list[dict]:
    """"kermanshah earthquake death toll": the city of Kermanshah has a figure, and so has the province of the
    same name that holds it; the province's own figure for the same thing (as a list of one), to show after
    the city's, said to be the province's (staff who type the name may mean either)."""
    g = store.gazetteer()
    asked = g.place(q.place, fuzzy=False) if q.place else None
    namesake = _namesake_of(g, asked) if asked is not None and asked.kind == "city" else None
    if namesake is None:
        return []
    top = hits[0]
    theirs = [h for h in match.find(store, replace(q, place=namesake.name))
              if h.place_id == namesake.id and _metric(h.subject, h.status) == _metric(top.subject, top.status)]
    return store.figures_by_ids([theirs[0].id]) if theirs else []


def _contains(store: Store, outer: str | None, inner: str | None) -> bool:
    """May the place `outer` hold `inner`: by the tables, or as a province or country may hold a town of the same
    country whose province the tables do not record (Shaoguan, a city of China, and Guangdong; or Wuhan, which is
    Hubei's: the reply then only says the province's figures are the closest, never that the town lies in it)."""
    g = store.gazetteer()
    a, b = (g.place(outer, fuzzy=False) if outer else None), (g.place(inner, fuzzy=False) if inner else None)
    if a is None or b is None or a.id == b.id:
        return False
    if g.within(b.id, a.id):
        return True
    country = g.country_of(a.id)
    return a.kind in ("governorate", "country") and b.kind not in ("governorate", "country") and country is not None and (
        g.country_of(b.id) == country and g.province_of(b.id) is None)


def _figures(store: Store, q: Query, hits: list[Hit], lead: list[Line] = (), context: Query | None = None,
             tail: list[dict] = ()) -> Answer:
    """The reply for these hits, best first; `tail`: a namesake province's own figure, shown after (see
    _namesake_of_city)."""
    top = hits[0]
    # Other sources for the same thing (subject and status); what else matched is only named.
    broad = q.kind in ("who_says", "latest") and not (q.subjects or q.statuses)
    # With no subject asked ("death toll in Raqqa"), every people-count of the asked status is another
    # source's answer (each worded with its own subject), not only the top figure's subject.
    any_people = not q.subjects and top.subject not in vocab.CONFLICT_SUBJECTS
    same = [
        h for h in hits[1:]
        if broad or _metric(h.subject, h.status) == _metric(top.subject, top.status)
        or (any_people and h.status == top.status and h.subject not in vocab.CONFLICT_SUBJECTS)
    ]
    limit = MAX_OTHERS_WHO_SAYS if q.kind == "who_says" else MAX_OTHERS
    # The lowest and the highest count of the same thing in the same place are always among those shown
    # (the rest in rank order), so that the spread on the first line is over every source, each end cited.
    alike = [h for h in same if h.value is not None and _metric(h.subject, h.status) == _metric(top.subject, top.status)
             and h.place_id == top.place_id]
    ends = [min(alike, key=lambda h: h.value), max(alike, key=lambda h: h.value)] if alike and limit >= 2 else []
    if len(ends) == 2 and ends[0] is ends[1]:
        ends = ends[:1]
    others = [h for h in same if h not in ends][: limit - len(ends)]
    shown = [h for h in same if h in ends or h in others]  # (in rank order)
    rest = len(same) - len(shown)
    figs = store.figures_by_ids([top.id] + [h.id for h in shown])
    by_id = {f["id"]: f for f in figs}
    best = by_id[top.id]
    others = [by_id[h.id] for h in shown if h.id in by_id]

    lines: list[Line] = [
        *lead, *_caveat(q, top), *_spread_line(best, others, rest), *_members_line(q, [best, *others], store),
        _best_line(best, q.place), _source_line(best),
    ]
    if others:
        lines.append(["Other figures:" if broad else "Other sources:"])
        # Newest first, as the reader compares them; undated ones last.
        for fig in sorted(others, key=lambda f: f["article"].get("published") or "", reverse=True):
            lines.append(_other_line(fig, q.place))
        if rest > 0:
            lines.append([f"… and {counted(rest, 'more source')}."])
    # "casualties", "dead or hurt": the killed and the injured each get their own best figure.
    parts = [st for st in vocab.COMBINED_STATUSES.get("casualties", ()) if "casualties" in q.statuses and st != top.status]
    for st in parts:
        part = next((h for h in hits if h.status == st and h.subject == top.subject), None) or next(
            (h for h in hits if h.status == st), None)
        if part is not None:
            (fig,) = store.figures_by_ids([part.id])
            figs.append(fig)
            lines += [_best_line(fig, q.place), _source_line(fig)]
            same = same + [part]
    for fig in tail:
        lines += [[f"For {safe(fig['location'], 'the province of the same name')}, which holds the city:"],
                  _best_line(fig, fig["location"]), _source_line(fig)]
        figs.append(fig)
    related = _related(hits, top, same)
    if related:
        lines.append([f"I also have figures on: {', '.join(related)}."])
    lines += _not_the_hinted_source(store, q, figs)

    groups = [{"label": what(top.subject, top.status), "subject": top.subject, "status": top.status, "figure_ids": [top.id] + [h.id for h in same]}]
    for h in hits:
        if (h.subject, h.status) != (top.subject, top.status) and not any(g["subject"] == h.subject and g["status"] == h.status for g in groups):
            groups.append({"label": what(h.subject, h.status), "subject": h.subject, "status": h.status, "figure_ids": [x.id for x in hits if (x.subject, x.status) == (h.subject, h.status)]})
    return build(lines, figures=figs, none=False, context=context or q, groups=groups, kind="figures")




def _not_the_hinted_source(store: Store, q: Query, shown: list[dict]) -> list[Line]:
    """"assam floods death toll asdma": a source named in passing ranks its figures first; where it has none among those
    shown (every figure of the reply), say so, so that no figure reads as that source's."""
    g = store.gazetteer()
    hint = g.agency(q.agency_hint, fuzzy=False) if q.agency_hint and not q.agency else None
    members = set(g.agency_members(hint.id)) if hint is not None else set()
    if hint is None or any((a := g.agency(f["agency"], fuzzy=False) if f.get("agency") else None) is not None and a.id in members
                           for f in shown):
        return []
    return [[f"None of these is attributed to {safe(hint.name, 'the source you named')}."]]


def _spread_line(best: dict, others: list[dict], rest: int) -> list[Line]:
    """When sources give different numbers for one thing in one place, the range first, so that no
    one figure reads as the answer."""
    same = [
        f for f in others
        if (*_metric(f["subject"], f["status"]), f.get("location")) == (*_metric(best["subject"], best["status"]), best.get("location"))
    ]
    values = sorted({f["value"] for f in [best, *same] if f.get("value") is not None})
    if len(values) < 2:
        return []
    where = f" in {safe(best['location'], 'that place')}" if best.get("location") else ""
    return [[f"Sources differ: from {values[0]:,} to {values[-1]:,} {what(best['subject'], best['status'])}{where}, each cited below."]]


def _members_line(q: Query, figs: list[dict], store: Store) -> list[Line]:
    """When a parent agency was asked ("the UN"), say which of its members the figures come from."""
    # (not one of the many the question named, "official" when "officials" was asked: no member to name)
    asked = normalize(q.agency or "")
    names = _unique(f["agency"] for f in figs if f.get("agency") and f["agency"] != q.agency and many_of(f["agency"]) != asked)
    if not q.agency or not names:
        return []
    # ("BINUH and OHCHR" is no agency under BINUH, nor under the UN: a report made jointly)
    g = store.gazetteer()
    joint = [n for n in names if len(parts := JOINT_SPLIT.split(n)) > 1 and all(g.agency(p, fuzzy=False) is not None for p in parts)]
    lines = [[f"From {safe(q.agency, 'that source')}'s agencies: {', '.join(safe(n, '') for n in names if n not in joint)}."]] if len(joint) < len(names) else []
    if joint:
        lines.append([f"From joint reports: {', '.join(safe(n, '') for n in joint)}."])
    return lines


def _caveat(q: Query, top: Hit) -> list[Line]:
    """Say so when the best figure counts something near what was asked, not it exactly.

    A related status (fled for displaced) or a part of the group (children for
    people) may be the best the store has, but it must not read as the answer.
    """
    if honesty.subject_answers(q, top.subject) and honesty.status_answers(q, top.status):
        return []
    asked = topic(q) + (f" in {safe(q.place, 'that place')}" if q.place else "")
    return [[f"I have no figure for {asked} as such; {honesty.CLOSEST}:"]]


def _best_line(fig: dict, asked_place: str | None) -> Line:
    line: Line = list(statement(fig, asked_place))
    first = line[0]
    if isinstance(first, Bold):
        line[0] = Bold(first.text[:1].upper() + first.text[1:])
    agency = agency_name(fig)
    line.append(f", according to {agency}" if agency else ", unattributed (the article names no source)")
    if fig.get("review") == "auto":
        line.append(" (not yet reviewed)")
    line.append(".")
    return line


def _source_line(fig: dict) -> Line:
    line: Line = ["Source: ", *citation(fig["article"]), "."]
    cites = [c for c in fig.get("citations") or [] if c.get("id") != fig["article"].get("id")]
    if cites:
        line.append(f" Reported by {counted(len(cites) + 1, 'article')}")
        named = [c for c in cites if c.get("title") or c.get("outlet")][:MAX_ALSO_CITED]
        if named:
            line.append(", also in ")
            for i, c in enumerate(named):
                if i:
                    line.append("; ")
                line.extend(citation(c))
        line.append(".")
    return line


def _other_line(fig: dict, asked_place: str | None) -> Line:
    agency = agency_name(fig)
    line: Line = [f"• {agency} says " if agency else "• Unattributed: ", *statement(fig, asked_place), " ("]
    line.extend(citation(fig["article"]))
    line.append(")")
    if fig.get("review") == "auto":
        line.append(" (not yet reviewed)")
    line.append(".")
    return line


def _related(hits: list[Hit], top: Hit, same: list[Hit]) -> list[str]:
    seen = {_metric(top.subject, top.status)}
    out = []
    for h in hits:
        key = _metric(h.subject, h.status)
        if key not in seen:
            seen.add(key)
            out.append(what(h.subject, h.status))
    return out[:5]


# -- honest no-answers ----------------------------------------------------------------


def _unattributed_in_reports_citing(store: Store, q: Query, others: list[Hit]) -> Answer | None:
    """"assam floods death toll asdma": no figure is attributed to ASDMA, but a report that cites ASDMA gives the toll
    without saying whose it is; that unattributed figure is the closest, said to be so (the status, subject and place
    asked; not another source's figure). `others`: the figures for q from any source."""
    unattributed = [h for h in others if h.agency_id is None and h.status_exact
                    and (not q.subjects or h.subject_rank == 0) and h.place_exact]
    cited = store.figures_whose_article_cites([h.id for h in unattributed], q.agency) if unattributed else set()
    hits = [h for h in unattributed if h.id in cited]
    if not hits:
        return None
    where = f" in {safe(q.place, 'that place')}" if q.place else ""
    lead = [[f"No figure for {topic(q)}{where} is attributed to {safe(q.agency, 'that source')}; {honesty.CLOSEST} is from "
             "reports that cite it, where the count itself is unattributed:"]]
    return _figures(store, replace(q, agency=None), hits, lead=lead, context=q)


def _no_figure(store: Store, q: Query) -> Answer:
    """Say what is missing and what is known nearby, with no number in it."""
    # (the figures for q from any source, read once: the closest by a report citing the source asked, or only named)
    others = match.find(store, q, agency_id=None) if q.agency else []
    if q.agency and (cited := _unattributed_in_reports_citing(store, q, others)) is not None:
        return cited
    g = store.gazetteer()
    place = g.place(q.place, fuzzy=False) if q.place else None
    place_name = safe(q.place, "that place")
    asked = topic(q)
    where = f" in {place_name}" if place else ""
    when = " for that time" if q.time else ""
    agency = safe(q.agency, "that source") if q.agency else None
    event = q.event_place or match.written_event_name(store, q.event_name)[0]
    if event and place is not None and store.writes_as_a_name(event, beside=match.said_of(place)):
        # "tempi train crash greece how many still missing": the figures of Greece were read only in the reports that
        # name Tempi, which the first line says (Greece may have missing of another story)
        where += f" in the reports that name “{safe(event, 'that event')}”"
    if agency:
        first = f"{agency} gives no figure for {asked}{where}{when}." if asked != "figures" else f"I have no figures from {agency}{where}{when}."
    elif asked == "figures":
        first = f"I have no figures{where}{when}."
    else:
        first = f"No figure for {asked}{where}{when}."
    lines: list[Line] = [[first]]

    if q.agency:
        names = _unique(safe(h_agency, "") for h_agency in _agency_names(store, others))
        if names:
            lines.append([f"Other sources do: {', '.join(names)}. Ask without naming a source to see them."])
    if place is not None:
        for ancestor_id in g.ancestors(place.id)[:2]:
            ancestor = g.place_by_id(ancestor_id)
            wider = match.find(store, _with_place(q, ancestor.name)) if ancestor else []
            wider = [h for h in wider if h.place_id == ancestor_id]
            if wider:
                lines.append([f"{safe(ancestor.name, 'A wider area')}, which contains {place_name}, has figures on {what(wider[0].subject, wider[0].status)}."])
                break
        known = match.sampled_topics(store, [place.id] + match.places_within(g, place.id))
        if known:
            lines.append([f"I have figures for {place_name} on: {', '.join(_unique(what(s, st) for s, st in known))}."])
        elif asked != "figures" or agency:
            lines.append([f"I have no figures for {place_name}."])
    else:
        names = _place_names(store)
        if names:
            lines.append([f"I have figures for: {', '.join(names)}."])
    return build(lines, figures=[], none=True, context=q, kind="none")


def _cases(store: Store, q: Query) -> Answer | None:
    """"how many cholera cases in yemen": the counts of cases the store keeps (of that disease where one is named), under
    a first line that says they are kept as people affected; None where it keeps none."""
    if not vocab.asks_for_cases(q.other_count):
        return None
    asked = replace(q, statuses=("affected",), other_count=None, cases=True)
    hits = match.find(store, asked)
    if not hits:
        return None
    disease = match.disease_asked(q)
    of = f" of {disease}" if disease else ""
    lead = [[f"Cases{of}, which I keep as people affected:"]]
    if q.statuses:
        # "how many mpox cases among idps": no count of cases keeps who had them, so every case is only the closest
        lead = [[f"I have no count of cases among {topic(q)}; {honesty.CLOSEST} is every case{of}, which I keep as people "
                 "affected:"]]
    return _figures(store, asked, hits, lead=lead)


def _other_count(store: Store, q: Query) -> Answer:
    """'how many schools destroyed', or cases the store has no count of: say so, with no number."""
    where = f" in {safe(q.place, 'that place')}" if q.place else ""
    if vocab.asks_for_cases(q.other_count):
        disease = match.disease_asked(q)
        first = f"I have no count of {f'{disease} ' if disease else ''}cases{where}."
    else:
        first = (f"I have no figures on {safe(q.other_count, 'that')}{where}: the figures I keep count people "
                 "(killed, injured, displaced, in need, cases of a disease...), strikes and damaged homes.")
    lines: list[Line] = [[first]]
    if q.place:
        lines.append([f"Ask “what do you know about {safe(q.place, 'it')}?” to see what I have there."])
    return build(lines, figures=[], none=True, context=q, kind="none")


def _in_reports_on(store: Store, q: Query, place: str) -> Answer | None:
    """"sitakunda depot fire how many firefighters killed": no figure is placed in Sitakunda, but the reports that tell of
    it placed theirs in the district or the country around it; those are the closest, said to be so (the status and
    subject asked, no other)."""
    g = store.gazetteer()
    asked = g.place(place, fuzzy=False)
    hits = match.find(store, replace(q, place=None, unknown_place=None), reports_on=place)
    hits = [h for h in hits if h.status_exact and (not q.subjects or h.subject_rank == 0) and _around(g, h.place_id, asked)]
    if not hits:
        return None
    first = (f"No figure for {topic(q)} is placed in {safe(place, 'that place')} itself" if asked is not None
             else f"I don't know a place called “{safe(place, 'that place')}”")
    lead = [[f"{first}; {honesty.CLOSEST} is from reports on it, which place their counts elsewhere:"]]
    return _figures(store, replace(q, place=None, unknown_place=None), hits, lead=lead, context=q)


def _around(g, place_id: int | None, asked) -> bool:
    """May a report on the asked place have placed its count here: a place holding it, or a town the store learned right
    under its country, which no table places any closer (a story on Sitakunda placing its dead in Chittagong, one on
    Hiroshima's landslides in Asaminami)? Not a province beside it (a report on the Gansu earthquake counts Qinghai's
    injured), nor a district of a namesake province (Herat's Zinda Jan); anywhere for a place no table knows."""
    if asked is None:
        return True
    if place_id is None:
        return False
    home = g.country_of(asked.id)
    return place_id in g.ancestors(asked.id) or (home is not None and _learned_in(g, place_id, home))


def _unknown_place(store: Store, q: Query, also: list[str] | None = None) -> Answer:
    reported = _in_reports_on(store, q, q.unknown_place) if q.unknown_place else None
    if reported is not None:
        return reported
    name = safe(q.unknown_place, "that place")
    lines: list[Line] = [[f"I don't know a place called “{name}”, so I have no figure for it."]]
    names = _place_names(store)
    if also:
        lines.append(also)
    elif names:
        lines.append([f"I have figures for: {', '.join(names)}."])
    lines.append(["Check the spelling, or ask an admin to add the place or another name for it."])
    return build(lines, figures=[], none=True, context=q, kind="none")


def _only_elsewhere_in(store: Store, place: str | None, hits: list[Hit]) -> list[str]:
    """The other places inside `place` that all the hits lie in, by name; [] when any hit is of `place` itself."""
    g = store.gazetteer()
    whole = g.place(place, fuzzy=False) if place else None
    if whole is None or any(h.place_id == whole.id for h in hits):
        return []
    return _unique(safe(p.name, "") for h in hits if (p := g.place_by_id(h.place_id)) is not None)


def _with_place(q: Query, place: str) -> Query:
    return replace(q, place=place, words=())


def _agency_names(store: Store, hits: list[Hit]) -> list[str]:
    g = store.gazetteer()
    out = []
    for h in hits:
        a = g.agency_by_id(h.agency_id)
        out.append(a.name if a else "unattributed reports")
    return out


def _place_names(store: Store, limit: int = 8) -> list[str]:
    g = store.gazetteer()
    names = []
    for pid in match.places_with_figures(store, limit * 2):
        p = g.place_by_id(pid)
        if p is not None and match.has_figures(store, [pid]):
            names.append(safe(p.name, ""))
    return _unique(names)[:limit]


def _unique(values) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


# -- help, places, sources ----------------------------------------------------------------


def help_answer(store: Store, *, greeting: bool = False, context: Query | None = None) -> Answer:
    lines: list[Line] = []
    if greeting:
        lines.append(["Hello!"])
    lines.append(["I answer questions about humanitarian figures (people killed, displaced, trapped, in need…) from the news reports in my store, and name the agency and the article for every number."])
    lines.append(["Try for example:"])
    lines.extend([f"• {e}"] for e in EXAMPLES)
    names = _place_names(store, limit=6)
    if names:
        lines.append([f"I have figures for: {', '.join(names)}."])
    lines.append(["Send /sources for the agencies and articles I know, /about and a place for what I know about it."])
    return build(lines, figures=[], none=True, context=context, kind="help")


def about_place(store: Store, place_name: str) -> Answer:
    """What the store knows about a place (and the places inside it): topics and how many figures."""
    g = store.gazetteer()
    place = g.place(place_name or "", fuzzy=True) if (place_name or "").strip() else None
    if place is None:
        q = Query(kind="about_place", unknown_place=short(place_name, 60) or "?")
        return _unknown_place(store, q)
    inside = match.places_within(g, place.id)
    # The place itself: every topic with its number of figures, from the index alone.
    top = sorted(match.topic_counts(store, place.id).items(), key=lambda kv: -kv[1])[:MAX_TOPICS]
    counts = {k: n for k, n in top if match.has_topic(store, *k, [place.id])}
    # Places inside it: what they have figures on, from a sample (a country holds many).
    inner = [k for k in match.sampled_topics(store, inside, limit=12) if k not in counts] if inside else []
    parent = g.place_by_id(place.parent_id) if place.parent_id else None
    name = short(place.name, 80)
    if not counts and not inner:
        lines: list[Line] = [[f"I have no figures for {safe(place.name, 'that place')}."]]
        names = _place_names(store)
        if names:
            lines.append([f"I have figures for: {', '.join(names)}."])
        return build(lines, figures=[], none=True, kind="none", context=Query(kind="about_place", place=place.name))
    lines = [[f"What I know about {name}" + (f" (in {short(parent.name, 80)})" if parent else "") + ":"]]
    groups = []
    for (subject, status), n in sorted(counts.items(), key=lambda kv: -kv[1]):
        label = what(subject, status)
        lines.append([f"• {label}: {counted(n, 'figure')}"])
        groups.append({"subject": subject, "status": status, "label": label, "count": n, "question": _question(subject, status, place.name)})
    if inner:
        labels = [what(subject, status) for subject, status in inner]
        lines.append([f"In places inside {name}, also: {', '.join(labels)}."])
        for (subject, status), label in zip(inner, labels):
            groups.append({"subject": subject, "status": status, "label": label, "count": None, "question": _question(subject, status, place.name)})
    lines.append([f"Ask for example “{groups[0]['question']}” for the numbers and their sources."])
    return build(lines, figures=[], none=False, kind="about", groups=groups, context=Query(kind="about_place", place=place.name))


def _question(subject: str, status: str, place: str) -> str:
    """A question the parser reads back to this topic (for buttons and examples)."""
    if status in ("fled", "returned"):
        return f"how many {what(subject, None)} {status} {place}?"
    return f"how many {what(subject, status)} in {place}?"


def sources(store: Store) -> Answer:
    """The agencies quoted and the newest articles in the store."""
    g = store.gazetteer()
    agency_ids: list[int] = []
    last = -1
    while len(agency_ids) < 40:
        row = store.conn.execute("select min(agency_id) from figures where agency_id > ?", (last,)).fetchone()
        if row is None or row[0] is None:
            break
        last = row[0]
        agency_ids.append(last)
    names = sorted({short(a.name, 60) for a in (g.agency_by_id(i) for i in agency_ids) if a})
    articles = store.conn.execute(
        "select id, title, outlet, url, published from articles where duplicate_of is null order by id desc limit 10"
    ).fetchall()
    if not names and not articles:
        return build([["My store has no figures yet: an admin can add articles."]], none=True, kind="sources")
    lines: list[Line] = []
    if names:
        lines.append([f"Agencies quoted: {', '.join(names)}."])
    if articles:
        lines.append(["Latest articles:"])
        for _, title, outlet, url, published in articles:
            lines.append(["• ", *citation({"title": title, "outlet": outlet, "url": url, "published": published})])
    return build(lines, none=False, kind="sources", groups=[{"label": n} for n in names])
