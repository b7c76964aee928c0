/**
 * Command-line options of `npm run eval`, and the `--min-f1` threshold check.
 */
import type { Totals } from './aggregate.ts';

/** Parsed options. `curation: null` means curation off. */
export interface EvalOptions {
  keys: string;
  seeds: string;
  curation: string | null;
  /** Score this existing output folder (holding `data/` and `articles/`) instead of running ingest. */
  extracted: string | null;
  json: boolean;
  checkKeys: boolean;
  minF1: Record<string, number>;
  help: boolean;
}

export const DEFAULT_OPTIONS: EvalOptions = {
  keys: 'eval/seeds',
  seeds: 'seeds',
  curation: 'content/curation.yaml',
  extracted: null,
  json: false,
  checkKeys: false,
  minF1: {},
  help: false,
};

export const USAGE = `Usage: npm run eval -- [options]
  --keys DIR        answer keys (*.json), default eval/seeds
  --seeds DIR       articles (*.txt) to ingest, default seeds
  --curation FILE   curation file, or "none"; default content/curation.yaml
  --extracted DIR   score an existing output folder (data/ + articles/) instead of running ingest
  --json            print machine-readable results
  --min-f1 LIST     e.g. people=0.9,dates=0.8,title=0.75: exit 1 when a type's F1 (or a check's accuracy) is lower
  --check-keys      check every key against its article text and exit`;

/**
 * Parses argv (without `node` and the script).
 * @returns options, or an error message for an unknown flag or a malformed value
 */
export function parseEvalArgs(argv: readonly string[]): { ok: true; options: EvalOptions } | { ok: false; error: string } {
  const options: EvalOptions = { ...DEFAULT_OPTIONS, minF1: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') && arg.startsWith('--') ? splitOnce(arg, '=') : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--json') options.json = true;
    else if (flag === '--check-keys') options.checkKeys = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--keys' || flag === '--seeds' || flag === '--curation' || flag === '--extracted' || flag === '--min-f1') {
      const v = value();
      if (v === undefined || v === '') return { ok: false, error: `${flag} needs a value` };
      if (flag === '--keys') options.keys = v;
      if (flag === '--seeds') options.seeds = v;
      if (flag === '--curation') options.curation = v === 'none' ? null : v;
      if (flag === '--extracted') options.extracted = v;
      if (flag === '--min-f1') {
        const parsed = parseThresholds(v);
        if (typeof parsed === 'string') return { ok: false, error: parsed };
        Object.assign(options.minF1, parsed);
      }
    } else return { ok: false, error: `unknown option ${arg}` };
  }
  return { ok: true, options };
}

/** Parses `people=0.9,dates=0.8`; returns an error message when malformed. */
export function parseThresholds(list: string): Record<string, number> | string {
  const out: Record<string, number> = {};
  for (const part of list.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, raw] = splitOnce(part, '=');
    const value = Number(raw);
    if (!name || raw === undefined || raw === '' || !Number.isFinite(value) || value < 0 || value > 1) {
      return `--min-f1: expected name=number between 0 and 1, got "${part}"`;
    }
    out[name] = value;
  }
  return out;
}

/**
 * Lists the thresholds a run falls below: set types by F1, checks by accuracy.
 * An unknown name is reported too, so a typo cannot pass silently.
 */
export function failedThresholds(totals: Totals, minF1: Record<string, number>): string[] {
  return Object.entries(minF1).flatMap(([name, min]) => {
    const set = totals.sets.find((s) => s.type === name);
    const check = totals.checks.find((c) => c.check === name);
    if (!set && !check) return [`${name}: no such type or check`];
    const value = set ? set.f1 : (check?.accuracy ?? null);
    return value === null || value < min ? [`${name}: ${value === null ? 'undefined' : value.toFixed(3)} < ${min}`] : [];
  });
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
