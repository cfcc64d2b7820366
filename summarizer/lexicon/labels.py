"""Release and contact labels, speech and announcing verbs, photo captions and page chrome."""

from __future__ import annotations

# --- release and contact labels ----------------------------------------------------------
# What a date label word may end with: `입력일시`, `송고 시간`, `수정일`.
DATE_LABEL_ENDINGS: tuple[str, ...] = ("일시", "일자", "시간", "시각", "일")
# The release-time line (`보도시점`, `보도일시`, `엠바고`, `FOR IMMEDIATE RELEASE`); the bare word
# labels it only before a colon or bracket (`보도 : 7. 17.(수) 조간`).
RELEASE_WORD = "보도"
RELEASE_TIME_LABELS: tuple[str, ...] = (
    *(RELEASE_WORD + e for e in (*DATE_LABEL_ENDINGS, "시점")), "엠바고",
)  # fmt: skip
IMMEDIATE_RELEASE_EN = "for immediate release"
RELEASE_TIME_LABELS_EN: tuple[str, ...] = ("embargo", IMMEDIATE_RELEASE_EN)
# The distribution line (`배포일시 : …`), often beside the release time.
DISTRIBUTION_WORD = "배포"
DISTRIBUTION_LABELS: tuple[str, ...] = tuple(
    DISTRIBUTION_WORD + e for e in (*DATE_LABEL_ENDINGS, "시점")
)
# What kind of paper the document is (`보도자료`, `해명자료`): a line of its own, never the title.
RELEASE_KINDS: tuple[str, ...] = (
    "보도자료", "보도참고자료", "보도참고", "참고자료", "해명자료", "설명자료",
)  # fmt: skip
RELEASE_KINDS_EN: tuple[str, ...] = ("press release", "news release")
# Lines telling how a release is handled: never an issuer, a title or a party.
RELEASE_LABELS: tuple[str, ...] = (
    "즉시 보도", "배포즉시", "보도자료", *RELEASE_TIME_LABELS, *DISTRIBUTION_LABELS, "embargo",
)  # fmt: skip
# Labels that date a page's posting (`입력 2024.07.17`, `송고시간`, `Published`, `Written:`, a
# broadcaster's `방송일자`) and its last change (`최종수정`, `Updated on`); the strong ones date
# the posting with no clock after them.
POSTING_LABELS: tuple[str, ...] = (
    "기사입력", "최초입력", "입력", "송고", "기사등록", "등록", "승인", "게재", "게시", "발행", "작성",
    "웹출고", "출고", "기사전송", "방송",
)  # fmt: skip
POSTING_LABELS_EN: tuple[str, ...] = (
    "Published", "Posted", "PUBLISHED", "First published", "Written", "Released", "RELEASED",
)  # fmt: skip
STRONG_POSTING: tuple[str, ...] = (
    "입력", "송고", "출고", "기사전송", "Published", "Posted", "PUBLISHED", "승인", "Written",
    "Released", "RELEASED",
)  # fmt: skip
MODIFIED_LABELS: tuple[str, ...] = ("최종수정", "수정", "업데이트")
# A post's header beside its date (`View : 6288 Date : 2015-12-04 Writer : ed_camnews`,
# `조회수 44,740 | 2023-12-21`, `관리자 / 2023-09-20 오전 9:41:00 / 673`): the words that label a
# view count, a post's date field, its writer, and a board's poster (`facts.refheader`).
VIEW_COUNT_LABELS: tuple[str, ...] = (
    "조회수", "조회", "Views", "View", "VIEWS", "VIEW", "Hits", "Hit", "HITS", "HIT", "hits", "hit",
    "ReadCount", "views", "view",
)  # fmt: skip
DATE_FIELD_LABELS: tuple[str, ...] = (
    "작성일자", "작성일", "등록일자", "등록일", "게시일", "날짜", "Date", "DATE", "date",
)  # fmt: skip
WRITER_LABELS: tuple[str, ...] = (
    "작성자", "글쓴이", "Writer", "WRITER", "Author", "AUTHOR", "Name", "by", "By", "BY",
)  # fmt: skip
POSTER_WORDS: tuple[str, ...] = ("관리자", "운영자", "admin", "Admin", "ADMIN")
# A news site's own last edition (`최종편집 2024-03-29(금)` atop every page) or last update
# (`UPDATED. 2024-04-19 10:36 (금)`, `UPDATE : 2020.5.29 금 10:29` over the headline): the site's
# date bar, no date of the article. (The update label in capitals only: an article's own
# `Updated: 2016-05-25` under its editor's name is its modification line.)
SITE_EDITION_LABELS: tuple[str, ...] = ("최종편집", "최종 편집", "UPDATED", "UPDATE")
MODIFIED_LABELS_EN: tuple[str, ...] = ("Updated", "Modified", "Last updated", "Last modified")
# A news site's legal imprint in its footer (`제호 : 가온일보 | 등록번호 : 경기 아00000 |
# 등록일 : 2012.03.05 | 발행인 : …`): the dates there are the outlet's registration or founding,
# never a date of the article. The labels dating the outlet, and the words that tell an imprint.
IMPRINT_DATE_LABELS: tuple[str, ...] = ("등록", "발행", "창간", "등록(발행)", "발행(등록)")
IMPRINT_WORDS: tuple[str, ...] = (
    "제호", "등록번호", "발행인", "편집인", "발행·편집인", "청소년보호책임자", "사업자등록번호",
    "인터넷신문", "정기간행물",
)  # fmt: skip
CONTACT_LABELS: tuple[str, ...] = (
    "담당부서", "협조부서", "공동부서", "관계부서", "담당자", "책임자", "협업기관", "협조기관",
    "협력기관", "협약기업", "협약기관", "공동담당부서", "공동담당", "담당관", "연락처", "문의처",
    "문의",
)  # fmt: skip
# The heading of a contact table in English.
CONTACT_LABELS_EN: tuple[str, ...] = ("Media contact", "Media contacts")
# Copyright and reprint notices closing a news page (`ⓒ 뉴스1`, `무단 전재 및 재배포 금지`);
# the Korean words may be spaced.
COPYRIGHT_MARKS: tuple[str, ...] = ("저작권자", "무단전재", "재배포금지")
COPYRIGHT_MARKS_EN: tuple[str, ...] = ("All rights reserved", "ⓒ", "©")
# Words labelling a phone number (`전화 : 044-…`, `Tel.`, `☎`) and a fax number (`팩스`, `Fax`).
PHONE_LABELS: tuple[str, ...] = ("전화", "Tel", "Phone", "Mobile", "Mob", "☎", "☏", "📞")
FAX_LABELS: tuple[str, ...] = ("팩스", "Fax", "전송")
# Words labelling a contact's mobile number after the office one (`T. 02-… / M. 010-…`,
# `휴대폰 010-…`): the same person's second number.
MOBILE_LABELS: tuple[str, ...] = ("휴대폰", "휴대전화", "핸드폰", "M", "HP", "H.P")

