import crypto from "node:crypto";
import QRCode from "qrcode";

// A meeting's check-in link carries an HMAC of the meeting id under the server secret: it
// cannot be guessed from the id, needs no table of tokens, and a printed agenda stays valid as
// long as the secret does. Only organisers can act on it; a participant who opens it sees the
// meeting, nothing more.

const PURPOSE = "meeting-checkin/1";

export function checkinToken(secret: string, meetingId: number): string {
  return crypto
    .createHmac("sha256", secret)
    .update(`${PURPOSE}:${meetingId}`)
    .digest("base64url")
    .slice(0, 24);
}

export function verifyCheckinToken(secret: string, meetingId: number, token: string): boolean {
  const want = Buffer.from(checkinToken(secret, meetingId));
  const got = Buffer.from(token);
  return want.length === got.length && crypto.timingSafeEqual(want, got);
}

export function checkinPath(secret: string, meetingId: number): string {
  return `/checkin/${meetingId}/${checkinToken(secret, meetingId)}`;
}

/** An inline SVG of the QR code (medium error correction: survives a crease in a printout). */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}
