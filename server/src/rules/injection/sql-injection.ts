/**
 * injection/sql-injection: SQL text built by concatenation, interpolation or formatting (or request
 * data used as SQL) passed to an API that runs it: DB-API cursors, SQLAlchemy `text`, Django `raw`
 * and `extra`, Node drivers, Knex, Sequelize and Prisma's unsafe raw queries, JDBC, Spring's
 * JdbcTemplate, JPA, ADO.NET commands, Entity Framework raw SQL, Dapper, Go's database/sql, sqlx
 * and GORM, PHP's mysqli, PDO, Laravel, Doctrine and WordPress, and ActiveRecord.
 *
 * The engine's data-flow helper says where the query's parts come from, inside the function:
 * request data is a finding at high confidence (critical), hand escaping at medium, and a
 * function parameter or a value this function cannot see into at low, and only when the query is
 * built from it (a parameter passed whole is a wrapper's argument). Constants, numbers and values
 * through a quoting API are safe, and so are parameterised queries, whose values never join the
 * SQL text.
 *
 * Method names that many libraries share (`query`, `execute`, `Exec`, `Query`) count as SQL
 * sinks only when the receiver is named like a database handle or the query's constant text
 * reads as SQL. No fix is offered: a parameterised query changes the call's shape.
 */
import { injectionConfidence, namedArgument, nameWords, originOf, positionalArgument, relatedEvidence, safeRegex } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, EvidenceNotes, Rule, RuleContext, Severity, SyntaxNode, ValueOrigin } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ requires scanning for SQL injection (Vulnerability Scanning Guide: Scanning requirements), and its engineering standards ask for parameterised queries (Justice Digital software engineering standards: Security Standards).';

/** The API families a sink belongs to, each with its own parameterised form. */
type Family =
  | 'dbapi' | 'sqlalchemy' | 'djangoRaw' | 'djangoExtra' | 'pandas'
  | 'nodeDriver' | 'knex' | 'sequelize' | 'prisma'
  | 'jdbcStatement' | 'jdbcPrepare' | 'spring' | 'jpa'
  | 'adoNet' | 'entityFramework' | 'dapper'
  | 'goSql' | 'gorm'
  | 'mysqli' | 'pdo' | 'laravel' | 'wordpress' | 'doctrine' | 'pgsql'
  | 'railsWhere' | 'railsSql' | 'railsOrder' | 'rubyDriver';

const ADVICE: Readonly<Record<Family, string>> = {
  dbapi: "Use a parameterised query: cursor.execute('SELECT … WHERE id = %s', (user_id,)).",
  sqlalchemy: "Use bound parameters: session.execute(text('SELECT … WHERE id = :id'), {'id': user_id}).",
  djangoRaw: "Pass the values separately: Model.objects.raw('SELECT … WHERE id = %s', [user_id]), or use filter().",
  djangoExtra: "Pass the values in params (RawSQL('… = %s', [value]), extra(where=['… = %s'], params=[value])), or use filter().",
  pandas: "Pass the values separately: pd.read_sql('SELECT … WHERE id = %(id)s', conn, params={'id': user_id}).",
  nodeDriver: "Use placeholders: db.query('SELECT … WHERE id = ?', [id]) ($1 for PostgreSQL).",
  knex: "Use bindings: knex.raw('… WHERE id = ?', [id]), or the query builder's where().",
  sequelize: "Use replacements: sequelize.query('… WHERE id = :id', { replacements: { id } }).",
  prisma: 'Use the tagged template, which sends values as parameters: prisma.$queryRaw`SELECT … WHERE id = ${id}`.',
  jdbcStatement: 'Use a PreparedStatement with ? placeholders and bind the values with setString or setInt.',
  jdbcPrepare: 'Keep the SQL constant with ? placeholders, and bind the values with setString or setInt.',
  spring: "Pass the values as arguments: jdbcTemplate.query('… WHERE id = ?', mapper, id).",
  jpa: "Use query parameters: em.createQuery('… WHERE u.id = :id').setParameter('id', id).",
  adoNet: "Use parameters: '… WHERE id = @id' with command.Parameters.AddWithValue(\"@id\", id).",
  entityFramework: 'Use FromSqlInterpolated or ExecuteSqlInterpolated, or pass the values as parameters to FromSqlRaw("… {0}", id).',
  dapper: "Pass the values as parameters: connection.Query<T>(\"… WHERE id = @Id\", new { Id = id }).",
  goSql: 'Use placeholders: db.Query("SELECT … WHERE id = $1", id) (? for MySQL).',
  gorm: 'Use placeholders: db.Where("name = ?", name).',
  mysqli: "Use a prepared statement: $stmt = $mysqli->prepare('… WHERE id = ?'); $stmt->bind_param('i', $id).",
  pdo: "Use a prepared statement: $stmt = $pdo->prepare('… WHERE id = ?'); $stmt->execute([$id]).",
  laravel: "Use bindings: DB::select('… WHERE id = ?', [$id]) or whereRaw('id = ?', [$id]).",
  wordpress: "Use $wpdb->prepare('… WHERE id = %d', $id).",
  doctrine: "Use parameters: $connection->executeQuery('… WHERE id = ?', [$id]).",
  pgsql: "Use pg_query_params($conn, '… WHERE id = $1', [$id]).",
  railsWhere: "Use a hash or placeholders: where(name: name) or where('name = ?', name).",
  railsSql: "Use placeholders: find_by_sql(['… WHERE id = ?', id]), or sanitize_sql_array(['… = ?', value]).",
  railsOrder: 'Map the input to a known column and direction, e.g. order(ALLOWED_SORTS.fetch(params[:sort], :created_at)).',
  rubyDriver: "Use placeholders: conn.exec_params('… WHERE id = $1', [id]).",
};

