// Ninth fresh held-out gold, for reporting by `npm run eval:suggestions` once wired in, written 2026-12-07
// blind, from the text and the conventions below only, without running or reading any suggester or
// its output: four new reports (Brazil's central bank cutting the Selic rate, waiting lists and a
// deficit at a Yorkshire hospital trust, a Korean chipmaker delaying its new fab, a hot-weather
// marathon in Split; invented events and people, in wire-service, regional-newspaper, tech-trade
// site and sports-site styles), annotated by hand. Reported only, never tuned on: nobody tuning a
// suggester may read this file.
// Conventions are held-out.ts's, fresh.ts's, fresh2.ts's, fresh3.ts's, fresh4.ts's, fresh5.ts's,
// fresh6.ts's, fresh7.ts's and fresh8.ts's, restated here:
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
// fresh9.ts's own conventions, for cases the earlier sets do not meet (decided before annotating):
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
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

// Wire service, Brazil: a dateline date, "50 basis points", "a 25-basis-point cut" and "18 basis
// points", "1.5 percentage points" and "0.8 percentage points", "R$61.3 billion" with "$11.8
// billion", "5.08 reais per dollar" (an exchange rate), "nine-member", a vote split "7-2",
// "Twenty-one of the 32 economists", "another 50" inside a quote (a bare number), "Wednesday" and
// "Wednesday's decision", "Tuesday" and "next Tuesday", "earlier this year" and "this year", "the
// second half of 2027", "early 2027", "the 12 months to May" after "May 2024", "the three months to
// April" and "a year earlier" after it, "the first five months of 2026" and "a year earlier" after
// it, "January 2029", "last November" and "July" inside a quote, "the October election", "the
// early 1990s", "July 28-29", a lede with ", saying …", "It added that" with a forecast, "wrote in
// a note to clients that" with "expected", a negated commitment, and straight quotation marks;
// Brasília, São Paulo, Araújo and Atlântica written with combining marks.
const SELIC = `BRASI\u0301LIA, June 17 (Meridian Wire) - Brazil's central bank cut its benchmark Selic rate by 50 basis points to 13.25% on Wednesday, its first reduction since May 2024, saying inflation had cooled faster than it had expected earlier this year.

The nine-member monetary policy committee, known as Copom, voted 7-2 for the cut, with two directors favoring a smaller move of 25 basis points, the bank said in a statement.

"The disinflation process has advanced more than anticipated," the statement said. It added that inflation would return to the 3% target only in the second half of 2027, later than the forecast of early 2027 it had published in March.

Consumer prices rose 4.1% in the 12 months to May, down from 5.6% in January, the statistics agency IBGE said on June 10. The bank's target is 3%, with a tolerance band of 1.5 percentage points either side. Unemployment fell to 6.2% in the three months to April, 0.8 percentage points lower than a year earlier.

Wednesday's decision was the first under Governor Helena Arau\u0301jo, a former director of monetary policy at the bank who took office in January. She will explain it at a news conference on Thursday.

Twenty-one of the 32 economists polled by Meridian Wire last week had forecast a 25-basis-point cut. The real strengthened 1.4% to 5.08 reais per dollar, and yields on interest-rate futures maturing in January 2029 fell 18 basis points.

Banks had already begun passing on cheaper funding. The average rate on new personal loans fell to 52.4% a year in May from 55.1% in December, central bank data show.

"This is a bigger cut than the market had priced in," said Mariana Coutinho, chief economist at Banco Itaparica in Sa\u0303o Paulo. "The fiscal scare of last November is over. I would not bet on another 50 in July."

Paulo Saraiva, a strategist at Corretora Atla\u0302ntica, wrote in a note to clients that he now expected the Selic to reach 12% by December, down from his earlier forecast of 12.75%.

The government ran a primary deficit of R$61.3 billion ($11.8 billion) in 2025, according to the Finance Ministry. It has promised a surplus of 0.25% of gross domestic product this year.

Finance Minister Rodrigo Vasconcelos told reporters in Brasi\u0301lia on Tuesday that tax revenue in the first five months of 2026 was 9% higher than a year earlier, and that the government would not seek new spending before the October election. "The fiscal rule is being met, and the market can see it," he said.

Brazil, which fought hyperinflation of more than 2,000% a year in the early 1990s, has kept an inflation target since 1999. The economy grew 3.4% in 2025 and 0.9% in the first quarter from the previous three months.

Copom will publish the minutes of the meeting next Tuesday. It meets again on July 28-29.`;

