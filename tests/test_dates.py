"""Dates without a year: named months and weekdays, relative phrases, their
resolution against the publication date or the article's own dateline."""

import pandas as pd
import pytest

from claimcheck.api import scan
from claimcheck.conflicts import ConflictSettings
from claimcheck.extract.dates import resolve_relative


def dates(extract, text):
    return [(q.text, q.relative) for q in extract(text) if q.kind == "date"]


@pytest.mark.parametrize("text,expected", [
    ("The council approved the budget in February.", [("February", ("month-of-year", "latest", 2))]),
    ("Work on the bridge began in late April.", [("late April", ("month-of-year", "latest", 4))]),
    ("The levy was signed into law last September.", [("last September", ("month-of-year", "last", 9))]),
    ("Fares will rise next October.", [("next October", ("month-of-year", "next", 10))]),
    ("The new fares are expected to apply from June.", [("June", ("month-of-year", "coming", 6))]),
    ("The mayor said Thursday that the pool had reopened.", [("Thursday", ("weekday", "latest", 3))]),
    ("The committee met last Friday.", [("last Friday", ("weekday", "last", 4))]),
    ("The plan will stop paying in April, after its board voted 4-3 on Thursday.",
     [("April", ("month-of-year", "coming", 4)), ("Thursday", ("weekday", "latest", 3))]),
    ("Inspectors visited the plant last week.", [("last week", ("week", -1))]),
    ("A poll last fall found wide support.", [("last fall", ("season", -1, 9))]),
    ("The clinic opened this past summer.", [("this past summer", ("season", -1, 6))]),
    ("Trials are due to start next spring.", [("next spring", ("season", 1, 3))]),
])
def test_months_weekdays_and_weeks_without_a_year(extract, text, expected):
    assert dates(extract, text) == expected


@pytest.mark.parametrize("text", [
    "May we ask a question?",  # the verb
    "Results may vary. March on, said the coach.",
    "The physicist June Harlow spoke first.",  # a name
    "A new episode comes out every Monday.",  # a recurrence
    "Over 400 people have signed up this year.",  # the period a figure covers
    "This year's harvest was larger.",
])
def test_words_that_are_not_dates(extract, text):
    assert dates(extract, text) == []


def test_a_weekday_before_a_full_date_is_part_of_it(extract):
    assert [q.text for q in extract("Newsroom | Monday, October 7, 2024")] == ["October 7, 2024"]


@pytest.mark.parametrize("published,relative,year,iso", [
    ((2023, 3, 1), ("month-of-year", "last", 8), 2022, "2022-08"),
    ((2023, 3, 1), ("month-of-year", "latest", 1), 2023, "2023-01"),
    ((2024, 3, 8), ("month-of-year", "latest", 10), 2023, "2023-10"),
    ((2023, 3, 20), ("month-of-year", "next", 1), 2024, "2024-01"),
    ((2023, 11, 5), ("month-of-year", "coming", 2), 2024, "2024-02"),
    ((2023, 3, 20), ("month-of-year", "this", 1), 2023, "2023-01"),
    ((2023, 11, 8), ("month-of-year", "year-1", 5), 2022, "2022-05"),  # "May of last year"
    ((2023, 11, 8), ("month-of-year", "year+1", 2), 2024, "2024-02"),  # "February of next year"
    ((2024, 1, 3), ("weekday", "latest", 4), 2023, "2023-12-29"),  # a Wednesday; the Friday before
    ((2023, 12, 28), ("weekday", "next", 0), 2024, "2024-01-01"),
    ((2024, 1, 4), ("week", -1), 2023, "2023-12"),
    ((2022, 1, 15), ("month", -1), 2021, "2021-12"),
    # seasons (northern, by months: spring from March, summer June, fall September,
    # winter December): "last" is the one before the season the story is in
    ((2025, 1, 14), ("season", -1, 9), 2024, "2024-09/2024-11"),
    ((2025, 8, 20), ("season", -1, 9), 2024, "2024-09/2024-11"),
    ((2025, 8, 20), ("season", -1, 6), 2024, "2024-06/2024-08"),  # in August: the summer before
    ((2025, 8, 20), ("season", -1, 3), 2025, "2025-03/2025-05"),
    ((2025, 12, 22), ("season", -1, 9), 2025, "2025-09/2025-11"),
    ((2026, 1, 22), ("season", -1, 12), 2024, "2024-12/2025-02"),  # winter spans two years
    ((2025, 10, 1), ("season", 1, 3), 2026, "2026-03/2026-05"),
    ((2025, 2, 1), ("season", 0, 9), 2025, "2025-09/2025-11"),
])
def test_resolving_against_the_publication_date(published, relative, year, iso):
    assert resolve_relative(published, relative) == (year, iso)


