import { useTranslation } from "react-i18next";
import { draftIdOf } from "../canvas/boardProjection";
import { usePrivateDrafts } from "../canvas/usePrivateDrafts";
import { useBoardModel } from "../collab/useBoardModel";
import type { WorkshopDoc } from "../collab/useWorkshopDoc";
import { useUiStore } from "../stores/uiStore";
import { CardList } from "./CardList";

/**
 * The board as a list beside the board: every card in reading order, for a screen reader or
 * anyone who would rather read than pan. Choosing a card selects it on the board and brings it
 * into view; votes can be cast from here.
 */
export function BoardListPanel({ workshop }: { workshop: WorkshopDoc }) {
  const { t } = useTranslation();
  const model = useBoardModel(workshop.doc);
  const { drafts } = usePrivateDrafts();
  const setUi = useUiStore((s) => s.set);
  return (
    <div className="side-list" data-testid="side-list">
      <p className="list-hint">{t("list.hint")}</p>
      <CardList
        model={model}
        drafts={drafts}
        onOpen={(id) => setUi({ focusIds: [draftIdOf(id) ?? id] })}
        votableOnly={false}
      />
    </div>
  );
}
