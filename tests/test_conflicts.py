"""Conflict detection on small corpora written for these tests."""

import pandas as pd
import pytest

from claimcheck import ConflictSettings, scan

# Comparability is tested on every conflict found, however certain; what is
# reported by default (ConflictSettings.min_confidence) is tested on its own.
EVERY_CONFLICT = ConflictSettings(min_confidence=0.0)


def scan_texts(tmp_path, settings=EVERY_CONFLICT, **articles):
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return scan(tmp_path, settings=settings)


def pairs(result):
    return [(r.text_a, r.text_b) for r in result.conflicts.itertuples()]


def published_on(folder, **dates):
    """A manifest giving each article (by name, without .txt) its publication date."""
    rows = "".join(f"{name}.txt,{date}\n" for name, date in dates.items())
    (folder / "sources.csv").write_text("file,published\n" + rows, encoding="utf-8")


def scan_in(tmp_path, folder: str, **articles):
    """scan_texts in a folder of its own: one test, several corpora."""
    (tmp_path / folder).mkdir()
    return scan_texts(tmp_path / folder, **articles)


def test_different_values_for_the_same_measure_conflict(tmp_path):
    r = scan_texts(tmp_path,
                   a="In the trial, 62% of the treatment group were in remission.",
                   b="In the trial, 45% of the treatment group were in remission.")
    assert pairs(r) == [("62%", "45%")]
    row = r.conflicts.iloc[0]
    assert "62% vs 45%" in row.reason and "17 points" in row.reason
    assert row.sentence_a.startswith("In the trial, 62%")


@pytest.mark.parametrize("a,b", [
    ("29.1%", "29 percent"),
    ("about 30%", "29.1%"),
    ("nearly 30%", "29%"),
    ("at least 25%", "31%"),
    # "N in D" is a share rounded to 1/D: "7 in 10" is 65-75%, "one in six" 15.4-18.2%
    ("7 in 10", "68.4%"),
    ("one in six", "15.8%"),
    ("about 5%", "5.4%"),
    # a fraction in words is rounded to the nearest a writer would use
    ("about half", "52.3%"),
    ("two-thirds", "65%"),
])
def test_rounding_and_bound_words_are_allowed_for(tmp_path, a, b):
    r = scan_texts(tmp_path,
                   a=f"Overall, {a} of the treatment group were in remission.",
                   b=f"Overall, {b} of the treatment group were in remission.")
    assert pairs(r) == []
    assert list(r.claims["agreeing_sources"]) == [1, 1]


def test_a_share_of_n_in_d_still_conflicts_beyond_its_rounding(tmp_path):
    r = scan_texts(tmp_path, a="Overall, 7 in 10 of the treatment group were in remission.",
                   b="Overall, 62% of the treatment group were in remission.",
                   c="Overall, one in six of the placebo group were in remission.",
                   d="Overall, 21% of the placebo group were in remission.")
    assert sorted(pairs(r)) == [("7 in 10", "62%"), ("one in six", "21%")]


def test_a_fraction_in_words_conflicts_beyond_its_rounding(tmp_path):
    # "a quarter" is nearer a quarter than a third: not "roughly 30 percent"
    r = scan_texts(tmp_path, a="Overall, a quarter of the treatment group were in remission.",
                   b="Overall, roughly 30 percent of the treatment group were in remission.")
    assert pairs(r) == [("a quarter", "30 percent")]


def test_an_age_band_alone_is_no_measure_shared(tmp_path):
    # both shares are of people aged 45 to 49; one is screened, the other diagnosed
    r = scan_texts(tmp_path, a="Only 37% of adults aged 45 to 49 were up to date with screening in 2023.",
                   b="The registry recorded 41 new diagnoses last year. Roughly half were in people aged 45 to 49.")
    assert pairs(r) == []


def test_a_value_inside_a_range_agrees(tmp_path):
    r = scan_texts(tmp_path, a="Treatment involves 3 dosing sessions.",
                   b="Treatment involves 2 to 3 dosing sessions.", c="Treatment involves 5 dosing sessions.")
    assert sorted(pairs(r)) == [("2 to 3", "5"), ("3", "5")]


def test_exact_unit_conversions(tmp_path):
    r = scan_texts(tmp_path, a="The tablet holds 500 mg of the drug.", b="The tablet holds 0.5 g of the drug.",
                   c="Benefits lasted 12 months after the course.", d="Benefits lasted one year after the course.")
    assert pairs(r) == []


def test_arms_are_never_compared_with_each_other(tmp_path):
    r = scan_texts(tmp_path,
                   a="Remission was seen in 60% of the treatment group.",
                   b="Remission was seen in 20% of the placebo group.")
    assert pairs(r) == []


def test_arm_is_inferred_from_a_contrast_in_the_sentence(tmp_path):
    r = scan_texts(tmp_path,
                   a="Overall, 60% of patients no longer met the criteria, compared with 20% in the placebo group.",
                   b="Overall, 41% of patients no longer met the criteria, compared with 20% in the placebo group.")
    assert pairs(r) == [("60%", "41%")]
    arms = dict(zip(r.claims["text"] + r.claims["source"], r.claims["arm"], strict=True))
    assert arms["20%a.txt"] == "control" and arms["60%a.txt"] == "intervention"


def test_a_figure_agreeing_with_a_third_source_that_conflicts_is_more_certain(tmp_path):
    # "an estimated 31%" names no trial or timepoint: against "45%" alone it is
    # below even odds; that a third source gives 31% for the trial and its six
    # months, against the same 45%, says the two are one measure
    trial = "In the phase 3 Corvale trial, 45% of patients given the drug were in remission at six months."
    vague = "An estimated 31% of patients given the drug were in remission."
    alone = scan_in(tmp_path, "two", b=trial, c=vague)
    assert alone.conflicts.confidence.max() < ConflictSettings().min_confidence
    third = "In the phase 3 Corvale trial, 31% of patients given the drug were in remission at six months."
    seconded = scan_in(tmp_path, "three", a=third, b=trial, c=vague)
    row = seconded.conflicts.set_index(["source_a", "source_b"]).loc[("b.txt", "c.txt")]
    assert row.confidence >= ConflictSettings().min_confidence
    assert "agrees with a.txt, which conflicts too" in row.matched
    # a third figure from one of the two sources seconds nothing: it is that source's own
    same_source = scan_in(tmp_path, "same", b=trial, c=vague + " " + third)
    assert not any("conflicts too" in m for m in same_source.conflicts.matched)


def test_differing_qualifiers_lower_the_severity_and_are_named(tmp_path):
    r = scan_texts(tmp_path,
                   a="In the phase 2 trial, 62% of the treatment group were in remission.",
                   b="In the phase 3 trial, 45% of the treatment group were in remission.",
                   c="In the phase 3 trial, 52% of the treatment group were in remission.")
    by_pair = {(x.text_a, x.text_b): x for x in r.conflicts.itertuples()}
    assert by_pair[("45%", "52%")].severity == "high"
    assert by_pair[("62%", "45%")].severity == "low"
    assert "phase 2 vs phase 3" in by_pair[("62%", "45%")].reason
    assert list(r.conflicts["severity"]) == ["high", "low", "low"]  # most severe first


def test_one_sided_qualifier_is_medium(tmp_path):
    r = scan_texts(tmp_path,
                   a="In the phase 3 trial, 62% of the treatment group were in remission.",
                   b="Overall, 45% of the treatment group were in remission.")
    assert pairs(r) == [("62%", "45%")]


def test_forecast_years_conflict_and_are_marked(tmp_path):
    r = scan_texts(tmp_path, a="Regulators are expected to grant approval by 2026.",
                   b="Approval is anticipated by the end of 2028.")
    assert pairs(r) == [("2026", "2028")]
    assert "forecast" in r.conflicts.iloc[0].hedged


def test_dates_of_different_events_are_not_compared(tmp_path):
    r = scan_texts(tmp_path, a="The compound was first developed in 1950.",
                   b="Approval is anticipated by the end of 2028.")
    assert pairs(r) == []


def test_a_date_alone_in_its_sentence_times_what_the_sentence_tells(tmp_path):
    # no event word the rules know ("shelved", "halted"): the sentence is the event
    r = scan_in(tmp_path, "alone", a="The city council shelved the tram extension in March 2019.",
                b="Plans for extending the tram were shelved by the city council in 2021.")
    assert pairs(r) == [("March 2019", "2021")]
    # a year among other figures dates them, not an event
    r = scan_in(tmp_path, "among", a="The council shelved the tram extension in 2019, when it cost $40 million.",
                b="Plans for extending the tram were shelved by the city council in 2021.")
    assert pairs(r) == []
    # a date bounding a period is a trend's baseline
    r = scan_in(tmp_path, "since", a="Tram ridership on the extension has fallen steadily since 2019.",
                b="Tram ridership on the extension has fallen steadily since 2021.")
    assert pairs(r) == []


def test_people_who_developed_an_illness_time_no_development(tmp_path):
    r = scan_texts(tmp_path, a="About 450 people developed the drug-resistant form of the infection in 2023.",
                   b="More than 170 patients developed active infection during an outbreak in 2016.")
    assert pairs(r) == []


def test_a_record_since_an_event_times_no_event(tmp_path):
    # "since national reporting began in the 1950s" is the record's baseline
    r = scan_texts(tmp_path, a="It is the largest flood on the river since record keeping began in the 1880s.",
                   b="The flood season began in March 2024, officials said.")
    assert pairs(r) == []


def test_an_event_that_did_not_happen_times_nothing(tmp_path):
    r = scan_texts(tmp_path, a="In March 2023 the agency told the maker it could not approve the pill on current data.",
                   b="The agency approved a rival pill for the same condition in 2019.")
    assert pairs(r) == []
    r = scan_in(tmp_path, "against", a="A panel voted against accelerated approval in May 2022, and a letter followed.",
                b="The agency approved a rival pill for the same condition in 2019.")
    assert pairs(r) == []


def test_the_date_of_a_vote_on_an_approval_is_no_approval_date(tmp_path):
    r = scan_texts(tmp_path, a="An advisory panel voted 12-2 in June 2022 against granting Varlen approval.",
                   b="The agency approved Varlen in March 2024.")
    assert [p for p in pairs(r) if "2022" in p[0] + p[1]] == []


def test_a_count_for_each_unit_is_no_total(tmp_path):
    r = scan_texts(tmp_path, a="Inspectors logged six outbreaks in each province of the region in 2023.",
                   b="Inspectors logged a dozen outbreaks across the region in 2023.")
    assert pairs(r) == []


def test_an_event_sentence_opening_with_a_name_its_article_uses_is_that_names(tmp_path):
    r = scan_texts(tmp_path, a="Tarvina won approval from the agency in June 2022. Doctors say demand for Tarvina "
                               "rose 40% in its first year.",
                   b="The agency approved Nordale on May 2, 2024, for the same disease.")
    assert pairs(r) == []


def test_one_name_in_two_dosage_forms_is_two_products(tmp_path):
    r = scan_texts(tmp_path, a="Patients on Halvex's injectable Slimora lost 15% in the trial behind its 2021 "
                               "approval.",
                   b="Halvex won approval for its Slimora pill, an oral form of the drug, in December 2024.")
    assert [p for p in pairs(r) if "2021" in p[0] + p[1]] == []


def test_study_sizes_of_unnamed_studies_are_not_compared(tmp_path):
    r = scan_texts(tmp_path, a="A pilot study enrolled 24 participants.",
                   b="A larger study enrolled 410 participants.")
    assert pairs(r) == []


def test_study_sizes_of_the_same_named_trial_are_compared(tmp_path):
    r = scan_texts(tmp_path, a="The RELIEF2 trial enrolled 240 participants.",
                   b="The RELIEF2 trial enrolled 410 participants.")
    assert pairs(r) == [("240", "410")]


def test_durations_of_different_things_are_not_compared(tmp_path):
    r = scan_texts(tmp_path, a="The drug's effects last about 4 to 6 hours.",
                   b="Each therapy session lasts approximately 8 hours.")
    assert pairs(r) == []


def test_similarity_threshold_is_a_setting(tmp_path):
    strict = scan_texts(tmp_path, a="Household income in the county was $52,000.",
                        b="Typical family earnings across the county reached $61,000.")
    loose = scan(tmp_path, settings=ConflictSettings(similarity=30, min_confidence=0))
    assert len(strict.conflicts) == 0
    assert len(loose.conflicts) == 1


def test_conflict_columns(tmp_path):
    r = scan_texts(tmp_path, a="In the trial, 62% of the treatment group were in remission.",
                   b="In the trial, 45% of the treatment group were in remission.")
    assert {"conflict_id", "claim_a", "claim_b", "source_a", "source_b", "measure", "text_a", "text_b",
            "value_a", "value_b", "difference", "severity", "reason", "sentence_a",
            "sentence_b"} <= set(r.conflicts.columns)
    assert set(r.conflicts["claim_a"]) | set(r.conflicts["claim_b"]) <= set(r.claims["claim_id"])
    assert isinstance(r.conflicts, pd.DataFrame)


def test_a_measure_stated_by_very_many_sources_is_compared_with_its_consensus(tmp_path, monkeypatch):
    import claimcheck.conflicts as conflicts
    monkeypatch.setattr(conflicts, "PAIRWISE_BLOCK", 4)
    articles = {f"s{i}": "In the trial, 60% of the treatment group were in remission." for i in range(5)}
    articles.update({"x1": "In the trial, 40% of the treatment group were in remission.",
                     "x2": "In the trial, 45% of the treatment group were in remission."})
    r = scan_texts(tmp_path, **articles)
    # each dissenting claim against the consensus (60%), not every pair
    assert sorted((x.value_a, x.value_b) for x in r.conflicts.itertuples()) == [("60%", "40%"), ("60%", "45%")]


def test_measures_that_differ_in_a_qualifying_word_are_not_compared(tmp_path):
    r = scan_texts(tmp_path,
                   a="The vaccine was 82.6% effective at preventing respiratory disease in older adults.",
                   b="The vaccine was 94.1% effective at preventing severe respiratory disease in older adults.")
    assert pairs(r) == []


def test_median_and_mean_are_different_measures(tmp_path):
    r = scan_texts(tmp_path, a="The median household income in the county was $52,000.",
                   b="The mean household income in the county was $61,000.",
                   c="The median household income in the county was $58,000.")
    assert pairs(r) == [("$52,000", "$58,000")]


def test_a_mean_an_average_and_a_figure_naming_neither_are_one_measure(tmp_path):
    # a trial's result given with no statistic word is its mean, as an "average" is
    r = scan_texts(tmp_path, a="On the 15 mg dose, participants lost a mean of 20.9% of their weight.",
                   b="On the 15 mg dose, participants lost 22.5% of their weight.",
                   c="On the 15 mg dose, participants lost an average of 20.9% of their weight.")
    assert sorted(pairs(r)) == [("20.9%", "22.5%"), ("22.5%", "20.9%")]


def test_forecast_dates_without_an_event_word_compare_by_measure(tmp_path):
    r = scan_texts(tmp_path, a="Analysts expect annual sales to reach $2.5 billion by 2026.",
                   b="Annual sales are expected to reach $2.5 billion by 2028.")
    assert pairs(r) == [("2026", "2028")]


def test_years_that_only_date_other_figures_are_not_compared(tmp_path):
    r = scan_texts(tmp_path, a="In 2020, 40% of adults said they exercised weekly.",
                   b="In 2022, 40% of adults said they exercised weekly.")
    assert pairs(r) == []


def test_a_change_is_not_compared_with_a_level(tmp_path):
    r = scan_in(tmp_path, "levels", a="Every 1C rise was associated with a 4.2% increase in mortality.",
                b="About 60% of deaths were among people 75 or older.")
    assert pairs(r) == []
    r = scan_in(tmp_path, "changes", c="Heat-related deaths rose by 12% last year.",
                d="Heat-related deaths rose by 20% last year.")
    assert pairs(r) == [("12%", "20%")]
    assert r.conflicts.iloc[0].measure.startswith("change in")


def test_the_words_of_a_change_do_not_separate_its_measure(tmp_path):
    r = scan_texts(tmp_path, a="Emergency rooms reported a 38% increase in heat-related admissions.",
                   b="Heat-related hospital admissions rose by 41% compared with 2022.")
    assert pairs(r) == [("38%", "41%")]


def test_counts_of_people_who_died_compare_across_phrasings(tmp_path):
    r = scan_in(tmp_path, "deaths", a="At least 1,300 people died during the June heat wave.",
                b="The June heat wave killed 1,150 people, the final report says.")
    assert pairs(r) == [("1,300", "1,150")]
    r = scan_in(tmp_path, "sizes", a="At least 1,300 people died during the June heat wave.",
                b="The survey of the heat wave reached 1,150 people.")
    assert pairs(r) == []


def test_a_contrast_figure_with_no_words_of_its_own_borrows_its_peers_measure(tmp_path):
    r = scan_texts(tmp_path, a="People on the top dose lost 20.9% of their body weight, versus 3.1% for placebo.",
                   b="Those on placebo lost 2.4% of their weight.")
    assert pairs(r) == [("3.1%", "2.4%")]


def test_a_figure_naming_no_group_is_compared_with_the_treated_groups(tmp_path):
    r = scan_texts(tmp_path, a="Participants taking the highest dose lost 22.5% of their body weight.",
                   b="People on the top dose lost 20.9% of their body weight, versus 3.1% for placebo.")
    assert ("22.5%", "20.9%") in pairs(r)
    assert all("3.1%" not in p[:2] for p in pairs(r))  # the control group's figure stays apart


@pytest.mark.parametrize("a,b,expected", [
    ("About 17% of participants on the drug stopped treatment because of side effects.",
     "One in five participants taking the drug discontinued it due to adverse events.", ("17%", "One in five")),
    # the drug stopped is the treatment stopped, however the writer names it
    ("About 12% of people on the pill stopped the medication because of nausea.",
     "About 7% of trial participants discontinued the pill owing to nausea.", ("12%", "7%")),
    ("Analysts estimate annual sales could reach $15 billion by 2030.",
     "Sales are forecast to reach $12 billion a year by 2030.", ("$15 billion", "$12 billion")),
    ("The company expects a decision from regulators by late 2025.",
     "The manufacturer expects regulatory approval in early 2026.", ("2025", "2026")),
])
def test_paraphrases_of_one_measure_are_compared(tmp_path, a, b, expected):
    r = scan_texts(tmp_path, a=a, b=b)
    assert expected in [p[:2] for p in pairs(r)]


def test_years_are_exact_but_about_a_year_allows_one_either_side(tmp_path):
    r = scan_in(tmp_path, "exact", a="Approval is expected by 2025.", b="Approval is expected by 2026.")
    assert pairs(r) == [("2025", "2026")]
    r = scan_in(tmp_path, "about", a="Approval is expected around 2025.", b="Approval is expected by 2026.")
    assert pairs(r) == []


def test_a_capitalised_name_before_trial_or_study_names_the_trial(tmp_path):
    r = scan_texts(tmp_path, a="The phase 3 SURMOUNT-X trial enrolled 2,539 adults with obesity.",
                   b="In the SURMOUNT-X study of 2,359 adults, people on the top dose lost weight.")
    assert pairs(r)[:1] == [("2,539", "2,359")]  # only one says phase 3
    assert "both say trial SURMOUNT-X" in r.conflicts.iloc[0].reason


def test_annually_and_a_hoped_for_target(tmp_path):
    r = scan_in(tmp_path, "cost", a="The programme costs £105 million a year.",
                b="The vaccination programme costs £120m annually.")
    assert pairs(r) == [("£105 million", "£120m")]
    r = scan_in(tmp_path, "target", a="Officials hope to reach 75% coverage by 2027.",
                b="The target is 75% coverage by 2028.")
    assert ("2027", "2028") in [p[:2] for p in pairs(r)]


def test_spending_verbs_do_not_separate_a_sum_from_its_paraphrase(tmp_path):
    r = scan_texts(tmp_path, a="The city spent $12.5 million on cooling centres this year.",
                   b="The cooling-centre programme cost $14 million this year.")
    assert pairs(r) == [("$12.5 million", "$14 million")]


# -- found on articles about a drug trial and a housing report ----------------------

def test_a_year_written_mid_year_is_a_date(tmp_path):
    r = scan_texts(tmp_path, a="The company expects approval from regulators by January 2027.",
                   b="If approved, which the manufacturer expects by mid-2026, it will cost $28,200 a year.")
    assert ("January 2027", "2026") in [p[:2] for p in pairs(r)]
def test_a_change_stated_before_its_figure_borrows_the_measure_of_its_sentence(tmp_path):
    r = scan_texts(tmp_path, a="Median rent climbed to $2,150 a month in 2025, up 6.4% from a year earlier.",
                   b="Median rent reached $2,300 a month in 2025, an increase of 7.1% over 2024.")
    assert sorted(p[:2] for p in pairs(r)) == [("$2,150", "$2,300"), ("6.4%", "7.1%")]


def test_what_happened_is_read_past_an_aside_and_without_event_verbs(tmp_path):
    r = scan_texts(tmp_path, a="About 12.6% of treated patients developed brain swelling, known as ARIA-E, "
                               "compared with 1.7% in the placebo group.",
                   b="Brain swelling (ARIA-E) occurred in 21% of people receiving the drug "
                     "versus 1.7% of those on placebo.")
    assert [p[:2] for p in pairs(r)] == [("12.6%", "21%")]


def test_deaths_counted_as_deaths_or_as_people_who_died_compare(tmp_path):
    r = scan_texts(tmp_path, a="Three deaths were reported among participants receiving the drug.",
                   b="Four participants on the drug died during the study.")
    assert [p[:2] for p in pairs(r)] == [("Three", "Four")]


def test_sizes_of_one_trial_compare_whatever_word_names_its_participants(tmp_path):
    r = scan_texts(tmp_path, a="The phase 3 CLARITY-X trial enrolled 1,795 participants.",
                   b="The phase 3 CLARITY-X trial included 1,906 people.")
    assert [p[:2] for p in pairs(r)] == [("1,795", "1,906")]


def test_a_target_is_not_compared_with_what_was_done(tmp_path):
    r = scan_in(tmp_path, "done", a="Builders completed 12,000 new homes last year.",
                b="City Hall wants 25,000 new homes approved by 2030.")
    assert pairs(r) == []
    r = scan_in(tmp_path, "targets", a="The mayor has pledged to approve 25,000 new units by the end of 2028.",
                b="City Hall wants 25,000 new homes approved by 2030.")
    assert ("2028", "2030") in [p[:2] for p in pairs(r)]


def test_the_price_of_a_treatment_and_of_the_drug_compare(tmp_path):
    r = scan_texts(tmp_path, a="Analysts estimate the treatment will cost about $26,500 a year per patient.",
                   b="The drug is likely to be priced at $28,200 per year.")
    assert [p[:2] for p in pairs(r)] == [("$26,500", "$28,200")]


def test_a_figure_given_for_an_earlier_year_beside_the_current_one_is_not_compared_with_it(tmp_path):
    r = scan_in(tmp_path, "then", a="Electric cars make up 18% of new car sales globally.",
                b="Electric cars now make up 17% of new car sales globally, compared with 4% in 2020.")
    assert [p[:2] for p in pairs(r)] == [("18%", "17%")]
    r = scan_in(tmp_path, "same-year", a="Electric cars made up 4% of new car sales in 2020, and 18% now.",
                b="Electric cars now make up 18% of new car sales globally, compared with 5% in 2020.")
    assert [p[:2] for p in pairs(r)] == [("4%", "5%")]


def test_a_month_that_opens_the_sentence_meets_the_same_month_in_the_clause(tmp_path):
    r = scan_in(tmp_path, "month", a="In January, 20% of new cars sold were electric.",
                b="About 25% of new cars sold were electric in January.")
    assert [p[:2] for p in pairs(r)] == [("20%", "25%")]


