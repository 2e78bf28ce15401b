"""Small, readable generators of membership rolls shared by the membership property tests."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from calcities_domain.kernel import DateRange
from calcities_domain.membership import DuesPayment, MembershipHistory, MembershipRoll, StandingRule
from calcities_domain.organization import City

ONE_DAY = timedelta(days=1)

NAMES = ("Alameda", "Berkeley", "Chico", "Danville", "Eureka", "Fresno")
DIVISIONS = ("east_bay", "north", "south", None)
BASE = date(2000, 1, 1)
DAYS = st.dates(date(1999, 1, 1), date(2030, 12, 31))


@st.composite
def term_lists(draw: st.DrawFn) -> tuple[DateRange, ...]:
    """Sorted, non-overlapping terms, some touching, the last perhaps open."""
    terms: list[DateRange] = []
    start = BASE + timedelta(days=draw(st.integers(0, 2000)))
    count = draw(st.integers(0, 4))
    for index in range(count):
        if index == count - 1 and draw(st.booleans()):
            terms.append(DateRange(start))
            break
        end = start + timedelta(days=draw(st.integers(0, 1500)))
        terms.append(DateRange(start, end))
        start = end + timedelta(days=draw(st.one_of(st.just(1), st.integers(2, 600))))
    return tuple(terms)


@st.composite
def payments_for(draw: st.DrawFn, terms: tuple[DateRange, ...]) -> tuple[DuesPayment, ...]:
    """Payments in order, not overlapping, each covering a member day, received early or late."""
    if not terms or not draw(st.booleans()):
        return ()
    payments: list[DuesPayment] = []
    cursor = terms[0].start - timedelta(days=draw(st.integers(0, 200)))
    for _ in range(draw(st.integers(1, 6))):
        cursor += timedelta(days=draw(st.one_of(st.just(0), st.integers(1, 200))))
        end = cursor + timedelta(days=draw(st.integers(0, 500)))
        covers = DateRange(cursor, end)
        if any(term.overlaps(covers) for term in terms):
            payments.append(DuesPayment(covers, cursor + timedelta(days=draw(st.integers(-60, 400)))))
        cursor = end + ONE_DAY
    return tuple(payments)


@st.composite
def histories(draw: st.DrawFn, city: str) -> MembershipHistory:
    terms = draw(term_lists())
    return MembershipHistory(city, terms, dues=draw(payments_for(terms)))


def standing_rules() -> st.SearchStrategy[StandingRule]:
    return st.one_of(st.just(StandingRule.default()), st.integers(0, 400).map(StandingRule.grace))


@st.composite
def rolls(
    draw: st.DrawFn, standing: st.SearchStrategy[StandingRule] | None = None, *, min_cities: int = 1
) -> MembershipRoll:
    """A roll of up to five cities (three in four with a history) under the default or a grace rule."""
    names = draw(st.lists(st.sampled_from(NAMES), unique=True, min_size=min_cities, max_size=5))
    cities = tuple(City(name, division=draw(st.sampled_from(DIVISIONS))) for name in names)
    members = [name for name in names if draw(st.integers(0, 3)) > 0]
    return MembershipRoll(
        cities,
        tuple(draw(histories(name)) for name in members),
        standing=draw(standing_rules() if standing is None else standing),
    )
