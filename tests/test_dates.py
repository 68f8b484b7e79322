"""Dates of articles and list items: explicit forms, datelines, fallbacks, and list inference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peninsula.dates import DateResult, article_date, editor_code, list_dates

ROOT = Path(__file__).resolve().parents[1]
SEED_004 = ROOT / "seeds" / "004_3e500d76565d99df.txt"
LABELS = {"北韓", "國際政經"}


# --------------------------------------------------------------------------- article_date


@pytest.mark.parametrize(
    ("text", "published", "time"),
    [
        ("新华社消息，2021年7月28日，朝韩恢复通信联络线。", "2021-07-28", None),
        ("據報導，2021 年 7 月 28 日，南北韓恢復通訊。", "2021-07-28", None),
        ("報導於２０２１年７月２８日發布。", "2021-07-28", None),
        ("二〇二一年七月二十八日，朝鲜宣布消息。", "2021-07-28", None),
        ("发布时间：2021-07-28 09:05 来源：新华网", "2021-07-28", "09:05"),
        ("發布時間：2021/07/28 14:18:30", "2021-07-28", "14:18:30"),
        ("更新 2021.7.28 朝鮮半島局勢", "2021-07-28", None),
        ("18/03/2021 - 14:18 韩国总统文在寅接见美方", "2021-03-18", "14:18"),
        ("05/04/2021 韩国国防部表示", "2021-04-05", None),  # ambiguous: day first
        ("03/18/2021 only month first fits", "2021-03-18", None),
        ("2021年7月28日 下午3:05 首尔电", "2021-07-28", "15:05"),
        ("2021/7/28 下午 3:05 首尔电", "2021-07-28", "15:05"),
        ("民國110年7月28日 總統府新聞稿", "2021-07-28", None),
        ("Published March 18, 2021 in Seoul", "2021-03-18", None),
        ("Seoul, 18 March 2021 - officials met", "2021-03-18", None),
    ],
)
def test_explicit_forms(text: str, published: str, time: str | None) -> None:
    r = article_date(text)
    assert (r.published, r.precision, r.time) == (published, "day", time)
    assert r.earliest == r.latest == published
    assert r.evidence


def test_rfc2822_keeps_time_and_zone() -> None:
    r = article_date("pubDate: Thu, 18 Mar 2021 14:18:00 +0100\n韩防长表示")
    assert (r.published, r.time) == ("2021-03-18", "14:18:00+01:00")


@pytest.mark.parametrize(
    ("stamp", "time"),
    [("2021-03-18T14:18:00+08:00", "14:18:00+08:00"), ("2021-03-18T06:18:00Z", "06:18:00+00:00")],
)
def test_iso8601_with_zone(stamp: str, time: str) -> None:
    r = article_date(f"<time datetime='x'>{stamp}</time> 朝鲜发射导弹")
    assert (r.published, r.time) == ("2021-03-18", time)


def test_month_precision_in_header() -> None:
    r = article_date("正文没有日期。", header="朝鲜半岛月报 2021年7月")
    assert (r.published, r.precision) == ("2021-07", "month")
    assert (r.earliest, r.latest) == ("2021-07-01", "2021-07-31")


def test_header_beats_body() -> None:
    r = article_date("2019年6月30日，板门店会面。", header="2021年7月28日 10:00")
    assert (r.published, r.time) == ("2021-07-28", "10:00")
    assert "header" in r.evidence


def test_dateline_beats_earlier_and_later_body_dates() -> None:
    html = (
        "<nav>简体 正體 English " + "导航 " * 80 + "</nav><p>【希望之声<a>本台</a>2021年7月28日】"
        "朝鲜于2020年6月16日炸毁联络办公室，双方将于2021年8月15日举行会谈。</p>"
    )
    r = article_date(html)
    assert r.published == "2021-07-28"
    assert "dateline" in r.evidence


def test_lead_date_beats_later_body_date() -> None:
    text = "（中央社）2023年4月27日 華盛頓宣言發表。" + "內文。" * 100 + "2018年4月27日板門店宣言。"
    assert article_date(text).published == "2023-04-27"


def test_body_without_date_is_none() -> None:
    assert article_date("韩国与美国周二在首尔启动了首次朝鲜政策磋商会议。") == DateResult(
        None, None, None
    )


def test_lone_day_is_not_a_date() -> None:
    r = article_date("韓國總統尹錫悅和美國總統拜登於當地時間 26 日在白宮舉行會談。")
    assert (r.published, r.precision) == (None, None)


def test_month_only_deep_in_body_is_not_a_date() -> None:
    text = "周二，韩美在首尔举行会议。" * 30 + "李在明政府(2025年6月上台)启动的首个机制。"
    assert article_date(text).published is None


@pytest.mark.parametrize(
    "url",
    [
        "http://www.rfi.fr//cn/%E4%BA%9A%E6%B4%B2/20210318-%E9%9F%A9%E9%98%B2",
        "https://example.com/news/2021/03/18/korea.html",
        "https://example.com/story?id=123456&date=2021-03-18",
        "https://www.example.cn/n1/2021/0318/c1002-32054101.html",
        "https://www.cna.com.tw/news/aopl/202103180045.aspx",  # the day, then a serial
        "https://www.chinatimes.com/realtimenews/20210318001234-260408",
        "https://cn.yna.co.kr/view/ACK20210318003100881",
    ],
)
def test_url_dates(url: str) -> None:
    r = article_date("正文没有日期。", url=url)
    assert (r.published, r.precision) == ("2021-03-18", "day")
    assert "url" in r.evidence


def test_a_long_number_in_an_address_is_no_day() -> None:
    """A number that starts like a day but runs on past a serial's length (a platform's item
    number) dates nothing."""
    assert (
        article_date(
            "正文没有日期。", url="https://m.example.com/i/20210318123456789012/"
        ).published
        is None
    )


def test_a_page_named_by_digits_under_the_month_is_no_day() -> None:
    """Blogger names a post's page from its title (火星-15型 gives /2017/11/15.html): the digits
    as the page's name are no day, the path names the month only."""
    r = article_date("正文没有日期。", url="https://x.blogspot.com/2017/11/15.html")
    assert (r.published, r.precision) == ("2017-11", "month")


