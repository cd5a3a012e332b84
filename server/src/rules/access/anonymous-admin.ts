/**
 * access/anonymous-admin: administrative or internal routes opened to anonymous users, where the
 * code says so explicitly.
 *
 * An "admin route" is a path, class, controller or namespace whose words include `admin`,
 * `administrator`, `administration`, `manage`, `management`, `internal`, `backoffice`,
 * `superuser` or `actuator` (Spring Boot's operational endpoints). Paths and names that are
 * meant to be public even under an admin prefix (`/admin/login`, `/admin/css/**`, `/actuator/health`,
 * `/actuator/info`, `SignIn` actions) are left alone.
 *
 * What it reports:
 * - Spring Security `requestMatchers`/`antMatchers`/`mvcMatchers`/`regexMatchers`/`pathMatchers`
 *   of an admin path followed by `.permitAll()` (high; `/actuator/**` and
 *   `EndpointRequest.toAnyEndpoint()` medium), and `.anyRequest().permitAll()` (medium, medium
 *   confidence: everything not matched earlier is public, the opposite of deny by default);
 * - Java `@PermitAll` / `@PreAuthorize("permitAll()")` on an admin controller or endpoint;
 * - ASP.NET Core `[AllowAnonymous]` on an admin controller or action, and on any action of a
 *   controller restricted by `[Authorize(Roles = "…Admin…")]`, which it overrides;
 * - Django REST framework `@permission_classes([AllowAny])` and `permission_classes = [AllowAny]`
 *   on admin views, and `DEFAULT_PERMISSION_CLASSES` set to `AllowAny` (medium);
 * - Rails `skip_before_action :authenticate_user!` (or another authentication callback) in an
 *   `Admin::` controller or inside `module Admin`;
 * - Spring `web.ignoring().requestMatchers("/admin/**")`, which takes the path out of Spring
 *   Security altogether;
 * - ASP.NET Core minimal APIs: `MapGet("/admin/…").AllowAnonymous()`, `MapGroup("/admin").AllowAnonymous()`;
 * - NestJS `@Public()` (and `@IsPublic`, `@SkipAuth`, `@Unprotected`, …, the decorators projects
 *   define to skip their global guard) on an admin controller or one of its routes;
 * - Laravel `withoutMiddleware('auth')` on an admin route or prefix (an explicit removal; routes
 *   that simply lack `->middleware('auth')` are not reported, since a group or the kernel may add it);
 * - route objects with an admin `path` and authentication turned off (hapi `options: { auth:
 *   false }`, `skipAuth: true`, `authRequired: false`).
 *
 * What it leaves alone: Express routers or Laravel routes without visible middleware (whether
 * authentication happens elsewhere cannot be seen statically, and guessing is too noisy),
 * non-admin routes opened with `permitAll`, and names in comments or strings that are not routes.
 *
 * Fix: for Spring admin matchers, a suggestion to require `hasRole("ADMIN")` (the role name is a
 * guess the developer must confirm); nothing elsewhere.
 */
import { safeRegex } from '../../engine/contract';
import type { CallSite, CodeModel, Confidence, Range, Rule, RuleContext, Severity, SyntaxNode, TextEdit } from '../../engine/contract';

const CONTROL =
  'MoJ requires all access to data to be authenticated, and access to follow least privilege (Authentication: The base principle; Access Control guide).';

const ADMIN_WORDS: ReadonlySet<string> = new Set([
  'admin', 'admins', 'administrator', 'administration', 'manage', 'management', 'internal', 'backoffice', 'superuser', 'sysadmin', 'actuator',
]);

/** Words that mark the public parts of an admin area: its sign-in page, assets and health checks. */
const PUBLIC_WORDS: ReadonlySet<string> = new Set([
  'login', 'logon', 'signin', 'sign', 'logout', 'signout', 'css', 'js', 'static', 'assets', 'images', 'img', 'fonts', 'favicon', 'webjars',
  'public', 'health', 'healthz', 'livez', 'readyz', 'liveness', 'readiness', 'info', 'error', 'forgot', 'reset', 'register', 'prometheus', 'ping',
]);

