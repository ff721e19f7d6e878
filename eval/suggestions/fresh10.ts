// Tenth fresh held-out gold for `npm run eval:suggestions -- --report-fresh10`, written 2026-12-07
// blind, from the text and the conventions below only, without running or reading any suggester or
// its output: four new reports (Nigeria's central bank fining a mobile-payments company, Norway's
// sovereign wealth fund selling out of deep-sea mining, a crop-insurance payout dispute after a weak
// monsoon in an Indian district, a Dutch court's ruling on a data breach at a rail operator;
// invented events and people, in wire-service, business-daily, regional-newspaper and
// broadcaster-website styles), annotated by hand. Reported only (--report-fresh10), never tuned on:
// nobody tuning a suggester may read this file.
// Conventions are held-out.ts's, fresh.ts's, fresh2.ts's, fresh3.ts's, fresh4.ts's, fresh5.ts's,
// fresh6.ts's, fresh7.ts's, fresh8.ts's and fresh9.ts's, restated here:
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
// fresh8.ts's own conventions, restated:
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
// fresh9.ts's own conventions, restated:
// - a wire dateline's date ("BRASÍLIA, June 17 (Meridian Wire)") is a date; a numeric ISO date in
//   a designation of a document ("a regulatory filing dated 2026-03-04") is a date, itself; "Monday
//   7 September" is one date span, the weekday kept; "July 28-29" (a meeting's two days) is one
//   range span (2026-07-28/2026-07-29), as fresh8's "Aug. 8 to 19" is; "April 11th" after "Next
//   year's race is on" is that day next year (2027-04-11);
// - "the early 1990s" and "the early 2030s" are the decade's interval (1990/1999, 2030/2039), the
//   span keeping "the early", as "early October" is the month; "earlier this month" is the
//   publication month, as "earlier this year" is the year; "Next year's race" holds the date "Next
//   year" (capital kept) and "last year's race" the date "last year", as possessive dates are the
//   date words alone; "the whole of 2025" holds the date "2025";
// - the UK's financial year ("the 2026-27 financial year", April to March) is the interval of its
//   twelve months (2026-04/2027-03), as South Africa's is; "the first quarter of the financial
//   year" in a UK text written in September 2026 is April to June 2026 (2026-04/2026-06), and "a
//   year earlier" after it that quarter a year before (2025-04/2025-06); "the fiscal year ending
//   March 2027" (a Japanese company's) is 2026-04/2027-03, as fresh3's "the year ending March 31,
//   2027"; "the final three months of 2025" is 2025-10/2025-12, as "the first five months of 2026"
//   is an interval; "the fourth quarter of this year" is that quarter of the publication year;
// - inside quotes: "Two years ago" (said in March 2026) is the year two years before (2024), the
//   span keeping its capital; "tonight" in a post is the day of the post, as "this morning" is; "the
//   summer" in a surgeon's promise quoted from March 2026 is 2026, "last November" said in June
//   2026 is 2025-11, and "July" in a June forecast is the next July;
// - race times ("2:06:41", "2:08", "inside 2:10") are neither dates nor measures, as clock times and
//   scores are not; "8am" is a clock time; "the 35th kilometre", "ninth", "fourth", "third-largest",
//   "second-largest" and "fifth straight" are ordinals; "an hour" and "a single week" have no
//   number; a vote split "7-2" is no measure; a chip process ("2nm") and a line's name ("P3") are
//   designations, not measures;
// - units: "19C", "31C" and "26 degrees" (of air) are "°C"; "345-kilovolt" is the hyphenated
//   measure in "kilovolts"; "nine-member" is 9 "members", "the 18-week standard" and "12-hour
//   shifts" hyphenated measures ("18-week", "12-hour") in "weeks" and "hours", "The 27-year-old" 27
//   "years"; "two older wards", "five rows", "six scanners", "40 portable air-conditioning units"
//   and "four operating theatres" keep the noun phrase counted; "three miles every morning" is "three
//   miles" (the frequency dropped), "£1.2m a year" "£1.2m", "2,000% a year" "2,000%"; "two
//   quarters" is a measure in "quarters" (a duration, not a date); "Some 7,412 patients" drops
//   "Some" as "about" is dropped; "another 50" (basis points implied), "quoting 30" (months
//   implied) and "Only twelve more" (kilometres implied) are bare numbers; "capped at 14,000" is a
//   bare number, as fresh7's enrolment cap;
// - "Twenty-one of the 32 economists", "Ten of our 38 orthopaedic beds" and "Twelve of the top 20
//   men" are the bare numbers "Twenty-one", "Ten" and "Twelve", the rest references; "212 runners,
//   17 of whom" is the measure "212 runners" and the bare "17"; "its 600 beds" (a possessive), "the
//   12 months to May", "the three months to April" and "the previous three months" are references,
//   the months in them dates ("a year earlier" after "the three months to April" is 2025-04);
//   "9,800" and "10,976" (runners only implied) are bare numbers; "three times as many" and "almost
//   double" are no measures;
// - money: "R$" and "reais" are BRL ("R$61.3 billion" → 61300000000 BRL; "5.08 reais per dollar",
//   an exchange rate, is the measure "5.08 reais" in BRL), "₩" KRW ("₩31.5 trillion" →
//   31500000000000 KRW), "¥40bn" 40000000000 JPY; "$" in Brazilian, Korean and Croatian texts is
//   USD; "€" EUR; "£41m" → 41000000 GBP;
// - claims: "has pushed back volume production … to the second half of 2027" (a schedule change
//   already made) is a claim, while "had told investors that the line … would start …", "still
//   aimed to be …", "It has promised a surplus …", "will open a £14m surgical hub" and "would spend
//   part of it on a treadmill" are plans (quotes where said, no claims); "the government would not
//   seek new spending before the October election" is a negated commitment: a claim with stance
//   denies, unhedged; "the substation would not be finished before June 2027" is a forecast: hedged,
//   stance denies; "did not expect its 2027 product launches to slip" is hedged ("expect") with
//   stance denies, the reported clause without its subject as written; "he now expected the Selic
//   to reach 12% …" is hedged; "X estimated that the delay would cost …" is an attributed claim,
//   hedged (the "would" of a forecast), no quote; "None was seriously ill, it added" and "That never
//   happened in the 2010s" deny; "Gebremariam takes home €40,000 …" (the prize rules) is a fact;
// - a lede "X cut its rate …, its first reduction since May 2024, saying Y" is an outlet claim of
//   the main clause and its appositive, and Y an indirect quote and an attributed claim of X;
//   "According to the filing," leading a sentence makes an attributed claim of the rest; "the
//   statement said", "It added that", "the bank said in a statement" are the central bank's
//   ("Brazil's central bank"); "the company said in a regulatory filing" and "According to the
//   filing" are "Hanbit Semiconductor"'s; "according to NHS England figures" and "the figures show"
//   are held by "NHS England figures", "Board papers … show that" and "the papers say" by "board
//   papers", "the trust confirmed" by "Aire Valley Hospitals NHS Foundation Trust", "the
//   statistics agency IBGE said" by "IBGE", "central bank data show" by "central bank data",
//   "Organisers said" by "organisers"; unnamed speakers:
//   "engineer at the site", "Pyeongtaek city officials", "surgeon";
// - not claims: a runner's, a runner-up's and a patient's accounts of their own race or wait (the
//   heat at 30 kilometres, a cramp after 38 km, the stairs, the dog), a COO's "We would rather be
//   late …", an economist's "I would not bet on another 50 in July", an MP's "People in this valley
//   are not asking for miracles …", an engineer's post and a runner's Instagram post (anecdote and
//   rhetoric); claims: a race director's "We had people standing five rows deep on the Riva" (a
//   fact about the crowd), an analyst's "The grid operator is now quoting 30", an economist's "The
//   fiscal scare of last November is over"; a relative clause or apposition describing a speaker
//   ("Marković, who also won €40,000, said …") is no claim, but "Marković, 31, a physiotherapist
//   from Zagreb, had finished fourth …" (its own sentence) is; the outlet's account of a patient's
//   wait ("Brenda Holroyd, 71, from Keighley, has waited 14 months …") is an outlet claim;
// - a runner quoting himself ("I told myself, ‘Only twelve more.’") is a nested direct quote with
//   his own name as speaker, its period kept; a surgeon's promise nested in a patient's quote is a
//   direct quote of "surgeon", no claim; names with combining marks here: Brasília, São Paulo,
//   Helena Araújo, Corretora Atlântica and Ivana Marković (decomposed in the texts); the Korean
//   company name in Hangul (한빛반도체) stays inside its claim.
// fresh10.ts's own conventions, for cases the earlier sets do not meet (decided before annotating):
// - a wire dateline's date written without a period ("LAGOS, Oct 23 (Savanna Wire)") is a date, as
//   "June 17" is; "from January 2024 to April this year" is the one range span "January 2024 to
//   April this year" (2024-01/2025-04, written October 2025), and "between Jan. 5 and Feb. 27" the
//   range "Jan. 5 and Feb. 27", as fresh6's "1 June and 15 August"; "October last year" and
//   "September last year" are that month of the year before publication (2024-10 written in October
//   2025, 2026-09 written in June 2027); "the following week" after "May 30" (a Friday, 2025) is the
//   next calendar week (2025-06-02/2025-06-08); "a month later" after "November" (2025) is the next
//   month (2025-12);
// - "the end of last year" is the year (2025), as "the end of the year" is; "the end of next month"
//   inside a quote made on Sept. 9 is the month after the quote's (2025-10), as "the end of October"
//   is the month; "the end of January" in a plan is the month; "the end of the third quarter" in a
//   plan is that quarter of the publication year (2027-07/2027-09), as a quarter without a year is;
//   "the first half of 2025" is 2025-01/2025-06 and "a year earlier" after it 2024-01/2024-06; "a
//   year earlier" after "the end of December" (2025) is 2024-12; "next spring" written in March 2026
//   is 2027 and written in June 2027 2028;
// - weekdays: "last Thursday" written on a Tuesday and "last Tuesday" written on a Monday are the
//   latest such days before publication, "last Friday" written on a Wednesday likewise (2027-06-11);
//   "Friday" in an interview told to the paper, written on a Tuesday, is the latest Friday; "next
//   Monday" written on a Monday is the Monday a week on (2027-01-25), and "the following week" after
//   it, in an official's forecast, the calendar week after that Monday's (2027-02-01/2027-02-07); "by
//   Friday" inside a scare quote of a promise made last Tuesday (2027-01-12) is that week's Friday
//   (2027-01-15), resolved from the day the words were said; "on Friday" in a plan written on a
//   Wednesday is two days on (2027-06-18); "Wednesday evening" is "Wednesday";
// - India's kharif season (the monsoon crop, June to October, inside one calendar year) written "the
//   2026 kharif season" is the year (2026), the span keeping "the" and the season's noun, as the
//   financial years do; "For the 2025 kharif season," is a leading adverbial whose date is still a
//   span; "mid-July" after "from" is the month, the span without "from"; "late May", "June 19",
//   "June and September" and "October" in the account of the 2026 monsoon (written January 2027) are
//   in 2026; "on Jan. 8 than at the same point last year" holds the dates "Jan. 8" and "last year";
// - money: "₦" NGN ("₦4.2 billion" → 4200000000 NGN, "₦2.9 trillion" → 2900000000000 NGN; "₦1,512
//   per dollar", an exchange rate, is the measure "₦1,512" in NGN); "NOK" and "kroner" NOK ("NOK
//   14.6bn" → 14600000000, "NOK 20,900bn" → 20900000000000, "NOK 3.7mn" → 3700000, "NOK 400m" →
//   400000000; "10.9 kroner per dollar" is "10.9 kroner" in NOK); "C$3.12" CAD; "₹" INR, a crore
//   10,000,000 and a lakh 100,000 ("₹1,240 crore" → 12400000000 INR, "₹1.8 lakh" → 180000 INR, and
//   a count "4.6 lakh farmers" → 460000 "farmers"); "₹1,150 a hectare" and "₹27,000 a farmer" are
//   the amounts, as prices per unit are; "€3.2bn" → 3200000000 EUR, "€8.5m" → 8500000 EUR; "$" in
//   Nigerian, Norwegian and Dutch texts is USD;
// - measures: "a 90-day ban" is "90-day" in "days", "a 61-page judgment" "61-page" in "pages", "the
//   three-month appeal period" "three-month" in "months", "the five-year average" "five-year" in
//   "years"; "ten million years" (words) is 10000000 "years"; "its first cut in five years" is the
//   duration "five years"; "between 0.5 and 1.5%" and "only 14 to 19 per cent" are two measures each,
//   the bare first end in "%"; "between ₦50 million and ₦1.1 billion" two; "no more than 5%", "less
//   than 0.1%", "at least seven" and "up to €276 million" drop their qualifiers; "44.6 degrees
//   Celsius" is "°C"; "412 mm" keeps "mm"; "3 per cent a month" is "3 per cent" and "1.1 million
//   passengers a day" "1.1 million passengers" (the frequency dropped); "Two of them", "Two of the
//   boards" and "1,212 of the 1,860 plots" are the bare numbers "Two", "Two" and "1,212", the rest
//   references; "Norway's 5.6 million people" (a possessive) is a reference; "seven payment
//   companies", "two Japanese trading houses", "two foundations", "three hectares", "410,000 passport
//   scans", "1.9 million bank account numbers" and "11,600 shareholder meetings" keep the noun phrase
//   counted; an age after a name ("Adébáyọ̀, 41", "Shinde, 54") is a bare number; "9am" is a clock
//   time; "close to 2°C" and "Only 31,400 passengers" drop "close to" and "Only" as "about" is
//   dropped; "under 16" (an age) is a bare number; "the end of 2024" is the year, as "the end of
//   last year" is; "a decade", "a third", "a year's sales", "minutes after the ruling" and "at
//   least twice" are no measures; a measure inside a quote or post ("€120 for every passenger") is
//   a measure;
// - quotes: "said in a letter to the company, seen by Savanna Wire, that A, and that B" is one
//   indirect quote ("seen by" is no verb of saying), a claim per reported clause; "argued that A, and
//   that B" one; "conceded that A but said B" two; "argued that A and estimated that B" is the
//   indirect quote A and the attributed claim B (unhedged, past), no quote for B; "rejected
//   suggestions that X, saying Y" is the claim X (denies) and Y an indirect quote and claim; ",
//   adding that Y" is a participle of saying; "told the Storting's finance committee last Thursday
//   that", "told MPs last Friday that", "told farmers' leaders last Tuesday that", "told the
//   legislative council in Nagpur last month that" and "Privacy researchers say" (present) are verbs
//   of saying; "had warned in a speech in Abuja on Sept. 9:" introduces a direct quote after a colon;
//   a colon inside a quote ("… is simple: growth is no excuse") starts no new quote;
// - a post written over two lines (a single line break inside its paragraph) is one direct quote, the
//   line break kept in the span; a foundation's, a campaign group's and a trader's posts on X are
//   quoted with the foundation, the group and the trader as speakers, emoji included (⚖️ with its
//   variation selector, each a code point); a chant in Devanagari is a direct quote of "farmers", its
//   "!" kept, and its English gloss in parentheses is not a quote; a nested quote of a company in a
//   fund chief's quotation ("Abyssal wrote to us, ‘Our collectors leave no lasting trace.’") has the
//   company's full name, given only later, as speaker, its period kept; a nested line of an
//   unnamed agent in a farmer's quotation is a direct quote of "insurance agent";
// - claims: "appears to" and "appear to" hedge ("The penalty appears to mark a shift …, said X" is an
//   attributed claim of X, hedged; "Many farmers appear to have skipped the winter crop …" an outlet
//   claim, hedged); "is widely seen as" and "is widely seen in Lagos as" hedge the outlet; "is also
//   thought to be reviewing …, according to people familiar with the matter" is hedged, held by
//   "people familiar with the matter"; "is likely to" hedges; "was reportedly in talks" and "are
//   reportedly preparing" hedge; "could cost it up to €276 million" and "payments could reach
//   passengers by next spring if Spoorwerk did not appeal" are hedged (the second conditional, its
//   "if" clause kept); "If the committee rules for farmers, payments could begin the following week,
//   Kulkarni said" is an attributed hedged claim, no quote; "its environmental studies showed the
//   impact of its collectors would be "minimal and local"" is a forecast with "would": hedged;
// - negations (stance denies): "None of the flagged accounts was opened later than June 2024, when we
//   upgraded our checks", "no customer funds were at risk", "Two of the boards never replied to our
//   letters", "Our collectors leave no lasting trace", "No payments had arrived by Saturday" (held by
//   "farmers' leaders"), "passengers suffered "no concrete harm"", "It denied that any stolen data had
//   been used for fraud" (claim, no quote); negated commitments (denies, unhedged): "the government
//   had "no plans" to change the fund's ethical guidelines", "We will not pay claims based on …", "the
//   state, Spoorwerk's sole shareholder, would not cover any payout";
// - not claims: a regulator's threat ("Firms that grow first and verify later will hear from us …"),
//   a promise ("₹300 crore would be "in your accounts by Friday""), a commitment ("We will pay every
//   valid claim."), a schedule ("a review of its exclusion rules would report in the first half of
//   2027", "the ban on new customers runs until Jan. 20, the CBN said", "will hear both sides next
//   Monday"), reactions ("it "regretted" the decision", "it was "disappointed" by the ruling and would
//   decide …"), rhetoric ("The message to the sector is simple: growth is no excuse"), a trader's
//   complaint and appeal in a post, a foundation's "WE WON! … Spoorwerk, pay up.", the question in a
//   campaign group's post, a farmer's account of the agent and of his own loan (anecdote), and the
//   framing "Abyssal wrote to us, ‘…’" in a quotation; claims: the campaign group's "Norway's oil fund
//   just dumped deep-sea mining" (its emoji and question out), a fund chief's "Engagement failed" and
//   "It then missed its own deadline for an impact study", a lawyer's account of helpline calls;
// - a leading adverbial ending in a comma stays out of its claim ("At Monday's exchange rate of 10.9
//   kroner per dollar,", "Under the scheme's rules,", "Under the scheme's guidelines,", "In a letter to
//   the district collector dated 2026-12-02,", "At a hearing in March,", "In a 61-page judgment,",
//   "According to the judgment,", "For the 2025 kharif season,"), its dates and measures still spans;
//   a trailing "after …" clause of time is dropped ("… founded PayKora in 2019 after a decade at a
//   Lagos commercial bank", "The monsoon reached Latur on June 19, nine days late, after temperatures
//   touched …"); a "so" clause ("…, so the fine equals about 31% of a year's sales") and an "as"
//   clause in a lede stay in; a relative clause or apposition describing a speaker or holder
//   ("PayKora, which has about 11 million users, said"; "NBIM, which runs the fund for the central
//   bank, said"; "Shinde, 54, who farms three hectares near Ausa"; "Stichting Spoorlek, the foundation
//   that brought the collective action in 2025, posted") is no claim, its measures and dates still
//   spans; "presiding judge Marloes de Graaf held that …" is an outlet claim of the sentence after its
//   leading adverbial, her scare quotes direct quotes of hers;
// - holders and speakers: "Nigeria's central bank", "the CBN" and "the letter" are "Central Bank of
//   Nigeria"; "it said in August" is "PayKora"'s; "according to a tally by Lagos-based consultancy
//   Kudi Insights" is "Kudi Insights"; "its manager said" and "NBIM reported" are "Norges Bank
//   Investment Management"'s; "The fund's Council on Ethics" is "Council on Ethics"; "Abyssal" is
//   "Abyssal Minerals"; "according to district officials" and "district officials estimated" are
//   "district officials"; "according to India Meteorological Department data" is "India
//   Meteorological Department data"; "Crop-cutting experiments by the state agriculture department …
//   found that X" is an attributed claim of "state agriculture department", no quote, as fresh7's
//   figures are the university's; "department figures show" is "department figures"; "Agriculture
//   officials said" is "agriculture officials"; "the leaders said" is "farmers' leaders"; "Sahyadri"
//   is "Sahyadri General Insurance", and "its filings show" its own (the company's reports);
//   "According to the judgment" is "Midden-Nederland District Court"'s; "according to the Dutch Data Protection Authority" that authority's; "Spoorwerk's
//   lawyers" and "Privacy researchers" are "Spoorwerk's lawyers" and "privacy researchers"; titles
//   ("chief executive", "Governor", "District collector", "presiding judge") are not part of names;
// - names with combining marks here, decomposed (NFD) in the texts: Ifeoluwa Adébáyọ̀ (whose ọ̀ stays
//   two code points, U+1ECD U+0300, after NFC), Åsmund Lien and Renée Oosterhuis; the Devanagari
//   chant is NFC-stable; the texts' emoji (😩, 🌊, 🚆) are one code point each.
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

