/**
 * Cases for injection/xxe: XML parsers that read DTDs and resolve external entities, by default
 * (Java factories, .NET Framework's XmlTextReader) or by an explicit setting, with the hardened
 * forms and the safe parsers (defusedxml, lxml defaults, xml2js) that must stay silent.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { xxe } from './xxe';

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists XML external entities under security misconfiguration (Vulnerability Scanning and Patch Management Guide: The base principles).';
const EFFECT =
  'so a document with a DOCTYPE can read local files, reach internal hosts or exhaust memory (XXE)';
const LXML =
  'Keep the parser from resolving entities and fetching DTDs: XMLParser(resolve_entities=False, no_network=True), or parse with defusedxml.lxml.';
const PROHIBIT =
  'Prohibit DTDs, which also stops entity expansion: DtdProcessing = DtdProcessing.Prohibit (or leave the default, and set XmlResolver = null).';

export const table: RuleTable = {
  rule: xxe,
  invalid: [
    {
      name: 'DocumentBuilderFactory with no hardening in the class',
      path: 'src/main/java/uk/gov/justice/CaseImporter.java',
      code: `import javax.xml.parsers.DocumentBuilderFactory;

public class CaseImporter {
    public Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(in);
    }
}
`,
      findings: [
        {
          line: 5, column: 42, endColumn: 78,
          message: `DocumentBuilderFactory.newInstance() makes a parser that reads DTDs and resolves external entities in the documents it is given, and nothing in this class turns that off, ${EFFECT}. ${CONTROL} Turn DOCTYPEs off on the factory before use: factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true).`,
          severity: 'high', confidence: 'medium', fix: null,
        },
      ],
    },
    {
      name: 'XMLInputFactory, SAXParserFactory and dom4j SAXReader',
      path: 'src/main/java/uk/gov/justice/Feeds.java',
      code: `public class Feeds {
    XMLStreamReader stream(InputStream in) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newFactory();
        return xif.createXMLStreamReader(in);
    }

    void sax(InputStream in) throws Exception {
        SAXParserFactory.newInstance().newSAXParser().parse(in, handler);
        Document document = new SAXReader().read(in);
    }
}
`,
      findings: [
        {
          line: 3, column: 31, endColumn: 59,
          message: `XMLInputFactory.newFactory() makes a parser that reads DTDs and resolves external entities in the documents it is given, and nothing in this class turns that off, ${EFFECT}. ${CONTROL} Turn DTDs off on the factory: factory.setProperty(XMLInputFactory.SUPPORT_DTD, false).`,
          severity: 'high', confidence: 'medium', fix: null,
        },
        {
          line: 8, column: 9, endColumn: 39,
          message: `SAXParserFactory.newInstance() makes a parser that reads DTDs and resolves external entities in the documents it is given, and nothing in this class turns that off, ${EFFECT}. ${CONTROL} Turn DOCTYPEs off on the parser before use: setFeature("http://apache.org/xml/features/disallow-doctype-decl", true).`,
          severity: 'high', confidence: 'medium', fix: null,
        },
        {
          line: 9, column: 29, endColumn: 44,
          message: `new SAXReader() makes a parser that reads DTDs and resolves external entities in the documents it is given, and nothing in this class turns that off, ${EFFECT}. ${CONTROL} Turn DOCTYPEs off on the parser before use: setFeature("http://apache.org/xml/features/disallow-doctype-decl", true).`,
          severity: 'high', confidence: 'medium', fix: null,
        },
      ],
    },
    {
      name: 'disallow-doctype-decl set to false does not harden',
      path: 'src/main/java/uk/gov/justice/Feeds.java',
      code: `public class Feeds {
    void sax(InputStream in) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    }
}
`,
      findings: [
        {
          line: 3, column: 32, endColumn: 62,
          message: `SAXParserFactory.newInstance() makes a parser that reads DTDs and resolves external entities in the documents it is given, and nothing in this class turns that off, ${EFFECT}. ${CONTROL} Turn DOCTYPEs off on the parser before use: setFeature("http://apache.org/xml/features/disallow-doctype-decl", true).`,
          severity: 'high', confidence: 'medium', fix: null,
        },
      ],
    },
    {
      name: 'TransformerFactory parsing a stream with no hardening is low confidence',
      path: 'src/main/java/uk/gov/justice/Stylesheets.java',
      code: `public class Stylesheets {
    void render(InputStream stylesheet, InputStream input, OutputStream out) throws Exception {
        Transformer transformer = TransformerFactory.newInstance().newTransformer(new StreamSource(stylesheet));
        transformer.transform(new StreamSource(input), new StreamResult(out));
    }
}
`,
      findings: [
        {
          line: 3, column: 35, endColumn: 67,
          message: `TransformerFactory.newInstance() makes a parser that reads DTDs and resolves external entities in the stylesheets it is given, and nothing in this class turns that off, ${EFFECT}. ${CONTROL} Block external access on the factory: factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "") and factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "").`,
          severity: 'medium', confidence: 'low', fix: null,
        },
      ],
    },
    {
      name: 'DtdProcessing.Parse in an initializer and an assignment with XmlUrlResolver',
      path: 'src/Importer.cs',
      code: `using System.Xml;

public class Importer
{
    public XmlReader Open(Stream input)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
        var other = new XmlReaderSettings();
        other.DtdProcessing = DtdProcessing.Parse;
        other.XmlResolver = new XmlUrlResolver();
        return XmlReader.Create(input, other);
    }
}
`,
      findings: [
        {
          line: 7, column: 64, endColumn: 83,
          message: `DtdProcessing.Parse makes the reader process DTDs, so a document can expand entities until memory runs out, and read files or URLs wherever a resolver is set (XXE). ${CONTROL} ${PROHIBIT}`,
          severity: 'medium', confidence: 'medium', fix: { title: 'Prohibit DTD processing', output: `using System.Xml;

public class Importer
{
    public XmlReader Open(Stream input)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        var other = new XmlReaderSettings();
        other.DtdProcessing = DtdProcessing.Parse;
        other.XmlResolver = new XmlUrlResolver();
        return XmlReader.Create(input, other);
    }
}
` },
        },
        {
          line: 9, column: 31, endColumn: 50,
          message: `DtdProcessing.Parse with an XmlUrlResolver makes the reader process DTDs and fetch external entities, ${EFFECT}. ${CONTROL} ${PROHIBIT}`,
          severity: 'high', confidence: 'high', fix: { title: 'Prohibit DTD processing', output: `using System.Xml;

public class Importer
{
    public XmlReader Open(Stream input)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
        var other = new XmlReaderSettings();
        other.DtdProcessing = DtdProcessing.Prohibit;
        other.XmlResolver = new XmlUrlResolver();
        return XmlReader.Create(input, other);
    }
}
` },
        },
      ],
    },
    {
      name: 'XmlDocument given an XmlUrlResolver',
      path: 'src/Importer.cs',
      code: `using System.Xml;

public class Importer
{
    public XmlDocument Load(string xml)
    {
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() };
        doc.LoadXml(xml);
        return doc;
    }
}
`,
      findings: [
        {
          line: 7, column: 51, endColumn: 71,
          message: `An XmlUrlResolver lets the document's DTD fetch files and URLs while it is parsed, ${EFFECT}. ${CONTROL} Leave XmlResolver null (the default since .NET Framework 4.5.2): XmlResolver = null.`,
          severity: 'high', confidence: 'high', fix: { title: 'Set XmlResolver to null', output: `using System.Xml;

public class Importer
{
    public XmlDocument Load(string xml)
    {
        var doc = new XmlDocument { XmlResolver = null };
        doc.LoadXml(xml);
        return doc;
    }
}
` },
        },
      ],
    },
    {
      name: 'XmlTextReader with no DTD setting is low confidence',
      path: 'src/LegacyImporter.cs',
      code: `using System.Xml;

public class LegacyImporter
{
    public void Read(Stream input)
    {
        var reader = new XmlTextReader(input);
        while (reader.Read()) { }
    }
}
`,
      findings: [
        {
          line: 7, column: 22, endColumn: 46,
          message: `new XmlTextReader(…) processes DTDs and, on .NET Framework before 4.5.2, resolves external entities by default, ${EFFECT}. ${CONTROL} Use XmlReader.Create with XmlReaderSettings (DtdProcessing.Prohibit is its default), or set reader.DtdProcessing = DtdProcessing.Prohibit.`,
          severity: 'medium', confidence: 'low', fix: null,
        },
      ],
    },
    {
      name: 'ProhibitDtd = false',
      path: 'src/LegacyImporter.cs',
      code: `public class LegacyImporter
{
    public XmlReader Open(Stream input)
    {
        var settings = new XmlReaderSettings { ProhibitDtd = false };
        return XmlReader.Create(input, settings);
    }
}
`,
      findings: [
        {
          line: 5, column: 62, endColumn: 67,
          message: `ProhibitDtd = false makes the reader process DTDs, ${EFFECT}. ${CONTROL} Keep DTDs prohibited: ProhibitDtd = true, or use XmlReaderSettings with DtdProcessing = DtdProcessing.Prohibit.`,
          severity: 'high', confidence: 'medium', fix: { title: 'Set ProhibitDtd to true', output: `public class LegacyImporter
{
    public XmlReader Open(Stream input)
    {
        var settings = new XmlReaderSettings { ProhibitDtd = true };
        return XmlReader.Create(input, settings);
    }
}
` },
        },
      ],
    },
    {
      name: 'lxml resolve_entities=True, no_network=False and load_dtd=True',
      path: 'app/xmlparse.py',
      code: `from lxml import etree

parser = etree.XMLParser(resolve_entities=True)
remote = etree.XMLParser(no_network=False, load_dtd=True)
`,
      findings: [
        {
          line: 3, column: 26, endColumn: 47,
          message: `etree.XMLParser with resolve_entities=True substitutes external entities, so a document's DOCTYPE can read local files into the result (XXE). ${CONTROL} ${LXML}`,
          severity: 'high', confidence: 'high', fix: { title: 'Set resolve_entities to False', output: `from lxml import etree

parser = etree.XMLParser(resolve_entities=False)
remote = etree.XMLParser(no_network=False, load_dtd=True)
` },
        },
        {
          line: 4, column: 26, endColumn: 42,
          message: `etree.XMLParser with no_network=False lets a document's DTD and entities fetch URLs, so a crafted document can make the server reach internal hosts (XXE, SSRF). ${CONTROL} ${LXML}`,
          severity: 'high', confidence: 'medium', fix: { title: 'Set no_network to True', output: `from lxml import etree

parser = etree.XMLParser(resolve_entities=True)
remote = etree.XMLParser(no_network=True, load_dtd=True)
` },
        },
        {
          line: 4, column: 44, endColumn: 57,
          message: `etree.XMLParser with load_dtd=True loads the external DTD a document names, so its entities can read local files (XXE). ${CONTROL} ${LXML}`,
          severity: 'medium', confidence: 'medium', fix: { title: 'Set load_dtd to False', output: `from lxml import etree

parser = etree.XMLParser(resolve_entities=True)
remote = etree.XMLParser(no_network=False, load_dtd=False)
` },
        },
      ],
    },
    {
      name: 'request data through lxml default parser is low confidence',
      path: 'app/upload.py',
      code: `import lxml.etree
from flask import request

@app.post("/upload")
def upload():
    doc = lxml.etree.fromstring(request.get_data())
    return lxml.etree.tostring(doc)
`,
      findings: [
        {
          line: 6, column: 11, endColumn: 52,
          message: `Request data is parsed by lxml.etree.fromstring with lxml's default parser, which before lxml 5.0 substitutes external entities from local files, so a document with a DOCTYPE can read files on the server (XXE). ${CONTROL} Parse untrusted XML with defusedxml.lxml, or pass a parser that resolves no entities: etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True)).`,
          severity: 'medium', confidence: 'low', fix: null,
        },
      ],
    },
    {
      name: 'xml.sax with external general entities on',
      path: 'app/feeds.py',
      code: `import xml.sax
from xml.sax.handler import feature_external_ges

parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, True)
`,
      findings: [
        {
          line: 5, column: 1, endColumn: 46,
          message: `Turning on external general entities makes the SAX parser fetch the files and URLs a document's DTD names, ${EFFECT}. ${CONTROL} Leave the feature off (the default since Python 3.7.1), or parse with defusedxml.`,
          severity: 'high', confidence: 'high', fix: { title: 'Turn the feature off', output: `import xml.sax
from xml.sax.handler import feature_external_ges

parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, False)
` },
        },
      ],
    },
    {
      name: 'LIBXML_NOENT and LIBXML_DTDLOAD flags, the entity loader and SUBST_ENTITIES',
      path: 'public/import.php',
      code: `<?php
libxml_disable_entity_loader(false);
$doc = new DOMDocument();
$doc->loadXML($_POST['xml'], LIBXML_NOENT | LIBXML_DTDLOAD);
$sx = simplexml_load_string($_POST['xml'], 'SimpleXMLElement', LIBXML_NOENT);
$reader = new XMLReader();
$reader->setParserProperty(XMLReader::SUBST_ENTITIES, true);
`,
      findings: [
        {
          line: 2, column: 1, endColumn: 36,
          message: `libxml_disable_entity_loader(false) lets libxml load external entities and DTDs, ${EFFECT}. ${CONTROL} Remove the call, and never pass LIBXML_NOENT or LIBXML_DTDLOAD to a parser that reads untrusted XML.`,
          severity: 'high', confidence: 'medium', fix: null,
        },
        {
          line: 4, column: 30, endColumn: 42,
          message: `LIBXML_NOENT makes libxml substitute entities, external ones included, ${EFFECT}. ${CONTROL} Remove the flag; libxml then leaves external entities alone.`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 4, column: 45, endColumn: 59,
          message: `LIBXML_DTDLOAD makes libxml load the external DTD a document names, so its parameter entities can read files or reach other hosts (XXE). ${CONTROL} Remove the flag; libxml then leaves external entities alone.`,
          severity: 'medium', confidence: 'medium', fix: null,
        },
        {
          line: 5, column: 64, endColumn: 76,
          message: `LIBXML_NOENT makes libxml substitute entities, external ones included, ${EFFECT}. ${CONTROL} Remove the flag; libxml then leaves external entities alone.`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 7, column: 1, endColumn: 60,
          message: `XMLReader with SUBST_ENTITIES on substitutes external entities, ${EFFECT}. ${CONTROL} Leave SUBST_ENTITIES off (the default).`,
          severity: 'high', confidence: 'high', fix: { title: 'Turn SUBST_ENTITIES off', output: `<?php
libxml_disable_entity_loader(false);
$doc = new DOMDocument();
$doc->loadXML($_POST['xml'], LIBXML_NOENT | LIBXML_DTDLOAD);
$sx = simplexml_load_string($_POST['xml'], 'SimpleXMLElement', LIBXML_NOENT);
$reader = new XMLReader();
$reader->setParserProperty(XMLReader::SUBST_ENTITIES, false);
` },
        },
      ],
    },
    {
      name: 'LIBXML_NOENT kept in an options variable',
      path: 'public/import.php',
      code: `<?php
$options = LIBXML_NOENT | LIBXML_NONET;
$doc->loadXML($_POST['xml'], $options);
`,
      findings: [
        {
          line: 2, column: 12, endColumn: 24,
          message: `LIBXML_NOENT makes libxml substitute entities, external ones included, ${EFFECT}. ${CONTROL} Remove the flag; libxml then leaves external entities alone.`,
          severity: 'high', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'libxmljs options in a variable',
      path: 'src/import.js',
      code: `const libxmljs = require('libxmljs2');

const options = { noent: true, nonet: true };
module.exports = (text) => libxmljs.parseXml(text, options);
`,
      findings: [
        {
          line: 3, column: 19, endColumn: 30,
          message: `libxmljs with noent: true substitutes external entities, ${EFFECT}. ${CONTROL} Leave noent off (the default): libxmljs.parseXml(text), or parse with a library that does not resolve entities.`,
          severity: 'high', confidence: 'high', fix: { title: 'Set noent to false', output: `const libxmljs = require('libxmljs2');

const options = { noent: false, nonet: true };
module.exports = (text) => libxmljs.parseXml(text, options);
` },
        },
      ],
    },
    {
      name: 'libxmljs parseXml with noent: true',
      path: 'src/import.js',
      code: `const libxmljs = require('libxmljs');

app.post('/import', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true });
});
`,
      findings: [
        {
          line: 4, column: 45, endColumn: 56,
          message: `libxmljs parseXml with noent: true substitutes external entities, ${EFFECT}. ${CONTROL} Leave noent off (the default): libxmljs.parseXml(text), or parse with a library that does not resolve entities.`,
          severity: 'high', confidence: 'high', fix: { title: 'Set noent to false', output: `const libxmljs = require('libxmljs');

app.post('/import', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false });
});
` },
        },
      ],
    },
    {
      name: 'TypeScript libxmljs2 parseXmlString with noent',
      path: 'src/import.ts',
      code: `import * as libxmljs from 'libxmljs2';

export const parse = (text: string) => libxmljs.parseXmlString(text, { noent: true, nonet: true });
`,
      findings: [
        {
          line: 3, column: 72, endColumn: 83,
          message: `libxmljs parseXmlString with noent: true substitutes external entities, ${EFFECT}. ${CONTROL} Leave noent off (the default): libxmljs.parseXml(text), or parse with a library that does not resolve entities.`,
          severity: 'high', confidence: 'high', fix: { title: 'Set noent to false', output: `import * as libxmljs from 'libxmljs2';

export const parse = (text: string) => libxmljs.parseXmlString(text, { noent: false, nonet: true });
` },
        },
      ],
    },
    {
      name: 'Nokogiri noent in the block and NOENT and DTDLOAD options',
      path: 'app/services/import.rb',
      code: `doc = Nokogiri::XML(params[:xml]) { |config| config.strict.noent }
other = Nokogiri::XML(params[:xml], nil, nil, Nokogiri::XML::ParseOptions::NOENT | Nokogiri::XML::ParseOptions::DTDLOAD)
`,
      findings: [
        {
          line: 1, column: 46, endColumn: 65,
          message: `The NOENT parse option makes libxml substitute entities, external ones included, ${EFFECT}. ${CONTROL} Parse with the default options (Nokogiri::XML(text), which sets NONET and no NOENT), and never turn on noent or dtdload for untrusted XML.`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 2, column: 47, endColumn: 81,
          message: `The NOENT parse option makes libxml substitute entities, external ones included, ${EFFECT}. ${CONTROL} Parse with the default options (Nokogiri::XML(text), which sets NONET and no NOENT), and never turn on noent or dtdload for untrusted XML.`,
          severity: 'high', confidence: 'high', fix: null,
        },
        {
          line: 2, column: 84, endColumn: 120,
          message: `The DTDLOAD parse option makes libxml load the external DTD a document names, so its entities can read files or reach other hosts (XXE). ${CONTROL} Parse with the default options (Nokogiri::XML(text), which sets NONET and no NOENT), and never turn on noent or dtdload for untrusted XML.`,
          severity: 'medium', confidence: 'medium', fix: null,
        },
      ],
    },
  ],
  valid: [
    {
      name: 'disallow-doctype-decl through a constant',
      path: 'src/main/java/uk/gov/justice/CaseImporter.java',
      code: `public class CaseImporter {
    private static final String DISALLOW = "http://apache.org/xml/features/disallow-doctype-decl";

    public Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(DISALLOW, true);
        return factory.newDocumentBuilder().parse(in);
    }
}
`,
    },
    {
      name: 'hardening in a helper method of the same class',
      path: 'src/main/java/uk/gov/justice/CaseImporter.java',
      code: `public class CaseImporter {
    public Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        harden(factory);
        return factory.newDocumentBuilder().parse(in);
    }

    private static void harden(DocumentBuilderFactory factory) throws Exception {
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    }
}
`,
    },
    {
      name: 'a factory handed to a hardening helper in another class',
      path: 'src/main/java/uk/gov/justice/CaseImporter.java',
      code: `public class CaseImporter {
    public Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        XmlSecurity.harden(factory);
        return factory.newDocumentBuilder().parse(in);
    }
}
`,
    },
    {
      name: 'SUPPORT_DTD false and ACCESS_EXTERNAL_DTD empty',
      path: 'src/main/java/uk/gov/justice/Feeds.java',
      code: `public class Feeds {
    XMLStreamReader stream(InputStream in) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        return xif.createXMLStreamReader(in);
    }

    Transformer transformer() throws Exception {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newTransformer();
    }
}
`,
    },
    {
      name: 'DtdProcessing.Prohibit, a resolver on reader settings without DTDs, and a configured XmlTextReader',
      path: 'src/Importer.cs',
      code: `public class Importer
{
    public void Read(Stream input)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = new XmlUrlResolver() };
        var reader = new XmlTextReader(input);
        reader.DtdProcessing = DtdProcessing.Prohibit;
        var doc = new XmlDocument { XmlResolver = null };
    }
}
`,
    },
    {
      name: 'lxml defaults, resolve_entities=False and defusedxml',
      path: 'app/xmlparse.py',
      code: `from lxml import etree
from defusedxml import ElementTree as SafeET

tree = etree.parse("cases.xml")
parser = etree.XMLParser(resolve_entities=False, load_dtd=True)
data = SafeET.fromstring(body)
`,
    },
    {
      name: 'lxml default parser on a local file, and an explicit parser',
      path: 'app/upload.py',
      code: `from lxml import etree
from flask import request

def load():
    config = etree.fromstring(open("config.xml").read())
    return etree.fromstring(request.get_data(), etree.XMLParser(resolve_entities=False))
`,
    },
    {
      name: 'TransformerFactory serialising a DOMSource parses nothing',
      path: 'src/main/java/uk/gov/justice/XmlWriter.java',
      code: `public class XmlWriter {
    void write(Document document, Writer out) throws Exception {
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
    }
}
`,
    },
    {
      name: 'xml.sax with external entities off',
      path: 'app/feeds.py',
      code: `import xml.sax
from xml.sax.handler import feature_external_ges

parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, False)
`,
    },
    {
      name: 'LIBXML_NONET and the entity loader disabled',
      path: 'public/import.php',
      code: `<?php
libxml_disable_entity_loader(true);
$doc = new DOMDocument();
$doc->loadXML($_POST['xml'], LIBXML_NONET);
`,
    },
    {
      name: 'LIBXML_NOENT cleared with a bitwise not',
      path: 'public/import.php',
      code: `<?php
$options = $defaults & ~LIBXML_NOENT;
`,
    },
    {
      name: 'NOENT cleared with a bitwise not in Ruby',
      path: 'app/services/import.rb',
      code: `options = Nokogiri::XML::ParseOptions::DEFAULT_XML & ~Nokogiri::XML::ParseOptions::NOENT
`,
    },
    {
      name: 'a noent key in a file that does not use libxmljs',
      path: 'src/dictionary.js',
      code: `const flags = { noent: true, plural: false };
`,
    },
    {
      name: 'libxmljs defaults and xml2js',
      path: 'src/import.js',
      code: `const libxmljs = require('libxmljs');
const xml2js = require('xml2js');

app.post('/import', async (req, res) => {
  const doc = libxmljs.parseXml(req.body);
  const safe = libxmljs.parseXml(req.body, { noent: false });
  const data = await xml2js.parseStringPromise(req.body);
});
`,
    },
    {
      name: 'Nokogiri defaults and nonet',
      path: 'app/services/import.rb',
      code: `doc = Nokogiri::XML(params[:xml]) { |config| config.strict.nonet }
other = Nokogiri::XML(params[:xml])
`,
    },
    {
      name: 'Go encoding/xml does not process DTDs',
      path: 'feeds/parse.go',
      code: `package feeds

import "encoding/xml"

func Parse(data []byte, v any) error {
	return xml.Unmarshal(data, v)
}
`,
    },
  ],
};

describeRule(table);
