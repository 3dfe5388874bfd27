// Takes the README's screenshots of the admin screens from a running demo (`./gemlink run`) into docs/screens/.
// Not part of the build: run it by hand after a change to the screens (docs/screens.md says how).
//   npm install --prefix /tmp/pw playwright-core && NODE_PATH=/tmp/pw/node_modules node tools/screenshots.cjs
const { chromium } = require('playwright-core');
const path = require('path');

const base = process.env.GEMLINK_BASE || 'http://localhost:8080';
const out = path.join(__dirname, '..', 'docs', 'screens');
const password = 'demo-password';
const fs = require('fs');

// The demo network has no orders at first: place a few through the partner API, as a storefront would, so that the
// dashboards and the order page show something (once: a second run finds them).
async function placeDemoOrders() {
  const env = fs.readFileSync(path.join(__dirname, '..', '.gemlink', 'demo.env'), 'utf8');
  const key = /GEMLINK_DEMO_DISTRIBUTOR_KEY=(\S+)/.exec(env)[1];
  const api = (url, init = {}) => fetch(base + '/api/v1' + url, {
    ...init, headers: { Authorization: 'Bearer ' + key, 'Content-Type': 'application/json' } });
  const existing = await (await api('/orders?size=1')).json();
  if (existing.items.length > 0) return;
  const products = (await (await api('/products?linked=true&size=100')).json()).items.filter(p => p.quantity > 2);
  const channels = ['SHOPIFY', 'ETSY', 'AMAZON', 'SHOPIFY', 'EBAY', 'SHOPIFY'];
  for (let i = 0; i < channels.length; i++) {
    const product = products[i % products.length];
    const response = await api('/orders', { method: 'POST', body: JSON.stringify({
      channel: channels[i], externalId: 'screens-' + (i + 1), currency: 'USD',
      shippingAddress: { name: 'Mia Chen', line1: '20 Pine St', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
      lines: [{ sku: product.sku, quantity: 1 + (i % 2), unitPrice: 199.0 + 10 * i }] }) });
    if (response.status !== 201) throw new Error('order ' + (i + 1) + ': ' + response.status + ' ' + await response.text());
  }
}

async function login(browser, email) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.goto(base + '/admin/');
  await page.fill('#j_username', email);
  await page.fill('#j_password', password);
  await Promise.all([page.waitForLoadState('networkidle'), page.click('#login-submit')]);
  return page;
}

async function shot(page, url, file, options = {}) {
  if (url) await page.goto(base + url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(800); // the charts animate in
  await page.screenshot({ path: path.join(out, file), fullPage: options.fullPage ?? false });
  console.log('wrote docs/screens/' + file);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  try {
    await placeDemoOrders();
    const vendor = await login(browser, 'vendor@demo.gemlink.io');
    await shot(vendor, '/admin/vendor/index.xhtml', 'vendor-dashboard.png');
    await shot(vendor, '/admin/catalog/products.xhtml', 'catalog.png');
    await vendor.goto(base + '/admin/feeds/feeds.xhtml', { waitUntil: 'networkidle' });
    const feedLink = vendor.locator('a[href*="feed.xhtml?id="]').first();
    const feedUrl = new URL(await feedLink.getAttribute('href'), vendor.url());
    await vendor.goto(feedUrl.href, { waitUntil: 'networkidle' });
    await vendor.getByRole('button', { name: 'Preview' }).click(); // the first rows a distributor would get
    await vendor.waitForLoadState('networkidle');
    await shot(vendor, null, 'feed-builder.png', { fullPage: true });
    await vendor.goto(base + '/admin/orders/orders.xhtml', { waitUntil: 'networkidle' });
    const orderLink = vendor.locator('a.order-link').first();
    await Promise.all([vendor.waitForLoadState('networkidle'), orderLink.click()]);
    await shot(vendor, null, 'order.png', { fullPage: true });

    const distributor = await login(browser, 'distributor@demo.gemlink.io');
    await shot(distributor, '/admin/distributor/index.xhtml', 'distributor-dashboard.png');
  } finally {
    await browser.close();
  }
})().catch(e => { console.error(e); process.exit(1); });
