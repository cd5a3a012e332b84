/**
 * secrets/default-credentials: vendor defaults, default accounts with empty, same-as-name or
 * well-known passwords, settings that switch passwords off, and the same pairs in connection
 * strings and sign-in calls, in every configuration format and language where they occur; with
 * the safe look-alikes beside them (passwords from secrets or the environment, template files,
 * in-memory databases, placeholders without a default account). Default credentials are
 * published, so findings declare no secrets; the table after the rule's own checks asserts that.
 */
import assert from 'node:assert/strict';
import { describeRule, findingsOf, scanCase, type RuleTable } from '../../../../test/support/rule-tester';
import { defaultCredentials } from './default-credentials';
import { hardcodedCredential } from './hardcoded-credential';

const CONSEQUENCE = 'Default credentials are published or guessable, so anyone who can reach the service can sign in.';
const NO_PASSWORD = 'Anyone who can reach the service can sign in without knowing any password.';
const TAIL =
  'MoJ requires default passwords to be changed before use (Passwords: Default passwords). Set a unique, generated password read from the environment or a secret store, and change it on every system that has run with this one.';

/** The message for a default found as `finding` ("POSTGRES_PASSWORD gives …"). */
function dc(finding: string): string {
  return `${finding} ${CONSEQUENCE} ${TAIL}`;
}

/** The message for a setting that leaves an account with no password at all. */
function none(finding: string): string {
  return `${finding} ${NO_PASSWORD} ${TAIL}`;
}

