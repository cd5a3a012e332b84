// Hearing listings API (sample; deliberately insecure).
const express = require('express');
const { exec, execFile } = require('child_process');
const mysql = require('mysql2/promise');

const router = express.Router();
const pool = mysql.createPool({ host: 'localhost', database: 'hearings' });

router.get('/hearings', async (req, res) => {
  const { court } = req.query;
  // SQL injection: a template literal puts the court into the query.
  const [rows] = await pool.query(`SELECT * FROM hearings WHERE court = '${court}'`);
  // Safe look-alike: a placeholder with the value passed separately.
  const [safe] = await pool.query('SELECT * FROM hearings WHERE court = ?', [court]);
  res.json({ rows, safe });
});

router.post('/hearings/:id/export', (req, res) => {
  // Command injection: exec always runs a shell.
  exec('pdftk /srv/hearings/' + req.params.id + '.pdf output ' + req.body.name, () => res.end());
  // Safe look-alike: execFile runs the program with an argument array and no shell.
  execFile('pdftk', [`/srv/hearings/${req.params.id}.pdf`, 'output', req.body.name], () => res.end());
});

router.post('/hearings/sort', (req, res) => {
  // Code injection: the comparator arrives as code.
  const compare = new Function('a', 'b', 'return ' + req.body.comparator);
  // Safe look-alike: data parsed as JSON.
  const order = JSON.parse(req.body.order);
  res.json({ compare: String(compare), order });
});

module.exports = router;
