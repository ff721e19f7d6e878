import { normalizeDateMention } from "../../lib/domain/relative-dates";
const cases: [string, string | null][] = [
 ["last week","2019-07-11"],["Thursday","2019-07-11"],["on Wednesday","2019-07-11"],["on Friday","2019-07-11"],["Last month","2019-07-11"],["in 2013","2019-07-11"],["2015","2019-07-11"],["1965","2019-07-11"],["World War II", "2019-07-11"],
 ["17:10 July 14, 2019","2019-07-14T17:10:00+09:00"],["Saturday","2019-07-14T17:10:00+09:00"],["July 4","2019-07-14T17:10:00+09:00"],["last year","2019-07-14T17:10:00+09:00"],["July 14","2019-07-14T17:10:00+09:00"],
 ["Aug. 2, 2019","2019-08-14"],["Wednesday","2019-08-14"],["earlier this month","2019-08-14"],["later this week","2019-08-14"],["Friday and Saturday","2019-08-14"],["February","2019-08-14"],["in June","2019-08-14"],["on Thursday","2019-08-14"],["Aug. 24","2019-08-14"],
 ["11:28 April 07, 2021","2021-04-07T11:28:00+09:00"],["April 6","2021-04-07T11:28:00+09:00"],["Tuesday","2021-04-07T11:28:00+09:00"],["mid-2019","2021-04-07T11:28:00+09:00"],["March 1","2021-04-07T11:28:00+09:00"],
 ["Tuesday","2020-03-10"],["mid-December","2020-03-10"],["October 2018","2020-03-10"],["July 2019","2020-03-10"],["August 2019","2020-03-10"],["in 2018","2020-03-10"],
 ["July 13, 2019", null],["last week", null],["2018", null], ["Thursday", "2019-07-11T23:30:00-05:00"], ["Friday", "2019-07-12T00:30:00+14:00"], ["1910-45","2019-07-14"], ["the following month","2020-03-10"],
];
for (const [t, p] of cases) console.log(JSON.stringify(t).padEnd(26), String(p).padEnd(26), normalizeDateMention(t, p));
