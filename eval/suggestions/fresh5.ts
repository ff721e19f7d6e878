// Fifth fresh held-out gold for `npm run eval:suggestions`, written 2026-12-04 from the text and
// the conventions below only, without running or reading any suggester or its output: four new
// reports (congestion and freight rates at a Malaysian container port, South Africa's medium-term
// budget statement in Parliament, a heart-attack drug trial, a Prague footballer remanded in custody
// after a nightclub fight; invented events and people, in trade-press, press-agency, health-site and
// English-language local-paper styles), annotated by hand. Reported as the held-out set of
// 2026-12-04 (rules-4 and rules-5, README "Suggestions"); a tuning set since.
// Conventions are held-out.ts's, fresh.ts's, fresh2.ts's, fresh3.ts's and fresh4.ts's, restated here:
// - a date span is the expression without a leading "on"/"in"; a possessive date ("Tuesday's
//   vote") is the date word alone; "today", "yesterday" and "this morning" are dates; a day with
//   a part of it ("Friday night", "Saturday morning") is the day word alone;
// - a range is one date span from its first end to its last, without "from"/"between", and its
//   value is an ISO 8601 interval "start/end" ("Nov. 12 to 14" → 2025-11-12/2025-11-14);
// - "a week later", "the same day", "the previous year", a bare month: resolved from the date
//   the text ties them to, else from the publication date; "early next year", "mid-2025",
//   "mid-year", "next summer", a season are the year; a quarter ("the final quarter of 2025") is
//   the interval of its months (2025-10/2025-12), and so is a half; "a year earlier" is resolved
//   from the date it follows (the same period a year before); "the end of next year" and "late
//   2027" are the year; "this year" is a date; "the following month" is resolved from the date it
//   follows; a bare month in a plan ("in January", written in September) is its next occurrence
//   after the publication date; "four minutes later" (a unit finer than a day) is a measure, not
//   a date; a year as a modifier ("a 2022 ruling") is a date; not dates and not measures: a year
//   inside a name or designation, clock times ("7pm", "03:12 GMT"), "midnight", "dawn";
// - "last week", "this week", "next week" are dates, valued as the interval of that calendar
//   week, Monday to Sunday; "this month" is the publication month and "next month" the one after;
//   "early/mid-/late October" are the month; "earlier this year" is the year; a quarter or half
//   without a year is in the publication year; "next spring" is the next year;
// - an ordinal date ("March 3rd") is the date; a numeric ISO date is itself; a bare month and day
//   in a plan is its next occurrence after the publication date, and a weekday in a plan the next
//   such day; "last Sunday" is the latest Sunday before the publication date; "late on Wednesday"
//   is "Wednesday"; a relative date inside a quote is resolved from the day the quote was made;
// - a direct quote is the text inside the marks without a trailing comma; a fragment in
//   quotation marks (a scare quote) is a direct quote of the person it is attributed to,
//   without the sentence's closing period; a full quoted sentence keeps its own; a quote nested
//   inside another is also its own quote, with its own speaker; a quotation running on across a
//   paragraph break is one direct quote per paragraph; a quote after a colon is a direct quote;
// - an indirect quote is the reported clause after any verb of saying ("said (that)", "added
//   that", "warned that", "argued that", "reported that", "told reporters that", "said in a
//   statement that", "wrote that"); a participle of saying (", saying …") introduces one too; a
//   scare quote inside it stays inside it, marks included; "said that A, and that B" and "said
//   that A, but that B" are one indirect quote, "said that A, although he cautioned that B" and
//   "said A, but warned that B" two; verbs of finding or inference ("the results suggest that",
//   "found") make an attributed claim (hedged for "suggest"), no quote; "X estimated" makes an
//   attributed claim; "ruled that" (a court) makes an outlet claim of the whole sentence;
// - words in quotation marks that nobody is quoted as saying (a name for a thing) and a gloss in
//   quotation marks (a translation) are not quotes; a club's or company's post is quoted with the
//   club or company as speaker; a chant is the crowd's, named without its quantity word;
// - a measure is the number with its unit, without "about"/"more than"/"nearly"/"up to"; the
//   unit is the plural noun counted ("nurses", "days"), "%" for percent ("per cent" too), an ISO
//   currency code for money, none for a bare number ("up from 35,000", "940" in "of the 2,300
//   participants, 940 …", an age after a name); abbreviated money is written out ("£41.5m" →
//   41500000 GBP); an exchange rate is the amount with its own currency; "basis points" and
//   "percentage points" are their own units, never "%"; a hyphenated count ("one-day", "the
//   23-year-old") is a measure, and a hyphenated measure inside a longer modifier is the number
//   and its unit only; a temperature is "°C" however written; units written as symbols or
//   abbreviations keep the text's form ("km"); a range of measures ("8 to 12 percent") is two
//   measures, the bare first end carrying the unit of the second; a number written in words is a
//   measure like digits; a count after a determiner ("the five judges") and a period after one
//   ("the three months to Sept. 30") are references, not measures; not measures: model and phone
//   numbers, vote splits and scores, ordinals ("a third time", "first", "fifth-largest"), shirt
//   numbers, frequencies ("twice a week", "once-daily", "a year" in a rate), clock times; a bare
//   number whose unit is only implied stays a bare number;
// - money: "$" (outside Australia and Canada) and "US$" USD, "€" EUR, "£" GBP, "¥" JPY; a crore
//   is 10,000,000; "$19bn" → 19000000000 USD;
// - sentence-final attribution (", officials said") and "according to" make an attributed
//   claim, not an indirect quote; "denied that X" is claim X with stance denies, no quote;
// - plans, schedules and appeals are not claims; statements of fact, cause and figure are, and
//   so are negated facts and commitments (stance denies) and conditional possibilities (hedged);
//   expressions of feeling, praise, reaction, personal anecdote and rhetoric inside a quote are
//   not claims, the quote's factual clauses are, without the final period; the outlet's own
//   opinion is not a claim; a leading adverbial ("Last month,", "In 2019,") is not part of a
//   claim, nor is a trailing "after …" clause of time; appositives, relative, participial and
//   "because" clauses are;
// - claims carry holder (the outlet for its own voice; "the company now expects" is the outlet's,
//   hedged), voice, stance and hedge ("reportedly", "apparently", "may", "could", "likely",
//   "unlikely", "widely seen", "expect", "are thought to", "a reported US$15,000", "an estimated"
//   hedge; "were unable to" does not); the speaker or holder is the full name used in the text (a
//   pronoun, surname, title or role resolved to it, also when the name comes only later); an
//   unnamed speaker is the text's description without its article, "one" or quantity word;
//   analysts "at Mizuho" are "Mizuho"; "according to the company's own reports" is the company's.
// Names written with combining marks are decomposed (NFD) in the texts, to test normalization;
// the speakers and holders in the attributes, and the span texts, are composed (NFC), as the
// evaluator NFC-normalizes the text (and each span text) before anything else sees it, so the
// offsets are code points over the NFC text.
// New conventions, for cases the earlier sets do not meet (decided before annotating):
// - a bare ordinal day ("by the 15th") is a date in the month the text ties it to, the span
//   keeping its "the" (as "the first half" does); "last quarter" is the calendar quarter before the
//   publication's (written in July 2026 → 2026-04/2026-06); "the end of the year" is the year, as
//   "the end of next year" is;
// - a fiscal year written "fiscal 2027-28" (South Africa's, April to March) is the interval of its
//   twelve months (2027-04/2028-03), the span keeping "fiscal", as fresh3's "the year ending March
//   31, 2027";
// - "last season" and "this season" of a sport whose season spans two calendar years (European
//   football) are the interval of those years ("last season", written in November 2026 →
//   2025/2026); "the summer" (a season) is the year, as "next summer" is;
// - "between March and June 2025" is the range "March and June 2025" (2025-03/2025-06); "A year
//   later" after such a range is the same range a year on (2026-03/2026-06), the span keeping its
//   capital when it leads the sentence;
// - a price or rate per unit ("$6,850 per container", "$350 per box", "C$2,800 a year per
//   patient") is the amount with its currency, as an exchange rate is; a size written "40-foot" is
//   a hyphenated measure with unit "feet"; "five kilometres a day" is the measure "five
//   kilometres" (the frequency dropped); an age in "since he was 15" is a bare number;
// - money: "R38.6 billion" and "rand" are ZAR ("21 cents of every rand" → 0.21 ZAR), "koruna"
//   CZK, "C$" CAD;
// - "dismissed claims that X" is like "denied that X": claim X with stance denies, no quote;
//   "insisted that", "told MPs", "told the court that", "told the Vltava Times that" and "telling
//   a news conference that" are verbs of saying;
// - an official forecast stated with "would" ("the deficit would widen to 5.3%", "the deal would
//   add R27 billion") is a claim of the speaker, hedged, as "expect" is; "is projected to" and "is
//   now expected to" hedge; an announced plan ("would open a fourth terminal on Dec. 1", "would
//   apply for approval next month") stays a plan, not a claim;
// - "the researchers found" after the clause makes an attributed claim of "researchers";
//   "Police said" has speaker "police" and a nested quote of "Someone wrote" the speaker
//   "someone"; a quoted question keeps its question mark; a direct quote with no verb of saying,
//   after a sentence naming the person who spoke ("X spoke only once. “…”"), is that person's.
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

