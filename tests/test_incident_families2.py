"""Issue 12, third pass on the dev error families. Texts are verbatim excerpts of ../shared/eval
articles (corpus and id in the comments); each test names the general rule it checks."""
import pytest

from geomap.datelines import dateline_span
from geomap.pipeline import extract


def roles(text, gazetteer):
    doc = extract(text, gazetteer)
    return {p.entry.name: p.role for p in doc.places}


@pytest.mark.parametrize("text,dateline", [
    # GeoWebNews 1: the dash became U+FFFD (an undecodable byte)
    ("BEIRUT (AP) \ufffd A Kurdish militia spokesman says Turkey has shelled a city in northeastern Syria as "
     "Turkish forces press into a Syrian Kurdish enclave for the fourth straight day.", "BEIRUT"),
    # LGL 43664193: an em dash's UTF-8 bytes read as Windows-1252, one byte lost ("\u00e2 \u201d")
    ("Snow, ice blanket Kansas; two dead. KANSAS CITY, Mo. \u00e2 \u201d Tens of thousands of Kansas utility "
     "customers were without power Saturday", "KANSAS CITY"),
    # LGL 41771763: only the last byte of the mis-decoded em dash is left ("\u201d")
    ("Accident claims city mans life. RICHLAND \u201d A one-vehicle accident occurring about 4 a.m. Sunday "
     "morning claimed the life of Robin Garcia, 32, of Columbus.", "RICHLAND"),
])
def test_a_dateline_whose_dash_was_garbled_is_read(text, dateline):
    span = dateline_span(text)
    assert span and text[span[0]:span[1]] == dateline


def test_a_garbled_quote_mark_after_a_capitals_word_mid_text_is_no_dateline():
    # LGL 41728432: "Washington, D.C.?" is a question, far from a dateline
    text = ("\u2018The Fish Man' gets his own place. When Ernest Shivers stands over a vat of frying fish, good "
            "things happen. How else do you come to be known as \u201cThe Fish Man\u201d by people from as far as "
            "Texas and Washington, D.C.? Shivers has spent more than a decade traveling")
    assert dateline_span(text) is None


def test_every_word_of_a_name_after_a_professional_title_is_a_persons(gazetteer):
    # GeoWebNews 131: "Attorney Wang Quanzhang" (surname first), then "Wang" alone became Wang, Germany
    text = ("Attorney Wang Quanzhang, who defended political activists and victims of land seizures, has had no "
            "contact with the outside world since he disappeared in a 2015 police sweep aimed at courtroom critics "
            "of Communist authorities. Wang has since been charged with \"subversion of state power\" but "
            "authorities have blocked lawyers from visiting him. Li and a small group of supporters set off "
            "Wednesday on a march from Beijing to the \"No. 2 Detention Centre\" in the northeastern city of "
            "Tianjin, where officials last said he was being held.")
    r = roles(text, gazetteer)
    assert "Wang" not in r and "Tianjin" in r


def test_a_name_the_article_writes_inside_a_longer_name_is_no_place_at_a_sentence_start(gazetteer):
    # LGL 44148901: "Taco Bell" opens the headline, so "Taco" was no first name there and Bell
    # (a town in California) became the incident; mid-sentence "a West Side Taco Bell" shows the name
    text = ("Taco Bell killer pleads guilty. CHARLESTON, W.Va. -- A Charleston man admitted in Kanawha Circuit "
            "Court on Monday that he gunned down his longtime girlfriend in a West Side Taco Bell in July 2008.")
    r = roles(text, gazetteer)
    assert "Bell" not in r and r["Charleston"] == "incident"


def test_a_sentence_initial_word_before_a_place_is_kept_unless_the_pair_recurs_mid_sentence(gazetteer):
    # LGL 42873895 (headline and lede): "Downtown Oakland" is never written mid-sentence, so Oakland stays
    text = ("Downtown Oakland mourns 4 slain police. Thousands of officers and firefighters turned out for "
            "Friday's funeral for the four Oakland Police Department veterans.")
    assert "Oakland" in roles(text, gazetteer)


def test_a_plural_demonym_names_people_not_their_country(gazetteer):
    # GeoWebNews 261: "the rights of Mexicans in the United States" is no mention of Mexico,
    # while "Mexican" as an adjective still is (GeoWebNews annotates 1 of 51 plural demonyms)
    text = ("And, of course, we have defended, on a daily basis, the rights of Mexicans in the United States, "
            "always respecting its laws. The Mexican government protested.")
    names = [m.text for m in extract(text, gazetteer).mentions]
    assert "Mexicans" not in names and "Mexican" in names and "United States" in names


def test_a_country_whose_name_ends_like_a_plural_demonym_is_still_a_place(gazetteer):
    # LGL 40520552: "Philippines" is a country, not "Philippine" + s
    text = ("The country has accommodated 40,000 Iraqi refugees and many other refugees from Ethiopia, the "
            "Philippines, Sudan and Syria, who are now in need.")
    assert "Philippines" in [m.text for m in extract(text, gazetteer).mentions]


def test_a_place_inside_a_titled_office_or_a_titled_county_is_no_persons_name(gazetteer):
    # LGL 44148901 and 43739910: "Chief Kanawha Circuit Judge", "Miss Butler County"
    text = ("He fired into the closet where Gravely was hiding. Chief Kanawha Circuit Judge Jim Stucky will "
            "sentence him. The killing happened in Kanawha County.")
    assert "Kanawha County" in [m.text for m in extract(text, gazetteer).mentions]
    text = ("West Chester woman named Miss Butler County. The program is open to contestants that live, work "
            "or attend school in Butler, Clark, Hamilton, Madison, Montgomery")
    assert "Butler" in [m.text for m in extract(text, gazetteer).mentions]