// Regional newspaper, Yorkshire: "per cent" throughout, "£41m", "£21.5m", "£6.8 million", "£2.3m",
// "£1.2m a year" and "£14m", "31C", "Monday 7 September" and "the following week", "10 September"
// and "4 August" (day-month dates), "last week" and "next week", "the 2026-27 financial year", "the
// first quarter of the financial year" and "a year earlier" after it, "between April and June" after
// "April", "August 2025" then "August" twice more, "March 2020" then "In March" inside a quote and
// "the end of March" in a plan, "July" and "July's heatwave", "Earlier this year", "spring 2027",
// "the whole of 2025", "last October", "Some 7,412 patients", "the 18-week standard", "12-hour
// shifts", "Ten of our 38 orthopaedic beds" and "its 600 beds", an age after a name, "said A but
// that B", "said A, and that B" with a scare quote, "the figures show", "Board papers … show that"
// with "expects", "the papers say", "the trust confirmed", "says" with a plan, and a patient's curly
// quotation running across a paragraph break with a nested single-quoted promise.
const WAITS = `More than 61,000 people are now waiting for planned treatment at Aire Valley Hospitals NHS Foundation Trust, the highest number since the trust was formed in 2004, according to NHS England figures published on 10 September.

Some 7,412 patients have waited more than 52 weeks, up from 4,960 in August 2025, and the trust treated only 54.3 per cent of patients within the 18-week standard in July, against a national target of 92 per cent, the figures show. The list has grown by 38 per cent since March 2020.

“We are treating more patients than ever, but demand is rising faster,” said Dr Amrit Sandhu, the trust's chief executive. “Our theatres ran at 96 per cent of capacity in August. Ten of our 38 orthopaedic beds are closed for repairs.”

Sandhu said the trust had recruited 46 nurses from India and the Philippines since last October but that 83 nursing posts on surgical wards were still vacant.

The trust declared a critical incident on Monday 7 September, when 118 patients were waiting in A&E at Airedale General, and stood it down the following week.

Board papers published last week show that the trust expects a deficit of £41m for the 2026-27 financial year, almost double the shortfall of £21.5m it planned for in April. The trust spent £6.8 million on agency staff in the first quarter of the financial year, 22 per cent more than a year earlier, and paid private hospitals £2.3m to treat 1,150 patients between April and June, the papers say.

Earlier this year, the trust closed the minor injuries unit in Bingley to save £1.2m a year.

Brenda Holroyd, 71, from Keighley, has waited 14 months for a hip replacement.

“In March the surgeon told me, ‘You'll be done by the summer.’ Then they rang on 4 August to say it was off again,” she said. “I can't get up the stairs any more, so I sleep on the sofa.

“I used to walk the dog three miles every morning. Now I can barely reach the garden gate.”

Patients First Airedale, a volunteer watchdog, said it had received 312 complaints about cancelled operations since January, three times as many as in the whole of 2025.

During July's heatwave, temperatures on two older wards at Airedale General reached 31C, and 19 operations were cancelled in a single week, the trust confirmed. The Royal College of Nursing said nurses had been “sweating through their scrubs” for 12-hour shifts, and that the trust had only 40 portable air-conditioning units for its 600 beds.

Keighley's MP, Sarah Lindqvist, said she would raise the figures with the health secretary next week. “People in this valley are not asking for miracles. They are asking for a date,” she said.

The trust says it will open a £14m surgical hub in Skipton in spring 2027, adding four operating theatres. Its target is to end all waits of more than 52 weeks by the end of March.`;

// Tech-trade site, Korea: a company name in Hangul in parentheses, an ISO date "2026-03-04", "₩"
// amounts in trillions and billions beside "$21.6bn" and "$2.3bn", "¥40bn", "345-kilovolt", "65
// km", "160,000 square metres", "22°C", "two quarters" (a measure), "the second half of 2027",
// "June 2027", "its 2027 product launches" and "in 2027" and "March 2027" (so "2027" five times),
// "the fourth quarter of this year", "the final three months of 2025", "the fiscal year ending March
// 2027", "2026 and 2030", "the early 2030s" (so "30" inside it before a bare "30"), "Two years ago"
// and "tonight" inside quotes, "last month", "last week", "last year", "October" in past
// narrative, "Wednesday", "Thursday", "Tuesday night", "March 27" in a schedule, a process "2nm" and
// a line "P3" (designations), "According to the filing," leading a claim, a plan told to investors,
// "estimated that … would", a forecast with "would not", "said in a statement that A and B" with a
// scare quote and "did not expect", an analyst's quotation in two parts, and an engineer's post
// after a colon ending in an emoji.
const FAB = `SEOUL (ChipStrata) — Hanbit Semiconductor (한빛반도체) has pushed back volume production at its new fab in Pyeongtaek by at least two quarters, to the second half of 2027, the company said in a regulatory filing dated 2026-03-04.

In October, Hanbit had told investors that the line, known internally as P3, would start turning out 2nm logic chips in the fourth quarter of this year. According to the filing, the delay was caused by late deliveries of extreme ultraviolet (EUV) lithography scanners and a dispute with the regional grid operator over a new 345-kilovolt substation. Pyeongtaek city officials said last month that the substation would not be finished before June 2027.

Hanbit now expects the project to cost ₩31.5 trillion ($21.6bn), up from ₩24 trillion when it was announced in 2023.

“We would rather be late than ship a yield we are not proud of,” the chief operating officer, Kwon Ji-hoon, told analysts on a call on Wednesday. He said test wafers were reaching yields of about 55%, against a target of 70% for profitable output, and that the first of six scanners ordered from the Netherlands had arrived only in January. Kwon said the company still aimed to be the world's second-largest foundry by the early 2030s.

Hanbit, the country's third-largest chipmaker, posted an operating loss of ₩412 billion in the final three months of 2025, its fifth straight quarterly loss. Its shares fell 6.3% in Seoul on Thursday to ₩48,250, the lowest close since April 2024.

The site, 65 km south of Seoul, already employs 3,400 people, and its cleanrooms, which cover 160,000 square metres, are kept at 22°C.

Arcturus Compute, a Californian AI-chip designer, signed a $2.3bn supply deal with Hanbit last year for accelerators built on the 2nm process. Arcturus said in a statement that it had “contingency capacity” elsewhere and did not expect its 2027 product launches to slip.

Park Seo-yeon, an analyst at Hwarang Securities, estimated that the delay would cost Hanbit about ₩1.8 trillion in revenue in 2027. “Everyone in Pyeongtaek is fighting for the same transformers and the same engineers,” she said. “Two years ago, a new substation took 18 months. The grid operator is now quoting 30.”

Rival foundries in Taiwan are running their 2nm lines at close to full capacity, with lead times of up to 14 weeks for new customers, according to Kestrel Research.

Korea's National Assembly passed a ₩33 trillion support package for chipmakers in February, with tax credits of up to 25% for fab construction between 2026 and 2030. Tokyo-based toolmaker Kiyora Electron cut its sales forecast for the fiscal year ending March 2027 by ¥40bn last week.

An engineer at the site posted on Blind, an anonymous workplace app, on Tuesday night: “Third schedule reset since I joined. Pizza in the fab office again tonight 🍕”

Hanbit's annual shareholder meeting is on March 27.`;

