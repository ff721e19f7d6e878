// Seventh fresh held-out gold for `npm run eval:suggestions -- --report-fresh7`, written 2026-12-04
// blind, from the text and the conventions below only, without running or reading any suggester or
// its output: four new reports (a dockworkers' strike at a Chilean port in the cherry season, a
// safety board's interim report on a crude-oil train derailment in Saskatchewan, a Korean folding
// screen returned to Seoul by an American collector, job cuts at an Australian university after a
// cap on overseas students; invented events and people, in wire, rail-trade-journal, broadcaster's
// site and newspaper styles), annotated by hand. Reported only, never tuned on: nobody tuning a
// suggester may read this file.
// Conventions are held-out.ts's, fresh.ts's, fresh2.ts's, fresh3.ts's, fresh4.ts's, fresh5.ts's and
// fresh6.ts's, restated here:
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
// fresh5.ts's own conventions, restated:
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
// Names written with combining marks are decomposed (NFD) in the texts, to test normalization;
// the speakers and holders in the attributes, and the span texts, are composed (NFC), as the
// evaluator NFC-normalizes the text (and each span text) before anything else sees it, so the
// offsets are code points over the NFC text.
// fresh6.ts's own conventions, restated:
// - a day-month date ("3 February", "31 August") is the date, as "Feb. 3" is; a range of them
//   ("between 1 June and 15 August") is the range "1 June and 15 August", as fresh5's "March and
//   June 2025"; "the previous Tuesday" is the latest Tuesday before the date the text ties it to;
//   "Two days later" (a unit of a day or more) is a date resolved from the date it follows, not a
//   measure, the span keeping its capital; clock times with "local time" ("11:20 local time") are
//   neither dates nor measures; "the first five months of 2026" is the interval of its months
//   (2026-01/2026-05), as a quarter or a half is; "late 2025" and "spring 2025" are the year;
//   "the spring" is the year, as "the summer" is; "this summer" is the year; "last winter" of a
//   northern winter spanning two calendar years is the interval of those years (written in August
//   2026 → 2025/2026), as "last season" is; "at the same point last year" is the date "last year";
//   "year on year" is neither a date nor a measure;
// - flight numbers ("EC918") and aircraft types ("A350-900", "A350") are designations, not
//   measures; an altitude ("37,000 feet") is a measure in "feet"; "23 minutes later" is a measure
//   (finer than a day); "14 crew" has unit "crew"; "One firefighter" is not a measure (as fresh5's
//   "One witness"); "14 fire towers out of 38" is the measure "14 fire towers" and the bare "38";
//   a count after a possessive ("Germany's seven largest cities") is a reference; a quantity per
//   unit that is not money ("1,500 litres of irrigation water per hectare") is the amount with its
//   own unit ("1,500 litres"); "43.6C" and "28 degrees Celsius" are "°C"; "km²" and "km/h" keep
//   the text's form; a price per month ("£4.99 a month") is the amount with its currency;
//   "£240m" → 240000000 GBP;
// - "rejected suggestions that X" is like "denied that X": claim X with stance denies, no quote;
//   "scientists say" (present tense), "told the BBC that" and "said in a statement that" are
//   verbs of saying; "said that A and that B" (or "said A and would B") is one indirect quote, but
//   one claim per reported clause, a plan among them dropped ("would plead not guilty");
// - "allegedly" hedges the outlet's sentence; "X allegedly did Y, according to the claim form"
//   is a hedged claim held by "claim form"; "held that" (a court) is like "ruled that": an outlet
//   claim of the whole sentence, no indirect quote; a scare quote inside a court's holding is a
//   direct quote of the court; every conditional claim ("If it fails, the cabin loses pressure in
//   seconds", "If the claim succeeds, each user could receive …") is hedged, the "If" clause kept
//   in the claim; any other leading adverbial ending in a comma ("Under EU rules,") stays out of
//   the claim, as a leading adverbial of time does;
// - an emoji ending a quoted post is part of the direct quote but not of its claim; a speaker's
//   title ("KC", as "Dr.") is not part of the name; a nested quote by a man named only by his
//   first name ("Marcus told me, '…'") has his full name from later in the text as speaker, and
//   a nested full sentence keeps its own period;
// - a passenger's, claimant's or realtor's account of what happened to them ("There was a bang",
//   "Now we have thirty, and I can't keep up", "I never agreed to it") is personal anecdote, not a
//   claim; the unnamed speakers are "economists", "scientists", "officials in Madrid"; the
//   company's name is as first written ("Pacewise Ltd").
// fresh7.ts's own conventions, for cases the earlier sets do not meet (decided before annotating):
// - a quarter written "Q4 2025" is the interval of its months (2025-10/2025-12), the span as
//   written; a decade ("the 1870s") is the interval of its years (1870/1879), the span keeping its
//   "the"; a century as a modifier ("19th-century") is the interval of ISO 8601's century
//   (1800/1899); a range of years as a modifier ("the 1950-53 Korean War") is the one date span
//   "1950-53" (1950/1953), the war's name aside;
// - a harvest or export season spanning two calendar years ("the 2024-25 season" of Chilean
//   cherries, November to February) is the interval of those years (2024/2025), the span keeping
//   its "the", as fresh5's "last season" is; "a year earlier" after it is the season before
//   (2023/2024); "the winter of 2025-26" is 2025/2026, as "last winter" is;
// - seasons in a southern-hemisphere (Australian) text are southern: "last summer" (December to
//   February), written in August 2026, is 2025/2026, and "this winter" (June to August) is 2026;
//   a northern "last autumn" is the year (2025); "the spring of 2027" is the year, as "spring
//   2025" is;
// - Australia's financial year ("the 2025-26 financial year", July to June) is the interval of its
//   twelve months (2025-07/2026-06), and "fiscal 2026-27" in a Canadian text is April to March
//   (2026-04/2027-03), as fresh5's South African one; "the 2027 academic year" (Australia's, the
//   calendar year) is 2027; these spans keep "the" and the period's noun;
// - "the start of 2026" is the year, as "the end of the year" is; "the end of October" is the
//   month; "the end of March" in a plan is the next March after publication (2027-03) while a
//   bare "March" in past narrative in the same text is the publication year's (2026-03);
// - a holiday standing for its day ("before Christmas", written in January) is a date, the latest
//   such day before publication in past narrative; a holiday that is only an event beside a date
//   the text gives it ("by Feb. 17, when the Lunar New Year holiday begins", and "the new year",
//   "the holiday" in an importer's quote) is not a date;
// - "the weekend" in past narrative is the interval of the latest Saturday and Sunday before
//   publication (written on Thursday 2026-08-13 → 2026-08-08/2026-08-09); "next Wednesday"
//   written on a Thursday is the next Wednesday (2026-08-19); "last Thursday" written on a
//   Tuesday is the latest Thursday before it; "Two years later" after "2023" is 2025;
// - not dates and not measures: a strike's day number in a caption ("Día 17", glossed "Day 17"),
//   "a third week" (an ordinal), "one-off", "9.30am" and "2am" (clock times), a vote split
//   ("1,912 to 304"), "three times a year" and "twice" (frequencies), "a few hours" and "half"
//   (no number), "my 11 years" (a count after a possessive); "the train's 104 tank cars" is a
//   count after a possessive, a reference, while "Thirty-one" of them and "four" in "four of them
//   ruptured" are bare numbers, as fresh3's "940" is;
// - a temperature written with a minus sign ("−38°C") is negative (-38 "°C"), the span keeping
//   the sign; "seven decades" has unit "decades"; "twenty dollars" inside a scare quote is a
//   measure (20 USD); "412-km" is the measure "412-km" in "km", as "40-foot" is in "feet"; "4,000
//   staff" has unit "staff", as "14 crew" has "crew"; a count capped "at 295,000" (enrolments
//   only implied) is a bare number;
// - money: "pesos" in a Chilean text are CLP ("935 pesos per dollar", an exchange rate, is 935
//   CLP), "won" KRW, "yuan" CNY; "$" in a Canadian text is CAD and in an Australian one AUD;
//   "$3.2m" → 3200000 AUD; "US$" stays USD in both;
// - "can" of possibility ("a flaw … can open right up in a few hours") hedges, as "could" does;
//   "can" of capacity ("that port can take only about 1,200 extra containers a week") does not; a
//   forecast stated with "will" or "will not" ("they will not recover next year") is not hedged,
//   unlike one with "would"; "is thought to" and "are thought to" hedge; "X estimated" after the
//   clause is an attributed claim, unhedged, as before;
// - a schedule stated with "expected to publish" or "would spend" stays a plan (indirect quote, no
//   claim); a lede that is a plan with a sentence-final attribution ("will cut 480 jobs …, X told
//   staff yesterday") is neither a claim nor a quote; "union leaders say" (present tense), "warned
//   in its quarterly report last month that", "told a parliamentary committee in February that"
//   and "wrote in a post …:" are verbs of saying; "the board also found that X" is an attributed
//   claim of the board, no quote; "the figures showed" after the clause is the university's
//   (the figures are those it released); "according to port data" and "according to railway
//   records" are held by "port data" and "railway records";
// - a lede "X has come home, the agency said on Tuesday, more than seven decades after …" is an
//   attributed claim without the trailing "after" clause, as "Viewers sent HBN more than 3,000
//   messages after the ceremony was shown …" is an outlet claim without it; a compound predicate
//   in one reported clause ("had since tested … and replaced 19 rails") is one claim;
// - a post in Spanish quoted after a colon is a direct quote of the union as written, its emoji
//   included, and its English gloss in parentheses is not a quote; "Día 17. Seguimos aquí" is
//   rhetoric, no claim; an unnamed spokesperson is "spokesperson for the Teamsters Canada Rail
//   Conference"; "the agency" and "South Korea's heritage agency" are "Korea Heritage Service" and
//   "the museum" after the ceremony "National Palace Museum of Korea" (the full names in the
//   text); a student's post about her own fees ("Paid $48,500 in fees this year") is personal
//   anecdote and its question ("Now half my lecturers are leaving?") no claim; a farmer's account
//   of his evacuation and a collector's memory of the screen are anecdote; a lawmaker's "should
//   set aside" is an appeal (a quote, no claim).
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

