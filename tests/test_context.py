"""Claim context: qualifiers carried from earlier paragraphs of a section."""

import pytest

from claimcheck.api import extract_rows
from claimcheck.context import claim_contexts


def contexts(nlp, text):
    return {q.text: ctx for _, q, ctx in claim_contexts(nlp(text))}


def test_phase_carries_to_the_next_paragraph_of_a_section(nlp):
    text = ("Results\n\nA phase 3 trial tested the drug in adults.\n\n"
            "Overall, 61% of the treatment group were in remission.\n")
    assert contexts(nlp, text)["61%"].phase == "3"


def test_a_heading_stops_the_carry(nlp):
    text = ("A phase 3 trial tested the drug in adults.\n\nOther findings\n\n"
            "Overall, 61% of the treatment group were in remission.\n")
    assert contexts(nlp, text)["61%"].phase == ""


def test_another_study_stops_the_carry(nlp):
    text = ("A phase 3 trial tested the drug in adults.\n\n"
            "Another study looked at older patients. Overall, 44% of them were in remission.\n")
    assert contexts(nlp, text)["44%"].phase == ""


def test_a_sentence_naming_its_trial_takes_no_phase_from_paragraphs_before(nlp):
    # the phase 3 study of the first paragraph is not the ORCHID trial
    text = ("Velora failed its phase 3 study, the company said on Monday.\n\n"
            "The 240-patient ORCHID trial had shown a slower decline.\n")
    assert contexts(nlp, text)["240"].phase == ""
    text = ("The phase 3 ORCHID trial tested the drug in adults.\n\n"
            "In the ORCHID trial, 61% of the treatment group were in remission.\n")
    assert contexts(nlp, text)["61%"].phase == "3"


def test_hedges_and_arms(nlp):
    ctx = contexts(nlp, "Approval is expected by 2027, and 30% of the placebo group improved.")
    assert (ctx["2027"].hedge, ctx["2027"].hedge_type) == ("expected", "forecast")
    assert ctx["30%"].arm == "control"


def test_dates_take_qualifiers_from_their_own_sentence_only(nlp):
    text = ("The phase 3 trials ran in 12 countries.\n\n"
            "Approval is expected by 2027. The phase 2 results came in 2019.\n")
    ctx = contexts(nlp, text)
    assert ctx["2027"].phase == "" and ctx["2019"].phase == "2"


def test_placebo_after_for_is_the_control_arm(nlp):
    rows = extract_rows(nlp, "People on the top dose lost 20.9% of their body weight, versus 3.1% for placebo.")
    assert {r["text"]: r["arm"] for r in rows}["3.1%"] == "control"
    # still no arm when both are named
    rows = extract_rows(nlp, "Participants received either MDMA or placebo; 54% completed all sessions.")
    assert all(r["arm"] != "control" for r in rows)


@pytest.mark.parametrize("text,figure", [
    # a trial's design names its control, not the arm a figure is about
    ("The evidence came from a 26-week placebo-controlled trial of 410 adults.", "26-week"),
    # both arms named, the placebo first
    ("Researchers assigned 300 adults to placebo or the drug.", "300"),
])
def test_a_figure_of_the_whole_trial_is_no_control_arms(nlp, text, figure):
    rows = extract_rows(nlp, text)
    assert {r["text"]: r["arm"] for r in rows}[figure] != "control"


def test_the_group_after_a_comparator_is_the_comparison_not_the_figures_arm(nlp):
    rows = extract_rows(nlp, "In the first study, those on the new drug improved by 7.4 points more than "
                             "those given a placebo after six weeks.")
    assert {r["text"]: r["arm"] for r in rows}["7.4 points"] != "control"
    rows = extract_rows(nlp, "Scores fell 12.1 points versus placebo.")
    assert {r["text"]: r["arm"] for r in rows}["12.1 points"] != "control"


def test_a_question_a_sentence_opens_with_is_the_motion_of_its_tallies(nlp):
    rows = extract_rows(nlp, "Asked whether the device was shown to be safe, eight of the ten panelists "
                             "said yes and two said no.")
    tallies = [r for r in rows if r["statistic"].startswith("tally_")]
    assert tallies and all("among-motion-safety" in r["measure_key"].split() for r in tallies)


def test_a_dash_joining_two_words_is_no_clause_break(nlp):
    text = "Of those treated, 7.2% of the amlo–statin group and 4.1% of the placebo group stopped early."
    rows = {r["text"]: r for r in extract_rows(nlp, text)}
    assert rows["7.2%"]["arm"] == "intervention"


def test_a_figure_in_a_trials_appositive_is_that_trials(nlp):
    text = "The filing rested on ORCA1 and on ORCA2, a 212-patient trial in adults."
    rows = {r["text"]: r for r in extract_rows(nlp, text)}
    assert rows["212"]["trial"] == "ORCA2"


@pytest.mark.parametrize("text", [
    "Only 48.1% of patients in ORBIT 1 and 52.6% in ORBIT 2 stayed on the top dose.",
    "By the end, 48.1% in ORBIT 1 and 52.6% in ORBIT 2 stayed on the top dose.",
    "Relapses fell by 48.1% over 24 weeks in ORBIT 1 and by 52.6% in ORBIT 2.",
    "Remission was 48.1% versus 3.0% with placebo in ORBIT 1 and 52.6% versus 4.4% in ORBIT 2.",
])
def test_a_trial_named_right_after_its_figure_is_that_figures(nlp, text):
    rows = {r["text"]: r for r in extract_rows(nlp, text)}
    assert (rows["48.1%"]["trial"], rows["52.6%"]["trial"]) == ("ORBIT 1", "ORBIT 2")


def test_a_hyphenated_control_arm_is_the_control_arm_and_not_the_measure(nlp):
    text = ("After ten years, the risk of colorectal cancer was 0.98% in the invited group, "
            "compared with 1.20% in the usual-care group.")
    rows = {r["text"]: r for r in extract_rows(nlp, text)}
    assert rows["1.20%"]["arm"] == "control"
    assert "care" not in rows["1.20%"]["measure_key"].split()


