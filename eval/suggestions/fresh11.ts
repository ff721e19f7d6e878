// Eleventh fresh held-out gold for `npm run eval:suggestions -- --report-fresh11`, written 2026-12-08
// blind, from the text and the conventions below only, without running or reading any suggester or
// its output: four new reports (a sumo wrestler's promotion to ōzeki after the Kyushu tournament,
// Scotch whisky exports to India after a duty cut, an archaeobotany study pushing back rice
// domestication in eastern China, a Scottish island cut off by its ferry's breakdown; invented
// events and people, in sports-desk, drinks-trade-publication, US science-desk and local-newspaper
// styles), annotated by hand. Reported only (--report-fresh11), never tuned on: nobody tuning a
// suggester may read this file.
// Conventions are held-out.ts's, fresh.ts's, fresh2.ts's, fresh3.ts's, fresh4.ts's, fresh5.ts's,
// fresh6.ts's, fresh7.ts's, fresh8.ts's, fresh9.ts's and fresh10.ts's, restated here:
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
// fresh10.ts's own conventions, restated:
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
// fresh11.ts's own conventions, for cases the earlier sets do not meet (decided before annotating):
// - dates: a dateline "TOKYO, 27 November —" holds the date "27 November"; a dateline on its own
//   line ("Friday 28 August 2026", after the place and a single line break) is one span, the weekday
//   kept, as fresh9's "Monday 7 September"; "this morning" in the outlet's voice and "tonight" in a
//   quote made that day are the day; "the 1990s" is 1990/1999; "the winter" in a plan written in
//   November 2024 is 2024/2025, as "last winter" is an interval of two years; "before the spring"
//   written in November 2024 is 2025; "12–26 January" (an en dash) in a plan written in November is
//   the next January's range (2025-01-12/2025-01-26), and "June 3-5" (a hyphen) a range in the
//   publication year; "January" in past narrative ("retired in January") is the publication year's;
// - numeric dates follow the country of the text: month first in a US text ("11/18/2024",
//   "8/29/2025"), day first in a British one ("31/08/2026" in a notice); "a fortnight later" after
//   "3 March" is 17 March and "A fortnight later" after "9 August" 23 August (a unit of a day or
//   more: a date, the span keeping its capital); "Last summer" inside a quote made in August 2026 is
//   2025 and "June to September" tied to it 2025-06/2025-09; "last August" written in August 2026 is
//   2025-08; "the nine months to December" (written in March 2026) holds the date "December"
//   (2025-12), and "a year earlier" after it is 2024-12, as fresh9's "the three months to April";
//   "between 2019 and 2023" is the range "2019 and 2023" (2019/2023); "the following spring" after
//   "2020" is 2021; "next spring" written in October 2025 is 2026; "mid-September" is the month;
//   "last Tuesday" written on a Friday is the latest Tuesday before it (three days earlier), "next
//   Friday" written on a Friday the Friday a week on, "this week" the publication's calendar week;
//   "this morning" inside a post is the day of the post; "the New Year tournament" is a name, no date;
// - measures: win-loss records ("13–2", "10–5", "11–4") are scores, and "day 12" and "Day 17"
//   designations, none measures; "9,600 years old" and "about 8,000 years old" (ages of things) are
//   the measures "9,600 years" and "8,000 years", not dates; "4.2 seconds", "1.88 metres", "148 kg",
//   "16 kg", "2.4 meters" (the US spelling kept), "two miles" and "750ml" (unit "ml") keep the text's
//   units; "the 26-year-old", "a 12-year-old blend" and "The 42-year-old vessel" are the hyphenated
//   measures in "years", "the four-room guest house" "four-room" in "rooms"; "¥" JPY ("¥2.5m" →
//   2500000, "¥10 million", "a reported ¥30,000" the measure "¥30,000", the hedge word out), "Rs" INR
//   with crore ("Rs 3,420 crore" → 34200000000, "Rs 45 crore" → 450000000), "yuan" CNY ("12 million
//   yuan" → 12000000), "€1.5m" EUR, "£5.62bn" → 5620000000 GBP, "$" USD in Japanese, British, Indian,
//   Chinese and US texts; "34 bouts", "312 sponsors' banners", "219 million bottles", "1.41 billion
//   bottles", "14 international medals", "2,816 charred spikelet bases", "31 grains", "four layers",
//   "two laboratories", "Two wild species", "120 passengers", "18 cars", "two deliveries", "five small
//   ferries", "29 routes" and "4.9 million passengers" keep the noun phrase counted; "two elders" is a
//   measure and "the two elders" later a reference; "two consecutive titles" inside a scare quote and
//   "two consecutive tournaments" are measures in "consecutive titles" and "consecutive tournaments";
//   "the 15 days", "the last three tournaments", "the last six tournaments", "the 31 grains", "The
//   paper's 14 authors", "the island's 31 businesses" and "its two hotels" are references; "11 of the
//   15 days" and "three of the last six tournaments" are the bare "11" and "three"; "the benchmark of
//   33", "up from 167 million", "600 more", "what we expected to take five" and "including two for
//   Tornish's route" are bare numbers (units only implied), while "in one year" is 1 "year"; "between
//   15 and 20%" is two measures, "15" carrying "%"; "three or four days" inside a scare quote is two
//   measures, "three" carrying "days"; "12 passengers a day" drops the frequency; "more than twice",
//   "twice this week", "doubled", "every single day", "the first time", "second-highest" and
//   "second-largest" are no measures; an age after a name ("Tenkōzan, 31") is a bare number;
//   "a population of 164" (people only implied) is a bare number, "Two patients" a measure; "only one
//   occupant" is the measure "one occupant" in "occupants" ("only" dropped); "percent" is "%", as "per
//   cent" is;
// - quotes: a stable's post in Japanese after a colon is a direct quote of the stable as written
//   ("Minatogawa"), its emoji included, and its English gloss in parentheses is not a quote, nor is
//   the gloss of a ring name ("霧ノ海, "Misty Sea"") or of a site's name ("青溪, "clear stream"");
//   nested words of unnamed people are quotes of "mother" ("My mother … She said, '…'"), "student"
//   ("my student … she said, '…'"), "customers" and "engineers" ("Our engineers told us, ‘…’"), each
//   keeping its own closing period or question mark, and without a trailing comma; a scare quote
//   ending a US-style sentence with the period inside the closing mark ("had been "polite
//   disbelief."") is a direct quote without the period, and the indirect quote around it runs to the
//   end of the sentence, the closing mark and the period inside it kept; a notice that "read:" is a
//   direct quote of its author (the operator, "Clyde & Isles Ferries"); "said in a video interview
//   from Hangzhou", "told reporters:", "told the Courier that", "A separate team reported earlier this
//   year that" (speaker "separate team") and "analysts at Speyside Capital say" (present, speaker
//   "Speyside Capital") introduce quotes; "said A but warned that B" is two indirect quotes, and
//   "said that A, and that B" one; a wrestler is named by his ring name ("Kirinoumi"), not his real
//   name; a wrestler quoted as "the 26-year-old" is that wrestler;
// - claims: a wrestler's "I will devote myself …" is a commitment (a quote, no claim); a board's
//   criterion "the board would want to see …" is a plan (a quote, no claim); "is unlikely before the
//   spring, Morita said" is an attributed claim, hedged; "X estimated that A, and that B" is two
//   attributed claims, no quote; "probably" and "risked being" hedge; "can sink" (possibility)
//   hedges, "can carry" (capacity) does not; a past forecast 'repairs would take "three or four
//   days"' is hedged, as forecasts with "would" are; "none is expected before 2029" is hedged with
//   stance denies; "is due to fall to 75% on 1 April" and "will publish its own … on 17 March" are
//   schedules; "the reaction there had been "polite disbelief."" is a reaction (a quote, no claim);
//   an executive's "India has done in one year what we expected to take five" is rhetoric, and a
//   guest-house owner's account of her bookings, a professor's "We were not looking for domestication
//   at all" and "She counted 600 more" are anecdote, none claims, nor is the outlet's "Domestic
//   producers are less pleased." (its own characterisation); a residents' group's "Milk ran out
//   at the shop this morning" in its post is a claim of the group (a fact about the island), its
//   emoji, its "Day 17 without a ferry." and its question out; engineers' "The shaft cannot be
//   welded, it has to be replaced" nested in a quote is their claim, stance denies; "is expected in
//   Greenock by 9 September" hedges; "The results are likely to be debated" is a hedged claim of the
//   speaker; "The journal's records show" is held by "journal's records", "SSC data show" by "SSC
//   data", "according to association data" by "association data", "according to ratings firm Tokyo
//   Audience Data" by "Tokyo Audience Data", "organisers said" by "organisers", "the council said"
//   and "according to figures published … by the Scotch Spirits Council (SSC)" by "Scotch Spirits
//   Council", "according to the Indian Spirits Importers' Forum, which Raghunathan chairs" by that
//   forum (its relative clause no claim), "The association denied that" by "Japan Sumo Association",
//   "the association said" likewise, "according to a study published Wednesday" by "study", "the team
//   reported in the journal …" by "team", "Radiocarbon dates from 31 grains show that" by
//   "radiocarbon dates" (its measure still a span), "NHS Highland said" by "NHS Highland", "the
//   operator said" and "CIF said" by "Clyde & Isles Ferries"; "Arakawa denied reports that X" is
//   claim X with stance denies, no quote; "suggesting that" in the outlet's sentence ("…, suggesting
//   that people came to rely on it …") is an outlet claim of its clause, hedged, the clause before it
//   its own claim; "Tornish … has no resident doctor" is a negated fact (denies), its relative clause
//   kept; "had gained 9 kg since January and now trains for about five hours a day" is one reported
//   clause with a compound predicate, one claim;
// - names with combining marks here, decomposed (NFD) in the texts: ōzeki (the rank, also in a gloss),
//   Takeshi Ōno, Tenkōzan, Hélène Marchetti, Màiri MacNeil and Seònaid Campbell; the Japanese
//   (霧ノ海, おめでとう大関！, with a full-width "！") and Chinese (陈晓岚, 青溪) are NFC-stable; the
//   emoji (🎉, 🥛, 😡) are one code point each.
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