// Trade press: TEU, tonnes, freight rates in dollars per container and per box, waits in days,
// "the first half" twice, "last quarter", "the second quarter", "the end of the year", "last
// week", "June 3" then "by the 15th", plan dates ahead ("Dec. 1", "Aug. 1", "Sept. 30"), a month
// inside a month-and-day ("June" three times), a denial written "dismissed claims that" followed by
// a participle of saying, "said … and argued that" (two quotes), "said … and warned that" (two), a
// Chinese carrier's name in Han characters, and a curly quote then a straight one.
const PORT = `KUALA LUMPUR (Maritime Ledger) — Container throughput at Malaysia's Tanjung Merah port rose 9.4% to 7.1 million TEU in the first half, its operator said on Wednesday. Carriers have rerouted Asia-Europe services around congested hubs, and the Red Sea route has stayed largely closed to large ships.

Merah Port Holdings said transshipment boxes, those moved from one ship to another without leaving the port, made up 81% of the total. Dry bulk cargo fell 3.2% to 14.6 million tonnes, mainly because of weaker coal imports, while liquid bulk rose 5% to 9.8 million tonnes.

Congestion has worsened as volumes grew. Ships waited an average of 4.5 days for a berth in June, up from 1.2 days in January, according to ship-tracking firm Seavista Analytics. On June 3, 22 container ships were at anchor off the port; by the 15th there were 37.

“We are running at 96% of yard capacity, and no port can run like that for long,” chief executive Farid Hamzah told reporters at the port. "Every extra day at anchor costs a large ship about $40,000 in fuel and charter hire."

Hamzah said the operator would open a fourth terminal, with room for 2.5 million TEU a year, on Dec. 1, three months ahead of schedule. He dismissed claims that the port had lost business to Singapore, saying several lines had "asked for more berth windows, not fewer".

Freight rates have climbed with the delays. Shipping a 40-foot container from Shanghai to Rotterdam cost $6,850 last week, up from $3,120 in January, according to the Keelson Container Index. Rates on the Shanghai-Los Angeles route rose 38% last quarter to an average of $4,410 per container.

China's Haiyun Container Lines (海运集装箱), the world's fifth-largest carrier, said its Asia-Europe volumes rose 14% in the second quarter and that it expected rates to stay "well above" pre-crisis levels until at least the end of the year.

Several carriers, including Haiyun and Denmark's Nordvik Line, will add a congestion surcharge of $350 per box on cargo to and from Tanjung Merah from Aug. 1. Lim Wei Ting, president of the Malaysian Shippers' Council, said the surcharge was "a tax on congestion the carriers created themselves" and argued that lines had bunched their sailings to keep rates high. Nordvik denied that it had cut sailings to push up prices.

The Port Workers' Union said on Tuesday that more than 3,800 dockworkers had worked an average of 61 hours a week in June, and warned that it could call a strike if overtime limits were not restored by Sept. 30. The port employs about 6,200 people.

Other hubs in the region are also congested. Volumes at Singapore rose 6.1% in the first half to 21.3 million TEU, and average waits there reached seven days in May, the longest since 2021, according to Linerlytics, a consultancy.`;

