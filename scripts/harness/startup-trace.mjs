// Where a page's start-up time goes, read from a Chrome trace: from the `bench:start` user-timing mark
// (set by the page before the widget's script tag) to the `bench:ready` mark (the phone field exists),
// the time until the widget's script starts to run and from then to the field; the renderer main
// thread's time split into compiling, running script, style and layout, garbage collection and the rest;
// and the long tasks (> 50 ms) from the start mark until `settleMs` after ready, so that work deferred
// to idle time or a timer still counts as start-up.

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'disabled-by-default-v8.compile', 'blink.user_timing'];

export const LONG_TASK_MS = 50;

/** What a trace event's own time (children excluded) counts as. */
function kindOf(name) {
  if (/^V8\.(Parse|PreParse|Compile|Deserialize)|^v8\.compile/i.test(name)) return 'compile';
  if (/GC|Scavenge|Mark(Compact)?/.test(name)) return 'gc';
  if (/^(UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|UpdateLayer|HitTest|RecalcStyle|ScheduleStyleRecalculation)$/.test(name)) return 'styleLayout';
  if (
    /^(EvaluateScript|FunctionCall|RunMicrotasks|v8\.(run|callFunction|callAsConstructor|evaluateModule)|FireIdleCallback|TimerFire|FireAnimationFrame|V8\.Execute)/.test(
      name,
    )
  )
    return 'script';
  return 'other';
}

/**
 * Resolves once the page has set the user-timing mark `name`. Asked over CDP with a one-line expression:
 * Playwright's waitForFunction would first inject its own script (over 100 ms of main-thread work at 4×),
 * which landed in the start-up window as the page's longest task.
 */
export async function waitForMark(cdp, name, timeoutMs = 30_000) {
  const expression = `new Promise((resolve, reject) => {
    const seen = () => performance.getEntriesByName(${JSON.stringify(name)}).length > 0;
    if (seen()) return resolve(true);
    const observer = new PerformanceObserver(() => { if (seen()) { observer.disconnect(); resolve(true); } });
    observer.observe({ type: 'mark' });
    setTimeout(() => reject(new Error('no mark ${name} after ${timeoutMs} ms')), ${timeoutMs});
  })`;
  const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
}

/**
 * Loads `url` in a fresh context of `browser` (Chromium, Playwright) with the HTTP cache off and the CPU
 * slowed `cpuThrottling` times, and reads the trace.
 */
export async function traceStartup(browser, url, { cpuThrottling = 1, settleMs = 500, viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (cpuThrottling > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    // A page of the same origin first, so that its renderer exists when tracing starts (a renderer
    // started after it is sometimes missing from the trace).
    await tab.goto(new URL('/not-a-page', url).href);
    await browser.startTracing(tab, { categories: CATEGORIES });
    await tab.goto(url);
    await waitForMark(cdp, 'bench:ready');
    await tab.waitForTimeout(settleMs * cpuThrottling);
    // The page's own clock for the two marks: the trace can miss the first one, set before tracing reached
    // the page's new renderer.
    // …and the first of each lifecycle mark the page may have set (see lifecycleScript in scripts/bench.mjs).
    const marks = await tab.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((entry) => entry.name.startsWith('bench:'))
          .reverse()
          .map((entry) => [entry.name.slice('bench:'.length), entry.startTime]),
      ),
    );
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8'));
    return readStartup(traceEvents, settleMs * cpuThrottling, marks);
  } finally {
    await context.close();
  }
}