# --- speech ------------------------------------------------------------------------------
SPEECH_VERBS_KO: tuple[str, ...] = (
    "말했다", "밝혔다", "강조했다", "전했다", "덧붙였다", "설명했다", "화답했다", "당부했다",
    "다짐했다", "기대했다", "약속했다", "소감을 밝혔다", "의미를 부여했다", "포부를 밝혔다",
    "했다",
)  # fmt: skip
# The verbs a summary line reports someone's words with (`…라고 말했다`, `…을 강조했다`): the
# speech verbs that only say (no `했다`, `약속했다`), and `언급했다`, `말한다`.
REPORTING_VERBS_KO: tuple[str, ...] = (
    "말했다", "밝혔다", "강조했다", "전했다", "덧붙였다", "설명했다", "당부했다", "언급했다", "말한다",
)  # fmt: skip
# a quotation taken as the object of a request (`…해 줄 것”을 당부했다`, `…교류협력”을 당부할
# 예정이다`) or of a wish or pledge (`…이루어 나갈 것”을 기대했다`, `…”을 다짐했다`): the speaker
# asks for, hopes for or vows what the quote says, in the speaker's own words
ASKING_NOUNS_KO: tuple[str, ...] = ("당부", "주문", "요청", "부탁", "촉구", "강조", "기대", "다짐")
SPEECH_VERBS_EN: tuple[str, ...] = (
    "said", "says", "added", "noted", "stressed", "explained", "remarked", "commented",
    "stated", "told", "emphasized", "emphasised", "highlighted", "replied", "responded",
    "continued",
)  # fmt: skip
# Announcing verbs after a date (`…체결했다고 27일 밝혔다`): the date is the announcement's.
ANNOUNCE_VERBS_KO: tuple[str, ...] = (
    "밝혔다",
    "전했다",
    "발표했다",
    "말했다",
    "알렸다",
    "설명했다",
    "공개했다",
)
# English verbs of a report (`said Monday`, `announced on the 24th that …`, `reported on
# Thursday`, `…, officials added`): a day next to them is the report's day, not the day of what is
# reported. `told` takes its hearer before a `that` (`told reporters that`); readers that need
# the hearer ask for it (`REPORTED_EN`).
REPORT_VERBS_EN: tuple[str, ...] = ("said", "says", "announced", "reported", "added", "told")
# the same as pattern text, `told` with its hearer: `said|says|…|told\s+\S+`
REPORTED_EN = "|".join(v for v in REPORT_VERBS_EN if v != "told") + r"|told\s+\S+"

