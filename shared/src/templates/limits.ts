/** How much a saved template holds, apart from its schema (saved.ts) so the client's form needs no zod. */
export const SAVED_TEMPLATE_LIMITS = { zones: 40, phases: 40, saved: 200, name: 80, summary: 280 } as const;
