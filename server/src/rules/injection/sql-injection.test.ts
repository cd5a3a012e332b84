/**
 * Cases for injection/sql-injection: SQL built from strings and passed to the query APIs of each
 * language, with the parameterised forms, conversions, quoting APIs and look-alike method names
 * that must stay silent.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { sqlInjection } from './sql-injection';

const CONTROL =
  'MoJ requires scanning for SQL injection (Vulnerability Scanning Guide: Scanning requirements), and its engineering standards ask for parameterised queries (Justice Digital software engineering standards: Security Standards).';

const DBAPI = "Use a parameterised query: cursor.execute('SELECT … WHERE id = %s', (user_id,)).";
const SQLALCHEMY = "Use bound parameters: session.execute(text('SELECT … WHERE id = :id'), {'id': user_id}).";
const DJANGO_RAW = "Pass the values separately: Model.objects.raw('SELECT … WHERE id = %s', [user_id]), or use filter().";
const DJANGO_EXTRA = "Pass the values in params (RawSQL('… = %s', [value]), extra(where=['… = %s'], params=[value])), or use filter().";
const PANDAS = "Pass the values separately: pd.read_sql('SELECT … WHERE id = %(id)s', conn, params={'id': user_id}).";
const NODE_DRIVER = "Use placeholders: db.query('SELECT … WHERE id = ?', [id]) ($1 for PostgreSQL).";
const KNEX = "Use bindings: knex.raw('… WHERE id = ?', [id]), or the query builder's where().";
const SEQUELIZE = "Use replacements: sequelize.query('… WHERE id = :id', { replacements: { id } }).";
const PRISMA = 'Use the tagged template, which sends values as parameters: prisma.$queryRaw`SELECT … WHERE id = ${id}`.';
const JDBC_STATEMENT = 'Use a PreparedStatement with ? placeholders and bind the values with setString or setInt.';
const JDBC_PREPARE = 'Keep the SQL constant with ? placeholders, and bind the values with setString or setInt.';
const SPRING = "Pass the values as arguments: jdbcTemplate.query('… WHERE id = ?', mapper, id).";
const JPA = "Use query parameters: em.createQuery('… WHERE u.id = :id').setParameter('id', id).";
const ADO_NET = "Use parameters: '… WHERE id = @id' with command.Parameters.AddWithValue(\"@id\", id).";
const ENTITY_FRAMEWORK = 'Use FromSqlInterpolated or ExecuteSqlInterpolated, or pass the values as parameters to FromSqlRaw("… {0}", id).';
const DAPPER = 'Pass the values as parameters: connection.Query<T>("… WHERE id = @Id", new { Id = id }).';
const GO_SQL = 'Use placeholders: db.Query("SELECT … WHERE id = $1", id) (? for MySQL).';
const GORM = 'Use placeholders: db.Where("name = ?", name).';
const MYSQLI = "Use a prepared statement: $stmt = $mysqli->prepare('… WHERE id = ?'); $stmt->bind_param('i', $id).";
const PDO = "Use a prepared statement: $stmt = $pdo->prepare('… WHERE id = ?'); $stmt->execute([$id]).";
const LARAVEL = "Use bindings: DB::select('… WHERE id = ?', [$id]) or whereRaw('id = ?', [$id]).";
const WORDPRESS = "Use $wpdb->prepare('… WHERE id = %d', $id).";
const PGSQL = "Use pg_query_params($conn, '… WHERE id = $1', [$id]).";
const RAILS_WHERE = "Use a hash or placeholders: where(name: name) or where('name = ?', name).";
const RAILS_SQL = "Use placeholders: find_by_sql(['… WHERE id = ?', id]), or sanitize_sql_array(['… = ?', value]).";
const RAILS_ORDER = 'Map the input to a known column and direction, e.g. order(ALLOWED_SORTS.fetch(params[:sort], :created_at)).';

/** A query built from request data, a parameter, or something else non-constant. */
function built(source: 'request data' | 'a function parameter' | 'a value that is not a constant', api: string, advice: string): string {
  return `An SQL query built from ${source} is passed to ${api}, so a crafted value can change the query (SQL injection). ${CONTROL} ${advice}`;
}

/** Request data used as the whole query. */
function whole(api: string, advice: string): string {
  return `Request data is used as SQL by ${api}, so a crafted value can change the query (SQL injection). ${CONTROL} ${advice}`;
}

function escaped(api: string, advice: string): string {
  return `An SQL query built from hand-escaped values is passed to ${api}; escaping protects only values inside quotes and depends on the connection's character set, so a value used elsewhere in the query can still change it. ${CONTROL} ${advice}`;
}

