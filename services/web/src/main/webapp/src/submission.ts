// Submitting with an Idempotency-Key: one key per body, kept until a 202 arrives, so a retry after
// a dropped connection replays the first submit instead of making a second revision.
import { NetworkError, type Receipt } from "./api";

export interface PendingSubmit {
  key: string;
  body: string;
}

/** The key for this body: the pending one when the body is the same, else a new one. */
export function keyFor(pending: PendingSubmit | null, body: string, newKey: () => string): PendingSubmit {
  return pending && pending.body === body ? pending : { key: newKey(), body };
}

/**
 * Sends with the same key until an answer arrives: a NetworkError (no answer at all) is retried
 * after 0.5, 1 and 2 s; any answer from the server, good or bad, ends it.
 */
export async function submitWithRetries(
  send: (key: string) => Promise<Receipt>,
  key: string,
  onRetry: () => void,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  retries = 3,
): Promise<Receipt> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(key);
    } catch (e) {
      if (!(e instanceof NetworkError) || attempt >= retries) throw e;
      onRetry();
      await wait(500 * 2 ** attempt);
    }
  }
}
