// Third fresh held-out gold for `npm run eval:suggestions`, written 2026-12-03 from the text and
// the conventions below only, without running or reading any suggester or its output: four new
// reports (a fraud sentencing in a Seoul court, a Japanese manufacturer's quarterly earnings, floods
// in central Vietnam, an asteroid probe reaching orbit; invented events and people, in wire,
// business-wire, news-agency and science-site styles), annotated by hand. Reported once, as the
// held-out set of 2026-12-03 (README "Suggestions"); a tuning set since 2026-12-04.
// Conventions are held-out.ts's, fresh.ts's and fresh2.ts's, restated here:
// - a date span is the expression without a leading "on"/"in"; a possessive date ("Tuesday's
//   vote") is the date word alone; "today", "yesterday" and "this morning" are dates; a day with
//   a part of it ("Friday night", "Saturday morning") is the day word alone;
// - a range is one date span from its first end to its last, without "from"/"between", and its
//   value is an ISO 8601 interval "start/end" ("Nov. 12 to 14" → 2025-11-12/2025-11-14);
// - "a week later", "the same day", "the previous year", a bare month: resolved from the date
//   the text ties them to, else from the publication date; "early next year", "mid-2025",
//   "mid-year", "next summer", a season are the year; a quarter ("the final quarter of 2025") is
//   the interval of its months (2025-10/2025-12); "a year earlier" is resolved from the date it
//   follows; "four minutes later" (a unit finer than a day) is a measure, not a date;
// - a direct quote is the text inside the marks without a trailing comma; a fragment in
//   quotation marks (a scare quote) is a direct quote of the person it is attributed to,
//   without the sentence's closing period; a full quoted sentence keeps its own; a quote nested
//   inside another is also its own quote, with its own speaker;
// - an indirect quote is the reported clause after any verb of saying ("said (that)", "added
//   that", "warned that", "argued that", "reported that", "told reporters that", "warned in a
//   statement that"); a scare quote inside it stays inside it, marks included; verbs of finding
//   or inference ("the results suggest that", "found") make an attributed claim (hedged for
//   "suggest"), no quote;
// - words in quotation marks that nobody is quoted as saying (a name for a thing) are not a quote;
//   a club's or company's social-media post is quoted with the club or company as speaker;
// - a measure is the number with its unit, without "about"/"more than"/"nearly"/"up to"; the
//   unit is the plural noun counted ("nurses", "days"), "%" for percent ("per cent" too), an ISO
//   currency code for money ("25 cents" → 0.25 USD), none for a bare number ("up from 35,000",
//   "940" in "of the 2,300 participants, 940 …"); abbreviated money is written out ("£41.5m" →
//   41500000 GBP); an exchange rate ("24.87 koruna per euro") is the amount with its own
//   currency; "basis points" and "percentage points" are their own units, never "%"; a
//   hyphenated count ("one-day", "the 23-year-old") is a measure; a count after a determiner
//   ("the five judges") is a reference, not a measure; not measures: model and phone numbers,
//   vote splits and scores ("5-2", "3-1"), ordinals ("a third time", "first"), shirt numbers,
//   frequencies ("twice a week", "a week" in a wage), clock times ("7pm", not a date either);
// - sentence-final attribution (", officials said") and "according to" make an attributed
//   claim, not an indirect quote; "denied that X" is claim X with stance denies, no quote;
// - plans, schedules and appeals are not claims; statements of fact, cause and figure are, and
//   so are negated facts and commitments (stance denies) and conditional possibilities (hedged);
//   expressions of feeling, praise, personal anecdote and rhetoric inside a quote are not
//   claims, the quote's factual clauses are, without the final period; a leading adverbial ("Last
//   month,", "When polls closed,") is not part of a claim, nor is a trailing "after …" clause of
//   time; appositives, relative, participial and "because" clauses are;
// - claims carry holder (the outlet for its own voice), voice, stance and hedge ("reportedly",
//   "apparently", "may", "could", "likely", "widely seen", "expect", "a reported £120,000"
//   hedge); the speaker or holder is the full name used in the text (a pronoun, surname or role
//   resolved to it).
// New conventions, for cases the earlier sets do not meet (decided before annotating):
// - Indian money: a crore is 10,000,000 and a lakh 100,000, written out like abbreviated money
//   ("Rs 4,150 crore" → 41500000000 INR; "Rs" and "₹" are INR); "trillion" is 10^12 ("¥1.21
//   trillion" → 1210000000000 JPY); "won"/"₩" are KRW, "yen"/"¥" JPY, "dong" VND, "CHF" CHF; an
//   amount per share ("¥62 a share") is the amount;
// - units written as symbols or abbreviations keep the text's form ("mm", "km", "km/h", "kg");
//   a temperature is "°C" however written ("17°C", "17 degrees Celsius"), and a temperature
//   difference too; "minus" is part of the measure and makes the value negative (as held-out's
//   "minus 0.1 percent"); a compound unit is as written ("metres per second", "cubic metres per
//   second"); a hyphenated measure inside a longer modifier ("480-metre-wide") is the number and
//   its unit only ("480-metre");
// - a range of measures ("8 to 12 percent", "200 to 400 mm") is two measures, one per end; the
//   bare first end carries the unit of the second ("8" → 8 %);
// - a quarter named by its months ("the July-September quarter") and a half ("the first half of
//   next year") are the intervals of their months; a fiscal year named by its end ("the year
//   ending March 31, 2027") is the interval of its twelve months (2026-04/2027-03), the whole
//   phrase being the span; "a year earlier" after such a period is the same period a year before;
//   "the end of next year" and "late 2027" are the year; "this year" is a date; "the following
//   month" is resolved from the date it follows; a bare month in a plan ("in January", written
//   in September) is its next occurrence after the publication date;
// - not dates and not measures: a year inside a name or designation ("the … Act 2026", "asteroid
//   2009 QK31"), clock times with a zone ("03:12 GMT"), "midnight", "dawn", a numbered day in a
//   caption ("Day 3"); a period after a determiner ("the three months to Sept. 30") is a
//   reference, not a measure, like "the five judges";
// - "an estimated 1.4 trillion won" hedges the claim it is in, as "a reported" does; so does
//   "are thought to";
// - an unnamed speaker is the text's description without its article or "one" ("the commune
//   chairman" → "commune chairman", "one dealer in Chennai" → "dealer in Chennai"); a speaker
//   named only later in the text (a role first, the name in the next paragraph) is resolved to
//   that name; a participle of saying (", saying the team had waited …") introduces an indirect
//   quote; "said that A, although he cautioned that B" is two indirect quotes; "said that A, and
//   that B" is one;
// - a gloss in quotation marks (a nickname's translation: "skylark") is not a quote.
// Names written with combining marks are decomposed (NFD) in the texts, to test normalization;
// the speakers and holders in the attributes are composed (NFC), as the evaluator NFC-normalizes
// the text before any suggester sees it.
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

