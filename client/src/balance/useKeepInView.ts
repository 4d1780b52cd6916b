import { useCallback, useState } from "react";

const KEY = "oppdag.balance.inView";

/** Whether the facilitator keeps the groups' chips on the board (remembered on this device). */
export function useKeepInView(): [boolean, (inView: boolean) => void] {
  const [inView, setState] = useState(() => localStorage.getItem(KEY) !== "0");
  const set = useCallback((next: boolean) => {
    localStorage.setItem(KEY, next ? "1" : "0");
    setState(next);
  }, []);
  return [inView, set];
}
