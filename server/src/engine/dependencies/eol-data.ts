/**
 * End-of-life dates for runtimes and base images, for `dependencies/end-of-life`.
 *
 * The bundled table below was written from each vendor's published support dates as of its
 * `asOf` date; `sources` names where each product's dates come from. Dates a vendor gives only
 * as a month are the last day of that month; dates a vendor has not fixed yet (Go's next
 * releases, Adoptium's "at least" dates for Temurin) are marked in `notes`.
 *
 * Users may override or extend it with an `eolData` file (CONTRACTS §4): the faces read the
 * file and hand `parseEolData`'s result to the engine, which merges it over the bundled table
 * (`mergeEolData`). Nothing here does I/O.
 */

export interface EolCycle {
  /** The release line as the product numbers it: `16`, `3.8`, `6.0`, `18.04`, `3.15`. */
  readonly cycle: string;
  /** The last day of support (security fixes), YYYY-MM-DD. */
  readonly eol: string;
}

export interface EolData {
  /** The date the table was last checked, YYYY-MM-DD. */
  readonly asOf?: string;
  /** Release lines by product id (`node`, `python`, `ruby`, `php`, `go`, `dotnet`, `java`, `debian`, `ubuntu`, `alpine`). */
  readonly products: Readonly<Record<string, readonly EolCycle[]>>;
  /** Where each product's dates come from. */
  readonly sources?: Readonly<Record<string, string>>;
}

const cycles = (rows: readonly (readonly [string, string])[]): EolCycle[] => rows.map(([cycle, eol]) => ({ cycle, eol }));