// Sports site, Croatia: race times (neither dates nor measures), "19C" and "26 degrees", "14
// seconds" and "51 seconds", "7 km", "30 kilometres", "38 km", "The 27-year-old", "€40,000" twice,
// "€15,000", "€9.4m", "€210,000" and "€150,000", "$60,000", "an estimated", "Sunday" and "Sunday's
// win", "Mar. 15", "September" in a plan, "since … 1999", "earlier this month", "next year" inside
// a post and "Next year's race" with "April 11th", "last year's race", "the weekend", "the 2010s"
// inside a quote, "2024" and "2019", "Twelve of the top 20 men", "212 runners, 17 of whom", bare
// tallies "9,800" and "10,976", "capped at 14,000", a runner's quotation nesting his own words, a
// runner-up's scare quote, "Organisers said A, and that B", a race director's quotation in two
// parts, "it added" with a denial, and a post on Instagram after a colon with an emoji; Marković
// written with a combining mark.
const MARATHON = `SPLIT, Croatia (RunPulse) — Ethiopia's Tesfaye Gebremariam won the Adriatic Marathon on Sunday in 2:06:41, breaking the course record by 14 seconds despite temperatures that climbed from 19C at the 8am start to 26 degrees by the finish.

Sunday's win was his first in a major marathon. The 27-year-old, who had never run faster than 2:08, pulled away from Kenya's Joseph Kiprotich at the 35th kilometre and ran alone for more than 7 km. He had withdrawn from a half marathon in Lisbon on Mar. 15 with a calf strain.

Organisers moved the start forward by 30 minutes on Friday and set up 14 water stations, four more than in 2025, after a heat warning for the Dalmatian coast.

“I felt the heat at 30 kilometres, but I told myself, ‘Only twelve more.’ Then I looked back and nobody was there,” Gebremariam said through an interpreter.

Kiprotich was second in 2:07:20, and Croatia's Luka Horvat, ninth, set a national record of 2:11:03. He took 41 seconds off the mark he set in Vienna in October. Twelve of the top 20 men finished inside 2:10. Kiprotich said he would run the Berlin Marathon in September.

In the women's race, Ivana Markovic\u0301 became the first Croatian to win since the race began in 1999, finishing in 2:24:09, 51 seconds ahead of Ethiopia's Almaz Tadesse. Tadesse said she had cramped after 38 km and "lost the race on the waterfront".

Markovic\u0301, 31, a physiotherapist from Zagreb, had finished fourth at the national championships earlier this month. She posted on Instagram an hour after the finish: “Split, you carried me 🙏 Same time next year?”

Organisers said 11,420 runners from 64 countries started the race, up from 9,800 at last year's race, and that 10,976 finished. Race director Dario Kos said about 85,000 spectators lined the course along the Riva waterfront and through Diocletian's Palace, and that the city earned an estimated €9.4m from visitors over the weekend. Hotels in Split were 94% full over the weekend, the Split Tourist Board said.

“We had people standing five rows deep on the Riva,” Kos said. “That never happened in the 2010s.”

Medical teams treated 212 runners, 17 of whom were taken to hospital, mostly with dehydration, the Croatian Red Cross said. None was seriously ill, it added.

Gebremariam takes home €40,000 for the win and a €15,000 course-record bonus. His agent, Meles Hailu, said the victory was worth about $60,000 including appearance fees. Markovic\u0301, who also won €40,000, said she would spend part of it on a treadmill for her clinic.

The total purse of €210,000 was up from €150,000 in 2024. The men's course record had stood since 2019, when Kenya's Eliud Rotich ran 2:06:55.

Next year's race is on April 11th, and organisers plan to cap the field at 14,000.`;

const MW = "Meridian Wire";
const PEP = "Pennine Evening Post";
const CHIPSTRATA = "ChipStrata";
const RUNPULSE = "RunPulse";
const BCB = "Brazil's central bank";
const IBGE = "IBGE";
const COUTINHO = "Mariana Coutinho";
const SARAIVA = "Paulo Saraiva";
const VASCONCELOS = "Rodrigo Vasconcelos";
const NHSE = "NHS England figures";
const TRUST = "Aire Valley Hospitals NHS Foundation Trust";
const SANDHU = "Amrit Sandhu";
const PAPERS = "board papers";
const HOLROYD = "Brenda Holroyd";
const PFA = "Patients First Airedale";
const RCN = "Royal College of Nursing";
const LINDQVIST = "Sarah Lindqvist";
const HANBIT = "Hanbit Semiconductor";
const KWON = "Kwon Ji-hoon";
const PYEONGTAEK = "Pyeongtaek city officials";
const ARCTURUS = "Arcturus Compute";
const PARK = "Park Seo-yeon";
const GEBREMARIAM = "Tesfaye Gebremariam";
const KIPROTICH = "Joseph Kiprotich";
const TADESSE = "Almaz Tadesse";
const MARKOVIC = "Ivana Markovic\u0301".normalize("NFC");
const KOS = "Dario Kos";
const HAILU = "Meles Hailu";

