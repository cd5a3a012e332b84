/**
 * Cases for deserialization/unsafe-deserialization: deserialisers that let the data name the
 * classes to build or the functions to call, in every language where such an API exists, with
 * the safe look-alikes beside them (data-only formats, serialising, restricted loaders, filters,
 * binders, comments). Each finding's trailing comment shows the text it flags.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { unsafeDeserialization } from './unsafe-deserialization';

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists unsafe deserialisation under Software and Data Integrity Failures (Vulnerability Scanning and Patch Management Guide: The base principles).';
const REQUEST = 'request data';

const PICKLE = (api: string, input = 'its input'): string =>
  `${api} unpickles ${input}, and unpickling calls whatever functions the data names, so whoever can write the data can run code here. ${CONTROL} Use a data-only format such as JSON for anything that crosses a trust boundary, or sign the data and verify the signature before loading it.`;
const TORCH = (api: string, input = 'the file'): string =>
  `${api} without weights_only=True unpickles ${input} (the default before PyTorch 2.6), so a crafted model file can run code when it is loaded. ${CONTROL} Pass weights_only=True, or keep weights in safetensors, and load only files from a trusted, integrity-checked source.`;
const JOBLIB = (api: string, input = 'the file'): string =>
  `${api} unpickles ${input}, so a crafted file can run code when it is loaded. ${CONTROL} Load only files this service wrote or whose integrity it has checked, or keep models in a data-only format such as ONNX or safetensors.`;
const SHELVE = (api: string, input = 'a file'): string =>
  `${api} opens a pickle-backed store from ${input}, so whoever can write the file can run code when a value is read. ${CONTROL} Keep the shelf where only this service can write it, or use a data-only store such as sqlite3 with JSON values.`;
const MARSHAL = (api: string, input = 'its input'): string =>
  `${api} reads ${input} with marshal, which is not safe against crafted data: it builds code objects and can crash the interpreter. ${CONTROL} Use JSON for data, and never read marshal data from outside the process.`;
const JAVA_STREAM = (api: string, input = 'its input'): string =>
  `${api} deserialises ${input} with Java serialisation, which builds any serialisable class on the classpath, and gadget chains in common libraries turn that into code execution. ${CONTROL} Prefer a data format such as JSON bound to specific classes; if serialised objects must be read, set an ObjectInputFilter allow-list on the stream (JEP 290).`;
const XML_DECODER = (api: string, input = 'its input'): string =>
  `${api} reads ${input}, and XMLDecoder performs the constructor and method calls the XML describes, so the document can run any code. ${CONTROL} Do not read untrusted XML with XMLDecoder; bind it to specific classes with JAXB or Jackson instead.`;
const XSTREAM = (api: string, input = 'its input'): string =>
  `${api} reads ${input} with no XStream type permissions set up in this file; XStream before 1.4.18 builds any class the XML names unless an allow-list is configured. ${CONTROL} Before fromXML, call allowTypes(...) or addPermission(...) with only the classes you expect, and keep XStream up to date.`;
const JACKSON_TYPING = (api: string): string =>
  `${api} turns on Jackson default typing without a restrictive validator, so the JSON names the classes to build, and gadget classes on the classpath turn that into code execution. ${CONTROL} Remove default typing, or use activateDefaultTyping with a BasicPolymorphicTypeValidator that allows only your own types.`;
const JACKSON_CLASS_ID = (api: string): string =>
  `${api} lets the JSON name the Java class to build; with a broad base type such as Object, gadget classes on the classpath turn that into code execution. ${CONTROL} Use JsonTypeInfo.Id.NAME with @JsonSubTypes listing the allowed types.`;
const DOTNET_FORMATTER = (api: string, input = 'its input'): string =>
  `${api} deserialises ${input} with a formatter that builds whatever types the stream names; Microsoft states it cannot be made safe for untrusted data. ${CONTROL} Use System.Text.Json, or DataContractSerializer with known types, for data from outside.`;
const TYPE_RESOLVER = (api: string): string =>
  `${api} lets the JSON's __type field name the .NET type that JavaScriptSerializer builds, which crafted input turns into code execution. ${CONTROL} Construct JavaScriptSerializer without a type resolver, or use System.Text.Json.`;
const TYPE_NAME_HANDLING = (api: string): string =>
  `${api} lets the JSON's $type field name the .NET type that Json.NET builds, which crafted input turns into code execution. ${CONTROL} Use TypeNameHandling.None, or restrict the types with a SerializationBinder that allows only your own.`;
const PHP_UNSERIALIZE = (api: string, input = 'its input'): string =>
  `${api} unserialises ${input} without restricting classes, so crafted input builds objects of any loaded class and runs their magic methods (__wakeup, __destruct), which gadget chains turn into code execution. ${CONTROL} Use json_decode for data from outside, or pass ['allowed_classes' => false] (or a list of expected classes).`;
const RUBY_MARSHAL = (api: string, input = 'its input'): string =>
  `${api} deserialises ${input} with Marshal, which builds any Ruby object the data describes, and gadget chains in common gems turn that into code execution. ${CONTROL} Use JSON.parse for data from outside, and never Marshal.load data a user can change.`;
const OJ = (api: string, input = 'its input'): string =>
  `${api} parses ${input} in Oj's object mode (Oj's default), which builds any Ruby class the JSON names. ${CONTROL} Pass mode: :strict (or :compat), or use Oj.safe_load.`;
const RUBY_JSON_LOAD = (api: string, input = 'its input'): string =>
  `${api} parses ${input} with create_additions on, so a json_class field can build objects of any loaded class that defines json_create. ${CONTROL} Use JSON.parse for data from outside, or pass create_additions: false.`;
const NODE_SERIALIZE = (api: string, input = 'its input'): string =>
  `${api} deserialises ${input} and rebuilds the functions embedded in it, so the data can run any code (an immediately invoked function runs during deserialisation). ${CONTROL} Use JSON.parse for data from outside: a deserialiser that rebuilds functions cannot be made safe for it.`;

export const table: RuleTable = {
  rule: unsafeDeserialization,
  invalid: [
    // Python
    {
      name: 'pickle.loads of the request body is critical',
      path: 'app/views.py',
      code: `import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/basket/restore")
def restore_basket():
    basket = pickle.loads(request.data)
    return {"items": len(basket)}
`,
      findings: [
        { line: 10, column: 14, endColumn: 26, message: PICKLE('pickle.loads', REQUEST), severity: 'critical', confidence: 'high', fix: null }, // "pickle.loads"
      ],
    },
    {
      name: 'aliased import: import pickle as p',
      path: 'app/cache.py',
      code: `import pickle as p


def read_cached(blob: bytes):
    return p.loads(blob)
`,
      findings: [
        { line: 5, column: 12, endColumn: 19, message: PICKLE('pickle.loads'), fix: null }, // "p.loads"
      ],
    },
    {
      name: 'from-import of loads, fed from a cookie through a variable',
      path: 'app/session.py',
      code: `import base64
from pickle import loads

from flask import request


def current_state():
    raw = base64.b64decode(request.cookies["state"])
    return loads(raw)
`,
      findings: [
        { line: 9, column: 12, endColumn: 17, message: PICKLE('pickle.loads', REQUEST), severity: 'critical', confidence: 'high', fix: null }, // "loads"
      ],
    },
    {
      name: 'pickle.load from a file handle',
      path: 'jobs/resume.py',
      code: `import pickle


def resume(path):
    with open(path, "rb") as handle:
        return pickle.load(handle)
`,
      findings: [
        { line: 6, column: 16, endColumn: 27, message: PICKLE('pickle.load'), fix: null }, // "pickle.load"
      ],
    },
    {
      name: 'cPickle and an aliased _pickle',
      path: 'legacy/store.py',
      code: `import cPickle
import _pickle as fast_pickle

record = cPickle.loads(blob)
other = fast_pickle.loads(blob)
`,
      findings: [
        { line: 4, column: 10, endColumn: 23, message: PICKLE('cPickle.loads'), fix: null }, // "cPickle.loads"
        { line: 5, column: 9, endColumn: 26, message: PICKLE('_pickle.loads'), fix: null }, // "fast_pickle.loads"
      ],
    },
    {
      name: 'Unpickler constructed directly',
      path: 'worker/queue.py',
      code: `import pickle

message = pickle.Unpickler(stream).load()
`,
      findings: [
        { line: 3, column: 11, endColumn: 27, message: PICKLE('pickle.Unpickler'), fix: null }, // "pickle.Unpickler"
      ],
    },
    {
      name: 'dill and jsonpickle decode like pickle',
      path: 'worker/tasks.py',
      code: `import dill
import jsonpickle

task = dill.loads(payload)
job = jsonpickle.decode(body)
`,
      findings: [
        { line: 4, column: 8, endColumn: 18, message: PICKLE('dill.loads'), fix: null }, // "dill.loads"
        { line: 5, column: 7, endColumn: 24, message: PICKLE('jsonpickle.decode'), fix: null }, // "jsonpickle.decode"
      ],
    },
    {
      name: 'pandas read_pickle through the pd alias',
      path: 'reports/load.py',
      code: `import pandas as pd

frame = pd.read_pickle(upload_path)
`,
      findings: [
        { line: 3, column: 9, endColumn: 23, message: PICKLE('pandas.read_pickle'), fix: null }, // "pd.read_pickle"
      ],
    },
    {
      name: 'numpy.load with allow_pickle=True',
      path: 'ml/features.py',
      code: `import numpy as np

features = np.load(path, allow_pickle=True)
`,
      findings: [
        { line: 3, column: 26, endColumn: 43, message: PICKLE('numpy.load(allow_pickle=True)'), fix: null }, // "allow_pickle=True"
      ],
    },
    {
      name: 'torch.load without weights_only is medium; weights_only=False is certain',
      path: 'ml/model.py',
      code: `import torch

model = torch.load("model.pt")
legacy = torch.load(checkpoint_path, weights_only=False)
`,
      findings: [
        { line: 3, column: 9, endColumn: 19, message: TORCH('torch.load'), severity: 'high', confidence: 'medium', fix: null }, // "torch.load"
        { line: 4, column: 38, endColumn: 56, message: PICKLE('torch.load(weights_only=False)'), fix: null }, // "weights_only=False"
      ],
    },
    {
      name: 'torch.load of an uploaded file is critical',
      path: 'ml/upload.py',
      code: `import torch
from flask import request


def score():
    model = torch.load(request.files["model"])
    return model(torch.zeros(1))
`,
      findings: [
        { line: 6, column: 13, endColumn: 23, message: TORCH('torch.load', REQUEST), severity: 'critical', confidence: 'high', fix: null }, // "torch.load"
      ],
    },
    {
      name: 'joblib, shelve and marshal are medium: their input is usually a local file',
      path: 'ml/artefacts.py',
      code: `import joblib
import marshal
import shelve

classifier = joblib.load("classifier.joblib")
db = shelve.open("sessions.db")
code = marshal.loads(blob)
`,
      findings: [
        { line: 5, column: 14, endColumn: 25, message: JOBLIB('joblib.load'), severity: 'high', confidence: 'medium', fix: null }, // "joblib.load"
        { line: 6, column: 6, endColumn: 17, message: SHELVE('shelve.open'), severity: 'high', confidence: 'medium', fix: null }, // "shelve.open"
        { line: 7, column: 8, endColumn: 21, message: MARSHAL('marshal.loads'), severity: 'high', confidence: 'medium', fix: null }, // "marshal.loads"
      ],
    },

    // Java
    {
      name: 'ObjectInputStream over the servlet request body is critical',
      path: 'src/main/java/uk/gov/justice/RestoreServlet.java',
      code: `package uk.gov.justice;

import java.io.IOException;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class RestoreServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
            Object state = in.readObject();
            response.getWriter().print(state);
        } catch (ClassNotFoundException e) {
            response.sendError(400);
        }
    }
}
`,
      findings: [
        { line: 12, column: 41, endColumn: 58, message: JAVA_STREAM('new ObjectInputStream', REQUEST), severity: 'critical', confidence: 'high', fix: null }, // "ObjectInputStream"
      ],
    },
    {
      name: 'ObjectInputStream over a socket',
      path: 'src/main/java/uk/gov/justice/Listener.java',
      code: `import java.io.ObjectInputStream;
import java.net.Socket;

class Listener {
    Object receive(Socket socket) throws Exception {
        ObjectInputStream in = new ObjectInputStream(socket.getInputStream());
        return in.readObject();
    }
}
`,
      findings: [
        { line: 6, column: 36, endColumn: 53, message: JAVA_STREAM('new ObjectInputStream'), fix: null }, // "ObjectInputStream"
      ],
    },
    {
      name: 'stream built inline and read at once, with java.io.* imported',
      path: 'src/main/java/uk/gov/justice/Codec.java',
      code: `import java.io.*;

class Codec {
    static Object decode(byte[] bytes) throws IOException, ClassNotFoundException {
        return new ObjectInputStream(new ByteArrayInputStream(bytes)).readObject();
    }
}
`,
      findings: [
        { line: 5, column: 20, endColumn: 37, message: JAVA_STREAM('new ObjectInputStream'), fix: null }, // "ObjectInputStream"
      ],
    },
    {
      name: 'XMLDecoder reading a file',
      path: 'src/main/java/uk/gov/justice/Settings.java',
      code: `import java.beans.XMLDecoder;
import java.io.FileInputStream;

class Settings {
    Object load(String path) throws Exception {
        XMLDecoder decoder = new XMLDecoder(new FileInputStream(path));
        return decoder.readObject();
    }
}
`,
      findings: [
        { line: 6, column: 34, endColumn: 44, message: XML_DECODER('new XMLDecoder'), fix: null }, // "XMLDecoder"
      ],
    },
    {
      name: 'Commons Lang SerializationUtils.deserialize',
      path: 'src/main/java/uk/gov/justice/SessionCodec.java',
      code: `import org.apache.commons.lang3.SerializationUtils;

class SessionCodec {
    Session decode(byte[] cookie) {
        return SerializationUtils.deserialize(cookie);
    }
}
`,
      findings: [
        { line: 5, column: 16, endColumn: 46, message: JAVA_STREAM('SerializationUtils.deserialize'), fix: null }, // "SerializationUtils.deserialize"
      ],
    },
    {
      name: 'XStream fromXML with no permissions is medium',
      path: 'src/main/java/uk/gov/justice/Import.java',
      code: `import com.thoughtworks.xstream.XStream;

class Import {
    private final XStream xstream = new XStream();

    Case read(String xml) {
        return (Case) xstream.fromXML(xml);
    }
}
`,
      findings: [
        { line: 7, column: 23, endColumn: 38, message: XSTREAM('XStream.fromXML'), severity: 'high', confidence: 'medium', fix: null }, // "xstream.fromXML"
      ],
    },
    {
      name: 'Jackson default typing switched on',
      path: 'src/main/java/uk/gov/justice/Mappers.java',
      code: `import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;

class Mappers {
    ObjectMapper legacy() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enableDefaultTyping();
        return mapper;
    }

    ObjectMapper open() {
        return new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
    }
}
`,
      findings: [
        { line: 7, column: 9, endColumn: 35, message: JACKSON_TYPING('enableDefaultTyping()'), fix: null }, // "mapper.enableDefaultTyping"
        { line: 12, column: 57, endColumn: 94, message: JACKSON_TYPING('activateDefaultTyping with LaissezFaireSubTypeValidator'), fix: null }, // "LaissezFaireSubTypeValidator.instance"
      ],
    },
    {
      name: '@JsonTypeInfo with a class id is medium',
      path: 'src/main/java/uk/gov/justice/Envelope.java',
      code: `import com.fasterxml.jackson.annotation.JsonTypeInfo;

public class Envelope {
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.PROPERTY, property = "@class")
    public Object payload;
}
`,
      findings: [
        { line: 4, column: 25, endColumn: 46, message: JACKSON_CLASS_ID('@JsonTypeInfo(use = Id.CLASS)'), severity: 'high', confidence: 'medium', fix: null }, // "JsonTypeInfo.Id.CLASS"
      ],
    },
    {
      name: 'a filter on one stream does not cover another',
      path: 'src/main/java/uk/gov/justice/Pair.java',
      code: `import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

class Pair {
    void read(InputStream first, InputStream second) throws Exception {
        ObjectInputStream checked = new ObjectInputStream(first);
        checked.setObjectInputFilter(ObjectInputFilter.Config.createFilter("uk.gov.justice.*;!*"));
        ObjectInputStream unchecked = new ObjectInputStream(second);
        unchecked.readObject();
    }
}
`,
      findings: [
        { line: 8, column: 43, endColumn: 60, message: JAVA_STREAM('new ObjectInputStream'), fix: null }, // "ObjectInputStream"
      ],
    },
    {
      name: 'XStream reading the request body is critical, and still medium: the version decides',
      path: 'src/main/java/uk/gov/justice/XmlImport.java',
      code: `import com.thoughtworks.xstream.XStream;

class XmlImport {
    Object read(HttpServletRequest request) throws IOException {
        return new XStream().fromXML(request.getInputStream());
    }
}
`,
      findings: [
        { line: 5, column: 16, endColumn: 37, message: XSTREAM('XStream.fromXML', REQUEST), severity: 'critical', confidence: 'medium', fix: null }, // "new XStream().fromXML"
      ],
    },

    // C#
    {
      name: 'BinaryFormatter reading the request body is critical',
      path: 'Controllers/BasketController.cs',
      code: `using System.Runtime.Serialization.Formatters.Binary;
using Microsoft.AspNetCore.Mvc;

public class BasketController : ControllerBase
{
    [HttpPost]
    public IActionResult Restore()
    {
        var formatter = new BinaryFormatter();
        var basket = formatter.Deserialize(Request.Body);
        return Ok(basket);
    }
}
`,
      findings: [
        { line: 10, column: 22, endColumn: 43, message: DOTNET_FORMATTER('BinaryFormatter.Deserialize', REQUEST), severity: 'critical', confidence: 'high', fix: null }, // "formatter.Deserialize"
      ],
    },
    {
      name: 'BinaryFormatter behind an IFormatter variable',
      path: 'Services/CacheStore.cs',
      code: `using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Formatters.Binary;

class CacheStore
{
    object Read(string path)
    {
        IFormatter formatter = new BinaryFormatter();
        using var stream = File.OpenRead(path);
        return formatter.Deserialize(stream);
    }
}
`,
      findings: [
        { line: 11, column: 16, endColumn: 37, message: DOTNET_FORMATTER('BinaryFormatter.Deserialize'), fix: null }, // "formatter.Deserialize"
      ],
    },
    {
      name: 'BinaryFormatter created inline and held in a field',
      path: 'Services/Snapshots.cs',
      code: `class Snapshots
{
    private static readonly BinaryFormatter Formatter = new();

    object First(Stream stream) => new BinaryFormatter().Deserialize(stream);

    object Second(Stream stream) => Formatter.Deserialize(stream);
}
`,
      findings: [
        { line: 5, column: 36, endColumn: 69, message: DOTNET_FORMATTER('BinaryFormatter.Deserialize'), fix: null }, // "new BinaryFormatter().Deserialize"
        { line: 7, column: 37, endColumn: 58, message: DOTNET_FORMATTER('BinaryFormatter.Deserialize'), fix: null }, // "Formatter.Deserialize"
      ],
    },
    {
      name: 'NetDataContractSerializer, SoapFormatter, LosFormatter and ObjectStateFormatter',
      path: 'Legacy/Readers.cs',
      code: `class Readers
{
    object A(NetDataContractSerializer serializer, Stream s) => serializer.ReadObject(s);
    object B(Stream s) => new SoapFormatter().Deserialize(s);
    object C(string viewState) => new LosFormatter().Deserialize(viewState);
    object D(string state) => new ObjectStateFormatter().Deserialize(state);
}
`,
      findings: [
        { line: 3, column: 65, endColumn: 86, message: DOTNET_FORMATTER('NetDataContractSerializer.ReadObject'), fix: null }, // "serializer.ReadObject"
        { line: 4, column: 27, endColumn: 58, message: DOTNET_FORMATTER('SoapFormatter.Deserialize'), fix: null }, // "new SoapFormatter().Deserialize"
        { line: 5, column: 35, endColumn: 65, message: DOTNET_FORMATTER('LosFormatter.Deserialize'), fix: null }, // "new LosFormatter().Deserialize"
        { line: 6, column: 31, endColumn: 69, message: DOTNET_FORMATTER('ObjectStateFormatter.Deserialize'), fix: null }, // "new ObjectStateFormatter().Deserialize"
      ],
    },
    {
      name: 'JavaScriptSerializer with SimpleTypeResolver',
      path: 'Legacy/JsonReader.cs',
      code: `using System.Web.Script.Serialization;

class JsonReader
{
    object Read(string json)
    {
        var serializer = new JavaScriptSerializer(new SimpleTypeResolver());
        return serializer.DeserializeObject(json);
    }
}
`,
      findings: [
        { line: 7, column: 55, endColumn: 73, message: TYPE_RESOLVER('SimpleTypeResolver'), fix: null }, // "SimpleTypeResolver"
      ],
    },
    {
      name: 'TypeNameHandling.All in a settings initialiser',
      path: 'Services/EventReader.cs',
      code: `using Newtonsoft.Json;

class EventReader
{
    object Read(string json)
    {
        return JsonConvert.DeserializeObject(json, new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.All,
        });
    }
}
`,
      findings: [
        { line: 9, column: 32, endColumn: 52, message: TYPE_NAME_HANDLING('TypeNameHandling = TypeNameHandling.All'), fix: { title: 'Use TypeNameHandling.None', output: `using Newtonsoft.Json;

class EventReader
{
    object Read(string json)
    {
        return JsonConvert.DeserializeObject(json, new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.None,
        });
    }
}
` } }, // "TypeNameHandling.All"
      ],
    },
    {
      name: 'TypeNameHandling.Auto assigned to settings',
      path: 'Services/Settings.cs',
      code: `using Newtonsoft.Json;

static class Json
{
    public static JsonSerializerSettings Create()
    {
        var settings = new JsonSerializerSettings();
        settings.TypeNameHandling = TypeNameHandling.Auto;
        return settings;
    }
}
`,
      findings: [
        { line: 8, column: 37, endColumn: 58, message: TYPE_NAME_HANDLING('TypeNameHandling = TypeNameHandling.Auto'), fix: { title: 'Use TypeNameHandling.None', output: `using Newtonsoft.Json;

static class Json
{
    public static JsonSerializerSettings Create()
    {
        var settings = new JsonSerializerSettings();
        settings.TypeNameHandling = TypeNameHandling.None;
        return settings;
    }
}
` } }, // "TypeNameHandling.Auto"
      ],
    },
    {
      name: 'TypeNameHandling and ItemTypeNameHandling in attributes',
      path: 'Models/Message.cs',
      code: `using Newtonsoft.Json;

public class Message
{
    [JsonProperty(TypeNameHandling = TypeNameHandling.Objects)]
    public object Body { get; set; }

    [JsonProperty(ItemTypeNameHandling = Newtonsoft.Json.TypeNameHandling.Arrays)]
    public List<object> Parts { get; set; }
}
`,
      findings: [
        { line: 5, column: 38, endColumn: 62, message: TYPE_NAME_HANDLING('TypeNameHandling = TypeNameHandling.Objects'), fix: { title: 'Use TypeNameHandling.None', output: `using Newtonsoft.Json;

public class Message
{
    [JsonProperty(TypeNameHandling = TypeNameHandling.None)]
    public object Body { get; set; }

    [JsonProperty(ItemTypeNameHandling = Newtonsoft.Json.TypeNameHandling.Arrays)]
    public List<object> Parts { get; set; }
}
` } }, // "TypeNameHandling.Objects"
        { line: 8, column: 42, endColumn: 81, message: TYPE_NAME_HANDLING('ItemTypeNameHandling = TypeNameHandling.Arrays'), fix: { title: 'Use TypeNameHandling.None', output: `using Newtonsoft.Json;

public class Message
{
    [JsonProperty(TypeNameHandling = TypeNameHandling.Objects)]
    public object Body { get; set; }

    [JsonProperty(ItemTypeNameHandling = Newtonsoft.Json.TypeNameHandling.None)]
    public List<object> Parts { get; set; }
}
` } }, // "Newtonsoft.Json.TypeNameHandling.Arrays"
      ],
    },

    // PHP
    {
      name: 'unserialize of a cookie is critical',
      path: 'public/basket.php',
      code: `<?php
$basket = unserialize($_COOKIE['basket']);
echo count($basket);
`,
      findings: [
        { line: 2, column: 11, endColumn: 22, message: PHP_UNSERIALIZE('unserialize()', REQUEST), severity: 'critical', confidence: 'high', fix: { title: 'Refuse objects when unserialising', output: `<?php
$basket = unserialize($_COOKIE['basket'], ['allowed_classes' => false]);
echo count($basket);
` } }, // "unserialize"
      ],
    },
    {
      name: 'unserialize of base64-decoded POST data',
      path: 'public/restore.php',
      code: `<?php
$state = unserialize(base64_decode($_POST['state']));
`,
      findings: [
        { line: 2, column: 10, endColumn: 21, message: PHP_UNSERIALIZE('unserialize()', REQUEST), severity: 'critical', confidence: 'high', fix: { title: 'Refuse objects when unserialising', output: `<?php
$state = unserialize(base64_decode($_POST['state']), ['allowed_classes' => false]);
` } }, // "unserialize"
      ],
    },
    {
      name: 'unserialize of the raw body through a variable',
      path: 'public/api.php',
      code: `<?php
function handle(): array
{
    $raw = file_get_contents('php://input');
    return unserialize($raw);
}
`,
      findings: [
        { line: 5, column: 12, endColumn: 23, message: PHP_UNSERIALIZE('unserialize()', REQUEST), severity: 'critical', confidence: 'high', fix: { title: 'Refuse objects when unserialising', output: `<?php
function handle(): array
{
    $raw = file_get_contents('php://input');
    return unserialize($raw, ['allowed_classes' => false]);
}
` } }, // "unserialize"
      ],
    },
    {
      name: 'unserialize of a cached value',
      path: 'src/Cache.php',
      code: `<?php
class Cache
{
    public function get(string $key)
    {
        $cached = $this->redis->get($key);
        return $cached === false ? null : \\unserialize($cached);
    }
}
`,
      findings: [
        { line: 7, column: 43, endColumn: 55, message: PHP_UNSERIALIZE('unserialize()'), fix: { title: 'Refuse objects when unserialising', output: `<?php
class Cache
{
    public function get(string $key)
    {
        $cached = $this->redis->get($key);
        return $cached === false ? null : \\unserialize($cached, ['allowed_classes' => false]);
    }
}
` } }, // "\\unserialize"
      ],
    },
    {
      name: 'options without allowed_classes get no fix',
      path: 'src/Import.php',
      code: `<?php
$record = unserialize($line, ['max_depth' => 8]);
`,
      findings: [
        { line: 2, column: 11, endColumn: 22, message: PHP_UNSERIALIZE('unserialize()'), fix: null }, // "unserialize"
      ],
    },
    {
      name: 'allowed_classes => true is reported on the value',
      path: 'src/Queue.php',
      code: `<?php
$job = unserialize($payload, ['allowed_classes' => true]);
`,
      findings: [
        { line: 2, column: 52, endColumn: 56, message: PHP_UNSERIALIZE("unserialize() with 'allowed_classes' => true"), fix: { title: 'Refuse objects when unserialising', output: `<?php
$job = unserialize($payload, ['allowed_classes' => false]);
` } }, // "true"
      ],
    },
    {
      name: 'Symfony request content is critical; WordPress maybe_unserialize has no options',
      path: 'src/Controller.php',
      code: `<?php
use Symfony\\Component\\HttpFoundation\\Request;

function restore(Request $request)
{
    $settings = maybe_unserialize(get_option('portal_settings'));
    return unserialize($request->getContent());
}
`,
      findings: [
        { line: 6, column: 17, endColumn: 34, message: PHP_UNSERIALIZE('maybe_unserialize()'), fix: null }, // "maybe_unserialize"
        { line: 7, column: 12, endColumn: 23, message: PHP_UNSERIALIZE('unserialize()', REQUEST), severity: 'critical', confidence: 'high', fix: { title: 'Refuse objects when unserialising', output: `<?php
use Symfony\\Component\\HttpFoundation\\Request;

function restore(Request $request)
{
    $settings = maybe_unserialize(get_option('portal_settings'));
    return unserialize($request->getContent(), ['allowed_classes' => false]);
}
` } }, // "unserialize"
      ],
    },

    // Ruby
    {
      name: 'Marshal.load of a base64 parameter is critical',
      path: 'app/controllers/basket_controller.rb',
      code: `class BasketController < ApplicationController
  def restore
    basket = Marshal.load(Base64.decode64(params[:state]))
    render json: basket
  end
end
`,
      findings: [
        { line: 3, column: 14, endColumn: 26, message: RUBY_MARSHAL('Marshal.load', REQUEST), severity: 'critical', confidence: 'high', fix: null }, // "Marshal.load"
      ],
    },
    {
      name: 'Marshal.load of a file and Marshal.restore of a cookie',
      path: 'lib/cache.rb',
      code: `def read_cache(path)
  Marshal.load(File.binread(path))
end

def cart
  Marshal.restore(cookies[:cart])
end
`,
      findings: [
        { line: 2, column: 3, endColumn: 15, message: RUBY_MARSHAL('Marshal.load'), fix: null }, // "Marshal.load"
        { line: 6, column: 3, endColumn: 18, message: RUBY_MARSHAL('Marshal.restore', REQUEST), severity: 'critical', confidence: 'high', fix: null }, // "Marshal.restore"
      ],
    },
    {
      name: 'Oj.load in the default object mode is medium',
      path: 'lib/events.rb',
      code: `require 'oj'

event = Oj.load(message.body)
`,
      findings: [
        { line: 3, column: 9, endColumn: 16, message: OJ('Oj.load'), severity: 'high', confidence: 'medium', fix: null }, // "Oj.load"
      ],
    },
    {
      name: 'Oj with object mode named, and Oj.object_load',
      path: 'lib/import.rb',
      code: `require 'oj'

record = Oj.load(json, mode: :object)
other = Oj.object_load(json)
`,
      findings: [
        { line: 3, column: 24, endColumn: 37, message: OJ('Oj.load(mode: :object)'), fix: null }, // "mode: :object"
        { line: 4, column: 9, endColumn: 23, message: OJ('Oj.object_load'), fix: null }, // "Oj.object_load"
      ],
    },
    {
      name: 'JSON.load turns create_additions on',
      path: 'lib/settings.rb',
      code: `require 'json'

settings = JSON.load(File.read('settings.json'))
`,
      findings: [
        { line: 3, column: 12, endColumn: 21, message: RUBY_JSON_LOAD('JSON.load'), severity: 'medium', confidence: 'medium', fix: null }, // "JSON.load"
      ],
    },
    {
      name: 'Oj.load of the request body is critical, and medium: an initialiser may set a safe default mode',
      path: 'app/controllers/hooks_controller.rb',
      code: `class HooksController < ApplicationController
  def create
    payload = request.body.read
    event = Oj.load(payload)
    head :ok
  end
end
`,
      findings: [
        { line: 4, column: 13, endColumn: 20, message: OJ('Oj.load', REQUEST), severity: 'critical', confidence: 'medium', fix: null }, // "Oj.load"
      ],
    },
    {
      name: 'JSON.load of a parameter rises one band, from medium to high',
      path: 'app/controllers/settings_controller.rb',
      code: `class SettingsController < ApplicationController
  def update
    settings = JSON.load(params[:settings])
    render json: settings
  end
end
`,
      findings: [
        { line: 3, column: 16, endColumn: 25, message: RUBY_JSON_LOAD('JSON.load', REQUEST), severity: 'high', confidence: 'medium', fix: null }, // "JSON.load"
      ],
    },

    // JavaScript and TypeScript
    {
      name: 'node-serialize unserialize of a cookie is critical',
      path: 'src/server.js',
      code: `const express = require('express');
const serialize = require('node-serialize');

const app = express();
app.get('/profile', (req, res) => {
  const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
  res.send(profile.name);
});
`,
      findings: [
        { line: 6, column: 19, endColumn: 40, message: NODE_SERIALIZE('node-serialize unserialize()', REQUEST), severity: 'critical', confidence: 'high', fix: null }, // "serialize.unserialize"
      ],
    },
    {
      name: 'destructured unserialize in TypeScript',
      path: 'src/session.ts',
      code: `import { unserialize } from 'node-serialize';

export function restore(raw: string): unknown {
  return unserialize(raw);
}
`,
      findings: [
        { line: 4, column: 10, endColumn: 21, message: NODE_SERIALIZE('node-serialize unserialize()'), fix: null }, // "unserialize"
      ],
    },
    {
      name: 'default import of node-serialize',
      path: 'src/queue.mjs',
      code: `import nodeSerialize from 'node-serialize';

export const decode = (message) => nodeSerialize.unserialize(message.body);
`,
      findings: [
        { line: 3, column: 36, endColumn: 61, message: NODE_SERIALIZE('node-serialize unserialize()'), fix: null }, // "nodeSerialize.unserialize"
      ],
    },
    {
      name: 'funcster.deepDeserialize',
      path: 'src/functions.js',
      code: `const funcster = require('funcster');

const handlers = funcster.deepDeserialize(JSON.parse(saved));
`,
      findings: [
        { line: 3, column: 18, endColumn: 42, message: NODE_SERIALIZE('funcster.deepDeserialize()'), fix: null }, // "funcster.deepDeserialize"
      ],
    },
    {
      name: 'node-serialize required inline, fed from the body through a variable',
      path: 'src/routes/import.js',
      code: `router.post('/import', (req, res) => {
  const encoded = req.body.state;
  const state = require('node-serialize').unserialize(encoded);
  res.json(state);
});
`,
      findings: [
        { line: 3, column: 17, endColumn: 54, message: NODE_SERIALIZE('node-serialize unserialize()', REQUEST), severity: 'critical', confidence: 'high', fix: null }, // "require('node-serialize').unserialize"
      ],
    },
    {
      name: 'node-serialize in a TSX component',
      path: 'src/components/Restore.tsx',
      code: `import * as ns from 'node-serialize';

export function Restore({ saved }: { saved: string }) {
  const state = ns.unserialize(saved);
  return <p>{state.title}</p>;
}
`,
      findings: [
        { line: 4, column: 17, endColumn: 31, message: NODE_SERIALIZE('node-serialize unserialize()'), fix: null }, // "ns.unserialize"
      ],
    },
  ],
  valid: [
    // Python
    { name: 'json.loads is data-only', path: 'app/views.py', code: `import json

from flask import request


def restore():
    return json.loads(request.data)
` },
    { name: 'serialising with pickle.dumps and pickle.dump is fine', path: 'app/cache.py', code: `import pickle

blob = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
with open("cache.pkl", "wb") as handle:
    pickle.dump(record, handle)
` },
    { name: 'a variable named pickle_path is not a call', path: 'app/paths.py', code: `pickle_path = "cache/records.pkl"
print(pickle_path)
` },
    { name: 'comment and string mentioning pickle.loads are not code', path: 'app/notes.py', code: `# pickle.loads(request.data) was removed in 2023
HELP = "never call pickle.loads on uploaded files"
` },
    { name: 'torch.load with weights_only=True and numpy.load without allow_pickle', path: 'ml/model.py', code: `import numpy as np
import torch

weights = torch.load("model.pt", weights_only=True)
features = np.load("features.npy")
labels = np.load("labels.npy", allow_pickle=False)
` },
    { name: 'a restricted Unpickler subclass is the documented mitigation', path: 'app/restricted.py', code: `import pickle


class CaseUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "uk.gov.justice.cases":
            return super().find_class(module, name)
        raise pickle.UnpicklingError(name)


record = CaseUnpickler(stream).load()
` },
    { name: 'loads on an unrelated object', path: 'app/store.py', code: `record = self.codec.loads(blob)
` },
    { name: 'a local variable named marshal is not the module', path: 'app/schemas.py', code: `from app.marshalling import CaseMarshaller

marshal = CaseMarshaller()
record = marshal.loads(text)
` },

    // Java
    { name: 'ObjectOutputStream writes, it does not read', path: 'src/main/java/uk/gov/justice/Writer.java', code: `import java.io.ObjectOutputStream;

class Writer {
    void write(OutputStream out, Object value) throws IOException {
        new ObjectOutputStream(out).writeObject(value);
    }
}
` },
    { name: 'an ObjectInputFilter set on the stream is the documented mitigation', path: 'src/main/java/uk/gov/justice/Filtered.java', code: `import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

class Filtered {
    Object read(InputStream input) throws Exception {
        ObjectInputStream in = new ObjectInputStream(input);
        in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("uk.gov.justice.*;!*"));
        return in.readObject();
    }
}
` },
    { name: 'a process-wide serial filter set in the same file', path: 'src/main/java/uk/gov/justice/Boot.java', code: `import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

class Boot {
    static {
        ObjectInputFilter.Config.setSerialFilter(ObjectInputFilter.Config.createFilter("uk.gov.justice.*;!*"));
    }

    Object read(InputStream input) throws Exception {
        return new ObjectInputStream(input).readObject();
    }
}
` },
    { name: 'an anonymous subclass that checks classes in resolveClass', path: 'src/main/java/uk/gov/justice/LookAhead.java', code: `class LookAhead {
    Object read(InputStream input) throws Exception {
        ObjectInputStream in = new ObjectInputStream(input) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                if (!desc.getName().equals("uk.gov.justice.Case")) throw new InvalidClassException(desc.getName());
                return super.resolveClass(desc);
            }
        };
        return in.readObject();
    }
}
` },
    { name: 'XStream with an allow-list', path: 'src/main/java/uk/gov/justice/Import.java', code: `import com.thoughtworks.xstream.XStream;

class Import {
    Case read(String xml) {
        XStream xstream = new XStream();
        xstream.allowTypes(new Class[] { Case.class });
        return (Case) xstream.fromXML(xml);
    }
}
` },
    { name: 'Jackson typing with a BasicPolymorphicTypeValidator, and a named type id', path: 'src/main/java/uk/gov/justice/Mappers.java', code: `class Mappers {
    ObjectMapper mapper() {
        PolymorphicTypeValidator ptv = BasicPolymorphicTypeValidator.builder().allowIfSubType("uk.gov.justice.").build();
        return JsonMapper.builder().activateDefaultTyping(ptv, ObjectMapper.DefaultTyping.NON_FINAL).build();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
    @JsonSubTypes({ @JsonSubTypes.Type(value = Letter.class, name = "letter") })
    Object payload;
}
` },
    { name: 'a comment about new ObjectInputStream is not code', path: 'src/main/java/uk/gov/justice/Notes.java', code: `class Notes {
    // Replaced new ObjectInputStream(request.getInputStream()) with Jackson in 2024.
    String note = "new ObjectInputStream(in)";
}
` },

    // C#
    { name: 'TypeNameHandling.None and System.Text.Json', path: 'Services/Reader.cs', code: `using System.Text.Json;
using Newtonsoft.Json;

class Reader
{
    object A(string json) => JsonConvert.DeserializeObject(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });
    Case B(string json) => System.Text.Json.JsonSerializer.Deserialize<Case>(json);
}
` },
    { name: 'TypeNameHandling with a SerializationBinder is restricted', path: 'Services/Bound.cs', code: `class Bound
{
    JsonSerializerSettings A() => new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = new KnownTypesBinder(),
    };

    JsonSerializerSettings B()
    {
        var settings = new JsonSerializerSettings();
        settings.TypeNameHandling = TypeNameHandling.Objects;
        settings.SerializationBinder = new KnownTypesBinder();
        return settings;
    }
}
` },
    { name: 'DataContractSerializer and a formatter that only serialises', path: 'Services/Writer.cs', code: `class Writer
{
    Case Read(Stream s) => (Case)new DataContractSerializer(typeof(Case)).ReadObject(s);

    void Write(Stream s, object value) => new BinaryFormatter().Serialize(s, value);

    object Parse(string json) => new JavaScriptSerializer().DeserializeObject(json);
}
` },
    { name: 'Deserialize on a formatter whose type the file does not show', path: 'Services/Opaque.cs', code: `class Opaque
{
    object Read(IFormatter formatter, Stream s) => formatter.Deserialize(s);
}
` },
    { name: 'a comment and a string naming BinaryFormatter', path: 'Services/Notes.cs', code: `class Notes
{
    // BinaryFormatter.Deserialize was removed; see ADR 12.
    const string Reason = "new BinaryFormatter().Deserialize(stream) is obsolete";
}
` },

    // PHP
    { name: 'unserialize with allowed_classes false or a list', path: 'src/Safe.php', code: `<?php
$a = unserialize($data, ['allowed_classes' => false]);
$b = unserialize($data, ['allowed_classes' => [Basket::class]]);
$c = unserialize($data, options: ['allowed_classes' => false]);
` },
    { name: 'json_decode, serialize and an unserialize method', path: 'src/Other.php', code: `<?php
$prefs = json_decode($_COOKIE['prefs'], true);
$blob = serialize($prefs);
$value = $this->serializer->unserialize($blob);
` },
    { name: 'a namespaced function named unserialize shadows the built-in', path: 'src/Codec.php', code: `<?php
namespace App\\Codec;

function unserialize(string $data): array
{
    return json_decode($data, true);
}

$record = unserialize($_POST['record']);
` },
    { name: 'a string and a comment mentioning unserialize', path: 'src/Docs.php', code: `<?php
// unserialize($_COOKIE['x']) is never used here
$help = 'Do not call unserialize() on cookies.';
` },

    // Ruby
    { name: 'Marshal.dump, JSON.parse and Oj in strict mode', path: 'lib/safe.rb', code: `blob = Marshal.dump(record)
settings = JSON.parse(params[:settings])
event = Oj.load(body, mode: :strict)
other = Oj.safe_load(body)
` },
    { name: 'JSON.load with create_additions off, and Oj with a safe default mode', path: 'lib/configured.rb', code: `Oj.default_options = { mode: :compat }
event = Oj.load(body)
settings = JSON.load(body, nil, create_additions: false)
` },
    { name: 'a comment and a string naming Marshal.load', path: 'lib/notes.rb', code: `# Marshal.load(params[:state]) was replaced by JSON.parse
HELP = 'never Marshal.load a cookie'
` },
    { name: 'Oj strict_load and compat_load parse plain data', path: 'lib/plain.rb', code: `event = Oj.strict_load(body)
legacy = Oj.compat_load(body)
` },

    // JavaScript and TypeScript
    { name: 'JSON.parse and node-serialize serialising', path: 'src/server.js', code: `const serialize = require('node-serialize');

app.post('/profile', (req, res) => {
  const profile = JSON.parse(req.body.profile);
  res.cookie('profile', serialize.serialize(profile));
});
` },
    { name: 'an unserialize method on another object', path: 'src/store.ts', code: `const record = sessionStore.unserialize(raw);
` },
    { name: 'a comment about node-serialize, and JSON.parse with a reviver', path: 'src/notes.ts', code: `// node-serialize's unserialize(req.cookies.profile) was removed in 2022.
export const parse = (text: string) => JSON.parse(text, (key, value) => (key === 'date' ? new Date(value) : value));
` },
    { name: 'a local function called unserialize is not node-serialize', path: 'src/codec.js', code: `function unserialize(text) {
  return JSON.parse(text);
}

app.post('/state', (req, res) => res.json(unserialize(req.body.state)));
` },

    // Go
    { name: 'encoding/gob decodes only into declared Go types', path: 'cmd/worker/main.go', code: `package main

import (
	"encoding/gob"
	"net"
)

func receive(conn net.Conn) (Job, error) {
	var job Job
	err := gob.NewDecoder(conn).Decode(&job)
	return job, err
}
` },
  ],
};

describeRule(table);