def test_words_leading_to_the_next_figure_are_not_this_ones(nlp):
    text = "Colonoscopy lowered the risk of colorectal cancer by 31% and the risk of death from it by 40%."
    rows = {r["text"]: r for r in extract_rows(nlp, text)}
    assert "death" not in rows["31%"]["measure_key"]
    assert "death" in rows["40%"]["measure_key"]
    rows = {r["text"]: r for r in extract_rows(nlp, "Uptake was 31% of men and 20% of women.")}
    assert "women" not in rows["31%"]["measure_key"]


def test_what_befell_an_earlier_count_is_not_said_of_a_count_in_a_clause_of_its_own(nlp):
    rows = {r["text"]: r for r in extract_rows(nlp, "The cyclone killed 31 villagers and flattened 480 houses.")}
    assert "death" in rows["31"]["measure_key"].split()
    assert "death" not in rows["480"]["measure_key"].split()
    rows = {r["text"]: r for r in extract_rows(nlp, "The blast killed 9 workers and injured 27 others.")}
    assert rows["27"]["measure_key"].split().count("death") == 0
    assert "injury" in rows["27"]["measure_key"].split()
    # with no word of its own between, the clause is shared
    rows = {r["text"]: r for r in extract_rows(nlp, "The blast killed 9 workers and 4 firefighters.")}
    assert "death" in rows["4"]["measure_key"].split()


def test_an_age_band_of_those_counted_does_not_end_their_clause(nlp):
    rows = {r["text"]: r for r in extract_rows(nlp, "In 2021, 1,830 girls and boys ages 5 to 14 died in road crashes.")}
    assert "death" in rows["1,830"]["measure_key"].split()


def test_words_after_an_earlier_figure_are_that_ones(nlp):
    text = "Median overall survival was 18.2 months with velutinib and 11.9 months with chemotherapy."
    rows = {r["text"]: r for r in extract_rows(nlp, text)}
    assert rows["11.9 months"]["measure_key"].split() == ["chemotherapy", "median", "survival"]
    assert "chemotherapy" not in rows["18.2 months"]["measure_key"]


def test_a_plan_effective_on_a_date_takes_effect_then_and_measures_no_efficacy(nlp):
    def rows_of(text):
        return {r["text"]: r for r in extract_rows(nlp, text)}

    rows = rows_of("The lender will pay $400 million on the settlement's effective date.")
    assert "efficacy" not in rows["$400 million"]["measure_key"].split()
    rows = rows_of("The new toll schedule is effective March 3, 2026, the agency said.")
    assert rows["March 3, 2026"]["measure_key"].split()[0] == "taking-effect"
    # a share "effective" against a disease is still its efficacy
    rows = rows_of("The shot was 88% effective against severe disease.")
    assert "efficacy" in rows["88%"]["measure_key"].split()


def test_a_bracket_naming_only_its_statistic_measures_the_phrase_before_it(nlp):
    rows = {r["text"]: r for r in extract_rows(nlp, "The pill lowered the risk of a heart attack (HR 0.81; 95% CI, "
                                                     "0.70 to 0.94) and of stroke (hazard ratio 1.02).")}
    assert {"heart", "attack"} <= set(rows["0.81"]["measure_key"].split())
    assert "stroke" in rows["1.02"]["measure_key"].split()


# -- searches that skip ahead must find what a plain regex pass finds ---------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claimcheck import rules  # noqa: E402
from claimcheck.context import _CONTRAST_SEARCH, _DESIGN_SEARCH, _NEW_STUDY_SEARCH, _trial_names  # noqa: E402
from claimcheck.quantities import _RELATIVE_DATE_SEARCH  # noqa: E402

_PIECES = (list(rules.DESIGN_CUES) + rules.NEW_STUDY_CUES + list(rules.RELATIVE_DATES) + rules.CONTRAST_CUES
           + ["the ", " ", "-", "x", "MAPP1", "NCT01234567", "SURMOUNT-1 trial", "aMDMA2", "ABCDEF", "_ABC1", "."])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_skipping_searches_find_what_a_full_pass_finds(pieces):
    text = "".join(pieces)
    lower = text.lower()
    for search in (_DESIGN_SEARCH, _NEW_STUDY_SEARCH, _RELATIVE_DATE_SEARCH, _CONTRAST_SEARCH):
        assert [m.span() for m in search.finditer(lower)] == [m.span() for m in search.pattern.finditer(lower)]
    assert _trial_names(text) == [(m.start(), m.group(0)) for m in rules.TRIAL_NAME_PATTERN.finditer(text)]


def test_a_trial_name_is_a_qualifier_not_a_measure_word(nlp):
    ctx = contexts(nlp, "The headline number from the CLARITY-X trial is that the drug slowed decline by 35%.")
    assert ctx["35%"].trial == "CLARITY-X"
    assert "clarity" not in ctx["35%"].measure_key.split() and "x" not in ctx["35%"].measure_key.split()


@pytest.mark.parametrize("text", [
    "The committee voted 10 to 1, though it worried about APOE4 homozygotes.",
    "It is approved for adults who are not homozygous for the ABCA7 gene, about 85% of patients.",
    "Among APOE4 carriers, 41% had brain swelling.",
])
def test_a_gene_is_no_trial(nlp, text):
    assert all(ctx.trial == "" for ctx in contexts(nlp, text).values())


@pytest.mark.parametrize("text", [
    "It treats HER2-negative cancer in 5,100 people a year.",
    "CDK4/6 inhibitors are taken by 40,000 women.",
])
def test_a_marker_named_like_a_trial_is_no_trial(nlp, text):
    # a receptor's status ("HER2-negative") or a protein pair ("CDK4/6") is no study
    assert all(ctx.trial == "" for ctx in contexts(nlp, text).values())


@pytest.mark.parametrize("text,figure,trial", [
    # capitals, a hyphen and a number name a trial wherever they stand
    ("In SPARROW-3, 41% of patients responded.", "41%", "SPARROW-3"),
    ("The main study, KESTREL-Lung02, enrolled 604 patients.", "604", "KESTREL-Lung02"),
    ("Responses were pooled from HERON-12 and HERON-14: 45% overall.", "45%", "HERON-12+HERON-14"),
    # ... but not a disease, a serotype or a scale
    ("About 12% of COVID-19 patients were admitted.", "12%", ""),
    ("Scores on the CAPS-5 fell by 24 points.", "24 points", ""),
    ("Of the cases, 31% were DENV-3 infections.", "31%", ""),
])
def test_a_code_in_capitals_with_a_hyphened_number_names_a_trial(nlp, text, figure, trial):
    assert contexts(nlp, text)[figure].trial == trial