// Wire copy: won and dollars, a Hangul name, a range of percentages, a quarter, a law whose name
// holds a year that is not a date, a curly quote then a straight quote broken across a line, a
// single-quoted sentence nested in a curly quote, a possessive weekday, "the previous day" tied to
// it, and "the following month".
const SENTENCE = `SEOUL, South Korea (AP) — A Seoul court on Thursday sentenced Kang Min-seo (강민서), the founder of collapsed crypto lender Hanbit Finance, to 14 years in prison for defrauding about 31,000 investors, one of the longest terms ever imposed for financial fraud in South Korea.

The Seoul Central District Court also fined Kang 50 billion won ($36.2 million) and ordered the confiscation of assets worth 212 billion won. Prosecutors had sought 20 years.

“The defendant promised ordinary savers returns of 12% a year while knowing that new deposits were being used to pay earlier customers,” Judge Yoon Seo-jin said as she read the 184-page verdict. "He treated their savings as his own, and
he has shown no remorse."

Kang, who has been in custody since March 2023, stood silently as the sentence was read. His lawyer, Park Jae-hyun, told reporters outside the court that his client would appeal within the seven-day deadline. He said the judges had "ignored the market crash of 2022", which he blamed for the firm's collapse.

Hanbit froze withdrawals on June 13, 2022, and filed for bankruptcy the following month. Deposits at the platform had tripled in the third quarter of 2021, when it advertised yields of 8 to 12 percent on stablecoins.

Investors lost an estimated 1.4 trillion won in total, according to the Financial Supervisory Service. Fewer than 40% have recovered any of their money.

Choi Eun-ha, a lawyer who represents 2,600 of the victims, said the verdict was "a beginning, not an end" for them. She added that many investors were retirees who had put in their entire pensions. “A former bus driver, Lim Sang-woo, told me, ‘I lost 30 years of work in a single afternoon,’ and he is not the only one,” she said.

Chief financial officer Seo Ji-hoon was sentenced to seven years. Seo denied that he had known about the transfers. A third executive received a suspended sentence of three years after testifying for the prosecution.

Kang reportedly moved about 80 billion won to accounts in Singapore in the months before the freeze. Prosecutors said that roughly half of it had not been traced.

Thursday's ruling followed a vote in the National Assembly the previous day on the Virtual Asset User Protection Act 2026, which will require lenders to hold reserves equal to at least 80% of customer deposits from next year. Last month, a Busan court jailed the head of another platform for nine years.

The appeal is expected to be heard by the Seoul High Court early next year.`;

