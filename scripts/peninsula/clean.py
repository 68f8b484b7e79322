"""Boilerplate rules shared by every format: what is not the article, said once.

The rules are kinds of text (cookie banners, reprint notices, feed footers, share prompts,
generated-image labels), not strings from one site, so they carry to other outlets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .textnorm import plain_text

# The labels of a tag line (标签：朝鲜, 导弹 / 相关主题 朝鲜, 韩国): a meta line, and the tags.
TAG_LABELS = (
    "(?:文章|热门|熱門|相关|相關)?(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字)|相关主题|相關主題|(?:相关|相關)?(?:话题|話題)|相关字词|相關字詞"
    "|相关搜索|相關搜尋|Tags?|热词|熱詞|(?:与本文|與本文)?(?:相关|相關)的?(?:题材|題材)"
    "|(?:相关|相關)(?:专题|專題)|(?:点击|點擊)?(?:进入|進入)(?:专题|專題)"  # (a portal's topic page)
)
# Reporters' junior labels before a second name in a byline: 记者 杨程晨 实习记者 张馨予.
INTERN = "(?:实习记者|實習記者|见习记者|見習記者|实习生|實習生|通讯员|通訊員)"
# An e-paper's bar after the paper's name: its day and its page (吉林日报 | 2023年08月15日 | 第03版),
# or its page's head line, spaced, with the weekday (丹东日报　2023年7月28日　星期五　第01版)
EPAPER_BAR = (
    r"(?:\s*[|｜]\s*|\s+)\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期[一二三四五六日天])?"
    r"(?:\s*[|｜]\s*|\s+)第\s*[A-Z]?\d{1,3}\s*版"
)
# A byline's end naming where its reporters reported from: … 李宜臻 徐國衡 台北報導
# (or after a slash: 工商時報 蕭若涵／綜合外電報導)
REPORTED_AT = r"(?:\s|[／/])[\u4e00-\u9fff]{0,6}(?:报道|報導|报导|報道)$"
# Editors' labels (责任编辑：…) and wire copy's end mark (（完）), at a line's or a story's end.
EDITORS = (
    "本版责编|本版責編|责任编辑|責任編輯|图片编辑|圖片編輯|视频编辑|視頻編輯|中文编辑|中文編輯"
    "|新媒体编辑|新媒體編輯|责编|責編|网编|網編|编辑|編輯"
    "|校对|校對|审校|審校|审核|審核|排版|美编|美編|监制|監製|运营编辑|運營編輯|运营|運營|统筹|統籌"
    "|版面编辑|版面編輯|版面设计|版面設計|版式设计|版式設計|栏目主编|欄目主編|文字编辑|文字編輯|题图来源|題圖來源"
)
# A media player's buttons ([播放] 收听广播 … 字幕 全螢幕), around its clock.
_PLAYER = (
    r"[\[【]?(播放|暂停|暫停|自动播放|自動播放|连续播放|連續播放|收听广播|收聽廣播|收听|收聽|字幕|全屏|全螢幕|全萤幕|静音|靜音|音量|重播"
    r"|标清|標清|高清|超清|倍速|下载音频|下載音頻|下载|下載|播放速度(?:\s*[\d.]+\s*[xX×])?"
    r"|新聞片段|新闻片段|影片片段)[\]】]?"  # (a video box's label: 新聞片段)
)
_MEMBER_THANKS = (
    r"(本文|此文|本篇)(為|为|是)\S{0,8}(會員|会员)(專享|专享|專屬|专属)(內容|内容)?\s*[，,]\s*"
    r"(感謝|感谢|謝謝|谢谢)(你|您)的(支持|訂閱|订阅)[。！!]?"
)
_REGISTRATION = r"(\S{0,4}ICP[备證证]\S*|\S{0,4}公网安备\S*|\S{0,16}(许可证|許可證)\s*[:：]?\s*[\dA-Z()（）-]+号?)"
_END_MARK = r"[（(【\[＜〈]\s*(?:完|全文完|本期完|本文完|END|end|끝)\s*[)）】\]＞〉]"
END_MARK_LINE = re.compile(rf"\s*{_END_MARK}\s*")  # alone on its line
END_MARK_IN = re.compile(_END_MARK)  # anywhere (a cheap test before looking for it)

# An app's note that a story was shared from it: 分享自 Yahoo奇摩新聞 App, — 經 now新聞 App 分享.
SHARED_VIA = re.compile(
    r"[—–-]*\s*(?:經|经|來自|来自|分享自)\s*(?P<app>\S{1,16}?)\s*(?:App|APP|app|客戶端|客户端)\s*(?:分享)?"
)

# A share box's button that copies the page's address (alone, or with the address beside it).
COPY_LINK = (
    "复制链接|複製連結|複製鏈接|复制网址|複製網址|分享链接|分享連結|分享鏈接"
    "|链接已复制|鏈接已複製|連結已複製|已经复制链接|已經複製連結|已复制|已複製|复制|複製"  # (the button's label once pressed)
)

# The label of a related note set in brackets, in a paragraph or after it: （相關報導：…）
RELATED_NOTE_LABEL = r"(?:相關報導|相关报道|相關新聞|相关新闻|延伸閱讀|延伸阅读)"

# A whole line that is one of these is page furniture, never article text.
_LINE_PATTERNS = [
    # a Korean site's buttons left in Korean (이 기사를 SNS로 공유하기, 글자 크기, 본문 바로가기)
    r"(이\s*기사를\s*)?(SNS로\s*)?공유하기|기사\s*(공유|스크랩|저장|인쇄)(하기)?|글자\s*크기(\s*(조절|변경|설정))?"
    r"|인쇄(하기)?|URL\s*복사|(카카오톡|페이스북|트위터|엑스)(으로|로)?\s*공유(하기)?|본문\s*바로\s*가기"
    r"|(메뉴|검색)\s*바로\s*가기|(많이\s*본|주요|최신)\s*뉴스|기사\s*읽어\s*주기|기사를\s*읽어드립니다"
    r"|음성\s*듣기|(원문|한국어)\s*기사\s*보기",  # (a player's button; the Korean original's link)
    # …and the original's links in a row ([韩文原文](…) [원문 기사 보기](…), read by their words)
    r"((韩文原文|韓文原文|韩语原文|韓語原文|원문\s*기사\s*보기)\s*){1,3}",
    # a share row's buttons in a line (DW: 发送 Facebook X WhatsApp 电子邮件 Telegram 复制链接)
    r"(发送|發送|分享|分享到)\s*[:：]?\s*((facebook|x|twitter|whatsapp|telegram|line|微信|微博|电子邮件|電子郵件"
    r"|复制链接|複製連結|email|e-mail)\s*){3,}",
    # a newsletter's sign-up under the story (订阅法广新闻快讯 / 每日接收最新国际新闻 [订阅](…))
    r"(订阅|訂閱)\S{2,10}(新闻快讯|新聞快訊|快讯|快訊|简报|簡報|电子报|電子報)|每日接收\S{2,12}(新闻|新聞)\s*(订阅|訂閱)?"
    r"|(每天|每日)(早上|早晨|清晨)?(收到|接收)\S{2,10}(新闻|新聞)的?(摘要|简报|簡報)",  # (RFI's)
    # an app's name alone, as a copied page's top bar shows it (新浪财经APP, 网易新闻客户端)
    r"[\u4e00-\u9fff]{2,6}\s*(APP|App|app|客户端|客戶端)",
    # a copy editor's credit, the name first (自由時報: 林彥彤／核稿編輯)
    r"[\u4e00-\u9fff]{2,4}\s*[／/]\s*(核稿編輯|核稿编辑|責任編輯|责任编辑)",
    # a portal's pointer to its topic page inside a story (凤凰网: 更多精彩内容，请进入专题)
    r"更多精彩内容[，,]?\s*请(进入|点击|关注)\S{0,8}",
    # a player's and a gallery's furniture: 全屏查看, 播放暂停 / 04:27, its times (0:00 0:02:35
    # 0:00), a download's size (240p | 5.8MB), 播放量 35.6万, 没有媒体源 currently available, an
    # audio story's prompt (请收听记者林迪的报道), a transcript's label (节目文字稿)
    r"(全屏查看|全屏观看|全屏觀看|查看大图|查看大圖|节目文字稿|節目文字稿|嵌入)",
    r"(播放|暂停|暫停|播放暂停|播放暫停)\s*[/|｜]?\s*(\d{1,2}:)?\d{1,2}:\d{2}",
    r"\d{1,2}(:\d{2}){1,2}(\s+\d{1,2}(:\d{2}){1,2}){1,3}",
    r"\d{3,4}p\s*[|｜]\s*[\d.]+\s*[MKG]B",
    r"(播放量|播放次数|播放次數)\s*[:：]?\s*[\d.,]+\s*[万萬]?",
    r"(没有媒体源|沒有媒體源|No media source)\s*currently available",
    r"(请收听|請收聽)(记者|記者)?\S{0,8}?的?(报道|報道|报导|報導)",
    r"新浪微博\s*[:：].{0,20}",  # (a channel's promotion: 新浪微博：一起聊世界杯)
    # Reuters' pointer to its principles under a story: 我们的标准：汤森路透“信任原则”
    r"(我们的标准|我們的標準)\s*[:：].{0,12}(信任原则|信任原則).{0,2}",
    # a feed reader's buttons (Feedly: Save to Board, Mark as Read, VISIT WEBSITE)
    r"(save to board|mark as (un)?read|visit website|read later|recently read|try pro for free)",
    # a reader view's reading time (Firefox: 3-4 分钟, 3–4 minutes)
    r"\d{1,2}\s*[-–~]\s*\d{1,2}\s*(分钟|分鐘|minutes?|min)",
    # a language switcher's entries, each language by its own name (한국어, English, Français …)
    # (or a row of them: 조선어 English 中文 Русский Español 日本語)
    r"((한국어|조선어|english|日本語|日本语|français|deutsch|español|русский|العربية|عربي|tiếng việt"
    r"|bahasa indonesia|bahasa melayu|português|italiano|ไทย|türkçe|हिन्दी|монгол|монгол хэл"
    r"|中文|简体中文|簡體中文|繁體中文|繁体中文)\s*[|｜/·]?\s*){1,12}",
    # a text browser's or a feed reader's placeholder for a picture (newsboat: [image 1 (link #2)])
    r"\[(image|img|圖片|图片)(\s*\d+)?(\s*\((link\s*)?#\d+\))?\]",
    # cookie and privacy banners, with their buttons
    r".*(?<![a-z])(cookies?)(?![a-z]).*",  # not \b: 本網站使用cookie以… has no word boundary
    r".*(隐私政策|隱私權政策|隐私声明|隱私聲明|privacy policy).*(更多信息|更多資訊|了解更多|learn more).*",
    r"(拒绝|拒絕|接受|同意|全部接受|接受全部|accept( all)?|reject( all)?|decline|ok|got it|我知道了|关闭|關閉)",
    # (or worded: 接受并关闭, 继续而不接受, 设置)
    r"(接受|同意)(并|並)(关闭|關閉|继续|繼續)|(继续|繼續)而?不(接受|同意)|(设置|設置|设定|設定)",
    # labels on generated or syndicated material
    r"(由\s*AI\s*(报道|報導|生成|撰写)\s*)?(AI\s*生成的?(图像|圖像|图片|圖片|内容|內容)\s*)+",
    r"由\s*AI\s*(报道|報導|生成|撰写|撰寫)",
    r"(AI[- ]generated( image)?|image generated by AI)",
    # reprint, copyright and editorial notices
    r".*(转载请注明|轉載請註明|转载须|轉載須|未经授权|未經授權|非经授权|非經授權|版权所有|版權所有|不得转载|不得轉載"
    r"|(未经|未經)(许可|許可)[，,]?\s*(禁止|严禁|嚴禁|请勿|請勿)(转载|轉載|复制|複製)"  # …独家稿件 未经许可禁止转载
    r"|不得(翻译|翻譯)或(转载|轉載)).*",  # (本文版权归道琼斯公司所有，未经许可不得翻译或转载。)
    r".{0,12}(版權聲明|版权声明)\s*[:：].*",  # ? 2022年德國之聲版權聲明：本文所有內容受到…
    # 如有意愿转载，请发邮件至…; a print issue's source line: 来源于 《财新周刊》 2025年第15期
    r"(如有意愿|如有意願|如需|如欲)(转载|轉載).{0,80}",
    r"(来源于|來源於)\s*\[?《[^》\n]{2,20}》.{0,60}",
    r"(報章版面|报章版面|版面|版次|版號|版号)\s*[:：]\s*[A-Z]?\d{1,3}\s*(版)?.{0,16}",  # 報章版面：A18 國際新聞
    # 版权作品，未经环球网书面授权，严禁转载 (a reprint notice; never 未经安理会授权，…)
    r"(版权作品|版權作品|本文版权|本文版權)?.{0,4}(未经|未經).{1,24}(授权|授權).{0,12}"
    r"(转载|轉載|使用|复制|複製|摘编|摘編|镜像|鏡像).{0,30}",
    r".*(all rights reserved|©|copyright\s+\d{4}).*",
    r"[（(]?(本文|本篇)?(仅代表作者|僅代表作者).*(观点|觀點|立场|立場).*",
    # a financial site's risk notice: 风险提示：本网站刊载的内容仅供参考，不构成投资建议。…
    r"(风险提示|風險提示|风险声明|風險聲明)\s*[:：]?(.{0,20}(仅供参考|僅供參考).{0,80})?",
    r".{0,40}(仅供参考|僅供參考).{0,30}(不构成投资|不構成投資|风险自负|風險自負|风险自担|風險自擔).{0,60}",
    # a site's note added to a copy: 聯合新聞網 udn.com 提醒您：新聞內容僅供參考，詳細請以原文為準。
    r".{0,30}(提醒您|提醒你)\s*[:：]?.{0,20}(仅供参考|僅供參考).{0,30}",
    r"[※＊*]?\s*[（(【\[]?(本文|本篇|文章|此文|以上内容|以上內容).{0,40}(仅代表|僅代表|不代表).{0,30}(观点|觀點|立场|立場).*",
    # (a bare 声明 labelled, not a statement told: 声明说，…是中国政府的一贯立场。)
    r"[【\[「]?(特别|特別)?(?:(?:免责声明|免責聲明)[】\]]?\s*[:：]?|(?:声明|聲明)(?:[】\]]\s*[:：]?|\s*[:：]))"
    r".{0,60}(转载|轉載|侵权|侵權|观点|觀點|立场|立場|无关|無關|授权|授權|删除|刪除).*",
    # a site's reuse notice (Korea.net 的所有内容，除带有版权的照片以外，均可在注明出处的情况下自由使用。)
    r".{0,60}(注明出处|註明出處)的?(情况|情況)下.{0,6}(自由)?(使用|转载|轉載|引用)[。.]?",
    # a platform's notice that users posted the piece (本平台仅提供信息存储空间服务)
    r".*(仅提供信息存储(空间)?服务|僅提供信息存儲(空間)?服務|僅提供資訊儲存(空間)?服務"
    r"|only provides information storage services).*",
    r"[（(]?(本文|本篇)(系|为|為|经|經)?.{0,12}(授权|授權)(发布|發布|转载|轉載|刊登|刊發|刊发)[^。]{0,20}",
    r"(原标题|原標題|原文标题|原文標題)\s*[:：].{1,80}",
    r"(图片来源|圖片來源|图源|圖源|来源|來源)\s*[:：]\s*(网络|網絡|網路|网路|互联网|互聯網|资料图|資料圖)",
    r"(?!.*。).{0,12}(扫描|掃描|扫码|掃碼|长按|長按|识别|識別).{0,6}(二维码|二維碼).{0,30}",
    r"(?!.*。).{0,10}(关注|關注).{0,10}(公众号|公眾號|微信号|微信號|微博).{0,30}",  # not a sentence
    r"[★☆]?\s*(欢迎|歡迎)(加入|追踪|追蹤|订阅|訂閱|关注|關注|按赞|按讚).{0,30}"
    r"(粉丝专页|粉絲專頁|Facebook|LINE|频道|頻道|YouTube|Instagram).{0,10}",
    r"(点击|點擊)[“\"「]?(进入|進入|查看|阅读|閱讀|这里|這裡).{0,30}",  # (点击“阅读原文”查看全文)
    r"(返回|回到)?(目录|目錄|列表|新闻列表|新聞列表)",
    # a paywall's prompt where a saved page's story stops
    r"(?!.*[。！？!?])[（(]?(本文|本篇)?(为|為|是)?.{0,12}(订阅|訂閱|登录|登入|登錄|会员|會員|付费|付費)"
    r".{0,12}(阅读|閱讀|全文|专属|專屬|内容|內容).{0,16}",
    r"((继续阅读|繼續閱讀)(全文)?|(阅读|閱讀|展开|展開)(剩余|剩餘)?全文)\s*[>›»]?\s*([(（]\s*[)）])?",
    r"(扫一扫|掃一掃|扫码|掃碼).{0,6}(在|用)?(手机|手機).{0,12}|(扫码|掃碼|扫一扫|掃一掃)(分享|阅读|閱讀)",
    r"(扫一扫|掃一掃)\s*[，,]?\s*(关注|關注|下载|下載|分享到|分享至)\S{1,12}",  # 扫一扫，关注观察者网
    r"网易新闻\s*有态度|網易新聞\s*有態度",  # 网易's slogan under its stories
    # a fan page's prompt: ►國際大小事都在這，快加入ETtoday國際新聞粉絲團！
    r".{0,20}(快加入|加入|追蹤|追踪)\S{0,20}(粉絲團|粉丝团|粉絲專頁|粉丝专页).{0,4}",
    r".{0,12}(一键三连|一鍵三連|一键四连|一鍵四連).{0,8}",  # a WeChat account's sign-off: 分享、点赞、在看，一键三连
    # an app's prompts: APP内打开，阅读更多精彩内容 / 海量资讯、精准解读，尽在新浪财经APP
    r"(APP|App|app|客户端|客戶端)内打开.{0,16}|.{0,16}尽在\S{0,8}(APP|App|app|客户端)",
    r"(点击|點擊)(播报|播報|收听|收聽)本文.{0,12}",  # 人民网's reader: 点击播报本文，约 …
    r"不感兴趣|不感興趣|侵权投诉|侵權投訴",  # a portal's buttons under a story (凤凰网)
    r"登录|登錄|登入|注册|註冊|手机版|手機版|会员中心|會員中心",  # a site's account links, alone
    r"发表|發表|提交|发送|發送|举报/反馈|舉報/反饋",  # a comment box's buttons (百家号)
    # a magazine's print note under its web copy: 发于2024.11.11总第1165期《中国新闻周刊》杂志
    r"(发于|發於)\S{0,16}(总第|總第)\d+期.{0,24}|(杂志|雜誌)(标题|標題)\s*[:：].{0,40}",
    # a platform's account box: 央视新闻官方账号
    r"\S{2,12}(官方账号|官方帳號|官方帐号)",
    # the poster's province as a portal prints it by the date (凤凰网: 来自北京; IP属地：上海)
    r"(来自|來自|IP\s*属地\s*[:：]?|IP\s*屬地\s*[:：]?)\s*(北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林"
    r"|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南"
    r"|雲南|陕西|陝西|甘肃|甘肅|青海|台湾|臺灣|台灣|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門"
    r"|海外)",
    # a newsletter's prompt: 訂閱南華早報中文網每日通訊，掌握亞洲最新動態
    r"(订阅|訂閱)\S{0,16}(通讯|通訊|电子报|電子報|newsletter|周报|週報)([，,].{0,24})?",
    r"((责任编辑|責任編輯|本文来源|本文來源)\s*[:：]\s*)?[\u4e00-\u9fff]{2,4}\\?_NE\d{3,5}",  # 网易's editor: 王晓易_NE0011
    r"(subscribe|sign in|log in) to (continue|read).{0,40}",
    # a newsletter's links to unsubscribe or to read it in a browser
    r"(?!.*。).{0,20}(取消订阅|取消訂閱|退订|退訂|unsubscribe|在(?:浏览器|瀏覽器|网页上|網頁上|网页|網頁)中?(?:查看|打开|打開|开启|開啟|阅读|閱讀)"
    r"|查看网页版|查看網頁版|view (?:this email )?in (?:your )?browser).{0,40}",
    # a newsletter platform's buttons (Substack): forwarded, read in the app, like, restack
    r"forwarded this email\?.{0,60}|read in app|(♡\s*)?like(\s+comment)?(\s+restack)?(\s+share)?"
    r"|upgrade to paid|you're currently a (free|paid) subscriber to .{1,40}"
    # a mail sent by a system, and how to stop it: 本邮件由…自动发送，请勿直接回复。如需退订，请回复“TD”。
    r"|(本邮件|本郵件|此邮件|此郵件)(由|系).{0,30}(自动|自動)(发送|發送|寄出).{0,60}"
    r"|(如需|如要|若需)(退订|退訂|取消订阅|取消訂閱).{0,30}"
    r"|感谢阅读.{1,20}[！!]?\s*(免费)?订阅.{0,30}",
    # a newsletter's note of why it was sent, and how to stop it
    r"(您|你)(之所以)?(收到|会收到|會收到)(此|这|這|本)(封)?(邮件|郵件|电邮|電郵|电子报|電子報).{0,60}"
    r"|(如不想|如不希望|若不想|若不希望|如果不想)再?(收到|接收).{0,60}"
    r"|you (are receiving|received) this (e-?mail|newsletter).{0,80}",
    # a portal's credit to its provider with the day's code under the story (中央社提供 961002)
    r"[^\s，。,]{2,10}(提供|供稿)\s*\d{6,7}",
    # a search engine's cache buttons and tip (完整版本 纯文字版本 查看源代码, 提示：要在此页面上快速找到…)
    r"(完整版本|完整版)\s+(纯文字版本|純文字版本)\s+(查看源代码|查看原始碼)"
    r"|(提示|提醒)\s*[:：]\s*要在此(页面|頁面)上快速找到.{0,60}",
    # OneNote's line under a pasted page: 已从 <https://…> 粘贴 (its address read as the page's)
    r"(已从|已從|pasted from)\s*(&lt;|<)?\s*<?https?://\S+?>?\s*(>|&gt;)?\s*(粘贴|貼上|黏貼)?",
    # a post's edited mark (已编辑), a prompt to follow the account for more (👆关注中国新闻周刊，看更多
    # 深度报道); a text copy's +关注 is left to text.parse, which reads the account's line over it
    r"已编辑|已編輯"
    r"|[\W_]{0,4}(关注|關注|追蹤|追踪)\S{1,12}[，,]\s*(看|获取|獲取|了解|阅读|閱讀)更多\S{0,12}",
    # a platform's follow and add-friend prompts (在 LINE 上追蹤 中央社, 加入好友 接收更多即時新聞), its
    # button to the readers' comments and its owner's line: (c) LY Corporation
    r"(在|於|于|透過|透过|通过|通過)\s*(LINE|Line|Facebook|YouTube|Instagram|X|Google\s*(新聞|新闻|News))\s*上?\s*(追蹤|追踪|关注|關注)\s*\S{0,16}"
    r"|(加入好友|加好友)\s*\S{0,20}|(看|查看)(更多|全部)(留言|評論|评论|回應|回应)|[(（]c[)）]\s*[A-Za-z][\w .,&-]{1,40}"
    # (or the badge's words: Google新聞 追蹤中時新聞網, 加入中時新聞網LINE好友; 更多精彩內容請至 …)
    r"|Google\s*(新聞|新闻|News)\s*(追蹤|追踪|关注|關注|訂閱|订阅)\s*\S{0,16}|加入\S{0,12}(LINE|Line)\s*好友"
    r"|加入\S{0,12}Google\s*(新聞|新闻|News)\s*(追蹤|追踪|关注|關注|訂閱|订阅)"  # 加入中央社Google News追蹤
    # (點擊Follow 香港01 Google News，即時接收最新消息; ※ 歡迎用LINE分享給好友)
    r"|(點擊|点击|按此)?\s*Follow\s*\S{0,16}\s*Google\s*(新聞|新闻|News)[，,]?\s*\S{0,20}"
    r"|※?\s*(歡迎|欢迎)(用|使用|透過|通过)\s*(LINE|Line)\s*(分享|轉發|转发)\S{0,10}"
    r"|更多精彩(內容|内容|新聞|新闻|報導|报道)?\s*(請至|请至|請上|请上|盡在|尽在)\s*\S{2,16}",
    # a reader view's site line: the site's name and its home address (ETtoday新聞雲 https://www.ettoday.net)
    r"(?!来源|來源|原文|出处|出處|source)[^\s。，:：]{0,16}(网|網|报|報|新闻|新聞|云|雲|台|社|news|tv|daily|times|post)"
    r"\s+https?://(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+/?",
    # reading time, view counts, where a shared copy came from, a line of separators only
    r"\d+\s*(分钟|分鐘|min)\s*[(（]?\s*(阅读时间|閱讀時間|阅读|閱讀|read)\s*[)）]?"
    r"|\d{1,2}\s*(分钟|分鐘)|(预计|預計|大约|大約)?(阅读时间|閱讀時間|阅读时长|閱讀時長)\s*[:：]?\s*(约|約|大约|大約)?\s*\d+(\s*[–~～-]\s*\d+)?\s*(分钟|分鐘)",
    r"[\d.,]+\s*[万萬千kKmM]?\s*(次)?(查看|观看|觀看|浏览|瀏覽|views?)(\s+\d{1,2}:\d{2})?",
    # a chat post's reactions (👍 46  😡 9) and where it was forwarded from
    r"([\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*[\d.,]+[kK]?\s*){1,8}",
    r"(forwarded from|转发自|轉發自)\s*[:：]?\s*.{1,40}",
    r"(来自|來自).{1,12}(客户端|客戶端|APP|App|app)|(分享自|转自|轉自)\s*@.{1,20}",
    r"[·•|｜*\-–—▼▲↓]{1,5}",
    # a page's skip links and accessibility switch, and its "today is" bar (今天是2024年10月18日
    # 星期五): the day the page was shown, not the story's
    # (跳到主菜单, 跳轉至内容, 跳過今日焦點部分; its accessibility statement: 無障礙聲明)
    r"(跳到|跳至|跳转|跳轉|跳过|跳過|略过|略過)(至|到)?\s*\S{1,12}"
    r"|skip to (main )?(content|navigation)|skip navigation"
    r"|(无障碍|無障礙)(浏览|瀏覽|声明|聲明)?(\s+\S{1,6}){0,4}"
    r"|(본문|주메뉴|메뉴|하위메뉴)(으로)?\s*바로\s*가기",  # Korean sites' skip links
    r"(今天是|今日是)\s*[:：]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,12}",
    # a database site's vendor credit: 技术支持：北京方正电子有限公司
    r"(技术支持|技術支持|技术服务|技術服務)\s*[:：].{1,40}",
    # a video player's placeholder, and a page's error-report form (【纠错】: 错误信息：…)
    r"(视频|視頻|影片)(加载|載入|加載)中.{0,20}",
    # an old video page's links and the clip's length: 觀看影片： 寬頻300K｜窄頻56K, （影片長度
    # 1分58秒，請使用 Windows Media Player…）, 播放时长：29分42秒  节目：新闻1+1
    r"(觀看影片|观看影片|觀看視頻|观看视频|收看影片|收看视频|收看視頻)\s*[:：]?",
    # a newsletter's box: 每日简报 / 接收每日新闻简报，关注国际时事 / [我订阅] (RFI)
    r"(每日|每周|每週)(新闻|新聞)?(简报|簡報|电子报|電子報)|我(订阅|訂閱)",
    r"(接收|订阅|訂閱|获取|獲取)\S{0,6}(简报|簡報|电子报|電子報)[，,]?.{0,20}",
    r"((寬頻|宽频|窄頻|窄频|高畫質|高画质|標準畫質|标准画质)\s*\d*\s*[KkMm]?\s*[|｜/／]?\s*){1,4}",
    r"[（(]?(影片長度|影片长度|视频长度|視頻長度|播放时长|播放時長|视频时长|視頻時長)\s*[:：]?\s*\d.{0,60}",
    r"(错误信息|錯誤信息|您的联系方式|您的聯繫方式)\s*[:：]?",
    # a copied WeChat article's audio button
    r"(听全文|聽全文|听新闻|聽新聞|收听全文|收聽全文|朗读全文|朗讀全文|点击收听|點擊收聽|收听本条新闻|收聽本條新聞"
    r"|收听本文|收聽本文|收听|收聽"
    r"|收听新闻|收聽新聞|收听/下载|收聽/下載)"
    r"|(播放|停止|暂停|暫停)"  # an audio player's buttons, and its position: 00:00 / 04:12
    r"|\d{1,2}:\d{2}(:\d{2})?\s*/\s*\d{1,2}:\d{2}(:\d{2})?",
    # a social post's counters: 转发 1234 评论 567 赞 8901 (or one a line)
    r"((转发|轉發|评论|評論|赞|讚|点赞|點讚|收藏)\s*[\d.]+\s*[万萬]?\+?\s*){1,}",
    # a Weibo post's furniture: its account's verification, collapse button, photo set, views
    r"(微博)?(官方)?(认证|認證)\s*[:：].{0,40}|收起|(点击|點擊)?收起全文|展开|展開|(\[组图共\d+张\]\s*)?原图"
    r"|保存图片|保存圖片|查看原图|查看原圖|查看大图|查看大圖"  # a picture's buttons (新浪)
    # a forum's attachment line: 握手.jpg (68.42 KB, 下载次数: 3)
    r"|\S{1,40}\.(jpe?g|png|gif|webp)\s*[（(]\s*[\d.]+\s*[KMG]B[^()（）]{0,30}[)）]"
    r"|(图源|圖源|图片来源|圖片來源)\s*[:：]\s*[^。，,]{1,40}"
    # a photo's caption marked as one ([照片] 金正恩同志在机场迎接普京总统), a site's address
    # with the day (www.kcna.kp (主体113.6.19.))
    r"|\[(照片|图片|圖片|相片)\]\s*[^。]{0,60}|(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\s*[（(][^()（）]{4,20}[)）]"
    r"|.{0,20}的微博视频.{0,30}|[\d.]+\s*[万萬]?次(观看|觀看|播放)",
    # a copied WeChat article's toolbar: 阅读原文 阅读 10万+ 在看
    r"((阅读原文|閱讀原文|(阅读|閱讀)\s*[(（]?\s*[\d.]+\s*万?\+?\s*[)）]?|在看|点赞|點讚|分享|收藏|写留言|寫留言|观点|觀點)\s*){1,6}",
    # an app's share footer and origin line: 微信好友, 来自“学习强国”学习平台, Shared from Apple News
    r"(微信好友|QQ好友|新浪微博)(\s+\S{2,6}){0,5}|(来自|來自)“?\S{2,8}?”?(学习平台|學習平台|客户端|客戶端|App)",
    r"(shared (from|via)|open in) (apple news|safari|chrome|google news)|apple news|google news",
    # a reader view's button to the page under the headline (Pocket's View Original)
    r"view original( article| page)?|查看原文",
    r"\d{1,2}\s+/\s+\d{1,2}",  # a slideshow's counter under each picture's caption: 1 / 6
    r"[^\s]{1,30}[-_]avatar([-_]img)?",  # a writer's picture's words (方格子: 林靜宜-avatar-img)
    # a blog post's row of its writer, day, tags and categories under it (WordPress's)
    r"[^|\n]{1,40}\|[^\n]*\|\s*(tags|categories|tagged|posted in)\s*:[^\n]*",
    # an update's note over the story (【更新】本文已于4月4日13:05更新): not the story's date
    r"[【\[]\s*(更新|更正)\s*[】\]]\s*本文已?(于|於).{0,30}(更新|修改|更正)[^。]{0,40}。?"
    # …and a correction's note under it (更正说明：本文此前版本…有误，已更正为…。特此致歉。)
    r"|(更正说明|更正說明|更正声明|更正聲明)\s*[:：]\s*本(文|報|报)\S{0,6}(版本|报道|報導).{0,160}",
    # comments' buttons: 查看更多评论, 写评论...
    r"(查看|展开|展開)(更多|全部)(评论|評論|回复|回覆)|(写|寫|发表|發表)(评论|評論|留言)\s*(\.{3}|…)?",
    r"(?!.*。)(打开|打開|下载|下載|开启|開啟)\s*(\S{0,8}?|[\w -]{2,24}?)\s*(APP|App|app|客户端|客戶端).{0,20}",
    r"(立即|马上|馬上)(下载|下載|安装|安裝)",  # the download prompt's button, on its own line
    r"图片|圖片",  # a picture's place in a text copy (微信: 图片 alone on its line)
    r"添加评论|添加評論|申请转载|申請轉載",  # (知乎's buttons under a column's article)
    # a page's tools in a row (打印  发送邮件), an audio player's label (請收聽報道：), a channel's
    # prompt (在Telegram上订阅), a paper's call for views (看法或建议，请电邮：…)
    r"((打印|列印|发送邮件|發送郵件|电邮|電郵|转寄|轉寄)\s*){1,4}|(請|请)(收聽|收听)(報道|报道|報導)\s*[:：]?"
    r"|在\s*(Telegram|WhatsApp|Facebook|LINE|YouTube|Instagram)\s*上\s*(订阅|訂閱|关注|關注|追蹤|追踪)"
    r"|(看法|意见|意見)或(建议|建議)[，,]\s*(请|請)(电邮|電郵)\s*[:：]?\s*\S{0,40}",
    # an old site's advice on how to view it (本網站建議使用 800x600 解析度瀏覽, 建議使用 IE 5.0 以上版本)
    r"(本網站|本网站|本站)?\s*(建議|建议|最佳)\s*(使用|以)?[^。]{0,30}(解析度|分辨率|瀏覽器|浏览器|瀏覽|浏览|版本)[^。]{0,12}",
    # a date's label left alone when its date was taken (最近更新:)
    r"(最近更新|最後更新|最后更新|更新时间|更新時間|发布时间|發布時間|發佈時間|updated|published)\s*[:：]",
    # an app's line of where its account posted from (发布于北京), alone under the date
    r"(发布于|發布於|发表于|發表於)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}",  # (发布于：北京市)
    # an app's own prompt (打开腾讯新闻，阅读体验更佳), its bare button (打开, App内打开)
    r"(打开|打開|开启|開啟)\S{2,10}[，,]\s*(阅读|閱讀|观看|觀看)?(体验|體驗)更(佳|好)"
    r"|(打开|打開)|(App|APP|app)\s*(内|內)\s*(打开|打開)"
    r"|(打开|打開)\S{2,8}\s*(查看|阅读|閱讀)(精彩|更多)?(图片|圖片|内容|內容|全文)?",  # 打开网易新闻 查看精彩图片
    # a row of social buttons, some with their counts: 点赞 3542收藏分享
    r"((点赞|點讚|收藏|分享|转发|轉發|评论|評論)\s*[\d.,]*\s*[万萬kK]?\+?\s*){2,6}",  # (点赞1.2k评论328)
    # …or a blog's, each count in brackets, a separator after it (新浪博客: 评论 (41)┊ 收藏(5)┊ 打印┊举报)
    r"(?=.*[┊|｜])([*_]*(阅读|閱讀|评论|評論|收藏|转载|轉載|喜欢|喜歡|打印|举报|舉報|分享)\s*"
    r"([(（]\s*[\d.,]+\s*[万萬]?\s*[)）]|▼)?\s*[*_]*[┊|｜]?[*_]*\s*){1,8}"
    r"|已投稿到\s*[:：]?|\[?(发|發)(评论|評論)\]?",  # (its box of where the post was sent, its comment form)
    # a portal's comment counter: 跟贴 2,318 参与 45,702
    r"(跟贴|跟帖)\s*[\d,]+(\s*(参与|參與)\s*[\d,]+)?|[\d,]+\s*(跟贴|跟帖)(\s*[\d,]+\s*(参与|參與))?",
    r"(热门推荐|熱門推薦|猜你喜欢|猜你喜歡|为你推荐|為你推薦|精彩推荐|精彩推薦)",
    # a portal's search suggestions: 大家都在搜：尹锡悦弹劾案 韩国国会投票 韩东勋辞职
    r"(大家都在搜|大家還在搜|大家还在搜|热门搜索|熱門搜尋|相关搜索词|相關搜尋詞)\s*[:：]\s*[^。！？]{0,80}",
    r"返回\S{1,6}[，,]\s*查看更多.{0,10}",
    # a mainland site's registration numbers on one line: 沪ICP备14003370号 沪公网安备…号
    # 互联网新闻信息服务许可证：31120170006
    rf"{_REGISTRATION}(\s+{_REGISTRATION})*",
    # a link to the story's section or to more, its arrow after it (∙ 全球速报 >, 更多 >)
    r"[∙•·]?\s*[^\s>›»]{2,10}\s*[>›»]{1,2}",  # (更多报道>>)
    # a counter's number alone on its line (a like button's 32, a page's 2)
    r"\d{1,3}",
    # an update's age beside the day (BBC: 更新于 2小时前)
    r"(更新于|更新於|更新)\s*\d+\s*(分钟|分鐘|小时|小時|天)前",
    # a listening feature's consent notice: 請同意我們的隱私權規範，才能啟用聽新聞的功能。
    r"(請|请)(同意|接受)\S{0,6}(隱私權|隐私权|隱私|隐私)\S{0,8}[，,]\S{0,6}(啟用|启用|使用)\S{0,10}(功能)?。?",
    # a cookie notice's buttons: 了解更多 / 接受
    r"了解更多|了解詳情|了解详情|更多詳情|更多详情",
    # share buttons, font-size pickers and ad slots copied as lines of their own
    r"(facebook|whatsapp|twitter|telegram|line|plurk|threads|linkedin|reddit|weibo|wechat|qq|qzone"
    r"|messenger|facebook messenger|web whatsapp|whatsapp web|腾讯qq|騰訊qq|vk|вконтакте|одноклассники"
    r"|微信|微博|QQ空间|QQ空間|電郵|电邮|邮件|郵件|电子邮件|電子郵件|e-?mail|複製連結|复制链接|朋友圈|好友|推文|推特|臉書|脸书|x)"
    r"(\s*[|｜/]?\s*(facebook|whatsapp|twitter|telegram|line|微信|微博|QQ空间|QQ|電郵|电邮|e-?mail|x))*",
    r"(调整|調整)?(字體大小|字体大小|文字大小|文本大小|字型大小|字級|字级|字號|字号|字体|字體|字型)(設定|设定)?\s*[:：]?\s*((A|T|大|中|小|特|[+＋\-－|｜↑↓])\s*)*"
    r"|(A\s*[+\-－＋]?\s*){1,3}|特|[+＋\-－]"  # (a size picker's buttons a line each: 小 / 中 / 大 / 特; + / -)
    r"|文字",  # (its button's word alone: 联合早报's 文字 over the story)
    r"[-–—\s\[【]*(广告|廣告|advertisement|ads?|赞助内容|贊助內容|sponsored)[-–—\s\]】]*"
    r"|[（(【\[]\s*(广告|廣告|推广|推廣|赞助|贊助)\s*[)）】\]].{0,60}"  # （廣告）信用卡新戶首刷禮…
    r"|(大|中|小|特大|较大|較大|我要反馈|我要反饋|意见反馈|意見反饋)",
    # the previous and next stories' teasers (下一篇[日本政府…](…)); an inline related note
    # (（相關報導： … | 更多文章）); a support button (支持風傳媒)
    r"([◀◁←«‹<>]|&lt;|&gt;)?\s*(上一篇|下一篇|上一則|下一則|上一条|下一条|上一條|下一條|前一篇|后一篇|後一篇)\s*[:：]?.{0,80}"
    # (bracketed, as an e-paper prints them: （上一篇：市政府召开常务会议）, 【下一篇】…)
    r"|[（(]\s*(上一篇|下一篇)\s*[:：].{1,60}[)）]|【(上一篇|下一篇)】.{1,60}"
    rf"|[（(]\s*{RELATED_NOTE_LABEL}\s*[:：].{{0,100}}[)）]"
    r"|(支持|贊助|赞助)[^\s，。,]{2,8}",
    # a writer's contact line (写信给Soo-min Han，邮箱：…); a translation's note of its
    # original (本文英文版：…); a reprint notice (本文仅供个人非商业用途。如需转载，请联系…)
    r"(写信给|寫信給)[^，,]{1,30}[，,]\s*(邮箱|郵箱|电邮|電郵)\s*[:：].{0,160}"
    r"|(本文)?(英文版|英文原文|韩文版|韓文版|日文版)\s*[:：].{0,120}"
    r"|[（(]?本文仅供个人非商业用途.{0,40}|[（(]?本文僅供個人非商業用途.{0,40}",
    # an audio player's label: 收聽本新聞, 收听本条新闻的广播版, 听全文
    r"(收听|收聽|聆听|聆聽|播放)(本(条|條|则|則|篇)?)?(新闻|新聞|文章|报道|報導)(的)?(广播版|廣播版|音频|音頻|语音版?|語音版?)?",
    # a video player's buttons; an author box's label; an ad sales line
    r"(全屏|倍速|高清|标清|標清|超清|播放|暂停|暫停|静音|靜音)|(文章作者|本文作者)"
    r"|\S{0,8}(广告合作|廣告合作)[^。]{0,12}",
    # the author's other articles; 加入好友 (a follow button)
    r"加入好友|(查看|看)?更多(作者)?(文章|報導|报道)\s*[>›»]?|作者(其他|更多)(文章|報導|报道)\s*[>›»]?",
    r"(评论|評論|留言)\s*(已有)?\s*[\d,]+\s*(人|條|条)?\s*(参与|參與)?"
    r"|(跟贴|跟帖)\s*[\d,.]+\s*万?(\s*(参与|參與)\s*[\d,.]+\s*万?)?",  # 跟贴 245 参与 3.1万 (网易)
    # a like button's count (+1), a list's more-button (查看更多, 加载更多)
    r"[+＋]\d{1,3}|(查看|加载|加載|載入|显示|顯示|看)(更多|全部)",
    # a platform's counters and labels: 点赞 312, 123 人赞同了该文章, 原创, 写文章
    r"(点赞|點讚|赞同|贊同|喜欢|喜歡|转发|轉發|赞|讚|收藏|在看)\s*[\d.,]*\s*[万萬kK]?\+?"
    r"|\d+\s*人(赞同|贊同|点赞|點讚|喜欢|喜歡)了?(该|這篇|这篇)?(文章|回答)?"
    r"|原创|原創|写文章|寫文章|申请转载|申請轉載|追蹤|追踪|收藏(本文|本页|本頁)",  # (a follow button: 追蹤)
    r"(打开|打開)\S{2,10}[，,]?\s*(查看|阅读|閱讀|看)(更多|全文).{0,12}",
    r"\*?[（(]?(翻译|翻譯|译者|譯者)\s*[:：]\s*[^\s。，,()（）]{1,20}[)）]?\*?",  # 翻译：纽约时报中文网
    r"(資料|资料)?(最後更新|最后更新|更新時間|更新时间|last updated?)\s*[:：]?.{0,40}",
    # a page's view counter: 點閱次數：2,154, 浏览量 1234
    r"(人气|人氣|阅读|閱讀|浏览|瀏覽|点阅|點閱|点击|點擊)(次數|次数|人次|量|数|數)?\s*[:：]?\s*[\d,]+\s*次?",
    # a government release's issuing office and number: 發布單位：新聞文化司, 新聞稿編號：第025號
    r"(發布單位|发布单位|發佈單位|發布機關|发布机关)\s*[:：]\s*\S{2,20}"
    r"|(新聞稿|新闻稿)(編號|编号)\s*[:：]\s*\S{1,12}",
    # a menu bar copied as one line: 關於我們 | 廣告查詢 | 訂閱明報 | 聯絡我們
    r"(?!\|)([^|｜]{1,10}[|｜]\s*){3,}[^|｜]{1,10}",
    r"(我要)?(举报|舉報)\s*[/／]?\s*(反馈|反饋)?",
    # links back to the source, share and follow prompts, app promos
    r"(原文链接|原文鏈接|原文網址|原文网址|原文連結|原文地址|原网址|原網址|source link|本文网址|本文網址|本文链接"
    r"|本文鏈接|文章网址|文章網址|原始網址|原始网址|原始連結|原始链接)\s*[:：].*",
    # (or with the original's language, its link's words alone: 原文链接（韩文）)
    r"(原文链接|原文鏈接|原文網址|原文网址|原文)\s*[（(](韩文|韓文|英文|日文|韩语|韓語|英语|英語|日语|日語)[)）]",
    # (an old print view's, its address on the next line: 这篇报道来自BBC中文网：)
    r"(这篇报道|這篇報道)(来自|來自)\S{1,20}[:：]\s*(<?https?://\S+)?",
    # a reporter's or desk's e-mail address alone on its line (lihaiyan@yna.co.kr)
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+",  # (ASCII: fails at once on Chinese)
    # BBC's labels over a photo's credit and caption, on lines of their own
    r"(图像来源|圖像來源|图像加注文字|圖像加註文字)\s*[，,:：]\s*.{0,60}",
    # a share box's copy-link field with the page's address
    rf"({COPY_LINK}|本文地址|本文網址|本文网址|本文链接|本文鏈接|文章地址|文章網址)\s*[:：]?\s*https?://\S+",
    # a translation's notes of its original and of this edition, each with its address
    r"(韩文|韓文|英文|日文)?(原文|中文版|中文网|中文網)\s*[:：].{0,60}https?://\S+",
    r"(韩文|韓文|韩语|韓語|英文|日文)(原文|原稿)\s*[:：▶►>»].{0,60}",  # (its link's words only: 韩文原文：이재명…)
    r"(分享到|分享至|分享给朋友|分享給朋友|分享给好友|分享給好友|share (this|on)|follow us( on)?|关注我们|關注我們)"
    r"\s*[:：]?.{0,48}",
    r"分享让更多人看到|分享讓更多人看到",
    # a WeChat account's prompt over its article: 点击上方蓝字“澎湃新闻”，关注我们
    r"[▲△↑]?\s*(点击|點擊|点|點)上方.{0,12}[，,]?\s*(关注|關注|订阅|訂閱).{0,8}",
    # a translated story's note of its original: ※本文譯自《朝日新聞》日文版3月16日報道。,
    # （原文刊载于《每日新闻》…晚刊，本网编译）; its translator's credit: （翻译/编辑：… 刘晓薇）
    r"[※＊*]?\s*本文(译|譯)自.{1,40}|[（(](原文刊载于|原文刊載於|原文载于|原文載於).{1,50}[)）]"
    # (or with the translating desk: ※本文由中央日报中文网编译自韩文版原文。; its translator's
    # credit in brackets: 【编译】崔敏)
    r"|※?\s*本文由.{1,20}(编译|編譯|翻译|翻譯)(自|於|于).{1,20}"
    r"|※?\s*本文由.{1,24}(翻译|翻譯|编译|編譯)而成[。.]?"  # ※本文由日本经济新闻日文版专栏翻译而成
    r"|[（(]\s*本文由[^（()）]{1,20}(翻译|翻譯|编译|編譯)\s*[)）]"  # （本文由日经中文网编译）
    # (or with its original's name and the translator: 本文由朝鲜日报中文网翻译，原文出处：朝鲜日报韩文版。翻译：朴英华)
    r"|[※＊*]?\s*本文由.{1,20}(翻译|翻譯|编译|編譯)[，,]\s*(原文出处|原文出處|原文来源|原文來源)[:：][^。]{1,30}[。.]?"
    r"(\s*(翻译|翻譯|编译|編譯|译者|譯者)\s*[:：]\s*[\u4e00-\u9fff·]{2,4})?"
    r"|【\s*(编译|編譯|翻译|翻譯|译者|譯者)\s*】\s*[\u4e00-\u9fff·]{2,4}"
    # a Korean paper's copyright under the story: 本网站内容版权归中央日报所有，未经许可禁止转载。
    r"|[^。]{0,20}(版权|版權)(归|歸)[^。]{1,16}所有[，,]?\s*[^。]{0,12}(未经|未經|禁止|不得|严禁|嚴禁|请勿|請勿)"
    r"[^。]{0,12}(转载|轉載|复制|複製|使用)[^。]{0,10}。?"
    r"|[（(](翻译|翻譯|编译|編譯|译者|譯者)\s*[/／、]?\s*(编辑|編輯)?\s*[:：][^()（）]{1,30}[)）]",
    # a read-more line set between paragraphs (阅读更多：…), an app's prompt (在App中查看全部 36 条评论)
    r"(阅读更多|閱讀更多|延伸阅读|延伸閱讀)\s*[:：]\s*[^。]{2,40}"
    r"|在\s*(App|APP|app|客户端|客戶端)\s*(中|内|內)?\s*(查看|打开|打開|阅读|閱讀).{0,20}"
    # a share page's cut (本文未完，完整內容請至App閱讀) and its button back to the web page
    r"|本文未完.{0,20}|(继续|繼續)在(网页|網頁)(版)?(阅读|閱讀)|(继续|繼續)(阅读|閱讀)(网页版|網頁版)",
    # a paywall's count (您本月还可以免费阅读 2 篇文章), a donation's prompt (捐款支持自由亞洲電台
    # 立即捐款), an app's (下载法广应用程序，随时随地收听新闻 iPhone Android); the ones with a
    # wildcard first are _GATED_PATTERNS
    r"(您|你)?本月(还|還)?(可以|可|能)?免(费|費)(阅读|閱讀)\s*\d+\s*(篇|則|则)(文章)?"
    r"|(捐款|捐助|捐赠|捐贈)支持\S{2,16}\s*(立即捐款|立即捐助|捐款)?"
    r"|(下载|下載)\S{0,12}(应用程序|應用程式|客户端|客戶端|App|APP)[，,]\s*\S{0,20}(\s+(iPhone|Android|iOS))*"
    r"|(每日|每周|每週)?(新闻简报|新聞簡報)|(阅读更多|閱讀更多)"  # a newsletter's label; a read-more button
    r"|(订阅|訂閱)\S{2,12}(每日|每周|每週)?(新闻|新聞)?(电邮|電郵|邮件|郵件|简报|簡報|通讯|通訊|电子报|電子報)"  # 订阅美国之音中文网每日电邮
    r"([，,]\s*(掌握|获取|獲取|了解|接收)\S{2,24})?(\s*(立即|马上|馬上)(订阅|訂閱))?",  # (订阅《联合早报》每日新闻简报，掌握新马中港台国际要闻。 立即订阅)
    # a text-to-speech button (文字轉語音, 語音朗讀, test 語音朗讀), a comment button's note
    # (发表评论（需登录）), a more-news link with a lost icon (?看更多國際新聞), an app's name
    # with its download word (下载联合早报应用)
    # (and its player's position: 听新闻 ▶ 0:00 / 4:12)
    # (after the share buttons: 分享 LINE 聽新聞 0:00 / 0:00)
    r"((分享|LINE|Facebook|FB|X|複製連結|复制链接)\s*){0,4}"
    r"(test\s+)?(文字轉語音|文字转语音|語音朗讀|语音朗读|朗讀本文|朗读本文|聽新聞|听新闻|收听新闻|收聽新聞)"
    r"(\s*[▶►▷]?\s*\d{1,2}:\d{2}(:\d{2})?(\s*/\s*\d{1,2}:\d{2}(:\d{2})?)?)?"
    r"|(收听|收聽)(本|这条|這條)(新闻|新聞)的?(广播|廣播)(版本|版)?"  # (NHK: 收听本新闻的广播版本)
    r"|(发表|發表)(评论|評論)\s*[（(](需登录|需登入|需登錄)[)）]|\??\s*看更多\S{0,6}(新聞|新闻)"
    r"|(下载|下載)[^了这這该該个個\s]{2,8}(应用|應用|App|APP)"
    r"|(下载|下載)[A-Za-z]{2,8}( [A-Za-z]{2,8})?(应用程序|應用程式|应用|應用)"  # (下载KBS WORLD应用程序)
    r"|(请听|請聽)(记者|記者)?[\u4e00-\u9fff]{2,4}的(报道|報導|报导|報道)",  # (RFA: 请听记者高岩的报道)
    # a reader's buttons with their counts (赞 58 收藏 打赏)
    r"(\+1\s*)?((赞|讚|点赞|點讚|收藏|打赏|打賞|分享|评论|評論)\s*\*?[\d,.]*[万萬]?\*?\s*){2,5}",  # (+1 点赞 1.2万收藏)
    # (with their marks, and the share list after them: 👍 点赞 326　☆ 收藏　分享到：微信　朋友圈　微博)
    r"([👍☆★♡❤️👎💬]\s*(赞|讚|点赞|點讚|收藏|打赏|打賞|评论|評論)\s*[\d,.]*[万萬]?\s*){1,4}"
    r"(分享到\s*[:：]\s*((微信|朋友圈|微博|QQ空间|QQ|Facebook|LINE|X|Twitter)\s*){1,8})?",
    r"(推荐|推薦|点赞|點讚|赞|讚)\s*[（(]?\d{1,6}[)）]?",  # (or one button: 推荐 12)
    # font buttons under the label 文字 (文字：大 中 小); a paper's fan page prompt
    # (中央社新聞粉絲團 按讚加入，即時掌握最新消息)
    r"文字\s*[:：]\s*((大|中|小)\s*){2,3}"
    r"|\S{2,12}(粉絲團|粉丝团|粉絲專頁|粉丝专页)\s*(按讚加入|按赞加入|按讚|按赞|加入|追蹤|追踪|关注|關注)"
    r"[，,]?\s*\S{0,16}",
    # a government site's survey under the text (本页面信息对您有帮助吗？, 此頁面資訊是否對您有幫助？)
    r"(本页面|本頁面|此页面|此頁面|该页面|該頁面)(信息|資訊|内容|內容)?(对您|對您|是否)(有帮助|有幫助|對您有幫助|对您有帮助)[吗嗎]?[？?]?"
    r"|(满意度调查|滿意度調查|页面评价|頁面評價)"
    r"|(本页|本頁|本页面|本頁面)?(信息|資訊|内容|內容)?(满意度|滿意度)(评价|評價)\s*([○●◯□☐]\s*\S{1,6}\s*){2,6}.{0,20}",
    # a machine's summary box: its label and its note (AI摘要, ※以上摘要由AI生成，經編輯審核…)
    r"AI\s*(摘要|重點|重点|看點|看点)|※?\s*以上(摘要|重點|重点)(由|為|为)\s*AI.{0,40}",
    # a reposting site's note of when it took the story: (博讯北京时间2024年10月15日 转载)
    r"[(（][^()（）]{0,12}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(转载|轉載|转发|轉發)[)）]",
    # a menu button and a script switch's letters (菜单, 简 / 繁); DW's skip link (跳过下一部分
    # 更多相关内容)
    r"((全部|全站)?(菜单|菜單|选单|選單)|简|繁|簡|简体|繁體|簡體|正體|正体)"  # (全部菜单: 韩联社's)
    r"|((正體|正体|繁體|繁体|簡體|简体)\s*){2}"  # (正體 簡體)
    r"|(跳过|跳過)(下一部分|本节|本節)\s*\S{0,16}",
    r"(正體|正体|繁體|繁体)\s*[|｜/]\s*(簡體|简体)",  # (a script switch: 正體 | 简体)
    # a site's address in brackets under its story, as a signature: (http://www.dajiyuan.com)
    r"[(（]\s*https?://[^\s/()（）]+/?\s*[)）]",
    # an e-paper's font buttons and pager (放大  缩小  默认, 上一版    下一版, 第1页 下一页, PDF下载)
    r"((放大|缩小|縮小|默认|默認|还原|還原|重置)(字号|字號|字体|字體)?\s*){2,}"  # (缩小字号  放大字号)
    r"|((上一版|下一版|上一页|下一页|上一頁|下一頁|第\s*\d{1,2}\s*[页頁])\s*){1,4}|PDF\s*(下载|下載)"
    # …and its navigation (【往期回顾】  【版面导航】  【标题导航】)
    r"|([【\[]?(往期回顾|往期回顧|版面导航|版面導航|标题导航|標題導航)[】\]]?\s*){1,4}",
    # an embedded post's markers (BBC: 跳過 Twitter 帖子, 1 / Twitter 帖子完, 1); an audio
    # player's label (收听 <the headline>) and its download link (下载 MP3 (128 kbps))
    r"(跳过|跳過)\s*\S{1,12}\s*(帖子|貼文|内容|內容)\s*[,，]?\s*\d*|\S{1,12}\s*(帖子|貼文)(完|结束|結束)\s*[,，]?\s*\d*"
    r"|(收听|收聽)\s+[^。！？!?]{4,80}|(下载|下載)\s*(MP3|音频|音頻|音檔|音档)(\s*[(（][^()（）]{0,20}[)）])?",
    # a page's weather widget: 天氣 29°C 相對濕度 82%
    r"(天气|天氣)\s*-?\d{1,2}\s*°?\s*[CF℃]?.{0,20}|(相对湿度|相對濕度)\s*\d{1,3}\s*%"
    r"|[\u4e00-\u9fff]{2,6}\s*-?\d{1,2}\s*(°\s*[CF]?|℃)",  # (or a city's: 多倫多 12°C)
    # a machine translation's credit: 通过 DeepL.com（免费版）翻译
    r"(通过|通過|由)\s*(DeepL|Google|谷歌|有道|百度|Papago)\S{0,12}\s*([（(][^()（）]{0,8}[)）])?\s*(翻译|翻譯)"
    r"|translated (with|by) (DeepL|Google)\S*(\s*\(free version\))?",
    # a page's own buttons in a row: 返回 | 关闭, 【打印】【关闭】
    r"((返回|关闭|關閉|打印|列印|收藏|顶部|頂部)\s*[|｜]?\s*){2,5}",
    r"(【\s*(打印|列印|关闭|關閉|返回[^】]{0,8}|收藏|推荐|推薦|纠错|糾錯)\s*】\s*){2,5}",  # 【打印】 【关闭】
    # an outlet's channel promotion: 订阅早报WhatsApp频道，获取每日精选新闻 / 关注光华日报WhatsApp频道
    r"[\W_]{0,4}(订阅|訂閱|关注|關注|加入|追蹤|追踪)\S{0,10}(WhatsApp|Telegram|Instagram|YouTube|Facebook|LINE)"
    r"\s*(频道|頻道|群组|群組|账号|帳號|专页|專頁).{0,20}",
    # a browser's reader mode: 本文由QQ浏览器转码，版权归原网站所有 / 查看原网页
    r"本文由\S{2,12}(转码|轉碼).{0,20}|(查看|打开|打開)原(网页|網頁)",
    # a portal's credit and feedback buttons (MSN: 故事由 新华社 提供 / 此内容是否有帮助？) and
    # an account's QR code label (新浪新闻公众号)
    r"(故事|内容|內容|文章)由\s*\S{2,12}\s*提供\s*(\[?(查看|檢視)更多\S{2,12}(内容|內容)\]?(\([^)\s]*\))?)?",
    r"(查看|檢視)更多\S{2,12}(内容|內容)|(此|這篇)(内容|內容)是否有(帮助|幫助)[？?]",
    r"[^\s，,。]{2,10}(微信)?(公众号|公眾號)(二维码|二維碼)?",
    r"(分享|share)\s*[:：﹕].{0,40}",
    # a story's original headline noted by a portal (（原标题：…）); 网易's comment links
    # (3,276跟贴, 查看全部跟贴); 澎湃's buttons (1024收藏我要举报); a gallery's prompt
    r"[（(]\s*原标题\s*[:：][^()（）]{1,80}[)）]|[\d,]*\s*跟贴|(查看|参与)全部跟贴|[\d.,]*[kK万萬]?\s*(收藏|点赞|分享)?\s*我要举报|[+＋]1\s*(收藏|点赞|點讚)"
    r"|(点击此处|點擊此處)(查询|查詢|查看|浏览|瀏覽)\S{0,30}|(反馈|反饋)\s*[:：]\s*(发表意见|發表意見)"
    r"|更多精彩内容请(进入|访问|关注)[:：]?\s*\S{0,16}?([，,]\s*并?在\S{0,40}?(关注|關注|订阅|訂閱)\S{0,20})?",
    # an outlet's LINE account promotion (風傳媒LINE官方帳號上線了！加入好友，…; ＋ 加入好友)
    r"\S{0,10}(LINE|Line)\s*(官方帳號|官方账号|官方帳户).{0,40}|[+＋]\s*加入好友",
    # a Zhihu answer's votes (1,024 人赞同了该回答)
    r"[\d,.]+\s*[万萬]?\s*人(赞同|贊同|点赞|點讚)了?(该|該)?(回答|文章)?",
    # a page number between dashes (- 1 -) in a document's text; a photo's source line
    # (配图来源：视觉中国); a WeChat page's notices when opened outside WeChat; Weibo's
    # collapse button and link marker
    r"[-–—]\s*\d{1,3}\s*[-–—]|(配图|配圖)(来源|來源)\s*[:：].{1,40}"
    r"|微信扫一扫可打开此内容.{0,20}|预览时标签不可点|收起(全文)?d?|展开全文c?|O网页链接"
    r"|(\S{1,20}的微博视频\s*)?小窗播放",  # (its video's label and button)
    # a reader app's row of buttons under each item: ⭐ 加星 · 🔖 稍后阅读 · 📤 分享 · ⏱ 预计阅读 3 分钟
    r"([^\w\s]{0,2}\s*(加星|星标|標星|标星|稍后阅读|稍後閱讀|分享|收藏|标为已读|標為已讀"
    r"|(预计|預計)?(阅读|閱讀)\s*\d+\s*(分钟|分鐘)|(阅读|閱讀)原文\s*[→›»]?)\s*[·•|｜]?\s*){3,8}",
    # a share row's platforms after its label: 分享 微博 微信 LINE X
    r"(分享|share)(\s*(facebook|twitter|line|whatsapp|telegram|threads|plurk|微信|微博|qq|qq空间"
    r"|朋友圈|x|email|复制链接|複製連結|复制网址|複製網址)){2,9}",
    r"(facebook|twitter|line|whatsapp|telegram|threads|plurk|微信|微博|x)\s*(分享|share)",
    # (or its count's brackets left empty, the count filled in by a script: 评论())
    r"(分享|订阅|訂閱|subscribe|share|打印|列印|print|收藏|书签|書籤|评论|評論|comments?)"
    r"\s*(\d*|[(（]\s*[)）])",
    # a page's mail-a-friend button: 电邮本文 (转寄 is among the toolbar's buttons)
    r"电邮本文|電郵本文|寄给朋友|寄給朋友|email this( story| article)?",
    # a link to the story in English: Read in English, 点击查看本文英文版。
    r"(read|view)( this)? in english|(点击|點擊)查看本文英文版。?",
    # a forum's (Discuz) furniture around a reposted story: 只看该作者, « 上一主题 | 下一主题 »,
    # 查看: 1520 | 回复: 23, 当前时区 GMT+8, …, Powered by Discuz!, Processed in 0.02 second(s)
    r"(只看该作者|只看該作者|楼主说两句|樓主說兩句)"
    r"|[«‹]?\s*上一主题\s*[|｜]\s*下一主题\s*[»›]?|[«‹]?\s*上一主題\s*[|｜]\s*下一主題\s*[»›]?"
    r"|(查看|查看数|查看數)\s*[:：]\s*\d+\s*[|｜]\s*(回复|回覆)\s*[:：]\s*\d+"
    r"|(当前时区|當前時區)\s*GMT[+-]\d+.*|.{0,40}powered by discuz!?.*|processed in [\d.]+ second\(s\).*",
    # a circumvention tool's promotion (免费PC翻墙、安卓VPN翻墙APP; 翻墙软件下载): its word with a
    # tool's or said twice (a story's 议员翻墙进入议事堂 stays)
    # (each searched anywhere in the line: see _ANYWHERE)
    r".*(翻墙|翻牆|VPN|科学上网|科學上網).*(翻墙|翻牆|VPN|软件|軟件|軟體|APP|下载|下載|免费|免費|工具|节点|節點|机场|機場|连接|連接|订阅|訂閱).*",
    r".*(高速|免费|免費|安卓|iOS).{0,4}(翻墙|翻牆|VPN|科学上网|科學上網).*",
    # feed footers (WordPress's: The post 朝鲜…导弹 appeared first on 新唐人电视台.)
    r".*(更多\s*RSS|RSS\s*订阅|RSS\s*訂閱|more rss|获取更多|獲取更多).*",
    r"the post .{1,160} appeared first on .{1,60}",
    # the lead picture's credit over the story, and its producer's (虎嗅: 出品 | 虎嗅科技组 /
    # 头图 | 视觉中国)
    r"(头图|頭圖|题图|題圖|封面图|封面圖|出品)\s*[|｜:：/／]\s*\S{1,20}",
    # a newsletter platform's appeal (Substack's: Thanks for reading 半岛笔记! Subscribe for free…)
    r"thanks for reading .{1,60}[!.]\s*subscribe .{0,80}",
    # a paper's credit with its day under the story (udn's: 【2006/10/10 聯合報】@ http://udn.com/)
    r"【\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s*[^\s【】]{2,10}】(\s*@\s*https?://\S+)?",
    # a site's disclaimer under a reposted story: 本站声明：本站所有新闻、评论均来自网友投稿或转载…
    r"(本站|本网|本網)(声明|聲明)\s*[:：].{4,}",
    # a language switcher under the byline: English 繁體 (纽约时报中文网)
    r"english\s+(繁體|简体|繁体|簡體)(\s+(繁體|简体|繁体|簡體))?",
    r"(https?://\S+\s*)+",
    # navigation crumbs and empty tag trailers
    r"(首页|首頁|home)\s*(>|＞|›|»|/|→).*",
    # (after a government site's accesskey anchor: ::: 現在位置：首頁 > 新聞與公告; 您当前的位置 ：…)
    r"(:::\s*)?(当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|所在位置|现在位置|現在位置|目前位置"
    r"|您当前的位置|您當前的位置|当前的位置|當前的位置)\s*[:：].{0,160}",
    # a print view's time (打印时间：2014-01-05 21:33:08); a video box's loading and browser notes
    r"(打印时间|打印時間|列印時間|列印时间|打印日期|列印日期)\s*[:：]\s*\d.{0,30}",
    r"(影音|视频|視頻|影片)(加载|加載|载入|載入)中.{0,4}|正在(加载|加載)(视频|視頻|影片).{0,20}",
    r"(您的)?(浏览器|瀏覽器)(不支持|不支援).{0,60}",
    # a document's download links (全文下載（PDF）, Word檔) and its other language's edition
    r"(全文)?(下载|下載)\s*[（(]?\s*(PDF|Word|DOC)\s*[)）]?|(PDF|Word)\s*(档|檔|文件|版)"
    r"|(阅读|閱讀)(英文|韩文|韓文|日文)版\s*(Read in English)?|Read in English",
    # a search page's count of results and its hot keywords (共 5,216 筆搜尋結果, 熱門關鍵字：…)
    r"(共|约|約)?\s*[\d,]+\s*(筆|笔|条|條|个|個|項|项)?\s*(搜尋|搜索|检索|檢索)?(結果|结果).{0,30}"
    r"|(熱門|热门)(關鍵字|关键字|關鍵詞|关键词|搜尋|搜索|標籤|标签)\s*[:：].{0,60}"
    # …and a news database's search over the record it shows (檢索條件：…, 檢索結果 第 3 筆／共 27 筆)
    r"|(检索|檢索|搜索|搜尋|查询|查詢)(条件|條件|词|詞|式)\s*[:：].{0,120}"
    r"|(检索|檢索|搜索|搜尋|查询|查詢)?(结果|結果)\s*[:：]?\s*第\s*\d+\s*[笔筆条條篇项項]\s*[/／∕]\s*共\s*\d+\s*[笔筆条條篇项項].{0,60}"
    # …and its printout's footer: the help line, the day printed for which library
    r"|(客服專線|客服专线|服務專線|服务专线|客服電話|客服电话)\s*[:：].{0,80}"
    r"|(列印日期|打印日期|列印時間|打印時間|打印时间)\s*[:：]\s*\d[\d/.年月日: -]{4,20}\s*(使用單位|使用单位|IP).{0,80}",
    # an alert's banner: 新闻快讯 | BREAKING NEWS
    r"(新闻快讯|新聞快訊|快讯|快訊)\s*[|｜]?\s*(BREAKING NEWS)?|BREAKING NEWS",
    # an e-paper's page list (第06版：国际新闻, a line each) and its PDF link
    r"第\s*[A-Z]?\d{1,3}\s*版\s*[:：]\s*[^\s，。,]{2,12}|PDF\s*版|(下载|下載)?本版\s*PDF|版面PDF",
    # an ad's label run on to its words: 廣告夏日限定！機票下殺5折起
    r"(广告|廣告)(?!(业|業|商|主|费|費|界|公司|法|牌|位|收入|投放))[^。，,]{2,24}",
    # a reader's prompt for the attachments (PDF文件需使用Adobe Acrobat Reader阅读。…), and an
    # office's address and telephone line (日本国驻华大使馆　北京市朝阳区…　电话：010-8531-9800)
    r"(\[?!\[[^\]\n]{0,40}\]\([^)\s]{0,200}\)\]?(\([^)\s]{0,200}\))?\s*)?"  # (after its linked logo)
    r"(PDF|pdf)\s*(文件|档案|檔案|格式)?.{0,6}(需|须|須|请|請)?(使用|安装|安裝).{0,20}Reader.{0,60}",
    r"[^\s。，]{2,24}\s+[^\s。，]{4,40}\s+(电话|電話|Tel|TEL)\s*[:：]\s*[\d\s()（）+-]{6,20}",
    # a broadcaster's note under a story (NHK: 以上为播出时的信息。); a video's title line with its
    # anchor (影音：headline　TVBS新聞 主播 詹舒涵)
    r"以上(为|為|是)(播出|播放|广播|廣播)(时|時)的(信息|資訊|资讯|內容|内容)。?",
    r"(影音|视频|視頻)\s*[:：].{4,80}(主播|主持人|记者|記者)\s*[\u4e00-\u9fff·]{2,4}",
    # a video page's label over its text; the link to a channel's full schedule
    r"(视频|視頻|节目|節目|内容|內容)(简介|簡介)|(完整|全部)(节目单|節目單|节目表|節目表)\s*[>»]*",
    # a link to the story's Korean edition (延边日报: 조선문 기사 보기)
    r"(조선문|조선어|한글|한국어)?\s*(기사|원문)\s*보기",
    # a comment box's prompt: 请在下方发表评论
    r"(请|請)?(在)?(下方|下面|以下)?(发表|發表)(评论|評論|您的评论|您的評論)",
    # a story's age alone on its line, beside the date it was printed with (2小时前)
    r"\d{1,2}\s*(分钟|分鐘|小时|小時|天)前|刚刚|剛剛",
    # a press release's contact under it: 新聞聯絡人：梁文傑副主任委員 (陸委會)
    r"(新闻联络人|新聞聯絡人|联络人|聯絡人|新闻联系人|新聞聯繫人)\s*[:：].{0,40}",
    # a navigation bar copied as one line: 中央日报中文网 | 首页 | 政治 | 经济
    r"([^|｜]{1,14}[|｜]\s*)*(首页|首頁|home)(\s*[|｜]\s*[^|｜]{1,14})+",
    r"([^\s>›»]{1,12}\s*(>|›|»|>>)\s*){2,}[^\s>›»]{1,12}",  # crumbs: 明報 > 國際 > 正文, 人民网>>国际
    r"([A-Za-z\u4e00-\u9fff]{1,6}[∕／]){2,}[A-Za-z\u4e00-\u9fff]{1,6}",  # (udn's: udn∕全球∕國際焦點)
    r"(tagged|tags|标签|標籤|关键词|關鍵詞|关键字|關鍵字)\s*[:：]?\s*",
    r"(上一篇|下一篇|上一条|下一条|上一條|下一條|上一则|下一则|上一則|下一則|前一则|前一則|后一则|後一則"
    r"|上一页|下一页|上一頁|下一頁"
    r"|前一篇|后一篇|後一篇|返回顶部|返回頂部|返回首页|返回首頁|返回页首|返回頁首"
    r"|回到顶部|回到頂部|back to top)\b.*",
    # an article's toolbar: font size, print, close (【字体：大 中 小】【打印】【关闭窗口】)
    r"([【〖\[]?\s*((字体|字體|字号|字號|文字大小|字體大小|字体大小|字級設定|字级设定|字級|字级)\s*[】\]]?\s*[:：]?\s*([↑↓]?\s*(大|中|小|放大|缩小|縮小)\s*)+|((大|中|小)\s*){3}|大\s*小"
    r"|(大|中|小)(字号|字號)|(放大|缩小|縮小)(字体|字體)?|(標準|标准)(字号|字號|字体|字體)?|打印|列印|打印版本|列印版本|友善列印|我要打印|打印本页|打印本頁|打印本文|打印此页|列印此頁"
    r"|关闭窗口|關閉窗口|关闭|關閉"
    rf"|返回首页|返回首頁|推荐给好友|推薦給好友|{COPY_LINK}|我要纠错|我要糾錯|纠错|糾錯"
    r"|推荐给朋友|推薦給朋友|转发给好友|轉發給好友|转寄给朋友|轉寄給朋友|转寄给好友|轉寄給好友|加入收藏|转寄|轉寄|转发|轉發|推荐|推薦|全文显示|全文顯示|显示全文|顯示全文|返回顶部|返回頂部"
    r"|电邮给朋友|電郵給朋友|电邮给好友|電郵給好友|发送给朋友|發送給朋友|返回新闻首页|返回新聞首頁"
    r"|保存网页|保存網頁|保存本页|保存本頁|本文下载|本文下載|网摘|網摘|商城|回上一页|回上一頁|列印本頁|列印本页|发表评论|發表評論"
    r"|(分享到|分享至)\s*[:：]"  # (its share label, the buttons lost: 【字号：大 中 小】 打印 分享到：)
    r"|(分享到|分享至)\s*(Facebook|LINE|Line|X|Twitter|Plurk|微博|微信|Email))"  # (or kept: 分享至LINE)
    r"\s*[】〗\]]?\s*[|｜]?\s*){1,6}((评论|評論)\s*[（(]\d+[)）])?",  # (【转寄】 【推荐】 【全文显示】; … 评论(3))
    # (several: 排版：小雅 / 审核：然木)
    rf"([（(【\[■]?\s*({EDITORS})\s*[:：/／|｜]\s*[^）)】\]\s/／]{{0,12}}(?: [^）)】\]\s/／])?"  # (肖 菲; ■責任編輯：…)
    rf"\s*[)）】\]]?\s*[/／]?\s*){{1,4}}"
    r"[A-Z]{0,4}\d{0,8}\s*[)）】\]]?",  # ([责任编辑：姜楠 PN138])
    # the translator and the editors in brackets, a space after each role: (编译 陈宏美；审校 田世昱)
    rf"[（(]\s*((编译|編譯|翻译|翻譯|{EDITORS})\s*[:：]?\s*[\u4e00-\u9fff·]{{2,4}}\s*[；;，,、]?\s*){{1,4}}[)）]",
    # a wire's sign-off, its staff's initials: hsy/ljh/ec
    r"[a-z]{2,4}(/[a-z]{2,4}){1,5}",
    # the writers and the editor closing the story in brackets: （作者：赵磊,吴悦 编辑：周上祺）
    rf"[（(]\s*(作者|记者|記者)\s*[:：]\s*[^）)]{{2,20}}?\s+({EDITORS})\s*[:：]\s*[^）)\s]{{2,12}}\s*[)）]",
    # a member's thanks inside the story it unlocked (本文為端會員專享內容，感謝你的支持。)
    r">?\s*"
    + _MEMBER_THANKS
    + r"(\[[^\]]{0,30}\]\([^)\s]*\)|[^。]{0,20})",  # (its link, or its words)
    # a phone's status bar and a browser's address bar in a screenshot's text:
    # 10:38 ✈ ⊿ 5G ▮76%, < 🔒 cn.yna.co.kr ⋮
    r"\d{1,2}:\d{2}\s+[^\w\s]?.{0,16}(5G|4G|LTE|Wi-?Fi)[^\w]{0,3}\d{0,3}%?",
    r"([<‹]\s*🔒?|🔒)\s*([a-z0-9-]+\.)+[a-z]{2,}(/\S*)?\s*[⋮:…]?",
    # a site's search box: 请输入关键字  搜索, 站内搜索
    r"((请|請)?(输入|輸入)(关键字|关键词|關鍵字|關鍵詞|搜索内容|搜尋內容)\s*)?(搜索|搜尋|站内搜索|站內搜尋|查询|查詢)"
    r"|(请|請)?(输入|輸入)(关键字|关键词|關鍵字|關鍵詞|搜索内容|搜尋內容)",
    # a copied WeChat article's prompts around the story
    r"(点击|點擊)?(上方|下方)?(蓝字|藍字)(关注|關注).{0,20}|(阅读|閱讀)原文|喜欢此内容的人还喜欢"
    r"|(查看|閱讀|阅读)原始(文章|新聞|新闻)|(查看|閱讀|阅读)(韩文|韓文|英文|日文|韓語|韩语|日語|日语|朝鲜文|朝鮮文)原文"
    r"|喜歡此內容的人還喜歡|(长按|長按)(识别|識別)?(二维码|二維碼).{0,20}|(扫码|掃碼)(关注|關注).{0,20}",
    # page navigation of an article split over pages: 上一页 1 2 3 下一页, 第1页/共3页
    r"((首页|首頁|上一页|上一頁)\s*)?(\d+\s*)*(下一页|下一頁)(\s*(尾页|尾頁))?|(上一页|上一頁)[\s\d]*"
    r"|第\s*\d+\s*[页頁]\s*[/／,，]?\s*共\s*\d+\s*[页頁]"
    # (with the pages' numbers and links after it: 第1页 共3页 1 2 3 下一页 余下全文)
    r"(\s*\d+)*(\s*(下一页|下一頁|余下全文|餘下全文|阅读全文|閱讀全文|全文))*",
    # another story's teaser among the paragraphs: ►北韓「火星-19型」洲際飛彈試射 飛行時間創紀錄
    # (a headline may exclaim inside it: ►北韓又放垃圾氣球！首爾龍山總統府院區驚見落下物)
    r"[►▶➤➜»▸]\s*[^。！？]{2,50}(?:[！？][^。！？]{2,40})?",
    # a government site's access-key marks and its links back (Taiwan: :::, 回上一頁)
    r":::|(回上一頁|回上一页|回上頁|回上页|回頁首|回页首)",
    # a government site's page survey (您对本页面提供的信息满意吗？ 非常满意 满意 一般 不满意), its
    # open licence (公共信息开放许可 第1类型, Korea's 공공누리) and its page-owner line
    r".*(提供的信息满意吗|提供的資訊滿意嗎|提供的信息滿意嗎|만족하십니까).*",
    r"(非常满意|非常滿意|满意|滿意|一般|不满意|不滿意|非常不满意|非常不滿意)",
    r".*(公共信息开放许可|公共資訊開放許可|공공누리).*",  # (.*….*: searched in one pass)
    r"(负责部门|負責部門|담당부서)\s*[:：].{0,60}(电话|電話|最终更新|最終更新|연락처).{0,40}",
    SHARED_VIA.pattern,
    # a reading app's time and length: 阅读时长约 11 分钟 | 字数 3862
    r"(阅读|閱讀)(时长|時長|时间|時間)\s*[约約]?\s*\d+\s*(分钟|分鐘)(\s*[|｜·]\s*(字数|字數)\s*[\d,]+)?",
    # a database's prompts to read on a phone: 手机阅读本文, 下载安装手机APP  扫码同步阅读本文
    r"(手机|手機)(阅读|閱讀)本文|下载安装手机APP.{0,20}|下載安裝手機APP.{0,20}",
    # a paper's plug between stars: ☆自由時報電子報提醒您，…請追蹤自由時報國際新聞粉絲團☆
    r"[☆★]\s*[^☆★]{4,80}\s*[☆★]|[▼▽]\s*[^▼▽▲]{2,30}\s*[▼▽]",  # (▼南韓大選點票實況▼: a video's label)
    # a promotion's label before its title: 招聘 | 三联生活周刊招聘新媒体编辑、视频编导
    r"(招聘|推广|推廣|福利|廣告|广告)\s*[|｜]\s*[^。！？]{2,40}",
    # a feature's picture and layout credits on their own line (摄影｜张雷, 攝影／林均翰) and its
    # note of first publication (（本文原载于《三联生活周刊》2024年3期，原文标题《…》）)
    r"(摄影|攝影|设计|設計|插画|插畫|视觉|視覺|美编|美編|排版)\s*[:：|｜/／]\s*"
    r"([\u4e00-\u9fff·]{2,4}(\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,3}"
    r"|[A-Z][A-Za-z.'-]+( [A-Z][A-Za-z.'-]+){0,3})"  # (摄影：Oleksandr Kovalenko)
    r"|[（(]?\s*本文(原载|原載|首发|首發|原刊|刊发|刊發|刊载|刊載|刊登)(于|於)[^）)]{2,80}[)）]?",
    # editors and translators credited by name alone, several on a line: 编译 王兴亮；审校 张涛
    # (a two-character name may be spaced out: 校对 刘\u3000军)
    rf"(({EDITORS}|编译|編譯|翻译|翻譯)\s+[\u4e00-\u9fff·](?:\u3000?[\u4e00-\u9fff·]){{1,3}}"
    r"[\s；;，,、|｜]*){2,4}"
    rf"|({EDITORS})\s+[\u4e00-\u9fff·](?:\u3000?[\u4e00-\u9fff·]){{1,3}}",
    # a media player's controls and clock: 播放 00:00 / 01:36 字幕 全螢幕; [播放] 收听广播 00:00 / 01:45
    rf"({_PLAYER}\s*)*\d{{1,2}}:\d{{2}}(:\d{{2}})?\s*/\s*\d{{1,2}}:\d{{2}}(:\d{{2}})?(\s*{_PLAYER})*",
    # a player's buttons alone (字幕, 播放 全屏) and its loading notice (影片載入中...)
    # (and the label of a box of videos the copy left empty: 更多影音)
    rf"{_PLAYER}(\s*{_PLAYER})*|(影片|视频|視頻)(載入|载入|加载|加載)中\.*|更多(影音|影片|视频|視頻)",
    # a prompt to report a mistake (联合早报: 发现错误？告诉我们)
    r"(发现错误|發現錯誤)[？?]\s*(告诉我们|告訴我們)",
    # a site's maker and sponsor in its footer: 制作单位：新华网股份有限公司
    r"(制作单位|製作單位|主办单位|主辦單位|承办单位|承辦單位)\s*[:：]\s*\S.{0,30}",
    # a wire's sign-off under the story between equals signs: ==共同社==
    r"[=＝]{2}\s*[^=＝\s]{2,8}\s*[=＝]{2}",
    # an app's store buttons and its download prompt (App Store | Google Play; 下载KBS WORLD应用，
    # 随时收听韩国广播)
    r"(App Store|Google Play|应用商店|應用商店)(\s*[|｜]\s*(App Store|Google Play))*"
    r"|(下载|下載)[^。，,]{1,20}(应用|應用|应用程序|應用程式)[，,][^。]{1,20}",
    # a share button with its network's name (分享 FB, 分享到 LINE)
    r"(分享|分享到|分享至)\s*[:：]?\s*(FB|Facebook|LINE|Line|X|Twitter|Threads|WhatsApp|Telegram"
    r"|微博|微信|QQ|噗浪|Plurk|Email|email|電郵|电邮)"
    r"|(通过|通過|透過|以)(电子邮件|電子郵件|电邮|電郵|Email|email)分享",  # (VOA: 通过电子邮件分享)
    # a video's caption under its player, which a copy loses: 视频：特金会签字仪式现场 …
    r"(视频|視頻|影片)\s*[:：]\s*[^。！？!?]{2,50}",
    # a broadcast's programme note with its air time: 影片來源：《東森晚間新聞》 播出時間 …19:00
    # (not a headline about a programme: 《金正恩传》电视剧在平壤首播)
    r"[^。，,！？!?]{0,24}《[^》]{2,20}》(?=.*\d{1,2}:\d{2})[^。，,！？!?]{0,12}(播出|首播|播放)[^。，,！？!?]{0,24}",
    # a story compiled from wires, credited to no one outlet: （綜合外電報道）
    r"[（(]?\s*(综合外电|綜合外電|综合|綜合)(报道|報道|报导|報導)?\s*[)）]?",
    # the end-of-story mark of wire copy
    _END_MARK,
]
# Prompts and footer lines found by a word in them (searched, which is fast): (pattern, the
# longest line it marks as furniture, whether that line may end a statement).
_PROMPTS = [
    # follow-us prompts: 加入風傳媒LINE好友, 點我訂閱…頻道, 歡迎搜尋dw.chinese，看更多…
    (r"(加入|訂閱|订阅|追蹤|追踪|关注|關注).{0,12}LINE\s*(好友|官方帳號|官方账号|官方帐号)", 80, True),
    (r"(點我|点我|按我)(訂閱|订阅|加入|下載|下载)", 60, True),
    (r"^(已經|已经)(加|加入)(好友|關注|关注)", 20, True),  # a follow button's label: 已經加好友了，謝謝
    (r"(訂閱|订阅).{0,8}(電子報|电子报|newsletter)", 40, True),  # 訂閱風傳媒電子報，每日精選…
    # a membership's offer: 端 Premium 會員年費限時八折｜立即訂閱
    (r"(會員|会员|年費|年费|八折|優惠|优惠).{0,12}(立即訂閱|立即订阅|馬上訂閱|马上订阅)$", 40, True),
    # a plan's offer: 订阅早报数码配套 畅读所有文章
    (r"(訂閱|订阅).{0,12}(畅读|暢讀|阅读|閱讀)(所有|全部|全站)(文章|内容|內容)", 40, True),
    # a paywall's price: 深度報道、評論與專欄，每月僅需 HK$49 起。 / 訂閱…電子版　每期只需HK$30
    (r"(订阅|訂閱|会员|會員|仅需|僅需|只需).{0,20}(HK\$|NT\$|US\$|S\$|RM|\$|¥|￥)\s*\d", 50, True),
    # a prompt to sign in and comment: 登录后发表评论; to subscribe: 订阅《联合早报》印刷版
    (r"(登录|登入|登錄)(后|後)(发表|發表|参与|參與)?(评论|評論|留言|讨论|討論)", 30, True),
    (
        r"^(订阅|訂閱)(《[^》]{2,12}》|\S{1,8}?(报|報|刊|会员|會員))(印刷版|电子版|電子版|纸本|紙本)?"
        r"([，,].{0,24})?$",
        40,
        True,
    ),
    # a link to the pictures' gallery: 點擊看圖輯
    (r"^(點擊|点击|按此|點此|点此)(看|查看|觀看|观看)(圖輯|图辑|相簿|更多圖片|更多图片)", 20, True),
    # a comment form's notice (WordPress): 您的電子郵件地址不會被公開。
    (r"(您|你)的(電子郵件|电子邮件|郵箱|邮箱|email)(地址)?(不會|不会)(被)?(公開|公开)", 40, True),
    # a site's notice that its stories are taken down: 此新闻将在发布后约一个月内保留在网站上。
    (r"(将在|將在)(发布|發布|刊登|刊出)(后|後).{0,12}(保留|删除|刪除)", 40, True),
    # a frames notice, a self-media post's picture disclaimer (图片来源于网络，如有侵权请联系删除),
    # an error-report prompt (如果您发现此篇文章有错误，请联系我们)
    (
        r"(浏览器|瀏覽器)(不支持|不支援)(框架|frames?)"
        r"|(如有侵权|如有侵權|如涉及侵权|如涉及侵權|若有侵权|若有侵權).{0,20}(删除|刪除)"
        r"|(如果您|如您|若您)发现.{0,12}(错误|錯誤)",
        80,
        True,
    ),
    # ▼点击下方名片，关注环球时报▼ / 长按二维码关注
    (r"(点击|點擊|长按|長按).{0,8}(名片|二维码|二維碼|公众号|公眾號|关注|關注)", 40, True),
    (r"^\S{0,8}(报料|爆料|報料)(热线|熱線|邮箱|郵箱|电话|電話)?\s*[:：]", 60, False),  # 澎湃新闻报料：
    (r"(追蹤|追踪|關注|关注|訂閱|订阅).{0,12}google\s*(news|新聞|新闻)", 40, False),
    # 【01新聞】WhatsApp Channel 已開通，立即追蹤掌握最新消息
    (r"(whatsapp|telegram|instagram|youtube|line|facebook)\s*(channel|頻道|频道|專頁|专页)"
     r".{0,24}(追蹤|追踪|關注|关注|訂閱|订阅|加入|按此|點此|点此)"
     r"|(追蹤|追踪|關注|关注|訂閱|订阅|加入).{0,12}(whatsapp|telegram|instagram|youtube|line|facebook)"
     r"\s*(channel|頻道|频道|專頁|专页|群組|群组)", 80, True),
    (r"^(喜歡|喜欢)(這篇|这篇|本篇|本)(文章|報導|报道)(嗎|吗)", 20, True),
    (  # 加入風傳媒會員，每日掌握國際最新動態
        r"^(加入|成為|成为)\S{0,10}(會員|会员)[，,]\s*\S{0,4}(每日|每天|即可|享|掌握|解鎖|解锁|閱讀|阅读)",
        40,
        True,
    ),
    (r"(歡迎|欢迎)(搜尋|搜索|追蹤|追踪)\S{1,20}[，,]\s*(看|觀看|观看|獲取|获取)(更多|看)", 80, True),
    (r"(下载|下載|download).{0,12}(APP|客户端|客戶端)", 50, False),  # 他下载了这个APP…。 stays
    (r"^\W{0,3}【[^【】\s]{1,8}(app|客户端|客戶端)】", 60, True),  # 📱【早报App】随时随地掌握…
    (r"(app|客户端|客戶端).{0,16}(下载|下載)|(按此|點此|点此)(下载|下載)", 60, False),
    # an ad break's prompt inside the story: 请继续往下阅读, 廣告後繼續閱讀
    (r"(继续|繼續)(往下|向下|下滑)?(阅读|閱讀|滑动|滑動)|continue reading|scroll to continue", 30, False),
    (r"^(往下看|向下看)更多(新闻|新聞|内容|內容)?$", 12, False),  # (TVBS: 往下看更多新聞)
    # a site's address and telephone line in its footer: 韩联社 地址：首尔特别市…
    (r"^[^\s：:]{0,12}\s*(地址|電話|电话|传真|傳真|热线|熱線|邮箱|郵箱)\s*[:：].{4}", 80, False),
    # a site's name with its domain under the story: 朝鲜日报中文网 cn.chosun.com
    (r"^[^\s。，,：:]{1,14}(网|網|报|報|社|台|臺|新闻|新聞|电视|電視)\s+(https?://)?([a-z0-9-]+\.)+"
     r"(com|cn|net|org|kr|kp|tw|hk|jp|sg|fr|de|uk)(\.[a-z]{2})?/?$", 40, False),
]  # fmt: skip
_PROMPT_RES = [(re.compile(p, re.IGNORECASE), n, end) for p, n, end in _PROMPTS]
_STATEMENT_END = re.compile(r"(?:。|(?<![.…])\.)\s*$")  # (not an ellipsis: 請繼續往下閱讀...)


def _prompt(text: str) -> bool:
    """A line one of _PROMPTS names. Each pattern is searched on its own: one alternation of
    them all is several times slower (a search for one word runs at C speed)."""
    if len(text) > 80:
        return False
    statement = bool(_STATEMENT_END.search(text))
    return any(
        len(text) <= longest and (end or not statement) and r.search(text)
        for r, longest, end in _PROMPT_RES
    )


# Patterns with a wildcard first, slow to try on every line: each is tried only on the lines
# holding one of its words (lower-cased).
_GATED_PATTERNS = [
    # a Baidu page's top bar (百度首页, 更多产品) and its prompt to open the story in its app
    # (百度APP扫码打开 / 发表评论、分享好友，查看更多精彩内容)
    (
        ("百度", "产品", "精彩内容"),
        r"百度(首页|首頁)|更多产品|百度\s*APP\s*(扫码|掃碼)(打开|打開).{0,8}"
        r"|(发表评论|發表評論)[、，,\s]*(分享好友)?[、，,\s]*查看更多精彩(内容|內容)",
    ),
    # a Chinese site's licence number, maybe among its other licences: [京ICP证040655号] …
    (("icp",), r"[^。]{0,120}ICP\s*(备|備|证|證)[^。]{0,120}"),
    # a site's copyright statement under the story (中国日报网版权说明：凡注明来源为…；凡本网注明
    # “来源：XXX（非中国日报网）”的作品，均转载自其它媒体…与本网无关。)
    (
        ("版权说明", "版權說明", "版权声明", "版權聲明", "凡本网", "凡本網", "凡注明"),
        r"\S{0,12}(版权说明|版權說明|版权声明|版權聲明)(\s*[:：].{0,600})?"
        r"|凡(本网|本網|本站)?注明.{0,200}(转载|轉載).{0,300}",
    ),
    # a paywall's and a shop's prompts under a story's free part (加入端會員，閱讀全文…; ¥498/年;
    # 已订阅用户请 登录; 点击下方卡片 购买本期杂志), an audio version's (听全文 约16分钟), a podcast
    # player's line (52分钟 · 4天前 · 3871人听过), a video's chapters label (章节：)
    (
        (
            "會員",
            "会员",
            "/年",
            "/月",
            "订阅用户",
            "訂閱用戶",
            "卡片",
            "听全文",
            "聽全文",
            "听过",
            "聽過",
            "章节",
            "章節",
        ),
        r"(加入|成為|成为)\S{1,6}(會員|会员)[，,]\s*(閱讀|阅读)全文.{0,30}"
        r"|[¥￥$]\s*[\d,.]+\s*/\s*(年|月)|(已订阅用户|已訂閱用戶)请?\s*(登录|登入)?"
        r"|(点击|點擊)(下方|上方)(卡片|小程序|链接|鏈接)\s*(购买|購買|订阅|訂閱)\S{0,10}"
        r"|(听|聽)全文\s*(约|約)?\s*\d+\s*(分钟|分鐘)"
        r"|\d+\s*(分钟|分鐘)\s*[·•]\s*\S{1,8}\s*[·•]\s*[\d,.]+\s*[万萬]?\s*人(听过|聽過)"
        r"|(章节|章節)\s*[:：]",
    ),
    # a broadcaster's and a podcast's prompts (收听本台节目; 早报Podcast｜《早说天下》), BBC's
    # share panel (分享 关闭面板), a sign-up wall (免费注册，解锁更多独家内容)
    (
        ("收听", "收聽", "podcast", "面板", "注册", "註冊"),
        r"(收听|收聽)本台(节目|節目)|\S{0,6}podcast\s*[|｜:：]\s*《[^》]{1,20}》"
        r"|(分享)?\s*(关闭面板|關閉面板)|(免费|免費)(注册|註冊)[，,]\s*(解锁|解鎖)\S{0,12}",
    ),
    # a page's reading count (阅读量：4.6万); a note of the wires a story was compiled from, on
    # its own line or in brackets under the story (综合韩联社、纽西斯通讯社报道; （综合新华社、央视新闻）)
    (
        ("阅读量", "閱讀量", "综合", "綜合"),
        r"(阅读量|閱讀量|阅读数|閱讀數)\s*[:：]\s*[\d,.]+\s*[万萬]?\+?"
        r"|(综合|綜合)[^。，,\s（()）]{2,30}(报道|報導|报导)"
        r"|[（(]\s*(综合|綜合)[^。，,（()）]{2,30}[)）]",
    ),
    # a credits block under the story, a label a line (【记者】冯晓岚 / 【实习生】黄梓涵)
    (
        tuple(
            f"{label}】"
            for label in (
                "记者",
                "記者",
                "实习生",
                "實習生",
                "通讯员",
                "通訊員",
                "作者",
                "摄影",
                "攝影",
                "编辑",
                "編輯",
                "校对",
                "校對",
                "审核",
                "審核",
            )
        ),
        r"【(记者|記者|实习生|實習生|通讯员|通訊員|作者|摄影|攝影|编辑|編輯|校对|校對|审核|審核)】"
        r"\s*[\u4e00-\u9fff·]{2,4}([、，,\s][\u4e00-\u9fff·]{2,4}){0,3}",
    ),
    # a service's promotion of its own account (DW中文有Instagram！), a link to the English
    # version (本文英文版)
    (
        ("instagram", "英文版"),
        r"\S{1,12}有(Instagram|Facebook|YouTube|Telegram|LINE|X)[！!]?"
        r"((欢迎|歡迎|若無法瀏覽|若无法浏览)[^。]{1,40}[。.]?)?"  # (…若無法瀏覽，請點選此處連結。)
        r"|(本文|阅读|閱讀)?(英文版|英文原文)",
    ),
    # a notice that the story is the outlet's own: 本文为原创内容，版权归三联生活周刊所有
    (
        ("版权", "版權"),
        r"本文(为|為|系|係)原创(内容|內容)?[，,]\s*(版权|版權)(归|歸)\S{2,16}所有[。.]?",
    ),
    # a gallery's label (圖輯（共6張）), a closed forum under a story (此论坛已关闭)
    (
        ("共", "论坛", "論壇"),
        r"(圖輯|图辑|组图|組圖|图集|圖集)\s*[（(]\s*共\s*\d+\s*(張|张)\s*[)）]|此(论坛|論壇)已(关闭|關閉)",
    ),
    # a Korean site's copyright line in Korean (저작권자(c) 연합뉴스, 무단 전재-재배포 …금지)
    (("무단",), r".{0,40}무단\s*전재.{0,60}"),
    # BBC's role line under its writer's name: the desk and the city (BBC韩语部，首尔)
    (("bbc",), r"BBC\s?[\u4e00-\u9fffA-Za-z ]{0,12}[，,]\s*[\u4e00-\u9fff]{2,5}"),
    # a subscription's offer: 订阅联合早报 首月只需0.99元
    (
        ("首月", "首年"),
        r"[^。，,]{0,16}(订阅|訂閱)[^。，,]{1,16}\s*(首月|首年)\s*(只需|仅需|僅需)\s*\S{0,3}[\d.]+\s*(元|港元|新元)?",
    ),
    # a share button with its network (在Facebook上分享), a follow prompt with the network
    # (关注美国之音中文网：YouTube), a clipper's mark (— Clipped by RSS Dashboard for Obsidian)
    (
        ("分享", "关注", "關注", "clipped"),
        r"(在|到)\s*(Facebook|X|Twitter|LINE|Line|Telegram|WhatsApp|微博|微信)\s*上?(分享)"
        r"|(关注|關注)\S{2,16}\s*[:：]\s*(YouTube|Facebook|X|Twitter|Instagram|Telegram|微博|微信)"
        r"(\s*[|｜/、,，]?\s*(YouTube|Facebook|X|Twitter|Instagram|Telegram|微博|微信))*"
        r"|[*_]?\s*[—–-]+\s*Clipped (by|with) [^*_]{2,60}[*_]?",
    ),
    (
        (
            "翻译",
            "翻譯",
            "译文",
            "譯文",
        ),  # a translation's note: 以下是…新闻声明的中文翻译。, （…暂定译文）
        r"[（(]?.{0,30}(中文翻译|中文翻譯|中文译文|中文譯文|暂定译文|暫定譯文|暂定翻译|暫定翻譯).{0,30}",
    ),
    # a prompt to follow the paper's channel on a chat app (📣 最新消息！即追蹤「香港01」WhatsApp
    # Channel，緊貼國際大事👉 https://…, 在WhatsApp关注联合早报频道…)
    (
        ("whatsapp", "telegram", "line", "signal"),
        r".{0,20}(追蹤|追踪|關注|关注|加入|訂閱|订阅).{0,16}(WhatsApp|Telegram|LINE|Signal)\s*"
        r"(Channel|頻道|频道|群組|群组).{0,80}"
        r"|.{0,6}(WhatsApp|Telegram|LINE)\s*(关注|關注|追蹤|追踪|订阅|訂閱).{0,16}(频道|頻道).{0,30}",
    ),
    # a news-tip line: 有新闻线索？请拨打新明热线 1800-7478 111，或WhatsApp 9865 4321。
    (
        ("线索", "線索", "报料", "報料", "爆料"),
        r"\W{0,2}(有|如有|欢迎|歡迎)?(新闻线索|新聞線索|报料|報料|爆料)\S{0,3}[？?，,：:].{0,20}"
        r"(热线|熱線|WhatsApp|电话|電話|邮箱|郵箱)\D{0,4}\d[\d -]{5,}.{0,30}",
    ),
    # a membership box's words: 南洋VIP会员, 免费注册，即可畅读全站文章
    (
        ("vip", "注册", "註冊"),
        # (注册会员即可免费阅读更多日经中文网文章。)
        r"\S{0,8}VIP\s*(会员|會員)"
        r"|(免费|免費)?(注册|註冊)(会员|會員)?[，,]?\s*即可(免费|免費)?(畅读|暢讀|阅读|閱讀).{0,16}",
    ),
    # a WeChat share box's instructions: 打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。
    (("扫一扫", "掃一掃"), r"(打开|打開)(微信|微信App)[，,].{0,40}(扫一扫|掃一掃).{0,30}"),
    # a translation's disclaimer: ※本谈话为日文原文的参考译文，如有出入，以日文原文为准。
    (
        ("参考译文", "參考譯文"),
        r"※?\s*本\S{0,6}(为|為|係|系)\S{0,8}(原文)?的?(参考译文|參考譯文).{0,40}",
    ),
    # a paywall's and a newsletter's prompts (订户专享 您正在阅读的是早报订户专享内容。, …新闻送到您的
    # 邮箱。 免费订阅), an app's (接收…实时信息，下载法广应用程序), a portal's reprint notice
    # (新浪声明：此消息系转载自新浪合作媒体，…), a follow prompt (DW中文有Instagram！敬请关注！)
    (
        ("正在阅读", "正在閱讀"),
        r"(\S{2,6}\s+)?(您|你)正在(阅读|閱讀)的是.{0,12}(订户|訂戶|会员|會員|付费|付費)(专享|專享|独享|獨享)?"
        r"(内容|內容|文章)[。.]?",
    ),
    (
        ("邮箱", "郵箱", "信箱", "收件箱"),
        r".{0,30}(送到|送达|送達|发送到|發送到)(您|你)的?(邮箱|郵箱|信箱|收件箱)[。.]?\s*"
        r"(免费订阅|免費訂閱|立即订阅|立即訂閱|订阅|訂閱)?",
    ),
    (
        ("下载", "下載"),
        r"[^。！？]{0,24}[，,]\s*(下载|下載)\S{0,12}(应用程序|應用程式|客户端|客戶端|App|APP)",
    ),
    (("声明", "聲明"), r"\S{2,8}(声明|聲明)\s*[:：]\s*(此消息|此文|本文)系?(转载|轉載).{0,200}"),
    (
        ("敬请关注", "敬請關注", "欢迎关注", "歡迎關注"),
        r"\S{0,12}有\s*(Instagram|Facebook|Twitter|YouTube|Telegram|X)\s*[！!]?\s*"
        r"(敬请关注|敬請關注|欢迎关注|歡迎關注)[！!]?",
    ),
    # a comment box's sign-in prompt (想加入討論嗎？請先登入 LINE TODAY)
    (
        ("請先", "请先"),
        r"[^。]{0,12}[？?]\s*(請先|请先)(登入|登录|登錄|注册|註冊)[^。]{0,24}"
        r"|(請先|请先)(登入|登录|登錄)(後|后)?\s*(再|才能)?\s*(留言|評論|评论|發言|发言|參與討論|参与讨论)[^。]{0,10}",
    ),
    # an account's notes under its article: 本文为半岛瞭望原创，转载请联系后台授权。 / 文中观点仅代表
    # 作者本人，不代表本平台立场。
    (
        ("原创", "原創", "独家", "獨家"),
        r"[^。]{0,4}本文(为|為|系|是)[^。，,]{0,16}(原创|原創|独家|獨家)[^。]{0,8}[，,]\s*"
        r"(转载|轉載|未经|未經)[^。]{0,30}[。.]?",
    ),
    (
        ("代表",),
        r"[^。]{0,10}(观点|觀點)(仅|僅)?(代表|系|為|为)(作者|个人|個人)[^。]{0,6}[，,]\s*"
        r"(不代表|并不代表|並不代表)[^。]{0,20}(立场|立場|观点|觀點)[。.]?",
    ),
    # a press release's closing pointers (如需更多人权观察有关朝鲜的报道，请访问：, 如需更多信息，请联络：)
    (
        ("如需更多",),
        r"如需更多[^。]{0,30}(请|請)(访问|訪問|联络|聯絡|联系|聯繫|浏览|瀏覽)[:：]?.{0,40}",
    ),
    # a newsletter's, a social account's and a tip jar's prompts under the story (请在这里订阅
    # 美国之音中文网每日电子报; DW中文有Instagram！…关注我们…; 请我喝杯咖啡)
    (
        ("订阅", "訂閱", "instagram", "facebook", "youtube", "telegram", "咖啡"),
        r"(请|請)?(在|于|於)?(这里|這裡|此处|此處)(订阅|訂閱)\S{0,20}(电子报|電子報|新闻信|新聞信|通讯|通訊)"
        r"|\S{0,12}(有|在)\s*(Instagram|Facebook|YouTube|Telegram)\s*[！!，,].{0,60}"
        r"(关注|關注|追蹤|订阅|訂閱)(我们|我們).{0,20}"
        r"|.{0,20}(请我|請我|请他|請他|请她|請她|请作者|請作者)喝(杯|一杯)?咖啡.{0,20}",
    ),
    (("推荐", "推薦"), r"(推荐|推薦)\s*[A-Za-z\u4e00-\u9fff ]{1,16}?(内容|內容)"),
    # a paper's call for readers' letters under the story (读者来函 请电邮至 zblc@sph.com.sg)
    (("来函", "來函"), r"(读者|讀者)(来函|來函)\s*[:：]?\s*(请|請)?(电邮|電郵|寄|投)[^。]{0,40}"),
    # a site's clock of its last update at the top (本网站更新时间：2005年9月20日 星期二 10:47 AM)
    (
        ("更新时间", "更新時間", "更新日期"),
        r"(本网站|本網站|本站|网站|網站|本网|本網)(最后|最後)?(更新)(时间|時間|日期)\s*[:：].{0,50}",
    ),
    # a post's age beside its follow button (2小时前 · 关注)
    (("前",), r"(\d+\s*(分钟|分鐘|小时|小時|天)前|刚刚|剛剛)\s*[·•|｜]\s*[+＋]?\s*(关注|關注)"),
    # a comments box's rules (留言须知：请遵守互联网相关法律法规，文明上网，理性发言。)
    (("须知", "須知"), r"(留言|评论|評論|跟帖|跟貼)(须知|須知)\s*[:：].{0,80}"),
    # a site's notice that it welcomes sharing but not reposting (風傳媒歡迎各界分享，但請勿轉載…)
    (
        ("轉載", "转载"),
        r"[^，,。]{0,12}(歡迎|欢迎)[^。]{0,10}分享[，,\s]*(但|惟)?(請勿|请勿|不得)(轉載|转载)"
        r"(本網站|本网站|本站|本文|本報|本报|本刊)[^。]{0,60}。?",
    ),
    # an AMP page's link to the full page; a bilingual reading button; a next-story link
    (
        ("完整版", "桌面版", "電腦版", "电脑版", "双语", "雙語", "下一篇", "对照", "對照", "共有"),
        r"(查看|瀏覽|浏览|前往)?(完整版|桌面版|電腦版|电脑版)(网页|網頁|页面|頁面|网站|網站)?"
        r"|(中英|英中)(双语|雙語)(对照|對照)?|(双语|雙語)(阅读|閱讀)|(阅读|閱讀)下一篇"
        # (FT's language switch: 中文 英文 中英对照; a Japanese page's share button, left by a
        # browser's translation: この記事を共有する)
        r"|((中文|英文)\s+){0,2}(中英|英中)(对照|對照)|この記事を(共有|シェア)する",
    ),
    # a broadcaster's note that its web text is edited from the broadcast (NHK: ※本页面的新闻稿件
    # 依据NHK播出的内容编辑整理，部分内容可能与节目有所不同。)
    (
        ("稿件", "播出"),
        r"※?\s*本?(页面|頁面|网页|網頁)?的?(新闻|新聞)?(稿件|内容|內容)?(依据|依據|根据|根據)\S{0,12}(播出|播放)"
        r"的?(内容|內容)\S{0,8}(编辑|編輯|整理).{0,40}",
    ),
    # a government page's desk in charge and its phone under the text: 负责部门：发言人室 ☎ 02-748-6813
    (
        ("部门", "部門"),
        r"(负责|負責|承办|承辦|责任|責任|联系|聯繫)(部门|部門)\s*[:：]\s*[^。，,]{1,16}"
        r"(\s*(☎|电话|電話|tel)\s*[:：]?\s*[\d()（）+\-\s]{6,20})?",
    ),
    # a membership plea under a long read: 歡迎訂閱端會員，支持獨立新聞。
    (
        ("會員", "会员"),
        r"(歡迎|欢迎)?\s*(訂閱|订阅|加入|成為|成为).{0,12}(會員|会员)\s*[，,、]?\s*(支持|支援)"
        r".{0,12}(新聞|新闻|媒體|媒体|報導|报道|記者|记者)[。！!]?",
    ),
    # a WeChat article's reading time over its text (本文约2000字 阅读约4分钟) and its prompts
    # to tap 在看 under it (点击“在看”，让更多人看到; 觉得好看，请点“在看”)
    (
        ("字",),
        r"[▲△▼]?\s*(本文|全文)(共|约|約)?\s*[\d,]+\s*字[，,\s]*(阅读|閱讀)(时间|時間)?(大约|大約|约|約)?"
        r"(需|需要)?\s*[:：]?\s*\d+\s*(分钟|分鐘)",
    ),
    (
        ("在看",),
        r"(?!.*。).{0,12}(点|點|请点|請點|点击|點擊|点个|點個)\s*[“\"「]?在看[”\"」]?.{0,16}",
    ),
    # a TV news channel's plug: 📺 now新聞台 第332台 24小時直播
    (("台",), r"\W{0,3}([^\s。，！？]{0,12}\s+)?第\s*\d{1,4}\s*台(\s+[^\s。，！？]{0,12})?"),
]
_GATED = [(words, re.compile(p, re.IGNORECASE)) for words, p in _GATED_PATTERNS]


def _gated(text: str) -> bool:
    low = text.lower()
    return any(any(w in low for w in words) and rx.fullmatch(text) for words, rx in _GATED)


# A pattern written .*X.* matches a line holding X anywhere: those are searched for in one
# pass (several times faster than trying each at every position in one alternation).
_ANYWHERE = [p[2:-2] for p in _LINE_PATTERNS if p.startswith(".*") and p.endswith(".*")]
_WHOLE = [p for p in _LINE_PATTERNS if not (p.startswith(".*") and p.endswith(".*"))]


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters (lower-cased) a line the pattern matches whole may start with, or None when
    that cannot be told. Always a superset, so a line starting with none of them is safely not
    tried against the pattern. Read from CPython's own parse of the pattern (re._parser)."""
    try:
        chars, empty = _seq_first(re._parser.parse(pattern, re.IGNORECASE))
    except Exception:  # (an internal module: any surprise means "try it on every line")
        return None
    return None if chars is None or empty else frozenset(chars)


