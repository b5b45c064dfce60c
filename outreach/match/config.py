"""Every threshold and factor of the matching engine, named once (in the spirit of spaCy's default_config).

Scores are products: name agreement (scoring.name_score) x place agreement (scoring.PlaceQuery) x the
confirmations and doubts of the obituary and news readers (engine.py). The engine also skips work it can
prove useless: a namesake whose place alone keeps them under the threshold is never scored (the place
bounds of PlaceQuery, the sifts of RosterIndex, the early returns of engine._survivor_score and
_deceased_score). Those bounds are computed from the same fields as the scores they bound, never written
as numbers of their own, and `MatchConfig.__post_init__` refuses a configuration under which a bound would
drop a client who could pass (`BOUND_RULES`). tests/match/test_match_place_query.py checks each bound
against its score, with the defaults and with other factors.

`match_items(index, items, config=MatchConfig(threshold=0.75))` runs the engine with other values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields


@dataclass(frozen=True, slots=True)
class MatchConfig:
    # --- thresholds ------------------------------------------------------------------------------------
    threshold: float = 0.7  # a proposal needs this score; tuned on the dev corpus (outreach/evaluate.py)
    deceased_threshold: float = 0.75  # calling a client dead: flagging a living one costs more than a miss
    ambiguity_margin: float = 0.08  # two namesakes scoring closer than this: neither is proposed
    adult_age: int = 18  # someone who died younger is not a client
    age_slack_years: int = 2  # an age or birth year further than this from the roster birth date: a namesake
    uncorroborated_death: float = 1.0  # x the deceased score of a "possible match: please verify" notice
    young_age: int = 40  # survived by parents and no spouse, younger than this (or no age): not a married client

    # --- name agreement (scoring.name_score, names.given_match) -----------------------------------------
    nickname: float = 0.9  # a nickname relation (Bob / Robert, both ways)
    short_form: float = 0.85  # a short form the nickname data lacks (Barb / Barbara)
    goes_by_middle: float = 0.75  # the written given name is the client's middle name
    maiden_as_surname: float = 0.88  # the written surname is the client's maiden name
    compound_head: float = 0.9  # only the first word of the client's compound given name ("Sue" / "Sue Ellen")
    surname_part: float = 0.85  # one part of a double-barrelled surname, or the maiden name inside it
    married_part: float = 0.9  # the last part of a hyphenated surname alone ("Marit Strand" / "Pekkala-Strand")
    paternal_surname: float = 0.95  # the first of two surnames written apart ("Arencibia" for "Arencibia Quesada")
    maiden_differs: float = 0.5  # a maiden name written that is not the client's
    inherited_surname: float = 0.85  # a surname the text leaves to be guessed ("grandchildren Amy, Ben and Cole")
    middle_initial_differs: float = 0.6
    wife_by_husband_name: float = 0.95  # "Mrs. Harold Peters" and the client's roster spouse is Harold Peters
    suffix_missing: float = 0.9  # the text writes "Jr." and the roster surname carries no suffix

    # --- place agreement (scoring.PlaceQuery.score) -----------------------------------------------------
    # A town (or state) written next to the person: the client's town scores 1.0.
    other_town: float = 0.55  # another town of the same state, farther than adjacent_km: a namesake
    adjacent_town: float = 0.6  # a town within adjacent_km of the client's (next town over): not ruled out, not enough
    adjacent_family: float = 0.85  # ... and the survivor carries the deceased's family name (the client's maiden name)
    adjacent_km: float = 25.0  # how far "the next town over" reaches, between town centroids (any state)
    other_state: float = 0.3  # another state: a namesake elsewhere
    same_state: float = 0.8  # only a state is written, and it is the client's
    state_named_like_town: float = 0.8  # "of Virginia": the client lives elsewhere in the state of that name
    unknown_town: float = 0.7  # a town no ZIP code knows: nobody agrees or disagrees
    client_has_no_place: float = 0.75
    # Only the item's place (the deceased's home, a dateline): the client's town scores where_deceased_lived.
    where_deceased_lived: float = 0.95
    near_event: float = 0.9  # within nearby_km of the item's town
    nearby_km: float = 60.0  # a town within an hour: rosters and obituaries often name different towns of one area
    farther_in_state: float = 0.75
    same_state_as_event: float = 0.8  # the item names a state and no town
    event_elsewhere: float = 0.6  # the item's place is in another state
    no_place_to_compare: float = 0.8

    # --- obituaries (engine._deceased_score, _survivor_score, _bereavement) ------------------------------
    spouse_confirms: float = 1.2  # the spouse the text names is the client's roster spouse
    # The obituary's full birth date is the client's roster birth date: a place that differs (a neighbourhood the
    # gazetteer lacks, a nursing home's town, a move since the roster was written) no longer rules them out.
    birth_date_confirms: float = 1.2
    deceased_elsewhere: float = 0.8  # the dead person's place is not the client's town (news deaths too)
    deceased_spouse_differs: float = 0.6  # the surviving spouse is not the client's roster spouse
    deceased_unplaced: float = 0.85  # no place written, no spouse confirmation: a name alone
    survivor_spouse_differs: float = 0.55  # a survivor's spouse in the text is not the roster spouse
    maiden_in_parentheses: float = 1.1  # "Kathleen (Schultz) Brandt" and Schultz is her maiden name
    maiden_is_family_name: float = 1.1  # a child's or sibling's maiden name is the deceased's surname
    spouse_lives_elsewhere: float = 0.7  # a surviving spouse without a place, and the client not in the deceased's town
    family_place: float = 0.95  # a grandchild placed where a parent of the same surname lives
    roster_spouse_of_deceased: float = 0.95  # the score of a deceased client's roster spouse
    deceased_is_roster_spouse: float = 0.85  # x place: the deceased (not a client) is the client's roster spouse
    deceased_is_roster_spouse_place: float = 0.9  # ... when the client's place scores at least this

    # --- news (news.news_mentions, engine._news) --------------------------------------------------------
    headline_tie: float = 0.9  # the life event only in the headline or the sentence before
    dateline_elsewhere: float = 0.8  # a story datelined elsewhere in the state, the client not near_event

    # --- weather (weather.covered_positions) ------------------------------------------------------------
    inside_polygon: float = 0.99
    county_same: float = 0.92  # the client's county FIPS is in the alert's SAME codes
    county_ugc: float = 0.9  # the client's county is in the alert's UGC codes

    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        broken = [rule for rule, holds in BOUND_RULES.items() if not holds(self)]
        if broken:
            raise ValueError("MatchConfig would let the engine drop clients who could pass: " + "; ".join(broken))
        # Hashed once: a config is part of the key of the engine's small caches (place queries, sift classes).
        object.__setattr__(self, "_hash", hash(tuple(getattr(self, f.name) for f in fields(self) if f.compare)))

    def __hash__(self) -> int:
        return self._hash

    @property
    def max_survivor_boost(self) -> float:
        """The most _survivor_score's confirmations lift a place score: the spouse confirmation or a maiden
        name in parentheses (they exclude each other: parentheses holding her maiden name hold no spouse),
        times the family's maiden name."""
        return max(self.spouse_confirms, self.maiden_in_parentheses) * self.maiden_is_family_name


