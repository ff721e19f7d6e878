// Eighth fresh held-out gold for `npm run eval:suggestions -- --report-fresh8`, written 2026-12-07
// blind, from the text and the conventions below only, without running or reading any suggester or
// its output: four new reports (Swiss glaciers' ice loss and the monitoring network's budget, a
// recount in a Kenyan county's governor by-election, a New York housing-court ruling on rent
// overcharges, Japan releasing stockpiled rice as prices hit a record; invented events and people,
// in science-site, regional-newspaper, city-news-site and business-wire styles), annotated by hand.
// Reported only, never tuned on: nobody tuning a suggester may read this file.
// Conventions are held-out.ts's, fresh.ts's, fresh2.ts's, fresh3.ts's, fresh4.ts's, fresh5.ts's,
// fresh6.ts's and fresh7.ts's, restated here:
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
// fresh7.ts's own conventions, restated:
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
// fresh8.ts's own conventions, for cases the earlier sets do not meet (decided before annotating):
// - "the year to the end of September" holds the date "the end of September" (the month), and
//   "the year to March" the date "March", as fresh6's "the three months to June" holds "June"; "a
//   year earlier" after "the year to March" is that March a year before (2025-03), after "the
//   final quarter of 2025" that quarter a year before (2024-10/2024-12), and after "in January"
//   (2026) January 2025;
// - a range of days in one month written "from Aug. 8 to 19" is the one date span "Aug. 8 to 19"
//   (2026-08-08/2026-08-19); "between October 2025 and January" is the range "October 2025 and
//   January" (2025-10/2026-01); Kenya's financial year ("the 2026/27 financial year", July to
//   June) is the interval of its twelve months (2026-07/2027-06), the span keeping "the" and the
//   period's noun, as Australia's is; "the first quarter of next year" is the interval of that
//   quarter's months in the next year (2027-01/2027-03); "early December" is the month;
// - "Tomorrow" inside a quote is the day after the quote was made, as "yesterday" is the day
//   before; "Thursday morning" is "Thursday"; "Last week" inside a quote made on a Wednesday is
//   the calendar week before that Wednesday's; "a week later" after "July 14" is July 21, and
//   after a planned "March 4" is March 11; "in two years" and "Within two years" are durations
//   (measures in "years"), not dates;
// - money: "Swiss francs" and "francs" in a Swiss text are CHF; "Sh" in a Kenyan text is KES
//   ("Sh6.5m" → 6500000 KES, "Sh9.8 billion" → 9800000000 KES); "$" in Kenyan, Japanese and US
//   texts is USD; "¥341 a kilogram" and "¥31,800 per 60 kg" are the amounts with their currency
//   and "60 kg" its own measure, as fresh5's prices per unit are;
// - units keep the text's form: "cubic kilometres", "square kilometres", "centimetres", "metres",
//   "tonnes", "kg", "km"; "a 5-kilogram bag" is the hyphenated measure "5-kilogram" in
//   "kilograms", "a 10-kilo bag" "10-kilo" in "kilos" (as "five kilos"), "a 46-page decision"
//   "46-page" in "pages", "one-year" and "two-year" leases 1 and 2 "years"; "nine consecutive
//   days" has unit "consecutive days", as "refrigerated containers" keeps its adjective; "two
//   heatwaves" and "two bags" are measures; "Within two years" is a measure inside an adverbial
//   that stays out of its claim;
// - "Three of the four worst years", "40 of its 260 measuring sites", "29 of the 38 apartments",
//   "60 of the 312 polling stations" and "19 of them" are bare numbers ("Three", "40", "29",
//   "60", "19"), the rest references; "its 420 observers" (a possessive), "The 176 glaciers", "the
//   150,000 tonnes sold at auction" and "the 38 apartments" are references; a margin "to just 87"
//   and a tally "48,815" whose unit ("votes") is only implied are bare numbers; "a quarter", "a
//   third", "half", "triple", "decades" and "a ninth straight week" are no
//   measures;
// - "X found in a study published last month that Y" and "Their model suggests that Y" are
//   attributed claims of "researchers at the University of Innsbruck" (the second hedged), no
//   quotes; "Property records show that X" is a claim of "property records", no quote; "ministry
//   data show", "customs figures show", "analysts say" and "the tenants' lawyers said" after the
//   clause are attributed claims (held by "ministry data", "customs figures", "analysts",
//   "tenants' lawyers"); "X reported in May" after the clause likewise; "the runner-up says he
//   will go to court" (present tense, a plan) is an indirect quote, no claim, its speaker named
//   later in the text; "The office said the cut would force it to …" is a forecast with "would"
//   (a hedged claim);
// - a judge's "ruled on Tuesday that" and "held that" make outlet claims of the whole sentence
//   (a leading "In a 46-page decision," kept out, as other leading adverbials ending in a comma);
//   a scare quote inside a named judge's holding is a direct quote of the judge; "She ordered the
//   company to pay …" (what a court did) is an outlet claim; "The lower rents … apply from Dec.
//   1, and Crestmark has 30 days to file …" is a schedule;
// - a minister's "We will keep releasing rice until …" is a commitment, not negated: a quote, no
//   claim; an engineers' warning nested in a quote ("Nothing you build will hold back a whole
//   glacier.") is a direct quote of "engineers" and a claim with stance denies, unhedged ("will");
//   "We can now get everyone out … in 40 minutes" is "can" of capacity, unhedged; "measurements
//   were not completed on 12 glaciers", "Nobody objected then" and "had not been trained" are
//   negated facts; "had seen "no evidence of deliberate fraud"" denies;
// - "the recount had left her uneasy" (a feeling) and "it "strongly disagrees" with the decision
//   and would appeal" (a reaction and a plan) are indirect quotes without claims; a candidate's
//   post ("The people have spoken. Tomorrow we start fixing the boreholes 💧") is rhetoric and a
//   plan, no claim; a voter's, a tenant's and a shopper's accounts of their own experience are
//   anecdote, a cynical neighbour's question nested in one is rhetoric; "The stockpile buys time,
//   not rice" is rhetoric; a relative clause describing a speaker ("Crestmark, which owns about
//   2,900 apartments …, said …") is no claim, as fresh7's railway's; a sentence-final
//   attribution with "told reporters in Nanyuki" makes an attributed claim, not a quote;
// - a lede that is a plan with a trailing "after …" clause and a sentence-final attribution
//   ("Japan will release … next month after retail prices hit …, the agriculture ministry said")
//   is neither a claim nor a quote, as fresh7's lede is; so is "The first lots will be auctioned
//   on March 4, and the rice should reach stores a week later, the ministry said";
// - holders: "the electoral commission" and "the commission" are "Independent Electoral and
//   Boundaries Commission" (named in full later), "according to its budget office" the
//   commission's; "the network" and "the network's annual report" are "Glacionet"; "the office"
//   is "Federal Office for the Environment"; "its operator, Lötschenbahnen AG" is that company;
//   "the ministry" and "it estimated" in the rice report are "agriculture ministry"; "My
//   neighbour" is "neighbour"; "Crestmark" is "Crestmark Realty"; a judge's title ("Housing Court
//   Judge") is not part of her name.
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

