import { CARD_TEXT, cardTextLayout, wrapLines } from "../board/cardText";
import { facingSides, type Side } from "../board/linkSides";
import type { BoardCard, BoardModel } from "../board/model";
import { CARD_FILLS, KIND_COLORS } from "../board/palette";
import { escapeHtml } from "./html";
import type { ExportLabels } from "./labels";

const FONT = `font-family="Noto Sans, Inter, Segoe UI, Helvetica, Arial, sans-serif"`;
const PAD = 48;

/**
 * Wraps a link label by an average glyph width. Cards are wrapped by `cardTextLayout`, with the
 * glyph widths the board's card heights are reckoned with.
 */
export function wrapText(text: string, width: number, size = 15, maxLines = 8): string[] {
  return wrapLines(text, width, size, maxLines, (s, px) => s.length * px * 0.55);
}

function anchor(card: BoardCard, side: Side): [number, number] {
  switch (side) {
    case "l":
      return [card.x, card.y + card.h / 2];
    case "r":
      return [card.x + card.w, card.y + card.h / 2];
    case "t":
      return [card.x + card.w / 2, card.y];
    case "b":
      return [card.x + card.w / 2, card.y + card.h];
  }
}

/** The board as a standalone SVG image: zones, links with labels, and cards with their kind and text. */
export function boardToSvg(board: BoardModel, labels: ExportLabels, title: string): string {
  // Each card as tall as the board draws it: grown to fit its text, up to the line limit.
  const drawn = board.cards.map((card) => {
    const layout = cardTextLayout({ ...card, text: card.text.trim() || labels.untitled });
    return { card: { ...card, h: layout.height }, lines: layout.lines };
  });
  const boxes = [...drawn.map((d) => d.card), ...board.zones];
  const minX = Math.min(0, ...boxes.map((b) => b.x)) - PAD;
  const minY = Math.min(0, ...boxes.map((b) => b.y)) - PAD - 40;
  const maxX = Math.max(400, ...boxes.map((b) => b.x + b.w)) + PAD;
  const maxY = Math.max(300, ...boxes.map((b) => b.y + b.h)) + PAD;
  const width = Math.round(maxX - minX);
  const height = Math.round(maxY - minY);
  const e = escapeHtml;
  const out: string[] = [];

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${Math.round(minX)} ${Math.round(minY)} ${width} ${height}" ${FONT}>`,
    `<title>${e(title)}</title>`,
    `<rect x="${Math.round(minX)}" y="${Math.round(minY)}" width="${width}" height="${height}" fill="#f6f7f9"/>`,
    `<text x="${Math.round(minX + PAD)}" y="${Math.round(minY + PAD)}" font-size="22" font-weight="700" fill="#12324a">${e(title)}</text>`,
  );

  for (const zone of board.zones) {
    out.push(
      `<g><rect x="${zone.x}" y="${zone.y}" width="${zone.w}" height="${zone.h}" rx="14" fill="${CARD_FILLS[zone.color]}" fill-opacity="0.45" stroke="#9aa5b4" stroke-dasharray="6 4"/>`,
      `<text x="${zone.x + 16}" y="${zone.y + 28}" font-size="17" font-weight="700" fill="#3b4454">${e(zone.title || labels.untitled)}</text></g>`,
    );
  }

  const cards = new Map(drawn.map(({ card }) => [card.id, card]));
  for (const link of board.links) {
    const source = cards.get(link.source);
    const target = cards.get(link.target);
    if (!source || !target) continue;
    const sides = facingSides(source, target);
    const [x1, y1] = anchor(source, sides.source);
    const [x2, y2] = anchor(target, sides.target);
    out.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#5b6575" stroke-width="2"/>`);
    if (link.label.trim()) {
      const lines = wrapText(link.label.trim(), 180, 13, 3);
      const mx = (x1 + x2) / 2;
      const my = (y1 + y2) / 2 - ((lines.length - 1) * 17) / 2;
      const w = Math.min(200, Math.max(...lines.map((s) => s.length)) * 7.5 + 16);
      out.push(
        `<rect x="${mx - w / 2}" y="${my - 14}" width="${w}" height="${lines.length * 17 + 8}" rx="6" fill="#fff" stroke="#c9ced6"/>`,
        `<text font-size="13" fill="#1d2330" text-anchor="middle">${lines.map((s, i) => `<tspan x="${mx}" y="${my + 2 + i * 17}">${e(s)}</tspan>`).join("")}</text>`,
      );
    }
  }

  for (const { card, lines } of drawn) {
    const kind = labels.kinds[card.kind];
    out.push(
      `<g><rect x="${card.x}" y="${card.y}" width="${card.w}" height="${card.h}" rx="10" fill="${CARD_FILLS[card.color]}" stroke="#c9ced6"/>`,
      `<rect x="${card.x}" y="${card.y}" width="6" height="${card.h}" rx="3" fill="${KIND_COLORS[card.kind]}"/>`,
      `<text x="${card.x + 16}" y="${card.y + 22}" font-size="11" font-weight="700" letter-spacing="0.06em" fill="${KIND_COLORS[card.kind]}">${e(kind.toUpperCase())}</text>`,
      `<text font-size="${CARD_TEXT.size}" fill="#1d2330">${lines.map((s, i) => `<tspan x="${card.x + 16}" y="${Math.round(card.y + 44 + i * CARD_TEXT.line)}">${e(s)}</tspan>`).join("")}</text></g>`,
    );
  }

  out.push("</svg>");
  return out.join("\n");
}
