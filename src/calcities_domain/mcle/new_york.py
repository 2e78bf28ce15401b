"""New York's CLE rules for experienced attorneys: a second jurisdiction, to keep the engine general.

New York differs from California on almost every axis the engine has: a 50-minute credit
hour, half-credit increments, 24 hours per two-year cycle anchored on each attorney's
registration, no self-study cap for experienced attorneys, carry-over of up to 6
credits, and no groups. Only the experienced-attorney rules are configured (22 NYCRR
1500.22), for cycles ending from 1 July 2018; the newly admitted regime (1500.12) is not.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from calcities_domain.kernel import Cited, Confidence, Source, Timeline
from calcities_domain.mcle.jurisdiction import AnchoredCycles, Jurisdiction, Subfield
from calcities_domain.mcle.rules import Minimum, Rounding, RuleSet, TieRule

__all__ = ["NEW_YORK"]

_CORNELL = "https://www.law.cornell.edu/regulations/new-york/22-NYCRR-1500.22"

NY_1500_22_A = Source(
    "22 NYCRR Part 1500 (New York CLE Program Rules)",
    Confidence.CONFIRMED,
    url=_CORNELL,
    section="§ 1500.22(a)",
    note="At least 24 credit hours each biennial reporting cycle: at least 4 in ethics and professionalism, 1 in "
    "diversity, inclusion and elimination of bias, and 1 in cybersecurity, privacy and data protection.",
)
NY_DIVERSITY_DATE = Source(
    "New York State CLE Board, as reported by NYSBA State Bar News (Summer 2018) and nycbar.org",
    Confidence.SECONDARY,
    section="diversity, inclusion and elimination of bias: from 1 July 2018",
    note="The diversity hour is required of experienced attorneys due to re-register on or after 1 July 2018; "
    "keyed here by the end of the cycle.",
)
NY_CYBER_DATE = Source(
    "New York State Unified Court System, CLE FAQ; PLI, Recent rule changes",
    Confidence.SECONDARY,
    url="https://ww2.nycourts.gov/attorneys/cle/attorney_faqs.shtml",
    note="The cybersecurity hour is required of experienced attorneys due to re-register on or after 1 July 2023; "
    "keyed here by the end of the cycle. Up to 3 cybersecurity-ethics hours may count toward ethics: not modelled.",
)
NY_CYCLE = Source(
    "22 NYCRR Part 1500",
    Confidence.CONFIRMED,
    url=_CORNELL,
    section="§ 1500.22(b)(1)",
    note="The biennial reporting cycle is the two-year period between the dates of submission of the attorney's "
    "biennial registration statement; give its first day as Licensee.cycle_start.",
)
NY_DEADLINE = Source(
    "calcities_domain: New York report deadline",
    Confidence.ASSUMED,
    section="default: due the day after the cycle ends, never moved",
    note="Compliance is certified with the biennial registration; the library treats the day after the cycle "
    "ends as the deadline and does not move it for weekends or holidays.",
)
NY_HOUR = Source(
    "22 NYCRR Part 1500",
    Confidence.CONFIRMED,
    url="https://casetext.com/regulation/new-york-codes-rules-and-regulations/title-22-judiciary/"
    "subtitle-b-courts/chapter-iv-supplementary-rules-relating-to-court-operations/"
    "part-1500-mandatory-continuing-legal-education-program-for-attorneys-in-the-state-of-new-york/"
    "subpart-a-structure-of-the-program/section-15004-accreditation",
    section="§ 1500.4(b)(1)",
    note="One credit hour is at least 50 minutes of instruction.",
)
NY_HALF = Source(
    "NYU School of Law, New York CLE credit",
    Confidence.SECONDARY,
    url="https://www.law.nyu.edu/node/36334",
    note="New York CLE can be issued in half credits, and a session must be at least 25 minutes long; with "
    "the 50-minute hour of § 1500.4(b)(1), only whole half credits completed count (74 minutes: 1 credit).",
)
NY_CARRY = Source(
    "22 NYCRR Part 1500",
    Confidence.CONFIRMED,
    url=_CORNELL,
    section="§ 1500.22(c)",
    note="An attorney with more than 24 credit hours in a cycle may carry over a maximum of six credits to the next "
    "cycle. Carried credits count toward the total only (inferred: the rule names no category).",
)
NY_NO_CAP = Source(
    "22 NYCRR Part 1500",
    Confidence.SECONDARY,
    url=_CORNELL,
    section="§ 1500.22",
    note="Experienced attorneys may earn credit in any approved format; the library applies no self-study cap.",
)
NY_NOT_CONFIGURED = Source(
    "calcities_domain: New York configuration",
    Confidence.ASSUMED,
    section="not configured: proration, speaker and teaching credit, noncompliance",
    note="Proration, speaker and teaching credit, New Attorney Training and noncompliance are not configured for "
    "New York: the engine reports such credits as not counted rather than guess.",
)
NY_START = Source(
    "calcities_domain: New York coverage",
    Confidence.INFERRED,
    section="coverage: cycles ending from 2018-07-01",
    note="Rule sets cover cycles ending from 1 July 2018, when the diversity hour began.",
)

SUBFIELDS = (
    Subfield("ethics", "ethics and professionalism"),
    Subfield("diversity", "diversity, inclusion and elimination of bias"),
    Subfield("cybersecurity", "cybersecurity, privacy and data protection"),
    Subfield("skills", "skills"),
    Subfield("practice_management", "law practice management"),
    Subfield("professional_practice", "areas of professional practice"),
)


def _rule_set(name: str, minimums: tuple[Minimum, ...]) -> RuleSet:
    return RuleSet(
        name=name,
        total_hours=Cited(Decimal(24), NY_1500_22_A),
        minimums=minimums,
        self_study_cap=None,
        self_study_over_cap_counts_for_subfields=Cited(True, NY_NO_CAP),
        minutes_per_hour=Cited(50, NY_HOUR),
        increment=Cited(Fraction(1, 2), NY_HALF),
        tie=Cited(TieRule.DOWN, NY_HALF),
        rounding=Cited(Rounding.DOWN, NY_HALF),
        proration_months_threshold=None,
        proration_rounding_up=Cited(True, NY_NOT_CONFIGURED),
        carry_forward_cap=Cited(Decimal(6), NY_CARRY),
        carry_back=Cited(False, NY_NOT_CONFIGURED),
        speaker_multiplier=None,
        hours_per_teaching_unit=None,
        nat_counts_toward_mcle=Cited(False, NY_NOT_CONFIGURED),
    )


_ETHICS = Minimum("ethics", "ethics and professionalism", Decimal(4), NY_1500_22_A)
_DIVERSITY = Minimum("diversity", "diversity, inclusion and elimination of bias", Decimal(1), NY_DIVERSITY_DATE)
_CYBER = Minimum("cybersecurity", "cybersecurity, privacy and data protection", Decimal(1), NY_CYBER_DATE)

RULE_SETS: Timeline[RuleSet] = Timeline.from_values(
    "mcle.us_ny.rule_set",
    "New York's CLE requirement for experienced attorneys, by the end date of the cycle",
    [
        (
            date(2018, 7, 1),
            date(2023, 6, 30),
            _rule_set("New York, cycles ending 2018-07-01 to 2023-06-30", (_ETHICS, _DIVERSITY)),
            NY_DIVERSITY_DATE,
        ),
        (
            date(2023, 7, 1),
            None,
            _rule_set("New York, cycles ending from 2023-07-01", (_ETHICS, _DIVERSITY, _CYBER)),
            NY_CYBER_DATE,
        ),
    ],
)

#: New York (experienced attorneys), as configured by the library.
NEW_YORK = Jurisdiction(
    code="us_ny",
    name="New York",
    rule_sets=RULE_SETS,
    subfields=SUBFIELDS,
    anchored=AnchoredCycles(24, 1, NY_CYCLE, NY_DEADLINE),
    note="Experienced attorneys only (22 NYCRR 1500.22). Not configured: the newly admitted regime (1500.12), "
    "cybersecurity-ethics hours counting toward ethics, speaker and teaching credit, and noncompliance.",
)