def test_a_place_that_opens_the_sentence_qualifies_its_figures(tmp_path):
    r = scan_in(tmp_path, "places", a="In Europe, 20% of new cars sold were electric.",
                b="Worldwide, 18% of new cars sold were electric.")
    assert pairs(r) == []
    r = scan_in(tmp_path, "same-place", a="In Europe, 20% of new cars sold were electric.",
                b="In Europe, 23% of new cars sold were electric last year.")
    assert [p[:2] for p in pairs(r)] == [("20%", "23%")]
    r = scan_in(tmp_path, "place-in-clause", a="Across the United States, 9% of new cars sold were electric.",
                b="About 12% of new cars sold in the United States were electric.")
    assert [p[:2] for p in pairs(r)] == [("9%", "12%")]


def test_a_subgroup_that_opens_the_sentence_qualifies_its_figures(tmp_path):
    r = scan_in(tmp_path, "subgroup", a="Screening reduced the risk of colorectal cancer by 18%.",
                b="Among those who underwent the procedure, screening reduced the risk of colorectal cancer by 31%.")
    assert pairs(r) == []
    r = scan_in(tmp_path, "who-subgroup", a="Screening reduced the risk of colorectal cancer by 18%.",
                b="In an analysis of those who did, screening lowered the risk of colorectal cancer by 31%.")
    assert pairs(r) == []
    r = scan_in(tmp_path, "same-subgroup",
                a="Among adults over 65, the vaccine was 80% effective against hospitalization.",
                b="Among adults over 65, the vaccine was 64% effective against hospitalization.")
    assert [p[:2] for p in pairs(r)] == [("80%", "64%")]


def test_a_small_count_that_a_share_is_about_is_not_a_tally(tmp_path):
    # "two doses" are what the 97% is of, not a number of doses given
    r = scan_texts(tmp_path, a="Two doses of the vaccine are about 97% effective. Clinics have given 8,000 doses.",
                   b="Clinics have given 6,000 doses since February. One dose is 93% effective.")
    assert [p[:2] for p in pairs(r)] == [("8,000", "6,000")]
    rows = r.claims.set_index("text")
    assert rows.loc["Two", "role"] == "condition" and rows.loc["8,000", "role"] != "condition"


def test_tallies_of_cases_compare_as_tallies_not_study_sizes(tmp_path):
    r = scan_texts(tmp_path, a="Measles cases in the United States have reached 1,274 this year.",
                   b="The outbreak has grown to 1,197 confirmed cases nationwide.")
    assert [p[:2] for p in pairs(r)] == [("1,274", "1,197")]


def test_the_top_and_bottom_groups_of_a_comparison_are_not_compared_with_each_other(tmp_path):
    r = scan_texts(tmp_path, a="Those in the highest quarter ate about seven servings a day, compared with three "
                               "servings for those in the lowest quarter.",
                   b="People in the top group ate roughly ten servings a day, versus three servings a day "
                     "in the bottom group.")
    assert [p[:2] for p in pairs(r)] == [("seven", "ten")]


def test_the_figure_a_contrast_sets_against_another_shares_its_qualifiers(tmp_path):
    # 13.1 months is a median too
    r = scan_texts(tmp_path, a="Patients taking the drug lived a median of 18.2 months, compared with 13.1 months "
                               "for those on chemotherapy.",
                   b="Median overall survival was 18.2 months with the drug and 11.9 months with chemotherapy.")
    assert [p[:2] for p in pairs(r)] == [("13.1 months", "11.9 months")]


def test_side_effects_and_adverse_events_are_one_measure(tmp_path):
    r = scan_texts(tmp_path, a="Serious side effects occurred in 28% of patients taking the pill. Some 9% stopped "
                               "treatment because of side effects.",
                   b="Serious adverse events were reported in 34% of the velutinib group, and 12% of patients "
                     "discontinued because of adverse events.")
    assert sorted(p[:2] for p in pairs(r)) == [("28%", "34%"), ("9%", "12%")]
    # a share who stopped because of side effects is not the share who had them
    r = scan_in(tmp_path, "stopped", a="Side effects occurred in 60% of patients.",
                b="Some 9% of patients stopped treatment because of side effects.")
    assert pairs(r) == []


def test_counts_of_one_noun_far_apart_count_different_things(tmp_path):
    # a state's total against one fire's: a whole and a part, not a disagreement
    r = scan_texts(tmp_path, a="More than 2.1 million acres have burned in California this year. The Ridge Fire "
                               "has scorched 410,000 acres.",
                   b="The Ridge Fire has burned 395,000 acres and is 55% contained.")
    assert [p[:2] for p in pairs(r)] == [("410,000", "395,000")]


def test_containment_is_one_measure(tmp_path):
    r = scan_texts(tmp_path, a="The fire has scorched 410,000 acres since it ignited on July 24 and was 62% "
                               "contained as of Sunday.",
                   b="The Ridge Fire in Northern California has burned 410,000 acres and is 55% contained.")
    assert [p[:2] for p in pairs(r)] == [("62%", "55%")]


def test_people_counted_outside_a_study_are_compared(tmp_path):
    r = scan_texts(tmp_path, a="About 8.4 million Americans use insulin.",
                   b="More than 9 million Americans use insulin, the report said.")
    assert [p[:2] for p in pairs(r)] == [("8.4 million", "9 million")]
    # the size of a study given twice without the trial's name: one study of the corpus's topic
    r = scan_in(tmp_path, "studies", a="The company's study enrolled about 12,000 adults.",
                b="A late-stage trial of more than 15,000 participants found the same.")
    assert pairs(r) == [("12,000", "15,000")]
    # but not the sizes of two trials named differently
    r = scan_in(tmp_path, "named", a="The ALPHA-2 trial enrolled 12,000 adults.",
                b="The BETA-3 trial enrolled more than 15,000 participants.")
    assert pairs(r) == []
    # nor is a study's size compared with a tally of people
    r = scan_in(tmp_path, "tally-and-study", a="Some 12,400 people were admitted to hospital with flu in January.",
                b="The high-dose jab cut infections in a study involving 9,000 participants.")
    assert pairs(r) == []


def test_figures_for_groups_given_different_doses_are_not_compared(tmp_path):
    r = scan_texts(tmp_path, a="At week 3, 29% of those in the 25 mg group were in remission, compared with 8% of "
                               "those in the 1 mg group.",
                   b="At week 3, 37% of the people who received the 25 mg dose were in remission, versus 8% of "
                     "those who got 1 mg.")
    assert [p[:2] for p in pairs(r)] == [("29%", "37%")]


def test_a_forecast_date_is_not_compared_with_a_past_one(tmp_path):
    r = scan_texts(tmp_path, a="The company hopes to seek FDA approval by 2027.",
                   b="Oregon voters approved psilocybin services in November 2020. Approval could come as early "
                     "as 2026, analysts said.")
    assert [p[:2] for p in pairs(r)] == [("2027", "2026")]


def test_a_count_given_for_a_year_is_compared_only_for_that_year(tmp_path):
    r = scan_texts(tmp_path, a="At least 1,300 people died in the heat wave. It is triple the 2021 toll of 420 deaths.",
                   b="The June heat wave killed 1,150 people, the final report says.")
    assert [p[:2] for p in pairs(r)] == [("1,300", "1,150")]
    # a year after the count dates the count: it still meets one that names none
    r = scan_in(tmp_path, "after", a="Builders completed 12,000 new homes last year.",
                b="Only 11,500 homes were finished in 2025.")
    assert [p[:2] for p in pairs(r)] == [("12,000", "11,500")]


def test_prices_of_different_products_are_not_compared(tmp_path):
    r = scan_texts(tmp_path,
                   a="Medexa said the list price of Glucora will fall to $72 a vial.",
                   b="The list price of Insulex is now $25 a vial, its maker said.")
    assert pairs(r) == []


def test_prices_of_one_product_are_compared_with_high_confidence(tmp_path):
    r = scan_texts(tmp_path,
                   a="The list price of Glucora is now $72 a vial.",
                   b="Since May, Glucora has listed at $98 a vial.")
    assert pairs(r) == [("$72", "$98")]
    assert "subject glucora" in r.conflicts.iloc[0].matched


@pytest.mark.parametrize("text", [
    "If the vial cost $15, nobody would ration it.",
    "The vial costs $72, not $15.",
    "A viral post falsely claimed the vial costs $15.",
])
def test_figures_the_article_does_not_assert_are_not_compared(tmp_path, text):
    r = scan_texts(tmp_path, a="A vial of Glucora costs $72.", b=text.replace("The vial", "A vial of Glucora"))
    assert ("$72", "$15") not in pairs(r) and ("$15", "$72") not in pairs(r)


def test_a_running_count_is_as_of_its_articles_date(tmp_path):
    (tmp_path / "sources.csv").write_text(
        "file,title,url,publisher,published\na.txt,,,,2025-03-04\nb.txt,,,,2025-04-20\nc.txt,,,,2025-04-20\n",
        encoding="utf-8")
    r = scan_texts(tmp_path, a="The outbreak has grown to 124 cases.", b="The outbreak has grown to 480 cases.",
                   c="The outbreak has grown to 505 cases.")
    # a tally grows: March and April figures differ; two April figures conflict
    assert pairs(r) == [("480", "505")]


def test_a_final_count_holds_from_its_date_on(tmp_path):
    (tmp_path / "sources.csv").write_text(
        "file,title,url,publisher,published\na.txt,,,,2025-08-04\nb.txt,,,,2025-09-05\nc.txt,,,,2025-09-19\n",
        encoding="utf-8")
    r = scan_texts(tmp_path, a="The outbreak has killed three people so far, officials said.",
                   b="The final tally was 114 cases and seven deaths, officials said.",
                   c="Officials said the outbreak killed six people.")
    # a closed count still holds in September; the August count was running
    assert pairs(r) == [("seven", "six")]


def test_a_moment_a_day_after_another_is_no_yearly_rate(tmp_path):
    published_on(tmp_path, a="2025-03-04", b="2025-05-20", c="2025-05-20")
    r = scan_texts(tmp_path, a="A day after the state said two more people had died, the toll stood at 11 deaths.",
                   b="The outbreak has caused 15 deaths, the state said.",
                   c="The outbreak has caused 17 deaths, a week after the state's last update.")
    # "a day after" and "a week after" place a moment: March's running count is not May's
    assert pairs(r) == [("15", "17")]


def test_a_small_count_restated_as_a_rate_after_a_comma_is_still_compared(tmp_path):
    r = scan_texts(tmp_path, a="The recalled cheese sickened 40 people and killed 6, a fatality rate of 15%.",
                   b="The recalled cheese sickened 40 people and killed eight.")
    assert ("6", "eight") in pairs(r)


def test_a_figure_of_an_interim_analysis_is_less_certainly_the_final_ones(tmp_path):
    r = scan_texts(tmp_path, a="In the interim analysis, the placebo group of the Veltra trial had 7 deaths.",
                   b="The placebo group of the Veltra trial had 9 deaths.",
                   c="In the final analysis, the placebo group of the Veltra trial had 11 deaths.")
    rows = {frozenset((row["text_a"], row["text_b"])): row for row in r.conflicts.to_dict("records")}
    # a figure naming no look may be of either: compared, less certainly
    assert "only one says interim analysis" in rows[frozenset({"7", "9"})]["reason"]
    assert "only one says final analysis" in rows[frozenset({"9", "11"})]["reason"]
    # the interim look and the final one are two data cuts: both hold
    assert frozenset({"7", "11"}) not in rows


def test_what_a_closed_event_ended_with_holds_from_its_date_on(tmp_path):
    published_on(tmp_path, a="2025-06-10", b="2025-09-05")
    r = scan_texts(tmp_path, a="The lettuce outbreak ended with 131 illnesses in 20 states.",
                   b="The lettuce outbreak ended with 113 illnesses in 20 states, officials said.")
    # a closed count does not grow: June's and September's totals conflict
    assert pairs(r) == [("131", "113")]


def test_a_change_since_a_date_is_not_one_of_a_year_before_it(tmp_path):
    r = scan_texts(tmp_path, a="Complaints about the Veltra app have grown 190% since November 2022.",
                   b="Complaints about the Veltra app grew 95% in 2021.",
                   c="Complaints about the Veltra app have grown 160% since November 2022.")
    assert pairs(r) == [("190%", "160%")]


def test_a_total_for_an_ended_year_is_no_running_count_of_that_year(tmp_path):
    (tmp_path / "sources.csv").write_text(
        "file,title,url,publisher,published\na.txt,,,,2025-09-12\nb.txt,,,,2026-02-20\nc.txt,,,,2026-03-02\n",
        encoding="utf-8")
    r = scan_texts(tmp_path, a="So far this year the region has logged 4,100 deaths.",
                   b="The region logged 7,600 deaths in 2025.", c="In 2025, the region logged 7,200 deaths.")
    # September's running count is no full-year total; two totals for the ended year conflict
    assert pairs(r) == [("7,600", "7,200")]


def test_counts_for_the_same_stated_year_conflict_and_other_years_do_not(tmp_path):
    r = scan_texts(tmp_path,
                   a="The state's worst year was 1994, when officials logged 3,310 cases.",
                   b="In 1994, 3,150 cases were logged across the state.",
                   c="In 2019, 1,280 cases were logged across the state.")
    assert pairs(r) == [("3,310", "3,150")]


def test_a_year_earlier_dates_figures_a_year_before_the_sentence_before(tmp_path):
    r = scan_texts(tmp_path,
                   a="In 2021, officials logged 3,310 measles cases. A year earlier, they had logged 2,050 cases.",
                   b="Officials logged 2,300 measles cases in 2020.",
                   c="Officials logged 3,000 measles cases in 2019.")
    assert pairs(r) == [("2,050", "2,300")]


def test_a_source_giving_several_values_agrees_with_one_that_matches_any(tmp_path):
    r = scan_texts(tmp_path,
                   a="At one clinic the remission rate was 31%. At another clinic the remission rate was 48%.",
                   b="The remission rate was 48%.", c="The remission rate was 60%.")
    # b agrees with one of a's values; c differs from both, but a's frame is ambiguous there
    found = {(x.source_a, x.text_a, x.text_b): x for x in r.conflicts.itertuples()}
    assert set(found) == {("a.txt", "31%", "60%"), ("a.txt", "48%", "60%"), ("b.txt", "48%", "60%")}
    assert all("several values" in x.reason for k, x in found.items() if k[0] == "a.txt")
    # by default a's are too uncertain to report; b against c stands
    assert [(x.source_a, x.source_b) for x in scan(tmp_path).conflicts.itertuples()] == [("b.txt", "c.txt")]


def test_a_lead_in_before_a_colon_is_the_measure_of_the_figures_after_it(tmp_path):
    r = scan_texts(tmp_path,
                   a="Deaths in the main study were similar: 1.1% (9 people) with the drug and 1.3% with placebo.",
                   b="In the main study, 1.6% of those on the drug died.")
    assert pairs(r) == [("1.1%", "1.6%")]


def test_a_planned_size_is_not_compared_with_the_size_reached(tmp_path):
    r = scan_texts(tmp_path, a="The company's trial was designed to enroll about 3,000 patients.",
                   b="The company's trial enrolled 2,246 patients.")
    assert pairs(r) == []


def test_dates_in_a_source_line_are_not_claims_to_compare(tmp_path):
    r = scan_texts(tmp_path, a="The agency approved Glucora in May 2022.",
                   b="Sources: agency approval letter for Glucora, June 2, 2023.")
    assert pairs(r) == []


def test_the_kind_of_an_event_is_read_next_to_its_date(tmp_path):
    r = scan_texts(tmp_path,
                   a="Glucora won accelerated approval in January 2023 and full approval in July 2023.",
                   b="Glucora won full approval in July 2022.")
    assert pairs(r) == [("July 2023", "July 2022")]


def test_a_hedge_in_another_clause_does_not_make_a_figure_a_forecast(tmp_path):
    r = scan_texts(tmp_path, a="The 1,975-person ALPHA trial ended, while others say demand will ease.",
                   b="The ALPHA trial enrolled 1,795 people.")
    assert pairs(r) == [("1,975", "1,795")]
    assert r.claims.loc[r.claims["text"] == "1,975", "hedge_type"].tolist() == [""]


def test_a_tally_given_for_this_year_is_as_of_its_articles_date(tmp_path):
    (tmp_path / "sources.csv").write_text(
        "file,title,url,publisher,published\na.txt,,,,2025-04-08\nb.txt,,,,2025-08-22\n", encoding="utf-8")
    r = scan_texts(tmp_path, a="The county has recorded 505 cases this year.",
                   b="The county has recorded more than 790 cases this year.")
    assert pairs(r) == []


def test_names_are_not_measure_words_when_a_subject_links_two_measures(tmp_path):
    r = scan_texts(tmp_path, a="Among people taking Glucora, 0.8% needed hospital care.",
                   b="About 20% of people who took Glucora had the virus come back.")
    assert pairs(r) == []


def test_the_arm_of_a_contrasted_figure_is_read_past_an_apposition(tmp_path):
    r = scan_texts(tmp_path,
                   a="In the trial, 2.1% of those on the drug died, compared with 1.4%, or nine people, on placebo.",
                   b="In the trial, 1.9% of patients on placebo died.")
    arms = dict(zip(r.claims["text"], r.claims["arm"], strict=False))
    assert arms["1.4%"] == "control"
    assert pairs(r) == [("1.4%", "1.9%")]


def test_a_count_of_people_in_apposition_is_no_regimen_of_the_next_share(tmp_path):
    r = scan_texts(tmp_path,
                   a="Over the year, 2.1% of those on the drug died — six people — compared with 1.4% on placebo.",
                   b="Over the year, 1.9% of patients on placebo died.")
    keys = dict(zip(r.claims["text"], r.claims["measure_key"], strict=False))
    assert "dose-" not in keys["1.4%"]
    assert pairs(r) == [("1.4%", "1.9%")]


def test_a_regimen_named_across_commas_qualifies_the_share(tmp_path):
    r = scan_texts(tmp_path,
                   a="One dose of the mumps, measles and rubella vaccine is about 93% effective.",
                   b="Two doses of the vaccine are about 97% effective.",
                   c="One dose of the vaccine is about 97% effective.")
    assert pairs(r) == [("93%", "97%")]
    assert set(r.conflicts[["source_a", "source_b"]].iloc[0]) == {"a.txt", "c.txt"}


def test_a_shot_an_injection_and_a_dose_are_one_regimen(tmp_path):
    r = scan_texts(tmp_path, a="A single shot of the vaccine was 83% effective against severe disease.",
                   b="One dose of the vaccine was 94% effective against severe disease.")
    assert pairs(r) == [("83%", "94%")]


def test_the_price_of_a_single_treatment_is_the_price(tmp_path):
    r = scan_texts(tmp_path, a="The gene therapy lists at $2.2 million for a single treatment.",
                   b="The gene therapy carries a list price of $3.1 million.")
    assert pairs(r) == [("$2.2 million", "$3.1 million")]


def test_durations_far_apart_in_one_unit_are_not_compared(tmp_path):
    r = scan_texts(tmp_path, a="The therapy includes two sessions spread over 12 weeks.",
                   b="The therapy includes two sessions of 6 to 8 hours.")
    assert pairs(r) == []


def test_a_figure_naming_only_its_subject_meets_that_subjects_figures(tmp_path):
    r = scan_texts(tmp_path, a="On Monday, Medexa said it would cut Glucora by 65%.",
                   b="Glucora (insulin pen): list price lowered by 75%.")
    assert pairs(r) == [("65%", "75%")]


def test_a_share_of_those_who_do_not_is_the_complement(tmp_path):
    r = scan_texts(tmp_path, a="About 3 in 10 people who use the pen use a Medexa product.",
                   b="Medexa says 7 in 10 people who use the pen don't use its products.",
                   c="Medexa says half of people who use the pen use its products.")
    assert sorted(pairs(r)) == [("3 in 10", "half"), ("7 in 10", "half")]
    # "4%, not 10%" corrects a figure: the negation after the comma is no complement
    r = scan_in(tmp_path, "correction", a="The data put the share of cases that ended in death at 8%, not one in ten.",
                b="Of the reported cases, 8% ended in death.")
    assert pairs(r) == []


def test_the_ages_of_people_who_died_are_compared_by_what_happened_to_them(tmp_path):
    r = scan_texts(tmp_path,
                   a="Two people have died: a 4-year-old and a 9-year-old, both unvaccinated.",
                   b="Two children have died: a 4-year-old and a 7-year-old.",
                   c="Clinics vaccinated children aged 5 to 11.")
    # the two 4-year-olds agree, which leaves 9 against 7; an eligibility age is no one's death
    assert pairs(r) == [("9-year", "7-year")]


def test_a_hedge_after_a_figure_past_a_comma_is_another_clauses(tmp_path):
    r = scan_texts(tmp_path, a="When Glucora won approval in July 2022, I told patients it would change things.",
                   b="Glucora won approval in July 2023.")
    assert r.claims.loc[r.claims["text"] == "July 2022", "hedge_type"].tolist() == [""]
    assert pairs(r) == [("July 2022", "July 2023")]


def test_counts_of_one_noun_with_other_modifiers_count_different_things(tmp_path):
    r = scan_texts(tmp_path, a="Participants received three counselling sessions before treatment.",
                   b="The protocol included two dosing sessions, and patients improved after two sessions.",
                   c="Participants received four counselling sessions.")
    # the dosing sessions are not the counselling sessions; 'after two sessions' is a point in time
    assert pairs(r) == [("three", "four")]


def test_a_figure_its_clause_gives_for_the_period_before_is_not_the_current_ones(tmp_path):
    r = scan_texts(tmp_path, a="States reported 2,630 norovirus outbreaks this season, compared with 1,449 "
                               "in the same stretch a year earlier.",
                   b="States reported 1,620 norovirus outbreaks this season.",
                   c="Last season's count was 1,480 norovirus outbreaks, up from 1,210 the year before.",
                   d="The Velora shot lists at $2,800 a year before insurance.",
                   e="The Velora shot lists at $2,600 a year.")
    assert ("2,630", "1,620") in pairs(r)
    assert ("$2,800", "$2,600") in pairs(r)  # "a year before insurance" is a yearly price
    assert not {("1,449", "1,620"), ("1,620", "1,449"), ("1,620", "1,210"), ("1,210", "1,620")} & set(pairs(r))


def test_an_annualized_rate_is_an_annual_one(tmp_path):
    r = scan_texts(tmp_path, a="In the first trial, Velbrimab cut the annual rate of asthma attacks by 54%.",
                   b="In the first trial, Velbrimab cut the annualised rate of asthma attacks by 58%.",
                   c="In the first trial, Velbrimab cut the annualized rate of asthma attacks by 54%.")
    assert pairs(r) == [("54%", "58%"), ("58%", "54%")]


def test_yearly_burden_figures_of_one_population_conflict(tmp_path):
    r = scan_texts(tmp_path,
                   a="The virus causes roughly 250,000\nemergency visits and 9,000 deaths a year among adults over 65.",
                   b="Each year it causes 120,000 to 180,000 emergency visits and 4,000 to 7,000 deaths among "
                     "adults over 65.")
    assert sorted(pairs(r)) == [("250,000", "120,000 to 180,000"), ("9,000", "4,000 to 7,000")]


def test_vote_tallies_in_words_and_figures(tmp_path):
    r = scan_texts(tmp_path, a="The FDA advisory committee voted 8-3 in favor of Glucora.",
                   b="The FDA panel voted eight to three to back Glucora.",
                   c="Advisers to the FDA voted 9 to 2 in favor of Glucora.")
    found = {(x.source_a, x.source_b, x.text_a, x.text_b) for x in r.conflicts.itertuples()}
    assert not any({"a.txt", "b.txt"} == {x[0], x[1]} for x in found)  # the same vote
    assert ("a.txt", "c.txt", "8", "9") in found and ("a.txt", "c.txt", "3", "2") in found


def test_a_date_further_from_a_tally_than_another_times_no_vote(tmp_path):
    # the votes are dated 14 May; "from 3 February 2025" is when the law bites
    r = scan_texts(tmp_path,
                   a="Background: The Retail Vaping Act 2024, passed by the state legislature on 14 May 2024 after "
                     "votes of 61–20 in the Assembly and 30–9 in the Senate, requires shops to refuse sales to "
                     "people younger than 21 years from 3 February 2025, with fines of up to $2 million.",
                   b="The Retail Vaping Act passed the Senate 30 votes to 9 on May 15, 2024, a day after the "
                     "Assembly approved it 61 votes to 20.")
    assert ("3 February 2025", "May 15, 2024") not in pairs(r)


