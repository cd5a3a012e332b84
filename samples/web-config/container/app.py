"""Runs in a container (see compose.yaml beside it): binding to every interface is expected here."""
from flask import Flask

app = Flask(__name__)

if __name__ == '__main__':
    app.run(host='0.0.0.0', port=8080)
