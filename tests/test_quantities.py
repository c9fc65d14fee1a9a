"""Every number form the extractor reads, on sentences written for these tests."""

import pytest


def one(extract, text):
    qs = extract(text)
    assert len(qs) == 1, [(q.text, q.low, q.high, q.unit) for q in qs]
    return qs[0]


@pytest.mark.parametrize("text,low,high,unit,kind", [
    ("Turnout reached 61.4% this spring.", 61.4, 61.4, "%", "percent"),
    ("Turnout reached 48 percent this spring.", 48, 48, "%", "percent"),
    ("Turnout reached 48 per cent this spring.", 48, 48, "%", "percent"),
    ("The clinic enrolled 1,250 patients.", 1250, 1250, "patients", "count"),
    ("The clinic enrolled forty-five patients.", 45, 45, "patients", "count"),
    ("The clinic enrolled one hundred volunteers.", 100, 100, "volunteers", "count"),
    ("The city has 2.4 million residents.", 2.4e6, 2.4e6, "residents", "count"),
    ("The grant was $4.5 million.", 4.5e6, 4.5e6, "USD", "money"),
    ("The fine was £250,000.", 250000, 250000, "GBP", "money"),
    ("The budget is €1.2 billion.", 1.2e9, 1.2e9, "EUR", "money"),
    ("The ministry pays R$95 a dose.", 95, 95, "BRL", "money"),
    ("Each boy got 1.5 × 10^13 vector genomes.", 1.5e13, 1.5e13, "genomes", "count"),
    ("About 3x10^6 cells were infused.", 3e6, 3e6, "cells", "count"),
    ("A private clinic charges MX$1,200.", 1200, 1200, "MXN", "money"),
    ("Seoul paid ₩50,000 per dose.", 50000, 50000, "KRW", "money"),
    ("The deal was worth US$30m.", 30e6, 30e6, "USD", "money"),
    ("It costs AU$15 a week.", 15, 15, "AUD", "money"),
    ("Tickets cost 40 USD each.", 40, 40, "USD", "money"),
    # a hundredth of a currency: cents and pence
    ("The city taxes soda at 2 cents an ounce.", 0.02, 0.02, "USD", "money"),
    ("Voters backed a 1.5-cent-per-ounce levy.", 0.015, 0.015, "USD", "money"),
    ("Stamps went up by 12 pence.", 0.12, 0.12, "GBP", "money"),
    ("The duty is 24p per litre.", 0.24, 0.24, "GBP", "money"),
    # "pounds" in a sentence about money is the currency; elsewhere a weight
    ("The vaccine has a list price of 85 pounds a dose.", 85, 85, "GBP", "money"),
    ("The council will spend 2 million pounds on clinics.", 2e6, 2e6, "GBP", "money"),
    ("He lost 30 pounds over the year.", 30, 30, "lb", "mass"),
    ("The maker expects yearly sales of 2 billion pounds from the inhaler.", 2e9, 2e9, "GBP", "money"),
    ("The scheme would save the health service 7 million pounds, officials said.", 7e6, 7e6, "GBP", "money"),
    ("The state recycled 40 million pounds of plastic.", 40e6, 40e6, "lb", "mass"),
    ("Each tablet holds 20mg of the drug.", 20, 20, "mg", "dose"),
    ("Each tablet holds 250 micrograms of the drug.", 250, 250, "mcg", "dose"),
    ("Each tablet holds 50 µg of the drug.", 50, 50, "mcg", "dose"),
    ("The infusion was 0.5 mg/kg per hour.", 0.5, 0.5, "mg/kg", "dose"),
    ("She took a 300-milligram capsule.", 300, 300, "mg", "dose"),
    ("It was a 16-week course.", 16, 16, "weeks", "duration"),
    ("Fasting lasted 36 hours.", 36, 36, "hours", "duration"),
    ("They waited an hour and a half.", 1.5, 1.5, "hours", "duration"),
    ("They waited two and a half years.", 2.5, 2.5, "years", "duration"),
    ("They waited half an hour.", 0.5, 0.5, "hours", "duration"),
    ("A 45-min walk is advised.", 45, 45, "minutes", "duration"),
    ("A 10-h shift is common.", 10, 10, "hours", "duration"),
    ("The fee rose to 15k in the end.", 15000, 15000, "", "number"),
    ("Half of adults said so.", 50, 50, "%", "percent"),
    # a weight in pounds is a mass, not a count of pounds
    ("At the start they weighed 248 pounds on average.", 248, 248, "lb", "mass"),
    ("Her dog weighs one pound.", 1, 1, "lb", "mass"),
    ("A third of voters said so.", 100 / 3, 100 / 3, "%", "percent"),
    ("Three-quarters of voters said so.", 75, 75, "%", "percent"),
    # lengths and speeds in U.S. units, spelled out or short
    ("The drone's altimeter read 412 ft at the time.", 412, 412, "feet", "length"),
    ("The creek rose 19 feet in an hour.", 19, 19, "feet", "length"),
    ("The storm left 9 inches of snow.", 9, 9, "inches", "length"),
    ("Winds gusted to 85 mph at the coast.", 85, 85, "mph", "speed"),
    ("Winds gusted to 140 km/h at the coast.", 140, 140, "km/h", "speed"),
    # South Asian English magnitudes
    ("Each family was paid ₹25 lakh.", 2.5e6, 2.5e6, "INR", "money"),
    ("The trust set aside ₹1.5 crore.", 1.5e7, 1.5e7, "INR", "money"),
])
def test_single_forms(extract, text, low, high, unit, kind):
    q = one(extract, text)
    assert q.low == pytest.approx(low)
    assert q.high == pytest.approx(high)
    assert q.unit == unit
    assert q.kind == kind


@pytest.mark.parametrize("text,low,high,unit", [
    ("Recovery takes 4 to 6 weeks.", 4, 6, "weeks"),
    ("Recovery takes four to six weeks.", 4, 6, "weeks"),
    ("Patients need 3 or 4 visits.", 3, 4, "visits"),
    ("Between 5 and 9 hours of sleep is normal.", 5, 9, "hours"),
    ("Doses of 150-200 mg were used.", 150, 200, "mg"),
    ("Doses of 40–60 mg were used.", 40, 60, "mg"),
    ("Rates ranged from 2.5% to 9%.", 2.5, 9, "%"),
    ("Repairs cost $2,000-$3,500.", 2000, 3500, "USD"),
    ("The deficit is 1.5 to 2 billion dollars.", 1.5e9, 2e9, "USD"),
])
def test_ranges_are_one_claim(extract, text, low, high, unit):
    q = one(extract, text)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.unit == unit


def test_list_sharing_a_unit_gives_one_claim_each(extract):
    qs = extract("Groups received 10, 20, and 40 mg.")
    assert [(q.low, q.unit) for q in qs] == [(10, "mg"), (20, "mg"), (40, "mg")]
    assert all(q.list_size == 3 and (q.list_low, q.list_high) == (10, 40) for q in qs)


def test_alternatives_with_repeated_units_are_two_claims(extract):
    qs = extract("Either 50 mg or 100 mg was given.")
    assert [(q.low, q.high, q.unit) for q in qs] == [(50, 50, "mg"), (100, 100, "mg")]


def test_a_change_is_two_claims_not_a_range(extract):
    qs = extract("Unemployment rose from 4% to 7%.")
    assert [(q.low, q.high) for q in qs] == [(4, 4), (7, 7)]
    qs = extract("Lifting the levy from 2.5% to 4.75% would fund the plan.")
    assert [(q.low, q.high) for q in qs] == [(2.5, 2.5), (4.75, 4.75)]


@pytest.mark.parametrize("text,expected", [
    ("Median survival was 21.4 versus 19.7 months.", [("21.4", 21.4, "months"), ("19.7 months", 19.7, "months")]),
    ("The median stay was 6.2 vs. 8.9 days.", [("6.2", 6.2, "days"), ("8.9 days", 8.9, "days")]),
])
def test_two_figures_set_against_each_other_share_the_unit_written_once(extract, text, expected):
    assert [(q.text, q.low, q.unit) for q in extract(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Joblessness climbed from 3.6 to 4.4 percent.", [("3.6", "percent", "%"), ("4.4 percent", "percent", "%")]),
    ("Her waiting time grew from 9 to 14 months.", [("9", "duration", "months"), ("14 months", "duration", "months")]),
    ("The stroke rate declined from 31.2 to 29.8 per 100,000 adults.",
     [("31.2", "rate", "per 100000 adults"), ("29.8 per 100,000", "rate", "per 100000 adults")]),
    ("The rate dropped from 7.4 in 2018 to 6.9 per 1,000 births in 2022.",
     [("7.4", "rate", "per 1000 births"), ("2018", "date", "year"), ("6.9 per 1,000", "rate", "per 1000 births"),
      ("2022", "date", "year")]),
])
def test_the_start_of_a_change_takes_the_unit_written_after_its_end(extract, text, expected):
    assert [(q.text, q.kind, q.unit) for q in extract(text)] == expected


