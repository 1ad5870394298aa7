// Whether an expert's organisation is one of an application's institutions: then the expert
// should recuse (回避) from it. The intake will bring alias tables (简称); this compares the names
// as people type them: full-width and half-width forms, brackets and spaces do not matter.

/** The shortest name that may match inside a longer one (a 学院 of a 大学); shorter ones match only exactly. */
const minimumContained = 4;

// A merge compares every expert with every application's institutions: the same few hundred names, normalised once each.
const normalised = new Map<string, string>();

/** A name reduced for comparison: NFKC (full-width brackets and digits become half-width), no spaces or brackets, lower case. */
export function normaliseOrganisation(name: string): string {
  let reduced = normalised.get(name);
  if (reduced === undefined) {
    reduced = name.normalize('NFKC').replace(/[\s()[\]{}<>《》〈〉「」『』【】〔〕·・.,，。、'"“”‘’-]/gu, '').toLowerCase();
    // Bounded: names come from files, and a hostile one must not grow this without end.
    if (normalised.size >= 10_000) normalised.clear();
    normalised.set(name, reduced);
  }
  return reduced;
}

function overlaps(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= minimumContained && long.includes(short);
}

/**
 * The institutions of an application (the applicant, then its partners) that are the expert's own
 * organisation, or a part of it, or contain it; empty when none is, or the organisation is blank.
 */
export function organisationOverlap(organisation: string, institutions: readonly string[]): string[] {
  const own = normaliseOrganisation(organisation);
  return institutions.filter((name) => overlaps(own, normaliseOrganisation(name)));
}
