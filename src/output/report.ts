import type { Analysis } from "../schema/analysis.js";

/**
 * A report a person reads: who is in the story, what happened (events with their own dates and status), when (time
 * expressions), and who said what.
 */
export function textReport(a: Analysis): string {
  const lines: string[] = [];
  lines.push(`# ${a.title ?? a.id}`);
  lines.push(`id ${a.id} · published ${a.published ?? "unknown"} · status ${a.status}`);
  section(
    lines,
    "Who",
    a.entities.filter((e) => ["PERSON", "ORG", "GPE", "LOC"].includes(e.type)),
    (e) => {
      const attrs = [e.type, e.role, e.country].filter(Boolean).join(", ");
      return `${e.name} (${attrs}) ×${e.mentions.length}`;
    },
  );
  section(lines, "What", a.events, (e) => {
    const who = e.actor.map((x) => x.name ?? x.country ?? "?").join(" + ") || "?";
    const whom = e.recipient.map((x) => x.name ?? x.country ?? "?").join(" + ");
    const when = e.date ? e.date.value : "undated";
    return `${when}  ${e.type}${e.status === "occurred" ? "" : ` [${e.status}]`}  ${who}${whom ? ` → ${whom}` : ""}: “${e.evidence[0]?.text ?? e.trigger.text}”`;
  });
  section(lines, "When", a.timexes, (t) => `${t.text} = ${t.value} (${t.type})`);
  section(lines, "Who said what", a.quotes, (q) => `${q.speaker?.name ?? "unattributed"} (${q.kind}): “${q.text}”`);
  const problems = a.diagnostics.filter((d) => d.severity !== "info");
  section(lines, "Diagnostics", problems, (d) => `${d.severity} ${d.code}: ${d.message}`);
  return `${lines.join("\n")}\n`;
}

function section<T>(lines: string[], title: string, items: readonly T[], line: (x: T) => string): void {
  if (items.length === 0) return;
  lines.push("", `## ${title}`);
  for (const x of items) lines.push(`- ${line(x)}`);
}