def test_tallies_of_two_chambers_in_one_month_are_two_votes(tmp_path):
    # each tally is the chamber's named nearest before it, whatever else its sentence names
    r = scan_texts(tmp_path,
                   a="The state Senate approved the curfew bill in March 2025, voting 21 to 9 on its last day.",
                   b="In March 2025 the bill cleared the House of Representatives 88 votes to 12, then the Senate.",
                   c="The Senate passed the curfew bill 21-8 in March 2025.",
                   d="The House passed the Senate's bill 88 to 13 in March 2025.",
                   e="In March 2025 the bill passed 88 to 12 in the House and 21 to 9 in the Senate.")
    found = {(x.source_a, x.source_b) for x in r.conflicts.itertuples()}
    assert ("a.txt", "b.txt") not in found and ("b.txt", "c.txt") not in found
    assert ("a.txt", "c.txt") in found
    assert ("b.txt", "d.txt") in found  # the House's vote on the Senate's bill
    # a chamber named right after its tally
    c_and_e = {f"{x.text_a}/{x.text_b}" for x in r.conflicts.itertuples()
               if {x.source_a, x.source_b} == {"c.txt", "e.txt"}}
    assert c_and_e <= {"8/9", "9/8"}


def test_tallies_with_abstentions_one_count_apart_are_one_vote(tmp_path):
    r = scan_texts(tmp_path,
                   a="The assembly's committee backed the treaty with 97 in favour, none against and 6 abstentions.",
                   b="The committee approved the treaty by 96 votes to none, with 6 abstentions.")
    assert ("97", "96") in pairs(r)
    # abstentions alone in common are not one vote: the counts for differ, and so do those against
    r = scan_texts(tmp_path,
                   a="The assembly's committee backed the treaty with 97 in favour, 4 against and 6 abstentions.",
                   b="The committee approved the treaty by 61 votes to 30, with 6 abstentions.")
    assert pairs(r) == []


def test_tallies_with_no_count_and_no_total_in_common_are_two_votes(tmp_path):
    r = scan_texts(tmp_path, a="Last year the panel voted 12 to 0 to back the Tarvel shot.",
                   b="The advisory panel voted 6-5 to back the shot.",
                   c="The panel voted 11-1 to back the Tarvel shot.",
                   d="The panel voted 12 to 1, with one abstention, to back the Tarvel shot.")
    found = {frozenset((x.source_a, x.source_b)) for x in r.conflicts.itertuples()}
    assert frozenset(("a.txt", "b.txt")) not in found  # 12-0 and 6-5: no count, no total shared
    assert frozenset(("a.txt", "c.txt")) in found  # twelve voting either way: one vote misreported
    assert frozenset(("a.txt", "d.txt")) in found  # twelve for in both
    # a tally said to be against ("voted 9-1 against") is one whole vote too
    r = scan_in(tmp_path, "against", a="The panel voted 9-1 against the Tarvel shot.",
                b="The advisory panel voted 5-0 that the Corvel shot works.")
    assert pairs(r) == []  # 1-9 and 5-0: no count, no total shared
    # two unanimous votes share only their "0": no sign of one vote
    r = scan_in(tmp_path, "unanimous", a="The panel voted 9-0 to back the shot.",
                b="The advisory panel voted 6-0 to delay its decision.")
    assert pairs(r) == []


def test_two_ranges_of_one_estimate_agree_on_their_ends(tmp_path):
    r = scan_texts(tmp_path, a="Officials estimate the flu kills 3,000 to 5,000 residents of the state each year.",
                   b="Officials estimate the flu kills 3,000 to 9,000 residents of the state each year.",
                   c="Officials estimate the flu kills 3,000 to 5,100 residents of the state each year.")
    found = {frozenset((x.source_a, x.source_b)) for x in r.conflicts.itertuples()}
    assert frozenset(("a.txt", "b.txt")) in found  # one range is not the other, though they overlap
    assert frozenset(("a.txt", "c.txt")) not in found  # ends within rounding


def test_ranges_of_ages_name_groups_and_overlap_without_conflict(tmp_path):
    r = scan_texts(tmp_path, a="The shot is offered to adults aged 60 to 74 with a chronic illness.",
                   b="The shot is offered to adults aged 60 to 64 with a chronic illness.")
    assert pairs(r) == []


def test_an_age_group_is_no_arm_of_a_study(tmp_path):
    r = scan_texts(tmp_path, a="The virus causes 3,000 to 5,000 deaths a year in that age group.",
                   b="The virus causes 3,000 to 9,000 deaths a year among adults over 65.")
    assert r.claims.set_index("text")["arm"].fillna("")["3,000 to 5,000"] == ""


def test_changes_against_comparators_sharing_no_word_are_two_measures(tmp_path):
    r = scan_texts(tmp_path,
                   a="That meant 90% fewer infections than the background rate in the towns studied "
                     "and 70% fewer than among women using Orvexa, the daily pill.",
                   b="The gel cut new infections by 90% compared with daily Orvexa pills.")
    # b's 90% is against the pill: a's 70% is the figure it contradicts, and a's
    # 90% (against the background rate) is no agreeing value of it
    assert pairs(r) == [("70%", "90%")]


def test_a_figure_of_one_trial_is_compared_with_a_sentence_naming_that_trial_and_another(tmp_path):
    r = scan_texts(tmp_path,
                   a="In CORAL 1 and CORAL 2, the drug cut relapses by 40% against placebo.",
                   b="In CORAL 2, the drug cut relapses by 55% against placebo.")
    assert pairs(r) == [("40%", "55%")]
    assert "trial" not in r.conflicts["reason"].iloc[0]


def test_an_approval_named_beside_a_price_does_not_say_what_is_priced(tmp_path):
    r = scan_texts(tmp_path, a="The pill won approval in March and lists at $12,400 a year.",
                   b="Its maker set the list price of the pill at $14,200 a year.")
    assert pairs(r) == [("$12,400", "$14,200")]


def test_what_a_person_tells_of_themselves_is_no_studys_figure(tmp_path):
    r = scan_texts(tmp_path, a="People on the top dose lost 48 pounds on average over the study.",
                   b='"I lost 70 pounds on the top dose," said one patient at the hearing.')
    assert r.claims.set_index("text")["status"]["70 pounds"] == "personal"
    assert pairs(r) == []


def test_prices_of_periods_opening_on_other_dates_are_not_compared(tmp_path):
    r = scan_texts(tmp_path, a="Since March 2023 the clinic has charged $40 a visit.",
                   b="Since October 2024 the clinic has charged $55 a visit.",
                   c="The clinic charges $55 a visit.")
    found = {frozenset((x.source_a, x.source_b)) for x in r.conflicts.itertuples() if x.text_a.startswith("$")}
    assert frozenset(("a.txt", "b.txt")) not in found and frozenset(("a.txt", "c.txt")) in found


def test_what_a_vote_was_on_qualifies_both_of_its_counts(tmp_path):
    r = scan_texts(tmp_path, a="The committee voted unanimously, 11-0, that the benefits of Zorvia outweigh its risks.",
                   b="The committee voted 10-1 that the benefits of Zorvia outweigh its risks.")
    assert sorted(pairs(r)) == [("0", "1"), ("11", "10")]


def test_a_unanimous_vote_of_all_its_members_is_all_for(tmp_path):
    r = scan_texts(tmp_path, a="The advisers voted unanimously, with all 11 members agreeing that Zorvia works.",
                   b="The advisers voted 10 to 1 that Zorvia works.")
    assert pairs(r) == [("11", "10")]


def test_a_figure_naming_only_the_comparator_drug_is_the_comparator_arms(tmp_path):
    r = scan_texts(tmp_path,
                   a="People on the new pill lost 18.1% of their weight, compared with 11.2% for orlistatide.",
                   b="Patients on the new pill lost 18.1% of their body weight versus 12.6% for those on orlistatide.")
    claims = r.claims.set_index("text")
    assert claims["arm"]["11.2%"] == claims["arm"]["12.6%"] == "control"
    assert pairs(r) == [("11.2%", "12.6%")]


def test_voters_counted_by_side_meet_a_tally(tmp_path):
    r = scan_texts(tmp_path, a="The board voted 9-3 to adopt the Kelvar levy.",
                   b="Nine trustees voted in favor of the Kelvar levy, while two trustees voted against it.")
    assert pairs(r) == [("3", "two")]


def test_adults_killed_and_deaths_among_adults_count_one_thing(tmp_path):
    r = scan_texts(tmp_path, a="Each winter the virus kills about 4,000 older adults in the state.",
                   b="Each winter the virus causes 6,500 deaths among older residents of the state.",
                   c="Each winter the virus puts 4,000 children in hospital in the state.")
    assert pairs(r) == [("4,000", "6,500")]


def test_a_figure_scaled_by_a_magnitude_word_is_rounded_to_that_magnitude(tmp_path):
    r = scan_texts(tmp_path, a="The therapy lists at $4.1 million per patient.",
                   b="The therapy costs $4 million per patient, its maker said.",
                   c="The therapy lists at $2.8 million per patient.")
    found = {frozenset((x.source_a, x.source_b)) for x in r.conflicts.itertuples()}
    assert frozenset(("a.txt", "b.txt")) not in found  # "$4 million" rounds $4.1 million
    assert frozenset(("a.txt", "c.txt")) in found and frozenset(("b.txt", "c.txt")) in found


def test_a_count_of_part_of_a_whole_is_compared_only_with_such_counts(tmp_path):
    r = scan_texts(tmp_path, a="In the trial of Renvoxa, 52 patients received the infusion.",
                   b="In the trial of Renvoxa, 38 of the 40 patients followed for a year had no relapse.",
                   c="In the trial of Renvoxa, all 40 evaluable patients had no relapse.")
    found = {(x.source_a, x.text_a, x.source_b, x.text_b) for x in r.conflicts.itertuples()}
    # those who received it are no part of those without relapse
    assert not any({a, b} == {"a.txt", "c.txt"} or (a == "a.txt" and tb == "38") for a, _, b, tb in found)
    assert ("b.txt", "38", "c.txt", "40") in found  # 38 of 40 without relapse against all 40


def test_shares_of_one_whole_that_name_other_parts_are_other_measures(tmp_path):
    r = scan_texts(tmp_path, a="Suicides were 55% of all firearm deaths in 2021.",
                   b="Homicides made up 43% of all firearm deaths in 2021.",
                   c="In 2021, 54% of all firearm deaths were suicides.",
                   d="Falls accounted for one in five deaths of older adults in 2021.")
    assert pairs(r) == [("55%", "54%")]


def test_a_count_given_the_drug_beside_a_placebo_count_is_an_arm_not_the_trial(tmp_path):
    r = scan_texts(tmp_path, a="In the analysis, 502 people got moventimab and 290 got placebo.",
                   b="The two trials enrolled 792 people with severe asthma.",
                   c="In the efficacy analysis, 510 people received moventimab and 290 received a placebo.",
                   d="The two trials randomized 800 people to moventimab or to placebo.")
    # those randomized to the drug or placebo are the whole trial, compared with its size
    assert pairs(r) == [("502", "510"), ("792", "800")]


def test_approvals_in_two_jurisdictions_are_two_events(tmp_path):
    r = scan_texts(tmp_path, a="Britain's regulator approved Renvoxa in March 2023.",
                   b="The FDA approved Renvoxa in October 2024.",
                   c="Renvoxa won approval from the FDA in August 2023.")
    assert pairs(r) == [("October 2024", "August 2023")]


def test_the_drug_a_sentence_opens_with_is_not_the_subject_of_a_rivals_date_in_it(tmp_path):
    r = scan_texts(tmp_path, a="Moventimab targets the same protein as rivazumab, "
                               "which the FDA approved for severe asthma in 2015.",
                   b="The FDA approved moventimab in December 2024.",
                   c="Moventimab won FDA approval in December 2025.")
    assert pairs(r) == [("December 2024", "December 2025")]


def test_a_rivals_figure_is_not_set_against_one_naming_no_drug(tmp_path):
    # an article on moventimab names rivazumab once: its date is the rival's,
    # and "approved it" in another article on moventimab dates moventimab
    r = scan_texts(tmp_path, a="In the trial, moventimab lowered attacks by 48%. A year of moventimab costs $9,000. "
                               "Its older rival, rivazumab, was approved for severe asthma in 2015.",
                   b="The FDA approved it in December 2024 after a 14-month review.",
                   c="Moventimab's maker said moventimab would launch in May. The FDA approved moventimab in 2025.")
    assert ("2015", "December 2024") not in pairs(r)
    assert ("2015", "2025") not in pairs(r)
    assert ("December 2024", "2025") in pairs(r)


def test_a_figure_of_a_drug_its_sentence_calls_a_rival_is_the_rivals(tmp_path):
    # the rival is the only generic name the article gives, yet the sentence says whose figure it is
    r = scan_texts(tmp_path, a="Halvex's pill cut the risk of hospital stays by 86% in its trial. The result beats "
                               "Norcom's rival pill, rivapravir, which cut the risk of hospital stays by 50%.",
                   b="Halvex's pill cut the risk of hospital stays by 84% in the final analysis.")
    assert pairs(r) == [("86%", "84%")]


def test_a_rivals_figure_meets_another_naming_its_brand(tmp_path):
    # "Halvora (rivazumab)": the brand is the rival's name too, so an article
    # naming only the brand dates the same event
    r = scan_texts(tmp_path, a="In the trial, moventimab lowered attacks by 48%. A year of moventimab costs $9,000. "
                               "Its older rival, Halvora (rivazumab), was approved in June 2015.",
                   b="Halvora, the first drug of its kind, was approved in 2016.")
    assert pairs(r) == [("June 2015", "2016")]


def test_a_regulator_and_its_country_name_one_approving_body(tmp_path):
    r = scan_texts(tmp_path, a="The FDA approved both therapies on the same day in December 2024.",
                   b="U.S. regulators approved the two therapies in December 2023.")
    assert pairs(r) == [("December 2024", "December 2023")]


def test_an_approval_naming_no_jurisdiction_is_its_articles_own(tmp_path):
    r = scan_texts(tmp_path, a="The FDA reviewed Renvoxa for 11 months. Renvoxa won approval in July 2023.",
                   b="Britain's MHRA looked at Renvoxa for 14 months. Renvoxa was cleared in August 2024.",
                   c="The FDA approved Renvoxa in July 2022.")
    assert pairs(r) == [("July 2023", "July 2022")]


def test_an_approved_label_update_is_no_first_approval(tmp_path):
    r = scan_texts(tmp_path, a="On March 3, 2025, the FDA approved a label update that lets doctors use Renvoxa alone.",
                   b="The FDA approved Renvoxa on December 22, 2021.",
                   c="Renvoxa won FDA approval in December 2022.")
    assert pairs(r) == [("December 22, 2021", "December 2022")]


def test_clearing_a_trial_is_no_approval_of_the_product(tmp_path):
    # a regulator letting a company start a clinical trial approves the study,
    # not the product: another event than the product's approval
    r = scan_texts(tmp_path, a="The FDA cleared Halvex Bio to begin a clinical trial of its kidney in March 2024.",
                   b="Halvex Bio won FDA clearance in June 2025 for its own trial.",
                   c="The FDA approved the Halvex Bio kidney in May 2023.")
    assert pairs(r) == [("March 2024", "June 2025")]


def test_a_name_written_in_camel_case_opening_lower_case_is_a_name(tmp_path):
    # "eVaxo", "uniQure": a company's name whatever its first letter
    r = scan_texts(tmp_path, a="The FDA cleared eVaxo to begin a clinical trial in March 2024.",
                   b="The FDA cleared Halvex to begin a clinical trial in June 2025.")
    assert pairs(r) == []


def test_a_program_launched_is_no_launch_of_the_product(tmp_path):
    # "under a program launched in June": the program's start, not the drug's launch
    published_on(tmp_path, a="2025-09-01", b="2025-11-20")
    r = scan_texts(tmp_path, a="Velmora said a launch of Glucora is within reach next year.",
                   b="Velmora won a priority voucher in November under a program launched in June.")
    assert pairs(r) == []


def test_the_patients_given_one_strength_are_a_part_of_their_trial(tmp_path):
    # the trial gave two strengths: those on one are not all it enrolled
    r = scan_texts(tmp_path, a="The Halvex trial enrolled 214 patients across two dose levels.",
                   b="In the Halvex trial, symptoms eased in 45% of the 97 patients who received the 20 mg dose.",
                   c="The Halvex trial enrolled 241 patients.")
    assert pairs(r) == [("214", "241")]
    # those given one strength or another (or a placebo) are all of them
    r = scan_in(tmp_path, "either", a="In the Halvex trial, the 18 participants received either a 20 mg dose or "
                                      "placebo.",
                b="The Halvex trial enrolled 21 participants.")
    assert pairs(r) == [("18", "21")]


def test_a_year_across_a_semicolon_from_a_tally_times_no_vote(tmp_path):
    r = scan_texts(tmp_path, a="The Harwell board voted 5-2 in March 2024 to end coverage of the drugs, "
                               "effective April 1, 2024.",
                   b="Harwell's health plan dropped coverage after a 5-2 board vote; the plan had "
                     "spent $40 million on the drugs in 2023.")
    assert pairs(r) == []


def test_a_persons_age_a_year_older_in_a_story_months_later_is_no_conflict(tmp_path):
    published_on(tmp_path, a="2025-02-08", b="2025-09-20", c="2025-03-01")
    r = scan_texts(tmp_path, a="Tom Reyes, 66, received the implant in January.",
                   b="Tom Reyes, 67, received the implant in January.",
                   c="Tom Reyes, 68, received the implant in January.")
    # weeks apart, or two years apart, the ages of one man conflict
    assert sorted(pairs(r)) == [("66", "68"), ("67", "68")]


def test_the_state_a_sentence_opens_with_is_not_the_subject_of_another_states_figure(tmp_path):
    r = scan_texts(tmp_path, a="South Dakota again had the highest rate, at 41.4%, followed by Alabama at 40.4% and "
                               "Arkansas at 39.2%.",
                   b="Arkansas's rate was 39.2%, South Dakota's 41.4%.")
    assert pairs(r) == []


def test_a_payers_clearance_is_not_the_regulators_approval(tmp_path):
    r = scan_texts(tmp_path, a="Britain's regulator approved Renvoxa in March 2023.",
                   b="England's health technology body, NICE, cleared Renvoxa for NHS use in January 2025.",
                   c="Renvoxa was approved in the UK in May 2024.")
    assert pairs(r) == [("March 2023", "May 2024")]


def test_a_health_service_is_its_country_where_something_began(tmp_path):
    # a payer is not the regulator for an approval (above), but what took effect
    # in the NHS took effect in the UK
    r = scan_texts(tmp_path, a="Babies in the UK have had the Tenvora jab in their routine schedule since 2016.",
                   b="Tenvora has been part of the routine NHS infant schedule since 2015.")
    assert pairs(r) == [("2016", "2015")]


def test_the_first_doses_of_a_schedule_are_no_count_of_the_schedule(tmp_path):
    r = scan_texts(tmp_path, a="The first two doses of the Velora shot are given a month apart.",
                   b="Children need three doses of the Velora shot in all.")
    assert pairs(r) == []


def test_prices_for_different_units_are_not_compared(tmp_path):
    r = scan_texts(tmp_path,
                   a="Velora costs $4.10 a dose, so a full four-dose course of Velora costs $16.40 per child.",
                   b="A deal will cut the price of Velora from $4.10 a dose to $3.20 next year.",
                   c="Velora costs $5.50 a dose.")
    found = {(x.text_a, x.text_b) for x in r.conflicts.itertuples()}
    assert not any("$16.40" in pair for pair in found)  # per child, not per dose
    assert ("$3.20", "$5.50") in found  # the new price is a dose's too


def test_a_count_per_year_is_no_count_of_a_whole(tmp_path):
    r = scan_texts(tmp_path, a="The clinic treats about 60 patients a year with the Orvane therapy.",
                   b="So far 44 patients have received the Orvane therapy at the clinic.",
                   c="Each year the clinic treats 75 patients with the Orvane therapy.")
    found = {frozenset((x.source_a, x.source_b)) for x in r.conflicts.itertuples()}
    assert frozenset(("a.txt", "b.txt")) not in found  # yearly against a running total
    assert frozenset(("a.txt", "c.txt")) in found  # both yearly, one says so before its figure


def test_a_compound_count_counts_its_head_and_dated_tags_yield_to_as_of_dates(tmp_path):
    r = scan_texts(tmp_path,
                   a="As of July 29, officials had confirmed 1,133 measles cases nationwide in 2025.",
                   b="By July 29, 2025, officials had confirmed 1,333 cases nationwide.")
    assert r.claims.set_index("text")["unit"]["1,133"] == "cases"
    assert pairs(r) == [("1,133", "1,333")]


def test_a_study_named_by_one_side_only_costs_confidence_when_the_other_names_another(tmp_path):
    one_study = scan_in(tmp_path, "one",
                        a="In the phase 3 trial, 1.1% of participants on placebo died.",
                        b="In the study, 1.8% of participants on placebo died.")
    two_studies = scan_in(tmp_path, "two",
                          a="In the phase 3 trial, 1.1% of participants on placebo died.",
                          b="In the study, 1.8% of participants on placebo died. "
                            "An earlier phase 2 study had enrolled 850 people.")
    assert pairs(one_study) == pairs(two_studies) == [("1.1%", "1.8%")]
    alone = one_study.conflicts["confidence"].iloc[0]
    assert alone >= 0.5
    assert two_studies.conflicts["confidence"].iloc[0] < alone


def test_figures_given_respectively_are_each_a_subgroups(tmp_path):
    r = scan_texts(tmp_path,
                   a="Headache was reported by 4.1% of teenagers, 6.3% of adults and 9.8% of retirees; "
                     "severe headache occurred in 0.5%, 1.1% and 2.4%, respectively.",
                   b="Severe headache occurred in 1.9% of participants.",
                   c="Among adults, severe headache occurred in 1.6%.")
    assert pairs(r) == [("1.1%", "1.6%")]


def test_a_share_of_these_people_is_a_subgroups_named_before(tmp_path):
    r = scan_texts(tmp_path,
                   a="About 12% of trial participants carried two copies of the gene. "
                     "Roughly a third of these participants developed brain swelling.",
                   b="Brain swelling developed in 14% of participants.",
                   c="A third of those who received the drug developed brain swelling.")
    assert pairs(r) == [("14%", "A third")]


def test_a_trials_own_name_at_one_side_only_costs_confidence_but_a_registry_id_does_not(tmp_path):
    news = "In the study, 1.8% of participants on placebo died."
    by_id = scan_in(tmp_path, "id", a="In trial NCT01234567, 1.1% of participants on placebo died.", b=news)
    by_name = scan_in(tmp_path, "name", a="In the BRAVO-SR trial, 1.1% of participants on placebo died.", b=news)
    assert pairs(by_id) == pairs(by_name) == [("1.1%", "1.8%")]
    assert by_name.conflicts["confidence"].iloc[0] < by_id.conflicts["confidence"].iloc[0]


def test_a_change_still_expected_after_it_took_effect_contradicts_the_report_of_it(tmp_path):
    fact = "Glucora's 40% price cut took effect January 1."
    stale = "Glucora's list price will fall by 40% starting next year."
    (tmp_path / "late").mkdir()
    published_on(tmp_path / "late", a="2024-03-01", b="2024-02-10")
    assert pairs(scan_texts(tmp_path / "late", a=stale, b=fact)) == [("next year", "January 1")]
    # a plan reported before the change took effect was no error when written
    (tmp_path / "early").mkdir()
    published_on(tmp_path / "early", a="2023-05-01", b="2024-02-10")
    assert pairs(scan_texts(tmp_path / "early", a="Glucora's list price will fall by 40% starting in 2025.",
                            b=fact)) == []