export const table: RuleTable = {
  rule: defaultCredentials,
  invalid: [
    // Docker Compose
    {
      name: 'PostgreSQL image default password',
      path: 'docker-compose.yml',
      code: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_PASSWORD: postgres\n',
      findings: [
        { line: 6, column: 26, endColumn: 34, message: dc('POSTGRES_PASSWORD gives the PostgreSQL superuser a well-known default password.'), fix: null }, // "postgres"
      ],
    },
    {
      name: 'MySQL with an empty root password, and allowed to run without one',
      path: 'docker-compose.yml',
      code: 'services:\n  mysql:\n    image: mysql:8\n    environment:\n      - MYSQL_ROOT_PASSWORD=\n      - MYSQL_ALLOW_EMPTY_PASSWORD=yes\n',
      findings: [
        { line: 5, column: 9, endColumn: 28, message: none('MYSQL_ROOT_PASSWORD is empty, so the MySQL root account has no password.'), fix: null }, // "MYSQL_ROOT_PASSWORD"
        { line: 6, column: 36, endColumn: 39, message: none('MYSQL_ALLOW_EMPTY_PASSWORD=yes lets the MySQL root account run with no password.'), fix: null }, // "yes"
      ],
    },
    {
      name: 'trust authentication, RabbitMQ guest, Grafana admin',
      path: 'compose.yaml',
      code: 'services:\n  db:\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n  queue:\n    environment:\n      RABBITMQ_DEFAULT_USER: guest\n      RABBITMQ_DEFAULT_PASS: guest\n  grafana:\n    environment:\n      GF_SECURITY_ADMIN_PASSWORD: admin\n',
      findings: [
        { line: 4, column: 34, endColumn: 39, message: none('POSTGRES_HOST_AUTH_METHOD=trust lets anyone who can reach PostgreSQL connect without a password.'), fix: null }, // "trust"
        { line: 8, column: 30, endColumn: 35, message: dc('RABBITMQ_DEFAULT_PASS gives the RabbitMQ account a well-known default password.'), fix: null }, // "guest"
        { line: 11, column: 35, endColumn: 40, message: dc('GF_SECURITY_ADMIN_PASSWORD gives the Grafana admin account a well-known default password.'), fix: null }, // "admin"
      ],
    },
    {
      name: 'Elastic, MongoDB and Neo4j documented defaults',
      path: 'docker-compose.dev.yml',
      code: 'services:\n  es:\n    environment:\n      ELASTIC_PASSWORD: changeme\n  mongo:\n    environment:\n      MONGO_INITDB_ROOT_USERNAME: root\n      MONGO_INITDB_ROOT_PASSWORD: example\n  graph:\n    environment:\n      NEO4J_AUTH: neo4j/neo4j\n',
      findings: [
        { line: 4, column: 25, endColumn: 33, message: dc('ELASTIC_PASSWORD gives the Elasticsearch elastic account a well-known default password.'), fix: null }, // "changeme"
        { line: 8, column: 35, endColumn: 42, message: dc('MONGO_INITDB_ROOT_PASSWORD gives the MongoDB root account a well-known default password.'), fix: null }, // "example"
        { line: 11, column: 25, endColumn: 30, message: dc('The default account neo4j is given its own name as the password in NEO4J_AUTH.'), fix: null }, // "neo4j"
      ],
    },
    {
      name: 'Redis sample password and a guest broker URL',
      path: 'docker-compose.yml',
      code: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass foobared\n  app:\n    environment:\n      AMQP_URL: amqp://guest:guest@queue:5672/\n',
      findings: [
        { line: 4, column: 41, endColumn: 49, message: dc('Redis is given the example password from its sample configuration (requirepass).'), fix: null }, // "foobared"
        { line: 7, column: 30, endColumn: 35, message: dc('The default account guest is given its own name as the password in this connection URL.'), fix: null }, // "guest"
      ],
    },
    {
      name: 'RabbitMQ guest user with the password left to default',
      path: 'docker-compose.yml',
      code: 'services:\n  queue:\n    image: rabbitmq:3-management\n    environment:\n      RABBITMQ_DEFAULT_USER: guest\n',
      findings: [
        { line: 5, column: 30, endColumn: 35, message: dc("RABBITMQ_DEFAULT_USER keeps RabbitMQ's guest account, whose password defaults to guest."), fix: null }, // "guest"
      ],
    },
    // Other YAML
    {
      name: 'admin pair in a mapping',
      path: 'config/jenkins.yaml',
      code: 'jenkins:\n  securityRealm:\n    local:\n      users:\n        - id: admin\n          password: admin\n',
      findings: [
        { line: 6, column: 21, endColumn: 26, message: dc('The default account admin is given its own name as the password.'), fix: null }, // "admin"
      ],
    },
    {
      name: 'Kubernetes env list with a default pair',
      path: 'k8s/deployment.yaml',
      code: 'spec:\n  containers:\n    - name: app\n      env:\n        - name: DB_USER\n          value: root\n        - name: DB_PASSWORD\n          value: root\n',
      findings: [
        { line: 8, column: 18, endColumn: 22, message: dc('The default account root is given its own name as the password.'), fix: null }, // "root"
      ],
    },
    {
      name: 'SQL Server sa password from Microsoft\'s container example, in a CI service container: low',
      path: '.github/workflows/test.yml',
      code: 'jobs:\n  test:\n    services:\n      sql:\n        image: mcr.microsoft.com/mssql/server:2022-latest\n        env:\n          ACCEPT_EULA: Y\n          MSSQL_SA_PASSWORD: "YourStrong!Passw0rd"\n',
      findings: [
        { line: 8, column: 31, endColumn: 50, message: dc('MSSQL_SA_PASSWORD gives the SQL Server sa account a well-known default password.'), confidence: 'low', fix: null }, // "YourStrong!Passw0rd"
      ],
    },
    // .env
    {
      name: 'MinIO and pgAdmin defaults',
      path: '.env',
      code: 'MINIO_ROOT_USER=minioadmin\nMINIO_ROOT_PASSWORD=minioadmin\nPGADMIN_DEFAULT_PASSWORD=admin\n',
      findings: [
        { line: 2, column: 21, endColumn: 31, message: dc('MINIO_ROOT_PASSWORD gives the MinIO root account a well-known default password.'), fix: null }, // "minioadmin"
        { line: 3, column: 26, endColumn: 31, message: dc('PGADMIN_DEFAULT_PASSWORD gives the pgAdmin account a well-known default password.'), fix: null }, // "admin"
      ],
    },
    {
      name: 'root user with an empty password',
      path: 'services/api/.env',
      code: 'DB_HOST=db\nDB_USER=root\nDB_PASSWORD=\n',
      findings: [
        { line: 3, column: 1, endColumn: 12, message: none('The default account root is given no password.'), fix: null }, // "DB_PASSWORD"
      ],
    },
    {
      name: 'common default password without a user',
      path: '.env.local',
      code: 'SMTP_PASSWORD=admin123\n',
      findings: [
        { line: 1, column: 15, endColumn: 23, message: dc('A common default password is assigned to SMTP_PASSWORD.'), confidence: 'medium', fix: null }, // "admin123"
      ],
    },
    // .properties
    {
      name: 'Spring datasource root with no password',
      path: 'src/main/resources/application.properties',
      code: 'spring.datasource.url=jdbc:mysql://db:3306/casework\nspring.datasource.username=root\nspring.datasource.password=\n',
      findings: [
        { line: 3, column: 1, endColumn: 27, message: none('The default account root is given no password.'), fix: null }, // "spring.datasource.password"
      ],
    },
    {
      name: 'Spring Security default user password',
      path: 'src/main/resources/application-dev.properties',
      code: 'spring.security.user.name=user\nspring.security.user.password=password\n',
      findings: [
        { line: 2, column: 31, endColumn: 39, message: dc('spring.security.user.password gives the Spring Security default user a well-known default password.'), fix: null }, // "password"
      ],
    },
    {
      name: 'Java keystore default password',
      path: 'src/main/resources/ssl.properties',
      code: 'server.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-password=changeit\n',
      findings: [
        { line: 2, column: 31, endColumn: 39, message: dc('A common default password is assigned to server.ssl.key-store-password.'), confidence: 'medium', fix: null }, // "changeit"
      ],
    },
    // XML
    {
      name: 'tomcat-users.xml defaults',
      path: 'conf/tomcat-users.xml',
      code: '<?xml version="1.0" encoding="UTF-8"?>\n<tomcat-users>\n  <role rolename="manager-gui"/>\n  <user username="tomcat" password="tomcat" roles="manager-gui"/>\n  <user username="deployer" password="s3cret" roles="manager-script"/>\n</tomcat-users>\n',
      findings: [
        { line: 4, column: 37, endColumn: 43, message: dc('The default account tomcat is given its own name as the password.'), fix: null }, // "tomcat"
        { line: 5, column: 39, endColumn: 45, message: dc('A common default password is assigned to password.'), confidence: 'medium', fix: null }, // "s3cret"
      ],
    },
    {
      name: 'web.config connection string as sa with no password',
      path: 'Web.config',
      code: '<configuration>\n  <connectionStrings>\n    <add name="Main" connectionString="Server=sql1;Database=App;User Id=sa;Password=;" />\n  </connectionStrings>\n</configuration>\n',
      findings: [
        { line: 3, column: 76, endColumn: 85, message: none('The default account sa is given no password in this connection string.'), fix: null }, // "Password="
      ],
    },
    {
      name: 'Maven server with an admin pair',
      path: '.m2/settings.xml',
      code: '<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>admin</username>\n      <password>admin123</password>\n    </server>\n  </servers>\n</settings>\n',
      findings: [
        { line: 6, column: 17, endColumn: 25, message: dc('The default account admin is given a well-known default password.'), fix: null }, // "admin123"
      ],
    },
    // JSON
    {
      name: 'appsettings.json sa with a default password',
      path: 'src/Api/appsettings.Development.json',
      code: '{ "ConnectionStrings": { "Db": "Server=db;Database=app;User Id=sa;Password=Password1;" } }\n',
      findings: [
        { line: 1, column: 76, endColumn: 85, message: dc('The default account sa is given a well-known default password in this connection string.'), fix: null }, // "Password1"
      ],
    },
    {
      name: 'admin pair in a JSON object',
      path: 'config/grafana.json',
      code: '{ "grafana": { "url": "https://grafana.internal", "username": "admin", "password": "admin" } }\n',
      findings: [
        { line: 1, column: 85, endColumn: 90, message: dc('The default account admin is given its own name as the password.'), fix: null }, // "admin"
      ],
    },
    {
      name: 'PostgreSQL URL with the default superuser',
      path: 'config/test.json',
      code: '{ "database": { "url": "postgres://postgres:postgres@localhost:5432/casework" } }\n',
      findings: [
        { line: 1, column: 45, endColumn: 53, message: dc('The default account postgres is given its own name as the password in this connection URL.'), fix: null }, // "postgres"
      ],
    },
    // Dockerfile
    {
      name: 'ENV with MySQL defaults',
      path: 'Dockerfile',
      code: 'FROM mysql:8\nENV MYSQL_ROOT_PASSWORD=root\nENV MYSQL_USER=casework MYSQL_PASSWORD=mysql\n',
      findings: [
        { line: 2, column: 25, endColumn: 29, message: dc('MYSQL_ROOT_PASSWORD gives the MySQL root account a well-known default password.'), fix: null }, // "root"
        { line: 3, column: 40, endColumn: 45, message: dc('MYSQL_PASSWORD gives the MySQL account a well-known default password.'), fix: null }, // "mysql"
      ],
    },
    {
      name: 'empty root password and allow-empty switch',
      path: 'docker/db.Dockerfile',
      code: 'FROM mariadb:11\nENV MARIADB_ALLOW_EMPTY_ROOT_PASSWORD=1\nENV MARIADB_ROOT_PASSWORD=\n',
      findings: [
        { line: 2, column: 39, endColumn: 40, message: none('MARIADB_ALLOW_EMPTY_ROOT_PASSWORD=1 lets the MariaDB root account run with no password.'), fix: null }, // "1"
        { line: 3, column: 5, endColumn: 26, message: none('MARIADB_ROOT_PASSWORD is empty, so the MariaDB root account has no password.'), fix: null }, // "MARIADB_ROOT_PASSWORD"
      ],
    },
    {
      name: 'Bitnami switch allowing no password',
      path: 'docker/cache.Dockerfile',
      code: 'FROM bitnami/redis:7.2\nENV ALLOW_EMPTY_PASSWORD=yes\n',
      findings: [
        { line: 2, column: 26, endColumn: 29, message: none('ALLOW_EMPTY_PASSWORD=yes lets the service run with no password.'), fix: null }, // "yes"
      ],
    },
    // Terraform, INI
    {
      name: 'admin pair in a resource',
      path: 'infra/mq.tf',
      code: 'resource "aws_mq_broker" "queue" {\n  user {\n    username = "admin"\n    password = "admin"\n  }\n}\n',
      findings: [
        { line: 4, column: 17, endColumn: 22, message: dc('The default account admin is given its own name as the password.'), fix: null }, // "admin"
      ],
    },
    {
      name: 'Grafana provider with the default password',
      path: 'infra/grafana.tf',
      code: 'provider "grafana" {\n  url  = "https://grafana.internal"\n  auth = "admin:admin"\n}\nresource "aws_db_instance" "legacy" {\n  username = "postgres"\n  password = "postgres"\n}\n',
      findings: [
        { line: 3, column: 17, endColumn: 22, message: dc('The default account admin is given its own name as the password in auth.'), fix: null }, // "admin"
        { line: 7, column: 15, endColumn: 23, message: dc('The default account postgres is given its own name as the password.'), fix: null }, // "postgres"
      ],
    },
    {
      name: 'MySQL client section as root with no password',
      path: 'config/my.ini',
      code: '[client]\nuser=root\npassword=\n\n[mysqld]\nport=3306\n',
      findings: [
        { line: 3, column: 1, endColumn: 9, message: none('The default account root is given no password.'), fix: null }, // "password"
      ],
    },
    // Code
    {
      name: 'sa with an empty password in getConnection',
      path: 'src/main/java/uk/gov/justice/Legacy.java',
      code: 'class Legacy {\n    Connection open() throws Exception {\n        return DriverManager.getConnection("jdbc:sqlserver://sql1:1433;databaseName=Cases", "sa", "");\n    }\n}\n',
      findings: [
        { line: 3, column: 99, endColumn: 101, message: none('The default account sa is given no password in this call to DriverManager.getConnection.'), fix: null }, // "\"\""
      ],
    },
    {
      name: 'Oracle scott/tiger in a call and a thin URL',
      path: 'src/main/java/uk/gov/justice/Reports.java',
      code: 'class Reports {\n    static final String URL = "jdbc:oracle:thin:scott/tiger@oradb:1521/REPORTS";\n    Connection open() throws Exception {\n        return DriverManager.getConnection("jdbc:oracle:thin:@oradb:1521/REPORTS", "scott", "tiger");\n    }\n}\n',
      findings: [
        { line: 2, column: 55, endColumn: 60, message: dc('The default account scott is given a well-known default password in this Oracle login.'), fix: null }, // "tiger"
        { line: 4, column: 93, endColumn: 100, message: dc('The default account scott is given a well-known default password in this call to DriverManager.getConnection.'), fix: null }, // "\"tiger\""
      ],
    },
    {
      name: 'NetworkCredential with admin/admin',
      path: 'src/Sync/Client.cs',
      code: 'class Client {\n    ICredentials Credentials() => new NetworkCredential("admin", "admin");\n}\n',
      findings: [
        { line: 2, column: 66, endColumn: 73, message: dc('The default account admin is given its own name as the password in this call to NetworkCredential.'), fix: null }, // "\"admin\""
      ],
    },
    {
      name: 'Django database settings as root with no password',
      path: 'app/settings.py',
      code: "DATABASES = {\n    'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': 'casework', 'USER': 'root', 'PASSWORD': ''},\n}\n",
      findings: [
        { line: 2, column: 103, endColumn: 105, message: none('The default account root is given no password.'), fix: null }, // "''"
      ],
    },
    {
      name: 'requests basic auth and pymysql defaults',
      path: 'app/client.py',
      code: "import pymysql\nimport requests\n\nrequests.get(STATUS_URL, auth=('admin', 'admin'))\nconn = pymysql.connect('db', 'root', 'root', 'casework')\n",
      findings: [
        { line: 4, column: 41, endColumn: 48, message: dc('The default account admin is given its own name as the password.'), fix: null }, // "'admin'"
        { line: 5, column: 38, endColumn: 44, message: dc('The default account root is given its own name as the password in this call to pymysql.connect.'), fix: null }, // "'root'"
      ],
    },
    {
      name: 'mysqli_connect as root with no password',
      path: 'public/db.php',
      code: "<?php\n$link = mysqli_connect('localhost', 'root', '', 'casework');\n",
      findings: [
        { line: 2, column: 45, endColumn: 47, message: none('The default account root is given no password in this call to mysqli_connect.'), fix: null }, // "''"
      ],
    },
    {
      name: 'connection object as root, and a guest broker URL',
      path: 'src/db.js',
      code: "const mysql = require('mysql2');\nconst amqp = require('amqplib');\nconst pool = mysql.createPool({ host: 'db', user: 'root', password: '' });\nconst queue = amqp.connect('amqp://guest:guest@queue.internal');\n",
      findings: [
        { line: 3, column: 69, endColumn: 71, message: none('The default account root is given no password.'), fix: null }, // "''"
        { line: 4, column: 42, endColumn: 47, message: dc('The default account guest is given its own name as the password in this connection URL.'), fix: null }, // "guest"
      ],
    },
    {
      name: 'sign-in helper called with admin/admin',
      path: 'e2e/login.spec.ts',
      code: "test('dashboard', async ({ page }) => {\n  await loginPage.login('admin', 'admin');\n});\n",
      findings: [
        { line: 2, column: 34, endColumn: 41, message: dc('The default account admin is given its own name as the password in this call to loginPage.login.'), confidence: 'medium', fix: null }, // "'admin'"
      ],
    },
    {
      name: 'SetBasicAuth with admin and a default password',
      path: 'internal/health/check.go',
      code: 'package health\n\nimport "net/http"\n\nfunc prepare(req *http.Request) { req.SetBasicAuth("admin", "password") }\n',
      findings: [
        { line: 5, column: 61, endColumn: 71, message: dc('The default account admin is given a well-known default password in this call to req.SetBasicAuth.'), fix: null }, // "\"password\""
      ],
    },
    {
      name: 'hash options as admin with a default password',
      path: 'lib/monitor.rb',
      code: "client = Monitor::Client.new(user: 'admin', password: 'changeme')\n",
      findings: [
        { line: 1, column: 55, endColumn: 65, message: dc('The default account admin is given a well-known default password.'), fix: null }, // "'changeme'"
      ],
    },
    {
      name: 'shell defaults for a database container',
      path: 'scripts/dev-db.sh',
      code: '#!/bin/bash\nexport POSTGRES_PASSWORD=postgres\ndocker run -d -e POSTGRES_PASSWORD="$POSTGRES_PASSWORD" postgres:16\n',
      findings: [
        { line: 2, column: 26, endColumn: 34, message: dc('POSTGRES_PASSWORD gives the PostgreSQL superuser a well-known default password.'), fix: null }, // "postgres"
      ],
    },
    {
      name: 'admin pair in an INI section',
      path: 'config/monitor.cfg',
      code: '[credentials]\nusername = admin\npassword = admin\n',
      findings: [
        { line: 3, column: 12, endColumn: 17, message: dc('The default account admin is given its own name as the password.'), fix: null }, // "admin"
      ],
    },
    {
      name: 'Go MySQL DSN as root with no password',
      path: 'internal/db/open.go',
      code: 'package db\n\nimport "database/sql"\n\nfunc Open() (*sql.DB, error) { return sql.Open("mysql", "root:@tcp(db:3306)/casework") }\n',
      findings: [
        { line: 5, column: 58, endColumn: 62, message: none('The default account root is given no password in this connection string.'), fix: null }, // "root"
      ],
    },
    {
      name: 'SqlConnection as sa with its own name as password',
      path: 'src/Data/Legacy.cs',
      code: 'class Legacy {\n    SqlConnection Open() => new SqlConnection("Data Source=db;Initial Catalog=Cases;User ID=sa;Password=sa;");\n}\n',
      findings: [
        { line: 2, column: 105, endColumn: 107, message: dc('The default account sa is given its own name as the password in this connection string.'), fix: null }, // "sa"
      ],
    },
  ],
  valid: [
    { name: 'passwords from secrets and the environment', path: 'docker-compose.yml', code: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password\n      POSTGRES_USER: casework\n  mysql:\n    environment:\n      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}\n      MYSQL_RANDOM_ROOT_PASSWORD: "yes"\n' },
    { name: 'switches set to refuse empty passwords', path: 'compose.yaml', code: 'services:\n  mysql:\n    environment:\n      MYSQL_ALLOW_EMPTY_PASSWORD: "no"\n      POSTGRES_HOST_AUTH_METHOD: scram-sha-256\n  cache:\n    environment:\n      ALLOW_EMPTY_PASSWORD: "false"\n' },
    { name: 'template file whose defaults are there to be replaced', path: '.env.example', code: 'POSTGRES_USER=postgres\nPOSTGRES_PASSWORD=postgres\nDB_PASSWORD=changeme\n' },
    { name: 'placeholder word without a default account', path: 'config/app.yml', code: 'database:\n  username: casework\n  password: changeme\n' },
    { name: 'admin account with a strong password from the environment', path: '.env', code: 'ADMIN_USER=admin\nADMIN_PASSWORD=${ADMIN_PASSWORD}\n' },
    { name: 'in-memory H2 database with sa', path: 'src/test/resources/application.properties', code: 'spring.datasource.url=jdbc:h2:mem:testdb\nspring.datasource.username=sa\nspring.datasource.password=\n' },
    { name: 'user and password that do not pair', path: 'config/settings.ini', code: '[db]\nuser = root\n[cache]\npassword =\n' },
    { name: 'unique account names and passwords', path: 'conf/tomcat-users.xml', code: '<tomcat-users>\n  <user username="deployer" password="${deployer.password}" roles="manager-script"/>\n</tomcat-users>\n' },
    { name: 'connection string with integrated security', path: 'src/Api/appsettings.json', code: '{ "ConnectionStrings": { "Db": "Server=db;Database=app;Integrated Security=true;" } }\n' },
    { name: 'URL with a non-default account', path: 'config/test.json', code: '{ "database": { "url": "postgres://casework:${DB_PASSWORD}@localhost:5432/casework" } }\n' },
    { name: 'code reading the password from the environment', path: 'src/main/java/uk/gov/justice/Db.java', code: 'class Db {\n    Connection open(String url) throws Exception {\n        return DriverManager.getConnection(url, "sa", System.getenv("SA_PASSWORD"));\n    }\n}\n' },
    { name: 'Django settings from the environment', path: 'app/settings.py', code: "import os\n\nDATABASES = {'default': {'USER': 'root', 'PASSWORD': os.environ['DB_PASSWORD']}}\n" },
    { name: 'login with a user from test data', path: 'e2e/login.spec.ts', code: "test('dashboard', async ({ page }) => {\n  await loginPage.login(users.caseworker.name, users.caseworker.password);\n});\n" },
    { name: 'generated password in Terraform', path: 'infra/rds.tf', code: 'resource "aws_db_instance" "db" {\n  username = "admin"\n  password = random_password.db.result\n}\n' },
    { name: 'Dockerfile taking the password at run time', path: 'Dockerfile', code: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password\n' },
    { name: 'Redis password from a file', path: 'docker-compose.yml', code: 'services:\n  cache:\n    command: ["sh", "-c", "redis-server --requirepass \\"$$(cat /run/secrets/redis)\\""]\n' },
    { name: 'shell password from the environment', path: 'scripts/dev-db.sh', code: '#!/bin/bash\ndocker run -d -e POSTGRES_PASSWORD="$POSTGRES_PASSWORD" postgres:16\n' },
    { name: 'NetworkCredential from variables', path: 'src/Sync/Client.cs', code: 'class Client {\n    ICredentials Credentials(string user, string password) => new NetworkCredential(user, password);\n}\n' },
    { name: 'basic auth from the environment', path: 'internal/health/check.go', code: 'package health\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc prepare(req *http.Request) { req.SetBasicAuth(os.Getenv("HEALTH_USER"), os.Getenv("HEALTH_PASSWORD")) }\n' },
    { name: 'mysqli_connect with a password from the environment', path: 'public/db.php', code: "<?php\n$link = mysqli_connect('db', 'root', getenv('DB_PASSWORD'), 'casework');\n" },
    { name: 'admin user with a password from ENV', path: 'lib/monitor.rb', code: "client = Monitor::Client.new(user: 'admin', password: ENV.fetch('MONITOR_PASSWORD'))\n" },
  ],
};

describeRule(table);

describe('rule secrets/default-credentials: ownership and redaction', () => {
  for (const testCase of table.invalid) {
    it(`${testCase.path}: ${testCase.name}`, async () => {
      const findings = findingsOf(defaultCredentials, await scanCase(defaultCredentials, testCase));
      // Vendors publish their defaults, so none is declared secret.
      assert.deepEqual(findings.flatMap((finding) => finding.secrets), []);
      // secrets/hardcoded-credential stays silent where this, the more specific rule, reports.
      const hardcoded = findingsOf(hardcodedCredential, await scanCase(hardcodedCredential, testCase));
      const overlapping = hardcoded.filter((other) => findings.some((finding) => other.range.start < finding.range.end && finding.range.start < other.range.end));
      assert.deepEqual(overlapping.map((other) => testCase.code.slice(other.range.start, other.range.end)), []);
    });
  }
});