def _seq_first(items) -> tuple[set[str] | None, bool]:
    """(first characters, can match nothing) of a parsed sequence."""
    firsts: set[str] = set()
    for op, av in items:
        chars, empty = _op_first(op, av)
        if chars is None:
            return None, False
        firsts |= chars
        if not empty:
            return firsts, False
    return firsts, True


def _op_first(op, av) -> tuple[set[str] | None, bool]:
    c = re._constants
    if op is c.LITERAL:
        return {chr(av).lower()}, False
    if op is c.IN:
        chars = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value).lower())
            elif kind is c.RANGE and value[1] - value[0] <= 256:
                chars |= {chr(i).lower() for i in range(value[0], value[1] + 1)}
            else:  # (a negated set, \d, \S, a wide range: any)
                return None, False
        return chars, False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # (zero width: what follows decides)
        return set(), True
    if op is c.SUBPATTERN:
        return _seq_first(av[3])
    if op is c.BRANCH:
        firsts: set[str] = set()
        empty = False
        for branch in av[1]:
            chars, branch_empty = _seq_first(branch)
            if chars is None:
                return None, False
            firsts |= chars
            empty = empty or branch_empty
        return firsts, empty
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        chars, empty = _seq_first(av[2])
        return chars, empty or av[0] == 0
    return None, False  # (any character, a group's reference, …)


