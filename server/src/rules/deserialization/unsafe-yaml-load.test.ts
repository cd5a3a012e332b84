/**
 * Cases for deserialization/unsafe-yaml-load: YAML loaders that build language objects from
 * tags in the document (PyYAML and ruamel.yaml, Ruby Psych, SnakeYAML, js-yaml, Symfony YAML),
 * with the safe loaders, version-dependent defaults and look-alikes beside them. Each finding's
 * trailing comment shows the text it flags.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { unsafeYamlLoad } from './unsafe-yaml-load';

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists unsafe deserialisation under Software and Data Integrity Failures (Vulnerability Scanning and Patch Management Guide: The base principles).';
const REQUEST = 'request data';
const PYTHON_ADVICE = 'Use yaml.safe_load, or pass Loader=yaml.SafeLoader (CSafeLoader where LibYAML is available).';

const PY_NO_LOADER = (api: string, input = 'its input'): string =>
  `${api} without a Loader builds arbitrary Python objects from ${input} in PyYAML before 5.1, and uses FullLoader, which could be made to run code before 5.4, in later 5.x releases (PyYAML 6 refuses the call). ${CONTROL} ${PYTHON_ADVICE}`;
const PY_UNSAFE = (api: string, input = 'its input'): string =>
  `${api} builds arbitrary Python objects from ${input} (!!python/object tags), so the document can run code. ${CONTROL} ${PYTHON_ADVICE}`;
const PY_FULL = (api: string, input = 'its input'): string =>
  `${api} builds Python objects beyond plain data from ${input}, and FullLoader could be made to run code before PyYAML 5.4. ${CONTROL} ${PYTHON_ADVICE}`;
const RUAMEL_UNSAFE = (api: string): string =>
  `${api} builds arbitrary Python objects from the documents it loads (!!python/object tags), so a document can run code. ${CONTROL} Use YAML(typ='safe') and register only the classes you expect.`;
const RUBY_LOAD = (api: string, input = 'its input'): string =>
  `${api} builds arbitrary Ruby objects from ${input} with Psych before 4.0 (Ruby before 3.1), where it means unsafe_load; from Psych 4 it means safe_load, so the risk depends on the Psych version the application bundles. ${CONTROL} Use YAML.safe_load, with permitted_classes for any classes you expect.`;
const RUBY_LOAD_FILE = (api: string, input = 'the file'): string =>
  `${api} builds arbitrary Ruby objects from ${input} with Psych before 4.0 (Ruby before 3.1); from Psych 4 it loads safely, so the risk depends on the Psych version the application bundles. ${CONTROL} Use YAML.safe_load_file (Psych 3.3 and later), with permitted_classes for any classes you expect.`;
const RUBY_UNSAFE = (api: string, input = 'its input'): string =>
  `${api} builds arbitrary Ruby objects from ${input} (!ruby/object tags), and gadget chains in common gems turn that into code execution. ${CONTROL} Use YAML.safe_load, with permitted_classes for any classes you expect.`;
const RUBY_STREAM = (api: string, input = 'its input'): string =>
  `${api} builds every document in ${input} with an unrestricted class loader in all Psych versions, so the documents can build arbitrary Ruby objects. ${CONTROL} Load each document with YAML.safe_load instead, with permitted_classes for any classes you expect.`;
const SNAKE_YAML = (api: string, input = 'its input'): string =>
  `${api} reads ${input} with a Yaml built without SafeConstructor; before SnakeYAML 2.0 a global tag (!!javax.script.ScriptEngineManager) builds any class on the classpath, which runs code. ${CONTROL} Construct it as new Yaml(new SafeConstructor(new LoaderOptions())), or upgrade to SnakeYAML 2.0 or later and keep its default tag inspector.`;
const JS_FULL_SCHEMA = (api: string): string =>
  `${api} includes the !!js/function type, which compiles functions written in the document, so loading untrusted YAML with it can run code. ${CONTROL} Use yaml.DEFAULT_SAFE_SCHEMA (js-yaml 3), or upgrade to js-yaml 4, whose schemas have no function type.`;
const JS_YAML3_LOAD = (api: string, input = 'the document'): string =>
  `${api} uses DEFAULT_FULL_SCHEMA in js-yaml 3, the version this project's package-lock.json installs, and its !!js/function type compiles functions written in ${input}, which run when the application calls or converts the loaded values. ${CONTROL} Use yaml.safeLoad, or upgrade to js-yaml 4, whose load is safe.`;
const JS_FUNCTION_TYPE = (api: string): string =>
  `${api} adds the !!js/function type to a js-yaml schema, which compiles functions written in the document, so loading untrusted YAML with it can run code. ${CONTROL} Leave the function type out of the schema; add only the types your documents need.`;
const PHP_OBJECT = (api: string, input = 'its input'): string =>
  `${api} makes Symfony YAML unserialise !php/object tags in ${input}, so the document builds objects of any loaded class and runs their magic methods. ${CONTROL} Drop Yaml::PARSE_OBJECT and map the parsed arrays onto your own classes.`;

const JS_YAML_3_LOCK = `{
  "name": "case-portal",
  "lockfileVersion": 3,
  "packages": {
    "": { "name": "case-portal", "dependencies": { "js-yaml": "^3.14.1" } },
    "node_modules/argparse": { "version": "1.0.10" },
    "node_modules/js-yaml": {
      "version": "3.14.1",
      "resolved": "https://registry.npmjs.org/js-yaml/-/js-yaml-3.14.1.tgz"
    }
  }
}
`;
const JS_YAML_4_LOCK = `{
  "name": "case-portal",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/js-yaml": { "version": "4.1.0" },
    "node_modules/eslint/node_modules/js-yaml": { "version": "3.14.1" }
  }
}
`;

export const table: RuleTable = {
  rule: unsafeYamlLoad,
  invalid: [
    // Python
    {
      name: 'yaml.load of the request body is critical',
      path: 'app/views.py',
      code: `import yaml
from flask import request


@app.post("/rota/import")
def import_rota():
    rota = yaml.load(request.data)
    return {"shifts": len(rota)}
`,
      findings: [
        { line: 7, column: 12, endColumn: 21, message: PY_NO_LOADER('yaml.load', REQUEST), severity: 'critical', confidence: 'high', fix: { title: 'Use yaml.safe_load', output: `import yaml
from flask import request


@app.post("/rota/import")
def import_rota():
    rota = yaml.safe_load(request.data)
    return {"shifts": len(rota)}
` } }, // "yaml.load"
      ],
    },
    {
      name: 'yaml.load without a Loader',
      path: 'app/config.py',
      code: `import yaml

with open("settings.yml") as stream:
    settings = yaml.load(stream)
`,
      findings: [
        { line: 4, column: 16, endColumn: 25, message: PY_NO_LOADER('yaml.load'), fix: { title: 'Use yaml.safe_load', output: `import yaml

with open("settings.yml") as stream:
    settings = yaml.safe_load(stream)
` } }, // "yaml.load"
      ],
    },
    {
      name: 'Loader=yaml.Loader and Loader=yaml.UnsafeLoader',
      path: 'tools/migrate.py',
      code: `import yaml

old = yaml.load(text, Loader=yaml.Loader)
new = yaml.load(text, Loader=yaml.UnsafeLoader)
`,
      findings: [
        { line: 3, column: 23, endColumn: 41, message: PY_UNSAFE('yaml.load with Loader=yaml.Loader'), fix: { title: 'Use SafeLoader', output: `import yaml

old = yaml.load(text, Loader=yaml.SafeLoader)
new = yaml.load(text, Loader=yaml.UnsafeLoader)
` } }, // "Loader=yaml.Loader"
        { line: 4, column: 23, endColumn: 47, message: PY_UNSAFE('yaml.load with Loader=yaml.UnsafeLoader'), fix: { title: 'Use SafeLoader', output: `import yaml

old = yaml.load(text, Loader=yaml.Loader)
new = yaml.load(text, Loader=yaml.SafeLoader)
` } }, // "Loader=yaml.UnsafeLoader"
      ],
    },
    {
      name: 'the loader passed by position, with the C loader',
      path: 'tools/fast.py',
      code: `import yaml

docs = list(yaml.load_all(stream, yaml.CLoader))
`,
      findings: [
        { line: 3, column: 35, endColumn: 47, message: PY_UNSAFE('yaml.load_all with Loader=yaml.CLoader'), fix: { title: 'Use CSafeLoader', output: `import yaml

docs = list(yaml.load_all(stream, yaml.CSafeLoader))
` } }, // "yaml.CLoader"
      ],
    },
    {
      name: 'FullLoader is medium',
      path: 'app/fixtures.py',
      code: `import yaml

fixtures = yaml.load(stream, Loader=yaml.FullLoader)
`,
      findings: [
        { line: 3, column: 30, endColumn: 52, message: PY_FULL('yaml.load with Loader=yaml.FullLoader'), severity: 'medium', confidence: 'medium', fix: { title: 'Use SafeLoader', output: `import yaml

fixtures = yaml.load(stream, Loader=yaml.SafeLoader)
` } }, // "Loader=yaml.FullLoader"
      ],
    },
    {
      name: 'unsafe_load, full_load and load_all without a Loader',
      path: 'app/loaders.py',
      code: `import yaml

a = yaml.unsafe_load(text)
b = yaml.full_load(text)
c = yaml.load_all(text)
`,
      findings: [
        { line: 3, column: 5, endColumn: 21, message: PY_UNSAFE('yaml.unsafe_load'), fix: { title: 'Use yaml.safe_load', output: `import yaml

a = yaml.safe_load(text)
b = yaml.full_load(text)
c = yaml.load_all(text)
` } }, // "yaml.unsafe_load"
        { line: 4, column: 5, endColumn: 19, message: PY_FULL('yaml.full_load'), severity: 'medium', confidence: 'medium', fix: { title: 'Use yaml.safe_load', output: `import yaml

a = yaml.unsafe_load(text)
b = yaml.safe_load(text)
c = yaml.load_all(text)
` } }, // "yaml.full_load"
        { line: 5, column: 5, endColumn: 18, message: PY_NO_LOADER('yaml.load_all'), fix: { title: 'Use yaml.safe_load_all', output: `import yaml

a = yaml.unsafe_load(text)
b = yaml.full_load(text)
c = yaml.safe_load_all(text)
` } }, // "yaml.load_all"
      ],
    },
    {
      name: 'the CLoader fallback idiom has no fix: the safe name is not imported',
      path: 'app/speed.py',
      code: `import yaml

try:
    from yaml import CLoader as Loader
except ImportError:
    from yaml import Loader

data = yaml.load(stream, Loader=Loader)
`,
      findings: [
        { line: 8, column: 26, endColumn: 39, message: PY_UNSAFE('yaml.load with Loader=yaml.Loader'), fix: null }, // "Loader=Loader"
      ],
    },
    {
      name: 'aliased module and a bare imported load',
      path: 'app/alias.py',
      code: `import yaml as y
from yaml import load

first = y.load(text)
second = load(text)
`,
      findings: [
        { line: 4, column: 9, endColumn: 15, message: PY_NO_LOADER('yaml.load'), fix: { title: 'Use yaml.safe_load', output: `import yaml as y
from yaml import load

first = y.safe_load(text)
second = load(text)
` } }, // "y.load"
        { line: 5, column: 10, endColumn: 14, message: PY_NO_LOADER('yaml.load'), fix: null }, // "load"
      ],
    },
    {
      name: "ruamel.yaml YAML(typ='unsafe')",
      path: 'app/ruamel_config.py',
      code: `from ruamel.yaml import YAML

yaml = YAML(typ="unsafe", pure=True)
config = yaml.load(path)
`,
      findings: [
        { line: 3, column: 13, endColumn: 25, message: RUAMEL_UNSAFE("YAML(typ='unsafe')"), fix: { title: "Use typ='safe'", output: `from ruamel.yaml import YAML

yaml = YAML(typ="safe", pure=True)
config = yaml.load(path)
` } }, // "typ=\"unsafe\""
      ],
    },
    {
      name: 'FullLoader on request data rises one band, from medium to high',
      path: 'app/upload.py',
      code: `import yaml
from flask import request


def upload():
    return yaml.load(request.files["rota"], Loader=yaml.FullLoader)
`,
      findings: [
        { line: 6, column: 45, endColumn: 67, message: PY_FULL('yaml.load with Loader=yaml.FullLoader', REQUEST), severity: 'high', confidence: 'medium', fix: { title: 'Use SafeLoader', output: `import yaml
from flask import request


def upload():
    return yaml.load(request.files["rota"], Loader=yaml.SafeLoader)
` } }, // "Loader=yaml.FullLoader"
      ],
    },

    // Java
    {
      name: 'new Yaml() in a field, then load: medium',
      path: 'src/main/java/uk/gov/justice/ConfigLoader.java',
      code: `import org.yaml.snakeyaml.Yaml;

public class ConfigLoader {
    private static final Yaml YAML = new Yaml();

    public Map<String, Object> load(InputStream in) {
        return YAML.load(in);
    }
}
`,
      findings: [
        { line: 7, column: 16, endColumn: 25, message: SNAKE_YAML('Yaml.load'), severity: 'high', confidence: 'medium', fix: null }, // "YAML.load"
      ],
    },
    {
      name: 'inline new Yaml() reading the request body is critical',
      path: 'src/main/java/uk/gov/justice/ImportController.java',
      code: `import org.yaml.snakeyaml.Yaml;

class ImportController {
    Object importRota(HttpServletRequest request) throws IOException {
        return new Yaml().load(request.getInputStream());
    }
}
`,
      findings: [
        { line: 5, column: 16, endColumn: 31, message: SNAKE_YAML('Yaml.load', REQUEST), severity: 'critical', confidence: 'medium', fix: null }, // "new Yaml().load"
      ],
    },
    {
      name: 'Constructor(Type.class) still honours global tags before 2.0',
      path: 'src/main/java/uk/gov/justice/RotaReader.java',
      code: `import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;

class RotaReader {
    Rota read(String text) {
        Yaml yaml = new Yaml(new Constructor(Rota.class));
        return yaml.loadAs(text, Rota.class);
    }
}
`,
      findings: [
        { line: 7, column: 16, endColumn: 27, message: SNAKE_YAML('Yaml.loadAs'), severity: 'high', confidence: 'medium', fix: null }, // "yaml.loadAs"
      ],
    },
    {
      name: 'Yaml with only LoaderOptions, assigned to a field, and loadAll',
      path: 'src/main/java/uk/gov/justice/Bulk.java',
      code: `class Bulk {
    private Yaml yaml;

    Bulk(LoaderOptions options) {
        this.yaml = new Yaml(options);
    }

    void each(String text) {
        for (Object document : yaml.loadAll(text)) {
            handle(document);
        }
    }
}
`,
      findings: [
        { line: 9, column: 32, endColumn: 44, message: SNAKE_YAML('Yaml.loadAll'), severity: 'high', confidence: 'medium', fix: null }, // "yaml.loadAll"
      ],
    },
    {
      name: 'CustomClassLoaderConstructor, and DumperOptions held in a local',
      path: 'src/main/java/uk/gov/justice/Plugins.java',
      code: `class Plugins {
    Object a(String text, ClassLoader loader) {
        return new Yaml(new CustomClassLoaderConstructor(loader, new LoaderOptions())).load(text);
    }

    Object b(Reader reader) {
        DumperOptions options = new DumperOptions();
        Yaml yaml = new Yaml(options);
        return yaml.load(reader);
    }
}
`,
      findings: [
        { line: 3, column: 16, endColumn: 92, message: SNAKE_YAML('Yaml.load'), severity: 'high', confidence: 'medium', fix: null }, // "new Yaml(new CustomClassLoaderConstructor(loader, new LoaderOptions())).load"
        { line: 9, column: 16, endColumn: 25, message: SNAKE_YAML('Yaml.load'), severity: 'high', confidence: 'medium', fix: null }, // "yaml.load"
      ],
    },

    // PHP
    {
      name: 'Yaml::parse with PARSE_OBJECT',
      path: 'src/Config.php',
      code: `<?php
use Symfony\\Component\\Yaml\\Yaml;

$config = Yaml::parse($text, Yaml::PARSE_OBJECT);
`,
      findings: [
        { line: 4, column: 30, endColumn: 48, message: PHP_OBJECT('Yaml::PARSE_OBJECT'), fix: null }, // "Yaml::PARSE_OBJECT"
      ],
    },
    {
      name: 'PARSE_OBJECT among other flags, and parseFile',
      path: 'src/Loader.php',
      code: `<?php
use Symfony\\Component\\Yaml\\Yaml;

$a = Yaml::parse($text, Yaml::PARSE_CONSTANT | Yaml::PARSE_OBJECT);
$b = Yaml::parseFile('config/services.yml', Yaml::PARSE_OBJECT);
`,
      findings: [
        { line: 4, column: 48, endColumn: 66, message: PHP_OBJECT('Yaml::PARSE_OBJECT'), fix: null }, // "Yaml::PARSE_OBJECT"
        { line: 5, column: 45, endColumn: 63, message: PHP_OBJECT('Yaml::PARSE_OBJECT'), fix: null }, // "Yaml::PARSE_OBJECT"
      ],
    },
    {
      name: 'a Parser instance with the fully qualified flag',
      path: 'src/Import.php',
      code: `<?php
$parser = new \\Symfony\\Component\\Yaml\\Parser();
$data = $parser->parse($input, \\Symfony\\Component\\Yaml\\Yaml::PARSE_OBJECT);
`,
      findings: [
        { line: 3, column: 32, endColumn: 74, message: PHP_OBJECT('Yaml::PARSE_OBJECT'), fix: null }, // "\\Symfony\\Component\\Yaml\\Yaml::PARSE_OBJECT"
      ],
    },
    {
      name: 'request content with PARSE_OBJECT is critical',
      path: 'src/Controller/ImportController.php',
      code: `<?php
use Symfony\\Component\\HttpFoundation\\Request;
use Symfony\\Component\\Yaml\\Yaml;

class ImportController
{
    public function import(Request $request): array
    {
        return Yaml::parse($request->getContent(), Yaml::PARSE_OBJECT);
    }
}
`,
      findings: [
        { line: 9, column: 52, endColumn: 70, message: PHP_OBJECT('Yaml::PARSE_OBJECT', REQUEST), severity: 'critical', confidence: 'high', fix: null }, // "Yaml::PARSE_OBJECT"
      ],
    },
    {
      name: 'an aliased Symfony Yaml class',
      path: 'src/Aliased.php',
      code: `<?php
use Symfony\\Component\\Yaml\\Yaml as SymfonyYaml;

$settings = SymfonyYaml::parseFile($path, SymfonyYaml::PARSE_OBJECT);
`,
      findings: [
        { line: 4, column: 43, endColumn: 68, message: PHP_OBJECT('Yaml::PARSE_OBJECT'), fix: null }, // "SymfonyYaml::PARSE_OBJECT"
      ],
    },

    // Ruby
    {
      name: 'YAML.load of a parameter is critical',
      path: 'app/controllers/rota_controller.rb',
      code: `class RotaController < ApplicationController
  def import
    rota = YAML.load(params[:rota])
    render json: rota
  end
end
`,
      findings: [
        { line: 3, column: 12, endColumn: 21, message: RUBY_LOAD('YAML.load', REQUEST), severity: 'critical', confidence: 'medium', fix: { title: 'Use YAML.safe_load', output: `class RotaController < ApplicationController
  def import
    rota = YAML.safe_load(params[:rota])
    render json: rota
  end
end
` } }, // "YAML.load"
      ],
    },
    {
      name: 'YAML.load depends on the Psych version: medium',
      path: 'lib/settings.rb',
      code: `require 'yaml'

SETTINGS = YAML.load(File.read('config/settings.yml'))
`,
      findings: [
        { line: 3, column: 12, endColumn: 21, message: RUBY_LOAD('YAML.load'), severity: 'high', confidence: 'medium', fix: { title: 'Use YAML.safe_load', output: `require 'yaml'

SETTINGS = YAML.safe_load(File.read('config/settings.yml'))
` } }, // "YAML.load"
      ],
    },
    {
      name: 'Psych.load and the YAML::load spelling',
      path: 'lib/legacy.rb',
      code: `a = Psych.load(text)
b = YAML::load(text, symbolize_names: true)
`,
      findings: [
        { line: 1, column: 5, endColumn: 15, message: RUBY_LOAD('Psych.load'), severity: 'high', confidence: 'medium', fix: { title: 'Use Psych.safe_load', output: `a = Psych.safe_load(text)
b = YAML::load(text, symbolize_names: true)
` } }, // "Psych.load"
        { line: 2, column: 5, endColumn: 15, message: RUBY_LOAD('YAML::load'), severity: 'high', confidence: 'medium', fix: { title: 'Use YAML.safe_load', output: `a = Psych.load(text)
b = YAML::safe_load(text, symbolize_names: true)
` } }, // "YAML::load"
      ],
    },
    {
      name: 'unsafe_load and unsafe_load_file',
      path: 'lib/import.rb',
      code: `records = YAML.unsafe_load(body)
fixtures = Psych.unsafe_load_file('fixtures.yml')
`,
      findings: [
        { line: 1, column: 11, endColumn: 27, message: RUBY_UNSAFE('YAML.unsafe_load'), fix: { title: 'Use YAML.safe_load', output: `records = YAML.safe_load(body)
fixtures = Psych.unsafe_load_file('fixtures.yml')
` } }, // "YAML.unsafe_load"
        { line: 2, column: 12, endColumn: 34, message: RUBY_UNSAFE('Psych.unsafe_load_file'), fix: { title: 'Use Psych.safe_load_file', output: `records = YAML.unsafe_load(body)
fixtures = Psych.safe_load_file('fixtures.yml')
` } }, // "Psych.unsafe_load_file"
      ],
    },
    {
      name: 'load_file has no fix: safe_load_file needs Psych 3.3',
      path: 'config/initializers/features.rb',
      code: `FEATURES = YAML.load_file(Rails.root.join('config', 'features.yml'))
`,
      findings: [
        { line: 1, column: 12, endColumn: 26, message: RUBY_LOAD_FILE('YAML.load_file'), severity: 'high', confidence: 'medium', fix: null }, // "YAML.load_file"
      ],
    },
    {
      name: 'load_stream builds objects in every Psych version',
      path: 'lib/bulk.rb',
      code: `YAML.load_stream(io) do |document|
  import(document)
end
`,
      findings: [
        { line: 1, column: 1, endColumn: 17, message: RUBY_STREAM('YAML.load_stream'), fix: null }, // "YAML.load_stream"
      ],
    },

    // JavaScript and TypeScript
    {
      name: 'js-yaml load with DEFAULT_FULL_SCHEMA',
      path: 'src/config.js',
      code: `const yaml = require('js-yaml');

const config = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
`,
      findings: [
        { line: 3, column: 42, endColumn: 66, message: JS_FULL_SCHEMA('DEFAULT_FULL_SCHEMA'), fix: { title: 'Use DEFAULT_SAFE_SCHEMA', output: `const yaml = require('js-yaml');

const config = yaml.load(text, { schema: yaml.DEFAULT_SAFE_SCHEMA });
` } }, // "yaml.DEFAULT_FULL_SCHEMA"
      ],
    },
    {
      name: 'loadAll with the full schema imported by name has no fix',
      path: 'src/bulk.mjs',
      code: `import { loadAll, DEFAULT_FULL_SCHEMA } from 'js-yaml';

loadAll(text, (doc) => docs.push(doc), { schema: DEFAULT_FULL_SCHEMA });
`,
      findings: [
        { line: 3, column: 50, endColumn: 69, message: JS_FULL_SCHEMA('DEFAULT_FULL_SCHEMA'), fix: null }, // "DEFAULT_FULL_SCHEMA"
      ],
    },
    {
      name: 'the schema in an options constant',
      path: 'src/options.ts',
      code: `import * as yaml from 'js-yaml';

const OPTIONS = { schema: yaml.DEFAULT_FULL_SCHEMA, json: true };
export const parse = (text: string) => yaml.load(text, OPTIONS);
`,
      findings: [
        { line: 3, column: 27, endColumn: 51, message: JS_FULL_SCHEMA('DEFAULT_FULL_SCHEMA'), fix: { title: 'Use DEFAULT_SAFE_SCHEMA', output: `import * as yaml from 'js-yaml';

const OPTIONS = { schema: yaml.DEFAULT_SAFE_SCHEMA, json: true };
export const parse = (text: string) => yaml.load(text, OPTIONS);
` } }, // "yaml.DEFAULT_FULL_SCHEMA"
      ],
    },
    {
      name: 'js-yaml-js-types adds the function type',
      path: 'src/schema.js',
      code: `const yaml = require('js-yaml');
const types = require('js-yaml-js-types');

const schema = yaml.DEFAULT_SCHEMA.extend(types.all);
const withFunctions = yaml.DEFAULT_SCHEMA.extend([require('js-yaml-js-types').function]);
`,
      findings: [
        { line: 4, column: 43, endColumn: 52, message: JS_FUNCTION_TYPE('js-yaml-js-types.all'), fix: null }, // "types.all"
        { line: 5, column: 51, endColumn: 87, message: JS_FUNCTION_TYPE('js-yaml-js-types.function'), fix: null }, // "require('js-yaml-js-types').function"
      ],
    },
    {
      name: 'plain load when the lockfile installs js-yaml 3 is medium',
      path: 'src/rota.js',
      code: `const yaml = require('js-yaml');

app.post('/rota', (req, res) => {
  const rota = yaml.load(req.body.rota);
  res.json(rota);
});

const defaults = yaml.loadAll(fs.readFileSync('defaults.yml', 'utf8'));
`,
      project: [{ path: 'package-lock.json', text: JS_YAML_3_LOCK }],
      findings: [
        { line: 4, column: 16, endColumn: 25, message: JS_YAML3_LOAD('js-yaml load', REQUEST), severity: 'critical', confidence: 'medium', fix: { title: 'Use safeLoad', output: `const yaml = require('js-yaml');

app.post('/rota', (req, res) => {
  const rota = yaml.safeLoad(req.body.rota);
  res.json(rota);
});

const defaults = yaml.loadAll(fs.readFileSync('defaults.yml', 'utf8'));
` } }, // "yaml.load"
        { line: 8, column: 18, endColumn: 30, message: JS_YAML3_LOAD('js-yaml loadAll'), severity: 'high', confidence: 'medium', fix: { title: 'Use safeLoadAll', output: `const yaml = require('js-yaml');

app.post('/rota', (req, res) => {
  const rota = yaml.load(req.body.rota);
  res.json(rota);
});

const defaults = yaml.safeLoadAll(fs.readFileSync('defaults.yml', 'utf8'));
` } }, // "yaml.loadAll"
      ],
    },
  ],
  valid: [
    // Python
    { name: 'safe_load and the safe loaders', path: 'app/config.py', code: `import yaml

a = yaml.safe_load(stream)
b = yaml.load(stream, Loader=yaml.SafeLoader)
c = yaml.load(stream, Loader=yaml.CSafeLoader)
d = list(yaml.safe_load_all(stream))
e = yaml.load(stream, Loader=yaml.BaseLoader)
` },
    { name: 'a custom loader class is left to the reader', path: 'app/custom.py', code: `import yaml


class RotaLoader(yaml.SafeLoader):
    pass


rota = yaml.load(stream, Loader=RotaLoader)
` },
    { name: "a ruamel.yaml YAML() instance named yaml is not PyYAML's module", path: 'app/ruamel_config.py', code: `from ruamel.yaml import YAML

yaml = YAML()
safe = YAML(typ="safe")
config = yaml.load(path)
` },
    { name: 'dump, json.load and comments are not YAML loads', path: 'app/export.py', code: `import json
import yaml

# yaml.load(request.data) was replaced by safe_load
text = yaml.dump(record)
data = json.load(handle)
` },

    // Java
    { name: 'SafeConstructor, inline and through a variable', path: 'src/main/java/uk/gov/justice/SafeLoader.java', code: `import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class SafeLoader {
    Object a(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    Object b(String text) {
        SafeConstructor constructor = new SafeConstructor(new LoaderOptions());
        Yaml yaml = new Yaml(constructor);
        return yaml.load(text);
    }
}
` },
    { name: 'dumping with new Yaml() reads nothing', path: 'src/main/java/uk/gov/justice/Export.java', code: `class Export {
    String write(Object rota) {
        return new Yaml().dump(rota);
    }
}
` },
    { name: 'a Yaml handed in as a parameter was built elsewhere', path: 'src/main/java/uk/gov/justice/Reader.java', code: `class Reader {
    Object read(Yaml yaml, String text) {
        return yaml.load(text);
    }
}
` },
    { name: 'load on an unrelated object in Java', path: 'src/main/java/uk/gov/justice/Props.java', code: `class Props {
    void read(InputStream in) throws IOException {
        Properties props = new Properties();
        props.load(in);
    }
}
` },

    // C#
    { name: 'YamlDotNet deserialises only the requested type', path: 'Services/RotaReader.cs', code: `using YamlDotNet.Serialization;

class RotaReader
{
    Rota Read(string text) => new DeserializerBuilder().Build().Deserialize<Rota>(text);
}
` },

    // PHP
    { name: 'Yaml::parse without PARSE_OBJECT, and other flags', path: 'src/Config.php', code: `<?php
use Symfony\\Component\\Yaml\\Yaml;

$a = Yaml::parse($text);
$b = Yaml::parse($text, Yaml::PARSE_OBJECT_FOR_MAP | Yaml::PARSE_DATETIME);
$c = Yaml::parseFile('config.yml', Yaml::PARSE_CONSTANT);
` },
    { name: 'dumping objects writes YAML, it reads nothing', path: 'src/Export.php', code: `<?php
use Symfony\\Component\\Yaml\\Yaml;

file_put_contents('out.yml', Yaml::dump($config, 2, 4, Yaml::DUMP_OBJECT));
` },
    { name: "another library's PARSE_OBJECT constant", path: 'src/Markdown.php', code: `<?php
$html = $markdown->parse($text, Parser::PARSE_OBJECT);
` },
    { name: 'a comment naming PARSE_OBJECT', path: 'src/Notes.php', code: `<?php
// Yaml::parse($text, Yaml::PARSE_OBJECT) was removed in 2023.
$notes = [];
` },

    // Ruby
    { name: 'YAML.safe_load, and load with Psych 4 keywords', path: 'lib/settings.rb', code: `a = YAML.safe_load(body, permitted_classes: [Date, Symbol])
b = YAML.load(body, permitted_classes: [Date])
c = YAML.load(body, aliases: true)
d = YAML.safe_load_file('config/settings.yml')
` },
    { name: 'load_file with Psych 4 keywords', path: 'lib/features.rb', code: `FEATURES = YAML.load_file('config/features.yml', permitted_classes: [Symbol], aliases: true)
` },
    { name: 'YAML.dump and a comment', path: 'lib/export.rb', code: `# YAML.load(params[:rota]) used to live here
File.write('rota.yml', YAML.dump(rota))
` },
    { name: 'a method called load on another object', path: 'lib/cache.rb', code: `settings = config_store.load(:settings)
` },

    // JavaScript and TypeScript
    { name: 'js-yaml load with no lockfile to say the version', path: 'src/config.js', code: `const yaml = require('js-yaml');

const config = yaml.load(text);
` },
    { name: 'js-yaml 4 hoisted; a nested js-yaml 3 belongs to another package', path: 'src/config.js', code: `const yaml = require('js-yaml');

const config = yaml.load(text);
`, project: [{ path: 'package-lock.json', text: JS_YAML_4_LOCK }] },
    { name: 'safe schemas, safeLoad and a dump with the full schema, under js-yaml 3', path: 'src/safe.js', code: `const yaml = require('js-yaml');

const a = yaml.safeLoad(text);
const b = yaml.load(text, { schema: yaml.DEFAULT_SAFE_SCHEMA });
const c = yaml.load(text, { schema: yaml.JSON_SCHEMA });
const out = yaml.dump(value, { schema: yaml.DEFAULT_FULL_SCHEMA });
`, project: [{ path: 'package-lock.json', text: JS_YAML_3_LOCK }] },
    { name: 'the yaml package parses plain data', path: 'src/parse.ts', code: `import YAML from 'yaml';

export const parse = (text: string) => YAML.parse(text);
` },
  ],
};

describeRule(table);