def test_a_trial_named_before_its_noun_in_apposition_is_its_qualifier(nlp):
    ctx = contexts(nlp, "The approval rests on VELTRA, a trial that randomly assigned 5,101 people.")
    assert ctx["5,101"].trial == "VELTRA"


@pytest.mark.parametrize("text", [
    "KESTREL-OPTIMIZE, a U.S. trial of 410 patients, found that LDL fell by 55%.",
    "KESTREL-OPTIMIZE, a 52-week phase 3 trial, found that LDL fell by 55%.",
])
def test_a_trial_named_before_a_noun_with_abbreviated_or_hyphened_modifiers_is_its_qualifier(nlp, text):
    assert contexts(nlp, text)["55%"].trial == "KESTREL-OPTIMIZE"


def test_a_trial_named_in_apposition_to_its_noun_is_its_qualifier(nlp):
    ctx = contexts(nlp, "The result comes from one trial, GLOW-HR, in which about 900 older adults took the drug.")
    assert ctx["900"].trial == "GLOW-HR"
    ctx = contexts(nlp, "The second study, called GLOW-LR, enrolled 640 adults.")
    assert ctx["640"].trial == "GLOW-LR"


@pytest.mark.parametrize("text,trial", [
    ("In VELORA-4, which randomized 410 patients, the drug halved relapses.", "VELORA-4"),
    ("KESTREL-2 enrolled 388 adults at 60 sites.", "KESTREL-2"),
])
def test_a_name_with_a_hyphened_number_that_enrolls_people_is_a_trial(nlp, text, trial):
    # "CAPS-5" names a scale, but a name that randomized or enrolled people is a study's
    assert [c.trial for c in contexts(nlp, text).values()][:1] == [trial]


@pytest.mark.parametrize("text,trial", [
    ("In PulseTrek 612, which enrolled 1,420 patients, survival improved.", "PulseTrek 612"),
    ("The label rests on NovaLeap-3, in which 882 adults took the drug.", "NovaLeap-3"),
])
def test_a_camel_case_name_with_a_number_is_a_trial(nlp, text, trial):
    assert [c.trial for c in contexts(nlp, text).values()][:1] == [trial]


def test_a_name_coordinated_with_a_trial_is_a_trial(nlp):
    # "KESTREL and MERLIN, which enrolled ...": both are trials, though only the
    # second stands where a trial's name is recognized
    ctx = contexts(nlp, "The label rests on two studies, KESTREL and MERLIN, which enrolled 820 and 790 adults.")
    assert ctx["820"].trial == "KESTREL+MERLIN"
    ctx = contexts(nlp, "In KESTREL, moderate flares fell by 30% compared with placebo.")
    assert ctx["30%"].trial == ""  # alone, an all-capitals word names no trial


def test_figures_listed_respectively_after_trial_names_are_each_trials(nlp):
    ctx = contexts(nlp, "The label rests on two studies, KESTREL and MERLIN, which enrolled 820 and 790 "
                        "current or former smokers respectively.")
    assert (ctx["820"].trial, ctx["790"].trial) == ("KESTREL", "MERLIN")
    assert (ctx["820"].subject, ctx["790"].subject) == ("kestrel", "merlin")


def test_each_item_of_a_list_naming_its_noun_once_is_its_names(nlp):
    # the name before each figure, not the next item's
    ctx = contexts(nlp, "Oregon reported 30 deaths, Georgia 21, Texas 11, Utah nine and New Jersey two.")
    assert [ctx[f].subject for f in ("21", "11", "nine", "two")] == ["georgia", "texas", "utah", "jersey"]


def test_a_figure_is_not_about_what_its_sentence_compares_it_with(nlp):
    ctx = contexts(nlp, "It will enrol 360 healthy adults aged 18 to 55, the same age range as the UK study.")
    assert ctx["360"].subject == ""


def test_what_a_change_is_compared_with_ends_where_a_period_or_place_begins(nlp):
    # "compared with placebo over a year": the comparator is placebo, not the year
    key = contexts(nlp, "The shot cut flare-ups by 72% compared with placebo over a year.")["72%"].measure_key
    assert "versus-placebo" in key.split() and "versus-year" not in key.split()


@pytest.mark.parametrize("text", [
    "Patients with SARS-CoV-2 infection made up 12% of admissions.",
    "In McAllen 2024 saw 340 cases.",
])
def test_a_virus_or_a_place_with_a_number_is_no_trial(nlp, text):
    assert all(c.trial == "" for c in contexts(nlp, text).values())


def test_a_scale_with_a_hyphened_number_is_still_no_trial(nlp):
    assert all(c.trial == "" for c in contexts(nlp, "Scores on the CAPS-5 fell by 12 points.").values())


def test_a_clause_name_is_a_name_of_the_whole_sentence(nlp):
    # the clause of "30,000" starts after "against", which makes RSV the measure's name, not the subject
    ctx = contexts(nlp, "Velora has said its shot showed 80% efficacy against RSV lower respiratory "
                        "tract disease in a trial of about 30,000 adults.")
    assert ctx["30,000"].subject == "velora"


def test_a_coordinated_clause_dates_its_own_event_not_the_approval_before_it(nlp):
    ctx = contexts(nlp, "Regulators approved the pill in March 2021, and the health body added it "
                        "to its list of essential medicines in May 2023.")
    assert ctx["March 2021"].measure_key.split()[0] == "approval"
    assert ctx["May 2023"].measure_key.split()[0] != "approval"


@pytest.mark.parametrize("text", [
    "The agency approved the inhaler in June 2022 and launched a review of it in 2024.",
    "The inhaler was approved in June 2022 and was launched in Canada a year later.",
])
def test_a_date_before_a_coordinated_verb_times_its_own_clauses_event(nlp, text):
    # the launch after "and" opens a clause with its own date; June 2022 is the approval's
    assert contexts(nlp, text)["June 2022"].measure_key.split()[0] == "approval"


def test_a_figure_takes_the_one_trial_of_its_clause_chain_when_its_sentence_names_two(nlp):
    ctx = contexts(nlp, "In CORAL 1, no patient on the drug relapsed; in CORAL 2, four of the 812 "
                        "patients on the drug did.")
    assert ctx["four"].trial == "CORAL 2"
    ctx = contexts(nlp, "Across CORAL 1 and CORAL 2, 1,620 patients took the drug.")
    assert ctx["1,620"].trial == "CORAL 1+CORAL 2"