def _by_first_char() -> tuple[re.Pattern, dict[str, list[re.Pattern]]]:
    """_WHOLE's patterns whose first characters cannot be told, in one alternation, and the others
    compiled one by one under each character they may start with."""
    always, by_first, told = [], {}, []
    for pattern in _WHOLE:
        if (chars := _first_chars(pattern)) is None:
            always.append(pattern)
            continue
        told.append(rx := re.compile(pattern, re.IGNORECASE))
        for char in chars:
            by_first.setdefault(char, []).append(rx)
    by_first[""] = told  # (for a line whose first character's case folding is not plain)
    return re.compile("|".join(f"(?:{p})" for p in always), re.IGNORECASE), by_first


_ALWAYS_TRIED, _TRIED_AFTER = _by_first_char()


def _whole_line(text: str) -> bool:
    """One of _WHOLE's patterns matches the whole line: of those whose first characters are known,
    only the ones that may start with the line's are tried (all 180 in one alternation cost
    three times as much)."""
    first = text[:1].lower()
    if not first.isascii() and first != first.upper():
        first = ""  # (a cased letter beyond ASCII may fold in ways lower() does not tell)
    return bool(_ALWAYS_TRIED.fullmatch(text)) or any(
        rx.fullmatch(text) for rx in _TRIED_AFTER.get(first, ())
    )


