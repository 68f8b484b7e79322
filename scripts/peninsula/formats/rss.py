"""RSS-to-Markdown archive entries: `<!--epoch ms-->`, `[title](url)`, a `------` rule, then the
body: the feed's HTML, or Markdown when the archiver converted it. A file may hold many."""

from __future__ import annotations

import re
from itertools import takewhile

from ..clean import (
    COMMENTS_LABEL,
    LATEST_LABEL,
    NEXT_LABEL,
    POPULAR_LABEL,
    RELATED_LABEL,
    TAG_LABELS,
    byline_only,
    cut_at_story_end,
    is_boilerplate,
    split_credit,
    tidy,
)
from ..fields import (
    ROLE_LABEL,
    author_from_header,
    bare_credit,
    bare_name,
    credited_writers,
    known_outlet,
    latin_names,
    outlet_and_writers,
    sourced_caption,
)
from ..textnorm import plain_text
from . import (
    _TAG,
    CAPTION_START,
    FOLLOW_BUTTON,
    HASHTAG_LINE,
    MD_PICTURE,
    TAG_HREF,
    WRITER_HREF,
    Doc,
    dateline_text,
    html,
    is_date_only,
)

# An entry's header: <!--epoch ms-->, [title](url), a ------ rule.
_HEADER = (
    r"<!--\s*(?P<epoch>\d{10,13})\s*-->\s*\n\s*\[(?P<title>[^\]\n]*)\]\((?P<url>[^)\s]*)\)"
    r"\s*\n\s*-{3,}"
)
_HEAD = re.compile(rf"\A\s*{_HEADER}\s*\n?")
_LATER_HEAD = re.compile(rf"(?<=\n)[ \t]*{_HEADER}")


def entries(text: str) -> list[str]:
    """An archive file holds one entry or many, each opening with its own header; a later one
    starts a line, and the newline before it ends the entry before."""
    starts = [0, *(m.start() for m in _LATER_HEAD.finditer(text))]
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    return [e for e in (text[a:b] for a, b in zip(starts, ends, strict=True)) if e.strip()]


def parse(text: str) -> Doc:
    m = _HEAD.match(text)
    if not m:
        raise ValueError("not an RSS archive entry: missing <!--epoch-->, [title](url), ------")
    title, url = m.group("title").strip(), m.group("url").strip()
    epoch = int(m.group("epoch"))
    if epoch < 10**12:  # seconds, not milliseconds
        epoch *= 1000
    body = text[m.end() :]
    if _TAG.search(body):
        doc = html.parse(body, base_url=url, title=title or None)
    else:
        doc = markdown(body, title or None)
    doc.url = url or doc.url
    doc.epoch_ms = epoch
    return doc


# (its alt text may hold brackets: ![…记者会。[韩联社]](…))
_IMAGE = re.compile(r"^!\[(?P<alt>(?:[^\[\]]|\[[^\[\]\n]*\])*)\]\((?P<url>[^)\s]+)\)$")
# A picture linked to its larger copy, alone on its line ([![alt](src)](src or ….jpg)): a picture
_LINKED_PICTURE = re.compile(
    r"^\[!\[(?P<alt>[^\]\n]*)\]\((?P<src>[^)\s]+)\)\]"
    r"\((?:(?P=src)|[^)\s]+\.(?:jpe?g|png|gif|webp)(?:\?[^)\s]*)?)\)$",
    re.MULTILINE | re.IGNORECASE,
)


