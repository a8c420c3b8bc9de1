/** A hand-written SVG chart of p99 latency and RSS against corpus size (log x axis). */

export interface Series {
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
  /** [paragraphs, value]; missing values are left out. */
  readonly points: readonly (readonly [number, number])[];
}

export interface Panel {
  readonly title: string;
  readonly unit: string;
  readonly logY: boolean;
  /** Tick and tooltip text for a value; defaults to a compact number. */
  readonly format?: (value: number) => string;
  readonly series: readonly Series[];
  /** A horizontal reference line, e.g. a target. */
  readonly reference?: { readonly value: number; readonly label: string };
}

const WIDTH = 960;
const HEIGHT = 440;
const PANEL_W = 370;
const PANEL_H = 290;
const TOP = 76;
const LEFT = [80, 570] as const;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function fmt(n: number): string {
  if (n >= 1_000_000) return `${n / 1_000_000}M`;
  if (n >= 1000) return `${n / 1000}k`;
  if (n >= 1) return String(Math.round(n * 100) / 100);
  return String(Number(n.toPrecision(2)));
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const mag = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * mag >= value) return step * mag;
  return 10 * mag;
}

function panelSvg(panel: Panel, left: number, sizes: readonly number[]): string {
  const label = panel.format ?? fmt;
  const xs = sizes.length > 0 ? sizes : [1000];
  const xMin = Math.log10(Math.min(...xs)) - 0.25;
  const xMax = Math.log10(Math.max(...xs)) + 0.25;
  const values = panel.series.flatMap((s) => s.points.map(([, v]) => v)).filter((v) => v > 0);
  if (panel.reference) values.push(panel.reference.value);
  const vMin = values.length > 0 ? Math.min(...values) : 1;
  const vMax = values.length > 0 ? Math.max(...values) : 10;
  let yTicks: number[];
  let y: (v: number) => number;
  if (panel.logY) {
    const lo = Math.floor(Math.log10(vMin));
    const hi = Math.max(lo + 1, Math.ceil(Math.log10(vMax)));
    yTicks = [];
    for (let e = lo; e <= hi; e++) yTicks.push(10 ** e);
    y = (v) => TOP + PANEL_H - ((Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo)) * PANEL_H;
  } else {
    const top = niceMax(vMax * 1.05);
    yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
    y = (v) => TOP + PANEL_H - (v / top) * PANEL_H;
  }
  const x = (n: number) => left + ((Math.log10(n) - xMin) / (xMax - xMin)) * PANEL_W;
  const parts: string[] = [];
  parts.push(
    `<text x="${left + PANEL_W / 2}" y="${TOP - 12}" text-anchor="middle" class="subtitle">${esc(panel.title)}</text>`,
  );
  parts.push(`<rect x="${left}" y="${TOP}" width="${PANEL_W}" height="${PANEL_H}" class="frame"/>`);
  for (const t of yTicks) {
    const ty = y(t).toFixed(1);
    parts.push(`<line x1="${left}" x2="${left + PANEL_W}" y1="${ty}" y2="${ty}" class="grid"/>`);
    parts.push(
      `<text x="${left - 6}" y="${ty}" dy="4" text-anchor="end" class="tick">${esc(label(t))}</text>`,
    );
  }
  for (const n of xs) {
    const tx = x(n).toFixed(1);
    parts.push(`<line x1="${tx}" x2="${tx}" y1="${TOP}" y2="${TOP + PANEL_H}" class="grid"/>`);
    parts.push(
      `<text x="${tx}" y="${TOP + PANEL_H + 18}" text-anchor="middle" class="tick">${fmt(n)}</text>`,
    );
  }
  parts.push(
    `<text x="${left + PANEL_W / 2}" y="${TOP + PANEL_H + 40}" text-anchor="middle" class="axis">paragraphs (log scale)</text>`,
  );
  parts.push(
    `<text transform="translate(${left - 52} ${TOP + PANEL_H / 2}) rotate(-90)" text-anchor="middle" class="axis">${esc(panel.unit)}${panel.logY ? ' (log scale)' : ''}</text>`,
  );
  if (panel.reference) {
    const ry = y(panel.reference.value).toFixed(1);
    parts.push(`<line x1="${left}" x2="${left + PANEL_W}" y1="${ry}" y2="${ry}" class="ref"/>`);
    parts.push(
      `<text x="${left + 6}" y="${ry}" dy="-4" class="reflabel">${esc(panel.reference.label)}</text>`,
    );
  }
  for (const s of panel.series) {
    const pts = s.points.filter(([n, v]) => n > 0 && Number.isFinite(v) && (!panel.logY || v > 0));
    if (pts.length === 0) continue;
    const path = pts.map(([n, v]) => `${x(n).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(`<polyline points="${path}" fill="none" stroke="${s.color}" stroke-width="2.5"${dash}/>`);
    for (const [n, v] of pts) {
      parts.push(
        `<circle cx="${x(n).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="${s.color}"><title>${esc(`${s.label}: ${label(v)} ${panel.format ? '' : panel.unit} at ${fmt(n)} paragraphs`.replace(/\s+/g, ' '))}</title></circle>`,
      );
    }
  }
  return parts.join('\n');
}

/** Renders two panels side by side with one shared legend. */
export function renderChart(
  title: string,
  panels: readonly [Panel, Panel],
  sizes: readonly number[],
  note = '',
): string {
  const legend = new Map<string, Series>();
  for (const p of panels) for (const s of p.series) if (!legend.has(s.label)) legend.set(s.label, s);
  const legendParts: string[] = [];
  let lx = LEFT[0];
  for (const s of legend.values()) {
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    legendParts.push(
      `<line x1="${lx}" x2="${lx + 28}" y1="${HEIGHT - 18}" y2="${HEIGHT - 18}" stroke="${s.color}" stroke-width="2.5"${dash}/>`,
    );
    legendParts.push(`<text x="${lx + 34}" y="${HEIGHT - 14}" class="legend">${esc(s.label)}</text>`);
    lx += 44 + s.label.length * 7.5;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Helvetica, Arial, sans-serif">`,
    '<style>',
    '.title{font-size:16px;font-weight:bold;fill:#222}',
    '.subtitle{font-size:14px;font-weight:bold;fill:#333}',
    '.tick{font-size:11px;fill:#555}',
    '.axis{font-size:12px;fill:#333}',
    '.legend{font-size:12px;fill:#222}',
    '.frame{fill:#fff;stroke:#999}',
    '.grid{stroke:#e5e5e5}',
    '.ref{stroke:#2b8a3e;stroke-dasharray:2 3;stroke-width:1.5}',
    '.reflabel{font-size:11px;fill:#2b8a3e}',
    '</style>',
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${WIDTH / 2}" y="26" text-anchor="middle" class="title">${esc(title)}</text>`,
    panelSvg(panels[0], LEFT[0], sizes),
    panelSvg(panels[1], LEFT[1], sizes),
    ...legendParts,
    note
      ? `<text x="${WIDTH - 10}" y="${HEIGHT - 14}" text-anchor="end" class="tick">${esc(note)}</text>`
      : '',
    '</svg>',
    '',
  ].join('\n');
}
