import type { Migration } from './migration.ts';

/** Migration 14: what a 专家名单 says of an expert (职称, 专业领域, 手机) and the categories they review. */
export const migration014: Migration = {
  version: 14,
  name: "an expert's title, expertise, phone and panel",
  sql: `
    -- From an imported 专家名单 or typed by the coordinator. panel: the category ids the expert
    -- reviews (JSON array; empty = every category), used by the automatic assignment.
    ALTER TABLE roster_experts ADD COLUMN title TEXT NOT NULL DEFAULT '';
    ALTER TABLE roster_experts ADD COLUMN expertise TEXT NOT NULL DEFAULT '';
    ALTER TABLE roster_experts ADD COLUMN phone TEXT NOT NULL DEFAULT '';
    ALTER TABLE roster_experts ADD COLUMN panel TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(panel));
  `,
};
