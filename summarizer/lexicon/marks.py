"""The marks that open a list's items and a release's lines, written once.

A release lists its terms on bulleted lines (`▲ 공동 연구`, `① 인력 교류`, `1️⃣ 정보 교류`) or
runs them together in one sentence (`▲A ▲B 등에 협력하기로 했다`), and opens its other lines with
marks too (`※ 문의 :`, `ㅇ 주최 :`, `▲ 김가람 시장은 “…”`). The reader of bulleted lines
(`structure.bullets`), the readers of items run together (`structure.commitments`,
`structure.terms`, the rosters) and every reader that strips a line's mark before what it says
(issuers, speakers, contacts, party words, PDF rejoining, date and stamp leads) build their
patterns from these; a new mark is one edit here. A reader that takes fewer marks on purpose has
a named narrower set below, with its reason. They are regex character-class pieces (ranges such
as `①-⑩`, `\\-` for a dash), except `KEYCAP`, a pattern of its own.
"""

from __future__ import annotations

# numbered marks: circled (`①`), negative circled (`❶`) and sans-serif circled (`➊`) numbers
CIRCLED = "①-⑩"
NEGATIVE_CIRCLED = "❶-❿➊-➓"
NUMBERED = CIRCLED + NEGATIVE_CIRCLED
# circled numbers past ten, which only the readers of a line's start take (the list readers stop
# at `⑩`)
CIRCLED_HIGH = "⑪-⑳"
# a keycap number (`1️⃣`, as chat apps and boards number their points): a digit, the emoji
# presentation selector (often dropped) and the combining keycap; `🔟` for ten
KEYCAP = "(?:10|[0-9])\ufe0f?\u20e3|\U0001f51f"
# the characters a keycap number holds that no other text does (a cheap test before the pattern)
KEYCAP_CHARS = "\u20e3\U0001f51f"
# marks that open an item run together with others in a sentence (`▲A ▲B`, `■A ■B`, `•A •B`)
INLINE = "▲△▴■▦▣◈▶▷►•‣"
# marks that open a bulleted line (numbered and keycap marks besides, and the readers' own
# contextual marks: a middle dot or `ㅇ` before a space, a dash, `1.`, `가.`)
LINE = "▲△▶▷○●◦•■□◆◇*‣"
# more marks a line opens with where no list is read: a reference mark (`※ 문의`), the jamo `ㅇ`
# typed for a circle, dashes, and further pointer and box shapes (`► 일시`, `▣ 담당`)
NOTE = "※"
HANGUL_CIRCLE = "ㅇ"
DASHES = "\\-–"
MORE_SHAPES = "►▣◈◎▢▽▼☐☑"
# every mark a line may open with, stripped before what the line says (a head line, a sentence's
# lead, a speaker's topic, a contact label): the line marks, the numbered ones and those above
LEAD = LINE + MORE_SHAPES + NOTE + HANGUL_CIRCLE + DASHES + NUMBERED

# Narrower sets, for readers that must not take every mark:
# a photo caption's mark (`▲ 지난 9일 … 협약을 맺고 있다`): the only marks a caption opens with, so
# a bulleted list item is never read as one
CAPTION = "▲△"
# a subtitle's mark under a headline (`- 청년 일자리 500개`, `◇ …`, `ㅇ …`): a header line opening
# with one is a subtitle
SUBTITLE = DASHES + HANGUL_CIRCLE + "◇"
# every other mark of LEAD: a header line opening with one is a bulleted line, never the title
NOT_TITLE = "▲△▶▷○●◦•■□◆*‣" + MORE_SHAPES + NOTE + NUMBERED
# a section's heading mark (`□ 개요`, `◇ 협약 내용`): a box or a diamond; a circle, a triangle or a
# dash opens an item within a section, never a new one
SECTION = "□■◇◆"
# the marks before a numbered heading (`□ 1. 개요`, `- 3. 12개 기관`), after which `3. 12.` is read
# as a date only with more (a clock, brackets); kept as the date reader had it: LEAD would lose
# `▲ 3. 12.` under a photo and `※ 3. 12.` in a note as dates
HEADING_LEAD = "\\-*·ㅇ○□■◦•▶▷" + CIRCLED + CIRCLED_HIGH
# the marks a web page's stamp, menu or box line opens with (`• 승인 2019.05.16`, `- 많이 본 뉴스`):
# dots, dashes and a star, never a release's list marks, so a list item is not taken for chrome
STAMP = "•·\\-–*"


def spelt(chars: str) -> str:
    """The characters a class piece of single characters and ranges (`▲△①-⑩`) names.

    (An escaped `\\-` is the dash itself.)
    """
    out: list[str] = []
    i = 0
    while i < len(chars):
        if chars[i] == "\\":
            out.append(chars[i + 1])
            i += 2
        elif chars[i + 1 : i + 2] == "-" and i + 2 < len(chars):
            out += map(chr, range(ord(chars[i]), ord(chars[i + 2]) + 1))
            i += 3
        else:
            out.append(chars[i])
            i += 1
    return "".join(out)


__all__ = [
    "CAPTION",
    "CIRCLED",
    "CIRCLED_HIGH",
    "DASHES",
    "HANGUL_CIRCLE",
    "HEADING_LEAD",
    "INLINE",
    "KEYCAP",
    "KEYCAP_CHARS",
    "LEAD",
    "LINE",
    "MORE_SHAPES",
    "NEGATIVE_CIRCLED",
    "NOTE",
    "NOT_TITLE",
    "NUMBERED",
    "SECTION",
    "STAMP",
    "SUBTITLE",
    "spelt",
]
