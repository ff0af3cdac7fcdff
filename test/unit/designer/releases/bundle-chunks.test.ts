import { describe, expect, it } from 'vitest';
import { initialChunks, staticImports } from '../../../bench/designer-bundle-bench';

describe('initial-JS bench: which chunks count', () => {
  it('reads the entry script and the modulepreloads from index.html, not stylesheets', () => {
    const html = '<script type="module" crossorigin src="/assets/index-A.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-B.js"><link rel="stylesheet" href="/assets/index-C.css">';
    expect(initialChunks(html)).toEqual(['/assets/index-A.js', '/assets/vendor-B.js']);
  });
  it('follows static imports and ignores dynamic import()', () => {
    const code = 'import{a as b}from"./x-1.js";import"./y-2.js";const l=()=>import("./lazy-3.js");export{b}';
    expect(staticImports(code)).toEqual(['./x-1.js', './y-2.js']);
  });
});
