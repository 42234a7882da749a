import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/extract/quotes/index.js";
import { seededRandom } from "../../src/common/rng.js";
import type { Quote } from "../../src/extract/types.js";
import { input, type Person } from "./quotes-input.js";

const berg: Person = { key: "person:thomas-berg", aliases: ["Thomas Berg", "Berg"] };
const lopez: Person = { key: "person:maria-lopez", aliases: ["Maria Lopez", "Lopez"] };
const hall: Person = { key: "person:peter-hall", aliases: ["Peter Hall", "Hall"] };
const radioNord: Person = { key: "organization:radio-nord", type: "organization", aliases: ["Radio Nord"] };

const only = (quotes: Quote[]) => {
  expect(quotes).toHaveLength(1);
  return quotes[0];
};

describe("findQuotes: quoted spans", () => {
  it("spans include the marks, the text does not", () => {
    const text = `“The bridge will reopen in May,” Maria Lopez said.`;
    const q = only(findQuotes(input(text, [lopez])));
    expect(text.slice(q.start, q.end)).toBe(`“The bridge will reopen in May,”`);
    expect(q.text).toBe("The bridge will reopen in May");
    expect(q.sentence).toBe(0);
  });

  it("a quote over several sentences is one quote", () => {
    const text = `Intro line here.\n\n"We built it. It took years. We will not stop," Thomas Berg said.`;
    const q = only(findQuotes(input(text, [berg])));
    expect(q.text).toBe("We built it. It took years. We will not stop");
    expect(q.speaker).toBe(berg.key);
    expect(q.sentence).toBe(1);
  });

  it("a paragraph that opens a quote without closing it continues in the next one", () => {
    const text = `"We will build the bridge. It will take three years.\n\n"But we will not stop," Thomas Berg said.\n\nThe council met later.`;
    const q = only(findQuotes(input(text, [berg])));
    expect(q.start).toBe(0);
    expect(text.slice(q.end - 2, q.end)).toBe(`,"`);
    expect(q.text).not.toContain('"');
    expect(q.text).toContain("three years.");
    expect(q.text).toContain("But we will not stop");
    expect(q.speaker).toBe(berg.key);
  });

  it("an unclosed mark does not swallow the next paragraph's quote", () => {
    const text = `The ship was known as "the old lady.\n\nLater, "We sail at dawn," Thomas Berg said.`;
    const q = only(findQuotes(input(text, [berg])));
    expect(q.text).toBe("We sail at dawn");
    expect(q.speaker).toBe(berg.key);
  });

  it("single-quoted partial quotes are found, apostrophes are not quotes", () => {
    const text = `Thomas Berg called the council's plan a 'modest step' but said he didn't expect fans of rock 'n' roll from the '90s to return to the students' hall.`;
    const q = only(findQuotes(input(text, [berg])));
    expect(q.text).toBe("modest step");
    expect(q.speaker).toBe(berg.key);
    expect(q.cue).toBe("called");
  });

  it("curly single quotes and curly apostrophes", () => {
    const text = `Maria Lopez described the city’s budget as a ‘fresh start’ for Oslo’s schools.`;
    const q = only(findQuotes(input(text, [lopez])));
    expect(q.text).toBe("fresh start");
    expect(q.speaker).toBe(lopez.key);
  });

  it("British style: single marks as the main quotes, with apostrophes inside", () => {
    const ruritania: Person = { key: "country:RR", type: "country", aliases: ["Ruritania"] };
    const text = `‘Ruritania’s army isn’t ready,’ Thomas Berg said. 'We can't wait for the '90s again,' he added.`;
    const quotes = findQuotes(input(text, [berg, ruritania]));
    expect(quotes.map((q) => q.text)).toEqual(["Ruritania’s army isn’t ready", "We can't wait for the '90s again"]);
    expect(quotes.map((q) => q.speaker)).toEqual([berg.key, berg.key]);
    expect(quotes[0].about).toEqual([ruritania.key]);
  });

  it("single quotes inside a double-quoted quote are part of it, not quotes of their own", () => {
    const text = `"They told us 'wait' and we waited," Maria Lopez said.`;
    const q = only(findQuotes(input(text, [lopez])));
    expect(q.text).toBe("They told us 'wait' and we waited");
  });

  it("a scare quote with no one saying it has no speaker", () => {
    const q = only(findQuotes(input(`The ship, nicknamed "Blue Whale", sailed from the port.`, [])));
    expect(q.speaker).toBeNull();
    expect(q.cue).toBeNull();
  });
});

