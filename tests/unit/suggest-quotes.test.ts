import { describe, expect, it } from "vitest";
import { codePointSlice, expectQuoteAtCodePoints, expectQuoteBy, find, suggest } from "./suggest-support";

describe("quote suggester", () => {
  it.each([
    ['"This is a game changer," said Jutta Paulus, the lawmaker.', "This is a game changer", "Jutta Paulus", "direct"],
    ["“We judged the cycle stronger,” Governor Kazuo Ueda told reporters.", "We judged the cycle stronger", "Kazuo Ueda", "direct"],
    ['Mayor Denise Alvarado said: "Nobody likes raising fares."', "Nobody likes raising fares.", "Denise Alvarado", "direct"],
    ["“He said ‘no’ twice,” said Ana Lima.", "He said ‘no’ twice", "Ana Lima", "direct"],
    ["Eurogas said the rules were unworkable for suppliers.", "the rules were unworkable for suppliers", "Eurogas", "indirect"],
    ["Takahide Kiuchi, an economist at Nomura, said that the hike was premature.", "the hike was premature", "Takahide Kiuchi", "indirect"],
    [
      "The government's spokesman, Yoshimasa Hayashi, said Tokyo was not considering intervention.",
      "Tokyo was not considering intervention",
      "Yoshimasa Hayashi",
      "indirect",
    ],
  ])("%s", (text, span, speaker, kind) => {
    const hit = find(suggest(text), "quote", span);
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "quote"))).toBeDefined();
    expect(hit!.attributes).toEqual({ speaker, kind });
  });

  it("follows a pronoun and a surname to the speaker named before", () => {
    const text = 'Ray Okafor said the plan was unfair. "We ask the least to pay the most," he said. Okafor said the vote would be close.';
    const list = suggest(text);
    expect(find(list, "quote", "We ask the least to pay the most")!.attributes.speaker).toBe("Ray Okafor");
    expect(find(list, "quote", "the vote would be close")!.attributes.speaker).toBe("Ray Okafor");
  });

  it("keeps a quotation across a line break, and splits one that runs on into the next paragraph", () => {
    const wrapped = '"Both relationships are\nimportant," said Morgan Ortagus.';
    expect(find(suggest(wrapped), "quote", "Both relationships are\nimportant")).toBeDefined();
    const runOn = '"First part of the quote.\n"Second part," said Kim Min-jun.';
    const list = suggest(runOn).filter((s) => s.label === "quote" && s.attributes.kind === "direct");
    expect(list.map((q) => q.text)).toEqual(["First part of the quote.", "Second part"]);
  });

  it.each([
    ['👍🏽 "We will act," said Kim Min-jun.', "We will act"],
    ['"Zoe\u0308 will act," said Kim Min-jun.'.normalize("NFC"), "Zoë will act"],
    ['"東京 will act," said Kim Min-jun.', "東京 will act"],
  ])("code-point offsets: %j", (text, span) => {
    const hit = find(suggest(text), "quote", span)!;
    expect(hit).toBeDefined();
    expect(codePointSlice(text, hit)).toBe(span);
  });
  it.each([
    // A role before a name, a title word, a parenthetical gloss and a time adverb are not the speaker.
    ['"We will not back down," union president Ana Ruiz told reporters.', "We will not back down", "Ana Ruiz"],
    ['"It is settled," Chief Judge Li Wen-hao (李文豪) wrote for the panel.', "It is settled", "Li Wen-hao"],
    ['"Rates stay put," Deputy Governor Omar Haddad said.', "Rates stay put", "Omar Haddad"],
    ['"It works," lead researcher Dr. Lena Vogt said.', "It works", "Lena Vogt"],
    ['"We are ready," the firm\'s rival Zentro said.', "We are ready", "Zentro"],
    // No reporting verb: the sentence's subject posted or wrote the words.
    ["Professor Mia Koval posted a photo with the caption “Snow day ☃️ again”.", "Snow day ☃️ again", "Mia Koval"],
    ['"This is big," said Ana Lima. Farmers cheered.', "This is big", "Ana Lima"],
  ])("speaker of %s", (text, span, speaker) => {
    const hit = find(suggest(text), "quote", span);
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "quote"))).toBeDefined();
    expect(hit!.attributes.speaker).toBe(speaker);
  });

  it.each([
    // "the union", "the company", "the central bank": the organisation named before.
    [
      "The Harbour Workers Federation called a strike. Port owner Kell Ltd. said it would appeal. The union said talks had failed.",
      "talks had failed",
      "Harbour Workers Federation",
    ],
    [
      "Norvik Foods Inc. recalled its soups on Monday. The company said no one had fallen ill.",
      "no one had fallen ill",
      "Norvik Foods Inc",
    ],
    ["The Bank of Ghana held its rate. The central bank said inflation had eased.", "inflation had eased", "Bank of Ghana"],
    // Family name first, hyphenated given name: the surname alone goes back to the full name.
    ["Park Ji-woo, the trade envoy, arrived in Oslo. Park said the deal was close.", "the deal was close", "Park Ji-woo"],
    // he/she is the last person named, it the last organisation.
    ["Dr. Sara Okoye led the study for Vellum Labs. She said the results were clear.", "the results were clear", "Sara Okoye"],
  ])("resolves the speaker in %s", (text, span, speaker) => {
    const hit = find(suggest(text), "quote", span);
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "quote"))).toBeDefined();
    expect(hit!.attributes).toEqual({ speaker, kind: "indirect" });
  });

  it.each([
    // Two that-clauses of one verb are one report (rules-5, as fresh3 and fresh4 annotate);
    // a coordinated verb; a second subject after "and".
    ["The board said that fees would rise, and that refunds would stop.", ["fees would rise, and that refunds would stop"], ["The board"]],
    ["Growers welcomed the rain but said it came too late.", ["it came too late"], ["Growers"]],
    [
      "Landlords warned that rents would climb, and the city's mayor Ivo Brandt said he had no plans to intervene.",
      ["rents would climb", "he had no plans to intervene"],
      ["Landlords", "Ivo Brandt"],
    ],
    ["Rivals said last Tuesday that the merger was unlawful.", ["the merger was unlawful"], ["Rivals"]],
    ["Ng Wai-man was quoted as saying the port would reopen soon.", ["the port would reopen soon"], ["Ng Wai-man"]],
    // Where or how it was said, then "that".
    [
      "Strategists at Nordbank said in a note to clients that the cut was priced in.",
      ["the cut was priced in"],
      ["Strategists at Nordbank"],
    ],
    ["The club said on its website that the goalkeeper had left.", ["the goalkeeper had left"], ["The club"]],
    ["Vera Holm said in an emailed statement the plan was sound.", ["the plan was sound"], ["Vera Holm"]],
  ])("indirect quotes in %s", (text, spans, speakers) => {
    const list = suggest(text).filter((s) => s.label === "quote");
    expect(list.map((q) => q.text)).toEqual(spans);
    expect(list.map((q) => q.attributes.speaker)).toEqual(speakers);
  });

  it.each([
    // Sentence-final attribution makes a claim, not an indirect quote.
    "Ferries were cancelled across the bay on Sunday, port officials said.",
    // An object, not a clause, after the verb; a place after "told reporters".
    "Velta Motors today announced a recall of 20,000 scooters sold in Europe and Asia.",
    '"We are tired," nurse Joy Ekpo told reporters outside the clinic, where dozens of staff waited in the rain.',
  ])("no indirect quote in %s", (text) => {
    expect(suggest(text).filter((s) => s.label === "quote" && s.attributes.kind === "indirect")).toEqual([]);
  });

  it.each([
    // "the coach", "the minister": the person the text gave that role.
    ['Their coach, Ines Duarte, was calm. "We go again," the coach said.', "We go again", "Ines Duarte"],
    ['Health Minister Kofi Mensah spoke first. "Clinics stay open," the minister said.', "Clinics stay open", "Kofi Mensah"],
    // A description before the name after an inverted verb.
    ['"It is a disgrace," said one, Paula Reis, 64.', "It is a disgrace", "Paula Reis"],
    // British style: single marks in a paragraph with no double ones; an apostrophe is not a mark.
    ["‘We see no cuts before the drivers’ pay rises,’ said Ann Lee.", "We see no cuts before the drivers’ pay rises", "Ann Lee"],
  ])("speaker from the text before: %s", (text, span, speaker) => {
    const hit = find(suggest(text), "quote", span);
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "quote"))).toBeDefined();
    expect(hit!.attributes).toEqual({ speaker, kind: "direct" });
  });

  it("gives 'it' the organisation, not a plural speaker", () => {
    const text =
      "Tenants said rents were too high. The housing office said in a statement that rents were fair. It added that no one would be evicted.";
    expect(find(suggest(text), "quote", "no one would be evicted")!.attributes.speaker).toBe("The housing office");
  });

  it("makes a quotation nested in another its own quote, spoken by whom the outer speaker quotes", () => {
    const text = "“The landlord told tenants ‘your rent is frozen’ and then raised it,” Judge Rita Falk wrote.";
    const list = suggest(text).filter((s) => s.label === "quote");
    expect(find(list, "quote", "The landlord told tenants ‘your rent is frozen’ and then raised it")!.attributes.speaker).toBe("Rita Falk");
    expect(find(list, "quote", "your rent is frozen")).toBeDefined();
    // Apostrophes are not quotation marks.
    expect(suggest("“The tenants’ rent isn’t frozen,” said Rita Falk.").filter((s) => s.label === "quote").length).toBe(1);
  });

  it.each([
    ["👍🏽 Union leader Ana Ruiz said that the strike would end.", "the strike would end", "Ana Ruiz"],
    ["Rene\u0301e Dubois said that the strike would end.".normalize("NFD"), "the strike would end", "Rene\u0301e Dubois".normalize("NFD")],
    ["東京 office chief Sato Ken-ichi said that the strike would end.", "the strike would end", "Sato Ken-ichi"],
    ["“We stay out,\nall of us,” union president Ana Ruiz said.", "We stay out,\nall of us", "Ana Ruiz"],
    ["‘We stay 🧑‍⚕️ out,’ union president Ana Ruiz said.", "We stay 🧑‍⚕️ out", "Ana Ruiz"],
    [
      "‘Nous resterons, e\u0301videmment,’ said Ana Ruiz.".normalize("NFD"),
      "Nous resterons, e\u0301videmment".normalize("NFD"),
      "Ana Ruiz",
    ],
    ["‘我们 stay out,’ said Ana Ruiz.", "我们 stay out", "Ana Ruiz"],
  ])("code-point offsets and speakers around emoji, combining marks, CJK and line breaks: %j", (text, span, speaker) => {
    const hit = find(suggest(text), "quote", span)!;
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "quote"))).toBeDefined();
    expect(codePointSlice(text, hit)).toBe(span);
    expect(hit.attributes.speaker).toBe(speaker);
  });
});

