"""Claim frames: subject names, status and as-of dates, on sentences written for these tests."""

import pytest

from claimcheck import frames


def names(sentence: str) -> list[str]:
    return frames.names_in(sentence.split(), starts_sentence=True)


def test_names_are_capitalized_words_but_not_a_sentence_opening():
    assert names("Prices of Glucora fell after Medexa cut its list price .") == ["glucora", "medexa"]
    assert names("Patients paid less .") == []
    # a possessive or an inner capital marks a name even at the start
    assert names("Medexa's price fell .") == ["medexa"]
    assert names("NovaPen sales rose .") == ["novapen"]


def test_a_capitalized_word_for_a_population_is_no_name():
    assert names("Doses are advised for all Americans aged 75 and older .") == []


def test_a_capitalized_label_word_is_no_name():
    assert names("Data came from a Phase 3 trial in Kenya and a Stage 2 study .") == ["kenya"]


def test_a_spelled_out_name_also_gives_its_acronym():
    found = names("The plan went to the Federal Health Board ( FHB ) for review .")
    assert {"federal", "health", "board", "fh", "fhb"} <= set(found)


def test_people_who_say_or_report_a_figure_are_not_its_subject():
    assert names("Prices fell 20 % , said Jane Roe .") == []
    assert names("On Monday Medexa said Glucora would cost $ 90 .") == ["glucora"]  # the speaker came first
    assert names("Use of Glucora caused 900 deaths in 2022 , according to the WHO .") == ["glucora"]
    assert names("The Regional Health Agency had confirmed 300 cases .") == []
    assert names("Dr. Alma Ruiz expects 40 % uptake of Glucora .") == ["glucora"]


def test_calendar_words_and_shouted_datelines_are_not_names():
    assert names("SPRINGFIELD , March 3 - On Tuesday Glucora was priced at $ 90 .") == ["glucora"]
    assert names("The U.S. recorded fewer cases .") == []  # the U.S. reports here
    assert names("Cases in the U.S. rose .") == ["us"]
    assert names("In the study , 13 % showed swelling on MRI scans .") == []
    assert names("The mean BMI of Glucora users was 38.0 .") == ["glucora"]
    assert names("NEW YORK -- The price of Glucora was $ 90 .") == ["glucora"]
    assert names("ROME — The price of Glucora was $ 90 .") == ["glucora"]
    # a brand alone in brackets after a generic name is a name, though a bracket
    # opens like a sentence; the generic name is one too
    assert names("Regulators approved halverimab ( Corvexa ) for adults .") == ["halverimab", "corvexa"]
    # the agency in a dateline's brackets is no subject of the story
    assert names("LYON , Sept 12 ( Harbor Newswire ) - The price of Glucora rose 5 % .") == ["glucora"]
    assert names("SALEM , Ore. , June 10 ( Keystone Wire ) - The price of Glucora rose 5 % .") == ["glucora"]


def test_a_disease_a_product_treats_or_prevents_is_not_a_name_of_its_figures():
    assert names("The maker has sold Velbrin since 2021 to treat HCV in adults .") == ["velbrin"]
    assert names("The shot is given twice a year to prevent HCV infection .") == []


def test_the_nearest_name_is_the_figures_subject():
    left = "Medexa cut the price of Glucora by".split()
    assert frames.nearest_name(left, "for adults".split(), left_opens_sentence=True) == "glucora"
    assert frames.nearest_name(left, "for Insulex".split(), left_opens_sentence=True) == "insulex"


def test_a_name_a_figure_is_compared_with_is_no_subject_of_it():
    # "the same age range as the Oxford study", "more than Glucora": the comparator
    left = "It will enrol".split()
    right = "healthy adults aged 18 to 55 , the same age range as the Oxford study".split()
    assert frames.nearest_name(left, right) == ""
    assert frames.nearest_name("The Velora shot cost".split(), "more than Glucora".split(), True) == "velora"