def test_a_figure_naming_no_study_is_the_study_whose_figures_it_agrees_with(tmp_path):
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="The BRAVO-HR trial enrolled 2,246 adults.",
                   b="The main trial enrolled about 2,200 adults at high risk.",
                   c="The BRAVO-SR trial randomized 1,296 adults.",
                   d="The BRAVO-HR trial enrolled about 3,000 people.")
    reported = {frozenset(p) for p in pairs(r)}
    assert frozenset({"about 2,200", "about 3,000"}) in reported or frozenset({"2,200", "3,000"}) in reported
    assert not any("1,296" in p and ("2,200" in p or "about 2,200" in p) for p in reported)


def test_a_study_implied_by_agreement_is_no_evidence_against_a_figure_naming_none(tmp_path):
    r = scan_texts(tmp_path,
                   a="In the BRAVO-HR trial, the pill cut the risk of death by 88%.",
                   b="The pill cut the risk of death by 88%, the maker said.",
                   c="The pill cut the risk of death by 81%.")
    reasons = {frozenset((row.source_a, row.source_b)): row.reason for row in r.conflicts.itertuples()}
    assert "only one says trial" not in reasons[frozenset({"b.txt", "c.txt"})]


def test_a_count_in_apposition_to_a_share_counts_what_the_share_measures(tmp_path):
    r = scan_texts(tmp_path,
                   a="Over 18 months, 0.9% of participants on the drug died (eight people), "
                     "against 0.6% (five people) on placebo.",
                   b="Over 18 months, eleven participants on the drug died.")
    assert pairs(r) == [("eight", "eleven")]
    arms = dict(zip(r.claims["text"], r.claims["arm"], strict=False))
    assert arms["five"] == "control"


def test_an_extension_of_a_trial_is_another_study(tmp_path):
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Two participants died during an extension of the trial.",
                   b="In the trial, five participants died.")
    assert pairs(r) == []


def test_people_counted_for_what_happened_to_them_are_no_study_size(tmp_path):
    r = scan_texts(tmp_path, a="In the study, nine participants on placebo died.",
                   b="There were 12 deaths in the placebo group.")
    assert pairs(r) == [("nine", "12")]


def test_another_studys_figure_in_the_same_article_is_no_second_value(tmp_path):
    r = scan_texts(tmp_path,
                   a="During the trial, 0.8% of participants on the drug died — seven people. "
                     "In the open-label extension, three participants on the drug died.",
                   b="In the trial, six participants on the drug died.")
    row = next(row for row in r.conflicts.itertuples() if {row.text_a, row.text_b} == {"seven", "six"})
    assert row.confidence >= 0.5


def test_a_figure_said_to_hold_now_is_as_of_its_articles_date(tmp_path):
    published_on(tmp_path, a="2019-05-01", b="2024-02-01")
    r = scan_texts(tmp_path, a="When Glucora launched in 2001, a pen cost about $30.",
                   b="A pen of Glucora now costs $95.")
    assert pairs(r) == []
    r2 = scan_in(tmp_path, "undated", a="A pen of Glucora costs about $30.", b="A pen of Glucora now costs $95.")
    assert pairs(r2) == [("$30", "$95")]


def test_patients_who_underwent_randomization_are_a_studys_size(tmp_path):
    r = scan_texts(tmp_path, a="A total of 1,420 patients underwent randomization.",
                   b="The BRAVO trial enrolled about 1,900 people.")
    assert pairs(r) == [("1,420", "about 1,900")] or pairs(r) == [("1,420", "1,900")]


def test_a_study_implied_by_agreement_does_not_make_a_figure_fit_another_better(tmp_path):
    r = scan_texts(tmp_path,
                   a="The pill cut the risk of death by 88% when given within three days of symptoms, "
                     "and by 89% when given within five days.",
                   b="Given within three days, the pill cut the risk of death by 89%.",
                   c="In the BRAVO-HR trial, the pill cut the risk of death by 89%.")
    assert any(row.source_a == "a.txt" and row.source_b == "b.txt" and row.text_a == "88%"
               for row in r.conflicts.itertuples())


def test_one_outcome_in_other_words_for_the_same_arm_and_timepoint(tmp_path):
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="In the trial, 31% of the high-dose arm were still in remission at six months.",
                   b="Nearly half of the high-dose group kept their improvement through month 6.")
    assert pairs(r) == [("31%", "half")]
    # another timepoint, or no arm named, is another quantity
    r = scan_in(tmp_path, "apart",
                a="In the trial, 31% of the high-dose arm were still in remission at six months.",
                b="Nearly half of the high-dose group kept their improvement through month 3.",
                c="Nearly half of participants kept their improvement through month 6.")
    assert pairs(r) == []


def test_other_outcomes_of_one_arm_in_one_article_are_not_one_outcome(tmp_path):
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="At six months, 31% of the high-dose arm were in remission, "
                     "and 52% of the high-dose arm had responded.",
                   b="Nearly half of the high-dose group kept their improvement through month 6.")
    assert pairs(r) == []


def test_nearly_a_value_is_a_little_under_it(tmp_path):
    r = scan_texts(tmp_path, a="Nearly 40% of the county's wells were dry.",
                   b="In all, 37% of the county's wells were dry.",
                   c="In all, 12% of the county's wells were dry.")
    assert {frozenset(p) for p in pairs(r)} == {frozenset({"Nearly 40%", "12%"}), frozenset({"37%", "12%"})} \
        or {frozenset(p) for p in pairs(r)} == {frozenset({"40%", "12%"}), frozenset({"37%", "12%"})}


def test_forecasts_of_when_a_body_will_decide_conflict(tmp_path):
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Regulators are expected to decide on Glucora by the end of 2026.",
                   b="Its maker expects a ruling on Glucora by 2023.",
                   c="The agency approved a rival drug, Insulex, in 2019.")
    assert pairs(r) == [("2026", "2023")]


def test_a_listed_value_is_compared_as_itself_not_as_the_lists_span(tmp_path):
    r = scan_texts(tmp_path, a="Two patients have died: a 4-year-old and a 10-year-old.",
                   b="The two who died, aged 4 and 11 years, were unvaccinated.")
    assert {frozenset(p) for p in pairs(r)} == {frozenset({"10-year", "11 years"})}


def test_a_named_variant_of_a_product_is_another_products_event(tmp_path):
    published_on(tmp_path, a="2025-09-10", b="2023-07-10", c="2025-10-01")
    r = scan_texts(tmp_path,
                   a="In July 2022, Glucora won full approval. Last month regulators approved Glucora Pen, "
                     "an injector for use at home.",
                   b="Regulators gave full approval to Glucora on July 6, 2023.",
                   c="Regulators approved Glucora Pen in March 2024.")
    assert {frozenset(p) for p in pairs(r)} == {frozenset({"July 2022", "July 6, 2023"}),
                                               frozenset({"Last month", "March 2024"})}


def test_votes_and_yearly_figures_are_no_running_tallies(tmp_path):
    published_on(tmp_path, a="2024-06-05", b="2024-06-20", c="2024-06-01", d="2024-09-01")
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="The advisory panel voted 8-3 on Tuesday in favor of the vaccine.",
                   b="Earlier this month the advisory panel voted 9-2 in favor of the vaccine.",
                   c="The virus causes about 9,000 deaths a year among older adults.",
                   d="Each year the virus causes 4,000 to 7,000 deaths among older adults.")
    found = {frozenset(p) for p in pairs(r)}
    assert {frozenset({"8", "9"}), frozenset({"3", "2"})} <= found
    assert any("9,000" in p for p in found)


def test_a_count_of_a_kind_against_a_bare_count_is_less_certain(tmp_path):
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Patients take three tablets twice a day.",
                   b="Each dose is two pink tablets and one white tablet.")
    assert pairs(r) == []


def test_a_vote_on_a_second_question_is_another_motions_tally(tmp_path):
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Advisers voted 10 to 1 to recommend the shot for adults 75 and older.",
                   b="The panel's vote was 11 to 0. It also voted 8-3 on a second question, about younger adults.")
    assert {frozenset(p) for p in pairs(r)} == {frozenset({"10", "11"}), frozenset({"1", "0"})}


def test_how_well_a_vaccine_works_is_no_share_of_people_vaccinated(tmp_path):
    r = scan_texts(tmp_path, a="The Glucora vaccine is cheap and about 97% effective after two doses.",
                   b="Nationally, 92% of pupils had two doses of the Glucora vaccine.")
    assert pairs(r) == []


def test_a_variants_event_is_no_other_value_of_the_products(tmp_path):
    # the first article tells the pen's approval from the drug's itself: one
    # approval date for the drug, not several, against a sentence naming nothing
    published_on(tmp_path, a="2025-09-10", b="2024-03-08")
    r = scan_texts(tmp_path,
                   a="When Glucora won full approval in July 2022, clinics were ready. "
                     "Last month regulators approved Glucora Pen, an injector for use at home.",
                   b="The slow rollout contrasts with the enthusiasm that followed full approval last July.")
    row = r.conflicts.set_index("text_a").loc["July 2022"]
    assert row.text_b == "last July" and "several values" not in row.reason


@pytest.mark.parametrize("published_b, reported", [("2024-11-20", False), ("2024-10-01", True)])
def test_a_preliminary_estimate_is_revised_by_later_ones(tmp_path, published_b, reported):
    # weeks later, a larger figure of the same estimator revises its preliminary one
    published_on(tmp_path, a="2024-10-02", b=published_b)
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="The private forecaster Weatherline put its preliminary estimate of total damage "
                     "and economic loss at $145 billion to $160 billion.",
                   b="The private forecaster Weatherline now estimates total damage and economic loss "
                     "at $225 billion to $250 billion.")
    assert bool(pairs(r)) is reported


def test_one_announcer_is_no_one_announcement(tmp_path):
    # Volta announced a sales deal, and the ministry a loan to Volta: two things announced
    published_on(tmp_path, a="2025-03-02", b="2025-11-25")
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Volta announced the plan in September 2024, along with a 15-year agreement to sell "
                     "the plant's power to Brightline.",
                   b="The post appeared after the Department of Energy announced on Nov. 18 that it had "
                     "closed a loan to Volta to help restart the Crane reactor.")
    assert pairs(r) == []


def test_a_date_after_as_of_is_when_a_figure_holds_not_an_event(tmp_path):
    # two running totals taken on other days: neither date is an approval's
    published_on(tmp_path, a="2025-02-12", b="2024-11-20")
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="As of Feb. 3, the HRA had approved $41.5 million for 9,800 families.",
                   b="As of last week, the HRA had approved more than $17 million for families in the state.")
    assert pairs(r) == []


@pytest.mark.parametrize("later, reported", [("By late March", False), ("By mid-March", False),
                                              ("In early March", True), ("By March", True)])
def test_a_part_of_a_month_is_a_third_of_it(tmp_path, later, reported):
    # "late March" is after March 6: two tallies of a growing count, not one
    published_on(tmp_path, a="2025-03-10", b="2025-06-01")
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Figures released on March 6 showed that the flooding had damaged 1,220 homes.",
                   b=f"{later}, the tally of homes the flooding had damaged had grown to 1,870.")
    assert (pairs(r) != []) is reported


def test_a_source_dating_a_variant_agrees_on_it_whatever_else_it_dates(tmp_path):
    # the second article gives the pen's approval as the first does; its drug
    # approval of 2022 is another event, not another date of the pen's
    published_on(tmp_path, a="2025-09-10", b="2025-11-02")
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Glucora Pen was approved by regulators in August 2025 for use at home.",
                   b="Glucora has been given in clinics since its full approval in July 2022. "
                     "Regulators approved Glucora Pen, an injector, on Aug. 20, 2025.")
    assert pairs(r) == []


@pytest.mark.parametrize("kind_b, reported", [("full approval", True), ("approval", False)])
def test_an_event_named_with_one_kind_word_at_both_is_more_surely_one(tmp_path, kind_b, reported):
    # plain "approval" may be the accelerated one; "full approval" at both is one event
    published_on(tmp_path, a="2025-09-10", b="2024-03-08")
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="When Glucora won full approval in July 2022, clinics were ready.",
                   b=f"The slow rollout contrasts with the enthusiasm that followed {kind_b} last July.")
    assert (pairs(r) == [("July 2022", "last July")]) is reported


def test_a_relative_reduction_explained_after_a_colon_is_the_percent_change_of_its_outcome(tmp_path):
    # every change stated in percent is relative; the colon says what was reduced
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Glucavir cut the risk of hospitalization or death by 75% when started within four days.",
                   b="If treated within four days, the relative risk reduction was 70%: 2% of "
                     "Glucavir patients versus 7% of placebo patients were hospitalized or died.")
    assert pairs(r) == [("75%", "70%")]


def test_an_age_band_and_an_open_age_group_are_two_groups(tmp_path):
    r = scan_texts(tmp_path,
                   a="Advisers voted to offer the shot to adults aged 50 to 59 after talking with a doctor.",
                   b="Advisers voted to offer the shot to adults 60 and older after talking with a doctor.",
                   c="Advisers voted to offer the shot to adults 65 and older after talking with a doctor.")
    assert not [p for p in pairs(r) if "50 to 59" in p]


def test_an_approval_done_also_is_another_approval_and_recommendations_are_not_compared(tmp_path):
    published_on(tmp_path, a="2023-11-08", b="2025-03-01", c="2024-07-01", d="2025-07-01")
    r = scan_texts(tmp_path,
                   a="Regulators on Wednesday approved Velora for chronic weight management.",
                   b="Last December regulators also cleared Velora for sleep apnea in adults with obesity.",
                   c="Velora was folded into the CDC's recommendation in June.",
                   d="The CDC's recommendation was updated in June to add adults aged 50 to 59.")
    assert pairs(r) == []


def test_a_registry_id_and_a_trials_own_name_may_be_one_trial(tmp_path):
    r = scan_texts(tmp_path,
                   a="Methods: In this phase 3 trial (NCT01234567), 1,204 adults were randomized.",
                   b="The pivotal study, VELOR-2, enrolled 1,402 adults with obesity.",
                   c="The VELOR-3 study enrolled 3,100 adults with diabetes.")
    found = {frozenset((row.text_a, row.text_b)): row.confidence for row in r.conflicts.itertuples()}
    assert found.get(frozenset({"1,204", "1,402"}), 0) >= ConflictSettings().min_confidence
    assert frozenset({"1,402", "3,100"}) not in found  # two trials' own names: two trials


def test_a_drug_named_by_its_generic_name_is_no_measure_word(tmp_path):
    # (the long name alone made the two measures look alike)
    r = scan_texts(tmp_path, a="Between 4.3% and 7.1% of people on velnorzepatide quit the study, "
                               "compared with 2.6% of those on placebo.",
                   b="By week 193, 2.4% of velnorzepatide-treated participants had been diagnosed "
                     "with type 2 diabetes, compared with 13.7% of placebo-treated participants.")
    assert pairs(r) == []


def test_votes_on_two_questions_are_two_tallies(tmp_path):
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Advisers voted 9 to 1 that the data support its effectiveness and 6 to 4 that they "
                     "support its safety.",
                   b="The panel voted 8-2 that the maker's data supported the safety of Velora.")
    assert {frozenset(p) for p in pairs(r)} == {frozenset({"6", "8"}), frozenset({"4", "2"})}


def test_rates_of_one_denominator_are_compared_by_what_they_count(tmp_path):
    r = scan_texts(tmp_path,
                   a="The agency estimated 9 excess nerve cases per million doses of Velora.",
                   b="For Velora, the agency estimated 7 per million doses, and 12 deaths per million doses.")
    assert {frozenset(p) for p in pairs(r)} == {frozenset({"9 excess nerve cases per million", "7 per million"})}


def test_an_arm_of_a_randomised_total_is_not_the_size_of_the_study(tmp_path):
    r = scan_texts(tmp_path, a="In all, 640 patients were randomised: n=427 to Velbrin and n=213 to placebo.",
                   b="The trial of Velbrin enrolled 460 patients.")
    assert pairs(r) == [("640", "460")]


def test_a_part_of_a_study_counted_is_no_regimen_and_no_study_size(tmp_path):
    r = scan_texts(tmp_path, a="In the second trial, three of the 1,850 people on the injection became infected.",
                   b="Two of the 1,850 participants assigned to the injection became infected - about one "
                     "in a thousand.")
    assert pairs(r) == [("three", "Two")]


def test_a_bare_number_of_people_killed_counts_deaths(tmp_path):
    r = scan_texts(tmp_path, a="Among adults over 65, the virus put 60,000 people in the hospital and killed 6,000 "
                               "to 10,000 of them.",
                   b="Among adults over 65, the virus causes 6,000 to 16,000 deaths.")
    assert pairs(r) == [("6,000 to 10,000", "6,000 to 16,000")]


def test_a_regulator_named_in_full_is_its_jurisdiction(tmp_path):
    r = scan_texts(tmp_path, a="The Food and Drug Administration approved Renvoxa in July 2023.",
                   b="The Medicines and Healthcare products Regulatory Agency authorised Renvoxa in October 2024.")
    assert pairs(r) == []


def test_a_marketing_authorisation_is_an_approval(tmp_path):
    # the British spelling names the same event as "approved"
    r = scan_texts(tmp_path, a="The European Commission approved Renvoxa in July 2023.",
                   b="The European Commission granted Renvoxa marketing authorisation in October 2024.")
    assert pairs(r) == [("July 2023", "October 2024")]


def test_a_hyphenated_trial_name_with_a_number_names_one_trial(tmp_path):
    r = scan_texts(tmp_path, a="VANGUARD-HF 4 randomized 843 people across four dosing arms.",
                   b="The approval rests on VANGUARD-HF 2, which enrolled 1,760 participants.",
                   c="VANGUARD-HF 2 enrolled 1,736 participants.")
    assert pairs(r) == [("1,760", "1,736")]


def test_an_arms_size_is_not_the_size_of_its_trial(tmp_path):
    # "velbrimab n = 853": the size of the drug's arm, as "placebo n = 874" is the control arm's
    r = scan_texts(tmp_path, a="Safety was assessed in everyone infused (velbrimab n = 853; placebo n = 874).",
                   b="The pivotal trial followed more than 1,700 people for 18 months.",
                   c="The pivotal trial enrolled 1,200 people.")
    arms = dict(zip(r.claims["text"], r.claims["arm"], strict=False))
    assert arms["853"] == "intervention"
    assert pairs(r) == [("1,700", "1,200")]


def test_a_registry_id_is_not_a_trial_its_article_names_otherwise(tmp_path):
    r = scan_texts(tmp_path, a="VANGUARD-HF 2 ran for 18 months at 200 sites. In trial NCT01234567, N = 1736 "
                               "were randomized.",
                   b="VANGUARD-HF 4 randomized 843 people across four dosing arms.",
                   c="In trial NCT01234567, N = 1750 were randomized.")
    # (an article naming no trial but the id may be of either)
    assert ("1736", "1750") in pairs(r) and ("1736", "843") not in pairs(r)


def test_a_price_of_single_dose_vials_is_no_price_of_one_dose(tmp_path):
    r = scan_texts(tmp_path, a="Medexa sells single-dose vials at $399 a month.",
                   b="A single dose of Glucora costs $45.")
    keys = dict(zip(r.claims["text"], r.claims["measure_key"], strict=False))
    assert "per-dose" not in keys["$399"].split() and "per-dose" in keys["$45"].split()


def test_a_report_of_two_motions_at_once_is_a_report_of_each(tmp_path):
    r = scan_texts(tmp_path, a="The advisers voted unanimously, with all 11 members agreeing that Zorvia is effective "
                               "and that its benefits outweigh its risks.",
                   b="The advisers voted 10 to 1 that the benefits of Zorvia outweigh its risks.",
                   c="The advisers voted 11-0 that Zorvia is safe.")
    assert pairs(r) == [("11", "10")]


def test_a_value_given_for_another_name_in_the_sentence_is_no_alternative(tmp_path):
    # "Velbrin's is $3.1 million" names Glucora too, but is about Velbrin
    r = scan_texts(tmp_path, a="Medexa's Glucora lists at $3.1 million.",
                   b="The list price of Glucora is $2.2 million and Velbrin's is $3.1 million.")
    assert pairs(r) == [("$3.1 million", "$2.2 million")] and r.conflicts.iloc[0].confidence >= 0.5


def test_figures_of_one_named_trial_compare_whichever_company_or_drug_is_named(tmp_path):
    r = scan_texts(tmp_path, a="Medexa's ORBIT-2 trial enrolled 2,200 adults.",
                   b="Glucora's ORBIT-2 trial enrolled 3,000 adults.",
                   c="Glucora's PRISM-1 trial enrolled 1,500 adults.")
    assert pairs(r) == [("2,200", "3,000")]


def test_dates_of_a_first_detection_compare_and_later_detections_do_not(tmp_path):
    r = scan_texts(tmp_path,
                   a="The fungus was first found in Ohio vineyards in June 2021, officials said.",
                   b="Ohio confirmed its first infected vineyard in June 2022.",
                   c="The fungus turned up in Ohio vineyards again in May 2023.")
    assert pairs(r) == [("June 2021", "June 2022")]


def test_a_maker_named_with_its_product_in_an_article_names_it_there(tmp_path):
    r = scan_texts(tmp_path,
                   a="Regulators cleared Glucora, developed by Medexa, for patients aged 12 and older. "
                     "In the study behind Glucora's approval, 44 patients received the therapy.",
                   b="In Medexa's pivotal study, 45 patients received the therapy.",
                   c="In Orvane's pivotal study, 60 patients received the therapy.")
    assert pairs(r) == [("44", "45")]


def test_a_relative_reduction_of_a_risk_is_an_efficacy(tmp_path):
    r = scan_texts(tmp_path,
                   a="In the trial, the Velora vaccine lowered the risk of severe illness by 91%.",
                   b="The Velora vaccine was 84% effective against severe illness.",
                   c="The Velora vaccine cut severe illness by 40% compared with the older Orvex shot.",
                   d="Flu cases in the county fell 30% last winter.")
    assert pairs(r) == [("91%", "84%")]


def test_a_share_of_cases_prevented_is_an_efficacy(tmp_path):
    r = scan_texts(tmp_path,
                   a="Over its first season, the Velora shot prevented 83% of symptomatic infections in adults.",
                   b="The Velora shot was 64% effective against symptomatic infection in adults.",
                   c="In a smaller study, Velora gave 58% protection against symptomatic infection in adults.")
    assert sorted(pairs(r)) == [("64%", "58%"), ("83%", "58%"), ("83%", "64%")]


def test_a_figure_against_a_named_strain_is_another_measure(tmp_path):
    r = scan_texts(tmp_path,
                   a="A later study of Velora in older adults found 61% protection against the Kappa variant.",
                   b="Velora was 88% effective in older adults, its maker said.",
                   c="Velora gave 75% protection against the Kappa variant in older adults, a second study found.")
    assert pairs(r) == [("61%", "75%")]


def test_a_trial_named_prevent_prevents_nothing(tmp_path):
    r = scan_texts(tmp_path,
                   a="In PREVENT-7, the pivotal trial of Velora, 70% of volunteers were given the vaccine.",
                   b="The Velora vaccine was 64% effective against symptomatic infection.")
    assert pairs(r) == []


def test_a_reduction_against_another_treatment_meets_its_efficacy_against_it(tmp_path):
    r = scan_texts(tmp_path,
                   a="In the second trial, Velora cut new infections by 80% compared with daily Orvex tablets.",
                   b="Velora was 72% more effective than once-daily Orvex.")
    assert pairs(r) == [("80%", "72%")]


def test_two_tallies_of_one_meeting_are_one_vote_however_both_counts_differ(tmp_path):
    for name, text in {"a.txt": "The county board voted 4-3 on Thursday to end the program.",
                       "b.txt": "The county board voted five to four in January 2024 to end the program.",
                       "c.txt": "The county board voted 7-2 in March 2023 to start the program."}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2024-01-26\nb.txt,2024-06-01\n"
                                          "c.txt,2023-03-20\n", encoding="utf-8")
    r = scan(tmp_path, cache=False, settings=EVERY_CONFLICT)
    assert sorted(pairs(r)) == [("3", "four"), ("4", "five")]