describe("quote speakers (rules-4)", () => {
  it.each([
    // A thousands separator inside an appositive is not a clause comma.
    ["Choi Eun-ha, a lawyer who represents 2,600 of the victims, said the verdict was final.", "the verdict was final", "Choi Eun-ha"],
    // A concessive clause opens a second report with its own subject.
    ["Lars Holm said that the rock may be a core, although he cautioned that the data were thin.", "the data were thin", "Lars Holm"],
    // "told" with a plural noun or a pronoun as its object, then "that".
    ["Finance chief Kenji Mori told analysts that the contract had slipped.", "the contract had slipped", "Kenji Mori"],
    ["Ana Ruiz told me that the strike was over.", "the strike was over", "Ana Ruiz"],
    // A place after "told reporters" before "that".
    [
      "His lawyer, Park Jae-hyun, told reporters outside the court that his client would appeal.",
      "his client would appeal",
      "Park Jae-hyun",
    ],
    // An affiliation after a name is not part of it, so "he" finds the person later.
    [
      "Lars Holm of Uppsala University said the signal was strong. Ingrid Sæther, the director, was pleased. Holm said the data were clear.",
      "the data were clear",
      "Lars Holm",
    ],
    // An acronym goes back to the name whose initials it is.
    ["The European Space Agency's probe reached orbit. ESA said the burn was clean.", "the burn was clean", "European Space Agency"],
    ["🇻🇳 The Vietnam Red Cross (VRC) arrived. VRC said 8,000 parcels had gone out.", "8,000 parcels had gone out", "Vietnam Red Cross"],
    // Not a person's initials.
    ["Ana Ruiz arrived. AR said the line was down.", "the line was down", "AR"],
  ])("%s", (text, span, speaker) => {
    const list = suggest(text).filter((s) => s.label === "quote");
    const hit = find(list, "quote", span);
    expect(hit, JSON.stringify(list)).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
    expect(hit!.attributes.speaker).toBe(speaker);
  });

  it.each([
    // Inside a quotation, only the quoted sentence the nested quote stands in gives its speaker.
    [
      "\"We are adding a line, and\nit will run next year. One dealer in Chennai told me, 'Send me anything.'\" President Haruka Ōtsuki said.",
      "Send me anything.",
      "dealer in Chennai", // rules-7: an unnamed speaker without its "one" (the gold convention)
    ],
    // A second verb of the clause shares its subject.
    [
      "\"The commune chairman came by at midnight and said, 'Take only your papers and go,' so we went,\" said Trần Thị Mai.",
      "Take only your papers and go",
      "The commune chairman",
    ],
    // A role first, the name in a later paragraph.
    [
      "“When the image came in, our principal investigator said, ‘That is an ingot,’ and honestly he has a point,” said Ingrid Sæther.\n\nThe principal investigator, Lars Holm of Uppsala University, told reporters that the spectrometer worked.",
      "That is an ingot",
      "Lars Holm",
    ],
    // No reporting verb: the agent who posted or wrote the words.
    [
      'A photo posted by Red Cross volunteer Phan Thu Hà, captioned "Day 3 in A Lưới, still raining 🌧️", was shared 25,000 times.',
      "Day 3 in A Lưới, still raining 🌧️",
      "Phan Thu Hà",
    ],
  ])("nested and unattributed: %j", (text, span, speaker) => {
    const list = suggest(text).filter((s) => s.label === "quote");
    const hit = find(list, "quote", span);
    expect(hit, JSON.stringify(list)).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
    expect(hit!.attributes.speaker).toBe(speaker);
  });

  it.each([
    // The subject of the sentence before, in the same paragraph, when it is a person.
    ["Ana Ruiz was defiant. “We will not give up 💪.”", "We will not give up 💪.", "Ana Ruiz"],
    // The one who speaks in the next sentence.
    ['"We will not give up." Ruiz said the fight would go on.', "We will not give up.", "Ruiz"],
    // A quote paragraph goes on from the quotation of the paragraph before.
    ['"We will act," said Ana Ruiz.\n\n"There is no other way. 東京 agrees."', "There is no other way. 東京 agrees.", "Ana Ruiz"],
    // An age describes the last person named; an acronym after "the"; an abbreviation inside a description.
    ['Tom Smith runs the firm. "We grew," the 62-year-old said.', "We grew", "Tom Smith"],
    ["The World Health Organization (WHO) met. “Cases fell,” the WHO said.", "Cases fell", "World Health Organization"],
    ['"No comment," a spokesperson for Apple Inc. said.', "No comment", "spokesperson for Apple Inc"], // rules-7: without its article
    // ", but warned that …" shares the subject before the quotation.
    [
      'The Rovers Supporters’ Trust said that the owners were "finally serious", but warned that prices had risen.',
      "finally serious",
      "Rovers Supporters’ Trust",
    ],
    // A quoted phrase after the reporter's own verb, though another speaker was quoted before in the paragraph.
    [
      'Lawmakers accused Ortega of "moral incapacity". Dina Ortega, 61, denied wrongdoing and called the vote "a coup 🙄".',
      "a coup 🙄",
      "Dina Ortega",
    ],
    // Ranks and descriptions before a name are not part of it.
    ['"The sea was rough," coast guard spokesman Rear Admiral Armand Balilo told AFP.', "The sea was rough", "Armand Balilo"],
    ["Survivor Maria Santos, 34, said the ferry tilted suddenly.", "the ferry tilted suddenly", "Maria Santos"],
    // A single capital before "He" ends a sentence ("a post on X. He added …").
    ['"We act," Marcos said in a post on X. He added that families would be paid.', "families would be paid", "Marcos"],
    // "according to" after a quotation; an age in the appositive; "it" with no one named yet.
    ['"We are ready," according to union leader Ana Ruiz.', "We are ready", "Ana Ruiz"],
    ['"We are ready," Ana Ruiz, 45, a nurse, told The Associated Press on Tuesday.', "We are ready", "Ana Ruiz"],
    ['The ministry issued a statement. "No visas will be revoked," it said.', "No visas will be revoked", "ministry"],
    // "the government" needs no antecedent: not the last organisation named.
    ["The Environment Agency 🌊 said bills would rise. The government said it would act.", "it would act", "government"],
    // ", and that B": a second clause of the same verb, though a verb of belief opens it.
    [
      "The company said orders were down 22%, and that it expected a loss of €340 million.",
      "orders were down 22%, and that it expected a loss of €340 million",
      "company",
    ],
  ])("speaker from around the sentence: %j", (text, span, speaker) => {
    const list = suggest(text).filter((s) => s.label === "quote");
    const hit = find(list, "quote", span);
    expect(hit, JSON.stringify(list)).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
    expect(String(hit!.attributes.speaker).replace(/^The /, "")).toBe(speaker);
  });

  it.each(['Prices rose. "This is bad."', "Prices rose.\n\n“This is bad.”"])("no speaker from a sentence about things: %j", (text) => {
    expect(suggest(text).find((s) => s.label === "quote")?.attributes.speaker).toBeUndefined();
  });

  it("a colon before a quotation does not make it an indirect quote", () => {
    const list = suggest('Mayor Ana Ruiz said: "We will act."').filter((s) => s.label === "quote");
    expect(list.map((q) => [q.text, q.attributes.kind])).toEqual([["We will act.", "direct"]]);
  });

  it.each([
    'JAXA built the camera, nicknamed ひばり (Hibari, "skylark"), at a cost of ¥9.8 billion.',
    'The probe, known as "Lyra", reached orbit on Tuesday.',
    "Japan removed Seoul from its so-called “whitelist” of trading partners.",
  ])("a name or gloss in quotation marks is not a quote: %s", (text) => {
    expect(suggest(text).filter((s) => s.label === "quote" && s.attributes.kind === "direct")).toEqual([]);
  });

  // rules-5
  it.each([
    // One report: "said A, and that B", "said that A, but that B".
    [
      "Denholm said a review would report by February, and that the race had been moved to May.",
      "a review would report by February, and that the race had been moved to May",
    ],
    [
      "The mission said that it had seen no fraud, but that it respected the court.",
      "it had seen no fraud, but that it respected the court",
    ],
    // A verb inside the complement ("had added") does not hide the next report (", but he denied").
    [
      'Minister Sanjay Patel said the race had added "pressure we did not need", but he denied that anyone was harmed.',
      'the race had added "pressure we did not need"',
    ],
    // An adverb between the verb and "that" is not reported.
    ["Holly Ashworth won and said afterwards that she had raised £12,500 for charity.", "she had raised £12,500 for charity"],
  ])("indirect quote boundaries: %s", (text, span) => {
    const list = suggest(text).filter((s) => s.label === "quote" && s.attributes.kind === "indirect");
    expect(list.map((q) => q.text)).toEqual([span]);
  });

  it.each([
    // An apostrophe between letters stays inside a nested quotation.
    ["\"A marshal was yelling, 'Walk, don't run!' and then I fell,\" he said.", "Walk, don't run!"],
    ["“A marshal yelled ‘Walk, don’t run!’ at me,” he said.", "Walk, don’t run!"],
  ])("nested quotation with an apostrophe: %s", (text, span) => {
    expect(find(suggest(text), "quote", span), JSON.stringify(suggest(text))).toBeDefined();
  });

  it("a quotation that is a whole parenthesis after another translates it", () => {
    const text = "Hundreds gathered, chanting “¡Respeten mi voto!” (“Respect my vote!”).";
    const quotes = suggest(text).filter((s) => s.label === "quote");
    expect(quotes.map((q) => q.text)).toEqual(["¡Respeten mi voto!"]);
  });

  it.each([
    ["👍🏽 Ana Ruiz said prices rose, and that 東京 costs fell.", "prices rose, and that 東京 costs fell"],
    ["Zoe\u0308 Ruiz said afterwards that it had\nrained.".normalize("NFC"), "it had\nrained"],
    ["“I said ‘don’t 🏃‍♀️ run!’ twice,” she said.", "don’t 🏃‍♀️ run!"],
  ])("code-point offsets (rules-5): %j", (text, span) => {
    const hit = find(suggest(text), "quote", span);
    expect(hit, JSON.stringify(suggest(text))).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
  });
});

