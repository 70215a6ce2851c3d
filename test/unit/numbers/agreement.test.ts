import assert from 'node:assert/strict';
import { sameMeasure, valuesAgree } from '../../../src/core/numbers/agreement';
import { findQuantities } from '../../../src/core/numbers/findQuantities';
import type { Quantity } from '../../../src/core/numbers/quantity';

const q = (text: string): Quantity => findQuantities(text)[0].quantity;

describe('quantity agreement', () => {
  it('compares only quantities of the same kind, unit and counted noun', () => {
    assert.ok(sameMeasure(q('75 years'), q('70 years')));
    assert.ok(sameMeasure(q('60,000-80,000 Vietnamese people'), q('50,000 people')));
    assert.ok(sameMeasure(q('US$1.6 billion'), q('1.2 billion USD in loans')));
    assert.ok(!sameMeasure(q('75 years'), q('75 months')));
    assert.ok(!sameMeasure(q('two Vietnamese ministers'), q('three Vietnamese companies')), 'compared by the head noun');
    assert.ok(!sameMeasure(q('US$5 million loan'), q('US$6 million grant')));
    assert.ok(!sameMeasure(q('75 years'), q('75th anniversary')));
    assert.ok(!sameMeasure(q('the 75 who came'), q('the 70 who left')), 'a count needs a noun');
    assert.ok(!sameMeasure(q('US$5 million'), q('€5 million')));
    assert.ok(!sameMeasure(q('5%'), q('5 percentage points')));
    // one thing counted under two names
    assert.ok(sameMeasure(q('buried six homes'), q('buried four houses')));
    assert.ok(sameMeasure(q('12 persons'), q('15 people')));
    assert.ok(!sameMeasure(q('six homes'), q('four households')));
  });

  it('lets hedged figures agree with figures inside their hedge', () => {
    assert.ok(valuesAgree(q('about 60,000 people'), q('60,000 people')));
    assert.ok(valuesAgree(q('nearly 50 degrees'), q('48 degrees')));
    assert.ok(valuesAgree(q('more than 50 people'), q('70 people')));
    assert.ok(valuesAgree(q('60,000-80,000 people'), q('70,000 people')));
    assert.ok(!valuesAgree(q('nearly 50 degrees'), q('40 degrees')));
    assert.ok(!valuesAgree(q('more than 50 people'), q('40 people')));
    assert.ok(!valuesAgree(q('about 60,000 people'), q('70,000 people')));
  });

  it('lets a rounded figure agree with the exact one, and no more', () => {
    assert.ok(valuesAgree(q('US$1.6 billion'), q('$1,600,000,000')));
    assert.ok(valuesAgree(q('1.2 million people'), q('1,234,567 people')));
    assert.ok(!valuesAgree(q('US$1.6 billion'), q('US$1.2 billion')));
    assert.ok(!valuesAgree(q('75 years'), q('70 years')));
    assert.ok(!valuesAgree(q('75 years'), q('74 years')));
  });
});
