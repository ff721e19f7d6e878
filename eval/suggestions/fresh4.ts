// Fourth fresh held-out gold for `npm run eval:suggestions`, written 2026-12-04 from the text and
// the conventions below only, without running or reading any suggester or its output: four new
// reports (an emergency rate hike by Hungary's central bank, a Peruvian electoral court annulling
// part of a governor's race, a marathon run in heat in Perth and the hospital waits that followed,
// a cloud provider's outage; invented events and people, in wire, news-agency, Australian-agency
// and tech-site styles), annotated by hand. Reported as the held-out set of 2026-12-04 (rules-3
// and rules-4, README "Suggestions"); a tuning set since.
// Conventions are held-out.ts's, fresh.ts's, fresh2.ts's and fresh3.ts's, restated here:
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
// - a direct quote is the text inside the marks without a trailing comma; a fragment in
//   quotation marks (a scare quote) is a direct quote of the person it is attributed to,
//   without the sentence's closing period; a full quoted sentence keeps its own; a quote nested
//   inside another is also its own quote, with its own speaker;
// - an indirect quote is the reported clause after any verb of saying ("said (that)", "added
//   that", "warned that", "argued that", "reported that", "told reporters that", "said in a
//   statement that"); a participle of saying (", saying …") introduces one too; a scare quote
//   inside it stays inside it, marks included; "said that A, and that B" is one indirect quote,
//   "said that A, although he cautioned that B" two; verbs of finding or inference ("the results
//   suggest that", "found") make an attributed claim (hedged for "suggest"), no quote; "ruled
//   that" (a court) makes an outlet claim of the whole sentence, no quote;
// - words in quotation marks that nobody is quoted as saying (a name for a thing) and a gloss in
//   quotation marks (a translation) are not quotes; a club's or company's post is quoted with the
//   club or company as speaker;
// - a measure is the number with its unit, without "about"/"more than"/"nearly"/"up to"; the
//   unit is the plural noun counted ("nurses", "days"), "%" for percent ("per cent" too), an ISO
//   currency code for money, none for a bare number ("up from 35,000", "940" in "of the 2,300
//   participants, 940 …"); abbreviated money is written out ("£41.5m" → 41500000 GBP); an
//   exchange rate is the amount with its own currency; "basis points" and "percentage points" are
//   their own units, never "%"; a hyphenated count ("one-day", "the 23-year-old") is a measure,
//   and a hyphenated measure inside a longer modifier is the number and its unit only; a
//   temperature is "°C" however written; units written as symbols or abbreviations keep the
//   text's form ("km"); a range of measures ("8 to 12 percent") is two measures, the bare first
//   end carrying the unit of the second; a count after a determiner ("the five judges") is a
//   reference, not a measure; not measures: model and phone numbers, vote splits and scores
//   ("5-2", "4-1"), ordinals ("a third time", "first"), shirt numbers, frequencies, clock times;
// - sentence-final attribution (", officials said") and "according to" make an attributed
//   claim, not an indirect quote; "denied that X" is claim X with stance denies, no quote;
// - plans, schedules and appeals are not claims; statements of fact, cause and figure are, and
//   so are negated facts and commitments (stance denies) and conditional possibilities (hedged);
//   expressions of feeling, praise, reaction ("welcomed the decision"), personal anecdote and
//   rhetoric inside a quote are not claims, the quote's factual clauses are, without the final
//   period; a leading adverbial ("Last month,", "In 2019,") is not part of a claim, nor is a
//   trailing "after …" clause of time; appositives, relative, participial and "because" clauses
//   are;
// - claims carry holder (the outlet for its own voice; "the company now expects" is the outlet's,
//   hedged), voice, stance and hedge ("reportedly", "apparently", "may", "could", "likely",
//   "unlikely", "widely seen", "expect", "are thought to", "a reported US$15,000", "an estimated"
//   hedge); the speaker or holder is the full name used in the text (a pronoun, surname or role
//   resolved to it); an unnamed speaker is the text's description without its article or "one";
//   analysts "at Mizuho" are "Mizuho".
// Names written with combining marks are decomposed (NFD) in the texts, to test normalization;
// the speakers and holders in the attributes are composed (NFC), as the evaluator NFC-normalizes
// the text before any suggester sees it; in the Yoruba name some combining acutes have no
// precomposed form and stay combining marks in the stored text, so code points and characters
// differ there.
// New conventions, for cases the earlier sets do not meet (decided before annotating):
// - "last week", "this week", "next week" are dates, valued as the interval of that calendar
//   week, Monday to Sunday ("last week" written on Thursday 2026-10-22 → 2026-10-12/2026-10-18);
//   "this month" is the publication month and "next month" the one after, as "this year";
// - "early October", "mid-October", "late October" are the month, as "early next year" is the
//   year; "earlier this year" is the year (the span keeps "Earlier" when it leads the sentence);
//   "Q3" is the third quarter; a quarter without a year ("the second quarter", "Q3") is in the
//   publication year; "next spring" is the next year's spring, so the next year;
// - an ordinal date ("March 3rd") is the date, as "March 3"; a numeric ISO date ("2026-11-17") is
//   a date with itself as value; a bare month and day in a plan ("Jan. 17", written in November)
//   is its next occurrence after the publication date; a weekday in a plan ("from Monday") is the
//   next such day after the publication date; "last Sunday" is the latest Sunday before the
//   publication date (as held-out's "last Friday"); "late on Wednesday" is "Wednesday";
// - a relative date inside a quote ("today" in a post made "late on Tuesday") is resolved from the
//   day the text says the quote was made;
// - a duration written in several units ("2 hours 36 minutes") or as a race time ("2:14:52") is
//   one measure, valued in its smallest unit ("2 hours 36 minutes" → 156 minutes; "2:14:52" →
//   8092 seconds); a temperature written "34C" or "29 degrees" is °C; a number written in words
//   ("Sixty-one runners") is a measure like digits; an age after a name (", 41,") is a bare
//   number; a range written with a hyphen ("2-4%") is two measures, as "2 to 4%";
// - money: "A$" is AUD, "US$" and (outside Australia) "$" USD, "soles" PEN, "forints" HUF, "€"
//   EUR, "£" GBP, "¥" JPY; "$19bn" → 19000000000 USD; a no-break space inside a measure ("72
//   hours" with U+00A0) is part of its span;
// - a quotation that runs on across a paragraph break (no closing mark at the end of one
//   paragraph, a new opening mark at the start of the next) is one direct quote per paragraph,
//   each ending at its paragraph's end with its sentence's closing period;
// - a quote after a colon (": “…”") is a direct quote like any other; a status page's text quoted
//   is the company's;
// - a chant in quotation marks is a direct quote of the crowd, named as the text describes it
//   without its quantity word ("Hundreds of Ccori supporters" → "Ccori supporters"); an unnamed
//   source's count is dropped too ("two people familiar with the matter" → "people familiar with
//   the matter");
// - "said A, but warned that B" is two indirect quotes, "said that A, but that B" one; "X
//   estimated" after the clause, like "X said", makes an attributed claim; "wrote that" is a verb
//   of saying; "were unable to" is no hedge, "could" of a possibility is;
// - a claim's holder for "according to the company's own incident reports" is the company; the
//   outlet's own opinion ("The timing is awkward") and reactions ("welcomed the decision",
//   "apologised") are not claims; a bare number whose unit is only implied ("recovering to
//   418.90" after "431.40 forints") stays a bare number.
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