_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
# A row of links with no text (share and follow icons: [](https://www.facebook.com/…)): it
# shows nothing once the icons are gone.
_ICON_LINKS = re.compile(
    r"(?:\[\]\([^)\s]*\)\s*)+"
    # or of linked icons that lead nowhere: [![](icon_fb.png)](javascript:void(0))
    r"|(?:\[!\[[^\]]*\]\([^)\s]*\)\]\((?:javascript:[^\s]*?|#[^)\s]*)\)\s*)+"
)
_EMPTY_LINK = re.compile(r"\[\]\([^)\s]*\)")  # a link with no words: an icon's
_ROW_LINK = re.compile(r"\[(?P<text>[^\]\n]{1,20})\]\((?P<url>[^)\s]+)\)\s*")
_COUNT = re.compile(r"\d{1,5}")  # a button's count (likes, comments) left on its line
_SECTION_CRUMB = re.compile(r"\[(?P<text>[^\]\n]{1,12})\]\([^)\s]+\)\s*[>›»]")
# A section's link alone: [國際](https://www.storm.mg/category/117)
_SECTION_LINK = re.compile(
    r"\[(?P<text>[^\]\n]{1,8})\]\([^)\s]*/(?:category|categories|section|channel|column)s?/[^)\s]*\)"
)
# A name's link: [黄韵仪](https://www.zaobao.com.sg/byline/huang-yun-yi), a writer's when its
# address is a writer's page (WRITER_HREF)
_LINK_OF_NAME = re.compile(r"\[(?P<text>[^\]\n]{2,12})\]\((?P<url>[^)\s]*)\)")
# A picture linked: [![](…/byline/chen-shumin.png)](…/byline/chen-shumin), a writer's when its
# address is a writer's page
_PICTURE_LINK = re.compile(r"\[!\[[^\]\n]{0,40}\]\([^)\s]*\)\]\((?P<url>[^)\s]*)\)")
_LINK_ROW = re.compile(rf"(?:{_ROW_LINK.pattern}){{2,}}")
_BY_LABEL = re.compile(r"^\s*(?:(?:由|作者|文)\s*[:：]|by[:\s])\s*", re.IGNORECASE)
_BETWEEN_NAMES = re.compile(r"\s*(?:[/／、,，&]|和|及|and)?\s*")


def writer_links(line: str) -> list[str]:
    """The names of a line of writers' links alone, one or more ([A](…/author/a) / [B](…))."""
    line = _BY_LABEL.sub("", line, count=1)  # (由: [艾米](…), RFI's)
    links = [m for m in _LINK_OF_NAME.finditer(line) if WRITER_HREF.search(m["url"])]
    rest = _LINK_OF_NAME.sub(lambda m: "" if WRITER_HREF.search(m["url"]) else m[0], line)
    return [m["text"] for m in links] if links and _BETWEEN_NAMES.fullmatch(rest) else []


_TAG_LABEL = re.compile(rf"(?:{TAG_LABELS})\s*[:：﹕]\s*", re.IGNORECASE)
_TAG_LABEL_ALONE = re.compile(rf"(?:{TAG_LABELS})\s*[:：﹕]?", re.IGNORECASE)


def _tags_heading(block: str) -> bool:
    """Whether a block is a heading naming the tags under it (## 與本文相關的題材)."""
    heading = _HEADING.match(block.strip())
    return bool(heading and _TAG_LABEL_ALONE.fullmatch(heading["text"].strip()))


def _told(block: str) -> bool:
    """Whether a block is a paragraph of the story (long, and its sentences end)."""
    text = plain_text(block).strip()
    return len(text) > 60 and text[-1:] in "。！？」”.!?"


def _tag_row(line: str, *, labelled_over: bool = False) -> list[str] | None:
    """The words of a line made only of two or more links to tag pages (…/keywords/chao-xian)
    or of hashtags, as a page's tag box is written in Markdown, maybe after its label
    (相關字詞﹕[尹錫悅](…) [南韓](…)) or under it as a heading (## 與本文相關的題材); None for
    any other line."""
    line = line.strip()
    label = _TAG_LABEL.match(line)
    line = line[label.end() :] if label else line
    labelled = bool(label) or labelled_over
    if not (_LINK_ROW.fullmatch(line) or (labelled and _ROW_LINK.fullmatch(line))):
        return None
    links = list(_ROW_LINK.finditer(line))
    hashtags = all(m["text"].startswith("#") for m in links)  # [#朝鲜](…/searchResult?id=…)
    if not (labelled or hashtags) and not all(TAG_HREF.search(m["url"]) for m in links):
        return None
    return [m["text"].strip().lstrip("#") for m in links]


def _credited_caption(line: str) -> bool:
    """A short line closed by a picture's credit (（图：路透社）, （圖／美聯社）, 。 图片来源：…)."""
    line = line.strip(" *_")
    return (
        len(line) <= 120
        and not line.startswith(("[", "#", "!"))
        and split_credit(line)[1] is not None
    )