describe("findQuotes: quotes that break the conventions", () => {
  it("a quote broken into paragraphs without reopening marks runs on to its closing mark", () => {
    const text = `Thomas Berg said, "We learned a lot today.\n\nIt was a hard day for all of us."\n\nThe team flew home.`;
    const q = only(findQuotes(input(text, [berg])));
    expect(q.text).toContain("hard day for all of us.");
    expect(q.speaker).toBe(berg.key);
  });

  it("a name alone after a dash signs the quote", () => {
    const text = `"The game is long, and we are patient." – Thomas Berg\n\nThe site was down for a day.`;
    expect(only(findQuotes(input(text, [berg]))).speaker).toBe(berg.key);
  });
});

describe("findQuotes: speaker by cue", () => {
  it("cue after: X said, said X, X was quoted as saying", () => {
    const text = [
      `"We need more time," said Thomas Berg.`,
      `"The talks are over," Maria Lopez told reporters in the capital.`,
      `"Nothing has changed," Peter Hall was quoted as saying.`,
    ].join("\n\n");
    const quotes = findQuotes(input(text, [berg, lopez, hall]));
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      [berg.key, "said"],
      [lopez.key, "told"],
      [hall.key, "was quoted as saying"],
    ]);
  });

  it("cue before: X said: …, X said that …, according to X", () => {
    const text = [
      `Thomas Berg said: "We need more time."`,
      `Maria Lopez said that the deal was "as good as done."`,
      `According to Peter Hall, "the vote will be close."`,
    ].join("\n\n");
    const quotes = findQuotes(input(text, [berg, lopez, hall]));
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      [berg.key, "said"],
      [lopez.key, "said"],
      [hall.key, "according to"],
    ]);
  });

  it("the speaker is the one nearest before the cue, not a name earlier in the sentence", () => {
    const text = `After talks with Peter Hall, a plan emerged that Thomas Berg called "the best we could get."`;
    expect(only(findQuotes(input(text, [berg, hall]))).speaker).toBe(berg.key);
  });

  it("a partial quote, then says X, then the rest: both are X's", () => {
    const text = `The city is known for its food "and, when guests arrive", says Maria Lopez, "that is what we offer."`;
    const q = only(findQuotes(input(text, [lopez])));
    expect(q.speaker).toBe(lopez.key);
    expect(q.segments).toHaveLength(2);
  });

  it("a quote interrupted by its attribution is one quote of the speaker between its parts", () => {
    const text = `"We are ready," Thomas Berg said, "and we will go ahead."`;
    const q = only(findQuotes(input(text, [berg])));
    expect(q.speaker).toBe(berg.key);
    expect(q.text).toBe("We are ready and we will go ahead.");
    expect(q.segments.map((s) => text.slice(s.start, s.end))).toEqual([`"We are ready,"`, `"and we will go ahead."`]);
    expect(text.slice(q.cueSpan!.start, q.cueSpan!.end)).toBe("said");
  });

  it("a quote opening its paragraph after a colon is introduced by the paragraph before", () => {
    const text = `Maria Lopez wrote on her blog:\n\n"The bridge is finished. Come and see it."`;
    const q = only(findQuotes(input(text, [lopez])));
    expect(q.speaker).toBe(lopez.key);
    expect(q.cue).toBe("wrote");
  });

  it("a person before a colon introduces the next paragraph's quote even without a cue", () => {
    const text = `Critic Maria Lopez summed it up neatly:\n\n"This is a long film, and a brave one."`;
    const q = only(findQuotes(input(text, [lopez])));
    expect([q.speaker, q.cue]).toEqual([lopez.key, null]);
  });

  it("an unattributed quote paragraph continues the previous speaker", () => {
    const text = `"We have waited long enough," Thomas Berg said.\n\n"Now it is time to act."\n\n"And we will."`;
    const quotes = findQuotes(input(text, [berg]));
    expect(quotes.map((q) => [q.speaker, q.segments.length, q.speakerRule])).toEqual([
      [berg.key, 2, "quote-name-verb"],
      [berg.key, 1, "paragraph-continuation"],
    ]);
  });

  it("a partial quote without a cue goes to the person the sentence is about", () => {
    const text = `Maria Lopez repeated her view that the talks were "firmly on track for a deal" for now.`;
    const q = only(findQuotes(input(text, [lopez])));
    expect(q.speaker).toBe(lopez.key);
    expect(q.cue).toBeNull();
  });

  it("a cue after a partial quote that ended its sentence starts a new one", () => {
    const text = `Most of the flaws are rated "highly critical". Maria Lopez says that new versions fix them.`;
    expect(only(findQuotes(input(text, [lopez]))).speaker).toBeNull();
  });

  it("an introduction ending in a comma beats a cue of the next sentence", () => {
    const text = `Thomas Berg stated,\n\n"The car was black. It had no plates." Maria Lopez asserted that the car was stolen.`;
    const q = only(findQuotes(input(text, [berg, lopez])));
    expect(q.speaker).toBe(berg.key);
    expect(q.cue).toBe("stated");
  });

  it("a quote right after a sentence in which someone said something is theirs", () => {
    const text = `Maria Lopez said she was alarmed by the results. "Half of the wells are dry."`;
    expect(only(findQuotes(input(text, [lopez]))).speaker).toBe(lopez.key);
  });

  it("a second cue without a subject of its own shares the sentence's subject", () => {
    const text = `Maria Lopez said the plan came "far too late", and said it was "badly made."`;
    const quotes = findQuotes(input(text, [lopez]));
    expect(quotes.map((q) => q.speaker)).toEqual([lopez.key, lopez.key]);
  });

  it("a body speaks through its spokesman, but is only a modifier of another noun", () => {
    const council: Person = { key: "organization:oslo-council", type: "organization", aliases: ["Oslo Council"] };
    const text = `"The budget is final," an Oslo Council spokesman said.\n\n"The budget is late," the former Oslo Council treasurer said.`;
    const quotes = findQuotes(input(text, [council]));
    expect(quotes.map((q) => q.speaker)).toEqual([council.key, null]);
  });

  it("a name after a cue is the speaker only when the cue follows the quote", () => {
    const text = `"We lost," said Thomas Berg.\n\nThe mayor said the council and Thomas Berg "must share the blame."`;
    const quotes = findQuotes(input(text, [berg]));
    expect(quotes.map((q) => q.speaker)).toEqual([berg.key, null]);
  });

  it("a cue closing the sentence may follow an apposition and a day", () => {
    const text = `Spraying by "technicians with narrow training" harms crops, Thomas Berg, president of the society, said today.`;
    expect(only(findQuotes(input(text, [berg]))).speaker).toBe(berg.key);
  });

  it("a name behind a preposition and a title is not the subject", () => {
    const text = `At a party for President Peter Hall, Thomas Berg emptied his pockets and said: "Look, he took everything."`;
    expect(only(findQuotes(input(text, [berg, hall]))).speaker).toBe(berg.key);
  });

  it("a cue closing the sentence attributes a partial quote inside it", () => {
    const text = `The firm then took "shortcuts" on the bridge but got paid anyway, Thomas Berg said.`;
    const q = only(findQuotes(input(text, [berg])));
    expect([q.speaker, q.cue]).toEqual([berg.key, "said"]);
  });

  it("the subject keeps the cue across a second verb joined by and", () => {
    const text = `Thomas Berg emptied his pockets and said, smiling: "Look, nothing left."`;
    expect(only(findQuotes(input(text, [berg]))).speaker).toBe(berg.key);
  });

  it("a verb joined by and shares the first subject, not the object before it", () => {
    const text = `Thomas Berg telephoned Maria Lopez and muttered, "Come home."`;
    expect(only(findQuotes(input(text, [berg, lopez]))).speaker).toBe(berg.key);
  });

  it("names and titles in quotes are nobody's words", () => {
    const text = `Thomas Berg was named "Sportsman of the Year" by the club, and Maria Lopez starred in "Blue Water".`;
    expect(findQuotes(input(text, [berg, lopez])).map((q) => q.speaker)).toEqual([null, null]);
  });

  it("the American who speaks is a person, not the country", () => {
    const us: Person = { key: "country:US", type: "country", aliases: ["United States"] };
    const text = `"I don't work for the government," the American said.`;
    const start = text.indexOf("American");
    const q = only(findQuotes(input(text, [us], [{ start, end: start + 8, entity: us.key, via: "demonym" }])));
    expect(q.speaker).toBeNull();
  });

  it("a new clause after a name has its own subject", () => {
    const text = `No, said Thomas Berg, but officials still called him "evasive".`;
    expect(only(findQuotes(input(text, [berg]))).speaker).toBeNull();
  });

  it("an unnamed speaker inside parentheses does not fall back to the sentence before", () => {
    const text = `Thomas Berg can do more. ("They get along fine," says a writer who knows them.)`;
    expect(only(findQuotes(input(text, [berg]))).speaker).toBeNull();
  });

  it("an attribution set off by commas names the speaker after its cue", () => {
    const text = `What Peter Hall presented, said Thomas Berg, was "not a very encouraging review".`;
    expect(only(findQuotes(input(text, [berg, hall]))).speaker).toBe(berg.key);
  });

  it("in X's words: the words are X's", () => {
    const text = `Thomas Berg spoke first; but, in Maria Lopez's words, it was "not an encouraging" day.`;
    const q = only(findQuotes(input(text, [berg, lopez])));
    expect([q.speaker, q.cue]).toEqual([lopez.key, null]);
  });

  it("hearsay in the passive attributes nothing", () => {
    const text = `Thomas Berg will lead the fight to oust Peter Hall, whom he is said to regard as "an inferior man".`;
    expect(only(findQuotes(input(text, [berg, hall]))).cue).not.toBe("said");
  });

  it("a possessor or the object of a preposition is not the speaker", () => {
    const oslo: Person = { key: "organization:oslo-council", type: "organization", aliases: ["Oslo Council"] };
    const text = `Berg's deputy at the Oslo Council warned that prices could "double by winter."`;
    const q = only(findQuotes(input(text, [berg, oslo])));
    expect(q.speaker).toBeNull();
    expect(q.cue).toBe("warned");
  });
});

