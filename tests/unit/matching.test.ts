// The matcher (lib/domain/matching) on hand-made sentences in wording of our own: analysis,
// the evidence and its reasons, stance suggestion, the learning model, ranking and clustering.
// It uses the real lexicon built at postinstall (generated/lexicon).
import { describe, expect, it } from "vitest";
import { loadLexicon } from "@/lib/server/matching/lexicon";
import { analyzeText } from "@/lib/domain/matching/analyze";
import { pairEvidence, FEATURE_NAMES } from "@/lib/domain/matching/features";
import { suggestStance } from "@/lib/domain/matching/stance";
import { PRIOR_MODEL, scoreFeatures, trainModel } from "@/lib/domain/matching/model";
import { buildMatchIndex, rankAgainst } from "@/lib/domain/matching/ranker";
import { clusterClaims, neutralDraft } from "@/lib/domain/matching/cluster";

const lexicon = loadLexicon();
const a = (text: string) => analyzeText(text, lexicon);
const reasons = (x: string, y: string) => pairEvidence({ analysis: a(x) }, { analysis: a(y) }).reasons;

describe("analysis", () => {
  it("finds entities (phrases, capitals, nationality adjectives), figures and cues", () => {
    const t = a("Seoul said the Japanese curbs of July 2019 were not payback, and South Korea saw them as punishment");
    expect(t.entities.map((e) => e.lemma)).toEqual(expect.arrayContaining(["seoul", "south korea", "japanese"]));
    expect([...t.numbers].some((n) => n.includes("2019"))).toBe(true);
    expect(t.negation).toBe("not");
    expect(t.framing).toBe("saw");
  });

  it("keeps a capitalised first word that English knows as a word, and as a possible name", () => {
    const t = a("Shoppers in Seoul shunned Japanese beer. Lax checks followed");
    expect(t.terms.find((x) => x.lemma === "shopper")?.entity).toBe(false);
    expect(t.terms.find((x) => x.lemma === "lax")?.entity).toBe(false);
    expect(t.entities.map((e) => e.lemma)).toEqual(expect.arrayContaining(["shoppers", "seoul", "japanese"]));
    // A name the lexicon does not know stays a name only.
    expect(a("Müller met officials").terms.find((x) => x.lemma === "müller")?.entity).toBe(true);
  });

  it("reads dotted abbreviations as WordNet writes them", () => {
    expect(a("the U.S. was disappointed").entities.map((e) => e.lemma)).toContain("us");
  });

  it("reads denial verbs and hedges", () => {
    expect(a("Tokyo denied that the rules were meant to penalize Seoul").negation).toBe("denied");
    expect(a("in an apparent act of revenge").hedge).toBe("apparent");
    expect(a("Tokyo maintains that the accord settled the matter").framing).toBeNull();
  });
});