describe("quotes and speakers (rules-6)", () => {
  it.each([
    // "telling X that": a participle of saying with an object and a phrase of time.
    [
      "Ana Ruiz dismissed the claims, telling a news conference after the speech that no such request had reached her desk.",
      "no such request had reached her desk",
      "Ana Ruiz",
    ],
    // "told the Vltava Times that": a name of several capitalised words is the object.
    ["Pavel Malý told the Vltava Times that the family had been shocked.", "the family had been shocked", "Pavel Malý"],
    ["Ana Ruiz told Radio Free Europe that the vote was rigged.", "the vote was rigged", "Ana Ruiz"],
    // A phrase set off by commas after the subject of the report does not hide its verb.
    [
      "Dr. Hélène Tremblay said a second trial, with 9,000 patients in 14 countries, would begin next spring.",
      "a second trial, with 9,000 patients in 14 countries, would begin next spring",
      "Hélène Tremblay",
    ],
  ])("%s → %s (%s)", (text, span, speaker) => {
    const hit = find(suggest(text), "quote", span);
    expect(hit, JSON.stringify(suggest(text))).toBeDefined();
    expect(hit!.attributes).toMatchObject({ kind: "indirect", speaker });
  });

  it("'X estimated that' is an attributed claim, not a quote", () => {
    const text = "Analysts at Northbridge Capital estimated that the drug could cost about C$2,800 a year.";
    const list = suggest(text);
    expect(list.filter((s) => s.label === "quote")).toEqual([]);
    expect(find(list, "claim", "the drug could cost about C$2,800 a year")?.attributes).toMatchObject({
      voice: "attributed",
      hedged: true,
    });
  });

  it.each([
    // The one heard saying a nested quotation, not the witness nor the outer speaker.
    [
      "Midfielder Tomáš Kořínek, 24, was remanded.\n“One witness heard him shouting, ‘Do you know who I am?’ before he kept hitting him,” prosecutor Lenka Svobodová said.",
      "Do you know who I am?",
      "Tomáš Kořínek",
    ],
    // A name set off by a participle phrase is the subject of the sentence before a quotation.
    [
      "Midfielder Tomáš Kořínek, 24, was remanded.\nKořínek, wearing a grey tracksuit, spoke only once. “I am sorry that a man is hurt.”",
      "I am sorry that a man is hurt.",
      "Tomáš Kořínek",
    ],
  ])("%s → %s (%s)", (text, span, speaker) => {
    const hit = find(suggest(text), "quote", span);
    expect(hit, JSON.stringify(suggest(text))).toBeDefined();
    expect(hit!.attributes).toMatchObject({ kind: "direct", speaker });
  });

  it.each([
    ["Prices 👍🏽 rose.\nAna Ruiz told the Vltava Times that 東京 rents fell.", "東京 rents fell", "Ana Ruiz"],
    ["Zoe\u0308 Ruiz, wearing red, spoke once. “We are\nsorry.”".normalize("NFC"), "We are\nsorry.", "Zoë Ruiz".normalize("NFC")],
  ])("code-point offsets (rules-6): %j", (text, span, speaker) => expectQuoteAtCodePoints(text, span, speaker));
});