// Wire copy: basis points, a range written with a hyphen, an exchange rate in forints, euros,
// "last week" twice, "next month" twice (once inside a scare quote's indirect quote), quarters
// without a year, "early October", "this month", a dateline date, a weekday in a plan, Hungarian
// names written with combining acutes (decomposed; NFC composes them), a curly quote then a
// straight quote broken across a line, and a denial followed by a participle of saying.
const RATES = `BUDAPEST, Oct 22 (Dow Jones) -- Hungary's central bank raised its base rate by 150 basis points to 8% at an unscheduled meeting on Thursday, its first increase since 2022, after the forint slid to a record low against the euro.

The Magyar Nemzeti Bank said in a statement that the hike was needed "to restore order in the foreign-exchange market" and that it stood ready to use "all available instruments". The forint had lost more than 6% against the euro in two weeks and traded at 431.40 forints per euro late on Wednesday, before recovering to 418.90 after the decision.

“Disorderly moves in the exchange rate feed straight into prices, and the forint lost 4% in three days,” Governor Zolta\u0301n Va\u0301rkonyi told a news conference. "The Monetary Council's decision was unanimous. If it is needed, we
will act again, and we will act at scale."

Deputy Governor Re\u0301ka Halmos said the bank would also offer a new one-month deposit facility at 8.25% from Monday to drain forint liquidity. She added that the central bank had sold €1.8 billion of its foreign-currency reserves since early October to support the currency.

Inflation accelerated to 5.9% in September from 4.6% in August, well above the bank's 3% target, the statistics office KSH said last week. The central bank now expects inflation to peak at about 7% in the first quarter of next year and to return to its tolerance band of 2-4% only by mid-2028.

The rate-setting Monetary Council had been due to meet next month. Only five of the 21 analysts polled by Dow Jones last week had forecast any increase this year.

"This is shock and awe, and it is the right call," said Pe\u0301ter Szalay, chief economist at Danubia Capital in Budapest. He said the bank could add "another 50 basis points" next month, but warned that higher borrowing costs could deepen a recession. Gross domestic product shrank 0.3% in the second quarter, and the statistics office will publish its first estimate for the third quarter on Nov. 13.

Finance Minister Ga\u0301bor Lendvai denied that the government had pressed the bank to act, saying the decision was "entirely the Monetary Council's".

The forint's slide began on Oct. 9, when Meridian Ratings cut the outlook on Hungary's BBB- credit rating to negative, citing a budget deficit it put at 5.4% of gross domestic product this year. Budapest is also still waiting for about €10 billion in European Union funds, frozen since December 2022 over rule-of-law concerns.

Hungarian bond yields fell after the decision, with the 10-year yield down 35 basis points at 7.12%. The BUX stock index closed 1.1% lower.

The Polish zloty has weakened about 2% this month, though the National Bank of Poland left its main rate unchanged at 4.75% on Oct. 7. Its governor, Adam Wierzbicki, said on Thursday that Polish banks had "very limited" exposure to Hungary.`;