// Wire service, Nigeria: a dateline "Oct 23" without a period, "₦4.2 billion ($2.8 million)",
// "₦13.5 billion", "₦2.9 trillion", "₦1,512 per dollar" (an exchange rate), "between ₦50 million
// and ₦1.1 billion", "$40 million", "₦3,200" per account, "a 90-day ban", "50 basis points",
// "between 0.5 and 1.5%", "in five years", "at least seven", "Two of them", an age after a name,
// "between March and May", "from January 2024 to April this year", "May 30" and "the following
// week", "the first half of 2025" and "a year earlier" after it, "October last year", "earlier this
// year", "last year", "Jan. 20" in a schedule, "Tuesday" in a plan, "the end of next month" inside
// a quote made on "Sept. 9", a letter "seen by" the wire, "appears to", "reportedly", "widely
// seen", ", adding that", straight and curly quotation marks, a trader's post over two lines with
// an emoji, and a Yoruba name written with combining marks (Adébáyọ̀).
const PAYKORA = `LAGOS, Oct 23 (Savanna Wire) - Nigeria's central bank fined mobile-payments company PayKora ₦4.2 billion ($2.8 million) on Wednesday for breaching know-your-customer rules, the largest penalty it has imposed on a fintech firm, and imposed a 90-day ban on signing up new customers.

The Central Bank of Nigeria (CBN) said in a letter to the company, seen by Savanna Wire, that an inspection between March and May had found 1.3 million accounts opened without a verified Bank Verification Number, and that some of them had been used to move "proceeds of fraud". It said the fine had been set at ₦3,200 for each flagged account.

The inspection covered accounts opened from January 2024 to April this year, the letter said. The inspectors left PayKora's Lagos office on May 30, and the company received a draft report the following week.

PayKora, which has about 11 million users, said it would appeal. "We have cooperated fully with the regulator since the inspection began," chief executive Ifeoluwa Ade\u0301ba\u0301yo\u0323\u0300 said in a statement. "None of the flagged accounts was opened later than June 2024, when we upgraded our checks."

Ade\u0301ba\u0301yo\u0323\u0300, 41, founded PayKora in 2019 after a decade at a Lagos commercial bank. The company charges merchants between 0.5 and 1.5% a transaction, undercutting most banks.

PayKora's revenue was ₦13.5 billion in 2024, so the fine equals about 31% of a year's sales. The company processed ₦2.9 trillion in payments in the first half of 2025, up 64% from a year earlier, it said in August.

The naira traded at ₦1,512 per dollar on Wednesday, its strongest level since January. It has lost about 70% of its value against the dollar since mid-2023, when the central bank stopped defending a fixed rate.

PayKora must pay within 14 days, and the ban on new customers runs until Jan. 20, the CBN said. Governor Yusuf Dantata will brief the Senate banking committee on the decision on Tuesday.

Dantata had warned in a speech in Abuja on Sept. 9: "Firms that grow first and verify later will hear from us before the end of next month."

The central bank cut its benchmark rate by 50 basis points to 27% in September, its first cut in five years. Regulators have fined at least seven payment companies since October last year, with penalties of between ₦50 million and ₦1.1 billion, according to a tally by Lagos-based consultancy Kudi Insights. Two of them lost their licences.

The Fintech Association of Nigeria, which represents more than 300 companies, warned that the ban could slow the spread of digital payments in rural areas, where only 38% of adults had a bank account in 2023.

The penalty appears to mark a shift in the CBN's approach, which until last year relied mostly on warning letters, said Chiamaka Eze, a partner at the Abuja law firm Eze & Balogun. “The message to the sector is simple: growth is no excuse,” she said.

PayKora was reportedly in talks earlier this year to raise $40 million from investors led by a Nairobi-based fund. The fine is widely seen in Lagos as a test for other fast-growing apps, including rivals ZumaPay and Okada Money.

Several users complained of failed withdrawals on Wednesday evening. One Lagos trader, Bisi Okonkwo, wrote on X: “Been trying to withdraw since 9am.
Still pending 😩 @PayKora abeg talk to us”

PayKora said on Thursday that withdrawals were "working normally" and that the delays had been caused by a surge in traffic, adding that no customer funds were at risk.`;