@pytest.mark.parametrize("left,expected", [
    ("if the county reaches", "hypothetical"),
    ("the cap is $ 35 a month , not", "negated"),
    ("a post falsely said that", "disputed"),
    # "any" right before a figure, after a negation in its clause: no such figure
    ("we found no record of any", "negated"),
    ("the agency did not report any", "negated"),
    ("we found no record of any 7 -", "negated"),
    ("the county reported that any", "fact"),
    ("the county reported", "fact"),
    ('" since the spring I dropped', "personal"),
    ("I tell my patients the risk is", "fact"),  # a blogger reporting a figure
    # a figure a negated verb denies, but not a time it gives
    ("the pen does not cost", "negated"),
    ("no , the virus has not killed", "negated"),
    ("the treatment did not work for", "negated"),
    ("the bill is nowhere near", "negated"),
    ("the levy will not take effect until", "fact"),
    ("not only", "fact"),
])
def test_status_of_a_figure(left, expected):
    assert frames.status(left.lower().split(), "") == expected


def test_a_figure_in_a_question_is_not_asserted():
    assert frames.status("did the board vote".split(), "", "Did the board vote 6-3 on the levy?") == "questioned"
    assert frames.status("the board voted".split(), "", "The board voted 6-3 on the levy.") == "fact"


def test_a_time_a_negated_verb_gives_is_asserted():
    # "did not respond within 12 weeks": when it did not happen, still a time the article gives
    assert frames.status("patients who did not respond within".split(), "", kind="duration") == "fact"
    assert frames.status("patients who did not respond within".split(), "", kind="count") == "negated"


@pytest.mark.parametrize("before,expected", [
    ("A clip shared widely on Instagram and TikTok says the shot costs ", "fact"),  # "clip" is no cue word
    ("A video shared widely on Instagram and TikTok says the shot costs ", "disputed"),
    ("The post also claims the fever kills ", "disputed"),
    ("The meme's claim that the fever kills ", "disputed"),
    ("The claim that the fever kills most patients is wrong: it kills ", "fact"),  # the verdict
    ("The Post said ", "fact"),  # a newspaper
    ("The maker claims that its pill cut attacks by ", "fact"),  # a maker's own claim
])
def test_a_figure_a_post_or_a_video_is_said_to_give_is_disputed(before, expected):
    left = before.lower().split()[-8:]
    assert frames.status(left, "", before + "9 in 10 patients.", before=before) == expected


def test_status_of_a_forecast():
    assert frames.status(["prices", "will", "fall", "by"], "forecast") == "forecast"


def test_every_sentence_of_a_claim_paragraph_is_disputed():
    assert frames.status(["costs"], "", "It costs $9 million a dose.", 'CLAIM: "The shot kills.') == "disputed"
    assert frames.status(["costs"], "", "It costs $9 million a dose.", "The shot kills.") == "fact"


def test_a_country_opening_a_sentence_is_a_name():
    assert frames.names_in(["Norway", "logged", "41", "cases", "last", "year"], starts_sentence=True) == ["norway"]
    assert frames.names_in(["Officials", "logged", "41", "cases"], starts_sentence=True) == []


def dates_of(sentence: str, figure: str) -> list[str]:
    start = sentence.index(figure)
    return frames.as_of_dates(sentence, start, start + len(figure), frames.years_in(sentence))


def test_a_when_clause_takes_the_date_before_it():
    s = "The count was last higher in 1994, when officials logged 3,310 cases."
    assert dates_of(s, "3,310") == ["1994"]


def test_the_date_a_sentence_opens_with_applies_to_its_figures_but_not_a_baseline():
    s = "In 2023, the region logged 1,402 cases, the most since 1994, when 3,310 cases were logged."
    assert dates_of(s, "1,402") == ["2023"]
    assert dates_of(s, "3,310") == ["1994"]


