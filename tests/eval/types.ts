/** Shapes shared by the evaluation modules: gold as annotated, predictions as any system makes them. */

export type GoldType = "PERSON" | "ORG" | "COUNTRY" | "PLACE" | "OTHER";

/** The classes scored; PLACE and OTHER gold spans are read but never scored. */
export type ScoredType = "PERSON" | "ORG" | "COUNTRY";

export const SCORED_TYPES: readonly ScoredType[] = ["PERSON", "ORG", "COUNTRY"];

export interface Span {
  start: number;
  end: number;
}

export interface GoldMention extends Span {
  type: GoldType;
  text: string;
  /** Which real-world entity: the Wikipedia identity, else a coreference group, else the name (see gold.ts). */
  identity: string;
}

export interface GoldQuote extends Span {
  text: string;
}

export interface GoldDoc {
  id: string;
  title: string;
  text: string;
  mentions: GoldMention[];
  quotes: GoldQuote[];
}

export interface PredMention extends Span {
  type: ScoredType;
  text: string;
  /** The entity key the system gave the mention: mentions sharing a key are one node. */
  key: string;
}

export interface PredQuote extends Span {
  text: string;
  speaker: string | null;
}

export interface Prediction {
  id: string;
  mentions: PredMention[];
  quotes: PredQuote[];
}
