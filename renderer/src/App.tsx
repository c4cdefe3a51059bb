// The window: one screen at a time, chosen by the store; main's events are listened to from here.

import { useEffect } from 'react';

import { MailboxView } from './mailbox/MailboxView';
import { listenToMain } from './open-mail';
import { ErrorScreen } from './screens/ErrorScreen';
import { HelpView } from './screens/HelpView';
import { LoadingScreen } from './screens/LoadingScreen';
import { StartScreen } from './screens/StartScreen';
import { ResultView } from './result/ResultView';
import { useMailLens } from './store';

/** A file dropped anywhere but on the drop zone is refused (and never makes the window navigate). */
function refuseStrayDrops(): () => void {
  const refuse = (event: DragEvent) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
  };
  window.addEventListener('dragover', refuse);
  window.addEventListener('drop', refuse);
  return () => {
    window.removeEventListener('dragover', refuse);
    window.removeEventListener('drop', refuse);
  };
}

export function App() {
  const screen = useMailLens((state) => state.screen);
  useEffect(() => listenToMain(), []);
  useEffect(() => refuseStrayDrops(), []);

  switch (screen) {
    case 'start':
      return <StartScreen />;
    case 'loading':
      return <LoadingScreen />;
    case 'result':
      return <ResultView />;
    case 'mailbox':
      return <MailboxView />;
    case 'error':
      return <ErrorScreen />;
    case 'help':
      return <HelpView />;
  }
}