def test_a_from_figure_before_a_to_figure_of_its_own_unit_keeps_its_kind(extract):
    qs = extract("Output went from 12 in March to 19% of capacity.")
    assert qs[0].kind != "percent"


def test_descending_pair_is_not_a_range(extract):
    qs = extract("The motion passed 52-48 votes.")
    assert all(q.low == q.high for q in qs)


@pytest.mark.parametrize("text,bound,bound_type", [
    ("about 40% of adults", "about", "approx"),
    ("approximately 40% of adults", "approximately", "approx"),
    ("nearly 40% of adults", "nearly", "upper"),
    ("at least 40% of adults", "at least", "lower"),
    ("more than 40% of adults", "more than", "lower"),
    ("up to 40% of adults", "up to", "upper"),
    ("fewer than 40 adults", "fewer than", "upper"),
    ("~40% of adults", "~", "approx"),
    ("≥40% of adults", "≥", "lower"),
    ("< 40% of adults", "<", "upper"),
])
def test_bound_words_are_recorded_and_leave_the_value(extract, text, bound, bound_type):
    q = one(extract, text)
    assert q.low == q.high == 40
    assert (q.bound, q.bound_type) == (bound, bound_type)


@pytest.mark.parametrize("text,year,iso", [
    ("The law passed in 1998.", 1998, "1998"),
    ("Approval is expected by 2030.", 2030, "2030"),
    ("It was signed on March 3, 2019.", 2019, "2019-03-03"),
    ("It was signed on 3 March 2019.", 2019, "2019-03-03"),
    ("It opened in October 2015.", 2015, "2015-10"),
])
def test_dates(extract, text, year, iso):
    q = one(extract, text)
    assert q.kind == "date" and q.low == q.high == year and q.date == iso


def test_iso_date(extract):
    q = one(extract, "The rule took effect on 2022-07-01.")
    assert (q.low, q.kind, q.date) == (2022, "date", "2022-07-01")


@pytest.mark.parametrize("text,low,high", [("In the 2020-21 season.", 2020, 2021),
                                           ("During 1998–99, sales fell.", 1998, 1999),
                                           ("Over 1999-00, sales fell.", 1999, 2000)])
def test_year_span_with_two_digit_end(extract, text, low, high):
    q = one(extract, text)
    assert (q.low, q.high, q.kind) == (low, high, "date")


def test_decade_is_a_date_range(extract):
    q = one(extract, "Prices rose through the 1970s.")
    assert (q.low, q.high, q.kind) == (1970, 1979, "date")


def test_date_without_year_is_kept_unresolved(extract):
    q = one(extract, "Posted Jan 9")
    assert q.kind == "date" and q.low is None and q.date == "--01-09"


def test_lines_under_a_references_heading_are_not_claims(extract):
    text = ("About 30% of patients do not respond.\n\nReferences\n"
            "1. World Health Organization. Depression fact sheet. 2023. https://www.who.int/x\n"
            "2. National Institute of Mental Health. Major depression. 2022.\n"
            "[3] Survey of 2,000 adults, 2021\n\n"
            "Rated by readers: 1,204 people found this useful.\n")
    assert [q.text for q in extract(text)] == ["30%", "1,204"]


def test_relative_date_of_a_forecast_is_kept_unresolved(extract):
    q = one(extract, "The agency is expected to decide next year.")
    assert q.kind == "date" and q.low is None and q.relative == ("year", 1)


def test_relative_date_of_a_past_event_is_a_claim(extract):
    assert [(q.text, q.relative) for q in extract("Last year, the team moved.")] == [("Last year", ("year", -1))]


@pytest.mark.parametrize("text", [
    "See the guidance [4] and [2][7].",
    "1. Introduction",
    "  12. Results of the survey",
    "Read more at https://example.org/report/2020/15.",
    "doi:10.1016/j.cell.2019.05.031",
    "Smith J, et al. Lancet. 2019;393(10170):447-455.",
    "Type 2 diabetes is common.",
    "The ICD-10 and DSM-5 manuals differ.",
    "Serotonin 5-HT1A receptors were studied.",
    "2,5-dimethoxy compounds were studied.",
    "The COVID-19 vaccine and the H1N1 strain.",
    "She joined the Apollo11 team in Phase 2.",
    "Follow @health2020 for updates.",
    "Write to clinic2024@example.org or team.42@example.org today.",
    "6 min read",
    "The meeting starts at 10:30.",
    "It was the 3rd attempt.",
    "One of the reasons is cost.",
    "One study found nothing.",
    "Owners of the iPhone 15 and Windows 11 were surveyed.",
    "Call 555-123-4567 or (555) 123-4567 to book.",
    "The meeting starts at 9 a.m. sharp.",
    "12 minutes read",
    # page furniture: engagement counts, ratings, copyright, links to other articles
    "Share on Facebook | Tweet | 23 Comments",
    "1.2K Shares",
    "Rated 4.8 out of 5 by 1,204 readers",
    "4.5 out of 5 stars",
    "© 2024 MindHealth Media. All rights reserved.",
    "Copyright 2019-2024 Example Inc.",
    "Related: 5 Things to Know About Ketamine Clinics",
    "Read more: 10 ways to sleep better in 2025",
    "Updated 3 hours ago",
    "Last updated: 2 weeks ago",
    "Page 2 of 5",
    "Showing 1-10 of 245 results",
    "Photo 3 of 12",
    "See all 12 photos",
    "Listen to this article (4 minutes)",
    "Sign up to get 20% off your first order",
    "Save 30% today. Free shipping on orders over $50.",
    "Subscribe for $1 a week.",
    "If you are in crisis, call or text 988. In an emergency, call 911.",
    # a number an article tells readers to call names its line wherever it stands
    "The 988 Lifeline took more calls this summer. If you need help, call or text 988.",
    "Dial 911 if someone stops breathing; 911 dispatchers can guide you. Funding for 911 comes from a fee.",
    # a number after an abbreviated label names a thing: a dye, an issue, a figure
    "The bill bans Blue No. 1 and Citrus Red No. 2 in school meals.",
    "The paper appeared in Vol. 9, No. 4 of the journal.",
    "See Fig. 3 for the dose groups.",
    # a runway, a flight, an exit: named by their numbers
    "Jets landing on runway 19 pass over the river.",
    "Flight 2207 left the gate late.",
    # a stock index or a ranked list named by its number
    "The S&P 500 and the FTSE 100 closed lower.",
    "Shares in the Russell 2000 and the Nikkei 225 slid.",
    "Most Fortune 500 firms use the software.",
])
def test_not_claims(extract, text):
    assert extract(text) == [], [(q.text, q.kind) for q in extract(text)]


def test_a_line_number_is_read_as_a_figure_where_the_article_dials_none(extract):
    # "988 deaths" in an article that never tells anyone to call 988 is a count
    q = one(extract, "The province recorded 988 deaths from the outbreak.")
    assert q.low == 988 and q.kind == "count"
    # and a figure of the same digits inside a larger one is no line's name
    assert [q.low for q in extract("Call or text 988. The fund reached 9,880 callers and $988.50.")] \
        == [9880, 988.5]


def test_counts_skip_modifiers_to_find_the_noun(extract):
    q = one(extract, "They held 4 full-time training workshops.")
    assert q.counted == "workshops" and q.low == 4
    count, length = extract("They held 4 half-day training workshops.")
    assert count.counted == "workshops" and (length.low, length.unit) == (0.5, "days")


@pytest.mark.parametrize("text,counted", [
    ("Regulators paused the shot after 19 serious adverse events.", "events"),
    ("She needed three full courses of the pill.", "courses"),
    ("In all, 3,210 were randomized to the shot or a dummy.", "people"),
    ("Over the winter 870 were hospitalised with the virus.", "people"),
    ("The pivotal 96-girl study missed its main goal.", "girl"),
    ("A 40-infant pilot ran at one clinic.", "infant"),
])
def test_a_count_of_people_read_from_its_noun_or_what_was_done_to_them(extract, text, counted):
    q = one(extract, text)
    assert (q.kind, q.counted) == ("count", counted)


@pytest.mark.parametrize("text,counted", [
    ("Measles cases in the United States have reached 1,274 this year.", "cases"),
    ("The number of deaths climbed to 312 by Friday.", "deaths"),
    ("Hospitalizations topped 2,100 last week.", "hospitalizations"),
    ("Deaths involving synthetic opioids such as fentanyl dropped to 74,700.", "deaths"),
    # what is not a count of things: a level, or a subject that names none
    ("Temperatures reached 104 in Phoenix.", ""),
    ("The index rose to 4,200 on Monday.", ""),
    ("Prices hit 350 in March.", ""),
])
def test_a_tally_of_the_sentence_subject_counts_it(extract, text, counted):
    q = [q for q in extract(text) if q.kind in {"count", "number"}]
    assert len(q) == 1 and q[0].counted == counted and q[0].kind == ("count" if counted else "number")