_LINE_ANYWHERE = re.compile("|".join(f"(?:{p})" for p in _ANYWHERE), re.IGNORECASE)

# A heading or label that opens a list of other articles.
RELATED_LABEL = re.compile(
    r"^\s*※?\s*(?:[\u0400-\u04ff ]{2,30}\s*[·•]\s*)?"  # (a Russian gloss first: Читайте также · 相关阅读)
    r"(相关内容|相關內容|相关链接|相關連結|相关稿件|相關稿件|相关文章|相關文章|相关报道|相關報道|相关报导|相關報導|相关新闻|相關新聞|延伸阅读|延伸閱讀"
    r"|推荐阅读|推薦閱讀|推荐文章|推薦文章|相关阅读|相關閱讀|相关推荐|相關推薦|更多新闻|更多新聞|热门文章|熱門文章"
    r"|(?:推荐|推薦)(?=\s*[:：]\s*$)"  # (alone with its colon: 观察者网's 推荐：)
    r"|同一专栏|同一專欄"  # (RFI's column's other programmes)
    r"|(?:相关|相關)(?=\s*[:：]?\s*$)"  # (alone on its line: VOA's 相关)
    # (an outlet's, alone on its line: BBC中文的相关报道：)
    r"|[A-Za-z\u4e00-\u9fff]{1,10}的(?:相关|相關)(?:报道|報道|报导|報導|新闻|新聞|文章)(?=\s*[:：]?\s*$)"
    # (or its name a space before the label: 自由時報 延伸閱讀, as LINE TODAY prints it)
    r"|[A-Za-z\u4e00-\u9fff]{2,10}\s+(?:延伸阅读|延伸閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|相关报道|相關報導|相关文章|相關文章)"
    r"(?=\s*[:：]?\s*$)"
    r"|看更多新闻|看更多新聞|看更多(?!留言|評論|评论|回應|回应)"
    r"|你可能也想看|你可能還想看|你可能还想看|你可能會喜歡|你可能会喜欢|你可能感兴趣|你可能感興趣|您可能感兴趣|您可能感興趣"
    r"|猜你喜欢|猜你喜歡|为你推荐|為你推薦|精彩推荐|精彩推薦|编辑推介|編輯推介|编辑推荐|編輯推薦|编辑精选|編輯精選"
    r"|大家都在看"  # (虎嗅's, in the story: 大家都在看：三星HBM3E为何…)
    r"|同时阅读|同時閱讀|另请阅读|另請閱讀|另见|另見|更多内容|更多內容|其他文章|其它文章|其他新闻|其他新聞"
    r"|更多图片|更多圖片|更多组图|更多組圖"  # (路透's list of its picture stories)
    r"|更多文章(?=\s*[:：]?\s*$)"  # (alone on its line: 風傳媒's)
    r"|本期节目更多内容|本期節目更多內容|本期节目|本期節目"  # (a broadcast's other reports)
    r"|[^\n]{0,16}(?:节目单|節目單|节目表|節目表)"  # (its channel's schedule: CCTV-1 综合 节目单)
    r"|(?:今日|本日)?(?:其他|其它)[\u4e00-\u9fff]{2,4}(?:新闻|新聞)"  # 其他國際新聞 (明報)
    r"|[\u4e00-\u9fff]{0,4}(?:新闻精选|新聞精選)"  # 国际新闻精选 (中新网)
    r"|更多\s*\S{1,8}\s*(?:报导|報導|报道|報道|新闻|新聞)"  # 更多三立新聞網報導, 更多中央社新聞, 更多 中央社 報導
    # 该领域的其他新闻 (东亚日报), 本栏目其他文章
    r"|(?:该|該|本|此)?(?:领域|領域|栏目|欄目|频道|頻道|版块|版塊|分类|分類)的?(?:其他|其它|更多)(?:新闻|新聞|文章|报道|報道)"
    r"|[^\s\-–—|｜]{1,6}\s*[-–—|｜]\s*(?:其他|其它|更多)(?:新闻|新聞|文章|报道|報道)"  # 國際 - 其他新聞
    r"|更多(?:报道|報道|报导|報導|新闻|新聞)(?:详见|詳見|请见|請見|请看|請看)"  # 更多报道详见：(财新)
    r"|更多相关内容|更多相關內容|更多相关文章|更多相關文章|本版其他文章|本版其他稿件|本版其他新闻"
    r"|相关报纸文章|相關報紙文章|相关期刊文章|相關期刊文章|本期更多文章|本期其他文章|本期更多|本期其他"
    r"|关联信息|關聯資訊|關聯信息|相关信息|相關資訊|相關信息|关联新闻|關聯新聞|关联报道|關聯報道"
    r"|related( articles| stories| news)?"
    r"|read more|you may also like"
    r"|관련기사(?:\s*(?:相关报道|相關報導|相关新闻|相關新聞))?)\s*[:：]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)

# A heading over a list of the site's most-read stories: the story has ended.
POPULAR_LABEL = re.compile(
    r"^(?:[^\w\s]{1,2}\s*)?(?:[^|｜\s]{1,6}\s*[|｜]\s*)?"  # 国际 | 热点推荐, 🔥 本週熱搜
    r"(?:今日|本日|每日|本周|本週|一周|一週)?"  # 今日熱門 (DW: 今日焦點)
    r"(?:热门文章|熱門文章|热门新闻|熱門新聞|热门推播|熱門推播|热点新闻|熱點新聞|热点推荐|熱點推薦|视频推荐|視頻推薦|推荐视频|推薦視頻"
    r"|24小时热点|24小時熱點|24小时排行|24小時排行|热点排行|熱點排行|热门排行|熱門排行|新闻排行|新聞排行"
    r"|图片新闻|圖片新聞|大家都在看|热门快报|熱門快報|最受关注|最受關注|热搜|熱搜|热搜榜|熱搜榜"
    r"|每日关注|每日關注|今日关注|今日關注|视频精选|視頻精選|\S{1,4}(?:最热|最熱)"  # 一财最热
    r"|相关视频|相關視頻|相關影片|热门推荐|熱門推薦|最受欢迎|最受歡迎|排行榜|阅读排行"
    r"|閱讀排行|点击排行|點擊排行|人气排行|人氣排行|24小时热门|24小時熱門|最多阅读|最多閱讀|阅读最多|閱讀最多"
    r"|热门内容|熱門內容|热门|熱門|热读|熱讀|热新闻|熱新聞|人气|人氣|今日焦点|今日焦點|most (?:read|popular)"
    r"|百度热搜|微博热搜|\S{1,4}(?:热榜|熱榜)|\S{0,4}(?:热闻|熱聞)"  # 24小时热闻
    r"|本版新闻|本版新聞|版面导航|版面導航|本版导航|本版導航|本版标题导航|本版標題導航"  # (an e-paper page's other stories)
    r"|\S{1,4}(?:热门报道|熱門報道|熱門報導))"  # (DW热门报道)
    r"(?:的?(?:新闻|新聞|文章|报道|報道|報導))?"  # 最受欢迎的新闻 (东亚日报)
    r"(?:\s+(?:most (?:read|viewed|popular)|popular(?: news)?|trending|hot news))?"  # 热门 Most Read
    r"\s*[:：]?$",
    re.IGNORECASE,
)

# A label over readers' comments under the story (网友评论（23）, 热门评论): the story has ended.
COMMENTS_LABEL = re.compile(
    r"^(?:网友评论|網友評論|热门评论|熱門評論|最新评论|最新評論|全部评论|全部評論|评论区|評論區|读者评论"
    r"|讀者評論|读者回响|讀者迴響|留言区|留言區|精选留言|精選留言|我来说两句|我來說兩句|我要评论|我要評論|comments?"
    r"|我要留言|请您留言|請您留言|留言|论坛|論壇|发表评论|發表評論|查看评论|查看評論|显示评论|顯示評論"
    # a forum's and a portal's replies: 这些回帖亮了 (虎扑), 热门跟贴 (网易)
    r"|这些回帖亮了|這些回帖亮了|热门回帖|熱門回帖|全部回帖|最新回帖|热门跟贴|熱門跟貼|最新跟贴|最新跟貼|全部跟贴|全部跟貼)"
    r"\s*[（(]?\s*\d*\s*[)）]?\s*[:：]?$"
    r"|^(?:评论|評論)\s*(?:[（(]\s*\d+\s*[)）]|\s\d+)$"  # 评论 (12): a count says so
    r"|^\d+\s*(?:条|條|则|則)(?:评论|評論|留言)$"
    # with its sort buttons: 评论（23）  按热度 | 按时间
    r"|^(?:评论|評論|留言)\s*[（(]\s*\d+\s*[)）]\s+(?:按热度|按熱度|最热|最熱|最新)\b.{0,16}$"
    r"|^按热度\s*按时间$|^按熱度\s*按時間$",  # a Weibo post's comments, sorted
    re.IGNORECASE,
)

# A list of the site's latest stories: 即时新闻, 最新消息 (a sidebar, or under a copied story).
LATEST_LABEL = re.compile(
    r"^\s*(?:即时新闻|即時新聞|最新新闻|最新新聞|滚动新闻|滾動新聞|最新文章|最新消息|最新即時|最新即时"
    r"|最新报道|最新報道|最新報導|最新资讯|最新資訊|最新"
    r"|作者最新文章|作者其他文章|作者更多文章|作者的其他文章|作者文章|TA的文章|他的文章"  # (百家号: 作者最新文章)
    r"|最新闻(?:\s+Hot)?|最新聞(?:\s+Hot)?)\s*$"  # (观察者网's 最新闻 Hot)
)

# The previous and next stories' links under a story (上一篇 / 下一篇): the story has ended.
NEXT_LABEL = re.compile(
    r"\s*[◀◁←«‹]?\s*(?:下一篇|上一篇|下一則|上一則|下一条|上一条|下一條|上一條|next( article| story)?)\s*[:：]?\s*",
    re.IGNORECASE,
)

# Where a story's own text ends: a paywall (本文为端会员专享内容, 日经中文网会员专享, 订阅…解锁,
# 成为付费会员…), another story appended under a bracketed label (【延伸阅读】韩媒：…), or the
# researcher's own notes under a copied story (——以下为个人笔记——, ## 我的笔记), or the
# author's profile under it.
STORY_END = re.compile(
    r"^.{0,10}(?:会员|會員|付费|付費|订户|訂戶)(?:专享|專享|专属|專屬|独享|獨享|限定)"
    r"|^(?:订阅|訂閱).{0,10}(?:解锁|解鎖|阅读全文|閱讀全文)|^(?:成为|成為)(?:付费|付費)(?:会员|會員)"
    r"|^(?:剩余|剩餘|还剩|還剩)\s*\d{1,2}\s*%$"  # the share of the story behind the paywall
    r"|^#*\s*(?:成为|成為|加入).{0,10}(?:会员|會員)\s*$"
    r"|^\**[【\[]\s*(?:延伸阅读|延伸閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|相关报道|相關報導"
    r"|推荐阅读|推薦閱讀)\s*[】\]]\**\s*\S"
    r"|^[—–\-\s]*(?:往期推荐|往期推薦|往期回顾|往期回顧|往期精选|往期精選|往期精彩)\s*[:：]?[—–\-\s]*$"  # — 往期推荐 —
    r"|^正文已结束|^正文已結束"  # 正文已结束，您可以按alt+4进行评论 (腾讯)
    r"|^(?:文章被以下专栏收录|文章被以下專欄收錄)"  # (知乎's columns holding the article)
    # a database record's citation box under the text (CNKI's 知网节, 引用格式)
    r"|^#*\s*(?:知网节|知網節|引用格式|引文格式)\s*$"
    # a non-profit's appeal under the story: 獨立報導需要你的支持 / 立即贊助
    r"|^.{0,12}(?:需要你的支持|需要您的支持|需要你的支援|需要您的支援)$|^(?:立即贊助|立即赞助|贊助我們|赞助我们)$"
    r"|^#*\s*(?:用行動|用行动)(?:支持|贊助|赞助)\S{1,10}$"  # 用行動支持報導者
    r"|^[—\-－=*#\s]*(?:以下(?:为|是|為))?(?:个人|個人|我的|本人|研究)(?:笔记|筆記|批注|批註|备注|備註)"
    r"[—\-－=*\s:：]*$"
    # the author's profile under a commentary: 【Profile】, ## 作者简介
    r"|^#*\s*[【\[]?\s*(?:Profile|作者简介|作者簡介|作者介绍|作者介紹|关于作者|關於作者|About the author)"
    r"\s*[】\]]?\s*[:：]?$"
    r"|^#*\s*Written by\s+\S"  # (Medium's card of its writer under the post)
    r"|^#*\s*(?:通讯稿|通訊稿|Newsletter)\s*$"  # (法广's box to sign up for its newsletter)
    r"|^#*\s*[—\-－=~]*\s*END\s*[—\-－=~]*$"  # a 公众号 article's end mark, alone on its line (the author's note follows)
    r"|^#{1,6}\s*(?:笔记|筆記|批注|批註|notes?)\s*$"  # the researcher's notes under a heading
    # a press release's contacts under its text: 欲了解更多信息，请联系： / 媒体联系人：
    r"|^(?:欲了解更多|如需了解更多|如需更多)(?:信息|資訊|资讯)[^。]{0,12}[:：]$"
    r"|^(?:媒体|媒體|新闻|新聞)(?:联系人|聯絡人|联络人|垂询|查詢|查询)\s*[:：]?$"
    # the footnotes' label under a feature: 注释： / 註釋 / 参考文献
    r"|^#*\s*[【\[]?\s*(?:注释|注釋|註釋|脚注|腳註|参考文献|參考文獻|参考资料|參考資料)\s*[】\]]?\s*[:：]?$"
)


_STORY_END_WORDS = re.compile(
    r"会员|會員|自媒体|自媒體|Notice: The content above|付费|付費|订户|訂戶|订阅|訂閱|延伸阅读|延伸閱讀|相关阅读|相關閱讀|相关新闻|相關新聞"
    r"|相关报道|相關報導|推荐阅读|推薦閱讀|笔记|筆記|批注|批註|备注|備註|往期|正文已|需要你的|需要您的|贊助|赞助|用行動|用行动|知网节|知網節|引用格式|引文格式"
    r"|Profile|作者简介|作者簡介|作者介绍|作者介紹|关于作者|關於作者|About the author|END|Written by|通讯稿|通訊稿|Newsletter"
    r"|注释|注釋|註釋|脚注|腳註|参考文献|參考文獻|参考资料|參考資料|CC|创用|創用|知识共享|知識共享|Creative|您的支|你的支|光靠廣告|光靠广告"
    r"|评论|評論|留言|论坛|論壇|[Cc]omment"  # (the readers' comments under the story: COMMENTS_LABEL)
    r"|赞赏|讚賞|打赏|打賞|回响|迴響|回響|专栏收录|專欄收錄"
    r"|了解更多|联系人|聯絡人|联络人|垂询|查詢|查询"
)


# A paywall's prompt where the free part of a story stops (a sentence, so STORY_END's bound on
# 。 does not apply): 订阅即可无限畅读…。 / 已经是订阅用户？登录
_PAYWALL_PROMPT = re.compile(
    r"(?:订阅|訂閱)(?:即可|后即可|後即可)(?:无限|無限)?(?:畅读|暢讀|阅读|閱讀)"
    # the length behind it: 剩余约1400字。登录后即可阅读全文。 (日经中文网)
    r"|^(?:剩余|剩餘|还剩|還剩)约?\s*[\d,]{2,6}\s*字[。，,]?\s*(?:登录|登錄|登入|订阅|訂閱|注册|註冊)"
    r"|(?:已经是|已經是|已是)\S{0,6}?(?:订阅|訂閱)?(?:用户|用戶|会员|會員|订户|訂戶)[？?]"  # 已是财新通订阅用户？
    # 成为日经中文网付费会员，即可阅读全部文章
    r"|(?:成为|成為|加入)\S{0,12}(?:付费|付費|订阅|訂閱)?(?:会员|會員)[，,]?\s*(?:即可|可)(?:阅读|閱讀|解锁|解鎖)"
    # 新用户首月仅需1元 · 畅读财新全部付费内容; 订阅财新通，阅读财新网全部付费内容
    r"|(?:首月|首年)(?:仅需|僅需|只需)|(?:畅读|暢讀|阅读|閱讀)\S{0,12}(?:付费|付費)(?:内容|內容)"
)
_PAYWALL_SHARE = re.compile(r"(?:剩余|剩餘|还剩|還剩)\s*\d{1,2}\s*%")


# A self-media platform's notice under a user's post (网易号, 搜狐号): the post has ended, and
# the uploader's card (avatar, account, follow button, comment count) follows.
_PLATFORM_NOTICE = re.compile(
    r"^(?:特别声明|特別聲明|声明|聲明)\s*[:：]\s*(?:以上内容|以上內容|本文).{0,40}(?:自媒体|自媒體|用户|用戶)"
    r"|^Notice: The content above"
    # (its label on a line of its own, over the notice: 特别声明： / 以上内容…为自媒体平台…)
    r"|^(?:特别声明|特別聲明)\s*[:：]?\s*$|^(?:以上内容|以上內容).{0,30}(?:自媒体|自媒體)"
)

# A notice under a story, any length: its licence (本文依 CC 創用姓名標示…授權條款釋出, 本作品
# 采用知识共享…许可协议) or a non-profit's appeal (獨立的深度調查報導需要你的力量。用行動支持…).
_CLOSING_NOTICE = re.compile(
    r"^本(?:文|作品|报道|報導)(?:依|采用|採用|使用|以)\s*(?:CC|创用|創用|知识共享|知識共享|Creative Commons)"
    r"|^.{0,16}(?:需要你的|需要您的)(?:支持|支援|力量)[。！，,]"
    r"|^(?:您的|你的)(?:支持|支援|赞助|贊助)(?:能|能够|能夠|让|讓|将|將)"  # 您的支持能让我们写出更好的报道。
    r"|^光靠广告无法|^光靠廣告無法"  # 光靠广告无法守护韩民族日报的独立新闻。
    # a contact for complaints about the piece: 如对本稿件有异议或投诉，请联系…
    r"|^如(?:对|對)本(?:稿件|文|文章|内容|內容)有(?:异议|異議|疑问|疑問)"
    # the site's disclaimer of the writer's views: 本内容为作者独立观点，不代表虎嗅立场。
    r"|^※?\s*本(?:内容|內容|文|文章)(?:为|為|仅代表|僅代表|只代表|系|係)作者(?:独立|獨立|个人|個人)?(?:观点|觀點)"
    # a writer's appeal for tips: 喜歡我的作品嗎？別忘了給予支持與讚賞…
    r"|^(?:喜欢|喜歡)(?:我的|这篇|這篇|本篇)?(?:作品|文章|内容|內容)(?:吗|嗎)\s*[？?].{0,40}(?:赞赏|讚賞|打赏|打賞)"
)
# The author's profile opening its line (作者简介：孙立明，…; 【作者简介】王海燕，…): under a story's
# worth of text it ends the story; over it (a column's note on its writer) it does not.
PROFILE_LINE = re.compile(
    r"\**(?:[【\[]\s*(?:作者简介|作者簡介|作者介绍|作者介紹)\s*[】\]]\**\s*[:：]?"
    r"|(?:作者简介|作者簡介|作者介绍|作者介紹)\s*[:：])\s*[\u4e00-\u9fff·]{2,5}[，,]"
)


_THANKED = re.compile(r">?\s*" + _MEMBER_THANKS)


def ends_story(line: str) -> bool:
    """A paywall's label (short, no sentence) or an appended story's bracketed label opening a
    line (STORY_END); never a story's sentence that mentions members (该党会员专享的…). A
    platform's notice that a user posted the story (_PLATFORM_NOTICE) ends it too."""
    line = line.strip().strip("*").strip()  # (in bold: **本文為端會員專屬內容，…即可解鎖全文。**)
    if _THANKED.match(line):
        return False  # a member's thanks: the story goes on under it
    if _PLATFORM_NOTICE.match(line) or _CLOSING_NOTICE.match(line):
        return True
    if len(line) <= 60 and _PAYWALL_PROMPT.search(line):
        return True
    if line.lstrip("*").startswith(("【", "[")):
        return len(line) <= 80 and bool(STORY_END.search(line))
    return len(line) <= 40 and "。" not in line and bool(STORY_END.search(line))


def _badge_over_story(text: str, after: list[str]) -> bool:
    """A paywall's word alone (會員專享, a badge under the byline) over the story it marks: a
    story's worth of sentences follows, so the clipped story is whole."""
    told = sum(len(p) for p in after if "。" in p)
    return len(text) <= 8 and told >= 300


# A picture that is a link and nothing else: [![林一舟](https://…/avatar.jpeg)](https://…/@linyizhou)
_LINKED_PICTURE = re.compile(r"\[!\[[^\]\n]*\]\([^)\s]*\)\]\([^)\s]*\)")


def cut_at_story_end(body: str) -> str:
    """The body up to a paywall, an appended story (STORY_END), or the readers' comments or the
    author's profile (after a story's worth of text), when story text precedes it."""
    if not (_STORY_END_WORDS.search(body) or _PAYWALL_SHARE.search(body)):
        return body  # most bodies have none of these words: test first
    paragraphs = body.split("\n\n")
    badges: set[int] = set()  # (a paywall's badge over the whole story: not text, no end)
    seen = 0
    for k, paragraph in enumerate(paragraphs):
        text = plain_text(paragraph).strip()
        # (or its first line: a label over its items in one block, 注释：<br>[1] …)
        label = text.split("\n", 1)[0] if "\n" in text else ""
        # (a heading's marks kept: ## 筆記, the researcher's notes under a clipped page)
        heading = paragraph.lstrip().startswith("#") and paragraph.strip().split("\n", 1)[0]
        ends = seen >= 50 and (
            ends_story(text) or (label and ends_story(label)) or (heading and ends_story(heading))
        )
        if ends and _badge_over_story(text, paragraphs[k + 1 :]):
            badges.add(k)
        elif ends or (seen >= 200 and (COMMENTS_LABEL.match(text) or PROFILE_LINE.match(text))):
            kept = [p for j, p in enumerate(paragraphs[:k]) if j not in badges]
            while kept and _LINKED_PICTURE.fullmatch(kept[-1].strip()):
                kept.pop()  # (the writer's picture linked to their page, over their card)
            return "\n\n".join(kept).rstrip() + "\n"
        elif not paragraph.lstrip().startswith(("![", "*")):
            seen += len(text)
    return "\n\n".join(p for k, p in enumerate(paragraphs) if k not in badges) if badges else body


# Image credits written after a caption: (圖/Twitter @POTUS), （图片来源：美联社）, Photo: AP.
CREDIT = re.compile(
    r"[（(]\s*(?:圖|图|圖片|图片|照片|攝影|摄影|圖片來源|图片来源|图像来源|圖像來源|图源|圖源|來源|来源"
    r"|photo|credit|image)"
    r"\s*[/／:：]\s*(?P<credit>[^)）]{1,60})[)）]\s*$",
    re.IGNORECASE,
)


# Photo credits that end a caption without brackets: 新华社记者李贺摄, 中新社記者 張三 攝, 李贺 摄.
_PHOTO_BY = re.compile(
    r"\s*(?P<credit>[^\s，,。；;：:]{0,8}(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff·]{2,8}\s*[摄攝]"  # (…林育萱首爾攝)
    r"|(?<=\s)[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3}\s*[摄攝])\s*$"  # (全 光 摄)
)

# Notes that close a story at the end of its last paragraph (wire copy's end mark, the editor's
# signature, sometimes with a date code): ……。（完）, （編輯：陳政偉）1130530, 【责任编辑:张三】; and a
# paper's note of its writer's affiliation on a line of its own.
_END_NOTE = re.compile(
    rf"\s*(?:{_END_MARK}(?:\s*[\d０-９]{{6,7}})?|[（(【\[]\s*(?:{EDITORS}|编译|編譯|译者|譯者)\s*[:：/／]\s*[^）)】\]\n]{{1,20}}[)）】\]]\s*\d{{0,8}}"
    # the writer's affiliation, as a paper's note: （作者单位：吉林大学东北亚研究院）, （作者系…教授）
    r"|(?<![^\n])[（(]\s*作者(?:单位|單位|系|係)\s*[:：]?[^（()）\n。]{2,60}[)）]"
    # …or the series it belongs to: （本文為《報導者》「戒嚴之後的南韓」系列報導之一）
    r"|(?<![^\n])[（(]\s*本文(?:为|為|是|系|係)[^（()）\n。]{2,60}(?:系列|专题|專題)\S{0,6}之一\s*[)）])\s*$"
)


def strip_end_notes(body: str) -> str:
    """The body without the end mark and editor's notes that close it (they are not the story)."""
    while (shorter := _END_NOTE.sub("", body, count=1)) != body:
        body = shorter
    return body


# A paper database's line of the story's day, paper, page and section: 【2024-04-11/聯合報/A10版/國際】
DATABASE_EDITION = re.compile(
    r"【\d{4}-\d{1,2}-\d{1,2}\s*[／/∕][^／/∕】\n]{2,12}[／/∕][^】\n]{1,20}】"
)

# Byline and source lines printed above the story: 记者 刘鑫 / 2024年06月02日08:31 | 来源：人民网
# / 原创 张三 半岛观察 2024-06-02 10:30 发表于北京. The readers keep them as header evidence.
# Also the same labels printed under the story (日期 02.06.2024 / 作者 Name / 相关主题 朝鲜, 韩国).
_META_LINE = re.compile(
    r"(?:本文|文章|新闻|新聞)?(?:来源|來源|稿源|出处|出處|作者|责编|責編|责任编辑|責任編輯|编辑|編輯|发布时间|發布時間|發佈時間"
    r"|发布日期|發布日期|發佈日期|更新日期"
    r"|更新时间|更新時間|时间|時間|发布|發布|發佈|更新|翻译|翻譯|译者|譯者|编译|編譯)\s*[:：／/｜]"
    r"|^(?i:posted|published|updated)\s*[:：]\s*\d"  # (阿里郎: Posted : 2018-04-27 20:15)
    r"|^(?:发送|發送)(?:时间|時間)\s*\d"  # (韩联社's page machine-translated: 发送时间2024-01-16)
    r"|^(?:记者|記者|作者|撰文|撰稿|原创|原創|文字)(?:[・·、]?(?:编辑|編輯))?(?:\s+|\s*[:：]\s*)\S|发表于|發表於|^刊登[于於]\s*\d|^(?:发布于|發布於|發佈於|编辑于|編輯於)\s*\d"
    r"|^(?:作者|职务|職務|职位|職位|职称|職稱)\s*[,，]\s*\S"  # BBC's byline: 作者, 沈怡然 / 职务, BBC中文
    r"|^[（(]\s*(?:记者|記者)[^（）()\n。]{2,30}[/／][^（）()\n。]{2,20}[)）]$"  # （记者李晓宇综合报导/责任编辑：林清）
    # (a reprint's credit naming its writer: （摘自《党史博览》2023年第7期，作者：孙宝林）)
    r"|^[（(]\s*(?:摘自|摘編自|摘编自|选自|選自|原载|原載)《[^》\n]{1,20}》[^（）()\n]{0,20}[，,]\s*作者\s*[:：]"
    r"\s*[\u4e00-\u9fff·]{2,4}\s*[)）]$"
    # (a wire's translator and reviser: 路透's (编译 刘秀红/审校 张涛))
    r"|^[（(]\s*(?:编译|編譯|翻译|翻譯)\s*[\u4e00-\u9fff·]{2,4}\s*[/／]\s*(?:审校|審校|校对|校對|编辑|編輯)"
    r"\s*[\u4e00-\u9fff·]{2,4}\s*[)）]$"
    rf"|{REPORTED_AT}"  # 東森新聞 李宜臻 徐國衡 台北報導
    # a desk's byline in brackets, alone on its line: 〔國際新聞中心／綜合報導〕
    r"|^[〔【\[]\s*[^〔〕【】\[\]]{2,20}[／/]\s*[\u4e00-\u9fff]{0,6}(?:报道|報導|报导|報道)\s*[〕】\]]$"
    # …or the reporters' titles and names in brackets: 【环球时报驻俄罗斯特派记者 王晓尘 …】
    r"|^【[^【】。]{0,20}(?:记者|記者)\s+[\u4e00-\u9fff·]{2,4}(?:\s+[^【】。\s]{0,20}[\u4e00-\u9fff·]{2,4})*】$"
    r"|^[^\s，。]{1,10}?(?:记者|記者)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}(?:\s|$)"  # 美国之音记者：白晓晴　华盛顿
    r"|^\S{0,4}(?:驻|駐)\S{1,6}?(?:特派员|特派員)\s+[\u4e00-\u9fff·]{2,4}$"  # 本报驻汉城特派员　林佩芬
    r"|^(?:本报|本報)\S{1,6}?(?:特派员|特派員)\s+[\u4e00-\u9fff·]{2,4}$"  # 本报首尔特派员 陈燕玲
    r"|^[\u4e00-\u9fff]{2,6}(?:特派员|特派員|特约记者|特約記者)$"  # (under the name: 首尔特派员)
    r"|^\d{4}\s*年\s*第\s*\d{1,3}\s*期(?:\s|$)"  # a magazine's issue: 2024年第3期　2024年1月22日－…
    r"|^(?:综合|綜合)?(?:报导|報導|报道|報道)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*"
    r"(?:\s*[（(](?:整理|编译|編譯|综合|綜合)[)）])?$"  # 报导：陈伟杰, 报道：李文杰（整理）
    # a video's crew under the story: 攝影：陳志偉　剪接：何俊傑
    r"|^(?:(?:攝影|摄影|剪接|剪辑|剪輯|编导|編導|后期|後期|配音|製作|制作)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}\s*)+$"
    # 澎湃新闻记者 南博一 / 本报驻首尔记者 刘刚; a full date with a time or place (… 来自 北京)
    r"|^[^\s，,。]{1,12}[，,]?\s*(?:记者|記者|撰稿人|撰稿|编辑|編輯)(?:\s+|\s*[|｜/／]\s*)[\u4e00-\u9fff·]{2,4}"
    r"(?:\s*、\s*[\u4e00-\u9fff·]{2,4}){0,3}"  # (韩国中央日报记者 李佑林、金民焕)
    rf"(?:\s+(?:{INTERN}\s*[|｜/／]?\s*)?[\u4e00-\u9fff·]{{2,4}})*"  # 实习记者 | 张馨予
    # (another reporter's title and name after: 本报驻韩国记者 马晓东 本报驻日本记者 李思远)
    r"(?:(?:\s+|\s*[、，,]\s*)[^\s，,。、]{1,12}?(?:记者|記者|撰稿人)\s+[\u4e00-\u9fff·]{2,4})*"
    r"(?:\s+(?:发自|發自)\S{1,8})?"  # 平壤共同采访团，记者 金正孝 李智恩
    r"(?:\s+(?:综合|綜合)[^\s。，,]{2,30})?"  # … 综合新华社、央视新闻、韩联社
    r"(?:\s*[|｜·•]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2})?)?"  # ｜2025-04-04
    r"(?:\s*[|｜·•]\s*(?:来自|來自)\S{1,8})?"  # 澎湃新闻记者 陈雨桐 · 2024-12-04 00:18 · 来自上海
    r"(?:\s*[|｜]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$"  # 韩国政府网记者 孙美琪 | sunmq@korea.kr
    r"|^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)[^，,。]{0,30}$"
    rf"|^{DATABASE_EDITION.pattern}$"
    # …or the day first, with its section and a badge: 04/06/2025 2:22 PM · 国际 · `星洲+ Premium`
    r"|^\d{1,2}/\d{1,2}/\d{4}(?!\d)(?:\s+\d{1,2}:\d{2}\s*(?:[AP]M)?)?(?:\s*[·•|｜]\s*[^，,。·•|｜]{1,16}){0,4}$"
    # a statement's signature: 马修·米勒，国务院发言人
    r"|^[\u4e00-\u9fff·]{2,10}[，,]\s*\S{0,10}(?:发言人|發言人)$"
    # an app's outlet, writer and time under the headline: 人民日报客户端 张悦 2024-05-10 09:41
    r"|^[^\s，,。]{2,12}\s+[\u4e00-\u9fff·]{2,4}\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
    # …or its outlet, time and writer (联合早报网　2018-06-12 13:41　文／林心怡)
    r"|^[^\s，,。]{2,12}\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?\s+(?:文|记者|記者)\s*[／/:：]\s*[\u4e00-\u9fff·]{2,4}$"
    # a reader view's outlet and date: 新华社 · 2024年11月5日 星期二
    r"|^[^\s，,。·]{2,12}\s*[·•]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)[^，,。]{0,20}$"
    r"|^(?:更新|日期|发布|發布|發佈|出版|发稿|發稿)(?:时间|時間|日期)?\s*[:：]?\s*\d|(?:综合|綜合)(?:报导|報導|报道|報道)$"
    r"|(?:人气|人氣|阅读|閱讀|浏览|瀏覽|点阅|點閱)(?:次數|次数)?\s*[:：]?\s*\d+|IP\s*(?:属地|屬地)"
    r"|^(?:編號|编号|文號|文号|發文字號|发文字号)\s*[:：]"
    # a paper's edition line: 《 人民日报 》（ 2025年06月05日 第 03 版）
    r"|^《\s*[^》]{2,12}\s*》\s*[（(].{0,30}第\s*[\d一二三四五六七八九十]+\s*版\s*[)）]$|^(?:本版责编|本版責編)\s*[:：]"
    # a translating desk's credit under the story: 【东亚日报中文网　翻译：朴美兰】
    r"|^[【\[][^【】\[\]]{0,20}(?:翻译|翻譯|编译|編譯|译者|譯者)\s*[:：/／][^【】\[\]]{2,12}[】\]]$"
    # …or an e-paper's bar: 吉林日报 | 2023年08月15日 | 第03版：经济·综合
    rf"|^[\u4e00-\u9fff]{{2,8}}{EPAPER_BAR}"
    # a post's time, then its date: 下午3:05 · 2024年3月26日 / 3:05 PM · Mar 26, 2024
    r"|^(?:上午|下午)?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?\s*·\s*\S"
    # a reporter named before 记者, with an e-mail address: 申나리 记者 journari@donga.com (or
    # several: 金志勋记者 jhkim@donga.com · 孙孝珍记者 hjson@donga.com, 姜泰浩、朴宥美 记者)
    r"|^(?:[\u4e00-\u9fff\uac00-\ud7a3·]{2,6}(?:[、·][\u4e00-\u9fff\uac00-\ud7a3·]{2,6})*\s*(?:记者|記者)(?:\s+[\w.+-]+@[\w.-]+)?\s*[·•、,，/／|｜]?\s*)+$"
    # two writers or more, each after their title (南方周末记者 何沛然 南方周末实习生 赵一凡)
    rf"|^(?:[\u4e00-\u9fff]{{0,8}}?(?:记者|記者|{INTERN})[ \t\u3000]+[\u4e00-\u9fff·]{{2,4}}(?:[ \t\u3000]+|$)){{2,4}}$"
    # a writer's name, then where they report from: 孙灵芝 首尔特约记者 (联合早报)
    r"|^[\u4e00-\u9fff·]{2,4}[ \t\u3000]+[\u4e00-\u9fff]{2,6}?(?:特约|特約|驻站|駐站)?(?:记者|記者)$"
    # where a portal's copy came from: 来自 中国新闻网, 原创·环球网 (头条)
    r"|^(?:来自|來自|来源于|來源於)\s+\S{2,14}$|^(?:原创|原創)\s*[·•]\s*\S{2,14}$"
    # a writer's credit line: 文：賴冠勳, 【文/观察者网 邵晴】
    r"|^(?:文|记者|記者)\s*[:：／/|｜]\s*[\u4e00-\u9fff·]{2,8}(?:[、，,]\s*[\u4e00-\u9fff·]{2,4})*"  # (搜狐号: 记者/许晓菁)
    r"(?:\s*[（(][^（）()\n]{1,12}(?:特派员|特派員|记者|記者|通讯员|通訊員)[)）])?$"  # 文 / 林诗婷（首尔特派员）
    # a broadcast's anchor, maybe after its programme and day (凤凰卫视《凤凰早班车》2024年12月4日　主播：李静怡)
    r"|^(?:\S{2,10}《[^》]{2,20}》\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:主播|主持人|主持)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}$"
    # the writer and the photographer (东方日报: 报道：黄家伟 摄影：林振辉; 文｜林郁庭　攝影｜陳建宏)
    r"|^(?:报道|報導|报导|文|记者|記者)\s*[:：／/|｜∕]\s*[\u4e00-\u9fff·]{2,4}\s+(?:摄影|攝影)\s*[:：／/|｜∕]\s*"
    r"[\u4e00-\u9fff·]{2,4}$"
    r"|^文\s*[:：／/|｜]\s*[^\s。，,]{2,8}\s+[\u4e00-\u9fff·]{2,4}"  # 文｜财新周刊 王端，记者 刘卓
    # (or a space before the next one's title: 文｜财新 孙嘉禾 实习记者 韩雨桐)
    rf"(?:(?:\s*[，,、]\s*(?:记者|記者)?|\s+(?:{INTERN}|记者|記者))\s*[\u4e00-\u9fff·]{{2,4}})*$"
    r"|^[【\[]\s*(?:文|作者|记者|記者)\s*[/／:：]\s*[^【】\[\]]{2,20}[】\]]$"
    # labels in brackets over their names: 【作者】 钟嘉欣；冯琳 【编辑】 黄思雨 (南方+)
    r"|^【\s*(?:作者|记者|記者|编辑|編輯|责编|責編|责任编辑|責任編輯|审核|審核|校对|校對|来源|來源"
    r"|监制|監製|签发|簽發|统筹|統籌|策划|策劃)\s*】\s*\S[^【】]{0,40}$"
    # a paper's byline marker: ■王 骁
    r"|^■\s*[\u4e00-\u9fff·](?:[ \u3000]{0,2}[\u4e00-\u9fff·]){1,5}$"
    # editors named without a colon: 编辑 张三 校对 李四, 编辑 | 赵晓
    r"|^(?:编辑|編輯|责编|責編|校对|校對|审核|審核)(?:\s*[|｜]\s*|\s+)[\u4e00-\u9fff]{2,4}"
    r"(?:\s+(?:编辑|編輯|责编|責編|校对|校對|审核|審核)(?:\s*[|｜]\s*|\s+)[\u4e00-\u9fff]{2,4})*$"
    rf"|^(?:{TAG_LABELS})(?:\s+|\s*[:：]\s*)\S"
    r"|^By\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}$|[／/]\s*\S{0,6}(?:报导|報導|报道|報道)$"
)


def without_meta_lines(body: str) -> str:
    """The body without the short byline and source lines above the story (not all of it)."""
    paragraphs = body.split("\n\n")
    # a lead photo and its caption may come first: the byline under them goes all the same
    photo = 0
    while photo < len(paragraphs) - 1 and (
        _PHOTO_OR_CAPTION.match(paragraphs[photo].lstrip())
        or (
            photo
            and paragraphs[photo - 1].lstrip().startswith("![")
            and len(paragraphs[photo]) <= 100
        )
    ):
        photo += 1
    if photo:
        rest = without_meta_lines("\n\n".join(paragraphs[photo:]))
        return "\n\n".join([*paragraphs[:photo], rest])
    n = 0
    while n < len(paragraphs) - 1 and (
        _is_meta_line(paragraphs[n].strip()) or _ABSTRACT.match(paragraphs[n].strip())
    ):
        n += 1
    if n:
        # (the date line, then the lead photo, then the byline: 网易; the source, then the deck
        # and the lead photo, then the byline: 财新)
        return without_meta_lines("\n\n".join(paragraphs[n:]))
    # a deck (the headline's summary, maybe under its label: ## 我們想讓你知道的是) over the
    # byline: the deck stays, the byline goes
    # (or a subtitle as a heading over the byline: ## 贓款已分散至數千個地址)
    decks = (1, 2) if paragraphs[0].startswith("#") and len(paragraphs[0]) <= 40 else (1,)
    for deck in decks:
        while deck < len(paragraphs) - 1 and paragraphs[deck].lstrip().startswith(("![", "[![")):
            deck += 1  # (the lead picture with its caption between them: 财新)
        if len(paragraphs) > deck + 1 and byline_only(paragraphs[deck]):
            k = deck
            while k < len(paragraphs) - 1 and byline_only(paragraphs[k]):
                k += 1
            return "\n\n".join([*paragraphs[:deck], *paragraphs[k:]])
    return body


_DATE_THEN_TOOLS = re.compile(
    r"(?:(?:主体|主體)\d{2,3}\s*[(（]\s*)?\d{4}[)）]?\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
    r"(?:\s*(?:星期|週|周)[一二三四五六日天])?"  # (主体113(2024)年6月20日 星期四　　字号：大 中 小　　打印)
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?P<tools>\S.*)"
)
# A paper's abstract, keywords and author note over its text, each under its bracketed label
# (【内容摘要】…, 【关键词】…, 【作者简介】…), maybe in bold.
_ABSTRACT = re.compile(
    r"(?:\*\*)?【\s*(?:内容摘要|內容摘要|摘要|内容提要|內容提要|提要|关键词|關鍵詞|关键字|關鍵字|作者简介|作者簡介)\s*】"
)
_PHOTO_OR_CAPTION = re.compile(r"!\[|\[!\[|\*(?!\*)")  # not a bold byline (**記者…**)


