import { describe, expect, it } from "vitest";
import { parseState, serializeState, withState } from "../../viewer/src/state/url.js";
import type { ViewState } from "../../viewer/src/state/types.js";

describe("shareable view state in the URL", () => {
  const full: ViewState = {
    node: "person:ada-lovelace",
    filters: {
      hiddenTypes: ["country"],
      hiddenKinds: ["cooccurrence", "cites"],
      minEdgeWeight: 2,
      minMentions: 3,
      dateFrom: "2021-01-01",
      dateTo: "2021-12-31",
      community: 4,
      hideIsolated: true,
    },
    sizeBy: "pagerank",
    camera: { x: 0.5123456, y: 0.25, ratio: 0.75 },
  };

  it("round-trips every field through a link", () => {
    const back = parseState(serializeState(full).toString());
    expect(back).toEqual({ ...full, camera: { x: 0.51235, y: 0.25, ratio: 0.75 } });
  });

  it("keeps a default view's link empty", () => {
    expect(serializeState({}).toString()).toBe("");
    expect(parseState("")).toEqual({});
  });

  it("drops malformed values instead of failing on a hand-edited link", () => {
    const state = parseState("minw=-1&minm=abc&from=yesterday&comm=x&size=huge&cam=1,2&hidek=quote,bogus&hide=<script>,person");
    expect(state).toEqual({ filters: { hiddenKinds: ["quote"], hiddenTypes: ["person"] } });
    expect(parseState("cam=1,2,0").camera).toBeUndefined();
  });

  it("rewrites only its own parameters and keeps the graph URL and hash", () => {
    const url = withState({ pathname: "/", search: "?graph=data%2Fg.gexf&node=old&minw=9", hash: "#x" }, { node: "country:FR" });
    expect(url).toBe("/?graph=data%2Fg.gexf&node=country%3AFR#x");
  });
});
