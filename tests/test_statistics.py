"""Statistical notation, signed figures and vote tallies, on sentences written for these tests."""

import pytest


def read(extract, text):
    return [(q.text, q.low, q.high, q.statistic) for q in extract(text)]


@pytest.mark.parametrize("text,expected", [
    ("Of the 3,100 invited, n=241 returned the form.", [("3,100", 3100, 3100, "estimate"),
                                                        ("241", 241, 241, "sample_size")]),
    ("The cohort (N = 612) was followed for a year.", [("612", 612, 612, "sample_size"),
                                                       ("a year", 1, 1, "estimate")]),
    ("Arms of n = 150 and n = 151 were compared.", [("150", 150, 150, "sample_size"),
                                                    ("151", 151, 151, "sample_size")]),
    ("The gap was significant (p<0.001).", [("0.001", 0.001, 0.001, "p_value")]),
    ("It was not significant (P = 0.42).", [("0.42", 0.42, 0.42, "p_value")]),
    ("Readmissions were lower (HR 0.61).", [("0.61", 0.61, 0.61, "hazard_ratio")]),
    ("Smokers had an odds ratio of 2.4 for the outcome.", [("2.4", 2.4, 2.4, "odds_ratio")]),
    # a bound word between the phrase and its figure, or the phrase's endpoint before "was"
    ("Among twins the hazard ratio was only 1.07.", [("1.07", 1.07, 1.07, "hazard_ratio")]),
    ("The odds ratio for asthma was 1.31 in the cohort.", [("1.31", 1.31, 1.31, "odds_ratio")]),
    # an interquartile range spreads its median: no estimate, no interval of one
    ("Patients stayed a median of 5 days (IQR, 3 to 9).", [("5 days", 5, 5, "estimate"),
                                                            ("3 to 9", 3, 9, "iqr")]),
])
def test_notation_gives_the_statistic(extract, text, expected):
    assert read(extract, text) == [(t, pytest.approx(lo), pytest.approx(hi), s) for t, lo, hi, s in expected]


def test_an_interval_is_one_range_claim_and_its_level_no_claim(extract):
    qs = read(extract, "Scores changed by −0.52 (95% CI, −0.80 to −0.24) over the year.")
    assert qs == [("−0.52", -0.52, -0.52, "estimate"), ("−0.80 to −0.24", -0.80, -0.24, "ci")]


@pytest.mark.parametrize("text,value", [
    ("The mean fell by − 12.6 points.", -12.6),  # U+2212 set apart by a space
    ("The shift was (−3.1) on the scale.", -3.1),
    ("The shift was +0.44 on the scale.", 0.44),
])
def test_signed_figures_keep_their_sign(extract, text, value):
    assert [q.low for q in extract(text)] == [pytest.approx(value)]


def test_a_spaced_dash_between_figures_is_no_sign(extract):
    assert [q.low for q in extract("Scores of 12 − 4 were seen.")][:1] == [12]