def test_one_follow_up_time_written_in_two_units_is_one_timepoint(tmp_path):
    r = scan_texts(tmp_path, a="In the Velora trial, 12% of patients had a rash at 6 weeks.",
                   b="In the Velora trial, 18% of patients had a rash at 42 days.")
    row = r.conflicts.iloc[0]
    assert (row.text_a, row.text_b) == ("12%", "18%")
    assert "timepoint 6 weeks" in row.matched and "both say timepoint 6 weeks" in row.reason


def test_a_label_broadened_or_an_endorsement_is_not_the_first_approval(tmp_path):
    r = scan_texts(tmp_path,
                   a="Regulators granted Velora accelerated approval in June 2023 for children who can walk.",
                   b="Regulators broadened the Velora label in June 2024, with accelerated approval for older boys.",
                   c="An advisory committee narrowly endorsed Velora in 2022, before its approval.",
                   d="Velora won accelerated approval in June 2021.")
    assert pairs(r) == [("June 2023", "June 2021")]


def test_a_date_of_a_relative_clause_times_its_verb_not_the_sentences_figures(tmp_path):
    (tmp_path / "a.txt").write_text("Officials have counted 629 deaths in Velonia this year, according to the agency, "
                                    "which last month declared an emergency.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2024-09-05\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert "2024-08" not in str(claims["as_of"]["629"])


def test_values_far_apart_are_less_certainly_one_quantity(tmp_path):
    r = scan_texts(tmp_path, a="Glucora lists at $900 a month.", b="Glucora lists at $1,000 a month.",
                   c="Glucora lists at $90 a month.")
    confidence = {(x.text_a, x.text_b): x.confidence for x in r.conflicts.itertuples()}
    assert confidence[("$900", "$90")] < confidence[("$900", "$1,000")]
    # small numbers are no evidence either way: "2%" against "7%" of a rare event
    r = scan_in(tmp_path, "small", a="Glucora caused a rash in 2% of users.", b="Glucora caused a rash in 7% of users.",
                c="Glucora caused a rash in 3% of users.")
    confidence = {(x.text_a, x.text_b): x.confidence for x in r.conflicts.itertuples()}
    assert confidence[("2%", "7%")] == confidence[("2%", "3%")]


def test_values_a_factor_of_three_apart_are_not_reported_on_a_plain_frame(tmp_path):
    # a misreport slips a digit, rounds or swaps in a near figure; a share three
    # times another's in the same words is more often another quantity the
    # sentences do not tell apart (all users and one group of them, two doses)
    articles = {"a": "In the Halvex trial, 21% of users had headaches.",
                "b": "In the Halvex trial, 68% of users had headaches."}
    assert pairs(scan_in(tmp_path, "default", **articles)) != []  # compared, at some confidence
    reported = scan_texts(tmp_path / "default", settings=ConflictSettings())
    assert pairs(reported) == []
    # one that close is reported
    near = {"a": "In the Halvex trial, 21% of users had headaches.",
            "b": "In the Halvex trial, 26% of users had headaches."}
    (tmp_path / "near").mkdir()
    assert pairs(scan_texts(tmp_path / "near", settings=ConflictSettings(), **near)) == [("21%", "26%")]


def test_a_plain_approval_may_be_the_accelerated_or_the_full_one_but_no_expanded_one(tmp_path):
    r = scan_texts(tmp_path,
                   a="Velora won accelerated approval in June 2023.",
                   b="Regulators first approved Velora in June 2022.",
                   c="Velora won full approval in July 2024.",
                   d="Regulators also cleared Velora for sleep apnea in May 2021.")
    assert sorted(pairs(r)) == [("June 2022", "July 2024"), ("June 2023", "June 2022")]


def test_approvals_in_other_countries_or_of_other_products_by_one_regulator_are_other_events(tmp_path):
    r = scan_texts(tmp_path,
                   a="Indonesia approved the Velora vaccine in August 2022.",
                   b="Brazil's regulator Anvisa approved the Velora vaccine in March 2023.",
                   c="Anvisa approved the Orvex vaccine in November 2025.",
                   d="Anvisa approved the Velora vaccine in March 2024, the agency said.")
    assert pairs(r) == [("March 2023", "March 2024")]


def test_a_date_right_after_a_verb_of_counting_is_the_period_counted(tmp_path):
    (tmp_path / "a.txt").write_text("Velonia logged 5,922 deaths as of Dec. 7, about five times the 1,179 deaths "
                                    "recorded last year.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2024-12-10\n", encoding="utf-8")
    claims = scan(tmp_path, cache=False).claims.set_index("text")
    assert "2023" in str(claims["as_of"]["1,179"]).split()
    assert claims["as_of"]["5,922"] == "2024-12-07"


def test_counts_of_goods_are_compared_by_what_was_done_with_them(tmp_path):
    # what a country needs, what a plant can make and what a buyer ordered are
    # three quantities of one noun; two reports of the same one still conflict
    r = scan_texts(tmp_path, a="Health officials estimate the region needs 8 million vaccine doses this winter.",
                   b="The manufacturer can produce 5 million doses this winter at its two plants.",
                   c="The agency ordered 3 million doses this winter, the minister said.",
                   d="Health officials estimate the region requires 6 million doses this winter.")
    assert pairs(r) == [("8 million", "6 million")]


def test_a_vote_is_compared_whatever_study_or_year_its_article_names_elsewhere(tmp_path):
    # the study an article reports on and a year only one side's sentence gives
    # do not make a committee's one vote two votes
    r = scan_texts(tmp_path,
                   a="The phase 2 ORCA-1 trial enrolled 140 adults.\n\n"
                     "In March 2023 the advisory panel voted 7-3 against the drug.\n",
                   b="The advisory panel met on the drug once.\n\n"
                     "Six panel members voted no and four voted yes.\n")
    assert ("7", "Six") in pairs(r) and ("3", "four") in pairs(r)


def test_a_place_and_its_adjective_are_one_place(tmp_path):
    # "European sites" and "in Europe" name one region, as subject and as measure word
    r = scan_texts(tmp_path, a="About 90% of the volunteers were treated at European sites.",
                   b="Of the volunteers, 78% were treated at sites in Europe.")
    assert pairs(r) == [("90%", "78%")]


def test_counts_of_two_groups_joined_by_and_are_parts_not_the_study_size(tmp_path):
    # "2,380 adults and 70 adolescents" make up the study's 2,450; neither is its size
    r = scan_texts(tmp_path, a="The Velora study enrolled 2,450 patients in nine countries.",
                   b="The trial, in which 2,380 adults and 70 adolescents took Velora or a placebo, ran for a year.")
    assert pairs(r) == []


def test_a_figure_with_its_digits_reordered_is_a_likelier_conflict(tmp_path):
    texts = {"a": "The pivotal study enrolled {} adults across nine countries.",
             "b": "Velora's maker said 1,638 adults took part in the phase 3 trial, run at 80 sites."}
    transposed = scan_in(tmp_path, "t", a=texts["a"].format("1,683"), b=texts["b"])
    other = scan_in(tmp_path, "o", a=texts["a"].format("1,612"), b=texts["b"])
    row, other_row = transposed.conflicts.iloc[0], other.conflicts.iloc[0]
    assert "digits transposed" in row.matched and "digits transposed" not in other_row.matched
    assert row.confidence > other_row.confidence + 0.25


def test_a_transposition_picks_out_one_of_a_sources_several_values(tmp_path):
    # an abstract gives several sizes (screened, randomized, safety set N =); the
    # one whose digits the other article's figure reorders is the one it misreports
    texts = {"a": "Of 6,500 people screened, 4,236 were randomised (3,177 to VLX2210 and 1,059 to placebo); "
                  "the safety population numbered N = 4,221 (VLX2210 n=3,165; placebo n=1,056).",
             "b": "Its main trial, run in the United States, randomized 4,263 adults, but few of them were "
                  "older than 65."}
    r = scan_texts(tmp_path, **texts)
    rows = r.conflicts[(r.conflicts.text_a + r.conflicts.text_b).str.contains("4,236")]
    assert len(rows) == 1 and rows.iloc[0].confidence >= 0.5


def test_a_figure_with_its_digits_reordered_meets_the_other_however_its_measure_is_worded(tmp_path):
    # residents who fell ill and cases: other nouns, no measure word in common;
    # only the digits tie the two counts together
    r = scan_texts(tmp_path, a="Health officials said 263 residents fell ill in the outbreak at the plant.",
                   b="The outbreak at the plant ended with a final count of 236 cases.")
    assert pairs(r) == [("263", "236")]
    assert "digits transposed" in r.conflicts.iloc[0].matched


def test_a_reordered_count_meets_a_study_size(tmp_path):
    # "826 in LUMA-1" is read as a count, "enrolled 862" as a study's size: one figure
    r = scan_texts(tmp_path, a="The two trials randomized 1,905 adults in all: 826 in LUMA-1 and 1,079 in LUMA-2.",
                   b="LUMA-1 enrolled 862 adults.")
    assert pairs(r)[0] == ("826", "862") and r.conflicts.iloc[0].confidence >= 0.5


def test_a_reordered_figure_is_compared_whatever_names_its_sentences_give(tmp_path):
    # a clinic and a maker are no two subjects of one study's size
    r = scan_texts(tmp_path, a="Dr. Okafor's team at the Brightwater clinic followed 1,374 patients with the disease.",
                   b="Halvex's maker, Corvane, said its study enrolled 1,347 people.")
    assert pairs(r) == [("1,374", "1,347")]


def test_a_reordered_price_is_compared_with_the_list_price_in_other_words(tmp_path):
    r = scan_texts(tmp_path, a="Halvex carries a wholesale cost of $14,382 for each 28-day pack.",
                   b="The list price of Halvex is $14,832 per month.")
    assert pairs(r) == [("$14,382", "$14,832")]


def test_reordered_digits_of_unrelated_figures_are_not_compared(tmp_path):
    # a share of one group and a share of another: percents are too many in an
    # article for digits alone to tie them, and a forecast is no misreported fact
    r = scan_texts(tmp_path,
                   a="Among the children treated, 18.4% were younger than two.",
                   b="The county's vaccination coverage stood at 81.4% last autumn. "
                     "The agency expects 3,120 doses to ship next year.",
                   c="Officials said 3,210 doses were given at the clinics.")
    assert pairs(r) == []


def test_reordered_counts_of_two_things_told_of_two_matters_are_not_one_figure(tmp_path):
    # drones ordered and lawmakers voting: each count names what it counts, and
    # the sentences share no word; the digits tie them by chance
    r = scan_texts(tmp_path,
                   a="The Navy's first order under the contract covers 412 drones, with deliveries next spring.",
                   b="The bill failed after more than 142 lawmakers, including the chairman, voted against it.")
    assert pairs(r) == []


def test_reordered_counts_of_one_matter_in_other_nouns_are_one_figure(tmp_path):
    # "professionals had prescribed" and "prescribers": one group in two words
    r = scan_texts(tmp_path, a="By the end of the year, 5,200 physicians had prescribed Halvex.",
                   b="Halvex was written by about 2,500 prescribers in its first year.")
    assert pairs(r) == [("5,200", "2,500")]


def test_digits_reordered_across_a_scale_are_not_one_figure(tmp_path):
    r = scan_texts(tmp_path, a="Analysts put peak sales of Halvex at 1.25 billion doses.",
                   b="The Halvex arm numbered 251 patients.")
    assert pairs(r) == []


def test_two_digits_swapped_are_compared_however_far_apart(tmp_path):
    # counts of one noun 2.5 times apart count a whole and a part, unless one
    # is the other's two digits swapped
    r = scan_texts(tmp_path, a="The Halvex study included 17 teenagers.", b="The Halvex study included 71 teenagers.")
    assert pairs(r) == [("17", "71")]


def test_two_digits_swapped_meet_in_other_words_sharing_one(tmp_path):
    r = scan_texts(tmp_path, a="Severe neutropenia occurred in 36% of those on Halvex.",
                   b="Grade 3 or 4 neutropenia was reported in 63% of Halvex patients.")
    assert pairs(r) == [("36%", "63%")] and r.conflicts.iloc[0].confidence >= 0.5


def test_digits_swapped_across_units_are_another_scale(tmp_path):
    r = scan_texts(tmp_path, a="The clinic's hotline runs 24 hours a day.",
                   b="The clinic closed its hotline for 42 days.")
    assert pairs(r) == []


def test_a_two_digit_figure_reordered_is_no_transposition(tmp_path):
    r = scan_texts(tmp_path, a="The Velora study enrolled 12 adults.", b="The Velora study enrolled 21 adults.")
    assert "digits transposed" not in r.conflicts.iloc[0].matched


def test_figures_of_two_named_trials_are_two_studies_figures(tmp_path):
    # a sample size and a rate are each their own trial's, even when a
    # sentence gives no statistic word that tells them apart
    r = scan_texts(tmp_path, a="MERIDIAN-3, the replication study, enrolled 792 smokers at 20 sites.",
                   b="The earlier trial, MERIDIAN-2, enrolled 810 smokers.",
                   c="In the MERIDIAN-3 trial, 26.4% of smokers quit.",
                   d="In the CASCADE trial, 32.1% of smokers quit.")
    assert pairs(r) == []


def test_a_gene_or_lung_test_code_tells_no_trial_apart(tmp_path):
    # "HER2", "FEV1": three capitals and a number are read as a trial's name,
    # but name a marker as often: no evidence that two figures are two studies'
    r = scan_texts(tmp_path, a="In NORTHSTAR, 5,101 patients with HER2 negative cancer were randomized.",
                   b="The label rests on the NORTHSTAR trial of 5,011 patients.",
                   c="Patients in the KESTREL trial, whose FEV1 was low, numbered 5,011.")
    assert ("5,101", "5,011") in pairs(r)


def test_two_study_sizes_a_quarter_apart_naming_no_common_trial_are_less_likely_one(tmp_path):
    texts = {"a": "The pivotal study enrolled {} adults across nine countries.",
             "b": "Velora's maker said 1,600 adults took part in the phase 3 trial, run at 80 sites."}
    close = scan_in(tmp_path, "close", a=texts["a"].format("1,700"), b=texts["b"]).conflicts.iloc[0]
    apart = scan_in(tmp_path, "apart", a=texts["a"].format("2,100"), b=texts["b"]).conflicts.iloc[0]
    assert apart.confidence < close.confidence - 0.05


def test_a_standard_dose_and_a_recommended_dose_are_one_measure(tmp_path):
    r = scan_texts(tmp_path,
                   a="The standard dose of Velora is 30 mg, taken each morning with water before breakfast.",
                   b="Regulators said the recommended dose of Velora is 20 mg, swallowed whole with a meal.")
    assert pairs(r) == [("30 mg", "20 mg")]


def test_a_labeled_dosage_and_an_approved_dose_are_one_measure(tmp_path):
    r = scan_texts(tmp_path,
                   a="The labeled dosage of Corvane is 40 mg twice a day, the insert says.",
                   b="Its approved dose is 60 mg, according to the agency's summary.")
    assert pairs(r) == [("40 mg", "60 mg")]


def test_stopping_because_of_side_effects_is_a_discontinuation_whatever_the_words(tmp_path):
    r = scan_texts(tmp_path,
                   a="In the Velora trial, 6.1% of people on the drug quit because of side effects.",
                   b="In the Velora trial, discontinuation because of adverse events occurred in 9.4%.",
                   c="In the Velora trial, adverse events occurred in 61% of treated people.")
    assert pairs(r) == [("6.1%", "9.4%")]


def test_leaving_a_trial_because_of_side_effects_is_a_discontinuation(tmp_path):
    r = scan_texts(tmp_path,
                   a="In the Velora trial, 6.1% of people on the drug left the study because of side effects.",
                   b="In the Velora trial, 9.4% on the drug discontinued treatment owing to adverse events.")
    assert pairs(r) == [("6.1%", "9.4%")]


def test_a_study_s_length_is_one_measure_whatever_the_words(tmp_path):
    r = scan_texts(tmp_path,
                   a="Velora won approval on the strength of CALMA, a 24-week trial in 1,200 adults.",
                   b="In CALMA, 1,200 adults were randomly assigned to Velora or a placebo for 52 weeks.",
                   c="Doctors give Velora as two injections 26 weeks apart, the label says.")
    assert pairs(r) == [("24-week", "52 weeks")]


def test_dates_of_one_declaration_or_prequalification_are_compared(tmp_path):
    r = scan_texts(tmp_path,
                   a="The island's health department declared a measles epidemic in March 2024.",
                   b="The island's health department declared a measles epidemic in March 2023, officials said.",
                   c="The WHO prequalified the Velora shot in May 2023.",
                   d="Velora was prequalified by the WHO in May 2024.")
    assert sorted(pairs(r)) == [("March 2024", "March 2023"), ("May 2023", "May 2024")]


def test_about_a_figure_of_three_significant_digits_keeps_its_precision(tmp_path):
    # "about 425 million" says its own precision: against "roughly 452 million"
    # (a swapped digit, 6% apart) it is another value; "about 1.9 billion"
    # still allows 1.87 billion, and "about 2,250" allows 2,246
    r = scan_texts(tmp_path, a="Shoppers bought about 425 million boxes of the lozenges in 2021.",
                   b="Shoppers bought roughly 452 million boxes of the lozenges in 2021.")
    assert pairs(r) == [("425 million", "452 million")]
    r2 = scan_in(tmp_path, "rounded", a="The lozenges earned about $1.9 billion in 2021.",
                 b="The lozenges earned $1.87 billion in 2021.")
    assert pairs(r2) == []
    r3 = scan_in(tmp_path, "tens", a="The trial enrolled about 2,250 adults.", b="The trial enrolled 2,246 adults.")
    assert pairs(r3) == []


def test_a_name_opening_a_sentence_with_its_alias_in_brackets_is_a_name(tmp_path):
    # "Zelnara (pirostamide) ... was approved" is about Zelnara: its date is no
    # other value of Corvexa's approval, which the two sources give a year apart
    r = scan_texts(tmp_path,
                   a="The FDA on March 3, 2024 approved Corvexa, an antibody from Dalmer, for adults with COPD.",
                   b="Corvexa is an antibody given as a shot. The FDA approved it for COPD in March 2023. "
                     "Zelnara (pirostamide), an inhaled medicine, was approved in March 2024.")
    assert ("March 3, 2024", "March 2023") in pairs(r)


def test_counts_of_two_countries_are_two_quantities(tmp_path):
    # a country that "recorded" cases is what they are about, not a reporter of
    # someone else's: Kenya's 74 is no other value of Uganda's 52
    r = scan_texts(tmp_path, a="Kenya recorded 74 cases of the fever in 2024 and Uganda 25.",
                   b="Uganda logged 52 cases of the fever in 2024, Kenya far more.")
    assert not any({"74", "52"} == {x, y} for x, y in pairs(r))
    r2 = scan_in(tmp_path, "one", a="Kenya recorded 74 cases of the fever in 2024.",
                 b="Kenya logged 47 cases of the fever in 2024.")
    assert pairs(r2) == [("74", "47")]


def test_illnesses_and_people_sickened_count_one_thing(tmp_path):
    # "34 illnesses" and "43 people had been sickened" count the outbreak's sick;
    # "57 people were hospitalized" counts another thing
    r = scan_texts(tmp_path, a="When the recall began in July, the tally stood at 34 illnesses in 13 states.",
                   b="By the recall in July, 43 people in 13 states had been sickened.",
                   c="By the recall in July, 57 people in 13 states were hospitalized.")
    assert pairs(r) == [("34", "43")]


def test_up_of_a_verb_that_totals_is_no_change(tmp_path):
    # "rang up $2.43 billion" is a level, as "made up 18%" is; "rose 5%" stays a change
    r = scan_texts(tmp_path, a="Cough syrups rang up $2.43 billion in U.S. sales in 2022.",
                   b="Cough syrups generated $2.34 billion in U.S. sales in 2022.")
    assert pairs(r) == [("$2.43 billion", "$2.34 billion")]


def test_sales_and_revenue_of_one_product_and_year_are_one_measure(tmp_path):
    # a product's sales in a year, in other words ("rang up ... in sales",
    # "brought in ... in revenue"), is one amount; another year's is not
    r = scan_texts(tmp_path, a="Lozarin rang up $4.15 billion in sales in 2023, its maker said.",
                   b="The drug Lozarin brought in revenue of $4.51 billion in 2023 for its maker.",
                   c="The drug Lozarin brought in revenue of $3.2 billion in 2022.")
    assert pairs(r) == [("$4.15 billion", "$4.51 billion")]


def test_a_figure_is_dated_by_the_nearest_of_its_clauses_years(tmp_path):
    # one clause, two years: "$6.9 billion" is 2024's sales, not also 2023's
    r = scan_texts(tmp_path,
                   a="Velmor's sales were $5.27 billion in 2023 and it said that 2024 sales were $6.9 billion.",
                   b="Velmor's sales were $5.72 billion in 2023.")
    assert pairs(r) == [("$5.27 billion", "$5.72 billion")]


def test_a_regulator_that_followed_times_the_same_event(tmp_path):
    # "the FDA followed in May 2024" after "Europe approved it": the FDA's approval
    r = scan_texts(tmp_path,
                   a="European regulators approved Corvexa for COPD in March 2024, and the FDA followed in May 2024.",
                   b="The FDA approved Corvexa for COPD in May 2023.")
    assert pairs(r) == [("May 2024", "May 2023")]


def test_signing_off_on_a_drug_is_approving_it(tmp_path):
    r = scan_texts(tmp_path, a="When the FDA finally signed off on Corvexa for COPD in June 2024, doctors cheered.",
                   b="The FDA approved Corvexa for COPD in June 2023.")
    assert pairs(r) == [("June 2024", "June 2023")]


def test_a_proposal_is_an_event_of_its_own(tmp_path):
    r = scan_texts(tmp_path, a="The FDA formally proposed removing Nasorin from the market in November 2024.",
                   b="The FDA proposed removing Nasorin from the market in November 2023.")
    assert pairs(r) == [("November 2024", "November 2023")]


def test_a_date_after_after_is_not_the_main_clauses_event(tmp_path):
    # "the proposal came a year after its advisers concluded, on May 2, 2023":
    # the advisers' date, not the proposal's
    r = scan_texts(tmp_path,
                   a="The FDA's proposal to remove Nasorin came a year after its advisers concluded, on May 2, 2023, "
                     "that it does not work.",
                   b="The FDA proposed removing Nasorin from the market in May 2024.")
    assert pairs(r) == []


def test_the_age_a_product_is_cleared_for_is_one_bound(tmp_path):
    # "cleared for adults 65 and older" and "meant for adults aged 55 and older"
    # name one indication's lower age (open groups that share ages still differ)
    r = scan_texts(tmp_path,
                   a="Regulators cleared the Corvexa test for adults 65 and older with memory problems.",
                   b="The Corvexa test is meant for adults aged 55 and older with memory problems.",
                   c="Adults 50 and older account for most memory problems.")
    assert pairs(r) == [("65", "55")]


def test_a_suspension_and_a_resumption_are_events(tmp_path):
    r = scan_texts(tmp_path,
                   a="Regulators suspended imports of live cattle from Norvale on May 11, 2024.",
                   b="Regulators halted imports of live cattle from Norvale on May 11, 2025.",
                   c="Regulators resumed imports of live cattle from Norvale in February 2025.")
    assert pairs(r) == [("May 11, 2024", "May 11, 2025")]


def test_shares_past_two_thresholds_are_two_measures(tmp_path):
    r = scan_texts(tmp_path,
                   a="In the Corvexa trial, 86% of patients reached a sweat chloride level below 60 mmol/L.",
                   b="In the Corvexa trial, 31% of patients reached a sweat chloride level below 30 mmol/L.",
                   c="In the Corvexa trial, 68% of patients reached a sweat chloride level below 60 mmol/L.")
    assert pairs(r) == [("86%", "68%")]


def test_a_figure_for_two_countries_named_together_is_one_of_both(tmp_path):
    r = scan_texts(tmp_path,
                   a="A phase 2 study in Ghana and Malawi enrolled 125 adults.",
                   b="A phase 2 study in Malawi and Ghana enrolled 152 adults.")
    assert pairs(r) == [("125", "152")]


def test_people_named_by_their_country_are_people_of_that_country(tmp_path):
    r = scan_texts(tmp_path,
                   a="About 30,000 Americans live with Halden syndrome.",
                   b="An estimated 40,000 people in the United States live with Halden syndrome.")
    assert pairs(r) == [("30,000", "40,000")]


def test_the_date_data_were_released_is_not_the_period_counted(tmp_path):
    r = scan_texts(tmp_path,
                   a="The agency released provisional figures on May 14, 2025 showing an estimated 80,400 "
                     "overdose deaths across the United States in 2024.",
                   b="The agency counted 84,000 overdose deaths in 2024.")
    assert pairs(r) == [("80,400", "84,000")]


def test_a_later_coordinated_clauses_date_does_not_date_the_figure(tmp_path):
    # June dates the opening of the first machine, not the money voted
    r = scan_texts(tmp_path,
                   a="The council voted to spend $168,000 on the machines, and the first one opened in June 2025.",
                   b="In March 2025 the council voted to spend $186,000 on the machines.")
    assert pairs(r) == [("$168,000", "$186,000")]


def test_sales_of_two_quarters_or_of_a_quarter_and_a_year_differ(tmp_path):
    r = scan_texts(tmp_path,
                   a="Halvers booked $61 million in Corvexa sales in the second quarter of 2024.",
                   b="Corvexa sales reached $184 million in the fourth quarter of 2024.",
                   c="Halvers reported $388 million in Corvexa sales for 2024.",
                   d="Fourth-quarter Corvexa sales of $148 million capped 2024.",
                   # the quarter after the first figure is not the second's: $388 million is the year's
                   e="Corvexa sales were $184 million in the fourth quarter and $388 million in 2024.")
    assert pairs(r) == [("$184 million", "$148 million"), ("$148 million", "$184 million")]


def test_an_outbreak_declared_over_is_not_its_declaration(tmp_path):
    # the end of an outbreak is another event than the declaration that began it
    r = scan_texts(tmp_path,
                   a="Health officials declared the Norvale cholera outbreak over in March 2025.",
                   b="Health officials declared the Norvale cholera outbreak in June 2024.",
                   c="The province declared an emergency over cholera in June 2023.")
    assert pairs(r) == [("June 2024", "June 2023")]


def test_a_date_of_a_coordinated_action_is_not_the_events(tmp_path):
    # "approved it that May and shipments reached clinics in October": October is the shipping's date
    r = scan_texts(tmp_path,
                   a="Regulators approved Corvexa last spring and shipments reached clinics in January 2025.",
                   b="Regulators approved Corvexa on May 14, 2024.")
    assert pairs(r) == []


def test_a_count_of_studies_together_is_no_one_studys_size(tmp_path):
    # "which together enrolled nearly 1,900 patients" sizes both studies, not BRIX alone
    r = scan_texts(tmp_path,
                   a="In the phase 3 AVON and BRIX studies, which together enrolled nearly 1,900 patients, the drug "
                     "cut flare-ups.",
                   b="BRIX randomized 935 adults who were current or former smokers.",
                   c="In the phase 3 AVON and BRIX studies, which combined enrolled nearly 1,600 patients, the drug "
                     "cut flare-ups.")
    assert pairs(r) == [("1,900", "1,600")]


def test_a_total_need_not_say_together(tmp_path):
    # a bare total naming no trial may be the pooled one: "the program enrolled
    # about 2,100 women" and "three studies that together enrolled 3,400 women" differ
    r = scan_texts(tmp_path,
                   a="Across its late-stage program, Corvexa enrolled about 2,100 women.",
                   b="Corvexa's three late-stage studies together enrolled 3,400 women.")
    assert pairs(r) == [("2,100", "3,400")]


def test_a_tally_read_with_its_sides_swapped_is_the_same_vote(tmp_path):
    # "voted 16 to 0 that the data do not show it works" counts 16 against the
    # drug's efficacy; "a 16-0 vote ... whose members found it does not work" is
    # the same vote read the other way round: no conflict between 0 and 16
    r = scan_texts(tmp_path,
                   a="The proposal follows a 16-0 vote in September by the agency's advisory committee, whose members "
                     "found that the pill does not relieve congestion.",
                   b="In September the agency's advisory committee voted 16 to 0 that current data do not show that "
                     "the pill relieves congestion.")
    assert pairs(r) == []


@pytest.mark.parametrize("part", [
    "Six of the deaths were reported for the first time on Wednesday.",
    "Six new deaths were reported on Wednesday.",
    "Six deaths were newly reported on Wednesday.",
])
def test_new_deaths_are_no_total(tmp_path, part):
    # an outbreak's newly reported deaths are an increment, not its death toll
    r = scan_texts(tmp_path, a=f"The CDC said 57 people had been infected. {part}",
                   b="The CDC counted eight deaths in the outbreak on Wednesday.")
    assert not any("Six" in x or "six" in x for pair in pairs(r) for x in pair)


def test_possible_cases_are_no_confirmed_count(tmp_path):
    r = scan_texts(tmp_path, a="By December, Chile had confirmed three cases of transmission to a fetus.",
                   b="By December, Chile was investigating six possible cases of transmission to a fetus.")
    assert pairs(r) == []


def test_an_opinion_recommending_approval_is_no_approval(tmp_path):
    # "issued a positive opinion in December recommending approval": a
    # recommendation, whose date is not the approval's
    r = scan_texts(tmp_path, a="The European Commission approved Corvexa in March 2025.",
                   b="In Europe, the CHMP issued a positive opinion in December 2024 recommending approval of Corvexa.")
    assert pairs(r) == []


def test_tallies_whose_clauses_name_different_motions_are_two_votes(tmp_path):
    # one body's votes at one meeting share counts by chance ("7-0" and "7-4"):
    # what each clause says the vote was on tells them apart (not for certain:
    # one vote is often told in other words, so the pair is only less certain)
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Minutes earlier the panel had voted 7-0 to reaffirm the yearly Corvel booster.",
                   b="A further motion, asking parents to request a blood test before later doses, "
                     "passed 7-4 with one abstention.",
                   c="The panel voted 7-3 to reaffirm the yearly Corvel booster.")
    found = {frozenset((x.source_a, x.source_b)) for x in r.conflicts.itertuples()}
    assert frozenset(("a.txt", "b.txt")) not in found
    assert frozenset(("a.txt", "c.txt")) in found  # one motion, told in the same words


