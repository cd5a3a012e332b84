'use strict';
const crypto = require('crypto');
const https = require('https');
const axios = require('axios');

// Passwords hashed with MD5 and no salt: fast to brute-force.
function hashPassword(password) {
  return crypto.createHash('md5').update(password).digest('hex');
}

// An ETag over a public asset does not protect anything, but it still uses a weak hash.
const HASH_ALGORITHM = 'sha1';
function assetTag(body) {
  return crypto.createHash(HASH_ALGORITHM).update(body).digest('base64');
}

// Turns off certificate checks for every call made through this agent.
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

async function fetchCaseworkers() {
  const response = await axios.get('http://casework-api.example.justice.gov.uk/v1/caseworkers', {
    httpsAgent: insecureAgent,
  });
  return response.data;
}

// Safe look-alikes: documentation links and namespaces reach no network API.
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const sha256 = (value) => crypto.createHash('sha256').update(value).digest('hex');

module.exports = { hashPassword, assetTag, fetchCaseworkers, SVG_NAMESPACE, sha256 };