@pytest.mark.parametrize("text,votes", [
    ("The board voted 7-2 to approve the levy.", [("7", "tally_for"), ("2", "tally_against")]),
    ("The advisers voted eleven to one in favour.", [("eleven", "tally_for"), ("one", "tally_against")]),
    ("The bill passed the chamber 49-48.", [("49", "tally_for"), ("48", "tally_against")]),
    ("Members backed it unanimously, 9-0.", [("9", "tally_for"), ("0", "tally_against")]),
    # a tied vote is "split" or "deadlocked"
    ("The board split 6-6 on the levy.", [("6", "tally_for"), ("6", "tally_against")]),
    ("The advisers deadlocked seven to seven over the plan.", [("seven", "tally_for"), ("seven", "tally_against")]),
    ("The council voted six in favor and four against.", [("six", "tally_for"), ("four", "tally_against")]),
    ("The board had 7 yes votes to 3 no votes.", [("7", "tally_for"), ("3", "tally_against")]),
    ("The measure passed by twelve votes to five.", [("twelve", "tally_for"), ("five", "tally_against")]),
    # "votes" between the counts names a tally however far its verb
    ("The assembly passed the long-debated measure at its final stage by 212 votes to 198.",
     [("212", "tally_for"), ("198", "tally_against")]),
    # a tally said to be against counts its larger side against
    ("The advisers voted 8-2 against the drug.", [("8", "tally_against"), ("2", "tally_for")]),
    ("Reviewers voted nine to one against approval.", [("nine", "tally_against"), ("one", "tally_for")]),
    # ... and so is each of two tallies "against" follows ("voted 5-3 and 7-1 against the two plans")
    ("The board voted 5-3 and 7-1 against both plans.",
     [("5", "tally_against"), ("3", "tally_for"), ("7", "tally_against"), ("1", "tally_for")]),
    # right after "voted", the count for comes first however small
    ("The panel voted 2 to 9 on whether the data showed a benefit.", [("2", "tally_for"), ("9", "tally_against")]),
    # a motion put in the negative: its larger side voted no on the question
    ("The committee voted 7-3 that the evidence did not show a benefit.",
     [("7", "tally_against"), ("3", "tally_for")]),
    ("Advisers voted eight to one that the risks weren't outweighed by the benefits.",
     [("eight", "tally_against"), ("one", "tally_for")]),
])
def test_a_vote_tally_is_two_counts_of_votes(extract, text, votes):
    qs = extract(text)
    assert [(q.text, q.statistic) for q in qs] == votes
    assert all(q.unit == "votes" and q.kind == "count" for q in qs)


@pytest.mark.parametrize("text,votes", [
    # a list of one panel's answers, each after a comma: every one is a tally
    ("The advisers voted 9-2 that the shot works, 6-5 that it is safe enough, and 8-3 that it should be sold.",
     [("9", "tally_for"), ("2", "tally_against"), ("6", "tally_for"), ("5", "tally_against"),
      ("8", "tally_for"), ("3", "tally_against")]),
    # a bill clearing a chamber by its votes
    ("The measure cleared the state House 61-38 in March.", [("61", "tally_for"), ("38", "tally_against")]),
    # a margin of votes
    ("The board put off the question by a 6-4 margin.", [("6", "tally_for"), ("4", "tally_against")]),
])
def test_a_tally_in_a_list_of_answers_or_of_a_chamber(extract, text, votes):
    assert [(q.text, q.statistic) for q in extract(text) if q.unit == "votes"] == votes


@pytest.mark.parametrize("text,votes", [
    ("The assembly backed the motion with 97 in favour, none against and 6 abstentions.",
     [("97", "tally_for"), ("none", "tally_against")]),
    ("The council passed the levy by 14 votes to none.", [("14", "tally_for"), ("none", "tally_against")]),
])
def test_none_is_a_side_no_one_voted_for(extract, text, votes):
    found = [(q.text, q.statistic, q.low) for q in extract(text) if q.unit == "votes"]
    assert found[:2] == [(t, s, 0 if t == "none" else int(t)) for t, s in votes]


@pytest.mark.parametrize("text,votes", [
    # the motion's words may be hyphened and many before its "not"
    ("Members voted 5-3 that the benefit-risk of the drug combined with two older medicines was not favorable.",
     [("5", "tally_against"), ("3", "tally_for")]),
    # "voted against ..., 5-3": the larger side is against
    ("The panel voted against both plans, 5-3 and 7-1.",
     [("5", "tally_against"), ("3", "tally_for"), ("7", "tally_against"), ("1", "tally_for")]),
])
def test_a_tally_said_against_before_or_far_after_it(extract, text, votes):
    assert [(q.text, q.statistic) for q in extract(text) if q.unit == "votes"] == votes


def test_a_negative_motion_is_read_past_the_votes_date(extract):
    qs = extract("The committee voted 7-3 on Friday that the evidence did not show a benefit.")
    assert [(q.text, q.statistic) for q in qs if q.unit == "votes"] == [("7", "tally_against"), ("3", "tally_for")]


