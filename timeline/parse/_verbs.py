"""A small English verb lexicon for headline titles: past forms back to the present.

Headlines use the present tense ("Russia annexes Crimea"), news text the past ("Russia
annexed Crimea in 2014"). Irregular verbs are listed; regular ``-ed`` forms are undone
with spelling rules checked against a list of common news verbs.
"""

from __future__ import annotations

import functools
import re

# base, past, past participle
_IRREGULAR = """
arise arose arisen; awake awoke awoken; be was been; bear bore borne; beat beat beaten;
become became become; begin began begun; bend bent bent; bet bet bet; bid bid bid;
bind bound bound; bite bit bitten; bleed bled bled; blow blew blown; break broke broken;
bring brought brought; broadcast broadcast broadcast; build built built; burn burnt burnt;
burst burst burst; buy bought bought; catch caught caught; choose chose chosen;
come came come; cost cost cost; creep crept crept; cut cut cut; deal dealt dealt;
dig dug dug; do did done; draw drew drawn; drink drank drunk; drive drove driven;
eat ate eaten; fall fell fallen; feed fed fed; feel felt felt; fight fought fought;
find found found; flee fled fled; fly flew flown; forbid forbade forbidden;
forecast forecast forecast; foresee foresaw foreseen; forget forgot forgotten;
forgive forgave forgiven; freeze froze frozen; get got got; give gave given; go went gone;
grow grew grown; hang hung hung; have had had; hear heard heard; hide hid hidden;
hit hit hit; hold held held; hurt hurt hurt; keep kept kept; know knew known; lay laid laid;
lead led led; leave left left; lend lent lent; let let let; lie lay lain; light lit lit;
lose lost lost; make made made; mean meant meant; meet met met; mislead misled misled;
overcome overcame overcome; overtake overtook overtaken; oversee oversaw overseen;
overthrow overthrew overthrown; pay paid paid; put put put; quit quit quit; read read read;
rebuild rebuilt rebuilt; rid rid rid; ride rode ridden; ring rang rung; rise rose risen;
run ran run; say said said; see saw seen; seek sought sought; sell sold sold;
send sent sent; set set set; shake shook shaken; shed shed shed; shine shone shone;
shoot shot shot; show showed shown; shrink shrank shrunk; shut shut shut; sing sang sung;
sink sank sunk; sit sat sat; sleep slept slept; slide slid slid; speak spoke spoken;
spend spent spent; spin spun spun; split split split; spread spread spread;
spring sprang sprung; stand stood stood; steal stole stolen; stick stuck stuck;
sting stung stung; strike struck struck; strive strove striven; swear swore sworn;
sweep swept swept; swim swam swum; swing swung swung; take took taken; teach taught taught;
tear tore torn; tell told told; think thought thought; throw threw thrown;
undergo underwent undergone; understand understood understood; undertake undertook undertaken;
uphold upheld upheld; upset upset upset; wake woke woken; wear wore worn; win won won;
withdraw withdrew withdrawn; withhold withheld withheld; write wrote written
"""

# Regular verbs whose base form the -ed spelling rules cannot guess on their own.
_REGULAR = """
abandon accept accuse achieve acquire add admit adopt agree aim allege allow announce
attract contain feature involve represent employ operate own supply design
graduate qualify emigrate immigrate enlist marry relocate migrate compose inherit perform
appeal appear apply appoint approve argue arrest arrive ask attack attempt award back
ban bail bailout battle block board boost brace call cancel capture cause celebrate
change charge claim clash close collapse combine complete concede conclude condemn confirm
consider continue convict cover crash create cure damage debate decide decline defeat
delay deliver demand demolish deny deploy describe destroy detain die disclose discover
dismiss drop earn elect emerge end endorse enter escape establish evacuate examine expand
expect expire explode extend face fail file finish fire flood follow force form found free
freeze halt hand handle happen head help hike hire host ignite impose improve include
increase injure introduce invade investigate issue join jump kick kill knock land launch
leak lift limit list live locate lower manage mark merge miss move name nominate note
obtain occur offer open order organise organize overturn parade pass pick place plan play
plead plunge postpone praise prepare present press price produce promise propose protest
prove provide publish pull push raise rally reach receive record recover reduce refuse
register reject release remain remove rename reopen repair replace report require rescue
resign resolve restore resume retire return reveal rule sanction save score secure seize
sentence serve settle shape sign slash slide solve spark stage start stop submit succeed
suffer support surge survive suspend tackle target test testify threaten top trade train
travel trigger unveil urge use vaccinate vote walk warn welcome withdraw work
annex authorise authorize begin conduct construct demonstrate discuss dispute divide
donate ease elevate enact expose fund gather grant guarantee measure meddle observe
overhaul owe phase pour predict reduce reunify reunite revise sail scrap share shrink snap
sponsor strengthen tour transfer treat unify unite upgrade vow wave weaken widen
hope cope wipe type scrape blame
switch install connect convert
belong prolong ignore explore adore implore deplore restore underscore
devote promote denote equate recede concede precede
assume consume presume resume exhume develop envelop elope
"""