def byline_only(paragraph: str) -> bool:
    """A meta line holding no sentence (a story's short first paragraph may end in its
    editor's note: …飛行約350公里。（編輯：陳政偉））."""
    text = paragraph.strip()
    return _is_meta_line(text) and "。" not in text


def split_footer(body: str) -> tuple[str, list[str]]:
    """The body without the label lines under the story, and those lines (date, author and
    tag evidence). Only lines that start with their label; a story is never left empty."""
    paragraphs = body.rstrip().split("\n\n")
    n = len(paragraphs)
    while (
        n > 1
        and _is_meta_line(text := paragraphs[n - 1].strip())
        and _META_LINE.match(text.replace("**", ""))
    ):
        n -= 1
    if n == len(paragraphs):
        return body, []
    return "\n\n".join(paragraphs[:n]) + "\n", [p.strip() for p in paragraphs[n:]]


# A row of topic words under the story, a space or two apart (李在明 南韓大選 金文洙 尹錫悅):
# three words or more, none a sentence.
_TAG_ROW = re.compile(r"[\w·]{2,12}(?:[ \u3000]{1,3}[\w·]{2,12}){2,9}")


def split_tag_row(body: str) -> tuple[str, list[str]]:
    """The body without a row of topic words closing it (after a sentence), and its words."""
    paragraphs = body.rstrip().split("\n\n")
    last = paragraphs[-1].strip()
    if (
        len(paragraphs) > 1
        and _TAG_ROW.fullmatch(last)
        and re.search(r"[\u4e00-\u9fff]", last)
        # (after the story's last sentence, or its writers' line: 姜泰浩、朴宥美 记者)
        and (
            re.search(r"[。！？”」』)）]$", paragraphs[-2].strip()) or _is_meta_line(paragraphs[-2])
        )
    ):
        return "\n\n".join(paragraphs[:-1]) + "\n", last.split()
    return body, []