# --- photo captions ----------------------------------------------------------------------
# Where a person stands in a photo: `김 사장(오른쪽)`, `(사진 왼쪽 네번째)`, `왼쪽부터`.
CAPTION_POSITIONS: tuple[str, ...] = (
    "왼쪽", "오른쪽", "가운데", "앞줄", "뒷줄", "좌측", "우측", "좌로부터", "왼쪽부터", "오른쪽부터",
)  # fmt: skip
# An English caption's opening position (`From left, A and B attend …`, `(From left) A, B`,
# `Left to right: A, B`).
CAPTION_POSITIONS_EN: tuple[str, ...] = (
    "From left", "From right", "From left to right", "From right to left", "Left to right",
    "Right to left", "Clockwise from left", "L-R", "R-L", "Front row",
)  # fmt: skip
# A wire photo's credit closing an English caption's line (`… Monday. Yonhap`, `(Yonhap)`, `/ AP`).
PHOTO_CREDITS_EN: tuple[str, ...] = (
    "Yonhap", "Yonhap News", "AP", "AFP", "Reuters", "Xinhua", "EPA", "Kyodo", "Newsis",
    "News1", "Getty Images", "Bloomberg",
)  # fmt: skip
# Words telling an archive photo on its caption's line (`뉴스1 DB`, `자료사진`, `file photo`): its
# stamp dates the photo, never the story (`facts.refphoto`).
ARCHIVE_PHOTO_WORDS: tuple[str, ...] = (
    "자료사진", "자료 사진", "자료화면", "DB", "file photo", "File photo", "archive photo",
)  # fmt: skip
# What people in a photo are doing (`기념촬영을 하고 있다`, `협약서를 들고 있다`).
CAPTION_ACTS: tuple[str, ...] = (
    "기념촬영", "기념 촬영", "기념사진", "사진을 찍", "포즈를 취", "협약서를 들", "서명하고 있",
    "체결하고 있", "악수하고 있", "맺고 있", "교환하고 있", "참석자들이",
)  # fmt: skip