# Verbs known only to undo their -ed forms: as bare words they are more often nouns
# ("older models", "TV channels", "product recalls"), so they do not count as verbs.
_ED_ONLY = frozenset(
    """
bang wrong long install recall forestall enthral enthrall total signal equal rival dial
fuel cancel label model travel channel tunnel store snore quote emote gallop need proceed
exceed heed seed weed
""".split()
)

IRREGULAR_PAST: dict[str, str] = {}
IRREGULAR_PARTICIPLE: dict[str, str] = {}
for _entry in _IRREGULAR.split(";"):
    _base, _past, _pp = _entry.split()
    IRREGULAR_PAST.setdefault(_past, _base)
    IRREGULAR_PARTICIPLE.setdefault(_pp, _base)
# "found" is far more often the past of "find" than the present of "found"; "lay" and
# "left" stay ambiguous and are read as past forms.
IRREGULAR_PAST.pop("was")
_BASES = frozenset(_REGULAR.split()) | frozenset(IRREGULAR_PAST.values())

_ED = re.compile(r"[a-z]{2,}ed")
_DOUBLED = re.compile(r"([bdgklmnprt])\1$")
_E_ENDINGS = re.compile(
    r"(?:[^aeiou][aeiou][cgsvz]|[cgsvz]|dg|[^aeiouy]l|[^aeiou]ur|(?<!a)ir|[^aeiou]at|iz|ys"
    r"|[^aeiou]ar|[^aeiou]in|[^aeo]id)$"
)
# One syllable ending in a single vowel and a single consonant: its -ed form doubles the
# consonant ("stopped"), so an undoubled one ("voted", "roped", "timed") had a silent e.
_ONE_SYLLABLE_CVC = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
_SIBILANT = re.compile(r"(?:s|sh|ch|x|z|o)$")


_PREFIXED_LL = re.compile(r"(?:re|un|over|out|under|up|pre|mis|fore)[b-df-hj-np-tv-z]+[aiou]ll")


@functools.lru_cache(maxsize=8192)
def base_of_ed(word: str) -> str | None:
    """The base form of a regular ``-ed`` word ("approved" -> "approve"), else None."""
    low = word.lower()
    if not _ED.fullmatch(low):
        return None
    stem = low[:-2]
    guesses = [stem, f"{stem}e"]
    if low.endswith("ied"):
        guesses.insert(0, f"{low[:-3]}y")
    if _DOUBLED.search(stem):
        guesses.insert(0, stem[:-1])
    for guess in guesses:
        if guess in _BASES or guess in _ED_ONLY:
            return guess
    if low in _BASES or low in _ED_ONLY:
        return None  # a base form that merely ends in -ed ("need", "proceed")
    if low.endswith("ied"):
        # "tied", "died", "lied" come from -ie verbs; "carried" from a -y one
        return f"{low[:-3]}ie" if len(low) == 4 else f"{low[:-3]}y"
    if stem.endswith(("e", "u")):
        return f"{stem}e"  # "agreed" -> "agree", "pursued" -> "pursue"
    if stem.endswith(("uat", "iat")):
        return f"{stem}e"  # "graduated" -> "graduate", "negotiated" -> "negotiate"
    if _ONE_SYLLABLE_CVC.fullmatch(stem.replace("qu", "q")):
        return f"{stem}e"
    if _DOUBLED.search(stem) and not stem.endswith(("ll", "ss")):
        return stem[:-1]
    if stem.endswith("ll"):
        # "controlled", "compelled" double a final stressed l, and British spelling any
        # final l after one vowel ("trialled", "pencilled", "annulled"); "filled",
        # "installed", "snowballed" do not
        if _PREFIXED_LL.fullmatch(stem):
            return stem  # "refilled", "unrolled": a prefix on a verb that keeps its ll
        syllables = len(re.findall(r"[aeiouy]+", stem.replace("qu", "q")))
        doubled = stem.endswith(("ell", "oll", "ill", "ull", "shall"))
        single = (syllables > 1 and doubled) or stem.endswith(("iall", "uall"))
        return stem[:-1] if single else stem
    if stem.endswith(("ee", "ss")):
        return stem
    return f"{stem}e" if _E_ENDINGS.search(stem) else stem


@functools.lru_cache(maxsize=8192)
def past_base(word: str) -> str | None:
    """The base form if ``word`` is a simple past form ("met" -> "meet"), else None."""
    low = word.lower()
    if low in IRREGULAR_PAST:
        return IRREGULAR_PAST[low]
    return base_of_ed(low)


