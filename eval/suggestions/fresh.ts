// Fresh held-out gold for `npm run eval:suggestions`, written 2026-12-03 after held-out.ts had
// been looked at during tuning: four new reports (a nurses' strike, a court ruling, a product
// recall, a typhoon; invented events and people, wire, newspaper and press-release styles),
// annotated by hand from the text and these conventions only, without running or reading the
// suggesters. Nobody tuning a suggester may read this file; its scores are reported, never
// used to change rules.
// Conventions are held-out.ts's (a date without a leading "on"/"in"; a direct quote is the
// text inside the marks without a trailing comma; an indirect quote is the clause after
// "said (that)", "added that", "warned that"; a measure is the number with its unit, without
// "about"/"more than"; claims with holder, voice, stance and hedge) plus, for cases it does
// not meet:
// - a possessive date ("Tuesday's vote") is the date word alone; "today" is a date;
// - a range is one date span from its first end to its last, without "from"/"between", and its
//   value is an ISO 8601 interval "start/end" ("Nov. 12 to 14" → 2025-11-12/2025-11-14);
// - "a week later", "the same day", "the previous year", a bare month: resolved from the date
//   the text ties them to, else from the publication date;
// - a fragment in quotation marks (a scare quote) is a direct quote of the person it is
//   attributed to, without the sentence's closing period; a full quoted sentence keeps its own;
//   a quote nested inside another is also its own quote, with its own speaker;
// - a count after a determiner ("the five judges") is a reference, not a measure; a
//   hyphenated count ("one-day") is a measure; model numbers and phone numbers are not;
// - sentence-final attribution (", officials said") makes an attributed claim, not an indirect
//   quote (as in the demo gold); "denied that X" is claim X with stance denies, no quote;
// - plans, schedules and appeals ("would ship within 10 days", "please unplug it") are not
//   claims; statements of fact, cause and figure are, and so are negated commitments;
// - the speaker or holder is the full name used in the text (a pronoun, surname or "the union"
//   resolved to it).
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

// Wire copy with a hard line break inside a sentence, accents, a curly apostrophe and an emoji.
const STRIKE = `MONTREAL (CP) — More than 4,200 nurses at 11 hospitals in the Montreal region walked off the job Wednesday, the first strike by the province’s largest nursing union in 12 years, after talks over staffing levels broke down.

The Fédération des infirmières du Québec said the walkout would last three days, Nov. 12 to 14, and that emergency and intensive-care units would keep minimum staff as the law requires.

"We did not want to be here. Our members are exhausted, and the government has left us no other choice," union president Geneviève Côté told reporters outside Hôpital Notre-Dame, where about 300 strikers gathered in freezing rain.

The union is seeking a 12 percent raise over three years and a cap of five patients per nurse on day
shifts. The province has offered 9 percent over five years, which Treasury Board president Martin Lévesque called "the most generous offer this government has ever tabled."

Lévesque said that the government would not legislate the nurses back to work for now. He added that the union's demands would cost taxpayers C$1.1 billion (US$780 million) a year.

According to the health ministry, 1,870 surgeries were postponed on Wednesday alone. Hospital administrators reportedly asked retired nurses to return temporarily.

Nurse Amélie Tremblay posted a photo of the picket line with the caption “Cold hands, warm hearts ❄️💪 #onstrike”. The post had drawn more than 15,000 shares by Thursday.

A tentative deal reached on Oct. 2 was rejected by 61 percent of members in a vote a week later. The previous contract expired on March 31.

Talks are scheduled to resume Monday. The union said that a second, open-ended strike could begin early next year if no agreement is reached, and members will be asked to approve that mandate in Tuesday's vote.`;

