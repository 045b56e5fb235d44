// Heap growth after analysing the 100× article, measured in a child Node with --expose-gc (bench/heap-child.ts).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../tests/browser/support/environment';

export interface HeapResult {
  article: string;
  times: number;
  words: number;
  baselineMb: number;
  growthBeforeGcMb: number;
  retainedWithResultMb: number;
  resultJsonMb: number;
  leftAfterDropMb: number;
  leftAfterRepeatsMb: number;
  repeats: number;
}

export function measureHeap(): HeapResult | { error: string } {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', resolve(PROJECT_ROOT, 'bench/heap-child.ts')], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
    timeout: 600_000,
  });
  const line = child.stdout?.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as HeapResult;
  } catch {
    return { error: `heap child failed (exit ${child.status}): ${(child.stderr ?? '').trim().split('\n').slice(-3).join(' ')}` };
  }
}