def test_dates_of_a_first_death_compare_and_of_other_deaths_do_not(tmp_path):
    # a first death is one event, as a first detection is; later deaths are many
    r = scan_texts(tmp_path,
                   a="The province recorded the first deaths ever linked to the fever in August 2023, "
                     "when two farmers, aged 38 and 57, died.",
                   b="In August 2022 the province reported its first deaths from the fever: "
                     "two farmers aged 38 and 57.",
                   c="Three more people died of the fever in May 2024, the province said.")
    assert pairs(r) == [("August 2023", "August 2022")]



def test_one_vote_told_by_its_committee_or_by_the_agency_it_advises_is_one_tally(tmp_path):
    # the regulator a panel advises is no subject of its vote
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="The agency's Pediatric Devices Advisory Committee voted 9-4 to back the device.",
                   b="A panel of outside advisers to the FDA voted 10-3 to back the device.")
    assert {frozenset(p) for p in pairs(r)} == {frozenset({"9", "10"}), frozenset({"4", "3"})}


def test_a_tallys_motion_is_read_past_its_date_and_may_be_the_one_a_plain_report_gives(tmp_path):
    # "10-3 in May that ...": the date between tally and motion does not stop it;
    # a report naming no motion may be of the one the other names
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="The agency's Pediatric Devices Advisory Committee voted 9-4 that the benefits "
                     "outweighed the risks.",
                   b="Device advisers voted 10-3 in May that the device's benefits outweighed its risks.",
                   c="Clearance followed a 10 to 3 vote by the Pediatric Devices Advisory Committee.")
    found = {frozenset((x.source_a, x.source_b)) for x in r.conflicts.itertuples()}
    assert found == {frozenset(("a.txt", "b.txt")), frozenset(("a.txt", "c.txt"))}


def test_a_withdrawal_is_an_event_of_its_own_not_an_approval(tmp_path):
    # "withdrawn ... in 2022, ... and it is approved elsewhere": the date is the withdrawal's
    r = scan_texts(tmp_path,
                   a="Regulators first approved Corvexa in 2019 for adults with the disease.",
                   b="Corvexa was withdrawn from the U.S. market in 2022, and it is approved in other countries.",
                   c="The company withdrew Corvexa in 2023 after a failed trial.")
    assert pairs(r) == [("2022", "2023")]


def test_one_persons_age_given_after_their_name_is_one_measure(tmp_path):
    r = scan_texts(tmp_path,
                   a="Halvorsen, 71, spent nine days in the hospital in August.",
                   b="The illness of Dr. Ruth Halvorsen, 74, the former director, drew wide attention.",
                   c="Okafor, 58, was released on Monday.")
    assert pairs(r) == [("71", "74")]


def test_people_missing_are_no_count_of_the_dead(tmp_path):
    # what befell those counted (missing, killed) is the measure, as for deaths
    published_on(tmp_path, a="2025-08-12", b="2025-08-15")
    r = scan_texts(tmp_path,
                   a="BELLTON, Ohio, Aug. 12 (Wire) - Rescue teams along the river were looking for 140 people "
                     "reported missing in Bell County, the governor said on Monday.",
                   b="The storm killed at least 95 people in Ohio, 80 of them in Bell County, including 20 children.")
    assert ("140", "80") not in pairs(r)


def test_people_missing_on_two_days_are_two_moments_of_a_running_count(tmp_path):
    # a count of the missing moves from day to day, as a count of deaths does
    published_on(tmp_path, a="2025-08-12", b="2025-08-22")
    r = scan_texts(tmp_path,
                   a="Officials said on Monday that 140 people were missing in Bell County.",
                   b="As of Aug. 20, 90 people were missing in Bell County, officials said.")
    assert pairs(r) == []


def test_shares_of_injuries_are_measured_by_what_they_are_shares_of(tmp_path):
    # "of injuries" names the whole a share is taken of, not a count of the injured
    r = scan_texts(tmp_path,
                   a="Children under 15 made up about 30% of scooter injuries from 2018 to 2023.",
                   b="Riders wore helmets in 41.5% of the injury cases the study reviewed.")
    assert pairs(r) == []


def test_a_toll_told_of_an_event_by_its_day_is_counted_when_the_story_is(tmp_path):
    # "the Aug. 9 storm" names the storm; its toll of 14 children is the one of
    # the story's day, weeks after Sunday's 9
    published_on(tmp_path, a="2025-08-11", b="2025-09-20")
    r = scan_texts(tmp_path,
                   a="By Sunday afternoon, the sheriff had put the Dale County toll at 41, including 9 children.",
                   b="The Aug. 9 storm killed at least 80 people in Ohio, 60 of them in Dale County, "
                     "including 14 children.")
    assert pairs(r) == []


def test_a_height_in_feet_meets_the_same_height_in_short_form(tmp_path):
    # "412 ft" and "421 feet": one unit in two spellings, so one measure
    r = scan_texts(tmp_path, a="The drone's altimeter read 412 ft when it struck the tower.",
                   b="When it struck the tower, the drone was flying at 421 feet, its altimeter showed.")
    assert pairs(r) == [("412 ft", "421 feet")]


def test_counts_coordinated_before_their_verb_are_counts_of_what_it_tells(tmp_path):
    # "30 hikers and two guides died": the hikers died too
    r = scan_texts(tmp_path, a="Officials said 30 hikers and two guides died in the avalanche near Varna.",
                   b="The avalanche near Varna killed 34 hikers, officials said.")
    assert pairs(r) == [("30", "34")]


def test_a_part_of_a_count_of_the_dead_counts_the_dead(tmp_path):
    # "150 of them in Varna province": 150 of those killed
    r = scan_texts(tmp_path,
                   a="The quake killed at least 210 people, 150 of them in Varna province, including 40 children.",
                   b="In Varna province the quake killed 162 people.")
    assert ("150", "162") in pairs(r)


def test_cases_told_beside_deaths_are_no_count_of_the_dead(tmp_path):
    r = scan_texts(tmp_path, a="The outbreak has caused 2,900 cases and 200 deaths in Varna.",
                   b="The outbreak in Varna has killed 2,700 people.")
    assert pairs(r) == []


def test_a_new_price_from_a_day_is_no_other_value_of_the_old_one(tmp_path):
    # "will rise from 20 euros to 30 euros" from March 3: the 20 holds before
    # then, the 30 from then on, in both articles
    published_on(tmp_path, a="2025-12-01", b="2026-02-10")
    r = scan_texts(tmp_path,
                   a="From March 3, 2026, the ticket for visitors from abroad will rise from 20 euros to 30 euros, "
                     "an increase of 50%.",
                   b="This week the museum confirmed that from March 3 visitors from abroad will pay 30 euros, "
                     "up 50% from 20 euros.")
    assert pairs(r) == []


def test_ages_of_a_man_and_a_woman_are_two_peoples(tmp_path):
    # "a 41-year-old man" and "a 42-year-old woman": two people of one couple
    r = scan_texts(tmp_path,
                   a="A 41-year-old man was charged on May 2, along with his partner, a 42-year-old woman "
                     "accused of complicity.",
                   b="A 41-year-old man and his partner, a 36-year-old woman, were charged on May 2.")
    assert ("42-year", "41-year") not in pairs(r) and ("41-year", "42-year") not in pairs(r)


def test_two_named_peoples_ages_are_two_measures(tmp_path):
    # one crew, two people: their names tell their ages apart, whatever else
    # their sentences share
    r = scan_texts(tmp_path,
                   a="The Falcon jet, on a training flight from Fort Dale in Virginia, was crewed by Chief "
                     "Warrant Officer Lena Varga, 44, the instructor pilot.",
                   b="Tomas Reyes, 34, who was flying the Falcon jet, had about 500 hours of flight time in it.")
    assert pairs(r) == []


def test_filing_for_approval_is_an_event_of_its_own(tmp_path):
    # "plans to file for approval in 2026" times the filing, not the approval
    r = scan_texts(tmp_path,
                   a="Nortega plans to file for approval of Vexalin with U.S. regulators in 2026.",
                   b="Nortega expects regulatory submissions for Vexalin in 2027, a spokesperson said.",
                   c="Analysts expect U.S. approval of Vexalin in 2027.")
    assert pairs(r) == [("2026", "2027")]
    assert set(r.conflicts[["source_a", "source_b"]].iloc[0]) == {"a.txt", "b.txt"}


def test_an_acquisition_is_an_event_with_a_price(tmp_path):
    # "bought X for $950 million in 2018" dates and prices one purchase
    r = scan_texts(tmp_path,
                   a="Nortega got its lead program by buying Cellora Bio, a university spinout, for $410 million "
                     "in 2017.",
                   b="Nortega completed its acquisition of Cellora Bio in 2018 for $140 million.",
                   c="Nortega's drug was approved in 2018 and costs $140,000 a year.")
    assert sorted(pairs(r)) == [("$410 million", "$140 million"), ("2017", "2018")]


def test_a_measure_is_read_past_an_appositive_that_glosses_it(tmp_path):
    # "the list price, set by its maker, is $X": the measure is before the appositive
    r = scan_texts(tmp_path,
                   a="The drug's list price, as set by its maker, is $370,269 a year.",
                   b="The list price of the drug is about $311,000 a year.",
                   c="Its monthly copay, after rebates, is $150.")
    assert pairs(r) == [("$370,269", "$311,000")]
    measure = dict(zip(r.claims["text"], r.claims["measure_key"], strict=True))["$370,269"]
    assert {"list", "drug"} <= set(measure.split())


def test_a_final_count_for_a_year_holds_for_that_year_only(tmp_path):
    (tmp_path / "sources.csv").write_text(
        "file,title,url,publisher,published\na.txt,,,,2024-06-01\nb.txt,,,,2026-01-20\n", encoding="utf-8")
    r = scan_texts(tmp_path, a="The agency's final figures for 2023 counted 4,700 deaths.",
                   b="The agency has counted 7,600 deaths so far.")
    assert pairs(r) == []


def test_generic_drug_names_are_subjects(tmp_path):
    # lower-case INN names are names: one drug's approval date is not another's
    r = scan_texts(tmp_path,
                   a="The FDA approved velbrimab plus chemotherapy for first-line gastric cancer in April 2021.",
                   b="The FDA approved torvalizumab for first-line gastric cancer on December 27, 2024.",
                   c="Velbrimab was approved by the FDA for first-line gastric cancer in April 2022.")
    assert pairs(r) == [("April 2021", "April 2022")]


def test_ranges_sharing_an_end_are_one_quantity_however_far_the_other_ends(tmp_path):
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Current penalties for late filings run from $50 to $2,000.",
                   b="Current penalties for late filings run from $500 to $2,000.")
    assert pairs(r) == [("$50 to $2,000", "$500 to $2,000")]


def test_a_count_of_one_of_an_enumeration_is_no_other_value_of_the_total(tmp_path):
    # "One death followed X, and another Y": a member of the two deaths, not a total
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Three participants have died during the study. One death followed a fungal infection, "
                     "and another followed a fall.",
                   b="Two participants died during the study.")
    assert pairs(r) == [("Three", "Two")]


def test_counts_of_what_happened_are_blocked_by_it_not_lost_among_many_counts(tmp_path):
    # sixty counts of people in two articles put the noun's block past pairwise
    # comparison; the deaths still meet each other
    filler_a = " ".join(f"Site {i} enrolled {i + 20} people." for i in range(30))
    filler_b = " ".join(f"Clinic {i} screened {i + 200} people." for i in range(30))
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a=filler_a + " Three people died during the study.",
                   b=filler_b + " Two people died during the study.")
    assert ("Three", "Two") in pairs(r)


def test_measures_alike_but_for_the_names_of_their_subject_are_compared(tmp_path):
    # the product's name among one measure's words is its subject, not the measure
    r = scan_texts(tmp_path,
                   a="The agency approved the 2-milligram Zelvio nasal spray for over-the-counter sale.",
                   b="Each vending machine stocks Zelvio (HCl) 4 mg nasal spray.")
    assert pairs(r) == [("2-milligram", "4 mg")]


def test_a_lag_between_two_events_is_a_claim_when_it_times_no_other_figure(tmp_path):
    # "nine days after the outbreak was declared" times nothing else in its sentence
    r = scan_texts(tmp_path,
                   a="The first vaccine shipment reached the capital nine days after the outbreak was declared.",
                   b="Vaccine reached the capital 19 days after the outbreak was declared, officials said.",
                   c="At nine days after the dose, 40% of patients had responded.")
    assert pairs(r) == [("nine days", "19 days")]


def test_a_narrowed_label_is_an_event_of_its_own_not_the_approval(tmp_path):
    r = scan_texts(tmp_path, a="The FDA approved Velbrimab for stomach cancer in April 2021.",
                   b="In May 2024 the FDA narrowed the approval of Velbrimab.",
                   c="The FDA narrowed Velbrimab's label in May 2025.")
    assert pairs(r) == [("May 2024", "May 2025")]


def test_one_vote_dated_two_ways_conflicts(tmp_path):
    # a tally and its motion identify the vote; the date beside them is the vote's
    r = scan_texts(tmp_path,
                   a="In September 2024 the drug advisory committee voted 10-2 that the benefits of Zorvia outweigh "
                     "its risks.",
                   b="At a meeting in September 2023, the committee voted 10 to 2 that the benefits of Zorvia "
                     "outweighed the risks.")
    assert ("September 2024", "September 2023") in pairs(r) or ("September 2023", "September 2024") in pairs(r)


def test_votes_with_other_tallies_are_other_meetings(tmp_path):
    r = scan_texts(tmp_path, a="In January 2019 the panel voted 9-5 that the benefits of Zorvia outweigh its risks.",
                   b="In October 2024 the panel voted 11-3 that the benefits of Zorvia outweigh its risks.")
    assert [p for p in pairs(r) if "2019" in p[0] + p[1]] == []


def test_tallies_on_one_named_question_are_not_other_motions_however_worded(tmp_path):
    # both say the vote was on whether the benefits outweigh the risks (the
    # second tally of a, told with the same counts as its first, on efficacy)
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Outside advisers voted 9-0 on Monday that the pill from Halvers works in early disease, "
                     "and voted 9-0 again that its benefits outweigh its risks.",
                   b="The committee voted 8 to 1 that the benefits outweighed the risks, and the debate was "
                     "sharper than that suggests.")
    same_question = r.conflicts[r.conflicts.matched.str.contains("motion-benefit-risk")
                                & (r.conflicts.text_a + r.conflicts.text_b).isin(["98", "89"])]
    assert len(same_question) == 1 and same_question.iloc[0].confidence >= 0.6


def test_a_products_first_approval_is_not_its_approval_for_a_new_use(tmp_path):
    r = scan_texts(tmp_path, a="Velora was first approved in 2017 for a skin disease and is also used in asthma.",
                   b="The agency approved Velora for the lung disease in September 2024.",
                   c="Velora was first cleared in 2016, for the skin disease.",
                   d="The agency granted Velora accelerated approval for the skin disease in 2015.")
    # (a first approval may have been the accelerated one)
    found = {frozenset(p) for p in pairs(r)}
    assert {frozenset(("2017", "2016")), frozenset(("2017", "2015")), frozenset(("2016", "2015"))} <= found
    assert not any("September 2024" in p and ("2017" in p or "2016" in p) for p in found)


def test_a_rivals_approval_against_a_plain_one_is_less_certain(tmp_path):
    # a sentence that tells of a rival's approval likely dates that product's
    # event, though it names the article's product too; two such sentences may
    # well date one event
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2025-06-10\nb.txt,2024-04-02\n"
                                          "c.txt,2024-05-01\n", encoding="utf-8")
    r = scan_texts(tmp_path, a="When the agency cleared Velora in March 2024, the case for it was simple.",
                   b="Velora's main competitor, a pill from Halvers, won approval on March 22, days before Velora.",
                   c="Velora's rival from Halvers was approved in March 2023.")
    confidence = {frozenset((x.text_a, x.text_b)): x.confidence for x in r.conflicts.itertuples()}
    rivals, one_rival = confidence[frozenset(("March 22", "March 2023"))], \
        confidence[frozenset(("March 2024", "March 2023"))]
    assert one_rival <= rivals - 0.2


def test_a_decline_with_and_without_its_sign_is_one_figure(tmp_path):
    # tables and abstracts sign a fall ("−41.2%"): a share is never below zero,
    # so a signed percent is a change, and "fell 41.2%" states the same one
    prose = "In Ostria, road deaths fell 41.2% last year."
    r = scan_in(tmp_path, "signs", a=prose, b="In Ostria, the change in road deaths last year was −41.2%.")
    assert pairs(r) == []
    misread = scan_in(tmp_path, "misread", a=prose, b="In Ostria, the change in road deaths last year was −44.2%.")
    assert pairs(misread) == [("41.2%", "−44.2%")]


def test_an_earlier_outbreaks_end_is_not_reported_against_this_ones(tmp_path):
    # "the previous outbreak", "the last Marsh fever outbreak": the date is that
    # earlier one's, though the sentence names the same disease and place
    this_one = "Ostria declared its Marsh fever outbreak over on June 2."
    for folder in ("earlier", "misdated"):
        (tmp_path / folder).mkdir()
        published_on(tmp_path / folder, a="2025-06-10", b="2025-06-12")
    earlier = scan_texts(tmp_path / "earlier", settings=ConflictSettings(), a=this_one,
                         b="The last Marsh fever outbreak in Ostria was declared over in January 2023.")
    assert pairs(earlier) == []
    misdated = scan_texts(tmp_path / "misdated", settings=ConflictSettings(), a=this_one,
                          b="The Marsh fever outbreak in Ostria was declared over in January 2024.")
    assert pairs(misdated) == [("June 2", "January 2024")]


def test_a_patent_expiry_is_an_event_of_its_own(tmp_path):
    # the year a product loses its patent or exclusivity is one event, however told
    published_on(tmp_path, a="2025-06-10", b="2025-07-01")
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Corvex, now Halvers's top seller, will face generic copies when its key patent "
                     "expires in 2029.",
                   b="Halvers will lose exclusivity on Corvex in 2028, and the company is racing to replace it.")
    assert pairs(r) == [("2029", "2028")]


