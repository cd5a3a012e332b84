'use strict';
// Every credential in this folder is made up for the demo: random text in the shape of the real
// format. None was ever issued by a provider, and the private key is random bytes, not a key.
const { WebClient } = require('@slack/web-api');
const { Octokit } = require('@octokit/rest');
const { S3Client } = require('@aws-sdk/client-s3');

// A Slack bot token and a GitHub token written into the code.
const slack = new WebClient('xoxb-096198649303-6803839579570-5vRmBj6Gc0B4LWTpwJ7WEFLB');
const octokit = new Octokit({ auth: 'ghp_5HfSuU5mZTjpHrGDgtUjHgBAEoHk46CZiS3r' });

// An AWS access key id and its secret access key: one finding, with the secret as a related location.
const s3 = new S3Client({
  region: 'eu-west-2',
  credentials: {
    accessKeyId: 'AKIAMYCMFMBY5FJIVKG3',
    secretAccessKey: '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',
  },
});

// A private key for signing report bundles, pasted in whole.
const SIGNING_KEY = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDiUnws7H19Fz73
SlvGfx4PtpR8hsumOZWthplXvXwYwY3tQpdSwaRGvZEAU7LBDxQCgYRMFhqWazbc
7DK5mdwPGxqlMnRbg1PEdW2/9ahiISyx6MblmvUMoOzb2dOJYkWkq/3pt2KsRsjI
Pkg6kzy0mt+vwxteBbrtucjYm6oTyvxgFIVAcxpEHL2QP9sCotp4HOoYQ6EkLCot
aKSNQlde
-----END PRIVATE KEY-----`;

// Safe look-alikes: credentials read at run time, AWS's documented example key id, a publishable
// (public) Stripe key, a placeholder, a public key and a scanner's pattern.
const fromEnvironment = new Octokit({ auth: process.env.GITHUB_TOKEN });
const DOCUMENTED_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const STRIPE_PUBLISHABLE_KEY = 'pk_live_51Hc8rLKq0wbVx2mNe7JtS9aQ';
const TOKEN_PLACEHOLDER = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const VERIFY_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3x5TPQ4iLk0gpctodaInjgwgvhtO
obL5xTG3uXpNXIAvP8ZMDoUWI4W5KqhYnNb5PAQqjkx9drYx7MfMheO511==
-----END PUBLIC KEY-----`;
const GITHUB_TOKEN_PATTERN = /gh[pousr]_[A-Za-z0-9]{36}/g;

module.exports = { slack, octokit, s3, SIGNING_KEY, fromEnvironment, DOCUMENTED_KEY_ID, STRIPE_PUBLISHABLE_KEY, TOKEN_PLACEHOLDER, VERIFY_KEY, GITHUB_TOKEN_PATTERN };