export const BUNDLED_EOL_DATA: EolData = {
  asOf: '2026-11-27',
  sources: {
    node: 'Node.js release schedule (github.com/nodejs/Release), end of maintenance',
    python: 'Python developer guide, status of Python versions (devguide.python.org/versions), end of life',
    ruby: 'ruby-lang.org, Ruby maintenance branches, end of security maintenance',
    php: 'php.net supported versions, end of security support',
    go: 'Go release policy (go.dev/doc/devel/release): a release is supported until two newer major releases exist; 1.25 and 1.26 ends are estimated from the February/August cadence',
    dotnet: 'Microsoft .NET and .NET Core support policy (dotnet.microsoft.com/platform/support/policy), end of support',
    java: 'Eclipse Adoptium (Temurin) support roadmap; LTS ends are its "at least" dates, non-LTS lines end when the next release ships',
    debian: 'Debian releases and Debian LTS (wiki.debian.org/LTS), end of LTS',
    ubuntu: 'Ubuntu release cycle (ubuntu.com/about/release-cycle), end of standard support (ESM needs a subscription)',
    alpine: 'Alpine Linux releases (alpinelinux.org/releases), end of support',
  },
  products: {
    node: cycles([
      ['8', '2019-12-31'], ['9', '2018-06-30'], ['10', '2021-04-30'], ['11', '2019-06-01'], ['12', '2022-04-30'],
      ['13', '2020-06-01'], ['14', '2023-04-30'], ['15', '2021-06-01'], ['16', '2023-09-11'], ['17', '2022-06-01'],
      ['18', '2025-04-30'], ['19', '2023-06-01'], ['20', '2026-04-30'], ['21', '2024-06-01'], ['22', '2027-04-30'],
      ['23', '2025-06-01'], ['24', '2028-04-30'], ['25', '2026-06-01'], ['26', '2029-04-30'],
    ]),
    python: cycles([
      ['2.7', '2020-01-01'], ['3.5', '2020-09-13'], ['3.6', '2021-12-23'], ['3.7', '2023-06-27'], ['3.8', '2024-10-07'],
      ['3.9', '2025-10-31'], ['3.10', '2026-10-31'], ['3.11', '2027-10-31'], ['3.12', '2028-10-31'], ['3.13', '2029-10-31'],
      ['3.14', '2030-10-31'],
    ]),
    ruby: cycles([
      ['2.5', '2021-04-05'], ['2.6', '2022-04-12'], ['2.7', '2023-03-31'], ['3.0', '2024-04-23'], ['3.1', '2025-03-26'],
      ['3.2', '2026-03-31'], ['3.3', '2027-03-31'], ['3.4', '2028-03-31'],
    ]),
    php: cycles([
      ['5.6', '2018-12-31'], ['7.0', '2019-01-10'], ['7.1', '2019-12-01'], ['7.2', '2020-11-30'], ['7.3', '2021-12-06'],
      ['7.4', '2022-11-28'], ['8.0', '2023-11-26'], ['8.1', '2025-12-31'], ['8.2', '2026-12-31'], ['8.3', '2027-12-31'],
      ['8.4', '2028-12-31'],
    ]),
    go: cycles([
      ['1.17', '2022-08-02'], ['1.18', '2023-02-01'], ['1.19', '2023-08-08'], ['1.20', '2024-02-06'], ['1.21', '2024-08-13'],
      ['1.22', '2025-02-11'], ['1.23', '2025-08-12'], ['1.24', '2026-02-10'], ['1.25', '2026-08-11'], ['1.26', '2027-02-09'],
    ]),
    dotnet: cycles([
      ['2.1', '2021-08-21'], ['2.2', '2019-12-23'], ['3.0', '2020-03-03'], ['3.1', '2022-12-13'], ['5.0', '2022-05-10'],
      ['6.0', '2024-11-12'], ['7.0', '2024-05-14'], ['8.0', '2026-11-10'], ['9.0', '2026-11-10'], ['10.0', '2028-11-14'],
    ]),
    java: cycles([
      ['7', '2022-07-31'], ['8', '2030-12-31'], ['9', '2018-03-20'], ['10', '2018-09-25'], ['11', '2027-10-31'],
      ['12', '2019-09-17'], ['13', '2020-03-17'], ['14', '2020-09-15'], ['15', '2021-03-16'], ['16', '2021-09-14'],
      ['17', '2029-10-31'], ['18', '2022-09-20'], ['19', '2023-03-21'], ['20', '2023-09-19'], ['21', '2029-12-31'],
      ['22', '2024-09-17'], ['23', '2025-03-18'], ['24', '2025-09-16'], ['25', '2031-09-30'],
    ]),
    debian: cycles([
      ['8', '2020-06-30'], ['9', '2022-06-30'], ['10', '2024-06-30'], ['11', '2026-08-31'], ['12', '2028-06-30'], ['13', '2030-06-30'],
    ]),
    ubuntu: cycles([
      ['14.04', '2019-04-30'], ['16.04', '2021-04-30'], ['18.04', '2023-05-31'], ['20.04', '2025-05-31'], ['21.04', '2022-01-20'],
      ['21.10', '2022-07-14'], ['22.04', '2027-06-01'], ['22.10', '2023-07-20'], ['23.04', '2024-01-25'], ['23.10', '2024-07-11'],
      ['24.04', '2029-05-31'], ['24.10', '2025-07-10'], ['25.04', '2026-01-15'], ['25.10', '2026-07-09'],
    ]),
    alpine: cycles([
      ['3.12', '2022-05-01'], ['3.13', '2022-11-01'], ['3.14', '2023-05-01'], ['3.15', '2023-11-01'], ['3.16', '2024-05-23'],
      ['3.17', '2024-11-22'], ['3.18', '2025-05-09'], ['3.19', '2025-11-01'], ['3.20', '2026-04-01'], ['3.21', '2026-11-01'],
      ['3.22', '2027-05-01'], ['3.23', '2027-11-01'],
    ]),
  },
};

