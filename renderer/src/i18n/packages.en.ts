import type { packagesZhCN } from './packages.zh-cn.ts';

/** The shape of the packages strings: zh-CN's keys. */
export type PackagesMessages = { readonly [K in keyof typeof packagesZhCN]: string };

/** Strings of review packages: built by the coordinator, opened by the expert, in English. */
export const packagesEn: PackagesMessages = {
  buildFailed: 'The package could not be built (no file was left behind)',
  packageBuilt: 'Package signed: {{file}} ({{size}} MB)',
  savePackage: 'Save package',
  openPackage: 'Open review package',
  openPackageTitle: 'Open review package',
  checkingPackage: 'Checking the coordinator\'s signature and every file\'s digest…',
  packageRefused: 'The package failed a check',
  packageVerified: 'Signature valid; every file matches the manifest',
  reviewTitle: 'Review',
  coordinator: 'Coordinator',
  coordinatorFingerprint: 'Coordinator key fingerprint',
  contents: 'Contents',
  contentsValue: '{{submissions}} applications, {{documents}} files',
  compareCoordinator: 'If in doubt, compare the fingerprint above with the coordinator.',
  chooseName: 'Choose your name on the roster:',
  thisComputer: 'this computer\'s key',
  replacesDemo: 'This computer\'s built-in demo is the same review as this package',
  replaceDemoConfirm: 'Replace the demo with this package, deleting what is listed above',
  demoWorkNone: 'The demo holds no scores, comments, citations, recusals or signed sheets yet: replacing it deletes none of your work.',
  demoWorkLost: 'Replacing deletes from the demo: {{scores}} scores, {{comments}} comments, {{evidence}} citations, {{conflicts}} recusals, {{sheets}} signed sheet versions.',
  keptApart: 'This computer holds this review as its coordinator',
  keptApartHint: 'An expert copy is made for your scoring; the coordinator\'s roster, assignments, recusals and issued packages stay as they are. The sheet you sign still belongs to this review.',
  importPackage: 'Import',
  imported: 'Imported {{title}}',
  alreadyImported: 'This package was imported before; nothing changed',
};
