export type EntityType = "person" | "country" | "organization";
export type EdgeKind = "cooccurrence" | "quote" | "cites";
export type SizeBy = "mentions" | "pagerank" | "degree";

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/**
 * What a shared link restores. Every field is optional: absent means the viewer's default,
 * so a link stays short and keeps working when defaults change.
 */
export interface ViewState {
  /** The selected node's key. */
  node?: string;
  /** Entity types shown (all when absent). */
  types?: EntityType[];
  /** Edge kinds shown (all when absent). */
  kinds?: EdgeKind[];
  minWeight?: number;
  minMentions?: number;
  /** ISO dates bounding the articles (inclusive). */
  from?: string;
  to?: string;
  community?: number;
  hideIsolated?: boolean;
  sizeBy?: SizeBy;
  camera?: CameraView;
}