def test_a_winter_resolved_spans_its_two_years(tmp_path):
    (tmp_path / "a.txt").write_text("The outbreak peaked last winter, officials said.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2025-08-01\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert (claims.loc["last winter", "value_low"], claims.loc["last winter", "value_high"]) == (2024, 2025)


def test_resolving_needs_the_day_for_a_weekday():
    assert resolve_relative((2024, 5, None), ("weekday", "latest", 0)) is None
    assert resolve_relative((2024, None, None), ("year", -1)) == (2023, "2023")


def test_a_dateline_resolves_dates_when_the_manifest_has_none(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Town pool to reopen\nBy Sam Reyes | 2024-03-05\n\n"
        "The pool closed in January after a leak, and the council voted last week to fund repairs. "
        "Work is expected to finish next year.\n", encoding="utf-8")
    claims = scan(corpus).claims.set_index("text")
    assert claims.loc["January", "value_low"] == 2024
    assert claims.loc["next year", "value_low"] == 2025
    assert claims.loc["last week", "date"] == "2024-02"
    assert "resolved against dateline 2024-03-05" in claims.loc["January", "flags"]


def test_without_a_dateline_or_manifest_named_months_are_dropped_and_phrases_flagged(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The pool closed in January after a leak, and it may reopen next year, as staff "
                                  "found when they returned on 2024-01-08 to inspect it.\n", encoding="utf-8")
    claims = scan(corpus).claims.set_index("text")
    assert "January" not in claims.index
    assert pd.isna(claims.loc["next year", "value_low"])
    assert "publication date unknown" in claims.loc["next year", "flags"]


@pytest.mark.parametrize("text,low,high", [
    ("The registry ran from March 2006 to January 2015.", 2006, 2015),
    ("Enrolment ran between May 2020 and June 2021.", 2020, 2021),
    # the commas around a full date's year do not part the period
    ("From October 1, 2023, through June 30, 2024, the program ran.", 2023, 2024),
])
def test_a_span_between_two_dates_is_one_period(extract, text, low, high):
    assert [(q.low, q.high, q.kind) for q in extract(text)] == [(low, high, "date")]


def test_two_dates_in_a_list_stay_two(extract):
    assert len(extract("Reports came on May 2, 2021 and June 9, 2022.")) == 2


def test_a_month_in_a_past_clause_before_a_forecast_clause_is_the_past_one(tmp_path):
    from claimcheck import scan
    (tmp_path / "sources.csv").write_text("file,title,url,publisher,published\na.txt,,,,2023-11-20\n",
                                          encoding="utf-8")
    (tmp_path / "a.txt").write_text("The agency approved the pill in May, and next year its maker plans to raise "
                                    "the price.", encoding="utf-8")
    dates = scan(tmp_path).claims.set_index("text")["date"]
    assert dates["May"] == "2023-05"


def test_a_month_of_a_relative_year_is_one_date(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The board approved the plan in May of last year, and work starts in "
                                  "February of next year.\n", encoding="utf-8")
    (corpus / "sources.csv").write_text("file,published\na.txt,2023-11-08\n", encoding="utf-8")
    claims = scan(corpus).claims
    assert list(zip(claims["text"], claims["date"], strict=True)) == [
        ("May of last year", "2022-05"), ("February of next year", "2024-02")]


def test_a_month_followed_by_a_relative_year_is_one_date_across_a_line_break(tmp_path):
    # "in July last year", without "of", and wrapped as trade copy is: "July" ends a line
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The regulator cleared the device in July\nlast year, and a decision on the "
                                  "pill is due in March next year.\n", encoding="utf-8")
    (corpus / "sources.csv").write_text("file,published\na.txt,2025-10-02\n", encoding="utf-8")
    claims = scan(corpus).claims
    assert list(zip(claims["text"], claims["date"], strict=True)) == [
        ("July last year", "2024-07"), ("March next year", "2026-03")]