export const table: RuleTable = {
  rule: sqlInjection,
  invalid: [
    // Python ------------------------------------------------------------------------------------
    {
      name: '% formatting of a Flask query argument',
      path: 'app/views.py',
      code: `from flask import request

def search(cursor):
    cursor.execute("SELECT * FROM cases WHERE ref = '%s'" % request.args["ref"])
`,
      findings: [{ line: 4, column: 20, endColumn: 80, message: built('request data', 'cursor.execute', DBAPI), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'f-string through a local variable',
      path: 'app/views.py',
      code: `def case_detail(request):
    ref = request.GET.get("ref")
    query = f"SELECT * FROM cases WHERE ref = '{ref}'"
    with connection.cursor() as cursor:
        cursor.execute(query)
`,
      findings: [{ line: 5, column: 24, endColumn: 29, message: built('request data', 'cursor.execute', DBAPI), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'compound assignment adds a form value',
      path: 'app/search.py',
      code: `def search(request, cursor):
    sql = "SELECT * FROM cases WHERE 1 = 1"
    if request.form.get("court"):
        sql += " AND court = '" + request.form["court"] + "'"
    cursor.execute(sql)
`,
      findings: [{ line: 5, column: 20, endColumn: 23, message: built('request data', 'cursor.execute', DBAPI), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'SQLAlchemy text() with an f-string',
      path: 'app/repository.py',
      code: `from sqlalchemy import text

def find(session, request):
    name = request.args["name"]
    return session.execute(text(f"SELECT * FROM users WHERE name = '{name}'"))
`,
      findings: [{ line: 5, column: 33, endColumn: 77, message: built('request data', 'text', SQLALCHEMY), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'Django raw() with concatenation',
      path: 'cases/views.py',
      code: `def by_court(request):
    court = request.GET["court"]
    return Case.objects.raw("SELECT * FROM cases_case WHERE court = '" + court + "'")
`,
      findings: [{ line: 3, column: 29, endColumn: 85, message: built('request data', 'Case.objects.raw', DJANGO_RAW), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'Django extra() where list',
      path: 'cases/views.py',
      code: `def by_court(request):
    return Case.objects.extra(where=["court = '%s'" % request.GET["court"]])
`,
      findings: [{ line: 2, column: 38, endColumn: 75, message: built('request data', 'Case.objects.extra', DJANGO_EXTRA), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'pandas read_sql with str.format',
      path: 'reports/export.py',
      code: `import pandas as pd

def export(request, conn):
    return pd.read_sql("SELECT * FROM hearings WHERE court = '{}'".format(request.args["court"]), conn)
`,
      findings: [{ line: 4, column: 24, endColumn: 97, message: built('request data', 'pd.read_sql', PANDAS), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'request data used as the whole query',
      path: 'app/admin.py',
      code: `def run_report(request, cursor):
    cursor.execute(request.POST["sql"])
`,
      findings: [{ line: 2, column: 20, endColumn: 39, message: whole('cursor.execute', DBAPI), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'helper builds SQL from its parameter',
      path: 'app/db.py',
      code: `def count_rows(cursor, table):
    cursor.execute("SELECT COUNT(*) FROM " + table)
    return cursor.fetchone()[0]
`,
      findings: [{ line: 2, column: 20, endColumn: 51, message: built('a function parameter', 'cursor.execute', DBAPI), severity: 'high', confidence: 'low', fix: null }],
    },
    {
      name: 'hand escaping is fragile',
      path: 'app/legacy.py',
      code: `def find(request, conn, cursor):
    name = conn.escape_string(request.args["name"])
    cursor.execute("SELECT * FROM users WHERE name = '" + name + "'")
`,
      findings: [{ line: 3, column: 20, endColumn: 69, message: escaped('cursor.execute', DBAPI), severity: 'medium', confidence: 'medium', fix: null }],
    },
    {
      name: 'Flask route parameter',
      path: 'app/routes.py',
      code: `@app.route("/cases/<ref>")
def case(ref):
    cursor.execute(f"SELECT * FROM cases WHERE ref = '{ref}'")
`,
      findings: [{ line: 3, column: 20, endColumn: 62, message: built('request data', 'cursor.execute', DBAPI), severity: 'critical', confidence: 'high', fix: null }],
    },

    // JavaScript and TypeScript -----------------------------------------------------------------
    {
      name: 'template literal in pool.query',
      path: 'src/routes/cases.js',
      code: `router.get('/cases', async (req, res) => {
  const [rows] = await pool.query(\`SELECT * FROM cases WHERE ref = '\${req.query.ref}'\`);
  res.json(rows);
});
`,
      findings: [{ line: 2, column: 35, endColumn: 87, message: built('request data', 'pool.query', NODE_DRIVER), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'concatenation in mysql2 execute',
      path: 'src/routes/cases.js',
      code: `router.delete('/cases/:id', async (req, res) => {
  await connection.execute('DELETE FROM cases WHERE id = ' + req.params.id);
  res.sendStatus(204);
});
`,
      findings: [{ line: 2, column: 28, endColumn: 75, message: built('request data', 'connection.execute', NODE_DRIVER), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'destructured body in knex.raw',
      path: 'src/repository.ts',
      code: `export async function search(req: Request) {
  const { court } = req.body;
  return knex.raw(\`SELECT * FROM hearings WHERE court = '\${court}'\`);
}
`,
      findings: [{ line: 3, column: 19, endColumn: 68, message: built('request data', 'knex.raw', KNEX), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'knex whereRaw with a template',
      path: 'src/repository.js',
      code: `app.get('/users', (req, res) => {
  return knex('users').whereRaw(\`name = '\${req.query.name}'\`);
});
`,
      findings: [{ line: 2, column: 33, endColumn: 61, message: built('request data', 'whereRaw', KNEX), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'sequelize.query with concatenation',
      path: 'src/services/users.js',
      code: `exports.find = async (req) => sequelize.query('SELECT * FROM users WHERE email = \\'' + req.query.email + "'");
`,
      findings: [{ line: 1, column: 47, endColumn: 109, message: built('request data', 'sequelize.query', SEQUELIZE), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'Prisma $queryRawUnsafe',
      path: 'src/api/search.ts',
      code: `export async function GET(request: Request) {
  const term = new URL(request.url).searchParams.get('term');
  return prisma.$queryRawUnsafe(\`SELECT * FROM cases WHERE title LIKE '%\${term}%'\`);
}
`,
      findings: [{ line: 3, column: 33, endColumn: 83, message: built('request data', 'prisma.$queryRawUnsafe', PRISMA), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'node-postgres query config text',
      path: 'src/db.js',
      code: `app.get('/x', async (req, res) => {
  await client.query({ text: 'SELECT * FROM t WHERE x = ' + req.query.x });
});
`,
      findings: [{ line: 2, column: 30, endColumn: 72, message: built('request data', 'client.query', NODE_DRIVER), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'helper with a parameter',
      path: 'src/db.ts',
      code: `export function countRows(db: Pool, table: string) {
  return db.query('SELECT COUNT(*) FROM ' + table);
}
`,
      findings: [{ line: 2, column: 19, endColumn: 50, message: built('a function parameter', 'db.query', NODE_DRIVER), severity: 'high', confidence: 'low', fix: null }],
    },

    // Java --------------------------------------------------------------------------------------
    {
      name: 'Statement.executeQuery with a request parameter',
      path: 'src/main/java/uk/gov/justice/CaseServlet.java',
      code: `public class CaseServlet extends HttpServlet {
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws SQLException {
    String ref = request.getParameter("ref");
    ResultSet rs = statement.executeQuery("SELECT * FROM cases WHERE ref = '" + ref + "'");
  }
}
`,
      findings: [{ line: 4, column: 43, endColumn: 90, message: built('request data', 'statement.executeQuery', JDBC_STATEMENT), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'concatenation into prepareStatement',
      path: 'src/main/java/uk/gov/justice/CaseDao.java',
      code: `class CaseDao {
  List<Case> find(@RequestParam String court) throws SQLException {
    PreparedStatement ps = connection.prepareStatement("SELECT * FROM cases WHERE court = '" + court + "'");
    return map(ps.executeQuery());
  }
}
`,
      findings: [{ line: 3, column: 56, endColumn: 107, message: built('request data', 'connection.prepareStatement', JDBC_PREPARE), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'JdbcTemplate in a Spring handler',
      path: 'src/main/java/uk/gov/justice/CaseController.java',
      code: `@RestController
class CaseController {
  @GetMapping("/cases")
  List<Map<String, Object>> search(String court) {
    return jdbcTemplate.queryForList("SELECT * FROM cases WHERE court = '" + court + "'");
  }
}
`,
      findings: [{ line: 5, column: 38, endColumn: 89, message: built('request data', 'jdbcTemplate.queryForList', SPRING), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'JPQL concatenation',
      path: 'src/main/java/uk/gov/justice/CaseRepository.java',
      code: `class CaseRepository {
  List<Case> byTitle(@RequestParam("title") String title) {
    return em.createQuery("SELECT c FROM Case c WHERE c.title = '" + title + "'", Case.class).getResultList();
  }
}
`,
      findings: [{ line: 3, column: 27, endColumn: 81, message: built('request data', 'em.createQuery', JPA), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'String.format into createNativeQuery',
      path: 'src/main/java/uk/gov/justice/CaseRepository.java',
      code: `class CaseRepository {
  List<?> byCourt(@PathVariable String court) {
    return em.createNativeQuery(String.format("SELECT * FROM cases WHERE court = '%s'", court)).getResultList();
  }
}
`,
      findings: [{ line: 3, column: 33, endColumn: 95, message: built('request data', 'em.createNativeQuery', JPA), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'StringBuilder appends a header',
      path: 'src/main/java/uk/gov/justice/AuditDao.java',
      code: `class AuditDao {
  void log(HttpServletRequest req) throws SQLException {
    StringBuilder sql = new StringBuilder("INSERT INTO audit (agent) VALUES ('");
    sql.append(req.getHeader("User-Agent")).append("')");
    statement.executeUpdate(sql.toString());
  }
}
`,
      findings: [{ line: 5, column: 29, endColumn: 43, message: built('request data', 'statement.executeUpdate', JDBC_STATEMENT), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'helper builds SQL from a parameter',
      path: 'src/main/java/uk/gov/justice/Tables.java',
      code: `class Tables {
  void truncate(Statement statement, String table) throws SQLException {
    statement.execute("TRUNCATE TABLE " + table);
  }
}
`,
      findings: [{ line: 3, column: 23, endColumn: 48, message: built('a function parameter', 'statement.execute', JDBC_STATEMENT), severity: 'high', confidence: 'low', fix: null }],
    },

    // C# ----------------------------------------------------------------------------------------
    {
      name: 'SqlCommand in a controller action',
      path: 'Controllers/CasesController.cs',
      code: `public class CasesController : Controller
{
    public IActionResult Search(string term)
    {
        using var command = new SqlCommand("SELECT * FROM Cases WHERE Term = '" + term + "'", connection);
        return View(command.ExecuteReader());
    }
}
`,
      findings: [{ line: 5, column: 44, endColumn: 93, message: built('request data', 'SqlCommand', ADO_NET), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'CommandText from an interpolated string',
      path: 'Data/CaseRepository.cs',
      code: `class CaseRepository
{
    public void Find([FromQuery] string court)
    {
        command.CommandText = $"SELECT * FROM Cases WHERE Court = '{court}'";
    }
}
`,
      findings: [{ line: 5, column: 31, endColumn: 77, message: built('request data', 'CommandText', ADO_NET), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'CommandText in an object initialiser',
      path: 'Data/CaseRepository.cs',
      code: `class CaseRepository
{
    public void Find()
    {
        var command = new SqlCommand { CommandText = "SELECT * FROM Cases WHERE Court = '" + Request.Query["court"] + "'" };
    }
}
`,
      findings: [{ line: 5, column: 54, endColumn: 122, message: built('request data', 'CommandText', ADO_NET), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'Entity Framework FromSqlRaw with interpolation',
      path: 'Data/CaseQueries.cs',
      code: `class CaseQueries
{
    public List<Case> ByCourt([FromRoute] string court) =>
        db.Cases.FromSqlRaw($"SELECT * FROM Cases WHERE Court = '{court}'").ToList();
}
`,
      findings: [{ line: 4, column: 29, endColumn: 75, message: built('request data', 'db.Cases.FromSqlRaw', ENTITY_FRAMEWORK), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'FromSql with concatenation is a plain string',
      path: 'Data/CaseQueries.cs',
      code: `class CaseQueries
{
    public List<Case> ByCourt([FromQuery] string court) =>
        db.Cases.FromSql("SELECT * FROM Cases WHERE Court = '" + court + "'").ToList();
}
`,
      findings: [{ line: 4, column: 26, endColumn: 77, message: built('request data', 'db.Cases.FromSql', ENTITY_FRAMEWORK), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'Dapper Query with concatenation',
      path: 'Data/CaseStore.cs',
      code: `class CaseStore
{
    public IEnumerable<Case> ByCourt(IDbConnection connection, string court) =>
        connection.Query<Case>("SELECT * FROM Cases WHERE Court = '" + court + "'");
}
`,
      findings: [{ line: 4, column: 32, endColumn: 83, message: built('a function parameter', 'connection.Query', DAPPER), severity: 'high', confidence: 'low', fix: null }],
    },
    {
      name: 'minimal API handler',
      path: 'Program.cs',
      code: `app.MapGet("/cases", (string court, AppDb db) =>
    db.Database.ExecuteSqlRaw("DELETE FROM Cases WHERE Court = '" + court + "'"));
`,
      findings: [{ line: 2, column: 31, endColumn: 80, message: built('request data', 'db.Database.ExecuteSqlRaw', ENTITY_FRAMEWORK), severity: 'critical', confidence: 'high', fix: null }],
    },

    // Go ----------------------------------------------------------------------------------------
    {
      name: 'database/sql Query with concatenation',
      path: 'internal/cases/handler.go',
      code: `package cases

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("ref")
	rows, err := s.db.Query("SELECT * FROM cases WHERE ref = '" + ref + "'")
	_ = rows
	_ = err
}
`,
      findings: [{ line: 5, column: 26, endColumn: 73, message: built('request data', 's.db.Query', GO_SQL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'fmt.Sprintf %s into QueryRowContext',
      path: 'internal/cases/handler.go',
      code: `package cases

func get(w http.ResponseWriter, r *http.Request) {
	row := db.QueryRowContext(r.Context(), fmt.Sprintf("SELECT * FROM cases WHERE ref = '%s'", mux.Vars(r)["ref"]))
	_ = row
}
`,
      findings: [{ line: 4, column: 41, endColumn: 112, message: built('request data', 'db.QueryRowContext', GO_SQL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'GORM Where with concatenation',
      path: 'internal/users/handler.go',
      code: `package users

func list(c *gin.Context) {
	var users []User
	db.Where("name = '" + c.Query("name") + "'").Find(&users)
}
`,
      findings: [{ line: 5, column: 11, endColumn: 45, message: built('request data', 'db.Where', GORM), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'GORM Order from the query string',
      path: 'internal/users/handler.go',
      code: `package users

func list(w http.ResponseWriter, r *http.Request) {
	var users []User
	db.Order(r.URL.Query().Get("sort")).Find(&users)
}
`,
      findings: [{ line: 5, column: 11, endColumn: 36, message: whole('db.Order', GORM), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'helper builds SQL from a parameter',
      path: 'internal/store/truncate.go',
      code: `package store

func truncate(db *sql.DB, table string) error {
	_, err := db.Exec("TRUNCATE TABLE " + table)
	return err
}
`,
      findings: [{ line: 4, column: 20, endColumn: 45, message: built('a function parameter', 'db.Exec', GO_SQL), severity: 'high', confidence: 'low', fix: null }],
    },

    // PHP ---------------------------------------------------------------------------------------
    {
      name: 'mysqli_query with interpolation',
      path: 'public/case.php',
      code: `<?php
$ref = $_GET['ref'];
$result = mysqli_query($link, "SELECT * FROM cases WHERE ref = '$ref'");
`,
      findings: [{ line: 3, column: 31, endColumn: 71, message: built('request data', 'mysqli_query', MYSQLI), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'PDO query with concatenation',
      path: 'src/CaseRepository.php',
      code: `<?php
function findCase(PDO $pdo) {
    return $pdo->query("SELECT * FROM cases WHERE ref = '" . $_POST['ref'] . "'");
}
`,
      findings: [{ line: 3, column: 24, endColumn: 81, message: built('request data', '$pdo->query', PDO), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'interpolation into prepare() is still injection',
      path: 'src/CaseRepository.php',
      code: `<?php
function findCase(PDO $pdo) {
    $stmt = $pdo->prepare("SELECT * FROM cases WHERE ref = '{$_GET['ref']}'");
    $stmt->execute();
}
`,
      findings: [{ line: 3, column: 27, endColumn: 77, message: built('request data', '$pdo->prepare', PDO), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'real_escape_string is fragile',
      path: 'src/legacy.php',
      code: `<?php
$name = $mysqli->real_escape_string($_GET['name']);
$result = $mysqli->query("SELECT * FROM users WHERE name = '$name'");
`,
      findings: [{ line: 3, column: 26, endColumn: 68, message: escaped('$mysqli->query', MYSQLI), severity: 'medium', confidence: 'medium', fix: null }],
    },
    {
      name: 'Laravel DB::select with request()',
      path: 'app/Http/Controllers/CaseController.php',
      code: `<?php
class CaseController extends Controller {
    public function index() {
        return DB::select("SELECT * FROM cases WHERE court = '" . request('court') . "'");
    }
}
`,
      findings: [{ line: 4, column: 27, endColumn: 89, message: built('request data', 'DB::select', LARAVEL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'Laravel whereRaw with input',
      path: 'app/Http/Controllers/CaseController.php',
      code: `<?php
class CaseController extends Controller {
    public function index(Request $request) {
        return CourtCase::whereRaw("court = '" . $request->input('court') . "'")->get();
    }
}
`,
      findings: [{ line: 4, column: 36, endColumn: 80, message: built('request data', 'CourtCase::whereRaw', LARAVEL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'WordPress get_results',
      path: 'wp-content/plugins/cases/search.php',
      code: `<?php
$rows = $wpdb->get_results("SELECT * FROM {$wpdb->prefix}cases WHERE title = '" . $_GET['t'] . "'");
`,
      findings: [{ line: 2, column: 28, endColumn: 99, message: built('request data', '$wpdb->get_results', WORDPRESS), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'pg_query with a connection',
      path: 'public/report.php',
      code: `<?php
$res = pg_query($conn, "SELECT * FROM hearings WHERE court = '" . $_GET['court'] . "'");
`,
      findings: [{ line: 2, column: 24, endColumn: 87, message: built('request data', 'pg_query', PGSQL), severity: 'critical', confidence: 'high', fix: null }],
    },

    // Ruby --------------------------------------------------------------------------------------
    {
      name: 'ActiveRecord where with interpolation',
      path: 'app/controllers/cases_controller.rb',
      code: `class CasesController < ApplicationController
  def index
    @cases = Case.where("reference = '#{params[:reference]}'")
  end
end
`,
      findings: [{ line: 3, column: 25, endColumn: 62, message: built('request data', 'Case.where', RAILS_WHERE), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'array condition whose template is interpolated',
      path: 'app/controllers/cases_controller.rb',
      code: `class CasesController < ApplicationController
  def index
    @cases = Case.where(["court = '#{params[:court]}' AND open = ?", true])
  end
end
`,
      findings: [{ line: 3, column: 26, endColumn: 68, message: built('request data', 'Case.where', RAILS_WHERE), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'order from params',
      path: 'app/controllers/cases_controller.rb',
      code: `class CasesController < ApplicationController
  def index
    @cases = Case.order(params[:sort])
  end
end
`,
      findings: [{ line: 3, column: 25, endColumn: 38, message: whole('Case.order', RAILS_ORDER), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'find_by_sql with a heredoc',
      path: 'app/models/hearing.rb',
      code: `class HearingsController < ApplicationController
  def index
    sql = <<~SQL
      SELECT * FROM hearings WHERE court = '#{params[:court]}'
    SQL
    @hearings = Hearing.find_by_sql(sql)
  end
end
`,
      findings: [{ line: 6, column: 37, endColumn: 40, message: built('request data', 'Hearing.find_by_sql', RAILS_SQL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'connection.execute',
      path: 'app/controllers/admin_controller.rb',
      code: `class AdminController < ApplicationController
  def purge
    ActiveRecord::Base.connection.execute("DELETE FROM audits WHERE actor = '#{params[:actor]}'")
  end
end
`,
      findings: [{ line: 3, column: 43, endColumn: 97, message: built('request data', 'ActiveRecord::Base.connection.execute', RAILS_SQL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'scope built from a method argument',
      path: 'app/models/case.rb',
      code: `class Case < ApplicationRecord
  def self.in_court(court)
    where("court = '#{court}'")
  end
end
`,
      findings: [{ line: 3, column: 11, endColumn: 31, message: built('a function parameter', 'where', RAILS_WHERE), severity: 'high', confidence: 'low', fix: null }],
    },
  ],
  valid: [
    // Python
    { name: 'parameterised execute', path: 'app/views.py', code: 'def search(request, cursor):\n    cursor.execute("SELECT * FROM cases WHERE ref = %s", (request.args["ref"],))\n' },
    { name: 'SQLAlchemy text with bound parameters', path: 'app/repository.py', code: 'from sqlalchemy import text\n\ndef find(session, request):\n    return session.execute(text("SELECT * FROM users WHERE name = :name"), {"name": request.args["name"]})\n' },
    { name: 'Django raw with params', path: 'cases/views.py', code: 'def by_court(request):\n    return Case.objects.raw("SELECT * FROM cases_case WHERE court = %s", [request.GET["court"]])\n' },
    { name: 'int() before formatting', path: 'app/views.py', code: 'def case(request, cursor):\n    cursor.execute("SELECT * FROM cases WHERE id = %d" % int(request.args["id"]))\n' },
    { name: 'psycopg2 sql composition', path: 'app/export.py', code: 'from psycopg2 import sql\n\ndef export(request, cursor):\n    cursor.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(request.args["table"])))\n' },
    { name: 'placeholders for an IN list', path: 'app/db.py', code: 'def by_ids(cursor, ids):\n    marks = ", ".join(["%s"] * len(ids))\n    cursor.execute("SELECT * FROM cases WHERE id IN (" + marks + ")", ids)\n' },
    { name: 'a workflow engine is not a database', path: 'app/jobs.py', code: 'def run(workflow, request):\n    workflow.execute("step-" + request.args["step"])\n' },
    { name: 'a query in a comment is not code', path: 'app/views.py', code: 'def search(request, cursor):\n    # cursor.execute(f"SELECT * FROM cases WHERE ref = \'{request.args[\'ref\']}\'")\n    return None\n' },
    { name: 'a wrapper passes its argument through whole', path: 'app/db.py', code: 'def run(cursor, sql, params=()):\n    cursor.execute(sql, params)\n' },

    // JavaScript and TypeScript
    { name: 'placeholders with values', path: 'src/routes/cases.js', code: "router.get('/cases', async (req, res) => {\n  const [rows] = await pool.query('SELECT * FROM cases WHERE ref = ?', [req.query.ref]);\n});\n" },
    { name: 'Prisma tagged template', path: 'src/api/search.ts', code: 'export async function search(req) {\n  return prisma.$queryRaw`SELECT * FROM cases WHERE ref = ${req.query.ref}`;\n}\n' },
    { name: 'slonik sql tag', path: 'src/db.ts', code: "app.get('/x', async (req, res) => {\n  await pool.query(sql`SELECT * FROM t WHERE x = ${req.query.x}`);\n});\n" },
    { name: 'mysql.escape quotes the value', path: 'src/db.js', code: "const mysql = require('mysql');\napp.get('/x', (req, res) => {\n  connection.query('SELECT * FROM t WHERE x = ' + mysql.escape(req.query.x));\n});\n" },
    { name: 'Number() before concatenation', path: 'src/db.js', code: "app.get('/x', (req, res) => {\n  connection.query('SELECT * FROM t WHERE id = ' + Number(req.params.id));\n});\n" },
    { name: 'GraphQL client query is not SQL', path: 'src/api.ts', code: "app.get('/x', async (req, res) => {\n  await graph.query(`{ case(ref: \"${req.query.ref}\") { title } }`);\n});\n" },

    // Java
    { name: 'PreparedStatement with a placeholder', path: 'src/main/java/CaseDao.java', code: 'class CaseDao {\n  void find(HttpServletRequest request) throws SQLException {\n    PreparedStatement ps = connection.prepareStatement("SELECT * FROM cases WHERE ref = ?");\n    ps.setString(1, request.getParameter("ref"));\n  }\n}\n' },
    { name: 'JdbcTemplate with arguments', path: 'src/main/java/CaseDao.java', code: 'class CaseDao {\n  List<Case> find(@RequestParam String court) {\n    return jdbcTemplate.query("SELECT * FROM cases WHERE court = ?", mapper, court);\n  }\n}\n' },
    { name: '@PathVariable Long is a number', path: 'src/main/java/CaseDao.java', code: 'class CaseDao {\n  Case get(@PathVariable Long id) {\n    return jdbcTemplate.queryForObject("SELECT * FROM cases WHERE id = " + id, mapper);\n  }\n}\n' },
    { name: 'RestTemplate.execute is HTTP, not SQL', path: 'src/main/java/Client.java', code: 'class Client {\n  void call(@RequestParam String path) {\n    restTemplate.execute("https://api.example.gov.uk/" + path, HttpMethod.GET, null, null);\n  }\n}\n' },
    { name: 'constant table name', path: 'src/main/java/CaseDao.java', code: 'class CaseDao {\n  private static final String TABLE = "cases";\n  void all() throws SQLException {\n    statement.executeQuery("SELECT * FROM " + TABLE);\n  }\n}\n' },

    // C#
    { name: 'SqlCommand with parameters', path: 'Data/CaseRepository.cs', code: 'class CaseRepository\n{\n    public void Find([FromQuery] string term)\n    {\n        var command = new SqlCommand("SELECT * FROM Cases WHERE Term = @term", connection);\n        command.Parameters.AddWithValue("@term", term);\n    }\n}\n' },
    { name: 'FromSqlInterpolated parameterises', path: 'Data/CaseQueries.cs', code: 'class CaseQueries\n{\n    public List<Case> ByCourt([FromQuery] string court) =>\n        db.Cases.FromSqlInterpolated($"SELECT * FROM Cases WHERE Court = {court}").ToList();\n}\n' },
    { name: 'FromSql with an interpolated string parameterises', path: 'Data/CaseQueries.cs', code: 'class CaseQueries\n{\n    public List<Case> ByCourt([FromQuery] string court) =>\n        db.Cases.FromSql($"SELECT * FROM Cases WHERE Court = {court}").ToList();\n}\n' },
    { name: 'Dapper with a parameter object', path: 'Data/CaseStore.cs', code: 'class CaseStore\n{\n    public IEnumerable<Case> ByCourt([FromQuery] string court) =>\n        connection.Query<Case>("SELECT * FROM Cases WHERE Court = @Court", new { Court = court });\n}\n' },
    { name: 'int id in an interpolated string', path: 'Controllers/CasesController.cs', code: 'public class CasesController : Controller\n{\n    public IActionResult Get(int id) => View(connection.Query<Case>($"SELECT * FROM Cases WHERE Id = {id}"));\n}\n' },

    // Go
    { name: 'placeholders with values', path: 'internal/cases/handler.go', code: 'package cases\n\nfunc search(w http.ResponseWriter, r *http.Request) {\n\trows, _ := db.Query("SELECT * FROM cases WHERE ref = $1", r.URL.Query().Get("ref"))\n\t_ = rows\n}\n' },
    { name: 'strconv.Atoi then %d', path: 'internal/cases/handler.go', code: 'package cases\n\nfunc get(w http.ResponseWriter, r *http.Request) {\n\tid, err := strconv.Atoi(r.FormValue("id"))\n\tif err != nil {\n\t\treturn\n\t}\n\trow := db.QueryRow(fmt.Sprintf("SELECT * FROM cases WHERE id = %d", id))\n\t_ = row\n}\n' },
    { name: 'a prepared statement takes only values', path: 'internal/cases/handler.go', code: 'package cases\n\nfunc get(w http.ResponseWriter, r *http.Request) {\n\tstmt, _ := db.Prepare("SELECT * FROM cases WHERE ref = ?")\n\tstmt.Query(r.URL.Query().Get("ref"))\n}\n' },
    { name: 'a cache Get is not SQL', path: 'internal/cases/cache.go', code: 'package cases\n\nfunc cached(w http.ResponseWriter, r *http.Request) {\n\tcache.Get(r.Context(), "case:"+r.URL.Query().Get("ref"))\n}\n' },

    // PHP
    { name: 'prepared statement with execute()', path: 'src/CaseRepository.php', code: "<?php\nfunction findCase(PDO $pdo) {\n    $stmt = $pdo->prepare('SELECT * FROM cases WHERE ref = ?');\n    $stmt->execute([$_GET['ref']]);\n}\n" },
    { name: 'integer cast', path: 'public/case.php', code: "<?php\n$result = $mysqli->query('SELECT * FROM cases WHERE id = ' . (int) $_GET['id']);\n" },
    { name: 'Laravel bindings', path: 'app/Http/Controllers/CaseController.php', code: "<?php\nclass CaseController extends Controller {\n    public function index() {\n        return DB::select('SELECT * FROM cases WHERE court = ?', [request('court')]);\n    }\n}\n" },
    { name: 'wpdb->prepare with %d', path: 'wp-content/plugins/cases/search.php', code: "<?php\n$rows = $wpdb->get_results($wpdb->prepare(\"SELECT * FROM {$wpdb->prefix}cases WHERE id = %d\", $_GET['id']));\n" },
    { name: 'a cache query() is not SQL', path: 'src/Cache.php', code: "<?php\n$hit = $cache->query('case:' . $_GET['ref']);\n" },

    // Ruby
    { name: 'hash conditions', path: 'app/controllers/cases_controller.rb', code: 'class CasesController < ApplicationController\n  def index\n    @cases = Case.where(reference: params[:reference])\n  end\nend\n' },
    { name: 'placeholder conditions', path: 'app/controllers/cases_controller.rb', code: 'class CasesController < ApplicationController\n  def index\n    @cases = Case.where("reference = ?", params[:reference])\n  end\nend\n' },
    { name: 'array conditions with placeholders', path: 'app/controllers/cases_controller.rb', code: 'class CasesController < ApplicationController\n  def index\n    @cases = Case.where(["reference = ?", params[:reference]])\n  end\nend\n' },
    { name: 'to_i before interpolation', path: 'app/controllers/cases_controller.rb', code: 'class CasesController < ApplicationController\n  def show\n    @case = Case.where("id = #{params[:id].to_i}").first\n  end\nend\n' },
    { name: 'Array#select with a block', path: 'app/models/case.rb', code: 'class Case < ApplicationRecord\n  def self.open_ones(cases)\n    cases.select { |c| c.open? }\n  end\nend\n' },
  ],
};

describeRule(table);