// Science site, Swiss glaciers: Swiss francs written "Swiss francs" and "francs", euros written
// "€8.6m", "cubic kilometres", metres and centimetres, "1.5°C", a range of percentages written "60
// to 70 percent", a range of days ("from Aug. 8 to 19"), "the end of September" after "the year
// to", "late June", "last autumn", "last month", "this summer", "September", "August", "July 14"
// and "a week later" tied to it, "Monday" and "early December" in a plan, "since 2022" inside a
// quote, "Three of the four worst years" (a bare number and a reference), "The 176 glaciers" and
// "its 260 measuring sites" (references) beside a bare "40", "a quarter" and "half" (no number),
// "found in a study … that" and "suggests that" (attributed claims, one hedged), "said A, and that
// B", "added that" with a negated fact, a forecast with "would", a trailing "after …" clause, a
// curly quotation running across a paragraph break with a nested single-quoted sentence, and the
// glaciologist's name, a glacier and an ice cave written with combining marks (decomposed; NFC
// composes them); also "1.5 square kilometres" after "1.5°C", "the 1980s", a bare "May", and "60"
// before "260".
const GLACIER = `ZURICH (SciLine) — Switzerland's glaciers lost 3.1% of their remaining ice in the year to the end of September, the third-largest annual loss since records began in 1914, the monitoring network Glacionet said on Wednesday.

A winter with little snow was followed by two heatwaves, one in late June and one from Aug. 8 to 19, when the freezing level stayed above 5,000 metres for nine consecutive days, the network's annual report said. The 176 glaciers it tracks shed about 1.2 cubic kilometres of ice between them, as much water as Swiss households use in two years.

“Three of the four worst years on our record have come since 2022,” said Le\u0301onie Barras, a glaciologist at the University of Fribourg who leads the network. “Honestly, I did not expect to write that sentence before I retired.”

Barras said the Rho\u0302ne Glacier, a tourist draw in the canton of Valais, had retreated 41 metres since last autumn, and that the tongue of the smaller Furggen glacier had "effectively disappeared". She added that measurements were not completed on 12 glaciers because the ice had become too dangerous to walk on.

Researchers at the University of Innsbruck found in a study published last month that glaciers across the Alps had lost 39% of their volume between 2000 and 2025. Their model suggests that the region could lose a further 60 to 70 percent of what remains by 2100, even if global warming is held to 1.5°C.

The federal government spends about 8 million Swiss francs (€8.6m) a year on glacier monitoring and hazard mapping, according to the Federal Office for the Environment. Parliament's finance committee voted in September to cut that budget by a quarter from 2027. The office said the cut would force it to close 40 of its 260 measuring sites.

On July 14, about 230 residents of the hamlet of Saas-Rieden were moved out after sensors showed that a glacier above it was sliding 80 centimetres a day. They were allowed home a week later.

“We have spent 2.4 million francs on nets, sensors and sirens since 2019,” said Nadia Imboden, president of the commune. “The canton paid half of it.

“But the engineers told us, ‘Nothing you build will hold back a whole glacier.’ We can now get everyone out of the village in 40 minutes.”

Glacier tourism is still growing. The gondola to the Lo\u0308tschen ice cave sold 310,000 tickets this summer, up from 268,000 in 2025, according to its operator, Lo\u0308tschenbahnen AG. The cave was closed for three weeks in August after meltwater flooded it.

In neighbouring Italy, the Marmolada glacier in the Dolomites has shrunk to less than 1.5 square kilometres, a third of its size in the 1980s, the Italian Glaciological Committee reported in May.

Glacionet will publish figures for each glacier on its website on Monday. Its next winter survey begins in early December.`;

