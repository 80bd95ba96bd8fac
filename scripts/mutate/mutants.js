// The mutants of the format data's equations (npm run mutate): which exist, how each is applied, how each is named.
// Shared by the driver (run.mjs, which lists them) and the preload (preload.js, which applies one in a test process).
const path = require('node:path');

const FORMATS = path.join(__dirname, '..', '..', 'out', 'server', 'src', 'core', 'formats', 'index.js');
const TABLE_NAMES = { t2: '表二', t3: '表三', t4: '表四' };

/** The validated, loaded format data: the very objects the core reads at check time. */
function loadEras() {
  return require(FORMATS).ERAS;
}

/** Every mutant of every equation of every table of every era, and of the 2008 breakdown convention. */
function listMutants(eras) {
  const mutants = [];
  for (const era of eras) {
    for (const table of era.tables) {
      const rowIds = table.rows.map((row) => row.id);
      const columnIds = table.columns.map((column) => column.id);
      table.equations.forEach((equation, index) => {
        const at = { era: era.id, table: table.id, equation: index, id: equation.id, formula: formula(equation) };
        for (const side of ['left', 'right']) {
          equation[side].forEach((term, position) => mutants.push({ ...at, kind: 'drop-term', side, position, term }));
        }
        for (const condition of ['when', 'unless']) {
          equation[condition].forEach((from, position) => {
            // the same kind of id: a condition naming a column swaps to another column, one naming a row to another row
            const kin = columnIds.includes(from) ? columnIds : rowIds;
            for (const to of kin) {
              if (to !== from) mutants.push({ ...at, kind: 'swap-condition', condition, position, from, to, equivalent: equivalence(equation, condition, from, to) });
            }
          });
        }
      });
    }
  }
  // only the 2008 era's convention is read (parse/breakdowns.ts, reconcile/equations.ts); the others' copies are inert
  const breakdown = eras.find((era) => era.id === '2008').breakdown;
  for (const to of [breakdown.minItems - 1, breakdown.minItems + 1]) mutants.push({ era: '2008', kind: 'breakdown-min-items', from: breakdown.minItems, to });
  breakdown.introducers.forEach((from, position) => mutants.push({ era: '2008', kind: 'breakdown-drop-introducer', position, from }));
  return mutants;
}

/** Applies one mutant in place; throws when the data no longer has what the mutant names (a stale mutant). */
function applyMutant(eras, mutant) {
  const era = eras.find((candidate) => candidate.id === mutant.era);
  if (!era) throw new Error(`no era ${mutant.era}`);
  if (mutant.kind === 'breakdown-min-items') {
    expect(era.breakdown.minItems, mutant.from, mutant);
    era.breakdown.minItems = mutant.to;
    return;
  }
  if (mutant.kind === 'breakdown-drop-introducer') {
    expect(era.breakdown.introducers[mutant.position], mutant.from, mutant);
    era.breakdown.introducers.splice(mutant.position, 1);
    return;
  }
  const table = era.tables.find((candidate) => candidate.id === mutant.table);
  const equation = table?.equations[mutant.equation];
  if (!equation) throw new Error(`no equation ${mutant.equation} in ${mutant.table} ${mutant.era}`);
  expect(equation.id, mutant.id, mutant);
  if (mutant.kind === 'drop-term') {
    expect(equation[mutant.side][mutant.position], mutant.term, mutant);
    equation[mutant.side].splice(mutant.position, 1);
  } else if (mutant.kind === 'swap-condition') {
    expect(equation[mutant.condition][mutant.position], mutant.from, mutant);
    equation[mutant.condition][mutant.position] = mutant.to;
  } else {
    throw new Error(`unknown mutant kind ${mutant.kind}`);
  }
}

/**
 * Why a mutant cannot change behaviour, or undefined. A row equation is instantiated only on a row that has a cell in
 * every term's column, and such a cell exists only when its column is in the table, which is all "when: [column]" asks
 * (reconcile/equations.ts, present()): so a "when" naming one term's column is always met, and swapping it for
 * another term's column changes nothing. (Not so for rows: a row term may have cells that are all blank.)
 */
function equivalence(equation, condition, from, to) {
  const terms = [...equation.left, ...equation.right];
  if (condition !== 'when' || equation.each !== 'row' || !terms.includes(from) || !terms.includes(to)) return undefined;
  return `"${from}" and "${to}" are both term columns of this row equation: each is present whenever an instance exists`;
}

/** "sum = open+partial+… (21)", to tell apart equations that share an id */
function formula(equation) {
  const side = (terms) => (terms.length > 4 ? `${terms.slice(0, 3).join('+')}+… (${terms.length})` : terms.join('+'));
  return `${equation.each}: ${side(equation.left)} = ${side(equation.right)}`;
}

function expect(actual, wanted, mutant) {
  if (actual !== wanted) throw new Error(`stale mutant ${describeMutant(mutant)}: found ${JSON.stringify(actual)}`);
}

function describeMutant(mutant) {
  if (mutant.kind === 'breakdown-min-items') return `2008 其中 convention: minItems ${mutant.from} → ${mutant.to}`;
  if (mutant.kind === 'breakdown-drop-introducer') return `2008 其中 convention: drop introducer "${mutant.from}"`;
  const where = `${TABLE_NAMES[mutant.table] ?? mutant.table} ${mutant.era} ${mutant.id} #${mutant.equation} [${mutant.formula}]`;
  if (mutant.kind === 'drop-term') return `${where}: drop ${mutant.side} term ${mutant.position} "${mutant.term}"`;
  return `${where}: ${mutant.condition}[${mutant.position}] "${mutant.from}" → "${mutant.to}"`;
}

module.exports = { loadEras, listMutants, applyMutant, describeMutant };
