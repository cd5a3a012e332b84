# Evidence bundle service (sample; deliberately insecure).
import os

import requests
from flask import Flask, redirect, request, send_file, send_from_directory, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__)
BUNDLES = "/srv/bundles"
ALLOWED_HOSTS = {"bundles.example.gov.uk"}


@app.get("/bundles/<name>")
def bundle(name):
    # Path traversal: send_file opens whatever path the request builds.
    return send_file(os.path.join(BUNDLES, request.args["file"]))


@app.get("/bundles/safe")
def bundle_safe():
    # Safe look-alikes: send_from_directory guards the folder; secure_filename keeps only a name.
    send_from_directory(BUNDLES, request.args["file"])
    return open(os.path.join(BUNDLES, secure_filename(request.args["file"]))).read()


@app.post("/import")
def import_bundle():
    # SSRF: the import URL comes straight from the form.
    return requests.get(request.form["source"], timeout=10).content


@app.post("/import/safe")
def import_safe():
    source = request.form["source"]
    # Safe look-alike: the host is checked against an allow-list first.
    if requests.utils.urlparse(source).hostname not in ALLOWED_HOSTS:
        return "refused", 400
    return requests.get(source, timeout=10).content


@app.post("/sign-in")
def sign_in():
    # Open redirect, beside a safe redirect to a known view.
    if request.form.get("remember"):
        return redirect(url_for("home"))
    return redirect(request.args.get("next"))