def test_a_figure_set_against_an_earlier_one_is_not_of_that_ones_date():
    s = "Backing for the levy slipped to 41%, from 53% in 2021."
    assert dates_of(s, "53%") == ["2021"]
    assert dates_of(s, "41%") == []  # the level it reached, some time after 2021
    assert dates_of("Backing for the levy slipped 12 points to 41%, down from 53% in 2021.", "41%") == []


def test_the_date_something_began_since_is_no_date_of_a_running_total():
    s = "The state has logged 412 cases of the fever since reporting started in 1998, through the end of 2023."
    assert dates_of(s, "412") == ["2023"]
    assert dates_of("The county has counted 31 cases since its first in 2001.", "31") == []
    # a year the count was made in, after no "since", still dates it
    assert dates_of("The state logged 412 cases in 1998, when reporting started.", "412") == ["1998"]


def test_a_sentence_opening_with_an_acronym_is_no_dateline():
    s = "CDC says nearly 5,200 deaths were reported from 41 countries last year."
    start = s.index("5,200")
    last_year = (s.index("last year"), s.index("last year") + len("last year"), "2024")
    assert frames.as_of_dates(s, start, start + 5, [last_year]) == ["2024"]
    dateline = "ATLANTA, March 3 (Wire) - Nearly 5,200 deaths were reported, officials said."
    start = dateline.index("5,200")
    assert frames.as_of_dates(dateline, start, start + 5, [(9, 16, "2025-03-03")]) == []


def test_a_reporting_verb_after_a_number_or_determiner_is_a_noun():
    for s in ["Nearly 5,200 deaths were counted in 41 states last year.",
              "Nearly 5,200 deaths were counted across the states last year."]:
        start = s.index("5,200")
        last_year = (s.index("last year"), s.index("last year") + len("last year"), "2024")
        assert frames.as_of_dates(s, start, start + 5, [last_year]) == ["2024"]


def test_an_opening_date_yields_to_another_year_of_the_figures_own_clause():
    s = "In 2024, the region reported 41,200 cases, compared with roughly 6,100 in 2023."
    assert dates_of(s, "41,200") == ["2024"]
    assert dates_of(s, "6,100") == ["2023"]


def test_a_record_a_figure_surpasses_is_dated_not_the_figure():
    s = "Over 900 cases have been confirmed so far this year, surpassing the 870 logged in all of 2018."
    assert dates_of(s, "900") == []
    assert dates_of(s, "870") == ["2018"]


def test_a_change_on_a_bare_year_measures_from_that_year():
    # "up 8% on 2023": British usage for "over 2023", the baseline; "on March 3" is a day
    s = "The agency's count for 2024 is 4,310 bookings, up 6% on 2023 and the most since 2011."
    assert dates_of(s, "6%") == ["2024"]
    s = "Bookings rose 6% on March 3, 2024, the agency said."
    start = s.index("6%")
    day = (s.index("March 3, 2024"), s.index("March 3, 2024") + len("March 3, 2024"), "2024-03-03")
    assert frames.as_of_dates(s, start, start + 2, [day]) == ["2024-03-03"]


def test_a_day_naming_an_event_does_not_date_its_figures():
    # "the Aug. 9 storm": which storm; its toll is counted later. "The Aug. 12
    # count" is a count of that day, and so is "its Friday schedule".
    def day_dates(s, figure, day_text, iso):
        start, at = s.index(figure), s.index(day_text)
        return frames.as_of_dates(s, start, start + len(figure), [(at, at + len(day_text), iso)])

    s = "The Aug. 9 storm killed at least 80 people in Ohio, 60 of them in Dale County."
    assert day_dates(s, "60", "Aug. 9", "2025-08-09") == []
    s = "The Aug. 12 count put the toll at 60 in Dale County."
    assert day_dates(s, "60", "Aug. 12", "2025-08-12") == ["2025-08-12"]
    s = "The airline cancelled 31% of its Friday schedule."
    assert day_dates(s, "31%", "Friday", "2025-08-08") == ["2025-08-08"]


