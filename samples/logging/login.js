// Sign-in route (sample; deliberately insecure).
const express = require('express');
const logger = require('./logger');

const router = express.Router();

router.post('/login', async (req, res) => {
  // The whole request body, with the password in it, goes to the log.
  logger.info('login attempt', req.body);
  // A password written to the log.
  logger.debug(`password for ${req.body.username}: ${req.body.password}`);
  // Safe look-alikes: the user name alone, and whether a password was given.
  logger.info('login attempt for %s', req.body.username);
  logger.debug('password supplied: %s', Boolean(req.body.password));
  res.sendStatus(204);
});

module.exports = router;
