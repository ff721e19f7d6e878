// Sixth fresh held-out gold for `npm run eval:suggestions -- --report-fresh6`, written 2026-12-04
// from the text and the conventions below only, without running or reading any suggester or its
// output: four new reports (a cracked cockpit windscreen forcing an airliner's emergency descent
// and landing in Helsinki, German house prices and mortgage rates, a wildfire and drought in
// Aragón, a data-protection damages claim in London against a running-app maker; invented events
// and people, in airline-trade, property-wire, news-agency and tech-site styles), annotated by
// hand. Reported only, never tuned on: nobody tuning a suggester may read this file.
// Conventions are held-out.ts's, fresh.ts's, fresh2.ts's, fresh3.ts's, fresh4.ts's and fresh5.ts's,
// restated here:
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
// New conventions, for cases the earlier sets do not meet (decided before annotating):
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
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

// Airline trade site, British dates: day-month dates ("3 February"), clock times written "11:20
// local time" (not dates, not measures), a flight number and an aircraft type (not measures),
// altitudes in feet, "23 minutes later" (a measure), "the previous Tuesday" and "Two days later"
// tied to it, "Wednesday" and "Thursday" twice each, a bare month in the past ("October"), a
// passenger's name in Japanese script, "rejected suggestions that" followed by a participle of
// saying, "said A and that B" (one quote, two claims), a negated fact, a leading "Under EU rules,",
// a sentence-final attribution, and a Swedish university written with a combining diaeresis
// (decomposed; NFC composes it).
const FLIGHT = `DUBLIN (AeroDispatch) — An Aer Celtica flight from Dublin to Tokyo made an emergency landing in Helsinki on Tuesday after a cracked cockpit windscreen forced the crew to descend from 37,000 feet to 10,000 feet in less than four minutes, the airline said.

Flight EC918, an Airbus A350-900 carrying 281 passengers and 14 crew, left Dublin at 11:20 local time on 3 February and declared an emergency over southern Finland at 14:35 local time. It landed in Helsinki 23 minutes later. Three passengers were treated for ear pain, Finnish border officials said.

“There was a bang like a gunshot, and then the whole cabin went cold,” said Sakura Ishida (石田さくら), 34, a software engineer from Osaka who was flying home with her husband. “Everyone was holding hands. Nobody knew how far down we were going.”

The Finnish Safety Investigation Authority said on Wednesday that it had opened an inquiry and that the flight recorders had been sent to its laboratory in Vantaa. An initial report is due within 30 days.

Declan Farrelly, Aer Celtica's chief operating officer, said the crew had "followed their training to the letter" and that the windscreen, made by a US supplier, had been fitted new in October. He rejected suggestions that the airline had put off maintenance to save money, saying the aircraft had passed a full inspection "less than 400 flight hours ago".

It was the second windscreen failure on an Aer Celtica A350 in seven days. On the previous Tuesday, a crack was found in the outer pane of another of the airline's jets during a stop in Dubai, according to the Irish Aviation Authority. Two days later, the airline replaced the pane and returned the jet to service.

On Thursday the authority ordered the airline to inspect the windscreens on 11 aircraft within 72 hours. The captain, Niamh Brennan, has flown for Aer Celtica since 2009.

Windscreen cracks are not rare. European airlines reported 212 windscreen cracks in 2025, up from 168 in 2024, according to the European Union Aviation Safety Agency. Most were found on the ground.

Martina Lindqvist, a former accident investigator who teaches at Linko\u0308ping University, said a crack in the inner pane was far more serious than one in the outer layer. "The inner pane carries the pressure load. If it fails, the cabin loses pressure in seconds," she said.

Under EU rules, passengers on flights longer than 3,500 km who arrive more than four hours late are owed €600 each. Aer Celtica flew the passengers on to Tokyo on a replacement aircraft on Wednesday, about 26 hours late, and said it would give each of them a €250 voucher. Its shares fell 2.3% in Dublin on Thursday.`;

