// Where keyboard focus goes on the board. Apart from the keyboard hook so that the nodes can use
// it without importing the hook (and, through it, the board actions that import the nodes).

/** The node (card, zone or draft) that has focus, by id. */
export function focusedNodeId(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest(".react-flow__node") : null;
  return el?.getAttribute("data-id") ?? null;
}

/** Focuses a node's element, which makes React Flow bring it into view. */
export function focusNode(wrapper: HTMLElement | null, id: string): boolean {
  const el = wrapper?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  el?.focus();
  return !!el;
}

/** Gives focus to the board itself, when what had it is gone: never left on the page body. */
export function focusBoardIfLost(wrapper: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) wrapper?.focus();
  });
}
