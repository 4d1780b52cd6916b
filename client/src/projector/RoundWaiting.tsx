/**
 * A vote or scoring round before its reveal, as the wall shows it: whether it is open, its title,
 * how many have taken part (the server sends nothing more) and what happens next.
 */
export function RoundWaiting({
  kind,
  status,
  eyebrow,
  title,
  count,
  hint,
}: {
  kind: "vote" | "scoring";
  status: string;
  eyebrow: string;
  title: string;
  count: string;
  hint: string;
}) {
  const titleId = `pj-${kind}-title`;
  return (
    <section className="pj-vote" aria-labelledby={titleId} data-testid={`projector-${kind}`} data-status={status}>
      <p className="pj-eyebrow">{eyebrow}</p>
      <h2 id={titleId}>{title}</h2>
      <p className="pj-vote-count" data-testid={kind === "vote" ? "projector-voters" : "projector-scorers"}>
        {count}
      </p>
      <p className="pj-vote-hint">{hint}</p>
    </section>
  );
}
