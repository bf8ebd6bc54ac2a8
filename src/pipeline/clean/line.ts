// The cleaner's view of a page line, shared by its passes.
import type { PageLine, RemovalReason } from '../types.ts';
import type { Shape } from './shapes.ts';

export type Verdict =
  | { kind: 'removed'; reason: RemovalReason }
  | { kind: 'heading'; time?: string }
  | { kind: 'paragraph' }
  | { kind: 'title' }
  | { kind: 'entry-time' };

/** A page line as the cleaner works on it: its shape, and its verdict once decided. */
export interface Line extends PageLine {
  shape: Shape;
  verdict?: Verdict;
}

// Shapes that never carry article text: the reader's eye passes over them.
export const FURNITURE = new Set<Shape>(['markup', 'skip-link', 'breadcrumb', 'url', 'reading-time', 'newsletter', 'widget', 'editor-initials', 'photo-credit', 'caption', 'read-also', 'appeal', 'byline']);

/** Lower case, quotes dropped, dashes alike, white space folded: how a headline is recognised when repeated. */
export function normalise(text: string): string {
  // (A page may print its headline twice, once with a dash and once with a hyphen: "… – source", "… - source".)
  return text.toLowerCase().replace(/[‘’'"“”«»]/g, '').replace(/[‐‑‒–—―−]/g, '-').replace(/\s+/g, ' ').trim();
}
