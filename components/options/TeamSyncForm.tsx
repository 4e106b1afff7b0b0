import { useEffect, useState, type FormEvent } from 'react';
import { send } from '../../lib/messages/client';
import { t } from '../../lib/platform/i18n';
import {
  DB_NAME_RULE,
  normaliseServerUrl,
  originPattern,
  serverUrlProblem,
  sessionCookieValue,
  type ShareMode,
  type SignInMethod,
  type TeamConfigInput,
  type TeamConfigView,
  type TeamStatus,
} from '../../lib/sync/config';
import { MIN_TEAM_KEY_LENGTH } from '../../lib/sync/team-key';

export interface TeamSyncPorts {
  /**
   * Asks the browser for the one host pattern (permissions.request), with `permissions` ('cookies'
   * for a pasted session cookie) in the same prompt. Called first thing in the submit handler, so it
   * runs inside the user's click as the browser requires.
   */
  requestHost: (pattern: string, permissions?: string[]) => Promise<boolean>;
  confirm: (question: string) => boolean;
  /** How often the status line is read again while the page is open. */
  pollMs?: number;
}

type Snapshot = { config: TeamConfigView | null; status: TeamStatus };

const ERROR_TEXT: Record<NonNullable<TeamStatus['lastError']>['code'], Parameters<typeof t>[0]> = {
  unauthorized: 'teamErrorUnauthorized',
  signed_out: 'teamErrorSignedOut',
  no_team_key: 'teamErrorNoTeamKey',
  not_couchdb: 'teamErrorNotCouchdb',
  network: 'teamErrorNetwork',
  db_missing: 'teamErrorDbMissing',
  forbidden: 'teamErrorForbidden',
  server: 'teamErrorServer',
  not_granted: 'teamErrorNotGranted',
};

const when = (ms: number) => new Date(ms).toLocaleString();

/** The status line: last sync, queue, teammates' documents, and the last problem by name. */
export function TeamStatusLine({ status }: { status: TeamStatus }) {
  if (!status.enabled) return <p className="m-0 text-sm text-slate-700">{t('teamStatusOff')}</p>;
  return (
    <div className="grid gap-1 text-sm">
      <p className="m-0">
        {status.lastSyncAt ? t('teamStatusLast', when(status.lastSyncAt)) : t('teamStatusNever')} · {t('teamStatusPending', status.pending)} · {t('teamStatusDocs', status.teamDocs)}
      </p>
      {status.lastError && (
        <p className="m-0 text-red-700" data-error={status.lastError.code}>
          {t(ERROR_TEXT[status.lastError.code])} {status.lastError.detail ? t('teamErrorDetail', status.lastError.detail) : ''}
          {status.nextAttemptAt ? ` ${t('teamStatusNext', when(status.nextAttemptAt))}` : ''}
        </p>
      )}
      {status.skipped > 0 && <p className="m-0 text-amber-800">{t('teamStatusSkipped', status.skipped, status.skippedReasons.join('; '))}</p>}
    </div>
  );
}