def test_an_outbreak_declared_is_no_event_of_an_articles_home_regulator(tmp_path):
    # one story names the U.S. throughout, another the WHO: a date naming no
    # jurisdiction is taken as its article's home one for an approval, but an
    # outbreak is declared where it is, whoever reports it
    published_on(tmp_path, a="2025-06-10", b="2025-06-12")
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Ostria declared its first Marsh fever outbreak in March 2023. U.S. officials sent 40 "
                     "staff. The U.S. pledged $12 million.",
                   b="Ostria declared its first Marsh fever outbreak in March 2024. The WHO sent 25 staff. "
                     "The WHO released $3 million.")
    assert pairs(r) == [("March 2023", "March 2024")]


def test_an_event_word_a_date_does_not_time_is_no_event_of_it(tmp_path):
    # "seven months after approval" names the approval, which the date does not time
    published_on(tmp_path, a="2024-06-10", b="2024-06-12")
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="The first Ostrix infusion took place in June 2023, seven months after approval.",
                   b="Ostrix was approved by the FDA in November 2022.")
    assert pairs(r) == []


def test_a_tally_with_its_digits_reordered_is_the_same_vote(tmp_path):
    # "312-108" for "321-104": both counts differ, but one is the other's digits
    # reordered, the commonest slip of a copied figure
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="The Ostrian assembly passed the tobacco levy bill 321-104 on Thursday.",
                   b="In June the Ostrian assembly sent the tobacco levy bill to the president on a 312-108 vote.")
    assert ("321", "312") in pairs(r)


def test_a_running_count_given_beside_the_same_other_figure_is_one_data_cut(tmp_path):
    published_on(tmp_path, a="2025-03-04", b="2025-06-20", c="2025-09-12")
    r = scan_texts(tmp_path,
                   a="By then the agency had logged 318 infections in 27 provinces.",
                   b="When the first shipment arrived, the agency had logged 318 infections in 22 provinces.",
                   c="The agency has now logged 905 infections in 41 provinces.")
    # the same 318 infections date both sentences to one count, whatever their
    # articles' dates; a later count of 905 in 41 provinces is another moment
    assert ("27", "22") in pairs(r)
    assert not {("27", "41"), ("22", "41"), ("318", "905")} & set(pairs(r))


def test_a_shared_round_or_stated_figure_does_not_make_one_data_cut(tmp_path):
    published_on(tmp_path, a="2025-03-04", b="2025-06-20")
    r = scan_texts(tmp_path,
                   a="Of 100 samples, the agency had logged 27 infections.",
                   b="Of 100 samples, the agency had logged 22 infections.")
    # a round figure ("100 samples") is shared by chance, and dates nothing
    assert pairs(r) == []


def test_a_figure_shared_with_another_clause_does_not_make_one_data_cut(tmp_path):
    published_on(tmp_path, a="2025-03-04", b="2025-06-20")
    r = scan_texts(tmp_path,
                   a="The toll has reached 41 deaths (out of 203 cases; the rest recovered) and 318 infections.",
                   b="The toll has reached 57 deaths, with 318 infections.")
    # 318 infections stands beside the infections, not inside the deaths' brackets
    assert ("41", "57") not in pairs(r)


def test_two_things_that_began_are_not_one_event(tmp_path):
    r = scan_texts(tmp_path,
                   a="Federal rules have required a prescription for the patch since 2019.",
                   b="The town's recycling program began in 2021, officials said.",
                   c="A prescription for the patch has been required since 2018, the agency said.")
    # what began differs: a rule and a program; the same rule's start is one event
    assert pairs(r) == [("2019", "2018")]


def test_a_year_in_brackets_after_a_figure_is_its_date(tmp_path):
    r = scan_texts(tmp_path,
                   a="Past lockouts at the port lasted 41 days (2002) and 12 days (2015).",
                   b="The 2015 lockout at the port lasted 19 days.")
    # each bracketed year dates the figure before it: 12 days (2015) against 19 days in 2015 only
    assert pairs(r) == [("12 days", "19 days")]


def test_an_opening_is_an_event_of_what_opened(tmp_path):
    r = scan_texts(tmp_path,
                   a="The county expects the new rail tunnel to open to traffic in mid-2029.",
                   b="Engineers say the rail tunnel will open to traffic in mid-2031.",
                   c="The visitor center opened in 2030, two years late.")
    # the tunnel's opening is one event, forecast alike; a visitor center's opening is another
    assert pairs(r) == [("2029", "2031")]


def test_a_court_upholding_a_law_dates_its_decision(tmp_path):
    r = scan_texts(tmp_path,
                   a="The state's high court upheld the zoning statute in March 2023, ending a three-year challenge.",
                   b="The state's high court upheld the zoning statute in March 2022; 40 builders have complied.",
                   c="The city council struck down an earlier ordinance in 2019, affecting 12 lots.")
    # one court's ruling on one statute; what the council struck down is another decision
    assert pairs(r) == [("March 2023", "March 2022")]


def test_two_rulings_sharing_only_their_verb_are_two_events(tmp_path):
    r = scan_texts(tmp_path,
                   a="A county judge ruled on the fence dispute in March 2021, awarding 40 dollars.",
                   b="The tax tribunal ruled against the hotel in March 2022, citing 12 violations.")
    # "ruled" says a court decided, not what: two rulings on two matters
    assert pairs(r) == []


def test_a_courts_split_is_a_tally(tmp_path):
    r = scan_texts(tmp_path,
                   a="In Doe v. Harlan, decided 5-4 in May, the justices narrowed the statute.",
                   b="The high court's 6-3 ruling in Doe v. Harlan narrowed the statute.")
    # "decided 5-4" and "a 6-3 ruling" are the court's votes, read as a tally
    assert set(r.claims["statistic"]) >= {"tally_for", "tally_against"}
    assert ("5", "6") in pairs(r)


def test_a_fiscal_year_naming_a_bill_does_not_date_its_approval(tmp_path):
    r = scan_texts(tmp_path,
                   a="The committee approved its fiscal 2027 farm bill after a long markup.",
                   b="The committee approved the farm bill in 2026, aides said.")
    # "fiscal 2027" says which bill, not when the committee approved it
    assert pairs(r) == []


def test_two_announcements_of_one_thing_are_one_event(tmp_path):
    published_on(tmp_path, a="2025-06-10", b="2025-06-12", c="2025-06-12")
    r = scan_texts(tmp_path,
                   a="The ministry announced the levy on sugary drinks in March.",
                   b="The ministry announced the levy on sugary drinks in 2023, officials said.",
                   c="The city hospital announced a hiring freeze in 2024.")
    # the levy's announcement is one event; a hiring freeze's is another
    assert pairs(r) == [("March", "2023")]


def test_a_year_naming_which_plan_times_no_event(tmp_path):
    published_on(tmp_path, a="2025-10-01", b="2025-10-03")
    r = scan_texts(tmp_path,
                   a="Velmora Health today announced its 2026 dental plan offerings.",
                   b="Velmora Health announced the dental plan offerings on Sept. 30, 2025.")
    # "its 2026 ... offerings" says which offerings, not when they were announced
    assert pairs(r) == []


def test_an_indefinite_weekday_times_no_event(tmp_path):
    published_on(tmp_path, a="2025-10-01", b="2026-01-07")
    r = scan_texts(tmp_path,
                   a="Velmora Health announced the dental plan offerings on Sept. 30, 2025.",
                   b="Velmora Health announced the dental plan offerings late on a Friday.")
    # "on a Friday" is some Friday, not the one before the story (January 2, 2026)
    assert pairs(r) == []


def test_a_place_both_sentences_name_is_not_what_began(tmp_path):
    r = scan_texts(tmp_path,
                   a="England has offered the shot to pregnant women since 2012.",
                   b="England's current measles outbreak began in 2023.")
    # a program and an outbreak began in one country: two events
    assert pairs(r) == []


def test_a_figure_written_inside_a_year_of_its_sentence_is_still_dated_by_it(tmp_path):
    published_on(tmp_path, a="2025-04-02", b="2025-09-15")
    r = scan_texts(tmp_path,
                   a="On January 16, 2025, the agency cleared 20 of the devices.",
                   b="On January 16, 2025, the agency cleared 25 of the devices, records show.")
    # "20" is first found inside "2025": the count is the one of January 16, in
    # both articles, not a running count as of each article's date
    assert list(r.claims.set_index("text")["as_of"][["20", "25"]]) == ["2025-01-16", "2025-01-16"]
    assert pairs(r) == [("20", "25")]


def test_figures_of_one_report_parted_by_a_semicolon_are_one_data_cut(tmp_path):
    published_on(tmp_path, a="2025-03-04", b="2025-06-20")
    r = scan_texts(tmp_path,
                   a="Its alert listed 318 infections across the region; the north logged 27 deaths.",
                   b="By then 318 infections had been listed across the region; the north logged 22 deaths.")
    # one alert's figures, told in two statements: the shared 318 dates both
    assert ("27", "22") in pairs(r)


def test_a_trials_two_analyses_are_two_measures(tmp_path):
    # a weight-loss trial reports everyone randomized and, apart, those who kept
    # to treatment: two figures of one outcome that both hold
    adherent = "If everyone had stayed on treatment, participants lost 21.6% of their body weight."
    r = scan_in(tmp_path, "two", a=adherent,
                b="Counting everyone randomized, participants lost 18.9% of their body weight.")
    assert pairs(r) == []
    r = scan_in(tmp_path, "one", a=adherent, b="Participants who kept taking the drug lost 23.5% of their body weight.")
    assert pairs(r) == [("21.6%", "23.5%")]
    r = scan_in(tmp_path, "unnamed", a=adherent, b="Participants lost 18.9% of their body weight.")
    assert pairs(r) == [("21.6%", "18.9%")]


def test_whether_or_not_they_kept_taking_it_is_everyone(tmp_path):
    r = scan_texts(tmp_path, a="Participants who kept taking the drug lost 21.6% of their body weight.",
                   b="Whether or not they kept taking the drug, participants lost 18.9% of their body weight.")
    assert pairs(r) == []


@pytest.mark.parametrize("generic", [
    "The FDA approved a generic version from Halvex Labs on May 14, 2021.",
    "The agency cleared the first generic of Veltrasin in May 2021.",
    "A generic was approved in May 2021.",
])
def test_a_generics_approval_is_another_products_event(tmp_path, generic):
    r = scan_texts(tmp_path, a="The FDA approved Veltrasin in September 2004 for adults with the disease.",
                   b=generic)
    assert pairs(r) == []


def test_a_lawsuit_against_an_approval_is_no_approval(tmp_path):
    r = scan_texts(tmp_path, a="The FDA approved Veltrasin in September 2004 for adults with the disease.",
                   b="Two states in March 2025 filed a lawsuit asking a judge to overturn the FDA's approval "
                     "of Veltrasin.")
    assert pairs(r) == []


def test_the_same_lawsuit_dated_twice_conflicts(tmp_path):
    r = scan_texts(tmp_path, a="Twelve hospitals sued the insurer over unpaid claims in March 2023.",
                   b="The hospitals' lawsuit against the insurer over unpaid claims was filed in March 2024.")
    assert pairs(r) == [("March 2023", "March 2024")]


def test_one_trials_allocation_given_two_ratios_conflicts_whatever_the_arms_are_called(tmp_path):
    r = scan_texts(tmp_path,
                   a="In the KESTREL-2 trial, 612 adults were randomly assigned 2:1 to the pill or a placebo.",
                   b="KESTREL-2 randomized its patients 1:1 to 40 mg of the drug or to a dummy tablet.")
    assert pairs(r) == [("2:1", "1:1")]
    # two trials' allocations are two measures
    r = scan_texts(tmp_path,
                   a="In the KESTREL-2 trial, 612 adults were randomly assigned 2:1 to the pill or a placebo.",
                   b="In the HERON-1 trial, adults were randomized 1:1 to the pill or a placebo.")
    assert pairs(r) == []


def test_what_a_patient_pays_is_not_what_the_plan_pays(tmp_path):
    r = scan_texts(tmp_path, a="Under the deal the program will pay $245 a month for each drug.",
                   b="Under the deal enrolled patients will owe a copay of $50 a month for each drug.")
    assert pairs(r) == []
    r = scan_in(tmp_path, "copays", a="Under the deal enrolled patients will owe a copay of $50 a month.",
                b="Under the deal, the out-of-pocket cost for enrolled patients is $35 a month.")
    assert pairs(r) == [("$50", "$35")]


def test_a_figure_for_this_year_is_as_of_its_articles_year(tmp_path):
    published_on(tmp_path, a="2024-03-01", b="2025-03-01")
    r = scan_texts(tmp_path, a="The yearly cap on what patients pay for drugs is about $3,300 this year.",
                   b="This year the yearly cap on what patients pay for drugs is $2,000.")
    assert pairs(r) == []
    published_on(tmp_path, a="2025-01-10", b="2025-03-01")
    r = scan_texts(tmp_path, a="The yearly cap on what patients pay for drugs is about $3,300 this year.",
                   b="This year the yearly cap on what patients pay for drugs is $2,000.")
    assert pairs(r) == [("$3,300", "$2,000")]


def test_a_dose_naming_no_period_may_be_the_weekly_one(tmp_path):
    r = scan_texts(tmp_path, a="The maintenance dose of Veltrasin is 2.4 mg, injected under the skin.",
                   b="Veltrasin's maintenance dose is 2.0 mg weekly, injected under the skin.")
    assert pairs(r) == [("2.4 mg", "2.0 mg")]
    r = scan_in(tmp_path, "two", a="The maintenance dose of Veltrasin is 2.4 mg weekly, injected under the skin.",
                b="Veltrasin's maintenance dose is 0.3 mg daily, injected under the skin.")
    assert pairs(r) == []


def test_as_likely_compares_risks_and_hedges_nothing(tmp_path):
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="Smokers were 3.8 times as likely as non-smokers to be admitted.",
                   b="Smokers were about 3.4 times as likely as non-smokers to be admitted.")
    assert list(r.claims["hedge_type"].fillna("")) == ["", ""]
    assert pairs(r) == [("3.8 times", "3.4 times")]


def test_a_shortage_declared_resolved_is_declared_over(tmp_path):
    published_on(tmp_path, a="2025-03-01", b="2025-06-01")
    r = scan_texts(tmp_path, a="Regulators declared the Veltrasin shortage resolved on December 19, 2024.",
                   b="Regulators declared the Veltrasin shortage over in January of this year.")
    assert pairs(r) == [("December 19, 2024", "January of this year")]


def test_a_copay_word_is_the_nearest_prices_only(tmp_path):
    r = scan_texts(tmp_path,
                   a="The program agreed on a price of $245 per month with a $50 monthly copayment for patients.",
                   b="The program will pay $350 a month for each drug.")
    assert pairs(r) == [("$245", "$350")]


def test_about_a_precise_small_share_allows_its_rounding_not_a_point(tmp_path):
    r = scan_texts(tmp_path, a="In the trial, about 3.2% of the treatment group had a serious infection.",
                   b="In the trial, 2.3% of the treatment group had a serious infection.")
    assert pairs(r) == [("3.2%", "2.3%")]
    r = scan_in(tmp_path, "round", a="In the trial, about 3.2% of the treatment group had a serious infection.",
                b="In the trial, 3.3% of the treatment group had a serious infection.")
    assert pairs(r) == []


def test_a_threshold_reached_by_a_share_is_that_shares_threshold(tmp_path):
    # "X of 6.5% or below was reached by 70.2%": the share of those past 6.5%
    r = scan_texts(tmp_path,
                   a="An HbA1c of 6.5% or below was reached by 70.2% of people on the drug versus 15.9% on placebo.",
                   b="A co-primary goal, losing at least 5% of body weight, was reached by 89.7% of people on the "
                     "drug against 30.3% on placebo.")
    assert pairs(r) == []
    r = scan_in(tmp_path, "same",
                a="A co-primary goal, losing at least 5% of body weight, was reached by 89.7% of people on the "
                  "drug against 30.3% on placebo.",
                b="A co-primary goal, losing at least 5% of body weight, was reached by 86.1% of people on the drug.")
    assert ("89.7%", "86.1%") in pairs(r)


def test_a_date_opening_a_story_before_a_wires_name_is_its_dateline(tmp_path):
    # no place before it, but the wire's name in brackets and the dash: when the
    # story was filed, not when the approval it reports came
    published_on(tmp_path, a="2025-06-23", b="2025-07-01")
    r = scan_texts(tmp_path,
                   a="Regulator clears Velora\n\nJune 23 (Northline Wire) - The FDA on Monday approved Velora "
                     "for adults with severe asthma.\n",
                   b="The FDA approved Velora in January 2024 for adults with severe asthma.\n")
    assert ("June 23", "January 2024") not in pairs(r) and ("January 2024", "June 23") not in pairs(r)
    assert {frozenset(p) for p in pairs(r)} == {frozenset({"Monday", "January 2024"})}


def _deaths_confidence(tmp_path, folder: str, cases_b: str, deaths_b: str = "20,000") -> float:
    result = scan_in(tmp_path, folder,
                     a="The agency's review tied drinking to about 85,000 cancer cases and 19,000 cancer deaths "
                       "a year.",
                     b=f"Drinking causes {cases_b} cancer cases and {deaths_b} cancer deaths a year, the review said.")
    [row] = [r for r in result.conflicts.itertuples() if {r.text_a, r.text_b} == {"19,000", deaths_b}]
    return row.confidence


def test_figures_beside_one_distinctive_figure_in_both_sentences_conflict_more_certainly(tmp_path):
    # the same facts told side by side: the cases agree, so the deaths are one quantity
    beside_one = _deaths_confidence(tmp_path, "same", "85,000")
    beside_another = _deaths_confidence(tmp_path, "other", "92,000")
    assert beside_one > beside_another


def test_a_figure_on_the_other_side_or_a_common_one_is_no_shared_neighbour(tmp_path):
    # "85,000" after the deaths in one sentence and before them in the other: no parallel
    swapped = scan_in(tmp_path, "swapped",
                      a="The agency's review tied drinking to about 85,000 cancer cases and 19,000 cancer deaths "
                        "a year.",
                      b="Drinking causes 20,000 cancer deaths and 85,000 cancer cases a year, the review said.")
    common = scan_in(tmp_path, "common",
                     a="After 12 weeks, 19,000 cancer deaths a year were tied to drinking, the review said.",
                     b="After 12 weeks, 20,000 cancer deaths a year were tied to drinking, the agency said.")
    for result in (swapped, common):
        assert all("beside one figure" not in r.matched for r in result.conflicts.itertuples())


def test_projections_for_this_year_published_on_different_days_are_one_quantity(tmp_path):
    # a projection is made once for its period; a running tally ("have been
    # reported this year") grows between the two articles' dates
    folder = tmp_path / "projections"
    folder.mkdir()
    published_on(folder, a="2031-02-03", b="2031-02-20")
    projected = scan_texts(folder,
                           a="The cancer society expects 41,200 new cases of the disease this year.",
                           b="The cancer society forecasts 44,900 new cases of the disease in the country this year.")
    assert pairs(projected) == [("41,200", "44,900")]
    folder = tmp_path / "running"
    folder.mkdir()
    published_on(folder, a="2031-02-03", b="2031-02-20")
    running = scan_texts(folder,
                         a="The health department has counted 41,200 new cases of the disease this year.",
                         b="The health department has counted 44,900 new cases of the disease this year.")
    assert pairs(running) == []


def test_about_a_small_whole_share_allows_its_rounding_not_the_next_share(tmp_path):
    # "about 2%" is rounded to its last digit: it is no "about 3%"
    r = scan_texts(tmp_path, a="Among adults under 50, the rate is rising by about 2% a year, the registry said.",
                   b="Among adults under 50, the rate is rising by about 3% a year, the registry said.")
    assert pairs(r) == [("2%", "3%")]


def test_a_ranked_since_clause_with_its_own_event_times_that_event(tmp_path):
    # "the first ... since it was founded in 2004" dates the founding; "the first
    # ... since 2004" and "since records began in 2004" stay a record's baseline
    r = scan_texts(tmp_path, a="The pill is the first product the company has sold since it was founded in 2004.",
                   b="Founded in 2005, the company is based in Boston.")
    assert pairs(r) == [("2004", "2005")]
    r = scan_in(tmp_path, "baseline", a="It was the company's largest loss since records began in 2004.",
                b="Records of the company's losses began in 2005, its filings show.")
    assert pairs(r) == []


def test_publication_dates_are_compared_only_for_one_work(tmp_path):
    # the sentences name one work alike (the journal and the team's city)
    r = scan_texts(tmp_path, a="The Oslo team's results were published in The Lancet in May 2027.",
                   b="Results from the Oslo team were published in The Lancet in May 2028, after enrolment ended.")
    assert pairs(r) == [("May 2027", "May 2028")]
    # one journal in common is two papers a topic cites
    r = scan_in(tmp_path, "two", a="A study of nurses published in JAMA in 2019 found no link.",
                b="A study of teachers published in JAMA in 2023 found a small link.")
    assert pairs(r) == []


def test_a_date_of_what_a_paper_found_is_not_when_it_was_published(tmp_path):
    # "published in ... found that X fell in 2023": the year is of the finding
    r = scan_texts(tmp_path, a="The Oslo team's study, published in The Lancet in May 2027, found that admissions "
                               "fell in 2025 for the first time.",
                   b="The Oslo team's study was published in The Lancet in May 2027.",
                   c="A study from the Oslo team, published in The Lancet, showed admissions dropping from 410 "
                     "in 2024 to 388 in 2026.")
    assert [p for p in pairs(r) if "May 2027" not in p] == []


def test_a_year_naming_a_meeting_times_no_event(tmp_path):
    # "presented at ASCO 2027": the meeting's name, not when the paper was published
    r = scan_texts(tmp_path,
                   a="The Oslo team's results, presented at ASCO 2027 and published in The Lancet, drew notice.",
                   b="The Oslo team's results were published in The Lancet in May 2028.")
    assert pairs(r) == []


def test_a_figure_of_last_fall_is_of_a_moment_in_that_season(tmp_path):
    # "last fall" in a January story is September to November of the year before:
    # one poll with a figure of October, another with one of March
    published_on(tmp_path, a="2025-01-14", b="2024-12-02", c="2025-04-20")
    r = scan_texts(tmp_path, a="A Harwell poll last fall found 61% of voters backed the levy.",
                   b="A Harwell poll in October found 67% of voters backed the levy.",
                   c="A Harwell poll in March found 55% of voters backed the levy.")
    assert pairs(r) == [("61%", "67%")]


def test_a_poll_released_in_a_month_is_a_poll_of_that_month(tmp_path):
    # data released in May may be of a past year; a poll released in November
    # was taken then: "last fall" in a January story is another year's poll
    published_on(tmp_path, a="2025-01-14", b="2025-12-19", c="2025-12-01")
    r = scan_texts(tmp_path, a="A Harwell poll last fall found 68% of voters backed the levy.",
                   b="A Harwell survey released in November found that 66% of voters backed the levy.",
                   c="A Harwell poll in November found 61% of voters backed the levy.")
    assert pairs(r) == [("66%", "61%")]


def test_two_bounds_of_one_quantity_disagree_when_their_values_do(tmp_path):
    # each source's bound is the figure it gives: a threshold of 150 is no threshold of 300
    r = scan_texts(tmp_path, a="To enrol, patients needed an eosinophil count of at least 150 cells per microliter.",
                   b="To enrol, patients needed an eosinophil count of at least 300 cells per microliter.")
    assert pairs(r) == [("150", "300")]
    # the same bound in other words agrees, and a value inside one bound is no other bound
    r = scan_in(tmp_path, "same", a="The outbreak has sickened at least 900 people in the province, officials said.",
                b="The outbreak has sickened more than 900 people in the province, officials said.")
    assert pairs(r) == []
    r = scan_in(tmp_path, "inside",
                a="To enrol, patients needed an eosinophil count of at least 150 cells per microliter.",
                b="To enrol, patients needed an eosinophil count of 220 cells per microliter.")
    assert pairs(r) == []


