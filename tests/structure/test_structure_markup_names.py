"""A name at the start of a scraped image's caption keeps no Markdown markup."""

from tests.structure.structure_helpers import names

# a photo's caption kept as a Markdown image's text, its address long as a news site's are
PAGE = (
    "![가람농협과 전북 누리군에 위치한 별빛농협이 지난 10일 도농 상생 공동사업 협약을 체결했다. "
    "/가람농협 제공](https://img.example.com/news/cms/2025/02/14/news-p.v1.20250214."
    + "a" * 32
    + "_P1.webp)\n"
)


def test_a_caption_in_markdown_image_text_gives_names_without_its_marks() -> None:
    found = names(PAGE)
    assert "가람농협" in found and "별빛농협" in found, found
    assert not any(n.startswith(("!", "[")) for n in found), found