@pytest.mark.parametrize("text", [
    "The committee voted 7-3, with one abstention, that the evidence did not show a benefit.",
    "The committee voted 7-3, with two members abstaining, that the evidence did not show a benefit.",
])
def test_a_negative_motion_is_read_past_the_abstentions(extract, text):
    qs = extract(text)
    assert [(q.text, q.statistic) for q in qs if q.unit == "votes"][:2] == [("7", "tally_against"),
                                                                             ("3", "tally_for")]


@pytest.mark.parametrize("text", [
    "The appeals court agreed, 8-3, that the fees were unlawful.",
    "The full court affirmed the decision 7-4 in August.",
    "The justices upheld the ban 6-3.",
    "The measure failed 49-49 in the upper chamber.",
    "The state supreme court overturned the verdict 5-2.",
])
def test_a_court_or_a_chambers_verb_names_a_tally(extract, text):
    assert [q.statistic for q in extract(text) if q.statistic.startswith("tally_")] == ["tally_for", "tally_against"]


@pytest.mark.parametrize("text, tally", [
    ("The board split 7-5 on the merger.", True),
    ("The vote was a 7-5 split.", True),
    ("The bill passed the Senate fifty-one to fifty: the chamber had split evenly.", True),
    # what partners split is shared, not voted on
    ("Since then the two firms have split costs and profits 50-50.", False),
    ("The brothers split the estate 60-40 after the sale.", False),
])
def test_a_split_is_a_vote_only_beside_its_tally(extract, text, tally):
    assert any(q.statistic.startswith("tally_") for q in extract(text)) is tally


@pytest.mark.parametrize("text, votes", [
    ("The county board approved the amended version 9-2 in June.", [("9", "tally_for"), ("2", "tally_against")]),
    ("The House passed the final version 301-118 on Friday.", [("301", "tally_for"), ("118", "tally_against")]),
    ("The justices upheld the Act 7-2 after a year.", [("7", "tally_for"), ("2", "tally_against")]),
])
def test_a_tally_after_a_labelled_word_is_no_label(extract, text, votes):
    assert [(q.text, q.statistic) for q in extract(text) if q.statistic.startswith("tally_")] == votes


def test_a_labelled_range_near_a_vote_stays_a_label(extract):
    assert [q.text for q in extract("The panel approved the phase 2-3 design.")] == []


@pytest.mark.parametrize("text, votes", [
    ("Advisers backed safety 9-4 but split 6-7 on whether it works.",
     [("9", "tally_for"), ("4", "tally_against"), ("6", "tally_for"), ("7", "tally_against")]),
    ("Asked whether the data supported approval, the motion failed 4-7.",
     [("4", "tally_for"), ("7", "tally_against")]),
])
def test_a_split_or_failed_vote_may_give_fewer_votes_first(extract, text, votes):
    assert [(q.text, q.statistic) for q in extract(text) if q.statistic.startswith("tally_")] == votes


def test_a_count_of_voters_naming_its_side_is_that_sides_tally(extract):
    qs = extract("Nine trustees voted in favor of the levy, while one trustee voted against it.")
    assert [(q.text, q.statistic, q.unit) for q in qs] == [("Nine", "tally_for", "votes"),
                                                          ("one", "tally_against", "votes")]
    # a side's count of the voters just named needs no noun of its own
    qs = extract("Five trustees voted no and three voted yes.")
    assert [(q.text, q.statistic) for q in qs] == [("Five", "tally_against"), ("three", "tally_for")]
    # a total of voters is no side's count; the part of them that voted one way is
    qs = extract("Nine of the 12 trustees voted in favor of the levy.")
    assert [(q.text, q.statistic) for q in qs] == [("Nine", "tally_for"), ("12", "estimate")]


