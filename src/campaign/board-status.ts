/**
 * The status of one region × data kind on the analysts' board, from its submissions (pure): not submitted; with
 * rejects (the latest file was rejected or unreadable); accepted; corrected after the deadline (accepted, and an
 * accepted correction came after the deadline day, UTC).
 */
export const BOARD_STATUSES = ['not_submitted', 'with_rejects', 'accepted', 'corrected_late'] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export interface SubmissionFact {
  readonly status: 'accepted' | 'rejected' | 'unchanged' | 'refused';
  readonly correction: boolean;
  /** ISO timestamp. */
  readonly submittedAt: string;
}

export function boardStatus(submissions: readonly SubmissionFact[], deadline: string): BoardStatus {
  if (submissions.length === 0) return 'not_submitted';
  const ordered = [...submissions].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const latest = ordered[ordered.length - 1]!;
  if (latest.status === 'rejected' || latest.status === 'refused') return 'with_rejects';
  const endOfDeadline = `${deadline}T23:59:59.999Z`;
  const lateCorrection = ordered.some((s) => s.status === 'accepted' && s.correction && s.submittedAt > endOfDeadline);
  return lateCorrection ? 'corrected_late' : 'accepted';
}

/** The statuses in words, as the board shows them and its export writes them. */
export const BOARD_STATUS_TEXT: Record<BoardStatus, { readonly ru: string; readonly en: string }> = {
  not_submitted: { ru: 'не представлено', en: 'not submitted' },
  with_rejects: { ru: 'с ошибками', en: 'with rejects' },
  accepted: { ru: 'принято', en: 'accepted' },
  corrected_late: { ru: 'исправлено после срока', en: 'corrected after the deadline' },
};
