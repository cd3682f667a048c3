import { Transform } from "node:stream";

/**
 * React 18.3's Node renderer (writeStringChunk in react-dom/server.node) flushes its whole
 * 2048-byte buffer when a multi-byte UTF-8 character does not fit at its end, so one or two
 * unused zero bytes reach the client before that character. Vietnamese pages hit this often:
 * browsers drop the NUL in text but turn it into U+FFFD inside attributes, <title> and
 * <textarea>, corrupting search boxes and form fields. A zero byte is never part of a multi-byte
 * UTF-8 sequence, and HTML has no use for a literal NUL, so removing every one is safe.
 */
export function stripNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let at = chunk.indexOf(0);
      if (at === -1) return done(null, chunk);
      // The runs between the zeros, copied once: a byte-by-byte filter cost 2 % of a list page.
      const parts: Buffer[] = [];
      let from = 0;
      for (; at !== -1; at = chunk.indexOf(0, from)) {
        if (at > from) parts.push(chunk.subarray(from, at));
        from = at + 1;
      }
      parts.push(chunk.subarray(from));
      done(null, Buffer.concat(parts));
    },
  });
}
