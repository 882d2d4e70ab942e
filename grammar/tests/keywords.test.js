'use strict';
// Keeps the grammar in step with the language's word lists in src/ScoreLang.Core/Syntax/SyntaxFacts.cs: every word of
// every list has an example below, in a context where the parser accepts it, and the grammar must colour it there
// as a keyword (or type, constant, unit or slot) rather than as a name. A word added to SyntaxFacts fails the
// "covers SyntaxFacts" test until it gets an example here and support in the grammar.
const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const { describe, it, before } = require('node:test');
const { grammarDir, loadScoreLangGrammar, tokenizeText } = require('./support/grammar');

const syntaxFactsPath = path.resolve(grammarDir, '..', 'src', 'ScoreLang.Core', 'Syntax', 'SyntaxFacts.cs');

/** Reads each `FrozenSet<string> Name { get; } = FrozenSet.Create(StringComparer.Ordinal, "a", "b")` list. */
function readSyntaxFacts() {
  const source = fs.readFileSync(syntaxFactsPath, 'utf8');
  const sets = {};
  const setPattern = /FrozenSet<string>\s+(\w+)\s*\{\s*get;\s*\}\s*=\s*FrozenSet\.Create\(([^)]*)\)/g;
  for (const m of source.matchAll(setPattern)) {
    sets[m[1]] = [...m[2].matchAll(/"([^"]*)"/g)].map((w) => w[1]);
  }
  return sets;
}

// Example contexts. «word» marks the occurrence whose scope is checked.
const inScore = (body) => `score s for contact {\n${body}\n}`;
const inGroup = (rule) => inScore(`  group g {\n    ${rule}\n  }`);
const inTest = (member) => inScore(`  test "t" {\n    ${member}\n  }`);
const declaration = /^(storage\.type\.|keyword\.control\.import\.)/;
const keyword = /^(keyword\.|storage\.)/;
const expression = /^(keyword\.operator\.expression\.|constant\.language\.boolean\.)/;

