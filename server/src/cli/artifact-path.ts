/**
 * How a file is named in reports: relative to the report root (SARIF's SRCROOT, the nearest
 * project file or git root above the current folder) for JSON and SARIF, and relative to the
 * current folder for text, which a terminal can then open.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toPosix } from './gitignore';
import type { ArtifactPath } from './report-model';
import { isInside } from './walk-files';

export function artifactPath(absolutePath: string, srcRoot: string, cwd: string): ArtifactPath {
  const local = toPosix(path.relative(cwd, absolutePath)) || '.';
  if (!isInside(srcRoot, absolutePath)) {
    return { path: toPosix(absolutePath), uri: pathToFileURL(absolutePath).href, localPath: local };
  }
  const relative = toPosix(path.relative(srcRoot, absolutePath));
  return { path: relative, uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT', localPath: local };
}
