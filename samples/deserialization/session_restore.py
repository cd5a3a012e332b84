"""Prison visits booking: saved sessions and rota imports (sample; deliberately insecure)."""
import base64
import json
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/bookings/resume")
def resume_booking():
    # The saved booking comes back from a cookie and is unpickled: the client chooses what runs.
    state = pickle.loads(base64.b64decode(request.cookies["booking"]))
    return {"visitors": len(state["visitors"])}


@app.post("/bookings/resume-json")
def resume_booking_json():
    # The safe look-alike: JSON carries data only.
    state = json.loads(base64.b64decode(request.cookies["booking"]))
    return {"visitors": len(state["visitors"])}


def load_rota(path: str) -> dict:
    with open(path, encoding="utf-8") as stream:
        # Loader=yaml.Loader builds any Python object the file names.
        return yaml.load(stream, Loader=yaml.Loader)


def load_prisons(path: str) -> dict:
    with open(path, encoding="utf-8") as stream:
        # The safe look-alike.
        return yaml.safe_load(stream)


def cache_booking(booking: dict) -> bytes:
    # Serialising is fine; only loading untrusted pickles is dangerous.
    return pickle.dumps(booking)
