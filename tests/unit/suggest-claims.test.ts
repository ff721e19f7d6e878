import { describe, expect, it } from "vitest";
import { codePointSlice, find, suggest } from "./suggest-support";

describe("claim suggester", () => {
  it.each([
    [
      "Japan said the controls were not a retaliatory measure.",
      "the controls were not a retaliatory measure",
      { holder: "Japan", voice: "attributed", stance: "denies", hedged: false },
    ],
    [
      "Seoul argued that the curbs were retaliation for the rulings.",
      "the curbs were retaliation for the rulings",
      { holder: "Seoul", voice: "attributed", stance: "asserts", hedged: false },
    ],
    [
      "The agency denied that the increase was tied to the garage.",
      "the increase was tied to the garage",
      { holder: "The agency", voice: "attributed", stance: "denies", hedged: false },
    ],
    [
      "According to the International Energy Agency, the sector released 120 million tonnes of methane.",
      "the sector released 120 million tonnes of methane",
      { holder: "International Energy Agency", voice: "attributed", stance: "asserts", hedged: false },
    ],
    [
      "Japan imposed the export curbs on July 4, in an apparent retaliatory step for the rulings.",
      "Japan imposed the export curbs on July 4, in an apparent retaliatory step for the rulings",
      { holder: "Test Wire", voice: "outlet", stance: "asserts", hedged: true },
    ],
    [
      "Officials were expected to urge Tokyo to remove the control measures quickly.",
      "Officials were expected to urge Tokyo to remove the control measures quickly",
      { holder: "Test Wire", voice: "outlet", stance: "asserts", hedged: true },
    ],
  ])("%s", (text, span, attributes) => {
    const hit = find(suggest(text), "claim", span);
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "claim"))).toBeDefined();
    expect(hit!.attributes).toEqual(attributes);
  });

  it("strips a wire dateline from the outlet's own claim", () => {
    const text = "TOKYO, March 19 (Kyodo) -- The Bank of Japan on Tuesday ended its negative interest rate policy.";
    expect(
      find(suggest(text, "2024-03-19", "Kyodo"), "claim", "The Bank of Japan on Tuesday ended its negative interest rate policy"),
    ).toBeDefined();
  });

  it("does not take site furniture or questions for claims", () => {
    const list = suggest(
      "By subscribing, you can help us get the story right every single day. Will the talks resume after the summer break?",
    );
    expect(list.filter((s) => s.label === "claim")).toEqual([]);
  });

  it.each([
    ["👍🏽 Japan said the controls were not retaliation at all.", "the controls were not retaliation at all"],
    ["Zoe\u0308 said the controls were not retaliation at all.".normalize("NFC"), "the controls were not retaliation at all"],
    ["東京 said the controls were not retaliation at all.", "the controls were not retaliation at all"],
    ["Japan said the controls were\nnot retaliation at all.", "the controls were\nnot retaliation at all"],
  ])("code-point offsets: %j", (text, span) => {
    const hit = find(suggest(text), "claim", span)!;
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "claim"))).toBeDefined();
    expect(codePointSlice(text, hit)).toBe(span);
  });
});

