// DOM Selection ↔ document offsets. The reader renders every run of text as a "leaf" element
// carrying `data-o` = the UTF-16 index where its text starts in the document, and every
// paragraph as an element carrying `data-po` (its UTF-16 start) and `data-pi` (its index).
// A DOM point (node, offset) therefore maps to a UTF-16 index without measuring text, and
// OffsetIndex (lib/domain/text/offsets.ts) turns UTF-16 into code points. Only the reader's own
// markup is read; the functions take minimal structural types so they test without a DOM.
import { lastAtOrBefore, type OffsetIndex } from "@/lib/domain/text/offsets";
import { snapRange, type SnapMode } from "./text-boundaries";
import { at } from "@/lib/domain/at";

const TEXT_NODE = 3;

/** The parts of a DOM node this module reads (a real Node satisfies it). */
export interface NodeLike {
  nodeType: number;
  parentNode: NodeLike | null;
  childNodes: ArrayLike<NodeLike>;
  textContent: string | null;
}

function attr(node: NodeLike, name: string): string | null {
  const el = node as unknown as { getAttribute?: (n: string) => string | null };
  return node.nodeType === 1 && el.getAttribute ? el.getAttribute(name) : null;
}

function leafStart(node: NodeLike): number | null {
  const o = attr(node, "data-o");
  return o === null ? null : Number(o);
}

/** UTF-16 index where `node`'s text starts: its first leaf, or its own paragraph start. */
function startOf(node: NodeLike): number | null {
  const o = leafStart(node);
  if (o !== null) return o;
  for (let i = 0; i < node.childNodes.length; i++) {
    const s = startOf(at(node.childNodes, i));
    if (s !== null) return s;
  }
  const po = attr(node, "data-po");
  return po === null ? null : Number(po);
}

/** UTF-16 index where `node`'s text ends. */
function endOf(node: NodeLike): number | null {
  const o = leafStart(node);
  if (o !== null) return o + (node.textContent ?? "").length;
  for (let i = node.childNodes.length - 1; i >= 0; i--) {
    const e = endOf(at(node.childNodes, i));
    if (e !== null) return e;
  }
  const po = attr(node, "data-po");
  return po === null ? null : Number(po);
}

/**
 * UTF-16 document index of a DOM boundary point (as in Selection/Range), or null when the
 * point is not inside the reader's text markup.
 */
export function domPointToUtf16(node: NodeLike, offset: number): number | null {
  if (node.nodeType === TEXT_NODE) {
    for (let el = node.parentNode; el; el = el.parentNode) {
      const o = leafStart(el);
      if (o !== null) return o + offset;
      if (attr(el, "data-po") !== null) return null; // text outside a leaf: not ours
    }
    return null;
  }
  if (leafStart(node) !== null) return offset === 0 ? leafStart(node) : endOf(node);
  if (offset < node.childNodes.length) {
    const s = startOf(at(node.childNodes, offset));
    if (s !== null) return s;
  }
  // After the last child (or before a child without text): the end of what precedes.
  for (let i = Math.min(offset, node.childNodes.length) - 1; i >= 0; i--) {
    const e = endOf(at(node.childNodes, i));
    if (e !== null) return e;
  }
  return startOf(node);
}

export interface CodePointRange {
  start: number;
  end: number;
  text: string;
}

/**
 * The span a raw UTF-16 selection [a, b) becomes: grapheme-safe, trimmed, word-snapped
 * unless `mode` is "exact", in code points, with its exact text. Null when empty.
 */
export function selectionToCodePoints(index: OffsetIndex, a: number, b: number, mode: SnapMode, locale?: string): CodePointRange | null {
  const snapped = snapRange(index.text, a, b, mode, locale);
  if (!snapped) return null;
  const start = index.toCodePoint(snapped[0]);
  const end = index.toCodePoint(snapped[1]);
  if (start === null || end === null || end <= start) return null;
  return { start, end, text: index.text.slice(snapped[0], snapped[1]) };
}

/** The reader's selection as a UTF-16 range, or null when it is collapsed or not in `root`. */
export function readSelection(root: Node, selection: Selection | null): [number, number] | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const a = domPointToUtf16(range.startContainer, range.startOffset);
  const b = domPointToUtf16(range.endContainer, range.endOffset);
  if (a === null || b === null || a === b) return null;
  return a < b ? [a, b] : [b, a];
}

export type DomPoint = { node: Node; offset: number };

interface LocatedParagraph {
  element: Element;
  leaves: Element[];
  /** The leaves' data-o values, ascending (the reader renders them in document order). */
  starts: number[];
}

/**
 * A function from UTF-16 document index to DOM point (the text node of the leaf containing it),
 * reading each paragraph's leaves once and then binary-searching them. Use one per pass over
 * many offsets (the suggestion highlights locate thousands); the DOM must not change during the
 * pass. `paragraphStarts` are the paragraphs' UTF-16 starts in order.
 */
export function domPointLocator(root: Element, paragraphStarts: readonly number[]): (u16: number) => DomPoint | null {
  const paragraphs = new Map<number, LocatedParagraph | null>();
  const paragraph = (pi: number): LocatedParagraph | null => {
    let p = paragraphs.get(pi);
    if (p === undefined) {
      const element = root.querySelector(`[data-pi="${pi}"]`);
      const leaves = element ? [...element.querySelectorAll("[data-o]")] : [];
      p = element ? { element, leaves, starts: leaves.map((l) => Number(l.getAttribute("data-o"))) } : null;
      paragraphs.set(pi, p);
    }
    return p;
  };
  return (u16) => {
    const p = paragraph(lastAtOrBefore(paragraphStarts, u16));
    if (!p) return null;
    const i = lastAtOrBefore(p.starts, u16);
    const leaf = p.leaves[i];
    const start = p.starts[i];
    if (!leaf || start === undefined || start > u16) return { node: p.element, offset: 0 };
    const text = leaf.firstChild;
    if (!text) return { node: leaf, offset: 0 };
    return { node: text, offset: Math.min(u16 - start, (text.textContent ?? "").length) };
  };
}

/** A DOM point for UTF-16 document index `u16` (one lookup; see domPointLocator for many). */
export function utf16ToDomPoint(root: Element, paragraphStarts: readonly number[], u16: number): DomPoint | null {
  return domPointLocator(root, paragraphStarts)(u16);
}

/** Replace the document selection with the UTF-16 range [a, b) of the reader. */
export function selectUtf16Range(root: Element, paragraphStarts: readonly number[], a: number, b: number): boolean {
  const locate = domPointLocator(root, paragraphStarts);
  const from = locate(a);
  const to = locate(b);
  const sel = root.ownerDocument.getSelection();
  if (!from || !to || !sel) return false;
  const range = root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}
