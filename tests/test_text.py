import pytest
from hypothesis import given, strategies as st

from geomap.errors import InputError
from geomap.text import decode_article, read_article, split_sentences


def test_read_article_missing(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_read_article_directory(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)


@pytest.mark.parametrize("data,message", [
    (b"", "is empty"), (b" \n\t ", "is empty"), (b"abc\x00def", "is binary"),
    (b"caf\xe9 au lait", "is not UTF-8 text"),
])
def test_decode_refuses_bad_bytes(data, message):
    with pytest.raises(InputError, match=message):
        decode_article(data, "x.txt")


def test_decode_strips_bom_and_normalises_newlines():
    assert decode_article("\ufeffKerman\r\nIran\rX".encode("utf-8")) == "Kerman\nIran\nX"


def test_sentences_keep_offsets_and_abbreviations():
    text = "Former Iranian Gen. Qassem Soleimani died in 2020. The U.S. said so!\nHeadline here"
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == ["Former Iranian Gen. Qassem Soleimani died in 2020.", "The U.S. said so!", "Headline here"]


@given(st.text(alphabet=st.sampled_from(list("ab .!?\nKQ\"")), max_size=80))
def test_sentences_are_ordered_disjoint_and_trimmed(text):
    sents = split_sentences(text)
    last = 0
    for s in sents:
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        last = s.end
    # every non-space character belongs to a sentence
    covered = set()
    for s in sents:
        covered.update(range(s.start, s.end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
