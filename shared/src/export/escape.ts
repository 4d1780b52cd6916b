/**
 * Removes what XML 1.0 forbids: control characters other than tab and line breaks, U+FFFE,
 * U+FFFF and lone surrogates. A card pasted from a PDF can carry them; an SVG or Word file holding
 * one does not open at all.
 */
export function stripXmlInvalid(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}

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
