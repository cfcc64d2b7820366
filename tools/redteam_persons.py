"""Red-team the person-name and title checks on the people named in provided answers.

    uv run python tools/redteam_persons.py ../shared/eval-real ../shared/eval

For every Korean personal name among the answers' signatories, speakers and contacts: the
project's romanisation and a hyphenated, given-name-first variant must pass; one changed
syllable, another family name, or another person's name must be caught. For every title the
lexicon knows: its English must pass and a rank off (Vice …) must be caught.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from summarizer.english import (
    korean_name_matches,
    lookup_title,
    romanise_name,
    split_name,
    title_matches,
)
from summarizer.english.romanise import romanise_word
from summarizer.english.surnames import SURNAMES


def people(corpora: list[Path]) -> tuple[list[str], list[str]]:
    names: set[str] = set()
    titles: set[str] = set()
    for corpus in corpora:
        for path in sorted((corpus / "answers").glob("*.json")):
            raw = json.loads(path.read_text(encoding="utf-8"))
            b = raw.get("answer") or raw.get("briefing") or {}
            pairs = [(p.get("signatory"), p.get("signatory_title")) for p in b.get("parties", [])]
            pairs += [(q.get("speaker"), q.get("title")) for q in b.get("quotes", [])]
            pairs += [(c.get("name"), c.get("role")) for c in b.get("contacts", [])]
            for name, title in pairs:
                if name and split_name(name):
                    names.add(name.replace(" ", ""))
                if title and lookup_title(title):
                    titles.add(title)
    return sorted(names), sorted(titles)


def main(corpora: list[str]) -> int:
    rng = random.Random(9)
    names, titles = people([Path(c) for c in corpora])
    passed = caught = tried_ok = tried_bad = 0
    missed: list[str] = []
    for name in names:
        family, given = split_name(name) or ("", "")
        roman = romanise_name(name)
        assert roman is not None
        fam_en, given_en = roman.text.split(" ", 1)
        good = [
            roman.text,
            f"{given_en.replace('-', '')} {fam_en.title()}",
            f"{fam_en} {'-'.join(romanise_word(c) for c in given)}",
        ]
        # Customary spellings people choose: Young for 영, Chul for 철, Hee for 희.
        custom = given_en.replace("yeo", "you").replace("Yeo", "You").replace("eo", "u")
        custom = custom.replace("Eo", "U").replace("ui", "ee")
        good.append(f"{fam_en} {custom}")
        for g in good:
            tried_ok += 1
            passed += korean_name_matches(name, g)
        syllables = [chr(c) for c in range(0xAC00, 0xD7A4, 97)]
        i = rng.randrange(len(given))
        other = rng.choice([s for s in syllables if s != given[i]])
        wrong_given = given[:i] + other + given[i + 1 :]
        other_family = rng.choice([f for f in SURNAMES if len(f) == 1 and f != family])
        someone = rng.choice([n for n in names if n != name]) if len(names) > 1 else None
        bad = [
            f"{fam_en} {romanise_word(wrong_given, name=True)}",
            f"{SURNAMES[other_family][0].upper()} {given_en}",
        ]
        if someone:
            other_roman = romanise_name(someone)
            assert other_roman is not None
            bad.append(other_roman.text)
        for b in bad:
            tried_bad += 1
            if korean_name_matches(name, b):
                missed.append(f"{name} ~ {b}")
            else:
                caught += 1
    t_ok = t_bad = t_pass = t_caught = 0
    for title in titles:
        found = lookup_title(title)
        assert found is not None
        t_ok += 1
        t_pass += bool(title_matches(title, found.en))
        if not any(w in found.en.lower() for w in ("vice", "deputy", "assistant", "acting")):
            t_bad += 1
            t_caught += title_matches(title, "Vice " + found.en) is False
    print(
        f"names: {len(names)} people; correct spellings passed {passed}/{tried_ok}; "
        f"single errors caught {caught}/{tried_bad}"
    )
    print(
        f"titles: {len(titles)} known; correct passed {t_pass}/{t_ok}; rank off caught {t_caught}/{t_bad}"
    )
    for m in missed:
        print("missed:", m)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["../shared/eval-real", "../shared/eval"]))