def test_a_year_ago_is_a_date(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The rule replaces guidance the panel adopted a year ago.\n", encoding="utf-8")
    (corpus / "sources.csv").write_text("file,published\na.txt,2024-06-26\n", encoding="utf-8")
    claims = scan(corpus).claims
    assert list(zip(claims["text"], claims["value_low"], strict=True)) == [("a year ago", 2023)]


def test_a_double_hyphen_is_a_dash_so_a_press_releases_date_is_read_whole(extract):
    text = "BOSTON, Mass.--(NEWS RELEASE)--Oct. 3, 2024-- The company today reported results."
    assert [q.text for q in extract(text) if q.kind == "date"] == ["Oct. 3, 2024"]


def test_a_datelines_date_times_the_story_and_is_never_compared(tmp_path):
    (tmp_path / "a.txt").write_text("DENVER, March 4 (Plains Wire) - Regulators on Tuesday approved the pill.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Regulators approved the pill in March 2023.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2024-03-04\nb.txt,2024-05-01\n", encoding="utf-8")
    r = scan(tmp_path, cache=False, settings=ConflictSettings(min_confidence=0.0))
    keys = r.claims.set_index("text")["measure_key"]
    assert keys["March 4"].split()[0] == "dateline" and keys["Tuesday"].split()[0] == "approval"
    assert sorted(zip(r.conflicts["text_a"], r.conflicts["text_b"], strict=True)) == [("Tuesday", "March 2023")]


def test_a_press_release_dateline_times_the_release(tmp_path):
    (tmp_path / "a.txt").write_text("ROCKVILLE, Md., June 14, 2021 /PRNewswire/ -- Halvers said today that its "
                                    "Corvexa trial met its main goal.\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims.loc["June 14, 2021", "measure_key"].split()[0] == "dateline"


def test_a_month_and_day_without_a_year_take_the_year_nearest_the_story(tmp_path):
    # "approved on Dec. 20" in a story of January 22, 2025 is December 20, 2024;
    # "on Jan. 30" in the same story is January 30, 2025
    (tmp_path / "a.txt").write_text("Regulators approved Corvexa on Dec. 20, and Halvers will report sales "
                                    "on Jan. 30.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2025-01-22\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims["date"]["Dec. 20"] == "2024-12-20"
    assert claims["date"]["Jan. 30"] == "2025-01-30"


def test_a_month_and_day_months_ahead_of_a_story_that_forecasts_nothing_are_past(tmp_path):
    # a story of February 20 telling how a count "rose from 40 as of Aug. 16" tells
    # of last August; the days just ahead of a story may be its coming ones
    (tmp_path / "a.txt").write_text("The county's count rose from 40 as of Aug. 16 to 52 by Sept. 17, then "
                                    "leveled off. The clinic reopens on March 3.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2025-02-20\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims["date"]["Aug. 16"] == "2024-08-16"
    assert claims["date"]["Sept. 17"] == "2024-09-17"
    assert claims["date"]["March 3"] == "2025-03-03"


def test_a_period_starts_no_later_than_it_ends(tmp_path):
    # "between Jan. 5 and July 20" in a story of December 17: both of that year,
    # though January 5 of the next year is nearer the story; a count given for the
    # period holds as of its end
    (tmp_path / "a.txt").write_text("The agency counted 4,210 confirmed cases between Jan. 5 and July 20.\n",
                                    encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2024-12-17\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims["date"]["Jan. 5"] == "2024-01-05"
    assert claims["date"]["July 20"] == "2024-07-20"
    assert claims["as_of"]["4,210"] == "2024-07-20"


def test_an_event_after_once_or_when_is_not_the_dates(tmp_path):
    # the deal's date, not the approval's: "once the pill is approved" is another clause's event
    (tmp_path / "a.txt").write_text("Under a deal Halvers struck with the government on Nov. 6, 2025, patients "
                                    "will pay $149 a month once Corvexa is approved.\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims.loc["Nov. 6, 2025", "measure_key"].split()[0] != "approval"


def test_a_forecast_in_a_with_clause_does_not_make_a_past_month_a_coming_one(tmp_path):
    (tmp_path / "a.txt").write_text("The agency cleared the pill in January, with about 80 patients a year "
                                    "expected to get it.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2025-09-22\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims["date"]["January"] == "2025-01"


def test_a_forecast_in_a_which_clause_does_not_make_a_past_month_a_coming_one(tmp_path):
    (tmp_path / "a.txt").write_text("The company won clearance in September for its study, which will enroll "
                                    "40 patients.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2025-11-12\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims["date"]["September"] == "2025-09"


@pytest.mark.parametrize("text", [
    "In March, the council voted 7-2 to hire Lumen, a staffing firm that promised to fill every post.",
    "The board signed with Corvane in March, the only bidder that will guarantee delivery.",
])
def test_a_forecast_in_a_clause_about_a_named_noun_does_not_make_a_past_month_a_coming_one(tmp_path, text):
    # the promise is the firm's, set off after the name; the vote was in the past March
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2025-10-02\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims["date"]["March"] == "2025-03"


@pytest.mark.parametrize("text, date", [
    # what was done on a day is past, whatever the clause forecasts
    ("The ministry will scrap the 12% levy imposed on April 2 and keep the rest.", "2025-04-02"),
    ("The ministry will replace the quota it set on April 2 with a flat fee.", "2025-04-02"),
    ("The quota, which was set on April 2, will be replaced by a flat fee.", "2025-04-02"),
    # a coming day stays coming
    ("The ministry will scrap the 12% levy on April 2 and keep the rest.", "2026-04-02"),
    ("The levy will be lifted on April 2, the ministry said.", "2026-04-02"),
])
def test_a_day_something_was_done_on_is_past_in_a_forecast(tmp_path, text, date):
    claims = claims_of_a_story(tmp_path, text, "2025-05-13")
    assert claims["date"]["April 2"] == date


@pytest.mark.parametrize("text, day, date", [
    # a story of Thursday, April 10 would call yesterday "Wednesday": "last Wednesday" is the week before
    ("The board met last Wednesday and again last Tuesday.", "last Wednesday", "2025-04-02"),
    ("The board met last Wednesday and again last Tuesday.", "last Tuesday", "2025-04-08"),
])
def test_last_and_a_weekday_is_never_yesterday(tmp_path, text, day, date):
    assert claims_of_a_story(tmp_path, text, "2025-04-10")["date"][day] == date


def test_last_and_a_month_and_day_is_the_latest_before_the_story(tmp_path):
    # in a story of January 14, "last April 2" is April 2 of the year before, though
    # the coming April 2 is nearer
    claims = claims_of_a_story(tmp_path, "The levies he announced last April 2 are still in force.", "2026-01-14")
    assert claims["date"]["April 2"] == "2025-04-02"


def claims_of_a_story(folder, text: str, published: str):
    """The claims of one article published on a date, by their text."""
    (folder / "a.txt").write_text(text + "\n", encoding="utf-8")
    (folder / "sources.csv").write_text(f"file,published\na.txt,{published}\n", encoding="utf-8")
    return scan(folder, cache=False).claims.set_index("text")


@pytest.mark.parametrize("text,month", [
    # the forecast's cue comes after the month: the month is when it was made or begun
    ("In March, the minister promised a decision by the summer.", "March"),
    ("A screening drive that started in August aimed to test 20,000 adults.", "August"),
    ("The board said in April that it planned to raise fares.", "April"),
])
def test_a_month_before_a_forecasts_cue_is_a_past_one(tmp_path, text, month):
    assert claims_of_a_story(tmp_path, text, "2025-10-02")["date"][month].startswith("2025-")


def test_a_month_after_a_forecasts_cue_and_in_a_future_tense_clause_is_a_coming_one(tmp_path):
    claims = claims_of_a_story(tmp_path, "A ruling is expected in March. In February the new fares will apply.",
                               "2025-10-02")
    assert claims["date"]["March"] == "2026-03"
    assert claims["date"]["February"] == "2026-02"


def test_a_month_and_day_take_their_direction_from_their_own_clause(tmp_path):
    # "announced on Nov. 4, it will ...": the future is another clause's; "a week
    # later, on June 3" tells a sequence, not a forecast
    claims = claims_of_a_story(tmp_path, "Under the accord announced on Nov. 4, the county will pay $90 a dose. "
                                         "A week later, on June 3, the clinic closed.", "2025-11-20")
    assert claims["date"]["Nov. 4"] == "2025-11-04"
    assert claims["date"]["June 3"] == "2025-06-03"


def test_a_forecast_told_in_the_past_tense_places_its_date_near_the_story(tmp_path):
    # the ruling "was expected on Oct. 6" in a story of October 9: this October's
    claims = claims_of_a_story(tmp_path, "The ruling was expected on Oct. 6. The vote had been scheduled "
                                         "for late September.", "2025-10-09")
    assert claims["date"]["Oct. 6"] == "2025-10-06"
    assert claims["date"]["late September"] == "2025-09"


@pytest.mark.parametrize("text,date", [
    ("The board's ruling is due in January.", "2026-01"),
    ("Clinics have until Jan. 15 to apply.", "2026-01-15"),
    ("The term is set to end in early February.", "2026-02"),
    ("The last loan payment came due on Jan. 15.", "2025-01-15"),  # told in the past
])
def test_a_date_still_due_is_the_coming_one(tmp_path, text, date):
    assert claims_of_a_story(tmp_path, text, "2025-10-02")["date"].tolist() == [date]


@pytest.mark.parametrize("text", [
    "The board raised its forecast for next year to 3.1% from 2.7% in March.",
    "Members now expect 3.1% at the end of next year, up from the 2.7% they expected in March.",
])
def test_a_date_of_a_changes_earlier_figure_is_past_whatever_forecast_is_near(tmp_path, text):
    claims = claims_of_a_story(tmp_path, text, "2025-10-02")
    assert claims["date"]["March"] == "2025-03"
    assert claims["as_of"]["2.7%"] == "2025-03"


def test_a_date_across_a_semicolon_does_not_date_a_figure(tmp_path):
    # "; by year's end ... 16,200 cases": the first clause's date is not the second's
    (tmp_path / "a.txt").write_text("By 20 July 2024 the agency had counted 8,100 cases; by year's end the "
                                    "total reached 16,200 cases in 11 countries.\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims["as_of"]["8,100"] == "2024-07-20"
    assert claims["as_of"]["16,200"] != "2024-07-20"
    assert claims["as_of"]["11"] != "2024-07-20"


def test_last_and_the_month_just_gone_is_a_year_back(tmp_path):
    # the month just gone is "last month": a story of early July that says "last
    # June" means the June of the year before; "last April" is this year's
    (tmp_path / "a.txt").write_text("The panel first met last June and again last April.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2024-07-10\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims["date"]["last June"] == "2023-06"
    assert claims["date"]["last April"] == "2024-04"


def test_a_dateline_of_two_cities_times_the_story(tmp_path):
    (tmp_path / "a.txt").write_text("LYON/BOSTON, Oct 3 (Plains Wire) - Regulators on Thursday approved the pill.\n",
                                    encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims.loc["Oct 3", "measure_key"].split()[0] == "dateline"


def test_a_date_without_a_year_takes_the_year_of_a_dated_one_just_before_it_in_its_sentence(tmp_path):
    # a story of January 2026 retelling "On March 3, 2025, ... effective March 9":
    # March 9 of the year the sentence gives, not the March just ahead of the story;
    # across a new year, and for a month named alone, the nearest such date
    (tmp_path / "a.txt").write_text(
        "On March 3, 2025, the ministry published a rule capping fees, effective March 9.\n\n"
        "On Dec. 29, 2023, the agency set the price, effective Jan. 6.\n\n"
        "After a vote on Sept. 30, 2022, the rule took effect in October.\n\n"
        "The clinic reopens on Feb. 2.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2026-01-12\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims["date"]["March 9"] == "2025-03-09"
    assert claims["date"]["Jan. 6"] == "2024-01-06"
    assert claims["date"]["October"] == "2022-10"
    assert claims["date"]["Feb. 2"] == "2026-02-02"  # no dated one before it: the story's year


def test_a_date_months_from_the_dated_one_before_it_keeps_the_year_of_its_story(tmp_path):
    # "halted in November 2024, resumed in February and suspended again on May 11"
    # tells a sequence: its dates are not of November's year
    (tmp_path / "a.txt").write_text(
        "Shipments were halted in November 2024, resumed in February and were stopped again on May 11.\n",
        encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2025-07-02\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims["date"]["February"] == "2025-02"
    assert claims["date"]["May 11"] == "2025-05-11"


def test_a_dated_clause_gives_no_year_to_the_next_clause(tmp_path):
    # "filed in June 2024, and the decision is due June 20" may be any June 20:
    # the story's date decides it
    (tmp_path / "a.txt").write_text("The company filed in June 2024, and the agency's answer is due June 20.\n",
                                    encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2025-04-02\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert claims["date"]["June 20"] == "2025-06-20"
