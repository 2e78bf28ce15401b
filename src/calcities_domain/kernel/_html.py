"""How results show in a notebook: one compact HTML table, and a one-line repr.

Private to the library. :class:`~calcities_domain.kernel.Decision`,
:class:`~calcities_domain.kernel.Table` and the domains' reports build their
``_repr_html_`` with :func:`result_html` or :func:`table_html`, and their ``__repr__`` with
:func:`summary`, so that every result reads the same way. Everything shown is escaped
with :func:`html.escape`: questions, messages, codes, facts and citations come from
callers and rule data. The output is a pure function of its arguments.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING

from calcities_domain.kernel import _words

if TYPE_CHECKING:
    from typing import TypeAlias

    from calcities_domain.kernel.decisions import Reason
    from calcities_domain.kernel.sources import Source

    #: A heading (None: no heading) and the reasons under it.
    Group: TypeAlias = tuple[str | None, Sequence[Reason]]
    #: A heading and lines of text under it ("Still missing", and each thing missing).
    Note: TypeAlias = tuple[str, Sequence[str]]

__all__ = ["ASSUMPTIONS", "count", "result_html", "summary", "table_html"]

#: The heading of the list of assumptions, in text and in HTML.
ASSUMPTIONS = "Assumptions (not confirmed by a primary source; check before relying on them)"

_LEFT = ' style="text-align:left"'
_FLAG = "\N{WARNING SIGN}"
_REASON_COLUMNS = 3


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``"no reasons"``, ``"1 reason"``, ``"3 reasons"``: the kernel's count, with "no" for none."""
    if number == 0:
        return "no " + (plural if plural is not None else f"{noun}s")
    return _words.count(number, noun, plural)


def _one_line(text: str) -> str:
    # repr escapes every character that would break the line (or not show).
    return text if text.isprintable() else repr(text)


def summary(kind: str, title: str, answer: str, details: Iterable[str], *, reasons: int, assumptions: int) -> str:
    """A one-line repr: ``<Decision 'Is 2 > 1?': yes (1 reason)>``.

    The details come first, then the count of reasons and, if any, of assumptions.
    """
    counts = [*details, count(reasons, "reason")] + ([count(assumptions, "assumption")] if assumptions else [])
    return f"<{kind} {title!r}: {_one_line(answer)} ({', '.join(counts)})>"


def _row(*cells: str) -> str:
    return "<tr>" + "".join(cells) + "</tr>"


def _cell(content: str, *, tag: str = "td", span: int = 1, css: str | None = None) -> str:
    attributes = _LEFT + (f' colspan="{span}"' if span > 1 else "") + (f' class="{css}"' if css else "")
    return f"<{tag}{attributes}>{content}</{tag}>"


def _heading(text: str, span: int, css: str | None = None) -> str:
    return _row(_cell(escape(text), tag="th", span=span, css=css))


def _link(url: str) -> str:
    shown = escape(url)
    # Only web addresses become links: a "javascript:" URL in rule data must not run.
    if url.lower().startswith(("https://", "http://")):
        return f'<a href="{escape(url, quote=True)}">{shown}</a>'
    return shown


def _citation(source: Source, *, with_note: bool) -> str:
    parts = escape(source.title) + (f", {escape(source.section)}" if source.section else "")
    if with_note and source.note:
        parts += f": {escape(source.note)}"
    return parts + (f" \N{EM DASH} {_link(source.url)}" if source.url else "")


def _sources(sources: Sequence[Source], span: int) -> list[str]:
    """The confirmed sources, then the others as flagged assumptions, with their notes."""
    rows: list[str] = []
    confirmed = [s for s in sources if s.is_confirmed]
    if confirmed:
        rows.append(_heading("Sources", span))
        rows.extend(_row(_cell(f"[confirmed] {_citation(s, with_note=False)}", span=span)) for s in confirmed)
    assumed = [s for s in sources if not s.is_confirmed]
    if assumed:
        rows.append(_heading(f"{_FLAG} {ASSUMPTIONS}", span, "calcities-assumption"))
        rows.extend(
            _row(
                _cell(
                    f"{_FLAG} <strong>[{escape(s.confidence.value)}]</strong> {_citation(s, with_note=True)}",
                    span=span,
                    css="calcities-assumption",
                )
            )
            for s in assumed
        )
    return rows


def _reason(reason: Reason) -> str:
    message = escape(reason.message)
    if reason.facts:
        message += "<br><small>" + escape("; ".join(str(fact) for fact in reason.facts)) + "</small>"
    return _row(_cell(escape(reason.effect.value)), _cell(message), _cell(f"<code>{escape(reason.code)}</code>"))


def _table(caption: str, rows: list[str]) -> str:
    return "\n".join(
        [
            '<table class="calcities-result">',
            f"<caption{_LEFT}><strong>{escape(caption)}</strong></caption>",
            *rows,
            "</table>",
        ]
    )


def result_html(
    title: str,
    answer: str,
    groups: Iterable[Group],
    *,
    notes: Iterable[Note] = (),
    sources: Sequence[Source] = (),
) -> str:
    """A result as an HTML table: the title, the answer, the reasons, notes, sources and assumptions.

    Args:
        title: The question answered (the table's caption).
        answer: The answer, as text.
        groups: The reasons, in groups each under an optional heading.
        notes: Further lines under a heading each ("Still missing").
        sources: The sources cited: the confirmed ones under "Sources", the others, flagged and
            with their notes, under the assumptions.
    """
    span = _REASON_COLUMNS
    rows = [_row(_cell("Answer", tag="th"), _cell(f"<strong>{escape(answer)}</strong>", span=span - 1))]
    for heading, reasons in groups:
        if heading is not None:
            rows.append(_heading(heading, span))
        if reasons:
            rows.append(_row(*(_cell(name, tag="th") for name in ("effect", "reason", "code"))))
            rows.extend(_reason(reason) for reason in reasons)
    for heading, lines in notes:
        rows.append(_heading(heading, span))
        rows.extend(_row(_cell(escape(line), span=span)) for line in lines)
    rows.extend(_sources(sources, span))
    return _table(title, rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(_cell_text(item) for item in value)
    return str(value)


def table_html(columns: Sequence[str], rows: Sequence[Mapping[str, object]], sources: Sequence[Source]) -> str:
    """Plain rows (a :meth:`~calcities_domain.kernel.Table.to_rows`) as an HTML table, then their sources."""
    span = len(columns)
    lines = [_row(*(_cell(escape(name), tag="th") for name in columns))]
    lines.extend(_row(*(_cell(escape(_cell_text(row[name]))) for name in columns)) for row in rows)
    if not rows:
        lines.append(_row(_cell("<em>no rows</em>", span=span)))
    lines.extend(_sources(sources, span))
    return _table(count(len(rows), "row"), lines)
