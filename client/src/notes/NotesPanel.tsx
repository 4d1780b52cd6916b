import { DocKeys, isSafeHref } from "@oppdag/shared";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WorkshopDoc } from "../collab/useWorkshopDoc";
import { selectCanEdit, useSessionStore } from "../stores/sessionStore";
import { CaretTagsClearOfMyLine, renderCaret } from "./caret";
import { KeepCaret } from "./keepCaret";
import { ReadSelectionFirst } from "./readSelectionFirst";
import { TextInNewBlocks } from "./textInNewBlocks";
import { TypedInPlace } from "./typedInPlace";

export function NotesPanel({ workshop }: { workshop: WorkshopDoc }) {
  const { t } = useTranslation();
  const me = useSessionStore((s) => s.me);
  // The notes are part of the board document: the same rule as the board (role and lock).
  const canEdit = useSessionStore(selectCanEdit) && !!me;
  // The whole presence user (with its id): the caret extension replaces the awareness `user` field,
  // and the server only relays presence that carries this person's own id.
  const user = workshop.awareness.getLocalState()?.user as { id: string; name: string; color: string } | undefined;

  const editor = useEditor(
    {
      editable: canEdit,
      extensions: [
        StarterKit.configure({
          // Yjs keeps the history: the editor's own undo would undo other people's typing.
          undoRedo: false,
          heading: { levels: [1, 2, 3] },
          link: {
            openOnClick: false,
            autolink: true,
            defaultProtocol: "https",
            protocols: ["mailto"],
            // The one rule for links in notes (shared with the exports); TipTap asks it for every
            // link it parses, pastes, autolinks or is given through setLink.
            isAllowedUri: (url) => isSafeHref(url),
            HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
          },
        }),
        Collaboration.configure({ document: workshop.doc, field: DocKeys.notes }),
        // Two people typing in one place keep their words whole: someone else's typing must not move
        // this person's caret across their own letters, a new paragraph has one text to share, each
        // letter is written to Yjs where it was typed, and the editor reads where the browser put the
        // caret before it acts on it.
        KeepCaret,
        TextInNewBlocks,
        TypedInPlace,
        ReadSelectionFirst.configure({ awareness: workshop.awareness }),
        CollaborationCaret.configure({
          provider: workshop.provider,
          user: { ...user, name: user?.name ?? "", color: user?.color ?? "#888" },
          render: renderCaret,
        }),
        CaretTagsClearOfMyLine,
      ],
      editorProps: {
        attributes: {
          class: "notes-editor",
          "data-testid": "notes-editor",
          // A name needs a role to hang on: this is where the notes are written.
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": t("notes.title"),
        },
      },
    },
    [workshop.doc, workshop.provider],
  );

  useEffect(() => {
    editor?.setEditable(canEdit);
  }, [editor, canEdit]);

  return (
    <div className="notes-body" data-testid="notes-panel">
      {editor && canEdit && <NotesToolbar editor={editor} />}
      <div className="notes-scroll">
        <EditorContent editor={editor} />
        {editor && <NotesPlaceholder editor={editor} />}
      </div>
    </div>
  );
}

type Editor = NonNullable<ReturnType<typeof useEditor>>;

function NotesPlaceholder({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const empty = useEditorState({ editor, selector: ({ editor: e }) => e.isEmpty });
  return empty ? <p className="notes-placeholder">{t("notes.placeholder")}</p> : null;
}

function NotesToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkError, setLinkError] = useState(false);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      link: e.isActive("link"),
    }),
  });

  const button = (label: string, isActive: boolean, run: () => void, content: ReactNode) => (
    <button
      type="button"
      className={`tool icon ${isActive ? "active" : ""}`}
      aria-label={label}
      title={label}
      aria-pressed={isActive}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {/* The label names it; "1." or "B" read out first would not say what it does. */}
      <span aria-hidden="true">{content}</span>
    </button>
  );

  function handleLink(e: FormEvent) {
    e.preventDefault();
    const href = (linkDraft ?? "").trim();
    if (!href) {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
    } else if (!isSafeHref(href)) {
      setLinkError(true);
      return;
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    }
    setLinkDraft(null);
    setLinkError(false);
  }

  return (
    <div className="notes-toolbar" role="toolbar" aria-label={t("notes.title")}>
      {button(t("notes.heading"), active.h2, () => editor.chain().focus().toggleHeading({ level: 2 }).run(), "H")}
      {button(t("notes.bold"), active.bold, () => editor.chain().focus().toggleBold().run(), "B")}
      {button(t("notes.italic"), active.italic, () => editor.chain().focus().toggleItalic().run(), "I")}
      {button(t("notes.bulletList"), active.bullet, () => editor.chain().focus().toggleBulletList().run(), "•")}
      {button(
        t("notes.orderedList"),
        active.ordered,
        () => editor.chain().focus().toggleOrderedList().run(),
        <NumberedListGlyph />,
      )}
      {button(
        t("notes.link"),
        active.link,
        () => setLinkDraft((editor.getAttributes("link").href as string | undefined) ?? ""),
        <LinkIcon />,
      )}
      {linkDraft !== null && (
        <form className="link-form" onSubmit={handleLink}>
          <input
            // biome-ignore lint/a11y/noAutofocus: opened by the person on purpose
            autoFocus
            type="text"
            inputMode="url"
            value={linkDraft}
            placeholder={t("notes.linkUrl")}
            aria-invalid={linkError}
            aria-label={t("notes.link")}
            onChange={(e) => setLinkDraft(e.target.value)}
            onKeyDown={(e) => e.key === "Escape" && setLinkDraft(null)}
          />
          <button type="submit" className="button secondary small">
            {t("notes.apply")}
          </button>
          {linkError && <span className="form-error small">{t("notes.invalidUrl")}</span>}
        </form>
      )}
    </div>
  );
}

/**
 * "1." drawn from CSS, not written in the page: as text it would have to be part of the button's
 * name (WCAG 2.5.3, label in name), and "1. Numbered list" is worse to hear than the name alone.
 */
function NumberedListGlyph() {
  return <span className="glyph-numbered" />;
}

function LinkIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      aria-hidden="true"
    >
      <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
      <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
    </svg>
  );
}