/** Options → Team: where the team's CouchDB is, who signs in, what is shared (issue 18). */
export function TeamSyncForm({ requestHost, confirm, pollMs = 2000 }: TeamSyncPorts) {
  const [snap, setSnap] = useState<Snapshot | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [generation, setGeneration] = useState(0);
  // Which fields show: the sign-in's secret, the team key (null: as saved).
  const [signIn, setSignIn] = useState<SignInMethod | null>(null);
  const [share, setShare] = useState<ShareMode | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void send('team.get', {}).then((s) => live && setSnap(s), () => {});
    read();
    const timer = setInterval(read, pollMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [pollMs]);
  if (!snap) return null;
  const config = snap.config;
  const method = signIn ?? config?.signIn ?? 'password';
  const shareMode = share ?? config?.share ?? 'everything';

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '').trim();
    const serverUrl = text('serverUrl');
    const input: TeamConfigInput = {
      enabled: f.get('enabled') === 'on',
      serverUrl,
      database: text('database'),
      username: text('username'),
      displayName: text('displayName'),
      share: shareMode,
      signIn: method,
      password: method === 'password' ? String(f.get('password') ?? '') : '',
      cookie: method === 'cookie' ? text('cookie') : '',
      teamKey: shareMode === 'pseudonymised' ? String(f.get('teamKey') ?? '') : '',
    };
    // The session the browser holds is kept when no new secret is given: only for the same server and user.
    const sameSignIn = !!config && config.serverUrl === normaliseServerUrl(serverUrl || 'http://x') && config.username === input.username && config.signIn === method;
    const keptKey = !!config?.teamKeyId && config.database === input.database;
    const problem = serverUrlProblem(serverUrl)
      ? t('teamInvalidUrl')
      : !DB_NAME_RULE.test(input.database)
        ? t('teamInvalidDb')
        : !input.username || !input.displayName
          ? t('teamInvalidUser')
          : input.enabled && method === 'password' && !input.password && !sameSignIn
            ? t('teamInvalidPassword')
            : method === 'cookie' && input.cookie && !sessionCookieValue(input.cookie)
              ? t('teamInvalidCookie')
              : shareMode === 'pseudonymised' && !input.teamKey && !keptKey
                ? t('teamInvalidTeamKey', String(MIN_TEAM_KEY_LENGTH))
                : input.teamKey && input.teamKey.length < MIN_TEAM_KEY_LENGTH
                  ? t('teamInvalidTeamKey', String(MIN_TEAM_KEY_LENGTH))
                  : null;
    if (problem) {
      setMessage({ text: t('teamInvalid', problem), error: true });
      return;
    }
    const pattern = originPattern(normaliseServerUrl(serverUrl));
    // Inside the click: the browser shows its prompt for exactly this host (and, for a pasted
    // session cookie, for putting it in the browser's cookie store).
    const asked = input.enabled ? requestHost(pattern, input.cookie ? ['cookies'] : undefined).catch(() => false) : Promise.resolve(false);
    void (async () => {
      const granted = await asked;
      try {
        const saved = await send('team.save', input);
        setSnap(saved);
        const error = saved.status.lastError?.code;
        const signInFailed = input.enabled && granted && (input.password || input.cookie) && (error === 'unauthorized' || error === 'signed_out');
        setMessage({
          text: !input.enabled ? t('teamSavedOff') : !granted ? t('teamSavedNotGranted', pattern) : signInFailed ? t('teamSavedNotSignedIn') : t('teamSaved', pattern),
          error: input.enabled && (!granted || !!signInFailed),
        });
        setGeneration((g) => g + 1);
      } catch (err) {
        setMessage({ text: t('teamInvalid', err instanceof Error ? err.message : String(err)), error: true });
      }
    })();
  };
  const syncNow = async () => {
    const status = await send('team.sync', {});
    setSnap((s) => (s ? { ...s, status } : s));
  };
  const disconnect = async () => {
    if (!confirm(t('teamDisconnectConfirm'))) return;
    setSnap(await send('team.disconnect', { confirm: true }));
    setGeneration((g) => g + 1);
    setSignIn(null);
    setShare(null);
    setMessage(null);
  };
  const field = 'grid gap-1 text-sm';
  const input = 'rounded border border-slate-300 px-2 py-1';
  return (
    <section className="mt-8 grid max-w-xl gap-3" aria-labelledby="team-title">
      <h2 id="team-title" className="m-0 text-xl font-semibold">
        {t('teamTitle')}
      </h2>
      <p className="m-0 text-sm text-slate-700">{t('teamIntro')}</p>
      <form key={generation} onSubmit={submit} className="grid gap-3" aria-label={t('teamTitle')}>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="enabled" defaultChecked={config?.enabled ?? false} />
          {t('teamEnabled')}
        </label>
        <label className={field}>
          {t('teamServerUrl')}
          <input className={input} name="serverUrl" type="url" defaultValue={config?.serverUrl ?? ''} maxLength={2000} placeholder="https://couch.example.com" aria-describedby="team-url-hint" />
          <span id="team-url-hint" className="text-xs text-slate-600">
            {t('teamServerUrlHint')}
          </span>
        </label>
        <label className={field}>
          {t('teamDatabase')}
          <input className={input} name="database" defaultValue={config?.database ?? ''} maxLength={238} aria-describedby="team-db-hint" />
          <span id="team-db-hint" className="text-xs text-slate-600">
            {t('teamDatabaseHint')}
          </span>
        </label>
        <fieldset className="grid gap-1 text-sm">
          <legend>{t('teamSignIn')}</legend>
          {(
            [
              ['password', 'teamSignInPassword'],
              ['cookie', 'teamSignInCookie'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="signIn" value={value} checked={method === value} onChange={() => setSignIn(value)} />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <label className={field}>
          {t('teamUser')}
          <input className={input} name="username" autoComplete="username" defaultValue={config?.username ?? ''} maxLength={200} />
        </label>
        {method === 'password' ? (
          <label className={field}>
            {t('teamPassword')}
            <input
              className={input}
              name="password"
              type="password"
              autoComplete="current-password"
              maxLength={1000}
              placeholder={config?.signIn === 'password' ? t('teamPasswordKept') : ''}
              aria-describedby="team-password-hint"
            />
            <span id="team-password-hint" className="text-xs text-slate-600">
              {t('teamPasswordHint')}
            </span>
          </label>
        ) : (
          <label className={field}>
            {t('teamCookie')}
            <input className={input} name="cookie" type="password" autoComplete="off" maxLength={4096} placeholder="AuthSession=…" aria-describedby="team-cookie-hint" />
            <span id="team-cookie-hint" className="text-xs text-slate-600">
              {t('teamCookieHint')}
            </span>
          </label>
        )}
        <label className={field}>
          {t('teamDisplayName')}
          <input className={input} name="displayName" defaultValue={config?.displayName ?? ''} maxLength={200} />
        </label>
        <fieldset className="grid gap-1 text-sm">
          <legend>{t('teamShare')}</legend>
          {(
            [
              ['everything', 'teamShareEverything'],
              ['pseudonymised', 'teamSharePseudonymised'],
              ['counts', 'teamShareCounts'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="share" value={value} checked={shareMode === value} onChange={() => setShare(value)} />
              {t(label)}
            </label>
          ))}
        </fieldset>
        {shareMode === 'pseudonymised' && (
          <label className={field}>
            {t('teamKey')}
            <input
              className={input}
              name="teamKey"
              type="password"
              autoComplete="off"
              maxLength={1000}
              placeholder={config?.teamKeyId ? t('teamKeyKept', config.teamKeyId) : ''}
              aria-describedby="team-key-hint"
            />
            <span id="team-key-hint" className="text-xs text-slate-600">
              {t('teamKeyHint', String(MIN_TEAM_KEY_LENGTH))}
              {config?.teamKeyId ? ` ${t('teamKeyId', config.teamKeyId)}` : ''}
            </span>
          </label>
        )}
        <p className="m-0 text-xs text-slate-700" data-testid="team-stored">
          {t('teamStoredWhere')}
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="rounded-md bg-teal-700 px-3 py-1.5 text-sm font-semibold text-white">
            {t('teamSaveGrant')}
          </button>
          {config && (
            <>
              <button type="button" className="rounded-md border border-slate-500 px-3 py-1.5 text-sm" onClick={() => void syncNow()}>
                {t('teamSyncNow')}
              </button>
              <button type="button" className="rounded-md border border-red-700 px-3 py-1.5 text-sm text-red-800" onClick={() => void disconnect()}>
                {t('teamDisconnect')}
              </button>
            </>
          )}
        </div>
        <p role="status" className={message?.error ? 'm-0 text-sm text-red-700' : 'm-0 text-sm text-teal-800'}>
          {message?.text ?? ''}
        </p>
      </form>
      <div aria-live="polite" data-testid="team-status">
        <TeamStatusLine status={snap.status} />
      </div>
    </section>
  );
}
