import { createECDH, createDecipheriv, createPublicKey, hkdfSync, randomBytes, verify } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the loopback push service received, as a real push service would see it. */
export interface ReceivedPush {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A push service on loopback for tests: records what the server posts and answers 201,
 * or 404/410 for paths told to. It cannot read the messages; a `TestDevice` can.
 */
export async function startTestPushService(): Promise<{
  url: string;
  received: ReceivedPush[];
  answer(path: string, status: number): void;
  close(): Promise<void>;
}> {
  const received: ReceivedPush[] = [];
  const statusFor = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(statusFor.get(path) ?? 201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (path, status) => statusFor.set(path, status),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A browser's side of a push subscription: its own P-256 key pair and auth secret, and
 * the decryption of RFC 8291 (aes128gcm) written here from the RFC with node:crypto, not
 * with the library that encrypts, so a test checks the wire format, not itself.
 */
export class TestDevice {
  private readonly ecdh = createECDH("prime256v1");
  private readonly authSecret = randomBytes(16);
  readonly publicKey: Buffer;

  constructor(readonly endpoint: string) {
    this.publicKey = this.ecdh.generateKeys();
  }

  /** What PushSubscription.toJSON() would give. */
  subscription() {
    return { endpoint: this.endpoint, keys: { p256dh: this.publicKey.toString("base64url"), auth: this.authSecret.toString("base64url") } };
  }

  decrypt(body: Buffer): string {
    const salt = body.subarray(0, 16);
    const idlen = body.readUInt8(20);
    const senderKey = body.subarray(21, 21 + idlen);
    const ciphertext = body.subarray(21 + idlen);
    const shared = this.ecdh.computeSecret(senderKey);
    const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), this.publicKey, senderKey]);
    const ikm = Buffer.from(hkdfSync("sha256", shared, this.authSecret, keyInfo, 32));
    const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
    const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
    const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
    const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
    // The last record ends with the delimiter 0x02 and then zero padding.
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end--;
    if (padded[end] !== 2) throw new Error("not a final aes128gcm record");
    return padded.subarray(0, end).toString("utf8");
  }
}

/** Checks the VAPID Authorization header (RFC 8292): an ES256 JWT for the endpoint's origin, signed by `publicKey`. */
export function verifyVapid(header: string | undefined, endpointOrigin: string, publicKey: string, now: number): { sub: string } {
  const match = /^vapid t=([^,]+),\s*k=(.+)$/.exec(header ?? "");
  if (!match) throw new Error(`no VAPID authorization: ${header}`);
  const [, jwt = "", k = ""] = match;
  if (k !== publicKey) throw new Error("signed with another key");
  const [head = "", claims = "", signature = ""] = jwt.split(".");
  const raw = Buffer.from(publicKey, "base64url");
  const key = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: raw.subarray(1, 33).toString("base64url"), y: raw.subarray(33, 65).toString("base64url") },
    format: "jwk",
  });
  const valid = verify("sha256", Buffer.from(`${head}.${claims}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"));
  if (!valid) throw new Error("VAPID signature does not verify");
  const body = JSON.parse(Buffer.from(claims, "base64url").toString("utf8")) as { aud: string; exp: number; sub: string };
  if (body.aud !== endpointOrigin) throw new Error(`audience ${body.aud} is not ${endpointOrigin}`);
  if (body.exp * 1000 < now) throw new Error("VAPID token expired");
  return { sub: body.sub };
}
