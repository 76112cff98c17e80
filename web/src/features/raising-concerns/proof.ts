import { api } from '../../api.ts';

/**
 * Saves the proof of a report (its reference, when it was received and a SHA-256 of everything the reporter
 * sent) as a JSON file. A plain link cannot carry the reporter's session, which is a bearer token held in
 * memory, so the page fetches it and hands the browser the file.
 */
export async function downloadProof(organisation: string, token: string): Promise<void> {
  const proof = await api.reportProof(organisation, token);
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(proof, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `proof-${proof.reference}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  // After the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
