"""A small app built on calcities_domain, as a user would write it: a city attorney's morning check.

It uses the public API of every domain, and pins the types a user's checker sees with
``typing.assert_type``. ``tests/test_typing.py`` type-checks it against the installed
package with ``mypy --strict --disallow-any-expr`` (no ``Any`` may reach this code from the
library), and runs :func:`main`, so every line here is exercised.
"""

# mypy: disallow-any-expr, disallow-any-explicit

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple, assert_type

from hypothesis import given, settings
from hypothesis.strategies import SearchStrategy

from calcities_domain import catalog, events, governance, kernel, mcle, membership, organization, recognition
from calcities_domain.serialization import from_json, structure, to_json
from calcities_domain.testing import strategies as cst

TODAY = date(2025, 3, 3)


class MorningCheck(NamedTuple):
    """What the app shows its user: one line per question, and the sources behind the answers."""

    lines: tuple[str, ...]
    sources_cited: int


class OfficeClosures:
    """The city's own closures, as a holiday calendar (a :class:`~calcities_domain.kernel.HolidayLookup`)."""

    def __contains__(self, day: object) -> bool:
        return day == date(2025, 4, 1)

    def get(self, day: date, default: str | None = None) -> str | None:
        return "Office move" if day in self else default


def _attorney_line() -> str:
    attorney = mcle.Licensee.admitted("201234", date(2010, 12, 7), "Garcia")
    group = mcle.compliance_group("Garcia")
    period = mcle.compliance_period(group, containing=TODAY)
    credits = [mcle.Credit("ethics-2024", date(2024, 5, 1), 240, subfields=(mcle.SubfieldShare("ethics", 240),))]
    report = mcle.evaluate(attorney, credits, period)
    assert_type(report, mcle.ComplianceReport)
    assert_type(report.compliant, bool)
    assert_type(report.shortfalls, tuple[mcle.Shortfall, ...])
    assert_type(report.shortfalls[0].hours, Decimal)
    assert_type(period.report_by, date)
    missing = sum((s.hours for s in report.shortfalls if s.category == "total"), Decimal(0))
    return f"MCLE group {group.value}: {missing} hours missing by {period.end}, report by {period.report_by}"


def _board_line() -> str:
    board = governance.board_as_of(TODAY)
    vote = governance.decide_under(governance.VoteRule.BYLAW_AMENDMENT, governance.VoteTally(yes=300, no=150))
    assert_type(vote, kernel.Decision[bool])
    assert_type(vote.outcome, bool)
    assert_type(board.total_seats, int | None)
    signatures = governance.petition_signatures_required(476)
    assert_type(signatures.outcome, int)
    divisions = organization.DIVISIONS.as_of(TODAY)
    assert_type(divisions, organization.RegistrySnapshot)
    return f"Board: {board.total_seats} seats; amendment passes: {vote.outcome}; petition needs {signatures.outcome}"


def _membership_line() -> tuple[str, membership.MembershipRoll, organization.Official]:
    city = organization.City("Riverbend", division="central_valley")
    history = membership.MembershipHistory("Riverbend", (kernel.DateRange(date(1990, 7, 1)),))
    roll = membership.MembershipRoll((city,), (history,))
    mayor = organization.Official("Luis Ortega", "Riverbend", organization.Office.MAYOR, True, date(2024, 12, 10))
    status = membership.member_status(roll, "Riverbend", on=TODAY)
    assert_type(status.outcome, membership.MemberStatus)
    category = membership.price_category(mayor, on=TODAY, roll=roll).outcome
    assert_type(category, membership.PriceCategory)
    members = membership.members_on(roll, TODAY)
    assert_type(members, kernel.Table[membership.StatusRow])
    assert_type(members.to_rows(), list[dict[str, object]])
    return f"Riverbend: {status.outcome.value}, price category {category.value}", roll, mayor