// Business wire: yen in billions and trillions, rupees in crore, won, Swiss francs, yen per
// dollar, percentage points, a quarter named by its months, a fiscal year named by its end, the
// same period "a year earlier", a kanji company name, the president's name with a combining
// macron (decomposed; NFC composes it), a straight quote broken across a line with a nested
// single-quoted sentence.
const EARNINGS = `OSAKA (Nikkei Business Wire) — Minato Denki (湊電機) on Thursday reported a 23% rise in operating profit for the July-September quarter, lifted by a weak yen and record air-conditioner sales in India, and raised its full-year forecast for the second time in three months.

Operating profit reached ¥184.6 billion ($1.2 billion) in the three months to Sept. 30, from ¥150.1 billion a year earlier. Revenue grew 9.8% to ¥1.21 trillion, just above the ¥1.19 trillion average estimate of 11 analysts polled by QUICK. The operating margin widened 1.7 percentage points to 15.3 per cent.

The company now expects operating profit of ¥690 billion for the year ending March 31, 2027, up from its August forecast of ¥640 billion. It did not change its dividend forecast of ¥62 a share.

“Demand in India has simply outrun our capacity,” President Haruka O\u0304tsuki told an online briefing. "We are adding a third line in Sri City, and
it will be running by the end of next year. One dealer in Chennai told me last month, 'Send me anything with a compressor.'"

Sales at the Indian unit, Minato India, rose 31% to Rs 4,150 crore, or about ¥74 billion, in the quarter. Managing director Vikram Rao said that it had sold 1.9 million air conditioners between April and September, against 1.4 million a year earlier. He added that the new line would cost Rs 900 crore and employ about 1,200 people.

The chip division swung to a loss of ¥6.3 billion as orders from South Korean memory makers slumped. Chief financial officer Kenji Mori told analysts that a ₩280 billion supply contract with a Korean customer had been pushed back to the first quarter of 2027. O\u0304tsuki denied that the company was looking for a buyer for the division.

Minato also agreed to buy Zurich-based heat-pump maker Alpenwärme AG for CHF 410 million (¥72 billion), its largest acquisition since 2019. The deal is expected to close in the first half of next year.

The yen averaged 152 yen to the dollar in the quarter, against 147 yen a year earlier. Analysts at Mizuho said the weaker currency may have added about ¥30 billion to operating profit, and that the gain would likely fade if the Bank of Japan raised rates in December.

Minato's shares jumped as much as 6.1% in Tokyo trading today, their biggest one-day rise since February. The stock has gained 38% this year, against 14% for the Topix index.`;

// News agency: millimetres, km/h, degrees Celsius, evacuation and damage counts, dong and
// dollars, a range of rainfall, a weekday range ahead, Vietnamese names written with combining
// marks (decomposed; NFC composes them), a single-quoted order nested in a straight quote, a
// curly quote broken across a line, an emoji in a volunteer's caption, a bare "Oct. 12" tied to
// "October 2020", and "a week later" tied to it.
const FLOODS = `HUE\u0302\u0301, Vietnam (Reuters) — Floods and landslides triggered by four days of torrential rain have killed at least 17 people in central Vietnam and forced more than 62,000 residents from their homes, the national disaster agency said on Wednesday.

Hue\u0302\u0301 recorded 1,085 mm of rain between Saturday and Tuesday, more than double its usual monthly total, while A Lu\u031Bo\u031B\u0301i district in the hills west of the city received 1,340 mm. The Perfume River peaked at 5.2 metres on Tuesday night, 0.9 metres above the highest alert level and its highest mark since 2020.

“The water came up to my chest in less than an hour,” said Tra\u0302\u0300n Thi\u0323 Mai, who spent Monday night on the roof of her house in Hu\u031Bo\u031Bng Tra\u0300 with two grandchildren. "The commune chairman came by at midnight and said, 'Take only your papers and go,' so we went."

Gusts of up to 75 km/h tore roofs from about 3,400 houses, and 14,300 homes were flooded, according to provincial authorities. Soldiers and police used 120 boats to reach villages cut off by water.

Nguye\u0302\u0303n Va\u0306n Tha\u0306\u0301ng, deputy head of the disaster agency, told reporters that nine of the dead had been buried by a landslide in A Lu\u031Bo\u031B\u0301i on Monday. He said that rescuers were still searching for four people. “We had warned these families three times,
but the hillside gave way before dawn,” he said.

Temperatures dropped to 17°C in Hue\u0302\u0301 on Wednesday, about 8°C below the seasonal average, and the weather bureau said a new cold front could bring another 200 to 400 mm of rain from Friday to Sunday.

Officials denied that the Bi\u0300nh \u0110ie\u0302\u0300n hydropower dam had released water without warning. Its operator, Bi\u0300nh \u0110ie\u0302\u0300n Hydropower JSC, said it had begun discharging at 2,100 cubic metres per second only after alerting residents on Sunday evening.

The government released 500 billion dong ($19.7 million) in emergency aid, and the Vietnam Red Cross said it had distributed 8,000 food parcels. A photo of a flooded classroom posted by Red Cross volunteer Phan Thu Ha\u0300, captioned "Day 3 in A Lu\u031Bo\u031B\u0301i, still raining 🌧️", was shared 25,000 times.

The area of rice and vegetables destroyed is likely to exceed 1,500 hectares, the agriculture ministry said. In October 2020, back-to-back storms killed more than 200 people in the region; a landslide at a hydropower site on Oct. 12 buried 17 workers, and another struck an army camp a week later.`;