describe("quotes and speakers (rules-7)", () => {
  it.each([
    // A paragraph that opens by naming a person: its "she" is that person, not a speaker of an earlier paragraph.
    [
      'Judge Víctor Arce Llosa wrote that the law was clear.\n\nThe rival, Ana Lucía Mamani of the Frente Sur, welcomed the decision. "We asked for nothing more," she told reporters.',
      "We asked for nothing more",
      "Ana Lucía Mamani",
    ],
    // A body named with "Jury", "Assembly", "Mission" is not a person, so "He" passes it by.
    [
      "The National Elections Jury annulled the vote. Rolando Ccori had led the count. He called the ruling “a coup in a robe”.",
      "a coup in a robe",
      "Rolando Ccori",
    ],
  ])("%s → %s (%s)", (text, span, speaker) => {
    const hit = find(suggest(text), "quote", span);
    expect(hit, JSON.stringify(suggest(text))).toBeDefined();
    expect(hit!.attributes.speaker).toBe(speaker);
  });

  it.each([
    // An unnamed speaker is the description without its article or "one".
    ["A spokesperson for Acme Corp. said the plant had closed.", "the plant had closed", "spokesperson for Acme Corp"],
    ["One witness said the car was red.", "the car was red", "witness"],
    // A name that starts with a capital word keeps it.
    ["A Coruña officials said the port had reopened.", "the port had reopened", "A Coruña officials"],
  ])("%s → %s (%s)", (text, span, speaker) => {
    const hit = find(suggest(text), "quote", span);
    expect(hit, JSON.stringify(suggest(text))).toBeDefined();
    expect(hit!.attributes.speaker).toBe(speaker);
  });

  it("a verb after a quotation and a conjunction reports its own complement", () => {
    const text = "Rolando Ccori lost. He called it “a coup” and said his supporters would “defend every vote”.";
    const hit = find(suggest(text), "quote", "his supporters would “defend every vote”");
    expect(hit, JSON.stringify(suggest(text))).toBeDefined();
    expect(hit!.attributes).toMatchObject({ kind: "indirect", speaker: "Rolando Ccori" });
    // '"…," the mayor said outside city hall': right after the quotation, the verb attributes it.
    const plain = '"We will rebuild," the mayor said outside city hall.';
    expect(suggest(plain).some((q) => q.label === "quote" && q.text.includes("outside city hall"))).toBe(false);
  });

  it("an irregular past verb ends the subject of a second verb of saying", () => {
    const text = "Aer Celtica flew the passengers on to Tokyo on Wednesday and said it would give each a €250 voucher.";
    const hit = find(suggest(text), "quote", "it would give each a €250 voucher");
    expect(hit, JSON.stringify(suggest(text))).toBeDefined();
    expect(hit!.attributes).toMatchObject({ kind: "indirect", speaker: "Aer Celtica" });
  });

  it.each([
    ["Lyle declined to say how many advertisers Pacewise worked with.", "how many advertisers Pacewise worked with"],
    ["The minister would not say whether the talks had failed.", "whether the talks had failed"],
    ["The company refused to comment and did not say when it would reopen.", "when it would reopen"],
  ])("%s: a refusal to speak is no quote (%s)", (text, not) => {
    const quotes = suggest(text).filter((s) => s.label === "quote");
    expect(
      quotes.some((q) => q.text.includes(not)),
      JSON.stringify(quotes),
    ).toBe(false);
  });

  it.each([
    ["Prices 👍🏽 rose.\n\nThe rival, Ana Mamani, welcomed it. “東京 is ours,” she said.", "東京 is ours", "Ana Mamani"],
    ["The Cafe\u0301 Jury met.\nRolando Ccori lost. He called it “a coup”.", "a coup", "Rolando Ccori"],
    ["👍🏽 Ana Mamani lost.\nShe called it “a coup” and said 東京 would “resist”.", "東京 would “resist”", "Ana Mamani"],
  ])("code-point offsets (rules-7): %j", (text, span, speaker) => expectQuoteAtCodePoints(text, span, speaker));
});