def test_url_beats_an_old_date_in_the_body() -> None:
    text = "开头没有日期。" * 40 + "2018年4月27日，两国首脑在板门店会晤。"
    assert article_date(text, url="https://x.org/2021/07/28/a.html").published == "2021-07-28"


def test_url_without_date_and_link_dates_in_text_are_ignored() -> None:
    text = '<p>朝鲜发表声明。</p><a href="https://x.org/bnews/20210727/1596340.html">相关</a>'
    assert article_date(text, url="https://x.org/post/530291").published is None


def test_epoch_fallback_in_utc() -> None:
    r = article_date("没有日期的正文。", epoch_ms=1616093909000)
    assert (r.published, r.time) == ("2021-03-18", "18:58:29+00:00")
    assert "feed timestamp" in r.evidence


def test_text_date_beats_epoch() -> None:
    r = article_date("<div>18/03/2021 - 14:18</div><p>正文</p>", epoch_ms=1616198400000)
    assert r.published == "2021-03-18"


def test_day_dateline_completed_from_feed() -> None:
    text = "韓美峰會登場。" * 40 + "(中央社記者林某台北 28 日電)南韓總統表示。"
    r = article_date(text, epoch_ms=1619660000000)  # 2021-04-29 01:33 UTC
    assert r.published == "2021-04-28"
    assert "dateline day" in r.evidence


def test_future_body_date_is_not_taken_before_feed() -> None:
    text = "报道称。" * 60 + "双方将于2021年8月15日举行会谈。"
    r = article_date(text, epoch_ms=1616093909000)
    assert r.published == "2021-03-18"