@functools.lru_cache(maxsize=8192)
def participle_base(word: str) -> str | None:
    """The base form if ``word`` is a past participle ("taken" -> "take"), else None."""
    low = word.lower()
    if low in IRREGULAR_PARTICIPLE:
        return IRREGULAR_PARTICIPLE[low]
    return past_base(low)


@functools.lru_cache(maxsize=8192)
def third_person(base: str) -> str:
    """The present third person singular: "meet" -> "meets", "carry" -> "carries"."""
    if base == "be":
        return "is"
    if base == "have":
        return "has"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return f"{base[:-1]}ies"
    if _SIBILANT.search(base):
        return f"{base}es"
    return f"{base}s"


@functools.lru_cache(maxsize=8192)
def base_of_ing(word: str) -> str | None:
    """The base form of a known verb's ``-ing`` form ("meddling" -> "meddle"), else None."""
    low = word.lower()
    if len(low) < 5 or not low.endswith("ing"):
        return None
    stem = low[:-3]
    guesses = [stem, f"{stem}e"]
    if _DOUBLED.search(stem):
        guesses.append(stem[:-1])
    if stem.endswith("y"):
        guesses.append(f"{stem[:-1]}ie")
    return next((g for g in guesses if g in _BASES), None)


@functools.lru_cache(maxsize=8192)
def is_participle(word: str) -> bool:
    """Whether ``word`` can be a past participle ("approved", "drawn", "set")."""
    low = word.lower()
    if low in ("had", "been", "being", "was", "were", "need", "red", "bed", "hundred"):
        return False
    if low in IRREGULAR_PARTICIPLE:
        return True
    if low.startswith("re-") and len(low) > 5:
        return is_participle(low[3:])  # "re-elected", "re-opened"
    return _ED.fullmatch(low) is not None and base_of_ed(low) is not None


@functools.lru_cache(maxsize=8192)
def present_base(word: str) -> str | None:
    """The base form if ``word`` is a known verb in the third person ("kicks" -> "kick")."""
    low = word.lower()
    if not low.endswith("s") or len(low) < 4:
        return None
    guesses = [low[:-1]]
    if low.endswith("es"):
        guesses.append(low[:-2])
    if low.endswith("ies"):
        guesses.append(f"{low[:-3]}y")
    return next((g for g in guesses if g in _BASES), None)


# Irregular simple past forms that differ from their base ("ran", "met", not "cut").
IRREGULAR_PAST_ONLY = frozenset(p for p, b in IRREGULAR_PAST.items() if p != b)
PAST_ALTERNATION = "|".join(sorted(IRREGULAR_PAST_ONLY, key=lambda w: (-len(w), w)))


_PARTICIPLE_OF = {b: p for p, b in IRREGULAR_PARTICIPLE.items() if p != "been"}
_SHORT_CVC = re.compile(r"^[^aeiou]*[aeiou][bdgmnprt]$")


@functools.lru_cache(maxsize=4096)
def participle_of(base: str) -> str | None:
    """The past participle of a known verb ("shoot" -> "shot", "kill" -> "killed")."""
    if base in _PARTICIPLE_OF:
        return _PARTICIPLE_OF[base]
    if base not in _BASES:
        return None
    if base.endswith("e"):
        return f"{base}d"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return f"{base[:-1]}ied"
    if _SHORT_CVC.match(base):
        return f"{base}{base[-1]}ed"
    return f"{base}ed"


# Verbs that news writing uses with an object (or in the passive) only: a bare past
# participle of one with no object after it is a headline passive ("Final track section
# laid", "Ferry services cancelled until Monday"), not an active past ("lays", "cancel").
TRANSITIVE_ONLY = frozenset(
    """announce appoint approve arrest award ban build cancel capture charge complete confirm
    convict demolish destroy detain discover elect evacuate find fine hire impose injure jail
    kill lay list nominate order postpone publish reject rescue restore sanction scrap seize
    sentence suspend unveil vaccinate""".split()
)


def is_known_base(word: str) -> bool:
    """Whether ``word`` is a verb base form in the lexicon ("agree", "meet")."""
    return word in _BASES


PARTICIPLE_ALTERNATION = "|".join(
    sorted(
        (p for p, b in IRREGULAR_PARTICIPLE.items() if p != b and p != "been"),
        key=lambda w: (-len(w), w),
    )
)
# The third person present of every verb base in the lexicon ("closes", "runs"), longest first.
PRESENT_ALTERNATION = "|".join(
    sorted({third_person(b) for b in _BASES}, key=lambda w: (-len(w), w))
)
# Every verb base in the lexicon that is no past form too ("close", "travel"; not "put"),
# longest first.
BASE_ALTERNATION = "|".join(sorted(_BASES - IRREGULAR_PAST.keys(), key=lambda w: (-len(w), w)))