// News agency: a court's ruling with a scare quote (the court's), a vote split that is not a
// measure, soles and dollars, a bare month and day ahead ("Jan. 17", next year), "a week later"
// tied to "Oct. 20", a chant in Spanish with its gloss, curly quotes and a straight quote with a
// nested single-quoted sentence broken across a line, a quotation running on across a paragraph
// break, a quote after a colon, speakers named later by surname, role and pronoun, and Spanish
// names written with combining acutes (decomposed; NFC composes them).
const ELECTION = `LIMA, Peru (EFE) — Peru’s top electoral court on Monday annulled the results from 312 polling stations in the southern region of Puno and ordered a partial rerun of the race for regional governor, prolonging a dispute that has left the result in limbo since the June 7 vote.

The National Elections Jury (JNE) ruled 4-1 that tally sheets from those stations, which cover about 86,000 registered voters, had been “altered beyond any reasonable doubt”. The rerun will be held on Jan. 17, the court said.

The candidate who led the count, Rolando Ccori of the left-wing Tierra y Dignidad movement, had been ahead by just 1,204 votes out of more than 690,000 cast. He called the ruling “a coup in a judge’s robe” and said his supporters would “defend every vote in the streets, peacefully”.

Hundreds of Ccori supporters gathered outside the court in central Lima on Monday night, chanting “¡Respeten mi voto!” (“Respect my vote!”).

Reading out the majority decision, the court’s president, Judge Mariela Quispe Huama\u0301n, said investigators had found identical handwriting on 190 of the sheets and totals that did not add up on 122 more.

“This was not a handful of clerical mistakes. It was a pattern,” Quispe said. “The same pen wrote the same numbers in five districts,
and some sheets were signed by officials who were not there.”

The lone dissenter, Judge Vi\u0301ctor Arce Llosa, wrote that the majority had relied on “a handwriting expert hired by one of the parties” and that the law allowed annulment only where fraud had changed the outcome.

Ccori’s rival, Ana Luci\u0301a Mamani of the Frente Regional Sur, welcomed the decision. "From the first day I have said, 'Count every vote, and count it properly,' and that is all we asked for," she told reporters in Juliaca. "Our poll watchers were thrown out of
schools in Azángaro while the boxes were still being opened."

“This is not about one candidate or the other,” said Father Julia\u0301n Ca\u0301rdenas, who leads the church-backed observer group Voto Limpio. “It is about whether people in Puno still believe that their vote counts.

“Many of them have already stopped believing it. Turnout in the rerun will tell us how many.”

The Organization of American States’ electoral mission, which observed the June vote, said in a statement that it had “not observed irregularities on a scale that would alter the result”, but that it respected the court’s authority.

The National Office of Electoral Processes (ONPE) has set aside 9.6 million soles ($2.5 million) for the rerun, which will need about 1,900 poll workers, according to its head, Luis Anco Mayta.

The regional electoral board in Puno proclaimed Ccori the winner on July 14, but Mamani’s party challenged the count. The JNE heard arguments on Oct. 20 and ordered the ballot boxes brought to Lima a week later.

Puno, on the shores of Lake Titicaca, has a history of unrest over elections and mining. In 2019, road blockades over a copper concession cut it off from the rest of the country for 43 days.

Ccori said he would take the case to the Inter-American Commission on Human Rights. Asked whether he would run in January, he said: “We will be on the ballot, and we will win again.”`;

// Australian agency: a number in words, temperatures written "34C" and "29 degrees", km and a
// hyphenated "35-kilometre", a race time and durations in two units, A$, US$ and pounds, a
// hedging "reportedly", "last Sunday's" (possessive) and a later bare "Sunday", day-month-year
// dates ("12 March 2023", "2 February 2027"), "a week later" tied to one, "October last year",
// "next year's", "this year's" and "last year's", an age after a name, a kanji name, a Yoruba
// name whose combining marks partly survive NFC (dot below plus acute has no precomposed form),
// an emoji with a zero-width joiner in a caption, a nested single-quoted cry holding an apostrophe, and a
// straight quote broken across a line.
const MARATHON = `PERTH (AAP) - Sixty-one runners were taken to hospital from last Sunday's Perth Marathon, which was run in temperatures of up to 34C, and a 58-year-old man from Bunbury remained in a critical condition on Wednesday.

St John WA said its paramedics treated 287 people along the 42.2 km course, more than three times as many as last year, most of them for heat exhaustion. Two runners were flown to Royal Perth Hospital by helicopter.

“We made the call on the best forecast we had at 4am, which was 29 degrees at the finish,” race director Carly Denholm said on Tuesday. "In hindsight, we should have started earlier, and we will next year."

Pharmacist Tom Reyes, 41, who collapsed near the 35-kilometre mark, said he remembered little of the final hour. "A marshal was yelling, 'Walk, don't run!' and the next thing I knew I was on a stretcher," he said. "My core temperature was 41.6 degrees when I got to
the medical tent."

Kenyan Daniel Kiprop, reportedly paid a US$15,000 appearance fee, won the men's race in 2:14:52, more than seven minutes outside the course record, and took home the A$40,000 first prize. Japan's Aoi Fujimura (藤村葵) was second, 41 seconds behind.

Britain's Holly Ashworth won the women's race in 2 hours 36 minutes and said afterwards that she had raised £12,500 for a dementia charity in her home town of Leeds. She later posted a photo of herself wrapped in ice towels with the caption "Survived Perth 🥵🏃‍♀️ never doing that again", which drew 9,400 likes. Nigeria's Te\u0300mi\u0301to\u0323\u0301pe\u0323\u0301 Ade\u0301ye\u0323\u0301mi, last year's winner, was second, 52 seconds behind.

The influx came on one of the busiest days of the year for Perth's emergency departments. Patients at Royal Perth waited a median of 5 hours 12 minutes to be admitted on Sunday, against a national target of four hours, according to the WA Health Department. Ambulances spent 1,386 hours ramped outside the city's hospitals in September, up 18% from a year earlier.

Health Minister Sanjay Patel said the marathon had added "pressure we simply did not need", but he denied that any patient had been harmed by the delays. The opposition's health spokeswoman, Meg Larkin, said ramping had "become normal in this state" and called for an inquiry.

Heat has disrupted mass events in the state before. The Swan River Fun Run was called off on 12 March 2023 as temperatures passed 40C, and a week later the state government issued guidelines requiring organisers to cancel or shorten events when the forecast exceeds 38C. A 34-year-old runner died at the Rottnest Island half marathon in October last year, and the guidelines were reviewed again.

Denholm said an independent review would report by 2 February 2027, and that next year's race had been moved to 2 May to avoid the heat. Entries had already reached 4,100, against 11,000 for this year's event, she said.`;