describe("findQuotes: pronoun and role speakers", () => {
  it("he/she picks the person of matching gender", () => {
    const text = `Maria Lopez met Thomas Berg in the capital on Monday.\n\n"It was a good meeting," she said.\n\n"We agreed on nothing," he said.`;
    const quotes = findQuotes(input(text, [lopez, berg]));
    expect(quotes.map((q) => q.speaker)).toEqual([lopez.key, berg.key]);
    expect(quotes.map((q) => q.cue)).toEqual(["said", "said"]);
  });

  it("he skips a sentence's subject whose gender is unknown for a man named since", () => {
    const peck: Person = { key: "person:quinn-peck", aliases: ["Quinn Peck", "Peck"] };
    const text = `Quinn Peck questioned the chairman, Thomas Berg, about the budget.\n\n"My feeling at the moment," he said, "is that we have no choice."`;
    expect(findQuotes(input(text, [peck, berg])).map((q) => q.speaker)).toEqual([berg.key]);
  });

  it("a person named only in a parenthetical aside is not who he is", () => {
    const text = `Thomas Berg told his coach: "Play me." (Peter Hall did, and the team won.) "That's the way I am," he says.`;
    expect(findQuotes(input(text, [berg, hall])).map((q) => q.speaker)).toEqual([berg.key, berg.key]);
  });

  it("an honorific in the text tells the gender", () => {
    const lee: Person = { key: "person:jordan-lee", aliases: ["Jordan Lee", "Lee"] };
    const text = `Mrs. Jordan Lee met Peter Hall on Monday.\n\n"The vote is close," she said.`;
    expect(only(findQuotes(input(text, [lee, hall]))).speaker).toBe(lee.key);
  });

  it("he is the person the passage is about, not merely the last man named", () => {
    const text = `"The plan works," Thomas Berg told reporters after meeting Peter Hall.\n\n"We will start in spring," he said.`;
    const quotes = findQuotes(input(text, [berg, hall]));
    expect(quotes[1].speaker).toBe(berg.key);
  });

  it("he never resolves to a name inside a quote", () => {
    const text = `"See Joe, see Peter Hall," he says. "The hand is out."`;
    expect(findQuotes(input(text, [hall])).map((q) => q.speaker)).toEqual([null]);
  });

  it("a partial quote's speaker carries on to the next he said", () => {
    const text = `Peter Hall spoke first. Thomas Berg called the offer "a start."\n\nPrices were "far too high," he added.`;
    const quotes = findQuotes(input(text, [berg, hall]));
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      [berg.key, "called"],
      [berg.key, "added"],
    ]);
  });

  it("a role speaker is the person the article gave that role and country", () => {
    const weber: Person = { key: "person:karl-weber", aliases: ["Karl Weber", "Weber"], roles: ["chancellor"], affiliation: "country:AT" };
    const vogel: Person = { key: "person:hans-vogel", aliases: ["Hans Vogel", "Vogel"], roles: ["president"], affiliation: "country:DE" };
    const text = `Austrian Chancellor Karl Weber met Hans Vogel, the German president, in Vienna.\n\n"We will not give in," the Austrian leader said.\n\n"Neither will we," the German president added.`;
    const quotes = findQuotes(input(text, [weber, vogel]));
    expect(quotes.map((q) => q.speaker)).toEqual([weber.key, vogel.key]);
  });

  it("a role word in apposition to a name does not send the quote to another holder of the role", () => {
    const coach: Person = { key: "person:nabil-saad", aliases: ["Nabil Saad", "Saad"], roles: ["coach"] };
    const text = `Nabil Saad, the home coach, left early.\n\nAfter the match, Thomas Berg, visiting coach, said, "We learned a lot."`;
    expect(only(findQuotes(input(text, [coach, berg]))).speaker).toBe(berg.key);
  });

  it("a role word far from a name still names its holder", () => {
    const weber: Person = { key: "person:karl-weber", aliases: ["Karl Weber", "Weber"], roles: ["councilman"] };
    const text = `Councilman Karl Weber spoke first.\n\nThe councilman, who leads the majority, also criticized Thomas Berg for "halting the work" on Tuesday.`;
    expect(only(findQuotes(input(text, [weber, berg]))).speaker).toBe(weber.key);
  });

  it("a surname the extractor missed in one place still names the speaker", () => {
    const text = `Gerald Ramsey runs the kitchen.\n\n"Mostly meat and potatoes," says Ramsey.`;
    const ramsey: Person = { key: "person:gerald-ramsey", aliases: ["Gerald Ramsey"] };
    const doc = input(text, [ramsey]);
    expect(doc.mentions).toHaveLength(1);
    expect(only(findQuotes(doc)).speaker).toBe(ramsey.key);
  });

  it("a role reference resolved by the extractor is used as it is", () => {
    const chen: Person = { key: "person:li-chen", aliases: ["Li Chen"] };
    const text = `Li Chen arrived on Monday.\n\n"The door is open," the envoy said.`;
    const start = text.indexOf("the envoy");
    const q = only(findQuotes(input(text, [chen], [{ start, end: start + 9, entity: chen.key, via: "role" }])));
    expect(q.speaker).toBe(chen.key);
  });
});

