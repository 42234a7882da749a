import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { entityKey, slugify } from "../../src/extract/keys.js";
import type { DocExtraction } from "../../src/extract/types.js";

// Every sentence here is made up: the behaviours are general, not tied to any article.
function run(text: string): DocExtraction {
  return extract({ id: "t", title: "", date: null, source: null, url: null, text, origin: { file: "test" } }, { quotes: false });
}
const names = (x: DocExtraction, type?: string) => x.mentions.filter((m) => !type || m.entityType === type).map((m) => m.text);
const entity = (x: DocExtraction, key: string) => x.entities.find((e) => e.key === key);

describe("extract: names and titles", () => {
  it("strips a title and a nationality before it, keeping them as role and affiliation", () => {
    const x = run("U.S. Secretary of State Marta Kowalczyk flew to Lima on Tuesday.");
    expect(names(x, "person")).toEqual(["Marta Kowalczyk"]);
    expect(names(x, "country")).toEqual(["U.S."]);
    const p = entity(x, "person:marta-kowalczyk")!;
    expect(p.roles).toContain("secretary of state");
    expect(p.affiliation).toBe("country:US");
  });

  it("keeps a chain of name particles inside the name, and its surname on the same person", () => {
    const x = run("Marta van der Berg met Paolo di Stefano in Lisbon. Van der Berg said the talks went well.");
    expect(names(x, "person")).toEqual(["Marta van der Berg", "Paolo di Stefano", "Van der Berg"]);
    expect(new Set(x.mentions.filter((m) => m.entityType === "person").map((m) => m.entity)).size).toBe(2);
  });

  it("takes a lower-case role and its owner before the name", () => {
    const x = run("The talks were confirmed by Chilean foreign minister Tomas Vidal and NATO spokeswoman Ilse Brandt.");
    expect(entity(x, "person:tomas-vidal")).toMatchObject({ roles: ["foreign minister"], affiliation: "country:CL" });
    expect(entity(x, "person:ilse-brandt")?.roles).toEqual(["spokeswoman"]);
  });

  it("keeps the possessive out of the span", () => {
    const text = "Norway's government rejected the plan, and Peru’s envoy left.";
    const x = run(text);
    const norway = x.mentions.find((m) => m.entity === "country:NO")!;
    expect(text.slice(norway.start, norway.end)).toBe("Norway");
    expect(x.mentions.find((m) => m.entity === "country:PE")?.text).toBe("Peru");
  });

  it("splits lists into one mention per name", () => {
    const x = run("Teams from Peru, Chile and Bolivia arrived late.");
    expect(names(x, "country")).toEqual(["Peru", "Chile", "Bolivia"]);
  });

  it("does not make names of headings, common phrases, demonym phrases or compound adjectives", () => {
    const x = run(
      "Live Coverage: Markets In Focus\n\nThe Chilean capital was calm, the news agency said, citing Peruvian media and Chilean-Peruvian trade talks.",
    );
    expect(x.mentions.filter((m) => m.entityType !== "country")).toEqual([]);
    expect(names(x)).toEqual([]);
  });

  it("reads an all-capitals acronym as an organization, but not one the article defines for a common phrase", () => {
    const x = run("Officials at UNCTAD said the iodine deficiency disorder (IDD) rate rose. IDD is preventable.");
    expect(names(x, "organization")).toEqual(["UNCTAD"]);
  });
});