# --------------------------------------------------------------------------- list_dates


def _published(results: list[DateResult]) -> list[str | None]:
    return [r.published for r in results]


def test_weekday_forces_the_month_and_reference_the_year() -> None:
    # 2024-11-20 is a Wednesday; 2024-10-20 is a Sunday, so 周三(20 日) must be November.
    items = ["据报道，韩国周三(20 日)表示。", "朝鲜周五(15 日)发射导弹。"]
    r = list_dates(items, reference="2024-11-25")
    assert _published(r) == ["2024-11-20", "2024-11-15"]
    assert r[0].evidence.startswith("周三(20 日) [weekday+day")


def test_an_items_stamp_with_its_time_beats_a_weekday_its_summary_names() -> None:
    """A summary naming the day of a coming vote (周六（7日）) does not date an item whose own
    stamp, a full date with its time, is printed under it."""
    items = [
        "尹锡悦遭弹劾动议 最快将于周六（7日）晚间进行表决。\n2024-12-05 10:22",
        "韩国国防部长官辞职。\n2024-12-05 08:15",
    ]
    r = list_dates(items)
    assert _published(r) == ["2024-12-05", "2024-12-05"] and r[0].time == "10:22"


def test_order_constraint_moves_an_item_back_a_month() -> None:
    # Without the order rule 周日(27 日) could be 2025-07-27; below 週二(27 日)=2025-05-27 it
    # must be on or before it: the latest Sunday 27th before then is 2025-04-27.
    items = ["朝中社週二(27 日)報導。", "俄羅斯周日(27 日)表示。"]
    assert _published(list_dates(items, reference="2025-05-28")) == ["2025-05-27", "2025-04-27"]


def test_last_week_form_is_the_event_day_and_orders_by_report() -> None:
    # 上周五(21 日) was reported a day or more later, so the newer 周五(21 日) cannot be the same
    # Friday and moves to the next Friday the 21st.
    items = ["外電周五(21 日)報導。", "特使上周五(21 日)表示，在 2025 年會議上發言。"]
    r = list_dates(items)
    assert _published(r) == ["2025-03-21", "2025-02-21"]
    assert "anchor 2025 年" in r[1].evidence


def test_year_anchor_fixes_the_year() -> None:
    items = ["韓聯社周三(4 日)報導。", "在 2019 年的會談上，雙方周一(25 日)表示。"]
    assert _published(list_dates(items)) == ["2019-12-04", "2019-11-25"]
    # Sep and Dec 2019 both have a Monday 2nd and a Wednesday 4th: left undated, not guessed
    tie = ["韓聯社周三(4 日)報導。", "在 2019 年的會談上，雙方周一(2 日)表示。"]
    assert _published(list_dates(tie)) == [None, None]


def test_years_in_decades_and_ranges_are_not_anchors() -> None:
    items = ["兩國自 1990 年代以來首次通航，俄方周日(27 日)表示。"]
    assert list_dates(items) == [DateResult(None, None, None)]


def test_day_count_from_known_event_anchors() -> None:
    items = ["在烏克蘭戰爭爆發 1,000 天之際，據彭博周三(20 日)報導。"]
    r = list_dates(items)
    assert r[0].published == "2024-11-20"
    assert "1,000 天 = 2024-11-20" in r[0].evidence


def test_anniversary_anchor() -> None:
    items = ["朝鲜战争停战 70 周年，平壤周四(27 日)举行阅兵。"]
    assert list_dates(items)[0].published == "2023-07-27"


def test_reverse_weekday_and_yesterday_forms() -> None:
    items = ["韓方 20 日(星期三)表示。", "朝鲜昨(19)日试射导弹。", "美方 18 日(周一)表示。"]
    r = list_dates(items, reference="2024-11-21")
    assert _published(r) == ["2024-11-20", "2024-11-19", "2024-11-18"]