def test_a_month_after_from_before_its_figure_is_when_the_figure_starts_to_hold():
    # "from March 3 visitors will pay 30 euros": from then on; "up 10% from 2023"
    # measures from a baseline after the change, and "the toll from Friday's
    # flood" names the flood
    def day_dates(s, figure, day_text, iso):
        start, at = s.index(figure), s.index(day_text)
        return frames.as_of_dates(s, start, start + len(figure), [(at, at + len(day_text), iso)])

    s = "The museum said that from March 3 visitors from abroad will pay 30 euros."
    assert day_dates(s, "30 euros", "March 3", "2026-03-03") == ["2026-03-03"]
    s = "Visits rose 10% from March 2024."
    assert day_dates(s, "10%", "March 2024", "2024-03") == []
    s = "The toll from Friday's flood reached 109 deaths."
    assert day_dates(s, "109", "Friday", "2025-07-04") == []


def test_a_year_after_than_in_is_the_baseline():
    s = "The registry lists 5,120 bookings for 2024. That is 6.2% more bookings than in 2023."
    assert dates_of(s[s.index("That"):], "6.2%") == []


def test_a_figure_a_change_is_measured_from_dates_only_that_figure():
    # "down from 1,480 in 2022": 2022 is the earlier figure's year, not the later ones'
    s = ("The totals for 2023: 5.2 million trips were booked, up slightly from 4.9 million in 2022, "
         "and 1,120 were cancelled, down from 1,480 the year before.")
    assert dates_of(s, "1,120") == ["2023"]
    assert dates_of(s, "4.9 million") == ["2022"]
    s = "The agency counted 9,140 bookings in 2023, a 14% increase over the 8,020 logged in 2022."
    assert dates_of(s, "14%") == ["2023"]
    assert dates_of(s, "8,020") == ["2022"]


def test_a_sentence_opening_since_a_date_gives_its_figures_that_period():
    s = "Since 2019 the clinic has charged $40 a visit, and 2021 brought no change."
    assert dates_of(s, "$40") == ["since-2019"]
    s = "Cases were the most since 2019, officials said of the 412 counted."
    assert dates_of(s, "412") == []


def test_a_date_in_the_figures_own_clause():
    s = "Officials counted 812 cases in 2021 and far fewer since."
    assert dates_of(s, "812") == ["2021"]


@pytest.mark.parametrize("a,b,compatible", [
    (["2025"], ["2025-03-11"], True),
    (["2025-03-04"], ["2025-03-11"], False),
    ([], ["1994"], True),
    (["2023"], ["2024"], False),
    # a set is as specific as its most specific date: "as of July 29 ... in 2025"
    (["2025", "2025-07-29"], ["2025-04-08"], False),
    (["2025", "2025-07-29"], ["2025"], True),
    # periods opening on two dates are two periods; one may hold at any date after its start
    (["since-2024-08"], ["since-2025-02"], False),
    (["since-2024-08"], ["since-2024"], True),
    (["since-2024-08"], ["2025-03"], True),
    # a season told by its two years is the period that opens in one and closes in the next
    (["2024/2025"], ["2024-09-29/2025-09-13"], True),
    (["2024/2025"], ["2023-10-01/2024-09-28"], False),
    (["2023/2024"], ["2024-09-29/2025-09-13"], False),
    # a part of a month holds its own days only
    (["2025-04-11/2025-04-19"], ["2025-04-09"], False),
    (["2025-04-11/2025-04-19"], ["2025-04-15"], True),
    (["2025-04-11/2025-04-19"], ["2025-04"], True),
    (["2025-04-11/2025-04-19"], ["2025-04-20/2025-04-31"], False),
])
def test_as_of_compatibility(a, b, compatible):
    assert frames.as_of_compatible(a, b) is compatible


