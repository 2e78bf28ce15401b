"""The public strategies build valid models of the class they are registered for."""

from __future__ import annotations

import itertools
import subprocess
import sys
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from calcities_domain import governance, mcle, membership, organization, recognition
from calcities_domain.kernel import Cited, DatedValue, DateRange, Decision, Money, Table, Timeline
from calcities_domain.serialization import structure, unstructure
from calcities_domain.testing import strategies as cst


@pytest.mark.parametrize("model", cst.public_models(), ids=lambda c: getattr(c, "__name__", repr(c)))
@given(data=st.data())
def test_strategy_builds_its_model(model: type, data: st.DataObject) -> None:
    assert isinstance(data.draw(cst.strategy_for(model)), model)


def test_unknown_model_has_no_strategy() -> None:
    with pytest.raises(LookupError, match="no strategy for"):
        cst.strategy_for(int)


def test_structured_as_is_the_model_or_the_generic_model_with_what_its_strategy_draws() -> None:
    """docs/testing.md: structured_as is the class itself, or Timeline[int], Decision[bool], Table[StatusRow]..."""
    generic = {m: cst.structured_as(m) for m in cst.public_models() if cst.structured_as(m) is not m}
    assert generic == {
        Timeline: Timeline[int],
        DatedValue: DatedValue[int],
        Decision: Decision[bool],
        Cited: Cited[int],
        Table: Table[membership.StatusRow],
    }
    assert cst.structured_as(Money) is Money


@pytest.mark.parametrize("model", [Timeline, DatedValue, Decision, Cited, Table])
@given(data=st.data())
def test_a_generic_model_drawn_reads_back_as_its_structured_type(model: type, data: st.DataObject) -> None:
    value = data.draw(cst.strategy_for(model))
    assert structure(unstructure(value), cst.structured_as(model)) == value


def test_structured_as_refuses_what_is_not_a_public_model_naming_them() -> None:
    with pytest.raises(LookupError, match=r"no strategy for <class 'int'>; public models: \['Activity'"):
        cst.structured_as(int)


@given(cst.date_ranges(open_ended=False))
def test_closed_ranges_are_closed(r: DateRange) -> None:
    assert r.end is not None
    assert r.start <= r.end


@given(cst.money(min_cents=0, max_cents=100))
def test_money_bounds(m: Money) -> None:
    assert 0 <= m.cents <= 100


@given(cst.timelines(values=st.booleans()))
def test_timelines_take_a_value_strategy(t: Timeline[bool]) -> None:
    assert all(isinstance(e.value, bool) for e in t.entries)


def test_a_clear_error_names_the_extra_when_hypothesis_is_missing() -> None:
    """Without hypothesis, importing the strategies says how to install it."""
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "import calcities_domain.testing\n"
        "try:\n"
        "    import calcities_domain.testing.strategies\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)  # noqa: S603
    assert result.stdout.strip() == (
        'calcities_domain.testing.strategies needs Hypothesis; install it with: pip install "calcities-domain[testing]"'
    )


# ----------------------------------------------------------------- MCLE


@given(cst.jurisdictions(), st.data())
def test_credits_carry_only_the_jurisdictions_subfields(where: mcle.Jurisdiction, data: st.DataObject) -> None:
    credit = data.draw(cst.credits(jurisdiction=where))
    known = {s.code for s in where.subfields}
    assert {s.subfield for s in credit.subfields} <= known
    assert sum(s.minutes for s in credit.subfields) <= credit.minutes
    assert (credit.units is not None) == (credit.kind is mcle.CreditKind.LAW_SCHOOL_TEACHING)
    assert credit.panelists is None or credit.kind is mcle.CreditKind.SPEAKING


@given(cst.credit_lists(within=DateRange(date(2024, 1, 1), date(2024, 12, 31)), min_size=1, max_size=5))
def test_credit_lists_have_distinct_ids_within_the_days(credits: tuple[mcle.Credit, ...]) -> None:
    assert 1 <= len(credits) <= 5
    assert len({c.credit_id for c in credits}) == len(credits)
    assert all(date(2024, 1, 1) <= c.completed_on <= date(2024, 12, 31) for c in credits)


