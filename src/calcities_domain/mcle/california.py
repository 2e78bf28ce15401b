"""California's MCLE rules, as dated, cited data.

Everything here is a value with its source and a confidence mark, taken from the
project's domain notes (State Bar of California pages, the Rules of Court, the Business
and Professions Code, and the secondary sources they name). Where the sources are
silent the value is marked assumed or inferred and every explanation that uses it says
so; pass your own :class:`~calcities_domain.mcle.RuleSet` to :func:`~calcities_domain.mcle.evaluate`
to override it.

What is covered:

- **Periods** for each group from the first regular 36-month period the sources support
  (group 1 from 1 February 2001, group 3 from 2002, group 2 from 2003), the one-time
  38-month periods ending 29 March 2025, 2026 and 2027, and the 36-month periods from
  30 March after them. Earlier dates raise :class:`~calcities_domain.kernel.RuleNotInForce`
  naming what is missing: the 1992 start, the 1997-1999 suspension and the merged
  six-year, 61-hour periods that ended in 2001-2003 are not documented precisely enough.
- **Rule sets** for periods ending from 31 January 2004.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from calcities_domain.kernel import CALIFORNIA_STATE_OFFICES, Cited, Confidence, Money, Source, Timeline
from calcities_domain.mcle.groups import ComplianceGroup
from calcities_domain.mcle.jurisdiction import Jurisdiction, NoncomplianceRules, Subfield
from calcities_domain.mcle.models import PeriodKind
from calcities_domain.mcle.periods import Cycle, PeriodSchedule, ReportByOverride
from calcities_domain.mcle.rules import Minimum, NewAttorneyTraining, ProrationMode, Rounding, RuleSet, TieRule

__all__ = ["CALIFORNIA"]

C, S, INF, A = Confidence.CONFIRMED, Confidence.SECONDARY, Confidence.INFERRED, Confidence.ASSUMED
_CALBAR = "https://www.calbar.ca.gov/Attorneys/MCLE-CLE/Requirements"
_COMPLIANCE = "https://www.calbar.ca.gov/Attorneys/MCLE-CLE/mcle-compliance-information"

# ----------------------------------------------------------------------------- sources

RULE_9_31 = Source(
    "California Rules of Court",
    C,
    url="https://courts.ca.gov/cms/rules/index.cfm?title=nine&linkid=rule9_31",
    section="Rule 9.31(c); B&P Code § 6070(a)",
    note="25 hours of approved education in each compliance period, 4 of them legal ethics.",
)
ETHICS = Source(
    "California Business and Professions Code", C, section="§ 6070(a)", note="At least 4 hours of legal ethics."
)
SUBFIELDS_TO_2022 = Source(
    "The State Bar of California, MCLE requirements",
    C,
    url=_CALBAR,
    section="Rule 2.72",
    note="1 hour of elimination of bias and 1 hour of competence issues (substance abuse until 2014) inside the "
    "25; the Board kept them in 2001 (California Bar Journal, Sept. 2001).",
)
IMPLICIT_BIAS = Source(
    "California Business and Professions Code",
    C,
    section="§ 6070.5(a); Rule 2.72 as amended",
    url=_CALBAR,
    note="Each compliance period ending after 31 January 2022 includes implicit-bias training: 2 hours of "
    "elimination of bias, at least 1 on implicit bias; first applied to group 3's period ending 31 January 2023.",
)
SUBFIELDS_2025 = Source(
    "Rule 2.72 as amended effective 1 October 2023 "
    "(State Bar 2023 public comment; trtcle.com; CLA Litigation, Aug. 2024)",
    S,
    url=_COMPLIANCE,
    note="Competence 2 hours (at least 1 on prevention and detection of substance abuse or mental illness, the "
    "other may be wellness), technology 1, civility 1, from the period ending 31 January 2025 (extended to "
    "29 March 2025). The adopting resolution and the current text of Rule 2.72 were not retrieved.",
)
SELF_STUDY_CAP = Source(
    "The State Bar of California, MCLE requirements",
    C,
    url="https://mcle.calbar.ca.gov/Attorneys/Requirements.aspx",
    section="Rule 2.72; Rule 2.51(F)",
    note="At most half of the requirement by self-study; at least half participatory. That half of a prorated "
    "requirement is the cap rests on a secondary source (americanbar.org).",
)
OVER_CAP_SUBFIELDS = Source(
    "calcities_domain: self-study above the cap and subfields",
    A,
    section="default: self-study above the cap counts toward subfields",
    note="The sources say only that subfields may be taken as self-study. The library reads the cap as the "
    "participatory floor (participatory at least half) and lets every self-study hour count toward subfields. "
    "Override with self_study_over_cap_counts_for_subfields=False.",
)
CREDIT_HOUR = Source(
    "State Bar Rules, Title 2, Division 4",
    C,
    section="Rule 2.51(D)",
    note="A credit hour is sixty minutes actually spent in an MCLE activity, less breaks and other activities "
    "that lack educational content.",
)
QUARTER_HOUR = Source(
    "The State Bar of California, Evaluate credit",
    C,
    url="https://www.calbar.ca.gov/Attorneys/MCLE-CLE/Requirements/Education-Approval/Evaluate-Credit",
    section="Rule 2.51(D)",
    note="A credit hour is reported to the nearest quarter hour in decimals.",
)
TIE = Source(
    "California Lawyers Association, 'Avoiding the common pitfalls of MCLE creation'",
    S,
    url="https://calawyers.org",
    note="The State Bar does not say how a time exactly halfway between quarter hours rounds. The CLA reads "
    "'more than 52.5 minutes' as one hour, so the library rounds an exact tie down. With whole minutes a tie "
    "cannot occur (it needs 7.5 minutes past a quarter); it arises only from panel time shared among panelists.",
)
SPEAKER = Source(
    "The State Bar of California, Rules for specific MCLE credits",
    C,
    url="https://www.calbar.ca.gov/Attorneys/MCLE-CLE/Rules/Rules-Specific-MCLE-Credits",
    section="Rule 2.81",
    note="Speakers earn 4 times their speaking time for the first presentation, the actual time for repeats; "
    "panelists without scheduled times share the panel's time equally.",
)
TEACHING = Source(
    "The State Bar of California, Rules for specific MCLE credits",
    C,
    url="https://www.calbar.ca.gov/Attorneys/MCLE-CLE/Rules/Rules-Specific-MCLE-Credits",
    section="Rule 2.82",
    note="12 credit hours per unit the law school grants; subfield credit only for actual teaching time.",
)
PRORATION = Source(
    "The State Bar of California, New admittees",
    INF,
    url="https://mcle.calbar.ca.gov/Attorneys/Requirements/NewAdmittees.aspx",
    section="Rule 2.72(D) (2014 numbering)",
    note="The requirement is reduced in proportion to whole months not yet admitted, inactive or exempt (confirmed). "
    "Rounding up to whole hours is inferred: it fits every row of the official 2012-2014 table (32 months: 23 "
    "hours, 4 ethics; 26: 19, 3; 20: 14, 3; 14: 10, 2; 8: 6, 1); rounding to the nearest does not. For the "
    "one-time 38-month periods the library divides by 38 months (inferred).",
)
FOUR_MONTHS = Source(
    "The State Bar of California, MCLE requirements",
    C,
    url="https://mcle.calbar.ca.gov/Attorneys/Requirements.aspx",
    note="A licensee subject to MCLE for four months or less of a period has no requirement for it, but reports.",
)
PRORATION_BEFORE_2015 = Source(
    "The State Bar of California, 2014 public comment (201406) and the new-admittee table",
    INF,
    section="Rule 2.72(D) (2014 numbering)",
    note="Before the 2014 change a prorated requirement dropped the bias and substance-abuse hours and prorated "
    "only ethics (confirmed by the table for group 2's 2012-2015 period). Applying the old way to every period "
    "ending by 31 January 2015 is inferred.",
)
PRORATION_AFTER_2015 = Source(
    "The State Bar of California, 2014 public comment (201406)",
    INF,
    section="Rule 2.72(D) (2014 numbering)",
    note="From the 2014 change a prorated requirement keeps 1 hour of bias and 1 of competence; prorating each "
    "1-hour minimum rounded up gives the same result. Applying it from periods ending after 31 January 2015 is "
    "inferred from the table.",
)
PRORATION_NEW_SUBFIELDS = Source(
    "calcities_domain: prorating the 2022 and 2025 subfields",
    A,
    section="default: every minimum is prorated like the total",
    note="How implicit bias, the second competence hour, technology and civility prorate is not published. The "
    "library prorates every minimum like the total (rounded up), as the 2014 approach does for 1-hour minimums.",
)
NO_CARRY_FORWARD = Source(
    "The State Bar of California, Inactive or not eligible status",
    C,
    url="https://mcle.calbar.ca.gov/Attorneys/InactiveorNotEligibleStatus.aspx",
    section="Rule 2.72 (2014 numbering)",
    note="Excess hours may not be carried forward to the next period.",
)
CARRY_BACK = Source(
    "The State Bar of California, Inactive or not eligible status; California Bar Journal, Feb. 2015",
    C,
    url="https://mcle.calbar.ca.gov/Attorneys/InactiveorNotEligibleStatus.aspx",
    note="Hours completed after a period ends may be applied to the deficient period, and then cannot count in "
    "the next one.",
)
NAT_COUNTS = Source(
    "calcities_domain: New Attorney Training and MCLE hours",
    A,
    section="default: New Attorney Training hours do not count toward MCLE",
    note="The 2016 design counted the 10 hours as part of the MCLE hours; the 2023 proposals 'clarify the "
    "distinction'. The current rule is not known: the library does not count them toward MCLE by default.",
)
NAT_SCOPE = Source(
    "The State Bar of California, Your New Attorney Training requirement",
    S,
    url="https://info.calbar.ca.gov",
    note="Attorneys admitted after 1 February 2018 (the wording of the 2018 notice, seen only in a copy); "
    "10 hours: 4 ethics, 3 basic skills, 1.5 competence, 1.5 bias.",
)
NAT_DUE = Source(
    "California Rules of Court",
    C,
    section="Rule 9.32 (effective 1 January 2024); formerly State Bar Rule 2.53(D)",
    note="Complete and report by the last day of the month of the one-year anniversary of admission "
    "(admitted 15 March 2018: 31 March 2019; admitted 1 December 2024: 31 December 2025).",
)
NAT_HOURS = Source(
    "The State Bar of California, Your New Attorney Training requirement",
    C,
    url="https://info.calbar.ca.gov",
    note="10 hours of New Attorney Training.",
)
OLD_CYCLES = Source(
    "The State Bar of California, New admittees; americanbar.org, California",
    C,
    url="https://mcle.calbar.ca.gov/Attorneys/Requirements/NewAdmittees.aspx",
    note="36-month periods from 1 February to 31 January; group 1 ends 2013, 2016, 2019, 2022; group 2 ends 2015, "
    "2018, 2021, 2024; group 3 ends 2014, 2017, 2020, 2023.",
)
OLD_CYCLES_EARLY = Source(
    "California Bar Journal (Oct. 2001, Nov. 2006); netforlawyers.com (2002)",
    S,
    section="periods ending 2004 to 2012",
    url="https://archive.calbar.ca.gov",
    note="The same 36-month pattern run back to group 1's period from 2001, group 3's from 2002 and group 2's "
    "from 2003, after the merged periods that ended 2001-2003; supported by bar-journal reports of those "
    "deadlines, not by the State Bar's current pages.",
)
TRANSITION = Source(
    "The State Bar of California, MCLE compliance information",
    C,
    url=_COMPLIANCE,
    note="One-time 38-month periods: group 1 from 1 February 2022 to 29 March 2025 (report by 1 April 2025), group 3 "
    "to 29 March 2026 (report by 30 March 2026), group 2 to 29 March 2027 (report by 30 March 2027).",
)
TRANSITION_STARTS = Source(
    "The State Bar of California, MCLE compliance information; nbi-sems.com",
    S,
    url=_COMPLIANCE,
    note="The ends (29 March 2026 for group 3, 29 March 2027 for group 2) and the deadlines are confirmed by the "
    "State Bar; the starts (1 February 2023 and 1 February 2024) are from nbi-sems.com and match the old "
    "1 February starts.",
)
NEW_CYCLES = Source(
    "The State Bar of California, MCLE compliance information",
    C,
    url=_COMPLIANCE,
    note="After the 38-month period each group returns to 36-month periods starting 30 March and ending 29 March "
    "three years later.",
)
DEADLINE = Source(
    "The State Bar of California, New admittees; MCLE compliance information",
    INF,
    url=_COMPLIANCE,
    note="Reports are due the day after the period ends, moved to the next business day (confirmed for the "
    "1 February deadlines: group 2's 2015 report was due Monday 2 February). Using the California state-office "
    "holidays is inferred: it explains group 1's 1 April 2025 deadline (30 March was a Sunday, 31 March Cesar "
    "Chavez Day). Whether a deadline on a Saturday such as 30 March 2030 moves is not published.",
)
G3_2017 = Source(
    "California Bar Journal, MCLE special edition (FAQ, updated)",
    C,
    url="https://www.calbarjournal.com",
    note="Group 3's 2017 reporting was extended one month, to 1 March 2017, to match the fee deadline; courses "
    "through the end of February counted for that period and could not be reused in the next one.",
)
MISSING_BEFORE = (
    "the sources do not say precisely when its periods ran: MCLE began on 1992-02-01, was suspended during the "
    "Warden litigation (1997-1999), and periods ending 2001-2003 were merged six-year periods of up to 61 hours. "
    "Pass your own PeriodSchedule to cover them"
)
LATE_FEE_75 = Source(
    "California Bar Journal (Nov. 2006, Jan. 2008, Feb. 2015); State Bar news release, Feb. 2010",
    C,
    section="late compliance fee",
    url="https://archive.calbar.ca.gov",
    note="A $75 late compliance fee for reports due from 2006 to 2015 (California Bar Journal 2006 and 2008; "
    "the end of the range is inferred).",
)
LATE_FEE_100 = Source(
    "The State Bar of California, Good cause modification",
    INF,
    url="https://www.calbar.ca.gov/Attorneys/MCLE-CLE/Requirements/Good-Cause-Modification",
    note="A $100 late fee (confirmed); the dates it applied are inferred: between the $75 and the $103 fees.",
)
LATE_FEE_103 = Source(
    "The State Bar of California, MCLE requirements",
    INF,
    url=_CALBAR,
    note="The Board of Trustees approved fee increases on 18 May 2023: late fee $103 (confirmed). That it applies "
    "to deadlines from the day of approval is inferred; the sources give no effective date for the late fee.",
)
REINSTATEMENT_200 = Source(
    "California Bar Journal, Jan. 2008; tsazim.com, 2019",
    INF,
    section="reinstatement fee",
    url="https://archive.calbar.ca.gov",
    note="A $200 reinstatement fee (confirmed for 2008 to 2019); the start of the range is inferred.",
)
REINSTATEMENT_308 = Source(
    "The State Bar of California, MCLE requirements",
    C,
    url=_CALBAR,
    note="$308 for anyone requiring reinstatement after 30 June 2023.",
)
NOTICE = Source(
    "The State Bar of California, Good cause modification; California Bar Journal, Feb. 2015",
    C,
    section="noncompliance notice",
    url="https://www.calbar.ca.gov/Attorneys/MCLE-CLE/Requirements/Good-Cause-Modification",
    note="Under the 1 February deadlines (the last was group 2's, 1 February 2024) a 60-day noncompliance notice "
    "followed the late fee. How the notice maps onto the 29/30 March deadlines is not published: the library "
    "says so rather than assume 60 days.",
)
INACTIVE = Source(
    "The State Bar of California, Audit FAQ; Good cause modification",
    C,
    url="https://www.calbar.ca.gov/Attorneys/MCLE-CLE/Compliance/Audit-FAQ",
    note="A licensee still noncompliant is enrolled inactive ('not entitled' to practise law); reinstatement "
    "needs compliance and the reinstatement fee. The enrollment date under the March deadlines is not published.",
)
SCHEDULE_2004 = Source(
    "calcities_domain: the first rule set encoded",
    INF,
    section="coverage: periods ending from 2004-01-31",
    note="Rule sets start with periods ending 31 January 2004, the first after the 36-to-25-hour change of 1999 "
    "(SB 144) in which no merged 61-hour period remained.",
)

# ----------------------------------------------------------------------------- subfields

SUBFIELDS = (
    Subfield("ethics", "legal ethics"),
    Subfield("bias", "elimination of bias"),
    Subfield("bias.implicit", "implicit bias"),
    Subfield("competence", "competence issues"),
    Subfield("competence.prevention", "prevention and detection of substance abuse or mental illness"),
    Subfield("competence.wellness", "wellness"),
    Subfield("technology", "technology in the practice of law"),
    Subfield("civility", "civility in the legal profession"),
)


def _rule_set(name: str, minimums: tuple[Minimum, ...]) -> RuleSet:
    return RuleSet(
        name=name,
        total_hours=Cited(Decimal(25), RULE_9_31),
        minimums=minimums,
        self_study_cap=Cited(Fraction(1, 2), SELF_STUDY_CAP),
        self_study_over_cap_counts_for_subfields=Cited(True, OVER_CAP_SUBFIELDS),
        minutes_per_hour=Cited(60, CREDIT_HOUR),
        increment=Cited(Fraction(1, 4), QUARTER_HOUR),
        tie=Cited(TieRule.DOWN, TIE),
        rounding=Cited(Rounding.NEAREST, QUARTER_HOUR),
        proration_months_threshold=Cited(4, FOUR_MONTHS),
        proration_rounding_up=Cited(True, PRORATION),
        carry_forward_cap=Cited(Decimal(0), NO_CARRY_FORWARD),
        carry_back=Cited(True, CARRY_BACK),
        speaker_multiplier=Cited(4, SPEAKER),
        hours_per_teaching_unit=Cited(Decimal(12), TEACHING),
        nat_counts_toward_mcle=Cited(False, NAT_COUNTS),
    )


_ETHICS = Minimum("ethics", "legal ethics", Decimal(4), ETHICS, proration_source=PRORATION)
_DROP = ProrationMode.DROP
_RULES_2004 = _rule_set(
    "California, periods ending 2004-01-31 to 2015-01-31",
    (
        _ETHICS,
        Minimum(
            "bias",
            "elimination of bias",
            Decimal(1),
            SUBFIELDS_TO_2022,
            when_prorated=_DROP,
            proration_source=PRORATION_BEFORE_2015,
        ),
        Minimum(
            "competence",
            "competence issues (substance abuse)",
            Decimal(1),
            SUBFIELDS_TO_2022,
            when_prorated=_DROP,
            proration_source=PRORATION_BEFORE_2015,
        ),
    ),
)
_RULES_2015 = _rule_set(
    "California, periods ending 2015-02-01 to 2022-01-31",
    (
        _ETHICS,
        Minimum("bias", "elimination of bias", Decimal(1), SUBFIELDS_TO_2022, proration_source=PRORATION_AFTER_2015),
        Minimum(
            "competence", "competence issues", Decimal(1), SUBFIELDS_TO_2022, proration_source=PRORATION_AFTER_2015
        ),
    ),
)
_BIAS_2022 = (
    Minimum("bias", "elimination of bias", Decimal(2), IMPLICIT_BIAS, proration_source=PRORATION_NEW_SUBFIELDS),
    Minimum("bias.implicit", "implicit bias", Decimal(1), IMPLICIT_BIAS, proration_source=PRORATION_NEW_SUBFIELDS),
)
_RULES_2022 = _rule_set(
    "California, periods ending 2022-02-01 to 2025-01-30",
    (
        _ETHICS,
        *_BIAS_2022,
        Minimum(
            "competence", "competence issues", Decimal(1), SUBFIELDS_TO_2022, proration_source=PRORATION_AFTER_2015
        ),
    ),
)
_RULES_2025 = _rule_set(
    "California, periods ending from 2025-01-31",
    (
        _ETHICS,
        *_BIAS_2022,
        Minimum(
            "competence", "competence issues", Decimal(2), SUBFIELDS_2025, proration_source=PRORATION_NEW_SUBFIELDS
        ),
        Minimum(
            "competence.prevention",
            "prevention and detection of substance abuse or mental illness",
            Decimal(1),
            SUBFIELDS_2025,
            proration_source=PRORATION_NEW_SUBFIELDS,
        ),
        Minimum(
            "technology",
            "technology in the practice of law",
            Decimal(1),
            SUBFIELDS_2025,
            proration_source=PRORATION_NEW_SUBFIELDS,
        ),
        Minimum(
            "civility",
            "civility in the legal profession",
            Decimal(1),
            SUBFIELDS_2025,
            proration_source=PRORATION_NEW_SUBFIELDS,
        ),
    ),
)

RULE_SETS: Timeline[RuleSet] = Timeline.from_values(
    "mcle.us_ca.rule_set",
    "California's MCLE requirement, by the end date of the compliance period",
    [
        (date(2004, 1, 31), date(2015, 1, 31), _RULES_2004, SCHEDULE_2004),
        (date(2015, 2, 1), date(2022, 1, 31), _RULES_2015, PRORATION_AFTER_2015),
        (date(2022, 2, 1), date(2025, 1, 30), _RULES_2022, IMPLICIT_BIAS),
        (date(2025, 1, 31), None, _RULES_2025, SUBFIELDS_2025),
    ],
)

# ----------------------------------------------------------------------------- periods


def _schedule(
    group: ComplianceGroup, first: date, confirmed: date, last_regular: date, transition_end: date
) -> PeriodSchedule:
    transition_start = date(last_regular.year + 3, 2, 1)
    after = date(transition_end.year, 3, 30)
    transition_source = TRANSITION if group is ComplianceGroup.GROUP_1 else TRANSITION_STARTS
    return PeriodSchedule(
        jurisdiction="us_ca",
        key=f"group-{group.value}",
        group=group,
        cycles=(
            Cycle(first, 36, date(confirmed.year - 3, 2, 1), source=OLD_CYCLES_EARLY),
            Cycle(confirmed, 36, last_regular, source=OLD_CYCLES),
            Cycle(transition_start, 38, kind=PeriodKind.TRANSITION, end=transition_end, source=transition_source),
            Cycle(after, 36, source=NEW_CYCLES),
        ),
        due_days_after_end=1,
        deadline_calendar=CALIFORNIA_STATE_OFFICES,
        deadline_source=DEADLINE,
        overrides=(
            (ReportByOverride(date(2017, 1, 31), date(2017, 3, 1), G3_2017),)
            if group is ComplianceGroup.GROUP_3
            else ()
        ),
        missing=f"{group} periods start on {first} in the library; before then {MISSING_BEFORE}",
    )


SCHEDULES = (
    _schedule(ComplianceGroup.GROUP_1, date(2001, 2, 1), date(2010, 2, 1), date(2019, 2, 1), date(2025, 3, 29)),
    _schedule(ComplianceGroup.GROUP_2, date(2003, 2, 1), date(2012, 2, 1), date(2021, 2, 1), date(2027, 3, 29)),
    _schedule(ComplianceGroup.GROUP_3, date(2002, 2, 1), date(2011, 2, 1), date(2020, 2, 1), date(2026, 3, 29)),
)

# ----------------------------------------------------------------------------- noncompliance

NONCOMPLIANCE = NoncomplianceRules(
    late_fee=Timeline.from_values(
        "mcle.us_ca.late_fee",
        "The fee for reporting MCLE compliance late, by the report deadline",
        [
            (date(2006, 1, 1), date(2015, 12, 31), Money.dollars(75), LATE_FEE_75),
            (date(2016, 1, 1), date(2023, 5, 17), Money.dollars(100), LATE_FEE_100),
            (date(2023, 5, 18), None, Money.dollars(103), LATE_FEE_103),
        ],
    ),
    reinstatement_fee=Timeline.from_values(
        "mcle.us_ca.reinstatement_fee",
        "The fee to be reinstated after inactive enrollment for MCLE noncompliance",
        [
            (date(2008, 1, 1), date(2023, 6, 30), Money.dollars(200), REINSTATEMENT_200),
            (date(2023, 7, 1), None, Money.dollars(308), REINSTATEMENT_308),
        ],
    ),
    notice_days=Timeline.from_values(
        "mcle.us_ca.notice_days",
        "Days a noncompliance notice gives to comply, by the report deadline",
        [(date(2007, 2, 1), date(2024, 2, 1), 60, NOTICE)],
    ),
    inactive_enrollment=(
        "A licensee still not compliant is enrolled inactive and is not entitled to practise law until "
        "compliance is reported and the reinstatement fee paid; the enrollment date under the March deadlines "
        "is not published, so the library gives none."
    ),
    inactive_enrollment_source=INACTIVE,
)

#: California, as configured by the library.
CALIFORNIA = Jurisdiction(
    code="us_ca",
    name="California",
    rule_sets=RULE_SETS,
    subfields=SUBFIELDS,
    group_schedules=SCHEDULES,
    noncompliance=NONCOMPLIANCE,
    new_attorney_training=NewAttorneyTraining(
        admitted_after=Cited(date(2018, 2, 1), NAT_SCOPE),
        hours=Cited(Decimal(10), NAT_HOURS),
        months_after_admission_month=Cited(12, NAT_DUE),
    ),
    note="Not modelled: good-cause modifications (Rule 2.55), audits, the mock-trial credit proposed in 2023, "
    "approved-jurisdiction credit taken outside California, and provider record keeping.",
)