const WORD_BOUNDARY = safeRegex('([a-z0-9])([A-Z])', 'g');
const WORD_SEPARATORS = safeRegex('[^A-Za-z0-9]+');

function words(text: string): string[] {
  return text
    .replace(WORD_BOUNDARY, '$1 $2')
    .toLowerCase()
    .split(WORD_SEPARATORS)
    .filter((word) => word !== '');
}

type Area = 'admin' | 'actuator';

/** Whether a path or name is administrative (and not a public part of it). */
function adminArea(text: string): Area | undefined {
  const list = words(text);
  if (list.some((word) => PUBLIC_WORDS.has(word))) return undefined;
  if (!list.some((word) => ADMIN_WORDS.has(word))) return undefined;
  const otherAdminWord = list.some((word) => word !== 'actuator' && ADMIN_WORDS.has(word));
  return otherAdminWord ? 'admin' : 'actuator';
}

interface Hit {
  readonly range: Range;
  readonly message: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly fix?: { readonly title: string; readonly edits: readonly TextEdit[] };
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

function stringValues(code: CodeModel, node: SyntaxNode): string[] {
  const values: string[] = [];
  const visit = (current: SyntaxNode): void => {
    const value = code.valueOf(current);
    if (value.kind === 'string') {
      values.push(value.value);
      return;
    }
    for (const child of current.namedChildren) if (child !== null) visit(child);
  };
  visit(node);
  return values;
}

// ---------------------------------------------------------------------------------------------
// Spring Security
// ---------------------------------------------------------------------------------------------

const MATCHERS: ReadonlySet<string> = new Set(['requestMatchers', 'antMatchers', 'mvcMatchers', 'regexMatchers', 'pathMatchers', 'securityMatchers']);
const SAFE_ACTUATOR_ENDPOINTS: ReadonlySet<string> = new Set(['health', 'info', 'prometheus', 'liveness', 'readiness']);

function springHits(code: CodeModel): Hit[] {
  const hits: Hit[] = [];
  for (const call of code.calls()) {
    if (MATCHERS.has(call.name) && call.receiver !== undefined && code.callAt(call.receiver)?.name === 'ignoring') {
      const area = matcherArea(code, call);
      if (area !== undefined) {
        hits.push({
          range: methodRange(call),
          message: `web.ignoring() takes ${area.label} out of Spring Security altogether, so it is served to anonymous users with no authentication, authorisation or security headers. ${CONTROL} Remove it from ignoring() and require an administrator role in the filter chain.`,
          severity: area.kind === 'admin' ? 'high' : 'medium',
          confidence: 'high',
        });
      }
      continue;
    }
    if (call.name !== 'permitAll' || call.receiver === undefined || call.args.length > 0) continue;
    const matcher = code.callAt(call.receiver);
    if (matcher === undefined) continue;
    const range = methodRange(call);
    if (matcher.name === 'anyRequest') {
      hits.push({
        range,
        message: `anyRequest().permitAll() makes every path not matched above public, so a new admin or internal endpoint is open to anonymous users by default. ${CONTROL} End the chain with anyRequest().authenticated() and open public paths one by one.`,
        severity: 'medium',
        confidence: 'medium',
      });
      continue;
    }
    const area = matcherArea(code, matcher);
    if (area === undefined) continue;
    if (area.kind === 'actuator') {
      hits.push({
        range,
        message: `permitAll() opens Spring Boot actuator endpoints (${area.label}) to anonymous users; endpoints such as env, heapdump, loggers and shutdown expose secrets or control the application. ${CONTROL} Permit only health and info, and require an operator role for the rest.`,
        severity: 'medium',
        confidence: 'high',
      });
      continue;
    }
    hits.push({
      range,
      message: `permitAll() opens the admin path ${area.label} to anonymous users. ${CONTROL} Require an administrator role, for example hasRole("ADMIN").`,
      severity: 'high',
      confidence: 'high',
      fix: { title: 'Require the ADMIN role', edits: [{ ...range, newText: 'hasRole("ADMIN")' }] },
    });
  }
  return hits;
}

/** From a method call's name to the end of its arguments: `permitAll()` in `a.b().permitAll()`. */
function methodRange(call: CallSite): Range {
  const name = call.node.childForFieldName('name') ?? call.calleeNode.childForFieldName('name') ?? call.calleeNode.childForFieldName('property');
  return name === null ? rangeOf(call.calleeNode) : { start: name.startIndex, end: call.node.endIndex };
}

function matcherArea(code: CodeModel, matcher: CallSite): { kind: Area; label: string } | undefined {
  if (MATCHERS.has(matcher.name)) {
    for (const argument of matcher.args) {
      for (const value of stringValues(code, argument.node)) {
        const area = adminArea(value);
        if (area !== undefined) return { kind: area, label: value };
      }
      const endpoint = argument.node.type === 'method_invocation' ? endpointRequestArea(code, argument.node) : undefined;
      if (endpoint !== undefined) return endpoint;
    }
  }
  return undefined;
}

/** `EndpointRequest.toAnyEndpoint()` or `EndpointRequest.to("env", …)` naming endpoints beyond health and info. */
function endpointRequestArea(code: CodeModel, node: SyntaxNode): { kind: Area; label: string } | undefined {
  const text = node.text;
  if (!text.startsWith('EndpointRequest.')) return undefined;
  if (text.includes('toAnyEndpoint()')) {
    if (text.includes('.excluding(')) return undefined;
    return { kind: 'actuator', label: 'EndpointRequest.toAnyEndpoint()' };
  }
  const names = stringValues(code, node);
  const exposed = names.filter((name) => !SAFE_ACTUATOR_ENDPOINTS.has(name));
  return exposed.length > 0 ? { kind: 'actuator', label: exposed.join(', ') } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Annotations and attributes: Java @PermitAll, C# [AllowAnonymous]
// ---------------------------------------------------------------------------------------------

interface Declaration {
  readonly node: SyntaxNode;
  readonly name: string;
  /** Route templates from mapping annotations or attributes. */
  readonly routes: readonly string[];
  /** Role names from [Authorize(Roles = …)] / @RolesAllowed. */
  readonly roles: readonly string[];
  readonly annotations: readonly { readonly name: string; readonly node: SyntaxNode; readonly strings: readonly string[] }[];
}

const ROUTE_ANNOTATIONS: ReadonlySet<string> = new Set([
  'RequestMapping', 'GetMapping', 'PostMapping', 'PutMapping', 'DeleteMapping', 'PatchMapping', 'Path',
  'Route', 'HttpGet', 'HttpPost', 'HttpPut', 'HttpDelete', 'HttpPatch', 'Area', 'RoutePrefix',
]);

function annotationName(node: SyntaxNode): string {
  const name = node.childForFieldName('name') ?? node.namedChildren.find((child) => child?.type === 'identifier' || child?.type === 'scoped_identifier' || child?.type === 'qualified_name') ?? null;
  const text = name?.text ?? '';
  const last = text.slice(text.lastIndexOf('.') + 1);
  return last.endsWith('Attribute') ? last.slice(0, -'Attribute'.length) : last;
}

function declarationOf(code: CodeModel, node: SyntaxNode): Declaration {
  const annotations: { name: string; node: SyntaxNode; strings: string[] }[] = [];
  const collect = (container: SyntaxNode): void => {
    for (const child of container.namedChildren) {
      if (child === null) continue;
      if (child.type === 'marker_annotation' || child.type === 'annotation' || child.type === 'attribute') {
        const argumentsNode = child.namedChildren.find((part) => part?.type === 'annotation_argument_list' || part?.type === 'attribute_argument_list') ?? null;
        annotations.push({ name: annotationName(child), node: child, strings: argumentsNode === null ? [] : stringValues(code, argumentsNode) });
      } else if (child.type === 'modifiers' || child.type === 'attribute_list') {
        collect(child);
      }
    }
  };
  collect(node);
  const name = node.childForFieldName('name')?.text ?? '';
  const routes = annotations.filter((annotation) => ROUTE_ANNOTATIONS.has(annotation.name)).flatMap((annotation) => annotation.strings);
  const roles = annotations.filter((annotation) => annotation.name === 'Authorize' || annotation.name === 'RolesAllowed').flatMap((annotation) => annotation.strings);
  return { node, name, routes, roles, annotations };
}

const CLASS_TYPES: ReadonlySet<string> = new Set(['class_declaration', 'record_declaration']);
const METHOD_TYPES: ReadonlySet<string> = new Set(['method_declaration']);

function enclosingClass(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current !== null; current = current.parent) if (CLASS_TYPES.has(current.type)) return current;
  return undefined;
}

/** Why a declaration is administrative: its route, or (weaker) only its name. */
function declarationArea(declaration: Declaration): 'route' | 'name' | undefined {
  if (declaration.routes.some((route) => adminArea(route) !== undefined)) return 'route';
  if (declaration.routes.some((route) => words(route).some((word) => PUBLIC_WORDS.has(word)))) return undefined;
  return adminArea(declaration.name) !== undefined ? 'name' : undefined;
}

function isPublicAction(declaration: Declaration): boolean {
  return words(declaration.name).some((word) => PUBLIC_WORDS.has(word)) || declaration.routes.some((route) => words(route).some((word) => PUBLIC_WORDS.has(word)));
}

const OPENING_ANNOTATIONS: Readonly<Record<string, string>> = { PermitAll: '@PermitAll', AllowAnonymous: '[AllowAnonymous]', AnonymousAllowed: '@AnonymousAllowed' };

function annotationHits(code: CodeModel): Hit[] {
  const hits: Hit[] = [];
  const declarations = code.nodesOfType([...CLASS_TYPES, ...METHOD_TYPES]);
  for (const node of declarations) {
    if (node === null) continue;
    const declaration = declarationOf(code, node);
    for (const annotation of declaration.annotations) {
      const opening =
        OPENING_ANNOTATIONS[annotation.name] ??
        (annotation.name === 'PreAuthorize' && annotation.strings.some((value) => value.split(' ').join('') === 'permitAll()') ? '@PreAuthorize("permitAll()")' : undefined);
      if (opening === undefined) continue;
      const hit = openingHit(code, declaration, opening, annotation.node);
      if (hit !== undefined) hits.push(hit);
    }
  }
  return hits;
}

function openingHit(code: CodeModel, declaration: Declaration, opening: string, annotation: SyntaxNode): Hit | undefined {
  const isMethod = METHOD_TYPES.has(declaration.node.type);
  const classNode = isMethod ? enclosingClass(declaration.node) : undefined;
  const owner = classNode === undefined ? undefined : declarationOf(code, classNode);
  const range = rangeOf(annotation);
  if (isMethod && isPublicAction(declaration)) return undefined;
  const own = declarationArea(declaration);
  const inherited = owner === undefined ? undefined : declarationArea(owner);
  const adminRoles = (owner ?? declaration).roles.filter((role) => words(role).some((word) => ADMIN_WORDS.has(word)));
  const subject = isMethod ? `the action ${declaration.name}` : `the controller ${declaration.name}`;
  if (own !== undefined || inherited !== undefined) {
    const byRoute = own === 'route' || inherited === 'route';
    const overrides = adminRoles.length > 0 ? `, overriding the ${adminRoles.join(', ')} role the controller requires` : '';
    return {
      range,
      message: `${opening} lets anonymous users call ${subject}, which is part of an admin area${overrides}. ${CONTROL} Remove ${opening} and require an administrator role.`,
      severity: 'high',
      confidence: byRoute || adminRoles.length > 0 ? 'high' : 'medium',
    };
  }
  if (adminRoles.length > 0 && isMethod) {
    return {
      range,
      message: `${opening} lets anonymous users call ${subject}, overriding the ${adminRoles.join(', ')} role its controller requires. ${CONTROL} Remove ${opening}, or move the action to a controller meant to be public.`,
      severity: 'high',
      confidence: 'medium',
    };
  }
  return undefined;
}

/** ASP.NET Core minimal APIs: `app.MapGet("/admin/…", …).AllowAnonymous()`, `app.MapGroup("/admin").AllowAnonymous()`. */
const ENDPOINT_BUILDERS: ReadonlySet<string> = new Set(['MapGet', 'MapPost', 'MapPut', 'MapDelete', 'MapPatch', 'MapMethods', 'MapGroup', 'Map']);

function minimalApiHits(code: CodeModel): Hit[] {
  const hits: Hit[] = [];
  for (const call of code.calls()) {
    if (call.name !== 'AllowAnonymous' || call.receiver === undefined) continue;
    let builder = code.callAt(call.receiver);
    for (let depth = 0; builder !== undefined && !ENDPOINT_BUILDERS.has(builder.name) && depth < 10; depth++) {
      builder = builder.receiver === undefined ? undefined : code.callAt(builder.receiver);
    }
    const route = builder?.args[0] === undefined ? undefined : code.valueOf(builder.args[0].node);
    if (route?.kind !== 'string' || adminArea(route.value) === undefined) continue;
    hits.push({
      range: methodRange(call),
      message: `AllowAnonymous() lets anonymous users call the admin endpoint ${route.value}. ${CONTROL} Remove it and use RequireAuthorization with an administrator policy.`,
      severity: 'high',
      confidence: 'high',
    });
  }
  return hits;
}

/** Laravel: `Route::prefix('admin')->withoutMiddleware('auth')`, `Route::get('/admin/…')->withoutMiddleware(['auth:sanctum'])`. */
const LARAVEL_ROUTE_BUILDERS: ReadonlySet<string> = new Set(['prefix', 'get', 'post', 'put', 'patch', 'delete', 'any', 'match', 'resource', 'apiResource', 'group']);

function laravelHits(code: CodeModel): Hit[] {
  const hits: Hit[] = [];
  for (const call of code.calls()) {
    if (call.name !== 'withoutMiddleware' || call.receiver === undefined) continue;
    const middleware = call.args.flatMap((argument) => stringValues(code, argument.node));
    if (!middleware.some((name) => name === 'auth' || name.startsWith('auth:') || name === 'auth.basic')) continue;
    let route: string | undefined;
    for (let builder = code.callAt(call.receiver), depth = 0; builder !== undefined && depth < 10; depth++) {
      const first = builder.args[0] === undefined ? undefined : code.valueOf(builder.args[0].node);
      if (LARAVEL_ROUTE_BUILDERS.has(builder.name) && first?.kind === 'string' && adminArea(first.value) !== undefined) {
        route = first.value;
        break;
      }
      builder = builder.receiver === undefined ? undefined : code.callAt(builder.receiver);
    }
    if (route === undefined) continue;
    hits.push({
      range: methodRange(call),
      message: `withoutMiddleware removes authentication from the admin route ${route}, so anonymous users can reach it. ${CONTROL} Keep the auth middleware and add an administrator gate or policy.`,
      severity: 'high',
      confidence: 'high',
    });
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// NestJS: @Public() and similar custom decorators on admin controllers
// ---------------------------------------------------------------------------------------------

/** Decorators that projects (and nest-keycloak-connect) define to skip the global authentication guard. */
const PUBLIC_DECORATORS: ReadonlySet<string> = new Set(['Public', 'IsPublic', 'AllowAnonymous', 'SkipAuth', 'NoAuth', 'Unprotected', 'Anonymous']);
const NEST_ROUTE_DECORATORS: ReadonlySet<string> = new Set(['Controller', 'Get', 'Post', 'Put', 'Delete', 'Patch', 'All']);

function decoratorRoutes(code: CodeModel, decorators: readonly SyntaxNode[]): string[] {
  const routes: string[] = [];
  for (const decorator of decorators) {
    const call = decorator.namedChildren.find((child) => child?.type === 'call_expression') ?? null;
    const name = call?.childForFieldName('function')?.text ?? '';
    const argumentsNode = call?.childForFieldName('arguments') ?? null;
    if (NEST_ROUTE_DECORATORS.has(name) && argumentsNode !== null) routes.push(...stringValues(code, argumentsNode));
  }
  return routes;
}

function classDecorators(classNode: SyntaxNode): SyntaxNode[] {
  const own = classNode.namedChildren.filter((child): child is SyntaxNode => child?.type === 'decorator');
  const exported = classNode.parent?.type === 'export_statement' ? classNode.parent.namedChildren.filter((child): child is SyntaxNode => child?.type === 'decorator') : [];
  return [...exported, ...own];
}

/** The decorators written before a method in a class body, and the method itself. */
function methodOf(decorator: SyntaxNode): { method: SyntaxNode; decorators: SyntaxNode[] } | undefined {
  const decorators: SyntaxNode[] = [];
  for (let current: SyntaxNode | null = decorator; current !== null; current = current.nextNamedSibling) {
    if (current.type === 'decorator') decorators.push(current);
    else if (current.type === 'method_definition') return { method: current, decorators };
    else return undefined;
  }
  return undefined;
}

function nestHits(code: CodeModel): Hit[] {
  const hits: Hit[] = [];
  for (const call of code.calls()) {
    // The callee first: `parent` is a search down from the root, and few calls are a public decorator.
    if (!PUBLIC_DECORATORS.has(call.callee)) continue;
    const decorator = call.node.parent;
    if (decorator?.type !== 'decorator') continue;
    const holder = decorator.parent;
    let classNode: SyntaxNode | undefined;
    let method: { method: SyntaxNode; decorators: SyntaxNode[] } | undefined;
    if (holder?.type === 'class_body') {
      method = methodOf(decorator);
      classNode = holder.parent ?? undefined;
    } else if (holder?.type === 'class_declaration') {
      classNode = holder;
    } else if (holder?.type === 'export_statement') {
      classNode = holder.namedChildren.find((child) => child?.type === 'class_declaration') ?? undefined;
    }
    if (classNode === undefined) continue;
    const className = classNode.childForFieldName('name')?.text ?? '';
    const routes = [...decoratorRoutes(code, classDecorators(classNode)), ...(method === undefined ? [] : decoratorRoutes(code, method.decorators))];
    const methodName = method?.method.childForFieldName('name')?.text ?? '';
    if ([methodName, ...routes].some((text) => words(text).some((word) => PUBLIC_WORDS.has(word)))) continue;
    const byRoute = routes.some((route) => adminArea(route) !== undefined);
    if (!byRoute && adminArea(className) === undefined) continue;
    const subject = method === undefined ? `the controller ${className}` : `${className}.${methodName}`;
    hits.push({
      range: rangeOf(decorator),
      message: `${decorator.text} lets anonymous users call ${subject}, which is part of an admin area. ${CONTROL} Remove the decorator and guard the route with an administrator role.`,
      severity: 'high',
      confidence: byRoute ? 'high' : 'medium',
    });
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Django REST framework
// ---------------------------------------------------------------------------------------------

function isAllowAny(text: string): boolean {
  return words(text).join('').includes('allowany');
}

function pythonHits(code: CodeModel): Hit[] {
  const hits: Hit[] = [];
  for (const call of code.calls()) {
    if (call.name !== 'permission_classes' || call.node.parent?.type !== 'decorator') continue;
    const argument = call.args[0]?.node;
    if (argument === undefined || !isAllowAny(argument.text)) continue;
    const definition = call.node.parent.parent?.childForFieldName('definition');
    const name = definition?.childForFieldName('name')?.text ?? '';
    if (adminArea(name) === undefined) continue;
    hits.push(drfViewHit(allowAnyNode(argument) ?? argument, name));
  }
  for (const assignment of code.assignments()) {
    if (assignment.target !== 'permission_classes' || !isAllowAny(assignment.value.text)) continue;
    let owner: SyntaxNode | null = assignment.node.parent;
    while (owner !== null && owner.type !== 'class_definition') owner = owner.parent;
    const name = owner?.childForFieldName('name')?.text ?? '';
    if (owner === null || adminArea(name) === undefined) continue;
    hits.push(drfViewHit(allowAnyNode(assignment.value) ?? assignment.value, name));
  }
  for (const pair of code.keyValues()) {
    if (pair.key !== 'DEFAULT_PERMISSION_CLASSES' || !isAllowAny(pair.value.text)) continue;
    const node = allowAnyNode(pair.value) ?? pair.value;
    hits.push({
      range: rangeOf(node),
      message: `DEFAULT_PERMISSION_CLASSES is AllowAny, so every API view that does not set its own permissions, admin views included, is open to anonymous users. ${CONTROL} Default to IsAuthenticated (or IsAdminUser) and open public views one by one.`,
      severity: 'medium',
      confidence: 'medium',
    });
  }
  return hits;
}

function allowAnyNode(node: SyntaxNode): SyntaxNode | undefined {
  if (node.namedChildCount === 0 || node.type === 'string' || node.type === 'attribute') return isAllowAny(node.text) ? node : undefined;
  for (const child of node.namedChildren) {
    if (child === null) continue;
    const found = allowAnyNode(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

function drfViewHit(node: SyntaxNode, view: string): Hit {
  return {
    range: rangeOf(node),
    message: `AllowAny lets anonymous users call the admin view ${view}. ${CONTROL} Use IsAdminUser or a permission class that checks the administrator role.`,
    severity: 'high',
    confidence: 'medium',
  };
}

// ---------------------------------------------------------------------------------------------
// Rails
// ---------------------------------------------------------------------------------------------

const SKIP_CALLBACKS: ReadonlySet<string> = new Set(['skip_before_action', 'skip_before_filter', 'skip_action_callback']);

function isAuthenticationCallback(symbol: string): boolean {
  const name = (symbol.startsWith(':') ? symbol.slice(1) : symbol).toLowerCase();
  return name.includes('authenticat') || name.includes('require_login') || name.includes('require_admin') || name.includes('require_user') || name.includes('logged_in') || name.startsWith('authorize');
}

function rubyHits(code: CodeModel): Hit[] {
  const hits: Hit[] = [];
  for (const call of code.calls()) {
    if (!SKIP_CALLBACKS.has(call.name) || call.receiver !== undefined) continue;
    const callback = call.args.find((argument) => argument.name === undefined && argument.node.type === 'simple_symbol');
    if (callback === undefined || !isAuthenticationCallback(callback.node.text)) continue;
    const scope: string[] = [];
    for (let current = call.node.parent; current !== null; current = current.parent) {
      if (current.type === 'class' || current.type === 'module') scope.unshift(current.childForFieldName('name')?.text ?? '');
    }
    const qualified = scope.join('::');
    if (!scope.some((part) => part.split('::').some((segment) => adminArea(segment) !== undefined))) continue;
    hits.push({
      range: rangeOf(callback.node),
      message: `skip_before_action ${callback.node.text} lets anonymous users reach ${qualified === '' ? 'this admin controller' : qualified}. ${CONTROL} Remove the skip, or limit it to a sign-in action outside the admin namespace.`,
      severity: 'high',
      confidence: 'high',
    });
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Route objects (hapi and similar): { path: '/admin…', options: { auth: false } }
// ---------------------------------------------------------------------------------------------

const AUTH_OFF: Readonly<Record<string, string>> = { auth: 'false', authRequired: 'false', requireAuth: 'false', authenticate: 'false', skipAuth: 'true', noAuth: 'true' };
const ROUTE_OPTION_KEYS: ReadonlySet<string> = new Set(['options', 'config']);

function routeObjectHits(code: CodeModel): Hit[] {
  const hits: Hit[] = [];
  for (const pair of code.keyValues()) {
    const off = AUTH_OFF[pair.key];
    if (off === undefined || pair.value.text !== off) continue;
    // The pair sits in the route object itself, or in its options/config object.
    let route = pair.node.parent;
    const wrapper = route?.parent;
    if (wrapper?.type === 'pair' && ROUTE_OPTION_KEYS.has(wrapper.childForFieldName('key')?.text ?? '')) route = wrapper.parent;
    if (route === null || route === undefined) continue;
    const path = pathOf(code, route);
    if (path === undefined || adminArea(path) === undefined) continue;
    hits.push({
      range: rangeOf(pair.value),
      message: `${pair.key}: ${off} turns authentication off for the admin route ${path}. ${CONTROL} Remove it so the route uses the server's authentication strategy, and require an administrator scope.`,
      severity: 'high',
      confidence: 'high',
    });
  }
  return hits;
}

function unquote(text: string): string {
  const first = text.charAt(0);
  return (first === '"' || first === "'" || first === '`') && text.endsWith(first) && text.length >= 2 ? text.slice(1, -1) : text;
}

function pathOf(code: CodeModel, object: SyntaxNode): string | undefined {
  for (const child of object.namedChildren) {
    if (child?.type !== 'pair') continue;
    const key = unquote(child.childForFieldName('key')?.text ?? '');
    const value = child.childForFieldName('value');
    if ((key === 'path' || key === 'url' || key === 'route') && value !== null) {
      const resolved = code.valueOf(value);
      if (resolved.kind === 'string') return resolved.value;
    }
  }
  return undefined;
}

function check(context: RuleContext): void {
  const code = context.code;
  if (code === undefined) return;
  let hits: Hit[] = [];
  switch (code.language) {
    case 'java': hits = [...springHits(code), ...annotationHits(code)]; break;
    case 'csharp': hits = [...annotationHits(code), ...minimalApiHits(code)]; break;
    case 'python': hits = pythonHits(code); break;
    case 'ruby': hits = rubyHits(code); break;
    case 'php': hits = laravelHits(code); break;
    case 'javascript': case 'typescript': case 'tsx': hits = [...routeObjectHits(code), ...nestHits(code)]; break;
    default: break;
  }
  hits.sort((a, b) => a.range.start - b.range.start);
  for (const hit of hits) {
    context.report({ range: hit.range, message: hit.message, severity: hit.severity, confidence: hit.confidence, ...(hit.fix === undefined ? {} : { fix: hit.fix }) });
  }
}

export const anonymousAdmin: Rule = {
  meta: {
    id: 'access/anonymous-admin',
    title: 'Admin route open to anonymous users',
    area: 'access',
    severity: 'high',
    confidence: 'high',
    cwe: [306, 862],
    owasp: 'A01:2021 Broken Access Control',
    policy: [
      'authentication#the-base-principle',
      'technical-controls-policy#identity-and-access-management-policy',
      'access-control-guide#access-control-principles',
    ],
    basis: 'explicit',
    why:
      'An administrative or internal endpoint that anonymous users can call hands control of the service, or its secrets, to anyone who finds the URL. ' +
      'MoJ requires all access to data to be authenticated (Authentication: The base principle; Technical Controls Policy POL.TCP.026, POL.TCP.028).',
    howToFix: 'Remove the permitAll / AllowAnonymous / AllowAny / skipped authentication from admin routes and require an administrator role; keep only sign-in pages and health checks public.',
    fixSafety: 'suggestion',
    languages: ['java', 'csharp', 'python', 'ruby', 'php', 'javascript', 'typescript', 'tsx'],
    prefilter: ['permitAll', 'PermitAll', 'AllowAnonymous', 'AnonymousAllowed', 'AllowAny', 'skip_before', 'skip_action_callback', 'auth', 'Auth', 'ignoring', 'Public', 'Unprotected', 'Anonymous', 'withoutMiddleware'],
    examples: {
      java: 'http.authorizeHttpRequests(auth -> auth.requestMatchers("/admin/**").hasRole("ADMIN").anyRequest().authenticated());',
      csharp: '[Authorize(Roles = "Admin")]\n[Route("api/admin")]\npublic class AdminController : ControllerBase { }',
      python: '@permission_classes([IsAdminUser])\ndef admin_dashboard(request): ...',
      ruby: 'class Admin::UsersController < ApplicationController\n  before_action :authenticate_admin!\nend',
      javascript: "server.route({ method: 'GET', path: '/admin/users', options: { auth: { scope: ['admin'] } }, handler });",
    },
  },
  check,
};