def _event_line(roll: membership.MembershipRoll, mayor: organization.Official) -> str:
    symposium = events.Event("MLI Symposium", events.EventKind.SYMPOSIUM, date(2025, 4, 18), date(2025, 4, 18))
    closes = events.registration_deadline(symposium)
    assert_type(closes.outcome, datetime)
    assert_type(events.resolve_deadline(symposium, events.DeadlineKind.CLOSE), events.Deadline | None)
    price = events.quote(
        events.CITY_ATTORNEYS_2023,
        symposium,
        option=events.PriceOption.FULL,
        at=closes.outcome,
        registrant=mayor,
        roll=roll,
    )
    assert_type(price.outcome, kernel.Money | None)
    due = kernel.roll_forward(date(2025, 3, 30), calendar=OfficeClosures())
    assert_type(due, kernel.Decision[date])
    calendar: kernel.HolidayLookup = kernel.CALIFORNIA_JUDICIAL
    assert_type(calendar.get(date(2025, 1, 1)), str | None)
    return f"Registration closes {closes.outcome.isoformat()}; price {price.outcome}; filing due {due.outcome}"


def _torch_line(roll: membership.MembershipRoll, mayor: organization.Official) -> str:
    done = [
        recognition.Activity(
            "usc-2024", "USC executive forum", "university_education", date(2024, 6, 9), hours=Decimal(6), course="usc"
        )
    ]
    progress = recognition.tally(mayor, done, recognition.TORCH, as_of=TODAY, roll=roll)
    assert_type(progress, recognition.Tally)
    assert_type(progress.eligible, bool | None)
    assert_type(progress.highest, recognition.LevelResult | None)
    assert_type(recognition.program("cal_cities_torch"), recognition.Program)
    return f"Torch: eligible {progress.eligible}, {len(progress.levels)} levels"


def _round_trip() -> int:
    money = kernel.Money.dollars(625)
    back = from_json(to_json(money), kernel.Money)
    assert_type(back, kernel.Money)
    timeline = structure(
        {
            "rule": "app.hours",
            "description": "Hours",
            "entries": [
                {
                    "in_force": {"start": "2022-02-01", "end": None},
                    "value": 10,
                    "source": {"title": "Rules", "confidence": "confirmed"},
                }
            ],
        },
        kernel.Timeline[int],
    )
    assert_type(timeline.at(date(2024, 1, 1)), int)
    values = catalog.rule_values()
    assert_type(values, tuple[catalog.RuleValue, ...])
    assert_type(catalog.sources(), tuple[kernel.Source, ...])
    return len(kernel.unique_sources([*catalog.sources(), *catalog.assumptions()]))


def _check_properties() -> None:
    rolls, days = cst.membership_rolls(), cst.dates()
    assert_type(rolls, SearchStrategy[membership.MembershipRoll])
    assert_type(days, SearchStrategy[date])
    assert_type(cst.timelines(), SearchStrategy[kernel.Timeline[int]])
    assert_type(cst.timelines(values=cst.money()), SearchStrategy[kernel.Timeline[kernel.Money]])

    # Hypothesis's own decorators are typed with Any (Callable[..., None]): that is not this library's.
    @settings(max_examples=10, database=None)  # type: ignore[misc]
    @given(rolls, days)  # type: ignore[misc]
    def member_cities_are_members(roll: membership.MembershipRoll, day: date) -> None:
        for name in membership.member_cities(roll, day):
            assert membership.member_status(roll, name, on=day).outcome is membership.MemberStatus.GOOD_STANDING

    member_cities_are_members()


def main() -> MorningCheck:
    """Answer the morning's questions, and check one property of the roll with the public strategies."""
    roll_line, roll, mayor = _membership_line()
    lines = (_attorney_line(), _board_line(), roll_line, _event_line(roll, mayor), _torch_line(roll, mayor))
    sources_cited = _round_trip()
    _check_properties()
    return MorningCheck(lines, sources_cited)


if __name__ == "__main__":
    for line in main().lines:
        print(line)
