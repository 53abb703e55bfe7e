// Runs @doyensec/electronegativity over the Electron shell and the renderer page together,
// and fails on any finding not justified in security/electronegativity-justified.mjs.
// (Electronegativity itself exits 0 even with findings, so we read its CSV.)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JUSTIFIED } from '../security/electronegativity-justified.mjs';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;

const stage = mkdtempSync(join(tmpdir(), 'nuzzle-scan-'));
try {
  cpSync('main', join(stage, 'main'), { recursive: true });
  cpSync('renderer/index.html', join(stage, 'renderer', 'index.html'));
  const findings = parseCsv(scanWhole(stage))
    .slice(1)
    .map(
      ([
        check = '',
        severity = '',
        confidence = '',
        file = '',
        location = '',
        ,
        description = '',
      ]) => ({
        check,
        severity,
        confidence,
        file: file.replace(/^\/?/, ''),
        location,
        description,
      }),
    );
  const matches = (j, f) =>
    j.check === f.check && (j.file === f.file || (j.file === 'N/A' && f.file === 'N/A'));
  const unjustified = findings.filter((f) => !JUSTIFIED.some((j) => matches(j, f)));
  const stale = JUSTIFIED.filter((j) => !findings.some((f) => matches(j, f)));
  console.log(
    `electronegativity (Electron ${electronVersion}): ${String(findings.length)} findings, ${String(findings.length - unjustified.length)} justified`,
  );
  for (const f of unjustified)
    console.log(
      `  UNJUSTIFIED ${f.check} [${f.severity}] ${f.file}:${f.location} — ${f.description}`,
    );
  for (const j of stale)
    console.log(`  STALE justification: ${j.check} in ${j.file} matches no finding; remove it`);
  if (unjustified.length > 0 || stale.length > 0) process.exit(1);
  console.log('security scan: ok');
} finally {
  rmSync(stage, { recursive: true, force: true });
  rmSync(`${stage}-findings.csv`, { force: true });
}

/**
 * Electronegativity's CSV, read once it is whole. Now and then a run leaves rows cut into each
 * other (seen on a clean clone: "1 findings" whose text began mid-field), so a report whose rows
 * don't all start with a check name and carry every column is run again, up to three times.
 */
function scanWhole(stage) {
  // Beside the scanned folder, never inside it: the scan must not read its own report.
  const csv = `${stage}-findings.csv`;
  const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
  for (let attempt = 1; ; attempt += 1) {
    rmSync(csv, { force: true });
    const run = spawnSync(
      process.execPath,
      [cli, '-i', stage, '-e', electronVersion, '-r', '-o', csv],
      { encoding: 'utf8', timeout: 300_000 },
    );
    if (run.status !== 0) {
      console.error(run.stdout, run.stderr);
      throw new Error(`electronegativity exited with ${String(run.status)}`);
    }
    const text = readFileSync(csv, 'utf8');
    const rows = parseCsv(text).slice(1);
    const whole = rows.every((r) => r.length >= 8 && /^[A-Z_]+_CHECK$/.test(r[0] ?? ''));
    if (whole || attempt === 3) return text;
  }
}

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes; a stray quote mid-field is text). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      // A quote opens a quoted field only at its start: electronegativity leaves code
      // snippets that contain a quote unquoted, and the order of its rows varies by run.
      quoted = true;
    } else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field.trim()]);
  return rows.filter((r) => r.some((f) => f !== ''));
}