@pytest.mark.parametrize("text,counted", [
    ("The trial gave the pill to about 4,100 elderly, frail volunteers.", "volunteers"),
    ("Some 700 unvaccinated, high-risk adults took part.", "adults"),
    # a comma after a plural ends what is counted
    ("It enrolled 700 adults, unvaccinated and at high risk.", "adults"),
    # a place written with dots modifies the noun, as "American" does
    ("The maker puts the group at 2,900 U.S. patients.", "patients"),
])
def test_a_count_reads_its_noun_past_a_comma_between_modifiers(extract, text, counted):
    q = [q for q in extract(text) if q.kind == "count"]
    assert len(q) == 1 and q[0].counted == counted


def test_a_list_naming_its_noun_once_counts_it_in_every_item(extract):
    found = [(q.text, q.counted, q.kind) for q in
             extract("Ohio reported 41 infections, Indiana 12, Iowa seven and New Jersey 3.")]
    assert found == [("41", "infections", "count"), ("12", "infections", "count"),
                     ("seven", "infections", "count"), ("3", "infections", "count")]
    # an item after one with a unit is no count, and a first item counting nothing makes bare numbers
    assert [q.text for q in extract("Sales rose 9%, Canada 4 and Mexico 2.")] == ["9%"]
    assert [(q.text, q.kind) for q in extract("Ohio reported 41, Indiana 12 and Iowa 7.")] == [
        ("41", "number"), ("12", "number"), ("7", "number")]


@pytest.mark.parametrize("text,figure,counted", [
    ("The island logged 612 cases this spring, compared with 1,480 in all of 2022.", "1,480", "cases"),
    ("So far 940 deaths were confirmed in 2024, close to the 1,050 recorded in 2023.", "1,050", "deaths"),
    # a record set against it is a record of the same thing
    ("This winter's 145 child deaths topped the earlier high of 131, set in 2019.", "131", "deaths"),
    ("The 612 cases beat the record of 588 from 2014.", "588", "cases"),
])
def test_a_figure_set_against_an_earlier_count_counts_its_noun(extract, text, figure, counted):
    q = next(q for q in extract(text) if q.text == figure)
    assert (q.kind, q.counted) == ("count", counted)


def test_ages_given_as_decades(extract):
    found = [(q.text, q.low, q.high, q.kind) for q in extract("Participants were in their 60s and 70s.")]
    assert found == [("60s", 60, 69, "age"), ("70s", 70, 79, "age")]
    q = one(extract, "Most were women in their mid-40s.")
    assert (q.low, q.high, q.kind) == (40, 49, "age")


@pytest.mark.parametrize("text,value", [
    ("The drugmaker took 70% off the list price of insulin.", 70),
    ("Patients could save 30% on their drug costs.", 30),
    ("Results from 40 of 100 clinics are in.", 40),
])
def test_prose_like_page_furniture_keeps_its_claims(extract, text, value):
    assert value in [q.low for q in extract(text)]


@pytest.mark.parametrize("text,low,high", [
    ("Adults ≥18 years were eligible.", 18, 18),
    ("Adults over 65 are at higher risk.", 65, 65),
    ("Women between 40 and 74 should get mammograms.", 40, 74),
    ("The vaccine is approved for those 12 and up.", 12, 12),
    ("Patients older than 70 years had worse outcomes.", 70, 70),
    ("Among people 65 years and older, uptake was high.", 65, 65),
])
def test_a_figure_bounding_a_group_of_people_is_their_age(extract, text, low, high):
    q = one(extract, text)
    assert (q.kind, q.low, q.high) == ("age", low, high)


@pytest.mark.parametrize("text,low,unit", [
    ("The overdose death rate was 31.3 per 100,000 people.", 31.3, "per 100000"),
    ("The rate stood at 32.6 per 100,000 residents.", 32.6, "per 100000"),
    ("West Virginia had the highest rate, at 80.9 per 100,000.", 80.9, "per 100000"),
    ("Its rate, 80.9 deaths per 100,000, was the highest.", 80.9, "per 100000"),
    ("Infant mortality was 5.3 per 1,000 live births.", 5.3, "per 1000 live births"),
])
def test_rates_per_population(extract, text, low, unit):
    q = one(extract, text)
    assert (q.kind, q.low, q.unit) == ("rate", low, unit)


def test_twice_is_a_ratio_or_a_frequency(extract):
    q = one(extract, "Smokers were twice as likely to develop the disease.")
    assert (q.text, q.low, q.unit, q.kind) == ("twice", 2, "times", "ratio")
    q = one(extract, "The pill is taken twice daily.")
    assert (q.low, q.unit) == (2, "times per day")
    q = one(extract, "Patients took it three times a week.")
    assert (q.low, q.unit) == (3, "times per week")
    q = one(extract, "The injection is given once a week.")
    assert (q.low, q.unit) == (1, "times per week")
    assert extract("Once approved, the drug will be sold widely.") == []


def test_a_change_by_a_fraction_is_a_percent_change(extract):
    q = one(extract, "Mortality dropped by half over the decade.")
    assert (q.text, q.low, q.kind, q.is_change) == ("half", 50, "percent", True)
    q = one(extract, "Costs were cut by a third.")
    assert (round(q.low, 2), q.is_change) == (33.33, True)
    assert extract("The team split in half.") == []


def test_proportions_written_with_out_of(extract):
    found = [(q.text, round(q.low, 2), q.kind) for q in
             extract("9 out of 10 dentists recommend it, and 1 out of every 3 adults has it; 1 in every 4 did.")]
    assert found == [("9 out of 10", 90, "percent"), ("1 out of every 3", 33.33, "percent"),
                     ("1 in every 4", 25, "percent")]


def test_proportions_written_with_of_every(extract):
    found = [(q.text, round(q.low, 2), q.kind) for q in
             extract("The plant makes three of every four doses sold, and nine of every 10 cases were mild.")]
    assert found == [("three of every four", 75, "percent"), ("nine of every 10", 90, "percent")]
    rate = extract("The disease strikes about 10 of every 100,000 adults each year.")
    assert "percent" not in [q.kind for q in rate]


def test_the_count_of_a_listicle_headline_is_not_a_claim(extract):
    assert extract("5 Things to Know About Ketamine Clinics\n\nThe clinics opened in 2019.")[0].text == "2019"
    assert len(extract("Top 10 Tips for Better Sleep\n\nText.")) == 0
    # in a sentence, or counting something else, it is
    assert [q.text for q in extract("The review found three signs of improvement.")] == ["three"]
    assert [q.text for q in extract("3 Patients Died in Trial\n")] == ["3"]


def test_a_fraction_of_a_magnitude_is_a_number(extract):
    q = one(extract, "Half a million people are affected.")
    assert (q.text, q.low, q.kind) == ("Half a million", 500_000, "count")
    q = one(extract, "A quarter of a million people signed.")
    assert (q.text, q.low) == ("A quarter of a million", 250_000)


def test_the_first_half_of_a_year_is_a_period_not_a_share(extract):
    found = [(q.text, q.kind) for q in extract("It plans to apply in the first half of 2025 and the second quarter.")]
    assert found == [("2025", "date")]
    assert [q.low for q in extract("Half of the patients responded.")] == [50]


@pytest.mark.parametrize("text,expected", [
    ("Volunteers were tracked for a year.", ("a year", 1, "years")),
    ("She went home about a week after the transplant.", ("a week", 1, "weeks")),
    ("Approval usually takes about a year.", ("a year", 1, "years")),
    ("The doses are spaced roughly a month apart.", ("a month", 1, "months")),
    ("The cohort ran for a full year.", ("a full year", 1, "years")),
    ("The grant has not grown in over a decade.", ("a decade", 10, "years")),
    # a decade is stated in years, however many
    ("Prices have risen for three decades.", ("three decades", 30, "years")),
])
def test_one_unit_of_time_as_a_span(extract, text, expected):
    assert [(q.text, q.low, q.unit) for q in extract(text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # the period of a rate or a price, or a time reckoned from another, is no span
    ("The service costs $30 a year, and users log 12 hours a month.", ["$30", "12 hours"]),
    ("A pack lists at $900 for a month's supply, or $8,000 for a year of treatment.", ["$900", "$8,000"]),
    ("Take one tablet twice a day.", ["twice"]),
    ("Shipments rose 7% from a year earlier.", ["7%"]),
])
def test_one_unit_of_time_in_a_rate_is_no_span(extract, text, expected):
    assert [q.text for q in extract(text)] == expected


def test_a_duration_that_states_a_change_is_not_a_timepoint(extract):
    q = one(extract, "Warming has lengthened the fire season by about 75 days since records began.")
    assert q.unit == "days" and q.is_change and not q.is_timepoint
    # a statistic named between "by" and the figure leaves it a change
    q = one(extract, "The implant delayed relapse by a median of five months.")
    assert q.unit == "months" and q.is_change
    assert not one(extract, "Patients on the implant went a median of seven months without relapse.").is_change


