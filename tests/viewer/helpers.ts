import { toDataset } from "../../viewer/src/graph/dataset.js";
import type { DataGraph } from "../../viewer/src/graph/types.js";
import { makeViewerFixture } from "./fixture.js";

/** The fixture as the viewer sees it after loading graph.json. */
export function fixtureDataset(): DataGraph {
  return toDataset(makeViewerFixture().export());
}
