import { useEffect, useState, type FormEvent } from 'react';
import { send } from '../../lib/messages/client';
import { settingsSchema, type Settings } from '../../lib/records';
import { SaveFooter } from './SaveFooter';
import { t } from '../../lib/platform/i18n';
import { fieldAnchor } from '../../lib/setup';

export function SettingsForm() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    void send('settings.get', {}).then(setSettings, (e: Error) => setMessage({ text: e.message, error: true }));
  }, []);
  if (!settings) return <p role="status">{message?.text ?? t('statusLoading')}</p>;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const parsed = settingsSchema.safeParse({
      keepItemText: f.get('keepItemText') === 'on',
      retentionDays: Number(f.get('retentionDays')),
      recruiterName: String(f.get('recruiterName') ?? '').trim(),
      company: String(f.get('company') ?? '').trim(),
      surveyUrl: String(f.get('surveyUrl') ?? '').trim(),
      signature: String(f.get('signature') ?? '').trim(),
    });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return setMessage({ text: t('settingsInvalid', `${first?.path.join('.')}: ${first?.message}`), error: true });
    }
    try {
      setSettings(await send('settings.set', parsed.data));
      setMessage({ text: t('settingsSaved'), error: false });
    } catch (err) {
      setMessage({ text: t('settingsInvalid', err instanceof Error ? err.message : String(err)), error: true });
    }
  };
  const field = 'grid gap-1 text-sm';
  const input = 'rounded border border-slate-300 px-2 py-1';
  return (
    <form onSubmit={submit} className="grid max-w-xl gap-3">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="keepItemText" defaultChecked={settings.keepItemText} />
        {t('settingKeepText')}
      </label>
      <label className={field}>
        {t('settingRetention')}
        <input className={input} type="number" name="retentionDays" min={0} max={3650} defaultValue={settings.retentionDays} required />
      </label>
      <label className={field}>
        {t('settingRecruiterName')}
        <input className={input} id={fieldAnchor('recruiterName')} name="recruiterName" defaultValue={settings.recruiterName} maxLength={200} />
      </label>
      <label className={field}>
        {t('settingCompany')}
        <input className={input} id={fieldAnchor('company')} name="company" defaultValue={settings.company} maxLength={200} />
      </label>
      <label className={field}>
        {t('settingSurveyUrl')}
        <input className={input} id={fieldAnchor('surveyUrl')} type="url" name="surveyUrl" defaultValue={settings.surveyUrl} maxLength={2000} />
      </label>
      <label className={field}>
        {t('settingSignature')}
        <textarea className={input} id={fieldAnchor('signature')} name="signature" rows={3} defaultValue={settings.signature} maxLength={2000} aria-describedby="signature-hint" />
        <span id="signature-hint" className="text-xs text-slate-600">
          {t('settingSignatureHint')}
        </span>
      </label>
      <SaveFooter message={message} />
    </form>
  );
}