// Sports desk, Japan: a dateline "27 November", "Wednesday", "this morning", "tonight" inside a
// quote, "the 1990s", "July", "September" twice, "last Thursday", "Sunday", "January" in past
// narrative and "12–26 January" in a plan, "the winter" and "the spring", win-loss records that are
// no measures, "34 bouts", "the benchmark of 33", "4.2 seconds", "1.88 metres", "148 kg", "16 kg",
// "¥2.5m", "¥1.8m", "¥10 million (about $65,000)", "a reported ¥30,000", "18.4%", "11 of the 15
// days", "the 26-year-old", "two elders" and "the two elders", a wrestler's quote after a colon with
// his mother's words nested in straight single marks, scare quotes, ", adding that", "denied that",
// "did not", "unlikely", a conditional rule, a ring name in kanji with its gloss, a stable's post in
// Japanese with an emoji and a gloss, a stablemaster's "said … and now trains for about five hours a
// day" ("9 kg", "five hours"), "denied reports that … in 2022", "earlier this month" and "40
// minutes", and ōzeki, Ōno and Tenkōzan written with combining macrons.
const SUMO = `TOKYO, 27 November — Kirinoumi was promoted to o\u0304zeki, sumo's second-highest rank, on Wednesday after winning the Kyushu tournament in Fukuoka with a 13–2 record.

The Japan Sumo Association's board approved the promotion unanimously this morning, and two elders travelled to his stable to deliver the news. Kirinoumi (霧ノ海, "Misty Sea"), whose real name is Takeshi O\u0304no, is the first wrestler from Aomori prefecture to reach the rank since 2017.

"I will devote myself to sumo and strive to be worthy of the rank," the 26-year-old said in the traditional acceptance speech, kneeling before the two elders. Later, with a grin, he told reporters: "My mother cried on the phone. She said, 'Now eat properly.' So tonight I eat."

Kirinoumi won 34 bouts over the last three tournaments, above the informal benchmark of 33 that judges have applied since the 1990s. He went 10–5 in July and 11–4 in September. In Fukuoka, he took the sole lead last Thursday, on day 12, and clinched the title on Sunday by pushing out the yokozuna Tenko\u0304zan in 4.2 seconds.

Kenji Morita, head of the association's judging division, said the board had seen "no weakness at all" in his tachiai, the initial charge, and that it had considered promoting him after September. The association denied that it had been under pressure to fill the rank, which has had only one occupant since Kotoshima retired in January.

At 1.88 metres and 148 kg, Kirinoumi is about 16 kg lighter than the average wrestler in the top division, according to association data. His monthly salary rises to ¥2.5m from ¥1.8m, and he took home ¥10 million (about $65,000) for the title. He also collected prize money from 312 sponsors' banners over the 15 days, worth a reported ¥30,000 each to the wrestler.

His stablemaster, the former komusubi Hidetoshi Arakawa, said the wrestler had gained 9 kg since January and now trains for about five hours a day. Arakawa denied reports that Kirinoumi had been offered a move to a larger stable in 2022.

His stable, Minatogawa, posted on X shortly after the announcement: “おめでとう大関！\u{1F389} 応援ありがとうございます” (“Congratulations, o\u0304zeki! Thank you for your support”).

The final day's broadcast drew an average audience rating of 18.4% in the Kanto region, the highest for a Kyushu tournament since 2019, according to ratings firm Tokyo Audience Data. Tickets sold out on 11 of the 15 days, organisers said.

Tenko\u0304zan, 31, who has withdrawn from three of the last six tournaments with a knee injury, said he would "think carefully" about his future over the winter. He did not take part in the closing ceremony.

A yokozuna promotion for Kirinoumi is unlikely before the spring, Morita said, adding that the board would want to see "two consecutive titles, or something very close to it".

Kirinoumi will make his o\u0304zeki debut at the New Year tournament in Tokyo, which runs 12–26 January. Tickets went on sale earlier this month and sold out within 40 minutes, the association said. If he posts losing records in two consecutive tournaments, he will lose the rank.`;

