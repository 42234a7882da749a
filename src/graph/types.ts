import type { EntityType } from "../extract/types.js";

export type EdgeKind = "cooccurrence" | "quote" | "cites";

/** One piece of evidence behind an edge: the sentence or the quotation, and where it was read. */
export interface Evidence {
  article: string;
  title: string;
  date: string | null;
  text: string;
}

/** The graph contract (DESIGN.md): every output carries these node attributes. */
export interface NodeAttributes {
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  documents: number;
  quotes: number;
  firstDate: string | null;
  lastDate: string | null;
  pagerank: number;
  community: number;
  degree: number;
  weightedDegree: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  kind: EdgeKind;
  weight: number;
  documents: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Bounded: the first N pieces of evidence in corpus order. */
  evidence: Evidence[];
}