def date_then_tools(line: str) -> bool:
    """The date with the page's buttons after it (2013/02/12 16:24 【字体：大 中 小】 …), maybe
    with the source and keywords among them (2025-06-19 07:41:22 字号:A- A A+ 来源：观察者网
    关键字: 朝鲜 俄罗斯, 观察者网's)."""
    if not (dated := _DATE_THEN_TOOLS.match(line)):
        return False
    if _judged(tools := dated["tools"].strip()):
        return True
    parts = [p.strip() for p in _TOOL_LABELS.split(tools) if p.strip()]
    return len(parts) > 1 and _judged(parts[0]) and all(map(_is_meta_line, parts[1:]))


# The labels a date line's fields open with after its buttons: 来源：, 关键字:
_TOOL_LABELS = re.compile(r"\s(?=(?:来源|來源|关键字|關鍵字|关键词|關鍵詞)\s*[:：])")


def _is_meta_line(text: str) -> bool:
    if text.startswith("- ") and "\n" not in text:
        text = text[2:].strip()  # a list's one item (BBC: - 作者, BBC中文)
    if text.startswith("**"):
        text = text.replace("**", "").strip()  # bold: **記者王佩翊／綜合報導**, **责任编辑：** 刘洋
    if date_then_tools(text):
        return True  # the date with the page's buttons after it (2013/02/12 16:24 【字体：大 中 小】 …)
    if "](" in text and not text.startswith("!"):
        text = _LINK_TEXT.sub(r"\1", text)  # 来自 [中国新闻网](https://…): by its words
    if text.count("\n") == 1 and len(text) <= 60:
        text = " ".join(text.split())  # (a line of a page's date and source, where it sent from)
    return (
        0 < len(text) <= 100
        and "\n" not in text
        and not text.startswith(("#", "!", "*", ">", "-"))
        and not re.search(r"[。！？!?]$", text)
        and bool(_META_LINE.search(text))
    )