// Business daily, Norway: "$1.9 trillion", "NOK 14.6bn" twice, "NOK 20,900bn", "NOK 3.7mn", "NOK
// 400m", "10.9 kroner per dollar" (an exchange rate), "$1.3bn", "C$3.12", "38 basis points", "0.6
// percentage points", "no more than 5%", "less than 0.1%", "ten million years" in words inside a
// scare quote, "11,600 shareholder meetings", "Two of the boards", "Norway's 5.6 million people" (a
// reference), "Monday" three times (once possessive), "Jan. 5 and Feb. 27", "the end of last year",
// "October last year", "November" and "a month later", "last year" and "Friday" in an interview,
// "next spring", "2025" and "last month", "the end of December" and "a year earlier" after it,
// "last Thursday" and a planned "Thursday", "the first half of 2027", "February", "the first
// quarter" and "April 22" in a plan, a fund chief's quotation running across a paragraph break with
// a company's words nested in single marks, scare quotes in straight marks, "arguing that", "argued
// that … and estimated that", "rejected suggestions that …, saying", "is also thought to be", a
// leading "At Monday's exchange rate …," and a campaign group's post with an emoji; Åsmund written
// with a combining mark.
const OILFUND = `OSLO (Nordic Ledger) — Norway's sovereign wealth fund has sold its entire holdings in 11 companies linked to deep-sea mining, worth NOK 14.6bn, its manager said on Monday.

Norges Bank Investment Management (NBIM), which runs the fund for the central bank, said the sales had been completed between Jan. 5 and Feb. 27, in blocks of no more than 5% of daily trading volume. The holdings amounted to less than 0.1% of the fund, which was worth about $1.9 trillion at the end of last year.

The fund's Council on Ethics recommended the exclusions in October last year, arguing that the companies' planned operations on the Pacific seabed could destroy habitats "formed over ten million years". The recommendation reached Norges Bank's executive board in November, and the board approved it a month later. The fund has now excluded 194 companies on ethical grounds, up from 181 at the end of 2024.

Chief executive A\u030asmund Lien said the council's advice had been followed "in every case but one" since it was set up in 2004.

“We voted at 11,600 shareholder meetings last year, and we met every one of these companies at least twice,” Lien told Nordic Ledger in an interview on Friday. “Engagement failed.

“Two of the boards never replied to our letters. Abyssal wrote to us, ‘Our collectors leave no lasting trace.’ It then missed its own deadline for an impact study.”

The largest holding sold was a 2.3% stake in Abyssal Minerals, a Toronto-listed company that plans to begin collecting polymetallic nodules in the Clarion-Clipperton Zone next spring. The nodules lie at depths of 4,000 to 6,000 metres, where the water stays close to 2°C. Abyssal said in a statement that it "regretted" the decision and that its environmental studies showed the impact of its collectors would be "minimal and local". Its shares fell 8.4% in Toronto on Monday to C$3.12.

At Monday's exchange rate of 10.9 kroner per dollar, NOK 14.6bn is worth about $1.3bn. The fund returned 13.1% in 2025, beating its benchmark by 38 basis points, NBIM reported last month. It was worth NOK 20,900bn at the end of December, or about NOK 3.7mn for each of Norway's 5.6 million people. Equities made up 71.2% of the portfolio, 0.6 percentage points more than a year earlier.

Finance Minister Tor Haraldsen told the Storting's finance committee last Thursday that the government had "no plans" to change the fund's ethical guidelines, but that a review of its exclusion rules would report in the first half of 2027.

Kari Vold, finance spokesperson for the opposition Progress Party, argued that NBIM had "sold at the bottom of the market" and estimated that the exits had cost savers NOK 400m. NBIM rejected suggestions that the timing had been poor, saying most of the shares had been sold before Abyssal's slump in February.

Norway's parliament voted in December 2023 to open 281,000 square kilometres of its own seabed to exploration, but the government postponed the first licensing round in late 2024.

The fund is also thought to be reviewing its stakes in two Japanese trading houses with mining interests, according to people familiar with the matter. The Oslo campaign group Havvakt posted on X: “Norway's oil fund just dumped deep-sea mining 🌊 Next: the trading houses?”

Lien will present the fund's annual report on responsible investment to parliament on Thursday, and NBIM will publish results for the first quarter on April 22.`;