def test_a_word_of_capitals_with_a_small_number_names_a_trial(nlp):
    ctx = contexts(nlp, "In BEACON 2, which enrolled older men, 14 of the 900 men on the drug fell ill.")
    assert ctx["14"].trial == "BEACON 2"
    assert "2" not in ctx  # the trial's number is its name, not a claim


def test_capitals_of_a_label_or_a_headline_name_no_trial(nlp):
    ctx = contexts(nlp, "TABLE 2 lists them. REGULATOR CLEARS 2 SHOTS. Overall, 40 sites took part.")
    assert ctx["40"].trial == ""
    assert "2" in ctx


def test_a_date_right_after_starting_is_when_something_takes_effect(nlp):
    ctx = contexts(nlp, "Regulators approved Glucora in May, and starting next year its maker will raise the price.")
    assert ctx["May"].measure_key.split()[0] == "approval"
    assert ctx["next year"].measure_key.split()[0] == "taking-effect"


@pytest.mark.parametrize("text,date,starts", [
    ("The fee cap has applied to all plans since March 2021.", "March 2021", True),
    ("Since May 2022, the clinics cannot charge more than $20 a visit.", "May 2022", True),
    ("It was the first death from the disease in the state since 2015.", "2015", False),
    ("Weekly case counts have fallen since April.", "April", False),
    ("The county has reported 505 cases since late January.", "late January", False),
])
def test_since_dates_when_a_state_began_not_a_records_baseline_or_a_tallys_window(nlp, text, date, starts):
    key = contexts(nlp, text)[date].measure_key.split()
    assert (key[:1] == ["taking-effect"]) is starts


def test_a_figure_takes_the_timepoint_of_its_own_clause(nlp):
    ctx = contexts(nlp, "The response rate was 41% at week 4 (p=0.01), and nearly half of the treated group "
                        "kept their improvement through month 6.")
    assert ctx["41%"].timepoint == "4 weeks"
    assert ctx["half"].timepoint == "6 months"


def test_a_window_through_a_duration_is_a_timepoint(nlp):
    ctx = contexts(nlp, "The shot prevented 80% of hospital stays and 58% of milder cases through three and a "
                        "half years.")
    assert ctx["80%"].timepoint == ctx["58%"].timepoint == "3.5 years"


def test_a_count_takes_no_timepoint_from_another_clause(nlp):
    ctx = contexts(nlp, "The main trial, which enrolled 2,310 children at 40 sites, cut infections by 70% "
                        "at six months.")
    assert ctx["70%"].timepoint == "6 months"
    assert ctx["2,310"].timepoint == ""


@pytest.mark.parametrize("text,date,event", [
    ("The transit levy begins in January 2027.", "January 2027", "taking-effect"),
    ("The cap covers every plan, starting on March 1, 2025.", "March 1, 2025", "taking-effect"),
    ("Lee, who won the race in 2022, said the levy would take effect in January 2026.", "2022", ""),
    ("Lee, who won the race in 2022, said the levy would take effect in January 2026.", "January 2026",
     "taking-effect"),
    ("In January 2023, the agency approved the drug.", "January 2023", "approval"),
    # a date after its own verb times that verb's action, not a later clause's event
    ("Under a deal announced last month, the state will buy a million doses, pending approval.",
     "last month", ""),
    ("It is likely to win approval, perhaps as early as next year.", "next year", "approval"),
    ("It plans to make the drug an approved medicine under the Food and Drug Administration (FDA) by 2027.",
     "2027", "approval"),
    # "approved" after a preposition describes a noun: no approval happened then
    ("In May 2022 the insurer limited payment to patients enrolled in approved studies.", "May 2022", ""),
])
def test_a_date_times_the_event_of_its_own_clause(nlp, text, date, event):
    key = contexts(nlp, text)[date].measure_key.split()
    assert (key[0] if key and key[0] in {"taking-effect", "approval"} else "") == event


def test_a_figure_whose_clause_names_nothing_takes_the_last_name_of_its_clause_chain(nlp):
    ctx = contexts(nlp, "Glucora's list price is now $66 a vial, down 76% from $275.")
    assert ctx["76%"].subject == "glucora"
    ctx = contexts(nlp, "A single Glucora dose is 93% effective, and two doses are 97% effective.")
    assert ctx["97%"].subject == ""


def test_an_opening_phrase_naming_an_arm_gives_it_to_the_figures_after_it(nlp):
    ctx = contexts(nlp, "For the high-dose arm, the response rate fell to 31% by month six.")
    assert ctx["31%"].arm == "intervention"
    ctx = contexts(nlp, "In the placebo group, 12% were still in remission.")
    assert ctx["12%"].arm == "control"


def test_a_change_word_before_punctuation_still_makes_since_a_baseline(nlp):
    key = contexts(nlp, "Enrollment fell, and the district has been smaller since 2019.")["2019"].measure_key.split()
    assert key[:1] != ["taking-effect"]


def test_a_figure_naming_nothing_takes_the_names_of_its_clause_chain_only(nlp):
    # the names after ", and" belong to another clause's subject
    text = ("Skin rash, or SRX, troubled about 12% of volunteers on the cream, and far more of those "
            "who also took Velbrin.\nOverall, about 30% of volunteers improved.\n")
    found = contexts(nlp, text)
    assert found["12%"].names == "srx"
    assert found["30%"].names == ""


def test_a_signing_date_times_an_enactment_not_a_nearby_event(nlp):
    text = ("The cap took effect in January under the new statute, which the governor signed last August. "
            "The cap took effect in January 2023.\n")
    keys = {q.text: ctx.measure_key.split()[:1] for _, q, ctx in claim_contexts(nlp(text))}
    assert keys["last August"] != ["taking-effect"]
    assert keys["January 2023"] == ["taking-effect"]


def test_signing_up_is_no_enactment(nlp):
    keys = {q.text: ctx.measure_key.split()[:1] for _, q, ctx in
            claim_contexts(nlp("Most of those people signed up in 2023.\n"))}
    assert keys["2023"] != ["enactment"]


