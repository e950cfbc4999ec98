import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Opens a Word file with LibreOffice headless, a reader that is not ours, and returns the text it
 * reads. Each call has its own profile folder, so tests running side by side never wait on one
 * another's soffice. A file LibreOffice cannot open fails the call.
 */
export async function docxTextByLibreOffice(docx: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'chorus-docx-'));
  try {
    await writeFile(path.join(dir, 'file.docx'), docx);
    await run('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, path.join(dir, 'file.docx')], { timeout: 120_000 });
    return await readFile(path.join(dir, 'file.txt'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