export function readStartup(events, settleMs, marks) {
  const mark = (name) => events.find((event) => event.name === name && event.cat?.includes('blink.user_timing'));
  let start = mark('bench:start');
  let ready = mark('bench:ready');
  const apart = (marks.ready - marks.start) * 1000;
  if (!start && ready) start = { ...ready, ts: ready.ts - apart };
  if (start && !ready) ready = { ...start, ts: start.ts + apart };
  if (!start || !ready) throw new Error('the trace has neither the bench:start nor the bench:ready mark');
  const { pid, tid } = start;
  const main = events
    .filter((event) => event.ph === 'X' && event.pid === pid && event.tid === tid && typeof event.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  // Own time of each event: its duration less its children's (events nest on one thread).
  const split = { compile: 0, script: 0, styleLayout: 0, gc: 0, other: 0 };
  const stack = [];
  const close = (event) => {
    const own = event.dur - event.childTime;
    // Only what happened between the marks, clipped to them.
    const from = Math.max(event.ts, start.ts);
    const to = Math.min(event.ts + event.dur, ready.ts);
    if (to > from && own > 0) split[kindOf(event.name)] += own * ((to - from) / event.dur);
  };
  // What each task spent its own time on, to say what a long task was.
  const taskKinds = new Map();
  const closeInTask = (entry) => {
    close(entry);
    if (!entry.task) return;
    const kinds = taskKinds.get(entry.task) ?? {};
    const kind = kindOf(entry.name);
    kinds[kind] = (kinds[kind] ?? 0) + entry.dur - entry.childTime;
    taskKinds.set(entry.task, kinds);
  };
  for (const event of main) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) closeInTask(stack.pop());
    if (stack.length) stack.at(-1).childTime += event.dur;
    const task = stack[0]?.task ?? (event.name === 'RunTask' ? event : undefined);
    stack.push({ ...event, childTime: 0, task });
  }
  while (stack.length) closeInTask(stack.pop());

  // Script streaming: parsing and compiling off the main thread while the page goes on.
  const background = events
    .filter((event) => event.ph === 'X' && !(event.pid === pid && event.tid === tid) && /parseOnBackground|RunScriptStreamingTask/i.test(event.name))
    .filter((event) => event.ts >= start.ts && event.ts <= ready.ts)
    .reduce((sum, event) => sum + event.dur, 0);

  // The widget's script: the first one the main thread evaluates after the page's mark script. Before it,
  // the page waits for the script to be fetched, parsed and compiled (streamed on a background thread when
  // large); from it, the script runs to the field.
  const evaluation = main.find(
    (event) => event.name === 'EvaluateScript' && event.ts >= start.ts && event.ts <= ready.ts && !/\/mark-/.test(event.args?.data?.url ?? ''),
  );
  // The task that first lays the page out after the field exists (style, layout, paint).
  const firstLayout = main.find((event) => event.name === 'Layout' && event.ts >= ready.ts);
  const firstFrame =
    firstLayout && main.find((event) => event.name === 'RunTask' && event.ts <= firstLayout.ts && event.ts + event.dur >= firstLayout.ts + firstLayout.dur);
  // The page's lifecycle marks, on the page's clock: the script's top level, constructing and connecting
  // the element, and its first update.
  const between = (from, to) => (marks[from] !== undefined && marks[to] !== undefined ? Number((marks[to] - marks[from]).toFixed(1)) : undefined);
  const evaluationAt = evaluation && marks.start + (evaluation.ts - start.ts) / 1000;
  const ms = (micro) => Number((micro / 1000).toFixed(1));
  const phasesMs = {
    untilScriptRuns: evaluation ? ms(evaluation.ts - start.ts) : undefined,
    topLevel: evaluationAt !== undefined && marks.define !== undefined ? Number((marks.define - evaluationAt).toFixed(1)) : undefined,
    construct: between('define', 'upgraded'),
    willUpdate: between('willUpdate', 'willUpdate-end'),
    render: between('render', 'render-end'),
    stamp:
      between('update', 'update-end') !== undefined && between('render', 'render-end') !== undefined
        ? Number((between('update', 'update-end') - between('render', 'render-end')).toFixed(1))
        : undefined,
    scriptToField: evaluation ? ms(ready.ts - evaluation.ts) : undefined,
    firstFrame: firstFrame ? ms(firstFrame.dur) : undefined,
  };

  const until = ready.ts + settleMs * 1000;
  const taskEvents = main.filter((event) => event.name === 'RunTask' && event.ts + event.dur >= start.ts && event.ts <= until);
  const tasks = taskEvents.map((event) => event.dur / 1000);
  const longTasks = tasks.filter((duration) => duration > LONG_TASK_MS);
  const longest = taskEvents.reduce((max, event) => (!max || event.dur > max.dur ? event : max), undefined);
  const longestKinds = Object.entries(taskKinds.get(longest) ?? {}).sort((a, b) => b[1] - a[1]);
  return {
    readyMs: ms(ready.ts - start.ts),
    /**
     * Script tag → the script runs (`untilScriptRuns`: fetching, parsing, compiling); its top level to
     * customElements.define (`topLevel`); constructing and connecting the element (`construct`); the first
     * update's willUpdate, render and the rest of update, lit stamping the templates (`stamp`); the script
     * running → the field (`scriptToField`); the task of the first layout after the field (`firstFrame`).
     * A part the page has no marks for is undefined.
     */
    phasesMs,
    mainThreadMs: Object.fromEntries(Object.entries(split).map(([kind, micro]) => [kind, ms(micro)])),
    backgroundCompileMs: ms(background),
    longTasksMs: longTasks.map((duration) => Number(duration.toFixed(1))),
    longestTaskMs: Number(Math.max(0, ...tasks).toFixed(1)),
    /** What the longest task mostly did: compile, script, styleLayout, gc or other. */
    longestTaskKind: longestKinds[0]?.[0] ?? 'other',
  };
}
