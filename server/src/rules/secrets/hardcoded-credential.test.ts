/**
 * secrets/hardcoded-credential: passwords, API keys, tokens, client secrets and connection-string
 * passwords written in code and in every configuration format the engine reads, with the safe
 * look-alikes beside them (environment and secret-store reads, references, placeholders, labels,
 * policies, hashes, type declarations, provider formats left to secrets/provider-token, vendor
 * defaults left to secrets/default-credentials, and keys passed to a cipher or MAC left to
 * crypto/hardcoded-key). Every value is made up for these tests. Each finding's trailing comment
 * shows the text it flags; the tables after the rule's own checks assert what each finding marks
 * as secret, and that the word lists of the two neighbouring rules agree.
 */
import assert from 'node:assert/strict';
import { describeRule, findingsOf, scanCase, type RuleTable } from '../../../../test/support/rule-tester';
import { DEFAULT_CREDENTIAL_VALUES } from './default-credentials';
import { VALUES_OWNED_BY_DEFAULT_CREDENTIALS, classifyName, hardcodedCredential, shannonEntropy } from './hardcoded-credential';

const TAIL =
  'Anyone who can read the repository, its history or a build can use it. MoJ requires secrets never to be stored in plain text, even in private repositories (Secrets management: Application & infrastructure secrets). Read it at run time from the environment or a secret store (AWS Secrets Manager or SSM Parameter Store, Azure Key Vault, HashiCorp Vault, Kubernetes Secrets), and rotate it if it has been committed.';

/** The message for a credential of `kind` found `placement` ("assigned to DB_PASSWORD"). */
function hc(kind: string, placement: string): string {
  return `A hard-coded ${kind} is ${placement}. ${TAIL}`;
}