def test_one_distinctive_figure_given_two_dates_is_a_conflict_of_the_dates(tmp_path):
    r = scan_texts(tmp_path,
                   a="Hospital admissions for asthma peaked at 61,382 in the 12 months ending in March 2021.",
                   b="Admissions peaked in the 12 months ending in March 2022, when 61,382 were recorded.")
    assert ("March 2021", "March 2022") in pairs(r)


def test_two_figures_of_a_trend_told_alike_do_not_conflict_by_their_dates(tmp_path):
    r = scan_texts(tmp_path,
                   a="Adult smoking slipped from 11.8% in 2021 to 11.1% in 2022, the survey found.",
                   b="The survey put adult smoking at 11.8% in 2021 and 11.1% in 2022.")
    assert pairs(r) == []


def test_a_small_figure_does_not_date_another_sources_date(tmp_path):
    # "45%" is shared by too many facts of a topic to tie two dates together
    r = scan_texts(tmp_path,
                   a="About 45% of clinics offered the test in 2021.",
                   b="About 45% of pharmacies stocked the kit in 2023.")
    assert not [p for p in pairs(r) if p == ("2021", "2023")]


def test_the_baseline_of_a_change_is_not_compared_with_a_later_figure(tmp_path):
    r = scan_texts(tmp_path,
                   a="The agency estimated that 2.31 million people were treated in 2024.",
                   b="For 2023, the agency estimated 2.28 million people were treated, down from 2.45 million "
                     "the year before.")
    assert ("2.31 million", "2.45 million") not in pairs(r)


def test_a_figure_with_its_digits_reordered_conflicts_even_within_a_hedge(tmp_path):
    # "an estimated 52,718" would agree with any figure within its rounding; a
    # reordering of its digits is a mistyped figure, not a rounding
    r = scan_texts(tmp_path,
                   a="The registry recorded an estimated 52,718 hip fractures in 2023.",
                   b="The registry recorded 52,178 hip fractures in 2023.")
    assert pairs(r) == [("52,718", "52,178")]


def test_a_count_for_that_year_holds_for_the_year_named_before(tmp_path):
    published_on(tmp_path, a="2025-02-10", b="2025-06-20")
    r = scan_texts(tmp_path,
                   a="Statewide drownings peaked in 2022. The state recorded 431 drownings that year.",
                   b="In 2022, the state recorded 452 drownings, its worst year on record.")
    assert ("431", "452") in pairs(r)


def test_a_follow_up_time_told_with_the_same_distinctive_figure_is_one_fact(tmp_path):
    # the share and the window it was counted in are one fact retold: the windows must agree
    r = scan_texts(tmp_path,
                   a="The registry said 14.62% of patients had a serious infection within 60 days of the implant.",
                   b="In the registry, 14.62% of patients developed a serious infection within 90 days of surgery.")
    assert pairs(r) == [("60 days", "90 days")]
    assert "beside one figure" in r.conflicts.iloc[0]["matched"]


def test_a_time_told_with_the_figure_in_another_role_or_far_from_it_is_not_compared(tmp_path):
    # "within" one window and "after" a follow-up: two roles; a date a clause away is another fact's
    roles = scan_in(tmp_path, "roles",
                    a="The registry said 14.62% of patients had a serious infection within 60 days.",
                    b="The registry said 14.62% of patients had a serious infection after 90 days.")
    far = scan_in(tmp_path, "far",
                  a="The clinic logged 3,418 visits in 2029, more than in any year since the city opened the "
                    "ward for adults in 2011.",
                  b="The clinic logged 3,418 visits in 2029, more than in any year since the county began keeping "
                    "separate records of such visits in 2004.")
    assert pairs(roles) == [] and pairs(far) == []


def test_a_date_told_after_a_comma_belongs_to_the_figure_before_it(tmp_path):
    # "81.2 in 2027, 80.6 in 2028": 2028 times 80.6, not 81.2
    r = scan_texts(tmp_path,
                   a="The index stood at 82.5 in 2026, 81.2 in 2027 and 80.6 in 2028.",
                   b="It slipped to 81.2 in 2027 and then to 80.6 in 2028, the lowest in a decade.")
    assert pairs(r) == []


def test_two_dates_each_naming_another_event_beside_one_figure_are_not_compared(tmp_path):
    # the rival drug's approval and the paper about its trial: two events of one trial's figure
    r = scan_texts(tmp_path,
                   a="Corvex, approved in 2027, was tested in a trial of 1,274 patients over two years.",
                   b="The trial of Corvex, published in 2026, enrolled 1,274 patients for two years.")
    assert pairs(r) == []


def test_a_duration_modifying_a_noun_has_one_role_before_or_after_the_figure(tmp_path):
    # "a three-year, $4.57 million contract" and "a $4.57 million, five-year contract": one term
    r = scan_texts(tmp_path,
                   a="The county signed a three-year, $4.57 million contract for rapid screening.",
                   b="Under a $4.57 million, five-year contract, the county's labs will run rapid screening.")
    assert pairs(r) == [("three-year", "five-year")]


def test_a_text_adopted_or_finalized_in_another_year_is_one_enactment_misdated(tmp_path):
    # a body adopting an accord, an agency finalizing a rule: one event each, dated twice
    adopted = scan_in(tmp_path, "adopted",
                      a="Member states adopted the Harbour Accord at the assembly in May 2031.",
                      b="The Harbour Accord, adopted by the assembly in May 2030, still awaits ratification.")
    finalized = scan_in(tmp_path, "finalized",
                        a="The agency finalized the billing rule in March 2031.",
                        b="The billing rule, which the agency finalized in March 2030, bars the practice.")
    assert pairs(adopted) == [("May 2031", "May 2030")]
    assert pairs(finalized) == [("March 2031", "March 2030")]


def test_the_whole_a_part_is_taken_from_is_not_counted_for_what_happened_to_the_part(tmp_path):
    # "killed 129 of 411 people": 411 were infected, not killed
    r = scan_texts(tmp_path,
                   a="The 1998 outbreak in Velor killed 129 of 411 people who were infected.",
                   b="In Velor's 1998 outbreak, 187 people died among those infected.")
    assert pairs(r) == []


def test_death_joined_to_another_outcome_is_a_composite_endpoint_not_death(tmp_path):
    # "relapse or death" is another measure than death; two composites still meet
    against_death = scan_in(tmp_path, "death",
                            a="In the Orvin trial, the drug cut the risk of relapse or death by 37%.",
                            b="In the Orvin trial, the drug cut the risk of death by 22%.")
    composites = scan_in(tmp_path, "composites",
                         a="In the Orvin trial, the drug cut the risk of relapse or death by 37%.",
                         b="In the Orvin trial, the drug lowered the risk of death or relapse by 31%.")
    assert pairs(against_death) == []
    assert pairs(composites) == [("37%", "31%")]


def test_a_minority_is_never_compared_with_a_majority(tmp_path):
    # "voted 9 to 4 against coverage" counts its 4 for the motion it names,
    # "voted 10 to 3" its 10 for one it does not: a minority and a majority are
    # never two reports of one side's count, whatever each side is called
    r = scan_texts(tmp_path,
                   a="The provincial drug review panel voted 9 to 4 against coverage of Velbrin.",
                   b="The provincial drug review panel that weighed coverage of Velbrin voted 10 to 3.")
    assert pairs(r) == []


def test_one_date_both_figures_are_given_for_weighs_more_than_another_shared_qualifier(tmp_path):
    # Most figures of a topic that share a measure differ by the year or day they
    # are for; two given for the same one are likelier one quantity than two that
    # merely share a word such as "severe".
    dated = scan_in(tmp_path, "dated",
                    a="Health officials said the region recorded 386 deaths from the fever in 2023.",
                    b="The region recorded 367 deaths from the fever in 2023, health officials said.")
    undated = scan_in(tmp_path, "undated",
                      a="Health officials said the region recorded 386 deaths from the fever.",
                      b="The region recorded 367 deaths from the fever, health officials said.")
    severe = scan_in(tmp_path, "severe",
                     a="Health officials said the region recorded 386 severe cases of the fever.",
                     b="The region recorded 367 severe cases of the fever, health officials said.")
    confidence = {name: r.conflicts["confidence"].iloc[0]
                  for name, r in (("dated", dated), ("undated", undated), ("severe", severe))}
    assert "as of 2023" in dated.conflicts["matched"].iloc[0]
    assert confidence["dated"] > confidence["severe"] > confidence["undated"]


def test_an_arm_given_a_drug_of_any_name_beside_a_placebo_arm_is_no_trials_size(tmp_path):
    # "orvenal" has no stem that marks a drug's name; the placebo arm beside it
    # says the 141 took the drug, one arm of the 212 randomized
    r = scan_texts(tmp_path,
                   a="In the KESTREL trial, 141 people took orvenal and 71 took a placebo for a year.",
                   b="The KESTREL trial randomly assigned 212 patients to orvenal or placebo.")
    assert ("141", "212") not in pairs(r) and ("212", "141") not in pairs(r)


def test_a_count_said_to_be_combined_after_it_is_no_one_parts(tmp_path):
    # "combined" after the figure pools it as "together" before it does: the two
    # trials' enrolment is not NOVA's alone, but two pooled totals still differ
    r = scan_texts(tmp_path,
                   a="The phase 3 NOVA trial enrolled 410 adults.",
                   b="The NOVA and ORCA trials enrolled 790 adults combined, the company said.",
                   c="The NOVA and ORCA trials enrolled 720 adults combined.")
    assert pairs(r) == [("790", "720")]


def test_a_regimen_given_in_combination_is_no_pooled_figure(tmp_path):
    # "in combination with bortezomib" names what the drug was given with; only
    # "combined" or "pooled" make a figure several studies' at once
    r = scan_texts(tmp_path,
                   a="In the DREAM-3 trial, Velmora in combination with bortezomib cut the risk of progression by 41%.",
                   b="In the DREAM-3 trial, Velmora cut the risk of progression by 49%.")
    assert pairs(r) == [("41%", "49%")]


def test_a_bare_number_with_a_measure_is_compared(tmp_path):
    # a rate with no unit ("a fertility rate of 0.72") is a figure like any other
    result = scan_texts(tmp_path, a="The national total fertility rate was 0.72 in 2023, the statistics office said.",
                        b="Officials said the national total fertility rate was 0.78 in 2023.")
    assert pairs(result) == [("0.72", "0.78")]


@pytest.mark.parametrize("a, b", [
    # p-values of two analyses say how sure, not what was found
    ("The reduction was significant (P=0.003) in the main analysis.",
     "The reduction in the main analysis was significant (P=0.03)."),
    # a cut-off defines an outcome; it is no finding
    ("Most patients reached a sweat reading below 60 mmol/L after a month.",
     "Many patients reached a sweat reading below 30 mmol/L after a month."),
    # an entry of a list by place: totals and dates of lists vary by source
    ("Cases by state: Ohio with 276 and Texas with 160.",
     "Cases by state: Ohio (477), Texas (492)."),
])
def test_bare_numbers_that_measure_nothing_are_not_compared(tmp_path, a, b):
    assert pairs(scan_texts(tmp_path, a=a, b=b)) == []


def test_a_month_that_opens_the_sentence_is_no_place(tmp_path):
    # "In March," says when, as "In 2023," does: not where
    r = scan_texts(tmp_path, a="In March, egg prices climbed to a record $6.23 a dozen.",
                   b="Egg prices hit a record $5.90 a dozen in March, the statistics office said.")
    assert not any("place-" in key for key in r.claims["measure_key"])
    assert pairs(r) == [("$6.23", "$5.90")]


@pytest.mark.parametrize("a", [
    "The agency has now approved 11 treatments for the disease since 2008.",
    "Its leaders have announced three new sites since July 2024.",
])
def test_a_date_that_opens_the_period_of_a_count_dates_no_event(tmp_path, a):
    # what happened N times since a date: the date bounds the count's period
    r = scan_texts(tmp_path, a=a, b="The agency approved Renvoxa on August 21, 2025, and its leaders announced a site "
                                    "in May 2025.")
    assert pairs(r) == []


def test_a_state_that_began_at_a_date_still_dates_it(tmp_path):
    r = scan_texts(tmp_path, a="Health officials have recommended a level of 0.7 milligrams per liter since 2016.",
                   b="Health officials have recommended a level of 0.7 milligrams per liter since 2015.")
    assert pairs(r) == [("2016", "2015")]


def test_a_confirmation_vote_is_a_tally(tmp_path):
    # a chamber confirming a nominee by a count of votes is a vote like any other
    r = scan_texts(tmp_path, a="The Senate confirmed the new secretary on a 71-29 vote in February.",
                   b="The new secretary was confirmed by the Senate 72-28 on Feb. 13.")
    assert sorted(r.claims["statistic"])[-4:] == ["tally_against", "tally_against", "tally_for", "tally_for"]
    assert ("71", "72") in pairs(r) or ("72", "71") in pairs(r)


def test_a_season_is_no_tally(tmp_path):
    r = scan_texts(tmp_path, a="Health officials confirmed 1,300 cases in the 2024-25 season.")
    assert "tally_for" not in set(r.claims["statistic"])


def test_a_past_temporal_clause_is_no_part_of_the_forecast_before_it(tmp_path):
    # "a plan to cut prices, two weeks after the Senate confirmed her": the vote happened
    r = scan_texts(tmp_path, a="The secretary laid out a plan to cut prices, two weeks after the Senate "
                               "confirmed her on a 71-29 vote.")
    assert set(r.claims.loc[r.claims["text"] == "71", "hedge_type"]) == {""}


@pytest.mark.parametrize("listed", [
    "Patients were assigned to Velbrin monthly (n=45), Velbrin every other month (n=23) or placebo (n=22).",
    "Patients were assigned to Velbrin monthly (45 patients), Velbrin every other month (23 patients) or "
    "placebo (22 patients).",
])
def test_every_arm_of_a_bracketed_list_is_a_part_whatever_its_sums(tmp_path, listed):
    # 45 = 23 + 22 by chance: the first arm of the list is no total of the others
    r = scan_texts(tmp_path, a=listed, b="In the switch study, 65 patients moved to Velbrin from other drugs.")
    assert pairs(r) == []


def test_the_year_a_record_reaches_back_to_is_compared(tmp_path):
    # "the first X since 2009" says the last X was in 2009: a source giving 2010 contradicts it
    r = scan_texts(tmp_path, a="The boy's death was the first from rabies in the state since 2009, officials said.",
                   b="Officials said it was the state's first rabies death since 2010.")
    assert pairs(r) == [("2009", "2010")]
    r = scan_in(tmp_path, "level", a="Ridership on the night buses fell to 3.1 million, its lowest level since 1998.",
                b="At 3.1 million trips, night-bus ridership was the lowest since 1997.")
    assert ("1998", "1997") in pairs(r)


def test_a_records_year_is_compared_whoever_the_sentences_name(tmp_path):
    # what a record ranks says what it is; the person a sentence opens with is no subject of it
    r = scan_texts(tmp_path, a="After Governor Reyes spoke on Monday, stocks rose 6.2%, their biggest gain since 2009.",
                   b="Stocks rose 6.2% on Monday after the Lindqvist report, their biggest gain since 2011.")
    assert pairs(r) == [("2009", "2011")]


@pytest.mark.parametrize("b", [
    "Fares on the line were the lowest since 2014, the authority said.",  # the other way
    "It was the first season with three dominant strains since 2014.",  # another record
    "At least 40 riders were hurt, the most injuries on the line since 2014.",
    "The line has carried most of the city's commuters since 2014.",  # "most" counts, ranks nothing
])
def test_records_of_other_things_or_directions_are_not_compared(tmp_path, b):
    r = scan_texts(tmp_path, a="Ridership on the line hit its highest level since 2012, the authority said.", b=b)
    assert pairs(r) == []


def test_records_of_other_years_are_not_compared(tmp_path):
    # each ranks its own year's figure: both may be right
    r = scan_texts(tmp_path, a="Clinics logged 610 cases of the fever in 2023, the most since 2014.",
                   b="Clinics logged 655 cases of the fever in 2024, the most since 2012.")
    assert ("2014", "2012") not in pairs(r)


def test_a_record_baseline_misstated_is_reported_by_default(tmp_path):
    r = scan_texts(tmp_path, ConflictSettings(),
                   a="Ridership on the night buses fell to 3.1 million, its lowest level since 1998.",
                   b="At 3.1 million trips, night-bus ridership was the lowest since 1997.")
    assert ("1998", "1997") in pairs(r)


@pytest.mark.parametrize("people", [
    "By the end of June, 515 people had been confirmed to have the fever in Harlow County, officials said.",
    "By the end of June, 515 patients were diagnosed with the fever in Harlow County, officials said.",
    "By the end of June, 515 people had tested positive for the fever in Harlow County, officials said.",
])
def test_people_counted_as_having_a_disease_are_its_cases(tmp_path, people):
    r = scan_texts(tmp_path, a=people, b="Harlow County reported 560 cases of the fever by the end of June.")
    assert pairs(r) == [("515", "560")]


def test_other_things_that_tested_positive_are_no_cases_of_people(tmp_path):
    # herds, flocks, samples: their counts are no count of people with the disease
    r = scan_texts(tmp_path, a="By the end of June, 515 herds had tested positive in Harlow County, officials said.",
                   b="Harlow County reported 560 cases of the fever by the end of June.")
    assert pairs(r) == []


def test_a_part_of_a_study_that_became_infected_stays_its_people(tmp_path):
    # the other source says only what they "did": still the same two of the 2,179
    r = scan_texts(tmp_path, a="In the second trial, two of the 2,179 volunteers on the shot became infected.",
                   b="In the second trial, three of the 2,179 volunteers on the shot did.")
    assert ("two", "three") in pairs(r)


def test_the_whole_a_part_was_infected_of_is_no_count_of_cases(tmp_path):
    # 2,179 is the trial's arm, not the people infected: no other source's case count
    r = scan_texts(tmp_path, a="In the second trial, two of the 2,179 volunteers on the shot became infected.",
                   b="Across the region, 1,900 cases of the infection were reported last year.")
    assert pairs(r) == []


def _state_story(state: str) -> str:
    return (f"Clinics across {state} reported 2,100 visits for the fever in the spring. "
            f"Labs in {state} ran 40% more tests than a year before. "
            "For the full year, the state counted 7,400 cases of the fever in 2023.")


def test_a_figure_naming_no_place_is_of_the_state_its_article_is_about(tmp_path):
    other = "In Nevada, 9,100 people tested positive for the fever in 2023, officials said."
    r = scan_texts(tmp_path, a=other, b=_state_story("Oregon"))
    assert ("9,100", "7,400") not in pairs(r)
    r = scan_in(tmp_path, "same", a=other, b=_state_story("Nevada"))
    assert ("9,100", "7,400") in pairs(r)


def _confidence_of(result, source_a: str, source_b: str) -> float:
    """The confidence of the conflict between two articles' figures (by file name)."""
    found = {frozenset((row.source_a, row.source_b)): row.confidence for row in result.conflicts.itertuples()}
    return found[frozenset((source_a, source_b))]


def test_two_event_dates_each_given_by_two_sources_are_less_certain_one_event(tmp_path):
    # two sources date the approval in April, two in October of another year: more
    # likely two approvals (a first one and a later one) than one date copied wrong twice
    early, late = "Regulators approved Velbrix in April 2021.", "Regulators approved Velbrix in October 2023."
    alone = scan_in(tmp_path, "alone", a=early, b=late)
    both = scan_in(tmp_path, "both", a=early, b=late, c=early, d=late)
    assert _confidence_of(both, "a.txt", "b.txt") < _confidence_of(alone, "a.txt", "b.txt")
    assert all("another source" in reason for reason in both.conflicts["reason"])


def test_a_year_slipped_in_the_same_month_stays_as_certain_however_many_sources_repeat_it(tmp_path):
    early, late = "Regulators approved Velbrix in April 2021.", "Regulators approved Velbrix in April 2022."
    alone = scan_in(tmp_path, "alone", a=early, b=late)
    both = scan_in(tmp_path, "both", a=early, b=late, c=early, d=late)
    assert _confidence_of(both, "a.txt", "b.txt") == _confidence_of(alone, "a.txt", "b.txt")


def _months_apart(folder, a: str, b: str):
    """Two articles published seven months apart, scanned."""
    folder.mkdir()
    published_on(folder, a="2025-02-03", b="2025-09-20")
    return scan_texts(folder, a=a, b=b)


def test_the_people_a_condition_affects_are_compared_across_articles_months_apart(tmp_path):
    # a prevalence is estimated now and then, not a tally that grows between two dates
    r = _months_apart(tmp_path / "stock", "The disorder affects about 150 people in the United States, experts say.",
                      "The rare disorder affects roughly 250 people in the United States.")
    assert pairs(r) == [("150", "250")]
    # people an outbreak has sickened: a running count, as of each article's date
    r = _months_apart(tmp_path / "tally", "The outbreak has sickened about 150 people in the United States.",
                      "The outbreak has sickened roughly 250 people in the United States.")
    assert pairs(r) == []


def test_a_vote_told_in_a_relative_clause_is_on_no_other_motion_for_the_words_before_it(tmp_path):
    # "... plus the support of a panel that voted 8-5 in favor": the words before
    # "that voted" tell of the decision, not of what the panel voted on
    r = scan_texts(tmp_path, settings=ConflictSettings(),
                   a="An advisory panel voted 9 to 4 on Tuesday that the pill is effective in treating the syndrome.",
                   b="The agency's decision rested on a gain in walking distance, plus the support of an "
                     "advisory panel that voted 8-5 in favor.")
    assert sorted(pairs(r)) == [("4", "5"), ("9", "8")]
    assert all("other motions" not in reason for reason in r.conflicts["reason"])


def test_counts_of_a_stock_dated_days_apart_are_one_moment(tmp_path):
    # a stock (people who take a drug, firms named) does not move within days:
    # two articles three days apart count it at one moment
    def scanned(name: str, a: str, b: str, b_published: str = "2025-04-10"):
        (tmp_path / name).mkdir()
        published_on(tmp_path / name, a="2025-04-07", b=b_published)
        return scan_texts(tmp_path / name, a=a, b=b)

    stock = ("Regulators listed 41 distributors tied to the contaminated batches.",
             "Regulators listed 32 distributors tied to the contaminated batches.")
    assert pairs(scanned("stock", *stock)) == [("41", "32")]
    # a running tally of cases moves every day: counts days apart are two readings
    r = scanned("tally", "The province has confirmed 410 cases of the fever so far.",
                "The province has confirmed 470 cases of the fever so far.")
    assert pairs(r) == []
    # weeks apart, nothing in either text dates the count: still one stock, but
    # less certainly so than in two articles of one day, since a count that
    # does move is read so too
    same_day = scanned("same_day", *stock, b_published="2025-04-07")
    far = scanned("far", *stock, b_published="2025-06-28")
    assert pairs(far) == [("41", "32")]
    assert far.conflicts["confidence"][0] < same_day.conflicts["confidence"][0]
    # a count its text dates is that date's, whatever day its article appeared
    dated = scanned("dated", "By March 3, regulators had listed 41 distributors tied to the batches.",
                    "By April 9, regulators had listed 32 distributors tied to the batches.")
    assert pairs(dated) == []


def test_a_share_of_a_yearly_rate_is_a_share_of_the_rate(tmp_path):
    # the period is the rate's: "the annualized rate of seizures" cut by 62% is
    # seizures cut by 62%, whichever article says "annualized"
    r = scan_in(tmp_path, "one_sided",
                a="In the trial, the injection cut the annualized rate of seizures by 62% compared with placebo.",
                b="In the trial, the injection cut seizures by 58% compared with placebo.")
    assert pairs(r) == [("62%", "58%")]
    # two shares naming two periods are two measures
    r = scan_in(tmp_path, "two_periods",
                a="In the trial, the injection cut the annualized rate of seizures by 62% compared with placebo.",
                b="In the trial, the injection cut the monthly rate of seizures by 58% compared with placebo.")
    assert pairs(r) == []