// Newspaper report: curly quotes with a nested single-quoted phrase (the same character as the
// apostrophe), a CJK name in parentheses, Vietnamese and French names.
const RULING = `HONG KONG — Hong Kong’s Court of Final Appeal ruled on Thursday that couriers working for the food-delivery app Dashly are employees rather than independent contractors, a decision that could reshape the city’s gig economy.

In a unanimous judgment, the five judges upheld a 2022 ruling by the Court of Appeal and ordered Dashly to pay HK$2.4 million (US$307,000) in back wages and holiday pay to 14 riders who brought the case in 2019.

“The company told riders ‘you are your own boss’ while controlling every minute of their working day,” Mr Justice Albert Leung Kwok-kei (梁國基) wrote for the court. “An app that sets the price, the route and the penalty is an employer in all but name.”

One of the riders, Nguyễn Thị Hoa, said the case had taken four years of her life. “I just wanted a day off when my son was sick,” she said.

Riders’ lawyer Chloé Marchetti said that the judgment vindicated workers who had been “treated as disposable” for years.

Dashly denied that it had misclassified its riders and said it would study the judgment. The ruling apparently caught the company by surprise: its shares fell 8.5 percent in Hong Kong trading on Friday, the biggest one-day drop since its listing in 2021.

The Labour Department said it was reviewing the ruling and would brief lawmakers next month. Officials estimate that some 90,000 people work through delivery and ride-hailing apps in the city, up from 35,000 in 2019.

The decision is widely seen as a test case. Employers’ groups warned that it could raise costs for small restaurants, and Dashly’s rival Rydo said last month that it was “monitoring the litigation closely” and had no plans to change its contracts.

The riders, who earned an average of HK$92 an hour, had sought recognition as employees since the platform cut delivery fees by 20 percent from March to June 2019.`;

// Press release: dateline with the full date, "today", model and phone numbers that are not
// measures, currencies with conversions, a date range.
const RECALL = `OAKVILLE, Ontario, March 5, 2025 /PRNewswire/ -- Hearthwell Appliances Inc. today announced a voluntary recall of about 412,000 heaters from its ThermaGlow line of portable space heaters sold in the United States and Canada, after receiving reports of units overheating at the power cord.

The recall covers three models (TG-150, TG-200 and TG-250) manufactured from January 2023 to June 2024 and sold for between US$49.99 and US$89.99 at major retailers and online.

Hearthwell has received 37 reports of heaters overheating, including nine reports of minor burns and two small fires that caused about C$18,000 (US$12,600) in property damage. No serious injuries have been reported.

"The safety of our customers comes first. We are asking everyone who owns one of these heaters to stop using it right away," said Dana Whitfield, president of Hearthwell's North American business. "If you have one in a child's bedroom, please unplug it now."

Consumers should unplug the heater immediately and contact Hearthwell for a free replacement or a full refund. The company said that replacement units would ship within 10 days of a request.

The heaters were apparently assembled with a cord connector that did not meet the company's specifications, according to a preliminary review by an outside laboratory. Hearthwell said it first learned of the problem on March 3, when a retailer in Ohio forwarded two complaints, and that it stopped sales the same day.

The recall is being conducted in cooperation with Health Canada and the U.S. Consumer Product Safety Commission. A redesigned model is expected early next year.

Hearthwell, founded in 1987, employs 1,150 people in Canada and Mexico. In 2024, it reported sales of C$310 million, up 6 percent from the previous year.

Media contact: Priya Raman, (905) 555-0142, media@hearthwell.example`;

