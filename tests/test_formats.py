"""Conversion rules on made-up pages in the shapes other outlets use (not the seeds)."""

from __future__ import annotations

import base64
import csv
import email.header
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest

from peninsula import clean
from peninsula.clean import POPULAR_LABEL, RELATED_LABEL, ends_story, is_boilerplate, split_credit
from peninsula.convert import convert
from peninsula.dates import article_date
from peninsula.fields import (
    author_from_header,
    bare_name,
    closing_byline,
    fold,
    known_outlet,
    language,
    lead_reporters,
    outlet_for_domain,
    outlet_for_name,
    outlet_from_header,
    outlets,
    source_credit,
    sourced_caption,
    without_tracking,
)
from peninsula.formats import detect, is_date_only, joplin_fields
from peninsula.formats.text import date_and_source, first_sentence, list_items, unwrap

OTHER = Path(__file__).parent / "data" / "other"


def _one(name: str) -> dict:
    result = convert(name, (OTHER / name).read_bytes())
    assert len(result["articles"]) == 1
    return result["articles"][0]


def _one_raw(name: str, raw: str, encoding: str = "utf-8") -> dict:
    (a,) = convert(name, raw.encode(encoding))["articles"]
    return a


def test_full_html_page_taiwan_wire():
    a = _one("cna_page.html")
    assert a["title"] == "北韓清晨試射彈道飛彈 日韓同步譴責"
    assert (a["published"], a["published_time"]) == ("2024-05-30", "10:15")
    assert a["outlet"].startswith("中央社") and a["author"] == "廖禹揚"
    assert a["url"] == "https://www.cna.com.tw/news/aopl/202405300045.aspx"
    assert a["category"] == "國際" and a["language"] == "zh-Hant"
    assert a["images"] == [
        {
            "url": "https://imgcdn.cna.com.tw/www/WebPhotos/800/20240530/1200x800_wmkn_0_C20240530000045.jpg",
            "caption": "南韓民眾30日在首爾車站觀看北韓試射飛彈的新聞畫面。",
            "credit": "美聯社",
        }
    ]
    assert [link["title"] for link in a["links"]] == ["北韓偵察衛星發射失敗 空中爆炸"]
    body = a["body"]
    assert "## 美方回應" in body and "> 「北韓" in body and "- 發射地點：平壤順安" in body
    for junk in ("Cookie", "同意", "熱門新聞", "版權所有", "編輯：", "1130530", "分享", "首頁"):
        assert junk not in body, junk


def test_rss_entry_of_another_broadcaster():
    a = _one("voa_rss.txt")
    assert a["outlet"].startswith("美国之音") and a["author"] is None  # 记者会 is no byline
    assert a["published"] == "2024-05-30" and "url" in a["date_evidence"]
    assert a["images"][0]["credit"] == "美联社照片"
    assert "RSS" not in a["body"] and "分享到" not in a["body"] and "feedx" not in a["body"]


def test_hong_kong_text_copy():
    a = _one("hk_copy.txt")
    assert a["title"] == "北韓再射彈道導彈 日韓嚴正抗議"
    assert a["category"] == "國際" and a["outlet"].startswith("明報")
    assert (a["published"], a["published_time"]) == ("2024-05-30", "18:20")
    assert "2024年5月30日" not in a["body"]  # the dateline is evidence, not body
    assert [link["title"] for link in a["links"]] == [
        "南韓總統尹錫悅：將與美日加強情報共享",
        "北韓偵察衛星發射失敗",
    ]
    assert "偵察衛星" not in a["body"]  # (a list under the story is not the story)
    assert "責任編輯" not in a["body"] and "WhatsApp" not in a["body"]


def test_republisher_fragment_credits_the_original():
    a = _one("repost.html")
    assert a["outlet"].startswith("自由亚洲电台") and a["republisher"].startswith("看中国")
    assert a["url"].startswith("https://www.rfa.org/")
    assert a["author"] == "林美華" and a["published"] == "2024-06-02"
    assert "来源" not in a["body"] and "原文链接" not in a["body"]


@pytest.mark.parametrize(
    "header,outlet,author",
    [
        ("【大纪元2024年1月2日讯】（大纪元记者李明综合报导）", "大纪元 (The Epoch Times)", "李明"),
        ("（中央社記者廖禹揚東京30日專電）北韓今天", "中央社 (Central News Agency)", "廖禹揚"),
        ("（中央社記者東京3日電）北韓今天", "中央社 (Central News Agency)", None),  # no name
        ("新华社北京7月28日电", "新华社 (Xinhua)", None),
        ("在例行记者会上表示", None, None),
        ("作者：王小明 | 2024-06-02", None, "王小明"),
        ("本报记者 张三 李四 北京报道", None, "张三、李四"),
        ("记者张三、李四报道", None, "张三、李四"),
        ("文｜张三", None, "张三"),
        ("〔記者張三／台北報導〕", None, "張三"),
        ("張三／台北報導", None, "張三"),
        ("外交部发言人毛宁对记者表示，中方反对", None, None),
        ("他告诉记者：朝鲜将会", None, None),
        ("接受记者采访时说", None, None),
        ("据记者 张三 介绍，朝鲜", None, "张三"),
        ("【朝中社平壤6月2日电】朝鲜劳动党", "朝中社 (KCNA)", None),  # the place is not the outlet
        ("【看中国2024年6月2日讯】", "看中国 (Vision Times)", None),  # ends in a place: kept
        ("聯合報／ 記者陳政錄／即時報導", "聯合報 (United Daily News)", "陳政錄"),
        ("【星島日報報道】北韓昨日", "星島日報 (Sing Tao Daily)", None),
        ("【環球時報駐韓國特約記者 黎楓】", "环球时报 (Global Times)", "黎楓"),
        ("（法新社首爾2日電）北韓", "法新社 (AFP)", None),
        ("(路透首爾2日電)", "路透社 (Reuters)", None),
        ("他在社交网站3日电视讲话", None, None),  # 电视 is no dateline
        ("新頭殼newtalk | 郭家崴 綜合報導", "新頭殼 (Newtalk)", "郭家崴"),
        ("台北 綜合報導", None, None),  # a place, not a reporter
        ("國際中心／綜合報導", None, None),  # a desk, not a reporter
        ("禁闻网 | 新闻评论", None, None),  # a site's banner names no outlet of the article
    ],
)
def test_datelines_and_bylines(header, outlet, author):
    assert outlet_from_header(header) == outlet
    assert author_from_header(header) == author


def test_detect_and_language():
    assert detect("<!--1616093909000-->\n[t](http://x)\n------\n<p>x</p>") == "rss"
    assert detect("<div><p>朝鲜</p><p>韩国</p><a href='x'>y</a></div>") == "html"
    assert detect("朝鲜宣布\n\n韩国表示 <b> 不是网页") == "text"
    assert language("北韓與南韓的關係持續緊張，雙方領導人沒有會談。") == "zh-Hant"
    assert language("朝鲜与韩国的关系持续紧张，双方领导人没有会谈。") == "zh-Hans"
    assert language("Seoul and Washington launch talks on the alliance this week.") == "en"
    assert language("北朝鮮が日本海に向けて弾道ミサイルを発射したと防衛省が発表した。") == "ja"
    assert language("합동참모본부는 북한이 동해상으로 탄도미사일을 발사했다고 밝혔다.") == "ko"
    assert (
        language("韩国总统尹锡悦（윤석열）今天表示，将加强韩美同盟，应对朝鲜的核威胁。")
        == "zh-Hans"
    )
    assert language(
        "日方称之为「ミサイル」，韩国军方表示正在分析，美国国务院表示谴责，中方呼吁克制。"
    ) == ("zh-Hans")


@pytest.mark.parametrize(
    "line",
    ["2024年6月2日 星期日 10:30", "2024-06-02", "06/02 10:30", "（2024年6月2日）", "2024年",
     "Sun, 02 Jun 2024 10:30:00 GMT", "2021-07-28T10:00:00+08:00", "June 2, 2024",
     "Sunday, June 2, 2024", "2 June 2024", "Jun. 2, 2024 10:30 AM KST", "6月2日 03:15",
     "2小时前 · 2024-12-03 23:15 | 更新 2024-12-04 01:32", "2024-12-03 23:15 | 更新 2024-12-04 01:32"],
)  # fmt: skip
def test_date_only_lines_are_datelines(line):
    assert is_date_only(line)


@pytest.mark.parametrize(
    "line",
    ["3000", "12:30", "发布时间：2024-06-02", "朝鲜今日发射导弹", "2024年6月2日，朝鲜发射导弹。",
     "Mon, 02 Jun 2024 — Seoul police said that", "Korea 2, 2024", "May 2, 2024 at the summit",
     "2小时前 · 首尔"],
)  # fmt: skip
def test_text_with_a_date_is_not_a_dateline(line):
    assert not is_date_only(line)


def test_html_and_text_copies_keep_the_same_dateline_out_of_the_body():
    """One rule in both readers: the date-only block is evidence, the numbers in a sentence stay."""
    html = (
        "<html><body><article><h1>朝鲜发射导弹</h1><div>2024年6月2日 星期日 10:30</div>"
        "<p>死亡人数达<span>3000</span>人，韩国军方表示。</p></article></body></html>"
    )
    text = "朝鲜发射导弹\n2024年6月2日 星期日 10:30\n死亡人数达3000人，韩国军方表示。\n"
    for name, raw in (("a.html", html), ("a.txt", text)):
        (article,) = convert(name, raw.encode())["articles"]
        assert article["published"] == "2024-06-02", name
        assert "2024年6月2日" not in article["body"], name
        assert "3000" in article["body"], name


def test_first_characters_of_furniture_patterns():
    assert clean._first_chars(r"(?:ab|C)d") == {"a", "c"}
    assert clean._first_chars(r"x?[A-C]y") == {"x", "a", "b", "c"}
    assert clean._first_chars(r"(?!.*。)(关注|微博).{0,3}") == {"关", "微"}
    assert clean._first_chars(r"\s*(完)") is None  # (\s: any of many)
    assert clean._first_chars(r".{0,30}提醒您") is None
    assert clean._first_chars(r"(广告)?") is None  # (matches nothing at all)


def test_furniture_patterns_tried_by_first_character_match_as_one_alternation():
    """_whole_line tries only the patterns that may start with a line's first character: it
    must judge every line as the one alternation of all of them does."""
    every = re.compile("|".join(f"(?:{p})" for p in clean._WHOLE), re.IGNORECASE)
    root = Path(__file__).parent.parent
    texts = [p.read_text("utf-8", "ignore") for p in (root / "seeds").iterdir()]
    texts += re.findall(r'"([^"\n]{1,200})"', Path(__file__).read_text("utf-8"))  # (furniture)
    lines = {ln.strip() for t in texts for ln in re.split(r"[\n<>]", t)} - {""}
    lines |= {"COOKIES", "Accept All", "OK", "Ｏk", "ÉDITION", "İstanbul", "ſtop", "Ⓚ"}
    judged = [(bool(clean._whole_line(ln)), bool(every.fullmatch(ln))) for ln in sorted(lines)]
    assert sum(b for _, b in judged) > 100  # (furniture among them)
    assert all(a == b for a, b in judged)


def test_boilerplate_lines_and_credits():
    for line in ("此网站使用 cookie", "拒绝", "AI 生成的图像", "由 AI 报道 AI 生成的图像",
                 "原文链接：消息人士", "获取更多RSS：", "https://feedx.net", "分享：Facebook",
                 "明報 > 國際 > 正文", "（編輯：陳政偉）1130530", "Tagged:", "上一页 1 2 3 下一页",
                 "第1页/共3页", "（本文仅代表作者观点）", "【责任编辑:张三】", "（完）",
                 "声明：本文转载自网络，如有侵权请联系删除。", "扫描二维码关注我们", "（本文系作者授权发布）",
                 "欢迎关注微信公众号：半岛观察", "图片来源：网络", "原标题：朝鲜发射导弹", "打开APP阅读全文",
                 "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。",
                 "京ICP备12345678号", "返回搜狐，查看更多", "责任编辑：",
                 "中央日报中文网 | 首页 | 政治 | 经济", "阅读原文 阅读 10万+ 在看",
                 "更多精彩内容请关注我们的微博", "天氣 29°C 相對濕度 82%", "收听本文", "00:00 / 04:12",
                 "通过 DeepL.com（免费版）翻译", "※本文譯自《朝日新聞》日文版3月16日報道。",
                 "阅读更多：俄国家杜马批准俄朝全面战略伙伴关系条约", "在App中查看全部 36 条评论",
                 "微博官方认证：《环球时报》官方微博", "图源：俄罗斯卫星通讯社、朝中社", "READ IN APP",
                 "本文地址：http://www.rodong.rep.kp/cn/index.php?MTJA", "本文未完，完整內容請至App閱讀",
                 "[繼續在網頁閱讀](https://udn.com/news/story/6809/8590123)", "继续阅读网页版",
                 "视频：特金会签字仪式现场 金正恩与特朗普交换文件", "保存网页", "风险提示",
                 "风险提示：本网站刊载的内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
                 "中证网所载文章、数据仅供参考，使用前请核实，风险自负。市场有风险，投资需谨慎。",
                 "行情数据仅供参考，不构成投资建议。数据延迟至少15分钟。", "觀看影片：", "寬頻300K｜窄頻56K",
                 "（影片長度 1分58秒，請使用 Windows Media Player 9.0 以上版本觀看）",
                 "播放时长：29分42秒　　节目：新闻1+1　　主持人：董倩",
                 "更多精彩内容请访问 美国之音中文网，并在YouTube、Facebook、X上关注“美国之音中文”。",
                 "加入中央社Google News追蹤", "DW中文有Instagram！若無法瀏覽，請點選此處連結。",
                 "? 2022年德國之聲版權聲明：本文所有內容受到著作權法保護，如無德國之聲特別授權，不得擅自使用。",
                 "(本文版权归道琼斯公司所有，未经许可不得翻译或转载。)", "文本大小", "+1 收藏",
                 "点击此处查询全部朝鲜核试验新闻", "原文链接（韩文）", "udn∕全球∕國際焦點", "反饋: 發表意見"):  # fmt: skip
        assert is_boilerplate(line), line
    for line in (
        "韩国与美国周二在首尔启动了首次朝鲜政策磋商会议。",
        "分享了经验和看法，双方同意继续合作。",
        "他翻到上一页继续阅读。",
        "朝鲜外务省发表声明，称美国的行为是挑衅，并表示将采取对应措施。",
        "他说这一声明不代表政府立场。",
        "声明说，朝鲜将继续加强核力量。",
        "特朗普在社交媒体发文，呼吁粉丝关注他的微博和公众号。",
        "他说：首页 | 报道 | 评论都会更新",
        "他说，各方应关注局势发展并在微博上发声。",
        "他扫描二维码完成了支付。",
        "分析人士提示，韩国股市仍面临较大风险。",
        "报告称上述数据仅供参考，韩国央行将于下月公布正式数字。",
        "观看视频的网民超过一百万人次。",
        "韩国文化体育观光部发表版权声明称，将严厉打击盗版。",
        "点击此处的网民可以查询全部选举结果。",
        "記者林怡君∕綜合報導",  # (a byline, read as one)
        "美韓日∕三方會談∕今在華府登場並發表聯合聲明",
    ):
        assert not is_boilerplate(line), line
    assert split_credit("官房長官松野博一(圖/推特 @MatsunoHirokazu)") == (
        "官房長官松野博一",
        "推特 @MatsunoHirokazu",
    )
    assert split_credit("雙方會談（美聯社）") == ("雙方會談（美聯社）", None)
    assert split_credit("雙方會談（美聯社）", caption=True) == ("雙方會談", "美聯社")
    from peninsula.fields import bare_credit

    assert (
        bare_credit("照片 : 韩联社") == "韩联社"
        and bare_credit("Photo : YONHAP News") == "YONHAP News"
    )
    assert bare_credit("图片：金正恩视察工厂") is None  # (a caption under its label)
    assert split_credit("军人在国会大楼外与抗议者对峙。摄影师：SeongJoon Cho/彭博社") == (
        "军人在国会大楼外与抗议者对峙。",
        "SeongJoon Cho/彭博社",
    )  # (彭博's photographer's label)
    assert split_credit("检查气球残骸 图源：韩联社", caption=True) == ("检查气球残骸", "韩联社")
    assert split_credit("检查气球残骸 图源：韩联社") == ("检查气球残骸 图源：韩联社", None)
    assert split_credit("图像来源，Reuters", caption=True) == ("", "Reuters")
    assert split_credit("金正恩出席活动。 KCNA, via Reuters", caption=True) == (
        "金正恩出席活动。",
        "KCNA, via Reuters",
    )
    assert split_credit("Kim Jong Un attended. Reuters", caption=True)[1] is None


def test_list_pages_are_recognised_by_structure_not_by_file():
    items = "\n".join(
        f"要闻\n第{i}条新闻：韩国政府周{i}宣布新的对朝政策，引发各方关注和讨论。"
        for i in range(1, 6)
    )
    label, found = list_items("朝鲜半岛\n" + items)
    assert label == "朝鲜半岛" and len(found) == 5 and found[0][0] == "要闻"
    brief = "朝鲜试射导弹\n\n要点：\n- 发射两枚导弹\n- 飞行约350公里\n- 韩美日谴责\n"
    assert list_items(brief) is None  # a bulleted brief is one article
    assert (
        first_sentence(
            "在烏克蘭戰爭爆發 1,000 天之際,據《彭博》周三(20 日)報導,一名匿名西方國家官員透露,烏克蘭軍隊首度發射英國長程飛彈攻擊俄羅斯境內軍事目標。"
        )[0]
        == "在烏克蘭戰爭爆發 1,000 天之際"
    )


def test_list_page_saved_as_html_is_split_too():
    seed = (Path(__file__).parent.parent / "seeds" / "004_3e500d76565d99df.txt").read_text("utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in seed.splitlines() if p.strip())
    page = (
        '<html><head><link rel="canonical" href="https://www.storm.mg/category/k2"></head><body>'
        f"<nav>首頁</nav><div class='list'>{paragraphs}</div><footer>© 風傳媒</footer></body></html>"
    )
    result = convert("list.html", page.encode("utf-8"))
    assert result["source"]["format"] == "list" and len(result["articles"]) == 20
    second = result["articles"][1]
    assert second["published"] == "2025-07-27" and second["outlet"].startswith("風傳媒")
    assert (
        second["tags"] == ["北韓"] and second["url"] is None
    )  # the page's address is not the item's


def test_agency_page_with_split_date_and_caption_below_its_image():
    """A layout common to agency pages: the date printed in styled parts (2024 06/02), paragraphs
    indented with ideographic spaces, an image whose caption is the centred paragraph below it,
    and the editor's signature closing the story."""
    page = """<html><body><div class="header"><div class="header-time left">
    <span class="year"><em> 2024</em></span><span class="day"><em> 06</em>/<em> 02</em></span>
    <span class="time"> 10:30:15</span></div><h1>中方呼吁各方保持克制</h1></div>
    <div id="detail"><p>　　新华社北京6月2日电（记者王晓）外交部发言人2日表示，中方呼吁朝鲜和韩国保持克制。</p>
    <p>　　发言人说，中方始终致力于维护半岛和平稳定，并将与各方保持沟通。</p>
    <p><img src="https://example.org/a.jpg"></p>
    <p style="text-align:center">6月2日，外交部发言人主持例行记者会。新华社记者李贺摄</p>
    <p>　　当天，朝鲜中央通讯社报道了相关消息。</p><div class="editor">【责任编辑:张三】</div>
    </div></body></html>"""
    a = _one_raw("page.html", page)
    assert (a["published"], a["published_time"]) == ("2024-06-02", "10:30:15")
    assert a["images"] == [{"url": "https://example.org/a.jpg",
                            "caption": "6月2日，外交部发言人主持例行记者会。",
                            "credit": "新华社记者李贺摄"}]  # fmt: skip
    assert "\u3000" not in a["body"] and "责任编辑" not in a["body"]
    assert a["body"].rstrip().endswith("当天，朝鲜中央通讯社报道了相关消息。")


def test_tag_list_just_after_the_article_container():
    page = """<html><body><div class="content"><h1>朝鲜发射短程弹道导弹</h1>
    <article class="story-news"><p>韩联社首尔6月2日电 韩国联合参谋本部2日表示，朝鲜当天上午发射数枚短程弹道导弹。</p>
    <p>韩美情报当局正在分析导弹的具体参数。</p><p>（完）</p></article>
    <div class="keyword-zone"><a href="/tag/1">朝鲜导弹</a><a href="/tag/2">韩美同盟</a></div>
    </div></body></html>"""
    a = _one_raw("page.html", page)
    assert a["tags"] == ["朝鲜导弹", "韩美同盟"]
    assert "（完）" not in a["body"]


def test_text_copy_keeps_its_dateline_line_as_text_and_drops_the_editor_note():
    copy = (
        "北韓再射飛彈　日韓嚴密監控\n\n2024/06/02 12:10\n\n中央社記者廖禹揚首爾2日專電\n\n"
        "南韓聯合參謀本部今天表示，北韓上午向東部海域發射多枚短程彈道飛彈。\n\n"
        "美國國務院發言人表示，美方強烈譴責北韓的挑釁行為。（編輯：陳政偉）1130602\n"
    )
    a = _one_raw("copy.txt", copy, "big5")
    assert a["body"].startswith("中央社記者廖禹揚首爾2日專電\n")  # a paragraph, not "## …"
    assert a["body"].rstrip().endswith("挑釁行為。")
    assert (a["author"], a["published"]) == ("廖禹揚", "2024-06-02")


@pytest.mark.parametrize(
    "caption, credit",
    [("首尔街头。中新社記者 張三 攝", "中新社記者 張三 攝"), ("游客在长城拍照 李贺 摄", "李贺 摄"),
     ("他说，这张照片是他拍摄", None),
     ("脫北青年接受專訪。中央社記者林育萱首爾攝 113年9月13日", "中央社記者林育萱首爾攝")],
)  # fmt: skip
def test_photo_credits_without_brackets(caption, credit):
    assert split_credit(caption)[1] == credit


def test_article_header_headline_json_ld_and_a_related_section():
    """HTML5 pages put the headline in the article's own <header> (the site banner's <header>
    is furniture); schema.org JSON-LD gives the date and a person author; a section headed
    相关内容 is related links, never the title."""
    page = """<html><head><title>朝俄签署条约 - 某新闻网</title>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "朝俄签署条约",
     "datePublished": "2024-06-19T14:02:11Z", "author": [{"@type": "Person", "name": "李文"}]}
    </script></head><body><header><a href="/">某新闻网</a><h1>某新闻网</h1></header>
    <main><article><header><h1>朝鲜与俄罗斯签署全面战略伙伴关系条约</h1></header>
    <p>俄罗斯总统普京周三抵达平壤，与朝鲜领导人金正恩举行会谈，双方签署了一项条约。</p>
    <p>分析人士认为，这一条约可能包含相互防御条款。</p>
    <section><h2>相关内容</h2><ul><li><a href="https://example.org/1">普京访问朝鲜</a></li></ul>
    </section></article></main></body></html>"""
    a = _one_raw("page.html", page)
    assert a["title"] == "朝鲜与俄罗斯签署全面战略伙伴关系条约"
    assert (a["published"], a["published_time"]) == ("2024-06-19", "14:02:11+00:00")
    assert a["author"] == "李文"
    assert a["links"] == [
        {"title": "普京访问朝鲜", "url": "https://example.org/1", "kind": "related"}
    ]
    assert "普京访问朝鲜" not in a["body"]


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("作者：南方周末特约撰稿 林晓 南方周末记者 韩晨", "林晓、韩晨"),
        ("作者：本报记者 王明", "王明"),
        ("作者：林晓", "林晓"),
    ],
)
def test_a_labelled_byline_naming_each_writers_role(header, author):
    """作者： over bylines each with its role (南方周末特约撰稿 林晓 南方周末记者 韩晨): the
    label names the writers the bylines do, not the first word after it."""
    assert author_from_header(header) == author


def test_without_h1_a_section_heading_is_not_the_title():
    page = """<html><head><meta property="og:title" content="韩美举行联合军演"></head><body>
    <div class="content"><p>韩美两国军队周一开始举行为期十天的联合军事演习，朝鲜对此表示强烈不满。</p>
    <h2>各方反应</h2><p>日本政府表示支持，中国外交部呼吁各方保持克制。</p></div></body></html>"""
    a = _one_raw("page.html", page)
    assert a["title"] == "韩美举行联合军演"
    assert "## 各方反应" in a["body"]


@pytest.mark.parametrize(
    "header, author", [("作者，李文", "李文"), ("他告诉作者，朝鲜已经同意", None)]
)
def test_author_after_a_comma_only_as_a_label(header, author):
    assert author_from_header(header) == author


def test_portal_page_bylines_above_the_story_are_evidence_not_body():
    """A GBK portal page: empty template headings, the reporter and a date-and-source line
    printed above the story, the editor's note under it."""
    page = """<html><head><meta http-equiv="content-type" content="text/html;charset=GB2312">
    </head><body><div class="main"><div class="col"><h3 class="pre"></h3><h1>中方反对在半岛生战生乱</h1>
    <h4 class="sub"></h4><p class="author">记者 刘鑫</p>
    <div class="col-1-1">2024年06月02日08:31 | 来源：<a href="http://world.example.cn/">人民网－国际频道</a></div>
    <div class="txt"><p style="text-indent: 2em;">人民网北京6月2日电 外交部发言人1日表示，中方反对在半岛生战生乱。</p>
    <p style="text-indent: 2em;">发言人表示，美韩近期举行的联合军演加剧了紧张态势。</p>
    <div class="edit">(责编：刘鑫、王瑞)</div></div></div></div></body></html>"""
    a = _one_raw("page.html", page, "gbk")
    assert a["body"].startswith("人民网北京6月2日电")
    assert a["body"].rstrip().endswith("加剧了紧张态势。")
    assert "#" not in a["body"]
    assert (a["published"], a["published_time"]) == ("2024-06-02", "08:31")
    assert a["outlet"] == outlet_for_name("人民网")
    assert a["author"] == "刘鑫"


def test_app_promotion_link_is_dropped():
    page = """<html><body><div class="text"><h1>北韓又射彈道飛彈</h1>
    <p>北韓今日上午再度朝東部海域發射彈道飛彈，南韓聯合參謀本部表示正在分析細節。</p>
    <p><a href="https://play.google.com">不用抽 不用搶 現在用APP看新聞</a></p>
    <p>美國國務院表示，將與盟友密切合作應對。</p></div></body></html>"""
    a = _one_raw("page.html", page)
    assert "APP" not in a["body"] and "美國國務院" in a["body"]


def test_wechat_copy_loses_its_prompts_and_account_line():
    copy = (
        "美朝关系新动向：特朗普称愿与金正恩再会面\n\n原创 张三 半岛观察 2024-06-02 10:30 发表于北京\n\n"
        "据韩联社报道，美国总统特朗普1日表示，愿意再次与朝鲜最高领导人金正恩会面。\n\n"
        "韩国统一部对此表示欢迎。\n\n点击上方蓝字关注我们\n\n阅读原文\n\n喜欢此内容的人还喜欢\n"
    )
    a = _one_raw("copy.txt", copy)
    assert a["body"] == (
        "据韩联社报道，美国总统特朗普1日表示，愿意再次与朝鲜最高领导人金正恩会面。\n\n"
        "韩国统一部对此表示欢迎。\n"
    )
    assert a["published"] == "2024-06-02"


@pytest.mark.parametrize(
    "header, name",
    [("2024年06月02日08:31 | 来源：人民网－国际频道", "人民网"), ("中新网6月2日电 据报道", "中新网"),
     ("来源：网络", None), ("据韩联社报道，美国总统", None),
     ("新京报讯（记者 周一鸣 实习生 吴佳）5月27日，第九次中日韩领导人会议", "新京报"),
     ("快讯（记者 王明）5月27日", None), ("据新华社首尔11月23日电 朝鲜和韩国军队", "新华社"),
     ("来源：国防部网责任编辑：刘上靖2024-11-28 17:43", "国防部网"),
     ("来源：[韩联社](https://cn.yna.co.kr/view/ACK20250604001200881)", "韩联社")],
)  # fmt: skip
def test_outlet_from_a_source_label_or_a_web_outlet_dateline(header, name):
    assert outlet_from_header(header) == (outlet_for_name(name) if name else None)


_INDEX_ITEMS = [
    ("朝鲜向东部海域发射弹道导弹", "2024-06-02"), ("韩美举行联合空中演习", "2024-06-01"),
    ("日本首相岸田文雄与尹锡悦通电话", "2024-05-31"), ("中方呼吁半岛各方保持克制", "2024-05-30"),
    ("俄罗斯外长拉夫罗夫将访问平壤", "2024-05-29"),
]  # fmt: skip


def _index_list(dated: bool = True) -> str:
    return "".join(
        f'<li><a href="https://example.cn/a/{d.replace("-", "")}/{i}.html">{t}</a>'
        + (f'<span class="date">{d}</span>' if dated else "")
        + "</li>"
        for i, (t, d) in enumerate(_INDEX_ITEMS)
    )


@pytest.mark.parametrize("dated", [True, False])
def test_headline_index_page_gives_one_row_per_headline(dated):
    """Dates from each item's text, or else from its link (…/20240602/…)."""
    page = f"<html><body><h2>朝鲜半岛</h2><ul>{_index_list(dated)}</ul></body></html>"
    result = convert("index.html", page.encode())
    assert result["source"]["format"] == "list"
    rows = [(a["title"], a["published"], a["body"], a["tags"]) for a in result["articles"]]
    assert rows == [(t, d, "", ["朝鲜半岛"]) for t, d in _INDEX_ITEMS]
    assert result["articles"][0]["url"] == "https://example.cn/a/20240602/0.html"


def test_older_page_laid_out_in_a_table_with_br_paragraphs():
    page = """<html><head><title>北韓宣布新一輪軍事演習 - 某論壇</title></head><body><table>
    <tr><td><div id="content"><b>北韓宣布新一輪軍事演習</b><br>
    發表於 2024-06-02 11:20<br><br>&nbsp;&nbsp;據韓聯社報導，北韓人民軍總參謀部今天宣布，將在黃海一帶舉行新一輪軍事演習。
    <br><br>&nbsp;&nbsp;南韓國防部表示，將密切監視北韓動向，並與美國保持緊密合作。<br></div></td></tr>
    </table></body></html>"""
    a = _one_raw("page.html", page, "big5")
    assert a["title"] == "北韓宣布新一輪軍事演習"
    assert (a["published"], a["published_time"]) == ("2024-06-02", "11:20")
    assert a["body"] == (
        "據韓聯社報導，北韓人民軍總參謀部今天宣布，將在黃海一帶舉行新一輪軍事演習。\n\n"
        "南韓國防部表示，將密切監視北韓動向，並與美國保持緊密合作。\n"
    )


def test_a_data_table_in_an_article_stays_a_table():
    page = """<html><body><h1>朝鲜历次核试验</h1><p>朝鲜自2006年以来共进行了六次核试验，以下为各次的时间与当量估计。</p>
    <table><tr><th>次序</th><th>日期</th><th>当量</th></tr><tr><td>第一次</td><td>2006年10月9日</td>
    <td>约1千吨</td></tr><tr><td>第六次</td><td>2017年9月3日</td><td>约100千吨</td></tr></table>
    </body></html>"""
    a = _one_raw("page.html", page)
    assert "| 第六次 | 2017年9月3日 | 约100千吨 |" in a["body"]


def test_text_copy_without_a_headline_keeps_its_first_paragraph():
    """A copy that starts with the story: its title is the first sentence without the
    bracketed dateline, the paragraph stays in the body, and the dateline names the outlet."""
    copy = "【明報專訊】北韓領導人金正恩昨日視察平壤一間軍工廠，要求擴大導彈生產。\n\n南韓統一部表示，將密切關注北韓動向。\n"
    a = _one_raw("copy.txt", copy, "big5")
    assert (a["title"], a["title_source"]) == (
        "北韓領導人金正恩昨日視察平壤一間軍工廠，要求擴大導彈生產",
        "first_sentence",
    )
    assert a["body"].startswith("【明報專訊】北韓領導人")
    assert a["outlet"] == outlet_for_name("明報")


def test_english_copy_dateline_and_byline_are_not_body():
    copy = (
        "North Korea fires ballistic missiles into the East Sea\n\nJune 2, 2024\n\nBy Hyonhee Shin\n\n"
        "SEOUL (Reuters) - North Korea fired a barrage of short-range ballistic missiles on Sunday, "
        "South Korea's military said.\n"
    )
    a = _one_raw("copy.txt", copy)
    assert (a["published"], a["author"]) == ("2024-06-02", "Hyonhee Shin")
    assert a["body"].startswith("SEOUL (Reuters)")


def test_rss_entry_whose_body_is_already_markdown():
    """The archiver may write the feed's body as Markdown: it is kept as written (not escaped),
    paragraphs and lists intact, its image lines in the images table, its feed footer gone."""
    raw = (
        "<!--1717300000000-->\n[朝鲜宣布将发射侦察卫星](https://www.voachinese.com/a/x-20240602/1.html)\n"
        "------\n\n朝鲜周日通知日本海上保安厅，将在未来一周内发射一颗侦察卫星。\n\n"
        "**日本政府**对此表示强烈抗议。\n\n- 韩国：密切关注\n- 美国：予以谴责\n\n"
        "![卫星发射场（图/美联社）](https://gdb.voanews.com/abc.jpg)\n\n获取更多RSS：\nhttps://feedx.net\n"
    )
    result = convert("entry.md", raw.encode())
    (a,) = result["articles"]
    assert result["source"]["format"] == "rss"
    assert a["title"] == "朝鲜宣布将发射侦察卫星"
    assert a["body"] == (
        "朝鲜周日通知日本海上保安厅，将在未来一周内发射一颗侦察卫星。\n\n**日本政府**对此表示强烈抗议。\n\n"
        "- 韩国：密切关注\n- 美国：予以谴责\n\n![卫星发射场（图/美联社）](https://gdb.voanews.com/abc.jpg)\n"
    )
    assert a["images"] == [
        {"url": "https://gdb.voanews.com/abc.jpg", "caption": "卫星发射场", "credit": "美联社"}
    ]
    assert (a["published"], a["outlet"]) == ("2024-06-02", outlet_for_name("美国之音"))


@pytest.mark.parametrize(
    "page_title, title",
    [
        ("外交部：中方反对在半岛生战生乱--国际--人民网", "外交部：中方反对在半岛生战生乱"),
        ("朝鲜发射导弹_国际新闻_环球网", "朝鲜发射导弹"),
        ("北韓射飛彈 - 國際 - 自由時報電子報", "北韓射飛彈"),
        ("朝鲜：将发射卫星——新华网", "朝鲜：将发射卫星"),
        ("美朝峰会-特朗普-金正恩", "美朝峰会-特朗普-金正恩"),  # a headline's own dashes stay
        # (and a Latin word's: J-Alert警报 is no site's name after a dash)
        ("日本一度对冲绳发布J-Alert警报_环球网", "日本一度对冲绳发布J-Alert警报"),
        ("李在明勝選南韓總統 | 國際焦點 | 全球 | 聯合新聞網", "李在明勝選南韓總統"),
        # (a portal's keywords, each after a bare bar, before its name)
        (
            "朝鲜炸毁开城朝韩共同联络办公室大楼|朝鲜|开城_新浪新闻",
            "朝鲜炸毁开城朝韩共同联络办公室大楼",
        ),
    ],
)
@pytest.mark.parametrize("tag", ["<title>{}</title>", '<meta property="og:title" content="{}">'])
def test_page_title_without_site_and_section_names(page_title, title, tag):
    page = (
        f"<html><head>{tag.format(page_title)}</head><body><div class='content'>"
        "<p>朝鲜外务省发言人当天发表谈话，批评美韩联合军事演习是挑衅行为，并警告将采取对应措施。</p>"
        "</div></body></html>"
    )
    a = _one_raw("page.html", page)
    assert a["title"] == title


def test_page_saved_as_mhtml_in_gbk():
    """A browser's single-file archive: the HTML part is read in its own encoding, and the
    address it was saved from is the article's URL and the base of its relative links."""
    import email.mime.multipart
    import email.mime.nonmultipart
    import quopri

    page = (
        "<html><head><meta charset='gbk'><title>朝鲜发射侦察卫星--国际--人民网</title></head><body>"
        "<div class='txt'><h1>朝鲜发射侦察卫星</h1><p>人民网北京6月2日电 朝鲜当天发射了一颗军事侦察卫星，"
        "日本政府发布了紧急警报。</p><p><img src='/img/1.jpg' alt='发射现场'></p></div></body></html>"
    )
    message = email.mime.multipart.MIMEMultipart("related")
    message["Snapshot-Content-Location"] = "http://world.people.com.cn/n1/2024/0602/c1002-1.html"
    part = email.mime.nonmultipart.MIMENonMultipart("text", "html", charset="gbk")
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part.set_payload(quopri.encodestring(page.encode("gbk")).decode("ascii"))
    message.attach(part)
    result = convert("saved.mhtml", message.as_bytes())
    (a,) = result["articles"]
    assert result["source"]["format"] == "mhtml"
    assert a["title"] == "朝鲜发射侦察卫星" and a["published"] == "2024-06-02"
    assert a["url"] == "http://world.people.com.cn/n1/2024/0602/c1002-1.html"
    assert a["images"][0]["url"] == "http://world.people.com.cn/img/1.jpg"
    assert a["outlet"] == outlet_for_name("人民网")
    # an address saved with raw bytes outside ASCII does not stop the page
    raw = message.as_bytes().replace(b"c1002-1.html", "c1002-朝鲜.html".encode())
    (b,) = convert("saved.mhtml", raw)["articles"]
    assert b["title"] == "朝鲜发射侦察卫星" and b["url"].startswith("http://world.people.com.cn/")


def test_relative_links_resolve_against_the_pages_base():
    page = (
        '<html><head><base href="https://www.rfa.org/mandarin/"></head><body><h1>朝鲜发射导弹</h1>'
        "<p>朝鲜外务省发言人当天发表谈话，批评美韩联合军事演习是挑衅行为。</p>"
        '<p><img src="img/a.jpg" alt="现场"></p></body></html>'
    )
    a = _one_raw("page.html", page)
    assert a["images"][0]["url"] == "https://www.rfa.org/mandarin/img/a.jpg"


def test_malformed_addresses_and_impossible_dates_do_not_stop_a_page():
    """Found by mutating pages: an address urllib cannot parse ("http://[") and a day 0
    (2024年6月0日) used to raise, losing the whole file."""
    page = (
        '<html><head><base href="http://["><link rel="canonical" href="http://[x">'
        '<meta property="og:url" content="http://[y"></head><body><h1>朝鲜发射导弹</h1>'
        "<p>2024年6月0日</p><p>朝鲜外务省发言人当天发表谈话，批评美韩联合军事演习是挑衅行为。</p>"
        '<p><a href="http://[z">链接</a><img src="img/a.jpg" alt="现场"></p></body></html>'
    )
    a = _one_raw("page.html", page)
    assert a["title"] == "朝鲜发射导弹" and a["published"] is None
    assert "挑衅行为" in a["body"]


def test_archive_file_with_several_feed_entries_gives_one_article_each():
    entry = "<!--{ms}-->\n[{title}](https://www.rfi.fr/cn/{slug})\n------\n\n<div>{d} - 10:15</div><p>{p}</p>\n"
    raw = "\n".join(
        entry.format(ms=ms, title=t, slug=s, d=d, p=p)
        for ms, t, s, d, p in [
            (1717300000000, "朝鲜向韩国散发垃圾气球", "a", "02/06/2024", "韩国联合参谋本部说，已发现约600个气球。"),
            (1717200000000, "美日韩举行三边空中演习", "b", "01/06/2024", "美军B-52轰炸机参加了演习。"),
        ]
    )  # fmt: skip
    result = convert("feed.md", raw.encode())
    assert result["source"]["format"] == "rss"
    rows = [
        (a["item"], a["title"], a["published"], a["url"], a["body"]) for a in result["articles"]
    ]
    assert rows == [
        (1, "朝鲜向韩国散发垃圾气球", "2024-06-02", "https://www.rfi.fr/cn/a", "韩国联合参谋本部说，已发现约600个气球。\n"),
        (2, "美日韩举行三边空中演习", "2024-06-01", "https://www.rfi.fr/cn/b", "美军B-52轰炸机参加了演习。\n"),
    ]  # fmt: skip
    assert len({a["id"] for a in result["articles"]}) == 2


_DATED_LIST = """朝鲜半岛 滚动新闻

{h1}
2024-06-02 10:30 新华网
朝鲜周日上午向日本海方向发射一枚弹道导弹，日本海上保安厅发布航行警告。

韩美举行联合军演 朝方强烈谴责
来源：环球网 | 2024-06-01 09:15
韩国和美国开始为期十天的联合军事演习。

朝中社发表评论予以谴责。

普京将访问朝鲜
2024年5月31日
俄罗斯总统普京将于近期访问平壤。
"""


@pytest.mark.parametrize(
    "h1", ["朝鲜向日本海发射弹道导弹", "### [朝鲜向日本海发射弹道导弹](https://x.cn/1.html)"]
)
def test_list_of_dated_headlines_gives_one_article_each(h1):
    """Headline, date line (maybe naming the outlet), summary: each item is an article."""
    result = convert("list.txt", _DATED_LIST.format(h1=h1).encode())
    assert result["source"]["format"] == "list"
    got = [(a["title"], a["published"], a["outlet"], a["body"]) for a in result["articles"]]
    assert got == [
        ("朝鲜向日本海发射弹道导弹", "2024-06-02", outlet_for_name("新华网"), "朝鲜周日上午向日本海方向发射一枚弹道导弹，日本海上保安厅发布航行警告。\n"),
        ("韩美举行联合军演 朝方强烈谴责", "2024-06-01", outlet_for_name("环球网"), "韩国和美国开始为期十天的联合军事演习。\n\n朝中社发表评论予以谴责。\n"),
        ("普京将访问朝鲜", "2024-05-31", None, "俄罗斯总统普京将于近期访问平壤。\n"),
    ]  # fmt: skip
    assert result["articles"][0]["url"] == ("https://x.cn/1.html" if "](" in h1 else None)
    assert result["articles"][0]["tags"] == ["朝鲜半岛 滚动新闻"]


def test_a_keyword_page_of_headlines_over_summaries_over_dates():
    """A keyword page copied: each item's headline, its one-line summary (……), then its date:
    the summary is no headline and the next item's headline no summary."""
    items = [
        ("習近平與李在明慶州會晤 同意推動中韓關係發展", "中國國家主席習近平星期六在韓國慶州與韓國總統李在明舉行會談，這是時隔11年再次訪韓……", "2025-11-01"),
        ("特朗普批准韓國建造核動力潛艇", "美國總統特朗普在社交媒體發文說，他已批准韓國建造核動力潛艇，取代較舊的柴油動力潛艇……", "2025-10-30"),
        ("李強抵達平壤 對朝鮮進行正式友好訪問", "中國國務院總理李強星期四抵達平壤，對朝鮮進行正式友好訪問並出席建黨80周年慶祝活動……", "2025-10-09"),
    ]  # fmt: skip
    page = "關鍵字\n朝鮮半島\n\n" + "".join(f"{t}\n{s}\n{d} 19:45\n\n" for t, s, d in items)
    result = convert("keyword.txt", (page + "上一頁\n1\n2\n下一頁\n").encode())
    assert [(a["title"], a["body"].strip(), a["published"]) for a in result["articles"]] == items


def test_article_with_dated_sections_or_a_dated_related_list_stays_one_article():
    story = "朝鲜当天发射的导弹飞行了约三百公里后落入东部海域，美日韩正在分析。" * 3
    related = "".join(f"\n相关报道第{i}条\n2024-06-0{i}\n" for i in range(1, 5))
    for raw in (
        f"朝鲜发射导弹\n\n{story}\n\n{story}\n{related}",  # a long story before the list
        f"朝鲜发射导弹\n2024-06-02\n{story}\n\n回顾\n2024-06-01\n{story}\n",  # two dates only
    ):
        result = convert("one.txt", raw.encode())
        assert [a["title"] for a in result["articles"]] == ["朝鲜发射导弹"]


def _teasers(n: int) -> str:
    return "".join(
        f'<div class="item"><h3><a href="/a/{d.replace("-", "")}/{i}.html">{t}</a></h3>'
        f'<p class="time">{d} 10:30</p><p>{t}，详细报道见正文，各方反应不一。</p></div>'
        for i, (t, d) in enumerate(_INDEX_ITEMS[:n])
    )


def test_index_page_of_linked_headings_with_summaries():
    page = (
        '<html><head><base href="https://news.example.cn/"></head><body><h1>朝鲜半岛</h1>'
        f'<div class="list">{_teasers(4)}</div><div class="footer">版权所有</div></body></html>'
    )
    result = convert("index.html", page.encode())
    assert result["source"]["format"] == "list"
    rows = [(a["title"], a["published"], a["body"]) for a in result["articles"]]
    assert rows == [(t, d, f"{t}，详细报道见正文，各方反应不一。\n") for t, d in _INDEX_ITEMS[:4]]
    assert result["articles"][1]["url"] == "https://news.example.cn/a/20240601/1.html"


def test_index_items_linking_picture_headline_and_summary_to_one_story():
    """A list page whose items link their picture, their bold headline and their summary to
    the same story: the headline is the title (not the longer summary), and a row of fields
    naming the writer with 记者 gives the item's author."""
    items = "".join(
        f'<li><div class="list-image"><a href="/news/articleView.html?idxno={n}"></a></div>'
        f'<div class="list-titles"><a href="/news/articleView.html?idxno={n}"><strong>{t}</strong>'
        f'</a></div><p class="list-summary"><a href="/news/articleView.html?idxno={n}">{t}，'
        "韩国政府有关人士当天向记者介绍了会谈的主要内容和下一步安排。</a></p>"
        f'<div class="list-dated">政治 | 金贤英 记者 | {d} 19:52</div></li>'
        for n, (t, d) in enumerate(_INDEX_ITEMS[:6])
    )
    page = (
        '<html><head><base href="https://chinese.example.com/"></head><body><nav><a href="/">最新'
        f'</a></nav><ul class="type2">{items}</ul><p>Copyright</p></body></html>'
    )
    result = convert("list.html", page.encode())
    rows = [(a["title"], a["published"], a["author"]) for a in result["articles"]]
    assert rows == [(t, d, "金贤英") for t, d in _INDEX_ITEMS[:6]]


def test_card_items_linking_a_titled_headline_and_a_longer_summary_to_one_story():
    """A section page's cards, each linking its picture, its headline (a span classed tit in
    the link) and its longer summary (a span classed txt) to one story, with its date under
    them: the headline is the title, not the longer summary."""
    items = "".join(
        f'<li><div class="thumb"><a href="https://www.example.com/cn/article/{n}"><img src="/{n}.jpg"></a>'
        f'</div><div class="rightList"><a href="https://www.example.com/cn/article/{n}"><span class="tit">{t}'
        f'</span></a><a href="https://www.example.com/cn/article/{n}"><span class="txt">{t}，韩国政府有关人士'
        f'当天向记者介绍了会谈的主要内容和下一步的安排。</span></a><span class="date">{d} 07:52</span></div></li>'
        for n, (t, d) in enumerate(_INDEX_ITEMS[:6])
    )
    page = (
        f'<html><body><div id="content"><ul class="article_list">{items}</ul></div></body></html>'
    )
    result = convert("list.html", page.encode())
    assert [(a["title"], a["published"]) for a in result["articles"]] == _INDEX_ITEMS[:6]


@pytest.mark.parametrize("more", [f"<ul>{_index_list()}</ul>", f"<div>{_teasers(3)}</div>"])
def test_article_followed_by_a_related_list_or_teasers_is_still_one_article(more):
    story = "".join(
        f"<p>第{i}段：韩国国防部表示，朝鲜当天发射的导弹飞行了约三百公里后落入东部海域，美日韩正在分析。</p>"
        for i in range(6)
    )
    page = f"<html><body><h1>朝鲜发射导弹</h1>{story}{more}</body></html>"
    result = convert("page.html", page.encode())
    assert result["source"]["format"] == "html"
    assert [a["title"] for a in result["articles"]] == ["朝鲜发射导弹"]


def test_text_copy_labels_above_and_under_the_story_are_evidence_not_body():
    raw = (
        "德国之声中文网\n朝鲜宣布暂停垃圾气球行动\n"
        "发布/2024年6月2日 12:20\n文字：林方伟\n人气 520 标签: 朝鲜, 气球, 韩国\n\n"
        "朝鲜国防相强纯男周日晚间发表声明，称将暂时停止向韩国散发垃圾气球。\n\n"
        "韩国国家安全室长张虎镇表示，首尔将恢复对朝扩音广播。\n\n"
        "日期 02.06.2024\n作者 Esther Felden\n相关主题 朝鲜, 韩国\n"
    )
    a = _one_raw("dw.txt", raw)
    assert a["title"] == "朝鲜宣布暂停垃圾气球行动"
    assert a["body"] == (
        "朝鲜国防相强纯男周日晚间发表声明，称将暂时停止向韩国散发垃圾气球。\n\n"
        "韩国国家安全室长张虎镇表示，首尔将恢复对朝扩音广播。\n"
    )
    assert (a["published"], a["author"]) == ("2024-06-02", "林方伟")
    assert a["outlet"] == outlet_for_name("德国之声") and a["tags"] == ["朝鲜", "气球", "韩国"]
    # the footer alone names the author and the tags
    footer_only = raw.replace("文字：林方伟\n人气 520 标签: 朝鲜, 气球, 韩国\n", "")
    a = _one_raw("dw.txt", footer_only)
    assert (a["author"], a["tags"]) == ("Esther Felden", ["朝鲜", "韩国"])
    # a last paragraph that only holds a label somewhere inside stays
    story_end = raw.replace(
        "日期 02.06.2024\n作者 Esther Felden\n相关主题 朝鲜, 韩国\n", "他说，时间：不多了"
    )
    assert _one_raw("dw.txt", story_end)["body"].endswith("他说，时间：不多了\n")


@pytest.mark.parametrize(
    "byline, author",
    [
        ("CHOE SANG-HUN", "Choe Sang-Hun"),
        ("CHOE SANG-HUN, DAVID E. SANGER", "Choe Sang-Hun、David E. Sanger"),
        ("WORLD NEWS", None),
        ("NORTH KOREA", None),
    ],
)
def test_byline_in_capitals_under_a_copied_headline(byline, author):
    story = "首尔——朝鲜领导人金正恩本周宣布，朝鲜将不再寻求与韩国的和平统一，并下令拆除平壤的统一纪念碑。"
    a = _one_raw("nyt.txt", f"金正恩的新“两国论”\n{byline}\n2024年1月16日\n\n{story}\n")
    assert a["author"] == author
    assert (byline in a["body"]) == (author is None)


def test_page_of_an_outlet_is_not_its_own_republisher_and_names_it():
    page = (
        '<html><head><meta property="og:site_name" content="{site}">'
        '<link rel="canonical" href="https://www.rfa.org/mandarin/a.html"></head><body>'
        "<article><h1>朝鲜向韩国飘送垃圾气球</h1><p>记者：古亚 2024.06.02 华盛顿</p>"
        "<p>朝鲜周末再次向韩国飘送数百个载有垃圾的气球，韩国军方表示将加强监视。</p></article></body></html>"
    )
    a = _one_raw("rfa.html", page.format(site="Radio Free Asia"))
    assert (a["outlet"], a["republisher"]) == (outlet_for_name("RFA"), None)
    assert a["author"] == "古亚" and a["body"].startswith("朝鲜周末")
    # without an address, the site's name names the outlet when it is a known one
    b = _one_raw("voa.html", page.format(site="美国之音").replace('rel="canonical"', 'rel="x"'))
    assert b["outlet"] == outlet_for_name("美国之音")
    c = _one_raw("blog.html", page.format(site="某某博客").replace('rel="canonical"', 'rel="x"'))
    assert c["outlet"] is None


def test_taiwanese_outlet_slash_reporter_byline():
    a = _one_raw(
        "udn.txt",
        "南韓回應北韓聲明\n聯合報／ 記者陳政錄／即時報導\n\n南韓總統府今天回應北韓前一天發表的聲明，表示將持續監控北韓動向。\n",
    )
    assert (a["outlet"], a["author"]) == (outlet_for_name("聯合報"), "陳政錄")
    assert a["body"].startswith("南韓總統府")


def test_page_metadata_dates_a_page_whose_text_states_no_date():
    page = (
        '<html><head><meta property="article:published_time" content="2024-06-02T03:15:00+09:00">'
        '<meta property="og:site_name" content="NHK WORLD-JAPAN"></head><body><div><h1>日本就朝鲜发射导弹提出抗议</h1>'
        "<p>6月2日 03:15</p><p>日本防卫省称，朝鲜于周日凌晨发射了一枚弹道导弹，导弹落在专属经济区以外。</p></div></body></html>"
    )
    a = _one_raw("nhk.html", page)
    assert (a["published"], a["published_time"]) == ("2024-06-02", "03:15:00+09:00")
    assert a["date_evidence"].endswith("page metadata]")
    assert a["body"].startswith("日本防卫省") and a["outlet"] == "NHK"


_PORTAL = """<html><body><div class="N-nav"><a href="/">网易首页</a><a href="/news">新闻</a></div>
<div class="container"><div class="post_main"><h1 class="post_title">朝鲜称成功试射新型火箭炮</h1>
<div class="post_info">2024-06-02 10:30:15　来源: <a href="https://world.huanqiu.com/">环球网</a></div>
<div class="post_body"><p>【环球网报道 记者 王伟】据朝中社6月2日报道，朝鲜导弹总局1日对新型火箭炮系统进行了试射。</p>
<p class="f_center"><img src="https://nimg.ws.126.net/abc.jpg" alt=""><br>资料图</p>
<p>韩国联合参谋本部表示，韩美情报部门正在对此进行详细分析，并密切关注朝方动向。</p>
<div class="post_statement">本文来源：环球网 作者：王伟 责任编辑：李明_NBJ11279</div></div></div>
<div class="post_side"><h3>热点新闻</h3><ul>{side}</ul></div></div></body></html>"""


def test_portal_page_with_compound_class_names():
    """post_main is the article and post_side its sidebar; a caption under an image in its own
    paragraph is the caption; the source trailer under the story is evidence, not body."""
    side = "".join(f'<li><a href="/a/{i}.html">热点新闻标题第{i}条</a></li>' for i in range(6))
    a = _one_raw("163.html", _PORTAL.format(side=side))
    assert a["title"] == "朝鲜称成功试射新型火箭炮"
    assert "热点新闻" not in a["body"] and "本文来源" not in a["body"]
    assert a["images"] == [
        {"url": "https://nimg.ws.126.net/abc.jpg", "caption": "资料图", "credit": None}
    ]
    assert a["body"].count("资料图") == 2  # the image's alt text and its caption line
    assert (a["published"], a["author"]) == ("2024-06-02", "王伟")


def test_compound_class_after_the_lead_is_not_the_article():
    """RFI feed bodies put the bold lead before <div class="t-content__body">."""
    story = "".join(
        f"<p>第{i}段：文在寅表示，韩美两国将保持紧密合作，推动半岛无核化。</p>" for i in range(8)
    )
    raw = f'<div>18/03/2021</div><p><strong>自首尔方面消息，韩美外长防长会谈。</strong></p><div class="t-content__body">{story}</div>'
    a = _one_raw("rfi.html", raw)
    assert a["body"].startswith("**自首尔方面消息")


_ETTODAY = """<html><head><script type="application/ld+json">{"@type":"NewsArticle",
"publisher":{"@type":"Organization","name":"ETtoday新聞雲"}}</script></head><body>
<div class="part_breadcrumb"><a href="/">首頁</a> › <a href="/news/focus/國際">國際</a></div>
<article><h1>北韓再射彈道飛彈　日韓嚴密監控</h1><time>2024年06月02日 10:31</time><div class="story">
<p><strong>記者王佩翊／綜合報導</strong></p>
<p>南韓聯合參謀本部2日表示，北韓當天上午向朝鮮半島東部海域發射了1枚彈道飛彈。</p>
<p><img src="https://cdn2.ettoday.net/d1.jpg" alt="▲北韓再度試射飛彈。（圖／美聯社）"></p>
<p>▲北韓再度試射飛彈。（圖／美聯社）</p>
<p>據韓聯社報導，這是北韓今年第5次試射彈道飛彈。</p>
<p><strong>►</strong> <a href="https://www.ettoday.net/news/1.htm">北韓垃圾氣球又來了！南韓發現600個</a></p>
<p>★ 歡迎加入ETtoday國際新聞Facebook粉絲專頁 ★</p></div></article></body></html>"""


def test_taiwanese_portal_page_furniture_and_publisher():
    a = _one_raw("ettoday.html", _ETTODAY)
    assert a["body"] == (
        "南韓聯合參謀本部2日表示，北韓當天上午向朝鮮半島東部海域發射了1枚彈道飛彈。\n\n"
        "![▲北韓再度試射飛彈。](https://cdn2.ettoday.net/d1.jpg)\n\n*▲北韓再度試射飛彈。（美聯社）*\n\n"
        "據韓聯社報導，這是北韓今年第5次試射彈道飛彈。\n"
    )
    assert a["links"] == [
        {"title": "北韓垃圾氣球又來了！南韓發現600個", "url": "https://www.ettoday.net/news/1.htm",
         "kind": "related"}
    ]  # fmt: skip
    assert (a["author"], a["category"]) == ("王佩翊", "國際")
    assert a["outlet"] == outlet_for_name("ETtoday") and a["republisher"] is None


def test_copy_closing_with_its_outlet_in_brackets():
    raw = (
        "北韓火箭炮試射 陸方籲克制\n2024/06/02 14:35:00\n中國時報 記者 陳政嘉/綜合報導\n\n"
        "北韓導彈總局1日試射新型240毫米多管火箭炮系統，中國外交部發言人毛寧2日表示，希望有關各方保持克制。\n\n"
        "（中時新聞網）\n"
    )
    a = _one_raw("ct.txt", raw)
    assert (a["outlet"], a["author"]) == (outlet_for_name("中時新聞網"), "陳政嘉")
    assert a["body"].endswith("保持克制。\n")
    # an aside in brackets that names no outlet stays
    aside = raw.replace("（中時新聞網）", "（完整報導）")
    assert _one_raw("ct.txt", aside)["body"].endswith("（完整報導）\n")


_ITEMS = [
    ("北韓再射彈道飛彈 日韓嚴密監控", "南韓聯合參謀本部表示，北韓上午向東部海域發射多枚短程彈道飛彈。", "2024-06-02 10:30"),
    ("普丁將訪問平壤 美國表達關切", "俄羅斯總統普丁將於近期訪問北韓，美國國務院表示將密切關注。", "2024-06-01 09:15"),
    ("北韓垃圾氣球再度來襲", "南韓軍方表示，北韓連續兩天向南韓散發垃圾氣球，總數超過600個。", "2024-05-31 18:40"),
]  # fmt: skip


def test_list_of_items_with_the_date_under_the_summary():
    raw = "北韓專題\n\n" + "\n\n".join(f"{t}\n{p}\n{d}" for t, p, d in _ITEMS)
    result = convert("list.txt", raw.encode())
    got = [(a["title"], a["published"], a["body"], a["tags"]) for a in result["articles"]]
    assert got == [(t, d[:10], p + "\n", ["北韓專題"]) for t, p, d in _ITEMS]


def test_list_of_items_opened_by_a_section_and_date_line():
    raw = "\n\n".join(f"國際 | {d[:10]}\n{p}" for _, p, d in _ITEMS)
    result = convert("list.txt", raw.encode())
    got = [(a["title"], a["title_source"], a["published"], a["category"], a["outlet"])
           for a in result["articles"]]  # fmt: skip
    assert got == [(p.rstrip("。"), "first_sentence", d[:10], "國際", None) for _, p, d in _ITEMS]


def test_chronology_of_bare_dates_stays_one_article():
    raw = "北韓試射飛彈大事記\n\n" + "\n\n".join(f"{d[:10]}\n{p}" for _, p, d in _ITEMS)
    result = convert("chronology.txt", raw.encode())
    assert [a["title"] for a in result["articles"]] == ["北韓試射飛彈大事記"]


def test_index_list_items_with_a_summary_paragraph_keep_it_as_body():
    items = "".join(
        f'<li><p><a href="/a/{i}.html">{t}</a></p><p>{d}</p><p>{t}：摘要第{i}条。</p></li>'
        for i, (t, d) in enumerate(_INDEX_ITEMS)
    )
    result = convert(
        "index.html", f"<html><body><h1>朝鲜半岛</h1><ul>{items}</ul></body></html>".encode()
    )
    got = [(a["title"], a["published"], a["body"]) for a in result["articles"]]
    assert got == [(t, d, f"{t}：摘要第{i}条。\n") for i, (t, d) in enumerate(_INDEX_ITEMS)]


def test_undated_repost_is_no_later_than_the_day_in_its_own_address():
    page = (
        "<html><body><div class='breadcrumb'><a href='https://www.bannedbook.org/'>禁闻网</a></div>"
        "<h2>朝鲜再向韩国散发垃圾气球</h2><div class='entry'><p>（自由亚洲电台记者古亚报道）</p>"
        "<p>朝鲜周日再次向韩国散发大量垃圾气球，韩国联合参谋本部表示已发现约600个。</p>"
        "<p>原文链接：<a href='https://www.rfa.org/mandarin/a.html'>朝鲜再向韩国散发垃圾气球</a></p>"
        "<div><b>本文的图文或视频完整版</b>：<a href='https://www.bannedbook.org/bnews/20210729/1.html'>"
        "朝鲜再向韩国散发垃圾气球</a></div></div></body></html>"
    )
    a = _one_raw("bb.html", page)
    assert a["republished_url"] == "https://www.bannedbook.org/bnews/20210729/1.html"
    assert (a["published"], a["published_precision"]) == (None, "range")
    assert (a["published_earliest"], a["published_latest"]) == (None, "2021-07-29")
    assert "no later than" in a["date_evidence"]
    # a date the text states wins
    dated = page.replace(
        "（自由亚洲电台记者古亚报道）", "（自由亚洲电台记者古亚2021年7月28日报道）"
    )
    assert _one_raw("bb.html", dated)["published"] == "2021-07-28"


def test_wechat_article_page():
    """A saved WeChat page: its meta block (account, time, place) is evidence, not body; the
    lazy-loaded image keeps its address (data-src) and the caption under it its credit; the
    toolbar and the editors' line leave the body; the account is the outlet, not the author."""
    a = _one("wechat_page.html")
    assert (a["published"], a["published_time"]) == ("2024-06-03", "07:12")
    assert a["body"].startswith("据韩联社报道，朝鲜国防省副相金刚日2日晚发表谈话称")
    assert a["images"] == [
        {"url": "https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg",
         "caption": "韩国士兵检查气球残骸", "credit": "韩联社"}
    ]  # fmt: skip
    for junk in ("发表于北京", "阅读原文", "在看", "10万+", "责编", "来源：环球网"):
        assert junk not in a["body"], junk
    assert a["outlet"] == outlet_for_name("环球时报") and a["author"] is None
    assert a["body"].rstrip().endswith("韩方将采取朝方难以承受的措施。")


def test_articles_copied_one_after_another_between_rules():
    first = "朝鲜再次发射弹道导弹\n2024-06-02 10:30\n\n韩国联合参谋本部2日说，朝鲜当天上午向朝鲜半岛东部海域发射了一枚弹道导弹。\n"
    second = "普京抵达平壤开始访问\n2024-06-19 03:00\n\n俄罗斯总统普京当地时间19日凌晨抵达平壤，开始对朝鲜进行国事访问，金正恩到机场迎接。\n"
    result = convert("two.txt", f"{first}\n==========\n\n{second}".encode())
    got = [(a["item"], a["title"], a["published"]) for a in result["articles"]]
    assert got == [
        (1, "朝鲜再次发射弹道导弹", "2024-06-02"),
        (2, "普京抵达平壤开始访问", "2024-06-19"),
    ]
    # rules between an article's own parts (a paragraph after the rule, no headline) keep it whole
    one = f"{first}\n-----\n\n分析人士认为，朝鲜此举意在向美韩施压，并测试新型导弹的性能，未来或有更多试射。\n"
    assert [a["title"] for a in convert("one.txt", one.encode())["articles"]] == [
        "朝鲜再次发射弹道导弹"
    ]
    # under the file's own title and note, each with its page's address pasted under it
    note = "韩国新政府上台 资料整理 2022.5.16\n（从网页直接复制粘贴，格式未整理）\n"
    first += "\n相关新闻：\n　韩国总统交接仪式举行 （05-09）\n\nhttps://example.com/a/1.shtml\n"
    pasted = f"{note}\n==========\n\n{first}\n==========\n\n{second}\n==========\n"
    got = [(a["title"], a["url"]) for a in convert("pasted.txt", pasted.encode())["articles"]]
    assert got == [
        ("朝鲜再次发射弹道导弹", "https://example.com/a/1.shtml"),
        ("普京抵达平壤开始访问", None),
    ]


def test_logo_h1_and_a_date_box_outside_the_story_container():
    """A portal sets its logo as an h1 and prints the date and source line between the title
    and the story's container: the title is the page's own, the date is found."""
    page = """<html><head><title>朝鲜宣布暂停散发垃圾气球--国际--人民网</title></head><body>
    <div class="header"><h1 class="top"><a href="http://www.people.com.cn/">人民网</a></h1>
    <div class="today">2024年06月05日 星期三</div></div>
    <div class="main"><div class="title"><h2>朝鲜宣布暂停散发垃圾气球</h2></div>
    <div class="box">2024年06月03日08:12 | 来源：人民网－国际频道</div>
    <div class="rm_txt_con"><p>朝鲜国防省副相金刚日2日晚发表谈话，宣布暂停向韩国散发垃圾气球。</p>
    <p>韩国国家安保室表示将恢复对朝扩音广播，美方表示支持。</p></div></div></body></html>"""
    a = _one_raw("p.html", page)
    assert a["title"] == "朝鲜宣布暂停散发垃圾气球"
    assert (a["published"], a["published_time"]) == ("2024-06-03", "08:12")
    assert a["body"].startswith("朝鲜国防省副相") and "来源" not in a["body"]
    # without that line, the page-top "today" widget does not date the article
    no_line = page.replace(
        '<div class="box">2024年06月03日08:12 | 来源：人民网－国际频道</div>', ""
    )
    assert _one_raw("p.html", no_line)["published"] is None


@pytest.mark.parametrize("name", ["publishdate", "PubDate", "dc.date.issued", "parsely-pub-date"])
def test_publication_date_metadata_names(name):
    page = (
        f'<html><head><meta name="{name}" content="2024-06-03"></head><body><h1>朝鲜宣布暂停散发垃圾气球</h1>'
        "<p>朝鲜国防省副相金刚日发表谈话，宣布暂停向韩国散发垃圾气球。</p></body></html>"
    )
    a = _one_raw("p.html", page)
    assert (a["published"], a["date_evidence"]) == (
        "2024-06-03",
        "2024-06-03 [YYYY-MM-DD, page metadata]",
    )


@pytest.mark.parametrize(
    "note, author",
    [
        ("Choe Sang-Hun是时报首尔分社社长，负责报道朝鲜半岛新闻。", "Choe Sang-Hun"),
        ("David E. Sanger为《纽约时报》白宫和国家安全记者。", "David E. Sanger"),
        ("Kim Jong Un是朝鲜领导人。", None),  # a sentence about a person is no reporter's note
    ],
)
def test_reporter_note_under_a_translated_story(note, author):
    raw = f"金正恩为何放弃统一\n\n首尔——朝鲜领导人金正恩今年年初宣布，朝鲜将不再寻求与韩国的和平统一。\n\n{note}\n"
    assert _one_raw("nyt.txt", raw)["author"] == author


def test_related_title_repeated_as_its_image_text_is_one_link():
    raw = (
        "金正恩视察巡航导弹试射\n\n朝鲜领导人金正恩周六视察了在西部海域进行的战略巡航导弹试射，导弹精确命中目标。\n\n"
        "相关文章\n\nNorth Korea fires ballistic missile\nAI 生成的图像\n\nNorth Korea fires ballistic missile\n\n"
        "由 AI 报道\n\nSouth Korea's military said North Korea fired a missile on Thursday.\n"
    )
    a = _one_raw("grok.txt", raw)
    assert [link["title"] for link in a["links"]] == ["North Korea fires ballistic missile"]
    assert "North Korea fires ballistic missile" not in a["body"]


def test_taiwanese_copy_byline_and_publication_lines_leave_the_body():
    raw = (
        "北韓再射飛彈 日韓嚴密監控\n新頭殼newtalk | 郭家崴 綜合報導\n發布 2024.06.02 | 10:30\n\n"
        "南韓聯合參謀本部表示，北韓上午向東部海域發射多枚短程彈道飛彈，日本首相岸田文雄指示政府全力蒐集情報。\n"
    )
    a = _one_raw("nt.txt", raw)
    assert (a["published"], a["published_time"], a["author"]) == ("2024-06-02", "10:30", "郭家崴")
    assert a["body"].startswith("南韓聯合參謀本部")


def test_closing_source_credit_with_a_this_article_label():
    story = "韩国联合参谋本部表示，朝鲜当天上午向东部海域发射了一枚弹道导弹，美韩正在分析。" * 3
    a = _one_raw("yna.txt", f"朝鲜发射导弹\n\n{story}\n\n（本文来源：韩联社）\n")
    assert a["outlet"] == outlet_for_name("韩联社") and "本文来源" not in a["body"]
    # (网易's names the writer after the source: (本文来源：新华网 作者：刘晓光))
    b = _one_raw("163.txt", f"朝鲜发射导弹\n\n{story}\n\n(本文来源：新华网 作者：刘晓光)\n")
    assert b["outlet"] == outlet_for_name("新华网") and "本文来源" not in b["body"]


def test_caption_repeated_next_to_another_image_keeps_both_images():
    page = (
        "<html><body><article><h1>金正恩视察工厂</h1>"
        '<p><img src="https://x.cn/a.jpg" alt="金正恩视察工厂"></p>'
        '<p>金正恩视察工厂<img src="https://x.cn/b.jpg"></p>'
        "<p>朝鲜中央通讯社报道，金正恩当天视察了一家军工厂，对生产情况表示满意。</p></article></body></html>"
    )
    a = _one_raw("p.html", page)
    assert [i["url"] for i in a["images"]] == ["https://x.cn/a.jpg", "https://x.cn/b.jpg"]


def test_short_story_whose_container_holds_an_app_trailer_keeps_its_text():
    """A short story's container also holds the outlet's "download our app" trailer. Tested
    whole, the container read as that trailer and the story was lost; now only the trailer
    goes. The reporter line above the story names the author and leaves the body, and the
    caption under the image in its wrapper is the image's caption."""
    page = """<html><head><title>朝鲜称成功试射新型巡航导弹_澎湃新闻</title></head><body>
    <div class="index_cententWrap__Jv8jK"><h1 class="index_title__B8mhI">朝鲜称成功试射新型巡航导弹</h1>
    <div class="index_left__LfzyH"><div><span>澎湃新闻记者 南博一</span></div>
    <div><span>2024-06-03 09:12</span><span>来源：澎湃新闻</span></div></div>
    <div class="index_cententWrap__Jv8jK"><p>据朝中社6月3日报道，朝鲜导弹总局2日在西部海域进行了新型战略巡航导弹试射。</p>
    <p>韩国联合参谋本部3日表示，韩美情报当局正在对此进行详细分析。</p>
    <div class="index_imgWrap"><img src="https://img.example.cn/a.jpg"><p class="index_imgDesc">朝中社发布的试射图片。</p></div>
    <p>（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）</p></div></div></body></html>"""
    a = _one_raw("paper.html", page)
    assert a["body"].startswith("据朝中社6月3日报道") and "韩美情报当局" in a["body"]
    assert "APP" not in a["body"] and "南博一" not in a["body"] and "来源" not in a["body"]
    assert a["author"] == "南博一" and a["published"] == "2024-06-03"
    assert a["images"] == [
        {"url": "https://img.example.cn/a.jpg", "caption": "朝中社发布的试射图片。", "credit": None}
    ]


def test_story_shipped_as_escaped_html_in_a_hidden_textarea():
    """环球网 pages hold the story as escaped markup in a <textarea> a script renders."""
    page = """<html><head><title>韩媒：朝鲜发射短程弹道导弹_环球网</title></head><body>
    <div class="t-container"><div class="t-container-title"><h3>韩媒：朝鲜发射短程弹道导弹</h3></div>
    <div class="metadata-info"><p class="time">2024-06-02 10:45</p><span class="source">来源：环球网</span></div>
    <textarea class="article-content" style="display:none">&lt;p&gt;【环球网报道 记者 赵建东】据韩联社2日报道，朝鲜当天上午向东部海域发射一枚短程弹道导弹。&lt;/p&gt;&lt;p&gt;日本首相岸田文雄当天表示，日本政府将全力收集相关信息。&lt;/p&gt;</textarea>
    </div><form><textarea name="comment">&lt;b&gt;评论&lt;/b&gt;</textarea></form></body></html>"""
    a = _one_raw("hq.html", page)
    assert a["body"].startswith("【环球网报道 记者 赵建东】据韩联社2日报道")
    assert "日本政府将全力收集相关信息。" in a["body"] and "评论" not in a["body"]
    # the byline in the story's first words counts, after the page's date and source blocks
    assert a["author"] == "赵建东" and a["published"] == "2024-06-02"


def test_date_line_with_a_place_and_a_platform_disclaimer_leave_the_body():
    page = """<html><head><title>普京抵达平壤_凤凰网</title></head><body><div class="index_artical_3">
    <h1>普京抵达平壤 与金正恩举行会谈</h1>
    <div class="index_timeBref_5"><a href="#">2024年06月19日 09:30:00</a><span> 来自 北京</span></div>
    <div class="index_source_6">来源：<a href="https://www.news.cn">新华社</a></div>
    <div class="index_main_content_7"><p>新华社平壤6月19日电 俄罗斯总统普京19日凌晨抵达平壤，开始对朝鲜进行国事访问。</p>
    <p>这是普京时隔24年再次访问朝鲜。</p></div>
    <div><p>「特别声明：以上作品内容(包括在内的视频、图片或音频)为凤凰网旗下自媒体平台「大风号」用户上传并发布，本平台仅提供信息存储空间服务。」</p></div>
    </div></body></html>"""
    a = _one_raw("if.html", page)
    assert a["body"].startswith("新华社平壤6月19日电")
    assert a["body"].rstrip().endswith("这是普京时隔24年再次访问朝鲜。")
    assert (a["published"], a["published_time"]) == ("2024-06-19", "09:30:00")


PDF_COPY = """朝鲜宣布将发射军事侦察卫星
　　新华社平壤6月2日电 朝鲜国家航空航天技术总局
2日发表声明说，朝鲜计划在本月内发射第二颗军事侦
察卫星，以加强对美国及其盟国军事动向的监视能力。
　　声明说，卫星发射是朝鲜正当的自卫权利，任何
势力都无权干涉。韩国国防部对此表示强烈关切，并
敦促朝方立即停止相关活动。
（完）
"""


def test_copy_with_lines_broken_inside_paragraphs_is_rejoined():
    """A PDF or column copy breaks its lines at a fixed width: indented lines open paragraphs,
    the others run on (no space inside Chinese)."""
    a = _one_raw("pdf.txt", PDF_COPY)
    assert a["title"] == "朝鲜宣布将发射军事侦察卫星"
    assert a["body"].split("\n\n") == [
        "新华社平壤6月2日电 朝鲜国家航空航天技术总局2日发表声明说，朝鲜计划在本月内发射第二颗"
        "军事侦察卫星，以加强对美国及其盟国军事动向的监视能力。",
        "声明说，卫星发射是朝鲜正当的自卫权利，任何势力都无权干涉。韩国国防部对此表示强烈关切，"
        "并敦促朝方立即停止相关活动。\n",
    ]


def test_unwrap_joins_latin_words_with_a_space_and_paragraphs_at_blank_lines():
    mail = (
        "SEOUL, June 2 (Yonhap) -- North Korea fired a short-range ballistic\n"
        "missile toward the East Sea on Sunday, South Korea's military said,\n"
        "in the latest in a series of weapons tests this year by the regime.\n\n"
        "The Joint Chiefs of Staff said the missile was launched from the\n"
        "Pyongyang area at around 10 a.m. and flew about 350 kilometers\n"
        "before falling into the sea.\n"
    )
    assert unwrap(mail).split("\n\n") == [
        "SEOUL, June 2 (Yonhap) -- North Korea fired a short-range ballistic missile toward the"
        " East Sea on Sunday, South Korea's military said, in the latest in a series of weapons"
        " tests this year by the regime.",
        "The Joint Chiefs of Staff said the missile was launched from the Pyongyang area at"
        " around 10 a.m. and flew about 350 kilometers before falling into the sea.\n",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # headlines of about one width, no clause marks
        "朝鲜新闻汇总\n朝鲜再次发射弹道导弹 韩日密切关注\n普京抵达平壤开始国事访问 金正恩迎接\n"
        "韩国国会通过特别法 调查戒严事件始末\n美韩举行联合军演 朝方警告将采取对策\n"
        "日本首相表示将全力收集导弹相关信息\n",
        # a table
        "时间 地点 事件\n2024-06-02 平壤 导弹发射\n2024-06-19 平壤 普京访问\n2024-07-27 首尔 停战纪念\n",
        # one paragraph a line, each ending its sentence
        "朝鲜再次发射导弹\n韩国联合参谋本部2日说，朝鲜当天上午发射了一枚短程弹道导弹。\n"
        "日本防卫省表示，导弹落入日本专属经济区外，未造成损失。\n"
        "美国国务院发言人表示，美方将与盟友密切协调应对。\n韩国国家安保室召开紧急会议讨论对策。\n",
    ],
)
def test_unwrap_leaves_lists_tables_and_line_paragraphs_alone(text):
    assert unwrap(text) == text


PTT_POST = """作者 kkman2024 (無名小卒) 看板 Gossiping
標題 [新聞] 北韓又射彈道飛彈 日本發布警報
時間 Sun Jun  2 10:15:32 2024
───────────────────────────────────────

1.媒體來源:
中央社

2.記者署名:
記者楊明珠

3.完整新聞標題:
北韓又射彈道飛彈 日本海上保安廳發布警報

4.完整新聞內文:
（中央社記者楊明珠東京2日專電）日本海上保安廳今天表示，北韓疑似發射彈道飛彈，已向航行船隻發布警報。

南韓聯合參謀本部表示，北韓今天上午從平壤一帶朝東部海域發射一枚短程彈道飛彈。

5.完整新聞連結 (或短網址)不可用YAHOO、LINE、MSN等轉載媒體:
https://www.cna.com.tw/news/aopl/202406020034.aspx

6.備註:
又來了

--
※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 114.34.12.5 (臺灣)
※ 文章網址: https://www.ptt.cc/bbs/Gossiping/M.1717294534.A.1F2.html
推 abcde: 又來 06/02 10:16
→ zxcv: 有完沒完 06/02 10:18
"""


def test_ptt_post_quoting_a_news_article():
    """A PTT news post: the template's fields give the article; the poster's note, the
    signature and the pushes are not the article. The yearless dateline (東京2日專電) takes
    its month and year from the day of the post, when the story's address (its day and a
    serial: 202406020034.aspx) does not date it."""
    a = _one_raw("ptt.txt", PTT_POST)
    assert a["title"] == "北韓又射彈道飛彈 日本海上保安廳發布警報"
    assert a["outlet"] == outlet_for_name("中央社") and a["author"] == "楊明珠"
    assert a["url"] == "https://www.cna.com.tw/news/aopl/202406020034.aspx"
    assert a["republished_url"] == "https://www.ptt.cc/bbs/Gossiping/M.1717294534.A.1F2.html"
    assert a["republisher"] == "PTT (ptt.cc)"
    assert a["body"].startswith("（中央社記者楊明珠東京2日專電）日本海上保安廳今天表示")
    assert a["body"].rstrip().endswith("發射一枚短程彈道飛彈。")
    for junk in ("又來了", "發信站", "推 abcde", "媒體來源"):
        assert junk not in a["body"], junk
    assert (a["published"], a["published_precision"]) == ("2024-06-02", "day")
    assert "story number" in a["date_evidence"]
    b = _one_raw("ptt.txt", PTT_POST.replace("202406020034.aspx", "1234.aspx"))
    assert (b["published"], b["published_precision"]) == ("2024-06-02", "day")
    assert "the day it was posted or saved" in b["date_evidence"]


def test_ptt_post_copied_with_colons_and_the_templates_hints():
    """A copy of the post with colons after its header labels (作者: … 看板: …), and the
    template's ※ hints left in its fields: the fields still give the article."""
    post = PTT_POST.replace("作者 ", "作者: ").replace("看板 ", "看板: ").replace("標題 ", "標題: ")
    post = (
        post.replace("時間 ", "時間: ")
        .replace("1.媒體來源:\n", "1.媒體來源:\n※ 例如蘋果日報、奇摩新聞\n")
        .replace("2.記者署名:\n", "2.記者署名:\n※ 若新聞沒有記者名字或編輯名字，請勿張貼\n")
    )
    a = _one_raw("ptt.txt", post)
    assert a["title"] == "北韓又射彈道飛彈 日本海上保安廳發布警報"
    assert (a["outlet"], a["author"]) == (outlet_for_name("中央社"), "楊明珠")
    assert a["body"].startswith("（中央社記者楊明珠東京2日專電）") and "※" not in a["body"]


def test_a_forum_thread_copied_with_its_bbcode():
    """A Discuz thread copied with its markup (BBCode) and each floor's poster on its posted
    line (名 发表于 2018-4-27 20:03 | 只看该作者): the markup is no text, the edit note goes,
    the news the first post quotes (its headline over its date line, to the address that
    closes it) is the article; the poster's note, the ratings and the next floor are not."""
    paragraphs = "\n\n".join(f"　　{p}" for p in _TWO_PARAGRAPHS)
    thread = (
        "国际风云 > 朝韩首脑板门店会晤（转） [复制链接]\n半岛观察员  发表于 2018-4-27 20:03 | 只看该作者 | 倒序浏览\n"
        "查看: 2841 | 回复: 57\n\n[i=s] 本帖最后由 半岛观察员 于 2018-4-27 20:11 编辑 [/i]\n\n"
        "[quote][size=2][color=#999999]转自中国新闻网，原文链接见文末。[/color][/size][/quote]\n\n"
        "[align=center][size=5][b]朝韩领导人签署《板门店宣言》[/b][/size][/align]\n\n"
        "[align=center][color=#808080]2018年04月27日 19:15　来源：中国新闻网[/color][/align]\n\n"
        "[align=center][img]http://i2.chinanews.com/simg/2018/1.jpg[/img][/align]\n\n"
        + paragraphs
        + "\n\n【编辑:王琴】\n\n原文：[url=http://www.chinanews.com/gj/2018/04-27/8501893.shtml]"
        "http://www.chinanews.com/gj/2018/04-27/8501893.shtml[/url]\n\n"
        "[b][color=Red]楼主说两句：[/color][/b]时隔11年的首脑会晤，这句分量很重。\n\n"
        "评分 参与人数 3  威望 +6  收起 理由\n老K  + 2  很给力!\n\n收藏 0  支持 12  反对 0\n\n"
        "沙发\n铁血老兵  发表于 2018-4-27 20:25 | 只看该作者\n和平是好事，就看美国怎么接了。\n"
    )
    a = _one_raw("bbs.txt", thread, encoding="gbk")
    assert a["title"] == "朝韩领导人签署《板门店宣言》"
    assert (a["published"], a["published_time"]) == ("2018-04-27", "19:15")
    assert a["url"] == "http://www.chinanews.com/gj/2018/04-27/8501893.shtml"
    assert _plain_body(a) == "\n\n".join(_TWO_PARAGRAPHS)


def test_ptt_post_with_another_boards_template():
    """Another board's template (原文連結 / 原文標題 / 原文來源(媒體/作者) / 原文發布時間 /
    原文內容 / 心得): the headline, the source without the poster's note on it, the time and
    the text are the article's; the poster's view is not."""
    post = (
        "作者 Fulcrum (米格) 看板 Military\n標題 [新聞] 金正恩接見紹伊古 帶參觀展覽\n"
        "時間 Thu Jul 27 10:12:33 2023\n\n1.原文連結：\nhttps://www.cna.com.tw/news/aopl/1234.aspx\n\n"
        "2.原文標題：\n金正恩接見紹伊古 雙方討論國防合作\n\n3.原文來源(媒體/作者)：\n中央社（原文簡體，自行轉繁）\n\n"
        "4.原文發布時間：\n2023年07月27日 08:50\n\n5.原文內容：\n"
        "朝鮮國務委員長金正恩26日接見了正在朝鮮訪問的俄羅斯國防部長紹伊古。\n\n"
        "雙方就國防與安全領域共同關心的問題交換了意見。\n\n6.心得/評論：\n這訊號應該蠻明顯的吧\n\n"
        "--\n※ 發信站: 批踢踢實業坊(ptt.cc)\n※ 文章網址: https://www.ptt.cc/bbs/Military/M.1690423955.A.3F2.html\n"
    )
    a = _one_raw("ptt3.txt", post)
    assert a["title"] == "金正恩接見紹伊古 雙方討論國防合作"
    assert a["outlet"] == outlet_for_name("中央社")
    assert (a["published"], a["published_time"]) == ("2023-07-27", "08:50")
    assert a["body"].startswith("朝鮮國務委員長金正恩26日接見了")
    assert a["body"].rstrip().endswith("共同關心的問題交換了意見。")
    assert "這訊號" not in a["body"] and "心得" not in a["body"]


def test_ptt_post_without_the_template_is_bounded_by_its_posting_day():
    post = (
        "作者Wolfkin (狼)看板Korea_Mix\n標題[新聞] 南韓國會通過特別法\n時間Tue Jul  8 21:05:10 2025\n\n"
        "南韓國會以多數票通過特別法，要求獨立檢察組調查前總統尹錫悅的戒嚴事件。\n\n"
        "共同民主黨表示，法案將確保真相大白。\n\n--\n※ 發信站: 批踢踢實業坊(ptt.cc)\n"
        "※ 文章網址: https://www.ptt.cc/bbs/Korea_Mix/M.1751979910.A.5B1.html\n推 foo: 支持 07/08 21:10\n"
    )
    a = _one_raw("ptt2.txt", post)
    assert a["title"] == "南韓國會通過特別法"
    assert a["body"].startswith("南韓國會以多數票通過特別法") and "發信站" not in a["body"]
    assert a["published"] is None and a["published_precision"] == "range"
    assert (a["published_earliest"], a["published_latest"]) == (None, "2025-07-08")


def test_ptt_post_captured_from_a_terminal_in_big5():
    """A PTT post saved from a terminal client: its colour codes (ESC[…m) are no text, the
    template's labels end in ︰, its news is broken at 78 columns and rejoined, and the
    promotion whose ► Big5 could not hold (?點我下載APP) goes."""
    paragraph = "南韓第21屆總統選舉3日舉行投票，根據中央選舉管理委員會4日清晨公布的開票結果，共同民主黨候選人李在明以49.4%的得票率擊敗國民力量黨候選人金文洙，當選南韓第21任總統。由於是前總統尹錫悅遭彈劾下台後舉行的提前大選，李在明將不經交接期，於4日上午立即就任。"
    wrapped = "\n".join(paragraph[i : i + 38] for i in range(0, len(paragraph), 38))
    second = "李在明4日凌晨在國會前的支持者集會上發表勝選演說，他表示，將全力履行總統的責任與使命，「絕不辜負國民的期待」，並致力於修補社會的分裂。"
    wrapped2 = "\n".join(second[i : i + 38] for i in range(0, len(second), 38))
    post = (
        "\x1b[34;47m 作者 \x1b[44;37m kimchi7788 (泡菜鍋)   \x1b[34;47m 看板 \x1b[44;37m HatePolitics \x1b[m\n"
        "\x1b[34;47m 標題 \x1b[44;37m [新聞] 李在明勝選！南韓第21任總統出爐 \x1b[m\n"
        "\x1b[34;47m 時間 \x1b[44;37m Wed Jun  4 08:47:12 2025 \x1b[m\n\n"
        "1.新聞網址︰\nhttps://www.ettoday.net/news/20250604/2975531.htm\n\n"
        "2.新聞來源︰\nETtoday新聞雲\n\n3.完整新聞標題︰\n李在明勝選！南韓第21任總統出爐 得票率49.4%擊敗金文洙\n\n"
        f"4.完整新聞內文︰\n\n記者蘇詠晴／綜合報導\n2025年06月04日 08:21\n\n{wrapped}\n\n{wrapped2}\n\n"
        "?點我下載APP　?按我看活動辦法\n\n5.備註︰\n\n李在明終於上了\n\n--\n"
        "\x1b[1;32m※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.227.140.19 (臺灣)\x1b[m\n"
        "\x1b[1;37m推 \x1b[33mKMTGG\x1b[m\x1b[33m: 南韓人民用選票教訓戒嚴 \x1b[m 06/04 08:48\n"
    )
    a = _one_raw("ptt.txt", post, "big5")
    assert (a["title"], a["author"], a["published_time"]) == (
        "李在明勝選！南韓第21任總統出爐 得票率49.4%擊敗金文洙",
        "蘇詠晴",
        "08:21",
    )
    assert a["url"] == "https://www.ettoday.net/news/20250604/2975531.htm"
    assert a["body"].strip() == f"{paragraph}\n\n{second}"


def test_ptt_post_saved_from_its_web_page():
    """A PTT post's page on ptt.cc: the head's fields are spans (article-metaline), the post
    is the screen's text; the news it quotes is the article, as in a copy of the post."""
    page = (
        '<html><body><div id="topbar" class="bbs-content">批踢踢實業坊 › 看板 Gossiping</div>'
        '<div id="main-content" class="bbs-screen bbs-content">'
        + "".join(
            f'<div class="article-metaline"><span class="article-meta-tag">{k}</span>'
            f'<span class="article-meta-value">{v}</span></div>'
            for k, v in [
                ("作者", "kuma5566 (熊熊出沒注意)"), ("看板", "Gossiping"),
                ("標題", "[新聞] 北韓發射多枚短程彈道飛彈 日韓緊急應"), ("時間", "Thu Sep 12 11:02:35 2024"),
            ]
        )
        + "\n1.媒體來源:\n中央社\n\n2.記者署名:\n中央社記者鍾佳容首爾12日專電\n\n"
        "3.完整新聞標題:\n北韓發射多枚短程彈道飛彈 日韓緊急應對\n\n4.完整新聞內文:\n"
        "2024/9/12 10:48（9/12 11:30 更新）\n\n" + "\n\n".join(_TW_STORY) + "\n\n"
        "5.完整新聞連結 (或短網址):\n"
        '<a href="https://www.cna.com.tw/news/aopl/202409120035.aspx">https://www.cna.com.tw/news/aopl/202409120035.aspx</a>\n\n'
        "6.備註:\n又在放煙火\n\n--\n"
        '<span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 114.36.215.88 (臺灣)\n</span>'
        '<span class="f2">※ 文章網址: <a href="https://www.ptt.cc/bbs/Gossiping/M.1726110157.A.5C1.html">https://www.ptt.cc/bbs/Gossiping/M.1726110157.A.5C1.html</a>\n</span>'
        '<div class="push"><span class="push-tag">推 </span><span class="push-userid">kelly0208</span>'
        '<span class="push-content">: 先推</span><span class="push-ipdatetime"> 09/12 11:03\n</span></div>'
        "</div></body></html>"
    )  # fmt: skip
    a = _one_raw("M.1726110157.A.5C1.html", page)
    assert (a["title"], a["author"], a["published_time"]) == (
        "北韓發射多枚短程彈道飛彈 日韓緊急應對",
        "鍾佳容",
        "10:48",
    )
    assert (a["url"], a["republished_url"]) == (
        "https://www.cna.com.tw/news/aopl/202409120035.aspx",
        "https://www.ptt.cc/bbs/Gossiping/M.1726110157.A.5C1.html",
    )
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_weibo_post_copied_as_text():
    """A copied Weibo post: the account above the time line is the outlet when it is one; the
    time line (two-digit year) dates it; the bracketed headline is the title (not an outlet,
    nor the text); topics (#…#) are tags; the counters are not text."""
    post = (
        "央视新闻\n24-6-2 10:15 来自 微博 weibo.com 已编辑\n"
        "【#朝鲜再次发射弹道导弹#】据韩联社报道，韩国联合参谋本部2日称，朝鲜当天上午向朝鲜半岛东部"
        "海域发射一枚短程弹道导弹。#朝鲜半岛局势#\n转发 1234 评论 567 赞 8901\n"
    )
    a = _one_raw("weibo.txt", post)
    assert a["title"] == "朝鲜再次发射弹道导弹" and a["title_source"] == "headline"
    assert a["outlet"] == outlet_for_name("央视新闻") and a["author"] is None
    assert (a["published"], a["published_time"]) == ("2024-06-02", "10:15")
    assert a["tags"] == ["朝鲜再次发射弹道导弹", "朝鲜半岛局势"]
    assert a["body"].startswith("据韩联社报道") and "转发" not in a["body"]
    # a person's account is the post's author
    person = _one_raw("w2.txt", post.replace("央视新闻\n", "金灿荣\n"))
    assert (person["author"], person["outlet"]) == ("金灿荣", None)


@pytest.mark.parametrize(
    "header, outlet",
    [
        ("【朝鲜再次发射弹道导弹】据韩联社报道，韩国军方称", None),  # a headline in brackets
        ("【大纪元】朝鲜当局宣布", "大纪元 (The Epoch Times)"),  # a known outlet alone
        ("【明報專訊】北韓領導人", "明報 (Ming Pao)"),
    ],
)
def test_bracketed_headline_names_no_outlet(header, outlet):
    assert outlet_from_header(header) == outlet


def test_time_elements_update_times_relative_times_and_amp_images():
    """A WordPress page prints the publication time relatively (2小时前) and the update time
    in full: the datetime of the published <time> dates it, never the update. An AMP image
    keeps its address; tag links under /tagging/ are tags."""
    page = """<html><head><title>朝鲜当局加强边境管控</title></head><body><article>
    <header><h1 class="entry-title">朝鲜当局加强边境管控</h1>
    <div class="entry-meta"><time class="entry-date published" datetime="2024-06-02T10:15:00+09:00">2小时前</time>
    <time class="updated" datetime="2024-06-05T08:00:00+09:00">2024年6月5日</time></div></header>
    <div class="entry-content"><p>据朝鲜内部消息人士透露，朝鲜当局近日在两江道惠山一带加强了边境管控。</p>
    <figure><amp-img src="https://cdn.example.com/1.jpeg" width="800" height="450"><noscript><img src="x.jpg"></noscript></amp-img>
    <figcaption>惠山一带的边境。</figcaption></figure>
    <p>消息人士说，当局还对居民使用中国手机进行集中查处。</p></div>
    <div class="keywords"><a href="/search/tagging/2/北韓">北韓</a></div></article></body></html>"""
    a = _one_raw("nk.html", page)
    assert (a["published"], a["published_time"]) == ("2024-06-02", "10:15:00+09:00")
    assert a["date_evidence"].startswith("2024-06-02T10:15:00+09:00")
    assert a["images"] == [
        {"url": "https://cdn.example.com/1.jpeg", "caption": "惠山一带的边境。", "credit": None}
    ]
    assert a["tags"] == ["北韓"]
    # a time classed both published and updated is the publication time
    both = page.replace('class="updated"', 'class="published updated"').replace(
        '<time class="entry-date published" datetime="2024-06-02T10:15:00+09:00">2小时前</time>', ""
    )
    assert _one_raw("nk2.html", both)["published"] == "2024-06-05"


CLIPPED = """---
title: "朝鲜宣布暂停散发垃圾气球"
source: "https://www.yna.co.kr/view/AKR20240603000100504"
author:
  - "[[金刚日评论员]]"
published: 2024-06-03
created: 2024-06-05
tags:
  - "clippings"
  - "朝鲜"
---
## 朝鲜宣布暂停散发垃圾气球

韩联社首尔6月3日电 朝鲜国防省副相金刚日2日晚发表谈话称，朝鲜将暂停向韩国散发垃圾气球。

![](https://img0.yna.co.kr/photo/2024/06/03/1.jpg)

韩国总统室国家安保室长张虎镇当天表示，韩方将采取朝方难以承受的措施。
"""


def test_page_saved_by_a_web_clipper_with_front_matter():
    """Obsidian's Web Clipper (and others) save Markdown under a YAML block: the block gives
    title, address, author, date and tags (without the clipper's own "clippings")."""
    result = convert("clip.md", CLIPPED.encode())
    assert result["source"]["format"] == "clipping"
    (a,) = result["articles"]
    assert a["title"] == "朝鲜宣布暂停散发垃圾气球"
    assert a["url"] == "https://www.yna.co.kr/view/AKR20240603000100504"
    assert a["outlet"] == outlet_for_name("韩联社") and a["author"] == "金刚日评论员"
    assert (a["published"], a["date_evidence"]) == (
        "2024-06-03",
        "2024-06-03 [YYYY-MM-DD, page metadata]",
    )
    assert a["tags"] == ["朝鲜"]
    assert a["body"].startswith("韩联社首尔6月3日电") and "title:" not in a["body"]
    assert a["images"][0]["url"] == "https://img0.yna.co.kr/photo/2024/06/03/1.jpg"
    # without a published date (nor a story number in the address), the day it was clipped
    # completes the yearless dateline
    unstated = CLIPPED.replace("published: 2024-06-03\n", "").replace(
        "AKR20240603000100504", "AKR1"
    )
    b = _one_raw("clip2.md", unstated)
    assert (b["published"], b["published_precision"]) == ("2024-06-03", "day")
    assert "the day it was posted or saved" in b["date_evidence"]
    # a text that only starts with a rule is not a clipping
    assert detect("---\n\n朝鲜宣布暂停散发垃圾气球\n") == "text"
    # an author written as a mapping gives its name
    mapped = CLIPPED.replace(
        '  - "[[金刚日评论员]]"', "  - name: 李明\n    url: https://example.com/li"
    )
    assert _one_raw("clip3.md", mapped)["author"] == "李明"


def test_a_dated_document_named_bounds_an_undated_article_from_below():
    """A text naming the Washington Declaration (signed 2023-04-26) cannot be older; the
    newest such document gives the earliest date, with its evidence. A stated date wins."""
    text = (
        "韩美峰会延伸威慑\n\n韩国总统和美国总统在白宫会谈后发表《华盛顿宣言》，同意加强延伸威慑。"
        "专家回顾了《板门店宣言》以来的朝韩关系。\n"
    )
    a = _one_raw("decl.txt", text)
    assert a["published"] is None and a["published_precision"] == "range"
    assert (a["published_earliest"], a["published_latest"]) == ("2023-04-26", None)
    assert (
        a["date_evidence"]
        == "华盛顿宣言 [names the Washington Declaration of 2023-04-26, no earlier]"
    )
    dated = _one_raw("decl2.txt", text.replace("\n\n", "\n2023年4月27日\n\n", 1))
    assert (dated["published"], dated["published_earliest"]) == ("2023-04-27", "2023-04-27")
    assert _one_raw("plain.txt", text.replace("华盛顿宣言", "联合声明"))["published_earliest"] == (
        "2018-04-27"  # the Panmunjom Declaration's day
    )
    # with a clipping's day as the upper bound, both bounds; a clash leaves the upper one alone
    # (an address without a story number: 20240603… would date it)
    clip = (
        CLIPPED.replace("published: 2024-06-03\n", "")
        .replace("韩联社首尔6月3日电 ", "韩联社报道 据《华盛顿宣言》，")
        .replace("AKR20240603000100504", "AKR1")
    )
    b = _one_raw("clip.md", clip)
    assert (b["published_earliest"], b["published_latest"]) == ("2023-04-26", "2024-06-05")
    assert b["date_evidence"].endswith(
        "no later]; 华盛顿宣言 [names the Washington Declaration of 2023-04-26, no earlier]"
    )
    c = _one_raw("clip.md", clip.replace("created: 2024-06-05", "created: 2020-06-05"))
    assert (c["published_earliest"], c["published_latest"]) == (None, "2020-06-05")


def test_page_saved_from_the_wayback_machine():
    """The archive's toolbar is not the page; addresses lose the archive's prefix; the original
    address is the article's and the capture is the repost, dated no later than its day."""
    capture = "https://web.archive.org/web/20240602101500/https://www.cna.com.tw/news/aopl/202406020034.aspx"
    page = f"""<html><head><title>北韓射彈道飛彈 | 中央社 CNA</title><link rel="canonical" href="{capture}"></head><body>
    <div id="wm-ipp-base"><div id="wm-ipp"><div id="wm-capinfo">The Wayback Machine - {capture}</div>
    <table><tr><td>59 captures</td><td>02 Jun 2024 - 10 Sep 2025</td></tr></table></div></div>
    <div class="centralContent"><h1>北韓射彈道飛彈 日本發布警報</h1>
    <div class="paragraph"><p>（中央社記者楊明珠東京2日專電）日本海上保安廳今天表示，北韓疑似發射彈道飛彈。</p>
    <p><img src="/web/20240602101500im_/https://imgcdn.cna.com.tw/news/1.jpg"></p>
    <p>南韓聯合參謀本部表示，北韓今天上午朝東部海域發射一枚短程彈道飛彈。</p></div></div></body></html>"""
    a = _one_raw("wb.html", page)
    assert a["url"] == "https://www.cna.com.tw/news/aopl/202406020034.aspx"
    assert a["republished_url"] == capture and a["republisher"].startswith("Wayback Machine")
    assert a["images"][0]["url"] == "https://imgcdn.cna.com.tw/news/1.jpg"
    assert "captures" not in a["body"] and "Wayback" not in a["body"]
    assert a["body"].startswith("（中央社記者楊明珠東京2日專電）")
    # the url dates it (2024-06-02); without a date anywhere, the capture day bounds it
    undated = page.replace("東京2日專電", "東京專電").replace(
        "aopl/202406020034.aspx", "aopl/a34.aspx"
    )
    b = _one_raw("wb2.html", undated)
    assert (b["published"], b["published_precision"], b["published_latest"]) == (
        None,
        "range",
        "2024-06-02",
    )
    # a page that only cites a capture in its text is not one
    cites = f"""<html><head><title>朝中社旧文</title></head><body><article><h1>朝中社旧文重提</h1>
    <p>据存档（{capture}）显示，朝鲜当年曾宣布暂停核试验，这一承诺此后多次被打破。</p>
    </article></body></html>"""
    c = _one_raw("cite.html", cites)
    assert c["republished_url"] is None and c["url"] is None
    assert capture in c["body"]


def test_nexis_export_gives_one_article_per_document():
    """A Nexis Uni export: each document's headline, publication, date, section and byline;
    the labelled lines around the text (Length:, Subject:, Load-Date:) are not the article."""
    result = convert("nexis.txt", (OTHER / "nexis_export.txt").read_bytes())
    first, second = result["articles"]
    assert (first["item"], first["title"]) == (1, "朝鲜再次发射弹道导弹 韩日密切关注")
    assert (first["published"], first["published_time"]) == ("2024-06-02", "10:15")
    assert first["outlet"] == outlet_for_name("新华社") and first["author"] == "陆睿、耿学鹏"
    assert first["category"] == "国际新闻"
    assert first["body"].startswith("新华社首尔6月2日电（记者陆睿 耿学鹏）")
    assert first["body"].rstrip().endswith("日本防卫省当天也证实朝鲜发射了弹道导弹。")
    for junk in ("Length", "Subject", "Load-Date", "Classification", "Copyright", "Body"):
        assert junk not in first["body"], junk
    assert (second["title"], second["outlet"]) == (
        "普京抵达平壤开始国事访问",
        outlet_for_name("联合早报"),
    )
    assert second["published"] == "2024-06-19" and second["body"].startswith("俄罗斯总统普京")
    # a paragraph of the text that opens with "Word:" is not an index line
    raw = (OTHER / "nexis_export.txt").read_text("utf-8")
    labelled = raw.replace("日本防卫省当天", "Analysis: 日本防卫省当天")
    first = convert("nexis2.txt", labelled.encode())["articles"][0]
    assert "Analysis: 日本防卫省当天也证实朝鲜发射了弹道导弹。" in first["body"]


def test_factiva_export_gives_one_article_per_document():
    result = convert("factiva.txt", (OTHER / "factiva_export.txt").read_bytes())
    zh, en = result["articles"]
    assert (zh["title"], zh["author"], zh["outlet"]) == (
        "朝鲜再次发射弹道导弹",
        "陆睿",
        outlet_for_name("新华社"),
    )
    assert (zh["published"], zh["published_time"]) == ("2024-06-02", "10:15")
    assert zh["body"].startswith("新华社首尔6月2日电") and "XNHUAC" not in zh["body"]
    assert "版权所有" not in zh["body"] and "356 字" not in zh["body"]
    assert (en["title"], en["author"], en["language"]) == (
        "North Korea fires missile toward East Sea",
        "Hyonhee Shin",
        "en",
    )
    assert en["outlet"] == outlet_for_name("路透社") and en["published"] == "2024-06-02"
    assert en["body"].startswith("SEOUL, June 2 (Reuters)") and "Copyright" not in en["body"]
    # a copy that only mentions a "Document" line is not an export
    plain = "朝鲜再次发射导弹\n\n韩国联合参谋本部2日说，朝鲜当天上午发射了一枚短程弹道导弹。\n\nDocument ABCDEFGHIJKLMNOPQRST\n"
    assert [a["title"] for a in convert("p.txt", plain.encode())["articles"]] == [
        "朝鲜再次发射导弹"
    ]


def test_a_factiva_export_under_its_index_and_over_its_search_summary():
    """Factiva's export in its Chinese interface: an index of the documents (headline, word
    count, day and source on a line, then the lead) over them, a writer's name alone as the
    byline, and the search summary under the last document, which is no document."""
    first, second, third = _TW_STORY
    docs = [
        ("美日韩峰会宣布合作新时代", "林晓莉", "联合早报", "LHZB000020230820ej8k0000b"),
        ("外交部：拼凑小圈子不得人心", "李方舟", "新华社中文电讯", "XNHUA00020230821ej8l00a2d"),
    ]
    index = "".join(
        f"{t}, 1,286 字, 2023 年 8 月 20 日, {src}\n{first[:30]}\n\n" for t, _, src, _ in docs
    )
    raw = index + "".join(
        f"{t}\n\n{who}\n1,286 字\n2023 年 8 月 20 日\n{src}\nLHZB\n中文(简体)\n"
        f"版权所有 2023 SPH Media Limited.\n\n{first}\n\n{second}\n\n文件 {code}\n\n\n"
        for t, who, src, code in docs
    )
    raw += "搜索摘要\n\n文本\t戴维营 and 韩国\n日期\t2023/08/17 至 2023/08/22\n结果发现\t46\n"
    a, b = convert("factiva.txt", raw.encode())["articles"]
    assert (a["title"], a["author"], a["published"]) == (
        "美日韩峰会宣布合作新时代",
        "林晓莉",
        "2023-08-20",
    )
    assert (
        a["outlet"] == outlet_for_name("联合早报") and a["body"].strip() == f"{first}\n\n{second}"
    )
    assert (b["title"], b["author"]) == ("外交部：拼凑小圈子不得人心", "李方舟")
    assert "搜索摘要" not in b["body"] and third not in b["body"]


def test_text_that_opens_like_front_matter_but_is_none_is_a_text_copy():
    for text in ("---\ntitle: 朝鲜再次发射导弹\n\n韩国联合参谋本部2日说，朝鲜当天上午发射了导弹。\n",
                 "---\ntitle: [unclosed\n---\n韩国联合参谋本部2日说，朝鲜当天上午发射了导弹。\n"):  # fmt: skip
        result = convert("t.md", text.encode())
        assert result["source"]["format"] == "text"
        assert "朝鲜当天上午发射了导弹" in result["articles"][0]["body"]


def _mail(
    html: str | None,
    plain: str | None = "請使用支援HTML的郵件程式閱讀。",
    *,
    sender: str = "端傳媒 <newsletter@theinitium.com>",
    subject: str = "端傳媒每日簡報：北韓再射導彈",
    sent: str = "Sun, 02 Jun 2024 08:00:00 +0800",
) -> bytes:
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = sender
    m["Subject"] = subject
    m["Date"] = sent
    m.set_content(plain)
    if html:
        m.add_alternative(html, subtype="html")
    return bytes(m)


def test_a_mailed_brief_of_whole_stories_under_unlinked_headlines():
    """A daily brief mailed whole: a greeting, then blocks alike each a headline linking
    nowhere over the story's paragraphs, a featured story's block with its linked headline
    and its writer's credit (文｜特約撰稿人 …) with its day, and a block asking to subscribe.
    One article per story, dated the day the mail was sent unless it prints its own."""
    stories = [(f"南韓相關簡報第{k}則", _TW_STORY[k % 3], _TW_STORY[(k + 1) % 3]) for k in range(3)]
    blocks = "".join(
        f'<div class="nl-item"><span class="nl-tag">朝鮮半島</span><h2>{t}</h2><p>{one}</p><p>{two}</p>'
        "</div>"
        for t, one, two in stories
    )
    html = f"""<html><body><div class="nl-container"><div class="nl-header">每日簡報</div>
    <div class="nl-item"><p>早安，這裏是端傳媒每日簡報。</p></div>{blocks}
    <div class="nl-item"><div>今日推薦｜端深度</div><h2><a href="https://theinitium.com/article/20240601-korea/">
    停戰70年：人們如何記住一場沒有結束的戰爭</a></h2><div>文｜特約撰稿人 李在賢　2024-06-01</div>
    <p>{_TW_STORY[1]}</p><p>{_TW_STORY[2]}</p><div class="nl-more"><a href="https://theinitium.com/article/20240601-korea/">
    閱讀全文 ›</a></div></div><div class="nl-item"><p>喜歡今天的簡報？<a href="https://theinitium.com/newsletters/">
    把它轉發給朋友</a></p></div></div></body></html>"""
    arts = convert("brief.eml", _mail(html))["articles"]
    assert [a["title"] for a in arts] == [t for t, _, _ in stories] + [
        "停戰70年：人們如何記住一場沒有結束的戰爭"
    ]
    assert [a["published"] for a in arts] == ["2024-06-02"] * 3 + ["2024-06-01"]
    assert arts[0]["body"].startswith(_TW_STORY[0][:12]) and arts[3]["author"] == "李在賢"
    assert arts[3]["url"] == "https://theinitium.com/article/20240601-korea/"


def test_a_mail_whose_sender_pastes_a_page_under_a_note_and_a_rule():
    """A colleague's mail: a greeting, a note giving the address, a signature, then a rule
    (---- 以下為網頁複製內容 ----) over the page pasted whole, a closing rule and the
    signature. The paste is the article: its headline and date (not the mail's sending time,
    which only bounds it), the note's address; the note and signature are no story text."""
    first, second = _TW_STORY[:2]
    mail = _mail(
        None,
        "各位好，\n\n上週五的公視報導先存在這裡，週三 meeting 會用到。\n"
        "原文：https://news.pts.org.tw/article/675432\n\n思涵\n\n"
        "---------- 以下為網頁複製內容 ----------\n\n公視新聞網 PNN\n首頁\n國際\n"
        "公視新聞網 > 國際\n\n北韓砲擊延坪島周邊海域 南韓下令島民避難\n2024-01-05 19:36\n"
        f"記者 李佳穎 / 綜合報導\n\n{first}\n\n{second}\n\n"
        "--------------------------------------------------\n\n-- \n王思涵\n政大東亞所\n",
        sender="王思涵 <sihan@example.edu.tw>",
        subject="[剪報] 公視：北韓砲擊延坪島周邊",
        sent="Mon, 08 Jan 2024 10:12:36 +0800",
    )
    (a,) = convert("pts.eml", mail)["articles"]
    assert a["title"] == "北韓砲擊延坪島周邊海域 南韓下令島民避難"
    assert (a["published"], a["published_time"], a["author"]) == ("2024-01-05", "19:36", "李佳穎")
    assert a["url"] == "https://news.pts.org.tw/article/675432"
    assert a["body"].startswith(first[:12]) and "meeting" not in a["body"]
    assert "思涵" not in a["body"] and a["body"].rstrip().endswith(second[-12:])


def test_a_forwarded_paste_under_a_rule_of_five_dashes():
    """A colleague's mail greets, notes and signs, then forwards a page's copy under a short
    rule (----- 以下为转发内容 -----): the copy is the article, headline and date its own."""
    mail = _mail(
        None,
        "张老师好：\n\n转一篇今天《联合早报》的社论，可以放进下周组会讨论的材料里。\n\n李晨\n\n"
        "----- 以下为转发内容 -----\n\n联合早报\n首页 新闻 言论 财经\n\n社论\n日韩经贸摩擦没有赢家\n"
        "发布/2019年7月12日 3:30 AM\n\n日本政府7月4日起收紧对韩国出口三种半导体关键材料的管制，外界普遍认为这是反制。\n\n"
        "两国今天将在东京举行首次事务级会谈，我们希望双方尽早回到谈判桌。\n\n关键词：日本 韩国\n",
        sender="李晨 <lichen@example.com>",
        subject="转发：早报社论 日韩经贸摩擦没有赢家",
        sent="Fri, 12 Jul 2019 09:41:22 +0800",
    )
    (a,) = convert("fwd.eml", mail)["articles"]
    assert (a["title"], a["published"]) == ("日韩经贸摩擦没有赢家", "2019-07-12")
    assert a["body"].startswith("日本政府7月4日起") and "张老师" not in a["body"]


def test_a_foxmail_forward_of_a_page_shared_from_an_app():
    """Foxmail's forward in HTML: the note and signature over its rule (------ 转发内容 ------),
    then the page pasted line by line (headline, date line, story), its address under it over
    the app's note (来自网易新闻客户端). The note goes; the subject's headline is not repeated
    as the body's first line; the address is the page's."""
    lines = [
        "陈老师：", "您好！转发一篇今天在网易新闻上看到的稿子，供课题组参考。", "王磊", "2024-06-20",
        "------------------ 转发内容 ------------------", "普京与金正恩签署条约",
        "2024-06-19 21:47:35　来源: 央视新闻客户端", *_STORY.split("\n\n"),
        '<a href="https://www.163.com/dy/article/J4JQ8S7K.html">https://www.163.com/dy/article/J4JQ8S7K.html</a>',
        "来自网易新闻客户端",
    ]  # fmt: skip
    html = (
        "<html><body>" + "".join(f"<div>{x}</div><div><br></div>" for x in lines) + "</body></html>"
    )
    mail = _mail(html, "见下", sender="王磊 <w@example.org>", subject="转发：普京与金正恩签署条约")
    (a,) = convert("fwd.eml", mail)["articles"]
    assert (a["title"], a["published_time"], a["url"]) == (
        "普京与金正恩签署条约",
        "21:47:35",
        "https://www.163.com/dy/article/J4JQ8S7K.html",
    )
    assert a["body"].strip() == _STORY


def test_a_paste_between_rules_with_its_address_under_the_closing_rule():
    """A mail's paste between two rules, the sender's address line and signature under the
    closing one (原文链接：http://…): the address is the article's, the signature no text."""
    url = "http://www.nfpeople.com/News-detail-item-2814.html"
    rule = "=" * 40
    mail = _mail(
        None,
        f"张老师：\n\n您好！南方人物周刊那篇稿子贴在下面。\n\n林晓\n\n{rule}\n金正恩：一个王朝的年轻继承人\n"
        f"2011-12-26 10:21:37　来源：南方人物周刊\n{_STORY}\n{rule}\n\n原文链接：{url}\n\n--\n林晓\n",
        sender="林晓 <lx@example.com>",
        subject="南方人物周刊：金正恩",
        sent="Tue, 27 Dec 2011 09:41:22 +0800",
    )
    (a,) = convert("fwd.eml", mail)["articles"]
    assert (a["title"], a["url"]) == ("金正恩：一个王朝的年轻继承人", url)
    assert a["body"].strip() == _STORY


def test_a_thunderbird_forward_keeps_the_forwarded_mails_fields_out_of_the_paste():
    """Thunderbird's forward: the note, its rule (-------- 转发的消息 --------), then the
    forwarded mail's own fields (主题: … / 日期: …) over the pasted page: the fields are the
    mail's, not the headline; the page's headline and date line are the story's."""
    mail = _mail(
        None,
        "周老师好，\n\n转一篇中新网昨天的稿子，供本周的周报参考。\n\n晓晨\n\n"
        "-------- 转发的消息 --------\n主题: 外交部谈朝美领导人会晤\n日期: 2018年6月12日 18:02\n\n"
        "外交部谈朝美领导人会晤：迈出重要一步\n2018年06月12日 17:06　来源：中国新闻网\n\n"
        f"中新社北京6月12日电 (记者 黄钰钦){_STORY}\n",
        sender="李晓晨 <lxc@example.com>",
        subject="Fwd: 外交部谈朝美领导人会晤",
        sent="Wed, 13 Jun 2018 09:41:22 +0800",
    )
    (a,) = convert("fwd.eml", mail)["articles"]
    assert (a["title"], a["published"], a["published_time"], a["author"]) == (
        "外交部谈朝美领导人会晤：迈出重要一步",
        "2018-06-12",
        "17:06",
        "黄钰钦",
    )
    assert a["body"].startswith("中新社北京6月12日电") and "主题" not in a["body"]


def test_a_mail_forwarding_a_forwarded_paste_in_html():
    """An Outlook mail forwarding a colleague's mail: the forwarder's note and signature, the
    forwarded mail's header fields (寄件者: … 主旨: …), its sender's note, then the pasted
    page with its menu copied as one line over the headline. The paste is the article; the
    notes, the fields and the menu are not its text."""
    first, second = _TW_STORY[:2]
    html = f"""<html><body><div class="WordSection1"><p class="MsoNormal">老師好：</p>
    <p class="MsoNormal">轉寄建民學長上午寄來的中央社報導。</p><p class="MsoNormal">佳慧</p>
    <div><div style="border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>寄件者:</b> 王建民
    &lt;cmwang@example.edu.tw&gt;<br><b>寄件日期:</b> 2024年1月16日 星期二 下午 12:47<br><b>收件者:</b>
    林佳慧<br><b>主旨:</b> 中央社：北韓炸毀道路</p></div></div><p class="MsoNormal">佳慧：</p>
    <p class="MsoNormal">給妳參考，下午開會可以討論。</p><p class="MsoNormal">建民</p>
    <p class="MsoNormal">中央社 CNA　即時　政治　國際　兩岸　產經　證券　科技　生活</p>
    <h1>北韓炸毀南北連結道路 南韓軍方還擊</h1><p class="MsoNormal">2024/1/16 11:25</p>
    <p class="MsoNormal">（中央社記者廖禹揚首爾16日專電）{first}</p><p class="MsoNormal">{second}</p>
    </div></body></html>"""
    (a,) = convert("fwd.eml", _mail(html))["articles"]
    assert (a["title"], a["author"]) == ("北韓炸毀南北連結道路 南韓軍方還擊", "廖禹揚")
    assert a["body"].startswith("（中央社記者廖禹揚首爾16日專電）")
    for note in ("老師", "寄件者", "建民", "即時"):
        assert note not in a["body"]


def test_an_outlook_forward_of_a_paste_with_a_bold_headline_and_no_links():
    """Word's markup puts the header's colons in spans of their own (<b>发件人<span>:</span>),
    and the sender's note under it gives the page's address over the pasted headline, set in
    bold, and its date line. The note goes, the address is the page's, the bold line is the
    headline; the related list, pasted without its links, and the signature under it go."""
    p = '<p class="MsoNormal"><span>{}</span><span lang="EN-US"><o:p></o:p></span></p>'
    html = (
        '<html><body><div class="WordSection1">'
        + p.format("各位老师：")
        + p.format("转发新华社稿件，周五组会讨论时请参考。")
        + p.format("王磊")
        + '<div style="border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>发件人'
        '<span lang="EN-US">:</span></b> 李娜 &lt;lina@example.org&gt;<br><b>发送时间'
        '<span lang="EN-US">:</span></b> 2024年11月5日 15:02<br><b>收件人<span lang="EN-US">:'
        "</span></b> 王磊<br><b>主题<span>:</span></b> 新华社稿</p></div>"
        + p.format("王老师好，新华网刚发的稿子，先贴过来：")
        + p.format(
            '<a href="http://www.news.cn/world/20241105/c_1.htm">http://www.news.cn/world/20241105/c_1.htm</a>'
        )
        + p.format("<b>朝鲜向半岛东部海域发射多枚短程弹道导弹</b>")
        + p.format("2024-11-05 13:28:12　来源： 新华网")
        + "".join(p.format(x) for x in _STORY.split("\n\n"))
        + p.format("<b>相关稿件</b>")
        + p.format("韩国军方：朝鲜发射导弹")
        + p.format("日本防卫省发布消息")
        + p.format("&nbsp;")
        + p.format("李娜")
        + p.format("朝鲜半岛研究中心")
        + "</div></body></html>"
    )
    (a,) = convert(
        "fwd.eml", _mail(html, "见下", sender="王磊 <w@example.org>", subject="转发: 新华社稿")
    )["articles"]
    assert (a["title"], a["url"]) == (
        "朝鲜向半岛东部海域发射多枚短程弹道导弹",
        "http://www.news.cn/world/20241105/c_1.htm",
    )
    assert a["body"].startswith("韩国联合参谋本部") and a["body"].strip().endswith("各自关切。")
    assert [x["title"] for x in a["links"] if x["kind"] == "related"] == [
        "韩国军方：朝鲜发射导弹",
        "日本防卫省发布消息",
    ]


@pytest.mark.parametrize(
    "subject",
    [
        "转：新华网 习近平抵达平壤开始国事访问",
        "Fwd: 習近平抵達平壤開始國事訪問",
        "FW: 习近平抵达平壤开始国事访问",
    ],
)
def test_a_forwarded_mails_subject_as_headline_loses_its_prefix_and_site(subject):
    """A forwarded story whose page gives no headline the reader can tell is titled by the
    mail's subject, without the forward's prefix (转：, Fwd:) or the site's name before it."""
    html = f"<html><body><div>{_STORY.replace(chr(10) * 2, '</div><div>')}</div></body></html>"
    mail = _mail(html, "请使用HTML阅读。", sender="晓峰 <xf@example.com>", subject=subject)
    (a,) = convert("fwd.eml", mail)["articles"]
    assert a["title"] in ("习近平抵达平壤开始国事访问", "習近平抵達平壤開始國事訪問")


def test_newsletter_saved_as_an_email():
    """An .eml newsletter: its HTML part is the page; the sender names the outlet, the date
    header dates it (as metadata), the unsubscribe link is not the article."""
    html = """<html><body><table><tr><td><h1>北韓再射導彈，日本發警報</h1>
    <p>南韓聯合參謀本部表示，北韓今天上午朝東部海域發射一枚短程彈道導彈，飛行約350公里。</p>
    <p><a href="https://theinitium.com/unsubscribe">取消訂閱</a></p></td></tr></table></body></html>"""
    result = convert("n.eml", _mail(html))
    assert result["source"]["format"] == "email"
    (a,) = result["articles"]
    assert a["title"] == "北韓再射導彈，日本發警報" and a["outlet"] == outlet_for_name("端傳媒")
    assert (a["published"], a["date_evidence"]) == (
        "2024-06-02",
        "2024-06-02T08:00:00+08:00 [YYYY-MM-DD, page metadata]",
    )
    assert a["body"].startswith("南韓聯合參謀本部表示") and "訂閱" not in a["body"]
    # a text-only mail is a text copy; a browser's MHTML (also with From: and Subject:) stays one
    text = convert(
        "t.eml", _mail(None, "北韓再射導彈\n\n南韓聯合參謀本部表示，北韓今天上午發射一枚導彈。\n")
    )
    assert text["source"]["format"] == "text"
    (b,) = text["articles"]  # the text copy keeps the mail's sender and date
    assert (b["title"], b["outlet"], b["published"]) == (
        "北韓再射導彈",
        outlet_for_name("端傳媒"),
        "2024-06-02",
    )


def test_press_conference_questioner_is_no_byline():
    """In a briefing's transcript "法新社记者：" labels a question; the page's source names the
    outlet, never the agency of the reporter who asked."""
    page = """<html><head><title>外交部发言人主持例行记者会</title></head><body><div class="mainBox">
    <h1>2024年6月3日外交部发言人毛宁主持例行记者会</h1>
    <p class="time"><span>2024-06-03 19:13</span><span class="laiyuan">来源：外交部网站</span></p>
    <div class="news-main"><p>法新社记者：据报道，朝鲜近日向韩国散发大量垃圾气球。中方对此有何评论？</p>
    <p>毛宁：我们注意到有关报道。中方一贯主张各方坚持政治解决方向。</p>
    <p><a href="/web/list.html">返回目录</a></p></div></div></body></html>"""
    a = _one_raw("mfa.html", page)
    assert a["outlet"] == "外交部网站" and a["author"] is None
    assert a["body"].startswith("法新社记者：据报道") and "目录" not in a["body"]
    assert outlet_from_header("（法新社记者李明首尔2日电）") == outlet_for_name("法新社")


def test_credit_line_beside_an_image_in_its_wrapper():
    page = """<html><body><article><h1>韩美日举行联合演习</h1>
    <div class="photo"><img src="https://img.example.kr/1.jpg"><p class="txt">Photo : YONHAP News</p></div>
    <p>韩美日三国27日起在济州岛南部公海举行首次多领域联合演习，为期三天。</p>
    <div class="photo"><img src="https://img.example.kr/2.jpg"><p>三国国防部长在记者会上发言，表示将持续加强合作。</p></div>
    </article></body></html>"""
    a = _one_raw("kbs.html", page)
    assert a["images"][0] == {
        "url": "https://img.example.kr/1.jpg",
        "caption": None,
        "credit": "YONHAP News",
    }
    assert "Photo" not in a["body"]
    # a sentence beside an image, neither classed a caption nor a credit, stays body text
    assert a["images"][1]["caption"] is None and "三国国防部长在记者会上发言" in a["body"]


def test_css_module_classes_labelled_tags_and_run_together_fields():
    """CSS-module class names write words in camelCase (index-module_authorTxt_V6ZGe): the
    author, date and IP-location block above the story is evidence, not body. Fields printed
    as spans run together (来源：观察者网作者：陈思佳) are read apart, and links after a tag
    label are tags."""
    page = """<html><head><title>朝鲜发射新型导弹</title></head><body>
    <div class="index-module_articleWrap_2Zphx"><h1 class="index-module_title_2lNq9">朝鲜发射新型导弹</h1>
    <div class="index-module_authorTxt_V6ZGe"><a href="https://author.example.com/1"><p>某某频道</p></a>
    <div class="index-module_articleDesc_3vcLb"><span class="index-module_date_2yM3k">2024-06-02 10:15</span>
    <span class="index-module_ipLocation_3bQeW">北京</span></div></div>
    <div class="time fix"><span>来源：观察者网</span><span>作者：陈思佳</span></div>
    <div class="index-module_articleContent_1Ws5v"><p>据韩联社2日报道，朝鲜当天宣布成功发射一枚新型多弹头导弹。</p>
    <p>韩国联合参谋本部表示，韩军正在与美国和日本共享相关情报。</p></div>
    <div class="key-word"><span>关键词：</span><a href="/Search/?k=韩国">韩国</a> <a href="/Search/?k=导弹">导弹</a></div>
    <p>专家指出，<a href="/Search/?k=导弹">导弹</a>技术的进步令人担忧。关键词是威慑。</p>
    </div></body></html>"""
    a = _one_raw("m.html", page)
    assert a["body"].startswith("据韩联社2日报道") and "某某频道" not in a["body"]
    assert "北京" not in a["body"] and a["published"] == "2024-06-02"
    assert a["outlet"] == outlet_for_name("观察者网") and a["author"] == "陈思佳"
    assert a["tags"] == ["韩国", "导弹"]
    # a link inside a sentence is not in a tag block: it stays, and so does the sentence
    assert "专家指出，[导弹](/Search/?k=导弹)技术的进步令人担忧。关键词是威慑。" in a["body"]
    assert "关键词：" not in a["body"]


def test_telegram_channel_export_gives_one_article_per_message():
    """Telegram Desktop's messages.html: each message with text is an article dated by its own
    timestamp; a message continuing a run has the run's channel; a photo alone is skipped."""
    result = convert("messages.html", (OTHER / "telegram_messages.html").read_bytes())
    assert result["source"]["format"] == "list"
    first, second = result["articles"]
    assert (first["title"], first["title_source"]) == ("朝鲜再次发射弹道导弹", "headline")
    assert (first["published"], first["published_time"]) == ("2024-06-02", "10:15:32+08:00")
    assert first["url"] == "https://www.zaobao.com.sg/realtime/world/story20240602-1"
    assert first["outlet"] == outlet_for_name("联合早报")
    assert first["republisher"] == "联合早报即时新闻 (t.me)"
    assert second["title_source"] == "first_sentence" and second["url"] is None
    assert (second["published"], second["published_time"]) == ("2024-06-02", "11:40:00+08:00")
    assert second["body"].startswith("日本首相岸田文雄指示政府全力搜集资讯")
    # a message whose date carries no timestamp title is still one, undated by the export
    page = (OTHER / "telegram_messages.html").read_text("utf-8")
    undated = re.sub(r'(class="pull_right date details") title="[^"]*"', r"\1", page)
    assert len(convert("undated.html", undated.encode())["articles"]) == 2
    # the channel's own notice (its links all lead to Telegram) is no story; a headline in
    # brackets, bold, is read without its brackets
    notice = """<div class="message default clearfix joined" id="message99"><div class="body">
    <div class="text">📢 <strong>频道公告</strong><br>备用频道：<a href="https://t.me/kw_backup">@kw_backup</a></div>
    </div></div>"""
    bracketed = page.replace(
        "【朝鲜再次发射弹道导弹】", "<strong>【朝鲜再次发射弹道导弹】</strong><br><br>"
    )
    assert bracketed != page
    more = bracketed.replace(
        '<div class="message default', notice + '<div class="message default', 1
    )
    result = convert("notice.html", more.encode())
    assert [a["title"] for a in result["articles"]][:1] == ["朝鲜再次发射弹道导弹"]
    assert len(result["articles"]) == 2


def test_a_channels_link_under_its_message_and_its_app_promotion():
    """A message's story address alone under its text (🔗 https://…) is its url, not its text;
    the channel's promotion of its app (【早报App】随时随地掌握全球大事…) is no story."""
    page = (OTHER / "telegram_messages.html").read_text("utf-8")
    promo = """<div class="message default clearfix joined" id="message98"><div class="body">
    <div class="pull_right date details" title="02.06.2024 09:00:00 UTC+08:00">09:00</div>
    <div class="text"><strong>【早报App】</strong>随时随地掌握全球大事，重大新闻第一时间推送。<br><br>
    立即下载：<a href="https://www.zaobao.com.sg/app">https://www.zaobao.com.sg/app</a></div></div></div>"""
    more = page.replace('<div class="message default', promo + '<div class="message default', 1)
    first, second = convert("messages.html", more.encode())["articles"]
    assert first["url"] == "https://www.zaobao.com.sg/realtime/world/story20240602-1"
    assert first["body"].strip().endswith("弹道导弹。") and "https" not in first["body"]
    assert second["title_source"] == "first_sentence"


@pytest.mark.parametrize(
    "name, title, starts, outlet",
    [
        (
            "app_shell_ld.html",
            "朝鲜宣布发射侦察卫星失败",
            "朝鲜国家航空航天技术总局27日晚宣布",
            "联合早报",
        ),
        (
            "app_shell_next.html",
            "普京访问朝鲜 签署全面战略伙伴关系条约",
            "俄罗斯总统普京19日抵达平壤",
            "新华社",
        ),
    ],
)
def test_page_a_script_renders_takes_its_story_from_the_page_data(name, title, starts, outlet):
    """A saved page whose body is an empty app shell: the story comes from JSON-LD's
    articleBody or from the app state (__NEXT_DATA__), with its title, time and source."""
    a = _one(name)
    assert (a["title"], a["outlet"]) == (title, outlet_for_name(outlet))
    assert a["body"].startswith(starts) and len(a["body"].split("\n\n")) == 2
    assert a["published"] is not None and "page metadata" in a["date_evidence"]


def test_aggregator_and_shared_copies_lose_their_furniture():
    """Under the headline, the outlet alone or with the date is evidence; reading time, view
    counts, "shared from" lines and editors named without a colon are not the article."""
    yahoo = (
        "北韓又射彈道飛彈 日本發布警報\n中央社\n2024年6月2日 週日 上午10:15\n2 分鐘 (閱讀時間)\n\n"
        "（中央社記者楊明珠東京2日專電）日本海上保安廳今天表示，北韓疑似發射彈道飛彈。\n"
    )
    a = _one_raw("y.txt", yahoo)
    assert a["body"].startswith("（中央社記者楊明珠東京2日專電）") and "閱讀時間" not in a["body"]
    assert (a["outlet"], a["published_time"]) == (outlet_for_name("中央社"), "10:15")
    shared = (
        "朝鲜宣布暂停散发垃圾气球\n新京报 2024-06-03 08:12\n\n"
        "据韩联社报道，朝鲜国防省副相金刚日2日晚发表谈话称，朝鲜将暂停向韩国散发垃圾气球。\n\n"
        "编辑 张三 校对 李四\n\n来自新京报客户端\n分享自@新浪新闻\n"
    )
    b = _one_raw("s.txt", shared)
    assert (
        b["body"].strip()
        == "据韩联社报道，朝鲜国防省副相金刚日2日晚发表谈话称，朝鲜将暂停向韩国散发垃圾气球。"
    )
    assert (b["outlet"], b["published"]) == (outlet_for_name("新京报"), "2024-06-03")


def test_copied_post_with_a_handle_and_a_time_line_under_it():
    post = (
        "BBC News 中文\n@bbcchinese\n"
        "朝鲜领导人金正恩的妹妹金与正发表谈话，称朝鲜不会与日本进行任何接触。日本首相此前表示希望举行首脑会谈。\n"
        "下午3:05 · 2024年3月26日\n·\n1.2万 查看\n"
    )
    a = _one_raw("x.txt", post)
    assert (a["title"], a["title_source"]) == (
        "朝鲜领导人金正恩的妹妹金与正发表谈话，称朝鲜不会与日本进行任何接触",
        "first_sentence",
    )
    assert a["body"].startswith("朝鲜领导人金正恩的妹妹") and "查看" not in a["body"]
    assert "·" not in a["body"] and "@bbcchinese" not in a["body"]
    assert (a["published"], a["published_time"]) == ("2024-03-26", "15:05")
    assert a["outlet"] == outlet_for_name("BBC中文")


def test_feed_entry_with_a_getty_credit_and_a_link_back_line():
    entry = """<!--1717300000000-->
[朝鲜再向韩国散发垃圾气球](https://www.epochtimes.com/gb/24/6/2/n14261234.htm)
------

<p>【大纪元2024年06月02日讯】（大纪元记者李言综合报导）韩国联合参谋本部周日表示，朝鲜当天再次向韩国散发大量垃圾气球。</p><figure><img src="https://i.example.com/1.jpg"><figcaption>韩国首尔，士兵检查朝鲜散发的垃圾气球。（Kim Jae-Hwan/SOPA Images/LightRocket via Getty Images）</figcaption></figure><p>本文网址: https://www.epochtimes.com/gb/24/6/2/n14261234.htm</p>
"""
    a = _one_raw("e.txt", entry)
    assert a["images"][0]["caption"] == "韩国首尔，士兵检查朝鲜散发的垃圾气球。"
    assert a["images"][0]["credit"] == "Kim Jae-Hwan/SOPA Images/LightRocket via Getty Images"
    assert "本文网址" not in a["body"] and a["author"] == "李言"


def test_reporter_named_before_de_baodao():
    assert author_from_header("朝鲜宣布暂停散发垃圾气球。自由亚洲电台记者高锋的报道。") == "高锋"


def test_korean_paper_chinese_edition_reporter_line_and_site_in_title():
    """Korean papers print the reporter as "Name 记者 e-mail" under the story: the author, not
    an outlet. The site's name after " : " in the <title> names the outlet."""
    page = """<html><head><title>朝鲜向韩国散发垃圾气球 : 东亚日报</title></head><body>
    <div class="article_title"><h1 class="title">朝鲜向韩国散发垃圾气球</h1>
    <span class="date">Posted June. 03, 2024 08:12,</span></div>
    <div class="article_txt">朝鲜从5月28日晚开始向韩国散发装有垃圾的气球，韩国军方表示共发现约260个。<br><br>
    专家认为，朝鲜此举是对韩国民间团体散发传单的报复。</div>
    <p class="reporter">申나리 记者 journari@donga.com</p></body></html>"""
    a = _one_raw("donga.html", page)
    assert (a["author"], a["outlet"]) == ("申나리", outlet_for_name("东亚日报"))
    assert a["body"].rstrip().endswith("散发传单的报复。") and "journari" not in a["body"]
    assert a["published"] == "2024-06-03"
    # an outlet before 记者 is still the outlet, an unlisted one when its name says so
    assert outlet_from_header("（南岛日报记者李明首尔2日电）") == "南岛日报"
    assert author_from_header("金志恩记者") == "金志恩"


def test_layout_table_with_a_logo_and_a_title_that_is_only_the_site_name():
    page = """<html><head><title>韩民族日报</title></head><body>
    <table width="960"><tr><td><a href="/"><img src="/logo.gif"></a></td></tr></table>
    <table width="960"><tr><td width="640"><div class="article-head"><h3>韩政府宣布全面暂停军事协议效力</h3>
    <p class="date-time"><span>登录 : 2024-06-04 09:20</span></p></div>
    <div class="text">韩国政府4日召开国务会议，通过了全面暂停《9·19韩朝军事协议》效力的议案。</div>
    <p>记者 金志恩</p></td>
    <td width="300"><div class="most-viewed"><h4>最多阅读</h4><ul><li><a href="/a">韩国经济增速放缓</a></li></ul></div></td>
    </tr></table></body></html>"""
    a = _one_raw("hani.html", page)
    assert a["title"] == "韩政府宣布全面暂停军事协议效力"
    assert (
        a["body"].strip()
        == "韩国政府4日召开国务会议，通过了全面暂停《9·19韩朝军事协议》效力的议案。"
    )
    assert (a["author"], a["outlet"]) == ("金志恩", outlet_for_name("韩民族日报"))
    assert a["images"] == []


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("订阅后可阅读全文", True),
        ("本文为付费内容，订阅后阅读全文", True),
        ("成為會員即可閱讀全文", True),
        ("继续阅读全文", True),
        ("Subscribe to continue reading", True),
        ("韩国会员国代表表示，将继续阅读相关报告。", False),
        ("他说，订阅人数在增加，会员阅读量上升。", False),
        ("美国国务院表示，已阅读全文并将作出回应。", False),
    ],
)
def test_paywall_prompts_are_furniture_and_sentences_are_not(line, furniture):
    assert is_boilerplate(line) is furniture


def test_aggregator_list_of_headline_outlet_and_time():
    """A copied Google News list: headline, outlet, time. An item's outlet is its own; a time
    relative to the unknown day of the copy (1 小时前) dates nothing by itself."""
    copy = (
        "朝鲜 - Google 新闻\n朝鲜再次发射弹道导弹 韩日密切关注\n联合早报\n1 小时前\n"
        "韩国国会通过特别法 调查戒严事件\n中央社\n2024年7月8日\n"
        "朝鲜宣布暂停散发垃圾气球\n美国之音\n2024年6月3日\n"
    )
    result = convert("g.txt", copy.encode())
    assert result["source"]["format"] == "list"
    got = [(a["title"], a["outlet"], a["published"]) for a in result["articles"]]
    assert got == [
        ("朝鲜再次发射弹道导弹 韩日密切关注", outlet_for_name("联合早报"), None),
        ("韩国国会通过特别法 调查戒严事件", outlet_for_name("中央社"), "2024-07-08"),
        ("朝鲜宣布暂停散发垃圾气球", outlet_for_name("美国之音"), "2024-06-03"),
    ]
    # an article that names an outlet on a line of its own stays one article
    one = "朝鲜再次发射导弹\n联合早报\n2024年6月2日\n\n韩国联合参谋本部2日说，朝鲜当天上午发射了一枚短程弹道导弹。\n"
    assert len(convert("o.txt", one.encode())["articles"]) == 1


def test_readers_comments_copied_under_the_story_end_it():
    copy = (
        "朝鲜再次发射弹道导弹\n\n韩国联合参谋本部2日说，朝鲜当天上午向东部海域发射了一枚短程弹道导弹。\n\n"
        "日本防卫省也证实了这一消息。\n\n网友评论（23）\n\n用户123：又来了\n\n用户456：有完没完\n"
    )
    a = _one_raw("c.txt", copy)
    assert a["body"].rstrip().endswith("日本防卫省也证实了这一消息。")
    assert "用户123" not in a["body"] and "网友评论" not in a["body"]


@pytest.mark.parametrize(
    "name, outlet",
    [("央视新闻客户端", "央视新闻"), ("环球时报微信公众号", "环球时报"), ("新华社客户端", "新华社"),
     ("外交部网站", None), ("微博", None),
     ("蘋果日報 Apple Daily", "苹果日报"), ("寶島日報 Daily Post", None), ("星島頭條", "星島日報"),
     ("東北網", "东北网")],
)  # fmt: skip
def test_an_outlet_named_with_its_platform_is_known(name, outlet):
    assert known_outlet(name) == (known_outlet(outlet) if outlet else None)


def test_labelled_records_one_after_another():
    """Records exported with labels (标题：… 来源：… 日期：… 正文：…) give one article each; the
    labels are evidence, not title or text."""
    export = (
        "标题：朝鲜再次发射弹道导弹\n来源：新华社\n日期：2024-06-02\n作者：陆睿\n"
        "正文：韩国联合参谋本部2日说，朝鲜当天上午向朝鲜半岛东部海域发射了一枚短程弹道导弹。\n\n"
        "标题：普京抵达平壤开始国事访问\n来源：联合早报\n日期：2024-06-19\n"
        "正文：俄罗斯总统普京星期三凌晨抵达平壤，开始对朝鲜进行为期两天的国事访问。\n"
    )
    first, second = convert("records.txt", export.encode())["articles"]
    assert (first["title"], first["outlet"], first["author"], first["published"]) == (
        "朝鲜再次发射弹道导弹",
        outlet_for_name("新华社"),
        "陆睿",
        "2024-06-02",
    )
    assert first["body"].startswith("韩国联合参谋本部2日说") and "正文" not in first["body"]
    assert (second["title"], second["published"]) == ("普京抵达平壤开始国事访问", "2024-06-19")
    # one labelled record is one article with its label gone from the title
    (one,) = convert("one.txt", export.split("\n\n")[0].encode())["articles"]
    assert one["title"] == "朝鲜再次发射弹道导弹"


def test_rss_and_atom_files_give_one_article_per_item():
    """A feed saved as XML: each item's title, link, author and text; the item's categories
    are tags; an item's date comes from its text or address, else its own feed date."""
    rss = convert("feed.xml", (OTHER / "feed_rss.xml").read_bytes())
    assert rss["source"]["format"] == "feed"
    first, second = rss["articles"]
    assert (first["title"], first["author"], first["outlet"]) == (
        "朝鲜再次发射弹道导弹",
        "林子恒",
        outlet_for_name("联合早报"),
    )
    assert first["url"] == "https://www.zaobao.com.sg/realtime/world/story20240602-1"
    assert first["body"].startswith("韩国联合参谋本部星期日") and "<p>" not in first["body"]
    assert second["published"] == "2024-06-19" and second["author"] is None
    atom = convert("atom.xml", (OTHER / "feed_atom.xml").read_bytes())["articles"]
    assert [a["title"] for a in atom] == ["朝鲜宣布暂停散发垃圾气球", "韩国暂停九一九军事协议"]
    assert atom[0]["author"] is None  # the author named is the outlet itself
    assert atom[1]["body"].startswith("韩国政府4日召开国务会议")
    # without a date in the text or address, the item's own date
    undated = (OTHER / "feed_rss.xml").read_text("utf-8").replace("story20240602-1", "a1")
    undated = undated.replace("星期日（6月2日）", "")
    got = convert("u.xml", undated.encode())["articles"][0]
    # (stated in UTC, told in the outlet's zone: 联合早报 dates in Singapore's time)
    assert (got["published"], got["published_time"]) == ("2024-06-02", "10:15:00+08:00")
    assert "page metadata" in got["date_evidence"] and "(+08:00)" in got["date_evidence"]
    # a plain-text description keeps its paragraphs
    plain = (
        (OTHER / "feed_rss.xml")
        .read_text("utf-8")
        .replace(
            "<![CDATA[俄罗斯总统普京星期三（6月19日）凌晨抵达平壤，开始对朝鲜进行为期两天的国事访问。]]>",
            "俄罗斯总统普京凌晨抵达平壤，开始国事访问。\n\n这是普京24年来首次访问朝鲜。",
        )
    )
    body = convert("p.xml", plain.encode())["articles"][1]["body"]
    assert body.split("\n\n") == [
        "俄罗斯总统普京凌晨抵达平壤，开始国事访问。",
        "这是普京24年来首次访问朝鲜。\n",
    ]


def test_north_korean_state_media_pages():
    """KCNA prints its name after the dateline (（平壤6月3日电 朝中社）) and as a source line
    (《朝中社》 主体113(2024)年6月3日), and first in the <title>. Rodong Sinmun's <title> is the
    paper's name only: the headline is a classed paragraph; the toolbar's buttons are not images."""
    kcna = _one("kcna_page.html")
    assert kcna["title"] == "全国农村插秧战斗进入最后阶段"
    assert kcna["outlet"] == outlet_for_name("朝中社") and kcna["published"] == "2024-06-03"
    assert kcna["body"].startswith("（平壤6月3日电 朝中社）全国各地农村")
    for junk in ("放大", "上一篇", "相关文章", "版权所有"):
        assert junk not in kcna["body"], junk
    assert outlet_from_header("（平壤6月3日电 朝中社）全国各地") == outlet_for_name("朝中社")
    assert outlet_from_header("《劳动新闻》 主体113(2024)年6月3日 第3版") == outlet_for_name(
        "劳动新闻"
    )
    assert outlet_from_header("（北京6月3日电 某某）") is None  # only a known outlet
    rodong = _one("rodong_page.html")
    assert rodong["title"] == "温城郡地方工业工厂建设工地日新月异"
    assert rodong["author"] == "郑明哲" and rodong["images"] == []
    assert rodong["body"].rstrip().endswith("所焕发出来的无穷热情和力量。")
    for junk in ("放大字体", "打印", "上一条", "目录", "本报记者"):
        assert junk not in rodong["body"], junk


def test_korean_paper_chinese_edition_toolbar_and_signature():
    """Font-size and print links are furniture; the reporter's signature with an e-mail under
    the story gives the author; the site's name with its domain is not the story."""
    a = _one("chosun_page.html")
    assert a["author"] == "金东贤" and a["outlet"] == outlet_for_name("朝鲜日报")
    assert a["body"].rstrip().endswith("通过对话管控局势。")
    for junk in ("字体放大", "字体缩小", "kimdh@chosun.com", "中文网 cn.chosun.com", "分享到"):
        assert junk not in a["body"], junk
    assert known_outlet("朝鲜日报中文网") == known_outlet("朝鲜日报")  # a site's suffix
    assert is_boilerplate("【字体：大 中 小】【打印】【关闭窗口】") and is_boilerplate("上一条")
    assert not is_boilerplate("他访问了 google.com")


def test_several_reporters_of_one_paper_each_with_the_label():
    header = "【环球时报驻韩国特约记者 金旭 环球时报特约记者 赵岩】在连续多日向韩国散放"
    assert author_from_header(header) == "金旭、赵岩"
    assert author_from_header("记者 张三 李四") == "张三、李四"


def test_whole_page_copied_with_its_menu():
    """Ctrl+A copies: the site's menu lines above the headline go, the first names the site,
    the crumbs give the section; share buttons, font-size pickers, ad slots, the update time,
    comment counters, the keyword line (tags) and the most-read list are not the story."""
    a = _one("mingpao_whole_page.txt")
    assert a["title"] == "北韓稱暫停放飛垃圾氣球 南韓仍研議恢復擴音廣播"
    assert a["outlet"] == outlet_for_name("明報") and a["category"] == "國際"
    assert a["published"] == "2024-06-03" and a["author"] is None
    assert "北韓國防省副相金剛日周日（2日）深夜" in a["body"]
    for junk in (
        "即時新聞",
        "WhatsApp",
        "字體大小",
        "廣告",
        "最後更新",
        "熱門文章",
        "天文台",
        "私隱政策",
    ):
        assert junk not in a["body"], junk
    assert "2024年5月30日" not in [link["title"] for link in a["links"]]
    b = _one("sina_whole_page.txt")
    assert b["title"] == "韩军：朝鲜2日夜间再次释放约600个垃圾气球"
    assert b["author"] == "王晓萌" and b["category"] == "国际新闻"
    assert b["tags"] == ["朝鲜", "韩国", "气球", "韩联参"]
    assert b["body"].startswith("【环球网报道 记者 王晓萌】据韩联社6月3日报道")
    for junk in ("新浪首页", "评论 已有", "微博 微信", "责任编辑", "扫描", "文章关键词"):
        assert junk not in b["body"], junk
    # a copy whose first lines are the story, or a short list, is not a menu
    story = "朝鲜发射导弹\n2024年6月3日\n\n韩国联合参谋本部表示，朝鲜当天上午发射一枚导弹。\n"
    assert _one_raw("s.txt", story)["title"] == "朝鲜发射导弹"


def test_rolling_news_page_among_menus_sidebar_and_footer():
    """A channel's rolling list (GBK): 12 linked headlines with their times, under menus and
    beside a most-read box, with no prose anywhere: one article per headline, each with the
    site's outlet (its <title> names it) and its own date."""
    result = convert("list.html", (OTHER / "people_rolling_list.html").read_bytes())
    items = result["articles"]
    assert result["source"]["format"] == "list" and len(items) == 12
    first, last = items[0], items[-1]
    assert first["title"] == "韩军方称朝鲜连续第三天向韩放飞垃圾气球"
    assert (first["published"], first["published_time"]) == ("2024-06-03", "08:15")
    # (the page holds no base address: its relative link /n1/2024/0603/… is no address, but
    # still dates the item)
    assert first["url"] is None
    assert {a["outlet"] for a in items} == {outlet_for_name("人民网")}
    assert (last["title"], last["published"]) == (
        "朝鲜称成功试射新型超大型多管火箭炮",
        "2024-05-31",
    )


def test_author_blocks_follow_prompts_and_most_read_lists():
    """An author's block with a photo above the story is evidence, not images; the author's
    card under it goes; so do follow-us prompts (LINE, YouTube), a line that is one link to
    such a prompt, and the most-read list after its heading. The name set alone in an
    author-classed element is the author."""
    page = """<html><head><title>北韓沿軍事分界線增設障礙 - 風傳媒</title></head><body><article>
    <h1>北韓沿軍事分界線增設障礙</h1>
    <div class="author__Wrapper-sc-9k8j7h-0"><a href="/authors/21847"><img src="/a/zhang_w80.jpg"
      alt="張以柔"></a><a class="author__Name-sc-9k8j7h-3" href="/authors/21847">張以柔</a>
      <span class="author__Desc">風傳媒國際中心編譯</span></div>
    <div class="article_content"><p>南韓聯合參謀本部10日表示，北韓軍方近日在非軍事區北側多處地點增設反坦克障礙物。</p>
    <p>南韓統一部官員則表示，南韓政府將與美國等盟友保持密切溝通，審慎因應可能出現的各種情況。</p></div>
    <div class="author_info_block"><img src="/a/zhang.jpg" alt="張以柔"><p>張以柔</p>
      <p>風傳媒國際中心編譯，關注東北亞與朝鮮半島事務。</p><a href="/authors/21847">看更多作者文章</a></div>
    <div class="line_follow"><p>喜歡這篇文章嗎？加入風傳媒LINE好友，掌握第一手新聞！</p>
      <a href="https://line.me/R/ti/p/@storm.mg">加入好友</a></div>
    <p>一手掌握經濟脈動<a href="https://www.youtube.com/@LTNbusiness">點我訂閱自由財經Youtube頻道</a></p>
    <h3>熱門新聞</h3><ul><li><a href="/n/1">立院今再審國會改革法案</a></li><li><a href="/n/2">梅雨鋒面報到</a></li></ul>
    </article></body></html>"""
    a = _one_raw("storm.html", page)
    assert a["author"] == "張以柔" and a["images"] == []
    assert a["body"].rstrip().endswith("審慎因應可能出現的各種情況。")
    for junk in (
        "看更多作者文章",
        "LINE",
        "加入好友",
        "點我訂閱",
        "熱門新聞",
        "立院今再審",
        "國際中心編譯",
    ):
        assert junk not in a["body"], junk
    assert a["links"] == []  # the most-read list is not related reading


def test_byline_name_over_where_the_reporter_works():
    """联合早报 prints the name, then the post (首尔特约记者), then 发布/date: the name is the
    author, never the next field's label."""
    assert author_from_header("周殷蕙 首尔特约记者 发布/2024年6月3日 10:32") == "周殷蕙"
    assert author_from_header("周殷蕙\n首尔特约记者") == "周殷蕙"
    assert author_from_header("新华社 首尔记者") is None  # an outlet, not a name


def test_markdown_export_of_a_feed_reader():
    """An RSS reader's Markdown export: a # headline, a labelled field list (published, link,
    source, author, category, tags, saved), the story with a Markdown image and its caption,
    related links, and the reader's own footer quoted after the last rule."""
    a = _one("reader_export.md")
    assert a["title"] == "美国务院：朝鲜放飞垃圾气球“令人不安” 敦促平壤停止挑衅"
    assert a["url"].startswith("https://www.voachinese.com/a/us-state-department-urges")
    assert a["outlet"] == outlet_for_name("美国之音") and a["author"] == "章若岚"
    assert (a["published"], a["published_time"]) == ("2024-06-03", "09:47")
    assert a["category"] == "朝鲜半岛" and a["tags"] == ["朝鲜", "韩国", "美国", "垃圾气球"]
    assert a["images"][0]["credit"] == "美联社照片"
    assert a["images"][0]["url"].startswith("https://gdb.voanews.com/")
    assert [link["url"] for link in a["links"]][0].endswith("/7632906.html")
    assert "华盛顿 — 美国国务院周日（6月2日）表示" in a["body"]
    for junk in ("原文链接", "订阅源", "收藏时间", "阅读原文", "FreshRSS", "在阅读器中打开", "---"):
        assert junk not in a["body"], junk
    # without a stated date, the day it was saved bounds it from above
    undated = (
        "# 朝鲜再次放飞气球\n\n- 来源: 美国之音中文网\n- 作者: 章若岚\n- 收藏时间: 2024-06-03 12:05\n\n"
        "---\n\n韩国联合参谋本部说，朝鲜再次放飞气球。\n"
    )
    b = _one_raw("export.md", undated)
    assert (b["title"], b["author"]) == ("朝鲜再次放飞气球", "章若岚")
    # a sentence opening with a speaker under the fields is the story, not a field
    said = _one_raw(
        "said.txt",
        "朝鲜再次发射导弹\n来源：新华社\n作者：张三\n日期：2024-06-03\n韩方表示：将采取一切必要措施。\n",
    )
    assert said["body"].startswith("韩方表示：将采取一切必要措施。") and said["author"] == "张三"
    assert (b["published_precision"], b["published_latest"]) == ("range", "2024-06-03")


@pytest.mark.parametrize(
    "line",
    ["请继续往下阅读", "廣告後繼續閱讀", "Continue reading below", "Facebook", "微博 微信 QQ空间",
     "字體大小：", "廣告", "最後更新：2024年6月3日 星期一 11:05", "评论 已有 1,284 人参与",
     "關於我們 | 廣告查詢 | 訂閱明報 | 聯絡我們", "责任编辑：李墨 SN227", "加入好友",
     "[阅读原文](https://www.voachinese.com/a/7640318.html)", "- [加入好友](https://line.me/R/ti/p/@x)",
     "点赞 312", "123 人赞同了该文章", "打开今日头条，查看更多精彩内容", "韩联社 地址：首尔特别市钟路区栗谷路2街25号",
     "评论()", "在网页上阅读此邮件", "查看網頁版"],
)  # fmt: skip
def test_page_furniture_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["他继续阅读文件。", "广告牌被台风吹倒。", "他加入了LINE公司的好友名单。", "| 项目 | 数值 | 说明 | 备注 |",
     "金正恩视察了导弹发射场。", "大中小学今天开学。", "[朝鲜再次发射导弹](https://example.com/a/1.html)",
     "他说，新的地址：首尔市中区的办公楼已经启用。", "原创作品受到法律保护。", "他下载了这个APP以后发现问题。"],
)  # fmt: skip
def test_story_lines_are_not_furniture(line):
    assert not is_boilerplate(line)


def test_a_business_page_with_deck_picture_byline_and_dated_further_reading():
    """A business site's page: its date in an info line with a comment button whose count a
    script fills (评论()), a deck and the lead picture over the writer's credit (文｜财新 …),
    the editors' line with a second role (版面编辑), and a further-reading list whose items
    carry their own days (更多报道详见：). The story's date is its own, not a listed one's;
    the credit, the button, the editors and the list are not story text."""
    lead = "【财新网】韩国2023年对华贸易出现约180亿美元逆差，这是1992年中韩建交以来韩国首次录得年度逆差。"
    page = f"""<html><head><title>韩国对华贸易31年来首现逆差_世界频道_财新网</title></head><body>
    <div class="conlf"><div id="conTit"><h1>韩国对华贸易31年来首现逆差</h1><div class="artInfo">
    <span id="pubtime_baidu">2024年01月01日 15:42</span><span id="source_baidu">来源于 <a
    href="//www.caixin.com/">财新网</a></span><div class="funcblock"><a href="#comment">评论(<span
    id="cmt_count"></span>)</a></div></div></div><div class="subhead"><strong>2023年韩国对华贸易逆差约180亿美元，
    为1992年中韩建交以来首次</strong></div><div class="media"><dl><dt><img src="https://img.caixin.com/a.jpg"
    alt=""></dt><dd>韩国釜山港新港码头堆放的集装箱。图：视觉中国</dd></dl></div><div class="text">
    <p>文｜财新 赵今朝</p><p>{lead}</p><p>韩国产业通商资源部1月1日公布的数据显示，2023年韩国出口总额为6326.9亿美元，同比下降7.4%。</p>
    <p>产业通商资源部预计，2024年韩国出口将同比增长约8%，其中半导体出口有望回升。</p>
    <p>责任编辑：张帆 | 版面编辑：邱祺璞</p></div><div class="moreReport"><h3>更多报道详见：</h3><ul>
    <li><a href="https://international.caixin.com/2023-12-26/102150881.html">三星电子四季度营业利润料同比下滑</a>
    <span>2023年12月26日</span></li><li><a href="https://economy.caixin.com/2023-12-20/102148702.html">
    中韩贸易三十年：从顺差到逆差</a><span>2023年12月20日</span></li></ul></div></div></body></html>"""
    a = _one_raw("caixin.html", page)
    assert (a["published"], a["published_time"], a["author"]) == ("2024-01-01", "15:42", "赵今朝")
    assert lead in a["body"] and a["body"].rstrip().endswith("其中半导体出口有望回升。")
    for furniture in ("评论", "文｜财新", "版面编辑", "更多报道", "三星电子"):
        assert furniture not in a["body"]


def test_date_lines_labelled_in_english_or_closed_by_a_button_in_text_copies():
    """Under a copied page's headline, its date labelled in English with the update after it
    (Posted : … Updated : …), or the outlet and date followed by a player's button (第一财经
    2024-07-08 20:16:25 听新闻): the story's date, not its text."""
    story = "\n\n".join(_TW_STORY)
    posted = _one_raw(
        "arirang.txt",
        "南北首脑签署《板门店宣言》\nPosted : 2018-04-27 20:15   Updated : 2018-04-28 09:02\n\n"
        + story,
    )
    assert (posted["published"], posted["published_time"]) == ("2018-04-27", "20:15")
    assert posted["body"].startswith(_TW_STORY[0])
    heard = _one_raw(
        "yicai.txt", "三星电子工会首次发起罢工\n第一财经 2024-07-08 20:16:25 听新闻\n\n" + story
    )
    assert (heard["published"], heard["outlet"]) == ("2024-07-08", outlet_for_name("第一财经"))
    assert heard["body"].startswith(_TW_STORY[0])


def test_a_researchers_fields_over_a_copy_with_a_to_do_line():
    """A researcher's document: the file's title, who compiled it when, the address and a
    to-do (待办：…) over a page copied whole: the to-do is a field of the note, not the story's
    headline; the address is the story's."""
    copy = (
        "万里镜-1号 侦察卫星 资料\n整理：2023-11-23 / 用于周报第47期\n"
        "原文链接：https://www.bbc.com/zhongwen/simp/world-67491547\n"
        "待办：对照38 North的卫星图像分析；朝中社原文已存另一文件\n跳过此内容并继续阅读\nBBC News, 中文\n"
        "朝鲜称成功发射军事侦察卫星\n2023年11月22日\n\n" + _STORY
    )
    a = _one_raw("notes.txt", copy)
    assert (a["title"], a["published"]) == ("朝鲜称成功发射军事侦察卫星", "2023-11-22")
    assert a["url"] == "https://www.bbc.com/zhongwen/simp/world-67491547"
    assert a["body"].strip() == _STORY


def test_a_researchers_source_fields_and_bracketed_remark_over_a_copy():
    """A research assistant's fields over a copied page (資料來源：… / 網址：… / 存檔：… 整理：…)
    and a remark in brackets under them (【備註】…): the remark is the note's, not the story's
    headline; the source's address is the story's."""
    copy = (
        "資料來源：聯合新聞網\n網址：https://udn.com/news/story/6809/7296315\n"
        "存檔：2023/7/14　整理：黃怡婷（研究助理）\n【備註】待與朝中社英文稿比對飛行數據；日方稱飛行約74分鐘。\n"
        "首頁 > 全球 > 國際焦點\n北韓證實試射火星-18固體燃料洲際飛彈\n2023-07-13 08:47 聯合報／ 編譯簡國帆／即時報導\n\n"
        + "\n\n".join(_TW_STORY)
    )
    a = _one_raw("notes.txt", copy)
    assert (a["title"], a["published"], a["author"]) == (
        "北韓證實試射火星-18固體燃料洲際飛彈",
        "2023-07-13",
        "簡國帆",
    )
    assert a["url"] == "https://udn.com/news/story/6809/7296315"
    assert a["body"].startswith(_TW_STORY[0]) and "備註" not in a["body"]


def test_a_machine_translated_copy_with_its_menu_button_and_sending_time():
    """A Korean agency's page copied after a browser translated it: the menu's button (全部菜单)
    over the sections, the headline over its sending time run on to its label
    (发送时间2024-01-16 06:31), the font button (调整字体大小), the reporter's line."""
    copy = (
        "跳至正文\n韩联社\n全部菜单\n搜索\n政治\n朝鲜\n经济\n社会\n文化\n朝鲜\n"
        "金正恩称大韩民国是头号敌对国家\n发送时间2024-01-16 06:31\n分享\n评论\n调整字体大小\n打印\n朴英敏记者\n\n"
        + _STORY
    )
    a = _one_raw("yna.txt", copy)
    assert (a["title"], a["published"], a["published_time"]) == (
        "金正恩称大韩民国是头号敌对国家",
        "2024-01-16",
        "06:31",
    )
    assert a["author"] == "朴英敏" and a["body"].strip() == _STORY


def test_whole_pages_copied_one_under_another_each_under_its_address():
    """Two pages copied into one file, each under its address alone on a line, menu and all:
    one article each, with its own headline, date and address. An address cited on a line of
    its own inside one story parts nothing."""
    one, two = "\n\n".join(_TW_STORY[:2]), "\n\n".join(_TW_STORY[1:])
    copy = (
        "https://www.cna.com.tw/news/aopl/202311210362.aspx\n\n跳到主要內容\n中央社 CNA\n即時\n國際\n\n"
        f"國際\n北韓疑發射衛星 日本發布警報\n2023/11/21 21:58\n分享\n{one}\n\n"
        "https://www.cna.com.tw/news/aopl/202311220025.aspx\n\n跳到主要內容\n中央社 CNA\n即時\n國際\n\n"
        f"國際\n北韓宣布偵察衛星入軌\n2023/11/22 08:15\n分享\n{two}\n"
    )
    arts = convert("two.txt", copy.encode())["articles"]
    assert [(a["title"], a["published"], a["url"][-18:]) for a in arts] == [
        ("北韓疑發射衛星 日本發布警報", "2023-11-21", "/202311210362.aspx"),
        ("北韓宣布偵察衛星入軌", "2023-11-22", "/202311220025.aspx"),
    ]
    cited = (
        f"https://www.cna.com.tw/news/aopl/202311220025.aspx\n\n北韓宣布偵察衛星入軌\n2023/11/22 08:15\n\n"
        f"{one}\n\nhttps://example.com/report.pdf\n\n2023年11月22日，{two}\n"
    )
    assert len(convert("one.txt", cited.encode())["articles"]) == 1


def test_app_and_column_copies():
    """今日头条: the account over its time line (with the writer's IP location) and a follow
    button is the author; counters, the app prompt and the related items' counts go. 知乎: the
    column named over the headline is the section; the author over a line about them and a
    follow button; "编辑于" is an edit time, so only an upper bound; the comments end it."""
    a = _one("copy_toutiao.txt")
    assert a["title"].startswith("朝鲜再放“垃圾气球”，韩国宣布全面暂停")
    assert (a["author"], a["published"], a["published_time"]) == (
        "半岛观察老周",
        "2024-06-05",
        "18:21",
    )
    assert a["body"].startswith("6月4日，韩国国务会议审议通过")
    for junk in ("原创", "\n关注\n", "点赞", "举报", "打开今日头条", "1.2万评论", "6天前"):
        assert junk not in a["body"], junk
    z = _one("copy_zhihu.txt")
    assert z["title"] == "从“气球战”到协议作废：朝鲜半岛为何又一次走到危险边缘？"
    assert (z["author"], z["category"]) == ("东北亚笔记", "东北亚观察")
    assert (z["published"], z["published_latest"]) == (None, "2024-06-05")
    assert z["body"].startswith("过去一周，朝鲜半岛上空飘起的不是和平鸽")
    assert z["tags"] == ["朝鲜", "韩国", "朝鲜半岛局势"]  # a topic word a line under the story
    assert z["body"].rstrip().endswith("避免局势滑向无法收拾的地步。")
    for junk in (
        "写文章",
        "国际关系博士在读",
        "人赞同了该文章",
        "编辑于",
        "IP 属地",
        "条评论",
        "理性发言",
    ):
        assert junk not in z["body"], junk


def test_forum_thread_quoting_a_news_story():
    """A Discuz thread (GBK): the first post's quoted news is the article, from its
    【headline】; the poster's note, the floors and the replies are not. The post's day
    completes the wire's yearless dateline."""
    a = _one("copy_gbk_forum.txt")
    assert a["title"] == "朝鲜国防省：将暂时中止向韩国散发“垃圾”"
    assert (a["outlet"], a["published"]) == (outlet_for_name("新华社"), "2024-06-03")
    assert "posted or saved" in a["date_evidence"] and a["category"] == "东北亚观察"
    assert a["body"].startswith("新华社平壤6月3日电 据朝中社3日报道")
    for junk in ("转过来大家讨论", "发表于", "只看该作者", "回复", "沙发", "半岛闲人", "Comsenz"):
        assert junk not in a["body"], junk


def test_story_pasted_into_a_mail():
    """A story pasted into a mail and saved as text (Big5): the header lines and the sender's
    note go, the mail's day bounds nothing the story states; the update time beside the date
    is not the date; 原文網址 under the story is the address; the signature goes."""
    a = _one("copy_big5_cna_mail.txt")
    assert a["title"] == "北韓稱暫停空飄垃圾氣球 南韓擬全面暫停九一九軍事協議"
    assert (a["published"], a["published_time"]) == ("2024-06-03", "15:08")
    assert a["outlet"] == outlet_for_name("中央社") and a["author"] == "周以恆"
    assert a["url"] == "https://www.cna.com.tw/news/aopl/202406030112.aspx"
    assert a["body"].startswith("（中央社記者周以恆首爾3日綜合外電報導）")
    for junk in ("寄件者", "主旨", "存起來之後寫報告用", "陳怡君", "更新"):
        assert junk not in a["body"], junk


def test_search_results_page_copied_with_its_menu():
    """A news search's results copied whole: the menu and the page's own lines around the
    results go; each result (headline, outlet and date, summary) is an article, a relative
    time (3天前) dating nothing by itself."""
    result = convert("search.txt", (OTHER / "copy_baidu_search.txt").read_bytes())
    items = result["articles"]
    assert result["source"]["format"] == "list" and len(items) == 8
    assert (items[0]["title"], items[0]["published"]) == (
        "朝鲜再向韩国放飞约600个垃圾气球 韩方称将采取相应措施",
        "2024-06-03",
    )
    assert items[0]["outlet"] == outlet_for_name("环球网")
    assert items[1]["outlet"] == outlet_for_name("央视新闻") and items[1]["published"] is None
    assert items[-1]["outlet"] == outlet_for_name("凤凰网")  # 凤凰网资讯
    assert all("百度" not in a["body"] and "相关搜索" not in a["body"] for a in items)


def test_two_sites_named_heilongjiang_news_are_told_apart_by_their_domains():
    """Two sites call themselves 黑龙江新闻网: 黑龙江日报's (hljnews.cn) and the Korean-language
    paper 黑龙江新闻's (hljxinwen.cn). Each page's address names its outlet."""
    from peninsula.fields import outlet_for_domain

    assert outlet_for_domain("https://www.hljxinwen.cn/cn/2024/0620/1.html") == outlet_for_name(
        "黑龙江新闻"
    )
    assert outlet_for_domain("https://www.hljnews.cn/gnxw/content/1.html") == outlet_for_name(
        "黑龙江日报"
    )
    assert outlet_for_name("黑龙江新闻") != outlet_for_name("黑龙江日报")


@pytest.mark.parametrize(
    "url, name",
    [
        ("https://www.iaea.org/zh/newscenter/news/x", "國際原子能總署"),
        ("https://www.icrc.org/zh/document/x", "紅十字國際委員會"),
        ("https://www.ohchr.org/zh/press-releases/2024/x", "联合国人权高专办"),
        ("https://www.who.int/zh/news/item/x", "世界卫生组织"),
        ("https://zh.wfp.org/news/x", "世界粮食计划署"),
    ],
)
def test_international_organisations_chinese_pages_name_them(url, name):
    """The UN's agencies and the ICRC publish news in Chinese: a page's address, or the
    organisation's name in either script, names it as the outlet."""
    from peninsula.fields import outlet_for_domain

    assert outlet_for_domain(url) is not None
    assert outlet_for_domain(url) == outlet_for_name(name)
    assert outlet_for_name("聯合國新聞中心") == outlet_for_name("联合国新闻")


@pytest.mark.parametrize(
    "views", ["觀看次數：94,562次  2023年7月13日  #TVBS新聞 #北韓", "9.4万次观看  2023年7月13日"]
)
def test_a_news_channels_video_page_copied_with_its_description(views):
    """A news channel's video page copied whole with its description open (no transcript):
    the title without the channel's name and handle, the channel as outlet, the day on the
    views line, the description as the text down to the channel's links (★…); its hashtags
    and the page's buttons and counts are not text."""
    first, second = _TW_STORY[:2]
    copy = (
        "跳至內容\nTW\n搜尋\n建立\n\n北韓試射「火星-18」洲際飛彈 飛行74分鐘落日本海｜TVBS新聞 @TVBSNEWS01\n\n"
        f"TVBS NEWS\n294萬 位訂閱者\n\n已訂閱\n\n1,285\n\n分享\n\n{views}\n{first}\n\n{second}\n\n"
        "#北韓 #火星18 #TVBS新聞\n\n★訂閱TVBS NEWS頻道：https://www.youtube.com/@TVBSNEWS01?sub_confirmation=1\n"
        "★新聞爆料請寄：tvbsnews@tvbs.com.tw\n\nTVBS NEWS\n294萬 位訂閱者\n影片\n關於\n\n顯示較少\n\n1,563 則留言\n"
    )
    a = _one_raw("yt.txt", copy)
    assert a["title"] == "北韓試射「火星-18」洲際飛彈 飛行74分鐘落日本海"
    assert a["published"] == "2023-07-13" and a["outlet"] == outlet_for_name("TVBS")
    assert _plain_body(a) == f"{first}\n\n{second}"
    assert {"北韓", "火星18"} <= set(a["tags"])


def test_a_bbc_byline_copied_with_each_label_over_its_value():
    """BBC's byline copied as text, each label on a line over its value (作者, / 梁宁 / 职位, /
    BBC中文): the writer is the author, and neither line is text."""
    copy = (
        "韩国戒严：你需要知道的几件事\n\n作者,\n\n梁宁\n\n职位,\n\nBBC中文\n\n2024年12月4日\n\n"
        + "\n\n".join(_TWO_PARAGRAPHS)
        + "\n"
    )
    a = _one_raw("bbc.txt", copy)
    assert (a["author"], a["published"]) == ("梁宁", "2024-12-04")
    assert _plain_body(a) == "\n\n".join(_TWO_PARAGRAPHS)


def test_a_wechat_search_copied_with_each_accounts_name_and_day_as_one():
    """搜狗微信's results copied whole: each a headline, its snippet, and the account's name
    run into its day (环球时报2024-12-3, 观察者网1天前): one article per result, its outlet
    and day read apart (a relative day dates nothing); the menus and related searches go."""
    results = [
        ("突发！韩国总统尹锡悦宣布紧急戒严", "环球时报2024-12-3"),
        ("韩国国会通过解除戒严要求决议案", "新华社2024-12-4"),
        ("韩国国会通过总统尹锡悦弹劾案", "人民日报2024-12-14"),
        ("被罢免一周后，尹锡悦搬离总统官邸", "观察者网1天前"),
    ]
    snippet = "当地时间12月3日晚，韩国总统尹锡悦发表紧急全国讲话，宣布实施紧急戒严，尹锡悦在讲话中指责在野党操控国会..."
    copy = (
        "搜狗搜索\n网页\n微信\n知乎\n尹锡悦 戒严\n搜文章\n搜公众号\n搜狗已为您找到约2,416条相关结果\n"
        + "".join(f"{t}\n{snippet}\n{w}\n" for t, w in results)
        + "上一页\n1\n2\n下一页\n相关搜索\n韩国戒严\n尹锡悦弹劾案\n"
    )
    arts = convert("sogou.txt", copy.encode())["articles"]
    assert [a["title"] for a in arts] == [t for t, _ in results]
    assert (arts[0]["published"], arts[0]["outlet"]) == ("2024-12-03", outlet_for_name("环球时报"))
    assert arts[2]["published"] == "2024-12-14" and arts[3]["published"] is None


def test_portal_article_page_saved_by_a_browser():
    """The browser's "saved from url" note is the address; div#detail holds the story (the
    site's bars around it are not read); author metadata that names the page's editor is no
    author; a QR code, an app banner, 【纠错】 and a video-recommendation list are furniture."""
    page = """<!-- saved from url=(0069)https://news.cctv.com/2024/06/03/ARTIq7Xk2mVb9RzT4eLpN3wJ240603.shtml -->
    <html><head><title>首尔地铁4号线故障停运_新闻频道_央视网(cctv.com)</title>
    <meta name="author" content="王晓彤"></head><body>
    <div class="topBar"><a href="/">央视网</a>|<a href="/m">客户端</a></div>
    <img src="https://p1.img.cctvpic.com/common/ewm_xw.png">
    <div class="main"><div id="detail"><h1>首尔地铁4号线故障停运</h1>
    <p>当地时间6月3日早高峰期间，韩国首尔地铁4号线因信号系统故障，部分区段列车运行中断约两个小时。</p>
    <p><img src="https://p1.img.cctvpic.com/banner/app_banner.jpg" alt="打开央视新闻客户端"></p>
    <p>首尔交通公社表示，将对信号系统开展全面排查，查明故障原因，并就此次事故向市民致歉。</p>
    <p><a href="javascript:void(0)">【纠错】</a></p><p>编辑：王晓彤 责任编辑：刘亮</p>
    <h3>视频推荐</h3><ul><li><a href="https://v.cctv.com/1.shtml">[新闻直播间]国际观察</a></li></ul>
    </div></div><p>Copyright 央视网</p></body></html>"""
    a = _one_raw("cctv.html", page)
    assert a["url"] == "https://news.cctv.com/2024/06/03/ARTIq7Xk2mVb9RzT4eLpN3wJ240603.shtml"
    assert a["author"] is None and a["images"] == []
    assert a["body"].startswith("当地时间6月3日早高峰期间")
    assert a["body"].rstrip().endswith("并就此次事故向市民致歉。")
    for junk in ("央视网", "客户端", "纠错", "视频推荐", "国际观察"):
        assert junk not in a["body"], junk


def test_bbc_article_page_labels_for_screen_readers():
    """BBC's pages label parts for screen readers: 文章信息 over the byline's fields (evidence,
    not story), 图像来源， before an image's credit, 图像加注文字， before its caption; 相关话题
    over the topic links (tags); 相关内容 over related links, inline and under the story.
    article:author is the outlet's Facebook page, no person."""
    a = _one("bbc_article.html")
    assert a["author"] == "李思源" and a["outlet"] == outlet_for_name("BBC中文")
    assert a["body"].startswith("每天清晨五点，朴英姬（化名）就已经站在首尔麻浦区")
    assert a["body"].rstrip().endswith("如果妹妹也能尝一口就好了。”她说。")
    assert [(i["caption"][:6], i["credit"]) for i in a["images"]] == [
        ("朴英姬说，她", "BBC"),
        ("冷面在韩国是", "Getty Images"),
    ]
    assert a["tags"] == ["朝鲜", "韩国", "移民"]
    assert {link["title"] for link in a["links"]} >= {"朝鲜边境重新开放了吗？中朝边贸的新变化"}
    for junk in (
        "文章信息",
        "职务",
        "图像加注文字",
        "图像来源",
        "相关话题",
        "相关内容",
        "最多人阅读",
    ):
        assert junk not in a["body"], junk


def test_translated_english_paper_byline_and_reporter_notes():
    """A Chinese edition of an English paper: the byline in capitals beside its date names the
    reporters; the notes on them that close the story and the translation credit are not
    the story."""
    page = """<html><head><title>韩国医生罢工进入第四个月 - 纽约时报中文网</title></head><body><article>
    <header><h1>韩国医生罢工进入第四个月，患者在焦虑中等待</h1>
    <div class="byline"><address>DANIEL KESSLER, HYE-JIN LEE</address>
    <time datetime="2024-06-03 04:21:07">2024年6月3日</time></div></header>
    <div class="article-body"><p>今年春天，62岁的金顺子被诊断出患有乳腺癌，她的手术日期一推再推，至今仍未确定。</p>
    <p>对金顺子来说，等待已成了日常。“我每天都在看手机，”她说，“等医院打电话来。”</p>
    <p><em>翻译：纽约时报中文网</em></p>
    <p>Daniel Kessler是《纽约时报》驻首尔记者，报道朝鲜半岛事务。</p>
    <p>Hye-Jin Lee为《纽约时报》驻首尔研究员。</p></div></article></body></html>"""
    a = _one_raw("nyt.html", page)
    assert a["author"] == "Daniel Kessler、Hye-Jin Lee" and a["published"] == "2024-06-03"
    assert a["body"].rstrip().endswith("“等医院打电话来。”")
    for junk in ("翻译", "驻首尔记者", "研究员"):
        assert junk not in a["body"], junk
    assert author_from_header("THE NEW YORK TIMES") is None


def test_another_storys_card_among_the_paragraphs():
    """A card for another story between two paragraphs (an image and a headline linking one
    address, and its date) is a related link, not text; the story's last paragraph after it
    stays. Tag addresses may join the word to the tag: /keyword_chaoxian/."""
    page = """<html><head><title>朝鲜发射导弹 - 俄罗斯卫星通讯社</title></head><body><div class="article__body">
    <div class="article__text">俄罗斯卫星通讯社莫斯科6月3日电 韩联社报道称，朝鲜3日清晨向东部海域发射了数枚短程弹道导弹。</div>
    <div class="article__block"><a href="/20240530/1059301288.html"><img src="/img/1.jpg" alt=""></a>
      <div><a href="/20240530/1059301288.html"><span>韩国军方称朝鲜发射约10枚短程弹道导弹</span></a>
      <div><span>30 五月, 08:41</span></div></div></div>
    <div class="article__text">截至发稿时，朝鲜方面尚未就此次发射发表评论，此前多次表示发展国防力量属于正当的自卫权利。</div>
    <ul class="tags"><li><a href="/keyword_chaoxian/">朝鲜</a></li></ul></div></body></html>"""
    a = _one_raw("sputnik.html", page)
    assert [link["title"] for link in a["links"]] == ["韩国军方称朝鲜发射约10枚短程弹道导弹"]
    assert "五月" not in a["body"] and a["images"] == [] and a["tags"] == ["朝鲜"]
    assert a["body"].rstrip().endswith("属于正当的自卫权利。")


def test_topic_page_of_story_cards():
    """A client-rendered topic page: sibling cards of one class, each an image and a headline
    linking one story, a summary, a section label and a time; one article per card. An
    article page whose related cards are many is still one article (it has prose)."""
    card = """<div class="content-card"><a href="/即時國際/{n}/x"><img src="/i/{n}.jpg"></a>
    <div class="content-card__body"><a href="/即時國際/{n}/x"><span>南韓軍方：北韓再向邊境放飛垃圾氣球 第{n}則</span></a>
    <p class="content-card__description">南韓聯合參謀本部表示，北韓再度放飛氣球。</p>
    <div class="content-card__info"><a href="/channel/19">即時國際</a>・<time datetime="2024-06-0{d}T12:05:00+08:00">2小時前</time></div>
    </div></div>"""
    cards = "".join(card.format(n=n, d=9 - n) for n in range(1, 9))
    page = f"""<html><head><title>南北韓 | 香港01</title><link rel="canonical" href="https://www.hk01.com/tag/4792"></head>
    <body><header><nav><a href="/zone/1">港聞</a><a href="/zone/2">娛樂</a></nav></header>
    <main><h1>南北韓</h1><section class="content-list">{cards}</section></main></body></html>"""
    result = convert("topic.html", page.encode())
    items = result["articles"]
    assert result["source"]["format"] == "list" and len(items) == 8
    assert items[0]["title"] == "南韓軍方：北韓再向邊境放飛垃圾氣球 第1則"
    assert (
        items[0]["url"] == "https://www.hk01.com/即時國際/1/x"
        and items[0]["published"] == "2024-06-08"
    )
    assert items[0]["outlet"] == outlet_for_name("香港01")
    story = "<p>南韓聯合參謀本部3日表示，北韓周日晚至周一清晨再度向南韓放飛大量載有垃圾的氣球，軍方呼籲民眾切勿觸碰。</p>"
    article = page.replace("<main><h1>南北韓</h1>", f"<main><h1>北韓再放氣球</h1>{story}")
    assert len(convert("a.html", article.encode())["articles"]) == 1


def test_section_link_over_the_story_is_not_text():
    page = """<html><head><title>朝鲜连续两晚释放垃圾气球｜多维新闻｜全球</title>
    <meta property="article:section" content="全球"></head><body><article>
    <div class="article__Channel"><a href="/全球">全球</a></div><h1>朝鲜连续两晚释放垃圾气球</h1>
    <div class="article__Content"><p>韩国联合参谋本部6月5日表示，朝鲜自4日晚至5日凌晨再次向韩国方向释放大量装有垃圾的气球。</p>
    <p>韩国统一部则呼吁朝方立即停止“低级且危险的挑衅行为”。</p></div></article></body></html>"""
    a = _one_raw("dw.html", page)
    assert a["category"] == "全球" and a["body"].startswith("韩国联合参谋本部6月5日表示")


def test_feed_entry_dates_and_captions():
    """An archived feed entry: a date in the text long before the item's own feed time is an
    event it recalls (the 2018 agreement), so the feed time dates it; the italic paragraph
    under an image with alt text is its caption and credit, and no dateline."""
    entry = """<!--1717494000000-->
[北韓連續施放垃圾氣球 南韓全面停止軍事協議效力](https://www.dw.com/zh-hant/a-69265431)
------

<p>南韓國務會議週二通過決議，為回應北韓近一週來連續向南韓境內施放上千個裝有垃圾和糞便的氣球，以及在西北島嶼一帶干擾全球衛星定位系統訊號，全面停止2018年9月19日與北韓簽署的《九一九軍事協議》效力。</p>
<img src="https://static.dw.com/image/1.jpg" alt="南韓軍方人員檢查氣球"><p><em>資料照片：2024年5月27日晚，首爾車站的民眾觀看新聞。（美聯社照片）</em></p>
<p>南韓政府表示，此舉是為了讓軍方能在邊境一帶恢復訓練。</p>
<p>DW中文有Instagram！歡迎搜尋dw.chinese，看更多深入淺出的圖文與影音報導。</p>"""
    a = _one_raw("dw.md", entry)
    assert (a["published"], a["date_evidence"]) == (
        "2024-06-04",
        "<!--1717494000000--> [feed timestamp, UTC]; in the outlet's time (Europe/Berlin, +02:00)",
    )
    assert (
        a["images"][0]["caption"].startswith("資料照片：2024年5月27日晚")
        and a["images"][0]["credit"] == "美聯社照片"
    )
    assert "Instagram" not in a["body"] and a["body"].count("*資料照片") == 1


def test_rolling_list_copied_whole_with_times_for_today():
    """A rolling list copied whole: the menu (its first lines name the site) goes; today's
    items show only their time (15:48) under the page's date line (2024/06/04 星期二), which
    dates them; older items carry their own dates; the page's footer is no item."""
    result = convert("list.txt", (OTHER / "cna_list_copy.txt").read_bytes())
    items = result["articles"]
    assert result["source"]["format"] == "list" and len(items) == 15
    first, last = items[0], items[-1]
    assert (first["title"], first["published"], first["published_time"]) == (
        "北韓再度干擾GPS訊號 南韓西北島嶼漁船作業受影響",
        "2024-06-04",
        "15:48",
    )
    assert (last["title"], last["published"]) == (
        "北韓駭客組織被指竊取南韓法院資料 規模達760GB",
        "2024-06-01",
    )
    assert {a["outlet"] for a in items} == {outlet_for_name("中央社")}
    assert all("Copyright" not in a["body"] and "關於我們" not in a["body"] for a in items)


def test_caption_block_beside_an_image_with_alt_text():
    """A caption-classed block next to an image with alt text is its caption; a © credit
    ends it (© 路透社 REUTERS - Kim Hong-Ji); an image whose caption is an app prompt goes."""
    entry = """<!--1717574700000-->
[朝鲜向东部海域发射十余枚短程弹道导弹](http://www.rfi.fr/cn/20240605-x)
------

<div>05/06/2024 - 10:05</div><img src="https://s.rfi.fr/1.webp" alt="电视屏幕播放新闻画面"><div class="m-figure__caption">资料图片：韩国首尔火车站内的电视屏幕播放新闻画面。 © 路透社 REUTERS - Kim Hong-Ji</div>
<p>韩国联合参谋本部周三表示，朝鲜当天清晨向朝鲜半岛东部海域接连发射了十余枚短程弹道导弹。</p>
<p><img src="https://s.rfi.fr/app.png" alt="下载法广APP"></p>"""
    a = _one_raw("rfi.md", entry)
    assert a["images"] == [
        {
            "url": "https://s.rfi.fr/1.webp",
            "caption": "资料图片：韩国首尔火车站内的电视屏幕播放新闻画面。",
            "credit": "路透社 REUTERS - Kim Hong-Ji",
        }
    ]


def test_officeholders_named_with_their_title_date_a_list_and_bound_an_article():
    """A list page whose items give only weekdays and days (週五(18 日)) and no year: an
    officeholder named with the title (南韓總統尹錫悅) places the items in that term, which
    settles their dates. An undated article is bounded by the terms it names; a former
    holder (前总统) or a vice-president (副总统) names no term."""
    items = convert("list.txt", (OTHER / "tw_list_no_year.txt").read_bytes())["articles"]
    dated = {a["item"]: a["published"] for a in items if a["published"]}
    assert dated == {
        2: "2024-10-18", 3: "2024-10-15", 5: "2024-09-13", 6: "2024-07-30", 8: "2024-06-19",
        9: "2024-06-09", 10: "2024-06-04", 11: "2024-06-02", 12: "2024-05-28",
    }  # fmt: skip
    text = "韩国总统尹锡悅会见美国总统拜登\n\n两国总统在首尔举行会谈，同意加强延伸威慑。\n"
    a = _one_raw("a.txt", text)
    assert (a["published_earliest"], a["published_latest"]) == ("2022-05-10", "2025-01-20")
    assert "Yoon Suk Yeol in office 2022-05-10 to 2025-04-04" in a["date_evidence"]
    former = _one_raw("b.txt", "前总统文在寅与副总统拜登\n\n双方在首尔举行会谈，同意加强合作。\n")
    assert former["published_precision"] is None
    # an open term bounds from below only; an alias holding the title counts (金总书记)
    kim = _one_raw("c.txt", "金总书记视察导弹部队\n\n朝鲜劳动党总书记金正恩视察了导弹部队。\n")
    assert (kim["published_earliest"], kim["published_latest"]) == ("2021-01-10", None)
    # a president's government (李在明政府) existed: no earlier than the term's start
    gov = _one_raw("d.txt", "韩美启动朝鲜政策磋商\n\n这是李在明政府上台后的首个双边机制。\n")
    assert (gov["published_earliest"], gov["published_latest"]) == ("2025-06-04", None)
    assert "Lee Jae Myung's government" in gov["date_evidence"]


def test_a_government_release_page_wrapped_in_one_form():
    """ASP.NET pages wrap the whole page in one <form>: it holds the story, so it is not
    dropped like a search form. The labelled field lists above and under the story (發布日期：
    112-08-19, 點閱次數：4,817) are evidence, not story; a related item's date is no byline.
    The source label 外交部 is the site's fuller 中華民國外交部, not a repost of it."""
    page = """<html><head><title>外交部歡迎美日韓峰會聲明 - 中華民國外交部 - 全球資訊網</title>
    <meta property="og:site_name" content="中華民國外交部 - 全球資訊網">
    <meta property="og:url" content="https://www.mofa.gov.tw/News_Content.aspx?n=95&amp;s=1">
    </head><body><form method="post" action="./News_Content.aspx" id="form1">
    <div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="x"></div>
    <div class="center-block"><h2 class="h3">外交部歡迎美日韓峰會聲明</h2>
    <ul class="list-text detail"><li><span class="label">發布日期：</span><span>112-08-19</span></li>
    <li><span class="label">資料來源：</span><span>外交部</span></li></ul>
    <div class="essay"><p>美日韓三國領袖於美東時間本年8月18日在大衛營舉行峰會，會後發表聯合聲明。</p>
    <p>外交部對此表達誠摯歡迎，並將持續與國際夥伴保持緊密溝通合作。</p></div>
    <ul class="list-text"><li><span>更新日期：</span><span>112-08-21</span></li>
    <li><span>點閱次數：</span><span>4,817</span></li></ul>
    <div><h3>相關新聞</h3><ul><li><a href="/News_Content.aspx?n=95&amp;s=2">外交部歡迎G7公報</a>
    <span class="date">112-05-21</span></li></ul></div></div></form></body></html>"""
    a = _one_raw("mofa.html", page)
    assert (a["published"], a["outlet"], a["republisher"]) == ("2023-08-19", "中華民國外交部", None)
    assert a["body"].startswith("美日韓三國領袖於美東時間")
    assert a["body"].rstrip().endswith("保持緊密溝通合作。")
    for junk in ("發布日期", "資料來源", "點閱次數", "4,817", "112-05-21"):
        assert junk not in a["body"], junk


def test_a_story_set_in_text_divs_instead_of_paragraphs():
    """Paragraphs set as <div class="paragraph"> (no <p> at all): the divs holding text are the
    story, so the site's channel menu is not; the photo beside them is kept."""
    paras = "".join(
        f'<div class="paragraph">{t}</div>'
        for t in (
            "南韓與美國周一（19日）展開年度「乙支自由護盾」聯合軍事演習，為期11日，以應對北韓"
            "日益升級的核武及導彈威脅。",
            "南韓聯合參謀本部表示，今年演習約有1.9萬名南韓軍人參與，野外機動訓練增至48項，內容"
            "包括應對北韓核武攻擊、網絡攻擊及GPS干擾等情景。",
            "北韓暫未對演習作出回應，但平壤一向將美韓聯合軍演視為入侵北韓的預演，過往曾多次以"
            "試射導彈作出反制。",
            "駐韓美軍司令表示，演習屬防禦性質，旨在提升美韓同盟應對各種威脅的能力。",
        )
    )
    menu = "".join(
        f'<li><a href="/hk/{k}/index.html">{k}</a></li>' for k in ["港澳", "兩岸", "國際", "財經"]
    )
    page = f"""<html><head><title>美韓聯合軍演展開</title></head><body>
    <div id="topBar"><ul class="channel">{menu}</ul></div>
    <div class="wrapper"><div class="leftCol"><h1>美韓聯合軍演展開</h1>
    <div class="photo"><img src="/photo/1.jpg" alt=""><div class="caption">美韓展開年度聯合軍演。</div></div>
    <div class="content">{paras}</div></div></div></body></html>"""
    a = _one_raw("oncc.html", page)
    assert "港澳" not in a["body"] and "財經" not in a["body"]
    assert a["body"].rstrip().endswith("應對各種威脅的能力。")
    assert [i["caption"] for i in a["images"]] == ["美韓展開年度聯合軍演。"]


def test_whole_pages_copied_from_government_and_broadcaster_sites():
    """Ctrl+A copies: a skip link (跳至主要內容) before the site's name; a date line with its
    label (發布日期：113-05-28) or a zone (2024-12-11 HKT 10:35) under the headline; the story
    ends at a latest-news list (最新新聞), a release's contact line (聯絡人：…) or attachments;
    a site named with its Latin name (三立新聞網 SETN.com); ► teasers and follow prompts go."""
    rthk = (
        "跳至主要內容\n香港電台網站\nRTHK.HK\n電視\n電台\n新聞\n國際\n"
        "北韓官方傳媒首度報道南韓戒嚴事件\n2024-12-11 HKT 10:35\n"
        "北韓官方傳媒首度報道南韓總統尹錫悅上星期宣布緊急戒嚴事件，形容戒嚴是瘋狂舉動。\n\n"
        "尹錫悅上周六逃過國會首次彈劾投票。\n分享\nFacebook\n列印\n最新新聞\n"
        "南韓警方到總統辦公室搜查\n恒指高開97點\n更多\n"
    )
    a = _one_raw("rthk.txt", rthk)
    assert (a["title"], a["published"], a["published_time"]) == (
        "北韓官方傳媒首度報道南韓戒嚴事件", "2024-12-11", "10:35",
    )  # fmt: skip
    assert a["outlet"].startswith("香港電台")
    assert a["body"].rstrip().endswith("尹錫悅上周六逃過國會首次彈劾投票。")
    release = (
        "跳到主要內容區塊\n:::\n回首頁\n網站導覽\nEnglish\n首頁 > 新聞與公告 > 新聞稿\n新聞稿\n"
        "陸委會回應中日韓領導人會議\n發布日期：113-05-28\n更新日期：113-05-29\n點閱次數：1234\n"
        "編號：第042號\n陸委會今（28）日表示，我方樂見區域國家透過對話增進合作。\n"
        "陸委會呼籲中共務實面對兩岸現狀，與我方共同維護台海和平穩定。\n"
        "聯絡人：梁文傑 副主任委員兼發言人\n聯絡電話：(02)2397-5589\n相關附件\n新聞稿.pdf\n"
        "回上一頁\n:::\n隱私權及資訊安全政策\n瀏覽人次：27,659,301\n"
    )
    b = _one_raw("mac.txt", release)
    assert (b["title"], b["published"]) == ("陸委會回應中日韓領導人會議", "2024-05-28")
    assert b["body"].startswith("陸委會今（28）日表示")
    assert b["body"].rstrip().endswith("共同維護台海和平穩定。")
    setn = (
        "三立新聞網 SETN.com\n首頁\n即時\n國際\n首頁 > 國際\n"
        "北韓又射飛彈 疑中程彈道飛彈飛行1100公里\n2025/01/06 13:14\n分享\n記者鍾佩芳／綜合報導\n"
        "北韓6日中午從平壤一帶朝東部海域發射1枚疑似中程彈道飛彈。\n"
        "►北韓「火星-19型」洲際飛彈試射 飛行時間創紀錄\n"
        "分析人士認為，北韓意在展示核武與飛彈能力。\n喜歡這篇文章嗎？\n追蹤三立新聞網 Google News\n"
    )
    c = _one_raw("setn.txt", setn)
    assert (c["outlet"], c["author"]) == ("三立新聞網 (SETN)", "鍾佩芳")
    for junk in ("火星-19型", "喜歡這篇文章", "Google News"):
        assert junk not in c["body"], junk
    assert c["body"].rstrip().endswith("展示核武與飛彈能力。")


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("TVBS新聞網使用cookie以提供您更好的瀏覽體驗，若繼續瀏覽即表示同意本網站", True),
        ("星島頭條App 即睇最新消息，立即下載！按此下載", True),
        ("這款APP目前已有上百萬人下載。", False),
        ("►南韓政局動盪 北韓官媒罕見報導尹錫悅彈劾案", True),
        ("►南韓政局動盪。", False),
        ("►北韓又放垃圾氣球！首爾龍山總統府院區驚見落下物", True),  # (an exclamation inside it)
        ("►北韓又放垃圾氣球！首爾驚見落下物。", False),
        ("[조선문 기사 보기](http://epaper.iybrb.com/ybrbcx/html/content_55821.htm)", True),
    ],
)
def test_more_page_furniture_lines(line, furniture):
    assert is_boilerplate(line) == furniture


def test_a_column_copied_whole_with_deck_byline_captions_and_paywall():
    """Ctrl+A copy of a magazine story: the headline (ending in a quotation) is over a deck
    and a byline, not over the date line; the byline (特约撰稿人 林以恩 发自首尔) is the author
    and leaves the body, the deck stays; a caption's labelled credit (。图：Getty Images) is an
    image credit; the members' paywall ends the story."""
    text = (
        "跳至内容\n端传媒 Initium Media\n最新\n深度\n国际\n搜索\n订阅\n登录\n\n国际\n\n"
        "“统一”被抹去之后：脱北者如何看待“两国论”\n\n"
        "金正恩宣布韩国是“头号敌对国家”。对于脱北者来说，这不只是一个政策的转向。\n\n"
        "特约撰稿人 林以恩 发自首尔\n2024-01-26 18:00\n会员专享\n分享\n\n"
        "2024年1月24日，韩国坡州临津阁，一名游客眺望朝鲜方向。图：Getty Images\n\n"
        "1月15日，朝鲜最高人民会议在平壤召开，金正恩在会上发表施政演说。\n\n"
        "在首尔任教的朴成民说，学生们讨论最多的，是留在北方的家人会不会更难联系。\n\n"
        "本文为端会员专享内容\n订阅端传媒，解锁全部深度报道\n延伸阅读\n韩国对朝政策二十五年\n"
    )
    a = _one_raw("initium.txt", text)
    assert a["title"] == "“统一”被抹去之后：脱北者如何看待“两国论”"
    assert (a["published"], a["author"]) == ("2024-01-26", "林以恩")
    assert a["outlet"].startswith("端傳媒")
    assert a["body"].startswith("金正恩宣布韩国是“头号敌对国家”。")
    assert "特约撰稿人" not in a["body"] and "订阅" not in a["body"]
    assert a["body"].rstrip().endswith("会不会更难联系。")
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [
        ("2024年1月24日，韩国坡州临津阁，一名游客眺望朝鲜方向。", "Getty Images")
    ]


def test_portal_text_copy_with_its_headline_printed_twice():
    """光明网's copy: the headline again under the toolbar, a QR prompt (扫一扫 在手机打开当前页),
    a "read the rest" prompt, and a 24-hour most-read list after the story."""
    text = (
        "光明网\n首页\n时政\n国际\n更多\n登录 注册\n搜索\n国际频道 > 国际要闻 > 正文\n"
        "韩美启动联合军演 为期11天\n来源：光明网-国际频道 2024-08-19 09:12\n作者：王昕\n"
        "分享到：\n扫一扫 在手机打开当前页\n字号：大 中 小\n韩美启动联合军演 为期11天\n"
        "　　据韩联社报道，韩美年度联合军事演习19日启动，为期11天。\n"
        "　　韩国军方表示，将继续加强美日韩安全合作。\n"
        "[ 责编：刘畅 ]\n阅读剩余全文（）\n24小时热点\n1 外交部：中方始终致力于维护半岛和平稳定\n"
    )
    a = _one_raw("gmw.txt", text)
    assert (a["title"], a["published"], a["author"]) == (
        "韩美启动联合军演 为期11天",
        "2024-08-19",
        "王昕",
    )
    assert a["body"].startswith("据韩联社报道")
    assert a["body"].rstrip().endswith("加强美日韩安全合作。")


def test_paper_and_wire_pages_end_their_stories_where_another_begins():
    """An appended story under 【延伸阅读】, a member's paywall, a closing byline (paper,
    reporter, place), an edition line and page editors under a paper's story; a relative link
    to this page in the edition's list is no address; a lazy image's placeholder (blank.gif) is
    not its address; a caption opening with 资料图片：; a line of only a section link and a tag
    link gives tags; author metadata naming the paper with its edition is no author."""
    story = "".join(
        f"<p>{t}</p>"
        for t in (
            "本报首尔6月4日电　（记者王淼、韩悦）韩国中央选举管理委员会4日上午确认李在明当选总统。",
            "韩国舆论认为，新政府面临经济增长放缓、外部贸易环境变化以及社会分裂等多重挑战。",
            "日本经济新闻（中文版：日经中文网）松田高志 首尔",
            "日经中文网会员专享",
            "<strong>【延伸阅读】</strong>韩媒：朝鲜向韩国放飞260多个垃圾气球",
            "参考消息网5月29日报道 据韩联社5月29日报道，朝鲜从28日晚起向韩国放飞气球。",
        )
    )
    page = f"""<html><head><title>李在明宣誓就任韩国总统</title>
    <meta name="author" content="日本经济新闻（中文版：日经中文网）"></head><body>
    <div class="article"><p class="credit"><a href="/news/korea">朝鲜半岛</a>
    <a href="/news/keyword/missile">朝鲜导弹</a></p><h1>李在明宣誓就任韩国总统</h1>
    <div class="mainpic"><div><img data-src="/img/1.jpg" src="/static/images/blank.gif" alt=""></div>
    <p>资料图片：李在明在国会宣誓就职（韩联社）</p></div>
    <div class="text">{story}</div>
    <p>《&nbsp;人民日报&nbsp;》（&nbsp;2025年06月05日&nbsp;第&nbsp;03&nbsp;版）</p>
    <p>本版责编：张娜</p></div>
    <ul><li><a href="content_30079871.html">李在明宣誓就任韩国总统</a></li></ul></body></html>"""
    a = _one_raw("paper.html", page)
    assert a["author"] == "王淼、韩悦" and a["url"] is None
    assert a["tags"] == ["朝鲜导弹", "朝鲜半岛"]
    assert a["images"][0]["url"].endswith("/img/1.jpg")
    assert a["images"][0]["caption"].startswith("资料图片：李在明在国会宣誓就职")
    assert a["body"].rstrip().endswith("社会分裂等多重挑战。")
    for junk in ("会员专享", "延伸阅读", "参考消息网", "松田高志", "人民日报", "本版责编"):
        assert junk not in a["body"], junk
    closing = page.replace("（记者王淼、韩悦）", "")
    assert _one_raw("nikkei.html", closing)["author"] == "松田高志"


@pytest.mark.parametrize("label", ["<strong>【延伸阅读】{}</strong>", "　　【延伸阅读】{}"])
def test_a_story_appended_under_its_bracketed_headline_ends_the_page_story(label):
    """参考消息 prints another story whole under 【延伸阅读】 and its headline (no link): it is
    not this story's text; its headline is a related link. A linked note among the paragraphs,
    the story going on after it, stays a related link only."""
    head = "韩媒：朝美首脑河内会晤首日共进晚餐 特朗普称“非常成功”"
    paras = [
        "参考消息网2月28日报道 据美联社2月28日报道，美国总统特朗普与朝鲜最高领导人金正恩的第二次会晤提前结束。",
        "报道称，美国国务卿蓬佩奥在记者会上表示，希望双方团队能够在未来几周内重新会面。",
        label.format(head),
        "参考消息网2月28日报道 据韩联社2月27日报道，美国总统特朗普与朝鲜最高领导人金正恩27日晚在河内共进晚餐，开启第二次朝美首脑会晤。",
        "报道称，特朗普在晚餐前表示，第一次会晤非常成功，希望此次会晤同样成功甚至更加成功。",
    ]
    page = f"""<html><head><title>外媒：河内会晤提前结束_参考消息</title></head><body>
    <div class="articleText">{"".join(f"<p>{t}</p>" for t in paras)}</div>
    <div class="share">分享到：微信 微博</div></body></html>"""
    a = _one_raw("ckxx.html", page)
    assert a["body"].rstrip().endswith("重新会面。")
    assert "共进晚餐" not in a["body"] and "延伸阅读" not in a["body"]
    assert head in [link["title"] for link in a["links"]]
    linked = page.replace(head, f'<a href="http://www.cankaoxiaoxi.com/world/1.shtml">{head}</a>')
    assert _one_raw("ckxx.html", linked)["body"].rstrip().endswith("更加成功。")


@pytest.mark.parametrize(
    "header, author",
    [
        ("英国《金融时报》 克里斯蒂安·戴维斯 首尔报道", "克里斯蒂安·戴维斯"),
        ("作者：克里斯蒂安·戴维斯", "克里斯蒂安·戴维斯"),  # a transliterated name is whole
        ("特约撰稿人 林以恩 发自首尔", "林以恩"),
        # (several, each with where they filed from; the name's dot a bullet, read as ·)
        (
            "英国《金融时报》 马克斯•塞登 莫斯科, 克里斯蒂安•戴维斯 首尔",
            "马克斯·塞登、克里斯蒂安·戴维斯",
        ),
        (
            "英国《金融时报》 马克斯·塞登 莫斯科, 克里斯蒂安·戴维斯 首尔报道",
            "马克斯·塞登、克里斯蒂安·戴维斯",
        ),
    ],
)
def test_foreign_papers_and_columns_bylines(header, author):
    assert author_from_header(header) == author


def test_an_archive_today_capture():
    """archive.today's header names the original ("Saved from"), its capture time is in the
    page's date metadata and is no publication date; its links go through the archive; it
    drops class names, so the story's container is the block holding its paragraphs."""
    page = """<html><head><meta property="og:url" content="https://archive.ph/AbCdE"/>
    <meta property="og:site_name" content="archive.ph"/>
    <meta property="article:published_time" content="2024-06-03T02:15:09Z"/>
    <meta itemprop="url" content="https://www.cna.com.tw/news/aopl/202405280003.aspx"/>
    <title>北韓發射軍事偵察衛星失敗 | 國際 | 中央社 CNA</title></head><body>
    <div id="HEADER"><a href="https://archive.ph/">archive.today<br/><span>webpage capture</span></a>
    Saved from <input type="text" name="q" value="https://www.cna.com.tw/news/aopl/202405280003.aspx"/>
    <span itemprop="dateCreated">3 Jun 2024 02:15:09 UTC</span></div>
    <div id="CONTENT"><div><a href="https://archive.ph/o/AbCdE/https://www.cna.com.tw/list/aall.aspx">即時</a>
    <a href="https://archive.ph/o/AbCdE/https://www.cna.com.tw/list/aopl.aspx">國際</a></div>
    <h1>北韓發射軍事偵察衛星失敗</h1><div><span>2024/05/28 00:15</span></div>
    <div style="font-size:18px"><p>（中央社記者姜亦辰首爾27日電）北韓今天晚間發射一枚搭載軍事偵察衛星的運載火箭，但火箭升空後即爆炸。</p>
    <p>南韓國防部表示，軍方將與美國、日本密切合作，持續監視北韓後續動向。</p></div>
    <div><a href="https://archive.ph/o/AbCdE/https://www.cna.com.tw/about/contact.aspx">聯絡我們</a></div>
    </div></body></html>"""
    a = _one_raw("capture.html", page)
    assert a["url"] == "https://www.cna.com.tw/news/aopl/202405280003.aspx"
    assert a["republished_url"] == "https://archive.ph/AbCdE"
    assert (a["published"], a["author"]) == ("2024-05-28", "姜亦辰")
    assert a["outlet"].startswith("中央社")
    assert a["body"].startswith("（中央社記者姜亦辰首爾27日電）")
    assert a["body"].rstrip().endswith("持續監視北韓後續動向。")


def test_an_evernote_export_gives_the_clipped_page_of_each_note():
    """An .enex file: one article per note; the web clipper's block is the page (not the
    researcher's note above it nor the "clipped from" line under it); the note's source-url
    is the address and its creation day an upper bound; its author is the Evernote user; a
    note titled with the page's <title> loses the site's name after it."""
    clip = (
        '<div style="--en-clipped-content:article; --en-clipped-source-title:韩国暂停协议_环球网;">'
        "<h1>韩国政府决定部分暂停韩朝《9·19军事协议》效力</h1>"
        "<div><span>来源：环球网</span> <span>作者：苏静远</span></div>"
        "<p>【环球网报道 记者 苏静远】据韩联社22日报道，韩国国务总理韩德洙当天主持召开临时国务会议。</p>"
        "<p>报道称，此次暂停的是协议第一条第三款，即在军事分界线附近划定禁飞区的相关规定。</p></div>"
    )
    enml = f"<en-note><div><b>【备注】</b>与韩联社原稿对照。</div><hr/>{clip}<div>剪藏自 环球网</div></en-note>"
    note = (
        "<note><title>韩国政府决定部分暂停韩朝《9·19军事协议》效力</title>"
        "<created>20240603T012311Z</created><tag>待整理</tag>"
        "<note-attributes><author>kim.research</author>"
        "<source-url>https://world.huanqiu.com/article/4FVaJ3pX6Qm</source-url></note-attributes>"
        f"<content><![CDATA[{enml}]]></content></note>"
    )
    titled = note.replace("效力</title>", "效力 | 环球网</title>")  # the page's <title> as kept
    enex = f'<?xml version="1.0" encoding="UTF-8"?>\n<en-export application="Evernote">{note}{titled}</en-export>'
    result = convert("notes.enex", enex.encode())
    assert result["source"]["format"] == "enex" and len(result["articles"]) == 2
    assert result["articles"][1]["title"] == result["articles"][0]["title"]
    a = result["articles"][0]
    assert a["url"] == "https://world.huanqiu.com/article/4FVaJ3pX6Qm"
    assert (a["author"], a["published_latest"]) == ("苏静远", "2024-06-03")
    assert a["body"].startswith("【环球网报道 记者 苏静远】")
    assert a["body"].rstrip().endswith("划定禁飞区的相关规定。")
    for junk in ("备注", "剪藏自", "待整理", "kim.research"):
        assert junk not in a["body"] and junk not in a["tags"], junk


def test_a_notion_page_exported_to_markdown():
    """A Notion export: the headline carries the site (| 韩联社); its properties (URL, Created,
    Tags, 来源, Last edited time) are fields, Created the clipping day; the callout (<aside>)
    is the researcher's; the copied page's crumbs and toolbar links go; a caption closed by
    its source in brackets sits under each image."""
    text = (
        "# 朝鲜谴责韩中日联合宣言 | 韩联社\n\nURL: https://cn.yna.co.kr/view/ACK20240527003700881\n"
        "Created: June 3, 2024 10:23 AM\nTags: 朝鲜, 韩中日峰会\n来源: 韩联社\n状态: 已读\n"
        "Last edited time: June 3, 2024 10:31 AM\n\n<aside>\n💡 对照朝中社原文。\n\n</aside>\n\n"
        "[韩联社](https://cn.yna.co.kr/) > [朝鲜](https://cn.yna.co.kr/nk/index)\n\n"
        "2024-05-27 21:58\n\n[分享](https://cn.yna.co.kr/view/A#) [打印](https://cn.yna.co.kr/view/A#)\n\n"
        "![](%E6%9C%9D/image.png)\n\n资料图片（韩联社）\n\n"
        "韩联社首尔5月27日电 朝鲜外务省发言人27日发表谈话，强烈谴责韩中日联合宣言。\n\n"
        "谈话称，朝鲜的拥核国家地位已在宪法中明确规定。\n"
    )
    a = _one_raw("notion.md", text)
    assert (a["title"], a["published"]) == ("朝鲜谴责韩中日联合宣言", "2024-05-27")
    assert a["url"] == "https://cn.yna.co.kr/view/ACK20240527003700881"
    assert a["tags"] == ["朝鲜", "韩中日峰会"] and a["outlet"].startswith("韩联社")
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [("资料图片", "韩联社")]
    for junk in ("Last edited", "对照朝中社", "分享", "cn.yna.co.kr/nk"):
        assert junk not in a["body"], junk


def test_read_it_later_and_chat_copies():
    """Pocket's reader view: its "View Original" link is the address (the app's page is the
    repost) and the authors element names the writer. A Telegram post copied as text: the
    headline in 【】 after the channel's lines, the source's address under its 来源 line, a
    line of hashtags as tags, reactions and views as furniture."""
    page = """<!-- saved from url=(0037)https://getpocket.com/read/3891205512 -->
    <html><head><title>美日韓大衛營峰會 建立三邊安全合作新框架</title></head><body><main><article>
    <header><h1>美日韓大衛營峰會 建立三邊安全合作新框架</h1>
    <div class="byline"><a class="domain" href="https://www.dw.com/zh-hant/a-66569120">dw.com</a>
    <span class="authors"> · <span>魏蘇珊</span></span><span class="readTime"> · 6 min read</span></div>
    <a class="view-original" href="https://www.dw.com/zh-hant/a-66569120">View Original</a></header>
    <div id="RIL_body"><p>（德國之聲中文網）美國總統拜登週五在大衛營接待韓國總統尹錫悅和日本首相岸田文雄。</p>
    <p>三國領袖簽署了「大衛營精神」聯合聲明，同意每年舉行峰會。</p></div></article></main></body></html>"""
    a = _one_raw("pocket.html", page)
    assert (a["url"], a["republished_url"]) == (
        "https://www.dw.com/zh-hant/a-66569120",
        "https://getpocket.com/read/3891205512",
    )
    assert a["author"] == "魏蘇珊" and "View Original" not in a["body"]
    post = (
        "June 3\n\n半岛风云观察 | Korea Watch\nForwarded from 东亚时事速递\n"
        "🔴【朝鲜宣布暂停散发垃圾气球 警告韩方若再撒传单】\n\n"
        "朝鲜国防省副相金江一2日晚通过朝中社发表谈话说，朝方现决定暂时中止这一行动。\n\n"
        "首尔一些分析人士认为，朝方宣布暂停是在试探韩方反应。\n\n来源：自由亚洲电台\n"
        "https://www.rfa.org/mandarin/yataibaodao/chaoxian/jt-06022024133012.html\n\n"
        "#朝鲜 #韩国 #垃圾气球\n\n👍 46  😡 9  🤔 5\n1.2K views 10:45\n"
    )
    b = _one_raw("telegram.txt", post)
    assert b["title"] == "朝鲜宣布暂停散发垃圾气球 警告韩方若再撒传单"
    assert b["url"] == "https://www.rfa.org/mandarin/yataibaodao/chaoxian/jt-06022024133012.html"
    assert b["outlet"].startswith("自由亚洲电台") and b["tags"] == ["朝鲜", "韩国", "垃圾气球"]
    assert b["body"].startswith("朝鲜国防省副相") and b["published"] is None
    for junk in ("Forwarded", "Korea Watch", "views", "👍", "#朝鲜"):
        assert junk not in b["body"], junk
    # a dateline in brackets under a headline is no bracketed headline
    wire = "朝鲜再次发射弹道导弹 韩日同步谴责\n【大纪元2024年6月2日讯】\n（大纪元记者李明综合报导）朝鲜今天上午再度发射弹道导弹。\n"
    c = _one_raw("wire.txt", wire)
    assert (c["title"], c["published"], c["author"]) == (
        "朝鲜再次发射弹道导弹 韩日同步谴责",
        "2024-06-02",
        "李明",
    )


def test_a_byline_list_with_commas():
    """BBC's author region: 作者，麥靜儀（Joyce Mak） / 職位，BBC中文記者，首爾 (labels with a
    comma): the author, and the list is not story."""
    page = """<html><head><title>李在明宣誓就任韓國總統 - BBC News 中文</title></head><body>
    <main><article><h1>李在明宣誓就任韓國總統</h1><div role="region" aria-label="作者信息"><ul>
    <li><span>作者，</span><span>麥靜儀（Joyce Mak）</span></li>
    <li><span>職位，</span><span>BBC中文記者，首爾</span></li></ul></div>
    <time datetime="2025-06-04">2025年6月4日</time>
    <p>韓國新任總統李在明週三在首爾國會大廈宣誓就職，為半年的政治動盪畫上句號。</p>
    <p>這次選舉的投票率達到79.4%，是1997年以來最高。</p></article></main></body></html>"""
    a = _one_raw("bbc.html", page)
    assert a["author"] == "麥靜儀" and "職位" not in a["body"]
    assert a["body"].startswith("韓國新任總統李在明")


def _docx(paragraphs: list[str]) -> bytes:
    """A minimal Word document holding these paragraphs (the parts mammoth reads)."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}</w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, xml in parts.items():
            z.writestr(name, xml)
    return out.getvalue()


def test_a_story_pasted_into_a_word_or_rtf_document():
    """A .docx is read as the text copy it holds (not rejected as a ZIP archive); an RTF
    file's text is read through its code page (\\ansicpg936: \\'b3\\'af is 朝)."""
    data = _docx(
        [
            "朝鲜再次发射弹道导弹",
            "2024年6月3日 10:20 来源：新华网",
            "新华社首尔6月3日电（记者陆睿）韩国联合参谋本部3日说，朝鲜当天上午发射一枚弹道导弹。",
            "韩国军方正在分析导弹的具体型号和飞行距离。",
        ]
    )
    result = convert("copy.docx", data)
    (a,) = result["articles"]
    assert result["source"]["format"] == "docx"
    assert (a["title"], a["published"], a["author"]) == (
        "朝鲜再次发射弹道导弹",
        "2024-06-03",
        "陆睿",
    )
    assert a["body"].rstrip().endswith("具体型号和飞行距离。")
    rtf = (
        r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}"
        "\n"
        r"\pard\f0\fs24 \'b3\'af\'cf\'ca\'b7\'a2\'c9\'e4\'b5\'bc\'b5\'af\par"
        "\n"
        r"2024\'c4\'ea6\'d4\'c23\'c8\'d5\par"
        "\n"
        r"\u26397?\u40092?\'bd\'f1\'cc\'ec\'b7\'a2\'c9\'e4\'c1\'cb\'d2\'bb\'c3\'b6\'b5\'bc\'b5\'af\'a1\'a3\par"
        "\n}"
    )
    import io
    import zipfile

    from peninsula.decode import Unreadable

    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body><w:p>")  # cut off
    with pytest.raises(Unreadable, match="Word document"):
        convert("broken.docx", broken.getvalue())
    b = _one_raw("copy.rtf", rtf)
    assert (b["title"], b["published"]) == ("朝鲜发射导弹", "2024-06-03")
    assert b["body"].strip() == "朝鲜今天发射了一枚导弹。"


def test_an_index_page_read_against_the_day_it_shows():
    """A topic page's items, each an image, a headline and a comment count linking the same
    story; its top bar names the day shown (今天是2024年6月3日), which dates the relative
    times (2小时前, 昨天 21:40) and the years of month-day dates, with evidence that says so."""
    when = ["2小时前", "6月3日 10:15", "昨天 21:40", "昨天 11:05", "6月1日 22:10", "5月31日 09:30"]
    items = "".join(
        f'<li class="news_item"><a href="https://news.ifeng.com/c/{k}"><img src="/{k}.jpg"></a>'
        f'<div><h2><a href="https://news.ifeng.com/c/{k}">韩国国安会第{k}次会议讨论应对措施</a></h2>'
        f"<p>韩国总统室表示，国家安全委员会当天召开会议讨论应对朝方的措施，第{k}条摘要。</p>"
        f'<div><span>凤凰网资讯</span><span>{t}</span><a href="https://news.ifeng.com/c/{k}#comment">12</a>'
        "</div></div></li>"
        for k, t in enumerate(when)
    )
    page = f"""<html><head><title>朝鲜半岛局势_凤凰网资讯</title></head><body>
    <div class="top"><span>今天是2024年6月3日 星期一</span></div>
    <ul class="news-list">{items}</ul></body></html>"""
    articles = convert("topic.html", page.encode())["articles"]
    assert [a["published"] for a in articles] == [
        "2024-06-03", "2024-06-03", "2024-06-02", "2024-06-02", "2024-06-01", "2024-05-31",
    ]  # fmt: skip
    assert articles[2]["published_time"] == "21:40"
    assert "“昨天” read against the page's day 2024-06-03" in articles[2]["date_evidence"]
    assert articles[0]["url"] == "https://news.ifeng.com/c/0"


def test_more_whole_page_copies():
    """界面新闻: two byline lines (记者 | name, 编辑 | name) between the headline and its date;
    我们民族之间: a section label in 【】 and a Juche date line with the site in 《》 under the
    headline, the commentator signing under the story (本网评论员 崔明哲)."""
    jiemian = (
        "界面新闻\n首页\n快讯\n天下\n登录\n注册\n天下\n"
        "李在明宣誓就任韩国第21任总统，称将恢复与朝鲜的沟通渠道\n界面新闻记者 | 陈佳靖\n"
        "界面新闻编辑 | 刘海川\n2025/06/04 13:28\n来源：界面新闻\n\n"
        "韩国共同民主党候选人李在明当地时间6月4日上午在首尔国会大厦宣誓就任韩国第21任总统。\n\n"
        "韩国总统任期五年，不得连任。\n"
    )
    a = _one_raw("jiemian.txt", jiemian)
    assert (a["title"], a["author"]) == (
        "李在明宣誓就任韩国第21任总统，称将恢复与朝鲜的沟通渠道",
        "陈佳靖",
    )
    assert a["body"].startswith("韩国共同民主党候选人") and "刘海川" not in a["body"]
    uri = (
        "우리민족끼리\n我们民族之间\n조선어 | 中文 | English\n登录 | 注册 | 网站地图\n首页\n新闻\n评论\n"
        "当前位置：首页 > 评论\n\n戴维营“三角同盟”是引火烧身的战争同盟\n\n【评论】\n\n"
        "主体112(2023)年8月24日 《我们民族之间》\n\n字号：大 中 小\n\n"
        "据报道，美国、日本和南朝鲜傀儡本月18日在美国戴维营举行所谓三方首脑会谈。\n\n"
        "美国和它的追随势力必将招致自取灭亡的可耻下场。\n\n本网评论员 崔明哲\n\n【打印】 【关闭】 【推荐给朋友】\n"
    )
    b = _one_raw("uri.txt", uri)
    assert (b["title"], b["published"], b["author"]) == (
        "戴维营“三角同盟”是引火烧身的战争同盟", "2023-08-24", "崔明哲",
    )  # fmt: skip
    assert b["category"] == "评论" and b["outlet"].startswith("我们民族之间")
    assert b["body"].startswith("据报道") and b["body"].rstrip().endswith("可耻下场。")


def test_a_site_banner_set_as_the_h1():
    """An embassy's page sets its own name as the h1; the story's headline is a classed block
    printing the page's <title>. 当前位置：… crumbs are furniture."""
    page = """<html><head><title>驻韩国使馆发言人就北约峰会宣言涉华内容答记者问</title></head><body>
    <div class="banner"><h1>中华人民共和国驻大韩民国大使馆</h1></div>
    <div class="main"><div class="position">当前位置：<a href="../../">首页</a> &gt; <a href="../">使馆新闻</a></div>
    <div class="news_title">驻韩国使馆发言人就北约峰会宣言涉华内容答记者问</div>
    <div class="news_info"><span class="time">2024-07-12 17:20</span></div>
    <div class="news_content"><p>问：7月10日，北约华盛顿峰会发表宣言，其中多处涉华。中方对此有何评论？</p>
    <p>答：北约宣言充满冷战思维和好战言辞，中方对此强烈不满、坚决反对。</p></div></div></body></html>"""
    a = _one_raw("embassy.html", page)
    assert a["title"] == "驻韩国使馆发言人就北约峰会宣言涉华内容答记者问"
    assert a["published"] == "2024-07-12" and a["body"].startswith("问：7月10日")


def test_search_results_and_digests_give_one_article_per_item():
    """Google News copied whole: the outlet over each headline, a time (relative ones date
    nothing), sometimes its writer and a coverage link, between the page's menus and footer.
    搜狗微信: headline, summary, "account date", then a pager, related searches and footer.
    A newsletter digest (HTML e-mail laid out in tables): one linked headline a block, the
    outlet and date under it, the campaign parameters gone from each address."""
    outlets = ["韩联社", "BBC News 中文", "联合早报", "美国之音", "德国之声", "环球网"]
    when = ["3 小时前", "5 小时前", "8 小时前", "昨天", "2024年5月31日", "2024年5月28日"]
    lines = [
        "跳至主要内容",
        "Google 新闻",
        "朝鲜",
        "登录",
        "首页",
        "为您推荐",
        "关注",
        "中国",
        "国际",
    ]
    for k, (o, w) in enumerate(zip(outlets, when, strict=True)):
        lines += [o, f"朝鲜半岛局势出现新变化第{k}条消息标题", w]
        lines += ["作者：李国豪"] if k == 2 else []
        lines += ["查看完整报道"] if k % 3 == 0 else []
    lines += ["Google 新闻", "关于", "隐私权", "条款"]
    g = convert("google.txt", "\n".join(lines).encode())["articles"]
    assert [a["outlet"].split(" (")[0] for a in g] == [
        "韩联社", "BBC 中文", "联合早报", "美国之音", "德国之声", "环球时报",
    ]  # fmt: skip
    assert [a["published"] for a in g][4:] == ["2024-05-31", "2024-05-28"]
    assert g[0]["published"] is None and g[2]["author"] == "李国豪"
    results = []
    for k, w in enumerate(["2024-6-4", "1天前", "2024-5-27", "2024-5-29", "3天前", "2024-5-31"]):
        results += [
            f"韩国暂停军事协议第{k}篇公众号文章标题",
            "朝鲜接连向韩国放飞气球，专家分析认为...",
            f"侠客岛 {w}",
        ]
    footer = [
        "上一页",
        "1",
        "2",
        "3",
        "下一页",
        "相关搜索",
        "朝鲜半岛",
        "朝鲜垃圾气球",
        "意见反馈",
        "免责声明",
    ]
    menu = [
        "搜狗搜索",
        "新闻",
        "网页",
        "微信",
        "知乎",
        "图片",
        "朝鲜半岛",
        "搜文章",
        "找到约38,215条结果",
    ]
    page = "\n\n".join([*menu, *results, *footer])
    w = convert("sogou.txt", page.encode())["articles"]
    assert len(w) == 6 and w[0]["published"] == "2024-06-04"
    assert w[-1]["body"].startswith("朝鲜接连向韩国放飞气球")
    rows = "".join(
        f'<tr><td><div style="font-weight:bold"><a href="https://cn.yna.co.kr/view/A{k}'
        f'?utm_source=brief&amp;utm_medium=email">朝鲜再度向韩国放飞垃圾气球第{k}条</a></div>'
        f"<div>韩联社 &middot; 2024-06-2{k}</div><div>韩国联合参谋本部称，朝鲜再次放飞气球。</div></td></tr>"
        for k in range(4, 0, -1)
    )
    mail = (
        "From: brief@peninsula-watch.cn\nSubject: =?utf-8?b?5pyd6bKc5Y2K5bKb5q+P5pel566A5oql?=\n"
        "Date: Tue, 25 Jun 2024 07:30:00 +0800\nMIME-Version: 1.0\n"
        'Content-Type: text/html; charset="utf-8"\n\n'
        '<html><body><table><tr><td><a href="https://brief.example/archive">在浏览器中查看</a></td></tr>'
        f"{rows}</table></body></html>"
    )
    d = convert("digest.eml", mail.encode())["articles"]
    assert [a["url"] for a in d] == [f"https://cn.yna.co.kr/view/A{k}" for k in range(4, 0, -1)]
    assert [a["published"] for a in d] == [f"2024-06-2{k}" for k in range(4, 0, -1)]


def test_a_saved_copy_names_its_source_in_a_note():
    """A researcher's note 原文链接：<link> in a Word or Google Docs copy is the story's address
    (Google Docs wraps it in a redirect, google.com/url?q=…); the editors' line under the
    story (责任编辑：… 图片编辑：…) and a tip-off prompt (澎湃新闻报料：) are not story."""
    page = """<html><head><title>普京时隔24年再访朝鲜</title></head><body><div class="WordSection1">
    <p class="MsoNormal">普京时隔24年再访朝鲜</p>
    <p class="MsoNormal">当地时间6月19日凌晨，俄罗斯总统普京乘专机抵达朝鲜首都平壤，开始对朝鲜进行国事访问。</p>
    <p class="MsoNormal">按照日程，普京19日晚结束对朝鲜的访问后，将前往越南进行国事访问。</p>
    <p class="MsoNormal">责任编辑：朱喆　图片编辑：施鋆</p><p class="MsoNormal">澎湃新闻报料：</p>
    <p class="MsoNormal">原文链接：<a href="https://www.google.com/url?q=https://www.thepaper.cn/newsDetail_forward_27781563&amp;sa=D&amp;usg=AOv">https://www.thepaper.cn/newsDetail_forward_27781563</a></p>
    </div></body></html>"""
    a = _one_raw("word.htm", page)
    assert a["url"] == "https://www.thepaper.cn/newsDetail_forward_27781563"
    assert a["body"].rstrip().endswith("将前往越南进行国事访问。")
    for junk in ("责任编辑", "图片编辑", "报料", "原文链接"):
        assert junk not in a["body"], junk
    assert not is_boilerplate("他向媒体报料称，朝鲜方面已经做好准备。")


def test_a_weibo_post_page():
    """A Weibo post saved as a page: the post is the article, its 【headline】 the title, its
    #topics# tags, the account posting it the outlet, the time element's full date the date;
    the comments, counters and menus are not the story."""
    page = """<!DOCTYPE html>
<!-- saved from url=(0038)https://weibo.com/2656274875/P4oLxD3Qa -->
<html><head><title>微博正文 - 微博</title></head><body><div id="app">
<div class="Nav_main"><a href="https://weibo.com/">首页</a><a href="https://weibo.com/hot">发现</a></div>
<main><article class="Feed_wrap"><header><a class="head_name_24eEB" href="https://weibo.com/u/2656274875">
<span title="央视新闻">央视新闻</span></a><button>+关注</button>
<a title="2024-12-03 21:38" class="head-info_time_6sFQg" href="https://weibo.com/2656274875/P4oLxD3Qa">24-12-3 21:38</a>
<div>来自 微博 weibo.com</div></header>
<div class="detail_wbtext_4CRf9"><a href="https://s.weibo.com/weibo?q=%23x%23">#尹锡悦宣布紧急戒严#</a>【韩国总统尹锡悦宣布实施紧急戒严】据韩联社报道，韩国总统尹锡悦当地时间3日晚发表紧急全国讲话，宣布实施紧急戒严。<br>另据韩联社消息，韩国国会议长已通知全体国会议员紧急前往国会。<a href="https://weibo.cn/sinaurl?u=x">网页链接</a> <a href="https://s.weibo.com/weibo?q=%23y%23">#韩国#</a></div>
<footer aria-label="转发 2.3万，评论 3.1万，赞 26.8万"><span>2.3万</span><span>3.1万</span></footer></article>
<div class="Detail_box"><div>转发 2.3万</div><div>评论 3.1万</div><div><span>按热度</span> <span>按时间</span></div>
<div class="item1"><div class="text"><a href="https://weibo.com/u/5876123409">半岛观察者Kim</a>:<span>韩国这是要出大事了</span></div>
<div class="info"><div>24-12-3 21:41 来自北京</div></div></div></div></main></div></body></html>"""
    a = _one_raw("weibo.html", page)
    assert (a["title"], a["published"], a["published_time"]) == (
        "韩国总统尹锡悦宣布实施紧急戒严", "2024-12-03", "21:38",
    )  # fmt: skip
    assert a["outlet"].startswith("央视新闻") and a["republisher"] is None
    assert a["tags"] == ["尹锡悦宣布紧急戒严", "韩国"]
    assert a["url"] == "https://weibo.com/2656274875/P4oLxD3Qa"
    assert (
        a["body"]
        == "据韩联社报道，韩国总统尹锡悦当地时间3日晚发表紧急全国讲话，宣布实施紧急戒严。\n\n另据韩联社消息，韩国国会议长已通知全体国会议员紧急前往国会。\n"
    )


def test_a_paragraph_mentioning_members_does_not_end_the_story():
    """A paywall label ends the story; a story paragraph that only mentions members' events
    (该党会员专享的内部讨论会…) does not."""
    from peninsula.clean import cut_at_story_end

    first = "韩国执政党今天召开会议，讨论对朝政策的调整方向，多名议员出席会议并发言，会议持续了三个多小时，与会者一致同意加强沟通。"
    prose = (
        "该党会员专享的内部讨论会随后举行，与会者就朝鲜半岛局势交换了意见，并提出了多项具体建议。"
    )
    body = f"{first}\n\n{prose}\n\n最后一段。\n"
    assert cut_at_story_end(body) == body
    assert (
        cut_at_story_end(f"{first}\n\n日经中文网会员专享\n\n- [另一篇](https://x.y/1)\n")
        == first + "\n"
    )


def test_a_government_pages_dublin_core_title_over_its_sites_title():
    """An old government page (Taiwan's MOFA): its <title> names only the site and section
    (外交部全球資訊網-新聞稿), the headline is in a table cell, and its Dublin Core metadata
    (DC.Title) names the release: that is the headline."""
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">'
        "<title>外交部全球資訊網-新聞稿</title>"
        '<meta name="DC.Title" content="外交部對北韓宣布進行核子試爆表示嚴重關切">'
        '<meta name="DC.Date" content="2006-10-09"></head><body><table><tr><td class="cp_title">'
        "外交部對北韓宣布進行核子試爆表示嚴重關切</td></tr><tr><td>發布日期：2006/10/09</td></tr>"
        "<tr><td>" + "".join(f"<p>{p}</p>" for p in _TW_STORY) + "</td></tr>"
        "<tr><td>發布單位：新聞文化司　　點閱次數：3826</td></tr></table></body></html>"
    )
    a = _one_raw("mofa.htm", page, "big5")
    assert (a["title"], a["published"]) == (
        "外交部對北韓宣布進行核子試爆表示嚴重關切",
        "2006-10-09",
    )
    assert a["body"] == "\n\n".join(_TW_STORY) + "\n"


def test_a_paywall_badge_over_the_whole_story_is_neither_text_nor_its_end():
    """A member's badge alone under the standfirst (會員專享), with the whole story under it
    (a member's clip): the badge goes and the story stays. Over a line or two, it ends it."""
    from peninsula.clean import cut_at_story_end

    lead = "從宣布到解除，前後不足六小時。國會外的市民、翻牆的議員、直升機上的士兵——這一夜喚起了軍政府時代的集體記憶。"
    story = f"{_STORY}\n\n{_STORY}"  # (a story's worth: 300 characters and more)
    assert cut_at_story_end(f"{lead}\n\n會員專享\n\n{story}\n") == f"{lead}\n\n{story}\n"
    assert cut_at_story_end(f"{lead}\n\n會員專享\n\n訂閱以閱讀全文。\n") == lead + "\n"


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("版权作品，未经环球网 huanqiu.com 书面授权，严禁转载，违者将被追究法律责任。", True),
        ("未經授權，不得轉載。", True),
        ("未经联合国安理会授权，任何国家不得对他国动武。", False),  # a story's sentence
        ("免费PC翻墙、安卓VPN翻墙APP", True),
        (
            "The post [朝鲜发射导弹](https://www.ntdtv.com/gb/2024/11/05/a1.html) appeared first on "
            "[新唐人电视台](https://www.ntdtv.com/gb).",
            True,
        ),
        ("全文共1024字，阅读大约需要3分钟", True),
        ("原始網址：南韓國情院：北韓派1萬2千兵力援俄 首批特種部隊已抵海參崴", True),
        ("本站声明：本站所有新闻、评论均来自网友投稿或转载，文责自负，不代表本站立场。", True),
        ("English 繁體", True),
        ("【2006/10/10 聯合報】@ http://udn.com/", True),
        ("加入風傳媒會員，每日掌握國際最新動態", True),
        ("成为会员，他说。", False),
        ("發布單位：新聞文化司　　點閱次數：3826", True),
        ("新聞稿編號：第025號", True),
        ("瀏覽人次：2415", True),
        (
            "[![行政院大陸委員會](https://www.mac.gov.tw/images/logo.png)](https://www.mac.gov.tw/Default.aspx)",
            True,
        ),
        (
            "[![金正恩視察工廠](https://img.example.com/1.jpg)](https://www.example.com/photo/1.html)",
            False,
        ),
        ("DW中文有Instagram！若您身處牆內，可透過VPN連接，按此訂閱，看更多深度解析。", True),
        ("國會外的市民、翻牆的議員、直升機上的士兵——這一夜喚起了集體記憶。", False),
        ("朝鲜当局严查民众使用VPN的行为。", False),
        ("所在位置：首页 > 国际", True),
        ("责任编辑：朱喆　图片编辑：施鋆", True),
        # a blog's row of counts and buttons, a line each with its separator (新浪博客)
        ("评论 (41)*┊*", True),
        ("转载(12)*┊*", True),
        ("喜欢▼*┊*", True),
        ("打印*┊*举报", True),
        ("已投稿到：", True),
        ("&lt; 前一篇[G20首尔峰会散场之后](http://blog.sina.com.cn/s/x.html)", True),
        ("喜欢这个人的读者很多。", False),
        ("评论(126)", False),  # (the comments' label, alone: it ends the story, see COMMENTS_LABEL)
        # an update's note over the story and a correction's note under it
        ("【更新】本文已于4月4日13:05更新", True),
        ("更正说明：本文此前版本第三段中“6票赞成”的表述有误，已更正为“全票通过”。特此致歉。", True),
        ("更正说明：政府称此前公布的伤亡数据有误。", False),
        # an old page's toolbar under the story, its buttons a bar apart (联合国新闻中心)
        ("打印本页 | 发送给朋友 | [返回新闻首页](http://www.un.org/chinese/News/)", True),
    ],
)
def test_reprint_notices_and_story_sentences(line, furniture):
    assert is_boilerplate(line) == furniture


def test_a_word_processor_copy_keeps_the_story_not_the_researchers_notes():
    """A story copied into a Google Docs or Word document: the note typed above the headline
    (with its own day) is neither the body's start nor the article's date; the date line under
    the headline is. The document's comments (anchor and text) and the notes under the story
    (——以下为个人笔记——) are the researcher's."""
    story = (
        "中新网8月19日电 综合报道，当地时间8月18日，美国总统拜登、日本首相岸田文雄和韩国总统尹锡悦"
        '在戴维营举行会晤，并通过了《三方协商承诺》<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>'
        "等文件。"
    )
    page = f"""<html><head><title>美日韩峰会资料</title></head><body>
    <p class="c0">【资料整理 2023-08-21｜半岛·美日韩三边】原文见下方链接，译名待核对</p>
    <h1 id="h.k2f7">美日韩领导人首次举行单独峰会</h1>
    <p class="c0">2023年08月19日 09:12　来源：中国新闻网</p>
    <p class="c6">{story}</p>
    <p class="c6">三国领导人同意每年至少举行一次三边峰会，三国外长和防长也将定期举行会晤。</p>
    <p class="c0">——以下为个人笔记——</p><p class="c0">1. 对照韩联社8.19报道，待后续跟进。</p>
    <div class="c13"><p class="c0"><a href="#cmnt_ref1" id="cmnt1">[a]</a>英文原文为Commitment
    to Consult</p></div></body></html>"""
    a = _one_raw("docs.html", page)
    assert a["title"] == "美日韩领导人首次举行单独峰会"
    assert (a["published"], a["published_time"][:5]) == ("2023-08-19", "09:12")
    assert a["outlet"].startswith("中国新闻网")
    assert a["body"].startswith("中新网8月19日电")
    assert a["body"].rstrip().endswith("也将定期举行会晤。")
    for junk in ("资料整理", "[a]", "个人笔记", "韩联社", "Commitment"):
        assert junk not in a["body"], junk
    # Word's comments: <a href="#_msocom_1">[A1]</a> in the text, its text in a comment list
    word = page.replace('href="#cmnt1" id="cmnt_ref1">[a]', 'href="#_msocom_1">[A1]').replace(
        '<a href="#cmnt_ref1" id="cmnt1">[a]</a>', '<a href="#_msoanchor_1">[A1]</a>'
    )
    b = _one_raw("word.htm", word)
    assert "[A1]" not in b["body"] and "Commitment" not in b["body"]
    assert "三方协商承诺》等文件。" in b["body"]


@pytest.mark.parametrize(
    "line, cut",
    [
        ("——以下为个人笔记——", True),
        ("## 我的笔记", True),
        ("個人筆記：", True),
        ("笔记本电脑出口管制同日生效。", False),  # a sentence about notebooks
        ("备注：本文数据截至6月3日。", False),
        ("往期精彩", True),  # (a 公众号's list of its earlier posts)
        # (a press release's contacts under its text)
        ("欲了解更多信息，请联系：", True),
        ("欲了解更多信息和媒体请求，请联系：", True),
        ("媒体联系人：", True),
        ("欲了解更多信息，请访问联合国新闻网站。", False),
        ("通讯稿", True),  # (法广's newsletter box: 通讯稿 / 每天收到法广中文的新闻简报…)
        ("这份通讯稿于周二发布。", False),
    ],
)
def test_a_researchers_notes_heading_ends_the_story(line, cut):
    from peninsula.clean import ends_story

    assert ends_story(line) is cut


def test_an_old_table_layout_with_a_banner_over_its_menu():
    """A page laid out in tables with <font> for headings: the site's banner (a large font over
    the menu) is not the headline; the story's large font is; the bare date line under it (in
    the Juche era's form, in a cell outside the story's) dates the story."""
    story = "".join(
        f"<p>&nbsp;&nbsp;{t}</p>"
        for t in (
            "朝鲜劳动党总书记、国务委员长金正恩同志5月30日指导了超大型火箭炮齐射威力示威射击。",
            "这次射击旨在检验对敌国实施先发制人打击的能力，参加射击的是18门超大型火箭炮。",
            "齐射的火箭炮弹全部准确命中了设定在365公里外岛屿上的目标，证明了系统的准确性。",
        )
    )
    menu = " | ".join(
        f'<a href="/zh/{k}">{w}</a>' for k, w in enumerate(["首页", "政治", "经济", "文化", "旅游"])
    )
    page = f"""<html><head><title>내나라 - 我的国家</title></head><body>
    <table><tr><td><font size="5"><b>朝鲜民主主义人民共和国</b></font><br>
    <font size="2">DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA</font></td></tr>
    <tr><td>{menu}</td></tr></table>
    <table><tr><td><font size="2">首页 &gt; 政治 &gt; 领袖活动</font></td></tr>
    <tr><td align="center"><font size="4"><b>敬爱的金正恩同志指导超大型火箭炮齐射</b></font></td></tr>
    <tr><td align="right"><font size="2">主体113(2024)年5月31日</font></td></tr>
    <tr><td class="content">{story}</td></tr></table></body></html>"""
    a = _one_raw("naenara.html", page)
    assert a["title"] == "敬爱的金正恩同志指导超大型火箭炮齐射"
    assert a["published"] == "2024-05-31"
    assert a["body"].lstrip().startswith("朝鲜劳动党总书记")


_STORY = (
    "韩国联合参谋本部在发给媒体的短信中说，韩军当天7时30分左右探测到朝鲜从黄海北道一带向东部海域"
    "发射的数枚短程弹道导弹，导弹飞行约400公里后落入海中。\n\n"
    "日本防卫省当天也发布消息说，朝鲜发射的导弹落在日本专属经济区以外海域，目前尚未收到船只和"
    "飞机受损的报告。\n\n"
    "分析人士指出，有关各方应保持克制，避免采取可能加剧紧张的行动，通过对话协商解决各自关切。"
)


def test_a_phone_reader_view_copy():
    """A reader view copied on a phone: its outlet · date line and reading time are not the
    story; the address under 阅读原文 is the article's."""
    text = (
        "朝鲜向半岛东部海域发射多枚短程弹道导弹\n\n新华社 · 2024年11月5日 星期二\n\n"
        f"预计阅读时长 3 分钟\n\n新华社首尔11月5日电（记者孙一鸣）据韩国联合参谋本部5日通报。\n\n"
        f"{_STORY}\n\n【责任编辑:王珊】\n\n阅读原文\nhttp://www.news.cn/world/20241105/c.html\n"
    )
    a = _one_raw("reader.txt", text)
    assert a["title"] == "朝鲜向半岛东部海域发射多枚短程弹道导弹"
    assert a["published"] == "2024-11-05" and a["outlet"].startswith("新华社")
    assert a["url"] == "http://www.news.cn/world/20241105/c.html"
    assert a["body"].startswith("新华社首尔11月5日电")
    assert "阅读时长" not in a["body"] and "星期二" not in a["body"]


def test_a_wechat_article_copied_on_a_desktop():
    """A 公众号 article copied whole: the audio button, the ▼ marks, the follow prompt and
    the 往期推荐 list after the editors' line are not the story; a ▲ photo caption with its
    labelled source (图源：) is a caption with a credit."""
    text = (
        "美韩联演今起举行，朝方警告后果自负\n环球时报\n原创\n作者：崔东勋\n2025-03-10 08:30 北京\n"
        "听全文\n\n▲资料图：驻韩美军与韩军士兵在京畿道坡州进行渡河训练。图源：韩联社\n\n"
        f"【环球时报驻韩国特约记者 崔东勋】美韩联合军事演习10日起正式举行。\n\n{_STORY}\n\n▼\n\n"
        "点击阅读原文\n\n责编：张蕊 | 编辑：刘欣 | 审核：王伟\n\n往期推荐\n"
        "▶ 韩国宪法法院将对弹劾案作出宣判？\n▶ 普京：俄朝条约是“防御性的”\n\n"
        "▼点击下方名片，关注环球时报▼\n\n分享\n点赞\n在看\n"
    )
    a = _one_raw("wechat.txt", text)
    assert (a["published"], a["published_time"][:5]) == ("2025-03-10", "08:30")
    assert a["author"] == "崔东勋"
    assert a["images"][0]["credit"] == "韩联社"
    assert a["images"][0]["caption"].endswith("进行渡河训练。")
    assert a["body"].rstrip().endswith("解决各自关切。")
    for junk in ("听全文", "▼", "往期推荐", "宪法法院", "关注环球时报", "责编"):
        assert junk not in a["body"], junk


def test_a_clipping_ends_before_the_researchers_notes():
    text = (
        '---\ntitle: "俄朝签署全面战略伙伴关系条约"\nsource: "https://www.thepaper.cn/n_1"\n'
        "published: 2024-06-20\n---\n2024-06-20 07:12 来源：澎湃新闻\n\n"
        f"{_STORY}\n\n## 我的笔记\n\n- 对比1961年条约第1条\n- #待核实\n"
    )
    a = _one_raw("clip.md", text)
    assert (a["published"], a["published_time"][:5]) == ("2024-06-20", "07:12")
    assert a["body"].rstrip().endswith("解决各自关切。")
    assert "笔记" not in a["body"] and "1961" not in a["body"]
    # (the notes under a rule and a heading of one word: ## 筆記)
    notes = text.replace("## 我的笔记", "---\n\n## 筆記")
    b = _one_raw("clip.md", notes)
    assert b["body"].rstrip().endswith("解决各自关切。") and "1961" not in b["body"]


def test_a_government_page_copied_whole():
    """Ctrl+A on a ministry's page: the skip link, the "today is" bar (not the story's day) and
    the menu go; a headline ending 答记者问 is a headline, not a byline; the story ends at the
    page's 【打印】【关闭】 bar, before the related list and the footer."""
    menu = "\n".join(["跳转到主要内容", "今天是2024年10月18日 星期五", "无障碍", "繁体", "English"])
    menu += "\n中华人民共和国国防部\n" + "\n".join(
        ["首页", "要闻", "权威发布", "国防政策", "图片", "视频"]
    )
    text = (
        f"{menu}\n当前位置：首页 > 权威发布 > 新闻发布\n"
        "国防部新闻发言人张晓刚就朝鲜半岛局势等答记者问\n来源：国防部网 | 2024-10-17 21:06\n"
        f"【大 中 小】 【打印】\n{_STORY}\n【打印】 【关闭】\n责任编辑：王 松\n相关新闻\n"
        "国防部：中方对美日韩联合演习表示严重关切 2024-09-26\n主办单位：中华人民共和国国防部\n"
    )
    a = _one_raw("mod.txt", text)
    assert a["title"] == "国防部新闻发言人张晓刚就朝鲜半岛局势等答记者问"
    assert (a["published"], a["published_time"][:5]) == ("2024-10-17", "21:06")
    assert a["body"].startswith("韩国联合参谋本部") and a["body"].rstrip().endswith("各自关切。")
    for junk in ("今天是", "大 中 小", "打印", "相关新闻", "主办单位"):
        assert junk not in a["body"], junk


def test_a_long_read_copied_whole_with_its_credits_block():
    """A long read's credits, each label over its names, name its writers (文字) only; its
    table of contents (目次) goes; the story ends at the appeal for support under it."""
    text = (
        "跳到主要內容\n報導者The Reporter\n國際兩岸\n人權．社會\n政治．經濟\nPodcast\n搜尋\n\n"
        "看不見的流水線：丹東海鮮工廠裡的北韓女工\n"
        "文字\n林映辰\n江思齊\n攝影\n周德昌\n責任編輯\n蘇郁庭\n\n發布時間 2024/10/29\n"
        "目次\n一、清晨六點的鴨綠江畔\n二、制裁為何失靈\n\n一、清晨六點的鴨綠江畔\n\n"
        "清晨6點，鴨綠江上的薄霧還沒散去，丹東東港市一處工業區的鐵門已經打開，數十名年輕女子走進廠房。\n\n"
        "二、制裁為何失靈\n\n"
        "聯合國安理會第2397號決議要求所有會員國在24個月內遣返境內的北韓勞工，但在丹東，她們從未離開。\n\n"
        "獨立報導需要你的支持\n如果你認同我們的報導，歡迎定期定額贊助。\n立即贊助\n\n相關文章\n"
        "2024/06/18\n脫北者的第二次逃亡\n"
    )
    a = _one_raw("twreporter.txt", text)
    assert a["title"] == "看不見的流水線：丹東海鮮工廠裡的北韓女工"
    assert a["author"] == "林映辰、江思齊" and a["published"] == "2024-10-29"
    assert a["outlet"] == outlet_for_name("報導者")
    assert a["body"].count("清晨六點的鴨綠江畔") == 1  # the contents' line is gone
    assert a["body"].rstrip().endswith("她們從未離開。")
    for junk in ("周德昌", "目次", "發布時間", "支持", "脫北者"):
        assert junk not in a["body"], junk


def test_a_lexisnexis_academic_export_gives_one_article_per_document():
    """LexisNexis Academic's older export: "1 of 2 DOCUMENTS" over each document, the
    copyright, publication and day centred, labels in capitals (SECTION:, HEADLINE:, BYLINE:,
    BODY:), the text to LOAD-DATE:. The copyright lines and the print page are not the story's."""
    story = "\n\n".join(_TWO_PARAGRAPHS)

    def document(n: int, paper: str, day: str, headline: str, byline: str) -> str:
        return (
            f"\n                                {n} of 2 DOCUMENTS\n\n\n"
            f"                Copyright 2010 {paper} Holdings\n"
            "                              All Rights Reserved\n\n"
            f"                           {paper}\n\n"
            f"                           {day}\n\n"
            "SECTION: 国际; Pg. 18\n\nLENGTH: 812 words\n\n"
            f"HEADLINE: {headline}\n\nBYLINE: {byline}\n\nBODY:\n\n{story}\n\n\n"
            "LOAD-DATE: November 26, 2010\n\nLANGUAGE: CHINESE\n\n"
            "PUBLICATION-TYPE: Newspaper\n\n\n"
            f"                Copyright 2010 {paper} Holdings\n"
            "                              All Rights Reserved\n"
        )

    raw = document(
        1,
        "Lianhe Zaobao (Singapore)",
        "November 25, 2010 Thursday",
        "朝韩炮击后北京呼吁克制",
        "陈家伟",
    ) + document(
        2, "新华社中文新闻", "November 23, 2010 Tuesday", "朝韩在延坪岛附近海域交火", "张利 姚琪琳"
    )
    first, second = convert("lexis.txt", raw.replace("\n", "\r\n").encode())["articles"]
    assert (first["title"], first["published"]) == ("朝韩炮击后北京呼吁克制", "2010-11-25")
    assert first["outlet"].startswith("联合早报") and first["author"] == "陈家伟"
    assert first["category"] == "国际"
    assert second["outlet"].startswith("新华社") and second["published"] == "2010-11-23"
    for a in (first, second):
        assert a["body"].startswith(_TWO_PARAGRAPHS[0])
        assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])
        for gone in ("Copyright", "Rights", "LOAD-DATE", "Pg. 18", "CHINESE"):
            assert gone not in a["body"], gone


def test_a_proquest_export_gives_one_article_per_document():
    """ProQuest's text export: a report's cover and contents, then "Document 1 of 1" over the
    headline, Author:, Publication info:, "Full text:" over the text, and the index's labelled
    lines. The publication title names the outlet, its date dates the story; the database's
    links, ID and copyright are not the story's."""
    story = "\n".join(_TWO_PARAGRAPHS)
    raw = (
        "____________________________________________________________\n\n"
        "Report Information from ProQuest\nApril 11 2022 03:18\n"
        "____________________________________________________________\n\n"
        "Table of contents\n\n1. 北韓再射飛彈 美韓加強戒備\n\n"
        "____________________________________________________________\n\n"
        "Document 1 of 1\n\n北韓再射飛彈 美韓加強戒備\n\nAuthor: 許瑞陽\n\n"
        "Publication info: World Journal; New York, N.Y. [New York, N.Y]. 09 July 2016: A2.\n\n"
        "ProQuest document link\n\nAbstract: None available.\n\n"
        f"Full text: \n{story}\n\n"
        "Subject: Missiles; Military deployment\n\nLocation: South Korea; North Korea\n\n"
        "Title: 北韓再射飛彈 美韓加強戒備\n\n"
        "Publication title: World Journal; New York, N.Y.\n\nPages: A2\n\n"
        "Publication date: Jul 9, 2016\n\nSection: 要聞\n\n"
        "ProQuest document ID: 1803977652\n\n"
        "Copyright: Copyright World Journal LLC Jul 9, 2016\n\nDatabase: Ethnic NewsWatch\n\n"
        "____________________________________________________________\n\n"
        "Database copyright © 2022 ProQuest LLC. All rights reserved.\n"
    )
    (a,) = convert("proquest.txt", raw.encode())["articles"]
    assert (a["title"], a["published"]) == ("北韓再射飛彈 美韓加強戒備", "2016-07-09")
    assert a["outlet"].startswith("世界日報") and a["author"] == "許瑞陽"
    assert a["category"] == "要聞"
    assert a["body"].startswith(_TWO_PARAGRAPHS[0])
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])
    for gone in ("ProQuest", "Subject", "Copyright", "Database"):
        assert gone not in a["body"], gone


def test_a_nexis_export_with_its_cover_page_and_windows_line_ends():
    """Nexis Uni's cover page (User Name:, Job Number:, its list of documents, the search) is
    no article; a publication named in English is read by its listed name; a byline of the
    name alone is the author; Windows line ends (\\r\\n) read like any others."""
    raw = (OTHER / "nexis_export.txt").read_text("utf-8")
    cover = (
        "User Name: =\nDate and Time: = 2025-01-10\nJob Number: = 241657893\n\n\nDocuments (2)\n\n"
        "1. 朝鲜再次发射弹道导弹 韩日密切关注\n\nClient/Matter: -None-\nSearch Terms: 朝鲜\n"
        "Sources: Xinhua\n\n\n\n"
    )
    raw = cover + raw.replace("Byline: 记者 陆睿 耿学鹏", "Byline: 陆睿")
    raw = raw.replace("联合早报", "Lianhe Zaobao (Singapore)").replace("（记者陆睿 耿学鹏）", "")
    first, second = convert("nexis.txt", raw.replace("\n", "\r\n").encode())["articles"]
    assert first["title"] == "朝鲜再次发射弹道导弹 韩日密切关注"
    assert first["published"] == "2024-06-02" and first["author"] == "陆睿"
    assert "Job Number" not in first["body"] and "User Name" not in first["body"]
    assert second["outlet"] == outlet_for_name("联合早报")


def test_a_wisenews_export_gives_one_article_per_document():
    """WiseNews (慧科): each document's labelled fields (媒體, 日期, 標題, 作者, 版面) and text;
    the print date, user and search on its cover, the document number and the vendor's
    copyright are the export's."""

    def document(n: int, paper: str, day: str, title: str, author: str, text: str) -> str:
        rule = "-" * 80
        byline = f"作者: {author}\n" if author else ""
        return (
            f"文件 {n} / 2\n{rule}\n媒体: {paper}\n日期: {day}\n版面: A08 | 国际 | 环球\n"
            f"字数: 986\n标题: {title}\n{byline}{rule}\n\n{text}\n\n{rule}\n"
            f"文章编号: 20240622035004{n}\n© 2024 慧科讯业有限公司\n{'=' * 80}\n\n"
        )

    raw = (
        "慧科搜索 WiseSearch\n打印日期 Print Date: 2025-02-17 09:41:06\n用户 User: pku_sis_lib\n"
        f"检索 Search: 普京 AND 朝鲜\n{'=' * 80}\n"
        + document(1, "环球时报", "2024-06-20", "普京时隔24年再访朝鲜", "", _STORY)
        + document(
            2, "新京报", "2024-06-22", "韩国召见俄大使抗议俄朝条约", "新京报记者 陈思远", _STORY
        )
    )
    first, second = convert("wisenews.txt", raw.encode())["articles"]
    assert (first["title"], first["published"]) == ("普京时隔24年再访朝鲜", "2024-06-20")
    assert first["outlet"] == outlet_for_name("环球时报") and first["category"] == "环球"
    assert (second["author"], second["outlet"]) == ("陈思远", outlet_for_name("新京报"))
    for junk in ("2025-02-17", "pku_sis_lib", "文章编号", "慧科", "字数"):
        assert junk not in first["body"] and junk not in second["body"], junk


def test_a_spreadsheet_of_articles_gives_one_article_per_row():
    """A researcher's collection saved from Excel as CSV (BOM, quoted cells with line breaks
    and doubled quotes, a trailing empty row): the columns named 标题, 日期, 来源, 作者, 链接,
    正文 and 关键词 are the fields; 序号 and 备注 are the researcher's."""
    body = _STORY.replace("韩国联合参谋本部", '韩国""联合参谋本部""', 1)
    raw = (
        "\ufeff序号,标题,日期,来源,作者,链接,正文,关键词,备注\r\n"
        f'1,朝鲜发射多枚短程弹道导弹,2024/11/5,新华网,记者 孙一然,http://www.news.cn/a.htm,"{body}",'
        "朝鲜;导弹,已核对原文 2025/1/12\r\n"
        f'2,"韩国总统宣布解除""紧急戒严""",2024/12/4 5:47,中国新闻网,澎湃新闻记者 王琳,,"{_STORY}",,\r\n'
        ",,,,,,,,\r\n"
    )
    result = convert("collection.csv", raw.encode("utf-8"))
    assert result["source"]["format"] == "table"
    first, second = result["articles"]
    assert (first["title"], first["published"], first["author"]) == (
        "朝鲜发射多枚短程弹道导弹",
        "2024-11-05",
        "孙一然",
    )
    assert first["url"] == "http://www.news.cn/a.htm" and first["tags"] == ["朝鲜", "导弹"]
    assert first["body"].startswith('韩国"联合参谋本部"在发给媒体的短信中说')
    assert "已核对" not in first["body"] and "\n\n" in first["body"]
    assert second["title"] == '韩国总统宣布解除"紧急戒严"'
    assert (second["published_time"][:5], second["author"]) == ("05:47", "王琳")


def test_a_reference_managers_ris_export():
    """An RIS record (Zotero, EndNote): title, authors, date, publication, address, keywords,
    the abstract as its text; the access date (Y2), database (DB) and notes (N1) are not."""
    raw = (
        "TY  - NEWS\nTI  - 布林肯访韩之际 朝鲜试射新型中远程导弹\nAU  - 张静\nAU  - 李明\n"
        f"AB  - {_STORY.replace(chr(10), '')}\nDA  - 2025/01/07/\nPY  - 2025\nT2  - 环球时报\n"
        "UR  - https://world.huanqiu.com/article/4L8k\nY2  - 2025/03/02/08:15:47\nDB  - 环球网\n"
        "KW  - 朝鲜\nKW  - 导弹试射\nN1  - 导入：Zotero Connector 2025-03-02\nER  - \n"
    )
    result = convert("cite.ris", raw.encode())
    assert result["source"]["format"] == "ris"
    (a,) = result["articles"]
    assert (a["title"], a["published"], a["author"]) == (
        "布林肯访韩之际 朝鲜试射新型中远程导弹",
        "2025-01-07",
        "张静、李明",
    )
    assert a["outlet"] == outlet_for_name("环球时报") and a["tags"] == ["朝鲜", "导弹试射"]
    assert a["url"] == "https://world.huanqiu.com/article/4L8k"
    assert a["body"].startswith("韩国联合参谋本部") and "Zotero" not in a["body"]


def test_a_paper_page_with_a_today_bar_a_section_link_and_a_marked_byline():
    """The top bar's day with its weekday (the day the page was shown) gives way to the info
    line's date and time; a section's link over the story is its category, not its text; a
    link to the previous story (前一則：) is furniture; a name padded to three characters'
    width (作者：王 骁) is one name; the paper's ■ byline under the lead photo goes."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>美韩军演何以加剧半岛紧张</title></head><body>
    <div class="top-bar"><span class="date-week">2025年3月14日 星期五</span></div>
    <div class="article"><h1>美韩军演何以加剧半岛紧张</h1>
    <div class="info"><span>来源：解放军报</span><span>作者：王 骁</span>
    <i class="time">2025-03-12 07:15</i></div>
    <div class="content"><p><a href="https://www.81.cn/category/国际">国际</a></p>
    <p>前一則：<a href="/wj/story/8339018">五角大廈：北韓士兵已進入俄羅斯</a></p>
    <p><img src="https://www.81.cn/a.jpg" alt=""></p><p>韩军装甲部队在京畿道进行机动训练。（资料图片）</p>
    <p>■王 骁</p><p>2 分钟</p>{story}</div></div></body></html>"""
    a = _one_raw("jfjb.html", page)
    assert (a["published"], a["published_time"][:5]) == ("2025-03-12", "07:15")
    assert a["author"] == "王骁" and a["category"] == "国际"
    for junk in ("前一則", "北韓士兵", "■", "2 分钟", "[国际]"):
        assert junk not in a["body"], junk
    assert a["body"].count("韩国联合参谋本部") == 1


def test_a_korean_papers_chinese_edition_with_korean_labels():
    """A Korean paper's Chinese edition keeps Korean labels: 등록 (registered) dates the story,
    수정 (modified) does not; a related list under 관련기사 is no story and its dates are not
    the story's; the headline printed under the section's link is not the body's start."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html lang="ko"><head><title>韩中日领导人会议在首尔重启 : 정치 : 한겨레 중문판</title>
    </head><body><div class="article-head">
    <p class="category"><a href="https://china.hani.co.kr/arti/politics/">정치</a></p>
    <h4 class="title">韩中日领导人会议在首尔重启</h4>
    <p class="date-time"><span>수정 2024-05-27 17:02 KST</span>
    <span>등록 2024-05-27 10:25 KST</span></p></div>
    <div class="article-text"><div class="text">{story}</div></div>
    <div class="article-relate"><h5>관련기사 相关报道</h5><ul>
    <li><a href="https://china.hani.co.kr/arti/politics/8139.html">韩中外长在北京会谈</a>
    <span>2024-05-14</span></li></ul></div></body></html>"""
    a = _one_raw("hani.html", page)
    assert (a["published"], a["published_time"][:5]) == ("2024-05-27", "10:25")
    assert a["body"].startswith("韩国联合参谋本部") and "外长在北京会谈" not in a["body"]
    assert a["category"] == "정치"


def test_a_self_media_page_with_hashed_class_names():
    """A 百家号 page: class names a build tool hashed name no container, so the story is the
    innermost block with nine tenths of the paragraph text; the author's page link names the
    author; the script's Unix time dates the story when the page prints its day and minute
    (发布时间：06-03 09:18, no year); the picture disclaimer is furniture."""
    story = "".join(f'<div class="_3ygOc"><p>{p}</p></div>' for p in _STORY.split("\n\n") * 2)
    page = f"""<html><head><title>韩国今日选总统</title></head><body><div id="app">
    <div class="_2ndBo"><a href="https://baijiahao.baidu.com/">百家号</a><a href="/login">登录</a></div>
    <div class="sKHSJ">韩国今日选总统</div><div class="_3z0Lu"><p class="_7y5nA">
    <a href="https://author.baidu.com/home?app_id=16128">国际观察君</a><span>原创</span></p>
    <span>发布时间：06-03 09:18</span><span>IP属地：广东</span></div>
    <div class="_18p7x">{story}<div class="_3ygOc"><img src="a.jpeg">
    <p>图片来源于网络，如有侵权请联系删除</p></div></div>
    <div class="_3GKbL"><h3>作者最新文章</h3><ul><li><a href="/s?id=1">韩国事前投票率创新高</a>
    <span>06-02 18:40</span></li></ul></div></div>
    <script>window.__STATE__={{"publish_time":1748913522,"ip_location":"广东"}}</script>
    </body></html>"""
    a = _one_raw("bjh.html", page)
    assert (a["published"], a["published_time"][:5]) == ("2025-06-03", "09:18")
    assert a["author"] == "国际观察君"
    assert a["body"].startswith("韩国联合参谋本部") and "侵权" not in a["body"]
    assert "登录" not in a["body"] and "投票率创新高" not in a["body"]
    # a Unix time the page does not print is no date
    b = _one_raw("bjh2.html", page.replace("06-03 09:18", "06-04 09:18"))
    assert b["published"] is None or b["published"] != "2025-06-03"


def test_a_forum_repost_with_floors_quoting_an_article():
    """A forum thread laid out by floors (楼主：name 发表于 …, 2楼 name 发表于 …): the article is
    the news the first post quotes, its headline the line over its own date line (the poster's
    转自…原文如下 above it goes), up to （全文完）; the poster's view, signature and the replies
    are not the article."""
    text = (
        "凯迪社区 > 猫眼看人 > 正文\n[转帖] 朝鲜宣布彻底不认协议了，半岛又要热闹？\n\n"
        "楼主：东海望潮客    发表于 2023-11-24 10:22    只看该作者\n浏览：3862    回复：47\n\n"
        "转自环球网，原文如下：\n\n朝鲜国防省：不再受军事协议约束 将恢复全部中止的军事措施\n"
        "2023-11-23 21:35  来源：环球网\n原文链接：https://world.huanqiu.com/article/4FHu8\n\n"
        f"【环球网报道 记者 韩雪梅】据朝中社23日报道。\n\n{_STORY}\n\n（全文完）\n\n"
        "楼主个人看法：韩国先动的手，协议彻底成废纸。\n\n"
        + "-"
        * 50
        + "\n签名：看得见的是新闻。\n\n"
        "2楼  鸭绿江边的风    发表于 2023-11-24 10:41\n楼主转得及时。\n\n"
        "3楼  老刀把子    发表于 2023-11-24 11:05\n回复 2楼 鸭绿江边的风：同意。\n"
    )
    a = _one_raw("kdnet.txt", text, "gb18030")
    assert a["title"] == "朝鲜国防省：不再受军事协议约束 将恢复全部中止的军事措施"
    assert (a["published"], a["published_time"][:5]) == ("2023-11-23", "21:35")
    assert a["author"] == "韩雪梅" and a["url"] == "https://world.huanqiu.com/article/4FHu8"
    assert a["body"].startswith("【环球网报道") and a["body"].rstrip().endswith("各自关切。")
    for junk in ("转自", "楼主", "签名", "鸭绿江边的风", "全文完"):
        assert junk not in a["body"], junk


def test_a_digest_of_numbered_briefs():
    """A think tank's mailed digest: one article per numbered 【headline】 brief, its outlet and
    month-day from its source note, the year the one that puts it on or before the issue's
    day (a 2025-01-02 issue's 12月31日 is 2024-12-31, its 1月1日 2025-01-01); the mail's
    header, the contents line and the footer are the digest's."""
    item = "1. 【{t}】{t}，有关方面当天表示将密切关注局势发展，并同各方保持沟通协调。（来源：{s}，{d}）"
    briefs = [
        ("韩国代总统任命两名宪法法院法官", "韩联社", "12月31日"),
        ("朝鲜劳动党全会闭幕 金正恩提出对美策略", "朝中社", "12月28日"),
        ("石破茂新年感言提及日朝首脑会谈意愿", "共同社", "1月1日"),
    ]
    text = (
        "发件人：东北亚安全研究中心 <brief@example.cn>\n发送时间：2025年1月2日(星期四) 上午8:05\n"
        "主题：【半岛要闻简报】2025年第1期\n\n半岛要闻简报\n2025年1月2日 星期四　｜　2025年第1期\n"
        "【本期导读】韩国政局、朝鲜年终全会、日朝关系\n\n"
        + "\n\n".join(item.format(t=t, s=s, d=d) for t, s, d in briefs)
        + "\n\n编辑：政策研究部\n如不希望继续收到本简报，请回复“退订”。\n"
    )
    result = convert("brief.txt", text.encode())
    assert result["source"]["format"] == "list"
    first, second, third = result["articles"]
    assert (first["title"], first["published"]) == ("韩国代总统任命两名宪法法院法官", "2024-12-31")
    assert first["outlet"] == outlet_for_name("韩联社") and first["author"] is None
    assert "12月31日" in first["date_evidence"] and "2025-01-02" in first["date_evidence"]
    assert (second["published"], third["published"]) == ("2024-12-28", "2025-01-01")
    assert "来源" not in first["body"] and first["body"].startswith("韩国代总统任命")


def test_a_translated_story_pasted_with_its_korean_headline():
    """A Korean paper's Chinese edition pasted with the original's Korean headline over the
    Chinese one: the Chinese headline is the title; the translator is no author; the notes of
    the original (원문 with its address) and of this edition (中文版：address) give the
    edition's address and are not the story."""
    text = (
        "캠프 데이비드 이후 한미일 안보협력 '제도화'…中 반발 수위 주목\n"
        "戴维营之后韩美日安保合作'制度化'…中方反弹力度受关注\n\n"
        "韩国中央日报中文版 | 2023.08.21 10:35\n记者 朴成勋\n(翻译：金敏智)\n\n"
        f"{_STORY}\n\nⓒ中央日报中文版 http://chinese.joins.com/ 未经授权禁止转载\n\n---\n"
        "原文：중앙일보 2023.08.21 05:00 | https://www.joongang.co.kr/article/25186291\n"
        "中文版：https://chinese.joins.com/news/articleView.html?idxno=112658\n"
    )
    a = _one_raw("joongang.txt", text)
    assert a["title"] == "戴维营之后韩美日安保合作'制度化'…中方反弹力度受关注"
    assert (a["published"], a["published_time"][:5]) == ("2023-08-21", "10:35")
    assert a["author"] == "朴成勋" and a["outlet"] == outlet_for_name("中央日报")
    assert a["url"] == "https://chinese.joins.com/news/articleView.html?idxno=112658"
    assert a["body"].startswith("韩国联合参谋本部") and a["body"].rstrip().endswith("各自关切。")


def test_a_notice_board_page_and_credits_above_the_story():
    """A board's name as the page's <title> (公告 | …) gives way to the notice's own heading
    (a titled h4 holding no link); an institution is no author (作者 驻华大使馆); a credit
    block (【朝日新闻】) and a role before the author's name (首尔特派员 藤原健太) are read;
    the page's day gets the time its metadata gives for the same day."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>公告 | 大韩民国驻中国大使馆</title>
    <meta property="article:published_time" content="2025-05-28T15:40:00+08:00"></head><body>
    <h2>大使馆消息</h2><ul><li><a href="/list.do">大使馆新闻</a></li></ul><h3 class="sub_tit">公告</h3>
    <h4 class="bo_tit">关于总统选举日大使馆暂停对外办公的通知</h4>
    <div class="info">作者 驻华大使馆 发布日期 2025-05-28 浏览次数 2317</div>
    <div class="article"><div class="Credit">【朝日新闻】</div>
    <div class="Author">首尔特派员　藤原健太</div>{story}</div></body></html>"""
    a = _one_raw("notice.html", page)
    assert a["title"] == "关于总统选举日大使馆暂停对外办公的通知"
    assert (a["published"], a["published_time"][:5]) == ("2025-05-28", "15:40")
    assert a["author"] == "藤原健太"
    assert "【朝日新闻】" not in a["body"] and a["body"].startswith("韩国联合参谋本部")


def test_a_paper_archive_page_copied_whole():
    """A paper archive's page copied whole: its first date line is the page's day over its
    page list, not under the headline; the headline is over the byline and the edition line
    (《 人民日报 》（ 2024年11月15日 第 17 版）), which names the paper."""
    text = (
        "人民日报图文数据库(1946-2025)\n\n首页\n在线阅读\n高级检索\n帮助\n欢迎您，中国人民大学 用户！\n"
        "退出\n当前位置：首页 > 2024年 > 11月 > 15日 > 第17版：国际\n\n2024年11月15日 星期五\n"
        "返回目录\n上一版\n下一版\n第17版：国际\n版面图\n【字号 大 中 小】  【打印】  【关闭】\n\n"
        "中方对韩免签政策激发两国交流新活力\n\n本报记者  朱舒扬\n\n《 人民日报 》（ 2024年11月15日 第 17 版）\n\n"
        f"　　本报首尔11月14日电  （记者朱舒扬）自11月8日起，中方对韩国公民试行免签政策。\n\n{_STORY}\n\n"
        "上一篇：俄朝关系深化引发地区关注\n\n技术支持：北京方正电子有限公司\n"
    )
    a = _one_raw("rmrb.txt", text)
    assert a["title"] == "中方对韩免签政策激发两国交流新活力"
    assert (a["published"], a["author"]) == ("2024-11-15", "朱舒扬")
    assert a["outlet"] == outlet_for_name("人民日报")
    assert a["body"].startswith("本报首尔11月14日电") and "技术支持" not in a["body"]


def test_a_news_database_record_page():
    """A paper database's record (聯合知識庫): its source line (2024-05-28／聯合報／A9版／國際)
    gives the day and the paper; the record's address is the database's copy (republished_url,
    the database as republisher), not the original article's."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>中日韓峰會重啟 北韓同晚射衛星爆炸 - 聯合知識庫</title></head><body>
    <!-- saved from url=(0070)https://udndata.com/ndapp/Story2007?no=3&news_id=11872354 -->
    <table id="story"><tr><td><h1 class="story-title">中日韓峰會重啟 北韓同晚射衛星爆炸</h1>
    <div class="story-source">2024-05-28／聯合報／A9版／國際</div>
    <div class="story-author">記者林宜靜／綜合報導</div><div class="story-body">{story}</div>
    </td></tr></table></body></html>"""
    a = _one_raw("udndata.html", page)
    assert (a["published"], a["outlet"], a["author"]) == (
        "2024-05-28",
        outlet_for_name("聯合報"),
        "林宜靜",
    )
    assert a["url"] is None and a["republished_url"].startswith("https://udndata.com/ndapp/")
    assert a["republisher"].startswith("聯合知識庫")


def test_a_database_record_printing_its_fields_over_the_full_text():
    """A CNKI record: its fields (报纸名称：… 正文快照：…) come first, then the headline again over
    the full text, which is the story; the citation box (知网节) under it is not."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>美日韩联演加剧半岛紧张 - 中国知网</title></head><body>
    <!-- saved from url=(0060)https://kns.cnki.net/kcms2/article/abstract?v=3uoq -->
    <div class="doc"><h1>美日韩联演加剧半岛紧张</h1>
    <div class="row"><span class="rowtit">报纸名称：</span><p><a href="https://navi.cnki.net/x">解放军报</a></p></div>
    <div class="row"><span class="rowtit">发表日期：</span><p>2024-07-02</p></div>
    <div class="row"><span class="rowtit">作者：</span><p>韩冬</p></div>
    <div class="row"><span class="rowtit">正文快照：</span><p>韩国联合参谋本部在发给媒体的短信中说……</p></div>
    <h2>全文阅读</h2><h3>美日韩联演加剧半岛紧张</h3><p>■韩　冬</p>{story}
    <h3>知网节</h3><table><tr><td>GB/T 7714-2015 格式引文</td><td>[1]韩冬.美日韩[N].解放军报</td></tr></table>
    </div></body></html>"""
    a = _one_raw("cnki.html", page)
    assert (a["published"], a["outlet"], a["author"]) == (
        "2024-07-02",
        outlet_for_name("解放军报"),
        "韩冬",
    )
    assert a["body"].startswith("韩国联合参谋本部") and a["body"].count("短信中说") == 1
    assert "知网节" not in a["body"] and "GB/T" not in a["body"]
    assert a["url"] is None and a["republisher"].startswith("中国知网")


def test_a_date_and_its_time_in_spans_of_their_own_and_basic_iso_metadata():
    """The line under the headline prints the day and the time as two spans (东网): both are
    read; a page's metadata in ISO 8601's basic form (20240603T1012+0800) is a date and time."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>美韓聯合軍演展開</title></head><body><div class="main">
    <h1 class="topHeadline">美韓聯合軍演展開</h1><div class="datetime"><span class="date">
    2024年08月19日 星期一</span> <span class="time">14:05</span></div>{story}</div></body></html>"""
    a = _one_raw("oncc.html", page)
    assert (a["published"], a["published_time"]) == ("2024-08-19", "14:05")
    meta = page.replace("<title>", '<meta property="article:published_time" '
                        'content="20240819T1405+0800"><title>').replace("<span class=\"time\">14:05</span>", "")  # fmt: skip
    b = _one_raw("basic.html", meta.replace("2024年08月19日 星期一", ""))
    assert (b["published"], b["published_time"]) == ("2024-08-19", "14:05+08:00")


def test_official_sites_named_by_their_footer_or_banner_line():
    """An embassy's page names itself only in its footer (… 版权所有): that site is the outlet,
    and not also its republisher; a council's page copied whole names itself in a banner line
    under the skip link and the search box."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>驻韩国使馆发言人答记者问</title></head><body>
    <div class="article"><h1>驻韩国使馆发言人答记者问</h1><p>2024-07-12 17:20</p>{story}</div>
    <div class="footer"><p>中华人民共和国驻大韩民国大使馆 版权所有</p></div></body></html>"""
    a = _one_raw("embassy.html", page)
    assert a["outlet"] == outlet_for_name("中华人民共和国驻大韩民国大使馆")
    assert a["republisher"] is None
    text = (
        "跳到主要內容區塊\n:::\n回首頁\n網站導覽\nEnglish\n搜尋\n熱門關鍵字：\n大陸委員會\n首頁\n新聞稿\n"
        "陸委會針對中日韓領導人會議之回應\n發布日期：2024-05-28\n\n" + _STORY + "\n"
    )
    b = _one_raw("mac.txt", text)
    assert b["title"] == "陸委會針對中日韓領導人會議之回應"
    assert b["outlet"] == outlet_for_name("大陸委員會") and b["published"] == "2024-05-28"


def test_a_video_page_copied_with_its_transcript():
    """A YouTube page copied whole with the transcript open: the title over the channel and
    its subscribers, the channel as outlet, the day on the views line, the speech as the body;
    timestamps, sound tags, the description, counters and comments are the page's."""
    speech = [
        "俄罗斯总统普京19日凌晨抵达平壤", "开始对朝鲜进行为期两天的国事访问",
        "这是普京时隔24年再次踏上朝鲜土地", "朝鲜最高领导人金正恩亲自到机场迎接",
        "随后两国领导人举行会谈", "并签署了全面战略伙伴关系条约", "[音乐]",
    ]  # fmt: skip
    transcript = "\n".join(f"0:{k * 4:02d}\n{line}" for k, line in enumerate(speech))
    text = (
        "跳过导航\nCN\n搜索\n\n普京时隔24年再访朝鲜｜凤凰卫视\n凤凰卫视 Phoenix TV\n237万位订阅者\n\n订阅\n1024\n分享\n\n"
        "12,345次观看  2024年6月20日  #凤凰卫视 #普京访朝\n普京6月19日抵达平壤，韩美日表示严重关切。\n\n"
        "转写文稿\n显示转写文稿\n236 条评论\n@老张看世界\n2天前\n24年了，历史又转回来了\n87\n回复\n\n"
        f"转写文稿\n搜索转写文稿\n{transcript}\n"
    )
    a = _one_raw("youtube.txt", text)
    assert a["title"] == "普京时隔24年再访朝鲜｜凤凰卫视" and a["published"] == "2024-06-20"
    assert a["outlet"] == outlet_for_name("凤凰卫视")
    assert a["body"].startswith("俄罗斯总统普京19日凌晨抵达平壤 开始对朝鲜")
    for junk in ("0:04", "[音乐]", "订阅", "历史又转回来了", "严重关切"):
        assert junk not in a["body"], junk


def test_an_old_frameset_page_and_its_noframes_block():
    """A frameset saved without its frames: the <noframes> block is the page (a parser reads it
    as raw text); its frames notice and button bar (【返回首页】【关闭窗口】, links or not) are
    furniture; a <title> of the site's name, then the headline cut short, gives way to the
    heading; a date line with the outlet after it names an unlisted outlet that says it is
    one (…网); a bracketed dateline of a place (【首爾6月4日電】) names none."""
    story = "".join(f"<P>　　{p}</P>" for p in _STORY.split("\n\n"))
    page = f"""<HTML><HEAD><TITLE>中华新闻网--六方会谈在北京闭幕</TITLE></HEAD>
    <FRAMESET rows=90,*><FRAME name=top src="top.htm"><FRAME name=main src="article.htm">
    <NOFRAMES><BODY bgColor=#ffffff>
    <P><FONT size=2>您的浏览器不支持框架，请升级到 IE 4.0 以上版本，或<A href="t.htm">点击这里</A>阅读纯文本版本。</FONT></P>
    <H2>六方会谈在北京闭幕 各方同意继续和谈进程</H2><P><FONT size=2>2003年8月29日 19:20　中华新闻网</FONT></P>
    {story}<P>【<A href="http://www.zhxw.com.cn/gb/">返回首页</A>】【<A href="javascript:window.close()">关闭窗口</A>】</P>
    </BODY></NOFRAMES></FRAMESET></HTML>"""
    a = _one_raw("frames.html", page, "gb18030")
    assert a["title"] == "六方会谈在北京闭幕 各方同意继续和谈进程"
    assert (a["published"], a["published_time"], a["outlet"]) == (
        "2003-08-29",
        "19:20",
        "中华新闻网",
    )
    assert a["body"].startswith("韩国联合参谋本部") and a["body"].rstrip().endswith("各自关切。")
    assert outlet_from_header("【首爾6月4日電】在3日舉行的總統選舉中") is None
    assert is_boilerplate("〖关闭窗口〗〖打印本文〗〖推荐给好友〗")


def test_portal_pages_video_placeholders_error_forms_and_credit_lines():
    """A video placeholder and a page's error-report form (【纠错】: 错误信息：/ 您的联系方式：,
    如果您发现…错误) are furniture; 据总台记者报道 cites a source and names no outlet (the
    来源 line does); 作者 | 徐宁远　编辑 | 张帆 names one author."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>韩国宣布暂停军事协议部分条款效力</title></head><body>
    <h1>韩国宣布暂停军事协议部分条款效力</h1>
    <div class="info">来源：央视新闻客户端 | 2023年11月22日 10:12:35</div>
    <div class="content"><p>视频加载中，请稍候...</p><p>据总台记者报道，当地时间11月22日，韩国政府召开临时国务会议。</p>
    <p>作者 | 徐宁远　编辑 | 张帆</p>{story}
    <p>如果您发现此篇文章有错误，请联系我们：news@cctv.com</p><p>错误信息：</p><p>您的联系方式：</p>
    </div></body></html>"""
    a = _one_raw("cctv.html", page)
    assert a["outlet"] == outlet_for_name("央视新闻") and a["author"] == "徐宁远"
    assert a["body"].rstrip().endswith("各自关切。")
    for junk in ("视频加载中", "错误", "联系方式"):
        assert junk not in a["body"], junk


def test_a_list_page_with_a_few_paragraphs_in_its_sidebar_stays_a_list():
    """A channel's list page (no named container, a sidebar of short paragraphs): its items
    are the articles; the fallback for pages whose class names are hashed (the innermost block
    with most of the paragraph text) does not take the sidebar for a story."""
    items = "".join(
        f'<li><a href="/n1/2024/06{30 - k:02d}/c1002-4024{k}.html">朝鲜半岛局势第{k}条新闻标题示例文字</a>'
        f"<span>2024-06-{30 - k:02d}</span></li>"
        for k in range(12)
    )
    sidebar = "".join(
        f"<p>热点专题第{k}期：半岛局势观察，聚焦各方动向与最新进展。</p>" for k in range(10)
    )
    page = f"""<html><head><title>朝鲜半岛--国际--人民网</title></head><body>
    <div class="nav"><a href="/">首页</a> | <a href="/a">国际</a> | <a href="/b">朝鲜半岛</a></div>
    <div class="w800"><ul class="list_16">{items}</ul></div><div class="w400">{sidebar}</div>
    </body></html>"""
    result = convert("list.html", page.encode())
    assert result["source"]["format"] == "list" and len(result["articles"]) == 12


def test_a_section_page_of_cards_with_prose_summaries():
    """A section page of cards (thumbnail and headline linking the story, a summary in full
    sentences, a time): the cards are the items, though their summaries are prose; the same
    cards under a story's own paragraph are that story's related cards (see the hk01 test)."""
    cards = "".join(
        f'<div class="article-card"><a href="/news/world/story2024060{k}-38{k}" class="thumb">'
        f'<img src="/i/{k}.jpg" alt="图片说明{k}"></a><div class="flex"><span class="label">国际</span>'
        f'<a href="/news/world/story2024060{k}-38{k}" class="headline"><h2>朝鲜半岛局势第{k}条新闻的标题</h2></a>'
        f'<p class="summary">韩国国家安全委员会星期一决定向内阁会议提交全面暂停军事协议效力的议案以回应朝鲜近日连续向韩国散放装有垃圾的气球第{k}条。</p>'
        f'<div class="meta"><span class="time">2024年6月{9 - k}日 10:12</span></div></div></div>'
        for k in range(1, 7)
    )
    page = f"""<html><head><title>朝鲜半岛 | 联合早报</title></head><body><main>
    <nav class="breadcrumb"><a href="/">首页</a> / <span>朝鲜半岛</span></nav><h1>朝鲜半岛</h1>
    <div class="article-list">{cards}</div></main></body></html>"""
    result = convert("section.html", page.encode())
    assert result["source"]["format"] == "list" and len(result["articles"]) == 6
    first = result["articles"][0]
    assert first["title"] == "朝鲜半岛局势第1条新闻的标题" and first["published"] == "2024-06-08"


def test_a_list_page_copied_whole_under_a_top_bar_day():
    """A list page copied whole: the top bar's day with its weekday (2024/06/03 週一) is the
    page's, not an item's date line; the site's name under the skip link names the outlet;
    an ad line between items is no item."""
    items = "\n".join(
        f"北韓相關新聞第{k}則標題 南韓軍方表示持續監視\n2024/06/0{8 - k} 1{k}:05"
        for k in range(1, 6)
    )
    text = (
        "跳到主要內容區塊\n:::\n自由時報\n自由電子報\n訂閱\n登入\n即時\n政治\n國際\n焦點\n"
        f"2024/06/03 週一\n臺北市 26~33°C\n即時新聞\n國際\n{items}\n廣告\n"
        "北韓相關新聞第6則標題 南韓軍方表示持續監視\n2024/06/02 16:05\n"
        "下一頁\n關於我們\n服務條款\n隱私權政策\n著作權聲明\n客服中心\n常見問題\n徵才\n"
    )
    result = convert("ltn.txt", text.encode())
    assert result["source"]["format"] == "list" and len(result["articles"]) == 6
    first = result["articles"][0]
    assert (first["title"], first["published"], first["published_time"]) == (
        "北韓相關新聞第1則標題 南韓軍方表示持續監視",
        "2024-06-07",
        "11:05",
    )
    assert first["outlet"] == outlet_for_name("自由時報")


def test_an_old_topic_page_listing_its_stories_in_table_rows():
    """An old topic page (2003) whose list is a table, a row an item (・<a>headline</a>
    (2003/08/29 18:40)), under the table's label row and over its more-link (更多报道>>), beside
    a sidebar of background links: one article per row, dated by its time."""
    rows = "".join(
        f'<TR><TD class=l17>・<A href="http://news.sina.com.cn/c/2003-08-2{9 - k}/18{k}0625307s.shtml" '
        f"target=_blank>{t}</A> <FONT color=#666666>(2003/08/2{9 - k} 18:{k}0)</FONT></TD></TR>"
        for k, (t, _) in enumerate(_INDEX_ITEMS[:6])
    )
    page = f"""<HTML><HEAD><TITLE>新闻中心_新浪网_朝核问题六方会谈</TITLE></HEAD><BODY><CENTER>
    <TABLE><TBODY><TR><TD><A href="http://www.sina.com.cn/">新浪首页</A> &gt; 朝核问题六方会谈</TD></TR></TBODY></TABLE>
    <TABLE><TBODY><TR><TD vAlign=top><TABLE><TBODY><TR><TD><SPAN class=title>最新报道</SPAN></TD></TR>{rows}
    <TR><TD align=right><A href="http://news.sina.com.cn/z/chaohe6/more.shtml">更多报道&gt;&gt;</A></TD></TR>
    </TBODY></TABLE></TD><TD><TABLE><TBODY><TR><TD><SPAN class=title>背景资料</SPAN></TD></TR><TR><TD>
    ・<A href="http://news.sina.com.cn/z/chaohe6/dsj.shtml">朝核问题大事记</A><BR>・<A
    href="http://news.sina.com.cn/z/chaohe6/npt.shtml">什么是不扩散核武器条约</A></TD></TR></TBODY></TABLE>
    </TD></TR></TBODY></TABLE><P>Copyright &copy; 1996 - 2003 SINA Inc.</P></CENTER></BODY></HTML>"""
    result = convert("chaohe6.htm", page.encode("gb18030"))
    assert result["source"]["format"] == "list"
    rows = [(a["title"], a["published"], a["published_time"]) for a in result["articles"]]
    assert rows == [
        (t, f"2003-08-2{9 - k}", f"18:{k}0") for k, (t, _) in enumerate(_INDEX_ITEMS[:6])
    ]


def test_a_realtime_list_whose_items_link_their_section_and_print_time_before_day():
    """A realtime list page's item links its section (國際) besides its headline and picture,
    and prints its time and day in spans of one <time> (08:22 then 2023/08/31): the section's
    link is the item's label, not a second story, and the time is read with its day."""
    items = "".join(
        f'<li><div class="row"><h3 class="title"><a href="https://www.chinatimes.com/realtimenews/'
        f'2023082{k}00121{k}-260408">{t}</a></h3><div class="meta-info"><time datetime="2023-08-2{k}'
        f' 0{k}:22"><span class="hour">0{k}:22</span><span class="date">2023/08/2{k}</span></time>'
        f'<div class="category"><a href="https://www.chinatimes.com/realtimenews/260408">國際</a>'
        f'</div></div><p class="intro">{t}一事，各方表示密切關注並呼籲保持克制。</p><a href="https://www.chinatimes.com/'
        f'realtimenews/2023082{k}00121{k}-260408"><img src="/p/{k}.jpg" alt=""></a></div></li>'
        for k, (t, _) in enumerate(_INDEX_ITEMS)
    )
    page = f"""<html><head><title>即時新聞 - 中時新聞網</title></head><body><nav><ul>
    <li><a href="/">首頁</a></li><li><a href="/realtimenews">即時</a></li></ul></nav><main>
    <ul class="vertical-list">{items}</ul></main><footer>© 中時新聞網</footer></body></html>"""
    result = convert("realtime.html", page.encode())
    assert result["source"]["format"] == "list"
    rows = [(a["title"], a["published"], a["published_time"]) for a in result["articles"]]
    assert rows == [(t, f"2023-08-2{k}", f"0{k}:22") for k, (t, _) in enumerate(_INDEX_ITEMS)]


def test_a_rolling_lists_yearless_times_take_the_year_from_each_items_address():
    """An old rolling list prints each item's month-day and time without the year
    ((11月29日 18:42)); its address has the whole day (/2017-11-29/): the item is dated that
    day, at the time it prints."""
    items = "".join(
        f'<li><a href="http://news.sina.com.cn/w/2017-11-2{9 - k}/doc-ify{k}.shtml">{t}</a>'
        f"<span>(11月2{9 - k}日 1{k}:42)</span></li>"
        for k, (t, _) in enumerate(_INDEX_ITEMS)
    )
    page = f"""<html><head><title>国际新闻滚动_新浪网</title></head><body><div id="nav">
    <a href="http://www.sina.com.cn/">新浪首页</a> <a href="http://news.sina.com.cn/">新闻中心</a>
    </div><ul class="list_009">{items}</ul><div>新浪公司 版权所有</div></body></html>"""
    result = convert("roll.htm", page.encode("gb18030"))
    rows = [(a["title"], a["published"], a["published_time"]) for a in result["articles"]]
    assert rows == [(t, f"2017-11-2{9 - k}", f"1{k}:42") for k, (t, _) in enumerate(_INDEX_ITEMS)]


def test_a_section_page_of_definition_lists_with_their_writers():
    """A commentary section's items are classless definition lists (<dl><dt>picture<dd>
    headline, writer and date, summary): one article per item, with its writer from the
    block classed author (the writer's link, not the date beside it)."""
    writers = ["鄭又嘉", "張思齊", "林冠廷", "吳承翰", "劉宜庭"]
    items = "".join(
        f'<dl><dt><a href="https://www.upmedia.mg/news_info.php?SerialNo=2267{k}"><img src="/t{k}.jpg"'
        f' alt="{t}"></a></dt><dd><a class="news-title" href="https://www.upmedia.mg/news_info.php?'
        f'SerialNo=2267{k}">{t}</a><div class="author"><a href="/search.php?keyword={w}">{w}</a>'
        f'<span class="date">2024年12月1{5 - k}日 10:12:00</span></div><p>{t}的背後，是韓國政局'
        f"在過去一週裡最受關注的問題，本文分析各方的盤算與下一步的走向……</p></dd></dl>"
        for k, ((t, _), w) in enumerate(zip(_INDEX_ITEMS, writers, strict=True))
    )
    page = f"""<html><head><title>評論 - 上報</title></head><body><div class="left-content">
    <h1>評論</h1><ul class="sub-tabs"><li><a href="?Sub=1">上報社論</a></li><li><a href="?Sub=2">
    國際評論</a></li></ul><div id="news-list">{items}</div></div><footer>上報 版權所有</footer>
    </body></html>"""
    result = convert("list.html", page.encode())
    assert result["source"]["format"] == "list"
    rows = [(a["title"], a["published"], a["author"]) for a in result["articles"]]
    assert rows == [
        (t, f"2024-12-1{5 - k}", w)
        for k, ((t, _), w) in enumerate(zip(_INDEX_ITEMS, writers, strict=True))
    ]


def test_a_topic_pages_standfirst_under_its_heading_is_not_a_story():
    """A mobile topic page: its heading, banner and a line on what the topic is, then cards
    each wholly one link (picture, headline, section, time, comment count). The topic's line
    is the page's own words: the page is still a list, one article per card."""
    cards = "".join(
        f'<div class="index_card"><a href="/newsDetail_forward_2769{k}" class="index_link"><div>'
        f'<img class="lazyload" data-src="https://imagecloud.thepaper.cn/{k}.jpg" alt=""/></div>'
        f'<div class="index_text"><h2 class="index_title">{t}</h2><div class="index_info"><span>'
        f"澎湃国际</span><span>2023-09-1{7 - k} 20:3{k}</span><span>21{k}</span></div></div></a></div>"
        for k, (t, _) in enumerate(_INDEX_ITEMS)
    )
    page = f"""<html><head><title>专题｜金正恩访问俄罗斯_澎湃新闻-The Paper</title>
    <link rel="canonical" href="https://www.thepaper.cn/topicDetail_forward_1482"></head><body>
    <div class="header"><p>澎湃新闻</p><a href="https://m.thepaper.cn/download">打开APP</a></div>
    <div class="topicHead"><img src="/banner.jpg" alt=""/><h1>专题｜金正恩访问俄罗斯</h1><p>
    应俄罗斯总统普京邀请，朝鲜劳动党总书记、国务委员长金正恩于2023年9月乘专列访问俄罗斯。澎湃新闻持续关注。
    </p></div><div class="index_list">{cards}</div><div class="footer"><p>沪ICP备14003370号</p>
    </div></body></html>"""
    result = convert("topic.html", page.encode())
    assert result["source"]["format"] == "list"
    rows = [(a["title"], a["published"], a["url"]) for a in result["articles"]]
    assert rows == [
        (t, f"2023-09-1{7 - k}", f"https://www.thepaper.cn/newsDetail_forward_2769{k}")
        for k, (t, _) in enumerate(_INDEX_ITEMS)
    ]


def test_topic_page_lead_story_over_lists_of_dated_headlines():
    """A topic page (新华网's 专题): its banner, a short standfirst in a box of its own, then a
    lead story's linked headline over its summary and time, and lists of dated headlines in
    two columns. One article per story, in the page's order; the summary's closing link
    ([详细]) is a button, not its text. The same page with a story's prose is one article."""
    latest = "".join(
        f'<li><a href="http://www.xinhuanet.com/world/{d}/c_{k}.htm">{t}</a><span class="time">{d}'
        f"</span></li>"
        for k, (t, d) in enumerate(_INDEX_ITEMS[1:4])
    )
    comment = "".join(
        f'<li><a href="http://www.xinhuanet.com/world/{d}/c_{k}.htm">{t}</a><span class="time">{d}'
        f"</span></li>"
        for k, (t, d) in enumerate(_INDEX_ITEMS[4:], 4)
    )
    lead = _INDEX_ITEMS[0][0]
    summary = "新华社首尔6月2日电　韩国军方2日说，朝鲜当天向朝鲜半岛东部海域发射一枚弹道导弹，韩美正在分析导弹的具体型号和飞行距离，并加强了监视和警戒。"
    page = f"""<html><head><title>朝鲜半岛局势_新华网</title></head><body>
    <div id="topNav"><a href="http://www.xinhuanet.com/">新华网首页</a> | <a href="/world/">国际</a></div>
    <div id="banner"><h1 class="zt-title">朝鲜半岛局势</h1><p class="zt-sub">2024年6月</p></div>
    <div class="zt-intro"><span>【专题导语】</span>2024年6月2日，朝鲜向东部海域发射弹道导弹，这是朝鲜今年以来第七次发射弹道导弹，半岛局势再度紧张。</div>
    <div class="wrap"><div class="left-col"><div class="headline"><h2><a href="http://www.xinhuanet.com/world/lead.htm">{lead}</a></h2>
    <p class="summary">{summary}<a href="http://www.xinhuanet.com/world/lead.htm" class="more">[详细]</a></p>
    <span class="time">2024-06-02 19:32:08</span></div>
    <div class="column"><h3>最新报道</h3><ul class="list">{latest}</ul></div>
    <div class="column"><h3>评论分析</h3><ul class="list">{comment}</ul></div></div></div>
    <div id="footer"><p>Copyright © 2000-2024 XINHUANET.com All rights reserved.</p></div></body></html>"""
    result = convert("zt.html", page.encode())
    assert result["source"]["format"] == "list"
    rows = [(a["title"], a["published"]) for a in result["articles"]]
    assert rows == _INDEX_ITEMS
    first = result["articles"][0]
    assert first["published_time"] == "19:32:08" and first["url"].endswith("/lead.htm")
    assert first["body"].strip().endswith("监视和警戒。") and "详细" not in first["body"]
    story = (
        "<p>"
        + "韩国联合参谋本部表示，朝鲜当天上午从平壤一带向东部海域发射弹道导弹，导弹飞行约六百公里后落入海中。"
        * 2
        + "</p>"
    )
    article = page.replace(
        '<div class="wrap">', f'<div class="story">{story}</div><div class="wrap">'
    )
    assert len(convert("a.html", article.encode())["articles"]) == 1


def test_a_newsletters_items_name_their_writers_in_a_byline_block_before_the_day():
    """A mailed digest's items each print their writers in capitals, then the day, in one
    block classed a byline (CHOE SANG-HUN  2024年12月4日): each item's writer is read."""
    writers = ["CHOE SANG-HUN", "JIN YU YOUNG, JOHN YOON", "KEITH BRADSHER", "MOTOKO RICH", "张三"]
    cells = "".join(
        f'<tr><td><div class="nl-headline"><a href="https://nl.nytimes.com/f/a/{k}?url=https://cn.'
        f'nytimes.com/asia-pacific/2024120{k}/story-{k}/">{t}</a></div><div class="nl-byline">{w}'
        f'&nbsp;&nbsp;2024年12月{4 - k}日</div><p class="nl-summary">{t}，这是本报记者从首尔发回的报道，'
        f"详细内容请阅读全文。</p></td></tr>"
        for k, ((t, _), w) in enumerate(zip(_INDEX_ITEMS, writers, strict=True))
    )
    page = f"""<html><head><title>纽约时报中文网 每日精选</title></head><body><table>
    <tr><td>纽约时报中文网 | 每日精选</td></tr>{cells}<tr><td>退订 | 隐私政策</td></tr></table>
    </body></html>"""
    arts = convert("daily.html", page.encode())["articles"]
    named = ["Choe Sang-Hun", "Jin Yu Young、John Yoon", "Keith Bradsher", "Motoko Rich", "张三"]
    assert [(a["title"], a["author"]) for a in arts] == [
        (t, w) for (t, _), w in zip(_INDEX_ITEMS, named, strict=True)
    ]  # (names in capitals as names are written)


def test_a_realtime_list_copied_with_sections_summaries_and_view_counts():
    """A realtime list copied whole: each item its section word, headline, summary, time and
    view count. The section is not the headline and the count is no line of the next item; an
    ad's label with no words of its own, and an app prompt with its button, are no items."""
    stories = [
        (
            "全球",
            f"南韓相關快訊第{k}則 國會選後政局",
            f"南韓執政黨在國會選舉後表示第{k}點看法，將謙虛接受民意。",
        )
        for k in range(1, 7)
    ]
    blocks = [
        f"{sec}\n{title}\n{summary}\n2024-04-11 1{k}:35\n{k},024"
        for k, (sec, title, summary) in enumerate(stories)
    ]
    blocks.insert(3, "廣告\n")
    blocks.insert(5, "下載聯合新聞網APP 即時新聞不漏接\n立即下載")
    text = (
        "跳到主要內容\nudn 聯合新聞網\n會員登入\n搜尋\n即時\n要聞\n娛樂\n運動\n全球\n"
        "聯合新聞網 / 即時 / 即時新聞\n即時新聞\n\n"
        + "\n\n".join(blocks)
        + "\n\n看更多\n熱門新聞\n延伸閱讀\n關於我們\n隱私權聲明\n服務條款\n"
    )
    result = convert("udn.txt", text.encode())
    assert result["source"]["format"] == "list"
    arts = result["articles"]
    assert [a["title"] for a in arts] == [t for _, t, _ in stories]
    assert [a["published_time"] for a in arts] == [f"1{k}:35" for k in range(6)]
    assert arts[1]["outlet"] == outlet_for_name("聯合新聞網")
    text_of_all = "\n".join(a["body"] for a in arts)
    assert "024" not in text_of_all and "立即下載" not in text_of_all and "全球" not in text_of_all


def test_an_ad_between_list_items_leaves_the_next_items_headline():
    """An ad (its label and one line of words) between items of headline / summary / outlet and
    time: only the ad goes, the next item keeps its headline."""
    items = [
        (
            f"朝鲜半岛快讯第{k}则标题",
            f"据韩联社报道，第{k}件事于当天发生，各方表示关注。",
            f"环球网  2024-01-2{k} 09:30",
        )
        for k in range(1, 7)
    ]
    blocks = ["\n".join(item) for item in items]
    blocks.insert(3, "广告\n环球时报订阅 全年特惠 立即订阅")
    text = "环球网\n首页\n国内\n国际\n军事\n当前位置：首页 > 国际\n\n" + "\n\n".join(blocks) + "\n"
    arts = convert("huanqiu.txt", text.encode())["articles"]
    assert [a["title"] for a in arts] == [t for t, _, _ in items]
    assert all("订阅" not in a["body"] for a in arts)


def test_a_channels_digest_of_linked_headlines():
    """A channel's digest: • headline（outlet） over its address, one article per item (its
    title, outlet and address; a date only from a dated address); the promotion line between
    items and the footer are not items."""
    items = [
        ("朝鲜宣布暂停向韩国散放垃圾气球", "环球网", "https://world.huanqiu.com/article/4HtB7"),
        ("韩国决定全面暂停韩朝军事协议效力", "韩联社", "https://cn.yna.co.kr/view/ACK2024060300"),
        (
            "美日韩防长会谈，同意首次举行“自由之刃”联演",
            "央视新闻",
            "https://news.cctv.com/2024/06/02/ART.shtml",
        ),
    ]
    text = (
        "📰 6月3日 朝鲜半岛新闻速览\n\n"
        + "\n\n".join(f"• {t}（{o}）\n{u}" for t, o, u in items)
        + "\n\n📢 推广｜海外新闻不断线 👉 https://t.me/x_bot\n\n———\n⚠️ 本频道仅做新闻聚合\n"
    )
    result = convert("digest.txt", text.encode())
    assert result["source"]["format"] == "list" and len(result["articles"]) == 3
    first, _, third = result["articles"]
    assert (first["title"], first["outlet"], first["url"]) == (
        "朝鲜宣布暂停向韩国散放垃圾气球",
        outlet_for_name("环球网"),
        "https://world.huanqiu.com/article/4HtB7",
    )
    assert first["published"] is None and third["published"] == "2024-06-02"


def test_a_page_showing_its_story_start_with_the_rest_in_its_data():
    """A Next.js page shows two paragraphs and 展开全文; the full story is in __NEXT_DATA__: the
    body is the full story. When the data holds no more than the page shows, the page's text
    stays."""
    shown = "<p>据朝中社7月13日报道，朝鲜于12日试射了新型洲际弹道导弹。</p><p>朝鲜劳动党总书记金正恩现场指导了试射。</p>"
    full = shown + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    data = json.dumps({"props": {"pageProps": {"detailData": {"contentDetail": {
        "name": "朝鲜试射新型洲际弹道导弹", "content": full, "pubTime": "2023-07-13 10:12"}}}}},
        ensure_ascii=False)  # fmt: skip
    page = f"""<html><head><title>朝鲜试射新型洲际弹道导弹_澎湃新闻</title></head><body>
    <h1>朝鲜试射新型洲际弹道导弹</h1><div class="index_cententWrap">{shown}</div>
    <div class="expand">展开全文</div>
    <script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>"""
    a = _one_raw("thepaper.html", page)
    assert a["body"].startswith("据朝中社7月13日报道") and a["body"].rstrip().endswith("各自关切。")
    short = page.replace(json.dumps(full, ensure_ascii=False)[1:-1], "<p>短</p>")
    b = _one_raw("thepaper2.html", short)
    assert b["body"].rstrip().endswith("现场指导了试射。")


def test_a_button_inside_the_last_paragraph_is_not_the_story():
    """搜狐 sets its 返回搜狐，查看更多 link inside the story's last paragraph: it goes; a link
    that is the story's words stays."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    end = '<a href="https://www.sohu.com/?strategyid=00001">返回搜狐，查看更多</a></p>'
    page = f"""<html><head><title>外媒：韩国国会通过决议案</title></head><body><h1>外媒：韩国国会通过决议案</h1>
    <article class="article">{story[:-4]}{end}</article></body></html>"""
    a = _one_raw("sohu.html", page)
    assert a["body"].rstrip().endswith("各自关切。") and "返回搜狐" not in a["body"]
    kept = page.replace("返回搜狐，查看更多", "韩联社的报道")
    assert "韩联社的报道" in _one_raw("sohu2.html", kept)["body"]


def test_a_text_copy_opening_with_the_pages_crumbs():
    """A copy opening with the page's crumbs (site　section > subsection) over the headline:
    the crumbs give the section, the headline is the title; a date in Chinese numerals with a
    time (二〇一三年二月十二日 16:40) gives both."""
    text = (
        "㊣东方视点网㊣　国际频道 > 朝鲜半岛\n\n朝鲜宣布成功进行第三次地下核试验\n"
        f"二〇一三年二月十二日 16:40　来源：东方视点网　作者：周海燕\n\n{_STORY}\n"
    )
    a = _one_raw("crumbs.txt", text, "gb18030")
    assert (a["title"], a["category"]) == ("朝鲜宣布成功进行第三次地下核试验", "朝鲜半岛")
    assert (a["published"], a["published_time"], a["author"]) == ("2013-02-12", "16:40", "周海燕")


def test_a_copy_whose_byline_and_dates_are_printed_under_its_standfirst_and_caption():
    """RFI's page copied: the standfirst and its picture's caption over the byline and date
    lines (文字 : 夏湘 / 发表时间 : 13/09/2023 - 10:48 / 修改时间 : …). They are the byline and
    the date, read as such, and no story text; the standfirst stays."""
    standfirst = (
        "俄罗斯总统普京周三在远东会见来访的朝鲜领导人金正恩，两人讨论了包括军事合作在内的多项议题。"
    )
    text = (
        "跳至主要内容\nRFI\n法广 RFI\n直播\n首页\n国际\n法国\n中国\n亚洲\n搜索\n简体 繁體\n亚洲\n"
        "金正恩与普京在东方航天发射场会晤\n"
        f"{standfirst}\n普京在发射场迎接金正恩。 via REUTERS - SPUTNIK\n"
        "文字 : 夏湘\n2 分钟\n发表时间 : 13/09/2023 - 10:48\n修改时间 : 13/09/2023 - 14:31\n"
        f"分享\nFacebook\n\n{_STORY}\n"
    )
    a = _one_raw("rfi.txt", text)
    assert (a["title"], a["author"]) == ("金正恩与普京在东方航天发射场会晤", "夏湘")
    assert (a["published"], a["published_time"]) == ("2023-09-13", "10:48")
    assert a["body"].startswith(standfirst)
    assert "文字" not in a["body"] and "发表时间" not in a["body"] and "修改时间" not in a["body"]


def test_a_copys_video_player_controls_are_no_text():
    """A TV station's page copied with its video player: the button, the position and the
    length a line each (Play Video / 00:00 / / / 01:58) are no story text."""
    text = (
        "TVBS新聞網\n首頁\n國際\n川普跨越軍事分界線 成首位踏上北韓土地的美國現任總統\n"
        "記者 許家寧 / 綜合報導\n發佈時間：2019/06/30 16:38\nFacebook\nLINE\n字級\n"
        f"Play Video\n00:00\n/\n01:58\n{_TW_STORY[0]}\n\n{_TW_STORY[1]}\n"
    )
    a = _one_raw("tvbs.txt", text, "utf-16")
    assert (a["published"], a["published_time"], a["author"]) == ("2019-06-30", "16:38", "許家寧")
    assert a["body"].startswith(_TW_STORY[0]) and "01:58" not in a["body"]


def test_a_reader_views_copy_under_the_sites_host():
    """Firefox's reader view copied: the site's host over the headline (www.thepaper.cn), the
    byline and the reading time (3-4 分钟). The host names the outlet and is no headline; the
    reading time is no text."""
    text = f"www.thepaper.cn\n朝鲜炸毁开城朝韩共同联络办公室\n澎湃新闻记者 程慧\n3-4 分钟\n\n{_STORY}\n"
    a = _one_raw("reader.txt", text)
    assert (a["title"], a["author"]) == ("朝鲜炸毁开城朝韩共同联络办公室", "程慧")
    assert a["outlet"].startswith("澎湃新闻") and a["body"].strip() == _STORY


def test_crumbs_ending_in_the_editions_day_over_a_menu_row_and_the_headline():
    """A paper's page copied: crumbs ending in the edition's day (明報 > 國際 > 2012年12月13日
    星期四), the edition's menu in a row, then the headline: the headline is the title, the
    crumbs give the section (not the day)."""
    text = (
        "明報 > 國際 > 2012年12月13日星期四\n\n今日明報：要聞 | 港聞 | 經濟 | 娛樂 | 中國 | 國際 | 體育\n\n"
        f"北韓射衛星入軌 美日韓譴責\n\n【明報專訊】{_TW_STORY[0]}\n\n{_TW_STORY[1]}\n"
    )
    a = _one_raw("mingpao.txt", text, "big5hkscs")
    assert (a["title"], a["category"]) == ("北韓射衛星入軌 美日韓譴責", "國際")


def test_a_copys_date_line_with_spaced_labels_and_its_edit_time():
    """韩民族日报's page copied: the headline over a date line whose labels are set apart from
    their colons and give the edit time after (发稿时间 : 2025-06-12 18:05 修改时间 : 2025-06-12
    19:20), then the share buttons: the headline is the title and the first time its date."""
    text = (
        "跳到正文\n韩民族日报 中文版\n한국어 | English | 日本語\n搜索\n首页\n政治\n朝鲜半岛\n经济\n"
        "社会\n国际\n文化\n评论\n朝鲜半岛\n韩国停播对朝扩音喊话一天后 朝鲜也停止对韩噪音广播\n"
        "发稿时间 : 2025-06-12 18:05 修改时间 : 2025-06-12 19:20\n分享\n微信\n微博\nFacebook\nX\n"
        "复制链接\n字号\n打印\n\n"
        "6月12日上午，京畿道坡州市临津阁一带。韩国军方11日停止了全部对朝扩音器广播，朝鲜也于12日停止了"
        f"对韩噪音广播。 韩联社\n{_STORY}\n"
    )
    a = _one_raw("hani.txt", text, "utf-16")
    assert a["title"] == "韩国停播对朝扩音喊话一天后 朝鲜也停止对韩噪音广播"
    assert (a["published"], a["published_time"]) == ("2025-06-12", "18:05")


def test_a_feed_readers_article_view_copied_with_its_sidebar():
    """Feedly's article view copied: the story's address pasted over it, the reader's sidebar
    (feedly / Search / Today / … / UPGRADE), the headline over the reader's row (the feed / by
    its writer / the day) and its buttons (Save to Board, Mark as Read; VISIT WEBSITE under
    the story). The headline is the title, the row dates it, and no button is text."""
    text = (
        "https://www.cna.com.tw/news/aopl/202211020041.aspx\n\nfeedly\nSearch\nToday\nRead Later\n"
        "Recently Read\nFEEDS\nAll\n國際\n中央社 CNA 國際\nBBC 中文網\nCreate Feed\nBoards\n"
        "Try Pro for Free\nUPGRADE\n\n北韓飛彈首度落在北方界線以南 南韓鬱陵島發布空襲警報\n"
        "中央社 CNA 國際 / by 中央社 / Nov 2, 2022\nSave to Board\nShare\nMark as Read\n\n"
        f"{_TW_STORY[0]}\n\n{_TW_STORY[1]}\n\nVISIT WEBSITE\n"
    )
    a = _one_raw("feedly.txt", text, "cp950")
    assert a["title"] == "北韓飛彈首度落在北方界線以南 南韓鬱陵島發布空襲警報"
    assert (a["published"], a["author"]) == ("2022-11-02", None)
    assert a["outlet"].startswith("中央社") and a["url"].endswith("202211020041.aspx")
    assert a["body"].strip() == "\n\n".join(_TW_STORY[:2])


def test_a_desktop_copy_under_a_whole_site_menu_of_one_word_a_line():
    """A portal's page copied whole: its menu, one word a line and sixty lines long, then the
    crumbs, the headline and its date. The headline is the title, not the menu's first word,
    and the menu is no story text."""
    menu = "\n".join(
        ["网易首页", "应用", "网易新闻", "网易公开课", "快速导航", "新闻", "国内", "国际"]
        + [f"频道{n}" for n in range(50)]
        + ["登录", "免费邮箱"]
    )
    text = (
        f"{menu}\n网易首页 > 新闻中心 > 国际新闻 > 正文\n朝鲜宣布试射新型固体燃料洲际弹道导弹\n"
        f"2023-07-13 08:21:16　来源: 环球网\n举报\n0\n分享至\n\n{_STORY}\n"
    )
    a = _one_raw("163.txt", text, "gb18030")
    assert (a["title"], a["category"]) == ("朝鲜宣布试射新型固体燃料洲际弹道导弹", "国际新闻")
    assert (a["published"], a["published_time"]) == ("2023-07-13", "08:21:16")
    assert "频道" not in a["body"] and a["body"].startswith(_STORY.split("\n")[0][:10])


def test_a_copy_under_a_site_menu_with_crumbs_set_apart_by_slashes():
    """A page copied under its menu (its site's name with its Latin one: udn 聯合新聞網), then
    crumbs set apart by slashes (udn / 全球 / 國際), the headline and its dated byline: the
    headline is the title, the crumbs' last part the section, the menu's name the outlet."""
    menu = "\n".join(
        ["跳到主要內容", "udn 聯合新聞網", "搜尋", "會員登入"] + [f"頻道{n}" for n in range(40)]
    )
    first, second, third = _TW_STORY
    text = (
        f"{menu}\nudn / 全球 / 國際\n北韓宣稱偵察衛星成功入軌 金正恩親赴現場\n"
        f"2023-11-22 09:15 聯合報／ 編譯陳昱婷／即時報導\n讚\n分享\n\n{first}\n\n{second}\n\n{third}\n"
    )
    a = _one_raw("udn.txt", text)
    assert (a["title"], a["category"]) == ("北韓宣稱偵察衛星成功入軌 金正恩親赴現場", "國際")
    assert (a["published_time"], a["author"]) == ("09:15", "陳昱婷")
    assert a["outlet"] == outlet_for_name("聯合新聞網") and a["body"].startswith(first[:10])


def test_a_copy_with_a_standfirst_and_a_picture_between_the_headline_and_its_date():
    """DW's page copied whole: its menu, the headline, the standfirst, the lead picture's title
    and caption, then the date printed twice (its hidden copy with it) and the share buttons
    (Facebook Messenger among them). The headline is the title, the date read once."""
    menu = "\n".join(
        [
            "跳转到内容",
            "跳转到主菜单",
            "德国之声",
            "DW",
            "搜索",
            "直播",
            "新闻",
            "德国",
            "中国",
            "国际",
            "政治",
            "朝鲜",
        ]
    )
    text = (
        f"{menu}\n普京访问朝鲜 与金正恩签署全面战略伙伴关系条约\n"
        "俄罗斯总统普京周三对朝鲜进行国事访问，与朝鲜领导人金正恩签署了一项包含遭受侵略时相互援助条款的条约。\n"
        "普京与金正恩在平壤签署条约\n普京（右）与金正恩在平壤签署条约图像: Kristina Kormilitsyna/Sputnik/AP\n"
        "广告\n2024年6月19日2024年6月19日\nhttps://p.dw.com/p/4hG7x\n分享\nFacebook\nX\n"
        f"Facebook Messenger\nTelegram\n复制链接\n{_STORY}\n"
    )
    a = _one_raw("dw.txt", text)
    assert (a["title"], a["published"]) == (
        "普京访问朝鲜 与金正恩签署全面战略伙伴关系条约",
        "2024-06-19",
    )
    assert "Messenger" not in a["body"] and "跳转" not in a["body"]


def test_a_reader_apps_copy_with_its_host_reading_time_and_saved_rows():
    """A reader app's copy (Reeder): the headline, the site's host and the reading time
    (cn.nikkei.com · 约 6 分钟阅读), the day it was saved and its tags, a rule, then the page;
    its address under 在浏览器中打开. The host names the site, the saved day only bounds the
    date (the page's own date dates it), the tags are read; none of these rows is text."""
    text = (
        "韩国新总统李在明上任，日韩关系面临考验\ncn.nikkei.com · 约 6 分钟阅读\n"
        "已保存 2025年6月12日 · 标签：韩国, 日韩关系\n\n────────────\n\n2025/06/04 11:05\n\n"
        f"{_STORY}\n\n────────────\n\n在浏览器中打开：https://cn.nikkei.com/politicsaeconomy/58741.html\n"
    )
    a = _one_raw("reeder.txt", text)
    assert (a["title"], a["published"], a["published_time"]) == (
        "韩国新总统李在明上任，日韩关系面临考验",
        "2025-06-04",
        "11:05",
    )
    assert a["outlet"] == outlet_for_name("日经中文网") and a["tags"] == ["韩国", "日韩关系"]
    assert a["url"] == "https://cn.nikkei.com/politicsaeconomy/58741.html"
    assert a["body"].strip() == _STORY


def test_a_byline_printing_the_time_before_the_day():
    """中時's byline line prints the time before the day (18:52 2018/04/27 中時新聞網 蔡佩珊):
    it dates the story with its time, names its writer, and is no story text."""
    menu = "中時新聞網\n登入\n訂閱\n首頁\n即時\n熱門\n政治\n國際\n軍事\n兩岸\n首頁\n國際"
    first, second, third = _TW_STORY
    text = (
        f"{menu}\n文在寅金正恩簽板門店宣言 年內宣布終戰\n18:52 2018/04/27 中時新聞網 蔡佩珊\n"
        f"字級設定：\n小\n中\n大\n特\n\n{first}\n\n{second}\n\n{third}\n"
    )
    a = _one_raw("chinatimes.txt", text, "utf-16")
    assert (a["published"], a["published_time"], a["author"]) == ("2018-04-27", "18:52", "蔡佩珊")
    assert a["body"].startswith(first[:10])


def test_a_copy_under_a_top_bar_day_a_language_row_and_a_menu():
    """朝中社's page copied whole: the site's name, its top bar's day with the weekday (主体112
    (2023)年 8月 21日 星期一), a row of languages, the menu, then the headline over its own day
    closed by a dot (2023.08.21.). The headline is the title, its day the date."""
    menu = "\n".join(
        [
            "首页",
            "金正恩总书记革命活动",
            "最新消息",
            "政治",
            "经济",
            "社会·文化",
            "国际",
            "照片",
            "视频",
            "搜索",
        ]
    )
    text = (
        "朝鲜中央通讯社\n主体112(2023)年 8月 21日 星期一\n조선어  English  中文  Русский  Español  日本語\n"
        f"{menu}\n朝鲜外务省声明\n2023.08.21.\n打印  发送邮件\n{_STORY}\n浏览次数 : 1843\n"
    )
    a = _one_raw("kcna.txt", text)
    assert (a["title"], a["published"]) == ("朝鲜外务省声明", "2023-08-21")
    assert "English" not in a["body"] and "革命活动" not in a["body"]


def test_a_notices_fields_a_line_each_name_no_writer_by_a_label():
    """An embassy's notice copied with its fields a line each under the headline (作者 / 驻华
    大使馆 / 日期 / 2023-11-22): the date is read, and a label (日期) is never the writer."""
    text = (
        "首页  >  公告·新闻  >  大使馆新闻\n大韩民国政府关于朝鲜发射军事侦察卫星的声明\n"
        f"作者\n驻华大使馆\n日期\n2023-11-22\n{_STORY}\n"
    )
    a = _one_raw("notice.txt", text)
    assert (a["published"], a["author"]) == ("2023-11-22", None)
    # (a counter's label over its number, a line each, is the page's counter: 点击数 / 2187)
    counted = _one_raw(
        "notice.txt", text.replace(f"2023-11-22\n{_STORY}", f"2023-11-22\n点击数\n2187\n{_STORY}")
    )
    assert "点击数" not in counted["body"] and "2187" not in counted["body"]


def test_a_closing_bracket_of_the_reporter_and_the_editor():
    """A story closing with its reporter and editor in one bracket (（记者李晓宇综合报导/责任编辑：
    林清）): the reporter is the writer, and the credits are no story text."""
    a = _one_raw("ntd.txt", f"普京抵达平壤\n\n{_STORY}\n\n（记者李晓宇综合报导/责任编辑：林清）\n")
    assert a["author"] == "李晓宇" and a["body"].strip() == _STORY


def test_a_wire_copys_desk_before_its_headline_is_no_title():
    """A wire copy's headline opens with its desk in brackets (（国际）尹锡悦宣誓就任韩国总统):
    the desk is not the title's."""
    a = _one_raw("xhs.txt", f"（国际）尹锡悦宣誓就任韩国总统\n\n{_STORY}\n（完）\n")
    assert a["title"] == "尹锡悦宣誓就任韩国总统"


def test_an_old_page_whose_title_names_only_its_site():
    """<title>寶島日報 -- 國際新聞</title> names the site and section; the headline is the old
    page's large font (not a results page's first heading, which is an item's)."""
    story = "".join(f'<p><font size="3">　　{p}</font></p>' for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>寶島日報 -- 國際新聞</title></head><body><table><tr><td>
    <img src="/logo.gif" alt="寶島日報"></td></tr><tr><td><font size="2"><a href="/">首頁</a> |
    <a href="/world/">國際</a></font></td></tr></table><table><tr><td>
    <font size="5"><b>六方會談發表共同聲明 北韓承諾放棄核武</b></font></td></tr>
    <tr><td><font size="2">記者陳俊宏／綜合外電報導　2005/09/19 14:32</font></td></tr>
    <tr><td>{story}</td></tr></table></body></html>"""
    a = _one_raw("old.html", page)
    assert a["title"] == "六方會談發表共同聲明 北韓承諾放棄核武"
    assert (a["published"], a["author"]) == ("2005-09-19", "陳俊宏")


def test_an_old_page_whose_headline_is_a_block_with_a_title_id():
    """An old page (<title>自由時報電子報</title>) whose headline is a span with a title's id
    (<span id="newtitle" class="insubject1">) over the text, under a side menu of the day's
    headlines: the span is the headline."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>自由時報電子報</title></head><body><table><tr>
    <td><img src="/logo.gif" alt="自由時報電子報"></td></tr><tr><td class="date_bar">2010年11月24日
    星期三　｜　<a href="/">回首頁</a></td></tr></table><table><tr><td class="leftmenu">
    <div class="lm_title">今日新聞</div><ul><li><a href="today-int1.htm">北韓砲轟延坪島 南韓2兵亡</a></li>
    <li><a href="today-int2.htm">青瓦台：北韓蓄意挑釁 將嚴厲回應</a></li></ul></td><td class="content">
    <div class="guide"><a href="/">首頁</a> &gt; <a href="today-int.htm">國際新聞</a></div>
    <span id="newtitle" class="insubject1">北韓砲轟延坪島 南韓2兵亡</span>
    <span id="newtext">{story}</span></td></tr></table></body></html>"""
    a = _one_raw("ltn.htm", page)
    assert a["title"] == "北韓砲轟延坪島 南韓2兵亡"
    assert a["body"].strip().startswith(_STORY[:20])


def test_an_address_cloudflare_hid_is_read_back():
    """Cloudflare shows "[email protected]" where a page has an address (a script decodes it on
    screen): the address goes back, so the reporter's closing line (朴敏载 记者 a@b) is a byline
    line and leaves the story; a code that is not an address is left alone."""
    from peninsula.formats.html import _cf_email

    code = "3b" + bytes(b ^ 0x3B for b in b"park@hani.co.kr").hex()
    assert _cf_email(code) == "park@hani.co.kr"
    assert _cf_email("3b4a") is None and _cf_email("zz") is None
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    hidden = f'<a href="/cdn-cgi/l/email-protection#{code}"><span class="__cf_email__" data-cfemail="{code}">[email&#160;protected]</span></a>'
    page = f"""<html><head><title>韩中日领导人会议在首尔举行</title></head><body>
    <h1>韩中日领导人会议在首尔举行</h1><div class="article-text">{story}
    <p class="reporter">朴敏载 记者 {hidden}</p></div></body></html>"""
    a = _one_raw("hani.html", page)
    assert "protected" not in a["body"] and "朴敏载" not in a["body"]
    assert a["body"].rstrip().endswith("各自关切。")


def test_a_box_of_files_is_the_pages_attachments():
    """A press release's files (附件: a .hwp and a .pdf, with sizes and download buttons) are
    links of kind "attachment", not the story's first lines; a file named in a sentence stays."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    files = """<div class="file_list"><strong>附件</strong><ul>
    <li><a href="/cmm/fms/FileDown.do?atchFileId=F1&amp;fileSn=0">（报道资料）北韩人权报告书.hwp</a>
    <span>(245KB)</span> <a href="/cmm/fms/FileDown.do?atchFileId=F1&amp;fileSn=0">下载</a>
    <a href="/synap/doc.html?fn=F1_0">预览</a></li>
    <li><a href="/cmm/fms/FileDown.do?atchFileId=F1&amp;fileSn=1">主要内容(中文).pdf</a>
    <span>(1.8MB)</span></li></ul></div>"""
    inline = '<p>报告全文见<a href="/files/report.pdf">报告.pdf</a>，英文版下半年发布。</p>'
    page = f"""<html><head><title>统一部发布北韩人权报告书</title></head><body>
    <h1>统一部发布北韩人权报告书</h1><div class="view_cont">{files}{story}{inline}</div>
    <link rel="canonical" href="https://www.unikorea.go.kr/chn/view.do?id=1"></body></html>"""
    a = _one_raw("release.html", page)
    assert a["body"].startswith(_STORY[:10]) and "245KB" not in a["body"]
    assert "报告全文见" in a["body"] and "报告.pdf" in a["body"]
    files_out = [(ln["title"], ln["url"]) for ln in a["links"] if ln["kind"] == "attachment"]
    assert files_out == [
        (
            "（报道资料）北韩人权报告书.hwp",
            "https://www.unikorea.go.kr/cmm/fms/FileDown.do?atchFileId=F1&fileSn=0",
        ),
        (
            "主要内容(中文).pdf",
            "https://www.unikorea.go.kr/cmm/fms/FileDown.do?atchFileId=F1&fileSn=1",
        ),
    ]


@pytest.mark.parametrize(
    "line, cut",
    [
        ("【Profile】", True),
        ("## 作者简介", True),
        ("關於作者", True),
        ("作者简介：张三，复旦大学教授。", False),  # a sentence, and inline
        ("他在作者简介中写道，自己曾在首尔工作。", False),
    ],
)
def test_an_authors_profile_heading_ends_the_story(line, cut):
    from peninsula.clean import ends_story

    assert ends_story(line) is cut


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("您对本页面提供的信息满意吗？", True),
        ("非常满意", True),
        ("统一部创作的本作品可在“公共信息开放许可 第1类型：注明出处”条件下使用。", True),
        ("负责部门：发言人室   电话：02-2100-5652   最终更新日：2024.06.28.", True),
        ("＜完＞", True),
        ("（끝）", True),
        ("调查显示，六成受访者对政府的对朝政策表示满意。", False),
    ],
)
def test_a_government_pages_survey_licence_and_owner_lines(line, furniture):
    assert is_boilerplate(line) is furniture


@pytest.mark.parametrize(
    "head",
    [
        "## 我們想讓你知道的是\n\n金與正宣布北韓拒絕與日方接觸，日朝卡關的關鍵是綁架問題。",
        "![lead](https://x.y/a.jpg)\n\n*Photo Credit: Reuters*\n\n## 划重点\n\n- 朝鲜炸毁京义线部分路段",
        "![lead](https://x.y/a.jpg)\n\n金與正宣布北韓拒絕與日方接觸。",
    ],
)
def test_a_byline_under_a_labelled_deck_or_a_lead_photo_goes(head):
    """The writer's line (文：賴冠勳, 作者 | 徐宁远　编辑 | 张帆) under a deck, itself under its
    label or a lead photo, leaves the story; the deck stays."""
    from peninsula.clean import without_meta_lines

    story = "北韓領導人金正恩的胞妹金與正3月25日再度發表談話。\n\n第二段。"
    for byline in ("文：賴冠勳", "作者 | 徐宁远\u3000编辑 | 张帆"):
        assert without_meta_lines(f"{head}\n\n{byline}\n\n{story}") == f"{head}\n\n{story}"


def test_an_update_time_labelled_by_its_words_is_not_the_date():
    """An AMP cache copy: 最后更新：<time> in a span of its own is the update, not the
    publication (it had dated the story a day late); the AMP image is the story's image."""
    a = _one("voa_amp_cache.html")
    assert (a["published"], a["published_time"]) == ("2023-08-18", "21:04")
    assert a["author"] == "李牧" and a["outlet"].startswith("美国之音")
    assert a["url"].startswith("https://www.voachinese.com/a/")


def test_a_byline_block_after_repeated_info_spans_still_names_the_reporter():
    """An info bar, then its spans again as blocks of their own, then the reporter's block
    (记者 李哲浩　朴裕美): the repeats do not push the reporter out of the dateline."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>朝鲜发射洲际弹道导弹</title></head><body>
    <h1>朝鲜发射洲际弹道导弹</h1><div class="articleInfo"><span class="source">【中央日报】</span>
    <span class="time">2017年11月30日 09:52</span><span class="print">打印</span></div>
    <div class="reporter">记者 李哲浩　朴裕美</div><div class="articleContent">{story}</div>
    </body></html>"""
    a = _one_raw("joongang.html", page)
    assert a["author"] == "李哲浩、朴裕美" and a["published"] == "2017-11-30"


def test_several_reporters_named_before_their_title_under_the_story():
    assert author_from_header("金志勋记者 jhkim@donga.com · 孙孝珍记者 hjson@donga.com") == (
        "金志勋、孙孝珍"
    )
    assert author_from_header("朴敏载 记者\n朴敏载 记者 park@hani.co.kr") == "朴敏载"
    assert is_boilerplate("金志勋记者 jhkim@donga.com · 孙孝珍记者 hjson@donga.com") is False
    from peninsula.clean import split_footer

    body = f"{_STORY}\n\n金志勋记者 jhkim@donga.com · 孙孝珍记者 hjson@donga.com\n"
    assert split_footer(body)[1] == ["金志勋记者 jhkim@donga.com · 孙孝珍记者 hjson@donga.com"]


def test_a_korean_papers_chinese_edition_copied_whole():
    """A whole page copied from a Korean paper's Chinese edition: its menu copied as a row of
    tabs, the headline over 登录 : … 修改 : … (등록 / 수정 in Chinese): the headline is the
    title and the first time the date; the share box's 复制链接 field gives the address; the
    story ends at 最多阅读 and the font buttons (字号+ 字号-) go."""
    text = (
        "韩民族日报中文版\n首页\t政治\t经济\t社会\t国际\t文化\t朝鲜半岛\n搜索\n한국어 | English | 中文\n\n"
        "朝鲜半岛\n\n南北首脑签署《9月平壤共同宣言》 金正恩承诺近期访问首尔\n\n"
        "登录 : 2018-09-19 17:52  修改 : 2018-09-19 18:30\n\n分享\n字号+\n字号-\n"
        "复制链接 https://china.hani.co.kr/arti/politics/862671.html\n\n"
        f"{_STORY}\n\n（翻译：朴敏）\n韩文原文：http://www.hani.co.kr/arti/politics/defense/862671.html\n\n"
        "最多阅读\n1\t韩国房价飙升 政府出台综合房地产对策\n"
    )
    a = _one_raw("hani.txt", text, "gb18030")
    assert a["title"] == "南北首脑签署《9月平壤共同宣言》 金正恩承诺近期访问首尔"
    assert (a["published"], a["published_time"]) == ("2018-09-19", "17:52")
    assert a["url"] == "https://china.hani.co.kr/arti/politics/862671.html"
    assert a["outlet"].startswith("韩民族日报")
    assert a["body"].strip() == _STORY.strip()


def test_an_outlet_date_and_section_line_under_a_copied_headline():
    """共同社 - 2024年5月28日 00:15 | 朝鲜半岛: the outlet, the date, then the section."""

    assert date_and_source("共同社 - 2024年5月28日 00:15 | 朝鲜半岛") == (
        "2024年5月28日 00:15",
        "共同社",
    )
    assert date_and_source("朝鲜半岛 - 2024年5月28日 00:15 | 国际") is None  # no outlet


def test_a_paywalls_remaining_share_ends_the_story():
    from peninsula.clean import cut_at_story_end

    body = f"{_STORY}\n\n剩余 45%\n\n本文为日经中文网会员专享内容，登录或注册会员后即可阅读全文。\n"
    assert cut_at_story_end(body).strip() == _STORY.strip()


def test_a_page_of_unnamed_divs_with_a_list_of_links_in_one_block_is_one_article():
    """An archive.today capture drops class names and sets every paragraph in a <div>: its
    related list (several link-only divs in one block) is not a list page, a row of share
    buttons over the story is not a card's headline, and the story starts under the headline
    printed below the menu's short lines."""
    menu = "".join(
        f'<div><a href="https://news.mingpao.com/pns/{s}">{s}</a></div>'
        for s in ["要聞", "港聞", "經濟", "國際"]
    )
    story = "".join(f"<div>{p}</div>" for p in _STORY.split("\n\n"))
    related = "".join(
        f'<div><a href="https://news.mingpao.com/pns/article/{k}">另一篇報道的標題第{k}篇</a></div>'
        for k in range(5)
    )
    page = f"""<html><head><title>特金簽聯合聲明 北韓承諾完全無核化 - 明報新聞網</title></head><body><div id="CONTENT">
    <div>{menu}</div><div><div>每日明報 &gt; 國際</div><div>特金簽聯合聲明 北韓承諾完全無核化</div>
    <div>2018年6月13日星期三</div><div><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook 分享</a>
    <a href="https://social-plugins.line.me/lineit/share?url=x">LINE</a></div>
    <div>{story}</div><div>相關新聞</div><div>{related}</div></div></div></body></html>"""
    (a,) = convert("capture.html", page.encode())["articles"]
    assert a["title"] == "特金簽聯合聲明 北韓承諾完全無核化"
    assert a["body"].startswith(_STORY[:20]) and "Facebook" not in a["body"]
    assert a["published"] == "2018-06-13"


_SRT = """1
00:00:00,000 --> 00:00:02,960
央视新闻频道《朝闻天下》
2024年6月19日

2
00:00:03,040 --> 00:00:05,720
好 接下来我们关注国际方面的消息

3
00:00:05,800 --> 00:00:09,120
【普京抵达平壤 开始对朝鲜进行国事访问】

4
00:00:09,200 --> 00:00:11,840
俄罗斯总统普京当地时间19日凌晨

5
00:00:11,920 --> 00:00:13,760
<i>抵达朝鲜首都平壤</i>

6
00:00:13,840 --> 00:00:16,600
总台记者 王晓宁 莫斯科报道

7
00:00:16,680 --> 00:00:19,480
更多资讯 请关注央视新闻客户端
"""


@pytest.mark.parametrize("kind", ["srt", "vtt"])
def test_a_news_videos_subtitle_track(kind):
    """A subtitle track: the bracketed caption is the title, the programme's cues before it
    (channel and day, the anchor's lead-in) are not the report but name the outlet and the
    day, the reporter's sign-off names the author, the channel's promotion goes; cues are
    joined as the transcript they are (no punctuation added), tags and timings dropped."""
    track = _SRT
    if kind == "vtt":
        track = "WEBVTT\n\n" + re.sub(r"(?m)^\d+\n", "", track).replace(",", ".")
    raw = ("\ufeff" + track).replace("\n", "\r\n").encode("utf-8")
    result = convert(f"cctv.{kind}", raw)
    assert result["source"]["format"] == "subtitles"
    (a,) = result["articles"]
    assert (a["title"], a["published"]) == ("普京抵达平壤 开始对朝鲜进行国事访问", "2024-06-19")
    assert a["outlet"].startswith("央视") and a["author"] == "王晓宁"
    assert a["body"].strip() == "俄罗斯总统普京当地时间19日凌晨 抵达朝鲜首都平壤"


def test_a_telegram_channels_json_export():
    """Telegram Desktop's result.json: one article per message that points to a story; its
    bold first line is the headline, its hashtags the tags, its link's text the outlet; the
    time is the local time with the offset of its Unix time; a service entry and the
    channel's own promotion (only t.me links) are not articles."""
    msg = {
        "id": 2198, "type": "message", "date": "2024-06-17T21:14:05", "date_unixtime": "1718630045",
        "from": "朝鲜半岛速递",
        "text": [
            {"type": "bold", "text": "普京将于18日至19日对朝鲜进行国事访问"},
            "\n\n克里姆林宫和朝中社17日晚同时宣布，普京将于6月18日至19日对朝鲜进行国事访问。\n\n",
            {"type": "hashtag", "text": "#俄朝关系"}, " ", {"type": "hashtag", "text": "#朝鲜"},
            "\n🔗 来源：",
            {"type": "text_link", "text": "韩联社", "href": "https://cn.yna.co.kr/view/ACK2024061700"},
        ],
    }  # fmt: skip
    export = {
        "name": "朝鲜半岛速递", "type": "public_channel",
        "messages": [
            {"id": 1, "type": "service", "date": "2024-06-17T09:00:41", "action": "pin_message", "text": ""},
            msg,
            {"id": 3, "type": "message", "date": "2024-06-21T12:00:00", "date_unixtime": "1718942400",
             "text": ["📢 欢迎转发本频道！\n频道链接：", {"type": "link", "text": "https://t.me/bandao_sudi"}]},
        ],
    }  # fmt: skip
    result = convert("result.json", json.dumps(export, ensure_ascii=False, indent=1).encode())
    (a,) = result["articles"]
    assert a["title"] == "普京将于18日至19日对朝鲜进行国事访问" and a["title_source"] == "headline"
    assert (a["published"], a["published_time"]) == ("2024-06-17", "21:14:05+08:00")
    assert (
        a["outlet"].startswith("韩联社") and a["url"] == "https://cn.yna.co.kr/view/ACK2024061700"
    )
    assert a["tags"] == ["俄朝关系", "朝鲜"] and a["body"].startswith("克里姆林宫")
    assert "#" not in a["body"] and "🔗" not in a["body"]
    assert a["author"] is None
    # a channel that signs its posts gives each its writer's name (author: 林间)
    signed = {**export, "messages": [{**msg, "author": "林间"}]}
    (b,) = convert("result.json", json.dumps(signed, ensure_ascii=False).encode())["articles"]
    assert b["author"] == "林间"


def test_a_clipping_of_the_whole_page():
    """A web clipper that kept the whole page: the page title's tail (| 國際 | 中央社 CNA) goes
    with the headline printed as # …; the section link, date line and share buttons over it are
    the dateline's evidence (its time too); the related list under ## 延伸閱讀 goes to the links
    table and the most-read list under ## 人氣排行 ends the story, as does the reprint notice."""
    clip = f"""---
title: "北韓再飄垃圾氣球 南韓重啟擴音廣播 | 國際 | 中央社 CNA"
source: "https://www.cna.com.tw/news/aopl/202406090131.aspx"
author:
  - "[[中央社]]"
published: 2024-06-09
created: 2024-06-11
tags:
  - "clippings"
---
[國際](https://www.cna.com.tw/list/aopl.aspx)

# 北韓再飄垃圾氣球 南韓重啟擴音廣播

2024/6/9 21:35（6/10 08:12 更新）

- 字級設定
- 分享

（中央社記者林宛儒首爾9日專電）{_STORY}

本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。

## 延伸閱讀

- [北韓又放330個垃圾氣球](https://www.cna.com.tw/news/aopl/202406090018.aspx)
- [金與正：將以10倍垃圾回敬](https://www.cna.com.tw/news/aopl/202406030009.aspx)

## 人氣排行

1. [台股收盤](https://www.cna.com.tw/news/afe/202406070301.aspx)
"""
    a = _one_raw("clip.md", clip)
    assert a["title"] == "北韓再飄垃圾氣球 南韓重啟擴音廣播"
    assert (a["published"], a["published_time"], a["author"]) == ("2024-06-09", "21:35", "林宛儒")
    assert a["body"].startswith("（中央社記者林宛儒首爾9日專電）") and a["body"].rstrip().endswith(
        "各自关切。"
    )
    assert [ln["title"] for ln in a["links"]] == [
        "北韓又放330個垃圾氣球",
        "金與正：將以10倍垃圾回敬",
    ]


@pytest.mark.parametrize(
    "stamp",
    ["2024/6/20 11:{mm} - ", "[2024/6/20 11:{mm}:05] "],  # Android, iOS
)
def test_an_article_pasted_into_a_chats_history(stamp):
    """A chat's exported history with an article pasted into one message: that message is the
    article, read as a text copy (headline, byline, date line under it); the comments around
    it, system lines and media placeholders are not; the day it was pasted bounds the date."""

    def line(mm, text):
        return stamp.format(mm=mm) + text

    chat = "\n".join(
        [
            line("01", "消息和通话已进行端到端加密。"),
            line("02", "张明 创建了群组“半岛研究小组”"),
            line("03", "李婧: 普京凌晨已经到平壤了"),
            line("04", "王一帆: \u200e<省略媒体文件>"),
            line("05", "张明: 转发自：澎湃新闻"),
            "朝俄条约全文公布：一方遭武装入侵时另一方将立即提供军事援助",
            "澎湃新闻记者 孙宇航",
            "2024-06-20 10:05 来源：澎湃新闻",
            "",
            _STORY,
            line("06", "王一帆: 关键还是“毫不拖延”这几个字"),
            line("07", "李婧: 👍👍"),
        ]
    )
    result = convert("chat.txt", chat.encode())
    assert result["source"]["format"] == "chat"
    (a,) = result["articles"]
    assert a["title"] == "朝俄条约全文公布：一方遭武装入侵时另一方将立即提供军事援助"
    assert (a["published"], a["published_time"], a["author"]) == ("2024-06-20", "10:05", "孙宇航")
    assert a["outlet"].startswith("澎湃") and a["body"].strip() == _STORY.strip()
    short = "\n".join(line(f"{k:02d}", f"李婧: 第{k}条消息") for k in range(6))
    assert convert("chat2.txt", short.encode())["source"]["format"] != "chat"  # nothing pasted


def test_a_newsletters_one_story_gets_its_address_from_the_text_part():
    """A newsletter whose HTML part links only through its tracker names its one story's
    address in its text part (阅读全文：…?utm_source=…): that address, without the campaign
    parameters, is the article's; the note of why the mail came and how to stop it goes.
    A digest naming several stories names none as the page's."""
    tracked = "https://link.zaobao.com.sg/c/7/eyJoIjoiM2E3YzE5ZjAiLCJpIjoiNjU4ZjIxIiwibCI6dW5z"
    html = f"""<html><body><table><tr><td><h1>北韓再射導彈，日本發警報</h1>
    <p>南韓聯合參謀本部表示，北韓今天上午朝東部海域發射一枚短程彈道導彈，飛行約350公里。</p>
    <p>您收到此邮件，是因为您订阅了联合早报电子报《早报早知道》。<br>
    如不想再收到此类邮件，请<a href="{tracked}">取消订阅</a>　｜　<a href="{tracked}2">管理订阅偏好</a></p>
    </td></tr></table></body></html>"""
    story = "https://www.zaobao.com.sg/news/world/story20240619-3912705"
    plain = f"北韓再射導彈\n\n阅读全文：{story}?utm_source=zbnewsletter&utm_medium=email\n"
    (a,) = convert("n.eml", _mail(html, plain))["articles"]
    assert a["url"] == story
    assert (
        a["body"].strip()
        == "南韓聯合參謀本部表示，北韓今天上午朝東部海域發射一枚短程彈道導彈，飛行約350公里。"
    )
    digest = plain + f"阅读全文：{story}-2\n"
    (b,) = convert("d.eml", _mail(html, digest))["articles"]
    assert b["url"] != story


def test_a_page_machine_translated_into_chinese():
    """A Korean paper's page through Google's translating proxy: the metadata keeps the Korean
    title, the <title> and the printed headline are Chinese (the <title> with the sections
    after it: … : 国防 : 政治 : 韩民族日报); the printed headline is the title, once."""
    story = "".join(
        f'<p><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">{p}</font></font></p>'
        for p in _STORY.split("\n\n")
    )
    page = f"""<html><head><title>朝鲜声称多弹头试验成功 : 国防 : 政治 : 韩民族日报</title>
    <meta property="og:title" content="북 “다탄두 시험 성공” 주장…합참 “실패 기만·과장”">
    <link rel="canonical" href="https://www.hani.co.kr/arti/politics/defense/1146792.html"></head>
    <body><div class="article"><h3 class="title">朝鲜声称多弹头试验成功</h3>{story}
    <p>jihoon@hani.co.kr</p></div></body></html>"""
    a = _one_raw("hani.html", page)
    assert a["title"] == "朝鲜声称多弹头试验成功"
    assert a["body"].startswith(_STORY[:10]) and a["body"].rstrip().endswith("各自关切。")


def test_a_print_view_with_its_fields_in_a_table_row():
    """A print view: the source, author and time in one table row between the headline and
    the story date it; the address it prints (本文链接：…) is the page's own."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>东方网 打印本页</title></head><body><div id="printwrap">
    <h1>朝鲜宣布成功进行第三次地下核试验</h1>
    <table class="pinfo"><tr><td>来源：新华社</td><td>作者：郭一喆 张力文</td>
    <td>发布时间：2013-02-12 15:42</td></tr></table>
    <div class="pcontent">{story}</div><div class="pbottom"><div>（责任编辑：陈晓燕）</div>
    <div>本文链接：<a href="http://news.eastday.com/w/20130212/u1a7183046.html">http://news.eastday.com/w/20130212/u1a7183046.html</a></div>
    </div></div></body></html>"""
    a = _one_raw("print.html", page, "gb18030")
    assert (a["published"], a["published_time"]) == ("2013-02-12", "15:42")
    assert a["url"] == "http://news.eastday.com/w/20130212/u1a7183046.html"
    assert a["outlet"].startswith("新华社")


def test_a_saved_reader_view_names_its_page():
    """Firefox's reader view saved as a page: its domain link is the story's address."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>普京訪問平壤</title></head><body><div class="container">
    <div class="header reader-header"><a class="domain reader-domain"
    href="https://www.bbc.com/zhongwen/trad/world-69148213">bbc.com</a>
    <h1 class="reader-title">普京訪問平壤</h1><div class="credits reader-credits">BBC News 中文</div></div>
    <div class="content"><div class="moz-reader-content">{story}</div></div></div></body></html>"""
    a = _one_raw("reader.html", page)
    assert a["url"] == "https://www.bbc.com/zhongwen/trad/world-69148213"
    assert a["body"].startswith(_STORY[:10])


def test_closing_bylines_over_a_related_list():
    """Korean papers' Chinese editions name the reporters under the story, over the related
    list: 平壤共同采访团，记者 金正孝 李智恩 in a text copy, 金志勋记者 … · 孙孝珍记者 … over
    该领域的其他新闻 in a page; both name the authors and leave the story."""
    text = f"南北首脑签署平壤共同宣言\n\n2018-09-19 17:52\n\n{_STORY}\n\n平壤共同采访团，记者 金正孝 李智恩\n\n相关新闻\n\n文在寅总统抵达平壤\n"
    a = _one_raw("hani.txt", text)
    assert a["author"] == "金正孝、李智恩" and "采访团" not in a["body"]
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>脱北者4人乘小木船越过北方限界线</title></head><body><article>
    <h1>脱北者4人乘小木船越过北方限界线</h1><div class="article_txt">{story}
    <p>金志勋记者 jhkim@donga.com · 孙孝珍记者 hjson@donga.com</p></div>
    <h3>该领域的其他新闻</h3><ul><li><a href="https://www.donga.com/cn/article/all/20231024/4486102/1">统一部：今年脱北者入境人数有望超过200人</a></li>
    <li><a href="https://www.donga.com/cn/article/all/20231023/4485541/1">朝鲜强制遣返脱北者引发国际社会关注</a></li></ul>
    </article></body></html>"""
    b = _one_raw("donga.html", page)
    assert b["author"] == "金志勋、孙孝珍" and b["body"].rstrip().endswith("各自关切。")


def test_a_section_link_over_the_story():
    """[国际](https://www.voachinese.com/world) over the story: the section, not the story."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>美日韩戴维营峰会</title></head><body><article>
    <div class="meta category"><a href="https://www.voachinese.com/world">国际</a></div>
    <h1>美日韩戴维营峰会</h1>{story}</article></body></html>"""
    a = _one_raw("voa.html", page)
    assert a["body"].startswith(_STORY[:10]) and a["category"] == "国际"


def test_a_compound_container_holding_the_story_beside_a_sidebar_and_a_footer():
    """<div class="news-content"> holds the story; the sidebar (side-box) and the footer hold
    enough paragraphs that it misses nine tenths of the page's: of the text outside them it
    holds all, so it is the story's container, not the whole page with its menus."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    side = "".join(
        f"<p>侧栏里另一条新闻的摘要第{k}条，内容与本文无关，只是频道推荐。</p>" for k in range(6)
    )
    page = f"""<html><head><title>朝鲜之声</title></head><body><div class="container">
    <div class="top-bar"><a href="/">朝鲜之声</a> <a href="?lang=kor">조선어</a> <a href="?lang=eng">English</a></div>
    <div class="row"><div class="col-md-8 news-detail"><h3 class="news-title">朝鲜成功发射侦察卫星</h3>
    <div class="news-content">{story}</div></div>
    <div class="col-md-4 side"><div class="side-box">{side}</div></div></div>
    <div class="row footer"><p>朝鲜之声广播电台 中文广播：每天19:00－20:00（北京时间18:00－19:00）短波频率请见节目表。</p></div>
    </div></body></html>"""
    a = _one_raw("vok.html", page)
    assert a["body"].strip() == _STORY.strip()


def test_official_pages_of_foreign_ministries():
    """Official pages: a spokesman's greeting (各位记者朋友) names no reporter; Japan's era year
    (令和6年5月28日) and KCNA's dotted Juche date ([主体113(2024).6.30.]) date a page; a
    related-information block listing other pages with their dates is no byline; a date whose
    label says it is the update (資料更新時間：) is not the publication date; a heading classed
    as the title (h4.tit) is the headline where the page's <title> names only the site and an
    h2 is the section's banner; a Korean site's skip links go."""
    assert author_from_header("张晓刚：各位记者朋友，大家下午好！") is None
    assert article_date("", header="令和6年5月28日").published == "2024-05-28"
    assert article_date("", header="[主体113(2024).6.30.]").published == "2024-06-30"
    assert is_boilerplate("본문 바로가기") and is_boilerplate("주메뉴 바로가기")
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>大韩民国驻中华人民共和国大使馆</title></head><body>
    <div class="sub_visual"><h2>新闻</h2></div><div class="board_view">
    <h4 class="tit">[外交部发言人声明] 关于朝鲜发射短程弹道导弹</h4>
    <ul class="info"><li><span>發布時間：</span><span>2024-05-30</span></li>
    <li><span>資料更新時間：</span><span>2024-06-21 09:14:22</span></li></ul>
    <div class="related info">关联信息 关于朝鲜发射弹道导弹（2024年4月2日）</div>
    <div class="board_con">{story}</div></div></body></html>"""
    a = _one_raw("emb.html", page)
    assert a["title"] == "[外交部发言人声明] 关于朝鲜发射短程弹道导弹"
    assert a["published"] == "2024-05-30" and a["outlet"].startswith("大韩民国驻中国大使馆")


def test_an_app_share_page_whose_story_is_in_its_window_state():
    """A news app's share page saved as HTML only: a loading shell (加载中…) whose story,
    title and time are in the script's window.__INITIAL_STATE__ = {…} (characters escaped)."""
    state = {
        "detail": {
            "title": "普京访问朝鲜 俄朝签署全面战略伙伴关系条约",
            "content": "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n")),
            "releaseDate": "2024-06-19 22:31:05",
            "lastModifyTime": "2024-06-19 22:40:17",
        }
    }
    page = f"""<html><head><title>新华社客户端</title></head><body><div id="app">
    <div class="loading">加载中…</div><img src="/logo.png" alt="新华社"><p>新华社客户端</p>
    <p>国家通讯社 权威发布</p></div>
    <script>window.__INITIAL_STATE__ = {json.dumps(state)};</script></body></html>"""
    a = _one_raw("share.html", page)
    assert a["title"] == "普京访问朝鲜 俄朝签署全面战略伙伴关系条约"
    assert (a["published"], a["published_time"]) == ("2024-06-19", "22:31:05")
    assert a["body"].strip() == _STORY.strip()


def test_a_self_media_platforms_notice_ends_the_post():
    """A 网易号 post: the platform's notice that a user uploaded it (特别声明：以上内容…) ends
    the story; the uploader's card under it (account, bio, follow button, comment count) goes."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>美日韩峰会_网易订阅</title></head><body><div class="post_main">
    <h1>美日韩戴维营峰会</h1><div class="post_body">{story}
    <p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
    <p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao.</p>
    <p><a href="https://www.163.com/dy/media/T1603594732083.html">国际观察员阿强</a></p>
    <p>关注国际时事，解读大国博弈</p><p>+ 关注</p><p>跟贴参与 2863</p></div></div></body></html>"""
    a = _one_raw("163.html", page)
    assert a["body"].rstrip().endswith("各自关切。")


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("无障碍 [网站地图](https://www.mfa.gov.cn/wzdt/)", True),
        ("无障碍设施建设取得进展。", False),
    ],
)
def test_an_accessibility_switch_with_the_site_map_link(line, furniture):
    assert is_boilerplate(line) is furniture


def test_a_bracketed_writers_credit_over_the_story():
    """【文/观察者网 邵晴】 on its own over the story names the writer and is not the story."""
    from peninsula.clean import without_meta_lines

    body = f"【文/观察者网 邵晴】\n\n{_STORY}"
    assert without_meta_lines(body) == _STORY
    assert author_from_header("【文/观察者网 邵晴】") == "邵晴"


def test_a_bracketed_byline_is_read_whole_and_a_pages_counters_go():
    """A long first paragraph opening with a bracketed byline is read past its 40th character
    to the bracket's end (刘雨涵 was cut to 刘雨); a list of a page's counters and buttons
    under the story (- 點閱次數：2,154, - 友善列印) and 返回页首 go."""
    byline = "【环球时报驻美国特约记者 杨柯 环球时报驻日本特约记者 高晴 环球时报记者 刘雨涵】"
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>美日韩首次单独举行峰会</title></head><body><article>
    <h1>美日韩首次单独举行峰会</h1><p>{byline}{_STORY.split(chr(10))[0]}</p>{story}
    <ul><li>資料更新時間：</li><li>點閱次數：2,154</li></ul><ul><li>友善列印</li></ul>
    <p>返回页首</p></article></body></html>"""
    a = _one_raw("163.html", page)
    assert a["author"] == "杨柯、高晴、刘雨涵"
    assert a["body"].rstrip().endswith("各自关切。")


@pytest.mark.parametrize(
    "head",
    [
        "来自 [中国新闻网](https://www.chinanews.com.cn/)",
        "原创·[环球网](https://www.toutiao.com/c/user/1/)·",
    ],
)
def test_where_a_portals_copy_came_from_over_the_story(head):
    """A portal's note of where its copy came from, with the outlet's link, is not the story."""
    from peninsula.clean import without_meta_lines

    assert without_meta_lines(f"{head}\n\n{_STORY}") == _STORY


@pytest.mark.parametrize(
    "byline", ["南方周末记者 何沛然 南方周末实习生 赵一凡", "本报记者 李明 通讯员 王刚"]
)
def test_writers_each_after_their_title_on_one_line_over_the_story(byline):
    """Two writers on one line, each after their title, are a byline, not the story; the
    writers are read from it."""
    from peninsula.clean import without_meta_lines

    assert without_meta_lines(f"{byline}\n\n{_STORY}") == _STORY
    assert not clean.byline_only("本报记者 李明采访了专家 他说")


def test_an_audio_players_buttons_over_the_story():
    for line in ("收听本条新闻", "播放", "停止"):
        assert is_boilerplate(line)


def test_a_sections_name_printed_alone_over_the_story():
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>李在明当选第21届大韩民国总统</title></head><body><article>
    <h1>李在明当选第21届大韩民国总统</h1><div class="cate">政治</div>{story}</article></body></html>"""
    a = _one_raw("kbs.html", page)
    assert a["body"].startswith(_STORY[:10]) and a["category"] == "政治"


def test_a_read_it_later_export_is_a_list_of_saved_links():
    """Pocket's export (ril_export.html): one article per saved link, titled by its text
    without the site's name, the outlet from the address or that name, the day it was saved
    as the date's upper bound; a link saved without a title keeps its address."""
    page = """<!DOCTYPE html><html><head><title>Pocket Export</title></head><body>
    <h1>Unread</h1><ul>
    <li><a href="https://www.rfa.org/mandarin/yataibaodao/chaoxian/hj-01262024103512.html" time_added="1706322145" tags="朝鲜">朝鲜向黄海发射数枚巡航导弹 韩军加强戒备</a></li>
    <li><a href="https://cn.yna.co.kr/view/ACK20240124003200881" time_added="1706089901" tags="">https://cn.yna.co.kr/view/ACK20240124003200881</a></li>
    </ul><h1>Read Archive</h1><ul>
    <li><a href="https://www.cna.com.tw/news/aopl/202401160045.aspx" time_added="1705498812" tags="">北韓宣布南韓為頭號敵國 廢除3個對南機構 | 國際 | 中央社 CNA</a></li>
    </ul></body></html>"""
    result = convert("ril_export.html", page.encode())
    assert result["source"]["format"] == "list"
    first, bare, last = result["articles"]
    assert first["title"] == "朝鲜向黄海发射数枚巡航导弹 韩军加强戒备" and first["tags"] == []
    assert (first["published_precision"], first["published_latest"]) == ("range", "2024-01-27")
    assert bare["title"] is None and bare["url"] in bare["body"]
    assert last["title"] == "北韓宣布南韓為頭號敵國 廢除3個對南機構" and last["outlet"].startswith(
        "中央社"
    )


def test_a_bookmarks_file_is_a_list_of_saved_links_with_their_excerpts():
    """A bookmarks file in Netscape's format (a browser's or Raindrop's export): one article
    per bookmark, in folders, its excerpt (<DD>) its text, ADD_DATE the day it was saved (the
    date's upper bound), and a day among the title's site segments (– DW – 2022年10月30日)
    the story's."""
    page = """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
<DL><p>
    <DT><H3 ADD_DATE="1655861980">朝鲜半岛</H3>
    <DL><p>
        <DT><A HREF="https://www.dw.com/zh/x/a-63601234" ADD_DATE="1667260800" TAGS="梨泰院">首尔梨泰院万圣节踩踏事件 逾150人死亡 – DW – 2022年10月30日</A>
        <DD>首尔梨泰院29日晚发生人群踩踏事故，造成逾150人死亡。
        <DT><A HREF="https://www.voachinese.com/a/6840123.html" ADD_DATE="1668761455">朝鲜再射洲际弹道导弹 落入日本专属经济区</A>
    </DL><p>
</DL><p>
"""
    result = convert("bookmarks.html", page.encode())
    assert result["source"]["format"] == "list"
    dw, voa = result["articles"]
    assert (dw["title"], dw["published"], dw["tags"]) == (
        "首尔梨泰院万圣节踩踏事件 逾150人死亡",
        "2022-10-30",
        [],
    )
    assert dw["body"].strip() == "首尔梨泰院29日晚发生人群踩踏事故，造成逾150人死亡。"
    assert (voa["title"], voa["body"].strip()) == ("朝鲜再射洲际弹道导弹 落入日本专属经济区", "")
    assert (voa["published_precision"], voa["published_latest"]) == ("range", "2022-11-18")


def test_a_clippings_title_without_its_sites_name():
    clip = f'---\ntitle: "朝鲜废除对韩机构 - BBC News 中文"\nsource: "https://www.bbc.com/zhongwen/simp/world-1"\n---\n{_STORY}\n'
    assert _one_raw("bbc.md", clip)["title"] == "朝鲜废除对韩机构"


def test_a_line_of_hashtags_closing_a_page_gives_its_tags():
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>北韓宣布南韓為頭號敵國</title></head><body><article>
    <h1>北韓宣布南韓為頭號敵國</h1>{story}<p>#北韓#金正恩#南韓</p></article></body></html>"""
    a = _one_raw("cna.html", page)
    assert a["tags"] == ["北韓", "金正恩", "南韓"] and a["body"].rstrip().endswith("各自关切。")


def test_a_researchers_note_over_a_copied_story():
    """【摘录】2024年1月18日 整理，供《半岛动态周报》第3期使用 over a pasted story is the
    researcher's: neither the title nor the date (the story's date line is under the
    headline); its day is the copy's, an upper bound."""
    text = (
        "【摘录】2024年1月18日 整理，供《半岛动态周报》第3期使用\n普京会见朝鲜外务相崔善姬\n"
        f"2024-01-17 08:31:05　来源：新华网\n{_STORY}\n"
    )
    a = _one_raw("note.txt", text)
    assert (a["title"], a["published"]) == ("普京会见朝鲜外务相崔善姬", "2024-01-17")
    assert "摘录" not in a["body"]


def test_a_clipped_bbc_story_with_its_byline_as_a_list():
    """BBC's byline fields clipped as a list (- 作者, 李成敏 / - 职务, … / - 2024年1月17日) are
    the story's byline and date, not its text; its photo's credit and caption labels go."""
    clip = (
        '---\ntitle: "朝鲜废除对韩机构 - BBC News 中文"\nsource: "https://www.bbc.com/zhongwen/simp/world-67995021"\n---\n'
        "- 作者, 李成敏（Lee Sung-min）\n- 职务, BBC中文首尔报道\n- 2024年1月17日\n\n"
        "![](../_resources/1d0c.jpg)\n\n图像来源，KCNA via Reuters\n\n图像加注文字，\n\n"
        f"{_STORY}\n"
    )
    a = _one_raw("bbc.md", clip)
    assert (a["author"], a["published"]) == ("李成敏", "2024-01-17")
    assert a["body"].split("\n\n")[1].startswith(_STORY[:10]) and "作者" not in a["body"]


def test_a_saved_reader_app_entry():
    """A Feedly entry saved as a page: its Visit Website link is the story's address (the
    saved-from address is the app's), and the publication time is in the hover text of its
    relative time (2d); the hover times of other entries under it are theirs."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<!-- saved from url=(0059)https://feedly.com/i/entry/k7Q1bV2w0yN3p8a5R9s4T6u1XcZmE2jHg= -->
    <html><head><title>朝鲜向黄海发射数枚巡航导弹 韩军加强戒备 | Feedly</title></head><body>
    <div class="entryHeader"><h1>朝鲜向黄海发射数枚巡航导弹 韩军加强戒备</h1>
    <span class="EntryMetadataAgo ago" title="Published: Wed, 24 Jan 2024 15:42:18 GMT
Received: Wed, 24 Jan 2024 16:03:55 GMT">2d</span></div>
    <div class="entryBody">{story}</div>
    <a class="visitWebsiteButton" href="https://www.rfa.org/mandarin/yataibaodao/chaoxian/hj-01242024103512.html">Visit Website</a>
    <div class="EntrySummary"><a href="https://feedly.com/i/entry/aB3">另一条</a><span class="ago" title="Published: Sun, 14 Jan 2024 06:20:00 GMT">12d</span></div>
    </body></html>"""
    a = _one_raw("feedly.html", page)
    assert a["url"] == "https://www.rfa.org/mandarin/yataibaodao/chaoxian/hj-01242024103512.html"
    # (GMT, told in the outlet's zone: RFA dates in Washington's time)
    assert (a["published"], a["published_time"]) == ("2024-01-24", "10:42:18-05:00")


_TWO_PARAGRAPHS = (
    "朝鲜外务省30日发表声明，谴责美日韩三国上周举行的联合演习，称这是军事挑衅。",
    "韩国联合参谋本部1日表示，韩军正密切关注朝鲜动向，并与美方保持紧密合作。",
)


def test_a_reading_tools_markdown_of_a_whole_page():
    """Jina Reader's output: its Title / URL Source / Published Time lines are fields, the page
    under "Markdown Content:" is read as a clipped page (the setext headline heads the story;
    icon rows, tag rows, a related list with its items' dates and a most-read list go)."""
    raw = f"""Title: 朝鲜谴责美日韩联合演习 | 联合早报

URL Source: https://www.zaobao.com.sg/news/world/story20240701-1

Published Time: 2024-07-01T02:26:40+00:00

Markdown Content:
*   [即时](https://www.zaobao.com.sg/realtime)
*   [国际](https://www.zaobao.com.sg/news/world)

朝鲜谴责美日韩联合演习
======================

发布/2024年7月1日 10:26

[](https://www.facebook.com/sharer/sharer.php?u=x)[](https://x.com/intent/tweet?url=x)

![Image 2: 美日韩三国举行联合演习。（路透社）](https://static.zaobao.com/a.jpg)

{_TWO_PARAGRAPHS[0]}

{_TWO_PARAGRAPHS[1]}

[朝鲜](https://www.zaobao.com.sg/keywords/chao-xian)[韩国](https://www.zaobao.com.sg/keywords/han-guo)

相关新闻
----

*   [韩美日首次举行联合演习](https://www.zaobao.com.sg/news/world/story20240627-2)
    
    2024年6月27日
    
*   [普京访朝](https://www.zaobao.com.sg/news/world/story20240619-3)
    
    2024年6月19日
    

热门
--

1.  [新加坡调整公共交通票价](https://www.zaobao.com.sg/news/singapore/story20240701-4)
"""
    result = convert("page.md", raw.encode())
    assert result["source"]["format"] == "clipping"
    (a,) = result["articles"]
    assert a["title"] == "朝鲜谴责美日韩联合演习"
    assert a["url"] == "https://www.zaobao.com.sg/news/world/story20240701-1"
    assert (a["published"], a["published_time"]) == ("2024-07-01", "10:26")
    assert a["body"].startswith(
        "![美日韩三国举行联合演习。（路透社）](https://static.zaobao.com/a.jpg)"
    )
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])
    assert a["tags"] == ["朝鲜", "韩国"]
    assert [lk["title"] for lk in a["links"] if lk["kind"] == "related"] == [
        "韩美日首次举行联合演习",
        "普京访朝",
    ]
    assert a["images"][0]["caption"] == "美日韩三国举行联合演习。"
    for gone in ("facebook", "热门", "票价", "即时", "URL Source"):
        assert gone not in a["body"]


def test_a_scrapers_page_as_markdown_with_its_metadata():
    """Firecrawl's response: the metadata's og:title, address, time and site are the fields;
    the Markdown is read as a clipped page (the section crumb, counters, a report button, a
    hashtag row and the cards under 相关推荐 go)."""
    markdown = "\n\n".join([
        "[下载客户端](https://www.thepaper.cn/download)",
        "# 金正恩：将实施最强硬对美应对战略",
        "澎湃新闻记者 许丹阳",
        "2024-12-28 15:42",
        "[外交学人](https://www.thepaper.cn/list_25429) >",
        *_TWO_PARAGRAPHS,
        "+1",
        "1",
        "我要举报",
        "[#朝鲜](https://www.thepaper.cn/searchResult?id=1) [#金正恩](https://www.thepaper.cn/searchResult?id=2)",
        "### 相关推荐",
        "评论（32）",
        "[韩国宪法法院开始审理弹劾案](https://www.thepaper.cn/newsDetail_forward_2)",
        "[澎湃新闻](https://www.thepaper.cn/list_25429) 2024-12-27",
    ])  # fmt: skip
    response = {
        "success": True,
        "data": {
            "markdown": markdown,
            "metadata": {
                "title": "金正恩：将实施最强硬对美应对战略_外交学人_澎湃新闻-The Paper",
                "ogTitle": "金正恩：将实施最强硬对美应对战略",
                "sourceURL": "https://www.thepaper.cn/newsDetail_forward_1",
                "ogSiteName": "澎湃新闻",
                "publishedTime": "2024-12-28T07:42:00.000Z",
                "scrapeId": "0f9c",
            },
        },
    }
    result = convert("page.json", json.dumps(response, ensure_ascii=False).encode())
    assert result["source"]["format"] == "scraped"
    (a,) = result["articles"]
    assert a["title"] == "金正恩：将实施最强硬对美应对战略"
    assert a["url"] == "https://www.thepaper.cn/newsDetail_forward_1"
    assert a["outlet"].startswith("澎湃新闻")
    assert a["author"] == "许丹阳"
    assert (a["published"], a["published_time"]) == ("2024-12-28", "15:42")
    assert a["category"] == "外交学人"
    assert a["tags"] == ["朝鲜", "金正恩"]
    assert a["body"].startswith(_TWO_PARAGRAPHS[0]) and a["body"].rstrip().endswith(
        _TWO_PARAGRAPHS[1]
    )


def test_a_scrapers_json_lines_give_one_article_per_item():
    """Scrapy's JSON Lines (ASCII-escaped): title, pub_time, source, url and content per item;
    crawl_time is the crawl's, not the article's."""
    items = [
        {
            "url": f"https://www.chinanews.com.cn/gj/2024/03-2{k}/1018654{k}.shtml",
            "title": f"朝鲜向东部海域发射弹道导弹（第{k}报）",
            "pub_time": f"2024-03-2{k} 11:35:21",
            "source": "来源：中国新闻网",
            "content": "\n".join(_TWO_PARAGRAPHS),
            "crawl_time": "2024-04-30T02:14:07.381922",
        }
        for k in (1, 2, 3)
    ]
    raw = "\n".join(json.dumps(i) for i in items) + "\n"
    result = convert("items.jsonl", raw.encode())
    assert result["source"]["format"] == "scraped"
    assert [a["title"] for a in result["articles"]] == [i["title"] for i in items]
    first = result["articles"][0]
    assert (first["published"], first["published_time"]) == ("2024-03-21", "11:35:21")
    assert first["outlet"].startswith("中国新闻网")
    assert first["url"] == items[0]["url"]
    assert first["body"].startswith(_TWO_PARAGRAPHS[0])
    # JSON that holds no article (a settings file) is not read as records
    assert convert("x.json", b'{"theme": "dark", "size": 12}')["source"]["format"] != "scraped"


def test_an_article_pasted_into_a_line_chat():
    """LINE's export: day lines, then time<tab>sender<tab>text; the pasted story is one quoted
    message of many lines (its link last), the chat around it is not the article."""
    story = "\n\n".join(_TWO_PARAGRAPHS * 2)
    raw = (
        "[LINE] 與王小明的聊天記錄\n儲存日期：2025/06/05 21:47\n\n2025/06/03（二）\n"
        "20:02\t王小明\t今天投票率好像很高\n20:03\t陳怡君\t[貼圖]\n\n2025/06/04（三）\n"
        "08:12\t王小明\t早安～\n"
        f'13:10\t陳怡君\t"南韓新總統宣誓就任 誓言重啟南北對話\n2025/06/04 12:35\n\n'
        f"（中央社記者何宛柔首爾4日專電）{story}\n"
        'https://www.cna.com.tw/news/aopl/202506040123.aspx"\n'
        "13:11\t陳怡君\t這篇可以放進期末報告\n13:20\t王小明\t好\n"
    )
    result = convert("line.txt", raw.encode())
    assert result["source"]["format"] == "chat"
    (a,) = result["articles"]
    assert a["title"] == "南韓新總統宣誓就任 誓言重啟南北對話"
    assert (a["published"], a["published_time"]) == ("2025-06-04", "12:35")
    assert a["author"] == "何宛柔" and a["outlet"].startswith("中央社")
    assert a["url"] == "https://www.cna.com.tw/news/aopl/202506040123.aspx"
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])
    assert "期末報告" not in a["body"] and '"' not in a["body"]


def test_an_article_pasted_into_an_exported_wechat_history():
    """A WeChat exporter's history: a "date time sender" line over each message. The 公众号
    article's 文 | and 编辑 | credits are not headings, and END ends the story (the author's
    note after it goes)."""
    story = "\n\n".join(_TWO_PARAGRAPHS * 2)
    said = [
        ("张伟", "周末群里安静啊"),
        ("张伟", "刚看到一篇分析戴维营峰会的"),
        (
            "张伟",
            "戴维营峰会后，美日韩准同盟走向何方\n原创 李明远 半岛观察 2023-08-19 18:30 发表于北京\n\n"
            f"文 | 李明远\n编辑 | 赵晓\n\n{story}\n\nEND\n\n作者系某高校副研究员，本文仅代表作者个人观点。",
        ),
        ("刘芳", "这篇挺好的"),
        ("刘芳", "[图片]"),
        ("张伟", "对，就是他"),
    ]
    raw = "\n\n".join(f"2023-08-19 21:0{k}:11 {who}\n{text}" for k, (who, text) in enumerate(said))
    result = convert("wechat.txt", raw.encode())
    assert result["source"]["format"] == "chat"
    (a,) = result["articles"]
    assert a["title"] == "戴维营峰会后，美日韩准同盟走向何方"
    assert (a["published"], a["published_time"]) == ("2023-08-19", "18:30")
    assert a["author"] == "李明远"
    assert a["body"].startswith(_TWO_PARAGRAPHS[0])
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])
    for gone in ("文 |", "编辑", "END", "副研究员", "群里"):
        assert gone not in a["body"], gone


def test_a_story_forwarded_into_a_telegram_group_copied_on_a_desktop():
    """Telegram Desktop's copy of a thread: "name, [dd.mm.yy hh:mm]" over each message. The
    forwarded post is the article: its channel names the outlet, its labelled link (🔗 阅读全文：)
    is its address and dates it; the replies around it are not the article."""
    story = "\n\n".join(
        [
            "韩国国会星期二（12月3日）深夜以多数票通过决议，要求总统解除紧急戒严。",
            "国会议长在表决后说，戒严令已失去效力，军警应立即撤出国会大楼。",
            "执政党部分议员也参与了表决，他们说，戒严程序存在明显问题。",
            "分析人士指出，此次事件是韩国自1987年民主化以来最严重的宪政危机。",
        ]
    )
    raw = (
        "Wang Fang, [03.12.24 23:40]\n[Forwarded from 联合早报 Lianhe Zaobao]\n"
        f"韩国国会通过决议要求解除紧急戒严\n\n{story}\n\n"
        "🔗 阅读全文：https://www.zaobao.com.sg/news/world/story20241203-5541234\n\n"
        "Li Ming, [03.12.24 23:42]\n[In reply to Wang Fang]\n明天一早看总统府怎么回应\n\n"
        "Wang Fang, [03.12.24 23:45]\n好，我盯着\n"
    )
    result = convert("thread.txt", raw.encode("utf-8-sig"))
    assert result["source"]["format"] == "chat"
    (a,) = result["articles"]
    assert a["title"] == "韩国国会通过决议要求解除紧急戒严"
    assert a["outlet"].startswith("联合早报") and a["published"] == "2024-12-03"
    assert a["url"] == "https://www.zaobao.com.sg/news/world/story20241203-5541234"
    assert a["body"].startswith("韩国国会星期二") and a["body"].rstrip().endswith("宪政危机。")
    for gone in ("Forwarded", "阅读全文", "In reply", "盯着"):
        assert gone not in a["body"], gone


def test_a_short_sentence_of_the_story_does_not_date_it():
    """A short paragraph among the first few that is a sentence of the story (…上一次访朝是在
    2000年7月。) tells an event: its month is not the story's date, the address's day is."""
    story = (
        "普京星期三（6月19日）在平壤与金正恩举行会谈，双方签署全面战略伙伴关系条约。\n\n"
        "这是普京时隔24年再次访问朝鲜，他上一次访朝是在2000年7月。\n\n"
        "韩国外交部表示，正密切关注普京访朝动向，并强调任何军事合作都违反安理会决议。\n\n"
        "原文网址：https://www.zaobao.com.sg/news/world/story20240619-3932875\n"
    )
    a = _one_raw("note.txt", "普京访问朝鲜 两国签署条约\n\n" + story)
    assert a["published"] == "2024-06-19"


def test_a_story_pasted_into_a_wechat_group_record_copied_on_a_desktop():
    """WeChat's record of a group chat copied on a desktop: the day between rules, then
    "sender  hh:mm" over each message, a sender maybe heading only one. The message holding a
    wire story is the article, dated by its dateline in the month of the day it was posted."""
    story = "\n\n".join(
        [
            "新华社首尔4月27日电（记者 田明 耿学鹏）朝韩首脑会晤27日在板门店韩方一侧举行。",
            "双方在会晤后签署并发表《板门店宣言》，宣布将共同努力实现朝鲜半岛无核化。",
            "宣言说，双方同意年内将停战协定转换为和平协定，推动构建永久和平机制。",
            "双方还商定，韩国总统今年秋天将访问平壤，两国领导人将定期会晤并开通热线电话。",
            "会晤当天上午，双方领导人在军事分界线握手，随后步行前往和平之家举行会谈。",
            "这是朝鲜最高领导人首次踏上韩方土地。（完）",
        ]
    )
    said = [
        ("周志强", "通稿来了"),
        ("周志强", f"朝韩首脑在板门店举行会晤\n\n{story}"),
        ("小陈", "收到[抱拳]"),
        ("王静", "宣言全文晚点发"),
        ("周志强", "[图片]"),
        ("王静", "好的"),
    ]
    raw = '"半岛研究组"的聊天记录\n\n—————  2018-04-27  —————\n\n' + "\n\n".join(
        f"{who}  17:0{k}\n{text}" for k, (who, text) in enumerate(said)
    )
    result = convert("chatlog.txt", raw.encode())
    assert result["source"]["format"] == "chat"
    (a,) = result["articles"]
    assert a["title"] == "朝韩首脑在板门店举行会晤"
    assert a["published"] == "2018-04-27" and a["outlet"].startswith("新华社")
    assert a["body"].startswith("新华社首尔4月27日电")
    for gone in ("收到", "小陈", "17:0", "全文晚点"):
        assert gone not in a["body"], gone


def test_a_notion_databases_export_of_saved_links():
    """A Notion database exported as CSV: its first column, Name, titles each page; with the
    address, the day published, the outlet and the tags, one article per row (Created, the
    day it was saved, is no publication date; the reader's summary no text)."""
    table = (
        "\ufeffName,Created,Status,Tags,URL,发布日期,媒体,摘要\n"
        '尹錫悅遭罷免 憲法法院8位大法官一致裁決,"April 5, 2025 1:02 PM",已读,"韩国, 弹劾",'
        'https://www.cna.com.tw/news/aopl/202504040061.aspx,"April 4, 2025",中央社,憲法法院以8比0維持國會彈劾案。\n'
        '朝鲜首次承认向俄罗斯库尔斯克派兵,"April 28, 2025 4:40 PM",待读,"朝鲜, 俄朝关系",'
        'https://cn.yna.co.kr/view/ACK20250428000300881,"April 28, 2025",韩联社,朝中社发表书面立场。\n'
    )
    a, b = convert("db.csv", table.encode())["articles"]
    assert (a["title"], a["published"], a["outlet"]) == (
        "尹錫悅遭罷免 憲法法院8位大法官一致裁決",
        "2025-04-04",
        outlet_for_name("中央社"),
    )
    assert b["url"] == "https://cn.yna.co.kr/view/ACK20250428000300881" and "朝鲜" in b["tags"]


def test_a_reading_lists_table_of_saved_links():
    """Instapaper's CSV export (URL, Title, Selection, Folder, Timestamp): one article per link,
    titled without the site's name; the time it was saved bounds its date; the reader's
    highlight (Selection, quoted over several lines) is not the article's text."""
    raw = (
        "URL,Title,Selection,Folder,Timestamp\n"
        "https://www.bbc.com/zhongwen/articles/c0l7e2vnx3ko/simp,"
        "朝鲜称成功试射新型导弹 - BBC News 中文,,朝鲜半岛,1736216703\n"
        'https://news.ltn.com.tw/news/world/breakingnews/4712345,俄朝簽條約 - 自由時報電子報,"普丁說，""遭侵略將相互援助""\n'
        '第二行",Unread,1718800000\n'
        "https://www.thepaper.cn/newsDetail_forward_24312345,"
        "美日韩三边合作走向机制化_外交学人_澎湃新闻-The Paper,,Archive,1692500000\n"
    )
    result = convert("instapaper-export.csv", raw.encode())
    arts = result["articles"]
    assert [a["title"] for a in arts] == [
        "朝鲜称成功试射新型导弹",
        "俄朝簽條約",
        "美日韩三边合作走向机制化",
    ]
    assert arts[0]["url"] == "https://www.bbc.com/zhongwen/articles/c0l7e2vnx3ko/simp"
    assert arts[0]["published"] is None  # saved on 2025-01-07: an upper bound only
    assert arts[1]["outlet"].startswith("自由時報") and arts[2]["outlet"].startswith("澎湃")
    assert all("遭侵略" not in a["body"] for a in arts)


def test_a_headline_list_with_dates_sources_and_keywords():
    """A spreadsheet of headlines (發布時間, 標題, 來源, 網址, 關鍵字; no text column), as Excel
    saves it (2025/1/15 10:52): each row's date and time date its article, the source names its
    outlet and the keywords are its tags. An address's own story number is weaker."""
    raw = (
        "發布時間,標題,來源,網址,關鍵字\r\n"
        "2025/3/8 17:44,法院撤銷羈押 南韓前總統獲釋,中央社,"
        'https://www.cna.com.tw/news/aopl/202503080115.aspx,"南韓,羈押"\r\n'
        "2025/6/4 06:40,南韓新總統當選 得票率過半,某地方報,"
        'https://example.org/news/202506049999,"南韓,總統大選"\r\n'
    )
    first, second = convert("headlines.csv", raw.encode("big5"))["articles"]
    assert (first["published"], first["published_time"]) == ("2025-03-08", "17:44")
    assert (second["published"], second["published_time"]) == ("2025-06-04", "06:40")
    assert first["tags"] == ["南韓", "羈押"] and second["outlet"] == "某地方報"


def test_a_pocket_json_export_of_saved_links():
    """Pocket's JSON export ({"list": {id: {given_url, given_title, resolved_title, …}}}): one
    article per link, titled by the resolved title (else the given one without the site's
    name), its outlet by domain_metadata's name; the time it was saved bounds its date."""
    items = {
        "1": {
            "given_url": "https://www.voachinese.com/a/7970212.html",
            "given_title": "韩国停止对朝扩音广播 - 美国之音中文网",
            "resolved_title": "韩国停止对朝扩音广播",
            "resolved_url": "https://www.voachinese.com/a/7970212.html",
            "time_added": "1749687291",
            "domain_metadata": {"name": "美国之音"},
            "excerpt": "韩国军方周三下午起全面停止在韩朝边境地区的对朝扩音广播。",
        },
        "2": {
            "given_url": "https://theinitium.com/article/20250601-x",
            "given_title": "李在明的外交难题 - 端傳媒 Initium Media",
            "resolved_title": "",
            "time_added": "1749600000",
        },
    }
    raw = json.dumps({"status": 1, "list": items}, ensure_ascii=False)
    arts = convert("pocket_export.json", raw.encode())["articles"]
    assert [a["title"] for a in arts] == ["韩国停止对朝扩音广播", "李在明的外交难题"]
    assert arts[0]["url"] == "https://www.voachinese.com/a/7970212.html"
    assert arts[0]["outlet"] == outlet_for_name("美国之音") and arts[0]["published"] is None
    assert arts[0]["date_evidence"].startswith("2025-06-12 [posted or saved that day")


def test_a_mailbox_of_newsletters():
    """An mbox file (Gmail's Takeout, Thunderbird): each message is read as an .eml is. A
    text-only newsletter whose subject names its story gives the story from its headline to
    its read-more link (its address, without the campaign's parameters): the masthead's issue
    date and the footer are the mail's."""

    def mail(subject: str, body: str) -> bytes:
        part = base64.encodebytes(body.encode()).decode()
        head = email.header.Header(subject, "utf-8").encode()
        return (
            "From 1788231204559360817@xxx Tue Jan 16 22:15:09 +0000 2024\r\n"
            "From: news@example.com\r\n"
            f"Subject: {head}\r\n"
            "Date: Tue, 16 Jan 2024 22:15:02 +0000\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: base64\r\n\r\n{part}\r\n"
        ).encode()

    story = "\n\n".join(_TWO_PARAGRAPHS)
    first = mail(
        "每日精选｜金正恩宣布放弃统一目标",
        "纽约时报中文网 每日精选\n2024年1月17日 星期三\n\n今日头条\n\n"
        f"金正恩宣布放弃统一目标\nCHOE SANG-HUN\n2024年1月16日\n\n{story}\n\n"
        "阅读全文：https://cn.nytimes.com/asia-pacific/20240116/nk/?utm_source=newsletter\n\n"
        "您收到此邮件，是因为您订阅了每日精选。\n退订：https://cn.nytimes.com/unsubscribe\n",
    )
    second = mail(
        "端聞｜南韓憲法法院裁定罷免尹錫悅",
        f"端聞 Daily Brief\n2025年4月5日\n\n南韓憲法法院裁定罷免尹錫悅　60天內大選\n"
        f"端傳媒記者 林以晴｜2025-04-04\n\n{story}\n\n閱讀全文 → https://theinitium.com/article/1\n",
    )
    result = convert("newsletters.mbox", first + b"\r\n" + second)
    assert result["source"]["format"] == "email"
    a, b = result["articles"]
    assert (a["title"], a["published"]) == ("金正恩宣布放弃统一目标", "2024-01-16")
    assert a["url"] == "https://cn.nytimes.com/asia-pacific/20240116/nk/"
    assert a["body"].startswith(_TWO_PARAGRAPHS[0])
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])
    assert (b["title"], b["published"], b["author"]) == (
        "南韓憲法法院裁定罷免尹錫悅 60天內大選",
        "2025-04-04",
        "林以晴",
    )
    assert a["id"].endswith("-001") and b["id"].endswith("-002")
    assert a["source_id"] == b["source_id"] == result["source"]["id"]


def _news_page(head: str, story: str) -> str:
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>首页</a></nav>"
        f"<article>{story}</article><footer>版权所有</footer></body></html>"
    )


def test_credits_and_notices_of_more_outlets():
    """A paper's credit of several writers (文｜财新周刊 王端，记者 刘卓) and a metadata author
    of two (A / B); a print issue's source line, a reprint request and a print page label are
    not the story; 来源：综合外电 credits no outlet; a radio's dateline (央广网东京3月22日消息)
    names its outlet; a video caption titled with the site's name over the story goes."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _TWO_PARAGRAPHS * 2)
    caixin = _news_page(
        "<title>韩国寻求豁免美国关税</title>",
        "<h1>韩国寻求豁免美国关税</h1><span>文｜财新周刊 王端，记者 刘卓</span>"
        "<span>2025年04月12日 19:26</span>"
        "<p>来源于 <a href='https://weekly.caixin.com/1.html'>《财新周刊》</a> 2025年第15期 "
        f"出版日期 2025年04月14日</p>{paragraphs}"
        "<p>如有意愿转载，请发邮件至hello@caixin.com，注明拟转载的内容。</p>",
    )
    a = _one_raw("caixin.html", caixin)
    assert a["author"] == "王端、刘卓"
    assert a["body"].startswith(_TWO_PARAGRAPHS[0])
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])

    wsj = _news_page(
        '<title>韩国考虑向乌克兰提供武器</title><meta name="author" content="Dasl Yoon / Timothy W. Martin">',
        f"<h1>韩国考虑向乌克兰提供武器</h1>{paragraphs}"
        "<p>订阅即可无限畅读华尔街日报中英文报道、独家分析与专栏评论。</p>"
        "<p>已经是订阅用户？<a href='https://sso.accounts.dowjones.com/login'>登录</a></p>",
    )
    a = _one_raw("wsj.html", wsj)
    assert a["author"] == "Dasl Yoon、Timothy W. Martin"
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])

    nanyang = _news_page(
        '<title>朝鲜再射巡航导弹</title><link rel="canonical" href="https://www.enanyang.my/国际/1">',
        f"<h1>朝鲜再射巡航导弹</h1><p>報章版面：A18 國際新聞</p>{paragraphs}<p>来源：综合外电</p>",
    )
    a = _one_raw("nanyang.html", nanyang)
    assert a["outlet"].startswith("南洋商报")
    assert "综合外电" not in a["body"] and "A18" not in a["body"]

    cnr = _news_page(
        "<title>中日韩外长会在东京举行</title>",
        "<h1>中日韩外长会在东京举行</h1>"
        f"<p>央广网东京3月22日消息（总台记者 沈健 刘萌）{_TWO_PARAGRAPHS[0]}</p>{paragraphs}",
    )
    a = _one_raw("cnr.html", cnr)
    assert a["outlet"].startswith("央广网") and a["author"] == "沈健、刘萌"

    ftv = _news_page(
        "<title>北韓新型驅逐艦下水</title>",
        "<h1>北韓新型驅逐艦下水</h1><p>北韓新型驅逐艦下水 金正恩喊加快海軍核武化｜民視新聞</p>"
        f"{paragraphs}",
    )
    assert _one_raw("ftv.html", ftv)["body"].startswith(_TWO_PARAGRAPHS[0])


def test_a_portals_copy_names_the_outlet_that_wrote_it():
    """Yahoo's and MSN's copies say who wrote the story in their schema.org data (provider,
    or an organisation as author): that outlet, not the portal, is the article's."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _TWO_PARAGRAPHS)
    for provider in ('"provider": {"@type": "Organization", "name": "中時新聞網"}',
                     '"author": {"@type": "Organization", "name": "中時新聞網"}'):  # fmt: skip
        ld = (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "美日韓峰會",'
            f' {provider}, "publisher": {{"@type": "Organization", "name": "MSN"}}}}</script>'
        )
        page = _news_page(
            f'<title>美日韓峰會</title><link rel="canonical" href="https://www.msn.com/zh-tw/news/1">{ld}',
            f"<h1>美日韓峰會</h1>{paragraphs}",
        )
        assert _one_raw("msn.html", page)["outlet"].startswith("中時新聞網")


def test_news_apis_lists_of_articles():
    """NewsAPI's response (source.name a domain, publishedAt, a long percent-encoded address)
    gives one article per item; GDELT's article list (titles and addresses only) one per link,
    the day GDELT saw it an upper bound, not the publication date."""
    long_url = "https://www.rfi.fr/cn/" + "%E4%BA%9A" * 40 + "/20241105-x"
    newsapi = {
        "status": "ok",
        "totalResults": 214,
        "articles": [
            {
                "source": {"id": None, "name": "Rfi.fr"},
                "author": "RFI",
                "title": "美国大选前夕 朝鲜向东部海域发射多枚短程弹道导弹",
                "description": _TWO_PARAGRAPHS[0],
                "url": long_url,
                "publishedAt": "2024-11-05T16:45:12Z",
                "content": _TWO_PARAGRAPHS[0] + "… [+1234 chars]",
            }
        ]
        * 2,
    }
    arts = convert("newsapi.json", json.dumps(newsapi).encode())["articles"]
    assert len(arts) == 2
    assert arts[0]["url"] == long_url and arts[0]["outlet"].startswith("RFI")
    assert arts[0]["published"] == "2024-11-05"
    gdelt = {
        "articles": [
            {
                "url": f"https://www.zaobao.com.sg/realtime/world/a-{k}",
                "url_mobile": "",
                "title": f"普京时隔24年再访朝鲜（{k}） | 联合早报",
                "seendate": "20240619T031500Z",
                "domain": "zaobao.com.sg",
                "language": "Chinese",
            }
            for k in (1, 2, 3)
        ]
    }
    arts = convert("gdelt.json", json.dumps(gdelt).encode())["articles"]
    assert [a["title"] for a in arts] == [f"普京时隔24年再访朝鲜（{k}）" for k in (1, 2, 3)]
    assert arts[0]["outlet"].startswith("联合早报")
    assert arts[0]["published_latest"] == "2024-06-19"


def test_portal_pages_credits_and_buttons():
    """A portal's page: 来源: with the outlet on the next line is no year (2024); MSN's 故事由 …
    提供, its more-from and feedback buttons, an account's QR code label and a compiler's
    end note are not the story; （海外网 邢晓雯） closing it names the outlet and the writer;
    文章关键词： labels tags."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _TWO_PARAGRAPHS * 2)
    page = _news_page(
        "<title>俄轰炸机飞越日本海</title>",
        "<h1>俄轰炸机飞越日本海</h1><div class='post_info'>2024-03-05 07:48:19　来源:\n"
        f"<a href='https://www.163.com/dy/media/1.html'>央视新闻客户端</a></div>{paragraphs}"
        "<p>（编译：黄逸舟 编辑：左卓）</p><p>新浪新闻公众号</p>"
        "<p>故事由 新华社 提供 <a href='https://www.msn.com/x'>查看更多新华社内容</a></p>"
        "<p>此内容是否有帮助？</p>"
        "<div>文章关键词：<a href='https://tags.news.sina.com.cn/朝鲜'>朝鲜</a> "
        "<a href='https://tags.news.sina.com.cn/俄罗斯'>俄罗斯</a></div>",
    )
    a = _one_raw("portal.html", page)
    assert a["outlet"].startswith("央视")
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])
    assert a["tags"] == ["朝鲜", "俄罗斯"]
    trailer = _one_raw(
        "ifeng.txt",
        f"俄轰炸机飞越日本海\n\n{chr(10).join(_TWO_PARAGRAPHS * 2)}\n\n（海外网 邢晓雯）\n",
    )
    assert (trailer["author"], trailer["outlet"]) == ("邢晓雯", outlet_for_name("海外网"))
    assert "邢晓雯" not in trailer["body"]


def test_a_whole_page_copied_into_a_note():
    """A page copied whole into a note under its headline and source line (来源：美国之音
    https://…): the menu down to the headline printed again goes; the date line (in US Eastern
    time), the writer's name alone under it and the share buttons are not the story; a
    comments section with its count ends it."""
    story = "\n\n".join(_TWO_PARAGRAPHS)
    text = (
        "美国务院：俄朝条约令人严重关切\n来源：美国之音 https://www.voachinese.com/a/pact/7663012.html\n\n"
        "跳转到主要内容\n美国之音\n首页\n美国\n中国\n港澳\n台湾\n国际\n视频\n直播\n搜索\n\n"
        "美国务院：俄朝条约令人严重关切\n2024年6月19日 上午10:05 (美东时间)\n李东方\n"
        f"分享到 Facebook\n电子邮件\n打印\n\n{story}\n\n评论 (12)\n请登录后发表评论\n"
    )
    a = _one_raw("note.txt", text)
    assert a["title"] == "美国务院：俄朝条约令人严重关切"
    assert a["url"] == "https://www.voachinese.com/a/pact/7663012.html"
    assert (a["author"], a["published"]) == ("李东方", "2024-06-19")
    assert a["outlet"].startswith("美国之音")
    assert a["body"].startswith(_TWO_PARAGRAPHS[0])
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])


def test_a_text_browsers_dump_of_a_page():
    """`lynx -dump`: the menu before the flush-left headline goes, wrapped paragraphs are joined
    again (without spaces in Chinese), a link to the writer's page is the byline, marks inside
    a sentence go, sections of links under later headings are the page's, and the page's own
    address is the one its references name with several #anchors."""
    page = "https://www.dw.com/zh/pact/a-69412345"
    wrapped = "\n".join(
        "   " + _TWO_PARAGRAPHS[0][i : i + 20] for i in range(0, len(_TWO_PARAGRAPHS[0]), 20)
    )
    dump = (
        "   [1]跳转至内容\n   [2]跳转至主导航\n\n   [3]中文\n     * [4]时政风云\n     * [5]经济纵横\n\n"
        "俄朝签署全面战略伙伴关系条约\n\n   [6]苏雨桐\n   2024年6月19日\n\n"
        f"{wrapped}\n\n   [7]北约秘书长此前警告称，{_TWO_PARAGRAPHS[1]}\n\n"
        "   [8]跳过下一部分 DW热门报道\n\nDW热门报道\n\n   [9]欧盟对中国电动车加征关税\n"
        "   [10]德国足球队晋级\n\nReferences\n\n"
        f"   1. {page}#main-content\n   2. {page}#navigation\n   3. https://www.dw.com/zh/s-9058\n"
        "   4. https://www.dw.com/zh/s-1681\n   5. https://www.dw.com/zh/s-1682\n"
        "   6. https://www.dw.com/zh/%E8%8B%8F/person-66318200\n   7. https://www.dw.com/zh/t-1\n"
        f"   8. {page}#top-stories\n   9. https://www.dw.com/zh/a-1\n  10. https://www.dw.com/zh/a-2\n"
    )
    # the wrapped lines fill the width the dump uses (the longest lines' width)
    a = _one_raw("dw.txt", dump)
    assert a["title"] == "俄朝签署全面战略伙伴关系条约"
    assert (a["author"], a["published"], a["url"]) == ("苏雨桐", "2024-06-19", page)
    assert a["body"].startswith(_TWO_PARAGRAPHS[0])
    assert a["body"].rstrip().endswith("北约秘书长此前警告称，" + _TWO_PARAGRAPHS[1])
    for gone in ("跳转", "时政风云", "热门", "欧盟", "["):
        assert gone not in a["body"], gone


def test_copies_with_an_apps_or_a_sites_chrome_over_the_headline():
    """A copy that opens with the page's address, its menu and crumbs, or a browser's reader
    mode (阅读模式 退出, font buttons): the headline is the line with a dated line under it;
    the address, the site's name and the crumbs' section still count. The reader mode's footer
    (上一页 目录 下一页, 本文由…转码, 原网址：…) and an app's share footer are not the story."""
    story = "\n\n".join(_TWO_PARAGRAPHS)
    site = (
        "https://www.cankaoxiaoxi.com/#/detailsPage/1\n参考消息\n首页\n中国\n国际\n军事\n"
        "登录 注册\n\n当前位置：首页 > 国际\n\n韩媒：朝鲜在东海岸增建导弹发射阵地\n"
        f"2023-12-05 15:24:08 | 来源：参考消息网 | 责任编辑：王宇\n\n{story}\n\n微信好友  朋友圈\n"
    )
    a = _one_raw("ckxx.txt", site)
    assert a["title"] == "韩媒：朝鲜在东海岸增建导弹发射阵地"
    assert (a["url"], a["published"], a["category"]) == (
        "https://www.cankaoxiaoxi.com/#/detailsPage/1",
        "2023-12-05",
        "国际",
    )
    assert a["body"].startswith(_TWO_PARAGRAPHS[0])
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])
    reader = (
        "阅读模式                          退出\n字号  A-  A+      背景  ○ ○ ○      夜间\n\n中国新闻网\n\n"
        "美日韩会晤后 韩国舆论担忧卷入地区冲突\n2023年08月20日 10:26  来源：中国新闻网\n\n"
        f"{story}(完)\n\n【编辑:黄钰婷】\n\n上一页          目录          下一页\n\n"
        "本文由QQ浏览器转码，版权归原网站所有\n查看原网页\n"
        "原网址：https://www.chinanews.com.cn/gj/2023/08-20/10063581.shtml\n"
    )
    a = _one_raw("qq.txt", reader)
    assert a["title"] == "美日韩会晤后 韩国舆论担忧卷入地区冲突"
    assert a["url"] == "https://www.chinanews.com.cn/gj/2023/08-20/10063581.shtml"
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])
    app = (
        "韩国政府拟新设人口战略部门\n人民日报客户端 张悦 2024-05-10 09:41\n\n"
        f"{story}\n\n收藏　　分享　　观点\n\n来自“学习强国”学习平台\n"
    )
    a = _one_raw("app.txt", app)
    assert a["body"].startswith(_TWO_PARAGRAPHS[0])
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])
    assert (
        _one_raw("t.txt", f"韩国央行再次降息 — BBC News 中文\n\n{story}\n")["title"]
        == "韩国央行再次降息"
    )


def test_list_pages_whose_cards_are_one_link_each():
    """A rolling list whose items are each one link around image, heading, source and time
    (protocol-relative addresses, an ad among them, the script's item template in a hidden
    textarea), and a topic page of cards whose lead card adds a class: one article per story,
    titled by the item's heading."""
    items = "".join(
        f'<li class="item"><a href="//world.huanqiu.com/article/{k}"><div class="m-img">'
        f'<img src="//rs1.huanqiucdn.cn/{k}.jpg"></div><div class="m-con"><h4>朝鲜半岛局势第{k}号快讯标题</h4>'
        f'<p class="m-info"><span class="source">环球网</span><span class="time">06-19 1{k}:05</span>'
        "</p></div></a></li>"
        for k in range(7)
    )
    ad = '<li class="item ad-item"><a href="//ad.huanqiu.com/c?ad=1"><h4>全新智能电动SUV 限时享首付0元</h4></a></li>'
    template = (
        '<textarea class="item-tpl" style="display:none"><li class="item"><a href="//{{host}}/a">'
        "<h4>{{title}}</h4><p class='m-summary'>{{summary}}</p></a></li></textarea>"
    )
    page = (
        "<html><head><title>国际滚动新闻_环球网</title></head><body><nav><a href='/'>首页</a></nav>"
        "<div class='top'><span class='top-date'>2024年06月19日 星期三</span></div>"
        f"<div class='list'>{template}<ul id='roll-list'>{items[:3000]}{ad}{items[3000:]}</ul></div>"
        "</body></html>"
    )
    arts = convert("roll.html", page.encode())["articles"]
    assert [a["title"] for a in arts] == [f"朝鲜半岛局势第{k}号快讯标题" for k in range(7)]
    assert arts[0]["url"] == "https://world.huanqiu.com/article/0"
    # the items' yearless times (06-19 10:05) read against the top bar's day
    assert arts[0]["published"] == "2024-06-19"

    cards = "".join(
        f'<article class="article-card{" card-lg" if k == 0 else ""}"><a href="/news/world/story2024061{k}-1">'
        f'<div class="card-img"><img src="https://static.zaobao.com.sg/{k}.jpg"></div>'
        f'<div class="card-body"><h2 class="card-title">俄朝关系动态第{k}篇报道标题</h2>'
        f'<p class="card-summary">俄罗斯总统普京与朝鲜领导人金正恩举行会谈，双方讨论了第{k}项合作议题。</p>'
        f'<div class="card-meta"><span>2024年6月1{k}日</span></div></div></a></article>'
        for k in range(8)
    )
    page = (
        '<html><head><link rel="canonical" href="https://www.zaobao.com.sg/keywords/chao-xian">'
        f"</head><body><h1>朝鲜半岛</h1><div class='article-list'>{cards}</div></body></html>"
    )
    arts = convert("topic.html", page.encode())["articles"]
    assert [a["title"] for a in arts] == [f"俄朝关系动态第{k}篇报道标题" for k in range(8)]
    assert arts[0]["published"] == "2024-06-10"


def test_a_search_results_page_copied_as_text():
    """百度资讯's results copied whole: one article per result (headline, snippet, outlet,
    time), not the menus, the result count, the related searches or the hot list; a relative
    time dates nothing, a snippet's event date neither; an outlet not on the list still
    marks a result under a snippet."""
    results = [
        ("普京抵达平壤 开始对朝鲜进行国事访问", "央视新闻", "2小时前"),
        ("俄朝签署全面战略伙伴关系条约", "新京报", "3小时前"),
        ("外交部:俄朝交往是两个主权国家之间的双边事务", "中国新闻网", "2024年6月18日"),
        ("日本政府:将与美韩合作应对俄朝合作动向", "新浪财经", "6小时前"),
    ]
    snippet = "据央视新闻消息,当地时间6月19日凌晨,俄罗斯总统普京乘专机抵达朝鲜首都平壤,朝鲜国务委员长金正恩到机场迎接..."
    blocks = [f"{t}\n{snippet}\n{o}\n{w}" for t, o, w in results]
    text = (
        "百度首页\n设置\n登录\n\n朝鲜\n百度一下\n网页\n资讯\n视频\n百度为您找到相关资讯约2,860,000篇\n\n"
        + "\n\n".join(blocks[:2])
        + "\n\n大家还在搜\n普京访问朝鲜行程\n俄朝条约内容全文\n\n"
        + "\n\n".join(blocks[2:])
        + "\n\n相关搜索\n普京访朝\n朝鲜半岛局势\n\n1\n2\n3\n下一页 >\n"
    )
    result = convert("baidu.txt", text.encode())
    assert result["source"]["format"] == "list"
    arts = result["articles"]
    assert [a["title"] for a in arts] == [t for t, _, _ in results]
    assert arts[0]["published"] is None and arts[2]["published"] == "2024-06-18"
    assert arts[1]["outlet"].startswith("新京报")


def test_pages_of_southeast_asian_and_macau_papers():
    """An e-paper's <founder-title> is the headline (its kicker is not); WordPress's
    "entry-date updated" <time> is the entry's date; 报导：陈伟杰 names the writer; a video's
    crew line under the reporters' line goes; a channel promotion, a "- 广告 -" line and an
    outlet's credit closing the last paragraph (…。（光华日报）) are not the story."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _TWO_PARAGRAPHS * 2)
    epaper = (
        "<html><head><title>澳門日報電子版</title></head><body><table>"
        "<tr><td><founder-introtitle>韓日即時共享情報</founder-introtitle></td></tr>"
        "<tr><td><founder-title>朝美大選前夕射多枚導彈</founder-title></td></tr>"
        f"<tr><td><founder-content>{paragraphs}</founder-content></td></tr></table></body></html>"
    )
    assert _one_raw("macao.htm", epaper)["title"] == "朝美大選前夕射多枚導彈"
    wordpress = _news_page(
        '<title>槟州首长会见韩国大使</title><link rel="canonical" href="https://www.kwongwah.com.my/20250520/1">',
        "<h1>槟州首长会见韩国大使</h1>"
        '<time class="entry-date updated td-module-date" datetime="2025-05-20T10:12:00+08:00">'
        f"20/05/2025 10:12 AM</time><p>报导：陈伟杰</p>{paragraphs[:-4]}（光华日报）</p>"
        "<p>- 广告 -</p><p>关注光华日报WhatsApp频道，掌握最新资讯！</p>",
    )
    a = _one_raw("kwongwah.html", wordpress)
    assert (a["published"], a["author"]) == ("2025-05-20", "陈伟杰")
    assert a["outlet"].startswith("光华日报")
    assert a["body"].startswith(_TWO_PARAGRAPHS[0])
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])
    cable = _news_page(
        "<title>中日韓外長會</title>",
        f"<h1>中日韓外長會</h1>{paragraphs}<p>記者：梁詠欣　周子朗</p><p>攝影：陳志偉　剪接：何俊傑</p>",
    )
    a = _one_raw("cable.html", cable)
    assert a["author"] == "梁詠欣、周子朗"
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])


def test_an_embassys_translated_statement():
    """An embassy's or a ministry's page: the translation's notes (以下是…的中文翻译。, 此中文
    译文仅供参考, （日文原文的中文暂定译文）) and the page's buttons (返回 | 关闭) are not the
    statement; the embassy is the outlet by its address."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _TWO_PARAGRAPHS * 2)
    page = _news_page(
        '<title>国务院发言人声明</title><link rel="canonical" href="https://china.usembassy-china.org.cn/zh/s-1/">',
        "<h1>国务院发言人声明：朝鲜向俄罗斯派兵</h1><p>以下是美国国务院2024年11月5日新闻声明的中文翻译。</p>"
        f"<p>（日文原文的中文暂定译文）</p>{paragraphs}<p>此中文译文仅供参考，原文以英文为准。</p>"
        "<p>返回 | 关闭</p>",
    )
    a = _one_raw("usembassy.html", page)
    assert a["outlet"].startswith("美国驻华大使馆")
    assert a["body"].startswith(_TWO_PARAGRAPHS[0])
    assert a["body"].rstrip().endswith(_TWO_PARAGRAPHS[1])


def test_a_signed_statement_names_its_author():
    """A statement signed by its spokesperson (马修·米勒，国务院发言人) names its author; the
    signature is not the statement's text."""
    text = f"美国对朝鲜向俄罗斯派兵表示关切\n\n马修·米勒，国务院发言人\n\n2024年11月5日\n\n{chr(10).join(_TWO_PARAGRAPHS)}\n"
    a = _one_raw("statement.txt", text)
    assert a["author"] == "马修·米勒"
    assert "发言人" not in a["body"] and a["body"].startswith(_TWO_PARAGRAPHS[0])


def test_a_column_page_copied_whole_with_its_writer_over_the_date():
    """A column (知乎) copied with Ctrl-A: under the menu, the headline (which may ask a question)
    has the writer's name, a line about them and a follow button between it and its date."""
    story = "\n".join(_TWO_PARAGRAPHS * 2)
    text = (
        "首页\n知乎知学堂\n发现\n等你来答\n搜索\n登录/注册\n首发于\n半岛观察室\n写文章\n"
        "普京访朝：俄朝“准同盟”会走多远？\n崔明轩\n首尔大学国际关系学博士在读｜关注东北亚安全\n"
        f"关注他\n发布于 2024-06-19 23:40\n{story}\n"
    )
    a = _one_raw("zhihu.txt", text)
    assert a["title"] == "普京访朝：俄朝“准同盟”会走多远？"
    assert a["published"] == "2024-06-19"


def test_a_korean_sites_date_label_is_no_reporter():
    """登录 (registered) after a reporter's name on a Korean paper's Chinese edition labels the
    date, not a second reporter."""
    assert author_from_header("记者 朴贤宇 登录 2024.11.05 11:42") == "朴贤宇"


def test_a_compilation_of_whole_stories():
    """A research office's compilation (汇编): one article per numbered heading with its source
    note under it; the cover, the contents, the editor's note, page numbers, the end mark and
    the distribution list under the closing rule are the compilation's."""
    story = "\n\n".join(_TWO_PARAGRAPHS)
    text = (
        "朝鲜半岛动态汇编 2024年第25期\n\n东北亚问题研究室资料组 编印　2024年6月24日\n\n目　录\n\n"
        "一、普京对朝鲜进行国事访问 俄朝签署条约 ………… 1\n二、外交部发言人答记者问 ………… 3\n\n"
        "编者按：本期收录相关报道两篇。\n\n━━━━━━━━━━━━━━━━\n\n— 1 —\n\n"
        f"一、普京对朝鲜进行国事访问 俄朝签署条约\n\n（来源：新华社，2024年6月19日）\n\n{story}\n\n"
        f"— 2 —\n\n二、外交部发言人答记者问\n\n（来源：中国新闻网，2024年6月20日）\n\n{story}\n\n"
        "（本期完）\n\n────────────────\n报：研究室主任\n本期责任编辑：刘思远\n"
    )
    result = convert("huibian.txt", text.encode())
    a, b = result["articles"]
    assert (a["title"], a["published"]) == ("普京对朝鲜进行国事访问 俄朝签署条约", "2024-06-19")
    assert a["outlet"].startswith("新华社") and b["outlet"].startswith("中国新闻网")
    assert a["body"].strip() == story and b["body"].strip() == story


def test_a_mailed_digest_laid_out_in_table_rows():
    """A paper's morning mail laid out in table rows: a section label's row, the headline's
    row (a link alone), the summary's row (paragraphs and 阅读全文 ») and a rule's row, item
    after item, with a subscription offer's row among them: one article per headline with its
    summary (a byline over it names its writer), and none for the offers."""
    items = [
        ("韩国宪法法院一致裁定罢免尹锡悦", "https://www.zaobao.com.sg/news/world/story20250404-6141927"),
        ("韩国最迟须在6月3日选出新总统", "https://www.zaobao.com.sg/news/world/story20250404-6142206"),
        ("中国宣布对美国进口商品加征关税", "https://www.zaobao.com.sg/realtime/china/story20250404-6141388"),
    ]  # fmt: skip
    row = (
        '<tr><td><span class="label">国际</span></td></tr>'
        '<tr><td class="headline"><a href="{u}">{t}</a></td></tr>'
        '<tr><td class="summary"><p>{a}</p><p>{b}</p><p><a href="{u}">阅读全文 &raquo;</a></p></td></tr>'
        "<tr><td><hr /></td></tr>"
    )
    first, second = _TWO_PARAGRAPHS[:2]
    rows = [row.format(u=u, t=t, a=first, b=second) for t, u in items]
    rows[1] = rows[1].replace(
        "<p>", "<p>特約撰稿人 許嘉文 發自首爾</p><p>", 1
    )  # (a byline over it)
    rows.insert(2, '<tr><td><a href="https://www.zaobao.com.sg/subscription">订阅早报数码配套 畅读所有文章</a>'
                   "<br /><span>首月只需0.99元</span></td></tr>")  # fmt: skip
    rows.insert(4, '<tr><td><a href="https://theinitium.com/subscription/">端 Premium 會員年費限時八折｜立即訂閱</a>'
                   "</td></tr>")  # fmt: skip
    html = (
        '<html><body><table width="600"><tr><td><img src="https://www.zaobao.com.sg/logo.svg" alt="联合早报" />'
        "</td></tr><tr><td>早安！以下是今天早上您需要知道的新闻。</td></tr>"
        + "".join(rows)
        + "<tr><td>您收到此邮件是因为您订阅了联合早报电子报。</td></tr></table></body></html>"
    )
    raw = _mail(html, sender="联合早报 <newsletter@zaobao.com.sg>", subject="早报早知道")
    arts = convert("zbzzd.eml", raw)["articles"]
    assert [(a["title"], a["url"], a["published"]) for a in arts] == [
        (t, u, "2025-04-04") for t, u in items
    ]
    assert arts[1]["body"].startswith(first) and "阅读全文" not in arts[1]["body"]
    assert arts[1]["author"] == "許嘉文" and arts[0]["author"] is None


def test_a_wechat_morning_brief_of_its_own_briefs_under_numbers():
    """A WeChat account's morning brief pasted whole: its contents (今日导读 1. … 3.), then
    each brief under its number (01) and headline, its lead telling the day of the news (…27日
    举行…, 据朝中社28日报道，…), down to its end mark (- END -) over the editors and the
    account's other posts. One article per brief, each dated and sourced by the account's
    line, as the brief's own."""
    heads = [
        "朝鲜首次证实向俄罗斯派兵",
        "李在明成为共同民主党总统候选人",
        "韩美经贸磋商同意制定一揽子方案",
    ]
    leads = [
        "据朝中社28日报道，朝鲜劳动党中央军事委员会发表书面立场，首次正式证实朝鲜军队参加了库尔斯克地区的作战行动。",
        "韩国共同民主党27日举行第21届总统选举候选人选拔大会，前党首李在明以压倒性优势当选该党总统候选人。",
        "韩国企划财政部长官崔相穆24日在华盛顿与美国财政部长举行经贸磋商，双方同意在7月前达成一揽子协议。",
    ]
    text = (
        "早读｜朝鲜首次证实向俄罗斯派兵\n\n原创 半岛观察 半岛观察 2025年04月28日 07:15 北京\n\n"
        "今日导读\n\n"
        + "\n".join(f"{n}. {h}" for n, h in enumerate(heads, 1))
        + "\n\n—\n\n"
        + "\n\n".join(
            f"0{n}\n{h}\n\n{lead}\n\n{_TWO_PARAGRAPHS[0]}"
            for n, (h, lead) in enumerate(zip(heads, leads, strict=True), 1)
        )
        + "\n\n- END -\n\n编辑｜李然  审核｜周正\n\n往期推荐\n\n早读｜韩国大选倒计时：各党候选人一览\n"
    )
    arts = convert("zaodu.txt", text.encode())["articles"]
    assert [a["title"] for a in arts] == heads
    for a, lead in zip(arts, leads, strict=True):
        assert (a["published"], a["published_time"]) == ("2025-04-28", "07:15")
        assert a["body"].startswith(lead) and a["body"].rstrip().endswith(_TWO_PARAGRAPHS[0])
    assert arts[0]["outlet"] == "半岛观察"


def test_a_news_apps_share_saved_in_a_mail_to_oneself():
    """A story shared from a news app into a mail to oneself: a short note with no greeting
    over a rule that says what it is over (-------- 分享内容 --------), the story, a closing
    rule, the story's address alone and the app's line. The paste is the article, the address
    is its, and the compiler's trailer over the source line names the writer."""
    text = (
        "存一下，今天上午那次发射的，写周报用。\n\n-------- 分享内容 --------\n"
        "朝鲜发射一枚洲际弹道导弹\n2022-11-18 14:23:05　来源: 海外网\n\n"
        + "\n\n".join(_TWO_PARAGRAPHS)
        + "\n\n（编译/海外网 赵健雄）\n\n本文来源：海外网\n责任编辑：李明_NF5619\n"
        "--------------------------\nhttps://c.m.163.com/news/a/HN0E2K8E0514R9P4.html?spss=newsapp\n"
        "来自网易新闻客户端 网易新闻，各有态度\n"
    )
    a = _one_raw("share.txt", text)
    assert a["title"] == "朝鲜发射一枚洲际弹道导弹"
    assert (a["published"], a["published_time"]) == ("2022-11-18", "14:23:05")
    assert a["url"] == "https://c.m.163.com/news/a/HN0E2K8E0514R9P4.html?spss=newsapp"
    assert a["author"] == "赵健雄" and a["outlet"] == outlet_for_name("海外网")
    assert _plain_body(a) == "\n\n".join(_TWO_PARAGRAPHS)


def test_a_think_tanks_newsletter_mailed_as_text():
    """A research institute's newsletter mailed as text: its masthead, a rule, a greeting and a
    note, a rule; then its column's label in brackets over the headline, the byline, date and
    address fields, the text and a disclaimer; then, under a rule, its list of other pieces and
    its footer with the site's address. The headline is the article's title (the label its
    section), the address under it its url, and nothing under the closing rule is text."""
    text = (
        "國防安全研究院 電子報\nInstitute for National Defense and Security Research e-Newsletter\n"
        + "=" * 40
        + "\n\n親愛的訂閱者您好：\n以下為本院最新發布之「國防安全即時評析」，歡迎參閱。\n\n"
        + "=" * 40
        + "\n【國防安全即時評析】\n\n川金河內會破局對朝鮮半島情勢之影響\n\n作者：林彥廷（國家安全研究所 助理研究員）\n"
        "發布時間：2019/03/01\n全文網址：https://indsr.org.tw/respublicationcon?uid=12&resid=615\n\n"
        + "\n\n".join(_TWO_PARAGRAPHS)
        + "\n\n※本文僅代表作者個人觀點，不代表國防安全研究院立場。\n\n"
        + "-" * 40
        + "\n【近期即時評析】\n◎中共「兩會」前夕之國防預算觀察（2019/02/27）\n◎美國「印太戰略」下的日本角色（2019/02/25）\n"
        + "-" * 40
        + "\n\n國防安全研究院\n地址：10048 臺北市中正區博愛路172號\n網址：https://indsr.org.tw\n"
        "如欲取消訂閱，請點選：https://indsr.org.tw/epaper/unsubscribe\n"
    )
    a = convert("epaper.eml", _mail(None, text, sender="國防安全研究院", subject="電子報"))[
        "articles"
    ]
    assert len(a) == 1
    a = a[0]
    assert (a["title"], a["category"]) == ("川金河內會破局對朝鮮半島情勢之影響", "國防安全即時評析")
    assert (a["author"], a["published"]) == ("林彥廷", "2019-03-01")
    assert a["url"] == "https://indsr.org.tw/respublicationcon?uid=12&resid=615"
    assert _plain_body(a).startswith(_TWO_PARAGRAPHS[0])
    for junk in ("近期即時評析", "印太戰略", "取消訂閱", "親愛的訂閱者"):
        assert junk not in a["body"], junk


@pytest.mark.parametrize("badge", ["直播", "LIVE", "獨家"])
def test_a_badge_opening_the_headline_is_not_part_of_it(badge):
    """A live page's headline opens with its badge in a span of its own (BBC: <h1><span>直播
    </span>韩国总统…</h1>): the badge is no word of the headline."""
    page = (
        f'<html><head><title>直播：韩国总统宣布紧急戒严 - BBC News 中文</title></head><body><main><h1><span class="b">{badge}</span>'
        "韩国总统宣布紧急戒严 国会表决要求解除</h1>"
        + "".join(f"<p>{p}</p>" for p in _TWO_PARAGRAPHS)
        + "</main></body></html>"
    )
    a = _one_raw("live.html", page)
    assert a["title"] == "韩国总统宣布紧急戒严 国会表决要求解除"


def test_a_forward_composed_in_word_whose_text_part_is_a_note_over_a_rule():
    """A forward written in Outlook (its HTML part Word's, the rule a border) whose text part
    is the sender's greeting and note over a rule, then the source, the address and the story
    pasted: the text part is read, so the note is not the story and the address is its."""
    url = "https://world.kbs.co.kr/service/news_view.htm?lang=c&Seq_Code=93412"
    story = "\n\n".join(_TWO_PARAGRAPHS)
    plain = (
        "各位老师好：\n\n转发KBS WORLD中文广播昨天的报道，供周五组会讨论参考。\n\n晓雯\n\n"
        + "_" * 32
        + f"\n来源：KBS WORLD Radio 中文\n链接：{url}\n\n新闻\n\n李在明宣誓就任韩国第21任总统\n2025-06-04\n\n"
        + story
        + "\n\n--\n王晓雯\n复旦大学朝鲜韩国研究中心 博士研究生\n"
    )
    paragraphs = "".join(
        f"<p class=MsoNormal>{ln}</p>" for ln in plain.split("\n") if "_" * 8 not in ln
    )
    html = (
        '<html><head><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
        f"<body><div class=WordSection1>{paragraphs}</div></body></html>"
    )
    raw = _mail(
        html,
        plain,
        sender="王晓雯 <wxw@example.edu.cn>",
        subject="转发：[KBS WORLD 中文] 李在明宣誓就任",
    )
    (a,) = convert("fwd.eml", raw)["articles"]
    assert a["title"] == "李在明宣誓就任韩国第21任总统" and a["published"] == "2025-06-04"
    assert a["url"] == url
    assert a["body"].startswith(_TWO_PARAGRAPHS[0]) and "各位老师好" not in a["body"]


def test_a_pastes_own_fields_under_the_senders_rule():
    """A note over a rule, then the paste opening with its fields (来源 / 链接 / 发布时间) over
    the headline: the fields are the story's, not its headline or text. A second sender's
    note ending in a colon over the address and the headline (王老师好，…先贴过来：) is no
    headline either."""
    url = "http://www.kcna.kp/cn/article/q/5a8e3c1f0b7d24a96e13f2c4d8b07e55.kcmsf"
    text = (
        "张老师好，\n\n朝中社昨晚发布的外务省发言人谈话，全文如下，供参考。\n\n李静\n\n"
        + "-" * 40
        + f"\n来源：朝鲜中央通讯社\n链接：{url}\n发布时间：主体113(2024)年6月30日\n\n朝鲜外务省发言人谈话\n\n"
        + "\n\n".join(_TWO_PARAGRAPHS)
        + "\n\n"
        + "-" * 40
        + "\n\n李静\n东北亚研究所 朝鲜半岛研究室\n"
    )
    a = _one_raw("kcna.txt", text)
    assert (a["title"], a["url"], a["published"]) == ("朝鲜外务省发言人谈话", url, "2024-06-30")
    assert a["outlet"] == outlet_for_name("朝中社") and _plain_body(a) == "\n\n".join(
        _TWO_PARAGRAPHS
    )
    second = (
        "各位老师：\n\n转发李娜老师发来的稿件，供参考。\n\n王磊\n\n"
        + "_" * 32
        + "\n发件人: 李娜 <lina@example.org.cn>\n发送时间: 2018年9月19日 15:02\n收件人: 王磊\n主题: 新华社稿\n\n"
        "王老师好，新华网刚发的稿子，先贴过来：\n\nhttp://www.xinhuanet.com/world/2018-09/19/c_1123452896.htm\n\n"
        "朝韩领导人签署《9月平壤共同宣言》\n2018-09-19 13:28:12　来源： 新华网\n\n"
        + "\n\n".join(_TWO_PARAGRAPHS)
        + "\n"
    )
    b = _one_raw("fwd.txt", second)
    assert b["title"] == "朝韩领导人签署《9月平壤共同宣言》"
    assert b["url"] == "http://www.xinhuanet.com/world/2018-09/19/c_1123452896.htm"


@pytest.mark.parametrize(
    "meta, url",
    [
        ("https://www.mfa.gov.cn/fyrbt_673021/jzhsl_673025/202311/t20231122_11185271.shtml", True),
        ("https://www.mfa.gov.cn/", False),  # (the site's home: no page's address)
    ],
)
def test_a_government_pages_url_meta(meta, url):
    """A government site's publishing system names the page's address in <meta name="Url">;
    one naming only the site's home is not the page's."""
    page = (
        f'<html><head><meta name="Url" content="{meta}"><title>外交部发言人毛宁主持例行记者会</title></head>'
        "<body><h1>外交部发言人毛宁主持例行记者会</h1>"
        + "".join(f"<p>{p}</p>" for p in _TWO_PARAGRAPHS)
        + "</body></html>"
    )
    a = _one_raw("mfa.html", page)
    assert a["url"] == (meta if url else None)


def test_a_news_searchs_feed_names_each_items_source():
    """A news search's feed (Google News): each item's <source> names its outlet, and the
    headline's tail naming it (… - 联合早报) is not the headline's."""
    feed = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>"李在明 总统" - Google 新闻</title><link>https://news.google.com/search?q=x</link>
<item><title>李在明当选韩国第21任总统 - 联合早报</title><link>https://news.google.com/rss/articles/CBMi1?oc=5</link>
<pubDate>Wed, 04 Jun 2025 01:12:00 GMT</pubDate><description>李在明当选韩国第21任总统</description>
<source url="https://www.zaobao.com.sg">联合早报</source></item>
<item><title>李在明提名金民锡为国务总理人选 - 韩联社</title><link>https://news.google.com/rss/articles/CBMi2?oc=5</link>
<pubDate>Wed, 04 Jun 2025 06:40:00 GMT</pubDate><description>李在明提名金民锡</description>
<source url="https://cn.yna.co.kr">韩联社</source></item>
</channel></rss>"""
    a, b = convert("gnews.xml", feed.encode())["articles"]
    assert (a["title"], a["outlet"]) == ("李在明当选韩国第21任总统", outlet_for_name("联合早报"))
    assert (b["title"], b["outlet"]) == (
        "李在明提名金民锡为国务总理人选",
        outlet_for_name("韩联社"),
    )


def test_a_substack_posts_mail():
    """A newsletter platform's mail of one post (Substack): the address its text part gives
    (View this post on the web at …) is the post's, and its appeal under the post (Thanks for
    reading …! Subscribe for free …) is no text."""
    url = "https://bandaobiji.substack.com/p/third-party-compensation"
    plain = f"View this post on the web at {url}\n\n" + "\n\n".join(_TWO_PARAGRAPHS)
    html = (
        "<html><body><h1>“第三方代偿”：尹锡悦押在东京的一场赌局</h1>"
        + "".join(f"<p>{p}</p>" for p in _TWO_PARAGRAPHS)
        + "<p>Thanks for reading 半岛笔记! Subscribe for free to receive new posts and support my work.</p>"
        "</body></html>"
    )
    raw = _mail(html, plain, sender="半岛笔记 <bandaobiji@substack.com>", subject="第三方代偿")
    (a,) = convert("substack.eml", raw)["articles"]
    assert a["url"] == url
    assert "Thanks for reading" not in a["body"] and _TWO_PARAGRAPHS[1] in a["body"]


def test_a_mailed_digest_of_excerpts():
    """A think tank's digest mailed as text: each numbered story over its outlet｜day line,
    its excerpt, and its address (全文：…), between rules; the greeting and the contents are
    the digest's."""
    story = "\n\n".join(_TWO_PARAGRAPHS)
    items = [
        (
            "韩国法院批准对尹锡悦的逮捕令",
            "新华网",
            "2025-01-19",
            "https://www.news.cn/world/20250119/c.html",
        ),
        (
            "朝鲜向东部海域发射数枚短程弹道导弹",
            "中国新闻网",
            "2025-01-14",
            "https://www.chinanews.com.cn/gj/1.shtml",
        ),
    ]
    blocks = [
        f"{n}. {t}\n{o}｜{d}\n\n{story}\n\n全文：{u}" for n, (t, o, d, u) in enumerate(items, 1)
    ]
    text = (
        "半岛新闻速递 2025年第3期｜2025年1月20日\n\n尊敬的订阅用户：\n您好！本期摘编报道2篇。\n\n【本期目录】\n"
        + "\n".join(f"{n}. {t}" for n, (t, _, _, _) in enumerate(items, 1))
        + "\n\n"
        + "=" * 40
        + "\n\n"
        + ("\n\n" + "-" * 40 + "\n\n").join(blocks)
        + "\n"
    )
    arts = convert("digest.txt", text.encode())["articles"]
    assert [(a["title"], a["published"], a["url"]) for a in arts] == [
        (t, d, u) for t, _, d, u in items
    ]
    assert arts[1]["body"].strip() == story


def test_an_e_papers_contents_saved_without_its_address():
    """An e-paper's contents page (丹东日报数字报-2019年05月21日-目录) saved without its address:
    one article per listed story, each of the issue's day and the paper's; a link relative to
    the unknown page is no story's address."""
    pages = {
        "第A01版：要闻": [
            "鸭绿江畔经贸合作活力涌动",
            "市政府召开常务会议",
            "边民互市贸易区交易额稳步增长",
        ],
        "第A02版：本地新闻": [
            "鸭绿江断桥景区接待游客超30万人次",
            "丹东至仁川客货班轮旅客运输量回升",
        ],
    }
    n = iter(range(98021, 98100))
    blocks = "".join(
        f'<div class="mulu-ban"><h3><a href="node_2.htm">{label}</a></h3><ul>'
        + "".join(f'<li><a href="content_{next(n)}.htm">{t}</a></li>' for t in titles)
        + "</ul></div>"
        for label, titles in pages.items()
    )
    page = (
        "<html><head><title>丹东日报数字报-2019年05月21日-目录</title></head><body>"
        '<div class="date">2019年05月21日　星期二　第6732期</div><div class="mulu-title">本期目录</div>'
        f"{blocks}</body></html>"
    )
    arts = convert("mulu.html", page.encode())["articles"]
    assert [a["title"] for a in arts] == [t for titles in pages.values() for t in titles]
    assert {(a["published"], a["outlet"], a["url"]) for a in arts} == {
        ("2019-05-21", outlet_for_name("丹东日报"), None)
    }


def test_a_page_of_microdata_articles_is_a_list():
    """A Google Alerts mail marks each result up as a schema.org Article: its linked name is
    the title, its publisher the outlet, the redirect around its link is removed and its
    description is the summary; the alert's own header and buttons are not items."""

    def result(url: str, title: str, outlet: str, about: str) -> str:
        link = f"https://www.google.com/url?rct=j&amp;sa=t&amp;url={url}&amp;ct=ga&amp;usg=AOv"
        return f"""<tr itemscope itemtype="http://schema.org/Article"><td>
        <a href="{link}" itemprop="url"><span itemprop="name">{title}</span></a>
        <div itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
        <span itemprop="name">{outlet}</span></div>
        <div itemprop="description">{about} ...</div>
        <a href="https://www.google.com/alerts/feedback?ffu={url}">标记为不相关</a></td></tr>"""

    rows = [
        result(
            "https://www.zaobao.com.sg/realtime/world/story20241015-4987654",
            "<b>朝鲜</b>炸毁韩朝连接公路 韩军越线射击回应",
            "联合早报",
            "韩国联合参谋本部说，<b>朝鲜</b>中午前后炸毁了军事分界线以北的京义线和东海线部分路段",
        ),
        result(
            "https://example.org/news/12345",
            "朝鲜炸毁通往韩国的道路：平壤想传递什么信号？",
            "半岛观察",
            "韩国军方公布的视频显示，浓烟从道路被炸毁的地点升起，分析人士认为此举是又一步",
        ),
    ]
    page = f"""<html><head><title>Google 快讯</title></head><body>
    <table><tr><td><a href="https://www.google.com/alerts">快讯</a></td></tr>
    <tr><td>朝鲜<br>每天更新 ⋅ 2024年10月16日</td></tr><tr><td>新闻</td></tr>
    {"".join(rows)}
    <tr><td><a href="https://www.google.com/alerts/remove">取消订阅</a></td></tr></table>
    </body></html>"""
    result = convert("alert.html", page.encode())
    assert result["source"]["format"] == "list"
    first, second = result["articles"]
    assert first["title"] == "朝鲜炸毁韩朝连接公路 韩军越线射击回应"
    assert first["url"] == "https://www.zaobao.com.sg/realtime/world/story20241015-4987654"
    assert first["outlet"].startswith("联合早报") and "京义线" in first["body"]
    assert (second["outlet"], second["url"]) == ("半岛观察", "https://example.org/news/12345")


def test_a_saved_wechat_article():
    """A WeChat account's article: the account is its publisher (not 微信公众平台, nor Tencent
    for mp.weixin.qq.com), the time it was sent is the script's `ct` (shown in China's time),
    and the follow prompt over it and the comments under it are not its text."""
    story = "".join(f"<section><span>{p}</span></section>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><meta property="og:site_name" content="微信公众平台">
    <meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA3&amp;mid=265&amp;idx=1">
    <title>朝鲜向东部海域发射数枚短程弹道导弹</title></head><body><div id="js_article">
    <h1 class="rich_media_title" id="activity-name">朝鲜向东部海域发射数枚短程弹道导弹</h1>
    <div id="meta_content"><a id="js_name">半岛观察站</a><em id="publish_time"></em></div>
    <div class="rich_media_content" id="js_content">
    <section><span>点击上方蓝字“半岛观察站”，关注我们</span></section>{story}</div>
    <div class="rich_media_extra" id="js_cmt_area"><h3>留言</h3><ul class="discuss_list">
    <li><strong>东北风</strong><div class="discuss_message">半岛局势要变天了</div></li></ul></div>
    </div><script>var nickname = htmlDecode("半岛观察站");
    var ct = "1718839920";</script></body></html>"""
    a = _one_raw("wechat.html", page)
    assert (a["outlet"], a["published"], a["published_time"][:5]) == (
        "半岛观察站",
        "2024-06-20",
        "07:32",
    )
    assert a["body"].startswith("韩国联合参谋本部") and "变天" not in a["body"]


def test_a_caption_credit_names_no_author_and_crumbs_are_no_headline():
    """人民网记者 刘柏涵摄 credits a photograph (摄), not the story; 亚太报道 > 朝鲜 over a
    copied page's headline is its section's crumbs, and an audio player's lines go."""
    page = f"""<html><head><title>尹锡悦今起访日</title></head><body><div class="content">
    <h1>尹锡悦今起访日</h1><p>2023年03月16日08:12</p>
    <p>图为尹锡悦（资料图）。人民网记者 王小明摄</p>
    {"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</div></body></html>"""
    assert _one_raw("people.html", page)["author"] is None
    copied = (
        "https://www.rfa.org/mandarin/yataibaodao/chaoxian/lc-01162024102512.html\n\n"
        "跳到主要内容\n自由亚洲电台\n首页\n新闻\n评论\n搜索\n亚太报道  >  朝鲜\n\n"
        "金正恩宣布韩国为“头号敌对国家” 要求修宪明确领土\n2024.01.16 10:25 ET\n\n"
        f"记者：林辰    责编：周平\n\n分享\n打印\n\n收听本文\n00:00 / 04:12\n\n{_STORY}\n"
    )
    a = _one_raw("rfa.txt", copied)
    assert (a["title"], a["category"]) == (
        "金正恩宣布韩国为“头号敌对国家” 要求修宪明确领土",
        "朝鲜",
    )
    assert a["body"].startswith("韩国联合参谋本部") and a["author"] == "林辰"


def test_a_reading_list_of_excerpts_under_numbered_headings_without_rules():
    """A reading app's Markdown export: numbered headings (## 1. … ⭐) each over its fields in
    a list with bold labels (- **来源**：…, - **发布**：…, - **链接**：<…>) and the excerpt
    quoted, the reader's note under it, no rules between them but one over the export's
    footer: one article per heading, without the reader's star, note or footer."""
    first, second = _STORY.split("\n\n")[:2]
    item = (
        "## {n}. {title}\n\n- **来源**：{outlet}\n- **发布**：{when}\n- **链接**：<{url}>\n\n"
        "> {first}\n>\n> {second}\n\n笔记：注意措辞。\n\n"
    )
    items = [
        ("朝鲜向东部海域发射数枚短程弹道导弹 ⭐", "新华网", "2024-11-05 10:21", "http://www.news.cn/w/1.htm"),
        ("韓國軍方：北韓發射短程彈道飛彈", "中央社 CNA", "2024/11/05 09:48", "https://www.cna.com.tw/news/aopl/2.aspx"),
    ]  # fmt: skip
    note = (
        "---\ntitle: 阅读清单\ncreated: 2024-11-10 21:08\n---\n\n# 阅读清单\n\n> 从稍后读导出。\n\n"
    )
    note += "".join(
        item.format(n=n, title=t, outlet=o, when=w, url=u, first=first, second=second)
        for n, (t, o, w, u) in enumerate(items, 1)
    )
    note += "---\n\n导出自 Reeder 5 · 共 2 项\n"
    a, b = convert("list.md", note.encode())["articles"]
    assert [(x["title"], x["published"], x["url"]) for x in (a, b)] == [
        ("朝鲜向东部海域发射数枚短程弹道导弹", "2024-11-05", "http://www.news.cn/w/1.htm"),
        ("韓國軍方：北韓發射短程彈道飛彈", "2024-11-05", "https://www.cna.com.tw/news/aopl/2.aspx"),
    ]
    assert a["body"] == b["body"] == f"{first}\n\n{second}\n"


def test_a_digest_saved_as_markdown_with_each_items_date_alone_under_its_heading():
    """A newsletter saved by a read-later app (Omnivore): between rules, each story under its
    linked heading with only its date on the line under it, and its read-more link: one
    article each, with its address and time."""
    first, second = _STORY.split("\n\n")[:2]
    item = "### [{t}]({u})\n\n{w}\n\n{a}\n\n{b}\n\n[阅读全文 >]({u})\n\n---\n\n"
    note = (
        "---\ntitle: 一周要闻\ndate_saved: 2023-11-27 21:40:13\n---\n\n# 一周要闻\n\n"
        "**一周要闻** 2023年11月20日—11月26日\n\n---\n\n"
    )
    note += item.format(
        t="朝鲜发射侦察卫星",
        u="https://cn.yna.co.kr/view/A1",
        w="2023-11-22 07:35",
        a=first,
        b=second,
    )
    note += item.format(
        t="韩中日外长举行会谈",
        u="https://cn.yna.co.kr/view/A2",
        w="2023-11-26 18:20",
        a=first,
        b=second,
    )
    a, b = convert("digest.md", note.encode())["articles"]
    assert [(x["title"], x["published"], x["published_time"], x["url"]) for x in (a, b)] == [
        ("朝鲜发射侦察卫星", "2023-11-22", "07:35", "https://cn.yna.co.kr/view/A1"),
        ("韩中日外长举行会谈", "2023-11-26", "18:20", "https://cn.yna.co.kr/view/A2"),
    ]
    assert a["body"].startswith(first) and "阅读全文" not in a["body"]


def test_a_clippings_quote_inside_its_story_stays_with_the_text_after_it():
    """A clipping whose story quotes a statement in its middle (> …) is not a quoted excerpt:
    the paragraph after the quote is still its text."""
    from peninsula.formats.clipping import clipped_notes

    first, second, third = _STORY.split("\n\n")
    clip = "## {t}\n\n来源：新华网　日期：2024-11-01\n\n{a}\n\n> {b}\n\n{c}\n"
    note = clip.format(t="朝鲜试射导弹", a=first, b=second, c=third) + "\n---\n\n"
    note += clip.format(t="韩美举行会谈", a=first, b=second, c=third)
    one, _ = clipped_notes(note)
    assert third in one and second in one


def test_a_clip_titled_only_by_the_papers_name_takes_its_headline():
    """An e-paper's page clipped (Obsidian) whose <title> is only the paper's name: the
    page's # headline is the title, and the paper its outlet."""
    clip = (
        '---\ntitle: "中国青年报"\nsource: "http://zqb.cyol.com/html/2020-06/17/nw.D110000zgqnb_20200617_2-07.htm"\n'
        "created: 2025-02-11\n---\n[![中国青年报](http://zqb.cyol.com/images/zqb_logo.jpg)](http://zqb.cyol.com/)\n\n"
        "2020年06月17日 星期三\n\n**第07版：国际**\n\n# 朝鲜炸毁开城朝韩共同联络事务所大楼\n\n本报记者 邹旭东\n\n"
        + _STORY
        + "\n"
    )
    a = _one_raw("zqb.md", clip)
    assert a["title"] == "朝鲜炸毁开城朝韩共同联络事务所大楼"
    assert a["outlet"] == outlet_for_name("中国青年报") and a["author"] == "邹旭东"
    assert a["published"] == "2020-06-17"


def test_a_notes_file_of_several_clippings():
    """An Obsidian note holding clippings between Markdown rules, each under its heading and
    source line: one article each, with its outlet, day and address; the note's title, info
    callout and to-do list are no clippings, and the researcher's marks inside one
    (%%comments%%, ==highlights==, embeds, callouts, a 批注 heading) are not its text."""
    first, second = _STORY.split("\n\n")[:2]
    note = f"""---
title: 剪报（2024年11月第1周）
created: 2024-11-06 22:41
---

# 剪报（2024年11月第1周）

> [!info] 说明
> 论文资料。剪自各网站，正文照录。

---

## 朝鲜试射“火星-19”型洲际弹道导弹

来源：新华网　日期：2024-11-01 07:48　链接：http://www.news.cn/world/20241101/c.html

{first}

%%飞行时间待查。%%

![[配图.png|400]]

#### 批注
- 第三次才成。

---

## 崔善姬在莫斯科同拉夫罗夫举行会谈

> 来源：[澎湃新闻](https://www.thepaper.cn/newsDetail_forward_29213345)
> 日期：2024-11-02

{second.replace("飞机受损", "==飞机受损==")}

> [!quote] 我的批注
> 对照第4条。

---

## 待跟进

- [ ] 查朝中社原文
"""
    result = convert("剪报.md", note.encode())
    got = [(a["title"], a["published"], a["url"]) for a in result["articles"]]
    assert got == [
        (
            "朝鲜试射“火星-19”型洲际弹道导弹",
            "2024-11-01",
            "http://www.news.cn/world/20241101/c.html",
        ),
        (
            "崔善姬在莫斯科同拉夫罗夫举行会谈",
            "2024-11-02",
            "https://www.thepaper.cn/newsDetail_forward_29213345",
        ),
    ]
    one, two = result["articles"]
    assert one["body"].strip() == first and two["body"].strip() == second
    assert two["outlet"].startswith("澎湃新闻")


def test_a_page_of_several_whole_stories():
    """A portal's topic page and a news database's print view show whole stories one after
    another, each dated over its text: one article each, with its own headline, day, source
    and address (its headline's link); the topic's banner, each story's related list and the
    print view's counters, numbers and word counts are not the stories'."""
    story_text = f"{_STORY}\n\n{_STORY}"  # (a whole story is 200 characters or more)
    paragraphs = "".join(f"<p>{p}</p>" for p in story_text.split("\n\n"))

    def story(n: int, day: str, source: str) -> str:
        return f"""<div class="zt-article"><h2><a href="https://news.example.com/c/{n}">第{n}篇报道的标题</a></h2>
        <div class="info"><span>{day} 08:10</span>　<span>来源：{source}</span></div>
        <div class="body">{paragraphs}</div><div class="zt-related"><h4>相关新闻</h4><ul>
        <li><a href="https://news.example.com/c/r{n}">另一篇相关报道的标题</a> 06-18</li></ul></div></div>"""

    topic = f"""<html><head><title>普京访朝专题</title></head><body><div class="banner"><h1>普京访朝</h1>
    <p>专题上线：2024-06-19　更新时间：2024-06-21 10:00</p></div><div class="main">
    {story(1, "2024年06月19日", "央视新闻")}{story(2, "2024年06月20日", "新华社")}</div></body></html>"""
    result = convert("topic.html", topic.encode())
    got = [(a["title"], a["published"], a["outlet"][:3], a["url"]) for a in result["articles"]]
    assert got == [
        ("第1篇报道的标题", "2024-06-19", "央视新", "https://news.example.com/c/1"),
        ("第2篇报道的标题", "2024-06-20", "新华社", "https://news.example.com/c/2"),
    ]
    assert all(a["body"].strip() == story_text for a in result["articles"])

    def printed(n: int, paper: str, day: str) -> str:
        return f"""<div class="doc"><div class="docNo">文件 {n} / 2</div><table class="docHeader">
        <tr><td>标题</td><td>第{n}篇报道的标题</td></tr><tr><td>报章名称:</td><td>{paper}</td></tr>
        <tr><td>日期:</td><td>{day}</td></tr><tr><td>字数:</td><td>598</td></tr></table>
        <div class="content">{paragraphs}</div></div>"""

    view = f"""<html><head><title>慧科新闻 WiseNews - 打印全文</title></head><body>
    <div class="printHeader">打印日期：2025-02-20 14:32</div>
    {printed(1, "明報", "2025-02-14")}{printed(2, "联合早报", "2025-02-15")}</body></html>"""
    result = convert("print.html", view.encode())
    got = [(a["title"], a["published"], a["outlet"][:2]) for a in result["articles"]]
    assert got == [
        ("第1篇报道的标题", "2025-02-14", "明報"),
        ("第2篇报道的标题", "2025-02-15", "联合"),
    ]
    assert all(a["body"].strip() == story_text for a in result["articles"])


def test_a_word_export_of_stories_one_to_a_page():
    """Word's "Web Page, Filtered" export of a compilation: a cover with its contents, then
    one story a page between page breaks (one set inside the next story's heading): one
    article a story, its 链接： line its address; the cover is none."""
    story_text = f"{_STORY}\n\n{_STORY}"
    paragraphs = "".join(f"<p class=MsoNormal>{p}</p>" for p in story_text.split("\n\n"))
    brk = "<br clear=all style='page-break-before:always'>"
    page = f"""<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>
    <body lang=ZH-CN><div class=WordSection1>
    <h1>朝鲜半岛资料摘编（2025年3月）</h1><p class=MsoNormal>整理：韩雪　2025年3月25日</p>
    <p class=MsoNormal>说明：以下报道从网页复制整理，每篇单独成页，供课题组内部讨论使用。</p>
    <p class=MsoToc2><a href="#_Toc1">韩国空军战机训练中误投炸弹<span style='display:none'>. 2</span></a></p>
    <p class=MsoToc2><a href="#_Toc2">韩美联合军演启动 朝鲜批评其为挑衅<span style='display:none'>. 3</span></a></p>
    <span lang=EN-US>{brk}</span>
    <h2><a name="_Toc1">韩国空军战机训练中误投炸弹</a></h2>
    <p class=MsoNormal>来源：人民网　<span lang=EN-US>2025</span>年<span lang=EN-US>3</span>月<span lang=EN-US>6</span>日</p>
    <p class=MsoNormal>链接：<a href="http://world.people.com.cn/n1/2025/0306/c1002-40432187.html">http://world.people.com.cn/n1/2025/0306/c1002-40432187.html</a></p>
    {paragraphs}
    <h2><span lang=EN-US>{brk}</span><a name="_Toc2">韩美联合军演启动 朝鲜批评其为挑衅</a></h2>
    <p class=MsoNormal>来源：澎湃新闻　2025年3月10日</p>{paragraphs}</div></body></html>"""
    result = convert("摘编.htm", page.encode())
    got = [(a["title"], a["published"], a["outlet"][:3], a["url"]) for a in result["articles"]]
    assert got == [
        (
            "韩国空军战机训练中误投炸弹",
            "2025-03-06",
            "人民网",
            "http://world.people.com.cn/n1/2025/0306/c1002-40432187.html",
        ),
        ("韩美联合军演启动 朝鲜批评其为挑衅", "2025-03-10", "澎湃新", None),
    ]
    assert all(a["body"].strip() == story_text for a in result["articles"])


def test_credits_and_prompts_around_a_story_are_not_its_text():
    """Under the story: credits labelled in brackets (【编辑】 黄思雨), a reporter's line with
    the translator's under it (the reporter is the author), a paywall's prompt, the previous
    and next stories; over it, a print view's 打印 - before the headline and an audio button."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>打印 - 朝鲜发射数枚短程弹道导弹 - 上观新闻</title></head><body>
    <div class="article"><p>收听新闻</p>{story}
    <p>金珉成 记者 minsung@chosun.com</p><p>编译：王丽萍</p>
    <p>【编辑】 黄思雨</p><p>【审核】 林立恒</p>
    <p>成为日经中文网付费会员，即可阅读全部文章、日经特辑及深度分析。</p></div>
    <div class="prev_next"><dl class="prev"><dt>上一篇</dt><dd><a href="/n/1">韩国去年经常项目顺差达990亿美元</a></dd></dl></div>
    </body></html>"""
    a = _one_raw("print.html", page)
    assert (a["title"], a["author"]) == ("朝鲜发射数枚短程弹道导弹", "金珉成")
    assert a["body"].strip() == _STORY


def test_a_compilation_with_its_fields_in_tables():
    """A weekly bulletin converted to text (pandoc): each numbered story over a table of its
    fields (来源, 日期, 原文链接 between rules of dashes); the compiler's 【编者按】 and the
    distribution list under the last story are not the stories'."""

    def story(n: str, title: str, source: str, day: str, url: str) -> str:
        rule = "  ---------- ------------------------------------------"
        return (
            f"{n}、{title}\n\n{rule}\n  来源       {source}\n  日期       {day}\n"
            f"  原文链接   {url}\n{rule}\n\n{_STORY}\n\n【编者按】此稿与韩方通报一致。\n\n"
        )

    bulletin = (
        "朝鲜半岛舆情周报\n\n2023年第37期\n\n目 录\n\n一、金正恩抵达俄罗斯 1\n\n二、普京与金正恩会谈 1\n\n"
        + story("一", "金正恩抵达俄罗斯", "新华社", "2023年9月12日", "http://www.news.cn/a.htm")
        + story(
            "二",
            "普京与金正恩会谈",
            "央视新闻",
            "2023年9月13日 19:46",
            "https://news.cctv.com/b.shtml",
        )
        + "报送：研究所领导 发送：各研究室 共印15份\n"
    )
    result = convert("weekly.txt", bulletin.encode())
    got = [(a["title"], a["published"], a["url"]) for a in result["articles"]]
    assert got == [
        ("金正恩抵达俄罗斯", "2023-09-12", "http://www.news.cn/a.htm"),
        ("普京与金正恩会谈", "2023-09-13", "https://news.cctv.com/b.shtml"),
    ]
    assert all(a["body"].strip() == _STORY for a in result["articles"])


def test_a_researchers_archive_note_over_a_rule():
    """【存档】 over a rule, with the page's address (网址：) and the day it was downloaded
    (下载：): the address is the copy's, the day only bounds the date; the KCNA date line
    with its outlet over the headline dates the story, and the headline is the title."""
    copy = (
        "【存档】朝中社中文版  报道原文\n网址：http://www.kcna.kp/cn/article/q/8a1d.kcmsd\n"
        "下载：2024-10-11 14:20（北京时间）   整理：小周\n================================\n\n"
        f"主体113(2024).10.9.  《朝中社》\n\n朝鲜人民军总参谋部报道\n\n{_STORY}\n"
    )
    a = _one_raw("kcna.txt", copy)
    assert (a["title"], a["published"]) == ("朝鲜人民军总参谋部报道", "2024-10-09")
    assert a["url"] == "http://www.kcna.kp/cn/article/q/8a1d.kcmsd"
    assert a["outlet"] == outlet_for_name("朝中社") and a["body"].strip() == _STORY


def test_a_weibo_long_post_copied_whole():
    """An outlet's Weibo post copied with its account, verification and time lines, its
    【headline】#topic# lead, collapse button, photo set, credit, topics, counters and the
    comments under 按热度 按时间: the headline is the title (not in the text), the closing
    （环球时报记者 程雨芊） names the outlet and writer, the #topics# are tags."""
    paragraphs = _STORY.split("\n\n")
    post = (
        "环球时报 \n微博官方认证：《环球时报》官方微博\n24-6-19 10:15 来自 微博网页版 已编辑\n\n"
        f"【普京抵达平壤开始国事访问】#普京访问朝鲜# {paragraphs[0]}\n\n{paragraphs[1]}\n\n"
        f"{paragraphs[2]}（环球时报记者 程雨芊）\n收起\n\n[组图共9张] 原图 \n图源：俄罗斯卫星通讯社、朝中社\n\n"
        "#普京访问朝鲜# #俄朝关系#\n环球时报的微博视频 · 2.1万次观看\n\n转发 1523\n评论 2876\n赞 3.4万\n\n"
        "按热度 按时间\n\n芒果不甜了了：这个时间点访问，信息量很大[思考]\n"
    )
    a = _one_raw("weibo.txt", post)
    assert (a["title"], a["published"]) == ("普京抵达平壤开始国事访问", "2024-06-19")
    assert (a["outlet"], a["author"]) == (outlet_for_name("环球时报"), "程雨芊")
    assert a["tags"] == ["普京访问朝鲜", "俄朝关系"]
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    "header, author",
    [
        ("記者黃思穎／台北報導、記者陳冠宇／綜合報導", "黃思穎、陳冠宇"),  # two Taiwanese bylines
        (
            "法新社记者：菲律宾方面称，中国海警17日在仁爱礁附近造成菲方人员受伤。中方对此有何回应？",
            None,
        ),
        (
            "中新网北京6月3日电 (记者 黄钰涵)中国外交部发言人毛宁3日主持例行记者会。有记者问：中方对此有何评论？",
            "黄钰涵",
        ),
    ],
)
def test_bylines_and_a_reporters_question(header, author):
    """A second Taiwanese byline after the first; a transcript's 记者：…？ is a question,
    not a byline, but a dateline's (记者 黄钰涵) on a line that asks one still is."""
    assert author_from_header(header) == author


def test_a_speech_signed_by_office_and_name():
    """A speech closing with 大韩民国总统 尹锡悦: its author, and no text of it."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>第79周年光复节庆祝辞</title></head><body><div class="content">
    <h1>第79周年光复节庆祝辞</h1><p>2024.08.15 11:02</p>{story}<p>大韩民国总统 尹锡悦</p></div></body></html>"""
    a = _one_raw("speech.html", page)
    assert a["author"] == "尹锡悦" and a["body"].strip() == _STORY


def test_a_papers_top_bar_today_and_its_closing_lines():
    """劳动新闻's page: the top bar's today (class TodayDate) is not the story's day, the
    article's own date line is; the closing byline over 本文地址：… names the writer, and
    neither line is text; a captioned photo ([照片] …) and the site's address with its day
    (www.kcna.kp (主体113.6.19.)) are not text either."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>劳动新闻</title></head><body>
    <div class="TodayDate">主体112(2023)年8月23日 星期三</div>
    <div class="ArticleArea"><div class="ArticleDate">主体112(2023)年8月22日 《劳动新闻》 第6版</div>
    <h1>危险的战争演习只会招致自灭</h1><p>[照片] 金正恩同志在机场迎接普京总统</p>{story}
    <p>本报记者 金成日</p><p>本文地址：http://www.rodong.rep.kp/cn/index.php?MTJA</p>
    <p>www.kcna.kp (主体113.6.19.)</p></div></body></html>"""
    a = _one_raw("rodong.html", page)
    assert (a["published"], a["author"]) == ("2023-08-22", "金成日")
    assert a["body"].strip() == _STORY


def test_a_photos_source_names_no_outlet():
    """图片来源：KOREA NEWS SERVICE/AP and 圖像來源: Kim Hong-Ji/REUTERS credit a photograph,
    not the story's outlet; 来源：新华网 still names one."""
    assert outlet_from_header("图片来源：KOREA NEWS SERVICE/ASSOCIATED PRESS") is None
    assert outlet_from_header("圖像來源: Kim Hong-Ji/REUTERS") is None
    assert outlet_from_header("来源：新华网") == outlet_for_name("新华网")


def test_a_rolling_list_beside_a_box_of_captioned_pictures():
    """A rolling list of links with times, and beside it a ranking and pictures whose captions
    are the page's only paragraphs: the rolling list is the page's, every item of it."""
    rows = "".join(
        f'<li><span class="c_chl">[国际]</span><span class="c_tit"><a href="https://news.example.cn/w/{n}.shtml">第{n}条滚动新闻的标题</a></span>'
        f'<span class="c_time">(06月19日 1{n % 10}:05)</span></li>'
        for n in range(1, 21)
    )
    ranking = "".join(
        f'<li><a href="https://news.example.cn/w/hot{n}.shtml">点击排行第{n}名的新闻标题</a></li>'
        for n in range(1, 9)
    )
    pics = "".join(
        f'<div class="pic"><a href="https://slide.example.cn/{n}.html"><img src="/{n}.jpg"><p>组图：第{n}组图片的说明文字</p></a></div>'
        for n in range(1, 3)
    )
    page = f"""<html><head><title>国际滚动新闻</title></head><body>
    <div class="top_bar"><span class="date">2024年06月19日 星期三</span></div>
    <div class="main_l"><div class="d_list_txt"><ul>{rows}</ul></div></div>
    <div class="main_r"><div class="blk_rank"><h3>点击排行</h3><ul>{ranking}</ul></div>
    <div class="blk_pic">{pics}</div></div></body></html>"""
    result = convert("roll.html", page.encode())
    assert len(result["articles"]) == 20
    assert result["articles"][0]["title"] == "第1条滚动新闻的标题"


def test_a_json_feed_gives_one_article_per_item():
    """A JSON Feed (jsonfeed.org): each item's own address (url, not the page it links to),
    title, content, date, authors and tags; an item without a title is titled by its first
    sentence."""
    first, second = _STORY.split("\n\n")[:2]
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "半岛快讯",
        "items": [
            {
                "id": "1",
                "url": "https://example.org/2025/06/12/a/",
                "external_url": "https://www.yna.co.kr/view/1",
                "title": "朝鲜停止对南噪音广播",
                "content_html": f"<p>{first}</p>",
                "date_published": "2025-06-12T18:20:00+08:00",
                "authors": [{"name": "林晓"}],
                "tags": ["朝鲜", "广播"],
            },
            {"id": "2", "url": "https://example.org/b/", "content_text": second},
        ],
    }
    result = convert("feed.json", json.dumps(feed, ensure_ascii=False).encode())
    one, two = result["articles"]
    assert result["source"]["format"] == "feed"
    assert (one["title"], one["url"], one["author"]) == (
        "朝鲜停止对南噪音广播",
        "https://example.org/2025/06/12/a/",
        "林晓",
    )
    assert (one["published"], one["tags"]) == ("2025-06-12", ["朝鲜", "广播"])
    assert two["title"] == first_sentence(second)[0] and two["body"].strip() == second


def test_a_quote_boxs_speaker_and_a_persons_topic_link_name_no_writer():
    """A quote box's speaker (<div class="article__quote-author">金正恩</div>) and a link to a
    person's topic page (Sputnik's /person_Kim_Jong_un/) name the story's subjects, not its
    writer; a writer's page (/person/…, DW's /person-61234970) still names the writer."""

    def page(extra: str) -> str:
        return (
            "<html><head><title>普京与金正恩签署条约</title></head><body><article><h1>普京与金正恩签署条约</h1>"
            f"{extra}<p>{_STORY.split(chr(10))[0]}</p>"
            '<div class="article__quote"><div class="article__quote-text">“这份条约将推动两国关系向前发展。”</div>'
            '<div class="article__quote-author">金正恩</div></div></article></body></html>'
        )

    topic = '<a href="https://sputniknews.cn/person_Kim_Jong_un/">金正恩</a>'
    assert _one_raw("sputnik.html", page(topic))["author"] is None
    writer = '<a href="https://www.dw.com/zh/person-61234970">林楓</a>'
    assert _one_raw("dw.html", page(writer))["author"] == "林楓"


def test_a_sites_name_before_its_related_label():
    """日经中文网 相关文章 labels the site's related list, as 自由時報 延伸閱讀 does."""
    from peninsula.clean import RELATED_LABEL

    assert RELATED_LABEL.match("日经中文网 相关文章") and RELATED_LABEL.match("自由時報 延伸閱讀")
    assert not RELATED_LABEL.match("他在相关文章中写道")


def test_a_posts_read_more_line_gives_the_storys_address():
    """A post's closing line pointing to the full story (詳細新聞請看：https://…) gives the
    story's address and is no text."""
    url = "https://www.cna.com.tw/news/aopl/202307120067.aspx"
    a = _one_raw(
        "post.txt", "北韓射長程彈道飛彈\n\n" + "\n\n".join(_TW_STORY) + f"\n\n詳細新聞請看：{url}\n"
    )
    assert a["url"] == url and a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_page_copied_from_the_wayback_machine():
    """A page copied from the Wayback Machine, its toolbar first (The Wayback Machine - its
    capture's address, the address box, the captures, the calendar, About this capture,
    TIMESTAMPS): the toolbar is no text, the original's address is the article's, the
    capture's the republished copy's, and its day bounds the date."""
    capture = "https://web.archive.org/web/20190301021544/https://www.rfa.org/mandarin/tj-0228.html"
    copy = (
        f"\ufeffThe Wayback Machine - {capture}\r\n \r\nhttps://www.rfa.org/mandarin/tj-0228.html\r\n"
        "Go\r\n31 captures\r\n28 Feb 2019 - 07 Dec 2022\r\n\tFEB\tMAR\tAPR\r\n2018\t2019\t2020\r\n"
        "success\r\nfail\r\nAbout this capture\r\nCOLLECTED BY\r\nOrganization: Internet Archive\r\n"
        "TIMESTAMPS\r\nloading\r\n朝鲜半岛\r\n特朗普金正恩河内峰会破局 未签署任何协议\r\n2019-02-28\r\n\r\n"
        + _STORY.replace("\n", "\r\n")
    )
    a = _one_raw("wayback.txt", copy)
    assert (a["title"], a["published"]) == ("特朗普金正恩河内峰会破局 未签署任何协议", "2019-02-28")
    assert (a["url"], a["republished_url"]) == (
        "https://www.rfa.org/mandarin/tj-0228.html",
        capture,
    )
    assert a["body"].strip() == _STORY


def test_a_weibo_accounts_feed_of_posts():
    """RSSHub's feed of a Weibo account (央视新闻的微博): each item's title is its post's text
    cut short, its description the post: the 【headline】 titles it, the #topics# are tags,
    its lines (<br>) the paragraphs; the account names the outlet, and its time (GMT) is read
    in the outlet's zone."""
    first, second = _STORY.split("\n\n")[:2]
    post = f"【朝鲜向东部海域发射导弹】#朝鲜发射导弹# {first}<br><br>{second}<br><br>"
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title><![CDATA[央视新闻的微博]]></title><link>https://weibo.com/2656274875/</link>"
        f"<item><title><![CDATA[{post[:40]}]]></title><description><![CDATA[{post}]]></description>"
        "<pubDate>Tue, 18 Jun 2024 19:05:10 GMT</pubDate>"
        "<link>https://weibo.com/2656274875/OjKzl2uTn</link></item></channel></rss>"
    )
    (a,) = convert("weibo.xml", feed.encode())["articles"]
    assert (a["title"], a["tags"], a["outlet"]) == (
        "朝鲜向东部海域发射导弹",
        ["朝鲜发射导弹"],
        outlet_for_name("央视新闻"),
    )
    assert (a["published"], a["published_time"]) == ("2024-06-19", "03:05:10+08:00")
    assert a["body"] == f"{first}\n\n{second}\n"


def test_a_feed_readers_export_of_starred_items():
    """A feed reader's export in the Google Reader API's JSON (Inoreader's starred items):
    one article per item, with its canonical address, content or summary, time (Unix
    seconds), author, the feed it came from as its site and the reader's labels as tags."""
    first, second = _STORY.split("\n\n")[:2]
    item = {
        "id": "tag:google.com,2005:reader/item/0000000391e4a7c2",
        "categories": ["user/1005/state/com.google/starred", "user/1005/label/朝鲜半岛"],
        "title": "特金會之後：一紙聲明能否換來和平？",
        "published": 1528862700,
        "canonical": [{"href": "https://theinitium.com/article/20180613-analysis"}],
        "summary": {"direction": "ltr", "content": f"<p>{first}</p><p>{second}</p>"},
        "author": "羅文軒",
        "origin": {
            "streamId": "feed/https://theinitium.com/newsfeed/",
            "title": "端傳媒 Initium Media",
        },
    }
    export = {"id": "user/1005/state/com.google/starred", "title": "Starred", "items": [item]}
    result = convert("starred.json", json.dumps(export, ensure_ascii=False).encode())
    (a,) = result["articles"]
    assert result["source"]["format"] == "feed"
    assert (a["title"], a["url"], a["author"], a["tags"]) == (
        "特金會之後：一紙聲明能否換來和平？",
        "https://theinitium.com/article/20180613-analysis",
        "羅文軒",
        ["朝鲜半岛"],
    )
    assert (a["published"], a["outlet"]) == ("2018-06-13", outlet_for_name("端傳媒"))
    assert a["body"] == f"{first}\n\n{second}\n"


def test_a_feedburner_feed_with_its_stylesheet():
    """A FeedBurner feed opens with stylesheet instructions; its items' addresses are their
    original ones (feedburner:origLink), titles escaped twice are read once more, and an item
    listed twice (its guid again) is one article."""
    item = """<item><title><![CDATA[韩美外长会谈 布林肯&middot;朴振：将强化延伸威慑]]></title>
    <link>http://feedproxy.google.com/~r/dy/~3/abc/</link><guid isPermaLink="false">dy-1</guid>
    <feedburner:origLink>http://www.example.com/2022/06/14/a/</feedburner:origLink>
    <pubDate>Tue, 14 Jun 2022 00:05:00 +0000</pubDate><description><![CDATA[<p>{text}</p>]]></description></item>"""
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?><rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">
<channel><title>东亚时事</title>{item.format(text=_STORY)}{item.format(text=_STORY)}</channel></rss>"""
    (a,) = convert("feed.xml", feed.encode())["articles"]
    assert (a["title"], a["url"]) == (
        "韩美外长会谈 布林肯·朴振：将强化延伸威慑",
        "http://www.example.com/2022/06/14/a/",
    )


def test_a_photographers_credit_names_no_author():
    """新华社记者 李学仁 摄 over the story credits the photograph; the dateline's reporters
    (记者周晓燕、黄海波) are the story's."""
    assert author_from_header(
        "新华社记者 李学仁 摄\n新华网北京8月29日电（记者周晓燕、黄海波）"
    ) == ("周晓燕、黄海波")
    assert author_from_header("新华社记者 李学仁 摄") is None


def test_a_substack_post_mailed():
    """A Substack post by mail: "宋知远 from 半岛札记" names its writer and its publication (the
    outlet), its headline links to the post (its address), and the platform's buttons
    (forwarded, read in app, like, restack, the subscribe prompt) are not its text."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><body><table width="100%"><tr><td>Forwarded this email? <a href="https://substack.com/redirect/2/eyJ1">Subscribe here</a> for more</td>
    <td><a href="https://open.substack.com/pub/bdzj/p/a?utm_source=email">READ IN APP</a></td></tr></table>
    <h1><a href="https://bdzj.substack.com/p/pujing-pingrang-tiaoyue">普京的平壤之夜</a></h1>
    <p><a href="https://substack.com/redirect/2/eyJ2">♡ Like</a> <a href="https://substack.com/redirect/2/eyJ3">Comment</a> <a href="https://substack.com/redirect/2/eyJ4">Restack</a></p>
    <div class="body markup">{story}<p>感谢阅读半岛札记！免费订阅，第一时间收到新文章。</p></div></body></html>"""
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "宋知远 from 半岛札记 <bdzj@substack.com>"
    m["Subject"] = "普京的平壤之夜"
    m["Date"] = "Thu, 20 Jun 2024 13:48:10 +0000"
    m.set_content("plain")
    m.add_alternative(page, subtype="html")
    (a,) = convert("post.eml", bytes(m))["articles"]
    assert (a["author"], a["outlet"]) == ("宋知远", "半岛札记")
    assert a["url"] == "https://bdzj.substack.com/p/pujing-pingrang-tiaoyue"
    assert a["body"].strip() == _STORY


def test_a_related_storys_date_under_its_link_is_not_the_storys():
    """BBC's old pages list related stories as a link, a line break and a dated span: those
    dates are the listed stories', even with the page's own date labelled as an update."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>BBC中文網 | 六方會談發表共同聲明</title></head><body>
    <div class="headline"><h1>六方會談發表共同聲明</h1></div>
    <div class="ds">最後更新： 格林尼治標準時間 2005年9月19日, 星期一, 10:25 北京時間 18:25</div>
    <div class="content">{story}</div><div class="rhsbox"><b>有關報道</b><br>
    <a href="http://news.bbc.co.uk/chinese/trad/hi/newsid_4230000/4239166.stm">六方會談在北京復會</a><br>
    <span class="date">2005年9月13日 | 亞太</span><br></div></body></html>"""
    assert _one_raw("bbc.htm", page)["published"] == "2005-09-19"
    undated = page.replace("2005年9月19日, 星期一, 10:25 北京時間 18:25", "")
    assert _one_raw("bbc.htm", undated)["published"] is None  # (not 13 September)


def test_an_old_list_page_of_a_table_per_item():
    """联合早报's 2009 rolling page sets each item as a table of rows (its time, its linked
    title, its text, its tools): one article per table, dated by its time row; the
    sidebar's numbered links are none."""

    def item(n: int, hhmm: str) -> str:
        return f"""<table width="100%"><tr><td class="rt_time"><font color="#999999">[2009-05-25 {hhmm}]</font></td></tr>
        <tr><td class="rt_title"><a href="/realtime/world/story20090525-4231{n}"><b>第{n}条即时报道的标题</b></a></td></tr>
        <tr><td class="rt_text">（东京综合电）{_STORY.split(chr(10))[0]}<br><br></td></tr>
        <tr><td class="rt_tools"><a href="/realtime/world/story20090525-4231{n}">全文链接</a> | <a href="javascript:sendmail()">电邮</a></td></tr></table>"""

    page = f"""<!-- saved from url=(0043)http://www.zaobao.com/realtime/neasia.shtml -->
    <html><head><title>联合早报网 zaobao.com -- 即时报道</title></head><body><table><tr>
    <td width="560">{item(1, "13:40")}{item(2, "12:05")}{item(3, "11:20")}</td>
    <td width="208"><b>热门新闻</b><br>1. <a href="/realtime/world/story20090524-42105">卢武铉遗体移至金海峰下村</a><br>
    2. <a href="/realtime/china/story20090525-42277">中国外交部：坚决反对朝鲜核试验</a><br></td></tr></table></body></html>"""
    result = convert("neasia.shtml", page.encode())
    got = [(a["title"], a["published"], a["url"]) for a in result["articles"]]
    assert got == [
        (
            f"第{n}条即时报道的标题",
            "2009-05-25",
            f"http://www.zaobao.com/realtime/world/story20090525-4231{n}",
        )
        for n in (1, 2, 3)
    ]


def test_an_aggregators_cards_in_clusters():
    """Google News shows <article> cards in clusters of two or three: every card is an item,
    its source line (a known outlet) is its outlet, and its <time datetime> (the text says
    3小时前) dates it, told in the outlet's zone."""

    def card(n: int, source: str, when: str) -> str:
        link = f"./read/CBMi{n}abcdefghij?hl=zh-CN"
        return f"""<article class="IFHyqb DeXSAc"><div class="XlKvRb"><a class="WwrzSb" href="{link}"></a></div>
        <div class="oovtQ"><div class="vr1PYe">{source}</div></div><a class="JtKRv" href="{link}">第{n}条聚合新闻的标题</a>
        <div class="UOVeFe"><time class="hvbAAd" datetime="{when}">3小时前</time></div></article>"""

    clusters = [
        [card(1, "联合早报", "2024-11-05T03:12:00Z"), card(2, "韩联社", "2024-11-05T02:40:00Z")],
        [card(3, "新华社", "2024-11-04T20:01:00Z"), card(4, "联合早报", "2024-11-04T09:00:00Z")],
        [card(5, "韩联社", "2024-11-04T06:45:00Z"), card(6, "新华社", "2024-11-03T01:00:00Z")],
        [card(7, "韩联社", "2024-11-02T06:45:00Z"), card(8, "新华社", "2024-11-02T01:00:00Z")],
    ]
    page = f"""<html><head><base href="https://news.google.com/"><title>朝鲜 - Google 新闻</title></head><body>
    <main>{"".join(f'<c-wiz class="PO9Zff"><div class="W8yrY">{"".join(c)}</div></c-wiz>' for c in clusters)}</main></body></html>"""
    result = convert("gnews.html", page.encode())
    assert len(result["articles"]) == 8
    first, second, third = result["articles"][:3]
    assert (first["outlet"], first["published"], first["published_time"]) == (
        outlet_for_name("联合早报"),
        "2024-11-05",
        "11:12:00+08:00",
    )
    assert second["outlet"] == outlet_for_name("韩联社")
    assert third["published"] == "2024-11-05"  # (20:01 UTC on the 4th is the 5th in Beijing)


def test_a_netease_account_post():
    """A 网易号 post: 来源: 新京报<br>北京 (an IP location run on to the name) names 新京报;
    the platform's notice under its label (特别声明： / 以上内容…自媒体平台…) ends the story,
    and the reporter's line over the editors' names its author."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>朝鲜发射数枚短程弹道导弹|韩联社|金与正_网易订阅</title></head><body>
    <div class="post_main"><h1 class="post_title">朝鲜发射数枚短程弹道导弹</h1>
    <div class="post_info">2024-03-18 19:42:11　来源: <a href="https://www.163.com/dy/media/T1.html">新京报</a><br/>北京</div>
    <div class="post_content" id="content"><div class="post_body">{story}<p>新京报记者 陈奕凯</p>
    <p>编辑 张磊 校对 刘军</p></div></div>
    <div class="post_statement"><p class="post_statement_title">特别声明：</p>
    <p>以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p></div>
    </div></body></html>"""
    a = _one_raw("163.html", page)
    assert (a["outlet"], a["author"]) == (outlet_for_name("新京报"), "陈奕凯")
    assert a["body"].rstrip().endswith(_STORY.split("\n\n")[-1])
    assert "特别声明" not in a["body"] and "陈奕凯" not in a["body"]


def test_a_platform_of_accounts_names_no_outlet():
    """百家号 and 今日头条 are platforms of accounts: their address and name are no outlet (the
    account that posted is the publisher); they are the story's republisher."""
    from peninsula.fields import outlet_for_domain, site_outlet

    assert outlet_for_domain("https://baijiahao.baidu.com/s?id=1800252871458613402") is None
    assert outlet_for_domain("https://www.toutiao.com/article/7460234818765382195/") is None
    assert site_outlet("百家号") is None and site_outlet("新京报") == outlet_for_name("新京报")
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>朝鲜发射导弹</title><meta property="og:site_name" content="百家号">
    <link rel="canonical" href="https://baijiahao.baidu.com/s?id=18002528"></head><body>
    <h1>朝鲜发射导弹</h1><p>2024-05-28 06:12</p><div class="content">{story}</div></body></html>"""
    a = _one_raw("bjh.html", page)
    assert a["outlet"] is None and a["republisher"].startswith("百家号")


def test_a_forwarded_newsletter_copied_from_outlook():
    """Outlook's forward as text: the forwarder's header lines (重要性: 高 too) and note, the
    original's header lines under -----原始邮件-----, the newsletter's masthead and contents:
    none of it is the story, which starts at the headline over its source and date line; the
    original's sending day bounds the date, the story's own line dates it."""
    copy = (
        "发件人: 周明哲 <zhoumz@example.edu.cn>\n发送时间: 2024年11月6日 9:15\n"
        "收件人: 东北亚研究组 <nea@example.edu.cn>\n主题: 转发: 【半岛观察】第112期\n重要性: 高\n\n"
        "各位老师：\n\n转发本期简报中的头条报道，供周四组会讨论。\n\n周明哲\n\n-----原始邮件-----\n"
        "发件人: 半岛观察编辑部 <newsletter@example.com>\n发送时间: 2024年11月5日 18:02\n"
        "收件人: zhoumz@example.edu.cn\n主题: 【半岛观察】第112期\n\n【半岛观察】 第112期  2024年11月5日\n\n"
        "本期导读\n1. 崔善姬访俄会见普京（头条）\n\n【头条】\n\n崔善姬访俄会见普京 称朝鲜将坚定站在俄罗斯一边\n\n"
        f"来源：澎湃新闻  2024-11-05 11:26\n\n{_STORY}\n"
    )
    a = _one_raw("fwd.txt", copy)
    assert (a["title"], a["published"]) == (
        "崔善姬访俄会见普京 称朝鲜将坚定站在俄罗斯一边",
        "2024-11-05",
    )
    assert a["outlet"] == outlet_for_name("澎湃新闻") and a["body"].strip() == _STORY


def test_a_machine_translation_under_the_researchers_note():
    """[原文标题] / [原文链接] / [来源] lines over ==== 以下为 DeepL 机器翻译 ==== are the
    researcher's note: the address and source are read from it, the Chinese headline under it
    is the title, and the translation tool's credit is not the text."""
    copy = (
        "[原文标题] 이재명 정부, 대북 확성기 방송 전격 중단\n"
        "[原文链接] https://www.hani.co.kr/arti/politics/defense/1201876.html\n"
        "[来源] 韩民族日报（한겨레）  등록 2025-06-11 17:42\n\n"
        "==== 以下为 DeepL 机器翻译（韩→中），仅供内部参考 ====\n\n"
        f"李在明政府突然中止对朝扩音器广播\n\n{_STORY}\n\n通过 DeepL.com（免费版）翻译\n"
    )
    a = _one_raw("hani.txt", copy)
    assert (a["title"], a["published"]) == ("李在明政府突然中止对朝扩音器广播", "2025-06-11")
    assert a["url"] == "https://www.hani.co.kr/arti/politics/defense/1201876.html"
    assert a["outlet"] == outlet_for_name("韩民族日报") and a["body"].strip() == _STORY


def test_a_newspaper_pages_header_copied_from_its_pdf():
    """2024年6月20日 星期四 国际 3 over a story copied from an e-paper's PDF: the issue's day,
    not the title."""
    a = _one_raw(
        "rmrb.txt", f"2024年6月20日 星期四 国际 3\n\n俄朝签署全面战略伙伴关系条约\n\n{_STORY}\n"
    )
    assert (a["title"], a["published"]) == ("俄朝签署全面战略伙伴关系条约", "2024-06-20")


def test_a_scrapers_header_of_fields_over_the_text():
    """A scraper's text file: key: value lines (title with its site's name, an empty author,
    a published time in UTC, fetched_at, word_count…) over the text: the fields are read,
    none is text, and the title is the page's without its site."""
    copy = (
        "url: https://www.zaobao.com.sg/news/world/story20250304-5954321\n"
        "title: 韩美下周启动“自由护盾”联合军演 | 联合早报\nsource: 联合早报\nsite: zaobao.com.sg\n"
        "author: \npublished: 2025-03-04T10:30:00Z\nfetched_at: 2025-03-05 09:12:44.518203\n"
        f"lang: zh\nword_count: 1186\nstatus: 200\n\n{_STORY}\n"
    )
    a = _one_raw("zb.txt", copy)
    assert (a["title"], a["url"]) == (
        "韩美下周启动“自由护盾”联合军演",
        "https://www.zaobao.com.sg/news/world/story20250304-5954321",
    )
    assert (a["published"], a["published_time"]) == ("2025-03-04", "18:30:00+08:00")
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    "closing, author",
    [
        ("（田中祐介、首爾＝北川悟）", "田中祐介、北川悟"),  # 朝日新聞: a place before a name
        ("/塔斯社特派记者 德米特里·沃罗宁 发自平壤/", "德米特里·沃罗宁"),  # TASS's slashed byline
        ("（新华社）", None),  # one outlet in brackets names no writer
        ("（首尔、东京）", None),  # nor do places
    ],
)
def test_closing_writers_and_translation_notes(closing, author):
    """Writers named under the story (bracketed, or between slashes) are its authors, and
    neither they nor a translated story's notes (※本文譯自…, （翻译/编辑：…）) are its text."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>岸田文雄与尹锡悦举行会谈</title></head><body><article>
    <h1>岸田文雄与尹锡悦举行会谈</h1><p>2023-03-17 10:20</p>{story}<p>{closing}</p>
    <p>※本文譯自《朝日新聞》日文版3月16日報道。</p><p>（翻译/编辑：日经中文网 刘晓薇）</p></article></body></html>"""
    a = _one_raw("asahi.html", page)
    assert a["author"] == author
    if author:
        assert a["body"].strip() == _STORY


def test_a_kindles_clippings_file():
    """My Clippings.txt: one article per news document (its outlet in brackets or its site
    after the headline), its highlights in order, a highlight made again wider once; notes,
    bookmarks and a book's highlights (its author a person) are not stories; the day a
    highlight was added bounds the date."""
    first, second = _STORY.split("\n\n")[:2]

    def entry(title: str, what: str, added: str, text: str) -> str:
        return (
            f"\ufeff{title}\r\n- 您在位置 {what} | 添加于 {added}\r\n\r\n{text}\r\n==========\r\n"
        )

    clips = (
        entry(
            "朝鲜试射新型导弹-新华网 (新华网)",
            "#12-15的标注",
            "2024年1月16日星期二 上午8:42:17",
            first,
        )
        + entry(
            "朝鲜试射新型导弹-新华网 (新华网)",
            "#24 的笔记",
            "2024年1月16日星期二 上午8:45:10",
            "两边数字对不上。",
        )
        + entry(
            "东北亚安全格局变迁 (陈立新)",
            "#1532-1536的标注",
            "2024年8月3日星期六 下午3:12:09",
            "停战协定签署七十余年来，半岛始终不战不和。",
        )
        + entry(
            "韩国国会通过弹劾动议 (澎湃新闻)",
            "#5-8的标注",
            "2024年12月15日星期日 下午10:03:51",
            second[:30],
        )
        + entry(
            "韩国国会通过弹劾动议 (澎湃新闻)",
            "#5-11的标注",
            "2024年12月15日星期日 下午10:04:20",
            second,
        )
        + entry(
            "韩国国会通过弹劾动议 (澎湃新闻)", "#31 的书签", "2024年12月15日星期日 下午10:07:02", ""
        )
    )
    result = convert("My Clippings.txt", clips.encode())
    got = [(a["title"], a["outlet"][:4], a["body"].strip()) for a in result["articles"]]
    assert got == [
        ("朝鲜试射新型导弹", "新华社 ", first),
        ("韩国国会通过弹劾动议", "澎湃新闻", second),
    ]
    assert result["articles"][0]["published_latest"] == "2024-01-16"


def test_a_newspaper_databases_export_in_bracketed_labels():
    """知网's export: records of 【题名】【作者】【报纸名称】【报纸日期】…【正文快照】 lines under the
    export's own header: one article per record, titled, dated by its paper's day and credited
    to its paper."""

    def record(title: str, paper: str, day: str) -> str:
        return (
            f"【来源库】中国重要报纸全文数据库\n【题名】{title}\n【作者】许海林;周弘\n【报纸名称】{paper}\n"
            f"【报纸日期】{day}\n【版号】第012版:国际\n【关键词】戴维营;三边合作\n【正文快照】{_STORY.split(chr(10))[0]}……\n"
            "【下载频次】31\n\n"
        )

    export = (
        "中国知网 CNKI 文献导出（自定义格式）  导出日期：2025-03-18\n\n"
        + record("美日韩首次举行单独峰会", "光明日报", "2023-08-21")
        + record("朝鲜宣布成功试射新型导弹", "环球时报", "2024-01-16")
    )
    result = convert("CNKI.txt", export.encode())
    got = [(a["title"], a["published"], a["outlet"]) for a in result["articles"]]
    assert got == [
        ("美日韩首次举行单独峰会", "2023-08-21", outlet_for_name("光明日报")),
        ("朝鲜宣布成功试射新型导弹", "2024-01-16", outlet_for_name("环球时报")),
    ]


def test_a_bibtex_export_of_newspaper_articles():
    """A BibTeX file (JabRef): one article per entry, its protective braces and escapes gone,
    authors joined, its abstract as the body; comments, @Comment blocks and the access date
    (urldate) are not the article's."""
    bib = (
        "% Encoding: UTF-8\n% This file was created with JabRef 5.15.\n\n"
        "@Article{Liu2025a,\n  author   = {刘旭阳 and 张悦},\n  title    = {{韩国宪法法院}裁定罢免尹锡悦总统职务},\n"
        "  journal  = {光明日报},\n  date     = {2025-04-05},\n  urldate  = {2025-06-30},\n"
        "  url      = {https://example.com/content_1.html},\n"
        f"  abstract = {{{_STORY.split(chr(10))[0]}得票率为49.42\\%。}},\n}}\n\n"
        "@Article{Zhang2025,\n  title = {韩军停止对朝扩音广播},\n  journal = {光明日报},\n  year = {2025},\n"
        f"  abstract = {{{_STORY.split(chr(10))[0]}}},\n}}\n\n@Comment{{jabref-meta: databaseType:biblatex;}}\n"
    )
    result = convert("papers.bib", bib.encode())
    assert result["source"]["format"] == "bibtex"
    one, two = result["articles"]
    assert (one["title"], one["published"], one["author"]) == (
        "韩国宪法法院裁定罢免尹锡悦总统职务",
        "2025-04-05",
        "刘旭阳、张悦",
    )
    assert one["url"] == "https://example.com/content_1.html" and "49.42%" in one["body"]
    assert two["title"] == "韩军停止对朝扩音广播" and two["outlet"] == outlet_for_name("光明日报")


def test_a_monitoring_services_csv_under_its_report_lines():
    """A media-monitoring export: the report's title and period lines over the header row,
    a 摘要 column as the only text: one article per row, dated by its 发布时间 column."""
    lead = _STORY.split("\n")[0]
    csv_text = (
        "朝鲜半岛舆情监测日报,,,,,,\n监测时段：2024-03-11 00:00至2024-03-14 23:59,,,,,,\n"
        "序号,标题,媒体,发布时间,链接,摘要,情感倾向\n"
        f'1,金正恩视察炮兵部队实弹射击训练,新华社,2024/3/11 7:58,http://www.news.cn/a.htm,"{lead}",中性\n'
        f'2,韩美联合军演进入第二周,参考消息,2024/3/12 14:22,http://www.cankaoxiaoxi.com/b.html,"{lead}",负面\n'
    )
    result = convert("report.csv", csv_text.encode("gb18030"))
    got = [(a["title"], a["published"], a["url"]) for a in result["articles"]]
    assert got == [
        ("金正恩视察炮兵部队实弹射击训练", "2024-03-11", "http://www.news.cn/a.htm"),
        ("韩美联合军演进入第二周", "2024-03-12", "http://www.cankaoxiaoxi.com/b.html"),
    ]
    assert result["articles"][0]["body"].strip() == lead


def test_a_whole_page_copied_with_its_latest_news_stays_one_story():
    """A CNA page copied whole: the copier's 來源 and saved-day note, the menu, the story
    under its dated headline, then the latest news with their times: one article; and an
    app's share footer after a rule of dashes (分享自… / its address) is no second story."""
    story = "\n\n".join(_STORY.split("\n\n") * 2)
    copy = (
        "來源：https://www.cna.com.tw/news/aopl/202406190287.aspx\n（2024/6/20 早上存）\n\n"
        "跳到主要內容\n中央社 CNA\n即時\n政治\n國際\n兩岸\n搜尋\n國際\n"
        "蒲亭金正恩簽全面戰略夥伴協定\n2024/6/19 18:40（6/20 09:12 更新）\n字級\n列印\n分享\n"
        f"{story}\n\n最新新聞\n美宣布對烏新一批軍援\n22:48\n蒲亭離開平壤前 與金正恩互贈禮物\n22:31\n"
        "日本東京都知事選 選前民調\n22:05\n立法院臨時會 朝野協商破局\n21:57\n"
    )
    a = _one_raw("cna.txt", copy)
    assert (a["title"], a["published"]) == ("蒲亭金正恩簽全面戰略夥伴協定", "2024-06-19")
    assert a["url"] == "https://www.cna.com.tw/news/aopl/202406190287.aspx"
    shared = f"特朗普胜选引发韩国朝野热议\n\n环球时报  2024-11-07 06:58\n\n{_STORY}\n\n——————————\n分享自环球TIME\nhttps://m.huanqiu.com/article/4K9bXyQ2mHa\n"
    assert _one_raw("app.txt", shared)["title"] == "特朗普胜选引发韩国朝野热议"


def test_a_copy_whose_headline_is_under_its_date():
    """明報's page copied whole: under the menu (with the page's today and its weather), the
    crumbs, the story's date, then the headline: the headline is the title, the date over it
    the story's (not the top bar's today)."""
    copy = (
        "明報新聞網\n2025年6月7日 星期六\n天氣 29°C 相對濕度 82%\n每日明報\n即時新聞\n要聞\n港聞\n國際\n"
        "訂戶登入\n每日明報 > 國際\n2025年6月5日星期四\n李在明就職南韓總統 誓言重啟南北對話\n分享：\n"
        f"Facebook\nWhatsApp\n\n{_STORY}\n"
    )
    a = _one_raw("mingpao.txt", copy)
    assert (a["title"], a["published"], a["category"]) == (
        "李在明就職南韓總統 誓言重啟南北對話",
        "2025-06-05",
        "國際",
    )


_TW_STORY = (
    "南韓聯合參謀本部今天表示，北韓軍方中午在軍事分界線以北炸毀南北連結道路部分路段，南韓軍方隨即實施對應射擊。",
    "南韓統一部發言人下午在例行記者會上表示，北韓此次炸毀道路等同否定南北協議，政府對此表示強烈遺憾。",
    "分析人士認為，北韓正藉由一連串強硬舉措落實敵對兩國論，朝鮮半島緊張情勢恐持續升高。",
)


def test_a_whole_page_copied_as_text_around_its_story():
    """A Taiwanese page copied whole: the toolbar's words left a line each under the headline
    (首頁 / 國際 / 留言, 字體：), a photograph's caption closed by its agency, the byline glued
    to the first paragraph, an app's promotions over the related list, a latest-news list after
    it and 相關字詞﹕ tags: the story is the paragraphs, the caption an image, the byline the
    author's, the list the links'."""
    first, second, third = _TW_STORY
    copy = (
        "自由時報電子報\n即時\n政治\n國際\n社會\n生活\n健康\n地方\n財經\n娛樂\n體育\n"
        "北韓炸毀南北連結道路 南韓軍方開火警告\n2024/10/15 13:47\n首頁\n國際\n分享\n留言\n字體：\n"
        "北韓炸毀南北連結道路的畫面。（韓聯社）\n"
        f"〔記者林家緯／綜合報導〕{first}\n\n{second}\n\n請繼續往下閱讀...\n\n{third}\n\n"
        "相關字詞﹕北韓 南韓 軍事分界線\n一手掌握經濟脈動\n按我看活動辦法\n相關新聞\n"
        "北韓總參謀部宣布永久切斷南北道路\n2024/10/09 10:05\n中央社「一手新聞」app\niOS\n"
        "最新新聞\n美宣布對烏新一批軍援\n22:48\n"
    )
    a = _one_raw("ltn.txt", copy)
    assert a["author"] == "林家緯"
    assert a["tags"] == ["北韓", "南韓", "軍事分界線"]
    assert [i["credit"] for i in a["images"]] == ["韓聯社"]
    body = a["body"]
    for junk in ("首頁", "留言", "字體", "林家緯", "請繼續", "相關字詞", "一手掌握", "活動辦法"):
        assert junk not in body, junk
    assert body.startswith("*北韓炸毀南北連結道路的畫面。（韓聯社）*\n\n南韓聯合參謀本部")
    assert [link["title"] for link in a["links"]] == ["北韓總參謀部宣布永久切斷南北道路"]
    for junk in ("一手新聞", "iOS", "最新新聞", "軍援"):
        assert junk not in body, junk
    # a story's last line closed by its outlet in brackets is no caption
    closed = _one_raw("ct.txt", f"北韓炸毀南北連結道路\n\n{first}\n\n{second}（中時新聞網）\n")
    assert closed["images"] == [] and closed["body"].endswith("強烈遺憾。\n")


def test_a_clipped_page_around_its_story():
    """A web clipper's Markdown of a whole page: the dates under the byline (出版：, 更新：),
    the share buttons' row, an image's alt text printed again as its caption, a bold related
    label with its list in the same block, an ad label, a follow prompt, tag links as a list,
    and under a rule the page's cards, recommended list and comments: only the story stays."""
    first, second, third = _TW_STORY
    url = "https://udn.com/news/story/6809/8293751"
    raw = f"""---
title: "北韓炸毀南北連結道路 | 聯合新聞網"
source: "{url}"
created: 2024-10-16
---
# 北韓炸毀南北連結道路

撰文：簡郁庭

出版：2024-10-15 13:47

更新：2024-10-15 19:05

[分享](#) [Facebook](https://www.facebook.com/sharer/sharer.php?u={url}) [LINE](https://social-plugins.line.me/lineit/share?url={url}) [留言](#comments)

![北韓炸毀道路的畫面。（南韓聯合參謀本部）](https://pgw.udn.com.tw/photo/30581234.jpg)

北韓炸毀道路的畫面。（南韓聯合參謀本部）

{first}

[ 廣告 ]

**延伸閱讀：**
- [北韓總參謀部宣布永久切斷南北道路](https://udn.com/news/story/6809/8277310)

{second}

{third}

📌【聯合新聞網】WhatsApp Channel 已開通，立即追蹤掌握最新消息：[按此](https://whatsapp.com/channel/0029)

* [北韓](https://udn.com/search/tagging/2/北韓)
* [南韓](https://udn.com/search/tagging/2/南韓)

---

## 觀點

[**觀點｜北韓士兵踏上烏克蘭戰場**](https://udn.com/news/story/7339/8294106)

撰文：編輯部

### 留言

（留言功能僅限會員使用）
"""
    a = _one_raw("udn.md", raw)
    assert (a["published"], a["published_time"], a["author"]) == ("2024-10-15", "13:47", "簡郁庭")
    assert a["tags"] == ["北韓", "南韓"]
    assert [link["url"] for link in a["links"]] == ["https://udn.com/news/story/6809/8277310"]
    body = a["body"]
    assert body.startswith("![北韓炸毀道路的畫面。（南韓聯合參謀本部）](https://pgw.udn.com.tw/")
    assert body.count("北韓炸毀道路的畫面") == 1 and body.rstrip().endswith("恐持續升高。")
    for junk in ("出版", "更新", "Facebook", "廣告", "延伸閱讀", "WhatsApp", "觀點", "留言"):
        assert junk not in body, junk
    assert second in body and third in body


def test_an_unlisted_papers_page():
    """Pages of papers outlets.yml does not list: the site's own name is the outlet when it
    says it is a paper's or a news site's (og:site_name 澳华时讯网; a title closing with
    _泰华时报), never a section's name or a video platform credited in a caption; JSON-LD's
    two Persons are two writers."""
    first, second, third = _TWO_PARAGRAPHS[0], _TWO_PARAGRAPHS[1], _STORY
    page = """<html><head><title>朝鲜发射侦察卫星 – 澳华时讯网</title>
    <meta property="og:site_name" content="{site}">
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "朝鲜发射侦察卫星",
    "author": [{{"@type": "Person", "name": "朴贤周"}}, {{"@type": "Person", "name": "郑孝植"}}]}}
    </script></head><body><article><h1>朝鲜发射侦察卫星</h1>
    <p>{first}</p><p>视频：韩国国会外民众连夜聚集抗议（来源：YouTube）</p><p>{second}</p>
    <p>{third}</p></article></body></html>"""
    a = _one_raw(
        "xkb.html", page.format(site="澳华时讯网", first=first, second=second, third=third)
    )
    assert (a["outlet"], a["author"]) == ("澳华时讯网", "朴贤周、郑孝植")
    section = page.format(site="国际新闻", first=first, second=second, third=third)
    assert _one_raw("section.html", section)["outlet"] is None
    titled = section.replace("– 澳华时讯网", "_国际新闻_泰华时报").replace("og:site_name", "x")
    assert _one_raw("sing.html", titled)["outlet"] == "泰华时报"


def test_an_old_table_page_without_paragraphs():
    """A 2000s page laid out in tables: the story is one <font> in a cell, its paragraphs
    parted by <br><br>, the byline in a row of its own above, a list of the section's stories
    in the next cell: the story is the cell's text, the byline its writer's."""
    text = "<br><br>\n".join(_STORY.split("\n\n"))
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>明報加拿大網 - 國際新聞 - 特金河內峰會破裂</title></head><body>
    <table width="960"><tr><td><img src="logo.gif" alt="明報加拿大網"></td>
    <td><font size="2">2019年3月1日 星期五 | 多倫多 | 今日天氣：-12至-5度 有雪</font></td></tr></table>
    <table width="960"><tr><td width="180"><font size="2"><b>【國際新聞】</b><br>
    <a href="tab1_r.htm">美朝峰會無協議收場 美股下跌</a><br>
    <a href="tab3_r.htm">印度戰機越境空襲 巴基斯坦擊落兩架</a><br></font></td>
    <td><table width="100%"><tr><td><font size="5"><b>特金河內峰會破裂</b></font></td></tr>
    <tr><td><font size="2">■明報記者 陳子晴 河內報道</font></td></tr>
    <tr><td class="content"><font size="3">{text}</font></td></tr>
    <tr><td><font size="2"><a href="javascript:printPage()">列印本文</a></font></td></tr>
    </table></td></tr></table></body></html>"""
    a = _one_raw("tab2_r.htm", page)
    assert a["author"] == "陳子晴"
    assert a["body"].startswith("韩国联合参谋本部") and a["body"].rstrip().endswith("各自关切。")
    for junk in ("天氣", "美股下跌", "列印", "明報記者"):
        assert junk not in a["body"], junk


def test_pages_saved_as_markdown_by_clipping_tools():
    """Joplin's clipper keeps a whole page as Markdown without front matter: the site's links
    over one # headline mark it as a clipped page. MarkDownload's template puts the page's
    <title> as the headline (its site's name goes) over its excerpt (> ## Excerpt). Under the
    headline, the section's link, the writer and the date go to the fields; under the story,
    an editor's line, a plain related label over its list, escaped hashtags, a newsletter
    prompt and the next story's teaser are not the story; a caption under its picture, closed
    by its credit, becomes the picture's."""
    first, second, third = _TW_STORY
    joplin = f"""[![星洲网](https://www.sinchew.com.my/logo.png)](https://www.sinchew.com.my/)

-   [首页](https://www.sinchew.com.my/)
-   [国际](https://www.sinchew.com.my/category/国际/)

[国际](https://www.sinchew.com.my/category/国际/) > [即时国际](https://www.sinchew.com.my/category/即时国际/)

# 北韓炸毀南北連結道路

发布: 15/01/2025 11:32AM  |  更新: 15/01/2025 01:05PM

分享到 Facebook | WhatsApp | Telegram | 复制链接

![](https://cdn.sinchew.com.my/2025/01/15/road.jpg)

北韓軍方炸毀道路的畫面。（图：路透社）

{first}

{second}

**点击订阅星洲网Telegram频道，即时掌握新闻动态：** [t.me/sinchewdaily](https://t.me/sinchewdaily)

文章来源：星洲日报·2025.01.15
"""
    a = _one_raw("page.md", joplin)
    assert a["title"] == "北韓炸毀南北連結道路" and a["outlet"] == outlet_for_name("星洲日报")
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [
        ("北韓軍方炸毀道路的畫面。", "路透社")
    ]
    assert a["body"].startswith("![北韓軍方炸毀道路的畫面。（图：路透社）](https://cdn.sinchew")
    assert a["body"].rstrip().endswith("強烈遺憾。")
    for junk in ("首页", "分享到", "Telegram", "文章来源"):
        assert junk not in a["body"], junk
    markdownload = f"""---
created: 2024-03-11T22:14:05 (UTC +08:00)
tags: [北韓,南韓]
source: https://www.storm.mg/article/1438572
author: 林宜萱
---

# 北韓炸毀南北連結道路 - 風傳媒

> ## Excerpt
> 北韓軍方中午炸毀南北連結道路部分路段。

---
[國際](https://www.storm.mg/category/117)

林宜萱

2019-06-30 19:20

![炸毀道路](https://image.cache.storm.mg/road.jpg)

北韓軍方炸毀道路的畫面。（美聯社）

{first}

{second}

{third}

**責任編輯／陳耀宗**

更多風傳媒報導

-   [文在寅：板門店會面是和平進程的重要里程碑](https://www.storm.mg/article/1438611)

\\#北韓 \\#南韓

[訂閱風傳媒電子報，每日精選新聞直送信箱](https://www.storm.mg/newsletter)

### 下一篇

[國民黨總統初選民調下週登場](https://www.storm.mg/article/1438450)

國民黨總統初選民調將於下月初起進行……
"""
    b = _one_raw("storm.md", markdownload)
    assert (b["title"], b["category"], b["published_time"]) == (
        "北韓炸毀南北連結道路",
        "國際",
        "19:20",
    )
    assert b["images"][0]["credit"] == "美聯社"
    assert [link["title"] for link in b["links"]] == ["文在寅：板門店會面是和平進程的重要里程碑"]
    assert b["body"].startswith("![北韓軍方炸毀道路的畫面。（美聯社）](https://image.cache")
    assert b["body"].rstrip().endswith("恐持續升高。")
    for junk in (
        "Excerpt",
        "林宜萱",
        "2019-06-30",
        "陳耀宗",
        "更多風傳媒",
        "#",
        "電子報",
        "下一篇",
    ):
        assert junk not in b["body"], junk


def test_a_copy_whose_related_box_interrupts_the_story():
    """A Hong Kong page copied whole: a font-size button under the labelled date, a caption
    closed by its agency after the full stop (…會談。路透社), a related box of two headlines in
    the middle of the story (the story goes on under it: two paragraphs in a row), and under
    the tags the previous and next stories' links over a teaser and the latest list."""
    first, second, third = _TW_STORY
    fourth = (
        "南韓國防部表示，軍方已提高警戒層級，並與美軍密切合作監視北韓軍隊動向，以防出現進一步挑釁。"
    )
    copy = (
        "跳至主要內容\n星島頭條\n登入\n首頁\n即時\n港聞\n國際\n即時 > 國際\n"
        "北韓炸毀南北連結道路 南韓開火警告\n發佈時間：2024/10/15 13:47\n分享\n字體\n"
        "南韓軍方公布北韓炸毀道路的畫面。路透社\n"
        f"{first}\n{second}\n廣告\n相關新聞\n北韓宣布永久切斷南北道路\n金與正警告南韓無人機\n"
        f"{third}\n{fourth}\n#北韓\n#南韓\n上一篇\n下一篇\n【明日天氣】冷鋒周四南下 市區最低14度\n"
        "天文台預測，一道冷鋒將於周四橫過廣東沿岸，市民應注意保暖……\n最新即時\n09:48\n港股開市\n"
    )
    a = _one_raw("stheadline.txt", copy)
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [
        ("南韓軍方公布北韓炸毀道路的畫面。", "路透社")
    ]
    assert [link["title"] for link in a["links"]] == [
        "北韓宣布永久切斷南北道路",
        "金與正警告南韓無人機",
    ]
    body = a["body"]
    assert body.startswith("*南韓軍方公布北韓炸毀道路的畫面。（路透社）*\n\n南韓聯合參謀本部")
    assert third in body and body.rstrip().endswith(fourth)
    for junk in ("字體", "明日天氣", "最新即時"):
        assert junk not in body, junk


def test_bylines_with_interns_and_clipped_writer_links():
    """A reporter and an intern reporter (红星新闻记者 | 杨程晨 实习记者 | 张馨予) are two
    writers, and their closing line (… 综合新华社、央视新闻) is no story text. A clipped page's
    writer may be a link to the writer's page ([黄韵仪](…/byline/…)), its headline set as ##
    under the crumbs, with its labelled times and writer under it, and a caption closed by the
    agency's picture credit （新華社圖片）."""
    first, second, third = _TW_STORY
    copy = (
        "朝鲜宣布成功发射侦察卫星\n红星新闻\n2023-11-22 13:05\n红星新闻记者 | 杨程晨 实习记者 | 张馨予\n"
        f"{first}\n{second}\n{third}\n红星新闻记者 杨程晨 实习记者 张馨予 综合新华社、央视新闻、韩联社\n"
    )
    a = _one_raw("hxnews.txt", copy)
    assert a["author"] == "杨程晨、张馨予"
    assert a["body"].startswith("南韓聯合參謀本部") and a["body"].rstrip().endswith("恐持續升高。")
    clip = f"""---
title: "習近平晤李在明 同意擴大經貿合作 - 香港經濟日報 - 中國頻道"
source: "https://china.hket.com/article/4018823"
---
[![香港經濟日報](https://static.hket.com/logo.svg)](https://www.hket.com/)

[主頁](https://www.hket.com/) > [中國頻道](https://china.hket.com/) > [國際形勢](https://china.hket.com/srac002)

## 習近平晤李在明 同意擴大經貿合作

[黄韵仪](https://www.zaobao.com.sg/byline/huang-yun-yi)

發布時間：2025/11/01 18:45

![會談](https://static.hket.com/xi_lee.jpg)

國家主席習近平與南韓總統李在明周六在慶州握手。（新華社圖片）

{first}

{second}
"""
    b = _one_raw("hket.md", clip)
    assert (b["title"], b["author"], b["published_time"]) == (
        "習近平晤李在明 同意擴大經貿合作",
        "黄韵仪",
        "18:45",
    )
    assert b["images"][0]["credit"] == "新華社圖片"
    assert b["body"].startswith("![國家主席習近平與南韓總統李在明周六在慶州握手。（新華社圖片）]")
    for junk in ("主頁", "黄韵仪", "發布時間", "習近平晤李在明"):
        assert junk not in b["body"], junk


def test_clippers_and_read_later_exports_with_their_own_marks():
    """Joplin's whole page under its # <title> line, with BBC's picture labels (图像来源，… /
    图像加注文字，) and the clipper's source and day under it; an Omnivore export, whose
    highlights and notes come before the page under ## Content and whose [Read Original] link
    is the original's address."""
    first, second, third = _TW_STORY
    joplin = f"""# 北韓炸毀南北連結道路 - BBC News 中文

[跳过此内容，继续阅读](#content)

-   [主页](https://www.bbc.com/zhongwen/simp)
-   [国际](https://www.bbc.com/zhongwen/simp/world)
-   [两岸](https://www.bbc.com/zhongwen/simp/chinese-news)

# 北韓炸毀南北連結道路

![炸毀道路](https://ichef.bbci.co.uk/road.jpg)

图像来源，KCNA via REUTERS

图像加注文字，

北韓官方媒體發布的照片顯示道路被炸毀。

2024年10月15日

{first}

{second}

## 热门内容

1.  [台湾海峡观察](https://www.bbc.com/zhongwen/simp/chinese-news-65225311)

* * *

来源：https://www.bbc.com/zhongwen/simp/world-65271020
剪藏：2024-10-17 22:08
"""
    a = _one_raw("joplin.md", joplin)
    assert (a["title"], a["url"], a["published"]) == (
        "北韓炸毀南北連結道路",
        "https://www.bbc.com/zhongwen/simp/world-65271020",
        "2024-10-15",
    )
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [
        ("北韓官方媒體發布的照片顯示道路被炸毀。", "KCNA via REUTERS")
    ]
    assert a["body"].startswith("![北韓官方媒體發布的照片顯示道路被炸毀。](https://ichef")
    assert a["body"].rstrip().endswith("強烈遺憾。")
    omnivore = f"""---
id: 8c3f6a2e-3d9b-11ee-a51e-7f0c3b2d9e14
title: >
  北韓炸毀南北連結道路
author: >
  林楓
date_saved: 2024-10-21T11:12:45
date_published: 2024-10-15T06:40:00
---

# 北韓炸毀南北連結道路
#Omnivore

[Read on Omnivore](https://omnivore.app/me/road-18a0f3c2b1d)
[Read Original](https://www.voachinese.com/a/road/7232541.html)

## Highlights

> 南韓軍方隨即實施對應射擊 [⤴️](https://omnivore.app/me/road-18a0f3c2b1d#b71e)

之後找後續報導對照。 — 筆記

## Content

{first}

{second}

{third}
"""
    b = _one_raw("omnivore.md", omnivore)
    assert (b["url"], b["author"]) == ("https://www.voachinese.com/a/road/7232541.html", "林楓")
    assert b["body"].startswith("南韓聯合參謀本部") and b["body"].rstrip().endswith("恐持續升高。")
    assert "筆記" not in b["body"] and "Omnivore" not in b["body"]


def test_a_digest_of_numbered_stories_with_bracketed_fields():
    """A digest pasted as text: numbered headlines, each over 【来源】【时间】【链接】【摘要】
    lines; an ad between stories and the footer under a rule are no story's."""
    items = [
        (
            "朝鲜炸毁开城朝韩共同联络事务所",
            "新华社",
            "2020年6月16日 15:12",
            "http://www.xinhuanet.com/a.htm",
        ),
        (
            "金与正：韩方提议派特使访朝 已被朝方拒绝",
            "韩联社",
            "2020年6月17日 09:55",
            "https://cn.yna.co.kr/b",
        ),
        (
            "韩国统一部长官金炼铁请辞",
            "中国新闻网",
            "2020年6月17日 17:02",
            "https://www.chinanews.com/c.shtml",
        ),
    ]
    text = "📌 半岛每日简报　2020年6月18日\n整理：半岛观察小组　｜　今日共3条\n\n"
    for k, (title, outlet, when, url) in enumerate(items, 1):
        text += f"{k}. {title}\n【来源】{outlet}\n【时间】{when}\n【链接】{url}\n【摘要】{_TW_STORY[k - 1]}\n\n"
        if k == 2:
            text += "【推广】「半岛观察」知识星球开放年度会员，扫码加入。\n\n"
    text += "————————————————————\n（以上内容转自网络公开报道，仅供学习交流。）\n"
    arts = convert("brief.txt", text.encode("gb18030"))["articles"]
    assert [(a["title"], a["url"]) for a in arts] == [(t, u) for t, _, _, u in items]
    assert [a["outlet"] for a in arts] == [outlet_for_name(o) for _, o, _, _ in items]
    assert (arts[0]["published"], arts[0]["published_time"][:5]) == ("2020-06-16", "15:12")
    assert [a["body"].strip() for a in arts] == list(_TW_STORY)


def test_a_newsletters_items_dated_by_their_addresses_not_their_summaries():
    """A newsletter's items whose only day is in their address (story20231121-…) and whose
    summaries name other days (the meeting on 周日（26日）, the martial law of 2024年12月3日):
    the address dates each; the view-in-browser link (在瀏覽器中開啟) is no item."""
    items = [
        (
            "中日韩外长会议周日在釜山举行",
            "story20231121-1451507",
            "中日韩外长会议将于周日（26日）在釜山举行，为领导人会议铺路。",
        ),
        (
            "戒严半年后：南韩民主如何撑过危机",
            "story20250603-1600001",
            "2024年12月3日深夜的紧急戒严令至今已半年，南韩社会仍在反思。",
        ),
        (
            "朝鲜称成功发射侦察卫星",
            "story20231122-1451880",
            "朝鲜国家航空航天技术总局宣布，侦察卫星已成功进入轨道。",
        ),
    ]
    lis = "".join(
        f'<li><h3><a href="https://www.zaobao.com.sg/news/world/{slug}">{t}</a></h3><p>{summary}</p></li>'
        for t, slug, summary in items
    )
    page = f"""<html><head><title>早报简报</title></head><body>
    <p><a href="https://mailchi.mp/zaobao/daily">在瀏覽器中開啟</a></p><ul>{lis}</ul>
    <p><a href="https://zaobao.us21.list-manage.com/unsubscribe">取消订阅</a></p></body></html>"""
    arts = convert("zbjb.html", page.encode())["articles"]
    assert [(a["title"], a["published"]) for a in arts] == [
        ("中日韩外长会议周日在釜山举行", "2023-11-21"),
        ("戒严半年后：南韩民主如何撑过危机", "2025-06-03"),
        ("朝鲜称成功发射侦察卫星", "2023-11-22"),
    ]


def test_a_newsletters_items_under_their_buttons_and_click_trackers():
    """A Mailchimp weekly: each item a block with its linked headline (a click tracker), its
    source and date line, a summary, the original's address printed (来源链接：…) and a
    阅读原文 › button linking the tracker again. The button is no headline; the printed address
    beats the tracker and names the outlet; the source line names it too and leaves the text."""
    stories = [
        (
            "美韩联合演习结束 规模为近年最大",
            "韩联社",
            "2024年3月14日",
            "https://cn.yna.co.kr/view/A1",
        ),
        (
            "金正恩指导西部前线炮兵部队射击训练",
            "朝中社",
            "2024年3月8日",
            "http://www.kcna.kp/cn/article/q/b2",
        ),
        (
            "韩国国会选举进入倒计时",
            "中国新闻网",
            "2024年3月12日",
            "https://www.chinanews.com/gj/c3.shtml",
        ),
    ]
    blocks = ""
    for k, (title, outlet, day, url) in enumerate(stories):
        track = f"https://eapi.us21.list-manage.com/track/click?u=5d1c&amp;id={k}"
        blocks += f"""<table class="mcnTextBlock"><tr><td class="mcnTextContent">
        <span>0{k + 1}</span><h2><a href="{track}">{title}</a></h2>
        <p>{outlet}&nbsp;|&nbsp;{day}</p><p>{_TW_STORY[k]}</p>
        <p>来源链接：{url}</p><p><a href="{track}">阅读原文 &rsaquo;</a></p></td></tr></table>
        <table class="mcnDividerBlock"><tr><td><span></span></td></tr></table>"""
    page = f"""<html><head><title>【半岛周报】第112期</title></head><body><table id="bodyTable">
    <tr><td><a href="https://mailchi.mp/eapi/112">查看网页版</a></td></tr>
    <tr><td><h3>编者按</h3><p>各位读者好。以下是本周值得关注的三条消息。</p></td></tr>
    <tr><td>{blocks}</td></tr><tr><td><a href="https://eapi.us21.list-manage.com/unsubscribe">退订</a></td></tr>
    </table></body></html>"""
    arts = convert("weekly.html", page.encode())["articles"]
    assert [(a["title"], a["url"]) for a in arts] == [(t, u) for t, _, _, u in stories]
    assert [a["outlet"] for a in arts] == [outlet_for_name(o) for _, o, _, _ in stories]
    assert arts[0]["published"] == "2024-03-14"
    assert [a["body"].strip() for a in arts] == list(_TW_STORY)


def test_note_apps_copies_of_pages():
    """Typora's paste of a whole page (the researcher's note over it, the site's crumbs, icons
    linking javascript:void(0), font-size buttons): the crumbs' site names the outlet when the
    page's address is not given. Bear's note of a DW page: its title keeps DW's name and day
    (– DW – 2023年5月21日), the page's address and the note's tags sit under it."""
    first, second, third = _TW_STORY
    typora = f"""> 貼自明報新聞網即時新聞，6月5日早上整理。

[首頁](https://news.mingpao.com/ins/首頁) > [即時新聞](https://news.mingpao.com/ins/即時新聞/main) > [國際](https://news.mingpao.com/ins/國際/section/latest/s00004)

# 北韓炸毀南北連結道路

發布時間: 2024/10/15 12:35

[![](https://news.mingpao.com/image/icon_fb.png)](javascript:void(0)) [![](https://news.mingpao.com/image/icon_email.png)](javascript:void(0))

[A](javascript:void(0)) [A](javascript:void(0)) [A](javascript:void(0))

{first}

{second}
"""
    a = _one_raw("typora.md", typora)
    assert (a["title"], a["outlet"]) == ("北韓炸毀南北連結道路", outlet_for_name("明報"))
    assert a["body"].startswith("南韓聯合參謀本部") and "javascript" not in a["body"]
    bear = f"""# 北韓炸毀南北連結道路 – DW – 2024年10月15日

#剪藏/新闻 #韩国

https://www.dw.com/zh/北韓炸毀南北連結道路/a-65690412

2024年10月15日

{first}

{second}

{third}
"""
    b = _one_raw("bear.md", bear)
    assert (b["title"], b["outlet"]) == ("北韓炸毀南北連結道路", outlet_for_name("DW"))
    assert b["url"] == "https://www.dw.com/zh/北韓炸毀南北連結道路/a-65690412"
    assert b["body"].startswith("南韓聯合參謀本部")


def test_a_mainland_page_copied_with_its_comment_button_under_the_byline():
    """澎湃's page copied whole: the byline with its day and place (澎湃新闻记者 陈雨桐 邵文卿 ·
    2024-12-04 00:18 · 来自上海) over the toolbar (字号, +1, 收藏, 评论(1286), 分享). The
    comment button's count does not open the comments (the story would be lost), and the
    toolbar's words and the byline are no story text."""
    first, second, third = _TW_STORY
    copy = (
        "澎湃新闻\n首页\n视频\n要闻\n深度\n财经\n下载客户端\n登录\n国际 > 全球速报\n"
        "北韩炸毁南北连结道路 南韩开火警告\n澎湃新闻记者 陈雨桐 邵文卿 · 2024-12-04 00:18 · 来自上海\n"
        f"字号\n+1\n收藏\n评论(1286)\n分享\n\n{first}\n\n{second}\n\n{third}\n\n"
        "责任编辑：何琳\n校对：刘威\n相关推荐\n尹锡悦紧急讲话全文 2024-12-03\n评论(1286)\n"
    )
    a = _one_raw("thepaper.txt", copy)
    assert (a["author"], a["published_time"][:5]) == ("陈雨桐、邵文卿", "00:18")
    assert a["body"].startswith(first) and third in a["body"]
    for junk in ("评论", "澎湃新闻记者", "字号", "收藏"):
        assert junk not in a["body"].split("## ")[0], junk


def test_a_portal_copy_with_double_arrow_crumbs_and_rankings():
    """人民网 copied whole: its crumbs with double arrows (人民网>>国际>>滚动新闻) over the
    headline, the font-size buttons (小字号 / 大字号) under the date line, and after the related
    list the rankings (24小时排行, 每日关注) with their numbers: the story is the paragraphs."""
    first, second, third = _TW_STORY
    copy = (
        "http://world.people.com.cn/n1/2019/0630/c1002-31205412.html\n人民网\n人民日报\n"
        "人民网首页\n2019年7月1日 星期一\n注册\n登录\n时政\n国际\n军事\n人民网>>国际>>滚动新闻\n"
        "北韩炸毁南北连结道路\n2019年06月30日20:18  来源：人民网-国际频道\n分享到：\n小字号\n大字号\n"
        f"{first}\n{second}\n{third}\n(责编：郝萍、杨牧)\n相关新闻\n金与正发表谈话 2019年06月29日\n"
        "24小时排行\n1 多地迎来强降雨\n2 高考录取工作展开\n每日关注\n1 神舟十八号出舱\n"
    )
    a = _one_raw("people.txt", copy)
    assert a["title"] == "北韩炸毁南北连结道路" and a["category"] in ("国际", "滚动新闻")
    assert a["body"].startswith(first)
    assert [link["title"] for link in a["links"]] == ["金与正发表谈话"]
    for junk in ("字号", "强降雨", "神舟", "排行"):
        assert junk not in a["body"], junk


def test_a_copy_closing_with_a_copyright_notice_and_an_author_box():
    """A business site's page copied whole: the video player's buttons over the story, and
    under it a report button, an ad sales line, the copyright notice (未经…书面授权，不得…转载),
    an author box (文章作者 / 孙汉卿), the related list and the site's most-read (一财最热)."""
    first, second, third = _TW_STORY
    copy = (
        "第一财经\n首页\n新闻\n下载APP\n登录\n首页 > 新闻 > 全球\n韩国央行首次降息\n2024-10-11 12:06:15\n"
        "作者：孙汉卿    责编：钱佳颖\n视频：韩国央行宣布降息\n全屏\n倍速\n高清\n"
        f"{first}\n\n{second}\n\n{third}\n\n举报\n第一财经广告合作，请点击这里\n"
        "此内容为第一财经原创，著作权归第一财经所有。未经第一财经书面授权，不得以任何方式加以使用，"
        "包括转载、摘编、复制或建立镜像。\n文章作者\n孙汉卿\n相关阅读\n美联储降息50个基点 2024-09-19 02:31\n"
        "一财最热\n1 韩国央行首次降息\n2 国庆假期消费数据出炉\n"
    )
    a = _one_raw("yicai.txt", copy)
    assert a["author"] == "孙汉卿"
    body = a["body"].split("## ")[0]
    assert body.rstrip().endswith(third)
    for junk in ("全屏", "高清", "广告合作", "著作权", "文章作者", "消费数据"):
        assert junk not in a["body"], junk


def test_a_taiwanese_page_with_linked_writers_and_inline_furniture():
    """A magazine's page: the writers linked under a subtitle with the editor after a bar
    (文｜[張宇軒](…)、[王思穎](…)　責任編輯｜林奕辰), an inline related note
    (（相關報導： … | 更多文章）), a related link after a ► mark, a support button and the
    next story's teaser (下一篇[…](…)): none of them is story text."""
    first, second, third = _TW_STORY
    page = f"""<html><head><title>北韓駭客盜走15億美元 - 鏡週刊</title></head><body><article>
    <h1>北韓駭客盜走15億美元</h1><h2>贓款已分散至數千個地址</h2>
    <p>文｜<a href="https://www.mirrormedia.mg/author/zhangyuxuan">張宇軒</a>、<a href="https://www.mirrormedia.mg/author/wangsiying">王思穎</a>　責任編輯｜林奕辰</p>
    <p>{first}</p><p>（相關報導： <a href="https://www.storm.mg/article/1">美日韓外長通話</a> | <a href="https://www.storm.mg/articles">更多文章</a>）</p>
    <p>{second}</p><p>{third}</p>
    <p><a href="https://www.ettoday.net/news/20250814/3015566.htm">► 北韓拆除部分擴音器？南韓聯參：正在確認</a></p>
    <p><a href="https://www.storm.mg/sponsor">支持鏡週刊</a></p>
    <p>下一篇<a href="https://www.mirrormedia.mg/story/20250227int005">日本政府宣布延長電費補貼至夏季</a></p>
    </article></body></html>"""
    a = _one_raw("mirror.html", page)
    assert a["author"] == "張宇軒、王思穎"
    assert a["body"].rstrip().endswith(third)
    for junk in ("責任編輯", "相關報導", "擴音器", "支持鏡週刊", "下一篇"):
        assert junk not in a["body"], junk


def test_nikkei_bylines_and_an_obsidian_read_it_later_note():
    """Nikkei's Chinese edition names its writers after the paper and its edition, with the
    places they wrote from (日本经济新闻（中文版：日经中文网）山本晴香、首尔 北川诚) or after a
    staff title (日本经济新闻编辑委员 铃木健太郎); the paper's name with another word after
    it (联合早报 早知道) names nobody. Obsidian's ReadItLater note opens with its tags as wiki
    links and a linked headline (# [headline | section | site](address))."""
    first, second, third = _TW_STORY
    for byline, names in [
        ("日本经济新闻（中文版：日经中文网）山本晴香、首尔 北川诚", "山本晴香、北川诚"),
        ("日本经济新闻编辑委员 铃木健太郎", "铃木健太郎"),
        ("联合早报 早知道", None),
    ]:
        a = _one_raw(
            "nikkei.txt",
            f"日韩首脑确认推进穿梭外交\n\n2025/08/24\n\n{byline}\n\n{first}\n\n{second}\n",
        )
        assert a["author"] == names, byline
    note = (
        "[[ReadItLater]] [[Article]]\n\n"
        "# [南韓國情院：北韓派俄士兵已投入實戰 | 國際 | 中央社 CNA](https://www.cna.com.tw/news/aopl/202411130156.aspx)\n\n"
        f"2024/11/13 16:08\n\n{first}\n\n{second}\n\n{third}\n\n---\n\n## 筆記\n\n- 待查：首批北韓士兵傷亡的報導\n"
    )
    b = _one_raw("readitlater.md", note)
    assert (b["title"], b["url"]) == (
        "南韓國情院：北韓派俄士兵已投入實戰",
        "https://www.cna.com.tw/news/aopl/202411130156.aspx",
    )
    assert b["outlet"] == outlet_for_name("中央社") and "ReadItLater" in b["tags"]
    assert b["body"].rstrip().endswith(third) and "待查" not in b["body"]


def test_portal_pages_furniture_and_false_names():
    """据总台记者消息 names no reporter (消息 is the report); a 网易号 account's IP location and
    the report button run on to its name (来源: 半岛观察笔记<br>广东举报) leave the outlet its
    name; 中新网's disclaimer (刊用本网站稿件，务经书面授权) is furniture."""
    first, second, third = _TW_STORY
    cctv = f"""<html><head><title>韩国总统尹锡悦被执行逮捕_新闻频道_央视网(cctv.com)</title></head><body>
    <h1>韩国总统尹锡悦被执行逮捕</h1><div class="info">来源：央视新闻客户端 | 2025年01月15日 09:52</div>
    <div id="text_area"><p>据总台记者消息，{first}</p><p>{second}</p><p>{third}</p>
    <p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p></div></body></html>"""
    a = _one_raw("cctv.html", cctv)
    assert a["author"] is None and "务经书面授权" not in a["body"]
    netease = f"""<html><head><title>美韩联演开锣，朝鲜这次会怎么应对？_网易订阅</title></head><body>
    <h1 class="post_title">美韩联演开锣，朝鲜这次会怎么应对？</h1>
    <div class="post_info">2025-03-10 19:26:43　来源: <a href="https://www.163.com/dy/media/T1.html">半岛观察笔记</a><br/>广东<a href="https://www.163.com/special/0077jt/tipoff.html">举报</a></div>
    <div class="post_body"><p>{first}</p><p>{second}</p><p>{third}</p></div></body></html>"""
    assert _one_raw("163.html", netease)["outlet"] == "半岛观察笔记"


def test_an_e_mails_items_styled_inline():
    """A news app's morning brief: each item a table cell with its number, a link styled as
    the headline, the source and time (中央社 ｜ 2月9日 22:14), a summary and a 閱讀全文 ›
    button linking the same click tracker, whose url= parameter holds the story's address."""
    items = [
        (
            "北韓勞動黨九大前夕 平壤舉行大規模群眾集會",
            "中央社",
            "https://www.cna.com.tw/news/aopl/202602090321.aspx",
        ),
        (
            "李在明：南北對話之門始終敞開 盼北韓積極回應",
            "韓聯社",
            "https://www.yna.co.kr/view/AKR20260209087700001",
        ),
        (
            "高市早苗與李在明通電話 同意深化日韓美合作",
            "共同社",
            "https://china.kyodonews.net/news/2026/02/a4f2.html",
        ),
    ]
    cells = ""
    for k, (title, outlet, url) in enumerate(items):
        track = f"https://click.newsmorning-mail.com/?u=c7e1&amp;url={quote(url, safe='')}&amp;pos={k + 1}"
        cells += f"""<tr><td style="padding:16px 24px;"><p style="font-size:12px;">0{k + 1}</p>
        <a href="{track}" style="font-size:18px;font-weight:bold;">{title}</a>
        <p style="font-size:12px;">{outlet} ｜ 2月9日 22:14</p><p>{_TW_STORY[k]}</p>
        <a href="{track}" style="font-size:13px;">閱讀全文 ›</a></td></tr>"""
    page = f"""<html><head><title>【早安新聞】北韓勞動黨九大前夕</title></head><body>
    <table width="600"><tr><td>郵件無法正常顯示？<a href="https://view.newsmorning-mail.com/m/1">查看網頁版</a></td></tr>
    <tr><td><div style="font-size:26px;">早安新聞</div><div>2026年2月10日 星期二</div></td></tr>
    {cells}</table></body></html>"""
    arts = convert("brief.html", page.encode())["articles"]
    assert [(a["title"], a["url"]) for a in arts] == [(t, u) for t, _, u in items]
    assert [a["outlet"] for a in arts] == [outlet_for_name(o) for _, o, _ in items]
    assert [a["body"].strip() for a in arts] == list(_TW_STORY)


def test_a_page_laid_out_as_a_list():
    """观察者网 sets its page in a list: the story (its <h3> headline, byline and paragraphs) in
    one item, the rankings in the next. The story is not written as a list item, and the
    item's headline over it is the title, not text."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    page = f"""<html><head><title>普京抵达平壤，金正恩亲自到机场迎接</title></head><body>
    <div class="content-left"><ul class="fix"><li class="left left-main">
    <h3>普京抵达平壤，金正恩亲自到机场迎接</h3>
    <div class="time fix"><span>2024-06-19 07:15:33</span><span>来源：观察者网</span></div>
    <div class="content all-txt"><p>【文/观察者网 林嘉禾】</p>{paragraphs}</div>
    <div class="comment-list"><h4>最新评论</h4><p class="none-comment">加载中……</p></div></li>
    <li class="right right-main"><h3>24小时排行</h3><ul class="rank-list">
    <li><a href="https://www.guancha.cn/internation/2024_06_18_737962.shtml">普京在《劳动新闻》发表署名文章</a></li>
    </ul><p>扫码下载观察者网APP</p></li></ul></div></body></html>"""
    a = _one_raw("guancha.html", page)
    assert (a["title"], a["author"]) == ("普京抵达平壤，金正恩亲自到机场迎接", "林嘉禾")
    assert a["body"].startswith(_TW_STORY[0]) and "\n  " not in a["body"]


def test_phone_app_copies_with_their_chrome():
    """Text copied from news apps: the app's bar over the headline (LINE TODAY / 首頁 / 開啟App,
    a menu of spaced words, 打开腾讯新闻，阅读体验更佳), a date row of parts (更新於 … • 發布於 …,
    … 下午2:05 · 閱讀時間約 2 分鐘), a day without its year; the outlet and the writer under it."""
    story = "\n\n".join(_TW_STORY)
    line = f"""LINE TODAY\n首頁\n國際\n搜尋\n開啟App\n\n南韓去年脫北者入境236人 菁英階層比例創新高\n
中央社\n追蹤\n更新於 01月16日15:32 • 發布於 01月16日15:20\n\n（中央社記者邱秀雯首爾16日專電）{story}（編輯：陳承中）1140116\n
喜歡 12 • 哇 3\n留言 28\n阿德：菁英都跑了\n2小時前 • 讚 41\n\n你可能也想看\n北韓外交官駐古巴參事脫北 南韓國情院證實
聯合新聞網 • 2024年07月16日\n南韓統一部改組 縮編南北交流部門\n中時新聞網 • 3天前\n
分享連結 https://today.line.me/tw/v2/article/Qw8rZ3k\n"""
    a = _one_raw("line.txt", line)
    assert (a["title"], a["author"]) == ("南韓去年脫北者入境236人 菁英階層比例創新高", "邱秀雯")
    assert a["outlet"].startswith("中央社") and a["body"].startswith("（中央社記者")
    # the day from 中央社's code after the editor's note, its time from the yearless date row
    assert (a["published"], a["published_time"]) == ("2025-01-16", "15:20")
    assert a["url"] == "https://today.line.me/tw/v2/article/Qw8rZ3k"
    assert [link["title"] for link in a["links"]] == [
        "北韓外交官駐古巴參事脫北 南韓國情院證實",
        "南韓統一部改組 縮編南北交流部門",
    ]
    assert "1140116" not in a["body"] and "菁英都跑了" not in a["body"]
    yahoo = f"""Yahoo奇摩新聞\n首頁  政治  財經  娛樂  運動  社會地方  國際  生活\n搜尋新聞\n
金正恩下令修憲 定調南韓為「頭號敵國」\n\n自由時報\n2024年1月16日 週二 下午2:05 · 閱讀時間約 2 分鐘\n
記者徐子苓/綜合報導\n\n{_TW_STORY[0]}\n\n（廣告）信用卡新戶首刷禮 最高回饋3000元 立即申辦\n\n{_TW_STORY[1]}\n
{_TW_STORY[2]}\n\n查看原始文章\n"""
    a = _one_raw("yahoo.txt", yahoo)
    assert (a["title"], a["author"], a["published"]) == (
        "金正恩下令修憲 定調南韓為「頭號敵國」",
        "徐子苓",
        "2024-01-16",
    )
    assert a["body"].strip() == story
    tencent = f"""腾讯新闻\n打开腾讯新闻，阅读体验更佳\n打开\n\n要闻 > 国际\n\n崔善姬访俄会见拉夫罗夫\n
中国新闻网\n11-02 08:41\n发布于北京\n\n{story}\n"""
    a = _one_raw("tencent.txt", tencent)
    assert a["title"] == "崔善姬访俄会见拉夫罗夫" and a["body"].strip() == story


_TW_TEXT = "\n\n".join(_TW_STORY)


def test_a_researchers_copy_note_and_a_spaced_menu():
    """A copy note in brackets over a whole page (（2025-01-08 从浏览器复制保存，整页全选）) is the
    day it was saved, not the headline; the page's menu of spaced words and its share row
    (分享 微博 微信 LINE X) are furniture; a related headline may end in a quotation."""
    copy = f"""来源：https://china.kyodonews.net/news/2024/12/7d4a1c2e9b30-.html
（2025-01-08 从浏览器复制保存，整页全选）\n\n跳到主要内容\n共同网 KYODO NEWS\n中文 | 日本語 | English
首页  日本  政治  经济  社会  中国  朝鲜半岛  国际\n搜索\n登录\n\n首页 > 朝鲜半岛\n
尹锡悦宣布解除紧急戒严 日本政府呼吁注意安全\n\n2024/12/04 10:58\n\n字号 大 中 小\n分享 微博 微信 LINE X\n
{_TW_TEXT}\n\n相关报道\n日韩首脑确认继续推进“穿梭外交” 2024/11/15\n\n热门排行
1 朝鲜发射弹道导弹 落在日本专属经济区外\n"""
    a = _one_raw("kyodo.txt", copy)
    assert (a["title"], a["published"]) == (
        "尹锡悦宣布解除紧急戒严 日本政府呼吁注意安全",
        "2024-12-04",
    )
    assert a["body"].startswith(_TW_STORY[0])
    assert a["body"].rstrip().endswith(_TW_STORY[-1])
    assert [link["title"] for link in a["links"]] == ["日韩首脑确认继续推进“穿梭外交”"]
    archive = f"""【资料整理】韩国戒严事件 原始报道存档（第07篇）
整理人：课题组 刘　　整理日期：2024年12月6日\n━━━━━━━━━━━━━━━━━━━━\n（以下为网页复制内容）\n
尹锡悦深夜宣布紧急戒严 国会凌晨全票通过解除决议\n\n2024-12-04 07:32　来源：澎湃新闻\n\n{_TW_STORY[0]}\n\n{_TW_STORY[1]}\n"""
    a = _one_raw("archive.txt", archive)
    assert a["title"] == "尹锡悦深夜宣布紧急戒严 国会凌晨全票通过解除决议"
    assert a["published"] == "2024-12-04" and a["body"].startswith(_TW_STORY[0])


_KAESONG = (
    "统一部长官洪容杓当天下午发表政府声明称，朝鲜把通过开城工业园区获得的资金用于开发核武器和导弹，政府不能再让园区资金被用于朝鲜的核导开发。",
    "声明说，迄今流入朝鲜的园区资金累计达6160亿韩元，仅去年一年就达1320亿韩元。政府决定停止向园区供应电力和用水，并要求入驻企业人员尽快撤回。",
    "目前开城工业园区共有124家韩国企业入驻，雇用朝鲜工人约5.4万名。入驻企业协会对政府的决定表示强烈反对，称事先没有任何协商。",
)


def test_a_korean_papers_old_page_with_its_head_and_photo_before_the_text():
    """韩民族日报's old page: the head (the headline, its date, 金振哲、李齐勋 记者: names joined
    before one title) and the photo with its caption come before the story's compound-named
    text block; they are no lead, so the block is the story. Its language switcher, audio
    label, Chinese editor and link to the Korean original are furniture."""
    paragraphs = [*_TW_STORY, *_KAESONG]
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"""<html><head><title>韩国政府宣布全面中断开城工业园区运营</title></head><body>
    <div class="top_link"><a href="http://www.hani.co.kr/">韩文版</a> | <a href="http://english.hani.co.kr/">English</a> | <a href="http://japan.hani.co.kr/">日本語</a></div>
    <div id="contents"><div class="left"><div class="path">首页 &gt; 政治</div>
    <div class="article-head"><h1>韩国政府宣布全面中断开城工业园区运营</h1>
    <p class="date">发布时间：2016年2月10日 星期三</p><p class="reporter">金振哲、李齐勋 记者</p></div>
    <div class="article-photo"><img src="http://china.hani.co.kr/data/4821_01.jpg" alt="">
    <p class="cap">10日下午，载有开城工业园区物资的车辆经过京畿道坡州市都罗山南北出入境事务所。金明镇 记者</p></div>
    <div class="article-text"><p>收聽本新聞</p>{story}</div>
    <div class="article-foot"><p>中文编辑：尹在旭</p><p><a href="http://www.hani.co.kr/arti/729911.html">查看韩文原文</a></p></div>
    </div><div class="right"><p>关于我们|联系我们|隐私政策</p>
    <p>Copyright © The Hankyoreh. All rights reserved. 韩民族日报 地址：韩国首尔特别市麻浦区孝昌木路6</p></div></div>
    </body></html>"""
    a = _one_raw("hani.htm", page)
    assert (a["author"], a["published"]) == ("金振哲、李齐勋", "2016-02-10")
    assert a["body"].strip() == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "tags",
    [
        "热词：[韩国](https://www.zaobao.com.sg/keywords/han-guo) [尹锡悦](https://www.zaobao.com.sg/keywords/yin-xi-yue)",
        "## 與本文相關的題材\n\n[韩国](https://www.dw.com/zh-hant/韓國/t-17375027)[尹锡悦](https://www.dw.com/zh-hant/尹錫悅/t-61234567)",
    ],
)
def test_a_clips_tag_links_under_their_label_or_heading(tags):
    """A clip's tag links after their label (热词：[韩国](…) …) or under it as a heading (DW: ##
    與本文相關的題材, links to its topic pages): tags, not text; an escaped follow button
    (\\+ 关注) is no text either."""
    clip = f"""---
title: "韩国总统尹锡悦宣布紧急戒严"
source: "https://www.zaobao.com.sg/news/world/story20241204-5473321"
---
# 韩国总统尹锡悦宣布紧急戒严

\\+ 关注

{_STORY.split(chr(10) * 2)[0]}

{_STORY.split(chr(10) * 2)[1]}

{tags}
"""
    a = _one_raw("clip.md", clip)
    assert a["tags"] == ["韩国", "尹锡悦"]
    assert _plain_body(a) == "\n\n".join(_STORY.split("\n\n")[:2])


def test_a_clips_share_row_with_its_player_and_a_desks_byline_under_the_picture():
    """三立's page clipped: the share links with the listening button and its position
    ([分享](…) [LINE](…) 聽新聞 0:00 / 0:00), then the lead picture and the byline under it
    (國際中心／蔡佳琪報導): the desk's reporter is the writer, and neither line is text."""
    clip = f"""---
title: "李在明宣誓就任南韓總統 | 國際 | 三立新聞網 | SETN.COM"
source: "https://www.setn.com/News.aspx?NewsID=1667842"
author:
  - "[[三立新聞網]]"
published: 2025-06-04
---
# 李在明宣誓就任南韓總統

2025/06/04 12:35

[分享](https://www.facebook.com/sharer/sharer.php?u=x) [LINE](https://lineit.line.me/share/ui?url=x) 聽新聞 0:00 / 0:00

![李在明宣誓就職。（圖／美聯社／達志影像）](https://attach.setn.com/newsimages/2025/06/04/5120331-PH.jpg)

國際中心／蔡佳琪報導

{_TW_STORY[0]}

{_TW_STORY[1]}
"""
    a = _one_raw("setn.md", clip)
    assert a["author"] == "蔡佳琪"
    assert _plain_body(a) == "\n\n".join(_TW_STORY[:2])


def test_a_clipped_related_link_set_in_bold_with_its_label():
    """A clip's related link between paragraphs, all of it bold (**推薦閱讀：[…](…)**): a
    related link, not text."""
    clip = f"""---
title: "美日韓大衛營峰會 聯合聲明提台海 - 中時新聞網"
source: "https://www.chinatimes.com/realtimenews/20230819000123-260408"
---
# 美日韓大衛營峰會 聯合聲明提台海

{_TW_STORY[0]}

**推薦閱讀：[美日韓峰會前夕 陸外交部：反對拼湊小圈子](https://www.chinatimes.com/realtimenews/20230818003561-260409)**

{_TW_STORY[1]}
"""
    a = _one_raw("chinatimes.md", clip)
    assert "推薦閱讀" not in a["body"] and _plain_body(a).endswith(_TW_STORY[1])
    assert a["links"][0]["title"] == "美日韓峰會前夕 陸外交部：反對拼湊小圈子"


def test_a_paragraph_closed_by_its_related_links_in_brackets():
    """風傳媒 closes a paragraph with its related links in brackets (…「現身」。（相關報導：
    <a>…</a>｜<a>更多文章</a>）): the story's link is a related link, the bracket leaves the
    paragraph, and the section's "more" link is no story."""
    page = (
        "<html><head><title>華盛頓宣言 - 風傳媒</title></head><body><article><h1>華盛頓宣言</h1>"
        f"<p>{_TW_STORY[0]}（相關報導：<a href='https://www.storm.mg/article/4778420'>尹錫悅國是訪問"
        "美國 拜登白宮南草坪盛大歡迎</a>｜<a href='https://www.storm.mg/category/117'>更多文章</a>）</p>"
        f"<p>{_TW_STORY[1]}</p><p>{_TW_STORY[2]}</p></article></body></html>"
    )
    a = _one_raw("storm.html", page)
    assert a["body"].strip() == "\n\n".join(_TW_STORY)
    assert [x["title"] for x in a["links"]] == ["尹錫悅國是訪問美國 拜登白宮南草坪盛大歡迎"]


def test_a_clipped_page_with_linked_writers_a_labelled_credit_and_an_inline_related_link():
    """An Obsidian clipping of 华尔街日报中文网: two writers' links on one line (Latin names,
    one hyphenated), a caption closed by its labelled credit (。 图片来源：…), a related link
    set between paragraphs (**相关文章：** […](…)), the writers' contact line, the English
    edition's link and the reprint notice under the story."""
    clip = f"""---
title: "李在明赢得韩国总统选举 - 华尔街日报"
source: "https://cn.wsj.com/articles/lee-jae-myung-wins-4f3c2a1b"
created: 2025-06-04T13:52:10+08:00
---
[国际](https://cn.wsj.com/zh-hans/news/world)

# 李在明赢得韩国总统选举

[Soo-min Han](https://cn.wsj.com/author/soo-min-han) / [Timothy Kerr](https://cn.wsj.com/author/timothy-kerr)

2025年6月4日 11:47 CST

![李在明周三在国会宣誓就职。](https://images.wsj.net/im-98765432.jpg)

李在明周三在国会宣誓就职。 图片来源：JUNG YEON-JE/AGENCE FRANCE-PRESSE/GETTY IMAGES

{_TW_STORY[0]}

**相关文章：** [韩国宪法法院一致裁定罢免尹锡悦](https://cn.wsj.com/articles/south-korea-court-removes-yoon)

{_TW_STORY[1]}

写信给Soo-min Han，邮箱：soomin.han@wsj.com；写信给Timothy Kerr，邮箱：timothy.kerr@wsj.com

本文英文版：[Lee Jae-myung Wins South Korea's Presidency](https://www.wsj.com/world/asia/lee-jae-myung-wins-4f3c2a1b)

（本文仅供个人非商业用途。如需转载，请联系华尔街日报中文网。）
"""
    a = _one_raw("wsj.md", clip)
    assert (a["author"], a["published_time"]) == ("Soo-min Han、Timothy Kerr", "11:47")
    assert a["images"][0]["credit"] == "JUNG YEON-JE/AGENCE FRANCE-PRESSE/GETTY IMAGES"
    assert {"title": "韩国宪法法院一致裁定罢免尹锡悦", "kind": "related"}.items() <= a["links"][
        0
    ].items()
    assert _plain_body(a).endswith(_TW_STORY[1]) and _TW_STORY[0] in a["body"]


def _plain_body(a: dict) -> str:
    """The body's text without its pictures and captions."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)|^\*[^\n]*\*$", "", a["body"], flags=re.M)
    return text.strip()


@pytest.mark.parametrize(
    "line, caption",
    [
        ("资料照片。东亚日报DB", True),
        ("朝鲜士兵越过军事分界线投诚。（韩联社）", True),
        ("好。路透社", False),
        ("资料照片。", False),
        # (the agency's restriction on the picture's use is its credit line)
        ("代理院长文炯培宣读判决。（图片仅限韩国国内使用，严禁转载复制）", True),
        ("他说，使用范围仅限韩国国内使用。（完）", False),
    ],
)
def test_a_file_photos_caption_with_its_archive(line, caption):
    assert sourced_caption(line) is caption


def test_english_date_labels_and_several_english_writers():
    assert is_date_only("Posted March. 07, 2025 08:12,")
    assert is_date_only("Updated March. 07, 2025 09:30")
    assert not is_date_only("Posted by admin")
    assert author_from_header("By Jack Rosen and Choe Sang-Hun") == "Jack Rosen、Choe Sang-Hun"


def test_foreign_papers_chinese_editions_bylines_and_furniture():
    """美国之音: the writers as a list of links to their pages, the zone's link over the
    headline, an update label left when its time is read; 纽约时报中文网: a byline of a
    Chinese and a capitals name, the closing note of where each filed from; 卫星通讯社: a
    reader's name over a comment is no writer, 同时阅读 labels a related link."""
    story = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    voa = f"""<html><head><title>金正恩宣布韓國為頭號敵國</title></head><body><main id="content">
    <div class="category"><a href="/z/1755">朝鮮半島</a></div><h1>金正恩宣布韓國為頭號敵國</h1>
    <div class="publishing-details"><div class="links"><ul class="links__list">
    <li class="links__item"><a href="/author/林楓/ppovm">林楓</a></li>
    <li class="links__item"><a href="/author/張家瑜/kkqmr">張家瑜</a></li></ul></div>
    <div class="published"><time datetime="2024-01-16T09:37:00-05:00">2024年1月16日 09:37</time></div>
    <div class="updated">最近更新: <time datetime="2024-01-16T13:20:00-05:00">2024年1月16日 13:20</time></div></div>
    <div class="wsw">{story}</div></main></body></html>"""
    a = _one_raw("voa.html", voa)
    assert (a["author"], a["category"]) == ("林楓、張家瑜", "朝鮮半島")
    assert a["body"].strip() == _TW_TEXT
    nyt = f"""<html><head><title>韩国总统宣布戒严</title></head><body><article>
    <h1>韩国总统宣布戒严</h1><div class="byline"><address>李恩在, JACK ROSEN</address>
    <time>2024年12月4日</time></div><section class="article-body">{story}
    <p>李恩在(Lee Eun-jae)自首尔报道。Jack Rosen自东京报道，他负责报道日本与朝鲜半岛新闻。</p>
    </section></article></body></html>"""
    a = _one_raw("nyt.html", nyt)
    assert a["author"] == "李恩在、Jack Rosen" and a["body"].strip() == _TW_TEXT
    sputnik = f"""<html><head><title>普京与金正恩签署条约</title></head><body><div class="article">
    <h1>普京与金正恩签署条约</h1><div class="article__body">{story}
    <div class="article__article"><span>同时阅读</span> <a href="/20240618/1059800001.html">克宫：普京访朝期间将签署重要双边文件</a></div>
    </div></div><div class="comments" id="comments"><div class="comments__item">
    <span class="comments__author">北方的熊</span><div class="comments__text">历史性的一天。</div></div></div>
    </body></html>"""
    a = _one_raw("sputnik.html", sputnik)
    assert a["author"] is None and a["body"].strip() == _TW_TEXT
    assert [link["title"] for link in a["links"]] == ["克宫：普京访朝期间将签署重要双边文件"]


def test_a_feed_readers_saved_entry():
    """Feedly's export: the entry's header under the headline (**Source:** / **Published:** /
    **Link:**), its AI summary and buttons, a rule, then the page: its picture and caption,
    its credits line and printed date (which, with its time, beats the reader's day), the
    story; the reader's highlights and notes under it are not the story."""
    entry = f"""---
feedly_entry_id: "Xk2s9Ja0=_1951a2b3c4d"
exported: 2025-02-21T09:14:02+08:00
---

# 被俘朝鲜士兵表明赴韩意愿

**Source:** 自由亚洲电台 普通话 (RFA Mandarin) › 亚太报道  
**Published:** Feb 19, 2025  
**Link:** https://www.rfa.org/mandarin/yataibaodao/chaoxian/nk-pow-02192025161520.html  
**Feedly:** [Open in Feedly](https://feedly.com/i/entry/Xk2s9Ja0)

> **✨ Feedly AI 摘要**  
> 一名被俘朝鲜士兵表示希望前往韩国。（AI 生成，可能不准确）

`Mark as read` · `Save for later` · `Share`

---

![被俘朝鲜士兵](https://www.rfa.org/resizer/v2/NKPOW2025021901.jpg)
*一名被俘朝鲜士兵在病床上接受讯问。（乌克兰安全局/路透社）*

记者：金智媛　责编：何平　网编：瑞哲

2025.02.19 19:15 EST

{_TW_TEXT}

---

## Highlights & Notes

> “被俘朝鲜士兵依据韩国宪法属于大韩民国国民”

📝 我的笔记：与1月国情院通报对照。
"""
    a = _one_raw("feedly.md", entry)
    assert (
        a["url"] == "https://www.rfa.org/mandarin/yataibaodao/chaoxian/nk-pow-02192025161520.html"
    )
    assert (a["author"], a["outlet"]) == ("金智媛", outlet_for_name("自由亚洲电台"))
    assert (a["published"], a["published_time"]) == ("2025-02-19", "19:15")
    assert _plain_body(a) == _TW_TEXT


def test_a_feeds_day_beats_a_month_in_the_stories_first_lines():
    """An item's pubDate is its day; a month its third paragraph names (…在2018年9月平壤峰會
    期間簽署) is no better evidence. A UTC pubDate gives the time of the day the story
    prints, in the outlet's zone."""
    feed = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>中央社 CNA</title>
    <item><title>南韓暫停九一九軍事協議全部效力</title><link>https://www.cna.com.tw/news/aopl/202406040318.aspx</link>
    <pubDate>Tue, 04 Jun 2024 21:47:00 +0800</pubDate><description><![CDATA[<p>南韓政府今天召開臨時國務會議。</p>
    <p>國務總理韓德洙在會上表示，政府不能再讓單方面遵守的協議綁住軍隊的手腳。</p>
    <p>九一九軍事協議是前總統文在寅與北韓領導人金正恩在2018年9月平壤峰會期間簽署。</p>]]></description></item>
    <item><title>尹锡悦宣布紧急戒严</title><link>https://www.zaobao.com.sg/realtime/world/story20241204-1</link>
    <pubDate>Wed, 04 Dec 2024 08:12:00 GMT</pubDate><description><![CDATA[<p>2024年12月4日</p>
    <p>韩国总统尹锡悦3日深夜宣布实施紧急戒严，国会随后通过解除戒严的决议。</p>]]></description></item>
    </channel></rss>"""
    cna, zaobao = convert("cna.xml", feed.encode())["articles"]
    assert (cna["published"], cna["published_precision"]) == ("2024-06-04", "day")
    assert (zaobao["published"], zaobao["published_time"]) == ("2024-12-04", "16:12:00+08:00")


def test_a_korean_papers_closing_lines_under_a_copied_story():
    """Under a Korean paper's story: the reporter with the mail, the original's link in Korean,
    a recommend count and a most-read list (最受欢迎的新闻) close it; the reporter is the
    writer. A clip's mail as a link, and a line naming the paper and its Chinese site under the
    reporter, close a story too."""
    copy = f"""脱北者去年236人入境\n\n{_TW_TEXT}\n\n金炯俊 记者 brother@donga.com\n
韩文原文 ▶ 작년 탈북민 236명 입국…여성이 84.7%\n推荐 12\n最受欢迎的新闻\n1 韩国宪法法院定于下周宣判尹锡悦弹劾案\n2 三星电子第一季度营业利润预计回升\n"""
    a = _one_raw("donga.txt", copy)
    assert a["author"] == "金炯俊"
    assert _plain_body(a) == _TW_TEXT
    clip = f"""# 特朗普称很想见金正恩\n\n{_TW_TEXT}\n\n朴敏熙 记者 [minhee@hani.co.kr](mailto:minhee@hani.co.kr)\n"""
    b = _one_raw("hani.md", clip)
    assert b["author"] == "朴敏熙" and _plain_body(b) == _TW_TEXT
    page = f"""<html><head><title>岸田訪韓</title></head><body><article><h1>岸田訪韓</h1>
{"".join(f"<p>{p}</p>" for p in _TW_STORY)}<p>玄一勳 記者</p><p>中央日報/中央日報中文網</p></article></body></html>"""
    c = _one_raw("joins.html", page)
    assert c["author"] == "玄一勳" and _plain_body(c) == _TW_TEXT


def test_a_clips_comments_heading_and_count_end_the_story():
    """A clip of VOA's page: 查看评论 (7) under the 论坛 heading ends the story, and the heading
    left with nothing under it goes too."""
    clip = f"""---\ntitle: 美国制裁朝鲜IT工人\nsource: https://www.voachinese.com/a/7948213.html\n---\n\n{_STORY}\n\n{_TW_TEXT}\n\n### 论坛\n\n[查看评论 (7)](#comments)\n\n### 最新 亚太\n\n* [日本首相石破茂将访问华盛顿](https://www.voachinese.com/a/7948301.html)\n"""
    a = _one_raw("voa.md", clip)
    assert a["body"].rstrip().endswith(_TW_STORY[-1]) and "查看评论" not in a["body"]
    counted = clip.replace("### 论坛\n\n[查看评论 (7)](#comments)", "**论坛** (12)")
    assert _one_raw("voa2.md", counted)["body"].rstrip().endswith(_TW_STORY[-1])
    copy = _one_raw("voa.txt", f"美国制裁朝鲜IT工人\n\n{_TW_TEXT}\n\n### 论坛\n\n评论\n")
    assert "## ###" not in copy["body"]  # a Markdown heading in a text copy keeps its level


def test_a_desk_named_alone_a_recommended_block_and_captions_by_class_or_label():
    """A desk named alone where the writer goes (TVBS: 國際中心) names no writer; a block of
    pictures under 精彩推荐 is not the story's; a caption set in a pic-desc paragraph with its
    agency, and a copy's file-photo line with its labelled source (资料图 图源：视觉中国), are
    captions."""
    paras = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    page = f"""<html><head><title>北韓士兵划木船越界投誠</title></head><body><article>
<h1>北韓士兵划木船越界投誠</h1><div class="author"><a href="/author/news-world">國際中心</a></div>
{paras}<p class="pic-desc">▲俄羅斯總統普京（左）與朝鮮國務委員長金正恩握手。美聯社</p><p>{_TW_STORY[0]}再補充。</p></article>
<div class="columBox"><div class="col-tit"><span>精彩推荐</span></div><ul class="pic-list">
<li><a href="https://www.news.cn/photo/"><img src="tj1.jpg" alt=""><p>冰雪季里的哈尔滨</p></a></li>
<li><a href="https://www.news.cn/photo/"><img src="tj2.jpg" alt=""><p>全球连线｜新年伊始看世界</p></a></li></ul></div>
</body></html>"""
    a = _one_raw("tvbs.html", page)
    assert a["author"] is None
    assert "哈尔滨" not in a["body"] and "全球连线" not in a["body"]
    assert "*俄羅斯總統普京（左）與朝鮮國務委員長金正恩握手。（美聯社）*" in a["body"]
    copy = f"韩国免签满月\n\n{_STORY}\n\n资料图 图源：视觉中国\n\n资料图：崔善姬与拉夫罗夫握手 视觉中国\n\n{_TW_TEXT}\n"
    b = _one_raw("huanqiu.txt", copy)
    assert "*资料图（视觉中国）*" in b["body"]
    assert "*资料图：崔善姬与拉夫罗夫握手（视觉中国）*" in b["body"]


def test_a_copys_other_news_label_a_clipboard_header_and_a_readers_original_link():
    """明報's 其他國際新聞 over its list opens a related list; HTML copied to Windows' clipboard
    names its page on SourceURL; a feed reader's page (site and section :: headline in its
    title, a 原文連結 link) names the outlet and the original's address."""
    copy = f"南韓國會通過彈劾\n\n{_TW_TEXT}\n\n其他國際新聞\n\n南韓股市昨微升 韓圜回穩\n\n北韓官媒未報道彈劾消息\n"
    a = _one_raw("mingpao.txt", copy)
    assert _plain_body(a).strip() == _TW_TEXT
    assert [link["title"] for link in a["links"]] == [
        "南韓股市昨微升 韓圜回穩",
        "北韓官媒未報道彈劾消息",
    ]
    paras = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    clip = f"""Version:0.9\nStartHTML:0000000172\nEndHTML:0000005949\nStartFragment:0000000208
EndFragment:0000005913\nSourceURL:https://news.ltn.com.tw/news/world/breakingnews/4638215
<html><body><!--StartFragment--><h1>南韓國會通過彈劾</h1>{paras}<!--EndFragment--></body></html>"""
    assert (
        _one_raw("ltn_clip.htm", clip)["url"]
        == "https://news.ltn.com.tw/news/world/breakingnews/4638215"
    )
    onenote = f"""<html><body><h1>南韓國會通過彈劾</h1>{paras}<p><span>来自 &lt;</span><a href="https://www.zaobao.com.sg/realtime/world/story20240529-3815542">https://www.zaobao.com.sg/realtime/world/story20240529-3815542</a><span>&gt; 插入</span></p></body></html>"""
    assert (
        _one_raw("onenote.htm", onenote)["url"]
        == "https://www.zaobao.com.sg/realtime/world/story20240529-3815542"
    )
    reader = f"""<html><head><title>自由時報電子報 國際 :: 美韓貿易會談登場</title></head><body>
<div class="feedname"><a href="https://news.ltn.com.tw/rss/world.xml">自由時報電子報 ─ 國際</a></div>
<h2 class="itemtitle"><a href="https://news.ltn.com.tw/news/world/breakingnews/5023311">美韓貿易會談登場</a></h2>
<div class="meta">發佈：2025/04/25 10:32 | <a href="https://news.ltn.com.tw/news/world/breakingnews/5023311">原文連結</a></div>
<div class="item">{paras}</div></body></html>"""
    b = _one_raw("rss2html.htm", reader)
    assert b["url"] == "https://news.ltn.com.tw/news/world/breakingnews/5023311"
    assert b["outlet"] == outlet_for_name("自由時報")


def test_a_top_bars_day_with_the_juche_year_is_not_the_headline_nor_the_storys_day():
    """朝中社's page copied: the top bar (2024年6月14日 星期五 主体113年, the day it was read) is
    a date line, not the headline; the line under the headline with the outlet dates the story."""
    copy = f"""朝鲜中央通讯社 KCNA\n主页 | 最新新闻 | 国内新闻 | 国际新闻 | 照片\n2024年6月14日 星期五\u3000\u3000主体113年\n
当前位置：主页 > 金正恩同志革命活动\n\n敬爱的金正恩同志观摩新型战术弹道导弹试射\n主体113(2024)年6月12日\u3000\u3000朝中社\n\n{_STORY}\n"""
    a = _one_raw("kcna.txt", copy)
    assert a["title"] == "敬爱的金正恩同志观摩新型战术弹道导弹试射"
    assert a["published"] == "2024-06-12"


def test_a_wayback_toolbar_left_open_ies_mail_note_and_a_page_without_its_story():
    """A damaged capture whose toolbar is left open holds the page: the story is still read. IE's
    note for a page saved from a mail (saved from url=(0022)http://internet.e-mail) names no
    address. A page whose story is not found says so in a warning. A correspondent's byline on
    its own line under the headline (本报首尔特派员 陈燕玲) is not a heading of the story."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    capture = f"""<html><head><title>文在寅与金正恩举行会晤</title></head><body>
<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base"><div id="wm-ipp"><div id="wm-logo">Wayback Machine</div>
<div id="wm-capinfo">27 Apr 2018 - 15 Jan 2023</div></div>
<!-- END WAYBACK TOOLBAR INSERT --><h1>文在寅与金正恩举行会晤</h1><div class="show_text">{paras}</div></body></html>"""
    r = convert(
        "web.archive.org_20180428031522_world.people.com.cn_c1002-29955812.html", capture.encode()
    )
    assert r["articles"][0]["body"].startswith(_STORY.split("\n\n")[0])
    mailed = f"""<!-- saved from url=(0022)http://internet.e-mail -->\n<html><head><title>朝鲜核试验</title></head>
<body><h1>朝鲜核试验</h1>{paras}</body></html>"""
    assert _one_raw("sina.htm", mailed)["url"] is None
    empty = convert(
        "x.html",
        "<html><head><title>朝鲜发射导弹</title></head><body><h1>朝鲜发射导弹</h1></body></html>".encode(),
    )
    assert "no story text found" in empty["warnings"][-1]
    copy = f"朝鲜进行第二次核试验\n（2009-05-26）\n\n本报首尔特派员 陈燕玲\n\n{_STORY}\n"
    a = _one_raw("zaobao.txt", copy)
    assert a["author"] == "陈燕玲" and a["body"].startswith(_STORY.split("\n\n")[0])


def test_a_month_in_the_leads_sentence_and_this_papers_source_label():
    """A month alone in the lead's sentence (尹錫悅因2024年12月宣布緊急戒嚴…) is the event's, not
    the page's date; 来源：本报讯 names no outlet, so the site does."""
    lead = "【明報專訊】南韓前總統尹錫悅因2024年12月宣布緊急戒嚴被控內亂罪，首爾中央地方法院昨日作出一審判決，裁定其罪名成立。"
    page = f"""<html><head><title>尹錫悅一審判無期</title></head><body><h1>尹錫悅一審判無期</h1>
<p>{lead}</p>{"".join(f"<p>{p}</p>" for p in _TW_STORY)}</body></html>"""
    a = _one_raw("mingpao.htm", page)
    assert a["published"] is None or not a["published"].startswith("2024-12")
    sourced = f"""<html><head><title>清莱警方截获朝鲜脱北者 - 星暹日报</title></head><body>
<h1>清莱警方截获朝鲜脱北者</h1><div class="info"><span>来源：本报讯</span></div>
{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</body></html>"""
    assert _one_raw("singsian.html", sourced)["outlet"] != "本报讯"


def test_writers_credited_under_the_story_with_or_without_the_editor():
    """A credit under the story names its writers ((撰文：梁卓恆、鄧穎詩); 记者：朴成浩　崔英花　　编辑：
    金丽, the editor no writer), and goes from the body."""
    assert known_outlet("东北网") is not None  # (its clips' author metadata names no writer)
    for credit, names in [
        ("（撰文：梁卓恆、鄧穎詩）", "梁卓恆、鄧穎詩"),
        ("记者：朴成浩\u3000崔英花\u3000\u3000编辑：金丽", "朴成浩、崔英花"),
    ]:
        a = _one_raw("credit.txt", f"韓國國會選舉\n\n{_TW_TEXT}\n\n{credit}\n")
        assert (a["author"], _plain_body(a)) == (names, _TW_TEXT)
    assert closing_byline("记者：朝鲜方面表示") is None


def test_a_players_button_is_no_writer():
    """A video page's player button copied where an account's name goes (点击播放) names no
    writer."""
    copy = f"央视新闻\n\n普京抵达平壤\n\n2024年06月19日 08:12\n\n00:00 / 02:36\n倍速  高清  全屏\n点击播放\n\n{_STORY}\n"
    assert _one_raw("cctv.txt", copy)["author"] != "点击播放"


def test_a_print_views_wrapper_and_a_closing_comments_label():
    """A print view whose wrapper is named print_wrap holds the whole page: the story is read,
    not dropped as a print button's furniture. A comments label closing the story (讀者迴響)
    goes with the comments."""
    text = "<br><br>".join(_STORY.split("\n\n"))
    page = f"""<html><head><title>东亚日报 : 尹锡悦被捕</title>
<script type="text/javascript">
function fontPlus(){{ var o=document.getElementById("article_txt"); }}
</script></head>
<body>
<div id="print_wrap">
<div id="print_top">
 <img src="https://image.donga.com/cn/img/logo_print.gif" alt="东亚日报">
 <span class="print_btn"><a href="javascript:fontPlus();">글자크기 +</a></span>
</div>
<div class="print_info">출력일시 : 2025-01-20 13:02</div>
<div class="article_title">
 <h2 class="title">尹锡悦被捕</h2>
 <p class="title_foot"><span class="date01">Posted January. 16, 2025 07:50,</span></p>
</div>
<div class="article_txt" id="article_txt" style="font-size:15px">
<div class="articlePhotoC"><img src="https://dimg.donga.com/a/1.jpg" width="600"><span class="t">尹锡悦总统15日被押送至公调处办公楼。 联合新闻</span></div>
{text}
</div>
<div class="print_foot">
 <p>Copyright by dongA.com. All rights reserved.</p>
</div>
</div>
</body>
</html>"""
    a = _one_raw("donga_print.html", page)
    assert _STORY.split("\n\n")[0] in a["body"] and a["published"] == "2025-01-16"
    b = _one_raw("ettoday.txt", f"北韓士兵越界\n\n{_TW_TEXT}\n\n讀者迴響\n")
    assert _plain_body(b) == _TW_TEXT


def test_a_phone_copys_note_with_the_apps_share_text_over_a_rule():
    """A researcher's note over a rule (抄錄：2026/3/14 晚上，…複製連結…。) with the app's share
    text and its bare link: the note is not the story, the link is the story's address, and
    the page under the rule gives the headline, the outlet and the day."""
    copy = f"""抄錄：2026/3/14 晚上，手機Yahoo新聞App → 分享 → 複製連結，內文另外長按全選貼上。
（記事本存ANSI，圖片沒存）

我在Yahoo新聞看到這則新聞，想跟你分享：
北韓2漁民乘木船越界 南韓軍方：表達歸順意願
https://tw.news.yahoo.com/北韓2漁民乘木船越界-061500123.html

----------------------------------------

Yahoo奇摩新聞
北韓2漁民乘木船越界 南韓軍方：表達歸順意願

自由時報
2026年3月12日 週四 下午2:15

{_TW_TEXT}
"""
    a = _one_raw("yahoo.txt", copy)
    assert a["title"] == "北韓2漁民乘木船越界 南韓軍方：表達歸順意願"
    assert a["url"] == "https://tw.news.yahoo.com/北韓2漁民乘木船越界-061500123.html"
    assert (a["published"], a["outlet"]) == ("2026-03-12", outlet_for_name("自由時報"))
    assert "抄錄" not in a["body"]


def test_a_weibo_post_copied_from_the_app_with_its_bar_and_follow_button():
    """A post copied from Weibo's app: its bar (< 微博正文 ...), the account, the time line and the
    follow button (+关注) are not the headline; the post's bracketed headline after its topic
    (#朝鲜发射弹道导弹# 【…】) is."""
    copy = f"""< 微博正文                         ...\n\n环球时报 V\n25-11-7 08:46 来自 微博视频号 已编辑\n+关注\n
#朝鲜发射弹道导弹# 【韩联参：朝鲜向东部海域发射一枚不明弹道导弹】{_STORY.split(chr(10) * 2)[0]}\n\n{_TW_TEXT}\n"""
    a = _one_raw("weibo.txt", copy)
    assert a["title"] == "韩联参：朝鲜向东部海域发射一枚不明弹道导弹"
    assert a["published"] == "2025-11-07"


def test_a_deadline_in_a_feed_items_lead_is_not_its_day():
    """A later day in the lead's sentence (…自11月8日起至2025年12月31日, a policy's deadline) is
    an event the story announces; the item's pubDate is the day it was published. A dateline's
    own day, before the first clause ends, is still read."""
    feed = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>韩联社</title>
    <item><title>中国宣布对韩国试行免签政策</title><link>https://cn.yna.co.kr/view/ACK20241101004151881</link>
    <pubDate>Fri, 01 Nov 2024 18:42:07 +0900</pubDate><description><![CDATA[<p>韩联社首尔11月1日电 中国外交部1日宣布，决定扩大免签国家范围，对韩国等9国持普通护照人员试行免签政策。</p>
    <p>根据该政策，自11月8日起至2025年12月31日，上述国家持普通护照人员来华不超过15天，可免办签证入境。</p>]]></description></item>
    <item><title>朝鲜发射弹道导弹</title><link>https://cn.yna.co.kr/view/ACK20241105000100881</link>
    <pubDate>Tue, 05 Nov 2024 08:10:00 +0900</pubDate><description><![CDATA[<p>韩联社首尔2024年11月5日电 韩国联合参谋本部5日表示，朝鲜当天上午向东部海域发射数枚短程弹道导弹，具体射程和型号正在分析中。</p>]]></description></item>
    </channel></rss>"""
    deadline, dateline = convert("yna.xml", feed.encode())["articles"]
    assert (deadline["published"], deadline["published_time"]) == ("2024-11-01", "18:42:07+09:00")
    assert "page metadata" in deadline["date_evidence"]
    assert dateline["published"] == "2024-11-05" and "header" in dateline["date_evidence"]


def test_an_earlier_day_in_a_feed_items_lead_and_a_slug_after_the_month_are_not_its_day():
    """An earlier day in the lead's sentence (…将不再受2018年9月19日签署的北南军事协议约束, the
    agreement's day) is an event the story tells; the item's pubDate is the day it was
    published. A link whose path has the year and month then a slug starting with a digit
    (共同网: /2019/05/8c3d1a7e2f54.html) names the month only, not the 8th."""
    feed = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>国际</title>
    <item><title>朝鲜宣布不再受北南军事协议约束</title><link>http://world.people.com.cn/n1/2023/1123/c1002-40124766.html</link>
    <pubDate>2023-11-23 09:02:31</pubDate><description><![CDATA[新华社平壤11月23日电 据朝中社23日报道，朝鲜国防省当天发表声明说，朝鲜军队今后将不再受2018年9月19日签署的北南军事协议约束，将立即恢复此前依据该协议中止的所有军事措施。]]></description></item>
    <item><title>特朗普会见日本绑架受害者家属</title><link>https://china.kyodonews.net/news/2019/05/8c3d1a7e2f54.html</link>
    <pubDate>Mon, 27 May 2019 17:42:10 +0900</pubDate><description><![CDATA[<p>正在对日本进行国事访问的美国总统特朗普下午在东京元赤坂的迎宾馆会见了被朝鲜绑架的日本人受害者家属。</p>]]></description></item>
    </channel></rss>"""
    agreement, slug = convert("feed.xml", feed.encode())["articles"]
    assert (agreement["published"], agreement["published_time"]) == ("2023-11-23", "09:02:31")
    assert (slug["published"], slug["published_time"]) == ("2019-05-27", "17:42:10+09:00")


def test_a_feeds_author_naming_the_outlets_channel_is_no_writer():
    """A feed whose <author> is the outlet's channel (人民网-国际频道) names no writer."""
    feed = """<?xml version="1.0" encoding="gbk"?><rss version="2.0"><channel><title>国际</title>
    <item><title>外交部：希望有关各方客观看待半岛问题症结</title><link>http://world.people.com.cn/n1/2023/1122/c1002-40124602.html</link>
    <pubDate>2023-11-22 19:48:03</pubDate><author>人民网-国际频道</author><description><![CDATA[人民网北京11月22日电 外交部发言人毛宁22日主持例行记者会，就朝鲜发射卫星一事回答记者提问。]]></description></item>
    </channel></rss>"""
    (a,) = convert("people.xml", feed.encode("gbk"))["articles"]
    assert a["author"] is None and a["outlet"].startswith("人民网")


@pytest.mark.parametrize(
    ("channel", "author"),
    [
        ("<title>中華民國外交部 - 新聞稿</title>", "外交部"),  # (a part of the channel's name)
        (
            "<title>国际要闻-新浪新闻</title><generator>WWW.SINA.COM.CN</generator>",
            "WWW.SINA.COM.CN",
        ),
    ],
)
def test_a_feeds_author_naming_its_publisher_or_generator_is_no_writer(channel, author):
    """An item's <author> that is a part of the channel's title (a ministry's releases by
    外交部) or the feed's generator (a portal's domain) names no writer; a writer the channel
    does not name stays."""
    item = (
        "<item><title>外交部嚴厲譴責北韓試射彈道飛彈</title><link>https://example.org/n/{0}</link>"
        "<author>{0}</author><pubDate>Tue, 04 Oct 2022 16:20:00 +0800</pubDate>"
        "<description>北韓於本年10月4日上午試射1枚中程彈道飛彈，飛越日本上空。</description></item>"
    )
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{channel}'
    feed += item.format(author) + item.format("王小明") + "</channel></rss>"
    publisher, writer = convert("feed.xml", feed.encode())["articles"]
    assert (publisher["author"], writer["author"]) == (None, "王小明")


def test_an_apps_ad_and_share_line_under_a_copied_story():
    """A 今日头条 copy: an ad under its label among the recommended stories is neither text
    nor a related story; the app's share line gives the copy's address."""
    copy = f"""朝鲜向东部海域发射数枚短程弹道导弹\n\n环球网\n2024-03-18 10:21\n\n{_TW_TEXT}\n
相关推荐\n韩美启动“自由护盾”联合军演\n参考消息 · 6402评论 · 1天前\n\n广告\n沪上新盘开放，地铁口现房，首付30万起 立即咨询\n
分享自@今日头条 https://m.toutiao.com/is/iFk2sWtA/\n"""
    a = _one_raw("toutiao.txt", copy)
    assert a["url"] == "https://m.toutiao.com/is/iFk2sWtA/"
    assert [link["title"] for link in a["links"]] == ["韩美启动“自由护盾”联合军演"]
    assert "沪上新盘" not in a["body"] and a["body"].startswith(_TW_STORY[0])


def test_a_section_page_of_items_with_summaries_beside_a_longer_ranking():
    """人民网's section page: eight items (a linked headline, a summary, the time and source
    line) whose summaries are the page's only prose, beside a ranking list of ten links:
    one article per item, its source the one the item prints (来源：新华网)."""
    items = "".join(
        f"""<li><h3><a href="http://world.people.com.cn/n1/2024/06{k:02d}/c1002-4025{k:04d}.html">
        韩国国务会议通过议案第{k}号 朝鲜回应</a></h3><p class="abs">{_TW_STORY[k % 3]}</p>
        <p class="info"><span class="time">2024年06月{k:02d}日 11:36</span>&nbsp;&nbsp;
        <span class="src">来源：{"新华网" if k == 2 else "人民网"}</span></p></li>"""
        for k in range(1, 9)
    )
    ranking = "".join(
        f'<li><a href="http://world.people.com.cn/n1/2024/0601/c1002-4030{k:04d}.html">排行榜上的新闻标题第{k}条</a></li>'
        for k in range(10)
    )
    page = f"""<html><head><title>朝鲜半岛--国际--人民网</title></head><body>
    <div class="nav"><a href="http://www.people.com.cn/">首页</a>|<a href="http://world.people.com.cn/">国际</a></div>
    <div class="main"><div class="left"><h2>朝鲜半岛</h2><ul class="list_16">{items}</ul></div>
    <div class="right"><h3>24小时排行</h3><ul class="rank">{ranking}</ul></div></div></body></html>"""
    arts = convert("people.html", page.encode())["articles"]
    assert [a["title"] for a in arts] == [
        f"韩国国务会议通过议案第{k}号 朝鲜回应" for k in range(1, 9)
    ]
    assert [a["published"] for a in arts[:2]] == ["2024-06-01", "2024-06-02"]
    assert arts[1]["outlet"] == outlet_for_name("新华网") and arts[0]["outlet"] == outlet_for_name(
        "人民网"
    )
    assert arts[0]["body"].strip() == _TW_STORY[1]


def test_an_old_table_page_with_the_sites_name_before_the_headline():
    """中時電子報 in 2010: its <title> puts the site first (中時電子報 - headline), the byline row
    over the story's cell holds the day, the paper and 【黃正忠∕綜合報導】 (a division slash),
    and the photo's caption sits in the next row of the photo's table, closed by its agency."""
    story = "".join(f"<p><font size='3'>{p}</font></p>" for p in [*_TW_STORY, *_KAESONG])
    page = f"""<html><head><title>中時電子報 - 北韓砲擊延坪島 南韓2陸戰隊員殉職</title></head><body>
    <table width="960"><tr><td width="640" valign="top"><table width="100%">
    <tr><td><font size="2"><a href="/">中時電子報</a> &gt; <a href="/world/">國際</a></font></td></tr>
    <tr><td><font size="5"><b>北韓砲擊延坪島 南韓2陸戰隊員殉職</b></font></td></tr>
    <tr><td><font size="2">2010-11-24　中國時報　【黃正忠∕綜合報導】</font></td></tr>
    <tr><td><table width="310" align="right"><tr><td><img src="/newsphoto/2010-11-24/1.jpg" width="300"></td></tr>
    <tr><td><font size="2">延坪島遭北韓砲擊後，島上民宅冒出濃煙。（美聯社）</font></td></tr></table>
    {story}</td></tr></table></td></tr></table></body></html>"""
    a = _one_raw("chinatimes.htm", page)
    assert a["title"] == "北韓砲擊延坪島 南韓2陸戰隊員殉職"
    assert (a["published"], a["author"]) == ("2010-11-24", "黃正忠")
    assert a["outlet"] == outlet_for_name("中國時報")
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [
        ("延坪島遭北韓砲擊後，島上民宅冒出濃煙。", "美聯社")
    ]
    assert _plain_body(a) == "\n\n".join([*_TW_STORY, *_KAESONG])


def test_an_old_portal_pages_close_bar_and_comments_and_a_blogs_repost_mark():
    """中国新闻网 in 2013: the 【打印】 【关闭】 bar under the story and the readers' comments under
    网友评论 are not the story; a blog's repost keeps the original's headline ([转载] goes)."""
    story = "".join(f"<p>{p}</p>" for p in [*_TW_STORY, *_KAESONG])
    page = f"""<html><head><title>朝鲜处决张成泽-中新网</title></head><body><div class="left_zw">
    <h1>朝鲜处决张成泽</h1>{story}<p>【打印】 【关闭】 <a href="http://www.chinanews.com/gj/">【返回国际新闻】</a></p>
    <p>网友评论</p><p>本评论观点只代表网友个人观点，不代表中国新闻网立场。</p></div></body></html>"""
    a = _one_raw("chinanews.shtml", page)
    assert a["body"].strip() == "\n\n".join([*_TW_STORY, *_KAESONG])
    blog = f"""<html><head><title>[转载]朝鲜称首次成功试射洲际弹道导弹_半岛观察笔记_新浪博客</title></head>
    <body><div class="articalTitle"><h2>[转载]朝鲜称首次成功试射洲际弹道导弹</h2></div>
    <div class="articalContent">{story}</div></body></html>"""
    assert _one_raw("blog.html", blog)["title"] == "朝鲜称首次成功试射洲际弹道导弹"


def test_markdown_digests_of_items_between_rules():
    """An RSS reader's digest exported to Markdown (each item: ## headline, a list of its
    fields (- 来源：… / - 发布时间：… / - Link: …), its text, the reader's buttons) and a
    WeChat weekly digest clipped (## 01 over ### headline, 来源：… under it, [阅读原文](…))."""
    digest = "# 📬 Inoreader 每日摘要：朝鲜半岛\n\n**2025年1月15日 星期三** · 8 篇新文章\n\n---\n\n"
    digest += "\n\n---\n\n".join(
        f"""## {title}\n\n- 来源：{outlet}\n- 发布时间：2025-01-15 1{k}:52\n- Link: {url}\n\n{_TW_STORY[k]}\n
⭐ 加星 · 🔖 稍后阅读 · 📤 分享 · ⏱ 预计阅读 3 分钟 · [阅读原文 →]({url})"""
        for k, (title, outlet, url) in enumerate(
            [
                (
                    "尹锡悦被捕 成为首位遭逮捕的现任总统",
                    "美国之音中文网 › 亚太",
                    "https://www.voachinese.com/a/7937021.html",
                ),
                (
                    "尹锡悦发表预录视频讲话",
                    "联合早报 - 即时 - 国际",
                    "https://www.zaobao.com.sg/realtime/world/story20250115-5741102",
                ),
            ]
        )
    )
    arts = convert("inoreader.md", digest.encode())["articles"]
    assert [(a["title"], a["published_time"]) for a in arts] == [
        ("尹锡悦被捕 成为首位遭逮捕的现任总统", "10:52"),
        ("尹锡悦发表预录视频讲话", "11:52"),
    ]
    assert [a["outlet"] for a in arts] == [outlet_for_name("美国之音"), outlet_for_name("联合早报")]
    assert [a["body"].strip() for a in arts] == list(_TW_STORY[:2])
    weekly = """---
title: "半岛周报｜本周五大看点"
source: "https://mp.weixin.qq.com/s/8hQm2kL0xR3vTz9pYcWb1A"
created: 2024-10-23
---
# 半岛周报｜本周五大看点

以下是本周值得关注的新闻。

---

## 01

### 朝鲜炸毁京义线和东海线朝韩连通道路

来源：韩联社 2024.10.15

{}

[阅读原文](https://cn.yna.co.kr/view/ACK20241015002100881)

---

## 02

### 朝鲜首次公开宪法将韩国定为“敌对国家”

来源：新华社 2024.10.17

{}

[阅读原文](https://www.news.cn/world/20241017/c.html)
""".format(*_TW_STORY)
    arts = convert("weekly.md", weekly.encode())["articles"]
    assert [(a["title"], a["published"], a["url"]) for a in arts] == [
        (
            "朝鲜炸毁京义线和东海线朝韩连通道路",
            "2024-10-15",
            "https://cn.yna.co.kr/view/ACK20241015002100881",
        ),
        (
            "朝鲜首次公开宪法将韩国定为“敌对国家”",
            "2024-10-17",
            "https://www.news.cn/world/20241017/c.html",
        ),
    ]
    assert [a["body"].strip() for a in arts] == list(_TW_STORY[:2])


def test_a_feed_readers_article_view_and_a_time_set_apart_from_its_day():
    """An Inoreader article view saved from the browser: the page was saved from the reader,
    the headline links to the original (its address); the long toolbar line under it holds
    the day and time, which are read whole. 中時新聞網 sets the time in a span of its own
    before the day, inside one <time>: neither is text."""
    story = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    reader = f"""<!-- saved from url=(0079)https://www.inoreader.com/article/3a9c6f0d8b2e1a47-chaoxian -->
    <html><head><title>朝鲜称试射战略巡航导弹 - 韩联社中文 - Inoreader</title></head><body>
    <div class="article_content"><h1><a href="https://cn.yna.co.kr/view/ACK20250227000400881">朝鲜称试射战略巡航导弹</a></h1>
    <div class="article_sub_title">韩联社中文 - 朝鲜 / 作者：韩联社 / 3小时前 （2025/02/27 09:41） ☆ 加星标 稍后阅读 标记为未读 分享 发送到 Pocket 在网页中打开</div>
    <div class="article_body">{story}</div></div></body></html>"""
    a = _one_raw("inoreader.html", reader)
    assert a["url"] == "https://cn.yna.co.kr/view/ACK20250227000400881"
    assert (a["published"], a["published_time"]) == ("2025-02-27", "09:41")
    page = f"""<html><head><title>李在明宣誓就任南韓總統</title></head><body><article>
    <h1>李在明宣誓就任南韓總統</h1><div class="meta-info"><time datetime="2025-06-04 14:12">
    <span class="hour">14:12</span><span class="date">2025/06/04</span></time></div>
    <div class="article-body">{story}</div></article></body></html>"""
    a = _one_raw("chinatimes.html", page)
    assert (a["published"], a["published_time"]) == ("2025-06-04", "14:12")
    assert a["body"].strip() == _TW_TEXT


@pytest.mark.parametrize(
    "line",
    [
        "A-  A+  |  打印  |  分享到：微信 微博 QQ空间",
        "播放  全屏",
        "（原标题：美朝河内峰会“突然”结束 未签署任何协议）",
        "3,276跟贴",
        "1024收藏我要举报",
        "更多精彩内容请进入图片频道",
        "查看韩文原文",
        "【字体：大 中 小】\u3000\u3000打印\u3000\u3000分享到：微信 微博",
        "- 1 -",
        "下载NHK WORLD-JAPAN APP，随时获取最新资讯",
        "微信扫一扫可打开此内容，使用完整服务",
        "新媒体编辑：张雨桐",
        "配图来源：视觉中国、IC photo",
        "風傳媒LINE官方帳號上線了！加入好友，不漏接每一則重要新聞",
        "[＋ 加入好友](https://lin.ee/storm)",
        "1,024 人赞同了该回答",
        "收聽 00:00 / 04:32 下載音頻",
        "32",  # a like button's count alone on its line
    ],
)
def test_toolbars_and_portal_notes_are_furniture(line):
    assert is_boilerplate(line)


def test_a_copy_with_its_address_and_saved_line_over_it():
    """A page copied with its address pasted first, or a researcher's saved line with a day
    (存檔 2024-06-21 10:02（…）), and the headline repeated over its video ([视频]…)."""
    copy = f"""https://news.cctv.com/2024/04/12/ARTIq8K2mTrXy5WcRk7Fz2Pn240412.shtml
（2024-04-13 存）\n\n央视网\n  * 首页\n  * 新闻\n登录   注册\n\n央视网 > 新闻频道 > 国际\n
“中朝友好年”开幕式在平壤举行\n\n2024年04月12日 19:58\n\nA-  A+  |  打印  |  分享到：微信 微博 QQ空间\n
[视频]“中朝友好年”开幕式在平壤举行\n\n播放  全屏\n\n{_TW_TEXT}\n"""
    a = _one_raw("cctv.txt", copy)
    assert a["url"] == "https://news.cctv.com/2024/04/12/ARTIq8K2mTrXy5WcRk7Fz2Pn240412.shtml"
    assert (a["title"], a["published"]) == ("“中朝友好年”开幕式在平壤举行", "2024-04-12")
    assert a["body"].strip() == _TW_TEXT
    saved = f"""# 存檔 2024-06-21 10:02（手機版網頁複製，圖片未保存）\n\n香港01\n登入\n搜尋\n港聞  社會新聞  即時國際\n
普京時隔24年再訪平壤 與金正恩簽署條約\n\n撰文：林家俊\n出版：2024-06-19 08:12\n\n{_TW_TEXT}\n"""
    a = _one_raw("hk01.txt", saved)
    assert (a["title"], a["published"]) == ("普京時隔24年再訪平壤 與金正恩簽署條約", "2024-06-19")


def test_an_evernote_web_clip_of_inline_styled_blocks():
    """An Evernote export of a web clip: the clipped page's address in source-url, the note's
    owner in its author meta (not the writer), the page as blocks styled inline with no class
    names: the story is its block of paragraphs (the photo beside it, the menus, related and
    popular lists around it are not), the writer's link to their byline page names them."""
    story = "".join(f"<p style='margin:0'>{p}</p>" for p in [*_TW_STORY, *_KAESONG])
    page = f"""<html><head><meta name="exporter-version" content="Evernote Windows/308142"/>
    <meta name="author" content="wqlin"/><meta name="source-url" content="https://www.zaobao.com.sg/news/world/story20241204-5478213"/>
    <title>尹锡悦深夜宣布紧急戒严 | 联合早报</title></head><body><div><span><div>
    <div style="padding:8px 0;"><span>联合早报</span> <a href="https://www.zaobao.com.sg/realtime">即时</a> <a href="https://www.zaobao.com.sg/news/singapore">新加坡</a></div>
    <div style="font-size:13px;"><a href="https://www.zaobao.com.sg/news">新闻</a> &gt; <a href="https://www.zaobao.com.sg/news/world">国际</a></div>
    <h1>尹锡悦深夜宣布紧急戒严</h1>
    <div><span>韩国特约记者 </span><a href="https://www.zaobao.com.sg/byline/cai-zong-lin">蔡宗霖</a></div>
    <div><span>发布/2024年12月4日 05:12</span><br/><span>更新/2024年12月4日 11:30</span></div>
    <div><img src="x_files/bc5a1f0e9d.jpg" alt=""/><div>12月4日凌晨，抗议民众聚集在国会大楼外。（路透社）</div></div>
    <div style="font-size:18px;">{story}</div>
    <div><div>热门</div><ol><li>新加坡明年起调高消费税抵用券额度</li><li>中国11月财新服务业PMI降至51.5</li></ol></div>
    <div>关于我们 | 联系我们 | 广告刊登 | 隐私政策</div></div></span></div></body></html>"""
    a = _one_raw("evernote.html", page)
    assert a["url"] == "https://www.zaobao.com.sg/news/world/story20241204-5478213"
    assert (a["author"], a["published"]) == ("蔡宗霖", "2024-12-04")
    assert _plain_body(a) == "\n\n".join([*_TW_STORY, *_KAESONG])


def test_note_exports_of_a_copied_page_under_the_notes_properties():
    """A Notion export (# the researcher's label, its properties, ---, then the page copied:
    crumbs, ## the headline, the section and date, the toolbar) and a Bear note (# headline,
    hashtags, 剪存於 113年1月19日…, [原文連結](…), ---, the page): the page's headline, the
    original's address and the day the page prints; the picture's caption is a caption."""
    notion = f"""# 韩联社｜朝鲜卫星发射失败（0527）

Created: May 28, 2024 9:41 AM
来源: 韩联社
原文链接: https://cn.yna.co.kr/view/ACK20240527004600881
标签: 侦察卫星, 朝鲜
状态: 已整理

---

首页 > 朝鲜

## 朝鲜称新型运载火箭一级飞行中爆炸 侦察卫星发射失败

朝鲜 2024-05-27 23:52

分享 | 打印 | 字号 **A** A

![Untitled](Untitled.png)

资料图片：朝鲜发射“万里镜-1”号侦察卫星。 韩联社/朝中社（图片严禁转载复制）

{_TW_TEXT}
"""
    a = _one_raw("notion.md", notion)
    assert a["title"] == "朝鲜称新型运载火箭一级飞行中爆炸 侦察卫星发射失败"
    assert (a["published"], a["published_time"]) == ("2024-05-27", "23:52")
    assert a["url"] == "https://cn.yna.co.kr/view/ACK20240527004600881"
    assert _plain_body(a) == _TW_TEXT
    bear = f"""# 去年抵韓脫北者196人 外交官等菁英比例創新高

#朝鮮半島/脫北者 #資料/2024

剪存於 113年1月19日 上午9:07（iPhone）
[原文連結](https://udn.com/news/story/6809/7717350)

---

聯合新聞網 › 全球 › 國際焦點

## 去年抵韓脫北者196人 外交官等菁英比例創新高

2024-01-18 15:42 聯合報／ 編譯林宜萱／即時報導

讚 · 分享 · 收藏 · 字級

{_TW_TEXT}
"""
    a = _one_raw("bear.md", bear)
    assert (a["url"], a["author"]) == ("https://udn.com/news/story/6809/7717350", "林宜萱")
    assert (a["published"], a["outlet"]) == ("2024-01-18", outlet_for_name("聯合報"))
    assert a["body"].strip() == _TW_TEXT


def test_a_forwarded_mail_whose_text_part_keeps_the_originals_header():
    """A Foxmail forward (GB2312 parts): the forwarder's note and signature, the original's
    header under 原始邮件, the sender's note and the story's address, then the story. Its text
    part is read (its HTML sets all of it as one quote): the story's headline, address,
    date line and source, not the subject nor the mail's date."""
    from email.message import EmailMessage

    plain = f"""张老师：\n\n您好！转发一篇今天环球时报的报道，周五组会可以参考。\n\n祝好\n思远\n\n--\n陈思远\n东北亚研究所　研究助理\n
------------------ 原始邮件 ------------------
发件人：王磊 <wanglei@neasia-inst.cn>
发送时间：2025年6月4日(星期三) 上午9:41
收件人：陈思远 <chensiyuan@neasia-inst.cn>
主题：环球时报：李在明当选韩国第21届总统\n\n思远，这篇你看一下，组会可能用得上。\n
https://world.huanqiu.com/article/4MxYz7aB2cQ\n\n李在明当选韩国第21届总统 将于4日宣誓就职
2025-06-04 07:15　来源：环球时报\n\n{_KAESONG[0]}\n\n{_KAESONG[1]}\n"""
    m = EmailMessage()
    m["From"] = "陈思远 <chensiyuan@neasia-inst.cn>"
    m["Subject"] = "转发：环球时报：李在明当选韩国第21届总统"
    m["Date"] = "Wed, 04 Jun 2025 10:05:00 +0800"
    m.set_content(plain, charset="gb2312")
    m.add_alternative(
        f"<html><body><blockquote>{plain}</blockquote></body></html>",
        subtype="html",
        charset="gb2312",
    )
    (a,) = convert("fwd.eml", bytes(m))["articles"]
    assert (a["title"], a["url"]) == (
        "李在明当选韩国第21届总统 将于4日宣誓就职",
        "https://world.huanqiu.com/article/4MxYz7aB2cQ",
    )
    assert (a["published"], a["published_time"]) == ("2025-06-04", "07:15")
    assert a["outlet"] == outlet_for_name("环球时报")
    assert a["body"].strip() == "\n\n".join(_KAESONG[:2])


def test_a_word_export_of_a_copied_wire_story():
    """A Word export of a copied page: the researcher's note over it (（以下内容由网页复制粘贴，
    未作修改）), the toolbar, the dateline in lenticular brackets naming the agency."""
    copy = f"""（以下内容由网页复制粘贴，未作修改）\n\n“中朝友好年”图片展在平壤开幕\n
【字体：大 中 小】\u3000\u3000打印\u3000\u3000分享到：微信 微博\n
【新华社平壤5月3日电】（记者陆睿 孙一鸣）{_KAESONG[0]}\n\n{_KAESONG[1]}\n\n- 1 -\n\n{_KAESONG[2]}\n"""
    a = _one_raw("word.txt", copy)
    assert (a["title"], a["published"]) == ("“中朝友好年”图片展在平壤开幕", None)  # (no year)
    assert (a["outlet"], a["author"]) == (outlet_for_name("新华社"), "陆睿、孙一鸣")
    assert a["body"].startswith("【新华社平壤5月3日电】") and "- 1 -" not in a["body"]


def test_an_rss_to_markdown_archive_of_entries_between_rules():
    """An archive a feed-to-Markdown tool keeps (rss2md): its header, then entries between
    rules, each ## headline over Published: / Link: <…> / Tags: / Source: lines, its text and
    a read-more button with an arrow: one article per entry, dated and linked by its fields."""
    archive = "# BBC News 中文 · 朝鲜半岛（自动归档）\n\n> Feed: https://feeds.bbci.co.uk/zhongwen/simp/rss.xml\n\n---\n\n"
    archive += "\n\n---\n\n".join(
        f"""## {title}\n\nPublished: 2025-01-2{k}T21:47:00+08:00  \nLink: <{url}>  \nTags: 韩国, 尹锡悦  \nSource: BBC News 中文\n
{_KAESONG[k]}\n\n[阅读全文 →]({url}?at_medium=RSS)"""
        for k, (title, url) in enumerate(
            [
                ("韩国检方起诉尹锡悦", "https://www.bbc.com/zhongwen/articles/c9dw1p7kz3ro/simp"),
                (
                    "朝鲜称试射战略巡航导弹",
                    "https://www.bbc.com/zhongwen/articles/c1kx4e9wm2do/simp",
                ),
            ]
        )
    )
    arts = convert("archive.md", archive.encode())["articles"]
    assert [(a["title"], a["published"]) for a in arts] == [
        ("韩国检方起诉尹锡悦", "2025-01-20"),
        ("朝鲜称试射战略巡航导弹", "2025-01-21"),
    ]
    assert arts[0]["url"] == "https://www.bbc.com/zhongwen/articles/c9dw1p7kz3ro/simp"
    assert arts[0]["tags"] == ["韩国", "尹锡悦"]
    assert [a["body"].strip() for a in arts] == list(_KAESONG[:2])


def test_a_weibo_page_copied_whole():
    """A news outlet's Weibo post copied with the page: the site's menu, the account's banner
    and follower count, a verified badge (V), then the account over its time and client line,
    the 【headline】 alone, the text, the closing credits with the editors and Weibo's link
    marker (…刘军）O网页链接), the counts and comments."""
    copy = f"""首页\n推荐\n视频\n热搜\n消息\n新京报\nV\n\n新京报 的微博\n 关注  4521万粉丝  新京报官方微博
---------------------------------\n置顶\n \n新京报\nV\n24-12-14 17:08 来自 微博网页版 已编辑
【韩国国会表决通过总统尹锡悦弹劾案】\n#尹锡悦弹劾案通过# {_KAESONG[0]}\n{_KAESONG[1]}
（新京报记者 陈曦 编辑 王琳 校对 刘军）O网页链接 \n收起d\n\n 转发 13542\n 评论 9842\n 赞 61205\n"""
    a = _one_raw("weibo.txt", copy)
    assert a["title"] == "韩国国会表决通过总统尹锡悦弹劾案"
    assert (a["published"], a["published_time"]) == ("2024-12-14", "17:08")
    assert (a["outlet"], a["author"]) == (outlet_for_name("新京报"), "陈曦")
    assert a["body"].rstrip().endswith(_KAESONG[1]) and "O网页链接" not in a["body"]


def test_a_copied_pages_latest_and_popular_lists_and_an_archive_photo():
    """中央社's page copied whole: the caption of a file photo from the archive (（中央社檔案照片）)
    is a caption; the bare 最新 and 人氣 labels open the site's lists, not the story's."""
    copy = f"""首頁\n即時\n國際\n首頁\n>\n國際\n北韓向東部海域發射約10枚短程彈道飛彈\n2024/05/30 08:15（5/30 11:02 更新）
字級設定：\n小\n中\n大\n南韓民眾30日在首爾車站觀看北韓試射飛彈的新聞報導。（中央社檔案照片）
（中央社記者邱柏勳首爾30日專電）{_TW_STORY[0]}\n{_TW_STORY[1]}\n最新\n日本央行維持利率不變 日圓一度貶破157\n2小時前
人氣\n北韓連夜空飄垃圾氣球 南韓軍方：逾260顆落地\n"""
    a = _one_raw("cna.txt", copy)
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [
        ("南韓民眾30日在首爾車站觀看北韓試射飛彈的新聞報導。", "中央社檔案照片")
    ]
    assert _plain_body(a).endswith(_TW_STORY[1]) and "日圓" not in a["body"]


def test_a_report_pasted_into_an_answer():
    """A Zhihu answer copied whole: the question and the site's chrome, the answerer and the
    votes, a preface (谢邀…), then the pasted report (its headline over its date and source
    line, its text, 原文链接), a divider and the answerer's own views: the report is the article."""
    copy = f"""首页\n发现\n如何看待朝鲜炸毁京义线和东海线朝韩连接道路？\n关注者\n1,284\n\n半岛观察员老周\n​关注\n1,024 人赞同了该回答\n
谢邀。刚下飞机，先把新华社的通稿贴一下，事实部分说得比较清楚，后面再说点个人看法。\n
朝鲜炸毁朝韩连接道路部分路段 韩军在军事分界线以南示警射击\n2024-10-15 17:06:21　来源：新华社\n
新华社首尔10月15日电（记者 陆远 孙一鸣）{_KAESONG[0]}\n\n{_KAESONG[1]}\n
原文链接：http://www.news.cn/world/20241015/4f2a9c1e/c.html\n\n————————分割线————————\n
说几点个人看法：炸路本身军事意义不大，政治信号才是重点。\n"""
    a = _one_raw("zhihu.txt", copy)
    assert a["title"] == "朝鲜炸毁朝韩连接道路部分路段 韩军在军事分界线以南示警射击"
    assert (a["published"], a["outlet"]) == ("2024-10-15", outlet_for_name("新华社"))
    assert (a["author"], a["url"]) == (
        "陆远、孙一鸣",
        "http://www.news.cn/world/20241015/4f2a9c1e/c.html",
    )
    assert a["body"].startswith("新华社首尔10月15日电") and "个人看法" not in a["body"]


def test_a_copys_address_in_the_researchers_note_and_a_slashed_date_label():
    """A copy's address in the researcher's own words, over it (早报 中日韩峰会 https://…) or under
    it (复制自 https://… 2024年11月1日; （…6/5存。網址 https://… ））; 联合早报's 发布/ date label
    under the writer's name, the lead picture's caption over them."""
    copy = f"""早报 中日韩峰会 https://www.zaobao.com.sg/news/world/story20240527-3749215\n存档 2024-05-28，网页全选复制\n
联合早报\n即时\n新加坡\n中国\n国际\n登录\n国际\n中日韩领导人会议时隔四年半重启 同意加快自贸协定谈判
三国领导人星期一在首尔举行会议后出席联合记者会。（路透社）\n郑婉琳\n首尔特约记者\n发布/2024年5月27日 20:41\n更新/2024年5月27日 23:58
字体大小\n分享\n{_KAESONG[0]}\n{_KAESONG[1]}\n"""
    a = _one_raw("zaobao.txt", copy)
    assert a["url"] == "https://www.zaobao.com.sg/news/world/story20240527-3749215"
    assert (a["title"], a["author"]) == (
        "中日韩领导人会议时隔四年半重启 同意加快自贸协定谈判",
        "郑婉琳",
    )
    assert (a["published"], a["published_time"]) == ("2024-05-27", "20:41")
    for note in (
        "复制自 https://www.guancha.cn/internation/2024_10_31_753466.shtml   2024年11月1日  (记事本另存为ANSI)",
        "（手機Safari全選複製，6/5存。網址 https://www.guancha.cn/internation/2024_10_31_753466.shtml ）",
    ):
        a = _one_raw("copy.txt", f"朝俄条约的下一步\n2024-10-31 08:12\n\n{_TW_TEXT}\n\n{note}\n")
        assert a["url"] == "https://www.guancha.cn/internation/2024_10_31_753466.shtml", note
        assert a["body"].strip() == _TW_TEXT


def test_outlets_named_by_their_city_or_paper():
    """香港文匯報 is 文汇报; 北京日报 is an outlet of its own (its e-paper's <title> is its name)."""
    assert outlet_for_name("香港文匯報") == outlet_for_name("文汇报") != "香港文匯報"
    assert known_outlet("北京日報") == known_outlet("北京日报") is not None


def test_an_items_source_line_with_its_comment_count():
    """An app's item line prints its comment count between the outlet and the time."""
    assert date_and_source("环球时报  3.2万评  2024-12-14 16:05") == (
        "2024-12-14 16:05",
        "环球时报",
    )
    assert date_and_source("凤凰网资讯  4021评  2小时前") == ("", "凤凰网资讯")


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("编译 王兴亮；审校 张涛", True),  # editors and translators by name, no colon
        ("编辑 王琳", True),
        ("编译 王兴亮", False),  # (alone it may be the byline: the translator wrote it)
        ("播放 00:00 / 01:36 字幕 全螢幕", True),  # a player's clock and buttons
        ("[播放] 收听广播 00:00 / 01:45", True),
        ("影片來源：《東森晚間新聞》 播出時間 2024/11/13 19:00", True),  # a programme's note
        ("視像新聞｜於香港電台第一台《午間新聞》播出（12:00）", True),
        ("该节目于《新闻联播》播出后引发关注。", False),  # a sentence about a programme
        ("《金正恩传》电视剧在平壤首播", False),  # a headline about one (no air time)
        ("跳到主菜单", True),
        ("（綜合外電報道）", True),  # compiled from wires: no one outlet
        ("小字号", True),
        ("深度報道、評論與專欄，每月僅需 HK$49 起。", True),  # a paywall's price
        ("訂閱亞洲週刊電子版　每期只需HK$30", True),
        ("韩国政府只需支付100美元。", False),
        ("此新闻将在发布后约一个月内保留在网站上。", True),  # NHK's notice
    ],
)
def test_broadcast_paywall_and_credit_furniture(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) is furniture


def test_closing_credits_name_the_outlet_and_the_writer():
    """Lines under the story that credit it: a reporter of an unlisted paper in brackets
    (（韩中时报记者 王晓燕）), a reporter's line (星島記者 梁俊傑 紐約報道／綜合外電), a portal's
    partner (本新聞由法新社提供…), a print edition (《 人民日报 》（ 2024年04月12日 03 版）) and a
    source (（資料來源：美聯社）): none is text; each names the outlet or the writer."""
    for trailer, outlet, author in [
        ("（韩中时报记者 王晓燕）", "韩中时报", "王晓燕"),
        ("本新聞由法新社提供，如有問題請向法新社反映。", outlet_for_name("法新社"), None),
        ("《 人民日报 》（ 2024年04月12日 03 版）", outlet_for_name("人民日报"), None),
        ("（資料來源：美聯社）", outlet_for_name("美聯社"), None),
    ]:
        a = _one_raw("t.txt", f"朝鲜发射多枚短程弹道导弹\n\n{_STORY}\n\n{trailer}\n")
        assert a["body"].strip() == _STORY, trailer
        assert (a["outlet"], a["author"]) == (outlet, author), trailer
    a = _one_raw(
        "t.txt", f"朝鲜发射多枚短程弹道导弹\n\n{_STORY}\n\n星島記者 梁俊傑 紐約報道／綜合外電\n"
    )
    assert (a["body"].strip(), a["author"]) == (_STORY, "梁俊傑")


def test_a_peoples_daily_commentary_page():
    """人民网's page: the author meta is a staff number, the pen name is the author element's
    (钟声); the source label's link text was lost from the first copy of the date row, so the
    line after it (the pen name) is no outlet; 小字号 is a button."""
    story = "".join(f'<p style="text-indent: 2em;">{p}</p>' for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>阵营对抗解决不了半岛问题--观点--人民网</title>
    <meta name="author" content="102683" /></head><body>
    <div class="rm_txt"><h1>阵营对抗解决不了半岛问题</h1><p class="author">钟声</p>
    <div class="channel"><div>2024年04月12日05:53 | 来源：<a href="http://paper.people.com.cn/">人民网－人民日报</a></div>
    <div><span>小字号</span></div></div>
    <div class="rm_txt_con">{story}<p>《 人民日报 》（ 2024年04月12日 03 版）</p></div></div></body></html>"""
    a = _one_raw("c1003.html", page)
    assert (a["author"], a["outlet"]) == ("钟声", outlet_for_name("人民日报"))
    assert (a["published"], a["published_time"]) == ("2024-04-12", "05:53")
    assert a["body"].strip() == _STORY
    assert outlet_from_header(
        "2024年04月12日05:53 | 来源：\n钟声\n来源：人民网"
    ) == outlet_for_name("人民网")


def test_a_day_alone_over_the_text():
    """A ministry's page prints the day alone between the headline and the text (令和6年10月31日):
    the story's date, unless the block is a top bar's today."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>外务大臣谈话</title></head><body>
    <div id="main"><h1>外务大臣谈话（朝鲜发射弹道导弹）</h1><p class="rightalign">令和6年10月31日</p>
    <div class="main-txt">{story}</div></div></body></html>"""
    a = _one_raw("mofa.html", page)
    assert (a["published"], a["body"].strip()) == ("2024-10-31", _STORY)
    today = page.replace('class="rightalign"', 'class="today"')
    assert _one_raw("mofa.html", today)["published"] is None


def test_a_crumbs_generic_home_link_names_no_site():
    """PChome's crumb starts at 新聞 (/): the site is its og:site_name, PChome Online 新聞, which
    reposts AFP's story."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>金正恩抵達俄羅斯遠東 - PChome Online 新聞</title>
    <meta property="og:site_name" content="PChome Online 新聞">
    <meta property="og:url" content="https://news.pchome.com.tw/internation/afp/20230912/index-1.html">
    </head><body><div class="breadcrumb"><a href="/">新聞</a> &gt; <a href="/internation/">國際</a></div>
    <div id="newsContent"><h1>金正恩抵達俄羅斯遠東</h1><div class="article_info">新聞來源：法新社</div>
    <div class="article_text">{story}</div></div></body></html>"""
    a = _one_raw("pchome.html", page)
    assert (a["outlet"], a["republisher"]) == (outlet_for_name("法新社"), "PChome Online 新聞")


def test_an_unlisted_papers_dateline_without_its_place():
    """【韩中时报首尔讯】: the paper is 韩中时报, filed from Seoul, though not listed."""
    a = _one_raw("t.txt", f"韩国国会表决解除戒严\n\n【韩中时报首尔讯】{_STORY}\n")
    assert a["outlet"] == "韩中时报"


def test_a_features_footnotes_and_its_authors_notes_end_it():
    """A feature's footnotes under their label (注释： / 註釋：) are not the story; nor is a
    note on its author closing it, unnamed (（作者為…副教授…）) or named in both scripts
    (苏珊·朴(Susan Park)是…高级研究员，…), which names the writer."""
    notes = "注释：\n\n[1] 2019年起，调查期限缩短为最长90天。\n\n[2] 数据来源：韩国统一部。"
    a = _one_raw("t.md", f"# 脱北者的新生活\n\n{_STORY}\n\n{notes}\n")
    assert a["body"].strip() == _STORY
    bio = "（作者為香港浸會大學政治及國際關係學系副教授，研究東北亞政治。）"
    a = _one_raw("t.md", f"# 彈劾之後\n\n{_STORY}\n\n{bio}\n\n註釋：\n\n[1] 2016年12月9日。\n")
    assert a["body"].strip() == _STORY
    bio = "苏珊·朴(Susan Park)是华盛顿智库东亚安全中心高级研究员，曾在美国国务院负责朝鲜半岛事务。"
    a = _one_raw("t.md", f"# 戴维营之后\n\n{_STORY}\n\n{bio}\n")
    assert (a["body"].strip(), a["author"]) == (_STORY, "苏珊·朴")


def test_a_bbc_page_forwarded_as_text():
    """A BBC page copied into a forwarded mail: the headline over BBC's byline (作者, 沈怡然 /
    职务, BBC中文) and date; the 热读 box readers may skip (跳过 热读 并继续阅读 … 热读 完) is
    not the story, which goes on under it; the related titles keep no bullet of the page's;
    the person forwarding it names no site."""
    from email.message import EmailMessage

    plain = f"""小林：\n\n这篇可以放进那一节。\n\n张\n\n---------- Forwarded message ---------
发件人： 王磊 <wanglei@example.com>\nDate: 2024年12月16日周一 22:47\nSubject: BBC这篇\nTo: 张乔 <qz@example.edu.cn>\n
直接从网页复制的\n\nhttps://www.bbc.com/zhongwen/articles/c5y8q2jr3k7o/simp\n
朝鲜士兵在库尔斯克：乌克兰称已有数百人伤亡\n\n作者, 沈怡然\n职务, BBC中文\n2024年12月16日\n\n{_KAESONG[0]}\n
跳过 热读 并继续阅读\n热读\n * 韩国国会通过尹锡悦弹劾案：接下来会发生什么？\n热读 完\n\n{_KAESONG[1]}\n
相关内容\n * 朝鲜向俄罗斯派兵：我们所知道的\n * 金正恩与普京签署互助条约，对朝鲜半岛意味着什么\n"""
    m = EmailMessage()
    m["From"] = "张乔 <qz@example.edu.cn>"
    m["Subject"] = "Fwd: BBC这篇"
    m.set_content(plain)
    (a,) = convert("fwd.eml", bytes(m))["articles"]
    assert (a["title"], a["author"]) == ("朝鲜士兵在库尔斯克：乌克兰称已有数百人伤亡", "沈怡然")
    assert a["published"] == "2024-12-16" and a["republisher"] is None
    story = _plain_body(a)
    assert story.startswith(_KAESONG[0]) and _KAESONG[1] in story and "热读" not in story
    assert "朝鲜向俄罗斯派兵：我们所知道的" in [link["title"] for link in a["links"]]
    assert "我们所知道的" not in a["body"] and "- *" not in a["body"]


def test_a_tv_page_copied_with_its_player():
    """A TV site's page copied whole: its save note (存檔日期：…) and address, menus, the
    headline over the reporters' line (東森新聞 李宜臻 徐國衡 台北報導: the writers, no text),
    the player's buttons and clock and an empty box's label (更多影音)."""
    copy = f"""網址：https://news.ebc.net.tw/news/world/452318\n存檔日期：2024-11-15\n
跳到主要內容\n東森新聞 EBC\n首頁 | 新聞 | 影音 | 直播 | 節目 | 東森財經 | 健康 | 搜尋\n國際 > 亞洲\n
國情院：北韓已派1.1萬兵赴俄　部分投入庫斯克前線\n東森新聞 李宜臻 徐國衡 台北報導\n2024/11/13 19:42\n
播放\n00:00 / 02:14\n字幕\n影片載入中...\n更多影音\n\n{_TW_TEXT}\n"""
    a = _one_raw("ebc.txt", copy)
    assert (a["title"], a["author"]) == (
        "國情院：北韓已派1.1萬兵赴俄 部分投入庫斯克前線",  # (the title's wide space made plain)
        "李宜臻、徐國衡",
    )
    assert (a["published"], a["published_time"]) == ("2024-11-13", "19:42")
    assert a["body"].strip() == _TW_TEXT
    copy = f"https://cn.yna.co.kr/view/ACK20240619005300881\n保存时间 2024/7/2 15:14 （网页复制，图片没存）\n\n韩联社\n首页 > 朝鲜\n\n朝俄签署全面战略伙伴关系条约\n2024-06-19 23:18\n\n{_STORY}\n"
    a = _one_raw("yna.txt", copy)
    assert (a["title"], a["body"].strip()) == ("朝俄签署全面战略伙伴关系条约", _STORY)


def test_a_korean_sites_navigation_bar_and_a_source_address():
    """A Korean site's menu is its global navigation bar (ul.gnb), no text; a source label
    followed by an address (来源: https://…) names no outlet."""
    story = "<br><br>".join(_STORY.split("\n\n"))
    page = f"""<html><head><title>韩国恢复对朝扩音广播 | 韩联社</title></head><body>
    <div class="gnb-wrap"><ul class="gnb"><li><a href="/nk/index">朝鲜半岛</a></li><li><a href="/politics/index">政治</a></li>
    <li><a href="/economy/index">经济</a></li><li><a href="/society/index">社会</a></li></ul></div>
    <div class="container"><h2 class="tit">韩国恢复对朝扩音广播</h2><p class="date">发布时间 2024-06-09 17:48</p>
    <div class="story-news article">{story}</div></div></body></html>"""
    a = _one_raw("yna.html", page)
    assert a["body"].strip() == _STORY
    assert outlet_from_header("来源: https://www.unikorea.go.kr/cn/news/view?id=1") is None


def test_bylines_of_a_writer_and_an_intern():
    """A magazine's byline names an intern after a comma (文｜财新周刊 王晓禾，实习记者 杜之远); a
    paper prints each writer's byline in turn (南方周末记者 何苇 南方周末实习生 陈卓)."""
    assert author_from_header("文｜财新周刊 王晓禾，实习记者 杜之远") == "王晓禾、杜之远"
    assert author_from_header("南方周末记者 何苇 南方周末实习生 陈卓") == "何苇、陈卓"
    assert author_from_header("记者 王强 北京报道") == "王强"


def test_a_magazine_page_with_its_picture_blocks_and_page_links():
    """A picture's block by its class: a caption in a <dd> (财新), or in a paragraph crediting
    its source, the picture linked to itself (自由時報); the page links under page 1 of 3
    (第1页 共3页 1 2 3 下一页 余下全文), a 看更多 box and a follow button's label are no text."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>朝俄走近</title></head><body><h1>朝俄走近</h1>
    <div class="text"><div class="media pic"><img src="https://img.example.com/1.jpg" alt=""><dd>金正恩与普京在欢迎仪式上。图/视觉中国</dd></div>
    <div class="photo boxTitle"><a href="https://img.example.com/2.jpg"><img src="https://img.example.com/2.jpg" alt=""></a>
    <p>首爾民眾在國會外歡呼。（法新社）</p></div>{story}
    <p><a href="https://www.facebook.com/ltnnews">已經加好友了，謝謝</a></p>
    <div class="page">第1页 共3页&nbsp;&nbsp;<span>1</span> <a href="/2.html">2</a> <a href="/3.html">3</a> <a href="/2.html">下一页</a> <a href="/all.html">余下全文</a></div></div>
    <div class="more_news"><h3>看更多</h3><ul><li><a href="https://news.example.com/1">南韓戒嚴6小時落幕　韓元一度重貶至兩年新低</a></li>
    <li><a href="https://news.example.com/2">南韓在野黨擬提彈劾案　最快5日國會報告</a></li></ul></div></body></html>"""
    a = _one_raw("caixin.html", page)
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [
        ("金正恩与普京在欢迎仪式上。", "视觉中国"),
        ("首爾民眾在國會外歡呼。", "法新社"),
    ]
    assert _plain_body(a) == _STORY and "[![" not in a["body"]  # (the picture unlinked)
    assert is_boilerplate("第1页 共3页  1 2 3 下一页 余下全文")


def test_an_old_papers_table_page_dated_under_the_story():
    """An old paper's table page (…--延边日报) prints its photo over a caption row (…洽谈。 全 光
    摄) and dates the story only in the row under it (【作者：…】【发布日期：2024-06-12】【点击：…】):
    the day and writers, no outlet named 发布日期; the site named by its <title>."""
    story = "".join(f'<p style="text-indent:2em">{p}</p>' for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>韩国中小企业代表团来延考察--延边日报</title></head><body>
    <table><tr><td class="f12">&nbsp;当前位置：<a href="/">首页</a> &gt;&gt; 正文</td></tr>
    <tr><td align="center"><font size="5"><b>韩国中小企业代表团来延考察</b></font></td></tr>
    <tr><td class="content" id="zoom"><table width="420"><tr><td align="center"><img src="/pic/1.jpg" width="420"></td></tr>
    <tr><td align="center" class="f12"><font color="#666666">交流会现场，双方企业代表进行洽谈。 全 光 摄</font></td></tr></table>
    {story}</td></tr>
    <tr><td class="f12" align="right">【作者：金春花 李东浩】&nbsp;&nbsp;【发布日期：2024-06-12】&nbsp;&nbsp;【点击：1342】<br>责任编辑：朴明玉</td></tr>
    </table></body></html>"""
    a = _one_raw("ybrb.htm", page)
    assert (a["published"], a["author"], a["outlet"]) == (
        "2024-06-12",
        "金春花、李东浩",
        outlet_for_name("延边日报"),
    )
    assert a["images"][0]["caption"] == "交流会现场，双方企业代表进行洽谈。"
    assert a["images"][0]["credit"] == "全 光 摄"
    assert _plain_body(a) == _STORY


def test_a_government_release_under_its_sections_heading():
    """Taiwan's government template: the <title> is the site's name, its portal's and the
    section's before the headline; the section's name is an h2 (新聞稿) over the headline's
    h3; the source label names a department (資料來源：亞東太平洋司), no outlet."""
    story = "".join(f"<p>{p}</p>" for p in _TW_TEXT.split("\n\n"))
    page = f"""<html><head><title>中華民國外交部 - 全球資訊網 - 新聞稿 - 外交部密切關注韓國政局發展，提醒旅韓國人注意自身安全</title></head>
    <body><main><div class="path">首頁 &gt; 新聞與公告 &gt; 新聞稿</div><h2 class="unit">新聞稿</h2>
    <div class="simple-text title"><h3>外交部密切關注韓國政局發展，提醒旅韓國人注意自身安全</h3></div>
    <ul class="info"><li>發布時間：113-12-04</li><li>資料來源：亞東太平洋司</li></ul>
    <div class="area-essay">{story}</div></main></body></html>"""
    a = _one_raw("mofa.htm", page)
    assert a["title"] == "外交部密切關注韓國政局發展，提醒旅韓國人注意自身安全"
    assert (a["published"], a["outlet"]) == ("2024-12-04", outlet_for_name("中華民國外交部"))
    assert a["body"].strip() == _TW_TEXT
    assert outlet_from_header("資料來源：亞東太平洋司") is None


def test_a_magazines_issue_line_over_the_story():
    """A magazine's issue line (2024年第3期　2024年1月22日－2024年1月28日) over a copied story is
    no text; the story's own dated line gives the day."""
    copy = f"金正恩廢除統一機構\n亞洲週刊特約記者　鄭敏浩　首爾報道\n2024-01-18 10:00\n2024年第3期　2024年1月22日－2024年1月28日\n\n{_TW_TEXT}\n"
    a = _one_raw("yzzk.txt", copy)
    assert (a["published"], a["published_time"]) == ("2024-01-18", "10:00")
    assert a["body"].strip() == _TW_TEXT


def test_a_pages_address_from_its_share_buttons_and_an_older_wayback_toolbar():
    """A page saved without its address names it in its share buttons (sharer.php?u=…, LINE's
    url=…, a copy button's data-url). An older Wayback Machine toolbar names the original in
    its form (wmtbURL), its links relative to the archive (/web/20111220031522/http://…)."""
    story = "".join(f"<p>{p}</p>" for p in _TW_TEXT.split("\n\n"))
    url = "https://www.cna.com.tw/news/aopl/202412040012.aspx"
    page = f"""<html><head><title>南韓戒嚴 | 中央社 CNA</title></head><body><h1>南韓戒嚴</h1>
    <div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a>
    <a href="https://social-plugins.line.me/lineit/share?url={quote(url, safe="")}">Line</a>
    <a class="copy" data-url="{url}">複製連結</a></div><div class="paragraph">{story}</div></body></html>"""
    assert _one_raw("cna.html", page)["url"] == url
    old = "http://www.cna.com.tw/News/aOPL/201112190028.aspx"
    page = f"""<html><head><link href="/web/20111220031522/http://www.cna.com.tw/css/news.css" rel="stylesheet">
    <title>北韓宣布 金正日病逝 - 中央社即時新聞</title></head><body>
    <!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp"><form><input type="text" name="url" id="wmtbURL" value="{old}"></form>
    <a href="/web/20111219235510/{old}">DEC</a></div><!-- END WAYBACK TOOLBAR INSERT -->
    <h1>北韓宣布 金正日病逝</h1><div class="box_2">發稿時間：2011/12/19 12:40</div>
    <div class="article"><a href="/web/20111220031522/http://www.cna.com.tw/">首頁</a>{story}</div></body></html>"""
    a = _one_raw("cna_wayback.html", page)
    assert (a["url"], a["republished_url"]) == (
        old,
        f"https://web.archive.org/web/20111220031522/{old}",
    )


def test_a_papers_writer_element_over_its_outlets_author_metadata():
    """<meta name="author"> naming the outlet gives way to the writer's element (刘智颖 报道);
    a sentence telling what was said to reporters (会见记者时说) is no byline."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>普京访朝 | 联合早报</title><meta name="author" content="联合早报"></head>
    <body><h1>普京访朝</h1><div class="byline"><span class="author-name">刘智颖</span> 报道</div>
    <div class="article-body"><p>普京在会谈后与金正恩共同会见记者时说，这份条约是一份突破性的文件。</p>{story}</div></body></html>"""
    assert _one_raw("zaobao.html", page)["author"] == "刘智颖"
    assert author_from_header("普京在会谈后与金正恩共同会见记者时说，这份条约") is None


def test_a_papers_own_credit_and_a_captions_source_word():
    """（星島日報報道） closing the story credits the paper; a short line under a lone picture
    ending in its source (…截圖。網上圖片) is its caption."""
    story = "<br><br>".join(_TW_TEXT.split("\n\n"))
    page = f"""<html><head><title>星島日報</title></head><body><h1>北韓士兵被俘</h1>
    <table border="0"><tr><td><img src="pow.jpg" width="640"></td></tr>
    <tr><td><font size="2">澤連斯基發布被俘北韓士兵接受訊問的片段截圖。網上圖片</font></td></tr></table>
    <p class="content">{story}<br><br>（星島日報報道）</p></body></html>"""
    a = _one_raw("std.htm", page)
    assert (a["images"][0]["caption"], a["images"][0]["credit"]) == (
        "澤連斯基發布被俘北韓士兵接受訊問的片段截圖。",
        "網上圖片",
    )
    assert _plain_body(a) == _TW_TEXT and a["outlet"] == outlet_for_name("星島日報")


def test_a_print_views_title_with_the_sites_name_first():
    """联合早报网 -- 国际调查团：“天安”舰系遭朝鲜鱼雷击沉: the site (the paper's name with 网)
    first, then a headline that opens with a section's word (国际…)."""
    from peninsula.formats.html import title_without_site

    title = "联合早报网 -- 国际调查团：“天安”舰系遭朝鲜鱼雷击沉"
    assert title_without_site(title) == "国际调查团：“天安”舰系遭朝鲜鱼雷击沉"
    assert known_outlet("联合早报网") == known_outlet("联合早报") is not None
    assert title_without_site("朝鲜发射导弹 - 国际新闻 - 联合早报") == "朝鲜发射导弹"


def test_a_linked_picture_over_its_caption_and_a_portals_footer():
    """A picture in its link with alt text, the caption under the link (自由時報: <a href=….jpg>
    <img alt></a><p class="caption">…（美聯社）</p>): the caption's, the picture unlinked. A
    portal's lines under the story (发布于：北京市, 阅读 (3.6万)) are no text."""
    story = "".join(f"<p>{p}</p>" for p in _TW_TEXT.split("\n\n"))
    cap = "北韓施放的垃圾氣球散落在南韓首爾一處住宅區。（美聯社）"
    page = f"""<html><head><title>北韓垃圾氣球 - 自由時報電子報</title></head><body><h1>北韓垃圾氣球</h1>
    <div class="text"><div class="photo boxTitle"><a href="https://img.ltn.com.tw/Upload/news/600/1.jpg">
    <img src="https://img.ltn.com.tw/Upload/news/600/1.jpg" alt="{cap}"></a><p class="caption">{cap}</p></div>
    {story}<p>发布于：北京市</p><p>阅读 (3.6万)</p></div></body></html>"""
    a = _one_raw("ltn.html", page)
    assert (a["images"][0]["caption"], a["images"][0]["credit"]) == (cap[:-5], "美聯社")
    assert _plain_body(a) == _TW_TEXT and "[![" not in a["body"]


def test_a_lone_pictures_alt_text_printed_again_under_it():
    """A picture alone in its paragraph with alt text, the next paragraph printing the same
    words: one caption, not a paragraph of the story."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    cap = "韩国联合参谋本部发布的导弹发射画面"
    page = f"""<html><head><title>朝鲜发射导弹</title></head><body><h1>朝鲜发射导弹</h1><div class="article">
    <p><img src="https://img.example.com/1.jpg" alt="{cap}"></p><p>{cap}</p>{story}</div></body></html>"""
    a = _one_raw("t.html", page)
    assert a["images"][0]["caption"] == cap and _plain_body(a) == _STORY


def test_an_old_page_titled_by_its_site_and_section():
    """A 2000s page's <title> is the site's name with its domain or a generic word and the
    section (明報網站 mingpao.com - 國際新聞, 中央社即時新聞 - 國際, 联合早报网 zaobao.com -- 朝鲜半岛风云):
    the headline is the page's own (a big font line), the site names the outlet; a special
    correspondent's byline names the writer (本报驻汉城特派员 林佩芬)."""
    story = "".join(f'<p><font size="3">{p}</font></p>' for p in _STORY.split("\n\n"))
    for title, outlet in [
        ("明報網站 mingpao.com - 國際新聞", "明報"),
        ("中央社即時新聞 - 國際", "中央社"),
        ("联合早报网 zaobao.com -- 朝鲜半岛风云", "联合早报"),
    ]:
        page = f"""<html><head><title>{title}</title></head><body><table>
        <tr><td><font size="5" color="#990000"><b>美国称朝鲜承认秘密发展核武</b></font></td></tr>
        <tr><td><font size="2">本报驻汉城特派员\u3000林佩芬</font></td></tr><tr><td>{story}</td></tr>
        </table></body></html>"""
        a = _one_raw("old.html", page)
        assert (a["title"], a["outlet"]) == (
            "美国称朝鲜承认秘密发展核武",
            outlet_for_name(outlet),
        ), title
        assert a["author"] == "林佩芬"
    assert author_from_header("美国特派员表示，朝鲜") is None


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("打开网易新闻 查看精彩图片", True),  # a portal's app prompt
        ("跟贴 2,318 参与 45,702", True),  # its comment counter
        ("点赞 3542收藏分享", True),  # a row of social buttons with a count
        ("收藏家称赞这件作品。", False),
        (
            "責編：何潔霖\u3000網編：陳穎",
            True,
        ),  # RFA's closing editors (its reporter's credit stays)
        ("您的電子郵件地址不會被公開。", True),  # a comment form's notice
        ("他打开网页查看了全文。", False),
    ],
)
def test_portal_and_comment_form_furniture(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) is furniture


def test_a_caption_supplied_by_an_organisation():
    """A caption over the story credited to whoever supplied the picture (（自由北韓運動聯合提供）),
    no outlet: a caption all the same."""
    assert sourced_caption(
        "6月6日晚，成員在京畿道抱川市準備放飛載有傳單的氣球。（自由北韓運動聯合提供）"
    )
    assert not sourced_caption(
        "6月6日晚，成員在京畿道抱川市準備放飛載有傳單的氣球。（自由北韓運動聯合）"
    )
    # (a still from a broadcast: （视频截图）)
    assert sourced_caption("朝鲜中央电视台播放金正恩视察核武器研究所的画面。（视频截图）")
    # (韩联社 adds its reuse notice after the supplier: …提供，严禁转载)
    assert sourced_caption("7月30日，韩美两国部长举行会谈。（图片由产业通商资源部提供，严禁转载）")
    assert not sourced_caption("7月30日，韩美两国部长举行会谈。（严禁转载）")


def test_a_toolbar_between_ideographic_spaces():
    """A toolbar's buttons set apart by one ideographic space each (分享　打印　评论　链接已复制,
    its copy button's label once pressed) is furniture; a headline so spaced is not."""
    assert is_boilerplate("分享\u3000打印\u3000评论\u3000链接已复制")
    assert is_boilerplate("+1\u3000收藏\u3000我要举报")
    assert not is_boilerplate("韩国国会\u3000通过弹劾案")


def test_a_clips_fields_name_the_outlet_and_the_original_and_a_colon_byline():
    """A clipper's fields: source: 联合早报 names the outlet, url: the page (the first field
    holding an address); original_url: beats a capture's source:. A byline with a colon
    (美国之音记者：白晓晴　华盛顿) names the outlet and the writer; a reporter asking a question
    at a press conference (法新社记者：菲律宾方面称…) names no outlet."""
    clip = f"""---
title: 尹锡悦深夜宣布紧急戒严
source: 联合早报
url: https://www.zaobao.com.sg/realtime/world/story20241204-5512345
---

# 尹锡悦深夜宣布紧急戒严

发布/2024年12月4日 06:12

{_STORY}
"""
    a = _one_raw("clip.md", clip)
    assert (a["url"], a["outlet"]) == (
        "https://www.zaobao.com.sg/realtime/world/story20241204-5512345",
        outlet_for_name("联合早报"),
    )
    archived = clip.replace(
        "source: 联合早报\nurl: https://www.zaobao.com.sg/realtime/world/story20241204-5512345",
        "source: https://web.archive.org/web/20090416021455/http://www.voanews.com/chinese/w2009-04-14-voa35.cfm\n"
        "original_url: http://www.voanews.com/chinese/w2009-04-14-voa35.cfm",
    )
    assert (
        _one_raw("clip.md", archived)["url"]
        == "http://www.voanews.com/chinese/w2009-04-14-voa35.cfm"
    )
    assert outlet_from_header("美国之音记者：白晓晴\u3000华盛顿") == outlet_for_name("美国之音")
    assert author_from_header("美国之音记者：白晓晴\u3000华盛顿") == "白晓晴"
    assert outlet_from_header("法新社记者：菲律宾方面称，中方在南海的行动…？") is None


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("Read in English", True),  # the story in English
        ("点击查看本文英文版。", True),
        ("评论（0）\u3000\u3000登录后发表评论", True),  # a prompt to sign in and comment
        ("字級：小 中 大\u3000｜\u3000列印\u3000｜\u3000[轉寄](/mail.asp)", True),  # wide bars
        ("[打印本页](javascript:window.print()) | [电邮本文](https://x.com/e.cfm?id=35)", True),
        ("订阅《联合早报》印刷版，请拨热线 1800-8461818", True),  # a subscription prompt
        ("订阅报纸的人越来越少", False),  # a headline about subscriptions
        ("« 上一主题 | 下一主题 »", True),  # a forum's (Discuz) furniture
        ("查看: 1520 | 回复: 23", True),
        ("当前时区 GMT+8, 现在时间是 2007-2-14 08:40", True),
        ("Processed in 0.021813 second(s), 7 queries, Gzip enabled", True),
        ("金正恩｜朝鲜最高领导人", False),  # words between bars, not buttons
    ],
)
def test_forum_mail_and_language_furniture(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) is furniture


def test_an_old_toolbar_of_bracketed_buttons_and_a_correspondents_line():
    """【字号】大 中 小    【打印】 【转寄】 【推荐】 is a toolbar; a special correspondent's line over
    the story (本报驻汉城特派员　林佩芬) is a byline, not text."""
    assert is_boilerplate("【字号】大 中 小    【打印】 【转寄】 【推荐】")
    assert not is_boilerplate("推荐阅读")  # (a related list's label, read as such)
    a = _one_raw(
        "t.txt", f"美国称朝鲜承认秘密发展核武\n\n本报驻汉城特派员\u3000林佩芬\n\n{_STORY}\n"
    )
    assert (a["author"], a["body"].strip()) == ("林佩芬", _STORY)


def test_a_page_printed_from_a_browser_then_dumped_as_text():
    """Chrome's "Save as PDF" dumped with pdftotext: each page opens with the day and time it
    was printed and the page's title, and closes with its address and page number. The title
    is the headline, the address the article's, the printed day an upper bound; the margins
    are no text."""
    head = "2024/7/19 上午9:15                                   韩统一部：今年上半年105名脱北者入境韩国 | 韩联社"
    foot = (
        "https://cn.yna.co.kr/view/ACK20240718001300881                                        {}/2"
    )
    paragraphs = _STORY.split("\n\n")
    text = (
        f"{head}\n\n韩统一部：今年上半年105名脱北者入境韩国\n\n2024-07-18 10:41\n\n{paragraphs[0]}\n\n"
        f"{foot.format(1)}\n\f{head}\n\n{paragraphs[1]}\n\n{paragraphs[2]}\n\n{foot.format(2)}\n"
    )
    a = _one_raw("print.pdf.txt", text)
    assert (a["title"], a["url"]) == (
        "韩统一部：今年上半年105名脱北者入境韩国",
        "https://cn.yna.co.kr/view/ACK20240718001300881",
    )
    assert (a["published"], a["published_time"]) == ("2024-07-18", "10:41")
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("（作者：赵磊,吴悦 编辑：周上祺）", True),  # writers and editor closing in brackets
        ("【全文显示】 返回顶部", True),
        ("订阅早报", True),
        ("點擊看圖輯", True),  # a link to the pictures' gallery
        ("作者认为，朝鲜将继续试射导弹。", False),
    ],
)
def test_closing_brackets_and_gallery_furniture(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) is furniture


def test_a_byline_reported_after_a_slash():
    """工商時報 蕭若涵／綜合外電報導 under the headline: the writer, and no headline."""
    assert author_from_header("工商時報 蕭若涵／綜合外電報導") == "蕭若涵"
    copy = f"北韓觀光重啟 俄羅斯團客搶頭香\n工商時報 蕭若涵／綜合外電報導\n2025.06.30 05:10\n\n{_TW_TEXT}\n"
    a = _one_raw("ctee.txt", copy)
    assert (a["title"], a["author"]) == ("北韓觀光重啟 俄羅斯團客搶頭香", "蕭若涵")
    assert a["body"].strip() == _TW_TEXT
    assert RELATED_LABEL.match("您可能感兴趣") and RELATED_LABEL.match("※你可能還想看：")


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("字級設定：小 中 大 特", True),  # font sizes up to 特
        ("客服热线：86-10-58511234", True),  # a portal's footer
        ("訂閱端傳媒會員", True),  # a membership prompt
        ("登入後參與討論", True),  # a prompt to sign in and discuss
        ("登入后，他参与了讨论。", False),
    ],
)
def test_membership_and_footer_furniture(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) is furniture


def test_a_copy_note_with_its_day_first_or_its_label():
    """A researcher's note over a copy, the day first (106年5月11日 下載 國際版剪報（南韓大選）) or
    labelled (複製日期：2024/12/23（網頁全選複製，圖片未存）): no headline, an upper bound."""
    for note in (
        "106年5月11日 下載 國際版剪報（南韓大選）",
        "複製日期：2017/5/11（網頁全選複製，圖片未存）",
    ):
        copy = f"{note}\n\n文在寅當選南韓總統 得票率41％\n2017-05-10 04:10\n\n{_TW_TEXT}\n"
        a = _one_raw("copy.txt", copy)
        assert (a["title"], a["published"]) == ("文在寅當選南韓總統 得票率41％", "2017-05-10"), note
        assert a["body"].strip() == _TW_TEXT, note


def test_a_portal_page_copied_whole_with_its_spaced_menu():
    """A portal's page copied whole (Ctrl-A): menu rows of short words a space apart (搜狐首页 新闻
    体育 …) are chrome over the headline; 来源：环球网 over the page's topic words (冬奥会 啦啦队
    朝鲜) names the outlet and gives tags; 我来说两句 opens the comments."""
    copy = f"""http://www.sohu.com/a/221963475_162522

搜狐首页 新闻 体育 汽车 房产 旅游 教育 时尚 科技 财经 娱乐 更多
母婴 健康 历史 军事 美食 文化 星座 专题 游戏 搞笑 动漫 宠物
登录

朝鲜啦啦队现身平昌冰球赛场 整齐助威引全场关注
2018-02-10 21:36
来源：环球网
冬奥会 啦啦队 朝鲜

{_STORY}

我来说两句
0人参与，0条评论
"""
    a = _one_raw("sohu.txt", copy)
    assert (a["title"], a["published_time"]) == (
        "朝鲜啦啦队现身平昌冰球赛场 整齐助威引全场关注",
        "21:36",
    )
    assert a["outlet"].startswith("环球") and a["tags"] == ["冬奥会", "啦啦队", "朝鲜"]
    assert a["body"].strip() == _STORY


def test_a_long_reads_credits_a_role_a_line():
    """A feature's credits a role a line (文字 陳以樂 / 攝影 林均翰 / 責任編輯 吳雅婷) between its
    deck and its date: the writer is the author, the other roles go, and the headline is still
    found over them; its licence (本文依 CC 創用…) and a non-profit's appeal end the story."""
    copy = f"""報導者 The Reporter
首頁
國際兩岸
搜尋

應援棒照亮汝矣島：南韓戒嚴風暴中的年輕女性

12月3日深夜，尹錫悅宣布緊急戒嚴，南韓社會一夕震盪。她們如何把追星的語言變成政治表態的工具？

文字 陳以樂
攝影 林均翰
設計 黃子晴
責任編輯 吳雅婷

2024/12/20
字級
書籤

{_TW_TEXT}

本文依 CC 創用姓名標示－非商業性－禁止改作 3.0 台灣授權條款釋出

獨立的深度調查報導需要你的力量。用行動支持報導者，成為定期定額贊助者。
"""
    a = _one_raw("twreporter.txt", copy)
    assert (a["title"], a["author"]) == ("應援棒照亮汝矣島：南韓戒嚴風暴中的年輕女性", "陳以樂")
    assert "林均翰" not in a["body"] and "書籤" not in a["body"]
    assert a["body"].rstrip().endswith(_TW_STORY[-1])
    clip = f"""---
title: 逃離之後
source: https://www.twreporter.org/a/defectors
---
# 逃離之後

文字 [許雅晴](https://www.twreporter.org/author/xuyaqing)
攝影 [鄭宇辰](https://www.twreporter.org/author/zhengyuchen)

{_TW_TEXT}

### 用行動支持報導者

《報導者》是非營利網路媒體，需要您的支持。
"""
    a = _one_raw("clip.md", clip)
    assert a["author"] == "許雅晴" and a["body"].strip() == _TW_TEXT
    page = f"""<html><body><article><h1>逃離之後</h1>
<p>文字 <a href="/author/x">許雅晴</a><br>攝影 <a href="/author/y">鄭宇辰</a></p>
{"".join(f"<p>{p}</p>" for p in _TW_STORY)}</article></body></html>"""
    a = _one_raw("page.html", page)
    assert a["author"] == "許雅晴" and "鄭宇辰" not in a["body"]


def test_a_wechat_article_copied_as_text():
    """A WeChat article copied as text: 原创, the writer and the account printed twice under the
    headline, the account's card (its motto, 5282篇原创内容, 公众号) under the date; the credits,
    the note of first publication, the editors, a job ad and 大家都在看 are not the story. A
    repost (转载 on its own line) names its outlet under it (来源：环球时报)."""
    copy = f"""延边的村子里，只剩下老人和一条狗
原创 刘珂 三联生活周刊 三联生活周刊
 2024年01月16日 18:30 北京

三联生活周刊
一本杂志和他倡导的生活方式
5282篇原创内容
公众号

摄影｜张雷

（本文原载于《三联生活周刊》2024年3期，原文标题《图们江边的空村》）

{_STORY}

排版：小雅 / 审核：然木

招聘 | 三联生活周刊招聘新媒体编辑、视频编导

大家都在看

在首尔，一个中国留学生的“考公”焦虑
"""
    a = _one_raw("wechat.txt", copy)
    assert (a["title"], a["author"], a["outlet"]) == (
        "延边的村子里，只剩下老人和一条狗",
        "刘珂",
        outlet_for_name("三联生活周刊"),
    )
    assert (a["published"], a["published_time"]) == ("2024-01-16", "18:30")
    assert a["body"].strip() == _STORY
    repost = f"""204票赞成！韩国国会通过总统尹锡悦弹劾案
转载
东北亚时评 东北亚时评
2024年12月14日 19:40 辽宁

来源：环球时报

{_STORY}
"""
    a = _one_raw("repost.txt", repost)
    assert a["outlet"].startswith("环球时报") and a["body"].strip() == _STORY


def test_a_byline_over_the_papers_name_in_a_copy():
    """劉靜君∕綜合報導 over 中國時報 under the headline: the writer and the paper, not text."""
    copy = f"文在寅當選南韓總統 得票率41％\n2017年05月10日 04:10\n劉靜君∕綜合報導\n中國時報\n\n{_TW_TEXT}\n"
    a = _one_raw("chinatimes.txt", copy)
    assert a["author"] == "劉靜君" and a["outlet"].startswith("中時")
    assert a["body"].strip() == _TW_TEXT


def test_a_wechat_article_copied_with_its_row_and_day_on_one_line():
    """A WeChat copy whose writer, account, day and place share a line (原创 林子墨 东北亚观察
    2023-07-13 09:30 发表于辽宁), over the collections it is in (收录于合集 / #朝鲜半岛 128个):
    the writer, the account as outlet, the day; the collections are its tags; the pictures'
    places (图片) and a caption under ▲ are no headings or text of the story's."""
    first, second = _STORY.split("\n\n")[:2]
    copy = (
        "朝鲜再射火星-18，飞行74分钟创纪录\n原创 林子墨 东北亚观察 2023-07-13 09:30 发表于辽宁\n"
        f"收录于合集\n#朝鲜半岛 128个\n#导弹 37个\n\n图片\n\n{first}\n\n图片\n▲朝中社13日发布的导弹发射画面\n\n{second}\n"
    )
    a = _one_raw("wx.txt", copy, "gb18030")
    assert (a["author"], a["outlet"], a["published_time"]) == ("林子墨", "东北亚观察", "09:30")
    assert a["tags"] == ["朝鲜半岛", "导弹"]
    assert a["body"].startswith(first[:10]) and "图片" not in a["body"] and "##" not in a["body"]


def test_a_weibo_post_copied_as_text_ends_at_its_collapse_button():
    """A Weibo page copied as text: the menu, the account, its stamp (24-12-14 17:21 来自 …),
    the post, then 收起, the counts and the comments with their own stamps. The post is the
    article; its closing topic and video label (#尹锡悦被弹劾# 中国新闻网的微博视频) are a tag
    and no text; the counts and comments are not the post's."""
    first, second = _STORY.split("\n\n")[:2]
    copy = (
        "微博\n首页\n视频\n热门\n消息\n中国新闻网\n返回\n中国新闻网\n24-12-14 17:21 来自 微博视频号 已编辑\n"
        f"【#韩国国会通过总统尹锡悦弹劾案#】{first}\n\n{second}#尹锡悦被弹劾# 中国新闻网的微博视频\n收起\n"
        "2.3万次观看\n 1523\n 3866\n 4.2万\n发布\n按热度\n按时间\n评论\n小鹿乱撞的猫咪酱\n半岛局势真是一波三折\n"
        "24-12-14 17:25 来自北京\n回复\n3028\n"
    )
    a = _one_raw("weibo.txt", copy)
    assert (a["title"], a["published"], a["published_time"]) == (
        "韩国国会通过总统尹锡悦弹劾案",
        "2024-12-14",
        "17:21",
    )
    assert "尹锡悦被弹劾" in a["tags"]
    assert a["body"].rstrip().endswith(second) and "一波三折" not in a["body"]


def test_a_wechat_page_keeps_its_text_and_its_end_mark_ends_it():
    """A saved WeChat page: the text is #js_content's (not the account's name and hidden card
    over it); —END— ends the story, with the credits and the reprint note under it."""
    page = f"""<html><head><script>var nickname = htmlDecode("半岛视界");</script></head><body>
<div id="img-content" class="rich_media_wrp"><h1 class="rich_media_title">一夜戒严又解除</h1>
<div id="meta_content" class="rich_media_meta_list"><span>原创</span>
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">半岛视界</a>
<div class="profile_container" style="display:none;"><strong class="profile_nickname">半岛视界</strong>
<p>功能介绍 立足北京，关注朝鲜半岛。</p></div></span>
<em id="publish_time">2024年12月4日 08:15</em></div>
<div class="rich_media_content" id="js_content">
{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}
<p>—END—</p><section><p>作者：林晓舟</p><p>本文为半岛视界原创，转载请在后台留言授权。</p></section>
</div></div></body></html>"""
    a = _one_raw("wx.html", page)
    assert a["outlet"] == "半岛视界" and a["body"].strip() == _STORY


def test_a_portal_accounts_meta_row_and_crumbs():
    """网易号: the row under the headline with a drawn icon (ipLocation.svg) and the city, and the
    comment counter (0跟贴 0参与), are not the story; the crumbs end at 正文 (申请入驻 after it
    is the platform's link, not the section)."""
    page = f"""<html><body><div class="post_crumb"><a href="https://www.163.com/">网易首页</a> &gt;
<a href="https://www.163.com/dy/">网易号</a> &gt; 正文 <a href="https://mp.163.com/">申请入驻</a></div>
<div class="post_main"><h1 class="post_title">普京时隔24年再访朝鲜</h1>
<div class="post_info">2024-06-20 21:06:33　来源: <a href="https://www.163.com/dy/media/T1.html">观察者网</a>
<img src="https://static.ws.126.net/images/ipLocation.f6d00eb.svg" />上海</div>
<div class="post_top_tie"><a>0</a><span>跟贴</span> <a>0</a><span>参与</span></div>
<div class="post_body"><p>【文/观察者网 邵文卓】</p>
{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</div></div></body></html>"""
    a = _one_raw("163.html", page)
    assert a["category"] == "网易号" and a["author"] == "邵文卓"
    assert a["body"].strip() == _STORY and not a["images"]


def test_hot_keywords_and_a_plug_between_stars():
    """自由時報: 熱門關鍵字： labels its tag links (#尹錫悅, the mark dropped); ☆…☆ is a plug."""
    page = f"""<html><body><div class="text boxTitle">
{"".join(f"<p>{p}</p>" for p in _TW_STORY)}
<p class="before_ir">☆自由時報電子報提醒您，想了解更多國際即時新聞，請追蹤自由時報國際新聞粉絲團☆</p>
<div class="keyword boxTitle"><span>熱門關鍵字：</span>
<a href="https://news.ltn.com.tw/topic/尹錫悅">#尹錫悅</a> <a href="https://news.ltn.com.tw/topic/南韓戒嚴">#南韓戒嚴</a>
</div></div></body></html>"""
    a = _one_raw("ltn.html", page)
    assert a["tags"] == ["尹錫悅", "南韓戒嚴"] and a["body"].strip() == _TW_TEXT


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("摄影｜张雷", True),  # a picture credit alone on its line
        ("（本文原载于《三联生活周刊》2024年3期，原文标题《图们江边的空村》）", True),
        ("排版：小雅 / 审核：然木", True),  # editors, a slash between them
        ("招聘 | 三联生活周刊招聘新媒体编辑、视频编导", True),
        ("书签", True),
        ("0跟贴 0参与", True),
        ("点赞1.2k评论328", True),  # a platform's counters
        ("大家都在搜：尹锡悦弹劾案 韩国国会投票 韩东勋辞职", True),  # a portal's search suggestions
        ("摄影师张雷说，他在江边等了三个小时。", False),
    ],
)
def test_credits_notes_and_buttons_are_furniture(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) is furniture


def test_readers_responses_and_hot_briefs_end_a_copy():
    """讀者迴響 (the readers' responses) and 熱門快報 under the story end it."""
    copy = f"李在明當選南韓總統\n2025年06月04日 06:12\n\n{_TW_TEXT}\n\n讀者迴響\n\n熱門快報\n\n梅雨鋒面再報到　周末北台灣轉濕涼\n"
    a = _one_raw("ettoday.txt", copy)
    assert a["body"].strip() == _TW_TEXT


def test_site_names_after_a_full_width_dash_or_on_a_reader_views_headline():
    """<title> 川金會破局－中時電子報 (a full-width dash) and a reader view's h1 that is the page's
    title (…｜星島日報) lose the site's name; a headline's own dashes stay; a byline row naming
    two reporters before the slash (王嘉源、吳美玲∕綜合報導) names both; a reader view's credits
    line names the writer, and its date may print the time first (06:30 2025-06-04 HKT)."""
    from peninsula.formats.html import title_without_site

    assert (
        title_without_site("川金會破局 未簽協議提前散場－中時電子報")
        == "川金會破局 未簽協議提前散場"
    )
    assert title_without_site("美朝峰会－特朗普－金正恩") == "美朝峰会－特朗普－金正恩"
    assert author_from_header("王嘉源、吳美玲∕綜合報導") == "王嘉源、吳美玲"
    page = f"""<html><body><h1 class="reader-title">李在明當選南韓第21任總統｜星島日報</h1>
<div class="credits reader-credits">星島記者 梁子謙</div>
<div class="time"><span>發佈時間：06:30 2025-06-04 HKT</span></div>
<div class="content">{"".join(f"<p>{p}</p>" for p in _TW_STORY)}<p>▼南韓大選點票實況▼</p></div>
</body></html>"""
    a = _one_raw("reader.html", page)
    assert (a["title"], a["author"]) == ("李在明當選南韓第21任總統", "梁子謙")
    assert (a["published"], a["published_time"]) == ("2025-06-04", "06:30")
    assert a["body"].strip() == _TW_TEXT


def test_a_copy_under_a_masthead_and_a_menu_with_the_days_date():
    """A page copied under its research note (原文链接：…): a sign-in row ending in the day's date,
    the paper's name with its Latin one (国际日报 Guoji Ribao) and a tab menu are chrome over the
    headline; the labelled address is the article's."""
    copy = f"""原文链接：https://www.guojiribao.com/shtml/gjrb/20241121/1289345.shtml
保存时间：2024-11-25 09:30

登录 | 注册 | 订阅电子报\t\t2024年11月25日 星期一
国际日报 Guoji Ribao
首页\t印尼新闻\t国际新闻\t中国新闻\t东盟\t财经\t社会\t体育\t副刊\t视频

当前位置：首页 > 印尼新闻 > 政治

印尼与韩国就KF-21战机分摊款达成协议 印尼份额降至6000亿韩元

2024-11-21 14:05 WIB   来源：国际日报   文／黄振华

{_STORY}
"""
    a = _one_raw("gjrb.txt", copy)
    assert a["title"] == "印尼与韩国就KF-21战机分摊款达成协议 印尼份额降至6000亿韩元"
    assert (a["published"], a["author"]) == ("2024-11-21", "黄振华")
    assert a["url"] == "https://www.guojiribao.com/shtml/gjrb/20241121/1289345.shtml"
    assert a["body"].strip() == _STORY


def test_a_news_apps_share_and_a_pages_topic_words():
    """An app's share: 【now新聞】 before the headline names the outlet; the row 國際 ｜ 2小時前 ｜
    date gives the section and the date; the channel's plug, the app's note and the address under
    it are not the story (the related label left without titles goes too). A page's topic words
    a word a line over its related list are tags; a prompt to follow a WhatsApp channel is
    furniture."""
    share = f"""【now新聞】北韓首度證實派兵俄羅斯 金正恩稱履行同盟條約義務

國際 ｜ 2小時前 ｜ 2025-04-28 13:05

{_TW_TEXT}

相關新聞：
📺 now新聞台 第332台 24小時直播

https://news.now.com/home/international/player?newsId=602187

— 經 now新聞 App 分享
"""
    a = _one_raw("now.txt", share)
    assert (a["title"], a["category"]) == (
        "北韓首度證實派兵俄羅斯 金正恩稱履行同盟條約義務",
        "國際",
    )
    assert (a["published"], a["published_time"]) == ("2025-04-28", "13:05")
    assert a["url"] == "https://news.now.com/home/international/player?newsId=602187"
    assert a["outlet"].startswith("Now") and a["body"].strip() == _TW_TEXT
    first, second, third = _TW_STORY
    copy = f"""即時國際
北韓炸毀京義線及東海線南北連接道路 南韓軍隊開火警告
撰文：李穎欣
出版：2024-10-15 12:48

{first}

📣 最新消息！即追蹤「香港01」WhatsApp Channel，緊貼國際大事👉 https://whatsapp.com/channel/0029Va

{second}

{third}

北韓
南韓
金正恩

相關文章
北韓指南韓無人機三度入侵平壤 揚言「隨時發動攻擊」
3小時前
"""
    a = _one_raw("hk01.txt", copy)
    assert a["tags"] == ["北韓", "南韓", "金正恩"]
    assert _plain_body(a).split("\n\n## ")[0] == _TW_TEXT
    assert is_boilerplate("有線新聞 第109台") and not is_boilerplate("他在第3台上发言。")


def test_a_nexis_export_with_the_vendors_footer_after_its_last_document():
    """Nexis Uni prints its footer (| About LexisNexis | …) after the last End of Document."""
    raw = (OTHER / "nexis_export.txt").read_text("utf-8")
    raw += (
        "\n| About LexisNexis | Privacy Policy | Terms & Conditions | Copyright © 2024 LexisNexis\n"
    )
    assert len(convert("nexis.txt", raw.encode())["articles"]) == 2


def test_a_wisenews_export_with_its_fields_unlabelled():
    """WiseNews's other layout: 明報 | 2024-01-17, then 報章 | A20 | 國際 | By 明報記者 林嘉欣, the
    headline, 字數, the text, 文章編號 and the copyrights; the vendor's footer after the last."""
    first, second = _TW_STORY[0], _TW_STORY[1]
    rule = "-" * 64
    raw = f"""WiseNews 慧科新聞  ─  全文下載
{"=" * 64}
下載日期: 2024-01-18 10:42 (HKT)
{"=" * 64}

文件 1 / 2
{rule}
明報 | 2024-01-17
報章 | A20 | 國際 | By 明報記者 林嘉欣

金正恩倡修憲 列南韓為「頭號敵國」

字數：1,132

{first}

{second}

文章編號: 202401170040061
本內容經慧科的電子服務提供，當中所有的資料均受知識產權法例保護。
© 2024 明報. 版權所有


文件 2 / 2
{rule}
环球时报 | 2024-01-17
報章 | 第02版 | 国际 | By 环球时报驻韩国特约记者 张静 环球时报记者 刘洋

朝鲜撤销对韩机构 半岛局势再添变数

字數：1,046

{_STORY}

文章編號: 202401170200027

{"=" * 64}
© 2024 Wisers Information Limited. 版權所有，翻印必究。
"""
    a, b = convert("wisenews.txt", raw.encode())["articles"]
    assert (a["title"], a["published"], a["author"], a["category"]) == (
        "金正恩倡修憲 列南韓為「頭號敵國」",
        "2024-01-17",
        "林嘉欣",
        "國際",
    )
    assert a["outlet"].startswith("明報") and a["body"].strip() == f"{first}\n\n{second}"
    assert (b["author"], b["body"].strip()) == ("张静、刘洋", _STORY)


def test_a_wisenews_export_with_the_paper_and_day_a_line_each():
    """WiseNews's unlabelled layout with the paper over the day (明報 / 2017-09-04) and a
    translator's byline (By 編譯 李思敏): one article per document, as with 明報 | 2017-09-04."""
    first, second, third = _TW_STORY
    rule = "=" * 72
    docs = [
        ("明報", "報章 | A02 | 要聞 | ", "北韓第六次核試 稱試爆氫彈成功", first),
        ("星島日報", "報章 | A12 | 國際 | By 編譯 李思敏", "南韓估威力50千噸", second),
    ]
    raw = f"慧科電子新聞 WiseNews\n{rule}\n列印日期：2024-04-18 15:32\n已選文件：2 篇\n{rule}\n\n"
    raw += "".join(
        f"文件 {n} / 2\n\n{paper}\n2017-09-04\n{place}\n{title}\n字數：812\n\n{text}\n\n{third}\n\n"
        f"文章編號: 20170904003001{n}\n\n本內容經慧科的電子服務提供。\n\n{rule}\n\n"
        for n, (paper, place, title, text) in enumerate(docs, 1)
    )
    a, b = convert("wisenews.txt", raw.encode("big5"))["articles"]
    assert (a["title"], a["published"], a["author"]) == (
        "北韓第六次核試 稱試爆氫彈成功",
        "2017-09-04",
        None,
    )
    assert a["outlet"].startswith("明報") and a["body"].strip() == f"{first}\n\n{third}"
    assert (b["title"], b["author"], b["category"]) == ("南韓估威力50千噸", "李思敏", "國際")
    assert b["outlet"].startswith("星島")


def test_a_wisenews_print_with_its_documents_between_rules():
    """WiseNews's print of the unlabelled layout with no "文件 1 / 2" lines: a cover with the
    list of documents, then each document between rules. A web item's row names its writer
    (網站 | 即時國際 | 撰文：梁俊傑), its paper may have digits (香港01), and its word count sits
    over its document number; the cover and the vendor's footer are no articles."""
    first, second, third = _TW_STORY
    rule = "-" * 80
    raw = (
        "慧科新聞搜索 WiseSearch\n用戶: lib-0381\n列印日期: 2025-01-08 15:42\n文章總數: 2\n\n"
        "1. 北韓第六次核試 (明報 2017-09-04)\n2. 南韓宣布戒嚴 (香港01 2024-12-04)\n\n"
        f"{rule}\n明報 | 2017-09-04\n報章 | A12 | 國際 | \n北韓第六次核試\n\n{first}\n\n{second}\n\n"
        f"字數: 1,061\n文章編號: 201709040320045\n\n本內容經慧科的電子服務提供，不得轉載。\n\n"
        f"{rule}\n香港01 | 2024-12-04\n網站 | 即時國際 | 撰文：梁俊傑\n南韓宣布戒嚴\n\n{third}\n\n"
        f"字數: 1,352\n文章編號: 202412040100382\n\n本內容經慧科的電子服務提供，不得轉載。\n"
        f"{rule}\n慧科訊業有限公司 版權所有 (C) 2025\n"
    )
    a, b = convert("wisenews.txt", raw.encode("big5"))["articles"]
    assert (a["title"], a["published"], a["category"]) == ("北韓第六次核試", "2017-09-04", "國際")
    assert a["outlet"].startswith("明報") and a["body"].strip() == f"{first}\n\n{second}"
    assert (b["title"], b["author"], b["category"]) == ("南韓宣布戒嚴", "梁俊傑", "即時國際")
    assert b["outlet"].startswith("香港01") and b["body"].strip() == third


def test_a_wisenews_export_with_each_documents_fields_in_one_row():
    """WiseNews's search export numbering its documents 文件 1 之 2, each under one row of
    fields (環球時報 | 2017-09-04 | 第01版 | 要聞 | 字數：607 |), its headline and its
    writers: one article each, its section the row's, the word count none."""
    rule = "=" * 72
    raw = f"WiseNews 慧科新聞搜索\n列印日期：2018-03-20\n文章總數：2\n\n{rule}\n\n"
    docs = [
        ("環球時報", "2017-09-04", "要聞", "朝鮮宣布氫彈試驗成功", "作者：張靜怡\n\n"),
        ("參考消息", "2017-09-05", "國際", "韓美取消彈頭重量上限", ""),
    ]
    raw += "".join(
        f"文件 {n} 之 2\n\n{paper} | {day} | 第0{n}版 | {section} | 字數：607 | \n{title}\n{byline}"
        f"{chr(10).join(_TW_STORY)}\n\n文章編號：20170904370231{n}\n本內容經慧科的電子服務提供。\n\n{rule}\n\n"
        for n, (paper, day, section, title, byline) in enumerate(docs, 1)
    )
    a, b = convert("wisenews.txt", raw.encode("big5"))["articles"]
    assert [(x["title"], x["published"], x["category"]) for x in (a, b)] == [
        ("朝鮮宣布氫彈試驗成功", "2017-09-04", "要聞"),
        ("韓美取消彈頭重量上限", "2017-09-05", "國際"),
    ]
    assert a["author"] == "張靜怡" and a["outlet"].startswith("环球时报")
    assert b["body"] == "\n\n".join(_TW_STORY) + "\n"


def test_a_wisenews_clipping_printed_to_pdf_and_copied():
    """WiseNews's clipping service printed to PDF and copied as text: a cover with its
    contents, then each page under the running head (WiseNews 慧科新聞) and over the vendor's
    notice and page number, its lines wrapped at a fixed width. One article per document
    (明報 / 2018-04-28 / 報章 / A02 | 要聞 | By 何雅雯 / headline / 字數), its paragraphs
    whole again, also where a page broke one; the notices, numbers and cover are none."""

    def wrapped(paragraph: str) -> str:  # a PDF's lines: 36 characters wide
        return "\n".join(paragraph[k : k + 36] for k in range(0, len(paragraph), 36))

    paragraphs = [p * 4 for p in _TW_STORY]
    notice = "本內容經慧科的電子服務提供。本文件只供參考用，未經版權持有人的明確授權，不得複製。"
    page = "\n\n{notice}\n第 {n} 頁，共 3 頁\n\f WiseNews 慧科新聞\n\n"
    first = wrapped(paragraphs[0])
    cut = first.index("\n", 80)  # (the page breaks after the third line of the first paragraph)
    raw = (
        "WiseNews 慧科新聞                       剪報服務\n\n剪報日期：2018-04-28\n共 2 篇\n\n"
        "序號  標題                            來源      日期\n"
        "1     文金簽《板門店宣言》               明報      2018-04-28\n"
        + page.format(notice=notice, n=1)
        + "明報\n2018-04-28\n報章\nA02 | 要聞 | 南北韓首腦會談 | By 何雅雯\n文金簽《板門店宣言》\n字數：1,106\n\n"
        + first[:cut]
        + page.format(notice=notice, n=2)
        + first[cut + 1 :]
        + "\n\n"
        + wrapped(paragraphs[1])
        + "\n\n文章編號: 201804280040012\nCopyright 2018 明報報業有限公司. 版權所有。\n"
        + page.format(notice=notice, n=3)
        + "星島日報\n2018-04-28\n報章\nA14 | 國際 | 綜合報道\n金正恩笑言不再打擾文在寅清晨\n字數：827\n\n"
        + wrapped(paragraphs[2])
        + "\n\n文章編號: 201804280030147\n\n"
        + notice
        + "\n第 3 頁，共 3 頁\n"
    )
    a, b = convert("wisers.txt", raw.encode("big5"))["articles"]
    assert (a["title"], a["published"], a["author"], a["category"]) == (
        "文金簽《板門店宣言》",
        "2018-04-28",
        "何雅雯",
        "南北韓首腦會談",
    )
    assert a["outlet"].startswith("明報") and a["body"] == f"{paragraphs[0]}\n\n{paragraphs[1]}\n"
    assert (b["title"], b["body"]) == ("金正恩笑言不再打擾文在寅清晨", paragraphs[2] + "\n")


def test_a_papers_database_record_with_its_fields_in_brackets():
    """A newspaper database's record (中国重要报纸全文数据库): 【篇名】, 【作者】, 【报纸名称】,
    【报纸日期】, 【栏目】, then 【正文】 and the text; the fields after the text (【下载次数】,
    【全文来源】) and the similar records under a rule are not the article's. Two records, two
    articles."""

    def record(title: str, writer: str, text: str) -> str:
        return (
            f"【篇名】{title}\n【副篇名】承诺实现半岛完全无核化\n【作者】{writer}\n【报纸名称】光明日报\n"
            f"【报纸日期】2018-04-28\n【版号】012\n【栏目】国际新闻\n【分类号】D831.2\n"
            f"【关键词】朝韩首脑会谈;板门店宣言\n【正文】\n　　{text}\n【下载次数】213\n"
            "【全文来源】光明日报2018年4月28日第12版\n" + "─" * 30 + "\n"
        )

    raw = (
        "中国重要报纸全文数据库\n"
        + record("朝韩领导人签署《板门店宣言》", "张亦恒", _STORY)
        + record("半岛和平进程迈出一步", "李明", _STORY)
        + "【相似文献】\n[1]朝韩首脑时隔11年再次会晤.人民日报,2018-04-28\n"
        + "─" * 30
        + "\n"
        "© 中国学术期刊（光盘版）电子杂志社有限公司 中国知网 www.cnki.net\n"
    )
    a, b = convert("cnki.txt", raw.encode("gb18030"))["articles"]
    assert (a["title"], a["published"], a["author"], a["category"]) == (
        "朝韩领导人签署《板门店宣言》",
        "2018-04-28",
        "张亦恒",
        "国际新闻",
    )
    assert a["outlet"].startswith("光明日报") and a["body"].strip() == _STORY
    assert (b["title"], b["author"], b["body"].strip()) == ("半岛和平进程迈出一步", "李明", _STORY)


def test_a_news_databases_csv_under_its_search_lines():
    """A news database's CSV under its title and search lines, its paper under 報別 and its
    text under 內文; ROC dates (114/06/04)."""
    cell = _TW_TEXT.replace('"', '""')
    raw = f"""台灣新聞智慧網 檢索結果匯出
檢索條件：李在明 AND 大選　匯出時間：114/06/05 17:02

序號,標題,報別,日期,版次,版名,作者,字數,內文
1,李在明當選南韓第21屆總統,中國時報,114/06/04,A10,國際新聞,記者蔡佳芸／綜合報導,1086,"{cell}"
2,李在明勝選 韓股、韓元同步走強,工商時報,114/06/04,A6,全球財經,記者王小明／綜合報導,800,"{cell}"
"""
    a, b = convert("export.csv", raw.encode("utf-8-sig"))["articles"]
    assert (a["title"], a["published"], a["author"]) == (
        "李在明當選南韓第21屆總統",
        "2025-06-04",
        "蔡佳芸",
    )
    assert a["outlet"].startswith("中時") and a["body"].strip() == _TW_TEXT


def test_a_cnki_full_text_export_of_several_records():
    """CNKI's custom export with the full text (Windows line ends): each record's fields, its
    summary (the lead cut short: …), then 正文： over the text, the records parted by a
    numbered rule (---  第2条  ---); the database's notice under the last is no text."""

    def record(title: str, paper: str, day: str, text: str) -> str:
        return (
            f"SrcDatabase-来源库：中国重要报纸全文数据库\nTitle-题名：{title}\nAuthor-作者：于国;\n"
            f"Source-报纸：{paper}\nPubTime-日期：{day}\nColumn-版名：国际\n"
            f"Summary-摘要：{text[:20]}……\nDOI-DOI：10.28655/n.cnki.nrmrb.2018.009874\n\n"
            f"正文：\n　　{text}\n　　{_TWO_PARAGRAPHS[1]}\n\n"
        )

    rule = "-" * 41
    raw = (
        "中国知网（CNKI）文献导出\n导出格式：自定义（全文）\n导出时间：2021-03-22 14:06:51\n\n"
        f"{rule}  第1条  {rule}\n"
        + record("朝韩举行首脑会谈", "光明日报", "2018-09-20", _TWO_PARAGRAPHS[0])
        + f"{rule}  第2条  {rule}\n"
        + record("朝鲜炸毁联络办公室", "经济日报", "2020-06-17", _TWO_PARAGRAPHS[0])
        + "本文献由中国知网提供，仅供个人学习研究使用，请勿用于商业用途。\n© 中国学术期刊（光盘版）电子杂志社有限公司\n"
    )
    first, second = convert("cnki.txt", raw.replace("\n", "\r\n").encode("gb18030"))["articles"]
    assert (first["title"], first["published"], first["category"]) == (
        "朝韩举行首脑会谈",
        "2018-09-20",
        "国际",
    )
    assert second["outlet"].startswith("经济日报") and second["published"] == "2020-06-17"
    for a in (first, second):
        assert a["body"].strip() == "\n\n".join(_TWO_PARAGRAPHS)


def test_a_cnki_field_export_with_its_reading_view_copied():
    """CNKI's field export (Title-题名: …, Author-作者: 王若曦;赵一鸣;) under its search lines,
    the reading view copied under a marked rule: the fields are the record's, the copy's edition
    line, related list and phone prompts are not the text."""
    raw = f"""中国知网 CNKI · 中国重要报纸全文数据库 —— 导出/参考文献
检索式：(主题=中日韩 AND 主题=自贸)
导出时间：2024-07-03 16:20:11

SrcDatabase-来源库: 报纸
Title-题名: 中日韩合作重回正轨 自贸谈判有望提速
Author-作者: 王若曦;赵一鸣;
Source-报纸中文名: 经济日报
PubTime-发表时间: 2024-05-28
Column-栏目: 国际
Keyword-关键词: 中日韩领导人会议;RCEP;
Summary-摘要: 时隔4年多……

=============== 以下为“HTML阅读”页面复制 2024-07-03 ===============

经济日报 / 2024-05-28 / 第004版：国际

{_STORY}

相关报纸文章
  1. 中日韩领导人会议时隔四年在首尔举行  人民日报  2024-05-28

手机阅读本文
"""
    a = _one_raw("cnki.txt", raw)
    assert (a["title"], a["published"], a["outlet"], a["author"], a["category"]) == (
        "中日韩合作重回正轨 自贸谈判有望提速",
        "2024-05-28",
        "经济日报",
        "王若曦、赵一鸣",
        "国际",
    )
    assert a["tags"] == ["中日韩领导人会议", "RCEP"]
    assert _plain_body(a).split("\n\n## ")[0] == _STORY and "手机" not in a["body"]


def test_a_factiva_print_view_saved_as_a_page():
    """Factiva's print view saved as a page: its tools and list of headlines, then each story
    as a block of its fields (headline, the publication in the writer's place, word count, day,
    time, source, code, language, copyright), its paragraphs and its document number, then the
    search summary. One article per story; the fields are not its text."""

    def story(n: int, headline: str, paper: str, code: str) -> str:
        paragraphs = "".join(
            f'<p class="articleParagraph zhcnarticleParagraph">{p}</p>' for p in _TWO_PARAGRAPHS
        )
        return (
            f'<a name="article-{n}"></a><div class="article zhcnArticle"><p></p>'
            f'<div id="hd"><span class="zhcnHeadline">{headline}</span></div>'
            f'<div class="author">{paper}</div><div>1,003 字</div><div>2022年10月4日</div>'
            f"<div>11:02</div><div>{paper}</div><div>{code}</div><div>中文(简体)</div>"
            f"<div>版权所有 2022 {paper}。</div>{paragraphs}<p></p>"
            f"<div>文件 {code}0020221004eia4000b{n}</div></div><br>"
        )

    page = (
        '<html><head><title>Factiva</title></head><body class="printBody zhcn">'
        '<div id="printHeader"><a href="javascript:window.print()">打印</a> | '
        '<a href="#" class="rtf">下载为 RTF</a></div><table class="headlineList"><tr><td>1.</td>'
        '<td><a href="#article-1">朝鲜导弹飞越日本</a> 日经中文网, 2022年10月4日, 11:02, 1,003 字</td>'
        '</tr></table><hr><div id="articleFrame">'
        + story(1, "朝鲜导弹飞越日本", "日经中文网", "NIKKCN")
        + story(2, "日本发布导弹警报", "中国新闻社", "CHNNEW")
        + '</div><div id="printFooter"><p>检索摘要</p><table><tr><td>时间戳</td>'
        "<td>2022年10月5日 16:03</td></tr></table><p>© 2022 Factiva, Inc. 保留所有权利。</p></div>"
        "</body></html>"
    )
    first, second = convert("factiva.htm", page.encode())["articles"]
    assert (first["title"], first["published"], first["published_time"]) == (
        "朝鲜导弹飞越日本",
        "2022-10-04",
        "11:02",
    )
    assert first["outlet"].startswith("日经中文网") and first["author"] is None
    assert second["title"] == "日本发布导弹警报" and second["outlet"].startswith("中国新闻网")
    for a in (first, second):
        assert a["body"].strip() == "\n\n".join(_TWO_PARAGRAPHS)


def test_a_factiva_full_record_with_its_codes():
    """Factiva's full record (HD, BY, WC, PD, ET, SN, LP, TD, NS, AN…), as a page or as text:
    the headline, writer, day and time, source and the text; the index is the database's."""
    lead, *rest = _STORY.split("\n\n")
    rows = [("HD", "普京时隔24年再访平壤"), ("BY", "何惠平"), ("WC", "1,184 字")]
    rows += [("PD", "2024年6月20日"), ("ET", "05:12"), ("SN", "联合早报"), ("LP", lead)]
    rows += [("TD", "</p><p>".join(rest)), ("NS", "gdip : 国际关系"), ("AN", "文件 LHZB0000")]
    page = (
        "<html><body><table>"
        + "".join(
            f'<tr><td class="index"><b>{c}</b>&nbsp;</td><td><p class="articleParagraph">{v}</p></td></tr>'
            for c, v in rows
        )
        + "</table></body></html>"
    )
    for name, raw in [
        ("f.html", page),
        ("f.txt", "\n".join(f"{c}   {v}" for c, v in rows).replace("</p><p>", "\n")),
    ]:
        a = _one_raw(name, raw)
        assert (a["title"], a["author"], a["published"], a["published_time"]) == (
            "普京时隔24年再访平壤",
            "何惠平",
            "2024-06-20",
            "05:12",
        ), name
        assert a["outlet"].startswith("联合早报") and a["body"].strip() == _STORY, name


def test_closing_credits_of_several_writers_and_a_row_of_topic_words():
    """（总台记者 孙立伟 刘婧） closing the story names the outlet and both writers (editors after
    them are not writers); 姜泰浩、朴宥美 记者 under it names both; a row of topic words under the
    story (李在明 南韓大選 金文洙) is its tags; 正文已结束… ends it and 相关搜索： gives tags."""
    credit, body, writer = source_credit(f"{_STORY}\n\n（总台记者 孙立伟 刘婧）\n")
    assert (credit.startswith("央视"), body.strip(), writer) == (True, _STORY, "孙立伟、刘婧")
    _, _, writer = source_credit(f"{_STORY}\n\n（新京报记者 陈曦 编辑 王琳 校对 刘军）\n")
    assert writer == "陈曦"
    page = f"""<html><body><h1>南韓大選</h1><div class="article">
{"".join(f"<p>{p}</p>" for p in _TW_STORY)}<p>姜泰浩、朴宥美 记者</p><p>李在明 南韓大選 金文洙 尹錫悅</p>
</div></body></html>"""
    a = _one_raw("p.html", page)
    assert (a["author"], a["tags"]) == (
        "姜泰浩、朴宥美",
        ["李在明", "南韓大選", "金文洙", "尹錫悅"],
    )
    assert a["body"].strip() == _TW_TEXT
    qq = f"""<html><body><h1>萨德</h1><div class="article">
{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}
<p>正文已结束，您可以按alt+4进行评论</p>
<div>相关搜索：<a href="#">萨德</a> <a href="#">乐天</a> <a href="#">朴槿惠</a></div></div></body></html>"""
    a = _one_raw("qq.html", qq)
    assert a["body"].strip() == _STORY and a["tags"] == ["萨德", "乐天", "朴槿惠"]


def test_archived_copies_name_the_original_address():
    """A Wayback capture's original address is its toolbar's (wmtbURL), not the first archived
    file the page loads (its style sheet); archive.today's header field "Saved from" names the
    original; a clipper's source that is an archive's address holding the original gives both."""
    stamp = "20090406021533"
    original = "http://www.chinanews.com.cn/gj/ytxw/news/2009/04-05/1632711.shtml"
    body = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    wayback = f"""<html><head><link href="http://web.archive.org/web/{stamp}cs_/http://www.chinanews.com.cn/css/content.css" rel="stylesheet">
</head><body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp"><form name="wmtb" id="wmtb">
<input type="text" name="url" id="wmtbURL" value="{original}"></form></div>
<!-- END WAYBACK TOOLBAR INSERT --><h1>朝鲜发射卫星</h1>
<a href="/web/{stamp}/http://www.chinanews.com.cn/">首页</a>{body}</body></html>"""
    a = _one_raw("wayback.html", wayback)
    assert a["url"] == original and a["republished_url"].startswith("https://web.archive.org/web/")
    today = f"""<html><head></head><body><center><div id="HEADER"><table><tr><td>Saved from</td>
<td><input value="https://www.cna.com.tw/news/aopl/202412030412.aspx" readonly></td></tr></table>
</div></center><div><h1>南韓戒嚴</h1><div>{body}</div></div>
<span>archive.today<br>webpage capture</span></body></html>"""
    a = _one_raw("today.html", today)
    assert a["url"] == "https://www.cna.com.tw/news/aopl/202412030412.aspx"
    bbc = "https://www.bbc.com/zhongwen/articles/c4gk8x2z1vmo/simp"
    clip = f"---\ntitle: 尹锡悦遭罢免\nsource: https://archive.ph/2025.04.04-093112/{bbc}\n---\n\n{_STORY}\n"
    a = _one_raw("clip.md", clip)
    assert (a["url"], a["republished_url"]) == (bbc, f"https://archive.ph/2025.04.04-093112/{bbc}")


def test_a_korean_page_a_browser_translated():
    """A Korean page translated by the browser and saved: its translated headline (in an h1
    under the article's own <header>, or an h3) is the title, not the Korean <title> nor the
    translator's box (its h1 原文)."""
    body = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    box = '<div id="goog-gt-tt" class="skiptranslate"><h1 class="title gray">原文</h1></div>'
    yna = f"""<html><head><title>北, 동해상으로 단거리탄도미사일 10여발 발사…합참 "정밀 분석 중"</title></head>
<body><header><h1 class="logo"><a href="https://www.yna.co.kr/">韩联社</a></h1></header>
<header class="title-article01"><h1 class="tit">北向东海发射10余枚短程弹道导弹</h1></header>
<div class="story">{body}</div>{box}</body></html>"""
    assert _one_raw("yna.html", yna)["title"] == "北向东海发射10余枚短程弹道导弹"
    hani = f"""<html><head><title>이재명 제21대 대통령 당선…“국민 통합하는 대통령 되겠다” : 한겨레</title></head>
<body><h3 class="ArticleDetailView_title">李在明当选第21任总统…“将成为团结国民的总统”</h3>
<div class="article-text">{body}</div>{box}</body></html>"""
    assert _one_raw("hani.html", hani)["title"] == "李在明当选第21任总统…“将成为团结国民的总统”"


def test_a_feed_digest_in_markdown_of_numbered_items_with_bulleted_fields():
    """A script's Markdown digest of feed items: ## 1. headline, then bulleted fields (来源, 发布,
    作者 maybe empty, 链接) and the text. The number is no part of the headline, and 发布 with
    its time dates the item (an address with no date in it, as 环球网's, gives none)."""
    first, second = _STORY.split("\n\n")[:2]
    items = [
        ("韩美发表《华盛顿宣言》 美战略核潜艇将访韩", "中国新闻网", "2023-04-27 08:52:16", "刘旭"),
        ("尹锡悦在美国国会联席会议发表演讲", "环球网 · 国际", "2023-04-28 09:15:03", ""),
        ("金与正发表谈话抨击美韩《华盛顿宣言》", "央视新闻", "2023-04-29 10:27:55", ""),
    ]
    digest = (
        "# 朝鲜半岛动态 · RSS 摘要\n\n> 生成时间：2023-04-30 08:00:12\n\n---\n\n"
        + "---\n\n".join(
            f"## {n}. {t}\n\n- 来源：{src}（https://rsshub.app/x/{n}）\n- 发布：{when}\n- 作者：{who}\n"
            f"- 链接：https://world.example.com/article/4CmZs{n}QvTgE\n\n{first}\n\n{second}\n\n"
            f"[阅读原文](https://world.example.com/article/4CmZs{n}QvTgE)\n\n"
            for n, (t, src, when, who) in enumerate(items, 1)
        )
    )
    result = convert("digest.md", digest.encode("gb18030"))
    rows = [(a["title"], a["published"], a["published_time"]) for a in result["articles"]]
    assert rows == [(t, w[:10], w[11:]) for t, _, w, _ in items]
    assert result["articles"][0]["author"] == "刘旭" and result["articles"][1]["author"] is None


def test_a_collection_of_copies_and_a_notes_file_of_clippings():
    """Copies between rules under the file's title and over its closing note (（完）剪貼 2 篇):
    one article each; a copy under its paper's banner with the section (星島日報　國際版) and the
    day. A notes file's clippings whose source is a callout (> [!quote] 中央社　2024/04/11 16:20
    / > https://…), a table of fields (| 媒体 | 韩联社 |) or an italic line (*BBC News 中文*
    2024年12月5日); the note's own callout (> [!info] 說明) is no clipping."""
    rule = "-" * 40
    copies = f"""南韓政局 新聞剪貼
{rule}
南韓國會大選 共同民主黨單獨過半

2024-04-11 06:45 聯合報

{_TW_TEXT}
{rule}
星島日報　國際版
2024年11月16日　星期六

習近平晤尹錫悅 中韓元首近兩年來首次面對面會談

{_TW_TEXT}
{rule}
（完）剪貼 2 篇　最後整理 2024/11/17
"""
    a, b = convert("copies.txt", copies.encode())["articles"]
    assert a["title"] == "南韓國會大選 共同民主黨單獨過半"
    assert (b["title"], b["published"]) == (
        "習近平晤尹錫悅 中韓元首近兩年來首次面對面會談",
        "2024-11-16",
    )
    assert b["outlet"].startswith("星島") and b["body"].strip() == _TW_TEXT
    notes = f"""# 剪報

> [!info] 說明
> 從各網站複製的全文。

---

## 脫北外交官太永浩競選連任失利

> [!quote] 中央社　2024/04/11 16:20
> https://www.cna.com.tw/news/aopl/202404110287.aspx

{_TW_TEXT}

---

## 韩国国会通过解除紧急戒严决议案

| 媒体 | 韩联社 |
|---|---|
| 日期 | 2024-12-04 01:18 |
| 原文 | https://cn.yna.co.kr/view/ACK20241204000200881 |

{_STORY}

---

## 韩国戒严风波：你需要知道的五件事

*BBC News 中文*　2024年12月5日

{_STORY}
"""
    a, b, c = convert("notes.md", notes.encode())["articles"]
    assert (a["title"], a["published_time"], a["url"]) == (
        "脫北外交官太永浩競選連任失利",
        "16:20",
        "https://www.cna.com.tw/news/aopl/202404110287.aspx",
    )
    assert a["outlet"].startswith("中央社") and a["body"].strip() == _TW_TEXT
    assert (b["url"], b["published"]) == (
        "https://cn.yna.co.kr/view/ACK20241204000200881",
        "2024-12-04",
    )
    assert (c["published"], c["outlet"].startswith("BBC")) == ("2024-12-05", True)


def test_stories_shared_from_phone_apps():
    """App shares copied as text: 今日头条's date row under the account over its follow button
    (2024-05-30 09:12 · 环球网官方账号 · 北京); Yahoo's share (分享自 … App), its section word
    over the headline printed again, the outlet, the date with the reading time and the age
    (3 小時前); 新浪新闻's share line (【headline】 http://t.cn/… （分享自 @新浪新闻）) over the page."""
    toutiao = f"""朝鲜发射约10枚短程弹道导弹 - 今日头条
https://m.toutiao.com/is/iYTqXoDm/

朝鲜发射约10枚短程弹道导弹

环球网
2024-05-30 09:12 · 环球网官方账号 · 北京
+ 关注

{_STORY}
"""
    a = _one_raw("toutiao.txt", toutiao)
    assert (a["published"], a["published_time"]) == ("2024-05-30", "09:12")
    assert a["body"].strip() == _STORY
    yahoo = f"""尹錫悅宣布緊急戒嚴 - Yahoo奇摩新聞
https://tw.news.yahoo.com/尹錫悅宣布緊急戒嚴-021512844.html
分享自 Yahoo奇摩新聞 App

首頁 | 政治 | 國際 | 財經 | 娛樂 | 運動 | 生活
國際

尹錫悅宣布緊急戒嚴

中央社
2024年12月4日 週三 上午10:15 · 3 分鐘 (閱讀時間)
3 小時前

{_TW_TEXT}
"""
    a = _one_raw("yahoo.txt", yahoo)
    assert (a["title"], a["published_time"]) == ("尹錫悅宣布緊急戒嚴", "10:15")
    assert a["outlet"].startswith("中央社") and a["body"].strip() == _TW_TEXT
    sina = f"""【李在明宣誓就任韩国第21任总统】 http://t.cn/A6dXk9Qp （分享自 @新浪新闻）

新浪新闻 > 国际 > 正文

李在明宣誓就任韩国第21任总统
中国新闻网  2025年06月04日 14:26

{_STORY}
"""
    a = _one_raw("sina.txt", sina)
    assert (a["title"], a["url"], a["published"]) == (
        "李在明宣誓就任韩国第21任总统",
        "http://t.cn/A6dXk9Qp",
        "2025-06-04",
    )
    assert a["body"].strip() == _STORY


def test_a_magazines_reading_app_copy_and_its_paywalls():
    """A magazine app's copy: the crumbs with the issue (三联生活周刊 2025年第3期（总第1323期） >
    封面故事) are the section, not the headline; a Latin photographer's credit and the reading
    time and length are furniture; the comments with their sort buttons end the story, the
    issue's list under —— 本期更多文章 —— is related; a bracketed bio names the writer.
    Paywall prompts end a page's story (新用户首月仅需1元, **…成為端會員即可解鎖全文。**)."""
    copy = f"""三联中读 · 杂志
返回 | 目录 | 上一篇 | 下一篇

三联生活周刊 2025年第3期（总第1323期） > 封面故事

库尔斯克雪原上的朝鲜士兵

摄影：Oleksandr Kovalenko
2025年1月15日 星期三
阅读时长约 11 分钟 | 字数 3862

{_STORY}

（孙亦舟，三联生活周刊主笔，长期关注东北亚国际关系与朝鲜半岛问题。）

—— 本期更多文章 ——
· 首尔的冬天：弹劾之后的韩国政治

评论（23）  按热度 | 按时间
北京读者小林：最后一句写得很克制。  01-16  赞 128
"""
    a = _one_raw("lifeweek.txt", copy)
    assert (a["title"], a["category"], a["author"]) == (
        "库尔斯克雪原上的朝鲜士兵",
        "封面故事",
        "孙亦舟",
    )
    assert a["body"].startswith(_STORY.split("\n\n")[0]) and "本期更多文章" not in a["body"]
    assert a["body"].rstrip().endswith(_STORY.split("\n\n")[-1])
    assert "读者小林" not in a["body"] and "Kovalenko" not in a["body"]
    for wall in (
        "新用户首月仅需1元 · 畅读财新全部付费内容",
        "**本文為端會員專屬內容，成為端會員即可解鎖全文。**",
        "订阅<b>财新通</b>，阅读财新网全部付费内容，畅享财新周刊、财新数据通等专业资讯。",
        '已是财新通订阅用户？<a href="https://u.caixin.com/web/login">立即登录</a>',
    ):
        page = f"<html><body><h1>戒严</h1><article>{''.join(f'<p>{p}</p>' for p in _STORY.split(chr(10) * 2))}<p>{wall}</p><p>后面的付费内容。</p></article></body></html>"
        assert _one_raw("paywall.html", page)["body"].strip() == _STORY, wall


def test_a_columns_label_before_the_headline_is_kept():
    """一文读懂｜朝俄签署…，条约都写了什么？: a column's label and a headline, not a site's name."""
    from peninsula.formats.html import title_without_site

    assert title_without_site("一文读懂｜朝俄签署全面战略伙伴关系条约，条约都写了什么？") == (
        "一文读懂｜朝俄签署全面战略伙伴关系条约，条约都写了什么？"
    )
    assert title_without_site("朝鲜发射导弹｜国际") == "朝鲜发射导弹"
    # (a listed site's name first, in its English form: TVBS NEWS)
    assert title_without_site("TVBS NEWS - 北韓宣布核試成功　南韓召開國安會議") == (
        "北韓宣布核試成功　南韓召開國安會議"
    )


def test_a_press_releases_masthead_and_a_ministrys_page():
    """A press release copied from its PDF: the issuer (in Chinese and English), 新 聞 稿, its
    number and labelled fields are the masthead over the headline; its date field dates it (an
    ROC year). A ministry's page: a print button's picture and 打印此页 are furniture, and so is
    the translation's disclaimer (※本谈话为日文原文的参考译文…)."""
    release = f"""中華民國外交部
Ministry of Foreign Affairs, Republic of China (Taiwan)
新 聞 稿

第405號
發布日期：113年12月4日
發布單位：亞東太平洋司

韓國總統宣布緊急戒嚴後旋即解除　外交部籲在韓國人注意安全

{_TW_TEXT}
"""
    a = _one_raw("mofa.txt", release)
    assert a["title"] == "韓國總統宣布緊急戒嚴後旋即解除 外交部籲在韓國人注意安全"
    assert a["published"] == "2024-12-04" and a["body"].strip() == _TW_TEXT
    page = f"""<html><body><h1>外务大臣谈话</h1><div class="main">
<p><a href="javascript:print()"><img src="../../../common/img/print.gif"></a> 打印此页</p>
{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}
<p>※本谈话为日文原文的参考译文，如有出入，以日文原文为准。</p></div></body></html>"""
    a = _one_raw("danwa.html", page)
    assert a["body"].strip() == _STORY and not a["images"]


def test_a_researchers_note_quoted_over_a_clipped_copy():
    """> 从网页直接复制的，去掉了大部分图片。 over a clipping's text is the researcher's."""
    clip = f"""---
title: 脱北者2024年统计
source: https://www.cna.com.tw/news/aopl/202501150187.aspx
---

> 从网页直接复制的，去掉了大部分图片。原文繁体，没转简体。

{_TW_TEXT}
"""
    assert _one_raw("clip.md", clip)["body"].strip() == _TW_TEXT


def test_a_note_with_the_address_over_a_rule_and_a_most_watched_list():
    """来源：https://… / 保存于 … over a rule is the researcher's note, not a copied article of
    its own: its address is the story's; 最受关注 under the story opens the most-read list."""
    copy = f"""来源：https://www3.nhk.or.jp/nhkworld/zh/news/20240626_07/
保存于 2024-06-27 09:12（从浏览器复制粘贴）
-------------------------------------------------

朝鲜发射一枚弹道导弹 日本政府提出抗议
2024年6月26日 11时05分

{_STORY}

最受关注
1 日元汇率跌至1美元兑160日元区间
"""
    a = _one_raw("nhk.txt", copy)
    assert a["url"] == "https://www3.nhk.or.jp/nhkworld/zh/news/20240626_07/"
    assert a["title"] == "朝鲜发射一枚弹道导弹 日本政府提出抗议" and a["body"].strip() == _STORY


def test_an_rtf_copy_with_links_and_korean_writers_joined_by_a_dot():
    """An RTF copy (TextEdit): a hyperlink field's text stays without its address (國際, not
    國際("https://…")); the section's word over the headline and its date is the category. A
    Korean paper's writers joined by · before one 记者 with a mail address are both authors."""
    words = "".join(f"\\u{ord(c)} " for c in "國際")
    lines = ["北韓朝東海發射多枚短程彈道飛彈", "2024/11/05 09:15", *_TW_STORY]
    body = "\\par\n".join("".join(f"\\u{ord(c)} " for c in ln) for ln in lines)
    rtf = (
        "{\\rtf1\\ansi\\ansicpg1252\\uc0\n"
        '{\\field{\\*\\fldinst{HYPERLINK "https://www.cna.com.tw/list/aopl.aspx"}}{\\fldrslt '
        f"{words}}}}}\\par\n{body}\\par\n}}"
    )
    a = _one_raw("cna.rtf", rtf)
    assert (a["title"], a["category"]) == ("北韓朝東海發射多枚短程彈道飛彈", "國際")
    assert a["body"].strip() == _TW_TEXT
    assert author_from_header("노진석·김하나 记者 nohjs@joongang.co.kr") == "노진석、김하나"
    assert author_from_header("史蒂夫·张 记者") == "史蒂夫·张"


def test_bold_bylines_and_footers_player_words_and_an_outlets_writer():
    """A clipped paper page: **本报记者 郭海平 孙大为** names both writers (本报 names no outlet;
    来源：辽宁日报 does), **责任编辑：** 刘洋 under the story is its footer. A player's clock with
    its quality buttons (00:00 / 02:35　标清 高清 全屏), 特大 and a WeChat share box's words are
    furniture. 美国之音 方冰 under a headline names the outlet and its writer."""
    clip = f"""---
title: 丹东至平壤国际列车恢复运行满月
source: https://epaper.lnd.com.cn/lnrbepaper/pc/content/202411/18/content_128764.html
---

## 丹东至平壤国际列车恢复运行满月

2024年11月18日 07:02 | 来源：辽宁日报

**本报记者 郭海平 孙大为**

{_STORY}

**责任编辑：** 刘洋
"""
    a = _one_raw("lnrb.md", clip)
    assert (a["outlet"], a["author"]) == (outlet_for_name("辽宁日报"), "郭海平、孙大为")
    assert a["body"].strip() == _STORY
    for line in (
        "00:00 / 02:35\u3000标清 高清 全屏",
        "特大",
        "打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。",
    ):
        assert is_boilerplate(line), line
    mail = f"特朗普称愿再与金正恩会面\n美国之音 方冰\n2025年3月14日 08:05\n\n{_STORY}\n"
    a = _one_raw("voa.txt", mail)
    assert (a["outlet"].startswith("美国之音"), a["author"]) == (True, "方冰")


def test_desk_credits_name_no_writer_and_tip_lines_are_furniture():
    """A byline element holding only a credit (综合讯) or a desk (撰文: 国际新闻组) names no writer;
    a news-tip line with its numbers, a chat channel's prompt, a VIP label and a prompt to
    register are furniture (not a sentence that mentions news tips)."""
    assert author_from_header("撰文: 国际新闻组") is None
    page = f"""<html><body><h1>尹锡悦宣布戒严</h1><div class="byline"><span class="source">综合讯</span></div>
<article>{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</article></body></html>"""
    assert _one_raw("zb.html", page)["author"] is None
    for line, furniture in [
        ("有新闻线索？请拨打新明热线 1800-7478 111，或WhatsApp 9865 4321。", True),
        ("在WhatsApp关注联合早报频道，第一时间获取新闻", True),
        ("南洋VIP会员", True),
        ("免费注册，即可畅读全站文章", True),
        ("他说，有新闻线索的人可以拨打热线电话，这是警方的建议，目前已有数百人来电。", False),
    ]:
        assert is_boilerplate(line) is furniture, line


def test_an_app_copy_dated_only_by_its_age_and_more_toolbar_words():
    """腾讯新闻's copy: the headline over the outlet and only its age (3小时前) is still found
    under the app's chrome; 编辑 李梦 ｜ 监制 周晓峰 and 分享　推文　列印　字體大小 are furniture."""
    copy = f"""腾讯新闻
打开APP
首页  要闻  国际  军事  财经  娱乐

朝鲜谴责美日韩“自由之刃”演习：将采取“进攻性”对应措施

新京报
3小时前
关注

新京报记者 柯远

{_STORY}
"""
    a = _one_raw("qq.txt", copy)
    assert a["title"] == "朝鲜谴责美日韩“自由之刃”演习：将采取“进攻性”对应措施"
    assert (a["author"], a["published"]) == ("柯远", None)
    assert a["body"].strip() == _STORY
    assert is_boilerplate("编辑 李梦 ｜ 监制 周晓峰") and is_boilerplate(
        "分享\u3000推文\u3000列印\u3000字體大小"
    )


@pytest.mark.parametrize(
    "row, writer",
    [
        (
            "国际 2024-11-26 19:45 报道：黄思敏",
            "黄思敏",
        ),  # a Malaysian paper's 报道： after the date
        ("新頭殼newtalk | 林冠妤 綜合報導 發布 2019.02.28 | 15:20", "林冠妤"),  # dates after it
        ("2024年12月4日 星期三 ｜ 下午 3:48 文：陈佩玲 ｜ 摄影：读者提供", "陈佩玲"),
        ("全文：这是一段话", None),
        ("撰稿編輯：陳佳琳", "陳佳琳"),  # a Taiwan TV site's writer-editor
    ],
)
def test_a_meta_rows_writer_after_its_date_or_before_it(row: str, writer: str | None) -> None:
    """A page's meta row read as one line: the writer's label after the date, or the dates
    after the writer, still name the writer."""
    assert author_from_header(row) == writer


def test_an_apps_share_over_a_rule_then_the_copied_page():
    """联合早报's app share (the headline in 【】, its address, ——来自联合早报App, 下载：…) over a
    rule and the copied page: the address and the paper are the story's; the writer's line with
    where she reports from (孙灵芝 首尔特约记者) and 字体 A- A+ ｜ 收听新闻 ｜ 收藏 are not text."""
    copy = f"""我在联合早报App发现了这篇文章，推荐给你！
【朝鲜试射新型洲际导弹 飞行时间86分钟创纪录】
https://www.zaobao.com.sg/news/world/story20241031-5347712
——来自联合早报App
下载：https://www.zaobao.com.sg/app

------------------------------
（以下为全文复制）

朝鲜试射新型洲际导弹 飞行时间86分钟创纪录

国际 | 发布/2024年10月31日 18:40
孙灵芝 首尔特约记者

字体 A- A+ ｜ 收听新闻 ｜ 收藏

{_STORY}
"""
    a = _one_raw("zaobao.txt", copy)
    assert a["url"] == "https://www.zaobao.com.sg/news/world/story20241031-5347712"
    assert a["outlet"].startswith("联合早报") and a["author"] == "孙灵芝"
    assert a["body"].strip() == _STORY


def test_a_common_crawl_text_extract_and_a_highlighted_cached_title():
    """A Common Crawl WET extract: one article per conversion record (its address the target,
    the crawl's day no date of the story); the warcinfo record is none. A search cache's
    highlight tags left in a title as text (<b style="…">平壤</b>) are not the title's."""

    def record(url: str, text: str) -> str:
        return (
            f"WARC/1.0\nWARC-Type: conversion\nWARC-Target-URI: {url}\n"
            f"WARC-Date: 2019-03-21T14:02:37Z\nContent-Type: text/plain\n\n{text}\n\n"
        )

    wet = "WARC/1.0\nWARC-Type: warcinfo\nWARC-Date: 2019-03-28T03:11:40Z\n\nisPartOf: CC-MAIN\n\n"
    wet += record(
        "http://example.com/a", f"金正恩特朗普河内会谈未达成协议\n2019-02-28 16:41\n{_STORY}"
    )
    wet += record("http://example.com/b", f"崔善姬考虑暂停无核化谈判\n2019-03-15 17:40\n{_STORY}")
    a, b = convert("extract.wet.txt", wet.encode())["articles"]
    assert (a["url"], a["published"], a["title"]) == (
        "http://example.com/a",
        "2019-02-28",
        "金正恩特朗普河内会谈未达成协议",
    )
    assert b["url"] == "http://example.com/b" and a["body"].strip() == _STORY
    page = f"""<html><head><title>朝韩首脑签署《9月<b style="color:black;background-color:#ffff66">平壤</b>共同宣言》</title></head>
<body><div class="article">{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</div></body></html>"""
    assert _one_raw("cache.html", page)["title"] == "朝韩首脑签署《9月平壤共同宣言》"


def test_related_keywords_and_a_hot_search_list_under_the_story():
    """三立: 相關關鍵字： labels the tags; 🔥 本週熱搜 over a plain list of searches is the site's."""
    page = f"""<html><body><h1>北韓試射洲際飛彈</h1><div class="article">
{"".join(f"<p>{p}</p>" for p in _TW_STORY)}
<p>相關關鍵字： <a href="/tag/北韓">北韓</a> <a href="/tag/ICBM">ICBM</a></p></div>
<div class="hot"><h3>🔥 本週熱搜</h3><ol><li>康芮颱風最新路徑</li><li>萬聖節活動</li></ol></div>
</body></html>"""
    a = _one_raw("setn.html", page)
    assert a["tags"] == ["北韓", "ICBM"] and a["body"].strip() == _TW_TEXT
    assert POPULAR_LABEL.match("🔥 本週熱搜")
    assert POPULAR_LABEL.match("24小时热闻")


@pytest.mark.parametrize(
    "title, printed",
    [
        (
            "朝鲜第六次核试验后，中国需要更清醒的半岛战略-察哈尔学会",
            '<span id="lblTitle">{}</span>',
        ),
        (
            "千龙新闻网--朝鲜第六次核试验后，中国需要更清醒的半岛战略",
            '<font class="title">{}</font>',
        ),
        ("udn 經濟日報 > 國際焦點 > 朝鲜第六次核试验后，中国需要更清醒的半岛战略", "<b>{}</b>"),
        (
            "udn 國際焦點：朝鲜第六次核试验后，中国需要更清醒的半岛战略",
            '<td class="story_title">{}</td>',
        ),
    ],
)
def test_an_old_pages_headline_printed_as_one_part_of_its_title(title, printed):
    """An old table page with no heading: its <title> joins the headline and an unlisted
    site's name (or a breadcrumb); the part the page prints alone in a cell is the headline,
    and the date under it dates the story."""
    head = "朝鲜第六次核试验后，中国需要更清醒的半岛战略"
    page = f"""<html><head><title>{title}</title></head><body><table>
    <tr><td><a href="index.aspx">首页</a> | <a href="list.aspx">学者观点</a></td></tr>
    <tr><td align="center">{printed.format(head)}</td></tr>
    <tr><td align="center">2017年9月5日 10:23</td></tr>
    <tr><td>{"".join(f"<p>{p}</p>" for p in _TW_STORY)}</td></tr></table></body></html>"""
    a = _one_raw("old.htm", page)
    assert a["title"] == head and a["published"] == "2017-09-05"
    assert a["body"].strip() == _TW_TEXT


def test_a_columnists_page_copied_with_its_author_box_and_a_date_line_of_tools():
    """观察者网's column copied whole: the menu, the columnist's box (name, title, their other
    articles), then the headline over a date line holding the font buttons, the source and
    the keywords; under the story the request naming its address (转发请注明本文链接：…) gives
    the address, and 最新闻 Hot over the site's list is no text."""
    text = "\n".join(
        ["观察者网", "首页", "滚动", "国际", "军事", "专栏", "登录 | 注册", "观察者网 > 专栏 > 贺东川", "",
         "贺东川", "延边大学朝鲜半岛研究院副研究员", "关注", "作者文章", "朝鲜炸毁南北连接道路，释放了什么信号？",
         "韩国戒严风波，朝鲜为何保持沉默", "全部文章 >", "", "朝俄条约签署一周年，半岛格局究竟变了什么",
         "2025-06-19 07:41:22 字号:A- A A+ 来源：观察者网 关键字: 朝鲜 俄罗斯 朝俄条约", "微信", "微博",
         "", "【文/ 观察者网专栏作者 贺东川】", "", *_TW_STORY, "",
         "责任编辑：周远方", "请支持独立网站，转发请注明本文链接：https://www.guancha.cn/HeDongChuan/2025_06_19_779812.shtml",
         "", "最新闻 Hot", "李在明：将尽快恢复韩朝间通信联络渠道", "俄外长：俄朝条约不针对第三国"]
    )  # fmt: skip
    a = _one_raw("guancha.txt", text)
    assert (a["title"], a["published"], a["published_time"]) == (
        "朝俄条约签署一周年，半岛格局究竟变了什么",
        "2025-06-19",
        "07:41:22",
    )
    assert a["url"] == "https://www.guancha.cn/HeDongChuan/2025_06_19_779812.shtml"
    assert a["author"] == "贺东川" and a["body"].strip() == _TW_TEXT


def test_a_commentarys_writer_box_caption_span_and_footnotes_in_one_text_block():
    """澎湃's 思想市场 page of 2018: the writer's name alone over the date line in a box under
    the headline is the author; a caption in a span classed as one after the picture's block
    is its caption; the text is one block parted by <br><br>, its notes under 注释：<br>[1] …
    ending the story (with the writer's note under them)."""
    text = "<br><br>".join(_TW_STORY)
    page = f"""<html><head><title>北韓試射洲際飛彈_思想市场_澎湃新闻-The Paper</title></head><body>
    <div class="newscontent"><h1 class="news_title">北韓試射洲際飛彈</h1>
    <div class="news_about"><p>徐博文</p><p>2018-06-14 10:08 来源：澎湃新闻</p></div>
    <div class="news_txt"><div style="text-align:center;"><img alt="" src="https://image.thepaper.cn/1.jpg"></div>
    <span class="contentImg">當地時間6月12日，南韓民眾在首爾車站觀看新聞。視覺中國 圖</span><div class="contheight"></div>
    {text}<br><br>注释：<br>[1] 敵對兩國論最早見於2023年底的全會報告。<br>[2] 參見韓國統一部白皮書。
    <br><br>（作者徐博文系华东政法大学副教授。本文仅代表作者个人观点。）</div></div></body></html>"""
    a = _one_raw("thepaper.html", page)
    assert a["author"] == "徐博文" and a["published_time"] == "10:08"
    assert a["body"].strip().endswith(_TW_TEXT) and "徐博文" not in a["body"]
    assert "圖南韓聯合參謀本部" not in a["body"]  # (the caption is no part of the lead)
    assert a["images"][0]["caption"].startswith("當地時間6月12日，南韓民眾在首爾車站觀看新聞。")


def test_writers_in_latin_letters_over_the_date_line_of_a_copy():
    """华尔街日报中文网 copied whole: the headline, the standfirst, then the writer's name in
    Latin letters over the date line and the toolbar: the author, not text."""
    from peninsula.fields import latin_names

    text = "\n".join(
        ["华尔街日报", "首页", "国际", "北韓試射洲際飛彈", "朝鲜领导人要求修改宪法，撤销负责对韩事务的机构。",
         "Dasl Yoon", "2024年1月16日 14:18 CST", "分享", "打印", "文本大小", "", *_TW_STORY]
    )  # fmt: skip
    a = _one_raw("wsj.txt", text)
    assert a["author"] == "Dasl Yoon" and a["published_time"] == "14:18"
    assert "Dasl" not in a["body"] and a["body"].strip().endswith(_TW_TEXT)
    assert latin_names("Youkyung Lee, Sangmi Cha") == "Youkyung Lee、Sangmi Cha"
    assert latin_names("Reuters") is None  # (one word)
    assert latin_names("Financial Times") is None  # (a listed outlet)


def test_a_clip_of_a_wire_story_with_writers_in_latin_letters_under_its_headline():
    """An Obsidian clip of 彭博's Chinese story: the clipper's author field holds the agency's
    name (彭博新闻社: the outlet, no writer); the writers in Latin letters over the date under
    the headline are the author; the original's title under the story is no text."""
    clip = "\n".join(
        ["---", 'title: "北韓試射洲際飛彈"', "author:", '  - "[[彭博新闻社]]"', "published: 2024-12-04",
         "---", "# 北韓試射洲際飛彈", "", "Youkyung Lee, Sangmi Cha", "", "2024年12月4日 09:12", "",
         "\n\n".join(_TW_STORY), "",
         "原文标题：Korean Won Slumps as Yoon’s Martial Law Move Rattles Markets", "", "翻译：王璐"]
    )  # fmt: skip
    a = _one_raw("bloomberg.md", clip)
    assert a["author"] == "Youkyung Lee、Sangmi Cha" and a["outlet"] == outlet_for_name("彭博")
    assert a["body"].strip() == _TW_TEXT and a["published_time"] == "09:12"


def test_an_rfi_programme_page_clipped_with_its_writer_link_and_newsletter_box():
    """RFI's programme page clipped: the lead picture's caption closed by its credit, then
    由: and the writer's link to /作者/ (its path percent-encoded), the day first with its time
    after a dash, the listening button; under the story the newsletter box, the app stores'
    badges and 同一专栏's list of the column's other programmes: none of them is text."""
    writer = "https://www.rfi.fr/cn/%E4%BD%9C%E8%80%85/%E8%89%BE%E7%B1%B3/"
    clip = "\n\n".join(
        ['---\ntitle: "北韓試射洲際飛彈"\nsource: "https://www.rfi.fr/cn/20180613-x"\nauthor:\n  - "[[RFI]]"\n---',
         "# 北韓試射洲際飛彈", "![南韓民眾觀看新聞。](https://s.rfi.fr/media/1.jpg)",
         "2018年6月12日，南韓民眾在首爾車站觀看新聞。 REUTERS/Jonathan Ernst", f"由: [艾米]({writer})",
         "发表时间： 13/06/2018 - 11:46", "10 分钟", *_TW_STORY, "**每日简报**\n接收每日新闻简报，关注国际时事",
         "[我订阅](https://www.rfi.fr/cn/newsletters/)",
         "[![](https://static.rfi.fr/apps/badge_appstore_cn.svg)](https://apps.apple.com/app/rfi/id1117127367) "
         "[![](https://static.rfi.fr/apps/badge_googleplay_cn.svg)](https://play.google.com/store/apps/details?id=com.rfi)",
         "## 同一专栏",
         "- [特朗普金正恩今天新加坡握手 双方说了些什么？](https://www.rfi.fr/cn/20180612-trump-kim) 12/06/2018"]
    )  # fmt: skip
    a = _one_raw("rfi.md", clip)
    assert (a["author"], a["published"], a["published_time"]) == ("艾米", "2018-06-13", "11:46")
    assert a["body"].strip().endswith(_TW_TEXT)
    for junk in ("简报", "订阅", "apps.apple", "同一专栏", "握手"):
        assert junk not in a["body"], junk


def test_a_copys_share_row_and_a_caption_closed_by_a_credit_in_latin_letters():
    """纽约时报中文网 copied whole: the share row a word a line (…Twitter / 邮件 / 打印), then
    the lead picture's caption, one sentence closed by its credit in Latin letters after a
    space: a caption with its credit, not the story's first paragraph."""
    text = "\n".join(
        ["纽约时报中文网", "国际纵览", "北韓試射洲際飛彈", "CHOE SANG-HUN", "2018年4月27日", "微博", "微信",
         "Twitter", "邮件", "打印", "周五，南韓民眾在首爾車站觀看新聞。 Korea Summit Press Pool", *_TW_STORY]
    )  # fmt: skip
    a = _one_raw("nyt.txt", text)
    assert a["body"].strip().endswith(_TW_TEXT) and "邮件" not in a["body"]
    assert a["images"][0]["caption"] == "周五，南韓民眾在首爾車站觀看新聞。"
    assert a["images"][0]["credit"] == "Korea Summit Press Pool"


@pytest.mark.parametrize(
    "lead_day, published",
    [("2024年6月19日", "2025-06-19"), ("2025年6月18日", "2025-06-18")],
)
def test_a_feed_items_lead_opening_with_a_day_long_before_its_feed_time(lead_day, published):
    """An anniversary piece in a feed: its lead opens with the day of the event a year before
    (2024年6月19日，俄罗斯总统普京访问平壤…): the item's pubDate dates it. A lead's day within
    the week before still dates the story (a dateline-like opening)."""
    lead = f"{lead_day}，俄罗斯总统普京访问平壤，与朝鲜领导人金正恩签署《全面战略伙伴关系条约》，两国关系由此进入新阶段。"
    items = "".join(
        f"<item><title>普京访朝一周年 朝俄关系{k}</title><link>https://www.dwnews.com/a/{k}</link>"
        f"<pubDate>Thu, 19 Jun 2025 18:05:00 +0800</pubDate><description><![CDATA[<p>{lead}</p>"
        f"<p>对北京而言，朝俄走近既不意外，也不完全舒服。</p>]]></description></item>"
        for k in range(2)
    )
    feed = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
    <title>多维新闻 全球</title><link>https://www.dwnews.com/</link>{items}</channel></rss>"""
    arts = convert("feed.xml", feed.encode())["articles"]
    assert [a["published"] for a in arts] == [published] * 2


@pytest.mark.parametrize("writer, author", [("宋承翰", "宋承翰"), ("國際中心", None)])
def test_a_copys_writer_and_date_on_one_line_under_the_headline(writer, author):
    """上報's page copied whole: the writer's name, then the date and time on one line under
    the headline: the author and the date, not text. A desk's name there is no writer."""
    text = "\n".join(
        ["上報 Up Media", "首頁", "評論", "北韓試射洲際飛彈", f"{writer} 2023-04-27 07:10:00", "字級",
         "分享", "", *_TW_STORY]
    )  # fmt: skip
    a = _one_raw("upmedia.txt", text)
    assert (a["author"], a["published"], a["published_time"]) == (author, "2023-04-27", "07:10:00")
    assert a["body"].strip() == _TW_TEXT


def test_a_clips_picture_credit_alone_under_it():
    """KBS's page clipped: the picture's credit alone under it (照片 : 韩联社) is its credit,
    not the story's first paragraph."""
    clip = "\n\n".join(
        ['---\ntitle: "北韓試射洲際飛彈"\nsource: "https://world.kbs.co.kr/service/news_view.htm?lang=c&Seq_Code=1"\n---',
         "# 北韓試射洲際飛彈", "![](https://world.kbs.co.kr/upload/news/1.jpg)", "照片 : 韩联社", *_TW_STORY]
    )  # fmt: skip
    a = _one_raw("kbs.md", clip)
    assert a["images"][0]["credit"] == "韩联社" and "照片" not in a["body"]
    assert a["body"].strip().endswith(_TW_TEXT)


def test_the_address_a_comment_form_posts_in_a_hidden_field():
    """An old 新华网 page without a canonical link: its comment form posts the story's address
    in a hidden field (name="newsurl"); that is the article's address. A field holding no
    address names none."""
    url = "http://news.xinhuanet.com/world/2005-09/19/content_3511768.htm"
    form = f"""<form action="http://comment.xinhuanet.com/post.jsp"><input type="hidden" name="newsid"
    value="3511768"><input type="hidden" name="newsurl" value="{url}"><textarea></textarea></form>"""
    page = f"""<html><head><title>北韓試射洲際飛彈</title></head><body><h1>北韓試射洲際飛彈</h1>
    <div class="content">{"".join(f"<p>{p}</p>" for p in _TW_STORY)}</div>{form}</body></html>"""
    assert _one_raw("xinhua.htm", page)["url"] == url
    assert _one_raw("x.htm", page.replace(url, "3511768"))["url"] is None


def test_the_story_column_beside_a_side_column_of_stock_quotes():
    """A financial page's two columns in one wrapper: the story's, and a side column (named
    side-container, cs_right or detailRight) with a stock box and its data notice and a
    ranking. The story is the main column's text; nothing of the side column is in it."""
    paras = _TW_STORY * 4  # (a story's length: 600 characters)
    story = "".join(f"<p>{p}</p>" for p in paras)
    side = """<div class="side-box stock-box"><h3>相关股票</h3><table><tr><th>名称</th><th>最新价</th></tr>
    <tr><td>三星电子(005930.KS)</td><td>84500</td></tr></table>
    <p class="stock-note">行情数据仅供参考，请以交易所公布为准，数据延迟至少15分钟，请投资者注意甄别。</p></div>
    <div class="side-box"><h3>界面热榜</h3><ol><li><a href="/a/1.html">清明假期首日全国铁路发送旅客超1800万人次</a></li></ol></div>"""
    for name in ("side-container", "cs_right", "detailRight"):
        page = f"""<html><body><div class="content-container"><div class="main-container">
        <h1>北韓試射洲際飛彈</h1><div class="article">{story}</div></div>
        <div class="{name}">{side}</div></div><div class="footer"><p>沪ICP备12345678号</p></div></body></html>"""
        a = _one_raw("jiemian.html", page)
        assert a["body"].strip() == "\n\n".join(paras), name


def test_the_sites_latest_news_under_a_clipped_story():
    """A clipped page: the story, its related list, then the site's latest news under its own
    heading (### 最新新闻) and an app prompt: none of the latest headlines are the story's."""
    latest = ["韩国5月就业人数同比增加24.5万人", "KOSPI指数时隔3年5个月突破2900点"]
    clip = (
        "---\ntitle: 韩国军方中断对朝扩音广播\nsource: https://world.kbs.co.kr/x\n---\n\n"
        + _STORY
        + "\n\n### 相关新闻\n\n- [统一部要求民间团体停止散发传单](https://world.kbs.co.kr/a)\n\n"
        "### 最新新闻\n\n"
        + "".join(f"- [{t}](https://world.kbs.co.kr/{k})\n" for k, t in enumerate(latest))
        + "\n下载KBS WORLD Radio App，随时随地收听韩国新闻\n"
    )
    a = _one_raw("kbs.md", clip)
    assert a["body"].strip() == _STORY


def test_a_wire_sites_related_copies_under_its_editor_and_error_button():
    """新华网's page copied whole: after （完）, [责任编辑: …] and 【纠错】, its related copies
    under 相关稿件 are other stories' headlines, not the story's text."""
    related = ["外交部发言人：中国政府坚决反对朝鲜进行核试验", "韩国：朝鲜核试验当量约50千吨"]
    page = (
        "外交部：中方将全面准确执行安理会涉朝决议\n2017-09-04 18:27:13\t来源： 新华网\n\n"
        + _STORY
        + "（完）\n\n[责任编辑: 张樵苏 ]\n\n【纠错】\n\n分享到：\n\n相关稿件\n"
        + "\n".join(related)
        + "\n\n网友评论\n登录 | 注册\n"
    )
    a = _one_raw("xinhua.txt", page)
    assert a["body"].strip() == _STORY


def test_a_toolbar_of_bracketed_buttons():
    """字号 [大] [中] [小] ｜ 分享 [Facebook] [X] [微博] [复制链接]: a clipped page's toolbar."""
    assert is_boilerplate("字号 [大] [中] [小] ｜ 分享 [Facebook] [X] [微博] [复制链接]")
    assert not is_boilerplate("[韩国] 李在明当选 ｜ [朝鲜] 发射导弹")


def test_a_date_widgets_year_on_a_line_of_its_own():
    """新华网's date widget copied as text: 2024 over 12/04 11:06:25 is one date line."""
    copy = f"韩国总统尹锡悦宣布解除紧急戒严\n2024\n12/04 11:06:25\n来源：新华网\n\n{_STORY}\n"
    a = _one_raw("xinhua.txt", copy)
    assert (a["published"], a["published_time"]) == ("2024-12-04", "11:06:25")
    assert a["body"].strip() == _STORY


def test_a_papers_appeal_for_support_ends_its_story():
    """**光靠广告无法守护韩民族日报的独立新闻。** / 您的支持能让我们写出更好的报道。 under the story."""
    page = f"""<html><body><h1>李在明当选</h1><div class="article-text">
{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}
<p><b>光靠广告无法守护韩民族日报的独立新闻。</b></p><p>您的支持能让我们写出更好的报道。</p>
</div></body></html>"""
    assert _one_raw("hani.html", page)["body"].strip() == _STORY


def test_a_whole_page_copied_with_its_date_under_the_story():
    """RTHK's page copied whole under the researcher's note (（2024年6月20日 上午9:02
    從香港電台網站複製）): the site's name and its Latin one, the menu, and the headline over the
    story whose date comes after it; a labelled date row (日期: … 人气: …) is never the
    headline; 摘录于2024年9月10日，备查 is a note, and a site's name alone (中国社会科学网) heads
    the page."""
    first, second, third = _TW_STORY
    copy = f"""（2024年6月20日 上午9:02 從香港電台網站複製）

香港電台網站
RTHK 香港電台
新聞
即時新聞
本地
國際
English
國際
普京與金正恩簽署全面戰略夥伴關係條約　承諾遭侵略時互相援助

{first}

{second}

{third}

2024-06-19 HKT 21:45
"""
    a = _one_raw("rthk.txt", copy)
    assert (a["title"], a["published"]) == (
        "普京與金正恩簽署全面戰略夥伴關係條約 承諾遭侵略時互相援助",
        "2024-06-19",
    )
    assert a["body"].strip() == _TW_TEXT
    note = f"""摘录于2024年9月10日，备查（半岛-日朝关系文件夹）

中国社会科学网
首页\t学术\t国际\t评论\t理论

日本对朝政策调整的动因与限度

2024-09-04 09:12　来源：中国社会科学报

{_STORY}
"""
    a = _one_raw("cssn.txt", note)
    assert (a["title"], a["published"]) == ("日本对朝政策调整的动因与限度", "2024-09-04")


def test_editors_with_a_spaced_name_and_two_reporters_titles():
    """编辑 王晓东　校对 刘　军 (a two-character name spaced out) is furniture; 本报驻韩国记者 马晓东
    本报驻日本记者 李思远 is one byline naming both."""
    assert is_boilerplate("编辑 王晓东\u3000校对 刘\u3000军")
    assert not is_boilerplate("编辑 王晓东 他说这是好事。")
    assert author_from_header("本报驻韩国记者 马晓东 本报驻日本记者 李思远") == "马晓东、李思远"
    page = f"""<html><body><h1>中日韩领导人会议举行</h1><div class="article">
<p>本报驻韩国记者 马晓东 本报驻日本记者 李思远</p>
{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</div></body></html>"""
    a = _one_raw("rmrb.html", page)
    assert a["author"] == "马晓东、李思远" and a["body"].strip() == _STORY


def test_an_e_papers_byline_cell_named_in_pinyin():
    """An old e-paper's byline cell (class="zuozhe", 作者 in pinyin): □本报记者　陶韵文."""
    page = f"""<html><body><table><tr><td class="biaoti">韩国在野党提交弹劾动议</td></tr>
<tr><td class="zuozhe">□本报记者　陶韵文</td></tr>
<tr><td class="content">{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</td></tr>
</table></body></html>"""
    a = _one_raw("jfdaily.html", page)
    assert a["author"] == "陶韵文" and a["body"].strip() == _STORY
    assert a["outlet"] is None  # 本报 (this paper) names no outlet, bullet or not


def test_a_columnists_name_before_the_headline_and_a_columnists_title():
    """观察者网: （文/观察者网专栏作者 王立衡） names the writer (not the site), and the page's
    title with the writer's name before the headline (王立衡：普京访问平壤…) gives the headline;
    a headline quoting someone (金正恩：…) keeps its name."""
    assert author_from_header("（文/观察者网专栏作者 王立衡）") == "王立衡"
    page = f"""<html><head><title>王立衡：普京访问平壤：朝俄关系意味着什么</title></head><body>
<div class="content"><p>（文/观察者网专栏作者 王立衡）</p>
{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</div></body></html>"""
    a = _one_raw("guancha.html", page)
    assert (a["title"], a["author"]) == ("普京访问平壤：朝俄关系意味着什么", "王立衡")
    quoted = page.replace("王立衡：普京访问平壤", "金正恩：普京访问平壤")
    assert _one_raw("quoted.html", quoted)["title"].startswith("金正恩：")


@pytest.mark.parametrize(
    "header, name",
    [("【新华社平壤5月3日电】朝鲜", "新华社"), ("【大纪元2024年1月2日讯】", "大纪元"),
     ("【李在明當選南韓第21任總統 今天宣誓就職】", None), ("【韩国第22届国会选举今日举行】", None)],
)  # fmt: skip
def test_a_bracketed_headline_with_a_number_names_no_outlet(header, name):
    """A dateline in brackets has a date after its outlet; a headline in brackets may have any
    number in it (第21任)."""
    assert outlet_from_header(header) == (outlet_for_name(name) if name else None)


def test_a_source_line_with_a_date_after_a_bar():
    """来源：自由亚洲电台｜2025年6月5日 credits the outlet, not the outlet and its date."""
    credit, body, _ = source_credit(f"{_STORY}\n\n来源：自由亚洲电台｜2025年6月5日\n")
    assert credit == outlet_for_name("自由亚洲电台") and body.strip() == _STORY


@pytest.mark.parametrize(
    "line",
    ["字号：大 中 小   |   打印   |   转发给好友   |   分享到：新浪微博 微信 QQ空间",
     "字号：大 中 小\t打印\t分享到：", "加入收藏",
     "字體大小：[A](#) [A](#) [A](#) [分享](#) [列印](#) [收藏](#)", "分享 ▾  字号 + -"],
)  # fmt: skip
def test_toolbars_between_tabs_and_buttons_after_their_label(line):
    """A toolbar copied with tabs between its buttons, and a row of buttons (links to #) after
    their label, are furniture; a label before a real link, or words between tabs, are not."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["相关新闻：[朝鲜发射导弹](https://example.com/a.html)", "韩国\t朝鲜", "首尔](x", "2024"],
)
def test_a_label_before_a_real_link_is_no_toolbar(line):
    assert not is_boilerplate(line)


def test_a_ministry_page_copied_whole_with_a_headline_naming_its_day():
    """A ministry's page copied as text: its name over its English name, the menu, the search
    box, the crumbs, then a headline that opens with its day over the meta row."""
    copy = (
        "中华人民共和国国防部\nMinistry of National Defense of the People's Republic of China\n"
        "首页  国防新闻  权威发布  军队人事  国防动员  图片  视频\n请输入关键字  搜索\n\n"
        "当前位置：首页 > 权威发布 > 例行记者会\n\n2024年6月27日国防部例行记者会文字实录\n"
        "来源：国防部网 作者：吴迪 责任编辑：王逸涛 2024-06-27 20:10\n\n"
        + _STORY.replace("\n\n", "\n\n\u3000\u3000")
        + "\n"
    )
    a = _one_raw("mod.txt", copy)
    assert a["title"] == "2024年6月27日国防部例行记者会文字实录"
    assert (a["published"], a["published_time"], a["author"]) == ("2024-06-27", "20:10", "吴迪")
    assert _plain_body(a).strip() == _STORY
    # a date row is no headline, even with words after its day
    assert _one_raw("row.txt", copy.replace("文字实录\n", "文字实录\n2024年6月27日 星期四\n"))[
        "title"
    ].endswith("文字实录")


def test_a_reporters_question_cut_short_in_a_transcripts_header_is_no_byline():
    """总台央视记者：今天下午，嫦娥六号探测器… (a question, its line cut short) names no writer;
    记者：李明 does."""
    assert (
        author_from_header("总台央视记者：今天下午，嫦娥六号探测器在中国文昌航天发射场成功发射")
        is None
    )
    assert (
        author_from_header("（记者：李明）朝鲜中央通讯社今天报道说朝鲜在东部海域发射了导弹")
        == "李明"
    )


def test_a_wire_services_export_with_its_fields_between_rules_and_its_end_mark():
    """A wire's subscriber export: a banner, its fields between rules (标题, 作者, 发稿时间), the
    headline again, the story to its end mark (完), then the editor and the notices."""
    rule = "=" * 50
    story = f"{_STORY}\n\n韩国统一部当天表示，将密切关注朝方动向，并与美日等国保持沟通，共同应对局势变化。"
    copy = (
        f"【中国新闻社 稿件】\n{rule}\n稿件编号：ZXS-GJ-20240527-0394\n栏目：国际新闻 / 亚太\n"
        "标题：朝鲜发射数枚短程弹道导弹\n作者：刘旭\n发稿时间：2024-05-27 15:10:33\n"
        f"{rule}\n\n朝鲜发射数枚短程弹道导弹\n\n{story}\n\n(完)\n【编辑：张子怡】\n\n{rule}\n"
        "使用本稿件须注明“中新社”或“中国新闻社”字样。\n"
        f"{rule}\n-- 导出自 中新社供稿平台 订户终端 (2024-05-28 08:02) --\n"
    )
    a = _one_raw("wire.txt", copy)
    assert (a["title"], a["author"], a["published"]) == (
        "朝鲜发射数枚短程弹道导弹",
        "刘旭",
        "2024-05-27",
    )
    assert a["body"].strip() == story


def test_the_outlet_list_names_each_outlet_once():
    """outlets.yml: one entry per display name, no alias (folded to simplified, as matched)
    naming two outlets, no domain listed twice, zones as UTC offsets."""
    listed = outlets()
    names = [o["name"] for o in listed]
    assert len(names) == len(set(names))
    owner: dict[str, str] = {}
    for o in listed:
        for alias in {fold(a).lower() for a in o["aliases"]}:
            assert owner.setdefault(alias, o["name"]) == o["name"], alias
    domains = [d for o in listed for d in o["domains"]]
    assert len(domains) == len(set(domains))
    zones = {o["zone"] for o in listed if o.get("zone")}
    assert all(re.fullmatch(r"[+-]\d\d:\d\d", z) or ZoneInfo(z) for z in zones)


@pytest.mark.parametrize(
    "alias, url",
    [("柬華日報", "https://jianhuadaily.com/20241215/88231"),
     ("新明日报", "https://www.shinmin.sg/news/1"),
     ("潇湘晨报", "https://www.xxcb.cn/details/1.html")],
)  # fmt: skip
def test_overseas_and_provincial_papers_are_known_by_name_and_address(alias, url):
    """Papers researchers save from beyond the big sites (Cambodia's 柬华日报, Singapore's
    新明日报, Hunan's 潇湘晨报): known by their names in either script and by their domains."""
    assert known_outlet(alias) and outlet_for_domain(url) == known_outlet(alias)


@pytest.mark.parametrize(
    "url, name",
    [("https://www.shobserver.com/news/detail?id=1", "解放日报"),
     ("https://nfapp.southcn.com/content/1.html", "南方+"),
     ("https://www.southcn.com/node_1/content/2.html", "南方日报"),
     ("https://money.udn.com/money/story/5599/8401234", "台灣經濟日報"),
     ("https://udn.com/news/story/6809/8401235", "聯合報"),
     ("https://news.example.com/1.html", None)],
)  # fmt: skip
def test_an_address_names_the_outlet_of_its_most_specific_domain(url, name):
    assert outlet_for_domain(url) == (known_outlet(name) if name else None)


@pytest.mark.parametrize(
    "line, ends",
    [("喜歡我的作品嗎？別忘了給予支持與讚賞，讓我知道在創作的路上有你陪伴！", True),
     ("喜欢这篇文章吗？不少读者表示，文章对半岛局势的分析很透彻。", False)],
)  # fmt: skip
def test_a_writers_appeal_for_tips_ends_the_story(line, ends):
    """A blog platform's appeal for tips (喜歡我的作品嗎？…讚賞) ends the story; a sentence
    asking the same does not."""
    assert ends_story(line) is ends


@pytest.mark.parametrize("kind", ["txt", "html"])
def test_an_authors_profile_under_the_story_ends_it_and_over_it_does_not(kind):
    """作者简介：孙立明，… (or 【作者简介】王海燕，…) under a story's worth of text closes it;
    a column's note on its writer over the story stays, and so does a sentence about one."""
    profile = "作者简介：孙立明，北京大学国际关系学院助理教授，主要研究东北亚安全。"
    story = (
        f"{_STORY}\n\n他在作者简介中写道，自己曾在首尔工作。\n\n"
        "韩国统一部当天表示，将密切关注朝方动向，并与美日等国保持沟通，共同应对局势变化。"
    )

    def body(paragraphs: list[str]) -> str:
        if kind == "txt":
            a = _one_raw("c.txt", "朝鲜发射短程弹道导弹\n\n" + "\n\n".join(paragraphs) + "\n")
        else:
            cells = "".join(f"<p>{p}</p>" for p in paragraphs)
            cells = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", cells)
            a = _one_raw(
                "c.html",
                f"<html><body><article><h1>朝鲜发射短程弹道导弹</h1>{cells}</article></body></html>",
            )
        return a["body"]

    assert body([*story.split("\n\n"), profile]).strip() == story
    bracketed = "**【作者简介】**王海燕，中国社会科学院研究员。"
    assert body([*story.split("\n\n"), bracketed]).strip() == story
    assert profile in body([profile, *story.split("\n\n")])


def test_a_page_printing_its_own_address_with_entities():
    """本文網址：https://…?uid=11&amp;pid=2712 printed in the markup is the address with &."""
    page = f"""<html><body><article><h1>朝俄條約評析</h1>
{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</article>
<div class="print-url">本文網址：https://indsr.org.tw/focus?uid=11&amp;pid=2712&amp;typeid=0</div>
</body></html>"""
    a = _one_raw("indsr.html", page)
    assert a["url"] == "https://indsr.org.tw/focus?uid=11&pid=2712&typeid=0"


def test_a_copied_page_under_its_address_labelled_and_an_english_name_with_a_comma():
    """来源网址：https://… over a whole page copied as text, whose name's English form has a
    comma (Institute of …, Peking University): the address is the page's, the headline the
    line over the byline."""
    copy = (
        "来源网址：http://www.iiss.pku.edu.cn/research/comment/2025/0123/8841.html\n\n"
        "北京大学国际战略研究院\nInstitute of International and Strategic Studies, Peking University\n"
        "首页 | 研究院概况 | 研究人员 | 研究成果 | English\n当前位置：首页 > 研究成果 > 国际战略评论\n\n"
        "特朗普第二任期与朝核问题的新变量\n\n作者：孙立明    发布时间：2025-01-23    浏览次数：1386\n\n"
        f"{_STORY}\n"
    )
    a = _one_raw("iiss.txt", copy)
    assert (a["title"], a["author"], a["published"]) == (
        "特朗普第二任期与朝核问题的新变量",
        "孙立明",
        "2025-01-23",
    )
    assert a["url"] == "http://www.iiss.pku.edu.cn/research/comment/2025/0123/8841.html"
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    "line, furniture",
    [("(编译 陈宏美；审校 田世昱)", True), ("（编辑 张三）", True), ("hsy/ljh/ec", True),
     ("（编辑部认为此事重大）", False), ("km/h", False)],
)  # fmt: skip
def test_a_wires_credits_after_a_space_and_its_staffs_sign_off_are_furniture(line, furniture):
    """A wire's closing credits with a space after each role ((编译 陈宏美；审校 田世昱)) and its
    staff's initials (hsy/ljh/ec) are furniture; a bracketed aside about the desk is not."""
    assert is_boilerplate(line) is furniture


def test_a_quote_widgets_update_time_is_no_date_box_and_forum_replies_end_the_story():
    """A finance page: the stock quote over the story (…行情更新：2024-07-05 11:30) is not the
    story's date box, the info row over it is (its date, 来源 and 作者). A forum's copy: 这些回帖亮了
    opens the replies under the story; 扫码分享 is furniture."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))
    page = f"""<html><body><div class="newsContent"><h1>三星电子二季度营业利润预计大增</h1>
<div class="infos"><div class="item">2024年07月05日 10:26</div>
<div class="item">来源：<a href="https://www.yicai.com/">第一财经</a></div>
<div class="item">作者：邹文静</div></div>
<div class="stock_quote_card"><a href="https://quote.example.com/KS005930.html">三星电子</a>
<span>87500.00</span> <span class="upd">行情更新：2024-07-05 11:30</span></div>
<div class="txtinfos" id="ContentBody">{paragraphs}</div></div></body></html>"""
    a = _one_raw("em.html", page)
    assert (a["author"], a["published"], a["published_time"]) == ("邹文静", "2024-07-05", "10:26")
    copy = (
        f"朝鲜女足夺得U20女足世界杯冠军\n\n{_STORY}\n\n扫码分享\n\n这些回帖亮了\n"
        "飞翔的荷兰人 ：这一代朝鲜女足太猛了\n亮了(215)   回复\n"
    )
    assert _one_raw("hupu.txt", copy)["body"].strip() == _STORY


def test_a_print_views_original_address_printed_as_text():
    """A print view prints 原文網址：https://… over the story: the story's address."""
    page = f"""<html><body><table><tr><td>原文網址：https://money.udn.com/money/story/5599/8401234</td></tr>
<tr><td class="story_title">南韓政局動盪 韓元重挫</td></tr>
<tr><td>{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</td></tr></table></body></html>"""
    a = _one_raw("print.htm", page)
    assert a["url"] == "https://money.udn.com/money/story/5599/8401234"
    assert a["outlet"] == known_outlet("台灣經濟日報")


def test_a_greater_than_sign_in_the_text_stays_one_and_crumbs_with_two_are_furniture():
    """朝鲜 > 韩国 in a page's text is written as it is (only a quote's ">" opening a line, or a
    tag's "<", is escaped); crumbs joined by >> (人民网>>国际>>滚动新闻) are furniture."""
    page = (
        """<html><body><div class="col"><div class="route"><a href="http://www.people.com.cn/">人民网</a>
&gt;&gt;<a href="http://world.people.com.cn/">国际</a>&gt;&gt;<a href="http://world.people.com.cn/GB/1.html">滚动新闻</a></div>
<h1>韩国总统宣布解除紧急戒严令</h1><p>民调显示，支持率差距为朝鲜 &gt; 韩国的说法并不准确，&lt;b&gt;标签&lt;/b&gt;也不是。</p>
<p>&gt; 这一行以大于号开头，不应成为引用。</p>"""
        + "".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))
        + "</div></body></html>"
    )
    body = _one_raw("people.htm", page)["body"]
    assert body.startswith(
        "民调显示，支持率差距为朝鲜 > 韩国的说法并不准确，&lt;b>标签&lt;/b>也不是。"
    )
    assert "\n&gt; 这一行以大于号开头" in body and "人民网" not in body
    paper = f"""<html><body><div class="newscontent">
<div class="news_path"><a href="https://www.thepaper.cn/channel_25950">时事</a> &gt; <a href="https://www.thepaper.cn/list_25429">全球速报</a></div>
<h1 class="news_title">朝鲜暂停外国游客入境</h1><div class="news_about"><p>澎湃新闻记者 王亦凡</p>
<p>2020-01-22 14:08 来源：澎湃新闻</p></div>
<div class="news_txt">{"<br><br>".join(_STORY.split(chr(10) * 2))}</div></div></body></html>"""
    assert _one_raw("paper.html", paper)["body"].strip() == _STORY


def test_a_whole_page_clipped_under_its_title_starts_at_the_headline_again():
    """MarkDownload's clip of a whole page: # 标题 | 联合早报, the excerpt, then the page's logo,
    menu, login and crumbs over the headline printed again (# 标题), the byline and dates:
    the story starts under them."""
    clip = f"""---
created: 2025-06-12T09:41:27 (UTC +08:00)
source: https://www.zaobao.com.sg/realtime/world/story20250604-6456781
author:
---

# 李在明当选韩国第21任总统 | 联合早报

> ## Excerpt
> 韩国共同民主党候选人李在明当选韩国第21任总统。

---
[![联合早报](https://www.zaobao.com.sg/_web2/logo-zbsg.svg)](https://www.zaobao.com.sg/)

-   [即时](https://www.zaobao.com.sg/realtime)
-   [新闻](https://www.zaobao.com.sg/news)

[订阅](https://subscribe.sph.com.sg/zh/publications-zb/) [登录](https://www.zaobao.com.sg/login)

[即时](https://www.zaobao.com.sg/realtime) / [国际](https://www.zaobao.com.sg/realtime/world)

# 李在明当选韩国第21任总统

文 / 吕佳蕙

发布/2025年6月4日 10:12

{_STORY}
"""
    a = _one_raw("zb.md", clip)
    assert (a["title"], a["author"], a["published"]) == (
        "李在明当选韩国第21任总统",
        "吕佳蕙",
        "2025-06-04",
    )
    assert a["body"].strip() == _STORY


def test_a_bylines_list_with_where_it_was_reported_from():
    """BBC's byline as a list (作者, 章雨宁 / 职务, BBC中文 / 报道自 首尔) is the byline, not
    the story."""
    page = f"""<html><body><main><h1>朝鲜炸毁连接韩国的道路</h1>
<ul><li>作者, 章雨宁</li><li>职务, BBC中文</li><li>报道自 首尔</li></ul>
{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</main></body></html>"""
    a = _one_raw("bbc.html", page)
    assert a["author"] == "章雨宁" and a["body"].strip() == _STORY


def test_a_copy_with_a_comment_button_over_the_story_and_a_related_box_inside_it():
    """A whole page copied as text: 我要留言 in the toolbar over the story is a button; a
    related box inside the story (【看更多】 and its headline) is not the story; 留言 under the
    story opens the comments."""
    first, *rest = _STORY.split("\n\n")
    more = "韩国统一部当天表示，将密切关注朝方动向，并与美日等国保持沟通，共同应对局势变化。"
    copy = (
        "中時新聞網\n首頁\n即時\n國際\n\n首頁 > 國際\n\n朝鲜发射数枚短程弹道导弹\n"
        "中時新聞網 陳怡君\n2024/06/19 18:46\n\n分享至 LINE\n複製連結\n我要留言\n\n"
        f"{first}\n\n{more}\n\n【看更多】\n普丁訪朝前夕投書《勞動新聞》 感謝北韓支持\n\n"
        + "\n\n".join(rest)
        + "\n\n留言\n請遵守中時新聞網留言規範，違者將被刪除。\n載入更多留言\n"
    )
    a = _one_raw("ct.txt", copy)
    assert a["body"].strip() == "\n\n".join([first, more, *rest])


@pytest.mark.parametrize(
    "line, furniture, ends",
    [("> 本文為端會員專享內容，感謝你的支持。[加入會員，支持獨立新聞](https://theinitium.com/subscription/)", True, False),
     ("本文为端会员专享内容", True, True)],
)  # fmt: skip
def test_a_members_thanks_inside_the_story_is_furniture_a_paywall_ends_it(line, furniture, ends):
    """A member's copy thanks them inside the story it unlocked (感謝你的支持): the story goes
    on under it; the paywall's label alone is where a reader's copy ends."""
    assert (is_boilerplate(line), ends_story(line)) == (furniture, ends)


@pytest.mark.parametrize("credit", ["撰稿・編輯：黃雅詩", "撰稿：黃雅詩", "撰稿·编辑：黃雅詩"])
def test_a_writer_and_editor_credited_under_the_story(credit):
    """A radio station's story closes with its writer-editor's credit (撰稿・編輯：黃雅詩): the
    writer, not the story; its player's speed button is furniture."""
    page = f"""<html><body><article><h1>南韓國會通過彈劾案</h1><div>00:00 / 02:05 播放速度 1x</div>
{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}<div class="editor">{credit}</div>
</article></body></html>"""
    a = _one_raw("rti.htm", page)
    assert a["author"] == "黃雅詩" and a["body"].strip() == _STORY


def test_a_menu_a_word_a_line_ending_in_a_long_word_over_the_headline():
    """A whole page copied as text, its menu a word a line, the last menu word long enough for a
    headline (新聞報道重溫): the headline is the line right over the date."""
    copy = (
        "https://news.rthk.hk/rthk/ch/component/k2/1745296-20240318.htm\n\n跳至主要內容\n"
        "香港電台網站\nRTHK 新聞\n港聞\n本地\n大中華\n國際\n財經\n體育\n天氣\n交通消息\n即時新聞\n"
        "新聞報道重溫\n \n北韓向東面海域發射多枚彈道導彈\n2024-03-18 HKT 08:51\n\n"
        f"南韓電視台播放北韓發射導彈的資料畫面。（美聯社）\n分享:\nFacebook\nWhatsApp\n列印\n \n{_STORY}\n"
    )
    a = _one_raw("rthk.txt", copy)
    assert (a["title"], a["published"]) == ("北韓向東面海域發射多枚彈道導彈", "2024-03-18")
    assert a["body"].strip().endswith(_STORY)


@pytest.mark.parametrize(
    "line, furniture",
    [("10:38 ✈ ⊿ 5G ▮76%", True), ("< 🔒 cn.yna.co.kr ⋮", True), ("字号 A A 分享 微信 微博 复制链接", True),
     ("cn.yna.co.kr", False), ("韩国 朝鲜 美国", False), ("10:38 韩国总统5G讲话", False)],
)  # fmt: skip
def test_a_screenshots_status_bar_address_bar_and_buttons_are_furniture(line, furniture):
    """Text read from a phone's screenshots: the status bar, the browser's address bar (with
    its lock) and the toolbar's buttons a space apart are furniture; a site's name, topic words
    a space apart and a sentence with a time are not."""
    assert is_boilerplate(line) is furniture


def test_a_copys_writer_alone_over_the_headline_printed_again_in_the_share_panel():
    """A whole page copied as text: the headline, the date, the writer's name alone, the share
    panel printing the headline again and its buttons (推特, 臉書): the writer is the name, not
    a button."""
    copy = (
        "美國之音\n國際\n美國國務院：崔善姬訪俄凸顯朝俄軍事合作加深\n2024年11月5日 06:31\n葉兵\n分享\n"
        "美國國務院：崔善姬訪俄凸顯朝俄軍事合作加深\n分享到\n推特\n臉書\n電郵\n複製鏈接\n打印版本\n\n"
        + "\n".join(_TW_STORY)
        + "\n"
    )
    a = _one_raw("voa.txt", copy)
    assert (a["title"], a["author"]) == ("美國國務院：崔善姬訪俄凸顯朝俄軍事合作加深", "葉兵")
    assert _plain_body(a) == "\n\n".join(_TW_STORY)
    assert bare_name("臉書") is None and bare_name("葉兵") == "葉兵"


@pytest.mark.parametrize(
    "line, caption",
    [("南韓軍方20日表示，一名北韓士兵越過軍事分界線投誠。圖為南韓士兵在非軍事區巡邏。（資料照，美聯社）", True),
     ("北韓外相崔善姬（左）與俄羅斯總統普京在克里姆林宮會晤。（資料照）", False),
     ("韓國政府表示將加強戒備。外交部稱將密切關注。（中時新聞網）", False)],
)  # fmt: skip
def test_a_file_photos_caption_saying_what_the_picture_shows(line, caption):
    """A caption of two sentences, the second saying what the picture shows (圖為…), closed by
    a file photo's word and its agency (資料照，美聯社), is a caption; a story's last two
    sentences closed by its outlet are not, nor a file photo's word with no source."""
    assert sourced_caption(line) is caption


def test_a_markdown_page_under_its_clippers_quoted_note_and_a_long_chrome():
    """A page saved as Markdown with the clipper's note quoted over it (> 剪藏于 … / > 原文链接：…),
    then a cookie notice, the logo, a long menu, login and crumbs over the # headline: the
    headline is the title, the note's address the story's, the story under its date."""
    menu = "\n".join(f"- [栏目{k}](https://www.zaobao.com.sg/news/s{k})" for k in range(10))
    page = f"""> 剪藏于 2025-06-05 09:12
> 原文链接：https://www.zaobao.com.sg/news/world/story20250604-6712345

[跳到主要内容](#main-content)

我们使用cookies来改善您的浏览体验。继续浏览本网站即表示您同意我们的[隐私政策](https://www.sph.com.sg/legal/)。

同意

[![联合早报](https://www.zaobao.com.sg/logo.svg)](https://www.zaobao.com.sg/)

{menu}

[订阅](https://subscribe.sph.com.sg/zh/) [登录](https://www.zaobao.com.sg/login)

[国际](https://www.zaobao.com.sg/news/world) > [东亚](https://www.zaobao.com.sg/news/world/east-asia)

# 李在明宣誓就任韩国总统

发布/2025年6月4日 11:46

{_STORY}
"""
    a = _one_raw("clip.md", page)
    assert (a["title"], a["published"]) == ("李在明宣誓就任韩国总统", "2025-06-04")
    assert a["url"] == "https://www.zaobao.com.sg/news/world/story20250604-6712345"
    assert a["body"].strip() == _STORY


def test_a_whole_page_copy_whose_toolbar_is_bracketed_keeps_its_headline():
    """A whole page copied as text under its menu: the headline, its date and source, then the
    toolbar in brackets (【字体：大 中 小】), which is no shared post's 【headline】."""
    menu = "\n".join(
        ["新华网", "新华网首页", "时政", "国际", "财经", "思客", "地方", "理论", "English"]
    )
    copy = (
        f"{menu}\n当前位置：新华网 > 国际 > 正文\n\n朝鲜宣布新型军事侦察卫星发射失败\n"
        "2024-05-28 08:41:17\n来源：新华网\n【字体：大 中 小】\n【打印】\n分享到\n微信\n\n"
        f"{_STORY}\n"
    )
    a = _one_raw("xinhua.txt", copy)
    assert (a["title"], a["published"]) == ("朝鲜宣布新型军事侦察卫星发射失败", "2024-05-28")
    assert a["body"].strip() == _STORY


def test_a_whole_page_copy_under_a_cookie_notice_with_the_age_beside_its_date():
    """A whole page copied as text: a cookie notice and its buttons (了解更多 / 接受) over the
    menu, then the headline, its writer, its dates and the age beside them (2小時前)."""
    copy = (
        "本網站使用Cookies以提升使用體驗，繼續瀏覽即表示你同意我們的私隱政策。\n了解更多\n接受\n"
        "香港01\n新聞\n娛樂\n生活\n觀點\n下載App\n登入 | 註冊\n即時國際\n國際分類\n世界說\n"
        "南韓國會選舉｜在野共同民主黨大勝\n撰文：黎穎思\n出版：2024-04-11 09:12\n"
        "更新：2024-04-11 10:03\n2小時前\n分享\nFacebook\nWhatsApp\n" + "\n".join(_TW_STORY) + "\n"
    )
    a = _one_raw("hk01.txt", copy)
    assert (a["title"], a["author"]) == ("南韓國會選舉｜在野共同民主黨大勝", "黎穎思")
    assert (a["published"], a["published_time"]) == ("2024-04-11", "09:12")
    assert _plain_body(a) == "\n\n".join(_TW_STORY)


def test_a_wire_copys_editor_with_the_days_code_ends_the_story():
    """中央社 closes a story with its editor and the day's code ((編輯：陳承中)1131204): the
    topic words, ads, app promotions and related stories after it are the page's. The
    listening feature's consent notice over the story is furniture."""
    copy = (
        "中央社 CNA\n即時\n國際\n南韓戒嚴風暴 國會凌晨表決要求解除\n2024/12/4 08:15（12/4 09:02 更新）\n"
        "字級\n列印\n請同意我們的隱私權規範，才能啟用聽新聞的功能。\n播放\n暫停\n"
        + "\n".join(_TW_STORY)
        + "\n（編輯：陳承中）1131204\n南韓\n戒嚴\n尹錫悅\n廣告\n中央社「一手新聞」app\n"
        "早上6點半，一天正式開始；每天早上提供新聞給你。\n下載\n相關新聞\n南韓戒嚴令6小時落幕\n"
    )
    a = _one_raw("cna.txt", copy)
    assert a["title"] == "南韓戒嚴風暴 國會凌晨表決要求解除"
    assert _plain_body(a) == "\n\n".join(_TW_STORY)


def test_a_wire_copys_translator_and_editor_with_the_days_code_date_the_story():
    """A translated wire story closes with its translator, its copy editor and the day's code
    in the ROC calendar ((譯者：林憶萍／核稿：張佑之)1060903): the code dates the story
    (2017-09-03) and the note is no story text."""
    copy = "北韓第六次核試\n\n" + "\n\n".join(_TW_STORY) + "（譯者：林憶萍／核稿：張佑之）1060903\n"
    a = _one_raw("cna.txt", copy)
    assert a["published"] == "2017-09-03" and "1060903" not in a["body"] and "譯者" not in a["body"]


def test_an_old_wire_copys_end_mark_with_the_days_code_in_full_width_digits():
    """中央社's copy of 2000 closes with its end mark and the day's code in the ROC calendar,
    in full-width digits (（完）８９０６１３): the code dates the story (2000-06-13) and leaves
    the text, as does the old site's viewing advice under it."""
    copy = (
        "兩韓高峰會登場\n\n"
        + "\n\n".join(_TW_STORY)
        + "（完）８９０６１３\n\n本網站建議使用 800x600 解析度瀏覽\n"
    )
    a = _one_raw("cna.txt", copy, "big5")
    assert a["published"] == "2000-06-13" and a["body"].strip() == "\n\n".join(_TW_STORY)


_JOPLIN_FOOTER = """
id: 5c1f9e7a2b3d4e8f9a0b1c2d3e4f5a6b
parent_id: 8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d
created_time: 2024-06-20T01:13:55.402Z
updated_time: 2024-06-20T01:13:56.118Z
author: 
source_url: https://www.thepaper.cn/newsDetail_forward_27790512
markup_language: 1
deleted_time: 0
type_: 1"""


def test_a_joplin_raw_export_reads_its_notes_fields():
    """Joplin's raw export: the note (its title, the story), then its fields a line each
    (created_time, source_url, …, type_: 1): the address is the story's, the clip day bounds
    its date, and the fields and the page's registration line are not the story."""
    note = (
        "朝鲜发射数枚短程弹道导弹\n\n"
        + _STORY
        + "\n\n沪ICP备14003370号 沪公网安备31010602000299号 互联网新闻信息服务许可证：31120170006\n"
        + _JOPLIN_FOOTER
    )
    a = _one_raw("5c1f9e7a2b3d4e8f9a0b1c2d3e4f5a6b.md", note)
    assert a["url"] == "https://www.thepaper.cn/newsDetail_forward_27790512"
    assert (a["title"], a["published_latest"]) == ("朝鲜发射数枚短程弹道导弹", "2024-06-20")
    assert a["body"].strip() == _STORY
    # (fields that are not Joplin's stay text)
    assert joplin_fields("text\nid: 1\ntype_: 1")[1] == {}


def test_a_notion_pages_html_export_with_its_properties():
    """A page clipped into Notion and exported as HTML: the properties table (Created, Tags,
    URL) gives the address and the clip day, not text; the toolbar's words a space apart and a
    desk's byline alone (〔國際新聞中心／綜合報導〕) are not the story."""
    page = f"""<html><body><article class="page sans"><header><h1 class="page-title">南韓統一部：上半年抵韓脫北者僅105人 - 自由時報電子報</h1>
<table class="properties"><tbody><tr class="property-row property-row-created_time"><th>Created</th>
<td><time>@July 15, 2024 3:27 PM</time></td></tr><tr class="property-row property-row-url"><th>URL</th>
<td><a href="https://news.ltn.com.tw/news/world/breakingnews/4736521" class="url-value">https://news.ltn.com.tw/news/world/breakingnews/4736521</a></td></tr>
</tbody></table></header><div class="page-body"><h1>南韓統一部：上半年抵韓脫北者僅105人</h1><p>2024/07/15 11:04</p>
<p>分享  已經加入好友  字體大小</p><p>〔國際新聞中心／綜合報導〕</p>
{"".join(f"<p>{p}</p>" for p in _TW_STORY)}</div></article></body></html>"""
    a = _one_raw("notion.html", page)
    assert a["url"] == "https://news.ltn.com.tw/news/world/breakingnews/4736521"
    assert (a["title"], a["published"], a["author"]) == (
        "南韓統一部：上半年抵韓脫北者僅105人",
        "2024-07-15",
        None,
    )
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_clipped_bbc_page_with_two_writers_in_its_byline_list():
    """A BBC page clipped as Markdown: the byline as a list of two writers with their posts and
    where one reported from; the update's age (更新于 2小时前) is furniture."""
    clip = f"""---
title: "韩国宪法法院裁定罢免尹锡悦 - BBC News 中文"
source: "https://www.bbc.com/zhongwen/articles/c0000000/simp"
---

# 韩国宪法法院裁定罢免尹锡悦

-   作者, 高明轩
-   职位, BBC中文
-   报道自 首尔
-   作者, 朴志恩
-   职位, BBC韩文

更新于 2小时前

{_STORY}
"""
    a = _one_raw("bbc.md", clip)
    assert a["author"] == "高明轩、朴志恩" and a["body"].strip() == _STORY


def test_a_sections_link_over_the_story_and_a_caption_credited_after_its_sentence():
    """A copied page: the story's section as a link with its arrow (∙ 全球速报 >) is furniture;
    a photo's caption credited after its sentence (…试射。 朝中社 图) is a caption."""
    copy = (
        "朝鲜称成功试射新型洲际弹道导弹\n澎湃新闻记者 杨越川\n2024-10-31 16:42 来源：澎湃新闻\n∙ 全球速报 >\n字号\n\n"
        f"朝鲜导弹总局31日进行“火星-19”型洲际弹道导弹试射。 朝中社 图\n{_STORY}\n"
    )
    a = _one_raw("paper.txt", copy)
    assert (
        a["images"][0]["caption"].startswith("朝鲜导弹总局31日")
        and a["images"][0]["credit"] == "朝中社"
    )
    assert _plain_body(a) == _STORY


def test_korean_papers_reporters_a_line_each_with_their_mail():
    """东亚日报 prints its reporters a line each after the story (申振宇记者 niceshin@donga.com · /
    孙孝珠记者 sonhj@donga.com): both are the writers."""
    assert (
        author_from_header("申振宇记者 niceshin@donga.com ·\n孙孝珠记者 sonhj@donga.com")
        == "申振宇、孙孝珠"
    )
    assert author_from_header("申振宇记者 niceshin@donga.com") == "申振宇"


def test_a_wires_newsml_file_gives_its_time_and_its_author():
    """A NewsML-G2 file from a wire: the item's first creation time and its <creator> (not the
    translator or editor among its <contributor>s); the story is its inline XHTML."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
<newsItem guid="urn:newsml:afp.com:20240619:zh-TW:TX-SGE-34RK9L:1" standard="NewsML-G2">
<itemMeta><provider literal="AFP"/><versionCreated>2024-06-19T10:42:00+08:00</versionCreated>
<firstCreated>2024-06-19T10:42:00+08:00</firstCreated></itemMeta>
<contentMeta><creator role="afprole:author"><name>Hwang Seo-yeon</name></creator>
<contributor role="afprole:translator"><name>林佳慧</name></contributor>
<headline>普丁抵達平壤 24年來首度訪問北韓</headline></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">
<head><title>普丁抵達平壤 24年來首度訪問北韓</title></head><body>{paragraphs}</body></html></inlineXML>
</contentSet></newsItem></itemSet></newsMessage>"""
    a = _one_raw("AFP_ZH-TW_20240619.xml", xml)
    assert (a["published"], a["published_time"], a["author"]) == (
        "2024-06-19",
        "10:42:00+08:00",
        "Hwang Seo-yeon",
    )
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


@pytest.mark.parametrize(
    "header, names",
    [("作者：林柏宇（國家安全研究所助理研究員）、黃詠晴（中共政軍與作戰概念研究所博士後研究員）", "林柏宇、黃詠晴"),
     ("记者 王强（实习）报道", "王强")],
)  # fmt: skip
def test_writers_each_with_a_bracketed_post(header, names):
    """A think tank's writers each with their post in brackets are all the writers."""
    assert author_from_header(header) == names


def test_a_blogs_name_over_its_post():
    """An old blog platform's page: the blog's name as the h1 (陈伟国的博客), linking its front
    page, names the writer; the link is not the post's address; the post's own title is."""
    page = f"""<html><body><div class="blogtitle"><h1><a href="http://blog.sina.com.cn/chenweiguo1962">陈伟国的博客</a></h1></div>
<div class="articalTitle"><h2 class="titName">朝鲜第三次核试验之后：中国还能做什么</h2><span class="time">(2013-02-12 21:05:33)</span></div>
<div class="articalContent">{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</div></body></html>"""
    a = _one_raw("blog.html", page)
    assert (a["title"], a["author"], a["url"]) == (
        "朝鲜第三次核试验之后：中国还能做什么",
        "陈伟国",
        None,
    )


def test_a_writers_page_linked_over_the_story_names_the_writer():
    """澎湃's commentary pages link the writer's name to their page (/user_3182211) over the
    story: the writer."""
    page = f"""<html><body><main><h1 class="index_title">戒严六小时：韩国“总统制之困”的再审视</h1>
<div class="index_headerContent"><div class="name"><a href="/user_3182211">张睿</a></div>
<div><span>2024-12-08 10:35</span><span>来源：澎湃新闻</span></div></div>
<div class="index_cententWrap">{"".join(f"<p>{p}</p>" for p in _STORY.split(chr(10) * 2))}</div>
<div class="comment"><a href="/user_999">读者甲</a><p>写得很好。</p></div></main></body></html>"""
    assert _one_raw("paper.html", page)["author"] == "张睿"


@pytest.mark.parametrize(
    "header, name",
    [("主持人：中日韩领导人会议27日举行。\n总台记者 赵芮：当地时间27日上午，三国领导人在首尔举行会议。", "赵芮"),
     ("路透社记者 张三：请问中方对此有何评论？", None)],
)  # fmt: skip
def test_a_broadcast_scripts_reporter_turn_names_the_writer(header, name):
    """A TV news page's script: the reporter's turn (总台记者 赵芮：…) is the report's writer;
    a named reporter's question at a press conference (…：请问…？) is not."""
    assert author_from_header(header) == name


def test_a_related_box_named_by_its_label_inside_the_story():
    """BBC sets its related links inside the story in <section aria-labelledby="related-inline">:
    they are related links, not the story."""
    first, *rest = _STORY.split("\n\n")
    page = f"""<html><body><main><h1>戴維營峰會：美日韓宣佈三邊合作「新時代」</h1><p>{first}</p>
<section aria-labelledby="related-inline"><ul role="list"><li><a href="https://www.bbc.com/zhongwen/trad/world-66530771">戴維營峰會前瞻：美日韓為何此時走到一起</a></li>
<li><a href="https://www.bbc.com/zhongwen/trad/world-65012345">尹錫悅訪日：日韓關係「破冰」背後的代價</a></li></ul></section>
{"".join(f"<p>{p}</p>" for p in rest)}</main></body></html>"""
    a = _one_raw("bbc.html", page)
    assert a["body"].strip() == _STORY
    assert any(link["title"].startswith("戴維營峰會前瞻") for link in a["links"])


def test_a_notion_export_of_a_whole_page_reads_its_properties():
    """A whole page exported from Notion as Markdown: its properties under the title (Created,
    Tags, URL) are the note's, Created the day it was clipped, not the story's time (the page
    prints 09:12 under the headline); the site's chrome over the headline goes."""
    menu = " ".join(f"[栏目{k}](https://cn.yna.co.kr/s{k}/index)" for k in range(6))
    page = f"""# 韩美达成关税协议 | 韩联社

Created: July 31, 2025 10:05 AM
Tags: 关税, 韩美关系
URL: https://cn.yna.co.kr/view/ACK20250731000900881

[韩联社](https://cn.yna.co.kr/)

{menu}

# 韩美达成关税协议

2025-07-31 09:12

{_STORY}
"""
    a = _one_raw("notion.md", page)
    assert (a["title"], a["published"], a["published_time"]) == (
        "韩美达成关税协议",
        "2025-07-31",
        "09:12",
    )
    assert a["url"] == "https://cn.yna.co.kr/view/ACK20250731000900881"
    assert a["tags"] == ["关税", "韩美关系"] and a["body"].strip() == _STORY


def test_a_clipped_pages_hot_list_and_a_caption_credited_after_its_sentence():
    """澎湃 as clipped Markdown: the caption under the lead picture is credited after its
    sentence (…会谈。视觉中国 图), whatever the source; ## 热新闻 under the story opens the
    site's list of most-read stories, which is not the story."""
    menu = " ".join(f"[栏目{k}](https://www.thepaper.cn/channel_{k})" for k in range(6))
    page = f"""[![澎湃新闻](https://www.thepaper.cn/img/logo.png)](https://www.thepaper.cn/)

{menu}

# 普京时隔24年再访朝鲜

2024-06-19 22:41 来源：[澎湃新闻](https://www.thepaper.cn/)

![](https://imagecloud.thepaper.cn/117.jpg)

当地时间2024年6月19日，朝鲜平壤，普京与金正恩举行会谈。视觉中国 图

{_STORY}

## 热新闻

-   [美联储维持利率不变](https://www.thepaper.cn/newsDetail_forward_27788001)
-   [高考志愿填报进入关键期](https://www.thepaper.cn/newsDetail_forward_27786612)
"""
    a = _one_raw("paper.md", page)
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [
        ("当地时间2024年6月19日，朝鲜平壤，普京与金正恩举行会谈。", "视觉中国")
    ]
    assert a["body"].strip().endswith(_STORY) and "美联储" not in a["body"]


def test_a_named_text_div_whose_paragraphs_are_parted_by_breaks_is_the_story():
    """东亚日报's story is one <div class="article_txt">, its paragraphs parted by <br><br>,
    after the head's crumb and its font buttons (加大 / 缩小): the div is the story."""
    text = "<br><br>".join(_STORY.split("\n\n"))
    page = f"""<html><body><div id="wrap"><div id="container"><div class="article_title">
<p class="location"><a href="https://www.donga.com/cn/List/Politics">政治</a></p>
<h1 class="title">去年脱北者入境人数回升至196人</h1><div class="title_foot">
<span class="date01">Posted April. 22, 2024 07:51,</span><div class="font_area"><span>字体</span>
<a href="javascript:fontPlus();">加大</a><a href="javascript:fontMinus();">缩小</a></div></div></div>
<div class="article_txt">{text}</div></div></div></body></html>"""
    a = _one_raw("donga.html", page)
    assert a["body"].strip() == _STORY
    assert (a["published"], a["published_time"]) == ("2024-04-22", "07:51")


def test_a_list_with_summaries_parted_by_an_ad_is_one_list():
    """人民网's rolling page: its items (a headline link, a time, some a summary) in two lists
    alike, an ad between them; the page's sidebar ranks some of them again. One list."""
    heads = [f"朝鲜半岛局势第{k}条消息标题" for k in range(8)]

    def item(k: int) -> str:
        url = f"http://world.people.com.cn/n1/2025/0604/c1002-4049{k:04d}.html"
        summary = (
            f"<p>据报道，这是关于半岛局势的第{k}条消息的摘要，共有数十个字的内容。</p>"
            if k % 2
            else ""
        )
        return f'<li><a href="{url}">{heads[k]}</a><em>2025年06月04日1{k}:26</em>{summary}</li>'

    page = f"""<html><body><div class="nav"><a href="/">首页</a><a href="/world">国际</a></div>
<div class="ej_list_box"><h2>国际滚动新闻</h2><ul class="list_14">{"".join(item(k) for k in range(4))}</ul>
<div class="ad_banner"><a href="http://ad.example.com/c"><img src="ad.jpg" alt="广告"></a></div>
<ul class="list_14">{"".join(item(k) for k in range(4, 8))}</ul></div>
<div class="ph_list"><h3>24小时排行</h3><ol><li><a href="/a">{heads[0]}</a></li></ol></div>
</body></html>"""
    articles = convert("list.html", page.encode())["articles"]
    assert [a["title"] for a in articles] == heads


def test_a_channel_page_of_cards_under_a_lead_card():
    """澎湃's channel page: a lead card (its headline an h2 inside the link, a summary, its
    picture's caption, its date beside the comment count) over a grid of cards with ages and
    an ad among them. Eight items, the lead card first, dated by its own date line."""
    heads = [f"韩国戒严风波后续报道第{k}篇" for k in range(8)]

    def card(k: int) -> str:
        return f"""<div class="small_toplink__GmZhY news_card">
<a href="/newsDetail_forward_2947{k}" class="imgbox"><img src="https://img.example/{k}.jpg" alt=""></a>
<a href="/newsDetail_forward_2947{k}"><h2>{heads[k]}</h2></a><div class="small_cardcontent">
<p class="small_source"><a href="/list_page_25429">全球速报</a></p><span>{k}小时前</span>
<span class="small_comment">38{k}</span></div></div>"""

    page = f"""<html><head><title>澎湃新闻-国际</title>
<link rel="canonical" href="https://www.thepaper.cn/channel_25429"></head><body><main class="index_main">
<div class="index_left"><div class="index_topnews big_card">
<a href="/newsDetail_forward_29470" class="imgbox"><img src="https://img.example/0.jpg"
 alt="当地时间2024年12月3日，韩国首尔，民众聚集在国会大楼外。"></a>
<a href="/newsDetail_forward_29470"><h2 class="big_title">{heads[0]}</h2></a>
<p class="big_summary">韩国总统尹锡悦3日深夜发表紧急讲话，宣布实施紧急戒严。约两个半小时后，韩国国会表决要求解除戒严。</p>
<div class="big_cardcontent"><p class="big_source">澎湃新闻</p><span>2024-12-04 09:41</span>
<span class="small_comment">1.2万</span></div></div>
<div class="index_grid">{"".join(card(k) for k in range(1, 4))}
<div class="index_wrapper__ad card_ad"><a href="https://e.example/c">冬季新款轻薄羽绒服 限时直降300元</a>
<div class="ad_mark">广告</div></div>{"".join(card(k) for k in range(4, 8))}</div></div>
<aside><h3>24小时热榜</h3><ul><li><a href="/newsDetail_forward_29470">{heads[0]}</a></li></ul></aside>
</main></body></html>"""
    articles = convert("channel.html", page.encode())["articles"]
    assert [a["title"] for a in articles] == heads
    assert (articles[0]["published"], articles[0]["published_time"]) == ("2024-12-04", "09:41")
    assert articles[1]["url"] == "https://www.thepaper.cn/newsDetail_forward_29471"


def test_a_clipped_section_page_of_linked_headlines_some_with_summaries():
    """韩联社's section page clipped as Markdown: each item a linked thumbnail, a ### linked
    headline, maybe a summary, then its date; an ad's picture between items. One article
    per item, dated by its own line."""
    heads = [f"朝鲜局势相关新闻标题第{k}条" for k in range(6)]

    def item(k: int) -> str:
        url = f"https://cn.yna.co.kr/view/ACK2024011600{k}200881"
        summary = (
            f"韩国统一部{k + 10}日表示，将密切关注朝鲜动向并与盟国协调应对。\n\n" if k % 3 else ""
        )
        return (
            f"[![](https://img2.yna.co.kr/photo/{k}_T1.jpg)]({url})\n\n### [{heads[k]}]({url})\n\n"
            f"{summary}2024-01-1{k} 15:3{k}\n\n"
        )

    page = (
        '---\ntitle: "朝鲜 | 韩联社"\nsource: "https://cn.yna.co.kr/nk/index"\ncreated: 2024-01-17\n---\n\n'
        "[首页](https://cn.yna.co.kr/) > 朝鲜\n\n# 朝鲜\n\n"
        + "".join(item(k) for k in range(3))
        + "[![AD](https://adimg.yna.co.kr/banner.jpg)](https://ads.yna.co.kr/click?cid=1)\n\n"
        + "".join(item(k) for k in range(3, 6))
    )
    articles = convert("section.md", page.encode())["articles"]
    assert [a["title"] for a in articles] == heads
    assert [a["published_time"] for a in articles] == [f"15:3{k}" for k in range(6)]


def test_an_outlets_own_e_mail_its_bold_headlines_through_its_click_tracker():
    """中央社's newsletter: each item a cell with a bold link (no button under it) through the
    outlet's own click tracker (edm.cna.com.tw/c/?…&u=https%3A…), its ROC date and a
    summary; section labels and an ad between items. Each item's address is the story's."""
    items = [(f"北韓局勢相關新聞標題第{k}則", f"https://www.cna.com.tw/news/aopl/20240620{k:04d}.aspx")
             for k in range(4)]  # fmt: skip
    cells = "".join(
        f"""<tr><td style="padding:12px 0;"><a href="https://edm.cna.com.tw/c/?e=CNA20240620&amp;l={k}&amp;u={quote(url, safe="")}"
 style="font-size:18px;color:#003d79;font-weight:bold;">{title}</a><br>
<span style="font-size:12px;">113/06/20 0{k}:58</span><p>{_TW_STORY[k % 3]}</p></td></tr>"""
        + ('<tr><td><div style="font-weight:bold;">國際焦點</div></td></tr>' if k == 1 else "")
        for k, (title, url) in enumerate(items)
    )
    page = f"""<html><head><title>中央社新聞快訊</title></head><body><table width="640">
<tr><td><a href="https://www.cna.com.tw/"><img src="logo.png" alt="中央社 CNA"></a> 中華民國113年6月20日（星期四）</td></tr>
<tr><td><div style="font-weight:bold;">今日焦點</div></td></tr>{cells}</table></body></html>"""
    arts = convert("edm.html", page.encode())["articles"]
    assert [(a["title"], a["url"]) for a in arts] == items
    assert [a["published_time"] for a in arts] == [f"0{k}:58" for k in range(4)]
    # (an outlet's page passing a reader on to another outlet's story is not a tracker)
    assert without_tracking("https://www.cna.com.tw/out?u=https%3A%2F%2Fwww.bbc.com%2Fzh") == (
        "https://www.cna.com.tw/out?u=https%3A%2F%2Fwww.bbc.com%2Fzh"
    )


def test_a_tag_page_whose_items_bylines_name_a_desk():
    """聯合新聞網's tag page: each item's info row (兩岸 聯合報／記者…) sits over the list, so
    it is copied into the page's header; a desk's name glued to the paper (兩岸聯合報) is no
    outlet: the items are the site's. Their links' ?from= (where the reader came from) goes."""
    heads = [f"北韓相關新聞標題第{k}則報導" for k in range(5)]
    items = "".join(
        f"""<div class="story-list__news"><div class="story-list__text">
<h2><a href="https://udn.com/news/story/7331/829910{k}?from=udn-ch1_tag">{heads[k]}</a></h2>
<p class="story-list__summary">{_TW_STORY[k % 3][:60]}</p><div class="story-list__info">
<a class="story-list__cate" href="https://udn.com/news/cate/2/6640">兩岸</a><span>聯合報∕記者林宸佑∕台北即時報導</span>
<time>2024/10/1{k} 10:05</time></div></div></div>"""
        for k in range(5)
    )
    page = f"""<html><head><title>北韓 | 兩岸 | 聯合新聞網</title>
<meta property="og:url" content="https://udn.com/search/tagging/2/北韓"></head><body>
<div class="context-box__content story-list__holder">{items}</div></body></html>"""
    arts = convert("udn.html", page.encode())["articles"]
    assert [a["title"] for a in arts] == heads
    assert arts[0]["url"] == "https://udn.com/news/story/7331/8299100"
    assert {a["outlet"] for a in arts} == {outlet_for_domain("https://udn.com/")}
    assert without_tracking("https://mp.weixin.qq.com/s?__biz=MzA&mid=1&from=timeline") == (
        "https://mp.weixin.qq.com/s?__biz=MzA&mid=1"
    )
    # (a mailed newsletter's campaign fields: BBC's, Mailchimp's, NYT's)
    for tail in (
        "?at_medium=email&at_campaign=zhongwen_weekly",
        "?mc_cid=1a&mc_eid=2b",
        "?smid=em",
    ):
        assert without_tracking(f"https://www.bbc.com/zhongwen/simp/world-66551782{tail}") == (
            "https://www.bbc.com/zhongwen/simp/world-66551782"
        )
    assert without_tracking("https://example.com/a?cat_id=3") == "https://example.com/a?cat_id=3"


def test_a_copy_under_its_capture_day_with_a_tag_label_alone_under_the_story():
    """A whole page copied under the researcher's 擷取日期 line (the copy's day, not the
    story's); a caption credited to two agencies (…（美聯社/俄羅斯衛星社）); under the story a
    tag label alone (相關字詞﹕) and its words a line each, then the page's latest list."""
    copy = (
        "擷取日期：2024-06-20 10:20（明報網頁全選複製）\n\n明報新聞網\n即時新聞\n國際\n"
        "普京凌晨抵平壤 金正恩親赴機場迎接\n發布時間： 2024/06/19 04:02\n"
        "金正恩（右）在平壤順安機場迎接普京。（美聯社/俄羅斯衛星社）\n"
        + "\n".join(_TW_STORY)
        + "\n相關字詞﹕\n普京\n金正恩\n北韓\n即時新聞 國際 最新\n09:05\n以色列軍方：已批准黎巴嫩攻勢作戰計劃\n"
    )
    a = _one_raw("mingpao.txt", copy)
    assert (a["title"], a["published"]) == ("普京凌晨抵平壤 金正恩親赴機場迎接", "2024-06-19")
    assert a["tags"] == ["普京", "金正恩", "北韓"]
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [
        ("金正恩（右）在平壤順安機場迎接普京。", "美聯社/俄羅斯衛星社")
    ]
    assert _plain_body(a).endswith(_TW_STORY[-1]) and "以色列" not in a["body"]


@pytest.mark.parametrize(
    "line",
    ["分享給朋友：", "複製", "已經複製連結", "腾讯QQ", "扫一扫 分享到微信", "APP内打开，阅读更多精彩内容",
     "海量资讯、精准解读，尽在新浪财经APP", "点击播报本文，约", "不感兴趣", "[责任编辑：姜楠 PN138]",
     "来自北京", "IP属地：上海", "环球网版权作品，未经书面授权，严禁转载或镜像，违者将被追究法律责任。",
     "登录  注册  手机版", "::: 現在位置：[首頁](Default.aspx) > [新聞與公告](News.aspx?n=B3)",
     "新聞聯絡人：梁文傑副主任委員"],
)  # fmt: skip
def test_share_and_copy_buttons_alone(line):
    """ETtoday's and 自由時報's share box, copied as text: its label and its copy button."""
    assert is_boilerplate(line)


def test_a_copy_whose_keywords_label_stands_alone_after_its_share_buttons():
    """ETtoday copied whole: after the story, its related list and its share buttons, the
    keywords label alone (關鍵字：) and its words a line each: tags, and the page after them
    (readers' comments, recommendations) is not the story."""
    copy = (
        "ETtoday新聞雲\n國際\n北韓宣稱偵察衛星入軌　日韓美齊聲譴責\n2023年11月22日 08:46\n"
        "分享給朋友：\nFacebook\nLINE\n複製\n記者蔡亦寧／綜合報導\n"
        + "\n".join(_TW_STORY)
        + "\n分享給朋友：\nFacebook\nLINE\n關鍵字：\n北韓\n萬里鏡-1號\n九一九軍事協議\n"
        "讀者迴響\n推薦閱讀\n中國大陸呼吸道疾病患者激增　WHO要求北京提供更多資訊\n"
    )
    a = _one_raw("ettoday.txt", copy)
    assert a["tags"] == ["北韓", "萬里鏡-1號", "九一九軍事協議"]
    assert _plain_body(a) == "\n\n".join(_TW_STORY) and a["author"] == "蔡亦寧"


def test_a_dw_page_copied_whole():
    """DW copied as text: share buttons a line each (Messenger, Web Whatsapp), a picture's
    English alt text over its caption glued to its credit (…的道路圖片來源: Yonhap/picture
    alliance), the agencies it draws on in brackets under the story, then its boxes (skip
    links, related items with their section and day glued, 今日焦點, the footer)."""
    first, second, third = _TW_STORY
    copy = f"""跳轉至内容
DW 德國之聲
朝鮮炸毀兩韓連接道路 韓國軍方鳴槍警告
2024年10月15日
{first}
分享
Messenger
Web Whatsapp
A screen grab from a video released by South Korea's Joint Chiefs of Staff
韓國聯合參謀本部公布的監控影像截圖：朝鮮炸毀軍事分界線以北的道路圖片來源: Yonhap/picture alliance
{second}
{third}
(路透社、美聯社、韓聯社)
跳過更多相關內容部分
更多相關內容
烏克蘭稱朝鮮軍人已在俄羅斯境內集結
全球2024年10月14日
今日焦點
跳過今日焦點部分
無障礙聲明
"""
    a = _one_raw("dw.txt", copy)
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [
        (
            "韓國聯合參謀本部公布的監控影像截圖：朝鮮炸毀軍事分界線以北的道路",
            "Yonhap/picture alliance",
        )
    ]
    body = _plain_body(a)
    for junk in (
        "Messenger",
        "Whatsapp",
        "screen grab",
        "路透社、",
        "2024年10月14日",
        "跳過",
        "無障礙",
    ):
        assert junk not in body, junk
    assert second in body and third in body


def test_a_next_js_page_of_the_paper_with_its_reporter_line_and_keyword_links():
    """澎湃's page as Next.js renders it (hashed class names): the reporter's line of its own
    over the date under the headline names the writer; the keywords after their arrows are
    links (关键词 >>[尹锡悦](…)); the like count and report button are furniture."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><body><main class="index_main__w8Rq3"><div class="index_header__Rt5Y8">
<h1 class="index_title__B8mhI">韩国宪法法院全票通过弹劾案，尹锡悦被罢免</h1>
<div class="index_headerContent__sASF4"><div class="index_top__DWT2A">澎湃新闻记者 沈怡然</div>
<div><span>2025-04-04 11:32</span><span>来源：澎湃新闻</span></div></div></div>
<div class="index_cententWrap__Jv8jK">{paras}</div>
<div class="index_keywords__t1JcE"><span>关键词 &gt;&gt;</span><a href="https://www.thepaper.cn/searchResult?id=尹锡悦">尹锡悦</a>,<a href="https://www.thepaper.cn/searchResult?id=弹劾">弹劾</a></div>
<div class="index_actions__Pq3vB"><span>1.2k</span><span>收藏</span><span>我要举报</span></div>
</main></body></html>"""
    a = _one_raw("paper.html", page)
    assert (a["author"], a["published_time"]) == ("沈怡然", "11:32")
    assert a["tags"] == ["尹锡悦", "弹劾"] and a["body"].strip() == _STORY


def test_a_headlines_audio_button_and_portal_furniture():
    """新华网 sets a listening button inside the h1 (<span class="btn-audio">播报</span>): not
    the headline's. 网易's slogan, its web editor's code (王晓易_NE0011) and its comment box
    (tie-area) are not the story; nor are 人民网's font buttons (大小) and 观察者网's QR prompt."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><body><div class="header"><h1><span class="title">朝鲜称成功试射“火星炮-19”型洲际弹道导弹</span>
<span class="btn-audio"><i></i>播报</span></h1></div><div class="main"><div class="post_body">{paras}
<div class="post_author">本文来源：参考消息<br>责任编辑：<br>王晓易_NE0011</div></div>
<div class="post_statement"><p>网易新闻 有态度</p></div>
<div class="tie-area"><div class="tie-titlebar">网易跟贴 234跟贴 1,865人参与</div>
<div class="tie-item"><span>网易上海市手机网友</span><p>边境管得太严了。</p></div></div></div></body></html>"""
    a = _one_raw("xinhua.html", page)
    assert a["title"] == "朝鲜称成功试射“火星炮-19”型洲际弹道导弹"
    assert a["body"].strip() == _STORY
    for line in ("大小", "扫一扫，关注观察者网", "网易新闻 有态度", "1.2k收藏我要举报"):
        assert is_boilerplate(line), line


def test_reporters_credited_closing_the_first_paragraph():
    """央视网 credits its reporters in brackets closing the lead paragraph (…即开始履职。
    （总台记者 吴薇 朴恩静）): they are the writers; brackets naming places are not."""
    first, *rest = _STORY.split("\n\n")
    body = "\n\n".join([f"{first}（总台记者 吴薇 朴恩静）", *rest])
    assert lead_reporters(body) == "吴薇、朴恩静"
    assert lead_reporters(_STORY) is None
    page = f"<html><body><h1>李在明宣誓就任韩国第21任总统</h1>{''.join(f'<p>{p}</p>' for p in body.split(chr(10) * 2))}</body></html>"
    assert _one_raw("cctv.html", page)["author"] == "吴薇、朴恩静"


def test_an_old_portal_pages_bold_info_line_and_an_archive_address_by_month_name():
    """环球网 in 2013 set the date and source in bold over the story (<strong>2013-02-13
    07:35</strong><strong>环球时报</strong>), with T|T font buttons: evidence, not text. 自由時報's
    old archive names the day in its address by the month's name (/2013/new/dec/14/)."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><body><div class="conText"><h1>朝鲜宣布成功进行第三次核试验</h1><div class="summaryNew">
<strong class="timeSummary">2013-02-13 07:35</strong><strong class="fromSummary">环球时报</strong>
<span class="fontSize">字号：<a href="#">T</a>|<a href="#">T</a></span></div>
<div class="text" id="text">{paras}</div></div></body></html>"""
    a = _one_raw("huanqiu.html", page)
    assert (a["published"], a["published_time"]) == ("2013-02-13", "07:35")
    assert a["outlet"] == outlet_for_name("环球时报") and a["body"].strip() == _STORY
    day = article_date("", url="http://www.libertytimes.com.tw/2013/new/dec/14/today-int1.htm")
    assert day.published == "2013-12-14" and day.evidence.endswith("[url, article url]")


def test_a_reader_view_save_names_its_writer_and_drops_a_newsletter_prompt():
    """Firefox's reader view saved as HTML: the byline it read (<div class="reader-credits">)
    is the writer; a newsletter's prompt linked under the story is not the story."""
    paras = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    page = f"""<html><body><div class="container"><div class="header reader-header">
<a class="domain reader-domain" href="https://www.scmp.com/chinese/article/3258744/korea">scmp.com</a>
<h1 class="reader-title">南韓國會選舉在野黨大勝</h1><div class="credits reader-credits">黎婉婷</div>
<div class="reader-estimated-time">5–7 分鐘</div></div><div class="content"><div class="moz-reader-content">
<div id="readability-page-1" class="page"><div>{paras}
<p><a href="https://www.scmp.com/chinese/newsletter">訂閱南華早報中文網每日通訊，掌握亞洲最新動態</a></p>
</div></div></div></div></div></body></html>"""
    a = _one_raw("reader.html", page)
    assert (a["author"], a["url"]) == (
        "黎婉婷",
        "https://www.scmp.com/chinese/article/3258744/korea",
    )
    assert _plain_body(a) == "\n\n".join(_TW_STORY)


def test_a_clipped_channel_page_under_its_menus_with_an_ad_among_its_items():
    """网易's world channel clipped as Markdown: its menus as lists of links, then items each a
    ### linked headline, maybe a summary, and its source and time; an ad set as an item (its
    headline and 广告) between two of them is none."""
    menu = "\n".join(f"-   [栏目{k}](https://news.163.com/s{k}/)" for k in range(8))
    heads = [f"朝鲜半岛局势最新消息第{k}条" for k in range(5)]

    def item(k: int) -> str:
        summary = (
            "朝鲜外务省发言人12日发表谈话，谴责美韩联合军演，称将采取一切必要措施应对。\n\n"
            if k % 2
            else ""
        )
        return (
            f"### [{heads[k]}](https://www.163.com/news/article/JQ8K2L{k}D0001899O.html)\n\n"
            f"{summary}新华社  2025-03-1{k} 14:3{k}:02\n\n"
        )

    page = (
        "---\nsource: https://news.163.com/world/\ncreated: 2025-03-12\n---\n\n# 国际新闻_网易新闻\n\n"
        f"{menu}\n\n[网易首页](https://www.163.com/) > 国际新闻\n\n## 要闻\n\n"
        + "".join(item(k) for k in range(3))
        + "### [开局一把刀 装备全靠打 今日开服送VIP](https://g.163.com/a?CID=58920)\n\n广告  网易游戏\n\n"
        + "".join(item(k) for k in range(3, 5))
    )
    articles = convert("163.md", page.encode())["articles"]
    assert [a["title"] for a in articles] == heads
    assert [a["published_time"] for a in articles] == [f"14:3{k}:02" for k in range(5)]


def test_a_wechat_accounts_sign_off_under_its_story():
    """A WeChat account's article ends with its staff (记者：谷雨辰 / 运营：小树), its related
    list between dashes (— 往期推荐 —) and its sign-off (分享、点赞、在看，一键三连)."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><body><h1 id="activity-name">普京时隔24年再访平壤</h1>
<div id="js_content">{paras}<p>记者：谷雨辰</p><p>运营：小树</p><p>— 往期推荐 —</p>
<p><a href="https://mp.weixin.qq.com/s/aP3kLmQ9xT7vB2nR5sWd8g">韩国大选落幕：共同民主党拿下175席</a></p>
<p>分享、点赞、在看，一键三连</p></div></body></html>"""
    a = _one_raw("wechat.html", page)
    assert a["author"] == "谷雨辰" and a["body"].strip() == _STORY


def test_a_story_copy_whose_related_items_name_their_outlet_and_age_stays_one_story():
    """澎湃 copied whole under the researcher's 原文： and 复制时间 lines: its 相关推荐 items each
    with the outlet and an age under the story make no results page; the address is noted."""
    related = "".join(
        f"韩国政局相关推荐报道第{k}篇标题\n澎湃新闻\n{k + 1}小时前\n" for k in range(3)
    )
    copy = (
        "原文：https://www.thepaper.cn/newsDetail_forward_29512345\n复制时间 2024/12/4 上午9:10\n\n"
        "澎湃新闻\n要闻\n深度\n视频\n直击｜韩国总统尹锡悦宣布紧急戒严\n澎湃新闻记者 林珊 郑书宇\n"
        "2024-12-04 02:36 来源：澎湃新闻\n"
        + _STORY.replace("\n\n", "\n")
        + "\n责任编辑：胡敏\n相关推荐\n"
        + related
    )
    (a,) = convert("paper.txt", copy.encode())["articles"]
    assert (a["title"], a["author"]) == ("直击｜韩国总统尹锡悦宣布紧急戒严", "林珊、郑书宇")
    assert a["url"] == "https://www.thepaper.cn/newsDetail_forward_29512345"


def test_a_markdown_note_quoted_over_a_rule_and_tag_words_under_the_editor():
    """A researcher's Markdown file: their own heading and a quoted note (> 存档：… / > 链接：…)
    over a rule, then the page copied whole; under the story its editor's line and its tag
    words a line each (no label), then an unlabelled list of other headlines and their times."""
    copy = (
        "# 朝鲜 高超音速导弹 2025-01\n\n> 存档：2025-01-08 10:12（浏览器全选复制）\n"
        "> 链接：https://www.guancha.cn/internation/2025_01_07_761234.shtml\n\n---\n\n"
        "观察者网\n首页\n国际\n朝鲜试射新型高超音速中远程导弹\n2025-01-07 08:45:21\n来源：观察者网\n"
        + _STORY.replace("\n\n", "\n")
        + "\n责任编辑：张广凯\n朝鲜\n导弹\n高超音速\n朝鲜连续第二天发声：绝不接受“无核化”\n2025-01-05 14:20\n"
    )
    a = _one_raw("note.md", copy)
    assert (a["title"], a["published_time"]) == ("朝鲜试射新型高超音速中远程导弹", "08:45:21")
    assert a["url"] == "https://www.guancha.cn/internation/2025_01_07_761234.shtml"
    assert a["tags"] == ["朝鲜", "导弹", "高超音速"] and "无核化" not in a["body"]


def test_share_words_under_a_text_label_name_no_writer():
    """新浪's toolbar copied a word a line (大 / 中 / 小 / 文字 / 收藏 / 微博 / 微信 / 分享): 文字
    is no credits label over names there, and the share words are no writers."""
    copy = (
        "新浪新闻 > 国际新闻 > 正文\n韩军：朝鲜炸毁朝韩连接道路部分路段\n2024年10月15日 16:20 中国新闻网\n"
        "大\n中\n小\n文字\n收藏\n微博\n微信\n分享\n腾讯QQ\n" + _STORY.replace("\n\n", "\n") + "\n"
    )
    a = _one_raw("sina.txt", copy)
    assert a["author"] is None and a["title"] == "韩军：朝鲜炸毁朝韩连接道路部分路段"


def test_a_posters_place_is_no_name():
    """凤凰网 prints where the poster was (来自北京) by the date: no writer's name; a person
    whose name begins so (来自强) is still one, and a sentence is no place tag."""
    assert bare_name("来自北京") is None and bare_name("来自首尔") is None
    assert bare_name("来自强") == "来自强"
    assert not is_boilerplate("来自北京的消息称")


@pytest.mark.parametrize(
    "closing, names",
    [("申圭振记者 newjin@donga.com·尹尚虎军事专门记者 ysh1005@donga.com", "申圭振、尹尚虎"),
     ("郑在宪 记者 jung.jaehun@joongang.co.kr\n金贤敏 记者 kim.hyunmin@joongang.co.kr", "郑在宪、金贤敏"),
     ("金志恩记者", "金志恩")],
)  # fmt: skip
def test_a_korean_papers_reporters_under_the_story(closing, names):
    """东亚日报 and 中央日报 print their reporters under the story, each with the mail and maybe a
    post before 记者 (军事专门记者): the writers, and not the story's text."""
    page = f"<html><body><h1>脱北者乘船抵达韩国</h1>{''.join(f'<p>{p}</p>' for p in _STORY.split(chr(10) * 2))}<p>{closing.replace(chr(10), '<br>')}</p></body></html>"
    a = _one_raw("donga.html", page)
    assert (a["author"], a["body"].strip()) == (names, _STORY)


def test_korean_date_labels_a_writers_title_after_the_label_and_an_archive_credit():
    """朝鲜日报's date line keeps its Korean labels, two dates a bar apart (입력 … | 수정 …); a
    writer's title may follow the label (作者：记者 崔妍洙); a caption short before its paper's
    archive credit (代总统崔相穆。/朝鲜日报DB) is a caption all the same."""
    assert is_date_only("입력 2025.02.08 10:30 | 수정 2025.02.08 11:12")
    assert author_from_header("来源：亚洲经济   作者：记者 崔妍洙") == "崔妍洙"
    assert sourced_caption("代总统崔相穆。/朝鲜日报DB")


def test_a_kbs_page_copied_whole():
    """KBS World's page copied as text: its English date labels (Write: … Update: …), its
    reporter's line, its size buttons a line each (字号 / + / -) and the credit of a picture
    the copy lost (Photo : YONHAP News) over the story."""
    copy = (
        "KBS WORLD\n新闻\n朝鲜\n朝鲜发射固体燃料洲际弹道导弹\nWrite: 2023-07-12 14:46:10 Update: 2023-07-12 16:20:05\n"
        "朴成镇 记者\n字号\n+\n-\n打印\n分享\nPhoto : YONHAP News\n"
        + _STORY.replace("\n\n", "\n")
        + "\n"
    )
    a = _one_raw("kbs.txt", copy)
    assert (a["published"], a["published_time"]) == ("2023-07-12", "14:46:10")
    assert (a["author"], a["body"].strip()) == ("朴成镇", _STORY)


def test_a_korean_papers_title_before_its_reporter_and_its_korean_original():
    """韩民族日报 closes with its reporter after the title, with the mail (记者 严智媛 umkija@
    hani.co.kr), and a link to the Korean original (韩文原文：…): the writer, not the story."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><body><h1>李在明宣誓就任韩国总统</h1>{paras}<p class="byline">记者 严智媛 umkija@hani.co.kr</p>
<p class="origin">韩文原文：<a href="https://www.hani.co.kr/arti/politics/1201455.html">이재명 대통령 취임</a></p></body></html>"""
    a = _one_raw("hani.html", page)
    assert (a["author"], a["body"].strip()) == ("严智媛", _STORY)


def test_an_apps_share_line_over_a_rule_and_its_account_box():
    """腾讯新闻's share page copied under the app's share line (【腾讯新闻】headline https://…)
    and a rule: the address is the story's; the account box (央视新闻 / 央视新闻官方账号 / age /
    + 关注) over the story is not its text."""
    copy = (
        "【腾讯新闻】朝鲜炸毁朝韩连接公路部分路段 韩军鸣枪警告 https://view.inews.qq.com/k/20241015A07M8D00?no-redirect=1\n\n"
        "---------------------------------------\n\n腾讯新闻\n打开App\n\n朝鲜炸毁朝韩连接公路部分路段 韩军鸣枪警告\n\n"
        "央视新闻\n央视新闻官方账号\n3小时前\n+ 关注\n\n" + _STORY + "\n"
    )
    a = _one_raw("qq.txt", copy)
    assert a["title"] == "朝鲜炸毁朝韩连接公路部分路段 韩军鸣枪警告"
    assert a["url"] == "https://view.inews.qq.com/k/20241015A07M8D00?no-redirect=1"
    assert a["body"].strip() == _STORY


def test_a_baijiahao_copy_ends_at_its_comment_box():
    """百家号 copied whole: under the story its source line, 举报/反馈, the comment box (发表评论
    / 发表), the author's latest posts with their times, related posts and 百度热搜."""
    copy = (
        "https://baijiahao.baidu.com/s?id=1802216458863159873\n\n百度首页\n资讯\n普京抵达平壤 开始对朝鲜进行国事访问\n"
        "半岛风云录\n2024-06-19 08:15发布于北京\n+关注\n\n"
        + _STORY
        + "\n\n来源：新华社\n\n举报/反馈\n\n发表评论\n发表\n"
        "作者最新文章\n韩媒：尹锡悦支持率连续三周低于30%\n2024-06-18 21:40\n相关文章\n普京抵达平壤 这些细节值得关注\n"
        "百度热搜\n1 普京抵达平壤\n"
    )
    a = _one_raw("bjh.txt", copy)
    assert (a["published"], a["published_time"]) == ("2024-06-19", "08:15")
    assert _plain_body(a) == _STORY


def test_a_sohu_account_post_of_a_magazines_story():
    """搜狐号 of 中国新闻周刊: the account names the outlet (<meta name="mediaid">); the writer's
    line (记者/许晓菁) over the story, the magazine's print note, its title and its editor
    (运营编辑：肖 菲) under it, and the account's other posts (作者文章) are not the story."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><meta name="mediaid" content="中国新闻周刊"></head><body><div class="text">
<h1>特朗普重返白宫，朝鲜半岛迎来新变数</h1><div class="article-info"><span class="time">2024-11-07 17:32</span></div>
<article class="article"><p>记者/许晓菁</p>{paras}<p>发于2024.11.11总第1165期《中国新闻周刊》杂志</p>
<p>杂志标题：特朗普回归，半岛新变数</p><p>运营编辑：肖 菲</p></article>
<h3>作者文章</h3><ul><li><a href="https://www.sohu.com/a/824088213_220095">美国大选计票进行时：摇摆州决定最终结果</a></li></ul>
</div></body></html>"""
    a = _one_raw("sohu.html", page)
    assert (a["outlet"], a["author"]) == (outlet_for_name("中国新闻周刊"), "许晓菁")
    assert a["body"].strip() == _STORY


def test_an_article_inside_a_named_wrapper_with_comments_and_a_writers_card():
    """今日头条's page: a main-content wrapper holds the toolbar, the <article>, the readers'
    comments, the account's card and the footer; the <article> holds most of the text: it
    is the story."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><body><div class="main-content"><div class="left-sider"><span>1.8万</span><span>收藏</span></div>
<div class="main"><h1>尹锡悦深夜宣布紧急戒严，6小时后又宣布解除</h1><article class="syl-article-base">{paras}</article>
<div class="detail-comment"><p class="content">这是要演哪出？六个小时就收回</p><p class="content">国会反应真快</p></div></div>
<div class="right-sider"><a class="author-name" href="/c/user/token/MS4w/">国际大事早知道</a><p class="author-desc">优质国际领域创作者</p></div>
</div></body></html>"""
    assert _one_raw("toutiao.html", page)["body"].strip() == _STORY


def test_a_zhihu_repost_with_its_note_and_the_posters_comment_after_the_end_mark():
    """A 知乎 column reposting a paper's story: the reposter's note over it (本文转载自《联合早报》，
    作者：王劭宁…) names the outlet and the writer; after the wire's end mark （完） comes the
    reposter's own comment, not the story."""
    story = f"{_STORY}\n\n{_STORY}"  # (a story's worth of text over the end mark)
    paras = "".join(f"<p>{p}</p>" for p in story.split("\n\n"))
    page = f"""<html><body><article><h1>朝鲜再放垃圾气球 韩国恢复扩音广播</h1><div class="RichText ztext">
<blockquote>本文转载自《联合早报》，作者：王劭宁（联合早报驻首尔特约记者）。仅作学习交流，如有侵权请联系删除。</blockquote>
{paras}<p><i>（完）</i></p><p>—— 个人补充：扩音广播这件事，2015年“木箱地雷事件”后也出现过一次，值得警惕。</p>
</div></article></body></html>"""
    a = _one_raw("zhihu.html", page)
    assert (a["outlet"], a["author"]) == (outlet_for_name("联合早报"), "王劭宁")
    assert a["body"].strip() == story


def test_a_clipped_topic_page_with_a_sponsored_item_and_a_short_footer():
    """LINE TODAY's topic page clipped as Markdown: items under their section headings, each
    a ### linked headline, its summary and its source and age (中央社 · 2025/04/04); a
    sponsored item among them; a few lines of the page's own after the last (看更多, 相關話題,
    an app's prompt, the terms)."""
    heads = [f"南韓政局最新消息標題第{k}則" for k in range(4)]

    def item(k: int) -> str:
        return (
            f"### [{heads[k]}](https://today.line.me/tw/v2/article/8z1MX{k})\n\n"
            f"南韓憲法法院今天上午針對總統彈劾案宣判，八名大法官一致認定違反憲法，裁定罷免。\n\n中央社 · 2025/04/0{k + 1}\n\n"
        )

    page = (
        "---\nsource: https://today.line.me/tw/v2/topic/x\ncreated: 2025-04-09\n---\n\n# 【話題】尹錫悅彈劾案 | LINE TODAY\n\n"
        + "\n".join(f"-   [欄目{k}](https://today.line.me/tw/v2/tab/{k})" for k in range(6))
        + "\n\n## 精選\n\n"
        + item(0)
        + "## 最新\n\n"
        + item(1)
        + "**LINE購物 4.4 兒童節狂歡 指定品牌最高回饋 30%**\n\nLINE購物 · 贊助\n\n"
        + item(2)
        + item(3)
        + "[看更多](https://today.line.me/tw/v2/topic/x)\n\n## 相關話題\n\n## 熱門話題\n\n"
        "下載LINE TODAY，掌握第一手新聞　[App Store](https://apps.apple.com/tw/app/x)\n\n"
        "[服務條款](https://terms.line.me/) | [隱私權政策](https://line.me/privacy)\n"
    )
    articles = convert("line.md", page.encode())["articles"]
    assert [a["title"] for a in articles] == heads
    assert articles[0]["published"] == "2025-04-01"


def test_a_topic_page_copied_as_text_with_ads_among_its_items():
    """Yahoo奇摩's topic page copied as text: each item its headline, its source and age a
    hyphenation point apart (中央社 ‧ 2024年10月31日 下午2:47, TVBS新聞網 ‧ 3 小時前) and a
    summary; two ads among them (廣告 / 贊助, each with its words and its advertiser)."""
    items = [(f"北韓相關新聞標題第{k}則報導", ["中央社 ‧ 2024年10月31日 下午2:47", "TVBS新聞網 ‧ 3 小時前",
              "法新社 ‧ 13 小時前", "聯合新聞網 ‧ 21 小時前"][k]) for k in range(4)]  # fmt: skip
    summary = "南韓聯合參謀本部表示，北韓今天上午朝東部海域發射彈道飛彈，正與美方共同分析詳細諸元。"
    blocks = [f"{t}\n{when}\n{summary}\n" for t, when in items]
    copy = (
        "Yahoo奇摩新聞\n搜尋新聞\n登入\n首頁\n即時\n國際\n政治\n財經\n北韓\n追蹤\n焦點\n\n"
        + blocks[0]
        + "\n最新新聞\n\n"
        + blocks[1]
        + "\n廣告\n【雙11必搶】iPhone 16 全系列限時開賣\nYahoo奇摩購物中心\n\n贊助\n行車記錄器推薦 2024 夜視最清楚\nMobile01 x 小惡魔\n\n"
        + blocks[2]
        + "\n"
        + blocks[3]
        + "\n熱門話題\n#美國大選  #北韓\n"
    )
    articles = convert("yahoo.txt", copy.encode())["articles"]
    assert [a["title"] for a in articles] == [t for t, _ in items]
    assert (articles[0]["published"], articles[0]["published_time"]) == ("2024-10-31", "14:47")


def test_a_feed_readers_board_whose_cards_link_their_source():
    """A Feedly board saved whole: each card its headline's link, a link to its source's feed
    (联合早报 - 国际, DW 德国之声 | 中文, 自由亚洲电台 RFA), the writer, an age and a summary. The
    source's link is no other story's; it names the item's outlet."""
    sources = [
        "联合早报 - 国际",
        "DW 德国之声 | 中文",
        "自由亚洲电台 RFA",
        "BBC News 中文",
        "韩联社中文网",
    ]
    cards = "".join(
        f"""<article class="entry magazine"><div class="content">
<a class="EntryTitleLink" href="https://news.example/{k}">朝鲜半岛局势相关报道第{k}篇</a>
<div class="EntryMetadataWrapper"><a class="EntryMetadataSource" href="/i/subscription/feed%2F{k}">{src}</a>
<span class="EntryMetadataAgo" title="Published: Fri, 15 Nov 2024 10:0{k}:00 GMT">5d</span></div>
<div class="EntrySummary">韩国统一部20日发布的数据显示，今年1至9月共有154名脱北者入境韩国，同比增加约8%。</div></div></article>"""
        for k, src in enumerate(sources)
    )
    page = f"""<html><body><nav><a href="https://feedly.com/i/my">Today</a></nav><main class="feedlyFrame">
<h1>朝鲜半岛</h1><div class="StreamPage list-entries">{cards}</div></main></body></html>"""
    articles = convert("board.html", page.encode())["articles"]
    assert [a["title"] for a in articles] == [f"朝鲜半岛局势相关报道第{k}篇" for k in range(5)]
    assert [a["outlet"] for a in articles[:3]] == [
        outlet_for_name(n) for n in ("联合早报", "德国之声", "自由亚洲电台")
    ]


def test_news_aggregator_clusters_whose_lead_card_is_classed_apart():
    """Google News in clusters: each a lead <article class="IFHyqb"> and two <article
    class="UW0SDc">, each a headline's link, its source and its time: nine items in order."""

    def card(cls: str, k: int) -> str:
        return (
            f'<article class="{cls}"><a class="JtKRv" href="./read/CBMi{k}">半岛局势新闻标题第{k}条</a>'
            f'<div><span class="vr1PYe">联合早报</span><time datetime="2024-06-19T0{k}:00:00Z">{k}小时前</time></div></article>'
        )

    clusters = "".join(
        f'<c-wiz class="PO9Zff">{card("IFHyqb DeXSAc", 3 * c)}{card("UW0SDc", 3 * c + 1)}{card("UW0SDc", 3 * c + 2)}</c-wiz>'
        for c in range(3)
    )
    page = f"""<html><body class="EIlDfe"><header><a href="./home">首页</a><a href="./foryou">为你推荐</a></header>
<main><h2>朝鲜半岛</h2>{clusters}</main></body></html>"""
    articles = convert("gnews.html", page.encode())["articles"]
    assert [a["title"] for a in articles] == [f"半岛局势新闻标题第{k}条" for k in range(9)]


def test_a_search_results_lists_source_line_names_each_items_outlet():
    """搜狗微信's results: each item a linked headline, a summary and the account's name on its
    own (参考消息) beside the date: the item's outlet."""
    names = ["参考消息", "环球时报", "澎湃新闻", "新华社", "人民日报"]
    items = "".join(
        f"""<li><div class="txt-box"><h3><a href="/link?url=x{k}">朝鲜向俄罗斯派兵相关报道第{k}篇</a></h3>
<p class="txt-info">韩国国家情报院18日发布消息称，朝鲜已决定向俄罗斯派遣约1.2万名兵力。</p>
<div class="s-p"><span class="all-time-y2">{name}</span><span class="s2">2024-10-1{k}</span></div></div></li>"""
        for k, name in enumerate(names)
    )
    page = f"""<html><body><div class="header"><a href="/">搜狗</a></div><ul class="news-list">{items}</ul></body></html>"""
    articles = convert("sogou.html", page.encode())["articles"]
    assert [a["outlet"] for a in articles] == [outlet_for_name(n) for n in names]


def test_a_malaysian_papers_copy_with_its_writer_and_photographer():
    """东方日报 (Malaysia) copied whole: its banner names it (东方网 Oriental Daily News Malaysia);
    its byline names the writer and the photographer (报道：黄家伟 摄影：林振辉): the writer only,
    and the line is no text."""
    copy = (
        "东方网 Oriental Daily News Malaysia\n首页\n即时\n新闻\n国际\n财经\n登录 | 注册\n新闻 > 财经\n\n"
        "大马韩国完成自贸协定谈判 明年签署\n报道：黄家伟 摄影：林振辉\n2024年12月20日 星期五 下午4:15\n分享\n\n"
        + _STORY
        + "\n"
    )
    a = _one_raw("orientaldaily.txt", copy)
    assert (a["author"], a["outlet"]) == ("黄家伟", outlet_for_name("马来西亚东方日报"))
    assert a["body"].strip() == _STORY and a["published_time"] == "16:15"
    assert is_boilerplate("►國際大小事都在這，快加入ETtoday國際新聞粉絲團！")


def test_a_sputnik_page_copied_whole():
    """俄罗斯卫星通讯社 copied as text: the site's name first, the headline over its time and
    day-first date with the update in brackets (15:47 13.09.2023 (更新: 18:22 13.09.2023)); a
    see-also label (另见) and its headline inside the story; under it a channel's promotion, then
    the topic words a line each (tags, no share buttons' words among them)."""
    first, *rest = _STORY.split("\n\n")
    copy = (
        "俄罗斯卫星通讯社\n18+\n新闻\n俄罗斯\n中国\n国际\n普京与金正恩在东方航天发射场举行会谈\n"
        "15:47 13.09.2023 (更新: 18:22 13.09.2023)\n订阅\n"
        + first
        + "\n另见\n佩斯科夫：俄朝两国元首会谈后不会签署任何协议\n"
        + "\n".join(rest)
        + "\n关注俄罗斯卫星通讯社Telegram频道，第一时间获取最新资讯\n俄罗斯\n朝鲜\n普京\n分享\n评论\n"
    )
    a = _one_raw("sputnik.txt", copy)
    assert (a["title"], a["published_time"]) == ("普京与金正恩在东方航天发射场举行会谈", "15:47")
    assert a["tags"] == ["俄罗斯", "朝鲜", "普京"]
    assert [link["title"] for link in a["links"]] == [
        "佩斯科夫：俄朝两国元首会谈后不会签署任何协议"
    ]
    assert a["body"].rstrip().endswith(rest[-1]) and "Telegram" not in a["body"]


def test_a_dw_clip_names_its_writer_by_the_link_to_their_page():
    """DW's page clipped as Markdown: the writer's name links to their page (…/person-61234970)
    under the headline: the writer, not a line of the story."""
    page = (
        '---\ntitle: "李在明当选韩国总统 – DW – 2025年6月4日"\nsource: "https://www.dw.com/zh/x/a-72771409"\n'
        "created: 2025-06-12\n---\n[政治](https://www.dw.com/zh/政治/t-19157823)\n\n# 李在明当选韩国总统\n\n"
        "[陈佩仪](https://www.dw.com/zh/陈佩仪/person-61234970)\n\n2025年6月4日\n\n" + _STORY + "\n"
    )
    a = _one_raw("dw.md", page)
    assert (a["author"], a["body"].strip()) == ("陈佩仪", _STORY)


def test_a_linked_picture_with_its_caption_repeated_and_boxes_after_the_story():
    """自由時報's page: each picture links to its own file and a span after the link repeats
    its alt text (<a href="….jpg"><img alt="…"></a><span class="ph_b">…</span>): one caption,
    unlinked. The story's block holds all but the titles of the boxes after it (熱門推播, 今日熱門),
    whose lists are no text."""
    alt = "大批民眾連夜聚集在國會外，高喊「解除戒嚴」。（法新社）"
    paras = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    page = f"""<html><head><title>南韓軍方實施對應射擊 - 自由時報電子報</title></head><body>
<section class="article_left"><div class="whitecon article"><h1>南韓軍方實施對應射擊</h1>
<div class="text boxText"><div class="photo"><a href="https://img.ltn.com.tw/1.jpg"><img
src="https://img.ltn.com.tw/1.jpg" alt="{alt}"></a><span class="ph_b">{alt}</span></div>
<span class="time">2024/10/15 15:21</span>{paras}</div></div>
<div class="whitecon boxTitle"><p class="title">熱門推播</p><ul class="list">
<li><a href="https://news.ltn.com.tw/news/life/breakingnews/1">強烈冷氣團週末南下 北台灣低溫恐跌破12度</a></li>
<li><a href="https://news.ltn.com.tw/news/life/breakingnews/2">鴻海11月營收出爐 AI伺服器動能續強</a></li></ul></div>
</section><aside class="article_right"><div class="rank"><p class="title">今日熱門</p><ol>
<li><a href="https://news.ltn.com.tw/news/society/breakingnews/3">北市信義區深夜火警 消防出動20車灌救</a></li>
</ol></div></aside></body></html>"""
    a = _one_raw("ltn.html", page)
    assert a["body"].count(alt) == 1 and "](https://img.ltn.com.tw/1.jpg)\n" in a["body"]
    assert _plain_body(a) == "\n\n".join(_TW_STORY)


def test_a_clips_share_links_font_buttons_and_quoted_see_also_line():
    """南洋商报's page clipped as Markdown: share links to WhatsApp (wa.me/?text=) and a copy
    button left with no address ([复制链接]()), font buttons in bold (字体 **A-** **A** **A+**),
    and a see-also link quoted in bold between paragraphs (> **延伸阅读：**[…](…)): no text."""
    first, *rest = _STORY.split("\n\n")
    u = "https://www.enanyang.my/国际/x"
    page = (
        f'---\ntitle: "朝鲜发射导弹 | 南洋商报"\nsource: "{u}"\ncreated: 2024-06-21\n---\n'
        "# 朝鲜发射导弹\n\n19/06/2024 18:30\n\n"
        f"[Facebook](https://www.facebook.com/sharer/sharer.php?u={u}) [WhatsApp](https://wa.me/?text={u}) "
        f"[Telegram](https://t.me/share/url?url={u}) [复制链接]()\n\n字体 **A-** **A** **A+**\n\n"
        + first
        + "\n\n> **延伸阅读：**[金正恩赠普京两只丰山犬 普京回赠俄产豪华轿车](https://www.enanyang.my/国际/y)\n\n"
        + "\n\n".join(rest)
        + "\n"
    )
    a = _one_raw("nanyang.md", page)
    assert a["body"].strip() == _STORY
    assert is_boilerplate("**延伸閱讀：**[北韓士兵越界投誠](https://example.com/1)")
    assert not is_boilerplate("> 他说：“这是朝鲜半岛局势的转折点。”")


@pytest.mark.parametrize(
    "note, posted",
    [
        ("（复制于 2024-06-03 22:41）", "2024-06-03"),
        ("（9月10日从中新网复制，国际新闻 朝核 资料）", None),
    ],
)
def test_a_copy_note_in_brackets_under_the_pasted_address(note, posted):
    """A text copy opens with the page's address and the researcher's note in brackets, the
    verb first or with no year: the note is no headline, its full day when the copy was made."""
    copy = f"https://www.sinchew.com.my/news/5678901\n{note}\n\n"
    copy += "朝鲜再放逾600垃圾气球 韩方宣布全面暂停军事协议\n\n" + _STORY + "\n"
    a = _one_raw("sinchew.txt", copy)
    assert a["title"] == "朝鲜再放逾600垃圾气球 韩方宣布全面暂停军事协议"
    assert a["body"].strip() == _STORY and note not in a["body"]
    assert a["url"] == "https://www.sinchew.com.my/news/5678901" and a["published"] is None
    assert a["date_evidence"] == (posted and f"{posted} [posted or saved that day, no later]")


def test_a_search_results_page_with_source_and_time_in_each_heading():
    """新浪's news search: each result a heading holding its link and, beside it, its source
    and time (<h2><a>…</a> <span>中新网 2024-12-03 23:10:05</span></h2>), its summary in a
    paragraph opening a wrapper under it, some with a link to alike results; the ranking
    beside the results is no result."""
    more = '<div class="r-info-more"><a href="https://search.sina.com.cn/?sim=1">相同新闻3篇&gt;&gt;</a></div>'
    results = "".join(
        f"""<div class="box-result"><h2><a href="https://news.sina.com.cn/w/2024-12-0{k}/doc-{k}.shtml"><font
color="red">韩国</font>戒严相关报道第{k}篇 国会表决</a> <span class="fgray_time">中新网 2024-12-0{k} 23:10:05</span></h2>
<div class="r-info"><p class="content">中新网12月{k}日电 据韩联社报道，韩国总统尹锡悦发表紧急谈话，宣布实施紧急戒严，国会随后以190票全数赞成通过要求解除戒严的决议案……</p></div>{more if k % 2 else ""}</div>"""
        for k in range(1, 7)
    )
    page = f"""<html><head><title>新浪新闻搜索</title></head><body><div class="left"><div id="result">{results}</div></div>
<div class="right"><div class="hot"><h3>新闻排行</h3><ul>
<li><a href="https://news.sina.com.cn/c/1.shtml">今冬首场寒潮来袭 多地气温将创新低</a></li>
<li><a href="https://news.sina.com.cn/c/2.shtml">2025年国考今起开始网上确认</a></li></ul></div></div></body></html>"""
    arts = convert("sina_search.htm", page.encode())["articles"]
    assert [a["title"] for a in arts] == [f"韩国戒严相关报道第{k}篇 国会表决" for k in range(1, 7)]
    assert arts[0]["url"] == "https://news.sina.com.cn/w/2024-12-01/doc-1.shtml"
    assert arts[0]["published"] == "2024-12-01"


def test_a_digests_items_get_their_addresses_from_the_text_part():
    """自由時報's e-paper digest: its HTML part sets each item's headline as a large font in a
    link through the sender's click tracker (<a href="…/track/click?…"><font size="4"><b>…); the
    first one is an item too, not the page's headline. Its text part prints each headline
    with its address under it (→ 看全文 https://…): that address is the item's."""
    heads = [
        "尹錫悅遭逮捕 成南韓首位被捕現任總統",
        "尹錫悅首日應訊全程行使緘默權",
        "南韓國會再度通過內亂特檢法",
    ]
    ids = ["4923018", "4923871", "4923655"]
    rows = "".join(
        f"""<tr><td><a href="https://epaper.ltn.com.tw/track/click?e=cb81f7&l={n}"><font size="4"><b>{h}</b></font></a><br>
<font size="2">自由時報　2025/01/15 09:58</font><br><font size="3">〔即時新聞／綜合報導〕南韓高層公職人員犯罪調查處今天上午在首爾龍山區總統官邸執行逮捕令。</font></td></tr>"""
        for h, n in zip(heads, ids, strict=True)
    )
    html = f"""<html><head><title>自由時報電子報</title></head><body><table>
<tr><td><b><font color="#c00000">【南韓戒嚴風暴】</font></b></td></tr>{rows}
<tr><td><font size="1">您收到此封電子報，是因為您曾訂閱「自由時報電子報」。</font></td></tr></table></body></html>"""
    plain = "自由時報電子報\n\n" + "".join(
        f"■ {h}\n〔即時新聞／綜合報導〕南韓高層公職人員犯罪調查處今天上午執行逮捕令。\n"
        f"→ 看全文 https://news.ltn.com.tw/news/world/breakingnews/{n}\n\n"
        for h, n in zip(heads, ids, strict=True)
    )
    arts = convert("ltn.eml", _mail(html, plain))["articles"]
    assert [a["title"] for a in arts] == heads
    assert [a["url"] for a in arts] == [
        f"https://news.ltn.com.tw/news/world/breakingnews/{n}" for n in ids
    ]


def test_a_story_shared_from_an_app_with_its_address_after_the_apps_name():
    """Text shared from 央视新闻's app: the headline, the story, the reporters in brackets on a
    line of their own, then the app's share line with the story's address (分享自央视新闻客户端
    https://…) and its download prompt: the address is the story's, the app names its outlet,
    and neither line is text."""
    url = (
        "https://content-static.cctvnews.cctv.com/snow-book/index.html?item_id=7418830652297193622"
    )
    copy = (
        "韩国宪法法院裁定罢免尹锡悦\n\n" + _STORY + "\n\n（总台记者 孙梓淇）\n\n展开全文\n\n"
        f"分享自央视新闻客户端 {url}\n\n下载央视新闻客户端，看更多精彩内容 >>\n"
    )
    a = _one_raw("cctv_share.txt", copy)
    assert (a["url"], a["outlet"], a["author"]) == (url, outlet_for_name("央视新闻"), "孙梓淇")
    assert a["body"].strip() == _STORY


def test_a_reader_view_copy_names_its_site_by_its_host_under_the_headline():
    """Safari's reader view copied as text: the site's host on a line under the headline
    (m.cna.com.tw) names the outlet and is no text; a host no outlet is known by stays."""
    copy = "李在明當選南韓第21屆總統\n\nm.cna.com.tw\n\n2025/6/4 02:18\n\n" + "\n\n".join(_TW_STORY)
    a = _one_raw("reader.txt", copy)
    assert a["outlet"] == outlet_for_domain("https://m.cna.com.tw/")
    assert a["body"].strip() == "\n\n".join(_TW_STORY)
    b = _one_raw("reader.txt", copy.replace("m.cna.com.tw", "example.com"))
    assert "example.com" in b["body"]


def test_a_row_of_buttons_and_counts_with_no_space_between_them():
    """澎湃's mobile page: under the story a row of a like button, its count and other buttons
    side by side (<a>+1</a><span>2367</span><a>收藏</a><a>我要举报</a>, read together as
    +12367收藏我要举报): no text. A paragraph of words set in spans stays."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>普京访问朝鲜</title></head><body><div class="news_txt">
<h1>普京访问朝鲜</h1>{paras}<p><span>韩国</span><span>统一部</span><span>表示关切</span></p>
<div class="news_btns"><a class="zan">+1</a><span>2367</span><a class="collect">收藏</a><a class="report">我要举报</a></div>
</div></body></html>"""
    a = _one_raw("thepaper_m.html", page)
    assert a["body"].strip() == _STORY + "\n\n韩国统一部表示关切"


def test_a_clips_section_word_under_its_headline():
    """星島's page clipped whole: the section's word under the headline (國際), a link in the
    crumbs above, over the date line: no text. The date line still dates the story."""
    page = (
        '---\ntitle: "北韓士兵越界投誠 | 星島日報"\nsource: "https://std.stheadline.com/realtime/article/2004518/x"\n'
        "created: 2024-08-21\n---\n"
        "[即時](https://std.stheadline.com/realtime/) > [國際](https://std.stheadline.com/realtime/international/)\n\n"
        "# 北韓士兵越界投誠\n\n國際\n\n2小時前 · 2024-08-20 14:36\n\n"
        + "\n\n".join(_TW_STORY)
        + "\n"
    )
    a = _one_raw("sthead.md", page)
    assert a["body"].strip() == "\n\n".join(_TW_STORY)
    assert (a["published"], a["published_time"]) == ("2024-08-20", "14:36")


def test_a_clips_print_edition_line_and_bracketed_list_labels():
    """大公網's page clipped: under the story its print edition (大公報6月4日A12版) names the
    paper and is no text; related and most-read lists under bold labels in brackets
    (**【相關新聞】**, **【熱讀】**) are links, not text."""
    story = "\n\n".join(_TW_STORY)
    page = (
        "---\nsource: https://www.takungpao.com/news/232111/2025/0604/1093456.html\n---\n\n"
        "# 李在明當選南韓總統 - 國際 - 大公網\n\n## 李在明當選南韓總統\n\n2025-06-04 04:25:07\n\n"
        + story
        + "\n\n大公報6月4日A12版\n\n* * *\n\n**【相關新聞】**\n\n"
        "-   [南韓大選出口民調：李在明大幅領先](https://www.takungpao.com/news/232111/2025/0603/1093301.html)\n"
        "-   [專家：南韓新政府難以擺脫困境](https://www.takungpao.com/news/232111/2025/0604/1093470.html)\n\n"
        "**【熱讀】**\n\n1.  [香港5月零售業總銷貨價值按年回升](https://www.takungpao.com/news/232109/1.html)\n"
    )
    a = _one_raw("takungpao.md", page)
    assert a["body"].strip() == story and a["outlet"] == outlet_for_name("大公報")
    assert [link["title"] for link in a["links"] if link["kind"] == "related"] == [
        "南韓大選出口民調：李在明大幅領先",
        "專家：南韓新政府難以擺脫困境",
    ]


def test_an_old_e_papers_table_page_with_its_headline_in_a_bold_centred_cell():
    """澳門日報's e-paper page: a <title> naming only the site (澳門日報電子版); the headline
    in a centred cell holding only a bold line, a subtitle under it; the picture with its
    caption after a <br> in a span classed as one (<img><br><span class="picdesc">…)."""
    story = [*_TW_STORY, *_STORY.split("\n\n")]
    paras = "".join(f"<P>　　{p}</P>" for p in story)
    page = f"""<HTML><HEAD><TITLE>澳門日報電子版</TITLE></HEAD><BODY><TABLE>
<TR><TD><IMG src="logo.gif" alt="澳門日報 Macao Daily News"></TD><TD class="date">2024年6月20日 星期四</TD></TR></TABLE>
<TABLE><TR><TD vAlign="top" width="300"><TABLE width="100%"><TR><TD class="listtitle">本版其他新聞：</TD></TR>
<TR><TD><A href="content_1760124.htm">美聯儲維持利率不變　年內或減息一次</A></TD></TR>
<TR><TD><A href="content_1760125.htm">菲律賓南海補給船遭撞擊　一人受傷</A></TD></TR>
<TR><TD><A href="content_1760126.htm">日本東京都知事選舉明日開跑</A></TD></TR></TABLE></TD>
<TD vAlign="top" width="700"><TABLE width="100%"><TR><TD class="font01" align="center"><STRONG>北韓炸毀南北連結道路</STRONG></TD></TR>
<TR><TD class="font02" align="center">南韓軍方實施對應射擊</TD></TR>
<TR><TD class="font03"><IMG src="res01.jpg" border="0"><BR>
<SPAN class="picdesc">北韓炸毀道路現場。（新華社）</SPAN>{paras}</TD></TR></TABLE></TD></TR></TABLE></BODY></HTML>"""
    a = _one_raw("content_1760123.htm", page)
    assert a["title"] == "北韓炸毀南北連結道路"
    assert _plain_body(a) == "\n\n".join(story)
    assert "*北韓炸毀道路現場。（新華社）*" in a["body"]


def test_a_wordpress_pages_short_link_is_its_address_without_a_canonical_one():
    """A WordPress paper's page (诗华日报) names no canonical address, only its short link to
    itself (<link rel="shortlink" href="…/?p=1184562">): that is the story's address; a
    canonical link, when there is one, comes first."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = """<html><head><title>马韩自贸协定谈判进入最后阶段 - 诗华日报 See Hua Daily News</title>{canon}
<link rel="shortlink" href="http://news.seehua.com/?p=1184562" /></head><body>
<h1 class="title">马韩自贸协定谈判进入最后阶段</h1><div class="entry">{paras}</div></body></html>"""
    a = _one_raw("seehua.htm", page.format(canon="", paras=paras))
    assert a["url"] == "http://news.seehua.com/?p=1184562"
    canon = '<link rel="canonical" href="http://news.seehua.com/2024/10/05/mkfta/" />'
    b = _one_raw("seehua.htm", page.format(canon=canon, paras=paras))
    assert b["url"] == "http://news.seehua.com/2024/10/05/mkfta/"


def test_a_mainland_portal_page_copied_whole_with_arrow_crumbs_and_bracket_buttons():
    """中新网's page copied into Notepad: crumbs with their label and arrows (您当前的位置 ：
    首页 → 国际新闻) over the headline; a toolbar of bracketed buttons and arrowed font sizes
    (【打印】 【纠错】 字体：↑大 ↓小); under the story a channel plug (更多精彩内容请关注：
    中新网国际频道), and the footer's licences in brackets on one line ([京ICP证040655号] …)."""
    copy = (
        "中新网首页 | 新闻中心 | 国内 | 国际 | 社会 | 财经\n\n您当前的位置 ：首页 → 国际新闻\n\n"
        "朝鲜宣布成功进行核弹头爆炸试验\n2016年09月09日 14:21 来源：中国新闻网\n\n"
        "【打印】 【纠错】 字体：↑大 ↓小\n\n"
        + _STORY
        + "\n\n更多精彩内容请关注：中新网国际频道\n\n"
        "[网上传播视听节目许可证(0106168)] [京ICP证040655号] [京公网安备：110102003042-1] "
        "[京ICP备05004340号-1] 总机：86-10-87826688\n"
    )
    a = _one_raw("chinanews.txt", copy)
    assert (a["title"], a["published_time"]) == ("朝鲜宣布成功进行核弹头爆炸试验", "14:21")
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize("nobody", ["佚名", "匿名"])
def test_an_anonymous_byline_names_no_writer(nobody):
    """搜狐's old page credits 作者：佚名 (anonymous): no writer is named."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>萨德部署地点确定 - 搜狐新闻</title></head><body>
<div class="text"><h1>萨德部署地点确定</h1><div class="info">来源：环球时报 作者：{nobody} 2016-07-13 14:22:17</div>
{paras}</div></body></html>"""
    a = _one_raw("n458420125.shtml", page)
    assert a["author"] is None and a["body"].strip() == _STORY


def test_an_old_portal_page_with_a_spanned_caption_and_a_save_button():
    """新浪's 2017 page: the picture's alt text and its caption in a span after it differ
    (<img alt="…"><span class="img_descr">…（视频截图）</span>): the span is the caption; the
    button under the story to save the page (保存网页) is no text."""
    paras = "".join(f"<p>　　{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>朝鲜宣布进行氢弹试验|朝鲜_新浪新闻</title></head><body>
<h1 class="main-title">朝鲜宣布进行氢弹试验</h1><div class="article" id="artibody">
<div class="img_wrapper"><img src="http://n.sinaimg.cn/1.jpg" alt="朝鲜中央电视台播发重大报道（视频截图）"><span
class="img_descr">朝鲜中央电视台3日下午播发“重大报道”。（视频截图）</span></div>{paras}
<p class="article-editor">责任编辑：张岩 </p></div><div class="article-bottom"><div class="save"><a
href="javascript:;">保存网页</a></div></div></body></html>"""
    a = _one_raw("sina.html", page)
    assert _plain_body(a) == _STORY
    assert "\n*朝鲜中央电视台3日下午播发“重大报道”。（视频截图）*\n" in a["body"]


def test_a_pictures_printed_caption_beside_it_differs_from_its_alt_text():
    """网易's paragraph holding a picture with alt text, a <br> and the printed caption with its
    credit (<p class="f_center"><img alt="…"><br>…新华社发（韩朝峰会联合采访团供图）</p>): the
    printed caption is the picture's, not a paragraph of the story."""
    first, *rest = _STORY.split("\n\n")
    caption = "4月27日，金正恩与文在寅在板门店军事分界线握手。新华社发（韩朝峰会联合采访团供图）"
    paras = "".join(f"<p>　　{p}</p>" for p in rest)
    page = f"""<html><head><title>朝韩首脑在板门店会晤_网易新闻</title></head><body>
<h1>朝韩首脑在板门店会晤</h1><div class="post_text" id="endText"><p>　　{first}</p>
<p class="f_center"><img alt="朝韩首脑在板门店举行会晤" src="https://cms-bucket.ws.126.net/1.jpg"><br>{caption}</p>
{paras}</div></body></html>"""
    a = _one_raw("163.html", page)
    assert re.sub(r"\n{3,}", "\n\n", _plain_body(a)) == _STORY and f"*{caption}*" in a["body"]


def test_a_korean_papers_chinese_page_with_its_translation_notes_and_copyright():
    """中央日报中文网: a note that the story was translated from the Korean edition opens it
    (※本文由中央日报中文网编译自韩文版原文。); under it the reporters, name first, a line each
    with their mail, then the translator's credit (【编译】崔敏) and the paper's copyright
    (本网站内容版权归中央日报所有，未经许可禁止转载。): the reporters are the writers, and none
    of those lines is text."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>朝鲜发射中远程弹道导弹 - 中央日报中文网</title></head><body>
<h1 class="heading">朝鲜发射中远程弹道导弹</h1><div id="article-view-content-div">
<p>※本文由中央日报中文网编译自韩文版原文。</p>{paras}
<p>郑容洙 记者 jung.yongsoo@joongang.co.kr<br>李允珠 记者 lee.yoonjoo@joongang.co.kr</p>
<p>【编译】崔敏</p><p>本网站内容版权归中央日报所有，未经许可禁止转载。</p></div></body></html>"""
    a = _one_raw("joins.htm", page)
    assert (a["author"], a["body"].strip()) == ("郑容洙、李允珠", _STORY)
    assert not is_boilerplate("他说版权归作者所有，但是转载很普遍。")


def test_an_ettoday_copy_with_share_buttons_and_captions_under_a_triangle():
    """ETtoday's page copied as text: share buttons with their network (分享 FB, 分享 LINE),
    a caption under a triangle crediting a file picture or a screen shot (▲…。（示意圖／路透）,
    ▲…。（圖／翻攝自南韓聯參）), then the reporter's line alone (記者陳宛貞／綜合報導): the
    reporter is the writer, and no caption or button is text."""
    first, *rest = _TW_STORY
    copy = (
        "ETtoday新聞雲\n新聞雲 > 國際\n北韓炸毀南北連結道路 南韓軍方實施對應射擊\n2025年03月05日 14:22\n"
        "分享 FB\n分享 LINE\n分享 X\n▲南韓軍方在中部前線執行警戒任務。（示意圖／路透）\n"
        f"記者陳宛貞／綜合報導\n{first}\n\n▲北韓在軍事分界線北側築牆。（圖／翻攝自南韓聯參）\n"
        + "\n\n".join(rest)
        + "\n"
    )
    a = _one_raw("ettoday.txt", copy)
    assert a["author"] == "陳宛貞"
    assert re.sub(r"\n{3,}", "\n\n", _plain_body(a)) == "\n\n".join(_TW_STORY)


def test_a_mingpao_clip_with_its_font_buttons_tag_links_and_section_list():
    """明報's page clipped: font buttons under their label (字型大小 [A-](#) [A+](#) | [列印](#));
    under the story its tag words as links after their label (相關字詞﹕[尹錫悅](…) [南韓](…))
    and the section's other stories under a heading (#### 國際 - 其他新聞): tags and related
    links, not text."""
    story = "\n\n".join(_TW_STORY)
    page = (
        '---\ntitle: "北韓炸毀道路 - 20241205 - 國際 - 每日明報 - 明報新聞網"\n'
        'source: "https://news.mingpao.com/pns/x/article/20241205/s00014/1733336812345"\ncreated: 2025-02-11\n---\n'
        "2024年12月5日星期四\n\n# 北韓炸毀道路\n\n字型大小 [A-](#) [A+](#) | [列印](#) | [分享](#)\n\n"
        + story
        + "\n\n相關字詞﹕[北韓](https://news.mingpao.com/tag/1) [南韓](https://news.mingpao.com/tag/2)\n\n"
        "#### 國際 - 其他新聞\n\n- [南韓總統府：尹錫悅暫無外訪計劃](https://news.mingpao.com/pns/1)\n"
        "- [法國政府料遭不信任動議倒台](https://news.mingpao.com/pns/2)\n"
    )
    a = _one_raw("mingpao.md", page)
    assert a["body"].strip() == story and a["tags"] == ["北韓", "南韓"]
    assert [link["title"] for link in a["links"]] == [
        "南韓總統府：尹錫悅暫無外訪計劃",
        "法國政府料遭不信任動議倒台",
    ]


def test_a_clips_push_notification_list_ends_the_story():
    """自由時報's page clipped: after the story and its related links, the most-pushed list
    under its heading (### 熱門推播) and the footer are no text."""
    story = "\n\n".join(_TW_STORY)
    page = (
        '---\nsource: "https://news.ltn.com.tw/news/world/breakingnews/4894123"\n---\n'
        "# 北韓炸毀道路\n\n2024/12/14 17:05\n\n" + story + "\n\n### 熱門推播\n\n"
        "1. [寒流來襲！週末低溫探9度 北部濕冷](https://news.ltn.com.tw/news/life/breakingnews/4894002)\n"
        "2. [台灣隊奪12強冠軍 總統府接見國家隊](https://sports.ltn.com.tw/news/breakingnews/4894010)\n\n"
        "[網友回應](#)\n\n- [關於我們](https://www.ltn.com.tw/about)\n"
    )
    assert _one_raw("ltn.md", page)["body"].strip() == story


def test_a_kbs_copy_with_a_credit_over_its_caption_and_the_writer_under_the_story():
    """KBS WORLD's page copied as text: share buttons a space apart (Facebook X Weibo 复制链接);
    a picture's credit in brackets over its caption ([图片来源：KBS新闻] / 3日晚，…): one
    caption; under the story the writer, then the editor (撰稿：金恩珠 | 编辑：崔雨林); the
    related list's label in brackets ([关联新闻]); the app's prompts (下载KBS WORLD应用，…,
    App Store | Google Play)."""
    story = _STORY + "\n\n" + "\n\n".join(_TW_STORY)
    copy = (
        "KBS WORLD\n新闻 > 政治\n\n尹锡悦宣布紧急戒严六小时后解除\n2024-12-04 10:13\n分享\n"
        "Facebook X Weibo 复制链接\n\n[图片来源：KBS新闻]\n3日晚，戒严军人员在国会主楼前与市民对峙。\n\n"
        + story
        + "\n\n撰稿：金恩珠 | 编辑：崔雨林\n\n[关联新闻]\n在野党向国会提交尹锡悦弹劾案 拟于7日表决\n2024-12-04\n"
        "国防部长官金龙显提出辞呈\n2024-12-04\n\nKBS WORLD Radio 应用程序\n下载KBS WORLD应用，随时收听韩国广播\n"
        "App Store | Google Play\n"
    )
    a = _one_raw("kbs.txt", copy)
    assert a["author"] == "金恩珠"
    assert a["images"] == [
        {"url": None, "caption": "3日晚，戒严军人员在国会主楼前与市民对峙。", "credit": "KBS新闻"}
    ]
    assert _plain_body(a).split("\n\n## ")[0].strip() == story
    assert [link["title"] for link in a["links"]][:2] == [
        "在野党向国会提交尹锡悦弹劾案 拟于7日表决",
        "国防部长官金龙显提出辞呈",
    ]


def test_a_kyodo_clip_with_a_short_credited_caption_and_its_sign_off():
    """共同网's page clipped: under the picture a one-sentence caption closed by its sources in
    brackets (…发表光复节讲话（韩联社/共同）): the picture's caption; under the story the wire's
    sign-off between equals signs (==共同社==): no text."""
    page = (
        '---\nsource: "https://china.kyodonews.net/news/2025/08/7c41a9e0d2b3-80.html"\n---\n'
        "# 李在明发表光复节讲话\n\n2025-08-15 18:40\n\n"
        "![李在明在光复节庆典上发表讲话](https://china.kyodonews.net/static/img/1.jpg)\n\n"
        "韩国总统李在明15日在首尔发表光复节讲话（韩联社/共同）\n\n" + _STORY + "\n\n==共同社==\n"
    )
    a = _one_raw("kyodo.md", page)
    assert _plain_body(a) == _STORY
    assert a["images"][0]["credit"] == "韩联社/共同"


def test_a_story_block_named_by_one_glued_word():
    """RFA's old page names its story's block by one glued word (<div id="storytext">) under
    menus of links with no class a container has: that block is the story, the menus are not."""
    paras = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    menu = "".join(
        f'<li><a href="https://www.rfa.org/{w}/">{w}</a></li>'
        for w in ("english", "mandarin", "korean")
    )
    page = f"""<html><head><title>中國遣返脫北者 — 粵語</title></head><body><div id="portal-top">
<ul id="portal-languages">{menu}</ul><ul id="portal-globalnav">{menu}</ul></div>
<div id="storypagemaincol"><h1>中國遣返脫北者</h1><div id="dateline">2023-10-13</div>
<div id="storytext">{paras}</div></div></body></html>"""
    assert _one_raw("rfa.html", page)["body"].strip() == "\n\n".join(_TW_STORY)


def test_writers_cards_with_a_button_to_their_stories_name_no_one_else():
    """第一财经's writers' cards: each name, the writer's post and a button to the writer's
    other stories, a link to their page (邱娴 / 第一财经记者 / [相关阅读](…/author/10482.html)):
    the button's words are no writer; the page's data names both."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    cards = "".join(
        f'<div class="author-item"><h4>{n}</h4><p>第一财经记者</p><a href="https://www.yicai.com/author/{k}.html">相关阅读</a></div>'
        for n, k in (("邱娴", 10482), ("陈鹏", 11217))
    )
    ld = '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "邱娴"}, {"@type": "Person", "name": "陈鹏"}]}'
    page = f"""<html><head><title>韩美达成贸易协议</title><script type="application/ld+json">{ld}</script></head><body><div class="title"><h1>韩美达成贸易协议</h1>
<p class="names">作者：<a href="https://www.yicai.com/author/10482.html">邱娴</a>　<a href="https://www.yicai.com/author/11217.html">陈鹏</a>　　　责编：<a href="javascript:;">任芳</a></p></div>
<div class="m-txt">{paras}</div><div class="m-authors"><div class="tit">文章作者</div>{cards}</div></body></html>"""
    assert _one_raw("yicai.html", page)["author"] == "邱娴、陈鹏"


def test_a_hk01_copy_with_a_one_line_see_also_and_social_media_captions():
    """香港01's page copied as text: captions credited to a social account or to the internet
    (…片段。（Telegram@V_Zelenskiy_official）, …集結。（互聯網圖片）); a see-also line between
    paragraphs with its label and headline on one line (【延伸閱讀】…（按此看內文）): the story
    goes on under it, and none of them is text."""
    first, second, third = _TW_STORY
    copy = (
        "香港01\n國際分類\n北韓炸毀南北連結道路\n撰文：梁子晴\n出版：2025-01-13 12:45\n分享\n"
        "澤連斯基在社交平台公布兩名被俘朝鮮士兵接受審問的片段。（Telegram@V_Zelenskiy_official）\n"
        f"{first}\n\n{second}\n\n【延伸閱讀】南韓國情院：在俄朝鮮士兵死傷逾3000人（按此看內文）\n\n"
        f"南韓國家情報院公布的衛星圖片，顯示朝鮮士兵在俄羅斯遠東地區集結。（互聯網圖片）\n{third}\n"
    )
    a = _one_raw("hk01.txt", copy)
    assert re.sub(r"\n{3,}", "\n\n", _plain_body(a)) == "\n\n".join(_TW_STORY)
    assert [i["credit"] for i in a["images"]] == ["Telegram@V_Zelenskiy_official", "互聯網圖片"]


def test_a_caption_under_a_picture_wrapped_inline_in_its_paragraph():
    """环球网's page: the picture wrapped inline in a paragraph of its own (<p><i class="pic-con">
    <img></i></p>), its caption the next paragraph with its credit (…仪式。图源：视觉中国)."""
    first, *rest = _STORY.split("\n\n")
    paras = "".join(f"<p>{p}</p>" for p in rest)
    page = f"""<html><head><title>普京结束访朝_环球网</title></head><body><h1>普京结束访朝</h1><article>
<p>{first}</p><p><i class="pic-con"><img src="https://rs.huanqiucdn.cn/1.jpeg" alt=""></i></p>
<p class="pic-desc">6月19日，普京（左）与金正恩在平壤出席欢迎仪式。图源：视觉中国</p>{paras}</article></body></html>"""
    a = _one_raw("huanqiu.html", page)
    assert re.sub(r"\n{3,}", "\n\n", _plain_body(a)) == _STORY
    assert a["images"][0]["credit"] == "视觉中国"


def test_a_pdf_printouts_text_with_its_margins_on_two_lines_each():
    """A page printed to PDF and its text copied: each page's margins on two lines each, the
    print time over the page's title and the address over the page number (2024/12/4 下午4:37 /
    headline …, https://… / 1/2): the address is the story's, the print day bounds its date, the
    menu over the printed headline is chrome, and no margin is text."""
    url = "https://www.voachinese.com/a/yoon-martial-law-20241203/7886543.html"
    head = "2024/12/4 下午4:37\n尹锡悦突然宣布紧急戒严\n"
    first, second, third = _STORY.split("\n\n")
    copy = (
        f"{head}跳转到主要内容\n美国之音\n搜索\n首页 中国 美国 港澳 台湾 国际\n尹锡悦突然宣布紧急戒严\n"
        f"2024年12月3日 12:40\n{first}\n{second}\n{url}\n1/2\n{head}{third}\n{url}\n2/2\n"
    )
    a = _one_raw("voa_print.txt", copy)
    assert (a["title"], a["url"], a["published"]) == ("尹锡悦突然宣布紧急戒严", url, "2024-12-03")
    assert a["body"].strip() == _STORY


def test_a_senders_note_over_a_pasted_address_and_a_byline_line_over_the_story():
    """A colleague's mail pasting a page: a note over the page's address (思远，这篇你看看，
    日经今天下午刚出的。 / https://…), then the page's headline, date and the paper's byline
    line (日本经济新闻（中文版：日经中文网）细谷翔平 首尔): the note is no headline, the byline
    names the writer and is no text."""
    url = "https://cn.nikkei.com/politicsaeconomy/politicsasociety/56321-2024-09-06-16-20-41.html"
    copy = (
        f"思远，这篇你看看，日经今天下午刚出的。\n\n{url}\n\n日韩首脑会谈：确认加强日美韩合作\n政治外交\n"
        "2024/09/06 16:20\n日本经济新闻（中文版：日经中文网）细谷翔平 首尔\n\n" + _STORY + "\n"
    )
    a = _one_raw("fwd.txt", copy)
    assert (a["title"], a["url"], a["author"]) == (
        "日韩首脑会谈：确认加强日美韩合作",
        url,
        "细谷翔平",
    )
    assert a["body"].strip() == _STORY


def test_a_summary_box_over_the_story_is_its_description():
    """第一财经's box over the story summing it up under its label (<div class="intro"><span
    class="tag">摘要</span><p>…</p></div>): no paragraph of the story, nor a tag."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>韩美达成贸易协议</title></head><body><h1>韩美达成贸易协议</h1>
<div class="intro"><span class="tag">摘要</span><p>韩国成为继日本、欧盟之后又一个与美国达成关税协议的主要经济体。</p></div>
<div class="m-txt">{paras}</div></body></html>"""
    a = _one_raw("yicai.html", page)
    assert a["body"].strip() == _STORY and "摘要" not in a["tags"]


def test_an_overseas_editions_copy_with_its_masthead_city_and_weather():
    """明報加東版's page copied as text: its masthead with the edition's city over its Latin
    name (明報加東版(多倫多) / Ming Pao Canada), the day, the city's weather (多倫多 12°C) and a
    menu over the headline: the headline is the title, the weather no text."""
    copy = (
        "明報加東版(多倫多)\nMing Pao Canada\n2024年10月19日 星期六\n多倫多 12°C\n登入 | 註冊\n首頁\n"
        "即時新聞\n加國新聞\n國際\n加東新聞 > 加國新聞\n北韓脫北者多倫多分享逃亡經歷\n2024年10月17日 星期四\n"
        "記者 梁嘉穎 報道\n" + "\n\n".join(_TW_STORY) + "\n"
    )
    a = _one_raw("mingpao_ca.txt", copy)
    assert (a["title"], a["published"], a["author"]) == (
        "北韓脫北者多倫多分享逃亡經歷",
        "2024-10-17",
        "梁嘉穎",
    )
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_clips_reporters_in_brackets_on_their_own_line_and_its_buttons():
    """环球网's page clipped: the reporters' titles and names in brackets on a line of their own
    over the story (【环球时报驻俄罗斯特派记者 王晓尘 环球时报特约记者 金哲民】): the byline, no
    text; under the story the buttons (+1 收藏 我要纠错) and the site's maker
    (制作单位：新华网股份有限公司) are no text either."""
    page = (
        "---\nsource: https://world.huanqiu.com/article/4IDz8kYH3ab\n---\n# 普京再访朝鲜\n\n"
        "2024-06-20 06:58\n\n【环球时报驻俄罗斯特派记者 王晓尘 环球时报特约记者 金哲民】\n\n"
        + _STORY
        + "\n\n+1 收藏 我要纠错\n\n制作单位：新华网股份有限公司\n"
    )
    a = _one_raw("huanqiu.md", page)
    assert (a["author"], a["body"].strip()) == ("王晓尘、金哲民", _STORY)


def test_a_byline_of_linked_names_set_apart_around_their_comma():
    """公視's byline: each reporter a link, the enumeration comma between them set apart when
    the page's text is read (陳宜君 、 許智翔 / 綜合報導): both are the writers."""
    assert (
        author_from_header("2025-06-04 11:20 陳宜君 、 許智翔 / 綜合報導 分享到Facebook")
        == "陳宜君、許智翔"
    )


def test_a_short_caption_in_the_block_after_a_picture_alone_in_its_own():
    """RTHK's page: the picture with alt text alone in its block, the caption the next block
    (<div class="itemImage"><img alt="…"></div><div class="itemImageCaption">…</div>); under
    the story a video box's label (新聞片段): the caption is the picture's, the label no text."""
    paras = "<br /><br />".join(_TW_STORY)
    page = f"""<html><head><title>朝鮮試射巡航導彈 - RTHK</title></head><body><h2 class="itemTitle">朝鮮試射巡航導彈</h2>
<div class="itemImageBlock"><div class="itemImage"><img src="https://news.rthk.hk/1.jpg" alt="朝鮮試射巡航導彈"></div>
<div class="itemImageCaption">朝中社發放的試射照片</div></div><div class="itemFullText">{paras}</div>
<div class="itemVideoBlock"><span class="ns2-label">新聞片段</span></div></body></html>"""
    a = _one_raw("rthk.html", page)
    assert (
        _plain_body(a) == "\n\n".join(_TW_STORY)
        and a["images"][0]["caption"] == "朝中社發放的試射照片"
    )


def test_a_related_label_in_brackets_over_link_paragraphs_inside_the_story_block():
    """ETtoday's story block ends with a bold label in brackets (<p><strong>【延伸閱讀】</strong>
    </p>) over paragraphs that are each one link: related links, not text."""
    paras = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    page = f"""<html><head><title>美日韓大衛營峰會</title></head><body><h1>美日韓大衛營峰會</h1>
<div class="story">{paras}<p><strong>【延伸閱讀】</strong></p>
<p><a href="https://www.ettoday.net/news/20230818/2562987.htm">拜登大衛營迎尹錫悅、岸田　美日韓首度單獨峰會登場</a></p>
<p><a href="https://www.ettoday.net/news/20230816/2561540.htm">北韓警告美日韓「亞洲版北約」　揚言採取對應措施</a></p></div></body></html>"""
    a = _one_raw("ettoday.html", page)
    assert a["body"].strip() == "\n\n".join(_TW_STORY)
    assert len([link for link in a["links"] if link["kind"] == "related"]) == 2


def test_a_feeds_promotion_set_as_an_item_is_no_article():
    """明報's feed carries its own subscription offer as an item (【明報App】訂閱明報網站 首月只需$1):
    not an article; the stories around it are."""
    item = "<item><title>{}</title><link>https://news.mingpao.com/ins/{}</link><description>{}</description><pubDate>Sun, 15 Dec 2024 10:0{} +0800</pubDate></item>"
    items = [
        item.format("南韓憲法法院召開首次法官會議", 1, _TW_STORY[0], 1),
        item.format(
            "【明報App】訂閱明報網站 首月只需$1", 2, "立即訂閱，無限瀏覽明報新聞網全部內容。", 2
        ),
        item.format("國民力量黨魁韓東勳宣布辭職", 3, _TW_STORY[1], 3),
    ]
    feed = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>明報新聞網 - 國際</title>{"".join(items)}</channel></rss>'
    arts = convert("mingpao.xml", feed.encode())["articles"]
    assert [a["title"] for a in arts] == [
        "南韓憲法法院召開首次法官會議",
        "國民力量黨魁韓東勳宣布辭職",
    ]


def test_a_rolling_list_of_days_each_in_its_own_wrapper():
    """新华网's rolling list: each day's items in a wrapper of one class under its date heading
    (<div class="dataList"><h3>2024年6月19日 星期三</h3><ul><li><span>22:47</span><a>…),
    few to a day: one list, each item dated by its day's heading and its time."""
    days = {"2024年6月19日 星期三": ["22:47", "20:36"], "2024年6月18日 星期二": ["16:44", "12:03"],
            "2024年6月17日 星期一": ["19:35", "11:20"]}  # fmt: skip
    blocks, n = "", 0
    for day, times in days.items():
        lis = ""
        for t in times:
            n += 1
            lis += f'<li><span class="time">{t}</span><a href="http://www.xinhuanet.com/world/c_{n}.htm">朝鲜半岛局势相关报道第{n}篇</a><span class="src">新华社</span></li>'
        blocks += f'<div class="dataList"><h3 class="dateTit">{day}</h3><ul>{lis}</ul></div>'
    page = f"""<html><head><title>朝鲜半岛滚动新闻_新华网</title></head><body><div class="mainLeft">{blocks}</div>
<div class="mainRight"><h3>图片新闻</h3></div></body></html>"""
    arts = convert("cxbd_gd.htm", page.encode())["articles"]
    assert [a["title"] for a in arts] == [f"朝鲜半岛局势相关报道第{k}篇" for k in range(1, 7)]
    assert (arts[2]["published"], arts[2]["published_time"]) == ("2024-06-18", "16:44")


def test_a_bbc_clips_byline_list_under_its_lead_picture():
    """BBC's page clipped: its byline list under the lead picture (- 作者, 孙宇辰 / - 职务,
    BBC中文 / - 报道自 首尔 / - 2025年1月13日): the byline, not text; under a 联合早报 story
    its prompt to report a mistake (发现错误？[告诉我们](…)) is no text either."""
    page = (
        '---\nsource: "https://www.bbc.com/zhongwen/articles/c4g1x7zd2p9o/simp"\n---\n# 乌克兰俘获两名朝鲜士兵\n\n'
        "![泽连斯基公布的视频截图](https://ichef.bbci.co.uk/1.jpg)\n\n"
        "- 作者, 孙宇辰\n- 职务, BBC中文\n- 报道自 首尔\n- 2025年1月13日\n\n"
        + _STORY
        + "\n\n发现错误？[告诉我们](https://www.zaobao.com.sg/feedback)\n"
    )
    a = _one_raw("bbc.md", page)
    assert (a["author"], _plain_body(a)) == ("孙宇辰", _STORY)
    assert a["published"] == "2025-01-13"


def test_a_google_docs_export_of_a_pasted_page():
    """A Google Docs document exported as HTML (<body class="c9 doc-content">) holding a pasted
    page: read as the text copy it is (its date line, its dateline's reporters, its story); a
    reviewer's comment mark in a paragraph ([a]) and the comment at the end are no text."""
    first, second, third = _STORY.split("\n\n")
    p = '<p class="c2"><span class="c3">{}</span></p>'
    page = (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"></head>'
        '<body class="c9 doc-content">'
        + p.format("韩国宪法法院裁定罢免总统尹锡悦")
        + p.format("2025-04-04 12:36:15　来源：新华网")
        + p.format(f"新华社首尔4月4日电（记者孙一然 胡晓光）{first}")
        + f'<p class="c2"><span class="c3">{second[:20]}</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>'
        f'<span class="c3">{second[20:]}</span></p>'
        + p.format(third)
        + '<div class="c5"><p class="c10"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c3">这里的票数需要核对</span></p></div>'
        "</body></html>"
    )
    a = _one_raw("docs.html", page)
    assert (a["published"], a["published_time"], a["author"]) == (
        "2025-04-04",
        "12:36:15",
        "孙一然、胡晓光",
    )
    assert (
        a["body"].strip()
        == f"新华社首尔4月4日电（记者孙一然 胡晓光）{first}\n\n{second}\n\n{third}"
    )


def test_a_word_document_saved_as_a_web_page_with_the_researchers_notes():
    """Word's "Save as Web Page" of a document holding a pasted page under the researcher's
    title and note (【资料】朝鲜导弹 0530 / 整理：陈磊　2024.6.2　用于第三章 / 原文链接：…):
    read as the text copy it is; the title and the note are the researcher's."""
    p = "<p class=MsoNormal><span lang=ZH-CN>{}</span><o:p></o:p></p>"
    lines = [
        "【资料】朝鲜导弹 0530", "整理：陈磊　2024.6.2　用于第三章 导弹发射时间线",
        "原文链接：https://world.huanqiu.com/article/4HxYz7Kd2Qa", "环球网 &gt; 国际新闻 &gt; 正文",
        "韩联参：朝鲜向东部海域发射约10枚短程弹道导弹", "2024-05-30 09:41　　来源：环球网　　作者：王逸飞",
        *_STORY.split("\n\n"),
    ]  # fmt: skip
    page = (
        '<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator '
        'content="Microsoft Word 15"><title>【资料】朝鲜导弹 0530</title></head><body lang=ZH-CN>'
        "<div class=WordSection1>" + "".join(p.format(ln) for ln in lines) + "</div></body></html>"
    )
    a = _one_raw("朝鲜导弹_0530.htm", page)
    assert (a["title"], a["published_time"], a["author"]) == (
        "韩联参：朝鲜向东部海域发射约10枚短程弹道导弹",
        "09:41",
        "王逸飞",
    )
    assert (
        a["url"] == "https://world.huanqiu.com/article/4HxYz7Kd2Qa" and a["body"].strip() == _STORY
    )


def test_a_portal_copy_whose_menu_sits_over_its_crumbs():
    """A portal page copied whole (网易): its menu's last button (注册免费邮箱) sits over the
    page's crumbs, the headline is under them, its date under it."""
    text = "\n".join(
        [
            "网易首页", "应用", "网易新闻", "网易公开课", "网易有道", "登录", "注册免费邮箱",
            "网易首页 > 网易号 > 正文", "申请入驻", "", "中日韩经贸部长会议时隔五年重启 三方同意加快自贸协定谈判",
            "2025-03-31 07:18:43　来源: 新京报", "北京", "举报", "0", "分享至", "", _STORY,
        ]
    )  # fmt: skip
    a = _one_raw("网易.txt", text)
    assert (a["title"], a["published_time"]) == (
        "中日韩经贸部长会议时隔五年重启 三方同意加快自贸协定谈判",
        "07:18:43",
    )
    assert a["body"].strip() == _STORY


def test_a_writers_line_naming_an_intern_after_a_space_and_a_source_line_without_a_colon():
    """财新: 文｜财新 孙嘉禾 实习记者 韩雨桐 names two writers (the second after a space and a
    title); 来源于 财新网 is the source's line: both go from the story, the outlet is read."""
    text = "\n".join(
        [
            "韩国2025年出口首破7000亿美元 半导体贡献近四分之一", "2026年01月01日 16:05",
            "来源于 财新网", "文｜财新 孙嘉禾 实习记者 韩雨桐", "", _STORY,
        ]
    )  # fmt: skip
    a = _one_raw("财新.txt", text)
    assert (a["author"], a["outlet"]) == ("孙嘉禾、韩雨桐", "财新 (Caixin)")
    assert a["body"].strip() == _STORY


def test_a_clipped_page_whose_headline_is_bold_under_its_chrome():
    """A clipper's Markdown of a whole page (澎湃: logo, menu, a download link) with the
    headline in bold (**…**, the front matter's title): the story starts under it."""
    page = (
        '---\ntitle: "韩国宪法法院裁定罢免尹锡悦_澎湃新闻-The Paper"\n'
        'source: "https://www.thepaper.cn/newsDetail_forward_30528814"\n---\n'
        "[![澎湃新闻](https://www.thepaper.cn/img/logo.png)](https://www.thepaper.cn/)\n\n"
        "[要闻](https://www.thepaper.cn/) [国际](https://www.thepaper.cn/channel_122908)\n\n"
        "[下载客户端](https://www.thepaper.cn/download)\n\n"
        "**韩国宪法法院裁定罢免尹锡悦**\n\n澎湃新闻记者 陈沁涵\n\n"
        "2025-04-05 08:03 来源：澎湃新闻·国际\n\n" + _STORY + "\n"
    )
    a = _one_raw("澎湃.md", page)
    assert (a["title"], a["author"], a["published_time"]) == (
        "韩国宪法法院裁定罢免尹锡悦",
        "陈沁涵",
        "08:03",
    )
    assert a["body"].strip() == _STORY


def test_a_researchers_fields_and_note_over_a_copied_page_with_its_crumbs():
    """A researcher's header over a pasted page (the document's name, 来源：新华网 with the
    address, the day of the visit, tags set apart by slashes, a note of their own), then the
    page's crumbs, headline and date: the headline is the page's, the address the source's."""
    text = "\n".join(
        [
            "新华社 尹锡悦罢免 0404",
            "来源：新华网 http://www.news.cn/world/20250404/8f3c6a0e/c.html",
            "访问日期：2025年4月5日 整理人：Min", "标签：宪法法院 / 弹劾 / 尹锡悦",
            "和韩联社、中央社的版本对照着看", "新华网 > 国际 > 正文", "韩国宪法法院裁定罢免总统尹锡悦",
            "2025-04-04 12:36:15 来源：新华网", *_STORY.split("\n\n"),
        ]
    )  # fmt: skip
    a = _one_raw("新华社 尹锡悦罢免 0404.txt", text)
    assert (a["title"], a["url"], a["tags"]) == (
        "韩国宪法法院裁定罢免总统尹锡悦",
        "http://www.news.cn/world/20250404/8f3c6a0e/c.html",
        ["宪法法院", "弹劾", "尹锡悦"],
    )
    assert (a["published_time"], a["body"].strip()) == ("12:36:15", _STORY)


def test_a_copy_under_two_fields_with_a_masthead_and_its_motto():
    """A researcher's two fields over a copy (来源网址：… / 复制时间：…), the paper's masthead
    with its motto (劳动新闻 - 朝鲜劳动党中央委员会机关报), its menus and today's date, then the
    headline with its day and the paper's name under it (主体113(2024)年7月20日 《劳动新闻》);
    the writer's line closes the story, 其他文章 heads other stories."""
    text = "\n".join(
        [
            "来源网址：http://www.rodong.rep.kp/cn/index.php?MTVAMjAyNC0wNy0yMEgwMDJA",
            "复制时间：2024-07-22 09:13", "", "劳动新闻 - 朝鲜劳动党中央委员会机关报",
            "조선어 | English | 中文 | Русский", "2024年7月22日 星期一",
            "首页  政治  经济  社会  文化  国际  评论  照片", "搜索", "", "评论", "",
            "美国的“延伸威慑”是破坏地区和平的祸根", "", "主体113(2024)年7月20日 《劳动新闻》", "",
            "字号 + -    打印", "", _STORY, "", "本报记者 金哲民", "",
            "上一篇：平壤市民热烈庆祝祖国解放战争胜利71周年", "", "其他文章", "·伟大的党，伟大的人民",
        ]
    )  # fmt: skip
    a = _one_raw("rodong.txt", text)
    assert (a["title"], a["published"], a["author"]) == (
        "美国的“延伸威慑”是破坏地区和平的祸根",
        "2024-07-20",
        "金哲民",
    )
    assert a["url"] == "http://www.rodong.rep.kp/cn/index.php?MTVAMjAyNC0wNy0yMEgwMDJA"
    assert a["body"].startswith(_STORY.split("\n\n")[0])
    assert "本报记者" not in a["body"]


def test_crumbs_over_a_menu_and_the_days_date_are_chrome():
    """東方日報's copy: the crumbs (主頁 > 東方日報 > 國際) over a menu row and the day's date
    with the weather; the headline comes after the font buttons."""
    text = "\n".join(
        [
            "東網 on.cc | 東方日報 | 太陽報 | 東方互動", "主頁 > 東方日報 > 國際",
            "要聞港聞  兩岸國際  財經  娛樂  體育  副刊", "2012年4月14日(星期六)    天氣：大致多雲 22-26度",
            "字體：小 中 大    列印    電郵", "", "北韓射「光明星3號」失敗　火箭升空兩分鐘解體墮海", "",
            *_TW_STORY,
        ]
    )  # fmt: skip
    a = _one_raw("orientaldaily.txt", text)
    assert a["title"] == "北韓射「光明星3號」失敗 火箭升空兩分鐘解體墮海"
    assert a["body"].startswith(_TW_STORY[0])


def test_what_udn_adds_to_a_copy_of_its_story():
    """A copy of a udn story carries the site's addition under it: 原文網址: the headline with
    its section and site, the address on the next line, and the site's reminder (…提醒您：新聞
    內容僅供參考…): the address is the story's, the site names the outlet, none is text."""
    text = "\n\n".join(
        [
            "北韓連續施放垃圾氣球　南韓宣布全面恢復擴音器廣播", *_TW_STORY,
            "原文網址: 北韓連續施放垃圾氣球　南韓宣布全面恢復擴音器廣播 | 國際 | 聯合新聞網\nhttps://udn.com/news/story/6809/7995432",
            "聯合新聞網 udn.com 提醒您：新聞內容僅供參考，詳細請以原文為準。",
        ]
    )  # fmt: skip
    a = _one_raw("udn.txt", text)
    assert (a["url"], a["outlet"]) == (
        "https://udn.com/news/story/6809/7995432",
        outlet_for_name("聯合報"),
    )
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_post_sharing_a_story_under_the_posters_words():
    """A shared post copied as text: the poster's own words (sentences) over the story's
    【headline】 and its date: the story is the article, the poster's words are not."""
    text = "\n".join(
        [
            "🔴 今天凌晨又一位北韓阿兵哥自己走過來了！", "自由時報整理得很完整，全文轉貼👇", "",
            "【北韓士兵徒步穿越非軍事區投奔南韓 今年第2起軍人越界】", "2024/08/20 14:22", "", *_TW_STORY,
        ]
    )  # fmt: skip
    a = _one_raw("post.txt", text)
    assert (a["title"], a["published_time"]) == (
        "北韓士兵徒步穿越非軍事區投奔南韓 今年第2起軍人越界",
        "14:22",
    )
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_facebook_posts_page():
    """A Facebook post's page: the message (data-ad-preview="message") is read as a text copy
    (a shared story's headline, date, text and address); Facebook republishes it at the
    post's address; comments, the link preview and the reactions are the page's."""
    message = "<br />".join(
        [
            "今天凌晨又一位北韓阿兵哥自己走過來了！", "全文轉貼👇", "",
            "【北韓士兵徒步穿越非軍事區投奔南韓 今年第2起軍人越界】", "2024/08/20 14:22", "",
            "〔記者林宜彤／綜合報導〕" + _TW_STORY[0], "", _TW_STORY[1], "", _TW_STORY[2], "",
            "▶ 原文：https://news.ltn.com.tw/news/world/breakingnews/4771234", "", "#北韓 #脫北者",
        ]
    )  # fmt: skip
    post = "https://www.facebook.com/koreacorner.tw/posts/pfbid02xKq7Lm3V"
    page = (
        '<html id="facebook"><head><title>韓半島新聞轉角 - 今天凌晨… | Facebook</title>'
        f'<link rel="canonical" href="{post}" /></head><body>'
        '<div role="main"><div role="article"><h2><a href="https://www.facebook.com/koreacorner.tw">'
        '韓半島新聞轉角</a></h2><abbr data-utime="1724137500" title="2024年8月20日 星期二 下午3:05">'
        "2024年8月20日下午3:05</abbr>"
        f'<div data-ad-preview="message"><div dir="auto">{message}</div></div>'
        '<div class="link-preview"><span class="domain">NEWS.LTN.COM.TW</span></div>'
        '<div class="comments"><div class="comment">小兵都知道要往南走了</div></div>'
        "</div></div></body></html>"
    )
    a = _one_raw("fb_post.htm", page)
    assert (a["title"], a["author"], a["outlet"]) == (
        "北韓士兵徒步穿越非軍事區投奔南韓 今年第2起軍人越界",
        "林宜彤",
        outlet_for_name("自由時報"),
    )
    assert (a["url"], a["republished_url"]) == (
        "https://news.ltn.com.tw/news/world/breakingnews/4771234",
        post,
    )
    assert a["body"].strip() == "\n\n".join(_TW_STORY) and a["tags"] == ["北韓", "脫北者"]
    assert a["published_time"] == "14:22"  # the story's, not the post's (下午3:05)
    undated = _one_raw("fb_post.htm", page.replace("2024/08/20 14:22", ""))
    assert (undated["published"], undated["published_time"]) == ("2024-08-20", "15:05")


def test_an_outlets_badge_over_a_reposted_story():
    """A portal's repost opens with the outlet's badge (its logo and name linked to its page:
    Yahoo's [![中央社](…) *中央社*](…), 新浪's [参考消息网](…)): no text of the story; a
    picture's button under it (保存图片) neither."""
    page = (
        "<html><head><title>普丁金正恩簽署條約 - Yahoo奇摩新聞</title></head><body><article>"
        '<a href="https://tw.news.yahoo.com/cna.com.tw/"><img src="https://s.yimg.com/cna_logo.png" '
        'alt="中央社"><span><i>中央社</i></span></a>'
        "<h1>普丁金正恩簽署全面戰略夥伴關係條約</h1>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "<p>保存图片</p></article></body></html>"
    )
    a = _one_raw("yahoo.html", page)
    assert a["body"].strip() == "\n\n".join(_TW_STORY)
    sina = f"# 朝鲜发射弹道导弹\n\n[参考消息网](http://www.cankaoxiaoxi.com/)\n\n{_STORY}\n"
    b = _one_raw("sina.md", sina)
    assert b["body"].strip() == _STORY


def test_a_portal_page_with_its_date_line_over_the_lead_photo_and_the_byline():
    """网易: the date and source line (with a style sheet's icon and where it was sent from:
    … 来源: 澎湃新闻 <img …/css13/img/end_i.gif> 北京) in the story's block, then the lead photo
    and its caption, then the byline: none of the furniture is text; the photo stays."""
    page = (
        "<html><head><title>尹锡悦宣布紧急戒严_网易新闻</title></head><body><div class='post_main'>"
        "<h1>尹锡悦深夜宣布紧急戒严6小时后解除</h1><div class='post_info'>\n"
        "    2024-12-04 10:18:36　来源: <a href='https://www.thepaper.cn/'>澎湃新闻</a>\n"
        "    <img src='https://static.ws.126.net/cnews/css13/img/end_i.gif' alt='' /> 北京\n</div>"
        "<div class='post_body'><p class='f_center'><img src='https://dingyue.ws.126.net/2024/1204/a.jpg' alt='' />"
        "<br />12月4日凌晨，韩国民众聚集在首尔国会议事堂外抗议。（视觉中国）</p>"
        "<p>澎湃新闻记者 陈佳琳 实习生 刘舒婷</p>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</div><div class='post_tie_box'><h3>热门跟贴</h3><div class='tie_item'><p>六个小时的戒严，"
        "韩国政坛要地震了</p><span>顶 2841</span></div></div><div class='post_recommends'><h3>相关推荐"
        "</h3><ul><li><a href='https://www.163.com/news/article/JI4C1KQ80001899O.html'>韩国总统府幕僚"
        "集体请辞 国防部长官金龙显表示将承担全部责任</a></li><li><a href='https://www.163.com/news/"
        "article/JI4B7RMH0001899O.html'>韩元兑美元汇率一度跌至两年来最低</a></li></ul></div>"
        "</div></body></html>"
    )
    a = _one_raw("163.html", page)
    assert (a["published_time"], a["author"]) == ("10:18:36", "陈佳琳、刘舒婷")
    assert [i["url"] for i in a["images"]] == ["https://dingyue.ws.126.net/2024/1204/a.jpg"]
    assert re.sub(r"!\[[^\]]*\]\([^)]*\)|^\*[^\n]*\*$", "", a["body"], flags=re.M).strip() == _STORY


def test_a_telegram_message_with_a_flag_its_storys_date_line_and_the_channels_chatter():
    """A message opening with a flag (🇰🇷) over its bold headline, then the story's source and
    time in italics (来源：韩联社｜2025-06-03 20:12): the date is the story's, the message's
    time only bounds it; the channel's good-night line (no link, a sentence) is no story."""

    def message(n: int, stamp: str, text: str) -> str:
        return (
            f'<div class="message default clearfix" id="message{n}"><div class="body">'
            f'<div class="pull_right date details" title="{stamp}">21:47</div>'
            f'<div class="from_name">半岛快讯 Korea Brief</div><div class="text">{text}</div></div></div>'
        )

    story = "<br><br>".join(_STORY.split("\n\n"))
    page = (
        "<html><body><div class='history'>"
        + message(
            1,
            "03.06.2025 21:47:10 UTC+09:00",
            "🇰🇷 <strong>韩国大选投票结束 出口民调显示李在明领先</strong><br><br>"
            f"<em>来源：韩联社｜2025-06-03 20:12</em><br><br>{story}<br><br>"
            '🔗 原文：<a href="https://cn.yna.co.kr/view/ACK20250603003400881">https://cn.yna.co.kr/view/ACK20250603003400881</a>',
        )
        + message(2, "03.06.2025 23:59:00 UTC+09:00", "今日快讯到此结束，明早见。晚安！🌙")
        + "</div></body></html>"
    )
    (a,) = convert("messages.html", page.encode())["articles"]
    assert (a["title"], a["outlet"]) == (
        "韩国大选投票结束 出口民调显示李在明领先",
        outlet_for_name("韩联社"),
    )
    assert (a["published"], a["published_time"]) == ("2025-06-03", "20:12")
    assert a["body"].startswith(_STORY.split("\n\n")[0])


def test_a_forum_threads_page_whose_first_post_pastes_a_story():
    """天涯: a thread's first post (atl-item, the host's) pastes a story under the line saying
    where from (转自新华网，原文地址：…), then the paper's 【纠错】 editor line and, under a rule,
    the poster's own words; the replies below are other posts. The story is the article."""

    def floor(kind: str, text: str) -> str:
        return f'<div class="atl-item {kind}"><div class="bbs-content">{text}</div></div>'

    story = "<br>".join(f"　　{p}<br>" for p in _STORY.split("\n\n"))
    page = (
        "<html><head><title>[转帖]朝美河内会晤提前结束（新华社）_国际观察_论坛_天涯社区</title></head>"
        "<body><h1>[转帖]朝美河内会晤提前结束（新华社）</h1>"
        + floor(
            "host-item",
            "　　转自新华网，原文地址：http://www.xinhuanet.com/world/2019-02/28/c_1124177921.htm<br>"
            "　　<br>　　朝美领导人河内会晤提前结束 未签署任何协议<br>"
            "　　2019-02-28 18:05:12　来源：新华社<br>　　<br>" + story + "　　<br>"
            "　　【纠错】 责任编辑： 王世晨<br>　　<br>　　-------------------------------------<br>"
            "　　楼主说两句：会前一堆人说要签终战宣言，现在连个联合声明都没有。<br>",
        )
        + floor("", "　　老特这次是真走了，午饭都不吃了")
        + floor("", "　　意料之中。全面解除制裁怎么可能")
        + "</body></html>"
    )
    a = _one_raw("post-worldlook-1948263-1.shtml", page)
    assert (a["title"], a["published_time"], a["outlet"]) == (
        "朝美领导人河内会晤提前结束 未签署任何协议",
        "18:05:12",
        outlet_for_name("新华社"),
    )
    assert a["url"] == "http://www.xinhuanet.com/world/2019-02/28/c_1124177921.htm"
    assert a["body"].strip() == _STORY


def test_a_discuz_threads_first_post_with_a_bracketed_source_and_an_attachment():
    """A Discuz thread (postmessage_…): the post opens with its source in brackets with the
    address (【转自联合早报网 http://… 】), then the headline, a row of the paper's name, time
    and writer, and an attachment's line (握手.jpg (68.42 KB, 下载次数: 3))."""
    post = (
        "【转自联合早报网 http://www.zaobao.com/realtime/world/story20180612-867512 】<br><br>"
        "特金会在圣淘沙登场 两人握手长达12秒<br>联合早报网　2018-06-12 13:41　文／林心怡<br><br>"
        "握手.jpg (68.42 KB, 下载次数: 3)<br><br>" + "<br><br>".join(_STORY.split("\n\n"))
    )
    page = (
        "<html><head><title>特金会在圣淘沙登场 - 国际风云 - 东方论坛</title></head><body><table>"
        f'<tr><td class="t_f" id="postmessage_1001">{post}</td></tr>'
        '<tr><td class="t_f" id="postmessage_1002">握手12秒，有意思</td></tr></table></body></html>'
    )
    a = _one_raw("viewthread.php", page)
    assert (a["title"], a["author"], a["published_time"]) == (
        "特金会在圣淘沙登场 两人握手长达12秒",
        "林心怡",
        "13:41",
    )
    assert a["url"] == "http://www.zaobao.com/realtime/world/story20180612-867512"
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("2小时前", True),  # a story's age beside its printed date
        ("3 小時前", True),
        ("刚刚发生的事情。", False),
        ("【字体：↑大 ↓小】 更多精彩内容请关注中新网国际新闻频道", True),  # arrows in the buttons
        ("【纠错】 责任编辑： 王世晨", True),  # one bracketed button, then the editor
        ("握手.jpg (68.42 KB, 下载次数: 3)", True),  # a forum's attachment
        ("【纠错】 他说这是错误的。", False),
    ],
)
def test_page_furniture_lines_of_portals_and_forums(line, furniture):
    assert is_boilerplate(line) == furniture


def test_an_outlook_forward_saved_as_a_web_page():
    """An Outlook mail saved as a page (Word's HTML): the forwarder's note and name over the
    forwarded mail's header (寄件者 / 寄件日期 / 收件者 / 主旨, lines broken by <br> in one
    paragraph), then the page pasted into it: the story is the article, the mail's day bounds
    its date."""
    p = "<p class=MsoNormal><span>{}<o:p></o:p></span></p>"
    header = (
        "<p class=MsoNormal><b>寄件者:</b> 張雅婷 &lt;yating@example.edu.tw&gt; <br>\n"
        "<b>寄件日期:</b> 2024年12月5日 星期四 上午 9:41<br>\n<b>收件者:</b> 研究室 "
        "&lt;lab@example.edu.tw&gt;<br>\n<b>主旨:</b> FW: 南韓國會通過解除戒嚴決議<o:p></o:p></p>"
    )
    body = [
        "首頁 &gt; 國際 &nbsp;|&nbsp; 字級 小 中 大 &nbsp;|&nbsp; 分享 &nbsp; 列印",
        "南韓國會通過解除戒嚴決議 尹錫悅須依法解除", "2024/12/4 00:48（12/4 05:20 更新）",
        "（中央社記者林聖哲首爾4日專電）" + _TW_STORY[0], *_TW_STORY[1:],
    ]  # fmt: skip
    page = (
        '<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator '
        'content="Microsoft Word 15 (filtered medium)"><title>FW: 南韓國會通過解除戒嚴決議</title>'
        "</head><body lang=ZH-TW><div class=WordSection1>"
        + p.format("各位好：")
        + p.format("轉寄中央社昨天凌晨的稿子，週五讀書會會討論，請大家先看過。")
        + p.format("雅婷")
        + header
        + "".join(p.format(x) for x in body)
        + "</div></body></html>"
    )
    a = _one_raw("FW 南韓國會通過解除戒嚴決議.htm", page)
    assert (a["title"], a["published_time"], a["author"]) == (
        "南韓國會通過解除戒嚴決議 尹錫悅須依法解除",
        "00:48",
        "林聖哲",
    )
    assert a["body"].strip().endswith(_TW_STORY[-1]) and "讀書會" not in a["body"]


def test_a_copy_pasted_twice_under_a_researchers_note_with_sentences():
    """A note of the researcher's over a rule (the day saved, the address, sentences of their
    own: …回头再整理。), then the page pasted twice with a line saying so between the copies:
    one article, once, its address the note's; a comment box's prompt is no text."""
    page = [
        "自由亚洲电台", "首页 / 亚太报道 / 朝鲜", "",
        "脱北者团体：今年上半年抵韩脱北者回升 多为海外派遣劳工", "2024.08.14 09:35 EDT", "",
        _STORY, "", "记者：韩光明　责编：吴亦　网编：瑞哲", "", "请在下方发表评论", "",
        "版权所有 © 2024 自由亚洲电台",
    ]  # fmt: skip
    copy = "\n".join(page)
    text = (
        "【整理备注】2024-08-20 存档 / 小林\n"
        "来源：https://www.rfa.org/mandarin/yataibaodao/chaoxian/hgm-08142024093512.html\n"
        "网页直接复制下来的，第二遍好像又粘贴了一次，先不删，回头再整理。\n"
        "==============================\n\n"
        f"{copy}\n\n-----（以下为重复粘贴）-----\n\n{copy}\n"
    )
    (a,) = convert("rfa.txt.bak", text.encode("gb18030"))["articles"]
    assert (a["title"], a["author"], a["published_time"]) == (
        "脱北者团体：今年上半年抵韩脱北者回升 多为海外派遣劳工",
        "韩光明",
        "09:35",
    )
    assert a["url"] == "https://www.rfa.org/mandarin/yataibaodao/chaoxian/hgm-08142024093512.html"
    assert a["body"].strip() == _STORY


def test_a_video_transcript_copied_with_its_time_codes_under_a_note():
    """YouTube's transcript panel copied with its time codes (0:04 / a line of speech) under
    the researcher's note of fields (标题, 来源, 链接, 发布日期): the speech is the body, ten
    lines to a paragraph; the codes and sound tags ([音乐]) are not; the note gives the title,
    address and date."""
    said = [f"第{n}句字幕说的是朝鲜半岛局势的新进展" for n in range(1, 13)]
    timed = "\n".join(f"0:{2 * n:02d}\n{s}" for n, s in enumerate(said, 1))
    text = (
        "标题：普京时隔24年再访朝鲜 与金正恩签署全面战略伙伴关系条约\n来源：凤凰卫视\n"
        "链接：https://www.youtube.com/watch?v=8fRkT3vWq0E\n发布日期：2024年6月20日\n"
        "下载日期：2025-02-11\n说明：YouTube“显示转写文稿”复制，自动生成中文字幕，未校对。\n"
        "======================================\n\n0:00\n[音乐]\n" + timed + "\n"
    )
    a = _one_raw("字幕稿.txt", text)
    assert (a["title"], a["published"]) == (
        "普京时隔24年再访朝鲜 与金正恩签署全面战略伙伴关系条约",
        "2024-06-20",
    )
    assert a["url"] == "https://www.youtube.com/watch?v=8fRkT3vWq0E"
    assert a["body"].strip() == " ".join(said[:10]) + "\n\n" + " ".join(said[10:])


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("打印时间：2014-01-05 21:33:08", True),  # a print view's time
        ("※本文僅代表作者觀點，不代表上報立場。", True),
        ("影音加載中…", True),
        ("正在加载视频，请稍候...", True),
        ("您的浏览器不支持HTML5视频播放，请升级浏览器", True),
        ("他说，浏览器不支持的问题已经解决。", False),
    ],
)
def test_print_views_video_boxes_and_marked_disclaimers_are_furniture(line, furniture):
    assert is_boilerplate(line) == furniture


@pytest.mark.parametrize(
    "byline, author",
    [
        ("民視新聞/蔡宜庭、吳俊德 首爾報導", "蔡宜庭、吳俊德"),  # the outlet set apart by a slash
        ("文｜李昀澤、金秀妍", "李昀澤、金秀妍"),
        ("澎湃新闻特约撰稿 程远", "程远"),
    ],
)
def test_bylines_of_broadcasters_and_columns(byline, author):
    a = _one_raw(
        "byline.txt", f"北韓士兵越過軍事分界線投奔南韓\n\n{byline}\n\n" + "\n\n".join(_TW_STORY)
    )
    assert a["author"] == author and a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_broadcasts_anchor_line_and_a_columnists_note_are_no_text():
    """凤凰卫视《凤凰早班车》2024年12月4日　主播：李静怡 over a broadcast's text, and a
    columnist's note under a column (＊作者為…): neither is the story's."""
    text = "\n\n".join(
        [
            "韩国总统尹锡悦宣布紧急戒严", "凤凰卫视《凤凰早班车》2024年12月4日　主播：李静怡", _STORY,
            "＊作者為政治大學東亞研究所博士候選人，研究領域為朝鮮半島政治與東北亞國際關係。",
        ]
    )  # fmt: skip
    a = _one_raw("phtv.txt", text)
    assert a["body"].strip() == _STORY


def test_a_clip_whose_title_carries_the_sites_name_over_the_printed_headline():
    """MarkDownload's clip: # the <title> with the site's name after it (… | 有線寬頻 i-CABLE),
    the page's chrome, then the headline printed (## …) without it: the story starts under
    the printed headline, which is the title; an author field naming the outlet with its Latin
    name (有線新聞 i-CABLE News) names no writer."""
    page = (
        "---\nsource: https://www.i-cable.com/258341\nauthor: 有線新聞 i-CABLE News\n---\n\n"
        "# 南韓國情院指朝鮮已向俄羅斯派遣1500名特種部隊 | 有線寬頻 i-CABLE\n\n"
        "[跳至主要內容](#main-content)\n\n-   [主頁](https://www.i-cable.com/)\n"
        "-   [國際](https://www.i-cable.com/category/國際/)\n\n"
        "## 南韓國情院指朝鮮已向俄羅斯派遣1500名特種部隊\n\n18/10/2024 (星期五) 18:26\n\n"
        + "\n\n".join(_TW_STORY)
        + "\n"
    )
    a = _one_raw("i-cable.md", page)
    assert (a["title"], a["author"], a["published_time"]) == (
        "南韓國情院指朝鮮已向俄羅斯派遣1500名特種部隊",
        None,
        "18:26",
    )
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


@pytest.mark.parametrize(
    "header, author",
    [
        ("劉俊宏、林佳慧 / 首爾 報導", "劉俊宏、林佳慧"),  # the place and 報導 a space apart
        ("作者简介 朴东勋，延边大学朝鲜半岛研究院研究员。 查看作者全部文章 >>", None),
        ("是最大的边境口岸城市。记者在中朝友谊桥附近看到，往来两岸的货车", None),  # a sentence
        ("记者随同代表团抵达平壤", None),
        ("綜合報道：陳嘉欣、林子健", "陳嘉欣、林子健"),  # (蘋果日報, under the story)
        ("| 2010/11/24 09:35 | 字體 大 小 | 列印本文 | 轉寄好友 | 加入收藏 |", None),  # buttons
        ("图文/王明", "王明"),
        ("尹智惠记者的文章合集", None),  # (a link to the writer's other stories)
        ("安勇炫記者、全賢碩記者", "安勇炫、全賢碩"),
        ("2024-06-19 18:42:07 未经作者授权，禁止转载", None),
        ("（中央社記者林文彬漢城十三日專電）南韓總統金大中今天上午", "林文彬"),  # the day spelled
        ("美国之音 吴家和", "吴家和"),  # the outlet, then its writer
        ("美国之音 中文网", None),
        ("[郑恩珠 记者](mailto:jungej@hani.co.kr)", "郑恩珠"),  # (a clip's byline as a link)
        (
            "【華盛頓＝大野正樹、首爾＝鈴木拓也】美國總統拜登",
            "大野正樹、鈴木拓也",
        ),  # (Japanese papers')
        ("【戴维营（美国马里兰州）＝阿部真司】美国总统", "阿部真司"),
        (
            "2025/06/05 日本经济新闻（中文版：日经中文网）首尔支局长 峯岸博",
            "峯岸博",
        ),  # (the day first)
        ("本报首尔特派员 陈燕玲", "陈燕玲"),  # (联合早报's correspondent, without 驻)
        ("本报记者 林建华 清莱报道", "林建华"),  # (where it was filed from, glued to 报道)
        ("记者 张三 李四报道", "张三、李四"),
        ("● 林伟杰（早报驻北京特派员）", "林伟杰"),  # (the name with its post)
        ("郑永教 朴贤珠 记者 发布 : 2024.06.20 09:17 字号", "郑永教、朴贤珠"),  # (Korean papers')
        ("朝鲜 韩国 记者", None),
        ("#### ◎ 陳子揚", "陳子揚"),  # (an op-ed's writer under its marker)
    ],
)
def test_writers_read_from_a_header(header, author):
    assert author_from_header(header) == author


def test_a_date_printed_under_the_story():
    """RTHK: the story's date in its own block under the text (<div class="createddate">), the
    page dating it nowhere else: the date, with its time; a related list's dates are not."""
    story = [*_STORY.split("\n\n"), *_TW_STORY]  # (a story's worth: its block is held alone)
    page = (
        "<html><head><title>美日韓舉行聯合演習 - RTHK</title></head><body>"
        "<div id='radioLiveBar'><span>收聽直播</span><a>第一台</a><a>第二台</a>"
        "<span>第一台 現正播放：15:00 新聞及財經報道</span></div><div class='itemView'>"
        "<div class='itemHeader'><h2 class='itemTitle'>美日韓舉行聯合演習</h2></div>"
        "<div class='itemAudio'><span>▶</span> <span>00:00 / 01:36</span> <span>新聞報道（粵語）</span></div>"
        "<div class='itemBody'><div class='itemFullText'>"
        + "<br><br>".join(story)
        + "</div><div class='createddate'>2024-11-13 HKT 15:42</div></div></div>"
        "<ul class='related'><li><a href='/1'>南韓情報機構指朝鮮士兵已在庫爾斯克與烏軍交火</a> "
        "<span>2024-11-12 HKT 11:20</span></li></ul></body></html>"
    )
    a = _one_raw("rthk.htm", page)
    assert (a["published"], a["published_time"]) == ("2024-11-13", "15:42")
    assert a["body"].strip() == "\n\n".join(story)


def test_two_fields_over_a_rule_are_a_header_only_with_an_address_or_a_copy_day():
    """Two labelled lines opening a copy are the researcher's header when one gives the page's
    address or the day it was copied (the rule under them goes with them); a source and
    keywords alone (来源：微信PC版 搜一搜 / 关键词：…) are no such header."""
    story = "\n\n".join(_TW_STORY)
    headed = (
        "原文链接：https://www.cna.com.tw/news/aopl/202410120001.aspx\n复制时间：2024-10-13 09:13\n"
        f"==========\n\n北韓炸毀南北連結道路 南韓軍方實施對應射擊\n\n2024年10月12日\n\n{story}\n"
    )
    a = _one_raw("cna.txt", headed)
    assert (a["title"], a["url"]) == (
        "北韓炸毀南北連結道路 南韓軍方實施對應射擊",
        "https://www.cna.com.tw/news/aopl/202410120001.aspx",
    )
    assert a["body"].strip() == story
    keywords = f"来源：微信PC版 搜一搜\n关键词：朝鲜 派兵 俄罗斯\n==========\n\n{story}\n"
    assert _one_raw("search.txt", keywords)["title"] != "=========="


def test_a_copy_under_its_saved_day_source_and_address_with_a_place_first_byline():
    """A researcher's copy: the day saved, the source and the page's address a line each over
    it; the paper's byline with the place before the writer (日本經濟新聞（中文版：日經中文網）
    首爾 中村裕) and the font buttons (文字大小 大 中 小) under the headline."""
    text = "\n".join(
        [
            "存檔日期：2024/10/23  (研究用，請勿外流)", "來源：日經中文網 繁體版",
            "https://zh.cn.nikkei.com/politicsaeconomy/int/57012-2024-10-19-06-05-31.html", "",
            "日經中文網", "首頁 > 政治/社會 > 國際關係 > 正文", "", "會員專享", "韓國情報院：朝鮮已向俄羅斯派遣約1500名特種部隊", "日本經濟新聞（中文版：日經中文網）首爾 中村裕",
            "2024/10/19 06:05", "文字大小 大 中 小   列印   分享到： 微博 微信 Facebook", "", *_TW_STORY,
        ]
    )  # fmt: skip
    a = _one_raw("nikkei.txt", text.replace("\n", "\r\n"), "big5")
    assert (a["title"], a["author"], a["published_time"]) == (
        "韓國情報院：朝鮮已向俄羅斯派遣約1500名特種部隊",
        "中村裕",
        "06:05",
    )
    assert (
        a["url"] == "https://zh.cn.nikkei.com/politicsaeconomy/int/57012-2024-10-19-06-05-31.html"
    )
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


@pytest.mark.parametrize(
    "line, writer",
    [
        (
            "日本经济新闻（中文版：日经中文网）首尔 细川幸太郎",
            "细川幸太郎",
        ),  # a five-character name
        ("联合早报 首尔 特派员", None),  # a post, not a name
        ("平壤联合采访团，记者 徐裕镇 yjseo@hani.co.kr", "徐裕镇"),  # the pool first (韩民族日报)
        ("板门店=共同采访团，成衍澈、金宝协 记者", "成衍澈、金宝协"),  # (after the place)
        ("华盛顿=文炳基 特派记者", "文炳基"),  # a posted reporter (东亚日报)
        ("文炳基特派记者", "文炳基"),
        ("东京=朴亨埈 特派员", "朴亨埈"),
    ],
)
def test_a_papers_byline_with_the_place_before_the_writer(line, writer):
    from peninsula.fields import author_from_header, closing_byline

    assert closing_byline(line) == writer
    if "=" in line:  # (the same line over the story, kept as the header's)
        assert author_from_header(line) == writer


def test_a_self_media_sites_page_copied_with_short_lines_between_headline_and_date():
    """A page copied whole (虎嗅) whose headline is over its section, its desk and a follow
    button, then the date: those short lines are no headline. The credits block (出品 | 作者 |
    编辑 | 头图) names the writer, a 大家都在看 line in the text is a related link, and the
    story ends at the site's notices (本内容为作者独立观点…, 如对本稿件有异议…)."""
    first, second = _TWO_PARAGRAPHS[:2]
    copy = (
        "虎嗅网\n首页\n资讯\n24小时\n视频\n直播\n活动\n热文\n搜索\n登录 / 注册\n\n"
        "SK海力士，靠HBM翻身了\n科技前沿\n虎嗅科技组\n关注\n2024-04-26 07:45\n收藏 12\n评论 9\n分享\n\n"
        "出品 | 虎嗅科技组\n作者 | 丁叶\n编辑 | 苗苗\n头图 | 视觉中国\n\n"
        f"{first}\n\n大家都在看：三星HBM3E为何迟迟过不了英伟达的测试？\n\n{second}\n\n"
        "本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载，授权事宜请联系 hezuo@huxiu.com\n"
        "如对本稿件有异议或投诉，请联系tougao@huxiu.com\n正在改变与想要改变世界的人，都在 虎嗅APP\n赞赏\n"
        "修改于2024-04-26 07:45\nSK海力士\nHBM\n存储芯片\n热门评论\n老谭说芯\n押对了技术路线\n"
    )
    a = _one_raw("huxiu.txt", copy)
    assert a["title"] == "SK海力士，靠HBM翻身了" and a["author"] == "丁叶"
    assert (a["published"], a["published_time"]) == ("2024-04-26", "07:45")
    assert _plain_body(a) == f"{first}\n\n{second}"


def test_a_papers_page_copied_with_its_page_line_right_over_the_headline():
    """A paper's site copied whole: its masthead and motto, the top bar's day with its
    weekday, the menu and a toolbar row, then the page line (《劳动新闻》 2024年6月20日 第1版)
    right over the headline, the deck and the text. The headline under the page line is the
    title, the paper the outlet; none of the chrome is text."""
    menu = ["劳动新闻", "朝鲜劳动党中央委员会机关报", "主体113(2024)年6月20日 星期四"]
    menu += ["朝鲜语  English  中文  Русский  Español  日本語", "首页", "金正恩总书记革命活动"]
    menu += [
        "政治",
        "经济",
        "社会·文化",
        "统一",
        "国际",
        "报纸版",
        "搜索",
        "文字放大  文字缩小  打印",
    ]
    copy = (
        "\n".join(menu)
        + "\n\n《劳动新闻》 2024年6月20日 第1版\n\n金正恩同志同俄罗斯联邦总统普京举行会谈\n"
        "两国签署全面战略伙伴关系条约\n\n" + _STORY + "\n\n相关报道\n俄罗斯联邦总统普京抵达平壤\n"
    )
    a = _one_raw("rodong.txt", copy)
    assert a["title"] == "金正恩同志同俄罗斯联邦总统普京举行会谈"
    assert a["published"] == "2024-06-20" and a["outlet"] == outlet_for_name("劳动新闻")
    assert "文字放大" not in a["body"] and "第1版" not in a["body"] and "报纸版" not in a["body"]
    assert _STORY.split("\n\n")[0] in a["body"]


def test_a_korean_papers_page_pasted_under_a_mails_note():
    """A page copied under a mail's note: the site's name in hangul and Chinese heads it
    (한겨레 韩民族日报中文网) with the menus, and 登录时间 (Hankyoreh's "posted") labels the
    date line under the headline."""
    mail = (
        "张老师好：\n\n韩民族日报中文网昨晚的报道，我复制在下面了。\n\n刘亚楠\n\n"
        "-------- 以下为网页内容 --------\n\n한겨레 韩民族日报中文网\n首页 | 政治 | 经济 | 社会 | 国际\n"
        "한국어 | English | 日本語\n\n政治\n\n南北首脑签署《板门店宣言》 年内宣布结束战争\n\n"
        "登录时间：2018-04-27 22:18 修改时间：2018-04-28 09:40\n\n分享到： 微博 微信\n\n"
        + _STORY
        + "\n\n板门店=共同采访团，成衍澈、金宝协 记者\n\n相关报道\n· 金正恩越过军事分界线\n"
    )
    a = _one_raw("hani.txt", mail)
    assert a["title"] == "南北首脑签署《板门店宣言》 年内宣布结束战争"
    assert (a["published"], a["published_time"]) == ("2018-04-27", "22:18")
    assert a["author"] == "成衍澈、金宝协"
    assert a["body"].startswith(_STORY[:20]) and "한겨레" not in a["body"]


def test_an_e_papers_page_copied_whole_twice_with_its_address_and_copy_note():
    """A provincial paper's e-paper page copied as text (黑龙江日报数字报, today's date, its
    menu, the page list 第01版：要闻 … and PDF版), the story pasted again under the address
    and the copier's note: one story, its address the page's, its writers the byline's."""
    story = [f"　　{p}" for p in _STORY.split("\n\n")]
    copy = [
        "黑龙江日报数字报", "2024年06月20日　星期四", "首页 | 上一期 | 下一期 | 往期回顾 | 版面导航 | 检索",
        "第06版：国际新闻", "PDF版", "第01版：要闻", "第02版：要闻", "第06版：国际新闻", "",
        "普京对朝鲜进行国事访问 朝俄签署全面战略伙伴关系条约", "", "新华社记者　江夏　白宇航", "",
        "[ 字号：大 中 小 ]　打印本页　关闭窗口", "", *story, "", "上一篇　下一篇", "",
        "黑龙江日报报业集团版权所有 未经授权禁止复制或建立镜像", "",
        "http://epaper.hljnews.cn/hljrb/pc/content/202406/20/content_98765.html",
        "（复制于2024-07-02 21:15，备查）", "",
    ]  # fmt: skip
    text = "\n".join([*copy, *story, *copy[-8:]])
    a = _one_raw("黑龙江日报.txt", text, "gb18030")
    assert (a["title"], a["author"], a["published"]) == (
        "普京对朝鲜进行国事访问 朝俄签署全面战略伙伴关系条约",
        "江夏、白宇航",
        "2024-06-20",
    )
    assert a["url"] == "http://epaper.hljnews.cn/hljrb/pc/content/202406/20/content_98765.html"
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("第06版：国际新闻", True),
        ("下载本版PDF", True),
        ("廣告夏日限定！機票下殺5折起", True),  # an ad's label run on to its words
        ("廣告業者表示，今年市場萎縮。", False),
        ("广告法修订草案公布", False),  # (a law's name, no ad)
    ],
)
def test_e_paper_and_ad_furniture(line, furniture):
    assert is_boilerplate(line) == furniture


def test_a_wire_desks_printout_of_several_stories_with_slug_blocks():
    """A wire desk's printout: its cover, then each story between ===== rules, a slug block
    over it (發稿日期 … 時間：10:02 / 分類 / 標題：…) set apart by ----- rules: one article a
    story, its headline the labelled one, its time the slug's; the cover is none."""

    def story(n: int, time: str, title: str) -> str:
        return (
            f"中央通訊社　國際新聞稿　　發稿序號：0815-00{n}\n發稿日期：113年08月15日　時間：{time}　優先：急\n"
            f"分類：國際／亞太\n{'-' * 40}\n標題：{title}\n{'-' * 40}\n"
            + "\n\n".join(f"　　{p}" for p in _TW_STORY)
            + "\n\n　　（編輯：周慧盈）1130815\n"
        )

    rule = "=" * 48
    text = (
        "中央通訊社　新聞傳輸系統　國際組稿單列印\n列印時間：113/08/15 17:02　共2則\n"
        "※本列印稿僅供本社及簽約用戶內部使用，未經授權不得轉載。※\n\n"
        f"{rule}\n{story(31, '10:02', '尹錫悅光復節演說提「統一願景」 倡設南北對話協議體')}\n"
        f"{rule}\n{story(44, '11:40', '北韓拒絕南韓水災援助 金與正：不需要也不會接受')}\n{rule}\n（本組稿單完）\n"
    )
    articles = convert("wire.txt", text.encode("big5"))["articles"]
    assert [(a["title"], a["published_time"]) for a in articles] == [
        ("尹錫悅光復節演說提「統一願景」 倡設南北對話協議體", "10:02"),
        ("北韓拒絕南韓水災援助 金與正：不需要也不會接受", "11:40"),
    ]
    assert all(a["body"].strip() == "\n\n".join(_TW_STORY) for a in articles)


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("网摘 纠错 商城 分享 推荐 字号：大 中 小 分享到：微信 微博 QQ空间", True),
        ("【列印本頁】【回上一頁】", True),
        ("Upgrade to paid", True),
        ("You're currently a free subscriber to 半岛笔记.", True),
        ("本邮件由新华社新闻信息中心自动发送，请勿直接回复。如需退订，请回复“TD”。", True),
        ("全文下載（PDF）", True),
        ("阅读英文版 Read in English", True),
        ("新闻快讯 | BREAKING NEWS", True),
        ("新华社快讯：韩国军方说，朝鲜发射导弹。", False),
        ("Word文件里写着他的名字。", False),
    ],
)
def test_newsletter_toolbar_and_download_furniture(line, furniture):
    assert is_boilerplate(line) == furniture


def test_readabilitys_json_output_in_a_researchers_wrapper():
    """Readability's output saved as JSON inside a researcher's wrapper ({"url": …, "readability":
    {title, byline, content: the story as HTML, publishedTime, siteName}}): one article, its
    text the content's, its address the wrapper's; the HTML is no reason to read it as a page."""
    content = "<div id='readability-page-1' class='page'><div>" + "".join(
        f"<p>{p}</p>" for p in _TW_STORY
    )
    record = {
        "url": "https://www.cna.com.tw/news/aopl/202405030123.aspx",
        "fetched_at": "2024-05-03T16:05:11+08:00",
        "readability": {
            "title": "北韓士兵越過軍事分界線投誠 南韓軍方：已安全護送 | 國際 | 中央社 CNA",
            "content": content + "</div></div>",
            "siteName": "中央社 CNA",
            "publishedTime": "2024-05-03T14:22:00+08:00",
        },
    }
    (a,) = convert("cna.readability.json", json.dumps(record, ensure_ascii=False).encode())[
        "articles"
    ]
    assert (a["title"], a["published"], a["url"]) == (
        "北韓士兵越過軍事分界線投誠 南韓軍方：已安全護送",
        "2024-05-03",
        "https://www.cna.com.tw/news/aopl/202405030123.aspx",
    )
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_news_sitemap_lists_its_stories():
    """A Google News sitemap (<urlset> of <url>s with news:title, news:publication and
    news:publication_date): one article per story, with its address, outlet, date and
    keywords; the sitemap's own times (lastmod, the builder's) are not the stories'."""
    entry = (
        "<url><loc>https://www.chinatimes.com/realtimenews/{n}</loc><lastmod>2024-12-04T09:05:33+08:00</lastmod>"
        "<news:news><news:publication><news:name>中時新聞網</news:name><news:language>zh-tw</news:language>"
        "</news:publication><news:publication_date>{when}</news:publication_date>"
        "<news:title><![CDATA[{title}]]></news:title><news:keywords>南韓,戒嚴</news:keywords></news:news></url>"
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!-- generated at 2024-12-04T09:30:02+08:00 -->\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + entry.format(n="20241204001234-260408", when="2024-12-04T08:12:00+08:00", title="南韓戒嚴6小時落幕 尹錫悅凌晨宣布解除")
        + entry.format(n="20241204001198-260408", when="2024-12-04T07:48:00+08:00", title="南韓在野黨擬提彈劾案 最快5日向國會報告")
        + "</urlset>"
    )  # fmt: skip
    result = convert("news-sitemap.xml", xml.encode())
    first, second = result["articles"]
    assert (first["title"], first["published_time"], first["outlet"]) == (
        "南韓戒嚴6小時落幕 尹錫悅凌晨宣布解除",
        "08:12:00+08:00",
        outlet_for_name("中時新聞網"),
    )
    assert first["url"] == "https://www.chinatimes.com/realtimenews/20241204001234-260408"
    assert (second["published_time"], first["tags"]) == ("07:48:00+08:00", ["南韓", "戒嚴"])


def test_a_news_apps_api_response():
    """A news app's API response saved as JSON ({"data": {"article": {…}, "relatedNews": […]}}):
    the article's title, its HTML content, its date, its address to share (shareUrl); an
    editor's name (editorName) is no writer, and the related and popular lists are no
    articles of their own."""
    article = {
        "cid": "ACK20240912001500881",
        "title": "朝鲜向东部海域发射数枚短程弹道导弹",
        "writer": "",
        "editorName": "朴秀妍",
        "source": "韩联社",
        "pubDate": "2024.09.12 09:15",
        "shareUrl": "https://cn.yna.co.kr/view/ACK20240912001500881",
        "content": "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n")),
    }
    related = [{"cid": "ACK20240911002700881", "title": "韩美核咨商小组第四次会议下周举行"}]
    response = {"code": 0, "data": {"article": article, "relatedNews": related}}
    (a,) = convert("view.json", json.dumps(response, ensure_ascii=False).encode())["articles"]
    assert (a["title"], a["url"], a["author"]) == (
        "朝鲜向东部海域发射数枚短程弹道导弹",
        "https://cn.yna.co.kr/view/ACK20240912001500881",
        None,
    )
    assert (a["published_time"], a["body"].strip()) == ("09:15", _STORY)


def test_a_search_page_copied_under_its_menus_and_the_day_it_was_taken():
    """A search page copied as text: the researcher's 抓取日期 line, the site's menus (a row of
    section words, the hot keywords, the count of results), then results of headline, time
    and snippet: one article per result, dated by its own time."""
    results = [
        ("北韓再放垃圾氣球 南韓軍方：約310顆飄向首爾京畿", "2024/06/10 09:41"),
        ("南韓恢復對北韓擴音廣播 北韓警告將有新反制", "2024/06/09 22:15"),
        ("金與正談話：若南韓續散傳單 將回以「新的應對」", "2024/06/09 20:30"),
    ]
    head = [
        "抓取日期：113年6月10日  (from https://www.cna.com.tw/search/hysearchws.aspx?q=北韓)", "",
        "跳到主要內容", "中央社 CNA", "即時  政治  國際  兩岸  產經  證券  科技  生活  社會  地方  文化",
        "Focus Taiwan  English  日本語", "訂閱電子報   下載中央社APP",
        "熱門關鍵字： 北韓  尹錫悅  垃圾氣球  九一九軍事協議  台積電", "搜尋  北韓",
        "共 5,216 筆搜尋結果   依時間排序 | 依相關性排序", "",
    ]  # fmt: skip
    items = [f"{t}\n{when}\n{p}\n" for (t, when), p in zip(results, _TW_STORY, strict=True)]
    text = "\n".join(head) + "\n" + "\n".join(items) + "\n1  2  3  4  5  ...  522  下一頁\n"
    articles = convert("cna_search.txt", text.encode("big5"))["articles"]
    assert [(a["title"], a["published_time"]) for a in articles] == [
        (t, when[-5:]) for t, when in results
    ]


def test_a_whatsapp_chat_with_day_first_stamps_and_a_shared_story_pasted_whole():
    """A WhatsApp export from a Hong Kong phone (5/12/2024 上午8:14 - name: …, the day first):
    a story shared from an app (its headline, its address), then pasted whole: one article,
    its address the share's, its date bounded by the day the message was sent (5 December)."""
    headline = "尹錫悅深夜宣布緊急戒嚴 國會190票通過解除 6小時後撤回"
    url = "https://news.mingpao.com/pns/國際/article/20241204/s00014/1733250184325"
    story = "\n\n".join([*_TW_STORY, *_STORY.split("\n\n")])  # (a story's length: 200 characters)
    chat = "\n".join(
        [
            f"5/12/2024 上午8:14 - 陳嘉欣: {headline}", url, "", "分享自 明報新聞網 App",
            "5/12/2024 上午8:14 - 陳嘉欣: 呢篇好詳細，你睇下", "5/12/2024 上午8:15 - 陳嘉欣: <省略影音內容>",
            f"5/12/2024 上午8:17 - 陳嘉欣: {headline}", "", "2024年12月4日星期三", "",
            story, "5/12/2024 上午8:20 - 李志明: 收到，多謝",
            "5/12/2024 上午8:21 - 陳嘉欣: 👍",
        ]
    )  # fmt: skip
    (a,) = convert("whatsapp.txt", chat.encode())["articles"]
    assert (a["title"], a["url"], a["published"]) == (headline, url, "2024-12-04")
    assert a["body"].strip() == story


def test_a_bracketed_dateline_with_its_day_in_chinese_numerals():
    """【新華社首爾四日電】: the day in Chinese numerals ends the outlet's name as digits do."""
    assert outlet_from_header("【新華社首爾四日電】韓國憲法法院四日上午裁定") == outlet_for_name(
        "新華社"
    )


def test_an_old_pages_date_right_over_its_headline_and_a_run_on_closing_byline():
    """明報's old frame page: the edition's day in a <font> right over the <h2> headline in
    their cell (the page states no other date than its last update), the reporter's line
    under the story run on to 綜合報道 (明報記者 梁子康綜合報道)."""
    story = [*_TW_STORY, *_STORY.split("\n\n")]  # (a story's worth: its block is held alone)
    page = (
        "<html><head><title>明報新聞網</title></head><body><table><tr><td>"
        "<font size='1'>最後更新：2011年12月21日 03:30</font></td></tr></table><table><tr><td>"
        "<font size='2'>國際 &gt; 金正日猝逝</font><br><font size='2'>2011年12月20日 星期二</font>"
        "<h2><font color='#990000'>金正日猝逝 金正恩獲稱「偉大接班人」</font></h2>"
        "<div id='txt'>" + "".join(f"<p>{p}</p>" for p in story) + "<p>明報記者 梁子康綜合報道</p>"
        "</div></td></tr></table></body></html>"
    )
    a = _one_raw("gaa1.htm", page)
    assert (a["published"], a["author"]) == ("2011-12-20", "梁子康")
    assert a["body"].strip() == "\n\n".join(story)


def test_a_broadcasters_video_page():
    """央视网's video page: the player's notes (正在加载视频…, the browser's), the label over
    the text (视频简介), and under it the programme's other reports (本期节目更多内容) and the
    channel's schedule (CCTV-1 综合 节目单, 完整节目单 >>): only the text is the story."""
    page = (
        "<html><head><title>[视频]普京抵达平壤 开始对朝鲜进行国事访问_新闻频道_央视网</title></head><body>"
        "<div class='player'><p>正在加载视频，请稍候...</p><p>您的浏览器不支持HTML5视频播放，请升级浏览器</p></div>"
        "<h1>普京抵达平壤 开始对朝鲜进行国事访问</h1><div class='text_box'><div class='text_title'>视频简介</div>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</div><div class='more'><h3>本期节目更多内容</h3><ul>"
        "<li><a href='https://tv.cctv.com/2024/06/19/VIDEa1.shtml'>[视频]习近平同马来西亚最高元首举行会谈</a>02:58</li>"
        "<li><a href='https://tv.cctv.com/2024/06/19/VIDEa2.shtml'>[视频]2024陆家嘴论坛在上海开幕</a>01:47</li></ul></div>"
        "<div class='epg'><h3>CCTV-1 综合 节目单</h3><ul><li>19:00新闻联播</li><li>19:31天气预报</li>"
        "<li>19:39焦点访谈</li></ul><a href='https://tv.cctv.com/epg/'>完整节目单 &gt;&gt;</a></div>"
        "</body></html>"
    )
    a = _one_raw("VIDEq7RmX2pLc9Tn8WbZ4kFh240619.shtml", page)
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("以上为播出时的信息。", True),  # NHK's note under a broadcast story
        ("影音：北韓又射飛彈！疑「火星-19」飛86分鐘　TVBS新聞 主播 詹舒涵", True),
        ("影音：北韓又射飛彈！疑「火星-19」飛86分鐘", False),  # (no anchor named: a caption)
    ],
)
def test_broadcasters_notes_and_video_titles(line, furniture):
    assert is_boilerplate(line) == furniture


def test_a_papers_abstract_keywords_and_author_note_over_its_text():
    """A research institute's page: 【内容摘要】, 【关键词】 and 【作者简介】 paragraphs (in bold
    labels) over the text, and a source line naming the journal with its issue (来源：《亚太
    安全与海洋研究》2024年第4期): the text starts under them; the journal is the outlet."""
    page = (
        "<html><head><title>朝俄关系的新变化 - 研究报告</title></head><body><h1>朝俄关系的新变化</h1>"
        "<div class='info'>来源：《亚太安全与海洋研究》2024年第4期　作者：张立群</div><div class='TRS_Editor'>"
        "<p><strong>【内容摘要】</strong>2024年6月，俄罗斯总统普京时隔24年再度访问平壤，双方签署条约。</p>"
        "<p><strong>【关键词】</strong>朝俄关系；全面战略伙伴关系条约；东北亚安全</p>"
        "<p><strong>【作者简介】</strong>张立群，中国社会科学院亚太与全球战略研究院副研究员。</p>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</div></body></html>"
    )
    a = _one_raw("niags.html", page)
    assert (a["outlet"], a["body"].strip()) == ("亚太安全与海洋研究", _STORY)


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("PDF文件需使用Adobe Acrobat Reader阅读。如未安装，请从左侧图标下载（免费）。", True),
        (
            "[![Adobe Acrobat Reader](https://x.jp/get_reader.png)](https://get.adobe.com/cn/reader/)"
            " PDF文件需使用Adobe Acrobat Reader阅读。",
            True,
        ),
        ("日本国驻华大使馆　北京市朝阳区亮马桥东街1号　电话：010-8531-9800", True),
        ("他在电话中说，双方同意加强合作。", False),
    ],
)
def test_an_offices_reader_prompt_and_address_line(line, furniture):
    assert is_boilerplate(line) == furniture


@pytest.mark.parametrize(
    "line, day, time",
    [
        # 共同网's old page: the date and time with the font, print and close buttons after them
        (
            "2013/02/12 16:24 \xa0\xa0【字体：大 中 小】 \xa0\xa0打印本页 | 关闭窗口",
            "2013-02-12",
            "16:24",
        ),
        # a live page's filing and update times
        ("发稿时间 2024-12-14 15:02 | 更新时间 2024-12-14 17:48", "2024-12-14", "15:02"),
    ],
)
def test_a_date_line_under_the_headline_is_the_dates_not_text(line, day, time):
    """A line over the story holding its date and time with other things (buttons, an update
    time): it dates the story and is no text of it."""
    text = "\n\n".join(["朝鲜宣布成功进行第三次核试验 日本政府提出强烈抗议", line, _STORY])
    a = _one_raw("copy.txt", text)
    assert (a["published"], a["published_time"], a["body"].strip()) == (day, time, _STORY)


def test_an_epaper_page_whose_text_is_what_its_font_buttons_resize():
    """人民日报海外版's e-paper page: the story's text in <div id="ozoom"> (what 字号 大 中 小
    resizes), an editor's note box and the page's headline list beside it; the credits line
    over the text (责编 ｜ 作者 ｜ 来源) in an unnamed block names the writer and the paper."""
    page = (
        "<html><head><title>朝韩气球战升级--国际--人民网</title></head><body>"
        '<div class="left"><h3>本版标题导航</h3><ul><li><a href="a.htm">欧洲议会选举结果揭晓</a></li>'
        '<li><a href="b.htm">加沙地带人道主义危机持续加剧</a></li></ul></div>'
        '<div class="right"><div class="series"><p>编者按：近期，朝鲜半岛局势出现新一轮紧张。'
        "本版今起推出系列报道，邀请驻外记者和专家学者解读局势走向，敬请关注。</p></div>"
        '<div class="text_c"><h1>朝韩气球战升级</h1>'
        '<div class="lai">责编：李嘉宝　｜　作者：何思远　｜　来源：人民日报海外版</div>'
        '<div class="c_c"><div id="ozoom">'
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</div></div></div></div></body></html>"
    )
    a = _one_raw("content_1.htm", page)
    assert (a["author"], a["outlet"]) == ("何思远", outlet_for_name("人民日报海外版"))
    assert a["body"].strip() == _STORY


def test_a_writers_affiliation_note_closes_the_story():
    """（作者单位：…） on a line of its own under a paper's article is about its writer, not the
    story; and 作者单位 is no writer's label."""
    page = (
        "<html><head><title>韩国政治极化的根源</title></head><body><article><h1>韩国政治极化的根源</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "<p>（作者单位：吉林大学东北亚研究院）</p></article></body></html>"
    )
    a = _one_raw("gmw.html", page)
    assert a["body"].strip() == _STORY and a["author"] is None
    assert author_from_header("（作者单位：吉林大学东北亚研究院）") is None


@pytest.mark.parametrize("sources", ["路透社、法新社、韩联社", "韩联社/法新社"])
def test_a_source_line_naming_several_wires_credits_the_page(sources):
    """来源：路透社、法新社、韩联社 under a paper's own compiled report (综合电): the report is the
    page's outlet's, not any one wire's."""
    page = (
        "<html><head><title>朝鲜士兵越界投奔韩国 | 国际 | 光华日报</title>"
        '<meta property="og:site_name" content="光华日报"></head><body><article>'
        "<h1>朝鲜士兵越界投奔韩国</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + f"<p>来源：{sources}</p></article></body></html>"
    )
    a = _one_raw("kwongwah.html", page)
    assert a["outlet"] == outlet_for_name("光华日报") and sources not in a["body"]
    assert outlet_from_header(f"来源：{sources}") is None


def test_a_copy_note_in_brackets_gives_the_address_without_its_bracket():
    raw = (
        "[存档 2024-06-21 09:47 / 来源网址: https://www.enanyang.my/国际/普京访问平壤]\n\n"
        f"普京时隔24年访问平壤\n\n南洋商报 | 2024-06-19 18:05\n报道：李文杰（整理）\n\n{_STORY}\n\n"
        "热门 Most Read\n1. 首相：政府将于下月公布电费补贴新方案\n2. 柔佛新山关卡拥堵\n"
    )
    a = _one_raw("nanyang.txt", raw)
    assert a["url"] == "https://www.enanyang.my/国际/普京访问平壤"
    assert (a["author"], a["body"].strip()) == ("李文杰", _STORY)


def test_a_clips_day_first_date_line_with_its_section_and_badge():
    """星洲网's clip: **04/06/2025 2:22 PM** · [国际](…) · 天下事 · `星洲+ Premium` under the
    headline dates the story and is no text of it."""
    raw = (
        "---\ntitle: 李在明当选韩国总统\nsource: https://www.sinchew.com.my/news/20250604/1\n---\n"
        "# 李在明当选韩国总统\n\n**04/06/2025 2:22 PM** · [国际](https://www.sinchew.com.my/c/)"
        f" · 天下事 · `星洲+ Premium`\n\n{_STORY}\n"
    )
    a = _one_raw("sinchew.md", raw)
    assert (a["published"], a["published_time"]) == ("2025-06-04", "14:22")
    assert a["body"].strip() == _STORY


def test_a_print_view_in_one_cell_with_its_logo_and_section_over_the_headline():
    """A print view (联合早报's, 东亚日报's): its masthead logo and its section's crumbs over an
    h2 headline are not the story; a <title> of the site's name and 打印 names no story."""
    page = (
        "<html><head><title>东亚日报 中文版 :: 打印</title></head><body><table><tr><td>"
        '<img src="https://x.com/images/zb-print-logo.gif" alt="聯合早報"><br>'
        '<span class="section">即時 &gt; 國際 World</span><hr>'
        "<h2>中日韓領導人會議時隔四年半在首爾舉行</h2>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "</td></tr></table></body></html>"
    )
    a = _one_raw("print.htm", page)
    assert a["title"] == "中日韓領導人會議時隔四年半在首爾舉行"
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_reader_view_clip_with_the_headline_underlined():
    """MarkDownload's clip of a reader view: the site's host, the headline again over =====,
    the reading time, the site's name with its home address, the date and the byline are the
    story's head, not its text."""
    raw = (
        "---\ncreated: 2024-11-08T09:14:22\nsource: https://www.ettoday.net/news/20241106/1.htm\n"
        "---\n# 川普重返白宮 南韓憂防衛費帳單 | ETtoday新聞雲\n\n> ## Excerpt\n> 摘要。\n\n---\n"
        "ettoday.net\n\n川普重返白宮 南韓憂防衛費帳單\n==========================\n\n"
        "閱讀時間約 4–5 分鐘\n\nETtoday新聞雲 [https://www.ettoday.net](https://www.ettoday.net/)\n\n"
        "2024年11月06日 17:48\n\n記者陳宛貞／綜合報導\n\n" + "\n\n".join(_TW_STORY) + "\n"
    )
    a = _one_raw("ettoday.md", raw)
    assert (a["author"], a["published_time"]) == ("陳宛貞", "17:48")
    assert a["body"].strip() == "\n\n".join(_TW_STORY)
    assert not is_boilerplate("他访问了 https://google.com")


def test_a_translator_and_a_reporter_in_one_bracketed_byline():
    assert author_from_header("〔編譯林孟蓉、記者陳彥廷∕綜合報導〕北韓不顧") == "林孟蓉、陳彥廷"
    assert author_from_header("〔記者陳彥廷∕台北報導〕") == "陳彥廷"


def test_a_news_databases_printed_record():
    """聯合知識庫's record as printed: the database's name, the search and the record's place in
    the results between rules, the fields with labels spaced to a width (報　　別：聯合報), the
    headline, the text, the edition line, related stories and the printout's footer."""
    raw = "\n".join(
        [
            "聯合知識庫 udndata.com　　　　　[友善列印]",
            "═" * 30,
            "檢索條件：尹錫悅 and 國會　／　日期：2024/04/01-2024/04/30　／　報別：聯合報",
            "檢索結果　第 3 筆／共 27 筆　　　[上一筆] [下一筆] [回列表]",
            "─" * 30,
            "",
            "刊登日期：中華民國113年04月11日　星期四",
            "報　　別：聯合報",
            "版　　次：A10版／國際",
            "作　　者：編譯王麗娟／綜合報導",
            "字　　數：1138",
            "",
            "南韓國會大選 在野黨大勝",
            "",
            "\n\n".join(_TW_STORY),
            "",
            "【2024-04-11/聯合報/A10版/國際】",
            "",
            "─" * 30,
            "相關新聞",
            "．曹國東山再起　祖國革新黨躍居第三大黨（2024-04-11／聯合報／A10版）",
            "─" * 30,
            "客服專線：(02)8692-5588 轉 5628　　聯合知識庫",
            "列印日期：113/05/02 14:37　　使用單位：國立臺灣大學圖書館　　IP：140.112.1.1",
        ]
    )
    a = _one_raw("udndata.txt", raw)
    assert (a["title"], a["published"], a["outlet"], a["author"]) == (
        "南韓國會大選 在野黨大勝",
        "2024-04-11",
        outlet_for_name("聯合報"),
        "王麗娟",
    )
    assert a["body"].strip() == "\n\n".join(_TW_STORY)
    assert [link["title"] for link in a["links"]] == ["曹國東山再起　祖國革新黨躍居第三大黨"]


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("[微信](javascript:;) [微博](javascript:;) [QQ空间](javascript:;) \\| A- A+", True),
        ("在 LINE 上追蹤 中央社", True),
        ("加入好友 接收更多即時新聞", True),
        ("(c) LY Corporation", True),
        ("看更多留言", True),
        ("已编辑", True),
        ("👆关注中国新闻周刊，看更多深度报道", True),
        (
            "[![](https://tvax2.sinaimg.cn/a.jpg)](https://weibo.com/u/1642088277)"
            " [中国新闻周刊](https://weibo.com/u/1642088277) ![](https://h5.sinaimg.cn/v.png)",
            True,
        ),
        ("他说，将在LINE上追踪事态发展，并加入好友群组讨论。", False),
    ],
)
def test_platform_prompts_and_cards(line, furniture):
    assert is_boilerplate(line) == furniture


def test_more_of_an_outlets_news_is_a_related_label_and_more_comments_is_none():
    assert RELATED_LABEL.match("更多中央社新聞") and not RELATED_LABEL.match("看更多留言")


def test_a_like_button_with_its_count_in_a_row_of_buttons():
    """澎湃's row under the story: +1 and its count, 收藏, 我要举报, 分享到 and the networks."""
    page = (
        "<html><head><title>李在明宣誓就任</title></head><body><article><h1>李在明宣誓就任</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + '<div class="bottomOpr"><span>+1 248</span><span>收藏</span><span>我要举报</span>'
        "<span>分享到</span><a>微信</a><a>微博</a><a>朋友圈</a></div></article></body></html>"
    )
    assert _one_raw("thepaper.html", page)["body"].strip() == _STORY


def test_a_wechat_accounts_feed_names_the_account():
    """RSSHub's feed of a 公众号: its channel title is the account, each item's publisher."""
    item = (
        "<item><title>李在明就任首日</title><description><![CDATA[<p>{}</p>]]></description>"
        "<link>https://mp.weixin.qq.com/s/{}</link><pubDate>Thu, 05 Jun 2025 08:12:00 +0800</pubDate>"
        "</item>"
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>半岛速递</title>'
        + item.format(_STORY.split("\n\n")[0], "a")
        + item.format(_STORY.split("\n\n")[1], "b")
        + "</channel></rss>"
    )
    articles = convert("feed.xml", feed.encode())["articles"]
    assert [a["outlet"] for a in articles] == ["半岛速递", "半岛速递"]


def test_a_weibo_article_clipped_with_its_account_card():
    """A Weibo 头条文章 clipped: the account's card (avatar, name, badge), its follow button and
    edited mark over the story; the clip's author field names the outlet."""
    raw = (
        '---\ntitle: "弹劾案通过之后 - 微博"\nsource: "https://weibo.com/ttarticle/p/show?id=1"\n'
        'author:\n  - "[[中国新闻周刊]]"\n---\n# 弹劾案通过之后\n\n'
        "[![](https://tvax2.sinaimg.cn/a.jpg)](https://weibo.com/u/1642088277) "
        "[中国新闻周刊](https://weibo.com/u/1642088277) ![](https://h5.sinaimg.cn/v.png)\n\n"
        "+关注\n\n2024-12-14 18:52 发布于 北京\n\n已编辑\n\n文｜何书远\n\n"
        f"{_STORY}\n\n👆关注中国新闻周刊，看更多深度报道\n"
    )
    a = _one_raw("weibo.md", raw)
    assert (a["outlet"], a["author"]) == (outlet_for_name("中国新闻周刊"), "何书远")
    assert a["body"].strip() == _STORY


def test_the_copiers_private_note_over_a_copied_page():
    raw = (
        "来源网址：http://www.cankaoxiaoxi.com/world/20240116/2524867.shtml\n"
        "保存时间：2024-03-02 21:14\n（论文资料-朝鲜对韩政策转向，勿外传）\n\n"
        "参考消息网  首页 | 时事 | 国际 | 中国 | 军事 | 财经 | 科技 | 文化 | 观点 | 图片 | 视频 | 参考智库\n"
        "当前位置：参考消息网 > 国际 > 正文\n\n金正恩要求修宪\n\n2024-01-16 15:20:37　来源：参考消息网\n\n"
        f"分享到：　微信　微博　QQ空间\n\n{_STORY}\n"
    )
    a = _one_raw("ckxx.txt", raw)
    assert (a["title"], a["published"]) == ("金正恩要求修宪", "2024-01-16")
    assert a["body"].strip() == _STORY


def test_a_pdf_prints_page_margins_set_a_space_apart():
    """Chrome's Save as PDF, its text copied: each page's header (print time and <title>) and
    footer (address and page number) a single space apart from what they hold."""
    url = "https://news.ltn.com.tw/news/world/breakingnews/5004321"
    head = "2025/4/5 上午9:14 南韓憲法法院裁定 尹錫悅遭罷免 - 國際 - 自由時報電子報"
    p1, p2, p3 = _TW_STORY
    raw = "\n".join(
        [
            head,
            "南韓憲法法院裁定 尹錫悅遭罷免",
            "2025/04/04 11:22",
            "",
            p1,
            p2,
            f"{url} 1/2",
            head,
            p3,
        ]
    )
    a = _one_raw("ltn.txt", raw)
    assert (a["url"], a["published"]) == (url, "2025-04-04")
    assert head not in a["body"] and f"{url} 1/2" not in a["body"]


def test_a_onenote_page_with_the_researchers_note_over_the_pasted_page():
    """OneNote's export: the researcher's title, the note's day and their bullets, then a line
    saying the original follows (———— 以下为网页原文 ————), the pasted page, and OneNote's
    已从 <address> 粘贴 under it: the page's address; nothing of the note is the story's."""
    url = "https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/nk-soldier-08202024091522.html"
    page = (
        "<html><body><div><p style='font-size:20.0pt'>脱北案例：前线士兵越境</p></div>"
        "<div><p>2024年8月21日</p><p>10:32</p></div>"
        "<div><p style='font-weight:bold'>我的笔记</p><ul><li>东部战线高城一带</li>"
        "<li>待查：统一部上半年数字是否含第三国入境</li></ul>"
        "<p>———— 以下为网页原文 ————</p>"
        "<p>2024.08.20 09:25 EST</p>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + f'<p>已从 &lt;<a href="{url}">{url}</a>&gt; 粘贴</p></div></body></html>'
    )
    a = _one_raw("笔记.htm", page)
    assert (a["url"], a["published"]) == (url, "2024-08-20")
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    "english",
    [
        "What North Korea gets for arming Russia",
        # (纽约时报中文网's, in typographic quotes: <h2 class="en-title">)
        "Trump and Kim Jong-un Meet in Singapore, Pledging a ‘Complete Denuclearization’",
    ],
)
def test_a_bilingual_pages_english_headline_and_a_translated_columns_note(english):
    """FT中文网's 双语阅读: the headline's English under the Chinese h1 is the headline's, not a
    section of the story; 日经中文网's ※本文由…翻译而成 over a column is a note on it."""
    page = (
        "<html><head><title>朝鲜向俄罗斯输送弹药换来了什么？</title></head><body><article>"
        f"<h1>朝鲜向俄罗斯输送弹药换来了什么？</h1><h2>{english}</h2>"
        "<p>※本文由日本经济新闻日文版专栏翻译而成</p>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</article></body></html>"
    )
    a = _one_raw("ft.html", page)
    assert a["body"].strip() == _STORY


def test_an_evernote_note_exported_as_a_page():
    """Evernote's export of a clipped note: its fields' table over the clip (创建时间、作者 the
    researcher's e-mail, 来源, 标签) is the note's: the address is the page's, the tags are kept,
    the day it was made is no date of the story, nothing of it is text."""
    url = "https://www.zaobao.com.sg/news/world/story20241031-5289130"
    page = (
        '<html><head><meta name="exporter-version" content="Evernote Windows/308052"/>'
        "<title>朝鲜试射新型洲际导弹 | 联合早报</title></head><body>"
        "<h1>朝鲜试射新型洲际导弹 | 联合早报</h1><div><table>"
        "<tr><td><b>创建时间：</b></td><td><i>2024/11/1 10:14</i></td></tr>"
        "<tr><td><b>作者：</b></td><td><i>linyu.sgp@gmail.com</i></td></tr>"
        f'<tr><td><b>来源：</b></td><td><a href="{url}"><i>{url}</i></a></td></tr>'
        "<tr><td><b>标签：</b></td><td><i>朝鲜, 导弹</i></td></tr></table></div>"
        "<div><div>朝鲜试射新型洲际导弹</div><div>发布/2024年10月31日 11:02</div>"
        + "".join(f"<div>{p}</div>" for p in _STORY.split("\n\n"))
        + "</div></body></html>"
    )
    a = _one_raw("evernote.html", page)
    assert (a["url"], a["published"], a["tags"]) == (url, "2024-10-31", ["朝鲜", "导弹"])
    assert "linyu" not in a["body"] and "创建时间" not in a["body"]
    assert a["body"].strip().endswith(_STORY.split("\n\n")[-1])


def test_a_zotero_report_saved_as_a_page():
    """Zotero's report: an item's title, its fields' table (URL, 出版物, 日期, 访问时间), its tags
    and child notes; the note holding the copied page is the text, without its label; the
    researcher's reading note and the access date are not the article's."""
    url = "https://cn.yna.co.kr/view/ACK20250604000300881"
    page = (
        '<html><head><title>Zotero 报告</title></head><body><ul class="report combineChildItems">'
        '<li class="item newspaperArticle"><h2>李在明当选韩国第21届总统</h2><table>'
        f'<tr><th>URL</th><td><a href="{url}">{url}</a></td></tr>'
        "<tr><th>出版物</th><td>韩联社</td></tr><tr><th>日期</th><td>2025-06-04</td></tr>"
        "<tr><th>访问时间</th><td>2025/6/5 09:31:02</td></tr></table>"
        '<h3 class="tags">标签：</h3><ul class="tags"><li>李在明</li><li>韩国大选</li></ul>'
        '<h3 class="notes">笔记：</h3><ul class="notes"><li><div>'
        "<p><strong>全文（网页复制，快照打不开时备用）</strong></p>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</div></li><li><div><p><strong>阅读批注</strong>（张文静，2025/6/6）</p>"
        "<p>1. 投票率79.4%，写入第3章表3-2。</p></div></li></ul></li></ul></body></html>"
    )
    result = convert("Zotero 报告.html", page.encode())
    (a,) = result["articles"]
    assert result["source"]["format"] == "report"
    assert (a["title"], a["published"], a["outlet"], a["url"]) == (
        "李在明当选韩国第21届总统",
        "2025-06-04",
        outlet_for_name("韩联社"),
        url,
    )
    assert a["body"].strip() == _STORY and a["tags"] == ["李在明", "韩国大选"]


def test_a_zotero_csv_export_with_the_copied_page_in_its_notes():
    """Zotero's CSV export: every cell quoted, Publication Title the outlet, Manual Tags the
    tags, and a child note's HTML holding the page copied into it (under its label) the text:
    the cells' HTML makes it no web page, and the abstract gives way to the longer note."""
    names = ["Key", "Item Type", "Author", "Title", "Publication Title", "Url", "Abstract Note",
             "Date", "Date Added", "Notes", "Manual Tags"]  # fmt: skip
    note = (
        "<div><p><strong>全文摘录（网页原文）：</strong></p>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</div>"
    )
    rows = [
        names,
        ["A1", "newspaperArticle", "韩静", "朝鲜发射弹道导弹", "联合早报",
         "https://www.zaobao.com.sg/news/world/story20240619-1", "摘要。", "2024-06-19",
         "2024-06-24 02:41:17", note, "朝鲜; 导弹"],
        ["A2", "newspaperArticle", "", "韩国召开国安会议", "韩联社",
         "https://cn.yna.co.kr/view/ACK20240620003500881", "韩国召开国安会议。", "2024-06-20",
         "2024-06-24 02:41:20", "", ""],
    ]  # fmt: skip
    raw = "\n".join(",".join(f'"{c}"' for c in row) for row in rows) + "\n"
    result = convert("zotero.csv", raw.encode("utf-8-sig"))
    first, second = result["articles"]
    assert result["source"]["format"] == "table"
    assert (first["outlet"], first["published"], first["tags"]) == (
        outlet_for_name("联合早报"),
        "2024-06-19",
        ["朝鲜", "导弹"],
    )
    assert first["body"].strip() == _STORY and second["body"].strip() == "韩国召开国安会议。"


def test_a_feeds_redirected_links_and_a_portals_provider_credit():
    """An old portal feed's links wrap the story's address (go.rss.sina.com.cn/redirect.php?url=
    …): the story's own is its address; 中央社提供 961002 under a portal's story is its credit."""
    real = "http://news.sina.com.cn/w/2005-09-19/14057801234s.shtml"
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>新浪新闻</title><item>'
        "<title>六方会谈发表共同声明</title>"
        f"<link>http://go.rss.sina.com.cn/redirect.php?url={real}</link>"
        f"<description><![CDATA[<p>{_STORY.split(chr(10))[0]}</p>]]></description></item>"
        "</channel></rss>"
    )
    (a,) = convert("feed.xml", feed.encode())["articles"]
    assert a["url"] == real
    assert is_boilerplate("中央社提供 961002")


def test_a_post_quoting_a_news_story_whole():
    """A 知乎 answer (a blockquote) or a column clipped as Markdown (> lines) quoting a story
    whole, its headline, date line and source line with it: the story is the article, the
    poster's own words around it are not; the post's page is the repost."""
    url = "https://www.zaobao.com.sg/realtime/world/story20241204-5479213"
    quote = [
        "<b>尹锡悦深夜宣布紧急戒严</b>",
        "发布/2024年12月4日 01:06　　文/周雅琳",
        *_STORY.split("\n\n"),
        f"原文地址：{url}",
    ]
    page = (
        '<html><head><title>如何看待尹锡悦宣布紧急戒严？ - 知乎</title><link rel="canonical" '
        'href="https://www.zhihu.com/question/1/answer/2"></head><body>'
        "<h1>如何看待尹锡悦宣布紧急戒严？</h1><div><p>谢邀。人在首尔，刚从汝矣岛回来。</p><blockquote>"
        + "".join(f"<p>{p}</p>" for p in quote)
        + "</blockquote><p>以下是我个人的几点看法，仅供参考：局势还会反复。</p></div></body></html>"
    )
    a = _one_raw("zhihu.html", page)
    assert (a["title"], a["published_time"], a["author"], a["url"]) == (
        "尹锡悦深夜宣布紧急戒严",
        "01:06",
        "周雅琳",
        url,
    )
    assert a["republished_url"] == "https://www.zhihu.com/question/1/answer/2"
    assert a["body"].strip() == _STORY
    clip = (
        '---\ntitle: "条约意味着什么 - 知乎"\nsource: "https://zhuanlan.zhihu.com/p/1"\n---\n'
        "# 条约意味着什么\n\n先把报道全文放在下面，我的分析在后面。\n\n"
        + "\n>\n".join(
            f"> {p}"
            for p in ["**普京与金正恩签署条约**", "2024年6月19日 23:05", *_STORY.split("\n\n")]
        )
        + "\n\n## 二、条约第四条到底有多硬\n\n我的分析。\n"
    )
    b = _one_raw("zhihu.md", clip)
    assert (b["title"], b["published_time"]) == ("普京与金正恩签署条约", "23:05")
    assert b["body"].strip() == _STORY


def test_a_statement_quoted_in_a_story_is_part_of_it():
    """A story quoting a statement in a blockquote (no headline, no date or source of its own)
    stays one story, the quote in it."""
    statement = ["朝鲜外务省发言人发表谈话说：", *_STORY.split("\n\n")]
    page = (
        "<html><head><title>朝鲜外务省发表谈话</title></head><body><article><h1>朝鲜外务省发表谈话</h1>"
        "<p>【新华社平壤6月3日电】朝鲜外务省3日发表谈话，全文如下：</p><blockquote>"
        + "".join(f"<p>{p}</p>" for p in statement)
        + "</blockquote></article></body></html>"
    )
    a = _one_raw("statement.html", page)
    assert a["title"] == "朝鲜外务省发表谈话" and "全文如下" in a["body"]


def test_a_post_quoting_a_story_between_marks():
    """B站's 专栏 repost: the poster's words, ————以下为原文————, the story (its headline, its
    source and time line, its text, its address), ————原文结束————, then the poster's own
    picture: the story between the marks is the article."""
    url = "http://www.news.cn/world/20240114/8a3f5e1c2d7b4c6e9f0a1b2c3d4e5f60/c.html"
    page = (
        '<html><head><title>【资讯搬运】朝鲜又射了！ - 哔哩哔哩</title><link rel="canonical" '
        'href="https://www.bilibili.com/read/cv30915522/"></head><body>'
        "<h1>【资讯搬运】朝鲜又射了！</h1><div class='article'>"
        "<p>下午新华社发的快讯，原文搬运如下，欢迎讨论～</p><p>————————以下为原文————————</p>"
        "<p><strong>朝鲜向半岛以东海域发射一枚弹道导弹</strong></p>"
        "<p>来源：新华社 | 2024-01-14 16:27:08</p>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + f"<p>原文链接：{url}</p><p>————————原文结束————————</p>"
        "<p>图：射程示意图（自制，仅供参考）</p></div></body></html>"
    )
    a = _one_raw("bilibili.html", page)
    assert (a["title"], a["published_time"], a["url"]) == (
        "朝鲜向半岛以东海域发射一枚弹道导弹",
        "16:27:08",
        url,
    )
    assert a["republished_url"] == "https://www.bilibili.com/read/cv30915522/"
    assert a["body"].strip() == _STORY


def test_a_scrapers_csv_with_its_own_column_names():
    """A pandas export of scraped articles: an unnamed index column, published_at the date (not
    scraped_at), content the text."""
    rows = [
        ["", "id", "url", "title", "source", "published_at", "content", "scraped_at"],
        ["0", "a1", "https://cn.yna.co.kr/view/ACK20250731000300881", "韩美就关税协议达成一致",
         "韩联社", "2025-07-31 09:41:00", _STORY, "2025-08-04 10:00:00"],
    ]  # fmt: skip
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    (a,) = convert("scrape.csv", out.getvalue().encode())["articles"]
    assert (a["published"], a["published_time"]) == ("2025-07-31", "09:41:00")
    assert a["body"].strip() == _STORY


def test_a_bracketed_byline_naming_a_translator_is_no_outlet_and_a_correspondents_byline():
    """【編譯陳慧君、記者林宗賢／綜合九日外電報導】 names writers, no outlet; a copied page's
    文 / 林诗婷（首尔特派员） under the headline is its byline, not its headline."""
    assert outlet_from_header("【編譯陳慧君、記者林宗賢／綜合九日外電報導】北韓官方") is None
    raw = "\n".join(
        [
            "跳至主要内容", "联合早报", "登录　订阅", "首页", "即时", "新闻", "财经", "观点",
            "首页 > 即时 > 国际", "", "实时报道：韩国国会第二次表决尹锡悦弹劾案", "",
            "文 / 林诗婷（首尔特派员）", "发布 / 2024年12月14日 14:05", "", _STORY,
        ]
    )  # fmt: skip
    a = _one_raw("zaobao.txt", raw)
    assert (a["title"], a["author"]) == ("实时报道：韩国国会第二次表决尹锡悦弹劾案", "林诗婷")
    assert a["body"].strip() == _STORY


def test_a_search_engines_cached_copy_copied_as_text():
    """Google's text-only cache copied: its banner names the page's address and the snapshot's
    day (a bound, no date of the story); its buttons and tip are no text."""
    url = "https://cn.yna.co.kr/view/ACK20240710002300881"
    raw = "\n".join(
        [
            f"这是 Google 对 {url} 的缓存。 这是该网页在 2024年7月11日 02:18:40 GMT 的快照。 "
            "当前页在此期间可能已经更改。 了解详情.",
            "完整版本 纯文字版本 查看源代码",
            "提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F 或者 ⌘-F (Mac)，然后使用查找栏搜索。",
            "",
            "统一部：上半年入韩脱北者105人",
            "2024-07-10 15:31",
            "",
            _STORY,
        ]
    )
    a = _one_raw("cache.txt", raw)
    assert (a["url"], a["title"], a["published"]) == (
        url,
        "统一部：上半年入韩脱北者105人",
        "2024-07-10",
    )
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("[Читать далее · 加载更多](https://chinese.rt.com/world/)", True),
        (
            "[Поделиться](https://chinese.rt.com/share) · [VK](https://vk.com/share.php) · 复制链接",
            True,
        ),
        ("Путин · 普京", False),
        ("Путин · Лавров", False),
    ],
)
def test_a_russian_sites_labels_beside_their_chinese(line, furniture):
    """RT's and Sputnik's Chinese pages keep their Russian labels beside the Chinese ones: a
    label is judged by its Chinese words; Читайте также · 相关阅读 opens a related list."""
    assert is_boilerplate(line) == furniture
    assert RELATED_LABEL.match("Читайте также · 相关阅读")


def test_related_and_popular_lists_kept_without_their_links():
    """A clip keeps a page's related and most-read lists as plain blocks under bold labels
    (相关新闻 / · headline, 热门 / 1　headline　2小时前): they go, the related headlines kept as
    links."""
    page = (
        "<html><head><title>朝鲜试射新型洲际导弹</title></head><body><article>"
        "<h1>朝鲜试射新型洲际导弹</h1>"
        + "".join(f"<div>{p}</div>" for p in _STORY.split("\n\n"))
        + "<div><b>相关新闻</b></div><div>· 韩国情报机构：朝鲜士兵已抵达库尔斯克前线</div>"
        "<div>· 美韩举行年度安保会议 重申延伸威慑承诺</div><div><b>热门</b></div>"
        "<div>1　美国大选倒计时：七个摇摆州民调最新对比　<span>2小时前</span></div>"
        "<div>2　新加坡明年起调整公积金缴交率　<span>3小时前</span></div></article></body></html>"
    )
    a = _one_raw("clip.html", page)
    assert a["body"].strip() == _STORY
    assert [x["title"] for x in a["links"] if x["kind"] == "related"] == [
        "韩国情报机构：朝鲜士兵已抵达库尔斯克前线",
        "美韩举行年度安保会议 重申延伸威慑承诺",
    ]


def test_a_digests_stories_under_its_contents():
    """A digest whose contents list its stories' headlines, each coming again over its story
    with a source or date line: one article per story, its heading without the digest's mark,
    a yearless dateline in the issue's year, the address from the line under the story
    (>> 阅读全文：…, 【原文链接】…); the masthead, contents and the footer under the rule are the
    digest's."""
    text = (
        "半岛周报 第12期\n2024年5月28日 星期二\n\n本期导读\n"
        "1. 中日韩领导人会议发表联合宣言 重申推进自贸协定谈判\n2. 朝鲜发射军事侦察卫星失败\n"
        "3. 日本政府一度对冲绳县发布J-Alert\n\n----------\n\n"
        f"■ 中日韩领导人会议发表联合宣言 重申推进自贸协定谈判\n【来源】韩联社  2024-05-27 18:05\n\n"
        f"{_STORY}\n\n>> 阅读全文：https://cn.yna.co.kr/view/AKR20240527\n\n"
        f"■ 朝鲜发射军事侦察卫星失败\n\n【朝中社平壤5月28日电】{_STORY}\n\n"
        "【原文链接】http://kcna.example/item/2024/0528\n\n"
        f"■ 日本政府一度对冲绳县发布J-Alert\n来源：共同社\n\n{_STORY}\n\n"
        "----------\n订阅本周报请回复邮件，退订请回复 TD。\n"
    )
    a, b, c = convert("zhoubao.txt", text.encode())["articles"]
    assert [x["title"] for x in (a, b, c)] == [
        "中日韩领导人会议发表联合宣言 重申推进自贸协定谈判",
        "朝鲜发射军事侦察卫星失败",
        "日本政府一度对冲绳县发布J-Alert",
    ]
    assert (a["published"], a["published_time"]) == ("2024-05-27", "18:05")
    assert a["url"] == "https://cn.yna.co.kr/view/AKR20240527" and a["body"].strip() == _STORY
    assert b["published"] == "2024-05-28" and b["url"] == "http://kcna.example/item/2024/0528"
    assert c["body"].strip() == _STORY and "Kyodo" in c["outlet"]


def test_a_reports_contents_list_its_sections():
    """A report's contents list its sections, which come again as headings with no source or
    date of their own: the report stays one article."""
    text = (
        "朝鲜半岛局势年度评估\n\n目录\n一、半岛安全形势总体判断\n二、朝鲜核导能力的新发展\n"
        "三、美韩同盟的调整方向\n\n"
        + "".join(
            f"{h}\n\n{_STORY}\n\n"
            for h in (
                "一、半岛安全形势总体判断",
                "二、朝鲜核导能力的新发展",
                "三、美韩同盟的调整方向",
            )
        )
    )
    a = _one_raw("report.txt", text)
    assert a["title"] == "朝鲜半岛局势年度评估" and "美韩同盟的调整方向" in a["body"]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        (
            "[![Google新聞 追蹤中時新聞網](https://static.chinatimes.com/g.png)]"
            "(https://news.google.com/publications/CAAqBwgK)",
            True,
        ),
        (
            "[![加入中時新聞網LINE好友](https://static.chinatimes.com/l.png)](https://line.me/R/ti/p/@x)",
            True,
        ),
        ("更多精彩內容請至 [中時新聞網](https://www.chinatimes.com/?chdtv)", True),
        (
            "[![金正恩視察新型驅逐艦](https://img.example/a.jpg)](https://img.example/a_big.jpg)",
            False,
        ),
    ],
)
def test_buttons_drawn_as_linked_pictures(line, furniture):
    """A follow or add-friend button drawn as a linked picture is judged by its alt text; a
    photo linked to its larger copy is no button."""
    assert is_boilerplate(line) == furniture


def test_a_clips_site_name_and_byline_list_under_its_headline():
    """Under a clip's headline, the site's name alone among the writer and date lines is the
    page's chrome, and a list of the date and the byline (- 2026-02-19 17:05 / - 記者 …) is
    the byline, not the story."""
    story = "\n\n".join(_TW_STORY)
    clip = (
        "[首頁](https://news.pts.org.tw/) > [國際](https://news.pts.org.tw/category/4)\n\n"
        "# 尹錫悅內亂案一審宣判 首爾法院判處無期徒刑\n\n- 2026-02-19 17:05\n"
        f"- 記者 林嘉慧、張志遠 / 綜合報導\n\n{story}\n"
    )
    a = _one_raw("pts.md", clip)
    assert a["body"].strip() == story and a["author"] == "林嘉慧、張志遠"
    assert (a["published"], a["published_time"]) == ("2026-02-19", "17:05")
    clip = (
        "---\ncreated: 2025-11-02T09:14:51 (UTC +08:00)\n"
        "source: https://www.chinatimes.com/realtimenews/20251101003512-260408\n---\n\n"
        "# 習近平晤李在明 同意推動中韓FTA第二階段談判\n\n[藍敏芝](https://www.chinatimes.com/reporter/10387)\n\n"
        f"20:15 2025/11/01\n\n中時新聞網\n\n{story}\n"
    )
    a = _one_raw("chinatimes.md", clip)
    assert a["body"].strip() == story and a["outlet"].startswith("中時新聞網")


def test_a_saved_pages_local_copies_of_its_pictures():
    """A page saved whole keeps its pictures beside it (./标题_files/1.jpg): joined to the
    page's address they would name files the site never had, so a picture keeps only its
    caption, and one without a caption goes."""
    page = (
        '<html><head><link rel="canonical" href="https://news.cctv.com/2025/12/03/ARTI1.shtml">'
        "<title>紧急戒严事态一周年 韩国多地举行集会</title></head><body><div class='content_area'>"
        "<h1>紧急戒严事态一周年 韩国多地举行集会</h1>"
        '<p><img src="./紧急戒严事态一周年_新闻频道_央视网(cctv.com)_files/A_1.jpg" alt=""></p>'
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + '<p><img src="./紧急戒严事态一周年_files/A_2.jpg" alt="首尔光化门广场的集会现场"></p>'
        "</div></body></html>"
    )
    a = _one_raw("cctv.html", page)
    assert a["body"].strip().startswith(_STORY.split("\n\n")[0])
    assert a["images"] == [{"url": None, "caption": "首尔光化门广场的集会现场", "credit": None}]


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("韩联社记者 김민수", "김민수"),
        ("记者 이지은 · 김도현", "이지은、김도현"),
        ("记者 박상준 sjpark@donga.com · 翻译：金美玲", "박상준"),
        ("金秀妍 记者  发布时间：2025.07.16 09:41", "金秀妍"),
    ],
)
def test_korean_services_bylines(header, author):
    """A Korean outlet's Chinese service may print its reporters' names in Hangul, several
    apart by a dot, and the name before 记者 with the date after it on the line."""
    assert author_from_header(header) == author


def test_a_print_view_with_its_headline_in_a_title_block():
    """A print view whose <title> is the site's name prints the headline in a block classed
    title; the rights line under the story (独家稿件 未经许可禁止转载) is furniture."""
    page = (
        "<html><head><title>东亚日报 中文版 - 打印</title></head><body>"
        "<div class='print_top'><span>东亚日报 中文版 | The Dong-A Ilbo</span></div>"
        "<div class='title'>李在明结束访华行程 韩中同意重启外交安全“2+2”对话</div>"
        "<div class='date'>2026-01-07 14:22</div><div class='article_txt'>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "<p>[东亚日报中文版独家稿件 未经许可禁止转载]</p></div></body></html>"
    )
    a = _one_raw("donga_print.html", page)
    assert a["title"] == "李在明结束访华行程 韩中同意重启外交安全“2+2”对话"
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("> **订户专享** 您正在阅读的是早报订户专享内容。", True),
        ("您本月还可以免费阅读 2 篇文章", True),
        (
            "每天早上，我们把世界的重要新闻送到您的邮箱。 [免费订阅](https://www.zaobao.com.sg/nl)",
            True,
        ),
        ("捐款支持自由亞洲電台 [立即捐款](https://www.rfa.org/donate)", True),
        ("下载法广应用程序，随时随地收听新闻 iPhone Android", True),
        ("📱下載香港01 App，即時掌握最新資訊：https://hk01.onelink.me/FraY/hk01app", True),
        ("苹果公司推出新款 App：https://www.apple.com/newsroom/", False),
        ("新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的。", True),
        ("跳過 Twitter 帖子, 1", True),
        ("Twitter 帖子完, 1", True),
        ("收听 金正恩指导超大型火箭炮齐射", True),
        ("[下载 MP3 (128 kbps)](https://voa-audio.voanews.eu/a.mp3)", True),
        ("跟贴 245 参与 3.1万", True),
        ("文字轉語音", True),
        ("test 語音朗讀", True),
        ("分享﹕", True),
        ("?看更多國際新聞", True),
        ("发表评论（需登录）", True),
        ("下载联合早报应用", True),
        ("下载了这个应用", False),
        ("栏目主编：张武 文字编辑：周翊 题图来源：新华社 图片编辑：邵竞", True),
        ("赞 *58*收藏打赏", True),
        ("赞赏文章的作者", False),
        ("韩国偶像粉丝团在首尔集会", False),
        (
            "[App Store](https://apps.apple.com/app/id1) "
            "[Google Play](https://play.google.com/store/apps/details?id=com.zb.android.zaobao)",
            True,
        ),
        ("收听广播的民众说，他们很担心。", False),
        ("韩国政府表示，将把调查结果发送到联合国安理会。", False),
        ("[百度首页](https://www.baidu.com/)", True),
        ("百度APP扫码打开", True),
        ("发表评论、分享好友，查看更多精彩内容", True),
        ("百度首页显示的热搜词中，韩国戒严排在第一位。", False),
        ("本文约2000字 阅读约4分钟", True),
        ("点击“在看”，让更多人看到", True),
        ("觉得好看，请点“在看”", True),
        ("▲点击上方“参考消息”，关注我们", True),
        ("我们点击在看的人很多。", False),
        ("歡迎訂閱端會員，支持獨立新聞。", True),
        ("【字號】 大 中 小  正體 簡體", True),
        ("[◀ 上一篇：国防部长官会见美国印太司令部司令](https://www.mnd.go.kr/x)", True),
        ("本页信息满意度评价 ○非常满意 ○满意 ○一般 ○不满意 [提交](#)", True),
        ("负责部门：发言人室 ☎ 02-748-6813", True),
        ("负责部门表示，将加快调查。", False),
        ("※本页面的新闻稿件依据NHK播出的内容编辑整理，部分内容可能与节目有所不同。", True),
        ("2小时前 · 关注", True),
        ("3天前，他宣布关注此事。", False),
        ("留言须知：请遵守互联网相关法律法规，文明上网，理性发言。", True),
        ("風傳媒歡迎各界分享，但請勿轉載本網站內容，如需轉載請洽版權授權。", True),
        ("他说，欢迎分享经验，但请勿转载未经证实的消息。", False),
        ("查看完整版网页", True),
        ("中英双语", True),
        ("阅读下一篇", True),
        ("本文为半岛瞭望原创，转载请联系后台授权。", True),
        ("他说，本文件为原创，转载需授权。", False),
        ("文中观点仅代表作者本人，不代表本平台立场。", True),
        ("如需更多人权观察有关朝鲜的报道，请访问：", True),
        ("请在[这里](https://www.voachinese.com/subscribe)订阅美国之音中文网每日电子报", True),
        ("DW中文有Instagram！欢迎搜索dw.chinese，或扫描下方二维码，关注我们的最新动态。", True),
        ("金正恩在Facebook上有大量关注者，专家说。", False),
        ("推荐 DW 中文网内容", True),
        ("政府推荐的内容包括三项措施。", False),
        ("本网站更新时间：2005年9月20日 星期二 10:47 AM 新加坡时间", True),
        ("打印 | 电邮给朋友 | 字体大小: 大 中 小", True),
        ("读者来函 请电邮至 zblc@sph.com.sg", True),
        ("如果这篇文章对你有帮助，可以请我喝杯咖啡 [赞赏](https://x.blog/donate/)", True),
        ("加入会员的记者说，他们支持这项法案。", False),
        ("＊本文譯自中央日報韓文版，韓文原文刊發於2024.09.06 18:01", True),
        ("本文由朝鲜日报中文网翻译，原文出处：朝鲜日报韩文版。翻译：朴英华", True),
        ("韩文原文 ▶ 작년 탈북민 236명 입국…여성이 84.7%", True),
        ("推荐 12", True),
        (
            "* [通过电子邮件分享](mailto:?body=https%3A%2F%2Fwww.voachinese.com%2Fa%2F7948213.html)",
            True,
        ),
        ("推荐12名候选人参加选举。", False),
        ("点击收起全文", True),
        ("听新闻03:41", True),
        ("阅读量：4.6万", True),
        ("综合韩联社、纽西斯通讯社报道", True),
        ("（综合新华社、央视新闻）", True),
        ("综合各方报道，朝鲜昨天发射导弹。", False),
        ("【记者】冯晓岚", True),
        ("【实习生】黄梓涵", True),
        ("DW中文有Instagram！", True),
        ("他说，韩国有Facebook！", False),
        ("本文英文版", True),
        ("（本文刊登於113年10月25日聯合報A2版）", True),
        ("圖輯（共6張）", True),
        ("字級設定：小 中 大 分享至Facebook 分享至LINE 友善列印", True),
        ("他调整了字级设定。", False),
        ("此论坛已关闭", True),
        ("DW中文有Instagram！欢迎搜索dw.chinese，从更多角度看世界。", True),
        ("저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지", True),
        ("字号  大  中  小     打印     转发     评论(3)", True),
        ("他转发了这条消息。", False),
        ("加入端會員，閱讀全文及所有深度報道，支持獨立新聞。", True),
        ("他说，加入会员，阅读全文的人越来越多。", False),
        ("听全文 约16分钟", True),
        ("本文为原创内容，版权归三联生活周刊所有", True),
        ("点击下方卡片 购买本期杂志", True),
        ("章节：", True),
        ("¥498/年", True),
        ("已订阅用户请", True),
        ("52分钟 · 4天前 · 3871人听过", True),
        ("收听本台节目", True),
        ("分享 关闭面板", True),
        ("免费注册，解锁更多独家内容", True),
        ("早报Podcast｜《早说天下》", True),
        ("中文 英文 中英对照", True),
        ("この記事を共有する", True),
        ("本书提供中英对照版本。", False),
        ("BBC韩语部，首尔", True),
        ("BBC News 中文，台北", True),
        ("BBC报道，朝鲜发射导弹。", False),
        ("（本文由日经中文网编译）", True),
        ("收听本新闻的广播版本", True),
        ("分享、收藏、点赞、在看，一键四连支持我们", True),
        ("查看朝鲜文原文", True),
        ("【字号：大 中 小】 打印 分享到：", True),
        ("首页 ＞ 朝鲜半岛", True),
        ("订阅联合早报 首月只需0.99元", True),
        ("他呼吁订阅者首月只需支付少量费用。", False),
        ("在Facebook上分享", True),
        ("关注美国之音中文网：YouTube", True),
        ("*— Clipped by RSS Dashboard for Obsidian v1.8.3*", True),
        ("往下看更多新聞", True),
        ("點擊Follow 香港01 Google News，即時接收最新消息", True),
        ("※ 歡迎用LINE分享給好友", True),
        ("他呼籲民眾歡迎用LINE分享給好友的假消息提高警覺。", False),
        ("注册会员即可免费阅读更多日经中文网文章。", True),
        ("听新闻 ▶ 0:00 / 4:12", True),
        ("收听新闻 00:01:12", True),
        ("이 기사를 SNS로 공유하기", True),
        (
            "> **订阅《联合早报》每日新闻简报，掌握新马中港台国际要闻。** [立即订阅](https://www.zaobao.com.sg/n)",
            True,
        ),
        ("中国日报网版权说明", True),
        (
            "凡本网注明“来源：XXX（非中国日报网）”的作品，均转载自其它媒体，目的在于传播更多信息，"
            "其他媒体如需转载，请与稿件来源方联系，如产生任何问题与本网无关。",
            True,
        ),
        ("他发表版权声明称不会转载。", False),
        ("음성 듣기", True),
        ("원문 기사 보기", True),
        ("发送 Facebook X WhatsApp 电子邮件 Telegram 复制链接", True),
        ("他通过WhatsApp发送了一封电子邮件。", False),
        ("订阅法广新闻快讯", True),
        ("每日接收最新国际新闻 [订阅](https://www.rfi.fr/cn/newsletters/)", True),
        ("每天早上收到国际新闻的摘要", True),
        ("下载KBS WORLD应用程序", True),
        ("新浪财经APP", True),
        ("林彥彤／核稿編輯", True),
        ("更多精彩内容，请进入专题", True),
        ("他说新浪财经APP的用户增长了三成。", False),
        ("请听记者高岩的报道", True),
        ("他说请听记者高岩的报道吧。", False),
        ("分享 LINE 聽新聞 0:00 / 0:00", True),
        ("3-4 分钟", True),
        ("他每天早上收到国际新闻的摘要后开始工作。", False),
        ("+1 点赞 1.2万收藏", True),
        ("👍 点赞 326\u3000\u3000☆ 收藏\u3000\u3000分享到：微信\u3000朋友圈\u3000微博", True),
        ("👍 他为这条新闻点赞。", False),
        ("기사를 읽어드립니다", True),
        ("본문 바로가기", True),
        ("윤석열 대통령은 인쇄물을 공개했다", False),
        ("한국어", True),
        ("Français", True),
        ("中文", True),
        ("他用英语和中文发表了讲话。", False),
        ("打印  发送邮件", True),
        ("請收聽報道：", True),
        ("在Telegram上订阅", True),
        ("看法或建议，请电邮：zbnews@sph.com.sg", True),
        ("他请记者打印并发送邮件给编辑部。", False),
    ],
)
def test_paywall_donation_embed_and_player_lines(line, furniture):
    """A paywall's, a newsletter's, a donation's and an app's prompts, a portal's reprint
    notice, an embedded post's markers and an audio player's label are furniture; story
    sentences with the same words are not."""
    assert is_boilerplate(line) == furniture


def test_a_bbc_byline_of_two_writers_and_their_roles():
    """BBC's byline lists each writer with a role (作者, 李泰恩 職位, BBC中文記者，首爾 …): both
    writers are the article's."""
    assert (
        author_from_header(
            "作者, 李泰恩 職位, BBC中文記者，首爾 作者, 黃思雨 職位, BBC中文，倫敦 2024年12月4日"
        )
        == "李泰恩、黃思雨"
    )


def test_a_caption_classed_legend_under_its_picture():
    """RFI prints a picture's caption in <p class="legend"> beside it: the image's caption,
    not the story's first paragraph."""
    page = (
        "<html><head><title>朝鲜宣布氢弹试验成功</title></head><body><article>"
        "<h1>朝鲜宣布氢弹试验成功</h1><div class='media'><img src='https://scd.rfi.fr/k.jpg' alt=''>"
        "<p class='legend'>朝鲜中央电视台播出的金正恩视察核武器研究所画面。</p></div>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</article></body></html>"
    )
    a = _one_raw("rfi.html", page)
    assert a["images"][0]["caption"] == "朝鲜中央电视台播出的金正恩视察核武器研究所画面。"
    assert _plain_body(a) == _STORY


@pytest.mark.parametrize(
    "share",
    [
        "网易新闻：朝鲜外务相崔善姬在莫斯科同拉夫罗夫会谈 https://c.m.163.com/news/a/JG3T5E9S.html",
        "【朝鲜外务相崔善姬在莫斯科同拉夫罗夫会谈】 - 今日头条\nhttps://c.m.163.com/news/a/JG3T5E9S.html",
        "https://c.m.163.com/news/a/JG3T5E9S.html 「朝鲜外务相崔善姬在莫斯科同拉夫罗夫会谈」 - 今日头条",
    ],
)
def test_an_apps_share_text_over_the_copied_page(share):
    """An app's share text over the page copied under it (网易新闻：headline https://…, or
    【headline】 - 今日头条 with the address under it, or before 「headline」) gives the headline
    and the address; the app's chrome over the headline copied again is not the story."""
    text = (
        f"{share}\n\n打开APP\n推荐  热榜  视频\n朝鲜外务相崔善姬在莫斯科同拉夫罗夫会谈\n"
        f"新华社\n2024-11-01 22:17\n\n{_STORY}\n"
    )
    a = _one_raw("share.txt", text)
    assert a["title"] == "朝鲜外务相崔善姬在莫斯科同拉夫罗夫会谈"
    assert a["url"] == "https://c.m.163.com/news/a/JG3T5E9S.html"
    assert a["body"].strip() == _STORY


def test_a_clips_chrome_with_a_titled_logo_link():
    """MarkDownload keeps a link's title ([![logo](…)](https://… "中央社 CNA")): the logo is
    still the page's chrome over the headline printed again, and the story starts under it."""
    clip = (
        "---\ncreated: 2025-05-09T08:41:17 (UTC +08:00)\n"
        "source: https://www.cna.com.tw/news/aopl/202505080123.aspx\nauthor: 中央社 CNA\n---\n\n"
        "# 北韓朝東部海域射彈道飛彈 | 國際 | 中央社 CNA\n\n"
        '[![中央社 CNA](https://www.cna.com.tw/img/cna_logo.svg)](https://www.cna.com.tw/ "中央社 CNA")\n\n'
        "-   [即時](https://www.cna.com.tw/list/aall.aspx)\n-   [國際](https://www.cna.com.tw/list/aopl.aspx)\n\n"
        "# 北韓朝東部海域射彈道飛彈\n\n2025/05/08 11:32\n\n" + "\n\n".join(_TW_STORY) + "\n"
    )
    a = _one_raw("cna.md", clip)
    assert a["title"] == "北韓朝東部海域射彈道飛彈"
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_read_later_export_with_its_full_content_under_its_fields():
    """Omnivore's export: its fields and [Read Original](…) over ## Full Content, the page
    under it. The original's address is the article's, the page's own date line outranks the
    save date, a day's placeholder time (date_published: … 00:00:00) is no time, and BBC's
    byline in blocks (作者, / 邱承熙 / Role, BBC中文) is the byline."""
    clip = (
        "---\nid: 7c1b5e2a\ntitle: |\n  金與正：朝鮮拒絕與日本的任何接觸和談判 - BBC News 中文\n"
        "date_saved: 2024-03-27 08:02:11\ndate_published: 2024-03-26 00:00:00\n---\n\n"
        "# 金與正：朝鮮拒絕與日本的任何接觸和談判 - BBC News 中文\n\n"
        "[Read on Omnivore](https://omnivore.app/me/bbc-news-18e7f2a1c9b)\n"
        "[Read Original](https://www.bbc.com/zhongwen/trad/world-68664211)\n\n"
        "date_saved: 2024-03-27 08:02:11\n\n## Full Content\n\n"
        "[BBC News, 中文](https://www.bbc.com/zhongwen/trad)\n\n"
        "# 金與正：朝鮮拒絕與日本的任何接觸和談判\n\n作者,\n\n邱承熙\n\nRole, BBC中文\n\n"
        "2024年3月26日\n\n" + "\n\n".join(_TW_STORY) + "\n"
    )
    a = _one_raw("omnivore.md", clip)
    assert a["url"] == "https://www.bbc.com/zhongwen/trad/world-68664211"
    assert (a["published"], a["published_time"]) == ("2024-03-26", None)
    assert a["author"] == "邱承熙" and a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_correspondents_name_and_post_over_labelled_dates():
    """联合早报 copied as text: the writer's name, then the post (首尔特派员), then 发布/… and
    更新/… lines over the story: the name is the writer, the post no heading, the first date
    the story's, the font buttons (文字大小 / A- / A+) no text."""
    text = (
        "尹锡悦成为韩国首位被逮捕的现任总统\n\n林展宏\n首尔特派员\n发布/2025年1月15日 12:46\n"
        "更新/2025年1月15日 18:20\n\n文字大小\nA-\nA+\n\n" + _STORY + "\n"
    )
    a = _one_raw("zaobao.txt", text)
    assert a["author"] == "林展宏" and a["body"].strip() == _STORY
    assert (a["published"], a["published_time"]) == ("2025-01-15", "12:46")


def test_an_evernote_notes_picture_keeps_its_caption():
    """A picture kept in an Evernote note is an <en-media> element: its caption under it is
    the picture's, not the story's first paragraph; bs4's advice on XML read as HTML (the
    note's <?xml …?> declaration) is not the build's output."""
    enml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?><en-note>'
        "<h1>金与正称朝方拒绝任何接触与谈判</h1><div>26/03/2024 - 12:18</div>"
        '<div><en-media hash="4b0e6c2f" type="image/jpeg"/></div>'
        "<div>资料图片：朝鲜劳动党中央委员会副部长金与正。 REUTERS - POOL</div>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "<div><b>阅读更多</b></div><div>每日新闻简报 订阅 接收所有国际新闻的实时信息，下载法广应用程序</div>"
        "</en-note>"
    )
    enex = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<en-export application="Evernote">'
        f"<note><title>金与正称朝方拒绝任何接触与谈判</title><content><![CDATA[{enml}]]></content>"
        "</note></en-export>"
    )
    (a,) = convert("rfi.enex", enex.encode())["articles"]
    run = subprocess.run(  # (a process of its own: this one may have shown the warning already)
        [sys.executable, "-W", "default", "-c", "import sys; from peninsula.convert import convert;"
         " convert('rfi.enex', sys.stdin.buffer.read())"],
        input=enex.encode(), capture_output=True, check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "scripts")},
    )  # fmt: skip
    assert b"XMLParsedAsHTMLWarning" not in run.stderr
    assert a["images"][0]["caption"].startswith("资料图片：朝鲜劳动党中央委员会副部长金与正。")
    assert _plain_body(a) == _STORY


def test_a_researchers_lines_over_a_copied_story():
    """Where the copy was taken from and when (摘自新华网　2024.6.20整理（周晨）), its address and
    the researcher's note (备注：…) over a copied page are no part of the story; the address is
    the story's, the note's day the copy's."""
    text = (
        "摘自新华网　2024.6.20整理（周晨）\n链接：http://www.news.cn/world/20240619/a7e3/c.html\n"
        "备注：周一例会用。条约第4条的表述请再对照朝中社英文版核对。\n\n新华网 > 国际 > 正文\n\n"
        "普京对朝鲜进行国事访问 朝俄签署全面战略伙伴关系条约\n2024-06-19 21:36:08　来源：新华网\n\n"
        + _STORY
        + "\n\n原文网址: 普京对朝鲜进行国事访问 | 新华网 http://www.news.cn/world/20240619/a7e3/c.html\n"
    )
    a = _one_raw("zhengli.txt", text)
    assert a["title"] == "普京对朝鲜进行国事访问 朝俄签署全面战略伙伴关系条约"
    assert a["url"] == "http://www.news.cn/world/20240619/a7e3/c.html"
    assert a["body"].strip() == _STORY and a["published"] == "2024-06-19"


def test_an_e_papers_page_copied_as_text():
    """人民日报's e-paper copied as text: its font buttons (放大  缩小  默认), pager (上一版
    下一版), PDF下载 over the headline are chrome, and its page's other stories under the
    story (版面导航, 本版新闻) end it."""
    text = (
        "人民日报\n2024年05月03日 星期五\n放大  缩小  默认\n返回目录    上一篇    下一篇\n"
        "第17版：国际\n上一版    下一版\nPDF下载\n\n韩国朝野围绕多项法案对立加剧\n\n"
        + _STORY
        + "\n\n《 人民日报 》（ 2024年05月03日   第 17 版）\n\n版面导航\n第01版：要闻\n第02版：要闻\n"
        "本版新闻\n韩国朝野围绕多项法案对立加剧\n多国人士积极评价中国发展为世界带来新机遇\n"
    )
    a = _one_raw("rmrb.txt", text)
    assert a["title"] == "韩国朝野围绕多项法案对立加剧"
    assert a["body"].strip() == _STORY and a["published"] == "2024-05-03"


def test_a_clips_writer_linked_to_a_user_page():
    """澎湃's writer is a link to their page (/user_7201356) under the headline: the byline,
    not the story's first paragraph."""
    clip = (
        "---\nsource: https://www.thepaper.cn/newsDetail_forward_29512345\n---\n\n"
        "# 戒严10个关键点\n\n[方晓雯](https://www.thepaper.cn/user_7201356)\n\n2024-12-04 10:12\n\n"
        + _STORY
        + "\n"
    )
    a = _one_raw("thepaper.md", clip)
    assert a["author"] == "方晓雯" and a["body"].strip() == _STORY


def test_a_text_copy_with_a_standfirst_a_picture_and_the_writer_over_the_date():
    """DW copied as text: the menu (菜单, 简 / 繁) over the headline, then the standfirst, the
    picture's caption twice (its alt text, then with its credit), the writer's name over the
    date. The headline is the title, the name the writer, the caption one caption."""
    text = (
        "跳转至内容\n德国之声 DW 中文\n菜单\n搜索\n简\n繁\n亚洲\n朝鲜半岛\n"
        "脱北者人数回升 韩国统一部：精英阶层出逃增加\n"
        "韩国统一部公布的数据显示，今年上半年抵达韩国的脱北者人数为105人，较疫情期间有所回升。\n"
        "在韩国首尔举行的首届“脱北者之日”纪念活动上，参加者手持韩国国旗\n"
        "在韩国首尔举行的首届“脱北者之日”纪念活动上，参加者手持韩国国旗图像来源: Jung Yeon-je/AFP\n"
        "江峰\n2024年7月18日\n" + _STORY + "\n"
    )
    a = _one_raw("dw.txt", text)
    assert a["title"] == "脱北者人数回升 韩国统一部：精英阶层出逃增加"
    assert (a["author"], a["published"]) == ("江峰", "2024-07-18")
    assert a["body"].count("参加者手持韩国国旗") == 1 and a["body"].rstrip().endswith(_STORY[-20:])


def test_a_reading_tools_linked_picture_and_a_caption_without_its_picture():
    """Jina Reader links each picture to itself ([![Image 2: alt](src)](src)): a picture, so the
    caption, date lines and byline under it are read as under any picture. A clip's caption
    whose picture was not kept (资料照片：…（美联社）) is a caption, and its date not the story's."""
    page = (
        "Title: 尹锡悦深夜宣布戒严 国会六小时内表决解除 | 联合早报\n\n"
        "URL Source: https://www.zaobao.com.sg/news/world/story20241204-5512873\n\n"
        "Markdown Content:\n尹锡悦深夜宣布戒严 国会六小时内表决解除\n====================\n\n"
        "[![Image 2: 韩国国会大厦外聚集大批民众](https://cassette.sph.com.sg/a.jpg)](https://cassette.sph.com.sg/a.jpg)\n\n"
        "韩国国会大厦外聚集大批民众。（路透社）\n\n发布 / 2024年12月4日 07:05 AM\n\n文 / 郑宇轩\n\n"
        + _STORY
        + "\n"
    )
    a = _one_raw("jina.md", page)
    assert a["author"] == "郑宇轩" and a["body"].strip().endswith(_STORY[-20:])
    assert _plain_body(a) == _STORY
    clip = (
        "---\ntitle: 朝鲜已向俄罗斯派遣首批士兵\ndate: 2024-10-18\n---\n"
        "资料照片：2023年7月27日，朝鲜士兵在平壤参加阅兵式。（美联社）\n\n" + _STORY + "\n"
    )
    a = _one_raw("trafilatura.txt", clip)
    assert a["published"] == "2024-10-18" and a["body"].strip() == _STORY
    assert a["images"] == [
        {
            "url": None,
            "caption": "资料照片：2023年7月27日，朝鲜士兵在平壤参加阅兵式。",
            "credit": "美联社",
        }
    ]


def test_an_old_reposting_pages_font_headline_and_notes():
    """An old table layout's headline in a big font, its <title> the same with a portal's mark
    after it ((图) -- 博讯新闻网): the printed headline is the title, the mark no part of it; the
    reposting site's note (博讯北京时间2024年10月15日 转载) and its 【发表评论】 button go."""
    page = (
        "<html><head><title>中国强制遣返约60名脱北者 韩国人权团体紧急呼吁(图) -- 博讯新闻网</title></head>"
        "<body><table><tr><td><center><font size='5'><b>中国强制遣返约60名脱北者 韩国人权团体紧急呼吁</b>"
        "</font></center><hr size='1' noshade><font size='3'>(博讯北京时间2024年10月15日 转载)<br><br>"
        + "<br><br>".join(_STORY.split("\n\n"))
        + "</font><br><font size='2'>【<a href='javascript:window.print()'>打印本文</a>】 "
        "【<a href='https://www.boxun.com/forum/post?id=1'>发表评论</a>】</font></td></tr></table></body></html>"
    )
    a = _one_raw("boxun.shtml", page)
    assert a["title"] == "中国强制遣返约60名脱北者 韩国人权团体紧急呼吁"
    assert a["body"].strip() == _STORY


def test_a_pages_summary_box_ad_label_and_a_figcaption_out_of_a_figure():
    """A machine's summary over the story (TVBS: AI摘要 and its note) is no story; an ad's
    label classed as an author (adGeek-author: 廣告) and an author card's button (作者資訊 ▸)
    name no writer; a <figcaption> under a picture outside a <figure> is its caption."""
    page = (
        "<html><head><title>李在明與川普通話 - TVBS新聞網</title></head><body><article>"
        "<h1>李在明與川普通話</h1><div class='time'>2025/06/07 10:12</div>"
        "<span class='article-content__author'><a href='#author-card'>作者資訊 ▸</a></span>"
        "<div class='ai_summary'><div class='ai_summary_title'>AI摘要</div>"
        "<ul><li>李在明上任第3天即與川普通話約20分鐘</li><li>雙方同意加速經貿協商</li></ul>"
        "<p class='ai_summary_note'>※以上摘要由AI生成，經編輯審核，內容以新聞原文為準</p></div>"
        "<div class='main-figure'><img src='https://cc.tvbs.com.tw/img/1.jpg' alt='李在明'>"
        "<figcaption>李在明6日在首爾與川普通話。（圖／路透社）</figcaption></div>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "<div class='adGeek-author'>廣告</div></article></body></html>"
    )
    a = _one_raw("tvbs.html", page)
    assert a["author"] is None
    assert a["images"][0]["caption"] == "李在明6日在首爾與川普通話。"
    assert _plain_body(a) == "\n\n".join(_TW_STORY)


def test_a_copys_date_row_with_its_buttons_and_the_sites_name_under_its_address():
    """A text copy whose date row carries the page's buttons (主体113(2024)年6月20日 星期四
    字号：大 中 小　　打印) dates the headline over it, which is the title, not the row; and the
    site's name under the page's address (来源 https://…, 韩联社 | 韩国联合通讯社 中文) is its
    chrome, as are the font buttons 缩小字号  放大字号."""
    kcna = (
        "来源：http://www.kcna.kp/cn/article/q/5b0a.kcmsf\n\n朝鲜中央通讯社\n"
        "首页  最高领导者活动  新闻  照片  视频  朝鲜概况  检索\n\n最高领导者活动 > 对外活动\n\n"
        "金正恩同志同普京总统举行会谈\n\n主体113(2024)年6月20日 星期四\u3000\u3000\u3000字号：大 中 小\u3000\u3000打印\n\n"
        + _STORY
        + "\n"
    )
    a = _one_raw("kcna.txt", kcna)
    assert a["title"] == "金正恩同志同普京总统举行会谈" and a["body"].strip() == _STORY
    assert a["published"] == "2024-06-20"
    yna = (
        "来源 https://cn.yna.co.kr/view/ACK20240530000900881\n\n韩联社 | 韩国联合通讯社 中文\n"
        "首页\t朝鲜半岛\t政治\t经济\t社会\n한국어  English  日本語  Français\n\n朝鲜半岛\n"
        "朝鲜向东部海域发射10余枚短程弹道导弹\n2024-05-30 09:12\n更新 2024-05-30 10:47\n分享\n"
        "缩小字号  放大字号\n\n" + _STORY + "\n"
    )
    a = _one_raw("yna.txt", yna)
    assert a["title"] == "朝鲜向东部海域发射10余枚短程弹道导弹" and a["body"].strip() == _STORY
    assert (a["url"], a["published_time"]) == (
        "https://cn.yna.co.kr/view/ACK20240530000900881",
        "09:12",
    )


def test_a_text_copys_cookie_buttons_agency_credit_and_an_ad_over_the_date():
    """RFI copied as text: the cookie notice's buttons (接受并关闭, 设置, 继续而不接受) are no
    headline; a caption closed by an agency's credit in capitals (… via REUTERS - SPUTNIK) is a
    caption, its day not the story's; the date line after an ad's label (广告) is the date, and
    the edit time under it is not."""
    text = (
        "跳到主要内容\n法国国际广播电台\nRFI 华语\n首页\n国际\n"
        "我们和合作伙伴使用Cookie等技术在您的设备上存储和/或访问信息，用于个性化广告和内容。\n"
        "接受并关闭\n设置\n继续而不接受\n亚洲\n普京时隔24年访问平壤 俄朝签署《全面战略伙伴关系条约》\n"
        "俄罗斯总统普京（左）与朝鲜领导人金正恩在平壤举行会谈，2024年6月18日。 via REUTERS - SPUTNIK\n"
        "文字 : 梅纾\n3 分钟\n广告\n发表时间 : 19/06/2024 - 10:32\n修改时间 : 19/06/2024 - 15:08\n"
        + _STORY
        + "\n"
    )
    a = _one_raw("rfi.txt", text)
    assert a["title"] == "普京时隔24年访问平壤 俄朝签署《全面战略伙伴关系条约》"
    assert (a["published"], a["published_time"], a["author"]) == ("2024-06-19", "10:32", "梅纾")
    assert a["images"][0]["credit"] == "via REUTERS - SPUTNIK" and _plain_body(a) == _STORY


def test_a_researchers_numbered_clippings():
    """A researcher's list: each numbered headline (【1】…) over its source line (the outlet,
    the day and the address in any order and separator) is an article with its pasted text;
    the researcher's notes among them and a placeholder with no source line are none."""
    text = (
        "朝俄军事合作 剪报整理\n整理：周晓 （2024年11月15日 更新，内部讨论用）\n"
        + "-" * 40
        + "\n\n"
        "【1】崔善姬访问俄罗斯 同拉夫罗夫举行会谈\n"
        "新华网 | 2024-11-01 22:47 | http://www.news.cn/world/20241101/c.html\n\n"
        f"{_STORY}\n\n"
        "【2】韩国国情院：朝鲜已向俄派兵约1.1万人\n"
        "来源：联合早报  2024年11月13日  https://www.zaobao.com.sg/realtime/world/story1\n\n"
        f"{_STORY}\n（后面还有两段讲韩国考虑向乌克兰提供武器的，没贴）\n\n"
        "【3】韩国宣布对朝鲜新一轮独自制裁\nBBC中文 / 8 Nov 2024 / https://www.bbc.com/zhongwen/simp/world-1\n\n"
        f"{_STORY}\n>> 我的备注：制裁名单值得跟进。\n\n"
        "【4】岸田、拜登、尹锡悦在秘鲁会面？——待核实\n（只看到推特上的传言，先占位）\n"
    )
    a, b, c = convert("jianbao.txt", text.encode())["articles"]
    assert (a["title"], a["published"], a["published_time"]) == (
        "崔善姬访问俄罗斯 同拉夫罗夫举行会谈",
        "2024-11-01",
        "22:47",
    )
    assert a["url"] == "http://www.news.cn/world/20241101/c.html" and a["outlet"].startswith("新华")
    assert b["outlet"].startswith("联合早报") and b["published"] == "2024-11-13"
    assert c["published"] == "2024-11-08" and "bbc.com" in c["url"]
    assert [x["body"].strip() for x in (a, b, c)] == [_STORY] * 3


def test_a_players_autoplay_a_sign_in_prompt_and_a_source_line_under_the_story():
    """A video player's 自动播放 and a comment box's sign-in prompt are furniture (never a
    writer's name); a portal's 新聞來源：中央社　113/03/26 under the story is its source line,
    not text; 更多 中央社 報導 opens a list of other stories."""
    assert is_boilerplate("自动播放") and is_boilerplate("想加入討論嗎？請先登入 LINE TODAY")
    assert not is_boilerplate("他请先登入系统再查询。")
    assert clean.split_footer(f"{_STORY}\n\n新聞來源：中央社\u3000113/03/26\n") == (
        f"{_STORY}\n",
        ["新聞來源：中央社\u3000113/03/26"],
    )
    assert RELATED_LABEL.match("更多 中央社 報導")
    text = (
        "韩国总统尹锡悦宣布紧急戒严\n来源：央视网 | 2024年12月04日 07:35:12\n分享到：\n\n"
        "00:00 / 02:47\n视频加载中，请稍候...\n自动播放\n\n" + _STORY + "\n"
    )
    a = _one_raw("cctv.txt", text)
    assert a["author"] is None and a["body"].strip() == _STORY


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("南方周末记者 周临风 韩雪 南方周末特约撰稿 朴成浩 发自首尔、坡州", "周临风、韩雪、朴成浩"),
        ("端傳媒記者 林語彤 發自首爾 特約撰稿人 崔智媛", "林語彤、崔智媛"),
        ("亞洲週刊特約記者 徐文琳 河內報道 亞洲週刊記者 趙樂 首爾報道", "徐文琳、趙樂"),
        ("端傳媒記者 林語彤 發自首爾\n特約撰稿人 崔智媛", "林語彤、崔智媛"),
        ("记者 王明\n记者节快乐", "王明"),
    ],
)
def test_a_magazines_bylines_of_several_writers(header, author):
    """A long read's writers, each with their title and where they filed from, on one line or
    a line each: all are the article's (河內報道 names a place, no writer)."""
    assert author_from_header(header) == author


def test_a_credits_list_of_roles_and_names():
    """報導者's credits: a list of roles and names (<dt>文字</dt><dd>林雨潔、張宏安</dd>
    <dt>攝影</dt>…): the writers are the names under 文字, not the first writer's link alone."""
    page = (
        "<html><head><title>南韓緊急戒嚴現場直擊 - 報導者 The Reporter</title></head><body><article>"
        "<h1>南韓緊急戒嚴現場直擊</h1><div class='date'>2024/12/12</div><dl class='credits'>"
        "<dt>文字</dt><dd><a href='/authors/lin'>林雨潔</a>、<a href='/authors/chang'>張宏安</a></dd>"
        "<dt>攝影</dt><dd><a href='/authors/wu'>吳思穎</a></dd></dl>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "</article></body></html>"
    )
    assert _one_raw("twreporter.html", page)["author"] == "林雨潔、張宏安"


def test_a_notice_boards_page_of_labelled_rows():
    """A ministry's press release board: a table of labelled rows (标题 / 发布日期 / 浏览次数 /
    担当部门 / 附件) around the text's cell, under a <title> naming the board (新闻稿): the 标题
    row is the headline, the date row the date, the cell the text; the board's rows and its
    survey (本页面信息对您有帮助吗？) go."""
    page = (
        "<html><head><title>新闻稿 | 新闻中心 | 大韩民国统一部</title></head><body>"
        "<header><h1 class='logo'><a href='/chn/'><img src='/logo.png' alt='大韩民国统一部'></a></h1>"
        "</header><h2>新闻稿</h2><table class='board-view'><tbody>"
        "<tr><th scope='row'>标题</th><td colspan='3'>统一部发布2024年第一季度脱北者入境情况</td></tr>"
        "<tr><th>发布日期</th><td>2024.04.12</td><th>浏览次数</th><td>1,284</td></tr>"
        "<tr><th>担当部门</th><td>定居支援科</td><th>联系电话</th><td>02-2100-5812</td></tr>"
        "<tr><td colspan='4'>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</td></tr><tr><th>附件</th><td><a href='/file/1'>统计.hwp (32KB)</a></td></tr>"
        "</tbody></table><p>本页面信息对您有帮助吗？</p></body></html>"
    )
    a = _one_raw("unikorea.html", page)
    assert a["title"] == "统一部发布2024年第一季度脱北者入境情况"
    assert a["published"] == "2024-04-12" and a["body"].strip() == _STORY


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("作者：本报记者 孙艳华\u3000通讯员 崔永植", "孙艳华、崔永植"),
        ("作者：本报记者 金成哲\u3000实习生 朴美玉", "金成哲、朴美玉"),
        ("记者从州文化广电和旅游局了解到", None),
        ("新华社记者 向阳", "向阳"),
    ],
)
def test_a_papers_labelled_byline_and_a_reporters_sentence(header, author):
    """作者：本报记者 … 通讯员 … names both; 记者从…了解到 (the reporter learned from …) is a
    sentence, no byline."""
    assert author_from_header(header) == author


def test_a_copy_under_a_researchers_ruled_fields_and_a_papers_page_line():
    """A researcher's fields boxed between rules over a copy (===== / 采集时间：… / 链接：… /
    =====) are fields, not the headline; a paper's page line under the headline (辽宁日报
    04版：国际新闻) is no text."""
    text = (
        "="
        * 50
        + "\n采集时间：2024年12月6日 14:20\n链接：https://www.lnd.com.cn/news/gj/7654321.html\n"
        "备注：正文从网页整段复制\n" + "=" * 50 + "\n\n北国网首页 | 辽宁日报 | 新闻 | 国际\n\n"
        "当前位置：首页 > 新闻 > 国际\n\n“紧急戒严”六小时：韩国政坛风波折射深层困局\n\n"
        "辽宁日报  04版：国际新闻\n\n本报记者 刘思远 陈晓磊\n\n" + _STORY + "\n"
    )
    a = _one_raw("lnd.txt", text)
    assert a["title"] == "“紧急戒严”六小时：韩国政坛风波折射深层困局"
    assert a["url"] == "https://www.lnd.com.cn/news/gj/7654321.html" and a["body"].strip() == _STORY


def test_a_story_copied_with_a_list_of_headlines_outlets_and_times_under_it():
    """A portal's story copied with its recommended list (headline / outlet / time, three or
    more) is one article: the story's paragraphs in a row are no list's."""
    text = (
        "李在明与特朗普在庆州举行会谈 双方就关税协议细节达成一致\n\n央视新闻\n2025-10-29 19:52\n\n"
        + "\n\n".join(
            p + "双方表示将继续保持密切沟通，推动落实会谈成果。" for p in _STORY.split("\n\n")
        )
        + "\n\n相关推荐\n\n特朗普抵达韩国釜山 将出席亚太经合组织系列会议\n环球网\n3小时前\n\n"
        "韩美关税谈判为何一波三折？一文读懂3500亿美元投资之争\n第一财经\n5小时前\n\n"
        "朝鲜外务省：对与美国对话“不感兴趣”\n新华社\n昨天 22:14\n\n"
        "视频｜直击庆州：APEC会场周边安保全面升级\n央视新闻\n10-28 16:40\n"
    )
    (a,) = convert("qq.txt", text.encode())["articles"]
    assert a["title"] == "李在明与特朗普在庆州举行会谈 双方就关税协议细节达成一致"
    assert a["body"].startswith("韩国联合参谋本部")


def test_a_papers_copy_with_its_date_over_a_pager_over_the_headline():
    """明報 copied whole: its date over the pager (上一篇 | 下一篇) over the headline dates the
    headline, which is the title, not the site's name; 文字：大 中 小 are font buttons; an
    editor's line marked ■ and a fan page's prompt under the story are no text."""
    text = (
        "明報新聞網 - 每日明報 daily news\n主頁\t即時新聞\t每日明報\t明報OL網\t副刊\n"
        "登入 | 註冊 | 訂閱明報\n\n每日明報 > 國際\n2018年6月13日星期三\n\n上一篇 | 下一篇\n\n"
        "特金峰會簽聯合聲明 朝鮮承諾完全無核化\n\n文字：大 中 小\n\n"
        + "\n\n".join(_TW_STORY)
        + "\n\n■責任編輯：周文川\u3000版面設計：黃偉強\n\n中央社新聞粉絲團 按讚加入，即時掌握最新消息\n"
    )
    a = _one_raw("mingpao.txt", text)
    assert (a["title"], a["published"]) == ("特金峰會簽聯合聲明 朝鮮承諾完全無核化", "2018-06-13")
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_caption_whose_picture_did_not_come_with_the_page():
    """東森: a video box over <div class="img-caption">▲…（圖／…）</div>, the picture gone with
    the box: the caption is a picture's, not the story's first paragraph."""
    page = (
        "<html><head><title>北韓第六度核試 _ 東森新聞</title></head><body><article>"
        "<h1>北韓第六度核試</h1><div class='date'>2017/09/03 15:10</div>"
        "<div class='video-box'><iframe src='https://www.youtube.com/embed/x'></iframe></div>"
        "<div class='img-caption'>▲北韓宣稱成功試爆氫彈。（圖／翻攝自朝鮮中央電視台）</div>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "</article></body></html>"
    )
    a = _one_raw("ebc.html", page)
    assert a["images"] == [
        {"url": None, "caption": "北韓宣稱成功試爆氫彈。", "credit": "翻攝自朝鮮中央電視台"}
    ]
    assert _plain_body(a) == "\n\n".join(_TW_STORY)


def test_the_day_closing_a_page_title_dates_a_story_dated_nowhere_else():
    """A reader's copy of a DW page keeps only its <title> and headline with the day
    (普京访问平壤… – DW – 2024年6月19日): that day is the story's; a page with its own date
    line keeps that one."""
    head = "<html><head><title>普京访问平壤 与金正恩签署条约 – DW – 2024年6月19日</title></head>"
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    a = _one_raw(
        "dw.readability.html",
        f"{head}<body><h1>普京访问平壤 与金正恩签署条约</h1>{story}</body></html>",
    )
    assert (a["title"], a["published"]) == ("普京访问平壤 与金正恩签署条约", "2024-06-19")
    dated = f"{head}<body><h1>普京访问平壤 与金正恩签署条约</h1><p class='time'>2024年6月20日</p>{story}</body></html>"
    assert _one_raw("dw.html", dated)["published"] == "2024-06-20"


def test_a_taiwanese_office_date_field_with_a_two_digit_year():
    """A ministry's old page: its fields table over the headline dates the release in the ROC
    era with two digits (發布日期 | 99年11月23日 is 2010-11-23); a year of two digits with no
    such label is no date."""
    page = (
        "<html><head><meta charset='big5'><title>外交部全球資訊網</title></head><body><table>"
        "<tr><td class='path'>現在位置：首頁 &gt; 新聞稿</td></tr><tr><td><table>"
        "<tr><td>發布單位</td><td>亞東太平洋司</td></tr><tr><td>發布日期</td><td>99年11月23日</td></tr>"
        "</table></td></tr><tr><td class='ctitle'><font size='4'><b>外交部對北韓砲擊延坪島表示嚴重關切</b>"
        "</font></td></tr><tr><td class='content'>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "</td></tr></table></body></html>"
    )
    a = _one_raw("mofa.htm", page, "big5")
    assert (a["published"], a["published_precision"]) == ("2010-11-23", "day")
    a = _one_raw("mofa.htm", page.replace("發布日期", "編號"), "big5")
    assert a["published_precision"] != "day"


def test_a_weibo_post_copied_under_a_note_of_its_address():
    """A Weibo post copied from the phone under the researcher's note of its address (a line
    longer than the page's chrome): the account over the verified badge (V) and its time line,
    the 【headline】 run into the text with its topics; the video's label and the collapse
    button (…的微博视频 小窗播放, 收起全文d) under the credit are no text."""
    copy = f"""来源链接：https://weibo.com/2656274875/P4aBcDeFg
（12月3日晚从微博国际版手机端复制，图片未保存）\n\n央视新闻 \nV \n24-12-3 21:58 来自 微博视频号 已编辑
【韩国总统尹锡悦宣布实施紧急戒严】#韩国戒严# {_KAESONG[0]}\n\n{_KAESONG[1]}\n\n（总台记者 孙硕）
央视新闻的微博视频 小窗播放 \n\n收起全文d\n\n转发 3.2万    评论 5.6万    赞 28万\n"""
    a = _one_raw("weibo.txt", copy)
    assert (a["title"], a["url"]) == (
        "韩国总统尹锡悦宣布实施紧急戒严",
        "https://weibo.com/2656274875/P4aBcDeFg",
    )
    assert (a["published"], a["published_time"], a["author"]) == ("2024-12-03", "21:58", "孙硕")
    assert a["body"].rstrip().endswith(_KAESONG[1])


def test_an_old_print_view_with_the_site_and_print_label_before_its_headline():
    """中國時報's print view: <title>中時新聞網 列印版 -- headline</title>, the headline in a big
    font over the paper's line with the day in the ROC era and the desk's byline (鄭允和∕綜合報導):
    the headline, the day and the writer."""
    headline = "川普稱願與金正恩再會 板門店峰會傳最快5月登場"
    page = (
        f"<html><head><title>中時新聞網 列印版 -- {headline}</title></head>"
        "<body><table><tr><td><a href='javascript:doPrint()'>列印本頁</a>　|　關閉視窗</td></tr>"
        f"<tr><td><font size='5'><b>{headline}</b></font><br>"
        "<font size='2'>中國時報　中華民國115年3月2日 星期一　A11版 國際新聞</font><br>"
        "<font size='2'>鄭允和∕綜合報導</font></td></tr><tr><td><div id='article'>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "</div></td></tr></table></body></html>"
    )
    a = _one_raw("print.htm", page)
    assert (a["title"], a["published"], a["author"]) == (headline, "2026-03-02", "鄭允和")
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_magazine_page_copied_with_its_credits_and_spaced_date_labels():
    """鏡週刊 copied whole: the site's name and menu, the headline over the writer's and the
    photographer's credits (文｜林郁庭　　攝影｜陳建宏) and date lines labelled with a space and
    told in 臺北時間: the headline, the writer (not the photographer), the day and its time."""
    copy = (
        "擷取自 https://www.mirrormedia.mg/story/20260421inv003\n擷取日期：115年4月22日\n\n"
        "鏡週刊 Mirror Media\n時事　娛樂　人物　財經理財　美食旅遊　生活　文化　汽車鐘錶　會員專區\n"
        "訂閱鏡週刊　登入\n\n時事 > 調查\n\n脫北女子輾轉來台7年仍無身分　立委促修法補破網\n\n"
        "文｜林郁庭　　攝影｜陳建宏\n發布時間 2026.04.21 10:15 臺北時間\n"
        "更新時間 2026.04.21 18:40 臺北時間\n\n分享　複製連結\n\n" + "\n\n".join(_TW_STORY) + "\n"
    )
    a = _one_raw("mirror.txt", copy)
    assert a["title"] == "脫北女子輾轉來台7年仍無身分 立委促修法補破網"  # (its spaces made one)
    assert (a["author"], a["published"], a["published_time"]) == ("林郁庭", "2026-04-21", "10:15")
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


@pytest.mark.parametrize(
    "rows, headline",
    [
        (  # kicker and subtitle in font02 around the headline in font01
            "<tr><td class='font02'>執政黨遭重挫 尹錫悅施政添變數</td></tr>"
            "<tr><td class='font01'>韓國國會選舉 在野陣營大勝</td></tr>"
            "<tr><td class='font02'>共同民主黨單獨取得國會過半議席</td></tr>",
            "韓國國會選舉 在野陣營大勝",
        ),
        (  # the kicker in font01, the headline in bold in font02
            "<tr><td class='font01'>簽署全面戰略夥伴關係條約</td></tr>"
            "<tr><td class='font02'><strong>普京訪朝 俄朝關係升格</strong></td></tr>"
            "<tr><td class='font03'>一方遭侵略時另一方須提供援助</td></tr>",
            "普京訪朝 俄朝關係升格",
        ),
    ],
)
def test_an_older_founder_epaper_page_headline(rows, headline):
    """An e-paper page of Founder's system, older kind: <title> only the paper's name, the
    headline among the blocks classed font01–font03 over <founder-content>."""
    page = (
        "<html><head><title>澳門日報電子版</title></head><body><table>"
        "<tr><td class='title_bar'><strong>標題導航</strong></td></tr>"
        "<tr><td><a href='content_2.htm'>岸田文雄抵美國事訪問</a></td></tr></table><table>"
        f"{rows}<tr><td class='content'><founder-content>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "</founder-content></td></tr></table></body></html>"
    )
    a = _one_raw("content_1748261.htm", page)
    assert a["title"] == headline
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_long_read_copied_with_writers_after_a_comma_and_a_labelled_photo_credit():
    """端傳媒 copied as text: two writers with their titles set apart by 、 (端傳媒記者 林靜怡、
    特約撰稿人 金敏洙 發自首爾), the day labelled 刊登於, the reading time, and the lead picture's
    caption with its credit after 攝：."""
    copy = (
        "國際｜深度\n\n李在明的第一道考題：在華盛頓與北京之間走鋼索\n\n"
        "端傳媒記者 林靜怡、特約撰稿人 金敏洙 發自首爾\n刊登於 2025.06.05\n閱讀時間約 12 分鐘\n\n"
        "2025年6月4日，韓國首爾，李在明在國會宣誓就任總統。攝：Kim Hong-Ji/Reuters/達志影像\n\n"
        + "\n\n".join(_TW_STORY)
        + "\n"
    )
    a = _one_raw("initium.txt", copy)
    assert (a["author"], a["published"]) == ("林靜怡、金敏洙", "2025-06-05")
    assert [(i["caption"], i["credit"]) for i in a["images"]] == [
        ("2025年6月4日，韓國首爾，李在明在國會宣誓就任總統。", "Kim Hong-Ji/Reuters/達志影像")
    ]
    assert _plain_body(a) == "\n\n".join(_TW_STORY)


def test_a_bbc_byline_list_with_role_and_place_fields():
    """BBC 中文's byline as a list of fields (作者，林以理 / 角色，BBC中文 / 报道自，首尔): the
    writer, and the list is no text."""
    page = (
        "<html><head><title>朝鲜士兵在库尔斯克与乌军交火 - BBC News 中文</title></head><body><main>"
        "<h1>朝鲜士兵在库尔斯克与乌军交火</h1><div><ul>"
        "<li><span>作者，</span><span>林以理</span></li><li><span>角色，</span>BBC中文</li>"
        "<li><span>报道自，</span>首尔</li></ul><time datetime='2024-11-05'>2024年11月5日</time></div>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</main></body></html>"
    )
    a = _one_raw("bbc.html", page)
    assert (a["author"], a["published"]) == ("林以理", "2024-11-05")
    assert a["body"].strip() == _STORY


def test_a_bbc_byline_list_in_english_labels_with_its_date_and_an_inline_related_list():
    """BBC's byline list with English screen-reader labels and its date an item of its own
    (作者, 简·麦肯齐 / Role, BBC首尔记者 / <time>): the writer, and the list is no text; a bold
    outlet's related label inside the story (BBC中文的相关报道：) over its list of links: related
    links, not text."""
    first, second, *rest = _STORY.split("\n\n")
    page = (
        "<html><head><title>金正恩称韩国为头号敌国 - BBC News 中文</title></head><body><main>"
        "<h1>金正恩称韩国为头号敌国</h1><div><ul>"
        "<li><span>作者, </span><span>简·麦肯齐（Jean Mackenzie）</span></li>"
        "<li><span>Role, </span>BBC首尔记者</li>"
        "<li><time datetime='2024-01-16'>2024年1月16日</time></li></ul></div>"
        f"<p>{first}</p><p>{second}</p><div><p><b>BBC中文的相关报道：</b></p><ul>"
        "<li><a href='https://www.bbc.com/zhongwen/simp/world-67744310'>朝鲜称成功试射固体燃料洲际弹道导弹</a></li>"
        "<li><a href='https://www.bbc.com/zhongwen/simp/world-67875523'>朝鲜向延坪岛附近海域发射炮弹</a></li>"
        "</ul></div>" + "".join(f"<p>{p}</p>" for p in rest) + "</main></body></html>"
    )
    a = _one_raw("bbc.html", page)
    assert (a["author"], a["published"]) == ("简·麦肯齐", "2024-01-16")
    assert a["body"].strip() == _STORY
    assert [x["title"] for x in a["links"]] == [
        "朝鲜称成功试射固体燃料洲际弹道导弹",
        "朝鲜向延坪岛附近海域发射炮弹",
    ]


def test_the_outlet_then_its_reporters_after_a_slash_closing_the_story():
    """（民視新聞／黃品瑄、李志明 台北報導） under the story: the outlet and its two writers, and
    the line goes."""
    credit, body, writer = source_credit(f"{_STORY}\n\n（民視新聞／黃品瑄、李志明 台北報導）\n")
    assert (credit, body.strip(), writer) == (outlet_for_name("民視新聞"), _STORY, "黃品瑄、李志明")


def test_the_papers_own_reporter_closing_the_story_names_no_outlet():
    """（本报记者 齐旭 综合报道） under the story: the writer, and the line goes; 本报 (this
    paper) is no outlet's name, nor 综合报道 a writer's."""
    credit, body, writer = source_credit(f"{_STORY}\n\n（本报记者 齐旭 综合报道）\n")
    assert (credit, body.strip(), writer) == (None, _STORY, "齐旭")


def test_an_epaper_pages_founder_record_in_a_comment_dates_it():
    """A Founder (方正) system's page with its date only in the record it leaves in a comment
    (<!--enpproperty <articleid>…</articleid><date>2025-06-05</date>…/enpproperty-->): that
    day is the page's metadata date."""
    page = (
        "<html><head><title>澳門日報</title></head><body><!--enpproperty <articleid>1834567"
        "</articleid><date>2025-06-05</date><author></author><title>李在明宣誓就任韓國總統</title>"
        "<nodename>A11國際</nodename>/enpproperty--><table><tr><td><founder-title>李在明宣誓就任韓國總統"
        "</founder-title></td></tr><tr><td><founder-content>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "</founder-content></td></tr></table></body></html>"
    )
    a = _one_raw("macaodaily.htm", page)
    assert (a["published"], a["published_precision"]) == ("2025-06-05", "day")
    assert "page metadata" in a["date_evidence"]


def test_an_epaper_pages_founder_author_tag_is_its_byline():
    """A Founder e-paper page's writers in <founder-author> (本报记者 董翰林 葛佳琪) over the
    photographer's credit: the writers."""
    page = (
        "<html><head><title>辽宁日报</title></head><body><table>"
        "<tr><td class='font01'><founder-title>丹东边贸商户期待半岛局势缓和</founder-title></td></tr>"
        "<tr><td class='font01'><founder-author>本报记者 董翰林 葛佳琪</founder-author></td></tr>"
        "<tr><td>6月12日，丹东新柳边贸市场的商户在店铺里收看新闻。&nbsp;&nbsp;本报记者&nbsp;张家琪&nbsp;摄"
        "</td></tr><tr><td><founder-content>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</founder-content></td></tr></table></body></html>"
    )
    a = _one_raw("content_186725.htm", page)
    assert (a["title"], a["author"]) == ("丹东边贸商户期待半岛局势缓和", "董翰林、葛佳琪")


def test_an_epaper_page_copied_as_text_with_its_headline_list():
    """A page of an e-paper copied as text under the researcher's note of where from and when
    (复制自延边日报数字报  2013-3-2 10:41  （备查）): the paper's top bar with the day and its
    lunar day, its navigation, and the page's list of headlines (本版标题： / · …): the story's
    headline, the paper's day (not the copy's), the writers in the lead's credit."""
    copy = (
        "复制自延边日报数字报  2013-3-2 10:41  （备查，第01版）\n\n延边日报数字报\n"
        "首页 | 往期回顾 | 版面导航 | 朝鲜文版 | 延边新闻网\n2013年2月13日 星期三 农历癸巳年正月初四\n"
        "【往期回顾】  【版面导航】  【标题导航】\n\n第01版：要闻\n上一版   下一版   本版PDF\n\n"
        "本版标题：\n· 我州辐射环境监测数据未见异常\n· 州领导走访慰问节日坚守岗位一线职工\n"
        "· 延吉机场春运客流创历史新高\n\n" + "-" * 50 + "\n\n我州辐射环境监测数据未见异常\n\n"
        "【字号 大 中 小】  【打印本页】  【关闭窗口】\n\n"
        f"本报讯（记者 金成龙 朴英姬）{_STORY}\n"
    )
    a = _one_raw("延边日报.txt", copy)
    assert (a["title"], a["published"]) == ("我州辐射环境监测数据未见异常", "2013-02-13")
    assert a["author"] == "金成龙、朴英姬"
    assert a["body"].startswith("本报讯（记者") and "州领导" not in a["body"]


@pytest.mark.parametrize(
    "meta", ["RFI - 法国国际广播电台", "Deutsche Welle (www.dw.com)", "Ming\xa0Pao", "AFP 中文服務"]
)
def test_author_metadata_naming_an_outlet_names_no_writer(meta):
    """A page's author metadata giving the outlet (with a dash, its address, a no-break space,
    or its Latin name before its service's): no writer."""
    page = (
        f"<html><head><title>朝鲜发射导弹</title><meta name='author' content='{meta}'></head>"
        "<body><h1>朝鲜发射导弹</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</body></html>"
    )
    assert _one_raw("p.html", page)["author"] is None


def test_an_epaper_bar_of_paper_day_and_page_over_the_story():
    """An e-paper's bar over the story (吉林日报 | 2023年08月15日 | 第03版：经济·综合): the day and
    the paper, no text."""
    page = (
        "<html><head><title>珲春口岸货运通关量稳步回升</title></head><body><div class='article'>"
        "<h1>珲春口岸货运通关量稳步回升</h1><p>吉林日报 | 2023年08月15日 | 第03版：经济·综合</p>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</div></body></html>"
    )
    a = _one_raw("jlrb.html", page)
    assert (a["published"], a["body"].strip()) == ("2023-08-15", _STORY)


def test_a_translating_desks_credit_under_the_korean_byline():
    """东亚日报中文网: the reporter and mail (申锡浩记者 kyle@donga.com), then the translating
    desk's credit in brackets (【东亚日报中文网　翻译：朴美兰】) under the story: the writer, not
    the translator, and neither line is text."""
    page = (
        "<html><head><title>张成泽被处决 - 东亚日报</title></head><body><div class='article_txt'>"
        "<h1>张成泽被处决</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "<p>申锡浩记者 kyle@donga.com</p><p>【东亚日报中文网\u3000翻译：朴美兰】</p></div></body></html>"
    )
    a = _one_raw("donga.htm", page)
    assert (a["author"], a["body"].strip()) == ("申锡浩", _STORY)


def test_a_readwise_export_with_its_metadata_highlights_and_full_document():
    """A Readwise export: # title, its ## Metadata list (Author: [[中央社]], URL, Published,
    Date Saved, Document Tags), the reader's ## Highlights and notes, then the page under
    ## Full Document: the page is the article, its address and tags the export's; the
    highlights and the page's buttons (字級設定 ‧ 分享 ‧ 列印) are no text."""
    first, second, third = _TW_STORY
    export = (
        "# 尹錫悅深夜宣布緊急戒嚴\n\n![rw-book-cover](https://imgcdn.cna.com.tw/1.jpg)\n\n"
        "## Metadata\n- Author: [[中央社]]\n- Full Title: 尹錫悅深夜宣布緊急戒嚴\n"
        "- Category: #articles\n- Document Tags: [[南韓]] [[戒嚴]] \n"
        "- URL: https://www.cna.com.tw/news/aopl/202412040012.aspx\n- Published: 2024-12-04\n"
        "- Date Saved: 2024-12-04 09:15\n\n## Highlights\n"
        f"- {second} ([View Highlight](https://read.readwise.io/read/01je3))\n"
        "    - Note: 對照韓聯社數字\n\n## Full Document\n尹錫悅深夜宣布緊急戒嚴\n\n"
        "2024/12/4 01:32（12/4 08:10 更新）\n\n字級設定 ‧ 分享 ‧ 列印\n\n"
        f"（中央社記者周以蓁首爾4日專電）{first}\n\n{second}\n\n{third}\n"
    )
    a = _one_raw("Readwise - 尹錫悅深夜宣布緊急戒嚴.md", export)
    assert (a["title"], a["url"]) == (
        "尹錫悅深夜宣布緊急戒嚴",
        "https://www.cna.com.tw/news/aopl/202412040012.aspx",
    )
    assert (a["published"], a["published_time"], a["author"]) == ("2024-12-04", "01:32", "周以蓁")
    assert a["tags"] == ["南韓", "戒嚴"]
    assert a["body"].strip() == f"（中央社記者周以蓁首爾4日專電）{first}\n\n{second}\n\n{third}"


def test_a_clipped_zhihu_column_article():
    """A 知乎 column article clipped to Markdown: the writer's card over the text (the avatar
    and name linked to the profile, a line about them, 关注他, the likes) and, under it, the
    day it was posted (发布于 … IP 属地上海), the topics linked a line each, the buttons and
    the column holding it (文章被以下专栏收录) are not the story; the topics are its tags."""
    first, second = _STORY.split("\n\n")[:2]
    clip = (
        '---\ntitle: "戴维营峰会之后，美日韩能走多远？ - 知乎"\nsource: "https://zhuanlan.zhihu.com/p/651204387"\n'
        "created: 2025-02-11\n---\n[首页](https://www.zhihu.com/)\n\n写文章\n\n# 戴维营峰会之后，美日韩能走多远？\n\n"
        "[![半岛猫](https://picx.zhimg.com/v2-4b_l.jpg)](https://www.zhihu.com/people/bandao-mao)\n\n"
        "[半岛猫](https://www.zhihu.com/people/bandao-mao)\n\n国际关系硕士在读，关注东北亚\n\n关注他\n\n"
        f"326 人赞同了该文章\n\n{first}\n\n{second}\n\n发布于 2023-08-20 22:14・IP 属地上海\n\n"
        "[国际关系](https://www.zhihu.com/topic/19551424)\n\n[朝鲜半岛](https://www.zhihu.com/topic/19582313)\n\n"
        "赞同 326\n\n添加评论\n\n申请转载\n\n文章被以下专栏收录\n\n"
        "[东亚局势漫谈](https://www.zhihu.com/column/c_15931)\n\n看懂东北亚的每一步棋\n"
    )
    a = _one_raw("zhihu.md", clip)
    assert (a["title"], a["author"], a["published"], a["published_time"]) == (
        "戴维营峰会之后，美日韩能走多远？",
        "半岛猫",
        "2023-08-20",
        "22:14",
    )
    assert a["tags"] == ["国际关系", "朝鲜半岛"] and a["images"] == []
    assert a["body"].strip() == f"{first}\n\n{second}"


def test_a_clipped_page_with_the_writers_name_over_the_date():
    """A page clipped whole (crumbs, # headline), the writer's name alone over the date line
    (周以宁 / 2024-10-18 14:32:10): the name is the writer, not a section's word."""
    clip = (
        '---\ntitle: "韩国国情院：朝鲜已向俄罗斯派兵｜多维新闻｜全球"\nauthor:\n  - "[[多维新闻]]"\n---\n'
        "[多维新闻](https://www.dwnews.com/) > [全球](https://www.dwnews.com/全球)\n\n"
        f"# 韩国国情院：朝鲜已向俄罗斯派兵\n\n周以宁\n\n2024-10-18 14:32:10\n\n{_STORY}\n"
    )
    a = _one_raw("dwnews.md", clip)
    assert (a["author"], a["published_time"]) == ("周以宁", "14:32:10")
    assert a["body"].strip() == _STORY


def test_a_readwise_export_of_highlights_only():
    """A Readwise export without its ## Full Document: the highlights are all the story's text
    there is, in order, without their links back to the reader, the reader's notes under them
    or the export's heading for later highlights."""
    first, second, third = _TW_STORY
    export = (
        "# 尹錫悅深夜宣布緊急戒嚴\n\n## Metadata\n- Author: [[中央社]]\n"
        "- URL: https://www.cna.com.tw/news/aopl/202412040012.aspx\n\n## Highlights\n"
        f"- {first} ([View Highlight](https://read.readwise.io/read/01je3))\n"
        "    - Note: 對照韓聯社數字\n"
        f"- {second} ([View Highlight](https://read.readwise.io/read/01je4))\n\n"
        "## New highlights added December 5, 2024 at 9:12 PM\n"
        f"- {third} ([View Highlight](https://read.readwise.io/read/01je5))\n"
    )
    a = _one_raw("Readwise - 尹錫悅深夜宣布緊急戒嚴.md", export)
    assert a["title"] == "尹錫悅深夜宣布緊急戒嚴"
    assert a["body"].strip() == f"{first}\n\n{second}\n\n{third}"


@pytest.mark.parametrize(
    "edition",
    [
        "丹东日报\u30002023年7月28日\u3000星期五\u3000第01版：要闻",
        "大众日报 2023年07月28日 星期五 第01版：要闻",
        "参考消息  2023年7月28日 星期五  第2版·国际",
    ],
)
def test_a_papers_page_line_over_a_copied_headline(edition):
    """A story copied from a paper's e-paper (pasted into a mail under its note): the page's
    line over the headline (the paper, the day, the weekday, the page and its name) gives the
    issue's day and the paper, the headline is the line under it, and the page's bracketed
    links to the previous and next stories under the story are no text."""
    paste = (
        f"{edition}\n\n朝鲜宣布氢弹试验完全成功\n\n本报记者　王宏伟\n\n{_STORY}\n\n"
        "（上一篇：市政府召开常务会议）\n（下一篇：全市防汛工作会议召开）\n"
    )
    a = _one_raw("paste.txt", paste)
    paper = re.split(r"\s", edition)[0]
    assert (a["title"], a["published"], a["outlet"]) == (
        "朝鲜宣布氢弹试验完全成功",
        "2023-07-28",
        outlet_for_name(paper) or paper,
    )
    assert a["body"].strip() == _STORY


def test_a_clipped_e_paper_page_titled_by_the_paper_the_day_and_the_page():
    """An e-paper's page clipped to Markdown, its title the paper, the day and the page
    (解放军报-2023年10月25日-第04版：要闻), its headline set as ##: the headline is the title,
    the paper the outlet, the page's bar its day, and its list of the page's headlines
    (**本版标题导航**) under the story is no text."""
    page = (
        '---\ntitle: "解放军报-2023年10月25日-第04版：要闻"\n'
        'source: "http://www.81.cn/jfjbmap/content/2023-10/25/content_351822.htm"\n'
        "created: 2023-10-26\n---\n"
        "[中国军网](http://www.81.cn/) | [解放军报](http://www.81.cn/jfjbmap/paperindex.htm)\n\n"
        "**解放军报** 2023年10月25日 星期三\n\n第04版：要闻\n\n## 跨越山海，让英雄回家\n\n"
        f"{_STORY}\n\n**本版标题导航**\n\n"
        "- [全军部队深入开展主题教育](http://www.81.cn/jfjbmap/content/2023-10/25/content_351818.htm)\n"
        "- 跨越山海，让英雄回家\n"
    )
    a = _one_raw("jfjb.md", page)
    assert (a["title"], a["published"], a["outlet"]) == (
        "跨越山海，让英雄回家",
        "2023-10-25",
        outlet_for_name("解放军报"),
    )
    assert a["body"].strip() == _STORY


def test_a_posts_notice_that_its_writer_holds_its_rights_names_the_writer():
    """A 豆瓣 diary copied whole: the notice under the post that its writer holds its rights
    (© 本文版权归作者  南山下的猫  所有，…) names the writer, and the buttons, the writer's other
    posts and the replies under it are the page's."""
    paste = (
        "豆瓣\n登录/注册\n读书\n电影\n音乐\n小组\n\n板门店那一步：写在南北首脑会晤当晚\n"
        f"2018-04-27 23:41:06\n{_STORY}\n\n"
        "© 本文版权归作者  南山下的猫  所有，任何形式转载请联系作者。\n举报\n赞\n"
        "南山下的猫的最新日记  · · · · · ·  ( 全部 )\n济州岛的四月，和一本没读完的书\n"
        "回应\n豆友ZhRk\n2018-04-28 00:12:35\n看直播的时候跨线那一下我也愣住了\n"
    )
    a = _one_raw("douban.txt", paste)
    assert (a["title"], a["author"], a["published"]) == (
        "板门店那一步：写在南北首脑会晤当晚",
        "南山下的猫",
        "2018-04-27",
    )
    assert a["body"].strip() == _STORY


def test_a_blog_posts_trackback_data_gives_its_fields():
    """A Movable Type post saved in 2006: the trackback data in a comment of its head
    (<rdf:Description rdf:about=… dc:title=… dc:creator=… dc:date=…>) gives the post's address,
    title, writer and time; its <title> puts the blog's name first (阿傑的半島札記: …)."""
    story = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    page = f"""<html><head><meta name="generator" content="Movable Type 3.2" />
<title>阿傑的半島札記: 北韓宣布核試成功</title>
<!--
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
<rdf:Description
    rdf:about="http://www.ajie.idv.tw/archives/000231.html"
    dc:title="北韓宣布核試成功"
    dc:identifier="http://www.ajie.idv.tw/archives/000231.html"
    dc:subject="朝鮮半島"
    dc:creator="阿傑"
    dc:date="2006-10-09T23:15:42+08:00" />
</rdf:RDF>
--></head><body><h1 id="banner-header"><a href="http://www.ajie.idv.tw/">阿傑的半島札記</a></h1>
<h2 class="date-header">2006年10月09日</h2><div class="entry"><h3>北韓宣布核試成功</h3>{story}</div>
</body></html>"""
    a = _one_raw("ajie.htm", page)
    assert (a["title"], a["author"], a["url"]) == (
        "北韓宣布核試成功",
        "阿傑",
        "http://www.ajie.idv.tw/archives/000231.html",
    )
    assert (a["published"], a["published_time"][:5]) == ("2006-10-09", "23:15")


def test_a_posts_column_after_its_posted_in_label_is_no_writer():
    """方格子's post copied whole: the writer's picture's words and name (林靜宜-avatar-img /
    林靜宜), then the platform's label over the column the post is in (發佈於 / 半島週記), then
    the day. The writer is the name over the label; the column is the section, not a writer."""
    paste = (
        "跳到主要內容\n方格子 vocus\n首頁\n探索\n沙龍\n登入\n註冊\n李在明當選南韓第21任總統\n"
        "林靜宜-avatar-img\n林靜宜\n發佈於\n半島週記\n2025/06/04\n閱讀時間約 5 分鐘\n"
        + "\n\n".join(_TW_STORY)
        + "\n"
    )
    a = _one_raw("vocus.txt", paste)
    assert (a["title"], a["author"], a["published"]) == (
        "李在明當選南韓第21任總統",
        "林靜宜",
        "2025-06-04",
    )
    assert a["category"] == "半島週記"
    assert _plain_body(a) == "\n\n".join(_TW_STORY)


def test_a_reprints_credit_under_the_story_names_its_writer():
    """人民网's 党史 channel reprinting a magazine's piece: the credit under it (（摘自《党史博览》
    2023年第7期，作者：孙宝林）) names the writer and is no text."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>板门店：从停战谈判到停战协定签字--党史频道-人民网</title></head>
<body><div class="text_c"><h1>板门店：从停战谈判到停战协定签字</h1>
<p class="sou">2023年07月27日08:41  来源：人民网－中国共产党新闻网</p>
<div class="show_text">{story}<p>（摘自《党史博览》2023年第7期，作者：孙宝林）</p></div></div></body></html>"""
    a = _one_raw("dangshi.htm", page)
    assert (a["title"], a["author"], a["published"]) == (
        "板门店：从停战谈判到停战协定签字",
        "孙宝林",
        "2023-07-27",
    )
    assert a["body"].strip() == _STORY


def test_a_blogs_mail_of_a_new_post():
    """WordPress.com's mail of a new post (its HTML part): the post's headline is an <h2>
    linking to the post, the page's <title> again, so that link is the story's address; the
    row under the post of its writer, day, tags and categories (… | Tags: … | Categories: … |
    URL: …) is no text."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    url = "https://bandaoguancha.wordpress.com/2019/02/28/hanoi-summit-no-deal/"
    page = f"""<html><head><title>河内峰会无果而终</title></head><body><table><tr><td>
<span>New post on</span> <strong><a href="https://bandaoguancha.wordpress.com">半岛观察手记</a></strong>
</td></tr><tr><td class="post"><h2><a href="{url}">河内峰会无果而终</a></h2>
<div class="byline">by 周思远</div><div class="content">{story}</div>
<p class="meta"><a href="https://bandaoguancha.wordpress.com/author/zhousiyuan/">周思远</a> | February 28, 2019 at 9:41 pm | Tags: <a href="https://bandaoguancha.wordpress.com/tag/x/">河内峰会</a>, <a href="https://bandaoguancha.wordpress.com/tag/y/">朝核</a> | Categories: <a href="https://bandaoguancha.wordpress.com/category/z/">半岛局势</a> | URL: <a href="https://wp.me/pAb3Xk-9q">https://wp.me/pAb3Xk-9q</a></p>
</td></tr></table></body></html>"""
    a = _one_raw("post.html", page)
    assert (a["title"], a["url"]) == ("河内峰会无果而终", url)
    assert a["body"].strip() == _STORY


def test_a_clipped_related_list_with_each_items_source_and_day_under_it():
    """A page clipped with front matter whose related list gives each item's column and day
    indented under it (- [headline](…) / 全球速报 2024-06-19): the list is one list, no text,
    and its links are the story's related links."""
    related = "".join(
        f"- [{t}](https://www.thepaper.cn/newsDetail_forward_{k})\n  \n  全球速报 2024-06-19\n"
        for k, t in enumerate(
            ["朝中社：金正恩在机场迎接普京", "普京在朝鲜《劳动新闻》发表署名文章"]
        )
    )
    clip = (
        '---\ntitle: "普京再访朝鲜"\nsource: "https://www.thepaper.cn/newsDetail_forward_1"\n---\n'
        f"# 普京再访朝鲜\n\n{_STORY}\n\n## 相关推荐\n\n{related}\n## 评论(36)\n\n好文\n"
    )
    a = _one_raw("thepaper.md", clip)
    assert a["body"].strip() == _STORY
    assert [link["title"] for link in a["links"] if link["kind"] == "related"] == [
        "朝中社：金正恩在机场迎接普京",
        "普京在朝鲜《劳动新闻》发表署名文章",
    ]


def test_a_clipped_post_with_its_writers_chrome_over_it_and_card_under_it():
    """A Medium post clipped with no headline in its Markdown (the clipper's title names it):
    the writer's links and buttons over the story (avatar, name, Follow, 7 min read, the day,
    Listen, Share) are the dateline's evidence, and the writer's card under it (the avatar
    linked, ## Written by …, followers, bio) and the footer are no text."""
    avatar = "[![林一舟](https://miro.medium.com/1.jpeg)](https://medium.com/@linyizhou?source=x)"
    clip = (
        '---\ntitle: "普京24年来首次访朝"\nsource: "https://medium.com/@linyizhou/3f9c2a7d1e5b"\n'
        "---\n"
        f"{avatar}\n\n[林一舟](https://medium.com/@linyizhou?source=x)\n\n·\n\n"
        "[Follow](https://medium.com/m/signin?x=1)\n\n7 min read\n\n·\n\nJun 20, 2024\n\n"
        f"\\--\n\n1\n\nListen\n\nShare\n\n{_STORY}\n\n{avatar}\n\n"
        "## [Written by 林一舟](https://medium.com/@linyizhou?source=y)\n\n"
        "[318 Followers](https://medium.com/@linyizhou/followers)\n\n前驻首尔记者，独立写作者。\n\n"
        "Help\n\nStatus\n\nText to speech\n"
    )
    a = _one_raw("medium.md", clip)
    assert (a["title"], a["published"], a["author"]) == (
        "普京24年来首次访朝",
        "2024-06-20",
        "林一舟",
    )
    assert a["body"].strip() == _STORY


def test_a_wire_storys_slideshow_translator_and_picture_list():
    """路透's Chinese page clipped whole: a slideshow over the story, each picture's caption
    over its counter (1 / 2); the translator and reviser under the story ((编译 刘秀红/审校
    张涛)) name the writer and are no text, nor is the list of picture stories (## 更多图片)."""
    pictures = "".join(
        f"![朝鲜平壤，4月15日 - 阅兵式。路透/Damir Sagolj](https://s3.reutersmedia.net/{k}.jpg)\n\n"
        f"朝鲜平壤，4月15日 - 阅兵式。路透/Damir Sagolj\n\n{k} / 2\n\n"
        for k in (1, 2)
    )
    clip = (
        '---\ntitle: "朝鲜举行盛大阅兵 | 路透"\nsource: "https://cn.reuters.com/article/x-idCNKBS17H04Y"\n'
        "---\n# 朝鲜举行盛大阅兵\n\n2017年 4月 15日 星期六 12:29 BJT\n\n"
        f"{pictures}{_STORY}(完)\n\n(编译 刘秀红/审校 张涛)\n\n## 更多图片\n\n"
        "- [图片：韩国总统候选人展开竞选活动](https://cn.reuters.com/news/picture/x)\n"
    )
    a = _one_raw("reuters.md", clip)
    assert (a["title"], a["author"], a["published"]) == ("朝鲜举行盛大阅兵", "刘秀红", "2017-04-15")
    body = a["body"]
    assert body.rstrip().endswith("解决各自关切。") and "/ 2" not in body
    assert "编译" not in body and "竞选活动" not in body


def test_a_reader_views_copy_under_its_apps_english_menu():
    """A story copied from Pocket's reading view: the app's menu in English (Home / Saves /
    Back to Saves / Display settings …) over the headline, the site's domain and the button
    to the page under it (xinhuanet.com / View Original): the headline is the title, and
    neither the domain nor the button is text."""
    paste = (
        "原文：http://www.xinhuanet.com/world/2018-04/27/c_1122754542.htm\n\n"
        "Skip to main content\nPocket\nHome\nSaves\nDiscover\nCollections\nSearch\nUpgrade\n"
        "Back to Saves\nHighlights\nDisplay settings\nTag\nFavorite\nArchive\nDelete\nShare\n\n"
        "朝韩首脑举行会晤并签署《板门店宣言》\nxinhuanet.com\nView Original\n\n"
        f"{_STORY}\n\nShare\nArchive\n"
    )
    a = _one_raw("pocket.txt", paste)
    assert a["title"] == "朝韩首脑举行会晤并签署《板门店宣言》"
    assert a["body"].strip() == _STORY


def test_a_guancha_page_copied_with_its_date_glued_to_its_buttons():
    """观察者网's page copied as text: the writer's bracket under the date line (【文/观察者网
    陈衡】) is no headline (the lines over it are the page's headline and date), and the list
    under 推荐： is no text."""
    paste = (
        "观察者网\n首页\n风闻\n专栏\n国际\n普京与金正恩在东方航天发射场会晤\n"
        "2023-09-13 19:46:25字号：A-A+来源：观察者网\n关键字： 普京金正恩俄朝会晤\n"
        f"【文/观察者网 陈衡】\n\n{_STORY}\n\n本文系观察者网独家稿件，未经授权，不得转载。\n\n"
        "责任编辑：李泽西\n推荐：\n普京：俄朝合作不违反任何国际协议\n美韩日外长通电话，就俄朝会晤交换意见\n"
    )
    a = _one_raw("guancha.txt", paste)
    assert (a["title"], a["published"], a["published_time"], a["author"]) == (
        "普京与金正恩在东方航天发射场会晤",
        "2023-09-13",
        "19:46:25",
        "陈衡",
    )
    assert a["body"].strip() == _STORY


def test_a_notion_page_with_properties_in_chinese_over_a_short_menu():
    """A Notion page whose properties are partly named in Chinese (来源: 联合早报 / 状态: 待整理),
    a callout of the researcher's over the page, and only the logo's and the section's links
    over the headline (the page's title again): the page is read as a clipped page, the
    toolbar's word (文字) is no text, and the page's date line dates the story."""
    page = f"""# 朝鲜废除北南经济合作法

Created: February 8, 2024 11:20 AM
Tags: 南北关系, 朝鲜
URL: https://www.zaobao.com.sg/news/world/story20240208-3089215
来源: 联合早报
状态: 待整理

<aside>
💡 对照2月7日的全会公报。

</aside>

[联合早报](https://www.zaobao.com.sg/)

[国际](https://www.zaobao.com.sg/news/world)

# 朝鲜废除北南经济合作法

发布/2024年2月8日 10:48

文字

{_STORY}
"""
    a = _one_raw("notion.md", page)
    assert (a["title"], a["published"], a["published_time"]) == (
        "朝鲜废除北南经济合作法",
        "2024-02-08",
        "10:48",
    )
    assert a["outlet"] == outlet_for_name("联合早报")
    assert a["tags"] == ["南北关系", "朝鲜"] and a["body"].strip() == _STORY


def test_a_notion_page_named_by_the_researcher_over_a_clipped_page():
    """A Notion page's HTML export whose title is the researcher's name for it (2024-10 朝鲜
    派兵俄罗斯（VOA）), with properties for the outlet, the day and the address, and the
    researcher's callout and marker over the clipped page: the clipped headline (an h2 over its
    byline and date) is the title; the properties give the outlet and the address."""
    row = "<tr class='property-row property-row-{}'><th>{}</th><td>{}</td></tr>"
    props = "".join(
        [
            row.format("select", "媒体", "<span class='selected-value'>美国之音</span>"),
            row.format("date", "发布日期", "<time>@2024年10月18日</time>"),
            row.format(
                "url", "原文链接", "<a href='https://www.voachinese.com/a/7827310.html'>…</a>"
            ),
            row.format("created_time", "创建时间", "<time>@2024年10月19日 上午9:12</time>"),
        ]
    )
    page = (
        "<html><head><title>2024-10 朝鲜派兵俄罗斯（VOA）</title></head><body><article class='page'>"
        "<header><h1 class='page-title'>2024-10 朝鲜派兵俄罗斯（VOA）</h1>"
        f"<table class='properties'><tbody>{props}</tbody></table></header><div class='page-body'>"
        "<figure class='callout'><p>研究备注：1500人是首批，要与国情院原始新闻稿核对。</p></figure>"
        "<hr/><p><mark>以下为原文剪藏（Notion Web Clipper）</mark></p><p>首页 / 朝鲜半岛</p>"
        "<h2>韩国国情院：朝鲜已向俄罗斯派遣约1500名特种部队士兵</h2><p><strong>美国之音记者 林溪</strong></p>"
        "<p>2024年10月18日 上午8:51</p>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</div></article></body></html>"
    )
    a = _one_raw("2024-10 朝鲜派兵俄罗斯（VOA） 1a2b3c.html", page)
    assert a["title"] == "韩国国情院：朝鲜已向俄罗斯派遣约1500名特种部队士兵"
    assert (a["outlet"], a["url"]) == (
        outlet_for_name("美国之音"),
        "https://www.voachinese.com/a/7827310.html",
    )
    assert (a["published"], a["published_time"], a["author"]) == ("2024-10-18", "08:51", "林溪")
    assert a["body"].strip() == _STORY


def test_an_obsidian_note_with_the_researchers_callout_over_the_clip():
    """An Obsidian note: the clipper's front matter, then the researcher's callout (> [!note]
    我的笔记 …), a rule and ## 原文 over the clipped page: the page is the article, with its date
    line's time (发布 / 2025年6月4日 10:32 ｜ 更新 / 2小时前)."""
    note = (
        '---\ntitle: "李在明当选韩国第21任总统 | 联合早报"\n'
        'source: "https://www.zaobao.com.sg/news/world/story20250604-6523184"\n'
        "published: 2025-06-04\ncreated: 2025-06-04\n---\n"
        "> [!note] 我的笔记\n> - 得票率 49.42% vs 41.15%\n> - [ ] 核对中选委最终数据\n\n---\n\n## 原文\n\n"
        "发布 / 2025年6月4日 10:32 ｜ 更新 / 2小时前\n\n" + _STORY + "\n"
    )
    a = _one_raw("2025-06-04 李在明当选总统（早报剪藏）.md", note)
    assert (a["title"], a["published"], a["published_time"]) == (
        "李在明当选韩国第21任总统",
        "2025-06-04",
        "10:32",
    )
    assert a["body"].strip() == _STORY


def test_a_clipped_notice_with_its_fields_in_a_markdown_table():
    """A ministry's notice clipped as Markdown: its record's fields in a table under the
    headline (| 发布日期 | 2024-06-02 17:30 | 浏览次数 | 2,318 |): the day and time, not text."""
    clip = (
        '---\ntitle: "国防部发言人就朝鲜施放垃圾气球发表立场 | 大韩民国国防部"\n'
        'source: "https://www.mnd.go.kr/user/newsInUserRecord.action?newsSeq=I_11925"\n'
        "created: 2024-06-14\n---\n# 国防部发言人就朝鲜施放垃圾气球发表立场\n\n"
        "| 发布日期 | 2024-06-02 17:30 | 浏览次数 | 2,318 |\n| --- | --- | --- | --- |\n"
        "| 部门 | 发言人室 | 附件 | [240602.hwp](https://www.mnd.go.kr/download.do?fileId=88213) |\n\n"
        + _STORY
        + "\n"
    )
    a = _one_raw("mnd.md", clip)
    assert (a["published"], a["published_time"]) == ("2024-06-02", "17:30")
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    "byline, writer",
    [
        ("日本经济新闻（中文版：日经中文网）细川幸太郎 首尔", "细川幸太郎"),  # five characters
        ("日本经济新闻（中文版：日经中文网）细谷翔平 首尔", "细谷翔平"),
    ],
)
def test_nikkeis_closing_byline_with_a_five_character_name(byline, writer):
    assert closing_byline(byline) == writer


def test_a_content_systems_code_as_author_metadata_is_no_writer():
    """人民网's author metadata holds its system's code for the editor (L_112): no writer."""
    page = (
        "<html><head><title>朝鲜半岛问题</title><meta name='author' content='L_112'></head>"
        "<body><h1>朝鲜半岛问题</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</body></html>"
    )
    assert _one_raw("c1003.html", page)["author"] is None
    login = page.replace("content='L_112'", "content='upm_editor03'")  # (a CMS login: no writer)
    assert _one_raw("upmedia.html", login)["author"] is None


def test_an_rtf_whose_escaped_bytes_are_split_by_a_line_break():
    """Word's RTF wraps its lines anywhere, also between a character's escaped bytes (\\'c3
    <newline> \\'c0): RTF ignores the break, so the character is read whole."""
    head = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\n"
    text = "韩方承诺对美投资3500亿美元"
    escaped = "".join(
        "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) if ord(ch) > 127 else ch for ch in text
    )
    cut = escaped.index("\\'c3") + 4  # (after 美's first byte)
    rtf = head + "\\pard " + escaped[:cut] + "\n" + escaped[cut:] + "\\par\n}"
    a = _one_raw("copy.rtf", rtf)
    assert text in f"{a['title']}{a['body']}" and "\ufffd" not in f"{a['title']}{a['body']}"


def test_a_korean_papers_reporters_after_its_name_under_the_story():
    """中央日报's print view: 韩国中央日报记者 李佑林、金民焕 under the story: both writers, no
    text."""
    page = (
        "<html><head><title>韩美关税谈判</title></head><body><div class='article'><h1>韩美关税谈判</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "<p>韩国中央日报记者 李佑林、金民焕</p></div></body></html>"
    )
    a = _one_raw("print.htm", page)
    assert (a["author"], a["body"].strip()) == ("李佑林、金民焕", _STORY)


def test_a_logseq_page_of_a_clipped_story():
    """A Logseq page: its properties (title::, source::, created:: [[Jun 5th, 2025]]) and every
    paragraph a bullet, the date's second line indented: the title and address from the
    properties, the day from the page's date line, each bullet a paragraph."""
    first, second, third = _STORY.split("\n\n")
    page = (
        "title:: 李在明当选韩国第21任总统 誓言弥合分裂\n"
        "source:: https://www.rfi.fr/cn/国际/20250604-李在明当选韩国第21任总统\n"
        "type:: [[网页剪藏]]\ntags:: 韩国, 选举\ncreated:: [[Jun 5th, 2025]]\n\n"
        "- # 李在明当选韩国第21任总统 誓言弥合分裂\n"
        "- 发表时间 : 04/06/2025 - 02:47\n  修改时间 : 04/06/2025 - 08:10\n"
        f"- {first}\n- {second}\n- {third}\n"
    )
    a = _one_raw("RFI___李在明当选.md", page)
    assert (a["title"], a["url"]) == (
        "李在明当选韩国第21任总统 誓言弥合分裂",
        "https://www.rfi.fr/cn/国际/20250604-李在明当选韩国第21任总统",
    )
    assert (a["published"], a["tags"]) == ("2025-06-04", ["韩国", "选举"])
    assert a["body"].strip() == _STORY


def test_a_word_document_converted_to_markdown_by_pandoc():
    """A saved page pasted into Word, then converted by pandoc: its autolink (来源：<https://…>\\)
    and hard line breaks, attributes on pictures and spans ({width=…}, [广告]{.underline}),
    empty anchors ([]{#_Hlk… .anchor}) and a simple table's rules are pandoc's marks: the
    address, the copy's day, the headline under the menu and the story."""
    url = "https://www.dw.com/zh/11国成立对朝制裁监督新机制/a-70512345"
    doc = (
        f"来源：<{url}>\\\n下载：2024-10-18\n\n[跳转至内容]({url}#main-content)\n\n"
        '![德国之声](media/image1.png){width="0.9in" height="0.3in"}\n\n'
        "  ---------------- ----------------\n"
        "  [德国](https://www.dw.com/zh/德国/s-1478)  [国际](https://www.dw.com/zh/国际/s-1479)\n"
        "  ---------------- ----------------\n\n[广告]{.underline}\n\n"
        "[政治](https://www.dw.com/zh/政治/t-17334520)\n\n# 11国成立对朝制裁监督新机制\n\n"
        "[]{#_Hlk179896521 .anchor}" + _STORY + "\n"
    )
    a = _one_raw("dw_pandoc.md", doc)
    assert (a["title"], a["url"]) == ("11国成立对朝制裁监督新机制", url)
    assert a["outlet"] == outlet_for_name("德国之声")
    assert a["body"].strip() == _STORY


def test_a_saved_pages_address_loses_an_apps_tracking_parameter():
    """A page saved from 今日头条 with the browser's note of its address (saved from url=…
    ?log_from=…): the story's address without the app's parameter."""
    page = (
        "<!-- saved from url=(0080)https://www.toutiao.com/article/7559241876401029658/?log_from=a1b2c3d4e5 -->"
        "<html><head><title>韩媒：崔善姬结束访俄 - 今日头条</title></head><body><h1>韩媒：崔善姬结束访俄</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</body></html>"
    )
    a = _one_raw("toutiao.html", page)
    assert a["url"] == "https://www.toutiao.com/article/7559241876401029658/"


def test_a_reader_apps_row_of_the_linked_site_author_and_date_under_the_headline():
    """A reader app's export (Reeder): under the headline, the site linked to the story, its
    author field and the date a dot apart ([韩联社中文网](https://…) · 作者: 韩联社 · 2025年6月4日
    星期三 03:41): the address, the outlet and the day with its time; no writer (the outlet)."""
    export = (
        "# 李在明当选韩国第21届总统\n\n"
        "[韩联社中文网](https://cn.yna.co.kr/view/ACK20250604000400881) · 作者: 韩联社 · "
        "2025年6月4日 星期三 03:41\n\n" + _STORY + "\n"
    )
    a = _one_raw("Reeder_韩联社.md", export)
    assert (a["url"], a["outlet"]) == (
        "https://cn.yna.co.kr/view/ACK20250604000400881",
        outlet_for_name("韩联社"),
    )
    assert (a["published"], a["published_time"], a["author"]) == ("2025-06-04", "03:41", None)
    assert a["body"].strip() == _STORY


@pytest.mark.parametrize(
    "notes",
    [
        "====== 从今日头条App复制 2025-12-04 08:47（手机→电脑记事本）======\n====== 配图3张没复制过来 ======",
        "[備註 2025/11/03 早上從 iPhone「新聞」App 按分享 → 備忘錄，再匯出成 txt。圖片沒了。]",
    ],
)
def test_a_researchers_notes_in_rules_or_square_brackets_over_a_copy(notes):
    """The researcher's notes over a copy, set in rules (====== …复制… ======) or square
    brackets ([備註 … 分享 …]): not the headline, and the copy's day bounds the story's."""
    copy = f"{notes}\n\n朝鲜称成功试射新型高超音速中远程导弹\n\n2025-03-14 18:32\n\n{_STORY}\n"
    a = _one_raw("copy.txt", copy)
    assert (a["title"], a["published"]) == ("朝鲜称成功试射新型高超音速中远程导弹", "2025-03-14")
    assert a["body"].strip() == _STORY


def test_a_hk01_page_copied_with_its_published_and_updated_labels():
    """香港01 copied whole: the menu a word a line, the topic over the headline, 撰文：, then
    出版： and 更新： (labels without 日期/時間) and the share and follow buttons (追蹤): the
    headline, the writer, and the published time, not the update's."""
    menu = "\n".join(["跳至主要內容", "香港01", "新聞", "娛樂", "生活", "觀點", "國際", "登入"])
    copy = (
        f"{menu}\n\n國際分類\n即時國際\n\n南韓戒嚴\n南韓國防部長金龍顯請辭獲接納 尹錫悅提名崔秉赫接任\n"
        "撰文：梁嘉欣\n出版：2024-12-05 11:42\n更新：2024-12-05 15:20\n2小時前\n分享\nWhatsApp\n"
        "Facebook\n收藏\n追蹤\n\n" + "\n\n".join(_TW_STORY) + "\n"
    )
    a = _one_raw("hk01.txt", copy)
    assert a["title"] == "南韓國防部長金龍顯請辭獲接納 尹錫悅提名崔秉赫接任"
    assert (a["author"], a["published"], a["published_time"]) == ("梁嘉欣", "2024-12-05", "11:42")
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_magazine_info_line_with_writer_photographer_and_an_roc_day():
    """新新聞: the info line between the standfirst and the story (文／林怡萱（首爾採訪）　攝影／
    陳建宏　　發布時間：113年10月07日 10:30): the writer and the day in the ROC era with its time;
    a broadcast's label with its own ROC day over the story is no date of the story's."""
    page = (
        "<html><head><meta charset='big5'><title>新新聞</title></head><body><h1 class='ntitle'>在首爾重新學說話</h1>"
        "<div class='nsub'>南北韓分斷七十年，連語言都分了家。</div>"
        "<div class='ninfo'>文／林怡萱（首爾採訪）　攝影／陳建宏　　發布時間：113年10月07日 10:30</div>"
        "<div id='ArticleBody'>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "</div></body></html>"
    )
    a = _one_raw("new7.htm", page, "big5")
    assert (a["author"], a["published"], a["published_time"]) == ("林怡萱", "2024-10-07", "10:30")
    rti = (
        "<html><head><title>央廣</title></head><body><h1>南韓國會通過彈劾</h1>"
        "<span class='date'>2024-12-14 17:48</span><div class='audio-sub'>《Rti 整點新聞》"
        "113年12月14日 18:00</div><div id='ArticleBody'>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "</div></body></html>"
    )
    assert _one_raw("rti.htm", rti)["published_time"] == "17:48"


def test_a_saved_wechat_articles_writer_in_its_meta_row():
    """A WeChat article saved whole: the meta row's 原创 mark, the writer's span, the account's
    name (var nickname) and the time: the writer, and the account as the outlet."""
    page = (
        "<html><head><title>普京访朝之后</title></head><body><div id='page-content'>"
        "<h1 class='rich_media_title' id='activity-name'>普京访朝之后</h1><div id='meta_content'>"
        "<span id='copyright_logo' class='rich_media_meta icon_appmsg_tag'>原创</span>"
        '<span class="rich_media_meta rich_media_meta_text">郑宇航</span>'
        "<span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>半岛瞭望</a></span>"
        "<em id='publish_time' class='rich_media_meta rich_media_meta_text'>2024年06月20日 21:08</em>"
        "</div><div class='rich_media_content' id='js_content'>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + '</div></div><script>var nickname = htmlDecode("半岛瞭望");</script></body></html>'
    )
    a = _one_raw("wechat.html", page)
    assert (a["author"], a["outlet"]) == ("郑宇航", "半岛瞭望")


def test_an_old_zaobao_page_copied_with_the_sites_update_clock():
    """联合早报's 2005 page copied as text: the site's name, menu, its update clock (本网站更新时间：
    …), crumbs and a toolbar with 电邮给朋友 over the headline and its bracketed day: the
    headline and the day, not the clock's."""
    copy = (
        "联合早报网 zaobao.com\n\n首页 | 新闻 | 新加坡 | 东南亚 | 中国 | 国际\n"
        "本网站更新时间：2005年9月21日 星期三 10:47 AM 新加坡时间\n\n您的位置: 首页 > 新闻 > 中国\n\n"
        "打印\t|\t电邮给朋友\t|\t字体大小: 大 中 小\n\n六方会谈发表首份共同声明 朝鲜承诺放弃一切核武器\n"
        "(2005-09-20)\n\n" + _STORY + "\n"
    )
    a = _one_raw("zaobao.txt", copy)
    assert (a["title"], a["published"]) == (
        "六方会谈发表首份共同声明 朝鲜承诺放弃一切核武器",
        "2005-09-20",
    )
    assert a["body"].strip() == _STORY


def test_a_logseq_page_whose_story_hangs_under_its_headlines_bullet():
    """A Logseq page whose story is one bullet (- ## headline) with its paragraphs under it,
    a block's property (collapsed:: false) and a block reference among them, and the
    researcher's notes in bullets of their own after it: the story is the headline's bullet,
    its headline the title (the page's title:: is the researcher's name for it)."""
    first, second, third = _STORY.split("\n\n")
    page = (
        "title:: 李在明当选\nsource:: https://www.rfi.fr/cn/x\ntags:: [[韩国]], 选举\n\n"
        "- ## 李在明当选韩国第21任总统 誓言弥合分裂\n  collapsed:: false\n"
        f"\t- 2025-06-04 08:10\n\t- {first}\n\t- {second}\n\t- {third}\n"
        "\t- 相关新闻\n\t\t- 尹锡悦被罢免后韩国提前大选\n\t\t- 韩国大选投票率创新高\n"
        "- #笔记\n\t- 对照韩联社的报道，看他的就职演说\n\t- ((6673b8e2-4c1d-4f0a-9b3e-2a7d5c8e1f60))\n"
    )
    a = _one_raw("logseq.md", page)
    assert (a["title"], a["published"], a["tags"]) == (
        "李在明当选韩国第21任总统 誓言弥合分裂",
        "2025-06-04",
        ["韩国", "选举"],
    )
    assert a["body"].strip() == _STORY


def test_a_roam_page_of_a_clipped_story_under_a_label():
    """A Roam page exported as Markdown: its properties bulleted (- Source:: …, - Tags::
    #[[日韩关系]] #李在明), the story under a label's bullet (- 原文) with its headline in
    bold, then the researcher's comments under a bullet of their own."""
    first, second, third = _STORY.split("\n\n")
    page = (
        "- Source:: https://world.huanqiu.com/article/4OCx9nYVqGf\n"
        "- Clipped:: [[June 5th, 2025]]\n- Tags:: #[[韩国大选]] #李在明 #[[剪报]]\n- 原文\n"
        "    - **李在明当选韩国第21任总统 誓言弥合分裂**\n    - 2025-06-04 08:10\n"
        f"    - {first}\n    - {second}\n    - {third}\n"
        "- 我的评注\n    - 与 [[June 5th, 2025]] 的报道一起看 ((Xk7pQ2mRt))\n"
    )
    a = _one_raw("roam.md", page)
    assert (a["title"], a["url"], a["published"]) == (
        "李在明当选韩国第21任总统 誓言弥合分裂",
        "https://world.huanqiu.com/article/4OCx9nYVqGf",
        "2025-06-04",
    )
    assert a["tags"] == ["韩国大选", "李在明"]
    assert a["body"].strip() == _STORY


def test_a_logseq_pages_created_day_in_words_bounds_an_undated_story():
    """A Logseq page whose created:: day is written in words ([[Jun 5th, 2025]]) over a story
    that states no date: the story is no later than that day (an ISO day, not the words)."""
    page = (
        "title:: 李在明当选韩国第21任总统\nsource:: https://www.rfi.fr/cn/x\ncreated:: [[Jun 5th, 2025]]\n\n"
        + "".join(f"- {p}\n" for p in _STORY.split("\n\n"))
    )
    a = _one_raw("logseq.md", page)
    assert (a["published_precision"], a["published_latest"]) == ("range", "2025-06-05")


def test_a_canonical_link_naming_a_section_list_gives_way_to_og_url():
    """A template's mistake: the canonical link names the section's list (…/list/aopl.aspx)
    while og:url names the story: the story's address."""
    page = (
        "<html><head><title>南韓戒嚴 - 中央社</title>"
        "<meta property='og:url' content='https://www.cna.com.tw/news/aopl/202412040023.aspx'>"
        "<link rel='canonical' href='https://www.cna.com.tw/list/aopl.aspx'></head><body>"
        "<h1>南韓戒嚴</h1>" + "".join(f"<p>{p}</p>" for p in _TW_STORY) + "</body></html>"
    )
    assert _one_raw("cna.htm", page)["url"] == "https://www.cna.com.tw/news/aopl/202412040023.aspx"


@pytest.mark.parametrize("meta", ["美国之音中文部", "中央社國際新聞中心"])
def test_author_metadata_naming_an_outlets_desk_names_no_writer(meta):
    page = (
        f"<html><head><title>朝鲜发射导弹</title><meta name='author' content='{meta}'></head>"
        "<body><h1>朝鲜发射导弹</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</body></html>"
    )
    assert _one_raw("p.html", page)["author"] is None


def test_a_captioned_picture_box_and_a_row_of_hashtag_links():
    """A picture's box holding its caption in a paragraph, credited with a picture's label
    (（圖／達志影像美聯社）, whoever it names), is a caption; a row of hashtag links under the
    story (#川普 #北韓, whatever address they lead to) gives the tags."""
    paras = "<br><br>\n".join(_TW_STORY)
    tags = " ".join(f'<a href="/news/searchresult/{w}">#{w}</a>' for w in ("川普", "北韓"))
    page = f"""<html><head><title>南韓國會通過彈劾</title></head><body><h1>南韓國會通過彈劾</h1>
<div class="article_content"><div class="img_box"><img src="https://x.tw/1.jpg" alt="">
<p>南韓國會外的民眾。（圖／達志影像美聯社）</p></div>{paras}</div>
<div class="article_keyword">{tags}</div></body></html>"""
    a = _one_raw("tvbs.html", page)
    assert a["images"][0]["caption"] == "南韓國會外的民眾。"
    assert _plain_body(a).strip() == _TW_TEXT
    assert a["tags"] == ["川普", "北韓"] and "#" not in a["body"]


def test_reporter_and_editors_credited_under_a_text_copy():
    """记者：… 责编：… 网编：… under the story names its writer (the editors are none), and
    请您留言 under it opens the comments."""
    copy = f"朝鲜发射弹道导弹\n\n{_STORY}\n\n记者：夏小华  责编：何平  网编：瑞哲\n\n请您留言\n\n网友的话\n"
    a = _one_raw("rfa.txt", copy)
    assert a["author"] == "夏小华"
    assert _plain_body(a).strip() == _STORY.strip()


def test_a_clip_with_toml_front_matter_and_the_editors_picks_under_it():
    """Hugo's TOML front matter (+++ … +++, key = value) is read as a clipper's YAML is: its
    title without the site's name, its source_url; 編輯推介 over a list opens a related list."""
    clip = f"""+++
title = "南韓國會通過彈劾 - 明報新聞網 - 即時新聞 instant news"
date = 2024-12-14T17:05:00+08:00
fetched_at = 2024-12-15T07:00:13+08:00
source_url = "https://news.mingpao.com/ins/國際/article/20241214/s00005/1734166000123"
+++

## 南韓國會通過彈劾

2024年12月14日 星期六　17:05

{_TW_TEXT}

### 編輯推介

- [港股半日升120點](https://news.mingpao.com/ins/經濟/article/20241214/s00004/1734160000001)
"""
    a = _one_raw("mingpao.md", clip)
    assert (a["title"], a["published"], a["published_time"]) == (
        "南韓國會通過彈劾",
        "2024-12-14",
        "17:05",
    )
    assert a["url"] == "https://news.mingpao.com/ins/國際/article/20241214/s00005/1734166000123"
    assert a["outlet"].startswith("明報")
    assert _plain_body(a).strip() == _TW_TEXT
    assert [link["title"] for link in a["links"]] == ["港股半日升120點"]


def test_an_outlets_byline_naming_two_writers_and_voas_forum_and_related_labels():
    """美国之音 詹凯文 王雅兰 under the headline: the outlet and its two writers (詹 is a family
    name, if a rarer one); 论坛 alone under the story opens the comments, 相关 alone a related
    list."""
    copy = (
        "跳过至主要内容\n首页\n美国\n中国\n台湾\n国际\n2024年6月19日 下午6:12\n朝鲜发射弹道导弹\n"
        f"美国之音 詹凯文 王雅兰\n分享\n打印\n{_STORY.replace(chr(10) * 2, chr(10))}\n"
        "论坛\n相关\n朝鲜与俄罗斯签署条约 承诺相互援助\n最新报道\n美众议院通过涉台法案\n"
    )
    a = _one_raw("新建文本文档.txt", copy)
    assert (a["author"], a["published_time"]) == ("詹凯文、王雅兰", "18:12")
    assert a["outlet"].startswith("美国之音")
    assert _plain_body(a).strip() == _STORY.strip()
    assert "相互援助" not in a["body"]
    a = _one_raw("新建文本文档.txt", copy.replace("论坛\n", ""))
    assert _plain_body(a).strip() == _STORY.strip()
    assert [link["title"] for link in a["links"]] == ["朝鲜与俄罗斯签署条约 承诺相互援助"]


def test_writers_read_after_a_reporter_with_a_translator_and_with_latin_1_letters():
    """udn's reporter and translator (記者蘇宇庭、編譯林奕榮) are both writers; a Latin name keeps
    its accented letters (Ann-Kathrin Böhm)."""
    assert author_from_header("聯合報／ 記者蘇宇庭、編譯林奕榮／綜合報導") == "蘇宇庭、林奕榮"
    assert author_from_header("作者：Ann-Kathrin Böhm（首尔）") == "Ann-Kathrin Böhm"


def test_a_clips_writer_picture_and_topics_heading():
    """A clip's writer's picture linked to their page is no story, an outlet's account link is
    no writer; DW's 话题 heading over its links gives tags."""
    clip = f"""---
title: "朝鲜发射弹道导弹 - 联合早报"
source: "https://www.zaobao.com.sg/news/world/story20240503-1"
---
# 朝鲜发射弹道导弹

[![](https://cassette.sphdigital.com.sg/image/zaobao/byline/chen-shumin.png)](https://www.zaobao.com.sg/byline/chen-shumin)

[陈淑敏](https://www.zaobao.com.sg/byline/chen-shumin)

{_STORY}
"""
    a = _one_raw("zaobao.md", clip)
    assert a["author"] == "陈淑敏" and _plain_body(a).strip() == _STORY.strip()
    account = clip.replace("chen-shumin", "5107513").replace("[陈淑敏]", "[环球网]")
    a = _one_raw("qq.md", account.replace(_STORY, "【环球网报道 记者 钱嘉宁】" + _STORY))
    assert a["author"] == "钱嘉宁"
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>朝鲜发射弹道导弹</title></head><body><article>
<h1>朝鲜发射弹道导弹</h1><div class="rich-text">{paras}</div><div class="topics"><h2>话题</h2>
<a href="https://www.dw.com/zh/朝鲜/t-17466016">朝鲜</a> <a href="https://www.dw.com/zh/韩国/t-1">韩国</a>
</div></article></body></html>"""
    a = _one_raw("dw.html", page)
    assert a["tags"] == ["朝鲜", "韩国"] and "话题" not in a["body"]


def test_a_caption_pointing_down_to_its_picture_and_a_toolbars_standard_size():
    """ETtoday sets a caption over its picture, pointing down to it (▼…（圖／達志影像／美聯社）):
    the picture's caption. A font-size toolbar's 標準 (standard size) is its word, a line
    alone."""
    clip = f"""---
title: "北韓炸毀道路"
source: "https://www.ettoday.net/news/20241015/1.htm"
---
{_TW_STORY[0]}

▼北韓軍方炸毀道路的畫面。（圖／達志影像／美聯社）

![](https://cdn2.ettoday.net/images/1.jpg)

{_TW_STORY[1]}

{_TW_STORY[2]}
"""
    a = _one_raw("ettoday.md", clip)
    assert a["images"][0]["caption"] == "北韓軍方炸毀道路的畫面。"
    assert re.sub(r"\n{3,}", "\n\n", _plain_body(a)) == _TW_TEXT  # (the picture's line gone)
    copy = f"北韓炸毀道路\n2024-10-15 04:02:13\n大公報\n字號\n放大\n標準\n分享到：\n{_TW_TEXT}\n"
    assert _plain_body(_one_raw("takungpao.txt", copy)).strip() == _TW_TEXT


def test_a_bbc_byline_whose_last_writer_lost_the_role():
    """BBC's byline list with the second writer's role lost: both are writers."""
    header = "2024年12月4日\n作者, 沈以诺\n职务, BBC中文\n作者, 埃米莉·帕克\n韩国总统尹锡悦周二深夜宣布戒严。"
    assert author_from_header(header) == "沈以诺、埃米莉·帕克"


def test_an_old_table_pages_bold_label_over_bulleted_links_and_its_outlet_in_brackets():
    """A 2010 page: its outlet's name alone in brackets over the story (〔自由時報〕) is no
    paragraph; a bold label (<b>今日其他國際新聞</b>) over bulleted links after a <br> opens a
    related list; a bold word inside a sentence stays."""
    paras = "<br>\n<br>\n".join(_TW_STORY[:2]) + f"<br>\n<br>\n<b>北韓</b>{_TW_STORY[2][2:]}"
    page = f"""<html><head><title>自由時報電子報</title></head><body><table><tr><td>
<span class="newstitle"><b>北韓炸毀道路</b></span><br>
<font size="2" color="#666666">〔自由時報〕</font>
<p class="newstext">{paras}</p>
<font size="2"><b>今日其他國際新聞</b></font><br>
<font size="2">‧<a href="today-int2.htm">南韓股市開低走高</a><br>‧<a href="today-int3.htm">愛爾蘭紓困案</a><br></font>
</td></tr></table></body></html>"""
    a = _one_raw("today-int1.htm", page)
    assert _plain_body(a).replace("**", "") == _TW_TEXT.replace("分析人士", "北韓人士", 1)
    assert [link["title"] for link in a["links"]] == ["南韓股市開低走高", "愛爾蘭紓困案"]


def test_a_chinanews_copys_picks_label_and_download_button():
    """中新网's >>国际新闻精选： over its headlines opens a related list; 本文下载 is a button."""
    copy = f"朝鲜发射弹道导弹\n\n{_STORY}\n\n【编辑:许晓凡】\n\n>>国际新闻精选：\n 韩国国会选举投票结束 出口民调显示执政党优势缩小\n\n本文下载\n分享到：\n"
    a = _one_raw("chinanews.txt", copy)
    assert _plain_body(a).strip() == _STORY.strip()
    assert [link["title"] for link in a["links"]] == [
        "韩国国会选举投票结束 出口民调显示执政党优势缩小"
    ]


def test_a_newsboat_save_and_a_feed_clips_writer_under_its_date():
    """newsboat saves an item with Feed:/Title:/Author:/Link:/Date: fields and a placeholder
    for each picture ([image 1 (link #2)]): the feed names the outlet, the placeholder is no
    text. A feed converter's front matter naming the outlet as author leaves the writer to
    the name alone under the date."""
    saved = (
        "Feed: 中央社 CNA 國際新聞\nTitle: 北韓炸毀道路\nAuthor: 中央社\n"
        "Link: https://www.cna.com.tw/news/aopl/202410150046.aspx\n"
        f"Date: Tue, 15 Oct 2024 09:52:00 +0800\n\n[image 1 (link #2)]\n\n{_TW_TEXT}\n"
    )
    a = _one_raw("newsboat.txt", saved)
    assert a["outlet"].startswith("中央社") and _plain_body(a) == _TW_TEXT
    clip = f"""---
title: '朝鲜发射弹道导弹'
published: 2024-10-16T11:35:00-04:00
link: 'https://www.voachinese.com/a/7829114.html'
author: 美国之音中文网
---

# 朝鲜发射弹道导弹

2024年10月16日 11:35

韩宁

{_STORY}
"""
    a = _one_raw("voa.md", clip)
    assert (a["author"], a["outlet"][:4]) == ("韩宁", "美国之音")
    assert _plain_body(a) == _STORY.strip()


def test_a_caption_repeating_the_alt_text_with_a_space_under_a_saved_picture():
    """The caption printed under a picture repeats its alt text, a space in it (崔善姬与拉夫罗夫
    图自塔斯社): it is the picture's caption once, whatever the picture's saved address."""
    caption = "崔善姬与拉夫罗夫 图自塔斯社"
    paras = [f"<p>{p}</p>" for p in _STORY.split("\n\n")]
    page = f"""<html><head><title>崔善姬访俄</title></head><body><article><h1>崔善姬访俄</h1>
{paras[0]}<p style="text-align: center;"><img src="./page_files/1.jpg" alt="{caption}"></p>
<p style="text-align: center;"><span style="color: gray;">{caption}</span></p>{"".join(paras[1:])}
</article></body></html>"""
    a = _one_raw("guancha.html", page)
    assert (
        a["body"].count("图自塔斯社") == 1
        and _plain_body(a).replace("\n\n\n\n", "\n\n") == _STORY.strip()
    )


def test_a_page_pasted_into_word_with_tables_and_a_researchers_fields():
    """A page pasted into Word and saved as filtered HTML keeps the site's layout tables, and
    the researcher's own table over it (课题 | …, 录入人 | …, 原文链接 | …): read as the text
    a researcher pasted, each two-cell row a field; the fields are no story."""
    rows = [("课题", "朝俄军事合作跟踪"), ("录入人", "张晓"), ("录入日期", "2024-06-25")]
    rows.append(("原文链接", "https://www.voachinese.com/a/7662115.html"))

    def row(label, value):
        return f"<tr><td><p class=MsoNormal>{label}</p></td><td><p class=MsoNormal>{value}</p></td></tr>"

    menu = "".join(
        f"<td><p class=MsoNormal>{w}</p></td>" for w in ("首页", "美国", "中国", "台湾", "国际")
    )
    story = "".join(f"<p class=MsoNormal>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><meta name=Generator content="Microsoft Word 15 (filtered)">
<title>普京访问平壤</title></head><body><div class=WordSection1>
<table class=MsoTableGrid>{"".join(row(*r) for r in rows)}</table>
<p class=MsoNormal>——以下为网页原文——</p><table class=MsoNormalTable><tr>{menu}</tr></table>
<p class=MsoNormal>朝鲜发射弹道导弹</p><p class=MsoNormal>作者：杨晨 林枫</p>
<p class=MsoNormal>2024年6月19日 星期三</p>{story}</div></body></html>"""
    a = _one_raw("word.htm", page)
    assert (a["title"], a["published"], a["author"]) == (
        "朝鲜发射弹道导弹",
        "2024-06-19",
        "杨晨、林枫",
    )
    assert a["url"] == "https://www.voachinese.com/a/7662115.html"
    assert _plain_body(a) == _STORY.strip()


def test_google_caches_banner_over_a_text_copy_and_a_saved_page():
    """Google's cached copy names the original address in its banner (in English on a text
    copy of the text-only view, in Chinese on a saved page): the address is the article's,
    the snapshot's day bounds the story's, the banner and its buttons are no text."""
    copy = (
        "This is Google's cache of https://www.chinatimes.com/realtimenews/20220310000863-260408. "
        "It is a snapshot of the page as it appeared on Mar 11, 2022 02:41:17 GMT. The current "
        "page could have changed in the meantime. Learn more.\nFull version\nText-only version\n"
        "View source\nTip: To quickly find your search term on this page, press Ctrl+F.\n\n"
        f"北韓炸毀道路\n\n{_TW_TEXT}\n"
    )
    a = _one_raw("cache.txt", copy)
    assert a["url"] == "https://www.chinatimes.com/realtimenews/20220310000863-260408"
    assert (a["title"], _plain_body(a)) == ("北韓炸毀道路", _TW_TEXT)
    paras = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    page = f"""<html><head><title>北韓炸毀道路</title></head><body>
<div id="bN015htcoyT__google-cache-hdr"><div><span>这是 Google 对 <a href="https://cn.yna.co.kr/view/A1">
https://cn.yna.co.kr/view/A1</a> 的缓存。</span><span>这是该网页在 2024年10月16日 01:17:32 GMT 的快照。</span>
</div><div><span>完整版本</span><a href="http://webcache.googleusercontent.com/search?q=cache:x">纯文字版本</a></div></div>
<article><h1>北韓炸毀道路</h1>{paras}</article></body></html>"""
    a = _one_raw("webcache.html", page)
    assert a["url"] == "https://cn.yna.co.kr/view/A1" and _plain_body(a) == _TW_TEXT


def test_a_lead_pictures_caption_does_not_date_the_story():
    """A caption under the lead picture naming the day it was taken (2023年8月18日，…) is the
    picture's day: the page's metadata (JSON-LD datePublished) dates the story, or, without
    metadata, its address does."""
    paras = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    figure = (
        '<figure><img src="https://cdn.example.com/1.jpg" alt="戴維營"><figcaption>2023年8月18日，'
        "美國總統拜登（中）、日本首相岸田文雄（左）和南韓總統尹錫悅（右）出席聯合記者會。（Reuters）"
        "</figcaption></figure>"
    )
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-08-19T07:42:31+08:00"}</script>'
    page = "<html><head><title>美日韓戴維營峰會</title>{}</head><body><article><h1>美日韓戴維營峰會</h1>{}{}</article></body></html>"
    a = _one_raw("hk01.html", page.format(ld, figure, paras))
    assert (a["published"], a["published_time"]) == ("2023-08-19", "07:42:31+08:00")
    url = "https://news.example.com/2023/08/19/camp-david.html"
    b = _one_raw("p.html", page.format(f'<link rel="canonical" href="{url}">', figure, paras))
    assert b["published"] == "2023-08-19"


def test_an_addresss_story_number_dates_a_story_below_its_metadata():
    """An address's story number, the day and a serial (202406020034.aspx), dates a page that
    states no other day; the day its metadata states comes first."""
    paras = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    url = "https://www.cna.com.tw/news/aopl/202406020034.aspx"
    page = f'<html><head><title>北韓射飛彈</title><link rel="canonical" href="{url}">{{}}</head><body><article><h1>北韓射飛彈</h1>{paras}</article></body></html>'
    assert _one_raw("cna.html", page.format(""))["published"] == "2024-06-02"
    meta = '<meta property="article:published_time" content="2024-06-03T00:10:00+08:00">'
    assert _one_raw("cna.html", page.format(meta))["published"] == "2024-06-03"


def test_a_bing_cache_copy():
    """Bing's cached copy: its banner (div#b_cacheHdr) names the original address and the day
    it was crawled (2024/6/22), which only bounds the story's date (the page's own time dates
    it); the banner is no text."""
    paras = "".join(f"<p>{p}</p>" for p in _TW_STORY)
    page = f"""<html><head><title>北韓炸毀道路</title></head><body><div id="b_cacheHdr"
class="b_cacheHdr"><div class="b_cacheInfo">这是 <strong><a href="https://world.example.com/article/4IRw">
https://world.example.com/article/4IRw</a></strong> 在 Bing 上的缓存页面。</div><div class="b_cacheInfo">
它是该网页在 2024/6/22 上次爬网时的快照。当前页面可能已在此期间发生更改。</div></div><div id="b_cacheContent">
<article><h1>北韓炸毀道路</h1><p class="time">2024-06-19 20:46</p>{paras}</article></div></body></html>"""
    a = _one_raw("bingcache.html", page)
    assert a["url"] == "https://world.example.com/article/4IRw" and _plain_body(a) == _TW_TEXT
    assert (a["published"], a["published_time"], a["published_latest"]) == (
        "2024-06-19",
        "20:46",
        "2024-06-19",
    )


def test_a_most_read_list_under_a_small_heading_after_the_reporters():
    """##### 最多阅读 (an <h5>) over the site's list ends the story, so the reporters' lines over
    it, each with a mail (金敏秀 记者 kms@hani.co.kr), close it and name its writers."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>朝鲜发射弹道导弹</title></head><body><div class="article-text">
<h1>朝鲜发射弹道导弹</h1>{paras}<p>金敏秀 记者 <a href="mailto:kms@hani.co.kr">kms@hani.co.kr</a><br>
郑惠妍 记者 <a href="mailto:hyjung@hani.co.kr">hyjung@hani.co.kr</a></p>
<h5>最多阅读</h5><ol><li><a href="/arti/society/14101.html">首尔地铁工会宣布5日起举行总罢工</a></li>
<li><a href="/arti/economy/14099.html">韩国央行意外连续第二次降息</a></li></ol></div></body></html>"""
    a = _one_raw("hani.htm", page)
    assert a["author"] == "金敏秀、郑惠妍" and _plain_body(a) == _STORY.strip()


def test_a_korean_papers_clip_with_its_date_list_a_quoted_related_link_and_its_correspondent():
    """中央日报's page clipped as Markdown: the date fields as a list under the headline (입력 … /
    发稿时间 … / 댓글 0); a picture whose alt text holds brackets, its caption repeated with
    the brackets escaped; a related link quoted between paragraphs (> **[相关报道]** […](…)),
    which does not end the story; the correspondent and his mail under it (华盛顿特派记者 金东浩
    …): the writer."""
    first, rest = _STORY.split("\n\n", 1)
    clip = f"""---
title: "朝鲜发射弹道导弹 - 中央日报中文网"
source: "https://chinese.joins.com/news/articleView.html?idxno=114527"
---
# 朝鲜发射弹道导弹

- 입력 2023.08.19 09:42
- 发稿时间 2023.08.19 09:42
- 댓글 0

![联合记者会。[韩联社]](https://cdn.chinese.joins.com/news/photo/1.jpg)

联合记者会。\\[韩联社\\]

{first}

> **[相关报道]** [尹锡悦启程访美](https://chinese.joins.com/news/articleView.html?idxno=114488)

{rest}

华盛顿特派记者 金东浩 [kim.dongho@joongang.co.kr](mailto:kim.dongho@joongang.co.kr)
"""
    a = _one_raw("joins.md", clip)
    assert (a["published"], a["published_time"], a["author"]) == ("2023-08-19", "09:42", "金东浩")
    assert a["body"].startswith(
        "![联合记者会。[韩联社]](https://cdn.chinese.joins.com/news/photo/1.jpg)"
    )
    assert re.sub(r"\n{3,}", "\n\n", a["body"].split(")\n\n", 1)[1]).strip() == _STORY.strip()
    assert [link["title"] for link in a["links"]] == ["尹锡悦启程访美"]


def test_a_clips_writers_listed_with_their_outlet_and_its_topic_links_under_the_story():
    """Joplin's clip of VOA: the writers as a list, the outlet before each (- 美国之音 叶泽文 /
    - 美国之音 唐家宁); the topics' links under the story (- [俄罗斯](…/z/5306)) are tags."""
    clip = f"""---
title: 朝鲜发射弹道导弹
source: https://www.voachinese.com/a/7662310.html
author:
---

# 朝鲜发射弹道导弹

2024年6月19日

- 美国之音 叶泽文
- 美国之音 唐家宁

{_STORY}

- [俄罗斯](https://www.voachinese.com/z/5306)
- [朝鲜](https://www.voachinese.com/z/5307)

### 最多阅读

1. [美国大选：拜登与特朗普首场辩论规则出炉](https://www.voachinese.com/a/1.html)
"""
    a = _one_raw("joplin.md", clip)
    assert (a["author"], a["outlet"][:4]) == ("叶泽文、唐家宁", "美国之音")
    assert _plain_body(a) == _STORY.strip() and a["tags"][-2:] == ["俄罗斯", "朝鲜"]


def test_a_bear_note_over_a_markdown_copy_of_a_page():
    """A Bear note: the headline, the note's tags, 原文：[聯合新聞網](https://…) (the address, and
    the site) and 存檔：… over a rule, then the page as Markdown: its crumbs as links (the
    section), the headline as a heading, tag links under the story (tags), and 延伸閱讀 and
    猜你喜歡 under ### headings over links with their ages (related links, no text)."""
    note = f"""# 北韓炸毀道路

#剪報/南韓 #待讀

原文：[聯合新聞網](https://udn.com/news/story/6809/8784512)
存檔：2024-10-16 08:12

---

[udn](https://udn.com/news/index) / [全球](https://udn.com/news/cate/2/7225) / [國際焦點](https://udn.com/news/cate/2/6809)

## 北韓炸毀道路

2024-10-15 14:20 聯合報／ 編譯陳思妤／即時報導

{_TW_TEXT}

- [南韓](https://udn.com/search/tagging/2/南韓)
- [北韓](https://udn.com/search/tagging/2/北韓)

### 延伸閱讀

- [金與正發表談話](https://udn.com/news/story/6809/8784377) 2小時前
- [南韓大選投票率79.4%](https://udn.com/news/story/6809/8783021) 2024-10-14 01:35

### 猜你喜歡

- [夏季旅遊必備！日韓自由行網卡推薦](https://udn.com/promo/travel-sim)
"""
    a = _one_raw("bear.md", note)
    assert (a["title"], a["category"], a["author"]) == ("北韓炸毀道路", "國際焦點", "陳思妤")
    assert a["url"] == "https://udn.com/news/story/6809/8784512" and a["outlet"].startswith(
        "聯合報"
    )
    assert _plain_body(a) == _TW_TEXT and a["tags"][-2:] == ["南韓", "北韓"]
    assert [link["title"] for link in a["links"]][:2] == ["金與正發表談話", "南韓大選投票率79.4%"]


def test_a_box_of_hashtags_under_the_story_gives_tags():
    """澎湃's keywords box (<span>#李在明</span><span>#韩国大选</span>, no links) gives tags."""
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>朝鲜发射弹道导弹</title></head><body><div class="newsDetail">
<h1>朝鲜发射弹道导弹</h1>{paras}<div class="keywordsBox"><span>#李在明</span><span>#韩国大选</span></div>
</div></body></html>"""
    a = _one_raw("thepaper.html", page)
    assert a["tags"] == ["李在明", "韩国大选"] and _plain_body(a) == _STORY.strip()


def test_a_writer_titled_with_the_outlets_name_and_a_fuller_credit_in_the_lead():
    """文/北京青年报记者 许晨阳, 采写：南都记者 杨晨: the outlet's name before 记者 is the title's;
    a byline naming one writer gives way to the lead's credit naming them with another."""
    assert author_from_header("文/北京青年报记者 许晨阳") == "许晨阳"
    assert author_from_header("采写：南都记者 杨晨 王五") == "杨晨、王五"
    lead = "【大公報訊】記者劉凝哲、實習記者李思琪報道：" + _TW_STORY[0]
    copy = f"北韓炸毀道路\n\n作者：大公報記者 劉凝哲\n\n2024-10-15 04:02\n\n{lead}\n\n{_TW_STORY[1]}\n\n{_TW_STORY[2]}\n"
    assert _one_raw("takungpao.txt", copy)["author"] == "劉凝哲、李思琪"


def test_a_markdownload_clip_under_a_menu_of_bold_links_with_its_writer_as_a_list_item():
    """MarkDownload's clip: the site's menu as a row of bold links ([**新闻**](…) [**美国**](…)
    …, longer than any menu word) is chrome over the headline printed again; the writer's name
    as a list's one item under the date (-   任晓辰) is the writer."""
    menu = " ".join(
        f"[**{w}**](https://www.voachinese.com/z/{k})"
        for k, w in enumerate(("新闻", "美国", "中国", "台湾", "港澳", "国际", "时事大家谈"))
    )
    clip = f"""---
created: 2024-03-02T22:14:05 (UTC +08:00)
source: https://www.voachinese.com/a/7307415.html
author: 
---

# 朝鲜发射弹道导弹

> ## Excerpt
> 韩国联合参谋本部在发给媒体的短信中说……

---
-   [跳转至主要内容](#content)
-   [跳转至搜索](#search)

{menu}

[国际](https://www.voachinese.com/z/1749)

# 朝鲜发射弹道导弹

2023年10月12日 20:47

-   任晓辰

{_STORY}
"""
    a = _one_raw("markdownload.md", clip)
    assert (a["author"], a["published"]) == ("任晓辰", "2023-10-12")
    assert _plain_body(a) == _STORY.strip()


def test_korean_papers_reporters_each_after_the_place_they_were_posted_to():
    """中央日报 signs each reporter after the place they filed from (庆州=郑敏基 记者 …@…); BBC's
    traditional pages label the role 職稱."""
    lines = (
        "庆州=郑敏基 记者 chung.minki@joongang.co.kr\n首尔=高允贞 记者 ko.yunjeong@joongang.co.kr"
    )
    assert closing_byline(lines) == "郑敏基、高允贞"
    assert (
        author_from_header("作者, 李成敏\n職稱, BBC韓語部\n作者, 林子鈞\n職稱, BBC中文")
        == "李成敏、林子鈞"
    )


def test_a_long_reads_series_note_and_its_copy_editor_under_the_story():
    """報導者's series note under the story (（本文為《報導者》「…」系列報導之一）) and its copy
    editor's credit, a label over a name (核稿編輯 / 許慧雯), are no text."""
    copy = (
        f"北韓炸毀道路\n\n文字\n林映辰\n\n{_TW_TEXT}\n\n（本文為《報導者》「戒嚴之後的南韓」系列報導之一）\n\n"
        "核稿編輯\n\n許慧雯\n\n延伸閱讀\n\n南韓戒嚴6小時全紀錄：國會、軍隊與街頭的攻防\n"
    )
    a = _one_raw("twreporter.txt", copy)
    assert a["author"] == "林映辰" and _plain_body(a) == _TW_TEXT


def test_writers_listed_as_links_to_their_pages_under_the_date_and_an_outlets_byline_item():
    """A clip's date line, then its writers as a list of links to their pages (- [叶凡](…/author/…)
    / - [李彦](…)): the day and both writers. BBC's byline as a list's one item naming only the
    outlet (- 作者, BBC中文) is no text."""
    clip = f"""---
title: 朝鲜发射弹道导弹 - 美国之音
source: https://www.voachinese.com/a/7859321.html
author: 美国之音
---

# 朝鲜发射弹道导弹

2024年11月12日 07:32

- [叶凡](https://www.voachinese.com/author/ye-fan/ypyvpe)
- [李彦](https://www.voachinese.com/author/li-yan/mqkkqr)

{_STORY}
"""
    a = _one_raw("voa.md", clip)
    assert (a["published"], a["published_time"], a["author"]) == (
        "2024-11-12",
        "07:32",
        "叶凡、李彦",
    )
    assert _plain_body(a) == _STORY.strip()
    paras = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = f"""<html><head><title>朝鲜发射弹道导弹 - BBC News 中文</title></head><body><article>
<h1>朝鲜发射弹道导弹</h1><div><ul role="list"><li><span>作者, </span><span>BBC中文</span></li></ul>
<time datetime="2024-12-04">2024年12月4日</time></div>{paras}</article></body></html>"""
    a = _one_raw("bbc.html", page)
    assert a["author"] is None and _plain_body(a) == _STORY.strip()


def test_a_korean_papers_clip_with_its_photographers_mail_and_the_originals_links():
    """韩民族日报's clip: a caption under its picture closed by the photographer and his mail
    (…欢呼雀跃。金明镇 记者 [mail](mailto:…)) is the caption, credited to him; the reporters
    with their mails close the story over the Korean original's links ([韩文原文](…)
    [원문 기사 보기](…)), which are no text."""
    clip = f"""---
title: "朝鲜发射弹道导弹 : 韩民族日报"
source: "https://china.hani.co.kr/arti/politics/12589.html"
---
# 朝鲜发射弹道导弹

![](https://flexible.img.hani.co.kr/1.jpg)

市民们欢呼雀跃。金明镇 记者 [littleprince@hani.co.kr](mailto:littleprince@hani.co.kr)

{_STORY}

李在勋 记者 [nang@hani.co.kr](mailto:nang@hani.co.kr), 徐英智 记者 [sy@hani.co.kr](mailto:sy@hani.co.kr)

[韩文原文](https://www.hani.co.kr/arti/1172011.html) [원문 기사 보기](https://www.hani.co.kr/arti/1172011.html)
"""
    a = _one_raw("hani.md", clip)
    assert a["images"][0]["caption"] == "市民们欢呼雀跃。" and a["images"][0]["credit"] == "金明镇"
    assert a["author"] == "李在勋、徐英智" and _plain_body(a) == _STORY.strip()


def test_a_pools_credit_after_a_caption():
    """A picture credited to a pool after its caption (…就任韩国第21任总统。 韩联社/联合采访团) is
    a caption, whatever agency the pool is named with."""
    assert sourced_caption("6月4日，李在明宣誓就任韩国第21任总统。 韩联社/联合采访团")
    assert not sourced_caption("李在明宣誓就任韩国第21任总统，各方代表出席仪式。")


def test_a_clips_site_banner_under_the_story_and_its_credits_over_it():
    """The site's banner under a clipped story ([![南都N视频](…/nvideo_banner.png)](…)) is no
    text, so the writer's and editor's credits over it close the story (采写：南都记者 杨晨 /
    编辑：李倩)."""
    clip = f"""---
title: "朝鲜发射弹道导弹"
source: "https://www.oeeee.com/html/202501/15/1580442.html"
---
# 朝鲜发射弹道导弹

{_STORY}

采写：南都记者 杨晨  
编辑：李倩

[![南都N视频](https://img.oeeee.com/static/nvideo_banner.png)](https://m.mp.oeeee.com/nvideo/)
"""
    a = _one_raw("nandu.md", clip)
    assert a["author"] == "杨晨" and _plain_body(a) == _STORY.strip()


def test_an_old_pages_bold_label_with_its_bulleted_links_in_one_block_and_its_tools():
    """星島's 2010 page: the related label bold in the block holding its bulleted links
    (<font><b>相關新聞：</b><br>‧<a>…</a></font>) is a related list; its tools in brackets
    (【打印】 【轉寄給朋友】 【關閉】) are furniture."""
    paras = "<br><br>\n".join(_TW_STORY)
    page = f"""<html><head><title>北韓炸毀道路</title></head><body><table><tr><td>
<font size="5"><b>北韓炸毀道路</b></font><br><font size="3">{paras}</font>
<div align="center"><font size="2">【<a href="javascript:window.print()">打印</a>】 【<a href="/send.cgi">轉寄給朋友</a>】 【<a href="javascript:window.close()">關閉</a>】</font></div>
<font size="2"><b>相關新聞：</b><br>‧<a href="/news/int/1.html">北韓向美專家展示新鈾濃縮設施</a><br>
‧<a href="/news/int/2.html">南韓天安艦沉沒</a><br></font></td></tr></table></body></html>"""
    a = _one_raw("singtao.htm", page)
    assert _plain_body(a) == _TW_TEXT
    assert [link["title"] for link in a["links"]] == [
        "北韓向美專家展示新鈾濃縮設施",
        "南韓天安艦沉沒",
    ]


def test_note_titled_by_headline_and_source_over_a_copied_page():
    """A researcher's note: an editor's front matter (Typora's), a heading naming the
    headline with where and when it ran, a remark, then the page copied from its crumbs on.
    The page's headline, date and byline are the story's; the remark is the researcher's."""
    note = (
        "---\ntypora-root-url: ./\n---\n\n"
        "# 韩朝将军级会谈在板门店举行（新华网 2018.6.14）\n\n"
        "> 2018-06-20 整理，会谈资料之二。\n\n"
        "新华网>>国际\n\n"
        "韩朝将军级会谈在板门店举行\n\n"
        "2018年06月14日10:42 | 来源：新华网\n\n"
        "新华社首尔6月14日电（记者耿学鹏）韩朝双方14日在板门店朝方一侧的统一阁举行将军级军事会谈，"
        "这是时隔十多年后双方再次举行此类会谈。\n\n"
        "韩国国防部说，双方就缓和军事紧张、落实板门店宣言中的军事领域内容交换了意见。\n"
    )
    a = _one_raw("会谈.md", note)
    assert a["title"] == "韩朝将军级会谈在板门店举行"
    assert (a["published"], a["published_time"]) == ("2018-06-14", "10:42")
    assert a["author"] == "耿学鹏"
    assert a["body"].startswith("新华社首尔6月14日电")
    assert "整理" not in a["body"] and "新华网>>国际" not in a["body"]


def test_an_old_print_view_names_itself_first_and_its_address_in_the_footer():
    """BBC 中文网's printable page of 2006: the site first in its <title> (BBC Chinese | 中文网 |
    headline), and the story's address only in the footer, under the words saying where the
    story is from. The headline is the title; the address is the story's, not its text."""
    url = (
        "http://news.bbc.co.uk/go/pr/fr/-/chinese/simp/hi/newsid_6030000/newsid_6030200/6030210.stm"
    )
    page = f"""<html><head><title>BBC Chinese | 中文网 | 朝鲜宣布进行核试验</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
<table><tr><td><a href="javascript:printPage()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></td></tr></table>
<div class="ds"><font size="1">更新时间 2006年 10月 9日, 星期一 - 格林尼治标准时间04:21</font></div>
<font size="5"><b class="h1">朝鲜宣布进行核试验</b></font><br>
<p><b>朝鲜官方媒体宣布，朝鲜已经成功进行了一次地下核试验。</b></p>
<p>朝中社说，这次试验是在安全的条件下进行的，没有发生放射性泄漏。</p>
<p>韩国总统府说，韩国地震监测机构在朝鲜东北部探测到了震动。</p>
<hr size="1"><font size="2">这篇报道来自BBC中文网：<br>
<a href="{url}">{url}</a><br><br>
出版时间：2006/10/09 04:21:10 GMT<br><br>&copy; BBC MMVI</font></body></html>"""
    a = _one_raw("6030210.htm", page, "gb18030")
    assert a["title"] == "朝鲜宣布进行核试验"
    assert a["outlet"].startswith("BBC") and a["url"] == url
    assert a["published"] == "2006-10-09"
    assert (
        a["body"]
        .rstrip()
        .endswith(
            "没有发生放射性泄漏。\n\n韩国总统府说，韩国地震监测机构在朝鲜东北部探测到了震动。"
        )
    )
    assert "这篇报道来自" not in a["body"] and "http" not in a["body"]


def test_a_video_page_copied_with_its_label_and_player():
    """央视网's video page copied as text: the headline labelled [视频], the player's buttons and
    times a line each (播放 / 00:00 / / / 03:15) over the 视频简介 text. The label is no part of
    the headline, the player none of the story."""
    copy = (
        "央视网\n首页\n新闻\n体育\nCCTV-13新闻  >  新闻直播间\n"
        "[视频]朝鲜举行阅兵式庆祝建军节\n新闻直播间  来源：央视网  2023年02月09日 10:12\n"
        "播放\n00:00\n/\n03:15\n字幕\n倍速\n全屏\n分享到：\n微信\n视频简介\n"
        "央视网消息：据朝中社报道，朝鲜8日晚在平壤金日成广场举行阅兵式，庆祝朝鲜人民军建军75周年。\n\n"
        "朝鲜最高领导人金正恩出席并观看了阅兵式。\n"
        "责任编辑：王菲\n相关视频\n"
    )
    a = _one_raw("cctv.txt", copy)
    assert a["title"] == "朝鲜举行阅兵式庆祝建军节"
    assert a["body"].startswith("央视网消息：据朝中社报道")
    assert "00:00" not in a["body"] and "03:15" not in a["body"]


def test_a_wechat_accounts_feed_names_the_account_once():
    """A WeChat account's feed (we-mp-rss): every item's <author> is the channel's own title,
    the account that publishes, not a writer; the digest's prompt between dashes (—— 点击
    “阅读原文”查看全文 ——) is not text."""
    feed = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title><![CDATA[半岛观察]]></title>
<link>https://mp.weixin.qq.com/mp/profile_ext?action=home</link>
<item><title><![CDATA[韩国宪法法院宣布罢免尹锡悦]]></title>
<link>https://mp.weixin.qq.com/s/Ab3dEf6hIj9kLm</link>
<author><![CDATA[半岛观察]]></author>
<pubDate>Fri, 04 Apr 2025 12:10:00 +0800</pubDate>
<description><![CDATA[<p>韩国宪法法院4日上午宣布，8名法官一致同意维持国会对总统尹锡悦的弹劾案，尹锡悦即时被罢免。</p>
<p>根据韩国宪法，韩国须在60天内举行总统选举。</p>
<p style="text-align:center">—— 点击“阅读原文”查看全文 ——</p>]]></description>
</item></channel></rss>"""
    a = _one_raw("feed.xml", feed)
    assert a["author"] is None and a["outlet"] == "半岛观察"
    assert a["body"].rstrip().endswith("韩国须在60天内举行总统选举。")
    assert is_boilerplate("—— 点击“阅读原文”查看全文 ——") and not is_boilerplate("—— 韩国总统 ——")


def test_a_portal_sports_copy_with_its_topic_pointer_and_disclaimer():
    """新浪体育 copied as text: its date line naming the channel, 收藏本文 over the story, and
    under it the topic page's pointer with the topic on the next line, the editor, and the
    portal's disclaimer (…登载此文出于传递更多信息之目的…): none of them the story's."""
    copy = (
        "新浪体育 > 国际足球 > 正文\n朝鲜队1-0击败叙利亚 晋级世预赛下一阶段\n"
        "2021年06月15日 23:58 新浪体育\n评论\n大 中 小\n收藏本文\n\n"
        "新浪体育讯　北京时间6月15日，2022年卡塔尔世界杯亚洲区预选赛继续进行，朝鲜队在中立场地以1比0击败叙利亚队。\n\n"
        "全场比赛的唯一进球由郑日冠在第63分钟打入。朝鲜队由此以小组第二的身份晋级下一阶段。\n\n"
        "点击进入专题：\n2022世界杯预选赛\n责任编辑：李达\n\n"
        "新浪体育声明：新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。\n"
        "相关新闻\n朝鲜队0-3不敌黎巴嫩\n"
    )
    a = _one_raw("sina.txt", copy)
    assert a["outlet"] == "新浪 (Sina)" and a["published_time"] == "23:58"
    assert a["body"].startswith("新浪体育讯")
    assert a["body"].rstrip().endswith("朝鲜队由此以小组第二的身份晋级下一阶段。")
    assert "2022世界杯预选赛" not in a["body"]
    page = (
        "<html><head><title>朝韩交火_新闻中心_新浪网</title></head><body><h1>朝韩交火</h1>"
        "<p>新华网首尔11月23日电 朝鲜军队23日下午向韩国延坪岛一带发射数十发炮弹，韩国军队随即开炮还击。</p>"
        "<p>韩国总统李明博当天召开紧急会议商讨对策。</p>"
        '<p><strong>相关专题：</strong><a href="http://news.sina.com.cn/z/yanpingdao/">朝韩延坪岛炮击事件</a></p>'
        "</body></html>"
    )
    assert _one_raw("sina.html", page)["body"].rstrip().endswith("召开紧急会议商讨对策。")


def test_a_portals_info_line_of_home_page_links_is_not_text():
    """An old 新浪 page's info line: the portal's address as its own link, the day, and the
    source outlet linked to its home page. The day is read; the links left are no text."""
    page = (
        "<html><head><title>韩国宣布恢复对朝心理战广播_新闻中心_新浪网</title></head><body>"
        "<h1>韩国宣布恢复对朝心理战广播</h1>"
        '<div class="artInfo"><span id="art_source"><a href="http://www.sina.com.cn">http://www.sina.com.cn</a></span>'
        '&nbsp;&nbsp;<span id="pub_date">2010年05月24日10:12</span>&nbsp;&nbsp;'
        '<span id="media_name"><a href="http://www.chinanews.com/">中国新闻网</a></span></div>'
        "<p>中新网5月24日电 据韩联社报道，韩国总统李明博24日发表讲话，宣布恢复对朝鲜的心理战广播。</p>"
        "<p>韩国国防部表示，将在军事分界线一带重新设置扩音器。</p></body></html>"
    )
    a = _one_raw("sina_2010.shtml", page, "gb18030")
    assert (a["published"], a["published_time"]) == ("2010-05-24", "10:12")
    assert a["body"].startswith("中新网5月24日电")
    assert is_boilerplate("<http://www.sina.com.cn>  [中国新闻网](http://www.chinanews.com/)")
    assert not is_boilerplate(
        "[中国新闻网](http://www.chinanews.com/gj/2010/05-24/1.shtml) [另见](http://x.cn/a/1)"
    )


def test_a_report_button_drawn_as_an_icon_is_not_a_picture():
    """网易's report button under the headline: a link holding an icon and its word (举报).
    The button is furniture: neither its icon nor its word is the story's."""
    page = """<html><head><title>朝鲜宣布发射侦察卫星失败_网易新闻</title></head><body>
<h1 class="post_title">朝鲜宣布发射侦察卫星失败</h1>
<a href="https://www.163.com/special/0077jt/tipoff.html?title=x" class="post_jubao"><img class="post_jubao_icon" src="https://static.ws.126.net/jubao.png">举报</a>
<p>中新网5月28日电 据朝中社报道，朝鲜国家航空航天技术总局27日发射的新型侦察卫星在飞行过程中空中爆炸，发射失败。</p>
<p>报道称，失败原因可能与新开发的液氧-石油发动机的可靠性有关。</p>
<p>韩国联合参谋本部此前表示，朝鲜于27日晚发射了一枚所谓的“军事侦察卫星”。</p>
</body></html>"""
    a = _one_raw("163.html", page)
    assert a["body"].startswith("中新网5月28日电") and "jubao" not in a["body"]
    assert a["images"] == []


def test_a_follow_button_alone_under_an_account_names_no_writer():
    """A 百家号 post clipped as Markdown: the account, its date and description, then the follow
    button alone on its line (关注). The button is no writer's name."""
    clip = """---
title: "朝鲜宣布将发射军事侦察卫星"
source: "https://baijiahao.baidu.com/s?id=1766000000000000000"
author:
  - "[[新京报]]"
created: 2023-05-31
---
# 朝鲜宣布将发射军事侦察卫星

新京报

2023-05-30 08:41北京新京报社官方帐号

关注

新京报讯 据朝中社30日报道，朝鲜劳动党中央军事委员会副委员长李炳哲29日发表谈话称，朝鲜将于6月发射军事侦察卫星1号。

李炳哲说，侦察卫星是应对美韩联合军演的必要手段。
"""
    a = _one_raw("bjh.md", clip)
    assert a["author"] is None and a["outlet"].startswith("新京报")
    assert a["body"].startswith("新京报讯")


def test_a_portal_copy_ends_at_the_outlets_related_list():
    """LINE TODAY's copy of a 自由時報 story: under it, the outlet's name a space before its
    related label (自由時報 延伸閱讀), then the headlines. They are not the story's."""
    copy = (
        "北韓再射彈道飛彈 日本防衛省：落在專屬經濟海域外\n自由時報\n更新於 2023年11月22日 09:12 • 發布於 2023年11月22日 08:40\n\n"
        "北韓今天清晨從平壤附近向東北方向發射一枚彈道飛彈，日本防衛省表示，飛彈落在日本專屬經濟海域外。\n\n"
        "南韓聯合參謀本部表示，正與美方密切分析飛彈的詳細規格。\n\n"
        "看更多自由時報文章\n \n自由時報 延伸閱讀\n北韓宣稱衛星入軌 南韓軍方：正在分析\n金正恩視察發射場\n"
    )
    a = _one_raw("line.txt", copy)
    assert a["body"].rstrip().endswith("正與美方密切分析飛彈的詳細規格。")


def test_an_old_epoch_clip_without_its_toolbar_signature_and_buttons():
    """A 2004 大紀元 page clipped as Markdown: the font and script toolbar over the story (【字號】
    [大](javascript:…) … 正體 | [简体](…)), the site's address in brackets under it as a
    signature, and print and mail buttons each an icon beside its word. None is text."""
    clip = """---
title: "南韓國會通過彈劾盧武鉉總統"
source: "http://www.epochtimes.com/b5/4/3/12/n481234.htm"
created: 2025-03-14
---
## 南韓國會通過彈劾盧武鉉總統

【字號】 [大](javascript:fontZoom(16)) [中](javascript:fontZoom(14)) [小](javascript:fontZoom(12)) 　 正體 | [简体](http://www.epochtimes.com/gb/4/3/12/n481234.htm)

【大紀元3月12日訊】（大紀元記者林書羽綜合報導）南韓國會今天以193票贊成、2票反對，通過了對總統盧武鉉的彈劾案。

彈劾案通過後，盧武鉉的總統職權立即中止，由總理高建代行總統職務。

(http://www.dajiyuan.com)

[![](http://www.epochtimes.com/b5/images/print.gif) 列印本頁](javascript:window.print()) [![](http://www.epochtimes.com/b5/images/mail.gif) 轉寄給朋友](http://www.epochtimes.com/b5/sendmail.htm?n481234)
"""
    a = _one_raw("epoch.md", clip)
    assert a["published"] == "2004-03-12"
    assert a["body"].startswith("【大紀元3月12日訊】")
    assert a["body"].rstrip().endswith("由總理高建代行總統職務。")


def test_a_feed_readers_page_copied_whole_starts_at_the_headline_again():
    """Feedly's page copied whole: its folders, counts and buttons (short lines), the headline in
    its list, then again over the story with the date under it. The story starts there."""
    copy = (
        "Skip to main content\nfeedly\nToday\nRead Later\nFEEDS\nAll\n朝鮮半島\n國際 - 自由時報電子報\n31\n"
        "中央社 國際\n18\nCreate a Folder\n國際 - 自由時報電子報\nMark as read\n"
        "北韓試射戰略巡弋飛彈 金正恩親臨督導\n國際 - 自由時報電子報  /  2d\nVisit Website\n\n"
        "北韓試射戰略巡弋飛彈 金正恩親臨督導\n2025/02/28 09:05\n"
        "〔即時新聞／綜合報導〕北韓官媒朝中社今天報導，北韓26日在西部海域試射戰略巡弋飛彈，領導人金正恩親臨督導。\n"
        "報導指出，飛彈飛行約1587公里後準確命中目標。\n"
        "Visit Website\nMark as read and hide\n"
    )
    a = _one_raw("feedly.txt", copy)
    assert a["title"] == "北韓試射戰略巡弋飛彈 金正恩親臨督導"
    assert (a["published"], a["published_time"]) == ("2025-02-28", "09:05")
    assert a["body"].startswith("〔即時新聞／綜合報導〕北韓官媒朝中社今天報導")


def test_a_wire_terminals_print_starts_at_the_headline_under_the_slug():
    """A wire terminal's print: the service's banner between rules (its print time no date of
    the story's), the slug's fields, a rule, the priority's word, then the headline. The send
    time dates the story; none of the slug is text."""
    copy = (
        "=" * 60
        + "\n 法新社中文新聞服務  AFP Chinese News Service      [列印 2013/02/12 16:02]\n"
        + "=" * 60
        + "\n"
        "序號：AFP-CT0877   優先：1 急電   分類：國際   字數：512\n標籤：北韓-核武\n"
        "發稿：2013/02/12 13:05 (香港時間)\n" + "-" * 60 + "\n急電\n\n"
        "北韓宣布第三次核試成功\n\n"
        "（法新社首爾12日電） 北韓官方媒體今天宣布，北韓已成功進行第三次地下核子試爆。\n\n"
        "南韓國防部表示，北韓東北部偵測到規模4.9的人工地震。\n\n（完）\n\nafp/tk   130212 0505 GMT\n"
    )
    a = _one_raw("afp.txt", copy)
    assert a["title"] == "北韓宣布第三次核試成功"
    assert (a["published"], a["published_time"]) == ("2013-02-12", "13:05")
    assert a["outlet"].startswith("法新社")
    assert a["body"].startswith("（法新社首爾12日電）") and "序號" not in a["body"]


def test_a_wire_databases_export_of_numbered_records():
    """A wire database's text export: its title and the search over the records, each record
    numbered (【1】), its fields several a line a wide space apart (稿件类型：快讯　　发稿单位：
    新华社国际部), a rule, the text. One article a record; the desk names its agency."""
    rule, thin = "=" * 60, "-" * 60
    export = (
        f"新华社中文新闻稿件 导出文本\n导出时间：2018-04-28 09:00:12    导出用户：lib01\n"
        f'检索条件：全文="板门店"  日期=2018-04-27  稿源=新华社\n检索结果：共 2 条\n{rule}\n'
        f"【1】\n标题：（国际）韩朝领导人在板门店会晤\n稿件类型：快讯　　线路：中文通稿　　发稿单位：新华社国际部\n"
        f"发稿时间：2018-04-27 09:35:10　　字数：40\n编辑：王磊　　签发：李军\n{thin}\n"
        "　　新华社快讯：朝鲜最高领导人金正恩27日上午越过军事分界线，与韩国总统文在寅在板门店会晤。\n　　（完）\n"
        f"{rule}\n【2】\n标题：（国际）韩朝发表板门店宣言\n稿件类型：通稿　　线路：中文通稿　　发稿单位：新华社国际部\n"
        f"发稿时间：2018-04-27 18:20:44　　字数：300\n编辑：王磊　　签发：李军\n{thin}\n"
        "　　新华社首尔4月27日电 韩国总统文在寅和朝鲜最高领导人金正恩27日在板门店签署《板门店宣言》。\n"
        "　　宣言说，双方将努力实现半岛完全无核化。\n　　（完）\n"
        f"{rule}\n本文本由稿件数据库自动生成，仅供内部检索研究使用。\n"
    )
    articles = convert("export.txt", export.encode("gb18030"))["articles"]
    assert [a["title"] for a in articles] == ["韩朝领导人在板门店会晤", "韩朝发表板门店宣言"]
    first = articles[0]
    assert (first["published"], first["published_time"]) == ("2018-04-27", "09:35:10")
    assert first["outlet"] == "新华社 (Xinhua)"
    assert first["body"].startswith("新华社快讯：") and "【1】" not in first["body"]


def test_a_page_pasted_into_a_gmail_message_to_oneself():
    """A student mails herself a pasted page: a note with its address (原文：https://…), the
    site's menu, the date over the headline, the story, her signature. Gmail's HTML part is her
    lines in <div>s, no more than the text part, which is read as the copy: the story from its
    headline (the subject), dated as the page prints it, not when the mail was sent."""
    url = "https://cn.reuters.com/article/nkorea-missile-0525-idCNKBS1A00X1"
    lines = [
        f"存档，周四组会用。原文：{url}",
        "",
        "路透中文网",
        "首页",
        "国际财经",
        "深度分析",
        "2019年5月25日 / 下午3点12分 / 更新于 2 小时前",
        "朝鲜试射两枚短程导弹 韩国军方密切关注",
        "路透",
        "路透首尔5月25日 - 韩国军方称，朝鲜周六上午从东部沿海地区向东北方向发射了两枚短程导弹。",
        "韩国联合参谋本部表示，正与美方就导弹的具体型号进行分析。",
        "",
        "--",
        "林佳怡",
        "复旦大学 硕士研究生",
    ]
    html = '<div dir="ltr">' + "".join(f"<div>{ln or '<br>'}</div>" for ln in lines) + "</div>"
    mail = _mail(
        html, "\n".join(lines), sender="林佳怡 <jy@example.com>",
        subject="朝鲜试射两枚短程导弹 韩国军方密切关注", sent="Sat, 25 May 2019 21:40:00 +0800",
    )  # fmt: skip
    a = _one_raw("mail.eml", mail.decode())
    assert a["title"] == "朝鲜试射两枚短程导弹 韩国军方密切关注" and a["url"] == url
    assert (a["published"], a["published_time"]) == ("2019-05-25", "15:12")
    assert a["body"].startswith("路透首尔5月25日")
    assert "存档" not in a["body"] and "首页" not in a["body"]
    assert is_date_only("2020年6月16日 / 晚上7点02分 / 更新于 43 分钟前") and not is_date_only(
        "晚点见"
    )
    assert is_boilerplate("我们的标准：汤森路透“信任原则”")


@pytest.mark.parametrize(
    "line",
    [
        "全屏查看",
        "播放暂停 / 04:27",
        "0:00 0:02:35 0:00",
        "240p | 5.8MB",
        "字幕 | 嵌入 | 分享",
        "播放量 35.6万",
        "没有媒体源 currently available",
        "请收听记者林迪的报道",
        "节目文字稿",
        "新浪微博：一起聊世界杯",
        "[打印] [评论] [推荐给好友]",
    ],
)
def test_players_galleries_and_bracketed_buttons_are_furniture(line):
    """A video or audio story's player (its buttons, times, sizes, counts), a gallery's button,
    a channel's promotion and buttons each in square brackets: none is a story's text."""
    assert is_boilerplate(line)


def test_a_story_line_with_times_or_bracketed_words_stays():
    assert not is_boilerplate("[朝鲜] [韩国]")  # (topics, not buttons)
    assert not is_boilerplate("请收听记者在平壤的现场报道后，我们再来看评论员的分析。")


def test_a_clip_with_its_outlet_date_and_count_as_a_list_under_the_headline():
    """中央日报's page clipped as Markdown: under the headline, a list of the outlet, the date
    and the comment count (- 中央日报 / - 发布 2018.04.28 10:31 / - 评论 0), then the lead
    picture, its caption credited （图片来源：…）. The list is the page's, not the story's."""
    clip = """---
title: "韩朝首脑会谈后“平壤冷面”走红 - 中央日报"
source: "https://chinese.joins.com/news/articleView.html?idxno=83216"
created: 2025-01-14
---
# 韩朝首脑会谈后“平壤冷面”走红

- 中央日报
- 发布 2018.04.29 09:15
- 评论 0

![](https://cdn.chinese.joins.com/news/photo/201804/83216_1.jpg)

*29日，首尔一家平壤冷面店门前排起长队。（图片来源：中央日报）*

韩朝首脑会谈结束后，“平壤冷面”成为韩国社会最热门的话题之一，多家老字号餐厅门前排起长队。

店主表示，会谈当天起客人明显增多，不少人专程从外地赶来。
"""
    a = _one_raw("joins.md", clip)
    assert (a["published"], a["published_time"]) == ("2018-04-29", "09:15")
    assert a["outlet"].startswith("中央日报")
    assert a["images"][0]["caption"].startswith("29日，首尔一家平壤冷面店")
    assert a["body"].split("\n\n")[1].startswith("韩朝首脑会谈结束后")


def test_a_page_copied_with_its_date_and_tags_over_the_headline():
    """A Malaysian page copied whole (Ctrl+A): the menu, the section, the labelled date, the
    story's tags a line each, then the headline, the lead picture's credit alone ((图:路透社))
    and the story. The headline is over the text, and the date over it dates the story."""
    menu = "\n".join(["星洲网", "登录", "首页", "最新", "国内", "国际", "言路", "财经", "体育"])
    page = f"""{menu}

国际
|
即时国际
|
发布: 9:05pm 03/11/2024

韩国
尹锡悦
戒严

韩国在野党酝酿弹劾动议 执政党内部出现分歧

(图:路透社)

(首尔3日综合电)韩国最大在野党共同民主党周日表示，将在本周内提出弹劾总统的动议。

共同民主党党首在记者会上说，总统的举措已经动摇宪政秩序，国会必须作出回应。

执政党国民力量党内部对是否支持弹劾出现分歧，部分议员表示将慎重考虑。

分析人士认为，弹劾动议能否通过取决于执政党议员的投票意向。

相关新闻
韩国总统支持率跌至新低
"""
    a = _one_raw("sinchew.txt", page)
    assert a["title"] == "韩国在野党酝酿弹劾动议 执政党内部出现分歧"
    assert (a["published"], a["published_time"]) == ("2024-11-03", "21:05")
    assert a["body"].startswith("(首尔3日综合电)韩国最大在野党")


def test_a_statement_told_is_no_disclaimer():
    """A disclaimer opens with its label (声明：, 【声明】, 免责声明); a story's sentence telling
    what a statement said (声明说，…是中国政府的一贯立场。) is the story's text."""
    assert not is_boilerplate("声明说，实现半岛无核化，反对核扩散，是中国政府的坚定、一贯立场。")
    assert not is_boilerplate("聲明指出，北韓的行為違反安理會決議，與國際社會立場背道而馳。")
    assert is_boilerplate("声明：本文仅代表作者观点，与本站立场无关。")
    assert is_boilerplate("【声明】转载请注明出处")
    assert is_boilerplate("免责声明 本文观点不代表本站立场")


def test_the_writers_name_alone_under_the_update_line():
    """A copied page's date, its update's (最近更新: …) and the writer's name alone under them
    (美國之音): the name is the author, the update's line no text."""
    page = (
        "朝鮮宣佈成功發射軍事偵察衛星\n2023年11月22日 07:54\n最近更新: 2023年11月22日 10:12\n林海\n"
        "分享\n朝鮮宣佈成功發射軍事偵察衛星\n分享到Facebook\n電子郵件\n\n"
        + "\n\n".join(_TW_STORY)
        + "\n"
    )
    a = _one_raw("voa.txt", page)
    assert a["author"] == "林海" and a["published_time"] == "07:54"
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_papers_page_copied_with_its_issue_day_section_byline_and_toolbar():
    """A paper's site copied whole (劳动新闻): its menus, the issue's day with its number
    (主体113(2024)年8月20日 星期二 第232号), the section, the headline, the byline and the
    font toolbar over a short lead. The headline is over them, the issue's day dates it."""
    menu = "\n".join(
        ["劳动新闻", "朝鲜劳动党中央委员会机关报", "", "首页", "领袖活动", "政治", "经济", "统一"]
    )
    page = (
        f"{menu}\n国际\n评论\n照片\n视频\n\n搜索\n\n主体113(2024)年8月20日 星期二 第232号\n\n国际  评论\n\n"
        "危险的战争演习是对和平的严重挑战\n\n本报记者 李光哲\n\n字号：大 中 小    打印\n\n"
        "美国和韩国又开始举行联合军事演习。\n\n" + _STORY + "\n"
    )
    a = _one_raw("rodong.txt", page)
    assert a["title"] == "危险的战争演习是对和平的严重挑战"
    assert a["published"] == "2024-08-20" and a["author"] == "李光哲"
    assert a["body"].startswith("美国和韩国又开始举行联合军事演习。")


def test_a_spokespersons_statement_copied_from_an_official_site():
    """An official site's statement copied whole (美國在台協會): the headline, the statement's
    kind and the spokesperson under it (新聞聲明 / 國務院發言人 馬修·米勒), then the day. The
    spokesperson is no headline but the author, the kind no text (the crumbs name the section),
    the site the outlet."""
    page = (
        "跳到主要內容\n美國在台協會\nAmerican Institute in Taiwan\nEnglish\n選單\n首頁\n新聞與活動\n簽證\n"
        "商務\n搜尋\n\n首頁 / 新聞與活動 / 美國政府新聞稿\n美國國務院發言人聲明：譴責北韓發射彈道飛彈\n"
        "新聞聲明\n國務院發言人 馬修·米勒\n2023年12月18日\n\n" + "\n\n".join(_TW_STORY) + "\n"
    )
    a = _one_raw("ait.txt", page.replace("\n", "\r\n"), "big5")
    assert a["title"] == "美國國務院發言人聲明：譴責北韓發射彈道飛彈"
    assert (a["author"], a["category"], a["published"]) == (
        "馬修·米勒",
        "美國政府新聞稿",
        "2023-12-18",
    )
    assert a["outlet"].startswith("美國在台協會")
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


def test_a_spokespersons_words_in_a_headline_stay_a_headline():
    """外交部发言人 before a headline's words (not a name) is a headline's, no byline."""
    a = _one_raw("mfa.txt", "外交部发言人就朝鲜半岛局势答记者问\n2024年1月5日\n\n" + _STORY + "\n")
    assert a["title"] == "外交部发言人就朝鲜半岛局势答记者问" and a["author"] is None


def test_a_government_sites_page_names_its_site_in_its_metadata():
    """A Chinese government site's publishing system names the site and the column in its
    metadata (SiteName, ColumnName): the embassy is the outlet, the column the section."""
    page = (
        '<html><head><meta name="SiteName" content="中华人民共和国驻朝鲜民主主义人民共和国大使馆">'
        '<meta name="ColumnName" content="使馆新闻"><meta name="PubDate" content="2024-09-27 08:40">'
        "<title>驻朝鲜使馆举行国庆招待会</title></head><body><h1>驻朝鲜使馆举行国庆招待会</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</body></html>"
    )
    a = _one_raw("emb.html", page)
    assert a["outlet"].startswith("中华人民共和国驻朝鲜民主主义人民共和国大使馆")
    assert a["category"] == "使馆新闻" and a["published_time"] == "08:40"


def test_a_storm_media_copy_with_its_inline_related_notes_and_tip_jar():
    """風傳媒's page copied: a related note closing a paragraph (（相關報導： headline｜更多文章）)
    is no text; the tip jar's buttons (請作者喝杯咖啡支持他 / 請他喝杯咖啡) are furniture, and
    更多文章 over headlines is a related list's label ending the story."""
    first, second, third = _TW_STORY
    page = (
        "普金會登場 金正恩：俄羅斯在進行神聖的戰鬥\n2023-09-13 20:15\n\n"
        f"{first}（相關報導： 金正恩搭專列抵俄 白宮警告北韓｜更多文章）\n\n{second}\n\n{third}\n\n"
        "責任編輯／周岐原\n\n喜歡這篇文章嗎？請作者喝杯咖啡支持他\n請他喝杯咖啡\n更多文章\n"
        "金正恩專列跨境抵俄 北韓官媒罕見當日報導\n烏克蘭反攻3個月 美軍方：進展緩慢但穩定\n"
    )
    a = _one_raw("storm.txt", page)
    assert a["body"].strip() == "\n\n".join(_TW_STORY)
    assert [x["title"] for x in a["links"]][:2] == [
        "金正恩專列跨境抵俄 北韓官媒罕見當日報導",
        "烏克蘭反攻3個月 美軍方：進展緩慢但穩定",
    ]


def test_a_government_portals_clip_with_its_reporters_address_and_reuse_notice():
    """Korea.net's page clipped: the byline with the reporter's address (韩国政府网记者 孙美琪 |
    sunmq@korea.kr) is the byline, not text; the reuse notice under the related list
    (…均可在注明出处的情况下自由使用。) is furniture."""
    clip = (
        "---\ntitle: 南北首脑签署板门店宣言\nsource: https://chinese.korea.net/NewsFocus/Policies/view?articleId=158521\n"
        "published: 2018-04-27\n---\n# 南北首脑签署板门店宣言\n\n2018.04.27\n\n"
        "韩国政府网记者 孙美琪 | sunmq@korea.kr\n\n"
        + _STORY
        + "\n\nsunmq@korea.kr\n\n**相关新闻**\n\n"
        "- [文在寅总统：南北首脑会谈将成为新起点](https://chinese.korea.net/NewsFocus/Policies/view?articleId=158497)\n\n"
        "Korea.net 的所有内容，除带有版权的照片以外，均可在注明出处的情况下自由使用。\n"
    )
    a = _one_raw("korea_net.md", clip)
    assert a["author"] == "孙美琪" and a["body"].strip() == _STORY


def test_a_clip_with_icon_links_its_writers_page_and_the_outlets_name_over_the_story():
    """Obsidian's clip of 中時新聞網: the share icons as empty links (- [](…sharer…)), the writer's
    name linked to their page ([吳美依](…/reporter/1843)) and the outlet's name alone over the
    story. The writer is the author, the outlet its outlet; none of them is text."""
    clip = (
        "---\ntitle: 尹錫悅深夜宣布戒嚴 國會190票解除\nsource: https://www.chinatimes.com/realtimenews/20241204000843-260408\n"
        'author:\n  - "[[中時新聞網]]"\npublished: 2024-12-04\n---\n'
        "08:53 2024/12/04\n\n"
        "- [](https://www.facebook.com/sharer/sharer.php?u=https://www.chinatimes.com/realtimenews/20241204000843-260408)\n"
        "- [](https://www.chinatimes.com/realtimenews/20241204000843-260408#comment)\n\n"
        "[吳美依](https://www.chinatimes.com/reporter/1843?chdtv)\n\n中時新聞網\n\n"
        + "\n\n".join(_TW_STORY)
        + "\n"
    )
    a = _one_raw("chinatimes.md", clip)
    assert a["author"] == "吳美依" and a["outlet"].startswith("中時新聞網")
    assert a["body"].strip() == "\n\n".join(_TW_STORY)


@pytest.mark.parametrize("line", ["透過 Google News追蹤中央社", "通过Facebook关注我们"])
def test_a_follow_prompt_through_a_platform_is_furniture(line):
    """中央社's badge under the story (透過 Google News追蹤中央社): a prompt to follow, no text."""
    assert is_boilerplate(line)


def test_an_old_page_whose_section_banner_is_a_word_of_its_menu():
    """An old table-layout page titled only by the site's name: the section's banner classed a
    title (<td class=newstitle>焦點新聞) is a word of the menu's links, not the headline; the
    headline is the bold big font under it."""
    page = (
        "<html><head><title>自由時報電子報</title></head><body><table><tr>"
        '<td><a href="today-fo.htm">焦點新聞</a></td><td><a href="today-p.htm">政治新聞</a></td>'
        "</tr></table><table><tr><td class=newstitle>焦點新聞</td></tr></table><table><tr>"
        "<td id=newtitle><b><font size=4>北韓砲擊延坪島 國軍加強戒備</font></b></td></tr><tr><td>"
        + "".join(f"<p>{p}</p>" for p in _TW_STORY)
        + "</td></tr></table></body></html>"
    )
    a = _one_raw("ltn.htm", page, "big5")
    assert a["title"] == "北韓砲擊延坪島 國軍加強戒備"


def test_a_japanese_sites_navigation_bars_are_no_text():
    """A Japanese site's navigation bars (<div id="gnavi">, <td id="lnavi">) beside the story in
    one layout table are furniture, not the story's first lines."""
    page = (
        '<html><head><title>日本国驻华大使馆</title></head><body><div id="gnavi"><ul>'
        '<li><a href="/index.html">首页</a></li><li><a href="/visa.html">签证</a></li></ul></div>'
        '<table><tr><td id="lnavi"><div>新闻发布</div><ul><li><a href="/news_gaimu.html">外务省新闻发布</a>'
        '</li><li><a href="/news_danhua.html">外务大臣谈话</a></li></ul></td><td id="main">'
        "<p>令和4年10月4日</p><h1>外务大臣关于朝鲜发射弹道导弹的谈话</h1><div>"
        + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
        + "</div></td></tr></table></body></html>"
    )
    a = _one_raw("emb.htm", page)
    assert a["title"] == "外务大臣关于朝鲜发射弹道导弹的谈话" and a["body"].strip() == _STORY


def test_an_images_caption_beside_it_closed_by_its_source():
    """archive.today's snapshot sets every style inline, no classes: an image and, in the same
    block, a sentence closed by its source (<div><img><p style>…画面。（韩联社）</p></div>) is the
    image's caption, not the story's first paragraph."""
    page = (
        "<html><head><title>朝鲜发射两枚短程弹道导弹</title></head><body>"
        '<h1 style="font-size:30px">朝鲜发射两枚短程弹道导弹</h1><p style="color:#777">2023-06-15 21:47</p>'
        '<div style="margin-bottom:24px"><img src="https://archive.ph/Xk3pQ/9b1c.jpg" style="width:680px">'
        '<p style="font-size:13px">图为首尔站候车室的电视播放相关新闻画面。（韩联社）</p></div><div>'
        + "".join(f'<p style="margin:0">{p}</p>' for p in _STORY.split("\n\n"))
        + "</div></body></html>"
    )
    a = _one_raw("archive.htm", page)
    assert a["images"][0]["caption"] == "图为首尔站候车室的电视播放相关新闻画面。"
    assert a["images"][0]["credit"] == "韩联社"
    assert _plain_body(a) == _STORY


def test_a_database_print_rows_paper_before_its_day_names_the_outlet():
    """WiseSearch's print view: each story's info row leads with the paper, then the day (新京报
    | 2024-06-20 | 报章 | A10 | 国际 | 字数：1,024): the paper is the outlet."""

    def story(n: int, paper: str) -> str:
        return (
            f'<div class="article-detail" id="doc{n}"><h2 class="article-title">普京访问朝鲜 第{n}篇</h2>'
            f'<div class="article-info"><span>{paper}</span> | <span>2024-06-20</span> | '
            "<span>报章</span> | <span>A10</span> | <span>国际</span></div>"
            '<div class="article-content">'
            + "".join(f"<p>{p}</p>" for p in [*_STORY.split("\n\n"), *_TW_STORY, *_TWO_PARAGRAPHS])
            + "</div></div>"
        )

    page = "<html><body>" + story(1, "新京报") + story(2, "光明日报") + "</body></html>"
    first, second = convert("print.html", page.encode())["articles"]
    assert first["outlet"].startswith("新京报") and second["outlet"].startswith("光明日报")
    assert first["published"] == "2024-06-20"


def test_a_compilation_with_the_compilers_own_section_and_the_stories_headlines():
    """A research compilation (资料汇编): its contents list the sections, each story under its
    section's heading prints its own headline (with the compiler's note mark: …试射[1]) over its
    date and source line; the compiler's own section (三、研究室简评) carries no source and is
    no story."""
    raw = (
        "朝鲜半岛形势资料汇编\n2018年第4期\n\n目　录\n一、朝鲜宣布停止核试验\t1\n二、韩朝领导人举行会晤\t2\n"
        "三、研究室简评\t4\n\n一、朝鲜宣布停止核试验\n\n朝鲜宣布停止核试验和洲际弹道导弹试射[1]\n"
        "2018-04-21 09:51:27　来源：新华网\n\n" + _STORY + "\n\n二、韩朝领导人举行会晤\n\n"
        "韩朝领导人在板门店举行会晤　共同发表宣言\n2018年04月27日21:03　　来源：人民网\n\n"
        + "\n\n".join(_TWO_PARAGRAPHS)
        + "\n\n三、研究室简评\n\n两篇报道合读可见，朝方全会决定在时间上为首脑会晤作了铺垫。建议下期重点跟踪。\n\n"
        "[1] http://www.xinhuanet.com/2018-04/21/c_1122719210.htm\n"
    )
    first, second = convert("digest.txt", raw.encode("gb18030"))["articles"]
    assert first["title"] == "朝鲜宣布停止核试验和洲际弹道导弹试射"
    assert first["body"].strip() == _STORY
    assert second["title"].startswith("韩朝领导人在板门店举行会晤")
    assert second["published"] == "2018-04-27"


def test_a_paywall_stating_the_length_behind_it_ends_the_story():
    """日经中文网's paywall under the free part: 剩余约1400字。登录后即可阅读全文。… ends the story."""
    assert ends_story(
        "剩余约1400字。登录后即可阅读全文。还不是会员？免费注册即可每月阅读指定数量的会员专享文章。"
    )
    assert not ends_story("剩余约1400名士兵已撤离，官员表示。")


def test_an_empty_author_label_before_the_share_button_names_no_one():
    """A page's info row with its author label left empty, the share button after it (作者：
    分享到：): no writer."""
    page = (
        "<html><head><title>日媒：韩国宣布废除日韩军事情报协定</title></head><body>"
        "<h1>日媒：韩国宣布废除日韩军事情报协定</h1><div><span>2019-08-23 10:47:35</span> "
        "<span>来源：参考消息网</span> <span>作者：</span> <span>分享到：<a title='分享到微信'></a></span></div>"
        "<div>" + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n")) + "</div></body></html>"
    )
    a = _one_raw("ckxx.html", page)
    assert a["author"] is None and a["outlet"].startswith("参考消息")


def test_a_digests_issue_day_under_a_masthead_of_several_lines_dates_its_stories():
    """A digest's masthead of several lines, its issue's day the last of them: a story's
    yearless dateline (【朝中社平壤5月28日电】) is in the issue's year."""
    text = (
        "半岛周报\n第12期\n东北亚研究室 编\n2024年5月28日\n\n本期导读\n"
        "1. 朝鲜发射军事侦察卫星失败\n2. 日本政府一度对冲绳县发布警报\n3. 韩国军方加强戒备\n\n"
        f"■ 朝鲜发射军事侦察卫星失败\n\n【朝中社平壤5月28日电】{_STORY}\n\n"
        f"■ 日本政府一度对冲绳县发布警报\n来源：共同社\n\n{_STORY}\n\n"
        f"■ 韩国军方加强戒备\n来源：韩联社\n\n{_STORY}\n"
    )
    a, b, c = convert("zhoubao.txt", text.encode())["articles"]
    assert a["title"] == "朝鲜发射军事侦察卫星失败" and a["published"] == "2024-05-28"
