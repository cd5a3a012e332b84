/**
 * The one entry point from a configuration file's text to its `ConfigModel`. Each format has its
 * own module; this file only dispatches, and guarantees the contract every caller relies on:
 * parsing never throws. Should a format module fail on some input nobody foresaw, the entries it
 * had recovered are kept and the failure becomes one more message in `errors()`.
 */
import type { ConfigFormat, ConfigModel } from '../contract';
import { parseApache } from './apache';
import { parseDockerfile } from './dockerfile';
import { parseDotenv } from './dotenv';
import { parseGradle } from './gradle';
import { parseHaproxy } from './haproxy';
import { parseHcl } from './hcl';
import { parseIni, parseNpmrc } from './ini';
import { parseJson } from './json';
import { ConfigModelBuilder } from './model-builder';
import { parseNginx } from './nginx';
import { parsePipRequirements } from './pip-requirements';
import { parseProperties } from './properties';
import { parseSshd } from './sshd';
import { templateParser } from './template-tags';
import { parseToml } from './toml';
import { parseVersionFile } from './version-file';
import { parseLockfile } from './lockfile';
import { parseXml } from './xml';
import { parseYaml } from './yaml';

type FormatParser = (text: string, out: ConfigModelBuilder) => void;

const PARSERS: Readonly<Record<ConfigFormat, FormatParser>> = {
  yaml: parseYaml,
  json: parseJson,
  xml: parseXml,
  dockerfile: parseDockerfile,
  terraform: parseHcl,
  properties: parseProperties,
  dotenv: parseDotenv,
  ini: parseIni,
  npmrc: parseNpmrc,
  nginx: parseNginx,
  apache: parseApache,
  haproxy: parseHaproxy,
  sshd: parseSshd,
  'pip-requirements': parsePipRequirements,
  gradle: parseGradle,
  vue: templateParser('vue'),
  erb: templateParser('erb'),
  ejs: templateParser('ejs'),
  jinja: templateParser('jinja'),
  razor: templateParser('razor'),
  blade: templateParser('blade'),
  toml: parseToml,
  'version-file': parseVersionFile,
  lockfile: parseLockfile,
};

export function parseConfigDocument(text: string, format: ConfigFormat): ConfigModel {
  const out = new ConfigModelBuilder();
  try {
    PARSERS[format](text, out);
  } catch (error) {
    out.addError(`The ${format} reader stopped early: ${error instanceof Error ? error.message : String(error)}`);
  }
  return out.build(format);
}