// Science site: kilometres, metres per second, km, degrees below zero with "minus", kg, euros,
// yen and dollars, an asteroid designation and clock time that are not dates, a nested
// curly-single quote whose speaker is named in the next paragraph, an agency's post with emoji,
// a kana nickname with a gloss in quotation marks, and a weekday before the publication week's.
const SPACE = `DARMSTADT, Germany — The European Space Agency's Lyra probe slipped into orbit around the asteroid 2009 QK31 on Tuesday after a 26-month journey, becoming the first spacecraft to circle a metal-rich asteroid.

Controllers in Darmstadt confirmed the 14-minute engine burn at 03:12 GMT. Lyra now circles at a height of about 35 kilometres, drifting at just 0.6 metres per second relative to the 480-metre-wide rock, which lies some 190 million km from Earth.

"It was a textbook burn. We were within 2 centimetres per second of the plan," flight director Ingrid Sæther said. “When the first image came in, our principal investigator said, ‘That is not a rock, that is an ingot,’ and
honestly he has a point.”

The principal investigator, Lars Holm of Uppsala University, told reporters that the spectrometer had already picked up strong signatures of iron and nickel. He said that the asteroid may be the exposed core of a protoplanet shattered early in the history of the solar system, although he cautioned that the data were "very, very preliminary".

ESA posted the first picture with the caption "Hello, 2009 QK31! 👋🛰️" on Wednesday; it drew 1.8 million views within 24 hours.

The €610 million mission was launched on July 21, 2024, from Kourou in French Guiana. Japan's space agency JAXA built the main camera, nicknamed ひばり (Hibari, "skylark"), at a cost of ¥9.8 billion, and NASA provided a $34 million radio.

The burn had originally been planned for Sept. 1 but was delayed by two weeks. ESA denied that the delay had been caused by a software fault, saying the team had waited for a better alignment with ground stations. On Monday, engineers uploaded a corrected navigation file.

Surface temperatures are thought to swing from 95°C in sunlight to minus 120°C at night, over a day that lasts only 4.3 hours. Lyra's instruments are rated for minus 180°C.

Holm said the probe would lower its orbit to 10 kilometres in January and attempt a touchdown in late 2027, when it will have used about 60% of its 220 kg of xenon propellant.

The mission, originally budgeted at €480 million, went 27% over its budget because of delays in 2022 and 2023, according to an audit by the European Court of Auditors published last year.`;

const AP = "Associated Press";
const NBW = "Nikkei Business Wire";
const RT = "Reuters";
const OD = "Orbit Daily";
const YOON = "Yoon Seo-jin";
const PARK = "Park Jae-hyun";
const CHOI = "Choi Eun-ha";
const OTSUKI = "Haruka Ōtsuki";
const RAO = "Vikram Rao";
const MAI = "Trần Thị Mai";
const THANG = "Nguyễn Văn Thắng";
const DAM_JSC = "Bình Điền Hydropower JSC";
const SAETHER = "Ingrid Sæther";
const HOLM = "Lars Holm";
const ESA = "European Space Agency";

