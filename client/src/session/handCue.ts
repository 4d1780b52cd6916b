import { useSyncExternalStore } from "react";
import { playTones } from "./timerCue";

const KEY = "oppdag.handSound";
const listeners = new Set<() => void>();

const read = () => localStorage.getItem(KEY) === "on";
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether this facilitator wants a tone when a hand goes up; remembered in this browser, off at first. */
export function useHandSound(): [on: boolean, set: (on: boolean) => void] {
  return [useSyncExternalStore(subscribe, read), setHandSound];
}

function setHandSound(on: boolean): void {
  localStorage.setItem(KEY, on ? "on" : "off");
  for (const listener of listeners) listener();
}

/** One short, soft tone: enough to look up, not enough to startle a room. */
export const playHandTone = () => playTones([784], 0, 0.12);