// Property wire from Germany: euros, prices per square metre, "year on year" (neither date nor
// measure), percentage points and basis points, "the second quarter", "the three months to June"
// (a reference and a month), "late 2025", "spring 2025", "the spring", "a year earlier", "the first
// five months of 2026", "the second half of 2026", "this year", "next year", a plan month ahead
// ("from January", written in July), "2025" three times, a range of percentages, percentages that
// contain one another ("1%" inside "4.1%"), a hyphenated "ten-year", "warned that" with a
// forecast, "estimated that" with "could", "rejected suggestions that" with a participle of
// saying, a realtor's anecdote, an economist named in full then by surname.
const HOUSING = `BERLIN (EPW) — German house prices rose for a sixth straight quarter in the three months to June, as lower mortgage rates drew buyers back into the market, but economists warned that a shortage of new homes would keep the recovery uneven.

The median price of an existing flat in Germany's seven largest cities was €412,000 in the second quarter, up 4.1% year on year, according to data published on Wednesday by the property portal Wohnwert. Prices in Munich reached a median of €8,950 per square metre, the highest in the country, while Leipzig, at €2,870, was the cheapest of the seven.

Mortgage rates have fallen steadily since late 2025. The average rate on a ten-year fixed loan was 3.2% in June, down 0.9 percentage points from a year earlier, according to the Bundesbank. The European Central Bank has cut its deposit rate by a total of 75 basis points since spring 2025, to 1.75%. Demand for loans has picked up. Banks issued €21.4 billion in new home loans in May, up 18% from April, according to the Bundesbank.

“Buyers who sat on their hands for two years are coming back, and they are coming back in a hurry,” said Katrin Albers, chief economist at Hanseatic Bank in Hamburg. “But the supply simply isn’t there. We are building about half the homes this country needs.”

Germany completed 238,000 new homes in 2025, the fewest since 2013 and well short of the government's target of 400,000 a year, according to the Federal Statistical Office. Building permits fell a further 6.3% year on year in the first five months of 2026.

Rents for new leases in Berlin have risen 38% since 2019, and the median asking price for a flat there rose 5.6% to €5,140 per square metre this year. Jonas Wendt, a realtor whose agency sells about 120 flats a year in the city's eastern districts, said viewings had doubled since the spring. “In January we had three people at a viewing. Now we have thirty, and I can’t keep up,” he said.

Felix Hartung, an economist at the DIW institute in Berlin, said prices were likely to rise only 1% to 2% in the second half of 2026 and could fall in some cities next year if unemployment, now 6.4%, kept climbing. He rejected suggestions that Germany faced a new property bubble, saying prices adjusted for inflation were still 11% below their peak in 2022.

The federal government said on Tuesday that it would cut the real-estate transfer tax for first-time buyers from 6.5% to 3.5% from January. The realtors' association IVD estimated that the cut could add 15,000 sales a year.

“A tax cut helps buyers, but it does nothing for supply,” Albers said.`;

// News agency, wildfire in Spain: hectares, km², km/h, "43.6C" and "28 degrees Celsius", litres
// (one per hectare), mm of rain, a range of day-month dates ("between 1 June and 15 August"),
// "this summer", "last winter", "this week", "the same point last year", "since 2019" twice,
// "Thursday" twice, weekdays before the publication day, a plan date ahead ("31 August"), a
// number in words leading a sentence, "One firefighter" (not a measure), "14 fire towers out of
// 38", a minister quoted then named by surname, "rejected suggestions that" followed by a
// participle of saying, "said A and would B" (one quote, the plan dropped from the claim), "say"
// in the present tense, and the region's name written with a combining acute (decomposed; NFC
// composes it).
const WILDFIRE = `ZARAGOZA, Spain (INS) — A wildfire that burned more than 18,400 hectares in the hills south of Zaragoza, the largest in Arago\u0301n since 2019, was brought under control on Thursday, regional officials said. It had burned for five days. About 1,200 firefighters were still at work on Friday damping down hot spots.

The fire forced the evacuation of about 3,100 people from nine villages and destroyed 46 homes, according to the regional government. One firefighter, a 52-year-old volunteer from Teruel, died on Monday when his vehicle was trapped by flames. Twelve water-bombing aircraft dropped more than 2.6 million litres of water on the blaze.

Temperatures reached 43.6C in Zaragoza on Sunday, the highest reading since records began in 1951, and did not fall below 28 degrees Celsius overnight, the state weather agency AEMET said. Winds gusting up to 70 km/h spread the flames across about 180 km² of dry scrub and pine forest in the first two days.

The region has had almost no rain this summer. Zaragoza recorded 4 mm of rain between 1 June and 15 August, against an average of 38 mm, and last winter was the driest since 2012, AEMET said.

Reservoirs in the Ebro basin held 41% of their capacity this week, down from 63% at the same point last year, according to the Ebro Hydrographic Confederation. Farmers in the area have been limited to 1,500 litres of irrigation water per hectare since May.

“We have not seen fire behave like this in Arago\u0301n before. It made its own weather, and it moved faster than our crews could walk,” said Elena Sarasa, the regional minister for the environment, at a news conference in Zaragoza on Thursday.

Sarasa rejected suggestions that budget cuts had left the region short of firefighters, saying Arago\u0301n had hired 240 seasonal firefighters this year. The opposition Chunta Aragonesista party said in a statement that 14 fire towers out of 38 had been unstaffed in July because of a dispute over pay.

The insurance compensation pool, the Consorcio de Compensación de Seguros, said on Friday that it had received more than 1,900 claims and that losses could reach €85 million.

Police arrested a 67-year-old farmer on Wednesday on suspicion of starting the fire while burning stubble on his land. His lawyer, Pilar Gimeno, said her client had been at a market in Teruel all day and would plead not guilty.

Spain has lost an average of 90,000 hectares a year to wildfires since 2019, according to the European Forest Fire Information System, and scientists say hotter, drier summers are lengthening the fire season. Officials in Madrid said the army's emergency unit would stay in the area until at least 31 August.`;

