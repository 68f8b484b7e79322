"""The fast front matter writer must give exactly PyYAML's (libyaml's) text, whatever the value."""

import itertools

import pytest
import yaml

from peninsula import frontmatter
from peninsula.build import _FRONT, markdown_file

BASE = {
    "id": "0123456789ab", "title": "朝鲜试射导弹", "title_source": "headline",
    "published": "2024-04-23", "published_precision": "day", "published_time": "10:30",
    "published_earliest": "2024-04-23", "published_latest": "2024-04-23",
    "date_evidence": "2024年4月23日 (dateline)", "outlet": "联合早报 (Lianhe Zaobao)",
    "republisher": None, "author": "记者 王明", "url": "https://example.com/a?b=1#c",
    "republished_url": None, "language": "zh-Hans", "category": "国际", "tags": ["朝鲜", "导弹"],
    "people": ["Kim Jong-un"], "places": [], "orgs": None,
    "images": [{"url": "https://x/y.jpg", "caption": "图：试射", "credit": "AP"}],
    "links": [{"kind": "related", "title": "Next: story", "url": "https://x/z"}],
    "source_id": "0123456789abcdef", "item": 1,
}  # fmt: skip

TRICKY = [
    "", " ", "  ", " x", "x ", "a  b", "- x", "-x", "-", "--", "---", "--- x", "---x", "...", "...x",
    "..", ".x", "? x", "?x", "?", ": x", ":x", ":", "a: b", "a:b", "a:", "x:", "x::", "a #b", "a#b",
    "#x", "#", "'x", "x'", "a'b", "''", '"x', 'a"b', "%x", "@x", "`x", "!x", "&x", "*x", "|x", ">x",
    "[x", "x]", "{x", "x}", "x,y", ",x", "yes", "Yes", "YES", "yEs", "No", "no", "on", "On", "off",
    "y", "n", "Y", "N", "true", "False", "null", "Null", "NULL", "nul", "~", "~x", "1", "01", "0o7",
    "-1", "+1", "1_000", "1.5", ".5", "-.5", "1.", "0x1F", "0b101", "1e3", "1.0e3", "1.0e+3", ".inf",
    "-.inf", ".Inf", ".nan", ".NaN", "2024-01-02", "2024-1-2", "2024-01-02 10:00", "2024-01-02T10:00:00Z",
    "2024-01-02 10:00:00", "2024-01-02x", "12:30", "08:10", "1:2:3", "1:20:30", "190:20:30.15",
    "0:30", "<<", "<", "=", "==", "=x", "a\nb", "a\n", "\n", "a\tb", "\tx", "x\t", "a\rb", "a\x85b",
    "a\u2028b", "a\u2029b", "\ufeffx", "x\ufeff", "a\x7fb", "a\x00b", "a\x1bb", "\x0c", "😀", "x😀",
    "𠀀字", "\ufffe", "\uffff", "\ufffd", "\ue000", "\ud7ff", "\xa0", "\xa0x", "x\xa0",
    "\u3000x", "x\u3000", "\u200b", "\xad", "a\x80b", "a\x9fb", "\u00a0:\u00a0", "标题：副标题（上）",
    "：", "（x）", "「x」", "『x』", "【x】", "x，y", "x？", "！", "#１", "https://x.com/a#frag",
    "https://x.com/a?b=c&d=e#f", "http://x.com/a: b", "http://x.com/a #b", "http://x.com/:8080/x",
    "a - b", "a ? b", "a, b", "a [b] {c}", "a & b * c ! d | e > f % g @ h ` i", "'", '"', "\\",
    "a\\nb", "Joe Biden", "O'Brien", "Kim Jong-un", "-- x", "x --- y", "... x",
    "標" * 1200, "a " * 600, "a " * 449 + "b", "a " * 451, "x" * 900, "x" * 901, "x " * 470,
    ("b " * 499)[:-1], "a" * 999, "x" * 5000, "'" + "x" * 2000, "-" * 3000, "y:" * 900, "2024-01-02" * 200, "#" + "x" * 1500, "x" * 995 + " y", "'" + "b " * 460, "2024-01-02 " + "c " * 460,
]  # fmt: skip
ALPHA = ["a", "1", "-", "?", ":", " ", "#", "'", '"', ".", "~", "<", "y", "\t", "\n", "中", "😀"]
SHORT = ["".join(p) for n in (1, 2) for p in itertools.product(ALPHA, repeat=n)]


def reference(front: dict) -> str:
    return yaml.dump(
        front, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=1000
    )


def placed(value):
    """The value in each kind of position: a field, a list item, a dict value, a dict key."""
    yield {**BASE, "title": value}
    yield {**BASE, "published": value}
    yield {**BASE, "tags": ["Seoul", value]}
    yield {**BASE, "images": [{"url": value, "caption": None}]}
    yield {**BASE, "links": [{"kind": "related", "title": value, "url": value}]}
    yield {**BASE, "images": [{value: "x"}]}


def test_keys_are_the_markdown_front_matter_keys():
    assert list(BASE) == _FRONT


@pytest.mark.parametrize("value", TRICKY + SHORT + [None, True, 0, -3, 1.5])
def test_same_text_as_yaml_dump(value):
    for front in placed(value):
        assert frontmatter.dump(front) == reference(front), front


def test_nested_values_fall_back_to_yaml_dump():
    front = {**BASE, "tags": ["a", ["b", {"c": 1}]], "images": [{"url": {"x": [1]}}]}
    assert frontmatter.dump(front) == reference(front)


def test_a_list_used_twice_is_anchored_like_yaml_dump():
    tags = ["朝鲜"]
    front = {**BASE, "tags": tags, "people": tags}
    assert frontmatter.dump(front) == reference(front)
    assert "&id001" in frontmatter.dump(front)


def test_markdown_file_front_matter_parses_back():
    text = markdown_file({**BASE, "body": "正文。"})
    head = text.split("---\n")[1]
    assert yaml.safe_load(head) == BASE


def test_markdown_file_lists_the_related_articles_after_the_body():
    """Related articles are kept out of the body (its search and entities) but stay in the
    document, under a heading in the article's script."""
    links = [
        {"kind": "related", "title": "朝鲜再射导弹", "url": "https://x/1"},
        {"kind": "related", "title": "韩美会谈", "url": None},
        {"kind": "attachment", "title": "声明.pdf", "url": "https://x/2.pdf"},
    ]
    text = markdown_file({**BASE, "body": "正文。\n", "links": links})
    assert text.endswith("正文。\n\n## 相关文章\n\n- [朝鲜再射导弹](https://x/1)\n- 韩美会谈\n")
    hant = markdown_file({**BASE, "body": "正文。\n", "links": links, "language": "zh-Hant"})
    assert "\n## 相關文章\n" in hant
    bare = markdown_file({**BASE, "body": "正文。\n", "links": links[2:]})
    assert bare.endswith("---\n\n# 朝鲜试射导弹\n\n正文。\n")