// Regional newspaper, Kenya: shillings written "Sh42 million", "Sh6.5m" and "Sh9.8 billion", US
// dollars in parentheses, "per cent", "percent" and "%" in one paragraph, a margin "to just 87"
// and a tally "48,815" (bare numbers, the unit implied), "1,214 votes", "the Feb. 19 vote" (a date
// as a modifier), "late on Wednesday", "Monday" inside a quote (resolved from the day the quote
// was made), "Thursday" (the publication day), "Tuesday" and "April 2" in a plan, "December" in
// past narrative written in March, "the August 2022 general election", "the 2026/27 financial
// year" and "July 1", "seven days" and "three hours", "a 38-year-old", "its 420 observers" (a
// reference) and "60 of the 312 polling stations", "says" in the present tense with a plan,
// "said A and that B", "said that A but that B" with a scare quote, a sentence-final attribution
// with "told reporters", a lede claim with a trailing "and … says" plan, and a voter's curly
// quotation running across a paragraph break with a nested single-quoted question; also a
// candidate's post on X after a colon ending in an emoji, "Tomorrow" inside it and "Thursday
// morning" before it, "between October 2025 and January", and "an estimated".
const RECOUNT = `NAKURU, Kenya (The Rift Ledger) — A recount of ballots in the Laikipia governor's by-election has cut the winner's margin from 1,214 votes to just 87, the electoral commission said late on Wednesday, and the runner-up says he will go to court to overturn the result.

After the recount, Grace Wambui Mwangi of the ruling party had 48,902 votes and the independent candidate Daniel Lekishon 48,815, the commission's chairman, Joseph Koech, told reporters in Nanyuki. She will be sworn in on Tuesday.

Laikipia, a county of ranches and wheat farms about 200 km north of Nairobi, has about 310,000 registered voters. Drought killed an estimated 40,000 cattle there between October 2025 and January, according to the Laikipia County Livestock Office. Water was the main issue of the campaign.

Koech said 31 ballot boxes had been reopened on the High Court's orders and that 1,127 ballots first counted for Mwangi had been rejected because they carried no official stamp. It was the first full recount of a governor's race in Kenya since 2013, he said. "Every agent from both campaigns signed the tally sheets on Monday. Nobody objected then," he said.

Lekishon, a 38-year-old former teacher, told supporters outside the court on Thursday that the stamps had been "left off on purpose" at polling stations where he was strong. His lawyer, Wanjiru Odhiambo, said they would file a petition within seven days.

The Feb. 19 vote was called because the county's first elected governor, Peter Mutai, died in office in December. Mutai had won the seat with 71 percent in the August 2022 general election. Turnout in the by-election was 41 per cent, down from 63% in 2022, the commission said.

The Independent Electoral and Boundaries Commission spent Sh42 million (about $325,000) on the by-election, including Sh6.5m on the recount, according to its budget office.

The Elections Observation Group, a coalition of church and civic groups, said its 420 observers had seen "no evidence of deliberate fraud" but that clerks at 60 of the 312 polling stations had not been trained to stamp ballots.

Mwangi, 52, a former county health executive, thanked voters in a post on X on Thursday morning: “The people have spoken. Tomorrow we start fixing the boreholes 💧”

Mary Chepkoech, a hotel cleaner in Nanyuki who queued for three hours to vote, said the recount had left her uneasy.

“My neighbour said to me, ‘Why bother? They will count it how they like.’ I voted anyway,” she said. “Now they tell me some votes were thrown out for a missing stamp.

“Whose mistake is that? Not mine.”

The High Court in Nanyuki will hear the petition on April 2. Laikipia has a budget of Sh9.8 billion for the 2026/27 financial year, which starts on July 1.`;

// City news site, New York housing court: US dollars with a rent per month, "a 46-page decision"
// (a hyphenated measure after a leading adverbial), a judge's "ruled on Tuesday that" and "held
// that" (outlet claims of the whole sentence) with a scare quote in the holding, "June 2019", "the
// 2019 law" (a year as a modifier, so "2019" twice and "19" inside both), "the spring of 2024",
// "the year to March" and "a year earlier" after it, "since 1989", "between 2020 and 2025" inside a quote as a leading
// adverbial, "Dec. 1" in a plan, "the first quarter of next year", "the three buildings" and "the
// 38 apartments" (references), "19 of them" (a bare number), "a third" (no number), an age after
// a name, a tenant's anecdote, "said A, and that B", a quote after a colon, a company's statement
// with a scare quote, "denied that" followed by a participle of saying holding a scare quote, and a
// city spokesperson's plan; "Property records show that", "the tenants' lawyers said", "June"
// after "June 2019", "October" before "October 2025", "3%" after "23%", and "reportedly".
const HOUSING = `NEW YORK (CityDesk) — Housing Court Judge Patricia Olmedo ruled on Tuesday that a Bronx landlord must return $412,600 in overcharged rent to the tenants of 38 rent-stabilized apartments and cut their monthly rents by an average of 23%.

In a 46-page decision, Olmedo held that Crestmark Realty had raised rents "far beyond anything the law allows" by billing tenants for renovations it never carried out. She ordered the company to pay triple damages on overcharges made after June 2019, when the state tightened its rent laws.

The tenants, many of whom have lived in the three buildings on the Grand Concourse for decades, began withholding rent in the spring of 2024.

Property records show that Crestmark bought the three buildings in 2017 for $31.5 million. Within two years, it had raised the registered rents on 29 of the 38 apartments, the tenants' lawyers said.

“I was paying $2,140 a month for an apartment that was registered at $1,380,” said Rosa Delgado, 67, who has lived in her apartment since 1989 and leads the tenants' association. “When I asked for the receipts, they sent me a photo of a sink.”

Their lawyer, Benjamin Okafor of the Bronx Tenant Law Project, said the ruling was one of the largest overcharge awards in the borough since the 2019 law, and that dozens of similar cases were waiting to be heard. He added: “Between 2020 and 2025, Crestmark filed renovation claims on 212 apartments in the Bronx. We have found work permits for 19 of them.”

Crestmark, which owns about 2,900 apartments across the Bronx and upper Manhattan, said in a statement that it "strongly disagrees" with the decision and would appeal. It denied that it had misled tenants about the work, saying contractors had completed "substantial upgrades" in every unit. The company is reportedly trying to sell the three buildings.

Tenants across the city filed 5,812 overcharge complaints in the year to March, up 18% from a year earlier, according to New York State Homes and Community Renewal, the state housing agency. The agency ordered refunds in about a third of the cases it closed.

About 960,000 apartments in the city are rent-stabilized, according to the city's latest Housing and Vacancy Survey. In June, the Rent Guidelines Board approved increases of 3% for one-year leases and 4.5% for two-year leases, which took effect on Oct. 1. The median asking rent in the Bronx rose to $2,600 in October, up 7.1% from October 2025, according to the listings site Rentwise.

The lower rents on the 38 apartments apply from Dec. 1, and Crestmark has 30 days to file a notice of appeal.

A spokesperson for the city's Department of Housing Preservation and Development said inspectors would visit all of Crestmark's Bronx buildings in the first quarter of next year.`;