def test_a_duration_before_in_a_place_is_not_a_timepoint(extract):
    q = one(extract, "Symptoms eased for up to 12 weeks in a phase II trial.")
    assert q.unit == "weeks" and not q.is_timepoint
    q = one(extract, "Six weeks in, symptoms eased.")
    assert q.is_timepoint


def test_a_count_after_a_labelled_number_is_read(extract):
    qs = extract("The law bars Red No. 3 and four other additives, and phase 2 and 3 trials go on.")
    assert [(q.text, q.unit) for q in qs] == [("four", "additives")]


def test_pounds_converted_into_another_currency_are_money(extract):
    qs = extract("The maker pegs the inhaler at more than 3 billion pounds ($4 billion) a year.")
    assert [(q.text, q.unit) for q in qs] == [("3 billion pounds", "GBP"), ("$4 billion", "USD")]


def test_timepoints_are_marked(extract):
    q = one(extract, "Symptoms were rated six months after surgery.")
    assert q.is_timepoint and q.unit == "months"
    # the window that defines the group a figure is for
    q = one(extract, "Results held in the 7-day population.")
    assert q.is_timepoint and q.unit == "days"
    # how long a study followed its people
    q = one(extract, "Results held after a median of 5.2 months of follow-up.")
    assert q.is_timepoint and q.unit == "months"
    q = one(extract, "At a median follow-up of 5.2 months, results held.")
    assert q.is_timepoint
    # the window a count is over
    q = [x for x in extract("The region reported 512 deaths in the first 20 weeks of the year.") if x.unit == "weeks"]
    assert q[0].is_timepoint
    q = one(extract, "Sales were flat over the past 12 months.")
    assert q.is_timepoint
    q = one(extract, "The program lasts six months.")
    assert not q.is_timepoint


def test_offsets_point_at_the_text(extract):
    text = "Of 3,200 patients, about 12.5% relapsed within 2 years."
    for q in extract(text):
        assert text[q.start_char:q.end_char] == q.text


# -- properties over generated text -------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = ["5", "12.5", "1,200", "-3", "2021", "1990s", "two", "forty-five", "a", "an", "half", "hundred",
          "million", "to", "-", "–", "or", "and", ",", "between", "from", "rose", "about", "at least", "%",
          "mg", "hours", "hour", "and a half", "patients", "$", "£", "k", "May", "6", "next year", "[3]",
          "phase", "DSM-5", "week", "of", "the", "expected", "\n", ".", "per cent", "µg", "bn"]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14), st.sampled_from([" ", ""]))
def test_extraction_never_raises_and_low_never_exceeds_high(extract, pieces, glue):
    text = glue.join(pieces) if glue == "" else " ".join(pieces)
    for q in extract(text):
        if q.low is not None and q.high is not None:
            assert q.low <= q.high, (text, q)
        assert 0 <= q.start_char < q.end_char <= len(text)
        assert text[q.start_char:q.end_char] == q.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_extraction_never_raises_on_arbitrary_text(extract, text):
    extract(text)


def test_relative_date_offsets_survive_letters_that_lower_case_to_two(extract):
    text = "İstanbul officials expect the vote next year."
    (q,) = extract(text)
    assert text[q.start_char:q.end_char] == "next year" and q.relative == ("year", 1)


@pytest.mark.parametrize("text,low,high,unit,kind", [
    ("About 1 in 10 recipients reported fatigue.", 10, 10, "%", "percent"),
    ("Roughly one in five adults smokes.", 20, 20, "%", "percent"),
    ("It could cut peak temperatures by 2-3 degrees.", 2, 3, "degrees", "temperature"),
    ("Temperatures fell to -5 degrees overnight.", -5, -5, "degrees", "temperature"),
    ("Between 1.5 to 2 million people attended.", 1_500_000, 2_000_000, "people", "count"),
    ("The placebo-controlled trial reported a change of −2.5 points.", -2.5, -2.5, "percentage points", "percent"),
])
def test_more_forms(extract, text, low, high, unit, kind):
    q = one(extract, text)
    assert (q.low, q.high, q.unit, q.kind) == (pytest.approx(low), pytest.approx(high), unit, kind)


@pytest.mark.parametrize("text,bound", [
    ("It is advised for adults aged 60 and older.", "and older"),
    ("Those who drink 3 cups or more a day.", "or more"),
    ("For children 12 and over only.", "and over"),
])
def test_bound_words_after_the_figure(extract, text, bound):
    q = one(extract, text)
    assert (q.bound, q.bound_type) == (bound, "lower")


def test_age_is_not_a_timepoint(extract):
    q = one(extract, "A 50-year-old man was admitted.")
    assert (q.kind, q.low, q.is_timepoint) == ("age", 50, False)


def test_day_and_month_without_a_year(extract):
    q = one(extract, "Version two was released on 5 June.")
    assert (q.kind, q.low, q.date) == ("date", None, "--06-05")


def test_confidence_level_is_not_a_claim_but_the_interval_is(extract):
    qs = extract("Risk fell by 32% (95% CI 21-41).")
    assert [(q.text, q.low, q.high) for q in qs] == [("32%", 32, 32), ("21-41", 21, 41)]


def test_aged_gives_an_age_in_years(extract):
    q = one(extract, "Adults aged 18-65 took part.")
    assert (q.kind, q.unit, q.low, q.high) == ("age", "years", 18, 65)


@pytest.mark.parametrize("text,low,unit,kind", [
    ("The hospital treated 1.5m patients.", 1.5e6, "patients", "count"),
    ("About 2bn people lack safe water.", 2e9, "people", "count"),
    ("Exercise three times a week.", 3, "times per week", "frequency"),
    ("Take it 2 times per day.", 2, "times per day", "frequency"),
])
def test_magnitudes_before_nouns_and_frequencies(extract, text, low, unit, kind):
    q = one(extract, text)
    assert (q.low, q.unit, q.kind) == (pytest.approx(low), unit, kind)


def test_a_bare_m_is_not_a_million(extract):
    q = one(extract, "She ran the 100m sprint.")
    assert q.low == 100


@pytest.mark.parametrize("text,low,unit", [
    ("The infant mortality rate was 5.3 per 1,000 live births.", 5.3, "per 1000 live births"),
    ("Incidence was 12 cases per 100,000 people.", 12, "cases per 100000"),
    ("It estimated 9 excess nerve cases per million doses.", 9, "cases per 1000000 doses"),
    ("It found nine extra cases for every million doses given.", 9, "cases per 1000000 doses"),
])
def test_rates_per_a_population_are_one_claim(extract, text, low, unit):
    q = one(extract, text)
    assert (q.low, q.unit, q.kind) == (low, unit, "rate")


@pytest.mark.parametrize("text,kind", [
    # years "of" something are an amount of time given people, not their age
    ("The bank gave every adult two years of free credit monitoring.", "duration"),
    ("It gave patients three years of free follow-up care.", "duration"),
    # "of age" is an age
    ("The shot is offered to people 65 years of age and older.", "age"),
])
def test_years_of_something_after_people_are_a_duration(extract, text, kind):
    q = one(extract, text)
    assert q.kind == kind


def test_an_age_stated_in_years(extract):
    q = one(extract, "The median age was 42 years.")
    assert (q.kind, q.low, q.unit) == ("age", 42, "years")


@pytest.mark.parametrize("text,ages", [
    ("The median age of the volunteers was 61.", [61]),
    ("Recruits, whose mean age was 34, were paid.", [34]),
    ("Two farmers, aged 38 and 57, were treated.", [38, 57]),
    ("The boys were aged 9, 11 and 14.", [9, 11, 14]),
])
def test_a_bare_figure_an_age_noun_is_said_to_be_is_an_age(extract, text, ages):
    # the age is the copula's subject, or the list's first figure follows "aged"
    assert [(q.kind, q.low) for q in extract(text) if q.kind in {"age", "number"}] == [("age", a) for a in ages]


@pytest.mark.parametrize("text,kind", [
    ("Halvorsen, 71, spent nine days in the hospital.", "age"),
    ("The mayor said Okafor, 58, was recovering at home.", "age"),
    # a list of places with their counts is no person's age
    ("The most cases were in Ohio, 41, Texas, 38, and Utah.", "count-or-number"),
])
def test_a_figure_in_commas_after_a_name_is_that_persons_age(extract, text, kind):
    first = [q for q in extract(text) if q.kind in {"age", "number", "count"}][0]
    assert (first.kind == "age") == (kind == "age")


@pytest.mark.parametrize("text,value", [
    ("VELORA-1 enrolled 412 patients and VELORA-2 enrolled 398.", 398),
    ("The second trial randomized 1,204, the company said.", 1204),
])
def test_a_bare_figure_a_study_enrolled_counts_people(extract, text, value):
    q = [q for q in extract(text) if q.low == value][0]
    assert q.kind == "count"


