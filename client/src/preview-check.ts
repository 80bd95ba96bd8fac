import * as vscode from 'vscode';
import { createChecker, normalizeLocale, settingsConfig, type EditorSettings } from '../../server/src/core';
import type { CheckText } from './preview';

/**
 * The preview's own checker, in the extension host: markdown-it renders synchronously, so the preview cannot wait
 * for the server. It reads the `gkreport.*` settings as the server does; a project's .gkreportrc.json and last
 * year's report (cross-year rules) are the server's alone, so the Problems panel may hold a finding the preview
 * does not mark.
 */
export function previewCheck(): CheckText {
  const checker = createChecker();
  return (text) => {
    const settings = vscode.workspace.getConfiguration('gkreport');
    if (!settings.get<boolean>('enable', true)) return undefined;
    const setting = settings.get<string>('locale', 'auto');
    const locale = normalizeLocale(setting === 'auto' ? vscode.env.language : setting);
    const read: EditorSettings = {
      reportFormat: settings.get('reportFormat'), scriptPolicy: settings.get('scriptPolicy'), maxFileSize: settings.get('maxFileSize'), rules: settings.get('rules'),
    };
    const { config } = settingsConfig(read, locale);
    return checker.check({ uri: 'gkreport-preview:', text, config }).analysis;
  };
}