describe("quotes and speakers (rules-8)", () => {
  it.each([
    // Inverted attribution after a possessive description: the name after the comma.
    ["“Nobody has read our offer,” said its chief executive, Lena Varga.", "Nobody has read our offer", "Lena Varga"],
    ["“The pumps are fixed,” said Orlen's plant manager, Tomasz Wrona.", "The pumps are fixed", "Tomasz Wrona"],
    // A verb of naming introduces a scare quote; "what" opens the clause whose subject speaks.
    [
      "Ines Duarte sold the farm. Her uncle bought it in 1970 for what she called “a song and a handshake”.",
      "a song and a handshake",
      "Ines Duarte",
    ],
  ])("%s → %s by %s", (text, span, speaker) => expectQuoteBy(text, span, speaker));

  it.each([
    // A description of an organisation by what it does is the organisation named with those words.
    [
      "Chile's fisheries agency said catches of hake fell by a third last year. The figures came from the National Fisheries Service.",
      "catches of hake fell by a third last year",
      "National Fisheries Service",
    ],
    ["The Andean Water Authority met. Later the water authority said levels were low.", "levels were low", "Andean Water Authority"],
    // "it" after a name the text calls an organisation, not a group of people named since.
    [
      "Analysts at Ibex said demand would slow. The company, Halden Steel, said its mills were full. It added that prices would rise.",
      "prices would rise",
      "Halden Steel",
    ],
  ])("%s → %s by %s (a description resolved to a name)", (text, span, speaker) => expectQuoteBy(text, span, speaker));

  it.each([
    ["👍🏽 “We will appeal,” said its lawyer, Ana Pérez.", "We will appeal", "Ana Pérez"],
    ["Cafe\u0301 owners met. “Rents doubled,” said their spokesman, Luc Moreau.".normalize("NFD"), "Rents doubled", "Luc Moreau"],
    ["東京. “It is over,” said its director, Kenji Sato.", "It is over", "Kenji Sato"],
    ["It ended.\n“It is over,” said its director, Kenji Sato.", "It is over", "Kenji Sato"],
  ])("code-point offsets (rules-8): %j", (text, span, speaker) => expectQuoteAtCodePoints(text, span, speaker));
});

