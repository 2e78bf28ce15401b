"""Tests of the jurisdiction registry and of each configured jurisdiction's completeness.

Rules under test:

* DESIGN.md principle 3 and python-holidays' registry test: every jurisdiction is complete
  (a rule set on every period end from its first entry on, every value cited, every
  minimum's subfield in its vocabulary, contiguous calendars), the registry and the
  modules agree, and an unknown code is an InputError naming the known codes.
* New York (../shared/domain/mcle.md section 8; 22 NYCRR 1500.22, 1500.4(b)(1)): 24 hours
  per biennial cycle, at least 4 ethics and professionalism, 1 diversity, 1 cybersecurity
  (cycles due from 1 July 2023), 50-minute hours, carry-over of at most 6 credits, no
  self-study cap for experienced attorneys, cycles anchored on each attorney (no groups).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain import mcle
from calcities_domain.kernel import Cited, Confidence, InputError, RuleNotInForce, Source
from calcities_domain.mcle import (
    CALIFORNIA,
    NEW_YORK,
    ComplianceGroup,
    Credit,
    CreditKind,
    Delivery,
    Jurisdiction,
    Licensee,
    Minimum,
    NotCountedReason,
    RuleSet,
    Subfield,
    SubfieldShare,
    compliance_period,
    evaluate,
    jurisdiction,
    jurisdictions,
    next_period,
)
from calcities_domain.mcle.periods import PeriodSchedule

ONE = timedelta(days=1)
ALL = jurisdictions()
IDS = [j.code for j in ALL]
TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")


def paths_of(error: InputError) -> list[str]:
    return [p.path for p in error.problems]


def sample_licensee(where: Jurisdiction) -> Licensee:
    """A licensee admitted long ago, placed as the jurisdiction places licensees."""
    if where.group_schedules:
        return Licensee("sample", date(1990, 6, 1), where.groups[0])
    return Licensee("sample", date(1990, 6, 1), cycle_start=date(2018, 7, 1))


def schedules_of(where: Jurisdiction) -> list[PeriodSchedule]:
    if where.group_schedules:
        return list(where.group_schedules)
    assert where.anchored is not None
    return [where.anchored.schedule(where.code, start) for start in (date(2016, 7, 1), date(2017, 2, 28))]


# ----------------------------------------------------------------------------- the registry


def test_the_registry_lists_california_first_and_new_york() -> None:
    assert IDS == ["us_ca", "us_ny"]
    assert CALIFORNIA is jurisdiction("us_ca")
    assert NEW_YORK is jurisdiction("us_ny")


def test_registry_codes_are_unique_and_each_resolves_to_itself() -> None:
    assert len(IDS) == len(set(IDS))
    for where in ALL:
        assert where is jurisdiction(where.code)


def test_every_module_level_jurisdiction_is_registered() -> None:
    """python-holidays style: the registry and the modules agree."""
    exported = {getattr(mcle, name) for name in mcle.__all__ if isinstance(getattr(mcle, name), Jurisdiction)}

    assert exported == set(ALL)


@pytest.mark.parametrize("code", ["us_tx", "US_CA", "", "california"])
def test_an_unknown_code_names_the_known_ones(code: str) -> None:
    with pytest.raises(InputError) as caught:
        jurisdiction(code)

    assert paths_of(caught.value) == ["code"]
    assert f"no jurisdiction {code!r}; known: us_ca, us_ny" == caught.value.problems[0].message


# ----------------------------------------------------------------------------- completeness of each


@pytest.mark.parametrize("where", ALL, ids=IDS)
def test_rule_sets_have_no_gap_from_the_first_entry_on(where: Jurisdiction) -> None:
    """Catala's check: none in force is an error; from the first rule set on, one is always in force."""
    covered = where.rule_sets.covered()

    assert len(covered) == 1
    assert covered[0].end is None
    for before, after in pairwise(where.rule_sets.entries):
        assert before.in_force.end is not None
        assert after.in_force.start == before.in_force.end + ONE


@pytest.mark.parametrize("where", ALL, ids=IDS)
def test_every_rule_value_cites_a_source(where: Jurisdiction) -> None:
    """Principle 3: every number from a rule carries a Source."""
    for entry in where.rule_sets:
        rules = entry.value
        assert isinstance(entry.source, Source)
        for field in attrs.fields(RuleSet):
            value = getattr(rules, field.name)
            if field.name in ("name", "minimums"):
                continue
            assert value is None or (isinstance(value, Cited) and isinstance(value.source, Source)), field.name
        for minimum in rules.minimums:
            assert isinstance(minimum.source, Source)
    sources = where.sources()
    assert sources
    assert all(s.title.strip() for s in sources)
    assert all(s.is_confirmed or s.note for s in sources), "an unconfirmed source must say why"


