// Second fresh held-out gold for `npm run eval:suggestions`, written 2026-12-03 while the
// suggesters were being tuned elsewhere: four new reports (a central-bank rate cut, a football
// transfer, a mayoral election, a health study; invented events and people, in wire, sports-page,
// local-paper and health-site styles), annotated by hand from the text and the conventions below
// only, without running or reading any suggester or its output. Nobody tuning a suggester may
// read this file; its scores are reported, never used to change rules.
// Conventions are held-out.ts's and fresh.ts's, restated here:
// - a date span is the expression without a leading "on"/"in"; a possessive date ("Tuesday's
//   vote") is the date word alone; "today" is a date;
// - a range is one date span from its first end to its last, without "from"/"between", and its
//   value is an ISO 8601 interval "start/end" ("Nov. 12 to 14" → 2025-11-12/2025-11-14);
// - "a week later", "the same day", "the previous year", a bare month: resolved from the date
//   the text ties them to, else from the publication date; "early next year", "mid-2025",
//   "next summer" are the year;
// - a direct quote is the text inside the marks without a trailing comma; a fragment in
//   quotation marks (a scare quote) is a direct quote of the person it is attributed to,
//   without the sentence's closing period; a full quoted sentence keeps its own; a quote nested
//   inside another is also its own quote, with its own speaker;
// - an indirect quote is the reported clause after "said (that)", "added that", "warned that",
//   "argued that", "reported that"; a scare quote inside it stays inside it, marks included;
// - a measure is the number with its unit, without "about"/"more than"/"nearly"; the unit is
//   the plural noun counted ("nurses", "days"), "%" for percent, an ISO currency code for money
//   ("25 cents" → 0.25 USD), none for a bare number ("up from 35,000"); a count after a
//   determiner ("the five judges") is a reference, not a measure; a hyphenated count
//   ("one-day") is a measure; model numbers and phone numbers are not; vote splits ("5-2") are
//   not;
// - sentence-final attribution (", officials said") and "according to" make an attributed
//   claim, not an indirect quote; "denied that X" is claim X with stance denies, no quote;
// - plans, schedules and appeals are not claims; statements of fact, cause and figure are,
//   and so are negated commitments ("would not legislate", stance denies) and conditional
//   possibilities ("could begin … if …", hedged);
// - claims carry holder (the outlet for its own voice), voice, stance and hedge
//   ("reportedly", "apparently", "may", "could", "likely", "widely seen", "expect" hedge);
//   the speaker or holder is the full name used in the text (a pronoun, surname or "the
//   registrar" resolved to it).
// New conventions, for cases the earlier sets do not meet:
// - units: "basis points" and "percentage points" are their own units, never "%"; "per cent"
//   and "%" are "%"; abbreviated money is written out ("£41.5m" → 41500000 GBP, "$1.9bn" →
//   1900000000 USD); an exchange rate ("24.87 koruna per euro") is the amount with its own
//   currency ("24.87 koruna", CZK), as held-out's "150 yen"; an age ("the 23-year-old") is a
//   hyphenated count, unit "years";
// - not measures: match scores and aggregates ("3-1", "4-3"), ordinals ("the 58th minute", "a
//   third time", "first"), shirt numbers ("No 11"), frequencies ("twice a week", "a week" in a
//   wage), clock times ("7pm", which is not a date either);
// - "yesterday" and "this morning" are dates, like "today"; a quarter ("the final quarter of
//   2025") is the interval of its months (2025-10/2025-12); "mid-year" and a season ("next
//   spring") are the year; "a year earlier" is resolved from the date it follows ("in January
//   from a year earlier" → January of the previous year); "four minutes later" (a unit finer
//   than a day) is a measure, not a date;
// - the reported clause after any verb of saying is an indirect quote ("told reporters that",
//   "told HealthBeat that", "warned in a statement that"); verbs of finding or inference ("the
//   results suggest that", "found") make an attributed claim (hedged for "suggest"), no quote;
// - words in quotation marks that nobody is quoted as saying (a name for a thing: "green
//   prescriptions") are not a quote;
// - expressions of feeling, praise, personal anecdote and rhetoric inside a quote ("I'm not
//   going to pretend this was a landslide") are not claims; the quote's factual clauses are,
//   without the final period;
// - a leading adverbial ("Under the terms,", "When polls closed,") is not part of a claim, nor
//   is a trailing "after …" clause of time (as fresh.ts's strike lead); appositives, relative,
//   participial and "because" clauses are; "a reported £120,000" hedges the claim it is in;
// - a club's or company's social-media post is quoted with the club or company as speaker.
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