def test_a_tally_after_a_vote_verb_was_cast_whatever_the_sentence_forecasts(nlp):
    text = "From May the plan will no longer pay for the drug, after its board voted 4-3 on Thursday.\n"
    found = contexts(nlp, text)
    assert found["4"].hedge_type == "" and found["3"].hedge_type == ""


def test_a_figures_group_dose_is_the_one_after_it_else_the_one_before(nlp):
    found = contexts(nlp, "The mean change was −12.0% (95% CI, −13.1 to −10.9) with 4 mg and −16.5% "
                          "(95% CI, −17.6 to −15.4) with 8 mg.\n")
    assert "dose-4mg" in found["−12.0%"].measure_key and "dose-8mg" not in found["−12.0%"].measure_key
    assert "dose-8mg" in found["−16.5%"].measure_key and "dose-4mg" not in found["−16.5%"].measure_key
    found = contexts(nlp, "Those on the highest dose, 8 mg, lost 16.5% of their weight.\n")
    assert "dose-8mg" in found["16.5%"].measure_key


@pytest.mark.parametrize("text", [
    "Headache was reported by 11.2%, 14.8% and 19.0% of the 2, 4 and 8 mg groups (placebo, 6.1%).\n",
    "Treatment was stopped by 11.2%, 14.8% and 19.0% of patients on 2, 4 and 8 mg, respectively, "
    "and by 6.1% of those on placebo.\n",
])
def test_a_list_of_figures_takes_a_following_list_of_doses_in_order(nlp, text):
    found = contexts(nlp, text)
    doses = {fig: [w for w in found[fig].measure_key.split() if w.startswith("dose-")]
             for fig in ("11.2%", "14.8%", "19.0%", "6.1%")}
    assert doses == {"11.2%": ["dose-2mg"], "14.8%": ["dose-4mg"], "19.0%": ["dose-8mg"], "6.1%": []}
    assert found["14.8%"].measure_key.split()[0] == found["11.2%"].measure_key.split()[0]


def test_a_dose_a_few_words_after_a_figure_names_its_group(nlp):
    found = contexts(nlp, "In the trial, 14.8% of people on the 4 mg dose reported headache.\n")
    assert "dose-4mg" in found["14.8%"].measure_key.split()


def test_a_price_for_a_dose_strength_is_that_strengths(nlp):
    found = contexts(nlp, "Vials sell at $399 a month for 2.5 mg and $549 for 5 mg.\n")
    assert "dose-2.5mg" in found["$399"].measure_key.split()
    assert "dose-5mg" in found["$549"].measure_key.split()
    found = contexts(nlp, "A month of the 2.5 mg strength cost $399 and the 5 mg strength $529.\n")
    assert [w for w in found["$399"].measure_key.split() if w.startswith("dose-")] == ["dose-2.5mg"]
    assert [w for w in found["$529"].measure_key.split() if w.startswith("dose-")] == ["dose-5mg"]
    # a dose of another clause of the sentence is no strength of the price
    found = contexts(nlp, "Each vial held 90 mg, the maker said, and the county spent $5 million.\n")
    assert not [w for w in found["$5 million"].measure_key.split() if w.startswith("dose-")]


@pytest.mark.parametrize("text, figure, subgroup", [
    ("Efficacy was 91.2% among participants with a chronic lung condition.\n", "91.2%", True),
    ("Efficacy was 90.1% in those aged 70 to 79 years.\n", "90.1%", True),
    ("Efficacy was 82.6% among adults 60 and older.\n", "82.6%", False),
])
def test_a_group_restricted_right_after_a_figure_is_a_subgroup(nlp, text, figure, subgroup):
    key = contexts(nlp, text)[figure].measure_key.split()
    assert any(w.startswith("among-") for w in key) == subgroup


def test_a_price_takes_no_trial_from_the_paragraphs_before(nlp):
    text = ("In the phase 3 VELOR-5 trial, 20.2% of weight was lost.\n\n"
            "Vials of the 5 mg strength cost $549 a month.\n")
    found = contexts(nlp, text)
    assert found["20.2%"].trial == "VELOR-5" and found["$549"].trial == ""
    assert found["$549"].phase == ""


@pytest.mark.parametrize("text,date,subject", [
    # a participle phrase after a comma is about the noun before the comma
    ("The maker already sells it as Veltrix, approved in May 2019 for adults whose SRX has spread.",
     "May 2019", "veltrix"),
    # ... also when that noun opens the sentence, where a capital alone marks no name
    ("Glucora, approved in March 2021, changed how clinics treat the disease.", "March 2021", "glucora"),
])
def test_a_participle_phrase_takes_the_name_it_follows(nlp, text, date, subject):
    ctx = contexts(nlp, text)[date]
    assert ctx.subject == subject
    assert subject in ctx.names.split()


@pytest.mark.parametrize("text,date,subject,not_named", [
    # a relative clause after a name is about that name, not the sentence's subject
    ("Halvex is Corvane's second approved product after Lumira, which the FDA cleared in 2019.",
     "2019", "lumira", "halvex"),
    # ... past a bracketed gloss, and only up to the clause's comma
    ("Halvex will cost less than Lumira (tovaprant), which regulators cleared in June 2022, and Velbrin.",
     "June 2022", "lumira", "velbrin"),
])
def test_a_relative_clause_takes_the_name_it_follows(nlp, text, date, subject, not_named):
    ctx = contexts(nlp, text)[date]
    assert ctx.subject == subject
    assert not_named not in ctx.names.split()


def test_a_sentence_adverb_before_a_participle_is_no_name(nlp):
    ctx = contexts(nlp, "Overall, treated patients improved by 30% in March 2021.")
    assert ctx["30%"].subject == ""


@pytest.mark.parametrize("text,parts,total", [
    ("In all, 640 patients were randomised: 427 to Velbrin and 213 to placebo.", ["427", "213"], "640"),
    ("Of 1,200 adults enrolled, 800 received the vaccine and 400 a placebo.", ["800", "400"], "1,200"),
])
def test_counts_that_add_up_to_a_total_of_their_sentence_count_its_parts(nlp, text, parts, total):
    found = contexts(nlp, text)
    assert all("group-part" in found[p].measure_key.split() for p in parts)
    assert "group-part" not in found[total].measure_key.split()


