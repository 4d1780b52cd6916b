import * as Y from "yjs";
import { escapeMarkdown } from "./escape";

/**
 * Converts the notes (a TipTap/y-prosemirror XML fragment) to Markdown. Walks the Yjs tree directly,
 * so the server needs no editor to export. Unknown nodes degrade to their text.
 */
export function notesToMarkdown(fragment: Y.XmlFragment): string {
  const blocks = fragment.toArray().map((node) => blockToMarkdown(node, ""));
  return blocks.filter((b) => b.length > 0).join("\n\n");
}

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

function blockToMarkdown(node: Node, indent: string): string {
  if (node instanceof Y.XmlText) return indent + inline(node);
  if (!(node instanceof Y.XmlElement)) return "";
  const children = node.toArray() as Node[];
  switch (node.nodeName) {
    case "heading": {
      const level = Math.min(Math.max(Number(node.getAttribute("level")) || 1, 1), 6);
      return `${indent}${"#".repeat(Math.min(level + 2, 6))} ${inlineChildren(children)}`;
    }
    case "paragraph":
      return indent + inlineChildren(children);
    case "bulletList":
    case "orderedList":
      return children
        .map((item, i) => listItem(item, indent, node.nodeName === "orderedList" ? `${i + 1}.` : "-"))
        .join("\n");
    case "blockquote":
      return children.map((c) => `${indent}> ${blockToMarkdown(c, "")}`).join("\n");
    case "codeBlock":
      return `${indent}\`\`\`\n${children.map((c) => (c instanceof Y.XmlText ? c.toString() : "")).join("")}\n${indent}\`\`\``;
    case "horizontalRule":
      return `${indent}---`;
    default:
      return indent + inlineChildren(children);
  }
}

function listItem(item: Node, indent: string, marker: string): string {
  if (!(item instanceof Y.XmlElement)) return "";
  const parts = (item.toArray() as Node[]).map((child, i) =>
    i === 0 ? blockToMarkdown(child, "") : blockToMarkdown(child, `${indent}   `),
  );
  return `${indent}${marker} ${parts.join("\n")}`;
}

function inlineChildren(children: Node[]): string {
  return children
    .map((c) => {
      if (c instanceof Y.XmlText) return inline(c);
      if (c instanceof Y.XmlElement && c.nodeName === "hardBreak") return "\\\n";
      return "";
    })
    .join("");
}

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

const SAFE_HREF = /^(https?:|mailto:)/i;

function inline(text: Y.XmlText): string {
  return (text.toDelta() as DeltaOp[])
    .map((op) => {
      if (typeof op.insert !== "string") return "";
      let out = escapeMarkdown(op.insert, "");
      const attrs = op.attributes ?? {};
      if (attrs.code) out = `\`${op.insert.replace(/`/g, "ʼ")}\``;
      if (attrs.bold) out = `**${out}**`;
      if (attrs.italic) out = `*${out}*`;
      if (attrs.strike) out = `~~${out}~~`;
      const link = attrs.link as { href?: unknown } | undefined;
      if (link && typeof link.href === "string" && SAFE_HREF.test(link.href)) {
        out = `[${out}](<${link.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      }
      return out;
    })
    .join("");
}