// Tech site: denials (one followed by a participle of saying), "reportedly", "could", ", analysts
// said", "according to", "analysts at … estimated", a CEO's post after a colon with an em dash, a
// no-break space and an emoji, "today" inside that post (resolved from its day), an ISO date in a
// quoted status page, clock times with a zone, an ordinal date ("March 3rd"), "Q3", "mid-2027",
// "Earlier this year", "next spring", "the end of 2028", "$19bn", yen, a kanji name, curly
// apostrophes and both kinds of quotation marks.
const OUTAGE = `SAN FRANCISCO — A nine-hour outage at cloud provider Corvane knocked thousands of websites and apps offline on Tuesday, from Tokyo taxi apps to British supermarket checkouts. It was the most serious failure of its kind since 2021, analysts said.

Corvane hosts about 14% of the world’s cloud workloads, according to research firm Synergy Metrics. The company said the disruption began at 06:40 UTC in its data centres in Oregon and spread to 11 regions within 40 minutes. Service was fully restored at 15:52 UTC, and on Wednesday morning its status page still read "Resolved: all regions operating normally (2026-11-17)".

Corvane denied that the outage was caused by a cyberattack, saying a faulty configuration change had been pushed to its network routers "without the usual staged rollout". Two engineers have been suspended, according to two people familiar with the matter. The company denied that any staff had been disciplined.

Chief executive Dana Whitfield apologised in a post on X late on Tuesday: “We let you down today. No excuses — we’re publishing a full post-mortem within 72\u00A0hours 🙏” The post was viewed 3.1 million times.

Among the worst hit was Tokyo-based taxi app Hayate (疾風), whose 2.3 million users were unable to book rides during the morning rush. “We lost about ¥180 million in bookings in four hours,” Hayate’s chief technology officer, Ren Kobayashi, told The Stack Report. He said the company was now “seriously considering” moving part of its systems to a second provider by mid-2027.

The outage could cost Corvane’s customers as much as $1.1 billion in lost sales, analysts at Halden Research estimated. Corvane itself faces service credits that could reach $240 million under its contracts. Its shares fell 7.4% to $212.35 on Tuesday, wiping about $19bn off its market value.

Britain’s Financial Conduct Authority said it had asked three banks to explain why their mobile apps failed. The European Commission could designate Corvane a critical third-party provider under the EU’s Digital Operational Resilience Act as early as next spring, according to an EU official. Designated providers face direct oversight and fines of up to 1% of their average daily worldwide turnover.

It was Corvane’s third major incident this year. On March 3rd, a 90-minute failure took down card terminals across Scandinavia, and in August a storage fault corrupted data for some 600 customers, according to the company’s own incident reports.

The timing is awkward. Corvane is reportedly preparing to raise $4 billion in debt to fund new data centres. Its revenue grew 31% to $8.7 billion in Q3, its fastest pace since 2023. Earlier this year, it said it would spend $60 billion on AI infrastructure by the end of 2028.

Priya Natarajan, an analyst at Kestrel Securities, said customers were unlikely to leave in large numbers because moving systems between providers "takes years, not weeks". But she warned that the outage could push more companies to spread their workloads across several providers.`;

const DJ = "Dow Jones Newswires";
const EFE = "EFE";
const AAP = "Australian Associated Press";
const TSR = "The Stack Report";
const MNB = "Magyar Nemzeti Bank";
const VARKONYI = "Zoltán Várkonyi";
const HALMOS = "Réka Halmos";
const SZALAY = "Péter Szalay";
const LENDVAI = "Gábor Lendvai";
const WIERZBICKI = "Adam Wierzbicki";
const JNE = "National Elections Jury";
const CCORI = "Rolando Ccori";
const QUISPE = "Mariela Quispe Huamán";
const ARCE = "Víctor Arce Llosa";
const MAMANI = "Ana Lucía Mamani";
const CARDENAS = "Julián Cárdenas";
const OAS = "Organization of American States’ electoral mission";
const DENHOLM = "Carly Denholm";
const REYES = "Tom Reyes";
const ASHWORTH = "Holly Ashworth";
const PATEL = "Sanjay Patel";
const LARKIN = "Meg Larkin";
const CORVANE = "Corvane";
const KOBAYASHI = "Ren Kobayashi";
const NATARAJAN = "Priya Natarajan";

const LAST_WEEK = "2026-10-12/2026-10-18";

