"""Word lists for headlines: people's titles, demonyms, capitals as actors, event nouns.

General news-writing knowledge, kept apart from the rules in ``text.py``: headlines name
people by surname ("Secretary of State Mike Pompeo" -> "Pompeo"), a government by its
country ("Moscow's annexation" -> "Russia annexes"), and an event noun by its verb
("the 2019 collapse of a bridge" -> "Bridge collapses").
"""

from __future__ import annotations

import re

# Titles that stand before a person's name. Longer ones first, so that the regex takes
# "Foreign Minister" before "Minister".
_ROLES = sorted(
    """Secretary of State|Secretary of Defense|Secretary of the Treasury|Foreign Secretary
    |Home Secretary|Foreign Minister|Defence Minister|Defense Minister|Prime Minister
    |Deputy Prime Minister|Vice President|President|Chancellor|Minister|Secretary|Senator|Sen\\.
    |Rep\\.|Representative|Governor|Gov\\.|Mayor|Judge|Justice|Chief Executive|Chief Justice
    |Chief Executive Officer|Chief Operating Officer|Chief Financial Officer
    |Professor|Prof\\.|Dr\\.|Dr|Manager|Coach|Superintendent|Ambassador|Gen\\.|Chairman
    |Chairwoman|Director|Commissioner|Council President|Councillor|Councilor|Captain
    |Detective|Inspector|Chief Constable|Commander|Archbishop|Bishop|Pope|King|Queen|Prince
    |Princess""".replace("\n", "")
    .replace(" |", "|")
    .split("|"),
    key=lambda r: (-len(r), r),
)
_ROLE_ALT = "|".join(r.strip().replace(" ", r"\s+") for r in _ROLES)
_NATIONALITY = r"(?:(?:U\.S\.|US|UK|U\.K\.|British|Russian|American|Chinese|French|German|EU)\s+)?"
_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"

# "U.S. Secretary of State Mike Pompeo": role and full name; ``last`` is the surname.
# Every nationality and role starts with a capital: the lookahead rejects other starts at once.
# The same, also at the end of a sentence ("... met Mayor Ana Ruiz. The mayor said"): for
# finding antecedents in a whole text at once.
TITLED_NAME_ANYWHERE = re.compile(
    rf"\b(?=[A-Z]){_NATIONALITY}(?P<role>{_ROLE_ALT})\s+(?!Officer\b)(?P<name>(?:{_NAME_WORD}\s+){{0,2}}"
    rf"(?P<last>{_NAME_WORD}))\b(?!\s+[A-Z][a-z])"
)
# "Agriculture Secretary", "First Minister": a capitalised word that narrows the role.
_PORTFOLIO = (
    r"(?:(?!(?:The|A|An|And|But|Or|When|After|Before|As|If|While|Then|Since|Until|On|In|At"
    r"|By|For|With|From|Of|To|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s)[A-Z][a-z]+\s+)?"
)
TITLED_NAME = re.compile(
    rf"\b(?=[A-Z]){_NATIONALITY}{_PORTFOLIO}(?P<role>{_ROLE_ALT})\s+(?!Officer\b)(?P<name>(?:{_NAME_WORD}\s+){{0,2}}"
    rf"(?P<last>{_NAME_WORD}))\b(?![.]\s*[A-Z])(?!\s+[A-Z][a-z])"
)

# Family names written first ("President Xi Jinping" is "Xi", "Kim Jong Un" is "Kim"):
# common Chinese, Korean and Vietnamese family names that are no English given name.
FAMILY_FIRST = frozenset(
    """Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Gao Luo Zheng
    Liang Xie Tang Feng Deng Cao Peng Qin Wen Jiang Kim Moon Yoon Roh Chun Nguyen Tran
    Pham""".split()
)


def surname(words: list[str]) -> str:
    """The family name of a full name's words: the last, or the first when it is a family
    name written first ("Xi Jinping" -> "Xi")."""
    return words[0] if len(words) in (2, 3) and words[0] in FAMILY_FIRST else words[-1]


# Role nouns that "the secretary", "the minister" ... refer back to.
ROLE_NOUNS = frozenset(
    """secretary minister president chancellor senator governor mayor judge justice professor
    manager coach superintendent ambassador chairman chairwoman director commissioner
    captain detective inspector archbishop bishop speaker""".split()
)
# Bodies that "the council", "the court" ... refer back to: the nearest capitalised name
# that ends with the same noun ("Harwell Borough Council").
BODY_NOUNS = frozenset(
    "council committee court board commission assembly parliament senate agency".split()
)

DEMONYMS: dict[str, str] = {
    "Afghan": "Afghanistan",
    "American": "the US",
    "British": "Britain",
    "Canadian": "Canada",
    "Chinese": "China",
    "Cuban": "Cuba",
    "Egyptian": "Egypt",
    "French": "France",
    "German": "Germany",
    "Indian": "India",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Israeli": "Israel",
    "Italian": "Italy",
    "Japanese": "Japan",
    "Mexican": "Mexico",
    "Pakistani": "Pakistan",
    "Polish": "Poland",
    "Russian": "Russia",
    "Saudi": "Saudi Arabia",
    "Spanish": "Spain",
    "Syrian": "Syria",
    "Turkish": "Turkey",
    "Ukrainian": "Ukraine",
    "Venezuelan": "Venezuela",
}

# Capitals that news writing uses for their governments ("Moscow denied ...").
CAPITALS: dict[str, str] = {
    "Moscow": "Russia",
    "Beijing": "China",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Tehran": "Iran",
    "Pyongyang": "North Korea",
    "Damascus": "Syria",
    "Ankara": "Turkey",
    "Tokyo": "Japan",
    "Caracas": "Venezuela",
    "Havana": "Cuba",
}

# Event nouns after an attributive date ("the 2019 collapse of a bridge"): the verb form
# for the noun's "of" phrase, intransitive ("collapses") or passive ("is annexed").
EVENT_NOUNS: dict[str, str] = {
    "collapse": "collapses",
    "closure": "closes",
    "death": "dies",
    "sinking": "sinks",
    "eruption": "erupts",
    "opening": "opens",
    "launch": "launches",
    "crash": "crashes",
    "explosion": "explodes",
    "resignation": "resigns",
    "retirement": "retires",
    "arrival": "arrives",
    "departure": "departs",
    "fall": "falls",
    "birth": "is born",
    "annexation": "annexed",
    "invasion": "invaded",
    "occupation": "occupied",
    "capture": "captured",
    "destruction": "destroyed",
    "discovery": "discovered",
    "founding": "founded",
    "assassination": "assassinated",
    "murder": "murdered",
    "demolition": "demolished",
    "completion": "completed",
    "construction": "built",
    "signing": "signed",
    "sale": "sold",
    "release": "released",
    "acquisition": "acquired",
    "takeover": "taken over",
    "bombing": "bombed",
    "flooding": "flooded",
    "liberation": "liberated",
    "reunification": "reunified",
    "unification": "unified",
    "restoration": "restored",
    "renovation": "renovated",
}