@pytest.mark.parametrize("where", ALL, ids=IDS)
def test_every_minimum_is_in_the_vocabulary(where: Jurisdiction) -> None:
    codes = {s.code for s in where.subfields}

    assert len(codes) == len(where.subfields)
    for subfield in codes:
        parent = subfield.rpartition(".")[0]
        assert not parent or parent in codes, f"{subfield} has no parent {parent}"
    for entry in where.rule_sets:
        for minimum in entry.value.minimums:
            assert minimum.subfield in codes
            # a rule set may name a subfield as it was then: "competence issues (substance abuse)"
            assert minimum.label.startswith(where.subfield_label(minimum.subfield))


@pytest.mark.parametrize("where", ALL, ids=IDS)
def test_schedules_are_contiguous(where: Jurisdiction) -> None:
    """Every period starts the day after the one before ends, through 2040, and is due after it ends."""
    for schedule in schedules_of(where):
        periods = list(schedule.periods(until=date(2040, 1, 1)))
        assert periods[0].start == schedule.first_day
        for before, after in pairwise(periods):
            assert after.start == before.end + ONE
        for period in periods:
            assert period.start <= period.end < period.due <= period.report_by


@pytest.mark.parametrize("where", ALL, ids=IDS)
def test_a_rule_set_is_in_force_for_every_period_from_the_first_rule_set_on(where: Jurisdiction) -> None:
    """The calendar and the rule sets agree: every period ending from the first rule set on has one."""
    first = where.rule_sets.entries[0].in_force.start
    for schedule in schedules_of(where):
        for period in schedule.periods(until=date(2040, 1, 1)):
            if period.end >= first:
                assert isinstance(where.rules_for(period), RuleSet)
            else:
                with pytest.raises(RuleNotInForce):
                    where.rules_for(period)


@pytest.mark.parametrize("where", ALL, ids=IDS)
def test_evaluate_works_for_a_sample_licensee(where: Jurisdiction) -> None:
    licensee = sample_licensee(where)
    period = compliance_period(licensee, containing=date(2026, 6, 1), jurisdiction=where)
    credits = [Credit("c1", period.start, 600, subfields=(SubfieldShare(where.subfields[0].code, 60),))]

    report = evaluate(licensee, credits, period, jurisdiction=where)

    assert report.period == period
    assert report.required("total") == where.rules_for(period).total_hours.value
    assert report.hours(where.subfields[0].code) > 0
    assert report.explain().startswith(f"Is licensee sample compliant for the period {period.start}")


# ----------------------------------------------------------------------------- validation of a jurisdiction


def test_a_minimum_outside_the_vocabulary_is_refused() -> None:
    rules = CALIFORNIA.rule_sets.entries[-1].value
    odd = attrs.evolve(rules, minimums=(*rules.minimums, Minimum("cooking", "cooking", Decimal(1), TEST_SOURCE)))
    timeline = attrs.evolve(
        CALIFORNIA.rule_sets,
        entries=(*CALIFORNIA.rule_sets.entries[:-1], attrs.evolve(CALIFORNIA.rule_sets.entries[-1], value=odd)),
    )

    with pytest.raises(InputError) as caught:
        attrs.evolve(CALIFORNIA, rule_sets=timeline)

    assert [f"rule_sets.entries[{len(timeline) - 1}].value.minimums[{len(odd.minimums) - 1}].subfield"] == paths_of(
        caught.value
    )


def test_a_jurisdiction_needs_groups_or_anchored_cycles_not_both() -> None:
    with pytest.raises(InputError) as caught:
        attrs.evolve(CALIFORNIA, anchored=NEW_YORK.anchored)

    assert paths_of(caught.value) == ["group_schedules"]
    with pytest.raises(InputError):
        attrs.evolve(NEW_YORK, anchored=None)


def test_a_schedule_of_another_jurisdiction_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        attrs.evolve(NEW_YORK, code="us_nj", anchored=None, group_schedules=CALIFORNIA.group_schedules)

    assert (paths_of(caught.value)) == [
        "group_schedules[0].jurisdiction",
        "group_schedules[1].jurisdiction",
        "group_schedules[2].jurisdiction",
    ]