describe("claims (rules-4)", () => {
  const outlet = (hedged = false) => ({ holder: "Test Wire", voice: "outlet", stance: "asserts", hedged });
  it.each([
    // A leading adverbial of time is not part of the claim; a trailing "after …ing" clause neither.
    ["Last month, a Busan court jailed the head of another platform.", "a Busan court jailed the head of another platform", outlet()],
    ["On Monday, engineers uploaded a corrected file.", "engineers uploaded a corrected file", outlet()],
    [
      "A third executive received a suspended sentence after testifying for the prosecution.",
      "A third executive received a suspended sentence",
      outlet(),
    ],
    // A semicolon ends a claim; the next clause is its own.
    [
      "In October 2020, storms killed 200 people in the region; a landslide buried 17 workers a week later.",
      "a landslide buried 17 workers a week later",
      outlet(),
    ],
    // Five words are enough for a statement of fact.
    ["Prosecutors had sought 20 years.", "Prosecutors had sought 20 years", outlet()],
    // A document and its author: the author holds the claim.
    [
      "The mission went 27% over budget, according to an audit by the European Court of Auditors published last year.",
      "The mission went 27% over budget",
      { holder: "European Court of Auditors", voice: "attributed", stance: "asserts", hedged: false },
    ],
    // A surname that only begins a hyphenated given name is not that person's.
    [
      "Judge Yoon Seo-jin read the verdict. Chief officer Seo Ji-hoon was jailed. Seo denied that he had known about the transfers.",
      "he had known about the transfers",
      { holder: "Seo Ji-hoon", voice: "attributed", stance: "denies", hedged: false },
    ],
    // "the agency" after "the city's transit agency": the text's own description.
    [
      "The city's transit agency raised fares. The Council met. According to agency figures, ridership stands at about 18,000.",
      "ridership stands at about 18,000",
      { holder: "transit agency", voice: "attributed", stance: "asserts", hedged: false },
    ],
    // A sentence that starts inside a quotation is the speaker's.
    [
      '"It was a textbook burn. We were within 2 centimetres per second of the plan," flight director Ingrid Sæther said.',
      "We were within 2 centimetres per second of the plan",
      { holder: "Ingrid Sæther", voice: "attributed", stance: "asserts", hedged: false },
    ],
    // A quoted sentence that gives a figure is the speaker's claim.
    [
      '"Methane is responsible for about 30 percent of global warming," said Jutta Paulus.',
      "Methane is responsible for about 30 percent of global warming",
      { holder: "Jutta Paulus", voice: "attributed", stance: "asserts", hedged: false },
    ],
  ])("%s", (text, span, attributes) => {
    const list = suggest(text).filter((s) => s.label === "claim");
    const hit = find(list, "claim", span);
    expect(hit, JSON.stringify(list)).toBeDefined();
    expect(hit!.attributes).toEqual(attributes);
  });

  it.each([
    // The speaker's own next step is a plan, not a claim (the indirect quote stays).
    ["The Commission said it would publish the first list by June.", "it would publish the first list by June"],
    // Quoted feelings, promises and posts are not claims.
    ['"We will do everything we can for all three countries," said Ana Ruiz.', "We will do everything we can for all three countries"],
    ['"Cold hands, warm hearts ❄️ 2 days in #onstrike," wrote Ana Ruiz.', "Cold hands, warm hearts ❄️ 2 days in #onstrike"],
    ['"The water came up to my chest in less than an hour," said Ana Ruiz.', "The water came up to my chest in less than an hour"],
  ])("no claim in %s", (text, span) => {
    const list = suggest(text).filter((s) => s.label === "claim");
    expect(find(list, "claim", span), JSON.stringify(list)).toBeUndefined();
  });

  it.each([
    ["Last month, a court jailed the head of the 👍🏽 platform.", "a court jailed the head of the 👍🏽 platform"],
    ["Zoe\u0308 fled; a landslide buried 17 workers a week later.".normalize("NFC"), "a landslide buried 17 workers a week later"],
    ['"東京 is fine. We were within 2 centimetres of the plan," said Ana Ruiz.', "We were within 2 centimetres of the plan"],
    ["On Monday, engineers\nuploaded a corrected navigation file.", "engineers\nuploaded a corrected navigation file"],
  ])("code-point offsets: %j", (text, span) => {
    const hit = find(suggest(text), "claim", span)!;
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "claim"))).toBeDefined();
    expect(codePointSlice(text, hit)).toBe(span);
  });
});

describe("claim hedges and objects (rules-4)", () => {
  it.each([
    ["No serious injuries have been reported.", false],
    ["He signed a contract worth a reported £120,000 a week.", true],
    ["Kang reportedly moved 80 billion won to Singapore.", true],
    ["The company now expects operating profit of ¥690 billion.", true],
    ["Profit rose faster than expected in the third quarter.", false],
    ["Investors lost an estimated 1.4 trillion won in total.", true],
  ])("%s hedged: %s", (text, hedged) => {
    const claim = suggest(text).find((s) => s.label === "claim");
    expect(claim, JSON.stringify(suggest(text))).toBeDefined();
    expect(claim!.attributes.hedged).toBe(hedged);
  });

  it("a verb of denial with a noun object reports no clause", () => {
    const list = suggest('Ortega, 61, denied wrongdoing and called the vote "a coup dressed up as a procedure."');
    expect(list.filter((s) => s.label === "claim" && s.attributes.voice === "attributed")).toEqual([]);
  });
});