def test_explicit_full_date_in_list() -> None:
    items = ["朝鲜周四(15 日)表示。", "韩国统一部2021年7月13日表示。"]
    assert _published(list_dates(items)) == ["2021-07-15", "2021-07-13"]


def test_an_explicit_date_out_of_the_lists_order_keeps_its_day() -> None:
    """A digest's items need not be newest first: an item printing its full date after older
    ones is dated that day, not left undated as misfiled."""
    items = ["戴维营峰会 2023年8月19日", "美军士兵 2023年8月16日", "青年失业率 2023年8月15日",
             "福岛核电站 2023年8月18日"]  # fmt: skip
    assert _published(list_dates(items)) == ["2023-08-19", "2023-08-16", "2023-08-15", "2023-08-18"]


def test_month_day_item_takes_year_from_list() -> None:
    items = ["美國總統 5 月 20 日表示。", "朝中社週二(13 日)報導。", "2025 年會議周五(2 日)開幕。"]
    assert _published(list_dates(items)) == ["2025-05-20", "2025-05-13", "2025-05-02"]


def test_nothing_fixes_the_year_so_nothing_is_dated() -> None:
    items = ["俄方周日(27 日)表示。", "韩方周三(20 日)表示。"]
    assert all(r.published is None for r in list_dates(items))


def test_day_only_item_fixed_by_neighbours_or_left_undated() -> None:
    items = ["韓聯社周三(4 日)報導。", "李在明今 (4) 日表示。", "美方周二(26 日)表示。"]
    r = list_dates(items, reference="2024-12-05")
    assert _published(r) == ["2024-12-04", "2024-12-04", "2024-11-26"]
    assert "day only" in r[1].evidence
    top = list_dates(["李在明今 (4) 日表示。", "美方周二(26 日)表示。"], reference="2025-03-01")
    assert top[0].published is None  # 12-04, 01-04, 02-04 all fit: no guess
    assert (top[0].earliest, top[0].latest) == ("2024-11-26", "2025-03-01")


def test_undated_items_get_neighbour_ranges() -> None:
    items = ["無日期的快訊。", "俄方周日(27 日)表示。", "沒有日期。", "朝中社週二(27 日)報導。"]
    r = list_dates(items, reference="2025-07-28")
    assert _published(r) == [None, "2025-07-27", None, "2025-05-27"]
    assert (r[0].precision, r[0].earliest, r[0].latest) == ("range", "2025-07-27", "2025-07-28")
    assert (r[2].precision, r[2].earliest, r[2].latest) == ("range", "2025-05-27", "2025-07-27")
    no_ref = list_dates(["無日期的快訊。", "俄方 2025 年週二(27 日)表示。"])
    assert (no_ref[0].earliest, no_ref[0].latest) == ("2025-05-27", None)


def test_out_of_order_item_is_dropped_not_forced() -> None:
    items = ["置頂：2020年1月5日舊聞。", "韓方周三(4 日)表示。", "韓方2024年12月2日表示。"]
    r = list_dates(items)
    assert _published(r)[1:] == ["2024-12-04", "2024-12-02"]


# --------------------------------------------------------------------------- seed 004


def _seed_items() -> list[str]:
    lines = [ln.strip() for ln in SEED_004.read_text(encoding="utf-8").splitlines()]
    return [ln for ln in lines if ln and ln not in LABELS]


