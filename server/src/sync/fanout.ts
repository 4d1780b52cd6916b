/**
 * Cross-instance fan-out of sync frames. One process needs none (every client of a workshop is in
 * this process); the Redis implementation for scale-out plugs in here without the room changing.
 */
export interface Fanout {
  /** Sends a frame that was made durable here to the other instances serving this workshop. */
  publish(workshopId: string, frame: Uint8Array): void;
  /** Receives frames published by other instances; returns an unsubscribe function. */
  subscribe(workshopId: string, onFrame: (frame: Uint8Array) => void): () => void;
}

export const singleProcessFanout: Fanout = {
  publish() {},
  subscribe() {
    return () => {};
  },
};
