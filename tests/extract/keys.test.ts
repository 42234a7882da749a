import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { entityKey, keyId, keyType, parseKey, slugify, withType } from "../../src/extract/keys.js";

const article = (text: string) => ({ id: "k", title: "", date: null, source: null, url: null, text, origin: { file: "k.txt" } });

describe("node keys", () => {
  it("slugs names ASCII-folded, lower case, hyphenated", () => {
    expect(slugify("Éloïse Brûlé-Ngata")).toBe("eloise-brule-ngata");
    expect(entityKey("person", "Jan O’Neill")).toBe("person:jan-oneill");
    expect(entityKey("country", "pe")).toBe("country:PE");
    expect(() => entityKey("country", "Peru")).toThrow(/newsgraph\/extract/);
  });

  it("key a name written in Cyrillic or Greek like its Latin spelling", () => {
    expect(slugify("Борис Сметанин")).toBe("boris-smetanin");
    expect(slugify("Йордан Ёлкин")).toBe("yordan-yolkin");
    expect(slugify("Σταύρος Παπαδάκης")).toBe("stavros-papadakis");
    expect(entityKey("person", "Борис Сметанин")).toBe(entityKey("person", "Boris Smetanin"));
  });

  it("gives a name in any other script a stable slug of its own", () => {
    const han = slugify("李小梅");
    expect(han).toMatch(/^u-[0-9a-f]{10}$/);
    expect(slugify("李小梅")).toBe(han);
    expect(slugify("李大梅")).not.toBe(han);
    expect(slugify("سمير حداد")).toMatch(/^u-[0-9a-f]{10}$/);
  });

  it("reads only its own three prefixes", () => {
    expect(parseKey("organization:acme")).toEqual({ type: "organization", id: "acme" });
    expect(parseKey("org:acme")).toBeNull();
    expect(parseKey("person:")).toBeNull();
    expect(keyType("country:RU")).toBe("country");
    expect(keyId("country:RU")).toBe("RU");
    expect(withType("person:acme-works", "organization")).toBe("organization:acme-works");
    expect(() => keyType("org:acme")).toThrow(/newsgraph\/extract/);
  });

  it("keeps an article that names someone in Cyrillic, with its label as written", () => {
    const doc = extract(article("Борис Сметанин met Helena Voss in Vienna on Monday. Voss said the talks went well."));
    expect(doc.entities.map((e) => [e.key, e.label])).toEqual(
      expect.arrayContaining([
        ["person:boris-smetanin", "Борис Сметанин"],
        ["person:helena-voss", "Helena Voss"],
      ]),
    );
  });
});