// Business wire, Japan: yen written "¥4,890", "¥341" (a price per kilogram) and "¥3,600" beside
// "$24", tonnes, "a 5-kilogram bag" and "per 5 kg bag", "a 10-kilo bag" and "five kilos", "0.3
// percentage points", a lede that is a plan with a sentence-final attribution, "next month",
// "Thursday" (the publication day), "the week to Feb. 22", "at the same point last year", "Last
// summer's heat" (a possessive date leading a claim), "the 2025 harvest" (so "2025" twice),
// "the previous year", "January" three times, "September" in a forecast, "this month", "the
// weekend", "October 2025", "Last week" inside a quote (resolved from the day the quote was
// made, a Wednesday), "March 4" and "a week later" in a plan, "the 150,000 tonnes" (a reference),
// "analysts say" and "ministry data show" and "customs figures show" (sentence-final
// attributions), "it estimated", "unlikely", a shopper's straight quotation running across a
// paragraph break, an economist's rhetoric, "¥18.5 billion" with "$123 million", and "2025"
// six times (four inside longer dates or as modifiers).
const RICE = `TOKYO (Asia Markets Wire) — Japan will release another 210,000 tonnes of rice from its emergency stockpile next month after retail prices hit a record ¥4,890 for a 5-kilogram bag, the agriculture ministry said on Thursday.

The average price of rice at about 1,000 supermarkets rose for a ninth straight week in the week to Feb. 22, and is now 71% higher than at the same point last year, ministry data show.

“We will keep releasing rice until the shelves are full and prices come down,” Agriculture Minister Kenji Arakawa told reporters. He said the 150,000 tonnes sold at auction in January had reached only about 12% of stores because wholesalers were holding on to it. The ministry has set aside ¥18.5 billion (about $123 million) to subsidise transport of the stockpiled rice to rural stores, Arakawa said.

Last summer's heat cut the 2025 harvest in Niigata and other northern prefectures, and restaurants buying in bulk have drained supplies, analysts say. Japan produced 6.79 million tonnes of table rice in 2025, down 4.2% from the previous year, according to the ministry. Demand was about 7.05 million tonnes, it estimated. The government holds about 910,000 tonnes in its reserve, enough to cover six weeks of national consumption, the ministry said last week.

Sales of rice cookers fell 8% in the final quarter of 2025 from a year earlier, while bread and noodle makers reported record sales, according to industry figures.

"I used to buy a 10-kilo bag every month. Now I buy five kilos and mix it with barley," said Haruka Ito, 44, a nurse shopping at a supermarket in Tokyo's Nerima ward on Wednesday. "My kids hate it.

"Last week the store limited us to two bags per family."

Private traders brought in 94,000 tonnes of mostly American and Taiwanese rice in January despite a tariff of ¥341 a kilogram, customs figures show. California rice sold for about $24 (¥3,600) per 5 kg bag at Tokyo discount stores this month. Wholesale prices for the 2025 crop averaged ¥31,800 per 60 kg in January, up from ¥22,700 a year earlier, according to the ministry.

Takeshi Morimoto, an economist at Hoshino Securities, said rice alone had added 0.3 percentage points to core inflation in January and that prices were unlikely to fall before the new crop arrives in September. "The stockpile buys time, not rice," he said.

The cabinet's approval rating fell to 29% in a Kyodo News poll at the weekend, its lowest since it took office in October 2025. Arakawa took over the farm portfolio in October 2025. He faces a no-confidence motion in the Diet next week.

The first lots will be auctioned on March 4, and the rice should reach stores a week later, the ministry said.`;

const SCILINE = "SciLine";
const RL = "The Rift Ledger";
const CITYDESK = "CityDesk";
const AMW = "Asia Markets Wire";
const GLACIONET = "Glacionet";
const BARRAS = "Le\u0301onie Barras".normalize("NFC");
const INNSBRUCK = "researchers at the University of Innsbruck";
const FOEN = "Federal Office for the Environment";
const IMBODEN = "Nadia Imboden";
const LOETSCHEN = "Lo\u0308tschenbahnen AG".normalize("NFC");
const IEBC = "Independent Electoral and Boundaries Commission";
const KOECH = "Joseph Koech";
const LEKISHON = "Daniel Lekishon";
const ODHIAMBO = "Wanjiru Odhiambo";
const MWANGI = "Grace Wambui Mwangi";
const ELOG = "Elections Observation Group";
const CHEPKOECH = "Mary Chepkoech";
const OLMEDO = "Patricia Olmedo";
const CRESTMARK = "Crestmark Realty";
const DELGADO = "Rosa Delgado";
const OKAFOR = "Benjamin Okafor";
const HCR = "New York State Homes and Community Renewal";
const HPD = "spokesperson for the city's Department of Housing Preservation and Development";
const MAFF = "agriculture ministry";
const ARAKAWA = "Kenji Arakawa";
const ITO = "Haruka Ito";
const MORIMOTO = "Takeshi Morimoto";

