import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSkipped, parseCorpus } from '../src/index.js';
import { listCorpusEntries, walkCorpusEntries } from '../src/internals.js';
import { SEEDS_DIR } from './helpers.js';

describe('parseCorpus', () => {
  it('parses the five seeds in file order without failures', async () => {
    const { articles, failures } = await parseCorpus([SEEDS_DIR]);
    expect(failures).toEqual([]);
    expect(articles.map((article) => article.language)).toEqual(['vi', 'vi', 'pl', 'ar', 'ar']);
  });

  it('lists every file that failed, in input order, and keeps the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-corpus-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), '   \n');
    writeFileSync(join(dir, 'sub', 'b.txt'), 'Home\nMenu\nSearch\n');
    writeFileSync(join(dir, 'c.md'), 'not taken from a folder');
    const missing = join(dir, 'missing.txt');
    const { articles, failures } = await parseCorpus([missing, dir]);
    expect(failures).toEqual([
      { file: missing, code: 'read-failed', message: `${missing}: no such file or folder` },
      { file: join(dir, 'a.txt'), code: 'empty', message: `${join(dir, 'a.txt')}: file contains only white space` },
    ]);
    expect(articles).toHaveLength(1);
    const [navigationOnly] = articles;
    expect(navigationOnly!.file).toBe(join(dir, 'sub', 'b.txt'));
    expect(navigationOnly!.segments.map((segment) => segment.role)).toEqual(['navigation', 'navigation', 'navigation']);
    expect(navigationOnly!.warnings).toContain('no article text: every line was classified as boilerplate (navigation, captions, teasers…)');
    expect(navigationOnly!.title).toBeNull();
  });
});

describe('walkCorpusEntries', () => {
  it('walks files in the order listCorpusEntries lists them, missing inputs in place, hidden files skipped', async () => {
    const root = mkdtempSync(join(tmpdir(), 'polynews-walk-'));
    for (const folder of ['b', 'a/2', 'a/10', '.hidden']) mkdirSync(join(root, folder), { recursive: true });
    for (const file of ['b/x.txt', 'a/2/y.txt', 'a/10/z.jsonl', 'a/10/skip.md', '.hidden/h.txt', 'top.txt', '.dot.txt']) writeFileSync(join(root, file), 'text');
    const missing = join(root, 'nowhere');
    const walked: string[] = [];
    for await (const found of walkCorpusEntries([root, missing])) {
      if ('path' in found) walked.push(found.path.slice(root.length + 1));
      else if ('skipped' in found) walked.push(`${found.reason} ${found.skipped.slice(root.length + 1)}`);
      else walked.push('missing' in found ? `missing ${found.missing}` : `unreadable ${found.unreadable}`);
    }
    expect(walked).toEqual(['hidden .dot.txt', 'hidden .hidden', 'a/10/skip.md', 'a/10/z.jsonl', 'a/2/y.txt', 'b/x.txt', 'top.txt', `missing ${missing}`].map((line) => line.replace('a/10/skip.md', 'other-ending a/10/skip.md')));
    const listed = await listCorpusEntries([root, missing]);
    expect(listed.entries.map((entry) => entry.path.slice(root.length + 1))).toEqual(['a/10/z.jsonl', 'a/2/y.txt', 'b/x.txt', 'top.txt']);
    expect(listed.missing).toEqual([missing]);
    expect(describeSkipped(listed.skipped)).toBe('1 with another ending (.md 1), 2 hidden');
    expect(listed.entries[0]).toEqual({ path: join(root, 'a/10/z.jsonl'), root, size: 4 });
  });

  it('reads a folder only when the walk reaches it, so the list of files is never held whole', async () => {
    const root = mkdtempSync(join(tmpdir(), 'polynews-walk-lazy-'));
    for (const folder of ['a', 'b']) mkdirSync(join(root, folder));
    writeFileSync(join(root, 'a', '1.txt'), 'one');
    const walk = walkCorpusEntries([root]);
    const first = await walk.next();
    expect(first.value).toMatchObject({ path: join(root, 'a', '1.txt') });
    // Written after the walk started: a listing made up front would not see it.
    writeFileSync(join(root, 'b', '2.txt'), 'two');
    const rest: string[] = [];
    for await (const found of walk) if ('path' in found) rest.push(found.path);
    expect(rest).toEqual([join(root, 'b', '2.txt')]);
  });
});