def test_seed_004_all_items() -> None:
    expected = json.loads((ROOT / "tests" / "expected.json").read_text(encoding="utf-8"))
    item_dates = expected["004_3e500d76565d99df.txt"]["item_dates"]
    items = _seed_items()
    assert len(items) == len(item_dates) == 20
    results = list_dates(items)
    assert _published(results) == [d for _, d, _ in item_dates]
    for r in results:
        if r.published:
            assert (r.precision, r.earliest, r.latest) == ("day", r.published, r.published)
    ranges = {n: (r.earliest, r.latest) for n, r in enumerate(results, 1) if r.published is None}
    assert ranges == {
        1: ("2025-07-27", None),
        # below 上周五(11 日) (reported later) and 周日(13 日): up to the 13th
        5: ("2025-05-27", "2025-07-13"),
        6: ("2025-05-27", "2025-07-13"),
        7: ("2025-05-27", "2025-07-13"),
        # below 上周五(21 日): its report came up to 13 days later
        14: ("2024-12-04", "2025-03-06"),
    }
    assert all(results[n - 1].precision == "range" for n in ranges)
    assert results[3].evidence.startswith("上周五(11 日)")
    assert results[15].evidence.startswith("今 (4) 日")


@pytest.mark.parametrize(
    "header, published",
    [
        ("更新时间：2024-06-05 09:00 发布时间：2024-06-02 10:00", "2024-06-02"),
        ("Updated: June 5, 2024\nPublished June 2, 2024", "2024-06-02"),
        ("更新时间：2024-06-05 09:00", "2024-06-05"),  # the only date stated: better than none
        # the update's label takes its own line's date, not the next line's
        (
            "作者： 李牧 2023年8月18日 21:04 最后更新： 2023年8月19日 09:32\n2023年8月18日 21:04",
            "2023-08-18",
        ),
    ],
)
def test_an_update_date_yields_to_the_publication_date(header: str, published: str) -> None:
    assert article_date("", header=header).published == published


@pytest.mark.parametrize(
    "text, published",
    [("113年6月2日", "2024-06-02"), ("民國113年6月2日", "2024-06-02"), ("历时518年6个月", None)],
)
def test_a_three_digit_year_before_month_and_day_is_taiwan_era(text, published) -> None:
    assert article_date("", header=text).published == published


@pytest.mark.parametrize(
    "text, published",
    [
        ("發布日期：113-06-02", "2024-06-02"),
        ("113/6/2 09:12", "2024-06-02"),
        ("民國113.06.02", "2024-06-02"),
        ("更新日期：112-12-31", "2023-12-31"),
        ("電話：02-2348-2999", None),  # a telephone number, not a date
        ("文號 1130-06-02", None),
        ("第213-06-02號", None),  # past the era's years in use
        ("民國113.6.2", "2024-06-02"),
        ("113.06.02", "2024-06-02"),
        ("Chrome 112.5.3 版本", None),  # a version number, not 2023-05-03
    ],
)
def test_taiwan_official_numeric_dates_are_in_the_roc_era(text, published) -> None:
    """Taiwan's government pages print 113-06-02 for 2024-06-02."""
    assert article_date("", header=text).published == published


def test_a_taiwan_release_loses_its_label_lines() -> None:
    from peninsula.convert import convert

    raw = "外交部譴責北韓射彈\n\n發布日期：113-06-03\n\n資料來源：外交部\n\n外交部對北韓今日發射彈道飛彈表示嚴正譴責。\n"
    article = convert("release.txt", raw.encode())["articles"][0]
    assert article["published"] == "2024-06-03"
    assert article["body"].strip() == "外交部對北韓今日發射彈道飛彈表示嚴正譴責。"


@pytest.mark.parametrize(
    "line", ["主体113（2024）年6月2日", "主体113年6月2日", "主體113(2024)年6月2日 平壤"]
)
def test_juche_year_is_read(line: str) -> None:
    """North Korean statements date themselves in the Juche calendar: 主体113年 is 2024."""
    r = article_date("朝鲜外务省发言人发表谈话。", header=line)
    assert (r.published, r.precision) == ("2024-06-02", "day")


