/**
 * Cases for web-config/bind-all-interfaces: servers bound to every interface in application code
 * and Spring settings, the implicit Go form at low confidence, and silence in container and
 * platform contexts (a Dockerfile, Compose file or manifest beside or above the file, launch files).
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { bindAllInterfaces } from './bind-all-interfaces';

export const CONTROL =
  "MoJ's baseline configuration expects deny by default at network boundaries (Technical Security Controls Guide: Defensive layer 1), and services hardened so that only the connections a system needs are possible (System Lockdown and Hardening Standard).";

export const table: RuleTable = {
  rule: bindAllInterfaces,
  invalid: [
    {
      name: "Flask app.run(host='0.0.0.0')",
      path: 'app.py',
      code: "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', port=5000)\n",
      findings: [
        {"line":3,"column":9,"endColumn":23,"message":`app.run listens on every network interface (0.0.0.0), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":{"title":"Bind to 127.0.0.1","output":"from flask import Flask\napp = Flask(__name__)\napp.run(host='127.0.0.1', port=5000)\n"}},
      ],
    },
    {
      name: 'uvicorn.run with host="0.0.0.0"',
      path: 'service/main.py',
      code: 'import uvicorn\n\nif __name__ == "__main__":\n    uvicorn.run(app, host="0.0.0.0", port=8000)\n',
      findings: [
        {"line":4,"column":22,"endColumn":36,"message":`uvicorn.run listens on every network interface (0.0.0.0), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":{"title":"Bind to 127.0.0.1","output":"import uvicorn\n\nif __name__ == \"__main__\":\n    uvicorn.run(app, host=\"127.0.0.1\", port=8000)\n"}},
      ],
    },
    {
      name: "socket bind to '0.0.0.0' and to '' on a socket",
      path: 'tools/listener.py',
      code: "import socket\nsock = socket.socket()\nsock.bind(('0.0.0.0', 9000))\nsock.bind(('', 9001))\n",
      findings: [
        {"line":3,"column":12,"endColumn":21,"message":`sock.bind listens on every network interface (0.0.0.0), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":{"title":"Bind to 127.0.0.1","output":"import socket\nsock = socket.socket()\nsock.bind(('127.0.0.1', 9000))\nsock.bind(('', 9001))\n"}},
        {"line":4,"column":12,"endColumn":14,"message":`sock.bind listens on every network interface ('' (every interface)), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'http.server HTTPServer on 0.0.0.0',
      path: 'tools/serve.py',
      code: "httpd = HTTPServer(('0.0.0.0', 8000), Handler)\n",
      findings: [
        {"line":1,"column":21,"endColumn":30,"message":`HTTPServer listens on every network interface (0.0.0.0), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":{"title":"Bind to 127.0.0.1","output":"httpd = HTTPServer(('127.0.0.1', 8000), Handler)\n"}},
      ],
    },
    {
      name: "Node server.listen(port, '0.0.0.0') and Fastify listen({ host })",
      path: 'src/server.js',
      code: "server.listen(3000, '0.0.0.0');\nawait fastify.listen({ port: 3000, host: '0.0.0.0' });\n",
      findings: [
        {"line":1,"column":21,"endColumn":30,"message":`server.listen listens on every network interface (0.0.0.0), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":{"title":"Bind to 127.0.0.1","output":"server.listen(3000, '127.0.0.1');\nawait fastify.listen({ port: 3000, host: '0.0.0.0' });\n"}},
        {"line":2,"column":36,"endColumn":51,"message":`fastify.listen listens on every network interface (0.0.0.0), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":{"title":"Bind to 127.0.0.1","output":"server.listen(3000, '0.0.0.0');\nawait fastify.listen({ port: 3000, host: '127.0.0.1' });\n"}},
      ],
    },
    {
      name: 'Go net.Listen on 0.0.0.0 (medium) and ListenAndServe on a bare port (low)',
      path: 'cmd/server/main.go',
      code: 'package main\n\nimport (\n\t"net"\n\t"net/http"\n)\n\nfunc main() {\n\tl, _ := net.Listen("tcp", "0.0.0.0:9000")\n\t_ = l\n\thttp.ListenAndServe(":8080", nil)\n}\n',
      findings: [
        {"line":9,"column":28,"endColumn":42,"message":`net.Listen listens on every network interface (0.0.0.0:9000), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":{"title":"Bind to 127.0.0.1","output":"package main\n\nimport (\n\t\"net\"\n\t\"net/http\"\n)\n\nfunc main() {\n\tl, _ := net.Listen(\"tcp\", \"127.0.0.1:9000\")\n\t_ = l\n\thttp.ListenAndServe(\":8080\", nil)\n}\n"}},
        {"line":11,"column":22,"endColumn":29,"message":`http.ListenAndServe listens on every network interface (:8080), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    {
      name: 'Go http.Server Addr on a bare port',
      path: 'internal/server/server.go',
      code: 'package server\n\nvar srv = &http.Server{Addr: ":8443", Handler: mux}\n',
      findings: [
        {"line":3,"column":24,"endColumn":37,"message":`http.Server listens on every network interface (:8443), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    {
      name: 'Java InetSocketAddress("0.0.0.0", port)',
      path: 'src/main/java/uk/gov/moj/Server.java',
      code: 'class Server {\n    void start() throws Exception {\n        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", 8080), 0);\n    }\n}\n',
      findings: [
        {"line":3,"column":69,"endColumn":78,"message":`new InetSocketAddress listens on every network interface (0.0.0.0), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":{"title":"Bind to 127.0.0.1","output":"class Server {\n    void start() throws Exception {\n        HttpServer server = HttpServer.create(new InetSocketAddress(\"127.0.0.1\", 8080), 0);\n    }\n}\n"}},
      ],
    },
    {
      name: 'C# UseUrls with * and ListenAnyIP',
      path: 'Program.cs',
      code: 'builder.WebHost.UseUrls("http://*:5000");\nbuilder.WebHost.ConfigureKestrel(o => o.ListenAnyIP(5001));\n',
      findings: [
        {"line":1,"column":25,"endColumn":40,"message":`UseUrls listens on every network interface (*), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":null},
        {"line":2,"column":41,"endColumn":58,"message":`ListenAnyIP listens on every network interface (any IP), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    {
      name: "Sinatra set :bind, '0.0.0.0'",
      path: 'app.rb',
      code: "require 'sinatra'\nset :bind, '0.0.0.0'\n",
      findings: [
        {"line":2,"column":12,"endColumn":21,"message":`set :bind listens on every network interface (0.0.0.0), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":{"title":"Bind to 127.0.0.1","output":"require 'sinatra'\nset :bind, '127.0.0.1'\n"}},
      ],
    },
    {
      name: 'PHP socket_bind to 0.0.0.0',
      path: 'bin/server.php',
      code: "<?php\n$socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);\nsocket_bind($socket, '0.0.0.0', 8080);\n",
      findings: [
        {"line":3,"column":22,"endColumn":31,"message":`socket_bind listens on every network interface (0.0.0.0), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":{"title":"Bind to 127.0.0.1","output":"<?php\n$socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);\nsocket_bind($socket, '127.0.0.1', 8080);\n"}},
      ],
    },
    {
      name: 'Spring server.address=0.0.0.0',
      path: 'src/main/resources/application.properties',
      code: 'server.port=8080\nserver.address=0.0.0.0\n',
      findings: [
        {"line":2,"column":1,"endColumn":23,"message":`Spring server.address listens on every network interface (0.0.0.0), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`,"severity":"low","confidence":"medium","fix":{"title":"Bind to 127.0.0.1","output":"server.port=8080\nserver.address=127.0.0.1\n"}},
      ],
    },
  ],
  valid: [
    { name: 'test code binds throwaway listeners', path: 'tests/test_server.py', code: "sock.bind(('0.0.0.0', 9000))\n" },
    { name: 'port 0 is an ephemeral probe', path: 'tools/probe.py', code: "sock.bind(('0.0.0.0', 0))\n" },
    { name: 'loopback binds', path: 'app.py', code: "app.run(host='127.0.0.1')\nuvicorn.run(app, host='localhost')\n" },
    { name: 'host read from configuration', path: 'app.py', code: "app.run(host=os.environ['BIND_HOST'])\n" },
    { name: 'a Dockerfile in the same folder', path: 'app.py', code: "app.run(host='0.0.0.0')\n", project: [{ path: 'Dockerfile', text: 'FROM python:3.12\n' }] },
    { name: 'a Compose file in a folder above', path: 'services/api/src/server.js', code: "server.listen(3000, '0.0.0.0');\n", project: [{ path: 'docker-compose.yml', text: 'services: {}\n' }] },
    { name: 'a Kubernetes manifest folder at the root', path: 'cmd/server/main.go', code: 'package main\n\nfunc main() {\n\thttp.ListenAndServe(":8080", nil)\n}\n', project: [{ path: 'k8s/deployment.yaml', text: 'kind: Deployment\n' }] },
    { name: 'a launch file: gunicorn.conf.py', path: 'gunicorn.conf.py', code: "bind = '0.0.0.0:8000'\nsock.bind(('0.0.0.0', 8000))\n" },
    { name: 'a launch file: config/puma.rb', path: 'config/puma.rb', code: "set :bind, '0.0.0.0'\n" },
    { name: 'Node listen with a port only', path: 'src/server.js', code: 'server.listen(3000);\n' },
    { name: 'Go loopback address', path: 'main.go', code: 'package main\n\nfunc main() {\n\thttp.ListenAndServe("127.0.0.1:8080", nil)\n}\n' },
    { name: 'a 0.0.0.0 string that is not a bind address', path: 'src/net.js', code: "const unspecified = '0.0.0.0';\nconsole.log(unspecified);\n" },
    { name: 'a commented-out bind', path: 'app.py', code: "# app.run(host='0.0.0.0')\napp.run()\n" },
    { name: 'Spring loopback address', path: 'src/main/resources/application.properties', code: 'server.address=127.0.0.1\n' },
  ],
};

describeRule(table);
