// npm run bench: the start-up and typing numbers for the README, measured in headless Chromium.
//
// 1. Script tag to interactive phone field. A minimal page: a tiny classic script that records
//    performance.now(), then <sms-lock mode="inline"> and <script src="/sms-lock.min.js">. The clock
//    stops when #phone exists in the element's shadow root (customElements.whenDefined, then
//    updateComplete, then requestAnimationFrame polling if the field is still not there). Median of
//    31 cold loads: a new browser context for each, HTTP cache disabled, no-store responses. The same
//    for a bare lit element (lit plus one <input>, bundled the same way) as the baseline.
// 2. One keystroke in the phone field. Chosen: the real field, because that is what a user waits for.
//    A US number is typed digit by digit: the field's value is set to what it showed plus one digit, an
//    `input` event (insertText) is dispatched, and the element's update is awaited; the time for the
//    whole number divided by its digits is one sample. Also reported: formatPhoneInput alone, from
//    src/phone bundled with esbuild, on the same sequence of values.
//    Pages are cross-origin isolated so performance.now() has 5 µs resolution instead of 100 µs.
// 3. Where start-up goes: the same pages traced (scripts/harness/startup-trace.mjs): the time until the
//    widget's script starts to run (fetched, parsed, compiled) and from then to the field, that split by
//    user-timing marks the traced pages set around the element's start (its top level, constructing and
//    connecting, the first update's willUpdate, render and stamping); the task of the first layout after
//    the field; the main thread's time split into compiling, running script, style and layout…; and the
//    longest task during start-up with the CPU slowed 4× (a long task, over 50 ms, is input the page
//    cannot answer).
//
// Writes bench/results.json.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ensureBundleBuilt, root } from './harness/builds.mjs';
import { launchChromium, serveStatic } from './harness/demo-stack.mjs';
import { LONG_TASK_MS, traceStartup, waitForMark } from './harness/startup-trace.mjs';

// Times here move by half between runs (a shared 2-vCPU VM): 31 interleaved pairs, and the spread of
// the pairs' ratios beside the median, so a run says how far to trust it.
const LOADS = 31;
// Traced loads (the trace itself slows the page, so they are not the timed ones above): the start-up split,
// and the long tasks with the CPU slowed 4× as on a mid-range phone.
const TRACED_LOADS = 5;
const THROTTLING = 4;
const KEYSTROKE_SAMPLES = 41;
// Cold start at most twice a bare lit element's, measured in the same run; a keystroke within 0.1 ms.
const AIMS = { loadRatio: 2, keystrokeMs: 0.1, longTaskMs: LONG_TASK_MS };

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at - Math.floor(at));
};
const median = (values) => quantile(values, 0.5);
const round = (value, digits = 3) => Number(value.toFixed(digits));

async function bundle(contents, globalName) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName,
    target: 'es2022',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

// Started before anything else on the page; stops the clock once the field is there.
const markScript = (tag) => `
window.__bench = { t0: performance.now() };
performance.mark('bench:start');
(() => {
  const done = () => {
    const field = document.querySelector('${tag}')?.shadowRoot?.querySelector('#phone');
    if (!field) return false;
    performance.mark('bench:ready');
    window.__bench.sinceNavigation = performance.now();
    window.__bench.ready = window.__bench.sinceNavigation - window.__bench.t0;
    return true;
  };
  const poll = () => { if (!done()) requestAnimationFrame(poll); };
  customElements.whenDefined('${tag}')
    .then(() => document.querySelector('${tag}').updateComplete)
    .then(poll);
})();
`;

// On the traced pages only: user-timing marks around the element's start (`bench:define` when the script's
// top level registers it, `bench:upgraded` once constructed and connected, then each of the lit lifecycle
// methods of its first update, `bench:<method>` and `bench:<method>-end`), read back by startup-trace.mjs.
const lifecycleScript = (tag) => `
(() => {
  const mark = (name) => performance.mark('bench:' + name);
  const define = customElements.define;
  customElements.define = function (name, constructor, options) {
    if (name !== '${tag}') return define.call(this, name, constructor, options);
    mark('define');
    for (const method of ['willUpdate', 'update', 'render']) {
      const own = constructor.prototype[method];
      constructor.prototype[method] = function (...args) {
        mark(method);
        const result = own.apply(this, args);
        mark(method + '-end');
        return result;
      };
    }
    const result = define.call(this, name, constructor, options);
    mark('upgraded');
    return result;
  };
})();
`;