def _short_credited(line: str) -> bool:
    """A line of one short sentence closed by a source in brackets, as a caption under its
    picture is (…发表光复节讲话（韩联社/共同）): no paragraph of a story is so short."""
    return (
        len(line) <= 80
        and line.count("。") <= 1
        and not line.startswith(("[", "#", "!", "【", "（", "("))
        and split_credit(line, caption=True)[1] is not None
    )


def _tag_list(lines: list[str]) -> list[str] | None:
    """The words of a list whose items are each one link to a tag page (* [北韓](…/tagging/…))."""
    items = [_LINK_ITEM.match(ln) for ln in lines]
    if all(i and len(i["title"]) <= 20 and TAG_HREF.search(i["url"]) for i in items):
        return [i["title"].strip().lstrip("#") for i in items]
    return None


_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+)$")
_BOLD_LINE = re.compile(r"\*\*(?P<text>[^*\n]{1,24})\*\*")  # a label in bold: **延伸閱讀**
_COMMENTS = {"留言", "评论", "評論", "讀者迴響", "读者回响", "網友回應", "网友回应"}
_PICTURE_LABEL = re.compile(
    r"(?:图像来源|圖像來源)\s*[，,:：]\s*(?P<credit>\S.{0,60})|(?:图像加注文字|圖像加註文字)\s*[，,:：]?"
)
_PLAIN_LABEL = re.compile(r"(?P<text>[^\s\[\]()#*!][^\n\[\]()]{1,15})")  # 更多風傳媒報導
_RULE = re.compile(r"(?:-{3,}|\*{3,}|_{3,})")
_INLINE_RELATED = re.compile(
    # (maybe quoted, the label in brackets: > **[相关报道]** [标题](…))
    r"(?:>\s*)?\*{0,2}\[?(?P<label>[^*\[\]\n]{2,12}?)\]?\s*[:：]?\s*\*{0,2}\s*[:：]?\s*"
    r"\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\s*\*{0,2}"  # (or all of it bold: **推薦閱讀：[…](…)**)
)
_ITALIC_LINE = re.compile(r"\*[^*\n]+\*|_[^_\n]+_")
_LINK_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\s*$")


# A researcher's note quoted over a copy: > 从新浪新闻App全选复制，未整理格式。 / > 【我的筆記】…
_OWN_NOTE = re.compile(
    r">\s*(?:[【\[](?:我的)?(?:笔记|筆記|备注|備註)[】\]]"
    r"|[^\n]{0,20}(?:复制|複製|剪藏|存档|存檔|转存|轉存|摘录|摘錄)(?:的|自|于|於|，|,|。|$))"
)


_MARK_BYLINE_ITEM = re.compile(
    rf"作者\s*[,，]\s*(?P<name>[^\s,，]{{2,20}})|(?:{ROLE_LABEL})\s*[,，]\s*\S.{{0,30}}"
    r"|(?:报道自|報道自)\s*[,，]?\s*\S{1,10}"
)


def _table_fields(block: str) -> str | None:
    """A Markdown table of labels and values a row (a notice board's record: | 发布日期 | … |
    浏览次数 | … |), one of them a date's, as "label：value" fields; None for any other block."""
    rows = [ln.strip() for ln in block.strip().split("\n")]
    if not rows or not all(ln.startswith("|") and ln.endswith("|") for ln in rows):
        return None
    pairs: list[str] = []
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
            continue  # the header's rule
        if len(cells) % 2 or not all(_TABLE_LABEL.fullmatch(c) for c in cells[::2]):
            return None
        pairs += [
            f"{label}：{plain_text(value).strip()}"
            for label, value in zip(cells[::2], cells[1::2], strict=True)
        ]
    return " ".join(pairs) if any(_TABLE_DATE_LABEL.search(p) for p in pairs) else None


_TABLE_LABEL = re.compile(
    r"(?:發布|发布|發佈|更新|公告)?(?:日期|時間|时间)|(?:來源|来源)|(?:發布|发布)?(?:單位|单位)|部门|部門"
    r"|作者|記者|记者|(?:責任|责任)?(?:編輯|编辑)|(?:瀏覽|浏览|點閱|点阅|閱讀|阅读)(?:次數|次数)?"
    r"|附件|編號|编号|類別|类别|分類|分类"
)
_TABLE_DATE_LABEL = re.compile(r"^(?:發布|发布|發佈|公告)?(?:日期|時間|时间)：")


