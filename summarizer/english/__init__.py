"""English renderings the project makes itself: people's names, titles, departments, dates, places."""

from summarizer.english.departments import DepartmentEn, department_en
from summarizer.english.people import PersonEn, person_en
from summarizer.english.places import date_en, place_en
from summarizer.english.romanise import RomanName, has_hangul, romanise_name, split_name
from summarizer.english.titles import TitleEn, lookup_title, title_en, title_matches
from summarizer.english.variants import foreign_name_matches, korean_name_matches

__all__ = [
    "DepartmentEn",
    "PersonEn",
    "RomanName",
    "TitleEn",
    "date_en",
    "department_en",
    "foreign_name_matches",
    "has_hangul",
    "korean_name_matches",
    "lookup_title",
    "person_en",
    "place_en",
    "romanise_name",
    "split_name",
    "title_en",
    "title_matches",
]