@pytest.mark.parametrize(
    "header, time",
    [
        ("发布 / 2016年1月6日 3:55 PM", "15:55"),
        ("2016年1月6日 12:05 am", "00:05"),
        ("2016年1月6日 下午3:55", "15:55"),
        ("2024年12月4日 上午12:35", "00:35"),  # (half past midnight, as 12:35 am)
        ("2024年12月4日 下午12:35", "12:35"),
        ("2016年1月6日 3:55 Pmx", "03:55"),  # not a suffix
    ],
)
def test_a_chinese_date_with_an_english_half_of_day(header: str, time: str) -> None:
    assert article_date("", header=header).time == time


def test_an_american_time_zone_reads_a_slash_date_month_first():
    """03/07/2025 is 3 July where the day comes first, but 09:12 ET says an American page
    (RFA, VOA): 7 March; the evidence names the order read."""
    us = article_date("", header="03/07/2025 09:12 ET")
    assert (us.published, us.time) == ("2025-03-07", "09:12") and "month first" in us.evidence
    assert article_date("", header="03/07/2025 09:12").published == "2025-07-03"
    assert "month first" in article_date("", header="03/18/2021").evidence
    # a Chinese-language American paper names the zone in Chinese: (美東時間)
    ny = article_date("", header="更新時間：03/10/2025 18:42 (美東時間)")
    assert (ny.published, ny.time) == ("2025-03-10", "18:42")


def test_a_korean_documents_spaced_dots():
    """A Korean government release dates itself 2024. 1. 16.(二): the dots have spaces."""
    found = article_date("", header="配发日期    2024. 1. 16.(二)")
    assert found.published == "2024-01-16"
    assert article_date("", header="版本 2024.1").published is None


def test_a_utc_time_is_told_in_the_outlets_zone():
    """2024-11-01T17:26Z from a Hong Kong paper's metadata is 2 November, 01:26 in its own
    time; a date without a UTC time, or an outlet without a known zone, is left as stated."""
    from peninsula.dates import in_zone, metadata_date

    utc = metadata_date("2024-11-01T17:26:00Z")
    local = in_zone(utc, "+08:00")
    assert (local.published, local.time) == ("2024-11-02", "01:26:00+08:00")
    assert local.evidence.endswith("in the outlet's time (+08:00)")
    assert in_zone(utc, None) == utc and in_zone(utc, "+00:00") == utc
    seoul = metadata_date("2024-11-01T17:26:00+09:00")
    assert in_zone(seoul, "+08:00") == seoul
    assert in_zone(metadata_date("2024-11-01"), "+08:00").published == "2024-11-01"


def test_a_utc_time_is_told_in_an_outlets_summer_time():
    """A named zone keeps summer time: 12:15Z on 20 September is 08:15 in New York (-04:00),
    on 20 January 07:15 (-05:00); 03:30Z on 20 September is still the 19th there."""
    from peninsula.dates import in_zone, metadata_date

    summer = in_zone(metadata_date("2024-09-20T12:15:00Z"), "America/New_York")
    assert (summer.published, summer.time) == ("2024-09-20", "08:15:00-04:00")
    assert summer.evidence.endswith("(America/New_York, -04:00)")
    winter = in_zone(metadata_date("2024-01-20T12:15:00Z"), "America/New_York")
    assert winter.time == "07:15:00-05:00"
    assert in_zone(metadata_date("2024-09-20T03:30:00Z"), "America/New_York").published == (
        "2024-09-19"
    )
    assert (
        in_zone(metadata_date("2024-09-20T03:30:00Z"), "Nowhere/Atlantis").time == "03:30:00+00:00"
    )


def test_an_editors_day_code_and_a_yearless_time():
    """中央社 closes a story with its editor and the day in the ROC era ((編輯：陳承中)1140116):
    the day, and the time a yearless date row prints for that day; a code of no date is none."""
    r = article_date("x", header="發布於 01月16日15:20\n（編輯：陳承中）1140116")
    assert (r.published, r.time) == ("2025-01-16", "15:20")
    assert "editor's code" in r.evidence
    assert article_date("x", header="01月17日15:20\n（編輯：陳承中）1140116").time is None
    assert article_date("x", header="（編輯：陳承中）1141399").published is None
    assert editor_code("…達3萬4314人。（編輯：陳承中）1140116") == "（編輯：陳承中）1140116"
    assert editor_code("編輯部表示，…") is None


