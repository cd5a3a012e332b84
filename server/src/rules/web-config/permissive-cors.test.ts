/**
 * Cases for web-config/permissive-cors: any origin with credentials (echoed origins and the
 * libraries that echo `*`), a literal `*` with credentials, any origin alone at low confidence,
 * and the safe look-alikes: allow-lists, origins checked before echoing, the bare `cors()`.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { permissiveCors } from './permissive-cors';

export const CONTROL =
  "MoJ's baseline configuration expects deny by default at every boundary (Technical Security Controls Guide: Defensive layer 1), and systems hardened with every option set for maximum resistance (System Lockdown and Hardening Standard).";

export const table: RuleTable = {
  rule: permissiveCors,
  invalid: [
    // JavaScript and TypeScript -----------------------------------------------------------------
    {
      name: 'cors({ origin: true, credentials: true })',
      path: 'src/app.js',
      code: "const cors = require('cors');\napp.use(cors({ origin: true, credentials: true }));\n",
      findings: [
        {"line":2,"column":16,"endColumn":28,"message":`CORS options with origin: true and credentials: true allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: "cors({ origin: '*', credentials: true })",
      path: 'src/app.ts',
      code: "import cors from 'cors';\napp.use(cors({ origin: '*', credentials: true }));\n",
      findings: [
        {"line":2,"column":16,"endColumn":27,"message":`CORS options with origin: '*' and credentials: true combines the * origin with credentials: browsers refuse the pair and newer frameworks throw, and the usual work-around, echoing the Origin header, opens the service to every site. ${CONTROL} Allow only a fixed list of trusted origins with credentials.`,"severity":"medium","confidence":"medium","fix":null},
      ],
    },
    {
      name: "cors({ origin: '*' }) without credentials is low",
      path: 'src/public-api.js',
      code: "app.use(cors({ origin: '*' }));\n",
      findings: [
        {"line":1,"column":16,"endColumn":27,"message":`CORS options with origin: '*' lets any web site read this service's responses. That is right only for a public API with no cookies or authentication. ${CONTROL} If the API is not public, allow only a fixed list of trusted origins.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    {
      name: 'Socket.IO cors with an origin function that approves everything',
      path: 'src/socket.ts',
      code: "const io = new Server(httpServer, {\n  cors: { origin: (origin, cb) => cb(null, true), credentials: true },\n});\n",
      findings: [
        {"line":2,"column":11,"endColumn":49,"message":`CORS options with origin: (origin, cb) => cb(null, true) and credentials: true allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: 'request origin echoed with the credentials header, through a variable',
      path: 'src/middleware/cors.js',
      code: "module.exports = (req, res, next) => {\n  const origin = req.headers.origin;\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  next();\n};\n",
      findings: [
        {"line":3,"column":3,"endColumn":55,"message":`Echoing the request's Origin header into Access-Control-Allow-Origin with Access-Control-Allow-Credentials: true allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    // Python ------------------------------------------------------------------------------------
    {
      name: 'Flask-CORS supports_credentials with the default origins',
      path: 'app/__init__.py',
      code: 'from flask_cors import CORS\n\nCORS(app, supports_credentials=True)\n',
      findings: [
        {"line":3,"column":1,"endColumn":37,"message":`Flask-CORS CORS(supports_credentials=True, origins left at the default *) allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: "Flask-CORS origins='*' alone is low",
      path: 'app/api.py',
      code: "CORS(app, origins='*')\n",
      findings: [
        {"line":1,"column":1,"endColumn":23,"message":`Flask-CORS CORS(origins='*') lets any web site read this service's responses. That is right only for a public API with no cookies or authentication. ${CONTROL} If the API is not public, allow only a fixed list of trusted origins.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    {
      name: 'FastAPI CORSMiddleware with * and credentials',
      path: 'api/main.py',
      code: 'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=["*"],\n    allow_credentials=True,\n)\n',
      findings: [
        {"line":3,"column":5,"endColumn":24,"message":`CORSMiddleware with allow_origins=["*"] and allow_credentials=True allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: 'django-cors-headers allow all with credentials',
      path: 'mysite/settings.py',
      code: 'CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True\n',
      findings: [
        {"line":1,"column":1,"endColumn":30,"message":`CORS_ALLOW_ALL_ORIGINS = True with CORS_ALLOW_CREDENTIALS = True allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: 'django-cors-headers legacy setting without credentials is low',
      path: 'mysite/settings.py',
      code: 'CORS_ORIGIN_ALLOW_ALL = True\n',
      findings: [
        {"line":1,"column":1,"endColumn":29,"message":`CORS_ORIGIN_ALLOW_ALL = True lets any web site read this service's responses. That is right only for a public API with no cookies or authentication. ${CONTROL} If the API is not public, allow only a fixed list of trusted origins.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    // Java --------------------------------------------------------------------------------------
    {
      name: 'Spring allowedOriginPatterns("*") with allowCredentials(true)',
      path: 'src/main/java/uk/gov/moj/WebConfig.java',
      code: 'public class WebConfig implements WebMvcConfigurer {\n    public void addCorsMappings(CorsRegistry registry) {\n        registry.addMapping("/**").allowedOriginPatterns("*").allowCredentials(true);\n    }\n}\n',
      findings: [
        {"line":3,"column":36,"endColumn":62,"message":`Spring allowedOriginPatterns("*") with allowCredentials(true) allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: 'Spring CorsConfiguration with addAllowedOrigin("*") and credentials',
      path: 'src/main/java/uk/gov/moj/CorsConfig.java',
      code: 'class CorsConfig {\n    CorsConfigurationSource source() {\n        CorsConfiguration config = new CorsConfiguration();\n        config.addAllowedOrigin("*");\n        config.setAllowCredentials(true);\n        return null;\n    }\n}\n',
      findings: [
        {"line":4,"column":16,"endColumn":37,"message":`Spring addAllowedOrigin("*") with allowCredentials(true) combines the * origin with credentials: browsers refuse the pair and newer frameworks throw, and the usual work-around, echoing the Origin header, opens the service to every site. ${CONTROL} Allow only a fixed list of trusted origins with credentials.`,"severity":"medium","confidence":"medium","fix":null},
      ],
    },
    {
      name: '@CrossOrigin(origins = "*", allowCredentials = "true")',
      path: 'src/main/java/uk/gov/moj/CaseController.java',
      code: '@RestController\n@CrossOrigin(origins = "*", allowCredentials = "true")\npublic class CaseController {\n}\n',
      findings: [
        {"line":2,"column":1,"endColumn":55,"message":`@CrossOrigin(origins = "*", allowCredentials = "true") combines the * origin with credentials: browsers refuse the pair and newer frameworks throw, and the usual work-around, echoing the Origin header, opens the service to every site. ${CONTROL} Allow only a fixed list of trusted origins with credentials.`,"severity":"medium","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'servlet filter echoing request.getHeader("Origin") with credentials',
      path: 'src/main/java/uk/gov/moj/CorsFilter.java',
      code: 'class CorsFilter {\n    void doFilter(HttpServletRequest request, HttpServletResponse response) {\n        response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));\n        response.setHeader("Access-Control-Allow-Credentials", "true");\n    }\n}\n',
      findings: [
        {"line":3,"column":9,"endColumn":87,"message":`Echoing the request's Origin header into Access-Control-Allow-Origin with Access-Control-Allow-Credentials: true allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    // C# ----------------------------------------------------------------------------------------
    {
      name: 'SetIsOriginAllowed(_ => true) with AllowCredentials()',
      path: 'Program.cs',
      code: 'builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>\n    policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowCredentials()));\n',
      findings: [
        {"line":2,"column":12,"endColumn":41,"message":`SetIsOriginAllowed(origin => true) with AllowCredentials() allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: 'AllowAnyOrigin() with AllowCredentials()',
      path: 'Startup.cs',
      code: 'services.AddCors(o => o.AddPolicy("all", p => p.AllowAnyOrigin().AllowCredentials()));\n',
      findings: [
        {"line":1,"column":49,"endColumn":65,"message":`AllowAnyOrigin() with AllowCredentials() combines the * origin with credentials: browsers refuse the pair and newer frameworks throw, and the usual work-around, echoing the Origin header, opens the service to every site. ${CONTROL} Allow only a fixed list of trusted origins with credentials.`,"severity":"medium","confidence":"medium","fix":null},
      ],
    },
    // Go ----------------------------------------------------------------------------------------
    {
      name: 'rs/cors with * and AllowCredentials',
      path: 'cmd/api/main.go',
      code: 'package main\n\nimport "github.com/rs/cors"\n\nfunc main() {\n\tc := cors.New(cors.Options{\n\t\tAllowedOrigins:   []string{"*"},\n\t\tAllowCredentials: true,\n\t})\n\t_ = c\n}\n',
      findings: [
        {"line":7,"column":3,"endColumn":34,"message":`CORS options with AllowedOrigins: []string{"*"} and AllowCredentials: true allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: 'rs/cors AllowOriginFunc that returns true',
      path: 'cmd/api/cors.go',
      code: 'package main\n\nvar c = cors.New(cors.Options{\n\tAllowOriginFunc:  func(origin string) bool { return true },\n\tAllowCredentials: true,\n})\n',
      findings: [
        {"line":4,"column":2,"endColumn":60,"message":`CORS options with AllowOriginFunc that returns true and AllowCredentials: true allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: 'echoing r.Header.Get("Origin") with credentials',
      path: 'internal/http/cors.go',
      code: 'package http\n\nfunc withCORS(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))\n\tw.Header().Set("Access-Control-Allow-Credentials", "true")\n}\n',
      findings: [
        {"line":4,"column":2,"endColumn":71,"message":`Echoing the request's Origin header into Access-Control-Allow-Origin with Access-Control-Allow-Credentials: true allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    // PHP and nginx -----------------------------------------------------------------------------
    {
      name: 'PHP header echoing HTTP_ORIGIN with credentials',
      path: 'public/api.php',
      code: "<?php\nheader(\"Access-Control-Allow-Origin: \" . $_SERVER['HTTP_ORIGIN']);\nheader('Access-Control-Allow-Credentials: true');\n",
      findings: [
        {"line":2,"column":1,"endColumn":66,"message":`Echoing the request's Origin header into Access-Control-Allow-Origin with Access-Control-Allow-Credentials: true allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: 'nginx $http_origin with credentials',
      path: 'nginx/nginx.conf',
      code: "server {\n    location /api/ {\n        add_header Access-Control-Allow-Origin $http_origin always;\n        add_header 'Access-Control-Allow-Credentials' 'true';\n    }\n}\n",
      findings: [
        {"line":3,"column":9,"endColumn":67,"message":`add_header Access-Control-Allow-Origin $http_origin with Access-Control-Allow-Credentials true allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: 'nginx * alone is low',
      path: 'nginx/conf.d/public.conf',
      code: "server {\n    add_header Access-Control-Allow-Origin *;\n}\n",
      findings: [
        {"line":2,"column":5,"endColumn":45,"message":`add_header Access-Control-Allow-Origin * lets any web site read this service's responses. That is right only for a public API with no cookies or authentication. ${CONTROL} If the API is not public, allow only a fixed list of trusted origins.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    {
      name: 'Flask response header assignment echoing the Origin with credentials',
      path: 'app/cors.py',
      code: "@app.after_request\ndef add_cors(resp):\n    resp.headers['Access-Control-Allow-Origin'] = request.headers.get('Origin')\n    resp.headers['Access-Control-Allow-Credentials'] = 'true'\n    return resp\n",
      findings: [
        {"line":3,"column":5,"endColumn":80,"message":`Echoing the request's Origin header into Access-Control-Allow-Origin with Access-Control-Allow-Credentials: true allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
    {
      name: 'C# Response.Headers indexer echoing the Origin, without credentials, is low',
      path: 'Middleware/CorsMiddleware.cs',
      code: 'public class CorsMiddleware\n{\n    public Task Invoke(HttpContext context)\n    {\n        context.Response.Headers["Access-Control-Allow-Origin"] = context.Request.Headers["Origin"];\n        return next(context);\n    }\n}\n',
      findings: [
        {"line":5,"column":9,"endColumn":100,"message":`Echoing the request's Origin header into Access-Control-Allow-Origin lets any web site read this service's responses. That is right only for a public API with no cookies or authentication. ${CONTROL} If the API is not public, allow only a fixed list of trusted origins.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    {
      name: "Koa @koa/cors with credentials and no origin echoes the request's Origin",
      path: 'src/server.js',
      code: "const cors = require('@koa/cors');\napp.use(cors({ credentials: true }));\n",
      findings: [
        {"line":2,"column":9,"endColumn":36,"message":`Koa CORS middleware with credentials: true and no origin option (it echoes the request's Origin) allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`,"severity":"high","confidence":"high","fix":null},
      ],
    },
  ],
  valid: [
    { name: 'Koa @koa/cors with a fixed origin', path: 'src/server.js', code: "const cors = require('@koa/cors');\napp.use(cors({ origin: 'https://app.justice.gov.uk', credentials: true }));\n" },
    { name: 'the bare cors() middleware is the public-API default', path: 'src/app.js', code: "app.use(cors());\n" },
    { name: 'an allow-list with credentials', path: 'src/app.js', code: "app.use(cors({ origin: ['https://app.justice.gov.uk'], credentials: true }));\n" },
    { name: 'origin from configuration', path: 'src/app.ts', code: 'app.use(cors({ origin: config.allowedOrigins, credentials: true }));\n' },
    { name: 'an origin key in an unrelated object', path: 'src/map.js', code: "const point = { origin: true, scale: 2 };\n" },
    { name: 'echo guarded by an allow-list check', path: 'src/cors.js', code: "const origin = req.headers.origin;\nif (allowedOrigins.includes(origin)) {\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n}\n" },
    { name: 'a fixed origin header', path: 'src/cors.js', code: "res.setHeader('Access-Control-Allow-Origin', 'https://app.justice.gov.uk');\nres.setHeader('Access-Control-Allow-Credentials', 'true');\n" },
    { name: 'Flask-CORS default without credentials', path: 'app/__init__.py', code: 'CORS(app)\n' },
    { name: 'Flask-CORS allow-list with credentials', path: 'app/__init__.py', code: "CORS(app, origins=['https://app.justice.gov.uk'], supports_credentials=True)\n" },
    { name: 'FastAPI allow-list', path: 'api/main.py', code: "app.add_middleware(CORSMiddleware, allow_origins=['https://app.justice.gov.uk'], allow_credentials=True)\n" },
    { name: 'django allow-list', path: 'mysite/settings.py', code: "CORS_ALLOWED_ORIGINS = ['https://app.justice.gov.uk']\nCORS_ALLOW_CREDENTIALS = True\n" },
    { name: 'Spring allowedOrigins list with credentials', path: 'src/main/java/A.java', code: 'class A {\n    void f(CorsRegistry registry) {\n        registry.addMapping("/**").allowedOrigins("https://app.justice.gov.uk").allowCredentials(true);\n    }\n}\n' },
    { name: 'ASP.NET WithOrigins list and credentials', path: 'Program.cs', code: 'policy.WithOrigins("https://app.justice.gov.uk").AllowCredentials();\n' },
    { name: 'a commented-out wildcard', path: 'nginx/nginx.conf', code: "server {\n    # add_header Access-Control-Allow-Origin *;\n    add_header Access-Control-Allow-Origin https://app.justice.gov.uk;\n}\n" },
    { name: 'Go rs/cors allow-list', path: 'main.go', code: 'package main\n\nvar c = cors.New(cors.Options{AllowedOrigins: []string{"https://app.justice.gov.uk"}, AllowCredentials: true})\n' },
  ],
};

describeRule(table);