@pytest.mark.parametrize("text", [
    "The trial enrolled 300 adults and 150 children at 45 sites.",
    # counts of other things that happen to add up
    "The network has 75 clinics; 35 clinics opened this year and 40 patients enrolled.",
])
def test_counts_adding_up_to_nothing_stated_are_no_parts(nlp, text):
    found = contexts(nlp, text)
    assert not any("group-part" in ctx.measure_key.split() for ctx in found.values())


def test_a_qualifier_is_shared_with_a_contrasted_figure_not_with_the_next_clauses(nlp):
    text = ("One dose cut the risk of lung disease by 82%, with 7 cases against 40 on placebo, "
            "and lowered the risk of severe lung disease by 94%.")
    found = contexts(nlp, text)
    assert "severe" not in found["82%"].measure_key.split()
    assert "severe" in found["94%"].measure_key.split()
    found = contexts(nlp, "Survival was a median of 18.2 months, compared with 13.1 months on placebo.")
    assert "median" in found["13.1 months"].measure_key.split()


def test_a_survey_qualifies_its_own_sentence_only(nlp):
    text = ("One university survey found the virus in 38% of cartons.\n\n"
            "The company filled 4.8 million doses for the stockpile.\n")
    found = contexts(nlp, text)
    assert found["38%"].design == "survey" and found["4.8 million"].design == ""


def test_a_figure_reads_its_arm_past_the_bracket_of_its_statistics(nlp):
    text = ("Weight fell by a mean of 20.9% (95% CI, 19.9 to 21.8) with 15 mg, versus 3.1% "
            "(95% CI, 1.9 to 4.3) with placebo (P<0.001).")
    found = contexts(nlp, text)
    assert found["3.1%"].arm == "control"
    # a placebo group has no dose
    assert not any(w.startswith("dose-") for w in found["3.1%"].measure_key.split())


def test_only_a_count_of_doses_sessions_or_courses_is_a_regimen(nlp):
    found = contexts(nlp, "A single dose cut the risk of lung disease by 82%, with 7 cases against 40 on placebo.")
    tags = [w for w in found["82%"].measure_key.split() if w.startswith("dose-")]
    assert tags == ["dose-1-dose"]
    found = contexts(nlp, "Two sessions of therapy left 67% of patients in remission.")
    assert "dose-2-session" in found["67%"].measure_key.split()


def test_a_relative_clause_measures_what_it_follows(nlp):
    found = contexts(nlp, "The shot cut infections by 96% compared with background incidence (bHI), which was "
                          "2.4 per 100 person-years.")
    assert {"background", "incidence"} <= set(found["2.4 per 100"].measure_key.split())


def test_a_figure_opening_a_bracket_measures_the_group_before_it(nlp):
    found = contexts(nlp, "Infection occurred in 2 velbrimab recipients (0.10 per 100 person-years) and in 9 "
                          "placebo recipients (0.93 per 100 person-years).")
    assert {"velbrimab", "recipient"} <= set(found["0.10 per 100"].measure_key.split())


def test_a_figure_adjusted_for_placebo_is_no_placebo_figure(nlp):
    # "placebo-adjusted": the drug's effect over placebo, not the placebo arm's figure
    found = contexts(nlp, "The filing cites a 6.2% placebo-adjusted reduction in weight with the pill.")
    assert found["6.2%"].arm != "control"
    found = contexts(nlp, "Weight fell 2.1% in the placebo-treated patients.")
    assert found["2.1%"].arm == "control"


def test_a_placebo_adjusted_figure_is_measured_against_placebo(nlp):
    adjusted = contexts(nlp, "The filing cites a 6.2% placebo-adjusted reduction in weight.")["6.2%"]
    over = contexts(nlp, "The pill reduced weight by 6.2% more than placebo.")["6.2%"]
    assert "versus-placebo" in adjusted.measure_key.split() and "versus-placebo" in over.measure_key.split()
    assert "adjusted" not in adjusted.measure_key.split()


def test_a_bracket_right_after_a_figure_names_its_own_group(nlp):
    # "39% (1 mg), 40% (2 mg) and 19% (placebo)": each label is its figure's, not the next one's
    found = contexts(nlp, "Pain eased in 31% (4 mg), 36% (8 mg) and 14% (placebo) of the patients.")
    assert "dose-4mg" in found["31%"].measure_key.split()
    assert "dose-8mg" in found["36%"].measure_key.split()
    assert "dose-4mg" not in found["36%"].measure_key.split()
    assert found["14%"].arm == "control" and "dose-8mg" not in found["14%"].measure_key.split()


def test_a_figure_set_off_by_commas_measures_the_noun_phrase_before_it(nlp):
    found = contexts(nlp, "The weekly admission rate for older adults, 31.4 per 100,000 residents, was the "
                          "highest in a decade.")
    assert {"weekly", "admission", "rate"} <= set(found["31.4 per 100,000"].measure_key.split())
    found = contexts(nlp, "The firm said its smallest pen, 4 mg, would cost less.")
    assert {"smallest", "pen"} <= set(found["4 mg"].measure_key.split())


def test_an_opening_phrase_before_a_comma_is_no_measure(nlp):
    # "According to the survey, 38% ...": the phrase is where the figure comes from
    found = contexts(nlp, "According to the annual survey, 38%, a record, said they had tried it.")
    assert "survey" not in found["38%"].measure_key.split()
    found = contexts(nlp, "In the second cohort, 27%, or about one in four, relapsed.")
    assert "cohort" not in found["27%"].measure_key.split()


def test_a_figure_after_an_appositive_is_about_the_name_it_describes(nlp):
    ctx = contexts(nlp, "Glucora, the gene therapy from Medexa Biotech and Orvell Therapeutics, lists at $2.2 million.")
    assert ctx["$2.2 million"].subject == "glucora"
    assert "glucora" in ctx["$2.2 million"].names.split()


@pytest.mark.parametrize("text", [
    "Orvexa (velitamab), which targets one receptor, was approved in Canada in March 2023.",
    "Orvexa, which targets one receptor, was approved in Canada in March 2023. Doctors say Orvexa works.",
])
def test_a_figure_after_a_relative_clause_is_about_the_name_the_sentence_opens_with(nlp, text):
    ctx = contexts(nlp, text)["March 2023"]
    assert ctx.subject == "orvexa" and "orvexa" in ctx.names.split()


def test_a_common_word_before_a_relative_clause_is_no_name(nlp):
    # "Regulators" opens the sentence and is capitalized nowhere else: no name
    ctx = contexts(nlp, "Regulators, who met for two days, approved the drug in March 2023.")["March 2023"]
    assert "regulators" not in ctx.names.split()


