import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/extract/quotes/index.js";
import { SIEVES } from "../../src/extract/quotes/sieves/index.js";
import type { Quote } from "../../src/extract/types.js";
import { input, type Person } from "./quotes-input.js";

/** Each attribution sieve on invented sentences: the speaker it names, and that it records its id. */
const roe: Person = { key: "person:jane-roe", aliases: ["Jane Roe", "Roe"] };
const doe: Person = { key: "person:john-doe", aliases: ["John Doe", "Doe"] };
const acme: Person = { key: "organization:acme", type: "organization", aliases: ["Acme"] };
const ministry: Person = { key: "organization:ministry-of-roads", type: "organization", aliases: ["Ministry of Roads"] };

const only = (quotes: Quote[]) => {
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
};
const slice = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe("quote sieves: order and ids", () => {
  it("every sieve has its own id", () => {
    const ids = SIEVES.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i && id !== "paragraph-intro")).toEqual([]);
  });
});

describe("interrupted quotes are one quote", () => {
  it("first part, attribution, second part: one record with both segments, cue and attributing clause", () => {
    const text = `"The bridge is safe," Jane Roe said, "and it will open on Monday."`;
    const q = only(findQuotes(input(text, [roe])));
    expect(q.speaker).toBe(roe.key);
    expect(q.speakerRule).toBe("quote-name-verb");
    expect(q.segments.map((s) => slice(text, s))).toEqual([`"The bridge is safe,"`, `"and it will open on Monday."`]);
    expect(slice(text, q.cueSpan)).toBe("said");
    expect(slice(text, q.attribution)).toBe("Jane Roe said");
    expect(q.speakerText).toBe("Jane Roe");
    expect(q.text).toBe("The bridge is safe and it will open on Monday.");
  });

  it("an attribution ending its sentence still joins the next sentence's quote", () => {
    const text = `"We are ready," said John Doe. "The trucks leave at dawn."`;
    const q = only(findQuotes(input(text, [doe])));
    expect(q.segments).toHaveLength(2);
    expect(q.speakerRule).toBe("quote-verb-name");
  });

  it("a quote with an attribution of its own, or after a second cue, stays apart", () => {
    const own = `"We are ready," Jane Roe said. "So are we," John Doe said.`;
    expect(findQuotes(input(own, [roe, doe])).map((q) => q.speaker)).toEqual([roe.key, doe.key]);
    const adding = `"We are ready," Jane Roe said, adding that the plan was "good for the town and its people."`;
    expect(findQuotes(input(adding, [roe])).map((q) => q.segments.length)).toEqual([1, 1]);
  });

  it("fragments quoted under one cue are one quote, its gaps elided", () => {
    const text = `Jane Roe called the plan "reckless" and "far too costly for the town."`;
    const q = only(findQuotes(input(text, [roe])));
    expect(q.text).toBe("reckless … far too costly for the town.");
    expect([q.speaker, q.segments.length]).toEqual([roe.key, 2]);
  });

  it("two apostrophes serve as a double mark", () => {
    const text = `''We will build it,'' Jane Roe said.`;
    const q = only(findQuotes(input(text, [roe])));
    expect(q.text).toBe("We will build it");
    expect(q.speaker).toBe(roe.key);
  });
  it("three apostrophes close a quoted quote and then the quote", () => {
    const text = "''I would use the word 'steady,''' said Jane Roe, who chairs the board.";
    const q = only(findQuotes(input(text, [roe])).filter((x) => x.kind === "quote"));
    expect(q.text).toBe("I would use the word 'steady,'");
    expect([q.speaker, q.speakerRule]).toEqual([roe.key, "quote-verb-name"]);
  });
});