describe('nothing found is lost without a word', () => {
  const page = 'Mali thanks Russia for its support\n\nThe head of the junta in Mali thanked the Russian president for humanitarian aid and security help, the Kremlin said.\n';

  it('follows links to files, names links to nothing, skips links to folders, FIFOs and other endings, and counts them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'polynews-skips-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'polynews-elsewhere-'));
    writeFileSync(join(elsewhere, 'linked.txt'), page);
    writeFileSync(join(root, 'a.txt'), page);
    writeFileSync(join(root, 'notes.md'), 'notes');
    writeFileSync(join(root, 'page.xml'), '<p>xml</p>');
    symlinkSync(join(elsewhere, 'linked.txt'), join(root, 'b-link.txt'));
    symlinkSync(join(elsewhere, 'gone.txt'), join(root, 'c-broken.txt'));
    symlinkSync(elsewhere, join(root, 'd-folder-link'));
    execFileSync('mkfifo', [join(root, 'e-fifo.txt')]);
    const { articles, failures, skipped } = await parseCorpus([root]);
    expect(articles.map((article) => article.file)).toEqual([join(root, 'a.txt'), join(root, 'b-link.txt')]);
    expect(failures).toEqual([{ file: join(root, 'c-broken.txt'), code: 'read-failed', message: `${join(root, 'c-broken.txt')}: is a symbolic link to nothing (its target does not exist)` }]);
    expect(skipped).toEqual([
      { skipped: join(root, 'd-folder-link'), reason: 'folder-link' },
      { skipped: join(root, 'e-fifo.txt'), reason: 'not-a-file' },
      { skipped: join(root, 'notes.md'), reason: 'other-ending' },
      { skipped: join(root, 'page.xml'), reason: 'other-ending' },
    ]);
    expect(describeSkipped(skipped)).toBe('2 with another ending (.md 1, .xml 1), 1 not a regular file, 1 links to folders (not followed)');
  });

  it('fails a FIFO named as an input at once instead of waiting for a writer, and parses the rest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'polynews-fifo-'));
    const fifo = join(root, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    writeFileSync(join(root, 'a.txt'), page);
    const { articles, failures } = await parseCorpus([fifo, join(root, 'a.txt')]);
    expect(failures).toEqual([{ file: fifo, code: 'read-failed', message: `${fifo}: is a FIFO (named pipe), not a regular file` }]);
    expect(articles).toHaveLength(1);
  });

  it('names a folder that cannot be listed as one failure and parses the files before and after it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'polynews-unlistable-'));
    for (const folder of ['a', 'b', 'c']) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, 'page.txt'), page);
    }
    const walk = walkCorpusEntries([root]);
    const found: string[] = [];
    const first = await walk.next();
    if (!first.done && 'path' in first.value) found.push(first.value.path);
    // The folder goes away after the walk listed its parent: listing it fails as an unreadable folder would.
    rmSync(join(root, 'b'), { recursive: true });
    for await (const entry of walk) found.push('path' in entry ? entry.path : 'unreadable' in entry ? `unreadable ${entry.unreadable}: ${entry.message.split(':')[0]}` : JSON.stringify(entry));
    expect(found).toEqual([join(root, 'a', 'page.txt'), `unreadable ${join(root, 'b')}: cannot list this folder`, join(root, 'c', 'page.txt')]);
    if (process.getuid?.() !== 0) {
      // Without root, a folder without read permission fails the same way.
      mkdirSync(join(root, 'b'));
      execFileSync('chmod', ['000', join(root, 'b')]);
      const { articles, failures } = await parseCorpus([root]);
      execFileSync('chmod', ['755', join(root, 'b')]);
      expect(articles).toHaveLength(2);
      expect(failures.map((failure) => failure.message)).toEqual([expect.stringMatching(/cannot list this folder: EACCES/)]);
    }
  });
});
