// Case-portal authentication middleware (sample; deliberately insecure).
const jwt = require('jsonwebtoken');
const session = require('express-session');
const { z } = require('zod');

// Session idle timeout too long: a rolling cookie that lives for 8 hours of inactivity.
const sessions = session({ secret: process.env.SESSION_SECRET, rolling: true, cookie: { maxAge: 8 * 60 * 60 * 1000 } });
// Safe look-alike: a 20-minute rolling session.
const shortSessions = session({ secret: process.env.SESSION_SECRET, rolling: true, cookie: { maxAge: 20 * 60 * 1000 } });

function requireCaseworker(req, res, next) {
  // JWT verification accepts the 'none' algorithm.
  const claims = jwt.verify(req.headers.authorization, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
  // Safe look-alike: only RS256, with issuer and audience checked.
  const checked = jwt.verify(req.headers.authorization, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'https://sso.justice.gov.uk', audience: 'case-portal' });
  req.user = checked ?? claims;
  next();
}

// Weak password policy: six characters, on a password field.
const signup = z.object({ email: z.string().email(), password: z.string().min(6) });
// Safe look-alike: a name field may be short.
const profile = z.object({ displayName: z.string().min(2), password: z.string().min(12).max(128) });

module.exports = { sessions, shortSessions, requireCaseworker, signup, profile };
