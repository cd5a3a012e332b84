/**
 * Cases for injection/xpath-injection: XPath expressions built from request data or parameters in
 * each language, with XPath variables, numbers, ESAPI encoding and look-alike method names
 * (`Pattern.compile`, `String.valueOf`, SQL `query`, CSS selectors) that must stay silent.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { xpathInjection } from './xpath-injection';

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles), and its engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards).';
const BUILT_EFFECT =
  "so a value holding ' or ] can change the query and select other nodes, such as other users' records or password fields (XPath injection)";
const JAVA =
  'Keep the expression constant and pass values as XPath variables: "//user[@name=$name]" with xpath.setXPathVariableResolver(…).';
const CSHARP =
  'Keep the expression constant and pass values as variables through an XsltContext, or select with LINQ to XML: doc.Descendants("user").Where(u => (string)u.Attribute("name") == name).';
const PYTHON =
  'Keep the expression constant and pass values as XPath variables: tree.xpath("//user[@name=$name]", name=name).';
const PHP =
  'Keep the expression constant and check the value against an allow-list, or compare in PHP after a constant query; DOMXPath has no variables, so never splice input into the path.';
const RUBY =
  "Keep the expression constant and pass values as variables: doc.xpath('//user[@name=$name]', nil, name: name).";
const NODE =
  'Keep the expression constant and pass values as variables (xpath.parse("//user[@name=$name]").select({ node: doc, variables: { name } })), or compare in code.';
const GO =
  'Keep the expression constant and compare values in Go after the query, or check them against an allow-list before building it.';

export const table: RuleTable = {
  rule: xpathInjection,
  invalid: [
    {
      name: 'XPath.evaluate and compile with a header value through a variable',
      path: 'src/main/java/org/owasp/benchmark/testcode/BenchmarkTest00116.java',
      code: `import javax.servlet.http.*;
import javax.xml.xpath.*;

public class BenchmarkTest00116 extends HttpServlet {
    public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String bar = request.getHeader("BenchmarkTest00116");
        javax.xml.xpath.XPath xp = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        String expression = "/Employees/Employee[@emplid='" + bar + "']";
        String result = xp.evaluate(expression, xmlDocument);
        NodeList nodes = (NodeList) xp.compile(expression).evaluate(xmlDocument, XPathConstants.NODESET);
    }
}
`,
      findings: [
        {
          line: 9, column: 37, endColumn: 47,
          message: `An XPath expression built from request data is evaluated by xp.evaluate, ${BUILT_EFFECT}. ${CONTROL} ${JAVA}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 10, column: 48, endColumn: 58,
          message: `An XPath expression built from request data is evaluated by xp.compile, ${BUILT_EFFECT}. ${CONTROL} ${JAVA}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'credentials split from a parameter into an XPath login query',
      path: 'src/main/java/uk/gov/justice/XmlLogin.java',
      code: `public class XmlLogin extends HttpServlet {
    public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String[] tokens = request.getParameter("credentials").split("||");
        String username = tokens[0];
        String password = tokens[1];
        XPath xPath = XPathFactory.newInstance().newXPath();
        String query = "//users/user[name/text()='" + username + "' and pass/text()='" + password + "']/secret/text()";
        String secret = (String) xPath.evaluate(query, new InputSource(xmlFile), XPathConstants.STRING);
    }
}
`,
      findings: [
        {
          line: 8, column: 49, endColumn: 54,
          message: `An XPath expression built from request data is evaluated by xPath.evaluate, ${BUILT_EFFECT}. ${CONTROL} ${JAVA}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'dom4j selectNodes with a Spring request parameter',
      path: 'src/main/java/uk/gov/justice/UsersController.java',
      code: `@RestController
public class UsersController {
    @GetMapping("/users")
    public List<Node> users(@RequestParam String name) {
        return document.selectNodes("//user[@name='" + name + "']");
    }
}
`,
      findings: [
        {
          line: 5, column: 37, endColumn: 67,
          message: `An XPath expression built from request data is evaluated by document.selectNodes, ${BUILT_EFFECT}. ${CONTROL} ${JAVA}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'a parameter in the expression is low confidence',
      path: 'src/main/java/uk/gov/justice/UserStore.java',
      code: `public class UserStore {
    String role(XPath xpath, Document doc, String user) throws Exception {
        return xpath.evaluate("/users/user[@name='" + user + "']/role", doc);
    }
}
`,
      findings: [
        {
          line: 3, column: 31, endColumn: 71,
          message: `An XPath expression built from a function parameter is evaluated by xpath.evaluate, ${BUILT_EFFECT}. ${CONTROL} ${JAVA}`,
          severity: 'high', confidence: 'low', fix: null,
        },
      ],
    },
    {
      name: 'SelectSingleNode and XPathNavigator.Evaluate',
      path: 'src/UsersController.cs',
      code: `using System.Xml;

public class UsersController : Controller
{
    public IActionResult Login()
    {
        var name = Request.Query["name"];
        var node = doc.SelectSingleNode("//user[@name='" + name + "']");
        var nav = doc.CreateNavigator();
        var count = nav.Evaluate($"count(//user[@name='{name}'])");
        return Ok();
    }
}
`,
      findings: [
        {
          line: 8, column: 41, endColumn: 71,
          message: `An XPath expression built from request data is evaluated by doc.SelectSingleNode, ${BUILT_EFFECT}. ${CONTROL} ${CSHARP}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 10, column: 34, endColumn: 66,
          message: `An XPath expression built from request data is evaluated by nav.Evaluate, ${BUILT_EFFECT}. ${CONTROL} ${CSHARP}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'lxml xpath, etree.XPath and ElementTree findall',
      path: 'app/users.py',
      code: `from lxml import etree
from flask import request
import xml.etree.ElementTree as ET

def find():
    name = request.args["name"]
    tree = etree.parse("users.xml")
    tree.xpath("//user[@name='" + name + "']")
    find_user = etree.XPath(f"//user[@name='{name}']")
    ET.parse("users.xml").getroot().findall(".//user[@name='%s']" % name)
`,
      findings: [
        {
          line: 8, column: 16, endColumn: 46,
          message: `An XPath expression built from request data is evaluated by tree.xpath, ${BUILT_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 9, column: 29, endColumn: 54,
          message: `An XPath expression built from request data is evaluated by etree.XPath, ${BUILT_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 10, column: 45, endColumn: 73,
          message: `An XPath expression built from request data is evaluated by findall, ${BUILT_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'DOMXPath query and SimpleXMLElement xpath',
      path: 'public/users.php',
      code: `<?php
$xpath = new DOMXPath($doc);
$nodes = $xpath->query("//user[@name='" . $_GET['name'] . "']");
$users = simplexml_load_file('users.xml')->xpath("//user[@name='{$_POST['name']}']");
`,
      findings: [
        {
          line: 3, column: 24, endColumn: 63,
          message: `An XPath expression built from request data is evaluated by $xpath->query, ${BUILT_EFFECT}. ${CONTROL} ${PHP}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 4, column: 50, endColumn: 84,
          message: `An XPath expression built from request data is evaluated by xpath, ${BUILT_EFFECT}. ${CONTROL} ${PHP}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'Nokogiri xpath and REXML::XPath.first',
      path: 'app/controllers/users_controller.rb',
      code: `class UsersController < ApplicationController
  def show
    doc = Nokogiri::XML(File.read("users.xml"))
    doc.xpath("//user[@name='#{params[:name]}']")
    REXML::XPath.first(xml, "//user[@name='#{params[:name]}']")
  end
end
`,
      findings: [
        {
          line: 4, column: 15, endColumn: 49,
          message: `An XPath expression built from request data is evaluated by doc.xpath, ${BUILT_EFFECT}. ${CONTROL} ${RUBY}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 5, column: 29, endColumn: 63,
          message: `An XPath expression built from request data is evaluated by REXML::XPath.first, ${BUILT_EFFECT}. ${CONTROL} ${RUBY}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'xpath package select and document.evaluate',
      path: 'src/users.js',
      code: `const xpath = require('xpath');

app.get('/users', (req, res) => {
  const nodes = xpath.select("//user[@name='" + req.query.name + "']", doc);
  const link = document.evaluate(\`//a[@href='\${req.query.href}']\`, document, null, XPathResult.ANY_TYPE, null);
});
`,
      findings: [
        {
          line: 4, column: 30, endColumn: 70,
          message: `An XPath expression built from request data is evaluated by xpath.select, ${BUILT_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 5, column: 34, endColumn: 66,
          message: `An XPath expression built from request data is evaluated by document.evaluate, ${BUILT_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'a namespaced select function from the xpath package',
      path: 'src/feeds.js',
      code: `const xpath = require('xpath');
const select = xpath.useNamespaces({ atom: 'http://www.w3.org/2005/Atom' });

app.get('/entries', (req, res) => {
  res.json(select("//atom:entry[atom:author='" + req.query.author + "']", feed));
});
`,
      findings: [
        {
          line: 5, column: 19, endColumn: 73,
          message: `An XPath expression built from request data is evaluated by select, ${BUILT_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'TypeScript default import of the xpath package',
      path: 'src/users.ts',
      code: `import xpath from 'xpath';

export function find(req: Request, doc: Node) {
  return xpath.select(\`//user[@name='\${req.query.name}']\`, doc);
}
`,
      findings: [
        {
          line: 4, column: 23, endColumn: 58,
          message: `An XPath expression built from request data is evaluated by xpath.select, ${BUILT_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'antchfx xmlquery.Find',
      path: 'users/find.go',
      code: `package users

import (
	"net/http"

	"github.com/antchfx/xmlquery"
)

func Find(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	nodes := xmlquery.Find(doc, "//user[@name='"+name+"']")
	_ = nodes
}
`,
      findings: [
        {
          line: 11, column: 30, endColumn: 56,
          message: `An XPath expression built from request data is evaluated by xmlquery.Find, ${BUILT_EFFECT}. ${CONTROL} ${GO}`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
  ],
  valid: [
    {
      name: 'constant expression with an XPath variable resolver',
      path: 'src/main/java/uk/gov/justice/UserStore.java',
      code: `public class UserStore {
    String role(HttpServletRequest request) throws Exception {
        xpath.setXPathVariableResolver(name -> request.getParameter("user"));
        return xpath.evaluate("/users/user[@name=$user]/role", doc);
    }
}
`,
    },
    {
      name: 'a number cannot change the expression',
      path: 'src/main/java/uk/gov/justice/UserStore.java',
      code: `public class UserStore {
    String byId(HttpServletRequest request) throws Exception {
        int id = Integer.parseInt(request.getParameter("id"));
        return xp.evaluate("/Employees/Employee[@emplid='" + id + "']", doc);
    }
}
`,
    },
    {
      name: 'ESAPI encodeForXPath',
      path: 'src/main/java/uk/gov/justice/UserStore.java',
      code: `public class UserStore {
    String role(HttpServletRequest request) throws Exception {
        String user = ESAPI.encoder().encodeForXPath(request.getParameter("user"));
        return xpath.evaluate("/users/user[@name='" + user + "']/role", doc);
    }
}
`,
    },
    {
      name: 'XML escaping keeps quotes out of the literal',
      path: 'src/main/java/uk/gov/justice/XmlLogin.java',
      code: `public class XmlLogin extends HttpServlet {
    public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String username = StringEscapeUtils.escapeXml11(request.getParameter("user"));
        String query = "//users/user[name/text()='" + username + "']/secret/text()";
        String secret = (String) xPath.evaluate(query, new InputSource(xmlFile), XPathConstants.STRING);
    }
}
`,
    },
    {
      name: 'Pattern.compile, String.valueOf and an enum valueOf are not XPath',
      path: 'src/main/java/uk/gov/justice/Routes.java',
      code: `public class Routes {
    void route(HttpServletRequest request) {
        Pattern pattern = Pattern.compile("^/cases/" + request.getParameter("ref") + "$");
        String path = String.valueOf("/cases/" + request.getParameter("ref"));
        Status status = Status.valueOf(request.getParameter("status"));
    }
}
`,
    },
    {
      name: 'LINQ Select and Regex are not XPath',
      path: 'src/UsersController.cs',
      code: `public class UsersController : Controller
{
    public IActionResult Find(string name)
    {
        var names = users.Select(u => u.Name + name);
        var matches = Regex.Matches(name, "/users/[a-z]+");
        return Ok();
    }
}
`,
    },
    {
      name: 'lxml keyword variables',
      path: 'app/users.py',
      code: `from flask import request

def find(tree):
    return tree.xpath("//user[@name=$name]", name=request.args["name"])
`,
    },
    {
      name: 'str.find and dict-like find calls',
      path: 'app/text.py',
      code: `def locate(request, text):
    return text.find("/cases/" + request.args["ref"])
`,
    },
    {
      name: 'an SQL query() is not XPath',
      path: 'public/search.php',
      code: `<?php
$rows = $db->query("SELECT * FROM pages WHERE path = '/" . $_GET['page'] . "'");
`,
    },
    {
      name: 'Nokogiri variables',
      path: 'app/controllers/users_controller.rb',
      code: `class UsersController < ApplicationController
  def show
    doc.at_xpath("//user[@name=$name]", nil, name: params[:name])
  end
end
`,
    },
    {
      name: 'CSS selectors and xpath variables',
      path: 'src/users.js',
      code: `app.get('/users', (req, res) => {
  const row = select('tr[data-id=' + req.query.id + ']');
  const users = xpath.parse('//user[@name=$name]').select({ node: doc, variables: { name: req.query.name } });
});
`,
    },
  ],
};

describeRule(table);
