/**
 * Cases for injection/ldap-injection: LDAP filters and DNs built from request data or parameters in
 * each language, with escaping APIs, filter objects, placeholders and look-alike `filter` and
 * `search` names that must stay silent.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { ldapInjection } from './ldap-injection';

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles), and its engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards).';
const FILTER_EFFECT =
  'so a value holding *, ( or ) can widen the search or bypass a login check (LDAP injection)';
const DN_EFFECT =
  'so a value holding , = or + can point at another entry (LDAP injection)';
const PYTHON =
  "Escape each value: ldap.filter.filter_format('(uid=%s)', [name]) or ldap3.utils.conv.escape_filter_chars(name); use ldap.dn.escape_dn_chars for a DN.";
const JAVA =
  'Escape each value with LdapEncoder.filterEncode (LdapEncoder.nameEncode for a DN), or pass it as a filter argument: ctx.search(base, "(uid={0})", new Object[] { name }, controls).';
const SPRING =
  'Build the query with LdapQueryBuilder, which escapes values: query().where("uid").is(name).';
const CSHARP =
  'Escape each value for the filter (\\, *, (, ), NUL as \\5c, \\2a, \\28, \\29, \\00), e.g. with Encoder.LdapFilterEncode, before building the filter.';
const PHP =
  "Escape each value: '(uid=' . ldap_escape($name, '', LDAP_ESCAPE_FILTER) . ')' (LDAP_ESCAPE_DN for a DN).";
const GO =
  'Escape each value: fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(name)) (ldap.EscapeDN for a DN).';
const RUBY =
  "Build the filter from objects, which escape values: Net::LDAP::Filter.eq('uid', name), or escape with Net::LDAP::Filter.escape(name).";
const NODE =
  "Build the filter from objects, which escape values: new ldap.EqualityFilter({ attribute: 'uid', value: name }), or escape each value before building the string.";

export const table: RuleTable = {
  rule: ldapInjection,
  invalid: [
    {
      name: 'python-ldap search_s with a concatenated form value',
      path: 'app/auth.py',
      code: `import ldap
from flask import request

def find_user(conn):
    user = request.form["user"]
    return conn.search_s("ou=people,dc=justice,dc=gov,dc=uk", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")
`,
      findings: [
        {
          line: 6, column: 83, endColumn: 103,
          message: `An LDAP search filter built from request data is passed to conn.search_s without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'python-ldap simple_bind_s with a DN formatted from the request',
      path: 'app/auth.py',
      code: `from flask import request

def login(conn):
    conn.simple_bind_s("uid=%s,ou=people,dc=justice,dc=gov,dc=uk" % request.form["user"], request.form["password"])
`,
      findings: [
        {
          line: 4, column: 24, endColumn: 89,
          message: `An LDAP distinguished name built from request data is passed to conn.simple_bind_s without LDAP escaping, ${DN_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'ldap3 search with an f-string filter keyword',
      path: 'app/directory.py',
      code: `from ldap3 import Connection

def lookup(request, conn: Connection):
    conn.search(search_base="dc=justice,dc=gov,dc=uk", search_filter=f"(&(objectClass=person)(mail={request.GET['mail']}))")
`,
      findings: [
        {
          line: 4, column: 70, endColumn: 124,
          message: `An LDAP search filter built from request data is passed to conn.search without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'ldap3 Connection user= and search with DN and filter formatted from the request',
      path: 'app/directory.py',
      code: `import ldap3
from flask import request

@app.route("/normal")
def normal():
    dn = "dc={}".format(request.args["dc"])
    search_filter = "(user={})".format(request.args["username"])
    conn = ldap3.Connection(ldap3.Server("ldaps://ldap.justice.gov.uk"), user=dn, auto_bind=True)
    return conn.search(dn, search_filter)
`,
      findings: [
        {
          line: 8, column: 79, endColumn: 81,
          message: `An LDAP distinguished name built from request data is passed to ldap3.Connection without LDAP escaping, ${DN_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 9, column: 24, endColumn: 26,
          message: `An LDAP distinguished name built from request data is passed to conn.search without LDAP escaping, ${DN_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 9, column: 28, endColumn: 41,
          message: `An LDAP search filter built from request data is passed to conn.search without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'python-ldap search_ext_s with the scope in a variable',
      path: 'app/directory.py',
      code: `import ldap

def members(request, conn, scope):
    return conn.search_ext_s(BASE, scope, "(memberOf=cn=%s,ou=groups)" % request.GET["group"])
`,
      findings: [
        {
          line: 4, column: 43, endColumn: 94,
          message: `An LDAP search filter built from request data is passed to conn.search_ext_s without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'a function parameter in the filter is low confidence',
      path: 'app/directory.py',
      code: `import ldap

def find(conn, name):
    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(cn={name})")
`,
      findings: [
        {
          line: 4, column: 52, endColumn: 66,
          message: `An LDAP search filter built from a function parameter is passed to conn.search_s without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'low', fix: null,
        },
      ],
    },
    {
      name: 'DirContext.search with a filter built in a variable',
      path: 'src/main/java/uk/gov/justice/LdapServlet.java',
      code: `import javax.naming.directory.*;
import javax.servlet.http.*;

public class LdapServlet extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = request.getParameter("user");
        DirContext ctx = new InitialDirContext(env);
        String filter = "(&(objectclass=person)(uid=" + param + "))";
        NamingEnumeration<SearchResult> results = ctx.search("ou=users,ou=system", filter, new SearchControls());
    }
}
`,
      findings: [
        {
          line: 9, column: 84, endColumn: 90,
          message: `An LDAP search filter built from request data is passed to ctx.search without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${JAVA}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'Spring LdapTemplate search and a hard-coded query filter',
      path: 'src/main/java/uk/gov/justice/PeopleController.java',
      code: `import static org.springframework.ldap.query.LdapQueryBuilder.query;

@RestController
public class PeopleController {
    @GetMapping("/people")
    public List<Person> people(@RequestParam String uid) {
        List<Person> byBase = ldapTemplate.search("ou=people", "(uid=" + uid + ")", mapper);
        return ldapTemplate.search(query().filter("(uid=" + uid + ")"), mapper);
    }
}
`,
      findings: [
        {
          line: 7, column: 64, endColumn: 83,
          message: `An LDAP search filter built from request data is passed to ldapTemplate.search without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${SPRING}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 8, column: 51, endColumn: 70,
          message: `An LDAP search filter built from request data is passed to LdapQueryBuilder.filter without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${SPRING}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'JNDI lookup of a DN built from a header',
      path: 'src/main/java/uk/gov/justice/Profile.java',
      code: `public class Profile extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Object entry = ctx.lookup("uid=" + request.getHeader("X-User") + ",ou=people,dc=justice,dc=gov,dc=uk");
    }
}
`,
      findings: [
        {
          line: 3, column: 35, endColumn: 110,
          message: `An LDAP distinguished name built from request data is passed to ctx.lookup without LDAP escaping, ${DN_EFFECT}. ${CONTROL} ${JAVA}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'DirectorySearcher Filter property, constructor and initializer',
      path: 'src/DirectoryController.cs',
      code: `using System.DirectoryServices;

public class DirectoryController : Controller
{
    public IActionResult Find([FromQuery] string user)
    {
        var searcher = new DirectorySearcher(entry);
        searcher.Filter = "(&(objectClass=user)(sAMAccountName=" + user + "))";
        var byMail = new DirectorySearcher($"(mail={user})");
        var byName = new DirectorySearcher { Filter = "(cn=" + user + ")" };
        return Ok();
    }
}
`,
      findings: [
        {
          line: 8, column: 27, endColumn: 79,
          message: `An LDAP search filter built from request data is passed to DirectorySearcher.Filter without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${CSHARP}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 9, column: 44, endColumn: 60,
          message: `An LDAP search filter built from request data is passed to DirectorySearcher without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${CSHARP}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 10, column: 55, endColumn: 74,
          message: `An LDAP search filter built from request data is passed to DirectorySearcher.Filter without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${CSHARP}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'ldap_search, ldap_list and ldap_bind with superglobals',
      path: 'public/directory.php',
      code: `<?php
$user = $_GET['user'];
ldap_bind($ds, "uid=$user,ou=people,dc=justice,dc=gov,dc=uk", $_POST['password']);
$result = ldap_search($ds, 'ou=people,dc=justice,dc=gov,dc=uk', '(uid=' . $user . ')');
$list = ldap_list($ds, 'ou=people,dc=justice,dc=gov,dc=uk', "(cn={$_POST['cn']})");
`,
      findings: [
        {
          line: 3, column: 16, endColumn: 61,
          message: `An LDAP distinguished name built from request data is passed to ldap_bind without LDAP escaping, ${DN_EFFECT}. ${CONTROL} ${PHP}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 4, column: 65, endColumn: 86,
          message: `An LDAP search filter built from request data is passed to ldap_search without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${PHP}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 5, column: 61, endColumn: 82,
          message: `An LDAP search filter built from request data is passed to ldap_list without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${PHP}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'go-ldap NewSearchRequest with Sprintf and Bind with a built DN',
      path: 'directory/find.go',
      code: `package directory

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func Find(w http.ResponseWriter, r *http.Request, conn *ldap.Conn) {
	user := r.URL.Query().Get("user")
	_ = conn.Bind("uid="+user+",ou=people,dc=justice,dc=gov,dc=uk", r.FormValue("password"))
	req := ldap.NewSearchRequest("dc=justice,dc=gov,dc=uk", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
		fmt.Sprintf("(uid=%s)", user), []string{"cn"}, nil)
	_, _ = conn.Search(req)
}
`,
      findings: [
        {
          line: 12, column: 16, endColumn: 64,
          message: `An LDAP distinguished name built from request data is passed to conn.Bind without LDAP escaping, ${DN_EFFECT}. ${CONTROL} ${GO}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 14, column: 3, endColumn: 32,
          message: `An LDAP search filter built from request data is passed to ldap.NewSearchRequest without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${GO}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'net-ldap Filter.construct and search filter strings',
      path: 'app/controllers/directory_controller.rb',
      code: `class DirectoryController < ApplicationController
  def show
    filter = Net::LDAP::Filter.construct("(uid=#{params[:user]})")
    ldap.search(base: "dc=justice,dc=gov,dc=uk", filter: "(mail=#{params[:mail]})")
  end
end
`,
      findings: [
        {
          line: 3, column: 42, endColumn: 66,
          message: `An LDAP search filter built from request data is passed to Net::LDAP::Filter.construct without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${RUBY}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 4, column: 58, endColumn: 83,
          message: `An LDAP search filter built from request data is passed to ldap.search without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${RUBY}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'ldapjs search options and bind DN',
      path: 'src/users.js',
      code: `const ldap = require('ldapjs');

app.get('/users', (req, res) => {
  const opts = { filter: '(&(objectClass=person)(uid=' + req.query.user + '))', scope: 'sub' };
  client.search('ou=people,dc=justice,dc=gov,dc=uk', opts, (err, result) => {});
  client.bind(\`uid=\${req.body.user},ou=people,dc=justice,dc=gov,dc=uk\`, req.body.password, () => {});
});
`,
      findings: [
        {
          line: 4, column: 26, endColumn: 79,
          message: `An LDAP search filter built from request data is passed to ldapjs search without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 6, column: 15, endColumn: 71,
          message: `An LDAP distinguished name built from request data is passed to client.bind without LDAP escaping, ${DN_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'TypeScript ldapjs filter in a template literal',
      path: 'src/users.ts',
      code: `import { Client } from 'ldapjs';

export function find(req: Request, client: Client): void {
  client.search('ou=people,dc=justice,dc=gov,dc=uk', { filter: \`(mail=\${req.query.mail})\` }, () => {});
}
`,
      findings: [
        {
          line: 4, column: 64, endColumn: 90,
          message: `An LDAP search filter built from request data is passed to ldapjs search without LDAP escaping, ${FILTER_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
  ],
  valid: [
    {
      name: 'escape_filter_chars and filter_format',
      path: 'app/auth.py',
      code: `import ldap
from ldap.filter import escape_filter_chars, filter_format
from flask import request

def find_user(conn):
    user = request.form["user"]
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + escape_filter_chars(user) + ")")
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [user]))
`,
    },
    {
      name: 'ldap3 escape_filter_chars through a variable',
      path: 'app/directory.py',
      code: `from ldap3.utils.conv import escape_filter_chars

def lookup(request, conn):
    mail = escape_filter_chars(request.GET["mail"])
    conn.search("dc=justice,dc=gov,dc=uk", f"(mail={mail})")
`,
    },
    {
      name: 'a constant filter',
      path: 'app/directory.py',
      code: `def staff(conn):
    return conn.search("dc=justice,dc=gov,dc=uk", "(objectClass=person)")
`,
    },
    {
      name: 'a wrapper passes the filter whole',
      path: 'app/directory.py',
      code: `import ldap

def search(conn, search_filter):
    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, search_filter)
`,
    },
    {
      name: 'an Elasticsearch search is not LDAP',
      path: 'app/search.py',
      code: `def find(request, es):
    return es.search(index="cases", q="court:" + request.args["court"])
`,
    },
    {
      name: 'a regular expression search is not LDAP',
      path: 'app/parse.py',
      code: `import re

def match(request):
    return re.search("(" + request.args["word"] + ")", TEXT)
`,
    },
    {
      name: 'JNDI filter arguments and LdapEncoder',
      path: 'src/main/java/uk/gov/justice/LdapServlet.java',
      code: `public class LdapServlet extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = request.getParameter("user");
        ctx.search("ou=users,ou=system", "(uid={0})", new Object[] { param }, new SearchControls());
        ctx.search("ou=users,ou=system", "(uid=" + LdapEncoder.filterEncode(param) + ")", new SearchControls());
    }
}
`,
    },
    {
      name: 'LdapQueryBuilder where().is() and a filter format with parameters',
      path: 'src/main/java/uk/gov/justice/PeopleController.java',
      code: `public class PeopleController {
    public List<Person> people(@RequestParam String uid) {
        ldapTemplate.search(query().where("uid").is(uid), mapper);
        return ldapTemplate.search(query().filter("(uid={0})", uid), mapper);
    }
}
`,
    },
    {
      name: 'a file dialog Filter is not LDAP',
      path: 'src/Export.cs',
      code: `public class Export
{
    public void Choose(string extension)
    {
        dialog.Filter = "Export files|*." + extension;
    }
}
`,
    },
    {
      name: 'Encoder.LdapFilterEncode',
      path: 'src/DirectoryController.cs',
      code: `public class DirectoryController : Controller
{
    public IActionResult Find([FromQuery] string user)
    {
        searcher.Filter = "(sAMAccountName=" + Encoder.LdapFilterEncode(user) + ")";
        return Ok();
    }
}
`,
    },
    {
      name: 'ldap_escape',
      path: 'public/directory.php',
      code: `<?php
$result = ldap_search($ds, 'ou=people,dc=justice,dc=gov,dc=uk', '(uid=' . ldap_escape($_GET['user'], '', LDAP_ESCAPE_FILTER) . ')');
`,
    },
    {
      name: 'ldap.EscapeFilter',
      path: 'directory/find.go',
      code: `package directory

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func Find(w http.ResponseWriter, r *http.Request) {
	user := r.URL.Query().Get("user")
	_ = ldap.NewSearchRequest("dc=justice,dc=gov,dc=uk", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
		fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(user)), []string{"cn"}, nil)
}
`,
    },
    {
      name: 'Net::LDAP::Filter.eq and Filter.escape',
      path: 'app/controllers/directory_controller.rb',
      code: `class DirectoryController < ApplicationController
  def show
    ldap.search(base: BASE, filter: Net::LDAP::Filter.eq("uid", params[:user]))
    Net::LDAP::Filter.construct("(uid=#{Net::LDAP::Filter.escape(params[:user])})")
    Product.search(filter: "name:#{params[:q]}")
  end
end
`,
    },
    {
      name: 'ldapjs EqualityFilter and an array filter',
      path: 'src/users.js',
      code: `const ldap = require('ldapjs');

app.get('/users', (req, res) => {
  const filter = new ldap.EqualityFilter({ attribute: 'uid', value: req.query.user });
  client.search('ou=people,dc=justice,dc=gov,dc=uk', { filter }, () => {});
  const rows = items.filter((item) => item.name === req.query.name);
  const query = { filter: 'status:' + req.query.status };
});
`,
    },
    {
      name: 'a filter string in a file that loads no LDAP client',
      path: 'src/reports.js',
      code: `app.get('/reports', (req, res) => {
  const options = { filter: '(status=' + req.query.status + ')' };
  reports.search('archive', options);
});
`,
    },
  ],
};

describeRule(table);
