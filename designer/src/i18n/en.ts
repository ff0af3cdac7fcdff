// English UI texts. zh-cn.ts must have exactly the same keys (the type checker enforces it).
export const en = {
  app: { name: 'OMS Studio', tagline: 'Design order forms, flows and rules; run your orders.' },
  common: {
    loading: 'Loading…', retry: 'Retry', cancel: 'Cancel', close: 'Close', create: 'Create', save: 'Save',
    yes: 'Yes', no: 'No', none: 'None', back: 'Back', requestId: 'Request id: {{id}}', unknownError: 'Something went wrong',
  },
  nav: { home: 'Home', definitions: 'Definitions', admin: 'Admin' },
  header: { language: 'Language', logout: 'Log out', signedInAs: 'Signed in as {{name}} ({{role}})' },
  roles: { admin: 'Administrator', analyst: 'Business analyst', approver: 'Approver', operator: 'Operator', customer: 'Customer' },
  login: {
    title: 'Sign in to OMS Studio', email: 'Email', password: 'Password', tenant: 'Tenant (optional)',
    tenantHelp: 'Your organisation’s short name. Needed when your email is used in more than one organisation; remembered on this browser.', submit: 'Sign in', failed: 'Sign-in failed',
    emailRequired: 'Enter your email', passwordRequired: 'Enter your password',
    demoHint: 'Demo users: admin@, analyst@, approver@, operator@, customer@demo.test — password demo1234.',
  },
  home: {
    welcome: 'Welcome, {{name}}', staffIntro: 'Here is what you can do with your role:',
    definitionsCard: 'Design and publish order forms, approval flows, routing and review rules.',
    open: 'Open', noModules: 'More modules for your role are coming soon.',
    portalTitle: 'Customer portal',
    portalIntro: 'This portal is where you will place orders using the forms your supplier publishes and follow their status.',
    portalItems: 'What you can do here:', portalPlace: 'Place orders with published order forms',
    portalTrack: 'See the status of your orders', portalSoon: 'Order forms appear here once they are published.',
  },
  errors: {
    forbiddenTitle: 'Not allowed', forbidden: 'Your role ({{role}}) may not use this page.',
    notFoundTitle: 'Page not found', notFound: 'There is nothing at this address.', goHome: 'Go to home',
  },
  kinds: { form: 'Order forms', flow: 'Flows', routing: 'Routing rules', review: 'Review rules' },
  kindOne: { form: 'Order form', flow: 'Flow', routing: 'Routing rules', review: 'Review rules' },
  kindHelp: {
    form: 'Fields an end user fills in to place an order, with validation and layout.',
    flow: 'The steps an order goes through: approvals, actions, routing, waits.',
    routing: 'Which locations fulfil an order, scored and explained.',
    review: 'Checks that hold, reject or flag an order before it starts its flow.',
  },
  status: { draft: 'Draft', published: 'Published', archived: 'Archived' },
  definitions: {
    title: 'Definitions',
    help: 'Definitions are JSON documents that configure the OMS. Edit a draft, validate it, then publish an immutable version.',
    new: 'New definition', empty: 'No {{kind}} yet. Create the first one.',
    col: { key: 'Key', title: 'Title', status: 'Status', latest: 'Latest version', draft: 'Draft', updated: 'Updated' },
    hasDraft: 'Unpublished changes', noDraft: '—',
    createTitle: 'New definition', kind: 'Kind', key: 'Key', keyHelp: 'Lower-case letters, digits and dashes; cannot change later.',
    keyInvalid: 'Use lower-case letters, digits and dashes, starting with a letter', titleField: 'Title',
    titleRequired: 'Enter a title', created: 'Draft created',
  },
  detail: {
    help: 'Edit the draft as JSON (Ctrl+S saves). The editor checks shape and meaning as you type; Validate runs all server checks.',
    format: 'Format', archivedNote: 'This definition is archived: it is read-only and cannot be used for new orders.', save: 'Save draft', validate: 'Validate', publish: 'Publish', archive: 'Archive',
    conflict: 'Someone else saved this draft after you opened it. Your changes are not saved: copy them, reload the latest draft and apply them again.',
    reloadDraft: 'Reload the latest draft',
    saved: 'Draft saved', valid: 'No problems found', published: 'Published version {{version}}', archived: 'Archived',
    invalidJson: 'The text is not valid JSON: {{message}}', archiveConfirm: 'Archive this definition? It stays readable but cannot be used for new orders.',
    publishConfirm: 'Publish the saved draft as a new immutable version?', unsaved: 'Unsaved changes',
    noDraft: 'There is no draft. Showing the latest published version; saving creates a new draft.',
    tabs: { editor: 'Editor', versions: 'Version history', diff: 'Compare versions' },
    issuesTitle: 'Problems ({{count}})', issuesHelp: 'Click a problem to jump to it in the editor.', noIssues: 'No problems.',
    root: '(document)', latestVersion: 'Latest version: {{version}}', neverPublished: 'Not published yet',
  },
  versions: {
    help: 'Each publish freezes an immutable, numbered version. Orders keep the version they started with.',
    empty: 'No published versions yet.', col: { version: 'Version', publishedAt: 'Published', publishedBy: 'By', checksum: 'Checksum' },
    view: 'View', viewTitle: 'Version {{version}} (read-only)',
  },
  diff: {
    help: 'Pick two versions (or the draft) to see what changed.', from: 'From', to: 'To', compare: 'Compare', draft: 'Draft',
    noChanges: 'No differences.', needTwo: 'Publish at least one version to compare.',
    change: 'Change', path: 'Path', op: { add: 'Added', remove: 'Removed', replace: 'Changed' }, before: 'Before', after: 'After',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Resources = Widen<typeof en>;
