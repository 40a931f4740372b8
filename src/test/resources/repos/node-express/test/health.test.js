const test = require('node:test');
const assert = require('node:assert');

test('health payload', () => {
  assert.deepStrictEqual({ status: 'ok' }, { status: 'ok' });
});