// Wire, dockworkers' strike in Chile: Chilean pesos (an offer and an exchange rate), US dollars
// written "US$", yuan in a quote, "Dec. 29" then the range "between Dec. 29 and Jan. 11", "the
// second half of 2027", "by 2030", "before 2029", "before Christmas" (a holiday named alone),
// "Feb. 17" beside the Lunar New Year (an event), "the 2024-25 season" and "a year earlier" after
// it, "last week", "last month", "mid-February", "the first quarter", "Last year" inside a quote,
// "February" inside a scare quote, a weekday in a plan ("on Friday"), a vote split, "one-off",
// "an estimated" twice, "say" in the present tense, "said that A and that B" (one quote, two
// claims, a negated commitment), "denied that", a union's caption in Spanish with an emoji and a
// gloss, an importer's name in Chinese script, and the union leader's name and a port city
// written with combining marks (decomposed; NFC composes them).
const PORT = `SAN ANTONIO, Chile (Andes Wire) — Dockworkers at San Antonio, Chile's busiest container port, voted on Wednesday to extend their strike into a third week, leaving 41 ships waiting at anchor and an estimated 9,000 refrigerated containers of cherries stranded on the quays at the peak of the export season, the port authority said.

The stoppage began on Dec. 29, when about 2,600 members of the Unión Portuaria walked out over a plan by the terminal operator Puerto Central Sur to bring in automated cranes from the second half of 2027. Union leaders say the plan would eliminate 650 jobs on the docks by 2030.

"We are not against machines. We are against being thrown out like old rope," the union's president, Jose\u0301 Mun\u0303oz, told reporters at the port gates on Wednesday. He said members had voted 1,912 to 304 to stay out and that the union would "hold the line until February if we have to".

Puerto Central Sur said in a statement that no worker would lose a job before 2029 and that it had offered a one-off payment of 4.5 million pesos (about US$4,900) to every docker who retrained. “Our offer has been on the table since Jan. 5, and nobody has even read it,” said its general manager, Andrea Sotomayor. She denied that the company had refused to meet the union before Christmas.

Cherries are Chile's most valuable fresh-fruit export. Growers shipped 104 million boxes of the fruit, each holding five kilograms, in the 2024-25 season, up 17% from a year earlier, and more than 90% of them went to China, according to the exporters' association Asoex. Exports through San Antonio fell 38% between Dec. 29 and Jan. 11, according to port data.

Delays are costing exporters about US$35 million a day, Asoex estimated on Tuesday. Cherries need about 30 days to reach Shanghai by sea, and Chinese buyers want them on the shelves by Feb. 17, when the Lunar New Year holiday begins.

“If the fruit misses the new year, it is worth half,” said Chen Wei (陈伟), an importer in Shanghai reached by phone. “Last year I sold a box for 300 yuan before the holiday and for 150 yuan after it.”

Some growers have sent trucks 110 km north to Valparai\u0301so, where another operator is working normally. That port can take only about 1,200 extra containers a week, according to the port authority.

Labour Minister Camila Reyes said on Monday that the state would mediate, and called both sides to talks in Santiago on Friday.

The strike is the longest at a Chilean port since 2013, when a 22-day walkout in the north cost an estimated US$200 million. The peso weakened 0.8% against the dollar last week, to 935 pesos per dollar, its weakest level since October.

Copper, Chile's biggest export, mostly leaves through northern ports. Shipments of the metal have not been disrupted. But the central bank warned in its quarterly report last month that a stoppage lasting into mid-February could knock 0.2 percentage points off growth in the first quarter.

On Instagram, the union posted a photo of idle cranes with the caption: “Día 17. Seguimos aquí ✊” (“Day 17. We are still here”).`;