_NAME_LINK = re.compile(r"\[(?P<name>[^\]\[!\n]{1,20})\]\([^)\s]+\)")
_WRITER_FOLLOW = re.compile(r"[+＋]?\s*已?(?:关注|關注)\s*(?:他|她|TA|作者)?")
_PROFILE_LINK = re.compile(r"\]\(https?://[^)\s]*/(?:people|user|users|author|u)/[^)\s]+\)")


def _writer_card(blocks: list[str]) -> bool:
    """Blocks that are a writer's card: a few short lines, one linking to the writer's profile."""
    return (
        0 < len(blocks) <= 4
        and any(_PROFILE_LINK.search(b) for b in blocks)
        and all(
            len(plain_text(MD_PICTURE.sub("", b))) <= 40 and not b.startswith("#") for b in blocks
        )
    )


def markdown(body: str, title: str | None) -> Doc:
    """A body the archiver already wrote as Markdown: kept as it is, paragraph by paragraph,
    without boilerplate lines (a share button as a list item: - 分享); image lines also go to
    the images table. A related list under its heading (## 延伸閱讀) goes to the links table;
    a most-read list under its heading (## 人氣排行) ends the story."""
    doc = Doc(title=title, title_source="headline" if title else None)
    blocks = []
    tags_ended = labelled = False
    body = _LINKED_PICTURE.sub(r"![\g<alt>](\g<src>)", body)
    for block in re.split(r"\n\s*\n", body.replace("\r\n", "\n")):
        if tags_ended and _RULE.fullmatch(block.strip()):
            break  # a rule under the story's tags: the page's cards and lists follow
        tags_ended = False
        if not blocks and _OWN_NOTE.match(block.strip()):
            continue  # the researcher's note over the copy (> 从网页直接复制的，去掉了大部分图片。)
        if _WRITER_FOLLOW.fullmatch(block.strip()) and _writer_card(blocks):
            # the writer's card over the text (知乎: the avatar and the name linked to the
            # profile, a line about them, 关注他): none of it is the story's
            doc.images = [i for i in doc.images if all(i["url"] not in b for b in blocks)]
            if named := next((m for b in blocks if (m := _NAME_LINK.fullmatch(b.strip()))), None):
                doc.meta.setdefault("author", named["name"])  # (the name linked alone)
            blocks.clear()
            continue
        # BBC's picture labels: 图像来源，KCNA via REUTERS / 图像加注文字， / the caption
        if doc.images and (label := _PICTURE_LABEL.fullmatch(block.strip())):
            if label["credit"]:
                doc.images[-1]["credit"] = label["credit"].strip()
            labelled = label["credit"] is None
            continue
        caption = labelled and "\n" not in block.strip() and len(block.strip()) <= 60
        if caption and blocks and _IMAGE.match(blocks[-1].strip()):  # (else the story's lead)
            doc.images[-1]["caption"] = block.strip()
            url = _IMAGE.match(blocks[-1].strip())["url"]
            blocks[-1] = f"![{block.strip()}]({url})"
            labelled = False
            continue
        labelled = False
        if writers := credited_writers(plain_text(block).strip().split("\n")):
            doc.bylines.append("作者：" + "、".join(writers))  # 文字 [許雅晴](…) / 攝影 …
            continue
        if fields := _table_fields(block):
            doc.bylines.append(fields)  # | 发布日期 | 2024-06-02 17:30 | 浏览次数 | 2,318 |
            continue
        if crumb := _SECTION_CRUMB.fullmatch(block.strip()):
            doc.category = doc.category or crumb["text"]  # [外交学人](…/list_25429) >
            continue
        items = [_LIST_MARK.sub("", ln).strip() for ln in block.strip().split("\n")]
        if all(_MARK_BYLINE_ITEM.fullmatch(i) for i in items) and len(items) >= 2:
            # BBC's byline as a list: - 作者, 高明轩 / - 职位, BBC中文 / - 报道自 首尔
            names = [m["name"] for i in items if (m := _MARK_BYLINE_ITEM.fullmatch(i))["name"]]
            if names:
                doc.bylines.append("作者：" + "、".join(names))
            continue
        lines = [
            ln.rstrip()
            for ln in block.strip().split("\n")
            if not is_boilerplate(ln)
            and not (_LIST_MARK.match(ln) and is_boilerplate(_LIST_MARK.sub("", ln)))
            and not _ICON_LINKS.fullmatch(ln.strip())
            and not _EMPTY_LINK.fullmatch(_LIST_MARK.sub("", ln).strip())  # [](…sharer…): icons
            and not _COUNT.fullmatch(ln.strip())
            and not FOLLOW_BUTTON.fullmatch(ln.strip().lstrip("\\"))  # (escaped: \\+ 关注)
        ]
        if len(lines) > 1 and blocks and (tags := _tag_list(lines)):  # * [北韓](…/tagging/…)
            doc.tags += [t for t in tags if t not in doc.tags]
            tags_ended = True
            continue
        hashtags = lines[0].replace("\\#", "#").strip() if len(lines) == 1 and blocks else ""
        if hashtags.startswith("#") and HASHTAG_LINE.fullmatch(hashtags):  # \#川普 \#金正恩
            doc.tags += [t for t in hashtags.replace("#", " ").split() if t not in doc.tags]
            continue
        if len(lines) == 1 and blocks and is_boilerplate(lines[0].strip("* ")):
            continue  # furniture in bold: **責任編輯／陳耀宗** under the story
        one = _ROW_LINK.fullmatch(lines[0].strip()) if len(lines) == 1 and blocks else None
        if one and TAG_HREF.search(one["url"]) and len(one["text"]) <= 12:
            doc.tags += [one["text"]] if one["text"] not in doc.tags else []
            tags_ended = True  # a topic's link alone on its line (知乎: [朝鲜半岛](…/topic/…))
            continue
        over = bool(blocks) and _tags_heading(blocks[-1])
        if len(lines) == 1 and (tags := _tag_row(lines[0], labelled_over=over)):
            doc.tags += [t for t in tags if t not in doc.tags]  # [朝鲜](…/keywords/…)[韩国](…)
            tags_ended = bool(blocks)
            if over:
                blocks.pop()  # (its heading: ## 與本文相關的題材)
            continue
        if (
            len(lines) == 1
            and len(lines[0].strip()) <= 30
            and byline_only(lines[0].strip())
            and author_from_header(lines[0].strip())
            and not any(_told(b) for b in blocks)
        ):
            # the byline under the lead picture, before the story (國際中心／蔡佳琪報導)
            doc.bylines.append(lines[0].strip())
            continue
        writer = _ROW_LINK.fullmatch(lines[0].strip()) if len(lines) == 1 else None
        if (
            writer
            and WRITER_HREF.search(writer["url"])
            and bare_name(writer["text"])
            and not any(_told(b) for b in blocks)
        ):
            # the writer's name linked to their page over the story: [吳美依](…/reporter/1843)
            doc.bylines.append(f"作者：{writer['text']}")
            continue
        if len(lines) == 1 and known_outlet(lines[0].strip()) and not any(_told(b) for b in blocks):
            doc.bylines.append(f"来源：{lines[0].strip()}")  # the outlet's name alone over it
            continue
        inline = _INLINE_RELATED.fullmatch(lines[0].strip()) if len(lines) == 1 else None
        if inline and (m := RELATED_LABEL.match(inline["label"])) and not m["rest"]:
            # a related story's link set between paragraphs: **相关文章：** [标题](…)
            doc.links.append({"title": inline["title"], "url": inline["url"], "kind": "related"})
            continue
        for ln in lines:
            if m := _IMAGE.match(ln.strip()):
                caption, credit = split_credit(m["alt"], caption=True)
                doc.images.append({"url": m["url"], "caption": caption or None, "credit": credit})
        # a caption over its picture, pointing down to it (ETtoday: ▼…儀式。（圖／美聯社）)
        pointed = blocks[-1].strip() if blocks and len(lines) == 1 else ""
        if (
            pointed.startswith("▼")
            and (image := _IMAGE.fullmatch(lines[0].strip()))
            and sourced_caption(pointed.lstrip("▼ "))
        ):
            caption, credit = split_credit(pointed.lstrip("▼ "), caption=True)
            doc.images[-1].update(caption=caption, credit=credit)
            blocks[-1] = f"![{pointed.lstrip('▼ ')}]({image['url']})"
            continue
        # the picture's alt text printed again under it is its caption, kept with the image
        above = _IMAGE.match(blocks[-1].strip()) if blocks and len(lines) == 1 else None
        # (Markdown escapes the caption's brackets, not the alt text's: …会。\[韩联社\])
        if above and above["alt"].strip() and _unescaped(lines[0]) == _unescaped(above["alt"]):
            continue
        if above and (credit := bare_credit(lines[0])):
            doc.images[-1].update(credit=credit)  # its credit alone under it (照片 : 韩联社, KBS)
            continue
        if above and (shot := _PHOTOGRAPHER_MAIL.search(lines[0])):
            # a Korean paper's caption, its photographer and his mail after it (…欢呼雀跃。
            # 金明镇 记者 [littleprince@hani.co.kr](mailto:…))
            caption = lines[0][: shot.start() + 1].strip(" *_")
            doc.images[-1].update(caption=caption, credit=shot["name"])
            blocks[-1] = f"![{caption}]({above['url']})"
            continue
        if above and (
            _credited_caption(lines[0])
            or sourced_caption(lines[0].strip(" *_"))
            or _short_credited(lines[0].strip(" *_"))
        ):
            # a picture's caption under it, closed by its credit: …官邸。（图：路透社）
            caption, credit = split_credit(lines[0].strip(" *_"), caption=True)
            doc.images[-1].update(caption=caption, credit=credit)
            blocks[-1] = f"![{lines[0].strip(' *_')}]({above['url']})"
            continue
        if lines and CAPTION_START.match(lines[0]) and len(lines[0]) <= 150:
            caption, credit = split_credit(lines[0], caption=True)
            if credit:  # the caption of a picture the copy did not keep (资料照片：…（美联社）)
                doc.images.append({"url": None, "caption": caption, "credit": credit})
                lines = lines[1:]
        if lines:
            blocks.append("\n".join(lines))
    if title and blocks and blocks[0].lstrip("# ").strip() == title:
        blocks = blocks[1:]
    k = 0  # (the lead picture may come first: the lines under it are read all the same)
    while k < len(blocks) - 1:
        # under the headline, a section's link, the writer's name and the date, a line each
        first = blocks[k].strip()
        picture, _, caption = first.partition("\n")
        if _IMAGE.match(picture) and (
            not caption.strip() or _ITALIC_LINE.fullmatch(caption.strip())
        ):
            k += 1  # the lead picture, its caption in italics under it
            continue
        items = [_LIST_MARK.sub("", ln).strip() for ln in first.split("\n")]
        if (
            "\n" in first
            and _INFO_LIST.fullmatch(first)
            and any(map(is_date_only, items))
            and not any(map(_BYLINE_FIELD.match, items))  # (a byline's list: read below)
        ):
            # the outlet, the date and the comment count as a list under the headline (中央日报:
            # - 中央日报 / - 发布 2018.04.28 10:31 / - 评论 0): read an item at a time
            blocks[k : k + 1] = [i for i in items if not _COMMENT_COUNT.fullmatch(i)]
            continue
        if "\n" in first:
            break
        if (
            first in ("作者,", "作者，", "作者")
            and k + 2 < len(blocks)
            and bare_name(blocks[k + 1])
        ):
            doc.bylines.append(f"作者：{blocks[k + 1].strip()}")  # BBC's: 作者, / 邱承熙
            del blocks[k : k + 2]
            continue
        if section := _SECTION_LINK.fullmatch(first):
            doc.category = doc.category or section["text"]
        elif writers := writer_links(first):  # [黄韵仪](…/byline/huang-yun-yi) / […](…)
            if all(map(known_outlet, writers)):  # (an outlet's account: [环球网](…/author/5107513))
                doc.site_name = doc.site_name or writers[0]
            else:
                doc.bylines.append(f"作者：{'、'.join(writers)}")
        elif (
            is_date_only(item := _LIST_MARK.sub("", first)) or bare_name(item) or byline_only(item)
        ):
            # (發布時間：2025/11/01 18:45, 撰文：李卓穎; or a list's one item: -   任晓辰)
            doc.bylines.append(item)
            if bare_name(item) and not doc.meta.get("author"):
                doc.meta["author"] = item.strip()  # the writer's name alone (VOA: 韩宁)
        elif (
            (names := latin_names(first))
            and k + 1 < len(blocks)
            and is_date_only(blocks[k + 1].split("\n")[0])
        ):
            doc.bylines.append(f"作者：{names}")  # its writers over the date (Youkyung Lee, …)
        elif known_outlet(first):
            doc.site_name = doc.site_name or first  # the site's name among them (中時新聞網)
        elif _WRITER_ROLE.fullmatch(first):
            pass  # the writer's role under the name (Role, BBC中文; 職位, BBC中文記者)
        elif _WRITER_FOLLOW.fullmatch(first):
            pass  # the account's follow button under its name and date (百家号: 关注)
        elif (picture := _PICTURE_LINK.fullmatch(first)) and WRITER_HREF.search(picture["url"]):
            pass  # their picture over it
        else:
            break
        del blocks[k]
    # - 作者, 李成敏 / - 职务, … / - 2024年1月17日 (maybe under the lead picture)
    pictures = sum(1 for _ in takewhile(lambda b: _IMAGE.match(b.strip()), blocks[:2]))
    if len(blocks) > pictures and _byline_list(blocks[pictures]):
        items = [_LIST_MARK.sub("", ln) for ln in blocks[pictures].split("\n")]
        # (the outlet before each writer: - 美国之音 叶泽文 / - 美国之音 唐家宁)
        if signed := [s for i in items if (s := outlet_and_writers(i))]:
            items = [i for i in items if not outlet_and_writers(i)]
            items += [f"来源：{signed[0][0]}", "作者：" + "、".join(s[1] for s in signed)]
        # (or each writer's link to their page: - [叶凡](…/author/…) / - [李彦](…/author/…))
        if linked := [name for i in items for name in writer_links(i)]:
            items = [i for i in items if not writer_links(i)] + ["作者：" + "、".join(linked)]
        doc.bylines += items  # (after the date line over the list, if any)
        del blocks[pictures]
    blocks = _without_lists(blocks, doc)
    while blocks and (
        _HEADING.match(blocks[-1])
        or (
            (banner := _IMAGE.match(blocks[-1].strip()) or _LINKED_BANNER.match(blocks[-1].strip()))
            and _BANNER_FILE.search(banner["url"])
        )
    ):
        # a heading left with nothing under it (## 相关话题 over tags), or the site's banner
        # under the story (![南都N视频](…/nvideo_banner.png))
        blocks.pop()
    if len(blocks) > 1 and (topics := _topic_links(blocks[-1])):
        doc.tags += [t for t in topics if t not in doc.tags]  # - [俄罗斯](…/z/5306) / - [朝鲜](…)
        blocks.pop()
    # a clipping's body may go on with the researcher's notes (## 我的笔记) or a paywall
    doc.body = cut_at_story_end(tidy("\n\n".join(blocks))) if blocks else ""
    plain = [plain_text(b).strip() for b in blocks]
    doc.header = dateline_text([*doc.bylines, *(p for p in plain if p)])
    return doc


