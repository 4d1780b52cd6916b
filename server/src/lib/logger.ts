import pino from "pino";

/** Structured JSON logs. Only ids go in: never names, card text or tokens. */
export function createLogger(level: string) {
  return pino({ level, base: { service: "oppdag" } });
}
export type Logger = ReturnType<typeof createLogger>;