@given(st.data())
def test_credits_of_a_licensee_are_around_the_admission(data: st.DataObject) -> None:
    licensee = data.draw(cst.licensees())
    credit = data.draw(cst.credits(licensee))
    assert credit.completed_on >= min(licensee.admitted_on.replace(day=1) - timedelta(days=90), date(1992, 12, 31))


def test_credits_refuse_days_before_1992() -> None:
    @given(cst.credits(within=DateRange(date(1980, 1, 1), date(1985, 1, 1))))
    def draw(credit: mcle.Credit) -> None:
        raise AssertionError(credit)  # pragma: no cover - never drawn

    with pytest.raises(InvalidArgument, match="no day of"):
        draw()


@given(cst.licensees())
def test_california_licensees_have_a_group_and_an_ordered_history(licensee: mcle.Licensee) -> None:
    assert licensee.group is not None
    assert licensee.cycle_start is None
    for before, after in itertools.pairwise(licensee.statuses):
        assert before.end is not None
        assert before.end < after.start
    for span in licensee.statuses:
        assert span.start >= licensee.admitted_on
        assert (span.exemption is not None) == (span.status is mcle.LicenseStatus.EXEMPT)


@given(cst.licensees(jurisdiction=mcle.NEW_YORK))
def test_new_york_licensees_have_a_cycle_start(licensee: mcle.Licensee) -> None:
    assert licensee.group is None
    assert licensee.cycle_start is not None
    assert licensee.cycle_start >= licensee.admitted_on


@given(cst.jurisdictions().flatmap(lambda j: st.tuples(st.just(j), cst.compliance_periods(jurisdiction=j))))
def test_compliance_periods_are_real_periods(case: tuple[mcle.Jurisdiction, mcle.CompliancePeriod]) -> None:
    where, period = case
    assert period.jurisdiction == where.code
    schedule = mcle.schedule_of(period, jurisdiction=where)  # raises unless a period of the schedule
    assert schedule.period_containing(period.end) == period


@given(cst.compliance_periods(mcle.ComplianceGroup.GROUP_2, within=DateRange(date(2024, 6, 1), date(2024, 6, 1))))
def test_compliance_periods_of_a_group_within_days(period: mcle.CompliancePeriod) -> None:
    assert period.group is mcle.ComplianceGroup.GROUP_2
    assert (period.start, period.end) == (date(2024, 2, 1), date(2027, 3, 29))


@settings(max_examples=50)
@given(cst.jurisdictions().flatmap(lambda j: st.tuples(st.just(j), cst.evaluation_inputs(j))))
def test_evaluation_inputs_are_accepted(
    case: tuple[mcle.Jurisdiction, tuple[mcle.Licensee, tuple[mcle.Credit, ...], mcle.CompliancePeriod]],
) -> None:
    where, (licensee, credits, period) = case
    assert mcle.compliance_period(licensee, containing=period.start, jurisdiction=where) == period
    report = mcle.evaluate(licensee, credits, period, jurisdiction=where)
    assert report.licensee_id == licensee.licensee_id
    assert {c.credit_id for c in report.credits} | {n.credit_id for n in report.not_counted} <= {
        c.credit_id for c in credits
    }


@given(cst.rule_sets(evolve=False))
def test_real_rule_sets_come_from_the_timelines(rules: mcle.RuleSet) -> None:
    assert any(rules == entry.value for j in mcle.jurisdictions() for entry in j.rule_sets.entries)


@given(cst.rule_sets(), cst.credits())
def test_every_rule_set_turns_credits_into_hours(rules: mcle.RuleSet, credit: mcle.Credit) -> None:
    earned = mcle.hours_for(credit, rules)
    assert earned.hours >= 0
    assert earned.credit_id == credit.credit_id