const examples = {
  DeclarationKeywords: {
    import: ['«import» "crm.schema"', declaration],
    record: ['«record» contact { email: string }', declaration],
    event: ['«event» page_viewed on contact', declaration],
    list: ['«list» employees of contact', declaration],
    score: ['«score» s for contact {}', declaration],
  },
  ScoreMemberKeywords: {
    kind: [inScore('  «kind» fit'), keyword],
    limit: [inScore('  «limit» 100'), keyword],
    floor: [inScore('  «floor» none'), keyword],
    output: [inScore('  «output» { score: s }'), keyword],
    include: [inScore('  «include» list newsletter'), keyword],
    exclude: [inScore('  «exclude» when stage == customer'), keyword],
    group: [inScore('  «group» g {}'), keyword],
    fit: [inScore('  «fit» group g {}'), keyword],
    engagement: [inScore('  «engagement» group g {}'), keyword],
    thresholds: [inScore('  «thresholds» { high 70.. }'), keyword],
    test: [inScore('  «test» "t" {}'), keyword],
    model: [inScore('  «model» "m.model.zip" sha256 "00"'), keyword],
    closed: [inScore('  «closed» when stage == customer'), keyword],
  },
  RuleKeywords: {
    event: [inGroup('«event» page_viewed +1'), keyword],
    when: [inGroup('«when» phone is known +1'), keyword],
    where: [inGroup('event page_viewed «where» url contains "x" +1'), keyword],
    count: [inGroup('event website_visit «count» 2..5 +3'), keyword],
    within: [inGroup('event page_viewed «within» last 30 days +1'), keyword],
    last: [inGroup('event page_viewed within «last» 30 days +1'), keyword],
    once: [inGroup('event page_viewed «once» +1'), keyword],
    decay: [inGroup('event page_viewed +1 «decay» 50% every 1 month'), keyword],
    every: [inGroup('event page_viewed +1 decay 50% «every» 1 month'), keyword],
    over: [inGroup('event page_viewed +1 decay 100% «over» 3 months'), keyword],
    half: [inGroup('event page_viewed +1 decay «half»-life 30 days'), keyword],
    life: [inGroup('event page_viewed +1 decay half-«life» 30 days'), keyword],
    no: [inGroup('event page_viewed +1 «no» decay'), keyword],
  },
  ExpressionKeywords: {
    and: [inGroup('when a == 1 «and» b == 2 +1'), expression],
    or: [inGroup('when a == 1 «or» b == 2 +1'), expression],
    not: [inGroup('when «not» a == 1 +1'), expression],
    in: [inGroup('when stage «in» [lead, customer] +1'), expression],
    list: [inGroup('when in «list» partners +1'), expression],
    between: [inGroup('when n «between» 1 and 5 +1'), expression],
    is: [inGroup('when phone «is» known +1'), expression],
    known: [inGroup('when phone is «known» +1'), expression],
    unknown: [inGroup('when phone is «unknown» +1'), expression],
    contains: [inGroup('when title «contains» "VP" +1'), expression],
    starts: [inGroup('when title «starts» with "VP" +1'), expression],
    ends: [inGroup('when email «ends» with "@x.com" +1'), expression],
    with: [inGroup('when title starts «with» "VP" +1'), expression],
    more: [inGroup('when seen «more» than 90 days ago +1'), expression],
    than: [inGroup('when seen more «than» 90 days ago +1'), expression],
    ago: [inGroup('when seen more than 90 days «ago» +1'), expression],
    days: [inGroup('when «days» since seen > 30 +1'), expression],
    since: [inGroup('when days «since» seen > 30 +1'), expression],
    true: [inGroup('when active == «true» +1'), expression],
    false: [inGroup('when active == «false» +1'), expression],
  },
  TestKeywords: {
    as: [inTest('«as» of 2024-03-01'), keyword],
    of: [inTest('as «of» 2024-03-01'), keyword],
    given: [inTest('«given» { a: 1 }'), keyword],
    member: [inTest('«member» of employees'), keyword],
    at: [inTest('event page_viewed «at» 2024-02-20'), keyword],
    by: [inTest('event page_viewed «by» alice'), keyword],
    expect: [inTest('«expect» score == 29'), keyword],
    unscored: [inTest('expect «unscored»'), /^constant\.language\./],
    scored: [inTest('expect «scored»'), /^constant\.language\./],
  },
  ScoreKinds: {
    engagement: [inScore('  kind «engagement»'), /^constant\.language\./],
    fit: [inScore('  kind «fit»'), /^constant\.language\./],
    combined: [inScore('  kind «combined»'), /^constant\.language\./],
    predictive: [inScore('  kind «predictive»'), /^constant\.language\./],
  },
  BuiltInTypes: Object.fromEntries(
    ['string', 'number', 'bool', 'date', 'datetime'].map((t) => [t, [`record r { p: «${t}» }`, /^support\.type\./]]),
  ),
  DurationUnits: Object.fromEntries(
    ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'].map((u) => [
      u,
      [inGroup(`event page_viewed within last 2 «${u}» +1`), /^keyword\.other\.unit\./],
    ]),
  ),
  OutputSlots: Object.fromEntries(
    ['score', 'tier', 'engagement', 'fit', 'probability', 'priority'].map((s) => [s, [inScore(`  output { «${s}»: p }`), /^support\.variable\./]]),
  ),
};

/** The innermost scope of the token at the «marked» word. */
function scopeOfMarkedWord(grammar, example) {
  const start = example.indexOf('«');
  const end = example.indexOf('»');
  const word = example.substring(start + 1, end);
  const text = example.replace('«', '').replace('»', '');
  const before = text.substring(0, start);
  const lineIndex = before.split('\n').length - 1;
  const column = start - (before.lastIndexOf('\n') + 1);
  const line = tokenizeText(grammar, text)[lineIndex];
  const token = line.tokens.find((t) => t.start <= column && column < t.start + t.text.length);
  assert.equal(line.line.substring(column, column + word.length), word);
  assert.equal(token.text, word, `"${word}" is not a token of its own in: ${line.line}`);
  return token.scopes[token.scopes.length - 1];
}

describe('keywords of SyntaxFacts', () => {
  const facts = readSyntaxFacts();
  let grammar;
  before(async () => {
    grammar = await loadScoreLangGrammar();
  });

  it('covers SyntaxFacts: every list and word has an example, and no example is stale', () => {
    assert.ok(Object.keys(facts).length > 0, `no word lists found in ${syntaxFactsPath}`);
    const wanted = Object.fromEntries(Object.entries(facts).map(([set, words]) => [set, [...words].sort()]));
    const covered = Object.fromEntries(Object.entries(examples).map(([set, words]) => [set, Object.keys(words).sort()]));
    assert.deepEqual(covered, wanted);
  });

  for (const [set, words] of Object.entries(examples)) {
    for (const [word, [example, expected]] of Object.entries(words)) {
      it(`${set}: ${word}`, () => {
        const scope = scopeOfMarkedWord(grammar, example);
        assert.match(scope, expected, `"${word}" in\n${example}\nhas scope ${scope}`);
      });
    }
  }
});