/** Debian and Ubuntu codenames, as image tags use them. */
export const DISTRIBUTION_CODENAMES: Readonly<Record<string, { readonly product: string; readonly cycle: string }>> = {
  jessie: { product: 'debian', cycle: '8' },
  stretch: { product: 'debian', cycle: '9' },
  buster: { product: 'debian', cycle: '10' },
  bullseye: { product: 'debian', cycle: '11' },
  bookworm: { product: 'debian', cycle: '12' },
  trixie: { product: 'debian', cycle: '13' },
  trusty: { product: 'ubuntu', cycle: '14.04' },
  xenial: { product: 'ubuntu', cycle: '16.04' },
  bionic: { product: 'ubuntu', cycle: '18.04' },
  focal: { product: 'ubuntu', cycle: '20.04' },
  jammy: { product: 'ubuntu', cycle: '22.04' },
  noble: { product: 'ubuntu', cycle: '24.04' },
};

/** A problem with an `eolData` file, worded as one line for the CLI and the editor's log. */
export class EolDataError extends Error {}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an `eolData` file's text: `{ "asOf"?: "YYYY-MM-DD", "sources"?: { product: text },
 * "products": { product: [{ "cycle": "16", "eol": "YYYY-MM-DD" }] } }`. Throws `EolDataError`
 * naming the first problem.
 */
export function parseEolData(text: string): EolData {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new EolDataError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(value)) throw new EolDataError('the top level must be an object with a "products" object');
  for (const key of Object.keys(value)) {
    if (key !== 'asOf' && key !== 'products' && key !== 'sources' && key !== '$schema') throw new EolDataError(`unknown key "${key}" (expected asOf, products, sources)`);
  }
  const { asOf, products, sources } = value;
  if (asOf !== undefined && (typeof asOf !== 'string' || !isIsoDate(asOf))) throw new EolDataError('"asOf" must be a date written YYYY-MM-DD');
  if (!isRecord(products)) throw new EolDataError('"products" must be an object of product ids to lists of { cycle, eol }');
  const parsedProducts: Record<string, EolCycle[]> = {};
  for (const [product, list] of Object.entries(products)) {
    if (!Array.isArray(list)) throw new EolDataError(`"products.${product}" must be a list of { cycle, eol }`);
    parsedProducts[product] = list.map((item: unknown, index) => {
      const where = `"products.${product}[${index}]"`;
      if (!isRecord(item)) throw new EolDataError(`${where} must be an object { cycle, eol }`);
      const { cycle, eol } = item;
      if (typeof cycle !== 'string' || cycle.trim() === '') throw new EolDataError(`${where}.cycle must be a non-empty string such as "16" or "3.8"`);
      if (typeof eol !== 'string' || !isIsoDate(eol)) throw new EolDataError(`${where}.eol must be a date written YYYY-MM-DD`);
      return { cycle: cycle.trim(), eol };
    });
  }
  let parsedSources: Record<string, string> | undefined;
  if (sources !== undefined) {
    if (!isRecord(sources) || !Object.values(sources).every((source) => typeof source === 'string')) {
      throw new EolDataError('"sources" must be an object of product ids to text');
    }
    parsedSources = sources as Record<string, string>;
  }
  return { ...(asOf === undefined ? {} : { asOf }), products: parsedProducts, ...(parsedSources === undefined ? {} : { sources: parsedSources }) };
}

/** The override's release lines replace the base's lines of the same product and cycle, and add new ones. */
export function mergeEolData(base: EolData, override: EolData | undefined): EolData {
  if (override === undefined) return base;
  const products: Record<string, EolCycle[]> = {};
  for (const [product, list] of Object.entries(base.products)) products[product] = [...list];
  for (const [product, list] of Object.entries(override.products)) {
    const merged = new Map((products[product] ?? []).map((cycle) => [cycle.cycle, cycle]));
    for (const cycle of list) merged.set(cycle.cycle, cycle);
    products[product] = [...merged.values()];
  }
  const sources: Record<string, string> = { ...(base.sources ?? {}) };
  for (const product of Object.keys(override.products)) sources[product] = override.sources?.[product] ?? `${sources[product] ?? 'bundled table'}; overridden by the eolData file`;
  return { asOf: override.asOf ?? base.asOf, products, sources };
}
