/**
 * Cases for web-config/debug-mode: debug switches in Flask, Django, ASP.NET, Rails, PHP and
 * Laravel configuration, beside the same switches in files meant for development and the
 * look-alikes that turn debug off or only change logging.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { debugMode } from './debug-mode';

export const CONTROL =
  'MoJ requires that errors shown to users give away no stack traces or internal detail (Technical Security Controls Guide: Defensive layer 2), and that functions a live system does not need are disabled (Technical Controls Policy: Lockdown policy, POL.TCP.096).';

export const table: RuleTable = {
  rule: debugMode,
  invalid: [
    // Flask -------------------------------------------------------------------------------------
    {
      name: 'app.run(debug=True) on a Flask app',
      path: 'app.py',
      code: "from flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == '__main__':\n    app.run(host='127.0.0.1', debug=True)\n",
      findings: [
        {"line":6,"column":31,"endColumn":41,"message":`The Flask app is started with app.run(debug=True), which turns on Werkzeug's interactive debugger: anyone who can trigger an error can run Python on the server. ${CONTROL} Leave debug off in code (app.run() or debug=False), and use \`flask run --debug\` only on a developer machine.`,"severity":"high","confidence":"high","fix":{"title":"Turn debug mode off","output":"from flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == '__main__':\n    app.run(host='127.0.0.1', debug=False)\n"}},
      ],
    },
    {
      name: 'run(debug=True) on an app imported from elsewhere',
      path: 'run.py',
      code: 'from myservice import app\n\napp.run(debug=True)\n',
      findings: [
        {"line":3,"column":9,"endColumn":19,"message":`The Flask app is started with app.run(debug=True), which turns on Werkzeug's interactive debugger: anyone who can trigger an error can run Python on the server. ${CONTROL} Leave debug off in code (app.run() or debug=False), and use \`flask run --debug\` only on a developer machine.`,"severity":"high","confidence":"medium","fix":{"title":"Turn debug mode off","output":"from myservice import app\n\napp.run(debug=False)\n"}},
      ],
    },
    {
      name: 'Flask-SocketIO run with debug',
      path: 'server.py',
      code: 'from flask_socketio import SocketIO\nsocketio = SocketIO(app)\nsocketio.run(app, debug=True)\n',
      findings: [
        {"line":3,"column":19,"endColumn":29,"message":`The Flask app is started with socketio.run(debug=True), which turns on Werkzeug's interactive debugger: anyone who can trigger an error can run Python on the server. ${CONTROL} Leave debug off in code (app.run() or debug=False), and use \`flask run --debug\` only on a developer machine.`,"severity":"high","confidence":"high","fix":{"title":"Turn debug mode off","output":"from flask_socketio import SocketIO\nsocketio = SocketIO(app)\nsocketio.run(app, debug=False)\n"}},
      ],
    },
    {
      name: 'app.debug, app.config subscript and config.update',
      path: 'service/__init__.py',
      code: "import flask\n\napp = flask.Flask(__name__)\napp.debug = True\napp.config[\"DEBUG\"] = True\napp.config.update(DEBUG=True, SECRET_KEY=key)\n",
      findings: [
        {"line":4,"column":1,"endColumn":17,"message":`Flask debug mode is switched on (app.debug = True), which shows stack traces and, with the development server, an interactive debugger that runs Python. ${CONTROL} Set DEBUG to False, and switch debug on only from a development-only configuration or the \`--debug\` flag.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"import flask\n\napp = flask.Flask(__name__)\napp.debug = False\napp.config[\"DEBUG\"] = True\napp.config.update(DEBUG=True, SECRET_KEY=key)\n"}},
        {"line":5,"column":1,"endColumn":27,"message":`Flask debug mode is switched on (app.config["DEBUG"] = True), which shows stack traces and, with the development server, an interactive debugger that runs Python. ${CONTROL} Set DEBUG to False, and switch debug on only from a development-only configuration or the \`--debug\` flag.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"import flask\n\napp = flask.Flask(__name__)\napp.debug = True\napp.config[\"DEBUG\"] = False\napp.config.update(DEBUG=True, SECRET_KEY=key)\n"}},
        {"line":6,"column":19,"endColumn":29,"message":`Flask debug mode is switched on (app.config.update(DEBUG=True)), which shows stack traces and, with the development server, an interactive debugger that runs Python. ${CONTROL} Set DEBUG to False, and switch debug on only from a development-only configuration or the \`--debug\` flag.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"import flask\n\napp = flask.Flask(__name__)\napp.debug = True\napp.config[\"DEBUG\"] = True\napp.config.update(DEBUG=False, SECRET_KEY=key)\n"}},
      ],
    },
    {
      name: 'DEBUG = True in a production configuration class',
      path: 'config.py',
      code: 'class Config:\n    TESTING = False\n\n\nclass ProductionConfig(Config):\n    DEBUG = True\n',
      findings: [
        {"line":6,"column":5,"endColumn":17,"message":`Flask debug mode is switched on (ProductionConfig.DEBUG = True), which shows stack traces and, with the development server, an interactive debugger that runs Python. ${CONTROL} Set DEBUG to False, and switch debug on only from a development-only configuration or the \`--debug\` flag.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"class Config:\n    TESTING = False\n\n\nclass ProductionConfig(Config):\n    DEBUG = False\n"}},
      ],
    },
    // Django ------------------------------------------------------------------------------------
    {
      name: 'DEBUG = True in settings.py (suggestion: ALLOWED_HOSTS must be set)',
      path: 'mysite/settings.py',
      code: "DEBUG = True\n\nALLOWED_HOSTS = ['*']\n",
      findings: [
        {"line":1,"column":1,"endColumn":13,"message":`Django DEBUG is True in a settings module, so error pages show stack traces, local variables and settings to every visitor. ${CONTROL} Set DEBUG = False (read it from the environment, defaulting to False) and list the service's host names in ALLOWED_HOSTS.`,"severity":"medium","confidence":"high","fix":{"title":"Set DEBUG = False (list the hosts in ALLOWED_HOSTS too)","output":"DEBUG = False\n\nALLOWED_HOSTS = ['*']\n"}},
      ],
    },
    {
      name: 'DEBUG = True in settings/production.py',
      path: 'mysite/settings/production.py',
      code: 'from .base import *\n\nDEBUG = True\n',
      findings: [
        {"line":3,"column":1,"endColumn":13,"message":`Django DEBUG is True in a settings module, so error pages show stack traces, local variables and settings to every visitor. ${CONTROL} Set DEBUG = False (read it from the environment, defaulting to False) and list the service's host names in ALLOWED_HOSTS.`,"severity":"medium","confidence":"high","fix":{"title":"Set DEBUG = False (list the hosts in ALLOWED_HOSTS too)","output":"from .base import *\n\nDEBUG = False\n"}},
      ],
    },
    {
      name: 'a module that defines INSTALLED_APPS is a settings module',
      path: 'mysite/conf.py',
      code: "INSTALLED_APPS = ['django.contrib.admin']\nDEBUG = True\n",
      findings: [
        {"line":2,"column":1,"endColumn":13,"message":`Django DEBUG is True in a settings module, so error pages show stack traces, local variables and settings to every visitor. ${CONTROL} Set DEBUG = False (read it from the environment, defaulting to False) and list the service's host names in ALLOWED_HOSTS.`,"severity":"medium","confidence":"high","fix":{"title":"Set DEBUG = False (list the hosts in ALLOWED_HOSTS too)","output":"INSTALLED_APPS = ['django.contrib.admin']\nDEBUG = False\n"}},
      ],
    },
    // Environment settings ----------------------------------------------------------------------
    {
      name: 'Laravel APP_DEBUG=true in .env',
      path: '.env',
      code: 'APP_NAME=Casework\nAPP_ENV=production\nAPP_DEBUG=true\n',
      findings: [
        {"line":3,"column":1,"endColumn":15,"message":`The environment setting APP_DEBUG=true switches the framework's debug mode on, so error pages show stack traces and configuration to visitors. ${CONTROL} Set the debug setting to false (or leave it out) for deployed environments; keep debug values in development-only files such as .env.development.`,"severity":"medium","confidence":"medium","fix":{"title":"Turn debug mode off","output":"APP_NAME=Casework\nAPP_ENV=production\nAPP_DEBUG=false\n"}},
      ],
    },
    {
      name: 'FLASK_DEBUG=1 in .env.production',
      path: 'deploy/.env.production',
      code: 'FLASK_DEBUG=1\n',
      findings: [
        {"line":1,"column":1,"endColumn":14,"message":`The environment setting FLASK_DEBUG=1 switches the framework's debug mode on, so error pages show stack traces and configuration to visitors. ${CONTROL} Set the debug setting to false (or leave it out) for deployed environments; keep debug values in development-only files such as .env.development.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"FLASK_DEBUG=0\n"}},
      ],
    },
    {
      name: 'Dockerfile ENV, both forms',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1 FLASK_DEBUG=1\nENV FLASK_ENV development\nCMD ["flask", "run"]\n',
      findings: [
        {"line":2,"column":24,"endColumn":37,"message":`The environment setting FLASK_DEBUG=1 switches the framework's debug mode on, so error pages show stack traces and configuration to visitors. ${CONTROL} Set the debug setting to false (or leave it out) for deployed environments; keep debug values in development-only files such as .env.development.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1 FLASK_DEBUG=0\nENV FLASK_ENV development\nCMD [\"flask\", \"run\"]\n"}},
        {"line":3,"column":5,"endColumn":26,"message":`The environment setting FLASK_ENV=development switches the framework's debug mode on, so error pages show stack traces and configuration to visitors. ${CONTROL} Set the debug setting to false (or leave it out) for deployed environments; keep debug values in development-only files such as .env.development.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1 FLASK_DEBUG=1\nENV FLASK_ENV production\nCMD [\"flask\", \"run\"]\n"}},
      ],
    },
    {
      name: 'Compose environment list and map, quoted value',
      path: 'docker-compose.yml',
      code: 'services:\n  web:\n    environment:\n      - FLASK_DEBUG=1\n  admin:\n    environment:\n      DJANGO_DEBUG: "True"\n',
      findings: [
        {"line":4,"column":9,"endColumn":22,"message":`The environment setting FLASK_DEBUG=1 switches the framework's debug mode on, so error pages show stack traces and configuration to visitors. ${CONTROL} Set the debug setting to false (or leave it out) for deployed environments; keep debug values in development-only files such as .env.development.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"services:\n  web:\n    environment:\n      - FLASK_DEBUG=0\n  admin:\n    environment:\n      DJANGO_DEBUG: \"True\"\n"}},
        {"line":7,"column":7,"endColumn":27,"message":`The environment setting DJANGO_DEBUG=True switches the framework's debug mode on, so error pages show stack traces and configuration to visitors. ${CONTROL} Set the debug setting to false (or leave it out) for deployed environments; keep debug values in development-only files such as .env.development.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"services:\n  web:\n    environment:\n      - FLASK_DEBUG=1\n  admin:\n    environment:\n      DJANGO_DEBUG: \"False\"\n"}},
      ],
    },
    {
      name: 'Kubernetes env name/value pair',
      path: 'k8s/deployment.yaml',
      code: 'spec:\n  containers:\n    - name: web\n      env:\n        - name: APP_DEBUG\n          value: "true"\n',
      findings: [
        {"line":6,"column":11,"endColumn":24,"message":`The environment setting APP_DEBUG=true switches the framework's debug mode on, so error pages show stack traces and configuration to visitors. ${CONTROL} Set the debug setting to false (or leave it out) for deployed environments; keep debug values in development-only files such as .env.development.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"spec:\n  containers:\n    - name: web\n      env:\n        - name: APP_DEBUG\n          value: \"false\"\n"}},
      ],
    },
    // ASP.NET -----------------------------------------------------------------------------------
    {
      name: 'web.config customErrors Off, compilation debug and detailed IIS errors',
      path: 'Web.config',
      code: '<?xml version="1.0"?>\n<configuration>\n  <system.web>\n    <customErrors mode="Off" />\n    <compilation debug="true" targetFramework="4.8" />\n  </system.web>\n  <system.webServer>\n    <httpErrors errorMode="Detailed" />\n  </system.webServer>\n</configuration>\n',
      findings: [
        {"line":4,"column":19,"endColumn":29,"message":`customErrors mode="Off" sends ASP.NET's detailed error pages, with stack traces and source lines, to remote visitors. ${CONTROL} Use mode="RemoteOnly" or mode="On" with a defaultRedirect to a generic error page.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"<?xml version=\"1.0\"?>\n<configuration>\n  <system.web>\n    <customErrors mode=\"RemoteOnly\" />\n    <compilation debug=\"true\" targetFramework=\"4.8\" />\n  </system.web>\n  <system.webServer>\n    <httpErrors errorMode=\"Detailed\" />\n  </system.webServer>\n</configuration>\n"}},
        {"line":5,"column":18,"endColumn":30,"message":`compilation debug="true" builds the ASP.NET site with debug symbols and detailed error information, and slows it down. ${CONTROL} Set debug="false" (or remove the attribute) in the deployed web.config; keep debug in Web.Debug.config transforms.`,"severity":"low","confidence":"high","fix":{"title":"Turn debug mode off","output":"<?xml version=\"1.0\"?>\n<configuration>\n  <system.web>\n    <customErrors mode=\"Off\" />\n    <compilation debug=\"false\" targetFramework=\"4.8\" />\n  </system.web>\n  <system.webServer>\n    <httpErrors errorMode=\"Detailed\" />\n  </system.webServer>\n</configuration>\n"}},
        {"line":8,"column":17,"endColumn":37,"message":`httpErrors errorMode="Detailed" sends IIS's detailed error pages, with paths and module details, to remote visitors. ${CONTROL} Use errorMode="DetailedLocalOnly" (the default) or errorMode="Custom".`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"<?xml version=\"1.0\"?>\n<configuration>\n  <system.web>\n    <customErrors mode=\"Off\" />\n    <compilation debug=\"true\" targetFramework=\"4.8\" />\n  </system.web>\n  <system.webServer>\n    <httpErrors errorMode=\"DetailedLocalOnly\" />\n  </system.webServer>\n</configuration>\n"}},
      ],
    },
    {
      name: 'UseDeveloperExceptionPage without an environment check',
      path: 'Program.cs',
      code: 'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.UseDeveloperExceptionPage();\napp.Run();\n',
      findings: [
        {"line":3,"column":1,"endColumn":32,"message":`UseDeveloperExceptionPage() is called without an IsDevelopment() check, so the developer exception page, with stack traces and request details, is shown in production. ${CONTROL} Call it only inside if (app.Environment.IsDevelopment()) and use app.UseExceptionHandler("/error") otherwise.`,"severity":"medium","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'UseDeveloperExceptionPage in the else branch of IsDevelopment',
      path: 'Startup.cs',
      code: 'public class Startup\n{\n    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)\n    {\n        if (env.IsDevelopment())\n        {\n            app.UseHsts();\n        }\n        else\n        {\n            app.UseDeveloperExceptionPage();\n        }\n    }\n}\n',
      findings: [
        {"line":11,"column":13,"endColumn":44,"message":`UseDeveloperExceptionPage() is called without an IsDevelopment() check, so the developer exception page, with stack traces and request details, is shown in production. ${CONTROL} Call it only inside if (app.Environment.IsDevelopment()) and use app.UseExceptionHandler("/error") otherwise.`,"severity":"medium","confidence":"medium","fix":null},
      ],
    },
    // Rails and PHP -----------------------------------------------------------------------------
    {
      name: 'consider_all_requests_local in production.rb',
      path: 'config/environments/production.rb',
      code: 'Rails.application.configure do\n  config.consider_all_requests_local = true\nend\n',
      findings: [
        {"line":2,"column":3,"endColumn":44,"message":`config.consider_all_requests_local = true in a deployed Rails environment shows the full error page, with the backtrace, to every visitor. ${CONTROL} Set config.consider_all_requests_local = false in production.rb and every deployed environment.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"Rails.application.configure do\n  config.consider_all_requests_local = false\nend\n"}},
      ],
    },
    {
      name: "ini_set('display_errors', '1')",
      path: 'public/index.php',
      code: "<?php\nini_set('display_errors', '1');\nerror_reporting(E_ALL);\n",
      findings: [
        {"line":2,"column":1,"endColumn":31,"message":`ini_set('display_errors', '1') shows PHP errors, with file paths and code details, in the page sent to visitors. ${CONTROL} Set display_errors to Off (ini_set('display_errors', '0')) and log errors with log_errors = On instead.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"<?php\nini_set('display_errors', '0');\nerror_reporting(E_ALL);\n"}},
      ],
    },
    {
      name: 'display_errors = On in php.ini',
      path: 'docker/php.ini',
      code: '[PHP]\nerror_reporting = E_ALL\ndisplay_errors = On\n',
      findings: [
        {"line":3,"column":1,"endColumn":20,"message":`display_errors = On shows PHP errors, with file paths and code details, in the page sent to visitors. ${CONTROL} Set display_errors to Off (ini_set('display_errors', '0')) and log errors with log_errors = On instead.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"[PHP]\nerror_reporting = E_ALL\ndisplay_errors = Off\n"}},
      ],
    },
    {
      name: 'UseDeveloperExceptionPage inside an IsProduction() branch',
      path: 'Startup.cs',
      code: 'if (env.IsProduction())\n{\n    app.UseDeveloperExceptionPage();\n}\n',
      findings: [
        {"line":3,"column":5,"endColumn":36,"message":`UseDeveloperExceptionPage() is called without an IsDevelopment() check, so the developer exception page, with stack traces and request details, is shown in production. ${CONTROL} Call it only inside if (app.Environment.IsDevelopment()) and use app.UseExceptionHandler("/error") otherwise.`,"severity":"medium","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'DEBUG = True in shared base settings is medium confidence',
      path: 'mysite/settings/base.py',
      code: 'DEBUG = True\n',
      findings: [
        {"line":1,"column":1,"endColumn":13,"message":`Django DEBUG is True in a settings module, so error pages show stack traces, local variables and settings to every visitor. ${CONTROL} Set DEBUG = False (read it from the environment, defaulting to False) and list the service's host names in ALLOWED_HOSTS.`,"severity":"medium","confidence":"medium","fix":{"title":"Set DEBUG = False (list the hosts in ALLOWED_HOSTS too)","output":"DEBUG = False\n"}},
      ],
    },
    {
      name: "Laravel config/app.php with 'debug' => true",
      path: 'config/app.php',
      code: "<?php\n\nreturn [\n    'name' => env('APP_NAME', 'Cases'),\n    'debug' => true,\n];\n",
      findings: [
        {"line":5,"column":5,"endColumn":20,"message":`Laravel's config/app.php sets 'debug' => true, so error pages show stack traces, queries and environment values whatever APP_DEBUG says. ${CONTROL} Use 'debug' => (bool) env('APP_DEBUG', false) and set APP_DEBUG=false in deployed environments.`,"severity":"medium","confidence":"high","fix":{"title":"Turn debug mode off","output":"<?php\n\nreturn [\n    'name' => env('APP_NAME', 'Cases'),\n    'debug' => false,\n];\n"}},
      ],
    },
    {
      name: 'Express errorhandler() without an environment check',
      path: 'src/app.js',
      code: "const errorhandler = require('errorhandler');\n\napp.use(errorhandler());\n",
      findings: [
        {"line":3,"column":9,"endColumn":23,"message":`The errorhandler middleware, meant for development only, is used without an environment check, so error responses carry full stack traces. ${CONTROL} Register it only when process.env.NODE_ENV === 'development', and use an error handler that returns a generic message otherwise.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
  ],
  valid: [
    { name: "Laravel 'debug' read from APP_DEBUG", path: 'config/app.php', code: "<?php\nreturn [\n    'debug' => (bool) env('APP_DEBUG', false),\n];\n" },
    { name: 'errorhandler() only in development', path: 'src/app.ts', code: "import errorhandler from 'errorhandler';\n\nif (process.env.NODE_ENV === 'development') {\n  app.use(errorhandler());\n}\n" },
    { name: 'UseDeveloperExceptionPage in the else of a negated IsDevelopment and of IsProduction', path: 'Startup.cs', code: 'if (!env.IsDevelopment())\n{\n    app.UseExceptionHandler("/Error");\n}\nelse\n{\n    app.UseDeveloperExceptionPage();\n}\nif (env.IsProduction()) { app.UseHsts(); } else { app.UseDeveloperExceptionPage(); }\nif (env.EnvironmentName == "Development") app.UseDeveloperExceptionPage();\n' },
    { name: 'debug read from the environment', path: 'app.py', code: "from flask import Flask\napp = Flask(__name__)\napp.run(debug=os.environ.get('FLASK_DEBUG') == '1')\n" },
    { name: 'debug=False', path: 'app.py', code: 'from flask import Flask\napp = Flask(__name__)\napp.run(debug=False)\napp.debug = False\n' },
    { name: 'a development file: settings/dev.py', path: 'mysite/settings/dev.py', code: 'DEBUG = True\n' },
    { name: 'a development file: local_settings.py', path: 'mysite/local_settings.py', code: 'DEBUG = True\n' },
    { name: 'a development file: development.py', path: 'mysite/settings/development.py', code: 'DEBUG = True\n' },
    { name: 'a development file: test_settings.py', path: 'mysite/test_settings.py', code: 'DEBUG = True\n' },
    { name: 'DEBUG = True in a module that is not a settings module', path: 'tools/report.py', code: 'DEBUG = True\n\ndef main():\n    pass\n' },
    { name: 'DEBUG = True inside a development configuration class', path: 'config.py', code: 'class DevelopmentConfig(Config):\n    DEBUG = True\n\nclass TestingConfig(Config):\n    DEBUG = True\n' },
    { name: 'DEBUG = True inside a function', path: 'mysite/settings.py', code: 'def enable_debug():\n    DEBUG = True\n    return DEBUG\n' },
    { name: 'a commented-out setting', path: 'mysite/settings.py', code: '# DEBUG = True\nDEBUG = False\n' },
    { name: 'run(debug=True) on something that is not an app object call', path: 'jobs.py', code: 'run(debug=True)\n' },
    { name: 'template .env.example', path: '.env.example', code: 'APP_DEBUG=true\n' },
    { name: 'a developer .env.local', path: '.env.local', code: 'APP_DEBUG=true\n' },
    { name: 'a development .env.development', path: '.env.development', code: 'FLASK_DEBUG=1\n' },
    { name: 'APP_DEBUG=false', path: '.env', code: 'APP_DEBUG=false\nFLASK_ENV=production\n' },
    { name: 'a development Dockerfile', path: 'Dockerfile.dev', code: 'FROM python:3.12\nENV FLASK_DEBUG=1\n' },
    { name: 'a Compose override for development', path: 'docker-compose.override.yml', code: 'services:\n  web:\n    environment:\n      - FLASK_DEBUG=1\n' },
    { name: 'NODE_ENV=development is out of scope', path: 'Dockerfile', code: 'FROM node:20\nENV NODE_ENV=development\n' },
    { name: 'customErrors RemoteOnly and compilation debug false', path: 'Web.config', code: '<configuration>\n  <system.web>\n    <customErrors mode="RemoteOnly" />\n    <compilation debug="false" />\n  </system.web>\n</configuration>\n' },
    { name: 'a Web.Debug.config transform', path: 'Web.Debug.config', code: '<configuration>\n  <system.web>\n    <compilation debug="true" />\n  </system.web>\n</configuration>\n' },
    { name: 'UseDeveloperExceptionPage inside IsDevelopment', path: 'Program.cs', code: 'var app = builder.Build();\nif (app.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n}\n' },
    { name: 'UseDeveloperExceptionPage inside a ConfigureDevelopment method', path: 'Startup.cs', code: 'public class Startup\n{\n    public void ConfigureDevelopment(IApplicationBuilder app)\n    {\n        app.UseDeveloperExceptionPage();\n    }\n}\n' },
    { name: 'consider_all_requests_local in development.rb', path: 'config/environments/development.rb', code: 'Rails.application.configure do\n  config.consider_all_requests_local = true\nend\n' },
    { name: 'consider_all_requests_local = false in production.rb', path: 'config/environments/production.rb', code: 'Rails.application.configure do\n  config.consider_all_requests_local = false\nend\n' },
    { name: "display_errors to stderr does not reach the page", path: 'index.php', code: "<?php\nini_set('display_errors', 'stderr');\nini_set('display_errors', '0');\n" },
    { name: 'display_errors = Off in php.ini', path: 'php.ini', code: '[PHP]\ndisplay_errors = Off\n' },
    { name: 'Spring include-stacktrace belongs to web-config/error-disclosure', path: 'src/main/resources/application.yml', code: 'server:\n  error:\n    include-stacktrace: always\n' },
  ],
};

describeRule(table);