describe("findQuotes: about and reportedBy", () => {
  const ruritania: Person = { key: "country:RR", type: "country", aliases: ["Ruritania"] };
  const borduria: Person = { key: "country:BD", type: "country", aliases: ["Borduria"] };

  it("about lists the entities named inside the quote, once each, never the speaker", () => {
    const text = `"Ruritania and Borduria must talk, and Ruritania must go first," Thomas Berg said in Borduria. "Berg keeps his word."`;
    const q = only(findQuotes(input(text, [berg, ruritania, borduria])));
    expect(q.speaker).toBe(berg.key);
    expect(q.segments).toHaveLength(2);
    expect(q.about).toEqual([ruritania.key, borduria.key]);
  });

  it("demonyms inside the quote count, pronoun references do not", () => {
    const text = `"The Ruritanian army will not move," Thomas Berg said.`;
    const start = text.indexOf("Ruritanian");
    const q = only(findQuotes(input(text, [berg, ruritania], [{ start, end: start + 10, entity: ruritania.key, via: "demonym" }])));
    expect(q.about).toEqual([ruritania.key]);
  });

  it("the outlet that reported the words: quoted by, told, interview with, X quoted", () => {
    const text = [
      `"We will not sign," Thomas Berg was quoted as saying by Ruritania's Radio Nord news service.`,
      `"Nothing is agreed," Maria Lopez told Radio Nord.`,
      `"The border stays shut," Peter Hall said in an interview with Radio Nord.`,
      `Radio Nord quoted Berg as saying: "We are not in a hurry."`,
    ].join("\n\n");
    const quotes = findQuotes(input(text, [berg, lopez, hall, radioNord, ruritania]));
    expect(quotes.map((q) => [q.speaker, q.reportedBy])).toEqual([
      [berg.key, radioNord.key],
      [lopez.key, radioNord.key],
      [hall.key, radioNord.key],
      [berg.key, radioNord.key],
    ]);
  });

  it("a dateline or a credit line is no cite", () => {
    const text = `OSLO (Radio Nord) - "We will wait," Thomas Berg told reporters.\n\nWith reporting by Radio Nord.`;
    const q = only(findQuotes(input(text, [berg, radioNord])));
    expect(q.speaker).toBe(berg.key);
    expect(q.reportedBy).toBeNull();
  });
});

