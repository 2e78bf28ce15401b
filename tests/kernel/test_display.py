"""Tests of how decisions and tables show: in a notebook, in a repr, and as rows for a data frame.

Rules under test (the issue on user experience: "results display well in a notebook"):

* ``Decision._repr_html_`` and ``Table._repr_html_`` give one compact, well-formed HTML
  table: the question (caption), the answer, one row per reason (effect, message, code,
  with its facts), then the confirmed sources and, flagged, the assumptions with their
  notes. Everything that comes from a caller or from rule data is escaped with
  ``html.escape``: a ``<script>`` in a message shows as text and never runs; only web
  addresses become links. The output is a pure function of the value.
* ``repr(decision)`` is one line: ``<Decision 'question': answer (N reasons, M assumptions)>``;
  small value objects (Reason, Source, Fact, Money) keep the attrs repr.
* ``Decision.to_rows()`` gives one plain dict per reason (question, outcome, code, effect,
  message, facts as a dict, source title, section, confidence), ready for pandas.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from html import escape
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import (
    Confidence,
    DateRange,
    Decision,
    Effect,
    Fact,
    Money,
    Reason,
    Source,
    Table,
    roll_forward,
)
from calcities_domain.kernel._html import ASSUMPTIONS, count, summary
from calcities_domain.membership import MemberStatus, StatusRow
from calcities_domain.testing import strategies as cst
from tests.kernel.html_check import shows, well_formed

RULE = Source("Example rules", Confidence.CONFIRMED, section="Rule 1", url="https://example.org/rules?a=1&b=2")
GUESS = Source("Our reading", Confidence.ASSUMED, note="Check with the clerk <before> filing.")
LATE = Reason.of(
    "example.late",
    "The report came in after the deadline.",
    effect=Effect.FAIL,
    facts={"deadline": date(2025, 4, 1), "received": date(2025, 4, 2)},
    source=RULE,
)
GRACE = Reason.of("example.grace", "No grace period applies.", source=GUESS)
ON_TIME = Decision("Is the report on time?", False, (LATE, GRACE))

OUTCOMES = st.one_of(
    st.booleans(),
    st.none(),
    st.integers(),
    cst.dates(),
    cst.aware_datetimes(),
    cst.money(),
    cst.texts(),
    st.sampled_from(MemberStatus),
    st.tuples(cst.texts(), st.booleans()),
)


# ----------------------------------------------------------------------------- repr


def test_the_repr_of_a_decision_is_one_line() -> None:
    assert repr(ON_TIME) == "<Decision 'Is the report on time?': no (2 reasons, 1 assumption)>"


def test_the_repr_counts_reasons_and_leaves_out_no_assumptions() -> None:
    assert repr(Decision("Is 2 > 1?", True)) == "<Decision 'Is 2 > 1?': yes (no reasons)>"
    assert repr(Decision("When?", date(2025, 4, 1), (LATE,))) == "<Decision 'When?': 2025-04-01 (1 reason)>"


def test_an_answer_that_would_break_the_line_is_shown_quoted() -> None:
    assert repr(Decision("Which?", "two\nlines")) == "<Decision 'Which?': 'two\\nlines' (no reasons)>"


def test_a_question_on_two_lines_stays_on_one() -> None:
    assert repr(Decision("Is it\non time?", True)) == "<Decision 'Is it\\non time?': yes (no reasons)>"


def test_the_fields_are_still_attributes_and_equality_is_unchanged() -> None:
    copy = Decision("Is the report on time?", False, (LATE, GRACE))
    assert copy == ON_TIME
    assert copy.question == "Is the report on time?"
    assert copy.reasons == (LATE, GRACE)


@pytest.mark.parametrize(
    ("value", "start"),
    [
        (LATE, "Reason(code='example.late'"),
        (RULE, "Source(title='Example rules'"),
        (Fact("day", "2025-04-01"), "Fact(name='day'"),
        (Money(100), "Money(cents=100)"),
        (DateRange(date(2025, 1, 1)), "DateRange(start=datetime.date(2025, 1, 1)"),
    ],
    ids=lambda v: type(v).__name__,
)
def test_small_value_objects_keep_the_attrs_repr(value: object, start: str) -> None:
    assert repr(value).startswith(start)


@pytest.mark.parametrize(
    ("number", "noun", "plural", "text"),
    [
        (0, "reason", None, "no reasons"),
        (1, "reason", None, "1 reason"),
        (3, "reason", None, "3 reasons"),
        (2, "credit not counted", "credits not counted", "2 credits not counted"),
    ],
)
def test_count(number: int, noun: str, plural: str | None, text: str) -> None:
    assert count(number, noun, plural) == text


def test_a_summary_puts_the_details_before_the_counts() -> None:
    assert summary("X", "t", "a", ["3 levels"], reasons=2, assumptions=0) == "<X 't': a (3 levels, 2 reasons)>"


# ----------------------------------------------------------------------------- HTML


def test_the_html_of_a_decision() -> None:
    html = ON_TIME._repr_html_()
    assert '<caption style="text-align:left"><strong>Is the report on time?</strong></caption>' in html
    assert (
        '<th style="text-align:left">Answer</th><td style="text-align:left" colspan="2"><strong>no</strong></td>'
        in html
    )
    assert (
        '<tr><td style="text-align:left">fail</td>'
        '<td style="text-align:left">The report came in after the deadline.'
        "<br><small>deadline = 2025-04-01; received = 2025-04-02</small></td>"
        '<td style="text-align:left"><code>example.late</code></td></tr>'
    ) in html
    shows(
        html,
        "[confirmed] Example rules, Rule 1",
        f"\N{WARNING SIGN} {ASSUMPTIONS}",
        "\N{WARNING SIGN} [assumed] Our reading: Check with the clerk <before> filing.",
    )


def test_the_rows_come_in_order_question_answer_reasons_sources_assumptions() -> None:
    marks = ["Is the report on time?", "Answer", "example.late", "example.grace", "Sources", ASSUMPTIONS]
    shows(ON_TIME._repr_html_(), *marks, in_order=True)


def test_a_confirmed_source_is_not_an_assumption() -> None:
    html = Decision("Q?", True, (LATE,))._repr_html_()
    assert "Sources" in html
    assert "calcities-assumption" not in html
    assert ASSUMPTIONS not in html


def test_the_assumptions_are_flagged() -> None:
    html = ON_TIME._repr_html_()
    assert html.count('class="calcities-assumption"') == 2  # the heading and the one assumption
    assert "<strong>[assumed]</strong>" in html


def test_a_script_in_a_message_is_escaped() -> None:
    evil = "<script>alert('x')</script>"
    decision = Decision(
        f"Is {evil} safe?",
        evil,
        (
            Reason.of(
                "example.evil",
                f"A message with {evil} & more.",
                facts={f"name{evil}": evil},
                source=Source(evil, Confidence.INFERRED, section=evil, note=evil, url=evil),
            ),
        ),
    )
    html = decision._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert f"A message with {escape(evil)} &amp; more." in html
    assert "<a " not in html  # not a web address: shown, never a link
    shown = well_formed(html)
    assert f"A message with {evil} & more." in shown


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>", "ftp://example.org"])
def test_only_web_addresses_become_links(url: str) -> None:
    source = Source("A rule", Confidence.CONFIRMED, url=url)
    html = Decision("Q?", True, (Reason.of("example.x", "x", source=source),))._repr_html_()
    assert "<a " not in html
    assert escape(url) in html


@pytest.mark.parametrize("url", ['https://example.org/a?b=1&c="2"', "HTTP://EXAMPLE.ORG"])
def test_a_web_address_is_a_link_with_its_quotes_escaped(url: str) -> None:
    source = Source("A rule", Confidence.CONFIRMED, url=url)
    html = Decision("Q?", True, (Reason.of("example.x", "x", source=source),))._repr_html_()
    assert f'<a href="{escape(url, quote=True)}">{escape(url)}</a>' in html


def test_a_decision_without_reasons_shows_its_question_and_answer_only() -> None:
    html = Decision("Is 2 > 1?", True)._repr_html_()
    shown = well_formed(html)
    assert shown.startswith("Is 2 > 1?")
    assert "yes" in shown
    assert "effect" not in shown
    assert "Sources" not in shown
    assert "<code>" not in html


def test_reasons_without_sources_show_no_sources() -> None:
    html = Decision("Q?", True, (Reason.of("example.x", "No facts, no source."),))._repr_html_()
    assert "<code>example.x</code>" in html
    assert "<small>" not in html
    assert "Sources" not in html


def test_a_real_decision_shows_its_holidays() -> None:
    decision = roll_forward(date(2025, 3, 30))
    shown = well_formed(decision._repr_html_())
    assert "2025-04-01" in shown
    for reason in decision.reasons:
        assert reason.message in shown


def test_the_html_is_deterministic() -> None:
    copy = attrs.evolve(ON_TIME)
    assert copy._repr_html_() == ON_TIME._repr_html_()


# ----------------------------------------------------------------------------- rows


def test_to_rows_gives_one_plain_dict_per_reason() -> None:
    assert ON_TIME.to_rows() == [
        {
            "question": "Is the report on time?",
            "outcome": False,
            "code": "example.late",
            "effect": "fail",
            "message": "The report came in after the deadline.",
            "facts": {"deadline": "2025-04-01", "received": "2025-04-02"},
            "source": "Example rules",
            "section": "Rule 1",
            "confidence": "confirmed",
        },
        {
            "question": "Is the report on time?",
            "outcome": False,
            "code": "example.grace",
            "effect": "info",
            "message": "No grace period applies.",
            "facts": {},
            "source": "Our reading",
            "section": None,
            "confidence": "assumed",
        },
    ]


def test_a_decision_without_reasons_has_no_rows() -> None:
    assert Decision("Q?", True).to_rows() == []


@attrs.frozen
class Path:
    name: str

    def __str__(self) -> str:
        return f"path {self.name}"


@pytest.mark.parametrize(
    ("outcome", "plain"),
    [
        (Money(7550), "$75.50"),
        (MemberStatus.GOOD_STANDING, "good_standing"),
        (date(2025, 4, 1), date(2025, 4, 1)),
        (None, None),
        ((Money(100), MemberStatus.FORMER_MEMBER), ("$1.00", "former_member")),
        ((Path("a"), Path("b")), "path a, path b"),
        (Path("a"), "path a"),
    ],
    ids=repr,
)
def test_the_outcome_in_a_row_is_plain_data_or_its_text(outcome: Any, plain: object) -> None:
    rows = Decision("Q?", outcome, (GRACE,)).to_rows()
    assert rows[0]["outcome"] == plain


# ----------------------------------------------------------------------------- tables


def test_the_html_of_a_table() -> None:
    row = StatusRow("Orange <CA>", None, MemberStatus.GOOD_STANDING, True, True, date(1960, 1, 1), None)
    table = Table.of(StatusRow, [row], sources=[RULE, GUESS])
    html = table._repr_html_()
    assert '<caption style="text-align:left"><strong>1 row</strong></caption>' in html
    assert "".join(f'<th style="text-align:left">{c}</th>' for c in table.columns) in html
    cells = ["Orange &lt;CA&gt;", "", "good_standing", "True", "True", "1960-01-01", ""]
    assert "<tr>" + "".join(f'<td style="text-align:left">{c}</td>' for c in cells) + "</tr>" in html
    shows(html, "[confirmed] Example rules, Rule 1", f"\N{WARNING SIGN} {ASSUMPTIONS}")


def test_an_empty_table_shows_its_columns_and_no_rows() -> None:
    html = Table.of(StatusRow, [])._repr_html_()
    shown = well_formed(html)
    assert "no rows" in shown
    assert '<td style="text-align:left" colspan="7"><em>no rows</em></td>' in html
    assert "city" in shown
    assert "Sources" not in shown


@attrs.frozen
class Tagged:
    tags: tuple[str, ...]
    day: date


def test_a_table_cell_with_a_tuple_is_joined() -> None:
    html = Table.of(Tagged, [Tagged(("a", "<b>"), date(2025, 1, 1))])._repr_html_()
    assert '<td style="text-align:left">a, &lt;b&gt;</td>' in html


# ----------------------------------------------------------------------------- properties


@given(cst.decisions(OUTCOMES))
def test_every_decision_shows_as_one_well_formed_table_with_every_reason(decision: Decision[Any]) -> None:
    html = decision._repr_html_()
    assert isinstance(html, str)
    shown = well_formed(html)
    assert html.count("<code>") == len(decision.reasons)
    assert shown.startswith(decision.question)
    for reason in decision.reasons:
        assert f"<code>{escape(reason.code)}</code>" in html
        assert escape(reason.message) in html
        assert reason.message in shown
    assert ("calcities-assumption" in html) == bool(decision.assumptions())
    assert html == attrs.evolve(decision)._repr_html_()


@given(cst.decisions(OUTCOMES), cst.texts())
def test_no_text_goes_into_the_html_unescaped(decision: Decision[Any], text: str) -> None:
    evil = f"<i>{text}&</i>"
    reason = Reason.of("example.evil", evil, facts={evil: evil}, source=Source(evil, Confidence.INFERRED, note=evil))
    html = attrs.evolve(decision, question=evil, reasons=(*decision.reasons, reason))._repr_html_()
    assert "<i>" not in html
    assert escape(evil) in html


@given(cst.decisions(OUTCOMES))
def test_the_repr_of_every_decision_is_one_line(decision: Decision[Any]) -> None:
    text = repr(decision)
    assert len(text.splitlines()) == 1
    assert text.startswith(f"<Decision {decision.question!r}: ")
    assert text.endswith(")>")


@given(cst.decisions(OUTCOMES))
def test_to_rows_has_one_plain_row_per_reason(decision: Decision[Any]) -> None:
    rows = decision.to_rows()
    assert len(rows) == len(decision.reasons)
    plain_types = (str, bool, int, date, type(None))
    for row, reason in zip(rows, decision.reasons, strict=True):
        assert row["code"] == reason.code
        assert row["effect"] == reason.effect.value
        assert row["facts"] == {fact.name: fact.value for fact in reason.facts}
        assert row["confidence"] == (None if reason.source is None else reason.source.confidence.value)
        assert all(isinstance(row[key], plain_types) for key in row if key not in ("facts", "outcome"))


@given(cst.tables(StatusRow), st.lists(cst.sources(), max_size=3))
def test_every_table_shows_as_one_well_formed_table(table: Table[StatusRow], sources: list[Source]) -> None:
    cited = Table.of(StatusRow, table.rows, sources=sources)
    html = cited._repr_html_()
    shown = well_formed(html)
    confirmed = len(cited.sources) - len(cited.assumptions())
    headings = (1 if confirmed else 0) + (1 if cited.assumptions() else 0)
    assert html.count("<tr>") == 1 + max(len(cited), 1) + len(cited.sources) + headings
    for row in cited.rows:
        assert row.city in shown
    assert ("calcities-assumption" in html) == bool(cited.assumptions())


def test_an_aware_instant_outcome_stays_an_instant_in_a_row() -> None:
    at = datetime(2025, 4, 1, 23, 59, tzinfo=timezone(timedelta(hours=-7)))
    assert Decision("When?", at, (GRACE,)).to_rows()[0]["outcome"] == at