@pytest.mark.parametrize("text,value,counted", [
    # a bare figure opening a clause joined to an earlier count's clause counts
    # what that count counts
    ("Some 40 volunteers got the higher dose and 38 got the lower one.", 38, "volunteers"),
    ("Nine patients died; 44 recovered fully.", 44, "patients"),
    ("The study enrolled 310 adults; 152 received the shot and 158 received a dummy.", 158, "adults"),
    ("The county logged 64 cases, but 12 were later ruled out.", 12, "cases"),
    # not one whose own noun follows, nor one a preposition takes
    ("The clinic saw 40 children and 12 adults.", 12, "adults"),
    ("The clinic saw 40 children, 25 of them under five, and 12 of their parents.", 12, "parents"),
    # with an article or a word of how final the count is between
    ("Inspectors closed 31 kitchens in May and a provisional 27 in June.", 27, "kitchens"),
    ("The program screened 910 smokers, and the 402 who qualified were enrolled.", 402, "smokers"),
    # and set against the earlier count by how many times it is
    ("Shelters took in 2,140 dogs this winter, nearly double the 1,090 a year ago.", 1090, "dogs"),
    ("Wardens issued 75 fines, more than the 60 issued all last year.", 60, "fines"),
])
def test_a_bare_figure_coordinated_with_a_count_counts_its_noun(extract, text, value, counted):
    q = [q for q in extract(text) if q.low == value][0]
    assert q.counted == counted


@pytest.mark.parametrize("text,value,counted", [
    # a sentence opening with the whole ("Of the 31 wards,") names what the
    # figure right after its comma counts, a part of that whole
    ("Of the 31 wards inspected, 19 failed the hygiene check.", 19, "wards"),
    ("Of those volunteers, 2,310 finished the course.", 2310, "volunteers"),
    ("Of the first 40 clinics surveyed, 33 said they had run short.", 33, "clinics"),
    # not a figure a preposition takes, nor a sentence opening with another word
    ("Of the 31 wards inspected, 19 of 25 failed the check.", 19, ""),
    ("In the 31 wards inspected, 19 failed the check.", 19, ""),
])
def test_a_bare_figure_after_an_opening_whole_counts_its_noun(extract, text, value, counted):
    q = [q for q in extract(text) if q.low == value][0]
    assert q.counted == counted


def test_a_figure_after_an_age_word_that_modifies_another_noun_is_no_age(extract):
    assert [q.kind for q in extract("The age-adjusted death rate was 7.2.")] != ["age"]


# -- found on articles of another topic (heat waves) ----------------------------------

@pytest.mark.parametrize("text,low,unit,kind", [
    ("Temperatures topped 40C for 7 consecutive days.", 7, "days", "duration"),
    ("Temperatures topped 40C for nine consecutive days.", 9, "days", "duration"),
    ("The drought lasted three straight years.", 3, "years", "duration"),
    ("Patients were followed for 12 additional weeks.", 12, "weeks", "duration"),
])
def test_a_duration_word_between_figure_and_unit(extract, text, low, unit, kind):
    q = [q for q in extract(text) if q.kind == kind]
    assert [(q.low, q.unit) for q in q] == [(low, unit)]


@pytest.mark.parametrize("text", ["About 60% of those who died were 75 or older.",
                                  "Those 18 or younger were excluded, as were 65 and older."])
def test_a_bare_figure_before_or_older_is_an_age(extract, text):
    ages = [q for q in extract(text) if q.kind == "age"]
    assert ages and all(q.unit == "years" for q in ages)
    assert not [q for q in extract(text) if q.kind == "number"]


@pytest.mark.parametrize("text,expected", [
    ("A 2019 study by Smith et al. found that 42% of patients improved.", {42}),
    ("According to a study in The Lancet (doi:10.1016/S0140-6736(19)30000-1), every 1°C rise "
     "above 35°C was associated with a 4.2% increase in mortality.", {1, 35, 4.2}),
])
def test_a_citation_inside_prose_does_not_silence_the_paragraph(extract, text, expected):
    found = {q.low for q in extract(text) if q.kind != "date"}
    assert found == expected


@pytest.mark.parametrize("text,change", [
    ("Admissions rose by 41% compared with last year.", True),
    ("Admissions increased by 41% compared with last year.", True),
    ("There was a 38% increase in admissions.", True),
    ("Each degree brought a 4.2% rise in mortality.", True),
    ("There were 30% more deaths than last year.", True),
    ("Spending was cut by $2 million.", True),
    ("Unemployment rose to 5% in May.", False),
    ("Unemployment was 5% in May.", False),
    ("The plan was chosen by 41% of respondents.", False),
    ("About 60% of those who died were older.", False),
    # the verb of change further back in the clause than the word before "by"
    ("Screening reduced the risk of colorectal cancer by 18% over ten years.", True),
    ("The plan was chosen by 41% of respondents, and support then fell.", False),
    # a change noun as the subject of "was": the figure is the change
    ("In the later group, the relative reduction in admissions was 64%.", True),
    ("The decline was 12% over the decade.", True),
    ("Its list price was set roughly 15% below its rival's.", True),
    ("The reduction in the number of beds was approved by 64% of members.", False),
    # an aside in brackets between the verb and "by" is stepped over, however long
    ("The pill slowed loss on the Memory Scale (MS-R) by 27% against placebo.", True),
    ("It cut major events (stroke, heart attack or vascular death) by 19% in the trial.", True),
    ("The plan was chosen (after a long debate, in a close vote) by 41% of members.", False),
    # any form of a verb of change ("is climbing by", "is reducing ... by")
    ("Enrolment in the programme is climbing by about 6% a year.", True),
    ("The new clinic is reducing waiting times by 20%, its director said.", True),
    # a hyphened modifier between the figure and its change noun
    ("Exports showed a 12% year-over-year increase in the spring.", True),
    ("The trial found a 9% placebo-adjusted reduction in body weight.", True),
    ("About 9% placebo-treated patients stopped early.", False),
    # a modifier's hyphen or number is no word between the change noun and its copula
    ("The reduction in 24-hour mean pressure was 6% by May.", True),
    # money a verb of rising brings in is an amount, not a rise
    ("The levy raised $41.2 million in its first year.", False),
    ("The clinic raised about $3 million from donors.", False),
    ("The council raised parking fines by $15.", True),
])
def test_a_change_is_told_from_a_level(extract, text, change):
    q = [q for q in extract(text) if q.kind in {"percent", "money"}]
    assert len(q) == 1 and q[0].is_change == change


@pytest.mark.parametrize("text,changes", [
    ("The pill cut the risk of a stroke by 40% when taken daily, and by 25% when taken weekly.", [True, True]),
    ("The plan was chosen by 41% of nurses, and by 30% of doctors.", [False, False]),
])
def test_a_by_coordinated_with_an_earlier_change_is_a_change(extract, text, changes):
    assert [q.is_change for q in extract(text) if q.kind == "percent"] == changes


@pytest.mark.parametrize("text,changes", [
    # "by 41% and 37%": the second figure shares the first one's change
    ("The drug lowered relapse rates by 41% and 37% in the two studies.", [True, True]),
    ("Both trials showed declines of 22% and 19% respectively.", [True, True]),
    ("Relapses fell by 30%, 25% and 20% across the three doses.", [True, True, True]),
    # not a figure that opens a new clause with its own noun ("and 30% of patients stopped")
    ("Weight fell by 12% and 30% of patients stopped early.", [True, False]),
    ("Voters backed it by 41% and 37% in two polls.", [False, False]),
    # past the earlier figure's timepoint: "by day 30 and", "at 6 months and"
    ("Night sweats dropped 48% by day 30 and 61% by day 90 in the first study.", [True, True]),
    ("Seizures fell 20% at 6 months and 35% at 12 months.", [True, True]),
    ("Uptake was 20% at 6 months and 35% at 12 months.", [False, False]),
    # a figure listed before a change word shares it: "28% and 33% fewer"
    ("Users of the new inhaler had 28% and 33% fewer attacks in the two trials.", [True, True]),
    ("Its tablet cost $4.20, 30% below the brand's price.", [True]),
])
def test_a_figure_joined_to_a_change_is_a_change(extract, text, changes):
    assert [q.is_change for q in extract(text) if q.kind == "percent"] == changes


def test_a_second_change_joined_by_and_is_a_change(extract):
    text = "The risk of cancer fell by 31% and the risk of death by 50%."
    assert [q.is_change for q in extract(text)] == [True, True]
    text = "Colonoscopy lowered the risk of colorectal cancer by 31% and the risk of death from it by 40%."
    assert [q.is_change for q in extract(text)] == [True, True]


def test_ages_written_as_year_olds(extract):
    ages = [q for q in extract("Among four-year-olds uptake was 41%, and among 5-year-olds 30%.")
            if q.kind == "age"]
    assert [(q.low, q.high, q.unit) for q in ages] == [(4, 4, "years"), (5, 5, "years")]


_LINE_PIECES = ["\n", " ", "\t", "1. ", "12) ", "[3] ", "- 4. ", "> ", "(5) ", "https://x.org ", "www.y.org",
                "text ", "[12]", "7.", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=14))