def test_a_time_after_a_slash_and_a_yearless_time_on_the_urls_day():
    """Reuters' Chinese page prints the day, a slash, then the time in words (2019年2月28日 /
    下午4点18分); NHK prints only 6月10日 19时42分, on the day its address gives."""
    r = article_date("", header="2019年2月28日 / 下午4点18分 / 6 年前")
    assert (r.published, r.time) == ("2019-02-28", "16:18")
    url = "https://www3.nhk.or.jp/nhkworld/zh/news/20240610_19/"
    r = article_date("x", url=url, header="岸田首相表示希望尽早实现日朝首脑会谈\n6月10日 19时42分")
    assert (r.published, r.time) == ("2024-06-10", "19:42") and "time: header" in r.evidence
    assert article_date("x", url=url, header="6月11日 08时00分").time is None  # another day


def test_a_time_labelled_as_when_it_was_posted_after_a_bar():
    """明報 prints the day, a bar, then the time it was posted (2024年5月3日星期五 | 上載時間：
    05:30): the story's time; a time labelled as the update's is not."""
    r = article_date("", header="2024年5月3日星期五 | 上載時間：05:30")
    assert (r.published, r.time) == ("2024-05-03", "05:30")
    assert article_date("", header="2024年5月3日星期五 | 更新時間：05:30").time is None


def test_a_time_before_a_day_first_date():
    """俄罗斯卫星通讯社 prints the time before the day, day first: 17:21 19.06.2024; a score
    before a date (2:1) is no time."""
    found = article_date("", header="17:21 19.06.2024")
    assert (found.published, found.time) == ("2024-06-19", "17:21")
    assert article_date("", header="比分 2:1 19.06.2024").time is None


@pytest.mark.parametrize(
    "header, time",
    [
        ("18/10/2024 (星期五) 18:26", "18:26"),  # a weekday between the day and the time
        ("2024-10-18 星期五 18:26", "18:26"),
        ("2024. 10. 15.(周二) 16:30", "16:30"),
    ],
)
def test_a_weekday_between_a_latin_date_and_its_time(header, time):
    assert article_date("正文。", header=header).time == time


def test_a_dateline_takes_its_year_from_a_short_year_in_the_address():
    """大紀元's addresses give the year in one or two digits (/b5/4/4/23/, /gb/24/6/19/). With
    the dateline's month and day after it, the address names the year: not the year before the
    day the page was clipped, twenty years on."""
    text = "【大紀元4月23日訊】（大紀元記者林書羽綜合報導）北韓龍川郡火車站22日中午發生大爆炸。"
    old = article_date(
        text, url="http://www.epochtimes.com/b5/4/4/23/n519436.htm", posted="2025-03-14"
    )
    assert (old.published, old.precision) == ("2004-04-23", "day")
    new = article_date(
        text.replace("4月23日", "6月19日"), url="https://www.epochtimes.com/gb/24/6/19/n1.htm"
    )
    assert new.published == "2024-06-19"
    other = article_date(
        text, url="http://www.epochtimes.com/b5/4/5/23/n1.htm", posted="2025-03-14"
    )
    assert other.published == "2024-04-23"  # (the address's month is another: no year from it)


def test_a_time_with_am_or_pm_before_a_day_first_date():
    """星洲网 prints the time, am or pm, before the day, day first: 3:46pm 12/07/2023."""
    found = article_date("", header="发布: 3:46pm 12/07/2023")
    assert (found.published, found.time) == ("2023-07-12", "15:46")
    assert article_date("", header="12:05am 01/02/2024").time == "00:05"
