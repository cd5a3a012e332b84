/**
 * access/anonymous-admin: admin, management, internal and actuator routes opened to anonymous
 * users in Spring Security, Java annotations, ASP.NET Core attributes, Django REST framework,
 * Rails and route objects; with the look-alikes that must stay silent (admin sign-in pages and
 * assets, health checks, public controllers, non-admin routes, authenticated admin routes).
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { anonymousAdmin } from './anonymous-admin';

const CONTROL =
  "MoJ requires all access to data to be authenticated, and access to follow least privilege (Authentication: The base principle; Access Control guide).";

export const table: RuleTable = {
  rule: anonymousAdmin,
  invalid: [
    {
      name: "Spring: admin matcher, actuator wildcard and anyRequest().permitAll()",
      path: "src/main/java/SecurityConfig.java",
      code: "class SecurityConfig {\n  SecurityFilterChain chain(HttpSecurity http) throws Exception {\n    http.authorizeHttpRequests(auth -> auth.requestMatchers(\"/admin/**\").permitAll().anyRequest().authenticated());\n    http.authorizeRequests().antMatchers(HttpMethod.GET, \"/actuator/**\").permitAll().anyRequest().permitAll();\n    return http.build();\n  }\n}\n",
      findings: [
        {
          line: 3, column: 74, endColumn: 85, severity: 'high', confidence: 'high', // "permitAll()"
          message: `permitAll() opens the admin path /admin/** to anonymous users. ${CONTROL} Require an administrator role, for example hasRole("ADMIN").`,
          fix: { title: "Require the ADMIN role", output: "class SecurityConfig {\n  SecurityFilterChain chain(HttpSecurity http) throws Exception {\n    http.authorizeHttpRequests(auth -> auth.requestMatchers(\"/admin/**\").hasRole(\"ADMIN\").anyRequest().authenticated());\n    http.authorizeRequests().antMatchers(HttpMethod.GET, \"/actuator/**\").permitAll().anyRequest().permitAll();\n    return http.build();\n  }\n}\n" },
        },
        {
          line: 4, column: 74, endColumn: 85, severity: 'medium', confidence: 'high', // "permitAll()"
          message: `permitAll() opens Spring Boot actuator endpoints (/actuator/**) to anonymous users; endpoints such as env, heapdump, loggers and shutdown expose secrets or control the application. ${CONTROL} Permit only health and info, and require an operator role for the rest.`,
          fix: null,
        },
        {
          line: 4, column: 99, endColumn: 110, severity: 'medium', confidence: 'medium', // "permitAll()"
          message: `anyRequest().permitAll() makes every path not matched above public, so a new admin or internal endpoint is open to anonymous users by default. ${CONTROL} End the chain with anyRequest().authenticated() and open public paths one by one.`,
          fix: null,
        },
      ],
    },
    {
      name: "Spring: internal paths through a constant, and every actuator endpoint",
      path: "src/main/java/Web.java",
      code: "class Web {\n  static final String INTERNAL = \"/internal/**\";\n  SecurityFilterChain chain(HttpSecurity http) throws Exception {\n    return http.authorizeHttpRequests(a -> a\n        .requestMatchers(INTERNAL).permitAll()\n        .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll()\n        .anyRequest().authenticated()).build();\n  }\n}\n",
      findings: [
        {
          line: 5, column: 36, endColumn: 47, severity: 'high', confidence: 'high', // "permitAll()"
          message: `permitAll() opens the admin path /internal/** to anonymous users. ${CONTROL} Require an administrator role, for example hasRole("ADMIN").`,
          fix: { title: "Require the ADMIN role", output: "class Web {\n  static final String INTERNAL = \"/internal/**\";\n  SecurityFilterChain chain(HttpSecurity http) throws Exception {\n    return http.authorizeHttpRequests(a -> a\n        .requestMatchers(INTERNAL).hasRole(\"ADMIN\")\n        .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll()\n        .anyRequest().authenticated()).build();\n  }\n}\n" },
        },
        {
          line: 6, column: 59, endColumn: 70, severity: 'medium', confidence: 'high', // "permitAll()"
          message: `permitAll() opens Spring Boot actuator endpoints (EndpointRequest.toAnyEndpoint()) to anonymous users; endpoints such as env, heapdump, loggers and shutdown expose secrets or control the application. ${CONTROL} Permit only health and info, and require an operator role for the rest.`,
          fix: null,
        },
      ],
    },
    {
      name: "Java: @PermitAll on an admin controller and one of its endpoints",
      path: "src/main/java/AdminResource.java",
      code: "@RestController\n@RequestMapping(\"/admin\")\n@PermitAll\npublic class AdminResource {\n  @PreAuthorize(\"permitAll()\")\n  @GetMapping(\"/users\")\n  public List<User> users() { return List.of(); }\n}\n",
      findings: [
        {
          line: 3, column: 1, endColumn: 11, severity: 'high', confidence: 'high', // "@PermitAll"
          message: `@PermitAll lets anonymous users call the controller AdminResource, which is part of an admin area. ${CONTROL} Remove @PermitAll and require an administrator role.`,
          fix: null,
        },
        {
          line: 5, column: 3, endColumn: 31, severity: 'high', confidence: 'high', // "@PreAuthorize(\"permitAll()\")"
          message: `@PreAuthorize("permitAll()") lets anonymous users call the action users, which is part of an admin area. ${CONTROL} Remove @PreAuthorize("permitAll()") and require an administrator role.`,
          fix: null,
        },
      ],
    },
    {
      name: "ASP.NET Core: AllowAnonymous overriding an admin role on the controller and an action",
      path: "Controllers/AdminController.cs",
      code: "[Authorize(Roles = \"Admin\")]\n[Route(\"api/admin\")]\n[AllowAnonymous]\npublic class AdminController : ControllerBase\n{\n    [AllowAnonymous]\n    [HttpGet(\"stats\")]\n    public IActionResult Stats() => Ok();\n}\n",
      findings: [
        {
          line: 3, column: 2, endColumn: 16, severity: 'high', confidence: 'high', // "AllowAnonymous"
          message: `[AllowAnonymous] lets anonymous users call the controller AdminController, which is part of an admin area, overriding the Admin role the controller requires. ${CONTROL} Remove [AllowAnonymous] and require an administrator role.`,
          fix: null,
        },
        {
          line: 6, column: 6, endColumn: 20, severity: 'high', confidence: 'high', // "AllowAnonymous"
          message: `[AllowAnonymous] lets anonymous users call the action Stats, which is part of an admin area, overriding the Admin role the controller requires. ${CONTROL} Remove [AllowAnonymous] and require an administrator role.`,
          fix: null,
        },
      ],
    },
    {
      name: "ASP.NET Core: an anonymous export action in an Administrator-only controller",
      path: "Controllers/ReportsController.cs",
      code: "[Authorize(Roles = \"Administrator\")]\npublic class ReportsController : Controller\n{\n    [AllowAnonymous]\n    public IActionResult Login() => View();\n\n    [AllowAnonymous]\n    public IActionResult Export() => View();\n}\n",
      findings: [
        {
          line: 7, column: 6, endColumn: 20, severity: 'high', confidence: 'medium', // "AllowAnonymous"
          message: `[AllowAnonymous] lets anonymous users call the action Export, overriding the Administrator role its controller requires. ${CONTROL} Remove [AllowAnonymous], or move the action to a controller meant to be public.`,
          fix: null,
        },
      ],
    },
    {
      name: "Django REST framework: decorator, class attribute and default setting",
      path: "api/views.py",
      code: "from rest_framework.decorators import api_view, permission_classes\nfrom rest_framework.permissions import AllowAny\nfrom rest_framework import permissions, viewsets\n\n@api_view(['GET'])\n@permission_classes([AllowAny])\ndef admin_stats(request):\n    pass\n\nclass AdminUserViewSet(viewsets.ModelViewSet):\n    permission_classes = [permissions.AllowAny]\n\nREST_FRAMEWORK = {\n    'DEFAULT_PERMISSION_CLASSES': ['rest_framework.permissions.AllowAny'],\n}\n",
      findings: [
        {
          line: 6, column: 22, endColumn: 30, severity: 'high', confidence: 'medium', // "AllowAny"
          message: `AllowAny lets anonymous users call the admin view admin_stats. ${CONTROL} Use IsAdminUser or a permission class that checks the administrator role.`,
          fix: null,
        },
        {
          line: 11, column: 27, endColumn: 47, severity: 'high', confidence: 'medium', // "permissions.AllowAny"
          message: `AllowAny lets anonymous users call the admin view AdminUserViewSet. ${CONTROL} Use IsAdminUser or a permission class that checks the administrator role.`,
          fix: null,
        },
        {
          line: 14, column: 36, endColumn: 73, severity: 'medium', confidence: 'medium', // "'rest_framework.permissions.AllowAny'"
          message: `DEFAULT_PERMISSION_CLASSES is AllowAny, so every API view that does not set its own permissions, admin views included, is open to anonymous users. ${CONTROL} Default to IsAuthenticated (or IsAdminUser) and open public views one by one.`,
          fix: null,
        },
      ],
    },
    {
      name: "Rails: skipping authentication in the Admin namespace",
      path: "app/controllers/admin/users_controller.rb",
      code: "module Admin\n  class UsersController < ApplicationController\n    skip_before_action :authenticate_user!\n  end\nend\n\nclass Admin::ReportsController < ApplicationController\n  skip_before_action :authenticate_admin!, only: [:index]\nend\n",
      findings: [
        {
          line: 3, column: 24, endColumn: 43, severity: 'high', confidence: 'high', // ":authenticate_user!"
          message: `skip_before_action :authenticate_user! lets anonymous users reach Admin::UsersController. ${CONTROL} Remove the skip, or limit it to a sign-in action outside the admin namespace.`,
          fix: null,
        },
        {
          line: 8, column: 22, endColumn: 42, severity: 'high', confidence: 'high', // ":authenticate_admin!"
          message: `skip_before_action :authenticate_admin! lets anonymous users reach Admin::ReportsController. ${CONTROL} Remove the skip, or limit it to a sign-in action outside the admin namespace.`,
          fix: null,
        },
      ],
    },
    {
      name: "hapi: auth false on an admin route; skipAuth on an internal route",
      path: "src/routes.js",
      code: "server.route({ method: 'GET', path: '/admin/users', options: { auth: false }, handler });\nconst metrics = { method: 'GET', path: '/internal/metrics', skipAuth: true };\n",
      findings: [
        {
          line: 1, column: 70, endColumn: 75, severity: 'high', confidence: 'high', // "false"
          message: `auth: false turns authentication off for the admin route /admin/users. ${CONTROL} Remove it so the route uses the server's authentication strategy, and require an administrator scope.`,
          fix: null,
        },
        {
          line: 2, column: 71, endColumn: 75, severity: 'high', confidence: 'high', // "true"
          message: `skipAuth: true turns authentication off for the admin route /internal/metrics. ${CONTROL} Remove it so the route uses the server's authentication strategy, and require an administrator scope.`,
          fix: null,
        },
      ],
    },
    {
      name: "Spring: web.ignoring() of an admin path",
      path: "src/main/java/WebConfig.java",
      code: "class WebConfig {\n  WebSecurityCustomizer customizer() {\n    return (web) -> web.ignoring().requestMatchers(\"/admin/**\", \"/static/**\");\n  }\n}\n",
      findings: [
        {
          line: 3, column: 36, endColumn: 78, severity: 'high', confidence: 'high', // "requestMatchers(\"/admin/**\", \"/static/**\")"
          message: `web.ignoring() takes /admin/** out of Spring Security altogether, so it is served to anonymous users with no authentication, authorisation or security headers. ${CONTROL} Remove it from ignoring() and require an administrator role in the filter chain.`,
          fix: null,
        },
      ],
    },
    {
      name: "ASP.NET Core minimal APIs: AllowAnonymous on an admin endpoint and group",
      path: "Program.cs",
      code: "var app = builder.Build();\napp.MapGet(\"/admin/users\", () => Results.Ok()).AllowAnonymous();\nvar admin = app.MapGroup(\"/admin\").AllowAnonymous();\n",
      findings: [
        {
          line: 2, column: 48, endColumn: 64, severity: 'high', confidence: 'high', // "AllowAnonymous()"
          message: `AllowAnonymous() lets anonymous users call the admin endpoint /admin/users. ${CONTROL} Remove it and use RequireAuthorization with an administrator policy.`,
          fix: null,
        },
        {
          line: 3, column: 36, endColumn: 52, severity: 'high', confidence: 'high', // "AllowAnonymous()"
          message: `AllowAnonymous() lets anonymous users call the admin endpoint /admin. ${CONTROL} Remove it and use RequireAuthorization with an administrator policy.`,
          fix: null,
        },
      ],
    },
    {
      name: "NestJS: @Public() on an admin route and on an internal controller",
      path: "src/admin/admin.controller.ts",
      code: "@Controller('admin/users')\nexport class AdminUsersController {\n  @Public()\n  @Get()\n  findAll() {\n    return [];\n  }\n}\n\n@Public()\n@Controller('internal')\nclass InternalController {}\n",
      findings: [
        {
          line: 3, column: 3, endColumn: 12, severity: 'high', confidence: 'high', // "@Public()"
          message: `@Public() lets anonymous users call AdminUsersController.findAll, which is part of an admin area. ${CONTROL} Remove the decorator and guard the route with an administrator role.`,
          fix: null,
        },
        {
          line: 10, column: 1, endColumn: 10, severity: 'high', confidence: 'high', // "@Public()"
          message: `@Public() lets anonymous users call the controller InternalController, which is part of an admin area. ${CONTROL} Remove the decorator and guard the route with an administrator role.`,
          fix: null,
        },
      ],
    },
    {
      name: "Laravel: withoutMiddleware('auth') on an admin prefix and an admin route",
      path: "routes/web.php",
      code: "<?php\nRoute::prefix('admin')->withoutMiddleware('auth')->group(function () {\n    Route::get('/users', [UserController::class, 'index']);\n});\nRoute::get('/admin/stats', [StatsController::class, 'show'])->withoutMiddleware(['auth:sanctum']);\n",
      findings: [
        {
          line: 2, column: 25, endColumn: 50, severity: 'high', confidence: 'high', // "withoutMiddleware('auth')"
          message: `withoutMiddleware removes authentication from the admin route admin, so anonymous users can reach it. ${CONTROL} Keep the auth middleware and add an administrator gate or policy.`,
          fix: null,
        },
        {
          line: 5, column: 63, endColumn: 98, severity: 'high', confidence: 'high', // "withoutMiddleware(['auth:sanctum'])"
          message: `withoutMiddleware removes authentication from the admin route /admin/stats, so anonymous users can reach it. ${CONTROL} Keep the auth middleware and add an administrator gate or policy.`,
          fix: null,
        },
      ],
    },
  ],
  valid: [
    {
      name: "Spring: admin sign-in page and assets, health and info, admin role required",
      path: "src/main/java/Ok.java",
      code: "class Ok {\n  SecurityFilterChain chain(HttpSecurity http) throws Exception {\n    return http.authorizeHttpRequests(a -> a\n        .requestMatchers(\"/admin/login\", \"/admin/css/**\").permitAll()\n        .requestMatchers(\"/actuator/health\", \"/actuator/info\").permitAll()\n        .requestMatchers(EndpointRequest.to(\"health\", \"info\")).permitAll()\n        .requestMatchers(\"/public/**\", \"/\").permitAll()\n        .requestMatchers(\"/admin/**\").hasRole(\"ADMIN\")\n        .anyRequest().authenticated()).build();\n  }\n}\n",
    },
    {
      name: "Java: @PermitAll on a public controller",
      path: "src/main/java/CatalogueResource.java",
      code: "@RestController\n@RequestMapping(\"/catalogue\")\n@PermitAll\npublic class CatalogueResource {\n  @GetMapping(\"/items\")\n  public List<Item> items() { return List.of(); }\n}\n",
    },
    {
      name: "ASP.NET Core: sign-in action on an admin controller, anonymous public controller",
      path: "Controllers/AdminAccountController.cs",
      code: "[Authorize(Roles = \"Admin\")]\n[Route(\"admin/account\")]\npublic class AdminAccountController : Controller\n{\n    [AllowAnonymous]\n    [HttpGet(\"login\")]\n    public IActionResult Login() => View();\n}\n\n[AllowAnonymous]\npublic class HomeController : Controller { }\n",
    },
    {
      name: "Django REST framework: AllowAny on a sign-up view, IsAdminUser on admin",
      path: "api/ok.py",
      code: "from rest_framework.permissions import AllowAny, IsAdminUser\n\n@permission_classes([AllowAny])\ndef signup(request):\n    pass\n\nclass AdminUserViewSet(viewsets.ModelViewSet):\n    permission_classes = [IsAdminUser]\n",
    },
    {
      name: "Rails: skipping authentication outside the admin namespace, or skipping CSRF in it",
      path: "app/controllers/pages_controller.rb",
      code: "class PagesController < ApplicationController\n  skip_before_action :authenticate_user!\nend\n\nmodule Admin\n  class HooksController < ApplicationController\n    skip_before_action :verify_authenticity_token\n  end\nend\n",
    },
    {
      name: "route objects: public route without auth, admin route with auth",
      path: "src/ok.js",
      code: "server.route({ method: 'GET', path: '/status', options: { auth: false }, handler });\nserver.route({ method: 'GET', path: '/admin/users', options: { auth: { scope: ['admin'] } }, handler });\n// { path: '/admin', options: { auth: false } }\n",
    },
    {
      name: "Spring: web.ignoring() of static assets",
      path: "src/main/java/WebOk.java",
      code: "class WebOk {\n  WebSecurityCustomizer customizer() {\n    return (web) -> web.ignoring().requestMatchers(\"/css/**\", \"/images/**\");\n  }\n}\n",
    },
    {
      name: "ASP.NET Core minimal APIs: anonymous health check, admin group requiring authorisation",
      path: "Program.cs",
      code: "app.MapGet(\"/health\", () => Results.Ok()).AllowAnonymous();\napp.MapGroup(\"/admin\").RequireAuthorization(\"Admin\");\n",
    },
    {
      name: "NestJS: @Public() on a public controller and on the admin sign-in route",
      path: "src/catalogue.controller.ts",
      code: "@Controller('catalogue')\nexport class CatalogueController {\n  @Public()\n  @Get('items')\n  items() {\n    return [];\n  }\n}\n\n@Controller('admin')\nexport class AdminAuthController {\n  @Public()\n  @Post('login')\n  login() {}\n}\n",
    },
    {
      name: "Laravel: public route without auth, admin prefix with auth, other middleware removed",
      path: "routes/api.php",
      code: "<?php\nRoute::get('/status', fn () => 'ok')->withoutMiddleware('auth');\nRoute::prefix('admin')->middleware(['auth', 'can:admin'])->group(function () {\n    Route::get('/users', [UserController::class, 'index']);\n});\nRoute::post('/admin/hooks', [HookController::class, 'store'])->withoutMiddleware('throttle');\n",
    },
  ],
};

describeRule(table);
