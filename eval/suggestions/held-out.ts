// Held-out gold for `npm run eval:suggestions`: three news reports written for this purpose
// (invented events and people in realistic wire, central-bank and city-hall styles) and
// annotated by hand BEFORE any suggester was written, then never used for tuning (the
// suggesters were tuned on the demo corpus only; see git history: this file came first).
// Conventions, the same as the demo's gold: a date span is the expression without a
// leading "on"/"in"; a direct quote is the text inside the quotation marks without a
// trailing comma; an indirect quote is the reported clause after "said (that)"; a measure
// is the number with its unit, without "about"/"nearly"; claims are the asserted clause
// with holder (the outlet for its own voice), voice, stance and hedge.
import type { EvalDocument } from "./eval-types";
import { claim, date, measure, quote } from "./gold-helpers";

const METHANE = `BRUSSELS (Reuters) - European Union negotiators reached a deal on Wednesday to cut methane emissions from the oil and gas industry, in what officials called the bloc's first law targeting the potent greenhouse gas.

The agreement requires companies to detect and repair leaks within 15 days and bans routine flaring and venting from 2027. Importers will have to prove by 2030 that the fossil fuels they buy abroad meet the same monitoring standards.

"This is a real game changer for the climate," said Jutta Paulus, the lawmaker who led the talks for the European Parliament. "Methane is responsible for about 30 percent of global warming since the industrial revolution."

Industry groups warned that the import rules could raise costs. Eurogas said the requirements were unworkable for suppliers outside Europe, and argued that the bloc risked losing access to liquefied natural gas at a time of tight supply.

The EU imports roughly 90 percent of the gas it consumes. Russia supplied about 40 percent of those imports before its invasion of Ukraine in February 2022, a share that has since fallen below 10 percent.

Environmental campaigners welcomed the deal but said it came too late. According to the International Energy Agency, the energy sector released nearly 120 million tonnes of methane last year.

Member states and the Parliament must formally approve the text, which is expected early next year. The European Commission said it would publish the first list of high-risk suppliers by mid-2025.

Paulus said the rules would not be watered down during the final vote.`;

const BOJ = `TOKYO, March 19 (Kyodo) -- The Bank of Japan on Tuesday ended its negative interest rate policy, raising its short-term policy rate for the first time in 17 years in a landmark shift away from its ultra-loose monetary policy.

The central bank said it would guide the overnight call rate in a range of zero to 0.1 percent, up from minus 0.1 percent. The decision was made by a 7-2 vote of the policy board.

"We judged that the virtuous cycle between wages and prices has become stronger," Governor Kazuo Ueda told a press conference after the two-day meeting. He said accommodative financial conditions would be maintained for the time being.

Japan's largest labor union group, Rengo, reported last Friday that member companies had agreed to raise wages by an average of 5.28 percent, the biggest increase in 33 years.

Some economists said the bank had moved too early. Takahide Kiuchi, an executive economist at Nomura Research Institute, said the hike was unlikely to be followed by further increases this year.

The yen weakened past 150 yen against the dollar after the announcement, apparently because markets had already priced in the move. The government's chief spokesman, Yoshimasa Hayashi, said Tokyo was not considering intervention at this point.

The bank last raised rates in February 2007. It introduced negative rates in January 2016 to counter deflation.`;

const FARES = `The Millbrook City Council voted 5-2 on Wednesday night to raise bus fares by 25 cents, the first increase since 2015, despite objections from riders who packed the chamber.

Starting Oct. 1, a single ride will cost $2.25. Monthly passes will rise from $60 to $68.

"Nobody likes raising fares, but the alternative was cutting service on six routes," Mayor Denise Alvarado said after the vote. She said the transit agency faced a $4.3 million shortfall this year because ridership has not recovered from the pandemic.

Council member Ray Okafor, who voted against the plan, said the increase would fall hardest on low-income workers. "We're asking the people with the least to pay the most," he said.

According to agency figures, weekday ridership stands at about 18,000, down from 26,500 in 2019. Officials expect it to reach 22,000 by next summer.

Riders' advocates reportedly plan to ask the council to reconsider the decision at its meeting on Sept. 21. Transit Riders United said it had collected more than 1,200 signatures in two weeks.

The agency denied that the increase was tied to a planned expansion of its downtown garage, which was approved in March.`;