describe("evidence and its reasons", () => {
  it.each([
    ["synonym from WordNet", "the curbs were payback", "the curbs were retribution", /^synonym: payback ≈ retribution$/],
    ["a capital is its country", "Seoul protested", "South Korea protested", /^same entities: Seoul$/],
    ["a nationality adjective is its country", "the Korean court ruled", "South Korea's court ruled", /^same entities: Korean$/],
    ["a dotted abbreviation is its country", "the U.S. backed Japan", "the United States backed Japan", /^same entities: .*U\.S\./],
    ["a short name ends the long one", "the Korean court ruled", "the South Korean court ruled", /^same entities: Korean$/],
    [
      "a first word meets its synonym",
      "Shoppers shunned the goods",
      "consumers shunned the goods",
      /^(synonym|similar): Shoppers [≈~] consumers$/,
    ],
    ["same figures", "the 1965 treaty closed the matter", "the 1965 deal ended it", /^same dates or figures: 1965$/],
    [
      "near words by vector",
      "Japan imposed curbs on exports",
      "Japan imposed restrictions on exports",
      /^(similar|synonym): curbs [~≈] restrictions$/,
    ],
  ])("%s", (_, x, y, expected) => {
    expect(reasons(x, y)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  // What a text is about, apart from who says it and how: cue words weigh little, the verb that
  // frames an infinitive weighs little, figures are anchors (compared as entities), and nouns or
  // verbs on wink's stop list ("side", "move") are content.
  const weightOf = (text: string, lemma: string) => a(text).terms.find((t) => t.lemma === lemma)?.weight ?? null;
  it.each([
    ["reporting verb", "The coach insisted the referee was biased", "insist", "referee"],
    ["framing verb", "The fans accused the referee of bias", "accuse", "referee"],
    ["attribution noun", "Officials at the zoo moved the tigers", "official", "tiger"],
    ["verb framing an infinitive", "The board decided to close the factory", "decide", "factory"],
  ])("%s weighs less than the content (%s)", (_, text, cue, content) => {
    expect(weightOf(text, cue)).not.toBeNull();
    expect(weightOf(text, cue)!).toBeLessThan(0.3 * weightOf(text, content)!);
  });

  it("keeps the full weight of a verb with an infinitive that is not a control verb", () => {
    const text = "Farmers were forced to sell the land";
    expect(weightOf(text, "force")).toBe(lexicon.weight("force"));
  });

  it.each([
    ["The rivals agreed a long-term truce", "long-term"],
    ["The two gangs traded tit-for-tat attacks", "tit for tat"],
    ["A cease-fire held overnight", "cease-fire"],
  ])("reads a hyphenated compound the lexicon knows as one word: %s", (text, lemma) => {
    expect(a(text).lemmas.has(lemma)).toBe(true);
  });

  it.each([
    ["The club pulled out of the league", "pull out"],
    ["The hikers walked away from the camp", "walk away"],
    ["Voters lined up behind the mayor", "line up"],
  ])("reads an inflected phrasal verb as WordNet lists it: %s", (text, lemma) => {
    expect(a(text).lemmas.has(lemma)).toBe(true);
  });

  it("keeps the parts of a hyphenated compound the lexicon does not know", () => {
    expect([...a("The river-bank path flooded").lemmas]).toEqual(expect.arrayContaining(["river", "bank"]));
  });

  it("keeps a stop-listed noun or verb as content, and a figure as an anchor", () => {
    const t = a("The mayor took the tenants' side in the 1998 rent strike");
    expect(t.lemmas.has("side")).toBe(true);
    expect(t.terms.find((x) => x.lemma === "1998")?.entity).toBe(true);
    expect(t.lemmas.has("the")).toBe(false);
  });

  it("does not let a shared year make a short statement's content", () => {
    const statement = { analysis: a("The mayor backed the strike in 1998") };
    const same = pairEvidence({ analysis: a("In 1998 the city's mayor supported the strikers") }, statement).features;
    const year = pairEvidence({ analysis: a("The bakery opened in 1998") }, statement).features;
    const lexical = FEATURE_NAMES.indexOf("lexical");
    expect(year[lexical]).toBe(0);
    expect(scoreFeatures(same, PRIOR_MODEL)).toBeGreaterThan(scoreFeatures(year, PRIOR_MODEL));
  });

  it("counts a shared WordNet concept half when the word vectors do not bear it out (a rare sense)", () => {
    // "attitude" and "pose" share WordNet's posture concept, but in news they rarely mean it.
    const synonym = FEATURE_NAMES.indexOf("synonym");
    const rare = pairEvidence({ analysis: a("the striker's attitude") }, { analysis: a("the striker posed") }).features[synonym]!;
    const kin = pairEvidence({ analysis: a("the striker's stance") }, { analysis: a("the striker's attitude") }).features[synonym]!;
    expect(rare).toBeGreaterThan(0);
    expect(rare).toBeLessThan(kin);
  });

  it("does not take words that merely share contexts for kin (asked ~ given: cosine 0.66)", () => {
    expect(reasons("the ministry asked for a list", "the ministry was given a list").join(" | ")).not.toMatch(/asked [~≈] given/);
  });

  it("does not count a capitalised first word's match with a name twice, as a synonym and as an entity", () => {
    const r = reasons("Seoul protested the ruling", "The ruling angered South Korea");
    expect(r).toContain("same entities: Seoul");
    expect(r.join(" | ")).not.toMatch(/synonym: Seoul/);
  });

  it("does not take two long names that end alike for one", () => {
    expect(reasons("Müller and the North Korean envoy met", "Müller and the South Korean envoy met")).toContain("same entities: Müller");
  });

  it("names an entity once, as an entity, and lists entities in the same order either way round", () => {
    const x = "Japan tightened export rules on South Korea’s chipmakers 🇯🇵";
    const y = "South Korea protested after Japan tightened the rules";
    for (const r of [reasons(x, y), reasons(y, x)]) {
      expect(r).toContain("same entities: Japan, South Korea");
      expect(r.join(" | ")).not.toMatch(/same words: [^|]*\bJapan\b/);
    }
  });

  it("has one feature per name, each in [0, 1]", () => {
    const { features } = pairEvidence(
      { analysis: a("Japan punished Korea for the verdicts"), holder: "Yonhap" },
      { analysis: a("Tokyo took revenge on Seoul over the rulings"), holder: "yonhap" },
    );
    expect(features).toHaveLength(FEATURE_NAMES.length);
    for (const f of features) {
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThanOrEqual(1);
    }
    expect(features[FEATURE_NAMES.indexOf("holder")]).toBe(1);
  });

  it("scores a paraphrase above an unrelated sentence of the same story", () => {
    const statement = { analysis: a("Japan's export curbs were revenge for the court rulings") };
    const para = scoreFeatures(
      pairEvidence({ analysis: a("Tokyo's trade restrictions were payback for the judges' verdicts") }, statement).features,
      PRIOR_MODEL,
    );
    const other = scoreFeatures(
      pairEvidence({ analysis: a("The yen strengthened against the won on Monday") }, statement).features,
      PRIOR_MODEL,
    );
    expect(para).toBeGreaterThan(other);
  });
});

describe("stance suggestion", () => {
  const statement = a("The export controls were retaliation for the court rulings");
  it.each([
    ["the export controls were retaliation, officials said", "supports", /^states it/],
    ["the controls were not a retaliatory measure", "refutes", /negation: "not"/],
    ["Tokyo denied that the controls were retaliation", "refutes", /negation: "denied"/],
    ["Seoul saw the moves as retribution", "reports", /framing: "saw"/],
    ["critics accused Tokyo of retaliation", "reports", /framing: "accused"/],
    ["the curbs were apparent retaliation", "supports", /hedged \("apparent"\)/],
  ])("%s → %s", (claim, stance, reason) => {
    const s = suggestStance(a(claim), statement);
    expect(s.stance).toBe(stance);
    expect(s.reason).toMatch(reason);
  });

  // Negation scope, implicative and phrasal verbs, dismissive predicates, framing "X as Y" and
  // complaint verbs, aspect (goes on / ends): each in sentences of our own, about other topics.
  it.each([
    ["The union urged members not to ratify the contract", "The union members ratified the contract", "supports"],
    ["Parents were asked never to park by the school gate", "Parents park by the school gate", "supports"],
    ["The council decided not to close the library", "The council closed the library", "refutes"],
    ["The mayor failed to approve the budget", "The mayor approved the budget", "refutes"],
    ["The senator declined to endorse the bill", "The senator endorsed the bill", "refutes"],
    ["The club held off on signing the striker", "The club signed the striker", "refutes"],
    ["The ministry called reports of a fuel shortage baseless", "There was a fuel shortage", "refutes"],
    ["Doctors said the rumours about the vaccine were untrue", "The vaccine caused the illness", "refutes"],
    ["Farmers regard the new tariff as an attack on their income", "The tariff hurts farmers' income", "reports"],
    ["Many residents view the tower as an eyesore", "The tower is ugly", "reports"],
    ["Tenants grumbled that the landlord had raised the rent", "The landlord raised the rent", "reports"],
    ["The landlord's accusations of unpaid rent angered the tenants", "The tenants owed rent", "reports"],
    ["The airline said the route would stay open through winter", "The airline ended the route", "refutes"],
    ["The regulator let the licence remain valid", "The regulator revoked the licence", "refutes"],
    ["The airline scrapped the route in March", "The route would continue", "refutes"],
    ["The airline scrapped the route in March", "The airline ended the route", "supports"],
    ["Everyone saw the merger as a rescue", "The merger was a rescue", "reports"],
    // Negation scope by clause: a negation about something else does not deny the statement.
    ["The council closed the library, though it did not announce the date", "The council closed the library", "supports"],
    ["The mayor raised taxes, but voters were not surprised", "The mayor raised taxes", "supports"],
    ["The council closed the library, but it did not close the pool", "The council closed the pool", "refutes"],
    ["Officials said the hospital never shut its doors", "The hospital closed", "refutes"],
    // Fourth pass: doubt and dismissive predicates deny; a continuative verb negated is an ending;
    // a negator in a slogan's name negates nothing; points of view, grievances, unproven
    // allegations and reports of reports are told, not stated.
    ["Economists doubt that the tax cut will raise revenue", "The tax cut will raise revenue", "refutes"],
    ["Retailers said fears of a slump were overblown", "Shoppers stopped spending in a slump", "refutes"],
    ["Reports that the banks would merge were premature, a spokesman said", "The banks merged", "refutes"],
    ["The court held that the tenants' right to compensation survived the sale", "The sale settled all the tenants' claims", "refutes"],
    ["The city announced it would not renew the lease", "The city decided to end the lease", "supports"],
    ["The 'No Parking' signs kept drivers away from the square", "Drivers avoided the square", "supports"],
    ["Commentators widely read the merger as a rescue", "The merger was a rescue", "reports"],
    ["Nurses voiced frustration that the hospital had cut their hours", "The hospital cut the nurses' hours", "reports"],
    ["As far as the club was concerned, the transfer was complete", "The transfer was complete", "reports"],
    ["In the union's view, the strike was a success", "The strike was a success", "reports"],
    ["The senator claimed, without offering evidence, that the count was rigged", "The count was rigged", "reports"],
    ["The minister said the mayor had informed him that the plant would close", "The plant would close", "reports"],
    ["A radio station broadcast a report saying the plant would close", "The plant would close", "reports"],
    ["Weak seals may have caused the leak, a think tank suggested", "Weak seals caused the leak", "supports"],
    ["The fans' anger at the referee was plain", "The referee angered the fans", "supports"],
    // A reporting verb ("arguing" ~ "dispute") does not make its clause the one about the statement.
    [
      "The Dutch were not in Germany's camp, a diplomat insisted, arguing that both partners shared the blame",
      "The Netherlands took Germany's side in the dispute",
      "refutes",
    ],
    ["Paris imposed the tariffs in retaliation, though Paris did not say so", "France imposed the tariffs in retaliation", "supports"],
    // Fifth pass: negative pronouns; dismissive nouns; a negated counterfactual affirms; a
    // concessive under a modal denies a link; "refuse" + noun is no denial; a negative quantifier
    // on a continuative verb is an ending; "leave X intact" goes on; a trailing participle shares
    // its clause's scope; accusing, claiming and belief verbs, "according to … reported" and
    // "quoted … as saying" are reports; a bare negation inside what is framed is the holder's.
    ["The club insisted that nobody was reconsidering the coach's contract", "The club decided to end the coach's contract", "refutes"],
    ["It is a myth that the referee favoured the home side", "The referee favoured the home side", "refutes"],
    ["The union was inventing a staffing pretext to hide a pay dispute", "Short staffing put patients at risk", "refutes"],
    ["The strike was a pretext for a pay rise", "The union wanted a pay rise", "supports"],
    [
      "Had the storm not flooded the tunnel, the city would never have closed the line, an engineer admitted",
      "The city closed the line because the storm flooded the tunnel",
      "supports",
    ],
    [
      "The mayor insisted the bridge tolls would have been raised whatever the council had voted",
      "The bridge tolls were raised because of the council's vote",
      "refutes",
    ],
    ["The bakery said its prices would rise whatever happens", "The bakery raised its prices", "supports"],
    ["The board contends that whatever the staff were owed was paid in full", "The staff were paid what they were owed", "supports"],
    ["Shoppers were refusing anything made by the brand", "Shoppers shunned the brand", "supports"],
    ["The referee refused to award the penalty", "The referee awarded the penalty", "refutes"],
    ["The club's view is that no claim dating from the old lease survived the sale", "The sale settled all claims", "supports"],
    ["The city chose not to extend the lease on the depot", "The city decided to end the lease", "supports"],
    ["The ruling did not extend to buildings put up before 1990", "The ruling settled every building's status", "refutes"],
    ["The court found that the sale left intact the tenants' right to sue", "The sale settled all the tenants' claims", "refutes"],
    ["Judges kept an even hand between the two firms, favouring neither", "The judges took the larger firm's side", "refutes"],
    ["Rival bakers charged that the council had rigged the tender", "The council rigged the tender", "reports"],
    ["Parents suspected the school of hiding the test results", "The school hid the test results", "reports"],
    ["Several fans claimed the match had been fixed by the owners", "The match was fixed", "reports"],
    ["Most economists surveyed believed the tax cut was a giveaway to donors", "The tax cut was a giveaway", "reports"],
    ["According to the union, the talks had collapsed, the paper reported", "The talks collapsed", "reports"],
    ["The paper quoted club officials as saying the stadium deal had been signed", "The stadium deal was signed", "reports"],
    ["Tenants protested that the landlord had put them among tenants he does not trust", "The landlord distrusted the tenants", "reports"],
    [
      "The landlord would not raise the rent, his agent claimed, describing the letter as a draft",
      "The landlord raised the rent",
      "refutes",
    ],
    // Double negations and litotes affirm; negated prevention or hiding affirms what it would have
    // stopped; dismissive phrasal verbs and link-denying predicates deny; criticism is reported.
    ["There is no denying that the coach favoured his nephew", "The coach favoured his nephew", "supports"],
    ["The club did not dispute that the coach favoured his nephew", "The coach favoured his nephew", "supports"],
    ["It was no coincidence that the fares rose after the merger", "The fares rose because of the merger", "supports"],
    ["The mayor made no secret of his support for the stadium", "The mayor backed the stadium", "supports"],
    ["The price rise was nothing but a grab for profit", "The price rise was a grab for profit", "supports"],
    ["The inspectors did not prevent the waste from reaching the river", "Lax inspection put the river at risk", "supports"],
    ["The inspectors failed to block the dumping of waste", "Waste was dumped in the river", "supports"],
    ["The senator did not hide his sympathy for the strikers", "The senator sided with the strikers", "supports"],
    ["The guards did not prevent the escape", "The guards prevented the escape", "refutes"],
    ["Shoppers did not stop buying the brand", "Shoppers shunned the brand", "refutes"],
    ["The league ruled out a replay of the match", "The league ordered a replay of the match", "refutes"],
    ["The minister played down any link between the fire and the budget cuts", "The budget cuts caused the fire", "refutes"],
    ["The timing of the layoffs was coincidental, the firm said", "The layoffs followed the merger", "refutes"],
    ["An unrelated survey found the layoffs hurt morale", "The layoffs hurt morale", "supports"],
    // Eleventh pass: "questioned whether" voices a doubt, someone's view (reports), as the fresh5
    // and fresh8 reviewers marked it; "doubted that" still denies.
    ["Auditors questioned whether the charity had spent the grant on meals", "The charity spent the grant on meals", "reports"],
    ["Auditors doubted that the charity had spent the grant on meals", "The charity spent the grant on meals", "refutes"],
    ["Parents denounced the school's closure as a cost-cutting move", "The school closed to cut costs", "reports"],
    ["Residents criticised the council for selling the park to developers", "The council sold the park to developers", "reports"],
    // "not … without" cancels; an exclusive that gives another reason or nature denies a statement
    // that gives a reason, not one that gives none, nor when the focus is the statement's reason;
    // a closing attribution frames even when the tagger reads it as an adjective.
    ["The mill would not have closed without the new tax", "The mill closed because of the new tax", "supports"],
    ["The fare rise was purely about fuel costs, the operator said", "The fare rise was revenge for the strike", "refutes"],
    ["The fare rise was simply a matter of fuel costs", "The fare rise was punishment for the strike", "refutes"],
    ["The operator raised fares solely to punish the strikers for the walkout", "The fare rise was revenge for the walkout", "supports"],
    ["The new fares covered only three routes", "The fare rise was revenge for the strike", "supports"],
    ["Going to court was only one option, the union said", "The union sued the operator", "supports"],
    ["The guards did not prevent the looting, the mayor alleged", "Lax guards put the shops at risk", "reports"],
    ["The referee favoured the home side, rival fans charged", "The referee favoured the home side", "reports"],
    ["Fans voiced the suspicion that the referee had been bribed", "The referee was bribed", "reports"],
    ["The union's claim that the mill was closed to punish it went unanswered", "The mill was closed to punish the union", "reports"],
    ["In the eyes of many fans, the referee favoured the home side", "The referee favoured the home side", "reports"],
    ["The miners' claims for compensation were settled in 1990", "The miners were compensated", "supports"],
    // A weak negator cancels a denial; "no longer" is an ending; "has yet to" negates; hearsay
    // passives report; a word met again in a later clause counts there too.
    ["Few in the village doubted that the mill was closed to punish the union", "The mill was closed to punish the union", "supports"],
    ["Hardly anyone disputed that the dam had failed", "The dam failed", "supports"],
    ["Tenants would no longer enjoy rent protection", "The city removed rent protection", "supports"],
    ["The club could no longer count on its sponsor", "The sponsor ended its deal with the club", "supports"],
    ["No more than ten tenants stayed", "The tenants left", "supports"],
    ["The union has yet to file its appeal", "The union filed an appeal", "refutes"],
    ["The striker is said to have signed for the rival club", "The striker signed for the rival club", "reports"],
    ["The owners were believed to be selling the club", "The owners sold the club", "reports"],
    ["The mayor alleged that the contractor had cut corners", "The contractor cut corners", "reports"],
    ["Mediators urged both sides to talk, declining to take a side", "The mediators took the union's side", "refutes"],
    // A negative pronoun cancels a denial a few words on; keeping quiet denies nothing; "stopped
    // short of", "held back" negate; a negated clause with no words of its own bears on the one before.
    ["Nobody in the village seriously disputes that the flood closed the mill", "The flood closed the mill", "supports"],
    ["If the fee was meant as a penalty, the club never said so", "The fee was a penalty", "supports"],
    ["The board would not comment on whether the coach was sacked", "The board sacked the coach", "supports"],
    ["The senator stopped short of endorsing the mayor", "The senator endorsed the mayor", "refutes"],
    ["The union threatened to sue the owners but held back", "The union sued the owners", "refutes"],
    ["The union threatened to sue the owners but never did", "The union sued the owners", "refutes"],
    // "decided against renewing" ends; "remained … until" ended; "despite calls for" is a noun.
    ["The council decided against renewing the lease", "The council decided to end the lease", "supports"],
    ["The bakery remained on the approved list until March", "The city removed the bakery from the approved list", "supports"],
    ["Fans kept buying tickets despite calls for a boycott", "Fans kept buying tickets", "supports"],
  ])("%s / %s → %s", (claim, statement, stance) => {
    expect(suggestStance(a(claim), a(statement)).stance).toBe(stance);
  });

  it("reads the cues it bases those stances on", () => {
    expect(a("The union urged members not to ratify the contract").negation).toBeNull();
    expect(a("The council decided not to close the library").negation).toBe("not");
    expect(a("The club held off on signing the striker").negation).toBe("held off");
    expect(a("Exports declined for a third month").negation).toBeNull();
    expect(a("The storm not only closed the port but also cut the power").negation).toBeNull();
    expect(a("The talks failed in March").negation).toBeNull();
    expect(a("The firm refrained from raising prices").negation).toBe("refrained");
    expect(a("Many residents view the tower as an eyesore").framing).toBe("view");
    expect(a("Residents liked the view from the tower").framing).toBeNull();
    expect(a("The route would stay open").continues).toBe("stay");
    expect(a("The airline scrapped the route").ends).toBe("scrapped");
    expect(a("The city said it would not renew the lease").negation).toBeNull();
    expect(a("The city said it would not renew the lease").ends).toBe("not renew");
    expect(a("The 'No Parking' signs stayed up").negation).toBeNull();
    expect(a("No one came").negation).toBe("No");
    expect(a("There is no doubt that the plant closed").negation).toBeNull();
    expect(a("The senator claimed, without offering evidence, that it was rigged").negation).toBeNull();
    expect(a("The minister said the mayor had informed him").framing).toBe("said … informed");
    // Fifth pass.
    expect(a("Nobody came").negation).toBe("Nobody");
    expect(a("The firm raised prices no matter what rivals did").negation).toBeNull();
    expect(a("Had the dam not burst, the town would not have flooded").negation).toBeNull();
    expect(a("Had the dam burst, the town would have flooded").negation).toBeNull();
    expect(a("If the dam had not burst, the town would have stayed dry").negation).toBeNull();
    expect(a("The dam did not burst. Had it held, nothing would have happened").negation).toBe("not");
    expect(a("The fee would have risen regardless of the vote").independent).toBe("regardless of the vote");
    expect(a("Whatever was owed was paid").independent).toBeNull();
    expect(a("No tenant living in the block stayed").ends).toBe("No … stayed");
    expect(a("No tenant said that the lease would stay").ends).toBeNull();
    expect(a("The vote left the old rules intact").continues).toBe("left … intact");
    expect(a("The vote left the old rules behind").continues).toBeNull();
    expect(a("The staff felt the pinch").framing).toBeNull();
    expect(a("The staff felt that the pay offer was low").framing).toBe("felt");
    expect(a("The shop charged a fee").framing).toBeNull();
    expect(a("A think tank reported the deal").framing).toBeNull();
    expect(a("Tenants protested that the owner does not trust them").negationFramed).toBe(true);
    expect(a("Tenants did not protest that the owner had raised the rent").negationFramed).toBe(false);
    expect(a("The mill would not have closed without the tax").negation).toBeNull();
    expect(a("The mill did not close, and without the tax it would have").negation).toBe("not");
    expect(a("The rise was purely about costs").exclusive).toBe("purely");
    expect(a("The rise was purely about costs").exclusiveFocus).toEqual(["cost"]);
    expect(a("The only route left was closed").exclusive).toBeNull();
    expect(a("Fares rose because of the strike").reason).toEqual(["strike"]);
    expect(a("Tenants no longer pay rent").ends).toBe("no longer");
    expect(a("Tenants no longer pay rent").negation).toBeNull();
    expect(a("Tenants don't pay rent anymore").ends).toBe("n't … anymore");
    expect(a("Tenants do not pay rent any longer").ends).toBe("not … any longer");
    expect(a("The union has yet to decide").negation).toBe("has yet to");
    expect(a("The cup is yet to be won").negation).toBe("is yet to");
    expect(a("Yet the union decided to strike").negation).toBeNull();
    expect(a("Few doubted the result").negation).toBeNull();
    expect(a("Few fans came").negation).toBeNull();
    expect(a("The club remained in the league until May").ends).toBe("remained … until");
    expect(a("The club remained in the league until May").continues).toBeNull();
    expect(a("The club decided against renewing the deal").ends).toBe("against renewing");
    expect(a("Unions argue the treaty covered only state-to-state debts").framing).toBeNull();
    expect(a("Shoppers ignored the calls for a boycott").framing).toBeNull();
    const sides = a("Both sides talked, declining to take a side").terms.find((t) => t.lemma === "side");
    expect(sides?.clauses).toEqual([0, 1]);
  });

  // Offsets do not enter these cues, but the words around them can be any script or line break.
  it.each([
    ["Nobody 🙂 was reconsidering the contract", "nobody"],
    ["東京の人は nobody was\nreconsidering the contract", "nobody"],
    ["The cafe\u0301 insisted that nobody was reconsidering the contract", "nobody"],
  ])("finds the negative pronoun in %j", (text, cue) => {
    expect(a(text).negation?.toLowerCase()).toBe(cue);
  });

  // Sixth pass: "according to" and relayed reports, complaint verbs of anger, a negated saying
  // verb that reports nothing, an appositive's framing verb, double negations that affirm, "far
  // from", "rather than", "say otherwise", a negation inside a reason clause, a verb of disregard
  // negated, "keep insisting" (the saying goes on, not the state), "treat … as".
  it.each([
    ["The mill closed in May, according to the union 🏭", "The mill closed in May", "reports"],
    ["According to the village paper, the baker left because he could not\nafford the rent", "The baker left the village", "reports"],
    ["The bridge reopened on Monday, local radio reported", "The bridge reopened on Monday", "reports"],
    ["Parents fumed that the school had cut the music lessons", "The school cut the music lessons", "reports"],
    ["Though it never said so publicly, the club backed the coach, players now acknowledge", "The club backed the coach", "supports"],
    ["The council closed the pool, a move the residents called hasty", "The council closed the pool", "supports"],
    ["No one who reads the minutes can fail to notice that the board sold the land", "The board sold the land", "supports"],
    [
      "Nothing was left unresolved when the two firms settled the patent suit",
      "The two firms settled every claim in the patent suit",
      "supports",
    ],
    [
      "It is not true that the mayor stayed out of the strike: she backed the drivers",
      "The mayor took the drivers' side in the strike",
      "supports",
    ],
    ["Far from backing either candidate, the union urged members to stay home", "The union backed the candidate", "refutes"],
    ["The referee acted as a mediator rather than a partisan of the home side", "The referee was a partisan of the home side", "refutes"],
    ["Was the café\u0301 really losing money? Its own accounts say otherwise", "The café was losing money", "refutes"],
    ["The leaking roof was a real danger that the landlord could not ignore", "The leaking roof was a danger", "supports"],
    ["Rail bosses keep insisting the line was closed for good in 2010", "The rail line was closed in 2010", "supports"],
    ["Most critics treat the sequel as a cash grab 東京", "The sequel was a cash grab", "reports"],
  ])("%j / %s → %s", (claim, statement, stance) => {
    expect(suggestStance(a(claim), a(statement)).stance).toBe(stance);
  });

  // Seventh pass: a closing attribution does not take a negation away from the clause it reports;
  // "stay away" is avoidance, not persistence; "few … not" affirms; doubt predicates and "hard to
  // argue", "scant evidence that" deny; "and nothing else" is an exclusive; "a coincidence" denies
  // a link; a framing verb the tagger read as an adjective ("branded") frames.
  it.each([
    ["'Not one tonne has gone missing,' the grain minister told reporters\n", "The grain stores were badly managed", "refutes"],
    ["Ticket sales held steady, with no sign of fans staying away 🎟️", "Fans boycotted the club's matches", "refutes"],
    ["Few households in the valley did not switch to the new grid", "The valley's households switched to the new grid", "supports"],
    ["Whether the café\u0301 really lost its licence is debatable", "The café lost its licence", "refutes"],
    ["It is hard to argue that the mayor favoured the developer", "The mayor favoured the developer", "refutes"],
    ["There is scant evidence that the drought caused the fires 東京", "The drought caused the fires", "refutes"],
    ["The heavy rain, and nothing else, flooded the cellar", "The rain flooded the cellar", "supports"],
    ["It would be naive to assume nothing was\nstolen from the museum 🖼️", "Paintings were stolen from the museum", "supports"],
    ["It is wrong to say the festival lost money", "The festival lost money", "refutes"],
    ["Fans made their anger with the owners felt 📣", "Fans boycotted the club's games", "supports"],
    ["'Our aim is to maintain it,' the coach said of the\nzonal defence", "The coach decided to end the zonal defence", "refutes"],
    ["Rather than strike, the café\u0301 staff took their grievance to a mediator 東京", "The baristas picketed", "refutes"],
    ["It is hard to say whether the festival lost money", "The festival lost money", "supports"],
    ["The club called the timing of the sale a coincidence", "The club sold the player because of the dispute", "refutes"],
    ["The union branded the company's offer an insult to the workers", "The company's offer insulted the workers", "reports"],
  ])("%j / %s → %s", (claim, statement, stance) => {
    expect(suggestStance(a(claim), a(statement)).stance).toBe(stance);
  });

  // Eighth pass: a negation inside a time clause after the main one is not the claim's; denying
  // the opposite outcome supports; "see" frames only with "as" (and an "as" that opens a clause of
  // its own is a conjunction); a belief verb with a bare object ("assumed the task") frames nothing.
  it.each([
    ["The walkout was staged only after wage talks went nowhere 🪧", "The union staged a walkout", "supports"],
    ["The walkout was not staged until wage talks collapsed", "The union staged a walkout", "refutes"],
    [
      "Claims that the museum held on to the\npainting after May are false 🖼️",
      "The museum dropped the painting from its collection",
      "supports",
    ],
    ["Claims that the museum dropped the painting are false", "The museum dropped the painting from its collection", "refutes"],
    ["Café\u0301 owners saw takings halve as regulars turned their backs on them", "Regulars boycotted the cafés", "supports"],
    ["Critics saw the closure as a snub to 東京", "The closure was a snub", "reports"],
    ["Critics saw the closure as a cynical manoeuvre aimed at the union", "The closure was aimed at the union", "reports"],
    ["The council assumed the task of paying the cleaners 🧹", "The council paid the cleaners", "supports"],
    ["Residents assumed the council had paid the cleaners", "The council paid the cleaners", "reports"],
    [
      "The club scrapped the sponsorship deal, blaming the brewer for a breakdown of trust 🍺",
      "The club ended its sponsorship deal",
      "supports",
    ],
    ["In the landlord's telling, the roof was repaired in 2019", "The roof was repaired in 2019", "reports"],
    ["The league voiced deep disappointment at the club's move to sell the\nstadium 🏟️", "The club sold its stadium", "reports"],
    ["The league welcomed the club's move to sell the stadium", "The club sold its stadium", "supports"],
    ["The mayor likened the closure to an act of vandalism", "The closure was an act of vandalism", "reports"],
    [
      "The move was a relocation rather than a closure, the café\u0301's owner insisted, because the staff still work there",
      "The owner closed the café",
      "refutes",
    ],
    ["'No cuts: we won't pay' banners went up outside the town hall 📣", "Residents protested against the cuts", "supports"],
    ["'We have not cut a single\nlibrary,' the mayor told reporters", "The council cut libraries", "refutes"],
    [
      "Schools spent more on paper than pupils could plausibly use, hinting at waste, an auditor told the 東京 paper",
      "The schools wasted money",
      "supports",
    ],
    ["The mayor's refusal to condemn the\nraids showed where her sympathies lay 🚓", "The mayor sided with the raiders", "supports"],
    ["The mayor condemned the raids as reckless", "The raids were reckless", "reports"],
    ["The club scrapped the sponsorship deal, accusing the brewer of leaking the\nplans", "The brewer leaked the plans", "reports"],
  ])("%j / %s → %s", (claim, statement, stance) => {
    expect(suggestStance(a(claim), a(statement)).stance).toBe(stance);
  });

  it("a negated claim supports a negated statement; an annotated denial refutes", () => {
    expect(suggestStance(a("the curbs were not retaliation"), a("the controls were not retaliation")).stance).toBe("supports");
    expect(suggestStance(a("the curbs were about security"), statement, "attributed", true).stance).toBe("refutes");
  });
});

describe("stance, ninth pass: relative clauses, and framing by a second verb or by mockery", () => {
  // A relative clause on a noun says what a thing is like: its negation is not the claim's; a
  // "that" clause of content ("the claim that …", "testimony that …") or after the one told
  // ("told reporters that …") is what the claim says, and its negation is.
  it.each([
    [
      "The city hit back at the ruling by closing three depots that the bus company cannot easily replace 🚌",
      "The city retaliated against the ruling",
      "supports",
    ],
    ["The city punished the union with fines which no\nbranch could pay", "The city punished the union", "supports"],
    ["The mayor told reporters that the depots had not been closed", "The city closed the depots", "refutes"],
    ["Council testimony showed that the depots had not been closed in 東京", "The city closed the depots", "refutes"],
    ["Cafe\u0301 owners told the council that the depots had not been closed", "The city closed the depots", "refutes"],
    // A second verb of framing after "and", which the tagger reads as an adjective; verbs of mocking frame.
    [
      "The union summoned the mayor and branded the depot closures an act of revenge against 東京 drivers",
      "The closures were revenge against the drivers",
      "reports",
    ],
    ["Drivers ridiculed the notion that the\ndepots were closed for safety 🚌", "The depots were closed for safety", "reports"],
    // "dismissed X as Y" characterises what was done; "dismissed claims that X" denies X.
    ["City officials dismissed the union's strike in 東京 as political theatre", "The union went on strike", "reports"],
    ["City officials dismissed claims that the union went on\nstrike", "The union went on strike", "refutes"],
    // A poll tells of the views of those it asked.
    ["Six in ten people polled by 東京 Research said the city had favoured the union", "The city favoured the union", "reports"],
    ["In a poll, two in three respondents said they had joined the\nboycott 🛒", "Shoppers boycotted the chain", "reports"],
    ["The city favoured the union, a poll of economists found", "The city favoured the union", "supports"],
    // "keep repeating that" is saying that goes on, not a state that persists.
    [
      "Officials keep repeating that every bill from the colonial period was paid off in 1965, an editorial in 東京 complained",
      "The 1965 agreement settled every claim from the\ncolonial period",
      "reports",
    ],
    // "almost nothing", "next to no": a small amount, not a denial; "nothing" alone still denies.
    [
      "All summer, 東京 envoys pressed the union for concessions while asking almost nothing of the city",
      "The envoys sided with the city",
      "supports",
    ],
    ["The envoys asked nothing of the\ncity", "The envoys asked the city for concessions", "refutes"],
  ])("%j / %s → %s", (claim, statement, stance) => {
    expect(suggestStance(a(claim), a(statement)).stance).toBe(stance);
  });
});

describe("stance, eleventh pass: leading reports, dismissed views, litotes", () => {
  // "X said/warned that …" leading the sentence tells what someone said (reports), unless the
  // speaker tells of its own act ("said it would …") or announces it; evidence is no speaker.
  // A view named by an infinitive or gerund and called wrong ("little to suggest", "an
  // overstatement to say", "calling it … goes too far") is denied; "hard not to see" holds it.
  it.each([
    ["The mayor told reporters the city had\nfavoured the union 🚌", "The city favoured the union", "reports"],
    ["Union leaders in 東京 warned that the city would close the depots", "The city closed the depots", "reports"],
    ["The mayor said it would close the depots", "The city closed the depots", "supports"],
    ["The mayor announced that the city would close the depots", "The city closed the depots", "supports"],
    ["The timing suggests the closures were revenge for the strike", "The closures were revenge for the strike", "supports"],
    ["Anyone who says the depots stayed open is mistaken", "The city closed the depots", "supports"],
    ["It would be hard not to see the depot closures as revenge for the strike 🚌", "The closures were revenge for the strike", "supports"],
    ["Scarcely anyone on the 東京 council failed to notice that the city had closed the depots", "The city closed the depots", "supports"],
    ["The drivers' right to sue outlived the agreement", "The agreement settled every claim of the drivers", "refutes"],
    [
      "Talk of a citywide boycott is probably overblown; most shoppers kept visiting the chain's cafe\u0301s",
      "Shoppers boycotted the chain",
      "refutes",
    ],
    ["There is little to suggest the closures were revenge for the strike", "The closures were revenge for the strike", "refutes"],
    ["There is little basis for saying the closures were\nrevenge for the strike", "The closures were revenge for the strike", "refutes"],
    ["Calling the closures revenge for the strike probably goes too far", "The closures were revenge for the strike", "refutes"],
    [
      "It is a misunderstanding to link the closures with the strike, the mayor said",
      "The closures were revenge for the strike",
      "refutes",
    ],
    ["It is probably an overstatement to say the city favoured the union", "The city favoured the union", "refutes"],
    [
      "The city shut the depots, and calling that revenge for the strike is a stretch",
      "The closures were revenge for the strike",
      "refutes",
    ],
    // "questioned whether" voices a doubt; "X's view, Y reported, is that" relays it; "hardly the
    // picture of" denies; "left nothing to pursue" is an ending; a shelved plan did not happen; an
    // appositive subject still leads a report; a closing "…, an aide said" is an attribution though
    // "say" is no term.
    [
      "Opposition lawmakers in 東京 questioned whether the city had enough inspectors",
      "The city's inspection of the depots was lax",
      "reports",
    ],
    ["The city's view, the paper reported, is that the strike was illegal", "The strike was illegal", "reports"],
    ["The new bus fares drew queues at every depot, hardly the picture of a boycott 🚌", "Riders boycotted the buses", "refutes"],
    ["The 1990 accord left nothing for the drivers to pursue in court", "The 1990 accord settled all claims of the drivers", "supports"],
    ["The union shelved its plan to strike and opted for talks instead", "The union went on strike", "refutes"],
    ["Hagiuda, a council member, said the city had\nfavoured the union", "The city favoured the union", "reports"],
    [
      "The depots were never meant to punish the drivers, a senior aide in the Mayor's Office said on background",
      "The city closed the depots to punish the drivers",
      "refutes",
    ],
    ["The club's position is that no claim from the old lease survived the sale", "The sale settled all claims", "supports"],
    // The subject's noun the tagger reads as a verb ("dispatch") still leads a report.
    [
      "A Kyodo dispatch said young people in 東京 were shaming friends who still took the buses 🚌",
      "Riders boycotted the buses",
      "reports",
    ],

    // "… as X refused to …" after the main clause tells the circumstance: its negation is not the claim's.
    ["Cafés near the depots stood empty as riders refused to take the\nbuses 🚌", "Riders boycotted the buses", "supports"],
    ["Riders refused to take the buses", "Riders took the buses", "refutes"],

    // Praising frames as criticising does; "dismissed as" a word calling it wrong denies, "dismissed
    // … as" anything else characterises.
    ["Commuters in 東京 praised the mayor for closing the depots", "The city closed the depots", "reports"],
    [
      "The mayor dismissed as a complete misunderstanding the idea that the closures were tied to the strike",
      "The closures were revenge for the strike",
      "refutes",
    ],
    ["The mayor dismissed the union's strike as political theatre", "The union went on strike", "reports"],

    // A negated sentence of its own (first, or after a semicolon) denies though it shares no word;
    // an opening "Without X, … could" is a condition; "Far from X, Y" contrasts; "only the naive
    // could doubt" affirms.
    [
      "Washington did not favour the union; its envoys told both sides the strike helped nobody but 東京",
      "The city government took the union's side",
      "refutes",
    ],
    [
      "Without tighter checks at the depots, diesel could end up in the wrong hands 🚌",
      "Lax management of the depots posed a risk",
      "supports",
    ],
    [
      "Far from bluffing, the union formally filed its grievance with the labour board",
      "The union filed a complaint with the labour board",
      "supports",
    ],
    ["The union was far from eager to file a complaint", "The union filed a complaint with the labour board", "refutes"],
    ["Only the naive could doubt that the closures were revenge for the strike", "The closures were revenge for the strike", "supports"],
    ["Only a fool would deny that the cafés shut because of the\nstrike", "The cafés shut because of the strike", "supports"],
  ])("%j / %s → %s", (claim, statement, stance) => {
    expect(suggestStance(a(claim), a(statement)).stance).toBe(stance);
  });

  it("says why, in the claim's words", () => {
    expect(suggestStance(a("Calling the closures revenge probably goes too far"), a("The closures were revenge")).reason).toContain(
      "Calling … goes too far",
    );
    expect(suggestStance(a("The mayor told reporters the city had favoured the union"), a("The city favoured the union")).reason).toContain(
      '"told"',
    );
  });
});

describe("stance, twelfth pass: inabilities against a deficiency, counterfactual consequents", () => {
  // "could not be tracked", "failed to account for" tell the shortfall a statement's adjective of
  // deficiency ("lax", "inadequate") names: no denial. Any other negation still denies, and an
  // inability denies a statement with no such adjective.
  // "Had A, B would not have …": the consequent happened, so the claim denies the antecedent;
  // when the antecedent is the statement's opposite ("left … open" / "settled"), it supports.
  it.each([
    [
      "The depot's fuel could not be properly tracked once it left the yard 🚌",
      "Lax oversight of the depot's fuel posed a risk",
      "supports",
    ],
    ["Inspectors failed to account for\nsome of the fuel", "Inadequate checks on the fuel posed a risk", "supports"],
    ["The mayor told reporters that the depot could not be trusted with fuel", "Lax oversight of the depot's fuel posed a risk", "reports"],
    ["The depot's fuel never went missing, the 東京 auditors said", "Lax oversight of the depot's fuel posed a risk", "refutes"],
    ["The council could not close the depots before the strike", "The council closed the depots before the strike", "refutes"],
    [
      "Had the agreement left the drivers' claims open, the city would not have paid them in 2008 🚌",
      "The agreement settled every claim of the drivers",
      "supports",
    ],
    ["If the city had wanted revenge, it would not have waited\neight months to close the depots", "The city wanted revenge", "refutes"],
    [
      "Had the drivers not struck, the city would never have closed the cafe\u0301s",
      "The city closed the cafés to punish the strike",
      "supports",
    ],
  ])("%j / %s → %s", (claim, statement, stance) => {
    expect(suggestStance(a(claim), a(statement)).stance).toBe(stance);
  });

  it("says why, in the claim's words", () => {
    expect(suggestStance(a("The fuel could not be tracked"), a("Lax oversight of the fuel posed a risk")).reason).toContain(
      'shortfall "Lax"',
    );
    expect(
      suggestStance(a("Had the agreement left the claims open, the city would not have paid them"), a("The agreement settled every claim"))
        .reason,
    ).toContain("double negation");
  });
});

describe("stance, twelfth pass: rhetorical questions, views called false, framing past tenses", () => {
  // A rhetorical question denying a view that is itself a denial ("Is anyone meant to believe …
  // was a coincidence?") states it; one denying a plain view is left as before. "It is false to
  // say nothing was lost" calls a view wrong, and its negation with it; a reason clause keeps
  // its own words out of what a dismissal denies.
  it.each([
    ["Is anyone meant to believe that the\ntiming was a coincidence? 🚌", "The closures were revenge for the strike", "supports"],
    [
      "Who could still maintain that the closures were unrelated to the 東京 strike?",
      "The closures were revenge for the strike",
      "supports",
    ],
    ["Does anyone believe the closures were revenge for the strike?", "The closures were revenge for the strike", "reports"],
    [
      "It is false to say nothing was lost: the cafe\u0301s now wait three months for beans",
      "The strike cost the cafés dearly",
      "supports",
    ],
    ["It is false to say the strike cost the cafés dearly", "The strike cost the cafés dearly", "refutes"],
    // "chief" read as an adjective before "branded", read as one too: still the verb of framing.
    [
      "The union chief branded the city's downgrade of the\ndrivers an act of aggression 東京",
      "The city downgraded the drivers",
      "reports",
    ],
    ["The union chief labelled the downgrade an act of aggression", "The city downgraded the drivers", "reports"],
    [
      "Calling the change a removal from the list is inaccurate, the city said, since the depots remain open to drivers 🚌",
      "The city removed the drivers from the list",
      "refutes",
    ],
  ])("%j / %s → %s", (claim, statement, stance) => {
    expect(suggestStance(a(claim), a(statement)).stance).toBe(stance);
  });

  it("says why, in the claim's words", () => {
    expect(suggestStance(a("Is anyone meant to believe the timing was a coincidence?"), a("The closures were revenge")).reason).toContain(
      'rhetorical question "Is … believe"',
    );
  });
});

describe("graded word coverage (soft)", () => {
  const soft = FEATURE_NAMES.indexOf("soft");
  it("counts near kin that fall short of a match, and stays in [0, 1]", () => {
    const same = pairEvidence({ analysis: a("the bakery raised its bread prices") }, { analysis: a("the bakery raised its bread prices") });
    const kin = pairEvidence(
      { analysis: a("the bakery hiked what it charges for loaves 🍞") },
      { analysis: a("the bakery raised its bread prices") },
    );
    const other = pairEvidence(
      { analysis: a("the striker\nsigned for a club in 東京") },
      { analysis: a("the bakery raised its bread prices") },
    );
    expect(same.features[soft]).toBeCloseTo(1, 5);
    expect(kin.features[soft]).toBeGreaterThan(other.features[soft]!);
    for (const e of [same, kin, other]) {
      expect(e.features[soft]).toBeGreaterThanOrEqual(0);
      expect(e.features[soft]).toBeLessThanOrEqual(1);
    }
  });
});

describe("the model learns from decisions", () => {
  it("without decisions it is the prior", () => {
    expect(trainModel([])).toBe(PRIOR_MODEL);
  });

  it("rejections of one kind of pair and acceptances of another turn their order round", () => {
    const lexicalOnly = [0.6, 0, 0.3, 0.4, 0, 0, 0, 0, 0, 0.4];
    const synonymOnly = [0, 0.6, 0.3, 0.4, 0, 0, 0, 0, 0, 0.4];
    // Whichever the prior ranks first is rejected, the other accepted.
    const [first, second] =
      scoreFeatures(lexicalOnly, PRIOR_MODEL) > scoreFeatures(synonymOnly, PRIOR_MODEL)
        ? [lexicalOnly, synonymOnly]
        : [synonymOnly, lexicalOnly];
    const examples = [
      ...Array.from({ length: 10 }, () => ({ features: first, accepted: false })),
      ...Array.from({ length: 10 }, () => ({ features: second, accepted: true })),
    ];
    const fitted = trainModel(examples);
    expect(fitted.examples).toBe(20);
    expect(scoreFeatures(first, PRIOR_MODEL)).toBeGreaterThan(scoreFeatures(second, PRIOR_MODEL));
    expect(scoreFeatures(first, fitted)).toBeLessThan(scoreFeatures(second, fitted));
  });

  it("rejections alone lower the score of what was rejected", () => {
    const pair = [0.5, 0.2, 0.6, 0.5, 1, 0, 0, 0, 0, 0.5];
    const fitted = trainModel(Array.from({ length: 8 }, () => ({ features: pair, accepted: false })));
    expect(scoreFeatures(pair, fitted)).toBeLessThan(scoreFeatures(pair, PRIOR_MODEL));
  });
});

describe("ranking and clustering", () => {
  const items = [
    ["c1", "d1", "Japan placed stricter regulations on exports of chemicals used to manufacture chips to South Korea"],
    ["c2", "d2", "Japan tightened restrictions on exports of materials used to produce semiconductors to South Korea"],
    ["c3", "d3", "Tokyo curbed shipments of chipmaking chemicals to Seoul"],
    ["c4", "d1", "Samsung shares fell 2 percent on Monday"],
    ["c5", "d2", "The yen strengthened against the won"],
    ["c6", "d3", "Thousands rallied in central Seoul on Saturday evening"],
  ].map(([id, documentId, text]) => ({ id, documentId, analysis: a(text) }));

  it("ranks the three accounts of the curbs first, leaves out excluded ids and honours the limit", () => {
    const index = buildMatchIndex(items);
    const query = { analysis: a("Japan restricted exports of semiconductor materials to South Korea") };
    const ranked = rankAgainst(index, query, { limit: 3 });
    expect(ranked).toHaveLength(3);
    expect(ranked.map((m) => m.id).sort()).toEqual(["c1", "c2", "c3"]);
    expect(ranked[0].reasons.length).toBeGreaterThan(0);
    expect(rankAgainst(index, query, { exclude: new Set(["c1"]) }).map((m) => m.id)).not.toContain("c1");
  });

  it("groups the three accounts of the curbs from three documents, and nothing else", () => {
    const clusters = clusterClaims(items);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].ids.sort()).toEqual(["c1", "c2", "c3"]);
    expect(clusters[0].documents).toBe(3);
  });

  it("never clusters two claims of one document", () => {
    const same = items.slice(0, 2).map((x) => ({ ...x, documentId: "d1" }));
    expect(clusterClaims(same)).toEqual([]);
  });

  it.each([
    ["Officials said that Japan apparently tightened the rules.", "Japan tightened the rules"],
    ["according to the ministry, the pact reportedly settled all claims", "The pact settled all claims"],
    ["the curbs were retaliation", "The curbs were retaliation"],
  ])("drafts a neutral statement from %j", (text, draft) => {
    expect(neutralDraft(text)).toBe(draft);
  });
});
