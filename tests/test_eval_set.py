"""The second evaluation set (eval/, scored by eval/run.py) must not get worse."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED

# Floors to raise as the figures improve, never to lower (see eval/README.md).
# Twenty-one topics from 2026-11-30 (eleventh session): the twelve before stood at
# F1 .962, 78 of 241 found, 85 of 105 right when pertussis, relyvrio and semaglutide
# joined; the fifteen at .957, 97 of 295, 107 of 133 when aduhelm, flu and novavax
# joined; the eighteen at .956, 105 of 350, 115 of 158 when acip, nirsevimab and
# suzetrigine joined (each first scored blind). The floors were re-based on the 21
# and raised since. Twenty-seven since the twelfth session: the 21 stood at F1 .957,
# 139 of 406 found, 147 of 192 right when cholera, tofersen and zuranolone, then hpv,
# orforglipron and rexulti-ptsd joined (each round first scored blind); the floors were
# re-based on the 27. Thirty-three since the thirteenth session: the 27 stood at F1
# .956, 178 of 524 found, 195 of 262 right when cobenfy, mdma-panel and tuberculosis,
# then resmetirom, sotagliflozin and polio joined (each round first scored blind); the
# floors were re-based on the 33. Thirty-six since fezolinetant, ocaliva and
# yellowfever joined (first scored blind; the 33 then stood at .957, 215 of 633,
# 246 of 338); the floors were re-based on the 36. Thirty-nine since the fifteenth
# session: marburg, naloxone and sotatercept joined (first scored blind at 45 of 171
# found, 45 of 69 right; the 36 then stood at .957, 239 of 708, 273 of 372); the floors
# were re-based on the 39. Forty-two since lumipulse, screwworm and alyftrek joined
# later in that session (first scored blind at 42 of 155 found, 43 of 79 right; the 39
# then stood at .958, 292 of 879, 326 of 439); the floors are re-based on the 42.
# Lowered once, on purpose, in the sixteenth session: tallies whose clauses tell of
# other motions are less certain, which drops 10 false alarms of one body's several
# votes and 3 strict pairs whose one vote two articles tell in other words (340 -> 337).
# Forty-five since imetelstat, oropouche and xolair-food-allergy joined in that session
# (first scored blind at 32 of 166 found, 40 of 54 right; the 42 then stood at .958,
# 337 of 1034, 374 of 508); the floors are re-based on the 45.
# Forty-eight since blenrep, olezarsen and westnile joined later in that session (first
# scored blind at 46 of 160 found, 50 of 80 right; the 45 then stood at .956, 382 of 1200,
# 429 of 582); the floors are re-based on the 48 (claims F1 .9556: the floor .955).
# Fifty-one since legionnaires, odac-pdl1 and zimislecel joined in the seventeenth
# session (first scored blind at 29 of 190 found, 31 of 56 right; the 48 then stood at
# .956, 451 of 1360, 500 of 663); the floors are re-based on the 51 (claims F1 .9544).
# Fifty-four since acoramidis, dupixent-copd and nipah joined in the eighteenth session
# (first scored blind at 34 of 137 found, 37 of 64 right; the 51 then stood at .955,
# 511 of 1550, 563 of 745); the floors are re-based on the 54 (claims F1 .9558), and
# raised at the end of that session (F1 .9563, 558 found, 613 of 809 right). In the
# nineteenth, an earlier outbreak's date made less certain traded one strict pair for five
# false alarms (557 found, 612 of 802 right): the found floor follows, deliberately.
# Fifty-eight since ebola-sudan, keytruda-subq, lyme-vaccine and overdose-deaths joined
# in that session (first scored blind at df9465f: 40 of 225 found, 43 of 70 right; the 54
# then stood at .956, 557 of 1687, 612 of 802); the floors are re-based on the 58
# (claims F1 .9567, 598 of 1912 found, 656 of 868 right). Sixty-two since listeria-deli,
# hemophilia-gene, kisqali-early and assisted-dying joined later in that session (first
# scored blind at 78b9d50: 37 of 213 found, 38 of 74 right; the 58 then stood at .957,
# 604 of 1912, 662 of 874); the floors are re-based on the 62 (claims F1 .957, 641 of
# 2125 found, 700 of 944 right: precision .7415), and raised at the end of that session
# (643 found, 702 of 946 right). Sixty-six since brensocatib, cytisinicline, fluoride and
# gepotidacin joined in the twentieth session (first scored blind at 9abdcf6: 49 of 232
# found, 49 of 82 right); the floors are re-based on the 66 at the end of that session
# (claims F1 .957, 808 of 2357 found, 875 of 1155 right: precision .7576).
# Seventy since fitusiran, medicaid-cuts, nicotine-pouches and nih-indirect joined in
# the twenty-first session (first scored blind at ccdce07: 50 of 190 found, 50 of 72
# right; the 66 then stood at .957, 817 of 2357, 884 of 1163); the floors are re-based
# on the 70 (claims F1 .957, 871 of 2547 found, 938 of 1227 right: precision .7645),
# and raised at the end of that session (877 found, 944 of 1233 right: .7656).
# Seventy-five since acetaminophen-autism, cagrisema, glp1-pricing, mifepristone and
# retatrutide joined in the twenty-second session (first scored blind at 0311ac8: 58 of
# 266 found, 59 of 95 right; the 70 then stood at .957, 879 of 2547, 945 of 1235); the
# floors are re-based on the 75 (claims F1 .958, 941 of 2813 found, 1008 of 1324 right:
# precision .7613), and raised at the end of that session (945 found, 1012 of 1328
# right: .7620).
# Eighty since alcohol-cancer, datroway, ensifentrine, life-expectancy and youth-vaping
# joined in the twenty-third session (first scored blind at aad09e7: 45 of 247 found, 57
# of 89 right; the 75 then stood at .959, 958 of 2813, 1024 of 1336); the floors are
# re-based on the 80 (claims F1 .959, 1012 of 3060 found, 1087 of 1417 right: precision
# .7671).
# Eighty-five since aficamten, early-colorectal, heat-deaths, lead-applesauce and
# teplizumab joined in the twenty-fourth session (first scored blind at 47835d4: 51 of
# 242 found, 55 of 67 right; the 80 then stood at .959, 1027 of 3060, 1104 of 1435);
# the floors are re-based on the 85 (claims F1 .9584, 1087 of 3302 found, 1168 of 1512
# right: precision .7725), and raised at the end of that session (1098 found, 1184 of
# 1533 right: .7723).
# Ninety since depemokimab, firearm-deaths, inclisiran, norovirus and valley-fever
# joined in the twenty-fifth session (first scored blind at 8da82c1: 44 of 233 found,
# 47 of 85 right; the 85 then stood at .959, 1100 of 3302, 1188 of 1536); the floors
# are re-based on the 90 (claims F1 .9592, 1149 of 3535 found, 1240 of 1617 right:
# precision .7669), and raised at the end of that session (1150 found, 1241 of 1616
# right: .7679). In the twenty-sixth session values a factor of three apart lost
# their report unless framed alike beyond their words: 8 strict pairs fewer for 29
# false ones (1142 found, 1233 of 1579 right: .7809), the found floor lowered to it;
# seasons read as dates ("last fall") then dated two money figures of one vote
# apart (1141 found).
# Ninety-five since cannabis-rescheduling, kidney-xenotransplant, medical-debt,
# obesity-prevalence and tarlatamab joined in the twenty-sixth session (first scored
# blind at 59eb1eb: 67 of 280 found, 75 of 115 right); the floors are re-based on the
# 95 (claims F1 .9595, 1209 of 3815 found, 1310 of 1669 right: precision .7849), and
# raised at the end of that session (1211 found, 1312 of 1664 right: .7885).
# In the twenty-seventh session a distinctive figure came to date its sentence's date
# (1226 found, 1327 of 1684 right). One hundred since enhertu-ultralow, kratom-7oh,
# menthol-ban, naion-semaglutide and shield-blood-test joined in that session (first
# scored blind at d5b1194: 64 of 267 found, 74 of 105 right); the floors are re-based on
# the 100 (claims F1 .9593, 1290 of 4082 found, 1401 of 1789 right: precision .7831),
# and raised at the end of that session (1303 found, 1414 of 1801 right: .7851).
# One hundred and five since alpha-gal, baxdrostat, candida-auris, gonorrhea-vaccine
# and obicetrapib joined in the twenty-eighth session (first scored blind at 9538cc7:
# 62 of 277 found, 70 of 95 right); the floors are re-based on the 105 (claims F1
# .9592, 1365 of 4359 found, 1484 of 1896 right: precision .7827), and raised at the
# end of that session (1369 found, 1491 of 1898 right: .7856).
# One hundred and ten since congenital-syphilis, e-bike-injuries, lurbinectedin,
# microplastics-brain and pandemic-agreement joined in the twenty-ninth session (first
# scored blind at 68448a5: 45 of 269 found, 48 of 69 right); the floors are re-based on
# the 110 (claims F1 .9595, 1424 of 4628 found, 1549 of 1977 right: precision .7835),
# and raised at the end of that session (1436 found, 1562 of 1986 right: .7865).
# One hundred and fifteen since doxy-pep, psilocybin-ballot, salmonella-cucumbers,
# vonoprazan and zilebesiran joined in the thirtieth session (first scored blind at
# 178dc36: 39 of 233 found, 42 of 62 right); the floors are re-based on the 115
# (claims F1 .9597, 1479 of 4861 found, 1610 of 2059 right: precision .7819), and
# raised at the end of that session (F1 .9606, 1488 found, 1619 of 2068 right: .7829).
# One hundred and twenty since aspartame, birth-rate, givinostat, menabcwy and
# red-dye-3 joined in the thirty-first session (first scored blind at ec47227: 60 of
# 245 found, 69 of 98 right); the floors are re-based on the 120 at 496a96a (claims F1
# .9612, 1563 of 5106 found, 1703 of 2184 right: precision .7798), and raised at the
# end of that session (F1 .9612, 1565 found, 1705 of 2179 right: .7825).
# One hundred and twenty-five since autism-prevalence, elinzanetant, lepodisiran,
# nipocalimab and suicide-rate joined in the thirty-second session (first scored blind
# at 31d77a5: 55 of 250 found, 60 of 82 right); the floors are re-based on the 125 at
# aec37fa (claims F1 .9608, 1622 of 5356 found, 1767 of 2264 right: precision .7805).
# One hundred and twenty-eight since obefazimod, rabies and zoliflodacin joined in
# the thirty-fourth session (first scored blind at 45b656c: 34 of 166 found, 37 of
# 44 right); the floors are re-based on the 128 at 482d2c5 (claims F1 .9611, 1684
# of 5522 found, 1835 of 2343 right: precision .7832). In the thirty-fifth session,
# comparing bare numbers that measure something found 17 more for a thousandth of
# precision (1701 found, 1857 of 2374 right: .7822), and reading "In March," as a
# time, not a place, 6 more (1707 found, 1863 of 2383 right: .7818). One hundred and
# thirty-one since donidalorsen, egg-prices and social-security-trustees joined in
# that session (first scored blind at 3ff4e97: 29 of 166 found, 29 of 49 right); the
# floors are re-based on the 131 at 025db3e (claims F1 .9610, 1738 of 5688 found,
# 1894 of 2430 right: precision .7794). The session's later commits, to 5cfac0e:
# claims F1 .9611, 1747 found, 1904 of 2442 right (.7797). One hundred and
# thirty-four since lecanemab-subq, measles-outbreak and minimum-wage-ballot joined in
# the thirty-eighth session (first scored blind at e2fa0bf: 27 of 155 found, 29 of 62
# right; the 131 then stood at 1750 of 5688, 1908 of 2448); the floors are re-based on
# the 134 at 50c475c (claims F1 .9606, 1780 of 5843 found, 1940 of 2513 right:
# .77198, the floor .771), and raised at f016c3d, after people confirmed to have a
# disease were counted as its cases and unplaced figures as their article's home
# state's (1783 found, 1942 of 2514 right: .7725). One hundred and thirty-seven since
# atrasentan-iga, hurricane-helene and tmi-restart joined in the thirty-ninth session
# (first scored blind at d0ee44c: 20 of 130 found, 26 of 38 right); the floors are
# re-based on the 137 at 7b090b5 (claims F1 .9605, 1804 of 5973 found, 1969 of 2546
# right: .7734), then at 737b4f6, where two announcements by one teller stopped
# meeting (one found for five false: 1803 found, 1968 of 2541 right: .7745), and
# at 2c05818, where a preliminary figure met a later article's as its revision
# (1968 of 2539 right: .7751), and at 3f69256, after a rival drug's figures and two
# named trials' figures stopped meeting (1966 of 2524 right: .7789). One hundred and
# forty since vutrisiran, elamipretide and hantavirus joined in the forty-first
# session (first scored blind at da41b03: 25 of 164 found, 33 of 50 right; the 137
# then stood at 1803 of 5973, 1966 of 2522); the floors are re-based on the 140 at
# 4d2252b (claims F1 .9610, 1859 of 6137 found, 2032 of 2579 right: .7879). One
# hundred and forty-two since menopause-hrt and purdue-settlement joined in the
# forty-second session (first scored blind at 3a99b52: 18 of 116 found, 19 of 27
# right; the 140 then stood at 1868 of 6137, 2042 of 2594); the floors are re-based on
# the 142 at 1ffa562 (claims F1 .9610, 1888 of 6253 found, 2063 of 2623 right: .7865).
# One hundred and forty-three since congestion-pricing joined late in that session
# (first scored blind at 34083bf: 8 of 46 found, 9 of 16 right); the floors are
# re-based on the 143 at 34083bf (claims F1 .9609, 1896 of 6299 found, 2072 of 2639
# right: .7851). One hundred and forty-six since key-bridge, aprocitentan and
# boeing-strike joined in the forty-third session (first scored blind as each
# arrived: 18 of 165 found, 18 of 31 right; the 143 then stood at 1896 of 6299,
# 2072 of 2639); the floors are re-based on the 146 at 584b5b9 (claims F1 .9609,
# 1929 of 6464 found, 2105 of 2683 right: .7846), and raised at 4811370, after
# two more fixes of that session (1931 of 6464 found, 2109 of 2687 right: .7849).
# One hundred and forty-nine since crowdstrike-outage, tiktok-ban and east-palestine
# joined in the forty-fourth session (first scored blind as each arrived: 17 of 168
# found, 20 of 33 right; the 146 then stood at 1931 of 6464, 2109 of 2687); the
# floors are re-based on the 149 at d3160e7 (claims F1 .9609, 1968 of 6632 found,
# 2154 of 2742 right: .7856).
# One hundred and fifty-one since fed-rate-cut and maui-wildfire joined in the
# forty-fifth session (first scored blind as each arrived, at d10e2a8: 22 of 99
# found, 22 of 43 right; the 149 then stood at 1968 of 6632, 2154 of 2741). The
# floors are re-based on the 151 at 68b1193 (claims F1 .9601, 1990 of 6731 found,
# 2176 of 2780 right: .7827): the precision floor falls with them, as fed-rate-cut's
# false alarms (figures of other meetings and projection rounds) are the set's now.
# One hundred and fifty-two when svb-collapse joined later in that session (first
# scored blind at e065fe2: 11 of 50 found, 12 of 21 right); re-based on the 152 at
# e065fe2 (claims F1 .9601, 2001 of 6781 found, 2188 of 2801 right: .7811).
# One hundred and fifty-eight since six topics joined in the forty-sixth session:
# texas-flood, potomac-collision and la-wildfires (first scored blind at 7687bbe: 29
# of 130 found, 34 of 47 right) and louvre-heist, government-shutdown and
# air-india-crash (first scored at 7590aaa: 32 of 151 found, 36 of 54 right). The
# floors are re-based on the 158 at 7590aaa (claims F1 .9588, 2068 of 7062 found,
# 2264 of 2897 right: .7815): the claims floor falls with their lengths in feet and
# clock times, which the extractor reads less well than the rest.
# Raised at the session's end, after the fixes its new topics led to (claims F1
# .9593, 2069 of 7062 found, 2265 of 2892 right: .7832).
# One hundred and sixty-one since myanmar-earthquake, intismeran-melanoma and
# tariffs-liberation-day joined in the forty-seventh session (first scored blind at
# 3be21d8: 23 of 136 found, 25 of 40 right); re-based on the 161 at 8226683 (claims
# F1 .9592, 2099 of 7198 found, 2297 of 2931 right: .7837).
# One hundred and sixty-three since change-healthcare-breach and
# australia-social-media-ban joined in the forty-eighth session (first scored blind
# at 7e89b99: 21 of 86 found, 21 of 28 right); re-based on the 163 at 7c7bd09
# (claims F1 .9596, 2127 of 7284 found, 2325 of 2964 right: .7844).
# Raised in the fiftieth session (claims F1 .9598, 2131 of 7284 found,
# 2331 of 2962 right: .7870) and in the fifty-first (a026eef: claims F1 .9598,
# 2133 of 7284 found, 2333 of 2960 right: .7882).
# In the fifty-third, claims F1 raised and precision set to .788: reading one
# unit of time as a span ("for a year", 56 gold claims) added three false
# conflicts between spans of other things (claims F1 .9685, 2142 of 7284
# found, 2345 of 2975 right: .7882).
# In the fifty-fourth, a pair seconded by a third source's agreeing figure
# (conflicts._seconded) found 91 more strict pairs at 104 right of 154 added
# reported: precision set to .782, above issue 12's .7 for unseen text, for
# recall that stands at .31 of its .75 (2233 of 7284 found, 2449 of 3129
# right: .7827).
# Then sentences alike by their block's rare words (likeness.py) raised both:
# 2258 of 7284 found, 2475 of 3142 right (.7877).
FLOOR_CLAIM_F1 = 0.968
FLOOR_STRICT_FOUND = 2258  # of 7284
FLOOR_CONFLICT_PRECISION = 0.787


RUN = ROOT / "eval" / "run.py"
CLAIMCHECK = Path(sys.executable).parent / "claimcheck"


@pytest.fixture(scope="module")
def scores() -> dict:
    if not (SHARED / "eval" / "dev.py").exists():
        pytest.skip("the scorer lives in ../shared beside the checkout")
    run = subprocess.run([sys.executable, str(RUN), "--json", "--claimcheck", str(CLAIMCHECK)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout)


def test_every_topic_is_scanned_and_scored(scores):
    assert not {t["topic"]: t["error"] for t in scores["topics"] if "error" in t}
    assert {t["topic"] for t in scores["topics"]} == {"rsv", "tirzepatide", "lenacapavir", "malaria",
                                                            "sicklecell", "donanemab", "h5n1",
                                                            "elevidys", "mpox", "medicare", "chikungunya", "dengue",
                                                            "pertussis", "relyvrio", "semaglutide",
                                                            "aduhelm", "flu", "novavax",
                                                            "acip", "nirsevimab", "suzetrigine",
                                                            "cholera", "tofersen", "zuranolone",
                                                            "hpv", "orforglipron", "rexulti-ptsd",
                                                            "cobenfy", "mdma-panel", "tuberculosis",
                                                            "resmetirom", "sotagliflozin", "polio",
                                                            "fezolinetant", "ocaliva", "yellowfever",
                                                            "marburg", "naloxone", "sotatercept",
                                                            "lumipulse", "screwworm", "alyftrek",
                                                            "imetelstat", "oropouche", "xolair-food-allergy",
                                                            "blenrep", "olezarsen", "westnile",
                                                            "legionnaires", "odac-pdl1", "zimislecel",
                                                            "acoramidis", "dupixent-copd", "nipah",
                                                            "ebola-sudan", "keytruda-subq", "lyme-vaccine",
                                                            "overdose-deaths", "listeria-deli", "hemophilia-gene",
                                                            "kisqali-early", "assisted-dying",
                                                            "brensocatib", "cytisinicline", "fluoride", "gepotidacin",
                                                            "fitusiran", "medicaid-cuts", "nicotine-pouches",
                                                            "nih-indirect", "acetaminophen-autism", "cagrisema",
                                                            "glp1-pricing", "mifepristone", "retatrutide",
                                                            "alcohol-cancer", "datroway", "ensifentrine",
                                                            "life-expectancy", "youth-vaping",
                                                            "aficamten", "early-colorectal", "heat-deaths",
                                                            "lead-applesauce", "teplizumab",
                                                            "depemokimab", "firearm-deaths", "inclisiran",
                                                            "norovirus", "valley-fever",
                                                            "cannabis-rescheduling", "kidney-xenotransplant",
                                                            "medical-debt", "obesity-prevalence", "tarlatamab",
                                                            "enhertu-ultralow", "kratom-7oh", "menthol-ban",
                                                            "naion-semaglutide", "shield-blood-test",
                                                            "alpha-gal", "baxdrostat", "candida-auris",
                                                            "gonorrhea-vaccine", "obicetrapib",
                                                            "congenital-syphilis", "e-bike-injuries",
                                                            "lurbinectedin", "microplastics-brain",
                                                            "pandemic-agreement",
                                                            "doxy-pep", "psilocybin-ballot", "salmonella-cucumbers",
                                                            "vonoprazan", "zilebesiran",
                                                            "aspartame", "birth-rate", "givinostat", "menabcwy",
                                                            "red-dye-3",
                                                            "autism-prevalence", "elinzanetant", "lepodisiran",
                                                            "nipocalimab", "suicide-rate",
                                                            "obefazimod", "rabies", "zoliflodacin",
                                                            "donidalorsen", "egg-prices", "social-security-trustees",
                                                            "lecanemab-subq", "measles-outbreak",
                                                            "minimum-wage-ballot",
                                                            "atrasentan-iga", "hurricane-helene", "tmi-restart",
                                                            "vutrisiran", "elamipretide", "hantavirus",
                                                            "menopause-hrt", "purdue-settlement", "congestion-pricing",
                                                            "key-bridge", "aprocitentan", "boeing-strike",
                                                            "crowdstrike-outage", "tiktok-ban", "east-palestine",
                                                            "fed-rate-cut", "maui-wildfire", "svb-collapse",
                                                            "texas-flood", "potomac-collision", "la-wildfires",
                                                            "louvre-heist", "government-shutdown",
                                                            "air-india-crash", "myanmar-earthquake",
                                                            "intismeran-melanoma", "tariffs-liberation-day",
                                                            "change-healthcare-breach", "australia-social-media-ban"}


def test_pooled_figures_do_not_fall_below_their_floors(scores):
    pooled = scores["pooled"]
    assert pooled["f1"] >= FLOOR_CLAIM_F1
    assert pooled["strict_found"] >= FLOOR_STRICT_FOUND
    reported = pooled["conflicts_predicted"]
    assert reported and pooled["conflicts_right"] / reported >= FLOOR_CONFLICT_PRECISION
