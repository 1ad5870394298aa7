// The parts every printed document shares. Printed documents are Chinese whatever the UI language:
// they go to the department and the schools.

/** A blank to fill in by hand, `em` characters wide. */
export function Blank({ em }: { em: number }) {
  return <span className="ps-printed-fill" style={{ minWidth: `${String(em)}em` }} />;
}

/** A date to fill in by hand: 年 月 日 with room before each. */
export function DateBlank() {
  return <span className="ps-printed-date"><Blank em={4} />年<Blank em={2} />月<Blank em={2} />日</span>;
}

/** Lines to sign by hand: each label with a line (the `wide` ones across the page, for several signatures), and the date. */
export function SignatureLines({ labels, wide = [] }: { labels: readonly string[]; wide?: readonly string[] }) {
  return (
    <section className="ps-printed-sign" data-testid="signature-lines">
      {labels.map((label) => (
        <div key={label} className={`ps-printed-sign-line${wide.includes(label) ? ' ps-printed-sign-wide' : ''}`}><span>{label}</span><span className="ps-printed-blank" /></div>
      ))}
      <div className="ps-printed-sign-line"><span>日期</span><DateBlank /></div>
    </section>
  );
}
