// The app window: navigation between screens, first-run onboarding, and the quick window.

import { useEffect, type MouseEvent } from 'react';
import { onEvent } from './api.ts';
import { CommitmentsScreen } from './features/commitments/CommitmentsScreen.tsx';
import { ApologyScreen } from './features/guides/ApologyScreen.tsx';
import { GuidesScreen } from './features/guides/GuidesScreen.tsx';
import { NotesScreen } from './features/notes/NotesScreen.tsx';
import { NoteWindow } from './features/notes/NoteWindow.tsx';
import { QuestionsScreen } from './features/questions/QuestionsScreen.tsx';
import { StartupNotice } from './components/StartupNotice.tsx';
import { navigate, useRoute, type Screen } from './router.ts';
import { HistoryScreen } from './screens/HistoryScreen.tsx';
import { OnboardingScreen } from './screens/OnboardingScreen.tsx';
import { QuickScreen } from './screens/QuickScreen.tsx';
import { SettingsScreen } from './screens/SettingsScreen.tsx';
import { TodayScreen } from './screens/TodayScreen.tsx';
import { useChannel } from './use-channel.ts';
import { isTypingTarget } from './shortcuts.ts';
import { Mark } from './components/Mark.tsx';

const NAV: readonly { screen: Screen; label: string; key: string }[] = [
  { screen: 'today', label: 'Today', key: '1' },
  { screen: 'history', label: 'History', key: '2' },
  { screen: 'notes', label: 'Notes', key: '3' },
  { screen: 'commitments', label: 'Commitments', key: '4' },
  { screen: 'guides', label: 'Guides', key: '5' },
  { screen: 'questions', label: 'Questions', key: '7' },
  { screen: 'settings', label: 'Settings', key: '6' },
];

const SHORTCUT_PREFIX = /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** The hash is the router's, so the skip link moves focus itself instead of navigating. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('content')?.focus();
}

export function App() {
  const route = useRoute();
  const settings = useChannel('settings:get', ['settings']);

  // Main asks for a screen (tray menu, notification click).
  useEffect(() => onEvent('navigate', ({ route: to }) => navigate(to)), []);

  // Ctrl/Cmd + 1…7 switch screens, but never while the focus is in a text field: those keys
  // are the typist's (and drafts survive a switch anyway, see drafts.ts).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const target = NAV.find((n) => n.key === event.key);
      if (target) {
        event.preventDefault();
        navigate(target.screen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (settings.error) return <p role="alert">{settings.error}</p>;
  if (!settings.data) return null;

  if (route.screen === 'note') {
    return (
      <main className="quick-window">
        {settings.data.onboarded ? <NoteWindow /> : <p>Open Nuzzle to finish setting up first.</p>}
      </main>
    );
  }

  if (route.screen === 'quick') {
    return (
      <main className="quick-window">
        {settings.data.onboarded ? (
          <QuickScreen route={route} />
        ) : (
          <p>Open Nuzzle to finish setting up first.</p>
        )}
      </main>
    );
  }

  if (!settings.data.onboarded) {
    return (
      <main className="onboarding-main">
        <OnboardingScreen onDone={settings.reload} />
      </main>
    );
  }

  const screen = route.screen === 'onboarding' ? 'today' : route.screen;
  // The apology builder belongs to the guides.
  const navScreen = screen === 'apology' ? 'guides' : screen;
  return (
    <div className="app">
      <a className="skip-link" href="#content" onClick={skipToContent}>
        Skip to content
      </a>
      <nav className="app-nav" aria-label="Main">
        <span className="brand" aria-hidden="true">
          <Mark size={24} /> Nuzzle
        </span>
        <ul>
          {NAV.map((n) => (
            <li key={n.screen}>
              <a
                href={`#/${n.screen}`}
                aria-current={navScreen === n.screen ? 'page' : undefined}
                aria-keyshortcuts={`Control+${n.key}`}
              >
                {n.label}
                <kbd aria-hidden="true">{`${SHORTCUT_PREFIX}${n.key}`}</kbd>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main" id="content" tabIndex={-1}>
        <StartupNotice />
        {screen === 'today' && <TodayScreen />}
        {screen === 'history' && <HistoryScreen />}
        {screen === 'notes' && <NotesScreen />}
        {screen === 'commitments' && <CommitmentsScreen />}
        {screen === 'guides' && <GuidesScreen route={route} />}
        {screen === 'questions' && <QuestionsScreen partners={settings.data.partners} />}
        {screen === 'apology' && <ApologyScreen />}
        {screen === 'settings' && <SettingsScreen />}
      </main>
    </div>
  );
}