// Wire copy: basis points, percentage points, a currency with its conversion, a hard line break
// inside a curly quote after a straight one, a nested single-quoted fragment, and the
// governor's name written with combining accents (decomposed; NFC composes it).
const RATES = `PRAGUE (Bloomberg) -- The Czech National Bank cut its main interest rate by 25 basis points on Thursday, its first reduction in eight months, after inflation cooled faster than policymakers had forecast last November.

The seven-member board voted 5-2 to lower the two-week repo rate to 3.25%, a move predicted by 14 of 19 economists in a Bloomberg survey. The remaining five had forecast no change.

"Inflation is back inside our tolerance band, and we expect it to stay there," Governor Tomáš Vrána told a news conference in Prague. “That gives us room to ease, but carefully and
step by step.”

Consumer prices rose 2.1 percent in January from a year earlier, down from 2.9 percent in December, according to the Czech Statistical Office. The bank targets inflation of 2 percent, with a tolerance band of one percentage point on either side.

Vrána said that further cuts were possible but would depend on wages, which grew 7.4 percent in the final quarter of 2025. He added that the board had also discussed a 50-basis-point reduction but had rejected it “by a clear majority” after a long debate.

Board member Karolína Šímová, one of the two dissenters, warned in a written statement that easing now risked ‘undoing two years of hard-won credibility’. She favoured keeping rates on hold until March.

The koruna weakened 0.4 percent to 24.87 koruna per euro after the announcement, while the yield on 10-year government bonds fell 6 basis points to 4.02 percent.

Finance Minister Pavel Dvořák said the cut would bring relief to families who took out mortgages between 2022 and 2023, when fixed rates peaked above 6%. "People are still paying for those years," he said.

The central bank also reported a loss of 41.2 billion koruna ($1.9bn) for 2025, largely because a stronger currency cut the value of its euro reserves. Bank officials denied that the loss would limit its ability to set policy.

The board's next meeting is scheduled for March 26. Analysts at Komerční banka said they expected another 25-basis-point cut then and one more by mid-year, which would bring the rate to 2.75 percent.`;

// Sports page: fees in euros, pounds and dollars, ages, scores and ordinals that are not
// measures, a shirt number, an emoji and a Japanese name in a club's post, a quote nested in a
// quote (the closing single mark is the apostrophe character), "yesterday", "this morning",
// a clock time, and a hard line break inside a sentence.
const TRANSFER = `Ashford Rovers have signed Japan winger Haruto Kanemura from Eintracht Lindau for a club-record fee of €48 million (£41.5m), barely 24 hours after he scored twice on Thursday night to send the German side into the Europa League group stage.

The 23-year-old passed his medical in London yesterday and signed a five-year contract worth a reported £120,000 a week. He will wear the No 11 shirt.

Rovers announced the deal with a photo of Kanemura holding a club scarf and the caption "Welcome home, Haruto 🔴⚪ 金村陽翔". The post had been shared more than 40,000 times by this morning.

"We have been chasing him for two summers, and he is exactly the player we need," Rovers manager Declan Muir said. "Quick, brave, and he doesn't hide when it gets difficult."

Muir said that Kanemura could make his debut at home to Carlisle Athletic next Saturday if his international clearance arrived in time.

Kanemura came off the bench in the 58th minute in Zagreb with Lindau trailing 1-0 on the night and facing elimination. He equalised with a header four minutes later and curled in a second from 20 metres before Jonas Petrak added a third in stoppage time,
completing a 3-1 win and a 4-3 aggregate victory over NK Sava. Lindau had lost the first leg 2-1 at home a week earlier.

Talks between the two clubs began in July, when Rovers’ opening bid of €35 million was rejected. Lindau sporting director Jürgen Albers said the club had "no intention of selling" until Rovers improved their offer for a third time on Wednesday.

“At some point you have to respect the player’s wish,” he said. “Haruto told me, ‘This is the league I dreamed of as a boy,’ and I believed him.”

Under the terms, the fee could rise to €55 million with add-ons, and Lindau will receive 15 per cent of any future sale, according to people familiar with the negotiations. The German club has already lined up a replacement, reportedly agreeing a €12m deal for 19-year-old Brazilian forward Caio Mendes.

Kanemura spent three seasons, from 2021 to 2024, at Shonan Marines before moving to Germany, and has scored nine goals in 27 appearances for Japan.

Rovers’ American owners, Calder Peak Partners, have spent more than $310m on players since buying the club in 2022. The Rovers Supporters’ Trust said that the signing showed the owners were "finally serious", but warned that season-ticket prices had risen by 12% for a second year running.

The transfer window closes at 7pm on Monday.`;

