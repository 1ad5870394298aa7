// Writes xlsx files part by part, without exceljs, the way Excel or WPS lay them out: so importer
// tests read files exceljs did not write (shared strings, <mergeCells>, cached formula results).
import yazl from 'yazl';

/** A cell: text (a shared string), a number, a formula with its cached result, or nothing. */
export type RawCell = string | number | { formula: string; result?: number } | null;

/** A sheet: its rows from row 1, and merged ranges such as `A1:F1`. */
export interface RawSheet {
  readonly name: string;
  readonly rows: readonly (readonly RawCell[])[];
  readonly merges?: readonly string[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** The column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Builds an xlsx. With `wps: true` every SpreadsheetML part uses the `x:` namespace prefix and
 * docProps/app.xml uses `ap:`, as some non-Excel writers do (and as crashes exceljs unaided).
 */
export async function writeRawXlsx(sheets: readonly RawSheet[], options: { wps?: boolean } = {}): Promise<Buffer> {
  const p = options.wps ? 'x:' : '';
  const ns = options.wps ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const strings: string[] = [];
  const stringIndex = (text: string): number => {
    const at = strings.indexOf(text);
    return at === -1 ? strings.push(text) - 1 : at;
  };
  const sheetXml = (sheet: RawSheet): string => {
    const rows = sheet.rows.map((cells, r) => {
      const xml = cells.map((cell, c) => {
        const ref = `${columnName(c + 1)}${r + 1}`;
        if (cell === null) return '';
        if (typeof cell === 'string') return `<${p}c r="${ref}" t="s"><${p}v>${stringIndex(cell)}</${p}v></${p}c>`;
        if (typeof cell === 'number') return `<${p}c r="${ref}"><${p}v>${cell}</${p}v></${p}c>`;
        const cached = cell.result === undefined ? '' : `<${p}v>${cell.result}</${p}v>`;
        return `<${p}c r="${ref}"><${p}f>${escape(cell.formula)}</${p}f>${cached}</${p}c>`;
      });
      return `<${p}row r="${r + 1}">${xml.join('')}</${p}row>`;
    });
    const merges = sheet.merges ?? [];
    const mergeXml = merges.length === 0 ? '' : `<${p}mergeCells count="${merges.length}">${merges.map((ref) => `<${p}mergeCell ref="${ref}"/>`).join('')}</${p}mergeCells>`;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${REL}"><${p}sheetData>${rows.join('')}</${p}sheetData>${mergeXml}</${p}worksheet>`;
  };
  const sheetParts = sheets.map(sheetXml);
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((text) => `<${p}si><${p}t xml:space="preserve">${escape(text)}</${p}t></${p}si>`)
    .join('')}</${p}sst>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets>${sheets
    .map((sheet, i) => `<${p}sheet name="${escape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</${p}sheets></${p}workbook>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}styleSheet ${ns}><${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="宋体"/></${p}font></${p}fonts><${p}fills count="1"><${p}fill><${p}patternFill patternType="none"/></${p}fill></${p}fills><${p}borders count="1"><${p}border/></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></${p}cellXfs></${p}styleSheet>`;
  const workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const app = options.wps
    ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ap:Properties xmlns:ap="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><ap:Application>WPS 表格</ap:Application><ap:Company>某职业技术学院</ap:Company></ap:Properties>`
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

  const zip = new yazl.ZipFile();
  const add = (name: string, text: string): void => zip.addBuffer(Buffer.from(text, 'utf8'), name);
  add('[Content_Types].xml', types);
  add('_rels/.rels', rootRels);
  add('docProps/app.xml', app);
  add('xl/workbook.xml', workbook);
  add('xl/_rels/workbook.xml.rels', workbookRels);
  add('xl/styles.xml', styles);
  add('xl/sharedStrings.xml', sst);
  sheetParts.forEach((xml, i) => add(`xl/worksheets/sheet${i + 1}.xml`, xml));
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
