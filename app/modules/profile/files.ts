// Uploaded files: what each slot accepts, and the type told by the file's first bytes rather
// than by its name or the browser's Content-Type (both are the client's word).

export type FileKind = "pdf" | "png" | "jpeg" | "webp";

export const CONTENT_TYPE: Record<FileKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
};

export const UPLOADS = {
  certificate: { kinds: ["pdf", "png", "jpeg"] as FileKind[], maxBytes: 5 * 1024 * 1024, label: "5 MB" },
  logo: { kinds: ["png", "jpeg", "webp"] as FileKind[], maxBytes: 1024 * 1024, label: "1 MB" },
  /** A support-scheme application's documents (quotations, plans, certificates). */
  schemeDocument: { kinds: ["pdf", "png", "jpeg"] as FileKind[], maxBytes: 5 * 1024 * 1024, label: "5 MB" },
} as const;
export type UploadSlot = keyof typeof UPLOADS;

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** The file's type by its magic bytes, or null when it is none of the kinds we take. */
export function sniff(b: Uint8Array): FileKind | null {
  if (starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts(b, [0xff, 0xd8, 0xff])) return "jpeg";
  if (starts(b, [0x52, 0x49, 0x46, 0x46]) && starts(b, [0x57, 0x45, 0x42, 0x50], 8)) return "webp"; // RIFF....WEBP
  return null;
}

export type UploadProblem =
  { key: "profile.error.fileTooBig"; max: string } | { key: "profile.error.fileType"; kinds: string };

/** Why an upload is refused for a slot, or null when it is fine. */
export function uploadProblem(slot: UploadSlot, size: number, head: Uint8Array): UploadProblem | null {
  const rule = UPLOADS[slot];
  if (size > rule.maxBytes) return { key: "profile.error.fileTooBig", max: rule.label };
  const kind = sniff(head);
  if (!kind || !rule.kinds.includes(kind))
    return { key: "profile.error.fileType", kinds: rule.kinds.map((k) => k.toUpperCase()).join(", ") };
  return null;
}

/** A stored upload's name: random hex plus the sniffed extension (never the client's name). */
export function isStoredName(name: string): boolean {
  return /^[0-9a-f]{32}\.(pdf|png|jpeg|webp)$/.test(name);
}

export function kindOfStoredName(name: string): FileKind | null {
  const ext = name.split(".").pop();
  return ext === "pdf" || ext === "png" || ext === "jpeg" || ext === "webp" ? ext : null;
}