describe("claims (rules-7)", () => {
  it.each([
    // The outlet's main clause in the future with a time set for it is a schedule, not a claim.
    ["The full budget will be tabled on Feb. 24."],
    ["Provinces will receive an extra R6.4 billion for hospitals next year."],
    ["Several carriers will add a surcharge of $350 per box from Aug. 1."],
    ["The court is due to rule on Friday."],
  ])("%s: no claim (a schedule)", (text) => {
    const claims = suggest(text, "2026-07-16").filter((s) => s.label === "claim");
    expect(claims, JSON.stringify(claims)).toEqual([]);
  });

  it.each([
    // An irregular past verb makes a sentence finite, so it is a statement of fact.
    ["In 2019, the firm lost $2 million.", "the firm lost $2 million", false],
    ["Shares fell 5% after the company cut its forecast.", "Shares fell 5% after the company cut its forecast", false],
    // The month "May" is no hedge; the modal is.
    ["Sales in May rose 5% from a year earlier.", "Sales in May rose 5% from a year earlier", false],
    ["Prices may rise by 5% this year, analysts said.", "Prices may rise by 5% this year", true],
  ])("%s → claim %s (hedged %s)", (text, span, hedged) => {
    const hit = find(suggest(text, "2026-07-16"), "claim", span);
    expect(hit, JSON.stringify(suggest(text, "2026-07-16"))).toBeDefined();
    expect(hit!.attributes).toMatchObject({ hedged });
  });

  it.each([
    // A leading adverbial ending in a comma stays out of the outlet's claim, of time or not.
    ["Under the new rules, banks must hold more capital.", "banks must hold more capital"],
    ["For the first time, the firm posted a loss of $3 million.", "the firm posted a loss of $3 million"],
    // A conditional keeps its "If" clause.
    ["If the claim succeeds, each user could receive £200.", "If the claim succeeds, each user could receive £200"],
  ])("%s → claim %s", (text, span) => {
    const hit = find(suggest(text, "2026-07-16"), "claim", span);
    expect(hit, JSON.stringify(suggest(text, "2026-07-16"))).toBeDefined();
  });

  it("a month is not the organisation 'the firm' refers to", () => {
    const text = "Sales in May rose 5%. May was a record. In May, the firm said prices may rise.";
    const hit = find(suggest(text, "2026-07-16"), "claim", "prices may rise");
    expect(hit, JSON.stringify(suggest(text, "2026-07-16"))).toBeDefined();
    expect(hit!.attributes.holder).not.toBe("May");
  });

  it.each([
    // A "will" in a relative clause is not the main clause; a "will" with no time set is not a schedule.
    [
      "Voters approved Measure K, a sales tax that will raise $38 million a year from January.",
      "Voters approved Measure K, a sales tax that will raise $38 million a year from January",
    ],
    ["The port employs about 6,200 people.", "The port employs about 6,200 people"],
  ])("%s → outlet claim %s", (text, span) => {
    const hit = find(suggest(text, "2026-07-16"), "claim", span);
    expect(hit, JSON.stringify(suggest(text, "2026-07-16"))).toBeDefined();
    expect(hit!.attributes).toMatchObject({ voice: "outlet" });
  });

  it.each([
    ["Prices rose 👍🏽. The port employs 6,200 people. The budget will be tabled on Feb. 24.", "The port employs 6,200 people"],
    ["Cafe\u0301 Sud employs 東京 staff.\nIt will open on Monday.", "Cafe\u0301 Sud employs 東京 staff"],
    ["👍🏽 Prices rose.\nIn 2019, Cafe\u0301 東京 lost $2 million.", "Cafe\u0301 東京 lost $2 million"],
  ])("code-point offsets (rules-7): %j keeps only the fact", (text, span) => {
    const claims = suggest(text, "2026-07-16").filter((s) => s.label === "claim");
    expect(claims.map((c) => codePointSlice(text, c))).toEqual([span]);
  });
});

describe("claims (rules-8)", () => {
  it.each([
    // Verbs of finding or inference make attributed claims, held by who found.
    ["The inspectors also found that the valves had been left open.", "the valves had been left open", "inspectors"],
    ["Sales fell 4% in May, the survey showed.", "Sales fell 4% in May", "survey"],
    // A sentence-final attribution may close with any kind of report or statement.
    [
      "The bridge was closed for 12 days, the Roads Agency said in an annual safety report on Monday.",
      "The bridge was closed for 12 days",
      "Roads Agency",
    ],
  ])("%s → %s held by %s", (text, span, holder) => {
    const all = suggest(text).filter((s) => s.label === "claim");
    const hit = all.find((s) => s.text === span);
    expect(hit, JSON.stringify(all)).toBeDefined();
    expect(hit!.attributes.voice).toBe("attributed");
    expect(String(hit!.attributes.holder).toLowerCase()).toContain(holder.toLowerCase());
  });
});

