import { describe, expect, it } from "vitest";
import { changeableUnder, keepInZone } from "./zoneRule";

const zone = { x: 0, y: 0, w: 600, h: 400 };

describe("the group zone rule on the board", () => {
  it("lets a card be changed when its centre is in the zone, or when there is no rule", () => {
    expect(changeableUnder(zone, { x: 500, y: 300, w: 200, h: 120 })).toBe(true);
    expect(changeableUnder(zone, { x: 550, y: 300, w: 200, h: 120 })).toBe(false);
    expect(changeableUnder(null, { x: 5000, y: 0, w: 200, h: 120 })).toBe(true);
  });

  it("stops a drag at the zone's edge, leaving a move inside alone", () => {
    const size = { w: 200, h: 120 };
    expect(keepInZone({ x: 120, y: 80 }, size, zone)).toEqual({ x: 120, y: 80 });
    const out = keepInZone({ x: 900, y: -300 }, size, zone);
    expect(out).toEqual({ x: 500, y: -60 });
    expect(changeableUnder(zone, { ...out, ...size })).toBe(true);
  });
});