@given(cst.period_schedules())
def test_period_schedules_answer_and_keep_their_overrides(schedule: mcle.PeriodSchedule) -> None:
    first = schedule.period_containing(schedule.first_day)
    assert first.start == schedule.first_day
    for override in schedule.overrides:
        assert schedule.period_containing(override.period_end).report_by == override.report_by


@given(cst.cycles())
def test_cycles_end_after_they_start(cycle: mcle.Cycle) -> None:
    assert cycle.end_of(0) >= cycle.first_start
    assert cycle.last_end is None or cycle.last_end >= cycle.first_start


@given(cst.cited(st.fractions()))
def test_cited_values_take_a_value_strategy(value: Cited[Fraction]) -> None:
    assert isinstance(value.value, Fraction)


@given(cst.requirements())
def test_requirements_are_no_more_than_unprorated(requirement: mcle.Requirement) -> None:
    assert requirement.hours <= requirement.unprorated


def test_every_configured_jurisdiction_is_drawn() -> None:
    drawn: set[str] = set()

    @given(cst.jurisdictions())
    def collect(where: mcle.Jurisdiction) -> None:
        drawn.add(where.code)

    collect()
    assert drawn == {j.code for j in mcle.jurisdictions()}


# ----------------------------------------------------------------- Organization


@given(cst.cities())
def test_cities_have_populations_in_strictly_increasing_date_order(city: organization.City) -> None:
    for before, after in itertools.pairwise(city.populations):
        assert before.as_of < after.as_of
    assert city.division is None or organization.DIVISIONS.get(city.division) is not None


@given(cst.populations(date(2020, 1, 1), date(2020, 12, 31)))
def test_populations_within_the_days(population: organization.Population) -> None:
    assert date(2020, 1, 1) <= population.as_of <= date(2020, 12, 31)
    assert population.count >= 0


@given(cst.officials())
def test_officials_terms_end_on_or_after_they_start(official: organization.Official) -> None:
    assert official.term_end is None or official.term_end >= official.term_start
    assert official.holds_office_on(official.term_start)


@given(cst.officials(open_term=True), cst.officials(open_term=False))
def test_officials_open_term_is_forced_or_forbidden(
    running: organization.Official, ended: organization.Official
) -> None:
    assert running.term_end is None
    assert ended.term_end is not None


@pytest.mark.parametrize("kind", list(organization.BodyKind), ids=lambda k: k.value)
@given(data=st.data())
def test_bodies_and_registries_of_a_kind(kind: organization.BodyKind, data: st.DataObject) -> None:
    assert data.draw(cst.bodies(kind)).kind is kind
    drawn = data.draw(cst.registries(kind))
    assert drawn.kind is kind
    assert all(b.kind is kind for b in drawn.bodies)
    assert data.draw(cst.registry_snapshots(kind)).kind is kind


@given(cst.registries(), st.data())
def test_registries_never_name_more_bodies_than_the_count(registry: organization.Registry, data: st.DataObject) -> None:
    assert len({b.code for b in registry.bodies}) == len(registry.bodies)
    cover = registry.names_cover
    snapshot = registry.as_of(data.draw(cst.dates(cover.start, cover.end or cst.MAX_DATE)))
    if snapshot.official_count is not None:
        assert len(snapshot.bodies) + snapshot.unnamed == snapshot.official_count


@given(cst.registry_snapshots())
def test_snapshots_are_what_a_registry_says_on_a_day(snapshot: organization.RegistrySnapshot) -> None:
    assert all(snapshot.on in b.in_force and b.kind is snapshot.kind for b in snapshot.bodies)
    assert (snapshot.official_count is None) == (snapshot.count_source is None)
    assert snapshot.official_count is None or len(snapshot.bodies) <= snapshot.official_count


@pytest.mark.parametrize("kind", list(organization.BodyKind), ids=lambda k: k.value)
def test_the_real_registry_of_each_kind_is_drawn(kind: organization.BodyKind) -> None:
    real = organization.registry(kind)
    assert find(cst.registries(kind), lambda registry: registry == real) == real


# ----------------------------------------------------------------- Governance


