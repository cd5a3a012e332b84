// Visitor profile preferences (sample; deliberately insecure).
const express = require('express');
const serialize = require('node-serialize');
const yaml = require('js-yaml');

const router = express.Router();

router.get('/profile', (req, res) => {
  // node-serialize runs functions embedded in the cookie.
  const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
  res.json({ name: profile.name });
});

router.get('/profile-json', (req, res) => {
  // The safe look-alike.
  const profile = JSON.parse(Buffer.from(req.cookies.profile, 'base64').toString());
  res.json({ name: profile.name });
});

router.post('/preferences', (req, res) => {
  // The full schema compiles !!js/function values from the document.
  const preferences = yaml.load(req.body.preferences, { schema: yaml.DEFAULT_FULL_SCHEMA });
  // The safe look-alike.
  const defaults = yaml.load(req.body.defaults, { schema: yaml.JSON_SCHEMA });
  res.json({ ...defaults, ...preferences });
});

module.exports = router;