// Rail trade journal, Canada: "$" as Canadian dollars, km/h, litres, a temperature below zero
// written with a minus sign, "Thirty-one of the train's 104 tank cars" and "four of them", a
// hyphenated "412-km", "Jan. 27", "Aug. 14, 2025" (so "2025" inside a full date), "last autumn",
// "February", "this year", "the spring of 2027", "November", "the previous year", "Q4 2025",
// "fiscal 2026-27", "early next year", a plan date ahead ("May 12"), "three times a year" and
// "twice" (frequencies), "the board also found that", "rejected suggestions that" with a
// participle of saying, "told a parliamentary committee … that A, and would B" (the plan dropped),
// an unnamed union spokesperson with a scare quote, "can" of possibility, "is expected to", a
// negated fact, and the investigator's name written with a combining acute (decomposed).
const RAIL = `OTTAWA (Rail Safety Review) — A rail that snapped in extreme cold was the most likely cause of the derailment of a crude-oil train near Melville, Saskatchewan, on Jan. 27, Canada's Transportation Safety Board said in an interim report on Tuesday. The board also found that the railway had twice postponed an ultrasonic inspection of the line last autumn.

Thirty-one of the train's 104 tank cars left the track at 52 km/h, 8 km/h below the line's speed limit, and four of them ruptured, spilling about 1.1 million litres of oil, the report said. Nobody was hurt. About 340 residents of two farms and the hamlet of Duff were evacuated for five days.

“We were told to leave at 2am with whatever we could carry,” said Gord Lyons, 58, a grain farmer whose land borders the track. The derailment was the third on Prairie Northern's network since November 2024, according to Transport Canada.

The temperature at the site was −38°C when the train derailed, according to Environment Canada.

“Steel gets brittle at those temperatures. A flaw you would never notice on a mild day can open right up in a few hours,” said Marc-Andre\u0301 Gagnon, the board's lead investigator. He said the winter of 2025-26 had been the coldest on the Prairies since 1996.

The line was last tested on Aug. 14, 2025, according to railway records cited in the report. Federal rules require such tests at least three times a year on routes that carry dangerous goods.

Prairie Northern Railway, which owns the line, said in a statement that it had since tested "every single kilometre" of the 412-km Melville subdivision and replaced 19 rails. It rejected suggestions that cost-cutting had played a part, saying the delays were caused by a shortage of testing vehicles across the industry.

The railway's president, Donna Whitecalf, told a parliamentary committee in February that the company had spent $214 million on track maintenance in 2025, up 9% from 2024, and would spend more this year.

The cleanup has so far cost about $38 million, paid by the railway. Work to remove contaminated soil is expected to continue until the spring of 2027.

A spokesperson for the Teamsters Canada Rail Conference said track inspectors had warned managers about worn rails on the subdivision in November, "weeks before a single car came off the rails".

Main-track derailments in Canada rose to 112 in 2025 from 97 the previous year, the highest number since 2014, according to board data. Prairie Northern's net income fell 12% to $88 million in Q4 2025, a drop it blamed partly on the derailment.

Transport Canada said it would spend $60 million on rail-safety grants in fiscal 2026-27. Gagnon said the board expected to publish its final report early next year. Its public hearing on winter track safety opens in Regina on May 12.`;