def is_boilerplate(line: str) -> bool:
    """True when a whole line (or paragraph) is page furniture rather than article text; a
    Markdown line that is one link is judged by its text ([阅读原文](https://…))."""
    if len(line) > 200:
        return _is_boilerplate(line)
    # a plain str as the key: a bs4 string would keep its whole page alive in the cache
    return _judged(line if type(line) is str else "".join([line]))


@lru_cache(maxsize=1 << 15)  # a site's furniture repeats on every page of it: judged once
def _judged(line: str) -> bool:
    return _is_boilerplate(line)


_STORE_BADGES = re.compile(
    r"(?:\[!\[[^\]]*\]\([^)\s]*\)\]\(https?://(?:apps|itunes|play)\.(?:apple|google)\.com/[^)\s]*\)\s*)+"
)
_APP_LINK = re.compile(
    r"(?P<words>.{0,60}?(?:App|APP|app|客户端|客戶端|应用程序|應用程式).{0,30}?)\s*[:：]?\s*https?://\S+"
)
_WIDE_GAP = re.compile(r"\s\s|\u3000|\t")  # (two spaces, a tab, or one ideographic space)
_BRACKETED_WORD = re.compile(r"\[([^\[\]\s]{1,12})\](?!\()")  # a button's word: [微博]