describe("extract: countries and organizations", () => {
  it("turns a demonym into a reference to the country, not a mention", () => {
    const x = run("Chilean troops crossed the border at dawn.");
    expect(x.mentions).toEqual([]);
    expect(x.references).toMatchObject([{ text: "Chilean", entity: "country:CL", via: "demonym" }]);
    expect(entity(x, "country:CL")?.label).toBe("Chile");
  });

  it("reads a capital as its state only when it acts", () => {
    const acting = run("Ottawa said it would respond within days.");
    expect(acting.mentions).toMatchObject([{ text: "Ottawa", entityType: "country", entity: "country:CA" }]);
    const place = run("She flew to Ottawa on Monday. Ottawa is cold in winter, and flights from Ottawa were cancelled.");
    expect(place.mentions).toEqual([]);
    const signal = run("There were signs from Ottawa that talks could resume, and warnings by Ottawa's allies.");
    expect(signal.mentions.map((m) => m.entity)).toEqual(["country:CA", "country:CA"]);
  });

  it("gives a gazetteer organization one key whichever name is used", () => {
    const x = run("The World Health Organization issued a warning. WHO officials said more data was needed.");
    expect(new Set(x.mentions.map((m) => m.entity))).toEqual(new Set(["organization:world-health-organization"]));
  });

  it("knows a party by its nickname as by its name", () => {
    const x = run("The Republican Party met in Ohio. GOP leaders said the vote would wait.");
    expect(new Set(x.mentions.filter((m) => m.entityType === "organization").map((m) => m.entity))).toEqual(new Set(["organization:republican-party"]));
  });

  it("keys a generic government body by its state, whether written as adjective or possessive", () => {
    const x = run("The Peruvian Interior Ministry denied it. Later, Peru's Interior Ministry confirmed it.");
    const orgs = x.mentions.filter((m) => m.entityType === "organization");
    expect(orgs.map((m) => m.entity)).toEqual(["organization:peruvian-interior-ministry", "organization:peruvian-interior-ministry"]);
    expect(entity(x, "organization:peruvian-interior-ministry")?.affiliation).toBe("country:PE");
  });

  it("finds organizations by the shape of their names and lists the country they contain", () => {
    const x = run("Researchers at the University of Leeds and the U.S. Department of Energy worked with Brightwater Holdings.");
    expect(names(x, "organization")).toEqual(["University of Leeds", "U.S. Department of Energy", "Brightwater Holdings"]);
    expect(names(x, "country")).toEqual(["U.S."]);
  });

  it("reads country names as national teams in a sports report, except as places", () => {
    const x = run(
      "Peru beat Chile 2 – 1. The striker scored the first goal, and a penalty decided it after the referee consulted video. The match was played in Bolivia.",
    );
    expect(x.mentions.filter((m) => m.entityType === "organization").map((m) => m.text)).toEqual(["Peru", "Chile"]);
    expect(names(x, "country")).toEqual(["Bolivia"]);
  });
});

describe("extract: sports vocabulary", () => {
  it("keeps country names as countries when sports words are only figures of speech", () => {
    const x = run("Peru and Chile set climate goals. Human rights defenders said the penalty for missing the goal was a match for past failures.");
    expect(names(x, "country")).toEqual(["Peru", "Chile"]);
  });
});

describe("extract: coreference", () => {
  it("resolves a surname and a title with surname to the full name introduced earlier", () => {
    const x = run("Finance Minister Ingrid Solberg arrived on Monday. Solberg said the deal was close. Minister Solberg left early.");
    const people = x.mentions.filter((m) => m.entityType === "person");
    expect(people.map((m) => m.text)).toEqual(["Ingrid Solberg", "Solberg", "Solberg"]);
    expect(new Set(people.map((m) => m.entity))).toEqual(new Set(["person:ingrid-solberg"]));
    expect(entity(x, "person:ingrid-solberg")).toMatchObject({ label: "Ingrid Solberg", aliases: ["Ingrid Solberg", "Solberg"] });
  });

  it("links a role phrase to the person introduced with that role and state", () => {
    const x = run("Chilean President Ana Morales met reporters. Later the Chilean president left for Lima.");
    const role = x.references.find((r) => r.via === "role");
    expect(role).toMatchObject({ text: "Chilean president", entity: "person:ana-morales" });
  });
});

describe("extract: sentences and offsets", () => {
  it("splits sentences at paragraph breaks and after quotes, not after abbreviations", () => {
    const text = 'Dr. Lena Ortiz met Mr. Paul Nguyen in the U.S. capital on Feb. 3.\n\nHe said "no." Talks resumed.';
    const x = run(text);
    expect(x.sentences.map((s) => s.text)).toEqual(['Dr. Lena Ortiz met Mr. Paul Nguyen in the U.S. capital on Feb. 3.', 'He said "no."', "Talks resumed."]);
  });

  it("gives offsets that index the article text exactly", () => {
    const text =
      "“Britain’s Home Secretary Omar Haddad told the BBC on Friday that Russia's claims were false,” wrote Anna Lind.\n\nHaddad's aides, and Kenya's foreign ministry, disagreed.";
    const x = run(text);
    expect(x.mentions.length).toBeGreaterThan(4);
    for (const m of [...x.mentions, ...x.references, ...x.sentences]) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const m of x.mentions) expect(x.sentences[m.sentence]!.start).toBeLessThanOrEqual(m.start);
  });

  it("rejects an article without text, and bad options, naming the stage", () => {
    expect(() => extract({ id: "x" } as never)).toThrow(/newsgraph\/extract/);
    expect(() => extract({ id: "x", text: "Hi." } as never, { sportsCues: 0 })).toThrow(/newsgraph\/extract: options.sportsCues/);
  });
});