def test_a_count_joined_to_the_votes_for_and_naming_only_against_is_the_votes_against(extract):
    qs = extract("Eleven trustees voted in favour of the levy, and three against.")
    assert [(q.text, q.statistic, q.unit) for q in qs] == [("Eleven", "tally_for", "votes"),
                                                          ("three", "tally_against", "votes")]
    # not across a sentence, nor a count that names no side
    qs = extract("Eleven trustees voted in favour of the levy. Three residents spoke against it.")
    assert [(q.text, q.statistic) for q in qs][1] == ("Three", "estimate")
    qs = extract("Eleven trustees voted in favour of the levy and three abstained from the debate on roads.")
    assert [(q.text, q.statistic) for q in qs][1] != ("three", "tally_against")


def test_all_voters_of_a_unanimous_vote_are_its_votes_for(extract):
    qs = extract("The advisers voted unanimously, with all 11 members agreeing that the drug works.")
    assert [(q.text, q.statistic, q.unit) for q in qs] == [("11", "tally_for", "votes")]
    # all the members of a body, with no unanimous vote, are no votes
    qs = extract("All 11 members of the committee attended the meeting.")
    assert all(q.statistic == "estimate" for q in qs)


def test_an_abstention_is_a_tally(extract):
    qs = [q for q in extract("The panel voted 6-3, with one abstention.") if q.statistic == "tally_abstain"]
    assert [(q.text, q.low, q.unit) for q in qs] == [("one", 1, "votes")]
    qs = [q for q in extract("The panel voted 6-3, and two members abstained.") if q.statistic == "tally_abstain"]
    assert [(q.text, q.low, q.unit) for q in qs] == [("two", 2, "votes")]
    qs = [q for q in extract("The panel voted 6-3, with two members abstaining.") if q.statistic == "tally_abstain"]
    assert [(q.text, q.low, q.unit) for q in qs] == [("two", 2, "votes")]


@pytest.mark.parametrize("text,votes", [
    # a body that votes, named just before the pair, makes it its tally whatever the verb
    ("The Senate Finance Committee sent the measure forward 15-12 in May.",
     [("15", "tally_for"), ("12", "tally_against")]),
    ("The justices said yes, 6-3, in a short order.", [("6", "tally_for"), ("3", "tally_against")]),
    ("It squeaked through the state Senate 26-25 after midnight.", [("26", "tally_for"), ("25", "tally_against")]),
])
def test_a_pair_after_the_body_that_voted_is_its_tally(extract, text, votes):
    assert [(q.text, q.statistic) for q in extract(text) if q.unit == "votes"] == votes


@pytest.mark.parametrize("text", [
    "The committee's report covers the 2024-25 season.",
    "The board serves children aged 12-17 in three counties.",
    "The council's youth team lost the final 2-1 on penalties.",
])
def test_a_pair_near_a_voting_body_that_is_no_vote(extract, text):
    assert all(q.unit != "votes" for q in extract(text))


def test_a_score_without_a_vote_is_not_a_tally(extract):
    assert all(q.statistic == "estimate" for q in extract("The home side won the match 3-1 on Sunday."))
    assert all(q.statistic == "estimate" for q in extract("Prices rose for 3 months and 2 weeks against the trend."))


def test_statistic_is_a_claims_column_after_kind(tmp_path):
    from claimcheck.api import scan
    from claimcheck.claims import CLAIM_COLUMNS
    assert CLAIM_COLUMNS[CLAIM_COLUMNS.index("kind") + 1] == "statistic"
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The committee voted 8-3. The trial enrolled participants (n=420).\n",
                                  encoding="utf-8")
    claims = scan(corpus).claims
    assert list(claims["statistic"]) == ["tally_for", "tally_against", "sample_size"]


@pytest.mark.parametrize("text,kind,unit", [
    # an interval is of the estimate it follows: "0.61 to 0.93" bounds a hazard ratio
    ("The hazard ratio was 0.76 (95% CI, 0.61 to 0.93).\n", "ratio", "HR"),
    ("Protection reached 71.2% (95% CI 52.4 to 83.0) in the first year.\n", "percent", "%"),
])
def test_an_interval_without_a_unit_takes_its_estimates(extract, text, kind, unit):
    interval = next(q for q in extract(text) if q.statistic == "ci")
    assert (interval.kind, interval.unit) == (kind, unit)