// Tech site, British legal story: pounds written "£240m" and "£19.5m", a price per month, a range
// of years ("between 2021 and 2024") and "the 2024 ruling" (so "2024" twice), "allegedly" with
// "according to the claim form", an email quoted after a colon holding a single-quoted sentence
// by a man named in full only later, a company's post on X after a colon ending in an emoji, a
// spokesperson then her surname, a curly quote and straight quotes, "told the BBC that A and that
// B", a court's holding with a scare quote, a range of pounds, "could face", a schedule ("next
// week", "six weeks"), a barrister with "KC", a claimant's anecdote, and a solicitor's Igbo name
// written with dots below and tone marks (decomposed; NFC composes the dots below, but grave and
// acute over a dotted o have no precomposed form and stay combining marks in the stored text).
const APP = `LONDON (TechWire) — Simon Achterberg KC, for more than 1.2 million users of the running app Stridely, told the High Court on Wednesday that its maker had sold detailed records of their runs, including home addresses, to advertisers without their consent.

The users are seeking up to £240m in damages from Pacewise Ltd, the Manchester company behind the app, which has 4 million British users. It is the largest data-protection claim brought against a British app maker. Stridely charges £4.99 a month for its premium tier. It was downloaded 2.3 million times in Britain in 2023, according to the analytics firm AppMetric.

Pacewise allegedly shared the data with at least 30 advertising firms between 2021 and 2024, earning about £19.5m, according to the claim form. Achterberg read out an internal email in which Pacewise's head of partnerships, Tom Ashdown, wrote: "Marcus told me, 'Call it anonymised and nobody will ask.' The files still have home addresses in them."

In a statement posted on X, Pacewise said: “We have never sold personal data and we never will. Every partner receives aggregated, anonymised data only 🔒”

The company's spokesperson, Hannah Lyle, told the BBC that the email had been "taken wildly out of context" and that Ashdown had left the company in 2025. Lyle declined to say how many advertisers Pacewise worked with.

The case follows the 2024 ruling in Harcourt v Lumio, in which the Court of Appeal held that users were entitled to damages for "loss of control" of their data even without proving financial harm.

If the claim succeeds, each user could receive between £150 and £200, said Adaeze O\u0323\u0300ko\u0323\u0301nkwo\u0323\u0300, a partner at the law firm Fenwick Ward, which brought the case with backing from the litigation funder Tollgate Capital. O\u0323\u0300ko\u0323\u0301nkwo\u0323\u0300 said the firm had heard from another 80,000 users since the hearing was announced in August.

Rebecca Nwosu, a data-protection lawyer at King's College London, said running routes were among the easiest kinds of data to trace back to a person. "If your run starts at the same house every morning, the data is not anonymous, whatever you call it," Nwosu said.

“My runs started and ended at my front door. Someone out there knew that, and I never agreed to it,” said Priya Raman, 41, a teacher from Stockport who is one of six named claimants.

Pacewise could face a fine of up to 4% of its global turnover from the Information Commissioner's Office, which opened its own investigation in March. The company's revenue was £61m last year.

Pacewise's chief executive, Marcus Hale, is expected to give evidence next week. The hearing is due to last six weeks.`;