const page = (title, element, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<script src="/mark-${title}.js"></script>
${element}
<script src="${script}"></script>
</body></html>`;

const js = (body) => ({ type: 'text/javascript; charset=utf-8', body });
const htmlDoc = (body) => ({ type: 'text/html; charset=utf-8', body });

// BENCH_DIST=<folder>: another build's one-file script (and phone/ beside it), to compare before and after a change.
const distDir = process.env.BENCH_DIST ?? join(root, 'dist');
const bundlePath = process.env.BENCH_DIST ? join(distDir, 'sms-lock.min.js') : ensureBundleBuilt();
const smsLockJs = await readFile(bundlePath, 'utf8');
// With the compile hint that scripts/build.mjs puts at the top of the one-file scripts: the same build for both.
const bareJs = `//# allFunctionsCalledOnLoad\n${await bundle(
  `import { LitElement, html, css } from 'lit';
   class BareEl extends LitElement {
     static styles = css\`input { font-size: 16px; }\`;
     render() { return html\`<label for="phone">Phone number</label><input id="phone" type="tel" autocomplete="tel">\`; }
   }
   customElements.define('bare-el', BareEl);`,
  undefined,
)}`;
// BENCH_COMPARE=<folder>: another build's one-file script (and phone/ beside it) loaded in the same run,
// interleaved with this one: on a noisy machine the only fair before/after.
const compareDir = process.env.BENCH_COMPARE;
const compareRoutes = {};
if (compareDir) {
  compareRoutes['/compare/sms-lock.min.js'] = js(await readFile(join(compareDir, 'sms-lock.min.js'), 'utf8'));
  for (const file of await readdir(join(compareDir, 'phone')))
    compareRoutes[`/compare/phone/${file}`] = js(await readFile(join(compareDir, 'phone', file), 'utf8'));
  compareRoutes['/mark-compare.js'] = js(markScript('sms-lock'));
  compareRoutes['/mark-traced-compare.js'] = js(markScript('sms-lock') + lifecycleScript('sms-lock'));
  for (const name of ['compare', 'traced-compare'])
    compareRoutes[`/${name}.html`] = htmlDoc(
      page(name, '<sms-lock mode="inline" client-id="x" domain="http://127.0.0.1:1" default-country="US"></sms-lock>', '/compare/sms-lock.min.js'),
    );
}
const pages = compareDir ? ['sms-lock', 'compare', 'bare-el'] : ['sms-lock', 'bare-el'];
const phoneJs = await bundle(`export { formatPhoneInput } from './src/phone/format.ts'; export { loadMetadata } from './src/phone/metadata.ts';`, 'BenchPhone');

// From dist/: the one-file script fetches the phone rules of a calling code from dist/phone/.
const site = await serveStatic(distDir, {
  headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
  routes: {
    '/sms-lock.min.js': js(smsLockJs),
    '/bare-el.js': js(bareJs),
    '/phone.js': js(phoneJs),
    '/mark-sms-lock.js': js(markScript('sms-lock')),
    '/mark-bare-el.js': js(markScript('bare-el')),
    '/mark-traced-sms-lock.js': js(markScript('sms-lock') + lifecycleScript('sms-lock')),
    '/mark-traced-bare-el.js': js(markScript('bare-el') + lifecycleScript('bare-el')),
    ...Object.fromEntries(
      ['sms-lock', 'traced-sms-lock'].map((name) => [
        `/${name}.html`,
        htmlDoc(page(name, '<sms-lock mode="inline" client-id="x" domain="http://127.0.0.1:1" default-country="US"></sms-lock>', '/sms-lock.min.js')),
      ]),
    ),
    '/bare-el.html': htmlDoc(page('bare-el', '<bare-el></bare-el>', '/bare-el.js')),
    '/traced-bare-el.html': htmlDoc(page('traced-bare-el', '<bare-el></bare-el>', '/bare-el.js')),
    ...compareRoutes,
  },
});

const browser = await launchChromium().catch(async (error) => {
  await site.close();
  throw error;
});

async function coldLoad(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await tab.goto(`${site.url}${path}`);
    await waitForMark(cdp, 'bench:ready', 10_000);
    return await tab.evaluate(() => ({ ready: window.__bench.ready, sinceNavigation: window.__bench.sinceNavigation }));
  } finally {
    await context.close();
  }
}

async function keystrokes() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  try {
    const tab = await context.newPage();
    await tab.goto(`${site.url}/sms-lock.html`);
    await tab.waitForFunction(() => window.__bench?.ready !== undefined);
    await tab.addScriptTag({ url: '/phone.js' });
    // The US rules, which the element fetches at start-up, and the same for formatPhoneInput alone.
    if (smsLockJs.includes('SmsLockPhoneMetadata')) await tab.waitForFunction(() => window.SmsLockPhoneMetadata?.['1']);
    await tab.evaluate(() => window.BenchPhone.loadMetadata('1'));
    assert(await tab.evaluate(() => crossOriginIsolated), 'bench page is not cross-origin isolated');
    return await tab.evaluate(async (samples) => {
      const digits = '2133734253';
      const lock = document.querySelector('sms-lock');
      const field = lock.shadowRoot.querySelector('#phone');
      field.focus();

      // The element, as when typing: value = shown text + one digit, then an input event, then its render.
      async function typeNumber() {
        field.value = '';
        field.dispatchEvent(new InputEvent('input', { inputType: 'deleteContentBackward', bubbles: true, composed: true }));
        await lock.updateComplete;
        const start = performance.now();
        for (const digit of digits) {
          field.value += digit;
          field.setSelectionRange(field.value.length, field.value.length);
          field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: digit, bubbles: true, composed: true }));
          await lock.updateComplete;
        }
        const elapsed = performance.now() - start;
        if (field.value !== '(213) 373-4253') throw new Error(`field shows ${field.value}`);
        return elapsed / digits.length;
      }

      // formatPhoneInput alone, on the same values.
      const { formatPhoneInput } = window.BenchPhone;
      function formatNumber() {
        const start = performance.now();
        let shown = '';
        for (const digit of digits) shown = formatPhoneInput(shown + digit, shown.length + 1, 'US', 'insert').text;
        const elapsed = performance.now() - start;
        if (shown !== '(213) 373-4253') throw new Error(`formatted ${shown}`);
        return elapsed / digits.length;
      }

      // The first round pays for JIT compilation and the phone engine's first metadata lookups; it is not a keystroke.
      await typeNumber();
      formatNumber();
      const field_ = [];
      const format = [];
      for (let i = 0; i < samples; i++) {
        field_.push(await typeNumber());
        format.push(formatNumber());
      }
      return { field: field_, format };
    }, KEYSTROKE_SAMPLES);
  } finally {
    await context.close();
  }
}

// What "CPU 4× slower" means on this machine: Lighthouse's BenchmarkIndex (the algorithm of
// computeBenchmarkIndex in GoogleChrome/lighthouse core/lib/page-functions.js, Apache-2.0: a string
// built over and over, and an array copy, each for half a second), with and without the slowdown.
// Chrome DevTools calibrates its presets to 1000 for a mid-tier phone (Pixel 5) and 264 for a
// low-tier one (Moto G4 Power 2022).
export const DEVICE_INDEX = { midTierPhone: 1000, lowTierPhone: 264 };
async function benchmarkIndex(rate) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await tab.goto('about:blank');
    return await tab.evaluate(() => {
      const perSecond = (iterations, start) => Math.round(iterations / 10 / ((Date.now() - start) / 1000));
      const strings = () => {
        const start = Date.now();
        let iterations = 0;
        while (Date.now() - start < 500) {
          let text = '';
          for (let j = 0; j < 10000; j++) text += 'a';
          if (text.length === 1) throw new Error('keeps the loop from being optimized away');
          iterations++;
        }
        return perSecond(iterations, start);
      };
      const arrays = () => {
        const a = [];
        const b = [];
        for (let i = 0; i < 100000; i++) a[i] = b[i] = i;
        const start = Date.now();
        let iterations = 0;
        while (iterations % 10 !== 0 || Date.now() - start < 500) {
          const [from, to] = iterations % 2 === 0 ? [a, b] : [b, a];
          for (let j = 0; j < from.length; j++) to[j] = from[j];
          iterations++;
        }
        return perSecond(iterations, start);
      };
      return (strings() + arrays()) / 2;
    });
  } finally {
    await context.close();
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

try {
  const loads = Object.fromEntries(pages.map((name) => [name, []]));
  // Interleaved, so that background load on the machine hits all alike.
  for (let i = 0; i < LOADS; i++) {
    for (const name of pages) loads[name].push(await coldLoad(`/${name}.html`));
  }
  const typed = await keystrokes();
  const cpuIndex = { unthrottled: await benchmarkIndex(1), throttled: await benchmarkIndex(THROTTLING) };
  const traces = Object.fromEntries(pages.map((name) => [name, { normal: [], throttled: [] }]));
  for (let i = 0; i < TRACED_LOADS; i++) {
    for (const name of pages) {
      traces[name].normal.push(await traceStartup(browser, `${site.url}/traced-${name}.html`));
      traces[name].throttled.push(await traceStartup(browser, `${site.url}/traced-${name}.html`, { cpuThrottling: THROTTLING }));
    }
  }
  // Median of each part over the traced loads.
  const splitOf = (runs) => ({
    ...Object.fromEntries(Object.keys(runs[0].mainThreadMs).map((kind) => [kind, round(median(runs.map((run) => run.mainThreadMs[kind])), 1)])),
    backgroundCompile: round(median(runs.map((run) => run.backgroundCompileMs)), 1),
    ...Object.fromEntries(
      ['untilScriptRuns', 'topLevel', 'construct', 'willUpdate', 'render', 'stamp', 'scriptToField', 'firstFrame'].map((part) => {
        const values = runs.map((run) => run.phasesMs[part]).filter((value) => value !== undefined);
        return [part, values.length ? round(median(values), 1) : null];
      }),
    ),
  });
  const KIND_NAMES = { compile: 'compiling', script: 'script', styleLayout: 'style and layout', gc: 'garbage collection', other: 'browser work' };
  const longTasksOf = (runs) => {
    const kinds = runs.map((run) => run.longestTaskKind);
    const usual = kinds.sort((a, b) => kinds.filter((k) => k === b).length - kinds.filter((k) => k === a).length)[0];
    return {
      longestTaskMs: round(median(runs.map((run) => run.longestTaskMs)), 1),
      longestTaskMostly: KIND_NAMES[usual] ?? usual,
      longTasksPerLoad: round(median(runs.map((run) => run.longTasksMs.length)), 1),
    };
  };

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      node: process.version,
      chromium: browser.version(),
      benchmarkIndex: cpuIndex,
      devicesIndex: DEVICE_INDEX,
    },
    bundle: { file: bundlePath, bytes: Buffer.byteLength(smsLockJs), gzipBytes: gzipSync(smsLockJs, { level: 9 }).length },
    baselineBundle: { bytes: Buffer.byteLength(bareJs), gzipBytes: gzipSync(bareJs, { level: 9 }).length },
    aims: AIMS,
    load: {
      method: `script tag to #phone in the shadow root, median of ${LOADS} cold loads`,
      smsLockMs: round(median(loads['sms-lock'].map((l) => l.ready)), 1),
      bareLitMs: round(median(loads['bare-el'].map((l) => l.ready)), 1),
      ratio: round(median(loads['sms-lock'].map((l) => l.ready)) / median(loads['bare-el'].map((l) => l.ready)), 2),
      // Each <sms-lock> load over the bare element's load beside it: the middle half of those ratios.
      pairRatios: (() => {
        const ratios = loads['sms-lock'].map((l, i) => l.ready / loads['bare-el'][i].ready);
        return { lowerQuartile: round(quantile(ratios, 0.25), 2), median: round(median(ratios), 2), upperQuartile: round(quantile(ratios, 0.75), 2) };
      })(),
      // The same moment counted from the start of navigation (request, response, HTML parsing included).
      sinceNavigationMs: {
        smsLock: round(median(loads['sms-lock'].map((l) => l.sinceNavigation)), 1),
        bareLit: round(median(loads['bare-el'].map((l) => l.sinceNavigation)), 1),
      },
      samplesMs: {
        smsLock: loads['sms-lock'].map((l) => round(l.ready, 1)),
        bareLit: loads['bare-el'].map((l) => round(l.ready, 1)),
      },
    },
    startup: {
      method: `Chrome trace, renderer main thread's own time from the script tag to the phone field, median of ${TRACED_LOADS} traced loads; long tasks (> ${LONG_TASK_MS} ms) from the script tag to 0.5 s (CPU time) after the field, CPU ${THROTTLING}× slower`,
      smsLock: { splitMs: splitOf(traces['sms-lock'].normal), throttled: longTasksOf(traces['sms-lock'].throttled) },
      bareLit: { splitMs: splitOf(traces['bare-el'].normal), throttled: longTasksOf(traces['bare-el'].throttled) },
    },
    keystroke: {
      method: `US number typed into the real field (the input event and all the element does with it, a render only when the country or the error changes), per digit; median of ${KEYSTROKE_SAMPLES} numbers`,
      fieldMs: round(median(typed.field), 4),
      formatPhoneInputMs: round(median(typed.format), 4),
      maxFieldMs: round(Math.max(...typed.field), 4),
    },
  };

  await mkdir(join(root, 'bench'), { recursive: true });
  // A comparison run (BENCH_DIST, BENCH_COMPARE) only prints.
  if (!process.env.BENCH_DIST && !compareDir) await writeFile(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const ok = (value, aim) => (value <= aim ? 'ok' : 'over');
  const rows = [
    ['measure', 'median', 'aim', ''],
    ['script tag → phone field, <sms-lock>', `${results.load.smsLockMs} ms`, '', ''],
    ['script tag → field, bare lit element', `${results.load.bareLitMs} ms`, 'baseline', ''],
    ['ratio <sms-lock> / bare lit element', `${results.load.ratio}×`, `≤ ${AIMS.loadRatio}×`, ok(results.load.ratio, AIMS.loadRatio)],
    [
      '  … load by load, middle half',
      `${results.load.pairRatios.lowerQuartile}–${results.load.pairRatios.upperQuartile}×`,
      `median ${results.load.pairRatios.median}×`,
      '',
    ],
    ['navigation → phone field, <sms-lock>', `${results.load.sinceNavigationMs.smsLock} ms`, '', ''],
    ['navigation → field, bare lit element', `${results.load.sinceNavigationMs.bareLit} ms`, '', ''],
    ...[
      ['untilScriptRuns', 'traced: script tag → the script runs'],
      ['scriptToField', 'traced: the script runs → phone field'],
      ['topLevel', '  its top level, to customElements.define'],
      ['construct', '  constructing, connecting (styles adopted)'],
      ['willUpdate', '  first update: willUpdate()'],
      ['render', '  first update: render()'],
      ['stamp', '  first update: lit stamps the templates'],
      ['firstFrame', 'traced: first layout after the field (its task)'],
    ].map(([part, label]) => [`  ${label}`, `${results.startup.smsLock.splitMs[part]} ms`, `lit: ${results.startup.bareLit.splitMs[part]} ms`, '']),
    ...['compile', 'script', 'styleLayout', 'gc', 'other', 'backgroundCompile'].map((kind) => [
      `  start-up: ${{ compile: 'compiling (main thread)', script: 'running script', styleLayout: 'style and layout', gc: 'garbage collection', other: 'other (HTML, loading)', backgroundCompile: 'compiling (background)' }[kind]}`,
      `${results.startup.smsLock.splitMs[kind]} ms`,
      `lit: ${results.startup.bareLit.splitMs[kind]} ms`,
      '',
    ]),
    [
      `longest start-up task, CPU ${THROTTLING}× slower`,
      `${results.startup.smsLock.throttled.longestTaskMs} ms (${results.startup.smsLock.throttled.longestTaskMostly})`,
      `≤ ${LONG_TASK_MS} ms (lit: ${results.startup.bareLit.throttled.longestTaskMs} ms, ${results.startup.bareLit.throttled.longestTaskMostly})`,
      ok(results.startup.smsLock.throttled.longestTaskMs, LONG_TASK_MS),
    ],
    ['one keystroke in the phone field', `${results.keystroke.fieldMs} ms`, `≤ ${AIMS.keystrokeMs} ms`, ok(results.keystroke.fieldMs, AIMS.keystrokeMs)],
    ['formatPhoneInput alone', `${results.keystroke.formatPhoneInputMs} ms`, '', ''],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, row] of rows.entries()) {
    console.log(
      row
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
  console.log(
    `\nbundle ${(results.bundle.bytes / 1024).toFixed(1)} KiB, ${(results.bundle.gzipBytes / 1024).toFixed(1)} KiB gzip; ` +
      `${results.machine.cpus} × ${results.machine.cpu}; Chromium ${results.machine.chromium}`,
  );
  console.log(
    `CPU: BenchmarkIndex ${Math.round(cpuIndex.unthrottled)}, ${Math.round(cpuIndex.throttled)} when ${THROTTLING}× slower ` +
      `(DevTools' presets: mid-tier phone ${DEVICE_INDEX.midTierPhone}, low-tier phone ${DEVICE_INDEX.lowTierPhone})`,
  );
  if (compareDir) {
    const compared = median(loads.compare.map((l) => l.ready));
    const split = splitOf(traces.compare.normal);
    console.log(
      `\nBENCH_COMPARE ${compareDir}: script tag → phone field ${round(compared, 1)} ms (this build ${results.load.smsLockMs} ms: ` +
        `${round((results.load.smsLockMs / compared) * 100 - 100, 1)}%); main thread compiling ${split.compile} ms, running script ${split.script} ms, ` +
        `style and layout ${split.styleLayout} ms; longest task at ${THROTTLING}× ${longTasksOf(traces.compare.throttled).longestTaskMs} ms`,
    );
  }
  if (!process.env.BENCH_DIST && !compareDir) console.log('written to bench/results.json');
} finally {
  await browser.close();
  await site.close();
}