export const FRESH3: EvalDocument[] = [
  {
    name: "fresh3/sentence",
    outlet: AP,
    publishedAt: "2026-10-16",
    text: SENTENCE,
    spans: [
      date("Thursday", "2026-10-15"),
      date("March 2023", "2023-03"),
      date("2022", "2022"),
      date("June 13, 2022", "2022-06-13"),
      date("the following month", "2022-07"),
      date("the third quarter of 2021", "2021-07/2021-09"),
      date("Thursday", "2026-10-15", 2),
      date("the previous day", "2026-10-14"),
      date("next year", "2027"),
      date("Last month", "2026-09"),
      date("early next year", "2027"),
      measure("14 years", 14, "years"),
      measure("31,000 investors", 31_000, "investors"),
      measure("50 billion won", 50_000_000_000, "KRW"),
      measure("$36.2 million", 36_200_000, "USD"),
      measure("212 billion won", 212_000_000_000, "KRW"),
      measure("20 years", 20, "years"),
      measure("12%", 12, "%"),
      measure("184-page", 184, "pages"),
      measure("seven-day", 7, "days"),
      measure("8", 8, "%", 2),
      measure("12 percent", 12, "%"),
      measure("1.4 trillion won", 1_400_000_000_000, "KRW"),
      measure("40%", 40, "%"),
      measure("2,600", 2_600),
      measure("30 years", 30, "years"),
      measure("seven years", 7, "years"),
      measure("three years", 3, "years"),
      measure("80 billion won", 80_000_000_000, "KRW"),
      measure("80%", 80, "%"),
      measure("nine years", 9, "years"),
      quote(
        "The defendant promised ordinary savers returns of 12% a year while knowing that new deposits were being used to pay earlier customers",
        YOON,
        "direct",
      ),
      quote("He treated their savings as his own, and\nhe has shown no remorse.", YOON, "direct"),
      quote("his client would appeal within the seven-day deadline", PARK, "indirect"),
      quote('the judges had "ignored the market crash of 2022"', PARK, "indirect"),
      quote("ignored the market crash of 2022", PARK, "direct"),
      quote('the verdict was "a beginning, not an end" for them', CHOI, "indirect"),
      quote("a beginning, not an end", CHOI, "direct"),
      quote("many investors were retirees who had put in their entire pensions", CHOI, "indirect"),
      quote(
        "A former bus driver, Lim Sang-woo, told me, ‘I lost 30 years of work in a single afternoon,’ and he is not the only one",
        CHOI,
        "direct",
      ),
      quote("I lost 30 years of work in a single afternoon", "Lim Sang-woo", "direct"),
      quote("roughly half of it had not been traced", "Prosecutors", "indirect"),
      claim(
        "A Seoul court on Thursday sentenced Kang Min-seo (강민서), the founder of collapsed crypto lender Hanbit Finance, to 14 years in prison for defrauding about 31,000 investors, one of the longest terms ever imposed for financial fraud in South Korea",
        AP,
        "outlet",
      ),
      claim(
        "The Seoul Central District Court also fined Kang 50 billion won ($36.2 million) and ordered the confiscation of assets worth 212 billion won",
        AP,
        "outlet",
      ),
      claim("Prosecutors had sought 20 years", AP, "outlet"),
      claim(
        "The defendant promised ordinary savers returns of 12% a year while knowing that new deposits were being used to pay earlier customers",
        YOON,
        "attributed",
      ),
      claim("He treated their savings as his own", YOON, "attributed"),
      claim("he has shown no remorse", YOON, "attributed", { denies: true }),
      claim("Kang, who has been in custody since March 2023, stood silently as the sentence was read", AP, "outlet"),
      claim('the judges had "ignored the market crash of 2022"', PARK, "attributed"),
      claim("Hanbit froze withdrawals on June 13, 2022, and filed for bankruptcy the following month", AP, "outlet"),
      claim(
        "Deposits at the platform had tripled in the third quarter of 2021, when it advertised yields of 8 to 12 percent on stablecoins",
        AP,
        "outlet",
      ),
      claim("Investors lost an estimated 1.4 trillion won in total", "Financial Supervisory Service", "attributed", { hedged: true }),
      claim("Fewer than 40% have recovered any of their money", AP, "outlet"),
      claim('the verdict was "a beginning, not an end" for them', CHOI, "attributed"),
      claim("many investors were retirees who had put in their entire pensions", CHOI, "attributed"),
      claim("Chief financial officer Seo Ji-hoon was sentenced to seven years", AP, "outlet"),
      claim("he had known about the transfers", "Seo Ji-hoon", "attributed", { denies: true }),
      claim("A third executive received a suspended sentence of three years", AP, "outlet"),
      claim("Kang reportedly moved about 80 billion won to accounts in Singapore in the months before the freeze", AP, "outlet", {
        hedged: true,
      }),
      claim("roughly half of it had not been traced", "Prosecutors", "attributed", { denies: true }),
      claim(
        "Thursday's ruling followed a vote in the National Assembly the previous day on the Virtual Asset User Protection Act 2026, which will require lenders to hold reserves equal to at least 80% of customer deposits from next year",
        AP,
        "outlet",
      ),
      claim("a Busan court jailed the head of another platform for nine years", AP, "outlet"),
    ],
  },
  {
    name: "fresh3/earnings",
    outlet: NBW,
    publishedAt: "2026-11-06",
    text: EARNINGS,
    spans: [
      date("Thursday", "2026-11-05"),
      date("the July-September quarter", "2026-07/2026-09"),
      date("Sept. 30", "2026-09-30"),
      date("a year earlier", "2025-07/2025-09"),
      date("the year ending March 31, 2027", "2026-04/2027-03"),
      date("August", "2026-08"),
      date("the end of next year", "2027"),
      date("last month", "2026-10"),
      date("April and September", "2026-04/2026-09"),
      date("a year earlier", "2025-04/2025-09", 2),
      date("the first quarter of 2027", "2027-01/2027-03"),
      date("2019", "2019"),
      date("the first half of next year", "2027-01/2027-06"),
      date("a year earlier", "2025-07/2025-09", 3),
      date("December", "2026-12"),
      date("today", "2026-11-06"),
      date("February", "2026-02"),
      date("this year", "2026"),
      measure("23%", 23, "%"),
      measure("three months", 3, "months"),
      measure("¥184.6 billion", 184_600_000_000, "JPY"),
      measure("$1.2 billion", 1_200_000_000, "USD"),
      measure("¥150.1 billion", 150_100_000_000, "JPY"),
      measure("9.8%", 9.8, "%"),
      measure("¥1.21 trillion", 1_210_000_000_000, "JPY"),
      measure("¥1.19 trillion", 1_190_000_000_000, "JPY"),
      measure("11 analysts", 11, "analysts"),
      measure("1.7 percentage points", 1.7, "percentage points"),
      measure("15.3 per cent", 15.3, "%"),
      measure("¥690 billion", 690_000_000_000, "JPY"),
      measure("¥640 billion", 640_000_000_000, "JPY"),
      measure("¥62", 62, "JPY"),
      measure("31%", 31, "%"),
      measure("Rs 4,150 crore", 41_500_000_000, "INR"),
      measure("¥74 billion", 74_000_000_000, "JPY"),
      measure("1.9 million air conditioners", 1_900_000, "air conditioners"),
      measure("1.4 million", 1_400_000),
      measure("Rs 900 crore", 9_000_000_000, "INR"),
      measure("1,200 people", 1_200, "people"),
      measure("¥6.3 billion", 6_300_000_000, "JPY"),
      measure("₩280 billion", 280_000_000_000, "KRW"),
      measure("CHF 410 million", 410_000_000, "CHF"),
      measure("¥72 billion", 72_000_000_000, "JPY"),
      measure("152 yen", 152, "JPY"),
      measure("147 yen", 147, "JPY"),
      measure("¥30 billion", 30_000_000_000, "JPY"),
      measure("6.1%", 6.1, "%"),
      measure("one-day", 1, "days"),
      measure("38%", 38, "%"),
      measure("14%", 14, "%"),
      quote("Demand in India has simply outrun our capacity", OTSUKI, "direct"),
      quote(
        "We are adding a third line in Sri City, and\nit will be running by the end of next year. One dealer in Chennai told me last month, 'Send me anything with a compressor.'",
        OTSUKI,
        "direct",
      ),
      quote("Send me anything with a compressor.", "dealer in Chennai", "direct"),
      quote("it had sold 1.9 million air conditioners between April and September, against 1.4 million a year earlier", RAO, "indirect"),
      quote("the new line would cost Rs 900 crore and employ about 1,200 people", RAO, "indirect"),
      quote(
        "a ₩280 billion supply contract with a Korean customer had been pushed back to the first quarter of 2027",
        "Kenji Mori",
        "indirect",
      ),
      quote(
        "the weaker currency may have added about ¥30 billion to operating profit, and that the gain would likely fade if the Bank of Japan raised rates in December",
        "Mizuho",
        "indirect",
      ),
      claim(
        "Minato Denki (湊電機) on Thursday reported a 23% rise in operating profit for the July-September quarter, lifted by a weak yen and record air-conditioner sales in India, and raised its full-year forecast for the second time in three months",
        NBW,
        "outlet",
      ),
      claim(
        "Operating profit reached ¥184.6 billion ($1.2 billion) in the three months to Sept. 30, from ¥150.1 billion a year earlier",
        NBW,
        "outlet",
      ),
      claim(
        "Revenue grew 9.8% to ¥1.21 trillion, just above the ¥1.19 trillion average estimate of 11 analysts polled by QUICK",
        NBW,
        "outlet",
      ),
      claim("The operating margin widened 1.7 percentage points to 15.3 per cent", NBW, "outlet"),
      claim(
        "The company now expects operating profit of ¥690 billion for the year ending March 31, 2027, up from its August forecast of ¥640 billion",
        NBW,
        "outlet",
        { hedged: true },
      ),
      claim("It did not change its dividend forecast of ¥62 a share", NBW, "outlet", { denies: true }),
      claim("Demand in India has simply outrun our capacity", OTSUKI, "attributed"),
      claim("Sales at the Indian unit, Minato India, rose 31% to Rs 4,150 crore, or about ¥74 billion, in the quarter", NBW, "outlet"),
      claim("it had sold 1.9 million air conditioners between April and September, against 1.4 million a year earlier", RAO, "attributed"),
      claim("The chip division swung to a loss of ¥6.3 billion as orders from South Korean memory makers slumped", NBW, "outlet"),
      claim(
        "a ₩280 billion supply contract with a Korean customer had been pushed back to the first quarter of 2027",
        "Kenji Mori",
        "attributed",
      ),
      claim("the company was looking for a buyer for the division", OTSUKI, "attributed", { denies: true }),
      claim(
        "Minato also agreed to buy Zurich-based heat-pump maker Alpenwärme AG for CHF 410 million (¥72 billion), its largest acquisition since 2019",
        NBW,
        "outlet",
      ),
      claim("The yen averaged 152 yen to the dollar in the quarter, against 147 yen a year earlier", NBW, "outlet"),
      claim(
        "the weaker currency may have added about ¥30 billion to operating profit, and that the gain would likely fade if the Bank of Japan raised rates in December",
        "Mizuho",
        "attributed",
        { hedged: true },
      ),
      claim("Minato's shares jumped as much as 6.1% in Tokyo trading today, their biggest one-day rise since February", NBW, "outlet"),
      claim("The stock has gained 38% this year, against 14% for the Topix index", NBW, "outlet"),
    ],
  },
  {
    name: "fresh3/floods",
    outlet: RT,
    publishedAt: "2026-10-29",
    text: FLOODS,
    spans: [
      date("Wednesday", "2026-10-28"),
      date("Saturday and Tuesday", "2026-10-24/2026-10-27"),
      date("Tuesday", "2026-10-27", 2),
      date("2020", "2020"),
      date("Monday", "2026-10-26"),
      date("Monday", "2026-10-26", 2),
      date("Wednesday", "2026-10-28", 2),
      date("Friday to Sunday", "2026-10-30/2026-11-01"),
      date("Sunday", "2026-10-25", 2),
      date("October 2020", "2020-10"),
      date("Oct. 12", "2020-10-12"),
      date("a week later", "2020-10-19"),
      measure("four days", 4, "days"),
      measure("17 people", 17, "people"),
      measure("62,000 residents", 62_000, "residents"),
      measure("1,085 mm", 1_085, "mm"),
      measure("1,340 mm", 1_340, "mm"),
      measure("5.2 metres", 5.2, "metres"),
      measure("0.9 metres", 0.9, "metres"),
      measure("two grandchildren", 2, "grandchildren"),
      measure("75 km/h", 75, "km/h"),
      measure("3,400 houses", 3_400, "houses"),
      measure("14,300 homes", 14_300, "homes"),
      measure("120 boats", 120, "boats"),
      measure("nine", 9),
      measure("four people", 4, "people"),
      measure("three times", 3, "times"),
      measure("17°C", 17, "°C"),
      measure("8°C", 8, "°C"),
      measure("200", 200, "mm"),
      measure("400 mm", 400, "mm"),
      measure("2,100 cubic metres per second", 2_100, "cubic metres per second"),
      measure("500 billion dong", 500_000_000_000, "VND"),
      measure("$19.7 million", 19_700_000, "USD"),
      measure("8,000 food parcels", 8_000, "food parcels"),
      measure("25,000 times", 25_000, "times"),
      measure("1,500 hectares", 1_500, "hectares"),
      measure("200 people", 200, "people"),
      measure("17 workers", 17, "workers"),
      quote("The water came up to my chest in less than an hour", MAI, "direct"),
      quote("The commune chairman came by at midnight and said, 'Take only your papers and go,' so we went.", MAI, "direct"),
      quote("Take only your papers and go", "commune chairman", "direct"),
      quote("nine of the dead had been buried by a landslide in A Lu\u031Bo\u031B\u0301i on Monday", THANG, "indirect"),
      quote("rescuers were still searching for four people", THANG, "indirect"),
      quote("We had warned these families three times,\nbut the hillside gave way before dawn", THANG, "direct"),
      quote("a new cold front could bring another 200 to 400 mm of rain from Friday to Sunday", "weather bureau", "indirect"),
      quote(
        "it had begun discharging at 2,100 cubic metres per second only after alerting residents on Sunday evening",
        DAM_JSC,
        "indirect",
      ),
      quote("it had distributed 8,000 food parcels", "Vietnam Red Cross", "indirect"),
      quote("Day 3 in A Lu\u031Bo\u031B\u0301i, still raining 🌧️", "Phan Thu Hà", "direct"),
      claim(
        "Floods and landslides triggered by four days of torrential rain have killed at least 17 people in central Vietnam and forced more than 62,000 residents from their homes",
        "national disaster agency",
        "attributed",
      ),
      claim(
        "Hue\u0302\u0301 recorded 1,085 mm of rain between Saturday and Tuesday, more than double its usual monthly total, while A Lu\u031Bo\u031B\u0301i district in the hills west of the city received 1,340 mm",
        RT,
        "outlet",
      ),
      claim(
        "The Perfume River peaked at 5.2 metres on Tuesday night, 0.9 metres above the highest alert level and its highest mark since 2020",
        RT,
        "outlet",
      ),
      claim(
        "Gusts of up to 75 km/h tore roofs from about 3,400 houses, and 14,300 homes were flooded",
        "provincial authorities",
        "attributed",
      ),
      claim("Soldiers and police used 120 boats to reach villages cut off by water", RT, "outlet"),
      claim("nine of the dead had been buried by a landslide in A Lu\u031Bo\u031B\u0301i on Monday", THANG, "attributed"),
      claim("rescuers were still searching for four people", THANG, "attributed"),
      claim("We had warned these families three times,\nbut the hillside gave way before dawn", THANG, "attributed"),
      claim("Temperatures dropped to 17°C in Hue\u0302\u0301 on Wednesday, about 8°C below the seasonal average", RT, "outlet"),
      claim("a new cold front could bring another 200 to 400 mm of rain from Friday to Sunday", "weather bureau", "attributed", {
        hedged: true,
      }),
      claim("the Bi\u0300nh \u0110ie\u0302\u0300n hydropower dam had released water without warning", "Officials", "attributed", {
        denies: true,
      }),
      claim(
        "it had begun discharging at 2,100 cubic metres per second only after alerting residents on Sunday evening",
        DAM_JSC,
        "attributed",
      ),
      claim("The government released 500 billion dong ($19.7 million) in emergency aid", RT, "outlet"),
      claim("it had distributed 8,000 food parcels", "Vietnam Red Cross", "attributed"),
      claim(
        'A photo of a flooded classroom posted by Red Cross volunteer Phan Thu Ha\u0300, captioned "Day 3 in A Lu\u031Bo\u031B\u0301i, still raining 🌧️", was shared 25,000 times',
        RT,
        "outlet",
      ),
      claim("The area of rice and vegetables destroyed is likely to exceed 1,500 hectares", "agriculture ministry", "attributed", {
        hedged: true,
      }),
      claim("back-to-back storms killed more than 200 people in the region", RT, "outlet"),
      claim("a landslide at a hydropower site on Oct. 12 buried 17 workers, and another struck an army camp a week later", RT, "outlet"),
    ],
  },
  {
    name: "fresh3/space",
    outlet: OD,
    publishedAt: "2026-09-18",
    text: SPACE,
    spans: [
      date("Tuesday", "2026-09-15"),
      date("Wednesday", "2026-09-16"),
      date("July 21, 2024", "2024-07-21"),
      date("Sept. 1", "2026-09-01"),
      date("Monday", "2026-09-14"),
      date("January", "2027-01"),
      date("late 2027", "2027"),
      date("2022 and 2023", "2022/2023"),
      date("last year", "2025"),
      measure("26-month", 26, "months"),
      measure("14-minute", 14, "minutes"),
      measure("35 kilometres", 35, "kilometres"),
      measure("0.6 metres per second", 0.6, "metres per second"),
      measure("480-metre", 480, "metres"),
      measure("190 million km", 190_000_000, "km"),
      measure("2 centimetres per second", 2, "centimetres per second"),
      measure("1.8 million views", 1_800_000, "views"),
      measure("24 hours", 24, "hours"),
      measure("€610 million", 610_000_000, "EUR"),
      measure("¥9.8 billion", 9_800_000_000, "JPY"),
      measure("$34 million", 34_000_000, "USD"),
      measure("two weeks", 2, "weeks"),
      measure("95°C", 95, "°C"),
      measure("minus 120°C", -120, "°C"),
      measure("4.3 hours", 4.3, "hours"),
      measure("minus 180°C", -180, "°C"),
      measure("10 kilometres", 10, "kilometres"),
      measure("60%", 60, "%"),
      measure("220 kg", 220, "kg"),
      measure("€480 million", 480_000_000, "EUR"),
      measure("27%", 27, "%"),
      quote("It was a textbook burn. We were within 2 centimetres per second of the plan", SAETHER, "direct"),
      quote(
        "When the first image came in, our principal investigator said, ‘That is not a rock, that is an ingot,’ and\nhonestly he has a point.",
        SAETHER,
        "direct",
      ),
      quote("That is not a rock, that is an ingot", HOLM, "direct"),
      quote("the spectrometer had already picked up strong signatures of iron and nickel", HOLM, "indirect"),
      quote("the asteroid may be the exposed core of a protoplanet shattered early in the history of the solar system", HOLM, "indirect"),
      quote('the data were "very, very preliminary"', HOLM, "indirect"),
      quote("very, very preliminary", HOLM, "direct"),
      quote("Hello, 2009 QK31! 👋🛰️", ESA, "direct"),
      quote("the team had waited for a better alignment with ground stations", ESA, "indirect"),
      quote(
        "the probe would lower its orbit to 10 kilometres in January and attempt a touchdown in late 2027, when it will have used about 60% of its 220 kg of xenon propellant",
        HOLM,
        "indirect",
      ),
      claim(
        "The European Space Agency's Lyra probe slipped into orbit around the asteroid 2009 QK31 on Tuesday after a 26-month journey, becoming the first spacecraft to circle a metal-rich asteroid",
        OD,
        "outlet",
      ),
      claim("Controllers in Darmstadt confirmed the 14-minute engine burn at 03:12 GMT", OD, "outlet"),
      claim(
        "Lyra now circles at a height of about 35 kilometres, drifting at just 0.6 metres per second relative to the 480-metre-wide rock, which lies some 190 million km from Earth",
        OD,
        "outlet",
      ),
      claim("We were within 2 centimetres per second of the plan", SAETHER, "attributed"),
      claim("the spectrometer had already picked up strong signatures of iron and nickel", HOLM, "attributed"),
      claim(
        "the asteroid may be the exposed core of a protoplanet shattered early in the history of the solar system",
        HOLM,
        "attributed",
        { hedged: true },
      ),
      claim('the data were "very, very preliminary"', HOLM, "attributed"),
      claim('ESA posted the first picture with the caption "Hello, 2009 QK31! 👋🛰️" on Wednesday', OD, "outlet"),
      claim("it drew 1.8 million views within 24 hours", OD, "outlet"),
      claim("The €610 million mission was launched on July 21, 2024, from Kourou in French Guiana", OD, "outlet"),
      claim(
        'Japan\'s space agency JAXA built the main camera, nicknamed ひばり (Hibari, "skylark"), at a cost of ¥9.8 billion, and NASA provided a $34 million radio',
        OD,
        "outlet",
      ),
      claim("The burn had originally been planned for Sept. 1 but was delayed by two weeks", OD, "outlet"),
      claim("the delay had been caused by a software fault", ESA, "attributed", { denies: true }),
      claim("the team had waited for a better alignment with ground stations", ESA, "attributed"),
      claim("engineers uploaded a corrected navigation file", OD, "outlet"),
      claim(
        "Surface temperatures are thought to swing from 95°C in sunlight to minus 120°C at night, over a day that lasts only 4.3 hours",
        OD,
        "outlet",
        { hedged: true },
      ),
      claim("Lyra's instruments are rated for minus 180°C", OD, "outlet"),
      claim(
        "The mission, originally budgeted at €480 million, went 27% over its budget because of delays in 2022 and 2023",
        "European Court of Auditors",
        "attributed",
      ),
    ],
  },
];