def test_two_schedules_for_one_group_are_refused() -> None:
    first = CALIFORNIA.group_schedules[0]

    with pytest.raises(InputError) as caught:
        attrs.evolve(CALIFORNIA, group_schedules=(first, first))

    assert paths_of(caught.value) == ["group_schedules"]


def test_subfield_checks_its_code() -> None:
    with pytest.raises(InputError) as caught:
        Subfield("Ethics!", " ")

    assert paths_of(caught.value) == ["code", "label"]


def test_california_places_licensees_by_group() -> None:
    assert CALIFORNIA.groups == (ComplianceGroup.GROUP_1, ComplianceGroup.GROUP_2, ComplianceGroup.GROUP_3)
    with pytest.raises(InputError) as caught:
        CALIFORNIA.schedule_for(Licensee("1", date(2010, 1, 1)))

    assert paths_of(caught.value) == ["licensee.group"]


# ----------------------------------------------------------------------------- New York


def ny_licensee(cycle_start: date = date(2020, 7, 1)) -> Licensee:
    return Licensee("ny1", date(2010, 3, 1), cycle_start=cycle_start)


def ny_period(cycle_start: date = date(2020, 7, 1), containing: date | None = None) -> mcle.CompliancePeriod:
    return compliance_period(ny_licensee(cycle_start), containing=containing or cycle_start, jurisdiction=NEW_YORK)


def test_new_york_rule_values() -> None:
    """22 NYCRR 1500.22(a), (c) and 1500.4(b)(1): 24 hours, 50-minute hours, at most 6 carried over."""
    rules = NEW_YORK.rule_sets.at(date(2024, 6, 30))

    assert (Decimal(24), 50, Fraction(1, 2), Decimal(6), None, False) == (
        rules.total_hours.value,
        rules.minutes_per_hour.value,
        rules.increment.value,
        rules.carry_forward_cap.value,
        rules.self_study_cap,
        rules.carry_back.value,
    )
    assert {m.subfield: m.hours for m in rules.minimums} == {"ethics": 4, "diversity": 1, "cybersecurity": 1}
    assert (NEW_YORK.groups, NEW_YORK.new_attorney_training, NEW_YORK.noncompliance) == ((), None, None)


@pytest.mark.parametrize(
    ("cycle_start", "end", "cyber"),
    [(date(2021, 7, 1), date(2023, 6, 30), False), (date(2021, 7, 2), date(2023, 7, 1), True)],
)
def test_new_york_cybersecurity_from_cycles_ending_1_july_2023(cycle_start: date, end: date, cyber: bool) -> None:
    """NY_CYBER_DATE (secondary): the cybersecurity hour for attorneys due to re-register from 1 July 2023."""
    period = ny_period(cycle_start)

    report = evaluate(ny_licensee(cycle_start), [], period, jurisdiction=NEW_YORK)

    assert end == period.end
    assert Decimal(1 if cyber else 0) == report.required("cybersecurity")
    assert (Decimal(24), Decimal(4), Decimal(1)) == (
        report.required("total"),
        report.required("ethics"),
        report.required("diversity"),
    )


def test_new_york_fifty_minute_hours_and_no_self_study_cap() -> None:
    """1500.4(b)(1): 1200 minutes are 24 credits; NY_NO_CAP: all of them may be self-study."""
    credits = [
        Credit(
            "all",
            date(2021, 3, 1),
            1200,
            delivery=Delivery.SELF_STUDY,
            subfields=(SubfieldShare("ethics", 200), SubfieldShare("diversity", 50)),
        )
    ]

    report = evaluate(ny_licensee(), credits, ny_period(), jurisdiction=NEW_YORK)

    assert (True, Decimal(24), Decimal(24), Decimal(4)) == (
        report.compliant,
        report.hours("total"),
        report.hours("self_study"),
        report.hours("ethics"),
    )
    assert "participatory" not in {r.category for r in report.requirements}
    assert "mcle.self_study_cap" not in report.decision().codes
    assert "mcle.proration.none" in report.decision().codes


