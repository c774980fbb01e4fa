// gatherer's page: today's history, one section per collector, one plot per sample name.
//
// The daemon puts today's file names in the page (the JSON in #data); this script fetches
// them from history/DAY/ (relative to the page, so the secret is in no script), parses the
// CSV (RFC 4180), joins a collector's parts (cpu.csv, cpu.2.csv, ...), groups the columns
// by sample name (the header text before `{`) and draws each group with uPlot. Series
// whose sample name ends in `_total` are counters: drawn as per-second rates. Dragging
// across a plot zooms every plot to that time range; a double click zooms back out.
//
// For tests and the curious, each plot's element carries data-points (the points drawn),
// and the body data-state ("ready" or "error") and data-plots (how many plots).
"use strict";

(function () {
  const body = document.body;
  const status = document.getElementById("status");
  const main = document.getElementById("plots");

  function fail(message) {
    body.dataset.state = "error";
    status.textContent = message;
    console.error("gatherer page: " + message);
  }

  let data;
  try {
    data = JSON.parse(document.getElementById("data").textContent);
  } catch (e) {
    fail("the page's data is not JSON: " + e.message);
    return;
  }
  if (data.host) {
    document.title = "gatherer on " + data.host;
    document.getElementById("title").textContent = "gatherer on " + data.host;
  }
  if (typeof uPlot !== "function") {
    fail("the chart library (uplot/uPlot.iife.min.js) did not load");
    return;
  }
  if (!data.history) {
    document.getElementById("history-link").hidden = true;
    status.textContent = "The history is off: gatherer keeps samples on disk, for this page to plot, only with --history-dir.";
    body.dataset.plots = "0";
    body.dataset.state = "ready";
    return;
  }
  const collectors = Object.keys(data.collectors || {}).sort();
  if (collectors.length === 0) {
    status.textContent = "No samples yet today (" + data.day + ", UTC).";
    body.dataset.plots = "0";
    body.dataset.state = "ready";
    return;
  }

  // One CSV text: an array of rows, each an array of fields. A last line without its
  // newline may be half written (the file is being appended to): it is left out.
  function parseCsv(text) {
    const end = text.endsWith("\n") ? text.length : text.lastIndexOf("\n") + 1;
    const rows = [];
    let row = [];
    let i = 0;
    while (i < end) {
      let field = "";
      if (text.charCodeAt(i) === 34) {
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0 || q >= end) {
            field += text.slice(j, end);
            i = end;
            break;
          }
          field += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            field += '"';
            j = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      } else {
        let j = i;
        while (j < end) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          j++;
        }
        field = text.slice(i, j);
        i = j;
      }
      row.push(field);
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        if (i >= end) row.push("");
        continue;
      }
      // The end of the row (skipping anything malformed after a quoted field).
      while (i < end && text.charCodeAt(i) !== 10) i++;
      i++;
      rows.push(row);
      row = [];
    }
    return rows;
  }

  // A collector's parts, in order, as one table: times, and each series' values (null
  // where the series had none), in the order the series first appear.
  function join(parts) {
    const times = [];
    const series = new Map();
    for (const { file, rows } of parts) {
      if (rows.length === 0) continue;
      const header = rows[0];
      if (header[0] !== "time") throw new Error(file + ": the first column is not time");
      const columns = header.slice(1).map((name) => {
        if (!series.has(name)) series.set(name, new Array(times.length).fill(null));
        return series.get(name);
      });
      const all = Array.from(series.values());
      for (let r = 1; r < rows.length; r++) {
        const row = rows[r];
        const t = Number(row[0]);
        if (row[0] === "" || !Number.isFinite(t)) continue;
        times.push(t);
        for (const values of all) values.push(null);
        const at = times.length - 1;
        for (let k = 0; k < columns.length; k++) {
          const v = row[k + 1];
          if (v === undefined || v === "") continue;
          const x = Number(v);
          if (Number.isFinite(x)) columns[k][at] = x;
        }
      }
    }
    // Rows in time order (parts written across a restart may overlap).
    let sorted = true;
    for (let k = 1; k < times.length; k++) if (times[k] < times[k - 1]) sorted = false;
    if (!sorted) {
      const order = times.map((_, k) => k).sort((a, b) => times[a] - times[b]);
      const reorder = (xs) => order.map((k) => xs[k]);
      for (const [name, values] of series) series.set(name, reorder(values));
      return { times: reorder(times), series };
    }
    return { times, series };
  }

  // Per-second rates of a counter: against the last value seen; none across a reset.
  function rates(times, values) {
    const out = new Array(values.length).fill(null);
    let last = -1;
    for (let k = 0; k < values.length; k++) {
      if (values[k] === null) continue;
      if (last >= 0) {
        const dt = times[k] - times[last];
        const dv = values[k] - values[last];
        if (dt > 0 && dv >= 0) out[k] = dv / dt;
      }
      last = k;
    }
    return out;
  }

  const palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];

  // 1.5k, 2.3M, 4G: axis labels that stay short.
  function short(v) {
    if (v === null || v === undefined) return "";
    const a = Math.abs(v);
    const units = [[1e12, "T"], [1e9, "G"], [1e6, "M"], [1e3, "k"]];
    for (const [scale, unit] of units) if (a >= scale) return +(v / scale).toPrecision(4) + unit;
    return String(+v.toPrecision(4));
  }

  const plots = [];
  let syncing = false;
  // A zoom (or a zoom out) of one plot's time axis is every plot's.
  function zoomAll(u, key) {
    if (key !== "x" || syncing) return;
    syncing = true;
    try {
      const { min, max } = u.scales.x;
      for (const p of plots) if (p !== u) p.setScale("x", { min, max });
    } finally {
      syncing = false;
    }
  }

  function plotWidth(el) {
    return Math.max(300, Math.floor(el.getBoundingClientRect().width) || 480);
  }

  function draw(collector, table) {
    const section = document.createElement("section");
    const title = document.createElement("h2");
    title.textContent = collector;
    const grid = document.createElement("div");
    grid.className = "collector";
    section.append(title, grid);
    main.append(section);
    // Series grouped by sample name, in the order they first appear.
    const groups = new Map();
    for (const name of table.series.keys()) {
      const brace = name.indexOf("{");
      const sample = brace < 0 ? name : name.slice(0, brace);
      if (!groups.has(sample)) groups.set(sample, []);
      groups.get(sample).push(name);
    }
    let count = 0;
    for (const [sample, names] of groups) {
      const counter = sample.endsWith("_total");
      const el = document.createElement("div");
      el.className = "plot";
      el.dataset.collector = collector;
      el.dataset.sample = sample;
      grid.append(el);
      const columns = [table.times];
      const series = [{}];
      let points = 0;
      names.forEach((name, k) => {
        const raw = table.series.get(name);
        const values = counter ? rates(table.times, raw) : raw;
        for (const v of values) if (v !== null) points++;
        const brace = name.indexOf("{");
        columns.push(values);
        series.push({
          label: brace < 0 ? name : name.slice(brace + 1, name.endsWith("}") ? -1 : undefined),
          stroke: palette[k % palette.length],
          width: 1.25,
          points: { show: false },
          value: (u, v) => short(v),
        });
      });
      el.dataset.points = String(points);
      el.dataset.series = String(names.length);
      const opts = {
        title: sample + (counter ? " (per second)" : ""),
        width: plotWidth(el),
        height: 220,
        cursor: { sync: { key: "gatherer" } },
        scales: { x: { time: true } },
        series,
        axes: [{}, { size: 60, values: (u, ticks) => ticks.map(short) }],
        hooks: { setScale: [zoomAll] },
      };
      plots.push(new uPlot(opts, columns, el));
      count++;
    }
    return count;
  }

  function fetchText(file) {
    return fetch("history/" + data.day + "/" + file, { cache: "no-store" }).then((r) => {
      if (!r.ok) throw new Error("history/" + data.day + "/" + file + ": HTTP " + r.status);
      return r.text();
    });
  }

  function load(collector) {
    const files = data.collectors[collector];
    return Promise.all(files.map((file) => fetchText(file).then((text) => ({ file, rows: parseCsv(text) })))).then(
      (parts) => join(parts),
    );
  }

  // A collector whose files cannot be read or drawn is said in its own section (and the
  // page marked as failed); the others are drawn all the same.
  function section(collector, text) {
    const s = document.createElement("section");
    const h = document.createElement("h2");
    h.textContent = collector;
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = text;
    s.append(h, p);
    main.append(s);
  }

  Promise.allSettled(collectors.map(load)).then((results) => {
    let total = 0;
    const failed = [];
    results.forEach((r, k) => {
      const collector = collectors[k];
      try {
        if (r.status === "rejected") throw r.reason;
        if (r.value.times.length === 0) section(collector, "No rows yet today.");
        else total += draw(collector, r.value);
      } catch (e) {
        failed.push(collector + ": " + e.message);
        section(collector, "Cannot draw: " + e.message);
      }
    });
    body.dataset.plots = String(total);
    window.addEventListener("resize", () => {
      for (const p of plots) p.setSize({ width: plotWidth(p.root.parentElement), height: 220 });
    });
    if (failed.length > 0) return fail(failed.join("; "));
    status.textContent =
      "Today (" + data.day + ", UTC): " + total + " plots from " + collectors.length +
      " collectors. Drag across a plot to zoom, double-click to zoom out.";
    body.dataset.state = "ready";
  });
})();