// Regional newspaper, India: "lakh" and "crore" ("4.6 lakh farmers", "₹1,240 crore", "₹300 crore",
// "₹310 crore", "₹500 crore", "₹1,020 crore", "₹1.8 lakh", and "the district's 7.1 lakh hectares",
// a reference), "₹1,150 a hectare", "₹27,000 a farmer", "per cent" throughout, "only 14 to 19 per
// cent", "3 per cent a month", "44.6 degrees Celsius", "412 mm", "nine days", "23 days", "45 days",
// "two hours", "three hectares", "the five-year average", "1,212 of the 1,860 plots", an age after
// a name, "the 2026 kharif season" and "the 2025 kharif season", "June 19", "late May", "June and
// September", "mid-July", "October", an ISO date in a letter's designation, "last Tuesday" with "by
// Friday" inside a scare quote, "Saturday", "Thursday", "on Friday", "last month" with "the end of
// January" in a plan, "Jan. 8" and "at the same point last year", "next Monday" and "the following
// week", "found that", "appear to", a farmer's curly quotation with an agent's words nested in
// single marks, a Marathi chant in Devanagari with its gloss, and an insurer's statement after a
// colon.
const CROPCOVER = `LATUR: More than 4.6 lakh farmers in Latur district are still waiting for crop-insurance payouts for the 2026 kharif season, as the insurer and the state agriculture department argue over how badly the soybean harvest failed.

Claims worth ₹1,240 crore are pending with Sahyadri General Insurance, which covers the district under the Pradhan Mantri Fasal Bima Yojana (PMFBY), according to district officials. About 62 per cent of the district's 7.1 lakh hectares under kharif crops was sown with soybean last year. Farmers paid a premium of 2 per cent of the sum insured, or about ₹1,150 a hectare for soybean, and the Centre and the state paid the rest.

The monsoon reached Latur on June 19, nine days late, after temperatures touched 44.6 degrees Celsius in late May. The district received 412 mm of rain between June and September, 38 per cent below the long-period average, and went 23 days without rain from mid-July, according to India Meteorological Department data.

Crop-cutting experiments by the state agriculture department on 1,860 plots in October found that soybean yields were 46 per cent below the five-year average. Under the scheme's rules, a shortfall of that size entitles farmers to near-full compensation.

In a letter to the district collector dated 2026-12-02, Sahyadri argued that satellite data showed yields had fallen by only 14 to 19 per cent, and that some plots had been "selectively chosen". Agriculture officials said the insurer's surveyors had been invited to 1,212 of the 1,860 plots.

“The insurance agent stood at the edge of my field and said, ‘Your soybean looks fine from space.’ I had nothing to harvest but weeds,” said Dattatray Shinde, 54, who farms three hectares near Ausa. Shinde said he had borrowed ₹1.8 lakh from a moneylender at 3 per cent a month to buy seed and fertiliser.

District collector Ramesh Kulkarni told farmers' leaders last Tuesday that ₹300 crore would be "in your accounts by Friday". No payments had arrived by Saturday, the leaders said.

About 3,000 farmers marched to the collectorate on Thursday and blocked the Latur-Nanded highway for two hours. “विमा द्या, नाहीतर खुर्ची खाली करा!” they chanted (“Pay up, or give up the chair!”).

Sahyadri said in a statement on Friday: “We will pay every valid claim. We will not pay claims based on experiments that our own surveyors were not allowed to witness.”

For the 2025 kharif season, Sahyadri paid ₹310 crore in Latur within 45 days of the harvest. The company, a joint venture between a Pune-based lender and a Japanese insurer, collected ₹1,020 crore in premiums across eight districts for the 2026 kharif season, its filings show. The average pending claim is about ₹27,000 a farmer, district officials estimated.

State agriculture minister Vasant Deshmukh told the legislative council in Nagpur last month that the state would release ₹500 crore from its own funds if the insurer had not paid by the end of January.

The area sown with chickpea in the district was 9 per cent lower on Jan. 8 than at the same point last year, department figures show. Many farmers appear to have skipped the winter crop for lack of cash.

A state-level technical advisory committee will hear both sides next Monday. Under the scheme's guidelines, its decision is binding on the insurer. If the committee rules for farmers, payments could begin the following week, Kulkarni said.`;

