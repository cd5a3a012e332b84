// A seeded, mixed-language corpus for throughput benchmarks. Clean files often contain the
// rules' prefilter literals (md5, http://, verify, ...) in comments, strings and names, so the
// prefilter cannot make the benchmark trivial; a few files hold real findings.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Mulberry32: small, fast, good enough for reproducible test data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGES = {
  js: {
    clean: (n) => `export function handler${n}(request, response) {\n  const items = request.body.items.map((item) => item.id * ${n});\n  return response.json({ items, total: items.length });\n}\n`,
    lookAlike: (n) => `// md5 and sha1 are mentioned here only in a comment ${n}; see http://example.org/docs\nconst label${n} = 'verify the md5Column and rejectUnauthorized docs';\n`,
    vulnerable: (n) => `const crypto = require('crypto');\nconst digest${n} = crypto.createHash('md5').update(String(${n})).digest('hex');\n`,
  },
  ts: {
    clean: (n) => `interface Row${n} { id: number; name: string }\nexport const rows${n}: Row${n}[] = [{ id: ${n}, name: 'row' }];\n`,
    lookAlike: (n) => `/** Documentation: http://www.w3.org/2000/svg is a namespace, not a request ${n}. */\nexport const namespace${n} = 'http://www.w3.org/2000/svg';\n`,
    vulnerable: (n) => `import https from 'node:https';\nexport const agent${n} = new https.Agent({ rejectUnauthorized: false });\n`,
  },
  py: {
    clean: (n) => `def total_${n}(values):\n    return sum(value * ${n} for value in values)\n\n`,
    lookAlike: (n) => `# hashlib.md5 would be wrong here ${n}\nchecksum_${n} = hashlib.md5(data, usedforsecurity=False).hexdigest()\n`,
    vulnerable: (n) => `import requests\nresponse_${n} = requests.get("https://api.example.com/items", verify=False)\n`,
  },
  java: {
    clean: (n) => `class Service${n} {\n  int total(int[] values) { int sum = 0; for (int v : values) sum += v * ${n}; return sum; }\n}\n`,
    lookAlike: (n) => `// MessageDigest.getInstance("MD5") is not used ${n}\nclass Digest${n} { String name = "SHA-256"; }\n`,
    vulnerable: (n) => `class Weak${n} {\n  byte[] hash(byte[] b) throws Exception { return java.security.MessageDigest.getInstance("MD5").digest(b); }\n}\n`,
  },
  go: {
    clean: (n) => `package main\n\nfunc total${n}(values []int) int {\n\tsum := 0\n\tfor _, v := range values {\n\t\tsum += v * ${n}\n\t}\n\treturn sum\n}\n`,
    lookAlike: (n) => `package main\n\n// InsecureSkipVerify must stay false ${n}\nvar docs${n} = "http://localhost:8080/health"\n`,
    vulnerable: (n) => `package main\n\nimport "crypto/tls"\n\nvar config${n} = &tls.Config{InsecureSkipVerify: true}\n`,
  },
  yaml: {
    clean: (n) => `service${n}:\n  replicas: ${n % 5}\n  image: registry.example.com/app:${n}\n`,
    lookAlike: (n) => `# docs: http://example.org/${n}\ndescription${n}: "verify the md5 checksum in the release notes"\n`,
    vulnerable: (n) => `client${n}:\n  endpoint: http://api.example.com/v${n}\n  tls_verify: false\n`,
  },
};

export function generateCorpus(dir, { seed, megabytes }) {
  const marker = path.join(dir, '.corpus.json');
  const wanted = JSON.stringify({ seed, megabytes, version: 1 });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const next = random(seed);
  const extensions = Object.keys(LANGUAGES);
  const target = megabytes * 1e6;
  let written = 0;
  for (let index = 0; written < target; index++) {
    const extension = extensions[Math.floor(next() * extensions.length)];
    const language = LANGUAGES[extension];
    const kind = next();
    const parts = [];
    // Files of 5–40 KB: mostly clean code, 40 % with look-alikes, 5 % with a real finding.
    const size = 5000 + Math.floor(next() * 35000);
    let length = 0;
    for (let block = 0; length < size; block++) {
      const text = language.clean(index * 1000 + block);
      parts.push(text);
      length += text.length;
    }
    if (kind < 0.4) parts.splice(Math.floor(parts.length / 2), 0, language.lookAlike(index));
    if (kind < 0.05) parts.push(language.vulnerable(index));
    const text = parts.join('\n');
    const folder = path.join(dir, `module${Math.floor(index / 100)}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `file${index}.${extension}`), text);
    written += text.length;
  }
  writeFileSync(marker, wanted);
  return dir;
}
