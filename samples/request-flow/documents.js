// Court documents API (sample; deliberately insecure).
const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const DOCUMENTS = '/srv/documents';

router.get('/documents/:name', (req, res) => {
  // Path traversal: ../ in the name walks out of the documents folder.
  fs.createReadStream(path.join(DOCUMENTS, req.params.name)).pipe(res);
});

router.get('/documents/:name/safe', (req, res) => {
  // Safe look-alike: only the file name is kept, and Express resolves it inside root.
  res.sendFile(path.basename(req.params.name), { root: DOCUMENTS });
});

router.get('/preview', async (req, res) => {
  // SSRF: the request chooses the host the service calls.
  const answer = await fetch(req.query.url);
  // Safe look-alike: the host is fixed; only the case number varies.
  const listing = await fetch('https://listings.example.gov.uk/cases/' + encodeURIComponent(req.query.id));
  res.json({ preview: await answer.text(), listing: await listing.json() });
});

router.post('/login', (req, res) => {
  // Open redirect: the next page can be on any site.
  res.redirect(req.query.next);
});

router.post('/logout', (req, res) => {
  // Safe look-alike: a path on this site.
  res.redirect('/signed-out?court=' + req.body.court);
});

module.exports = router;
