import pytest

from mkcourse.yamlpos import PosDict, YamlError, load_yaml, split_front_matter


def test_lines_of_keys_and_items_are_kept():
    data = load_yaml("a: 1\nb:\n  - x\n  - y: 2\n", line_offset=10)
    assert isinstance(data, PosDict)
    assert data.line_of("a") == 11
    assert data.line_of("b") == 12
    assert data["b"].item_lines == [13, 14]
    assert data["b"][1].line == 14


def test_plain_text_is_not_reinterpreted():
    data = load_yaml("t: 09:30\nanswer: no\nday: 2024-08-26\nn: 12\nf: 1.5\nok: true\n")
    assert data == {"t": "09:30", "answer": "no", "day": "2024-08-26", "n": 12, "f": 1.5,
                    "ok": True}


def test_yaml_error_reports_the_file_line():
    with pytest.raises(YamlError) as error:
        load_yaml("a: 1\nb: c: d\n", line_offset=1)
    assert error.value.line == 3
    assert "mapping values" in error.value.message


def test_front_matter_split_keeps_body_line():
    front, front_line, body, body_line = split_front_matter("---\nid: x\n---\n\nText\n")
    assert front == "id: x\n" and front_line == 2
    assert body == "\nText\n" and body_line == 4
    assert split_front_matter("No front matter\n") == (None, 0, "No front matter\n", 1)


def test_empty_mapping_knows_no_lines():
    empty = PosDict()
    assert empty.line_of("title") == 0
