/**
 * The script of the "build your own rating" page (bundled by esbuild into /assets/explorer.js; no inline script, so
 * the strict CSP holds). It loads the run's explorer JSON, enables the weight controls, and on every change recomputes
 * the ranking with the project's core (explorer-ranking.ts), redraws the table and writes the weighting into the URL
 * fragment so the view can be shared. The pure functions are also put on `globalThis.egovExplorer`, so a test can run
 * this very bundle outside a browser.
 */
import {
  formatWeightChoice,
  isChoosableAggregation,
  parseWeightChoice,
  weightChoiceEdits,
  type WeightChoice,
} from '../../core/explorer/weight-choice.js';
import type { ExplorerPayload } from './explorer-payload.js';
import { explorerRanking, type ExplorerRow } from './explorer-ranking.js';

(globalThis as { egovExplorer?: unknown }).egovExplorer = { explorerRanking, parseWeightChoice, weightChoiceEdits };

const RECOMPUTE_FAILED = {
  ru: 'Эти веса пересчитать нельзя: ',
  en: 'These weights cannot be computed: ',
};

function score(value: number | null, lang: 'ru' | 'en'): string {
  if (value === null) return '—';
  return value.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

function cell(tag: 'td' | 'th', text: string, numeric: boolean): HTMLTableCellElement {
  const element = document.createElement(tag);
  if (numeric) element.className = 'num';
  element.textContent = text;
  return element;
}

function rowOf(r: ExplorerRow, lang: 'ru' | 'en', period: string): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.unit = r.code;
  const name = document.createElement('th');
  name.scope = 'row';
  const link = document.createElement('a');
  link.href = `/regions/${r.code}?period=${period}${lang === 'en' ? '&lang=en' : ''}`;
  link.textContent = lang === 'ru' ? r.ru : r.en;
  name.append(link);
  const change = cell(
    'td',
    r.change === null ? '—' : r.change > 0 ? `+${r.change}` : r.change < 0 ? `−${-r.change}` : '0',
    true,
  );
  if (r.change) change.classList.add(r.change > 0 ? 'up' : 'down');
  tr.append(
    cell('td', r.rank === null ? '—' : String(r.rank), true),
    name,
    cell('td', score(r.score, lang), true),
    cell('td', r.officialRank === null ? '—' : String(r.officialRank), true),
    change,
  );
  return tr;
}

async function start(root: HTMLElement): Promise<void> {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'ru';
  const period = root.dataset.period ?? '';
  const response = await fetch(root.dataset.explorer!);
  if (!response.ok) return;
  const payload = (await response.json()) as ExplorerPayload;
  const official = new Map<string, number>([
    ...payload.services.map((s) => [`s.${s.id}`, s.weight] as const),
    ...payload.stages.map((s) => [`t.${s.id}`, s.weight] as const),
  ]);
  const controls = [...root.querySelectorAll<HTMLInputElement>('input[data-weight]')];
  const aggregation = root.querySelector<HTMLSelectElement>('#aggregation')!;
  const status = root.querySelector<HTMLElement>('#explorer-status')!;
  const body = root.querySelector<HTMLTableSectionElement>('#explorer-table tbody')!;
  const share = root.querySelector<HTMLAnchorElement>('#share')!;
  const cli = root.querySelector<HTMLElement>('#explorer-cli');

  const choiceFromControls = (): WeightChoice => {
    const services: Record<string, number> = {};
    const stages: Record<string, number> = {};
    for (const input of controls.filter((c) => c.type === 'number')) {
      const key = input.dataset.weight!;
      const w = input.valueAsNumber;
      if (!(w >= 0) || w === official.get(key)) continue;
      if (key.startsWith('s.')) services[key.slice(2)] = w;
      else stages[key.slice(2)] = w;
    }
    const a = aggregation.value;
    return { services, stages, aggregation: a !== payload.aggregation && isChoosableAggregation(a) ? a : null };
  };

  const show = (choice: WeightChoice): void => {
    const fragment = formatWeightChoice(choice);
    history.replaceState(null, '', fragment ? `#${fragment}` : location.pathname + location.search);
    share.href = location.href;
    if (cli) {
      const words = weightChoiceEdits(choice, payload.nodes).map((e) =>
        e.kind === 'weight'
          ? `--weight ${e.node}=${e.weight}`
          : e.kind === 'aggregation'
            ? `--aggregation ${e.aggregation.method}`
            : '',
      );
      cli.textContent = ['egov score --methodology … --data …', ...words].join(' ');
    }
    try {
      const rows = explorerRanking(payload, choice, lang);
      body.replaceChildren(...rows.map((r) => rowOf(r, lang, period)));
      status.textContent = '';
    } catch (error) {
      status.textContent = RECOMPUTE_FAILED[lang] + (error as Error).message;
    }
  };

  const setControls = (choice: WeightChoice): void => {
    for (const input of controls) {
      const key = input.dataset.weight!;
      const chosen = key.startsWith('s.') ? choice.services[key.slice(2)] : choice.stages[key.slice(2)];
      input.value = String(chosen ?? official.get(key) ?? 1);
    }
    aggregation.value = choice.aggregation ?? payload.aggregation;
  };

  for (const input of controls) {
    input.disabled = false;
    input.addEventListener('input', () => {
      for (const twin of controls)
        if (twin !== input && twin.dataset.weight === input.dataset.weight) twin.value = input.value;
      show(choiceFromControls());
    });
  }
  aggregation.disabled = false;
  aggregation.addEventListener('change', () => show(choiceFromControls()));
  const reset = root.querySelector<HTMLButtonElement>('#reset')!;
  reset.disabled = false;
  reset.addEventListener('click', (event) => {
    event.preventDefault();
    const none: WeightChoice = { services: {}, stages: {}, aggregation: null };
    setControls(none);
    show(none);
  });
  document.getElementById('explorer-noscript')?.remove();
  const initial = parseWeightChoice(location.hash, payload.nodes);
  setControls(initial);
  show(initial);
  root.dataset.ready = 'true';
}

if (typeof document !== 'undefined') {
  const root = document.getElementById('explorer');
  if (root) void start(root);
}
