"""The figure vocabulary of corpus/FORMAT.md, shared by extraction, answers and the store."""

QUALIFIERS = ("exact", "about", "up_to", "at_least", "more_than", "range", "vague")

SUBJECTS = (
    "civilians",
    "children",
    "women",
    "people",
    "families",
    "displaced",
    "refugees",
    "fighters",
    "personnel",
    "troops",
    "soldiers",
    "strikes",
    "vehicles",
)

STATUSES = (
    "killed",
    "injured",
    "casualties",
    "missing",
    "detained",
    "trapped",
    "remaining",
    "living_under",
    "displaced",
    "fled",
    "returned",
    "in_need",
    "affected",
    "present",
    "deployed",
    "launched",
)

KINDS = ("impact", "conflict")

# Review states: extraction writes "auto"; an admin moves it on. Nothing is deleted.
REVIEW_STATES = ("auto", "verified", "retracted")

# Where a figure came from.
ORIGINS = ("extracted", "manual", "import")

# Subjects that count people, and the broader subjects each one is part of:
# a question about people is answered by a figure about children, not the reverse.
SUBJECT_PARENTS: dict[str, tuple[str, ...]] = {
    "children": ("civilians", "people"),
    "women": ("civilians", "people"),
    "civilians": ("people",),
    "displaced": ("people",),
    "refugees": ("people",),
    "families": (),
    "people": (),
    "fighters": (),
    "personnel": (),
    "troops": (),
    "soldiers": (),
    "strikes": (),
    "vehicles": (),
}

# Personnel (aid and health workers included) are conflict figures only when
# deployed or present; aid workers killed are an impact figure.
CONFLICT_SUBJECTS = ("fighters", "troops", "soldiers", "strikes", "vehicles")
CONFLICT_STATUSES = ("present", "deployed", "launched")


def narrower_subjects(subject: str) -> set[str]:
    """The subject itself and every subject that is part of it (people -> children, women...)."""
    return {s for s, parents in SUBJECT_PARENTS.items() if s == subject or subject in parents}


def kind_for(subject: str, status: str) -> str:
    """`impact` for what happens to people, `conflict` for fighters, troops, strikes, vehicles."""
    if subject in CONFLICT_SUBJECTS:
        # Fighters or soldiers killed are still conflict figures in the gold.
        return "conflict"
    if subject == "personnel" and status in CONFLICT_STATUSES:
        return "conflict"
    return "impact"


# Bounds recorded for vague amounts ("hundreds": 200-999), as the gold does.
VAGUE_BOUNDS: dict[str, tuple[int, int]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "several hundred": (200, 999),
    "thousands": (2000, 9999),
    "several thousand": (2000, 9999),
    "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999),
    "millions": (2000000, 9999999),
}

# An upper bound on any single figure: more than everyone alive is a typo, not a figure.
MAX_VALUE = 10_000_000_000
