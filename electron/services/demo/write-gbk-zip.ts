import iconv from 'iconv-lite';
import { crc32, deflateRawSync } from 'node:zlib';

/** One file of a zip as Chinese Windows writes it: its name (folders with "/"), bytes and modification time. */
export interface GbkZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly modified: Date;
}

// The DOS time fields hold the wall-clock time of the machine that zipped: Beijing time here.
function dosTime(at: Date): { time: number; date: number } {
  const china = new Date(at.getTime() + 8 * 3600_000);
  return {
    time: (china.getUTCHours() << 11) | (china.getUTCMinutes() << 5) | Math.floor(china.getUTCSeconds() / 2),
    date: ((china.getUTCFullYear() - 1980) << 9) | ((china.getUTCMonth() + 1) << 5) | china.getUTCDate(),
  };
}

/**
 * A zip as the Windows Explorer and WinRAR of a Chinese Windows write it: names in GBK with no
 * UTF-8 flag (general purpose bit 11 clear), Beijing times, deflated entries. The demo mailbox's
 * applicants send these; the intake must decode them (DESIGN.md §6).
 */
export function writeGbkZip(entries: readonly GbkZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = iconv.encode(entry.name, 'gbk');
    const packed = deflateRawSync(entry.data);
    const { time, date } = dosTime(entry.modified);
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0, 6); // flags: no UTF-8 bit
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS / FAT
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
