import { describe, expect, it } from 'vitest';
import { defaultLoadTuning, documentParams, pdfjsAssetUrls } from '../../../../renderer/src/features/reader/pdfjs/pdfjs-assets.ts';

describe('pdf.js assets and loading parameters', () => {
  it('resolves the asset folders against the page, absolute and with a trailing slash', () => {
    expect(pdfjsAssetUrls('app://pingshen/index.html')).toEqual({
      cMapUrl: 'app://pingshen/pdfjs/cmaps/',
      standardFontDataUrl: 'app://pingshen/pdfjs/standard_fonts/',
      wasmUrl: 'app://pingshen/pdfjs/wasm/',
      iccUrl: 'app://pingshen/pdfjs/iccs/',
    });
    expect(pdfjsAssetUrls('http://127.0.0.1:5000/harness/reader.html?x=1').cMapUrl).toBe('http://127.0.0.1:5000/harness/pdfjs/cmaps/');
  });

  it('opens documents from our origin with packed cMaps, without XFA, with range loading', () => {
    const params = documentParams({ url: 'documents/abc' }, 'http://127.0.0.1:5000/reader.html');
    expect(params).toMatchObject({
      url: 'http://127.0.0.1:5000/documents/abc',
      cMapPacked: true,
      enableXfa: false,
      rangeChunkSize: defaultLoadTuning.rangeChunkSize,
      disableAutoFetch: defaultLoadTuning.disableAutoFetch,
      disableStream: defaultLoadTuning.disableStream,
    });
    expect(Object.keys(params)).not.toContain('enableScripting');
    expect(documentParams({ url: 'documents/abc' }, 'http://h/', { loader: 'url', rangeChunkSize: 1024, disableAutoFetch: false, disableStream: false })).toMatchObject({
      rangeChunkSize: 1024, disableAutoFetch: false, disableStream: false,
    });
    const data = new Uint8Array([37, 80, 68, 70]);
    const fromBytes = documentParams({ data }, 'http://h/');
    expect(fromBytes).toMatchObject({ data });
    expect(fromBytes).not.toHaveProperty('url');
    const range = { length: 10 };
    expect(documentParams({ range }, 'http://h/')).toMatchObject({ range });
  });
});
