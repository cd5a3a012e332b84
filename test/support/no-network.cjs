'use strict';
/**
 * The no-network harness: a preload (`node --require ./test/support/no-network.cjs`, or the same
 * flag in NODE_OPTIONS so that worker threads and child processes get it too) that makes every
 * way Node.js reaches the network throw before any packet leaves. Loopback is blocked as well:
 * the tool has no reason to open a socket at all, so there is nothing to allow.
 *
 * Each blocked call throws synchronously, because a thrown error cannot be lost in a promise
 * nobody awaits. Code under test might still catch and hide the error, so every attempt is also
 * written straight to file descriptor 2 with a fixed marker that the harness tests look for.
 * When NO_NETWORK_HARNESS_LOG names a file, each process and thread that loads the preload
 * appends a line to it, and so does each attempt: the tests use it to prove that the worker
 * threads were covered, and to see attempts even when standard error is not captured.
 */
const dgram = require('node:dgram');
const dns = require('node:dns');
const http = require('node:http');
const http2 = require('node:http2');
const https = require('node:https');
const net = require('node:net');
const tls = require('node:tls');
const { appendFileSync, writeSync } = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
const { isMainThread, threadId } = require('node:worker_threads');

const MESSAGE_PREFIX = 'network access blocked by no-network harness: ';
/** Printed on stderr for every attempt, even one the code under test catches. */
const STDERR_MARKER = '[no-network harness] blocked ';

const LOG = process.env.NO_NETWORK_HARNESS_LOG;
const WHO = `pid ${process.pid} ${isMainThread ? 'main thread' : `worker thread ${threadId}`}`;

function log(line) {
  if (LOG === undefined || LOG === '') return;
  try {
    appendFileSync(LOG, `${line}\n`);
  } catch {
    // The log is only evidence for the tests; a failure to write it must not change behaviour.
  }
}

function blocked(what) {
  return function blockedNetworkCall() {
    log(`blocked ${what} in ${WHO}`);
    try {
      writeSync(2, `${STDERR_MARKER}${what}\n`);
    } catch {
      // Standard error may be closed; the thrown error below still stops the call.
    }
    throw new Error(MESSAGE_PREFIX + what);
  };
}

function block(target, name, what) {
  if (target === undefined || target === null || !(name in target)) return;
  Object.defineProperty(target, name, { value: blocked(what), writable: true, configurable: true, enumerable: true });
}

block(net, 'connect', 'net.connect');
block(net, 'createConnection', 'net.createConnection');
block(net.Socket.prototype, 'connect', 'net.Socket.prototype.connect');
block(tls, 'connect', 'tls.connect');
block(http, 'request', 'http.request');
block(http, 'get', 'http.get');
block(https, 'request', 'https.request');
block(https, 'get', 'https.get');
block(http2, 'connect', 'http2.connect');
block(dgram.Socket.prototype, 'send', 'dgram.Socket.prototype.send');
block(dgram.Socket.prototype, 'connect', 'dgram.Socket.prototype.connect');

/** Every look-up that asks a resolver: the callback API, dns.promises and both Resolver classes. */
const DNS_QUERIES = [
  'lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse',
];
for (const name of DNS_QUERIES) {
  block(dns, name, `dns.${name}`);
  block(dns.promises, name, `dns.promises.${name}`);
  block(dns.Resolver.prototype, name, `dns.Resolver.prototype.${name}`);
  block(dns.promises.Resolver.prototype, name, `dns.promises.Resolver.prototype.${name}`);
}

for (const name of ['fetch', 'WebSocket', 'EventSource']) {
  if (typeof globalThis[name] === 'function') block(globalThis, name, name);
}

// ES modules that import these names from node:http and the rest see the blocked versions too.
syncBuiltinESMExports();

/** Lets a test confirm the preload ran in the process (or thread) it is looking at. */
globalThis[Symbol.for('moj-secure-code.no-network')] = { MESSAGE_PREFIX, STDERR_MARKER };
log(`loaded in ${WHO}`);