export const FRESH9: EvalDocument[] = [
  {
    name: "fresh9/selic",
    outlet: MW,
    publishedAt: "2026-06-17",
    text: SELIC,
    spans: [
      date("June 17", "2026-06-17"),
      date("Wednesday", "2026-06-17"),
      date("May 2024", "2024-05"),
      date("earlier this year", "2026"),
      date("the second half of 2027", "2027-07/2027-12"),
      date("early 2027", "2027"),
      date("March", "2026-03"),
      date("May", "2026-05", 2),
      date("January", "2026-01"),
      date("June 10", "2026-06-10"),
      date("April", "2026-04"),
      date("a year earlier", "2025-04"),
      date("Wednesday", "2026-06-17", 2),
      date("January", "2026-01", 2),
      date("Thursday", "2026-06-18"),
      date("last week", "2026-06-08/2026-06-14"),
      date("January 2029", "2029-01"),
      date("May", "2026-05", 3),
      date("December", "2025-12"),
      date("last November", "2025-11"),
      date("July", "2026-07"),
      date("December", "2026-12", 2),
      date("2025", "2025"),
      date("this year", "2026", 2),
      date("Tuesday", "2026-06-16"),
      date("the first five months of 2026", "2026-01/2026-05"),
      date("a year earlier", "2025-01/2025-05", 2),
      date("October", "2026-10"),
      date("the early 1990s", "1990/1999"),
      date("1999", "1999"),
      date("2025", "2025", 2),
      date("the first quarter", "2026-01/2026-03"),
      date("next Tuesday", "2026-06-23"),
      date("July 28-29", "2026-07-28/2026-07-29"),
      measure("50 basis points", 50, "basis points"),
      measure("13.25%", 13.25, "%"),
      measure("nine-member", 9, "members"),
      measure("two directors", 2, "directors"),
      measure("25 basis points", 25, "basis points"),
      measure("3%", 3, "%"),
      measure("4.1%", 4.1, "%"),
      measure("5.6%", 5.6, "%"),
      measure("3%", 3, "%", 2),
      measure("1.5 percentage points", 1.5, "percentage points"),
      measure("6.2%", 6.2, "%"),
      measure("0.8 percentage points", 0.8, "percentage points"),
      measure("Twenty-one", 21),
      measure("25-basis-point", 25, "basis points"),
      measure("1.4%", 1.4, "%"),
      measure("5.08 reais", 5.08, "BRL"),
      measure("18 basis points", 18, "basis points"),
      measure("52.4%", 52.4, "%"),
      measure("55.1%", 55.1, "%"),
      measure("50", 50, undefined, 2),
      measure("12%", 12, "%"),
      measure("12.75%", 12.75, "%"),
      measure("R$61.3 billion", 61_300_000_000, "BRL"),
      measure("$11.8 billion", 11_800_000_000, "USD"),
      measure("0.25%", 0.25, "%"),
      measure("9%", 9, "%"),
      measure("2,000%", 2_000, "%"),
      measure("3.4%", 3.4, "%"),
      measure("0.9%", 0.9, "%"),
      quote("inflation had cooled faster than it had expected earlier this year", BCB, "indirect"),
      quote("The disinflation process has advanced more than anticipated", BCB, "direct"),
      quote(
        "inflation would return to the 3% target only in the second half of 2027, later than the forecast of early 2027 it had published in March",
        BCB,
        "indirect",
      ),
      quote("This is a bigger cut than the market had priced in", COUTINHO, "direct"),
      quote("The fiscal scare of last November is over. I would not bet on another 50 in July.", COUTINHO, "direct"),
      quote("he now expected the Selic to reach 12% by December, down from his earlier forecast of 12.75%", SARAIVA, "indirect"),
      quote(
        "tax revenue in the first five months of 2026 was 9% higher than a year earlier, and that the government would not seek new spending before the October election",
        VASCONCELOS,
        "indirect",
      ),
      quote("The fiscal rule is being met, and the market can see it", VASCONCELOS, "direct"),
      claim(
        "Brazil's central bank cut its benchmark Selic rate by 50 basis points to 13.25% on Wednesday, its first reduction since May 2024",
        MW,
        "outlet",
      ),
      claim("inflation had cooled faster than it had expected earlier this year", BCB, "attributed"),
      claim(
        "The nine-member monetary policy committee, known as Copom, voted 7-2 for the cut, with two directors favoring a smaller move of 25 basis points",
        BCB,
        "attributed",
      ),
      claim("The disinflation process has advanced more than anticipated", BCB, "attributed"),
      claim(
        "inflation would return to the 3% target only in the second half of 2027, later than the forecast of early 2027 it had published in March",
        BCB,
        "attributed",
        { hedged: true },
      ),
      claim("Consumer prices rose 4.1% in the 12 months to May, down from 5.6% in January", IBGE, "attributed"),
      claim("The bank's target is 3%, with a tolerance band of 1.5 percentage points either side", MW, "outlet"),
      claim("Unemployment fell to 6.2% in the three months to April, 0.8 percentage points lower than a year earlier", MW, "outlet"),
      claim(
        "Wednesday's decision was the first under Governor Helena Araújo, a former director of monetary policy at the bank who took office in January",
        MW,
        "outlet",
      ),
      claim("Twenty-one of the 32 economists polled by Meridian Wire last week had forecast a 25-basis-point cut", MW, "outlet"),
      claim(
        "The real strengthened 1.4% to 5.08 reais per dollar, and yields on interest-rate futures maturing in January 2029 fell 18 basis points",
        MW,
        "outlet",
      ),
      claim("Banks had already begun passing on cheaper funding", MW, "outlet"),
      claim("The average rate on new personal loans fell to 52.4% a year in May from 55.1% in December", "central bank data", "attributed"),
      claim("This is a bigger cut than the market had priced in", COUTINHO, "attributed"),
      claim("The fiscal scare of last November is over", COUTINHO, "attributed"),
      claim("he now expected the Selic to reach 12% by December, down from his earlier forecast of 12.75%", SARAIVA, "attributed", {
        hedged: true,
      }),
      claim("The government ran a primary deficit of R$61.3 billion ($11.8 billion) in 2025", "Finance Ministry", "attributed"),
      claim("tax revenue in the first five months of 2026 was 9% higher than a year earlier", VASCONCELOS, "attributed"),
      claim("the government would not seek new spending before the October election", VASCONCELOS, "attributed", { denies: true }),
      claim("The fiscal rule is being met, and the market can see it", VASCONCELOS, "attributed"),
      claim(
        "Brazil, which fought hyperinflation of more than 2,000% a year in the early 1990s, has kept an inflation target since 1999",
        MW,
        "outlet",
      ),
      claim("The economy grew 3.4% in 2025 and 0.9% in the first quarter from the previous three months", MW, "outlet"),
    ],
  },
  {
    name: "fresh9/waits",
    outlet: PEP,
    publishedAt: "2026-09-24",
    text: WAITS,
    spans: [
      date("2004", "2004"),
      date("10 September", "2026-09-10"),
      date("August 2025", "2025-08"),
      date("July", "2026-07"),
      date("March 2020", "2020-03"),
      date("August", "2026-08", 2),
      date("last October", "2025-10"),
      date("Monday 7 September", "2026-09-07"),
      date("the following week", "2026-09-14/2026-09-20"),
      date("last week", "2026-09-14/2026-09-20"),
      date("the 2026-27 financial year", "2026-04/2027-03"),
      date("April", "2026-04"),
      date("the first quarter of the financial year", "2026-04/2026-06"),
      date("a year earlier", "2025-04/2025-06"),
      date("April and June", "2026-04/2026-06"),
      date("Earlier this year", "2026"),
      date("March", "2026-03", 2),
      date("the summer", "2026"),
      date("4 August", "2026-08-04"),
      date("January", "2026-01"),
      date("2025", "2025", 2),
      date("July", "2026-07", 2),
      date("next week", "2026-09-28/2026-10-04"),
      date("spring 2027", "2027"),
      date("the end of March", "2027-03"),
      measure("61,000 people", 61_000, "people"),
      measure("7,412 patients", 7_412, "patients"),
      measure("52 weeks", 52, "weeks"),
      measure("4,960", 4_960),
      measure("54.3 per cent", 54.3, "%"),
      measure("18-week", 18, "weeks"),
      measure("92 per cent", 92, "%"),
      measure("38 per cent", 38, "%"),
      measure("96 per cent", 96, "%"),
      measure("Ten", 10),
      measure("46 nurses", 46, "nurses"),
      measure("83 nursing posts", 83, "nursing posts"),
      measure("118 patients", 118, "patients"),
      measure("£41m", 41_000_000, "GBP"),
      measure("£21.5m", 21_500_000, "GBP"),
      measure("£6.8 million", 6_800_000, "GBP"),
      measure("22 per cent", 22, "%"),
      measure("£2.3m", 2_300_000, "GBP"),
      measure("1,150 patients", 1_150, "patients"),
      measure("£1.2m", 1_200_000, "GBP"),
      measure("71", 71),
      measure("14 months", 14, "months"),
      measure("three miles", 3, "miles"),
      measure("312 complaints", 312, "complaints"),
      measure("two older wards", 2, "older wards"),
      measure("31C", 31, "°C"),
      measure("19 operations", 19, "operations"),
      measure("12-hour", 12, "hours"),
      measure("40 portable air-conditioning units", 40, "portable air-conditioning units"),
      measure("£14m", 14_000_000, "GBP"),
      measure("four operating theatres", 4, "operating theatres"),
      measure("52 weeks", 52, "weeks", 2),
      quote("We are treating more patients than ever, but demand is rising faster", SANDHU, "direct"),
      quote(
        "Our theatres ran at 96 per cent of capacity in August. Ten of our 38 orthopaedic beds are closed for repairs.",
        SANDHU,
        "direct",
      ),
      quote(
        "the trust had recruited 46 nurses from India and the Philippines since last October but that 83 nursing posts on surgical wards were still vacant",
        SANDHU,
        "indirect",
      ),
      quote(
        "In March the surgeon told me, ‘You'll be done by the summer.’ Then they rang on 4 August to say it was off again",
        HOLROYD,
        "direct",
      ),
      quote("You'll be done by the summer.", "surgeon", "direct"),
      quote("I can't get up the stairs any more, so I sleep on the sofa.", HOLROYD, "direct"),
      quote("I used to walk the dog three miles every morning. Now I can barely reach the garden gate.", HOLROYD, "direct"),
      quote(
        "it had received 312 complaints about cancelled operations since January, three times as many as in the whole of 2025",
        PFA,
        "indirect",
      ),
      quote(
        "nurses had been “sweating through their scrubs” for 12-hour shifts, and that the trust had only 40 portable air-conditioning units for its 600 beds",
        RCN,
        "indirect",
      ),
      quote("sweating through their scrubs", RCN, "direct"),
      quote("she would raise the figures with the health secretary next week", LINDQVIST, "indirect"),
      quote("People in this valley are not asking for miracles. They are asking for a date", LINDQVIST, "direct"),
      quote("it will open a £14m surgical hub in Skipton in spring 2027, adding four operating theatres", TRUST, "indirect"),
      claim(
        "More than 61,000 people are now waiting for planned treatment at Aire Valley Hospitals NHS Foundation Trust, the highest number since the trust was formed in 2004",
        NHSE,
        "attributed",
      ),
      claim(
        "Some 7,412 patients have waited more than 52 weeks, up from 4,960 in August 2025, and the trust treated only 54.3 per cent of patients within the 18-week standard in July, against a national target of 92 per cent",
        NHSE,
        "attributed",
      ),
      claim("The list has grown by 38 per cent since March 2020", PEP, "outlet"),
      claim("We are treating more patients than ever, but demand is rising faster", SANDHU, "attributed"),
      claim("Our theatres ran at 96 per cent of capacity in August", SANDHU, "attributed"),
      claim("Ten of our 38 orthopaedic beds are closed for repairs", SANDHU, "attributed"),
      claim("the trust had recruited 46 nurses from India and the Philippines since last October", SANDHU, "attributed"),
      claim("83 nursing posts on surgical wards were still vacant", SANDHU, "attributed"),
      claim(
        "The trust declared a critical incident on Monday 7 September, when 118 patients were waiting in A&E at Airedale General, and stood it down the following week",
        PEP,
        "outlet",
      ),
      claim(
        "the trust expects a deficit of £41m for the 2026-27 financial year, almost double the shortfall of £21.5m it planned for in April",
        PAPERS,
        "attributed",
        { hedged: true },
      ),
      claim(
        "The trust spent £6.8 million on agency staff in the first quarter of the financial year, 22 per cent more than a year earlier, and paid private hospitals £2.3m to treat 1,150 patients between April and June",
        PAPERS,
        "attributed",
      ),
      claim("the trust closed the minor injuries unit in Bingley to save £1.2m a year", PEP, "outlet"),
      claim("Brenda Holroyd, 71, from Keighley, has waited 14 months for a hip replacement", PEP, "outlet"),
      claim(
        "it had received 312 complaints about cancelled operations since January, three times as many as in the whole of 2025",
        PFA,
        "attributed",
      ),
      claim(
        "temperatures on two older wards at Airedale General reached 31C, and 19 operations were cancelled in a single week",
        TRUST,
        "attributed",
      ),
      claim("nurses had been “sweating through their scrubs” for 12-hour shifts", RCN, "attributed"),
      claim("the trust had only 40 portable air-conditioning units for its 600 beds", RCN, "attributed"),
    ],
  },
  {
    name: "fresh9/fab",
    outlet: CHIPSTRATA,
    publishedAt: "2026-03-05",
    text: FAB,
    spans: [
      date("the second half of 2027", "2027-07/2027-12"),
      date("2026-03-04", "2026-03-04"),
      date("October", "2025-10"),
      date("the fourth quarter of this year", "2026-10/2026-12"),
      date("last month", "2026-02"),
      date("June 2027", "2027-06"),
      date("2023", "2023"),
      date("Wednesday", "2026-03-04"),
      date("January", "2026-01"),
      date("the early 2030s", "2030/2039"),
      date("the final three months of 2025", "2025-10/2025-12"),
      date("Thursday", "2026-03-05"),
      date("April 2024", "2024-04"),
      date("last year", "2025"),
      date("2027", "2027", 3),
      date("2027", "2027", 4),
      date("Two years ago", "2024"),
      date("February", "2026-02"),
      date("2026 and 2030", "2026/2030"),
      date("the fiscal year ending March 2027", "2026-04/2027-03"),
      date("last week", "2026-02-23/2026-03-01"),
      date("Tuesday", "2026-03-03"),
      date("tonight", "2026-03-03"),
      date("March 27", "2026-03-27"),
      measure("two quarters", 2, "quarters"),
      measure("345-kilovolt", 345, "kilovolts"),
      measure("₩31.5 trillion", 31_500_000_000_000, "KRW"),
      measure("$21.6bn", 21_600_000_000, "USD"),
      measure("₩24 trillion", 24_000_000_000_000, "KRW"),
      measure("55%", 55, "%"),
      measure("70%", 70, "%"),
      measure("six scanners", 6, "scanners"),
      measure("₩412 billion", 412_000_000_000, "KRW"),
      measure("6.3%", 6.3, "%"),
      measure("₩48,250", 48_250, "KRW"),
      measure("65 km", 65, "km"),
      measure("3,400 people", 3_400, "people"),
      measure("160,000 square metres", 160_000, "square metres"),
      measure("22°C", 22, "°C"),
      measure("$2.3bn", 2_300_000_000, "USD"),
      measure("₩1.8 trillion", 1_800_000_000_000, "KRW"),
      measure("18 months", 18, "months"),
      measure("30", 30, undefined, 2),
      measure("14 weeks", 14, "weeks"),
      measure("₩33 trillion", 33_000_000_000_000, "KRW"),
      measure("25%", 25, "%"),
      measure("¥40bn", 40_000_000_000, "JPY"),
      quote(
        "the line, known internally as P3, would start turning out 2nm logic chips in the fourth quarter of this year",
        HANBIT,
        "indirect",
      ),
      quote("the substation would not be finished before June 2027", PYEONGTAEK, "indirect"),
      quote("We would rather be late than ship a yield we are not proud of", KWON, "direct"),
      quote(
        "test wafers were reaching yields of about 55%, against a target of 70% for profitable output, and that the first of six scanners ordered from the Netherlands had arrived only in January",
        KWON,
        "indirect",
      ),
      quote("the company still aimed to be the world's second-largest foundry by the early 2030s", KWON, "indirect"),
      quote("it had “contingency capacity” elsewhere and did not expect its 2027 product launches to slip", ARCTURUS, "indirect"),
      quote("contingency capacity", ARCTURUS, "direct"),
      quote("Everyone in Pyeongtaek is fighting for the same transformers and the same engineers", PARK, "direct"),
      quote("Two years ago, a new substation took 18 months. The grid operator is now quoting 30.", PARK, "direct"),
      quote("Third schedule reset since I joined. Pizza in the fab office again tonight 🍕", "engineer at the site", "direct"),
      claim(
        "Hanbit Semiconductor (한빛반도체) has pushed back volume production at its new fab in Pyeongtaek by at least two quarters, to the second half of 2027",
        HANBIT,
        "attributed",
      ),
      claim(
        "the delay was caused by late deliveries of extreme ultraviolet (EUV) lithography scanners and a dispute with the regional grid operator over a new 345-kilovolt substation",
        HANBIT,
        "attributed",
      ),
      claim("the substation would not be finished before June 2027", PYEONGTAEK, "attributed", { hedged: true, denies: true }),
      claim(
        "Hanbit now expects the project to cost ₩31.5 trillion ($21.6bn), up from ₩24 trillion when it was announced in 2023",
        CHIPSTRATA,
        "outlet",
        {
          hedged: true,
        },
      ),
      claim("test wafers were reaching yields of about 55%, against a target of 70% for profitable output", KWON, "attributed"),
      claim("the first of six scanners ordered from the Netherlands had arrived only in January", KWON, "attributed"),
      claim(
        "Hanbit, the country's third-largest chipmaker, posted an operating loss of ₩412 billion in the final three months of 2025, its fifth straight quarterly loss",
        CHIPSTRATA,
        "outlet",
      ),
      claim("Its shares fell 6.3% in Seoul on Thursday to ₩48,250, the lowest close since April 2024", CHIPSTRATA, "outlet"),
      claim(
        "The site, 65 km south of Seoul, already employs 3,400 people, and its cleanrooms, which cover 160,000 square metres, are kept at 22°C",
        CHIPSTRATA,
        "outlet",
      ),
      claim(
        "Arcturus Compute, a Californian AI-chip designer, signed a $2.3bn supply deal with Hanbit last year for accelerators built on the 2nm process",
        CHIPSTRATA,
        "outlet",
      ),
      claim("it had “contingency capacity” elsewhere", ARCTURUS, "attributed"),
      claim("did not expect its 2027 product launches to slip", ARCTURUS, "attributed", { hedged: true, denies: true }),
      claim("the delay would cost Hanbit about ₩1.8 trillion in revenue in 2027", PARK, "attributed", { hedged: true }),
      claim("Everyone in Pyeongtaek is fighting for the same transformers and the same engineers", PARK, "attributed"),
      claim("a new substation took 18 months", PARK, "attributed"),
      claim("The grid operator is now quoting 30", PARK, "attributed"),
      claim(
        "Rival foundries in Taiwan are running their 2nm lines at close to full capacity, with lead times of up to 14 weeks for new customers",
        "Kestrel Research",
        "attributed",
      ),
      claim(
        "Korea's National Assembly passed a ₩33 trillion support package for chipmakers in February, with tax credits of up to 25% for fab construction between 2026 and 2030",
        CHIPSTRATA,
        "outlet",
      ),
      claim(
        "Tokyo-based toolmaker Kiyora Electron cut its sales forecast for the fiscal year ending March 2027 by ¥40bn last week",
        CHIPSTRATA,
        "outlet",
      ),
    ],
  },
  {
    name: "fresh9/marathon",
    outlet: RUNPULSE,
    publishedAt: "2026-04-13",
    text: MARATHON,
    spans: [
      date("Sunday", "2026-04-12"),
      date("Sunday", "2026-04-12", 2),
      date("Mar. 15", "2026-03-15"),
      date("Friday", "2026-04-10"),
      date("2025", "2025"),
      date("October", "2025-10"),
      date("September", "2026-09"),
      date("1999", "1999"),
      date("earlier this month", "2026-04"),
      date("next year", "2027"),
      date("last year", "2025"),
      date("the weekend", "2026-04-11/2026-04-12"),
      date("the weekend", "2026-04-11/2026-04-12", 2),
      date("the 2010s", "2010/2019"),
      date("2024", "2024"),
      date("2019", "2019"),
      date("Next year", "2027"),
      date("April 11th", "2027-04-11"),
      measure("14 seconds", 14, "seconds"),
      measure("19C", 19, "°C"),
      measure("26 degrees", 26, "°C"),
      measure("27-year-old", 27, "years"),
      measure("7 km", 7, "km"),
      measure("30 minutes", 30, "minutes"),
      measure("14 water stations", 14, "water stations"),
      measure("four", 4),
      measure("30 kilometres", 30, "kilometres"),
      measure("twelve", 12),
      measure("41 seconds", 41, "seconds"),
      measure("Twelve", 12),
      measure("51 seconds", 51, "seconds"),
      measure("38 km", 38, "km"),
      measure("31", 31),
      measure("11,420 runners", 11_420, "runners"),
      measure("64 countries", 64, "countries"),
      measure("9,800", 9_800),
      measure("10,976", 10_976),
      measure("85,000 spectators", 85_000, "spectators"),
      measure("€9.4m", 9_400_000, "EUR"),
      measure("94%", 94, "%"),
      measure("five rows", 5, "rows"),
      measure("212 runners", 212, "runners"),
      measure("17", 17),
      measure("€40,000", 40_000, "EUR"),
      measure("€15,000", 15_000, "EUR"),
      measure("$60,000", 60_000, "USD"),
      measure("€40,000", 40_000, "EUR", 2),
      measure("€210,000", 210_000, "EUR"),
      measure("€150,000", 150_000, "EUR"),
      measure("14,000", 14_000),
      quote(
        "I felt the heat at 30 kilometres, but I told myself, ‘Only twelve more.’ Then I looked back and nobody was there",
        GEBREMARIAM,
        "direct",
      ),
      quote("Only twelve more.", GEBREMARIAM, "direct"),
      quote("he would run the Berlin Marathon in September", KIPROTICH, "indirect"),
      quote('she had cramped after 38 km and "lost the race on the waterfront"', TADESSE, "indirect"),
      quote("lost the race on the waterfront", TADESSE, "direct"),
      quote("Split, you carried me 🙏 Same time next year?", MARKOVIC, "direct"),
      quote(
        "11,420 runners from 64 countries started the race, up from 9,800 at last year's race, and that 10,976 finished",
        "organisers",
        "indirect",
      ),
      quote(
        "about 85,000 spectators lined the course along the Riva waterfront and through Diocletian's Palace, and that the city earned an estimated €9.4m from visitors over the weekend",
        KOS,
        "indirect",
      ),
      quote("We had people standing five rows deep on the Riva", KOS, "direct"),
      quote("That never happened in the 2010s.", KOS, "direct"),
      quote("the victory was worth about $60,000 including appearance fees", HAILU, "indirect"),
      quote("she would spend part of it on a treadmill for her clinic", MARKOVIC, "indirect"),
      claim(
        "Ethiopia's Tesfaye Gebremariam won the Adriatic Marathon on Sunday in 2:06:41, breaking the course record by 14 seconds despite temperatures that climbed from 19C at the 8am start to 26 degrees by the finish",
        RUNPULSE,
        "outlet",
      ),
      claim("Sunday's win was his first in a major marathon", RUNPULSE, "outlet"),
      claim(
        "The 27-year-old, who had never run faster than 2:08, pulled away from Kenya's Joseph Kiprotich at the 35th kilometre and ran alone for more than 7 km",
        RUNPULSE,
        "outlet",
      ),
      claim("He had withdrawn from a half marathon in Lisbon on Mar. 15 with a calf strain", RUNPULSE, "outlet"),
      claim(
        "Organisers moved the start forward by 30 minutes on Friday and set up 14 water stations, four more than in 2025",
        RUNPULSE,
        "outlet",
      ),
      claim("Kiprotich was second in 2:07:20, and Croatia's Luka Horvat, ninth, set a national record of 2:11:03", RUNPULSE, "outlet"),
      claim("He took 41 seconds off the mark he set in Vienna in October", RUNPULSE, "outlet"),
      claim("Twelve of the top 20 men finished inside 2:10", RUNPULSE, "outlet"),
      claim(
        "Ivana Marković became the first Croatian to win since the race began in 1999, finishing in 2:24:09, 51 seconds ahead of Ethiopia's Almaz Tadesse",
        RUNPULSE,
        "outlet",
      ),
      claim(
        "Marković, 31, a physiotherapist from Zagreb, had finished fourth at the national championships earlier this month",
        RUNPULSE,
        "outlet",
      ),
      claim("11,420 runners from 64 countries started the race, up from 9,800 at last year's race", "organisers", "attributed"),
      claim("10,976 finished", "organisers", "attributed"),
      claim("about 85,000 spectators lined the course along the Riva waterfront and through Diocletian's Palace", KOS, "attributed"),
      claim("the city earned an estimated €9.4m from visitors over the weekend", KOS, "attributed", { hedged: true }),
      claim("Hotels in Split were 94% full over the weekend", "Split Tourist Board", "attributed"),
      claim("We had people standing five rows deep on the Riva", KOS, "attributed"),
      claim("That never happened in the 2010s", KOS, "attributed", { denies: true }),
      claim(
        "Medical teams treated 212 runners, 17 of whom were taken to hospital, mostly with dehydration",
        "Croatian Red Cross",
        "attributed",
      ),
      claim("None was seriously ill", "Croatian Red Cross", "attributed", { denies: true }),
      claim("Gebremariam takes home €40,000 for the win and a €15,000 course-record bonus", RUNPULSE, "outlet"),
      claim("the victory was worth about $60,000 including appearance fees", HAILU, "attributed"),
      claim("The total purse of €210,000 was up from €150,000 in 2024", RUNPULSE, "outlet"),
      claim("The men's course record had stood since 2019, when Kenya's Eliud Rotich ran 2:06:55", RUNPULSE, "outlet"),
    ],
  },
];