// Local paper: vote counts, percentages and percentage points, "last Tuesday's" (a possessive
// relative date), a range written "Aug. 1 and Oct. 31" after "between", a season, a Chinese
// outlet name, a curly quote then a straight quote broken across a line.
const MAYOR = `MILLHAVEN, Calif. — A final count released Friday showed Vivian Ng defeating two-term incumbent Rick Sorensen by 914 votes, making her Millhaven’s first Chinese American mayor and ending a race that had been too close to call since last Tuesday’s election.

Ng, a 41-year-old former school-board trustee, won 18,406 votes, or 51.3 percent, to Sorensen’s 17,492, according to the Contra Vista County registrar of voters. When polls closed, the two candidates had been separated by fewer than 300 votes.

“I’m not going to pretend this was a landslide,” Ng told about 200 supporters at a banquet hall on Webster Street on Friday night. "But voters backed our plan for homes and buses, and
that is exactly what we are going to deliver."

Sorensen said that he had phoned Ng on Saturday morning to concede. He added that he would not seek a recount. The margin of 2.6 percentage points is well outside the 0.5 percentage point gap that triggers an automatic recount under state law.

Voters also returned three incumbents to the seven-seat City Council and approved Measure K, a 0.25% sales tax increase that will raise $38 million a year for road repairs, with 58 percent support. Turnout was 38 percent, down from 46 percent in the 2022 municipal election, the registrar said.

Ng has promised to put a $1.2 billion bond for a 2.4-mile extension of the Bayline light-rail line before voters next spring.

Sorensen’s campaign manager, Dana Kowalczyk, said the mayor had been outspent by “a flood of outside money” from developers. According to campaign filings, a political action committee funded by home builders spent $2.3m supporting Ng between Aug. 1 and Oct. 31, more than Sorensen’s campaign raised in total. Ng denied that the committee had coordinated with her campaign.

The Chinese-language weekly 灣區週報 (Bay Area Weekly) had endorsed Ng in September, the first time in its 30-year history that it has backed a candidate for mayor.

Late mail ballots that arrived Nov. 4 to 6 added 2,113 votes to the count, most of them for Ng, officials said.

Ng will be sworn in on Jan. 12 and will serve a four-year term ending in January 2031.`;

// Health site: hedged findings ("may", "suggest"), researchers' direct and indirect quotes, a
// straight quote broken across a line, sample sizes, a count after "the" that is a reference,
// a term in quotation marks that is not a quote, naira and pounds, and a Yoruba name whose
// combining marks survive NFC (dot below plus grave has no precomposed form).
const GREENSPACE = `LAGOS/MANCHESTER — Older adults who live within 1.5 kilometres of a park or large garden may be less likely to develop depression, according to the GreenAge study, which followed 2,300 pensioners in Nigeria and Britain for six years.

The results, published on Wednesday in the journal Urban Health Reports, suggest that the risk of a new diagnosis of depression was 18 percent lower among participants with a green space nearby than among those living more than 3 kilometres from one.

"We were surprised by how consistent the pattern was, in Ibadan as much as in Salford," said the study's lead author, Dr Adébáyọ̀ Ògúnlẹ̀sì of the University of Lagos. "But I would be careful. People who are healthier to begin with may simply find it easier
to live near a park."

Ògúnlẹ̀sì said the team had found no link between the size of a green space and the strength of the effect. She added that the association held for men and women alike.

The researchers adjusted for income, smoking, physical activity and air pollution. Co-author Sarah Whitcombe of the University of Manchester said that the association “weakened but did not disappear” once the time participants spent walking was taken into account.

Participants were recruited between March 2017 and January 2018 and assessed every 12 months. Of the 2,300 participants, 940 lived in Ibadan and the rest in Greater Manchester; 412 were diagnosed with depression during the study.

Prof. Marta Lindqvist, a psychiatric epidemiologist at Karolinska Institutet who was not involved in the research, said the findings were “plausible but not yet convincing”. She told HealthBeat that observational studies often overstate such benefits because "healthier, wealthier people choose greener streets" in the first place.

A smaller Dutch study published last month reached a similar conclusion, but a 2023 review of 31 trials found no consistent effect of "green prescriptions" on mood.

A preprint of the paper, posted on Feb. 9, was downloaded 12,000 times; the journal accepted the final version a week later.

The study was funded by the Wellcome Trust and Nigeria’s Tertiary Education Trust Fund, which contributed £1.4 million and ₦310 million respectively.

Ògúnlẹ̀sì said that the team would publish results for children next year. A trial in which 600 volunteers in Ibadan will be offered guided walks twice a week for 16 weeks is due to begin in June.`;