@pytest.mark.parametrize("text,low,high", [
    # bounds written as the estimate's figure is are in its magnitude
    ("The fund's value was $6.12 billion (95% CI 5.40-6.95) at the end.", 5.40e9, 6.95e9),
    ("A median loss of $11.2 million (95% CI, 4.1 to 26.0) was seen.", 4.1e6, 26.0e6),
    # bounds that name their own magnitude, or do not hold the written figure, keep their value
    ("About 3.4 million people (95% CI 3.1 to 3.8 million) were affected.", 3.1e6, 3.8e6),
    ("The index rose to 3.4 million (95% CI 0.2 to 0.9), a ratio of rates.", 0.2, 0.9),
])
def test_an_interval_without_a_magnitude_takes_its_estimates(extract, text, low, high):
    interval = next(q for q in extract(text) if q.statistic == "ci")
    assert (interval.low, interval.high) == pytest.approx((low, high))


@pytest.mark.parametrize("text", [
    "Asked whether the trial showed a benefit, seven members said no, one said yes and three were uncertain.",
    "Asked whether the trial showed a benefit, seven said no, one said yes and three were uncertain.",
])
def test_a_panel_that_said_yes_no_or_uncertain_is_a_tally(extract, text):
    # an advisory panel's questions are answered yes, no or uncertain
    found = [(q.text.split()[0], q.statistic) for q in extract(text)]
    assert found == [("seven", "tally_against"), ("one", "tally_for"), ("three", "tally_abstain")]


def test_a_ratio_phrase_naming_its_endpoint_before_the_figure_marks_it(extract):
    text = "Survival favoured the early group (hazard ratio for death or hospital stay, 0.41), with wide intervals.\n"
    found = [(q.text, q.kind, q.statistic) for q in extract(text)]
    assert found == [("0.41", "ratio", "hazard_ratio")]


@pytest.mark.parametrize("text,figure,value", [
    ("Volunteers were randomly assigned 2:1 to the vaccine or a saline shot.", "2:1", 2),
    ("The 412 adults were randomised in a 1:1:1 ratio to two doses or placebo.", "1:1:1", 1),
    ("Allocation was 3:2 in favour of the new regimen.", "3:2", 1.5),
    # spaced colons make one ratio, not two figures
    ("Children were randomized 2 : 1 to the drug or placebo.", "2 : 1", 2),
    # a lower-case word after it is no clock's time zone
    ("Patients were randomized 2:1 at 40 hospitals.", "2:1", 2),
    # parts joined by "to", right after the allocating word or before "ratio"
    ("Smokers were randomly assigned two-to-one to the tablets or dummy pills.", "two-to-one", 2),
    ("Infants were allocated in a three to one ratio to the shot or no shot.", "three to one", 3),
])
def test_an_allocation_ratio_is_one_ratio_claim(extract, text, figure, value):
    found = extract(text)
    q = next(q for q in found if q.statistic == "allocation")
    assert (q.text, q.kind, q.low, q.high) == (figure, "ratio", pytest.approx(value), pytest.approx(value))
    assert not [x for x in found if x is not q and q.start_char <= x.start_char < q.end_char]


@pytest.mark.parametrize("text", [
    "The briefing began at 10:30 a.m. and the vote followed at 2:15.",  # clock times
    "Kickoff was at 7:30 and the home side won 3:1.",  # no sentence of allocating
    "Randomization opened at 9:30 a.m. and closed at 14:00 GMT.",  # clock times where people are allocated
    # "to" between two counts far from the allocating word is a tally or a range
    "After randomization, the panel voted two to one that the trial should go on.",
])
def test_colon_figures_outside_an_allocation_are_no_ratio(extract, text):
    assert not [q for q in extract(text) if q.statistic == "allocation"]
