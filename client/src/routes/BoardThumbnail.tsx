import { CARD_FILLS, KIND_COLORS, type LocalizedZone, templateBounds } from "@oppdag/shared";

const PAD = 48;
const MINI = { w: 130, h: 84, gap: 28 } as const;
/** The box a template without zones is drawn in: an empty board of the same proportions. */
const EMPTY = { x: 0, y: 0, w: 1600, h: 960 };

/**
 * A small picture of the board a template starts with, drawn from its zones: each zone in its
 * colour with a title bar, and a few cards of the kinds it asks for. Decorative: the card's
 * text says the same in words.
 */
export function BoardThumbnail({ zones }: { zones: readonly LocalizedZone[] }) {
  const box = templateBounds(zones) ?? EMPTY;
  const viewBox = `${box.x - PAD} ${box.y - PAD} ${box.w + 2 * PAD} ${box.h + 2 * PAD}`;
  return (
    <svg className="board-thumbnail" viewBox={viewBox} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
      {zones.length === 0 ? (
        <g className="thumb-empty">
          <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={36} />
          <path d={`M${box.w / 2 - 90} ${box.h / 2}h180M${box.w / 2} ${box.h / 2 - 90}v180`} />
        </g>
      ) : (
        zones.map((zone) => {
          const ink = KIND_COLORS[zone.kinds[0] ?? "idea"];
          const fits = Math.max(1, Math.min(3, Math.floor((zone.w - 2 * 36 + MINI.gap) / (MINI.w + MINI.gap))));
          return (
            <g key={`${zone.x},${zone.y}`}>
              <rect
                x={zone.x}
                y={zone.y}
                width={zone.w}
                height={zone.h}
                rx={28}
                fill={CARD_FILLS[zone.color]}
                stroke={ink}
                strokeOpacity={0.35}
                strokeWidth={8}
              />
              <rect
                x={zone.x + 36}
                y={zone.y + 36}
                width={zone.w * 0.45}
                height={34}
                rx={17}
                fill={ink}
                opacity={0.55}
              />
              {Array.from({ length: fits }, (_, i) => {
                const kind = zone.kinds[i % zone.kinds.length] ?? "idea";
                return (
                  <rect
                    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed row of decorative cards
                    key={i}
                    x={zone.x + 36 + i * (MINI.w + MINI.gap)}
                    y={zone.y + 110 + (i % 2) * 40}
                    width={MINI.w}
                    height={MINI.h}
                    rx={10}
                    fill="#fff"
                    stroke={KIND_COLORS[kind]}
                    strokeWidth={6}
                  />
                );
              })}
            </g>
          );
        })
      )}
    </svg>
  );
}