// Drinks-trade publication, UK: "£412m", "£389m", "£5.62bn", "£4.1m", "$30bn", "Rs 4,800", "Rs
// 5,600", "Rs 3,420 crore", "Rs 4,100 crore", "Rs 45 crore", "from 150% to 100%", "75%", "40%",
// "between 15 and 20%", "up from 167 million" (bare), "219 million bottles", "1.41 billion bottles",
// "750ml", "a 12-year-old blend", "in one year what we expected to take five", "14 international
// medals", British dates ("1 April 2025", "1 April" in a schedule, "26 February", "3 March", "17
// March"), "a fortnight later", "between May and July", "the nine months to December" and "a year
// earlier", "earlier this month", "this year", "last year" twice, "2024" twice, "by 2035", "the
// second half of 2027", "rejected suggestions that …, saying", "said … and that …", "said … and
// warned that …", "appears to", "reportedly", "is likely to", "an estimated", "had not fallen",
// straight and curly marks, and a customer's question nested in single curly marks.
const SCOTCH = `Scotch whisky exports to India rose 41% by value last year to £412m, making India the industry's second-largest market after the US for the first time, according to figures published on Tuesday by the Scotch Spirits Council (SSC).

The jump followed India's cut in its import duty on Scotch from 150% to 100% on 1 April 2025, the first step under the UK–India trade agreement. The duty is due to fall to 75% on 1 April and to 40% by 2035.

Shipments to India reached 219 million bottles, up from 167 million in 2024, and peaked between May and July as importers restocked. India overtook France, where sales fell 6% to £389m. Total Scotch exports grew 3.2% to £5.62bn, the equivalent of 1.41 billion bottles, the council said.

"India has done in one year what we expected to take five," said SSC chief executive Alasdair Munro. "We are seeing more single malts and more premium blends, and distillers who had never shipped a case to Mumbai are now asking how to get there."

Munro said several Indian states had raised their own excise duties on imported spirits since the cut, and that the gains could be "eaten up" by them. He rejected suggestions that Scotch was undercutting Indian whisky, saying the average bottle of Scotch in India still cost more than twice its Indian equivalent.

Single malts made up 11% of exports to India by volume, up from 7% in 2024, SSC data show. Demand appears to be shifting further towards them.

In Mumbai, Priya Raghunathan, managing director of importer Deccan Cellars, said retail prices had not fallen as far as the duty. A 750ml bottle of a 12-year-old blend now sells for about Rs 4,800 in Maharashtra, down from Rs 5,600 before the cut, she said.

“Customers walk in and say, ‘I read the tax went down — why is my bottle the same?’” Raghunathan said. “We explain the state duties every single day.”

Indian importers paid an estimated Rs 3,420 crore in customs duty on Scotch in the nine months to December, down from Rs 4,100 crore a year earlier, according to the Indian Spirits Importers' Forum, which Raghunathan chairs.

India's whisky market, the world's largest by volume, is worth about $30bn a year, and Scotch still holds less than 3% of it.

Domestic producers are less pleased. The Indian Malt Distillers' Federation said in a statement earlier this month that its members' premium sales had fallen 9% since the cut, and warned that Indian single malts, which won 14 international medals last year, risked being "priced off the shelf".

Glenaskie Distillers, the Speyside group behind the Ben Corran blend, said on 26 February that its Indian sales had doubled and that it would spend Rs 45 crore (about £4.1m) on a bottling plant near Nashik, due to open in the second half of 2027. The company is reportedly in talks to buy a minority stake in a Goa-based distributor.

The second duty cut is likely to lift shipments again, although analysts at Speyside Capital say export growth to India is likely to slow to between 15 and 20% this year.

The council's figures were released on 3 March; India's commerce ministry will publish its own a fortnight later, on 17 March.`;

