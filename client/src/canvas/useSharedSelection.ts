import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { useRemoteSelections } from "../collab/usePresence";
import { selectNamesHidden, useSessionStore } from "../stores/sessionStore";
import type { RemoteMark } from "./CardNode";

/**
 * This person's selection, told to everyone else through awareness, and everyone else's, as
 * marks on the cards they have selected.
 */
export function useSharedSelection(awareness: Awareness) {
  const selections = useRemoteSelections(awareness);
  const { t } = useTranslation();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const hideNames = useSessionStore(selectNamesHidden);

  useEffect(() => {
    awareness.setLocalStateField("selection", [...selected]);
  }, [awareness, selected]);

  const marks = useMemo(() => {
    const byId = new Map<string, RemoteMark[]>();
    for (const p of selections) {
      // Anonymous mode: the mark names the actor group, not the person.
      const name = hideNames ? t(`groups.${p.user.group}`, { defaultValue: "" }) : p.user.name;
      for (const id of p.selection) byId.set(id, [...(byId.get(id) ?? []), { name, color: p.user.color }]);
    }
    return byId;
  }, [selections, hideNames, t]);

  return { selected, setSelected, marks };
}