export const HELD_OUT: EvalDocument[] = [
  {
    name: "held-out/methane",
    outlet: "Reuters",
    publishedAt: "2023-11-16",
    text: METHANE,
    spans: [
      date("Wednesday", "2023-11-15"),
      date("2027", "2027"),
      date("2030", "2030"),
      date("February 2022", "2022-02"),
      date("last year", "2022"),
      date("early next year", "2024"),
      date("mid-2025", "2025"),
      measure("15 days", 15, "days"),
      measure("30 percent", 30, "%"),
      measure("90 percent", 90, "%"),
      measure("40 percent", 40, "%"),
      measure("10 percent", 10, "%"),
      measure("120 million tonnes", 120_000_000, "tonnes"),
      quote("This is a real game changer for the climate", "Jutta Paulus", "direct"),
      quote("Methane is responsible for about 30 percent of global warming since the industrial revolution.", "Jutta Paulus", "direct"),
      quote("the import rules could raise costs", "Industry groups", "indirect"),
      quote("the requirements were unworkable for suppliers outside Europe", "Eurogas", "indirect"),
      quote("the bloc risked losing access to liquefied natural gas at a time of tight supply", "Eurogas", "indirect"),
      quote("it came too late", "Environmental campaigners", "indirect"),
      quote("it would publish the first list of high-risk suppliers by mid-2025", "European Commission", "indirect"),
      quote("the rules would not be watered down during the final vote", "Jutta Paulus", "indirect"),
      claim(
        "European Union negotiators reached a deal on Wednesday to cut methane emissions from the oil and gas industry",
        "Reuters",
        "outlet",
      ),
      claim(
        "The agreement requires companies to detect and repair leaks within 15 days and bans routine flaring and venting from 2027",
        "Reuters",
        "outlet",
      ),
      claim("Methane is responsible for about 30 percent of global warming since the industrial revolution", "Jutta Paulus", "attributed"),
      claim("the import rules could raise costs", "Industry groups", "attributed", { hedged: true }),
      claim("the requirements were unworkable for suppliers outside Europe", "Eurogas", "attributed"),
      claim("the bloc risked losing access to liquefied natural gas at a time of tight supply", "Eurogas", "attributed"),
      claim("The EU imports roughly 90 percent of the gas it consumes", "Reuters", "outlet"),
      claim(
        "Russia supplied about 40 percent of those imports before its invasion of Ukraine in February 2022, a share that has since fallen below 10 percent",
        "Reuters",
        "outlet",
      ),
      claim("it came too late", "Environmental campaigners", "attributed"),
      claim("the energy sector released nearly 120 million tonnes of methane last year", "International Energy Agency", "attributed"),
      claim("the rules would not be watered down during the final vote", "Jutta Paulus", "attributed", { denies: true }),
    ],
  },
  {
    name: "held-out/boj",
    outlet: "Kyodo",
    publishedAt: "2024-03-19",
    text: BOJ,
    spans: [
      date("March 19", "2024-03-19"),
      date("Tuesday", "2024-03-19"),
      date("last Friday", "2024-03-15"),
      date("this year", "2024"),
      date("February 2007", "2007-02"),
      date("January 2016", "2016-01"),
      measure("17 years", 17, "years"),
      measure("0.1 percent", 0.1, "%"),
      measure("minus 0.1 percent", -0.1, "%"),
      measure("two-day", 2, "days"),
      measure("5.28 percent", 5.28, "%"),
      measure("33 years", 33, "years"),
      measure("150 yen", 150, "JPY"),
      quote("We judged that the virtuous cycle between wages and prices has become stronger", "Kazuo Ueda", "direct"),
      quote(
        "it would guide the overnight call rate in a range of zero to 0.1 percent, up from minus 0.1 percent",
        "Bank of Japan",
        "indirect",
      ),
      quote("accommodative financial conditions would be maintained for the time being", "Kazuo Ueda", "indirect"),
      quote(
        "member companies had agreed to raise wages by an average of 5.28 percent, the biggest increase in 33 years",
        "Rengo",
        "indirect",
      ),
      quote("the bank had moved too early", "Some economists", "indirect"),
      quote("the hike was unlikely to be followed by further increases this year", "Takahide Kiuchi", "indirect"),
      quote("Tokyo was not considering intervention at this point", "Yoshimasa Hayashi", "indirect"),
      claim(
        "The Bank of Japan on Tuesday ended its negative interest rate policy, raising its short-term policy rate for the first time in 17 years",
        "Kyodo",
        "outlet",
      ),
      claim("The decision was made by a 7-2 vote of the policy board", "Kyodo", "outlet"),
      claim("the virtuous cycle between wages and prices has become stronger", "Kazuo Ueda", "attributed"),
      claim("accommodative financial conditions would be maintained for the time being", "Kazuo Ueda", "attributed"),
      claim(
        "member companies had agreed to raise wages by an average of 5.28 percent, the biggest increase in 33 years",
        "Rengo",
        "attributed",
      ),
      claim("the bank had moved too early", "Some economists", "attributed"),
      claim("the hike was unlikely to be followed by further increases this year", "Takahide Kiuchi", "attributed", { hedged: true }),
      claim(
        "The yen weakened past 150 yen against the dollar after the announcement, apparently because markets had already priced in the move",
        "Kyodo",
        "outlet",
        { hedged: true },
      ),
      claim("Tokyo was not considering intervention at this point", "Yoshimasa Hayashi", "attributed", { denies: true }),
      claim("The bank last raised rates in February 2007", "Kyodo", "outlet"),
      claim("It introduced negative rates in January 2016 to counter deflation", "Kyodo", "outlet"),
    ],
  },
  {
    name: "held-out/fares",
    outlet: "Millbrook Courier",
    publishedAt: "2022-09-08",
    text: FARES,
    spans: [
      date("Wednesday", "2022-09-07"),
      date("2015", "2015"),
      date("Oct. 1", "2022-10-01"),
      date("this year", "2022"),
      date("2019", "2019"),
      date("next summer", "2023"),
      date("Sept. 21", "2022-09-21"),
      date("March", "2022-03"),
      measure("25 cents", 0.25, "USD"),
      measure("$2.25", 2.25, "USD"),
      measure("$60", 60, "USD"),
      measure("$68", 68, "USD"),
      measure("six routes", 6, "routes"),
      measure("$4.3 million", 4_300_000, "USD"),
      measure("18,000", 18_000),
      measure("26,500", 26_500),
      measure("22,000", 22_000),
      measure("1,200 signatures", 1_200, "signatures"),
      measure("two weeks", 2, "weeks"),
      quote("Nobody likes raising fares, but the alternative was cutting service on six routes", "Denise Alvarado", "direct"),
      quote(
        "the transit agency faced a $4.3 million shortfall this year because ridership has not recovered from the pandemic",
        "Denise Alvarado",
        "indirect",
      ),
      quote("the increase would fall hardest on low-income workers", "Ray Okafor", "indirect"),
      quote("We're asking the people with the least to pay the most", "Ray Okafor", "direct"),
      quote("it had collected more than 1,200 signatures in two weeks", "Transit Riders United", "indirect"),
      claim(
        "The Millbrook City Council voted 5-2 on Wednesday night to raise bus fares by 25 cents, the first increase since 2015",
        "Millbrook Courier",
        "outlet",
      ),
      claim("the alternative was cutting service on six routes", "Denise Alvarado", "attributed"),
      claim(
        "the transit agency faced a $4.3 million shortfall this year because ridership has not recovered from the pandemic",
        "Denise Alvarado",
        "attributed",
      ),
      claim("the increase would fall hardest on low-income workers", "Ray Okafor", "attributed"),
      claim("weekday ridership stands at about 18,000, down from 26,500 in 2019", "transit agency", "attributed"),
      claim("Officials expect it to reach 22,000 by next summer", "Officials", "attributed", { hedged: true }),
      claim(
        "Riders' advocates reportedly plan to ask the council to reconsider the decision at its meeting on Sept. 21",
        "Millbrook Courier",
        "outlet",
        { hedged: true },
      ),
      claim("it had collected more than 1,200 signatures in two weeks", "Transit Riders United", "attributed"),
      claim("the increase was tied to a planned expansion of its downtown garage", "transit agency", "attributed", { denies: true }),
    ],
  },
];
