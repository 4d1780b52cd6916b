import * as Y from "yjs";
import { escapeMarkdown } from "./escape";

/** A run of text with its marks; `href` only when it is safe to follow (http, https, mailto). */
export interface NoteRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string;
}

/**
 * The notes as a flat list of blocks, the shape every export renders from. Lists are flattened
 * into items with a depth, which is what Word and print layouts need anyway.
 */
export type NoteBlock =
  | { type: "heading"; level: number; runs: NoteRun[] }
  | { type: "paragraph"; runs: NoteRun[] }
  | { type: "listItem"; ordered: boolean; index: number; depth: number; runs: NoteRun[] }
  | { type: "quote"; runs: NoteRun[] }
  | { type: "code"; text: string }
  | { type: "rule" };

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

/**
 * Whether a link in the notes may be followed: an absolute web address (http, https) or an e-mail
 * address (mailto). The editor, the notes on screen and every export apply this one rule. Anything
 * else is refused: `javascript:`, `data:`, `vbscript:`, relative paths, and addresses that begin
 * with a space or a control character (which browsers strip before reading the scheme). The `//`
 * is required: "https:foo" is a relative address on an https page.
 */
export function isSafeHref(href: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(href);
}

/** Reads the notes (a TipTap/y-prosemirror XML fragment) without an editor. Unknown nodes degrade to their text. */
export function notesToBlocks(fragment: Y.XmlFragment): NoteBlock[] {
  const out: NoteBlock[] = [];
  for (const node of fragment.toArray() as Node[]) collectBlock(node, out, 0);
  return out;
}

function collectBlock(node: Node, out: NoteBlock[], depth: number): void {
  if (node instanceof Y.XmlText) {
    out.push({ type: "paragraph", runs: runsOf([node]) });
    return;
  }
  if (!(node instanceof Y.XmlElement)) return;
  const children = node.toArray() as Node[];
  switch (node.nodeName) {
    case "heading": {
      const level = Math.min(Math.max(Number(node.getAttribute("level")) || 1, 1), 6);
      out.push({ type: "heading", level, runs: runsOf(children) });
      return;
    }
    case "bulletList":
    case "orderedList":
      children.forEach((item, index) => {
        if (!(item instanceof Y.XmlElement)) return;
        const [first, ...rest] = item.toArray() as Node[];
        const firstRuns = first instanceof Y.XmlElement ? runsOf(first.toArray() as Node[]) : [];
        out.push({ type: "listItem", ordered: node.nodeName === "orderedList", index, depth, runs: firstRuns });
        for (const child of rest) collectBlock(child, out, depth + 1);
      });
      return;
    case "blockquote":
      for (const child of children) {
        out.push({ type: "quote", runs: child instanceof Y.XmlElement ? runsOf(child.toArray() as Node[]) : [] });
      }
      return;
    case "codeBlock":
      out.push({ type: "code", text: children.map((c) => (c instanceof Y.XmlText ? c.toString() : "")).join("") });
      return;
    case "horizontalRule":
      out.push({ type: "rule" });
      return;
    default:
      out.push({ type: "paragraph", runs: runsOf(children) });
  }
}

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

function runsOf(children: Node[]): NoteRun[] {
  const runs: NoteRun[] = [];
  for (const child of children) {
    if (child instanceof Y.XmlElement && child.nodeName === "hardBreak") runs.push({ text: "\n" });
    if (!(child instanceof Y.XmlText)) continue;
    for (const op of child.toDelta() as DeltaOp[]) {
      if (typeof op.insert !== "string") continue;
      const a = op.attributes ?? {};
      const link = a.link as { href?: unknown } | undefined;
      const href = link && typeof link.href === "string" && isSafeHref(link.href) ? link.href : undefined;
      runs.push({
        text: op.insert,
        ...(a.bold ? { bold: true } : {}),
        ...(a.italic ? { italic: true } : {}),
        ...(a.strike ? { strike: true } : {}),
        ...(a.code ? { code: true } : {}),
        ...(href ? { href } : {}),
      });
    }
  }
  return runs;
}

export function notesToMarkdown(fragment: Y.XmlFragment): string {
  return blocksToMarkdown(notesToBlocks(fragment));
}

export function blocksToMarkdown(blocks: readonly NoteBlock[]): string {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    // Consecutive list items form one list; everything else is its own paragraph.
    const tight = block.type === "listItem" && blocks[i - 1]?.type === "listItem";
    if (i > 0) out.push(tight ? "\n" : "\n\n");
    out.push(blockMarkdown(block));
  });
  return out.join("");
}

function blockMarkdown(block: NoteBlock): string {
  switch (block.type) {
    case "heading":
      return `${"#".repeat(Math.min(block.level + 2, 6))} ${runsMarkdown(block.runs)}`;
    case "paragraph":
      return runsMarkdown(block.runs);
    case "listItem":
      return `${"   ".repeat(block.depth)}${block.ordered ? `${block.index + 1}.` : "-"} ${runsMarkdown(block.runs)}`;
    case "quote":
      return `> ${runsMarkdown(block.runs)}`;
    case "code":
      return `\`\`\`\n${block.text.replace(/```/g, "ʼʼʼ")}\n\`\`\``;
    case "rule":
      return "---";
  }
}

function runsMarkdown(runs: readonly NoteRun[]): string {
  return runs
    .map((run) => {
      if (run.text === "\n") return "\\\n";
      let out = run.code ? `\`${run.text.replace(/`/g, "ʼ")}\`` : escapeMarkdown(run.text, "");
      if (run.bold) out = `**${out}**`;
      if (run.italic) out = `*${out}*`;
      if (run.strike) out = `~~${out}~~`;
      if (run.href) out = `[${out}](<${run.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      return out;
    })
    .join("");
}