def test_new_york_speaking_credit_is_not_configured() -> None:
    """NY_NOT_CONFIGURED: speaker and teaching credit are reported, not guessed."""
    credits = [
        Credit("talk", date(2021, 3, 1), 60, kind=CreditKind.SPEAKING),
        Credit("class", date(2021, 3, 2), 60, kind=CreditKind.LAW_SCHOOL_TEACHING, units=Decimal(1)),
    ]

    report = evaluate(ny_licensee(), credits, ny_period(), jurisdiction=NEW_YORK)

    assert {n.credit_id: n.reason for n in report.not_counted} == {
        "talk": NotCountedReason.NOT_CONFIGURED,
        "class": NotCountedReason.NOT_CONFIGURED,
    }
    assert "speaker credit is not configured for New York" in report.explain()


def test_new_york_has_no_groups_a_licensee_needs_a_cycle_start() -> None:
    """NY_CYCLE (1500.22(b)(1)): the biennial cycle is the attorney's own: give Licensee.cycle_start."""
    grouped = Licensee("ny1", date(2010, 3, 1), ComplianceGroup.GROUP_1)

    with pytest.raises(InputError) as caught:
        evaluate(grouped, [], ny_period(), jurisdiction=NEW_YORK)

    assert "licensee.cycle_start" in paths_of(caught.value)
    with pytest.raises(InputError) as caught:
        compliance_period(ComplianceGroup.GROUP_1, containing=date(2021, 1, 1), jurisdiction=NEW_YORK)

    assert paths_of(caught.value) == ["group"]


def test_new_york_cycles_are_two_years_and_due_the_next_day() -> None:
    """NY_DEADLINE (assumed): due the day after the cycle ends, not moved for weekends."""
    period = ny_period(date(2021, 7, 2))
    after = next_period(period, jurisdiction=NEW_YORK)

    assert (date(2021, 7, 2), date(2023, 7, 1), date(2023, 7, 2), date(2023, 7, 2)) == (
        period.start,
        period.end,
        period.due,
        period.report_by,  # a Sunday, not moved
    )
    assert (date(2023, 7, 2), date(2025, 7, 1)) == (after.start, after.end)


def test_new_york_cycles_ending_before_july_2018_have_no_rules() -> None:
    """NY_START: rule sets cover cycles ending from 1 July 2018."""
    period = ny_period(date(2014, 7, 1))

    with pytest.raises(RuleNotInForce) as caught:
        evaluate(ny_licensee(date(2014, 7, 1)), [], period, jurisdiction=NEW_YORK)

    assert caught.value.rule == "mcle.us_ny.rule_set"


def test_a_period_of_another_new_york_licensee_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        evaluate(ny_licensee(date(2020, 7, 1)), [], ny_period(date(2020, 8, 1)), jurisdiction=NEW_YORK)

    assert paths_of(caught.value) == ["period"]


@given(start=st.dates(min_value=date(2016, 7, 2), max_value=date(2060, 12, 31)))
def test_new_york_cycles_tile_from_any_start(start: date) -> None:
    """Property: an anchored cycle is 24 months, and the next starts the day after it ends."""
    period = ny_period(start)
    after = next_period(period, jurisdiction=NEW_YORK)

    assert after.start == period.end + ONE
    assert (period.months, after.months) == (24, 24)
    assert isinstance(NEW_YORK.rules_for(period), RuleSet)


def test_a_rule_set_timeline_holding_something_else_is_refused() -> None:
    not_a_rule_set: object = 25
    entry = attrs.evolve(CALIFORNIA.rule_sets.entries[0], value=not_a_rule_set)  # type: ignore[arg-type]
    timeline = attrs.evolve(CALIFORNIA.rule_sets, entries=(entry,))

    with pytest.raises(InputError) as caught:
        attrs.evolve(CALIFORNIA, rule_sets=timeline)

    assert paths_of(caught.value) == ["rule_sets.entries[0].value"]


def test_jurisdiction_lookups_refuse_wrong_types_and_name_unknown_subfields() -> None:
    with pytest.raises(InputError) as caught:
        CALIFORNIA.schedule_for("Garcia")  # type: ignore[arg-type]
    assert paths_of(caught.value) == ["licensee"]
    with pytest.raises(InputError) as caught:
        CALIFORNIA.rules_for(date(2025, 3, 29))  # type: ignore[arg-type]
    assert paths_of(caught.value) == ["period"]
    assert (
        CALIFORNIA.subfield_label("civility"),
        CALIFORNIA.subfield_label("cooking"),
    ) == ("civility in the legal profession", "cooking")