def test_subject_levels():
    glucora, medexa = frozenset({"glucora", "medexa"}), frozenset({"insulex"})
    assert frames.subject_match("glucora", glucora, "", frozenset({"glucora"})) == frames.SUBJECT_STRONG
    assert frames.subject_match("", glucora, "", frozenset({"medexa", "fda"})) == frames.SUBJECT_SHARED
    assert frames.subject_match("glucora", glucora, "insulex", medexa) == frames.SUBJECT_DISJOINT
    assert frames.subject_match("glucora", glucora, "", frozenset()) == frames.SUBJECT_UNKNOWN


def test_a_sentences_only_date_dates_its_figures_but_a_baseline_does_not():
    s = "Coverage reached 91% in the 2024-25 school year, and 4.1% had an exemption."
    assert dates_of(s, "4.1%") == ["2024"]
    s = "Rent rose 7.1% over 2024."
    assert dates_of(s, "7.1%") == []


def test_an_opening_when_clause_dates_the_main_clause():
    s = "When the clinic opened in 1998, a visit cost about $20."
    assert dates_of(s, "$20") == ["1998"]


def test_the_kind_of_event_nearest_before_a_date():
    s = "It won accelerated approval in January 2023 and full approval in July 2023."
    assert frames.event_kind(s, "January 2023") == "accelerated"
    assert frames.event_kind(s, "July 2023") == "full"
    assert frames.event_kind("Regulators approved it in July 2023.", "July 2023") == ""


def test_a_product_first_approved_names_its_original_approval():
    # "first" before the verb: the product's first approval, not the one for a
    # newer use; "the first drug approved for ..." is first of its kind
    assert frames.event_kind("It was first approved in 2017 for a skin disease.", "2017") == "original"
    assert frames.event_kind("Velora was originally cleared in 2019.", "2019") == "original"
    assert frames.event_kind("It became the first drug approved for the disease in May 2024.", "May 2024") == ""


def test_the_kind_of_event_is_read_from_its_pathway_or_basis():
    s = "Regulators cleared the vaccine through the emergency pathway in March 2021."
    assert frames.event_kind(s, "March 2021") == "emergency"
    s = "The agency allowed the drug on an accelerated basis in May 2020."
    assert frames.event_kind(s, "May 2020") == "accelerated"


def test_a_date_set_against_another_figure_dates_only_that_one():
    s = "Electric cars were 18% of new sales, compared with 4% in 2020."
    assert dates_of(s, "18%") == []
    assert dates_of(s, "4%") == ["2020"]


def test_a_bracket_after_the_figure_set_against_keeps_the_date_its_own():
    # "(3.1%)" ends no clause: 2027 is still the compared figure's year
    s = "Recalls numbered 418 (2.6%) and warnings 97 (0.6%), compared with 455 (3.1%) in 2027."
    assert dates_of(s, "418") == []
    assert dates_of(s, "455") == ["2027"]


def test_the_nearest_name_is_a_word_not_an_acronym_of_words():
    left = "the maker will cut the list price of Glucora and Insulex by".split()
    assert frames.nearest_name(left, [], False) == "insulex"


def test_a_fact_checks_claim_line_is_disputed():
    assert frames.status(["said", "it", "cost"], "", "CLAIM: The vaccine cost $900 a dose.") == "disputed"
    assert frames.status(["said", "it", "cost"], "", "The claim is wrong: it cost $90.") == "fact"


def test_the_date_of_a_changes_starting_value_does_not_date_the_figure():
    s = "The district now enrolls about 13,000 students, down from 14,100 in 2020."
    assert dates_of(s, "13,000") == []
    assert dates_of(s, "14,100") == ["2020"]


def test_official_names_sharing_only_generic_words_are_other_bodies():
    a = frozenset({"advisory", "committee", "immunization", "practices"})
    b = frozenset({"advisory", "committee", "vaccines", "biological", "products"})
    assert frames.subject_match("practices", a, "vaccines", b) == frames.SUBJECT_DISJOINT
    assert frames.subject_match("committee", frozenset({"committee"}), "", b) == frames.SUBJECT_UNKNOWN