describe("claim holders (rules-9)", () => {
  it.each([
    // A document or an office speaks for its owner.
    [
      "The monitoring network Glacionet said on Wednesday that ice loss had doubled. Two heatwaves melted the ice, the network's annual report said.",
      "Two heatwaves melted the ice",
      "Glacionet",
    ],
    [
      "Researchers at the University of Innsbruck said the glaciers had shrunk. Their model shows that the region could lose half of its ice.",
      "the region could lose half of its ice",
      "Researchers at the University of Innsbruck",
    ],
    [
      "The Independent Electoral Commission met on Monday. The poll cost Sh42 million, according to its budget office.",
      "The poll cost Sh42 million",
      "Independent Electoral Commission",
    ],
    // A description set before a name is its apposition: the name holds the claim.
    ["Median rents rose 6% this year, listings site Rentwise said.", "Median rents rose 6% this year", "Rentwise"],
    // Hard characters: emoji, combining marks, CJK, line breaks; offsets stay code points.
    ["👍🏽 Rents in 東京 rose 6%,\nlistings site Cafe\u0301Rent said.".normalize("NFD"), "👍🏽 Rents in 東京 rose 6%", "CaféRent"],
  ])("%s → %s held by %s", (text, span, holder) => {
    // Stored text is NFC (lib/domain/text/text.ts normalizes it); the suggesters see that.
    const all = suggest(text.normalize("NFC")).filter((s) => s.label === "claim");
    const hit = all.find((s) => s.text === span.normalize("NFC"));
    expect(hit, JSON.stringify(all)).toBeDefined();
    expect(codePointSlice(text.normalize("NFC"), hit!)).toBe(span.normalize("NFC"));
    expect(hit!.attributes.holder).toBe(holder.normalize("NFC"));
  });

  it("keeps a person's office as written: 'the mayor's office' is not the mayor", () => {
    const all = suggest("Fares will not rise, the mayor's office said.").filter((s) => s.label === "claim");
    expect(all.map((c) => c.attributes.holder)).toEqual(["the mayor's office"]);
  });
});

describe("claim holders (rules-11)", () => {
  it.each([
    // "…, said <name>, <apposition>.": a sentence-final attribution with the verb first is the name's claim.
    [
      "The penalty appears to mark a shift in the regulator's approach, said Chiamaka Eze, a partner at a law firm.",
      "The penalty appears to mark a shift in the regulator's approach",
      "Chiamaka Eze",
    ],
    ["Rents rose 6% this year, said Ana Lima.", "Rents rose 6% this year", "Ana Lima"],
    // Hard characters: emoji, combining marks, CJK, line breaks; offsets stay code points.
    [
      "👍🏽 Rents in 東京 rose 6%,\nsaid Rene\u0301e Oosterhuis, a lawyer for the tenants.".normalize("NFD"),
      "👍🏽 Rents in 東京 rose 6%",
      "Renée Oosterhuis",
    ],
  ])("%s → %s held by %s", (text, span, holder) => {
    const all = suggest(text.normalize("NFC")).filter((s) => s.label === "claim");
    const hit = all.find((s) => s.text === span.normalize("NFC"));
    expect(hit, JSON.stringify(all)).toBeDefined();
    expect(codePointSlice(text.normalize("NFC"), hit!)).toBe(span.normalize("NFC"));
    expect(hit!.attributes.holder).toBe(holder.normalize("NFC"));
    expect(hit!.attributes.voice).toBe("attributed");
  });
});

describe("claim stance (rules-11)", () => {
  it.each([
    // A negation inside a condition sets when the claim holds; it does not deny it.
    [
      "Oosterhuis said payments could reach passengers by next spring if Spoorwerk did not appeal.",
      "payments could reach passengers by next spring if Spoorwerk did not appeal",
      "asserts",
    ],
    ["The union said a strike could begin unless the talks did not fail.", "a strike could begin unless the talks did not fail", "asserts"],
    ["The firm said it had not paid the fine.", "it had not paid the fine", "denies"],
    // Hard characters: emoji, combining marks, CJK, line breaks; offsets stay code points.
    [
      "👍🏽 Rene\u0301e said 東京 payments could\nrise if rates did not fall.".normalize("NFD"),
      "東京 payments could\nrise if rates did not fall",
      "asserts",
    ],
  ])("%s → %s (%s)", (text, span, stance) => {
    const all = suggest(text).filter((s) => s.label === "claim");
    const hit = all.find((s) => s.text === span);
    expect(hit, JSON.stringify(all)).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
    expect(hit!.attributes.stance).toBe(stance);
  });
});
