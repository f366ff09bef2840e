// Helder's island loader (in place of Leptos's own, same protocol as Leptos 0.8's islands).
// When the browser is idle after the first paint, it loads the wasm and wakes the islands one
// at a time, giving the page back to the phone between two of them: on a slow phone waking
// them all in one go was one task of 100–150 ms, during which a tap waited.
((js, wasm) => {
  const pause = () =>
    globalThis.scheduler && scheduler.yield
      ? scheduler.yield()
      : new Promise((resolve) => setTimeout(resolve, 0));
  // The `leptos-children` an island passes on, innermost last (Leptos sets `$$on_hydrate`).
  const passedOn = [];

  async function wake(island, mod) {
    const start = mod[island.dataset.component];
    if (!start) {
      console.warn(`Helder: no code for the island ${island.dataset.component}`);
      return;
    }
    const hook = passedOn[passedOn.length - 1];
    if (hook) hook();
    await pause();
    const done = start(island);
    if (done && done.then) await done;
  }

  async function walk(node, mod) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'leptos-island') await wake(node, mod);
    if (tag === 'leptos-children') passedOn.push(node.$$on_hydrate);
    for (const child of Array.from(node.children)) await walk(child, mod);
    if (tag === 'leptos-children') passedOn.pop();
  }

  const start = () =>
    import(js).then(async (mod) => {
      await mod.default({ module_or_path: wasm });
      mod.hydrate();
      window.__hydrateIsland = (el) => wake(el, mod);
      await walk(document.body, mod);
    });
  if ('requestIdleCallback' in window) requestIdleCallback(start);
  else start();
})