function messageFor(origin: ValueOrigin, api: string, family: Family): string {
  let found: string;
  if (origin.weak) {
    found = `An SQL query built from hand-escaped values is passed to ${api}; escaping protects only values inside quotes and depends on the connection's character set, so a value used elsewhere in the query can still change it.`;
  } else if (origin.kind === 'request' && !origin.built) {
    found = `Request data is used as SQL by ${api}, so a crafted value can change the query (SQL injection).`;
  } else {
    const source = origin.kind === 'request' ? 'request data' : origin.kind === 'parameter' ? 'a function parameter' : 'a value that is not a constant';
    found = `An SQL query built from ${source} is passed to ${api}, so a crafted value can change the query (SQL injection).`;
  }
  return `${found} ${CONTROL} ${ADVICE[family]}`;
}

const EVIDENCE_NOTES: EvidenceNotes = {
  request: 'Request data is read here.',
  parameter: 'The value comes from this parameter.',
  unknown: 'This value is not a constant.',
  sanitised: 'The value is escaped by hand here.',
  constant: 'The value is set here.',
};

// ---------------------------------------------------------------------------------------------
// Sinks
// ---------------------------------------------------------------------------------------------

interface Sink {
  /** The argument that holds the SQL text. */
  readonly query: SyntaxNode;
  /** The API as the message names it. */
  readonly api: string;
  readonly family: Family;
  /**
   * The method name alone does not say SQL (`query`, `execute`): the receiver must be named
   * like a database handle, or the query's constant text must read as SQL.
   */
  readonly generic?: boolean;
  readonly receiver?: SyntaxNode;
}

type Detector = (call: CallSite, code: CodeModel) => readonly Sink[];

/** Words that name a database handle: `cursor`, `conn`, `db`, `jdbcTemplate`, `$pdo`, `_connection`. */
const DATABASE_WORDS: ReadonlySet<string> = new Set([
  'db', 'database', 'conn', 'connection', 'cursor', 'cur', 'cnx', 'session', 'engine', 'pool', 'sql', 'mysql', 'mysqli', 'pg', 'postgres',
  'sqlite', 'sqlite3', 'knex', 'sequelize', 'dbh', 'pdo', 'wpdb', 'jdbc', 'tx', 'trx', 'datasource', 'em', 'dao',
]);

/** Constant SQL text: a keyword that starts or joins a statement. */
const SQL_TEXT = safeRegex('\\b(select|insert\\s+into|update|delete\\s+from|where|values|create\\s+table|drop\\s+table|alter\\s+table|truncate|union|order\\s+by|group\\s+by|having|inner\\s+join|left\\s+join|pragma)\\b', 'i');

function looksLikeSql(origin: ValueOrigin): boolean {
  return SQL_TEXT.test(origin.fragments.join(' '));
}

