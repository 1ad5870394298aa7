/**
 * One entry of a single-disk zip exactly as its headers record it. Every field is explicit and none
 * is checked, so the same writer makes the demo's honest zips and the tests' lying ones.
 */
export interface ZipRecord {
  /** The name's raw bytes (UTF-8 with flag bit 11, or a Windows code page without it). */
  readonly name: Uint8Array;
  /** The bytes stored after the local header (already compressed when method is 8). */
  readonly data: Uint8Array;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly crc32: number;
  readonly uncompressedSize: number;
  /** General purpose bits (bit 11: the name is UTF-8). */
  readonly flags: number;
  /** MS-DOS time and date fields: the packing computer's wall clock, no zone. */
  readonly dosTime: number;
  readonly dosDate: number;
  /** A Unix mode for the external attributes (then "made by" says Unix), as Info-ZIP writes it. */
  readonly unixMode?: number;
  readonly extra?: Uint8Array;
}

/** A single-disk zip (no zip64) of the records: each local header and its data, the central directory, the end record. */
export function zipOfRecords(records: readonly ZipRecord[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const record of records) {
    const name = Buffer.from(record.name);
    const extra = Buffer.from(record.extra ?? new Uint8Array());
    const crc = record.crc32 >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(record.flags, 6);
    local.writeUInt16LE(record.method, 8);
    local.writeUInt16LE(record.dosTime, 10);
    local.writeUInt16LE(record.dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(record.data.length, 18);
    local.writeUInt32LE(record.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, name, extra, Buffer.from(record.data));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(record.unixMode === undefined ? 20 : (3 << 8) | 20, 4); // made by: MS-DOS (FAT), or Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(record.flags, 8);
    central.writeUInt16LE(record.method, 10);
    central.writeUInt16LE(record.dosTime, 12);
    central.writeUInt16LE(record.dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(record.data.length, 20);
    central.writeUInt32LE(record.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(((record.unixMode ?? 0) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += local.length + name.length + extra.length + record.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
