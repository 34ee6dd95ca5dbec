"""Issue 13: a cluster of small namesakes must not prop itself up (geomap.support). Corpus texts
are verbatim excerpts of ../shared/eval articles (corpus and id in the comments)."""
from geomap.evaluate import resolve_spans
from geomap.resolve import NAMESAKE_CITY_MIN_POPULATION, document_admin1, prior
from geomap.own_names import prefer_town
from geomap.support import division_support, names_its_state, state_pinned, supporting_senses


def spans_of(text, names):
    """Every occurrence of the names, longest first, none inside another ("Birmingham City")."""
    out = []
    for name in sorted(names, key=len, reverse=True):
        i = text.find(name)
        while i >= 0:
            if not any(s < i + len(name) and i < e for s, e in out):
                out.append((i, i + len(name)))
            i = text.find(name, i + 1)
    return sorted(out)


def resolved(text, names, gazetteer):
    """Each name's places, in text order."""
    spans = spans_of(text, names)
    got: dict = {}
    for (s, e), t in zip(spans, resolve_spans(text, spans, gazetteer)):
        got.setdefault(text[s:e], []).append(gazetteer.entry(t.source) if t.source else None)
    return got


# LGL 39423136 (AP, Atlanta): Atlanta, Rochester, Oregon and Washington each have a village in Illinois,
# and suburban Chicago named Illinois; the four moved there together.
SUICIDE = ("Leader of suicide group defends work. ATLANTA - A former assisted suicide network leader being "
           "prosecuted in a Georgia man's death is defending his group's practice of guiding people who want to "
           "kill themselves because they're suffering but not necessarily dying. Georgia authorities say John "
           "Celmer, the 58-year-old man whose suicide led to charges against Goodwin and three others, was making a "
           "remarkable recovery from cancer when the group sent exit guides to his home to show him how to "
           "suffocate himself using helium tanks and a plastic hood. And police say that in 2007, the group helped "
           "an Arizona woman named Jana Van Voorhis who was depressed but not terminally ill. The third person, Kurt "
           "Perry, a suburban Chicago resident who was to have been the group's next suicide, has a debilitating "
           "neurological condition that is painful but usually not fatal. \"You want to be sure before anyone is "
           "going to do anything like this that they're getting the best possible end-of-life care,\" said Dr. "
           "Timothy Quill, a professor of medicine at the University of Rochester and a supporter of Oregon and "
           "Washington laws that allow doctors to help terminally ill people end their lives.")


def test_namesake_villages_of_one_state_do_not_carry_a_national_story_there(gazetteer):
    got = resolved(SUICIDE, ["ATLANTA", "Georgia", "Arizona", "Chicago", "Rochester", "Oregon", "Washington"],
                   gazetteer)
    [atlanta], [chicago], [rochester], [oregon], [washington] = (
        got[n] for n in ("ATLANTA", "Chicago", "Rochester", "Oregon", "Washington"))
    assert (atlanta.admin1, chicago.admin1) == ("GA", "IL")
    assert "IL" not in (rochester.admin1, oregon.admin1, washington.admin1)
    assert (oregon.place_type, oregon.admin1) == ("admin1", "OR")


# GeoWebNews 178 (Birmingham Mail): English football clubs; "Gareth Copley" (a photographer) is a town of
# Ohio, so the US is named, and the clubs' towns lent each other their namesakes in Michigan and Massachusetts.
CLUBS = ("Burton Albion have been handed a boost for their trip to Birmingham City on Saturday (3pm). Gallagher, on "
         "loan from Southampton, has six goals in 30 Championship appearances this season. Che Adams' dismissal "
         "for violent conduct in Tuesday night's 1-0 defeat of Bolton Wanderers means Birmingham will have just "
         "Lukas Jutkiewicz as their only fully-fit senior striker. Che Adams of Birmingham City evades Robert "
         "Snodgrass of Aston Villa (Image: Gareth Copley/Getty Images)")


def test_football_towns_keep_their_english_sense(gazetteer):
    got = resolved(CLUBS, ["Burton", "Birmingham City", "Southampton", "Bolton", "Birmingham"], gazetteer)
    assert [e.country for e in got["Southampton"] + got["Birmingham"]] == ["GB", "GB"]


def test_a_name_backs_a_state_only_through_a_sense_of_similar_prominence(gazetteer):
    atlanta = gazetteer.lookup("atlanta")
    assert "IL" in {e.admin1 for e in atlanta}
    assert "IL" not in {e.admin1 for e in supporting_senses(atlanta, prior)}
    # "Gainesville ... Hall County ... Georgia": the counties of Hall are of one size; each backs its state
    hall = gazetteer.lookup("hall county")
    assert {("US", "GA"), ("US", "NE")} <= {(e.country, e.admin1) for e in supporting_senses(hall, prior)}
    support = division_support([gazetteer.lookup("atlanta"), hall], prior)
    assert len(support[("US", "GA")]) == 2 and ("US", "IL") not in support


def test_a_large_city_does_not_name_its_state_for_the_others(gazetteer):
    chicago = gazetteer.lookup("chicago")
    assert not names_its_state(chicago, NAMESAKE_CITY_MIN_POPULATION)
    assert ("US", "IL") not in document_admin1([chicago])
    assert document_admin1([gazetteer.lookup("illinois")])[("US", "IL")] == 1


def test_a_name_pinned_by_its_state_is_the_town_not_the_county(gazetteer):
    # "FAIRFIELD, Conn. --": one writes "Fairfield County, Conn." for the county
    options = [e for e in gazetteer.lookup("fairfield") if e.admin1 == "CT"]
    county = next(i for i, e in enumerate(options) if e.place_type == "admin2")
    totals = [1.0 if i == county else 0.0 for i in range(len(options))]
    in_ct = lambda e: e.admin1 == "CT"  # noqa: E731
    town = prefer_town(county, options, totals, "fairfield", in_ct, lambda e: state_pinned(e, gazetteer.lookup("conn")))
    assert options[town].place_type == "city"
    # a county list ("Becker, Clay, Douglas ... counties") pins by a county: the county stays
    assert not state_pinned(options[county], gazetteer.lookup("clay county"))
    assert prefer_town(county, options, totals, "fairfield", in_ct, lambda e: False) == county
