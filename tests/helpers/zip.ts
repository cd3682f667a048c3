import zlib from "node:zlib";

// A minimal zip writer for tests of what reads workbooks: deflated entries whose headers declare
// whatever uncompressed size they are told to, so a test can build a "zip bomb" that lies.

/**
 * A local file header or a central directory entry: both hold the same fields (version needed,
 * method deflate, compressed and declared sizes, name length), the central entry two bytes
 * further on, after its "version made by".
 */
function entryHeader(
  length: number,
  signature: number,
  shift: number,
  e: { packed: number; declared: number; name: number },
): Buffer {
  const header = Buffer.alloc(length);
  header.writeUInt32LE(signature, 0);
  header.writeUInt16LE(20, shift + 4);
  header.writeUInt16LE(8, shift + 8);
  header.writeUInt32LE(e.packed, shift + 18);
  header.writeUInt32LE(e.declared, shift + 22);
  header.writeUInt16LE(e.name, shift + 26);
  return header;
}

/** A zip of deflated entries, declaring whatever uncompressed sizes it is told to (a liar's zip). */
export function zip(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = zlib.deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const lengths = { packed: packed.length, declared: e.declared ?? e.data.length, name: name.length };
    const local = entryHeader(30, 0x04034b50, 0, lengths);
    const central = entryHeader(46, 0x02014b50, 2, lengths);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
