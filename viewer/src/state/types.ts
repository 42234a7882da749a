import type { FilterSettings } from "../filters/types.js";

export type SizeBy = "mentions" | "pagerank" | "degree";

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/**
 * What a shared link restores. Every field is optional, and so is every filter: absent means
 * the viewer's default, so a link stays short and keeps working when defaults change.
 */
export interface ViewState {
  /** The selected node's key. */
  node?: string;
  /** The link whose evidence the panel shows. */
  edge?: string;
  filters?: Partial<FilterSettings>;
  sizeBy?: SizeBy;
  colorBy?: "type" | "community";
  camera?: CameraView;
}