// Science desk, US: "Wednesday", US numeric dates ("11/18/2024", "8/29/2025"), "June 3-5" (a range
// with a hyphen), "Oct. 21" in a plan, "2019 and 2023", "2020" and "the following spring", "earlier
// this year", "next spring", ages of things ("9,600 years old", "about 8,000 years old", "about
// 10,000 years old") that are measures, "1,500 years", "2,816 charred spikelet bases", "four
// layers", "27%" and "49%", "31 grains" and "the 31 grains", "40 kilometers", "2.4 meters", "600
// more" (bare), "two laboratories", "Two wild species", "12 million yuan grant (about $1.7
// million)", "€1.5m", "The paper's 14 authors" (a reference), a Chinese name and a site's name in
// Chinese characters with a gloss, a student's words nested in straight single marks inside curly
// marks, a US-style scare quote with the period inside its closing mark, "said … but warned that
// …", "appear to" inside a scare quote, "can" of possibility, "probably", "is likely to", "did not
// find", "could not show", "reported … that", "60 percent" and "18 percent", "suggesting that …
// over roughly eight centuries", "2016" and "3 hectares", and Hélène written with combining accents.
const RICE = `Farmers in eastern China were harvesting rice with the hallmark of domestication — grains that stay on the stalk instead of dropping to the ground — at least 1,500 years earlier than previously thought, according to a study published Wednesday.

Researchers led by archaeobotanist Chen Xiaolan (陈晓岚) of Zhejiang University examined 2,816 charred spikelet bases, the tiny scars left where a grain joins the plant, from four layers at Qingxi (青溪, "clear stream"), a village site about 40 kilometers south of Hangzhou. Bases with the rough scar of a non-shattering plant made up 27% of the sample in the oldest layer and 49% in the youngest, the team reported in the journal Archaeobotany Letters.

Radiocarbon dates from 31 grains show that the oldest layer, which lay 2.4 meters below the surface, is about 9,600 years old. Until now, the earliest widely accepted evidence of domesticated rice was about 8,000 years old. Rice made up about 60 percent of the plant remains in the youngest layer, up from 18 percent in the oldest, suggesting that people came to rely on it over roughly eight centuries.

“We were not looking for domestication at all,” Chen said in a video interview from Hangzhou. “When my student saw the first sample, she said, 'These can't be wild,' and I told her to count them again. She counted 600 more.”

The site was found by farmers digging an irrigation channel in 2016 and covers about 3 hectares. The team excavated Qingxi between 2019 and 2023. Work stopped in 2020 because of the pandemic and resumed the following spring, when a flood exposed a deeper layer, Chen said. The journal's records show the paper was received 11/18/2024 and accepted 8/29/2025.

Co-author He\u0301le\u0300ne Marchetti, a geochronologist at the University of Bordeaux, said the dates had been checked at two laboratories and that none of the 31 grains was younger than the layer around it.

Ravi Subramanian, an archaeobotanist at the University of Toronto who was not involved in the research, said the findings "appear to push the story back a long way" but warned that charred grains can sink through loose soil over centuries.

"The results are likely to be debated," he said. "Two wild species of rice still grow in the valley, and their spikelets are hard to tell apart once burned."

The team did not find sickles or other harvesting tools at the site. Chen said the early farmers probably pulled the plants up by hand.

A separate team reported earlier this year that rice phytoliths from a cave in Jiangxi province were about 10,000 years old, but it could not show that they came from domesticated plants.

Chen first presented the counts at a workshop in Shanghai June 3-5. She said the reaction there had been "polite disbelief."

The project was funded by a 12 million yuan grant (about $1.7 million) from the National Natural Science Foundation of China and a €1.5m grant from the European Research Council. The paper's 14 authors include researchers from China, France and Canada.

The team will present the full results at a conference in Hangzhou on Oct. 21 and plans to return to Qingxi next spring.`;

// Local newspaper, Scotland: a dateline on its own line ("TORNISH\nFriday 28 August 2026"),
// "yesterday" twice, "the 2022 census", "last week", "164" (bare), "Two patients", "mid-September",
// "9 August" twice, "A fortnight later, on 23 August", "Day 17" (no measure) in a residents' post with "this morning" and two emoji, "Wednesday", "August", "Last
// summer" and "June to September" inside a quote running across a paragraph break, "last August",
// "March", "this week", "last Tuesday", "next Friday", a British numeric date in a notice
// ("31/08/2026"), "9 September", "2023", "2024", "2029", "19 days", "The 42-year-old vessel", "120
// passengers", "18 cars", "two miles", "three or four days" in a scare quote, "12 passengers a day",
// "two deliveries", "the four-room guest house", "22 years", "the island's 31 businesses" and "its
// two hotels" (references), "£260,000", "64%", "£1.1m", "£150", "£38m", "five small ferries",
// "including two" (bare), "five months", "4.9 million passengers", "29 routes", "estimated that A,
// and that B", "told the Courier that", "denied that", "would not return" (a forecast, denying),
// "reportedly", "appears to", an engineers' sentence nested in single curly marks, and Màiri and
// Seònaid written with combining grave accents.
const FERRY = `TORNISH
Friday 28 August 2026

Islanders on Tornish have been without their ferry for 19 days, and the operator said yesterday that the MV Sgarbh would not return to service before mid-September.

The 42-year-old vessel, which can carry 120 passengers and 18 cars, broke down on 9 August when its gearbox failed two miles off the pier. Clyde & Isles Ferries (CIF) first said repairs would take "three or four days". A fortnight later, on 23 August, engineers in Greenock found a crack in the propeller shaft.

A chartered fast boat now carries up to 12 passengers a day, but no cars, freight or livestock. The island shop has had two deliveries since 9 August.

Tornish, whose population was 164 at the 2022 census, has no resident doctor. Two patients with hospital appointments in Oban were flown out by air ambulance last week, NHS Highland said.

The Tornish Residents' Group posted on Facebook on Wednesday: “Day 17 without a ferry. Milk ran out at the shop this morning \u{1F95B}\u{1F621} Where is the plan, CIF?”

“We lost every booking for August,” said Ma\u0300iri MacNeil, who runs the four-room Tigh na Mara guest house by the pier. “Families cancelled one after another, and the cyclists stopped coming.

“I have run this place for 22 years and I have never seen anything like it. Last summer we were full from June to September.”

The Tornish Community Trust estimated that the island's 31 businesses had lost about £260,000 since the breakdown, and that bookings at its two hotels were down 64% on last August. Tourism appears to have borne the brunt of the disruption.

Highland councillor Seo\u0300naid Campbell told the Courier that CIF had known about wear on the gearbox since an inspection in March, and that the company had "sat on" a report recommending a new one. She said she had written to the transport minister twice this week. CIF denied that maintenance had been put off to save money.

In a statement, CIF's operations director, Graham Baird, said: “Our engineers told us, ‘The shaft cannot be welded, it has to be replaced.’ A new shaft is being machined in Rotterdam and is expected in Greenock by 9 September.” CIF said the repair would cost about £1.1m.

A notice taped to the waiting-room door yesterday read: "Sailings suspended. Next update 31/08/2026."

The Sgarbh reportedly failed a hull survey in 2023 and sailed under a temporary certificate for five months. The Scottish Government committed £38m in 2024 for five small ferries, including two for Tornish's route; none is expected before 2029.

CIF, which is owned by Scottish ministers, carries about 4.9 million passengers a year on 29 routes.

The community council met last Tuesday and voted to ask CIF for compensation of £150 a household. Transport minister Euan Fraser will visit the island next Friday, his office said.`;