def test_a_reporter_that_reports_on_its_own_product_is_its_subject():
    assert "velora" in frames.names_in("Velora has said its shot showed 87.3% efficacy .".split())
    assert "velora" not in frames.names_in("Velora has said the shot showed 87.3% efficacy .".split())


def test_what_a_figure_protects_against_is_no_subject_name():
    words = "Velora said its shot was 87.3 % effective against RSV disease in older adults .".split()
    assert frames.names_in(words, starts_sentence=True) == ["velora"]


def test_the_jurisdiction_nearest_a_date_in_its_part_of_the_sentence():
    s = ("The pill was cleared in Canada in March 2022, approved by the FDA in June 2022 and "
         "by Japan's regulator in 2023, and the EMA followed in 2024.")
    assert [frames.jurisdiction(s, d) for d in ("March 2022", "June 2022", "2023", "2024")] == \
        ["canada", "us", "japan", "eu"]
    assert frames.jurisdiction("Regulators approved it in May 2023 and told us why.", "May 2023") == ""
    # nearest by the words between them: a long name before the date still binds closer than one after
    s = "Velbrin, which the U.S. Food and Drug Administration cleared in May 2021, was authorized in Europe later."
    assert frames.jurisdiction(s, "May 2021") == "us"
    # "followed by" opens the later events of the places after it
    s = "Canada was the first to clear the pill, in March 2022, followed by the United States and Japan."
    assert frames.jurisdiction(s, "March 2022") == "canada"


def test_a_country_adjective_names_its_jurisdiction():
    # "the Swiss authorities", "Japanese regulators": the adjective is the place
    assert frames.jurisdiction("Velbrin was approved by the Swiss authorities on December 4.", "December 4") == \
        "switzerland"
    assert frames.jurisdiction("Japanese regulators cleared Velbrin in May 2023.", "May 2023") == "japan"


def test_newer_inn_stems_name_drugs():
    # NK3 antagonists and nicotinic partial agonists ("-netant", "-nicline"), as the WHO names them
    assert frames.inn_drug_name("velozanetant") and frames.inn_drug_name("corvanicline")
    assert not frames.inn_drug_name("important")


def test_a_maker_and_its_product_are_linked():
    assert frames.maker_links("Regulators cleared Glucora, developed by Medexa, for adults.") == [("glucora", "medexa")]
    assert frames.maker_links("Glucora (Medexa) was first.") == [("glucora", "medexa")]
    assert frames.maker_links("Medexa's Glucora and Orvane's Velbrin were cleared.") == [
        ("medexa", "glucora"), ("orvane", "velbrin")]
    assert frames.maker_links("The Food and Drug Administration (FDA) said so.") == []
    # a name ending in s takes the apostrophe alone: "Halvers' pill Corvexa"
    assert frames.maker_links("Regulators approved Halvers' breast cancer pill Corvexa.") == [("halvers", "corvexa")]


def test_a_date_after_a_passive_reporting_verb_is_the_period_counted():
    # "cases were reported in 2022" are the cases of 2022, not a report made in 2022
    s = "Across the province, 5,120 infections were reported in 2022, against 1,900 the year before."
    assert dates_of(s, "5,120") == ["2022"]
    s = "Eleven deaths were confirmed in 2021 by the coroner."
    assert dates_of(s, "Eleven") == ["2021"]
    # the active verb still dates the report, not its figure
    s = "The ministry reported on Monday 5,120 infections so far."
    assert dates_of(s, "5,120") == []


def test_a_capitalized_word_inside_a_name_is_no_reporting_verb():
    # "States" of "United States" is a name's word, not the verb "states"
    assert "us" in frames.sentence_names("In the United States, 4,120 cases were counted last year.")
    assert "us" in frames.sentence_names("Cases in the United States fell by 12% in May.")