// Broadcaster website, the Netherlands: "€120" twice (once in a post), "€8.5m", "€3.2bn", "up to
// €276 million", "€41 million", "2.3 million passengers", "1.1 million passengers a day", "31,400
// passengers, or 1.4 per cent", "14,000 passengers", "410,000 passport scans", "a 61-page
// judgment", "the three-month appeal period", "14 months", "at least two foundations", "under 16"
// (an age), "€60", "€250" and "€500", "2024" five times (a modifier, "2 March 2024", "May 2024",
// "the second half of 2024", "in 2024"), "6 May" tied to 2024, "September last year", "2026" and
// "last year's", "the Netherlands' 2020 law", "15 January 2026", "next spring" written in June,
// "March" in past narrative after "2 March 2024", "last Friday" and a planned "Friday", "8
// September" and "the end of the third quarter" in a schedule, "ruled on Wednesday that" and "held
// that" with the judge's scare quotes, "According to the judgment,", "widely seen", "reportedly",
// "is likely to", "conceded that A but said B", "denied that", a negated commitment, a foundation's
// post after a colon with emoji (one with a variation selector), and Renée written with a combining
// mark.
const RAILBREACH = `A Dutch court has ordered rail operator Spoorwerk to pay €120 to each of about 2.3 million passengers whose personal details were stolen in a 2024 cyberattack, in one of the largest data-breach judgments in Europe.

The Midden-Nederland District Court ruled on Wednesday that Spoorwerk had breached the EU's General Data Protection Regulation by keeping passport scans and bank details on a server that had not been patched for 14 months.

In a 61-page judgment, presiding judge Marloes de Graaf held that the company's security had been "seriously deficient" and that passengers' fear of fraud was "real and lasting" damage.

According to the judgment, hackers entered the customer database on 2 March 2024 using a contractor's stolen password and were detected only on 6 May. Stolen records included 410,000 passport scans and 1.9 million bank account numbers, according to the Dutch Data Protection Authority. The authority fined Spoorwerk €8.5m in September last year. The breach was first reported by PBN in May 2024.

Spoorwerk, which carries about 1.1 million passengers a day, had revenue of €3.2bn in 2026. The payout could cost it up to €276 million, close to a third of last year's operating profit.

The ruling is widely seen as the first big test of the Netherlands' 2020 law on collective actions, known as WAMCA, under which passengers are included unless they opt out. Under the judgment, passengers who were under 16 at the time of the attack are entitled to €60, half the adult amount. Only 31,400 passengers, or 1.4 per cent, opted out before the deadline of 15 January 2026.

Stichting Spoorlek, the foundation that brought the collective action in 2025, posted on X minutes after the ruling: “WE WON! \u{1F686}\u2696\uFE0F €120 for every passenger. Spoorwerk, pay up.”

“This is the first time a Dutch court has put a price on the fear of identity fraud,” said Rene\u0301e Oosterhuis, a lawyer for the foundation. “Consumer groups logged calls from 14,000 passengers about phishing attempts in the second half of 2024 alone.” Oosterhuis said payments could reach passengers by next spring if Spoorwerk did not appeal.

Spoorwerk said it was "disappointed" by the ruling and would decide within the three-month appeal period whether to challenge it. It denied that any stolen data had been used for fraud.

A spokesperson, Joost Verbeek, conceded that the company had "got the basics wrong" in 2024 but said it now encrypted every stored document. At a hearing in March, Spoorwerk's lawyers had argued that passengers suffered "no concrete harm" and that the company had spent €41 million on security since the attack.

Lotte Hendriks, a professor of privacy law at Tilburg University, told PBN that Dutch courts had until now awarded between €250 and €500 only to individual victims with proven losses.

Infrastructure minister Hanneke Bos told MPs last Friday that the state, Spoorwerk's sole shareholder, would not cover any payout. The cabinet will discuss the ruling on Friday.

Privacy researchers say the case is likely to encourage similar claims. At least two foundations, representing airline passengers and hospital patients, are reportedly preparing cases of their own.

The court will hold a further hearing on 8 September on how the money is to be paid, and Spoorwerk must set aside the full amount by the end of the third quarter.`;

const SW = "Savanna Wire";
const NL = "Nordic Ledger";
const MC = "Marathwada Chronicle";
const PBN = "PBN";
const CBN = "Central Bank of Nigeria";
const PAYKORA_CO = "PayKora";
const ADEBAYO = "Ade\u0301ba\u0301yo\u0323\u0300".normalize("NFC");
const ADEBAYO_FULL = `Ifeoluwa ${ADEBAYO}`;
const DANTATA = "Yusuf Dantata";
const EZE = "Chiamaka Eze";
const OKONKWO = "Bisi Okonkwo";
const KUDI = "Kudi Insights";
const FAN = "Fintech Association of Nigeria";
const NBIM = "Norges Bank Investment Management";
const COE = "Council on Ethics";
const LIEN = "A\u030asmund Lien".normalize("NFC");
const ABYSSAL = "Abyssal Minerals";
const HARALDSEN = "Tor Haraldsen";
const VOLD = "Kari Vold";
const HAVVAKT = "Havvakt";
const SAHYADRI = "Sahyadri General Insurance";
const DISTRICT = "district officials";
const SHINDE = "Dattatray Shinde";
const KULKARNI = "Ramesh Kulkarni";
const DESHMUKH = "Vasant Deshmukh";
const COURT = "Midden-Nederland District Court";
const DEGRAAF = "Marloes de Graaf";
const DPA = "Dutch Data Protection Authority";
const SPOORLEK = "Stichting Spoorlek";
const OOSTERHUIS = "Rene\u0301e Oosterhuis".normalize("NFC");
const SPOORWERK = "Spoorwerk";
const VERBEEK = "Joost Verbeek";
const LAWYERS = "Spoorwerk's lawyers";
const HENDRIKS = "Lotte Hendriks";
const BOS = "Hanneke Bos";

