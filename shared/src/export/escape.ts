/**
 * Escapes user text for inline Markdown: nothing a participant types can become a link, an image,
 * raw HTML, a heading or a list. Line breaks become hard breaks inside the same block.
 */
export function escapeMarkdown(text: string, indent = "  "): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>|~]/g, "\\$&")
        .replace(/^(\s*)([#+=>-])/, "$1\\$2")
        .replace(/^(\s*\d+)([.)])/, "$1\\$2"),
    )
    .join(`\\\n${indent}`);
}