// Wire report: a direct quote broken across a line, CJK place names in parentheses, an emoji
// in a quoted social-media post, a bare month resolved from "Last year".
const TYPHOON = `TAIPEI (AFP) - Typhoon Hinano slammed into north-eastern Taiwan on Sunday with winds of up to 190 kilometres per hour, killing at least four people and cutting power to more than 500,000 homes, officials said.

The storm dumped more than 600 millimetres of rain on the mountains of Yilan (宜蘭) county in 24 hours, triggering landslides that blocked the coastal highway in at least 12 places.

"We have never seen water rise this fast. Some villages were cut off
within 40 minutes," Yilan county chief Wu Chia-hao told reporters at an emergency centre in Luodong (羅東).

More than 8,400 people were evacuated from their homes, the fire agency said. The military reportedly deployed 3,000 soldiers to help with rescues. Airlines cancelled 214 flights.

Central Weather Administration forecaster Lin Yu-ting said that Hinano was the strongest typhoon to hit the island since 2016 and would weaken as it crossed the Taiwan Strait on Monday.

Su'ao resident Chen Mei-hua posted a video of her flooded street on Facebook with the message: "The water is at our door 😢 pray for Yilan." The clip drew 1.2 million views within hours.

Officials denied that a reservoir upstream of Luodong had been opened without warning, a rumour that spread widely online on Sunday. The Water Resources Agency said the dam's gates "were operated strictly according to procedure" throughout the storm.

Agricultural losses had reached NT$1.6 billion (US$53 million), with rice and pomelo farms worst hit, the agriculture ministry said. The ministry said that losses were likely to rise once the water recedes.

Last year, Typhoon Soraya killed 11 people in Taiwan in September. The cabinet approved an emergency budget of NT$3 billion in October.`;

const FIQ = "Fédération des infirmières du Québec";
const CP = "The Canadian Press";
const HT = "Harbour Times";
const HW = "Hearthwell Appliances";

