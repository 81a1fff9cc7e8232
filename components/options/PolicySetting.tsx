import { t } from '../i18n';

export function PolicySetting({
  value,
  onChange,
}: {
  value: 'amazon' | 'shopee';
  onChange: (p: 'amazon' | 'shopee') => void;
}) {
  return (
    <label className="sl-policy">
      {t('policyLabel')}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value === 'shopee' ? 'shopee' : 'amazon')}>
        <option value="amazon">{t('policyAmazon')}</option>
        <option value="shopee">{t('policyShopee')}</option>
      </select>
    </label>
  );
}