describe("findQuotes: input", () => {
  it("names the stage when given no text", () => {
    expect(() => findQuotes({} as never)).toThrow(/newsgraph\/extract\/quotes/);
  });

  // How the quote stage's time grows with an article's length is measured by `npm run bench -- --robust`;
  // here only that a long article is read whole and right, within the test's time limit.
  it("reads every quotation of a long article and attributes the last one", () => {
    const people = Array.from({ length: 40 }, (_, i) => ({ key: `person:p${i}`, aliases: [`Person${String.fromCharCode(65 + (i % 26))} Name${i}`] }));
    const text = Array.from({ length: 2400 }, (_, i) => `${people[i % 40].aliases[0]} met officials. "We will not give in," he said.`).join("\n\n");
    const quotes = findQuotes(input(text, people));
    expect(quotes).toHaveLength(2400);
    expect(quotes[2399].speaker).toBe(people[2399 % 40].key);
  }, 60_000);

  it("any mix of marks, apostrophes and breaks gives well-formed, ordered spans (seeded)", () => {
    const pieces = [`"`, `“`, `”`, `'`, `‘`, `’`, "don't", "Russia's", "'90s", " he said", ", Thomas Berg said.", "\n\n", "\n", " We will go", ".", ", ", "(", ")", " — ", "Berg"];
    const random = seededRandom(42);
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 5 + Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
      const doc = input(text, [berg]);
      const quotes = findQuotes(doc);
      let last = -1;
      for (const q of quotes) {
        expect(q.start).toBeGreaterThanOrEqual(last);
        expect(q.end).toBeGreaterThan(q.start);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(`"“”'‘’«„»`).toContain(text[q.start]);
        expect(`"“”'‘’«»`).toContain(text[q.end - 1]);
        expect(q.sentence).toBeLessThan(Math.max(1, doc.sentences.length));
        expect([null, berg.key]).toContain(q.speaker);
        last = q.end;
      }
    }
  });

  it("no quotes in a text without marks", () => {
    expect(findQuotes(input(`Thomas Berg's team said it didn't know.`, [berg]))).toEqual([]);
  });
});