export const FRESH8: EvalDocument[] = [
  {
    name: "fresh8/glacier",
    outlet: SCILINE,
    publishedAt: "2026-10-01",
    text: GLACIER,
    spans: [
      date("the end of September", "2026-09"),
      date("1914", "1914"),
      date("Wednesday", "2026-09-30"),
      date("late June", "2026-06"),
      date("Aug. 8 to 19", "2026-08-08/2026-08-19"),
      date("2022", "2022"),
      date("last autumn", "2025"),
      date("last month", "2026-09"),
      date("2000 and 2025", "2000/2025"),
      date("2100", "2100"),
      date("September", "2026-09", 2),
      date("2027", "2027"),
      date("July 14", "2026-07-14"),
      date("a week later", "2026-07-21"),
      date("2019", "2019"),
      date("this summer", "2026"),
      date("2025", "2025", 2),
      date("August", "2026-08"),
      date("the 1980s", "1980/1989"),
      date("May", "2026-05"),
      date("Monday", "2026-10-05"),
      date("early December", "2026-12"),
      measure("3.1%", 3.1, "%"),
      measure("two heatwaves", 2, "heatwaves"),
      measure("5,000 metres", 5_000, "metres"),
      measure("nine consecutive days", 9, "consecutive days"),
      measure("1.2 cubic kilometres", 1.2, "cubic kilometres"),
      measure("two years", 2, "years"),
      measure("Three", 3),
      measure("41 metres", 41, "metres"),
      measure("12 glaciers", 12, "glaciers"),
      measure("39%", 39, "%"),
      measure("60", 60, "%"),
      measure("70 percent", 70, "%"),
      measure("1.5°C", 1.5, "°C"),
      measure("8 million Swiss francs", 8_000_000, "CHF"),
      measure("€8.6m", 8_600_000, "EUR"),
      measure("40", 40),
      measure("230 residents", 230, "residents"),
      measure("80 centimetres", 80, "centimetres"),
      measure("2.4 million francs", 2_400_000, "CHF"),
      measure("40 minutes", 40, "minutes"),
      measure("310,000 tickets", 310_000, "tickets"),
      measure("268,000", 268_000),
      measure("three weeks", 3, "weeks"),
      measure("1.5 square kilometres", 1.5, "square kilometres"),
      quote("Three of the four worst years on our record have come since 2022", BARRAS, "direct"),
      quote("Honestly, I did not expect to write that sentence before I retired.", BARRAS, "direct"),
      quote(
        'the Rhône Glacier, a tourist draw in the canton of Valais, had retreated 41 metres since last autumn, and that the tongue of the smaller Furggen glacier had "effectively disappeared"',
        BARRAS,
        "indirect",
      ),
      quote("effectively disappeared", BARRAS, "direct"),
      quote("measurements were not completed on 12 glaciers because the ice had become too dangerous to walk on", BARRAS, "indirect"),
      quote("the cut would force it to close 40 of its 260 measuring sites", FOEN, "indirect"),
      quote("We have spent 2.4 million francs on nets, sensors and sirens since 2019", IMBODEN, "direct"),
      quote("The canton paid half of it.", IMBODEN, "direct"),
      quote(
        "But the engineers told us, ‘Nothing you build will hold back a whole glacier.’ We can now get everyone out of the village in 40 minutes.",
        IMBODEN,
        "direct",
      ),
      quote("Nothing you build will hold back a whole glacier.", "engineers", "direct"),
      claim(
        "Switzerland's glaciers lost 3.1% of their remaining ice in the year to the end of September, the third-largest annual loss since records began in 1914",
        GLACIONET,
        "attributed",
      ),
      claim(
        "A winter with little snow was followed by two heatwaves, one in late June and one from Aug. 8 to 19, when the freezing level stayed above 5,000 metres for nine consecutive days",
        GLACIONET,
        "attributed",
      ),
      claim(
        "The 176 glaciers it tracks shed about 1.2 cubic kilometres of ice between them, as much water as Swiss households use in two years",
        SCILINE,
        "outlet",
      ),
      claim("Three of the four worst years on our record have come since 2022", BARRAS, "attributed"),
      claim("the Rhône Glacier, a tourist draw in the canton of Valais, had retreated 41 metres since last autumn", BARRAS, "attributed"),
      claim('the tongue of the smaller Furggen glacier had "effectively disappeared"', BARRAS, "attributed"),
      claim("measurements were not completed on 12 glaciers because the ice had become too dangerous to walk on", BARRAS, "attributed", {
        denies: true,
      }),
      claim("glaciers across the Alps had lost 39% of their volume between 2000 and 2025", INNSBRUCK, "attributed"),
      claim(
        "the region could lose a further 60 to 70 percent of what remains by 2100, even if global warming is held to 1.5°C",
        INNSBRUCK,
        "attributed",
        { hedged: true },
      ),
      claim(
        "The federal government spends about 8 million Swiss francs (€8.6m) a year on glacier monitoring and hazard mapping",
        FOEN,
        "attributed",
      ),
      claim("Parliament's finance committee voted in September to cut that budget by a quarter from 2027", SCILINE, "outlet"),
      claim("the cut would force it to close 40 of its 260 measuring sites", FOEN, "attributed", { hedged: true }),
      claim("about 230 residents of the hamlet of Saas-Rieden were moved out", SCILINE, "outlet"),
      claim("They were allowed home a week later", SCILINE, "outlet"),
      claim("We have spent 2.4 million francs on nets, sensors and sirens since 2019", IMBODEN, "attributed"),
      claim("The canton paid half of it", IMBODEN, "attributed"),
      claim("Nothing you build will hold back a whole glacier", "engineers", "attributed", { denies: true }),
      claim("We can now get everyone out of the village in 40 minutes", IMBODEN, "attributed"),
      claim("Glacier tourism is still growing", SCILINE, "outlet"),
      claim("The gondola to the Lötschen ice cave sold 310,000 tickets this summer, up from 268,000 in 2025", LOETSCHEN, "attributed"),
      claim("The cave was closed for three weeks in August", SCILINE, "outlet"),
      claim(
        "the Marmolada glacier in the Dolomites has shrunk to less than 1.5 square kilometres, a third of its size in the 1980s",
        "Italian Glaciological Committee",
        "attributed",
      ),
    ],
  },
  {
    name: "fresh8/recount",
    outlet: RL,
    publishedAt: "2026-03-12",
    text: RECOUNT,
    spans: [
      date("Wednesday", "2026-03-11"),
      date("Tuesday", "2026-03-17"),
      date("October 2025 and January", "2025-10/2026-01"),
      date("2013", "2013"),
      date("Monday", "2026-03-09"),
      date("Thursday", "2026-03-12"),
      date("Feb. 19", "2026-02-19"),
      date("December", "2025-12"),
      date("August 2022", "2022-08"),
      date("2022", "2022", 2),
      date("Thursday", "2026-03-12", 2),
      date("Tomorrow", "2026-03-13"),
      date("April 2", "2026-04-02"),
      date("the 2026/27 financial year", "2026-07/2027-06"),
      date("July 1", "2026-07-01"),
      measure("1,214 votes", 1_214, "votes"),
      measure("87", 87),
      measure("48,902 votes", 48_902, "votes"),
      measure("48,815", 48_815),
      measure("200 km", 200, "km"),
      measure("310,000 registered voters", 310_000, "registered voters"),
      measure("40,000 cattle", 40_000, "cattle"),
      measure("31 ballot boxes", 31, "ballot boxes"),
      measure("1,127 ballots", 1_127, "ballots"),
      measure("38-year-old", 38, "years"),
      measure("seven days", 7, "days"),
      measure("71 percent", 71, "%"),
      measure("41 per cent", 41, "%"),
      measure("63%", 63, "%"),
      measure("Sh42 million", 42_000_000, "KES"),
      measure("$325,000", 325_000, "USD"),
      measure("Sh6.5m", 6_500_000, "KES"),
      measure("60", 60),
      measure("52", 52),
      measure("three hours", 3, "hours"),
      measure("Sh9.8 billion", 9_800_000_000, "KES"),
      quote("he will go to court to overturn the result", LEKISHON, "indirect"),
      quote(
        "31 ballot boxes had been reopened on the High Court's orders and that 1,127 ballots first counted for Mwangi had been rejected because they carried no official stamp",
        KOECH,
        "indirect",
      ),
      quote("Every agent from both campaigns signed the tally sheets on Monday. Nobody objected then", KOECH, "direct"),
      quote('the stamps had been "left off on purpose" at polling stations where he was strong', LEKISHON, "indirect"),
      quote("left off on purpose", LEKISHON, "direct"),
      quote("they would file a petition within seven days", ODHIAMBO, "indirect"),
      quote(
        'its 420 observers had seen "no evidence of deliberate fraud" but that clerks at 60 of the 312 polling stations had not been trained to stamp ballots',
        ELOG,
        "indirect",
      ),
      quote("no evidence of deliberate fraud", ELOG, "direct"),
      quote("The people have spoken. Tomorrow we start fixing the boreholes 💧", MWANGI, "direct"),
      quote("the recount had left her uneasy", CHEPKOECH, "indirect"),
      quote("My neighbour said to me, ‘Why bother? They will count it how they like.’ I voted anyway", CHEPKOECH, "direct"),
      quote("Why bother? They will count it how they like.", "neighbour", "direct"),
      quote("Now they tell me some votes were thrown out for a missing stamp.", CHEPKOECH, "direct"),
      quote("Whose mistake is that? Not mine.", CHEPKOECH, "direct"),
      claim(
        "A recount of ballots in the Laikipia governor's by-election has cut the winner's margin from 1,214 votes to just 87",
        IEBC,
        "attributed",
      ),
      claim(
        "Grace Wambui Mwangi of the ruling party had 48,902 votes and the independent candidate Daniel Lekishon 48,815",
        KOECH,
        "attributed",
      ),
      claim(
        "Laikipia, a county of ranches and wheat farms about 200 km north of Nairobi, has about 310,000 registered voters",
        RL,
        "outlet",
      ),
      claim(
        "Drought killed an estimated 40,000 cattle there between October 2025 and January",
        "Laikipia County Livestock Office",
        "attributed",
        {
          hedged: true,
        },
      ),
      claim("Water was the main issue of the campaign", RL, "outlet"),
      claim("31 ballot boxes had been reopened on the High Court's orders", KOECH, "attributed"),
      claim("1,127 ballots first counted for Mwangi had been rejected because they carried no official stamp", KOECH, "attributed"),
      claim("It was the first full recount of a governor's race in Kenya since 2013", KOECH, "attributed"),
      claim("Every agent from both campaigns signed the tally sheets on Monday", KOECH, "attributed"),
      claim("Nobody objected then", KOECH, "attributed", { denies: true }),
      claim('the stamps had been "left off on purpose" at polling stations where he was strong', LEKISHON, "attributed"),
      claim(
        "The Feb. 19 vote was called because the county's first elected governor, Peter Mutai, died in office in December",
        RL,
        "outlet",
      ),
      claim("Mutai had won the seat with 71 percent in the August 2022 general election", RL, "outlet"),
      claim("Turnout in the by-election was 41 per cent, down from 63% in 2022", IEBC, "attributed"),
      claim(
        "The Independent Electoral and Boundaries Commission spent Sh42 million (about $325,000) on the by-election, including Sh6.5m on the recount",
        IEBC,
        "attributed",
      ),
      claim('its 420 observers had seen "no evidence of deliberate fraud"', ELOG, "attributed", { denies: true }),
      claim("clerks at 60 of the 312 polling stations had not been trained to stamp ballots", ELOG, "attributed", { denies: true }),
      claim("Laikipia has a budget of Sh9.8 billion for the 2026/27 financial year, which starts on July 1", RL, "outlet"),
    ],
  },
  {
    name: "fresh8/housing",
    outlet: CITYDESK,
    publishedAt: "2026-11-19",
    text: HOUSING,
    spans: [
      date("Tuesday", "2026-11-17"),
      date("June 2019", "2019-06"),
      date("the spring of 2024", "2024"),
      date("2017", "2017"),
      date("1989", "1989"),
      date("2019", "2019", 2),
      date("2020 and 2025", "2020/2025"),
      date("March", "2026-03"),
      date("a year earlier", "2025-03"),
      date("June", "2026-06", 2),
      date("Oct. 1", "2026-10-01"),
      date("October", "2026-10"),
      date("October 2025", "2025-10"),
      date("Dec. 1", "2026-12-01"),
      date("the first quarter of next year", "2027-01/2027-03"),
      measure("$412,600", 412_600, "USD"),
      measure("38 rent-stabilized apartments", 38, "rent-stabilized apartments"),
      measure("23%", 23, "%"),
      measure("46-page", 46, "pages"),
      measure("$31.5 million", 31_500_000, "USD"),
      measure("two years", 2, "years"),
      measure("29", 29),
      measure("$2,140", 2_140, "USD"),
      measure("$1,380", 1_380, "USD"),
      measure("67", 67),
      measure("212 apartments", 212, "apartments"),
      measure("19", 19, undefined, 4),
      measure("2,900 apartments", 2_900, "apartments"),
      measure("5,812 overcharge complaints", 5_812, "overcharge complaints"),
      measure("18%", 18, "%"),
      measure("960,000 apartments", 960_000, "apartments"),
      measure("3%", 3, "%", 2),
      measure("one-year", 1, "years"),
      measure("4.5%", 4.5, "%"),
      measure("two-year", 2, "years"),
      measure("$2,600", 2_600, "USD"),
      measure("7.1%", 7.1, "%"),
      measure("30 days", 30, "days"),
      quote("far beyond anything the law allows", OLMEDO, "direct"),
      quote("I was paying $2,140 a month for an apartment that was registered at $1,380", DELGADO, "direct"),
      quote("When I asked for the receipts, they sent me a photo of a sink.", DELGADO, "direct"),
      quote(
        "the ruling was one of the largest overcharge awards in the borough since the 2019 law, and that dozens of similar cases were waiting to be heard",
        OKAFOR,
        "indirect",
      ),
      quote(
        "Between 2020 and 2025, Crestmark filed renovation claims on 212 apartments in the Bronx. We have found work permits for 19 of them.",
        OKAFOR,
        "direct",
      ),
      quote('it "strongly disagrees" with the decision and would appeal', CRESTMARK, "indirect"),
      quote("strongly disagrees", CRESTMARK, "direct"),
      quote('contractors had completed "substantial upgrades" in every unit', CRESTMARK, "indirect"),
      quote("substantial upgrades", CRESTMARK, "direct"),
      quote("inspectors would visit all of Crestmark's Bronx buildings in the first quarter of next year", HPD, "indirect"),
      claim(
        "Housing Court Judge Patricia Olmedo ruled on Tuesday that a Bronx landlord must return $412,600 in overcharged rent to the tenants of 38 rent-stabilized apartments and cut their monthly rents by an average of 23%",
        CITYDESK,
        "outlet",
      ),
      claim(
        'Olmedo held that Crestmark Realty had raised rents "far beyond anything the law allows" by billing tenants for renovations it never carried out',
        CITYDESK,
        "outlet",
      ),
      claim(
        "She ordered the company to pay triple damages on overcharges made after June 2019, when the state tightened its rent laws",
        CITYDESK,
        "outlet",
      ),
      claim(
        "The tenants, many of whom have lived in the three buildings on the Grand Concourse for decades, began withholding rent in the spring of 2024",
        CITYDESK,
        "outlet",
      ),
      claim("Crestmark bought the three buildings in 2017 for $31.5 million", "property records", "attributed"),
      claim("it had raised the registered rents on 29 of the 38 apartments", "tenants' lawyers", "attributed"),
      claim("the ruling was one of the largest overcharge awards in the borough since the 2019 law", OKAFOR, "attributed"),
      claim("dozens of similar cases were waiting to be heard", OKAFOR, "attributed"),
      claim("Crestmark filed renovation claims on 212 apartments in the Bronx", OKAFOR, "attributed"),
      claim("We have found work permits for 19 of them", OKAFOR, "attributed"),
      claim("it had misled tenants about the work", CRESTMARK, "attributed", { denies: true }),
      claim('contractors had completed "substantial upgrades" in every unit', CRESTMARK, "attributed"),
      claim("The company is reportedly trying to sell the three buildings", CITYDESK, "outlet", { hedged: true }),
      claim(
        "Tenants across the city filed 5,812 overcharge complaints in the year to March, up 18% from a year earlier",
        HCR,
        "attributed",
      ),
      claim("The agency ordered refunds in about a third of the cases it closed", CITYDESK, "outlet"),
      claim("About 960,000 apartments in the city are rent-stabilized", "Housing and Vacancy Survey", "attributed"),
      claim(
        "the Rent Guidelines Board approved increases of 3% for one-year leases and 4.5% for two-year leases, which took effect on Oct. 1",
        CITYDESK,
        "outlet",
      ),
      claim("The median asking rent in the Bronx rose to $2,600 in October, up 7.1% from October 2025", "Rentwise", "attributed"),
    ],
  },
  {
    name: "fresh8/rice",
    outlet: AMW,
    publishedAt: "2026-02-26",
    text: RICE,
    spans: [
      date("next month", "2026-03"),
      date("Thursday", "2026-02-26"),
      date("Feb. 22", "2026-02-22"),
      date("last year", "2025"),
      date("January", "2026-01"),
      date("Last summer", "2025"),
      date("2025", "2025"),
      date("2025", "2025", 2),
      date("the previous year", "2024"),
      date("last week", "2026-02-16/2026-02-22"),
      date("the final quarter of 2025", "2025-10/2025-12"),
      date("a year earlier", "2024-10/2024-12"),
      date("Wednesday", "2026-02-25"),
      date("Last week", "2026-02-16/2026-02-22"),
      date("January", "2026-01", 2),
      date("this month", "2026-02"),
      date("2025", "2025", 4),
      date("January", "2026-01", 3),
      date("a year earlier", "2025-01", 2),
      date("January", "2026-01", 4),
      date("September", "2026-09"),
      date("the weekend", "2026-02-21/2026-02-22"),
      date("October 2025", "2025-10"),
      date("October 2025", "2025-10", 2),
      date("next week", "2026-03-02/2026-03-08"),
      date("March 4", "2026-03-04"),
      date("a week later", "2026-03-11"),
      measure("210,000 tonnes", 210_000, "tonnes"),
      measure("¥4,890", 4_890, "JPY"),
      measure("5-kilogram", 5, "kilograms"),
      measure("1,000 supermarkets", 1_000, "supermarkets"),
      measure("71%", 71, "%"),
      measure("12%", 12, "%"),
      measure("¥18.5 billion", 18_500_000_000, "JPY"),
      measure("$123 million", 123_000_000, "USD"),
      measure("6.79 million tonnes", 6_790_000, "tonnes"),
      measure("4.2%", 4.2, "%"),
      measure("7.05 million tonnes", 7_050_000, "tonnes"),
      measure("910,000 tonnes", 910_000, "tonnes"),
      measure("six weeks", 6, "weeks"),
      measure("8%", 8, "%"),
      measure("10-kilo", 10, "kilos"),
      measure("five kilos", 5, "kilos"),
      measure("44", 44),
      measure("two bags", 2, "bags"),
      measure("94,000 tonnes", 94_000, "tonnes"),
      measure("¥341", 341, "JPY"),
      measure("$24", 24, "USD"),
      measure("¥3,600", 3_600, "JPY"),
      measure("5 kg", 5, "kg"),
      measure("¥31,800", 31_800, "JPY"),
      measure("60 kg", 60, "kg"),
      measure("¥22,700", 22_700, "JPY"),
      measure("0.3 percentage points", 0.3, "percentage points"),
      measure("29%", 29, "%"),
      quote("We will keep releasing rice until the shelves are full and prices come down", ARAKAWA, "direct"),
      quote(
        "the 150,000 tonnes sold at auction in January had reached only about 12% of stores because wholesalers were holding on to it",
        ARAKAWA,
        "indirect",
      ),
      quote("I used to buy a 10-kilo bag every month. Now I buy five kilos and mix it with barley", ITO, "direct"),
      quote("My kids hate it.", ITO, "direct"),
      quote("Last week the store limited us to two bags per family.", ITO, "direct"),
      quote(
        "rice alone had added 0.3 percentage points to core inflation in January and that prices were unlikely to fall before the new crop arrives in September",
        MORIMOTO,
        "indirect",
      ),
      quote("The stockpile buys time, not rice", MORIMOTO, "direct"),
      claim(
        "The average price of rice at about 1,000 supermarkets rose for a ninth straight week in the week to Feb. 22, and is now 71% higher than at the same point last year",
        "ministry data",
        "attributed",
      ),
      claim(
        "the 150,000 tonnes sold at auction in January had reached only about 12% of stores because wholesalers were holding on to it",
        ARAKAWA,
        "attributed",
      ),
      claim(
        "The ministry has set aside ¥18.5 billion (about $123 million) to subsidise transport of the stockpiled rice to rural stores",
        ARAKAWA,
        "attributed",
      ),
      claim(
        "Last summer's heat cut the 2025 harvest in Niigata and other northern prefectures, and restaurants buying in bulk have drained supplies",
        "analysts",
        "attributed",
      ),
      claim("Japan produced 6.79 million tonnes of table rice in 2025, down 4.2% from the previous year", MAFF, "attributed"),
      claim("Demand was about 7.05 million tonnes", MAFF, "attributed"),
      claim(
        "The government holds about 910,000 tonnes in its reserve, enough to cover six weeks of national consumption",
        MAFF,
        "attributed",
      ),
      claim(
        "Sales of rice cookers fell 8% in the final quarter of 2025 from a year earlier, while bread and noodle makers reported record sales",
        "industry figures",
        "attributed",
      ),
      claim(
        "Private traders brought in 94,000 tonnes of mostly American and Taiwanese rice in January despite a tariff of ¥341 a kilogram",
        "customs figures",
        "attributed",
      ),
      claim("California rice sold for about $24 (¥3,600) per 5 kg bag at Tokyo discount stores this month", AMW, "outlet"),
      claim("Wholesale prices for the 2025 crop averaged ¥31,800 per 60 kg in January, up from ¥22,700 a year earlier", MAFF, "attributed"),
      claim("rice alone had added 0.3 percentage points to core inflation in January", MORIMOTO, "attributed"),
      claim("prices were unlikely to fall before the new crop arrives in September", MORIMOTO, "attributed", { hedged: true }),
      claim(
        "The cabinet's approval rating fell to 29% in a Kyodo News poll at the weekend, its lowest since it took office in October 2025",
        AMW,
        "outlet",
      ),
      claim("Arakawa took over the farm portfolio in October 2025", AMW, "outlet"),
    ],
  },
];