def test_a_body_systems_abbreviation_is_no_name():
    # "GI trouble", "ER visits": what happened, not what a figure is about
    assert names("Roughly 16% stopped because of nausea and other GI trouble.") == []
    assert names("About 9% went to the ER within a week.") == []


def test_a_date_of_an_exception_dates_only_that():
    # "the most since records began, apart from 2009" sets 2009 aside
    s = "Officials counted 412 deaths, the most in any year apart from 2009."
    assert dates_of(s, "412") == []
    s = "The 412 deaths were the most of any season except the 2009–10 pandemic."
    assert dates_of(s, "412") == []


def test_a_sentence_opening_from_a_period_gives_its_figures_that_period():
    s = ("From October 1, 2023, through June 30, 2024, 310 deaths were reported, the most since "
         "reporting began in 2004.")
    period = (s.index("October"), s.index(", 310"), "2023-10-01/2024-06-30")
    year = (s.index("2004"), s.index("2004") + 4, "2004")
    start = s.index("310")
    assert frames.as_of_dates(s, start, start + 3, [period, year]) == ["2023-10-01/2024-06-30"]


def test_a_period_after_from_dates_the_figure_it_bounds_but_a_single_year_after_from_is_a_baseline():
    s = "Vaccination rates dropped in 27 counties from 2018 to 2022."
    period = (s.index("2018"), s.index("2022") + 4, "2018/2022")
    start = s.index("27")
    assert frames.as_of_dates(s, start, start + 2, [period]) == ["2018/2022"]
    s = "Rates dropped in 27 counties, down from 2018."
    year = (s.index("2018"), s.index("2018") + 4, "2018")
    assert frames.as_of_dates(s, start, start + 2, [year]) == []


def test_a_figure_joined_to_the_one_before_takes_the_date_of_its_own_phrase():
    s = "Home births made up 2% of births at the close of 2021 and 3% over the first nine months of 2023."
    dates = [(s.index("2021"), s.index("2021") + 4, "2021"), (s.index("2023"), s.index("2023") + 4, "2023")]
    start = s.index("3%")
    assert frames.as_of_dates(s, start, start + 2, dates) == ["2023"]
    start = s.index("2%")
    assert frames.as_of_dates(s, start, start + 2, dates) == ["2021"]


def test_a_countrys_other_names_are_one_name():
    assert "uk" in frames.sentence_names("In Britain, the final analysis showed 89.7% efficacy.")
    assert "uk" in frames.sentence_names("The British regulator cleared it in 2021.")
    assert "england" in frames.sentence_names("In England, 14,905 cases were confirmed.")


def test_the_whole_source_after_according_to_is_no_subject():
    found = frames.sentence_names("According to provisional data from the Centers for Disease Control and "
                                  "Prevention, health departments reported 4,120 cases in Ohio.")
    assert "ohio" in found and not {"cdc", "prevention", "centers"} & set(found)


def test_a_figure_after_to_takes_the_date_of_its_own_phrase():
    s = "Adult smoking slipped from 11.8% in 2021 to 11.1% in 2022, the survey found."
    assert dates_of(s, "11.8%") == ["2021"]
    assert dates_of(s, "11.1%") == ["2022"]


def test_the_baseline_figure_of_a_change_takes_no_other_date_of_its_sentence():
    s = "Statewide, 88.4% of seventh graders had the booster in 2023, down from 89.9% a year earlier."
    assert dates_of(s, "88.4%") == ["2023"]
    assert dates_of(s, "89.9%") == ["before-2023"]
    s = "Clinics logged 3,120 visits, up from 2,740 in 2022."
    assert dates_of(s, "2,740") == ["2022"]
    assert dates_of(s, "3,120") == []
    # "from" after words that tell no change is no baseline: "reported from 33 countries"
    s = "In 2025 officials counted more than 9,100 cases, reported from 33 districts."
    assert dates_of(s, "33 districts") == ["2025"]


