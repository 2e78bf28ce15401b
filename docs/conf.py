"""Sphinx configuration: MyST pages, furo theme, API from docstrings.

The pages under ``generated/`` are written here, at build time, from
:mod:`calcities_domain.catalog`, so the tables of rules and sources cannot drift from
the code.
"""

from __future__ import annotations

from pathlib import Path

import calcities_domain
from calcities_domain import catalog
from calcities_domain.kernel import CALIFORNIA_JUDICIAL, CALIFORNIA_STATE_OFFICES, HolidayCalendar

project = "calcities-domain"
author = "The calcities-domain developers"
copyright = "2026, The calcities-domain developers"
release = calcities_domain.__version__
version = release

extensions = [
    "myst_nb",  # includes the MyST parser: myst_parser must not be loaded as well
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
# myst-nb parses both: a .md page as MyST Markdown (a notebook only with Jupytext front matter),
# an .ipynb file as a notebook. Without myst_parser, no parser is registered for "markdown".
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "jupyter_execute", "**.ipynb_checkpoints"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
# Notebooks are stored without outputs and executed top to bottom, by a real kernel, at every build:
# an error in a cell fails the build, and no stale output can pass.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_execution_timeout = 300
html_theme = "furo"
html_title = f"calcities-domain {release}"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _source_cell(source: object) -> str:
    from calcities_domain.kernel import Source  # noqa: PLC0415

    assert isinstance(source, Source)
    label = _cell(source.title + (f", {source.section}" if source.section else ""))
    return f"[{label}]({source.url})" if source.url else label


def _holiday_table(calendar: HolidayCalendar, key: str) -> list[str]:
    rows = [r for r in catalog.rule_values() if r.rule.startswith(f"kernel.holiday.{key}.")]
    lines = [
        f"## {calendar.name}",
        "",
        f"Defined by: {_source_cell(calendar.source)} ({calendar.source.confidence.value}).",
        "",
        "| Holiday | Date rule | In force | Source | Confidence |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        name = row.description.split(":", 1)[0]
        lines.append(
            f"| {_cell(name)} | {_cell(row.value)} | {row.in_force} | {_source_cell(row.source)} "
            f"| {row.source.confidence.value} |"
        )
    lines.append("")
    return lines


def _write_generated(app: object) -> None:
    out = Path(__file__).parent / "generated"
    out.mkdir(exist_ok=True)
    holidays = [
        "# California holiday calendars",
        "",
        "Generated from `calcities_domain.catalog` when the docs are built.",
        "Business-day rolls ({func}`calcities_domain.kernel.roll_forward`) use the state-office calendar",
        "by default, an assumption every roll's explanation states; pass `calendar=CALIFORNIA_JUDICIAL`",
        "for the judicial holidays that Code Civ. Proc. § 12a skips.",
        "",
        "Both calendars answer for 1992 onwards, the years their sources were checked for. A rule shown",
        "in force from 1992-01-01 was in force before then too. Asking about an earlier day raises",
        "`RuleNotInForce` rather than guessing.",
        "",
        "Not included in either calendar: one-off days appointed by proclamation, the Good Friday afternoon",
        "(not a full day), Admission Day (9 September), Lunar New Year, Genocide Remembrance Day and Diwali",
        "(holidays of Gov. Code § 6700 on which state offices and courts stay open), and the 2009-2010 court",
        "closure days. Add any of them with `HolidayCalendar.with_extra_days()`.",
        "",
    ]
    holidays += _holiday_table(CALIFORNIA_STATE_OFFICES, "state_offices")
    holidays += _holiday_table(CALIFORNIA_JUDICIAL, "judicial")
    (out / "holidays.md").write_text("\n".join(holidays), encoding="utf-8")

    rules = [
        "# Dated rule values",
        "",
        "Every dated rule value outside the holiday calendars (see the holiday calendars page), generated from",
        "`calcities_domain.catalog` when the docs are built, so it cannot drift from the code. MCLE rule-set values",
        "are dated by the **end date** of the compliance period they apply to, as the rules are. A value that is not",
        "*confirmed* is a default you may override: each domain ends with the list of them. The same table, for one",
        "day, is `python -m calcities_domain rules --as-of DATE`.",
        "",
    ]
    domains = sorted({r.domain for r in catalog.rule_values()} - {"kernel"})
    for domain in domains:
        rules += [
            f"## {domain}",
            "",
            "| Rule | In force | Value | Description | Source | Confidence |",
            "|---|---|---|---|---|---|",
        ]
        rules += [
            f"| `{r.rule}` | {r.in_force or 'undated'} | {_cell(r.value)} | {_cell(r.description)} "
            f"| {_source_cell(r.source)} | {r.source.confidence.value} |"
            for r in catalog.rule_values()
            if r.domain == domain
        ]
        assumed = [r for r in catalog.rule_values() if r.domain == domain and not r.source.is_confirmed]
        rules += ["", f"### Assumptions in {domain} a caller may want to override", ""]
        rules += [
            f"- `{r.rule}` = {_cell(r.value)} ({r.source.confidence.value}: {_source_cell(r.source)})"
            + (f": {_cell(r.source.note)}" if r.source.note else "")
            for r in assumed
        ] or ["None: every value of this domain is confirmed by a primary source."]
        rules.append("")
    (out / "rules.md").write_text("\n".join(rules), encoding="utf-8")

    sources = [
        "# Rules and sources",
        "",
        "Every source the library cites, generated from `calcities_domain.catalog` when the docs are built.",
        "",
        "| Source | Section | Confidence | Note |",
        "|---|---|---|---|",
    ]
    for source in catalog.sources():
        title = f"[{_cell(source.title)}]({source.url})" if source.url else _cell(source.title)
        sources.append(
            f"| {title} | {_cell(source.section or '')} | {source.confidence.value} | {_cell(source.note or '')} |"
        )
    sources += ["", "## Assumptions a caller may want to override", ""]
    sources += [
        f"- **{_cell(s.title)}**, {_cell(s.section or '')}: {_cell(s.note or '')}" for s in catalog.assumptions()
    ]
    (out / "sources.md").write_text("\n".join(sources) + "\n", encoding="utf-8")


def _qualify_strategy_types() -> None:
    """Give each Hypothesis strategy its return type as a class, not a bare name.

    ``@composite`` leaves a strategy's return type as ``SearchStrategy[ForwardRef('Name')]``.
    Sphinx then looks the bare name up across every documented module, and a name two
    packages define (``mcle.Requirement`` and ``recognition.Requirement``) is ambiguous.
    Each name is resolved here in the strategies module, where it was written.
    """
    import inspect  # noqa: PLC0415
    import typing  # noqa: PLC0415

    from hypothesis.strategies import SearchStrategy  # noqa: PLC0415

    from calcities_domain.testing import strategies  # noqa: PLC0415

    namespace = vars(strategies)
    for obj in list(namespace.values()):
        if not callable(obj) or getattr(obj, "__module__", None) != strategies.__name__:
            continue
        try:
            signature = inspect.signature(obj)
        except (TypeError, ValueError):
            continue
        returned = signature.return_annotation
        args = typing.get_args(returned)
        if typing.get_origin(returned) is not SearchStrategy or len(args) != 1:
            continue
        if not isinstance(args[0], typing.ForwardRef):
            continue
        named = namespace.get(args[0].__forward_arg__)  # a bare class name, as the module wrote it
        if not isinstance(named, type):
            continue
        resolved = SearchStrategy[named]
        obj.__signature__ = signature.replace(return_annotation=resolved)
        obj.__annotations__["return"] = resolved


def setup(app: object) -> None:
    """Write the generated pages before Sphinx reads the sources, and qualify the strategies' return types."""
    _write_generated(app)
    _qualify_strategy_types()
