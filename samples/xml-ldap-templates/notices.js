// Hearing notices (sample; deliberately insecure).
const ejs = require('ejs');
const libxmljs = require('libxmljs');
const express = require('express');

const app = express();

app.post('/notices/preview', (req, res) => {
  // Template injection: the heading is compiled as EJS.
  const html = ejs.render('<h1>' + req.body.heading + '</h1><%= body %>', { body: req.body.body });
  // Safe look-alike: a constant template with the heading passed as data.
  const safe = ejs.render('<h1><%= heading %></h1><%= body %>', { heading: req.body.heading, body: req.body.body });
  res.send(html + safe);
});

app.post('/notices/import', (req, res) => {
  // XXE: noent substitutes external entities.
  const doc = libxmljs.parseXml(req.body, { noent: true });
  // Safe look-alike: the default options.
  const plain = libxmljs.parseXml(req.body);
  res.json({ root: doc.root().name(), plain: plain.root().name() });
});