const NH = "Nihon Herald";
const CST = "Cask & Still Trade";
const PS = "Pacific Sentinel";
const WCC = "West Coast Courier";
const KIRI = "Kirinoumi";
const JSA = "Japan Sumo Association";
const MORITA = "Kenji Morita";
const TENKOZAN = "Tenko\u0304zan".normalize("NFC");
const MINATOGAWA = "Minatogawa";
const SSC = "Scotch Spirits Council";
const MUNRO = "Alasdair Munro";
const RAGHU = "Priya Raghunathan";
const ISIF = "Indian Spirits Importers' Forum";
const IMDF = "Indian Malt Distillers' Federation";
const GLENASKIE = "Glenaskie Distillers";
const SPEYCAP = "Speyside Capital";
const CHEN = "Chen Xiaolan";
const MARCHETTI = "He\u0301le\u0300ne Marchetti".normalize("NFC");
const SUBRA = "Ravi Subramanian";
const CIF = "Clyde & Isles Ferries";
const TRG = "Tornish Residents' Group";
const MACNEIL = "Ma\u0300iri MacNeil".normalize("NFC");
const TCT = "Tornish Community Trust";
const CAMPBELL = "Seo\u0300naid Campbell".normalize("NFC");
const BAIRD = "Graham Baird";
const ARAKAWA = "Hidetoshi Arakawa";