const AD = "AeroDispatch";
const EPW = "Euro Property Wire";
const INS = "Iberian News Service";
const TW = "TechWire";
const AER = "Aer Celtica";
const FSIA = "Finnish Safety Investigation Authority";
const IAA = "Irish Aviation Authority";
const ISHIDA = "Sakura Ishida";
const FARRELLY = "Declan Farrelly";
const LINDQVIST = "Martina Lindqvist";
const ALBERS = "Katrin Albers";
const WENDT = "Jonas Wendt";
const HARTUNG = "Felix Hartung";
const BUBA = "Bundesbank";
const AEMET = "AEMET";
const SARASA = "Elena Sarasa";
const CONSORCIO = "Consorcio de Compensación de Seguros";
const GIMENO = "Pilar Gimeno";
const ACHTERBERG = "Simon Achterberg";
const PACEWISE = "Pacewise Ltd";
const ASHDOWN = "Tom Ashdown";
const HALE = "Marcus Hale";
const LYLE = "Hannah Lyle";
const OKONKWO = "Adaeze O\u0323\u0300ko\u0323\u0301nkwo\u0323\u0300".normalize("NFC");
const NWOSU = "Rebecca Nwosu";
const RAMAN = "Priya Raman";

export const FRESH6: EvalDocument[] = [
  {
    name: "fresh6/flight",
    outlet: AD,
    publishedAt: "2026-02-06",
    text: FLIGHT,
    spans: [
      date("Tuesday", "2026-02-03"),
      date("3 February", "2026-02-03"),
      date("Wednesday", "2026-02-04"),
      date("October", "2025-10"),
      date("the previous Tuesday", "2026-01-27"),
      date("Two days later", "2026-01-29"),
      date("Thursday", "2026-02-05"),
      date("2009", "2009"),
      date("2025", "2025"),
      date("2024", "2024"),
      date("Wednesday", "2026-02-04", 2),
      date("Thursday", "2026-02-05", 2),
      measure("37,000 feet", 37_000, "feet"),
      measure("10,000 feet", 10_000, "feet"),
      measure("four minutes", 4, "minutes"),
      measure("281 passengers", 281, "passengers"),
      measure("14 crew", 14, "crew"),
      measure("23 minutes", 23, "minutes"),
      measure("Three passengers", 3, "passengers"),
      measure("34", 34),
      measure("30 days", 30, "days"),
      measure("400 flight hours", 400, "flight hours"),
      measure("seven days", 7, "days"),
      measure("11 aircraft", 11, "aircraft"),
      measure("72 hours", 72, "hours"),
      measure("212 windscreen cracks", 212, "windscreen cracks"),
      measure("168", 168),
      measure("3,500 km", 3_500, "km"),
      measure("four hours", 4, "hours"),
      measure("€600", 600, "EUR"),
      measure("26 hours", 26, "hours"),
      measure("€250", 250, "EUR"),
      measure("2.3%", 2.3, "%"),
      quote("There was a bang like a gunshot, and then the whole cabin went cold", ISHIDA, "direct"),
      quote("Everyone was holding hands. Nobody knew how far down we were going.", ISHIDA, "direct"),
      quote("it had opened an inquiry and that the flight recorders had been sent to its laboratory in Vantaa", FSIA, "indirect"),
      quote(
        'the crew had "followed their training to the letter" and that the windscreen, made by a US supplier, had been fitted new in October',
        FARRELLY,
        "indirect",
      ),
      quote("followed their training to the letter", FARRELLY, "direct"),
      quote('the aircraft had passed a full inspection "less than 400 flight hours ago"', FARRELLY, "indirect"),
      quote("less than 400 flight hours ago", FARRELLY, "direct"),
      quote("a crack in the inner pane was far more serious than one in the outer layer", LINDQVIST, "indirect"),
      quote("The inner pane carries the pressure load. If it fails, the cabin loses pressure in seconds", LINDQVIST, "direct"),
      quote("it would give each of them a €250 voucher", AER, "indirect"),
      claim(
        "An Aer Celtica flight from Dublin to Tokyo made an emergency landing in Helsinki on Tuesday after a cracked cockpit windscreen forced the crew to descend from 37,000 feet to 10,000 feet in less than four minutes",
        AER,
        "attributed",
      ),
      claim(
        "Flight EC918, an Airbus A350-900 carrying 281 passengers and 14 crew, left Dublin at 11:20 local time on 3 February and declared an emergency over southern Finland at 14:35 local time",
        AD,
        "outlet",
      ),
      claim("It landed in Helsinki 23 minutes later", AD, "outlet"),
      claim("Three passengers were treated for ear pain", "Finnish border officials", "attributed"),
      claim("it had opened an inquiry", FSIA, "attributed"),
      claim("the flight recorders had been sent to its laboratory in Vantaa", FSIA, "attributed"),
      claim('the crew had "followed their training to the letter"', FARRELLY, "attributed"),
      claim("the windscreen, made by a US supplier, had been fitted new in October", FARRELLY, "attributed"),
      claim("the airline had put off maintenance to save money", FARRELLY, "attributed", { denies: true }),
      claim('the aircraft had passed a full inspection "less than 400 flight hours ago"', FARRELLY, "attributed"),
      claim("It was the second windscreen failure on an Aer Celtica A350 in seven days", AD, "outlet"),
      claim("a crack was found in the outer pane of another of the airline's jets during a stop in Dubai", IAA, "attributed"),
      claim("the airline replaced the pane and returned the jet to service", AD, "outlet"),
      claim("the authority ordered the airline to inspect the windscreens on 11 aircraft within 72 hours", AD, "outlet"),
      claim("The captain, Niamh Brennan, has flown for Aer Celtica since 2009", AD, "outlet"),
      claim("Windscreen cracks are not rare", AD, "outlet", { denies: true }),
      claim(
        "European airlines reported 212 windscreen cracks in 2025, up from 168 in 2024",
        "European Union Aviation Safety Agency",
        "attributed",
      ),
      claim("Most were found on the ground", AD, "outlet"),
      claim("a crack in the inner pane was far more serious than one in the outer layer", LINDQVIST, "attributed"),
      claim("The inner pane carries the pressure load", LINDQVIST, "attributed"),
      claim("If it fails, the cabin loses pressure in seconds", LINDQVIST, "attributed", { hedged: true }),
      claim("passengers on flights longer than 3,500 km who arrive more than four hours late are owed €600 each", AD, "outlet"),
      claim("Aer Celtica flew the passengers on to Tokyo on a replacement aircraft on Wednesday, about 26 hours late", AD, "outlet"),
      claim("Its shares fell 2.3% in Dublin on Thursday", AD, "outlet"),
    ],
  },
  {
    name: "fresh6/housing",
    outlet: EPW,
    publishedAt: "2026-07-09",
    text: HOUSING,
    spans: [
      date("June", "2026-06"),
      date("the second quarter", "2026-04/2026-06"),
      date("Wednesday", "2026-07-08"),
      date("late 2025", "2025"),
      date("June", "2026-06", 2),
      date("a year earlier", "2025-06"),
      date("spring 2025", "2025"),
      date("May", "2026-05"),
      date("April", "2026-04"),
      date("2025", "2025", 3),
      date("2013", "2013"),
      date("the first five months of 2026", "2026-01/2026-05"),
      date("2019", "2019"),
      date("this year", "2026"),
      date("the spring", "2026"),
      date("January", "2026-01"),
      date("the second half of 2026", "2026-07/2026-12"),
      date("next year", "2027"),
      date("2022", "2022"),
      date("Tuesday", "2026-07-07"),
      date("January", "2027-01", 2),
      measure("€412,000", 412_000, "EUR"),
      measure("4.1%", 4.1, "%"),
      measure("€8,950", 8_950, "EUR"),
      measure("€2,870", 2_870, "EUR"),
      measure("ten-year", 10, "years"),
      measure("3.2%", 3.2, "%"),
      measure("0.9 percentage points", 0.9, "percentage points"),
      measure("75 basis points", 75, "basis points"),
      measure("1.75%", 1.75, "%"),
      measure("€21.4 billion", 21_400_000_000, "EUR"),
      measure("18%", 18, "%"),
      measure("two years", 2, "years"),
      measure("238,000 new homes", 238_000, "new homes"),
      measure("400,000", 400_000),
      measure("6.3%", 6.3, "%"),
      measure("38%", 38, "%"),
      measure("5.6%", 5.6, "%"),
      measure("€5,140", 5_140, "EUR"),
      measure("120 flats", 120, "flats"),
      measure("three people", 3, "people"),
      measure("thirty", 30),
      measure("1%", 1, "%", 2),
      measure("2%", 2, "%", 2),
      measure("6.4%", 6.4, "%"),
      measure("11%", 11, "%"),
      measure("6.5%", 6.5, "%"),
      measure("3.5%", 3.5, "%"),
      measure("15,000 sales", 15_000, "sales"),
      quote("a shortage of new homes would keep the recovery uneven", "economists", "indirect"),
      quote("Buyers who sat on their hands for two years are coming back, and they are coming back in a hurry", ALBERS, "direct"),
      quote("But the supply simply isn’t there. We are building about half the homes this country needs.", ALBERS, "direct"),
      quote("viewings had doubled since the spring", WENDT, "indirect"),
      quote("In January we had three people at a viewing. Now we have thirty, and I can’t keep up", WENDT, "direct"),
      quote(
        "prices were likely to rise only 1% to 2% in the second half of 2026 and could fall in some cities next year if unemployment, now 6.4%, kept climbing",
        HARTUNG,
        "indirect",
      ),
      quote("prices adjusted for inflation were still 11% below their peak in 2022", HARTUNG, "indirect"),
      quote(
        "it would cut the real-estate transfer tax for first-time buyers from 6.5% to 3.5% from January",
        "federal government",
        "indirect",
      ),
      quote("A tax cut helps buyers, but it does nothing for supply", ALBERS, "direct"),
      claim(
        "German house prices rose for a sixth straight quarter in the three months to June, as lower mortgage rates drew buyers back into the market",
        EPW,
        "outlet",
      ),
      claim("a shortage of new homes would keep the recovery uneven", "economists", "attributed", { hedged: true }),
      claim(
        "The median price of an existing flat in Germany's seven largest cities was €412,000 in the second quarter, up 4.1% year on year",
        "Wohnwert",
        "attributed",
      ),
      claim(
        "Prices in Munich reached a median of €8,950 per square metre, the highest in the country, while Leipzig, at €2,870, was the cheapest of the seven",
        EPW,
        "outlet",
      ),
      claim("Mortgage rates have fallen steadily since late 2025", EPW, "outlet"),
      claim(
        "The average rate on a ten-year fixed loan was 3.2% in June, down 0.9 percentage points from a year earlier",
        BUBA,
        "attributed",
      ),
      claim("The European Central Bank has cut its deposit rate by a total of 75 basis points since spring 2025, to 1.75%", EPW, "outlet"),
      claim("Demand for loans has picked up", EPW, "outlet"),
      claim("Banks issued €21.4 billion in new home loans in May, up 18% from April", BUBA, "attributed"),
      claim("Buyers who sat on their hands for two years are coming back, and they are coming back in a hurry", ALBERS, "attributed"),
      claim("the supply simply isn’t there", ALBERS, "attributed", { denies: true }),
      claim("We are building about half the homes this country needs", ALBERS, "attributed"),
      claim(
        "Germany completed 238,000 new homes in 2025, the fewest since 2013 and well short of the government's target of 400,000 a year",
        "Federal Statistical Office",
        "attributed",
      ),
      claim("Building permits fell a further 6.3% year on year in the first five months of 2026", EPW, "outlet"),
      claim(
        "Rents for new leases in Berlin have risen 38% since 2019, and the median asking price for a flat there rose 5.6% to €5,140 per square metre this year",
        EPW,
        "outlet",
      ),
      claim("viewings had doubled since the spring", WENDT, "attributed"),
      claim(
        "prices were likely to rise only 1% to 2% in the second half of 2026 and could fall in some cities next year if unemployment, now 6.4%, kept climbing",
        HARTUNG,
        "attributed",
        { hedged: true },
      ),
      claim("Germany faced a new property bubble", HARTUNG, "attributed", { denies: true }),
      claim("prices adjusted for inflation were still 11% below their peak in 2022", HARTUNG, "attributed"),
      claim("the cut could add 15,000 sales a year", "IVD", "attributed", { hedged: true }),
      claim("A tax cut helps buyers", ALBERS, "attributed"),
      claim("it does nothing for supply", ALBERS, "attributed", { denies: true }),
    ],
  },
  {
    name: "fresh6/wildfire",
    outlet: INS,
    publishedAt: "2026-08-21",
    text: WILDFIRE,
    spans: [
      date("2019", "2019"),
      date("Thursday", "2026-08-20"),
      date("Friday", "2026-08-21"),
      date("Monday", "2026-08-17"),
      date("Sunday", "2026-08-16"),
      date("1951", "1951"),
      date("this summer", "2026"),
      date("1 June and 15 August", "2026-06-01/2026-08-15"),
      date("last winter", "2025/2026"),
      date("2012", "2012"),
      date("this week", "2026-08-17/2026-08-23"),
      date("last year", "2025"),
      date("May", "2026-05"),
      date("Thursday", "2026-08-20", 2),
      date("this year", "2026"),
      date("July", "2026-07"),
      date("Friday", "2026-08-21", 2),
      date("Wednesday", "2026-08-19"),
      date("2019", "2019", 2),
      date("31 August", "2026-08-31"),
      measure("18,400 hectares", 18_400, "hectares"),
      measure("five days", 5, "days"),
      measure("1,200 firefighters", 1_200, "firefighters"),
      measure("3,100 people", 3_100, "people"),
      measure("nine villages", 9, "villages"),
      measure("46 homes", 46, "homes"),
      measure("52-year-old", 52, "years"),
      measure("Twelve water-bombing aircraft", 12, "water-bombing aircraft"),
      measure("2.6 million litres", 2_600_000, "litres"),
      measure("43.6C", 43.6, "°C"),
      measure("28 degrees Celsius", 28, "°C"),
      measure("70 km/h", 70, "km/h"),
      measure("180 km²", 180, "km²"),
      measure("4 mm", 4, "mm"),
      measure("38 mm", 38, "mm"),
      measure("41%", 41, "%"),
      measure("63%", 63, "%"),
      measure("1,500 litres", 1_500, "litres"),
      measure("240 seasonal firefighters", 240, "seasonal firefighters"),
      measure("14 fire towers", 14, "fire towers"),
      measure("38", 38, undefined, 2),
      measure("1,900 claims", 1_900, "claims"),
      measure("€85 million", 85_000_000, "EUR"),
      measure("67-year-old", 67, "years"),
      measure("90,000 hectares", 90_000, "hectares"),
      quote(
        "We have not seen fire behave like this in Aragón before. It made its own weather, and it moved faster than our crews could walk",
        SARASA,
        "direct",
      ),
      quote("Aragón had hired 240 seasonal firefighters this year", SARASA, "indirect"),
      quote("14 fire towers out of 38 had been unstaffed in July because of a dispute over pay", "Chunta Aragonesista", "indirect"),
      quote("it had received more than 1,900 claims and that losses could reach €85 million", CONSORCIO, "indirect"),
      quote("her client had been at a market in Teruel all day and would plead not guilty", GIMENO, "indirect"),
      quote("hotter, drier summers are lengthening the fire season", "scientists", "indirect"),
      quote("the army's emergency unit would stay in the area until at least 31 August", "officials in Madrid", "indirect"),
      claim(
        "A wildfire that burned more than 18,400 hectares in the hills south of Zaragoza, the largest in Aragón since 2019, was brought under control on Thursday",
        "regional officials",
        "attributed",
      ),
      claim("It had burned for five days", INS, "outlet"),
      claim("About 1,200 firefighters were still at work on Friday damping down hot spots", INS, "outlet"),
      claim(
        "The fire forced the evacuation of about 3,100 people from nine villages and destroyed 46 homes",
        "regional government",
        "attributed",
      ),
      claim("One firefighter, a 52-year-old volunteer from Teruel, died on Monday when his vehicle was trapped by flames", INS, "outlet"),
      claim("Twelve water-bombing aircraft dropped more than 2.6 million litres of water on the blaze", INS, "outlet"),
      claim(
        "Temperatures reached 43.6C in Zaragoza on Sunday, the highest reading since records began in 1951, and did not fall below 28 degrees Celsius overnight",
        AEMET,
        "attributed",
      ),
      claim(
        "Winds gusting up to 70 km/h spread the flames across about 180 km² of dry scrub and pine forest in the first two days",
        INS,
        "outlet",
      ),
      claim("The region has had almost no rain this summer", INS, "outlet"),
      claim(
        "Zaragoza recorded 4 mm of rain between 1 June and 15 August, against an average of 38 mm, and last winter was the driest since 2012",
        AEMET,
        "attributed",
      ),
      claim(
        "Reservoirs in the Ebro basin held 41% of their capacity this week, down from 63% at the same point last year",
        "Ebro Hydrographic Confederation",
        "attributed",
      ),
      claim("Farmers in the area have been limited to 1,500 litres of irrigation water per hectare since May", INS, "outlet"),
      claim("We have not seen fire behave like this in Aragón before", SARASA, "attributed", { denies: true }),
      claim("It made its own weather, and it moved faster than our crews could walk", SARASA, "attributed"),
      claim("budget cuts had left the region short of firefighters", SARASA, "attributed", { denies: true }),
      claim("Aragón had hired 240 seasonal firefighters this year", SARASA, "attributed"),
      claim("14 fire towers out of 38 had been unstaffed in July because of a dispute over pay", "Chunta Aragonesista", "attributed"),
      claim("it had received more than 1,900 claims", CONSORCIO, "attributed"),
      claim("losses could reach €85 million", CONSORCIO, "attributed", { hedged: true }),
      claim(
        "Police arrested a 67-year-old farmer on Wednesday on suspicion of starting the fire while burning stubble on his land",
        INS,
        "outlet",
      ),
      claim("her client had been at a market in Teruel all day", GIMENO, "attributed"),
      claim(
        "Spain has lost an average of 90,000 hectares a year to wildfires since 2019",
        "European Forest Fire Information System",
        "attributed",
      ),
      claim("hotter, drier summers are lengthening the fire season", "scientists", "attributed"),
    ],
  },
  {
    name: "fresh6/app",
    outlet: TW,
    publishedAt: "2026-10-08",
    text: APP,
    spans: [
      date("Wednesday", "2026-10-07"),
      date("2023", "2023"),
      date("2021 and 2024", "2021/2024"),
      date("2025", "2025"),
      date("2024", "2024", 2),
      date("August", "2026-08"),
      date("March", "2026-03"),
      date("last year", "2025"),
      date("next week", "2026-10-12/2026-10-18"),
      measure("1.2 million users", 1_200_000, "users"),
      measure("£240m", 240_000_000, "GBP"),
      measure("4 million British users", 4_000_000, "British users"),
      measure("£4.99", 4.99, "GBP"),
      measure("2.3 million times", 2_300_000, "times"),
      measure("30 advertising firms", 30, "advertising firms"),
      measure("£19.5m", 19_500_000, "GBP"),
      measure("£150", 150, "GBP"),
      measure("£200", 200, "GBP"),
      measure("80,000 users", 80_000, "users"),
      measure("41", 41),
      measure("six named claimants", 6, "named claimants"),
      measure("4%", 4, "%"),
      measure("£61m", 61_000_000, "GBP"),
      measure("six weeks", 6, "weeks"),
      quote(
        "its maker had sold detailed records of their runs, including home addresses, to advertisers without their consent",
        ACHTERBERG,
        "indirect",
      ),
      quote("Marcus told me, 'Call it anonymised and nobody will ask.' The files still have home addresses in them.", ASHDOWN, "direct"),
      quote("Call it anonymised and nobody will ask.", HALE, "direct"),
      quote(
        "We have never sold personal data and we never will. Every partner receives aggregated, anonymised data only 🔒",
        PACEWISE,
        "direct",
      ),
      quote('the email had been "taken wildly out of context" and that Ashdown had left the company in 2025', LYLE, "indirect"),
      quote("taken wildly out of context", LYLE, "direct"),
      quote("loss of control", "Court of Appeal", "direct"),
      quote("the firm had heard from another 80,000 users since the hearing was announced in August", OKONKWO, "indirect"),
      quote("running routes were among the easiest kinds of data to trace back to a person", NWOSU, "indirect"),
      quote("If your run starts at the same house every morning, the data is not anonymous, whatever you call it", NWOSU, "direct"),
      quote("My runs started and ended at my front door. Someone out there knew that, and I never agreed to it", RAMAN, "direct"),
      claim(
        "its maker had sold detailed records of their runs, including home addresses, to advertisers without their consent",
        ACHTERBERG,
        "attributed",
      ),
      claim(
        "The users are seeking up to £240m in damages from Pacewise Ltd, the Manchester company behind the app, which has 4 million British users",
        TW,
        "outlet",
      ),
      claim("It is the largest data-protection claim brought against a British app maker", TW, "outlet"),
      claim("Stridely charges £4.99 a month for its premium tier", TW, "outlet"),
      claim("It was downloaded 2.3 million times in Britain in 2023", "AppMetric", "attributed"),
      claim(
        "Pacewise allegedly shared the data with at least 30 advertising firms between 2021 and 2024, earning about £19.5m",
        "claim form",
        "attributed",
        { hedged: true },
      ),
      claim("The files still have home addresses in them", ASHDOWN, "attributed"),
      claim("We have never sold personal data and we never will", PACEWISE, "attributed", { denies: true }),
      claim("Every partner receives aggregated, anonymised data only", PACEWISE, "attributed"),
      claim('the email had been "taken wildly out of context"', LYLE, "attributed"),
      claim("Ashdown had left the company in 2025", LYLE, "attributed"),
      claim(
        'The case follows the 2024 ruling in Harcourt v Lumio, in which the Court of Appeal held that users were entitled to damages for "loss of control" of their data even without proving financial harm',
        TW,
        "outlet",
      ),
      claim("If the claim succeeds, each user could receive between £150 and £200", OKONKWO, "attributed", { hedged: true }),
      claim("the firm had heard from another 80,000 users since the hearing was announced in August", OKONKWO, "attributed"),
      claim("running routes were among the easiest kinds of data to trace back to a person", NWOSU, "attributed"),
      claim("If your run starts at the same house every morning, the data is not anonymous", NWOSU, "attributed", {
        hedged: true,
        denies: true,
      }),
      claim(
        "Pacewise could face a fine of up to 4% of its global turnover from the Information Commissioner's Office, which opened its own investigation in March",
        TW,
        "outlet",
        { hedged: true },
      ),
      claim("The company's revenue was £61m last year", TW, "outlet"),
    ],
  },
];
