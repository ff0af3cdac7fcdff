// autocannon 9 ships no type declarations: the part of its API the benches use.
declare module 'autocannon' {
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    non2xx: number;
    errors: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    requests?: Array<Record<string, unknown>>;
  }
  export default function autocannon(opts: Options): Promise<Result>;
}
