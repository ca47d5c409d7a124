// The Linear SDK's own webhook verifier as a test oracle (tests/webhooks/linear_oracle.py).
// stdin: {"cases": [{"op": "sign" | "verify", "secret", "body" (base64), "signature",
// "now_ms"}]}; stdout: one {"signature"} or {"ok", "error"} per case.
// "sign" is Linear's documented signing: hex HMAC-SHA256 of the raw body.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { LinearWebhookClient } from "@linear/sdk/webhooks";

const realNow = Date.now;
const { cases } = JSON.parse(readFileSync(0, "utf8"));
const results = cases.map((c) => {
  const body = Buffer.from(c.body, "base64");
  if (c.op === "sign") {
    return { signature: createHmac("sha256", c.secret).update(body).digest("hex") };
  }
  Date.now = c.now_ms === undefined ? realNow : () => c.now_ms;
  try {
    const ok = new LinearWebhookClient(c.secret).verify(body, c.signature);
    return { ok: ok === true, error: null };
  } catch (error) {
    return { ok: false, error: String(error && error.message) };
  } finally {
    Date.now = realNow;
  }
});
process.stdout.write(JSON.stringify(results));