export const table: RuleTable = {
  rule: hardcodedCredential,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'password in a module constant',
      path: 'src/db.js',
      code: "const { Pool } = require('pg');\nconst DB_PASSWORD = 'Summer2024!';\nmodule.exports = new Pool({ user: 'reports', password: DB_PASSWORD });\n",
      findings: [
        { line: 2, column: 21, endColumn: 34, message: hc('password', 'assigned to DB_PASSWORD'), fix: null }, // "'Summer2024!'"
      ],
    },
    {
      name: 'object keys of a mail transport',
      path: 'src/mailer.js',
      code: "const nodemailer = require('nodemailer');\nmodule.exports = nodemailer.createTransport({\n  host: 'smtp.office365.com',\n  auth: { user: 'alerts@justice.example', pass: 'Tr0ub4dor&3-mail' },\n});\n",
      findings: [
        { line: 4, column: 49, endColumn: 67, message: hc('password', 'assigned to pass'), fix: null }, // "'Tr0ub4dor&3-mail'"
      ],
    },
    {
      name: 'API key with entropy in a client option',
      path: 'src/payments.ts',
      code: "import { PaymentsClient } from './payments-client';\nexport const client = new PaymentsClient({ apiKey: 'k7Hd92LmQx0pZr4sV1bN8cT3', timeout: 5000 });\n",
      findings: [
        { line: 2, column: 52, endColumn: 78, message: hc('API key', 'assigned to apiKey'), fix: null }, // "'k7Hd92LmQx0pZr4sV1bN8cT3'"
      ],
    },
    {
      name: 'database URL with a password',
      path: 'src/config.ts',
      code: "export const config = {\n  databaseUrl: 'postgres://casework:Pg-Casework-9981@db.internal:5432/casework',\n};\n",
      findings: [
        { line: 2, column: 37, endColumn: 53, message: hc('password', 'in a connection string'), fix: null }, // "Pg-Casework-9981"
      ],
    },
    {
      name: 'JWT signing secret passed to jsonwebtoken',
      path: 'src/auth.js',
      code: "const jwt = require('jsonwebtoken');\nfunction issue(user) {\n  return jwt.sign({ sub: user.id }, 'Hq28-sign-me-please', { expiresIn: '1h' });\n}\n",
      findings: [
        { line: 3, column: 37, endColumn: 58, message: hc('JWT signing secret', 'passed to jwt.sign'), fix: null }, // "'Hq28-sign-me-please'"
      ],
    },
    {
      name: 'bearer token in an Authorization header',
      path: 'src/client.ts',
      code: "export const headers = { Authorization: 'Bearer Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5', Accept: 'application/json' };\n",
      findings: [
        { line: 1, column: 41, endColumn: 78, message: hc('token', 'assigned to Authorization'), fix: null }, // "'Bearer Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5'"
      ],
    },
    {
      name: 'fallback password after an environment read',
      path: 'src/settings.ts',
      code: "export const dbPassword = process.env.DB_PASSWORD ?? 'dev-Fb7kQ2zX-81';\n",
      findings: [
        { line: 1, column: 54, endColumn: 71, message: hc('password', 'the fallback value of dbPassword'), fix: null }, // "'dev-Fb7kQ2zX-81'"
      ],
    },
    {
      name: 'password compared with a fixed value',
      path: 'src/admin.js',
      code: "function isAdmin(password) {\n  return password === 'letme1n-now-please';\n}\n",
      findings: [
        { line: 2, column: 23, endColumn: 43, message: hc('password', 'compared with password'), fix: null }, // "'letme1n-now-please'"
      ],
    },
    {
      // Comparisons are found from the text beside the literal before its parent is read: the operator after it, and `!=` without spaces.
      name: 'password compared with a fixed value on the left and with != written without spaces',
      path: 'src/gate.js',
      code: "function check(password, adminPassword) {\n  if ('Op3n-sesame-99' != password) return false;\n  return adminPassword!='R00t-access-77';\n}\n",
      findings: [
        { line: 2, column: 7, endColumn: 23, message: hc('password', 'compared with password'), fix: null }, // "'Op3n-sesame-99'"
        { line: 3, column: 25, endColumn: 41, message: hc('password', 'compared with adminPassword'), fix: null }, // "'R00t-access-77'"
      ],
    },
    {
      name: 'client secret in a class field',
      path: 'src/oauth.ts',
      code: "export class OAuthClient {\n  private readonly clientId = 'casework-ui';\n  private readonly clientSecret: string = 'c9f0e2b7-Cl1ent-S3cr7t';\n}\n",
      findings: [
        { line: 3, column: 43, endColumn: 67, message: hc('client secret', 'assigned to clientSecret'), fix: null }, // "'c9f0e2b7-Cl1ent-S3cr7t'"
      ],
    },
    {
      name: 'token with entropy stored by a setter call',
      path: 'src/boot.tsx',
      code: "export function boot(): void {\n  localStorage.setItem('token', 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5');\n}\n",
      findings: [
        { line: 2, column: 33, endColumn: 63, message: hc('token', 'set for token'), confidence: 'medium', fix: null }, // "'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5'"
      ],
    },
    // Python
    {
      name: 'keyword argument to psycopg2.connect',
      path: 'app/db.py',
      code: "import psycopg2\n\nconn = psycopg2.connect(host='db.internal', user='reports', password='Pg-pw-2291')\n",
      findings: [
        { line: 3, column: 70, endColumn: 82, message: hc('password', 'assigned to password'), fix: null }, // "'Pg-pw-2291'"
      ],
    },
    {
      name: 'settings module constants',
      path: 'app/settings.py',
      code: "DEBUG = False\nSECRET_KEY = 'dj4ngo-s3cret-k3y-91xQ'\nEMAIL_HOST_PASSWORD = 'Smtp-Relay-5521'\n",
      findings: [
        { line: 2, column: 14, endColumn: 38, message: hc('secret', 'assigned to SECRET_KEY'), fix: null }, // "'dj4ngo-s3cret-k3y-91xQ'"
        { line: 3, column: 23, endColumn: 40, message: hc('password', 'assigned to EMAIL_HOST_PASSWORD'), fix: null }, // "'Smtp-Relay-5521'"
      ],
    },
    {
      name: 'environment lookup with a literal fallback',
      path: 'app/config.py',
      code: "import os\n\nDB_PASSWORD = os.environ.get('DB_PASSWORD', 'Dev-pw-5521')\n",
      findings: [
        { line: 3, column: 45, endColumn: 58, message: hc('password', 'the fallback value of DB_PASSWORD'), fix: null }, // "'Dev-pw-5521'"
      ],
    },
    {
      name: 'basic auth tuple for requests',
      path: 'app/client.py',
      code: "import requests\n\nresponse = requests.get(API_URL, auth=('svc-reports', 'Rq-pw-00871'), timeout=10)\n",
      findings: [
        { line: 3, column: 55, endColumn: 68, message: hc('password', 'passed as auth'), fix: null }, // "'Rq-pw-00871'"
      ],
    },
    {
      name: 'SQLAlchemy URL with a driver and a password',
      path: 'app/models.py',
      code: "from sqlalchemy import create_engine\n\nengine = create_engine('postgresql+psycopg2://app:Al-pw-7781@db.internal/app')\n",
      findings: [
        { line: 3, column: 51, endColumn: 61, message: hc('password', 'in a connection string'), fix: null }, // "Al-pw-7781"
      ],
    },
    {
      name: 'dictionary entry and environment assignment',
      path: 'app/oauth.py',
      code: "import os\n\nOAUTH = {'client_id': 'casework', 'client_secret': 'cs-9vQ2-Lk83-zzP'}\nos.environ['API_KEY'] = 'k7Hd92LmQx0pZr4s-api'\n",
      findings: [
        { line: 3, column: 52, endColumn: 70, message: hc('client secret', 'assigned to client_secret'), fix: null }, // "'cs-9vQ2-Lk83-zzP'"
        { line: 4, column: 25, endColumn: 47, message: hc('API key', "assigned to os.environ['API_KEY']"), fix: null }, // "'k7Hd92LmQx0pZr4s-api'"
      ],
    },
    {
      name: 'SMTP login with a literal password',
      path: 'app/notify.py',
      code: "import smtplib\n\nwith smtplib.SMTP('smtp.internal', 587) as server:\n    server.login('alerts@justice.example', 'Smtp-pw-883x')\n",
      findings: [
        { line: 4, column: 44, endColumn: 58, message: hc('password', 'passed to server.login'), confidence: 'medium', fix: null }, // "'Smtp-pw-883x'"
      ],
    },
    // Java
    {
      name: 'password argument of DriverManager.getConnection',
      path: 'src/main/java/uk/gov/justice/Db.java',
      code: 'import java.sql.*;\n\nclass Db {\n    Connection open(String url) throws SQLException {\n        return DriverManager.getConnection(url, "casework", "Jdbc-pw-2290");\n    }\n}\n',
      findings: [
        { line: 5, column: 61, endColumn: 75, message: hc('password', 'passed to DriverManager.getConnection'), fix: null }, // "\"Jdbc-pw-2290\""
      ],
    },
    {
      name: 'constant in a field',
      path: 'src/main/java/uk/gov/justice/Settings.java',
      code: 'class Settings {\n    private static final String API_KEY = "jv-api-7Rk2-Qw9z-88";\n    private static final String TIMEOUT = "30s";\n}\n',
      findings: [
        { line: 2, column: 43, endColumn: 64, message: hc('API key', 'assigned to API_KEY'), fix: null }, // "\"jv-api-7Rk2-Qw9z-88\""
      ],
    },
    {
      name: 'setter on a data source',
      path: 'src/main/java/uk/gov/justice/Pool.java',
      code: 'class Pool {\n    DataSource build() {\n        HikariDataSource ds = new HikariDataSource();\n        ds.setUsername("casework");\n        ds.setPassword("Ds-pw-11883");\n        return ds;\n    }\n}\n',
      findings: [
        { line: 5, column: 24, endColumn: 37, message: hc('password', 'passed to ds.setPassword'), fix: null }, // "\"Ds-pw-11883\""
      ],
    },
    {
      name: 'Spring Security in-memory user with {noop}',
      path: 'src/main/java/uk/gov/justice/SecurityConfig.java',
      code: 'class SecurityConfig {\n    UserDetails ops() {\n        return User.withUsername("ops").password("{noop}Noop-pw-991").roles("OPS").build();\n    }\n}\n',
      findings: [
        { line: 3, column: 50, endColumn: 69, message: hc('password', 'passed to password()'), fix: null }, // "\"{noop}Noop-pw-991\""
      ],
    },
    {
      name: 'password compared with equals',
      path: 'src/main/java/uk/gov/justice/Backdoor.java',
      code: 'class Backdoor {\n    boolean check(String password) {\n        return password.equals("Eq-pw-44321");\n    }\n}\n',
      findings: [
        { line: 3, column: 32, endColumn: 45, message: hc('password', 'compared with password'), fix: null }, // "\"Eq-pw-44321\""
      ],
    },
    {
      name: 'fallback in a @Value placeholder',
      path: 'src/main/java/uk/gov/justice/MailConfig.java',
      code: 'class MailConfig {\n    @Value("${mail.password:Spr1ng-fb9Qx71L-1}")\n    private String mailPassword;\n}\n',
      findings: [
        { line: 2, column: 29, endColumn: 46, message: hc('password', 'the fallback value of mail.password'), fix: null }, // "Spr1ng-fb9Qx71L-1"
      ],
    },
    // C#
    {
      name: 'password argument of NetworkCredential',
      path: 'src/Mail/Sender.cs',
      code: 'using System.Net;\n\nclass Sender {\n    ICredentials Credentials() => new NetworkCredential("alerts", "Net-pw-2231");\n}\n',
      findings: [
        { line: 4, column: 67, endColumn: 80, message: hc('password', 'passed to NetworkCredential'), fix: null }, // "\"Net-pw-2231\""
      ],
    },
    {
      name: 'connection string assigned in code',
      path: 'src/Data/Db.cs',
      code: 'class Db {\n    void Open(SqlConnection conn) {\n        conn.ConnectionString = "Server=sql1;Database=Casework;User Id=app;Password=Cn-pw-3312;";\n    }\n}\n',
      findings: [
        { line: 3, column: 85, endColumn: 95, message: hc('password', 'in a connection string'), fix: null }, // "Cn-pw-3312"
      ],
    },
    {
      name: 'object initialiser property',
      path: 'src/Auth/Options.cs',
      code: 'class Startup {\n    AuthOptions Options() => new AuthOptions { ClientId = "casework", ClientSecret = "Cs-S3cr7t-0912-kk" };\n}\n',
      findings: [
        { line: 2, column: 86, endColumn: 105, message: hc('client secret', 'assigned to ClientSecret'), fix: null }, // "\"Cs-S3cr7t-0912-kk\""
      ],
    },
    {
      name: 'constant and auto-property initialiser',
      path: 'src/Settings.cs',
      code: 'class Settings {\n    const string ApiKey = "Cs-api-key-9981-zzQ";\n    public string Password { get; set; } = "Prop-pw-8812";\n}\n',
      findings: [
        { line: 2, column: 27, endColumn: 48, message: hc('API key', 'assigned to ApiKey'), fix: null }, // "\"Cs-api-key-9981-zzQ\""
        { line: 3, column: 44, endColumn: 58, message: hc('password', 'assigned to Password'), fix: null }, // "\"Prop-pw-8812\""
      ],
    },
    {
      name: 'verbatim string with a password',
      path: 'src/Data/Legacy.cs',
      code: 'class Legacy {\n    const string Conn = @"Data Source=legacy;Initial Catalog=Cases;User ID=svc;Password=Vb-pw-7719;";\n}\n',
      findings: [
        { line: 2, column: 89, endColumn: 99, message: hc('password', 'in a connection string'), fix: null }, // "Vb-pw-7719"
      ],
    },
    // Go
    {
      name: 'package constant and variable',
      path: 'internal/config/config.go',
      code: 'package config\n\nconst apiKey = "go-api-key-3391-Zk"\n\nvar password = "Go-pw-77812"\n',
      findings: [
        { line: 3, column: 16, endColumn: 36, message: hc('API key', 'assigned to apiKey'), fix: null }, // "\"go-api-key-3391-Zk\""
        { line: 5, column: 16, endColumn: 29, message: hc('password', 'assigned to password'), fix: null }, // "\"Go-pw-77812\""
      ],
    },
    {
      name: 'struct field in a composite literal',
      path: 'internal/db/mysql.go',
      code: 'package db\n\nimport "github.com/go-sql-driver/mysql"\n\nvar cfg = mysql.Config{User: "casework", Passwd: "Go-my-pw-112", Net: "tcp"}\n',
      findings: [
        { line: 5, column: 50, endColumn: 64, message: hc('password', 'assigned to Passwd'), fix: null }, // "\"Go-my-pw-112\""
      ],
    },
    {
      name: 'libpq keyword string passed to sql.Open',
      path: 'internal/db/postgres.go',
      code: 'package db\n\nimport "database/sql"\n\nfunc Open() (*sql.DB, error) {\n\treturn sql.Open("postgres", "host=db user=app password=Go-pq-pw-9 dbname=app")\n}\n',
      findings: [
        { line: 6, column: 57, endColumn: 67, message: hc('password', 'in a connection string'), fix: null }, // "Go-pq-pw-9"
      ],
    },
    {
      name: 'MySQL DSN with a password',
      path: 'internal/db/dsn.go',
      code: 'package db\n\nconst dsn = "app:Go-dsn-pw-4@tcp(db:3306)/casework"\n',
      findings: [
        { line: 3, column: 18, endColumn: 29, message: hc('password', 'in a connection string'), fix: null }, // "Go-dsn-pw-4"
      ],
    },
    {
      name: 'SetBasicAuth and smtp.PlainAuth',
      path: 'internal/notify/notify.go',
      code: 'package notify\n\nimport (\n\t"net/http"\n\t"net/smtp"\n)\n\nfunc prepare(req *http.Request) smtp.Auth {\n\treq.SetBasicAuth("reports", "Go-basic-pw-7")\n\treturn smtp.PlainAuth("", "alerts@justice.example", "Go-smtp-pw-1", "smtp.internal")\n}\n',
      findings: [
        { line: 9, column: 30, endColumn: 45, message: hc('password', 'passed to req.SetBasicAuth'), fix: null }, // "\"Go-basic-pw-7\""
        { line: 10, column: 54, endColumn: 68, message: hc('password', 'passed to smtp.PlainAuth'), fix: null }, // "\"Go-smtp-pw-1\""
      ],
    },
    // PHP
    {
      name: 'password argument of mysqli_connect',
      path: 'public/db.php',
      code: "<?php\n$link = mysqli_connect('db.internal', 'casework', 'Php-my-pw-2', 'casework');\n",
      findings: [
        { line: 2, column: 51, endColumn: 64, message: hc('password', 'passed to mysqli_connect'), fix: null }, // "'Php-my-pw-2'"
      ],
    },
    {
      name: 'PDO constructor',
      path: 'src/Database.php',
      code: "<?php\n$pdo = new PDO('mysql:host=db;dbname=casework', 'casework', 'Php-pdo-pw-3');\n",
      findings: [
        { line: 2, column: 61, endColumn: 75, message: hc('password', 'passed to PDO'), fix: null }, // "'Php-pdo-pw-3'"
      ],
    },
    {
      name: 'array entry in a config file',
      path: 'config/database.php',
      code: "<?php\nreturn [\n    'host' => 'db.internal',\n    'db_password' => 'Php-arr-pw-4',\n];\n",
      findings: [
        { line: 4, column: 22, endColumn: 36, message: hc('password', 'assigned to db_password'), fix: null }, // "'Php-arr-pw-4'"
      ],
    },
    {
      name: 'class property and define()',
      path: 'src/Client.php',
      code: "<?php\ndefine('API_KEY', 'php-api-key-99-Zq7');\nclass Client {\n    private $secret = 'Php-s3cr7t-v4lue-5';\n}\n",
      findings: [
        { line: 2, column: 19, endColumn: 39, message: hc('API key', 'assigned to API_KEY'), confidence: 'medium', fix: null }, // "'php-api-key-99-Zq7'"
        { line: 4, column: 23, endColumn: 43, message: hc('secret', 'assigned to secret'), fix: null }, // "'Php-s3cr7t-v4lue-5'"
      ],
    },
    {
      name: 'pg_connect keyword string',
      path: 'public/report.php',
      code: "<?php\n$conn = pg_connect('host=db dbname=app user=app password=Php-pg-pw-6');\n",
      findings: [
        { line: 2, column: 58, endColumn: 69, message: hc('password', 'in a connection string'), fix: null }, // "Php-pg-pw-6"
      ],
    },
    // Ruby
    {
      name: 'constant and instance variable',
      path: 'lib/settings.rb',
      code: "PASSWORD = 'Rb-pw-77123'\n\nclass Client\n  def initialize\n    @api_key = 'rb-api-key-8812-Qz'\n  end\nend\n",
      findings: [
        { line: 1, column: 12, endColumn: 25, message: hc('password', 'assigned to PASSWORD'), fix: null }, // "'Rb-pw-77123'"
        { line: 5, column: 16, endColumn: 36, message: hc('API key', 'assigned to api_key'), fix: null }, // "'rb-api-key-8812-Qz'"
      ],
    },
    {
      name: 'keyword argument of a client constructor',
      path: 'lib/notifier.rb',
      code: "client = Notifier::Client.new(username: 'alerts', password: 'Rb-kw-pw-22')\n",
      findings: [
        { line: 1, column: 61, endColumn: 74, message: hc('password', 'assigned to password'), fix: null }, // "'Rb-kw-pw-22'"
      ],
    },
    {
      name: 'ENV.fetch with a literal fallback',
      path: 'config/initializers/db.rb',
      code: "DB_PASSWORD = ENV.fetch('DB_PASSWORD', 'Rb-fb8Lk2zQ-44')\n",
      findings: [
        { line: 1, column: 40, endColumn: 56, message: hc('password', 'the fallback value of DB_PASSWORD'), fix: null }, // "'Rb-fb8Lk2zQ-44'"
      ],
    },
    {
      name: 'Redis URL with a password',
      path: 'config/initializers/redis.rb',
      code: "REDIS = Redis.new(url: 'redis://:Rb-redis-pw-5@cache.internal:6379/0')\n",
      findings: [
        { line: 1, column: 34, endColumn: 47, message: hc('password', 'in a connection string'), fix: null }, // "Rb-redis-pw-5"
      ],
    },
    {
      name: 'attribute writer',
      path: 'config/initializers/app.rb',
      code: "Rails.application.configure do\n  config.secret = 'Rb-s3cr7t-v4lue-1'\nend\n",
      findings: [
        { line: 2, column: 19, endColumn: 38, message: hc('secret', 'assigned to config.secret'), fix: null }, // "'Rb-s3cr7t-v4lue-1'"
      ],
    },
    // Shell
    {
      name: 'exported password',
      path: 'scripts/deploy.sh',
      code: '#!/bin/bash\nexport DB_PASSWORD="Sh-pw-88123"\n./migrate\n',
      findings: [
        { line: 2, column: 20, endColumn: 33, message: hc('password', 'assigned to DB_PASSWORD'), fix: null }, // "\"Sh-pw-88123\""
      ],
    },
    {
      name: 'mysql -p with the password attached',
      path: 'scripts/backup.sh',
      code: '#!/bin/sh\nmysqldump -u backup -pSh-my-pw-2 casework > /backups/casework.sql\n',
      findings: [
        { line: 2, column: 23, endColumn: 33, message: hc('password', 'passed on the mysqldump command line'), fix: null }, // "Sh-my-pw-2"
      ],
    },
    {
      name: 'credential options on the command line',
      path: 'scripts/release.sh',
      code: '#!/bin/bash\ndocker login -u ci -p "Sh-dock-pw-5" registry.internal\ncurl -u deploy:Sh-curl-pw-3 https://artifacts.internal/upload\npsql --password=Sh-psql-pw-4 -h db\n',
      findings: [
        { line: 2, column: 24, endColumn: 36, message: hc('password', 'passed on the docker command line'), fix: null }, // "Sh-dock-pw-5"
        { line: 3, column: 16, endColumn: 28, message: hc('password', 'passed on the curl command line'), fix: null }, // "Sh-curl-pw-3"
        { line: 4, column: 17, endColumn: 29, message: hc('password', 'passed on the psql command line'), fix: null }, // "Sh-psql-pw-4"
      ],
    },
    {
      name: 'environment option of docker run',
      path: 'scripts/run.sh',
      code: '#!/bin/bash\ndocker run -e DB_PASSWORD=Sh-run-pw-6 -e LOG_LEVEL=info casework:latest\n',
      findings: [
        { line: 2, column: 27, endColumn: 38, message: hc('password', 'passed on the docker command line'), fix: null }, // "Sh-run-pw-6"
      ],
    },
    {
      name: 'API key assigned unquoted',
      path: 'scripts/env.sh',
      code: '#!/bin/bash\nAPI_KEY=sh-api-key-7712-Kq\nexport API_KEY\n',
      findings: [
        { line: 2, column: 9, endColumn: 27, message: hc('API key', 'assigned to API_KEY'), fix: null }, // "sh-api-key-7712-Kq"
      ],
    },
    // YAML: Compose, CI, Kubernetes, Spring
    {
      name: 'Compose environment mapping and list',
      path: 'docker-compose.yml',
      code: 'services:\n  app:\n    image: casework:latest\n    environment:\n      - DB_PASSWORD=Cmp-list-pw-2\n      - "API_SECRET=Cmp-s3cr7t-v4lue-3"\n      - LOG_LEVEL=info\n  worker:\n    environment:\n      QUEUE_PASSWORD: "Cmp-queue-pw-1"\n',
      findings: [
        { line: 5, column: 21, endColumn: 34, message: hc('password', 'assigned to DB_PASSWORD'), fix: null }, // "Cmp-list-pw-2"
        { line: 6, column: 21, endColumn: 39, message: hc('secret', 'assigned to API_SECRET'), fix: null }, // "Cmp-s3cr7t-v4lue-3"
        { line: 10, column: 24, endColumn: 38, message: hc('password', 'assigned to QUEUE_PASSWORD'), fix: null }, // "Cmp-queue-pw-1"
      ],
    },
    {
      name: 'Compose command with a credential option',
      path: 'compose.yaml',
      code: 'services:\n  cache:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "Cmp-redis-pw-4"]\n',
      findings: [
        { line: 4, column: 49, endColumn: 63, message: hc('password', 'passed on the redis-server command line'), fix: null }, // "Cmp-redis-pw-4"
      ],
    },
    {
      name: 'GitHub Actions env values, with inputs and run steps',
      path: '.github/workflows/deploy.yml',
      code: 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      SONAR_TOKEN: 9f8e7d6c5b4a39281706f5e4d3c2b1a0\n      DB_PASSWORD: Gha-pw-1234\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          username: ci\n          password: Gha-login-pw-2\n      - run: |\n          mysql -u ci -pGha-run-pw-3 casework < schema.sql\n',
      findings: [
        { line: 6, column: 20, endColumn: 52, message: hc('token', 'assigned to SONAR_TOKEN'), confidence: 'medium', fix: null }, // "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
        { line: 7, column: 20, endColumn: 31, message: hc('password', 'assigned to DB_PASSWORD'), fix: null }, // "Gha-pw-1234"
        { line: 12, column: 21, endColumn: 35, message: hc('password', 'assigned to password'), fix: null }, // "Gha-login-pw-2"
        { line: 14, column: 25, endColumn: 37, message: hc('password', 'passed on the mysql command line'), fix: null }, // "Gha-run-pw-3"
      ],
    },
    {
      name: 'GitLab CI variables',
      path: '.gitlab-ci.yml',
      code: 'variables:\n  DB_PASSWORD:\n    value: "Gl-pw-1234"\n    description: Test database\n  API_KEY: "Gl-api-key-9981-k"\ntest:\n  script:\n    - curl -u deploy:Gl-curl-pw-2 https://artifacts.internal\n',
      findings: [
        { line: 3, column: 13, endColumn: 23, message: hc('password', 'assigned to DB_PASSWORD'), fix: null }, // "Gl-pw-1234"
        { line: 5, column: 13, endColumn: 30, message: hc('API key', 'assigned to API_KEY'), confidence: 'medium', fix: null }, // "Gl-api-key-9981-k"
        { line: 8, column: 22, endColumn: 34, message: hc('password', 'passed on the curl command line'), fix: null }, // "Gl-curl-pw-2"
      ],
    },
    {
      name: 'Kubernetes Secret stringData and data',
      path: 'k8s/secret.yaml',
      code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: casework-db\nstringData:\n  username: casework\n  password: K8s-str-pw-1\ndata:\n  api-token: dG9rLUs4cy1kYXRhLTQ5MzgyMQ==\n',
      findings: [
        { line: 7, column: 13, endColumn: 25, message: hc('password', 'stored in this Kubernetes Secret manifest (stringData.password)'), fix: null }, // "K8s-str-pw-1"
        { line: 9, column: 14, endColumn: 42, message: hc('token', 'stored, only base64-encoded, in this Kubernetes Secret manifest (data.api-token)'), fix: null }, // "dG9rLUs4cy1kYXRhLTQ5MzgyMQ=="
      ],
    },
    {
      name: 'Kubernetes container env value and args',
      path: 'k8s/deployment.yaml',
      code: 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: DB_PASSWORD\n              value: "K8s-env-pw-2"\n          args: ["--api-key", "K8s-args-key-3-Zq9"]\n',
      findings: [
        { line: 10, column: 23, endColumn: 35, message: hc('password', 'assigned to DB_PASSWORD'), fix: null }, // "K8s-env-pw-2"
        { line: 11, column: 32, endColumn: 50, message: hc('API key', 'passed as a command-line argument'), fix: null }, // "K8s-args-key-3-Zq9"
      ],
    },
    {
      name: 'Spring application.yml',
      path: 'src/main/resources/application.yml',
      code: 'spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/casework\n    username: casework\n    password: Yml-spring-pw-7\n',
      findings: [
        { line: 5, column: 15, endColumn: 30, message: hc('password', 'assigned to password'), fix: null }, // "Yml-spring-pw-7"
      ],
    },
    // JSON
    {
      name: 'appsettings.json connection string',
      path: 'src/Api/appsettings.json',
      code: '{\n  "ConnectionStrings": {\n    "Default": "Server=sql1;Database=Casework;User Id=app;Password=Json-pw-1x;"\n  },\n  "Logging": { "LogLevel": { "Default": "Information" } }\n}\n',
      findings: [
        { line: 3, column: 68, endColumn: 78, message: hc('password', 'in a connection string assigned to ConnectionStrings.Default'), fix: null }, // "Json-pw-1x"
      ],
    },
    {
      name: 'secret in a nested object',
      path: 'config/production.json',
      code: '{\n  "jwt": { "secret": "Json-jwt-s3cr7t-2x", "expiresIn": "1h" }\n}\n',
      findings: [
        { line: 2, column: 23, endColumn: 41, message: hc('secret', 'assigned to secret'), fix: null }, // "Json-jwt-s3cr7t-2x"
      ],
    },
    {
      name: 'ECS task definition environment pair',
      path: 'deploy/task-definition.json',
      code: '{\n  "containerDefinitions": [\n    { "name": "app", "environment": [ { "name": "DB_PASSWORD", "value": "Ecs-pw-3333" } ] }\n  ]\n}\n',
      findings: [
        { line: 3, column: 74, endColumn: 85, message: hc('password', 'assigned to DB_PASSWORD'), fix: null }, // "Ecs-pw-3333"
      ],
    },
    {
      name: 'API key header value',
      path: 'config/clients.json',
      code: '{\n  "payments": { "baseUrl": "https://payments.internal", "headers": { "X-Api-Key": "pay-7Rk2Qw9zT4mLc8vB" } }\n}\n',
      findings: [
        { line: 2, column: 84, endColumn: 104, message: hc('API key', 'assigned to X-Api-Key'), fix: null }, // "pay-7Rk2Qw9zT4mLc8vB"
      ],
    },
    {
      name: 'MongoDB URL in a JSON setting',
      path: 'config/default.json',
      code: '{\n  "mongo": { "uri": "mongodb+srv://casework:Mg-pw-6621@cluster0.internal/casework" }\n}\n',
      findings: [
        { line: 2, column: 45, endColumn: 55, message: hc('password', 'in a connection string assigned to mongo.uri'), fix: null }, // "Mg-pw-6621"
      ],
    },
    // .env
    {
      name: 'password and secret',
      path: '.env',
      code: '# Local settings\nDB_PASSWORD=Env-pw-2222\nexport API_SECRET="Env-s3cr7t-v4lue-1"\n',
      findings: [
        { line: 2, column: 13, endColumn: 24, message: hc('password', 'assigned to DB_PASSWORD'), fix: null }, // "Env-pw-2222"
        { line: 3, column: 20, endColumn: 38, message: hc('secret', 'assigned to API_SECRET'), fix: null }, // "Env-s3cr7t-v4lue-1"
      ],
    },
    {
      name: 'database URL',
      path: '.env.production',
      code: 'DATABASE_URL=postgres://app:Env-url-pw-3@db.internal:5432/casework\n',
      findings: [
        { line: 1, column: 29, endColumn: 41, message: hc('password', 'in a connection string assigned to DATABASE_URL'), fix: null }, // "Env-url-pw-3"
      ],
    },
    {
      name: 'fallback inside a substitution',
      path: 'deploy/.env',
      code: 'DB_PASSWORD=${DB_PASSWORD:-Env-fb-pw-4}\n',
      findings: [
        { line: 1, column: 28, endColumn: 39, message: hc('password', 'the fallback value of DB_PASSWORD'), fix: null }, // "Env-fb-pw-4"
      ],
    },
    {
      name: 'client secret and token',
      path: 'services/api/.env',
      code: 'OAUTH_CLIENT_SECRET=oauth-Cs-71bQ-22x\nNOTIFY_TOKEN=bm90aWZ5LXRva2VuLTQ4MTkyNzM2\n',
      findings: [
        { line: 1, column: 21, endColumn: 38, message: hc('client secret', 'assigned to OAUTH_CLIENT_SECRET'), fix: null }, // "oauth-Cs-71bQ-22x"
        { line: 2, column: 14, endColumn: 42, message: hc('token', 'assigned to NOTIFY_TOKEN'), confidence: 'medium', fix: null }, // "bm90aWZ5LXRva2VuLTQ4MTkyNzM2"
      ],
    },
    {
      name: 'Redis URL with a password only',
      path: '.env.local',
      code: 'REDIS_URL=rediss://:Env-redis-pw-5@cache.internal:6380/0\n',
      findings: [
        { line: 1, column: 21, endColumn: 35, message: hc('password', 'in a connection string assigned to REDIS_URL'), fix: null }, // "Env-redis-pw-5"
      ],
    },
    // .properties
    {
      name: 'Spring datasource password',
      path: 'src/main/resources/application.properties',
      code: 'spring.datasource.url=jdbc:postgresql://db:5432/casework\nspring.datasource.username=casework\nspring.datasource.password=Prop-pw-1111\n',
      findings: [
        { line: 3, column: 28, endColumn: 40, message: hc('password', 'assigned to spring.datasource.password'), fix: null }, // "Prop-pw-1111"
      ],
    },
    {
      name: 'JDBC URL with a password parameter',
      path: 'src/main/resources/db.properties',
      code: 'db.url=jdbc:mysql://db:3306/casework?user=app&password=Prop-url-pw-2&useSSL=true\n',
      findings: [
        { line: 1, column: 56, endColumn: 69, message: hc('password', 'in a connection string assigned to db.url'), fix: null }, // "Prop-url-pw-2"
      ],
    },
    {
      name: 'colon separator and {noop} password',
      path: 'src/main/resources/application-local.properties',
      code: 'app.secret : Prop-s3cr7t-v4lue-3\nspring.security.user.name=ops\nspring.security.user.password={noop}Prop-noop-pw-4\n',
      findings: [
        { line: 1, column: 14, endColumn: 33, message: hc('secret', 'assigned to app.secret'), fix: null }, // "Prop-s3cr7t-v4lue-3"
        { line: 3, column: 31, endColumn: 51, message: hc('password', 'assigned to spring.security.user.password'), fix: null }, // "{noop}Prop-noop-pw-4"
      ],
    },
    {
      name: 'placeholder with a hard-coded fallback',
      path: 'src/main/resources/application-dev.properties',
      code: 'spring.mail.password=${MAIL_PASSWORD:Prop-fb-pw-5}\n',
      findings: [
        { line: 1, column: 38, endColumn: 50, message: hc('password', 'the fallback value of MAIL_PASSWORD'), fix: null }, // "Prop-fb-pw-5"
      ],
    },
    // XML
    {
      name: 'web.config connection string',
      path: 'Web.config',
      code: '<?xml version="1.0"?>\n<configuration>\n  <connectionStrings>\n    <add name="Main" connectionString="Data Source=sql1;Initial Catalog=App;User ID=app;Password=Xml-cs-pw-1;" providerName="System.Data.SqlClient" />\n  </connectionStrings>\n</configuration>\n',
      findings: [
        { line: 4, column: 98, endColumn: 109, message: hc('password', 'in a connection string assigned to connectionString'), fix: null }, // "Xml-cs-pw-1"
      ],
    },
    {
      name: 'web.config appSettings key and value',
      path: 'App.config',
      code: '<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="ApiKey" value="Xml-api-key-2-Zq" />\n    <add key="PageSize" value="50" />\n  </appSettings>\n</configuration>\n',
      findings: [
        { line: 4, column: 30, endColumn: 46, message: hc('API key', 'assigned to ApiKey'), fix: null }, // "Xml-api-key-2-Zq"
      ],
    },
    {
      name: 'Maven settings.xml server password',
      path: '.m2/settings.xml',
      code: '<settings>\n  <servers>\n    <server>\n      <id>internal-releases</id>\n      <username>deployer</username>\n      <password>Mvn-pw-5512</password>\n    </server>\n  </servers>\n</settings>\n',
      findings: [
        { line: 6, column: 17, endColumn: 28, message: hc('password', 'assigned to password'), fix: null }, // "Mvn-pw-5512"
      ],
    },
    {
      name: 'Spring XML bean property',
      path: 'src/main/resources/context.xml',
      code: '<beans>\n  <bean id="ds" class="com.zaxxer.hikari.HikariDataSource">\n    <property name="password" value="Bean-pw-7781" />\n  </bean>\n</beans>\n',
      findings: [
        { line: 3, column: 38, endColumn: 50, message: hc('password', 'assigned to password'), fix: null }, // "Bean-pw-7781"
      ],
    },
    // Terraform
    {
      name: 'password in a resource',
      path: 'infra/rds.tf',
      code: 'resource "aws_db_instance" "casework" {\n  username = "casework"\n  password = "Tf-res-pw-2"\n}\n',
      findings: [
        { line: 3, column: 15, endColumn: 26, message: hc('password', 'assigned to password'), fix: null }, // "Tf-res-pw-2"
      ],
    },
    {
      name: 'variable default',
      path: 'infra/variables.tf',
      code: 'variable "db_password" {\n  type      = string\n  default   = "Tf-var-pw-1"\n  sensitive = true\n}\n',
      findings: [
        { line: 3, column: 16, endColumn: 27, message: hc('password', 'assigned to db_password'), fix: null }, // "Tf-var-pw-1"
      ],
    },
    {
      name: 'API key in locals',
      path: 'infra/locals.tf',
      code: 'locals {\n  api_key = "Tf-api-key-3-Zq9"\n}\n',
      findings: [
        { line: 2, column: 14, endColumn: 30, message: hc('API key', 'assigned to api_key'), fix: null }, // "Tf-api-key-3-Zq9"
      ],
    },
    {
      name: 'connection URL in an environment block',
      path: 'infra/lambda.tf',
      code: 'resource "aws_lambda_function" "sync" {\n  environment {\n    variables = {\n      DATABASE_URL = "postgres://sync:Tf-url-pw-4@db.internal:5432/sync"\n    }\n  }\n}\n',
      findings: [
        { line: 4, column: 39, endColumn: 50, message: hc('password', 'in a connection string assigned to DATABASE_URL'), fix: null }, // "Tf-url-pw-4"
      ],
    },
    // Dockerfile
    {
      name: 'ENV password and API key',
      path: 'Dockerfile',
      code: 'FROM node:20-alpine\nENV DB_PASSWORD=Dk-env-pw-1 API_KEY="Dk-api-key-2-Zq"\nCMD ["node", "server.js"]\n',
      findings: [
        { line: 2, column: 17, endColumn: 28, message: hc('password', 'assigned to DB_PASSWORD by ENV, which records it in the image'), fix: null }, // "Dk-env-pw-1"
        { line: 2, column: 38, endColumn: 53, message: hc('API key', 'assigned to API_KEY by ENV, which records it in the image'), confidence: 'medium', fix: null }, // "Dk-api-key-2-Zq"
      ],
    },
    {
      name: 'legacy ENV form',
      path: 'docker/api.Dockerfile',
      code: 'FROM python:3.12-slim\nENV SECRET_KEY Dk-l3gacy-s3cr7t-3\n',
      findings: [
        { line: 2, column: 16, endColumn: 34, message: hc('secret', 'assigned to SECRET_KEY by ENV, which records it in the image'), fix: null }, // "Dk-l3gacy-s3cr7t-3"
      ],
    },
    {
      name: 'ARG with a default token',
      path: 'Dockerfile.build',
      code: 'FROM node:20\nARG NPM_TOKEN=ZG9ja2VyLW5wbS10b2tlbi0xMjM0\nRUN npm ci\n',
      findings: [
        { line: 2, column: 15, endColumn: 43, message: hc('token', 'assigned to NPM_TOKEN by ARG, which records it in the image'), confidence: 'medium', fix: null }, // "ZG9ja2VyLW5wbS10b2tlbi0xMjM0"
      ],
    },
    {
      name: 'continued ENV and a RUN command line',
      path: 'Dockerfile',
      code: 'FROM mysql:8\nENV A=1 \\\n    DB_PASS="Dk-cont-pw-4"\nRUN mysql -u root -pDk-run-pw-5 casework < /schema.sql && \\\n    echo done\n',
      findings: [
        { line: 3, column: 14, endColumn: 26, message: hc('password', 'assigned to DB_PASS by ENV, which records it in the image'), fix: null }, // "Dk-cont-pw-4"
        { line: 4, column: 21, endColumn: 32, message: hc('password', 'passed on the mysql command line'), fix: null }, // "Dk-run-pw-5"
      ],
    },
    // INI and Gradle
    {
      name: 'password in a section',
      path: 'config/my.ini',
      code: '[client]\nuser=reports\npassword=Ini-pw-1111\n\n[mysqld]\nport=3306\n',
      findings: [
        { line: 3, column: 10, endColumn: 21, message: hc('password', 'assigned to password'), fix: null }, // "Ini-pw-1111"
      ],
    },
    {
      name: 'password with an inline comment',
      path: 'setup.cfg',
      code: '[db]\nhost = db.internal\npassword = Ini-pw-2222 ; rotated quarterly\n',
      findings: [
        { line: 3, column: 12, endColumn: 23, message: hc('password', 'assigned to password'), fix: null }, // "Ini-pw-2222"
      ],
    },
    {
      name: 'Gradle repository credentials',
      path: 'build.gradle',
      code: 'publishing {\n  repositories {\n    maven {\n      credentials {\n        username = "deployer"\n        password = "Gr-pw-1111"\n      }\n    }\n  }\n}\n',
      findings: [
        { line: 6, column: 21, endColumn: 31, message: hc('password', 'assigned to password'), fix: null }, // "Gr-pw-1111"
      ],
    },
    {
      name: 'PHP ini default MySQL password',
      path: 'docker/php.ini',
      code: '[MySQLi]\nmysqli.default_host = db.internal\nmysqli.default_pw = Ini-php-pw-3\n',
      findings: [
        { line: 3, column: 21, endColumn: 33, message: hc('password', 'assigned to mysqli.default_pw'), fix: null }, // "Ini-php-pw-3"
      ],
    },
    {
      name: 'Kotlin DSL repository credentials',
      path: 'build.gradle.kts',
      code: 'repositories {\n    maven {\n        credentials {\n            username = "deployer"\n            password = "Kts-pw-7731"\n        }\n    }\n}\n',
      findings: [
        { line: 5, column: 25, endColumn: 36, message: hc('password', 'assigned to password'), fix: null }, // "Kts-pw-7731"
      ],
    },
    {
      name: 'provider block password',
      path: 'infra/providers.tf',
      code: 'provider "postgresql" {\n  host     = "db.internal"\n  username = "terraform"\n  password = "Tf-prov-pw-5"\n}\n',
      findings: [
        { line: 4, column: 15, endColumn: 27, message: hc('password', 'assigned to password'), fix: null }, // "Tf-prov-pw-5"
      ],
    },
    {
      name: 'tomcat-users.xml password that is not a default',
      path: 'conf/tomcat-users.xml',
      code: '<tomcat-users>\n  <user username="ops" password="Opz-8812-xQ" roles="manager-gui"/>\n</tomcat-users>\n',
      findings: [
        { line: 2, column: 34, endColumn: 45, message: hc('password', 'assigned to password'), fix: null }, // "Opz-8812-xQ"
      ],
    },
    {
      name: 'Quarkus datasource password',
      path: 'src/main/resources/application.properties',
      code: 'quarkus.datasource.username=casework\nquarkus.datasource.password=Qk-pw-44812\n',
      findings: [
        { line: 2, column: 29, endColumn: 40, message: hc('password', 'assigned to quarkus.datasource.password'), fix: null }, // "Qk-pw-44812"
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    {
      name: 'a function named after what it handles takes a name, not a credential',
      path: 'src/identity/utils.js',
      code: 'const logger = credentialLogger("IdentityUtils");\nconst cache = tokenCache("msal-tokens-Xk9pQ2");\nconst parse = passwordParser("argon2id$v19");\n',
    },
    { name: 'Application Insights instrumentation key in an extension manifest only sends telemetry', path: 'extensions/git/package.json', code: '{\n  "name": "git-helper",\n  "publisher": "example",\n  "aiKey": "5f1d2c3b4a5e6f7081928374a5b6c7d8-0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9-1234"\n}\n' },
    { name: 'lookup keys named key that hold an identifier or a word, not a generated value', path: 'src/perf.js', code: 'var doPerfActiveKey = "CoreUtils.doPerf";\nvar nsKey = "ApplicationInsights";\n' },
    { name: 'telemetry instrumentation key in code only sends telemetry', path: 'src/telemetry.ts', code: "export const instrumentationKey = '5f1d2c3b-4a5e-6f70-8192-8374a5b6c7d8';\n" },
    { name: 'password read from the environment', path: 'src/db.js', code: "const { Pool } = require('pg');\nmodule.exports = new Pool({ password: process.env.DB_PASSWORD });\n" },
    { name: 'type declaration without a value', path: 'src/types.ts', code: 'export interface Credentials {\n  username: string;\n  password: string;\n  apiKey?: string;\n}\n' },
    { name: 'form field name and labels', path: 'src/Login.tsx', code: "export const Login = () => (\n  <form>\n    <label htmlFor=\"password\">Password</label>\n    <input type=\"password\" name=\"password\" placeholder=\"Password\" />\n  </form>\n);\nexport const text = { password: 'Password', passwordHint: 'At least 12 characters', token: 'Token' };\n" },
    { name: 'placeholders and references', path: 'src/defaults.ts', code: "export const defaults = {\n  password: '<password>',\n  secret: '${APP_SECRET}',\n  token: '********',\n  apiKey: 'your-api-key-here',\n  dbPassword: '',\n  pw: 'changeme',\n};\n" },
    { name: 'password policy, reset URL and hash', path: 'src/policy.ts', code: "export const minPasswordLength = 12;\nexport const PASSWORD_RESET_URL = '/account/reset-password';\nexport const passwordHash = '$2b$12$KIXQJvZ3x5eC5r6zY1n2bO9w8u7t6s5r4q3p2o1n0m9l8k7j6i5h4';\nexport const TOKEN_ENDPOINT = 'https://login.justice.example/oauth2/token';\n" },
    { name: 'HMAC key passed to createHmac belongs to crypto/hardcoded-key', path: 'src/sign.js', code: "const crypto = require('crypto');\nconst SIGNING_SECRET = 'n0de-hmac-signing-Hz81';\nmodule.exports = (body) => crypto.createHmac('sha256', SIGNING_SECRET).update(body).digest('hex');\n" },
    { name: 'provider token format left to secrets/provider-token', path: 'src/github.ts', code: "export const github = { token: 'ghp_Abcdefghijklmnopqrstuvwxyz0123456789' };\n" },
    { name: 'AWS secret access key under an AWS name left to secrets/provider-token', path: 'app/aws.py', code: "aws_secret_access_key = 'Zq8Lm2Vx7Rt4Kp9Wn3Bc6Hy1Df5Gs0Jk8Mq2Tv4x'\n" },
    { name: 'AWS key pair left to secrets/provider-token', path: 'src/main/resources/aws.properties', code: 'cloud.aws.credentials.access-key=AKIAQ7RKZ3MXW4PLN2TB\ncloud.aws.credentials.secret-key=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\n' },
    { name: 'AWS secret key beside its key id in Terraform', path: 'infra/aws.tf', code: 'provider "aws" {\n  access_key = "AKIAQ7RKZ3MXW4PLN2TB"\n  secret_key = "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"\n}\n' },
    { name: 'base64 PEM key left to secrets/private-key', path: 'deploy/kubeconfig.yaml', code: 'users:\n  - name: ops\n    user:\n      client-key-data: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUZZOHF4\n' },
    { name: 'constant defined for openssl_decrypt belongs to crypto/hardcoded-key', path: 'src/Crypto.php', code: "<?php\ndefine('ENCRYPTION_KEY', 'php-define-key-4f91d2b8e6a0');\nfunction decrypt($data, $iv) { return openssl_decrypt($data, 'aes-256-cbc', ENCRYPTION_KEY, 0, $iv); }\n" },
    { name: 'constant set as a cipher key belongs to crypto/hardcoded-key', path: 'lib/vault.rb', code: "SECRET_KEY = 'rb-const-key-5e8b1d94c02a7f36'\n\ndef decrypt(data)\n  cipher = OpenSSL::Cipher.new('aes-256-cbc').decrypt\n  cipher.key = SECRET_KEY\n  cipher.update(data) + cipher.final\nend\n" },
    { name: 'AWS documented example key', path: 'src/aws.ts', code: "export const awsSecretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';\n" },
    { name: 'comment is not code', path: 'src/db.js', code: "// const password = 'Commented-out-pw-1';\nconst password = process.env.DB_PASSWORD;\n" },
    { name: 'typeof check and pagination token', path: 'src/util.ts', code: "export const isText = (password: unknown) => typeof password === 'object';\nexport const nextPageToken = 'c2Vjb25kLXBhZ2UtY3Vyc29yLTAwMQ';\n" },
    { name: 'setting name as a value', path: 'src/forms.js', code: "const FIELD = 'password_confirmation';\nconst DB_PASSWORD_KEY = 'DB_PASSWORD';\nconst rules = { password: 'required|string|min:12|confirmed' };\n" },
    { name: 'vendor default left to secrets/default-credentials', path: 'src/dev.js', code: "module.exports = { user: 'admin', password: 'admin123' };\n" },
    // Python
    { name: 'environment reads', path: 'app/settings.py', code: "import os\n\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nDB_PASSWORD = os.getenv('DB_PASSWORD')\n" },
    { name: 'model field declarations', path: 'app/models.py', code: 'from django.db import models\n\n\nclass Account(models.Model):\n    password = models.CharField(max_length=128)\n    password_reset_token = models.CharField(max_length=64, blank=True)\n' },
    { name: 'tokenizer settings are not credentials', path: 'app/nlp.py', code: "pad_token = '[PAD]'\neos_token = '</s>'\nmax_tokens = 4096\n" },
    { name: 'HMAC key passed to hmac.new belongs to crypto/hardcoded-key', path: 'app/signing.py', code: "import hmac\n\nSECRET = 'py-hmac-secret-0d93b7e2'.encode()\n\n\ndef sign(body):\n    return hmac.new(SECRET, body, 'sha256').hexdigest()\n" },
    { name: 'prompt and argument help text', path: 'app/cli.py', code: "import getpass\n\nparser.add_argument('--password', help='Database password')\npassword = getpass.getpass('Password: ')\n" },
    // Java
    { name: 'field declaration and injected value', path: 'src/main/java/uk/gov/justice/Db.java', code: 'class Db {\n    private String password;\n    @Value("${db.password}")\n    private String dbPassword;\n    String fromEnv = System.getenv("DB_PASSWORD");\n}\n' },
    { name: 'parameter and header names', path: 'src/main/java/uk/gov/justice/Names.java', code: 'class Names {\n    public static final String PASSWORD_PARAM = "password";\n    public static final String TOKEN_HEADER = "X-Auth-Token";\n}\n' },
    { name: 'key passed to SecretKeySpec belongs to crypto/hardcoded-key', path: 'src/main/java/uk/gov/justice/Crypto.java', code: 'class Crypto {\n    private static final String SECRET_KEY = "java-aes-key-3e9a71c05f2d8b64";\n    SecretKeySpec spec() { return new SecretKeySpec(SECRET_KEY.getBytes(), "AES"); }\n}\n' },
    { name: 'connection from the environment', path: 'src/main/java/uk/gov/justice/Open.java', code: 'class Open {\n    Connection open(String url, String user) throws Exception {\n        return DriverManager.getConnection(url, user, System.getenv("DB_PASSWORD"));\n    }\n}\n' },
    // C#
    { name: 'environment variable and configuration', path: 'src/Settings.cs', code: 'class Settings {\n    string Password => Environment.GetEnvironmentVariable("DB_PASSWORD");\n    string ApiKey => _configuration["Payments:ApiKey"];\n}\n' },
    { name: 'managed identity connection string', path: 'src/Data/Db.cs', code: 'class Db {\n    const string Conn = "Server=sql1;Database=Casework;Authentication=Active Directory Managed Identity;";\n}\n' },
    { name: 'property without initialiser', path: 'src/Models/Login.cs', code: 'class LoginModel {\n    public string UserName { get; set; }\n    [DataType(DataType.Password)]\n    public string Password { get; set; }\n}\n' },
    // Go
    { name: 'os.Getenv', path: 'internal/config/config.go', code: 'package config\n\nimport "os"\n\nvar password = os.Getenv("DB_PASSWORD")\n' },
    { name: 'struct type declaration', path: 'internal/config/types.go', code: 'package config\n\ntype DB struct {\n\tUser     string\n\tPassword string `json:"password"`\n}\n' },
    { name: 'DSN from the environment', path: 'internal/db/open.go', code: 'package db\n\nimport (\n\t"database/sql"\n\t"os"\n)\n\nfunc Open() (*sql.DB, error) { return sql.Open("postgres", os.Getenv("DATABASE_URL")) }\n' },
    // PHP
    { name: 'getenv and env() helper', path: 'config/database.php', code: "<?php\nreturn [\n    'password' => env('DB_PASSWORD'),\n    'secret' => getenv('APP_SECRET'),\n];\n" },
    { name: 'validation rules', path: 'app/Http/Requests/Register.php', code: "<?php\nclass Register {\n    public function rules() {\n        return ['password' => 'required|string|min:12|confirmed', 'password_confirmation' => 'required'];\n    }\n}\n" },
    { name: 'password hash', path: 'database/seeds/users.php', code: "<?php\n$user = ['email' => 'ops@justice.example', 'password' => '$2y$10$abcdefghijklmnopqrstuvOpqrstuvwxyzABCDEFGHIJKLMN012345'];\n" },
    // Ruby
    { name: 'ENV reads and credentials store', path: 'config/initializers/client.rb', code: "Client.configure do |c|\n  c.api_key = ENV.fetch('API_KEY')\n  c.secret = Rails.application.credentials.dig(:client, :secret)\nend\n" },
    { name: 'i18n labels in a translation file', path: 'config/locales/en.yml', code: 'en:\n  password: Password\n  token: Access token\n  secret: Passwort\n' },
    // Shell
    { name: 'variables from the environment and files', path: 'scripts/backup.sh', code: '#!/bin/bash\nmysqldump -u backup -p"$MYSQL_PWD" casework\nTOKEN="$(cat /run/secrets/token)"\ndocker login -u ci --password-stdin registry.internal < token.txt\n' },
    { name: 'password prompt', path: 'scripts/setup.sh', code: '#!/bin/bash\nread -s -p "Password: " PASSWORD\nexport PASSWORD\n' },
    // YAML
    { name: 'Compose secrets and substitutions', path: 'docker-compose.yml', code: 'services:\n  app:\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD}\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n      API_KEY: ${API_KEY:?set API_KEY}\n      - PASSWORD_MIN_LENGTH=12\n    secrets: [db_password]\n' },
    { name: 'GitHub Actions secrets', path: '.github/workflows/ci.yml', code: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n    steps:\n      - run: echo "$DB_PASSWORD" | docker login -u ci --password-stdin\n' },
    { name: 'Kubernetes secretKeyRef', path: 'k8s/deployment.yaml', code: 'spec:\n  containers:\n    - name: app\n      env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef: { name: casework-db, key: password }\n' },
    { name: 'CloudFormation references and dynamic references', path: 'cfn/db.yaml', code: 'Resources:\n  Db:\n    Properties:\n      MasterUserPassword: !Ref DbPassword\n      Other: "{{resolve:secretsmanager:prod/db:SecretString:password}}"\n' },
    { name: 'password policy mapping', path: 'config/security.yml', code: 'password:\n  min_length: 12\n  require_symbols: true\ntoken:\n  ttl: 3600\n' },
    // JSON
    { name: 'connection string without a password', path: 'src/Api/appsettings.json', code: '{ "ConnectionStrings": { "Default": "Server=sql1;Database=Casework;Authentication=Active Directory Managed Identity" } }\n' },
    { name: 'Key Vault reference', path: 'src/Api/appsettings.Production.json', code: '{ "Payments": { "ApiKey": "@Microsoft.KeyVault(SecretUri=https://casework.vault.azure.net/secrets/ApiKey/)" } }\n' },
    { name: 'translation file', path: 'src/i18n/fr.json', code: '{ "password": "Mot de passe", "secret": "Secret", "token": "Jeton" }\n' },
    { name: 'JSON schema property', path: 'schema/login.json', code: '{ "properties": { "password": { "type": "string", "minLength": 12 } } }\n' },
    // .env
    { name: 'empty values and references', path: '.env', code: 'DB_PASSWORD=\nAPI_KEY=${API_KEY}\nSECRET=changeme\nTOKEN=xxxxxxxxxxxxxxxx\n' },
    { name: 'secret store references', path: '.env.production', code: 'DB_PASSWORD=vault:secret/data/casework#password\nAPI_KEY=arn:aws:secretsmanager:eu-west-2:123456789012:secret:api-key\n' },
    { name: 'non-credential settings', path: '.env', code: 'TOKEN_TTL=3600\nPASSWORD_MIN_LENGTH=12\nAUTH_MODE=oidc\n' },
    // .properties
    { name: 'placeholders', path: 'src/main/resources/application.properties', code: 'spring.datasource.password=${DB_PASSWORD}\napp.jwt.secret=${JWT_SECRET}\n' },
    { name: 'encrypted values', path: 'src/main/resources/application-prod.properties', code: 'spring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)\napp.secret={cipher}AQB3d7Yz1kq5\n' },
    { name: 'translation bundle', path: 'src/main/resources/messages_cy.properties', code: 'login.password=Cyfrinair\nlogin.token=Tocyn\n' },
    // XML
    { name: 'configuration builder reference', path: 'Web.config', code: '<configuration>\n  <appSettings>\n    <add key="ApiKey" value="${ApiKey}" />\n  </appSettings>\n  <connectionStrings>\n    <add name="Main" connectionString="Server=sql1;Database=App;Integrated Security=true;" />\n  </connectionStrings>\n</configuration>\n' },
    { name: 'Maven encrypted password', path: '.m2/settings.xml', code: '<settings><servers><server><id>r</id><password>{COQLCE6DU6GtcS5P=}</password></server></servers></settings>\n' },
    { name: 'Maven property filtering', path: 'src/main/resources/context.xml', code: '<beans><bean id="ds"><property name="password" value="@db.password@" /></bean></beans>\n' },
    // Terraform
    { name: 'generated and stored passwords', path: 'infra/rds.tf', code: 'resource "aws_db_instance" "casework" {\n  password = random_password.db.result\n  manage_master_user_password = true\n}\n' },
    { name: 'variable without a default', path: 'infra/variables.tf', code: 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n' },
    { name: 'interpolated reference', path: 'infra/app.tf', code: 'locals {\n  api_key = "${var.api_key}"\n}\n' },
    // Dockerfile
    { name: 'build secret mount', path: 'Dockerfile', code: 'FROM node:20\nRUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci\n' },
    { name: 'ARG without a default and ENV reference', path: 'Dockerfile', code: 'FROM node:20\nARG NPM_TOKEN\nENV DB_PASSWORD_FILE=/run/secrets/db_password\n' },
    // INI and Gradle
    { name: 'interpolation and empty value', path: 'config/app.ini', code: '[db]\npassword = %(DB_PASSWORD)s\n[cache]\npassword =\n' },
    { name: 'Gradle property lookup', path: 'build.gradle', code: 'publishing {\n  repositories {\n    maven {\n      credentials {\n        password project.findProperty("mavenPassword")\n      }\n    }\n  }\n}\n' },
    { name: 'Azure Pipelines variable references', path: 'azure-pipelines.yml', code: 'variables:\n  DB_PASSWORD: $(DbPassword)\nsteps:\n  - script: sqlcmd -U app -P "$(DbPassword)" -i schema.sql\n' },
    { name: 'placeholder words', path: 'app/defaults.py', code: "DB_PASSWORD = 'TODO'\nAPI_KEY = 'dummy'\nSECRET = 'test'\nTOKEN = None\n" },
    { name: 'booleans and numbers under credential names', path: 'config/auth.yml', code: 'password_required: true\ntoken: 3600\napi_key: false\nsecret: 42\n' },
    { name: 'Fetch API credentials mode', path: 'src/api.js', code: "export const load = (url) => fetch(url, { credentials: 'same-origin' });\n" },
    { name: 'dependency versions keyed by package name', path: 'package.json', code: '{ "devDependencies": { "@secretlint/secretlint-rule-1password": "^10.2.2", "passport-local": "1.0.0" } }\n' },
    { name: 'base64 alphabet under a key name', path: 'src/base64.js', code: "const _keyStr = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';\n" },
  ],
};

describeRule(table);

/** The text each vulnerable case's findings declare as secret, in finding order: only the credential itself. */
const SECRETS: Readonly<Record<string, readonly string[]>> = {
  'src/db.js: password in a module constant': ['Summer2024!'],
  'src/mailer.js: object keys of a mail transport': ['Tr0ub4dor&3-mail'],
  'src/payments.ts: API key with entropy in a client option': ['k7Hd92LmQx0pZr4sV1bN8cT3'],
  'src/config.ts: database URL with a password': ['Pg-Casework-9981'],
  'src/auth.js: JWT signing secret passed to jsonwebtoken': ['Hq28-sign-me-please'],
  'src/client.ts: bearer token in an Authorization header': ['Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5'],
  'src/settings.ts: fallback password after an environment read': ['dev-Fb7kQ2zX-81'],
  'src/admin.js: password compared with a fixed value': ['letme1n-now-please'],
  'src/gate.js: password compared with a fixed value on the left and with != written without spaces': ['Op3n-sesame-99', 'R00t-access-77'],
  'src/oauth.ts: client secret in a class field': ['c9f0e2b7-Cl1ent-S3cr7t'],
  'src/boot.tsx: token with entropy stored by a setter call': ['Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5'],
  'app/db.py: keyword argument to psycopg2.connect': ['Pg-pw-2291'],
  'app/settings.py: settings module constants': ['dj4ngo-s3cret-k3y-91xQ', 'Smtp-Relay-5521'],
  'app/config.py: environment lookup with a literal fallback': ['Dev-pw-5521'],
  'app/client.py: basic auth tuple for requests': ['Rq-pw-00871'],
  'app/models.py: SQLAlchemy URL with a driver and a password': ['Al-pw-7781'],
  'app/oauth.py: dictionary entry and environment assignment': ['cs-9vQ2-Lk83-zzP', 'k7Hd92LmQx0pZr4s-api'],
  'app/notify.py: SMTP login with a literal password': ['Smtp-pw-883x'],
  'src/main/java/uk/gov/justice/Db.java: password argument of DriverManager.getConnection': ['Jdbc-pw-2290'],
  'src/main/java/uk/gov/justice/Settings.java: constant in a field': ['jv-api-7Rk2-Qw9z-88'],
  'src/main/java/uk/gov/justice/Pool.java: setter on a data source': ['Ds-pw-11883'],
  'src/main/java/uk/gov/justice/SecurityConfig.java: Spring Security in-memory user with {noop}': ['Noop-pw-991'],
  'src/main/java/uk/gov/justice/Backdoor.java: password compared with equals': ['Eq-pw-44321'],
  'src/main/java/uk/gov/justice/MailConfig.java: fallback in a @Value placeholder': ['Spr1ng-fb9Qx71L-1'],
  'src/Mail/Sender.cs: password argument of NetworkCredential': ['Net-pw-2231'],
  'src/Data/Db.cs: connection string assigned in code': ['Cn-pw-3312'],
  'src/Auth/Options.cs: object initialiser property': ['Cs-S3cr7t-0912-kk'],
  'src/Settings.cs: constant and auto-property initialiser': ['Cs-api-key-9981-zzQ', 'Prop-pw-8812'],
  'src/Data/Legacy.cs: verbatim string with a password': ['Vb-pw-7719'],
  'internal/config/config.go: package constant and variable': ['go-api-key-3391-Zk', 'Go-pw-77812'],
  'internal/db/mysql.go: struct field in a composite literal': ['Go-my-pw-112'],
  'internal/db/postgres.go: libpq keyword string passed to sql.Open': ['Go-pq-pw-9'],
  'internal/db/dsn.go: MySQL DSN with a password': ['Go-dsn-pw-4'],
  'internal/notify/notify.go: SetBasicAuth and smtp.PlainAuth': ['Go-basic-pw-7', 'Go-smtp-pw-1'],
  'public/db.php: password argument of mysqli_connect': ['Php-my-pw-2'],
  'src/Database.php: PDO constructor': ['Php-pdo-pw-3'],
  'config/database.php: array entry in a config file': ['Php-arr-pw-4'],
  'src/Client.php: class property and define()': ['php-api-key-99-Zq7', 'Php-s3cr7t-v4lue-5'],
  'public/report.php: pg_connect keyword string': ['Php-pg-pw-6'],
  'lib/settings.rb: constant and instance variable': ['Rb-pw-77123', 'rb-api-key-8812-Qz'],
  'lib/notifier.rb: keyword argument of a client constructor': ['Rb-kw-pw-22'],
  'config/initializers/db.rb: ENV.fetch with a literal fallback': ['Rb-fb8Lk2zQ-44'],
  'config/initializers/redis.rb: Redis URL with a password': ['Rb-redis-pw-5'],
  'config/initializers/app.rb: attribute writer': ['Rb-s3cr7t-v4lue-1'],
  'scripts/deploy.sh: exported password': ['Sh-pw-88123'],
  'scripts/backup.sh: mysql -p with the password attached': ['Sh-my-pw-2'],
  'scripts/release.sh: credential options on the command line': ['Sh-dock-pw-5', 'Sh-curl-pw-3', 'Sh-psql-pw-4'],
  'scripts/run.sh: environment option of docker run': ['Sh-run-pw-6'],
  'scripts/env.sh: API key assigned unquoted': ['sh-api-key-7712-Kq'],
  'docker-compose.yml: Compose environment mapping and list': ['Cmp-list-pw-2', 'Cmp-s3cr7t-v4lue-3', 'Cmp-queue-pw-1'],
  'compose.yaml: Compose command with a credential option': ['Cmp-redis-pw-4'],
  '.github/workflows/deploy.yml: GitHub Actions env values, with inputs and run steps': ['9f8e7d6c5b4a39281706f5e4d3c2b1a0', 'Gha-pw-1234', 'Gha-login-pw-2', 'Gha-run-pw-3'],
  '.gitlab-ci.yml: GitLab CI variables': ['Gl-pw-1234', 'Gl-api-key-9981-k', 'Gl-curl-pw-2'],
  'k8s/secret.yaml: Kubernetes Secret stringData and data': ['K8s-str-pw-1', 'dG9rLUs4cy1kYXRhLTQ5MzgyMQ=='],
  'k8s/deployment.yaml: Kubernetes container env value and args': ['K8s-env-pw-2', 'K8s-args-key-3-Zq9'],
  'src/main/resources/application.yml: Spring application.yml': ['Yml-spring-pw-7'],
  'src/Api/appsettings.json: appsettings.json connection string': ['Json-pw-1x'],
  'config/production.json: secret in a nested object': ['Json-jwt-s3cr7t-2x'],
  'deploy/task-definition.json: ECS task definition environment pair': ['Ecs-pw-3333'],
  'config/clients.json: API key header value': ['pay-7Rk2Qw9zT4mLc8vB'],
  'config/default.json: MongoDB URL in a JSON setting': ['Mg-pw-6621'],
  '.env: password and secret': ['Env-pw-2222', 'Env-s3cr7t-v4lue-1'],
  '.env.production: database URL': ['Env-url-pw-3'],
  'deploy/.env: fallback inside a substitution': ['Env-fb-pw-4'],
  'services/api/.env: client secret and token': ['oauth-Cs-71bQ-22x', 'bm90aWZ5LXRva2VuLTQ4MTkyNzM2'],
  '.env.local: Redis URL with a password only': ['Env-redis-pw-5'],
  'src/main/resources/application.properties: Spring datasource password': ['Prop-pw-1111'],
  'src/main/resources/db.properties: JDBC URL with a password parameter': ['Prop-url-pw-2'],
  'src/main/resources/application-local.properties: colon separator and {noop} password': ['Prop-s3cr7t-v4lue-3', 'Prop-noop-pw-4'],
  'src/main/resources/application-dev.properties: placeholder with a hard-coded fallback': ['Prop-fb-pw-5'],
  'Web.config: web.config connection string': ['Xml-cs-pw-1'],
  'App.config: web.config appSettings key and value': ['Xml-api-key-2-Zq'],
  '.m2/settings.xml: Maven settings.xml server password': ['Mvn-pw-5512'],
  'src/main/resources/context.xml: Spring XML bean property': ['Bean-pw-7781'],
  'infra/rds.tf: password in a resource': ['Tf-res-pw-2'],
  'infra/variables.tf: variable default': ['Tf-var-pw-1'],
  'infra/locals.tf: API key in locals': ['Tf-api-key-3-Zq9'],
  'infra/lambda.tf: connection URL in an environment block': ['Tf-url-pw-4'],
  'Dockerfile: ENV password and API key': ['Dk-env-pw-1', 'Dk-api-key-2-Zq'],
  'docker/api.Dockerfile: legacy ENV form': ['Dk-l3gacy-s3cr7t-3'],
  'Dockerfile.build: ARG with a default token': ['ZG9ja2VyLW5wbS10b2tlbi0xMjM0'],
  'Dockerfile: continued ENV and a RUN command line': ['Dk-cont-pw-4', 'Dk-run-pw-5'],
  'config/my.ini: password in a section': ['Ini-pw-1111'],
  'setup.cfg: password with an inline comment': ['Ini-pw-2222'],
  'build.gradle: Gradle repository credentials': ['Gr-pw-1111'],
  'docker/php.ini: PHP ini default MySQL password': ['Ini-php-pw-3'],
  'build.gradle.kts: Kotlin DSL repository credentials': ['Kts-pw-7731'],
  'infra/providers.tf: provider block password': ['Tf-prov-pw-5'],
  'conf/tomcat-users.xml: tomcat-users.xml password that is not a default': ['Opz-8812-xQ'],
  'src/main/resources/application.properties: Quarkus datasource password': ['Qk-pw-44812'],
};

describe('rule secrets/hardcoded-credential: secret ranges', () => {
  for (const testCase of table.invalid) {
    it(`${testCase.path}: ${testCase.name}`, async () => {
      const findings = findingsOf(hardcodedCredential, await scanCase(hardcodedCredential, testCase));
      const declared = findings.flatMap((finding) => finding.secrets.map((range) => testCase.code.slice(range.start, range.end)));
      assert.deepEqual(declared, SECRETS[`${testCase.path}: ${testCase.name}`]);
      for (const finding of findings) assert.ok(!declared.some((secret) => finding.message.includes(secret)), 'a message quotes the secret');
    });
  }
});

describe('rule secrets/hardcoded-credential: neighbouring rules and helpers', () => {
  it('skips every value secrets/default-credentials can report, so each has one finding', () => {
    assert.deepEqual([...DEFAULT_CREDENTIAL_VALUES].filter((value) => !VALUES_OWNED_BY_DEFAULT_CREDENTIALS.has(value)), []);
  });

  it('classifies names by the credential they hold', () => {
    const rows: readonly [string, string | undefined][] = [
      ['DB_PASSWORD', 'password:password'],
      ['spring.datasource.password', 'password:password'],
      ['os.environ["SMTP_PASS"]', 'password:password'],
      ['$dbPasswd', 'password:password'],
      ['client_secret', 'secret:client secret'],
      ['x-api-key', 'secret:API key'],
      ['//registry.npmjs.org/:_authToken', 'token:token'],
      ['aws_secret_access_key', undefined],
      ['secretAccessKey', undefined],
      ['signingKey', 'key:key'],
      ['password_reset_url', undefined],
      ['passwordHash', undefined],
      ['min_password_length', undefined],
      ['token_endpoint', undefined],
      ['max_tokens', undefined],
      ['cancellationToken', undefined],
      ['primaryKey', undefined],
      ['publishable_key', undefined],
      ['secretName', undefined],
    ];
    assert.deepEqual(
      rows.map(([name]) => {
        const found = classifyName(name);
        return [name, found === undefined ? undefined : `${found.tier}:${found.kind}`];
      }),
      rows,
    );
  });

  it('measures Shannon entropy in bits per character', () => {
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('abcd'), 2);
    assert.equal(shannonEntropy('0123456789abcdef'), 4);
  });

  it('reports a token-named value only once it looks random enough for the thresholds', async () => {
    const testCase = { name: 'threshold', path: '.env', code: 'NOTIFY_TOKEN=bm90aWZ5LXRva2VuLTQ4MTkyNzM2\n' };
    assert.equal(findingsOf(hardcodedCredential, await scanCase(hardcodedCredential, testCase)).length, 1);
    const stricter = { ...testCase, thresholds: { minEntropyLength: 40 } };
    assert.equal(findingsOf(hardcodedCredential, await scanCase(hardcodedCredential, stricter)).length, 0);
  });
});