def test_a_sentence_opening_with_it_is_about_the_previous_sentences_subject(nlp):
    text = "Glucora (Medexa) was first, approved in May 2023. It lists at $295 a dose.\n"
    ctx = contexts(nlp, text)["$295"]
    assert ctx.subject == "glucora" and "glucora" in ctx.names.split()
    # not across a paragraph
    ctx = contexts(nlp, "Glucora (Medexa) was first, approved in May 2023.\n\nIt lists at $295 a dose.\n")["$295"]
    assert ctx.subject == ""
    # a common word opening the sentence before is no name: "Cost has slowed ..."
    ctx = contexts(nlp, "Cost has slowed some clinics. The shot lists at $495 a dose.\n")["$495"]
    assert ctx.subject == ""
    # a word the article names elsewhere is, though it opens the sentence
    ctx = contexts(nlp, "Doctors like Velora. Velora has slowed some clinics. The shot lists at $495 a dose.\n")
    assert ctx["$495"].subject == "velora"



@pytest.mark.parametrize("text", [
    "Medexa Inc. sells Glucora through pharmacies. The list price is $1,900 per course.\n",
    "DENVER -- Medexa sells Glucora through pharmacies. This price is $1,900 per course.\n",
])
def test_a_sentence_naming_nothing_is_about_the_names_of_the_sentence_before(nlp, text):
    ctx = contexts(nlp, text)["$1,900"]
    assert ctx.subject == "medexa" and {"medexa", "glucora"} <= set(ctx.names.split())
    assert "denver" not in ctx.names.split()


@pytest.mark.parametrize("text, figure, tag", [
    ("The maker sells Orvex at $2,100 for a ten-day course.\n", "$2,100", "per-course"),
    ("The list price is $85 for one vial of Orvex.\n", "$85", "per-vial"),
    ("Orvex costs $640 for each 28-day pack.\n", "$640", "per-pack"),
    ("Orvex costs $640 per pack.\n", "$640", "per-pack"),
    # an injection, a shot, an infusion: one dose by another name
    ("The list price of Orvex is $9,100 per injection.\n", "$9,100", "per-dose"),
    ("The clinic charges $120 a shot of Orvex.\n", "$120", "per-dose"),
    ("The county paid $5 million for the new clinic.\n", "$5 million", None),
    # a kid is a child; a head, a capita, a resident a person
    ("The credit rises to $2,500 per kid.\n", "$2,500", "per-child"),
    ("The state spends $900 per capita on care.\n", "$900", "per-person"),
])
def test_what_a_price_is_for_is_its_unit(nlp, text, figure, tag):
    key = contexts(nlp, text)[figure].measure_key.split()
    per = [w for w in key if w.startswith("per-")]
    assert per == ([tag] if tag else [])


def test_a_things_name_is_a_figures_subject_before_a_places(nlp):
    ctx = contexts(nlp, "Medexa said Glucora would carry a U.S. list price of $2.2 million.\n")["$2.2 million"]
    assert ctx.subject == "glucora" and "us" in ctx.names.split()
    ctx = contexts(nlp, "Prices in the U.S. rose 20% last year.\n")["20%"]
    assert ctx.subject == "us"


def test_study_sizes_of_alternatives_are_arm_sizes(nlp):
    found = contexts(nlp, "Adults were randomized to Velbrin 10 mg every 2 weeks (N = 898) or placebo (N = 897).\n")
    assert "group-part" in found["898"].measure_key.split()
    assert "group-part" in found["897"].measure_key.split()
    found = contexts(nlp, "The trial (N = 1,795) was run at 235 sites (n = 40 in Japan).\n")
    assert "group-part" not in found["1,795"].measure_key.split()


def test_a_clause_naming_nothing_but_it_is_about_the_clause_before(nlp):
    ctx = contexts(nlp, "Medicare spent $14 billion on Glucora last year, and 2.3 million enrollees used it.\n")
    assert ctx["2.3 million"].subject == "glucora"
    # a clause naming nothing without the pronoun stays unnamed
    ctx = contexts(nlp, "Medicare spent $14.4 billion on Glucora last year, and nearly 2.3 million enrollees joined.\n")
    assert ctx["2.3 million"].subject == ""


def test_a_hyphenated_name_is_one_name_of_its_clause(nlp):
    # the tokenizer splits "Velo-DX" at its hyphen; the sentence's names keep it whole
    ctx = contexts(nlp, "On Monday, Japan's regulator cleared Velo-DX, a one-shot vaccine.\n")["Monday"]
    assert ctx.subject == "velo-dx"
    ctx = contexts(nlp, "Sales of Quorin-XR reached $40 million in 2024.\n")["$40 million"]
    assert ctx.subject == "quorin-xr"


def test_an_interval_and_a_bracketed_share_take_the_measure_of_the_figure_before(nlp):
    found = contexts(nlp, "Rash led to withdrawal in 1388 participants (15.1%) on the drug.\n"
                          "Relapse had a hazard ratio of 0.76 (95% CI, 0.61 to 0.93) against placebo.\n")
    assert found["15.1%"].measure_key == found["1388"].measure_key != ""
    assert set(found["0.61 to 0.93"].measure_key.split()) >= {"relapse", "hazard"}
    # "n (%)": the share in brackets after a bare count is of that count's arm
    found = contexts(nlp, "Rash led to withdrawal in 1388 participants (15.1%) on the drug "
                          "and 402 (4.4%) on placebo.\n")
    assert found["4.4%"].arm == found["402"].arm == "control"


def test_a_records_baseline_times_no_event_of_its_sentence(nlp):
    from claimcheck import rules
    ctx = contexts(nlp, "The board's decision comes in the worst flood year since 1993.\n")["1993"]
    assert not set(ctx.measure_key.split()[:1]) & rules.DATE_EVENT_KEYS
    ctx = contexts(nlp, "The board's decision came in March 2024.\n")["March 2024"]
    assert ctx.measure_key.split()[0] == "decision"