export const FRESH11: EvalDocument[] = [
  {
    name: "fresh11/sumo",
    outlet: NH,
    publishedAt: "2024-11-27",
    text: SUMO,
    spans: [
      date("27 November", "2024-11-27"),
      date("Wednesday", "2024-11-27"),
      date("this morning", "2024-11-27"),
      date("2017", "2017"),
      date("tonight", "2024-11-27"),
      date("the 1990s", "1990/1999"),
      date("July", "2024-07"),
      date("September", "2024-09"),
      date("last Thursday", "2024-11-21"),
      date("Sunday", "2024-11-24"),
      date("September", "2024-09", 2),
      date("January", "2024-01"),
      date("January", "2024-01", 2),
      date("2022", "2022"),
      date("2019", "2019"),
      date("the winter", "2024/2025"),
      date("the spring", "2025"),
      date("12–26 January", "2025-01-12/2025-01-26"),
      date("earlier this month", "2024-11"),
      measure("two elders", 2, "elders"),
      measure("26-year-old", 26, "years"),
      measure("34 bouts", 34, "bouts"),
      measure("33", 33),
      measure("4.2 seconds", 4.2, "seconds"),
      measure("1.88 metres", 1.88, "metres"),
      measure("148 kg", 148, "kg"),
      measure("16 kg", 16, "kg"),
      measure("¥2.5m", 2_500_000, "JPY"),
      measure("¥1.8m", 1_800_000, "JPY"),
      measure("¥10 million", 10_000_000, "JPY"),
      measure("$65,000", 65_000, "USD"),
      measure("312 sponsors' banners", 312, "sponsors' banners"),
      measure("¥30,000", 30_000, "JPY"),
      measure("9 kg", 9, "kg"),
      measure("five hours", 5, "hours"),
      measure("18.4%", 18.4, "%"),
      measure("11", 11, undefined, 2),
      measure("31", 31, undefined, 2),
      measure("three", 3, undefined, 2),
      measure("one occupant", 1, "occupants"),
      measure("two consecutive titles", 2, "consecutive titles"),
      measure("40 minutes", 40, "minutes"),
      measure("two consecutive tournaments", 2, "consecutive tournaments"),
      quote("I will devote myself to sumo and strive to be worthy of the rank", KIRI, "direct"),
      quote("My mother cried on the phone. She said, 'Now eat properly.' So tonight I eat.", KIRI, "direct"),
      quote("Now eat properly.", "mother", "direct"),
      quote(
        'the board had seen "no weakness at all" in his tachiai, the initial charge, and that it had considered promoting him after September',
        MORITA,
        "indirect",
      ),
      quote("no weakness at all", MORITA, "direct"),
      quote("the wrestler had gained 9 kg since January and now trains for about five hours a day", ARAKAWA, "indirect"),
      quote("おめでとう大関！\u{1F389} 応援ありがとうございます", MINATOGAWA, "direct"),
      quote('he would "think carefully" about his future over the winter', TENKOZAN, "indirect"),
      quote("think carefully", TENKOZAN, "direct"),
      quote('the board would want to see "two consecutive titles, or something very close to it"', MORITA, "indirect"),
      quote("two consecutive titles, or something very close to it", MORITA, "direct"),
      claim("Kirinoumi was promoted to ōzeki, sumo's second-highest rank, on Wednesday", NH, "outlet"),
      claim(
        "The Japan Sumo Association's board approved the promotion unanimously this morning, and two elders travelled to his stable to deliver the news",
        NH,
        "outlet",
      ),
      claim(
        'Kirinoumi (霧ノ海, "Misty Sea"), whose real name is Takeshi Ōno, is the first wrestler from Aomori prefecture to reach the rank since 2017',
        NH,
        "outlet",
      ),
      claim(
        "Kirinoumi won 34 bouts over the last three tournaments, above the informal benchmark of 33 that judges have applied since the 1990s",
        NH,
        "outlet",
      ),
      claim("He went 10–5 in July and 11–4 in September", NH, "outlet"),
      claim(
        "he took the sole lead last Thursday, on day 12, and clinched the title on Sunday by pushing out the yokozuna Tenkōzan in 4.2 seconds",
        NH,
        "outlet",
      ),
      claim('the board had seen "no weakness at all" in his tachiai, the initial charge', MORITA, "attributed", { denies: true }),
      claim("it had considered promoting him after September", MORITA, "attributed"),
      claim(
        "it had been under pressure to fill the rank, which has had only one occupant since Kotoshima retired in January",
        JSA,
        "attributed",
        { denies: true },
      ),
      claim("Kirinoumi is about 16 kg lighter than the average wrestler in the top division", "association data", "attributed"),
      claim("His monthly salary rises to ¥2.5m from ¥1.8m, and he took home ¥10 million (about $65,000) for the title", NH, "outlet"),
      claim(
        "He also collected prize money from 312 sponsors' banners over the 15 days, worth a reported ¥30,000 each to the wrestler",
        NH,
        "outlet",
        { hedged: true },
      ),
      claim("the wrestler had gained 9 kg since January and now trains for about five hours a day", ARAKAWA, "attributed"),
      claim("Kirinoumi had been offered a move to a larger stable in 2022", ARAKAWA, "attributed", { denies: true }),
      claim(
        "The final day's broadcast drew an average audience rating of 18.4% in the Kanto region, the highest for a Kyushu tournament since 2019",
        "Tokyo Audience Data",
        "attributed",
      ),
      claim("Tickets sold out on 11 of the 15 days", "organisers", "attributed"),
      claim("He did not take part in the closing ceremony", NH, "outlet", { denies: true }),
      claim("A yokozuna promotion for Kirinoumi is unlikely before the spring", MORITA, "attributed", { hedged: true }),
      claim("Tickets went on sale earlier this month and sold out within 40 minutes", JSA, "attributed"),
      claim("If he posts losing records in two consecutive tournaments, he will lose the rank", NH, "outlet", { hedged: true }),
    ],
  },
  {
    name: "fresh11/scotch",
    outlet: CST,
    publishedAt: "2026-03-04",
    text: SCOTCH,
    spans: [
      date("last year", "2025"),
      date("Tuesday", "2026-03-03"),
      date("1 April 2025", "2025-04-01"),
      date("1 April", "2026-04-01", 2),
      date("2035", "2035"),
      date("2024", "2024"),
      date("May and July", "2025-05/2025-07"),
      date("2024", "2024", 2),
      date("December", "2025-12"),
      date("a year earlier", "2024-12"),
      date("earlier this month", "2026-03"),
      date("last year", "2025", 2),
      date("26 February", "2026-02-26"),
      date("the second half of 2027", "2027-07/2027-12"),
      date("this year", "2026"),
      date("3 March", "2026-03-03"),
      date("a fortnight later", "2026-03-17"),
      date("17 March", "2026-03-17"),
      measure("41%", 41, "%"),
      measure("£412m", 412_000_000, "GBP"),
      measure("150%", 150, "%"),
      measure("100%", 100, "%"),
      measure("75%", 75, "%"),
      measure("40%", 40, "%"),
      measure("219 million bottles", 219_000_000, "bottles"),
      measure("167 million", 167_000_000),
      measure("6%", 6, "%"),
      measure("£389m", 389_000_000, "GBP"),
      measure("3.2%", 3.2, "%"),
      measure("£5.62bn", 5_620_000_000, "GBP"),
      measure("1.41 billion bottles", 1_410_000_000, "bottles"),
      measure("one year", 1, "years"),
      measure("five", 5),
      measure("11%", 11, "%"),
      measure("7%", 7, "%"),
      measure("750ml", 750, "ml"),
      measure("12-year-old", 12, "years"),
      measure("Rs 4,800", 4_800, "INR"),
      measure("Rs 5,600", 5_600, "INR"),
      measure("Rs 3,420 crore", 34_200_000_000, "INR"),
      measure("Rs 4,100 crore", 41_000_000_000, "INR"),
      measure("$30bn", 30_000_000_000, "USD"),
      measure("3%", 3, "%"),
      measure("9%", 9, "%"),
      measure("14 international medals", 14, "international medals"),
      measure("Rs 45 crore", 450_000_000, "INR"),
      measure("£4.1m", 4_100_000, "GBP"),
      measure("15", 15, "%", 2),
      measure("20%", 20, "%"),
      quote("India has done in one year what we expected to take five", MUNRO, "direct"),
      quote(
        "We are seeing more single malts and more premium blends, and distillers who had never shipped a case to Mumbai are now asking how to get there.",
        MUNRO,
        "direct",
      ),
      quote(
        'several Indian states had raised their own excise duties on imported spirits since the cut, and that the gains could be "eaten up" by them',
        MUNRO,
        "indirect",
      ),
      quote("eaten up", MUNRO, "direct"),
      quote("the average bottle of Scotch in India still cost more than twice its Indian equivalent", MUNRO, "indirect"),
      quote("retail prices had not fallen as far as the duty", RAGHU, "indirect"),
      quote("Customers walk in and say, ‘I read the tax went down — why is my bottle the same?’", RAGHU, "direct"),
      quote("I read the tax went down — why is my bottle the same?", "customers", "direct"),
      quote("We explain the state duties every single day.", RAGHU, "direct"),
      quote("its members' premium sales had fallen 9% since the cut", IMDF, "indirect"),
      quote('Indian single malts, which won 14 international medals last year, risked being "priced off the shelf"', IMDF, "indirect"),
      quote("priced off the shelf", IMDF, "direct"),
      quote(
        "its Indian sales had doubled and that it would spend Rs 45 crore (about £4.1m) on a bottling plant near Nashik, due to open in the second half of 2027",
        GLENASKIE,
        "indirect",
      ),
      quote("export growth to India is likely to slow to between 15 and 20% this year", SPEYCAP, "indirect"),
      claim(
        "Scotch whisky exports to India rose 41% by value last year to £412m, making India the industry's second-largest market after the US for the first time",
        SSC,
        "attributed",
      ),
      claim(
        "The jump followed India's cut in its import duty on Scotch from 150% to 100% on 1 April 2025, the first step under the UK–India trade agreement",
        CST,
        "outlet",
      ),
      claim(
        "Shipments to India reached 219 million bottles, up from 167 million in 2024, and peaked between May and July as importers restocked",
        CST,
        "outlet",
      ),
      claim("India overtook France, where sales fell 6% to £389m", CST, "outlet"),
      claim("Total Scotch exports grew 3.2% to £5.62bn, the equivalent of 1.41 billion bottles", SSC, "attributed"),
      claim(
        "We are seeing more single malts and more premium blends, and distillers who had never shipped a case to Mumbai are now asking how to get there",
        MUNRO,
        "attributed",
      ),
      claim("several Indian states had raised their own excise duties on imported spirits since the cut", MUNRO, "attributed"),
      claim('the gains could be "eaten up" by them', MUNRO, "attributed", { hedged: true }),
      claim("Scotch was undercutting Indian whisky", MUNRO, "attributed", { denies: true }),
      claim("the average bottle of Scotch in India still cost more than twice its Indian equivalent", MUNRO, "attributed"),
      claim("Single malts made up 11% of exports to India by volume, up from 7% in 2024", "SSC data", "attributed"),
      claim("Demand appears to be shifting further towards them", CST, "outlet", { hedged: true }),
      claim("retail prices had not fallen as far as the duty", RAGHU, "attributed", { denies: true }),
      claim(
        "A 750ml bottle of a 12-year-old blend now sells for about Rs 4,800 in Maharashtra, down from Rs 5,600 before the cut",
        RAGHU,
        "attributed",
      ),
      claim(
        "Indian importers paid an estimated Rs 3,420 crore in customs duty on Scotch in the nine months to December, down from Rs 4,100 crore a year earlier",
        ISIF,
        "attributed",
        { hedged: true },
      ),
      claim(
        "India's whisky market, the world's largest by volume, is worth about $30bn a year, and Scotch still holds less than 3% of it",
        CST,
        "outlet",
      ),
      claim("its members' premium sales had fallen 9% since the cut", IMDF, "attributed"),
      claim('Indian single malts, which won 14 international medals last year, risked being "priced off the shelf"', IMDF, "attributed", {
        hedged: true,
      }),
      claim("its Indian sales had doubled", GLENASKIE, "attributed"),
      claim("The company is reportedly in talks to buy a minority stake in a Goa-based distributor", CST, "outlet", { hedged: true }),
      claim("The second duty cut is likely to lift shipments again", CST, "outlet", { hedged: true }),
      claim("export growth to India is likely to slow to between 15 and 20% this year", SPEYCAP, "attributed", { hedged: true }),
      claim("The council's figures were released on 3 March", CST, "outlet"),
    ],
  },
  {
    name: "fresh11/rice",
    outlet: PS,
    publishedAt: "2025-10-09",
    text: RICE,
    spans: [
      date("Wednesday", "2025-10-08"),
      date("2016", "2016"),
      date("2019 and 2023", "2019/2023"),
      date("2020", "2020"),
      date("the following spring", "2021"),
      date("11/18/2024", "2024-11-18"),
      date("8/29/2025", "2025-08-29"),
      date("earlier this year", "2025"),
      date("June 3-5", "2025-06-03/2025-06-05"),
      date("Oct. 21", "2025-10-21"),
      date("next spring", "2026"),
      measure("1,500 years", 1_500, "years"),
      measure("2,816 charred spikelet bases", 2_816, "charred spikelet bases"),
      measure("four layers", 4, "layers"),
      measure("40 kilometers", 40, "kilometers"),
      measure("27%", 27, "%"),
      measure("49%", 49, "%"),
      measure("31 grains", 31, "grains"),
      measure("2.4 meters", 2.4, "meters"),
      measure("9,600 years", 9_600, "years"),
      measure("8,000 years", 8_000, "years"),
      measure("60 percent", 60, "%"),
      measure("18 percent", 18, "%"),
      measure("eight centuries", 8, "centuries"),
      measure("600", 600, undefined, 2),
      measure("3 hectares", 3, "hectares"),
      measure("two laboratories", 2, "laboratories"),
      measure("Two wild species", 2, "wild species"),
      measure("10,000 years", 10_000, "years"),
      measure("12 million yuan", 12_000_000, "CNY"),
      measure("$1.7 million", 1_700_000, "USD"),
      measure("€1.5m", 1_500_000, "EUR"),
      quote("We were not looking for domestication at all", CHEN, "direct"),
      quote(
        "When my student saw the first sample, she said, 'These can't be wild,' and I told her to count them again. She counted 600 more.",
        CHEN,
        "direct",
      ),
      quote("These can't be wild", "student", "direct"),
      quote(
        "the dates had been checked at two laboratories and that none of the 31 grains was younger than the layer around it",
        MARCHETTI,
        "indirect",
      ),
      quote('the findings "appear to push the story back a long way"', SUBRA, "indirect"),
      quote("appear to push the story back a long way", SUBRA, "direct"),
      quote("charred grains can sink through loose soil over centuries", SUBRA, "indirect"),
      quote("The results are likely to be debated", SUBRA, "direct"),
      quote("Two wild species of rice still grow in the valley, and their spikelets are hard to tell apart once burned.", SUBRA, "direct"),
      quote("the early farmers probably pulled the plants up by hand", CHEN, "indirect"),
      quote("rice phytoliths from a cave in Jiangxi province were about 10,000 years old", "separate team", "indirect"),
      quote('the reaction there had been "polite disbelief."', CHEN, "indirect"),
      quote("polite disbelief", CHEN, "direct"),
      claim(
        "Farmers in eastern China were harvesting rice with the hallmark of domestication — grains that stay on the stalk instead of dropping to the ground — at least 1,500 years earlier than previously thought",
        "study",
        "attributed",
      ),
      claim(
        'Researchers led by archaeobotanist Chen Xiaolan (陈晓岚) of Zhejiang University examined 2,816 charred spikelet bases, the tiny scars left where a grain joins the plant, from four layers at Qingxi (青溪, "clear stream"), a village site about 40 kilometers south of Hangzhou',
        PS,
        "outlet",
      ),
      claim(
        "Bases with the rough scar of a non-shattering plant made up 27% of the sample in the oldest layer and 49% in the youngest",
        "team",
        "attributed",
      ),
      claim("the oldest layer, which lay 2.4 meters below the surface, is about 9,600 years old", "radiocarbon dates", "attributed"),
      claim("the earliest widely accepted evidence of domesticated rice was about 8,000 years old", PS, "outlet"),
      claim("Rice made up about 60 percent of the plant remains in the youngest layer, up from 18 percent in the oldest", PS, "outlet"),
      claim("people came to rely on it over roughly eight centuries", PS, "outlet", { hedged: true }),
      claim("The site was found by farmers digging an irrigation channel in 2016 and covers about 3 hectares", PS, "outlet"),
      claim("The team excavated Qingxi between 2019 and 2023", PS, "outlet"),
      claim(
        "Work stopped in 2020 because of the pandemic and resumed the following spring, when a flood exposed a deeper layer",
        CHEN,
        "attributed",
      ),
      claim("the paper was received 11/18/2024 and accepted 8/29/2025", "journal's records", "attributed"),
      claim("the dates had been checked at two laboratories", MARCHETTI, "attributed"),
      claim("none of the 31 grains was younger than the layer around it", MARCHETTI, "attributed", { denies: true }),
      claim('the findings "appear to push the story back a long way"', SUBRA, "attributed", { hedged: true }),
      claim("charred grains can sink through loose soil over centuries", SUBRA, "attributed", { hedged: true }),
      claim("The results are likely to be debated", SUBRA, "attributed", { hedged: true }),
      claim(
        "Two wild species of rice still grow in the valley, and their spikelets are hard to tell apart once burned",
        SUBRA,
        "attributed",
      ),
      claim("The team did not find sickles or other harvesting tools at the site", PS, "outlet", { denies: true }),
      claim("the early farmers probably pulled the plants up by hand", CHEN, "attributed", { hedged: true }),
      claim("rice phytoliths from a cave in Jiangxi province were about 10,000 years old", "separate team", "attributed"),
      claim("it could not show that they came from domesticated plants", PS, "outlet", { denies: true }),
      claim("Chen first presented the counts at a workshop in Shanghai June 3-5", PS, "outlet"),
      claim(
        "The project was funded by a 12 million yuan grant (about $1.7 million) from the National Natural Science Foundation of China and a €1.5m grant from the European Research Council",
        PS,
        "outlet",
      ),
      claim("The paper's 14 authors include researchers from China, France and Canada", PS, "outlet"),
    ],
  },
  {
    name: "fresh11/ferry",
    outlet: WCC,
    publishedAt: "2026-08-28",
    text: FERRY,
    spans: [
      date("Friday 28 August 2026", "2026-08-28"),
      date("yesterday", "2026-08-27"),
      date("mid-September", "2026-09"),
      date("9 August", "2026-08-09"),
      date("A fortnight later", "2026-08-23"),
      date("23 August", "2026-08-23"),
      date("9 August", "2026-08-09", 2),
      date("2022", "2022"),
      date("last week", "2026-08-17/2026-08-23"),
      date("Wednesday", "2026-08-26"),
      date("this morning", "2026-08-26"),
      date("August", "2026-08", 5),
      date("Last summer", "2025"),
      date("June to September", "2025-06/2025-09"),
      date("last August", "2025-08"),
      date("March", "2026-03"),
      date("this week", "2026-08-24/2026-08-30"),
      date("9 September", "2026-09-09"),
      date("yesterday", "2026-08-27", 2),
      date("31/08/2026", "2026-08-31"),
      date("2023", "2023"),
      date("2024", "2024"),
      date("2029", "2029"),
      date("last Tuesday", "2026-08-25"),
      date("next Friday", "2026-09-04"),
      measure("19 days", 19, "days"),
      measure("42-year-old", 42, "years"),
      measure("120 passengers", 120, "passengers"),
      measure("18 cars", 18, "cars"),
      measure("two miles", 2, "miles"),
      measure("three", 3, "days"),
      measure("four days", 4, "days"),
      measure("12 passengers", 12, "passengers"),
      measure("two deliveries", 2, "deliveries"),
      measure("164", 164),
      measure("Two patients", 2, "patients"),
      measure("four-room", 4, "rooms"),
      measure("22 years", 22, "years"),
      measure("£260,000", 260_000, "GBP"),
      measure("64%", 64, "%"),
      measure("£1.1m", 1_100_000, "GBP"),
      measure("five months", 5, "months"),
      measure("£38m", 38_000_000, "GBP"),
      measure("five small ferries", 5, "small ferries"),
      measure("two", 2, undefined, 4),
      measure("4.9 million passengers", 4_900_000, "passengers"),
      measure("29 routes", 29, "routes"),
      measure("£150", 150, "GBP"),
      quote("the MV Sgarbh would not return to service before mid-September", CIF, "indirect"),
      quote('repairs would take "three or four days"', CIF, "indirect"),
      quote("three or four days", CIF, "direct"),
      quote("Day 17 without a ferry. Milk ran out at the shop this morning \u{1F95B}\u{1F621} Where is the plan, CIF?", TRG, "direct"),
      quote("We lost every booking for August", MACNEIL, "direct"),
      quote("Families cancelled one after another, and the cyclists stopped coming.", MACNEIL, "direct"),
      quote(
        "I have run this place for 22 years and I have never seen anything like it. Last summer we were full from June to September.",
        MACNEIL,
        "direct",
      ),
      quote(
        'CIF had known about wear on the gearbox since an inspection in March, and that the company had "sat on" a report recommending a new one',
        CAMPBELL,
        "indirect",
      ),
      quote("sat on", CAMPBELL, "direct"),
      quote("she had written to the transport minister twice this week", CAMPBELL, "indirect"),
      quote(
        "Our engineers told us, ‘The shaft cannot be welded, it has to be replaced.’ A new shaft is being machined in Rotterdam and is expected in Greenock by 9 September.",
        BAIRD,
        "direct",
      ),
      quote("The shaft cannot be welded, it has to be replaced.", "engineers", "direct"),
      quote("the repair would cost about £1.1m", CIF, "indirect"),
      quote("Sailings suspended. Next update 31/08/2026.", CIF, "direct"),
      claim("Islanders on Tornish have been without their ferry for 19 days", WCC, "outlet"),
      claim("the MV Sgarbh would not return to service before mid-September", CIF, "attributed", { hedged: true, denies: true }),
      claim(
        "The 42-year-old vessel, which can carry 120 passengers and 18 cars, broke down on 9 August when its gearbox failed two miles off the pier",
        WCC,
        "outlet",
      ),
      claim('repairs would take "three or four days"', CIF, "attributed", { hedged: true }),
      claim("engineers in Greenock found a crack in the propeller shaft", WCC, "outlet"),
      claim("A chartered fast boat now carries up to 12 passengers a day, but no cars, freight or livestock", WCC, "outlet"),
      claim("The island shop has had two deliveries since 9 August", WCC, "outlet"),
      claim("Tornish, whose population was 164 at the 2022 census, has no resident doctor", WCC, "outlet", { denies: true }),
      claim("Two patients with hospital appointments in Oban were flown out by air ambulance last week", "NHS Highland", "attributed"),
      claim("Milk ran out at the shop this morning", TRG, "attributed"),
      claim("the island's 31 businesses had lost about £260,000 since the breakdown", TCT, "attributed"),
      claim("bookings at its two hotels were down 64% on last August", TCT, "attributed"),
      claim("Tourism appears to have borne the brunt of the disruption", WCC, "outlet", { hedged: true }),
      claim("CIF had known about wear on the gearbox since an inspection in March", CAMPBELL, "attributed"),
      claim('the company had "sat on" a report recommending a new one', CAMPBELL, "attributed"),
      claim("she had written to the transport minister twice this week", CAMPBELL, "attributed"),
      claim("maintenance had been put off to save money", CIF, "attributed", { denies: true }),
      claim("The shaft cannot be welded, it has to be replaced", "engineers", "attributed", { denies: true }),
      claim("A new shaft is being machined in Rotterdam and is expected in Greenock by 9 September", BAIRD, "attributed", { hedged: true }),
      claim("the repair would cost about £1.1m", CIF, "attributed", { hedged: true }),
      claim("The Sgarbh reportedly failed a hull survey in 2023 and sailed under a temporary certificate for five months", WCC, "outlet", {
        hedged: true,
      }),
      claim("The Scottish Government committed £38m in 2024 for five small ferries, including two for Tornish's route", WCC, "outlet"),
      claim("none is expected before 2029", WCC, "outlet", { hedged: true, denies: true }),
      claim("CIF, which is owned by Scottish ministers, carries about 4.9 million passengers a year on 29 routes", WCC, "outlet"),
      claim("The community council met last Tuesday and voted to ask CIF for compensation of £150 a household", WCC, "outlet"),
    ],
  },
];