describe("quote speakers, rules-10 (fresh9 as a tuning set)", () => {
  it.each([
    // A participle's subject is its sentence's, not the dateline's place.
    [
      "BRASÍLIA, June 17 (Wire) - Brazil's central bank cut its rate on Wednesday, saying inflation had cooled faster than expected.",
      "inflation had cooled faster than expected",
      "Brazil's central bank",
    ],
    [
      "Prairie Northern Railway, which owns the line, said it had tested the track. It rejected suggestions of cost-cutting, saying the delays were caused by a shortage of vehicles.",
      "the delays were caused by a shortage of vehicles",
      "Prairie Northern Railway",
    ],
    // A statement the text mentioned speaks for its issuer.
    [
      "Acme Bank said in a statement that it had cut rates. “Inflation has eased,” the statement said. It added that cuts would continue.",
      "Inflation has eased",
      "Acme Bank",
    ],
    [
      "Acme Bank said in a statement that it had cut rates. “Inflation has eased,” the statement said. It added that cuts would continue.",
      "cuts would continue",
      "Acme Bank",
    ],
    // A possessive description is no name: the appositive name speaks.
    ["Keighley's MP, Sarah Lindqvist, said she would raise the figures.", "she would raise the figures", "Sarah Lindqvist"],
    // A relative clause with an amount between subject and verb is no age.
    ["Ivana Marković won. Marković, who also won €40,000, said she would buy a treadmill.", "she would buy a treadmill", "Ivana Marković"],
    // A pronoun after a quotation that opens its paragraph is the subject of the sentence before.
    [
      "Amrit Sandhu said waits were long.\n\nBrenda Holroyd, 71, has waited 14 months.\n\n“I sleep on the sofa now,” she said.",
      "I sleep on the sofa now",
      "Brenda Holroyd",
    ],
    [
      "Amrit Sandhu said waits were long.\n\nBritain's Holly Ashworth won the race. She later posted the caption “Never again”.",
      "Never again",
      "Holly Ashworth",
    ],
    // "it" is the organisation its paragraph is about, over sentences whose subject is already "it"/"its".
    [
      "The Financial Conduct Authority said it had asked banks to explain.\n\nThe timing is awkward. Corvane is preparing to raise debt, and Corvane expects growth. Its revenue grew 31%. Earlier this year, it said it would spend $60 billion.",
      "it would spend $60 billion",
      "Corvane",
    ],
    // A sentence-opening common noun is no antecedent.
    [
      "The museum said it was pleased. Conservation work will cost 380 million won, the museum said. It said it expects 2.5 million visitors.",
      "it expects 2.5 million visitors",
      "the museum",
    ],
    // A second verb after "and" shares the sentence's subject.
    [
      "The court annulled the vote. Rolando Ccori led the count. He called the ruling “a coup” and said his supporters would “defend every vote”.",
      "defend every vote",
      "Rolando Ccori",
    ],
    // A verb of how words are said introduces a nested quotation.
    ["Tom Reyes collapsed. “A marshal was yelling, ‘Walk, don't run!’ and then I fell,” he said.", "Walk, don't run!", "marshal"],
    // A capitalised preposition opening the sentence is no given name; "the union" is the name with "Unión".
    [
      "About 2,600 members of the Unión Portuaria walked out. Union leaders say jobs will go. On Instagram, the union posted a photo with the caption: “Día 17.”",
      "Día 17.",
      "Unión Portuaria",
    ],
    // A dateline is where and when, not who.
    ["LONDON (Wire) - Acme Corp said on Tuesday it would cut 500 jobs.", "it would cut 500 jobs", "Acme Corp"],
    [
      "SEOUL, June 3 (Wire) — Hanbit Semiconductor said its new line would open late.",
      "its new line would open late",
      "Hanbit Semiconductor",
    ],
    // A document set off with its author speaks for the author.
    ["The report, published by the World Bank on Monday, said growth would slow.", "growth would slow", "the World Bank"],
    // A title before a function word is the description itself.
    [
      "Officials at the agency, who spoke on condition of anonymity, said the probe was widening.",
      "the probe was widening",
      "Officials at the agency",
    ],
  ])("%s → %s by %s", (text, span, speaker) => expectQuoteBy(text, span, speaker));

  it.each([
    ["PARIS (Wire) - 👍🏽 Acme Corp said it would cut jobs.", "it would cut jobs", "Acme Corp"],
    ["👍🏽 Ana Ruiz spoke.\n\nBrenda Holroyd, 71, has waited.\n\n“I sleep on the sofa,” she said.", "I sleep on the sofa", "Brenda Holroyd"],
    ["Cafe\u0301 owners met. Keighley's MP, Sarah Lindqvist, said “rents doubled”.".normalize("NFD"), "rents doubled", "Sarah Lindqvist"],
    ["東京. Acme Bank said in a statement that it had cut rates. “It is over,” the statement said.", "It is over", "Acme Bank"],
    ["Tom Reyes fell.\n“A marshal was yelling, ‘Walk!’ and I fell,” he said.", "Walk!", "marshal"],
  ])("code-point offsets (rules-10): %j", (text, span, speaker) => expectQuoteAtCodePoints(text, span, speaker));
});