function isDatabaseHandle(receiver: SyntaxNode | undefined): boolean {
  if (receiver === undefined) return false;
  const text = receiver.text;
  const tail = text.slice(Math.max(text.lastIndexOf('.'), text.lastIndexOf('>'), text.lastIndexOf(':')) + 1);
  return nameWords(tail).some((word) => DATABASE_WORDS.has(word));
}

/** The callee as the message names it: as written when short, else the method name. */
function apiName(call: CallSite): string {
  const callee = call.callee;
  return callee.length <= 40 && !callee.includes('(') && !callee.includes('"') && !callee.includes("'") ? callee : call.name;
}

function sink(call: CallSite, query: SyntaxNode | undefined, family: Family, generic = false): Sink[] {
  return query === undefined ? [] : [{ query, api: apiName(call), family, generic, receiver: call.receiver }];
}

// Python ---------------------------------------------------------------------------------------

const PYTHON_EXECUTE: ReadonlySet<string> = new Set(['execute', 'executemany', 'executescript', 'exec_driver_sql']);
const SQLALCHEMY_TEXT: ReadonlySet<string> = new Set(['sqlalchemy.text', 'sqlalchemy.sql.text', 'sqlalchemy.sql.expression.text']);
const PANDAS_READ: ReadonlySet<string> = new Set(['read_sql', 'read_sql_query']);
/** Django's `extra()` arguments that hold SQL fragments. */
const EXTRA_ARGUMENTS: readonly string[] = ['where', 'select', 'tables', 'order_by'];

const detectPython: Detector = (call) => {
  if (PYTHON_EXECUTE.has(call.name) && call.receiver !== undefined) {
    const words = nameWords(call.receiver.text);
    const family: Family = words.includes('session') || words.includes('engine') ? 'sqlalchemy' : 'dbapi';
    return sink(call, positionalArgument(call, 0) ?? namedArgument(call, 'operation', 'sql', 'statement'), family, true);
  }
  if (SQLALCHEMY_TEXT.has(call.qualified)) return sink(call, positionalArgument(call, 0) ?? namedArgument(call, 'text'), 'sqlalchemy');
  if (call.name === 'raw' && call.callee.includes('objects')) return sink(call, positionalArgument(call, 0) ?? namedArgument(call, 'raw_query'), 'djangoRaw');
  if (call.name === 'RawSQL') return sink(call, positionalArgument(call, 0) ?? namedArgument(call, 'sql'), 'djangoExtra');
  if (call.name === 'extra' && call.receiver !== undefined) return djangoExtra(call);
  if (PANDAS_READ.has(call.name) && call.receiver !== undefined) return sink(call, positionalArgument(call, 0) ?? namedArgument(call, 'sql'), 'pandas');
  return [];
};

/** `extra(where=["name = '%s'" % x])`: each SQL fragment in the lists and dicts it takes. */
function djangoExtra(call: CallSite): Sink[] {
  const sinks: Sink[] = [];
  for (const argument of call.args) {
    if (argument.name === undefined || !EXTRA_ARGUMENTS.includes(argument.name)) continue;
    const value = argument.node;
    const elements = value.type === 'list' || value.type === 'tuple'
      ? value.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== 'comment')
      : value.type === 'dictionary'
        ? value.namedChildren.map((pair) => pair?.childForFieldName('value')).filter((child): child is SyntaxNode => child !== null && child !== undefined)
        : [value];
    for (const element of elements) sinks.push(...sink(call, element, 'djangoExtra'));
  }
  return sinks;
}

// JavaScript and TypeScript --------------------------------------------------------------------

const KNEX_RAW_METHODS: ReadonlySet<string> = new Set([
  'whereRaw', 'orWhereRaw', 'andWhereRaw', 'havingRaw', 'orHavingRaw', 'orderByRaw', 'groupByRaw', 'joinRaw', 'selectRaw', 'fromRaw',
]);
const PRISMA_UNSAFE: ReadonlySet<string> = new Set(['$queryRawUnsafe', '$executeRawUnsafe']);