export const FRESH4: EvalDocument[] = [
  {
    name: "fresh4/rates",
    outlet: DJ,
    publishedAt: "2026-10-22",
    text: RATES,
    spans: [
      date("Oct 22", "2026-10-22"),
      date("Thursday", "2026-10-22"),
      date("2022", "2022"),
      date("Wednesday", "2026-10-21"),
      date("Monday", "2026-10-26"),
      date("early October", "2026-10"),
      date("September", "2026-09"),
      date("August", "2026-08"),
      date("last week", LAST_WEEK),
      date("the first quarter of next year", "2027-01/2027-03"),
      date("mid-2028", "2028"),
      date("next month", "2026-11"),
      date("last week", LAST_WEEK, 2),
      date("this year", "2026"),
      date("next month", "2026-11", 2),
      date("the second quarter", "2026-04/2026-06"),
      date("the third quarter", "2026-07/2026-09"),
      date("Nov. 13", "2026-11-13"),
      date("Oct. 9", "2026-10-09"),
      date("this year", "2026", 2),
      date("December 2022", "2022-12"),
      date("this month", "2026-10"),
      date("Oct. 7", "2026-10-07"),
      date("Thursday", "2026-10-22", 2),
      measure("150 basis points", 150, "basis points"),
      measure("8%", 8, "%"),
      measure("6%", 6, "%"),
      measure("two weeks", 2, "weeks"),
      measure("431.40 forints", 431.4, "HUF"),
      measure("418.90", 418.9),
      measure("4%", 4, "%"),
      measure("three days", 3, "days"),
      measure("one-month", 1, "months"),
      measure("8.25%", 8.25, "%"),
      measure("€1.8 billion", 1_800_000_000, "EUR"),
      measure("5.9%", 5.9, "%"),
      measure("4.6%", 4.6, "%"),
      measure("3%", 3, "%"),
      measure("7%", 7, "%"),
      measure("2", 2, "%", 7),
      measure("4%", 4, "%", 2),
      measure("five", 5),
      measure("50 basis points", 50, "basis points", 2),
      measure("0.3%", 0.3, "%"),
      measure("5.4%", 5.4, "%"),
      measure("€10 billion", 10_000_000_000, "EUR"),
      measure("10-year", 10, "years"),
      measure("35 basis points", 35, "basis points"),
      measure("7.12%", 7.12, "%"),
      measure("1.1%", 1.1, "%"),
      measure("2%", 2, "%", 2),
      measure("4.75%", 4.75, "%"),
      quote(
        'the hike was needed "to restore order in the foreign-exchange market" and that it stood ready to use "all available instruments"',
        MNB,
        "indirect",
      ),
      quote("to restore order in the foreign-exchange market", MNB, "direct"),
      quote("all available instruments", MNB, "direct"),
      quote("Disorderly moves in the exchange rate feed straight into prices, and the forint lost 4% in three days", VARKONYI, "direct"),
      quote(
        "The Monetary Council's decision was unanimous. If it is needed, we\nwill act again, and we will act at scale.",
        VARKONYI,
        "direct",
      ),
      quote(
        "the bank would also offer a new one-month deposit facility at 8.25% from Monday to drain forint liquidity",
        HALMOS,
        "indirect",
      ),
      quote(
        "the central bank had sold €1.8 billion of its foreign-currency reserves since early October to support the currency",
        HALMOS,
        "indirect",
      ),
      quote("This is shock and awe, and it is the right call", SZALAY, "direct"),
      quote('the bank could add "another 50 basis points" next month', SZALAY, "indirect"),
      quote("another 50 basis points", SZALAY, "direct"),
      quote("higher borrowing costs could deepen a recession", SZALAY, "indirect"),
      quote('the decision was "entirely the Monetary Council\'s"', LENDVAI, "indirect"),
      quote("entirely the Monetary Council's", LENDVAI, "direct"),
      quote('Polish banks had "very limited" exposure to Hungary', WIERZBICKI, "indirect"),
      quote("very limited", WIERZBICKI, "direct"),
      claim(
        "Hungary's central bank raised its base rate by 150 basis points to 8% at an unscheduled meeting on Thursday, its first increase since 2022",
        DJ,
        "outlet",
      ),
      claim('the hike was needed "to restore order in the foreign-exchange market"', MNB, "attributed"),
      claim(
        "The forint had lost more than 6% against the euro in two weeks and traded at 431.40 forints per euro late on Wednesday, before recovering to 418.90 after the decision",
        DJ,
        "outlet",
      ),
      claim(
        "Disorderly moves in the exchange rate feed straight into prices, and the forint lost 4% in three days",
        VARKONYI,
        "attributed",
      ),
      claim("The Monetary Council's decision was unanimous", VARKONYI, "attributed"),
      claim(
        "the central bank had sold €1.8 billion of its foreign-currency reserves since early October to support the currency",
        HALMOS,
        "attributed",
      ),
      claim(
        "Inflation accelerated to 5.9% in September from 4.6% in August, well above the bank's 3% target",
        "statistics office KSH",
        "attributed",
      ),
      claim(
        "The central bank now expects inflation to peak at about 7% in the first quarter of next year and to return to its tolerance band of 2-4% only by mid-2028",
        DJ,
        "outlet",
        { hedged: true },
      ),
      claim("Only five of the 21 analysts polled by Dow Jones last week had forecast any increase this year", DJ, "outlet"),
      claim('the bank could add "another 50 basis points" next month', SZALAY, "attributed", { hedged: true }),
      claim("higher borrowing costs could deepen a recession", SZALAY, "attributed", { hedged: true }),
      claim("Gross domestic product shrank 0.3% in the second quarter", DJ, "outlet"),
      claim("the government had pressed the bank to act", LENDVAI, "attributed", { denies: true }),
      claim('the decision was "entirely the Monetary Council\'s"', LENDVAI, "attributed"),
      claim(
        "The forint's slide began on Oct. 9, when Meridian Ratings cut the outlook on Hungary's BBB- credit rating to negative, citing a budget deficit it put at 5.4% of gross domestic product this year",
        DJ,
        "outlet",
      ),
      claim(
        "Budapest is also still waiting for about €10 billion in European Union funds, frozen since December 2022 over rule-of-law concerns",
        DJ,
        "outlet",
      ),
      claim("Hungarian bond yields fell after the decision, with the 10-year yield down 35 basis points at 7.12%", DJ, "outlet"),
      claim("The BUX stock index closed 1.1% lower", DJ, "outlet"),
      claim(
        "The Polish zloty has weakened about 2% this month, though the National Bank of Poland left its main rate unchanged at 4.75% on Oct. 7",
        DJ,
        "outlet",
      ),
      claim('Polish banks had "very limited" exposure to Hungary', WIERZBICKI, "attributed"),
    ],
  },
  {
    name: "fresh4/election",
    outlet: EFE,
    publishedAt: "2026-11-03",
    text: ELECTION,
    spans: [
      date("Monday", "2026-11-02"),
      date("June 7", "2026-06-07"),
      date("Jan. 17", "2027-01-17"),
      date("Monday", "2026-11-02", 2),
      date("June", "2026-06", 2),
      date("July 14", "2026-07-14"),
      date("Oct. 20", "2026-10-20"),
      date("a week later", "2026-10-27"),
      date("2019", "2019"),
      date("January", "2027-01"),
      measure("312 polling stations", 312, "polling stations"),
      measure("86,000 registered voters", 86_000, "registered voters"),
      measure("1,204 votes", 1_204, "votes"),
      measure("690,000", 690_000),
      measure("190", 190),
      measure("122", 122),
      measure("five districts", 5, "districts"),
      measure("9.6 million soles", 9_600_000, "PEN"),
      measure("$2.5 million", 2_500_000, "USD"),
      measure("1,900 poll workers", 1_900, "poll workers"),
      measure("43 days", 43, "days"),
      quote("altered beyond any reasonable doubt", JNE, "direct"),
      quote("a coup in a judge’s robe", CCORI, "direct"),
      quote("his supporters would “defend every vote in the streets, peacefully”", CCORI, "indirect"),
      quote("defend every vote in the streets, peacefully", CCORI, "direct"),
      quote("¡Respeten mi voto!", "Ccori supporters", "direct"),
      quote(
        "investigators had found identical handwriting on 190 of the sheets and totals that did not add up on 122 more",
        QUISPE,
        "indirect",
      ),
      quote("This was not a handful of clerical mistakes. It was a pattern", QUISPE, "direct"),
      quote(
        "The same pen wrote the same numbers in five districts,\nand some sheets were signed by officials who were not there.",
        QUISPE,
        "direct",
      ),
      quote(
        "the majority had relied on “a handwriting expert hired by one of the parties” and that the law allowed annulment only where fraud had changed the outcome",
        ARCE,
        "indirect",
      ),
      quote("a handwriting expert hired by one of the parties", ARCE, "direct"),
      quote("From the first day I have said, 'Count every vote, and count it properly,' and that is all we asked for", MAMANI, "direct"),
      quote("Count every vote, and count it properly", MAMANI, "direct"),
      quote("Our poll watchers were thrown out of\nschools in Azángaro while the boxes were still being opened.", MAMANI, "direct"),
      quote("This is not about one candidate or the other", CARDENAS, "direct"),
      quote("It is about whether people in Puno still believe that their vote counts.", CARDENAS, "direct"),
      quote("Many of them have already stopped believing it. Turnout in the rerun will tell us how many.", CARDENAS, "direct"),
      quote(
        "it had “not observed irregularities on a scale that would alter the result”, but that it respected the court’s authority",
        OAS,
        "indirect",
      ),
      quote("not observed irregularities on a scale that would alter the result", OAS, "direct"),
      quote("he would take the case to the Inter-American Commission on Human Rights", CCORI, "indirect"),
      quote("We will be on the ballot, and we will win again.", CCORI, "direct"),
      claim(
        "Peru’s top electoral court on Monday annulled the results from 312 polling stations in the southern region of Puno and ordered a partial rerun of the race for regional governor, prolonging a dispute that has left the result in limbo since the June 7 vote",
        EFE,
        "outlet",
      ),
      claim(
        "The National Elections Jury (JNE) ruled 4-1 that tally sheets from those stations, which cover about 86,000 registered voters, had been “altered beyond any reasonable doubt”",
        EFE,
        "outlet",
      ),
      claim(
        "The candidate who led the count, Rolando Ccori of the left-wing Tierra y Dignidad movement, had been ahead by just 1,204 votes out of more than 690,000 cast",
        EFE,
        "outlet",
      ),
      claim(
        "Hundreds of Ccori supporters gathered outside the court in central Lima on Monday night, chanting “¡Respeten mi voto!” (“Respect my vote!”)",
        EFE,
        "outlet",
      ),
      claim(
        "investigators had found identical handwriting on 190 of the sheets and totals that did not add up on 122 more",
        QUISPE,
        "attributed",
      ),
      claim("This was not a handful of clerical mistakes", QUISPE, "attributed", { denies: true }),
      claim("It was a pattern", QUISPE, "attributed"),
      claim(
        "The same pen wrote the same numbers in five districts,\nand some sheets were signed by officials who were not there",
        QUISPE,
        "attributed",
      ),
      claim(
        "the majority had relied on “a handwriting expert hired by one of the parties” and that the law allowed annulment only where fraud had changed the outcome",
        ARCE,
        "attributed",
      ),
      claim("Our poll watchers were thrown out of\nschools in Azángaro while the boxes were still being opened", MAMANI, "attributed"),
      claim("Many of them have already stopped believing it", CARDENAS, "attributed"),
      claim("it had “not observed irregularities on a scale that would alter the result”", OAS, "attributed", { denies: true }),
      claim(
        "The National Office of Electoral Processes (ONPE) has set aside 9.6 million soles ($2.5 million) for the rerun, which will need about 1,900 poll workers",
        "Luis Anco Mayta",
        "attributed",
      ),
      claim(
        "The regional electoral board in Puno proclaimed Ccori the winner on July 14, but Mamani’s party challenged the count",
        EFE,
        "outlet",
      ),
      claim("The JNE heard arguments on Oct. 20 and ordered the ballot boxes brought to Lima a week later", EFE, "outlet"),
      claim("Puno, on the shores of Lake Titicaca, has a history of unrest over elections and mining", EFE, "outlet"),
      claim("road blockades over a copper concession cut it off from the rest of the country for 43 days", EFE, "outlet"),
    ],
  },
  {
    name: "fresh4/marathon",
    outlet: AAP,
    publishedAt: "2026-10-21",
    text: MARATHON,
    spans: [
      date("last Sunday", "2026-10-18"),
      date("Wednesday", "2026-10-21"),
      date("last year", "2025"),
      date("Tuesday", "2026-10-20"),
      date("last year", "2025", 2),
      date("next year", "2027"),
      date("Sunday", "2026-10-18", 2),
      date("September", "2026-09"),
      date("a year earlier", "2025-09"),
      date("12 March 2023", "2023-03-12"),
      date("a week later", "2023-03-19"),
      date("October last year", "2025-10"),
      date("2 February 2027", "2027-02-02"),
      date("next year", "2027", 2),
      date("2 May", "2027-05-02"),
      date("this year", "2026"),
      measure("Sixty-one runners", 61, "runners"),
      measure("34C", 34, "°C"),
      measure("58-year-old", 58, "years"),
      measure("287 people", 287, "people"),
      measure("42.2 km", 42.2, "km"),
      measure("three times", 3, "times"),
      measure("Two runners", 2, "runners"),
      measure("29 degrees", 29, "°C"),
      measure("41", 41),
      measure("35-kilometre", 35, "kilometres"),
      measure("41.6 degrees", 41.6, "°C"),
      measure("US$15,000", 15_000, "USD"),
      measure("2:14:52", 8_092, "seconds"),
      measure("seven minutes", 7, "minutes"),
      measure("A$40,000", 40_000, "AUD"),
      measure("41 seconds", 41, "seconds"),
      measure("2 hours 36 minutes", 156, "minutes"),
      measure("£12,500", 12_500, "GBP"),
      measure("9,400 likes", 9_400, "likes"),
      measure("52 seconds", 52, "seconds"),
      measure("5 hours 12 minutes", 312, "minutes"),
      measure("four hours", 4, "hours"),
      measure("1,386 hours", 1_386, "hours"),
      measure("18%", 18, "%"),
      measure("40C", 40, "°C"),
      measure("38C", 38, "°C"),
      measure("34-year-old", 34, "years"),
      measure("4,100", 4_100),
      measure("11,000", 11_000),
      quote(
        "its paramedics treated 287 people along the 42.2 km course, more than three times as many as last year, most of them for heat exhaustion",
        "St John WA",
        "indirect",
      ),
      quote("We made the call on the best forecast we had at 4am, which was 29 degrees at the finish", DENHOLM, "direct"),
      quote("In hindsight, we should have started earlier, and we will next year.", DENHOLM, "direct"),
      quote("he remembered little of the final hour", REYES, "indirect"),
      quote("A marshal was yelling, 'Walk, don't run!' and the next thing I knew I was on a stretcher", REYES, "direct"),
      quote("Walk, don't run!", "marshal", "direct"),
      quote("My core temperature was 41.6 degrees when I got to\nthe medical tent.", REYES, "direct"),
      quote("she had raised £12,500 for a dementia charity in her home town of Leeds", ASHWORTH, "indirect"),
      quote("Survived Perth 🥵🏃‍♀️ never doing that again", ASHWORTH, "direct"),
      quote('the marathon had added "pressure we simply did not need"', PATEL, "indirect"),
      quote("pressure we simply did not need", PATEL, "direct"),
      quote('ramping had "become normal in this state"', LARKIN, "indirect"),
      quote("become normal in this state", LARKIN, "direct"),
      quote(
        "an independent review would report by 2 February 2027, and that next year's race had been moved to 2 May to avoid the heat",
        DENHOLM,
        "indirect",
      ),
      claim(
        "Sixty-one runners were taken to hospital from last Sunday's Perth Marathon, which was run in temperatures of up to 34C, and a 58-year-old man from Bunbury remained in a critical condition on Wednesday",
        AAP,
        "outlet",
      ),
      claim(
        "its paramedics treated 287 people along the 42.2 km course, more than three times as many as last year, most of them for heat exhaustion",
        "St John WA",
        "attributed",
      ),
      claim("Two runners were flown to Royal Perth Hospital by helicopter", AAP, "outlet"),
      claim("We made the call on the best forecast we had at 4am, which was 29 degrees at the finish", DENHOLM, "attributed"),
      claim("he remembered little of the final hour", REYES, "attributed"),
      claim("My core temperature was 41.6 degrees when I got to\nthe medical tent", REYES, "attributed"),
      claim(
        "Kenyan Daniel Kiprop, reportedly paid a US$15,000 appearance fee, won the men's race in 2:14:52, more than seven minutes outside the course record, and took home the A$40,000 first prize",
        AAP,
        "outlet",
        { hedged: true },
      ),
      claim("Japan's Aoi Fujimura (藤村葵) was second, 41 seconds behind", AAP, "outlet"),
      claim("Britain's Holly Ashworth won the women's race in 2 hours 36 minutes", AAP, "outlet"),
      claim("she had raised £12,500 for a dementia charity in her home town of Leeds", ASHWORTH, "attributed"),
      claim(
        'She later posted a photo of herself wrapped in ice towels with the caption "Survived Perth 🥵🏃‍♀️ never doing that again", which drew 9,400 likes',
        AAP,
        "outlet",
      ),
      claim(
        "Nigeria's Te\u0300mi\u0301to\u0323\u0301pe\u0323\u0301 Ade\u0301ye\u0323\u0301mi, last year's winner, was second, 52 seconds behind",
        AAP,
        "outlet",
      ),
      claim("The influx came on one of the busiest days of the year for Perth's emergency departments", AAP, "outlet"),
      claim(
        "Patients at Royal Perth waited a median of 5 hours 12 minutes to be admitted on Sunday, against a national target of four hours",
        "WA Health Department",
        "attributed",
      ),
      claim("Ambulances spent 1,386 hours ramped outside the city's hospitals in September, up 18% from a year earlier", AAP, "outlet"),
      claim('the marathon had added "pressure we simply did not need"', PATEL, "attributed"),
      claim("any patient had been harmed by the delays", PATEL, "attributed", { denies: true }),
      claim('ramping had "become normal in this state"', LARKIN, "attributed"),
      claim("Heat has disrupted mass events in the state before", AAP, "outlet"),
      claim(
        "The Swan River Fun Run was called off on 12 March 2023 as temperatures passed 40C, and a week later the state government issued guidelines requiring organisers to cancel or shorten events when the forecast exceeds 38C",
        AAP,
        "outlet",
      ),
      claim(
        "A 34-year-old runner died at the Rottnest Island half marathon in October last year, and the guidelines were reviewed again",
        AAP,
        "outlet",
      ),
      claim("Entries had already reached 4,100, against 11,000 for this year's event", DENHOLM, "attributed"),
    ],
  },
  {
    name: "fresh4/outage",
    outlet: TSR,
    publishedAt: "2026-11-18",
    text: OUTAGE,
    spans: [
      date("Tuesday", "2026-11-17"),
      date("2021", "2021"),
      date("Wednesday", "2026-11-18"),
      date("2026-11-17", "2026-11-17"),
      date("Tuesday", "2026-11-17", 2),
      date("today", "2026-11-17"),
      date("mid-2027", "2027"),
      date("Tuesday", "2026-11-17", 3),
      date("next spring", "2027"),
      date("this year", "2026"),
      date("March 3rd", "2026-03-03"),
      date("August", "2026-08"),
      date("Q3", "2026-07/2026-09"),
      date("2023", "2023"),
      date("Earlier this year", "2026"),
      date("the end of 2028", "2028"),
      measure("nine-hour", 9, "hours"),
      measure("14%", 14, "%"),
      measure("11 regions", 11, "regions"),
      measure("40 minutes", 40, "minutes"),
      measure("Two engineers", 2, "engineers"),
      measure("two people", 2, "people"),
      measure("72\u00A0hours", 72, "hours"),
      measure("3.1 million times", 3_100_000, "times"),
      measure("2.3 million users", 2_300_000, "users"),
      measure("¥180 million", 180_000_000, "JPY"),
      measure("four hours", 4, "hours"),
      measure("$1.1 billion", 1_100_000_000, "USD"),
      measure("$240 million", 240_000_000, "USD"),
      measure("7.4%", 7.4, "%"),
      measure("$212.35", 212.35, "USD"),
      measure("$19bn", 19_000_000_000, "USD"),
      measure("three banks", 3, "banks"),
      measure("1%", 1, "%"),
      measure("90-minute", 90, "minutes"),
      measure("600 customers", 600, "customers"),
      measure("$4 billion", 4_000_000_000, "USD"),
      measure("31%", 31, "%"),
      measure("$8.7 billion", 8_700_000_000, "USD"),
      measure("$60 billion", 60_000_000_000, "USD"),
      quote(
        "the disruption began at 06:40 UTC in its data centres in Oregon and spread to 11 regions within 40 minutes",
        CORVANE,
        "indirect",
      ),
      quote("Resolved: all regions operating normally (2026-11-17)", CORVANE, "direct"),
      quote('a faulty configuration change had been pushed to its network routers "without the usual staged rollout"', CORVANE, "indirect"),
      quote("without the usual staged rollout", CORVANE, "direct"),
      quote("We let you down today. No excuses — we’re publishing a full post-mortem within 72\u00A0hours 🙏", "Dana Whitfield", "direct"),
      quote("We lost about ¥180 million in bookings in four hours", KOBAYASHI, "direct"),
      quote(
        "the company was now “seriously considering” moving part of its systems to a second provider by mid-2027",
        KOBAYASHI,
        "indirect",
      ),
      quote("seriously considering", KOBAYASHI, "direct"),
      quote("it had asked three banks to explain why their mobile apps failed", "Financial Conduct Authority", "indirect"),
      quote("it would spend $60 billion on AI infrastructure by the end of 2028", CORVANE, "indirect"),
      quote(
        'customers were unlikely to leave in large numbers because moving systems between providers "takes years, not weeks"',
        NATARAJAN,
        "indirect",
      ),
      quote("takes years, not weeks", NATARAJAN, "direct"),
      quote("the outage could push more companies to spread their workloads across several providers", NATARAJAN, "indirect"),
      claim(
        "A nine-hour outage at cloud provider Corvane knocked thousands of websites and apps offline on Tuesday, from Tokyo taxi apps to British supermarket checkouts",
        TSR,
        "outlet",
      ),
      claim("It was the most serious failure of its kind since 2021", "analysts", "attributed"),
      claim("Corvane hosts about 14% of the world’s cloud workloads", "Synergy Metrics", "attributed"),
      claim(
        "the disruption began at 06:40 UTC in its data centres in Oregon and spread to 11 regions within 40 minutes",
        CORVANE,
        "attributed",
      ),
      claim(
        'Service was fully restored at 15:52 UTC, and on Wednesday morning its status page still read "Resolved: all regions operating normally (2026-11-17)"',
        TSR,
        "outlet",
      ),
      claim("the outage was caused by a cyberattack", CORVANE, "attributed", { denies: true }),
      claim(
        'a faulty configuration change had been pushed to its network routers "without the usual staged rollout"',
        CORVANE,
        "attributed",
      ),
      claim("Two engineers have been suspended", "people familiar with the matter", "attributed"),
      claim("any staff had been disciplined", CORVANE, "attributed", { denies: true }),
      claim("The post was viewed 3.1 million times", TSR, "outlet"),
      claim(
        "Among the worst hit was Tokyo-based taxi app Hayate (疾風), whose 2.3 million users were unable to book rides during the morning rush",
        TSR,
        "outlet",
      ),
      claim("We lost about ¥180 million in bookings in four hours", KOBAYASHI, "attributed"),
      claim("The outage could cost Corvane’s customers as much as $1.1 billion in lost sales", "Halden Research", "attributed", {
        hedged: true,
      }),
      claim("Corvane itself faces service credits that could reach $240 million under its contracts", TSR, "outlet", { hedged: true }),
      claim("Its shares fell 7.4% to $212.35 on Tuesday, wiping about $19bn off its market value", TSR, "outlet"),
      claim("it had asked three banks to explain why their mobile apps failed", "Financial Conduct Authority", "attributed"),
      claim(
        "The European Commission could designate Corvane a critical third-party provider under the EU’s Digital Operational Resilience Act as early as next spring",
        "EU official",
        "attributed",
        { hedged: true },
      ),
      claim("Designated providers face direct oversight and fines of up to 1% of their average daily worldwide turnover", TSR, "outlet"),
      claim("It was Corvane’s third major incident this year", TSR, "outlet"),
      claim(
        "a 90-minute failure took down card terminals across Scandinavia, and in August a storage fault corrupted data for some 600 customers",
        CORVANE,
        "attributed",
      ),
      claim("Corvane is reportedly preparing to raise $4 billion in debt to fund new data centres", TSR, "outlet", { hedged: true }),
      claim("Its revenue grew 31% to $8.7 billion in Q3, its fastest pace since 2023", TSR, "outlet"),
      claim(
        'customers were unlikely to leave in large numbers because moving systems between providers "takes years, not weeks"',
        NATARAJAN,
        "attributed",
        { hedged: true },
      ),
      claim("the outage could push more companies to spread their workloads across several providers", NATARAJAN, "attributed", {
        hedged: true,
      }),
    ],
  },
];
