"""US time zones written after a clock time: a cue for the country and states a report is about.

National Weather Service storm reports and US local news give times as
"at 4:22 pm MDT", "around 2:40 pm EDT", "at 11:50 PM CDT". Such a time says
the report is about the US, and about a state in that zone: "a tornado
touched down 3.5 miles east-southeast of Abingdon at 11:50 PM CDT" is
Abingdon, Illinois (Central time), not Abingdon, Virginia (Eastern) or
Oxfordshire. States split between two zones are in both.
"""
from __future__ import annotations

import re
from collections import Counter

_STATES = {
    "E": "CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC TN VT VA WV",
    "C": "AL AR FL IL IN IA KS KY LA MI MN MS MO NE ND OK SD TN TX WI",
    "M": "AZ CO ID KS MT NE NV NM ND OR SD TX UT WY",
    "P": "CA ID NV OR WA",
    "AK": "AK",
    "H": "HI",
}
# A clock time, then the zone: "4:22 pm MDT", "11:50 PM CDT", "8 a.m. EST"
_TIME_ZONE = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?(?P<zone>AK[SD]T|[ECMP][SD]T|HST)\b",
                        re.IGNORECASE)
_ZONE_OF = {"EST": "E", "EDT": "E", "CST": "C", "CDT": "C", "MST": "M", "MDT": "M", "PST": "P", "PDT": "P",
            "AKST": "AK", "AKDT": "AK", "HST": "H"}


def zone_cues(text: str) -> tuple[Counter, Counter]:
    """(countries, states) the report's clock times point to, as counts like the resolver's.

    >>> zone_cues("It touched down at 11:50 PM CDT.")[0], sorted(zone_cues("at 4:22 pm MDT")[1])[:2]
    (Counter({'US': 1}), [('US', 'AZ'), ('US', 'CO')])
    >>> zone_cues("The EST index rose 4%.")
    (Counter(), Counter())
    """
    zones = {_ZONE_OF[m.group("zone").upper()] for m in _TIME_ZONE.finditer(text)}
    states = Counter({("US", s): 1 for z in zones for s in _STATES.get(z, "").split()})
    return (Counter({"US": 1}) if states else Counter()), states
