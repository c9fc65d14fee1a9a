"""Every rule of extraction and comparison, as data.

Nothing in here is specific to one article: these are the words and patterns of
English-language reporting on numbers (news, health, science, finance). The
components in ``extract/``, ``context.py`` and ``conflicts.py`` apply them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --------------------------------------------------------------------------
# Numbers written as words
# --------------------------------------------------------------------------
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Words that multiply what comes before them ("two hundred", "8 million").
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
    "trillion": 1e12,
    # South Asian English: a lakh is a hundred thousand, a crore ten million ("₹25 lakh")
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Abbreviated magnitudes glued to or following a figure ("15k", "$2bn", "$5M").
MAGNITUDE_SUFFIXES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "tn": 1e12,
}
# Magnitude suffixes that are also units or letters ("5m" is five metres, "3b" a
# label) count only after a currency or before a counted noun ("1.5m patients").
MAGNITUDE_SUFFIXES_NEED_CURRENCY = {"m", "M", "b", "B"}
# Words that make a number of years an age ("aged 18-65", "the median age was 42 years").
AGE_WORDS = {"age", "aged", "ages", "ageing", "aging"}
# The measure of an age set off after a person's name ("Halvorsen, 71,"): that person's age.
PERSON_AGE_KEY = "person-age"
# The noun a "-year-old" age describes ("a 37-year-old man"): two ages of two
# such nouns are two people's (conflicts._aged_other_people).
AGED_NOUN = r"[- ]old\s+([A-Za-z]+)\b"
# A bare figure a study "enrolled" or "randomized", its clause ending there
# ("SKYLINE 103 enrolled 537."), counts the study's participants.
ENROLLING_VERBS = {"enrolled", "randomized", "randomised", "recruited", "enrolling", "randomizing", "enrolls"}
ENROLLED_NOUN = "participants"
# What joins the two dates bounding a period ("between Jan. 5 and July 20", "from March to June").
PERIOD_JOINER = re.compile(r",?\s*(?:and|to|through|until|till|-|–|—)\s*(?:early|mid|late)?[\s-]*")
# A month and day without a year, outside a forecast, are at most this many days
# ahead of their story (claims._year_of_month_day); further ahead, last year's.
MONTH_DAY_AHEAD_DAYS = 92
# A date without a year this near a dated one before it in its sentence is of
# that date's year ("On March 3, 2025, ..., effective March 9": claims._year_near).
NEAR_DATED_DAYS = 45
# "The median age of the volunteers was 61": at most this many tokens between the
# age noun and the copula its figure follows.
AGE_SUBJECT_REACH = 6
HYPHENS = {"-", "‐", "‑"}  # "age-adjusted": the age word modifies another noun
# "aged 38 and 57", "aged 9, 11 and 14": the figures listed after an age's first one.
AGE_LIST_JOINERS = {",", "and", "or"}
AGE_LIST_MAX = 6
# Frequencies: "three times a week" -> unit "times per week".
FREQUENCY_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year",
                     "hour": "hour", "daily": "day", "weekly": "week"}
DOZEN_WORDS: dict[str, int] = {"dozen": 12, "dozens": 12}
# Words that are a number of times: "twice as likely" (a ratio), "twice daily"
# (a frequency). "once" is one only before a period ("once a week").
MULTIPLIER_WORDS = {"once": 1, "twice": 2, "thrice": 3,
                    # a measure multiplied: "cases doubled", "sales more than tripled"
                    "doubled": 2, "doubles": 2, "tripled": 3, "triples": 3, "quadrupled": 4, "quadruples": 4}
# ... but not in "doubled down", "doubles as", "tripled up": no measure multiplied
MULTIPLYING_VERB_IDIOMS = {"down", "as", "up"}
MULTIPLIER_NEEDS_PERIOD = {"once"}
# "fivefold", "twelvefold", "a hundredfold rise": a number word glued to "fold"
# ("40-fold" and "two-fold" are a figure and the unit "fold"). Not before a
# colon: "the problem is twofold: cost and access" counts parts, not a ratio.
FOLD_WORDS: dict[str, int] = {
    **{f"{word}fold": n for word, n in {**NUMBER_WORDS, **TENS_WORDS}.items() if n >= 2},
    "hundredfold": 100, "thousandfold": 1000,
}
# "double", "triple", "quadruple" multiply a measure only as a verb ("sales
# will double", "can triple the risk") or before what they multiply ("nearly
# double the figure"): after one of MULTIPLE_CUES_BEFORE (or a bound word), or
# before one of WHOLE_DETERMINERS or another multiple ("double or triple").
# Elsewhere they are adjectives of a thing ("a double dose", "double-blind",
# "double digits").
MULTIPLYING_WORDS: dict[str, int] = {"double": 2, "triple": 3, "quadruple": 4}
MULTIPLE_CUES_BEFORE = {"to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does",
                        "than"}
# Fractions that stand alone as a number ("half an hour", "a third of adults").
FRACTION_WORDS: dict[str, float] = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3,
    "quarter": 0.25, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2,
    "tenth": 0.1, "tenths": 0.1,
}
# Fraction words that are also ordinals ("the third session"): only numbers when
# a count precedes them ("two-thirds", "a third") and the sentence uses them as
# a share (extract/fractions.py: "a third of voters", "cut by a third", "about a
# third said"), never as "a third dose" or "a third was hurt".
ORDINAL_FRACTIONS = {"third", "fifth", "tenth", "quarter"}
# A fraction is a share of a whole where the sentence uses it as one. Before
# one of these words: "a two-thirds majority", "a third lower", "half off";
# (and CHANGE_WORDS_AFTER: "a two-thirds reduction")
FRACTION_SHARE_AFTER = {"majority", "supermajority", "off"}
# The change words after a figure that are no nouns: an ordinal fraction
# before these is a share ("a third lower"), before a noun an ordinal ("a third cut").
COMPARATIVES = {"more", "fewer", "less", "higher", "lower", "greater", "smaller", "larger", "bigger", "below",
                "above"}
# ... or before the whole it takes a share of: "half the patients", "a third
# its former size" (what "of" would introduce), and "double the risk".
WHOLE_DETERMINERS = {"the", "its", "their", "his", "her", "our", "your", "all", "that", "what"}
# ... or as the subject of a clause, before its verb: "about half were
# retirees", "two-thirds said". After "a third" without a bound word only a
# plural verb makes a share ("a third are renters"); a singular or past one
# may follow an ordinal ("two were hurt and a third was treated", "a third
# died"). A bound word never comes before an ordinal: "roughly a third died".
FRACTION_PLURAL_VERBS = {"were", "are", "have", "do", "say", "report", "describe", "support", "oppose", "use",
                         "live", "want", "need", "think", "believe", "agree", "remain", "plan", "expect", "own",
                         "favor", "favour", "work", "prefer", "lack", "carry", "get", "take", "go"}
FRACTION_SUBJECT_VERBS = FRACTION_PLURAL_VERBS | {
    "was", "is", "had", "has", "did", "does", "said", "will", "would", "could", "can", "may", "might",
    "went", "got", "took", "saw", "felt", "kept", "lost", "quit", "became", "came", "left", "fell", "rose", "grew"}
# The fractions writers round a share to when they write it in words: "about
# half" stands for the shares nearer half than a third of the way to the next
# ones, 46.7% to 53.3% (comparable._fraction_in_words). Not halfway: a share
# midway is said with a bound ("more than a quarter", "nearly a third").
COMMON_FRACTIONS = {1 / 10, 1 / 5, 1 / 4, 1 / 3, 2 / 5, 1 / 2, 3 / 5, 2 / 3, 3 / 4, 4 / 5, 9 / 10}
FRACTION_ROUNDING_REACH = 1 / 3
# "a quarter-point cut", "half a point": in rates and polls a point is a
# percentage point. Only halves and quarters: "a third point" is an ordinal.
FRACTIONS_OF_A_POINT = {"half", "quarter"}
# Fractions a number word multiplies when written apart: "three quarters of".
PLURAL_FRACTIONS = {"thirds", "quarters", "fifths", "tenths"}
# "in their 60s", "in her late 40s": a figure of tens with a glued "s" after a
# possessive (and perhaps a part of the decade) is an age from 60 to 69.
AGE_DECADE_OWNERS = {"their", "his", "her", "my", "our", "your", "its"}
DECADE_PARTS = {"early", "mid", "late"}
# The days a part of a month names when it dates a figure: "by mid-April the
# tally had grown" is after "figures released April 9", so the two are two tallies.
# ("late" is read from the 20th: "by late August" is said of an August 20 count.)
MONTH_THIRDS = {"early": (1, 10), "mid": (11, 19), "late": (20, 31)}
# A fraction after one of these is part of a period, not a share: "the first
# half of 2025", "the second quarter".
PERIOD_PART_ORDINALS = {"first", "second", "third", "fourth", "final", "last", "latter", "back", "front"}
ARTICLE_ONE = {"a", "an"}  # "a hundred", "an hour and a half"

# --------------------------------------------------------------------------
# Units. Each surface form maps to a canonical unit; each canonical unit has
# a kind, a family (what it can be converted within) and a factor to the
# family's base unit. Conversions are only those that are exact.
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    canonical: str
    kind: str
    family: str
    factor: float  # multiply a value in this unit to get the family base unit


UNITS: dict[str, Unit] = {u.canonical: u for u in [
    Unit("%", "percent", "percent", 1.0),
    Unit("percentage points", "percent", "percentage_points", 1.0),
    Unit("ng", "dose", "mass", 1e-6),
    Unit("mcg", "dose", "mass", 1e-3),
    Unit("mg", "dose", "mass", 1.0),
    Unit("g", "dose", "mass", 1e3),
    Unit("kg", "mass", "mass", 1e6),
    Unit("lb", "mass", "pound", 1.0),
    Unit("mg/kg", "dose", "mass_per_kg", 1.0),
    Unit("mcg/kg", "dose", "mass_per_kg", 1e-3),
    Unit("mg/day", "dose", "mass_per_day", 1.0),
    Unit("ml", "dose", "volume", 1.0),
    Unit("l", "volume", "volume", 1e3),
    Unit("IU", "dose", "iu", 1.0),
    Unit("seconds", "duration", "time", 1.0),
    Unit("minutes", "duration", "time", 60.0),
    Unit("hours", "duration", "time", 3600.0),
    Unit("days", "duration", "time", 86400.0),
    Unit("weeks", "duration", "time", 604800.0),
    # Months and years convert to each other exactly, not to weeks or days.
    Unit("months", "duration", "month", 1.0),
    Unit("years", "duration", "month", 12.0),
    Unit("decades", "duration", "month", 120.0),
    Unit("km", "length", "length", 1e3),
    Unit("m", "length", "length", 1.0),
    Unit("cm", "length", "length", 1e-2),
    Unit("miles", "length", "mile", 1.0),
    # (feet and inches convert to metres exactly: 0.3048 and 0.0254)
    Unit("feet", "length", "length", 0.3048),
    Unit("inches", "length", "length", 0.0254),
    Unit("mph", "speed", "mph", 1.0),
    Unit("km/h", "speed", "km_per_hour", 1.0),
    Unit("°C", "temperature", "celsius", 1.0),
    Unit("degrees", "temperature", "degrees", 1.0),
    Unit("°F", "temperature", "fahrenheit", 1.0),
    Unit("mmHg", "pressure", "mmhg", 1.0),
    Unit("bpm", "rate", "bpm", 1.0),
    Unit("times", "ratio", "times", 1.0),
    Unit("times per hour", "frequency", "per_hour", 1.0),
    Unit("times per day", "frequency", "per_day", 1.0),
    Unit("times per week", "frequency", "per_week", 1.0),
    Unit("times per month", "frequency", "per_month", 1.0),
    Unit("times per year", "frequency", "per_year", 1.0),
]}

# Surface form (lower case unless marked case-sensitive) -> canonical unit.
UNIT_FORMS: dict[str, str] = {
    "%": "%", "percent": "%", "per cent": "%", "pc": "%", "pct": "%",
    "percentage points": "percentage points", "percentage point": "percentage points",
    "points": "percentage points", "point": "percentage points",
    "ng": "ng", "nanogram": "ng", "nanograms": "ng",
    "mcg": "mcg", "µg": "mcg", "μg": "mcg", "ug": "mcg", "microgram": "mcg", "micrograms": "mcg",
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "milligramme": "mg", "milligrammes": "mg",
    "g": "g", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
    "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb",
    "mg/kg": "mg/kg", "mg per kg": "mg/kg", "milligrams per kilogram": "mg/kg",
    "mcg/kg": "mcg/kg", "µg/kg": "mcg/kg", "μg/kg": "mcg/kg",
    "mg/day": "mg/day", "mg per day": "mg/day", "mg/d": "mg/day",
    "ml": "ml", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml", "millilitres": "ml",
    "l": "l", "liter": "l", "liters": "l", "litre": "l", "litres": "l",
    "iu": "IU", "international units": "IU",
    "s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds", "seconds": "seconds",
    "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "day": "days", "days": "days", "d": "days",
    "wk": "weeks", "wks": "weeks", "week": "weeks", "weeks": "weeks",
    "mo": "months", "mos": "months", "month": "months", "months": "months",
    "yr": "years", "yrs": "years", "year": "years", "years": "years", "y": "years",
    "decade": "decades", "decades": "decades",
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "cm": "cm", "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm",
    "mile": "miles", "miles": "miles",
    "ft": "feet", "foot": "feet", "feet": "feet", "inch": "inches", "inches": "inches",
    "mph": "mph", "miles per hour": "mph", "km/h": "km/h", "kph": "km/h", "kilometers per hour": "km/h",
    "kilometres per hour": "km/h",
    "°c": "°C", "degrees celsius": "°C", "°f": "°F", "degrees fahrenheit": "°F",
    "degrees": "degrees", "degree": "degrees",
    "mmhg": "mmHg", "mm hg": "mmHg", "bpm": "bpm", "beats per minute": "bpm",
    "times": "times", "fold": "times", "-fold": "times",
}
# Short forms that are ordinary words or letters elsewhere: only units when
# glued to the figure or joined by a hyphen ("8h", "8-h"), never after a space.
UNIT_FORMS_GLUED_ONLY = {"s", "h", "d", "y", "l", "g", "mo", "pc", "m"}
# Units that never follow a number-word directly ("two points" is a count).
UNIT_FORMS_DIGITS_ONLY = {"points"}
# ... and one that follows only a fraction ("a quarter point", "half a point";
# "1 point" on a scale is no percentage point)
UNIT_FORMS_FRACTIONS_ONLY = {"point"}

# --------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------
# Prefix symbols and codes (before the figure) -> ISO currency.
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD", "US$": "USD", "USD": "USD", "AU$": "AUD", "A$": "AUD", "AUD": "AUD",
    "CA$": "CAD", "C$": "CAD", "CAD": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
    "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR", "¥": "JPY", "JPY": "JPY",
    "₹": "INR", "INR": "INR", "CHF": "CHF", "Rs": "INR", "Rs.": "INR",
    "R$": "BRL", "BRL": "BRL", "MX$": "MXN", "MXN": "MXN", "CN¥": "CNY", "RMB": "CNY", "CNY": "CNY",
    "₩": "KRW", "KRW": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN", "₱": "PHP", "ZAR": "ZAR",
}
# "1.33 × 10^14", "2x10^6", "5 × 10¹⁴": a figure in scientific notation spans at
# most this many tokens after its mantissa.
POWER_OF_TEN_TOKENS = 4
# Verbs of change that, right before an amount of money, say it was brought in
# ("the tax raised $78.8 million", "the company raised $68 million"): no change,
# unlike "raised prices by $5" (extract.kinds.states_change).
MONEY_RAISING_VERBS = {"raised", "raises", "raise", "raising"}
# Currency words after the figure ("26 million dollars", "500 euros").
CURRENCY_SUFFIXES: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
    "eur": "EUR", "gbp": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "yen": "JPY", "rupees": "INR", "francs": "CHF", "aud": "AUD", "cad": "CAD",
}
# A hundredth of a currency after the figure ("37 cents", "18p"): that currency,
# the value a hundredth. "Cents" are taken as US cents, as "$" is the US dollar.
MINOR_CURRENCIES: dict[str, tuple[str, float]] = {
    "cents": ("USD", 0.01), "cent": ("USD", 0.01), "pence": ("GBP", 0.01), "p": ("GBP", 0.01),
}
# ... "p" only glued to the figure and before one of these ("18p per litre", "a
# 24p rate"): "17p" is also a chromosome's arm ("17p deletion", "del(17p)").
GLUED_MINOR_CURRENCIES = {"p"}
AFTER_GLUED_MINOR_CURRENCY = {"per", "a", "an", "each", "for", "rate", "tax", "levy", "charge", "and", "or", "to",
                              ",", ".", ";", "on", "off", "more", "less", "cheaper", "dearer", ""}

# --------------------------------------------------------------------------
# Bound words: recorded beside the value, never applied to it.
# canonical bound word -> type: approx (either side), lower (value is a floor),
# upper (value is a ceiling).
# --------------------------------------------------------------------------
# An upper bound said this way is near its value ("nearly half" is not 31%):
# the conflict stage lets it go at most this far below (points of a share, or
# a share of the value).
NEAR_BOUNDS = {"nearly", "almost", "just under"}
NEAR_BELOW_POINTS = 10.0
NEAR_BELOW_SHARE = 0.15
BOUND_WORDS: dict[str, str] = {
    "about": "approx", "approximately": "approx", "approx.": "approx", "approx": "approx",
    "around": "approx", "roughly": "approx", "some": "approx", "circa": "approx",
    "ca.": "approx", "an estimated": "approx", "estimated": "approx", "an average of": "approx",
    "on average": "approx", "close to": "approx", "nearly": "upper", "almost": "upper",
    "just under": "upper", "~": "approx", "≈": "approx", "±": "approx",
    "at least": "lower", "more than": "lower", "over": "lower", "above": "lower",
    "greater than": "lower", "upwards of": "lower", "in excess of": "lower",
    "exceeding": "lower", "just over": "lower", "no fewer than": "lower",
    "no less than": "lower", "as many as": "upper", "as much as": "upper",
    "as high as": "upper", "up to": "upper", "under": "upper", "below": "upper",
    "fewer than": "upper", "less than": "upper", "at most": "upper",
    "no more than": "upper", "not more than": "upper", "as few as": "lower",
    "as little as": "lower", "as low as": "lower", "a maximum of": "upper",
    "a minimum of": "lower", "<": "upper", "≤": "upper", "<=": "upper",
    ">": "lower", "≥": "lower", ">=": "lower",
}

# A figure states a change, not a level, when one of these follows it ("a 38%
# increase", "30% more deaths") or when it follows "by" after one of
# CHANGE_WORDS ("rose by 41%", "was cut by $2 million"). A change and a level
# of the same measure are never compared.
CHANGE_WORDS_AFTER = {
    "increase", "increases", "rise", "rises", "jump", "jumps", "gain", "gains", "growth",
    "surge", "spike", "boost", "hike", "uptick", "drop", "drops", "decline", "declines",
    "decrease", "decreases", "reduction", "reductions", "fall", "falls", "cut", "cuts", "dip",
    "slump", "plunge", "more", "fewer", "less", "higher", "lower", "greater", "smaller",
    "below", "above",  # "20% below Wegovy's price": a difference between two levels
}
# A figure after "by" states a change when a word of CHANGE_WORDS comes at most
# this many words earlier, with none of CHANGE_BY_STOPS between.
CHANGE_BY_REACH = 20
# What a price, a share or an index did right before a figure, in verbs used of
# nothing else: a change of it ("shares sank about 69%", "the index tumbled 9%"),
# unless "of" follows. ("lost" and "gained" are not among them: "people lost
# 14.9%" is a share of their weight, as "lost 20.4% of their body weight" is.)
CHANGE_VERBS_NOT_BEFORE_OF = {"sank", "sinks", "sunk", "sinking", "tumbled", "tumbles", "tumbling", "slid",
                              "slides", "sliding", "slumped", "slumps", "plummeted", "plummets", "rallied",
                              "rallies", "skidded", "tanked", "shed", "sheds"}
CHANGE_BY_STOPS = {",", ";", ":", ".", "!", "?", "(", ")", "but", "while", "whereas"}
# ... but a short phrase between commas (", known as exacerbations,") is stepped over.
APPOSITIVE_MAX_WORDS = 6
# A figure right after a word of CHANGE_WORDS states a change ("rose 35%", "up
# 6.4% from a year earlier"), except "up" after these: "made up 18% of sales",
# "rang up $1.7 billion in sales", "racked up 40 wins" (verbs that total, not move).
UP_NOT_A_CHANGE_AFTER = {"make", "makes", "made", "making", "rang", "ring", "rings", "ringing", "racked", "rack",
                         "racks", "racking", "chalked", "chalks", "totted", "piled", "piles", "summed", "ran",
                         "runs", "running", "signed", "signs"}
# A figure after one of these and a figure that states a change states one too
# ("by 58% and 48%", "by 30%, 25% and 20%").
CHANGE_LIST_JOINERS = {"and", "or", ","}
# A figure before one of these and a figure with a change word after it states a
# change too ("28% and 33% fewer attacks"); not a comma, which may open an aside.
CHANGE_COORDINATORS = {"and", "or"}
# A figure after one of these and "of" states a change: "an increase of 7.1%".
CHANGE_NOUNS = (CHANGE_WORDS_AFTER - {"more", "fewer", "less", "higher", "lower", "greater", "smaller", "below",
                                      "above"}) \
    | {"change", "changes"}
# A figure after one of these and a change noun states a change: "the relative risk reduction was 88%".
COPULAS = {"was", "were", "is", "are", "be", "been"}
CHANGE_SUBJECT_REACH = 5  # words between the change noun and its copula: "the reduction in hospital admissions was"
# Bound words after a bare figure that make it an age ("were 75 or older").
AGE_BOUNDS_AFTER = {"and older", "or older", "and younger", "or younger", "and up", "and over", "or over"}
# A figure (at most AGE_MAX) bounding a group of people named right before it is
# their age: "adults over 65", "women between 40 and 74", "patients older than 70".
AGE_HOLDERS = {"adults", "adult", "children", "child", "kids", "people", "persons", "patients", "participants",
               "women", "men", "those", "anyone", "everyone", "individuals", "seniors", "infants", "babies",
               "teens", "teenagers", "girls", "boys", "residents", "americans", "workers", "smokers", "users"}
AGE_COMPARISONS = {"between", "over", "under", "above", "below", "aged"}
AGE_MAX = 120
# Words that may stand between a figure and its unit without changing what is
# measured: "7 consecutive days", "three straight years", "12 additional weeks".
UNIT_GAP_WORDS = {"consecutive", "straight", "successive", "additional", "extra", "further", "more", "full", "whole"}
# Units a claim is given in another of: "two decades" is 20 years, as most
# sources count long spans (claims.csv states "a decade" as 10 years).
UNITS_GIVEN_AS: dict[str, tuple[str, float]] = {"decades": ("years", 10.0)}
# "a"/"an" before a unit of time is one of it, a span ("followed for a year",
# "discharged a week later", "spaced about a month apart"), where a word before
# it (or a bound word: "almost a year") or after it says so. Never the period of
# a rate, after a figure, a unit or a multiple ("$40 a year", "80 hours a month",
# "twice a day") or of a price ("$1,850 for a month's supply", "$32,000 for a
# year of treatment"), nor a time reckoned from another ("a year earlier").
ARTICLE_SPAN_UNITS = {"days", "weeks", "months", "years", "decades"}
ARTICLE_SPAN_BEFORE = {"for", "within", "over", "after", "than", "take", "takes", "took", "taking",
                       "last", "lasts", "lasted", "spend", "spends", "spent", "only", "just", "barely", "add",
                       "adds", "added", "began", "begin", "begins"}
ARTICLE_SPAN_AFTER = {"later", "apart", "long", "old"}
ARTICLE_SPAN_NOT_AFTER = {"'s", "’s", "earlier", "before", "ago"}
ARTICLE_SPAN_GAP_WORDS = {"full", "whole"}  # "for a full year" (also UNIT_GAP_WORDS)
# Bound words after the figure ("adults 60 and older", "3 cups or more").
BOUND_WORDS_AFTER: dict[str, str] = {
    "and older": "lower", "or older": "lower", "and over": "lower", "or over": "lower",
    "or more": "lower", "and above": "lower", "or above": "lower", "or higher": "lower",
    "and up": "lower", "plus": "lower", "or less": "upper", "or fewer": "upper",
    "or younger": "upper", "and under": "upper", "or under": "upper", "and below": "upper",
    "or lower": "upper",
}

# --------------------------------------------------------------------------
# Ranges and lists
# --------------------------------------------------------------------------
# "from 20% to 30%" is a change (two claims) only after one of these verbs;
# otherwise ("ranging from 3.5% to 11%") it is a range.
# A statistic named between "by" and the figure leaves it a change: "delayed
# progression by a median of two months" ("an average of" is a bound word).
STATISTIC_OF_PHRASES = {"a median of", "a mean of"}
CHANGE_WORDS = {
    "increased", "increase", "increases", "increasing", "rose", "rise", "rises", "rising", "risen",
    "grew", "grow", "grows", "growing", "grown", "jumped", "climbed", "soared", "doubled",
    "decreased", "decrease", "decreases", "decreasing", "fell", "fall", "falls", "falling", "fallen",
    "dropped", "drop", "drops", "declined", "decline", "declines", "reduced", "reduce", "cut",
    "raised", "raise", "lowered", "went", "changed", "change", "shifted", "moved", "improved",
    "worsened", "slipped", "plunged", "surged", "up", "down", "extended", "shortened",
    "boosted", "expanded", "slashed", "shrank", "shrunk", "dipped", "lengthened", "widened", "narrowed", "lifted",
    "slowed", "slows", "delayed", "delays", "prolonged", "prolongs",
    # the other forms of the same verbs ("is climbing by about 2% a year"); not those
    # read as nouns as often ("Medicaid cuts", "clinical worsening", "night shifts")
    "climbs", "climbing", "jumping", "soars", "soaring", "doubles", "doubling", "tripled", "triples",
    "tripling", "halved", "halving", "dropping", "declining", "reduces", "reducing", "cutting", "raises",
    "raising", "lowers", "lowering", "shifting", "improves", "improving", "slipping", "plunging", "surging",
    "extends", "extending", "shortens", "shortening", "boosting", "expands", "expanding", "slashes",
    "slashing", "shrinks", "shrinking", "dipping", "widens", "widening", "narrows", "narrowing", "slowing",
    "lifts", "lifting",
}
# ... and one earlier in its clause, past a comma ("rose 1.0 year, from 74.8 to
# 75.8", "and for women from 80.2 to 81.1"), within this many words; the
# short words of CHANGE_WORDS ("up", "down", "went", "cut") only next to the figures.
CHANGE_REACH_IN_CLAUSE = 14
CHANGE_WORDS_NEAR_ONLY = {"up", "down", "went", "cut", "moved", "change", "changed", "raise", "reduce", "drop",
                          "fall", "rise", "increase", "decrease", "decline", "grow"}
# Words that make "from 18 to 64" a range whatever verb comes before them
# ("grew among adults aged from 18 to 64", "prices ranging from $4 to $9").
RANGE_WORDS_BEFORE_FROM = {"ranging", "ranged", "range", "ranges", "varying", "varied", "vary", "varies",
                           "anywhere", "aged", "ages", "age"}
# Marks that end the clause looked through for a verb of change.
CLAUSE_ENDS_FOR_CHANGE = {";", ":", "(", ")", ".", "?", "!"}
RANGE_CONNECTORS = {"to", "-", "–", "—", "‐", "through", "thru"}
# Words before a figure that make "and" a range connector, as "between" does.
BETWEEN_AGES_OPENINGS = ["between the ages of", "between ages", "between age"]
ALTERNATIVE_CONNECTORS = {"or"}
# After a suspended hyphen ("four- to six-hour", "two- or three-day").
SUSPENDED_CONNECTORS = {"to", "or", "and"}
# Words that may stand between a count and its noun: "nine more cases", "five other sites".
COUNT_GAP_WORDS = {"more", "other", "additional", "further", "new", "fewer"}
# "five of them": a count of what the count before it in its sentence counts.
PARTITIVE_PRONOUNS = {"them", "those", "these", "which"}
# "930 people, of whom 309 received": the part a relative clause opens with.
RELATIVE_PARTITIVES = {"of whom", "among whom", "of which", "among them", "of them"}
# The "from" of a change ("rose from 476 in 2019 to 1,474") is looked for this many tokens before its "to".
CHANGE_FROM_REACH = 8
# A bare figure after one of these counts its victims ("killed 31", "sickened 551"),
# as does one followed by one of DYING_VERBS ("10 died").
HARMING_VERBS = {"killed", "kills", "kill", "killing", "sickened", "sickens", "sickening", "infected",
                 "infects", "injured", "injures", "wounded", "wounds", "poisoned", "hospitalized", "hospitalised"}
DYING_VERBS = {"died", "die", "dies", "perished", "survived"}
# ... unless that count stands in a modifier of an earlier one ("216 cases from
# 38 states, 142 of them"): then the earlier one's
MODIFIER_COUNT_PREPOSITIONS = {"from", "in", "across", "at"}
ANTECEDENT_COUNT_REACH = 30  # tokens back to that count
# A bare figure opening a clause after one of these ("... and 38 got the lower
# dose", "; 44 recovered") counts what the sentence's earlier count counts,
# unless one of NOT_AFTER_ELIDED_COUNT follows it ("and 12 of their parents",
# "and 12 to 15"): the noun is then elsewhere.
ELIDED_COUNT_JOINERS = {"and", ";", "but", "while", "whereas"}
# Words that may stand between such a joiner (or an ELLIPSIS_CUES cue) and the
# figure: an article, or a word saying how final the count is ("and a
# provisional 503 last year", "up from the 557", "and the 483 who qualified").
ELIDED_GAP_WORDS = {"a", "an", "the", "another", "provisional", "preliminary", "final", "further", "total"}
NOT_AFTER_ELIDED_COUNT = {"of", "to", "or", "and", "times", "per", "percent", "out"}
# Its flag: what it is said of (its clause's words after it, "got the lower
# dose") is part of its measure, since its noun alone says less than the
# earlier count's ("40 volunteers got the higher dose").
ELIDED_NOUN_FLAG = "noun from an earlier clause"
# A sentence opening "Of the 14 cases," or "Of those patients," names the whole
# the figure right after its comma is a part of ("..., 12 were confirmed"): it
# counts that noun, with its clause's words, and is a part (PART_TAG).
OPENING_PARTITIVE = {"the", "those", "these"}
OPENING_PART_FLAG = "part of the whole its sentence opens with"
# "three of the 389 people", "all 17 of the committee's previous members": the
# whole a part is taken from, after one of these, within this many tokens.
PARTITIVE_DETERMINERS = {"the", "its", "their", "his", "her", "our", "these", "those"}
PARTITIVE_NOUN_REACH = 5
# Words that set a bare figure against an earlier count, whose noun it leaves
# out: "549 cases, compared with 1,293 in 2023", "close to the 1,179 of 2023",
# "280 deaths, above the previous high of 207" (a record of the same thing).
ELLIPSIS_CUES = {"compared with", "compared to", "versus", "vs", "vs.", "up from", "down from", "close to",
                 "against", "double", "twice", "triple", "than", "high of", "record of", "peak of", "low of"}
LIST_SEPARATORS = {",", "and", "or", "&"}
# Two figures set side by side with the unit written once, after the second:
# "18.6 versus 18.3 months", "6.9 vs. 4.9 months" (ranges.versus_pair).
VERSUS_WORDS = {"versus", "vs", "vs."}
# A bare figure that lists a part of an earlier count by place ("8,078 cases,
# including 7,284 in Brazil, 356 in Bolivia", "21 cases: 20 in Florida and one
# in New York", "then Peru with 356"): after one of LISTED_AFTER and before one
# of LISTED_BEFORE, it counts what that count counts.
LISTED_AFTER = {",", ":", "including", "with", "and", "then", "("}
LISTED_BEFORE = {"in", "each", "from", "at"}
PLACE_COUNT_NOUNS = {"countries", "states", "provinces", "regions", "districts", "counties", "cities",
                     "territories", "nations"}  # (what such a list is given by, never what it counts)
# A list that gives its verb and noun with its first item only ("Georgia had
# 28 deaths, South Carolina 26, Florida 18 and Virginia 2"): each later item is
# a name of at most GAPPED_NAME_WORDS capitalized words after a joiner, and a
# figure before one of GAPPED_ITEM_ENDS, within GAPPED_ITEM_REACH tokens of the
# item before it (nouns.gapped_item).
GAPPED_NAME_WORDS = 3
GAPPED_ITEM_ENDS = {",", "and", ".", ";", ")", ""}
GAPPED_ITEM_REACH = 6
# Its flag: the name right before such a figure is its subject ("Georgia 25").
GAPPED_ITEM_FLAG = "item of a list naming its noun once"
# Where a study's people are counted by ("in 17 sites"): no antecedent of "whom".
SITE_COUNT_NOUNS = {"sites", "centres", "centers", "hospitals", "clinics", "arms", "groups", "cohorts"}

# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Month abbreviations that are also common words: only dates when a day or
# year is attached ("May 6", "May 2021"), never alone.
YEAR_MIN, YEAR_MAX = 1000, 2100
# A month after one of these is a date though a capital follows ("Since August
# Lilly has sold ..."); after other words a capital makes it a name ("June Almeida").
MONTH_BEFORE_A_CAPITAL_CUES = {"since", "until", "till", "through"}
# A four-digit number with no word for a year before it ("in", "by", a month) is
# a year only from this one on: "1182 had low tau" counts people.
BARE_YEAR_MIN = 1900
BARE_YEAR_MAX = 2100  # ("the 2024-25 season" is a period from such a year, no vote tally)
# Words before a bare year that make it a date ("in 2021", "by the end of 2024").
YEAR_CUES = {
    "in", "by", "since", "until", "till", "from", "during", "of", "before", "after",
    "early", "mid", "late", "end", "start", "beginning", "spring", "summer",
    "autumn", "fall", "winter", "year", "circa", "c.", "around", "through", "between",
    "and", "to", "the", "as", "for", "fiscal", "fy", "than", "on",
}
# Relative dates: resolved against the publication date when one is known.
RELATIVE_DATES: dict[str, tuple[str, int]] = {
    # phrase (lower case) -> (period, offset from the publication date)
    "next year": ("year", 1), "last year": ("year", -1), "this year": ("year", 0),
    "the coming year": ("year", 1), "next month": ("month", 1), "last month": ("month", -1),
    "this month": ("month", 0), "later this month": ("month", 0), "earlier this month": ("month", 0),
    "last week": ("week", -1), "next week": ("week", 1), "this week": ("week", 0),
    "earlier this week": ("week", 0), "later this week": ("week", 0),
    "a year ago": ("year", -1), "two years ago": ("year", -2), "a month ago": ("month", -1),
}
# Seasons, by the month each begins in (the northern seasons by months, as
# U.S. and European stories mean them): "last fall", "next spring" date an
# event (extract.dates.resolve_relative); "this summer" a forecast's, as "this year".
SEASON_STARTS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
SEASON_DIRECTIONS = {"last": -1, "this past": -1, "past": -1, "this": 0, "earlier this": 0, "later this": 0,
                     "next": 1, "this coming": 1, "coming": 1}
# A period this short ("last fall": September to November) dates a figure as
# a moment in it, as a month does: "a poll last fall" and one "in October" may
# be one poll (frames.as_of_compatible).
MOMENT_MONTHS = 3
RELATIVE_DATES.update({f"{direction} {season}": ("season", offset, start)
                       for direction, offset in SEASON_DIRECTIONS.items() for season, start in SEASON_STARTS.items()})
# Months and weekdays named without a year ("in January", "late April", "last
# August", "officials said Wednesday") date an event relative to the publication
# date. Full month names only ("Jan" and "Mar" are also names and words).
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# A month alone is a date only after one of these words (or a part of it:
# early/mid/late), so that "May" the verb and "March" the walk are not read.
MONTH_ALONE_CUES = {"in", "since", "by", "until", "till", "from", "during", "of", "before", "after", "through",
                    "to", "and", "or", "on", "as", "between", "throughout"}
# The word before a named month or weekday that says which one is meant: the
# last one before the publication date, the next one after it, or this year's.
# Without one, the latest (on or before the publication date), or the coming
# one when the sentence is a forecast ("will take effect in January").
# A weekday after one of these recurs ("every Monday", "every other Tuesday"): no date.
RECURRENCE_WORDS = {"every", "each", "other", "alternate"}
NAMED_DATE_DIRECTIONS = {"last": "last", "past": "last", "next": "next", "coming": "next", "this": "this"}

# --------------------------------------------------------------------------
# Hedges and forecasts
# --------------------------------------------------------------------------
HEDGE_CUES: dict[str, str] = {
    # cue -> "forecast" (about the future) or "hedge" (uncertain)
    "anticipated": "forecast", "anticipate": "forecast", "anticipates": "forecast",
    "expected": "forecast", "expect": "forecast", "expects": "forecast",
    "projected": "forecast", "forecast": "forecast", "forecasts": "forecast",
    "predicted": "forecast", "plans to": "forecast", "plan to": "forecast", "planning to": "forecast",
    "planned": "forecast", "aims": "forecast", "aim": "forecast", "target": "forecast",
    "will": "forecast", "as early as": "forecast", "on track": "forecast",
    "scheduled": "forecast", "likely": "hedge", "could": "hedge", "may": "hedge",
    "might": "hedge", "perhaps": "hedge", "possibly": "hedge",
    "potentially": "hedge", "would": "hedge", "estimated": "hedge", "reportedly": "hedge",
    "suggests": "hedge", "suggest": "hedge", "about to": "forecast",
    "estimate": "hedge", "estimates": "hedge", "hope": "forecast", "hopes": "forecast",
    "hoped": "forecast", "want": "forecast", "wants": "forecast", "pledged": "forecast",
    "pledge": "forecast", "pledges": "forecast", "promised": "forecast", "promises": "forecast",
    "vowed": "forecast", "vows": "forecast", "goal": "forecast", "aiming": "forecast",
    # a plan, not what happened: "the trial was designed to enroll 3,000"
    "designed to": "forecast", "intended to": "forecast", "planned to": "forecast", "aimed to": "forecast",
}
# A hedge cue after one of these words compares and hedges nothing ("3.8 times
# as likely as girls", "more likely to be admitted", "above target").
COMPARATIVE_BEFORE_HEDGE = {"likely": {"as", "more", "less", "equally"},
                            # a level measured against a target plans nothing ("blood pressure above target")
                            "target": {"above", "below", "over", "under", "within", "near", "beyond"}}
# Verbs and nouns that only say a figure is a sum of money (its kind says so):
# left out of a money claim's measure key, so that "the city spent $12.5m on
# cooling centres" and "the cooling-centre programme cost $14m" are one measure.
MONEY_WORDS = {"spent", "spend", "spends", "spending", "cost", "costs", "costing", "paid", "pay",
               "pays", "worth", "valued", "price", "priced", "budget", "budgeted", "funding", "funded"}
# "pounds" is a weight ("lost 70 pounds") unless its sentence speaks of money
# ("costs 40 pounds a week"), where it is the currency (extract/units.unit_after)
POUND_FORMS = {"pound", "pounds"}
# ... words of money besides those (sales, savings, a fine), and a currency
# symbol ("3 billion pounds ($4 billion)"), say so too
POUND_MONEY_CUES = {"sales", "revenue", "revenues", "save", "saves", "saved", "saving", "savings", "profit",
                    "profits", "earnings", "fine", "fined", "fines", "loan", "grant", "deal"}
POUND_CURRENCY = "GBP"
# Words of a measure that mean the same, mapped to one: "annually" is "annual";
# what a patient is given, whatever the article calls it, is "drug" ("the
# treatment will cost", "the drug is priced at").
QUALIFIER_FORMS = {
    "annually": "annual", "yearly": "annual", "annualized": "annual", "annualised": "annual",
    "treatment": "drug", "treatments": "drug", "therapy": "drug", "therapies": "drug",
    "medication": "drug", "medications": "drug", "medicine": "drug", "medicines": "drug", "drugs": "drug",
}
# A period right after a figure is the measure's qualifier: "$12 billion a year"
# is annual sales, as "annual sales" are.
PERIOD_QUALIFIERS = {
    "a year": "annual", "per year": "annual", "each year": "annual", "every year": "annual",
    "per annum": "annual", "a month": "monthly", "per month": "monthly", "each month": "monthly",
    "a week": "weekly", "per week": "weekly", "each week": "weekly", "a day": "daily",
    "per day": "daily", "each day": "daily",
}
# A share of those past a threshold ("86% reached sweat chloride below 60
# mmol/L", "a third lost at least 15% of their weight") is tagged THRESHOLD_PREFIX +
# the threshold: shares of two thresholds are two measures.
THRESHOLD_PREFIX = "threshold-"
THRESHOLD_CUES = ["below", "under", "above", "over", "less than", "more than", "at least", "greater than",
                  "fewer than", "lower than", "higher than", "<", ">", "≤", "≥", "<=", ">="]
# ... or reached in the passive before it ("an HbA1c of 6.5% or below was reached
# by 73.5%"), with one of these cues before the threshold or one of these after it.
PASSIVE_REACH_VERBS = {"reached", "achieved", "attained", "met"}
BOUND_WORDS_AFTER_THRESHOLD = {"or below", "or above", "or more", "or less", "or higher", "or lower",
                               "or greater", "or fewer", "or under", "or over"}
# A figure of a numbered quarter ("in the fourth quarter", "Q2") is that
# quarter's: tagged QUARTER_PREFIX + its number, so two quarters are two measures.
QUARTER_PREFIX = "quarter-"
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                    "q1": 1, "q2": 2, "q3": 3, "q4": 4}
# A count in a sentence with one of these is a rate per period ("9,000 deaths a
# year", "Each year it causes ..."), not a running total that grows with time.
PERIODIC_CUES = [*PERIOD_QUALIFIERS, "annually", "yearly", "annual", "per capita"]
# ... but a period followed by one of these places a moment, no rate: "a day
# after", "a year ago", "a week later" (not "before": "$625 a month before insurance").
NOT_PERIODIC_AFTER = ["after", "earlier", "later", "ago", "since", "apart"]

# A date without a year after one of these cues in its clause is the coming one
# ("approval is expected in January"; extract.dates.forecast_clause).
RELATIVE_DATE_CUES = {c for c, kind in HEDGE_CUES.items() if kind == "forecast"} | {
    "perhaps", "likely", "later this", "soon",
    # what is still to come by a date ("the decision is due in January", "the
    # session is set to end in April", "governors have until mid-July"): said with
    # its verb, as "due" alone is also a cause ("due to side effects")
    "is due", "are due", "is set to", "are set to", "is slated", "are slated", "has until", "have until"}
# A day after a verb of something done is when it was done, though its clause
# forecasts: "will scrap the levy imposed on April 2", "will replace the quota it
# set on April 2". The verb is one ending in -ed or one of these past forms, and
# not a coming one: after COMING_VERB_LEADS ("will be lifted on", "is to be set
# on"), or a verb of planning, itself a forecast cue ("scheduled", "expected").
IRREGULAR_PAST_FORMS = {
    "set", "made", "held", "put", "cut", "paid", "sent", "struck", "won", "begun", "taken", "given",
    "built", "told", "said", "shut", "hit", "bought", "sold", "brought", "laid", "led", "left", "lost",
    "met", "spent", "written", "chosen", "drawn", "fallen", "grown", "known", "risen", "shown", "spoken"}
COMING_VERB_LEADS = {"be", "been", "being", "is", "are", "am", "to", "will", "would", "shall", "get", "gets",
                     "getting", "'ll", "’ll"}
# A future tense governs its clause on both sides of a date, up to a comma
# after it ("in January the law will ..."; not "announced June 18, it will ...").
CLAUSE_WIDE_FORECAST_CUES = {"will"}
# A cue after these words is a forecast told in the past tense ("the decision was
# expected on July 23", "had been scheduled for March 28", "a payment came due in
# May"): it places its date near the story's, either side.
PAST_FORECAST_LEAD = r"\b(?:was|were|came|had(?:\s+\w+ly)?\s+been)\s+(?:\w+ly\s+)?$"
# A date after "from <figure>" in its clause, with no "to <figure>" between,
# dates the earlier figure a change is measured from ("raised its forecast to
# 2.8% from 2.2% in September"): it is past, whatever cue is near.
BASELINE_FROM_A_FIGURE = (r"\bfrom\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+)?[$€£]?"
                          r"(?!(?:19|20)\d\d\b)\d")
CHANGE_TO_A_FIGURE = r"\bto\s+[$€£]?\d"

# --------------------------------------------------------------------------
# Qualifiers: study phase, named trials, design, follow-up timepoints, arms.
# --------------------------------------------------------------------------
# Words before a figure that make it a label ("phase 3", "DSM 5", "Schedule 1").
LABEL_WORDS = {
    "phase", "stage", "grade", "type", "level", "schedule", "step", "part", "chapter",
    "section", "figure", "fig", "fig.", "table", "version", "v", "no", "no.", "number",
    "#", "class", "category", "tier", "room", "page", "p", "p.", "pp", "pp.", "vol",
    "vol.", "volume", "issue", "item", "question", "appendix", "model", "series",
    "generation", "gen", "covid", "route", "highway", "article", "rule", "act",
    "amendment", "mark", "world war", "ward", "unit", "floor", "lane", "gate",
    "episode", "season", "verse", "psalm", "dsm", "icd", "iso", "sar", "top",
    "runway", "flight", "terminal", "interstate", "exit", "chart", "exhibit",
}
# Labels only when capitalized, as bills and ballot measures are named ("House
# Bill 567", "Proposition 32", "Measure 109"): in lower case the word is a noun
# or a verb a figure may follow ("passed the bill 218-214", "we measure 12 sites").
CAPITALIZED_LABEL_WORDS = {"Bill", "Proposition", "Prop", "Measure", "Initiative", "Referendum"}
# The same labels before a list of numbers: "types 16 and 18", "phases 2 and 3",
# "stages 1, 2, 3 and 4". (Not "levels", "units" or "issues": "levels 40% higher".)
PLURAL_LABEL_WORDS = {
    "phases", "stages", "grades", "types", "tiers", "classes", "categories", "schedules", "steps", "parts",
    "chapters", "sections", "tables", "versions", "volumes", "pages", "items", "questions", "appendices",
    "articles", "amendments", "episodes", "seasons", "exits", "gates", "floors", "wards",
}
# Stock indexes and ranked lists named by their number ("the S&P 500", "Fortune 500
# firms"): labels too, but kept apart from LABEL_WORDS, whose long words are never
# names (frames), as "Fortune" or "Russell" may be.
NAMES_WITH_A_NUMBER = {"s&p", "ftse", "nikkei", "stoxx", "russell", "cac", "asx", "fortune", "boeing", "airbus"}
# A list of labels joins its numbers with these ("VESTA 1, 2 and 3"); a comma
# joins one only in a list that a conjunction closes.
LABEL_LIST_JOINERS = {"and", "or", "/", ","}
# Abbreviated labels whose full stop, before a number, ends no sentence: "Red
# No. 3", "Vol. 9", "Fig. 2", "pp. 14-19" (the number names a thing, see
# LABEL_WORDS). Capitalized "No"/"Nos" only: a lower-case "no." ends a sentence.
ABBREVIATED_LABELS = {"No", "Nos", "Fig", "Figs", "Vol", "Vols", "pp", "Sec", "Art", "Ch", "Eq", "Ref", "Tab", "Res"}
PHASE_PATTERN = re.compile(
    r"\bphase[\s-]*(?P<phase>[1-4]|I{1,3}V?|IV|[1-4][ab]?(?:/[1-4])?|I{1,3}/I{1,3})\b",
    re.IGNORECASE)
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
# Trial names: all-caps words with digits ("MAPP1", "COMP360") or registry ids.
# (Scales and manuals with a hyphen, DSM-5 or CAPS-5, are not trial names.)
# Trial names: registry ids, capitals with a number ("STEP1", "MAPP2", "PURPOSE 2",
# "TRAILBLAZER-ALZ 2": a word of capitals, perhaps hyphenated, not a label word
# or inside a line of capitals, and a small number after a space), or a
# capitalised word of four letters or more right before "trial" or "study"
# ("the SURMOUNT-X trial", "the SELECT study") or in apposition after one
# ("one trial, SELECT-HR,", "a study called SELECT", "NATALEE, a trial that",
# "NATALEE, a U.S. phase 3 trial", "NATALEE, a 52-week trial").
# A gene is named like a trial ("APOE4", "BRCA1"), but among words for genes
# ("the APOE4 gene", "APOE4 carriers", "homozygous for"): those are no trial.
_GENE_WORDS = r"(?:genes?|carriers?|homozygo\w*|heterozygo\w*|alleles?|variants?|mutations?|copies|copy)"
# A name that randomized or enrolled people is a study's, hyphened number and all
# ("In VELORA-4, which randomized 410 patients"; a scale such as CAPS-5 enrolls no one).
STUDY_ENROLLING_VERBS = r"(?:randomi[sz]ed|enrolled|recruited)"
# Codes in capitals with a hyphened number that name no trial: a disease, a
# virus and its serotypes, rating scales and their response thresholds.
NOT_TRIAL_CODES = ["COVID", "MERS", "SARS", "DENV", "NAFLD", "NYHA",
                   "CAPS", "HAMD", "MADRS", "ADAS", "ADCS", "ALSAQ", "UPDRS", "PASI", "EASI", "ASAS", "SALT",
                   "PROMIS", "EORTC", "WOMAC", "BASDAI", "FACIT", "SNOT", "HOMA"]
# So is a marker's status or a protein pair ("HER2-negative", "CDK4/6"): a code
# joined to a lower-case word or to a number by a slash is no trial.
TRIAL_NAME_PATTERN = re.compile(r"\b(?:"
                                # "ENHANCE-2", "KEYNOTE-189", "TROPION-Breast01": capitals, a hyphen,
                                # a number (not a disease, a serotype or a scale: NOT_TRIAL_CODES)
                                r"(?!(?:" + "|".join(NOT_TRIAL_CODES) + r")-)[A-Z]{4,}-(?:[A-Z][a-z]+)?\d{1,3}"
                                r"(?![\d%\w]|[.,]\d)"
                                r"|NCT\d{8}|ISRCTN\d+|(?<!homozygous for the )(?<!homozygous for )"
                                r"[A-Z]{3,}\d{1,4}(?!\w|[-‐][a-z]|/\d|\s+" + _GENE_WORDS + r"\b)"
                                r"|(?<![A-Z] )(?!(?:" + "|".join(sorted(w.upper() for w in LABEL_WORDS if w.isalpha()))
                                + r")\b)[A-Z]{4,}(?:-[A-Z]{2,})* \d{1,2}(?![\d%]|[.,]\d)"
                                r"|[A-Z]{4,}(?:-[A-Z0-9]+)?(?=\s+(?:trial|study)\b"
                                r"|, an? (?:[a-z]+ |[A-Z]\.(?:[A-Z]\.)+ |[\w-]*\d[\w-]* ){0,3}(?:trial|study)\b)"
                                r"|(?:(?<=trial, )|(?<=study, )|(?<=called )|(?<=named )|(?<=dubbed ))"
                                r"[A-Z]{4,}(?:-[A-Z0-9]+)?"
                                r"|[A-Z]{4,}(?:-[A-Z0-9]+)?(?=,? (?:which |that )?" + STUDY_ENROLLING_VERBS + r"\b))\b")
# Trial names in camel case with a number ("CheckMate 649", "KarMMa-3",
# "DeLLphi-301"): a capital inside a word of five letters or more, then one to
# three digits. ("SARS-CoV-2" is too short a word; "McAllen 2024" has a year.)
CAMEL_TRIAL_NAME_PATTERN = re.compile(r"(?<![\w-])[A-Z][a-z]+[A-Z][A-Za-z]{2,}[-‐ ]\d{1,3}(?![\d%\w]|[.,]\d)")
# A trial's own name, as a study is named and nothing else is ("ORCA-3",
# "TROPION-Breast01", "CheckMate 649", "ZENITH"): two figures each given for
# such names, none shared, are two studies' figures. Codes of three capitals
# and a number ("HER2", "FEV1", "AAV5"), a drug's code ("AMX0035") or a brand
# before a dose ("BRINSUPRI 25") are read as trial names too, but tell no study.
OWN_TRIAL_NAME = re.compile(r"[A-Z]{4,}-(?:[A-Z][a-z]+)?\d{1,3}|[A-Z][a-z]+[A-Z][A-Za-z]{2,}[-‐ ]\d{1,3}"
                            r"|[A-Z]{4,}(?:-[A-Z]{2,})*")
# A trial registry's id: the whole of a trial name that only abstracts use.
REGISTRY_ID = re.compile(r"NCT\d{8}|ISRCTN\d+")
# A qualifier stated earlier in a section (a phase, a trial name) carries to the
# claims of the next paragraphs, up to this many, unless a heading comes between
# or a paragraph introduces another study with one of these cues.
QUALIFIER_CARRY_PARAGRAPHS = 3
# ... to figures that can be a study's results: a date times an event and a
# price prices a product, whatever trial the paragraphs before discussed.
OWN_SENTENCE_STUDY_KINDS = {"date", "money"}
# ... and a survey or a poll qualifies only its own sentence's figures: reports
# name the poll at each of its figures ("38% in one university survey"), while a
# trial's design frames the paragraphs after it.
OWN_SENTENCE_DESIGNS = {"survey"}
NEW_STUDY_CUES = [
    "another study", "a second study", "a separate study", "a different study", "a new study",
    "a pilot study", "a smaller study", "a larger study", "an earlier study", "a previous study",
    "other studies", "another trial", "a second trial", "a separate trial", "a new trial",
    "an earlier trial", "a previous trial", "other trials",
]
# A line this short with no closing punctuation is a heading.
HEADING_MAX_WORDS = 12
# ... unless it and the line after it are both this long: lines of wrapped text
# (a fixed width of 60 to 80 characters) are longer than most headings.
WRAPPED_LINE_MIN_CHARS = 50
DESIGN_CUES = {
    "pilot": "pilot", "exploratory": "pilot", "feasibility": "pilot",
    "open-label": "open-label", "observational": "observational", "extension": "extension",
    "retrospective": "observational", "cohort study": "observational",
    "meta-analysis": "meta-analysis", "systematic review": "meta-analysis",
    "survey": "survey", "poll": "survey",
}
# Words that say a duration is a point in time after something (a qualifier
# of other claims, not a claim to compare).
TIMEPOINT_AFTER = {"follow-up", "follow", "followup", "later", "after", "mark", "post",
                   "post-treatment", "postdose", "on", "in", "into", "out", "visit",
                   "assessment", "endpoint", "earlier", "before", "prior", "ago",
                   "since", "old", "long-term",
                   # a window that defines the group a figure is for: "the same 3-day population"
                   "population", "analysis", "window"}
# A duration an average comes to ("a median of four hours after surgery", "the
# median time to relief was 2 hours") is the measure, not a point in time.
AVERAGE_WORDS = {"median", "mean", "average"}
AVERAGE_REACH = 5  # words back from the copula before the duration
# A duration next to one of these ("a follow-up of 3.7 months", "8.6 months of
# follow-up") is how long a study followed its people: a timepoint.
FOLLOW_UP_WORDS = {"follow-up", "followup", "follow", "up", "observation"}
# Of TIMEPOINT_AFTER, words that mark a timepoint only with no word after them:
# "six weeks in, ..." (not "12 weeks in a trial"), "three months on".
TIMEPOINT_AFTER_ALONE = {"in", "on"}
# Words right before a duration (or its article) that make it a point in time or
# the window a figure holds over: "at 18 months", "after a year", "through four
# and a half years".
TIMEPOINT_BEFORE = {"at", "after", "within", "through", "throughout"}
# A timepoint after a figure, "by week 4" or "at 6 months", that a figure listed
# after it looks past for the figure it is listed with (extract/kinds.py).
TIMEPOINT_OPENERS = {"by", "at", "after", "in", "through", "to", "until", "over", "within"}
TIMEPOINT_LABELS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "visit", "cycle", "cycles"}
# "the first 28 weeks", "the past 12 months": a window a figure is counted over,
# a timepoint, not a duration to compare.
PERIOD_EDGE_WORDS = {"first", "last", "past", "final", "opening", "initial"}
# Arms of a study: a claim about one arm is never compared with the other.
CONTROL_ARM_CUES = ["placebo", "control group", "control groups", "control arm", "controls",
                    "sham", "waitlist", "wait-list", "usual care", "comparison group",
                    "inactive"]
# Treatments a trial's comparator arm gets, named without a drug's name: a figure
# after a contrast naming only one of these ("versus 23% with chemotherapy") is
# the comparator arm's, and measures what its peer does (context._take_comparator_arm).
COMPARATOR_TREATMENT_WORDS = {"chemotherapy", "chemo", "standard", "care", "usual", "physician", "investigator",
                              "choice", "docetaxel"}
# Verbs of people given a treatment ("502 people got velbrimab"), within
# RECEIVING_VERB_REACH words after their count. (Not "randomized": "553 were
# randomized to velbrimab or placebo" is the whole trial.)
RECEIVING_VERBS = {"got", "received", "took", "given"}
RECEIVING_VERB_REACH = 2
DOSE_GIVEN_REACH = 5  # words from a receiving verb to the strength given ("received the approved 10 mg dose")
ALTERNATIVE_WORDS = {"either", "or", "versus", "vs", "vs."}  # "received either 10 mg or placebo": every arm
INTERVENTION_ARM_CUES = ["treatment group", "treatment arm", "intervention group",
                         "active group", "experimental group", "drug group", " group",
                         " cohort", " arm"]
# Words that make "group" a kind of people or an organisation, not a study's
# arm: "deaths in that age group", "a patient advocacy group".
NOT_ARM_GROUP_WORDS = ["age", "risk", "income", "ethnic", "racial", "demographic", "advocacy", "industry",
                       "trade", "lobby", "lobbying", "support", "pressure", "interest", "research", "working",
                       "media", "hospital", "insurance", "consumer", "campaign", "focus"]
CONTRAST_CUES = ["compared to", "compared with", "versus", "vs", "vs.", "against",
                 "while", "whereas", "relative to", "than"]
# A date in a clause led by one of these is set aside ("the most of any season
# apart from the 2009-10 pandemic"): it dates no figure of the sentence.
EXCEPTION_CUES = ["apart from", "aside from", "except", "other than", "excluding", "barring"]
# A date in a clause led by one of these dates the earlier value a change is
# measured from ("13,000 students, down from 14,100 in 2020"), or a record a
# figure is set against ("1,300 cases so far, surpassing the 1,274 of 2019"), not the figure.
CHANGE_BASELINE_CUES = ["down from", "up from", "from a", "surpassing", "surpassed", "exceeding", "exceeded",
                        "topping", "eclipsing", "outpacing", "overtaking"]
# ... as does "from" or "over" and a figure after a change word, whatever words
# lead to it ("rose to 5.2 million, up slightly from 4.9 million in 2022", "a 16%
# increase over the 8,320 reported in 2022"); not a year after "from" ("from
# 2020 to 2023" is a period), nor a figure with no change ("reported from 41
# countries last year").
# How far before a figure a change's baseline cue is looked for ("up slightly from $")
BASELINE_CUE_REACH = 40
BASELINE_CHANGE_WORD_REACH = 3  # words before its "from" or "over" ("rose by 4% from", "up slightly from")
FROM_A_FIGURE = (r"\b(?:from|over)\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?"
                 r"[$€£]?(?!(?:19|20)\d\d\b)\d")
# A bare year after one of these is the baseline of a change ("up 8% on 2023");
# a day after it is a date ("on March 3").
BASELINE_WORDS_BEFORE_A_YEAR = {"on"}

# --------------------------------------------------------------------------
# What a count counts: population nouns are who a claim is about; the
# others are things counted. Singular forms are listed where "one" may count.
# --------------------------------------------------------------------------
POPULATION_NOUNS = {
    "participants", "participant", "patients", "patient", "people", "person", "persons",
    "adults", "adult", "children", "child", "subjects", "subject", "volunteers",
    "individuals", "respondents", "women", "men", "veterans", "clients",
    "students", "residents", "users", "those", "americans", "voters",
    "boys", "boy", "girls", "girl", "infants", "infant", "babies", "baby", "adolescents", "adolescent",
    "teenagers", "teenager", "workers", "worker",
}
# ("cases" are not among them: an outbreak's cases are a tally, compared across
# sources like any count, not the size of a study.)
# Words for the people a study or report counts, whatever it calls them: compared
# as one noun. Groups named by who they are (adults, children, women) stay apart.
PERSON_NOUNS = {"participants", "participant", "people", "person", "persons", "patients", "patient",
                "subjects", "subject", "individuals", "individual", "volunteers", "volunteer"}
GENERIC_PERSON = "people"
# What befalls people in a disaster or an outbreak, said of a bare figure right
# before it ("2,719 dead, 4,521 injured and 441 missing", "with 28
# hospitalized"): the figure counts those people.
CASUALTY_WORDS = {"dead", "injured", "missing", "wounded", "hurt", "hospitalized", "hospitalised", "sick", "ill"}
# People counted as having a disease are its cases: "762 people were confirmed to
# have measles" and "742 cases" count one thing. Read in the count's window, for
# counts of PERSON_NOUNS that name no other event (not "who died"); the count's
# measure key takes CASE_COUNT_TAG and the conflict stage counts it as CASE_NOUN.
CASE_COUNT_PHRASES = ["confirmed to have", "confirmed with", "diagnosed", "infected", "infection",
                      "infections", "tested positive", "contracted", "caught the"]
CASE_COUNT_TAG = "as-case"
CASE_NOUN = "cases"
# spaCy's stop words that are adjectives of the noun a figure counts ("27 serious
# adverse events", "three full courses"): read past, as other modifiers are.
STOP_WORD_MODIFIERS = {"serious", "full", "whole", "various", "former", "such"}  # ("23 such states")
# A bare number that "were" one of these counts people: "4,128 were randomised",
# "1,200 were hospitalized".
DONE_TO_PEOPLE = {"randomized", "randomised", "enrolled", "vaccinated", "immunized", "immunised", "treated",
                  "hospitalized", "hospitalised", "admitted", "infected", "diagnosed", "screened", "tested",
                  "dosed", "injured", "killed", "evacuated", "recruited", "followed"}
# What was done with counted things ("needs 8 million doses", "can produce 5
# million", "ordered 3 million"): one noun, several quantities. Two counts of
# things (not people) whose clauses name actions of different families are not
# compared; a count naming no action is compared with any.
COUNT_ACTIONS = {
    "need": ["need", "needs", "needed", "require", "requires", "required", "requirement", "demand"],
    "production": ["make", "makes", "made", "making", "produce", "produces", "produced", "producing",
                   "production", "manufacture", "manufactures", "manufactured", "manufacturing",
                   "output", "capacity"],
    "purchase": ["buy", "buys", "bought", "buying", "purchase", "purchased", "purchases", "order",
                 "ordered", "orders", "procure", "procured", "procurement", "secure", "secured"],
    "donation": ["donate", "donated", "donates", "donation", "donations", "pledge", "pledged", "pledges",
                 "promised"],
    "delivery": ["ship", "shipped", "shipping", "shipment", "shipments", "deliver", "delivered",
                 "delivery", "deliveries", "send", "sent", "arrived", "dispatched", "distributed"],
    "use": ["administer", "administered", "given", "gave", "injected", "used", "use"],
}
COUNT_ACTION_BEFORE = 6  # words of the figure's clause before it read for its action
COUNT_ACTION_AFTER = 3  # and words after it ("doses needed", "doses were shipped")
COUNT_ACTION_PREFIX = "done-"  # the action's tag among a count's measure words
# Adults counted for an event that happened to them ("the flu kills 8,000 older
# adults a year") are counted as people are: the event is the measure. (Children,
# women, men and the like stay groups of their own.)
EVENT_COUNTED_PEOPLE = {"adults", "adult", "americans", "residents", "seniors", "persons"}
# Counted nouns that are events happening to people: "three deaths" is a count of
# people with what happened to them as its measure key.
COUNTED_EVENTS = {"deaths": "death", "death": "death", "fatalities": "death", "fatality": "death",
                  "illnesses": "illness", "illness": "illness"}
# A count of people is the size of a study, compared only between claims naming
# the same trial, when its sentence has one of these; otherwise it is a tally
# ("8.4 million Americans use insulin"), compared like any count.
STUDY_SIZE_CUES = ["study", "studies", "trial", "trials", "enrolled", "enrolling", "randomized", "randomised",
                   "randomly", "participants", "participated", "cohort", "sample", "surveyed", "survey",
                   "recruited", "included", "analysis", "analyzed", "analysed", "followed", "volunteers",
                   "subjects", "phase", "pilot", "researchers", "investigators", "randomization",
                   "randomisation", "allocated", "assigned"]
# Rates: denominators that say only "of the population", left out of the unit
# ("31.3 per 100,000 people" and "32.6 per 100,000 residents" compare), and round
# wholes that make a rate with no noun ("80.9 per 100,000").
RATE_POPULATION_WORDS = {"people", "persons", "residents", "population", "inhabitants", "individuals"}
RATE_WHOLES = {100, 1000, 10000, 100000, 1000000}
# A magnitude word alone as a rate's denominator: "7 cases per million doses".
# A figure as written ("3,730.5") and a magnitude word or suffix in a claim's
# text ("$3 million", "$2bn", "15k"): what its last digit is worth
# (comparable._magnitude_of, statistics._magnitude_of_estimate).
FIGURE_PATTERN = r"[0-9][0-9,]*(?:\.[0-9]+)?"
MAGNITUDE_WORD_PATTERN = r"(?<![A-Za-z])(?:thousand|million|billion|trillion|[mb]n|[kmb])(?![A-Za-z])"
RATE_MAGNITUDE_WORDS = {"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000}
# Two counts of one noun more than this many times apart are taken to count
# different things (a state's acres burned and one fire's), not to disagree.
COUNT_MAX_RATIO = 2.5
# What a headline counts of its own contents ("5 Things to Know", "Top 10 Tips"):
# not a claim when the count is in a heading.
LISTICLE_NOUNS = {"things", "ways", "tips", "reasons", "facts", "signs", "questions", "steps", "myths",
                  "lessons", "takeaways", "mistakes", "tricks", "secrets", "habits", "foods", "rules",
                  "ideas", "strategies", "benefits", "symptoms", "causes", "exercises"}
# Nouns that a lone "one" may count ("one patient died", not "one study").
ONE_COUNTABLE = {"participant", "patient", "person", "death", "case", "adult", "child",
                 "dose", "session", "site", "trial", "vote", "country", "in", "abstention",
                 "member", "panelist", "panellist", "adviser", "advisor", "trustee", "commissioner", "juror"}
IRREGULAR_PLURALS = {"people", "children", "men", "women", "staff", "personnel", "mice",
                     "teeth", "feet", "data", "media", "criteria", "police", "cattle"}
# A whole figure right after one of these (or a verb of change and "to": "rose
# to 312", or "stood at") tallies the plural noun that is the verb's subject:
# "Measles cases have reached 1,274" counts cases. The noun is looked for up to
# TALLY_SUBJECT_REACH words back in the clause; NOT_TALLY_SUBJECTS are levels,
# not things counted ("Temperatures reached 104").
TALLY_VERBS = {"reached", "reach", "reaches", "hit", "hits", "topped", "tops", "surpassed", "surpasses",
               "exceeded", "exceeds", "passed", "totaled", "totalled", "totals", "total", "numbered"}
TALLY_VERBS_BEFORE_AT = {"stood", "stands", "stand", "now"}
TALLY_SUBJECT_REACH = 8
# An end of a change may follow its extent, set off by a comma ("cases rose
# 40%, to 1,900, up from 1,350"), or come some time after its verb ("deaths
# peaked four years ago at 43,230"): it tallies the verb's subject too. Back
# from its "to", "from" or "at", over at most CHANGE_EXTENT_REACH words of
# CHANGE_EXTENT_WORDS, figures and bound words, to a verb of CHANGE_WORDS
# (not "up", "down") or of PEAK_VERBS (nouns.extent_noun).
CHANGE_EXTENT_REACH = 12
CHANGE_EXTENT_WORDS = {",", "%", "percent", "per", "cent", "to", "from", "by", "at", "up", "down", "a", "an",
                       "half", "third", "quarter", "fifth", "tenth", "ago", "year", "years", "month", "months",
                       "week", "weeks", "day", "days", "earlier", "later", "sharply", "slightly", "steadily"}
PEAK_VERBS = {"peaked", "peaks", "peak", "bottomed"}
# Nouns that hold a tally of something else ("the death toll", "the case count",
# "the official toll is 31"): the figure counts what they are compounded with
# (nouns.holder_noun), the dead for a toll alone (TOLL_NOUN); a count alone
# names nothing. Words of HOLDER_MODIFIERS before them say how final or whose
# it is, not what is counted; HOLDER_ADVERBS may stand between one and its verb.
TALLY_HOLDERS = {"toll", "tolls", "count", "tally", "total"}
TOLL_NOUN = "deaths"
HOLDER_MODIFIERS = {"official", "final", "provisional", "preliminary", "latest", "current", "updated", "new",
                    "national", "overall", "total", "running", "revised", "initial", "confirmed", "reported",
                    "grim", "rising", "cumulative", "annual", "daily", "weekly", "state", "federal", "global"}
HOLDER_ADVERBS = {"now", "then", "later", "still", "already", "finally", "officially"}
# "The estimates put illnesses at 47 million to 82 million": a verb that values
# what the plural noun before "at" counts (nouns.valued_noun), within this many tokens back.
VALUING_VERBS = {"put", "puts", "pegged", "pegs", "placed", "places", "estimated", "estimates", "set", "sets"}
VALUING_VERB_REACH = 25
NOT_TALLY_SUBJECTS = {
    "temperatures", "prices", "rates", "levels", "scores", "readings", "values", "costs", "sales",
    "winds", "gusts", "speeds", "shares", "stocks", "yields", "indexes", "indices", "numbers", "totals",
    "figures", "estimates", "projections", "forecasts", "odds", "points", "markets", "hours", "days",
    "weeks", "months", "years", "minutes", "seconds", "amounts", "earnings", "revenues", "profits",
    "losses", "wages", "salaries", "rents", "taxes", "savings", "balances", "ratings", "counts",
}
# A sentence opening with one of these dates its figures a year before the one
# year the sentence before it gives ("... 6,028 deaths last year. A year earlier,
# 45 countries had reported 4,007.").
YEAR_BEFORE_OPENERS = ["a year earlier", "a year before", "the year before", "the previous year",
                       "the prior year", "one year earlier"]
# Words after which a word is a noun, whatever else it can be ("41 states",
# "the reports"): numbers aside, these.
DETERMINERS = {"the", "a", "an", "all", "both", "many", "several", "some", "most", "other", "these", "those",
               "their", "its", "his", "her", "our", "your", "each", "every", "few", "no"}
# A place written with dots between a figure and its noun ("3,300 U.S.
# patients") modifies the noun, as "American" does.
DOTTED_PLACE_ABBREVIATIONS = {"U.S.", "U.K.", "E.U.", "U.S", "U.K"}
# Words that, right after a figure, say it is a label or rank, not a quantity.
NOT_COUNT_NOUNS = {"st", "nd", "rd", "th", "percentile", "am", "pm", "a.m.", "p.m."}

# Words before a figure that make it a timepoint in a schedule ("week 12").
SCHEDULE_WORDS = {"week": "weeks", "day": "days", "month": "months", "year": "years"}

# --------------------------------------------------------------------------
# Text that is never a claim: found by regex on the raw text and masked.
# --------------------------------------------------------------------------
# Each pattern starts with a literal or an ASCII class ([0-9], not \d or \b):
# Python's re then skips ahead to candidate positions instead of trying the
# pattern at every character, which made these scans 3x faster.
# Every pattern starts with a literal or ONE character class, never a repeated
# one ("[0-9][0-9]{3}", not "[0-9]{4}"): only then does Python's regex engine
# skip to the places a match can start at C speed, two to three times faster.
EXCLUSION_PATTERNS: dict[str, str] = {
    # [5], [1][3], [2, 4], [10-12]
    "citation": r"\[\s*[0-9]{1,4}(?:\s*[,;–-]\s*[0-9]{1,4})*\s*\](?:\[\s*[0-9]{1,4}(?:\s*[,;–-]\s*[0-9]{1,4})*\s*\])*",
    "url": r"(?:https?://|www\.)[^\s<>\"')\]]+",
    "doi": r"10\.[0-9]{4,9}/[^\s\"<>]+",
    "doi_label": r"doi:\s*\S+",
    "email": r"@[\w-]+\.[\w.-]+",  # the local part before @ is added by the marker
    "handle": r"@(?<!\w@)\w+",  # '@' not preceded by a word character
    # journal year;volume(issue):pages
    "journal_ref": r"[0-9][0-9]{3}\s*;\s*[0-9]+\s*(?:\(\s*[\w–-]+\s*\))?\s*:\s*[\w–-]+",
    # enumerators at the start of a line: "2. Enhancement", "3) Step", "[12] –"
    "enumerator": r"(?m)^[ \t>*•·-]*\(?[0-9]{1,3}[.)](?=\s)",
    "bracket_enumerator": r"(?m)^[ \t]*\[[0-9]{1,4}\]",
    # page furniture
    "reading_time": r"[0-9][0-9]*\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\b",
    "clock_time": r"[0-9][0-9]?:[0-9]{2}(?::[0-9]{2})?(?:\s*[ap]\.?m\.?)?",
    "clock_time_ampm": r"[0-9][0-9]?\s*[ap]\.m\.",
    "isbn": r"ISBN[-: ]*[0-9-]+",
    "phone": r"[0-9][0-9]{2}[ .-][0-9]{3}[ .-][0-9]{4}\b",
    "phone_area_code": r"\([0-9]{3}\)[ .-][0-9]{3}[ .-][0-9]{4}\b",
    # international numbers: "+44 20 7946 0958", "+81-3-5555-0148"
    "phone_international": r"\+[0-9]{1,3}[ -](?:\(?[0-9]{1,5}\)?[ .-]){1,4}[0-9]{2,5}\b",
    # a line of engagement counts in lower case: "31 comments · 4 shares", "132 comments"
    # (an icon may stand before it; a call to act may follow a separator: "23 comments · Log in to comment")
    "engagement_line": r"(?m)^[ \t]*(?:[^\w\s]{1,2}[ \t]*)?[0-9][0-9,.]*[KkM]?\s+"
                       r"(?:comments?|shares?|likes?|views?|replies|reactions?)"
                       r"(?:[ \t]*[·|•,][ \t]*[0-9][0-9,.]*[KkM]?\s+(?:comments?|shares?|likes?|views?|replies"
                       r"|reactions?))*(?:[ \t]*[·|•][^\n]*)?[ \t]*$",
    # a line that lists what an article drew on: its dates and numbers are the
    # documents' (a report's date, a journal's volume), not claims of the article
    "sources_line": r"(?m)^[ \t]*(?:Sources?|References?|Citations?|Works [Cc]ited)[ \t]*:[^\n]*",
    # the year in a law's name: "the Reform Act of 1995"
    "law_name": r"Act of [0-9]{4}\b",
    # the confidence level of an interval ("95% CI") describes the test, not the
    # world (p-values are read, as claims whose statistic is p_value)
    "confidence_level": r"[0-9][0-9](?:\.[0-9]+)?\s*%\s*(?:CIs?|CrIs?|UIs?"
                        r"|(?:confidence|credible|uncertainty|prediction)\s+intervals?)\b",
    # the name of a statistical test: "two-sided z tests", "a two-sample t test"
    "test_name": r"\b(?:[Oo]ne|[Tt]wo)(?:[- ](?:sided|tailed)|-(?:sample|proportion|way))\b",
    # ZIP codes name places: "in ZIP codes 30310 and 30314", "ZIP code 94110"
    "zip_codes": r"\b(?:ZIP|Zip|zip)(?:\s+[Cc]odes?)?\s*:?\s*[0-9]{5}(?:-[0-9]{4})?"
                 r"(?:\s*(?:,|and|or|, and|, or)\s*[0-9]{5}(?:-[0-9]{4})?)*",
    # page furniture: engagement counts, ratings, copyright lines, links to other articles
    "engagement": r"[0-9][0-9,.]*[KkM]?\s+(?:Comments?|Shares?|Likes?|Views?|Reactions?|Responses?|Reviews?"
                  r"|Ratings?|Votes?)\b",
    "stars": r"[0-9](?:\.[0-9])?\s+out\s+of\s+(?:5|five|10|ten)\s+stars?\b",
    "rated": r"[Rr]ated\s+[0-9.]+\s+out\s+of\s+[0-9]+(?:\s+stars?)?(?:\s+by\s+[0-9][0-9,]*\s+\w+)?",
    "copyright": r"(?:©|\([cC]\)|Copyright)\s*[0-9][0-9]{3}(?:\s*[-–]\s*[0-9][0-9]{3})?",
    "ago_stamp": r"(?:[Uu]pdated|[Pp]osted|[Pp]ublished|[Ee]dited)\s*:?\s*(?:about\s+|over\s+)?[0-9]+\s+"
                 r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago",
    "pager": r"(?:Page|Photo|Image|Slide|Picture|Video|Showing|Results?)\s+[0-9][0-9,]*(?:\s*[-–]\s*[0-9][0-9,]*)?"
             r"\s*(?:of|/)\s*[0-9][0-9,]*",
    "see_all": r"(?:See|View)\s+all\s+[0-9][0-9,]*",
    "listen": r"[Ll]isten(?:\s+to\s+this\s+(?:article|story|episode))?\s*[:(]?\s*[0-9]+\s*(?:min|mins|minutes?)\b\)?",
    # an offer, not a claim: "20% off your first order", "Save 30%" (but "took 70% off the list price" is one)
    "promo": r"[0-9][0-9]*\s*%\s+[Oo][Ff][Ff]\s+(?:your|you|first|orders?|today|everything|sitewide|all|with|at)\b"
             r"|Save\s+[0-9]+\s*%|[Ff]ree shipping on orders (?:over|above)\s+"
             r"[$£€][0-9]+|[Ss]ubscribe (?:for|from)\s+(?:just\s+|only\s+)?[$£€][0-9.]+",
    # emergency and crisis lines: "call 911", "call or text 988"
    "hotline": r"(?:[Cc]all|[Dd]ial|[Tt]ext)(?:\s+or\s+(?:[Cc]all|[Tt]ext))?\s+(?:911|999|988|112|111|000)\b",
    "related_link": r"(?m)^[ \t]*(?:Related|Read [Mm]ore|Read [Aa]lso|Also [Rr]ead|See [Aa]lso|Recommended"
                    r"|More [Ff]rom|You [Mm]ay [Aa]lso [Ll]ike)[ \t]*:[^\n]*",
}
# A run of parenthesized numbers counting up from one inside prose ("coded as (1)
# support, (2) opposition, (3) mixed") enumerates; a lone "(4)" may be a figure.
INLINE_ENUMERATOR = r"\(([0-9]{1,2})\)(?=\s+[^\W\d])"
INLINE_ENUMERATION_GAP = 300  # characters at most between two items of one run
# Exclusions that fill a line of their own: a line break before one never
# wraps a sentence (pipeline.wraps_on).
LINES_OF_THEIR_OWN = ("engagement_line", "sources_line", "related_link")
# A pattern runs on a block only when one of these strings is in it (checked at
# C speed): most articles have no ISBN, clock time or p-value, and skipping those
# patterns halves the cost of this step.
EXCLUSION_TRIGGERS: dict[str, tuple[str, ...]] = {
    "citation": ("[",), "url": ("http", "www."), "doi": ("10.",), "doi_label": ("doi:",),
    "email": ("@",), "handle": ("@",), "journal_ref": (";",), "bracket_enumerator": ("[",),
    "reading_time": ("read",), "clock_time": (":",), "clock_time_ampm": ("m.",),
    "isbn": ("ISBN",), "phone_area_code": ("(",), "phone_international": ("+",), "law_name": ("Act of",),
    "engagement_line": ("comment", "share", "like", "view", "repl", "reaction"),
    "sources_line": ("Source", "Reference", "Citation", "Cited", "cited"),
    "confidence_level": ("CI", "CrI", "UI", "confidence", "credible", "uncertainty", "prediction"),
    "zip_codes": ("ZIP", "Zip", "zip"),
    "test_name": ("sided", "tailed", "sample", "proportion", "way"),
    "copyright": ("©", "(c)", "(C)", "Copyright"),
    "related_link": (":",),  # one search; the pattern is then tried at line starts only
}
# Patterns that run only on a Doc holding one of these tokens (words as the
# tokenizer splits them; one look at the Doc's words serves them all).
EXCLUSION_TOKEN_TRIGGERS: dict[str, tuple[str, ...]] = {
    "engagement": ("Comment", "Comments", "Shares", "Likes", "Views", "Reactions", "Responses", "Reviews",
                   "Ratings", "Votes"),
    "stars": ("stars", "star"), "rated": ("Rated", "rated"), "ago_stamp": ("ago",),
    "pager": ("Page", "Photo", "Image", "Slide", "Picture", "Video", "Showing", "Result", "Results"),
    "see_all": ("See", "View"), "listen": ("Listen", "listen"),
    "promo": ("off", "OFF", "Off", "Save", "shipping", "Subscribe", "subscribe"),
    "hotline": ("911", "999", "988", "112", "111", "000"),
}
# A line that is only one of these words heads a reference list: the lines after
# it that look like entries (an enumerator, a link, a DOI, "et al.") hold no
# claims, up to the first line that does not.
REFERENCE_HEADING = (r"(?m)^[ \t]*(?:References|REFERENCES|Sources|SOURCES|Bibliography|Citations|Works [Cc]ited"
                     r"|Literature [Cc]ited|Footnotes)[ \t]*:?[ \t]*$")
REFERENCE_HEADING_TRIGGERS = ("References", "REFERENCES", "Sources", "SOURCES", "Bibliography", "Citations",
                              "Cited", "cited", "Footnotes")
# (or a line listing several, separated by semicolons: "Agency report, May 2024; court order, 2025")
REFERENCE_SECTION_ENTRY = r"\s*(?:\[[0-9]+\]|[0-9]{1,3}[.)]|[-•*·])\s|.*(?:https?://|www\.|doi:|et al\.)|[^\n;]+;"
# A line with one of REFERENCE_LINE_PATTERNS is a reference-list entry only when
# it starts like one (an enumerator, then authors "Mitchell JM," / "Smith, J."
# or a link) or is a few words long: prose citing "Smith et al." or a DOI
# keeps its figures (only the citation itself is excluded, by the patterns above).
REFERENCE_ENTRY_START = (r"^\s*(?:\[[0-9]+\]|[0-9]{1,3}[.)]|[-•*·])?\s*"
                         r"(?:[A-Z][A-Za-z'’-]+ [A-Z]{1,3},|[A-Z][A-Za-z'’-]+, [A-Z]\.|https?://|www\.|doi:)")
REFERENCE_ENTRY_MAX_WORDS = 8
# Exclusions whose match starts at a marker and extends back to the start of
# the word it sits in (the local part of an e-mail address).
EXCLUSION_EXTEND_BACK = {"email"}
# A line is a reference-list entry when it matches one of these; every number
# on it is excluded. Each runs only on a block holding one of its triggers.
REFERENCE_LINE_PATTERNS: dict[str, str] = {
    "et_al": r"et al\.",
    "journal_year_volume": r"[0-9][0-9]{3}\s*;\s*[0-9]+",
    "doi_label": r"doi:",
    "numbered_link": r"(?m)^\s*(?:\[[0-9]+\]|[0-9]+\.)\s*(?:https?://|www\.)",
    "published_date": r"(?:Published|Accessed|Retrieved)\s+(?:on\s+)?[0-9]{4}\s+[A-Z][a-z]{2}",
    "accessed_date": r"(?:Accessed|Retrieved)\s+(?:on\s+)?[A-Z][a-z]+\s+[0-9]",
}
REFERENCE_LINE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "et_al": ("et al",), "journal_year_volume": (";",), "doi_label": ("doi:",),
    "numbered_link": ("http", "www."), "published_date": ("Published", "Accessed", "Retrieved"),
    "accessed_date": ("Accessed", "Retrieved"),
}
# Patterns anchored at a line start ("(?m)^...") are tried at each line start
# only (a block has a few dozen), not at every character.
LINE_START = "(?m)^"

# --------------------------------------------------------------------------
# What is measured: words that carry no measure meaning and are dropped from
# the measure phrase (beside spaCy's stop words, minus negations).
# --------------------------------------------------------------------------
MEASURE_DROP_WORDS = {
    # a figure naming no statistic is its mean by convention: "a mean of 20.9%",
    # "an average of 20.9%" and "lost 20.9%" are one measure (a median is named)
    "average", "mean", "group", "groups", "cohort", "arm", "arms", "study", "trial", "trials",
    "participants", "participant", "patients", "patient", "people", "those", "individuals",
    "subjects", "adults", "remarkably", "notably", "compared", "showed", "found",
    "reported", "end", "approximately", "roughly", "nearly", "least", "total", "earlier", "ago",
    # who says it, not what is measured: "analysts estimate the drug will cost"
    "analyst", "analysts", "expert", "experts", "official", "officials", "researchers", "scientists",
    "economists", "investigators", "authors",
    "placebo", "control", "treated", "underwent", "received", "receiving",
    "respectively", "overall", "also", "still", "just", "only", "already", "meaning",
    "additional", "initial", "optional", "each", "every", "typically", "usually",
    "involves", "include", "includes", "including", "about", "around", "said",
    "percent", "per", "cent", "half",
    "aged",  # an age band is the population (its qualifier), not what is measured
    # what happened or what it is called, not what is measured: "developed brain
    # swelling" and "brain swelling occurred" are one measure
    "occurred", "occur", "occurs", "occurring", "developed", "develop", "develops", "developing",
    "experienced", "experience", "experiencing", "known", "called", "named", "dubbed",
}
NEGATIONS = {"no", "not", "never", "none", "nor", "without", "longer"}
# Words that make a measure a different measure: "severe disease" is not
# "disease", a median is not a mean. Two claims whose measures differ in these
# are never compared, however alike the rest of their wording.
MEASURE_QUALIFIER_WORDS = {
    "mild", "moderate", "severe", "serious", "critical", "fatal", "nonfatal", "non-fatal",
    "symptomatic", "asymptomatic", "median", "maximum", "minimum", "peak",
    "annual", "annually", "monthly", "weekly", "daily", "hourly", "lifetime", "cumulative",
    "quarter", "quarterly",  # a quarter's sales are not the year's
    "adjusted", "unadjusted", "relative", "absolute", "net", "gross", "nominal", "real",
    # a figure for several studies or groups at once is none of them alone (POOLING_WORDS)
    "combined", "pooled",
    # cases under investigation are not confirmed ones ("six possible cases")
    "possible", "suspected", "probable", "presumptive",
    "increment",  # a count of new ones (INCREMENT_TAG)
}
# A count of new ones is an increment, not a total: the word right after the
# figure ("six new deaths", "nine more cases") or a phrase in the rest of its
# clause ("six of the deaths were reported for the first time", "newly reported").
# ("New" only before what an outbreak's tally counts: "12,000 new homes" were built, not added to a tally.)
INCREMENT_WORDS = {"more", "additional", "further"}
NEW_TALLIED_NOUNS = {"cases", "deaths", "infections", "illnesses", "hospitalizations", "hospitalisations",
                     "admissions", "outbreaks", "fatalities"}
# Keys of counts of people that move from day to day while an emergency lasts,
# as counts of deaths do (conflicts._running_tally): two days' counts are two moments.
PEOPLE_TALLY_KEYS = {"missing", "injury", "rescue"}
# What befell people, which a count naming nothing takes from the count it is
# coordinated with or a part of (comparable._keys_of_linked_counts): between
# two coordinated counts, the first one's noun and "and" ("25 campers and three
# counselors died"); a part after its count ("108 of them", "including 36 children").
LINKED_TALLY_KEYS = {"death", "illness"} | PEOPLE_TALLY_KEYS
COORDINATED_COUNTS = r"\s+[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?\s+(?:and|or)\s+"
PART_OF_A_COUNT_AFTER = r"\s+of\s+(?:them|those)\b"
PART_OF_A_COUNT_BEFORE = r"\b(?:including|among\s+them)\s+$"
INCREMENT_TAG = "increment"
INCREMENT_PHRASES = ["for the first time", "newly"]
# Counts other than the tallies of NEW_TALLIED_NOUNS and COUNTED_EVENTS (people
# who use a drug, importers named) are stocks, which do not move within days:
# counts dated this many days apart or less are one moment
# (conflicts._a_stock_days_apart).
STOCK_SAME_DAYS = 7
# A day between one of these and a noun names the event the noun is ("the July
# 4 flood"), unless the noun is a figure's (frames._names_an_event).
EVENT_DETERMINERS = {"the", "that", "this", "its", "their", "his", "her"}
FIGURE_NOUNS = {"count", "counts", "tally", "total", "totals", "figure", "figures", "update", "updates",
                "report", "reports", "data", "estimate", "estimates", "number", "numbers", "toll",
                "snapshot", "survey", "census", "briefing", "tracker", "dashboard"}
# Words before a figure in its clause that make it one for several studies or
# groups at once ("the two trials, which together enrolled nearly 1,900
# patients"): its measure is qualified "combined".
POOLING_WORDS = {"together", "combined", "pooled", "altogether", "jointly"}
POOLING_REACH = 6  # words before the figure
# ... or after it in its clause, before a mark or another figure ("drew 98,000
# comments on the two proposals combined"), unless what follows ties it to
# something else ("combined with statins", "together with its partner").
POOLING_AFTER_REACH = 8
POOLING_NOT_BEFORE = {"with"}
# Of those, words that every change stated in percent is anyway: "a relative risk
# reduction of 88%" and "cut the risk by 89%" are both relative (a change in
# percentage points is the absolute one, and its unit tells it apart).
PERCENT_CHANGE_QUALIFIERS = {"relative"}
# A sentence that opens with one of these, capitalised words and a comma names
# the place its figures are about ("In Europe, 20% of new cars..."): the place
# joins their measure words.
PLACE_OPENERS = {"in", "across", "throughout", "within", "outside"}
PLACE_MAX_WORDS = 6
# and qualifies them: "place-europe" joins their measure key, and a figure for
# another place, or for none, is not compared with them (unless its own measure
# words name the place: "20% of cars sold in Europe").
PLACE_PREFIX = "place-"
# An article's figures that name no place are of the U.S. state its figures'
# sentences name most, when they name it in at least this many (comparable._home_places).
HOME_PLACE_MIN_SENTENCES = 2
# A count of at most CONDITION_COUNT_MAX with a figure of these kinds later in
# its clause is what that figure is about ("Two doses of the vaccine are 97%
# effective"), not a tally ("8,000 doses given"): its role is "condition". So is
# a dose with one in its clause ("29% of those in the 25 mg group").
CONDITION_COUNT_MAX = 10
CONDITION_OF_KINDS = {"percent"}
# A figure of these kinds with a dose in its clause is about the group given that
# dose: "dose-25mg" qualifies its measure key ("29% of those in the 25 mg group"
# is not compared with "8% of those in the 1 mg group").
# (and a price "for 2.5 mg" is the price of that strength)
DOSE_QUALIFIED_KINDS = {"percent", "duration", "ratio", "rate", "money"}
DOSE_PREFIX = "dose-"
# A sentence that opens with one of these and ends the phrase with a comma names
# the subgroup its figures are about ("Among those who had the procedure, ..."):
# "among-procedur-underw" qualifies their measure key, so they are compared only
# with figures for the same subgroup.
SUBGROUP_OPENERS = {"among"}
# These open a subgroup when the phrase has a relative pronoun: "In an analysis of
# those who did, ...", "For patients whose cancer had spread, ..." (not "In 2023,").
SUBGROUP_OPENERS_WITH_WHO = {"in", "for", "of"}
SUBGROUP_RELATIVES = {"who", "whose", "whom"}
SUBGROUP_MAX_WORDS = 10
# A sentence opening with one of these and an arm ("For the high-dose arm,",
# "In the placebo group,") gives that arm to the figures after its comma.
ARM_OPENERS = {"for", "in", "among", "within", "across"}
SUBGROUP_PREFIX = "among-"
MOTION_PREFIX = SUBGROUP_PREFIX + "motion-"  # the question a vote was on: "among-motion-safety"
# Figures listed before it are each a member's of an earlier list ("in 0.5%,
# 1.1% and 2.4%, respectively"); a member whose subgroup cannot be read gets this.
RESPECTIVELY = "respectively"
RESPECTIVELY_UNKNOWN = "listed"
# "of these participants", "of those": a group named earlier, a subgroup unless
# one of GROUP_DEFINERS follows and says who they are ("of those who ...").
# "94.6% among participants with an underlying condition", "93.8% in those aged
# 70 to 79": a figure's group restricted right after it is a subgroup
# (context._trailing_subgroup); "82.6% among adults 60 and older" restricts nothing.
SUBGROUP_AFTER_OPENERS = {"among", "in", "for"}
SUBGROUP_AFTER_NOUNS = {"those", "participants", "patients", "people", "adults", "children", "women", "men",
                        "recipients", "volunteers", "subjects", "individuals"}
SUBGROUP_RESTRICTORS = {"with", "without", "who", "whose", "aged", "having"}
SUBGROUP_AFTER_WORDS = 4
REFERRING_DETERMINERS = {"these", "those"}
GROUP_DEFINERS = {"who", "whose", "that", "which", "with", "without", "on", "in", "taking", "given",
                  "receiving", "treated", "aged", "over", "under", "at", "from", "assigned", "randomized",
                  "randomised", "enrolled", "getting", "using"}
REFERRED_GROUP = "referred"
# Words in a figure's clause that name one end of a ranked comparison, before a
# word of RANKED_GROUPS ("the highest quarter", "the bottom group"; not "the top
# dose"): "group-top" / "group-bottom" qualify its measure key, so the two ends
# are never compared with each other.
EXTREME_GROUPS = {"highest": "top", "top": "top", "upper": "top",
                  "lowest": "bottom", "bottom": "bottom"}
RANKED_GROUPS = {"quarter", "quartile", "quintile", "tertile", "third", "fifth", "tenth", "decile",
                 "percentile", "group", "category", "tier", "half"}
GROUP_PREFIX = "group-"
# A count of part of a whole it names ("16 of the 17 patients", "all 30
# patients" who had an outcome) is compared only with such counts.
PART_TAG = GROUP_PREFIX + "part"
# So are counts of a sentence that add up to another of its counts (arms of a
# randomised total), when the total is at least PARTS_TOTAL_MIN (small numbers
# add up by chance) and the parts are at most PARTS_MAX.
PARTS_TOTAL_MIN = 20
PARTS_MAX = 4
# And so are study sizes given for alternatives joined by one of these ("to the
# drug (N = 898) or placebo (N = 897)"): arms of one trial.
ARM_ALTERNATIVE_JOINERS = ["or", "versus", "vs", "vs.", "compared with"]
# So is a count after one of these: "the first three doses" of a four-dose schedule.
PART_OF_SERIES_WORDS = {"first", "last", "next", "final", "initial", "remaining", "other", "later", "earlier"}
# A change measured against a comparator ("96% fewer infections than the
# background rate", "cut infections by 89% compared with daily pills") names it
# after one of these: "versus-background versus-rate" qualify its measure key.
# Two changes against comparators sharing no word are two measures; a change
# naming none may be either's.
COMPARATOR_CUES = ["than", "compared with", "compared to", "versus", "vs", "vs.", "relative to"]
COMPARATOR_MAX_WORDS = 4
# Prepositions that, after the comparator's first word, open another phrase (a
# period, a place, a timepoint): "compared with placebo over a year".
COMPARATOR_ENDS = {"over", "at", "in", "after", "through", "during", "within", "across", "by", "from", "since"}
COMPARATOR_REACH = 14  # tokens after the figure, within its clause
VERSUS_PREFIX = "versus-"
# A bracket right after a figure holding at most this many tokens and nothing but
# a dose or a control arm ("39% (1 mg), 40% (2 mg) and 19% (placebo)") names
# that figure's group, not the next figure's.
BRACKET_LABEL_MAX_TOKENS = 3
# "a 9.8 mmHg placebo-adjusted reduction": a control cue joined to one of these
# names what the figure is measured against, not the arm it belongs to.
CONTROL_RELATIVE_SUFFIXES = {"adjusted", "corrected", "subtracted"}
# "a 26-week placebo-controlled trial of 410 adults": a control cue joined to one
# of these names the trial's design, and its figures are of the whole trial.
CONTROL_DESIGN_SUFFIXES = {"controlled"}
# Qualifier tags a figure naming none may match: two figures differ only when
# both name one and they share none (a comparator). (Not a vote's motion: a
# report naming none would be any vote of its meeting, and the other votes of
# its source would make every comparison of it ambiguous.)
# What a price is for ("$2.99 a dose", "$15.60 per child"): "per-dose" qualifies it.
PER_PREFIX = "per-"
PRICE_PER_WORDS = {"a", "an", "per", "each", "/"}
# Units that are one dose by another name (stems): "$14,230 per injection" is per dose.
PRICED_UNIT_ALIASES = {"injection": "dose", "shot": "dose", "jab": "dose", "infusion": "dose",
                       # "$2,500 per kid", "$40 per head", "$900 per capita": what a word of the people counted says
                       "kid": "child", "head": "person", "capita": "person", "resident": "person",
                       "individual": "person"}
# "$1,390 for a five-day course" prices one course: "for" and one of these, then
# the unit past a modifier of number and period words (within PRICE_FOR_REACH words).
# ("for the new clinic" says what was bought, not a unit of it.)
PRICE_FOR_DETERMINERS = {"a", "an", "one", "each", "every"}
PRICE_UNIT_MODIFIERS = {"single", "full", "whole", "standard", "typical"}
PRICE_FOR_REACH = 4
PRICE_PAIR_GAP = 4  # words: "$3.90 a dose to $2.99" gives the second price the first's unit
# Which of a trial's analyses a result is of: everyone randomized (whatever they
# later did) or those who kept to treatment. Trials of weight, blood pressure or
# pain report both, and the two figures of one outcome both hold ("lost 20.4%
# counting everyone", "22.7% if all had adhered"). A sentence's cue tags its
# figures ANALYSIS_PREFIX + the set; a figure naming none may be of either.
ANALYSIS_PREFIX = "analysis-"
ANALYSIS_SET_CUES = {
    "everyone": ["counting everyone", "everyone who", "everyone randomi", "all randomi", "all who were randomi",
                 "all participants randomi", "regardless of adherence", "regardless of whether", "whether or not",
                 "intention-to-treat", "intention to treat", "intent-to-treat", "intent to treat",
                 "treatment-regimen estimand", "treatment regimen estimand", "treatment-policy estimand",
                 "treatment policy estimand", "including those who stopped", "including people who stopped",
                 "including participants who stopped", "including those who discontinued",
                 "including people who discontinued", "including participants who discontinued"],
    "adherent": ["adhered to", "adhering to", "adherent", "stuck to", "stuck with", "stayed on", "remained on",
                 "kept taking", "kept to", "continued taking", "continued on", "per-protocol", "per protocol",
                 "on-treatment", "on treatment estimand", "efficacy estimand", "trial product estimand",
                 "as prescribed", "as directed"],
}
ANALYSIS_CUE_REACH = 30  # characters: an adherence cue this soon after an "everyone" cue is part of it
# Which look at a trial's data a result is of: an interim analysis counts fewer
# patients and events than the final one, and both hold ("7 deaths" at the
# interim look, "9 deaths" at the final). A sentence's cue of one kind only tags
# its figures DATA_CUT_PREFIX + the kind; a figure naming none may be of either.
DATA_CUT_PREFIX = "cut-"
DATA_CUT_CUES = {
    "interim": ["interim analysis", "interim analyses", "interim result", "interim data", "interim readout",
                "interim look"],
    "final": ["final analysis", "final analyses", "final result", "final data", "final readout"],
}
# A figure whose clause goes on to say it is of the period before ("compared with
# 1,449 in the same stretch a year earlier", "up from 69 the week before") is the
# earlier period's: EARLIER_PERIOD_TAG qualifies it, so it is compared only with
# figures said so too, not with the current period's.
EARLIER_PERIOD_TAG = "earlier-period"
EARLIER_PERIOD_PHRASES = ["a year earlier", "a year before", "the year before", "the previous year",
                          "the prior year", "a season earlier", "the season before", "the previous season",
                          "the prior season", "a week earlier", "the week before", "the previous week",
                          "a month earlier", "the month before", "the previous month"]
# A share of a whole names the part it is ("Suicides were 55% of all gun deaths",
# "two-thirds of those deaths are homicides"): shares of one whole naming two
# parts are two measures; one naming none may be either's. The part is a plural
# noun before one of SHARE_PART_VERBS and the share, or after "of <whole> are".
PART_PREFIX = "part-"
SHARE_PART_VERBS = ["were", "are", "was", "is", "made up", "make up", "makes up", "accounted for", "account for",
                    "accounts for", "represented", "represent", "represents", "comprised", "comprise"]
SHARE_PART_HEDGES = ["about", "roughly", "nearly", "almost", "more than", "over", "some", "around",
                     "just over", "just under", "fewer than", "less than", "well over"]
SHARE_PART_WHOLE_WORDS = 6  # words of the whole between "of" and "are"
ONE_SIDED_QUALIFIER_PREFIXES = (VERSUS_PREFIX, PER_PREFIX, THRESHOLD_PREFIX, ANALYSIS_PREFIX, PART_PREFIX,
                                DATA_CUT_PREFIX)
# A measure-key word "as-of-2020" marks a figure given for an earlier year beside
# the current one ("18% of sales, compared with 4% in 2020"); it qualifies the
# measure like MEASURE_QUALIFIER_WORDS: figures for other years are not compared.
AS_OF_PREFIX = "as-of-"
# Death joined by "or" to another outcome ("the risk of progression or death",
# "death or clinical worsening", "death, transplant or hospitalization") is a
# composite endpoint, another measure than death: the tag qualifies its figures.
COMPOSITE_TAG = "composite"
COMPOSITE_DEATH = (r"\b(?:death|dying|died)\b(?:,\s*[\w-]+(?:\s+[\w-]+)?)*,?\s+or\s+\w"
                   r"|\b(?!life\b)\w+\s+or\s+(?:of\s+)?(?:the\s+patient\s+)?(?:death|dying|died)\b")
# Phrasings of the same measure in trial reporting, mapped to one key so that
# "no longer met criteria" and "no longer qualified for a diagnosis" compare.
MEASURE_SYNONYMS: dict[str, str] = {
    "no longer met": "remission", "no longer meet": "remission",
    "no longer meets": "remission", "no longer qualified": "remission",
    "no longer qualify": "remission", "no longer had": "remission",
    "no longer have": "remission", "no longer has": "remission",
    "no longer diagnosed": "remission", "remission": "remission", "remitted": "remission",
    "in remission": "remission", "clinically significant": "response",
    "improvement": "improvement", "improvements": "improvement",
    "responded": "response", "response rate": "response", "responders": "response",
    "died": "death", "deaths": "death", "mortality": "death", "killed": "death", "dying": "death",
    "die": "death", "dies": "death", "kill": "death", "kills": "death", "killing": "death",
    "fatalities": "death", "death toll": "death",
    # what else befalls people in a disaster, counted day by day as deaths are (PEOPLE_TALLY_KEYS)
    "missing": "missing", "unaccounted for": "missing",
    "injured": "injury", "injuries": "injury", "injuring": "injury",
    "rescued": "rescue", "rescues": "rescue",
    # what a product sold for in a period, in any words (a key of amounts of money only: MONEY_KEYS)
    "sales": "revenue", "revenue": "revenue", "revenues": "revenue",
    # what a patient pays of a price, in any words (a key of amounts of money
    # only: MONEY_KEYS): not what the plan or the program pays for the drug
    "copay": "out-of-pocket", "copays": "out-of-pocket", "co-pay": "out-of-pocket", "co-pays": "out-of-pocket",
    "copayment": "out-of-pocket", "copayments": "out-of-pocket", "co-payment": "out-of-pocket",
    "co-payments": "out-of-pocket", "out-of-pocket": "out-of-pocket", "out of pocket": "out-of-pocket",
    "coinsurance": "out-of-pocket", "cost-sharing": "out-of-pocket", "cost sharing": "out-of-pocket",
    # people who fell ill are an outbreak's illnesses ("43 people had been sickened", "34 illnesses")
    "sickened": "illness", "sickening": "illness", "fell ill": "illness", "fallen ill": "illness",
    "became ill": "illness", "become ill": "illness", "got sick": "illness", "gotten sick": "illness",
    "made sick": "illness", "falling ill": "illness",
    "discontinued": "discontinuation", "discontinuation": "discontinuation",
    "discontinue": "discontinuation", "stopped treatment": "discontinuation",
    "stopped taking": "discontinuation", "dropped out": "discontinuation",
    "withdrew from": "discontinuation",
    # stopping for a reason is stopping the treatment ("quit because of side effects")
    "quit because": "discontinuation", "quit due": "discontinuation", "stopped because": "discontinuation",
    "stopped due": "discontinuation", "stopping because": "discontinuation", "quitting because": "discontinuation",
    # the treatment stopped, by whatever name: "stopped the medicine", "stopped it because of"
    "stopped the drug": "discontinuation", "stopped the medicine": "discontinuation",
    "stopped the medication": "discontinuation", "stopped their medication": "discontinuation",
    "stopped the treatment": "discontinuation", "stopped the therapy": "discontinuation",
    "stopped the pill": "discontinuation", "stopped the shots": "discontinuation",
    "stopped it": "discontinuation", "stopping the drug": "discontinuation",
    "stopping treatment": "discontinuation", "quit the drug": "discontinuation",
    # leaving the study is stopping its treatment ("quit the trial because of side effects")
    "quit the trial": "discontinuation", "quit the study": "discontinuation", "left the trial": "discontinuation",
    "left the study": "discontinuation", "dropped out of the trial": "discontinuation",
    "dropped out of the study": "discontinuation", "left treatment": "discontinuation",
    "contained": "containment", "containment": "containment",
    "side effect": "adverse-event", "side effects": "adverse-event", "adverse event": "adverse-event",
    "adverse events": "adverse-event", "adverse effects": "adverse-event", "adverse reactions": "adverse-event",
    "regulatory decision": "approval", "decision from regulators": "approval",
    "decision by regulators": "approval",
    # when a body is to decide ("expected to decide by the end of 2024", "a
    # decision by 2021"): an event of its own, compared with other decisions
    "decide": "decision", "decides": "decision", "decided": "decision", "decision": "decision",
    "rule on": "decision", "ruling": "decision",
    # a court's ruling, in its verbs ("upheld the law on Jan. 17", "struck down the rule in 2024"):
    # an event of anything (rules.EVENTS_OF_ANYTHING), of what was ruled on
    "ruled": "ruling", "upheld": "ruling", "upholds": "ruling", "upholding": "ruling",
    "struck down": "ruling", "strikes down": "ruling", "overturned": "ruling", "overturns": "ruling",
    "approved": "approval", "approval": "approval", "approve": "approval", "approves": "approval",
    "authorized": "approval",
    "authorised": "approval", "authorization": "approval", "authorisation": "approval", "clearance": "approval",
    "cleared": "approval", "legalized": "legalization", "legalised": "legalization",
    "published": "publication", "publication": "publication",
    "enacted": "enactment", "signed into law": "enactment", "passed into law": "enactment",
    # a body adopting or finalizing a text (a treaty, a rule, a budget) enacts it
    "adopted": "enactment", "adopts": "enactment", "adoption": "enactment",
    "finalized": "enactment", "finalised": "enactment", "finalizes": "enactment", "finalises": "enactment",
    # a law or an agreement is enacted when it is signed ("the act, which the president signed last August")
    "signed": "enactment", "signed up": "enrollment",  # people who "signed up in 2023" enacted nothing
    "signed off": "approval", "signs off": "approval", "sign off": "approval",  # a regulator's approval
    # when a public-health body recommends a product ("folded into the CDC's
    # recommendation in June"): its own event, not the product's approval
    "recommended": "recommendation", "recommendation": "recommendation", "recommends": "recommendation",
    "recommend": "recommendation", "endorsed": "recommendation", "endorses": "recommendation",
    "recommending": "recommendation", "positive opinion": "recommendation",
    "endorse": "recommendation",
    # a label widened to more patients is another event than the first approval
    # ("the FDA broadened the label in June 2024")
    "broadened": "expansion", "broadens": "expansion", "widened": "expansion", "widens": "expansion",
    "label expansion": "expansion", "expanded the label": "expansion", "expanded approval": "expansion",
    "expanded its approval": "expansion", "expanded the approval": "expansion",
    "broadened approval": "expansion", "broadened its approval": "expansion", "widened approval": "expansion",
    "updated the label": "expansion", "updated its label": "expansion",
    "extended the indication": "expansion", "extended its indication": "expansion",
    # and a label narrowed to fewer ("the FDA narrowed those approvals in May 2024")
    "narrowed": "narrowing", "narrows": "narrowing", "narrowing": "narrowing",
    "developed": "development", "development": "development", "synthesized": "development",
    "synthesised": "development", "discovered": "discovery", "founded": "founding",
    "launched": "launch", "launch": "launch", "banned": "ban", "ban": "ban",
    # a bridge, a plant or a clinic opening ("the bridge, which opened in 1977";
    # "will open to traffic in late 2030"): not "open-label", "open enrollment"
    "opened": "opening", "opens": "opening", "open to traffic": "opening", "open to the public": "opening",
    "opened to traffic": "opening", "opened to the public": "opening",
    # when something was first found ("first turned up in dairy herds in August
    # 2023", "officials identified the virus in Texas cattle in March 2024")
    # ("confirmed" alone is an adjective too: "66 confirmed cases since 2024"). A
    # first detection is one event; any other is one of many ("turned up at four
    # dairies last week").
    "detected": "detection", "identified": "detection", "turned up": "detection", "detection": "detection",
    "first detected": "first-detection", "first identified": "first-detection",
    "first confirmed": "first-detection", "confirmed its first": "first-detection",
    "confirmed the first": "first-detection", "first found": "first-detection",
    "first seen": "first-detection", "first spotted": "first-detection", "first turned up": "first-detection",
    "first appeared": "first-detection", "first reported": "first-detection",
    "first detection": "first-detection",
    # so is the first death a disease caused somewhere ("reported the first deaths
    # ever linked to the virus in July 2024"); other deaths are many events
    "first death": "first-death", "first deaths": "first-death", "first fatality": "first-death",
    "first fatalities": "first-death", "first known death": "first-death", "first known deaths": "first-death",
    # when a rule or a price takes effect (a key no measure word stems to)
    "took effect": "taking-effect", "take effect": "taking-effect", "takes effect": "taking-effect",
    "went into effect": "taking-effect", "goes into effect": "taking-effect", "go into effect": "taking-effect",
    "kicked in": "taking-effect", "kicks in": "taking-effect", "beginning in": "taking-effect",
    "starting in": "taking-effect",
    # the dose a label or a guideline sets, whatever the article calls it
    "recommended dose": "recommended-dose", "standard dose": "recommended-dose", "usual dose": "recommended-dose",
    "approved dose": "recommended-dose", "labeled dose": "recommended-dose", "labelled dose": "recommended-dose",
    "recommended dosage": "recommended-dose", "standard dosage": "recommended-dose", "usual dosage": "recommended-dose",
    "approved dosage": "recommended-dose", "labeled dosage": "recommended-dose", "labelled dosage": "recommended-dose",
    # how well a vaccine or drug works: one measure, whatever else shares a word
    # with it ("97% effective after two doses" is no share of children with two doses)
    "effective": "efficacy", "efficacy": "efficacy", "effectiveness": "efficacy",
    # ... but a rule, a plan or a price "effective" on a date takes effect then
    # ("the plan's effective date", "effective April 1", "became effective in 2024")
    "effective date": "taking-effect", "effective on": "taking-effect", "effective from": "taking-effect",
    "effective as of": "taking-effect", "effective immediately": "taking-effect",
    "becomes effective": "taking-effect", "became effective": "taking-effect", "become effective": "taking-effect",
    **{f"effective {month}": "taking-effect" for month in MONTH_NAMES},
    "begins in": "taking-effect", "began in": "taking-effect", "begin in": "taking-effect",
    "starts in": "taking-effect", "started in": "taking-effect", "start in": "taking-effect",
    "starting on": "taking-effect", "beginning on": "taking-effect", "began on": "taking-effect",
    "begins on": "taking-effect", "started on": "taking-effect", "starts on": "taking-effect",
    "prohibited": "ban", "scheduled": "ban", "criminalized": "ban",
    # when a body made something public ("announced the cap on Feb. 7"): one
    # event of what was announced (rules.EVENTS_OF_ANYTHING)
    "announced": "announcement", "announces": "announcement", "announcement": "announcement",
    "unveiled": "announcement", "unveils": "announcement",
    "declared": "declaration", "declaration": "declaration", "declares": "declaration",
    "prequalified": "prequalification", "prequalification": "prequalification", "prequalifies": "prequalification",
    # when a body proposed a rule or an order ("formally proposed removing it
    # last November"): its own event, not the rule's adoption
    "proposed": "proposal", "proposes": "proposal", "proposal": "proposal", "proposing": "proposal",
    # when trade, use or a program was stopped or started again ("suspended imports
    # of live cattle on May 11", "resumed them in February"): events of their own
    "halted": "suspension", "suspended": "suspension", "paused": "suspension", "suspension": "suspension",
    "resumed": "resumption", "reopened": "resumption", "restarted": "resumption",
    # when a product left the market ("withdrawn from the U.S. market in 2022"):
    # its own event, not the approval a later clause names
    "withdrawn": "withdrawal", "withdrew": "withdrawal", "withdrawal": "withdrawal",
    "pulled from the market": "withdrawal",
    # when a company asks regulators for approval ("plans to file for approval in
    # 2026", "regulatory submissions next year"): its own event, before the approval
    "file for approval": "submission", "files for approval": "submission", "filed for approval": "submission",
    "filing for approval": "submission", "seek approval": "submission", "seeks approval": "submission",
    "seeking approval": "submission", "sought approval": "submission", "apply for approval": "submission",
    "applies for approval": "submission", "applied for approval": "submission",
    "file with regulators": "submission", "files with regulators": "submission",
    "filed with regulators": "submission", "filing with regulators": "submission",
    "submit": "submission", "submits": "submission", "submitted": "submission", "submitting": "submission",
    "submission": "submission", "submissions": "submission", "regulatory filing": "submission",
    # when one company bought another, and for how much ("bought Semma for $950
    # million in 2019", "its acquisition of Semma"): one deal, dated and priced
    # (not a "wholesale acquisition cost", a price, nor "acquired HIV", an
    # infection: "acquired" alone is left out). The key is no word a measure
    # holds ("acquisition" is), so that only these phrasings give it.
    "acquisition of": "buyout", "acquired by": "buyout", "agreed to acquire": "buyout", "bought": "buyout",
    "buying": "buyout", "buys": "buyout", "takeover": "buyout", "buyout": "buyout",
    # when a product's patent or market exclusivity ends ("its key patent expires
    # in 2028", "loses U.S. exclusivity in 2028"): one event, before generics
    "expires": "expiry", "expire": "expiry", "expired": "expiry", "expiring": "expiry", "expiry": "expiry",
    "expiration": "expiry", "lose exclusivity": "expiry", "loses exclusivity": "expiry",
    "losing exclusivity": "expiry", "loss of exclusivity": "expiry", "lost exclusivity": "expiry",
    "off patent": "expiry", "patent cliff": "expiry",
    # when someone went to court ("on Tuesday filed a lawsuit asking a judge to set
    # aside the approval"): the suit's date, not the approval's it names
    "lawsuit": "lawsuit", "lawsuits": "lawsuit", "sued": "lawsuit", "sues": "lawsuit", "suing": "lawsuit",
    "filed suit": "lawsuit", "files suit": "lawsuit",
}
# Keys that name the reason for another key's event, not a measure of their
# own: "stopped because of side effects" measures discontinuation.
REASON_KEYS = {"discontinuation": {"adverse-event"}}
# A relative reduction of a risk ("lowered the risk of severe disease by 94%",
# "an 89% reduction in hospitalization or death", "96% fewer infections") is
# an efficacy (1 - relative risk): compared with "efficacy was 94%", unless it is
# measured against another treatment than these.
RISK_REDUCTION_KEY = "efficacy"
RISK_NOUNS = ["risk", "infection", "infections", "disease", "illness", "hospitalization", "hospitalizations",
              "hospitalisation", "hospitalisations", "death", "deaths", "case", "cases", "admissions"]
REDUCTION_WORDS = {"cut", "cuts", "lowered", "lowers", "lower", "reduced", "reduces", "reduce", "reduction",
                   "reductions", "fewer", "drop", "decreased", "decrease", "slashed"}
# So is a share of a risk prevented ("prevented 80% of symptomatic cases", "92%
# protection against infant death", "61% against symptomatic disease").
PREVENTION_VERBS = {"prevented", "prevents", "prevent", "preventing", "averted", "averts", "averting"}
PROTECTION_WORDS = {"protection", "protective", "protected"}
# What a figure is measured against when it names a strain of the disease ("82%
# protection against the Delta variant"): it qualifies the measure as "strain-delta".
STRAIN_NOUNS = ["variants", "variant", "subvariants", "subvariant", "strains", "strain", "lineages", "lineage",
                "serotypes", "serotype"]
STRAIN_PREFIX = "strain-"
# "six cases in each country": a count given for each unit of something.
EACH_PREFIX = "each-"
NO_TREATMENT_WORDS = ["placebo", "control", "controls", "background", "unvaccinated", "untreated", "dummy"]
# A follow-up time is compared in the largest of these units that states it exactly:
# "42 days" after vaccination is "6 weeks" (unit: (larger unit, how many make one)).
TIMEPOINT_LARGER_UNITS = {"days": ("weeks", 7), "months": ("years", 12), "minutes": ("hours", 60)}
# Outcomes that articles name in other words for one figure ("31% were still in
# remission at six months", "nearly half kept their improvement through month
# 6"): two figures with keys of one family are compared when they give the same
# arm and timepoint (conflicts._one_outcome_family).
OUTCOME_FAMILIES = {"remission": "benefit", "response": "benefit", "improvement": "benefit"}
# Measures named by an abbreviation (abbreviations.py). An article that spells
# one out in its sentence with common words ("brain swelling (ARIA-E)", "ARIA-E
# (edema or effusion)", "brain swelling, or ARIA-E,") names a measure by it, not
# a product or an agency ("Food and Drug Administration (FDA)" is capitalized).
ABBREVIATION = r"(?<![\w‐-])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?:[-‐][A-Z0-9]+)*(?![\w‐-])"
# At most this many words spell an abbreviation out.
ABBREVIATION_LONG_WORDS = 4
# Words that join the parts of a spelled-out abbreviation ("edema or effusion").
ABBREVIATION_JOINERS = {"or", "and"}
# Words after an abbreviation that leave it the name of the measure ("ARIA-E
# occurred in 12.6%", "the ARIA-E rate was"), beside stop words ("ARIA-H in
# 17.3%"); any other lower case word makes it a modifier of that word ("RSV vaccine uptake reached 24%",
# "on MRI scans"): then it names no measure.
ABBREVIATION_MEASURE_FOLLOWERS = {  # beside spaCy's stop words ("was", "in", "within")
    "remains", "remained", "vs", "versus", "occurred", "occurs", "occur", "appeared", "appears", "appear",
    "affected", "affects", "affect",
    "developed", "develops", "struck", "strikes", "hit", "hits", "infects", "infected", "caused", "causes",
    "rose", "fell", "declined", "increased", "decreased", "dropped", "climbed",
    "rate", "rates", "incidence", "cases", "events", "risk", "prevalence", "score", "scores",
}
# Capital-letter words that are no abbreviation: roman numerals ("phase III").
NOT_ABBREVIATIONS = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"}
# Punctuation that ends a clause (a comma inside a number, "14,100", does not).
CLAUSE_PUNCTUATION = re.compile(r",(?!\d)|(?<!\d),|[;:()—–]")
# A word right before a date that makes it the date something takes effect
# ("cut by 78% starting next January"), whatever event word is nearer.
TAKING_EFFECT_BEFORE_DATE = {"starting", "beginning", "effective"}
# A date after one of these bounds a period ("babies born through 2028", "bars
# the dye from January 1, 2027", "moved the date to December from September"):
# it times no event word of its sentence ("the law that cleared the Senate ...
# gives every baby born through 2028"). ("until" may give a delayed event's new
# date: "pushed its decision until June".)
PERIOD_BOUND_BEFORE_DATE = {"through", "thru", "from"}
# A year after one of these and before a noun names a budget or a bill ("its
# fiscal 2026 spending bill"): it times no event of its sentence
# (context._names_which).
FISCAL_YEAR_WORDS = {"fiscal", "fy"}
# ... and so does a year between a possessive and a noun ("its 2026 plan offerings").
YEAR_NAMING_DETERMINERS = {"its", "their", "his", "her", "our"}
# A weekday after one of these is some such day ("posted late on a Friday"): it times no event.
INDEFINITE_ARTICLES = {"a", "an"}
# ... and "since" does too, unless a ranking word comes before it in its clause
# ("the most since 1992", "the first death since 2015": a record's baseline).
RANKING_WORDS = {"most", "least", "first", "last", "highest", "lowest", "largest", "smallest", "biggest",
                 "worst", "best", "fewest", "greatest", "ever", "deadliest", "only"}
# Events that a date can time. A date with none of these in its clause has no
# measure and is not compared (a byline date, an aside).
# An event word right after one of these describes a noun ("enrolled in approved
# studies", "limited to authorized uses"): it times no event.
PREPOSITIONS_BEFORE_PARTICIPLE = {"in", "of", "for", "to", "with", "from", "on", "into", "under"}
# Nouns of undertakings a participle after them describes ("under a program
# launched in June", "a plan approved in March"): the date times that program's
# launch, no event of the topic's product.
UNDERTAKING_NOUNS = {"program", "programs", "programme", "programmes", "campaign", "campaigns", "initiative",
                     "initiatives", "scheme", "schemes", "pilot", "pilots", "project", "projects", "service",
                     "services", "website", "fund", "funds", "effort", "efforts", "drive", "hotline", "registry",
                     "network", "app", "plan", "plans", "policy", "policies"}
# An event word after one of these (within EVENT_NEGATION_REACH words) is an
# event that did not happen ("said it could not approve the drug", "declined to
# authorize it", "failed to win approval", "voted against accelerated approval"):
# it times nothing.
EVENT_NEGATIONS = {"not", "never", "n't", "declined", "refused", "failed", "without", "against"}
EVENT_NEGATION_REACH = 3
# A date after one of these, past an event word, is of the clause the word opens
# ("won approval after a panel voted in March 2023": the vote's date, not the approval's).
TEMPORAL_SUBORDINATORS = ["after", "before", "following", "until"]
# A clause opening with one of them, within this many words (", two weeks after
# the Senate confirmed her"), tells of its own moment: the sentence's only date
# does not date its figures.
TEMPORAL_CLAUSE_OPENING_WORDS = 3
# An event word after a date, past one of these, is of the clause the word opens
# ("a deal struck on Nov. 6 ... once the pill is approved": the deal's date).
LATER_EVENT_SUBORDINATORS = ["once", "after", "before", "until", "when", "if", "unless"]
# A clause whose verb repeats the event of the clause before ("Europe approved it
# in July, and the FDA followed in September") times that event.
EVENT_REPEATING_VERBS = ["followed suit", "followed", "did the same", "did likewise", "did so"]
# "Developed" after people ("170 people developed active TB", "two recipients
# developed it") is falling ill, no product's development: it times no event.
ILLNESS_DEVELOPED = {"developed"}
# What an approval approves when it widens a label ("approved a label update
# that lets doctors use it alone", "approved a new indication"): an expansion.
EXPANSION_OBJECTS = ["label update", "updated label", "label change", "new indication", "label expansion",
                     "expanded label", "expanded indication", "broader label", "wider label"]
# Verbs telling what a paper or a report found: a date after one, in the
# sentence of an event before it ("a study published in May found that
# admissions fell in 2025"), is of the finding, not of that event.
FINDING_VERBS = ["found", "finds", "showed", "shows", "shown", "concluded", "concludes", "suggested", "suggests",
                 "revealed", "reveals", "estimated", "estimates", "documented"]
# What a regulator's clearance lets a company do when it clears a clinical trial
# ("cleared the company to begin a trial", "clearance for its own study",
# "cleared the first two trials"): the study may start, the product is not
# approved. Its date times a trial clearance (context._date_event).
TRIAL_CLEARANCE = "trial-clearance"
TRIAL_START_VERBS = ["begin", "start", "run", "launch", "conduct", "open", "proceed with", "test"]
TRIAL_NOUNS = ["trial", "trials", "study", "studies"]
TRIAL_CLEARANCE_REACH = 8  # words between the clearance and what it lets start
# Words that end a clearance's object before a trial noun ("approved it after a trial")
TRIAL_OBJECT_BREAKS = ["after", "based", "on", "in", "from", "of", "with", "by", "following", "and", "because",
                       "when", "as", "for", "to", "since", "than"]
# ... and words that may follow a trial noun heading its phrase ("the trial that",
# "the study at"; "the study drug" is a drug)
TRIAL_NOUN_FOLLOWERS = ["that", "which", "at", "this", "last"]
DATE_EVENT_KEYS = {"approval", TRIAL_CLEARANCE, "legalization", "development", "discovery", "detection",
                   "first-detection", "first-death", "withdrawal",
                   "founding", "expansion",
                   "launch", "ban", "publication", "dateline", "taking-effect", "enactment", "decision",
                   "recommendation",
                   "declaration", "prequalification", "proposal", "end-declaration", "suspension", "resumption",
                   "submission", "buyout", "narrowing", "expiry", "announcement", "lawsuit", "opening",
                   "ruling"}
# The key of an age a product is approved or cleared for ("cleared for adults 55
# and older"): one measure, whatever else its sentence says.
INDICATED_AGE_KEY = "indicated-age"
# The key of how long a study ran ("a 24-week trial", "trials that lasted 26
# weeks", "took the drug or a placebo for 52 weeks"): one measure, whatever
# else its sentence says (context._lasts_a_study).
STUDY_LENGTH_KEY = "study-length"
STUDY_LENGTH_REACH = 6  # words back from "for" to "placebo" or a following verb
STUDY_FOLLOWING_VERBS = {"followed", "tracked", "treated"}
# people only a study has, who may stand for its noun ("participants were treated for 30 months")
STUDY_PARTICIPANT_NOUNS = {"participants", "participant", "enrollees", "volunteers"}
STUDY_LASTING_VERBS = {"lasted", "lasting", "lasts", "last", "ran", "running", "runs", "run"}
# words that may stand between a study's length and its noun ("a 52-week phase 3 trial")
STUDY_LENGTH_MODIFIERS = {"phase", "1", "2", "3", "4", "ii", "iii", "pivotal", "randomized", "randomised",
                          "clinical", "controlled", "placebo-controlled", "double-blind", "main", "late-stage"}
INDICATION_CUES = ["meant for", "indicated for", "intended for", "licensed for"]
# An outbreak or an emergency "declared over" (or "resolved", "ended") ended:
# another event than the declaration that began it. "Over" ends the phrase
# ("declared the outbreak over on Monday", "was declared over."), unlike "an
# emergency over dengue".
END_DECLARATION = "end-declaration"
DECLARED_OVER = (r"(?:\s+[\w'’-]+){0,4}?\s+(?:over|resolved|ended)"
                 r"(?=\s*[,.;:)]|\s+(?:on|in|at|after|by|last|this|that|today|when|and|\d))")
# Events a price's sentence may name that do not say what is priced ("won
# approval in June and lists at $28,812 a year"): no key of a money figure.
# (A launch or a development is: "a launch price", "development costs".)
# Keys that only an amount of money has: "18% of sales" measures a share, not sales.
MONEY_KEYS = {"revenue", "out-of-pocket"}
# Events whose price is one measure ("bought it for $950 million"): a key of
# the amounts of money of their clause too, not only of its dates.
PRICED_EVENT_KEYS = {"buyout"}
# Events anything can have ("took effect", "began in", "since 2019"): two such
# dates time one event only when their sentences share a word or a name for
# what began (conflicts._comparable_events). The stems of their verbs are no such word.
ANNOUNCEMENT_EVENT = "announcement"
EVENTS_OF_ANYTHING = {"taking-effect", ANNOUNCEMENT_EVENT, "lawsuit", "opening", "ruling"}
EVENT_VERB_STEMS = {"began", "begin", "start", "effect", "took", "take", "kick", "went", "goe", "announc", "unveil",
                    "su", "sue", "lawsuit", "fil", "file", "open", "rul", "upheld", "uphold", "struck", "strike",
                    "overturn"}
EVENTS_NOT_PRICED = {"approval", "enactment", "decision", "recommendation", "publication", "taking-effect"}
# A figure its sentence calls one of these is revised by figures published
# later: no contradiction of them (conflicts._revised_later).
PRELIMINARY_WORDS = ["preliminary", "initial", "provisional"]
# A date after "since" whose clause counts what happened over the period ("has
# approved 11 treatments since 2008", "shared 40,000 times since January")
# bounds that count's period: it dates no one event of its verb. (A state that
# began then still dates its start: "has recommended 0.7 mg/L since 2016".)
SINCE_DATE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)
COUNT_IN_CLAUSE = re.compile(r"(?<![$€£\d.,])\b(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine"
                             r"|ten|eleven|twelve|dozens|hundreds|thousands|millions)(?![.,]?\d)"
                             r"(?:\s+[a-z-]+){0,2}?\s+(?:times|[a-z]+s)\b", re.I)
# A year after "since" at the end of a clause ranking something ("the first
# measles death since 2015", "its lowest level since 1996") is when the record
# was last reached: sources give it alike or contradict one another. The last
# ranking word before it names the record's direction; two records are one
# only in one direction ("the most" ranks; "most of" and "at least" do not).
RECORD_EVENT = "record"
RECORD_DIRECTIONS = {
    **dict.fromkeys(["first"], "first"),
    **dict.fromkeys(["highest", "largest", "biggest", "deadliest", "worst", "longest", "greatest", "most"], "high"),
    **dict.fromkeys(["lowest", "fewest", "smallest", "shortest"], "low"),
}
RECORD_RANK_WORD = re.compile(r"\b(?:" + "|".join(RECORD_DIRECTIONS) + r")\b", re.I)
# Words a record is told in whatever it ranks ("its lowest level since 1996",
# "the first time since 2015"): what remains of its measure says what it ranks.
RECORD_WORDS = set(RECORD_DIRECTIONS) | {"level", "levels", "time", "times", "number", "total", "tally", "such"}
# "most" ranks only after a determiner ("the most since 2014"), not "most of the cases since"
RECORD_MOST_AFTER = re.compile(r"\b(?:the|its|their|his|her)\s+$", re.I)
# A sentence opening "Since" and a date within this many characters ("Since
# late February, ...") gives its figures the period from that date.
SINCE_OPENER_REACH = 8
# ... and one right after a figure other than a count, within this many
# characters of it ("prices have risen 193% since November 2022"): the figure
# holds for the period from that date. (A count "since January" is a running
# total, as of its article's date: comparable._as_of.)
SINCE_TRAILING_REACH = 30
# A dateline ("WASHINGTON, June 18 (Wire) -", "FOSTER CITY, Calif.--(NEWS
# RELEASE)--Sept. 12, 2024--") dates the story, not what it reports: its date
# times a publication, never compared.
# (the place, or places: "PARIS/NEW YORK"; then its state)
DATELINE_BEFORE_DATE = (r"\s*[A-Z][A-Z.'’ /-]{2,}(?:,\s*[A-Z][A-Za-z.]*)?"
                        r"(?:\s*[-–—]+\s*\(?[A-Z][A-Z ]*\)?\s*[-–—]+)?\s*,?\s*$")  # "--(NEWS RELEASE)--"
DATELINE_AFTER_DATE = r",?\s*(?:\d{4})?\s*(?:\([^)]*\)|/[^/\n]{2,30}/)?\s*[-–—]"  # "(Wire) -", "/PRNewswire/ --"
# ... and a date opening a story with no place before it, when a wire's name in
# brackets or slashes follows ("June 23 (Meridian Wire) -")
DATELINE_WIRE_AFTER_DATE = r",?\s*(?:\d{4})?\s*(?:\([^)]*\)|/[^/\n]{2,30}/)\s*[-–—]"
DATELINE_EVENT = "dateline"
PUBLICATION_EVENT = "publication"
DATELINE_MAX_WORDS = 16  # words of a dateline before its dash ("SILVER SPRING, Md., June 10 (Keystone Wire) -")
# Where an event took effect: a regulator or a place named near an approval's date
# ("authorized in Great Britain in November 2023, approved by the U.S. Food and
# Drug Administration in December 2023"). Approvals of two jurisdictions are two
# events. Written as the text writes them (case matters: "US", not "us").
JURISDICTIONS = {
    "us": ["FDA", "Food and Drug Administration", "U.S.", "US", "United States", "America"],
    "eu": ["EMA", "European Medicines Agency", "European Commission", "EU", "European Union", "Europe", "European",
           "CHMP"],
    "uk": ["MHRA", "Medicines and Healthcare products Regulatory Agency", "UK", "U.K.", "Britain",
           "Great Britain", "United Kingdom", "England", "Scotland", "Wales", "British"],
    # a health-technology assessor's or payer's decision ("NICE cleared it for
    # the NHS") is whether a health service pays, not the regulator's approval
    "uk-payer": ["NICE", "NHS", "SMC"], "canada-payer": ["CADTH"], "germany-payer": ["G-BA", "IQWiG"],
    "australia-payer": ["PBAC"],
    "canada": ["Health Canada", "Canada", "Canadian"],
    "japan": ["Japan", "Japanese", "PMDA", "Pharmaceuticals and Medical Devices Agency"],
    "china": ["China", "Chinese", "NMPA", "National Medical Products Administration"],
    "australia": ["Australia", "Australian", "TGA", "Therapeutic Goods Administration"],
    "india": ["India"], "switzerland": ["Switzerland", "Swiss", "Swissmedic"],
    "who": ["WHO", "World Health Organization"],
    "brazil": ["Brazil", "Brazilian", "Anvisa", "ANVISA"], "argentina": ["Argentina", "ANMAT"],
    "mexico": ["Mexico", "Mexican", "COFEPRIS"], "colombia": ["Colombia", "INVIMA"], "indonesia": ["Indonesia", "BPOM"],
    "south-korea": ["South Korea", "Korea", "South Korean", "Korean", "MFDS"],
    "singapore": ["Singapore"], "thailand": ["Thailand"],
    "malaysia": ["Malaysia"], "philippines": ["Philippines"], "vietnam": ["Vietnam"], "taiwan": ["Taiwan"],
    "south-africa": ["South Africa", "SAHPRA"], "nigeria": ["Nigeria", "NAFDAC"], "kenya": ["Kenya"],
    "israel": ["Israel"], "saudi-arabia": ["Saudi Arabia"], "turkey": ["Turkey"], "russia": ["Russia"],
    "new-zealand": ["New Zealand", "Medsafe"], "norway": ["Norway"],
}
# (Adjectives too: "the Swiss authorities approved it", "Japanese regulators".)
# A payer's key is its country's and this suffix: for events that are no
# regulator's decision (EVENTS_OF_A_REGULATOR) the payer stands for its country.
PAYER_SUFFIX = "-payer"
# Events a regulator or a payer decides, in one jurisdiction each: a date of one
# that names no jurisdiction is its article's home one's (the jurisdiction it
# names most). Other events (an outbreak declared, imports suspended, a law
# signed) happen where they happen, whatever the article's home.
EVENTS_OF_A_REGULATOR = {"approval", TRIAL_CLEARANCE, "submission", "withdrawal", "expansion", "narrowing",
                         "recommendation", "decision", "launch", "expiry", "prequalification"}
# A date naming no event in a sentence that gives a vote's tally ("In September
# 2024 the committee voted 10-2 that ...") times that vote: one body's votes at
# two meetings are two events, so vote dates are compared only when their
# tallies are one vote's (conflicts._comparable).
VOTE_EVENT = "vote"
# A story's own dateline times its filing, no event of what it reports: never
# compared across sources.
# A body's recommendations are many events over the years, and so are detections
# other than the first: their dates are not compared either.
DATE_EVENTS_NOT_COMPARED = {"dateline", "recommendation", "detection"}
# A topic cites many papers ("published in 2019"): the dates one work was
# published are compared only when the two sentences name it alike, at least
# this many names in common (the journal, the team's city, its agency), or one
# trial (conflicts._one_work).
ONE_WORK_SHARED_NAMES = 2
# Two figures beside one distinctive figure of their sentences, on the same side,
# tell the same facts side by side (comparable._beside_figures,
# conflicts.CONFIDENCE_BESIDE): "85,000 cases and 19,000 deaths". Counts up to
# BESIDE_MIN_COUNT are too common to be distinctive ("two doses", "12 sites"), and
# so are the kinds left out of BESIDE_KINDS: a date, a follow-up time, an age or a
# dose is shared by many facts of one topic ("at 30 months", "the 10 mg dose").
BESIDE_MIN_COUNT = 12
BESIDE_KINDS = frozenset({"percent", "count", "money", "rate", "ratio"})
# A date naming no event in a sentence that gives a distinctive figure times
# that figure's fact ("deaths peaked at 114,670 in the 12 months ending June
# 2022", "the $11.5 billion purchase of Acceleron in 2021"): two sources giving
# the figure with other dates disagree on when. Distinctive: at least
# DATED_FIGURE_MIN_DIGITS significant digits ("5,674 cases", "$933 million",
# "76.4 years"), fewer being shared by many facts of a topic ("12 weeks", "45%").
DATED_FIGURE_EVENT = "figure"
DATED_FIGURE_MIN_DIGITS = 3
DATED_FIGURE_KINDS = BESIDE_KINDS | {"number"}  # ("down from 114,670 in 2023")
# A date right after these words is when a figure holds ("as of Feb. 10, FEMA
# had approved $72.3 million"), not when the event its clause names happened.
AS_OF_MARK = re.compile(r"\bas (?:of|at)\s+$", re.IGNORECASE)
# A date or a follow-up time that no event word names, told right beside a
# distinctive figure ("10.93% had a serious adverse event within 30 days", "the
# $199 price for the first two months"): another article giving that figure
# with the same word before its date or time ("within 45 days") retells the
# same fact, so the two must agree. The figure nearest to it in its sentence is
# the one it belongs to; the word before it tells its role ("within", "for").
# A figure past a comma is farther than any before it ("77.0 in 2020, 76.4 in
# 2021": 2020 is 77.0's), and one more than RETOLD_REACH_WORDS words away is
# another clause's.
RETOLD_EVENT = "retold"
RETOLD_KINDS = frozenset({"date", "duration"})
RETOLD_REACH_WORDS = 12
RETOLD_SEPARATORS = ",;:()[]–—"
# Words by which a date without a written year tells its year ("last June",
# "three years ago", "this past spring"): a guessed year ("Feb. 9") times no figure.
DATED_FIGURE_DEICTIC_WORDS = {"last", "ago", "past", "this", "next"}
# "that year", "the same season", "that July": a period named in an earlier
# sentence, whose year the figure holds for (comparable._with_year_referred_to).
REFERRED_PERIOD_WORDS = {"year", "season"} | MONTH_NAMES
# A date that is the only figure of its sentence times what the sentence tells
# ("the agency's committee turned the drug down in December 2022"), even
# without an event word: it is compared by its words, as a forecast is. Not
# one bounding a period ("have risen since 2021", "between 2023 and 2024"):
# that is a trend's baseline, no event.
PERIOD_BOUND_WORDS = {"since", "between", "from", "until", "till", "through", "throughout", "during"}
# Kinds of figures that, coordinated for two groups ("7.1% of men and 9.4% of
# women reported ..."), share what the second is said to measure (context._shared_predicate).
SHARED_PREDICATE_KINDS = {"percent", "rate"}
# A conjunction between two figures of a clause: the words after it belong to the second.
FIGURE_JOINERS = {"and", "or", "but", "while", "whereas"}
# Words a figure coordinated with an earlier one of its kind may add and still
# name nothing of its own ("and $71.3 million in the first quarter", "and by
# 38% in the second study"): when, in which study, among whom (context._coordinated_peer).
COORDINATED_FRAME_WORDS = {"quarter", "quarters", "year", "years", "month", "months", "week", "weeks", "day", "days",
                           "half", "study", "studies", "trial", "trials", "group", "groups", "arm", "arms",
                           "cohort", "period", "respectively", *POPULATION_NOUNS}
# Words that end the clause a claim belongs to.
# ... but "because of" and "due to" open a reason given as a phrase, which is
# part of its clause ("Discontinuation because of adverse events occurred in 3.9%").
REASON_PREPOSITIONS = {("because", "of"), ("due", "to")}
CLAUSE_BREAKS = {";", ":", "(", ")", "—", "–", "but", "whereas", "while", "although",
                 "compared", "versus", "vs", "vs.", "which", "meaning", "because", "due"}

# --------------------------------------------------------------------------
# Claim frames (frames.py): subject names, status, as-of dates
# --------------------------------------------------------------------------
# A company's suffix: its name is the word before ("Medexa Inc.").
COMPANY_SUFFIXES = {"Inc", "Corp", "Ltd", "LLC", "Plc", "PLC"}
# Capitalized words that name no thing a figure is about: calendar words,
# interview and heading markers, and words that open a sentence or a heading.
NOT_NAME_WORDS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Q", "A", "I",
    "Dr", "Mr", "Ms", "Mrs", "Prof", "Update", "Updated",
    *COMPANY_SUFFIXES,
    "Published", "Posted", "Read", "Share", "Related", "Sources", "Source", "Note", "Editor", "Photo",
    "Figure", "Table", "Results", "Methods", "Background", "Conclusions", "Conclusion", "Findings",
    "Interpretation", "Objective", "Design", "Setting", "Participants", "Introduction", "Discussion",
    # statistical notation
    "CI", "HR", "OR", "RR", "SD", "SE", "IQR", "NNT", "ARR", "RRR", "P", "N",
    # common technical abbreviations: what is measured or how, never what a figure
    # is about ("swelling on MRI scans", "mean BMI was 38.0")
    "MRI", "CT", "PET", "BMI", "ECG", "EKG", "EEG", "DNA", "RNA", "ICU", "IV", "GDP", "CEO", "CFO",
    "GI", "ER", "ED", "BP", "LDL", "HDL", "HbA1c", "A1C",
    "PhD", "MD", "FAQ", "PDF", "URL", "AM", "PM", "ET", "EST", "EDT", "PT", "PST", "GMT", "UTC", "TV",
}
# A name right after one of these (up to SPEAKER_NAME_REACH words) is the
# person or body who states a figure ("according to the WHO") or a byline, not
# what the figure is about.
SPEAKER_CUES_BEFORE = {"said", "says", "told", "according", "dr", "mr", "ms", "mrs", "prof", "professor", "author",
                       "reporter", "spokesperson", "spokesman", "spokeswoman"}
SPEAKER_NAME_REACH = 3
# "according to data from the CDC, ..." names the source up to its comma (at most
# this many words): every name there is the source's, none the figure's subject.
SOURCE_PHRASE_OPENERS = {"according"}
SOURCE_PHRASE_REACH = 14
# After one of these marks a word is capitalized as the first of a sentence.
OPENING_MARKS = {":", "•", "·", "-", "–", "—", "\"", "“", "‘", "(", "[", "*", "#", "?", "!", "."}
# A name right before one of these (perhaps with an auxiliary between) reports
# a figure: "the CDC had confirmed 1,333 cases", "Lilly said".
REPORTING_VERBS = {"said", "says", "say", "reported", "reports", "confirmed", "confirms", "counted", "counts",
                   "announced", "announces", "estimated", "estimates", "noted", "notes", "recorded", "tallied",
                   "told", "stated", "states", "wrote", "writes", "found", "finds", "added"}
# Verbs of putting out data or a paper: a date within a few words after one
# ("released provisional figures on May 14", "published in 2023") is when it came
# out, not the period its figures are for.
RELEASE_VERBS = {"released", "releases", "published", "publishes", "issued", "issues", "posted"}
RELEASE_VERB_REACH = 5  # words before the date
# After a reporting verb, a date after one of these is the period reported on,
# not when it was said: "deaths estimated for 2023" (frames._reported_on).
PERIOD_PREPOSITIONS = {"for"}
# A poll is taken days before it is released: "a survey released in November
# found 66%" gives the figure November, unlike data released about a past period.
POLL_NOUNS = {"poll", "polls", "survey", "surveys"}
# Words that open a coordinated clause (", and the first one opened in June").
COORDINATING_WORDS = {"and", "but", "while", "whereas", "yet"}
AUXILIARIES = {"had", "has", "have", "was", "is", "also", "previously", "earlier", "then"}
# Of those verbs, the ones that count: a date right after them ("1,179 deaths
# recorded last year") is the period counted, not when it was said.
TALLYING_VERBS = {"recorded", "counted", "tallied", "logged", "registered"}
# Before a reporting verb, these make it passive ("were reported in 2024"): the
# date after it is the period counted, as after a verb of counting.
PASSIVE_AUXILIARIES = {"was", "were", "been", "being", "is", "are"}
# A maker named with its product once in an article ("Vertex's Casgevy",
# "Casgevy, developed by Vertex", "Arexvy (GSK)") is named with it in all of the
# article's sentences (frames.maker_links): a figure about "Vertex's pivotal
# trial" is about Casgevy. The cues before the maker, and the lower-case words a
# possessive may have before the product ("Lilly's Alzheimer drug Kisunla"):
MAKER_CUES = ["developed by", "made by", "marketed by", "sold by", "manufactured by", "from"]
MAKER_POSSESSIVE_GAP = 3
# A sentence naming nothing that opens with one of these ("It lists at $295 a
# dose.") is about the first name of the sentence before it in its paragraph.
# A clause after ", and" naming nothing but holding one of these is about the
# names of the clause before it ("..., and 2.3 million enrollees used it").
CLAUSE_PRONOUNS = {"it", "its"}
SUBJECT_PRONOUNS = {"it", "its", "the", "this", "that"}
# "Glucora, the gene therapy from Medexa, lists at $2.2 million": a word opening a
# sentence, then an appositive opening with one of these between commas, is the
# subject of the clause after the appositive.
APPOSITIVE_OPENERS = {"the", "a", "an"}
# A relative clause opening a figure's clause (", which was 2.37 per 100
# person-years") measures the noun phrase before its comma: up to this many words.
RELATIVE_PRONOUNS = {"which", "that"}
RELATIVE_ANTECEDENT_REACH = 4
# A figure set off by commas after a noun phrase ("The admission rate for older
# adults, 31.4 per 100,000, was ...") measures that phrase: back to its determiner,
# a clause break or this many words, when the figure and its unit take at most
# APPOSED_FIGURE_TAIL words before the closing comma. A phrase opening the sentence
# with one of APPOSED_OPENING_WORDS says where or among whom ("In the second
# cohort, 27%, ..."), no measure.
APPOSED_PHRASE_REACH = 8
APPOSED_FIGURE_TAIL = 5
APPOSED_PHRASE_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}
APPOSED_OPENING_WORDS = {"in", "on", "at", "of", "for", "from", "by", "with", "among", "according",
                         "after", "before", "during", "since", "until", "as", "overall", "altogether",
                         "together", "all", "still", "yet", "so", "and", "or", "then", "today",
                         "meanwhile", "however", "instead", "nationally", "globally", "worldwide"}
# A name, a comma and one of these open a relative clause about that name ("after
# Arikayce, which the FDA cleared in 2019"): a figure in it is about the name, not
# the sentence's subject (subjects._relative_subject). ("That" after a comma is
# rarely relative: "said, that ...".)
RELATIVE_SUBJECT_PRONOUNS = {"which", "who", "whose"}
# A participle phrase after a comma ("Glucora, approved in March 2021, ...",
# "sold as Veltrix, launched last year") is about the noun before the comma:
# a figure in it takes that name as its subject. A participle is a word ending
# "-ed" or one of these, followed by one of PARTICIPLE_FOLLOWERS (so "Overall,
# treated patients ..." opens no such phrase).
IRREGULAR_PARTICIPLES = {"sold", "given", "known", "taken", "shown", "begun", "won", "made", "held", "set",
                         "brought", "bought", "built", "sent", "cut"}
PARTICIPLE_FOLLOWERS = {"in", "on", "by", "at", "for", "since", "last", "this", "from", "as", "under", "until",
                        "after", "before", "early", "late", "earlier", "only"}
# Capitalized words of official names that name a kind of body, not one body:
# two names that share only these ("Advisory Committee on Immunization
# Practices", "Vaccines and Related Biological Products Advisory Committee")
# are not shown to be one.
GENERIC_NAME_WORDS = {"Committee", "Committees", "Advisory", "Panel", "Board", "Council", "Commission",
                      "Agency", "Administration", "Department", "Office", "Institute", "Institutes",
                      "Center", "Centers", "Centre", "Service", "Services", "Association", "Society",
                      "National", "Federal", "State", "Health", "Public", "Inc", "Company", "Group"}
# Endings of international nonproprietary names (WHO INN stems): a lower-case
# word ending so is a drug's name ("tirzepatide", "lecanemab", "nirmatrelvir"):
# what a figure is about, not what it measures, so it is left out of the
# measure words (not made a subject name: stories name the drug by its brand,
# "Leqembi", and nothing here links the two).
DRUG_NAME_STEMS = ("mab", "tide", "glutide", "patide", "vir", "tinib", "ciclib", "parib", "prazole",
                   "sartan", "statin", "pril", "olol", "dipine", "floxacin", "mycin", "cillin", "cycline",
                   "gliflozin", "gliptin", "lukast", "setron", "semide", "zolam", "azepam", "oxetine",
                   "afil", "lisib", "rafenib", "zomib", "platin", "rubicin", "taxel", "navir", "previr",
                   "buvir", "asvir", "tegravir", "cept", "kinra", "parin", "plase", "relin", "tecan",
                   "netant", "nicline")
DRUG_NAME_MIN_LENGTH = 8  # short words ending so are common words
NOT_DRUG_NAMES = {"peptide", "peptides", "polypeptide", "nucleotide", "oligonucleotide", "dipeptide",
                  "statin", "statins", "intercept", "riptide", "eventide"}
# Names right after one of these are what a measure is of or what a product is
# for, not what the figure is about ("efficacy against RSV lower respiratory
# tract disease", "sold since 2022 to treat HIV that ..."): every article on
# the topic names the disease, so it tells no two products apart.
MEASURE_OBJECT_CUES = {"against", "treat", "treats", "treating", "prevent", "prevents", "preventing"}
MEASURE_OBJECT_REACH = 3
# A reporter followed by one of these reports on its own product: it is also what the figure is about.
OWNER_WORDS = {"its", "their", "our"}
# Small words inside a name ("Food and Drug Administration").
NAME_JOINERS = {"and", "of", "for", "the", "&"}
# How many words before a figure (within its clause) can make it not asserted.
STATUS_REACH = 8
# A figure in an if-clause is a hypothetical ("if the outbreak reaches 1,000 cases").
# "three of every four doses" is a share; "10 of every 100,000 adults" a rate,
# read as the count it is beside its population (extract/ranges.proportion)
OF_EVERY_MAX_WHOLE = 100
HYPOTHETICAL_CUES = {"if", "unless", "suppose", "supposing", "imagine", "hypothetically", "hypothetical"}
# ... and so is the weight or age of one person taken as an example ("for a 70
# kg adult, the limit works out to 2,800 mg", "for a 40-year-old woman"): two
# explainers' examples of other people do not contradict each other.
EXAMPLE_PERSON_KINDS = {"mass", "age"}
EXAMPLE_PERSON_OPENERS = (["for", "a"], ["for", "an"])
# A figure right after one of these is denied ("the cap is $35, not $15").
NEGATED_BEFORE = {"not", "never", "nor"}
# ... and so is one right after "any" in a negated clause ("found no record of
# any 7-5 split", "did not report any 12-month data").
NEGATIVE_POLARITY_WORDS = {"any"}
# ... and so is one at most NEGATED_VERB_REACH words after a negation, all of them
# words ("does not cost $1 million", "did not work for 9 in 10", "has not killed
# three in four"), unless one of them bounds a time ("not until 2027" dates what
# happens) or limits the denial ("not only 5%", "not just"), and one after these
# phrases. ("not more than 100" is a bound, read with the figure: at most 100.)
NEGATED_VERB_REACH = 2
NOT_DENYING_AFTER_NEGATION = {"until", "till", "before", "after", "only", "just", "even", "since", "expected",
                              "due", "scheduled"}
NEGATING_PHRASES_BEFORE = [["nowhere", "near"], ["far", "from"]]
# A time after a negated verb is when it did not happen, still a time the
# article gives: "did not respond within 12 weeks", "did not smoke for a year".
KINDS_A_NEGATED_VERB_TIMES = {"duration", "date"}
POLARITY_NEGATIONS = {"no", "not", "never", "n't", "without", "nor"}
# A figure in a claim the text reports in order to dispute it ("a viral post
# claimed more than 100 children ...").
DISPUTED_CUES = {"claimed", "claiming", "falsely", "wrongly", "erroneously", "incorrectly", "purportedly",
                 "allegedly", "debunked", "rumored", "rumoured", "viral", "misleadingly"}
# A figure whose clause says it holds now is as of its article's date: "a vial
# now lists for $66.40" is not contradicted by "$21 when it launched in 1996".
NOW_WORDS = {"now", "currently", "today", "presently"}
NOW_REACH = 60  # characters before the figure
# A count after one of these is of the people a condition affects ("affects
# about 150 people", "estimated to affect"): a stock, not a running tally, so it
# is not dated by its article (comparable._as_of).
PREVALENCE_WORDS = {"affects", "affect", "affecting"}
# A figure whose clause gives it for the current year ("the cap is $2,000 this
# year") is as of its article's year: the same cap "this year" in articles of
# two years is two years' caps.
THIS_YEAR_CUES = ["this year", "this calendar year", "so far this year", "the current year"]
# A line opening with one of these quotes a claim a fact-check goes on to test.
DISPUTED_OPENERS = ("claim:", "the claim:", "claims:")
# So does a sentence telling what a post, a video or a meme says (in lower case:
# "the Post said" is a newspaper): "A post shared widely on Facebook says ...",
# "The video also claims ...", and "the claim that ..." (a fact-check that agrees
# says so: "the post correctly states"; a maker's "Acme claims that" is its own).
REPORTED_CLAIM = (r"\b(?:[Aa]|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?"
                  r"(?:post|posts|video|videos|meme|memes|tweet|tweets)\b"
                  r"(?:\s+(?:shared|posted|circulating|viewed)\b[^.;:]{0,60}?)?"
                  r"\s+(?:also\s+)?(?:says|said|claims|claimed|states|stated|asserts|asserted|suggests|warns)\b"
                  # "the claim that it kills one in ten", "the post's claim that"
                  r"|(?:\b[Tt]he|['’]s)\s+(?:[\w-]+\s+)?claim\s+that\b")
# Statuses of figures that the article does not assert: never compared.
UNASSERTED_STATUSES = {"hypothetical", "negated", "disputed", "questioned", "personal"}
# A figure up to PERSONAL_REACH words after one of these is what a person tells
# of themselves ("I lost 60 pounds"); a blogger's "I tell my patients the risk
# is 7 per million" reports a figure.
FIRST_PERSON_SINGULAR = {"i", "my", "me", "i'm", "i've", "myself"}
PERSONAL_REACH = 3
# A clause opening with one of these is about the date that ends the clause
# before it: "back to 1992, when the country counted 2,237 cases".
BACK_REFERENCE_WORDS = {"when", "where", "by", "at"}
# A date after one of these is a baseline another figure is set against, not
# the date the figure is given for: "the most since 1992".
BASELINE_WORDS = {"since", "than", "from", "over", "versus", "vs", "vs."}
# ... with a preposition between: "more than in 2023", "fewer than during 2020".
DATE_PREPOSITIONS_AFTER_BASELINE = {"in", "during", "at"}
# ... and so is the date of a "since" clause telling what started then ("864
# cases since surveillance began in 1993", "27 cases since its first in 1993"):
# the period's start, not when the count stood.
STARTING_VERBS = ["began", "begun", "started", "opened", "launched", "emerged", "arrived", "first"]
# A sentence opening with a short phrase led by one of these ("As of July 29,",
# "In the 2023-24 school year,") gives its date to every figure of the sentence.
DATE_OPENERS = {"as", "by", "in", "on", "at", "during", "through", "throughout", "until", "for", "after", "when",
                "from"}
OPENER_MAX_WORDS = 9  # ("From September 29, 2024, through September 13, 2025,")
# The geographic scope a figure is given for, from its measure words or the
# adverb its sentence opens with: figures of different scopes (a county's rate,
# the national one) are different quantities.
SCOPE_WORDS = {"national": "national", "nationally": "national", "nationwide": "national",
               "statewide": "state", "county": "county", "countywide": "county", "district": "district",
               "citywide": "city", "city": "city", "global": "global", "globally": "global",
               "worldwide": "global", "local": "local", "locally": "local"}
# Kinds of an event that are different events: an emergency authorization is
# not the full approval that follows it. A date names its kind by one of these
# words just before its event word ("accelerated approval in January"). A plain
# "approved in 2022" may be either kind: it is compared with each.
EVENT_KINDS = {"emergency": "emergency", "accelerated": "accelerated", "conditional": "conditional",
               "interim": "interim", "provisional": "provisional", "temporary": "temporary",
               "expanded": "expanded", "full": "full", "traditional": "full", "standard": "full", "final": "full",
               # "the FDA also cleared Zepbound for sleep apnea": another approval of the product
               "also": "expanded", "additional": "expanded",
               # a generic's or a biosimilar's approval ("approved a generic version
               # in 2021") is another product's, not the original's
               "generic": "generic", "generics": "generic", "biosimilar": "biosimilar",
               "biosimilars": "biosimilar"}
# Kinds that may follow the verb of their event, as its object ("cleared the
# first generic of it"), as well as precede its noun ("generic approval").
EVENT_KINDS_AS_OBJECT = ["generic", "generics", "biosimilar", "biosimilars"]
# Words that make a sentence tell of a product other than the one its article is
# about ("its rival Corvex won approval in 2022", "the only other approved
# treatment"): the dates of its events are that product's, compared only with
# the dates of sentences that tell of a rival too.
RIVAL_WORDS = ["rival", "rivals", "competitor", "competitors", "competing", "only other", "another drug",
               "another treatment"]
# A drug named this many words at most after a rival word is the rival
# ("Merck's rival pill, molnupiravir"; comparable._called_a_rival).
RIVAL_NAME_GAP = 3
# A sentence that tells of an earlier instance of what its article reports
# ("the last Marsh fever outbreak", "the previous season", "its predicate
# device") gives that one's figures: against a figure told plainly, less certain.
# Not "last week the outbreak ...": a time word after the adjective dates the clause.
EARLIER_INSTANCE_ADJECTIVES = ["last", "previous", "prior", "preceding", "earlier", "predicate"]
EARLIER_INSTANCE_NOUNS = ["outbreak", "epidemic", "pandemic", "season", "wave", "device", "version", "generation"]
EARLIER_INSTANCE_GAP = 3  # words between ("the last Sudan virus outbreak")
EARLIER_INSTANCE_TIME_WORDS = sorted({"day", "week", "weekend", "month", "year", "night", "summer", "winter",
                                      "spring", "fall", "autumn"} | MONTH_NAMES | set(WEEKDAYS))
# Adverbs right before the verb of an approval that make it the product's first
# one ("first approved in 2017 for eczema"), not one for a new use: its kind.
ORIGINAL_EVENT_ADVERBS = ["first", "originally"]
ORIGINAL_EVENT = "original"
# The kinds a plain "approved in 2022" may be: the first approval of a product,
# accelerated or full (an emergency authorization or an expanded approval is
# said to be one).
KINDS_OF_A_PLAIN_EVENT = {"accelerated", "full"}
# Dosage forms a product name may carry ("injectable Wegovy", "the Wegovy
# pill"): one name in two forms is two products, each approved on its own.
DOSAGE_FORMS = {**dict.fromkeys(["pill", "pills", "tablet", "tablets", "oral", "capsule", "capsules"], "oral"),
                **dict.fromkeys(["injection", "injections", "injectable", "injected", "shot", "shots",
                                 "autoinjector", "infusion", "intravenous", "subcutaneous"], "injected"),
                **dict.fromkeys(["spray", "nasal"], "nasal")}
# U.S. states, as a figure's nearest name ("Louisiana's rate was 39.2%, West
# Virginia's 41.4%"): the state a sentence opens with is not the subject of a
# figure naming another (frames.two_places, conflicts._with_opening_name). A
# name of two words is its last word, as names are read ("West Virginia" is
# "virginia").
US_STATES = {"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
             "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
             "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
             "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas",
             "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming", "hampshire", "jersey", "carolina",
             "dakota"}
# Two ages of one person a year apart in stories published this many days apart
# or more, the older in the later story, may both be right (a birthday between).
BIRTHDAY_GAP_DAYS = 183
AVERAGE_WORDS = {"median", "mean", "average"}
# Figures more than this many times apart (other than shares and dates) count
# or price different things: a national total and a cost per patient.
MAGNITUDE_MAX_RATIO = 100
# Figures this many times apart, the larger at least FAR_APART_MIN, are less
# likely one quantity misreported than two quantities: so much lower confidence
# (conflicts.CONFIDENCE_FAR_APART) that only a pair framed alike in more than its
# measure's words (one trial, one arm, qualifiers in common) is reported.
FAR_APART_RATIO = 3
# Two study sizes this many times apart, naming no trial in common, are less
# likely one study's (conflicts._sizes_apart).
SIZES_APART_RATIO = 1.25
# Two values with the same digits reordered are one figure mistyped when they
# have at least this many ("12" and "21" may well be two quantities).
TRANSPOSED_MIN_DIGITS = 3
# Kinds an article gives so many of (a share of every group and outcome) that two
# with reordered digits are often two quantities: they need a measure word in
# common as well to be compared (conflicts._one_figure_mistyped).
KINDS_TOO_COMMON_FOR_DIGITS = {"percent"}
# A figure of at least this many digits, not round and not a year ("216",
# "90.4", "17,500"), given in two sentences beside two other figures dates both
# to one data cut (conflicts._one_data_cut): shorter ones are shared by chance.
DATA_CUT_FIGURE_MIN_DIGITS = 3
# ... and a plain four-digit figure in this range is taken for a year there, not a
# count ("in 2024" dates the sentence; "N = 1638" is a figure)
LIKELY_YEARS = (1900, 2100)
FAR_APART_MIN = 10
# Words that count one thing before its noun: "a single dose" is one dose.
SINGLE_WORDS = {"single": 1, "lone": 1, "double": 2}
# Nouns a regimen is counted in that name one dose however given: "a single
# shot", "one injection", "two jabs" (as stems: the regimen tag is "dose-1-dose").
REGIMEN_NOUN_FORMS = {"shot": "dose", "injection": "dose", "jab": "dose", "infusion": "dose",
                      "inocul": "dose"}
# What a regimen is counted in (stems, after REGIMEN_NOUN_FORMS): "two doses",
# "three sessions", "a single treatment". A count of anything else near a share
# ("with 7 cases", "a single-blind trial", "two symptoms") is no regimen.
REGIMEN_NOUNS = {"dose", "session", "course", "cycle", "treatment", "tablet", "pill", "capsule", "booster",
                 "round"}
# A line opening with one of these lists where the article's facts come from
# (a source line, a reference list): its dates and numbers are no claims to compare.
CITATION_OPENERS = ("source:", "sources:", "references", "reference:", "citation:", "citations:",
                    "data source", "read more:")
# Statistical notation (extract/statistics.py)
# --------------------------------------------------------------------------
# The word before a figure (after "=", ":", a comma or "of") that says what
# statistic it is: "n=241", "N = 612", "p<0.001", "HR 0.21", "hazard ratio, 0.27".
# Case matters for the short forms ("OR" is an odds ratio, "or" a conjunction).
STATISTIC_MARKS: dict[str, str] = {
    "n": "sample_size", "N": "sample_size", "p": "p_value", "P": "p_value",
    "HR": "hazard_ratio", "aHR": "hazard_ratio", "OR": "odds_ratio", "aOR": "odds_ratio",
    "RR": "risk_ratio", "aRR": "risk_ratio", "IRR": "risk_ratio",
}
STATISTIC_PHRASES: dict[str, str] = {
    "hazard ratio": "hazard_ratio", "odds ratio": "odds_ratio", "risk ratio": "risk_ratio",
    "relative risk": "risk_ratio", "rate ratio": "risk_ratio",
}
# What may stand between the mark and the figure: "n = 150", "HR, 0.27", "(HR 0.21",
# "a hazard ratio of 0.74", "p < 0.001" (a comparator is the figure's bound).
STATISTIC_GAP = {"=", ":", ",", "of", "was", "were", "is", "<", ">", "≤", "≥", "<=", ">="}
STATISTIC_GAP_WORDS = BOUND_WORDS.keys() | {"just", "only"}  # "the hazard ratio was just 1.05"
STATISTIC_VERBS = {"was", "were", "is"}
# A phrase may name its endpoint before the figure: "hazard ratio for death or
# permanent ventilation, 0.27" (words from "for" back to the phrase, at most).
STATISTIC_ENDPOINT_REACH = 8
# A sentence that speaks of allocating people to arms, for an allocation ratio
# written with colons ("randomized 2:1", "a 1:1:1 ratio"): clock times and
# scores are written the same way.
ALLOCATION_CUE = r"\brandomi[sz]|\brandomly\b|\bassign|\ballocat|\bratio\b"
ALLOCATION_STATISTIC = "allocation"
ALLOCATION_PART_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4}
# The unit a ratio claim gets.
RATIO_UNITS = {"hazard_ratio": "HR", "odds_ratio": "OR", "risk_ratio": "RR"}
# An interval: a range right after one of these (and a comma, colon or
# parenthesis) is a confidence interval, one claim with statistic "ci".
INTERVAL_MARK = re.compile(r"(?:\bCI|\bCrI|\bUI|(?:confidence|credible|uncertainty|prediction) interval)[\s,:;=(]*$")
INTERVAL_MARK_REACH = 30  # characters before the range searched for the mark
# A spread: a range right after these is an interquartile range, one claim with
# statistic "iqr" ("a median of $18.4 million (IQR 7.9-39.6)"): the middle half
# of the values, in its median's unit, no estimate and no interval of one.
SPREAD_MARK = re.compile(r"(?:\bIQR|interquartile range)[\s,:;=(]*$")
# A vote tally ("voted 8-3", "passed 51-50", "voted nine to two", "unanimously,
# 11-0"): two figures joined by a dash or "to", the first not smaller, with one
# of these words up to TALLY_CUE_REACH tokens before or after them.
TALLY_CUES = {"voted", "vote", "votes", "voting", "tally", "ballot", "passed", "unanimously", "unanimous", "split",
              "deadlocked",
              "approved", "rejected", "endorsed", "recommended", "favor", "favour", "against",
              # a court's vote: "decided 5-4", "a 6-3 ruling", "ruled 7-2"
              "ruling", "ruled", "decided", "decision",
              # a bill clearing a chamber ("cleared the Senate 63-37"), a vote's margin ("by a 7-3 margin")
              "cleared", "margin",
              # a chamber confirming a nominee ("confirmed by the Senate 72-28")
              "confirmed", "confirmation",
              # a panel's answer in other verbs ("backed the drug 10-1", "sided with the company 12 to 1")
              "backed", "supported", "sided", "favored", "favoured",
              # a court's or a chamber's outcome in other verbs ("agreed, 8-3", "upheld
              # the ban 6-3", "overturned the verdict 5-2", "the measure failed 49-49")
              "agreed", "affirmed", "upheld", "overturned", "reversed", "failed", "defeated"}
TALLY_CONNECTORS = {"-", "–", "—", "‐", "to"}
# A year after one of these is a date, never a tally's count ("from 210 in 2020 to 930").
YEAR_PREPOSITIONS = {"in", "since", "by", "until", "from", "during", "through", "before", "after"}
# A tally whose counts name their sides ("eight in favor and three against",
# "9 yes votes to 2 no votes"): the count for, then the count against.
TALLY_FOR_SIDES = {"in favor", "in favour", "for", "yes", "in support"}
TALLY_AGAINST_SIDES = {"against", "opposed", "no"}
TALLY_SIDE_JOINERS = {"and", ",", "to", "with"}
# A side no one voted for: "124 votes to none", "125 in favor, none against".
TALLY_NONE_WORDS = {"none", "nobody"}
# "three voted yes": a bare number right before "voted" counts voters; so does
# one before "said yes", "said no" or "were uncertain", how advisory panels'
# answers are reported ("seven said no, one said yes and three were uncertain").
VOTED_WORDS = {"voted"}
# Right before a tally, these give its count for first whatever the order: "voted
# 2 to 9", "split 6-7 on efficacy", "the motion failed 4-7" (a vote that fails
# has fewer for); after any other word a larger first count is no tally.
ANY_ORDER_TALLY_WORDS = VOTED_WORDS | {"split", "failed"}
# A date up to this many words after "voted" dates the vote, whatever event
# its motion names ("voted 15-1 in May against granting it approval").
VOTE_DATE_REACH = 4
ANSWER_VERBS = {"said"}  # before a side: "said no"
UNDECIDED_PHRASES = ["were uncertain", "was uncertain", "voted uncertain", "were undecided", "was undecided"]
# "voted 8-2 against": the larger count of a tally said to be against is against.
TALLY_AGAINST_AFTER = {"against", "opposed"}
# ... and so is one on a motion put in the negative ("voted 10-2 that the data
# did not show it was effective": ten said no to the question), a "that" clause
# with one of these words before the clause ends.
MOTION_OPENERS = {"that"}
MOTION_NEGATIONS = {"not", "n't", "no", "never", "failed"}
MOTION_REACH = 16  # tokens
# "voted against both plans, 5-3 and 7-1": at most this many tokens from "voted against" to the tally.
VOTED_AGAINST_REACH = 10
# A vote's date between its tally and its motion ("voted 7-3 on Friday that ..."): at
# most this many words, each a number, a month or weekday name, or one of these.
VOTE_DATE_MAX_WORDS = 4
VOTE_DATE_WORDS = {"on", "in", "at", "over", "during", "the", "last", "this", "late", "early", "mid", "week",
                   "month", "year", "today", "yesterday", "summer", "spring", "fall", "autumn", "winter", ","}
TALLY_VOTE_NOUNS = {"votes", "vote", "members", "member"}
# "voted unanimously, with all 11 members agreeing": all the voters of a
# unanimous vote, up to this many characters after "unanimous(ly)" in its
# sentence, are its votes for (and none against).
UNANIMOUS_REACH = 80
UNANIMOUS_WORD = r"\bunanimous(?:ly)?\b"
# People who vote: "Ten panelists voted in favor" counts votes for.
VOTER_NOUNS = {"members", "member", "panelists", "panelist", "panellists", "panellist", "advisers", "adviser",
               "advisors", "advisor", "trustees", "trustee", "commissioners", "commissioner", "jurors", "juror",
               "senators", "senator", "lawmakers", "lawmaker", "directors", "director", "experts", "expert",
               "voters", "voter", "delegates", "delegate", "councillors", "councilors", "councillor", "councilor"}
# How many tokens after a figure (past a bracket of its statistics) the dose of
# its group may come: "-20.9% (95% CI, -21.8 to -19.9) with 15 mg".
DOSE_AFTER_REACH = 8  # tokens
DOSE_INTRODUCERS = {"with", "on", "of", "for", "at", "in", "to", "taking", "took", "given", "got", "receiving",
                    "received", "assigned"}
# At most this many characters between a list of figures and the list of doses
# that gives each its group ("24.6%, 33.3% and 31.0% of the 5, 10 and 15 mg groups").
PARALLEL_LIST_GAP = 30
# A pair of numbers right after "and", at most this many tokens after a tally of
# its sentence, is a tally too ("voted 12 to 0 that ... and 10 to 2 that ...").
TALLY_COORDINATION_REACH = 20
# ... also with the name of the body that cast it between ("and the Senate
# 85-11", "and the Appropriations Committee 30-28"): at most this many capitalized words.
TALLY_BODY_MAX_WORDS = 3
TALLY_COORDINATORS = {"and", ","}
# What a vote named in its clause was on: two tallies on different topics are
# two motions ("voted 12-0 on effectiveness and 10-2 on safety").
MOTION_TOPICS = {"safety": "safety", "safe": "safety", "effectiveness": "efficacy", "effective": "efficacy",
                 "efficacy": "efficacy", "benefits": "benefit-risk", "outweigh": "benefit-risk"}
# A sentence opening with the question put to a vote ("Asked whether the data
# showed it was effective, two said yes and nine said no"): its topics are the
# motion of the tallies after the comma.
MOTION_QUESTION_OPENERS = {"asked", "on"}
MOTION_QUESTION_WORDS = {"whether", "if"}
# A tally right after one of these was cast: a fact, whatever forecast its sentence makes.
PAST_VOTE_VERBS = {"voted", "passed", "rejected", "endorsed", "approved", "split", "deadlocked"}
# A tally on "a second question" or "a separate motion" is another motion's.
OTHER_MOTION_WORDS = {"second", "third", "another", "separate", "other", "procedural", "earlier", "later"}
MOTION_NOUNS = {"question", "questions", "motion", "motions", "vote", "measure", "amendment", "bill",
                "proposal", "resolution", "issue"}
# What a vote was on, read from the words of the tally's clause: words that
# tell how, when or by whom a vote was cast say nothing of its motion ("the
# panel voted 7-0 on Friday" against "members passed it 7-4 that morning").
# Two tallies whose clauses each give at least MOTION_MIN_WORDS other words,
# none shared, are likely votes on two motions, whatever counts they share.
VOTE_PROCEDURE_WORDS = {
    "voted", "vote", "votes", "voting", "passed", "backed", "rejected", "endorsed", "approved", "split",
    "favor", "favour", "against", "unanimously", "unanimous", "abstention", "abstentions", "abstaining",
    "abstained", "margin", "tally", "count", "motion", "question", "panel", "panels", "committee", "committees",
    "group", "board", "council", "members", "member", "advisers", "advisors", "adviser", "advisor", "panelists",
    "experts", "meeting", "minutes", "earlier", "later", "instead", "day", "days", "morning", "afternoon",
    "evening", "week", "weeks", "month", "months", "year", "years", "ago", "today", "yesterday", "tonight",
    "advisory", "outside", "agency", "said", "says", "first", "second", "third", "next", "previous", "final",
    "last", "also", "again",
}
MOTION_MIN_WORDS = 2
MOTION_WORD_PREFIX = 6  # letters of a word that stand for its forms
# Clauses of a sentence, for the words of a tally's motion.
MOTION_CLAUSE_BREAKS = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s+but\s+")
TALLY_CUE_REACH = 6  # "the council's vote on the budget was 7-2"
# Cues that, before a tally, name it a vote only right before it ("the board split
# 7-5"): what is split with an object between is shared ("split costs 50-50").
TALLY_CUES_BEFORE_ONLY = {"split"}
# Bodies that vote: one named shortly before a pair makes it its tally, whatever
# its verb ("the Senate Commerce Committee advanced it 16-11", "the justices
# said no, 5-4"); not a thing the body owns ("the council's youth team ... 2-1").
VOTING_BODIES = {"senate", "house", "chamber", "congress", "parliament", "legislature", "assembly",
                 "court", "justices", "judges", "jury", "jurors", "committee", "subcommittee", "panel",
                 "board", "council", "commission", "commissioners", "lawmakers", "legislators", "senators",
                 "representatives", "mps", "advisers", "advisors", "trustees", "regents", "supervisors",
                 "delegates"}
# The chambers of a legislature, by the words that name them: a tally is the
# chamber's named right after it ("34 to 19 in the Senate") or else nearest
# before it, and two chambers' tallies are two votes however close their dates.
CHAMBERS = {"senate": "senate", "senators": "senate", "house": "house", "representatives": "house",
            "congressmen": "house", "commons": "commons", "lords": "lords", "assembly": "assembly"}
# A pair set off by commas (", again 11-1,") after a vote verb of its clause
# (PAST_VOTE_VERBS), at most this many tokens back, is that vote's tally; one
# of TALLY_SET_OFF_WORDS may stand between the comma and the pair.
TALLY_SET_OFF_REACH = 16
TALLY_SET_OFF_WORDS = {"again", "unanimously"}
ABSTENTION_NOUNS = {"abstention", "abstentions"}
# ", with one abstention," between a tally and its motion: stepped over to read the motion
ABSTENTION_WORDS = ABSTENTION_NOUNS | {"abstaining", "abstained"}
ABSTENTION_ASIDE_MAX_TOKENS = 6
# Narrow spaces between groups of three digits ("12 500"): the tokenizer keeps them as tokens.
THOUSANDS_SPACES = {"\u202f", "\u2009", "\u00a0"}
# A sign set apart from its figure ("− 18.4", "+ 0.28"): U+2212 and a plus only
# (a hyphen with spaces is a dash).
SPACED_SIGNS = {"−": -1.0, "+": 1.0}
# How far after a contrasted figure ("compared with 0.7%, or six people, on
# placebo") its arm may be named, and how far before a share its regimen.
CONTRAST_ARM_REACH = 10
REGIMEN_REACH = 20
# A share whose clause after it denies what it counts ("40% did not respond",
# "7 in 10 who use insulin don't take its products") is the share of the
# complement: its measure key gets COMPLEMENT_TAG, and the conflict stage
# compares 100 minus it with the share of the thing itself.
COMPLEMENT_NEGATIONS = {"not", "n't", "never"}
COMPLEMENT_TAG = "complement-of"
# A count right after one of these is a point in time, not a count of the
# protocol: "patients improved after two sessions", "within three doses".
# Words that close a running count ("the final tally was 114 cases"): it holds
# from its date on, so a later article's other figure contradicts it
# (comparable._as_of).
# ("In all, 66 people were infected" is as often a running total: "in all" is no cue.)
FINAL_COUNT_CUES = ["final tally", "final count", "final toll", "final update", "final figures", "final total",
                    "final number", "final numbers", "final report",
                    # what a closed event came to: "the outbreak ended with 100 illnesses"
                    "ended with", "ended at", "finished with", "finished at"]

TIMEPOINT_BEFORE_COUNT = {"after", "within", "following"}

# One country's other names: "Britain" is the UK, "America" the US (England,
# Scotland and Wales stay parts of it: their figures are not the UK's).
PLACE_ALIASES = {"britain": "uk", "america": "us", "usa": "us"}
# Words whose stripped suffix would make them another word's stem: "combination"
# (a regimen: "in combination with bortezomib") is not "combined" (a pooled
# figure, a qualifier: POOLING_WORDS), though both strip to "combin".
STEM_EXCEPTIONS = {"combination": "combination", "combinations": "combination"}
# A place's adjective is the place: "European sites" and "sites in Europe",
# "Brazilian regulators" and "Brazil's regulator" name one place, as a
# figure's subject and among its measure words.
DEMONYMS = {
    "european": "europe", "african": "africa", "asian": "asia", "american": "us",
    "british": "uk", "english": "england", "canadian": "canada", "chinese": "china",
    "indian": "india", "japanese": "japan", "brazilian": "brazil", "mexican": "mexico",
    "german": "germany", "french": "france", "italian": "italy", "spanish": "spain",
    "australian": "australia", "korean": "korea", "argentine": "argentina", "colombian": "colombia",
    "indonesian": "indonesia", "nigerian": "nigeria", "kenyan": "kenya", "ugandan": "uganda",
    "congolese": "congo", "swiss": "switzerland", "dutch": "netherlands", "swedish": "sweden",
    "danish": "denmark", "norwegian": "norway", "irish": "ireland", "scottish": "scotland",
}