@given(cst.seat_counts())
def test_seat_counts_are_unknown_or_not_negative(seat: governance.SeatCount) -> None:
    assert seat.count is None or seat.count >= 0


def test_the_boards_real_seat_rows_are_drawn() -> None:
    officers = governance.board_as_of(date(2024, 1, 1)).seats[0]
    assert find(cst.seat_counts(), lambda seat: seat == officers) == officers


@given(cst.board_compositions(date(2000, 1, 1), date(2021, 12, 31)))
def test_board_compositions_are_the_board_on_a_day_from_2013(board: governance.BoardComposition) -> None:
    assert date(2013, 3, 8) == cst.BOARD_FIRST_DAY
    assert date(2013, 3, 8) <= board.on <= date(2021, 12, 31)
    assert board == governance.board_as_of(board.on)


def test_board_compositions_refuse_days_before_2013() -> None:
    with pytest.raises(InvalidArgument, match="on or after 2013-03-08"):
        cst.board_compositions(date(2000, 1, 1), date(2013, 3, 7))


@given(cst.vote_tallies())
def test_vote_tallies_never_count_more_than_present_or_eligible(tally: governance.VoteTally) -> None:
    counted = tally.yes + tally.no + tally.abstain
    assert min(tally.yes, tally.no, tally.abstain) >= 0
    assert tally.present is None or counted <= tally.present
    assert tally.eligible is None or max(counted, tally.present or 0) <= tally.eligible


@given(cst.vote_tallies(with_present=True, with_eligible=True), cst.thresholds())
def test_tallies_that_know_their_members_meet_any_threshold(
    tally: governance.VoteTally, threshold: governance.Threshold
) -> None:
    assert tally.present is not None
    assert tally.eligible is not None
    assert governance.decide(tally, threshold).outcome == threshold.passes(tally)


@given(cst.vote_tallies(with_present=False, with_eligible=False, max_members=10))
def test_vote_tallies_can_forbid_the_members_and_bound_the_count(tally: governance.VoteTally) -> None:
    assert (tally.present, tally.eligible) == (None, None)
    assert tally.yes + tally.no + tally.abstain <= 10


@given(cst.thresholds())
def test_thresholds_are_shares_from_zero_to_one(threshold: governance.Threshold) -> None:
    assert threshold.denominator > 0
    assert 0 <= threshold.numerator <= threshold.denominator


@pytest.mark.parametrize("base", list(governance.Base), ids=lambda b: b.value)
@given(data=st.data())
def test_thresholds_of_a_base(base: governance.Base, data: st.DataObject) -> None:
    assert data.draw(cst.thresholds(base)).base is base


@pytest.mark.parametrize(
    "named",
    [
        governance.MAJORITY_OF_VOTES_CAST,
        governance.TWO_THIRDS_OF_VOTES_CAST,
        governance.TWO_THIRDS_OF_PRESENT,
        governance.MAJORITY_OF_MEMBERS,
    ],
    ids=lambda t: t.name,
)
def test_each_named_threshold_is_drawn(named: governance.Threshold) -> None:
    assert find(cst.thresholds(), lambda threshold: threshold == named) == named


@given(cst.quorums(max_members=60))
def test_quorums_within_the_members(quorum: governance.Quorum) -> None:
    assert 0 <= quorum.members <= 60


@given(cst.voting_designations())
def test_voting_designations_name_at_most_two_alternates_of_the_city_once_each(
    designation: governance.VotingDesignation,
) -> None:
    assert len(designation.alternates) <= governance.MAX_ALTERNATES.value
    people = [h.person for h in designation.holders]
    assert len(set(people)) == len(people)
    assert all(h.city == designation.city for h in designation.holders)
    for person in people:
        assert governance.may_hold_card(designation, person).outcome == (person in designation.registered)


