import { lazy, Suspense } from "react";
import type * as Y from "yjs";
import { useSessionStore } from "../stores/sessionStore";

// Thematic groups are used for part of some workshops: their code loads once the room has groups
// (or the facilitator opens the dialog), not with every page.
const GroupBanner = lazy(() => import("./GroupBanner").then((m) => ({ default: m.GroupBanner })));
const GroupsDialog = lazy(() => import("./GroupsDialog").then((m) => ({ default: m.GroupsDialog })));
const GroupNotices = lazy(() =>
  import("./GroupNotices").then((m) => ({
    default: () => (
      <>
        <m.GroupMessage />
        <m.PresentedGroup />
      </>
    ),
  })),
);

const useHasGroups = () => useSessionStore((s) => (s.session?.groups.groups.length ?? 0) > 0);

/** "Your group: …" for a member of a group (compact in the phone's phase panel). */
export function LazyGroupBanner({ compact }: { compact?: boolean }) {
  if (!useHasGroups()) return null;
  return (
    <Suspense fallback={null}>
      <GroupBanner compact={compact} />
    </Suspense>
  );
}

/** The facilitator's message to the groups, and the group presented in plenary. */
export function LazyGroupNotices() {
  if (!useHasGroups()) return null;
  return (
    <Suspense fallback={null}>
      <GroupNotices />
    </Suspense>
  );
}

export function LazyGroupsDialog({ doc, onClose }: { doc: Y.Doc; onClose(): void }) {
  return (
    <Suspense fallback={null}>
      <GroupsDialog doc={doc} onClose={onClose} />
    </Suspense>
  );
}