export const FRESH10: EvalDocument[] = [
  {
    name: "fresh10/paykora",
    outlet: SW,
    publishedAt: "2025-10-23",
    text: PAYKORA,
    spans: [
      date("Oct 23", "2025-10-23"),
      date("Wednesday", "2025-10-22"),
      date("March and May", "2025-03/2025-05"),
      date("January 2024 to April this year", "2024-01/2025-04"),
      date("May 30", "2025-05-30"),
      date("the following week", "2025-06-02/2025-06-08"),
      date("June 2024", "2024-06"),
      date("2019", "2019"),
      date("2024", "2024", 3),
      date("the first half of 2025", "2025-01/2025-06"),
      date("a year earlier", "2024-01/2024-06"),
      date("August", "2025-08"),
      date("Wednesday", "2025-10-22", 2),
      date("January", "2025-01", 2),
      date("mid-2023", "2023"),
      date("Jan. 20", "2026-01-20"),
      date("Tuesday", "2025-10-28"),
      date("Sept. 9", "2025-09-09"),
      date("the end of next month", "2025-10"),
      date("September", "2025-09"),
      date("October last year", "2024-10"),
      date("2023", "2023", 2),
      date("last year", "2024", 2),
      date("earlier this year", "2025"),
      date("Wednesday", "2025-10-22", 3),
      date("Thursday", "2025-10-23"),
      measure("₦4.2 billion", 4_200_000_000, "NGN"),
      measure("$2.8 million", 2_800_000, "USD"),
      measure("90-day", 90, "days"),
      measure("1.3 million accounts", 1_300_000, "accounts"),
      measure("₦3,200", 3_200, "NGN"),
      measure("11 million users", 11_000_000, "users"),
      measure("41", 41),
      measure("0.5", 0.5, "%"),
      measure("1.5%", 1.5, "%"),
      measure("₦13.5 billion", 13_500_000_000, "NGN"),
      measure("31%", 31, "%"),
      measure("₦2.9 trillion", 2_900_000_000_000, "NGN"),
      measure("64%", 64, "%"),
      measure("₦1,512", 1_512, "NGN"),
      measure("70%", 70, "%"),
      measure("14 days", 14, "days"),
      measure("50 basis points", 50, "basis points"),
      measure("27%", 27, "%"),
      measure("five years", 5, "years"),
      measure("seven payment companies", 7, "payment companies"),
      measure("₦50 million", 50_000_000, "NGN"),
      measure("₦1.1 billion", 1_100_000_000, "NGN"),
      measure("Two", 2),
      measure("300 companies", 300, "companies"),
      measure("38%", 38, "%"),
      measure("$40 million", 40_000_000, "USD"),
      quote(
        'an inspection between March and May had found 1.3 million accounts opened without a verified Bank Verification Number, and that some of them had been used to move "proceeds of fraud"',
        CBN,
        "indirect",
      ),
      quote("proceeds of fraud", CBN, "direct"),
      quote("the fine had been set at ₦3,200 for each flagged account", CBN, "indirect"),
      quote("it would appeal", PAYKORA_CO, "indirect"),
      quote("We have cooperated fully with the regulator since the inspection began", ADEBAYO_FULL, "direct"),
      quote("None of the flagged accounts was opened later than June 2024, when we upgraded our checks.", ADEBAYO_FULL, "direct"),
      quote("Firms that grow first and verify later will hear from us before the end of next month.", DANTATA, "direct"),
      quote(
        "the ban could slow the spread of digital payments in rural areas, where only 38% of adults had a bank account in 2023",
        FAN,
        "indirect",
      ),
      quote("The message to the sector is simple: growth is no excuse", EZE, "direct"),
      quote("Been trying to withdraw since 9am.\nStill pending 😩 @PayKora abeg talk to us", OKONKWO, "direct"),
      quote('withdrawals were "working normally" and that the delays had been caused by a surge in traffic', PAYKORA_CO, "indirect"),
      quote("working normally", PAYKORA_CO, "direct"),
      quote("no customer funds were at risk", PAYKORA_CO, "indirect"),
      claim(
        "Nigeria's central bank fined mobile-payments company PayKora ₦4.2 billion ($2.8 million) on Wednesday for breaching know-your-customer rules, the largest penalty it has imposed on a fintech firm, and imposed a 90-day ban on signing up new customers",
        SW,
        "outlet",
      ),
      claim(
        "an inspection between March and May had found 1.3 million accounts opened without a verified Bank Verification Number",
        CBN,
        "attributed",
      ),
      claim('some of them had been used to move "proceeds of fraud"', CBN, "attributed"),
      claim("the fine had been set at ₦3,200 for each flagged account", CBN, "attributed"),
      claim("The inspection covered accounts opened from January 2024 to April this year", CBN, "attributed"),
      claim(
        "The inspectors left PayKora's Lagos office on May 30, and the company received a draft report the following week",
        SW,
        "outlet",
      ),
      claim("We have cooperated fully with the regulator since the inspection began", ADEBAYO_FULL, "attributed"),
      claim("None of the flagged accounts was opened later than June 2024, when we upgraded our checks", ADEBAYO_FULL, "attributed", {
        denies: true,
      }),
      claim(`${ADEBAYO}, 41, founded PayKora in 2019`, SW, "outlet"),
      claim("The company charges merchants between 0.5 and 1.5% a transaction, undercutting most banks", SW, "outlet"),
      claim("PayKora's revenue was ₦13.5 billion in 2024, so the fine equals about 31% of a year's sales", SW, "outlet"),
      claim(
        "The company processed ₦2.9 trillion in payments in the first half of 2025, up 64% from a year earlier",
        PAYKORA_CO,
        "attributed",
      ),
      claim("The naira traded at ₦1,512 per dollar on Wednesday, its strongest level since January", SW, "outlet"),
      claim(
        "It has lost about 70% of its value against the dollar since mid-2023, when the central bank stopped defending a fixed rate",
        SW,
        "outlet",
      ),
      claim("The central bank cut its benchmark rate by 50 basis points to 27% in September, its first cut in five years", SW, "outlet"),
      claim(
        "Regulators have fined at least seven payment companies since October last year, with penalties of between ₦50 million and ₦1.1 billion",
        KUDI,
        "attributed",
      ),
      claim("Two of them lost their licences", SW, "outlet"),
      claim(
        "the ban could slow the spread of digital payments in rural areas, where only 38% of adults had a bank account in 2023",
        FAN,
        "attributed",
        { hedged: true },
      ),
      claim(
        "The penalty appears to mark a shift in the CBN's approach, which until last year relied mostly on warning letters",
        EZE,
        "attributed",
        { hedged: true },
      ),
      claim(
        "PayKora was reportedly in talks earlier this year to raise $40 million from investors led by a Nairobi-based fund",
        SW,
        "outlet",
        { hedged: true },
      ),
      claim(
        "The fine is widely seen in Lagos as a test for other fast-growing apps, including rivals ZumaPay and Okada Money",
        SW,
        "outlet",
        { hedged: true },
      ),
      claim("Several users complained of failed withdrawals on Wednesday evening", SW, "outlet"),
      claim('withdrawals were "working normally"', PAYKORA_CO, "attributed"),
      claim("the delays had been caused by a surge in traffic", PAYKORA_CO, "attributed"),
      claim("no customer funds were at risk", PAYKORA_CO, "attributed", { denies: true }),
    ],
  },
  {
    name: "fresh10/oilfund",
    outlet: NL,
    publishedAt: "2026-03-10",
    text: OILFUND,
    spans: [
      date("Monday", "2026-03-09"),
      date("Jan. 5 and Feb. 27", "2026-01-05/2026-02-27"),
      date("the end of last year", "2025"),
      date("October last year", "2025-10"),
      date("November", "2025-11"),
      date("a month later", "2025-12"),
      date("the end of 2024", "2024"),
      date("2004", "2004"),
      date("last year", "2025", 3),
      date("Friday", "2026-03-06"),
      date("next spring", "2027"),
      date("Monday", "2026-03-09", 2),
      date("Monday", "2026-03-09", 3),
      date("2025", "2025"),
      date("last month", "2026-02"),
      date("the end of December", "2025-12"),
      date("a year earlier", "2024-12"),
      date("last Thursday", "2026-03-05"),
      date("the first half of 2027", "2027-01/2027-06"),
      date("February", "2026-02"),
      date("December 2023", "2023-12"),
      date("late 2024", "2024"),
      date("Thursday", "2026-03-12", 2),
      date("the first quarter", "2026-01/2026-03"),
      date("April 22", "2026-04-22"),
      measure("11 companies", 11, "companies"),
      measure("NOK 14.6bn", 14_600_000_000, "NOK"),
      measure("5%", 5, "%"),
      measure("0.1%", 0.1, "%"),
      measure("$1.9 trillion", 1_900_000_000_000, "USD"),
      measure("ten million years", 10_000_000, "years"),
      measure("194 companies", 194, "companies"),
      measure("181", 181),
      measure("11,600 shareholder meetings", 11_600, "shareholder meetings"),
      measure("Two", 2),
      measure("2.3%", 2.3, "%"),
      measure("4,000", 4_000, "metres"),
      measure("6,000 metres", 6_000, "metres"),
      measure("2°C", 2, "°C"),
      measure("8.4%", 8.4, "%"),
      measure("C$3.12", 3.12, "CAD"),
      measure("10.9 kroner", 10.9, "NOK"),
      measure("NOK 14.6bn", 14_600_000_000, "NOK", 2),
      measure("$1.3bn", 1_300_000_000, "USD"),
      measure("13.1%", 13.1, "%"),
      measure("38 basis points", 38, "basis points"),
      measure("NOK 20,900bn", 20_900_000_000_000, "NOK"),
      measure("NOK 3.7mn", 3_700_000, "NOK"),
      measure("71.2%", 71.2, "%"),
      measure("0.6 percentage points", 0.6, "percentage points"),
      measure("NOK 400m", 400_000_000, "NOK"),
      measure("281,000 square kilometres", 281_000, "square kilometres"),
      measure("two Japanese trading houses", 2, "Japanese trading houses"),
      quote(
        "the sales had been completed between Jan. 5 and Feb. 27, in blocks of no more than 5% of daily trading volume",
        NBIM,
        "indirect",
      ),
      quote(
        'the companies\' planned operations on the Pacific seabed could destroy habitats "formed over ten million years"',
        COE,
        "indirect",
      ),
      quote("formed over ten million years", COE, "direct"),
      quote('the council\'s advice had been followed "in every case but one" since it was set up in 2004', LIEN, "indirect"),
      quote("in every case but one", LIEN, "direct"),
      quote("We voted at 11,600 shareholder meetings last year, and we met every one of these companies at least twice", LIEN, "direct"),
      quote("Engagement failed.", LIEN, "direct"),
      quote(
        "Two of the boards never replied to our letters. Abyssal wrote to us, ‘Our collectors leave no lasting trace.’ It then missed its own deadline for an impact study.",
        LIEN,
        "direct",
      ),
      quote("Our collectors leave no lasting trace.", ABYSSAL, "direct"),
      quote(
        'it "regretted" the decision and that its environmental studies showed the impact of its collectors would be "minimal and local"',
        ABYSSAL,
        "indirect",
      ),
      quote("regretted", ABYSSAL, "direct"),
      quote("minimal and local", ABYSSAL, "direct"),
      quote(
        'the government had "no plans" to change the fund\'s ethical guidelines, but that a review of its exclusion rules would report in the first half of 2027',
        HARALDSEN,
        "indirect",
      ),
      quote("no plans", HARALDSEN, "direct"),
      quote('NBIM had "sold at the bottom of the market"', VOLD, "indirect"),
      quote("sold at the bottom of the market", VOLD, "direct"),
      quote("most of the shares had been sold before Abyssal's slump in February", NBIM, "indirect"),
      quote("Norway's oil fund just dumped deep-sea mining 🌊 Next: the trading houses?", HAVVAKT, "direct"),
      claim(
        "Norway's sovereign wealth fund has sold its entire holdings in 11 companies linked to deep-sea mining, worth NOK 14.6bn",
        NBIM,
        "attributed",
      ),
      claim(
        "the sales had been completed between Jan. 5 and Feb. 27, in blocks of no more than 5% of daily trading volume",
        NBIM,
        "attributed",
      ),
      claim(
        "The holdings amounted to less than 0.1% of the fund, which was worth about $1.9 trillion at the end of last year",
        NL,
        "outlet",
      ),
      claim("The fund's Council on Ethics recommended the exclusions in October last year", NL, "outlet"),
      claim(
        'the companies\' planned operations on the Pacific seabed could destroy habitats "formed over ten million years"',
        COE,
        "attributed",
        { hedged: true },
      ),
      claim("The recommendation reached Norges Bank's executive board in November, and the board approved it a month later", NL, "outlet"),
      claim("The fund has now excluded 194 companies on ethical grounds, up from 181 at the end of 2024", NL, "outlet"),
      claim('the council\'s advice had been followed "in every case but one" since it was set up in 2004', LIEN, "attributed"),
      claim(
        "We voted at 11,600 shareholder meetings last year, and we met every one of these companies at least twice",
        LIEN,
        "attributed",
      ),
      claim("Engagement failed", LIEN, "attributed"),
      claim("Two of the boards never replied to our letters", LIEN, "attributed", { denies: true }),
      claim("Our collectors leave no lasting trace", ABYSSAL, "attributed", { denies: true }),
      claim("It then missed its own deadline for an impact study", LIEN, "attributed"),
      claim(
        "The largest holding sold was a 2.3% stake in Abyssal Minerals, a Toronto-listed company that plans to begin collecting polymetallic nodules in the Clarion-Clipperton Zone next spring",
        NL,
        "outlet",
      ),
      claim("The nodules lie at depths of 4,000 to 6,000 metres, where the water stays close to 2°C", NL, "outlet"),
      claim('its environmental studies showed the impact of its collectors would be "minimal and local"', ABYSSAL, "attributed", {
        hedged: true,
      }),
      claim("Its shares fell 8.4% in Toronto on Monday to C$3.12", NL, "outlet"),
      claim("NOK 14.6bn is worth about $1.3bn", NL, "outlet"),
      claim("The fund returned 13.1% in 2025, beating its benchmark by 38 basis points", NBIM, "attributed"),
      claim("It was worth NOK 20,900bn at the end of December, or about NOK 3.7mn for each of Norway's 5.6 million people", NL, "outlet"),
      claim("Equities made up 71.2% of the portfolio, 0.6 percentage points more than a year earlier", NL, "outlet"),
      claim('the government had "no plans" to change the fund\'s ethical guidelines', HARALDSEN, "attributed", { denies: true }),
      claim('NBIM had "sold at the bottom of the market"', VOLD, "attributed"),
      claim("the exits had cost savers NOK 400m", VOLD, "attributed"),
      claim("the timing had been poor", NBIM, "attributed", { denies: true }),
      claim("most of the shares had been sold before Abyssal's slump in February", NBIM, "attributed"),
      claim(
        "Norway's parliament voted in December 2023 to open 281,000 square kilometres of its own seabed to exploration, but the government postponed the first licensing round in late 2024",
        NL,
        "outlet",
      ),
      claim(
        "The fund is also thought to be reviewing its stakes in two Japanese trading houses with mining interests",
        "people familiar with the matter",
        "attributed",
        { hedged: true },
      ),
      claim("Norway's oil fund just dumped deep-sea mining", HAVVAKT, "attributed"),
    ],
  },
  {
    name: "fresh10/cropcover",
    outlet: MC,
    publishedAt: "2027-01-18",
    text: CROPCOVER,
    spans: [
      date("the 2026 kharif season", "2026"),
      date("last year", "2026"),
      date("June 19", "2026-06-19"),
      date("late May", "2026-05"),
      date("June and September", "2026-06/2026-09"),
      date("mid-July", "2026-07"),
      date("October", "2026-10"),
      date("2026-12-02", "2026-12-02"),
      date("last Tuesday", "2027-01-12"),
      date("Friday", "2027-01-15"),
      date("Saturday", "2027-01-16"),
      date("Thursday", "2027-01-14"),
      date("Friday", "2027-01-15", 2),
      date("the 2025 kharif season", "2025"),
      date("the 2026 kharif season", "2026", 2),
      date("last month", "2026-12"),
      date("the end of January", "2027-01"),
      date("Jan. 8", "2027-01-08"),
      date("last year", "2026", 2),
      date("next Monday", "2027-01-25"),
      date("the following week", "2027-02-01/2027-02-07"),
      measure("4.6 lakh farmers", 460_000, "farmers"),
      measure("₹1,240 crore", 12_400_000_000, "INR"),
      measure("62 per cent", 62, "%"),
      measure("2 per cent", 2, "%", 2),
      measure("₹1,150", 1_150, "INR"),
      measure("nine days", 9, "days"),
      measure("44.6 degrees Celsius", 44.6, "°C"),
      measure("412 mm", 412, "mm"),
      measure("38 per cent", 38, "%"),
      measure("23 days", 23, "days"),
      measure("1,860 plots", 1_860, "plots"),
      measure("46 per cent", 46, "%"),
      measure("five-year", 5, "years"),
      measure("14", 14, "%"),
      measure("19 per cent", 19, "%"),
      measure("1,212", 1_212),
      measure("54", 54),
      measure("three hectares", 3, "hectares"),
      measure("₹1.8 lakh", 180_000, "INR"),
      measure("3 per cent", 3, "%"),
      measure("₹300 crore", 3_000_000_000, "INR"),
      measure("3,000 farmers", 3_000, "farmers"),
      measure("two hours", 2, "hours"),
      measure("₹310 crore", 3_100_000_000, "INR"),
      measure("45 days", 45, "days"),
      measure("₹1,020 crore", 10_200_000_000, "INR"),
      measure("eight districts", 8, "districts"),
      measure("₹27,000", 27_000, "INR"),
      measure("₹500 crore", 5_000_000_000, "INR"),
      measure("9 per cent", 9, "%", 2),
      quote(
        'satellite data showed yields had fallen by only 14 to 19 per cent, and that some plots had been "selectively chosen"',
        SAHYADRI,
        "indirect",
      ),
      quote("selectively chosen", SAHYADRI, "direct"),
      quote("the insurer's surveyors had been invited to 1,212 of the 1,860 plots", "agriculture officials", "indirect"),
      quote(
        "The insurance agent stood at the edge of my field and said, ‘Your soybean looks fine from space.’ I had nothing to harvest but weeds",
        SHINDE,
        "direct",
      ),
      quote("Your soybean looks fine from space.", "insurance agent", "direct"),
      quote("he had borrowed ₹1.8 lakh from a moneylender at 3 per cent a month to buy seed and fertiliser", SHINDE, "indirect"),
      quote('₹300 crore would be "in your accounts by Friday"', KULKARNI, "indirect"),
      quote("in your accounts by Friday", KULKARNI, "direct"),
      quote("विमा द्या, नाहीतर खुर्ची खाली करा!", "farmers", "direct"),
      quote(
        "We will pay every valid claim. We will not pay claims based on experiments that our own surveyors were not allowed to witness.",
        SAHYADRI,
        "direct",
      ),
      quote(
        "the state would release ₹500 crore from its own funds if the insurer had not paid by the end of January",
        DESHMUKH,
        "indirect",
      ),
      claim(
        "More than 4.6 lakh farmers in Latur district are still waiting for crop-insurance payouts for the 2026 kharif season, as the insurer and the state agriculture department argue over how badly the soybean harvest failed",
        MC,
        "outlet",
      ),
      claim(
        "Claims worth ₹1,240 crore are pending with Sahyadri General Insurance, which covers the district under the Pradhan Mantri Fasal Bima Yojana (PMFBY)",
        DISTRICT,
        "attributed",
      ),
      claim("About 62 per cent of the district's 7.1 lakh hectares under kharif crops was sown with soybean last year", MC, "outlet"),
      claim(
        "Farmers paid a premium of 2 per cent of the sum insured, or about ₹1,150 a hectare for soybean, and the Centre and the state paid the rest",
        MC,
        "outlet",
      ),
      claim("The monsoon reached Latur on June 19, nine days late", MC, "outlet"),
      claim(
        "The district received 412 mm of rain between June and September, 38 per cent below the long-period average, and went 23 days without rain from mid-July",
        "India Meteorological Department data",
        "attributed",
      ),
      claim("soybean yields were 46 per cent below the five-year average", "state agriculture department", "attributed"),
      claim("a shortfall of that size entitles farmers to near-full compensation", MC, "outlet"),
      claim("satellite data showed yields had fallen by only 14 to 19 per cent", SAHYADRI, "attributed"),
      claim('some plots had been "selectively chosen"', SAHYADRI, "attributed"),
      claim("the insurer's surveyors had been invited to 1,212 of the 1,860 plots", "agriculture officials", "attributed"),
      claim("No payments had arrived by Saturday", "farmers' leaders", "attributed", { denies: true }),
      claim("About 3,000 farmers marched to the collectorate on Thursday and blocked the Latur-Nanded highway for two hours", MC, "outlet"),
      claim("We will not pay claims based on experiments that our own surveyors were not allowed to witness", SAHYADRI, "attributed", {
        denies: true,
      }),
      claim("Sahyadri paid ₹310 crore in Latur within 45 days of the harvest", MC, "outlet"),
      claim(
        "The company, a joint venture between a Pune-based lender and a Japanese insurer, collected ₹1,020 crore in premiums across eight districts for the 2026 kharif season",
        SAHYADRI,
        "attributed",
      ),
      claim("The average pending claim is about ₹27,000 a farmer", DISTRICT, "attributed"),
      claim(
        "The area sown with chickpea in the district was 9 per cent lower on Jan. 8 than at the same point last year",
        "department figures",
        "attributed",
      ),
      claim("Many farmers appear to have skipped the winter crop for lack of cash", MC, "outlet", { hedged: true }),
      claim("its decision is binding on the insurer", MC, "outlet"),
      claim("If the committee rules for farmers, payments could begin the following week", KULKARNI, "attributed", { hedged: true }),
    ],
  },
  {
    name: "fresh10/railbreach",
    outlet: PBN,
    publishedAt: "2027-06-16",
    text: RAILBREACH,
    spans: [
      date("2024", "2024"),
      date("Wednesday", "2027-06-16"),
      date("2 March 2024", "2024-03-02"),
      date("6 May", "2024-05-06"),
      date("September last year", "2026-09"),
      date("May 2024", "2024-05"),
      date("2026", "2026"),
      date("last year", "2026", 2),
      date("2020", "2020"),
      date("15 January 2026", "2026-01-15"),
      date("2025", "2025"),
      date("the second half of 2024", "2024-07/2024-12"),
      date("next spring", "2028"),
      date("2024", "2024", 5),
      date("March", "2027-03", 2),
      date("last Friday", "2027-06-11"),
      date("Friday", "2027-06-18", 2),
      date("8 September", "2027-09-08"),
      date("the end of the third quarter", "2027-07/2027-09"),
      measure("€120", 120, "EUR"),
      measure("2.3 million passengers", 2_300_000, "passengers"),
      measure("14 months", 14, "months"),
      measure("61-page", 61, "pages"),
      measure("410,000 passport scans", 410_000, "passport scans"),
      measure("1.9 million bank account numbers", 1_900_000, "bank account numbers"),
      measure("€8.5m", 8_500_000, "EUR"),
      measure("1.1 million passengers", 1_100_000, "passengers"),
      measure("€3.2bn", 3_200_000_000, "EUR"),
      measure("€276 million", 276_000_000, "EUR"),
      measure("16", 16),
      measure("€60", 60, "EUR"),
      measure("31,400 passengers", 31_400, "passengers"),
      measure("1.4 per cent", 1.4, "%"),
      measure("€120", 120, "EUR", 2),
      measure("14,000 passengers", 14_000, "passengers"),
      measure("three-month", 3, "months"),
      measure("€41 million", 41_000_000, "EUR"),
      measure("€250", 250, "EUR"),
      measure("€500", 500, "EUR"),
      measure("two foundations", 2, "foundations"),
      quote("seriously deficient", DEGRAAF, "direct"),
      quote("real and lasting", DEGRAAF, "direct"),
      quote("WE WON! \u{1F686}\u2696\uFE0F €120 for every passenger. Spoorwerk, pay up.", SPOORLEK, "direct"),
      quote("This is the first time a Dutch court has put a price on the fear of identity fraud", OOSTERHUIS, "direct"),
      quote(
        "Consumer groups logged calls from 14,000 passengers about phishing attempts in the second half of 2024 alone.",
        OOSTERHUIS,
        "direct",
      ),
      quote("payments could reach passengers by next spring if Spoorwerk did not appeal", OOSTERHUIS, "indirect"),
      quote(
        'it was "disappointed" by the ruling and would decide within the three-month appeal period whether to challenge it',
        SPOORWERK,
        "indirect",
      ),
      quote("disappointed", SPOORWERK, "direct"),
      quote('the company had "got the basics wrong" in 2024', VERBEEK, "indirect"),
      quote("got the basics wrong", VERBEEK, "direct"),
      quote("it now encrypted every stored document", VERBEEK, "indirect"),
      quote(
        'passengers suffered "no concrete harm" and that the company had spent €41 million on security since the attack',
        LAWYERS,
        "indirect",
      ),
      quote("no concrete harm", LAWYERS, "direct"),
      quote("Dutch courts had until now awarded between €250 and €500 only to individual victims with proven losses", HENDRIKS, "indirect"),
      quote("the state, Spoorwerk's sole shareholder, would not cover any payout", BOS, "indirect"),
      quote("the case is likely to encourage similar claims", "privacy researchers", "indirect"),
      claim(
        "A Dutch court has ordered rail operator Spoorwerk to pay €120 to each of about 2.3 million passengers whose personal details were stolen in a 2024 cyberattack, in one of the largest data-breach judgments in Europe",
        PBN,
        "outlet",
      ),
      claim(
        "The Midden-Nederland District Court ruled on Wednesday that Spoorwerk had breached the EU's General Data Protection Regulation by keeping passport scans and bank details on a server that had not been patched for 14 months",
        PBN,
        "outlet",
      ),
      claim(
        'presiding judge Marloes de Graaf held that the company\'s security had been "seriously deficient" and that passengers\' fear of fraud was "real and lasting" damage',
        PBN,
        "outlet",
      ),
      claim(
        "hackers entered the customer database on 2 March 2024 using a contractor's stolen password and were detected only on 6 May",
        COURT,
        "attributed",
      ),
      claim("Stolen records included 410,000 passport scans and 1.9 million bank account numbers", DPA, "attributed"),
      claim("The authority fined Spoorwerk €8.5m in September last year", PBN, "outlet"),
      claim("The breach was first reported by PBN in May 2024", PBN, "outlet"),
      claim("Spoorwerk, which carries about 1.1 million passengers a day, had revenue of €3.2bn in 2026", PBN, "outlet"),
      claim("The payout could cost it up to €276 million, close to a third of last year's operating profit", PBN, "outlet", {
        hedged: true,
      }),
      claim(
        "The ruling is widely seen as the first big test of the Netherlands' 2020 law on collective actions, known as WAMCA, under which passengers are included unless they opt out",
        PBN,
        "outlet",
        { hedged: true },
      ),
      claim("passengers who were under 16 at the time of the attack are entitled to €60, half the adult amount", PBN, "outlet"),
      claim("Only 31,400 passengers, or 1.4 per cent, opted out before the deadline of 15 January 2026", PBN, "outlet"),
      claim("This is the first time a Dutch court has put a price on the fear of identity fraud", OOSTERHUIS, "attributed"),
      claim(
        "Consumer groups logged calls from 14,000 passengers about phishing attempts in the second half of 2024 alone",
        OOSTERHUIS,
        "attributed",
      ),
      claim("payments could reach passengers by next spring if Spoorwerk did not appeal", OOSTERHUIS, "attributed", { hedged: true }),
      claim("any stolen data had been used for fraud", SPOORWERK, "attributed", { denies: true }),
      claim('the company had "got the basics wrong" in 2024', VERBEEK, "attributed"),
      claim("it now encrypted every stored document", VERBEEK, "attributed"),
      claim('passengers suffered "no concrete harm"', LAWYERS, "attributed", { denies: true }),
      claim("the company had spent €41 million on security since the attack", LAWYERS, "attributed"),
      claim(
        "Dutch courts had until now awarded between €250 and €500 only to individual victims with proven losses",
        HENDRIKS,
        "attributed",
      ),
      claim("the state, Spoorwerk's sole shareholder, would not cover any payout", BOS, "attributed", { denies: true }),
      claim("the case is likely to encourage similar claims", "privacy researchers", "attributed", { hedged: true }),
      claim(
        "At least two foundations, representing airline passengers and hospital patients, are reportedly preparing cases of their own",
        PBN,
        "outlet",
        { hedged: true },
      ),
    ],
  },
];
