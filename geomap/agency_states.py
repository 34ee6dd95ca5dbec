"""States named inside a state agency's name: evidence for resolution, not place mentions.

"Georgia Bureau of Investigation agents raided ...", "the Ohio State Highway Patrol said",
"Indiana State Police": the agency is no place (the mention finder drops the name inside
it), but it tells where the article is: its towns are likely in that state. Only US state
agencies are read, by the words that only a state's own agencies carry (a state police, a
bureau of investigation, a department or division of ...), so "New York Times" or
"Georgia Ministry of ..." are not read as a US state.
"""
from __future__ import annotations

import re
from collections import Counter

from .word_scan import word_start_matches

# The 50 states and the District, with their GeoNames admin1 codes (the postal abbreviations).
US_STATES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
    "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID",
    "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX",
    "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA", "West Virginia": "WV",
    "Wisconsin": "WI", "Wyoming": "WY",
}
_AGENCY = re.compile(  # found by word_start_matches: "\b" + this, scanned for the states' initials only
    r"(" + "|".join(sorted((re.escape(s) for s in US_STATES), key=len, reverse=True)) + r")"
    r"(?:'s)?\s+(?:State\s+(?:Police|Patrol|Troopers?|Highway\s+Patrol|Fire\s+Marshal|Attorney\s+General)"
    r"|Highway\s+Patrol|Bureau\s+of\s+(?:Investigation|Criminal)|(?:Department|Division)\s+of\s+[A-Z]"
    r"|Attorney\s+General|National\s+Guard|Supreme\s+Court|General\s+Assembly|Legislature"
    r"|Emergency\s+Management|Fish\s+and\s+Wildlife|Game\s+Commission)")


def agency_states(text: str) -> Counter:
    """(country, admin1 code) of each US state whose agency the text names, once per state.

    >>> sorted(agency_states("Georgia Bureau of Investigation agents and the Ohio State Highway Patrol"))
    [('US', 'GA'), ('US', 'OH')]
    >>> agency_states("The New York Times and the Georgia Ministry of Defence")
    Counter()
    """
    return Counter({("US", US_STATES[m.group(1)]): 1 for m in word_start_matches(_AGENCY, text)})
