// The dossier's data exports (written by the ingest), served as static files under /data/.
import { readdirSync, readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';

const dir = `${process.env.DOSSIER_CONTENT ?? './content'}/dossier/data`;
const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};

export function getStaticPaths() {
  return readdirSync(dir).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(`${dir}/${params.file}`), { headers: { 'content-type': TYPES[params.file!.split('.').pop()!] ?? 'application/octet-stream' } });
