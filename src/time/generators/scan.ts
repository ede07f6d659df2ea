import type { Token } from "../../model/text-layers.js";
import type { Candidate, TimeContext } from "../candidate.js";
import type { Resolution } from "../resolve.js";

/**
 * Where a pattern can match: the trigger keys of a token it must contain (see `tokenKeys`) and how many characters
 * before that token a match may start ("the past two years" starts 14 characters before "years").
 */
export interface Trigger {
  keys: readonly string[];
  back: number;
}

const registry = new WeakMap<RegExp, Trigger>();
const allKeys = new Set<string>();

/** Declares the trigger keys of a pattern, next to its definition. @example near(/\bago\b/g, ["ago"], 0) */
export function near(re: RegExp, keys: readonly string[], back: number): RegExp {
  registry.set(re, { keys, back });
  for (const k of keys) allKeys.add(k);
  return re;
}

/** True when some pattern is triggered by this key. */
export function isTriggerKey(key: string): boolean {
  return allKeys.has(key);
}

/**
 * Runs a global regex near its trigger tokens only (or over the whole text without a trigger) and collects what
 * `build` makes of each match (undefined drops it). Running near triggers keeps the cost proportional to the
 * keywords present, not to the length of the text times the number of patterns.
 */
export function scan(
  ctx: TimeContext,
  re: RegExp,
  build: (m: RegExpExecArray) => Candidate | undefined,
  trigger: Trigger | undefined = registry.get(re),
): Candidate[] {
  const out: Candidate[] = [];
  if (!trigger) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) push(out, build(m));
    return out;
  }
  let done = 0;
  for (const t of triggerTokens(ctx, trigger.keys)) {
    const from = Math.max(done, t.start - trigger.back);
    if (from >= t.end) continue;
    // The regex runs on a short slice around the trigger, so a failed search stops there instead of running on to
    // the end of the text; a few characters before it keep lookbehinds and word boundaries right.
    const pre = Math.max(0, from - CONTEXT);
    const slice = ctx.text.slice(pre, Math.min(ctx.text.length, t.end + FORWARD));
    re.lastIndex = from - pre;
    for (let m = re.exec(slice); m && m.index + pre < t.end; m = re.exec(slice)) {
      m.index += pre;
      done = m.index + Math.max(1, m[0].length);
      push(out, build(m));
      re.lastIndex = done - pre;
    }
  }
  return out;
}

// Characters kept before a window (lookbehinds, \b) and after a trigger (the rest of a match and its lookaheads).
const CONTEXT = 4;
const FORWARD = 48;

function push(out: Candidate[], c: Candidate | undefined): void {
  if (c) out.push(c);
}

function triggerTokens(ctx: TimeContext, keys: readonly string[]): Token[] {
  const idx: number[] = [];
  for (const k of keys) {
    const list = ctx.triggers.get(k);
    if (list) for (const i of list) idx.push(i);
  }
  if (idx.length === 0) return [];
  idx.sort((a, b) => a - b);
  const out: Token[] = [];
  let last = -1;
  for (const i of idx) {
    if (i !== last) out.push(ctx.doc.tokens[i]!);
    last = i;
  }
  return out;
}

/** A candidate over [start, end) from a resolution. */
export function make(
  start: number,
  end: number,
  type: Candidate["type"],
  rule: string,
  r: Resolution,
  extra: Partial<Candidate> = {},
): Candidate {
  const c: Candidate = {
    start,
    end,
    type,
    rule,
    value: r.value,
    resolved: r.resolved,
    certainty: r.certainty,
    ...extra,
  };
  if (r.anchor !== undefined) c.anchor = r.anchor;
  return c;
}