export const FRESH: EvalDocument[] = [
  {
    name: "fresh/strike",
    outlet: CP,
    publishedAt: "2025-11-13",
    text: STRIKE,
    spans: [
      date("Wednesday", "2025-11-12"),
      date("Nov. 12 to 14", "2025-11-12/2025-11-14"),
      date("Wednesday", "2025-11-12", 2),
      date("Thursday", "2025-11-13"),
      date("Oct. 2", "2025-10-02"),
      date("a week later", "2025-10-09"),
      date("March 31", "2025-03-31"),
      date("Monday", "2025-11-17"),
      date("early next year", "2026"),
      date("Tuesday", "2025-11-18"),
      measure("4,200 nurses", 4_200, "nurses"),
      measure("11 hospitals", 11, "hospitals"),
      measure("12 years", 12, "years"),
      measure("three days", 3, "days"),
      measure("300 strikers", 300, "strikers"),
      measure("12 percent", 12, "%"),
      measure("three years", 3, "years"),
      measure("five patients", 5, "patients"),
      measure("9 percent", 9, "%"),
      measure("five years", 5, "years"),
      measure("C$1.1 billion", 1_100_000_000, "CAD"),
      measure("US$780 million", 780_000_000, "USD"),
      measure("1,870 surgeries", 1_870, "surgeries"),
      measure("15,000 shares", 15_000, "shares"),
      measure("61 percent", 61, "%"),
      quote("the walkout would last three days, Nov. 12 to 14", FIQ, "indirect"),
      quote("emergency and intensive-care units would keep minimum staff as the law requires", FIQ, "indirect"),
      quote(
        "We did not want to be here. Our members are exhausted, and the government has left us no other choice",
        "Geneviève Côté",
        "direct",
      ),
      quote("the most generous offer this government has ever tabled", "Martin Lévesque", "direct"),
      quote("the government would not legislate the nurses back to work for now", "Martin Lévesque", "indirect"),
      quote("the union's demands would cost taxpayers C$1.1 billion (US$780 million) a year", "Martin Lévesque", "indirect"),
      quote("Cold hands, warm hearts ❄️💪 #onstrike", "Amélie Tremblay", "direct"),
      quote("a second, open-ended strike could begin early next year if no agreement is reached", FIQ, "indirect"),
      claim(
        "More than 4,200 nurses at 11 hospitals in the Montreal region walked off the job Wednesday, the first strike by the province’s largest nursing union in 12 years",
        CP,
        "outlet",
      ),
      claim("Our members are exhausted, and the government has left us no other choice", "Geneviève Côté", "attributed"),
      claim("The union is seeking a 12 percent raise over three years and a cap of five patients per nurse on day\nshifts", CP, "outlet"),
      claim("The province has offered 9 percent over five years", CP, "outlet"),
      claim("the government would not legislate the nurses back to work for now", "Martin Lévesque", "attributed", { denies: true }),
      claim("the union's demands would cost taxpayers C$1.1 billion (US$780 million) a year", "Martin Lévesque", "attributed"),
      claim("1,870 surgeries were postponed on Wednesday alone", "health ministry", "attributed"),
      claim("Hospital administrators reportedly asked retired nurses to return temporarily", CP, "outlet", { hedged: true }),
      claim("The post had drawn more than 15,000 shares by Thursday", CP, "outlet"),
      claim("A tentative deal reached on Oct. 2 was rejected by 61 percent of members in a vote a week later", CP, "outlet"),
      claim("The previous contract expired on March 31", CP, "outlet"),
      claim("a second, open-ended strike could begin early next year if no agreement is reached", FIQ, "attributed", { hedged: true }),
    ],
  },
  {
    name: "fresh/ruling",
    outlet: HT,
    publishedAt: "2024-03-09",
    text: RULING,
    spans: [
      date("Thursday", "2024-03-07"),
      date("2022", "2022"),
      date("2019", "2019"),
      date("Friday", "2024-03-08"),
      date("2021", "2021"),
      date("next month", "2024-04"),
      date("2019", "2019", 2),
      date("last month", "2024-02"),
      date("March to June 2019", "2019-03/2019-06"),
      measure("HK$2.4 million", 2_400_000, "HKD"),
      measure("US$307,000", 307_000, "USD"),
      measure("14 riders", 14, "riders"),
      measure("four years", 4, "years"),
      measure("8.5 percent", 8.5, "%"),
      measure("one-day", 1, "days"),
      measure("90,000 people", 90_000, "people"),
      measure("35,000", 35_000),
      measure("HK$92", 92, "HKD"),
      measure("20 percent", 20, "%"),
      quote(
        "The company told riders ‘you are your own boss’ while controlling every minute of their working day",
        "Albert Leung Kwok-kei",
        "direct",
      ),
      quote("you are your own boss", "Dashly", "direct"),
      quote("An app that sets the price, the route and the penalty is an employer in all but name.", "Albert Leung Kwok-kei", "direct"),
      quote("the case had taken four years of her life", "Nguyễn Thị Hoa", "indirect"),
      quote("I just wanted a day off when my son was sick", "Nguyễn Thị Hoa", "direct"),
      quote("the judgment vindicated workers who had been “treated as disposable” for years", "Chloé Marchetti", "indirect"),
      quote("treated as disposable", "Chloé Marchetti", "direct"),
      quote("it would study the judgment", "Dashly", "indirect"),
      quote("it was reviewing the ruling and would brief lawmakers next month", "Labour Department", "indirect"),
      quote("it could raise costs for small restaurants", "Employers’ groups", "indirect"),
      quote("it was “monitoring the litigation closely” and had no plans to change its contracts", "Rydo", "indirect"),
      quote("monitoring the litigation closely", "Rydo", "direct"),
      claim(
        "Hong Kong’s Court of Final Appeal ruled on Thursday that couriers working for the food-delivery app Dashly are employees rather than independent contractors",
        HT,
        "outlet",
      ),
      claim(
        "the five judges upheld a 2022 ruling by the Court of Appeal and ordered Dashly to pay HK$2.4 million (US$307,000) in back wages and holiday pay to 14 riders who brought the case in 2019",
        HT,
        "outlet",
      ),
      claim(
        "The company told riders ‘you are your own boss’ while controlling every minute of their working day",
        "Albert Leung Kwok-kei",
        "attributed",
      ),
      claim("An app that sets the price, the route and the penalty is an employer in all but name", "Albert Leung Kwok-kei", "attributed"),
      claim("the case had taken four years of her life", "Nguyễn Thị Hoa", "attributed"),
      claim("the judgment vindicated workers who had been “treated as disposable” for years", "Chloé Marchetti", "attributed"),
      claim("it had misclassified its riders", "Dashly", "attributed", { denies: true }),
      claim("The ruling apparently caught the company by surprise", HT, "outlet", { hedged: true }),
      claim("its shares fell 8.5 percent in Hong Kong trading on Friday, the biggest one-day drop since its listing in 2021", HT, "outlet"),
      claim(
        "some 90,000 people work through delivery and ride-hailing apps in the city, up from 35,000 in 2019",
        "Officials",
        "attributed",
      ),
      claim("The decision is widely seen as a test case", HT, "outlet", { hedged: true }),
      claim("it could raise costs for small restaurants", "Employers’ groups", "attributed", { hedged: true }),
      claim("it was “monitoring the litigation closely” and had no plans to change its contracts", "Rydo", "attributed", { denies: true }),
      claim(
        "The riders, who earned an average of HK$92 an hour, had sought recognition as employees since the platform cut delivery fees by 20 percent from March to June 2019",
        HT,
        "outlet",
      ),
    ],
  },
  {
    name: "fresh/recall",
    outlet: HW,
    publishedAt: "2025-03-05",
    text: RECALL,
    spans: [
      date("March 5, 2025", "2025-03-05"),
      date("today", "2025-03-05"),
      date("January 2023 to June 2024", "2023-01/2024-06"),
      date("March 3", "2025-03-03"),
      date("the same day", "2025-03-03"),
      date("early next year", "2026"),
      date("1987", "1987"),
      date("2024", "2024", 2),
      date("the previous year", "2023"),
      measure("412,000 heaters", 412_000, "heaters"),
      measure("three models", 3, "models"),
      measure("US$49.99", 49.99, "USD"),
      measure("US$89.99", 89.99, "USD"),
      measure("37 reports", 37, "reports"),
      measure("nine reports", 9, "reports"),
      measure("two small fires", 2, "fires"),
      measure("C$18,000", 18_000, "CAD"),
      measure("US$12,600", 12_600, "USD"),
      measure("10 days", 10, "days"),
      measure("two complaints", 2, "complaints"),
      measure("1,150 people", 1_150, "people"),
      measure("C$310 million", 310_000_000, "CAD"),
      measure("6 percent", 6, "%"),
      quote(
        "The safety of our customers comes first. We are asking everyone who owns one of these heaters to stop using it right away",
        "Dana Whitfield",
        "direct",
      ),
      quote("If you have one in a child's bedroom, please unplug it now.", "Dana Whitfield", "direct"),
      quote("replacement units would ship within 10 days of a request", HW, "indirect"),
      quote("it first learned of the problem on March 3, when a retailer in Ohio forwarded two complaints", HW, "indirect"),
      quote("it stopped sales the same day", HW, "indirect"),
      claim(
        "Hearthwell Appliances Inc. today announced a voluntary recall of about 412,000 heaters from its ThermaGlow line of portable space heaters sold in the United States and Canada",
        HW,
        "outlet",
      ),
      claim(
        "The recall covers three models (TG-150, TG-200 and TG-250) manufactured from January 2023 to June 2024 and sold for between US$49.99 and US$89.99 at major retailers and online",
        HW,
        "outlet",
      ),
      claim(
        "Hearthwell has received 37 reports of heaters overheating, including nine reports of minor burns and two small fires that caused about C$18,000 (US$12,600) in property damage",
        HW,
        "outlet",
      ),
      claim("No serious injuries have been reported", HW, "outlet", { denies: true }),
      claim(
        "The heaters were apparently assembled with a cord connector that did not meet the company's specifications",
        "outside laboratory",
        "attributed",
        { hedged: true },
      ),
      claim("it first learned of the problem on March 3, when a retailer in Ohio forwarded two complaints", HW, "attributed"),
      claim("it stopped sales the same day", HW, "attributed"),
      claim("Hearthwell, founded in 1987, employs 1,150 people in Canada and Mexico", HW, "outlet"),
      claim("it reported sales of C$310 million, up 6 percent from the previous year", HW, "outlet"),
    ],
  },
  {
    name: "fresh/typhoon",
    outlet: "AFP",
    publishedAt: "2025-08-10",
    text: TYPHOON,
    spans: [
      date("Sunday", "2025-08-10"),
      date("2016", "2016"),
      date("Monday", "2025-08-11"),
      date("Sunday", "2025-08-10", 2),
      date("Last year", "2024"),
      date("September", "2024-09"),
      date("October", "2024-10"),
      measure("190 kilometres per hour", 190, "kilometres per hour"),
      measure("four people", 4, "people"),
      measure("500,000 homes", 500_000, "homes"),
      measure("600 millimetres", 600, "millimetres"),
      measure("24 hours", 24, "hours"),
      measure("12 places", 12, "places"),
      measure("40 minutes", 40, "minutes"),
      measure("8,400 people", 8_400, "people"),
      measure("3,000 soldiers", 3_000, "soldiers"),
      measure("214 flights", 214, "flights"),
      measure("1.2 million views", 1_200_000, "views"),
      measure("NT$1.6 billion", 1_600_000_000, "TWD"),
      measure("US$53 million", 53_000_000, "USD"),
      measure("11 people", 11, "people"),
      measure("NT$3 billion", 3_000_000_000, "TWD"),
      quote("We have never seen water rise this fast. Some villages were cut off\nwithin 40 minutes", "Wu Chia-hao", "direct"),
      quote(
        "Hinano was the strongest typhoon to hit the island since 2016 and would weaken as it crossed the Taiwan Strait on Monday",
        "Lin Yu-ting",
        "indirect",
      ),
      quote("The water is at our door 😢 pray for Yilan.", "Chen Mei-hua", "direct"),
      quote('the dam\'s gates "were operated strictly according to procedure" throughout the storm', "Water Resources Agency", "indirect"),
      quote("were operated strictly according to procedure", "Water Resources Agency", "direct"),
      quote("losses were likely to rise once the water recedes", "agriculture ministry", "indirect"),
      claim(
        "Typhoon Hinano slammed into north-eastern Taiwan on Sunday with winds of up to 190 kilometres per hour, killing at least four people and cutting power to more than 500,000 homes",
        "officials",
        "attributed",
      ),
      claim(
        "The storm dumped more than 600 millimetres of rain on the mountains of Yilan (宜蘭) county in 24 hours, triggering landslides that blocked the coastal highway in at least 12 places",
        "AFP",
        "outlet",
      ),
      claim("Some villages were cut off\nwithin 40 minutes", "Wu Chia-hao", "attributed"),
      claim("More than 8,400 people were evacuated from their homes", "fire agency", "attributed"),
      claim("The military reportedly deployed 3,000 soldiers to help with rescues", "AFP", "outlet", { hedged: true }),
      claim("Airlines cancelled 214 flights", "AFP", "outlet"),
      claim(
        "Hinano was the strongest typhoon to hit the island since 2016 and would weaken as it crossed the Taiwan Strait on Monday",
        "Lin Yu-ting",
        "attributed",
      ),
      claim("a reservoir upstream of Luodong had been opened without warning", "Officials", "attributed", { denies: true }),
      claim(
        'the dam\'s gates "were operated strictly according to procedure" throughout the storm',
        "Water Resources Agency",
        "attributed",
      ),
      claim(
        "Agricultural losses had reached NT$1.6 billion (US$53 million), with rice and pomelo farms worst hit",
        "agriculture ministry",
        "attributed",
      ),
      claim("losses were likely to rise once the water recedes", "agriculture ministry", "attributed", { hedged: true }),
      claim("Typhoon Soraya killed 11 people in Taiwan in September", "AFP", "outlet"),
      claim("The cabinet approved an emergency budget of NT$3 billion in October", "AFP", "outlet"),
    ],
  },
];
