/** A file name safe in a Content-Disposition header, keeping Nordic letters via RFC 5987. */
export function contentDisposition(title: string, extension: string, inline = false): string {
  const base =
    title
      .replace(/[^\p{L}\p{N} _-]+/gu, "")
      .trim()
      .replace(/\s+/g, "-")
      .slice(0, 80) || "workshop";
  const ascii = base.normalize("NFKD").replace(/[^\x20-\x7e]/g, "") || "workshop";
  const kind = inline ? "inline" : "attachment";
  return `${kind}; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${base}.${extension}`)}`;
}
