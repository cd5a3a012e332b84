const express = require('express');
const cors = require('cors');

const app = express();

// Any origin, with cookies: every site a signed-in user visits can read these responses.
app.use(cors({ origin: true, credentials: true }));
// Safe: a fixed allow-list.
app.use('/partners', cors({ origin: ['https://partner.example.gov.uk'], credentials: true }));

app.get('/cases/:id', async (req, res, next) => {
  try {
    res.json(await findCase(req.params.id));
  } catch (err) {
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});

app.use((err, req, res, next) => {
  logger.error(err.stack);
  // Safe: the Express generator's development-only branch.
  if (req.app.get('env') === 'development') {
    return res.status(500).send(err.stack);
  }
  res.status(500).json({ error: 'Internal error', id: req.id });
});

app.listen(3000, '0.0.0.0');
