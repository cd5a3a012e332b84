/** The shared IAM policy reader: statements from JSON policy files and Terraform policy documents. */
import assert from 'node:assert/strict';
import { parseConfigDocument } from '../../engine/formats/parse-config';
import { isAllow, isStorageStatement, policyStatements, publicPrincipals } from './policy-statements';

describe('IAM policy statements', () => {
  it('reads a JSON policy document: effect, actions, resources, public principals and conditions', () => {
    const text = '{ "Statement": [ { "Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::b/*" }, { "Effect": "Deny", "Action": "*", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": "false" } } } ] }';
    const statements = policyStatements(text, parseConfigDocument(text, 'json'));
    assert.equal(statements.length, 2);
    const [allow, deny] = statements as [(typeof statements)[0], (typeof statements)[0]];
    assert.deepEqual([isAllow(allow), isAllow(deny)], [true, false]);
    assert.deepEqual(allow.actions.map((action) => action.value), ['s3:GetObject']);
    assert.equal(publicPrincipals(allow).length, 1);
    assert.equal(isStorageStatement(allow), true);
    assert.deepEqual([allow.hasCondition, deny.hasCondition], [false, true]);
    assert.equal(text.slice(allow.actions[0]!.range.start, allow.actions[0]!.range.end).replace(/"/g, ''), 's3:GetObject');
  });

  it('reads a Terraform policy document, where Allow is the default effect', () => {
    const text = 'data "aws_iam_policy_document" "admin" {\n  statement {\n    actions   = ["*"]\n    resources = ["*"]\n  }\n}\n';
    const [statement] = policyStatements(text, parseConfigDocument(text, 'terraform'));
    assert.ok(statement);
    assert.equal(isAllow(statement), true);
    assert.deepEqual([statement.actions.map((action) => action.value), statement.resources.map((resource) => resource.value)], [['*'], ['*']]);
    assert.equal(isStorageStatement(statement), false);
  });
});
