import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under a samples folder, smaller than 64 KB, for the harnesses that read them all. */
export function sampleFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder)) {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) files.push(...sampleFiles(full));
    else if (statSync(full).size < 64 * 1024) files.push(full);
  }
  return files;
}