const detectJavaScript: Detector = (call) => {
  if (call.receiver === undefined) return [];
  if (call.name === 'query' || call.name === 'execute') {
    const family: Family = nameWords(call.receiver.text).includes('sequelize') ? 'sequelize' : 'nodeDriver';
    return sink(call, queryConfigText(positionalArgument(call, 0)), family, true);
  }
  if (PRISMA_UNSAFE.has(call.name)) return sink(call, positionalArgument(call, 0), 'prisma');
  if (KNEX_RAW_METHODS.has(call.name)) return sink(call, positionalArgument(call, 0), 'knex');
  if (call.name === 'raw') return sink(call, positionalArgument(call, 0), 'knex', true);
  if (call.name === 'literal' && nameWords(call.receiver.text).includes('sequelize')) return sink(call, positionalArgument(call, 0), 'sequelize');
  return [];
};

/** node-postgres also takes a query config: `client.query({ text: '…', values })`. */
function queryConfigText(argument: SyntaxNode | undefined): SyntaxNode | undefined {
  if (argument?.type !== 'object') return argument;
  for (const pair of argument.namedChildren) {
    if (pair?.type === 'pair' && pair.childForFieldName('key')?.text === 'text') return pair.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

// Java -----------------------------------------------------------------------------------------

const JDBC_STATEMENT: ReadonlySet<string> = new Set(['executeQuery', 'executeUpdate', 'executeLargeUpdate']);
const JDBC_GENERIC: ReadonlySet<string> = new Set(['execute', 'addBatch']);
const JDBC_PREPARE: ReadonlySet<string> = new Set(['prepareStatement', 'prepareCall', 'nativeSQL']);
const SPRING_TEMPLATE: ReadonlySet<string> = new Set([
  'query', 'queryForObject', 'queryForList', 'queryForMap', 'queryForRowSet', 'queryForStream', 'update', 'batchUpdate',
]);
const JPA_QUERIES: ReadonlySet<string> = new Set(['createQuery', 'createNativeQuery', 'createSQLQuery', 'createSelectionQuery', 'createMutationQuery']);

const detectJava: Detector = (call) => {
  if (call.isConstructor || call.receiver === undefined) return [];
  const query = positionalArgument(call, 0);
  if (JDBC_STATEMENT.has(call.name)) return sink(call, query, 'jdbcStatement');
  if (JDBC_PREPARE.has(call.name)) return sink(call, query, 'jdbcPrepare');
  if (JPA_QUERIES.has(call.name)) return sink(call, query, 'jpa');
  // JdbcTemplate and NamedParameterJdbcTemplate, not RestTemplate or KafkaTemplate.
  const template = nameWords(call.receiver.text).includes('jdbc') || lastName(call.receiver.text).toLowerCase() === 'template';
  if (SPRING_TEMPLATE.has(call.name) || (template && call.name === 'execute')) return sink(call, query, 'spring', !template);
  if (JDBC_GENERIC.has(call.name)) return sink(call, query, 'jdbcStatement', true);
  return [];
};

// C# -------------------------------------------------------------------------------------------

const ADO_COMMANDS: ReadonlySet<string> = new Set([
  'SqlCommand', 'SqliteCommand', 'NpgsqlCommand', 'MySqlCommand', 'OracleCommand', 'OleDbCommand', 'OdbcCommand', 'SqlCeCommand', 'DB2Command',
  'SqlDataAdapter', 'NpgsqlDataAdapter', 'MySqlDataAdapter', 'OleDbDataAdapter',
]);
const EF_RAW: ReadonlySet<string> = new Set(['FromSqlRaw', 'ExecuteSqlRaw', 'ExecuteSqlRawAsync', 'SqlQueryRaw']);
/** Entity Framework methods that parameterise an interpolated string but not a concatenated one. */
const EF_FORMATTABLE: ReadonlySet<string> = new Set(['FromSql', 'ExecuteSql', 'ExecuteSqlAsync', 'ExecuteSqlCommand', 'ExecuteSqlCommandAsync', 'SqlQuery']);
const DAPPER: ReadonlySet<string> = new Set([
  'Query', 'QueryAsync', 'QueryFirst', 'QueryFirstAsync', 'QueryFirstOrDefault', 'QueryFirstOrDefaultAsync', 'QuerySingle', 'QuerySingleAsync',
  'QuerySingleOrDefault', 'QuerySingleOrDefaultAsync', 'QueryMultiple', 'QueryMultipleAsync', 'Execute', 'ExecuteAsync', 'ExecuteScalar',
  'ExecuteScalarAsync', 'ExecuteReader', 'ExecuteReaderAsync',
]);

const detectCSharp: Detector = (call) => {
  const query = positionalArgument(call, 0) ?? namedArgument(call, 'cmdText', 'sql', 'selectCommandText');
  if (call.isConstructor) return ADO_COMMANDS.has(lastName(call.callee)) ? sink(call, query, 'adoNet') : [];
  if (call.receiver === undefined) return [];
  if (EF_RAW.has(call.name)) return sink(call, query, 'entityFramework');
  if (EF_FORMATTABLE.has(call.name)) return query?.type === 'interpolated_string_expression' ? [] : sink(call, query, 'entityFramework');
  if (DAPPER.has(call.name)) return sink(call, query, 'dapper', true);
  return [];
};

/** `cmd.CommandText = …` and `new SqlCommand { CommandText = … }`. */
function commandTextSinks(code: CodeModel): Sink[] {
  return code.assignments()
    .filter((assignment) => assignment.target === 'CommandText' || assignment.target.endsWith('.CommandText'))
    .map((assignment) => ({ query: assignment.value, api: 'CommandText', family: 'adoNet' }));
}

// Go -------------------------------------------------------------------------------------------

const GO_QUERY_FIRST: ReadonlySet<string> = new Set(['Query', 'QueryRow', 'Exec', 'Prepare', 'Queryx', 'QueryRowx', 'MustExec', 'NamedExec', 'NamedQuery', 'Preparex']);
const GO_QUERY_SECOND: ReadonlySet<string> = new Set(['QueryContext', 'QueryRowContext', 'ExecContext', 'PrepareContext', 'QueryxContext', 'MustExecContext', 'Select', 'Get']);
const GORM_SQL: ReadonlySet<string> = new Set(['Raw', 'Where', 'Or', 'Not', 'Having', 'Order', 'Group', 'Joins']);
/** Prepared statements take only values. */
const STATEMENT_WORDS: ReadonlySet<string> = new Set(['stmt', 'statement', 'prepared']);

const detectGo: Detector = (call) => {
  if (call.receiver === undefined || nameWords(call.receiver.text).some((word) => STATEMENT_WORDS.has(word))) return [];
  if (GO_QUERY_FIRST.has(call.name)) return sink(call, positionalArgument(call, 0), 'goSql', true);
  if (GO_QUERY_SECOND.has(call.name)) {
    // sqlx's Get and Select are common names elsewhere: only SQL text counts there.
    const onlyText = call.name === 'Get' || call.name === 'Select';
    return sink(call, positionalArgument(call, 1), 'goSql', true).map((found) => (onlyText ? { ...found, receiver: undefined } : found));
  }
  if (GORM_SQL.has(call.name)) return sink(call, positionalArgument(call, 0), 'gorm', true);
  return [];
};

// PHP ------------------------------------------------------------------------------------------

/** Query functions and the position of their SQL argument. */
const PHP_FUNCTIONS: Readonly<Record<string, { readonly index: number; readonly family: Family }>> = {
  mysqli_query: { index: 1, family: 'mysqli' },
  mysqli_multi_query: { index: 1, family: 'mysqli' },
  mysqli_real_query: { index: 1, family: 'mysqli' },
  mysqli_prepare: { index: 1, family: 'mysqli' },
  mysql_query: { index: 0, family: 'mysqli' },
  mysql_unbuffered_query: { index: 0, family: 'mysqli' },
  pg_send_query: { index: 1, family: 'pgsql' },
  sqlsrv_query: { index: 1, family: 'pdo' },
  odbc_exec: { index: 1, family: 'pdo' },
  oci_parse: { index: 1, family: 'pdo' },
};
const PHP_DRIVER_METHODS: ReadonlySet<string> = new Set(['query', 'exec', 'prepare', 'multi_query', 'real_query', 'unbuffered_query']);
const DOCTRINE_METHODS: ReadonlySet<string> = new Set([
  'executeQuery', 'executeStatement', 'executeUpdate', 'fetchAllAssociative', 'fetchAssociative', 'fetchOne', 'fetchAll', 'createNativeQuery', 'createQuery',
]);
const LARAVEL_RAW_METHODS: ReadonlySet<string> = new Set([
  'whereRaw', 'orWhereRaw', 'havingRaw', 'orHavingRaw', 'orderByRaw', 'selectRaw', 'groupByRaw', 'fromRaw', 'raw',
]);
const LARAVEL_DB_METHODS: ReadonlySet<string> = new Set(['select', 'selectOne', 'insert', 'update', 'delete', 'statement', 'unprepared', 'raw', 'scalar', 'cursor']);
/** WordPress's query methods; a template given to prepare() must not hold values either. */
const WPDB_METHODS: ReadonlySet<string> = new Set(['query', 'get_results', 'get_row', 'get_var', 'get_col', 'prepare']);

const detectPhp: Detector = (call) => {
  const name = call.name;
  if (call.receiver === undefined) {
    const lower = name.toLowerCase();
    if (lower === 'pg_query' || lower === 'pg_prepare') {
      // pg_query takes the connection first when it is given; pg_prepare names the statement before the SQL.
      const index = (lower === 'pg_prepare' ? 1 : 0) + (call.args.length > (lower === 'pg_prepare' ? 2 : 1) ? 1 : 0);
      return sink(call, positionalArgument(call, index), 'pgsql');
    }
    const known = PHP_FUNCTIONS[lower];
    return known ? sink(call, positionalArgument(call, known.index), known.family) : [];
  }
  const receiver = call.receiver.text;
  if (call.callee.startsWith('DB::') && LARAVEL_DB_METHODS.has(name)) return sink(call, positionalArgument(call, 0), 'laravel');
  if (receiver === '$wpdb' && WPDB_METHODS.has(name)) return sink(call, positionalArgument(call, 0), 'wordpress');
  if (LARAVEL_RAW_METHODS.has(name)) return sink(call, positionalArgument(call, 0), 'laravel', name === 'raw');
  if (DOCTRINE_METHODS.has(name)) return sink(call, positionalArgument(call, 0), 'doctrine', true);
  if (PHP_DRIVER_METHODS.has(name)) {
    const family: Family = nameWords(receiver).includes('mysqli') ? 'mysqli' : 'pdo';
    return sink(call, positionalArgument(call, 0), family, true);
  }
  return [];
};

// Ruby -----------------------------------------------------------------------------------------

/** ActiveRecord query methods that take an SQL fragment as their first argument. */
const RAILS_FRAGMENT_METHODS: ReadonlySet<string> = new Set([
  'where', 'rewhere', 'not', 'having', 'joins', 'from', 'lock', 'find_by', 'update_all', 'delete_by', 'destroy_by',
]);
const RAILS_ORDER_METHODS: ReadonlySet<string> = new Set(['order', 'reorder', 'group', 'pluck', 'select', 'in_order_of']);
const RAILS_SQL_METHODS: ReadonlySet<string> = new Set([
  'find_by_sql', 'count_by_sql', 'exec_query', 'select_all', 'select_one', 'select_value', 'select_values', 'select_rows', 'exec_update',
  'exec_delete', 'exec_insert', 'lit',
]);
const RUBY_DRIVER_METHODS: ReadonlySet<string> = new Set(['execute', 'exec', 'query', 'async_exec', 'run']);

const detectRuby: Detector = (call) => {
  const first = placeholderTemplate(positionalArgument(call, 0));
  if (RAILS_SQL_METHODS.has(call.name)) return sink(call, first, 'railsSql');
  if (call.name === 'sql' && call.receiver?.text === 'Arel') return sink(call, first, 'railsSql');
  if (RAILS_FRAGMENT_METHODS.has(call.name)) return sink(call, first, 'railsWhere');
  if (RAILS_ORDER_METHODS.has(call.name)) return sink(call, first, 'railsOrder');
  if (RUBY_DRIVER_METHODS.has(call.name) && call.receiver !== undefined) {
    const family: Family = call.receiver.text.includes('connection') ? 'railsSql' : 'rubyDriver';
    return sink(call, first, family, true);
  }
  return [];
};

/** `where(["name = ?", name])`: only the template is SQL; the values after it are bound. */
function placeholderTemplate(argument: SyntaxNode | undefined): SyntaxNode | undefined {
  if (argument?.type !== 'array') return argument;
  return argument.namedChildren.find((child): child is SyntaxNode => child !== null && child.type !== 'comment');
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

const DETECTORS: Readonly<Partial<Record<CodeLanguage, Detector>>> = {
  python: detectPython,
  javascript: detectJavaScript,
  typescript: detectJavaScript,
  tsx: detectJavaScript,
  java: detectJava,
  csharp: detectCSharp,
  go: detectGo,
  php: detectPhp,
  ruby: detectRuby,
};

function lastName(callee: string): string {
  const parts = callee.split('.');
  return parts[parts.length - 1] ?? callee;
}

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  const sinks = code.calls().flatMap((call) => detect(call, code));
  if (code.language === 'csharp') sinks.push(...commandTextSinks(code));
  const reported = new Set<string>();
  for (const found of sinks) {
    const key = `${found.query.startIndex}:${found.query.endIndex}`;
    if (reported.has(key)) continue;
    const origin = originOf(code, found.query, 'sql');
    const confidence = injectionConfidence(origin);
    if (confidence === undefined) continue;
    if (found.generic === true && !looksLikeSql(origin) && !isDatabaseHandle(found.receiver)) continue;
    reported.add(key);
    const severity: Severity = origin.kind === 'request' ? 'critical' : origin.weak ? 'medium' : 'high';
    context.report({
      node: found.query,
      message: messageFor(origin, found.api, found.family),
      severity,
      confidence,
      ...relatedEvidence(origin, found.query, EVIDENCE_NOTES),
    });
  }
}

export const sqlInjection: Rule = {
  meta: {
    id: 'injection/sql-injection',
    title: 'SQL built from strings instead of a parameterised query',
    area: 'injection',
    severity: 'high',
    confidence: 'high',
    cwe: [89],
    owasp: 'A03:2021 Injection',
    policy: [
      'vulnerability-scanning-guide#scanning-requirements',
      'tg:justice-digital-software-engineering-standards#security-standards',
      'vulnerability-scanning-and-patch-management-guide#the-base-principles',
    ],
    basis: 'explicit',
    why:
      'A query assembled from strings lets whoever controls a value rewrite the query: read or change other records, bypass a login, or drop tables. ' +
      'MoJ requires scanning for SQL injection (Vulnerability Scanning Guide: Scanning requirements) and its engineering standards ask for parameterised queries (Justice Digital software engineering standards: Security Standards).',
    howToFix:
      'Keep the SQL constant and pass values as parameters (placeholders such as ?, %s, $1, :name or @name with the driver binding the values); ' +
      'for identifiers such as a sort column, map the input to a fixed list of names.',
    fixSafety: 'suggestion',
    languages: ['python', 'javascript', 'typescript', 'tsx', 'java', 'csharp', 'go', 'php', 'ruby'],
    prefilter: [
      'execute', 'query', 'raw', 'extra', 'read_sql', 'text(', 'exec', 'prepare', 'Statement', 'update', 'CommandText', 'Command(', 'Command ',
      'FromSql', 'ExecuteSql', 'SqlQuery', 'where', 'order', 'group', 'having', 'joins', 'pluck', 'select', 'find_by', '_sql', 'lit(', 'literal(',
      'mysql', 'pg_', 'sqlsrv_', 'odbc_', 'oci_parse', 'DB::', 'get_results', 'get_row', 'get_var', 'get_col', 'fetch', 'Adapter', 'lock',
      'from(', 'not(', 'Get(', 'Select(', 'Arel', 'run(',
    ],
    examples: {
      python: "cursor.execute('SELECT * FROM users WHERE id = %s', (user_id,))",
      javascript: "const [rows] = await db.query('SELECT * FROM users WHERE id = ?', [userId]);",
      typescript: "const [rows] = await db.query('SELECT * FROM users WHERE id = ?', [userId]);",
      tsx: "const [rows] = await db.query('SELECT * FROM users WHERE id = ?', [userId]);",
      java: 'PreparedStatement statement = connection.prepareStatement("SELECT * FROM users WHERE id = ?");\nstatement.setLong(1, userId);',
      csharp: 'var command = new SqlCommand("SELECT * FROM users WHERE id = @id", connection);\ncommand.Parameters.AddWithValue("@id", userId);',
      go: 'rows, err := db.Query("SELECT * FROM users WHERE id = $1", userID)',
      php: "$statement = $pdo->prepare('SELECT * FROM users WHERE id = ?');\n$statement->execute([$userId]);",
      ruby: 'User.where(id: params[:id])',
    },
  },
  check,
};
