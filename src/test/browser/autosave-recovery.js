const { chromium } = require('playwright-core');
const base = process.env.BASE || 'http://localhost:8080/';
async function login(page, user) {
  await page.fill('#loginForm\\:username', user);
  await page.fill('#loginForm\\:password', 'wijkzicht-demo-2026');
  await Promise.all([page.waitForNavigation(), page.click('#loginForm\\:login')]);
}
(async () => {
  const visitId = process.argv[2];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  page.on('pageerror', e => console.log('PAGEERROR', e.message));
  await page.goto(base + 'login.xhtml'); await login(page, 'demo-inspecteur');
  await page.goto(base + 'study/visit.xhtml?id=' + visitId);
  // start an interview with a GP
  await page.click('#interviewForm\\:role');
  await page.click('#interviewForm\\:role_items li[data-label="Huisarts"]');
  await Promise.all([page.waitForNavigation(), page.click('#interviewForm\\:start')]);
  console.log('interview url', page.url());
  const ta = page.locator('textarea[data-field="note"]').first();
  await ta.click(); await ta.type('Eerste notitie tijdens het gesprek.');
  await page.waitForTimeout(3000);
  console.log('status after typing:', (await page.locator('[data-saved-q]').first().innerText()));
  await page.reload();
  console.log('after reload:', await page.locator('textarea[data-field="note"]').first().inputValue());
  // session expires behind the open page
  await context.clearCookies();
  const ta2 = page.locator('textarea[data-field="note"]').first();
  await ta2.click(); await ta2.press('End'); await ta2.type(' Aangevuld na verlopen sessie.');
  await page.waitForTimeout(4000);
  console.log('page after failed autosave:', page.url());
  if (page.url().includes('login')) {
    await login(page, 'demo-inspecteur');
    console.log('after login:', page.url());
    await page.waitForTimeout(500);
    console.log('banner visible:', await page.isVisible('#restoreBanner'));
    await page.screenshot({ path: '/tmp/shots/restore.png' });
    await page.click('#restoreButton');
    await page.waitForTimeout(3000);
    await page.reload();
    console.log('after restore+reload:', await page.locator('textarea[data-field="note"]').first().inputValue());
  }
  await browser.close();
})();