# --- page chrome -------------------------------------------------------------------------
# Whole lines of a news page that are furniture: menus, share bars, ranking boxes, board headers.
PAGE_CHROME: tuple[str, ...] = (
    "배너", "최근기사", "최신기사", "랭킹 뉴스", "랭킹뉴스", "실시간 댓글", "인기기사", "인기 기사",
    "관련뉴스", "관련 뉴스", "관련기사", "관련 기사", "많이 본 기사", "많이 본 뉴스",
    "댓글 많은 뉴스", "에디터 추천 인기 기사", "이 기사를 공유합니다", "다른기사보기",
    "다른기사 보기", "기사보기", "공유하기", "글씨 크기 조절", "기사 소리로 듣기", "다시듣기",
    "페이스북", "트위터", "유튜브", "카카오톡", "카카오스토리", "네이버블로그", "밴드", "이메일 보내기",
    "프린터", "인쇄", "PDF", "스크랩", "목록", "이전글", "다음글", "닫기", "이미지 확대", "댓글",
    "댓글 운영규정", "댓글 댓글 운영규정", "관리자", "원본 이미지입니다.",
    "이 글자크기로 변경됩니다.", "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.",
    "손가락을 이용하여 이미지를 확대해 보세요.", "URL 복사", "기사 공유", "구독", "오늘의 주요뉴스",
)  # fmt: skip
# A board's links to its neighbouring posts, each before that post's title (and date):
# `- 이전글 [공지] 11월 교육 안내 25.11.10`, `다음글 | 다른 소식 |`: other posts, not the story.
BOARD_LINKS: tuple[str, ...] = ("이전글", "다음글", "이전 글", "다음 글", "윗글", "아랫글")
# A box of other stories follows these headers: its lines are headlines of other articles.
RANKING_HEADERS: tuple[str, ...] = (
    "댓글 많은 뉴스", "많이 본 기사", "많이 본 뉴스", "인기기사", "인기 기사", "관련뉴스",
    "관련 뉴스", "관련기사", "관련 기사", "최근기사", "최신기사", "랭킹 뉴스", "랭킹뉴스",
    "에디터 추천 인기 기사", "당신이 좋아할만한 뉴스", "오늘의 주요뉴스", "실시간 댓글",
    # (`주요 뉴스` / `주요기사` alone on a line: a box of the site's other headlines, whose
    # day-only dates are theirs, not the article's)
    "주요 뉴스", "주요뉴스", "주요 기사", "주요기사",
)  # fmt: skip


__all__ = [
    "ANNOUNCE_VERBS_KO",
    "ARCHIVE_PHOTO_WORDS",
    "ASKING_NOUNS_KO",
    "BOARD_LINKS",
    "CAPTION_ACTS",
    "CAPTION_POSITIONS",
    "CONTACT_LABELS",
    "CONTACT_LABELS_EN",
    "COPYRIGHT_MARKS",
    "COPYRIGHT_MARKS_EN",
    "DATE_LABEL_ENDINGS",
    "DISTRIBUTION_LABELS",
    "DISTRIBUTION_WORD",
    "FAX_LABELS",
    "IMMEDIATE_RELEASE_EN",
    "MODIFIED_LABELS",
    "MODIFIED_LABELS_EN",
    "PAGE_CHROME",
    "PHONE_LABELS",
    "POSTING_LABELS",
    "POSTING_LABELS_EN",
    "RANKING_HEADERS",
    "RELEASE_KINDS",
    "RELEASE_KINDS_EN",
    "RELEASE_LABELS",
    "RELEASE_TIME_LABELS",
    "RELEASE_TIME_LABELS_EN",
    "RELEASE_WORD",
    "REPORTED_EN",
    "REPORTING_VERBS_KO",
    "REPORT_VERBS_EN",
    "SPEECH_VERBS_EN",
    "SPEECH_VERBS_KO",
    "STRONG_POSTING",
]