_LOWERING = ("nickname", "short_form", "compound_head", "goes_by_middle", "maiden_as_surname", "surname_part",
             "married_part", "maiden_differs", "inherited_surname", "middle_initial_differs", "suffix_missing",
             "wife_by_husband_name",
             "deceased_elsewhere", "deceased_spouse_differs", "deceased_unplaced", "uncorroborated_death",
             "survivor_spouse_differs", "spouse_lives_elsewhere", "family_place", "headline_tie", "dateline_elsewhere")
_PLACE_SCORES = ("other_town", "adjacent_town", "adjacent_family", "other_state", "same_state", "state_named_like_town",
                 "unknown_town", "client_has_no_place", "where_deceased_lived", "near_event", "farther_in_state",
                 "same_state_as_event", "event_elsewhere", "no_place_to_compare")

# What the engine's shortcuts assume, each a rule over the fields: a configuration that breaks one is refused.
BOUND_RULES: dict[str, Callable[[MatchConfig], bool]] = {
    # name_score <= 1 (and <= inherited_surname for a guessed surname), place factors only lower a score:
    # the place bounds multiply a place ceiling by the most the name and the confirmations can add.
    "the name and doubt factors are at most 1": lambda c: all(0.0 <= getattr(c, f) <= 1.0 for f in _LOWERING),
    "place scores lie in [0, 1]": lambda c: all(0.0 <= getattr(c, f) <= 1.0 for f in _PLACE_SCORES),
    "confirmations are at least 1": lambda c: min(c.spouse_confirms, c.maiden_in_parentheses,
                                                  c.maiden_is_family_name, c.birth_date_confirms) >= 1.0,
    # _survivor_score rejects a candidate whose roster spouse differs from the text's before the name
    # comparison: even with both maiden-name factors a score <= 1 stays under the threshold.
    "a differing spouse keeps a survivor under the threshold": lambda c: (
        c.survivor_spouse_differs * c.maiden_in_parentheses * c.maiden_is_family_name < c.threshold),
}

DEFAULT_CONFIG = MatchConfig()