// Broadcaster's site, Korea: a century as a modifier ("19th-century"), a range of years as a
// modifier ("the 1950-53 Korean War") and after "between", a decade ("the 1870s"), "seven
// decades", "eight-panel", "twenty dollars" inside a scare quote, won with a dollar conversion,
// "last Thursday", "Monday", "Tuesday" (the publication day), "last year", "Two years later" after
// "2023", "March 2026" and "the following month", "the start of 2026", "the
// end of October" and "Aug. 15" in a plan, a museum's and a curator's names in Korean script, an
// age after a name, "is thought to", "said it expects", an appeal, and a collector's anecdote.
const SCREEN = `SEOUL (HBN) — A 19th-century Korean folding screen that vanished during the 1950-53 Korean War has come home, South Korea's heritage agency said on Tuesday, more than seven decades after an American army doctor bought it for almost nothing in the port city of Busan.

The eight-panel screen, painted in ink and colour on silk, shows the peaks of Mount Kumgang and is thought to have been made for the royal court in the 1870s, according to the Korea Heritage Service.

Margaret Ellison, 81, of Portland, Oregon, who flew in last Thursday, handed the screen over at a ceremony at the National Palace Museum of Korea (국립고궁박물관) in Seoul on Monday. Her father, a US Army doctor, bought it from a stall in Busan in 1952 for what she called "a carton of cigarettes and twenty dollars".

“It hung in our hallway for as long as I can remember. I always knew it was not ours to keep,” Ellison said. She said she planned to return for the opening in August. “My father would have wanted this,” she said.

The agency said Ellison had turned down an offer of US$1.8 million from a New York gallery last year and that the government had paid only for shipping and insurance, about 14 million won (US$10,200).

Ellison first wrote to the agency in 2023. Two years later, researchers matched the screen to a 1938 photograph in the palace archives. Two conservators flew to Portland in March 2026, and the screen arrived at Incheon airport the following month.

Kim Seo-yeon (김서연), a curator at the museum, said only four other screens of the kind were known to survive, all of them in Korean collections. “Most royal screens were burned or looted between 1950 and 1953. Finding one in a private home in Oregon is like finding a letter from your great-grandmother,” she said.

According to the agency, 247,718 Korean cultural objects were held in 29 countries at the start of 2026, 44% of them in Japan and 23% in the United States. Fewer than 2% of those taken abroad have come back since 1945, the agency said. The agency has recovered 1,160 objects through purchases and donations since 2012, it said. Last month, a private museum in Osaka handed back 21 royal documents taken during the colonial period.

Park Ji-hoon, an opposition lawmaker, said the government should set aside 10 billion won a year to buy back artefacts at auction.

The screen will go on show to the public on Aug. 15 and stay on display until the end of October. Conservation work after the exhibition will cost an estimated 380 million won and last until mid-2027, the museum said. It said it expects about 2.5 million visitors this year, up from 1.9 million in 2025.

Viewers sent HBN more than 3,000 messages after the ceremony was shown on the evening news on Monday.`;

// Newspaper, Australia: "$" as Australian dollars, "$3.2m", "per cent", a lede that is a plan
// with a sentence-final attribution, "yesterday", "this morning", "the weekend", "next Wednesday"
// (written on a Thursday), "last summer" (a southern summer spanning two calendar years), "the
// 2025-26 financial year", "the 2027 academic year", "the first half of 2026" and "a year
// earlier", "the end of March" in a plan, "January 2025", "February", "July", "next year" inside
// a quote, a clock time ("9.30am"), "my 11 years" (a count after a possessive), a count capped
// "at 295,000", "rejected suggestions that" with a participle of saying, "the union estimated",
// "are thought to", "could", a forecast with "will not", a student's post with an emoji and her
// name in Chinese script, and a union leader's rhetoric.
const CAMPUS = `ADELAIDE — Torrens Valley University will cut 480 jobs, about 12 per cent of its workforce, to close a $96 million hole in its budget, vice-chancellor Helen Marsh told staff yesterday. The university, founded in 1991, has about 4,000 staff and 31,000 students.

In an email sent at 9.30am, Marsh said the university expected to lose $96 million in 2026 and that the cuts, which will fall hardest on the faculties of arts and business, would be completed by the end of March. She added that the university had frozen hiring in March and closed its Singapore office, which cost $2.1 million a year to run.

“This is the hardest message I have written in my 11 years here,” she wrote. “Our international commencements are down 31 per cent, and the federal cap means they will not recover next year.”

International student commencements fell 31 per cent in the first half of 2026 from a year earlier, according to figures the university released in July, after the federal government capped new overseas enrolments at 295,000 across the sector. Enrolments from India fell fastest, down 44 per cent, the figures showed. Domestic applications for 2027 rose 6 per cent this winter, the university said. Marsh said in February that the university was in "a strong position".

Education Minister Daniel Kovac rejected suggestions that the cap had forced the cuts, saying Torrens Valley had budgeted for 3,400 new overseas students this year when it had been allocated 2,150.

Samir Haddad, president of the university's branch of the National Tertiary Education Union, said management had spent $41 million on a new city campus last summer and paid consultants $3.2m over the 2025-26 financial year. “They found money for glass and steel, and now they want to find it in our pay packets,” he said.

Staff will walk off the job for 24 hours next Wednesday, the union said. Haddad said the union would also seek an order from the Fair Work Commission, and that 73 per cent of members had voted for industrial action. The last strike at the university was in 2019.

About 600 protesters marched from the campus to Parliament House on the weekend. A petition against the cuts had 11,400 signatures by this morning.

Li Na (李娜), a master's student in engineering from Chengdu, wrote in a post on the university's Facebook page that drew 2,000 replies: “Paid $48,500 in fees this year. Now half my lecturers are leaving? 😔”

Australian universities have announced more than 3,500 job cuts since January 2025, the union estimated. At least four other universities are thought to be preparing further cuts before the 2027 academic year.

Rhea Patel, an economist at the consultancy SA Economics, said the cuts could take $150 million a year out of the state economy.`;

const AW = "Andes Wire";
const RSR = "Rail Safety Review";
const HBN = "HBN";
const AC = "The Adelaide Courier";
const PORT_AUTH = "port authority";
const MUNOZ = "Jose\u0301 Mun\u0303oz".normalize("NFC");
const PCS = "Puerto Central Sur";
const SOTOMAYOR = "Andrea Sotomayor";
const ASOEX = "Asoex";
const CHEN = "Chen Wei";
const TSB = "Transportation Safety Board";
const PNR = "Prairie Northern Railway";
const GAGNON = "Marc-Andre\u0301 Gagnon".normalize("NFC");
const WHITECALF = "Donna Whitecalf";
const TEAMSTERS = "spokesperson for the Teamsters Canada Rail Conference";
const KHS = "Korea Heritage Service";
const NPMK = "National Palace Museum of Korea";
const ELLISON = "Margaret Ellison";
const KIM = "Kim Seo-yeon";
const TVU = "Torrens Valley University";
const MARSH = "Helen Marsh";
const KOVAC = "Daniel Kovac";
const HADDAD = "Samir Haddad";
const NTEU = "National Tertiary Education Union";
const LINA = "Li Na";