_COMMENT_COUNT = re.compile(r"(?:评论|評論|댓글|留言|回应|回應)\s*[(（]?\d+[)）]?")
_INFO_LIST = re.compile(r"[-*][ \t]+[^\n]{1,30}(?:\n[-*][ \t]+[^\n]{1,30}){1,4}")
_WRITER_ROLE = re.compile(rf"(?:Role|{ROLE_LABEL})\s*[,，]\s*\S.{{0,30}}")
# A field of a byline printed as a list (BBC: - 作者, 李成敏 / - 职务, BBC中文首尔报道).
_BYLINE_FIELD = re.compile(
    r"(?:作者|記者|记者|職務|职务|報道地點|报道地点|來源|来源|author|role)\s*[,，:：]\s*\S"
    r"|(?:報道自|报道自|報導自|报导自)\s*\S",  # (BBC: 报道自 首尔)
    re.I,
)


def _byline_list(block: str) -> bool:
    """A list whose items are all byline fields or a date: the story's byline, not its text."""
    items = [_LIST_MARK.sub("", ln) for ln in block.split("\n") if _LIST_MARK.match(ln)]
    return len(items) == len(block.split("\n")) >= 2 and all(
        _BYLINE_FIELD.match(i)
        or is_date_only(i)
        or byline_only(i)
        or _COMMENTS_COUNT.fullmatch(i)
        or outlet_and_writers(i)
        or writer_links(i)
        for i in items
    )  # (- 2026-02-19 17:05 / - 記者 林嘉慧、張志遠 / 綜合報導; 中央日报's - 입력 … / - 댓글 0)