def test_line_anchored_exclusions_match_where_a_full_pass_does(pieces):
    import re

    from claimcheck import rules
    from claimcheck.quantities import ExclusionMarker

    text = "".join(pieces)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for source in list(rules.EXCLUSION_PATTERNS.values()) + list(rules.REFERENCE_LINE_PATTERNS.values()):
        pattern = re.compile(source)
        assert [m.span() for m in ExclusionMarker._matches(pattern, None, text, line_starts)] == \
            [m.span() for m in pattern.finditer(text)], source


@pytest.mark.parametrize("text,expected", [
    # a change with its own unit, then the level it reached: two figures
    ("The adjusted rate dropped 2.6% to 641.3 cases per 100,000 residents.",
     {"2.6%": (2.6, 2.6), "641.3 cases per 100,000": (641.3, 641.3)}),
    ("In 2019 the median stay grew 1.4 days to 9.2.",
     {"2019": (2019, 2019), "1.4 days": (1.4, 1.4), "9.2": (9.2, 9.2)}),
    # a range naming its unit once, at either end, is still one range
    ("Prices rose 10 to 20 percent.", {"10 to 20 percent": (10, 20)}),
    ("Doses of 5 mg to 10 mg were given.", {"5 mg to 10 mg": (5, 10)}),
])
def test_a_figure_with_its_unit_then_to_and_a_bare_figure_is_not_a_range(extract, text, expected):
    assert {q.text: (q.low, q.high) for q in extract(text)} == expected


@pytest.mark.parametrize("text,expected", [
    # the verb of change before a comma still tells a change
    ("Enrollment for boys rose 3 points, from 61.5% to 64.5%, and for girls from 58.2% to 60.9%.",
     [(3, 3), (61.5, 61.5), (64.5, 64.5), (58.2, 58.2), (60.9, 60.9)]),
    # ... but a range word nearer to "from" makes it a range
    ("Sales rose in the towns, with prices ranging from $4 to $9.", [(4, 9)]),
    ("Uptake grew among workers aged from 18 to 64.", [(18, 64)]),
    # years after a change are its period, not its two values
    ("Admissions increased by 12.5% from 2016 to 2021.", [(12.5, 12.5), (2016, 2021)]),
])
def test_from_one_figure_to_another_after_a_verb_of_change_earlier_in_the_clause_is_a_change(
        extract, text, expected):
    assert [(q.low, q.high) for q in extract(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a year, then "to" and a figure with a magnitude: not one range
    ("Global sales rose 35% in 2023 to 14 million vehicles.",
     {"35%": (35, 35), "2023": (2023, 2023), "14 million": (14_000_000, 14_000_000)}),
    # a change in percent, then the new level
    ("The number of public chargers grew 40% to 3.9 million in 2023.",
     {"40%": (40, 40), "3.9 million": (3_900_000, 3_900_000), "2023": (2023, 2023)}),
    # a year, then "to" and a count written with a thousands comma: the year of one
    # figure and the next figure, no range from a year to a count
    ("Reported infections climbed from 4,210 in 2021 to 6,875 in 2023.",
     {"4,210": (4210, 4210), "2021": (2021, 2021), "6,875": (6875, 6875), "2023": (2023, 2023)}),
    # a span of years stays one range
    ("The registry followed children born from 1996 to 2019.", {"1996 to 2019": (1996, 2019)}),
])
def test_two_figures_joined_by_to_are_no_range_when_they_measure_different_things(
        extract, text, expected):
    assert {q.text: (q.low, q.high) for q in extract(text)} == expected


@pytest.mark.parametrize("text", [
    # an appositive between the verb and "by" is stepped over
    "It cut the rate of flare-ups, known as exacerbations, by 36% in the first trial.",
    # a "by" coordinated with an earlier one states a change as that one does, however far its verb
    "It also cut the yearly rate of moderate or severe flare-ups, known to doctors as exacerbations, by 36% "
    "in the first of the two trials and by 43% in the second.",
])
def test_a_figure_after_by_far_from_its_verb_of_change_states_a_change(extract, text):
    assert all(q.is_change for q in extract(text) if q.unit == "%")


@pytest.mark.parametrize("text,figure,is_change", [
    ("Global sales rose 35% in 2023.", "35%", True),
    ("The average price fell 14% last year.", "14%", True),
    ("Electric models made up 18% of all new cars sold.", "18%", False),
    ("Electric cars now make up 18% of new car sales.", "18%", False),
    ("Rents are up 6.4% from a year earlier.", "6.4%", True),
    ("Rents fell to 3.1% of income.", "3.1%", False),
    ("Sales rose nearly 35% last year.", "35%", True),
    # verbs a market's moves are told in
    ("The retailer's stock sank about 40% on Monday.", "40%", True),
    ("The index tumbled 1,200 points in an hour.", "1,200 points", True),
    ("The startup shed 30% of its staff.", "30%", False),
])
def test_a_verb_of_change_right_before_a_figure_states_a_change(extract, text, figure, is_change):
    assert {q.text: q.is_change for q in extract(text)}[figure] is is_change


