/**
 * What the popup shows of the message being written in the active tab: the findings the
 * page's guard holds, sent over the extension's messaging. Another context's message is
 * checked field by field before use (by hand: the popup keeps zod out of its first screen);
 * anything that does not fit is dropped, never shown half.
 */
import { type Bilingual, CATEGORIES, type Category, type Severity } from './types';

export interface DraftFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  excerpt: string;
  message: Bilingual;
}

export interface DraftSnapshot {
  /** Characters in the box (0: nothing written, or no box on the page). */
  length: number;
  findings: DraftFinding[];
}

const SEVERITIES = new Set<string>(['block', 'warn', 'info']);
const CATEGORY_SET = new Set<string>(CATEGORIES);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const MAX_FINDINGS = 200;

function finding(value: unknown): DraftFinding | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const f = value as Record<string, unknown>;
  const message = f.message as Record<string, unknown> | undefined;
  if (
    !isText(f.ruleId, 100) ||
    !isText(f.category, 50) ||
    !CATEGORY_SET.has(f.category) ||
    !isText(f.severity, 10) ||
    !SEVERITIES.has(f.severity) ||
    !isText(f.excerpt, 4000) ||
    !message ||
    !isText(message.en, 2000) ||
    !isText(message.zh_CN, 2000)
  ) {
    return undefined;
  }
  return {
    ruleId: f.ruleId,
    category: f.category as Category,
    severity: f.severity as Severity,
    excerpt: f.excerpt,
    message: { en: message.en, zh_CN: message.zh_CN },
  };
}

export function parseDraftSnapshot(value: unknown): DraftSnapshot | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (v.ok !== true || typeof v.length !== 'number' || !Number.isInteger(v.length) || v.length < 0)
    return undefined;
  if (!Array.isArray(v.findings) || v.findings.length > MAX_FINDINGS) return undefined;
  const findings = v.findings.map(finding);
  if (findings.some((f) => f === undefined)) return undefined;
  return { length: v.length, findings: findings as DraftFinding[] };
}