_LINKED_BANNER = re.compile(r"^\[!\[[^\]\n]*\]\((?P<url>[^)\s]+)\)\]\([^)\s]+\)$")
_BANNER_FILE = re.compile(
    r"(?:banner|promo|qrcode|qr_code|erweima)[^/]*\.(?:png|jpe?g|gif|webp)", re.I
)
# A caption's photographer and his mail closing it (…欢呼雀跃。金明镇 记者 littleprince@hani.co.kr).
_PHOTOGRAPHER_MAIL = re.compile(
    r"[。.]\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*(?:记者|記者)\s*"
    r"(?:\[[^\]\n]+\]\(mailto:[^)\s]+\)|[\w.+-]+@[\w.-]+)\s*$"
)


def _topic_links(block: str) -> list[str]:
    """The words of a list of two to twelve short links closing the story, a word each (its
    topics' pages: - [俄罗斯](…/z/5306)); [] for any other block."""
    items = [_LINK_ITEM.match(ln) for ln in block.strip().split("\n")]
    if not 2 <= len(items) <= 12 or not all(items):
        return []
    words = [i["title"].strip() for i in items]
    return words if all(len(w) <= 8 and re.fullmatch(r"[\w·・ -]+", w) for w in words) else []


def _unescaped(text: str) -> str:
    """The text without Markdown's escapes and emphasis marks, to compare a caption with alt text."""
    return re.sub(r"\\([\[\]()*_])", r"\1", text).strip(" *_")