def _is_boilerplate(line: str) -> bool:
    text = line.strip()
    if "\\" in text:  # a clip's Markdown escapes: [微博](javascript:;) \| A- A+
        text = _MD_ESCAPE.sub(r"\1", text)
    if text.startswith(">") or text.startswith("**"):
        # (a label quoted or in bold in a clip: > **延伸阅读：**[…](…))
        text = _QUOTE_MARKS.sub("", text).replace("**", "").strip()
    if text[:1] in "—–-=─~" and (ruled := _RULED.fullmatch(text)) and _judged(ruled["words"]):
        return True  # furniture set between dashes: —— 点击“阅读原文”查看全文 ——
    if text.startswith("[![") and _PROFILE_CARD.fullmatch(text):
        return True  # an account's card: its avatar and its name linked to its page, a badge
    if text.startswith("[![") and _STORE_BADGES.fullmatch(text):
        return True  # an app's store badges, linked pictures alone
    if text.startswith("[![") and (badge := _LINKED_IMAGE.fullmatch(text)):
        if _HOME_LINK.fullmatch(badge["href"]):
            return True  # the site's logo, linked to its home page
        text = badge["alt"]  # a button drawn as a linked picture: by its words (追蹤…, 加入…)
    elif text.startswith("[![") and _ICON_WORD.search(text):
        # buttons each an icon beside its word, linked ([![](print.gif) 列印本頁](javascript:…)):
        # by their words
        text = _ICON_WORD.sub("[", text)
    if link := _ONE_LINK.fullmatch(text):
        text = link["text"].strip().rstrip(" →›»")  # (a button's arrow: [阅读全文 →](…))
        if text.startswith(("►", "▶", "▸")):
            return True  # [► 北韓拆除部分擴音器？…](…): a related story's link
    elif ("](" in text or "<http" in text) and _LINKS_ONLY.fullmatch(
        text := _AUTOLINK.sub(r"[\1](\1)", text)  # (an address as its own link's words)
    ):
        # a line of links alone: buttons (#, javascript:) and crumbs (a > b) are furniture, and
        # so are links to sites' home pages alone (<http://www.sina.com.cn> [新华网](http://…/))
        hrefs = _LINK_HREF.findall(text)
        if _buttons(hrefs) or all(_HOME_PAGE.fullmatch(h) for h in hrefs):
            return True
        if re.search(r"\)\s*[>›»]{1,2}\s*\[", text):  # (人民网>>国际)
            return True
        if len(re.findall(r"\)\s*[|｜]\s*\[", text)) >= 2 and all(
            len(w) <= 10 for w in _LINK_TEXT.findall(text)
        ):
            return True  # a menu or a language switcher: [韩文版](…) | [English](…) | [日本語](…)
        text = _LINK_TEXT.sub(r"\1", text)
    elif "](" in text and len(words := _LINK_TEXT.sub(r"\1", text)) <= 160:
        label = _LINK_TEXT.sub("", text).strip(" |｜·")
        hrefs = _LINK_HREF.findall(text)
        if hrefs and label != text and _buttons(hrefs) and _judged(label):
            return True  # buttons after their label: 字體大小：[A](#) [A](#) [分享](#) [列印](#)
        text = words  # a short line with links (however long their addresses): by its words
    if not text or len(text) > 300 or _PLATFORM_NOTICE.match(text):
        return False  # (a platform's notice is left for the story's end: ends_story)
    if "http" in text and (linked := _APP_LINK.fullmatch(text)) and _judged(linked["words"]):
        return True  # an app's prompt with its link: 📱下載香港01 App，即時掌握最新資訊：https://…
    if "\n" not in text and (_LINE_ANYWHERE.search(text) or _prompt(text)):
        return True
    if "传递更多信息" in text and _DISCLAIMER.search(text):  # (the words first: fast)
        return True
    if ("授权" in text or "授權" in text) and _COPYRIGHT.search(text):  # (a word first: fast)
        return True
    if (
        len(text) <= 80
        and "\n" not in text
        and (
            "|" in text or "｜" in text or " · " in text or " ‧ " in text or _WIDE_GAP.search(text)
        )
    ):
        # a toolbar of buttons between bars, dots or spaces, each furniture: A-  A+  |  打印  |
        # 分享到：微信 微博; 播放  全屏; 讚 · 分享 · 收藏 · 字級; 分享 | 打印 | 字号 **A** A
        plain = _BRACKETED_WORD.sub(r"\1", text.replace("**", ""))  # 字号 [大] [中] [小]
        # (a menu button's arrow beside its word: 分享 ▾)
        parts = [
            p.strip(" ▾▼▿⌄") for p in re.split(r"\s*[|｜]\s*|\s+[·•‧]\s+|\s{2,}|\t|\u3000", plain)
        ]
        judged = [p and _judged(p) for p in parts]
        if (
            len(parts) >= 2
            and any(judged)
            and all(j or _CYRILLIC.fullmatch(p) for j, p in zip(judged, parts, strict=True))
        ):
            return True  # (a Russian site's label beside its Chinese: Читать далее · 加载更多)
    if (
        text.startswith("[")
        and _SQUARE_BUTTONS.fullmatch(text)
        and all(_judged(w) for w in re.findall(r"\[([^\[\]]+)\]", text))
    ):
        return True  # buttons each in square brackets: [打印] [评论] [推荐给好友]
    if text.startswith("【") and (buttons := _BRACKET_BUTTONS.match(text)):
        # buttons in brackets, then maybe another: 【打印】 【纠错】 字体：↑大 ↓小
        rest = text[buttons.end() :].strip()
        words = re.findall(r"【([^【】]+)】", buttons.group())
        if (
            (len(words) >= 2 or rest)  # (or one before its editor: 【纠错】 责任编辑：王世晨)
            and all(_judged(f"【{w}】") for w in words)
            and (not rest or _judged(rest))
        ):
            return True
    spaced = text.replace("**", "")  # (in bold in a clip: 字体 **A-** **A** **A+**)
    if (
        len(spaced) <= 40
        and spaced.count(" ") >= 2
        and _SPACED_BUTTONS.fullmatch(spaced)
        and all(_judged(p) for p in spaced.split())
    ):
        return True  # buttons a space apart, each furniture (a screenshot's: 字号 A A 分享 微信)
    return _whole_line(text) or _gated(text)


_QUOTE_MARKS = re.compile(r"^(?:>\s*)+")
# a portal's disclaimer under a story it carries: 新浪声明：新浪网登载此文出于传递更多信息之目的…
_DISCLAIMER = re.compile(
    r"(?:登载|登載|转载|轉載|刊登)(?:此文|本文).{0,4}(?:出于|出於)传递更多信息之目的"
)
_ICON_WORD = re.compile(r"\[!\[[^\]\n]*\]\([^)\s]*\)\s*(?=[^\]\s])")
_RULED = re.compile(r"[—–\-=─~]+\s*(?P<words>[^—–\-=─~].*?)\s*[—–\-=─~]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+(?: [\u0400-\u04ff]+){0,3}")
# [![](avatar.jpg)](https://weibo.com/u/1642088277) [中国新闻周刊](https://weibo.com/u/1642088277) ![](v.png)
_PROFILE_CARD = re.compile(
    r"\[!\[[^\]\n]*\]\([^)\s]+\)\]\((?P<href>[^)\s]+)\)\s*\[[^\]\n]{1,20}\]\((?P=href)\)"
    r"(?:\s*!\[[^\]\n]*\]\([^)\s]+\))*"
)
_LINKED_IMAGE = re.compile(r"\[!\[(?P<alt>[^\]\n]*)\]\([^)\s]+\)\]\((?P<href>[^)\s]+)\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_SQUARE_BUTTONS = re.compile(r"(?:\[[^\[\]\s]{1,8}\]\s*){2,}")
_BRACKET_BUTTONS = re.compile(r"(?:【[^【】]{1,8}】\s*)+")
_SPACED_BUTTONS = re.compile(r"\S{1,8}(?: \S{1,8}){2,11}")  # (Facebook X Weibo 复制链接)


def _buttons(hrefs: list[str]) -> bool:
    """Links that go nowhere (#, javascript:, or none left in a clip: [复制链接]()) or share the
    page: a toolbar's buttons."""
    return all(
        not h or h.endswith("#") or h.startswith(("#", "javascript")) or _SHARE_HREF.search(h)
        for h in hrefs
    )


_HREF = r"(?:[^()\s]|\([^()\s]*\))*"  # (one level of brackets: javascript:void(0))
# A copyright notice: 未经第一财经书面授权，不得以任何方式加以使用，包括转载…
_COPYRIGHT = re.compile(
    r"(?:未经|未經)[^。]{0,20}(?:授权|授權)[^。]{0,10}(?:不得|禁止|严禁|嚴禁)[^。]{0,24}"
    r"(?:转载|轉載|摘编|摘編|复制|複製|镜像|鏡像|使用|转贴|轉貼)"
    r"|(?:刊用|转载|轉載|使用)[^。]{0,10}(?:务经|務經|须经|須經|请经|請經)[^。]{0,6}(?:授权|授權)"  # 中新网
)
_ONE_LINK = re.compile(rf"(?:[-*]\s+)?\[(?P<text>[^\]\n]*)\]\({_HREF}\)")
_LINKS_ONLY = re.compile(rf"(?:\[[^\]\n]*\]\({_HREF}\)[\s>›»|｜/·]*){{2,}}")
_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
_HOME_PAGE = re.compile(r"https?://[^/\s()]+/?")
# A site's home page, maybe by its default file: a logo's link (https://www.mac.gov.tw/Default.aspx)
_HOME_LINK = re.compile(
    rf"{_HOME_PAGE.pattern}(?:(?:default|index)\.(?:aspx?|s?html?|php|jsp))?", re.I
)
_LINK_HREF = re.compile(rf"\]\(({_HREF})\)")
_LINK_TEXT = re.compile(rf"\[([^\]\n]*)\]\({_HREF}\)")
# A share button's address: it sends this page to a network (…/sharer.php?u=, send?text=,
# intent/tweet, LINE's share, a mail).
_SHARE_HREF = re.compile(
    r"/sharer|/share(?:\.php|Article|/url)?\?|/send\?text=|/intent/(?:tweet|post)|social-plugins\.line\.me"
    r"|line\.me/R/msg|^mailto:\?|/shareArticle|//wa\.me/\?text="
    r"|//apps\.apple\.com/|//itunes\.apple\.com/|//play\.google\.com/store/",  # (or install its app)
    re.IGNORECASE,
)


# In a caption (only there) these name the source too: a short closing parenthesis （美聯社）;
# a label after a space (…残骸 图源：韩联社); a Latin credit after the caption's last sentence
# (…出席活动。 KCNA, via Reuters); a label alone (图像来源，Reuters / Photo : YONHAP News).
_CAPTION_SOURCE = re.compile(
    r"[（(](?P<credit>[^()（）]{1,24})[)）]\s*$"
    r"|[（(](?P<agency>[A-Za-z][A-Za-z0-9 .,'’&/@_-]{2,80})[)）]\s*$"  # (Name/SOPA via Getty Images)
    r"|\s(?:图源|圖源|图像来源|圖像來源|图片来源|圖片來源|图片|圖片|摄影|攝影|图|圖|photo|credit)\s*[/／:：]\s*"
    r"(?P<label>[^\s()（）]{1,30}|[A-Za-z][A-Za-z0-9 .,'’&/-]{1,60})\s*$"
    r"|(?<=[。！？”」])\s*(?P<latin>[A-Z][A-Za-z.,'’&/ -]{1,60}?)\s*$"
    r"|(?<=[。！？”」])\s*(?![图圖片照攝摄][^/／:：]{0,3}[/／:：])"  # (not 图／路透社: labelled)
    r"(?P<named>[\u4e00-\u9fff/／、]{2,12}?)(?:\s+(?:图|圖))?\s*$"  # …緊急戒嚴。路透社 (…。 朝中社 图)
    r"|^(?:图像来源|圖像來源|图片来源|圖片來源|图片|圖片|摄影|攝影|photo|credit)\s*[，,:：]\s*"
    r"(?P<only>[^，,。]{1,40})$"
    r"|\s*©\s*(?P<copyright>[^©\s][^©]{1,60}?)\s*$"  # … 新闻画面。 © 路透社 REUTERS - Kim Hong-Ji
    # a picture agency after a space (资料图：崔善姬与拉夫罗夫握手 视觉中国)
    r"|(?<=\s)(?P<spaced>视觉中国|視覺中國|东方IC|東方IC|人民视觉|人民視覺|图虫创意|圖蟲創意|新华社|新華社|中新社"
    r"|美联社|美聯社|路透社|法新社|韩联社|韓聯社|朝中社|共同社|欧新社|歐新社)\s*$",
    re.IGNORECASE,
)


# A credit labelled after the caption's last sentence: …眺望朝鲜方向。图：Getty Images, …。攝：Kim
# Hong-Ji/Reuters/達志影像
_LABELLED_CREDIT = re.compile(
    r"(?<=[。.！!])\s*(?:图|圖|图片|圖片|摄影师|攝影師|摄影|攝影|摄|攝|照片|图源|圖源|图片来源|圖片來源)"
    r"\s*[:：／/]\s*(?P<credit>[^。，,：:]{1,60})$"
)


# …or glued to the caption's last word by a copy (DW: …的道路圖片來源: Yonhap/picture alliance)
_GLUED_CREDIT = re.compile(
    r"(?<=\S)(?:圖片來源|图片来源|圖像來源|图像来源)\s*[:：]\s*(?P<credit>[^。，,：:\n]{1,60})$"
)


# The day a picture was taken, after its photographer's credit (…首爾攝 113年9月13日)
_TAKEN_ON = re.compile(
    r"(?<=[摄攝])\s*(?:\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$"
)


# An agency's credit in capitals after a caption's sentence (RFI: …举行会谈。 via REUTERS - SPUTNIK,
# …金与正。 REUTERS - POOL; BBC: …。 Getty Images)
_AGENCY_CREDIT = re.compile(
    r"(?<=[。）)])\s*(?P<credit>(?:via\s+)?(?:REUTERS|AFP|AP|EPA|KCNA|YONHAP|SPUTNIK|XINHUA|KYODO"
    r"|NEWSIS|BLOOMBERG|ANADOLU|Getty Images|Reuters)"
    r"(?:\s*[-–/]\s*[A-Z][A-Za-z .&/]{1,30})?)\s*$"
)


def split_credit(text: str, *, caption: bool = False) -> tuple[str, str | None]:
    """Split a caption from a trailing credit; returns (caption, credit or None).

    `caption=True` says the text is known to be a caption, so a bare closing parenthesis such as
    （美聯社） is its credit too; in running text that would be an ordinary aside."""
    text = _TAKEN_ON.sub("", text)  # (the day the photo was taken: …首爾攝 113年9月13日)
    m = (
        CREDIT.search(text)
        or (_CAPTION_SOURCE.search(text) if caption else None)
        or _PHOTO_BY.search(text)
        or _LABELLED_CREDIT.search(text)
        or _GLUED_CREDIT.search(text)
        or _AGENCY_CREDIT.search(text)
    )
    if not m:
        return text.strip(), None
    credit = (
        next(c for c in m.groupdict().values() if c) if m.re is _CAPTION_SOURCE else m["credit"]
    )
    return text[: m.start()].strip(), credit.strip()


_EMPTY_HEADING = re.compile(r"#{1,6}\s*")
_INDENT = re.compile(r"^[ \t]*[\u3000\xa0][\s\u3000\xa0]*")


_HEADING_LINE = re.compile(r"#{1,6}\s+\S.*")


def tidy(text: str) -> str:
    """Collapse runs of blank lines and trailing spaces, for stable Markdown bytes."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # a paragraph indented with ideographic or no-break spaces (　　据报道) starts at its text
    lines = [_INDENT.sub("", ln).rstrip() for ln in lines]
    out: list[str] = []
    for ln in lines:
        if _EMPTY_HEADING.fullmatch(ln):
            continue  # an empty <h3></h3> of the page's template
        if not ln and (not out or not out[-1]):
            continue
        out.append(ln)
    while out and (
        not out[-1]
        or re.fullmatch(r"[-*_ ]{3,}", out[-1])
        or (out[-1].startswith("#") and _HEADING_LINE.fullmatch(out[-1]) and any(out[:-1]))
    ):
        # a trailing rule, blank or heading is what was left of a removed footer or section
        out.pop()
    return "\n".join(out).strip() + "\n"