def test_token_triggered_exclusions_find_what_a_whole_text_search_finds(nlp):
    from pathlib import Path

    from claimcheck import rules
    from claimcheck.quantities import ExclusionMarker

    by_lines = ExclusionMarker(rules.EXCLUSION_PATTERNS, nlp.vocab)  # trigger tokens, their lines searched
    whole = ExclusionMarker(rules.EXCLUSION_PATTERNS)  # trigger strings, the whole text searched
    furniture = ("Updated 3 hours ago\nShare | 23 Comments | 1.2K Shares\nPage 2 of 5\nSee all 12 photos\n"
                 "Rated 4.8 out of 5 by 1,204 readers\n4.5 out of 5 stars\nSave 30% today. Call 911.\n"
                 "Listen to this article (4 minutes)\nSign up to get 20% off your first order\n")
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    texts = [furniture] + [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    for text in texts:
        assert by_lines(nlp.make_doc(text))._.excluded == whole(nlp.make_doc(text))._.excluded
    assert len(by_lines(nlp.make_doc(furniture))._.excluded) >= 9


def test_the_number_flag_of_plain_words_skips_spacys_number_test(monkeypatch):
    """starts_number answers a word of plain letters from word lists, without
    spaCy's like_num (run for every new word type), and as it would."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from claimcheck.extract import atoms

    calls = []
    monkeypatch.setattr(atoms, "like_num", lambda w: calls.append(w) or False)
    assert atoms.starts_number("hospitalisations") is False and calls == []
    monkeypatch.undo()

    from spacy.lang.en.lex_attrs import _num_words, _ordinal_words, like_num

    def reference(word: str) -> bool:
        return like_num(word) or word.lower() in atoms._TRIGGER_WORDS or (
            word[:1] in ("-", "−", "+") and len(word) > 1)

    listed = sorted(set(_num_words) | set(_ordinal_words) | atoms._TRIGGER_WORDS)
    words = st.one_of(st.sampled_from(listed), st.sampled_from(listed).map(str.title),
                      st.sampled_from(listed).map(str.upper),
                      st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-+.,/−éß",
                              min_size=1, max_size=12))

    @settings(max_examples=2000, deadline=None)
    @given(words)
    def same(word):
        assert atoms.starts_number(word) == reference(word)

    same()


def test_a_year_ending_a_clause_is_no_member_of_a_list_with_the_next_figure(extract):
    found = [(q.text, q.kind) for q in extract("Sales were 4% of the market in 2020, and 18% now.")]
    assert ("2020", "date") in found and ("18%", "percent") in found


def test_a_tally_after_its_vote_noun(extract):
    found = [(q.text, q.statistic) for q in extract("The board's vote on the plan was 5-4.")]
    assert found == [("5", "tally_for"), ("4", "tally_against")]


def test_a_tally_joined_by_and_to_a_tally_is_one(extract):
    found = [(q.text, q.statistic) for q in extract(
        "The panel voted 9 to 1 that the drug works and 6 to 4 that it is safe, and 20 to 30 sites took part.")]
    assert found[:4] == [("9", "tally_for"), ("1", "tally_against"), ("6", "tally_for"), ("4", "tally_against")]
    assert ("20 to 30", "estimate") in found


@pytest.mark.parametrize("text", [
    "The relief bill passed the Assembly 61-12 and the State Senate 29-8 on Friday.",
    "Lawmakers approved the budget 52-47, and the House 218-210 a day later.",
])
def test_a_tally_joined_to_a_tally_by_its_bodys_name_is_one(extract, text):
    found = [q.statistic for q in extract(text) if q.kind == "count"]
    assert found == ["tally_for", "tally_against", "tally_for", "tally_against"]


@pytest.mark.parametrize("text,tally", [
    ("The zoning board rejected the tower plan for the waterfront site, again 6-3, on Monday.", True),
    ("The county council endorsed a smaller levy for the two bridges, 7-2.", True),
    # a descending pair set off by commas after no vote verb is no tally
    ("The clinic treated children aged 12, 10-9 months, and adults.", False),
])
def test_a_pair_set_off_after_its_clauses_vote_verb_is_a_tally(extract, text, tally):
    found = [q.statistic for q in extract(text) if q.statistic.startswith("tally_")]
    assert found == (["tally_for", "tally_against"] if tally else [])


@pytest.mark.parametrize("text,figure,low,high", [
    ("Inmates there serve 3-to-5-year terms.", "3-to-5-year", 3, 5),
    ("Tablets of 20-to-40 mg were tested.", "20-to-40 mg", 20, 40),
    ("Prices climbed 6-to-8% last year.", "6-to-8%", 6, 8),
])
def test_a_range_written_with_a_hyphenated_to_is_one_claim(extract, text, figure, low, high):
    found = [(q.text, q.low, q.high) for q in extract(text)]
    assert (figure, low, high) in found


@pytest.mark.parametrize("text", [
    "The reviewers endorsed the device in a 9-to-4 vote.",
    "The regulators' advisers backed the implant 9-4 after a long debate.",
    "The advisory group sided with the manufacturer 9 to 4.",
    "Members supported the label change 9-4.",
])
def test_a_panels_vote_in_other_verbs_or_a_hyphenated_to_is_a_tally(extract, text):
    found = [(q.text, q.statistic) for q in extract(text) if q.kind == "count"]
    assert found == [("9", "tally_for"), ("4", "tally_against")]


@pytest.mark.parametrize("text,side", [
    ("Seven of the 9 trustees voted in favour.", "tally_for"),
    ("Seven of nine trustees voted that the implant was safe.", "tally_for"),
    ("Seven of the 9 trustees voted that the trial did not show a benefit.", "tally_against"),
    ("Seven of the 9 trustees voted no.", "tally_against"),
])
def test_a_part_of_the_voters_that_voted_one_way_is_that_sides_tally(extract, text, side):
    found = [(q.text, q.statistic) for q in extract(text)]
    assert found[0] == ("Seven", side) and found[1][1] == "estimate"  # the 9 are all who voted


def test_a_part_of_one_side_is_no_tally(extract):
    found = [(q.text, q.statistic) for q in extract(
        "The board split 6-3, and two of the members who voted no asked for a delay.")]
    assert ("two", "estimate") in found


@pytest.mark.parametrize("text,figure,value", [
    ("The disease killed 512 000 people that year.", "512 000", 512000),
    ("About 9\u202f300 children were enrolled.", "9\u202f300", 9300),
    ("It cost 2 400 000 euros in all.", "2 400 000", 2400000),
])
def test_thousands_set_apart_by_spaces_are_one_figure(extract, text, figure, value):
    qs = extract(text)
    assert [q.low for q in qs] == [value] and qs[0].text.startswith(figure)


@pytest.mark.parametrize("text,counted", [
    ("The clinic expects 85 to 105 patient starts this year.", "starts"),
    ("The hospital logged 4,200 patient visits in May.", "visits"),
    # a plural person noun is what is counted
    ("The study enrolled 300 patients.", "patients"),
    # a name after the person noun is no plural noun, whatever its last letter
    ("Results came from the 418-patient ATLAS trial.", "patient"),
    ("Results came from the 418-patient HERMES-2 study.", "patient"),
])
def test_a_singular_person_noun_before_a_plural_modifies_what_is_counted(extract, text, counted):
    q = [q for q in extract(text) if q.kind == "count"]
    assert len(q) == 1 and q[0].counted == counted


@pytest.mark.parametrize("text,kind", [
    ("Of those randomized, 1182 had low tau and 552 high tau.", "number"),
    ("Of those, 1182 had low tau.", "number"),
    ("Of those, 2021 had been a hard year.", "date"),
    ("The abbey was founded in 1182.", "date"),
])
def test_a_bare_four_digit_number_is_a_year_only_in_years_of_record(extract, text, kind):
    q = [q for q in extract(text) if q.text in {"1182", "2021"}]
    assert len(q) == 1 and q[0].kind == kind


@pytest.mark.parametrize("text,dated", [
    ("Since August Medexa has sold vials at $399 a month.", True),  # no comma after the opening date
    ("Until March Medexa will keep the price.", True),
    ("The finding came from June Almeida's lab.", False),  # a name
    ("She worked in June Almeida's lab for years.", False),
])
def test_a_month_after_since_or_until_is_a_date_before_a_capital(extract, text, dated):
    months = [q for q in extract(text) if q.kind == "date"]
    assert bool(months) == dated


@pytest.mark.parametrize("text,counted", [
    ("In one home, eight cats drank the milk, and five of them died.", "cats"),
    ("The virus put 60,000 adults in hospital and killed 6,000 of them.", "adults"),
    # a year between the two is no count "them" refers to
    ("Labs confirmed about 9,000 infections in 2024, and Chile alone logged 6,000 of them.", "infections"),
    # a count in a modifier of the clause's count ("from 14 farms") is not what "them" is
    ("Inspectors found 80 sick cats from 14 farms, five of them kittens.", "cats"),
    ("There were 9,000 infections in 40 countries, and 6,000 of them were mild.", "infections"),
])
def test_a_count_of_them_counts_what_the_count_before_it_counts(extract, text, counted):
    q = [q for q in extract(text) if q.text in {"five", "6,000"}]
    assert len(q) == 1 and q[0].kind == "count" and q[0].counted == counted


@pytest.mark.parametrize("text,items", [
    ("The alert listed 9,120 infections, including 8,305 in Chile, 412 in Ecuador and 60 each in Haiti and Cuba.",
     ["8,305", "412", "60"]),
    ("The agency counted 23 infections in travelers: 21 in Texas and one in Ohio.", ["21", "one"]),
    ("It tallied over 9,000 infections in four countries: Chile the most, then Ecuador with 412 and Haiti with 60.",
     ["412", "60"]),
])
def test_the_items_of_a_count_given_by_place_count_its_noun(extract, text, items):
    # an enumeration of an earlier count leaves its noun out: "including 8,305 in Chile"
    listed = [q for q in extract(text) if q.text in items]
    assert [(q.text, q.kind, q.counted) for q in listed] == [(t, "count", "infections") for t in items]


def test_a_bare_number_not_listing_an_earlier_count_stays_bare(extract):
    q = [q for q in extract("The panel met on 3 occasions; item 12 in the report was tabled.") if q.text == "12"]
    assert not q or q[0].kind == "number"


def test_a_figure_in_scientific_notation_is_one_figure(extract):
    q = one(extract, "The dose was 2.2 × 10¹⁴ vg/kg.")
    assert q.low == 2.2e14
    assert [x.text for x in extract("The room was 3 x 10 feet.")] == ["3", "10 feet"]


@pytest.mark.parametrize("text, low, high", [
    ("The study took 240 girls between the ages of 6 and 11.", 6, 11),
    ("Teens between ages 12 and 17 can get the shot.", 12, 17),
])
def test_between_the_ages_of_two_figures_is_one_range(extract, text, low, high):
    ranges = [q for q in extract(text) if q.low != q.high]
    assert [(q.low, q.high) for q in ranges] == [(low, high)]


@pytest.mark.parametrize("text, low, high", [
    ("The reaction occurs in about 1 in 100,000 recipients.", 0.001, 0.001),
    ("The disorder affects 1 in 4,000 to 5,000 girls.", 0.02, 0.025),
])
def test_one_in_a_large_whole_is_a_share(extract, text, low, high):
    q = one(extract, text)
    assert q.kind == "percent" and (q.low, q.high) == pytest.approx((low, high))


def test_one_in_a_year_is_no_share(extract):
    assert [q.kind for q in extract("One in 2024 was a hard year.")] == ["date"]


def test_a_period_word_before_a_colon_is_no_schedule_label(extract):
    # "a bad winter: six children died": six counts children, it is no "winter 6"
    found = extract("It was a grim month: eight patients died on the ward.\n")
    assert [(q.text, q.kind, q.unit) for q in found] == [("eight", "count", "patients")]
    # a schedule point is still read where the label is the number's own ("week 12")
    assert [(q.text, q.kind) for q in extract("Scores improved by week 12.\n")] == [("week 12", "duration")]


@pytest.mark.parametrize("text,figure,kind", [
    # "in" before a figure that people follow counts them; a year needs no people after it
    ("Nausea led to stopping in 1388 participants (15.1%).\n", "1388", "count"),
    ("Serious events occurred in 2014 patients on the drug.\n", "2014", "count"),
    ("In 2014 patients paid less for the drug.\n", "2014", "date"),
    ("The drug was approved in 2014 for adults.\n", "2014", "date"),
])
def test_a_four_digit_figure_after_in_that_people_follow_counts_them(extract, text, figure, kind):
    found = {q.text.split()[0]: q.kind for q in extract(text)}
    assert found[figure] == kind


@pytest.mark.parametrize("text", [
    "Relief came faster: a median of three hours after surgery, against nine on placebo.",
    "The median time to relief was 3 hours after surgery.",
])
def test_a_duration_that_is_a_median_is_no_timepoint(extract, text):
    # how long it took is the measure; "two months after treatment" is when another figure holds
    duration = next(q for q in extract(text) if q.kind == "duration")
    assert not duration.is_timepoint


@pytest.mark.parametrize("text,figure,counted", [
    ("The minister dismissed all 11 of the board's former members in May.", "11", "members"),
    ("Four of the patients needed a transfusion.", "Four", "patients"),
    ("Four of the 212 patients needed a transfusion.", "Four", "patients"),
    ("The firm will cut roughly 60 of its approximately 80 workers.", "60", "workers"),
    ("The firm will cut roughly 60 of some 80 workers.", "60", "workers"),
    ("The firm will cut 60 of its workers.", "60", "workers"),
])
def test_a_part_counts_the_noun_of_the_whole_it_is_taken_from(extract, text, figure, counted):
    q = next(q for q in extract(text) if q.text == figure)
    assert (q.kind, q.counted) == ("count", counted)


@pytest.mark.parametrize("text,figure,counted", [
    ("Modelers put infections at 9 million to 14 million and deaths at 4,000 to 9,000.", "9 million to 14 million",
     "infections"),
    ("Modelers put infections at 9 million to 14 million and deaths at 4,000 to 9,000.", "4,000 to 9,000", "deaths"),
])
def test_a_noun_an_estimate_puts_at_a_figure_is_what_it_counts(extract, text, figure, counted):
    q = next(q for q in extract(text) if q.text == figure)
    assert (q.kind, q.counted) == ("count", counted)



@pytest.mark.parametrize("text", ["Systolic pressure fell 11.2 mm Hg on the drug.",
                                  "Systolic pressure fell 11.2 mmHg on the drug."])
def test_millimetres_of_mercury_spelled_with_or_without_a_space(extract, text):
    q = one(extract, text)
    assert (q.kind, q.unit) == ("pressure", "mmHg")


@pytest.mark.parametrize("text,counted", [
    ("By last spring there were 31 such clinics in the region.", "clinics"),
    ("The unit treats about 40 such children a year.", "children"),
])
def test_such_between_a_figure_and_its_noun_is_a_modifier(extract, text, counted):
    q = [q for q in extract(text) if q.kind == "count"]
    assert [x.counted for x in q] == [counted]


@pytest.mark.parametrize("text,figure,value", [
    ("Reported infections doubled between 2020 and 2024.", "doubled", 2),
    ("Clinic visits more than tripled over the decade.", "tripled", 3),
    ("The bill quadruples the fee for late filers.", "quadruples", 4),
])
def test_a_measure_multiplied_by_a_verb_is_a_ratio(extract, text, figure, value):
    q = next(q for q in extract(text) if q.text.endswith(figure))  # ("more than tripled": its bound too)
    assert (q.kind, q.low) == ("ratio", value)


@pytest.mark.parametrize("text", ["The agency doubled down on its advice.",
                                  "The gym doubles as a vaccination site on weekends."])
def test_a_multiplying_verb_in_an_idiom_is_no_claim(extract, text):
    assert extract(text) == []


def test_a_p_glued_to_a_figure_is_pence_only_where_a_price_would_go(extract):
    # "17p" is also a chromosome's arm, which is no figure at all
    assert [q.text for q in extract("Patients with a 17p deletion fared worse.")] == []
    assert [(q.text, q.unit) for q in extract("Bottlers pay 18p a litre.")] == [("18p", "GBP")]



@pytest.mark.parametrize("text,figures,counted", [
    # both ends of a change count the verb's subject ...
    ("Confirmed infections climbed from 210 in 2020 to 930 in 2023.", ["210", "930"], "infections"),
    ("Reported outbreaks went from 14 to 41 over the decade.", ["14", "41"], "outbreaks"),
    # ... or what the first end counts, said once
    ("Hepatitis rose from 120 cases in 2015 to 480 in 2022.", ["480"], "cases"),
    # a participle after a count describes that count
    ("About 2,000 complaints were logged, rising from 40 in 2016 to 700 in 2021.", ["40", "700"], "complaints"),
])
def test_both_ends_of_a_change_count_what_changed(extract, text, figures, counted):
    qs = {q.text: q for q in extract(text)}
    assert [(qs[f].kind, qs[f].counted) for f in figures] == [("count", counted)] * len(figures)


@pytest.mark.parametrize("text,figures,counted", [
    # the change's ends after its extent, set off by commas
    ("Statewide, measles cases rose about 40%, to roughly 1,900, up from 1,350 a year earlier.",
     ["1,900", "1,350"], "cases"),
    ("Reported infections dropped by a quarter, to 6,200.", ["6,200"], "infections"),
    # a peak some time ago at a figure
    ("Traffic deaths peaked four years ago at 43,230 and have eased since.", ["43,230"], "deaths"),
])
def test_the_ends_of_a_change_after_its_extent_count_what_changed(extract, text, figures, counted):
    qs = {q.text: q for q in extract(text)}
    assert [(qs[f].kind, qs[f].counted) for f in figures] == [("count", counted)] * len(figures)


def test_the_ends_of_a_change_of_a_level_after_its_extent_count_nothing(extract):
    qs = [q for q in extract("The index fell 3%, to 4,180, down from 4,310.") if q.kind not in {"percent", "date"}]
    assert [(q.text, q.kind) for q in qs] == [("4,180", "number"), ("4,310", "number")]


def test_a_change_of_a_level_counts_nothing(extract):
    qs = [q for q in extract("Ticket prices rose from 12 to 15 in 2021.") if q.kind != "date"]
    assert [(q.text, q.kind) for q in qs] == [("12", "number"), ("15", "number")]


@pytest.mark.parametrize("text,figure,counted", [
    ("The trial recruited 640 adults at 12 sites, of whom 318 got the vaccine.", "318", "adults"),
    ("The trial recruited 640 adults in 9 countries, 318 of whom got the vaccine.", "318", "adults"),
    ("The survey logged 75 outbreaks, of which 12 were in schools.", "12", "outbreaks"),
])
def test_a_part_a_relative_clause_opens_with_counts_the_whole(extract, text, figure, counted):
    q = next(q for q in extract(text) if q.text == figure)
    assert (q.kind, q.counted) == ("count", counted)


@pytest.mark.parametrize("text,figure", [
    ("The storm killed 14.", "14"),
    ("The outbreak sickened 88 people and killed 3 before it ended.", "3"),
    ("The blaze destroyed 30 homes, and 6 died.", "6"),
    ("The toxin poisoned 212 in three towns.", "212"),
])
def test_a_bare_figure_a_verb_of_harm_takes_counts_people(extract, text, figure):
    q = next(q for q in extract(text) if q.text == figure)
    assert (q.kind, q.counted) == ("count", "people")


def test_a_year_after_a_date_preposition_is_no_tally(extract):
    qs = extract("Approved filings rose from 300 in 2019 to 410 in 2022.")
    assert [(q.text, q.kind) for q in qs if q.kind != "date"] == [("300", "count"), ("410", "count")]


@pytest.mark.parametrize("text,figure,counted", [
    ("Officials put the toll at 1,204 dead, 3,310 injured and 87 missing.", "1,204", "people"),
    ("Officials put the toll at 1,204 dead, 3,310 injured and 87 missing.", "87", "people"),
    ("The outbreak reached 96 people in 11 states, with 31 hospitalized.", "31", "people"),
    # a word of what befell them before a noun modifies it
    ("Divers recovered 14 missing containers.", "14", "containers"),
])
def test_a_figure_before_what_befell_them_counts_people(extract, text, figure, counted):
    q = next(q for q in extract(text) if q.text == figure)
    assert (q.kind, q.counted) == ("count", counted)


@pytest.mark.parametrize("text,figure,counted", [
    ("After the floods the official toll is 64.", "64", "deaths"),
    ("The toll later climbed to 71.", "71", "deaths"),
    ("The state's case count rose to 412 on Monday.", "412", "cases"),
    ("The patient count now tops 9,800.", "9,800", "patients"),
    # a count alone names nothing it counts
    ("By Friday the count had reached 85.", "85", ""),
])
def test_a_toll_or_a_count_holds_what_it_is_compounded_with(extract, text, figure, counted):
    q = next(q for q in extract(text) if q.text == figure)
    assert (q.kind, q.counted) == (("count", counted) if counted else ("number", ""))


@pytest.mark.parametrize("text,claims", [
    ("The stock fell 12.5% to $41.20 the next morning.", [("12.5%", "percent"), ("$41.20", "money")]),
    ("Shares rose 31% to $208.40 before the open.", [("31%", "percent"), ("$208.40", "money")]),
])
def test_a_percent_and_a_price_are_no_range(extract, text, claims):
    assert [(q.text, q.kind) for q in extract(text)] == claims
