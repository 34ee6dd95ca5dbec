"""A post-office hamlet abroad (data/features.tsv) is a small town abroad (geomap.foreign_namesakes)."""
from __future__ import annotations

from collections import Counter

from geomap.foreign_namesakes import drop_foreign_villages
from geomap.model import Entry


def test_a_hamlet_abroad_that_nothing_is_near_is_left_unresolved():
    # "Esperance" (the Tunisian club) in an article about Tunisia: a town of Australia and post offices of
    # the US bear the name, and none is what the article means.
    town = Entry("geonames:2071023", "Esperance", -33.86, 121.89, "AU", "08", 9_919, "city", 2_000)
    hamlet = Entry("feature:hamlet-esperance", "Esperance", 42.77, -74.26, "US", "NY", 0, "hamlet", 12_000)
    tunis = Entry("geonames:2464470", "Tunis", 36.82, 10.17, "TN", "38", 693_210, "capital", 8_000)
    picks = drop_foreign_villages([hamlet, tunis], [[town, hamlet], [tunis]], Counter({"TN": 3}))
    assert picks == [None, tunis]