describe("phrases are not quotations", () => {
  it("a show or book title, a handle and a short scare quote are phrases without a speaker", () => {
    const text = `Jane Roe said on "Morning Roads Weekly" that the plan was sound. Fans of @roadfan call it "the long bridge" now.`;
    const quotes = findQuotes(input(text, [roe]));
    expect(quotes.map((q) => [q.text, q.kind, q.speaker])).toEqual([
      ["Morning Roads Weekly", "phrase", null],
      ["the long bridge", "phrase", null],
    ]);
    const handle = only(findQuotes(input(`Her account "@janeroe" was quiet.`, [roe])));
    expect([handle.kind, handle.speakerRule]).toEqual(["phrase", "phrase-title"]);
  });

  it("quoted words with a cue are a quotation even when short", () => {
    const q = only(findQuotes(input(`Jane Roe called the plan "reckless" on Monday.`, [roe])));
    expect([q.kind, q.speaker]).toEqual(["quote", roe.key]);
  });
});

describe("speaker sieves", () => {
  it("apposition after the cue, and a possessive title before the name: the named person speaks", () => {
    const after = `"Prices will fall," said Jane Roe, a spokeswoman for Acme.`;
    expect(only(findQuotes(input(after, [roe, acme]))).speaker).toBe(roe.key);
    const before = `"Prices will fall," Acme's communications director, Jane Roe, said.`;
    expect(only(findQuotes(input(before, [roe, acme]))).speaker).toBe(roe.key);
  });

  it("a long apposition between the name and a trailing cue, its own 'and' included, still names the speaker", () => {
    const text = `"Prices will fall," Jane Roe, an economic adviser to the council and former director of its budget office, said.`;
    const q = only(findQuotes(input(text, [roe])));
    expect([q.speaker, q.speakerRule, slice(text, q.cueSpan)]).toEqual([roe.key, "quote-name-verb", "said"]);
    // Outside an apposition "and" still counts: two people saying it together are no one speaker.
    const both = `"Prices will fall," John Doe and Jane Roe said.`;
    expect(only(findQuotes(input(both, [roe, doe]))).speakerRule).not.toBe("quote-name-verb");
  });

  it("a body speaks through its spokesperson, campaign or statement when nobody is named", () => {
    const spokesman = `"We regret the delay," a spokesman for Acme said.`;
    expect(only(findQuotes(input(spokesman, [acme]))).speaker).toBe(acme.key);
    const statement = `A statement from the Ministry of Roads said the road was "closed until further notice."`;
    expect(only(findQuotes(input(statement, [ministry]))).speaker).toBe(ministry.key);
    const campaign = `"We will win this state," Jane Roe's campaign said.`;
    expect(only(findQuotes(input(campaign, [roe]))).speaker).toBe(roe.key);
    const named = `"We will win this state," Jane Roe's spokesman, John Doe, said.`;
    expect(only(findQuotes(input(named, [roe, doe]))).speaker).toBe(doe.key);
  });

  it("a nominal speaker nobody is named for has no speaker, and keeps its words", () => {
    const q = only(findQuotes(input(`"The road is closed," a local official said.`, [])));
    expect(q.speaker).toBeNull();
    expect(q.speakerText).toBe("a local official");
    expect(q.cue).toBe("said");
    const inverted = only(findQuotes(input(`"The road is closed," said a local official.`, [])));
    expect([inverted.speaker, inverted.speakerText]).toEqual([null, "a local official"]);
  });

  it("according to X", () => {
    const q = only(findQuotes(input(`According to Jane Roe, the vote was "a clear mandate for change."`, [roe])));
    expect([q.speaker, q.speakerRule]).toEqual([roe.key, "according-to"]);
  });

  it("a colon introduces the quote that follows, with or without a cue", () => {
    const q = only(findQuotes(input(`Asked about the delay, Jane Roe shot back: "Ask the contractor, not me."`, [roe])));
    expect(q.speaker).toBe(roe.key);
    const headline = only(findQuotes(input(`Roe: "The bridge will open."`, [roe])));
    expect([headline.speaker, headline.speakerRule]).toEqual([roe.key, "name-colon-quote"]);
  });

  it("quote, name, any verb: verbs no cue list holds", () => {
    const q = only(findQuotes(input(`"Is that your final offer?" Jane Roe pressed.`, [roe])));
    expect([q.speaker, q.speakerRule]).toEqual([roe.key, "quote-name-anyverb"]);
    const inverted = only(findQuotes(input(`"It was a long winter," remembered John Doe.`, [doe])));
    expect([inverted.speaker, inverted.speakerRule]).toEqual([doe.key, "quote-anyverb-name"]);
  });

  it("a credit line of its own after the quote's paragraph signs it", () => {
    const text = `"We will keep every road open this winter."\n\n- Jane Roe, speaking on Monday.\n\nThe council met.`;
    const q = only(findQuotes(input(text, [roe])));
    expect([q.speaker, q.speakerRule]).toEqual([roe.key, "dash-credit"]);
  });

  it("a speaker named saying something at the end of the paragraph before", () => {
    const text = `Jane Roe said she was worried about the vote.\n\n"We have never seen a turnout like this one."`;
    const q = only(findQuotes(input(text, [roe])));
    expect([q.speaker, q.speakerRule]).toEqual([roe.key, "previous-paragraph"]);
  });

  it("closest mention: a whole-sentence quote nobody attributes goes to the person named just before it", () => {
    const text = `Jane Roe walked to the podium and looked at the crowd. "This town deserves better roads."`;
    const q = only(findQuotes(input(text, [roe])));
    expect([q.speaker, q.speakerRule]).toEqual([roe.key, "closest-mention"]);
    const partial = `Jane Roe walked past John Doe, whose plan was "a mess of contradictions and delays."`;
    expect(only(findQuotes(input(partial, [roe, doe]))).speakerRule).not.toBe("closest-mention");
  });

  it("closest mention: a name right after the quote, nearer than any before it, with no cue the sieves know", () => {
    const text = `John Doe opened the meeting at noon.\n\n"Nobody here wants another year of detours." That line from Jane Roe drew the loudest applause.`;
    const q = only(findQuotes(input(text, [roe, doe])));
    expect([q.speaker, q.speakerRule]).toEqual([roe.key, "closest-mention"]);
    // Within its paragraph only, and the nearer name wins: here the one before the quote.
    const nearer = `Jane Roe stood up. "We need the bridge." The crowd cheered, and later John Doe left.`;
    expect(only(findQuotes(input(nearer, [roe, doe]))).speaker).toBe(roe.key);
  });

  it("an uncued partial quote deep in its sentence: the subject of the clause it stands in speaks", () => {
    const text = `Late on Tuesday, in an interview with a local radio station, in which Jane Roe expressed hope that the bridge would open "before the first snow of the winter."`;
    const q = only(findQuotes(input(text, [roe])));
    expect([q.speaker, q.speakerRule]).toEqual([roe.key, "clause-subject"]);
    // A body too, where a verb follows it; a name no verb follows (an object, a modifier) is no subject.
    const body = `As if to answer every critic at once, Acme was blunt in its findings: "Further delay is not an option."`;
    expect(only(findQuotes(input(body, [acme]))).speaker).toBe(acme.key);
    const object = `Two weeks after the storm and the long debate with Jane Roe about money, the roads were "still a mess of potholes."`;
    expect(only(findQuotes(input(object, [roe]))).speaker).toBeNull();
  });

  it("a cue whose subject the cue rules lose still belongs to the sentence's subject", () => {
    const text = `Jane Roe, while touring the flooded plant with reporters on Monday morning, called again for "a full inquiry into the dam."`;
    const q = only(findQuotes(input(text, [roe])));
    expect([q.speaker, q.speakerRule]).toEqual([roe.key, "verb-subject"]);
    // "According to" names its own source or nobody: no fallback to the sentence's subject.
    const according = `According to a local blog, Jane Roe brought the town "its best turnout in thirty years of voting."`;
    expect(only(findQuotes(input(according, [roe]))).speaker).toBeNull();
  });

  it("a possessor's statement, post or promise right before (or around) the quote is the possessor's", () => {
    const post = `The mayor left early. From Jane Roe's blog post: "We will not give up on this bridge, whatever it costs."`;
    const q = only(findQuotes(input(post, [roe])));
    expect([q.speaker, q.speakerRule]).toEqual([roe.key, "possessive-saying"]);
    const around = `It is the pull of Jane Roe's "no new tolls" promise that keeps the voters loyal.`;
    expect(only(findQuotes(input(around, [roe]))).speaker).toBe(roe.key);
    // Someone spoken about is no speaker: "Roe's plan" is not what she says.
    const plan = `Critics say Jane Roe's plan is "a mess of contradictions and delays."`;
    expect(only(findQuotes(input(plan, [roe]))).speakerRule).not.toBe("possessive-saying");
  });

  it("a statement or ad is its issuer's voice; a party tag ends no sentence", () => {
    const issued = `Jane Roe issued a statement saying the plan was "a gift to the few."`;
    expect(only(findQuotes(input(issued, [roe]))).speaker).toBe(roe.key);
    const video = `Jane Roe released a video that said the plan was "a gift to the few."`;
    expect(only(findQuotes(input(video, [roe]))).speaker).toBe(roe.key);
    const text = `Sen. Jane Roe (R-Ky.) said the vote was "a defeat for every voter."`;
    const sentences = [
      { start: 0, end: 21, text: text.slice(0, 21) },
      { start: 22, end: text.length, text: text.slice(22) },
    ];
    const split = { ...input(text, [roe]), sentences };
    expect(only(findQuotes(split)).speaker).toBe(roe.key);
  });

  it("a clause the sentence opens with is not its main clause: the main clause's subject speaks", () => {
    const after = `After John Doe criticized the plan, Jane Roe shot back, "Nobody asked for his opinion."`;
    expect(only(findQuotes(input(after, [roe, doe]))).speaker).toBe(roe.key);
    const when = `When asked whom she supported, Jane Roe smiled and said, "I am waiting for John Doe to decide."`;
    expect(only(findQuotes(input(when, [roe, doe]))).speaker).toBe(roe.key);
    // "As Roe said," attributes the main clause: with no cue after it, the opening clause still speaks.
    const as = `As Jane Roe said, the plan is "a gift to the few and a bill for the many."`;
    expect(only(findQuotes(input(as, [roe]))).speaker).toBe(roe.key);
  });

  it("an uncued partial quote is the words of the main clause's subject, after a clause the sentence opens with", () => {
    const text = `And after John Doe ruled against her, Jane Roe took aim at his "reading of the law in this case."`;
    const q = only(findQuotes(input(text, [roe, doe])));
    expect([q.speaker, q.speakerRule]).toEqual([roe.key, "sentence-subject"]);
  });

  it("a later cue whose subject opens a clause of its own names the speaker of the quote after it", () => {
    const after = `Jane Roe wrote on Tuesday, hours after John Doe said he was "encouraged by the plan."`;
    expect(only(findQuotes(input(after, [roe, doe]))).speaker).toBe(doe.key);
    const and = `Jane Roe said the plan was fine and John Doe called it "a great meeting for all of us."`;
    expect(only(findQuotes(input(and, [roe, doe]))).speaker).toBe(doe.key);
    // Without such a clause the later verbs belong to what the first cue reports.
    const reported = `Jane Roe said John Doe was right to urge voters "to act before it is too late."`;
    expect(only(findQuotes(input(reported, [roe, doe]))).speaker).toBe(roe.key);
  });

  it("a quote that ended its sentence inside its marks ends it for the quote after it", () => {
    const text = `John Doe turned to the crowd and said, "Who will you trust?" Jane Roe, speaking on the radio, called John Doe a "blowhard with no plan."`;
    // The splitter of a careless text runs the two sentences together.
    const quotes = findQuotes({ ...input(text, [roe, doe]), sentences: [{ start: 0, end: text.length, text }] });
    expect(quotes.map((q) => q.speaker)).toEqual([doe.key, roe.key]);
  });

  it("an uncued partial quote reports what follows its subject's verb", () => {
    const text = `Jane Roe thought the plan was "a gift to the few and a bill for the many."`;
    const q = only(findQuotes(input(text, [roe])));
    expect([q.speakerRule, slice(text, q.content)]).toEqual(["sentence-subject", `the plan was "a gift to the few and a bill for the many."`]);
  });

  it("an apposition between a name and its cue: the name it describes speaks, not a name inside it", () => {
    const who = `Jane Roe, who beat John Doe in May, said the race was "far from over for anyone."`;
    expect(only(findQuotes(input(who, [roe, doe]))).speaker).toBe(roe.key);
    const age = `Jane Roe, 22, whose brother John Doe ran last year, said she had "never seen a line this long."`;
    expect(only(findQuotes(input(age, [roe, doe]))).speaker).toBe(roe.key);
    // Without the commas there is no apposition: the name nearest the cue is its subject.
    const plain = `On Monday Jane Roe met John Doe, who said the race was "far from over for anyone."`;
    expect(only(findQuotes(input(plain, [roe, doe]))).speaker).toBe(doe.key);
  });

  it("a gerund modifying a noun is no cue: 'a creative writing professor' does not say anything", () => {
    const text = `Jane Roe, a creative writing professor, said she holds her roots "very near and dear to my heart."`;
    const q = only(findQuotes(input(text, [roe])));
    expect([q.speaker, q.cue]).toEqual([roe.key, "said"]);
  });

  it("the name right before a gerund is its subject, an adverb between them or not", () => {
    const text = `The vote was close, with John Doe recently calling the plan "a bill with no money behind it."`;
    expect(only(findQuotes(input(text, [doe]))).speaker).toBe(doe.key);
  });

  it("a gerund after a comma shares the clause's subject, not the object before it", () => {
    const q = only(findQuotes(input(`Jane Roe went after John Doe, calling him "a man with no plan at all."`, [roe, doe])));
    expect(q.speaker).toBe(roe.key);
  });

  it("a partial quote reports the clause it stands in", () => {
    const text = `Jane Roe says the bridge is "safe for every truck" and will open soon. Later news came.`;
    const q = only(findQuotes(input(text, [roe])));
    expect(slice(text, q.content)).toBe(`the bridge is "safe for every truck" and will open soon`);
    const told = `Jane Roe told the council on Monday that the plan is "dead on arrival."`;
    expect(slice(told, only(findQuotes(input(told, [roe]))).content)).toBe(`that the plan is "dead on arrival."`);
    // A comma inside the closing mark ends the clause as a sentence end does.
    const comma = `Jane Roe said things "should be settled by June," referring to the vote on the bridge.`;
    expect(slice(comma, only(findQuotes(input(comma, [roe]))).content)).toBe(`things "should be settled by June,"`);
  });

  it("quoted words carrying on a sentence, attributed after them, report the clause from the sentence's start", () => {
    const text = `Last year the plan "was dead on arrival," Jane Roe said.`;
    const q = only(findQuotes(input(text, [roe])));
    expect([q.speaker, slice(text, q.content)]).toEqual([roe.key, `Last year the plan "was dead on arrival,"`]);
    // A sentence that introduces a whole utterance with a colon is no clause of it.
    const intro = `Jane Roe was blunt: "It was dead on arrival," she said.`;
    expect(only(findQuotes(input(intro, [roe]))).content).toBeNull();
  });

  it("a cue opening the sentence's last clause, the speaker and an apposition after it, attributes the quote", () => {
    const text = `The bridge is "safe for every truck" and will open soon, said Jane Roe, a spokeswoman for Acme.`;
    const q = only(findQuotes(input(text, [roe, acme])));
    expect([q.speaker, q.speakerRule, slice(text, q.content)]).toEqual([roe.key, "sentence-closing-cue", `The bridge is "safe for every truck" and will open soon`]);
    // The quote may open the sentence when the sentence carries on after it.
    const opening = `"It seems very unlikely" that the plan passes, said John Doe, who leads the council.`;
    const d = only(findQuotes(input(opening, [doe])));
    expect([d.speaker, slice(opening, d.content)]).toEqual([doe.key, `"It seems very unlikely" that the plan passes`]);
    // A nominal nobody is named for: no speaker, its words kept, and no weaker sieve guesses one.
    const nominal = `Jane Roe left early. The plan "will never pass the council," said a longtime adviser to the mayor.`;
    const n = findQuotes(input(nominal, [roe]))[0]!;
    expect([n.speaker, n.speakerText, n.speakerRule]).toEqual([null, "a longtime adviser to the mayor", "sentence-closing-cue"]);
  });

  it("a reported clause with words of its own before a capitalised quote holds the quote", () => {
    const text = `Jane Roe said that once the vote is over, "I will go back to the farm."`;
    expect(slice(text, only(findQuotes(input(text, [roe]))).content)).toBe(`that once the vote is over, "I will go back to the farm."`);
    const whole = `Jane Roe said on Monday, "I will go back to the farm."`;
    expect(only(findQuotes(input(whole, [roe]))).content).toBeNull();
  });

  it("a title quoted between two quotes of one speaker does not break the run of paragraphs", () => {
    const text = `"We are ready," Jane Roe said on "Morning Roads Weekly."\n\n"The trucks leave at dawn."`;
    const quotes = findQuotes(input(text, [roe]));
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([["quote", roe.key], ["phrase", null], ["quote", roe.key]]);
    expect(quotes[2]!.speakerRule).toBe("paragraph-continuation");
  });

  it("a sentence opening with someone else between two quotes hands the floor to them", () => {
    const text = `"We are ready," said Jane Roe.\n\nJohn Doe nodded slowly. "The trucks leave at dawn."`;
    const quotes = findQuotes(input(text, [roe, doe]));
    expect(quotes.map((q) => q.speaker)).toEqual([roe.key, doe.key]);
    expect(quotes[1]!.speakerRule).not.toBe("paragraph-continuation");
    // Her own sentence in between keeps the run.
    const own = `"We are ready," said Jane Roe.\n\nRoe smiled at John Doe. "The trucks leave at dawn."`;
    expect(findQuotes(input(own, [roe, doe])).map((q) => q.speakerRule)).toEqual(["quote-verb-name", "paragraph-continuation"]);
  });

  it("a partial quote in a sentence that names someone else does not continue the last speaker", () => {
    const text = `"We are ready," Jane Roe said.\n\nIn May, Acme roads were "in need of repair everywhere."`;
    const quotes = findQuotes(input(text, [roe, acme]));
    expect(quotes.map((q) => q.speaker)).toEqual([roe.key, null]);
  });
});

describe("quote storms stay bounded", () => {
  it("ten thousand quote marks in one unbroken text come back as well-formed quotes", () => {
    const people: Person[] = Array.from({ length: 30 }, (_, i) => ({ key: `person:p${i}`, aliases: [`Name${String.fromCharCode(65 + (i % 26))}x${i}`] }));
    const text = Array.from({ length: 5000 }, (_, i) => `${people[i % 30]!.aliases[0]} spoke and "she said" then`).join(" ");
    const quotes = findQuotes(input(text, people));
    expect(quotes.length).toBe(5000);
    expect(quotes.every((q, i) => i === 0 || q.start >= quotes[i - 1]!.end)).toBe(true);
  });
});
