/** The shared infrastructure-as-code reader: CloudFormation resources, inserted lines and literal values. */
import assert from 'node:assert/strict';
import { parseConfigDocument } from '../../engine/formats/parse-config';
import { cloudFormationAnchor, cloudFormationResources, firstLineInsertion, integerOf, isFalse, isTrue, lineBreakOf } from './iac';

describe('infrastructure-as-code reader', () => {
  it('finds CloudFormation resources by type and anchors a missing setting on the type', () => {
    const text = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n  Topic:\n    Type: AWS::SNS::Topic\n  Notes:\n    Type: not-a-type\n';
    const config = parseConfigDocument(text, 'yaml');
    assert.deepEqual(cloudFormationResources(config).map((resource) => `${resource.name}:${resource.type}`), ['Db:AWS::RDS::DBInstance', 'Topic:AWS::SNS::Topic']);
    const [db] = cloudFormationResources(config, new Set(['AWS::RDS::DBInstance']));
    assert.ok(db);
    const anchor = cloudFormationAnchor(db);
    assert.equal(text.slice(anchor.start, anchor.end), 'AWS::RDS::DBInstance');
    assert.equal(db.tree.get([...db.properties, 'Engine'])?.value, 'postgres');
  });

  it('inserts a first line into a Terraform block with its indentation and the file line break', () => {
    const text = 'resource "aws_db_instance" "main" {\r\n    engine = "postgres"\r\n}\r\n';
    const config = parseConfigDocument(text, 'terraform');
    const block = config.blocks().find((candidate) => candidate.labels[0] === 'resource');
    assert.ok(block);
    const insertion = firstLineInsertion(text, block, 'storage_encrypted = true');
    assert.deepEqual(insertion, { at: text.indexOf('{') + 1, newText: '\r\n    storage_encrypted = true' });
    assert.equal(lineBreakOf('a\nb'), '\n');
  });

  it('reads literal booleans and whole numbers, and nothing from expressions', () => {
    assert.deepEqual([isTrue(' True '), isTrue('var.enabled'), isFalse('false'), isFalse(undefined)], [true, false, true, false]);
    assert.deepEqual([integerOf('22'), integerOf('-1'), integerOf('var.port'), integerOf(''), integerOf('1e3')], [22, -1, undefined, undefined, undefined]);
  });
});