// Press agency, parliament: rand written "R38.6 billion" and "18.45 rand", cents of a rand,
// percentages of GDP, percentage and basis points, fiscal years "fiscal 2020-21" and "fiscal
// 2026-27" to "fiscal 2028-29", a "3%" after a "5.3%", "next year" in a plan, "February" four times (a modifier and a possessive inside a scare quote among them),
// "2027" alone and inside "fiscal 2027-28", "the six months to September" (a reference and a
// month), a date ahead ("Feb. 24", next year), "insisted that", "told MPs", "dismissed claims
// that" with a participle of saying, "argued that A and that B", "said A but that B", "according
// to", "reported this month" after the clause, forecasts with "would", a quote leading its
// paragraph with the speaker after, and the opposition spokeswoman's name written with a
// combining acute (decomposed; NFC composes it).
const BUDGET = `CAPE TOWN (SAPW) - Finance Minister Thandiwe Mokoena on Wednesday cut the Treasury's forecast for economic growth this year to 0.9% from 1.4% in February, blaming power cuts, weak commodity prices and a slump in vehicle exports. Economists polled by SAPW had forecast a cut of 0.3 percentage points.

Presenting her medium-term budget policy statement to the National Assembly, she said the consolidated budget deficit would widen to 5.3% of gross domestic product in fiscal 2026-27, from the 4.7% projected in February, before narrowing to 4.1% in fiscal 2027-28.

Tax revenue is now expected to fall R38.6 billion short of the February estimate, largely because mining companies paid less corporate tax, according to Treasury documents. Gross debt is projected to peak at 77.8% of GDP in fiscal 2028-29.

“A country that borrows to pay its wage bill is borrowing from its children,” Mokoena told MPs. “Every rand we spend on interest is a rand we cannot spend on clinics, and debt-service costs already take 21 cents of every rand we collect.”

She insisted that the government would not ask Parliament to raise value-added tax, now 15%, before the 2027 budget. The Treasury said a three-year wage agreement signed with public-sector unions in June would add R27 billion to spending over the medium term.

Provinces will receive an extra R6.4 billion for hospitals next year. Health spending per person has fallen 3% in real terms since fiscal 2020-21, according to the Parliamentary Budget Office. Public hospitals have about 14,000 nursing vacancies.

Treasury officials told reporters before the speech that the state would sell stakes in two airports and a fibre network to raise about R20 billion over three years.

Mokoena dismissed claims that the Treasury was preparing a fresh bailout for the state freight company Transrail, telling a news conference after the speech that no such request had reached her desk. Transrail lost R11.2 billion in the six months to September, according to its interim results.

Marie\u0301 Botha, finance spokeswoman for the opposition Progressive Alliance, argued that the Treasury's revenue estimates were "still too optimistic" and that the deficit figures assumed spending cuts that departments had not agreed to. She told reporters outside Parliament that the statement was "a holding operation, not a plan".

The rand weakened 1.2% to 18.45 rand per dollar after the speech, and the yield on the benchmark 10-year government bond rose 14 basis points to 9.87%.

Nomvula Dlamini, chief economist at Ubuntu Securities in Johannesburg, said the numbers were "more honest than February's" but that the fiscal rule the Treasury has promised for 2027 "may come too late". Unemployment rose to 33.1% in the third quarter, Statistics South Africa reported this month.

The full budget will be tabled on Feb. 24.`;

// Health site, Canadian spelling: "per cent" throughout, milligrams written out and "mg", a range
// of percentages, a range of months ("between March and June 2025") and "A year later" tied to it,
// hedged findings ("suggest", "may") inside a quote, ", the researchers found", "analysts at …
// estimated that", C$, a price per patient and year, "the second half of 2027", "next month",
// "next spring", a number in words leading a sentence, researchers named later by surname and by
// "Dr.", a Japanese name in kanji, and names with combining accents (decomposed; NFC composes them).
const TRIAL = `TORONTO — A once-daily anti-inflammatory pill taken after a heart attack cut the risk of another cardiac event by 23 per cent over 12 months, according to the ANCHOR trial, published Wednesday in the journal Cardiology Today Review.

The drug, an experimental compound called velmicept, was given at 40 milligrams a day to 2,412 patients at 58 hospitals in Canada, Japan and Spain, who were enrolled between March and June 2025 within two weeks of a heart attack. Another 2,398 received a placebo.

A year later, 6.1 per cent of patients on velmicept had suffered another heart attack or died of heart disease, against 7.9 per cent of those on placebo. A lower 20 mg dose, tested in a smaller group of 600 patients, was no better than placebo.

“These results suggest that calming inflammation after a heart attack may protect the heart in a way that cholesterol drugs cannot,” said Dr. He\u0301le\u0300ne Tremblay, a cardiologist at the Montreal Heart Institute who led the trial. “It is not a cure. But a reduction of this size, in patients who were already on the best available care, is meaningful.”

The drug lowered C-reactive protein, a blood marker of inflammation, by 38 to 45 per cent, the researchers found. Patients on velmicept were more likely to develop serious infections, 3.4 per cent against 2.1 per cent on placebo. Eleven patients stopped treatment because of liver problems.

Tremblay said the infection risk was "real but manageable" and that doctors would need to screen patients for latent tuberculosis before prescribing the drug.

Dr. Kenji Mori (森健二), a cardiologist at Osaka Metropolitan University who was not involved in the study, said the benefit was "modest" and may have been inflated because the trial was stopped early. "When you stop a trial at a good moment, you tend to catch the effect at its largest," he told HealthWatch. "I would want to see at least two years of follow-up."

The trial was halted in September, four months early, on the advice of an independent safety board, according to its sponsor, Halcyon Therapeutics of Vancouver.

Halcyon said it would apply to Health Canada for approval next month and expected a decision in the second half of 2027. It has not set a price, but analysts at Northbridge Capital estimated that the drug could cost about C$2,800 a year per patient.

Marc-Andre\u0301 Gagnon, 62, a retired bus driver from Laval who took part in the trial, said he had "no idea" which pill he was taking until the results were unblinded in October. "I just know I'm still here, and I'm walking five kilometres a day again," he said.

Dr. Tremblay said a second trial, with 9,000 patients in 14 countries, would begin next spring. Heart disease kills about 53,000 Canadians a year, according to the Public Health Agency of Canada.`;

