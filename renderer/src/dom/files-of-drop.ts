import type { PickedFile } from '../features/intake/intake-state.ts';

// A dropped folder arrives as a directory entry to walk (a DataTransfer's `files` would hold only its name).

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function childrenOf(entry: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = entry.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries gives at most 100 entries a call (Chromium): read until it gives none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, path: string, out: PickedFile[]): Promise<void> {
  if (entry.isFile) out.push({ file: await fileOf(entry as FileSystemFileEntry), relativePath: path });
  else if (entry.isDirectory) for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) await walk(child, `${path}/${child.name}`, out);
}

/** The files of a drop, folders walked, each with its place in the drop (`folder/sub/name`, or its name). */
export async function filesOfDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return [...transfer.files].map((file) => ({ file, relativePath: file.name }));
  const out: PickedFile[] = [];
  for (const entry of entries) await walk(entry, entry.name, out);
  return out;
}
