import type { IngestReport } from './types.ts';

/** The human summary of an ingest run: one row per source, then rejected files and warnings. */
export function formatReport(report: IngestReport, sync: { written: number; unchanged: number; removed: string[] }): string {
  const rows = report.sources.map((s) => [s.file, s.date ?? 'undated', s.outlet ?? '(outlet not stated)', String(s.words), String(s.removed.length), s.topics.join(', ') || '-']);
  const header = ['file', 'date', 'outlet', 'words', 'removed', 'topics'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  for (const e of report.errors) out.push(`rejected ${e.file}: ${e.error}`);
  for (const w of report.warnings) out.push(`warning ${w.file}: ${w.warning}`);
  out.push(
    `${report.sources.length} ingested, ${report.errors.length} rejected, ${report.warnings.length} warnings; ` +
      `${sync.written} written, ${sync.unchanged} unchanged, ${sync.removed.length} stale removed`,
  );
  return `${out.join('\n')}\n`;
}
