/**
 * A small closed-loop load generator: `concurrency` clients each send requests back to back
 * until `total` have been sent. Returns the rate and latency percentiles. Loopback only.
 */
export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

export async function load(
  send: () => Promise<Response>,
  options: { total: number; concurrency: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let sent = 0;
  let failures = 0;
  const started = performance.now();
  const client = async () => {
    while (sent < options.total) {
      sent += 1;
      const t0 = performance.now();
      const response = await send();
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (!response.ok) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, seconds, perSecond: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), failures };
}

/** The one line format every figure is printed in, so runs can be compared. */
export function benchLine(name: string, value: number, unit: string, baseline: { name: string; value: number; unit: string }): string {
  const ratio = baseline.value === 0 ? 0 : value / baseline.value;
  return `bench ${name}: ${value.toFixed(1)} ${unit} | baseline ${baseline.name}: ${baseline.value.toFixed(1)} ${baseline.unit} | ratio ${ratio.toFixed(2)}`;
}
