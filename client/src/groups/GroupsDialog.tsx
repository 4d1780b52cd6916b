import "./groups.css";
import {
  type BoardModel,
  centreInside,
  type GroupSplit,
  type GroupsView,
  type ParticipantInfo,
  type ThematicGroup,
} from "@oppdag/shared";
import { type DragEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoardModel } from "../collab/useBoardModel";
import { request } from "../control/request";
import { useSessionStore } from "../stores/sessionStore";
import { GroupTime } from "./GroupBanner";
import { useGroupsView } from "./useGroups";

/** A member counts as quiet when present, group work has run this long, and they added no card in it. */
const QUIET_AFTER_MS = 5 * 60_000;
const DRAG_TYPE = "application/x-oppdag-participant";

interface GroupDraft {
  id?: string;
  name: string;
  zoneId: string | null;
}

/**
 * The facilitator's thematic groups: form them (one per zone by default; balanced by actor group
 * or at random), move people by dragging or with the keyboard, choose rapporteurs, start the
 * groups' time, watch them (cards per group, who is quiet), message everyone, and in plenary
 * present each group's zone and summary in turn.
 */
export function GroupsDialog({ doc, onClose }: { doc: Y.Doc; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const view = useGroupsView();
  const model = useBoardModel(doc);
  const [forming, setForming] = useState(view.groups.length === 0);
  useEffect(() => dialog.current?.showModal(), []);
  useEffect(() => {
    if (view.groups.length === 0) setForming(true);
  }, [view.groups.length]);

  return (
    <dialog
      ref={dialog}
      className="dialog groups-dialog"
      onClose={onClose}
      aria-labelledby="groups-heading"
      data-testid="groups-dialog"
    >
      <header className="groups-dialog-head">
        <h2 id="groups-heading">{t("thematic.heading")}</h2>
        {view.groups.length > 0 && <p className="groups-status">{t(`thematic.status.${view.status}`)}</p>}
      </header>
      {forming ? (
        <FormGroups view={view} model={model} onFormed={() => setForming(false)} onCancel={() => setForming(false)} />
      ) : (
        <RunGroups view={view} model={model} onRegroup={() => setForming(true)} />
      )}
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
          {t("thematic.close")}
        </button>
      </div>
    </dialog>
  );
}

function FormGroups({
  view,
  model,
  onFormed,
  onCancel,
}: {
  view: GroupsView;
  model: BoardModel;
  onFormed(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const regrouping = view.groups.length > 0;
  const [drafts, setDrafts] = useState<GroupDraft[]>(() =>
    regrouping
      ? view.groups.map((g) => ({ id: g.id, name: g.name, zoneId: g.zoneId }))
      : model.zones.length > 0
        ? model.zones.map((z) => ({ name: z.title || t("thematic.untitledZone"), zoneId: z.id }))
        : [1, 2, 3].map((n) => ({ name: t("thematic.defaultName", { n }), zoneId: null })),
  );
  const [split, setSplit] = useState<GroupSplit>(regrouping ? "keep" : "balanced");
  const [error, setError] = useState<string | null>(null);
  const patch = (i: number, change: Partial<GroupDraft>) =>
    setDrafts(drafts.map((d, j) => (i === j ? { ...d, ...change } : d)));

  const form = async () => {
    const groups = drafts.filter((d) => d.name.trim());
    if (groups.length === 0) return setError(t("thematic.needOne"));
    const problem = await request("groups:setup", { groups, split }, { inline: true });
    setError(problem);
    if (problem === null) onFormed();
  };

  return (
    <section className="groups-form" aria-label={t("thematic.formLabel")}>
      <p className="dialog-hint">{t("thematic.formHint")}</p>
      <ol className="groups-form-list">
        {drafts.map((d, i) => (
          <li key={d.id ?? `new-${i}`} className="groups-form-row" data-testid="group-draft">
            <input
              value={d.name}
              aria-label={t("thematic.name")}
              onChange={(e) => patch(i, { name: e.target.value })}
              maxLength={120}
            />
            <select
              value={d.zoneId ?? ""}
              aria-label={t("thematic.zone")}
              onChange={(e) => patch(i, { zoneId: e.target.value || null })}
            >
              <option value="">{t("thematic.noZone")}</option>
              {model.zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.title || t("thematic.untitledZone")}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button ghost small"
              onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
              aria-label={t("thematic.removeGroup", { name: d.name })}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button ghost small"
        onClick={() =>
          setDrafts([...drafts, { name: t("thematic.defaultName", { n: drafts.length + 1 }), zoneId: null }])
        }
      >
        + {t("thematic.addGroup")}
      </button>
      <fieldset className="groups-split">
        <legend>{t("thematic.splitLegend")}</legend>
        {(regrouping ? (["keep", "balanced", "random"] as const) : (["balanced", "random"] as const)).map((how) => (
          <label key={how} className="check">
            <input type="radio" name="split" checked={split === how} onChange={() => setSplit(how)} />
            <span>
              {t(`thematic.split.${how}`)}
              <small>{t(`thematic.splitHint.${how}`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="groups-form-actions">
        <button type="button" className="button primary" onClick={() => void form()} data-testid="groups-form">
          {regrouping ? t("thematic.regroupSave") : t("thematic.form")}
        </button>
        {regrouping && (
          <button type="button" className="button ghost" onClick={onCancel}>
            {t("thematic.cancel")}
          </button>
        )}
      </div>
    </section>
  );
}

function RunGroups({ view, model, onRegroup }: { view: GroupsView; model: BoardModel; onRegroup(): void }) {
  const { t } = useTranslation();
  const participants = useSessionStore((s) => s.participants);
  const people = participants.filter((p) => p.role === "participant");
  const unplaced = people.filter((p) => !view.members[p.id]);
  const [minutes, setMinutes] = useState(15);
  const [restrict, setRestrict] = useState(view.restrictToZone);
  const [message, setMessage] = useState("");
  const [over, setOver] = useState<string | null>(null);
  const now = Date.now() + useSessionStore((s) => s.clockOffset);

  const dropOn = (groupId: string | null) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const participantId = e.dataTransfer.getData(DRAG_TYPE);
    if (participantId) void request("group:move", { participantId, groupId });
  };
  const dropZone = (key: string, groupId: string | null) => ({
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
      e.preventDefault();
      setOver(key);
    },
    onDragLeave: () => setOver((o) => (o === key ? null : o)),
    onDrop: dropOn(groupId),
  });

  const presentingIndex = view.groups.findIndex((g) => g.id === view.presentingId);
  const nextToPresent = view.groups[presentingIndex + 1];

  return (
    <>
      <div className="groups-columns">
        {view.groups.map((group) => {
          const zone = model.zones.find((z) => z.id === group.zoneId);
          const cards = zone ? model.cards.filter((c) => centreInside(c, zone)) : [];
          const members = people.filter((p) => view.members[p.id] === group.id);
          return (
            <section
              key={group.id}
              className={`groups-column ${over === group.id ? "drop-over" : ""} ${view.presentingId === group.id ? "presenting" : ""}`}
              aria-label={group.name}
              data-testid="group-column"
              data-group={group.name}
              {...dropZone(group.id, group.id)}
            >
              <header>
                <h3>{group.name}</h3>
                <p className="groups-column-meta">
                  {zone
                    ? t("thematic.inZone", { zone: zone.title || t("thematic.untitledZone") })
                    : t("thematic.noZone")}
                  {" · "}
                  <span data-testid="group-card-count">{t("thematic.cardCount", { count: cards.length })}</span>
                </p>
                {view.status === "working" && (
                  <p className="groups-column-time">
                    <GroupTime group={group} />
                    <button
                      type="button"
                      className="button ghost small"
                      onClick={() => void request("group:extend", { groupId: group.id, seconds: 120 })}
                    >
                      {t("thematic.addTwo")}
                    </button>
                  </p>
                )}
              </header>
              <ul className="groups-members">
                {members.map((p) => (
                  <Member
                    key={p.id}
                    person={p}
                    group={group}
                    groups={view.groups}
                    quiet={
                      view.status === "working" &&
                      p.online &&
                      view.startedAt !== null &&
                      now - view.startedAt >= QUIET_AFTER_MS &&
                      !cards.some((c) => c.authorId === p.id && c.createdAt >= now - QUIET_AFTER_MS)
                    }
                  />
                ))}
                {members.length === 0 && <li className="groups-empty">{t("thematic.dropHere")}</li>}
              </ul>
              <div className="groups-summary">
                <h4>{t("thematic.summary")}</h4>
                {group.summary ? (
                  <p data-testid="group-summary-preview">{group.summary}</p>
                ) : (
                  <p className="muted">{t("thematic.noSummary")}</p>
                )}
              </div>
              {view.status === "plenary" && (
                <button
                  type="button"
                  className={`button small ${view.presentingId === group.id ? "primary" : "secondary"}`}
                  aria-pressed={view.presentingId === group.id}
                  onClick={() => void request("group:present", { groupId: group.id })}
                  data-testid="group-present"
                >
                  {view.presentingId === group.id ? t("thematic.presenting") : t("thematic.present")}
                </button>
              )}
            </section>
          );
        })}
        <section
          className={`groups-column unplaced ${over === "none" ? "drop-over" : ""}`}
          aria-label={t("thematic.unplaced")}
          data-testid="group-column-unplaced"
          {...dropZone("none", null)}
        >
          <header>
            <h3>{t("thematic.unplaced")}</h3>
            <p className="groups-column-meta">{t("thematic.unplacedHint")}</p>
          </header>
          <ul className="groups-members">
            {unplaced.map((p) => (
              <Member key={p.id} person={p} group={null} groups={view.groups} quiet={false} />
            ))}
          </ul>
        </section>
      </div>

      <div className="groups-controls">
        {view.status !== "working" && (
          <div className="groups-start">
            <label>
              {t("thematic.minutes")}
              <input
                type="number"
                min={1}
                max={240}
                value={minutes}
                onChange={(e) => setMinutes(Math.max(1, Math.min(240, Number(e.target.value) || 1)))}
              />
            </label>
            <label className="check">
              <input type="checkbox" checked={restrict} onChange={(e) => setRestrict(e.target.checked)} />
              {t("thematic.restrict")}
            </label>
            <button
              type="button"
              className="button primary"
              onClick={() => void request("groups:start", { durationSec: minutes * 60, restrictToZone: restrict })}
              data-testid="groups-start"
            >
              {t("thematic.start")}
            </button>
          </div>
        )}
        {view.status === "working" && (
          <>
            <form
              className="groups-message"
              onSubmit={(e) => {
                e.preventDefault();
                if (!message.trim()) return;
                void request("groups:message", { text: message.trim() }).then((p) => p === null && setMessage(""));
              }}
            >
              <input
                value={message}
                maxLength={280}
                onChange={(e) => setMessage(e.target.value)}
                placeholder={t("thematic.messagePlaceholder")}
                aria-label={t("thematic.messageLabel")}
                data-testid="groups-message-input"
              />
              <button type="submit" className="button secondary">
                {t("thematic.send")}
              </button>
            </form>
            <button
              type="button"
              className="button primary"
              onClick={() => void request("groups:end", {})}
              data-testid="groups-end"
            >
              {t("thematic.end")}
            </button>
          </>
        )}
        {view.status === "plenary" && view.presentingId && (
          <>
            {nextToPresent && (
              <button
                type="button"
                className="button secondary"
                onClick={() => void request("group:present", { groupId: nextToPresent.id })}
                data-testid="group-present-next"
              >
                {t("thematic.presentNext", { name: nextToPresent.name })}
              </button>
            )}
            <button
              type="button"
              className="button ghost"
              onClick={() => void request("group:present", { groupId: null })}
            >
              {t("thematic.stopPresenting")}
            </button>
          </>
        )}
        <span className="groups-controls-end">
          <button type="button" className="button ghost small" onClick={onRegroup} data-testid="groups-regroup">
            {t("thematic.regroup")}
          </button>
          <button
            type="button"
            className="button ghost small danger"
            onClick={() => {
              if (window.confirm(t("thematic.clearConfirm"))) void request("groups:clear", {});
            }}
          >
            {t("thematic.clear")}
          </button>
        </span>
      </div>
    </>
  );
}

/** One person in a group: dragged to another group, or moved with the menu (keyboard, touch). */
function Member({
  person,
  group,
  groups,
  quiet,
}: {
  person: ParticipantInfo;
  group: ThematicGroup | null;
  groups: ThematicGroup[];
  quiet: boolean;
}) {
  const { t } = useTranslation();
  const rapporteur = !!group && group.rapporteurId === person.id;
  return (
    <li
      className={`groups-member ${person.online ? "" : "offline"}`}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, person.id);
        e.dataTransfer.effectAllowed = "move";
      }}
      data-testid="group-member"
      data-name={person.name}
    >
      <span className="groups-member-name">
        {person.name}
        <small className="groups-member-actor">{t(`groups.${person.actorGroup}`)}</small>
        {!person.online && <small className="groups-tag">{t("thematic.away")}</small>}
        {quiet && (
          <small className="groups-tag quiet" data-testid="group-member-quiet">
            {t("thematic.quiet")}
          </small>
        )}
      </span>
      {group && (
        <button
          type="button"
          className={`button small ${rapporteur ? "primary" : "ghost"}`}
          aria-pressed={rapporteur}
          title={t("thematic.rapporteurHint")}
          onClick={() =>
            void request("group:rapporteur", { groupId: group.id, participantId: rapporteur ? null : person.id })
          }
          data-testid="group-rapporteur"
        >
          {t("thematic.rapporteur")}
        </button>
      )}
      <select
        className="groups-move"
        value={group?.id ?? ""}
        aria-label={t("thematic.moveLabel", { name: person.name })}
        onChange={(e) => void request("group:move", { participantId: person.id, groupId: e.target.value || null })}
        data-testid="group-move"
      >
        <option value="">{t("thematic.unplaced")}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
    </li>
  );
}
