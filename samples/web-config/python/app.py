"""Case notes API (Flask). Planted problems are marked; their safe twins follow them."""
import os
import traceback

from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
app.config['WTF_CSRF_ENABLED'] = False  # CSRF protection off for every form

# Flask-CORS with credentials and the default origins echoes any Origin back.
CORS(app, supports_credentials=True)


@app.route('/notes/<int:note_id>')
def note(note_id):
    try:
        return jsonify(load_note(note_id))
    except LookupError as exc:
        return jsonify(error=str(exc)), 404          # exception text in the response
    except Exception:
        return traceback.format_exc(), 500            # stack trace in the response


@app.route('/health')
def health():
    try:
        return jsonify(status=check_database())
    except Exception:
        app.logger.exception('health check failed')   # safe: logged, not returned
        return jsonify(status='unavailable'), 503


if __name__ == '__main__':
    # Werkzeug's debugger on every interface: remote code execution for anyone on the network.
    app.run(host='0.0.0.0', debug=True)
