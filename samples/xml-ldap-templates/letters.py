"""Letter previews and court directory (sample; deliberately insecure)."""
import ldap
from defusedxml import ElementTree as SafeET
from flask import Flask, render_template, render_template_string, request
from ldap.filter import escape_filter_chars
from lxml import etree

app = Flask(__name__)


@app.route("/letters/preview", methods=["POST"])
def preview():
    salutation = request.form["salutation"]
    # Template injection: the salutation becomes part of the template source.
    page = render_template_string("<p>" + salutation + ",</p>{{ body }}", body=request.form["body"])
    # Safe look-alikes: a constant template given the values as data, and a template file.
    safe = render_template_string("<p>{{ salutation }},</p>{{ body }}", salutation=salutation, body=request.form["body"])
    return render_template("letter.html", page=page, safe=safe)


@app.route("/letters/import", methods=["POST"])
def import_letter():
    # XXE: entity resolution turned on explicitly.
    parser = etree.XMLParser(resolve_entities=True)
    letter = etree.fromstring(request.data, parser)
    # Safe look-alike: defusedxml refuses entities.
    checked = SafeET.fromstring(request.data)
    # XPath injection, and its safe look-alike with an XPath variable.
    author = letter.xpath("//author[@id='" + request.args["author"] + "']")
    same = letter.xpath("//author[@id=$id]", id=request.args["author"])
    return {"ok": bool(author) and bool(same) and checked is not None}


@app.route("/directory")
def directory():
    conn = ldap.initialize("ldaps://ldap.justice.gov.uk")
    name = request.args["name"]
    # LDAP injection, and the escaped look-alike.
    people = conn.search_s("ou=people,dc=justice,dc=gov,dc=uk", ldap.SCOPE_SUBTREE, f"(cn={name})")
    safe = conn.search_s("ou=people,dc=justice,dc=gov,dc=uk", ldap.SCOPE_SUBTREE, f"(cn={escape_filter_chars(name)})")
    return {"people": len(people), "safe": len(safe)}
