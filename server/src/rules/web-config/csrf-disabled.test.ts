/**
 * Cases for web-config/csrf-disabled: CSRF protection switched off in Spring Security, Django,
 * Flask-WTF, Rails, ASP.NET Core and Laravel, the stateless-API case at low confidence, and the
 * look-alikes that stay silent: test configuration, API-only controllers, missing middleware
 * that cannot be judged.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { csrfDisabled } from './csrf-disabled';

export const CONTROL =
  "MoJ's baseline configuration expects deny by default and security controls left on (Technical Security Controls Guide: Defensive layer 1), and all access to data to be authenticated (Authentication: The base principle); a forged request carries the user's session without the user's intent.";

export const table: RuleTable = {
  rule: csrfDisabled,
  invalid: [
    // Spring Security ---------------------------------------------------------------------------
    {
      name: 'http.csrf().disable() in a form-login configuration',
      path: 'src/main/java/uk/gov/moj/SecurityConfig.java',
      code: 'class SecurityConfig {\n    SecurityFilterChain chain(HttpSecurity http) throws Exception {\n        http.csrf().disable()\n            .formLogin();\n        return http.build();\n    }\n}\n',
      findings: [
        {"line":3,"column":14,"endColumn":30,"message":`Spring Security CSRF protection is disabled (csrf().disable()). ${CONTROL} Keep CSRF protection on for browser sessions (CookieCsrfTokenRepository for JavaScript clients); disable it only for stateless APIs that authenticate every request with a bearer token.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'csrf(AbstractHttpConfigurer::disable) and csrf(c -> c.disable())',
      path: 'src/main/java/uk/gov/moj/WebSecurity.java',
      code: 'class WebSecurity {\n    SecurityFilterChain a(HttpSecurity http) throws Exception {\n        return http.csrf(AbstractHttpConfigurer::disable).build();\n    }\n    SecurityFilterChain b(HttpSecurity http) throws Exception {\n        return http.csrf(c -> c.disable()).build();\n    }\n}\n',
      findings: [
        {"line":3,"column":21,"endColumn":58,"message":`Spring Security CSRF protection is disabled (csrf(AbstractHttpConfigurer::disable)). ${CONTROL} Keep CSRF protection on for browser sessions (CookieCsrfTokenRepository for JavaScript clients); disable it only for stateless APIs that authenticate every request with a bearer token.`,"severity":"medium","confidence":"high","fix":null},
        {"line":6,"column":21,"endColumn":43,"message":`Spring Security CSRF protection is disabled (csrf(c -> c.disable())). ${CONTROL} Keep CSRF protection on for browser sessions (CookieCsrfTokenRepository for JavaScript clients); disable it only for stateless APIs that authenticate every request with a bearer token.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'a stateless token API is low confidence',
      path: 'src/main/java/uk/gov/moj/ApiSecurity.java',
      code: 'class ApiSecurity {\n    SecurityFilterChain api(HttpSecurity http) throws Exception {\n        return http\n            .csrf(csrf -> csrf.disable())\n            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))\n            .build();\n    }\n}\n',
      findings: [
        {"line":4,"column":14,"endColumn":42,"message":`Spring Security CSRF protection is disabled (csrf(csrf -> csrf.disable())). ${CONTROL} Keep CSRF protection on for browser sessions (CookieCsrfTokenRepository for JavaScript clients); disable it only for stateless APIs that authenticate every request with a bearer token.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    // Django and Flask --------------------------------------------------------------------------
    {
      name: '@csrf_exempt on a Django view',
      path: 'cases/views.py',
      code: 'from django.views.decorators.csrf import csrf_exempt\n\n@csrf_exempt\ndef update_case(request):\n    return save(request)\n',
      findings: [
        {"line":3,"column":1,"endColumn":13,"message":`The view is exempt from Django's CSRF check (@csrf_exempt). ${CONTROL} Remove @csrf_exempt and send the token from the client; for webhooks, verify the sender's signature instead.`,"severity":"medium","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'MIDDLEWARE with sessions and without CsrfViewMiddleware',
      path: 'mysite/settings.py',
      code: "MIDDLEWARE = [\n    'django.middleware.security.SecurityMiddleware',\n    'django.contrib.sessions.middleware.SessionMiddleware',\n    # 'django.middleware.csrf.CsrfViewMiddleware',\n    'django.contrib.auth.middleware.AuthenticationMiddleware',\n]\n",
      findings: [
        {"line":1,"column":1,"endColumn":11,"message":`The MIDDLEWARE list has sessions but no django.middleware.csrf.CsrfViewMiddleware, so no view checks CSRF tokens. ${CONTROL} Add 'django.middleware.csrf.CsrfViewMiddleware' to MIDDLEWARE after SessionMiddleware.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'Flask-WTF switched off: module setting and app.config',
      path: 'app/config.py',
      code: "WTF_CSRF_ENABLED = False\napp.config['WTF_CSRF_ENABLED'] = False\napp.config.update(WTF_CSRF_ENABLED=False)\n",
      findings: [
        {"line":1,"column":1,"endColumn":25,"message":`Flask-WTF CSRF protection is switched off (WTF_CSRF_ENABLED = False). ${CONTROL} Leave WTF_CSRF_ENABLED at its default (True) outside test configuration, and render csrf_token() in forms.`,"severity":"medium","confidence":"high","fix":null},
        {"line":2,"column":1,"endColumn":39,"message":`Flask-WTF CSRF protection is switched off (app.config['WTF_CSRF_ENABLED'] = False). ${CONTROL} Leave WTF_CSRF_ENABLED at its default (True) outside test configuration, and render csrf_token() in forms.`,"severity":"medium","confidence":"high","fix":null},
        {"line":3,"column":19,"endColumn":41,"message":`Flask-WTF CSRF protection is switched off (WTF_CSRF_ENABLED=False). ${CONTROL} Leave WTF_CSRF_ENABLED at its default (True) outside test configuration, and render csrf_token() in forms.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'Flask-WTF csrf.exempt decorator',
      path: 'app/views.py',
      code: "@csrf.exempt\n@app.route('/submit', methods=['POST'])\ndef submit():\n    return save()\n",
      findings: [
        {"line":1,"column":1,"endColumn":13,"message":`The view is exempt from Flask-WTF's CSRF check (csrf.exempt). ${CONTROL} Remove the exemption and send the token from the client; for webhooks, verify the sender's signature instead.`,"severity":"medium","confidence":"medium","fix":null},
      ],
    },
    // Rails -------------------------------------------------------------------------------------
    {
      name: 'skip_before_action :verify_authenticity_token',
      path: 'app/controllers/cases_controller.rb',
      code: 'class CasesController < ApplicationController\n  skip_before_action :verify_authenticity_token\nend\n',
      findings: [
        {"line":2,"column":3,"endColumn":48,"message":`The controller skips Rails' CSRF check (skip_before_action :verify_authenticity_token). ${CONTROL} Remove the skip and send the token (csrf_meta_tags) from the client; for token-authenticated APIs inherit from ActionController::API instead.`,"severity":"medium","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'protect_from_forgery with: :null_session is low',
      path: 'app/controllers/application_controller.rb',
      code: 'class ApplicationController < ActionController::Base\n  protect_from_forgery with: :null_session\nend\n',
      findings: [
        {"line":2,"column":24,"endColumn":43,"message":`protect_from_forgery with: :null_session runs a forged request with an empty session instead of refusing it; cookies other than the session (and HTTP authentication) still apply. ${CONTROL} Use protect_from_forgery with: :exception (the default in new Rails applications).`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    {
      name: 'allow_forgery_protection = false in production',
      path: 'config/environments/production.rb',
      code: 'Rails.application.configure do\n  config.action_controller.allow_forgery_protection = false\nend\n',
      findings: [
        {"line":2,"column":3,"endColumn":60,"message":`Rails forgery protection is switched off for the whole application (allow_forgery_protection = false). ${CONTROL} Set allow_forgery_protection = false only in config/environments/test.rb.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    // ASP.NET Core ------------------------------------------------------------------------------
    {
      name: '[IgnoreAntiforgeryToken] and DisableAntiforgery()',
      path: 'Controllers/CasesController.cs',
      code: '[IgnoreAntiforgeryToken]\npublic class CasesController : Controller\n{\n}\n\npublic static class Endpoints\n{\n    public static void Map(WebApplication app) => app.MapPost("/cases", Save).DisableAntiforgery();\n}\n',
      findings: [
        {"line":1,"column":2,"endColumn":24,"message":`ASP.NET Core antiforgery validation is switched off ([IgnoreAntiforgeryToken]). ${CONTROL} Remove the attribute or call, and send the antiforgery token from forms and JavaScript clients.`,"severity":"medium","confidence":"medium","fix":null},
        {"line":8,"column":79,"endColumn":99,"message":`ASP.NET Core antiforgery validation is switched off (DisableAntiforgery()). ${CONTROL} Remove the attribute or call, and send the antiforgery token from forms and JavaScript clients.`,"severity":"medium","confidence":"medium","fix":null},
      ],
    },
    // Laravel -----------------------------------------------------------------------------------
    {
      name: "VerifyCsrfToken $except = ['*']",
      path: 'app/Http/Middleware/VerifyCsrfToken.php',
      code: "<?php\nclass VerifyCsrfToken extends Middleware\n{\n    protected $except = [\n        '*',\n    ];\n}\n",
      findings: [
        {"line":4,"column":15,"endLine":6,"endColumn":6,"message":`Every route is excluded from Laravel's CSRF check (except ['*']). ${CONTROL} List only the specific routes that need an exception (webhooks that verify their own signatures).`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'a JWT resource server is low confidence',
      path: 'src/main/java/uk/gov/moj/ResourceServerConfig.java',
      code: 'class ResourceServerConfig {\n    SecurityFilterChain api(HttpSecurity http) throws Exception {\n        return http.csrf(AbstractHttpConfigurer::disable)\n            .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()))\n            .build();\n    }\n}\n',
      findings: [
        {"line":3,"column":21,"endColumn":58,"message":`Spring Security CSRF protection is disabled (csrf(AbstractHttpConfigurer::disable)). ${CONTROL} Keep CSRF protection on for browser sessions (CookieCsrfTokenRepository for JavaScript clients); disable it only for stateless APIs that authenticate every request with a bearer token.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    {
      name: 'ignoringRequestMatchers("/**") exempts every path',
      path: 'src/main/java/uk/gov/moj/FormSecurity.java',
      code: 'class FormSecurity {\n    SecurityFilterChain chain(HttpSecurity http) throws Exception {\n        return http.csrf(csrf -> csrf.ignoringRequestMatchers("/**")).formLogin(Customizer.withDefaults()).build();\n    }\n}\n',
      findings: [
        {"line":3,"column":39,"endColumn":69,"message":`Spring Security CSRF protection is disabled (ignoringRequestMatchers("/**")). ${CONTROL} Keep CSRF protection on for browser sessions (CookieCsrfTokenRepository for JavaScript clients); disable it only for stateless APIs that authenticate every request with a bearer token.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'Symfony framework.csrf_protection: false',
      path: 'config/packages/framework.yaml',
      code: 'framework:\n    secret: "%env(APP_SECRET)%"\n    csrf_protection: false\n',
      findings: [
        {"line":3,"column":5,"endColumn":27,"message":`Symfony's CSRF protection is switched off for the whole application (framework.csrf_protection: false). ${CONTROL} Remove the setting (or set it to true) and render the csrf_token() field in forms.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
  ],
  valid: [
    { name: 'Symfony CSRF off only for the test environment', path: 'config/packages/framework.yaml', code: 'framework:\n    csrf_protection: true\n\nwhen@test:\n    framework:\n        csrf_protection: false\n' },
    { name: 'Spring CSRF with a cookie token repository', path: 'src/main/java/A.java', code: 'class A {\n    void f(HttpSecurity http) throws Exception {\n        http.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()));\n    }\n}\n' },
    { name: 'Spring ignoringRequestMatchers for one webhook', path: 'src/main/java/A.java', code: 'class A {\n    void f(HttpSecurity http) throws Exception {\n        http.csrf(csrf -> csrf.ignoringRequestMatchers("/webhooks/notify"));\n    }\n}\n' },
    { name: 'a Spring test file', path: 'src/test/java/uk/gov/moj/SecurityTest.java', code: 'class SecurityTest {\n    void f(HttpSecurity http) throws Exception {\n        http.csrf().disable();\n    }\n}\n' },
    { name: 'Django MIDDLEWARE with CsrfViewMiddleware', path: 'mysite/settings.py', code: "MIDDLEWARE = [\n    'django.contrib.sessions.middleware.SessionMiddleware',\n    'django.middleware.csrf.CsrfViewMiddleware',\n]\n" },
    { name: 'MIDDLEWARE without sessions (a token API)', path: 'mysite/settings.py', code: "MIDDLEWARE = [\n    'django.middleware.security.SecurityMiddleware',\n    'django.middleware.common.CommonMiddleware',\n]\n" },
    { name: 'csrf_protect is the opposite', path: 'cases/views.py', code: '@csrf_protect\ndef update(request):\n    pass\n' },
    { name: 'Flask-WTF off in a testing configuration class', path: 'app/config.py', code: 'class TestingConfig(Config):\n    TESTING = True\n    WTF_CSRF_ENABLED = False\n' },
    { name: 'Flask-WTF off in conftest.py', path: 'tests/conftest.py', code: "app.config['WTF_CSRF_ENABLED'] = False\n" },
    { name: 'Flask-WTF on', path: 'app/config.py', code: 'WTF_CSRF_ENABLED = True\n' },
    { name: 'skip in an ActionController::API controller', path: 'app/controllers/api/base_controller.rb', code: 'class Api::BaseController < ActionController::API\n  skip_before_action :verify_authenticity_token\nend\n' },
    { name: 'protect_from_forgery with: :exception', path: 'app/controllers/application_controller.rb', code: 'class ApplicationController < ActionController::Base\n  protect_from_forgery with: :exception\nend\n' },
    { name: 'allow_forgery_protection = false in test.rb', path: 'config/environments/test.rb', code: 'Rails.application.configure do\n  config.action_controller.allow_forgery_protection = false\nend\n' },
    { name: 'ValidateAntiForgeryToken', path: 'Controllers/A.cs', code: '[ValidateAntiForgeryToken]\npublic class A : Controller\n{\n}\n' },
    { name: 'Laravel excludes one webhook', path: 'app/Http/Middleware/VerifyCsrfToken.php', code: "<?php\nclass VerifyCsrfToken extends Middleware\n{\n    protected $except = ['stripe/*'];\n}\n" },
  ],
};

describeRule(table);
