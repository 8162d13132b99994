import { usePopover } from '../ui/usePopover';
import { ViewSwitch } from '../controls/ViewSwitch';
import { useT } from '../i18n/useT';
import { ThemeSwitch } from './ThemeSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { DatasetMenu } from './DatasetMenu';
import type { DatasetControls } from './datasetControls';

/** The toolbar's secondary controls, so the first screen keeps one row of them: view, dataset, theme, language, keys. */
export function MoreMenu({ controls, onKeys }: { controls?: DatasetControls; onKeys: () => void }) {
  const popover = usePopover();
  const t = useT();
  return (
    <div className="more-menu" {...popover.holderProps}>
      <button type="button" className="more-menu__button" popoverTarget="more-popover" aria-expanded={popover.open}>
        {t('more.button')}
      </button>
      {/* Always rendered: the theme applies itself and the file input answers a drop even while the menu is shut. */}
      <div id="more-popover" className="more-menu__popover" {...popover.props}>
        <ViewSwitch />
        {controls && <DatasetMenu controls={controls} />}
        <ThemeSwitch />
        <LanguageSwitch />
        <button
          type="button"
          className="keys-button"
          onClick={() => {
            popover.hide();
            onKeys();
          }}
        >
          {t('more.shortcuts')}
        </button>
      </div>
    </div>
  );
}
