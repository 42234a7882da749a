import type { SerializedGraph } from "graphology-types";

/** Fetches a graphology JSON export from the same server. */
export async function fetchGraphJson(url: string): Promise<SerializedGraph> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" } });
  } catch (error) {
    throw new Error(`newsgraph/viewer: could not fetch ${url} (${(error as Error).message}).`);
  }
  if (!response.ok) throw new Error(`newsgraph/viewer: ${url} answered ${response.status} ${response.statusText}.`);
  try {
    return (await response.json()) as SerializedGraph;
  } catch {
    throw new Error(`newsgraph/viewer: ${url} is not valid JSON.`);
  }
}
