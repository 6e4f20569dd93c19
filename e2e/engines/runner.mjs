// Runs an engine's named checks one by one and reports them the way
// `cargo xtask test` counts results ("  6 passed", "  1 failed").
// `open()` gives a fresh session; `check(session)` runs in it and throws on
// failure; `problems(session)` lists its console errors; `close(session)` ends it.
export async function runChecks(engine, tests, { open, problems, close }) {
  let passed = 0;
  let failed = 0;
  for (const [name, check] of Object.entries(tests)) {
    const started = Date.now();
    let session;
    try {
      session = await open();
      await check(session);
      const found = await problems(session);
      if (found.length) throw new Error(found.join("\n"));
      passed++;
      console.log(`  ✓ [${engine}] ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✘ [${engine}] ${name}\n    ${String(error.stack ?? error).split("\n").join("\n    ")}`);
    } finally {
      if (session) await close(session).catch(() => {});
    }
  }
  console.log(`\n  ${passed} passed`);
  if (failed) console.log(`  ${failed} failed`);
  return failed === 0;
}
