/**
 * Sanitisers for the file-path and redirect sinks, recognised by name in every language.
 *
 * For a `path` sink, what protects is keeping only the last segment of the value: `basename`
 * and its equivalents drop every directory part, `..` included, so the result cannot leave the
 * folder it is joined to. Normalising (`path.normalize`, `filepath.Clean`) does not protect on
 * its own and is not listed: `../../etc/passwd` stays what it is.
 *
 * For a `redirect` sink, encoding a value as one URL component (`encodeURIComponent`) turns
 * `//` and `:` into escapes, so the result is a relative path on the same site.
 *
 * `url` sinks (outbound requests) have no sanitiser by name: an allow-list check protects, and
 * the rule recognises that, not the helper.
 */
import type { SyntaxNode } from '../contract';
import { compact, type FlowContext, type SanitiserStrength, type SinkKind } from './syntax';

/** Calls that keep only a file name, by import-resolved name or callee as written. */
const FILE_NAME_CALLS: ReadonlySet<string> = new Set([
  // Node
  'path.basename', 'path.posix.basename', 'path.win32.basename', 'sanitize-filename', 'sanitizeFilename',
  // Python
  'os.path.basename', 'posixpath.basename', 'ntpath.basename', 'werkzeug.utils.secure_filename', 'werkzeug.secure_filename', 'secure_filename',
  'django.utils.text.get_valid_filename', 'get_valid_filename',
  // Java (Apache Commons IO)
  'FilenameUtils.getName', 'org.apache.commons.io.FilenameUtils.getName',
  // C#
  'Path.GetFileName', 'System.IO.Path.GetFileName',
  // Go
  'filepath.Base', 'path/filepath.Base', 'path.Base',
  // PHP
  'basename',
  // Ruby
  'File.basename',
]);

/** Methods that return only the last segment of a path object: Java's `Path.getFileName()`. */
const FILE_NAME_METHODS: ReadonlySet<string> = new Set(['getFileName']);

/** Encoders that make a value one URL component, so a redirect to it stays on the site. */
const URL_COMPONENT_ENCODERS: ReadonlySet<string> = new Set(['encodeURIComponent']);

/** Whether `node` is a call that protects its result for a path or redirect sink. */
export function fileNameSanitiser(node: SyntaxNode, context: FlowContext, sink: SinkKind): SanitiserStrength | undefined {
  if (sink !== 'path' && sink !== 'redirect') return undefined;
  const call = context.callAt(node);
  if (call === undefined) return undefined;
  if (sink === 'redirect') return URL_COMPONENT_ENCODERS.has(call.qualified) || URL_COMPONENT_ENCODERS.has(call.callee) ? 'strong' : undefined;
  if (FILE_NAME_CALLS.has(call.qualified) || FILE_NAME_CALLS.has(call.callee)) return 'strong';
  if (call.receiver !== undefined && FILE_NAME_METHODS.has(call.name)) return 'strong';
  // `new File(name).getName()` keeps only the name; `getName` on anything else means something else.
  if (call.name === 'getName' && call.receiver !== undefined && compact(call.receiver.text).startsWith('newFile(')) return 'strong';
  return undefined;
}
