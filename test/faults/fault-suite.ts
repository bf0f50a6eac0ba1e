/*
 * npm run test:faults: breaks Redis, PostgreSQL, the vendor and the worker under a running stack of
 * real processes (all of its own, on free ports) and prints fault | expectation | observed | verdict.
 * Exits 1 when any verdict fails.
 */
import 'reflect-metadata';
import { FaultStack } from './stack';
import { killedDuringOnboardingAndTeamSync, killedDuringSync, postgresRestartMidSync, postgresStopped, redisKilled, vendorOutage, Verdict } from './scenarios';

const KILLS = Number(process.env.FAULTS_KILLS ?? 10);
/** Comma-separated scenario names, to run a part while investigating (all by default). */
const ONLY = process.env.FAULTS_ONLY?.split(',');

function printTable(verdicts: Verdict[]): void {
  const rows = [['fault', 'expectation', 'observed', 'verdict'], ...verdicts.map((v) => [v.fault, v.expectation, v.observed, v.pass ? 'PASS' : 'FAIL'])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}

async function main(): Promise<void> {
  const started = Date.now();
  const verdicts: Verdict[] = [];
  const report = (verdict: Verdict) => {
    verdicts.push(verdict);
    console.log(`${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.fault}: ${verdict.expectation} -> ${verdict.observed}`);
  };
  const stack = await FaultStack.start();
  console.log(`stack up in ${Math.round((Date.now() - started) / 1000)} s (logs in ${stack.logDir})`);
  try {
    const scenarios: Record<string, () => Promise<void>> = {
      redisKilled: () => redisKilled(stack, report),
      postgresStopped: () => postgresStopped(stack, report),
      postgresRestartMidSync: () => postgresRestartMidSync(stack, report),
      vendorOutage: () => vendorOutage(stack, report),
      killedDuringSync: () => killedDuringSync(stack, report, KILLS),
      killedDuringOnboardingAndTeamSync: () => killedDuringOnboardingAndTeamSync(stack, report),
    };
    for (const [name, scenario] of Object.entries(scenarios)) {
      if (ONLY && !ONLY.includes(name)) continue;
      await scenario().catch((error: unknown) =>
        report({ fault: 'scenario error', expectation: 'runs to the end', observed: String((error as Error).message ?? error), pass: false }),
      );
    }
  } finally {
    await stack.stop();
  }
  console.log('');
  printTable(verdicts);
  const failed = verdicts.filter((v) => !v.pass).length;
  console.log(`\n${verdicts.length - failed}/${verdicts.length} verdicts passed in ${Math.round((Date.now() - started) / 1000)} s`);
  process.exit(failed === 0 ? 0 : 1);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