@pytest.mark.parametrize("a,b,compatible", [
    ({"before-2023"}, {"2022"}, True),
    ({"before-2023"}, {"2023"}, False),
    ({"before-2023"}, {"2024"}, False),
    ({"before-2024/2025"}, {"2023/2024"}, True),
    ({"before-2023"}, set(), True),
])
def test_a_baseline_figure_holds_before_the_date_its_change_is_told_at(a, b, compatible):
    assert frames.as_of_compatible(a, b) is compatible
    assert frames.as_of_compatible(b, a) is compatible


def test_a_period_whose_end_lies_past_the_figures_clause_dates_it_by_its_end():
    s = "Labs confirmed 1,904 infections between Sept. 3, 2023, and late May 2024, the agency said."
    start = s.index("1,904")
    period = [(s.index("Sept."), s.index("Sept.") + len("Sept. 3, 2023"), "2023-09-03"),
              (s.index("May 2024"), s.index("May 2024") + len("May 2024"), "2024-05")]
    assert frames.as_of_dates(s, start, start + 5, period) == ["2024-05"]


def test_a_capitalised_reporting_word_is_part_of_a_name_not_a_report():
    s = "Officials counted 4,210 measles cases across the United States in 2019."
    assert dates_of(s, "4,210") == ["2019"]


def test_a_date_after_for_is_the_period_an_estimate_is_for():
    s = "Hospitals logged 61,200 admissions in 2024, about 9% more than the 56,100 admissions estimated for 2023."
    assert dates_of(s, "56,100") == ["2023"]


def test_the_weight_or_age_of_an_example_person_is_a_hypothetical():
    assert frames.status(["for", "a"], "", "For a 70 kg adult, the limit is 2,800 mg.", kind="mass") == "hypothetical"
    assert frames.status(["for", "a"], "", "For a 40-year-old woman, the risk is 1 in 70.",
                         kind="age") == "hypothetical"
    assert frames.status(["approved", "for", "a"], "", "It was approved for a 12-week course.",
                         kind="duration") == "fact"
    assert frames.status(["the", "average", "patient", "weighed"], "", "The average patient weighed 70 kg.",
                         kind="mass") == "fact"


def test_a_figure_of_a_temporal_clause_takes_no_date_of_the_main_one():
    # "two weeks after ... a 71-29 vote": the vote came before the plan's day
    s = "The secretary unveiled a plan in 2025, two weeks after the Senate confirmed her on a 71-29 vote."
    assert dates_of(s, "71") == []
    s = "The secretary unveiled a plan in 2025 after the Senate had confirmed her on a 71-29 vote."
    assert dates_of(s, "71") == ["2025"]  # (no comma: one clause, as far as a date can tell)


@pytest.mark.parametrize("a,b,compatible", [
    ({"since-2022-11"}, {"2021"}, False),
    ({"since-2022-11"}, {"2021-12-31"}, False),
    ({"since-2022-11"}, {"2022"}, True),
    ({"since-2022-11"}, {"2023-03"}, True),
    ({"since-2022-11"}, set(), True),
])
def test_a_period_opening_on_a_date_holds_nothing_from_before_it(a, b, compatible):
    assert frames.as_of_compatible(a, b) is compatible
    assert frames.as_of_compatible(b, a) is compatible


@pytest.mark.parametrize("sentence,figure,dates", [
    # a figure other than a count "since" a year holds for the period from then
    ("Rents have climbed 41% since 2019, the survey found.", "41%", ["since-2019"]),
    # a record's baseline dates no period of the figure
    ("Rents climbed 9%, the most since 2008.", "9%", []),
    ("Rents climbed 9% in 2024, the largest rise since 2008.", "9%", ["2024"]),
])
def test_a_since_right_after_a_figure_opens_its_period(sentence, figure, dates):
    start = sentence.index(figure)
    found = frames.as_of_dates(sentence, start, start + len(figure), frames.years_in(sentence), trailing_since=True)
    assert found == dates