describe("keys", () => {
  it("slugs names ASCII-folded, lower case, hyphenated", () => {
    expect(slugify("Éloïse Brûlé-Ngata")).toBe("eloise-brule-ngata");
    expect(entityKey("person", "Jan O’Neill")).toBe("person:jan-oneill");
    expect(entityKey("country", "pe")).toBe("country:PE");
    expect(() => entityKey("country", "Peru")).toThrow(/newsgraph\/extract/);
  });
});

describe("extract: one key per actor", () => {
  it("joins a bracketed acronym and a shortened name to the organization's full name", () => {
    const x = run(
      "The Federation of Andean Growers (FAG) met the Peruvian Water Authority. FAG members said the Water Authority had refused.",
    );
    const keys = (surface: string) => new Set(x.mentions.filter((m) => m.text === surface).map((m) => m.entity));
    expect(keys("FAG")).toEqual(keys("Federation of Andean Growers"));
    expect(keys("Water Authority")).toEqual(keys("Peruvian Water Authority"));
  });

  it("gives a shared surname to the person the article names in full most often", () => {
    const x = run(
      "Student Karim Haddad built the device. Karim Haddad showed it to teachers. His cousin Leila Haddad said she was proud. Haddad now plans a second one.",
    );
    const last = x.mentions.filter((m) => m.text === "Haddad").pop()!;
    expect(last.entity).toBe("person:karim-haddad");
  });
});

describe("extract: context decides a bare name", () => {
  it("types an unknown name by the typed names listed with it", () => {
    const x = run("Stands were set up by Acme Corp, Zentrix and Brightwater Holdings.");
    expect(x.mentions.find((m) => m.text === "Zentrix")?.entityType).toBe("organization");
  });

  it("reads a name after an organization noun as an organization, and its head word later as the same body", () => {
    const x = run("The secularist magazine Ragione published the ruling of the Regional Court of Appeal. The Court has not commented.");
    expect(x.mentions.find((m) => m.text === "Ragione")?.entityType).toBe("organization");
    const courts = x.mentions.filter((m) => m.text.includes("Court"));
    expect(courts.map((m) => m.text)).toEqual(["Regional Court of Appeal", "Court"]);
    expect(new Set(courts.map((m) => m.entity)).size).toBe(1);
  });
});

describe("extract: ordinary words as names", () => {
  it("reads an ordinary word as a surname when the article names that person in full", () => {
    const x = run("Nina Rivers opened the session. Rivers said the vote would wait. The rivers were high.");
    expect(x.mentions.map((m) => `${m.text}=${m.entity}`)).toEqual(["Nina Rivers=person:nina-rivers", "Rivers=person:nina-rivers"]);
  });

  it("does not make a person of a place after a preposition, even before a speech verb", () => {
    const x = run("Amara Odhiambo, a teacher in Kisumu, said prices rose.");
    expect(names(x, "person")).toEqual(["Amara Odhiambo"]);
  });
});

describe("extract: what is not a person", () => {
  it("drops descriptions, initials, hotels and streets around names", () => {
    const x = run(
      "Policemen Jorge Almeida and L. Ron Tibbets spoke at the Carlton Hotel on 12 Hollis Av. in Washington, D. C. on Monday.",
    );
    expect(names(x, "person")).toEqual(["Jorge Almeida", "L. Ron Tibbets"]);
  });

  it("keeps a title word that ends a person's name", () => {
    const x = run("Students read about Maria Elena King. King said the archive was open.");
    expect(new Set(x.mentions.map((m) => m.entity))).toEqual(new Set(["person:maria-elena-king"]));
  });
});
