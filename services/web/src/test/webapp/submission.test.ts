import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "../../main/webapp/src/api";
import { keyFor, submitWithRetries } from "../../main/webapp/src/submission";

const noWait = () => Promise.resolve();

describe("submitting with an Idempotency-Key", () => {
  it("keeps the key for the same body and makes a new one for another body", () => {
    let n = 0;
    const newKey = () => `k${++n}`;
    const first = keyFor(null, "{a}", newKey);
    expect(keyFor(first, "{a}", newKey)).toBe(first);
    expect(keyFor(first, "{b}", newKey).key).toBe("k2");
  });

  it("retries a dropped connection with the same key until the 202", async () => {
    const keys: string[] = [];
    let retries = 0;
    const receipt = await submitWithRetries(
      async (key) => {
        keys.push(key);
        if (keys.length < 3) throw new NetworkError("connection reset");
        return { revision: 1, status: "RECEIVED" };
      },
      "k1",
      () => retries++,
      noWait,
    );
    expect(receipt.revision).toBe(1);
    expect(keys).toEqual(["k1", "k1", "k1"]);
    expect(retries).toBe(2);
  });

  it("never retries an answer from the server", async () => {
    let calls = 0;
    const send = async () => {
      calls++;
      throw new ApiError(409, { detail: "another body" });
    };
    await expect(submitWithRetries(send, "k1", () => undefined, noWait)).rejects.toBeInstanceOf(ApiError);
    expect(calls).toBe(1);
  });

  it("gives up after three retries and leaves the key to the next click", async () => {
    let calls = 0;
    const send = async () => {
      calls++;
      throw new NetworkError("offline");
    };
    await expect(submitWithRetries(send, "k1", () => undefined, noWait)).rejects.toBeInstanceOf(NetworkError);
    expect(calls).toBe(4);
  });
});
