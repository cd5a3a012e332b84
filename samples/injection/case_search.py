"""Case search service (sample; deliberately insecure)."""
import ast
import shlex
import subprocess

from flask import Flask, request
from sqlalchemy import text

app = Flask(__name__)


@app.route("/cases")
def search_cases():
    court = request.args.get("court", "")
    # SQL injection: the court name is formatted into the query.
    rows = db.session.execute(text(f"SELECT * FROM cases WHERE court = '{court}'"))
    # Safe look-alike: the same query with a bound parameter.
    safe = db.session.execute(text("SELECT * FROM cases WHERE court = :court"), {"court": court})
    return {"rows": [dict(row) for row in rows], "safe": [dict(row) for row in safe]}


@app.route("/cases/<int:case_id>/bundle")
def bundle(case_id):
    name = request.args["name"]
    # Command injection: a shell runs text that includes the request.
    subprocess.run(f"zip -r /tmp/{name}.zip /srv/bundles/{case_id}", shell=True, check=True)
    # Safe look-alikes: an argument list, and a quoted value.
    subprocess.run(["zip", "-r", f"/tmp/{name}.zip", f"/srv/bundles/{case_id}"], check=True)
    subprocess.run("zip -r /tmp/" + shlex.quote(name) + ".zip /srv/bundles", shell=True, check=True)
    return "", 204


@app.route("/filters", methods=["POST"])
def filters():
    # Code injection: the filter expression is evaluated.
    predicate = eval(request.form["filter"])
    # Safe look-alike: a literal parsed as data.
    limits = ast.literal_eval(request.form["limits"])
    return {"predicate": str(predicate), "limits": limits}