_COMMENTS_COUNT = re.compile(r"(?:댓글|评论|評論|留言)\s*\d{1,6}")


# An item of a list of headlines: a line, no sentence (- 石破茂：愿与韩国新政府构建面向未来的关系).
_HEADLINE_ITEM = re.compile(r"[-*+]\s+[^\n。！？!?]{6,60}")
_LABEL_MARKS = "*：: 【】"  # around a list's label: **【相關新聞】**, **延伸閱讀：**


def _without_lists(blocks: list[str], doc: Doc) -> list[str]:
    """The blocks up to a most-read list's heading, without related lists (their links go
    to doc.links), once some story precedes them."""
    out: list[str] = []
    k = 0
    while k < len(blocks):
        first, _, rest = blocks[k].strip().partition("\n")
        # a bold label with its list right under it, in one block: **延伸閱讀：**\n- [..](..)
        items = [_LINK_ITEM.match(ln) for ln in rest.split("\n")] if out and rest else []
        label = RELATED_LABEL.match(first.strip(_LABEL_MARKS)) if items and all(items) else None
        if label and not label["rest"]:
            doc.links += [{"title": i["title"], "url": i["url"], "kind": "related"} for i in items]
            k += 1
            continue
        block = blocks[k].strip()
        heading = (
            (_HEADING.match(block) or _BOLD_LINE.fullmatch(block) or _PLAIN_LABEL.fullmatch(block))
            if out
            else None
        )
        label = heading["text"].strip(_LABEL_MARKS) if heading else ""
        if heading and (
            POPULAR_LABEL.match(label)
            or COMMENTS_LABEL.match(label)
            or label in _COMMENTS
            or NEXT_LABEL.fullmatch(label)
        ):
            break  # the most-read list, the comments (### 留言), the next story (### 下一篇)
        if (
            heading
            and LATEST_LABEL.match(label)
            and k + 1 < len(blocks)
            and all(_LINK_ITEM.match(ln) for ln in blocks[k + 1].split("\n"))
        ):
            break  # the site's latest news over its links (### 最新新闻)
        related = heading and (m := RELATED_LABEL.match(label)) and not m["rest"]
        if related and k + 1 < len(blocks):  # the list of links under the label
            items = [_LINK_ITEM.match(ln) for ln in blocks[k + 1].split("\n")]
            if all(items):
                doc.links += [
                    {"title": i["title"], "url": i["url"], "kind": "related"} for i in items
                ]
                k += 2
                continue
            if all(_HEADLINE_ITEM.fullmatch(ln.strip()) for ln in blocks[k + 1].split("\n")):
                k += 2  # (a list of other headlines, not linked: - 李在明就任后首访选择日本 …)
                continue
        if related and heading.re is not _PLAIN_LABEL:  # over anything else (cards, comments)
            break
        out.append(blocks[k])
        k += 1
    return out
