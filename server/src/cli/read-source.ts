/**
 * Reads a file for scanning. Oversized and binary files are skipped with a reason; invalid
 * UTF-8 is decoded with replacement characters (and noted, because fixes must then never be
 * written back); a UTF-8 byte order mark is removed so that offsets start at the first
 * character, and remembered so that fixes can put it back.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

export type SourceRead =
  | { readonly kind: 'text'; readonly text: string; readonly bom: boolean; readonly invalidUtf8: boolean }
  | { readonly kind: 'skipped'; readonly reason: string };

/** How much of a file is looked at for a NUL byte, as git does. */
export const BINARY_SNIFF_BYTES = 8 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function tooLargeReason(sizeBytes: number, maxFileSizeKb: number): string | undefined {
  if (sizeBytes <= maxFileSizeKb * 1024) return undefined;
  return `larger than maxFileSizeKb (${maxFileSizeKb} KB): ${Math.ceil(sizeBytes / 1024)} KB`;
}

export function readSource(absolutePath: string, maxFileSizeKb: number): SourceRead {
  let bytes: Buffer;
  try {
    const tooLarge = tooLargeReason(statSync(absolutePath).size, maxFileSizeKb);
    if (tooLarge !== undefined) return { kind: 'skipped', reason: tooLarge };
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return { kind: 'skipped', reason: `could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  // The file may have grown between the size check and the read.
  const tooLarge = tooLargeReason(bytes.length, maxFileSizeKb);
  if (tooLarge !== undefined) return { kind: 'skipped', reason: tooLarge };
  return decodeSource(bytes);
}

export function decodeSource(bytes: Uint8Array): SourceRead {
  if (isBinary(bytes)) return { kind: 'skipped', reason: 'binary file (contains a NUL byte)' };
  const bom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  const body = bom ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { kind: 'text', text: strictDecoder.decode(body), bom, invalidUtf8: false };
  } catch {
    return { kind: 'text', text: lenientDecoder.decode(body), bom, invalidUtf8: true };
  }
}

export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

/** The first bytes of a file, for a shebang check, without reading all of it. */
export function readHead(absolutePath: string, length: number): string {
  const buffer = Buffer.alloc(length);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(absolutePath, 'r');
    const read = readSync(descriptor, buffer, 0, length, 0);
    return lenientDecoder.decode(buffer.subarray(0, read));
  } catch {
    return '';
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** Puts the byte order mark back and encodes, for writing a fixed file. */
export function encodeSource(text: string, bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from(UTF8_BOM), body]) : body;
}
