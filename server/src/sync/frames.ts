import { SyncMessageType } from "@oppdag/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

/** Encoders for the frames the server sends (y-websocket protocol). */
export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, SyncMessageType.Sync);
  syncProtocol.writeSyncStep1(enc, doc);
  return encoding.toUint8Array(enc);
}

export function syncStep2Frame(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, SyncMessageType.Sync);
  syncProtocol.writeSyncStep2(enc, doc, stateVector);
  return encoding.toUint8Array(enc);
}

export function updateFrame(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, SyncMessageType.Sync);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
}

export function awarenessFrame(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, SyncMessageType.Awareness);
  encoding.writeVarUint8Array(enc, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(enc);
}

/** A decoded client frame. Decoding never touches the document. */
export type ClientFrame =
  | { type: "sync-step-1"; stateVector: Uint8Array }
  | { type: "update"; update: Uint8Array }
  | { type: "awareness"; update: Uint8Array }
  | { type: "query-awareness" };

export class MalformedFrame extends Error {}

/**
 * Decodes one frame completely, including the Yjs update inside it, so that garbage is refused
 * before anything is applied (a half-applied update would be worse than none).
 */
export function decodeClientFrame(data: Uint8Array): ClientFrame {
  try {
    const dec = decoding.createDecoder(data);
    const type = decoding.readVarUint(dec);
    let frame: ClientFrame;
    switch (type) {
      case SyncMessageType.Sync: {
        const syncType = decoding.readVarUint(dec);
        const payload = decoding.readVarUint8Array(dec);
        if (syncType === syncProtocol.messageYjsSyncStep1) {
          Y.decodeStateVector(payload);
          frame = { type: "sync-step-1", stateVector: payload };
        } else if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
          Y.decodeUpdate(payload);
          frame = { type: "update", update: payload };
        } else {
          throw new MalformedFrame(`unknown sync message ${syncType}`);
        }
        break;
      }
      case SyncMessageType.Awareness:
        frame = { type: "awareness", update: decoding.readVarUint8Array(dec) };
        break;
      case SyncMessageType.QueryAwareness:
        frame = { type: "query-awareness" };
        break;
      default:
        throw new MalformedFrame(`unknown message type ${type}`);
    }
    if (decoding.hasContent(dec)) throw new MalformedFrame("trailing bytes");
    return frame;
  } catch (err) {
    if (err instanceof MalformedFrame) throw err;
    throw new MalformedFrame(err instanceof Error ? err.message : "undecodable frame");
  }
}