// Local paper, court and football: "Saturday night", "Sunday" three times (once as "Sunday
// night"), "Monday" twice, a Saturday ahead, a score ("3-1") and a clock time ("2am") that are not
// measures, "last season", "this season", "the summer", "next month", koruna with euros in brackets,
// a hedging "a reported", ages after names and in "since he was 15", hyphenated ages and a
// "40-minute" hearing, a curly quote holding a single-quoted question then a straight quote broken
// across a line, a quote whose speaker is named only in the sentence before, a club's post after a
// colon ending in an emoji, a quote leading its paragraph with the coach named after it, a curly
// scare quote, a straight quote holding a single-quoted sentence, and Czech names written with
// combining acutes and carons (decomposed; NFC composes them).
const COURT = `PRAGUE — A Prague court on Monday remanded SK Liben\u030C midfielder Toma\u0301s\u030C Kor\u030Ci\u0301nek, 24, in custody for 30 days on a charge of grievous bodily harm over a fight outside a nightclub on Saturday night that left a doorman with a fractured skull.

Prosecutor Lenka Svobodova\u0301 told the court that Kor\u030Ci\u0301nek had punched the 41-year-old doorman repeatedly and kicked him as he lay on the pavement, and that the attack had been filmed by two security cameras.

“One witness heard him shouting, ‘Do you know who I am?’ before he kept hitting him,” Svobodova\u0301 said. "The victim was unconscious for several minutes. He is still in
intensive care at Motol hospital."

Kor\u030Ci\u0301nek's lawyer, Martin Benes\u030C, said his client had been attacked by two men and had acted in self-defence, and that he would plead not guilty. Police said a second man, a 27-year-old Slovak citizen, had been detained on Sunday and released on bail.

The fight broke out shortly after 2am outside the Nebe club in Karli\u0301n, where Kor\u030Ci\u0301nek had been celebrating a 3-1 win over Dukla Hostivar\u030C with teammates, according to police. A video of the fight shared on social media had been viewed more than 200,000 times by Sunday night.

Kor\u030Ci\u0301nek, wearing a grey tracksuit, spoke only once during the 40-minute hearing. “I am sorry that a man is hurt. But I did not start this.”

SK Liben\u030C said in a post on X on Sunday that it had suspended Kor\u030Ci\u0301nek "until the facts are clear" and that it was "in contact with the police". The post ended: “Our thoughts are with the injured man and his family 💙”

“Toma\u0301s\u030C is not a violent person. I have known him since he was 15, and I have never seen him in a fight,” coach Jir\u030Ci\u0301 Hrus\u030Cka said after training on Monday. “But if he did this, he must take the consequences.”

Kor\u030Ci\u0301nek joined Liben\u030C from Sigma Hradec in 2024 for a reported 35 million koruna (€1.4 million) and scored 11 goals in 29 league games last season, when the club finished third. German club Rot-Weiß Mainburg had offered €6 million for him in the summer, according to the Czech sports daily Sport Dnes. He has scored four goals in 13 games this season.

The doorman's brother, Pavel Maly\u0301, told the Vltava Times that the family had been “shocked” by messages from fans blaming the victim. "Someone wrote, 'He deserved it,' under a photo of my brother. How can anyone write that?" he said.

Liben\u030C, fourth in the league, play FC Hradis\u030Cte\u030C away on Saturday. The case is expected to go to the Prague 2 District Court next month. Grievous bodily harm carries a sentence of up to eight years in prison.`;

const ML = "Maritime Ledger";
const SAPW = "South African Press Wire";
const HW = "HealthWatch";
const VT = "Vltava Times";
const MPH = "Merah Port Holdings";
const HAMZAH = "Farid Hamzah";
const HAIYUN = "Haiyun Container Lines";
const LIM = "Lim Wei Ting";
const PWU = "Port Workers' Union";
const MOKOENA = "Thandiwe Mokoena";
const TREASURY = "Treasury";
const BOTHA = "Marié Botha";
const DLAMINI = "Nomvula Dlamini";
const TREMBLAY = "Hélène Tremblay";
const MORI = "Kenji Mori";
const HALCYON = "Halcyon Therapeutics";
const GAGNON = "Marc-André Gagnon";
const KORINEK = "Tomáš Kořínek";
const SVOBODOVA = "Lenka Svobodová";
const BENES = "Martin Beneš";
const LIBEN = "SK Libeň";
const HRUSKA = "Jiří Hruška";
const MALY = "Pavel Malý";

const H1_2026 = "2026-01/2026-06";
const Q2_2026 = "2026-04/2026-06";

