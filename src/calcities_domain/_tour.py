"""The walk-through printed by ``python -m calcities_domain tour``.

Pure functions returning text; :mod:`calcities_domain.__main__` prints it. Each domain
adds its section to :data:`SECTIONS` as it lands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import cast

from calcities_domain import catalog, events, governance, mcle, membership, organization, recognition, serialization
from calcities_domain.kernel import (
    CALIFORNIA_JUDICIAL,
    Confidence,
    DateRange,
    InputError,
    Money,
    MonthEndPolicy,
    Source,
    add_months,
    end_of_day,
    render_value,
    roll_forward,
)

__all__ = ["SECTIONS", "tour"]


def _dated_rules() -> str:
    values = [v for v in catalog.rule_values() if v.rule.endswith(".cesar_chavez_day")]
    lines = ["Every rule value is dated and cited. Cesar Chavez Day, in the two calendars:"]
    for value in values:
        lines.append(f"  {value.rule}: {value.value}, in force {value.in_force}")
        lines.append(f"    source: {value.source.cite()}")
    count = len(catalog.sources())
    lines.append(f"The library cites {count} sources; {len(catalog.assumptions())} of them are assumptions.")
    return "\n".join(lines)


def _utc(instant: datetime) -> str:
    return instant.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _deadlines() -> str:
    winter = end_of_day(date(2024, 2, 9))
    summer = end_of_day(date(2024, 7, 12))
    return "\n".join(
        [
            '"Register by Friday, Feb. 9, 2024" closes at the last instant of that day, Pacific time:',
            f"  {winter.isoformat()}  = {_utc(winter)}",
            "and in summer the same rule follows daylight saving time:",
            f"  {summer.isoformat()}  = {_utc(summer)}",
        ]
    )


def _business_days() -> str:
    rolled = roll_forward(date(2025, 3, 30))
    judicial = roll_forward(date(2022, 9, 23), calendar=CALIFORNIA_JUDICIAL)
    return "\n".join(
        [
            "A deadline on Sunday 2025-03-30 moves to the next business day, with reasons:",
            rolled.explain(),
            "",
            f"Under the judicial calendar (Code Civ. Proc. § 12a), 2022-09-23 rolls to {judicial.outcome}: "
            f"{judicial.reasons[1].message}",
        ]
    )


def _months() -> str:
    start = date(2025, 1, 31)
    lines = ["Month arithmetic names its month-end policy; 2025-01-31 plus one month is:"]
    for policy in MonthEndPolicy:
        try:
            result = str(add_months(start, 1, policy=policy))
        except InputError as error:
            result = f"refused: {error.problems[0].message}"
        lines.append(f"  {policy.name:<10} {result}")
    return "\n".join(lines)


def _money() -> str:
    paid, fee = Money.parse("625.00"), Money.dollars(75)
    return f"Money is exact, in cents: {paid} paid, less a {fee} processing charge, is {paid - fee}."


def _boundary() -> str:
    bad = {"start": "Feb 1 2022", "end": 20250131, "until": "2025-01-31"}
    try:
        serialization.structure(bad, DateRange)
    except InputError as error:
        report = str(error)
    return "\n".join(
        [
            "Input is checked strictly, and every problem is reported at once, with its path:",
            f"  structure({bad!r}, DateRange)",
            "\n".join(f"  {line}" for line in report.splitlines()),
        ]
    )


def _mcle() -> str:
    group = mcle.compliance_group("Garcia")
    period = mcle.compliance_period(group, containing=date(2024, 6, 1))
    attorney = mcle.Licensee.admitted("201234", date(2010, 12, 7), "Garcia")
    credits = [
        mcle.Credit(
            "annual-2023",
            date(2023, 10, 4),
            12 * 60,
            subfields=(mcle.SubfieldShare("ethics", 240), mcle.SubfieldShare("bias.implicit", 60)),
        ),
        mcle.Credit(
            "recorded-2024",
            date(2024, 11, 1),
            14 * 60,
            delivery=mcle.Delivery.SELF_STUDY,
            subfields=(mcle.SubfieldShare("bias", 60), mcle.SubfieldShare("civility", 60)),
        ),
    ]
    report = mcle.evaluate(attorney, credits, period)
    lines = [
        f"'Garcia' is in {group}. The period containing 2024-06-01 is {period.start} to {period.end},",
        f"a one-time {period.months}-month period; the report is due by {period.report_by}:",
        "\n".join(f"  {r.message}" for r in mcle.report_deadline(period).reasons[1:]),
        "",
        f"An attorney with {len(credits)} credits is {'compliant' if report.compliant else 'not compliant'}. Missing:",
        *(f"  - {s}" for s in report.shortfalls),
        "Not counted:",
        *(f"  - {n.credit_id}: {n.hours} h, {n.message}" for n in report.not_counted),
        f"The answer rests on {len(report.decision().assumptions())} assumption(s) it names, among them:",
        f"  {report.decision().assumptions()[0].cite()}",
    ]
    return "\n".join(lines)


def _governance() -> str:
    board = governance.board_as_of(date(2024, 1, 1))
    lines = [f"The board on 2024-01-01 has {board.total_seats} voting seats:"]
    lines.extend(
        f"  {seat.seat_type.value.replace('_', ' '):<12} {seat.count}" + ("" if seat.voting else " (non-voting)")
        for seat in board.seats
    )
    lines.append(f"A small city, for the reserved at-large seat, is one under {board.small_city_threshold.value:,}.")
    vote = governance.decide_under(
        governance.VoteRule.BYLAW_AMENDMENT, governance.VoteTally(yes=300, no=150, abstain=20)
    )
    lines += ["", "A bylaw amendment put to the General Assembly, 300 for, 150 against, 20 abstaining:", vote.explain()]
    return "\n".join(lines)


def _membership() -> str:
    cities = (
        organization.City("Riverbend", division="central_valley"),
        organization.City("Lakeport", division="central_valley"),
    )
    histories = (
        membership.MembershipHistory("Riverbend", (DateRange(date(1990, 7, 1), date(2023, 6, 30)),)),
        membership.MembershipHistory("Lakeport", (DateRange(date(1960, 1, 1)),)),
    )
    roll = membership.MembershipRoll(cities, histories)
    mayor = organization.Official("Luis Ortega", "Riverbend", organization.Office.MAYOR, True, date(2024, 12, 10))
    lapsed = membership.lapsed_between(roll, date(2023, 1, 1), date(2023, 12, 31)).to_rows()
    decision = membership.may_join_torch_program(mayor, on=date(2025, 3, 1), roll=roll)
    lines = [
        "Riverbend's membership lapsed in 2023. The staff notebook's table of lapses that year:",
        *(f"  {render_value(row)}" for row in lapsed),
        "",
        "Its mayor asks to join the Torch Program in 2025. The decision fails, and says why:",
        decision.explain(),
    ]
    return "\n".join(lines)


def _events() -> str:
    conference = events.Event(
        "2023 City Attorneys Spring Conference",
        events.EventKind.SPRING_CONFERENCE,
        date(2023, 5, 17),
        date(2023, 5, 19),
    )
    published = "Register by Wednesday, May 10"
    example = Source("An example cancellation deadline (the sources give none)", Confidence.ASSUMED, section="tour")
    policy = events.RegistrationPolicy(
        close=events.DeadlineRule.fixed(
            date(2023, 5, 10), published=published, source=events.CITY_ATTORNEYS_2023.source
        ),
        cancellation=events.DeadlineRule.fixed(date(2023, 5, 3), source=example),
    )
    closes = events.registration_deadline(conference, policy)
    at = datetime(2023, 5, 1, 16, tzinfo=UTC)
    price = events.quote(
        events.CITY_ATTORNEYS_2023,
        conference,
        option=events.PriceOption.FULL,
        at=at,
        category=membership.PriceCategory.MEMBER_CITY,
        policy=policy,
    )
    cancel_by = cast("events.Deadline", events.resolve_deadline(conference, events.DeadlineKind.CANCELLATION, policy))
    registration = events.Registration("CA-2023-0042", Money.dollars(625), datetime(2023, 4, 10, tzinfo=UTC), cancel_by)
    refund = events.refund_due(registration, events.CancellationRequest(datetime(2023, 5, 2, 18, tzinfo=UTC)))
    return "\n\n".join([closes.explain(), price.explain(), refund.explain()])


def _recognition() -> str:
    cities = (organization.City("Lakeport", division="central_valley"),)
    roll = membership.MembershipRoll(
        cities, (membership.MembershipHistory("Lakeport", (DateRange(date(1960, 1, 1)),)),)
    )
    member = organization.Official("Dana Kim", "Lakeport", organization.Office.COUNCIL_MEMBER, True, date(2022, 12, 13))
    done = (
        recognition.Activity(
            "a1",
            "New Mayors and Council Members Academy",
            "league_academy",
            date(2023, 1, 20),
            kind="new_mayors_academy",
            evidence="certificate of completion",
        ),
        recognition.Activity(
            "a2", "USC executive education forum", "university_education", date(2024, 5, 2), hours=Decimal(6)
        ),
        recognition.Activity(
            "a3",
            "Housing policy committee",
            "policy_committee_service",
            date(2024, 12, 31),
            kind="policy_committee_service",
        ),
    )
    progress = recognition.tally(member, done, recognition.TORCH, as_of=date(2025, 9, 1), roll=roll)
    submitted = recognition.recognition_year(recognition.TORCH, date(2019, 9, 17))
    lines = [
        f"{member.person}, council member of Lakeport, has done {len(done)} things toward the Torch Program.",
        f"Where {member.person} stands on 2025-09-01, level by level:",
        *(
            f"  {level.name}: {level.status.value.replace('_', ' ')}"
            + ("" if level.route is None else f" (by the {level.route!r} route)")
            for level in progress.levels
        ),
        "",
        "What is missing for the next level (the sources do not publish it, so it is not invented):",
        progress.missing(),
        "",
        "What the program's administrator still has to configure:",
        *(f"  {path}: {what}" for path, what in recognition.TORCH.unconfigured()),
        "",
        "A submission the day after the 2019 deadline:",
        submitted.explain(),
    ]
    return "\n".join(lines)


#: The tour's sections, in order: a title and a function returning the text.
SECTIONS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("Rules are data, dated and cited", _dated_rules),
    ("Deadlines are instants in Pacific time", _deadlines),
    ("Business days, explained", _business_days),
    ("Whole months, with an explicit month-end policy", _months),
    ("Money in cents", _money),
    ("A strict boundary", _boundary),
    ("MCLE: a California attorney's period, explained", _mcle),
    ("Governance: the board today, and a vote explained", _governance),
    ("Membership: a lapsed city, and an eligibility decision that fails", _membership),
    ("Events: a conference's deadline, a price quoted and a refund, each explained", _events),
    ("Recognition: a council member's Torch progress, and what is not configured", _recognition),
)


def tour() -> str:
    """The whole walk-through, as text."""
    parts = [
        "calcities_domain: a tour",
        "========================",
        "Immutable, explained rules for the League of California Cities and the people it serves.",
    ]
    for number, (title, section) in enumerate(SECTIONS, start=1):
        heading = f"{number}. {title}"
        parts.extend(["", heading, "-" * len(heading), section()])
    parts.extend(["", *NEXT])
    return "\n".join(parts) + "\n"


#: Where the tour leaves the reader: the same answers from the command line and in notebooks.
NEXT = (
    "Next",
    "----",
    "The same answers, from your own data:",
    "  python -m calcities_domain rules --as-of 2024-01-01 --domain governance   the rule values in force, cited",
    "  python -m calcities_domain mcle --help      an MCLE evaluation from a JSON document (also: events, vote,",
    "                                              roster, torch); --check exits 1 when the outcome fails",
    "In a notebook, decisions, reports and tallies display as tables, and to_rows() feeds pandas.",
)
