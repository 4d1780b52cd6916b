import { type Phase, phaseActionKeys, type SessionView } from "@oppdag/shared";
import type { TFunction } from "i18next";
import {
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { request } from "../control/request";
import { useDismiss } from "../hooks/useDismiss";
import { useSessionStore } from "../stores/sessionStore";
import { toolsToTuck } from "./fitTools";

/** Below this width the bar may wrap and the tools scroll sideways instead (styles.css). */
const ONE_ROW = "(min-width: 901px)";
/** The menu button's width before it has ever been drawn. */
const MORE_GUESS = 64;

interface Tool {
  key: string;
  /** How much it matters to keep in sight (see `toolsToTuck`). */
  rank: number;
  pinned?: boolean;
  /** Starts the second group (the room's modes), set apart by a line. */
  groupStart?: boolean;
  node: ReactNode;
}

/**
 * The facilitator's controls in the session bar, on one row: whatever does not fit beside the
 * phase, the timer and the vote goes into a "More" menu, the least needed first and never a mode
 * that is on. Widths are measured while a control is in the row and remembered while it is not.
 */
export function FacilitatorTools({
  bar,
  onAgenda,
  onVote,
  onScore,
  onGroups,
}: {
  bar: RefObject<HTMLElement | null>;
  onAgenda(): void;
  onVote(): void;
  /** Opens the scoring dialog (scoring/ScoringDialog.tsx). */
  onScore(): void;
  /** Opens the thematic groups dialog (groups/GroupsDialog.tsx). */
  onGroups?(): void;
}) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const workshopId = useSessionStore((s) => s.workshop?.id);
  const [tucked, setTucked] = useState<ReadonlySet<string>>(() => new Set());
  const [menuOpen, setMenuOpen] = useState(false);
  const row = useRef<HTMLDivElement>(null);
  const menuRoot = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const slots = useRef(new Map<string, HTMLElement>());
  const widths = useRef(new Map<string, number>());
  const moreWidth = useRef(MORE_GUESS);
  const menuId = useId();
  const tools = session ? toolsOf(session, t, onAgenda, onVote, workshopId, onScore, onGroups) : [];
  const toolsRef = useRef(tools);
  toolsRef.current = tools;

  const fit = useCallback(() => {
    const barEl = bar.current;
    const rowEl = row.current;
    if (!barEl || !rowEl) return;
    for (const [key, el] of slots.current) widths.current.set(key, el.getBoundingClientRect().width);
    if (more.current) moreWidth.current = more.current.getBoundingClientRect().width;
    const next = window.matchMedia(ONE_ROW).matches
      ? toolsToTuck(
          toolsRef.current.map(({ key, rank, pinned }) => ({ key, rank, pinned, width: widths.current.get(key) ?? 0 })),
          spaceForTools(barEl, rowEl),
          Number.parseFloat(getComputedStyle(rowEl).columnGap) || 0,
          moreWidth.current,
        )
      : new Set<string>();
    setTucked((prev) => (prev.size === next.size && [...next].every((k) => prev.has(k)) ? prev : next));
  }, [bar]);

  // After every render: a label, a language, the timer or the vote beside may have changed width.
  useLayoutEffect(fit);
  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [bar, fit]);

  const closeMenu = useCallback(() => setMenuOpen(false), []);
  useDismiss(menuOpen, menuRoot, more, closeMenu);

  const shown = tools.filter((tool) => !tucked.has(tool.key));
  const hidden = tools.filter((tool) => tucked.has(tool.key));
  return (
    <div className="facilitator-tools" role="toolbar" aria-label={t("session.facilitatorTools")} ref={row}>
      {shown.map((tool) => (
        <span
          key={tool.key}
          className={`tool-slot ${tool.groupStart ? "group-start" : ""}`}
          ref={(el) => {
            if (el) slots.current.set(tool.key, el);
            else slots.current.delete(tool.key);
          }}
        >
          {tool.node}
        </span>
      ))}
      {hidden.length > 0 && (
        <div className="tools-more" ref={menuRoot}>
          <button
            ref={more}
            type="button"
            className={`button ghost small ${menuOpen ? "active" : ""}`}
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen(!menuOpen)}
            data-testid="tools-more"
          >
            {t("session.more")}
            <svg width="10" height="10" viewBox="0 0 12 12" aria-hidden="true">
              <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          </button>
          <div id={menuId} className="tools-menu" hidden={!menuOpen} data-testid="tools-menu">
            {hidden.map((tool) => (
              <div key={tool.key} className="tools-menu-item">
                {tool.node}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

/** What the tools may take of the bar: all but the other parts, the phase at its narrowest. */
function spaceForTools(bar: HTMLElement, row: HTMLElement): number {
  const style = getComputedStyle(bar);
  const gap = Number.parseFloat(style.columnGap) || 0;
  let space = bar.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
  for (const el of bar.children) {
    if (el === row) continue;
    const s = getComputedStyle(el);
    if (s.display === "none" || s.position === "absolute" || s.position === "fixed") continue;
    const flexible = el.classList.contains("phase-info");
    space -= gap + (flexible ? Number.parseFloat(s.minWidth) || 0 : el.getBoundingClientRect().width);
  }
  return space;
}

function toolsOf(
  session: SessionView,
  t: TFunction,
  onAgenda: () => void,
  onVote: () => void,
  workshopId: string | undefined,
  onScore: () => void,
  onGroups?: () => void,
): Tool[] {
  // A refusal shows in the page's toast (request does that).
  const act = (...args: Parameters<typeof request>) => void request(...args);
  const phase = session.phases.find((p) => p.id === session.currentPhaseId);
  const upcoming = phase ? session.phases[session.phases.indexOf(phase) + 1] : undefined;
  const { status } = session.timer;
  const tools: Tool[] = [
    {
      key: "agenda",
      rank: 2,
      node: (
        <button type="button" className="button ghost small" onClick={onAgenda} data-testid="agenda-button">
          {t("session.agenda")}
        </button>
      ),
    },
  ];
  if (status === "running")
    tools.push({
      key: "pause",
      rank: 9,
      node: (
        <button
          type="button"
          className="button ghost small"
          onClick={() => act("timer:pause", {})}
          data-testid="timer-pause"
        >
          {t("session.pause")}
        </button>
      ),
    });
  if (status === "paused")
    tools.push({
      key: "resume",
      rank: 9,
      pinned: true,
      node: (
        <button
          type="button"
          className="button ghost small"
          onClick={() => act("timer:resume", {})}
          data-testid="timer-resume"
        >
          {t("session.resume")}
        </button>
      ),
    });
  if (status !== "idle")
    tools.push({
      key: "extend",
      rank: 3,
      node: (
        <button type="button" className="button ghost small" onClick={() => act("timer:extend", { seconds: 60 })}>
          {t("session.addMinute")}
        </button>
      ),
    });
  if (phase && session.phases.at(-1)?.id !== phase.id)
    tools.push({
      key: "next",
      rank: 7,
      node: (
        <button
          type="button"
          className="button ghost small"
          onClick={() => act("phase:next", {})}
          title={upcoming && nextTitle(upcoming, t)}
          data-testid="phase-next"
        >
          {t("session.next")}
        </button>
      ),
    });
  tools.push(
    {
      key: "lock",
      rank: 6,
      pinned: session.locked,
      groupStart: true,
      node: (
        <button
          type="button"
          className={`button small ${session.locked ? "primary" : "ghost"}`}
          aria-pressed={session.locked}
          onClick={() => act("board:lock", { locked: !session.locked })}
          data-testid="lock-toggle"
        >
          {session.locked ? t("session.unlock") : t("session.lock")}
        </button>
      ),
    },
    {
      key: "private",
      rank: 5,
      pinned: session.privateRound,
      node: (
        <button
          type="button"
          className={`button small ${session.privateRound ? "primary" : "ghost"}`}
          onClick={() => act("private:set", { active: !session.privateRound })}
          data-testid="private-toggle"
        >
          {session.privateRound ? t("session.reveal") : t("session.privateStart")}
        </button>
      ),
    },
    {
      key: "critique",
      // An occasional mode: into "More" before follow-me, which a facilitator reaches for live.
      rank: 0.75,
      pinned: !!session.critique,
      node: (
        <button
          type="button"
          className={`button small ${session.critique ? "primary" : "ghost"}`}
          aria-pressed={!!session.critique}
          title={t("critique.toolHint")}
          onClick={() => act("critique:set", { active: !session.critique })}
          data-testid="critique-toggle"
        >
          {session.critique ? t("critique.stop") : t("critique.start")}
        </button>
      ),
    },
    {
      key: "vote",
      rank: 4,
      node: (
        <button type="button" className="button ghost small" onClick={onVote} data-testid="vote-button">
          {t("session.vote")}
        </button>
      ),
    },
    {
      key: "score",
      // An occasional tool: into "More" before follow-me, which a facilitator reaches for live.
      rank: 0.5,
      node: (
        <button type="button" className="button ghost small" onClick={onScore} data-testid="scoring-button">
          {t("scoring.button")}
        </button>
      ),
    },
    ...(onGroups
      ? [
          {
            key: "groups",
            // Kept in sight while groups work: it is where the facilitator watches and ends them.
            rank: 0.5,
            pinned: session.groups.status === "working",
            node: (
              <button
                type="button"
                className={`button small ${session.groups.status === "working" ? "primary" : "ghost"}`}
                onClick={onGroups}
                data-testid="groups-button"
              >
                {session.groups.status === "working"
                  ? t("thematic.buttonWorking", { count: session.groups.groups.length })
                  : t("thematic.button")}
              </button>
            ),
          },
        ]
      : []),
    {
      key: "follow",
      rank: 1,
      pinned: !!session.follow,
      node: (
        <button
          type="button"
          className={`button small ${session.follow ? "primary" : "ghost"}`}
          aria-pressed={!!session.follow}
          onClick={() => act("follow:set", { active: !session.follow })}
          data-testid="follow-toggle"
        >
          {session.follow ? t("session.stopFollow") : t("session.follow")}
        </button>
      ),
    },
    {
      key: "anonymous",
      rank: 0,
      pinned: session.anonymous,
      node: (
        <label className="check small">
          <input
            type="checkbox"
            checked={session.anonymous}
            onChange={(e) => act("anonymous:set", { active: e.target.checked })}
            data-testid="anonymous-toggle"
          />
          {t("session.anonymous")}
        </label>
      ),
    },
  );
  if (workshopId)
    tools.push({
      key: "projector",
      rank: 0,
      // A new window for the big screen, in this browser: it opens with this session, as a screen.
      node: (
        <a
          className="button ghost small"
          href={`/w/${encodeURIComponent(workshopId)}/screen`}
          target="_blank"
          rel="noopener"
          title={t("projector.openHint")}
          data-testid="projector-open"
        >
          {t("projector.open")}
        </a>
      ),
    });
  return tools;
}

/** "Next: Dot vote (starts: Dot vote)", so the facilitator knows what one press will switch on. */
function nextTitle(phase: Phase, t: TFunction): string {
  const starts = phaseActionKeys(phase.actions).map((key) => t(`agenda.actions.${key}`));
  const name = t("session.nextIs", { name: phase.name });
  return starts.length > 0 ? `${name} · ${t("agenda.starts")}: ${starts.join(", ")}` : name;
}