@pytest.mark.parametrize("seat_type", list(governance.SeatType), ids=lambda s: s.value)
@given(data=st.data())
def test_roster_seats_name_the_body_of_their_type(seat_type: governance.SeatType, data: st.DataObject) -> None:
    seat = data.draw(cst.roster_seats(seat_type))
    assert seat.seat_type is seat_type
    bodies = {
        governance.SeatType.DIVISION: organization.DIVISIONS,
        governance.SeatType.DEPARTMENT: organization.DEPARTMENTS,
        governance.SeatType.CAUCUS: organization.CAUCUSES,
    }
    if seat_type in bodies:
        assert seat.body is not None
        assert bodies[seat_type].get(seat.body) is not None
    elif seat_type is governance.SeatType.LARGE_CITY:
        assert seat.body == seat.holder.city
    else:
        assert seat.body is None


@given(cst.rosters(max_seats=5))
def test_rosters_give_each_person_one_seat(roster: governance.Roster) -> None:
    assert len(roster.seats) <= 5
    people = [s.holder.person for s in roster.seats]
    assert len(set(people)) == len(people)


# ----------------------------------------------------------------- Recognition


@given(cst.programs())
def test_programs_list_their_levels_in_order(program: recognition.Program) -> None:
    assert program.levels[0].prerequisite is None
    for before, level in itertools.pairwise(program.levels):
        assert level.prerequisite == before.code


@given(cst.programs(configured=True))
def test_configured_programs_leave_nothing_unconfigured(program: recognition.Program) -> None:
    assert program.unconfigured() == ()


@pytest.mark.parametrize("configured", recognition.programs(), ids=lambda p: p.code)
def test_each_configured_program_is_drawn(configured: recognition.Program) -> None:
    # Found by what they are, not as themselves: a program's repr is too long for find to show.
    assert find(cst.programs().map(lambda program: program == configured), bool)


def test_made_up_programs_leave_some_requirements_unconfigured() -> None:
    def unconfigured(program: recognition.Program) -> bool:
        return program not in recognition.programs() and any(
            path.endswith(".minimum") for path, _ in program.unconfigured()
        )

    assert find(cst.programs().map(unconfigured), bool)


@given(st.data())
def test_activities_are_in_their_programs_categories_and_kinds(data: st.DataObject) -> None:
    program = data.draw(cst.programs())
    activity = data.draw(cst.activities(program, date(2024, 1, 1), date(2024, 12, 31)))
    assert program.category(activity.category) is not None
    if activity.kind is not None:
        kind = program.activity_kind(activity.kind)
        assert kind is not None
        assert kind.category == activity.category
    assert activity.hours is None or activity.credits is None
    assert date(2024, 1, 1) <= activity.on <= date(2024, 12, 31)


def test_activities_refuse_bounds_in_the_wrong_order() -> None:
    @given(cst.activities(recognition.TORCH, date(2024, 2, 1), date(2024, 1, 1)))
    def draw(activity: recognition.Activity) -> None:
        raise AssertionError(activity)  # pragma: no cover - never drawn

    with pytest.raises(InvalidArgument, match="before min_value"):
        draw()


def test_activities_repeat_a_course_now_and_then() -> None:
    lists = cst.activity_lists(recognition.NLC_LEADERSHIP, date(2024, 1, 1), date(2024, 12, 31))
    found = find(lists, lambda done: len({a.course for a in done if a.course}) < len([a for a in done if a.course]))
    assert len(found) >= 2


@given(cst.tally_inputs())
def test_tally_inputs_are_accepted(
    inputs: tuple[organization.Official, tuple[recognition.Activity, ...], recognition.Program, date],
) -> None:
    official, done, program, as_of = inputs
    assert len({a.activity_id for a in done}) == len(done)
    assert all(a.on <= as_of + timedelta(days=60) for a in done)
    result = recognition.tally(official, done, program, as_of=as_of)
    assert [lv.code for lv in result.levels] == [lv.code for lv in program.levels]


def test_tallies_reach_levels_now_and_then() -> None:
    def reached(result: recognition.Tally) -> bool:
        return result.program != recognition.TORCH.code and len([lv for lv in result.levels if lv.reached]) >= 2

    assert find(cst.tallies().map(reached), bool)
