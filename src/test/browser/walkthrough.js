// A new user's path: coordinator creates a study and plans a visit; the inspector runs two interviews
// and rates every norm. Times each phase. Screenshots in /tmp/shots/walk-*.png.
const { chromium } = require('playwright-core');
const base = process.env.BASE || 'http://localhost:8080/';
const title = 'Wandeling ' + Date.now();
function t0() { return Date.now(); }
async function login(page, user) {
  await page.goto(base + 'login.xhtml');
  await page.fill('#loginForm\\:username', user);
  await page.fill('#loginForm\\:password', 'wijkzicht-demo-2026');
  await Promise.all([page.waitForNavigation(), page.click('#loginForm\\:login')]);
}
async function pick(page, menuId, label) {
  await page.click('#' + menuId.replace(/:/g, '\\:'));
  await page.click('#' + menuId.replace(/:/g, '\\:') + '_items li[data-label="' + label + '"]');
}
async function ajaxIdle(page) { await page.waitForTimeout(300); await page.waitForLoadState('networkidle'); }
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  const page = await ctx.newPage();
  page.on('pageerror', e => console.log('PAGEERROR', e.message));
  const times = {};
  // 1. coordinator: new study
  let s = t0();
  await login(page, 'demo-coordinator');
  await page.goto(base + 'study/edit.xhtml');
  await page.fill('#studyForm\\:title', title);
  await page.fill('#studyForm\\:startsOn_input', '01-01-2026'); await page.keyboard.press('Escape');
  await page.fill('#studyForm\\:endsOn_input', '31-12-2026'); await page.keyboard.press('Escape');
  await page.click('#studyForm\\:framework');
  await page.click('#studyForm\\:framework_items li:has-text("samenwerking")');
  await page.type('#studyForm\\:municipality_input', 'Hout', { delay: 80 });
  await page.click('#studyForm\\:municipality_panel li:has-text("Houten")');
  await page.click('#studyForm\\:addArea'); await ajaxIdle(page);
  await page.click('#studyForm\\:inspectors');
  await page.click('#studyForm\\:inspectors_panel li:has-text("demo-inspecteur") .ui-chkbox-box');
  await page.keyboard.press('Escape');
  await Promise.all([page.waitForNavigation(), page.click('#studyForm\\:save')]);
  times.study = (t0() - s) / 1000;
  console.log('after save:', page.url());
  // find the study id
  await page.goto(base + 'study/list.xhtml');
  const href = await page.locator('a:has-text("' + title + '")').first().getAttribute('href').catch(() => null);
  console.log('study link', href);
  // 2. plan a visit
  s = t0();
  await page.goto(base + (href ? href.replace(/^\//, '').replace(/^.*?study\//, 'study/') : 'study/list.xhtml'));
  await pick(page, 'planForm:area', 'Houten'); await ajaxIdle(page);
  await page.click('#planForm\\:location');
  await page.click('#planForm\\:location_items li:has-text("De Linde")');
  await page.fill('#planForm\\:date_input', '10-03-2026'); await page.keyboard.press('Escape');
  await page.click('#planForm\\:inspectors');
  await page.click('#planForm\\:inspectors_panel li:has-text("Demo Inspecteur") .ui-chkbox-box');
  await page.keyboard.press('Escape');
  await page.click('#planForm\\:plan'); await ajaxIdle(page);
  times.plan = (t0() - s) / 1000;
  const visitHref = await page.locator('#visitsForm a:has-text("De Linde")').first().getAttribute('href');
  console.log('visit', visitHref);
  // 3. inspector: interviews
  await ctx.clearCookies();
  s = t0();
  await login(page, 'demo-inspecteur');
  await page.goto(base + visitHref.replace(/^.*?study\//, 'study/'));
  await page.click('button.step:has-text("In uitvoering")'); await ajaxIdle(page);
  for (const role of ['Huisarts', 'Wijkverpleegkundige']) {
    await pick(page, 'interviewForm:role', role);
    await Promise.all([page.waitForNavigation(), page.click('#interviewForm\\:start')]);
    const notes = page.locator('textarea[data-field="note"]');
    const n = await notes.count();
    for (let i = 0; i < n; i++) {
      await notes.nth(i).click();
      await notes.nth(i).type('Antwoord ' + (i + 1) + ' van de ' + role.toLowerCase() + '.', { delay: 5 });
    }
    const radios = page.locator('.answer-value .ui-radiobutton-box');
    if (await radios.count() > 0) { await radios.first().click(); }
    await page.waitForTimeout(2500);
    console.log(role, 'answered', n, 'saved statuses', await page.locator('[data-state="saved"]').count());
    await page.screenshot({ path: '/tmp/shots/walk-interview-' + role + '.png' });
    await Promise.all([page.waitForNavigation(), page.click('a:has-text("Terug")')]);
  }
  times.interviews = (t0() - s) / 1000;
  // 4. rate every norm
  s = t0();
  await Promise.all([page.waitForNavigation(), page.click('#norms a:has-text("Beoordelen")')]);
  let rated = 0;
  for (let k = 0; k < 20; k++) {
    if (!page.url().includes('finding.xhtml')) break;
    await page.locator('#findingForm .ui-radiobutton-box').nth(rated % 3).click();
    await page.fill('#findingForm\\:motivation', 'Motivering ' + (rated + 1) + ': zo gezien tijdens het bezoek.');
    const quote = page.locator('#answersForm button:has-text("Gebruik als onderbouwing")');
    if (await quote.count() > 0) { await quote.first().click(); await ajaxIdle(page); }
    await Promise.all([page.waitForNavigation(), page.click('#findingForm\\:saveNext')]);
    rated++;
  }
  times.rating = (t0() - s) / 1000;
  console.log('rated', rated, 'now at', page.url());
  await page.screenshot({ path: '/tmp/shots/walk-visit.png', fullPage: true });
  console.log('unrated text:', await page.locator('#unrated').innerText());
  console.log('TIMES (s)', JSON.stringify(times));
  await browser.close();
})();
