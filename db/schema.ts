import type { Generated, Selectable, Insertable, Updateable } from "kysely";

// Column types of the tables, in camelCase (the connection uses CamelCasePlugin).
// Keep in step with db/migrations; each feature adds its tables here.

export interface OrganisationsTable {
  id: Generated<number>;
  ref: string;
  kind: "supplier" | "buyer" | "organiser";
  nameVi: string | null;
  nameEn: string | null;
  nameJa: string | null;
  descriptionVi: string | null;
  descriptionEn: string | null;
  descriptionJa: string | null;
  taxCode: string | null;
  website: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  status: Generated<"active" | "suspended">;
  verifiedAt: string | null;
  contentHash: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  /** 'portal' when registered on /my/organisation (its ref is in the P- namespace; migration 31). */
  origin: Generated<"import" | "portal">;
  /** Set when an organiser linked a portal firm to the city's ref: imports may then update it. */
  linkedAt: Generated<string | null>;
}

export interface SupplierProfilesTable {
  orgId: number;
  founded: number | null;
  employees: number | null;
  address: string | null;
  commune: string | null;
  industrialZone: string | null;
  city: string | null;
  /** JSON array of ISO country codes. */
  exportMarkets: Generated<string>;
  sector: string | null;
  equipment: string | null;
  capacityNotes: string | null;
  /** File name of the uploaded logo inside `${dataDir}/uploads/` (migration 09). */
  logoPath: Generated<string | null>;
}

export interface BuyerProfilesTable {
  orgId: number;
  country: string | null;
}

export type TermKind = "process" | "material" | "product";

export interface CapabilityTermsTable {
  id: Generated<number>;
  orgId: number;
  kind: TermKind;
  text: string;
  lang: "vi" | "en" | "ja" | null;
  conceptId: string | null;
  position: Generated<number>;
}

export interface CertificationsTable {
  id: Generated<number>;
  orgId: number;
  standard: string;
  conceptId: string | null;
  certificateNo: string | null;
  issuer: string | null;
  scope: string | null;
  validUntil: string | null;
  filePath: string | null;
  position: Generated<number>;
  updatedAt: Generated<string>;
}

export interface SourcingRequestsTable {
  id: Generated<number>;
  ref: string;
  buyerOrgId: number;
  titleVi: string | null;
  titleEn: string | null;
  titleJa: string | null;
  descriptionVi: string | null;
  descriptionEn: string | null;
  descriptionJa: string | null;
  annualVolume: number | null;
  targetDate: string | null;
  status: Generated<"open" | "closed">;
  visibility: Generated<"public" | "organisers">;
  contentHash: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export interface RequestTermsTable {
  id: Generated<number>;
  requestId: number;
  kind: TermKind | "certification";
  text: string;
  conceptId: string | null;
  position: Generated<number>;
}

/** Own words attached to a taxonomy concept by an organiser (/admin/taxonomy). */
export interface TaxonomyTermsTable {
  id: Generated<number>;
  kind: TermKind;
  termKey: string;
  text: string;
  conceptId: string;
  createdBy: string;
  createdAt: Generated<string>;
}

export interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  role: "organiser" | "admin" | "buyer" | "supplier";
  orgId: number | null;
  tokenHash: string;
  prefix: string;
  createdAt: Generated<string>;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** Always written by the portal; NULL (only by hand) counts as expired. */
  expiresAt: string | null;
  /** The staff account that created it (null: the CLI, or before 2026-12-05). */
  createdBy: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<string>;
  actor: string;
  action: string;
  entity: string;
  entityRef: string | null;
  details: string | null;
}