describe("quote suggester (rules-11)", () => {
  it.each([
    // A capital right after a number or a degree sign is a unit, not an initial: the sentence ends there.
    ["The water stays close to 2°C. Abyssal said in a statement that it regretted the decision.", "it regretted the decision", "Abyssal"],
    // A quotation that ended the sentence before is not the next verb's: the verb reports its own clause.
    [
      "“Calls rose to 14,000 last year.” Oosterhuis said payments could reach passengers by next spring.",
      "payments could reach passengers by next spring",
      "Oosterhuis",
    ],
    // A second verb after "but", past a quoted phrase, reports a clause of its own.
    [
      "A spokesperson, Joost Verbeek, conceded that the firm had “got the basics wrong” in 2024 but said it now encrypted every file.",
      "it now encrypted every file",
      "Joost Verbeek",
    ],
    // "told" + hearer + where or when + "that": the report starts after "that".
    [
      "Finance Minister Tor Haraldsen told the Storting's finance committee last Thursday that the government had no plans to change the rules.",
      "the government had no plans to change the rules",
      "Tor Haraldsen",
    ],
    [
      "Minister Vasant Deshmukh told the legislative council in Nagpur last month that the state would release funds.",
      "the state would release funds",
      "Vasant Deshmukh",
    ],
    [
      "District collector Ramesh Kulkarni told farmers' leaders last Tuesday that money would be paid soon.",
      "money would be paid soon",
      "Ramesh Kulkarni",
    ],
    // A quoted phrase inside a reported clause is the reporter's, whatever the sentences around it name.
    [
      "A spokesperson, Joost Verbeek, conceded that the firm had “got the basics wrong” in 2024. Several users complained of delays.",
      "got the basics wrong",
      "Joost Verbeek",
    ],
    // A pronoun after a sentence-final "said <name>, <apposition>" is that name.
    [
      "Governor Yusuf Dantata spoke on Monday.\n\nThe penalty marks a shift, said Chiamaka Eze, a partner at a law firm. “Growth is no excuse,” she said.",
      "Growth is no excuse",
      "Chiamaka Eze",
    ],
    // A chant: "they" after a verb of how words are said is the group the sentence before opens with, without its count.
    ["About 3,000 farmers marched to the office. “Pay up!” they chanted.", "Pay up!", "farmers"],
    ["Hundreds of residents gathered outside. “Shame!” they shouted.", "Shame!", "residents"],
    // "said the <Name>": the name after "the" (its "of" parts kept), not the last speaker.
    [
      "A spokeswoman for the ministry spoke. “We welcome the decision,” said the Korean Medical Association in a statement.",
      "We welcome the decision",
      "Korean Medical Association",
    ],
    ["“It is late,” said the Central Bank of Nigeria.", "It is late", "Central Bank of Nigeria"],
    // A role in lower case between the verb and the name is no part of the name.
    ["Ines Duarte spoke first. “Prices will keep rising,” warned chief economist Raj Patel.", "Prices will keep rising", "Raj Patel"],
    ["Ines Duarte spoke first. “Go home,” said union leader Ana Ruiz.", "Go home", "Ana Ruiz"],
    // "he" after a quotation opening its sentence: the subject of the sentence before, a surname
    // resolved to the full name the text gave, not the speaker quoted in the paragraph before.
    [
      "Kenya's finance minister, John Mbadi, presented the budget. Opposition leader Kalonzo Musyoka criticised it.\n\n“This budget punishes the poor,” Musyoka said.\n\nMbadi rejected the criticism. “We have protected the most vulnerable,” he told parliament.",
      "We have protected the most vulnerable",
      "John Mbadi",
    ],
    // A month before a verb of finding is a date, not a reporter: "It" stays the bank.
    [
      "The Central Bank of Nigeria said in a letter to the company, seen by Savanna Wire, that an inspection between March and May had found 1.3 million accounts. It said the fine had been set at ₦3,200 for each account.",
      "the fine had been set at ₦3,200 for each account",
      "The Central Bank of Nigeria",
    ],
    // An aside on the document ("seen by …") between the phrase of where and "that".
    [
      "The Central Bank of Nigeria said in a letter to the company, seen by Savanna Wire, that an inspection had found 1.3 million accounts.",
      "an inspection had found 1.3 million accounts",
      "The Central Bank of Nigeria",
    ],
    // "the prime minister": the person the text titled "Prime Minister", each word of the role capitalised.
    [
      "Prime Minister Pedro Sánchez met union leaders. Labour Minister Yolanda Díaz joined them. “We have a deal,” the prime minister said.",
      "We have a deal",
      "Pedro Sánchez",
    ],
    // A full quoted sentence introduced with a colon is its introducer's, not the next sentence's subject's.
    [
      "A Brightstone spokesperson added: “We have frozen rents.” Ana Lima said the rents were high.",
      "We have frozen rents.",
      "Brightstone spokesperson",
    ],
    // An unnamed speaker drops its article before a name and a role: "An IMF official" → "IMF official".
    ["An IMF official said: “We agree.”", "We agree.", "IMF official"],
    // "told local media", "told state media": a hearer with its adjective, then the report without "that".
    ["Witnesses told local media they had heard gunshots.", "they had heard gunshots", "Witnesses"],
    // A leading adverbial's names ("In an interview with El País,") are not the paragraph's subject.
    [
      "Sánchez said the deal was fair.\n\nIn an interview with El País, the opposition leader, Alberto Núñez Feijóo, called the deal “a surrender”. He said his party would vote against it.",
      "his party would vote against it",
      "Alberto Núñez Feijóo",
    ],
  ])("%s → %s by %s", (text, span, speaker) => expectQuoteBy(text, span, speaker));

  it.each([
    // "complained of", "warned about": a noun phrase after a preposition is no reported clause.
    ["Several users complained of failed withdrawals on Wednesday evening.", "of failed withdrawals on Wednesday evening"],
    ["Residents warned about long delays at the border crossing.", "about long delays at the border crossing"],
    // A gloss in parentheses after a quotation's attribution translates it: no quote.
    ["About 3,000 farmers marched. “विमा द्या!” they chanted (“Pay up!”).", "Pay up!"],
  ])("no quote: %s", (text, span) => {
    expect(find(suggest(text), "quote", span)).toBeUndefined();
  });

  it("keeps 'said about 85,000 spectators …' a report: 'about' before a number approximates it", () => {
    expectQuoteBy(
      "Race director Dario Kos said about 85,000 spectators lined the course.",
      "about 85,000 spectators lined the course",
      "Dario Kos",
    );
  });

  it.each([
    // Hard characters: emoji, combining marks (NFD), CJK and line breaks; offsets are code points.
    ["👍🏽 It stays at 2°C. Abyssal said in a statement that it regretted the decision.", "it regretted the decision", "Abyssal"],
    [
      "Rene\u0301e told the 東京 committee last Thursday that the fund had no plans to sell.".normalize("NFD"),
      "the fund had no plans to sell",
      "Rene\u0301e".normalize("NFD"),
    ],
    ["🚆 About 3,000 farmers marched to 東京.\n“विमा द्या!” they chanted (“Pay up!”).", "विमा द्या!", "farmers"],
    [
      "Joost Verbeek conceded that the firm had “got it 😩 wrong”\nin 2024 but said it now encrypted every file.",
      "got it 😩 wrong",
      "Joost Verbeek",
    ],
    [
      "“Calls rose 東京.” Cafe\u0301 Ltd said payments could reach passengers soon.".normalize("NFD"),
      "payments could reach passengers soon",
      "Cafe\u0301 Ltd".normalize("NFD"),
    ],
    [
      "👍🏽 Ana spoke.\n“東京 is late,” said the Bank of Cafe\u0301s.".normalize("NFD"),
      "東京 is late",
      "Bank of Cafe\u0301s".normalize("NFD"),
    ],
    [
      "Ines spoke.\n“東京 rises 📈,” said chief economist Rene\u0301e Patel.".normalize("NFD"),
      "東京 rises 📈",
      "Rene\u0301e Patel".normalize("NFD"),
    ],
    [
      "Ana spoke.\n\nIn an interview with El Pai\u0301s 📺, the leader, Alberto Feijo\u0301o, called it “a 東京 surrender”. He said his party would vote no.".normalize(
        "NFD",
      ),
      "his party would vote no",
      "Alberto Feijo\u0301o".normalize("NFD"),
    ],
    [
      "The minister, Jose\u0301 Mbadi 🇰🇪, spoke. Kalonzo Musyoka objected.\n\n“No,” Musyoka said.\n\nMbadi disagreed. “東京 is fine,” he said.".normalize(
        "NFD",
      ),
      "東京 is fine",
      "Jose\u0301 Mbadi".normalize("NFD"),
    ],
    [
      "👍🏽 The bank said in a letter,\nseen by 東京 Wire, that an audit between March and May had found errors. It said Rene\u0301e was fined.".normalize(
        "NFD",
      ),
      "Rene\u0301e was fined".normalize("NFD"),
      "The bank",
    ],
    [
      "👍🏽 Rents rose.\nA 東京 spokesperson added: “We froze rents.” Rene\u0301e Lima said rents were high.".normalize("NFD"),
      "We froze rents.",
      "東京 spokesperson",
    ],
    [
      "👍🏽 Prime Minister Pedro Sa\u0301nchez met 東京 envoys.\nLabour Minister Yolanda Díaz joined. “We have a deal,” the prime minister said.".normalize(
        "NFD",
      ),
      "We have a deal",
      "Pedro Sa\u0301nchez".normalize("NFD"),
    ],
  ])("code-point offsets (rules-11): %j", (text, span, speaker) => expectQuoteAtCodePoints(text, span, speaker));
});
