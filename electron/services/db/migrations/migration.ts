/**
 * One numbered schema step. Never edit a released migration, not even its whitespace (sqlite_master
 * keeps each statement's text as written): add the next one, in a file of its own, and list it in index.ts.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
