import { CARD_KINDS, type CardKind } from "@oppdag/shared";
import { useTranslation } from "react-i18next";

interface Props {
  /** Set when cards or links are selected: makes an action item of them. */
  onMakeActionItem: (() => void) | null;
  /** Set for facilitators: tidies the selection (null while there is nothing to tidy). */
  onTidy?: (() => void) | null;
  onAddCard(kind: CardKind): void;
  /**
   * Set on a phone: one labelled "add a card" button, whose sheet asks the kind, instead of five
   * coloured dots too small to label.
   */
  onAddAny?: () => void;
  onAddZone(): void;
  onUndo(): void;
  onRedo(): void;
  /** During the critique, and for a critical friend: only the challenge button. */
  onlyChallenges?: boolean;
  /** Zones, action items and tidying: for those who may edit the board (not a critical friend). */
  boardTools?: boolean;
}

export function BoardToolbar({
  onMakeActionItem,
  onTidy,
  onAddCard,
  onAddAny,
  onAddZone,
  onUndo,
  onRedo,
  onlyChallenges = false,
  boardTools = true,
}: Props) {
  const kinds = onlyChallenges ? (["challenge"] as const) : CARD_KINDS;
  const { t } = useTranslation();
  return (
    <div className="board-toolbar" role="toolbar" aria-label={t("board.board")}>
      {onAddAny && (
        <button type="button" className="tool add-any" onClick={onAddAny} data-testid="add-any">
          + {t("phone.addCard")}
        </button>
      )}
      {!onAddAny &&
        kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="tool"
            onClick={() => onAddCard(kind)}
            data-testid={`add-${kind}`}
            title={`${t("board.add")}: ${t(`kinds.${kind}`)}`}
          >
            <span className={`dot kind-${kind}`} aria-hidden="true" />
            <span className="tool-label">{t(`kinds.${kind}`)}</span>
          </button>
        ))}
      {boardTools && (
        <>
          <span className="tool-sep" aria-hidden="true" />
          <button type="button" className="tool" onClick={onAddZone} data-testid="add-zone">
            <span className="zone-icon" aria-hidden="true" />
            <span className="tool-label">{t("board.addZone")}</span>
          </button>
          <button
            type="button"
            className="tool"
            onClick={onMakeActionItem ?? undefined}
            disabled={!onMakeActionItem}
            title={t("plan.fromSelectionHint")}
            data-testid="make-action-item"
          >
            <span className="action-icon" aria-hidden="true">
              →
            </span>
            <span className="tool-label">{t("plan.fromSelection")}</span>
          </button>
        </>
      )}
      {boardTools && onTidy !== undefined && (
        <button
          type="button"
          className="tool"
          onClick={onTidy ?? undefined}
          disabled={!onTidy}
          title={t("board.tidyHint")}
          data-testid="tidy"
        >
          <span className="tidy-icon" aria-hidden="true" />
          <span className="tool-label">{t("board.tidy")}</span>
        </button>
      )}
      <span className="tool-sep" aria-hidden="true" />
      <button
        type="button"
        className="tool icon"
        onClick={onUndo}
        aria-label={t("board.undo")}
        title={`${t("board.undo")} (Ctrl+Z)`}
        data-testid="undo"
      >
        ↶
      </button>
      <button
        type="button"
        className="tool icon"
        onClick={onRedo}
        aria-label={t("board.redo")}
        title={`${t("board.redo")} (Ctrl+Shift+Z)`}
        data-testid="redo"
      >
        ↷
      </button>
    </div>
  );
}
