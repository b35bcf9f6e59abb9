// A newcomer's pass through the gateway's console (/q/swagger-ui) in Debian's chromium, driven by playwright-core:
//   1. each GET operation named: expand it, "Try it out", "Execute" with the defaults the console fills in; the answer
//      the console shows is recorded (status, size, the length of `items` for a page), and under each documented
//      4xx/5xx row the status of the example shown;
//   2. "Authorize" with a partner client's id and secret (client credentials);
//   3. one write: "Try it out", "Execute" on the operation named, with the example body the console fills in.
// Usage: node console.mjs <gateway> <credentials.json> <out dir> <write operationId> <GET operationId,...>
// Writes <out dir>/console-report.json and screenshots; prints one line per operation and CONSOLE DONE at the end.
// Every wait is on a selector or a network answer (Playwright's auto-waiting), each with a timeout.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [gateway, credentialsFile, outDir, writeOperation, getList] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const STEP_MS = 30_000;

mkdirSync(outDir, { recursive: true });
const credentials = JSON.parse(readFileSync(credentialsFile, 'utf8'));
const report = { gateway, operations: [], authorize: null, write: null };
let origin = gateway;

const browser = await chromium.launch({
  executablePath,
  headless: true,
  // As Debian's chromium runs here as root on a machine with no outside network (see deploy/e2e README).
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(STEP_MS);
  const document = await (await page.request.get(`${gateway}/q/openapi`)).json();
  // The console at the address the document names, resolved against the gateway it came from (a plain-http stack's
  // document names the relative server "/"): its requests go there, same origin.
  origin = new URL(document.servers[0].url, gateway).origin;
  await page.goto(`${origin}/q/swagger-ui/`);
  await page.locator('.opblock').first().waitFor();

  const operations = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'patch', 'delete'].includes(method)) continue;
      operations.push({ method, path, op });
    }
  }

  for (const id of getList.split(',')) {
    const o = operations.find((o) => o.op.operationId === id && o.method === 'get');
    if (!o) throw new Error(`No GET operation ${id} in the document`);
    report.operations.push(await execute(page, o, false, join(outDir, `console-${id}.png`)));
  }

  report.authorize = await authorize(page, credentials);
  const write = operations.find((o) => o.op.operationId === writeOperation);
  report.write = await execute(page, write, true, join(outDir, `console-${writeOperation}.png`));
} finally {
  writeFileSync(join(outDir, 'console-report.json'), JSON.stringify(report, null, 2));
  await browser.close();
}
console.log('CONSOLE DONE');

/** The operation's block, as Swagger UI names it: operations-<first tag>-<operationId>, spaces as underscores. */
function block(o) {
  const tag = (o.op.tags && o.op.tags[0]) || 'default';
  return `[id="operations-${tag.replace(/\s/g, '_')}-${o.op.operationId}"]`;
}

/** The request's URL path matches the operation's path template. */
function matcher(o) {
  const pattern = new RegExp('^' + o.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+') + '$');
  return (response) => response.request().method() === o.method.toUpperCase()
    && pattern.test(new URL(response.url()).pathname) && new URL(response.url()).origin === origin;
}

/** Try it out, Execute; a screenshot of the operation with its answer; then the block closed again. */
async function execute(page, o, authorized, screenshot) {
  const started = Date.now();
  const root = page.locator(block(o));
  await root.scrollIntoViewIfNeeded();
  if (!(await root.evaluate((el) => el.classList.contains('is-open')))) {
    await root.locator('.opblock-summary').first().click();
  }
  await root.locator('button.try-out__btn').click();
  const answered = page.waitForResponse(matcher(o), { timeout: STEP_MS });
  await root.locator('button.execute').click();
  const response = await answered;
  const body = await response.text();
  // What the console shows: its live response table with the same status.
  const shown = await root.locator('.live-responses-table .response .response-col_status').first().innerText();
  let items = null;
  if ((response.headers()['content-type'] || '').includes('json')) {
    try {
      const json = JSON.parse(body);
      if (Array.isArray(json.items)) items = json.items.length;
    } catch { /* reported below as no data */ }
  }
  const errorExamples = await errorRows(root);
  const result = {
    operationId: o.op.operationId, method: o.method.toUpperCase(), path: o.path, url: response.url(), authorized,
    status: response.status(), shownStatus: shown.trim(), bytes: body.length, items, errorExamples,
    millis: Date.now() - started,
  };
  console.log(`${result.method} ${o.path} (${result.operationId}) -> ${result.status}` +
    (items === null ? ` ${result.bytes} bytes` : ` ${items} items`) + ` (${result.millis} ms)`);
  // The viewport from the request URL down: what was sent, the status and the body the console shows.
  await root.locator('.request-url').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: screenshot });
  // Leave the block as found: closed, so the page stays light.
  await root.locator('.opblock-summary').first().click();
  return result;
}

/** Each documented 4xx/5xx row of the open block: the status of the example the console shows under it. */
async function errorRows(root) {
  const rows = root.locator('.responses-wrapper tr.response');
  const found = [];
  for (const row of await rows.all()) {
    const code = await row.getAttribute('data-code');
    if (!/^[45]\d\d$/.test(code || '')) continue;
    const text = await row.locator('.response-col_description').innerText();
    const match = text.match(/"status":\s*(\d{3})/);
    found.push({ code, exampleStatus: match ? match[1] : null });
  }
  return found;
}

async function authorize(page, client) {
  await page.locator('.auth-wrapper button.authorize').first().click();
  const scheme = page.locator('.auth-container').filter({ hasText: 'partnerClientCredentials' });
  await scheme.locator('input[id^="client_id"]').fill(client.clientId);
  await scheme.locator('input[id^="client_secret"]').fill(client.clientSecret);
  const token = page.waitForResponse((r) => new URL(r.url()).pathname === '/oauth/token', { timeout: STEP_MS });
  await scheme.locator('button.authorize').click();
  const answer = await token;
  await scheme.locator('button', { hasText: 'Logout' }).waitFor();
  await page.screenshot({ path: join(outDir, 'console-authorize.png') });
  await page.locator('.dialog-ux button.btn-done').first().click();
  await page.locator('.dialog-ux').waitFor({ state: 'detached' });
  const result = { tokenStatus: answer.status(), clientId: client.clientId };
  console.log(`Authorize as ${client.clientId}: token endpoint -> ${answer.status()}`);
  return result;
}
