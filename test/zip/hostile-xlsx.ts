/**
 * Hostile workbooks for the bomb tests. `lyingBomb` takes a real XLSX and adds `xl/media/image1.png` inflating to
 * `mebibytes` MiB of zeros while declaring `declared` bytes (the outside tester's 1.1 MB file: 1 GiB declared as 1000).
 * The deflate stream is one compressed MiB of zeros repeated as non-final, byte-aligned blocks (each refers only to
 * itself) and closed by an empty final block, so building 1 GiB takes milliseconds.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../src/zip/zip-directory.js';

export function zerosDeflated(mebibytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array<Buffer>(mebibytes).fill(block), deflateRawSync(Buffer.alloc(0))]);
}

interface RawPart {
  name: Buffer;
  method: number;
  crc: number;
  compressed: Buffer;
  declared: number;
}

/** Re-lays out the archive's parts (no data descriptors) plus the extra ones, with a fresh directory. */
export function withExtraParts(
  xlsx: Buffer,
  extra: readonly { name: string; compressed: Buffer; declared: number }[],
): Buffer {
  const parts: RawPart[] = readZipDirectory(xlsx).map((e) => ({
    name: Buffer.from(e.name, 'utf8'),
    method: e.method,
    crc: xlsx.readUInt32LE(e.centralOffset + 16),
    compressed: xlsx.subarray(e.dataOffset, e.dataOffset + e.compressedSize),
    declared: e.declaredSize,
  }));
  for (const p of extra)
    parts.push({
      name: Buffer.from(p.name, 'utf8'),
      method: 8,
      crc: 0,
      compressed: p.compressed,
      declared: p.declared,
    });
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.compressed.length, 18);
    local.writeUInt32LE(p.declared, 22);
    local.writeUInt16LE(p.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.compressed.length, 20);
    central.writeUInt32LE(p.declared, 24);
    central.writeUInt16LE(p.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, p.name, p.compressed);
    centrals.push(central, p.name);
    offset += 30 + p.name.length + p.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export function lyingBomb(xlsx: Buffer, mebibytes = 1024, declared = 1000): Buffer {
  return withExtraParts(xlsx, [{ name: 'xl/media/image1.png', compressed: zerosDeflated(mebibytes), declared }]);
}