export const FRESH7: EvalDocument[] = [
  {
    name: "fresh7/port",
    outlet: AW,
    publishedAt: "2026-01-15",
    text: PORT,
    spans: [
      date("Wednesday", "2026-01-14"),
      date("Dec. 29", "2025-12-29"),
      date("the second half of 2027", "2027-07/2027-12"),
      date("2030", "2030"),
      date("Wednesday", "2026-01-14", 2),
      date("February", "2026-02"),
      date("2029", "2029"),
      date("Jan. 5", "2026-01-05"),
      date("Christmas", "2025-12-25"),
      date("the 2024-25 season", "2024/2025"),
      date("a year earlier", "2023/2024"),
      date("Dec. 29 and Jan. 11", "2025-12-29/2026-01-11"),
      date("Tuesday", "2026-01-13"),
      date("Feb. 17", "2026-02-17"),
      date("Last year", "2025"),
      date("Monday", "2026-01-12"),
      date("Friday", "2026-01-16"),
      date("2013", "2013"),
      date("last week", "2026-01-05/2026-01-11"),
      date("October", "2025-10"),
      date("last month", "2025-12"),
      date("mid-February", "2026-02"),
      date("the first quarter", "2026-01/2026-03"),
      measure("41 ships", 41, "ships"),
      measure("9,000 refrigerated containers", 9_000, "refrigerated containers"),
      measure("2,600 members", 2_600, "members"),
      measure("650 jobs", 650, "jobs"),
      measure("4.5 million pesos", 4_500_000, "CLP"),
      measure("US$4,900", 4_900, "USD"),
      measure("104 million boxes", 104_000_000, "boxes"),
      measure("five kilograms", 5, "kilograms"),
      measure("17%", 17, "%"),
      measure("90%", 90, "%"),
      measure("38%", 38, "%"),
      measure("US$35 million", 35_000_000, "USD"),
      measure("30 days", 30, "days"),
      measure("300 yuan", 300, "CNY"),
      measure("150 yuan", 150, "CNY"),
      measure("110 km", 110, "km"),
      measure("1,200 extra containers", 1_200, "extra containers"),
      measure("22-day", 22, "days"),
      measure("US$200 million", 200_000_000, "USD"),
      measure("0.8%", 0.8, "%"),
      measure("935 pesos", 935, "CLP"),
      measure("0.2 percentage points", 0.2, "percentage points"),
      quote("the plan would eliminate 650 jobs on the docks by 2030", "union leaders", "indirect"),
      quote("We are not against machines. We are against being thrown out like old rope", MUNOZ, "direct"),
      quote(
        'members had voted 1,912 to 304 to stay out and that the union would "hold the line until February if we have to"',
        MUNOZ,
        "indirect",
      ),
      quote("hold the line until February if we have to", MUNOZ, "direct"),
      quote(
        "no worker would lose a job before 2029 and that it had offered a one-off payment of 4.5 million pesos (about US$4,900) to every docker who retrained",
        PCS,
        "indirect",
      ),
      quote("Our offer has been on the table since Jan. 5, and nobody has even read it", SOTOMAYOR, "direct"),
      quote("If the fruit misses the new year, it is worth half", CHEN, "direct"),
      quote("Last year I sold a box for 300 yuan before the holiday and for 150 yuan after it.", CHEN, "direct"),
      quote("the state would mediate", "Camila Reyes", "indirect"),
      quote(
        "a stoppage lasting into mid-February could knock 0.2 percentage points off growth in the first quarter",
        "central bank",
        "indirect",
      ),
      quote("Día 17. Seguimos aquí ✊", "Unión Portuaria", "direct"),
      claim(
        "Dockworkers at San Antonio, Chile's busiest container port, voted on Wednesday to extend their strike into a third week, leaving 41 ships waiting at anchor and an estimated 9,000 refrigerated containers of cherries stranded on the quays at the peak of the export season",
        PORT_AUTH,
        "attributed",
        { hedged: true },
      ),
      claim(
        "The stoppage began on Dec. 29, when about 2,600 members of the Unión Portuaria walked out over a plan by the terminal operator Puerto Central Sur to bring in automated cranes from the second half of 2027",
        AW,
        "outlet",
      ),
      claim("the plan would eliminate 650 jobs on the docks by 2030", "union leaders", "attributed", { hedged: true }),
      claim("members had voted 1,912 to 304 to stay out", MUNOZ, "attributed"),
      claim("no worker would lose a job before 2029", PCS, "attributed", { denies: true }),
      claim("it had offered a one-off payment of 4.5 million pesos (about US$4,900) to every docker who retrained", PCS, "attributed"),
      claim("Our offer has been on the table since Jan. 5", SOTOMAYOR, "attributed"),
      claim("nobody has even read it", SOTOMAYOR, "attributed", { denies: true }),
      claim("the company had refused to meet the union before Christmas", SOTOMAYOR, "attributed", { denies: true }),
      claim("Cherries are Chile's most valuable fresh-fruit export", AW, "outlet"),
      claim(
        "Growers shipped 104 million boxes of the fruit, each holding five kilograms, in the 2024-25 season, up 17% from a year earlier, and more than 90% of them went to China",
        ASOEX,
        "attributed",
      ),
      claim("Exports through San Antonio fell 38% between Dec. 29 and Jan. 11", "port data", "attributed"),
      claim("Delays are costing exporters about US$35 million a day", ASOEX, "attributed"),
      claim(
        "Cherries need about 30 days to reach Shanghai by sea, and Chinese buyers want them on the shelves by Feb. 17, when the Lunar New Year holiday begins",
        AW,
        "outlet",
      ),
      claim("If the fruit misses the new year, it is worth half", CHEN, "attributed", { hedged: true }),
      claim("Some growers have sent trucks 110 km north to Valparaíso, where another operator is working normally", AW, "outlet"),
      claim("That port can take only about 1,200 extra containers a week", PORT_AUTH, "attributed"),
      claim(
        "The strike is the longest at a Chilean port since 2013, when a 22-day walkout in the north cost an estimated US$200 million",
        AW,
        "outlet",
        { hedged: true },
      ),
      claim("The peso weakened 0.8% against the dollar last week, to 935 pesos per dollar, its weakest level since October", AW, "outlet"),
      claim("Copper, Chile's biggest export, mostly leaves through northern ports", AW, "outlet"),
      claim("Shipments of the metal have not been disrupted", AW, "outlet", { denies: true }),
      claim(
        "a stoppage lasting into mid-February could knock 0.2 percentage points off growth in the first quarter",
        "central bank",
        "attributed",
        { hedged: true },
      ),
    ],
  },
  {
    name: "fresh7/rail",
    outlet: RSR,
    publishedAt: "2026-04-22",
    text: RAIL,
    spans: [
      date("Jan. 27", "2026-01-27"),
      date("Tuesday", "2026-04-21"),
      date("last autumn", "2025"),
      date("November 2024", "2024-11"),
      date("the winter of 2025-26", "2025/2026"),
      date("1996", "1996"),
      date("Aug. 14, 2025", "2025-08-14"),
      date("February", "2026-02"),
      date("2025", "2025", 3),
      date("2024", "2024", 2),
      date("this year", "2026"),
      date("the spring of 2027", "2027"),
      date("November", "2025-11", 2),
      date("2025", "2025", 4),
      date("the previous year", "2024"),
      date("2014", "2014"),
      date("Q4 2025", "2025-10/2025-12"),
      date("fiscal 2026-27", "2026-04/2027-03"),
      date("early next year", "2027"),
      date("May 12", "2026-05-12"),
      measure("Thirty-one", 31),
      measure("52 km/h", 52, "km/h"),
      measure("8 km/h", 8, "km/h"),
      measure("four", 4),
      measure("1.1 million litres", 1_100_000, "litres"),
      measure("340 residents", 340, "residents"),
      measure("two farms", 2, "farms"),
      measure("five days", 5, "days"),
      measure("58", 58),
      measure("−38°C", -38, "°C"),
      measure("412-km", 412, "km"),
      measure("19 rails", 19, "rails"),
      measure("$214 million", 214_000_000, "CAD"),
      measure("9%", 9, "%"),
      measure("$38 million", 38_000_000, "CAD"),
      measure("112", 112),
      measure("97", 97),
      measure("12%", 12, "%"),
      measure("$88 million", 88_000_000, "CAD"),
      measure("$60 million", 60_000_000, "CAD"),
      quote("We were told to leave at 2am with whatever we could carry", "Gord Lyons", "direct"),
      quote(
        "Steel gets brittle at those temperatures. A flaw you would never notice on a mild day can open right up in a few hours",
        GAGNON,
        "direct",
      ),
      quote("the winter of 2025-26 had been the coldest on the Prairies since 1996", GAGNON, "indirect"),
      quote('it had since tested "every single kilometre" of the 412-km Melville subdivision and replaced 19 rails', PNR, "indirect"),
      quote("every single kilometre", PNR, "direct"),
      quote("the delays were caused by a shortage of testing vehicles across the industry", PNR, "indirect"),
      quote(
        "the company had spent $214 million on track maintenance in 2025, up 9% from 2024, and would spend more this year",
        WHITECALF,
        "indirect",
      ),
      quote(
        'track inspectors had warned managers about worn rails on the subdivision in November, "weeks before a single car came off the rails"',
        TEAMSTERS,
        "indirect",
      ),
      quote("weeks before a single car came off the rails", TEAMSTERS, "direct"),
      quote("it would spend $60 million on rail-safety grants in fiscal 2026-27", "Transport Canada", "indirect"),
      quote("the board expected to publish its final report early next year", GAGNON, "indirect"),
      claim(
        "A rail that snapped in extreme cold was the most likely cause of the derailment of a crude-oil train near Melville, Saskatchewan, on Jan. 27",
        TSB,
        "attributed",
        { hedged: true },
      ),
      claim("the railway had twice postponed an ultrasonic inspection of the line last autumn", TSB, "attributed"),
      claim(
        "Thirty-one of the train's 104 tank cars left the track at 52 km/h, 8 km/h below the line's speed limit, and four of them ruptured, spilling about 1.1 million litres of oil",
        TSB,
        "attributed",
      ),
      claim("Nobody was hurt", RSR, "outlet", { denies: true }),
      claim("About 340 residents of two farms and the hamlet of Duff were evacuated for five days", RSR, "outlet"),
      claim("The derailment was the third on Prairie Northern's network since November 2024", "Transport Canada", "attributed"),
      claim("The temperature at the site was −38°C when the train derailed", "Environment Canada", "attributed"),
      claim("Steel gets brittle at those temperatures", GAGNON, "attributed"),
      claim("A flaw you would never notice on a mild day can open right up in a few hours", GAGNON, "attributed", { hedged: true }),
      claim("the winter of 2025-26 had been the coldest on the Prairies since 1996", GAGNON, "attributed"),
      claim("The line was last tested on Aug. 14, 2025", "railway records", "attributed"),
      claim("Federal rules require such tests at least three times a year on routes that carry dangerous goods", RSR, "outlet"),
      claim('it had since tested "every single kilometre" of the 412-km Melville subdivision and replaced 19 rails', PNR, "attributed"),
      claim("cost-cutting had played a part", PNR, "attributed", { denies: true }),
      claim("the delays were caused by a shortage of testing vehicles across the industry", PNR, "attributed"),
      claim("the company had spent $214 million on track maintenance in 2025, up 9% from 2024", WHITECALF, "attributed"),
      claim("The cleanup has so far cost about $38 million, paid by the railway", RSR, "outlet"),
      claim("Work to remove contaminated soil is expected to continue until the spring of 2027", RSR, "outlet", { hedged: true }),
      claim(
        'track inspectors had warned managers about worn rails on the subdivision in November, "weeks before a single car came off the rails"',
        TEAMSTERS,
        "attributed",
      ),
      claim(
        "Main-track derailments in Canada rose to 112 in 2025 from 97 the previous year, the highest number since 2014",
        TSB,
        "attributed",
      ),
      claim("Prairie Northern's net income fell 12% to $88 million in Q4 2025, a drop it blamed partly on the derailment", RSR, "outlet"),
    ],
  },
  {
    name: "fresh7/screen",
    outlet: HBN,
    publishedAt: "2026-06-02",
    text: SCREEN,
    spans: [
      date("19th-century", "1800/1899"),
      date("1950-53", "1950/1953"),
      date("Tuesday", "2026-06-02"),
      date("the 1870s", "1870/1879"),
      date("last Thursday", "2026-05-28"),
      date("Monday", "2026-06-01"),
      date("1952", "1952"),
      date("August", "2026-08"),
      date("last year", "2025"),
      date("2023", "2023"),
      date("Two years later", "2025"),
      date("1938", "1938"),
      date("March 2026", "2026-03"),
      date("the following month", "2026-04"),
      date("1950 and 1953", "1950/1953"),
      date("the start of 2026", "2026"),
      date("1945", "1945"),
      date("2012", "2012"),
      date("Last month", "2026-05"),
      date("Aug. 15", "2026-08-15"),
      date("the end of October", "2026-10"),
      date("mid-2027", "2027"),
      date("this year", "2026"),
      date("2025", "2025"),
      date("Monday", "2026-06-01", 2),
      measure("seven decades", 7, "decades"),
      measure("eight-panel", 8, "panels"),
      measure("81", 81),
      measure("twenty dollars", 20, "USD"),
      measure("US$1.8 million", 1_800_000, "USD"),
      measure("14 million won", 14_000_000, "KRW"),
      measure("US$10,200", 10_200, "USD"),
      measure("Two conservators", 2, "conservators"),
      measure("four other screens", 4, "other screens"),
      measure("247,718 Korean cultural objects", 247_718, "Korean cultural objects"),
      measure("29 countries", 29, "countries"),
      measure("44%", 44, "%"),
      measure("23%", 23, "%"),
      measure("2%", 2, "%"),
      measure("1,160 objects", 1_160, "objects"),
      measure("21 royal documents", 21, "royal documents"),
      measure("10 billion won", 10_000_000_000, "KRW"),
      measure("380 million won", 380_000_000, "KRW"),
      measure("2.5 million visitors", 2_500_000, "visitors"),
      measure("1.9 million", 1_900_000),
      measure("3,000 messages", 3_000, "messages"),
      quote("a carton of cigarettes and twenty dollars", ELLISON, "direct"),
      quote("It hung in our hallway for as long as I can remember. I always knew it was not ours to keep", ELLISON, "direct"),
      quote("she planned to return for the opening in August", ELLISON, "indirect"),
      quote("My father would have wanted this", ELLISON, "direct"),
      quote(
        "Ellison had turned down an offer of US$1.8 million from a New York gallery last year and that the government had paid only for shipping and insurance, about 14 million won (US$10,200)",
        KHS,
        "indirect",
      ),
      quote("only four other screens of the kind were known to survive, all of them in Korean collections", KIM, "indirect"),
      quote(
        "Most royal screens were burned or looted between 1950 and 1953. Finding one in a private home in Oregon is like finding a letter from your great-grandmother",
        KIM,
        "direct",
      ),
      quote("the government should set aside 10 billion won a year to buy back artefacts at auction", "Park Ji-hoon", "indirect"),
      quote("it expects about 2.5 million visitors this year, up from 1.9 million in 2025", NPMK, "indirect"),
      claim("A 19th-century Korean folding screen that vanished during the 1950-53 Korean War has come home", KHS, "attributed"),
      claim(
        "The eight-panel screen, painted in ink and colour on silk, shows the peaks of Mount Kumgang and is thought to have been made for the royal court in the 1870s",
        KHS,
        "attributed",
        { hedged: true },
      ),
      claim(
        "Margaret Ellison, 81, of Portland, Oregon, who flew in last Thursday, handed the screen over at a ceremony at the National Palace Museum of Korea (국립고궁박물관) in Seoul on Monday",
        HBN,
        "outlet",
      ),
      claim(
        'Her father, a US Army doctor, bought it from a stall in Busan in 1952 for what she called "a carton of cigarettes and twenty dollars"',
        HBN,
        "outlet",
      ),
      claim("Ellison had turned down an offer of US$1.8 million from a New York gallery last year", KHS, "attributed"),
      claim("the government had paid only for shipping and insurance, about 14 million won (US$10,200)", KHS, "attributed"),
      claim("Ellison first wrote to the agency in 2023", HBN, "outlet"),
      claim("researchers matched the screen to a 1938 photograph in the palace archives", HBN, "outlet"),
      claim(
        "Two conservators flew to Portland in March 2026, and the screen arrived at Incheon airport the following month",
        HBN,
        "outlet",
      ),
      claim("only four other screens of the kind were known to survive, all of them in Korean collections", KIM, "attributed"),
      claim("Most royal screens were burned or looted between 1950 and 1953", KIM, "attributed"),
      claim(
        "247,718 Korean cultural objects were held in 29 countries at the start of 2026, 44% of them in Japan and 23% in the United States",
        KHS,
        "attributed",
      ),
      claim("Fewer than 2% of those taken abroad have come back since 1945", KHS, "attributed"),
      claim("The agency has recovered 1,160 objects through purchases and donations since 2012", KHS, "attributed"),
      claim("a private museum in Osaka handed back 21 royal documents taken during the colonial period", HBN, "outlet"),
      claim("Conservation work after the exhibition will cost an estimated 380 million won and last until mid-2027", NPMK, "attributed", {
        hedged: true,
      }),
      claim("it expects about 2.5 million visitors this year, up from 1.9 million in 2025", NPMK, "attributed", { hedged: true }),
      claim("Viewers sent HBN more than 3,000 messages", HBN, "outlet"),
    ],
  },
  {
    name: "fresh7/campus",
    outlet: AC,
    publishedAt: "2026-08-13",
    text: CAMPUS,
    spans: [
      date("yesterday", "2026-08-12"),
      date("1991", "1991"),
      date("2026", "2026"),
      date("the end of March", "2027-03"),
      date("March", "2026-03", 2),
      date("next year", "2027"),
      date("the first half of 2026", "2026-01/2026-06"),
      date("a year earlier", "2025-01/2025-06"),
      date("July", "2026-07"),
      date("2027", "2027"),
      date("this winter", "2026"),
      date("February", "2026-02"),
      date("this year", "2026"),
      date("last summer", "2025/2026"),
      date("the 2025-26 financial year", "2025-07/2026-06"),
      date("next Wednesday", "2026-08-19"),
      date("2019", "2019"),
      date("the weekend", "2026-08-08/2026-08-09"),
      date("this morning", "2026-08-13"),
      date("this year", "2026", 2),
      date("January 2025", "2025-01"),
      date("the 2027 academic year", "2027"),
      measure("480 jobs", 480, "jobs"),
      measure("12 per cent", 12, "%"),
      measure("$96 million", 96_000_000, "AUD"),
      measure("4,000 staff", 4_000, "staff"),
      measure("31,000 students", 31_000, "students"),
      measure("$96 million", 96_000_000, "AUD", 2),
      measure("$2.1 million", 2_100_000, "AUD"),
      measure("31 per cent", 31, "%"),
      measure("31 per cent", 31, "%", 2),
      measure("295,000", 295_000),
      measure("44 per cent", 44, "%"),
      measure("6 per cent", 6, "%"),
      measure("3,400 new overseas students", 3_400, "new overseas students"),
      measure("2,150", 2_150),
      measure("$41 million", 41_000_000, "AUD"),
      measure("$3.2m", 3_200_000, "AUD"),
      measure("24 hours", 24, "hours"),
      measure("73 per cent", 73, "%"),
      measure("600 protesters", 600, "protesters"),
      measure("11,400 signatures", 11_400, "signatures"),
      measure("2,000 replies", 2_000, "replies"),
      measure("$48,500", 48_500, "AUD"),
      measure("3,500 job cuts", 3_500, "job cuts"),
      measure("four other universities", 4, "other universities"),
      measure("$150 million", 150_000_000, "AUD"),
      quote(
        "the university expected to lose $96 million in 2026 and that the cuts, which will fall hardest on the faculties of arts and business, would be completed by the end of March",
        MARSH,
        "indirect",
      ),
      quote(
        "the university had frozen hiring in March and closed its Singapore office, which cost $2.1 million a year to run",
        MARSH,
        "indirect",
      ),
      quote("This is the hardest message I have written in my 11 years here", MARSH, "direct"),
      quote(
        "Our international commencements are down 31 per cent, and the federal cap means they will not recover next year.",
        MARSH,
        "direct",
      ),
      quote('the university was in "a strong position"', MARSH, "indirect"),
      quote("a strong position", MARSH, "direct"),
      quote("Torrens Valley had budgeted for 3,400 new overseas students this year when it had been allocated 2,150", KOVAC, "indirect"),
      quote(
        "management had spent $41 million on a new city campus last summer and paid consultants $3.2m over the 2025-26 financial year",
        HADDAD,
        "indirect",
      ),
      quote("They found money for glass and steel, and now they want to find it in our pay packets", HADDAD, "direct"),
      quote(
        "the union would also seek an order from the Fair Work Commission, and that 73 per cent of members had voted for industrial action",
        HADDAD,
        "indirect",
      ),
      quote("Paid $48,500 in fees this year. Now half my lecturers are leaving? 😔", LINA, "direct"),
      quote("the cuts could take $150 million a year out of the state economy", "Rhea Patel", "indirect"),
      claim("The university, founded in 1991, has about 4,000 staff and 31,000 students", AC, "outlet"),
      claim("the university expected to lose $96 million in 2026", MARSH, "attributed", { hedged: true }),
      claim(
        "the university had frozen hiring in March and closed its Singapore office, which cost $2.1 million a year to run",
        MARSH,
        "attributed",
      ),
      claim("Our international commencements are down 31 per cent", MARSH, "attributed"),
      claim("the federal cap means they will not recover next year", MARSH, "attributed", { denies: true }),
      claim("International student commencements fell 31 per cent in the first half of 2026 from a year earlier", TVU, "attributed"),
      claim("Enrolments from India fell fastest, down 44 per cent", TVU, "attributed"),
      claim("Domestic applications for 2027 rose 6 per cent this winter", TVU, "attributed"),
      claim('the university was in "a strong position"', MARSH, "attributed"),
      claim("the cap had forced the cuts", KOVAC, "attributed", { denies: true }),
      claim("Torrens Valley had budgeted for 3,400 new overseas students this year when it had been allocated 2,150", KOVAC, "attributed"),
      claim(
        "management had spent $41 million on a new city campus last summer and paid consultants $3.2m over the 2025-26 financial year",
        HADDAD,
        "attributed",
      ),
      claim("73 per cent of members had voted for industrial action", HADDAD, "attributed"),
      claim("The last strike at the university was in 2019", AC, "outlet"),
      claim("About 600 protesters marched from the campus to Parliament House on the weekend", AC, "outlet"),
      claim("A petition against the cuts had 11,400 signatures by this morning", AC, "outlet"),
      claim("Australian universities have announced more than 3,500 job cuts since January 2025", NTEU, "attributed"),
      claim("At least four other universities are thought to be preparing further cuts before the 2027 academic year", AC, "outlet", {
        hedged: true,
      }),
      claim("the cuts could take $150 million a year out of the state economy", "Rhea Patel", "attributed", { hedged: true }),
    ],
  },
];