export const FRESH5: EvalDocument[] = [
  {
    name: "fresh5/port",
    outlet: ML,
    publishedAt: "2026-07-16",
    text: PORT,
    spans: [
      date("the first half", H1_2026),
      date("Wednesday", "2026-07-15"),
      date("June", "2026-06"),
      date("January", "2026-01"),
      date("June 3", "2026-06-03"),
      date("the 15th", "2026-06-15"),
      date("Dec. 1", "2026-12-01"),
      date("last week", "2026-07-06/2026-07-12"),
      date("January", "2026-01", 2),
      date("last quarter", Q2_2026),
      date("the second quarter", Q2_2026),
      date("the end of the year", "2026"),
      date("Aug. 1", "2026-08-01"),
      date("Tuesday", "2026-07-14"),
      date("June", "2026-06", 3),
      date("Sept. 30", "2026-09-30"),
      date("the first half", H1_2026, 2),
      date("May", "2026-05"),
      date("2021", "2021"),
      measure("9.4%", 9.4, "%"),
      measure("7.1 million TEU", 7_100_000, "TEU"),
      measure("81%", 81, "%"),
      measure("3.2%", 3.2, "%"),
      measure("14.6 million tonnes", 14_600_000, "tonnes"),
      measure("5%", 5, "%"),
      measure("9.8 million tonnes", 9_800_000, "tonnes"),
      measure("4.5 days", 4.5, "days"),
      measure("1.2 days", 1.2, "days"),
      measure("22 container ships", 22, "container ships"),
      measure("37", 37),
      measure("96%", 96, "%"),
      measure("$40,000", 40_000, "USD"),
      measure("2.5 million TEU", 2_500_000, "TEU"),
      measure("three months", 3, "months"),
      measure("40-foot", 40, "feet"),
      measure("$6,850", 6_850, "USD"),
      measure("$3,120", 3_120, "USD"),
      measure("38%", 38, "%"),
      measure("$4,410", 4_410, "USD"),
      measure("14%", 14, "%"),
      measure("$350", 350, "USD"),
      measure("3,800 dockworkers", 3_800, "dockworkers"),
      measure("61 hours", 61, "hours"),
      measure("6,200 people", 6_200, "people"),
      measure("6.1%", 6.1, "%"),
      measure("21.3 million TEU", 21_300_000, "TEU"),
      measure("seven days", 7, "days"),
      quote(
        "transshipment boxes, those moved from one ship to another without leaving the port, made up 81% of the total",
        MPH,
        "indirect",
      ),
      quote("We are running at 96% of yard capacity, and no port can run like that for long", HAMZAH, "direct"),
      quote("Every extra day at anchor costs a large ship about $40,000 in fuel and charter hire.", HAMZAH, "direct"),
      quote(
        "the operator would open a fourth terminal, with room for 2.5 million TEU a year, on Dec. 1, three months ahead of schedule",
        HAMZAH,
        "indirect",
      ),
      quote('several lines had "asked for more berth windows, not fewer"', HAMZAH, "indirect"),
      quote("asked for more berth windows, not fewer", HAMZAH, "direct"),
      quote(
        'its Asia-Europe volumes rose 14% in the second quarter and that it expected rates to stay "well above" pre-crisis levels until at least the end of the year',
        HAIYUN,
        "indirect",
      ),
      quote("well above", HAIYUN, "direct"),
      quote('the surcharge was "a tax on congestion the carriers created themselves"', LIM, "indirect"),
      quote("a tax on congestion the carriers created themselves", LIM, "direct"),
      quote("lines had bunched their sailings to keep rates high", LIM, "indirect"),
      quote("more than 3,800 dockworkers had worked an average of 61 hours a week in June", PWU, "indirect"),
      quote("it could call a strike if overtime limits were not restored by Sept. 30", PWU, "indirect"),
      claim("Container throughput at Malaysia's Tanjung Merah port rose 9.4% to 7.1 million TEU in the first half", MPH, "attributed"),
      claim(
        "Carriers have rerouted Asia-Europe services around congested hubs, and the Red Sea route has stayed largely closed to large ships",
        ML,
        "outlet",
      ),
      claim(
        "transshipment boxes, those moved from one ship to another without leaving the port, made up 81% of the total",
        MPH,
        "attributed",
      ),
      claim(
        "Dry bulk cargo fell 3.2% to 14.6 million tonnes, mainly because of weaker coal imports, while liquid bulk rose 5% to 9.8 million tonnes",
        ML,
        "outlet",
      ),
      claim("Congestion has worsened as volumes grew", ML, "outlet"),
      claim("Ships waited an average of 4.5 days for a berth in June, up from 1.2 days in January", "Seavista Analytics", "attributed"),
      claim("22 container ships were at anchor off the port; by the 15th there were 37", ML, "outlet"),
      claim("We are running at 96% of yard capacity", HAMZAH, "attributed"),
      claim("Every extra day at anchor costs a large ship about $40,000 in fuel and charter hire", HAMZAH, "attributed"),
      claim("the port had lost business to Singapore", HAMZAH, "attributed", { denies: true }),
      claim('several lines had "asked for more berth windows, not fewer"', HAMZAH, "attributed"),
      claim("Freight rates have climbed with the delays", ML, "outlet"),
      claim(
        "Shipping a 40-foot container from Shanghai to Rotterdam cost $6,850 last week, up from $3,120 in January",
        "Keelson Container Index",
        "attributed",
      ),
      claim("Rates on the Shanghai-Los Angeles route rose 38% last quarter to an average of $4,410 per container", ML, "outlet"),
      claim("its Asia-Europe volumes rose 14% in the second quarter", HAIYUN, "attributed"),
      claim('it expected rates to stay "well above" pre-crisis levels until at least the end of the year', HAIYUN, "attributed", {
        hedged: true,
      }),
      claim('the surcharge was "a tax on congestion the carriers created themselves"', LIM, "attributed"),
      claim("lines had bunched their sailings to keep rates high", LIM, "attributed"),
      claim("it had cut sailings to push up prices", "Nordvik Line", "attributed", { denies: true }),
      claim("more than 3,800 dockworkers had worked an average of 61 hours a week in June", PWU, "attributed"),
      claim("it could call a strike if overtime limits were not restored by Sept. 30", PWU, "attributed", { hedged: true }),
      claim("The port employs about 6,200 people", ML, "outlet"),
      claim("Other hubs in the region are also congested", ML, "outlet"),
      claim(
        "Volumes at Singapore rose 6.1% in the first half to 21.3 million TEU, and average waits there reached seven days in May, the longest since 2021",
        "Linerlytics",
        "attributed",
      ),
    ],
  },
  {
    name: "fresh5/budget",
    outlet: SAPW,
    publishedAt: "2026-10-28",
    text: BUDGET,
    spans: [
      date("Wednesday", "2026-10-28"),
      date("this year", "2026"),
      date("February", "2026-02"),
      date("fiscal 2026-27", "2026-04/2027-03"),
      date("February", "2026-02", 2),
      date("fiscal 2027-28", "2027-04/2028-03"),
      date("February", "2026-02", 3),
      date("fiscal 2028-29", "2028-04/2029-03"),
      date("2027", "2027", 2),
      date("June", "2026-06"),
      date("next year", "2027"),
      date("fiscal 2020-21", "2020-04/2021-03"),
      date("September", "2026-09"),
      date("February", "2026-02", 4),
      date("2027", "2027", 3),
      date("the third quarter", "2026-07/2026-09"),
      date("this month", "2026-10"),
      date("Feb. 24", "2027-02-24"),
      measure("0.9%", 0.9, "%"),
      measure("1.4%", 1.4, "%"),
      measure("0.3 percentage points", 0.3, "percentage points"),
      measure("5.3%", 5.3, "%"),
      measure("4.7%", 4.7, "%"),
      measure("4.1%", 4.1, "%"),
      measure("R38.6 billion", 38_600_000_000, "ZAR"),
      measure("77.8%", 77.8, "%"),
      measure("21 cents", 0.21, "ZAR"),
      measure("15%", 15, "%"),
      measure("three-year", 3, "years"),
      measure("R27 billion", 27_000_000_000, "ZAR"),
      measure("R6.4 billion", 6_400_000_000, "ZAR"),
      measure("3%", 3, "%", 2),
      measure("14,000 nursing vacancies", 14_000, "nursing vacancies"),
      measure("two airports", 2, "airports"),
      measure("R20 billion", 20_000_000_000, "ZAR"),
      measure("three years", 3, "years"),
      measure("R11.2 billion", 11_200_000_000, "ZAR"),
      measure("1.2%", 1.2, "%"),
      measure("18.45 rand", 18.45, "ZAR"),
      measure("10-year", 10, "years"),
      measure("14 basis points", 14, "basis points"),
      measure("9.87%", 9.87, "%"),
      measure("33.1%", 33.1, "%"),
      quote(
        "the consolidated budget deficit would widen to 5.3% of gross domestic product in fiscal 2026-27, from the 4.7% projected in February, before narrowing to 4.1% in fiscal 2027-28",
        MOKOENA,
        "indirect",
      ),
      quote("A country that borrows to pay its wage bill is borrowing from its children", MOKOENA, "direct"),
      quote(
        "Every rand we spend on interest is a rand we cannot spend on clinics, and debt-service costs already take 21 cents of every rand we collect.",
        MOKOENA,
        "direct",
      ),
      quote("the government would not ask Parliament to raise value-added tax, now 15%, before the 2027 budget", MOKOENA, "indirect"),
      quote(
        "a three-year wage agreement signed with public-sector unions in June would add R27 billion to spending over the medium term",
        TREASURY,
        "indirect",
      ),
      quote(
        "the state would sell stakes in two airports and a fibre network to raise about R20 billion over three years",
        "Treasury officials",
        "indirect",
      ),
      quote("no such request had reached her desk", MOKOENA, "indirect"),
      quote(
        'the Treasury\'s revenue estimates were "still too optimistic" and that the deficit figures assumed spending cuts that departments had not agreed to',
        BOTHA,
        "indirect",
      ),
      quote("still too optimistic", BOTHA, "direct"),
      quote('the statement was "a holding operation, not a plan"', BOTHA, "indirect"),
      quote("a holding operation, not a plan", BOTHA, "direct"),
      quote(
        'the numbers were "more honest than February\'s" but that the fiscal rule the Treasury has promised for 2027 "may come too late"',
        DLAMINI,
        "indirect",
      ),
      quote("more honest than February's", DLAMINI, "direct"),
      quote("may come too late", DLAMINI, "direct"),
      claim(
        "Finance Minister Thandiwe Mokoena on Wednesday cut the Treasury's forecast for economic growth this year to 0.9% from 1.4% in February, blaming power cuts, weak commodity prices and a slump in vehicle exports",
        SAPW,
        "outlet",
      ),
      claim("Economists polled by SAPW had forecast a cut of 0.3 percentage points", SAPW, "outlet"),
      claim(
        "the consolidated budget deficit would widen to 5.3% of gross domestic product in fiscal 2026-27, from the 4.7% projected in February, before narrowing to 4.1% in fiscal 2027-28",
        MOKOENA,
        "attributed",
        { hedged: true },
      ),
      claim(
        "Tax revenue is now expected to fall R38.6 billion short of the February estimate, largely because mining companies paid less corporate tax",
        TREASURY,
        "attributed",
        { hedged: true },
      ),
      claim("Gross debt is projected to peak at 77.8% of GDP in fiscal 2028-29", SAPW, "outlet", { hedged: true }),
      claim("debt-service costs already take 21 cents of every rand we collect", MOKOENA, "attributed"),
      claim("the government would not ask Parliament to raise value-added tax, now 15%, before the 2027 budget", MOKOENA, "attributed", {
        denies: true,
      }),
      claim(
        "a three-year wage agreement signed with public-sector unions in June would add R27 billion to spending over the medium term",
        TREASURY,
        "attributed",
        { hedged: true },
      ),
      claim("Health spending per person has fallen 3% in real terms since fiscal 2020-21", "Parliamentary Budget Office", "attributed"),
      claim("Public hospitals have about 14,000 nursing vacancies", SAPW, "outlet"),
      claim("the Treasury was preparing a fresh bailout for the state freight company Transrail", MOKOENA, "attributed", { denies: true }),
      claim("no such request had reached her desk", MOKOENA, "attributed", { denies: true }),
      claim("Transrail lost R11.2 billion in the six months to September", "Transrail", "attributed"),
      claim('the Treasury\'s revenue estimates were "still too optimistic"', BOTHA, "attributed"),
      claim("the deficit figures assumed spending cuts that departments had not agreed to", BOTHA, "attributed"),
      claim('the statement was "a holding operation, not a plan"', BOTHA, "attributed"),
      claim(
        "The rand weakened 1.2% to 18.45 rand per dollar after the speech, and the yield on the benchmark 10-year government bond rose 14 basis points to 9.87%",
        SAPW,
        "outlet",
      ),
      claim('the numbers were "more honest than February\'s"', DLAMINI, "attributed"),
      claim('the fiscal rule the Treasury has promised for 2027 "may come too late"', DLAMINI, "attributed", { hedged: true }),
      claim("Unemployment rose to 33.1% in the third quarter", "Statistics South Africa", "attributed"),
    ],
  },
  {
    name: "fresh5/trial",
    outlet: HW,
    publishedAt: "2026-11-12",
    text: TRIAL,
    spans: [
      date("Wednesday", "2026-11-11"),
      date("March and June 2025", "2025-03/2025-06"),
      date("A year later", "2026-03/2026-06"),
      date("September", "2026-09"),
      date("next month", "2026-12"),
      date("the second half of 2027", "2027-07/2027-12"),
      date("October", "2026-10"),
      date("next spring", "2027"),
      measure("23 per cent", 23, "%"),
      measure("12 months", 12, "months"),
      measure("40 milligrams", 40, "milligrams"),
      measure("2,412 patients", 2_412, "patients"),
      measure("58 hospitals", 58, "hospitals"),
      measure("two weeks", 2, "weeks"),
      measure("2,398", 2_398),
      measure("6.1 per cent", 6.1, "%"),
      measure("7.9 per cent", 7.9, "%"),
      measure("20 mg", 20, "mg"),
      measure("600 patients", 600, "patients"),
      measure("38", 38, "%"),
      measure("45 per cent", 45, "%"),
      measure("3.4 per cent", 3.4, "%"),
      measure("2.1 per cent", 2.1, "%"),
      measure("Eleven patients", 11, "patients"),
      measure("two years", 2, "years"),
      measure("four months", 4, "months"),
      measure("C$2,800", 2_800, "CAD"),
      measure("62", 62),
      measure("five kilometres", 5, "kilometres"),
      measure("9,000 patients", 9_000, "patients"),
      measure("14 countries", 14, "countries"),
      measure("53,000 Canadians", 53_000, "Canadians"),
      quote(
        "These results suggest that calming inflammation after a heart attack may protect the heart in a way that cholesterol drugs cannot",
        TREMBLAY,
        "direct",
      ),
      quote(
        "It is not a cure. But a reduction of this size, in patients who were already on the best available care, is meaningful.",
        TREMBLAY,
        "direct",
      ),
      quote(
        'the infection risk was "real but manageable" and that doctors would need to screen patients for latent tuberculosis before prescribing the drug',
        TREMBLAY,
        "indirect",
      ),
      quote("real but manageable", TREMBLAY, "direct"),
      quote('the benefit was "modest" and may have been inflated because the trial was stopped early', MORI, "indirect"),
      quote("modest", MORI, "direct"),
      quote("When you stop a trial at a good moment, you tend to catch the effect at its largest", MORI, "direct"),
      quote("I would want to see at least two years of follow-up.", MORI, "direct"),
      quote(
        "it would apply to Health Canada for approval next month and expected a decision in the second half of 2027",
        HALCYON,
        "indirect",
      ),
      quote('he had "no idea" which pill he was taking until the results were unblinded in October', GAGNON, "indirect"),
      quote("no idea", GAGNON, "direct"),
      quote("I just know I'm still here, and I'm walking five kilometres a day again", GAGNON, "direct"),
      quote("a second trial, with 9,000 patients in 14 countries, would begin next spring", TREMBLAY, "indirect"),
      claim(
        "A once-daily anti-inflammatory pill taken after a heart attack cut the risk of another cardiac event by 23 per cent over 12 months",
        "ANCHOR trial",
        "attributed",
      ),
      claim(
        "The drug, an experimental compound called velmicept, was given at 40 milligrams a day to 2,412 patients at 58 hospitals in Canada, Japan and Spain, who were enrolled between March and June 2025 within two weeks of a heart attack",
        HW,
        "outlet",
      ),
      claim("Another 2,398 received a placebo", HW, "outlet"),
      claim(
        "6.1 per cent of patients on velmicept had suffered another heart attack or died of heart disease, against 7.9 per cent of those on placebo",
        HW,
        "outlet",
      ),
      claim("A lower 20 mg dose, tested in a smaller group of 600 patients, was no better than placebo", HW, "outlet"),
      claim(
        "calming inflammation after a heart attack may protect the heart in a way that cholesterol drugs cannot",
        TREMBLAY,
        "attributed",
        { hedged: true },
      ),
      claim("It is not a cure", TREMBLAY, "attributed", { denies: true }),
      claim("The drug lowered C-reactive protein, a blood marker of inflammation, by 38 to 45 per cent", "researchers", "attributed"),
      claim(
        "Patients on velmicept were more likely to develop serious infections, 3.4 per cent against 2.1 per cent on placebo",
        HW,
        "outlet",
      ),
      claim("Eleven patients stopped treatment because of liver problems", HW, "outlet"),
      claim('the infection risk was "real but manageable"', TREMBLAY, "attributed"),
      claim('the benefit was "modest" and may have been inflated because the trial was stopped early', MORI, "attributed", {
        hedged: true,
      }),
      claim("When you stop a trial at a good moment, you tend to catch the effect at its largest", MORI, "attributed"),
      claim("The trial was halted in September, four months early, on the advice of an independent safety board", HALCYON, "attributed"),
      claim("It has not set a price", HW, "outlet", { denies: true }),
      claim("the drug could cost about C$2,800 a year per patient", "Northbridge Capital", "attributed", { hedged: true }),
      claim("Heart disease kills about 53,000 Canadians a year", "Public Health Agency of Canada", "attributed"),
    ],
  },
  {
    name: "fresh5/court",
    outlet: VT,
    publishedAt: "2026-11-23",
    text: COURT,
    spans: [
      date("Monday", "2026-11-23"),
      date("Saturday", "2026-11-21"),
      date("Sunday", "2026-11-22"),
      date("Sunday", "2026-11-22", 2),
      date("Sunday", "2026-11-22", 3),
      date("Monday", "2026-11-23", 2),
      date("2024", "2024"),
      date("last season", "2025/2026"),
      date("the summer", "2026"),
      date("this season", "2026/2027"),
      date("Saturday", "2026-11-28", 2),
      date("next month", "2026-12"),
      measure("24", 24),
      measure("30 days", 30, "days"),
      measure("41-year-old", 41, "years"),
      measure("two security cameras", 2, "security cameras"),
      measure("two men", 2, "men"),
      measure("27-year-old", 27, "years"),
      measure("200,000 times", 200_000, "times"),
      measure("40-minute", 40, "minutes"),
      measure("15", 15),
      measure("35 million koruna", 35_000_000, "CZK"),
      measure("€1.4 million", 1_400_000, "EUR"),
      measure("11 goals", 11, "goals"),
      measure("29 league games", 29, "league games"),
      measure("€6 million", 6_000_000, "EUR"),
      measure("four goals", 4, "goals"),
      measure("13 games", 13, "games"),
      measure("eight years", 8, "years"),
      quote(
        "Kořínek had punched the 41-year-old doorman repeatedly and kicked him as he lay on the pavement, and that the attack had been filmed by two security cameras",
        SVOBODOVA,
        "indirect",
      ),
      quote("One witness heard him shouting, ‘Do you know who I am?’ before he kept hitting him", SVOBODOVA, "direct"),
      quote("Do you know who I am?", KORINEK, "direct"),
      quote("The victim was unconscious for several minutes. He is still in\nintensive care at Motol hospital.", SVOBODOVA, "direct"),
      quote("his client had been attacked by two men and had acted in self-defence, and that he would plead not guilty", BENES, "indirect"),
      quote("a second man, a 27-year-old Slovak citizen, had been detained on Sunday and released on bail", "police", "indirect"),
      quote("I am sorry that a man is hurt. But I did not start this.", KORINEK, "direct"),
      quote('it had suspended Kořínek "until the facts are clear" and that it was "in contact with the police"', LIBEN, "indirect"),
      quote("until the facts are clear", LIBEN, "direct"),
      quote("in contact with the police", LIBEN, "direct"),
      quote("Our thoughts are with the injured man and his family 💙", LIBEN, "direct"),
      quote("Tomáš is not a violent person. I have known him since he was 15, and I have never seen him in a fight", HRUSKA, "direct"),
      quote("But if he did this, he must take the consequences.", HRUSKA, "direct"),
      quote("the family had been “shocked” by messages from fans blaming the victim", MALY, "indirect"),
      quote("shocked", MALY, "direct"),
      quote("Someone wrote, 'He deserved it,' under a photo of my brother. How can anyone write that?", MALY, "direct"),
      quote("He deserved it", "someone", "direct"),
      claim(
        "A Prague court on Monday remanded SK Libeň midfielder Tomáš Kořínek, 24, in custody for 30 days on a charge of grievous bodily harm over a fight outside a nightclub on Saturday night that left a doorman with a fractured skull",
        VT,
        "outlet",
      ),
      claim(
        "Kořínek had punched the 41-year-old doorman repeatedly and kicked him as he lay on the pavement, and that the attack had been filmed by two security cameras",
        SVOBODOVA,
        "attributed",
      ),
      claim("One witness heard him shouting, ‘Do you know who I am?’ before he kept hitting him", SVOBODOVA, "attributed"),
      claim("The victim was unconscious for several minutes", SVOBODOVA, "attributed"),
      claim("He is still in\nintensive care at Motol hospital", SVOBODOVA, "attributed"),
      claim("his client had been attacked by two men and had acted in self-defence", BENES, "attributed"),
      claim("a second man, a 27-year-old Slovak citizen, had been detained on Sunday and released on bail", "police", "attributed"),
      claim(
        "The fight broke out shortly after 2am outside the Nebe club in Karlín, where Kořínek had been celebrating a 3-1 win over Dukla Hostivař with teammates",
        "police",
        "attributed",
      ),
      claim("A video of the fight shared on social media had been viewed more than 200,000 times by Sunday night", VT, "outlet"),
      claim("Kořínek, wearing a grey tracksuit, spoke only once during the 40-minute hearing", VT, "outlet"),
      claim("I did not start this", KORINEK, "attributed", { denies: true }),
      claim('it had suspended Kořínek "until the facts are clear"', LIBEN, "attributed"),
      claim('it was "in contact with the police"', LIBEN, "attributed"),
      claim("Tomáš is not a violent person", HRUSKA, "attributed", { denies: true }),
      claim(
        "Kořínek joined Libeň from Sigma Hradec in 2024 for a reported 35 million koruna (€1.4 million) and scored 11 goals in 29 league games last season, when the club finished third",
        VT,
        "outlet",
        { hedged: true },
      ),
      claim("German club Rot-Weiß Mainburg had offered €6 million for him in the summer", "Sport Dnes", "attributed"),
      claim("He has scored four goals in 13 games this season", VT, "outlet"),
      claim("Grievous bodily harm carries a sentence of up to eight years in prison", VT, "outlet"),
    ],
  },
];