/** A spreadsheet column mapping saved by an organiser for files of one shape (/admin/import). */
export interface ImportMappingsTable {
  id: Generated<number>;
  name: string;
  shape: string;
  /** cnht-sheet-mapping/1 as JSON. */
  mapping: string;
  createdBy: string;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

/** An organiser's import job and its progress (/admin/import; ADR 465). */
export interface ImportJobsTable {
  /** 32 hex digits: the progress endpoint's only credential. */
  id: string;
  source: string;
  done: Generated<number>;
  total: Generated<number>;
  /** The finished import's report, as JSON. */
  report: string | null;
  error: string | null;
  startedAt: Generated<string>;
  updatedAt: Generated<string>;
  finishedAt: string | null;
}

/** The record the last import brought for an organisation (field provenance, ADR 180). */
export interface ImportSnapshotsTable {
  orgId: number;
  hash: string;
  /** canonical cnht-directory/1 record as JSON. */
  record: string;
  source: string | null;
  importedAt: Generated<string>;
}

/** A field an import left as the firm saved it although the file says otherwise (ADR 180). */
export interface ImportConflictsTable {
  id: Generated<number>;
  orgId: number;
  field: string;
  /** JSON values. */
  fileValue: string;
  portalValue: string;
  source: string | null;
  actor: string;
  status: Generated<"open" | "import" | "portal">;
  createdAt: Generated<string>;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

/** A buyer's "not relevant" on a suggested supplier (matching); kept for the organisers' report. */
export interface MatchDismissalsTable {
  id: Generated<number>;
  requestId: number;
  supplierOrgId: number;
  reason:
    | "missing_certificate"
    | "wrong_process"
    | "wrong_material"
    | "too_small"
    | "price"
    | "already_supplier"
    | "other";
  note: string | null;
  score: number | null;
  createdBy: number | null;
  createdAt: Generated<string>;
  /** Which side spoke: one verdict per side on a (request, supplier) pair (decision 703). */
  givenBy: Generated<"buyer" | "organiser">;
}

export interface SearchOutboxTable {
  id: Generated<number>;
  entity: "supplier";
  ref: string;
  op: "upsert" | "delete";
  createdAt: Generated<string>;
  doneAt: string | null;
  attempts: Generated<number>;
  lastError: string | null;
  /** Set after a failed attempt: the worker leaves the row alone until then (backoff). */
  nextAttemptAt: Generated<string | null>;
}

// Accounts (migration 2026-11-23-02-accounts).
export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  passwordHash: string;
  role: "supplier" | "buyer" | "organiser" | "admin";
  locale: Generated<"vi" | "en">;
  status: Generated<"active" | "suspended">;
  createdAt: Generated<string>;
  lastLoginAt: string | null;
  /** When the user proved they read this address (migration 32). */
  emailVerifiedAt: Generated<string | null>;
  /** The interface language chosen, vi/en/ja (migration 2026-12-06-40); null means `locale`. */
  language: Generated<"vi" | "en" | "ja" | null>;
  /** 1: mail about meeting requests and messages; 0: in-app notices only (2026-12-08-14). */
  mailEngagement: Generated<number>;
}

/**
 * A single-use link sent to a user (migrations 02 and 32): the mail holds the secret whose SHA-256
 * is tokenHash; usedAt is set once. Password resets and e-mail verifications are both this.
 */
export interface UserLinkTable {
  id: Generated<number>;
  userId: number;
  tokenHash: string;
  expiresAt: string;
  usedAt: string | null;
  createdAt: Generated<string>;
}

export type EmailVerificationsTable = UserLinkTable;

/** One row per time a firm's contact details were shown to someone (migration 32). */
export interface ContactViewsTable {
  id: Generated<number>;
  orgId: number;
  viewerUserId: number | null;
  viewerTokenId: number | null;
  viewerOrgId: number | null;
  via: "page" | "api";
  at: Generated<string>;
}

/** A logged-in browser (migration 2026-12-05-21-sessions): the cookie holds the secret whose SHA-256 is tokenHash. */
export interface SessionsTable {
  id: Generated<number>;
  tokenHash: string;
  userId: number;
  createdAt: Generated<string>;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
}

export interface MembershipsTable {
  userId: number;
  orgId: number;
  role: "owner" | "member";
  createdAt: Generated<string>;
}

export interface InvitesTable {
  id: Generated<number>;
  orgId: number;
  tokenHash: string;
  createdBy: number | null;
  expiresAt: string;
  usedAt: string | null;
  usedBy: number | null;
  createdAt: Generated<string>;
}

export type PasswordResetsTable = UserLinkTable;

export interface MailOutboxTable {
  id: Generated<number>;
  kind: string;
  toAddress: string;
  subject: string;
  body: string;
  createdAt: Generated<string>;
  sentAt: string | null;
  lastError: string | null;
  // Delivery (migration 2026-12-05-61).
  state: Generated<MailState>;
  attempts: Generated<number>;
  /** UTC ISO; a pending row is left alone until then (backoff after a temporary failure). */
  nextAttemptAt: string | null;
  claimedAt: string | null;
  claimToken: string | null;
  /** Fixed at the first claim and reused by every attempt, so a resend is recognisable. */
  messageId: string | null;
  html: string | null;
  /** JSON MailCalendarPart[]. */
  calendar: Generated<string>;
  locale: "vi" | "en" | null;
  /** The language the mail is written in, Japanese included (migration 2026-12-06-40). */
  language: Generated<"vi" | "en" | "ja" | null>;
  dedupeKey: string | null;
  failedAt: string | null;
}

export type MailState = "pending" | "claimed" | "sending" | "sent" | "failed";

export interface MeetingInvitationsTable {
  meetingId: number;
  eventId: number;
  aId: number;
  bId: number;
  sequence: Generated<number>;
  startsAt: string;
  minutes: number;
  tableName: string;
  state: "active" | "cancelled";
  updatedAt: Generated<string>;
}

export interface ProgrammeRecognitionsTable {
  id: Generated<number>;
  orgId: number;
  /** spcncl = "Hanoi key industrial product" (with product and year); cnht_support = support received. */
  kind: "spcncl" | "cnht_support";
  product: string | null;
  year: number;
  note: string | null;
  createdAt: Generated<string>;
}

// ---- the fair (migration 06) ----------------------------------------------------------

export interface EventsTable {
  id: Generated<number>;
  nameVi: string;
  nameEn: string | null;
  venue: string | null;
  status: Generated<"draft" | "open" | "closed">;
  /** Local (+07:00) "HH:MM". */
  dayStart: string;
  dayEnd: string;
  /** JSON [{ "start": "HH:MM", "end": "HH:MM" }]. */
  breaks: Generated<string>;
  meetingMinutes: number;
  changeoverMinutes: Generated<number>;
  allowBuyerBuyer: Generated<number>;
  allowSupplierSupplier: Generated<number>;
  buyerMaxMeetings: number | null;
  supplierMaxMeetings: number | null;
  buyerMaxOpenRequests: number | null;
  supplierMaxOpenRequests: number | null;
  /** UTC ISO instants ('...Z'). */
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  requestDeadline: string | null;
  draftRevision: Generated<number>;
  publishedVersion: Generated<number>;
  createdBy: number | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export interface EventDaysTable {
  eventId: number;
  date: string;
}

export interface EventSlotsTable {
  id: Generated<number>;
  eventId: number;
  /** "d1-0900": day number and local start; stable across edits of the hours. */
  code: string;
  position: number;
  /** ISO with the +07:00 offset, as in cnht-schedule/1. */
  startsAt: string;
  minutes: number;
}

export interface EventTablesTable {
  id: Generated<number>;
  eventId: number;
  code: string;
  name: string;
  position: number;
}

export interface EventParticipantsTable {
  id: Generated<number>;
  eventId: number;
  orgId: number;
  kind: "buyer" | "supplier";
  status: Generated<"pending" | "approved" | "rejected" | "withdrawn">;
  note: string | null;
  registeredBy: number | null;
  approvedBy: number | null;
  approvedAt: string | null;
  arrivesAt: string | null;
  leavesAt: string | null;
  /** JSON array of slot codes. */
  blockedSlots: Generated<string>;
  fixedTableId: number | null;
  maxMeetings: number | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export interface MeetingRequestsTable {
  id: Generated<number>;
  eventId: number;
  fromId: number;
  toId: number;
  message: string | null;
  status: Generated<"pending" | "accepted" | "declined" | "cancelled" | "expired">;
  declineReason: string | null;
  createdBy: number | null;
  /** Why an accepted meeting was cancelled, in the canceller's words (shown to the other party). */
  cancelReason: Generated<string | null>;
  createdAt: Generated<string>;
  respondedAt: string | null;
  updatedAt: Generated<string>;
}

export interface MeetingsTable {
  id: Generated<number>;
  eventId: number;
  aId: number;
  bId: number;
  source: "request" | "organiser" | "suggestion";
  weight: number;
  status: Generated<"active" | "cancelled">;
  slotId: number | null;
  tableId: number | null;
  unscheduledReason: string | null;
  movedByHand: Generated<number>;
  note: string | null;
  createdBy: number | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  /** Why the two meet, as planned: JSON MeetingReasons ({vi, en}); null before 2026-12-05-79. */
  reasons: string | null;
}

export interface MeetingSeatsTable {
  meetingId: number;
  eventId: number;
  slotId: number;
  participantId: number;
}

export interface ScheduleRunsTable {
  id: Generated<number>;
  eventId: number;
  mode: "full" | "unscheduled";
  seed: number;
  includeSuggestions: Generated<number>;
  meetings: number;
  placed: number;
  unscheduled: number;
  durationMs: number;
  createdBy: number | null;
  createdAt: Generated<string>;
  /** Placed weight, its proven upper bound and whether the plan is proven optimal; null before. */
  weight: number | null;
  weightBound: number | null;
  optimal: number | null;
}

export interface PublicationsTable {
  id: Generated<number>;
  eventId: number;
  version: number;
  draftRevision: number;
  meetings: number;
  publishedBy: number | null;
  publishedAt: Generated<string>;
}

export interface PublishedMeetingsTable {
  publicationId: number;
  meetingId: number;
  slotId: number;
  tableId: number;
  aId: number;
  bId: number;
  /** The meeting's reasons as they were when published (copied from meetings.reasons). */
  reasons: string | null;
}

export interface MeetingAttendanceTable {
  meetingId: number;
  eventId: number;
  status: "held" | "no_show";
  absentParticipantId: number | null;
  via: "qr" | "button";
  recordedBy: number | null;
  recordedAt: Generated<string>;
}

export interface MeetingOutcomesTable {
  id: Generated<number>;
  meetingId: number;
  participantId: number;
  outcome:
    "no_further_contact" | "samples_requested" | "quotation_requested" | "negotiation" | "order_placed";
  note: string | null;
  recordedBy: number | null;
  recordedAt: Generated<string>;
}

/** The programme's targets by year (migration 2026-12-05-71). */
export interface ProgrammeTargetsTable {
  year: number;
  /** "firms", "certified", "mncSuppliers", "meetings", "outcomes" or "sector:<sector id>" (a %). */
  metric: string;
  value: number;
  updatedBy: number | null;
  updatedAt: Generated<string>;
}

/** A frozen edition of the annual publication (migration 2026-12-05-72). */
export interface PublicationEditionsTable {
  year: number;
  /** JSON cnht-publication/1 (app/modules/programme/publication.ts). */
  snapshot: string;
  frozenBy: number | null;
  frozenAt: Generated<string>;
}

/** A support scheme (migration 2026-12-06-20). Amounts in whole VND; dates YYYY-MM-DD (Hanoi). */
export interface SupportSchemesTable {
  id: Generated<number>;
  nameVi: string;
  nameEn: string;
  kind: "management_system" | "rnd" | "trade_promotion" | "training";
  /** Only for management_system: the standard the support leads to. */
  standard: "iso9001" | "iatf16949" | "iso14001" | "lean" | null;
  budget: number;
  opensOn: string;
  closesOn: string;
  eligibilityVi: Generated<string>;
  eligibilityEn: Generated<string>;
  createdBy: number | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  /** Bumped by every edit; an edit made on an older version is refused (migration 2026-12-07-30). */
  version: Generated<number>;
  archivedAt: string | null;
  /** 1: an approval shows on the firm's public profile as programme support. */
  recognition: Generated<number>;
}

export interface SchemeApplicationsTable {
  id: Generated<number>;
  schemeId: number;
  orgId: number;
  status: Generated<"submitted" | "approved" | "rejected">;
  note: Generated<string>;
  amount: number | null;
  reason: string | null;
  submittedBy: number | null;
  decidedBy: number | null;
  decidedAt: string | null;
  createdAt: Generated<string>;
  /** Set when the firm withdraws (migration 2026-12-07-30); status stays as it was. */
  withdrawnAt: string | null;
  /** 1, then one more each time the firm applies again after withdrawing (migration 2026-12-08-16). */
  round: Generated<number>;
}

/** Organisers' requests for more information and the firm's answers (migration 2026-12-07-30). */
export interface SchemeInfoRequestsTable {
  id: Generated<number>;
  applicationId: number;
  question: string;
  askedBy: number | null;
  askedAt: Generated<string>;
  answer: string | null;
  answeredBy: number | null;
  answeredAt: string | null;
  /** The application's round the question was asked in (migration 2026-12-08-16). */
  round: Generated<number>;
}

export interface SchemeDocumentsTable {
  id: Generated<number>;
  applicationId: number;
  /** A stored upload's name (app/modules/profile/files.ts isStoredName). */
  filePath: string;
  size: number;
  createdAt: Generated<string>;
  /** The information request this document answered; NULL for the application's own. */
  infoRequestId: number | null;
  /** The application's round the document was sent with (migration 2026-12-08-16). */
  round: Generated<number>;
}

/** News and policy notices (migration 2026-12-06-21); bodies are Markdown. */
export interface NewsArticlesTable {
  id: Generated<number>;
  slug: string;
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
  schemeId: number | null;
  publishedAt: string | null;
  createdBy: number | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
  archivedAt: string | null;
}

export interface DB {
  programmeTargets: ProgrammeTargetsTable;
  publicationEditions: PublicationEditionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  emailVerifications: EmailVerificationsTable;
  contactViews: ContactViewsTable;
  memberships: MembershipsTable;
  invites: InvitesTable;
  passwordResets: PasswordResetsTable;
  mailOutbox: MailOutboxTable;
  meetingInvitations: MeetingInvitationsTable;
  programmeRecognitions: ProgrammeRecognitionsTable;
  organisations: OrganisationsTable;
  supplierProfiles: SupplierProfilesTable;
  buyerProfiles: BuyerProfilesTable;
  capabilityTerms: CapabilityTermsTable;
  certifications: CertificationsTable;
  sourcingRequests: SourcingRequestsTable;
  requestTerms: RequestTermsTable;
  taxonomyTerms: TaxonomyTermsTable;
  apiTokens: ApiTokensTable;
  auditLog: AuditLogTable;
  importMappings: ImportMappingsTable;
  importJobs: ImportJobsTable;
  importSnapshots: ImportSnapshotsTable;
  importConflicts: ImportConflictsTable;
  searchOutbox: SearchOutboxTable;
  matchDismissals: MatchDismissalsTable;
  meetingAttendance: MeetingAttendanceTable;
  meetingOutcomes: MeetingOutcomesTable;
  events: EventsTable;
  eventDays: EventDaysTable;
  eventSlots: EventSlotsTable;
  eventTables: EventTablesTable;
  eventParticipants: EventParticipantsTable;
  meetingRequests: MeetingRequestsTable;
  meetings: MeetingsTable;
  meetingSeats: MeetingSeatsTable;
  scheduleRuns: ScheduleRunsTable;
  publications: PublicationsTable;
  publishedMeetings: PublishedMeetingsTable;
  supportSchemes: SupportSchemesTable;
  schemeApplications: SchemeApplicationsTable;
  schemeDocuments: SchemeDocumentsTable;
  schemeInfoRequests: SchemeInfoRequestsTable;
  newsArticles: NewsArticlesTable;
  notifications: NotificationsTable;
  shortlists: ShortlistsTable;
  shortlistItems: ShortlistItemsTable;
  messageThreads: MessageThreadsTable;
  messages: MessagesTable;
  threadReads: ThreadReadsTable;
  requestInterests: RequestInterestsTable;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;

// ---- engagement (migration 2026-12-06-30) ------------------------------------------------

export interface NotificationsTable {
  id: Generated<number>;
  userId: number;
  /** "meeting_request", "meeting_accepted", … (app/modules/engagement). */
  kind: string;
  /** JSON: the names and titles the message needs, in both languages. */
  params: Generated<string>;
  link: string;
  readAt: string | null;
  createdAt: Generated<string>;
}

export interface ShortlistsTable {
  id: Generated<number>;
  orgId: number;
  name: string;
  createdBy: number | null;
  createdAt: Generated<string>;
}

export interface ShortlistItemsTable {
  shortlistId: number;
  supplierOrgId: number;
  addedBy: number | null;
  addedAt: Generated<string>;
}

export interface MessageThreadsTable {
  id: Generated<number>;
  buyerOrgId: number;
  supplierOrgId: number;
  requestId: number | null;
  meetingRequestId: number | null;
  subject: string;
  createdBy: number | null;
  createdAt: Generated<string>;
  lastMessageAt: Generated<string>;
  reportedAt: string | null;
  reportedBy: number | null;
  reportReason: string | null;
}

export interface MessagesTable {
  id: Generated<number>;
  threadId: number;
  senderOrgId: number;
  senderUserId: number | null;
  body: string;
  createdAt: Generated<string>;
}

export interface ThreadReadsTable {
  threadId: number;
  orgId: number;
  lastReadId: Generated<number>;
}

export interface RequestInterestsTable {
  requestId: number;
  supplierOrgId: number;
  note: string | null;
  createdBy: number | null;
  createdAt: Generated<string>;
}