@pytest.mark.parametrize("text", [
    "In the 2022 survey, 7.1% of men and 9.4% of women reported a diagnosed nut allergy.",
    "By spring, 41% of teenagers and 36% of adults had received the booster.",
])
def test_coordinated_shares_of_two_groups_share_what_follows_the_second(nlp, text):
    # "X% of men and Y% of women reported ...": what the second figure is said to
    # measure is the first one's too, each for its own group (a subgroup tag)
    first, second = [c for _, q, c in claim_contexts(nlp(text)) if q.kind == "percent"]
    measured = {w for w in second.measure_key.split() if not w.startswith("among-")}
    assert measured and measured <= set(first.measure_key.split())
    tags = [{w for w in c.measure_key.split() if w.startswith("among-")} for c in (first, second)]
    assert len(tags[0]) == len(tags[1]) == 1 and tags[0] != tags[1]


def test_a_share_with_its_own_measure_keeps_it_before_another(nlp):
    first, second = [c for _, q, c in claim_contexts(nlp("Mortality was 3% in men, and 52% of women were vaccinated."))
                     if q.kind == "percent"]
    assert "vaccinat" not in first.measure_key.split()


def test_a_figure_alone_in_brackets_is_measured_by_the_words_before_them(nlp):
    ctx = contexts(nlp, "Regulators cleared velbrimab plus chemotherapy (April 2021) and torvalizumab "
                        "plus chemotherapy (November 2023) for stomach cancer.")
    assert "torvalizumab" not in ctx["April 2021"].names.split()
    assert ctx["April 2021"].measure_key.split()[0] == "approval"


@pytest.mark.parametrize("text,figure,peer", [
    ("The drug cut the rate of severe flare-ups by 31% in the NORTH study and by 38% in the SOUTH study.",
     "38%", "31%"),
    ("The inhaler brought in $12.5 million in 2023, its first year on sale, and $20.4 million in the first quarter.",
     "$20.4 million", "$12.5 million"),
])
def test_a_figure_naming_nothing_coordinated_with_one_of_its_kind_measures_what_that_one_does(
        nlp, text, figure, peer):
    found = contexts(nlp, text)
    assert found[peer].measure_key
    assert set(found[peer].measure_key.split()) <= set(found[figure].measure_key.split())


def test_a_figure_with_words_of_its_own_keeps_them_in_a_coordination(nlp):
    found = contexts(nlp, "About 12% of the clinics closed and 40% of them cut their hours.")
    assert "clos" not in found["40%"].measure_key.split()


@pytest.mark.parametrize("comparator", ["chemotherapy", "standard care"])
def test_a_figure_naming_only_a_comparator_treatment_is_that_arms_value_of_its_peers_measure(nlp, comparator):
    found = contexts(nlp, f"About 41% saw their tumours shrink on the new drug, versus 19% with {comparator}.")
    assert found["19%"].arm == "control"
    assert {"shrink", "tumour"} <= set(found["19%"].measure_key.split()) or \
        {"shrink", "tumor"} <= set(found["19%"].measure_key.split())


@pytest.mark.parametrize("text,drug_figure,comparator_figure", [
    ("Median survival was 21.4 months with Velora and 17.2 months with chemotherapy.", "21.4 months", "17.2 months"),
    ("Median survival was 21.4 months on velorimab plus chemotherapy and 17.2 months on chemotherapy alone.",
     "21.4 months", "17.2 months"),
])
def test_two_coordinated_figures_told_apart_only_by_the_comparators_treatment_are_two_arms(
        nlp, text, drug_figure, comparator_figure):
    found = contexts(nlp, text)
    assert (found[drug_figure].arm, found[comparator_figure].arm) == ("intervention", "control")


def test_two_coordinated_figures_of_two_drugs_are_no_arms(nlp):
    found = contexts(nlp, "Median survival was 21.4 months with Velora and 17.2 months with Kestra.")
    assert (found["21.4 months"].arm, found["17.2 months"].arm) == ("", "")


def test_a_change_that_names_nothing_is_no_change_of_a_duration(nlp):
    rows = extract_rows(nlp, "Flare-ups fell by 36% in the first study and by 43% in the second, a 48-week trial.")
    change = next(r for r in rows if r["text"] == "43%")
    assert rules.STUDY_LENGTH_KEY not in change["measure_key"]


@pytest.mark.parametrize("text,length", [
    ("The approval rests on a 24-week phase 3 trial in 1,200 adults.", True),
    ("Patients in the study took the drug or a placebo for 52 weeks.", True),
    ("The two trials, which lasted 26 weeks, enrolled 900 people.", True),
    ("Patients were seen 12 weeks into the trial.", False),
    ("The drug is given as two injections 26 weeks apart.", False),
    ("Side effects faded within two weeks in the trial.", False),
    ("Boys were assigned to the drug or matching placebo twice a day for 72 weeks.", True),
    ("The trial enrolled 118 boys and followed them for 18 months.", True),
    ("In the study, patients were followed for a median of 14 months.", False),
    # the trial's name between the length and the study's noun
    ("The approval rests on the 40-week HARBOR study in 600 adults.", True),
    ("Its case rests on the 52-week KESTREL-2 trial.", True),
    ("The 12-week Orion extension study ended early.", False),
    # participants are a study's, and stand for its noun; patients may be a clinic's
    ("Participants were treated for up to 40 months.", True),
    ("Patients were treated for 12 weeks at home.", False),
])
def test_how_long_a_study_ran_is_its_length(nlp, text, length):
    row = next(r for r in extract_rows(nlp, text) if r["kind"] == "duration")
    assert (rules.STUDY_LENGTH_KEY in row["measure_key"].split()) is length


def test_a_level_above_or_below_target_is_no_forecast(nlp):
    found = contexts(nlp, "The trial randomized 769 adults whose blood pressure stayed above target on two drugs.")
    assert found["769"].hedge_type == ""
    found = contexts(nlp, "The agency's target is 25,000 new clinics by 2030.")
    assert found["25,000"].hedge_type == "forecast"


def test_a_date_that_bounds_a_period_times_no_event_of_its_sentence(nlp):
    keys = {q.text: ctx.measure_key.split()[:1] for _, q, ctx in claim_contexts(nlp(
        "The bill, which cleared the Senate in July, covers every baby born through 2029.\n"
        "The governor signed a law in May that bars the dye from snacks from January 1, 2028.\n"))}
    assert keys["July"] == ["approval"] and keys["2029"] != ["approval"]
    assert keys["May"] == ["enactment"] and keys["January 1, 2028"] != ["enactment"]