const BB = "Bloomberg";
const AH = "The Ashford Herald";
const MT = "Millhaven Tribune";
const HB = "HealthBeat";
const VRANA = "Tomáš Vrána";
const OGUNLESI = "Adébáyọ̀ Ògúnlẹ̀sì";
const REGISTRAR = "Contra Vista County registrar of voters";
const GREENAGE = "GreenAge study";

export const FRESH2: EvalDocument[] = [
  {
    name: "fresh2/rates",
    outlet: BB,
    publishedAt: "2026-02-05",
    text: RATES,
    spans: [
      date("Thursday", "2026-02-05"),
      date("last November", "2025-11"),
      date("January", "2026-01"),
      date("a year earlier", "2025-01"),
      date("December", "2025-12"),
      date("the final quarter of 2025", "2025-10/2025-12"),
      date("March", "2026-03"),
      date("2022 and 2023", "2022/2023"),
      date("2025", "2025", 2),
      date("March 26", "2026-03-26"),
      date("mid-year", "2026"),
      measure("25 basis points", 25, "basis points"),
      measure("eight months", 8, "months"),
      measure("seven-member", 7, "members"),
      measure("two-week", 2, "weeks"),
      measure("3.25%", 3.25, "%"),
      measure("14", 14),
      measure("19 economists", 19, "economists"),
      measure("2.1 percent", 2.1, "%"),
      measure("2.9 percent", 2.9, "%"),
      measure("2 percent", 2, "%"),
      measure("one percentage point", 1, "percentage points"),
      measure("7.4 percent", 7.4, "%"),
      measure("50-basis-point", 50, "basis points"),
      measure("two years", 2, "years"),
      measure("0.4 percent", 0.4, "%"),
      measure("24.87 koruna", 24.87, "CZK"),
      measure("10-year", 10, "years"),
      measure("6 basis points", 6, "basis points"),
      measure("4.02 percent", 4.02, "%"),
      measure("6%", 6, "%"),
      measure("41.2 billion koruna", 41_200_000_000, "CZK"),
      measure("$1.9bn", 1_900_000_000, "USD"),
      measure("25-basis-point", 25, "basis points"),
      measure("2.75 percent", 2.75, "%"),
      quote("Inflation is back inside our tolerance band, and we expect it to stay there", VRANA, "direct"),
      quote("That gives us room to ease, but carefully and\nstep by step.", VRANA, "direct"),
      quote("further cuts were possible but would depend on wages, which grew 7.4 percent in the final quarter of 2025", VRANA, "indirect"),
      quote(
        "the board had also discussed a 50-basis-point reduction but had rejected it “by a clear majority” after a long debate",
        VRANA,
        "indirect",
      ),
      quote("by a clear majority", VRANA, "direct"),
      quote("easing now risked ‘undoing two years of hard-won credibility’", "Karolína Šímová", "indirect"),
      quote("undoing two years of hard-won credibility", "Karolína Šímová", "direct"),
      quote(
        "the cut would bring relief to families who took out mortgages between 2022 and 2023, when fixed rates peaked above 6%",
        "Pavel Dvořák",
        "indirect",
      ),
      quote("People are still paying for those years", "Pavel Dvořák", "direct"),
      quote(
        "they expected another 25-basis-point cut then and one more by mid-year, which would bring the rate to 2.75 percent",
        "Komerční banka",
        "indirect",
      ),
      claim(
        "The Czech National Bank cut its main interest rate by 25 basis points on Thursday, its first reduction in eight months",
        BB,
        "outlet",
      ),
      claim(
        "The seven-member board voted 5-2 to lower the two-week repo rate to 3.25%, a move predicted by 14 of 19 economists in a Bloomberg survey",
        BB,
        "outlet",
      ),
      claim("The remaining five had forecast no change", BB, "outlet"),
      claim("Inflation is back inside our tolerance band", VRANA, "attributed"),
      claim(
        "Consumer prices rose 2.1 percent in January from a year earlier, down from 2.9 percent in December",
        "Czech Statistical Office",
        "attributed",
      ),
      claim("The bank targets inflation of 2 percent, with a tolerance band of one percentage point on either side", BB, "outlet"),
      claim(
        "further cuts were possible but would depend on wages, which grew 7.4 percent in the final quarter of 2025",
        VRANA,
        "attributed",
        {
          hedged: true,
        },
      ),
      claim(
        "the board had also discussed a 50-basis-point reduction but had rejected it “by a clear majority” after a long debate",
        VRANA,
        "attributed",
      ),
      claim("easing now risked ‘undoing two years of hard-won credibility’", "Karolína Šímová", "attributed"),
      claim("She favoured keeping rates on hold until March", BB, "outlet"),
      claim(
        "The koruna weakened 0.4 percent to 24.87 koruna per euro after the announcement, while the yield on 10-year government bonds fell 6 basis points to 4.02 percent",
        BB,
        "outlet",
      ),
      claim(
        "the cut would bring relief to families who took out mortgages between 2022 and 2023, when fixed rates peaked above 6%",
        "Pavel Dvořák",
        "attributed",
      ),
      claim(
        "The central bank also reported a loss of 41.2 billion koruna ($1.9bn) for 2025, largely because a stronger currency cut the value of its euro reserves",
        BB,
        "outlet",
      ),
      claim("the loss would limit its ability to set policy", "Bank officials", "attributed", { denies: true }),
      claim(
        "they expected another 25-basis-point cut then and one more by mid-year, which would bring the rate to 2.75 percent",
        "Komerční banka",
        "attributed",
        { hedged: true },
      ),
    ],
  },
  {
    name: "fresh2/transfer",
    outlet: AH,
    publishedAt: "2025-08-30",
    text: TRANSFER,
    spans: [
      date("Thursday", "2025-08-28"),
      date("yesterday", "2025-08-29"),
      date("this morning", "2025-08-30"),
      date("next Saturday", "2025-09-06"),
      date("a week earlier", "2025-08-21"),
      date("July", "2025-07"),
      date("Wednesday", "2025-08-27"),
      date("2021 to 2024", "2021/2024"),
      date("2022", "2022"),
      date("Monday", "2025-09-01"),
      measure("€48 million", 48_000_000, "EUR"),
      measure("£41.5m", 41_500_000, "GBP"),
      measure("24 hours", 24, "hours"),
      measure("23-year-old", 23, "years"),
      measure("five-year", 5, "years"),
      measure("£120,000", 120_000, "GBP"),
      measure("40,000 times", 40_000, "times"),
      measure("two summers", 2, "summers"),
      measure("four minutes", 4, "minutes"),
      measure("20 metres", 20, "metres"),
      measure("€35 million", 35_000_000, "EUR"),
      measure("€55 million", 55_000_000, "EUR"),
      measure("15 per cent", 15, "%"),
      measure("€12m", 12_000_000, "EUR"),
      measure("19-year-old", 19, "years"),
      measure("three seasons", 3, "seasons"),
      measure("nine goals", 9, "goals"),
      measure("27 appearances", 27, "appearances"),
      measure("$310m", 310_000_000, "USD"),
      measure("12%", 12, "%"),
      quote("Welcome home, Haruto 🔴⚪ 金村陽翔", "Ashford Rovers", "direct"),
      quote("We have been chasing him for two summers, and he is exactly the player we need", "Declan Muir", "direct"),
      quote("Quick, brave, and he doesn't hide when it gets difficult.", "Declan Muir", "direct"),
      quote(
        "Kanemura could make his debut at home to Carlisle Athletic next Saturday if his international clearance arrived in time",
        "Declan Muir",
        "indirect",
      ),
      quote(
        'the club had "no intention of selling" until Rovers improved their offer for a third time on Wednesday',
        "Jürgen Albers",
        "indirect",
      ),
      quote("no intention of selling", "Jürgen Albers", "direct"),
      quote("At some point you have to respect the player’s wish", "Jürgen Albers", "direct"),
      quote("Haruto told me, ‘This is the league I dreamed of as a boy,’ and I believed him.", "Jürgen Albers", "direct"),
      quote("This is the league I dreamed of as a boy", "Haruto Kanemura", "direct"),
      quote('the signing showed the owners were "finally serious"', "Rovers Supporters’ Trust", "indirect"),
      quote("finally serious", "Rovers Supporters’ Trust", "direct"),
      quote("season-ticket prices had risen by 12% for a second year running", "Rovers Supporters’ Trust", "indirect"),
      claim(
        "Ashford Rovers have signed Japan winger Haruto Kanemura from Eintracht Lindau for a club-record fee of €48 million (£41.5m)",
        AH,
        "outlet",
      ),
      claim(
        "The 23-year-old passed his medical in London yesterday and signed a five-year contract worth a reported £120,000 a week",
        AH,
        "outlet",
        { hedged: true },
      ),
      claim("The post had been shared more than 40,000 times by this morning", AH, "outlet"),
      claim("We have been chasing him for two summers", "Declan Muir", "attributed"),
      claim(
        "Kanemura could make his debut at home to Carlisle Athletic next Saturday if his international clearance arrived in time",
        "Declan Muir",
        "attributed",
        { hedged: true },
      ),
      claim(
        "Kanemura came off the bench in the 58th minute in Zagreb with Lindau trailing 1-0 on the night and facing elimination",
        AH,
        "outlet",
      ),
      claim(
        "He equalised with a header four minutes later and curled in a second from 20 metres before Jonas Petrak added a third in stoppage time,\ncompleting a 3-1 win and a 4-3 aggregate victory over NK Sava",
        AH,
        "outlet",
      ),
      claim("Lindau had lost the first leg 2-1 at home a week earlier", AH, "outlet"),
      claim("Talks between the two clubs began in July, when Rovers’ opening bid of €35 million was rejected", AH, "outlet"),
      claim(
        'the club had "no intention of selling" until Rovers improved their offer for a third time on Wednesday',
        "Jürgen Albers",
        "attributed",
        { denies: true },
      ),
      claim(
        "the fee could rise to €55 million with add-ons, and Lindau will receive 15 per cent of any future sale",
        "people familiar with the negotiations",
        "attributed",
        { hedged: true },
      ),
      claim(
        "The German club has already lined up a replacement, reportedly agreeing a €12m deal for 19-year-old Brazilian forward Caio Mendes",
        AH,
        "outlet",
        { hedged: true },
      ),
      claim(
        "Kanemura spent three seasons, from 2021 to 2024, at Shonan Marines before moving to Germany, and has scored nine goals in 27 appearances for Japan",
        AH,
        "outlet",
      ),
      claim(
        "Rovers’ American owners, Calder Peak Partners, have spent more than $310m on players since buying the club in 2022",
        AH,
        "outlet",
      ),
      claim('the signing showed the owners were "finally serious"', "Rovers Supporters’ Trust", "attributed"),
      claim("season-ticket prices had risen by 12% for a second year running", "Rovers Supporters’ Trust", "attributed"),
    ],
  },
  {
    name: "fresh2/mayor",
    outlet: MT,
    publishedAt: "2026-11-08",
    text: MAYOR,
    spans: [
      date("Friday", "2026-11-06"),
      date("last Tuesday", "2026-11-03"),
      date("Friday", "2026-11-06", 2),
      date("Saturday", "2026-11-07"),
      date("2022", "2022"),
      date("next spring", "2027"),
      date("Aug. 1 and Oct. 31", "2026-08-01/2026-10-31"),
      date("September", "2026-09"),
      date("Nov. 4 to 6", "2026-11-04/2026-11-06"),
      date("Jan. 12", "2027-01-12"),
      date("January 2031", "2031-01"),
      measure("two-term", 2, "terms"),
      measure("914 votes", 914, "votes"),
      measure("41-year-old", 41, "years"),
      measure("18,406 votes", 18_406, "votes"),
      measure("51.3 percent", 51.3, "%"),
      measure("17,492", 17_492),
      measure("300 votes", 300, "votes"),
      measure("200 supporters", 200, "supporters"),
      measure("2.6 percentage points", 2.6, "percentage points"),
      measure("0.5 percentage point", 0.5, "percentage points"),
      measure("three incumbents", 3, "incumbents"),
      measure("seven-seat", 7, "seats"),
      measure("0.25%", 0.25, "%"),
      measure("$38 million", 38_000_000, "USD"),
      measure("58 percent", 58, "%"),
      measure("38 percent", 38, "%"),
      measure("46 percent", 46, "%"),
      measure("$1.2 billion", 1_200_000_000, "USD"),
      measure("2.4-mile", 2.4, "miles"),
      measure("$2.3m", 2_300_000, "USD"),
      measure("30-year", 30, "years"),
      measure("2,113 votes", 2_113, "votes"),
      measure("four-year", 4, "years"),
      quote("I’m not going to pretend this was a landslide", "Vivian Ng", "direct"),
      quote("But voters backed our plan for homes and buses, and\nthat is exactly what we are going to deliver.", "Vivian Ng", "direct"),
      quote("he had phoned Ng on Saturday morning to concede", "Rick Sorensen", "indirect"),
      quote("he would not seek a recount", "Rick Sorensen", "indirect"),
      quote("the mayor had been outspent by “a flood of outside money” from developers", "Dana Kowalczyk", "indirect"),
      quote("a flood of outside money", "Dana Kowalczyk", "direct"),
      claim(
        "A final count released Friday showed Vivian Ng defeating two-term incumbent Rick Sorensen by 914 votes, making her Millhaven’s first Chinese American mayor and ending a race that had been too close to call since last Tuesday’s election",
        MT,
        "outlet",
      ),
      claim(
        "Ng, a 41-year-old former school-board trustee, won 18,406 votes, or 51.3 percent, to Sorensen’s 17,492",
        REGISTRAR,
        "attributed",
      ),
      claim("the two candidates had been separated by fewer than 300 votes", MT, "outlet"),
      claim("voters backed our plan for homes and buses", "Vivian Ng", "attributed"),
      claim("he had phoned Ng on Saturday morning to concede", "Rick Sorensen", "attributed"),
      claim("he would not seek a recount", "Rick Sorensen", "attributed", { denies: true }),
      claim(
        "The margin of 2.6 percentage points is well outside the 0.5 percentage point gap that triggers an automatic recount under state law",
        MT,
        "outlet",
      ),
      claim(
        "Voters also returned three incumbents to the seven-seat City Council and approved Measure K, a 0.25% sales tax increase that will raise $38 million a year for road repairs, with 58 percent support",
        MT,
        "outlet",
      ),
      claim("Turnout was 38 percent, down from 46 percent in the 2022 municipal election", REGISTRAR, "attributed"),
      claim("the mayor had been outspent by “a flood of outside money” from developers", "Dana Kowalczyk", "attributed"),
      claim(
        "a political action committee funded by home builders spent $2.3m supporting Ng between Aug. 1 and Oct. 31, more than Sorensen’s campaign raised in total",
        "campaign filings",
        "attributed",
      ),
      claim("the committee had coordinated with her campaign", "Vivian Ng", "attributed", { denies: true }),
      claim(
        "The Chinese-language weekly 灣區週報 (Bay Area Weekly) had endorsed Ng in September, the first time in its 30-year history that it has backed a candidate for mayor",
        MT,
        "outlet",
      ),
      claim("Late mail ballots that arrived Nov. 4 to 6 added 2,113 votes to the count, most of them for Ng", "officials", "attributed"),
    ],
  },
  {
    name: "fresh2/greenspace",
    outlet: HB,
    publishedAt: "2026-04-16",
    text: GREENSPACE,
    spans: [
      date("Wednesday", "2026-04-15"),
      date("March 2017 and January 2018", "2017-03/2018-01"),
      date("last month", "2026-03"),
      date("2023", "2023"),
      date("Feb. 9", "2026-02-09"),
      date("a week later", "2026-02-16"),
      date("next year", "2027"),
      date("June", "2026-06"),
      measure("1.5 kilometres", 1.5, "kilometres"),
      measure("2,300 pensioners", 2_300, "pensioners"),
      measure("six years", 6, "years"),
      measure("18 percent", 18, "%"),
      measure("3 kilometres", 3, "kilometres"),
      measure("12 months", 12, "months"),
      measure("940", 940),
      measure("412", 412),
      measure("31 trials", 31, "trials"),
      measure("12,000 times", 12_000, "times"),
      measure("£1.4 million", 1_400_000, "GBP"),
      measure("₦310 million", 310_000_000, "NGN"),
      measure("600 volunteers", 600, "volunteers"),
      measure("16 weeks", 16, "weeks"),
      quote("We were surprised by how consistent the pattern was, in Ibadan as much as in Salford", OGUNLESI, "direct"),
      quote(
        "But I would be careful. People who are healthier to begin with may simply find it easier\nto live near a park.",
        OGUNLESI,
        "direct",
      ),
      quote("the team had found no link between the size of a green space and the strength of the effect", OGUNLESI, "indirect"),
      quote("the association held for men and women alike", OGUNLESI, "indirect"),
      quote(
        "the association “weakened but did not disappear” once the time participants spent walking was taken into account",
        "Sarah Whitcombe",
        "indirect",
      ),
      quote("weakened but did not disappear", "Sarah Whitcombe", "direct"),
      quote("the findings were “plausible but not yet convincing”", "Marta Lindqvist", "indirect"),
      quote("plausible but not yet convincing", "Marta Lindqvist", "direct"),
      quote(
        'observational studies often overstate such benefits because "healthier, wealthier people choose greener streets" in the first place',
        "Marta Lindqvist",
        "indirect",
      ),
      quote("healthier, wealthier people choose greener streets", "Marta Lindqvist", "direct"),
      quote("the team would publish results for children next year", OGUNLESI, "indirect"),
      claim(
        "Older adults who live within 1.5 kilometres of a park or large garden may be less likely to develop depression",
        GREENAGE,
        "attributed",
        { hedged: true },
      ),
      claim(
        "the risk of a new diagnosis of depression was 18 percent lower among participants with a green space nearby than among those living more than 3 kilometres from one",
        GREENAGE,
        "attributed",
        { hedged: true },
      ),
      claim("People who are healthier to begin with may simply find it easier\nto live near a park", OGUNLESI, "attributed", {
        hedged: true,
      }),
      claim("the team had found no link between the size of a green space and the strength of the effect", OGUNLESI, "attributed", {
        denies: true,
      }),
      claim("the association held for men and women alike", OGUNLESI, "attributed"),
      claim("The researchers adjusted for income, smoking, physical activity and air pollution", HB, "outlet"),
      claim(
        "the association “weakened but did not disappear” once the time participants spent walking was taken into account",
        "Sarah Whitcombe",
        "attributed",
      ),
      claim("Participants were recruited between March 2017 and January 2018 and assessed every 12 months", HB, "outlet"),
      claim("940 lived in Ibadan and the rest in Greater Manchester", HB, "outlet"),
      claim("412 were diagnosed with depression during the study", HB, "outlet"),
      claim("the findings were “plausible but not yet convincing”", "Marta Lindqvist", "attributed"),
      claim(
        'observational studies often overstate such benefits because "healthier, wealthier people choose greener streets" in the first place',
        "Marta Lindqvist",
        "attributed",
      ),
      claim("A smaller Dutch study published last month reached a similar conclusion", HB, "outlet"),
      claim('a 2023 review of 31 trials found no consistent effect of "green prescriptions" on mood', HB, "outlet", { denies: true }),
      claim("A preprint of the paper, posted on Feb. 9, was downloaded 12,000 times", HB, "outlet"),
      claim("the journal accepted the final version a week later", HB, "outlet"),
      claim(
        "The study was funded by the Wellcome Trust and Nigeria’s Tertiary Education Trust Fund, which contributed £1.4 million and ₦310 million respectively",
        HB,
        "outlet",
      ),
    ],
  },
];
