/** Every contract method's name; the contract must define exactly these (checked by its type). */
export const methodNames = [
  'getAppInfo',
  'listSeries',
  'listLetterheads',
  'getLetterhead',
  'createLetterhead',
  'updateLetterhead',
  'listOfficeWords',
  'addOfficeWord',
  'listCommuniques',
  'getCommunique',
  'createCommunique',
  'saveCommunique',
  'createTranslation',
  'getSession',
  'listProfiles',
  'signIn',
  'signOut',
  'createUser',
  'listUsers',
  'updateUser',
  'changePassphrase',
  'listVersions',
  'getVersion',
  'submitForReview',
  'withdrawSubmission',
  'getApprovalNumber',
  'approveVersion',
  'requestChanges',
  'listComments',
  'addComment',
  'resolveComment',
  'publishCommunique',
  'withdrawCommunique',
  'voidNumber',
  'listNumbers',
  'listNumberYears',
  'getNumbering',
  'continueNumbering',
  'createCorrection',
  'markTranslationSynced',
  'getInbox',
  'listAudit',
  'renderExport',
  'exportToFolder',
  'listFolder',
  'makeFolder',
  'verifyExport',
  'listExports',
] as const;

/** The name of a contract method. */
export type MethodName = (typeof methodNames)[number];

/** True when `name` names a contract method. */
export function isMethodName(name: string): name is MethodName {
  return (methodNames as readonly string[]).includes(name);
}
