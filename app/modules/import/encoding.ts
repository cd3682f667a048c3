import { fileMessage } from "./messages";
import { DirectoryFormatError } from "./validate";

// A directory file must be UTF-8. Decoding leniently turns every bad byte into U+FFFD, so a file
// saved in Windows-1258 would be imported with its Vietnamese letters silently replaced; instead
// the file is refused with the offset of the first bad byte, which a hex editor or
// `iconv -f utf-8` can find.

/** Offset of the first byte that does not belong to well-formed UTF-8, or -1 (RFC 3629). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // no overlong forms
      if (c === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined) return i; // cut short at the end of the file
      if (x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i + k;
    }
    i += n + 1;
  }
  return -1;
}

/** The file's text; throws DirectoryFormatError naming the byte offset when it is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
  const at = firstInvalidUtf8(bytes);
  if (at >= 0)
    throw new DirectoryFormatError(
      fileMessage("file.notUtf8", { byte: bytes[at].toString(16).padStart(2, "0"), offset: String(at) }),
    );
  return new TextDecoder("utf-8").decode(bytes);
}
